"""RNCP readers: the XML v4.1 fixture, the real CSV sample (France compétences, 2024-02-22), errors."""

from __future__ import annotations

import shutil
import unicodedata
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from ecarts.connectors.rncp import merge_exports, read_rncp
from ecarts.connectors.rncp_csv import csv_part_of
from ecarts.exceptions import FormatError, InputError

FIXTURES = Path(__file__).parent / "fixtures"
XML = FIXTURES / "rncp" / "export_fiches_RNCP_V4_1_2024-02-22.xml"
CSV_SAMPLE = FIXTURES / "rncp-csv-2024-02-22"
STANDARD = "export_fiches_CSV_Standard_2024_02_22.csv"


def by_code(rows: list[dict]) -> dict[str, dict]:
    return {row["rncp_code"]: row for row in rows}


def write_xml(tmp_path: Path, body: str, name: str = "export.xml") -> Path:
    path = tmp_path / name
    header = '<?xml version="1.0" encoding="UTF-8"?>\n<FICHES>\n<VERSION_FLUX>4.1</VERSION_FLUX>\n'
    path.write_text(f"{header}{body}</FICHES>\n", encoding="utf-8")
    return path


FICHE = (
    "<FICHE><NUMERO_FICHE>{code}</NUMERO_FICHE><INTITULE>Titre</INTITULE><ACTIF>{actif}</ACTIF>"
    "<DATE_FIN_ENREGISTREMENT>{end}</DATE_FIN_ENREGISTREMENT></FICHE>\n"
)


# --- XML v4.1 -------------------------------------------------------------------------------------------


def test_xml_certifications():
    export = read_rncp(XML)
    assert export.version == "4.1"
    assert export.warnings == []
    fiches = by_code(export.certifications)
    assert list(fiches) == ["RNCP39519", "RNCP35001", "RS5000"]
    assert fiches["RNCP39519"]["title"] == "Technicien d'études du bâtiment en dessin de projet"
    assert fiches["RNCP39519"]["level"] == "NIV4"
    assert (fiches["RNCP39519"]["abbreviation"], fiches["RNCP39519"]["abbreviation_label"]) == (
        "TP",
        "Titre professionnel",
    )  # ABREGE{CODE, LIBELLE}
    assert fiches["RNCP39519"]["active"] is True
    assert fiches["RNCP39519"]["end_date"] == date(2029, 8, 31)
    assert fiches["RNCP39519"]["source"] == "rncp_xml"
    assert fiches["RNCP39519"]["capacities"] == (
        "Le candidat est capable de :\n- Réaliser les plans d'un projet de bâtiment ;\n"
        "- Modéliser l'ouvrage dans une maquette numérique (BIM) ;\n- Établir un métré et un avant-métré."
    )
    assert fiches["RNCP35001"]["active"] is False  # inactive fiches are kept
    assert fiches["RNCP35001"]["level"] == "NIV3"
    assert fiches["RS5000"]["level"] is None
    assert fiches["RS5000"]["activities"] is None


def test_xml_rome_links():
    export = read_rncp(XML)
    assert [(r["rncp_code"], r["rome_code"]) for r in export.certification_rome] == [
        ("RNCP39519", "F1104"),
        ("RNCP39519", "F1106"),
        ("RNCP35001", "F1703"),
    ]
    assert export.certification_rome[0]["rome_label"] == (
        "Dessinateur-projeteur / Dessinatrice-projeteuse de la construction"
    )


