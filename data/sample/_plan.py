"""Le plan de l'échantillon : quelles offres existent, leur code ROME, leur semaine, leur employeur, les
compétences plantées qu'elles demandent et leurs autres signaux plantés (employeur anonyme, partenaire,
coordonnées dans le texte, reprises).

Chaque offre a une clé stable (``F1104-07`` : la septième offre originale du code, dans l'ordre des semaines ;
``F1104-R2`` : sa deuxième reprise) ; chaque tirage vient du générateur de son unité (:func:`_common.rng_for`) :
la répartition des offres d'un code par semaine et par employeur, le quota hebdomadaire d'une compétence dans
un code, les signaux d'une offre, le choix des reprises d'un code.
"""

from __future__ import annotations

import random
from datetime import datetime

from _common import (
    ANONYMOUS_SHARE,
    CONTACT_IN_TEXT_SHARE,
    CO,
    CR,
    CRO,
    MIN_SKILLS,
    N_WEEKS,
    ORIGINALS_PER_CODE,
    PARTNER_SHARE,
    REPOSTS_PER_CODE,
    RISING_WEEK1_CODE,
    SE_NATURE,
    certification_coverage,
    nature,
    rng_for,
)


class Offer:
    """One offer: its plan (here), then what the rendering wrote (``_render``)."""

    def __init__(self, key: str, rome: str, week: int, employer: dict, serial: int):
        self.key = key
        self.rome = rome
        self.week = week
        self.employer = employer
        self.serial = serial
        self.asked: list[str] = []  # planted skills asked, in order of assignment
        self.topped_up: list[str] = []  # covered skills added so that every offer asks at least 2 skills
        self.repost_of: Offer | None = None
        self.repost_kind = ""
        self.anonymous = False
        self.partner = False
        self.json_flags: dict = {"accessibleTH": False, "contact_in_text": False}
        self.boilerplate: list[str] = []
        self.rising_term_in_boilerplate = False
        # written by the rendering
        self.id = ""
        self.created: datetime | None = None
        self.json: dict = {}
        self.text_skills: list[str] = []
        self.coded: list[str] = []
        self.coded_without_code: list[str] = []
        self.qualities: list[str] = []

    def ask(self, code: str) -> None:
        if code not in self.asked:
            self.asked.append(code)


# ----------------------------------------------------------------------------------------------- checks
def check_plan_against_certifications() -> None:
    """The planted truth must hold: covered skills stated by every active certification of the code, the
    elongation base stated, nothing else planted stated."""
    stated = certification_coverage()
    for code in CRO.ROME_ORDER:
        plan = CRO.PLAN[code]
        certs = [c for c in CR.CERTIFICATIONS if code in c["romes"] and c["actif"] == "Oui"]
        assert 2 <= len(certs) <= 3, (code, len(certs))
        never = [c for c, _ in plan["uncovered"]] + [plan["rising"][0], plan["singulier"][0], plan["elongation"][0]]
        never += plan["block_group"][0] if plan["block_group"] else []
        never += plan["boilerplate"] + [c for c, _ in plan["background"]]
        for cert in certs:
            s = stated[cert["numero"]]
            for c, _ in plan["covered"]:
                assert c in s, (cert["numero"], c)
            assert plan["elongation"][1] in s, (cert["numero"], "elongation base")
            for c in never:
                assert c not in s, (cert["numero"], c)
            assert len(cert["blocs"]) >= 3 and all(len(st) >= 4 for _, st in cert["blocs"]), cert["numero"]


