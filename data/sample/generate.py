"""Génère l'échantillon embarqué d'ecarts (``data/sample/``), de façon déterministe.

    .venv/bin/python data/sample/generate.py

Bibliothèque standard seulement, graine fixe : relancer le script redonne des fichiers identiques à l'octet.
Écrit :
- ``rome/unix_*_v460_utf8.csv``  extrait du ROME 4.0 (format open data de France Travail) ;
- ``rncp/export-fiches-rncp-v4-1-2026-11-16.xml``  extrait de l'export XML RNCP v4.1 ;
- ``offres/offres-2026-Wnn.json``  réponses de recherche de l'API Offres d'emploi v2 (semaines 1 à 14) et
  ``offres/offres-2026-W45-W46.jsonl``  les semaines 15 et 16, une offre par ligne ;
- ``truth.json``  la vérité plantée (rôle de chaque compétence, couverture attendue, parts hebdomadaires) ;
- ``README.md``  provenance, fichiers, effectifs et signaux plantés.

Le contenu rédactionnel est dans ``_contenu_rome.py``, ``_contenu_rncp.py`` et ``_contenu_offres.py``.
"""

from __future__ import annotations

import csv
import io
import json
import random
import string
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ next to the sample

import _contenu_offres as CO  # noqa: E402
import _contenu_rncp as CR  # noqa: E402
import _contenu_rome as CRO  # noqa: E402

SEED = 20260727
REGION = "75"
REGION_LIBELLE = "Nouvelle-Aquitaine"
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


# ----------------------------------------------------------------------------------------------- helpers
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


def phone(rng: random.Random, dep: str, mobile: bool = False) -> str:
    if mobile:
        first = rng.choice(["06", "07"])
    else:
        first = {
            "33": rng.choice(["05 56", "05 57"]),
            "79": "05 49",
            "86": "05 49",
            "19": "05 55",
            "23": "05 55",
            "87": "05 55",
            "24": "05 53",
            "47": "05 53",
            "40": "05 58",
            "64": "05 59",
            "16": "05 45",
            "17": "05 46",
        }[dep]
    pairs = [f"{rng.randint(0, 99):02d}" for _ in range(4 if mobile else 3)]
    return " ".join([first] + pairs)


# ----------------------------------------------------------------------------------------------- ROME CSV
def rome_codes_of_items() -> dict[str, list[str]]:
    """ROME code -> item codes of its fiche (planted roles + extras), in a stable order."""
    out = {}
    for code in CRO.ROME_ORDER:
        plan = CRO.PLAN[code]
        items: list[str] = []

        def add(c: str) -> None:
            if c not in items:
                items.append(c)

        for c, _ in plan["covered"]:
            add(c)
        add(plan["elongation"][1])
        for c, _ in plan["uncovered"]:
            add(c)
        add(plan["rising"][0])
        add(plan["singulier"][0])
        add(plan["elongation"][0])
        if plan["block_group"]:
            for c in plan["block_group"][0]:
                add(c)
        add(plan["transversal"][0])
        for c in plan["boilerplate"]:
            add(c)
        for c, _ in plan["background"]:
            add(c)
        for c in plan["extra"]:
            add(c)
        out[code] = items
    return out


def write_rome(out_dir: Path) -> dict[str, list[str]]:
    fiche_items = rome_codes_of_items()
    v = ROME_VERSION
    # referentiel_code_rome
    rows = []
    for code in CRO.ROME_ORDER:
        f = CRO.FICHES[code]
        eco, num, demo, regl, cadre = f["tags"]
        rows.append([code, f["fiche"], f["ogr"], f["libelle"], eco, num, demo, regl, cadre, code])
    write_text(
        out_dir / f"unix_referentiel_code_rome_{v}_utf8.csv",
        csv_text(
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
            ],
            rows,
        ),
    )
    # referentiel_appellation
    rows = []
    for code in CRO.ROME_ORDER:
        f = CRO.FICHES[code]
        eco, num, demo, regl, cadre = f["tags"]
        for ogr, long_, court, classification, peu in f["appellations"]:
            rows.append(
                [
                    ogr,
                    long_,
                    court,
                    code,
                    eco,
                    num,
                    "",
                    "",
                    cadre if classification == "PRINCIPALE" else "",
                    classification,
                    "",
                    code,
                    peu,
                ]
            )
    write_text(
        out_dir / f"unix_referentiel_appellation_{v}_utf8.csv",
        csv_text(
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
            ],
            rows,
        ),
    )
    # referentiel_competence (savoir-faire et savoir-être) and referentiel_savoir
    comp_rows, savoir_rows = [], []
    for ogr in sorted(CRO.ITEMS):
        nat, lib, definition, macro, teco, tnum = CRO.ITEMS[ogr]
        if nat == SV_NATURE:
            savoir_rows.append([ogr, lib, macro, CRO.SAVOIR_SOUS_CATEGORIE[macro], teco, tnum])
            continue
        m = CRO.MACROS[macro]
        cat = "Savoir-être professionnel" if nat == SE_NATURE else "Compétence technique"
        sous_cat = m[3]
        comp_rows.append([ogr, nat, lib, definition, m[0], macro, cat, sous_cat, teco, tnum, "", ""])
    write_text(
        out_dir / f"unix_referentiel_competence_{v}_utf8.csv",
        csv_text(
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
            ],
            comp_rows,
        ),
    )
    write_text(
        out_dir / f"unix_referentiel_savoir_{v}_utf8.csv",
        csv_text(
            [
                "code_ogr_savoir",
                "libelle_savoir",
                "categorie_savoir",
                "sous_categorie_savoir",
                "transition_eco",
                "transition_num",
            ],
            savoir_rows,
        ),
    )
    # liens_rome_referentiels and coherence_item
    liens, coherence = [], []
    for code in CRO.ROME_ORDER:
        emergentes = CRO.PLAN[code]["emergente"]
        for ogr in fiche_items[code]:
            rubrique = {SF_NATURE: "1", SE_NATURE: "2", SV_NATURE: "3"}[nature(ogr)]
            liens.append([code, "5", rubrique, ogr])
            coherence.append([code, ogr, "Émergente" if ogr in emergentes else "Principale"])
    write_text(
        out_dir / f"unix_liens_rome_referentiels_{v}_utf8.csv",
        csv_text(["code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"], liens),
    )
    write_text(
        out_dir / f"unix_coherence_item_{v}_utf8.csv", csv_text(["code_rome", "code_ogr", "coeur_metier"], coherence)
    )
    # arborescence_competences
    rows = []
    used = [ogr for ogr in sorted(CRO.ITEMS) if nature(ogr) != SV_NATURE]
    for ogr in sorted(
        used,
        key=lambda o: (
            CRO.MACROS[CRO.ITEMS[o][3]][6],
            CRO.MACROS[CRO.ITEMS[o][3]][4],
            CRO.MACROS[CRO.ITEMS[o][3]][2],
            CRO.ITEMS[o][3],
            o,
        ),
    ):
        macro = CRO.ITEMS[ogr][3]
        m_ogr, m_lib, o_code, o_lib, e_code, e_lib, d_code = CRO.MACROS[macro]
        rows.append([d_code, CRO.DOMAINES[d_code], e_code, e_lib, o_code, o_lib, macro, m_ogr, m_lib, ogr, label(ogr)])
    write_text(
        out_dir / f"unix_arborescence_competences_{v}_utf8.csv",
        csv_text(
            [
                "code_domaine_competence",
                "domaine_competence",
                "code_enjeu",
                "enjeu",
                "code_objectif",
                "objectif",
                "code_macro_competence",
                "code_ogr_macro_competence",
                "libelle_macro_competence",
                "code_ogr_competence",
                "libelle_competence",
            ],
            rows,
        ),
    )
    return fiche_items


# ----------------------------------------------------------------------------------------------- RNCP XML
_ENTITIES = {
    "é": "eacute",
    "è": "egrave",
    "ê": "ecirc",
    "ë": "euml",
    "à": "agrave",
    "â": "acirc",
    "ç": "ccedil",
    "ô": "ocirc",
    "î": "icirc",
    "ï": "iuml",
    "ù": "ugrave",
    "û": "ucirc",
    "œ": "oelig",
    "É": "Eacute",
    "À": "Agrave",
    "È": "Egrave",
    "Ê": "Ecirc",
    "Ô": "Ocirc",
    "Î": "Icirc",
    "Ç": "Ccedil",
}


def xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_entities(text: str) -> str:
    out = []
    for ch in text:
        if ch in _ENTITIES:
            out.append(f"&{_ENTITIES[ch]};")
        elif ch == "'":
            out.append("&rsquo;")
        elif ord(ch) > 127:
            out.append(f"&#{ord(ch)};")
        else:
            out.append(ch)
    return "".join(out).replace(" :", "&nbsp;:")


def render_rich(style: str, intro: str | None, items: list[str]) -> str:
    """Formatted text as the RNCP export holds it, already escaped for the XML file."""
    if style == "ul":
        apo = lambda s: s.replace("'", "&#39;")  # noqa: E731
        html = (
            (f"<p>{apo(intro)}</p>" if intro else "") + "<ul>" + "".join(f"<li>{apo(i)}</li>" for i in items) + "</ul>"
        )
        return xml_escape(html)
    if style == "ent":
        html = (
            (f"<p>{html_entities(intro)}</p>" if intro else "")
            + "<ul>"
            + "".join(f"<li>{html_entities(i)}</li>" for i in items)
            + "</ul>"
        )
        return xml_escape(html)
    if style == "pbr":
        apo = lambda s: s.replace("'", "\u2019")  # noqa: E731
        head = f"<p>{apo(intro)}</p>" if intro else "<p>Le candidat doit être capable de :</p>"
        html = head + "<p>- " + "<br/>- ".join(apo(i) for i in items) + "</p>"
        return xml_escape(html)
    if style == "plain":
        lines = ([intro] if intro else []) + [f"- {i}" for i in items]
        return xml_escape("\n".join(lines)).replace("'", "&apos;").replace('"', "&quot;")
    raise ValueError(style)


def render_para(style: str, text: str) -> str:
    """One paragraph in the fiche's markup style, escaped for the XML file."""
    if style == "ul":
        return xml_escape("<p>" + text.replace("'", "&#39;") + "</p>")
    if style == "ent":
        return xml_escape("<p>" + html_entities(text) + "</p>")
    if style == "pbr":
        return xml_escape("<p>" + text.replace("'", "\u2019") + "</p>")
    return xml_escape(text).replace("'", "&apos;").replace('"', "&quot;")


def rome_libelle_rncp(code: str) -> str:
    if code in CRO.FICHES:
        return CRO.FICHES[code]["libelle_v3"]
    return CR.ROME_LIBELLES_HORS_ECHANTILLON[code]


def write_rncp(out_dir: Path) -> None:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<FICHES>", "  <VERSION_FLUX>4.1</VERSION_FLUX>"]
    for cert in CR.CERTIFICATIONS:
        style = cert["style"]
        e = lambda s: xml_escape(s)  # noqa: E731
        lines.append("  <FICHE>")
        lines.append(f"    <ID_FICHE>{cert['id_fiche']}</ID_FICHE>")
        lines.append(f"    <NUMERO_FICHE>{cert['numero']}</NUMERO_FICHE>")
        lines.append(f"    <INTITULE>{e(cert['intitule'])}</INTITULE>")
        if cert["abrege"]:
            lines.append(
                f"    <ABREGE><CODE>{e(cert['abrege'][0])}</CODE><LIBELLE>{e(cert['abrege'][1])}</LIBELLE></ABREGE>"
            )
        lines.append("    <ETAT_FICHE>Publiée</ETAT_FICHE>")
        lines.append(f"    <TYPE_ENREGISTREMENT>{e(cert['enregistrement'])}</TYPE_ENREGISTREMENT>")
        niv = cert["niveau"]
        lines.append(
            f"    <NOMENCLATURE_EUROPE><NIVEAU>{niv}</NIVEAU><LIBELLE>Niveau {niv[-1]}</LIBELLE></NOMENCLATURE_EUROPE>"
        )
        lines.append(
            f"    <CODES_NSF><NSF><CODE>{cert['nsf'][0]}</CODE><INTITULE>{e(cert['nsf'][0] + ' : ' + cert['nsf'][1])}</INTITULE></NSF></CODES_NSF>"
        )
        lines.append(
            f"    <CERTIFICATEURS><CERTIFICATEUR><NOM_CERTIFICATEUR>{e(cert['certificateur'])}</NOM_CERTIFICATEUR></CERTIFICATEUR></CERTIFICATEURS>"
        )
        intro, activities = cert["activites"]
        lines.append(f"    <ACTIVITES_VISEES>{render_rich(style, intro, activities)}</ACTIVITES_VISEES>")
        capacites = []
        for _, statements in cert["blocs"]:
            capacites.extend(text for text, _ in statements[:2])
        lines.append(
            f"    <CAPACITES_ATTESTEES>{render_rich(style, 'Le titulaire est capable de :', capacites)}</CAPACITES_ATTESTEES>"
        )
        lines.append(f"    <TYPE_EMPLOI_ACCESSIBLES>{render_para(style, cert['emplois'])}</TYPE_EMPLOI_ACCESSIBLES>")
        lines.append("    <CODES_ROME>")
        for code in cert["romes"]:
            lines.append(f"      <ROME><CODE>{code}</CODE><LIBELLE>{e(rome_libelle_rncp(code))}</LIBELLE></ROME>")
        lines.append("    </CODES_ROME>")
        lines.append("    <BLOCS_COMPETENCES>")
        for index, (block_title, statements) in enumerate(cert["blocs"], start=1):
            modalites = CR.MODALITES[(int(cert["id_fiche"]) + index) % len(CR.MODALITES)]
            lines.append("      <BLOC_COMPETENCES>")
            lines.append(f"        <CODE>{cert['numero']}BC{index:02d}</CODE>")
            lines.append(f"        <LIBELLE>{e(block_title)}</LIBELLE>")
            lines.append(
                f"        <LISTE_COMPETENCES>{render_rich(style, None, [t for t, _ in statements])}</LISTE_COMPETENCES>"
            )
            lines.append(f"        <MODALITES_EVALUATION>{render_para(style, modalites)}</MODALITES_EVALUATION>")
            lines.append("      </BLOC_COMPETENCES>")
        lines.append("    </BLOCS_COMPETENCES>")
        lines.append(f"    <ACTIF>{cert['actif']}</ACTIF>")
        lines.append(f"    <DATE_FIN_ENREGISTREMENT>{cert['date_fin']}</DATE_FIN_ENREGISTREMENT>")
        if cert.get("ancienne"):
            lines.append(f"    <ANCIENNE_CERTIFICATION>{cert['ancienne']}</ANCIENNE_CERTIFICATION>")
        if cert.get("nouvelle"):
            lines.append(f"    <NOUVELLE_CERTIFICATION>{cert['nouvelle']}</NOUVELLE_CERTIFICATION>")
        lines.append("  </FICHE>")
    lines.append("</FICHES>")
    write_text(out_dir / RNCP_FILE, "\n".join(lines) + "\n")


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


# ----------------------------------------------------------------------------------------------- offers
class Offer:
    """One generated offer, before rendering to the France Travail JSON shape."""

    def __init__(self, rome: str, week: int, employer: dict, serial: int):
        self.rome = rome
        self.week = week
        self.employer = employer
        self.serial = serial
        self.asked: list[str] = []  # planted skills asked, in order of assignment
        self.topped_up: list[str] = []  # covered skills added so that every offer asks at least 3 skills
        self.id = ""
        self.created: datetime | None = None
        self.repost_of: "Offer | None" = None
        self.repost_kind = ""
        self.json: dict = {}
        self.text_skills: list[str] = []
        self.coded: list[str] = []
        self.coded_without_code: list[str] = []
        self.qualities: list[str] = []
        self.boilerplate: list[str] = []
        self.rising_term_in_boilerplate = False
        self.anonymous = False
        self.partner = False
        self.json_flags: dict = {"accessibleTH": False, "contact_in_text": False}

    def ask(self, code: str) -> None:
        if code not in self.asked:
            self.asked.append(code)


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


