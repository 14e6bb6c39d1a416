#!/usr/bin/env python3
"""Consistency checks for part E (standard library only)."""
import csv, glob, html, json, os, re, sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from datetime import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LO, HI = 750000, 759999
DEPTS = {"01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"}
errors, warnings = [], []
def err(m): errors.append(m)
def warn(m): warnings.append(m)

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
for name, hdr in HEADERS.items():
    p = os.path.join(HERE, "rome", "unix_%s_v461_utf8.csv" % name)
    raw = open(p, encoding="utf-8", newline="").read()
    if "\r" in raw:
        err("%s has CR" % name)
    for line in raw.rstrip("\n").split("\n"):
        if not (line.startswith('"') and line.endswith('"')):
            err("%s: unquoted field in line %r" % (name, line[:60]))
    rows = list(csv.reader(raw.splitlines()))
    if rows[0] != hdr:
        err("%s header %r" % (name, rows[0]))
    rome[name] = [dict(zip(hdr, r)) for r in rows[1:]]
    for r in rows[1:]:
        if len(r) != len(hdr):
            err("%s bad row %r" % (name, r))

def inrange(c):
    return c.isdigit() and LO <= int(c) <= HI
ids = []
for r in rome["referentiel_code_rome"]: ids.append(r["code_ogr"])
for r in rome["referentiel_appellation"]: ids.append(r["code_ogr"])
for r in rome["referentiel_competence"]:
    ids.append(r["code_ogr"])
    if not inrange(r["code_ogr_macro_comp"]): err("macro out of range " + r["code_ogr_macro_comp"])
    if r["nature"] not in ("Savoir-faire", "Savoir-être professionnel"): err("nature " + r["nature"])
    if r["cat_comp"] not in ("Compétence technique", "Savoir-être professionnel"): err("cat " + r["cat_comp"])
for r in rome["referentiel_savoir"]: ids.append(r["code_ogr_savoir"])
for c in ids:
    if not inrange(c): err("code_ogr out of range: " + c)
dup = [c for c, n in Counter(ids).items() if n > 1]
if dup: err("duplicate code_ogr: %s" % dup)
macro = {r["code_ogr_macro_comp"] for r in rome["referentiel_competence"]}
if macro & set(ids): err("macro codes collide with item codes: %s" % (macro & set(ids)))
items = {r["code_ogr"]: r for r in rome["referentiel_competence"]}
savs = {r["code_ogr_savoir"]: r for r in rome["referentiel_savoir"]}
fiches = {r["code_rome"] for r in rome["referentiel_code_rome"]}
per_fiche = Counter()
for r in rome["liens_rome_referentiels"]:
    c = r["code_ogr"]
    if r["code_compo_bloc"] != "5": err("bloc != 5")
    rub = r["code_rubrique"]
    if rub == "3":
        if c not in savs: err("link rub3 to non-savoir " + c)
    elif rub in ("1", "2"):
        if c not in items: err("link to unknown comp " + c)
        else:
            exp = "Savoir-faire" if rub == "1" else "Savoir-être professionnel"
            if items[c]["nature"] != exp: err("rubrique/nature mismatch %s" % c)
    else: err("rubrique " + rub)
    if r["code_rome"] not in fiches: err("unknown fiche in links " + r["code_rome"])
    per_fiche[r["code_rome"]] += 1
for f, n in per_fiche.items():
    lo, hi = (25, 45) if f in ("A1203", "N4105") else (8, 15)
    if not lo <= n <= hi: err("fiche %s has %d items (expected %d-%d)" % (f, n, lo, hi))
coh = {(r["code_rome"], r["code_ogr"]) for r in rome["coherence_item"]}
for r in rome["coherence_item"]:
    if r["coeur_metier"] not in ("Principale", "Émergente"): err("coeur " + r["coeur_metier"])
app_n = Counter(r["code_rome"] for r in rome["referentiel_appellation"])
for f in fiches:
    if not 2 <= app_n[f] <= 4: err("appellations for %s: %d" % (f, app_n[f]))
