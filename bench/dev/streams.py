"""Synthetic weekly offer streams with planted signals, written straight into the warehouse schema.

Per ROME code of a region, over ``weeks`` weeks with about ``per_week`` offers a week:

- stated skills (a block of the code's certification states them), asked by 30–50 % of the offers;
- a steady uncovered skill at 30 %, and two more uncovered skills at 15–25 %, asked independently;
- a rising uncovered skill: 3 % of the offers in week 1 to 50 % in the last week (weekly quotas spread by
  error diffusion, like the bundled sample);
- a skill asked by one employer only, in most of its offers;
- a group of three related uncovered skills asked together (a "new block" candidate), for the codes that
  have one;
- a skill asked in every ROME code (transversal);
- reposted offers (the same text under a new id, a copy through a partner, one word changed).

The texts are in the fictional trades of ``coverage_cases.json`` (none of the bundled sample's). ``truth``
tells what was planted. Used by the tests (planted signals), by ``bench.dev.calibrate`` (grouping and
de-duplication thresholds) and by ``bench/trend_power.py``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from ecarts.warehouse.db import Warehouse

__all__ = [
    "Trade",
    "TRADES",
    "TRANSVERSAL",
    "Stream",
    "planted_stream",
    "write_stream",
    "error_diffusion",
    "rising_series",
    "steady_series",
]


@dataclass(frozen=True)
class Trade:
    rome_code: str
    rome_label: str
    rncp_code: str
    blocks: dict[str, tuple[str, ...]]
    stated: tuple[str, ...]  # asked skills that a block states
    steady: str  # uncovered, 30 %
    others: tuple[str, ...]  # uncovered, 15-25 %
    rising: str  # uncovered, 3 % -> 50 %
    singular: str  # one employer only
    group: tuple[str, ...] = ()  # related uncovered skills asked together


TRANSVERSAL = "Utiliser les outils numériques collaboratifs"

TRADES = (
    Trade(
        "F1602",
        "Électricien / Électricienne du bâtiment",
        "DEV00201",
        {
            "DEV00201BC01": (
                "Réaliser le câblage d'un tableau électrique de distribution",
                "Poser les conduits, les chemins de câbles et les appareillages",
            ),
            "DEV00201BC02": (
                "Diagnostiquer une panne sur une installation électrique",
                "Réaliser les essais avant la mise sous tension",
            ),
        },
        ("Câbler un tableau électrique", "Poser des chemins de câbles", "Dépanner une installation électrique"),
        "Lire un plan d'architecte",
        ("Conduire une nacelle élévatrice", "Chiffrer un devis de travaux"),
        "Installer une borne de recharge pour véhicule électrique",
        "Câbler une armoire de signalisation ferroviaire",
        (
            "Installer des panneaux photovoltaïques",
            "Raccorder un onduleur photovoltaïque",
            "Mettre en service une batterie de stockage d'énergie",
        ),
    ),
    Trade(
        "G1602",
        "Cuisinier / Cuisinière",
        "DEV00202",
        {
            "DEV00202BC01": ("Réaliser la cuisson des viandes, des poissons et des légumes", "Dresser les assiettes"),
            "DEV00202BC02": (
                "Appliquer les règles d'hygiène alimentaire selon la méthode HACCP",
                "Réceptionner et stocker les denrées alimentaires",
            ),
        },
        ("Cuire des viandes et des poissons", "Dresser les assiettes", "Appliquer la méthode HACCP"),
        "Encadrer un commis de cuisine",
        ("Utiliser un four mixte programmable", "Élaborer une carte de saison"),
        "Préparer des plats végétariens",
        "Préparer des sushis",
        (),
    ),
    Trade(
        "M1203",
        "Comptable",
        "DEV00203",
        {
            "DEV00203BC01": (
                "Comptabiliser les opérations courantes (achats, ventes, banque)",
                "Réaliser les rapprochements bancaires",
            ),
            "DEV00203BC02": ("Établir les déclarations de TVA", "Établir les bulletins de paie"),
        },
        ("Effectuer les rapprochements bancaires", "Déclarer la TVA", "Établir la paie"),
        "Analyser un bilan financier",
        ("Consolider les comptes d'un groupe", "Tableur Excel avancé"),
        "Gérer la facturation électronique",
        "Comptabilité des exploitations viticoles",
        (
            "Dématérialiser les pièces comptables",
            "Paramétrer un outil de rapprochement automatique",
            "Automatiser la saisie des factures fournisseurs",
        ),
    ),
    Trade(
        "I1604",
        "Mécanicien / Mécanicienne automobile",
        "DEV00204",
        {
            "DEV00204BC01": (
                "Réaliser la vidange et le remplacement des filtres",
                "Remplacer les plaquettes et les disques de frein",
            ),
            "DEV00204BC02": (
                "Diagnostiquer un dysfonctionnement du moteur thermique",
                "Accueillir le client et lui restituer le véhicule",
            ),
        },
        ("Effectuer les vidanges", "Changer les plaquettes de frein", "Diagnostiquer une panne moteur"),
        "Remplacer une courroie de distribution",
        ("Établir un devis de réparation", "Monter des pneumatiques"),
        "Calibrer les aides à la conduite",
        "Restaurer des véhicules de collection",
        (
            "Diagnostiquer un véhicule électrique",
            "Remplacer une batterie de traction haute tension",
            "Intervenir sous habilitation électrique véhicules",
        ),
    ),
)

_EMPLOYER_WORDS = (
    "Atlantique",
    "Garonne",
    "Adour",
    "Charente",
    "Vienne",
    "Dordogne",
    "Landes",
    "Béarn",
    "Gironde",
    "Limousin",
    "Creuse",
    "Corrèze",
)
_PERKS = (
    "mutuelle prise en charge à 60 %, tickets restaurant et véhicule de service",
    "treizième mois, intéressement et formation continue",
    "horaires réguliers, chèques cadeaux et comité social et économique",
)


@dataclass
class Stream:
    region: str
    weeks: int
    offers: list[dict] = field(default_factory=list)
    offer_skills: list[dict] = field(default_factory=list)
    truth: dict[str, Any] = field(default_factory=dict)


def skill_id(label: str) -> str:
    from ecarts.text import slugify

    return "dev:" + slugify(label)


def error_diffusion(shares: list[float], totals: list[int]) -> list[int]:
    """Weekly counts whose running sum follows the running sum of share × total (no sampling noise)."""
    out, carry = [], 0.0
    for p, n in zip(shares, totals):
        want = p * n + carry
        k = max(0, min(n, int(round(want))))
        carry = want - k
        out.append(k)
    return out


_CONTRACTS = (
    "CDI",
    "CDD de 6 mois",
    "CDD de 12 mois",
    "intérim de 3 mois",
    "CDI à temps partiel",
    "contrat d'apprentissage",
)
_CITIES = (
    "Bordeaux",
    "Mérignac",
    "Pessac",
    "Libourne",
    "Arcachon",
    "Mont-de-Marsan",
    "Dax",
    "Pau",
    "Bayonne",
    "Agen",
    "Périgueux",
    "Angoulême",
    "Niort",
    "Poitiers",
    "La Rochelle",
    "Limoges",
)
_LEADS = (
    "Vos missions :",
    "Au quotidien, vous serez chargé(e) de :",
    "Le poste :",
    "Ce que vous ferez :",
    "Vos responsabilités :",
)
_PHRASES = (
    "- {}",
    "- {} au sein de l'équipe",
    "- {} pour nos clients",
    "- Vous savez {}",
    "- {} en autonomie",
    "- {} selon les consignes",
)
_PROFILES = (
    "Vous justifiez d'une première expérience réussie sur un poste similaire.",
    "Débutant(e) accepté(e) si vous êtes motivé(e) et curieux(se).",
    "Vous avez au moins trois ans d'expérience dans le métier.",
    "Un diplôme de niveau 4 ou 5 dans le domaine est souhaité.",
    "Permis B indispensable pour les déplacements chez nos clients.",
)


def _weekly_offers(rng: random.Random, per_week: int, weeks: int) -> list[int]:
    return [max(1, per_week + rng.randint(-1, 1) * max(1, per_week // 4)) for _ in range(weeks)]


def rising_series(rng: random.Random, per_week: int, quotas: bool, weeks: int = 16):
    """A skill rising from 3 % to 50 % of the offers over ``weeks`` weeks: weekly quotas (the share realised
    exactly, as in the bundled sample) or independent draws (binomial noise on top)."""
    from ecarts.analysis.trend import WeeklySeries

    n = _weekly_offers(rng, per_week, weeks)
    shares = [0.03 + 0.47 * w / max(1, weeks - 1) for w in range(weeks)]
    asking = (
        error_diffusion(shares, n) if quotas else [sum(rng.random() < p for _ in range(k)) for p, k in zip(shares, n)]
    )
    return WeeklySeries(asking, n)


def steady_series(rng: random.Random, per_week: int, share: float, weeks: int = 16):
    """A skill asked by ``share`` of the offers every week (independent draws)."""
    from ecarts.analysis.trend import WeeklySeries

    n = _weekly_offers(rng, per_week, weeks)
    return WeeklySeries([sum(rng.random() < share for _ in range(k)) for k in n], n)


def _text(trade: Trade, employer: str, perks: str, asked: list[str], rng: random.Random) -> str:
    """An offer text: the employer's presentation and perks, and what varies from one offer to another."""
    lines = [rng.choice(_PHRASES).format(label) for label in asked] or [
        "- Missions variées selon les chantiers et les clients"
    ]
    rng.shuffle(lines)
    return (
        f"{employer}, entreprise de {rng.choice((12, 25, 40, 80))} salariés, recrute un(e) "
        f"{trade.rome_label.split(' /')[0].lower()} en {rng.choice(_CONTRACTS)} à "
        f"{rng.choice(_CITIES)}, poste à pourvoir {rng.choice(('dès que possible', 'en septembre', 'en janvier', 'sous un mois'))}."
        f"\n\n{rng.choice(_LEADS)}\n"
        + "\n".join(lines)
        + f"\n\nVotre profil : {rng.choice(_PROFILES)} Rémunération : {rng.randint(22, 34)} à "
        f"{rng.randint(35, 42)} k€ brut annuel selon expérience, {rng.choice(('35 h', '37 h', '39 h'))} par semaine."
        f"\n\nAvantages : {perks}."
    )


