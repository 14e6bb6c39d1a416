"""Génère l'échantillon embarqué d'ecarts (``data/sample/``), de façon déterministe.

    .venv/bin/python data/sample/generate.py [dossier]

Écrit dans ``dossier`` (par défaut, le dossier de ce script). Bibliothèque standard seulement ; relancer le
script redonne des fichiers identiques à l'octet (``tests/test_sample_regen.py`` le vérifie). Écrit :
- ``rome/unix_*_v460_utf8.csv``  extrait du ROME 4.0 (format open data de France Travail) ;
- ``rncp/export-fiches-rncp-v4-1-2026-11-16.xml``  extrait de l'export XML RNCP v4.1 ;
- ``offres/offres-2026-Wnn.json``  réponses de recherche de l'API Offres d'emploi v2 (semaines 1 à 14) et
  ``offres/offres-2026-W45-W46.jsonl``  les semaines 15 et 16, une offre par ligne ;
- ``truth.json``  la vérité plantée (rôle de chaque compétence, couverture attendue, parts hebdomadaires) ;
- ``README.md``  provenance, fichiers, effectifs et signaux plantés.

Le travail est réparti par sujet :
- ``_plan.py``    quelles offres existent, leur code ROME, leur semaine, leur employeur, les compétences et
  autres signaux plantés (employeur anonyme, partenaire, reprises) ;
- ``_render.py``  les fichiers ROME, RNCP et offres ;
- ``_truth.py``   ``truth.json`` ;
- ``_readme.py``  ``README.md`` ;
- ``_common.py``  constantes et générateurs aléatoires : une graine par offre (et par autre unité), tirée de la
  graine de base et d'une clé stable, si bien que modifier une offre ne rebat pas les autres.
Le contenu rédactionnel est dans ``_contenu_rome.py``, ``_contenu_rncp.py`` et ``_contenu_offres.py`` ; les
grilles d'écarts (``grilles/``) ont leur propre générateur.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.dont_write_bytecode = True  # no __pycache__ next to the sample

from _common import CR, CRO, HERE, write_text  # noqa: E402
from _plan import build_offers, check_plan_against_certifications, plan_reposts  # noqa: E402
from _readme import readme  # noqa: E402
from _render import render_all, write_offers, write_rncp, write_rome  # noqa: E402
from _truth import build_truth  # noqa: E402


def generate(out_dir: Path = HERE) -> dict:
    """Write the sample into ``out_dir``; return the truth."""
    out_dir = Path(out_dir)
    check_plan_against_certifications()
    fiche_items = write_rome(out_dir / "rome")
    write_rncp(out_dir / "rncp")
    per_code = build_offers()
    reposts = plan_reposts(per_code)
    render_all(per_code, reposts)
    all_offers = [o for code in CRO.ROME_ORDER for o in per_code[code]] + reposts
    for old in sorted((out_dir / "offres").glob("offres-*")):
        old.unlink()
    files = write_offers(out_dir / "offres", all_offers)
    truth = build_truth(per_code, reposts, files, fiche_items)
    write_text(out_dir / "truth.json", json.dumps(truth, ensure_ascii=False, indent=1) + "\n")
    rome_files = sorted(p.name for p in (out_dir / "rome").glob("*.csv"))
    write_text(out_dir / "README.md", readme(truth, files, rome_files))
    return truth


def main(argv: list[str]) -> None:
    if len(argv) > 1:
        sys.exit("usage : generate.py [dossier]")
    truth = generate(Path(argv[0]) if argv else HERE)
    print(
        f"{truth['totaux']['offres']} offres ({truth['totaux']['reprises']} reprises), "
        f"{len(truth['fichiers'])} fichiers d'offres, {len(CR.CERTIFICATIONS)} fiches RNCP."
    )


if __name__ == "__main__":
    main(sys.argv[1:])
