"""Constantes et outils communs au générateur de l'échantillon (``generate.py``).

Le hasard : pas de flux unique. Chaque unité (une offre, la répartition hebdomadaire d'un code, le quota d'une
compétence dans un code, le choix des reprises d'un code…) tire d'un générateur qui lui est propre, graine de
base et clé stable (:func:`rng_for`). Modifier le contenu d'une offre ne rebat donc pas les autres.
"""

from __future__ import annotations

import csv
import io
import random
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ next to the sample

import _contenu_offres as CO  # noqa: E402,F401
import _contenu_rncp as CR  # noqa: E402,F401
import _contenu_rome as CRO  # noqa: E402

SEED = 20260727
REGION = "75"
ROME_VERSION = "v460"
RNCP_FILE = "export-fiches-rncp-v4-1-2026-11-16.xml"
FIRST_MONDAY = date(2026, 7, 27)
N_WEEKS = 16
JSONL_WEEKS = (15, 16)  # semaines écrites en JSON Lines (un seul fichier)
ORIGINALS_PER_CODE = {"F1104": 62, "F1703": 62, "J1501": 63, "M1805": 62, "N1103": 64, "H2913": 61}
REPOSTS_PER_CODE = {"F1104": 3, "F1703": 3, "J1501": 2, "M1805": 3, "N1103": 3, "H2913": 2}
PARTNER_SHARE = 0.10
ANONYMOUS_SHARE = 0.15
CONTACT_IN_TEXT_SHARE = 0.05
LABEL_LINE_SHARE = 0.12
UNCODED_SHARE = 0.10
MIN_SKILLS = 2
# One rising-skill offer in week 1, in this code (about 3-5 % of the week's offers, all codes together);
# the other codes start from a phase that gives none in week 1.
RISING_WEEK1_CODE = "M1805"

SF_NATURE = CRO.SF
SE_NATURE = CRO.SE
SV_NATURE = CRO.SV


def rng_for(*key: object) -> random.Random:
    """The random stream of one unit: the base seed and a stable key (« offre:F1104-07 », « quota:J1501:910307 »).

    A string seed is hashed with SHA-512 by ``random.Random``: the stream is the same on every platform and
    does not depend on PYTHONHASHSEED."""
    return random.Random(f"{SEED}:" + ":".join(str(k) for k in key))


def week_start(index: int) -> date:
    """Lundi de la semaine ``index`` (1..16)."""
    return FIRST_MONDAY + timedelta(days=7 * (index - 1))


def iso_week(index: int) -> str:
    year, week, _ = week_start(index).isocalendar()
    return f"{year}-W{week:02d}"


def nature(code: str) -> str:
    return CRO.ITEMS[code][0]


def label(code: str) -> str:
    return CRO.ITEMS[code][1]


def kind_of(code: str) -> str:
    return {SF_NATURE: "savoir-faire", SE_NATURE: "savoir-etre", SV_NATURE: "savoir"}[nature(code)]


def fmt_dt(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def csv_text(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def certification_coverage() -> dict[str, dict[str, str]]:
    """rncp code -> {code_ogr stated -> block code}."""
    out = {}
    for cert in CR.CERTIFICATIONS:
        stated = {}
        for index, (_, statements) in enumerate(cert["blocs"], start=1):
            for _, code in statements:
                if code:
                    stated[code] = f"{cert['numero']}BC{index:02d}"
        out[cert["numero"]] = stated
    return out