def test_xml_blocks_ignore_correspondances_and_join_statements():
    blocks = {b["block_code"]: b for b in read_rncp(XML).certification_blocks}
    assert list(blocks) == ["RNCP39519BC01", "RNCP39519BC02", "RNCP39519BC03", "RNCP35001BC01"]
    assert "RNCP31000BC01" not in blocks
    assert blocks["RNCP39519BC01"] == {
        "rncp_code": "RNCP39519",
        "block_code": "RNCP39519BC01",
        "block_title": "Représenter les ouvrages avec un logiciel 3D et préparer le dossier de permis de construire",
        "competences": "Modéliser un bâtiment avec un logiciel 3D\n"
        "Produire les plans et les vues du dossier de permis de construire\n"
        "Vérifier la conformité du projet aux règles d'urbanisme",
    }
    assert blocks["RNCP39519BC02"]["competences"].split("\n") == [
        "Établir les plans d'exécution à partir de la maquette numérique",
        "Coordonner les échanges de maquettes avec les bureaux d'études",
        "Contrôler la cohérence des plans entre les corps d'état",
    ]
    assert blocks["RNCP39519BC03"]["competences"].split("\n") == [
        "Établir les métrés d'un ouvrage",
        "Estimer le coût des travaux par lot, par ex. le gros œuvre",
        "Rédiger les pièces écrites du dossier de consultation des entreprises",
    ]
    assert blocks["RNCP35001BC01"]["competences"].split("\n") == [
        "Lire un plan d'exécution",
        "Monter des murs en blocs béton, briques ou pierres",
        "Réaliser les enduits",
    ]


def test_xml_statements_sections_and_positions():
    statements = read_rncp(XML).certification_statements
    keys = [(s["rncp_code"], s["section"], s["position"]) for s in statements]
    assert len(keys) == len(set(keys))
    sections = Counter((s["rncp_code"], s["section"]) for s in statements)
    assert sections == {
        ("RNCP39519", "activites"): 3,
        ("RNCP39519", "capacites"): 3,
        ("RNCP39519", "bloc"): 9,
        ("RNCP39519", "evaluation"): 2,
        ("RNCP35001", "activites"): 1,
        ("RNCP35001", "capacites"): 3,
        ("RNCP35001", "bloc"): 3,
        ("RS5000", "capacites"): 3,
    }
    blocs = [s for s in statements if s["rncp_code"] == "RNCP39519" and s["section"] == "bloc"]
    assert [s["position"] for s in blocs] == list(range(1, 10))
    assert blocs[3] == {
        "rncp_code": "RNCP39519",
        "section": "bloc",
        "block_code": "RNCP39519BC02",
        "position": 4,
        "statement": "Établir les plans d'exécution à partir de la maquette numérique",
    }
    assert all(s["block_code"] is None for s in statements if s["section"] in ("activites", "capacites"))
    # A block's evaluation criteria keep their block (coverage reads them as « faible » at most).
    assert {s["block_code"] for s in statements if s["section"] == "evaluation"} <= {
        "RNCP39519BC01",
        "RNCP39519BC02",
        "RNCP39519BC03",
    }
    rs = [s["statement"] for s in statements if s["rncp_code"] == "RS5000"]
    assert rs == [
        "Identifier les cas d'usage de la blockchain",
        "Développer un contrat intelligent",
        "Déployer une application décentralisée",
    ]


def test_xml_zip_gives_the_same_rows(tmp_path: Path):
    archive = tmp_path / "export-fiches-rncp-v4-1-2024-02-22.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(XML, XML.name)
    assert read_rncp(archive) == read_rncp(XML)


def test_xml_with_a_default_namespace(tmp_path: Path):
    path = tmp_path / "ns.xml"
    path.write_text(
        XML.read_text(encoding="utf-8").replace("<FICHES>", '<FICHES xmlns="urn:france-competences">'), encoding="utf-8"
    )
    assert read_rncp(path).certification_blocks == read_rncp(XML).certification_blocks


def test_xml_many_fiches_are_streamed(tmp_path: Path):
    body = "".join(
        FICHE.format(code=f"RNCP{n}", actif="Oui" if n % 2 else "Non", end="01/01/2030") for n in range(3000)
    )
    export = read_rncp(write_xml(tmp_path, body))
    assert len(export.certifications) == 3000
    assert sum(row["active"] for row in export.certifications) == 1500


def test_xml_duplicate_fiche_and_missing_actif_are_warnings(tmp_path: Path):
    body = (
        FICHE.format(code="RNCP1", actif="Oui", end="") * 2
        + "<FICHE><NUMERO_FICHE>RNCP2</NUMERO_FICHE><INTITULE>T</INTITULE></FICHE>\n"
    )
    export = read_rncp(write_xml(tmp_path, body))
    assert [row["rncp_code"] for row in export.certifications] == ["RNCP1", "RNCP2"]
    assert export.certifications[0]["end_date"] is None
    assert export.certifications[1]["active"] is False
    assert export.warnings == [
        "export.xml : fiche RNCP1 en double, seule la première est gardée.",
        "export.xml, ligne 6, fiche RNCP2 : champ « ACTIF » absent, fiche considérée inactive.",
    ]


