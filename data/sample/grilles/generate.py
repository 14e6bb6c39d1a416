"""Write the sample's trainees' gap grids: six training centres, CAP Maçon (RNCP90021), and one of them
also the CAP soudage (RNCP90062). Everything is fictitious (centres, apprentices, comments); the
companies are employers of the sample's offers.

    .venv/bin/python data/sample/grilles/generate.py [folder]

Writes into ``folder`` (default: this script's folder). Byte-identical files at every run (fixed rows, fixed
XLSX dates, nothing drawn at random; tests/test_sample_regen.py checks it). See README.md.
"""

from __future__ import annotations

import csv
import sys
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

# The XLSX template's writer already makes workbooks byte-identical from run to run.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "templates"))
from make_template import freeze  # noqa: E402

HERE = Path(__file__).resolve().parent
COLUMNS = (
    "centre",
    "certification",
    "periode",
    "entreprise",
    "apprenti",
    "activite_observee",
    "competence_mobilisee",
    "dans_referentiel",
    "bloc",
    "commentaire",
)
CAP_MACON, CAP_SOUDAGE = "RNCP90021", "RNCP90062"
FIXED_DATE = datetime(2026, 11, 16)

# file -> (centre, period as the centre writes it, rows: certification, company, apprentice, activity,
#          competence, in the reference?, block, comment)
GRIDS = {
    "grille-cfa-estuaire-2026.csv": (
        "CFA du Bâtiment de l'Estuaire",
        "2026-09/2026-12",
        [
            (
                CAP_MACON,
                "Bâtir Gironde",
                "Léa Fontanel",
                "Rénovation d'une échoppe bordelaise",
                "Monter et démonter un échafaudage de pied",
                "non",
                "",
                "Fait dès la deuxième semaine, sans formation R408",
            ),
            (
                CAP_MACON,
                "Bâtir Gironde",
                "Léa Fontanel",
                "Extension d'une maison individuelle",
                "Monter des murs en parpaings",
                "oui",
                "BC02",
                "",
            ),
            (
                CAP_MACON,
                "Ducasse Bâtiment",
                "Hugo Sarrailh",
                "Isolation d'un pavillon des années 70",
                "Poser une isolation thermique par l'extérieur",
                "non",
                "",
                "Panneaux de fibre de bois sous enduit",
            ),
            (
                CAP_MACON,
                "Ducasse Bâtiment",
                "Hugo Sarrailh",
                "Terrassement pour une extension",
                "CACES R482 mini-pelle",
                "non",
                "",
                "Le tuteur souhaite qu'il passe le CACES",
            ),
            (
                CAP_MACON,
                "Ducasse Bâtiment",
                "Hugo Sarrailh",
                "Implantation d'un garage",
                "Utiliser un laser rotatif pour implanter",
                "partiellement",
                "BC01",
                "",
            ),
        ],
    ),
    "grille-lp-chais-2025-2026.xlsx": (
        "Lycée professionnel des Chais",
        "2025-2026",
        [
            (
                CAP_MACON,
                "Les Maçons du Marsan",
                "Inès Bordenave",
                "Construction d'une maison en briques rectifiées",
                "Poser des briques rectifiées à joint mince",
                "partiellement",
                "BC02",
                "Inès n'avait vu que le montage au mortier traditionnel",
            ),
            (
                CAP_MACON,
                "Les Maçons du Marsan",
                "Inès Bordenave",
                "Chantier de maison individuelle",
                "Monter un échafaudage de pied (R408)",
                "non",
                "",
                "",
            ),
            (
                CAP_MACON,
                "Limousin Gros Œuvre",
                "Théo Castagnet",
                "Fondations d'un bâtiment agricole",
                "Réaliser des fondations",
                "oui",
                "BC02",
                "",
            ),
            (
                CAP_MACON,
                "Limousin Gros Œuvre",
                "Théo Castagnet",
                "Isolation d'une longère",
                "Isolation thermique par l'extérieur (ITE)",
                "non",
                "",
                "Contact tuteur : 05 55 00 00 00",
            ),
            (
                CAP_MACON,
                "Limousin Gros Œuvre",
                "Théo Castagnet",
                "Travail seul sur un petit chantier",
                "Faire preuve d'autonomie",
                "partiellement",
                "",
                "",
            ),
        ],
    ),
    "grille-cfa-landes-oceanes-s1-2026.csv": (
        "CFA BTP des Landes Océanes",
        "S1 2026",
        [
            (
                CAP_MACON,
                "Maçonnerie Etcheverry",
                "Maïa Lasserre",
                "Ravalement de façade",
                "Mettre en œuvre une isolation thermique par l'extérieur",
                "non",
                "",
                "",
            ),
            (
                CAP_MACON,
                "Maçonnerie Etcheverry",
                "Maïa Lasserre",
                "Chantier d'immeuble en R+2",
                "Monter et démonter un échafaudage",
                "non",
                "",
                "Échafaudage monté par l'équipe chaque lundi",
            ),
            (
                CAP_MACON,
                "Maçonnerie Etcheverry",
                "Maïa Lasserre",
                "Dalle de garage",
                "Couler une dalle en béton armé",
                "oui",
                "BC02",
                "",
            ),
            (
                CAP_MACON,
                "Moreau Construction",
                "Nathan Duprat",
                "Terrassement d'une piscine",
                "Conduire une mini-pelle",
                "non",
                "",
                "",
            ),
            (
                CAP_MACON,
                "Moreau Construction",
                "Nathan Duprat",
                "Murs d'une maison individuelle",
                "Poser des briques rectifiées à joint mince",
                "partiellement",
                "BC02",
                "",
            ),
        ],
    ),
    "grille-pyrene-batiment-2026.csv": (
        "Centre de formation Pyrène Bâtiment",
        "2026-03",
        [
            (
                CAP_MACON,
                "Lartigue Patrimoine",
                "Aitor Irigoyen",
                "Restauration d'un mur d'enceinte",
                "Rejointoyer de la pierre à la chaux",
                "non",
                "BC03",
                "Chaux naturelle NHL 3,5",
            ),
            (
                CAP_MACON,
                "Lartigue Patrimoine",
                "Aitor Irigoyen",
                "Restauration d'une grange",
                "Monter et démonter un échafaudage de pied",
                "non",
                "",
                "",
            ),
            (
                CAP_MACON,
                "Constructions Brunet et Fils",
                "Sara Haramburu",
                "Extension d'un commerce",
                "Lire un plan et implanter un ouvrage",
                "oui",
                "BC01",
                "",
            ),
            (
                CAP_MACON,
                "Constructions Brunet et Fils",
                "Sara Haramburu",
                "Isolation d'une maison de bourg",
                "Poser une isolation thermique par l'extérieur",
                "non",
                "",
                "",
            ),
        ],
    ),
    "grille-mda-limousin-sud-t2-2026.xlsx": (
        "Maison de l'apprentissage du Limousin Sud",
        "T2 2026",
        [
            (
                CAP_MACON,
                "Rénov'Habitat Charente",
                "Jade Peyrichou",
                "Rénovation énergétique d'une maison",
                "Isolation thermique par l'extérieur (ITE)",
                "non",
                "",
                "",
            ),
            (
                CAP_MACON,
                "Rénov'Habitat Charente",
                "Jade Peyrichou",
                "Chantier de rénovation",
                "Monter et démonter un échafaudage de pied",
                "non",
                "",
                "contact : tuteur.renov@example.org",
            ),
            (
                CAP_MACON,
                "Rénov'Habitat Charente",
                "Jade Peyrichou",
                "Murs d'une annexe",
                "Monter des murs en blocs béton",
                "oui",
                "BC02",
                "",
            ),
            (
                CAP_MACON,
                "Limousin Gros Œuvre",
                "Enzo Vergnolle",
                "Terrassement d'une extension",
                "CACES R482 catégorie A (mini-pelle)",
                "non",
                "",
                "",
            ),
        ],
    ),
    "grille-lycee-arrouy-2026.csv": (
        "Lycée des métiers Clémence Arrouy",
        "du 01/09/2026 au 30/11/2026",
        [
            (
                CAP_MACON,
                "Moreau Construction",
                "Yanis Etchart",
                "Isolation d'un immeuble des années 60",
                "Poser une isolation thermique par l'extérieur",
                "non",
                "",
                "",
            ),
            (
                CAP_MACON,
                "Moreau Construction",
                "Yanis Etchart",
                "Ferraillage et coffrage de poteaux",
                "Réaliser des coffrages et couler des éléments en béton armé",
                "oui",
                "BC02",
                "",
            ),
            (
                CAP_SOUDAGE,
                "Métallerie Dupuy",
                "Lina Marcadet",
                "Manutention de poutres à l'atelier",
                "Conduire un pont roulant et élinguer des charges",
                "non",
                "",
                "Formation R484 faite par l'entreprise",
            ),
            (
                CAP_SOUDAGE,
                "Métallerie Dupuy",
                "Lina Marcadet",
                "Soudage de garde-corps inox",
                "Souder des pièces selon le procédé TIG",
                "oui",
                "BC02",
                "",
            ),
            (
                CAP_SOUDAGE,
                "Mécano-Soudure de l'Adour",
                "Rayan Lacoste",
                "Réparation dans une cuve",
                "Intervenir en espace confiné",
                "non",
                "",
                "",
            ),
            (
                CAP_SOUDAGE,
                "Mécano-Soudure de l'Adour",
                "Rayan Lacoste",
                "Production en série",
                "Programmer et conduire une cellule de soudage robotisée",
                "non",
                "",
                "",
            ),
        ],
    ),
}


def lines(centre: str, period: str, rows: list[tuple]) -> list[list[str]]:
    return [
        [centre, cert, period, company, apprentice, activity, competence, answer, block, comment]
        for cert, company, apprentice, activity, competence, answer, block, comment in rows
    ]


def write_csv(path: Path, data: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter=";", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(data)


def write_xlsx(path: Path, data: list[list[str]]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Grille"
    sheet.append(list(COLUMNS))
    for row in data:
        sheet.append([value or None for value in row])
    book.properties.creator = "ecarts"
    book.properties.created = book.properties.modified = FIXED_DATE
    book.save(path)
    freeze(path, FIXED_DATE)


def generate(out_dir: Path = HERE) -> list[Path]:
    """Write the grids into ``out_dir``; return their paths."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, (centre, period, rows) in GRIDS.items():
        (write_csv if name.endswith(".csv") else write_xlsx)(out_dir / name, lines(centre, period, rows))
        paths.append(out_dir / name)
    return paths


if __name__ == "__main__":
    if len(sys.argv) > 2:
        sys.exit("usage: generate.py [folder]")
    for path in generate(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(path)
