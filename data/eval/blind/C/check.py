# -*- coding: utf-8 -*-
"""Consistency checks for part C (standard library only). Exit 1 on error."""
import csv
import glob
import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "C"
OGR_MIN, OGR_MAX = 730000, 739999
RNCP_MIN, RNCP_MAX = 73001, 73099
DEPTS = {"01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"}
errors, warnings = [], []


def err(m):
    errors.append(m)


def warn(m):
    warnings.append(m)


HEADERS = {
    "referentiel_code_rome": ["code_rome", "code_fiche_metier", "code_ogr", "libelle_rome", "transition_eco", "transition_num", "transition_demo", "emploi_reglemente", "emploi_cadre", "code_rome_parent"],
    "referentiel_appellation": ["code_ogr", "libelle_appellation_long", "libelle_appellation_court", "code_rome", "classification", "code_rome_parent", "peu_usite"],
    "referentiel_competence": ["code_ogr", "nature", "libelle_competence", "definition", "code_ogr_macro_comp", "code_macro_comp", "cat_comp", "sous_cat_comp", "transition_eco", "transition_num"],
    "referentiel_savoir": ["code_ogr_savoir", "libelle_savoir", "categorie_savoir", "sous_categorie_savoir", "transition_eco", "transition_num"],
    "liens_rome_referentiels": ["code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"],
    "coherence_item": ["code_rome", "code_ogr", "coeur_metier"],
    "rubrique_mobilite": ["code_rome", "code_rome_cible", "numero_ordre"],
}

# ---------------- ROME
rome = {}
for res, hdr in HEADERS.items():
    p = os.path.join(HERE, "rome", "unix_%s_v461_utf8.csv" % res)
    raw = open(p, "rb").read()
    if b"\r\n" in raw:
        err("%s: CRLF line ends" % res)
    text = raw.decode("utf-8")
    for line in text.splitlines():
        # every field double-quoted
        if not (line.startswith('"') and line.endswith('"')):
            err("%s: unquoted line %r" % (res, line[:60]))
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != hdr:
        err("%s: header %s" % (res, rows[0]))
    for r in rows[1:]:
        if len(r) != len(hdr):
            err("%s: row width %s" % (res, r))
    rome[res] = [dict(zip(hdr, r)) for r in rows[1:]]

fiches = {r["code_rome"]: r for r in rome["referentiel_code_rome"]}
defined = []
defined += [r["code_ogr"] for r in rome["referentiel_code_rome"]]
defined += [r["code_ogr"] for r in rome["referentiel_appellation"]]
defined += [r["code_ogr"] for r in rome["referentiel_competence"]]
defined += [r["code_ogr_savoir"] for r in rome["referentiel_savoir"]]
if len(defined) != len(set(defined)):
    dup = {x for x in defined if defined.count(x) > 1}
    err("duplicate code_ogr definitions: %s" % sorted(dup))
macro = {r["code_ogr_macro_comp"] for r in rome["referentiel_competence"]}
if macro & set(defined):
    err("macro code_ogr collides with items: %s" % (macro & set(defined)))
for c in list(defined) + list(macro):
    if not (c.isdigit() and OGR_MIN <= int(c) <= OGR_MAX):
        err("code_ogr out of range: %s" % c)
comp = {r["code_ogr"]: r for r in rome["referentiel_competence"]}
sav = {r["code_ogr_savoir"]: r for r in rome["referentiel_savoir"]}
for r in rome["referentiel_competence"]:
    if r["nature"] not in ("Savoir-faire", "Savoir-être professionnel"):
        err("nature %s" % r["nature"])
    if r["cat_comp"] not in ("Compétence technique", "Savoir-être professionnel"):
        err("cat_comp %s" % r["cat_comp"])
for r in rome["liens_rome_referentiels"]:
    if r["code_rome"] not in fiches:
        err("liens: unknown fiche %s" % r["code_rome"])
    if r["code_compo_bloc"] != "5":
        err("liens: bloc %s" % r["code_compo_bloc"])
    c = r["code_ogr"]
    exp = "3" if c in sav else ("1" if comp.get(c, {}).get("nature") == "Savoir-faire" else "2" if c in comp else None)
    if exp is None:
        err("liens: unknown item %s" % c)
    elif r["code_rubrique"] != exp:
        err("liens: rubrique %s for %s" % (r["code_rubrique"], c))
