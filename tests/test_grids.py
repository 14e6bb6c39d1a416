"""Trainees' gap grids: checked line by line, pseudonymised, linked, consolidated, imported once (real files)."""

from __future__ import annotations

import csv
import json
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import Workbook, load_workbook

from ecarts.connectors.grid_periods import ReversedPeriod, parse_period
from ecarts.connectors.grids import COLUMNS, GridValidationError, read_grid
from ecarts.connectors.pseudonym import NAME_MASK, Pseudonymiser, name_masker, normalise_name
from ecarts import steps
from ecarts.cli import cli
from ecarts.exceptions import ConfigError, InputError
from ecarts.steps_grids import import_grids
from conftest import ROOT, SAMPLE, make_settings
from ecarts.warehouse.db import open_warehouse

TEMPLATES = ROOT / "data" / "templates"
SAMPLE_GRIDS = SAMPLE / "grilles"
KEY = {"ECARTS_PSEUDO_KEY": "une-cle-de-test-assez-longue"}
PSEUDO = Pseudonymiser(KEY["ECARTS_PSEUDO_KEY"])

# centre, certification, periode, entreprise, apprenti, activite_observee, competence_mobilisee,
# dans_referentiel, bloc, commentaire
GOOD = [
    [
        "CFA Test Garonne",
        "RNCP90021",
        "2026-09/2026-12",
        "Bâtir Gironde",
        "Zoé Quintanilla",
        "Rénovation d'une échoppe",
        "Monter et démonter un échafaudage de pied",
        "non",
        "",
        "Zoé l'a monté seule ; tuteur : 06 12 34 56 78",
    ],
    [
        "CFA Test Garonne",
        "RNCP 90021",
        "S1 2026",
        "Ducasse Bâtiment",
        "QUINTANILLA zoe",
        "Isolation d'un pavillon",
        "Poser une isolation thermique par l'extérieur",
        "Non",
        "bc2",
        "",
    ],
    [
        "CFA Test Garonne",
        "RNCP90021",
        "2025-2026",
        "Moreau Construction",
        "Ilan Verdaguer",
        "Murs d'une annexe",
        "Monter des murs en parpaings",
        "oui",
        "RNCP90021BC02",
        "écrire à ilan.v@example.org",
    ],
]


def write_csv(path: Path, rows: list[list[str]], header=COLUMNS, bom: bool = True) -> Path:
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list], header=COLUMNS, sheet: str = "Grille") -> Path:
    book = Workbook()
    ws = book.active
    ws.title = sheet
    ws.append(list(header))
    for row in rows:
        ws.append([value if value != "" else None for value in row])
    book.save(path)
    return path


def centre_rows(
    centre: str, apprentice: str, competence: str, answer: str = "non", period: str = "2026-03"
) -> list[str]:
    return [centre, "RNCP90021", period, f"Entreprise de {centre}", apprentice, "Chantier", competence, answer, "", ""]


@pytest.fixture(scope="module")
def base_db(tmp_path_factory: pytest.TempPathFactory, static_model_path: Path) -> Path:
    """A warehouse with the sample's ROME and RNCP fiches loaded, copied by each test."""
    db = tmp_path_factory.mktemp("grids") / "base.duckdb"
    with open_warehouse(db) as wh:
        steps.load_referentials(
            wh, make_settings(db, static_model_path), SAMPLE / "rome", sorted((SAMPLE / "rncp").glob("*.xml"))
        )
    return db


@pytest.fixture(scope="module")
def embedder(static_model_path: Path):
    from ecarts.nlp.embedder import load_embedder

    return load_embedder(str(static_model_path))


