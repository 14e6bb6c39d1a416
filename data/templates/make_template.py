"""Write the gap grid templates: ``grille-ecarts.csv`` and ``grille-ecarts.xlsx`` (this folder).

    .venv/bin/python data/templates/make_template.py

The columns come from :data:`ecarts.connectors.grids.COLUMNS`, so the templates and the import stay in step.
The XLSX has a « Grille » sheet (header, a drop-down list for dans_referentiel, text cells for the
period and the code, a note on each header) and an « Aide » sheet explaining each column, with an example.
Running it again gives byte-identical files (fixed XLSX dates).
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from openpyxl import Workbook  # noqa: E402
from openpyxl.comments import Comment  # noqa: E402
from openpyxl.styles import Alignment, Font, PatternFill  # noqa: E402
from openpyxl.worksheet.datavalidation import DataValidation  # noqa: E402

from ecarts.connectors.grids import COLUMNS, IN_REFERENCE_VALUES, REQUIRED  # noqa: E402

ROWS = 1000  # lines prepared with the drop-down list and text formats
FIXED_DATE = datetime(2026, 11, 16)

# column -> (what to write, example, width)
HELP = {
    "centre": ("Nom du centre de formation (CFA, lycée, organisme).", "CFA du Bâtiment de l'Estuaire", 30),
    "certification": ("Code de la fiche France compétences : RNCP ou RS suivi de chiffres.", "RNCP90021", 14),
    "periode": (
        "Période d'observation : 2026-09, 09/2026, 2026-09/2026-12, 2025-2026 (année scolaire), "
        "S1 2026, T3 2026, 2026, ou « 15/09/2026 au 18/12/2026 ».",
        "2026-09/2026-12",
        18,
    ),
    "entreprise": ("Entreprise d'accueil (raison sociale).", "Bâtiments Garonne SARL", 26),
    "apprenti": (
        "Nom de l'apprenti(e). Remplacé à l'import par un pseudonyme ; le nom n'est jamais conservé.",
        "Camille Exemple",
        20,
    ),
    "activite_observee": ("Ce que l'apprenti(e) a fait en entreprise.", "Ravalement d'une maison des années 70", 40),
    "competence_mobilisee": (
        "La compétence mise en œuvre, en une phrase (un verbe et son objet).",
        "Poser une isolation thermique par l'extérieur",
        40,
    ),
    "dans_referentiel": (
        "Cette compétence figure-t-elle dans le référentiel de la certification ? oui, partiellement ou non.",
        "non",
        16,
    ),
    "bloc": (
        "Bloc de compétences concerné ou le plus proche : BC02, ou le code complet RNCP90021BC02. Vide si aucun.",
        "BC02",
        10,
    ),
    "commentaire": (
        "Précisions libres (outil, norme, fréquence…). Ni nom de personne, ni courriel, ni téléphone.",
        "Demandée sur tous les chantiers de rénovation",
        40,
    ),
}
assert tuple(HELP) == COLUMNS


def freeze(path: Path, when: datetime = FIXED_DATE) -> None:
    """Make an XLSX byte-identical from run to run: fixed save date and zip entry dates."""
    import re
    import zipfile

    with zipfile.ZipFile(path) as src:
        entries = [(info, src.read(info.filename)) for info in src.infolist()]
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            out.writestr(
                zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6]), data, compress_type=zipfile.ZIP_DEFLATED
            )


def write_csv(path: Path) -> None:
    path.write_text(";".join(COLUMNS) + "\n", encoding="utf-8")


def _grid_sheet(book: Workbook) -> None:
    sheet = book.active
    sheet.title = "Grille"
    bold = Font(bold=True)
    for index, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=index, value=column)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="DDEBF7" if column in REQUIRED else "F2F2F2")
        text, example, width = HELP[column]
        note = ("Obligatoire. " if column in REQUIRED else "Facultatif. ") + text + f"\nExemple : {example}"
        cell.comment = Comment(note, "ecarts", width=320, height=140)
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = width
        if column in ("periode", "certification", "bloc"):
            for row in range(2, ROWS + 2):  # text cells: « 2026-09 » must not become a date
                sheet.cell(row=row, column=index).number_format = "@"
    sheet.freeze_panes = "A2"
    letter = sheet.cell(row=1, column=COLUMNS.index("dans_referentiel") + 1).column_letter
    choice = DataValidation(
        type="list",
        formula1=f'"{",".join(IN_REFERENCE_VALUES)}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Valeur non admise",
        error="Choisissez oui, partiellement ou non.",
        showInputMessage=True,
        promptTitle="Dans le référentiel ?",
        prompt="oui, partiellement ou non",
    )
    choice.add(f"{letter}2:{letter}{ROWS + 1}")
    sheet.add_data_validation(choice)


def _help_sheet(book: Workbook) -> None:
    sheet = book.create_sheet("Aide")
    wrap = Alignment(wrap_text=True, vertical="top")
    lines = [
        ["Grille d'écarts des apprenants (« rapport d'étonnement »)"],
        [
            "Une ligne par observation : une compétence mobilisée en entreprise par un(e) apprenti(e), et si le "
            "référentiel de la certification la prévoit. Remplissez la feuille « Grille » sans changer les en-têtes ; "
            "les lignes vides sont ignorées. Voir aussi data/templates/README.md."
        ],
        [],
        ["colonne", "obligatoire", "contenu", "exemple"],
    ]
    lines += [[c, "oui" if c in REQUIRED else "non", HELP[c][0], HELP[c][1]] for c in COLUMNS]
    lines += [
        [],
        [
            "Import",
            "",
            "ecarts grids import grille.xlsx --region 75 : chaque ligne est vérifiée ; une seule erreur et "
            "rien n'est importé, le message liste chaque ligne à corriger (fichier, ligne, colonne).",
        ],
        [
            "Apprentis",
            "",
            "Le nom est remplacé à l'import par un pseudonyme (empreinte HMAC-SHA256 du nom, à clé "
            "secrète gardée hors de l'entrepôt) ; il est aussi masqué dans les textes de la ligne, comme "
            "les noms des tuteurs. Le nom n'entre jamais dans l'entrepôt.",
        ],
        [],
        ["Exemple de ligne"],
        list(COLUMNS),
        [HELP[c][1] for c in COLUMNS],
    ]
    for row in lines:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True, size=13)
    for row in (4, len(lines) - 1):
        for cell in sheet[row]:
            cell.font = Font(bold=True)
    for row in sheet.iter_rows():
        for cell in row:
            cell.alignment = wrap
    for letter, width in zip("ABCDEFGHIJ", (22, 12, 70, 40, 20, 36, 40, 16, 10, 40)):
        sheet.column_dimensions[letter].width = width


def write_xlsx(path: Path) -> None:
    book = Workbook()
    _grid_sheet(book)
    _help_sheet(book)
    book.properties.creator = "ecarts"
    book.properties.created = book.properties.modified = FIXED_DATE
    book.save(path)
    freeze(path)


if __name__ == "__main__":
    write_csv(HERE / "grille-ecarts.csv")
    write_xlsx(HERE / "grille-ecarts.xlsx")
    print(HERE / "grille-ecarts.csv")
    print(HERE / "grille-ecarts.xlsx")