items_by_fiche = {}
for r in rome["liens_rome_referentiels"]:
    items_by_fiche.setdefault(r["code_rome"], set()).add(r["code_ogr"])
for r in rome["coherence_item"]:
    if r["code_ogr"] not in items_by_fiche.get(r["code_rome"], ()):
        err("coherence: %s not linked to %s" % (r["code_ogr"], r["code_rome"]))
    if r["coeur_metier"] not in ("Principale", "Émergente"):
        err("coherence value %s" % r["coeur_metier"])
for r in rome["rubrique_mobilite"]:
    if r["code_rome"] not in fiches or r["code_rome_cible"] not in fiches:
        err("mobilite: unknown fiche %s" % r)
apps = {}
for r in rome["referentiel_appellation"]:
    apps.setdefault(r["code_rome"], []).append(r)
for f in fiches:
    if not 2 <= len(apps.get(f, [])) <= 4:
        err("fiche %s has %d appellations" % (f, len(apps.get(f, []))))

# ---------------- truth
truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
mains = truth["main_fiches"]
for f in mains:
    n = len(items_by_fiche.get(f, ()))
    if not 25 <= n <= 45:
        err("main fiche %s has %d items" % (f, n))
    cl = [r["code_rome_cible"] for r in rome["rubrique_mobilite"] if r["code_rome"] == f]
    if len(cl) < 2:
        err("main fiche %s has %d close fiches" % (f, len(cl)))
    for c in cl:
        n = len(items_by_fiche.get(c, ()))
        if not 8 <= n <= 15:
            err("close fiche %s has %d items" % (c, n))

# ---------------- RNCP
xp = os.path.join(HERE, "rncp", "export-fiches-rncp-v4-1-2026-11-30.xml")
root = ET.parse(xp).getroot()
if root.tag != "FICHES" or root.find("VERSION_FLUX").text != "4.1":
    err("xml root/version")