def planted_stream(
    seed: int = 1,
    region: str = "75",
    weeks: int = 16,
    per_week: int = 6,
    trades: tuple[Trade, ...] = TRADES,
    start: datetime = datetime(2026, 1, 5),
    repost_rate: float = 0.05,
    n_employers: int = 10,
) -> Stream:
    """A stream of offers for ``region`` (rows for ``offers`` and ``offer_skills``) and its truth."""
    rng = random.Random(f"{seed}-{region}")
    stream = Stream(region, weeks)
    stream.truth = {
        "rising": {},
        "steady": {},
        "singular": {},
        "stated": {},
        "groups": {},
        "duplicates": {},
        "transversal": skill_id(TRANSVERSAL),
    }
    counter = 0
    for trade in trades:
        employers = [
            f"{rng.choice(('SARL', 'SAS', 'Ets'))} {w} {trade.rome_code}"
            for w in rng.sample(_EMPLOYER_WORDS, n_employers)
        ]
        perks = {e: rng.choice(_PERKS) for e in employers}
        totals = [max(1, per_week + rng.randint(-1, 1)) for _ in range(weeks)]
        rising = error_diffusion([0.03 + 0.47 * w / max(1, weeks - 1) for w in range(weeks)], totals)
        lone = employers[0]
        offers: list[tuple[int, str, datetime]] = []
        for week, n in enumerate(totals):
            for _ in range(n):
                day = start + timedelta(weeks=week, days=rng.randint(0, 4), hours=rng.randint(7, 17))
                offers.append((week, rng.choice(employers), day))
        asked: dict[int, list[str]] = {i: [] for i in range(len(offers))}
        by_week: dict[int, list[int]] = {}
        for i, (week, _, _) in enumerate(offers):
            by_week.setdefault(week, []).append(i)
        for week, members in by_week.items():
            for i in rng.sample(members, rising[week]):
                asked[i].append(trade.rising)
        for i, (_, employer, _) in enumerate(offers):
            for label, share in zip(trade.stated, (0.5, 0.4, 0.3)):
                if rng.random() < share:
                    asked[i].append(label)
            if rng.random() < 0.3:
                asked[i].append(trade.steady)
            for label, share in zip(trade.others, (0.25, 0.15)):
                if rng.random() < share:
                    asked[i].append(label)
            if trade.group and rng.random() < 0.25:
                asked[i].extend(label for label in trade.group if rng.random() < 0.85)
            if rng.random() < 0.4:
                asked[i].append(TRANSVERSAL)
            if employer == lone and rng.random() < 0.8:
                asked[i].append(trade.singular)
        for i, (_week, employer, day) in enumerate(offers):
            counter += 1
            oid = f"{region}{trade.rome_code}{counter:05d}"
            text = _text(trade, employer, perks[employer], asked[i], rng)
            _add(stream, oid, region, trade, employer, day, text, asked[i], origin="1")
            if rng.random() < repost_rate:
                kind = rng.choice(("identique", "partenaire", "modifiee"))
                copy = text if kind != "modifiee" else text.replace("recrute", "embauche", 1)
                later = day + timedelta(days=rng.randint(3, 20))
                _add(
                    stream,
                    oid + "R",
                    region,
                    trade,
                    employer,
                    later,
                    copy,
                    asked[i],
                    origin="2" if kind == "partenaire" else "1",
                )
                stream.truth["duplicates"][oid + "R"] = oid
        t = stream.truth
        t["rising"][trade.rome_code] = skill_id(trade.rising)
        t["steady"][trade.rome_code] = skill_id(trade.steady)
        t["singular"][trade.rome_code] = skill_id(trade.singular)
        t["stated"][trade.rome_code] = [skill_id(s) for s in trade.stated]
        if trade.group:
            t["groups"][trade.rome_code] = [skill_id(s) for s in trade.group]
    return stream