def build_offers(rng: random.Random) -> dict[str, list[Offer]]:
    per_code: dict[str, list[Offer]] = {}
    serial = 0
    for code in CRO.ROME_ORDER:
        plan = CRO.PLAN[code]
        employers = CO.EMPLOYEURS[code]
        n = ORIGINALS_PER_CODE[code]
        per_week = weekly_counts(n, rng)
        slots = []
        for emp, count in zip(employers, allocate(n, [e["poids"] for e in employers])):
            slots.extend([emp] * count)
        rng.shuffle(slots)
        offers_by_week: list[list[Offer]] = []
        pos = 0
        for w, count in enumerate(per_week, start=1):
            week_offers = []
            for _ in range(count):
                serial += 1
                week_offers.append(Offer(code, w, slots[pos], serial))
                pos += 1
            offers_by_week.append(week_offers)
        everyone = lambda o: True  # noqa: E731

        def steady(p):
            return lambda w: p

        # J1501: home-care skill only in home-care services; the gerontology group only in EHPAD.
        def eligible_for(skill: str):
            if code == "J1501" and skill == "910307":
                return lambda o: o.employer.get("type") == "ssiad"
            if code == "J1501" and plan["block_group"] and skill in plan["block_group"][0]:
                return lambda o: o.employer.get("type") == "ehpad"
            return everyone

        for skill, p in plan["covered"]:
            for o in quota_assign(offers_by_week, steady(p), eligible_for(skill), rng):
                o.ask(skill)
        for skill, p in plan["uncovered"]:
            # J1501 home care: the rate is the share of all the code's offers
            for o in quota_assign(offers_by_week, steady(p), eligible_for(skill), rng):
                o.ask(skill)
        skill_e, _, p_e = plan["elongation"]
        for o in quota_assign(offers_by_week, steady(p_e), everyone, rng):
            o.ask(skill_e)
        if plan["block_group"]:
            group, p_g = plan["block_group"]
            for o in quota_assign(offers_by_week, steady(p_g), eligible_for(group[0]), rng):
                members = list(group)
                if rng.random() < 0.2:  # now and then only two of the three
                    members.remove(rng.choice(members))
                for c in members:
                    o.ask(c)
        skill_r, p0, p1 = plan["rising"]
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
        for o in rng.sample(own, max(3, round(share_s * len(own)))):
            o.ask(skill_s)
        skill_t, p_t = plan["transversal"]
        for o in quota_assign(offers_by_week, steady(p_t), everyone, rng):
            o.ask(skill_t)
        for skill, p in plan["background"]:
            for o in quota_assign(offers_by_week, steady(p), everyone, rng):
                o.ask(skill)
        # every offer asks at least MIN_SKILLS non savoir-être skills (competences[] holds 2 to 6 entries)
        covered_codes = [c for c, _ in plan["covered"]]
        covered_weights = [p for _, p in plan["covered"]]
        for week in offers_by_week:
            for o in week:
                while len([c for c in o.asked if nature(c) != SE_NATURE]) < MIN_SKILLS:
                    c = rng.choices(covered_codes, weights=covered_weights)[0]
                    if c not in o.asked:
                        o.ask(c)
                        o.topped_up.append(c)
        per_code[code] = [o for week in offers_by_week for o in week]
    return per_code


# ----------------------------------------------------------------------------------------------- texts
def combos_for(rome: str) -> list[tuple[tuple[str, ...], dict]]:
    return [(skills, phr) for r, skills, phr in CO_COMBOS if r == rome]


CO_COMBOS = CRO.COMBOS


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def join_fr(parts: list[str]) -> str:
    """« a, b et c » ; « a, b, et c » when a part already holds « et »."""
    if len(parts) == 1:
        return parts[0]
    last = ", et " if any(" et " in p for p in parts) else " et "
    return ", ".join(parts[:-1]) + last + parts[-1]


def blurb(employer: dict, anonymous: bool) -> str:
    """The company presentation; for an anonymous offer, a neutral sentence (sector, size, département)."""
    if not anonymous:
        return employer["texte"].replace("{nom}", display_name(employer))
    activity = CO.NAF[employer["naf"]]
    template = CO.PRESENTATION_ANONYME[len(employer["cle"]) % len(CO.PRESENTATION_ANONYME)]
    return template.format(
        tranche=employer["tranche"],
        activite=activity[0].lower() + activity[1:],
        departement=CO.DEPARTEMENTS[CO.COMMUNES[employer["commune"]][0]],
    )


DISPLAY_WORDS = {
    "geo": "Géo",
    "releves": "Relevés",
    "batiment": "Bâtiment",
    "bati": "Bâti",
    "batir": "Bâtir",
    "associes": "Associés",
    "oceanes": "Océanes",
    "etudes": "Études",
    "perigord": "Périgord",
    "ingenierie": "Ingénierie",
    "maconnerie": "Maçonnerie",
    "oeuvre": "Œuvre",
    "renov": "Rénov",
    "macons": "Maçons",
    "interim": "Intérim",
    "readaptation": "Réadaptation",
    "residence": "Résidence",
    "bearn": "Béarn",
    "chenes": "Chênes",
    "sante": "Santé",
    "a": "à",
    "maree": "Marée",
    "pyrene": "Pyrène",
    "prevoyance": "Prévoyance",
    "numerique": "Numérique",
    "systemes": "Systèmes",
    "castera": "Castéra",
    "entrepots": "Entrepôts",
    "pieces": "Pièces",
    "cooperative": "Coopérative",
    "metallerie": "Métallerie",
    "metal": "Métal",
    "aero": "Aéro",
    "mecano": "Mécano",
    "equipements": "Équipements",
    "ehpad": "EHPAD",
    "ssiad": "SSIAD",
    "esn": "ESN",
    "bet": "BET",
    "mutualiste": "Mutualiste",
    "avionique": "Avionique",
}
DISPLAY_SMALL = {"de", "des", "du", "et"}


def display_name(employer: dict) -> str:
    """The company name as written in running text (the API field keeps the upper-case form)."""

    def word(w: str, first: bool) -> str:
        if "-" in w:
            return "-".join(word(p, first) for p in w.split("-"))
        if "'" in w:
            head, tail = w.split("'", 1)
            if head in ("d", "l") and not first:
                return head + "'" + word(tail, False)
            return word(head, first) + "'" + word(tail, False)
        if w in DISPLAY_SMALL and not first:
            return w
        if w in DISPLAY_WORDS:
            return DISPLAY_WORDS[w]
        return w.capitalize()

    return " ".join(word(w, i == 0) for i, w in enumerate(employer["nom"].lower().split()))


def render_description(o: Offer, rng: random.Random) -> str:
    plan = CRO.PLAN[o.rome]
    asked = list(o.asked)
    non_se = [c for c in asked if nature(c) != SE_NATURE]
    se = [c for c in asked if nature(c) == SE_NATURE]

    # coded competences (2 to 6 of the non savoir-être skills); a few only coded, not in the text
    n_coded = min(len(non_se), rng.randint(2, 6))
    coded = rng.sample(non_se, n_coded)
    coded_only = [c for c in coded if rng.random() < 0.08]
    o.coded = coded
    in_text = [c for c in non_se if c not in coded_only]

    # savoir-être: in qualitesProfessionnelles and/or in the text
    se_text, qualities = [], []
    for c in se:
        if c == plan["transversal"][0]:
            t, q = rng.random() < 0.55, rng.random() < 0.7
        else:
            t, q = rng.random() < 0.3, rng.random() < 0.85
        if not t and not q:
            q = True
        if t:
            se_text.append(c)
        if q:
            qualities.append(c)
    o.qualities = qualities[:3] if len(qualities) > 3 else qualities
    for c in qualities[3:]:
        if c not in se_text:
            se_text.append(c)

    # units of text: combos (several skills in one phrase) or single skills
    units: list[tuple[tuple[str, ...], dict]] = []
    remaining = list(in_text)
    for skills, phr in combos_for(o.rome):
        if all(s in remaining for s in skills) and rng.random() < 0.65:
            units.append((skills, phr))
            for s in skills:
                remaining.remove(s)
    for c in remaining:
        units.append(((c,), CRO.PHRASES[c]))
    rng.shuffle(units)

    missions, profile = [], []
    for skills, phr in units:
        first = skills[0]
        to_mission = rng.random() < (0.75 if nature(first) == SF_NATURE else 0.25)
        (missions if to_mission and phr["m"] else profile).append((skills, phr))
    if not missions:
        for i, (skills, phr) in enumerate(profile):
            if phr["m"]:
                missions.append(profile.pop(i))
                break

    prose = rng.random() < 0.3 and all(phr["v"] for _, phr in missions)
    parts = []
    name_anon = o.anonymous
    parts.append(blurb(o.employer, name_anon))
    contexts = CO.CONTEXTES_J1501[o.employer["type"]] if o.rome == "J1501" else CO.CONTEXTES[o.rome]
    context = rng.choice(contexts) if rng.random() < 0.75 else None
    if prose:
        clauses = [rng.choice(phr["v"]) for _, phr in missions]
        lead = rng.choice(["Au quotidien, ", "Vos missions : ", "Concrètement, "])
        text = lead + join_fr(clauses) + "."
        parts.append((context + " " if context else "") + text)
    else:
        if context:
            parts.append(context)
        header = rng.choice(
            [
                "Vos missions :",
                "Missions principales :",
                "Vos principales missions :",
                "Vous serez notamment chargé(e) de :",
            ]
        )
        parts.append(header + "\n" + "\n".join("- " + rng.choice(phr["m"]) for _, phr in missions))

    profile_lines = [rng.choice(phr["p"]) for _, phr in profile]
    if rng.random() < 0.8 or not (profile_lines or se_text):
        profile_lines.insert(0, rng.choice(CO.FORMATION_PROFIL[o.rome]))
    for c in se_text:
        variants = CRO.TRANSVERSAL_J1501 if (o.rome == "J1501" and c == "920001") else CRO.PHRASES[c]["p"]
        profile_lines.append(rng.choice(variants))
    if rng.random() < LABEL_LINE_SHARE and in_text:
        picks = rng.sample(in_text, min(len(in_text), rng.choice([1, 2])))
        profile_lines.append("Compétences attendues : " + " ; ".join(label(c) for c in picks))
    header = rng.choice(["Profil recherché :", "Votre profil :", "Profil :", "Ce que nous attendons de vous :"])
    if rng.random() < 0.8:
        parts.append(header + "\n" + "\n".join("- " + line for line in profile_lines))
    else:
        parts.append(header + " " + " ".join(line.rstrip(".") + "." for line in profile_lines))

    perks = rng.sample(CO.AVANTAGES_COMMUNS, rng.randint(2, 3)) + rng.sample(CO.AVANTAGES[o.rome], rng.randint(1, 2))
    if o.rome == "N1103" and o.employer.get("boilerplate"):
        perks.insert(rng.randint(0, len(perks)), CO.AVANTAGE_BOILERPLATE_N1103)
    benefits_head = rng.choice(
        ["Nous vous offrons : ", "Nous vous offrons : ", "Ce que nous proposons : ", "Avantages : "]
    )
    parts.append(benefits_head + join_fr(perks) + ".")
    tail = []
    if o.json_flags["accessibleTH"] and rng.random() < 0.6:
        tail.append(rng.choice(CO.MENTIONS_LEGALES))
    if o.json_flags["contact_in_text"]:
        dep = CO.COMMUNES[o.employer["commune"]][0]
        first_name = o.employer["contact"].split()[1]
        tail.append(
            rng.choice(CO.CONTACT_TEXTE).format(
                courriel=f"recrutement@{o.employer['domaine']}",
                tel=phone(rng, dep, mobile=rng.random() < 0.3),
                prenom=first_name,
            )
        )
    if tail:
        parts.append(" ".join(tail))

    o.text_skills = list(in_text) + se_text
    return "\n\n".join(parts)