def statements(htmltext):
    t = htmltext or ""
    t = re.sub(r"<br\s*/?>|</li>|</p>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    out = []
    for line in t.split("\n"):
        line = line.strip()
        if line.startswith("- "):
            line = line[2:]
        if line:
            out.append(line)
    return out


certs = {}
for fi in root.findall("FICHE"):
    num = fi.find("NUMERO_FICHE").text
    if not (num.startswith("RNCP") and RNCP_MIN <= int(num[4:]) <= RNCP_MAX):
        err("RNCP number out of range %s" % num)
    for tag in ("INTITULE", "ABREGE/CODE", "ABREGE/LIBELLE", "ETAT_FICHE", "NOMENCLATURE_EUROPE/NIVEAU",
                "NOMENCLATURE_EUROPE/LIBELLE", "ACTIVITES_VISEES", "CAPACITES_ATTESTEES", "ACTIF", "DATE_FIN_ENREGISTREMENT"):
        if fi.find(tag) is None or not (fi.find(tag).text or "").strip():
            err("%s: missing %s" % (num, tag))
    blocs = {}
    for b in fi.findall("BLOCS_COMPETENCES/BLOC_COMPETENCES"):
        code = b.find("CODE").text
        if not code.startswith(num + "BC"):
            err("bloc code %s" % code)
        sts = statements(b.find("LISTE_COMPETENCES").text)
        if not 5 <= len(sts) <= 9:
            err("%s: %d competences" % (code, len(sts)))
        blocs[code] = {"competences": sts, "modalites": " ".join(statements(b.find("MODALITES_EVALUATION").text))}
    if not 3 <= len(blocs) <= 5:
        err("%s: %d blocs" % (num, len(blocs)))
    certs[num] = {
        "romes": [r.find("CODE").text for r in fi.findall("CODES_ROME/ROME")],
        "blocs": blocs,
        "activites": statements(fi.find("ACTIVITES_VISEES").text),
        "capacites": statements(fi.find("CAPACITES_ATTESTEES").text),
    }
for f in mains:
    n = [c for c, v in certs.items() if f in v["romes"]]
    if len(n) < 2:
        err("fiche %s has %d certifications" % (f, len(n)))
for num, v in truth["certifications"].items():
    if num not in certs or certs[num]["romes"] != v["rome_codes"]:
        err("truth certification mismatch %s" % num)

# ---------------- offers
offers = {}
for p in sorted(glob.glob(os.path.join(HERE, "offres", "offres-*.json"))):
    d = json.load(open(p, encoding="utf-8"))
    if set(d) != {"resultats", "filtresPossibles"}:
        err("%s keys" % p)
    for o in d["resultats"]:
        if o["id"] in offers:
            err("duplicate offer id %s" % o["id"])
        offers[o["id"]] = o
for oid, o in offers.items():
    if not (len(oid) == 7 and oid.startswith(PART)):
        err("offer id %s" % oid)
    if o["romeCode"] not in mains:
        err("offer %s rome %s" % (oid, o["romeCode"]))
    if not ("2026-09-07" <= o["dateCreation"][:10] <= "2026-11-29"):
        err("offer %s date %s" % (oid, o["dateCreation"]))
    if not re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z$", o["dateCreation"]):
        err("offer %s date format" % oid)
    if o["lieuTravail"]["libelle"][:2] not in DEPTS or o["lieuTravail"]["codePostal"][:2] not in DEPTS:
        err("offer %s place" % oid)
    for k in ("intitule", "description", "dateActualisation", "romeLibelle", "appellationlibelle", "entreprise",
              "typeContrat", "typeContratLibelle", "experienceExige", "formations", "salaire"):
        if k not in o:
            err("offer %s lacks %s" % (oid, k))
    for c in o.get("competences", []):
        if "code" in c:
            it = comp.get(c["code"]) or sav.get(c["code"])
            if not it:
                err("offer %s competence code %s unknown" % (oid, c["code"]))
            else:
                lab = it.get("libelle_competence") or it.get("libelle_savoir")
                if lab != c["libelle"]:
                    err("offer %s competence label mismatch %s" % (oid, c["libelle"]))
        if not 2 <= len(o.get("competences", [1, 2])) <= 6:
            err("offer %s competences count" % oid)
for f in mains:
    n = sum(1 for o in offers.values() if o["romeCode"] == f)
    if n < 17:
        err("fiche %s has %d offers" % (f, n))
nonom = sum(1 for o in offers.values() if "nom" not in o["entreprise"])
if not 0.15 <= nonom / len(offers) <= 0.35:
    warn("offers without nom: %d/%d" % (nonom, len(offers)))


def labels(o):
    return [c["libelle"] for c in o.get("competences", [])] + [q["libelle"] for q in o.get("qualitesProfessionnelles", [])]


def contains(o, ph):
    return ph in o["description"] or ph in labels(o)


# ---------------- skills
savoir_by_label = {r["libelle_savoir"]: r for r in rome["referentiel_savoir"]}
ids = set()
for s in truth["skills"]:
    sid = s["id"]
    if sid in ids:
        err("dup skill id %s" % sid)
    ids.add(sid)
    if not s["offers"]:
        err("%s has no offer" % sid)
    for oid in s["offers"]:
        if oid not in offers:
            err("%s: unknown offer %s" % (sid, oid))
            continue
        if offers[oid]["romeCode"] != s["rome_code"]:
            err("%s: offer %s of other fiche" % (sid, oid))
        if not any(contains(offers[oid], p) for p in s["phrasings"]):
            err("%s: offer %s contains none of its phrasings" % (sid, oid))
    for p in s["phrasings"]:
        if not any(contains(offers[oid], p) for oid in s["offers"] if oid in offers):
            err("%s: phrasing %r in no listed offer" % (sid, p))
        # occurrences in unlisted offers of the same fiche
        for oid, o in offers.items():
            if o["romeCode"] == s["rome_code"] and oid not in s["offers"] and contains(o, p):
                err("%s: phrasing %r also in unlisted offer %s" % (sid, p, oid))
        if len(p.split()) > 10:
            warn("%s: long phrasing %r" % (sid, p))
    if s["breadth"] not in ("transversal", "general", "particulier", "singulier"):
        err("%s breadth" % sid)
    if s["trend"] not in ("emergent", "stable", "en_recul"):
        err("%s trend" % sid)
    if s["breadth"] == "singulier" and len(s["offers"]) < 2:
        err("%s singulier with <2 offers" % sid)
    if len(s["offers"]) < 2:
        warn("%s (%s) in a single offer" % (sid, s["label"]))
    if s["is_savoir_etre"]:
        continue
    for num, c in certs.items():
        if s["rome_code"] in c["romes"] and num not in s["coverage"]:
            err("%s: no coverage for %s" % (sid, num))
    for num, cov in s["coverage"].items():
        v = cov["value"]
        if v not in ("couvert", "faible", "elongation", "nouveau", "nouveau_bloc"):
            err("%s: coverage value %s" % (sid, v))
        if v in ("nouveau", "nouveau_bloc"):
            if v == "nouveau_bloc" and not s["new_block_group"]:
                err("%s: nouveau_bloc without group" % sid)
            continue
        st = cov.get("statement")
        c = certs[num]
        if v in ("couvert", "elongation"):
            b = cov.get("block_code")
            if b not in c["blocs"] or st not in c["blocs"][b]["competences"]:
                err("%s: statement not a competence of %s %s: %r" % (sid, num, b, st))
        else:
            where = cov.get("where")
            ok = False
            if where == "LISTE_COMPETENCES":
                ok = st in c["blocs"].get(cov.get("block_code"), {}).get("competences", [])
            elif where == "ACTIVITES_VISEES":
                ok = st in c["activites"]
            elif where == "CAPACITES_ATTESTEES":
                ok = st in c["capacites"]
            elif where == "MODALITES_EVALUATION":
                ok = st in c["blocs"].get(cov.get("block_code"), {}).get("modalites", "")
            if not ok:
                err("%s: faible statement not found in %s %s" % (sid, num, where))
        if v == "couvert":
            for p in s["phrasings"]:
                if p.lower() in st.lower():
                    err("%s: couvert statement repeats phrasing %r" % (sid, p))
        if v == "elongation":
            fam = s["elongation_family"]
            a, b = cov.get("item_offer"), cov.get("item_certification")
            for it in (a, b):
                if it not in savoir_by_label or savoir_by_label[it]["sous_categorie_savoir"] != fam:
                    err("%s: item %r not in sous-categorie %r" % (sid, it, fam))
            if a == b:
                err("%s: same item" % sid)
            if not all(w.lower() in st.lower() for w in re.findall(r"\w+", b) if len(w) > 3):
                err("%s: certification item %r not named in statement" % (sid, b))
            if a.lower() in st.lower():
                err("%s: offer item %r named in statement" % (sid, a))
            if not any(a.lower() in p.lower() or p.lower() in a.lower() for p in s["phrasings"]) and not any(
                    w.lower() in " ".join(s["phrasings"]).lower() for w in a.split() if len(w) > 5):
                warn("%s: offer item %r not visible in phrasings" % (sid, a))
# groups
groups = {}
for s in truth["skills"]:
    if s["new_block_group"]:
        groups.setdefault((s["rome_code"], s["new_block_group"]), []).append(s)
for (f, g), ss in groups.items():
    if not 3 <= len(ss) <= 4:
        err("group %s has %d skills" % (g, len(ss)))
    common = set.intersection(*[set(s["offers"]) for s in ss])
    if len(common) < 2:
        err("group %s asked together in %d offers" % (g, len(common)))

# ---------------- not_skills
kinds = {"salaire", "avantage", "contrat", "horaires", "candidature", "entreprise", "titre", "diplome_requis", "niveau", "contact"}
allph = {}
for s in truth["skills"]:
    for p in s["phrasings"]:
        allph.setdefault(p, s["id"])
for n in truth["not_skills"]:
    if n["kind"] not in kinds:
        err("not_skill kind %s" % n["kind"])
    for oid in n["offers"]:
        if n["text"] not in offers[oid]["description"]:
            err("not_skill %r not in %s" % (n["text"], oid))
    for p, sid in allph.items():
        if p == n["text"]:
            err("not_skill %r equals phrasing of %s" % (p, sid))

for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("%d errors, %d warnings" % (len(errors), len(warnings)))
sys.exit(1 if errors else 0)