@pytest.fixture
def db(base_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "w.duckdb"
    shutil.copy(base_db, path)
    if Path(f"{base_db}.wal").exists():
        shutil.copy(f"{base_db}.wal", f"{path}.wal")
    return path


@pytest.fixture
def run_import(db: Path, static_model_path: Path, embedder, tmp_path: Path):
    settings = make_settings(db, static_model_path, grids__pseudo_key_file=str(tmp_path / "cle-pseudonymes"))

    def _run(*paths: Path, region: str | None = "75", environ: dict | None = None, progress=None) -> dict[str, int]:
        with open_warehouse(db) as wh:
            return import_grids(
                wh,
                settings,
                list(paths),
                region,
                progress,
                environ=KEY if environ is None else environ,
                embedder=embedder,
            )

    return _run


def table_dump(db: Path, skip: tuple[str, ...] = ("runs",)) -> dict[str, list[tuple]]:
    with open_warehouse(db) as wh:
        tables = [
            r[0]
            for r in wh.query(
                "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' ORDER BY 1"
            )
        ]
        return {t: wh.query(f'SELECT * FROM "{t}" ORDER BY ALL') for t in tables if t not in skip}


# --- reading and checking ---------------------------------------------------------------------------


def test_csv_and_xlsx_grids_import(tmp_path, db, run_import):
    paths = [
        write_csv(tmp_path / "a.csv", GOOD),
        write_xlsx(tmp_path / "b.xlsx", [centre_rows("Lycée B", "Noa Test", "Travailler en équipe", "oui")]),
    ]
    counts = run_import(*paths)
    assert counts["grilles_nouvelles"] == 2 and counts["lignes_nouvelles"] == 4 and counts["lignes_lues"] == 4
    with open_warehouse(db) as wh:
        rows = wh.rows("SELECT * FROM grid_rows ORDER BY centre, line")
        imports = wh.rows("SELECT * FROM grid_imports ORDER BY format")
    first = rows[0]
    assert (first["line"], first["rncp_code"], first["period_start"], first["period_end"], first["region"]) == (
        2,
        "RNCP90021",
        date(2026, 9, 1),
        date(2026, 12, 31),
        "75",
    )
    assert first["comment"] == f"{NAME_MASK} l'a monté seule ; tuteur : [téléphone masqué]"
    assert rows[1]["rncp_code"] == "RNCP90021" and rows[1]["block_code"] == "RNCP90021BC02"
    assert rows[1]["in_reference"] == "non" and rows[1]["period_end"] == date(2026, 6, 30)
    assert rows[2]["comment"] == "écrire à [courriel masqué]" and rows[2]["period_start"] == date(2025, 9, 1)
    # « Zoé Quintanilla » and « QUINTANILLA zoe » in one centre: one apprentice.
    assert rows[0]["apprentice_key"] == rows[1]["apprentice_key"] != rows[2]["apprentice_key"]
    assert [i["format"] for i in imports] == ["csv", "xlsx"] and imports[0]["centres"] == ["CFA Test Garonne"]
    assert imports[0]["n_rows"] == 3 and imports[0]["pseudo_key_id"] == PSEUDO.key_id
    # File names (often an apprentice's name) are stored as keyed hashes only.
    assert (imports[0]["file_name"], imports[0]["file"]) == (PSEUDO.file_ref("a.csv"), PSEUDO.file_ref(str(paths[0])))


ERRORS = [
    ["Lycée X", "RNCP90021", "2026-09", "", "", "", "Monter des murs", "peut-être", "", ""],
    ["Lycée X", "90021", "automne 2026", "", "", "", "", "oui", "", ""],
    ["", "RNCP90021", "2026-12/2026-09", "", "", "", "Couler une dalle", "oui", "bloc A", ""],
    ["Lycée X", "RS5000", "2026", "", "", "", "Lire un plan", "oui", "RNCP90022BC01", ""],
]


def test_every_bad_line_is_reported_word_for_word(tmp_path):
    path = write_csv(tmp_path / "grille-lycee-x.csv", [GOOD[0], *ERRORS])
    with pytest.raises(GridValidationError) as exc:
        read_grid(path, PSEUDO, name="grille-lycee-x.csv")
    assert str(exc.value) == "\n".join(
        [
            "grille(s) refusée(s), rien n'a été importé (8 erreurs) :",
            "  - grille-lycee-x.csv, ligne 3, colonne dans_referentiel : « peut-être » n'est pas une valeur admise "
            "(oui, partiellement, non)",
            "  - grille-lycee-x.csv, ligne 4, colonne certification : « 90021 » n'est pas un code de fiche RNCP ou RS "
            "(attendu RNCP ou RS suivi de chiffres, ex. RNCP90021)",
            "  - grille-lycee-x.csv, ligne 4, colonne periode : « automne 2026 » n'est pas une période reconnue "
            "(exemples : 2026-09, 2026-09/2026-12, 2025-2026, S1 2026 ; voir data/templates/README.md)",
            "  - grille-lycee-x.csv, ligne 4, colonne competence_mobilisee : valeur manquante ; indiquez la compétence "
            "mobilisée en entreprise (obligatoire)",
            "  - grille-lycee-x.csv, ligne 5, colonne centre : valeur manquante ; indiquez le nom du centre de formation "
            "(obligatoire)",
            "  - grille-lycee-x.csv, ligne 5, colonne periode : « 2026-12/2026-09 » : la fin de la période précède son début",
            "  - grille-lycee-x.csv, ligne 5, colonne bloc : « bloc A » n'est pas un code de bloc (attendu BC02, ou le code "
            "complet RNCP90021BC02) ; laissez vide si aucun",
            "  - grille-lycee-x.csv, ligne 6, colonne bloc : « RNCP90022BC01 » est un bloc d'une autre fiche que RS5000 ; "
            "vérifiez le code du bloc",
        ]
    )
    assert [(e.line, e.column) for e in exc.value.errors][:2] == [(3, "dans_referentiel"), (4, "certification")]


def test_header_problems_and_file_problems(tmp_path):
    header = ["Centre", "Certification", "Période", "Commentaires", "numero"]
    path = write_csv(tmp_path / "g.csv", [["A", "RNCP1", "2026", "", "1"]], header=header)
    with pytest.raises(GridValidationError) as exc:
        read_grid(path, PSEUDO, name="g.csv")
    assert [str(e) for e in exc.value.errors] == [
        "g.csv, ligne 1, colonne 5 : en-tête « numero » inconnu (colonnes du modèle : centre, certification, periode, "
        "entreprise, apprenti, activite_observee, competence_mobilisee, dans_referentiel, bloc, commentaire) ; "
        "renommez ou supprimez cette colonne",
        "g.csv, ligne 1 : colonne(s) obligatoire(s) absente(s) : competence_mobilisee, dans_referentiel (partez du "
        "modèle data/templates/grille-ecarts.csv)",
    ]
    (tmp_path / "latin.csv").write_bytes(";".join(COLUMNS).encode() + "\nLycée".encode("latin-1"))
    (tmp_path / "g.ods").write_bytes(b"x")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    _damaged_workbook(tmp_path / "damaged.xlsx")
    for name, message in [
        (
            "latin.csv",
            "latin.csv, ligne 2 : encodage : attendu UTF-8 (octet 0xe9 illisible) ; dans le tableur, "
            "enregistrez au format « CSV UTF-8 (délimité par des points-virgules) »",
        ),
        (
            "g.ods",
            "g.ods : format non pris en charge (.ods) ; enregistrez la grille en .xlsx ou en .csv (UTF-8, "
            "séparateur point-virgule)",
        ),
        (
            "broken.xlsx",
            "broken.xlsx : classeur XLSX illisible (BadZipFile) ; ouvrez-le dans le tableur et "
            "enregistrez-le de nouveau au format .xlsx",
        ),
        (
            "damaged.xlsx",
            "damaged.xlsx : classeur XLSX illisible (ParseError) ; ouvrez-le dans le tableur et "
            "enregistrez-le de nouveau au format .xlsx",
        ),
        ("absent.csv", "absent.csv : fichier introuvable ; vérifiez le chemin"),
    ]:
        with pytest.raises(GridValidationError) as exc:
            read_grid(tmp_path / name, PSEUDO, name=name)
        assert [str(e) for e in exc.value.errors] == [message]


def _damaged_workbook(path: Path) -> None:
    """The template workbook with its sheet's XML cut short: a valid zip, a damaged sheet."""
    import zipfile

    with zipfile.ZipFile(TEMPLATES / "grille-ecarts.xlsx") as src, zipfile.ZipFile(path, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.startswith("xl/worksheets/sheet"):
                data = data[: len(data) // 2]
            out.writestr(info, data)


def test_more_than_twenty_errors_are_summed_up(tmp_path):
    rows = [["Lycée X", "RNCP90021", "2026", "", "", "", "Lire un plan", "bof", "", ""]] * 23
    with pytest.raises(GridValidationError) as exc:
        read_grid(write_csv(tmp_path / "g.csv", rows), PSEUDO, name="g.csv")
    lines = str(exc.value).split("\n")
    assert lines[0] == "grille(s) refusée(s), rien n'a été importé (23 erreurs) :"
    assert len(lines) == 22 and lines[-1] == "  … et 3 autres erreurs ; corrigez celles-ci puis relancez l'import"


def test_separators_aliases_blank_lines_and_spreadsheet_dates(tmp_path):
    header = ["Centre de formation", "RNCP", "Période", "Activité", "Compétence", "Dans le référentiel", "Bloc"]
    text = ",".join(header) + "\n\nLycée Y,RNCP90021,2026-T3,Chantier,Lire un plan,PARTIELLEMENT,Bloc 1\n,,,,,,\n"
    grid = read_grid(_write(tmp_path / "comma.csv", text), PSEUDO)
    assert grid.n_lines == 1 and grid.rows[0]["line"] == 3 and grid.rows[0]["block_code"] == "RNCP90021BC01"
    assert grid.rows[0]["in_reference"] == "partiellement" and grid.rows[0]["period_end"] == date(2026, 9, 30)
    excel = _write(tmp_path / "excel.csv", "sep=;\n" + ";".join(COLUMNS) + "\nL;RS5000;2026;;;;Souder;oui;;\n")
    assert read_grid(excel, PSEUDO).rows[0]["rncp_code"] == "RS5000"
    # A spreadsheet turns « 2026-09 » into 1 September 2026: read as the month; other days as the day.
    rows = [
        ["L", "RNCP90021", datetime(2026, 9, 1), "", "", "", "Lire un plan", "oui", "", ""],
        ["L", "RNCP90021", datetime(2026, 9, 15), "", "", "", "Lire un plan", "non", "", ""],
    ]
    grid = read_grid(write_xlsx(tmp_path / "dates.xlsx", rows, sheet="Feuil1"), PSEUDO)
    assert [(r["period_start"], r["period_end"]) for r in grid.rows] == [
        (date(2026, 9, 1), date(2026, 9, 30)),
        (date(2026, 9, 15), date(2026, 9, 15)),
    ]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "text,start,end",
    [
        ("2026-09", date(2026, 9, 1), date(2026, 9, 30)),
        ("09/2026", date(2026, 9, 1), date(2026, 9, 30)),
        ("15/09/2026", date(2026, 9, 15), date(2026, 9, 15)),
        ("2026", date(2026, 1, 1), date(2026, 12, 31)),
        ("2025-2026", date(2025, 9, 1), date(2026, 8, 31)),
        ("S1 2026", date(2026, 1, 1), date(2026, 6, 30)),
        ("2026-S2", date(2026, 7, 1), date(2026, 12, 31)),
        ("T4 2026", date(2026, 10, 1), date(2026, 12, 31)),
        ("2026-09/2026-12", date(2026, 9, 1), date(2026, 12, 31)),
        ("2026-02-02/2026-02-27", date(2026, 2, 2), date(2026, 2, 27)),
        ("du 15/09/2026 au 18/12/2026", date(2026, 9, 15), date(2026, 12, 18)),
    ],
)
def test_periods(text, start, end):
    assert parse_period(text) == (start, end)


@pytest.mark.parametrize("text", ["automne 2026", "2026-13", "2025-2027", "S3 2026", "30/02/2026", ""])
def test_bad_periods(text):
    with pytest.raises(ValueError):
        parse_period(text)
    with pytest.raises(ReversedPeriod):
        parse_period("2026-12/2026-09")


# --- personal data --------------------------------------------------------------------------------


def test_pseudonyms_and_name_masking():
    assert normalise_name(" Dupont,  Marie-Ève") == "dupont eve marie"
    assert normalise_name("Œdipe CŒUR") == "coeur oedipe"
    # The name only, case and accents folded: the centre (stored in clear) is not in the message.
    assert PSEUDO("Marie-Ève Dupont") == PSEUDO("DUPONT marie eve") == PSEUDO("dupont, MARIE-EVE")
    assert PSEUDO("Marie Dupont") != Pseudonymiser("une-autre-cle-bien-longue")("Marie Dupont")
    assert PSEUDO(" - ") is None
    mask = name_masker(["Pierre Lacaze", "Inès Bordenave", "zoé quintanilla"])
    assert mask("Mur en pierre ; Pierre a aidé. LACAZE pierre, ines bordenave et Ines.") == (
        f"Mur en pierre ; {NAME_MASK} a aidé. {NAME_MASK}, {NAME_MASK} et {NAME_MASK}."
    )
    assert mask("Lycée Pierre Loti", False) == "Lycée Pierre Loti"
    # Lower-case first names after a word that introduces a person; tutors and people named by a civility.
    assert mask("Vu avec zoé et pierre ; tuteur : jean dupont. Mme Durand validera, Tutrice Anne Roy aussi.") == (
        f"Vu avec {NAME_MASK} et {NAME_MASK} ; tuteur : {NAME_MASK}. Mme {NAME_MASK} validera, Tutrice {NAME_MASK} "
        "aussi."
    )
    assert mask("Le tuteur souhaite qu'il passe le CACES ; murs en pierre") == (
        "Le tuteur souhaite qu'il passe le CACES ; murs en pierre"
    )


def test_apprentice_names_never_reach_the_warehouse(tmp_path, db, run_import):
    names = ["Zoé Quintanilla", "QUINTANILLA zoe", "Ilan Verdaguer"]
    extra = [
        [
            "Lycée Test",
            "RNCP90021",
            "2026",
            "Quintanilla Frères",
            "Ilan Verdaguer",
            "Ilan et Zoé Quintanilla ensemble",
            "Travailler en équipe avec Verdaguer",
            "oui",
            "",
            "Ilan",
        ]
    ]
    (tmp_path / "cle-pseudonymes").write_text(KEY["ECARTS_PSEUDO_KEY"] + "\n", encoding="utf-8")
    run_import(write_csv(tmp_path / "a.csv", GOOD), write_xlsx(tmp_path / "b.xlsx", extra), environ={})
    tokens = {t for n in names for t in normalise_name(n).split()}
    with open_warehouse(db) as wh:
        columns = wh.query(
            "SELECT table_name, column_name FROM information_schema.columns "
            "WHERE data_type = 'VARCHAR' OR data_type = 'VARCHAR[]' OR data_type = 'JSON'"
        )
        assert ("grid_rows", "competence") in columns and ("runs", "detail") in columns
        found = []
        for table, column in columns:
            for (value,) in wh.query(f'SELECT DISTINCT CAST("{column}" AS VARCHAR) FROM "{table}"'):
                words = set(normalise_name(value or "").split())
                found += [(table, column, value) for t in tokens if t in words]
        assert found == []
        # No ECARTS_PSEUDO_KEY: the key file's key, which never enters the warehouse.
        assert wh.query("SELECT DISTINCT pseudo_key_id FROM grid_imports") == [(PSEUDO.key_id,)]
        assert ("warehouse_secrets",) not in wh.query("SELECT table_name FROM information_schema.tables")
        assert wh.query(
            "SELECT company, comment FROM grid_rows WHERE line = 2 AND comment IS NOT NULL AND company LIKE 'Bâtir%'"
        )[0][1].startswith(NAME_MASK)


def test_pseudonym_key_from_the_environment(tmp_path, db, run_import, base_db, static_model_path, embedder):
    run_import(write_csv(tmp_path / "a.csv", GOOD))
    with open_warehouse(db) as wh:
        keys = wh.query("SELECT apprentice_key FROM grid_rows ORDER BY line")
    assert keys[0][0] == PSEUDO("Zoé Quintanilla")
    with open_warehouse(db) as wh, pytest.raises(ConfigError) as exc:
        import_grids(
            wh,
            make_settings(db, static_model_path),
            [tmp_path / "a.csv"],
            None,
            environ={"ECARTS_PSEUDO_KEY": "court"},
            embedder=embedder,
        )
    assert str(exc.value) == (
        "ECARTS_PSEUDO_KEY : clé trop courte (5 caractères, 16 au moins) ; tirez-en une avec "
        'python -c "import secrets; print(secrets.token_hex(32))"'
    )
    messages: list[str] = []
    run_import(
        write_csv(tmp_path / "b.csv", [GOOD[0][:2] + ["2024"] + GOOD[0][3:]]),
        progress=messages.append,
        environ={"ECARTS_PSEUDO_KEY": "une-autre-cle-bien-longue"},
    )
    assert (
        "avertissement : la clé de pseudonymisation n'est pas celle des imports précédents (clé changée, ou "
        "pseudonymes d'une version antérieure d'ecarts) : un même apprenti y aura deux pseudonymes"
    ) in messages


# --- loading --------------------------------------------------------------------------------------


def test_one_bad_line_and_nothing_is_imported_from_any_file(tmp_path, db, run_import):
    good = write_csv(tmp_path / "bonne.csv", GOOD)
    bad = write_xlsx(tmp_path / "mauvaise.xlsx", [GOOD[2], ERRORS[0]])
    before = table_dump(db, skip=())
    with pytest.raises(GridValidationError) as exc:
        run_import(good, bad)
    assert str(exc.value) == (
        "grille(s) refusée(s), rien n'a été importé (1 erreur) :\n"
        f"  - {tmp_path / 'mauvaise.xlsx'}, ligne 3, colonne dans_referentiel : « peut-être » n'est pas une valeur "
        "admise (oui, partiellement, non)"
    )
    assert table_dump(db, skip=()) == before  # not even a run


def test_reimport_changes_nothing(tmp_path, db, run_import):
    paths = [
        write_csv(tmp_path / "a.csv", GOOD),
        write_xlsx(tmp_path / "b.xlsx", [centre_rows("Lycée B", "Noa Test", "Lire un plan")]),
    ]
    run_import(*paths)
    first = table_dump(db)
    counts = run_import(*paths)
    assert table_dump(db) == first
    assert (counts["grilles_deja_importees"], counts["grilles_nouvelles"], counts["lignes_nouvelles"]) == (2, 0, 0)
    # The same lines in another file (saved again, sent under another name): counted once.
    resaved = write_csv(tmp_path / "a-copie.csv", GOOD + [GOOD[0]], bom=False)
    counts = run_import(resaved)
    assert (
        counts["grilles_nouvelles"],
        counts["lignes_nouvelles"],
        counts["lignes_deja_connues"],
        counts["lignes_en_double"],
    ) == (1, 0, 3, 1)
    with open_warehouse(db) as wh:
        assert wh.count("grid_rows") == 4 and wh.count("grid_imports") == 3
        assert wh.query("SELECT step, status FROM runs WHERE step LIKE 'grids%'") == [("grids_import", "ok")] * 3


def test_linking_gives_rome_skills_and_new_skills(tmp_path, db, run_import):
    rows = [
        centre_rows("L", "A B", "Monter et démonter un échafaudage de pied"),
        centre_rows("L", "A B", "Faire preuve d'autonomie", "partiellement"),
        centre_rows("L", "A B", "Utiliser un laser rotatif pour implanter"),
    ]
    counts = run_import(write_csv(tmp_path / "g.csv", rows))
    assert (counts["liens_embedding"], counts["liens_label"], counts["liens_new"], counts["competences_nouvelles"]) == (
        1,
        1,
        1,
        1,
    )
    with open_warehouse(db) as wh:
        linked = wh.query(
            "SELECT r.competence, r.skill_id, r.link_how, s.label, s.kind FROM grid_rows r "
            "JOIN skills s USING (skill_id) ORDER BY r.line"
        )
    assert [row[1:3] for row in linked] == [
        ("rome:910207", "embedding"),
        ("rome:920003", "label"),
        ("new:utiliser-un-laser-rotatif-pour-implanter", "new"),
    ]
    assert linked[2][3:] == ("Utiliser un laser rotatif pour implanter", "nouveau")


def test_rows_linked_before_rome_is_loaded_are_linked_again(tmp_path, static_model_path, embedder):
    db = tmp_path / "vide.duckdb"
    settings = make_settings(db, static_model_path)
    path = write_csv(tmp_path / "g.csv", [centre_rows("L", "A B", "Faire preuve d'autonomie")])
    messages: list[str] = []
    with open_warehouse(db) as wh:
        import_grids(wh, settings, [path], None, messages.append, environ=KEY, embedder=embedder)
        assert wh.query("SELECT skill_id FROM grid_rows") == [("new:faire-preuve-autonomie",)]
        steps.load_referentials(wh, settings, SAMPLE / "rome")
        counts = import_grids(wh, settings, [path], None, environ=KEY, embedder=embedder)
        assert wh.query("SELECT skill_id, link_how FROM grid_rows") == [("rome:920003", "label")]
    assert counts["grilles_deja_importees"] == 1 and counts["liens_label"] == 1
    assert (
        "avertissement : référentiel ROME non chargé : les compétences des grilles sont reliées comme nouvelles ; "
        "chargez-le (ecarts referentials load --rome) puis relancez ecarts grids import"
    ) in messages


def test_several_centres_consolidate_and_count_as_evidence(tmp_path, db, run_import):
    ite = "Poser une isolation thermique par l'extérieur"
    run_import(
        write_csv(
            tmp_path / "a.csv",
            [centre_rows("CFA A", "Ana Un", ite), centre_rows("CFA A", "Bo Deux", ite, "partiellement")],
        )
    )
    run_import(write_xlsx(tmp_path / "b.xlsx", [centre_rows("CFA B", "Cy Trois", ite, period="S1 2026")]))
    run_import(
        write_csv(tmp_path / "c.csv", [centre_rows("cfa  a", "Di Quatre", ite, "oui", period="2026-09")]), region=None
    )
    with open_warehouse(db) as wh:
        wh.con.execute(
            "INSERT INTO skill_gaps (region, rome_code, rncp_code, skill_id, skill_label, coverage, n_offers, "
            "share_offers, n_employers) VALUES ('75', 'F1703', 'RNCP90021', 'rome:910206', 'ITE', 'nouveau', 9, 0.2, 5), "
            "('76', 'F1703', 'RNCP90021', 'rome:910206', 'ITE', 'nouveau', 3, 0.1, 2)"
        )
        row = wh.rows("SELECT * FROM grid_consolidation WHERE skill_id = 'rome:910206'")[0]
        evidence = wh.query(
            "SELECT region, centre, in_reference, mention FROM gap_evidence WHERE source = 'grille' ORDER BY ALL"
        )
    assert (
        row["rncp_code"],
        row["certification_title"],
        row["n_centres"],
        row["n_rows"],
        row["n_apprentices"],
        row["n_companies"],
    ) == ("RNCP90021", "Maçon", 2, 4, 4, 2)
    assert (row["n_non"], row["n_partiellement"], row["n_oui"], row["share_gap"]) == (2, 1, 1, 0.75)
    assert (row["period_start"], row["period_end"], row["periods"]) == (
        date(2026, 1, 1),
        date(2026, 9, 30),
        ["2026-03", "2026-09", "S1 2026"],
    )
    assert row["regions"] == ["75"]
    # Rows imported for region 75 support the gap of 75 only; a row without region supports both.
    assert [e[:3] for e in evidence] == [
        ("75", "CFA A", "non"),
        ("75", "CFA A", "partiellement"),
        ("75", "CFA B", "non"),
        ("75", "cfa a", "oui"),
        ("76", "cfa a", "oui"),
    ]


def test_unknown_region_and_codes(tmp_path, db, run_import):
    with pytest.raises(InputError) as exc:
        run_import(write_csv(tmp_path / "a.csv", GOOD), region="99")
    assert str(exc.value).startswith(
        "région « 99 » inconnue : attendu un code INSEE de région (01, 02, 03, 04, 06, 11,"
    )
    messages: list[str] = []
    rows = [
        ["L", "RNCP12345", "2026", "", "", "", "Lire un plan", "oui", "", ""],
        ["L", "RNCP90021", "2026", "", "", "", "Lire un plan", "oui", "BC09", ""],
    ]
    run_import(write_csv(tmp_path / "b.csv", rows), progress=messages.append)
    assert "avertissement : certification(s) absente(s) des fiches RNCP chargées : RNCP12345" in messages
    assert "avertissement : bloc(s) absent(s) des fiches RNCP chargées : RNCP90021BC09" in messages


# --- templates and the sample ---------------------------------------------------------------------


def test_templates_match_the_import(tmp_path):
    assert (TEMPLATES / "grille-ecarts.csv").read_text(encoding="utf-8").strip() == ";".join(COLUMNS)
    with pytest.raises(GridValidationError) as exc:
        read_grid(TEMPLATES / "grille-ecarts.xlsx", PSEUDO, name="grille-ecarts.xlsx")
    assert (
        str(exc.value.errors[0])
        == "grille-ecarts.xlsx : aucune ligne de données sous l'en-tête ; une ligne par observation"
    )
    book = load_workbook(TEMPLATES / "grille-ecarts.xlsx")
    assert book.sheetnames == ["Grille", "Aide"]
    assert book["Grille"].data_validations.dataValidation[0].formula1 == '"oui,partiellement,non"'
    for column, value in enumerate(GOOD[0], start=1):
        book["Grille"].cell(row=2, column=column, value=value)
    book.save(tmp_path / "rempli.xlsx")
    assert read_grid(tmp_path / "rempli.xlsx", PSEUDO).rows[0]["competence"] == GOOD[0][6]
    readme = (TEMPLATES / "README.md").read_text(encoding="utf-8")
    assert all(f"`{column}`" in readme for column in COLUMNS)


def test_sample_grids_report_the_planted_gaps(db, run_import):
    counts = run_import(SAMPLE_GRIDS)
    assert counts["grilles_nouvelles"] == 6
    truth = json.loads((SAMPLE / "truth.json").read_text(encoding="utf-8"))
    uncovered = {
        f"rome:{c['code_ogr']}" for c in truth["rome"]["F1703"]["competences"] if c["role"] in ("uncovered", "rising")
    }
    with open_warehouse(db) as wh:
        consolidated = {
            r["skill_id"]: r for r in wh.rows("SELECT * FROM grid_consolidation WHERE rncp_code = 'RNCP90021'")
        }
        formats = {r[0] for r in wh.query("SELECT format FROM grid_imports")}
    assert formats == {"csv", "xlsx"}
    assert uncovered <= set(consolidated)
    assert all(consolidated[s]["share_gap"] == 1.0 for s in uncovered)
    assert consolidated["rome:910206"]["n_centres"] == 6  # ITE, reported by every centre in its own words
    assert consolidated["rome:910201"]["share_gap"] == 0.0  # a covered skill, answered « oui »


# --- command line ---------------------------------------------------------------------------------


@pytest.fixture
def cli_run(tmp_path: Path, db: Path, static_model_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ECARTS_CONFIG", raising=False)
    monkeypatch.delenv("ECARTS_PSEUDO_KEY", raising=False)
    (tmp_path / "cle").write_text(KEY["ECARTS_PSEUDO_KEY"], encoding="utf-8")
    (tmp_path / "cle").chmod(0o600)
    env = {
        "ECARTS_DB": str(db),
        "ECARTS__NLP__MODEL": str(static_model_path),
        "ECARTS__GRIDS__PSEUDO_KEY_FILE": str(tmp_path / "cle"),
    }

    def _run(*args: str):
        result = CliRunner().invoke(cli, list(args), env=env)
        assert "Traceback" not in result.output
        return result

    return _run


def test_cli_import(cli_run, tmp_path, db):
    write_csv(tmp_path / "a.csv", GOOD)
    result = cli_run("grids", "import", "a.csv", "--region", "75")
    assert result.exit_code == 0, result.output
    assert "grilles_nouvelles       1" in result.stdout and "lignes_nouvelles        3" in result.stdout
    assert "grille a.csv : 3 ligne(s), centre(s) CFA Test Garonne, certification(s) RNCP90021" in result.stderr
    with open_warehouse(db) as wh:
        assert wh.count("grid_rows") == 3


def test_cli_errors(cli_run, tmp_path):
    write_csv(tmp_path / "grille-lycee-x.csv", [GOOD[0], GOOD[1], GOOD[2], GOOD[0][:7] + ["peut-être", "", ""]])
    result = cli_run("grids", "import", "grille-lycee-x.csv", "absent.xlsx")
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "Erreur : grille(s) refusée(s), rien n'a été importé (2 erreurs) :\n"
        "  - grille-lycee-x.csv, ligne 5, colonne dans_referentiel : « peut-être » n'est pas une valeur admise "
        "(oui, partiellement, non)\n"
        "  - absent.xlsx : fichier introuvable ; vérifiez le chemin"
    )
    result = cli_run("grids", "import", "grille-lycee-x.csv", "--region", "7")
    assert result.exit_code == 1 and result.stderr.startswith("Erreur : région « 7 » inconnue")