mob = defaultdict(list)
for r in rome["rubrique_mobilite"]: mob[r["code_rome"]].append(r["code_rome_cible"])
for f in ("A1203", "N4105"):
    if len(mob[f]) < 2: err("mobility " + f)
sub_items = defaultdict(set)
for s in savs.values(): sub_items[s["sous_categorie_savoir"]].add(s["libelle_savoir"])
label_of = {**{k: v["libelle_competence"] for k, v in items.items()}, **{k: v["libelle_savoir"] for k, v in savs.items()}}

# ---------------- RNCP
tree = ET.parse(os.path.join(HERE, "rncp", "export-fiches-rncp-v4-1-2026-11-30.xml"))
root = tree.getroot()
assert root.tag == "FICHES" and root.find("VERSION_FLUX").text == "4.1"
def clean(t):
    t = html.unescape(t or "")
    return re.sub(r"<[^>]+>", " ", t)
def stmts(t):
    t = html.unescape(t or "")
    parts = re.split(r"<br\s*/?>|</li>|</p>", t)
    out = []
    for p in parts:
        p = re.sub(r"<[^>]+>", "", p).strip()
        p = re.sub(r"^-\s*", "", p).strip()
        if p: out.append(p)
    return out
certs = {}
for f in root.findall("FICHE"):
    num = f.find("NUMERO_FICHE").text
    if not re.fullmatch(r"RNCP750\d\d", num) or not 75001 <= int(num[4:]) <= 75099: err("RNCP number " + num)
    for tag in ("INTITULE", "ABREGE/CODE", "ABREGE/LIBELLE", "ETAT_FICHE", "NOMENCLATURE_EUROPE/NIVEAU", "ACTIVITES_VISEES", "CAPACITES_ATTESTEES", "ACTIF", "DATE_FIN_ENREGISTREMENT"):
        if f.find(tag) is None or not (f.find(tag).text or "").strip(): err("%s missing %s" % (num, tag))
    blocks = {}
    bl = f.findall("BLOCS_COMPETENCES/BLOC_COMPETENCES")
    if not 3 <= len(bl) <= 5: err("%s has %d blocks" % (num, len(bl)))
    for b in bl:
        code = b.find("CODE").text
        if not code.startswith(num + "BC"): err("block code " + code)
        lst = stmts(b.find("LISTE_COMPETENCES").text)
        if not 5 <= len(lst) <= 9: err("%s: %d competences" % (code, len(lst)))
        blocks[code] = {"comps": lst, "modal": clean(b.find("MODALITES_EVALUATION").text)}
    certs[num] = {"romes": [r.find("CODE").text for r in f.findall("CODES_ROME/ROME")], "blocks": blocks,
                  "ACTIVITES_VISEES": clean(f.find("ACTIVITES_VISEES").text),
                  "CAPACITES_ATTESTEES": " ".join(stmts(f.find("CAPACITES_ATTESTEES").text))}
for fch in ("A1203", "N4105"):
    n = sum(1 for c in certs.values() if fch in c["romes"])
    if n < 2: err("only %d certs for %s" % (n, fch))

# ---------------- offers
offers = {}
for p in glob.glob(os.path.join(HERE, "offres", "offres-*.json")):
    d = json.load(open(p, encoding="utf-8"))
    assert set(d) == {"resultats", "filtresPossibles"}
    for o in d["resultats"]:
        if o["id"] in offers: err("dup offer id " + o["id"])
        offers[o["id"]] = o
