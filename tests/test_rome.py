"""ROME 4.0 open data reader: fixture folder in the real CSV format, zip made on the fly, error messages."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from ecarts.connectors.rome import parse_version_text, read_rome
from ecarts.exceptions import FormatError, InputError

FIXTURE = Path(__file__).parent / "fixtures" / "rome"


@pytest.fixture()
def rome_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "rome"
    shutil.copytree(FIXTURE, folder)
    return folder


def by_key(rows: list[dict], *keys: str) -> dict:
    return {tuple(row[k] for k in keys) if len(keys) > 1 else row[keys[0]]: row for row in rows}


def test_folder_reads_every_table_with_its_version():
    rome = read_rome(FIXTURE)
    assert rome.version == "460"
    assert len(rome.occupations) == 5
    assert len(rome.appellations) == 4
    assert len(rome.items) == 9
    for rows in (rome.occupations, rome.appellations, rome.items, rome.occupation_items):
        assert {row["version"] for row in rows} == {"460"}
    assert rome.warnings == []


def test_occupations_keep_labels_and_parent():
    occupations = by_key(read_rome(FIXTURE).occupations, "rome_code")
    assert occupations["F1703"] == {
        "rome_code": "F1703",
        "code_ogr": "11002",
        "label": "Maçon / Maçonne",
        "rome_code_parent": None,
        "version": "460",
    }
    assert occupations["M1855"]["rome_code_parent"] == "M1805"
    assert occupations["M1855"]["label"] == "Développeur / Développeuse web"


def test_appellations_columns_and_commas_in_labels():
    appellations = by_key(read_rome(FIXTURE).appellations, "code_ogr")
    assert appellations["21001"] == {
        "code_ogr": "21001",
        "label": "Dessinateur-projeteur / Dessinatrice-projeteuse en bâtiment, BIM",
        "label_short": "Dessinateur-projeteur en bâtiment",
        "rome_code": "F1104",
        "version": "460",
    }


def test_items_kinds_categories_and_definitions():
    items = by_key(read_rome(FIXTURE).items, "code_ogr")
    # The competence file starts with a BOM and has an extra column: both tolerated.
    assert items["31001"]["label"] == "Réaliser des plans, coupes et perspectives à l'aide d'un logiciel de DAO, CAO"
    assert items["31001"]["kind"] == "savoir_faire"
    assert items["31001"]["definition"] == "Produire les plans d'un ouvrage, de l'esquisse au détail d'exécution"
    assert items["31003"]["kind"] == "savoir_etre"  # nature « Savoir-être professionnel »
    assert items["31004"]["kind"] == "savoir_etre"  # unknown nature: the link's rubrique 2 decides
    assert items["31005"]["kind"] == "savoir_faire"  # empty nature, rubrique 1
    assert items["31006"]["label"] == 'Développer une application web, "responsive"'
    assert items["41001"] == {
        "code_ogr": "41001",
        "label": "Modélisation des données du bâtiment (BIM)",
        "kind": "savoir",
        "category": "Normes et procédés",
        "definition": None,
        "subcategory": None,
        "version": "460",
    }


def test_occupation_items_rubriques_and_core_flags():
    links = by_key(read_rome(FIXTURE).occupation_items, "rome_code", "code_ogr")
    assert links[("F1104", "31001")] == {
        "rome_code": "F1104",
        "code_ogr": "31001",
        "rubrique": "savoir_faire",
        "coeur_metier": "Principale",
        "version": "460",
    }
    assert links[("F1104", "31003")]["rubrique"] == "savoir_etre"
    assert links[("F1104", "31003")]["coeur_metier"] is None
    assert links[("F1104", "41001")]["rubrique"] == "savoir"
    assert links[("F1104", "41001")]["coeur_metier"] == "Émergente"
    assert links[("M1855", "41002")]["coeur_metier"] == "Émergente"  # « Emergente » normalised
    # Blocks other than 5 (work contexts, sectors) are not skills.
    assert ("F1104", "51001") not in links and ("M1805", "52001") not in links
    # A pair only in coherence_item is kept, with the item's kind as rubrique.
    assert links[("M1805", "31006")]["rubrique"] == "savoir_faire"
    assert links[("M1805", "31006")]["coeur_metier"] == "Principale"
    assert len(links) == len(read_rome(FIXTURE).occupation_items) == 11  # duplicate link dropped


def test_zip_gives_the_same_rows_as_the_folder(tmp_path: Path):
    archive = tmp_path / "RefRomeCsv.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for file in FIXTURE.iterdir():
            zf.write(file, f"RefRomeCsv/{file.name}")
    from_zip, from_folder = read_rome(archive), read_rome(FIXTURE)
    assert from_zip == from_folder


def test_version_txt_supplies_the_version_when_names_have_none(rome_copy: Path):
    for file in rome_copy.iterdir():
        file.rename(file.with_name(file.name.replace("_v460", "")))
    (rome_copy / "version.txt").write_text("461\n", encoding="utf-8")
    assert read_rome(rome_copy).version == "461"


def test_version_txt_must_agree_with_the_file_names(rome_copy: Path):
    (rome_copy / "version.txt").write_text("v461", encoding="utf-8")
    with pytest.raises(FormatError) as err:
        read_rome(rome_copy)
    assert str(err.value) == (
        "version.txt : version 461, mais les fichiers sont en v460. Remplacez version.txt ou les fichiers "
        "pour qu'ils soient de la même version."
    )


def test_no_version_anywhere(rome_copy: Path):
    for file in rome_copy.iterdir():
        file.rename(file.with_name(file.name.replace("_v460", "")))
    with pytest.raises(FormatError, match="version du ROME introuvable"):
        read_rome(rome_copy)


@pytest.mark.parametrize(
    ("text", "version"),
    [
        ("460", "460"),
        ("v461\n", "461"),
        ("V460", "460"),
        ("4.61", "461"),
        ("61", "461"),
        ("ROME 4.0 - version 460", "460"),
        ("v461 du 2024-10-01", "461"),
        ("2024-10-01", None),
        ("inconnue", None),
    ],
)
def test_parse_version_text(text: str, version: str | None):
    assert parse_version_text(text) == version


def test_mixed_versions_are_refused(rome_copy: Path):
    old = rome_copy / "unix_referentiel_savoir_v460_utf8.csv"
    old.rename(old.with_name("unix_referentiel_savoir_v459_utf8.csv"))
    with pytest.raises(FormatError, match="ne sont pas de la même version .*referentiel_savoir : v459"):
        read_rome(rome_copy)


def test_missing_required_file_names_it_and_lists_what_is_expected(rome_copy: Path):
    (rome_copy / "unix_referentiel_savoir_v460_utf8.csv").unlink()
    with pytest.raises(FormatError) as err:
        read_rome(rome_copy)
    assert str(err.value) == (
        "rome : fichier « unix_referentiel_savoir_v460_utf8.csv » introuvable. Fichiers attendus : "
        "unix_referentiel_code_rome_v460_utf8.csv (métiers); unix_referentiel_appellation_v460_utf8.csv "
        "(appellations); unix_referentiel_competence_v460_utf8.csv (savoir-faire et savoir-être); "
        "unix_referentiel_savoir_v460_utf8.csv (savoirs); unix_liens_rome_referentiels_v460_utf8.csv "
        "(compétences de chaque fiche); unix_coherence_item_v460_utf8.csv (cœur de métier / émergence, "
        "facultatif); unix_rubrique_mobilite_v460_utf8.csv (mobilités entre fiches (métiers proches), "
        "facultatif). Donnez le zip CSV complet de l'open data ROME 4.0 "
        "(https://api.francetravail.fr/api-nomenclatureemploi/v1/open-data/csv) ou son dossier décompressé."
    )


def test_missing_coherence_item_is_only_a_warning(rome_copy: Path):
    (rome_copy / "unix_coherence_item_v460_utf8.csv").unlink()
    rome = read_rome(rome_copy)
    assert {row["coeur_metier"] for row in rome.occupation_items} == {None}
    assert rome.warnings == ["coherence_item absent : indicateur cœur de métier / émergence non renseigné."]


def test_missing_column_names_file_and_column(rome_copy: Path):
    path = rome_copy / "unix_referentiel_code_rome_v460_utf8.csv"
    path.write_text('"code_rome","code_ogr","intitule"\n"F1703","11002","Maçon / Maçonne"\n', encoding="utf-8")
    with pytest.raises(FormatError) as err:
        read_rome(rome_copy)
    assert str(err.value) == (
        "unix_referentiel_code_rome_v460_utf8.csv, ligne 1 : colonne « libelle_rome » manquante "
        "(colonnes trouvées : code_rome, code_ogr, intitule). Vérifiez que le fichier vient bien de l'export "
        "attendu, avec son en-tête d'origine ; colonnes requises : code_rome, code_ogr, libelle_rome."
    )


def test_wrong_separator_is_hinted(rome_copy: Path):
    path = rome_copy / "unix_liens_rome_referentiels_v460_utf8.csv"
    path.write_text('"code_rome";"code_compo_bloc";"code_rubrique";"code_ogr"\n', encoding="utf-8")
    with pytest.raises(FormatError, match="Le séparateur attendu est « , » et le fichier semble utiliser « ; »"):
        read_rome(rome_copy)


def test_wrong_encoding_names_file_and_line(rome_copy: Path):
    path = rome_copy / "unix_referentiel_appellation_v460_utf8.csv"
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.encode("iso-8859-15"))
    with pytest.raises(FormatError) as err:
        read_rome(rome_copy)
    assert str(err.value) == (
        "unix_referentiel_appellation_v460_utf8.csv, ligne 2 : encodage invalide (octet 0xe2) : le fichier "
        "n'est pas en UTF-8 (ISO-8859-15 ou Windows-1252 ?). Utilisez le fichier UTF-8 d'origine de l'export, "
        "ou convertissez-le en UTF-8 avant de le charger."
    )


def test_empty_key_fields_are_skipped_with_a_warning(rome_copy: Path):
    path = rome_copy / "unix_referentiel_code_rome_v460_utf8.csv"
    with path.open("a", encoding="utf-8") as file:
        file.write('"","","","Sans code","N","N","N","N","N",""\n')
    rome = read_rome(rome_copy)
    assert len(rome.occupations) == 5
    assert rome.warnings == [
        "unix_referentiel_code_rome_v460_utf8.csv, ligne 7 : champ « code_rome » vide, 1 ligne ignorée."
    ]


def test_missing_path_and_unknown_format(tmp_path: Path):
    with pytest.raises(InputError, match="introuvable"):
        read_rome(tmp_path / "absent.zip")
    other = tmp_path / "rome.csv"
    other.write_text("x", encoding="utf-8")
    with pytest.raises(FormatError, match="rome.csv : ni un zip ni un dossier"):
        read_rome(other)


def test_mobilities_and_savoir_subcategories(rome_copy: Path) -> None:
    """rubrique_mobilite gives the close trades of a fiche; sous_categorie_savoir the family of a savoir."""
    (rome_copy / "unix_rubrique_mobilite_v460_utf8.csv").write_text(
        '"code_rome","code_rome_cible","numero_ordre"\n"F1104","F1106","1"\n"F1104","M1855","2"\n"F1104","","3"\n',
        encoding="utf-8",
    )
    savoirs = rome_copy / "unix_referentiel_savoir_v460_utf8.csv"
    text = savoirs.read_text(encoding="utf-8")
    savoirs.write_text(
        text.replace('"Normes et procédés",""', '"Normes et procédés","Normes du bâtiment"'), encoding="utf-8"
    )
    ref = read_rome(rome_copy)
    assert [(m["rome_code"], m["target_rome_code"], m["rank"]) for m in ref.mobility] == [
        ("F1104", "F1106", 1),
        ("F1104", "M1855", 2),
    ]
    assert any("rubrique_mobilite" in w and "ligne 4" in w for w in ref.warnings), ref.warnings
    assert by_key(ref.items, "code_ogr")["41001"]["subcategory"] == "Normes du bâtiment"
    assert read_rome(FIXTURE).mobility == []  # the file is optional


def test_a_zip_member_inflating_too_much_is_refused(tmp_path: Path):
    """A zip bomb among the referential's files: refused before it is inflated."""
    archive = tmp_path / "rome.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(FIXTURE.iterdir()):
            data = path.read_bytes()
            if "referentiel_savoir" in path.name:
                data += b"\n" * 5_000_000
            zf.writestr(path.name, data)
    with pytest.raises(
        FormatError,
        match="rome.zip : membre « unix_referentiel_savoir_v460_utf8.csv » : taux de "
        "compression de [0-9]+ pour 1, au-delà de 200 pour 1",
    ):
        read_rome(archive)
