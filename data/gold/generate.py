"""Génère le jeu d'évaluation d'ecarts (``data/gold/``) à partir de son contenu annoté, de façon déterministe.

    .venv/bin/python data/gold/generate.py [dossier]

Écrit dans ``dossier`` (par défaut, le dossier de ce script). Bibliothèque standard seulement ; relancer le
script redonne des fichiers identiques à l'octet (``tests/test_sample_regen.py`` le vérifie). Lit les offres annotées (``_offres_*.py``, balisage décrit dans README.md)
et l'extrait ROME (``_rome_gold.py``) ; écrit :

- ``offres/gold-dev.json`` et ``offres/gold-test.json`` : réponses de recherche de l'API Offres d'emploi v2 ;
- ``annotations.jsonl`` : une ligne par offre, mentions (positions dans ``description``, concept) et
  passages standard (entreprise, avantages, conditions, legal) ;
- ``rome/unix_*_v461_utf8.csv`` : l'extrait ROME 4.0 au format des données ouvertes.

Vérifie le balisage (codes connus, pas de mention dans un passage standard, pas de balise orpheline) et
s'arrête avec un message sinon.

Le hasard (identifiant et date de création de chaque offre) n'est pas un flux unique : chaque offre annotée a
ses générateurs, tirés de la graine de base et de sa clé stable (``F1602-03`` : la troisième offre du code
F1602, dans l'ordre des fichiers ``_offres_*.py``) ; modifier ou ajouter une offre ne change pas les autres.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import random
import re
import string
import sys
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import _rome_gold as R  # noqa: E402

SECTORS = (
    "_offres_btp",
    "_offres_sante",
    "_offres_logistique",
    "_offres_info",
    "_offres_industrie",
    "_offres_commerce",
)
SEED = 20261116
ROME_VERSION = "v461"
FIRST_DAY = datetime(2026, 9, 7, 8, 0, 0)
BOILERPLATE_KINDS = ("entreprise", "avantages", "conditions", "legal")

# ville -> (libellé lieuTravail, code postal, code INSEE de la commune)
VILLES = {
    "villeurbanne": ("69 - VILLEURBANNE", "69100", "69266"),
    "lyon": ("69 - LYON 03", "69003", "69383"),
    "lille": ("59 - LILLE", "59000", "59350"),
    "roubaix": ("59 - ROUBAIX", "59100", "59512"),
    "rennes": ("35 - RENNES", "35000", "35238"),
    "brest": ("29 - BREST", "29200", "29019"),
    "paris11": ("75 - PARIS 11", "75011", "75111"),
    "paris15": ("75 - PARIS 15", "75015", "75115"),
    "nimes": ("30 - NIMES", "30000", "30189"),
    "montpellier": ("34 - MONTPELLIER", "34000", "34172"),
    "toulouse": ("31 - TOULOUSE", "31000", "31555"),
    "perpignan": ("66 - PERPIGNAN", "66000", "66136"),
    "strasbourg": ("67 - STRASBOURG", "67000", "67482"),
    "mulhouse": ("68 - MULHOUSE", "68100", "68224"),
    "metz": ("57 - METZ", "57000", "57463"),
    "nancy": ("54 - NANCY", "54000", "54395"),
    "reims": ("51 - REIMS", "51100", "51454"),
    "angers": ("49 - ANGERS", "49000", "49007"),
    "nantes": ("44 - NANTES", "44000", "44109"),
    "le_mans": ("72 - LE MANS", "72000", "72181"),
    "grenoble": ("38 - GRENOBLE", "38000", "38185"),
    "annecy": ("74 - ANNECY", "74000", "74010"),
    "saint_etienne": ("42 - ST ETIENNE", "42000", "42218"),
    "clermont": ("63 - CLERMONT FERRAND", "63000", "63113"),
    "valence": ("26 - VALENCE", "26000", "26362"),
    "amiens": ("80 - AMIENS", "80000", "80021"),
    "rouen": ("76 - ROUEN", "76000", "76540"),
    "caen": ("14 - CAEN", "14000", "14118"),
    "orleans": ("45 - ORLEANS", "45000", "45234"),
    "tours": ("37 - TOURS", "37000", "37261"),
    "dijon": ("21 - DIJON", "21000", "21231"),
}
CONTRATS = {
    "CDI": "Contrat à durée indéterminée",
    "CDD": "Contrat à durée déterminée - 6 Mois",
    "MIS": "Mission intérimaire - 3 Mois",
}
EXPERIENCES = {"D": "Débutant accepté", "S": "Expérience souhaitée de 1 An(s)", "E": "Expérience exigée de 2 An(s)"}

_MENTION = re.compile(r"\[\[(?P<text>[^\[\]|]+)\|(?P<concept>[^\[\]]+?)\]\]")
_BOILER = re.compile(r"\{\{(?P<kind>[a-z]+)\|(?P<text>.*?)\}\}", re.DOTALL)


class MarkupError(ValueError):
    pass


def parse(marked: str, known: set[str], where: str) -> tuple[str, list[dict], list[dict]]:
    """Plain text, mentions and boilerplate spans of an annotated text."""
    out: list[str] = []
    mentions: list[dict] = []
    boiler: list[dict] = []
    pos = 0
    length = 0
    # Tokens: boilerplate blocks and mentions, in order of appearance.
    tokens = sorted(
        [(m.start(), m.end(), "b", m) for m in _BOILER.finditer(marked)]
        + [(m.start(), m.end(), "m", m) for m in _MENTION.finditer(marked)],
        key=lambda t: t[0],
    )
    last_end = 0
    for start, end, kind, match in tokens:
        if start < last_end:
            raise MarkupError(f"{where} : mention dans un passage standard : {match.group(0)[:60]!r}")
        chunk = marked[pos:start]
        out.append(chunk)
        length += len(chunk)
        if kind == "b":
            if match.group("kind") not in BOILERPLATE_KINDS:
                raise MarkupError(f"{where} : nature de passage inconnue {match.group('kind')!r}")
            text = match.group("text")
            boiler.append({"start": length, "end": length + len(text), "kind": match.group("kind")})
        else:
            text, concept = match.group("text"), match.group("concept").strip()
            if concept.startswith("new:"):
                if not concept[4:].strip():
                    raise MarkupError(f"{where} : concept nouveau sans libellé : {match.group(0)!r}")
            elif concept not in known:
                raise MarkupError(f"{where} : code ROME inconnu {concept} dans {match.group(0)!r}")
            if text != text.strip():
                raise MarkupError(f"{where} : espaces en bord de mention {text!r}")
            mentions.append({"start": length, "end": length + len(text), "text": text, "concept": concept})
        out.append(text)
        length += len(text)
        pos = last_end = end
    out.append(marked[pos:])
    plain = "".join(out)
    for stray in ("[[", "]]", "{{", "}}"):
        if stray in plain:
            raise MarkupError(
                f"{where} : balise orpheline {stray!r} près de "
                f"{plain[max(0, plain.index(stray) - 40) : plain.index(stray) + 20]!r}"
            )
    if plain != plain.strip():
        raise MarkupError(f"{where} : la description commence ou finit par des blancs")
    for m in mentions:
        assert plain[m["start"] : m["end"]] == m["text"]
    return plain, mentions, boiler


def load_offers() -> list[dict]:
    offers = []
    for name in SECTORS:
        module = __import__(name)
        offers.extend(module.OFFRES)
    return offers


def known_codes() -> set[str]:
    codes = set(R.SHARED) | set(R.DISTRACTORS)
    for items in R.ITEMS.values():
        codes.update(items)
    return codes


def rng_for(*key: object) -> random.Random:
    """The random stream of one unit: the base seed and a stable key (« id:F1602-03 »); a string seed is
    hashed with SHA-512, the same on every platform."""
    return random.Random(f"{SEED}:" + ":".join(str(k) for k in key))


def offer_id_for(key: str, seen: set[str]) -> str:
    """The offer's id, from its own stream; an id already given (offers in file order) is drawn again."""
    rng = rng_for("id", key)
    while True:
        candidate = f"{rng.randint(170, 189)}{''.join(rng.choices(string.ascii_uppercase, k=4))}"
        if candidate not in seen:
            seen.add(candidate)
            return candidate