def test_malformed_xml_gives_file_and_line(tmp_path: Path):
    path = tmp_path / "export.xml"
    path.write_text(XML.read_text(encoding="utf-8")[:1500], encoding="utf-8")
    with pytest.raises(FormatError) as err:
        read_rncp(path)
    message = str(err.value)
    assert message.startswith("export.xml, ligne 26 : XML mal formé (")
    assert message.endswith("). Le fichier est peut-être tronqué ou modifié : téléchargez de nouveau l'export.")


def test_malformed_xml_inside_a_zip(tmp_path: Path):
    archive = tmp_path / "export-fiches-rncp-v4-1-2024-02-22.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("export_fiches_RNCP_V4_1_2024-02-22.xml", "<FICHES><FICHE><NUMERO_FICHE>RNCP1</FICHE></FICHES>")
    with pytest.raises(
        FormatError,
        match=r"^export_fiches_RNCP_V4_1_2024-02-22\.xml \(dans export-fiches-rncp-v4-1-"
        r"2024-02-22\.zip\), ligne 1 : XML mal formé",
    ):
        read_rncp(archive)


def test_fiche_without_numero_says_which_fiche(tmp_path: Path):
    body = FICHE.format(code="RNCP1", actif="Oui", end="") + "<FICHE>\n<INTITULE>Sans numéro</INTITULE></FICHE>\n"
    with pytest.raises(FormatError) as err:
        read_rncp(write_xml(tmp_path, body))
    assert str(err.value) == (
        "export.xml, ligne 5 : la fiche n° 2 (élément <FICHE>) n'a pas de NUMERO_FICHE. "
        "Corrigez ou retirez cette fiche, ou téléchargez de nouveau l'export."
    )


def test_bad_date_names_field_and_fiche(tmp_path: Path):
    with pytest.raises(FormatError) as err:
        read_rncp(write_xml(tmp_path, FICHE.format(code="RNCP7", actif="Oui", end="31/02/2024")))
    assert str(err.value) == (
        "export.xml, ligne 4, fiche RNCP7 : champ « DATE_FIN_ENREGISTREMENT » : date « 31/02/2024 » invalide "
        "(attendu jj/mm/aaaa). Corrigez cette date ou téléchargez de nouveau l'export."
    )


def test_bad_actif_value(tmp_path: Path):
    with pytest.raises(FormatError, match="fiche RNCP7 : champ « ACTIF » « Peut-être », attendu Oui/Non"):
        read_rncp(write_xml(tmp_path, FICHE.format(code="RNCP7", actif="Peut-être", end="")))


def test_wrong_root_and_empty_export(tmp_path: Path):
    other = tmp_path / "autre.xml"
    other.write_text("<OFFRES><FICHE><NUMERO_FICHE>X</NUMERO_FICHE></FICHE></OFFRES>", encoding="utf-8")
    with pytest.raises(FormatError, match="autre.xml, ligne 1 : racine <OFFRES> au lieu de <FICHES>"):
        read_rncp(other)
    with pytest.raises(FormatError, match="aucune fiche <FICHE> trouvée"):
        read_rncp(write_xml(tmp_path, ""))


# --- CSV export: the real sample --------------------------------------------------------------------------