def boilerplate_codes(o: Offer) -> list[str]:
    """Boilerplate skills mentioned in this offer: in the presentation (named offers only) or, for N1103, in
    the benefits (all offers of the flagged employers)."""
    if not o.employer.get("boilerplate"):
        return []
    if o.anonymous and o.rome != "N1103":
        return []
    return list(CRO.PLAN[o.rome]["boilerplate"])


def new_id(rng: random.Random, used: set) -> str:
    while True:
        candidate = f"{rng.randint(200, 206)}" + "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
        if candidate not in used:
            used.add(candidate)
            return candidate


def created_at(rng: random.Random, week: int) -> datetime:
    day = rng.choices(range(7), weights=[22, 22, 20, 20, 18, 4, 2])[0]
    start = week_start(week) + timedelta(days=day)
    return datetime(start.year, start.month, start.day, rng.randint(6, 18), rng.randint(0, 59), rng.randint(0, 59))


def salary(rng: random.Random, rome: str) -> dict:
    unit, lo, hi, step = CO.SALAIRES[rome]
    steps = int(round((hi - lo) / step))
    a = lo + step * rng.randint(0, steps // 2)
    b = a + step * rng.randint(1, max(1, steps // 2))
    if rng.random() < 0.1:
        return {"commentaire": rng.choice(["Selon profil", "Selon expérience et grille conventionnelle"])}
    out = {
        "libelle": f"{unit} de {a:.2f} Euros à {b:.2f} Euros sur {rng.choice([12, 12, 13])} mois"
        if rng.random() < 0.8
        else f"{unit} de {a:.2f} Euros sur 12 mois"
    }
    comps = rng.sample(CO.COMPLEMENTS_SALAIRE, rng.randint(0, 2))
    for i, c in enumerate(comps, start=1):
        out[f"complement{i}"] = c
    return out


def render_offer(o: Offer, rng: random.Random, used_ids: set) -> None:
    emp = o.employer
    rome = o.rome
    o.id = new_id(rng, used_ids)
    o.created = created_at(rng, o.week)
    interim = bool(emp.get("interim"))
    # interim agencies and the singular employers always sign their offers: ~80 % of offers may be anonymous
    o.anonymous = not interim and not emp.get("singulier") and rng.random() < ANONYMOUS_SHARE / 0.80
    o.partner = rng.random() < PARTNER_SHARE
    accessible = rng.random() < 0.45
    o.json_flags = {"accessibleTH": accessible, "contact_in_text": rng.random() < CONTACT_IN_TEXT_SHARE}
    description = render_description(o, rng)
    o.boilerplate = boilerplate_codes(o)
    o.rising_term_in_boilerplate = bool(emp.get("no_rising")) and not o.anonymous

    commune_key = emp["commune"] if not interim else rng.choice(sorted(CO.COMMUNES))
    dep, lib, insee, cp, lat, lon = CO.COMMUNES[commune_key]
    fiche = CRO.FICHES[rome]
    appellations = [a for a in fiche["appellations"] if a[4] == "N"]
    appellation = rng.choice(appellations)[1]
    rising_code = CRO.PLAN[rome]["rising"][0]
    if rising_code in o.asked and rng.random() < 0.35:
        title = rng.choice(CO.INTITULES_MONTANTS[rome])
    elif rome == "J1501":
        title = rng.choice(CO.INTITULES_J1501[emp["type"]])
    else:
        title = rng.choice(CO.INTITULES[rome])

    if interim:
        contract = ("MIS", f"Mission intérimaire - {rng.choice([1, 2, 3, 6])} Mois", "Contrat travail")
    else:
        r = rng.random()
        if r < 0.62:
            contract = ("CDI", "Contrat à durée indéterminée", "Contrat travail")
        elif r < 0.92:
            contract = ("CDD", f"Contrat à durée déterminée - {rng.choice([3, 6, 6, 12])} Mois", "Contrat travail")
        elif r < 0.97:
            contract = ("CDD", "Contrat à durée déterminée - 24 Mois", "Contrat apprentissage")
        else:
            contract = ("CDD", "Contrat à durée déterminée - 12 Mois", "Cont. professionnalisation")
    alternance = contract[2] != "Contrat travail"
    exp = rng.choices(["D", "S", "E"], weights=[35, 35, 30])[0] if not alternance else "D"
    years = {"D": 0, "S": 1, "E": rng.choice([2, 3, 5])}[exp]
    exp_label = {
        "D": "Débutant accepté",
        "S": f"Expérience souhaitée de {years} An(s)",
        "E": f"Expérience exigée de {years} An(s)",
    }[exp]
    qual = rng.choice(CO.QUALIFICATIONS[rome])

    competences = []
    o.coded_without_code = []
    for c in o.coded:
        exigence = rng.choice(["E", "S"])
        if rng.random() < UNCODED_SHARE:
            o.coded_without_code.append(c)
            short = [p for p in CRO.PHRASES[c]["p"] if len(p) <= 60 and not p.startswith("Vous")]
            lib_c = rng.choice(short) if short and rng.random() < 0.3 else label(c)
            competences.append({"libelle": lib_c, "exigence": exigence})
        else:
            competences.append({"code": c, "libelle": label(c), "exigence": exigence})

    company = {}
    if not o.anonymous:
        company["nom"] = emp["nom"]
    company["description"] = blurb(emp, o.anonymous)
    if not o.anonymous and rng.random() < 0.4:
        company["url"] = f"https://www.{emp['domaine']}"
    company["entrepriseAdaptee"] = bool(emp.get("adaptee"))

    offer = {
        "id": o.id,
        "intitule": title,
        "description": description,
        "dateCreation": fmt_dt(o.created),
        "dateActualisation": fmt_dt(
            min(
                o.created + timedelta(hours=rng.randint(0, 72), minutes=rng.randint(0, 59)),
                datetime(2026, 11, 16, 5, 0, 0),
            )
        ),
        "lieuTravail": {
            "libelle": f"{dep} - {lib}",
            "latitude": lat,
            "longitude": lon,
            "codePostal": cp,
            "commune": insee,
        },
        "romeCode": rome,
        "romeLibelle": fiche["libelle"],
        "appellationlibelle": appellation,
        "entreprise": company,
        "typeContrat": contract[0],
        "typeContratLibelle": contract[1],
        "natureContrat": contract[2],
        "experienceExige": exp,
        "experienceLibelle": exp_label,
    }
    if rng.random() < 0.5:
        code_f, domaine_f, niveau_f, commentaire_f = rng.choice(CO.FORMATIONS[rome])
        offer["formations"] = [
            {
                "codeFormation": code_f,
                "domaineLibelle": domaine_f,
                "niveauLibelle": niveau_f,
                "commentaire": commentaire_f,
                "exigence": rng.choice(["E", "S"]),
            }
        ]
    if rome == "M1805" and rng.random() < 0.4:
        offer["langues"] = [{"libelle": "Anglais", "exigence": rng.choice(["E", "S"])}]
    permis_p = {"F1104": 0.3, "F1703": 0.5, "J1501": 0.2, "M1805": 0.05, "N1103": 0.1, "H2913": 0.2}[rome]
    if emp.get("type") == "ssiad":
        offer["permis"] = [{"libelle": "B - Véhicule léger", "exigence": "E"}]
    elif rng.random() < permis_p:
        offer["permis"] = [{"libelle": "B - Véhicule léger", "exigence": rng.choice(["E", "S"])}]
    if CO.OUTILS[rome] and rng.random() < 0.4:
        offer["outilsBureautiques"] = rng.sample(CO.OUTILS[rome], rng.randint(1, len(CO.OUTILS[rome])))
    offer["competences"] = competences
    offer["salaire"] = salary(rng, rome)
    duree = rng.choice(CO.DUREES[rome])
    offer["dureeTravailLibelle"] = duree
    offer["dureeTravailLibelleConverti"] = "Temps plein" if rng.random() < 0.9 else "Temps partiel"
    offer["alternance"] = alternance
    if rng.random() < 0.75:
        contact = {
            "nom": f"{emp['nom']} - {emp['contact']}",
            "coordonnees1": rng.choice(CO.ADRESSES),
            "coordonnees2": f"{CO.COMMUNES[emp['commune']][3]} {CO.COMMUNES[emp['commune']][1]}",
            "telephone": phone(rng, CO.COMMUNES[emp["commune"]][0]),
            "courriel": f"{emp['contact'].split()[1][0].lower()}.{emp['contact'].split()[-1].lower()}@{emp['domaine']}".replace(
                "é", "e"
            )
            .replace("è", "e")
            .replace("ç", "c")
            .replace("ï", "i"),
        }
        if o.partner:
            contact["urlPostulation"] = f"https://recrutement.{emp['domaine']}/candidature/{o.serial:05d}"
        offer["contact"] = contact
    if rng.random() < 0.6:
        offer["agence"] = {
            "telephone": phone(rng, dep),
            "courriel": f"ape.{dep}{rng.randint(10, 99):03d}@francetravail.fr",
        }
    offer["nombrePostes"] = rng.choices([1, 2, 3], weights=[85, 10, 5])[0]
    offer["accessibleTH"] = accessible
    offer["qualificationCode"] = qual[0]
    offer["qualificationLibelle"] = qual[1]
    offer["codeNAF"] = emp["naf"]
    offer["secteurActivite"] = emp["naf"][:2]
    offer["secteurActiviteLibelle"] = CO.NAF[emp["naf"]]
    if o.qualities:
        offer["qualitesProfessionnelles"] = [{"libelle": label(c), "description": CRO.QUALITES[c]} for c in o.qualities]
    offer["trancheEffectifEtab"] = emp["tranche"]
    offer["origineOffre"] = origin(o, rng)
    offer["offresManqueCandidats"] = rome in ("J1501", "F1703", "H2913") and rng.random() < 0.5
    o.json = offer


def origin(o: Offer, rng: random.Random) -> dict:
    if not o.partner:
        return {"origine": "1", "urlOrigine": f"https://candidat.francetravail.fr/offres/recherche/detail/{o.id}"}
    name, url = CO.PARTENAIRES[o.serial % len(CO.PARTENAIRES)]
    return {
        "origine": "2",
        "urlOrigine": f"{url}/offre/{100000 + o.serial * 7:06d}",
        "partenaires": [
            {"nom": name, "url": f"{url}/offre/{100000 + o.serial * 7:06d}", "logo": f"{url}/static/logo.png"}
        ],
    }


REPOST_EDITS = [
    ("Nous vous offrons : ", "Ce que nous proposons : "),
    ("Vos missions :", "Missions :"),
    ("Profil recherché :", "Votre profil :"),
    ("H/F", "F/H"),
    ("Au quotidien, ", "Concrètement, "),
]


def make_reposts(per_code: dict[str, list[Offer]], rng: random.Random, used_ids: set) -> list[Offer]:
    reposts = []
    serial = 10000
    for code in CRO.ROME_ORDER:
        candidates = [o for o in per_code[code] if o.week <= N_WEEKS - 2]
        kinds = ["identique", "partenaire", "modifiee"]
        for i, src in enumerate(rng.sample(candidates, REPOSTS_PER_CODE[code])):
            serial += 1
            kind = kinds[(i + len(reposts)) % 3]
            r = Offer(code, min(N_WEEKS, src.week + rng.randint(1, 2)), src.employer, serial)
            r.asked, r.topped_up = list(src.asked), list(src.topped_up)
            r.repost_of, r.repost_kind = src, kind
            r.text_skills, r.coded, r.coded_without_code = src.text_skills, src.coded, src.coded_without_code
            r.qualities, r.boilerplate = src.qualities, src.boilerplate
            r.rising_term_in_boilerplate, r.anonymous = src.rising_term_in_boilerplate, src.anonymous
            r.json_flags = dict(src.json_flags)
            r.id = new_id(rng, used_ids)
            r.created = created_at(rng, r.week)
            j = json.loads(json.dumps(src.json))
            j["id"] = r.id
            j["dateCreation"] = fmt_dt(r.created)
            j["dateActualisation"] = fmt_dt(r.created + timedelta(hours=rng.randint(0, 24)))
            r.partner = kind == "partenaire" or src.partner
            if kind == "partenaire":
                name, url = CO.PARTENAIRES[(src.serial + 1) % len(CO.PARTENAIRES)]
                j["origineOffre"] = {
                    "origine": "2",
                    "urlOrigine": f"{url}/offre/{200000 + serial:06d}",
                    "partenaires": [
                        {"nom": name, "url": f"{url}/offre/{200000 + serial:06d}", "logo": f"{url}/static/logo.png"}
                    ],
                }
            else:
                j["origineOffre"] = (
                    {"origine": "1", "urlOrigine": f"https://candidat.francetravail.fr/offres/recherche/detail/{r.id}"}
                    if not src.partner
                    else src.json["origineOffre"]
                )
            if kind == "modifiee":
                for old, new in REPOST_EDITS:
                    if old in j["description"] or old in j["intitule"]:
                        j["description"] = j["description"].replace(old, new, 1)
                        j["intitule"] = j["intitule"].replace(old, new, 1)
                        break
            r.json = j
            reposts.append(r)
    return reposts


# ----------------------------------------------------------------------------------------------- files
def filters(offers: list[dict]) -> list[dict]:
    def agg(name, values):
        counts: dict[str, int] = {}
        for v in values:
            counts[v] = counts.get(v, 0) + 1
        return {"filtre": name, "agregation": [{"valeurPossible": k, "nbResultats": counts[k]} for k in sorted(counts)]}

    def exp_bucket(o):
        lib = o["experienceLibelle"]
        if o["experienceExige"] == "D":
            return "1"
        years = int(lib.split(" de ")[1].split()[0])
        return "2" if years <= 3 else "3"

    nature_codes = {"Contrat travail": "E1", "Contrat apprentissage": "E2", "Cont. professionnalisation": "FS"}
    return [
        agg("typeContrat", [o["typeContrat"] for o in offers]),
        agg("experience", [exp_bucket(o) for o in offers]),
        agg("qualification", ["9" if o["qualificationCode"] == "9" else "0" for o in offers]),
        agg("natureContrat", [nature_codes[o["natureContrat"]] for o in offers]),
    ]


def write_offers(out_dir: Path, all_offers: list[Offer]) -> dict[str, list[str]]:
    files: dict[str, list[str]] = {}
    by_week: dict[int, list[Offer]] = {w: [] for w in range(1, N_WEEKS + 1)}
    for o in all_offers:
        by_week[o.week].append(o)
    for w in range(1, N_WEEKS + 1):
        by_week[w].sort(key=lambda o: (o.json["dateCreation"], o.id), reverse=True)
    for w in range(1, N_WEEKS + 1):
        if w in JSONL_WEEKS:
            continue
        name = f"offres-{iso_week(w)}.json"
        results = [o.json for o in by_week[w]]
        body = {"resultats": results, "filtresPossibles": filters(results)}
        write_text(out_dir / name, json.dumps(body, ensure_ascii=False, indent=2) + "\n")
        files[name] = [o.id for o in by_week[w]]
    name = f"offres-{iso_week(JSONL_WEEKS[0])}-{iso_week(JSONL_WEEKS[1]).split('-')[1]}.jsonl"
    lines, ids = [], []
    for w in JSONL_WEEKS:
        for o in sorted(by_week[w], key=lambda o: (o.json["dateCreation"], o.id)):
            lines.append(json.dumps(o.json, ensure_ascii=False, separators=(",", ":")))
            ids.append(o.id)
    write_text(out_dir / name, "\n".join(lines) + "\n")
    files[name] = ids
    return files


# ----------------------------------------------------------------------------------------------- truth
def round4(x: float) -> float:
    return round(x, 4)


def build_truth(
    per_code: dict[str, list[Offer]],
    reposts: list[Offer],
    files: dict[str, list[str]],
    fiche_items: dict[str, list[str]],
) -> dict:
    stated = certification_coverage()
    truth: dict = {
        "description": (
            "Vérité plantée de l'échantillon data/sample (généré par generate.py). Les parts sont "
            "calculées sur les offres originales (reprises exclues) ; 'n_offres_brut' compte aussi "
            "les reprises."
        ),
        "graine": SEED,
        "region": REGION,
        "semaines": [
            {
                "index": w,
                "semaine_iso": iso_week(w),
                "debut": week_start(w).isoformat(),
                "fin": (week_start(w) + timedelta(days=6)).isoformat(),
            }
            for w in range(1, N_WEEKS + 1)
        ],
        "fichiers": {name: len(ids) for name, ids in files.items()},
        "totaux": {
            "offres": sum(len(v) for v in per_code.values()) + len(reposts),
            "offres_originales": sum(len(v) for v in per_code.values()),
            "reprises": len(reposts),
        },
        "certifications": [],
        "rome": {},
        "offres": {},
    }
    for cert in CR.CERTIFICATIONS:
        truth["certifications"].append(
            {
                "rncp_code": cert["numero"],
                "intitule": cert["intitule"],
                "abrege": cert["abrege"][0] if cert["abrege"] else None,
                "niveau": cert["niveau"],
                "actif": cert["actif"] == "Oui",
                "rome_codes": cert["romes"],
                "blocs": [f"{cert['numero']}BC{i:02d}" for i in range(1, len(cert["blocs"]) + 1)],
                "competences_enoncees": {c: b for c, b in stated[cert["numero"]].items()},
            }
        )
    for code in CRO.ROME_ORDER:
        plan = CRO.PLAN[code]
        originals = per_code[code]
        raw = originals + [r for r in reposts if r.rome == code]
        weeks = [[o for o in originals if o.week == w] for w in range(1, N_WEEKS + 1)]
        employers = sorted({o.employer["cle"] for o in originals})
        certs = [c for c in CR.CERTIFICATIONS if code in c["romes"]]
        roles: list[tuple[str, str]] = []
        roles += [(c, "covered") for c, _ in plan["covered"]]
        roles += [(c, "uncovered") for c, _ in plan["uncovered"]]
        roles.append((plan["rising"][0], "rising"))
        roles.append((plan["singulier"][0], "singulier"))
        roles.append((plan["elongation"][0], "elongation"))
        if plan["block_group"]:
            roles += [(c, "block_group") for c in plan["block_group"][0]]
        roles.append((plan["transversal"][0], "transversal"))
        roles += [(c, "boilerplate") for c in plan["boilerplate"]]
        roles += [(c, "background") for c, _ in plan["background"]]
        skills = []
        for c, role in roles:
            asking = [o for o in originals if c in o.asked]
            coverage = {}
            for cert in certs:
                if c in stated[cert["numero"]]:
                    cov = "couvert"
                elif role == "boilerplate":
                    cov = None
                elif role == "elongation":
                    cov = "elongation"
                elif role == "block_group":
                    cov = "nouveau_bloc"
                else:
                    cov = "nouveau"
                coverage[cert["numero"]] = cov
            trend = {
                "rising": "emergent",
                "covered": "stable",
                "uncovered": "stable",
                "elongation": "stable",
                "block_group": "stable",
                "transversal": "stable",
            }.get(role)
            breadth = {"transversal": "transversal", "singulier": "singulier"}.get(role)
            entry = {
                "code_ogr": c,
                "label": label(c),
                "kind": kind_of(c),
                "role": role,
                "coeur_metier": "Émergente" if c in plan["emergente"] else "Principale",
                "attendu": {"coverage": coverage, "breadth": breadth, "trend": trend},
                "n_offres": len(asking),
                "part_offres": round4(len(asking) / len(originals)),
                "n_offres_brut": len([o for o in raw if c in o.asked]),
                "n_employeurs": len({o.employer["cle"] for o in asking}),
                "employeurs": sorted({o.employer["cle"] for o in asking}),
                "parts_hebdo": [round4(len([o for o in wk if c in o.asked]) / len(wk)) for wk in weeks],
                "n_offres_texte": len([o for o in asking if c in o.text_skills]),
                "n_offres_codees": len([o for o in asking if c in o.coded]),
            }
            if role == "elongation":
                base = plan["elongation"][1]
                entry["competence_enoncee"] = {
                    "code_ogr": base,
                    "label": label(base),
                    "blocs": {cert["numero"]: stated[cert["numero"]].get(base) for cert in certs},
                }
            if role == "block_group":
                group = plan["block_group"][0]
                entry["groupe"] = group
                entry["n_offres_groupe_complet"] = len([o for o in originals if all(g in o.asked for g in group)])
            if role == "boilerplate":
                mentioning = [o for o in originals if c in o.boilerplate]
                entry["n_offres_mention_boilerplate"] = len(mentioning)
                entry["employeurs_mention"] = sorted({o.employer["cle"] for o in mentioning})
            if role == "singulier":
                entry["employeur"] = next(e["cle"] for e in CO.EMPLOYEURS[code] if e.get("singulier"))
            if role == "rising":
                entry["taux_vises"] = [plan["rising"][1], plan["rising"][2]]
                term = [o for o in originals if o.rising_term_in_boilerplate]
                entry["offres_citant_le_terme_en_presentation_sans_le_demander"] = sorted(o.id for o in term)
            skills.append(entry)
        truth["rome"][code] = {
            "libelle": CRO.FICHES[code]["libelle"],
            "offres": len(raw),
            "offres_originales": len(originals),
            "offres_par_semaine": [len(wk) for wk in weeks],
            "employeurs": employers,
            "employeurs_noms": {e["cle"]: e["nom"] for e in CO.EMPLOYEURS[code]},
            "certifications_actives": [c["numero"] for c in certs if c["actif"] == "Oui"],
            "certifications_inactives": [c["numero"] for c in certs if c["actif"] != "Oui"],
            "items_fiche": fiche_items[code],
            "competences": skills,
        }
    for o in sorted([o for v in per_code.values() for o in v] + reposts, key=lambda o: o.id):
        truth["offres"][o.id] = {
            "rome": o.rome,
            "semaine": o.week,
            "employeur": o.employer["cle"],
            "anonyme": o.anonymous,
            "demandees": list(o.asked),
            "ajoutees_pour_minimum": list(o.topped_up),
            "codees": list(o.coded),
            "codees_sans_code": list(o.coded_without_code),
            "dans_le_texte": list(o.text_skills),
            "qualites": list(o.qualities),
            "boilerplate": list(o.boilerplate),
            "terme_montant_en_presentation": o.rising_term_in_boilerplate,
            "coordonnees_dans_le_texte": o.json_flags["contact_in_text"],
            "partenaire": o.partner,
            "reprise_de": o.repost_of.id if o.repost_of else None,
            "type_reprise": o.repost_kind or None,
        }
    return truth


# ----------------------------------------------------------------------------------------------- README
ROLE_FR = {
    "covered": "couverte",
    "uncovered": "non couverte",
    "rising": "montante (non couverte)",
    "singulier": "singulière (un seul employeur)",
    "elongation": "élongation",
    "block_group": "groupe « nouveau bloc »",
    "transversal": "transversale",
    "boilerplate": "présentation / avantages seulement",
    "background": "savoir-être de fond",
}


def readme(truth: dict, files: dict[str, list[str]]) -> str:
    t = truth
    out = []
    a = out.append
    a("# Échantillon embarqué d'ecarts (`data/sample/`)")
    a("")
    a(
        "Données d'entrée par défaut de `ecarts demo` : un extrait du ROME 4.0, un extrait de l'export RNCP "
        "(XML v4.1) et seize semaines d'offres d'emploi de la région Nouvelle-Aquitaine (INSEE 75), écrits dans "
        "les formats réels décrits par `shared/formats/REFERENCE.md`."
    )
    a("")
    a("## Provenance et licence")
    a("")
    a(
        "- Écrit par les développeurs d'ecarts avec `generate.py` (bibliothèque standard Python, graine fixe "
        f"{SEED}) ; relancer `.venv/bin/python data/sample/generate.py` redonne des fichiers identiques à l'octet. "
        "Le contenu rédactionnel est dans `_contenu_rome.py`, `_contenu_rncp.py` et `_contenu_offres.py`."
    )
    a(
        "- **Tout est fictif**, sauf ce qui suit : entreprises, personnes, adresses, courriels, téléphones, "
        "identifiants d'offres, numéros de fiches RNCP (RNCP9xxxx), contenus des blocs de compétences, "
        "certificateurs privés et identifiants techniques du ROME (`code_ogr` des compétences, savoirs, "
        "appellations, macro-compétences, `code_fiche_metier`, plages 9xxxxx) sont inventés. Les intitulés des "
        "certifications s'inspirent de certifications existantes, mais les fiches ne décrivent pas leurs "
        "référentiels officiels."
    )
    a(
        "- Sont réels : les codes des fiches ROME (F1104, F1703, J1501, M1805, N1103, H2913) et leurs intitulés "
        "(ROME 4.0, France Travail, Licence Ouverte / Etalab 2.0), les libellés ROME V3 repris dans les fiches RNCP, "
        "les codes NAF et NSF, et les communes (noms, codes postaux, codes INSEE, coordonnées approximatives)."
    )
    a("- L'échantillon lui-même est distribué sous la licence du projet (MIT).")
    a("")
    a("## Formats suivis")
    a("")
    a(
        "- **ROME 4.0** (`rome/`) : fichiers `unix_<ressource>_v460_utf8.csv`, UTF-8, virgule, tous les champs "
        "entre guillemets, ligne d'en-tête, fins de ligne `\\n`. Colonnes de REFERENCE.md §2 ; les fichiers "
        "`referentiel_appellation` et `referentiel_competence` portent aussi les colonnes réelles que REFERENCE.md "
        "résume par « … » (`transition_*`, `emploi_*`, `origine` ; `libelle_heterogeneite`, `libelle_origine`, "
        "vides). Les savoir-faire et savoir-être sont dans `referentiel_competence` (colonne `nature`), les savoirs "
        "dans `referentiel_savoir` ; `liens_rome_referentiels` relie chaque fiche à ses items (bloc 5, rubrique 1 "
        "savoir-faire, 2 savoir-être professionnels, 3 savoirs) ; `coherence_item` marque `Principale` ou "
        "`Émergente`."
    )
    a(
        "- `unix_arborescence_competences_v460_utf8.csv` (colonnes reprises des fichiers réels) : "
        "`code_domaine_competence, domaine_competence, code_enjeu, enjeu, code_objectif, objectif, "
        "code_macro_competence, code_ogr_macro_competence, libelle_macro_competence, code_ogr_competence, "
        "libelle_competence` — une ligne par compétence (savoir-faire et savoir-être ; les savoirs n'y figurent pas). "
        "Dans `referentiel_competence`, `code_macro_comp` renvoie à `code_macro_competence`, `cat_comp` vaut "
        "« Compétence technique » ou « Savoir-être professionnel » et `sous_cat_comp` reprend l'objectif."
    )
    a(
        f"- **RNCP** (`rncp/{RNCP_FILE}`) : racine `<FICHES>`, `<VERSION_FLUX>4.1</VERSION_FLUX>`, puis des "
        "`<FICHE>` (NUMERO_FICHE, INTITULE, ABREGE, ETAT_FICHE, NOMENCLATURE_EUROPE, ACTIVITES_VISEES, "
        "CAPACITES_ATTESTEES, CODES_ROME, BLOCS_COMPETENCES, ACTIF, DATE_FIN_ENREGISTREMENT, et quelques autres). "
        "Les textes mêlent à dessein quatre balisages : HTML échappé en listes (`&lt;ul&gt;&lt;li&gt;`, apostrophes "
        "`&amp;#39;`), HTML échappé avec entités nommées (`&amp;eacute;`, `&amp;nbsp;`), paragraphes et tirets "
        "(`&lt;p&gt;- …&lt;br/&gt;- …`, apostrophes typographiques) et texte brut à tirets (`&apos;`). "
        "Les libellés ROME des fiches sont ceux du ROME V3 (comme dans les exports réels) : joindre sur le code. "
        "`ANCIENNE_CERTIFICATION` / `NOUVELLE_CERTIFICATION` relient la fiche inactive à celle qui la remplace."
    )
    a(
        "- **Offres** (`offres/`) : API France Travail Offres d'emploi v2 (REFERENCE.md §1). Semaines 1 à 14 : "
        'un fichier par semaine ISO, réponse de recherche `{"resultats": [...], "filtresPossibles": [...]}` '
        "(agrégats calculés sur le fichier). Semaines 15 et 16 : un seul fichier JSON Lines, une offre par ligne. "
        "Les offres portent les vraies clés (dont `appellationlibelle` avec un « l » minuscule), un bloc `contact` "
        "et un bloc `agence` aux données personnelles inventées (elles doivent être écartées au chargement), et "
        f"`entreprise.nom` est absent dans {sum(1 for o in t['offres'].values() if o['anonyme'])} offres."
    )
    a("")
    a("## Fichiers")
    a("")
    a("| fichier | contenu |")
    a("|---|---|")
    a("| `generate.py` | le générateur (et `_contenu_*.py`, son contenu rédactionnel) |")
    a(
        "| `check_sample.py` | vérifications de l'échantillon (lecture de chaque fichier, effectifs, parts hebdomadaires) |"
    )
    a("| `truth.json` | la vérité plantée, lisible par les tests |")
    for name in sorted(p.name for p in (HERE / "rome").glob("*.csv")):
        a(f"| `rome/{name}` | extrait ROME 4.0 |")
    a(f"| `rncp/{RNCP_FILE}` | {len(t['certifications'])} fiches RNCP |")
    for name, ids in files.items():
        a(f"| `offres/{name}` | {len(ids)} offres |")
    a("")
    a("## Effectifs")
    a("")
    active = [c for c in t["certifications"] if c["actif"]]
    a(
        f"- {t['totaux']['offres']} offres, dont {t['totaux']['reprises']} reprises d'une offre antérieure "
        f"(même employeur, même texte, nouvel identifiant ; parfois via un partenaire, parfois avec un mot changé) ; "
        f"{N_WEEKS} semaines de création, du lundi {week_start(1).isoformat()} au dimanche "
        f"{(week_start(N_WEEKS) + timedelta(days=6)).isoformat()} (semaines ISO {iso_week(1)} à {iso_week(N_WEEKS)})."
    )
    a(
        f"- 6 codes ROME, {sum(len(CO.EMPLOYEURS[c]) for c in CRO.ROME_ORDER)} employeurs fictifs, "
        f"{len(CRO.ITEMS)} items ROME (compétences, savoir-être, savoirs)."
    )
    a(
        f"- {len(t['certifications'])} fiches RNCP : {len(active)} actives et "
        f"{len(t['certifications']) - len(active)} inactive."
    )
    a("")
    a("| code ROME | intitulé | offres (dont reprises) | employeurs | certifications actives |")
    a("|---|---|---|---|---|")
    for code in CRO.ROME_ORDER:
        r = t["rome"][code]
        a(
            f"| {code} | {r['libelle']} | {r['offres']} ({r['offres'] - r['offres_originales']}) | "
            f"{len(r['employeurs'])} | {', '.join(r['certifications_actives'])} |"
        )
    a("")
    a("| fiche RNCP | intitulé | niveau | codes ROME | actif |")
    a("|---|---|---|---|---|")
    for c in t["certifications"]:
        title = (f"{c['abrege']} " if c["abrege"] else "") + c["intitule"]
        a(
            f"| {c['rncp_code']} | {title} | {c['niveau']} | {', '.join(c['rome_codes'])} | "
            f"{'Oui' if c['actif'] else 'Non'} |"
        )
    a("")
    a("## Signaux plantés")
    a("")
    a(
        "Chaque compétence plantée est un item de l'extrait ROME (son `code_ogr`), dite dans le texte des offres de "
        "trois à six façons (missions, profil, énumérations du type « Maîtrise d'AutoCAD et de Revit »), parfois "
        "par son libellé ROME exact, et souvent listée dans `competences[]` (2 à 6 entrées par offre, 10 % sans "
        "`code`). Les parts ci-dessous sont calculées sur les offres originales (reprises exclues) ; `truth.json` "
        "donne tout, y compris la couverture attendue par certification et les parts hebdomadaires."
    )
    a("")
    a("Par code ROME :")
    a(
        "- 3 à 5 compétences **couvertes** : énoncées par toutes les certifications actives du code, demandées par "
        "30 à 60 % des offres ;"
    )
    a("- 2 compétences **non couvertes** stables (20 à 35 %) : aucune certification du code ne les énonce ;")
    a(
        "- 1 compétence **montante** non couverte : environ 3 % des offres en semaine 1, 50 % en semaine 16 "
        "(quotas hebdomadaires par diffusion d'erreur) ; marquée `Émergente` dans `coherence_item` pour F1104, "
        "M1805 et H2913 ;"
    )
    a("- 1 compétence **singulière** : demandée par un seul employeur, dans la plupart de ses offres ;")
    a(
        "- 1 **élongation** : un outil ou une norme plus récente de la même famille qu'une compétence énoncée "
        "(AutoCAD → Revit, JavaScript → TypeScript, CACES R489 cat. 3 → cat. 5, ISO 9606-1 → ASME IX, maçonnerie "
        "traditionnelle → joint mince, mobilisation avec aides techniques → PRAP 2S) ;"
    )
    a(
        "- pour F1104, J1501 et M1805, un **groupe de trois compétences non couvertes** souvent demandées ensemble "
        "(candidat « nouveau bloc ») ;"
    )
    a(
        "- « Travailler en équipe », **transversale** : demandée dans les six codes (énoncée seulement par les "
        "certifications d'aide-soignant) ;"
    )
    a(
        "- 1 compétence **boilerplate** : citée uniquement dans la présentation de l'entreprise (ou, pour N1103, "
        "dans les avantages) d'employeurs qui ne la demandent pas ; de plus, un employeur F1104 se dit « leader du "
        "BIM » et un employeur M1805 « pionnier de l'intelligence artificielle générative » sans jamais demander la "
        "compétence montante correspondante ;"
    )
    a("- 2 savoir-être **de fond** (qualités professionnelles), non énoncés par les certifications.")
    a("")
    a(
        "Chaque certification active a ainsi au moins deux compétences demandées non couvertes (les non couvertes, "
        "la montante, la singulière, le groupe)."
    )
    a("")
    for code in CRO.ROME_ORDER:
        r = t["rome"][code]
        a(f"### {code} — {r['libelle']}")
        a("")
        a("| code_ogr | compétence | rôle | part des offres | employeurs |")
        a("|---|---|---|---|---|")
        for s in r["competences"]:
            part = (
                f"{100 * s['part_offres']:.0f} %"
                if s["role"] != "boilerplate"
                else (f"0 % (citée dans {s['n_offres_mention_boilerplate']} offres)")
            )
            extra = ""
            if s["role"] == "elongation":
                extra = f" — énoncé : « {s['competence_enoncee']['label']} »"
            if s["role"] == "singulier":
                emp = next(e for e in CO.EMPLOYEURS[code] if e["cle"] == s["employeur"])
                extra = f" — {display_name(emp)}"
            a(f"| {s['code_ogr']} | {s['label']}{extra} | {ROLE_FR[s['role']]} | {part} | {s['n_employeurs']} |")
        a("")
    a("### Évolution des compétences montantes (part des offres originales du code, semaines 1 à 16)")
    a("")
    a("| code ROME | compétence | " + " | ".join(f"S{w}" for w in range(1, N_WEEKS + 1)) + " |")
    a("|---|---|" + "---|" * N_WEEKS)
    for code in CRO.ROME_ORDER:
        s = next(x for x in t["rome"][code]["competences"] if x["role"] == "rising")
        a(f"| {code} | {s['label']} | " + " | ".join(f"{100 * v:.0f}" for v in s["parts_hebdo"]) + " |")
    a("")
    a("## `truth.json`")
    a("")
    a(
        "- `rome.<code>.competences[]` : pour chaque compétence plantée, `code_ogr`, `label`, `kind`, `role` "
        "(covered, uncovered, rising, singulier, elongation, block_group, transversal, boilerplate, background), "
        "`attendu` (`coverage` par fiche RNCP liée au code — `couvert`, `elongation`, `nouveau`, `nouveau_bloc` ; "
        "`breadth` et `trend` attendus quand le rôle les fixe), `n_offres`, `part_offres`, `n_employeurs`, "
        "`employeurs`, `parts_hebdo` (16 valeurs), `n_offres_brut` (reprises comprises) ; selon le rôle : "
        "`competence_enoncee` (élongation), `groupe` (bloc), `employeur` (singulière), "
        "`n_offres_mention_boilerplate`, `offres_citant_le_terme_en_presentation_sans_le_demander` (montante)."
    )
    a(
        "- `certifications[]` : fiche, niveau, actif, codes ROME, blocs et `competences_enoncees` "
        "(`code_ogr` → bloc qui l'énonce)."
    )
    a(
        "- `offres.<id>` : code ROME, semaine, employeur, compétences demandées (`demandees`), codées, dites dans "
        "le texte, qualités, mentions boilerplate, reprise (`reprise_de`), partenaire, coordonnées dans le texte."
    )
    a("")
    a("## Autres pièges volontaires")
    a("")
    offers = t["offres"].values()
    a(
        f"- {sum(1 for o in offers if o['coordonnees_dans_le_texte'])} descriptions contiennent un courriel ou un "
        "numéro de téléphone (à masquer)."
    )
    a(f"- {t['totaux']['reprises']} offres sont des reprises (`truth.json`, champ `reprise_de`) : à compter une fois.")
    a(f'- {sum(1 for o in offers if o["partenaire"])} offres viennent d\'un partenaire (`origineOffre.origine` = "2").')
    a(
        "- Des libellés contiennent des virgules (CSV ROME) ; des énoncés RNCP portent des entités HTML doublement "
        "échappées."
    )
    a(
        "- Les offres anonymes (sans `entreprise.nom`) portent une présentation neutre (taille, secteur, "
        "département) au lieu de celle de l'employeur : un traitement qui identifie l'employeur par son nom les "
        "compte à part ; `truth.json` donne le véritable employeur de chaque offre."
    )
    a(
        "- Les codes ROME liés hors de l'échantillon (F1106, F1701, K1302, M1806, M1810, N1101, N1105, H2902) "
        "n'ont ni fiche dans l'extrait ROME ni offre."
    )
    a("")
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------------------------- main
def main() -> None:
    rng = random.Random(SEED)
    check_plan_against_certifications()
    fiche_items = write_rome(HERE / "rome")
    write_rncp(HERE / "rncp")
    per_code = build_offers(rng)
    used_ids: set = set()
    for code in CRO.ROME_ORDER:
        for o in per_code[code]:
            render_offer(o, rng, used_ids)
    reposts = make_reposts(per_code, rng, used_ids)
    all_offers = [o for code in CRO.ROME_ORDER for o in per_code[code]] + reposts
    for old in sorted((HERE / "offres").glob("offres-*")):
        old.unlink()
    files = write_offers(HERE / "offres", all_offers)
    truth = build_truth(per_code, reposts, files, fiche_items)
    write_text(HERE / "truth.json", json.dumps(truth, ensure_ascii=False, indent=1) + "\n")
    write_text(HERE / "README.md", readme(truth, files))
    print(
        f"{truth['totaux']['offres']} offres ({truth['totaux']['reprises']} reprises), "
        f"{len(files)} fichiers d'offres, {len(CR.CERTIFICATIONS)} fiches RNCP."
    )


if __name__ == "__main__":
    main()