def build() -> tuple[dict[str, list[dict]], list[dict]]:
    known = known_codes()
    raw = load_offers()
    seen: set[str] = set()
    per_code: Counter = Counter()
    files: dict[str, list[dict]] = {"dev": [], "test": []}
    annotations: list[dict] = []
    for index, spec in enumerate(raw):
        where = f"offre n° {index + 1} ({spec['rome']}, {spec['titre']})"
        plain, mentions, boiler = parse(spec["texte"], known, where)
        split = "dev" if per_code[spec["rome"]] % 2 == 0 else "test"
        per_code[spec["rome"]] += 1
        key = f"{spec['rome']}-{per_code[spec['rome']]:02d}"
        offer_id = offer_id_for(key, seen)
        dates = rng_for("date", key)
        created = FIRST_DAY + timedelta(days=dates.randint(0, 69), minutes=dates.randint(0, 600))
        libelle, postal, commune = VILLES[spec["ville"]]
        fiche = R.FICHES[spec["rome"]]
        company = {"entrepriseAdaptee": False}
        if spec.get("employeur"):
            company["nom"] = spec["employeur"]
        if spec.get("entreprise"):
            company["description"] = spec["entreprise"]
        offer = {
            "id": offer_id,
            "intitule": spec["titre"],
            "description": plain,
            "dateCreation": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "dateActualisation": (created + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "lieuTravail": {"libelle": libelle, "codePostal": postal, "commune": commune},
            "romeCode": spec["rome"],
            "romeLibelle": fiche[2],
            "appellationlibelle": spec["appellation"],
            "entreprise": company,
            "typeContrat": spec["contrat"],
            "typeContratLibelle": CONTRATS[spec["contrat"]],
            "natureContrat": "Contrat apprentissage" if "alternance" in spec["titre"].lower() else "Contrat travail",
            "experienceExige": spec["exp"],
            "experienceLibelle": EXPERIENCES[spec["exp"]],
            "competences": [],
            "qualitesProfessionnelles": [],
            "nombrePostes": 1,
            "origineOffre": {
                "origine": "1",
                "urlOrigine": f"https://candidat.francetravail.fr/offres/recherche/detail/{offer_id}",
            },
        }
        files[split].append(offer)
        annotations.append(
            {
                "offer_id": offer_id,
                "split": split,
                "rome_code": spec["rome"],
                "description_sha1": hashlib.sha1(plain.encode("utf-8")).hexdigest(),
                "mentions": mentions,
                "boilerplate": boiler,
            }
        )
    return files, annotations


def _csv(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\n")
    writer.writerows(rows)
    return buffer.getvalue()


def rome_files() -> dict[str, str]:
    v = ROME_VERSION
    codes = [
        [
            "code_rome",
            "code_fiche_metier",
            "code_ogr",
            "libelle_rome",
            "transition_eco",
            "transition_num",
            "transition_demo",
            "emploi_reglemente",
            "emploi_cadre",
            "code_rome_parent",
        ]
    ]
    appellations = [
        [
            "code_ogr",
            "libelle_appellation_long",
            "libelle_appellation_court",
            "code_rome",
            "transition_eco",
            "transition_num",
            "transition_demo",
            "emploi_reglemente",
            "emploi_cadre",
            "classification",
            "origine",
            "code_rome_parent",
            "peu_usite",
        ]
    ]
    competences = [
        [
            "code_ogr",
            "nature",
            "libelle_competence",
            "definition",
            "code_ogr_macro_comp",
            "code_macro_comp",
            "cat_comp",
            "sous_cat_comp",
            "transition_eco",
            "transition_num",
            "libelle_heterogeneite",
            "libelle_origine",
        ]
    ]
    savoirs = [
        [
            "code_ogr_savoir",
            "libelle_savoir",
            "categorie_savoir",
            "sous_categorie_savoir",
            "transition_eco",
            "transition_num",
        ]
    ]
    links = [["code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"]]
    coherence = [["code_rome", "code_ogr", "coeur_metier"]]
    rubrique = {R.SF: "1", R.SE: "2", R.SV: "3"}
    all_items = {**{c: it for items in R.ITEMS.values() for c, it in items.items()}, **R.SHARED, **R.DISTRACTORS}
    for n, (code_rome, (fiche_metier, ogr, label, eco, num, names)) in enumerate(R.FICHES.items()):
        emploi_cadre = "O" if code_rome in ("M1801", "M1203") else "N"
        codes.append([code_rome, fiche_metier, ogr, label, eco, num, "N", "N", emploi_cadre, code_rome])
        for k, name in enumerate(names):
            short = name if len(name) <= 60 else name[:60]
            appellations.append(
                [
                    f"86{n:02d}{k:02d}",
                    name,
                    short,
                    code_rome,
                    eco,
                    num,
                    "",
                    "",
                    "",
                    "PRINCIPALE" if k == 0 else "SYNONYME",
                    "",
                    code_rome,
                    "N",
                ]
            )
        linked = list(R.ITEMS[code_rome]) + [c for c in R.SHARED if R.SHARED[c][0] == R.SE] + R.SHARED_LINKS[code_rome]
        for code in dict.fromkeys(linked):
            nature = all_items[code][0]
            links.append([code_rome, "5", rubrique[nature], code])
            coherence.append([code_rome, code, "Principale" if code in R.ITEMS[code_rome] else ""])
    for code, (nature, label, definition) in sorted(all_items.items()):
        if nature == R.SV:
            category = (
                "Langues"
                if code in ("830001", "830002", "830003", "830004", "830020")
                else (
                    "Permis et habilitations"
                    if re.search(
                        r"Permis|CACES|Habilitation|FIMO|Attestation|Qualification|"
                        r"ADR|SST|AFGSU",
                        label,
                    )
                    else "Domaines d'expertise"
                )
            )
            savoirs.append([code, label, category, "", "", ""])
        else:
            category = "Compétence technique" if nature == R.SF else "Savoir-être professionnel"
            competences.append(
                [code, nature, label, definition, f"84{code[2:4]}00", f"MC-{code[2:4]}", category, "", "", "", "", ""]
            )
    return {
        f"unix_referentiel_code_rome_{v}_utf8.csv": _csv(codes),
        f"unix_referentiel_appellation_{v}_utf8.csv": _csv(appellations),
        f"unix_referentiel_competence_{v}_utf8.csv": _csv(competences),
        f"unix_referentiel_savoir_{v}_utf8.csv": _csv(savoirs),
        f"unix_liens_rome_referentiels_{v}_utf8.csv": _csv(links),
        f"unix_coherence_item_{v}_utf8.csv": _csv(coherence),
    }


def write(out_dir: Path = HERE) -> tuple[dict[str, list[dict]], list[dict]]:
    """Write the gold set into ``out_dir``; raises MarkupError on a markup error."""
    out_dir = Path(out_dir)
    files, annotations = build()
    (out_dir / "offres").mkdir(parents=True, exist_ok=True)
    (out_dir / "rome").mkdir(parents=True, exist_ok=True)
    for split, offers in files.items():
        doc = {"resultats": offers, "filtresPossibles": []}
        (out_dir / "offres" / f"gold-{split}.json").write_text(
            json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8", newline="\n"
        )
    with (out_dir / "annotations.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        for row in annotations:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    for name, text in rome_files().items():
        (out_dir / "rome" / name).write_text(text, encoding="utf-8", newline="\n")
    return files, annotations


def main(argv: list[str]) -> None:
    if len(argv) > 1:
        sys.exit("usage : generate.py [dossier]")
    try:
        files, annotations = write(Path(argv[0]) if argv else HERE)
    except MarkupError as exc:
        sys.exit(f"erreur de balisage : {exc}")
    mentions = [m for a in annotations for m in a["mentions"]]
    new = [m for m in mentions if m["concept"].startswith("new:")]
    print(
        f"offres : {len(annotations)} (dev {len(files['dev'])}, test {len(files['test'])}) ; "
        f"mentions : {len(mentions)} dont {len(new)} nouveaux concepts "
        f"({len({m['concept'] for m in new})} distincts) ; codes ROME : {len({a['rome_code'] for a in annotations})}"
    )
    for split in ("dev", "test"):
        ms = [m for a in annotations if a["split"] == split for m in a["mentions"]]
        print(f"  {split} : {len(ms)} mentions, {sum(m['concept'].startswith('new:') for m in ms)} nouvelles")


if __name__ == "__main__":
    main(sys.argv[1:])
