#!/usr/bin/env python3
"""Consistency checks for part B (standard library only). Exit 1 on any error."""
import csv
import glob
import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
LO, HI = 720000, 729999
RNCP_LO, RNCP_HI = 72001, 72099
errors, warnings = [], []


def err(m):
    errors.append(m)


HEADERS = {
    "referentiel_code_rome": ["code_rome", "code_fiche_metier", "code_ogr", "libelle_rome", "transition_eco", "transition_num",
                              "transition_demo", "emploi_reglemente", "emploi_cadre", "code_rome_parent"],
    "referentiel_appellation": ["code_ogr", "libelle_appellation_long", "libelle_appellation_court", "code_rome",
                                "classification", "code_rome_parent", "peu_usite"],
    "referentiel_competence": ["code_ogr", "nature", "libelle_competence", "definition", "code_ogr_macro_comp",
                               "code_macro_comp", "cat_comp", "sous_cat_comp", "transition_eco", "transition_num"],
    "referentiel_savoir": ["code_ogr_savoir", "libelle_savoir", "categorie_savoir", "sous_categorie_savoir",
                           "transition_eco", "transition_num"],
    "liens_rome_referentiels": ["code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"],
    "coherence_item": ["code_rome", "code_ogr", "coeur_metier"],
    "rubrique_mobilite": ["code_rome", "code_rome_cible", "numero_ordre"],
}

# ---------------- ROME
rome = {}
for res, hdr in HEADERS.items():
    p = os.path.join(HERE, "rome", f"unix_{res}_v461_utf8.csv")
    if not os.path.exists(p):
        err(f"missing {p}")
        continue
    raw = open(p, "rb").read()
    if b"\r" in raw:
        err(f"{res}: CR found")
    txt = raw.decode("utf-8")
    for ln in txt.rstrip("\n").split("\n"):
        if not (ln.startswith('"') and ln.endswith('"')):
            err(f"{res}: line not fully quoted: {ln[:60]}")
    rows = list(csv.reader(txt.splitlines()))
    if rows[0] != hdr:
        err(f"{res}: header {rows[0]}")
    for r in rows[1:]:
        if len(r) != len(hdr):
            err(f"{res}: bad row {r}")
    rome[res] = [dict(zip(hdr, r)) for r in rows[1:]]

defined = []
for r in rome.get("referentiel_code_rome", []):
    defined.append(r["code_ogr"])
for r in rome.get("referentiel_appellation", []):
    defined.append(r["code_ogr"])
for r in rome.get("referentiel_competence", []):
    defined.append(r["code_ogr"])
    for k in ("code_ogr_macro_comp", "code_macro_comp"):
        if not LO <= int(r[k]) <= HI:
            err(f"{k} out of range {r[k]}")
    if r["nature"] not in ("Savoir-faire", "Savoir-être professionnel"):
        err(f"nature {r['nature']}")
    if r["cat_comp"] not in ("Compétence technique", "Savoir-être professionnel"):
        err(f"cat_comp {r['cat_comp']}")
for r in rome.get("referentiel_savoir", []):
    defined.append(r["code_ogr_savoir"])
c = Counter(defined)
for k, v in c.items():
    if v > 1:
        err(f"code_ogr {k} defined {v} times")
    if not LO <= int(k) <= HI:
        err(f"code_ogr {k} out of range")
macro = set()
for r in rome.get("referentiel_competence", []):
    macro.add(r["code_ogr_macro_comp"])
    macro.add(r["code_macro_comp"])
if macro & set(defined):
    err(f"macro codes collide with item codes: {macro & set(defined)}")
item_codes = {r["code_ogr"] for r in rome.get("referentiel_competence", [])} | \
             {r["code_ogr_savoir"] for r in rome.get("referentiel_savoir", [])}
comp_label = {r["code_ogr"]: r["libelle_competence"] for r in rome.get("referentiel_competence", [])}
comp_label.update({r["code_ogr_savoir"]: r["libelle_savoir"] for r in rome.get("referentiel_savoir", [])})
savoir_sub = {}
for r in rome.get("referentiel_savoir", []):
    savoir_sub.setdefault(r["sous_categorie_savoir"], []).append(r["libelle_savoir"])