# ----------------------------------------------------------------------------------------------- quotas
def allocate(total: int, weights: list[int]) -> list[int]:
    """Largest-remainder allocation of ``total`` in proportion to ``weights``."""
    s = sum(weights)
    raw = [total * w / s for w in weights]
    counts = [int(x) for x in raw]
    order = sorted(range(len(weights)), key=lambda i: (-(raw[i] - counts[i]), i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def weekly_counts(total: int, rng: random.Random) -> list[int]:
    counts = [total // N_WEEKS] * N_WEEKS
    for i in rng.sample(range(N_WEEKS), total - sum(counts)):
        counts[i] += 1
    for _ in range(4):  # a little unevenness, same total
        a, b = rng.sample(range(N_WEEKS), 2)
        if counts[a] > 3:
            counts[a] -= 1
            counts[b] += 1
    return counts


def quota_assign(
    offers_by_week: list[list[Offer]], rate, eligible, rng: random.Random, phase: float | None = None
) -> list[Offer]:
    """Error-diffusion quotas: week w gets floor(acc) offers, acc accumulating rate(w) * n_w from a random
    phase. Shares are thus steady for a constant rate and follow the curve for a varying one."""
    acc = rng.random() if phase is None else phase
    chosen: list[Offer] = []
    for w, week_offers in enumerate(offers_by_week, start=1):
        acc += rate(w) * len(week_offers)
        k = int(acc)
        pool = [o for o in week_offers if eligible(o)]
        k = min(k, len(pool))
        acc -= k
        chosen.extend(rng.sample(pool, k))
    return chosen


# ----------------------------------------------------------------------------------------------- offers
def plan_code(code: str, first_serial: int) -> list[Offer]:
    """The original offers of one ROME code, in week order, with their planted skills."""
    plan = CRO.PLAN[code]
    employers = CO.EMPLOYEURS[code]
    n = ORIGINALS_PER_CODE[code]
    per_week = weekly_counts(n, rng_for("semaines", code))
    slots = []
    for emp, count in zip(employers, allocate(n, [e["poids"] for e in employers])):
        slots.extend([emp] * count)
    rng_for("employeurs", code).shuffle(slots)
    offers_by_week: list[list[Offer]] = []
    index = 0
    for w, count in enumerate(per_week, start=1):
        week_offers = []
        for _ in range(count):
            index += 1
            week_offers.append(Offer(f"{code}-{index:02d}", code, w, slots[index - 1], first_serial + index))
        offers_by_week.append(week_offers)
    everyone = lambda o: True  # noqa: E731

    def steady(p):
        return lambda w: p

    def quota(skill: str) -> random.Random:
        return rng_for("quota", code, skill)

    # J1501: home-care skill only in home-care services; the gerontology group only in EHPAD.
    def eligible_for(skill: str):
        if code == "J1501" and skill == "910307":
            return lambda o: o.employer.get("type") == "ssiad"
        if code == "J1501" and plan["block_group"] and skill in plan["block_group"][0]:
            return lambda o: o.employer.get("type") == "ehpad"
        return everyone

    for skill, p in plan["covered"]:
        for o in quota_assign(offers_by_week, steady(p), eligible_for(skill), quota(skill)):
            o.ask(skill)
    for skill, p in plan["uncovered"]:
        # J1501 home care: the rate is the share of all the code's offers
        for o in quota_assign(offers_by_week, steady(p), eligible_for(skill), quota(skill)):
            o.ask(skill)
    skill_e, _, p_e = plan["elongation"]
    for o in quota_assign(offers_by_week, steady(p_e), everyone, quota(skill_e)):
        o.ask(skill_e)
    if plan["block_group"]:
        group, p_g = plan["block_group"]
        for o in quota_assign(offers_by_week, steady(p_g), eligible_for(group[0]), quota("groupe")):
            rng = rng_for("groupe", o.key)
            members = list(group)
            if rng.random() < 0.2:  # now and then only two of the three
                members.remove(rng.choice(members))
            for c in members:
                o.ask(c)
    skill_r, p0, p1 = plan["rising"]
    rng = quota(skill_r)
    phase = 1.0 if code == RISING_WEEK1_CODE else 0.5 * rng.random()
    for o in quota_assign(
        offers_by_week,
        lambda w: p0 + (p1 - p0) * (w - 1) / (N_WEEKS - 1),
        lambda o: not o.employer.get("no_rising"),
        rng,
        phase,
    ):
        o.ask(skill_r)
    skill_s, share_s = plan["singulier"]
    own = [o for week in offers_by_week for o in week if o.employer.get("singulier")]
    for o in quota(skill_s).sample(own, max(3, round(share_s * len(own)))):
        o.ask(skill_s)
    skill_t, p_t = plan["transversal"]
    for o in quota_assign(offers_by_week, steady(p_t), everyone, quota(skill_t)):
        o.ask(skill_t)
    for skill, p in plan["background"]:
        for o in quota_assign(offers_by_week, steady(p), everyone, quota(skill)):
            o.ask(skill)
    # every offer asks at least MIN_SKILLS non savoir-être skills (competences[] holds 2 to 6 entries)
    covered_codes = [c for c, _ in plan["covered"]]
    covered_weights = [p for _, p in plan["covered"]]
    offers = [o for week in offers_by_week for o in week]
    for o in offers:
        rng = rng_for("complement", o.key)
        while len([c for c in o.asked if nature(c) != SE_NATURE]) < MIN_SKILLS:
            c = rng.choices(covered_codes, weights=covered_weights)[0]
            if c not in o.asked:
                o.ask(c)
                o.topped_up.append(c)
        plant_signals(o)
    return offers


def plant_signals(o: Offer) -> None:
    """Anonymous employer, partner origin, accessibility flag, contact details in the text; what follows."""
    rng = rng_for("signaux", o.key)
    emp = o.employer
    # interim agencies and the singular employers always sign their offers: ~80 % of offers may be anonymous
    o.anonymous = not emp.get("interim") and not emp.get("singulier") and rng.random() < ANONYMOUS_SHARE / 0.80
    o.partner = rng.random() < PARTNER_SHARE
    o.json_flags = {"accessibleTH": rng.random() < 0.45, "contact_in_text": rng.random() < CONTACT_IN_TEXT_SHARE}
    o.boilerplate = boilerplate_codes(o)
    o.rising_term_in_boilerplate = bool(emp.get("no_rising")) and not o.anonymous


def boilerplate_codes(o: Offer) -> list[str]:
    """Boilerplate skills mentioned in this offer: in the presentation (named offers only) or, for N1103, in
    the benefits (all offers of the flagged employers)."""
    if not o.employer.get("boilerplate"):
        return []
    if o.anonymous and o.rome != "N1103":
        return []
    return list(CRO.PLAN[o.rome]["boilerplate"])


def build_offers() -> dict[str, list[Offer]]:
    """ROME code -> its original offers."""
    per_code: dict[str, list[Offer]] = {}
    serial = 0
    for code in CRO.ROME_ORDER:
        per_code[code] = plan_code(code, serial)
        serial += len(per_code[code])
    return per_code


REPOST_KINDS = ("identique", "partenaire", "modifiee")


def plan_reposts(per_code: dict[str, list[Offer]]) -> list[Offer]:
    """Reposts of earlier offers (same employer, same text, new id), one or two weeks later."""
    reposts: list[Offer] = []
    serial = 10000
    for code in CRO.ROME_ORDER:
        candidates = [o for o in per_code[code] if o.week <= N_WEEKS - 2]
        for i, src in enumerate(rng_for("reprises", code).sample(candidates, REPOSTS_PER_CODE[code]), start=1):
            serial += 1
            key = f"{code}-R{i}"
            kind = REPOST_KINDS[(i - 1 + len(reposts)) % 3]
            r = Offer(key, code, min(N_WEEKS, src.week + rng_for("reprise", key).randint(1, 2)), src.employer, serial)
            r.asked, r.topped_up = list(src.asked), list(src.topped_up)
            r.repost_of, r.repost_kind = src, kind
            r.anonymous, r.boilerplate = src.anonymous, src.boilerplate
            r.rising_term_in_boilerplate = src.rising_term_in_boilerplate
            r.json_flags = dict(src.json_flags)
            r.partner = kind == "partenaire" or src.partner
            reposts.append(r)
    return reposts
