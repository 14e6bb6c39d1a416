"""Le rendu de l'échantillon : l'extrait ROME 4.0 (CSV), l'export RNCP (XML), et les offres au format de l'API
France Travail Offres d'emploi v2 (fichiers JSON hebdomadaires et un fichier JSON Lines).

Le ROME et le RNCP ne tirent rien au hasard. Chaque offre a ses propres générateurs (:func:`_common.rng_for`,
clé de l'offre) : ``id`` (son identifiant), ``date`` (création, actualisation), ``offre`` (texte et autres
champs). Les grilles d'écarts des centres de formation ont leur générateur à part (``grilles/generate.py``,
sans hasard).
"""

from __future__ import annotations

import json
import random
import string
from datetime import datetime, timedelta
from pathlib import Path

from _common import (
    CO,
    CR,
    CRO,
    JSONL_WEEKS,
    LABEL_LINE_SHARE,
    N_WEEKS,
    ROME_VERSION,
    RNCP_FILE,
    SE_NATURE,
    SF_NATURE,
    SV_NATURE,
    UNCODED_SHARE,
    csv_text,
    fmt_dt,
    iso_week,
    label,
    nature,
    rng_for,
    week_start,
    write_text,
)
from _plan import Offer


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

        def add(c: str, items: list[str] = items) -> None:
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


# ----------------------------------------------------------------------------------------------- texts
def combos_for(rome: str) -> list[tuple[tuple[str, ...], dict]]:
    return [(skills, phr) for r, skills, phr in CRO.COMBOS if r == rome]


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
        for i, (_, phr) in enumerate(profile):
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


def render_offer(o: Offer, used_ids: set) -> None:
    """The offer's JSON, from its plan; ``used_ids`` holds the ids already given (offers in key order)."""
    emp = o.employer
    rome = o.rome
    o.id = new_id(rng_for("id", o.key), used_ids)
    dates = rng_for("date", o.key)
    o.created = created_at(dates, o.week)
    updated = min(
        o.created + timedelta(hours=dates.randint(0, 72), minutes=dates.randint(0, 59)), datetime(2026, 11, 16, 5, 0, 0)
    )
    rng = rng_for("offre", o.key)
    interim = bool(emp.get("interim"))
    accessible = o.json_flags["accessibleTH"]
    description = render_description(o, rng)

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
        "dateActualisation": fmt_dt(updated),
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
    offer["origineOffre"] = origin(o)
    offer["offresManqueCandidats"] = rome in ("J1501", "F1703", "H2913") and rng.random() < 0.5
    o.json = offer


def origin(o: Offer) -> dict:
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


def render_repost(r: Offer, used_ids: set) -> None:
    """A repost: its source's JSON with a new id and new dates, now and then through a partner or with one word
    changed (``r.repost_kind``)."""
    src = r.repost_of
    assert src is not None and src.json, r.key
    r.text_skills, r.coded, r.coded_without_code = src.text_skills, src.coded, src.coded_without_code
    r.qualities = src.qualities
    r.id = new_id(rng_for("id", r.key), used_ids)
    dates = rng_for("date", r.key)
    r.created = created_at(dates, r.week)
    j = json.loads(json.dumps(src.json))
    j["id"] = r.id
    j["dateCreation"] = fmt_dt(r.created)
    j["dateActualisation"] = fmt_dt(r.created + timedelta(hours=dates.randint(0, 24)))
    if r.repost_kind == "partenaire":
        name, url = CO.PARTENAIRES[(src.serial + 1) % len(CO.PARTENAIRES)]
        j["origineOffre"] = {
            "origine": "2",
            "urlOrigine": f"{url}/offre/{200000 + r.serial:06d}",
            "partenaires": [
                {"nom": name, "url": f"{url}/offre/{200000 + r.serial:06d}", "logo": f"{url}/static/logo.png"}
            ],
        }
    else:
        j["origineOffre"] = (
            {"origine": "1", "urlOrigine": f"https://candidat.francetravail.fr/offres/recherche/detail/{r.id}"}
            if not src.partner
            else src.json["origineOffre"]
        )
    if r.repost_kind == "modifiee":
        for old, new in REPOST_EDITS:
            if old in j["description"] or old in j["intitule"]:
                j["description"] = j["description"].replace(old, new, 1)
                j["intitule"] = j["intitule"].replace(old, new, 1)
                break
    r.json = j


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


def render_all(per_code: dict[str, list[Offer]], reposts: list[Offer]) -> None:
    """Every offer's JSON; ids are given in key order (ROME code, then offer), a repost after its code's
    originals, so that an id drawn twice goes to the first offer and the second draws again from its own
    stream."""
    used_ids: set = set()
    for code in CRO.ROME_ORDER:
        for o in per_code[code]:
            render_offer(o, used_ids)
    for r in reposts:
        render_repost(r, used_ids)