def _add(
    stream: Stream,
    oid: str,
    region: str,
    trade: Trade,
    employer: str,
    day: datetime,
    text: str,
    asked: list[str],
    origin: str,
) -> None:
    stream.offers.append(
        {
            "offer_id": oid,
            "source": "synthetique",
            "title": trade.rome_label,
            "description": text,
            "rome_code": trade.rome_code,
            "rome_label": trade.rome_label,
            "employer": employer,
            "departement": "33",
            "region": region,
            "created_at": day,
            "origin": origin,
        }
    )
    for label in dict.fromkeys(asked):
        stream.offer_skills.append(
            {
                "offer_id": oid,
                "skill_id": skill_id(label),
                "mention": label,
                "origin": "coded",
                "score": 1.0,
                "sentence": None,
            }
        )


def write_stream(wh: Warehouse, streams: list[Stream], trades: tuple[Trade, ...] = TRADES) -> None:
    """Referential rows for ``trades`` and the streams' offers and skills, inserted into the warehouse."""
    labels: dict[str, str] = {}
    for trade in trades:
        for label in (
            *trade.stated,
            trade.steady,
            *trade.others,
            trade.rising,
            trade.singular,
            *trade.group,
            TRANSVERSAL,
        ):
            labels[skill_id(label)] = label
        wh.upsert("rome_occupations", [{"rome_code": trade.rome_code, "label": trade.rome_label}])
        wh.upsert(
            "certifications",
            [
                {
                    "rncp_code": trade.rncp_code,
                    "title": f"Titre {trade.rome_label}",
                    "level": "NIV4",
                    "active": True,
                    "source": "synthetique",
                }
            ],
        )
        wh.upsert("certification_rome", [{"rncp_code": trade.rncp_code, "rome_code": trade.rome_code}])
        position = 0
        rows = []
        for block, texts in trade.blocks.items():
            for text in texts:
                position += 1
                rows.append(
                    {
                        "rncp_code": trade.rncp_code,
                        "section": "bloc",
                        "block_code": block,
                        "position": position,
                        "statement": text,
                    }
                )
        wh.upsert("certification_statements", rows)
    wh.upsert(
        "skills",
        [{"skill_id": k, "label": v, "rome_ogr_code": None, "kind": "savoir_faire"} for k, v in labels.items()],
    )
    for stream in streams:
        wh.insert("offers", stream.offers)
        wh.insert("offer_skills", stream.offer_skills)