fiches = {r["code_rome"] for r in rome.get("referentiel_code_rome", [])}
per_fiche = Counter()
for r in rome.get("liens_rome_referentiels", []):
    if r["code_ogr"] not in item_codes:
        err(f"liens: unknown code_ogr {r['code_ogr']}")
    if r["code_rome"] not in fiches:
        err(f"liens: unknown fiche {r['code_rome']}")
    if r["code_compo_bloc"] != "5" or r["code_rubrique"] not in ("1", "2", "3"):
        err(f"liens: bad bloc/rubrique {r}")
    per_fiche[r["code_rome"]] += 1
for r in rome.get("coherence_item", []):
    if r["coeur_metier"] not in ("Principale", "Émergente"):
        err(f"coherence: {r}")
for r in rome.get("rubrique_mobilite", []):
    if r["code_rome"] not in fiches or r["code_rome_cible"] not in fiches:
        err(f"mobilite: {r}")
appel = Counter(r["code_rome"] for r in rome.get("referentiel_appellation", []))

# ---------------- RNCP
xmlp = os.path.join(HERE, "rncp", "export-fiches-rncp-v4-1-2026-11-30.xml")
root = ET.parse(xmlp).getroot()
if root.tag != "FICHES" or root.find("VERSION_FLUX").text != "4.1":
    err("xml root / version")


def decode(t):
    t = html.unescape(t or "")
    return t


def split_comps(t):
    t = decode(t)
    items = re.findall(r"<li>(.*?)</li>", t, flags=re.S)
    if not items:
        t2 = re.sub(r"<br\s*/?>", "\n", t)
        t2 = re.sub(r"<[^>]+>", "\n", t2)
        items = [ln.strip() for ln in t2.split("\n") if ln.strip()]
    return [re.sub(r"^-\s*", "", re.sub(r"<[^>]+>", "", i)).strip() for i in items]


def strip(t):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", decode(t))).strip()


certs = {}
for f in root.findall("FICHE"):
    num = f.find("NUMERO_FICHE").text
    if not (num.startswith("RNCP") and RNCP_LO <= int(num[4:]) <= RNCP_HI):
        err(f"RNCP number out of range {num}")
    for tag in ("INTITULE", "ABREGE/CODE", "ABREGE/LIBELLE", "ETAT_FICHE", "NOMENCLATURE_EUROPE/NIVEAU",
                "NOMENCLATURE_EUROPE/LIBELLE", "ACTIVITES_VISEES", "CAPACITES_ATTESTEES", "ACTIF", "DATE_FIN_ENREGISTREMENT"):
        if f.find(tag) is None or not (f.find(tag).text or "").strip():
            err(f"{num}: missing {tag}")
    blocks = {}
    for b in f.findall("BLOCS_COMPETENCES/BLOC_COMPETENCES"):
        code = b.find("CODE").text
        if not code.startswith(num + "BC"):
            err(f"block code {code}")
        comps = split_comps(b.find("LISTE_COMPETENCES").text)
        if not 5 <= len(comps) <= 9:
            err(f"{code}: {len(comps)} competences")
        blocks[code] = {"comps": comps, "mod": strip(b.find("MODALITES_EVALUATION").text)}
    if not 3 <= len(blocks) <= 5:
        err(f"{num}: {len(blocks)} blocks")
    certs[num] = {"romes": [r.find("CODE").text for r in f.findall("CODES_ROME/ROME")], "blocks": blocks,
                  "ACTIVITES_VISEES": strip(f.find("ACTIVITES_VISEES").text),
                  "CAPACITES_ATTESTEES": strip(f.find("CAPACITES_ATTESTEES").text)}

# ---------------- offers
offers = {}
for p in sorted(glob.glob(os.path.join(HERE, "offres", "offres-*.json"))):
    d = json.load(open(p, encoding="utf-8"))
    if set(d) != {"resultats", "filtresPossibles"}:
        err(f"{p}: keys {set(d)}")
    for o in d["resultats"]:
        if o["id"] in offers:
            err(f"duplicate offer id {o['id']}")
        if not re.fullmatch(r"B\d{5}[A-Z]", o["id"]):
            err(f"offer id format {o['id']}")
        offers[o["id"]] = o