lo_d, hi_d = datetime(2026, 9, 7), datetime(2026, 11, 30)
fiche_count = Counter()
for oid, o in offers.items():
    if not (len(oid) == 7 and oid.startswith("E")): err("bad id " + oid)
    for k in ("intitule", "description", "dateCreation", "dateActualisation", "lieuTravail", "romeCode", "romeLibelle", "appellationlibelle", "entreprise", "typeContrat", "typeContratLibelle", "experienceExige", "formations", "salaire"):
        if k not in o: err("%s missing %s" % (oid, k))
    dc = datetime.strptime(o["dateCreation"], "%Y-%m-%dT%H:%M:%S.000Z")
    if not lo_d <= dc < hi_d: err("date out of range " + oid)
    if o["lieuTravail"]["libelle"][:2] not in DEPTS or o["lieuTravail"]["codePostal"][:2] not in DEPTS: err("dept " + oid)
    fiche_count[o["romeCode"]] += 1
    for c in o.get("competences", []):
        if "code" in c:
            if c["code"] not in label_of: err("%s unknown comp code %s" % (oid, c["code"]))
            elif label_of[c["code"]] != c["libelle"]: err("%s label mismatch %s" % (oid, c["code"]))
for f in ("A1203", "N4105"):
    if fiche_count[f] < 17: err("only %d offers for %s" % (fiche_count[f], f))
nocomp = sum(1 for o in offers.values() if o.get("competences"))
noname = sum(1 for o in offers.values() if "nom" not in o["entreprise"])

def labels(o):
    return {c["libelle"] for c in o.get("competences", [])} | {q["libelle"] for q in o.get("qualitesProfessionnelles", [])}
def uses(o, phr):
    return phr in o["description"] or phr in labels(o)

# ---------------- truth
truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
assert truth["part"] == "E" and truth["main_fiches"] == ["A1203", "N4105"]
for num, c in truth["certifications"].items():
    if num not in certs: err("truth cert not in XML " + num)
    elif sorted(c["rome_codes"]) != sorted(certs[num]["romes"]): err("rome codes mismatch " + num)
sids = Counter(s["id"] for s in truth["skills"])
if any(n > 1 for n in sids.values()): err("dup skill ids")
COV = {"couvert", "faible", "elongation", "nouveau", "nouveau_bloc"}
groups = defaultdict(list)
cov_count = defaultdict(Counter)
all_phr = []
for s in truth["skills"]:
    sid = s["id"]
    if s["breadth"] not in ("transversal", "general", "particulier", "singulier"): err("breadth " + sid)
    if s["trend"] not in ("emergent", "stable", "en_recul"): err("trend " + sid)
    for oid in s["offers"]:
        if oid not in offers: err("%s unknown offer %s" % (sid, oid)); continue
        if offers[oid]["romeCode"] != s["rome_code"]: err("%s offer %s of other fiche" % (sid, oid))
        if not any(uses(offers[oid], p) for p in s["phrasings"]): err("%s: offer %s has none of the phrasings" % (sid, oid))
    for p in s["phrasings"]:
        if not any(uses(offers[o], p) for o in s["offers"] if o in offers): err("%s: phrasing %r in no listed offer" % (sid, p))
        if len(p.split()) > 10: warn("%s: long phrasing %r" % (sid, p))
        all_phr.append((p, sid, s["rome_code"]))
    if len(s["offers"]) < 2: warn("%s appears in %d offer(s)" % (sid, len(s["offers"])))
    if s["breadth"] == "singulier":
        emps = {truth["employers"][o] for o in s["offers"]}
        if len(emps) != 1 or len(s["offers"]) < 2: err("%s singulier but employers %s" % (sid, emps))
    if s["is_savoir_etre"]:
        continue
    want = [n for n, c in certs.items() if s["rome_code"] in c["romes"]]
    if sorted(s["coverage"]) != sorted(want): err("%s coverage certs %s vs %s" % (sid, sorted(s["coverage"]), want))
    for num, cv in s["coverage"].items():
        v = cv["value"]
        if v not in COV: err("%s bad value %s" % (sid, v)); continue
        cov_count[s["rome_code"]][v] += 1
        if v in ("couvert", "elongation"):
            b = certs[num]["blocks"].get(cv.get("block_code"))
            if not b or cv["statement"] not in b["comps"]: err("%s/%s: statement not a competence of %s" % (sid, num, cv.get("block_code")))
            if v == "couvert":
                for p in s["phrasings"]:
                    if p.lower() in cv["statement"].lower(): warn("%s: couvert statement reuses offer wording %r" % (sid, p))
        if v == "faible":
            ok = False
            if cv.get("block_code"):
                b = certs[num]["blocks"].get(cv["block_code"])
                ok = bool(b) and (cv["statement"] in b["comps"] or cv["statement"] in b["modal"])
            else:
                ok = cv["statement"] in certs[num]["ACTIVITES_VISEES"] or cv["statement"] in certs[num]["CAPACITES_ATTESTEES"]
            if not ok: err("%s/%s faible statement not found" % (sid, num))
        if v == "elongation":
            fam = s["elongation_family"]
            if fam not in sub_items: err("%s family %r not a sous_categorie_savoir" % (sid, fam))
            elif not ({cv["offer_savoir"], cv["cert_savoir"]} <= sub_items[fam]) or cv["offer_savoir"] == cv["cert_savoir"]:
                err("%s family %r lacks items %s / %s" % (sid, fam, cv["offer_savoir"], cv["cert_savoir"]))
        if v == "nouveau_bloc":
            if not s["new_block_group"]: err("%s nouveau_bloc without group" % sid)
    if s["new_block_group"]:
        groups[s["new_block_group"]].append(s)