def test_csv_sample_certifications():
    export = read_rncp(CSV_SAMPLE)
    assert export.version == "2024-02-22"
    assert export.warnings == []
    fiches = by_code(export.certifications)
    assert set(fiches) == {
        "RNCP509",
        "RNCP1197",
        "RNCP4049",
        "RNCP22094",
        "RNCP28155",
        "RNCP30271",
        "RS5000",
        "RNCP19468",
        "RS6117",
    }
    assert fiches["RNCP509"] == {
        "rncp_code": "RNCP509",
        "title": "Agent vérificateur d'appareils extincteurs",
        "level": "NIV3",
        "abbreviation": "CAP",
        "abbreviation_label": "Certificat d'aptitude professionnelle",
        "active": False,
        "end_date": date(2023, 8, 31),
        "activities": None,
        "capacities": None,
        "source": "rncp_csv",
    }
    assert fiches["RNCP4049"]["title"] == "Chef de projet commercial pour l'agroalimentaire"
    assert fiches["RNCP4049"]["level"] == "NIV6"
    assert fiches["RNCP4049"]["abbreviation"] is None and fiches["RNCP4049"]["abbreviation_label"] is None
    assert fiches["RS5000"]["title"] == "Exploiter la blockchain dans le développement d’applications"
    assert fiches["RS5000"]["level"] is None and fiches["RS5000"]["active"] is True
    assert fiches["RNCP19468"]["level"] is None  # « REPRISE » : sans niveau
    assert fiches["RS6117"]["active"] is True and fiches["RS6117"]["end_date"] == date(2025, 9, 29)
    assert sorted(code for code, row in fiches.items() if row["active"]) == ["RS5000", "RS6117"]


def test_csv_sample_blocks_are_titles_only():
    export = read_rncp(CSV_SAMPLE)
    blocks = {b["block_code"]: b for b in export.certification_blocks}
    assert len(blocks) == 6 and {b["rncp_code"] for b in blocks.values()} == {"RNCP509"}
    assert blocks["RNCP509BC01"] == {
        "rncp_code": "RNCP509",
        "block_code": "RNCP509BC01",
        "block_title": "UP1 : Vérification d’une installation et organisation de l’intervention",
        "competences": None,
    }
    assert blocks["RNCP509BC04"]["block_title"] == (
        "UG1 : Français – Histoire, géographie et enseignement moral et civique"
    )
    assert export.certification_statements == []


def test_csv_sample_rome_links_fix_doubled_apostrophes():
    links = {(r["rncp_code"], r["rome_code"]): r["rome_label"] for r in read_rncp(CSV_SAMPLE).certification_rome}
    assert len(links) == 15
    assert links[("RNCP4049", "H1102")] == "Management et ingénierie d'affaires"
    assert links[("RNCP509", "I1203")] == "Maintenance des bâtiments et des locaux"
    assert links[("RNCP19468", "D1104")] == "Pâtisserie, confiserie, chocolaterie et glacerie"
    assert not any("''" in label for label in links.values())


def test_csv_zip_gives_the_same_rows(tmp_path: Path):
    archive = tmp_path / "export-fiches-csv-2024-02-22.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for file in CSV_SAMPLE.glob("*.csv"):
            zf.write(file, file.name)
    assert read_rncp(archive) == read_rncp(CSV_SAMPLE)


def test_csv_part_names_with_decomposed_accents():
    name = unicodedata.normalize("NFD", "export_fiches_CSV_Blocs_De_Compétences_2024_02_22.csv")
    assert csv_part_of(name) == ("blocs_de_competences", "2024-02-22")
    assert csv_part_of("notes.csv") is None


# --- CSV export: errors ----------------------------------------------------------------------------------


@pytest.fixture()
def csv_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "export-csv"
    shutil.copytree(CSV_SAMPLE, folder)
    return folder


def test_csv_missing_part(csv_copy: Path):
    (csv_copy / "export_fiches_CSV_Rome_2024_02_22.csv").unlink()
    with pytest.raises(FormatError) as err:
        read_rncp(csv_copy)
    assert str(err.value) == (
        "export-csv : fichier « Rome » introuvable. Fichiers attendus : export_fiches_CSV_Standard_AAAA_MM_JJ.csv, "
        "export_fiches_CSV_Blocs_De_Compétences_AAAA_MM_JJ.csv, export_fiches_CSV_Rome_AAAA_MM_JJ.csv. "
        "Donnez le zip complet export-fiches-csv-AAAA-MM-JJ.zip ou son dossier."
    )


def test_csv_missing_column(csv_copy: Path):
    path = csv_copy / STANDARD
    path.write_bytes(path.read_bytes().replace(b'"Actif"', b'"Statut"', 1))
    with pytest.raises(FormatError, match=f"^{STANDARD}, ligne 1 : colonne « Actif » manquante"):
        read_rncp(csv_copy)


