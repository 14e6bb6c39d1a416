"""A national-scale synthetic corpus for ``bench/scale.py``: referentials and France Travail offers.

    .venv/bin/python bench/scale_corpus.py --offers 10000 --seed 12 --out /tmp/corpus

Referentials: the ROME 4.0 excerpts the repository ships (``data/sample``, ``data/gold``,
``data/eval/*/*``) merged into one folder (as ``bench/gap_eval.py`` does), and the RNCP XML v4.1 files
copied next to it. Offers are written for every fiche that has savoir-faire items (certified or not).

Offers: France Travail « Offres d'emploi v2 » JSON, one file a week over 26 weeks (JSON Lines and search
answers in turn), written as they are made (memory stays flat). Each offer's description is composed from
word-level pieces: the fiche's skill labels in varied sentence frames and complements, the employer's
presentation (the same for all offers of a named employer, as on real boards), benefits, pay, contract,
a personal contact line (which the pipeline must scrub); some offers are reposts of a recent one. The
share of sentences already seen in an earlier offer is measured while writing (target: ≤ 30 %).
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gap_eval import merge_rome  # noqa: E402

ROME_SOURCES = [ROOT / "data" / "sample" / "rome", ROOT / "data" / "gold" / "rome"] + sorted(
    (ROOT / "data" / "eval").glob("*/*/rome")
)
RNCP_SOURCES = sorted((ROOT / "data" / "sample" / "rncp").glob("*.xml")) + sorted(
    (ROOT / "data" / "eval").glob("*/*/rncp/*.xml")
)
WEEKS = 26
FIRST_MONDAY = date(2026, 5, 25)
REPOST_SHARE = 0.04
ANONYMOUS_SHARE = 0.25
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


# Word-level pieces. Frames take a skill phrase (``{s}``, an infinitive clause from the ROME label).
# fmt: off
FRAMES = [
    "Vous serez chargé(e) de {s}", "Vos missions : {s}", "Au quotidien, vous devrez {s}", "Il vous faudra {s}",
    "Vous aurez pour rôle de {s}", "Votre poste consiste à {s}", "Vous savez {s}", "Vous êtes capable de {s}",
    "Nous attendons de vous que vous sachiez {s}", "- {s}", "Vous intervenez pour {s}", "Le poste implique de {s}",
    "Une première expérience pour {s} est appréciée", "Savoir {s} est indispensable", "Vous serez amené(e) à {s}",
    "Votre responsable comptera sur vous pour {s}", "Vous participerez à la mission suivante : {s}",
    "Vous devrez notamment {s}", "On vous confiera le soin de {s}", "Vous apprendrez vite à {s}",
    "Votre quotidien : {s}", "Vous aimez {s}", "Vous serez en charge de {s}", "Principale mission : {s}",
]
MODIFIERS = [
    " en autonomie", " dans le respect des consignes de sécurité", " selon le planning établi",
    " sous la responsabilité de votre chef d'équipe", " en lien avec les autres services",
    " pour une clientèle de particuliers", " pour des clients professionnels", " sur plusieurs sites", " avec rigueur",
    " dès votre arrivée", " après une période de formation interne", " conformément aux procédures de l'entreprise",
    " en binôme les premières semaines", " dans un environnement exigeant", " avec le souci de la qualité",
    " au sein d'une équipe soudée", " en respectant les délais", " sur des sites variés", " en toute sécurité",
    " selon les normes en vigueur", " avec le matériel fourni", " en fonction des priorités du jour",
]
SAVOIR_FRAMES = [
    "Connaissances appréciées : {s}", "Vous connaissez : {s}", "Maîtrise souhaitée de {s}",
    "La connaissance de {s} serait un plus", "Des notions en {s} sont attendues", "Vous êtes à l'aise avec {s}",
]
REASONS = [
    "Dans le cadre de notre développement, nous recrutons un(e) {t}.",
    "Pour un remplacement, nous cherchons un(e) {t}.",
    "Afin de renforcer notre équipe, nous recrutons un(e) {t}.",
    "Nous recherchons un(e) {t} motivé(e).",
    "Suite à un départ en retraite, nous recrutons un(e) {t}.",
    "Pour faire face à un surcroît d'activité, poste de {t} à pourvoir.",
    "Rejoignez-nous en tant que {t} !",
    "Vous êtes {t} et cherchez un nouveau défi ?",
]
HEADINGS = (["VOS MISSIONS :", "Missions :", "Ce que vous ferez :", "Le poste :"], ["PROFIL :", "Votre profil :", "Profil :"])
DIPLOMAS = ["CAP", "BEP", "Bac pro", "BTS", "Titre professionnel", "Diplôme de niveau 3", "Diplôme de niveau 4"]
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
_ADJECTIVES = ("familial", "indépendant", "régional", "reconnu", "spécialisé", " en croissance", " de proximité")
COMPANY_KINDS = [  # (kind, adjective agreed with it)
    (k, a if a.startswith(" ") or k.startswith("un ") else a + "e")
    for k in ("une entreprise", "une PME", "un groupe", "une société", "une association", "un cabinet")
    for a in _ADJECTIVES
]
CLIENTS = [
    "des particuliers", "des collectivités", "des entreprises locales", "des bailleurs sociaux", "des industriels",
    "des établissements de santé", "une clientèle fidèle", "des commerces de proximité", "des syndics",
]
NAME_PARTS = [("", ""), ("Ets ", ""), ("Groupe ", ""), ("", " & Fils"), ("", " Services"), ("Atelier ", ""), ("", " SAS")]
LAST_NAMES = (
    "Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia "
    "David Bertrand Roux Vincent Fournier Morel Girard Andre Lefevre Mercier Dupont Lambert Bonnet Francois Martinez "
    "Legrand Garnier Faure Rousseau Blanc Guerin Muller Henry Roussel Nicolas Perrin Morin Mathieu Clement Gauthier "
    "Dumont Lopez Fontaine Chevalier Robin Masson Sanchez Gerard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger"
).split()
FIRST_NAMES = (
    "Camille Léa Manon Chloé Inès Sarah Julie Emma Claire Sophie Nadia Aïcha Lucas Hugo Louis Nathan Thomas Karim "
    "Julien Nicolas Mehdi Antoine Pierre Yanis Paul Olivier Sébastien Laurent Marie Anne Isabelle Sylvie"
).split()
BENEFITS = [
    "mutuelle d'entreprise", "tickets restaurant", "13e mois", "prime d'intéressement", "véhicule de service",
    "formation continue", "chèques vacances", "prime de panier", "participation aux transports", "RTT",
    "comité d'entreprise", "prime annuelle sur objectifs", "horaires aménageables", "télétravail partiel",
    "tenue de travail fournie", "outillage fourni", "primes de déplacement", "parcours d'intégration",
]
CONTRACTS = [
    ("CDI", "CDI à temps plein"), ("CDD", "CDD de 6 mois"), ("MIS", "Mission intérimaire"),
    ("CDI", "Contrat à durée indéterminée"), ("ALT", "Contrat d'apprentissage"),
]
SCHEDULES = [
    f"{h} heures par semaine{w}"
    for h in (24, 28, 30, 35, 37, 39)
    for w in ("", " du lundi au vendredi", " en journée", " en horaires décalés", " avec un samedi sur deux")
]
APPLY = [
    "Envoyez votre CV à {m}.", "Candidature par courriel à {p} : {m}.", "Contactez {p} au {t}.",
    "Pour postuler, appelez {p} au {t} ou écrivez à {m}.", "Votre interlocutrice : {p} ({m}).",
    "Renseignements auprès de {p}, {t}.",
]
PLACES = [  # département, commune, postal code, INSEE code: 20 communes in 9 regions
    ("33", "BORDEAUX", "33000", "33063"), ("33", "MERIGNAC", "33700", "33281"), ("87", "LIMOGES", "87000", "87085"),
    ("64", "PAU", "64000", "64445"), ("69", "LYON", "69003", "69123"), ("38", "GRENOBLE", "38000", "38185"),
    ("63", "CLERMONT-FERRAND", "63000", "63113"), ("75", "PARIS", "75011", "75056"),
    ("92", "NANTERRE", "92000", "92050"), ("93", "SAINT-DENIS", "93200", "93066"), ("35", "RENNES", "35000", "35238"),
    ("29", "BREST", "29200", "29019"), ("31", "TOULOUSE", "31000", "31555"), ("34", "MONTPELLIER", "34000", "34172"),
    ("59", "LILLE", "59000", "59350"), ("80", "AMIENS", "80000", "80021"), ("44", "NANTES", "44000", "44109"),
    ("49", "ANGERS", "49000", "49007"), ("67", "STRASBOURG", "67000", "67482"), ("13", "MARSEILLE", "13001", "13055"),
]
# fmt: on
_ELISION = re.compile(r"\b(de|que) (?=[aeiouyhéèêâîôûœ])", re.IGNORECASE)


def elide(text: str) -> str:
    """« de établir » → « d'établir », « que il » → « qu'il »."""
    return _ELISION.sub(lambda m: m.group(1)[:-1] + "'", text)


def lower_first(text: str) -> str:
    """A label inside a sentence: first letter lowered unless the word is an acronym (« CACES », « HACCP »)."""
    word = text.split(" ", 1)[0]
    return text if len(word) > 1 and word[:2].isupper() else text[:1].lower() + text[1:]


@dataclass(frozen=True)
class Fiche:
    code: str
    label: str
    skills: list[tuple[str, str]]
    savoirs: list[str]
    qualities: list[str]
    appellations: list[str]
    certified: bool


@dataclass
class Repetition:
    """Sentences seen before, counted on hashes (one int a distinct sentence: ~70 bytes)."""

    seen: set[int] = field(default_factory=set)
    total: int = 0
    repeated: int = 0

    def add(self, text: str) -> None:
        for sentence in _SENTENCE_END.split(text):
            key = " ".join(sentence.casefold().split())
            if not key:
                continue
            self.total += 1
            h = hash(key)
            if h in self.seen:
                self.repeated += 1
            else:
                self.seen.add(h)

    @property
    def share(self) -> float:
        return self.repeated / self.total if self.total else 0.0


def build_referentials(out: Path) -> tuple[Path, list[Path]]:
    """``out/rome`` (merged ROME CSV) and ``out/rncp/*.xml``; returns the ROME folder and the XML files."""
    merge_rome([p for p in ROME_SOURCES if p.exists()], out / "rome")
    (out / "rncp").mkdir(parents=True, exist_ok=True)
    xml_files = []
    for k, src in enumerate(RNCP_SOURCES):
        dest = out / "rncp" / f"{k:02d}-{src.name}"
        shutil.copyfile(src, dest)
        xml_files.append(dest)
    return out / "rome", xml_files


def certified_codes(xml_files: list[Path]) -> set[str]:
    codes = set()
    for path in xml_files:
        for node in ET.parse(path).getroot().iterfind("FICHE/CODES_ROME/ROME/CODE"):
            codes.add((node.text or "").strip())
    return codes


def _rows(rome: Path, resource: str) -> list[dict[str, str]]:
    (path,) = rome.glob(f"unix_{resource}_v4*_utf8.csv")
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load_fiches(rome: Path, certified: set[str], min_skills: int = 6) -> list[Fiche]:
    """The fiches with at least ``min_skills`` savoir-faire, with their labels, in code order."""
    competence = {r["code_ogr"]: r["libelle_competence"] for r in _rows(rome, "referentiel_competence")}
    savoir = {r["code_ogr_savoir"]: r["libelle_savoir"] for r in _rows(rome, "referentiel_savoir")}
    links: dict[str, dict[str, list[str]]] = {}
    for r in _rows(rome, "liens_rome_referentiels"):
        links.setdefault(r["code_rome"], {}).setdefault(r["code_rubrique"], []).append(r["code_ogr"])
    appellations: dict[str, list[str]] = {}
    for r in _rows(rome, "referentiel_appellation"):
        appellations.setdefault(r["code_rome"], []).append(r["libelle_appellation_court"])
    fiches = []
    for r in _rows(rome, "referentiel_code_rome"):
        code, by_rubrique = r["code_rome"], links.get(r["code_rome"], {})
        skills = list(dict.fromkeys((c, competence[c]) for c in by_rubrique.get("1", []) if c in competence))
        if len(skills) < min_skills:
            continue
        fiches.append(
            Fiche(
                code=code,
                label=r["libelle_rome"],
                skills=skills,
                savoirs=list(dict.fromkeys(savoir[c] for c in by_rubrique.get("3", []) if c in savoir)),
                qualities=list(dict.fromkeys(competence[c] for c in by_rubrique.get("2", []) if c in competence)),
                appellations=appellations.get(code) or [r["libelle_rome"]],
                certified=code in certified,
            )
        )
    return sorted(fiches, key=lambda f: f.code)


@dataclass(frozen=True)
class Employer:
    name: str | None
    presentation: str
    place: tuple[str, str, str, str]
    fiche: int
    domain: str


def employer(seed: int, index: int, n_fiches: int) -> Employer:
    """Employer ``index``, the same at each call (derived from the seed: no table of employers kept)."""
    rng = random.Random(seed * 1_000_003 + index)
    place = rng.choice(PLACES)
    surname = rng.choice(LAST_NAMES)
    prefix, suffix = rng.choice(NAME_PARTS)
    name = f"{prefix}{surname}{suffix}".strip()
    kind, adjective = rng.choice(COMPANY_KINDS)
    founded = rng.randint(1950, 2022)
    staff = rng.choice((4, 7, 9, 12, 15, 18, 25, 32, 40, 55, 80, 120, 250, 600))
    anonymous = rng.random() < ANONYMOUS_SHARE
    who = f"Notre client, {kind} {adjective.strip()}," if anonymous else f"{name}, {kind} {adjective.strip()},"
    presentation = (
        f"{who} est implanté{'e' if kind.startswith('une') else ''} à {place[1].title()} depuis {founded} "
        f"et compte {staff} salariés qui travaillent pour {rng.choice(CLIENTS)}."
    )
    domain = "".join(ch for ch in surname.lower() if ch.isalpha()) + rng.choice((".fr", ".com", "-sas.fr"))
    return Employer(None if anonymous else name, presentation, place, rng.randrange(n_fiches), domain)


class OfferWriter:
    """Makes offers one at a time from a seeded stream (same seed, same bytes)."""

    def __init__(self, fiches: list[Fiche], n_offers: int, seed: int) -> None:
        self.fiches, self.seed = fiches, seed
        self.rng = random.Random(seed)
        self.n_employers = max(40, n_offers // 6)
        self.recent: deque[dict[str, Any]] = deque(maxlen=2000)
        self.count = 0
        self.modifiers = MODIFIERS + [f" pour {c}" for c in CLIENTS]
        # Two skills a fiche whose share rises over the weeks (the trend the analysis should see).
        self.rising = {f.code: set(random.Random(f"{seed}-{f.code}").sample(range(len(f.skills)), 2)) for f in fiches}

    def _skill_sentence(self, fiche: Fiche, chosen: list[int]) -> str:
        rng = self.rng
        labels = [lower_first(fiche.skills[i][1]) for i in chosen]
        phrase = labels[0] if len(labels) == 1 else f"{labels[0]} et {labels[1]}"
        text = elide(rng.choice(FRAMES).format(s=phrase))
        for modifier in rng.sample(self.modifiers, rng.choice((1, 2, 2))):
            text += modifier
        return text + "."

    def _pick_skills(self, fiche: Fiche, week: int) -> list[int]:
        weights = [1 + 3 * week / WEEKS if i in self.rising[fiche.code] else 1.0 for i in range(len(fiche.skills))]
        k = min(len(fiche.skills), self.rng.randint(3, 7))
        picked: list[int] = []
        while len(picked) < k:
            i = self.rng.choices(range(len(fiche.skills)), weights)[0]
            if i not in picked:
                picked.append(i)
        return picked

    def _description(self, fiche: Fiche, emp: Employer, title: str, week: int, contact: tuple[str, str, str]) -> str:
        rng = self.rng
        start = FIRST_MONDAY + timedelta(weeks=week, days=rng.randrange(14, 60))
        reason = rng.choice(REASONS).format(t=title)[:-1]
        lines = [emp.presentation, elide(f"{reason}, poste à pourvoir le {start.day} {MONTHS[start.month - 1]}.")]
        skills = self._pick_skills(fiche, week)
        heading = rng.choice(HEADINGS[0]) + " " if rng.random() < 0.3 else ""
        pos = 0
        while pos < len(skills):
            step = 2 if rng.random() < 0.3 and pos + 1 < len(skills) else 1
            lines.append(heading + self._skill_sentence(fiche, skills[pos : pos + step]))
            heading, pos = "", pos + step
        lines.append(self._profile(fiche))
        perks = rng.sample(BENEFITS, rng.randint(2, 5))
        lines.append(f"{rng.choice(('Avantages', 'Nous offrons', 'Ce que nous proposons'))} : {', '.join(perks)}.")
        lines.append(
            f"{rng.choice(CONTRACTS)[1]}, {rng.choice(SCHEDULES)}, {rng.randrange(1800, 3400, 10)} € brut par mois "
            f"sur {rng.choice((12, 13))} mois, poste basé à {emp.place[1].title()}."
        )
        first, last, phone = contact
        lines.append(rng.choice(APPLY).format(p=f"{first} {last}", m=f"{first}.{last}@{emp.domain}".lower(), t=phone))
        return "\n".join(lines)

    def _profile(self, fiche: Fiche) -> str:
        """Diploma, experience, knowledge and qualities in one sentence (each alone repeats too often)."""
        rng = self.rng
        years = rng.choice(("débutant(e) accepté(e)", "1 an d'expérience", "2 ans d'expérience", "3 ans d'expérience"))
        text = (
            f"{rng.choice(HEADINGS[1])} {rng.choice(DIPLOMAS)} {rng.choice(('exigé', 'souhaité', 'apprécié'))}, {years}"
        )
        if fiche.savoirs:
            known = rng.sample(fiche.savoirs, min(len(fiche.savoirs), rng.randint(1, 3)))
            text += " ; " + elide(lower_first(rng.choice(SAVOIR_FRAMES).format(s=", ".join(map(lower_first, known)))))
        if fiche.qualities:
            text += f" ; qualités attendues : {', '.join(map(lower_first, rng.sample(fiche.qualities, min(2, len(fiche.qualities)))))}"
        return text + "."

    def _contact(self) -> tuple[str, str, str]:
        rng = self.rng
        phone = f"0{rng.choice('1234567')} " + " ".join(f"{rng.randrange(100):02d}" for _ in range(4))
        return rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES), phone

    def offer(self, week: int) -> dict[str, Any]:
        rng = self.rng
        self.count += 1
        created = datetime.combine(FIRST_MONDAY + timedelta(weeks=week, days=rng.randrange(7)), datetime.min.time())
        created += timedelta(seconds=rng.randrange(8 * 3600, 19 * 3600))
        offer_id = f"Z{self.seed % 100:02d}{self.count:07d}"
        if self.recent and rng.random() < REPOST_SHARE:
            offer = dict(rng.choice(self.recent), id=offer_id)
        else:
            offer = self._fresh(offer_id, week)
            self.recent.append(offer)
        stamp = created.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        return dict(offer, dateCreation=stamp, dateActualisation=stamp)

    def _fresh(self, offer_id: str, week: int) -> dict[str, Any]:
        rng = self.rng
        emp = employer(self.seed, int(self.n_employers * rng.random() ** 2), len(self.fiches))
        fiche = self.fiches[emp.fiche if rng.random() < 0.85 else rng.randrange(len(self.fiches))]
        appellation = rng.choice(fiche.appellations)
        title = f"{appellation} {rng.choice(('H/F', '(H/F)', 'F/H', '- H/F'))}"
        contact = self._contact()
        contract, contract_label = rng.choice(CONTRACTS)
        dep, city, postal, insee = emp.place
        coded = [
            {"code": code, "libelle": label, "exigence": rng.choice("ES")}
            if rng.random() < 0.8
            else {"libelle": label, "exigence": "S"}
            for code, label in rng.sample(fiche.skills, min(len(fiche.skills), rng.randint(2, 5)))
        ]
        company: dict[str, Any] = {"description": emp.presentation.split(". ")[0] + ".", "entrepriseAdaptee": False}
        if emp.name:
            company["nom"] = emp.name
        return {
            "id": offer_id,
            "intitule": title,
            "description": self._description(fiche, emp, appellation, week, contact),
            "lieuTravail": {"libelle": f"{dep} - {city}", "codePostal": postal, "commune": insee},
            "romeCode": fiche.code,
            "romeLibelle": fiche.label,
            "appellationlibelle": appellation,
            "entreprise": company,
            "typeContrat": contract,
            "typeContratLibelle": contract_label,
            "natureContrat": "Contrat travail",
            "experienceExige": rng.choice("DE"),
            "competences": coded,
            "qualitesProfessionnelles": [{"libelle": q, "description": q} for q in fiche.qualities[:2]],
            "salaire": {"libelle": f"Mensuel de {rng.randrange(1800, 2600, 50)}.0 Euros sur 12 mois"},
            "contact": {"nom": f"{contact[0]} {contact[1]}", "telephone": contact[2], "courriel": "rh@" + emp.domain},
            "nombrePostes": rng.choice((1, 1, 1, 2, 3)),
            "alternance": contract == "ALT",
            "origineOffre": {"origine": "1"},
        }


def week_sizes(n_offers: int) -> list[int]:
    return [n_offers * (w + 1) // WEEKS - n_offers * w // WEEKS for w in range(WEEKS)]


def write_offers(
    fiches: list[Fiche], n_offers: int, seed: int, out: Path, progress: Any = None
) -> tuple[list[Path], Repetition]:
    """One file a week in ``out`` (even weeks JSON Lines, odd weeks a search answer); returns the files
    and the sentence repetition measured on the descriptions."""
    out.mkdir(parents=True, exist_ok=True)
    writer, seen, files = OfferWriter(fiches, n_offers, seed), Repetition(), []
    for week, size in enumerate(week_sizes(n_offers)):
        iso = (FIRST_MONDAY + timedelta(weeks=week)).isocalendar()
        path = out / f"offres-{iso.year}-W{iso.week:02d}.{'jsonl' if week % 2 == 0 else 'json'}"
        with path.open("w", encoding="utf-8") as f:
            for k, offer in enumerate(_offers(writer, week, size)):
                seen.add(offer["description"])
                line = json.dumps(offer, ensure_ascii=False)
                if week % 2 == 0:
                    f.write(line + "\n")
                else:
                    f.write(('{"resultats": [\n' if k == 0 else ",\n") + line)
            if week % 2 == 1:
                f.write(('{"resultats": [' if size == 0 else "\n") + '], "filtresPossibles": []}\n')
        files.append(path)
        if progress and (week % 5 == 4 or week == WEEKS - 1):
            progress(f"semaine {week + 1}/{WEEKS} écrite ({writer.count} offres)")
    return files, seen


def _offers(writer: OfferWriter, week: int, size: int) -> Iterator[dict[str, Any]]:
    for _ in range(size):
        yield writer.offer(week)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Écrit un corpus synthétique d'offres et ses référentiels.")
    parser.add_argument("--offers", type=int, default=10_000, help="nombre d'offres (défaut : 10000)")
    parser.add_argument("--seed", type=int, default=12, help="graine (défaut : 12)")
    parser.add_argument("--out", type=Path, required=True, help="dossier de sortie")
    args = parser.parse_args(argv)
    rome, xml_files = build_referentials(args.out / "referentiels")
    fiches = load_fiches(rome, certified_codes(xml_files))
    print(f"{len(fiches)} fiches ROME ({sum(f.certified for f in fiches)} avec certifications)")
    files, seen = write_offers(fiches, args.offers, args.seed, args.out / "offres", print)
    print(f"{len(files)} fichiers, {seen.total} phrases, déjà vues : {100 * seen.share:.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