DEPS = {"01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"}
for o in offers.values():
    for k in ("intitule", "description", "dateCreation", "dateActualisation", "lieuTravail", "romeCode", "romeLibelle",
              "appellationlibelle", "entreprise", "typeContrat", "typeContratLibelle", "experienceExige", "salaire"):
        if k not in o:
            err(f"{o['id']}: missing {k}")
    if o["lieuTravail"]["libelle"][:2] not in DEPS or o["lieuTravail"]["codePostal"][:2] not in DEPS:
        err(f"{o['id']}: department")
    if not ("2026-09-07" <= o["dateCreation"][:10] <= "2026-11-29"):
        err(f"{o['id']}: date {o['dateCreation']}")
    if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z", o["dateCreation"]):
        err(f"{o['id']}: date format")
    for cpt in o.get("competences", []):
        if "code" in cpt and (cpt["code"] not in comp_label or comp_label[cpt["code"]] != cpt["libelle"]):
            err(f"{o['id']}: competence {cpt}")
per_rome = Counter(o["romeCode"] for o in offers.values())
noname = sum(1 for o in offers.values() if "nom" not in o["entreprise"])

# ---------------- truth
t = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
mains = t["main_fiches"]
for m in mains:
    if per_rome[m] < 17:
        err(f"{m}: {per_rome[m]} offers")
    if sum(1 for c in t["certifications"].values() if m in c["rome_codes"]) < 2:
        err(f"{m}: fewer than 2 certifications")
    if not 25 <= per_fiche[m] <= 45:
        err(f"{m}: {per_fiche[m]} ROME items")
    if not 2 <= appel[m] <= 4:
        err(f"{m}: {appel[m]} appellations")
for num, c in t["certifications"].items():
    if num not in certs or certs[num]["romes"] != c["rome_codes"]:
        err(f"truth certification {num} mismatch")


def offer_texts(o):
    return [o["description"]], [c["libelle"] for c in o.get("competences", [])] + \
        [q["libelle"] for q in o.get("qualitesProfessionnelles", [])]


ids = set()
for s in t["skills"]:
    if s["id"] in ids:
        err(f"dup skill id {s['id']}")
    ids.add(s["id"])
    for ph in s["phrasings"]:
        if not ph.strip():
            err(f"{s['id']}: empty phrasing")
    for oid in s["offers"]:
        if oid not in offers:
            err(f"{s['id']}: unknown offer {oid}")
            continue
        o = offers[oid]
        if o["romeCode"] != s["rome_code"]:
            err(f"{s['id']}: offer {oid} of another fiche")
        desc, labels = offer_texts(o)
        if not any(ph in desc[0] or ph in labels for ph in s["phrasings"]):
            err(f"{s['id']}: no phrasing in {oid}")
    # phrasing found in an unlisted offer of the same fiche -> warning
    for oid, o in offers.items():
        if oid in s["offers"] or o["romeCode"] != s["rome_code"]:
            continue
        desc, labels = offer_texts(o)
        for ph in s["phrasings"]:
            if ph in desc[0] or ph in labels:
                err(f"{s['id']}: phrasing '{ph}' also in unlisted offer {oid}")
    fiche_certs = [n for n, c in t["certifications"].items() if s["rome_code"] in c["rome_codes"]]
    if not s["is_savoir_etre"]:
        if set(s["coverage"]) != set(fiche_certs):
            err(f"{s['id']}: coverage certs {sorted(s['coverage'])} != {fiche_certs}")
    has_elong = False
    for num, cv in s["coverage"].items():
        v = cv["value"]
        if v not in ("couvert", "faible", "elongation", "nouveau", "nouveau_bloc"):
            err(f"{s['id']}: value {v}")
        cert = certs[num]
        if v in ("couvert", "elongation"):
            b = cv.get("block_code")
            if b not in cert["blocks"] or cv["statement"] not in cert["blocks"][b]["comps"]:
                err(f"{s['id']}/{num}: statement not a competence of {b}: {cv.get('statement')}")
        if v == "faible":
            w = cv.get("where")
            if w in cert["blocks"]:
                if cv["statement"] not in cert["blocks"][w]["comps"]:
                    err(f"{s['id']}/{num}: faible statement not in {w}")
            elif w in ("ACTIVITES_VISEES", "CAPACITES_ATTESTEES"):
                if cv["statement"] not in cert[w]:
                    err(f"{s['id']}/{num}: faible statement not in {w}")
            else:
                err(f"{s['id']}/{num}: faible where {w}")
        if v == "elongation":
            has_elong = True
            fam = s["elongation_family"]
            items = savoir_sub.get(fam)
            if not items:
                err(f"{s['id']}: family {fam} not a sous_categorie_savoir")
            else:
                asked = [i for i in items if any(i.split()[-1] in ph or i == ph for ph in s["phrasings"])]
                named = [i for i in items if i.split()[-1] in cv["statement"]]
                if not asked or not named or set(asked) & set(named):
                    err(f"{s['id']}: elongation items asked={asked} named={named}")
        if v == "nouveau_bloc" and not s["new_block_group"]:
            err(f"{s['id']}: nouveau_bloc without group")
        if v in ("couvert",):
            # paraphrase: the statement must not contain any phrasing verbatim (case-insensitive)
            for ph in s["phrasings"]:
                if len(ph) > 6 and ph.lower() in cv["statement"].lower():
                    err(f"{s['id']}/{num}: couvert statement repeats phrasing '{ph}'")
    if has_elong != bool(s["elongation_family"]):
        err(f"{s['id']}: elongation_family inconsistent")
    if s["breadth"] not in ("transversal", "general", "particulier", "singulier"):
        err(f"{s['id']}: breadth")
    if s["trend"] not in ("emergent", "stable", "en_recul"):
        err(f"{s['id']}: trend")
    if s["breadth"] == "singulier":
        emps = {offers[o]["entreprise"].get("nom") for o in s["offers"]}
        if len(emps) != 1 or None in emps or len(s["offers"]) < 2:
            err(f"{s['id']}: singulier but employers {emps}")