for g, lst in groups.items():
    if not 3 <= len(lst) <= 4: err("group %s has %d skills" % (g, len(lst)))
    common = set.intersection(*[set(x["offers"]) for x in lst])
    if len(common) < 2: err("group %s asked together in %d offers" % (g, len(common)))
# emergent
for s in truth["skills"]:
    if s["trend"] == "emergent":
        fo = [o for o in offers.values() if o["romeCode"] == s["rome_code"]]
        early = [o for o in fo if o["dateCreation"] < "2026-10-19"]
        late = [o for o in fo if o["dateCreation"] >= "2026-10-19"]
        e1 = sum(o["id"] in s["offers"] for o in early); e2 = sum(o["id"] in s["offers"] for o in late)
        print("emergent %s: early %d/%d, late %d/%d" % (s["id"], e1, len(early), e2, len(late)))
        if e1 / len(early) >= e2 / len(late): err("emergent not growing " + s["id"])
# not_skills
KINDS = {"salaire", "avantage", "contrat", "horaires", "candidature", "entreprise", "titre", "diplome_requis", "niveau", "contact"}
for ns in truth["not_skills"]:
    if ns["kind"] not in KINDS: err("kind " + ns["kind"])
    for oid in ns["offers"]:
        if ns["text"] not in offers[oid]["description"]: err("not_skill %r not in %s" % (ns["text"], oid))
# leakage: a phrasing of one skill found in an offer (same fiche) not listed for that skill
skill_offers = {s["id"]: set(s["offers"]) for s in truth["skills"]}
for p, sid, rc in all_phr:
    for oid, o in offers.items():
        if o["romeCode"] == rc and oid not in skill_offers[sid] and p in o["description"]:
            warn("phrasing %r of %s also in %s (not listed)" % (p, sid, oid))
# overlaps between phrasings of different skills
for p, sid, rc in all_phr:
    for q, sid2, rc2 in all_phr:
        if sid != sid2 and rc == rc2 and p != q and p in q:
            warn("phrasing %r (%s) inside %r (%s)" % (p, sid, q, sid2))

print("offers per fiche:", dict(fiche_count), "with competences:", nocomp, "without employer name:", noname)
print("certifications:", {n: c["romes"] for n, c in certs.items()})
for f, c in cov_count.items(): print("coverage", f, dict(c))
print("skills per fiche:", Counter(s["rome_code"] for s in truth["skills"]))
print("not_skills by kind:", Counter(n["kind"] for n in truth["not_skills"]))
for w in warnings: print("WARN", w)
for e in errors: print("ERROR", e)
print("OK" if not errors else "%d ERRORS" % len(errors))
sys.exit(1 if errors else 0)
