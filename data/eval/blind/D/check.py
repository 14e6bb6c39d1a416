#!/usr/bin/env python3
"""Consistency checks for part D (standard library only). Exit code 1 on any error."""
import csv
import datetime as dt
import glob
import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LO, HI = 740000, 749999
RNCP_LO, RNCP_HI = 74001, 74099
AURA = {"01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"}
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

# ---------------- ROME ----------------
rome = {}
for res, hdr in HEADERS.items():
    p = os.path.join(HERE, "rome", "unix_%s_v461_utf8.csv" % res)
    if not os.path.exists(p):
        err("missing " + p)
        continue
    raw = open(p, "rb").read()
    if b"\r" in raw:
        err(res + ": CR found")
    for i, line in enumerate(raw.decode("utf-8").split("\n")[:-1]):
        if not (line.startswith('"') and line.endswith('"')):
            err("%s line %d not fully quoted" % (res, i + 1))
    rows = list(csv.reader(open(p, encoding="utf-8", newline="")))
    if rows[0] != hdr:
        err("%s header %s" % (res, rows[0]))
    rome[res] = [dict(zip(rows[0], r)) for r in rows[1:]]
    for r in rows[1:]:
        if len(r) != len(hdr):
            err("%s row width %s" % (res, r))

defs = []
defs += [int(r["code_ogr"]) for r in rome["referentiel_code_rome"]]
defs += [int(r["code_ogr"]) for r in rome["referentiel_appellation"]]
defs += [int(r["code_ogr"]) for r in rome["referentiel_competence"]]
defs += [int(r["code_ogr_savoir"]) for r in rome["referentiel_savoir"]]
macros = {int(r["code_ogr_macro_comp"]) for r in rome["referentiel_competence"]}
defs += sorted(macros)
for c in defs:
    if not LO <= c <= HI:
        err("code_ogr out of range %d" % c)
if len(defs) != len(set(defs)):
    err("duplicate code_ogr definitions")
items = {}
for r in rome["referentiel_competence"]:
    items[int(r["code_ogr"])] = ("SF" if r["nature"] == "Savoir-faire" else "SE", r["libelle_competence"])
    if r["nature"] not in ("Savoir-faire", "Savoir-être professionnel"):
        err("bad nature " + r["nature"])
    if r["cat_comp"] not in ("Compétence technique", "Savoir-être professionnel"):
        err("bad cat_comp " + r["cat_comp"])
savoir = {}
for r in rome["referentiel_savoir"]:
    items[int(r["code_ogr_savoir"])] = ("S", r["libelle_savoir"])
    savoir[r["libelle_savoir"]] = r["sous_categorie_savoir"]
subcats = {}
for r in rome["referentiel_savoir"]:
    subcats.setdefault(r["sous_categorie_savoir"], []).append(r["libelle_savoir"])
fiches = {r["code_rome"] for r in rome["referentiel_code_rome"]}
links = {}
for r in rome["liens_rome_referentiels"]:
    c = int(r["code_ogr"])
    if c not in items:
        err("link to unknown item %d" % c)
        continue
    exp = {"SF": "1", "SE": "2", "S": "3"}[items[c][0]]
    if r["code_rubrique"] != exp or r["code_compo_bloc"] != "5":
        err("bad rubrique for %d" % c)
    links.setdefault(r["code_rome"], set()).add(c)
for r in rome["coherence_item"]:
    if r["coeur_metier"] not in ("Principale", "Émergente"):
        err("bad coeur_metier")
for f, its in links.items():
    n = len(its)
    if f in ("D1102", "M1607"):
        if not 25 <= n <= 45:
            err("%s has %d items" % (f, n))
    elif not 8 <= n <= 15:
        err("%s has %d items" % (f, n))
for f in fiches:
    apps = [a for a in rome["referentiel_appellation"] if a["code_rome"] == f]
    if f in ("D1102", "M1607") and not 2 <= len(apps) <= 4:
        err("appellations %s" % f)
mob = {(r["code_rome"], r["code_rome_cible"]) for r in rome["rubrique_mobilite"]}
for m in ("D1102", "M1607"):
    if len([1 for a, b in mob if a == m]) < 2:
        err("mobilite %s" % m)