groups = Counter(s["new_block_group"] for s in t["skills"] if s["new_block_group"])
for g, n in groups.items():
    if not 3 <= n <= 4:
        err(f"group {g}: {n} skills")
    members = [s for s in t["skills"] if s["new_block_group"] == g]
    together = [o for o in offers if sum(o in s["offers"] for s in members) >= 3]
    if len(together) < 3:
        err(f"group {g}: asked together in only {len(together)} offers")

for ns in t["not_skills"]:
    if ns["kind"] not in ("salaire", "avantage", "contrat", "horaires", "candidature", "entreprise", "titre",
                          "diplome_requis", "niveau", "contact"):
        err(f"not_skill kind {ns['kind']}")
    for oid in ns["offers"]:
        if ns["text"] not in offers[oid]["description"]:
            err(f"not_skill '{ns['text']}' not in {oid}")

# emergent: absent or rare in first 6 weeks, growing after
for s in t["skills"]:
    if s["trend"] != "emergent":
        continue
    fiche_offers = sorted((o for o in offers.values() if o["romeCode"] == s["rome_code"]), key=lambda o: o["dateCreation"])
    first = [o for o in fiche_offers if o["dateCreation"][:10] < "2026-10-19"]
    second = [o for o in fiche_offers if o["dateCreation"][:10] >= "2026-10-19"]
    a = sum(o["id"] in s["offers"] for o in first) / len(first)
    b = sum(o["id"] in s["offers"] for o in second) / len(second)
    if not (a <= 0.1 and b >= 0.4):
        err(f"{s['id']}: emergent shares {a:.2f} -> {b:.2f}")

# ---------------- report
print("offers per fiche:", dict(per_rome), "| without entreprise.nom:", noname)
for m in mains:
    emps = {o["entreprise"].get("nom") or "anon-" + o["id"] for o in offers.values() if o["romeCode"] == m}
    named = {e for e in emps if not e.startswith("anon-")}
    print(f"{m}: {len(named)} named employers + {len(emps) - len(named)} anonymous offers; ROME items {per_fiche[m]}")
print("certifications:", {n: c["romes"] for n, c in certs.items()})
for m in mains:
    cnt = Counter()
    for s in t["skills"]:
        if s["rome_code"] == m:
            for num, cv in s["coverage"].items():
                cnt[(num, cv["value"])] += 1
    print(m, "skills:", sum(1 for s in t["skills"] if s["rome_code"] == m), dict(sorted(cnt.items())))
print("breadth:", Counter((s["rome_code"], s["breadth"]) for s in t["skills"]))
print("not_skills by kind:", dict(Counter(n["kind"] for n in t["not_skills"])))
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else f"{len(errors)} error(s)")
sys.exit(1 if errors else 0)