def test_csv_wrong_encoding(csv_copy: Path):
    path = csv_copy / STANDARD
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp1252"))
    with pytest.raises(FormatError, match=f"^{STANDARD}, ligne 2 : encodage invalide"):
        read_rncp(csv_copy)


def test_csv_bad_date_and_bad_status(csv_copy: Path):
    path = csv_copy / STANDARD
    original = path.read_bytes()
    path.write_bytes(original.replace(b'"31/08/2023"', b'"2023/31/08"'))
    with pytest.raises(FormatError) as err:
        read_rncp(csv_copy)
    assert str(err.value) == (
        f"{STANDARD}, ligne 2, fiche RNCP509 : champ « Date_Fin_Enregistrement » : date « 2023/31/08 » invalide "
        "(attendu jj/mm/aaaa). Corrigez cette date ou téléchargez de nouveau l'export."
    )
    path.write_bytes(original.replace(b'"ACTIVE"\r\n"4691"', b'"EN_COURS"\r\n"4691"'))
    with pytest.raises(FormatError, match=f"{STANDARD}, ligne 8, fiche RS5000 : champ « Actif » « EN_COURS »"):
        read_rncp(csv_copy)


# --- dispatch and merge ----------------------------------------------------------------------------------


def test_folder_with_xml_and_csv_merges_xml_first(csv_copy: Path):
    shutil.copy(XML, csv_copy / XML.name)
    export = read_rncp(csv_copy)
    fiches = by_code(export.certifications)
    assert fiches["RS5000"]["source"] == "rncp_xml"  # in both: the XML wins
    assert fiches["RNCP509"]["source"] == "rncp_csv"
    assert fiches["RNCP39519"]["source"] == "rncp_xml"
    assert len(fiches) == len(export.certifications) == 11
    assert export.version == "4.1 + 2024-02-22"


def test_merge_keeps_all_rows_of_a_fiche_from_one_export():
    merged = merge_exports(read_rncp(CSV_SAMPLE), read_rncp(XML))
    assert by_code(merged.certifications)["RS5000"]["source"] == "rncp_csv"
    assert not [s for s in merged.certification_statements if s["rncp_code"] == "RS5000"]


def test_unknown_inputs(tmp_path: Path):
    with pytest.raises(InputError, match="introuvable"):
        read_rncp(tmp_path / "absent.zip")
    text = tmp_path / "fiches.txt"
    text.write_text("x", encoding="utf-8")
    with pytest.raises(FormatError, match="fiches.txt : format non reconnu"):
        read_rncp(text)
    archive = tmp_path / "autre.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("notes.txt", "x")
    with pytest.raises(FormatError, match="autre.zip : ce zip ne contient ni XML ni fichiers export_fiches_CSV"):
        read_rncp(archive)
    empty = tmp_path / "vide"
    empty.mkdir()
    with pytest.raises(FormatError, match="vide : aucun export RNCP reconnu dans ce dossier"):
        read_rncp(empty)


def test_a_zip_member_inflating_too_much_is_refused(tmp_path: Path):
    """A zip bomb: one member whose stated size is far beyond its compressed size."""
    archive = tmp_path / "export-fiches-rncp-v4-1-2026-11-30.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("export.xml", b"<FICHES>" + b" " * 5_000_000 + b"</FICHES>")
    with pytest.raises(FormatError) as err:
        read_rncp(archive)
    assert str(err.value).startswith(
        "export-fiches-rncp-v4-1-2026-11-30.zip : membre « export.xml » : taux de compression de "
    )
    assert str(err.value).endswith(
        "pour 1, au-delà de 200 pour 1 (archive piégée ?) ; téléchargez de nouveau le fichier officiel"
    )


def test_an_xml_deeper_than_libxml2_allows_is_a_format_error(tmp_path: Path):
    """No huge_tree: libxml2's depth limit stays on."""
    deep = tmp_path / "deep.xml"
    deep.write_bytes(b"<FICHES><FICHE>" + b"<a>" * 300 + b"x" + b"</a>" * 300 + b"</FICHE></FICHES>")
    with pytest.raises(FormatError, match="deep.xml, ligne 1 : XML mal formé"):
        read_rncp(deep)