# ---------------- RNCP ----------------
xmlp = os.path.join(HERE, "rncp", "export-fiches-rncp-v4-1-2026-11-30.xml")
root = ET.parse(xmlp).getroot()
assert root.tag == "FICHES" and root.find("VERSION_FLUX").text == "4.1"


def decode(txt):
    t = html.unescape(txt or "")
    t = re.sub(r"<br\s*/?>|</li>|</p>|<li>|<p>|<ul>|</ul>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    return t


def statements(txt):
    out = []
    for line in decode(txt).split("\n"):
        line = line.strip()
        if line.startswith("- "):
            line = line[2:].strip()
        if line:
            out.append(line)
    return out


certs = {}
for f in root.findall("FICHE"):
    num = f.find("NUMERO_FICHE").text
    if not re.fullmatch(r"RNCP(\d+)", num) or not RNCP_LO <= int(num[4:]) <= RNCP_HI:
        err("bad RNCP number " + num)
    for tag in ("INTITULE", "ABREGE/CODE", "ABREGE/LIBELLE", "ETAT_FICHE", "NOMENCLATURE_EUROPE/NIVEAU", "ACTIVITES_VISEES", "CAPACITES_ATTESTEES", "ACTIF", "DATE_FIN_ENREGISTREMENT"):
        if f.find(tag) is None or not (f.find(tag).text or "").strip():
            err("%s missing %s" % (num, tag))
    romes = [r.find("CODE").text for r in f.findall("CODES_ROME/ROME")]
    blocks = {}
    for b in f.findall("BLOCS_COMPETENCES/BLOC_COMPETENCES"):
        code = b.find("CODE").text
        st = statements(b.find("LISTE_COMPETENCES").text)
        if not 5 <= len(st) <= 9:
            err("%s has %d competences" % (code, len(st)))
        blocks[code] = {"comp": st, "modal": decode(b.find("MODALITES_EVALUATION").text)}
        if not code.startswith(num + "BC"):
            err("block code " + code)
    if not 3 <= len(blocks) <= 5:
        err("%s has %d blocks" % (num, len(blocks)))
    certs[num] = dict(title=f.find("INTITULE").text, romes=romes, blocks=blocks,
                      ACTIVITES_VISEES=decode(f.find("ACTIVITES_VISEES").text),
                      CAPACITES_ATTESTEES=decode(f.find("CAPACITES_ATTESTEES").text))

# ---------------- offers ----------------
offers = {}
for p in sorted(glob.glob(os.path.join(HERE, "offres", "offres-*.json"))):
    data = json.load(open(p, encoding="utf-8"))
    assert set(data) == {"resultats", "filtresPossibles"}
    for o in data["resultats"]:
        if o["id"] in offers:
            err("duplicate offer id " + o["id"])
        offers[o["id"]] = o
lo_d, hi_d = dt.datetime(2026, 9, 7), dt.datetime(2026, 11, 30)
per_rome, emps = {}, {}
for oid, o in offers.items():
    if len(oid) != 7 or not oid.startswith("D"):
        err("bad id " + oid)
    for k in ("intitule", "description", "dateCreation", "dateActualisation", "lieuTravail", "romeCode", "romeLibelle", "appellationlibelle", "entreprise", "typeContrat", "typeContratLibelle", "experienceExige", "salaire"):
        if k not in o:
            err("%s missing %s" % (oid, k))
    d = dt.datetime.strptime(o["dateCreation"], "%Y-%m-%dT%H:%M:%S.000Z")
    if not lo_d <= d < hi_d:
        err("%s date %s" % (oid, d))
    if o["lieuTravail"]["libelle"][:2] not in AURA:
        err("%s not in AURA" % oid)
    per_rome.setdefault(o["romeCode"], []).append(oid)
    emps.setdefault(o["romeCode"], set()).add(o["entreprise"].get("nom"))
    for c in o.get("competences", []):
        if "code" in c:
            ci = int(c["code"])
            if ci not in items or items[ci][1] != c["libelle"]:
                err("%s competence code %s label mismatch" % (oid, c["code"]))
            elif ci not in links.get(o["romeCode"], set()):
                warn("%s competence %s not linked to %s" % (oid, ci, o["romeCode"]))
    if "{{" in o["description"] or "[[" in o["description"]:
        err(oid + " stray markup")
for r in ("D1102", "M1607"):
    if len(per_rome.get(r, [])) < 17:
        err("fewer than 17 offers for " + r)
    named = {e for e in emps[r] if e}
    if not 8 <= len(named) <= 12:
        err("%s has %d named employers" % (r, len(named)))
    anon = sum(1 for i in per_rome[r] if not offers[i]["entreprise"].get("nom"))
    print("%s: %d offers, %d named employers, %d anonymous offers" % (r, len(per_rome[r]), len(named), anon))


def labels(o):
    return {c["libelle"] for c in o.get("competences", [])} | {q["libelle"] for q in o.get("qualitesProfessionnelles", [])}


# ---------------- truth ----------------
truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
assert truth["part"] == "D" and truth["region"] == "84"
for num, c in truth["certifications"].items():
    if num not in certs:
        err("truth cert not in XML " + num)
    elif c["rome_codes"] != certs[num]["romes"]:
        err("rome codes differ " + num)
for r in truth["main_fiches"]:
    if sum(1 for c in truth["certifications"].values() if r in c["rome_codes"]) < 2:
        err("fewer than 2 certifications for " + r)

VALID = {"couvert", "faible", "elongation", "nouveau", "nouveau_bloc"}
ids = set()
seen_phr = {}  # (offer, phrase) -> skill
counts = {}
for s in truth["skills"]:
    sid = s["id"]
    if sid in ids:
        err("dup skill id " + sid)
    ids.add(sid)
    rc = s["rome_code"]
    for p in s["phrasings"]:
        nw = len(p.split())
        if nw > 10:
            err("%s phrasing too long: %s" % (sid, p))
    for oid in s["offers"]:
        o = offers.get(oid)
        if o is None:
            err("%s unknown offer %s" % (sid, oid))
            continue
        if o["romeCode"] != rc:
            err("%s offer %s of other rome" % (sid, oid))
        if not any(p in o["description"] or p in labels(o) for p in s["phrasings"]):
            err("%s: offer %s contains no phrasing" % (sid, oid))
    # phrasing present in same-rome offers not listed
    for oid, o in offers.items():
        if o["romeCode"] != rc or oid in s["offers"]:
            continue
        for p in s["phrasings"]:
            if p.lower() in o["description"].lower() or p in labels(o):
                err("%s phrasing '%s' also in unlisted offer %s" % (sid, p, oid))
    for oid in s["offers"]:
        o = offers[oid]
        for p in s["phrasings"]:
            if p in o["description"]:
                seen_phr.setdefault((oid, p), set()).add(sid)
    # coverage
    if not s["is_savoir_etre"]:
        need = {n for n, c in truth["certifications"].items() if rc in c["rome_codes"]}
        if set(s["coverage"]) != need:
            err("%s coverage certs %s != %s" % (sid, sorted(s["coverage"]), sorted(need)))
    fams = set()
    for num, cv in s["coverage"].items():
        v = cv["value"]
        if v not in VALID:
            err("%s bad value %s" % (sid, v))
        counts.setdefault(rc, {}).setdefault(num, {}).setdefault(v, 0)
        counts[rc][num][v] += 1
        if v in ("couvert", "faible", "elongation"):
            st = cv.get("statement", "")
            c = certs[num]
            if v in ("couvert", "elongation"):
                if st not in c["blocks"].get(cv.get("block_code"), {}).get("comp", []):
                    err("%s %s statement not a competence of %s" % (sid, num, cv.get("block_code")))
            else:
                where = cv.get("where")
                ok = False
                if where == "LISTE_COMPETENCES":
                    ok = st in c["blocks"].get(cv.get("block_code"), {}).get("comp", [])
                elif where == "MODALITES_EVALUATION":
                    ok = st in c["blocks"].get(cv.get("block_code"), {}).get("modal", "")
                elif where in ("ACTIVITES_VISEES", "CAPACITES_ATTESTEES"):
                    ok = st in c[where]
                if not ok:
                    err("%s %s faible statement not found (%s)" % (sid, num, where))
            if v == "couvert":
                for p in s["phrasings"]:
                    if re.search(r"(?<!\w)" + re.escape(p.lower()) + r"(?!\w)", st.lower()):
                        err("%s couvert statement reuses offer wording '%s'" % (sid, p))
            if v == "elongation":
                fam = s["elongation_family"]
                fams.add(fam)
                oi, ci = cv.get("offer_item"), cv.get("certification_item")
                if fam not in subcats or oi not in subcats[fam] or ci not in subcats[fam] or oi == ci:
                    err("%s elongation family %s does not hold %s and %s" % (sid, fam, oi, ci))
                if ci.lower().split(" (")[0] not in st.lower() and ci.lower().replace("logiciel ", "") not in st.lower() and ci.lower().replace("fermentation ", "") not in st.lower():
                    warn("%s elongation statement may not name %s: %s" % (sid, ci, st))
        if v == "nouveau_bloc" and not s.get("new_block_group"):
            err(sid + " nouveau_bloc without group")
    if s["elongation_family"] and not fams:
        err(sid + " family without elongation")
    if s["breadth"] not in ("transversal", "general", "particulier", "singulier"):
        err(sid + " bad breadth")
    if s["trend"] not in ("emergent", "stable", "en_recul"):
        err(sid + " bad trend")
    if s["breadth"] == "singulier":
        es = {offers[o]["entreprise"].get("nom") for o in s["offers"]}
        if len(es) != 1 or None in es or len(s["offers"]) < 2:
            err(sid + " singulier but employers " + str(es))
    if s["trend"] == "emergent":
        wk = lambda oid: (dt.datetime.strptime(offers[oid]["dateCreation"][:10], "%Y-%m-%d") - lo_d).days // 7
        early = sum(1 for o in s["offers"] if wk(o) < 6)
        late = sum(1 for o in s["offers"] if wk(o) >= 6)
        ne = sum(1 for o in per_rome[rc] if wk(o) < 6)
        nl = len(per_rome[rc]) - ne
        print("%s emergent: early %d/%d, late %d/%d" % (sid, early, ne, late, nl))
        if early / ne >= late / nl / 3:
            err(sid + " not clearly emergent")
    if not s["is_savoir_etre"] and len(s["offers"]) < 2:
        warn(sid + " only one offer")

for (oid, p), sids in seen_phr.items():
    if len(sids) > 1:
        err("phrasing %s in %s belongs to several skills %s" % (p, oid, sids))
# overlapping phrasings of different skills inside one offer
by_offer = {}
for s in truth["skills"]:
    for oid in s["offers"]:
        for p in s["phrasings"]:
            if p in offers[oid]["description"]:
                by_offer.setdefault(oid, []).append((s["id"], p))
for oid, lst in by_offer.items():
    for a, pa in lst:
        for b, pb in lst:
            if a != b and pa in pb:
                warn("%s: phrasing '%s' (%s) inside '%s' (%s)" % (oid, pa, a, pb, b))

# groups
groups = {}
for s in truth["skills"]:
    if s.get("new_block_group"):
        groups.setdefault(s["new_block_group"], []).append(s)
for g, ss in groups.items():
    if not 3 <= len(ss) <= 4:
        err("group %s has %d skills" % (g, len(ss)))
    together = [o for o in offers if sum(1 for s in ss if o in s["offers"]) >= 2]
    if len(together) < 2:
        err("group %s not asked together" % g)

# not_skills
KINDS = {"salaire", "avantage", "contrat", "horaires", "candidature", "entreprise", "titre", "diplome_requis", "niveau", "contact"}
ns_counts = {}
for n in truth["not_skills"]:
    if n["kind"] not in KINDS:
        err("bad kind " + n["kind"])
    ns_counts[n["kind"]] = ns_counts.get(n["kind"], 0) + 1
    for oid in n["offers"]:
        if n["text"] not in offers[oid]["description"]:
            err("not_skill '%s' not in %s" % (n["text"], oid))
    for s in truth["skills"]:
        for p in s["phrasings"]:
            if p == n["text"]:
                err("text both skill and not_skill: " + p)

print("coverage counts per fiche and certification:")
for rc, d in counts.items():
    for num, c in d.items():
        print("  ", rc, num, dict(sorted(c.items())))
print("skills per fiche:", {r: sum(1 for s in truth["skills"] if s["rome_code"] == r) for r in truth["main_fiches"]})
print("breadth:", {b: sum(1 for s in truth["skills"] if s["breadth"] == b) for b in ("transversal", "general", "particulier", "singulier")})
print("not_skills by kind:", dict(sorted(ns_counts.items())))
for w in warnings:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
