# -*- coding: utf-8 -*-
"""Consistency checks of part A (standard library only)."""
import csv, glob, html, json, os, re, sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LO, HI = 710000, 719999
AURA = {"01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"}
errors, warns = [], []
def err(m): errors.append(m)
def warn(m): warns.append(m)

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
    path = os.path.join(HERE, "rome", "unix_%s_v461_utf8.csv" % res)
    raw = open(path, encoding="utf-8", newline="").read()
    if "\r" in raw:
        err("CR in " + res)
    for line in raw.rstrip("\n").split("\n"):
        if not (line.startswith('"') and line.endswith('"')):
            err("unquoted line in %s: %s" % (res, line[:60]))
    rows = list(csv.reader(raw.splitlines()))
    if rows[0] != hdr:
        err("bad header " + res)
    rome[res] = [dict(zip(hdr, r)) for r in rows[1:]]
    for r in rows[1:]:
        if len(r) != len(hdr):
            err("bad row length in %s: %s" % (res, r))

defined = []
defined += [r["code_ogr"] for r in rome["referentiel_code_rome"]]
defined += [r["code_fiche_metier"] for r in rome["referentiel_code_rome"]]
defined += [r["code_ogr"] for r in rome["referentiel_appellation"]]
defined += [r["code_ogr"] for r in rome["referentiel_competence"]]
defined += [r["code_ogr_savoir"] for r in rome["referentiel_savoir"]]
macros = {r["code_ogr_macro_comp"] for r in rome["referentiel_competence"]}
for c in defined + sorted(macros):
    if not (c.isdigit() and LO <= int(c) <= HI):
        err("code out of range: " + c)
if len(defined) != len(set(defined)):
    err("duplicate codes: %s" % sorted({c for c in defined if defined.count(c) > 1}))
if set(defined) & macros:
    err("macro codes clash with item codes")
item_label = {r["code_ogr"]: r["libelle_competence"] for r in rome["referentiel_competence"]}
item_label.update({r["code_ogr_savoir"]: r["libelle_savoir"] for r in rome["referentiel_savoir"]})
savoir_by_label = {r["libelle_savoir"]: r for r in rome["referentiel_savoir"]}
subcats = {}
for r in rome["referentiel_savoir"]:
    subcats.setdefault(r["sous_categorie_savoir"], set()).add(r["libelle_savoir"])
for r in rome["liens_rome_referentiels"]:
    if r["code_ogr"] not in item_label:
        err("link to unknown item " + r["code_ogr"])
romes = {r["code_rome"] for r in rome["referentiel_code_rome"]}
for r in rome["rubrique_mobilite"]:
    if r["code_rome"] not in romes or r["code_rome_cible"] not in romes:
        err("mobilite unknown fiche")
nlinks = {}
for r in rome["liens_rome_referentiels"]:
    nlinks[r["code_rome"]] = nlinks.get(r["code_rome"], 0) + 1
for a in rome["referentiel_appellation"]:
    if a["code_rome"] not in romes:
        err("appellation for unknown fiche")
print("ROME items per fiche:", nlinks)
for r in rome["referentiel_competence"]:
    if r["nature"] not in ("Savoir-faire", "Savoir-être professionnel"):
        err("bad nature")
    if r["cat_comp"] not in ("Compétence technique", "Savoir-être professionnel"):
        err("bad cat_comp")

# ---------------- RNCP
def decode(t):
    return html.unescape(t or "")

def statements(t):
    t = decode(t)
    t = re.sub(r"<br\s*/?>|</li>|</p>|<li>|<p>|<ul>|</ul>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    out = []
    for line in t.split("\n"):
        line = line.strip()
        if line.startswith("- "):
            line = line[2:]
        if line:
            out.append(line)
    return out

def plain(t):
    return "\n".join(statements(t))

xml_root = ET.parse(os.path.join(HERE, "rncp", "export-fiches-rncp-v4-1-2026-11-30.xml")).getroot()
assert xml_root.tag == "FICHES" and xml_root.find("VERSION_FLUX").text == "4.1"
certs = {}
for f in xml_root.findall("FICHE"):
    num = f.findtext("NUMERO_FICHE")
    if not re.fullmatch(r"RNCP710\d\d", num) or not (71001 <= int(num[4:]) <= 71099):
        err("bad RNCP number " + num)
    blocks = {}
    for b in f.find("BLOCS_COMPETENCES").findall("BLOC_COMPETENCES"):
        code = b.findtext("CODE")
        if not code.startswith(num + "BC"):
            err("bad block code " + code)
        st = statements(b.findtext("LISTE_COMPETENCES"))
        if not 5 <= len(st) <= 9:
            err("block %s has %d competences" % (code, len(st)))
        blocks[code] = {"list": st, "mod": plain(b.findtext("MODALITES_EVALUATION"))}
    if not 3 <= len(blocks) <= 5:
        err("cert %s has %d blocks" % (num, len(blocks)))
    for tag in ("INTITULE", "ETAT_FICHE", "ACTIF", "DATE_FIN_ENREGISTREMENT", "ABREGE/CODE", "NOMENCLATURE_EUROPE/NIVEAU"):
        if not f.findtext(tag):
            err("missing %s in %s" % (tag, num))
    certs[num] = {"romes": [r.findtext("CODE") for r in f.find("CODES_ROME").findall("ROME")],
                  "act": plain(f.findtext("ACTIVITES_VISEES")), "cap": plain(f.findtext("CAPACITES_ATTESTEES")),
                  "blocks": blocks}

# ---------------- offers
offers = {}
for path in glob.glob(os.path.join(HERE, "offres", "offres-*.json")):
    data = json.load(open(path, encoding="utf-8"))
    assert set(data) == {"resultats", "filtresPossibles"}
    for o in data["resultats"]:
        if o["id"] in offers:
            err("duplicate offer id " + o["id"])
        offers[o["id"]] = o
per_fiche, emps = {}, {}
for oid, o in offers.items():
    if not re.fullmatch(r"A\d{5}[A-Z]", oid):
        err("bad id " + oid)
    per_fiche[o["romeCode"]] = per_fiche.get(o["romeCode"], 0) + 1
    if o["lieuTravail"]["libelle"][:2] not in AURA or not o["lieuTravail"]["codePostal"].startswith(o["lieuTravail"]["libelle"][:2]):
        err("place " + oid)
    if not ("2026-09-07" <= o["dateCreation"][:10] <= "2026-11-29"):
        err("date " + oid)
    for c in o.get("competences", []):
        if "code" in c and item_label.get(c["code"]) != c["libelle"]:
            err("competence code/label mismatch in %s: %s" % (oid, c))
    if "competences" in o and not 2 <= len(o["competences"]) <= 6:
        err("competences count " + oid)
print("offers per fiche:", per_fiche)
for f in ("F1606", "H2206"):
    if per_fiche.get(f, 0) < 17:
        err("not enough offers for " + f)
    print(f, "with competences:", sum(1 for o in offers.values() if o["romeCode"] == f and "competences" in o),
          "without nom:", sum(1 for o in offers.values() if o["romeCode"] == f and "nom" not in o["entreprise"]),
          "with contact:", sum(1 for o in offers.values() if o["romeCode"] == f and "contact" in o),
          "with qualites:", sum(1 for o in offers.values() if o["romeCode"] == f and "qualitesProfessionnelles" in o))

def labels(o):
    return [c["libelle"] for c in o.get("competences", [])] + [q["libelle"] for q in o.get("qualitesProfessionnelles", [])]

# ---------------- truth
truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
for f in truth["main_fiches"]:
    n = sum(1 for c in truth["certifications"].values() if f in c["rome_codes"])
    if n < 2:
        err("fewer than 2 certifications for " + f)
for num, c in truth["certifications"].items():
    if num not in certs or certs[num]["romes"] != c["rome_codes"]:
        err("certification mismatch " + num)
week = lambda o: 1 + (int(o["dateCreation"][8:10]) + {"09": 0, "10": 30, "11": 61}[o["dateCreation"][5:7]] - 7) // 7
ids = set()
covcount = {}
for s in truth["skills"]:
    if s["id"] in ids:
        err("dup skill id")
    ids.add(s["id"])
    for oid in s["offers"]:
        o = offers.get(oid)
        if o is None:
            err("%s: unknown offer %s" % (s["id"], oid)); continue
        if o["romeCode"] != s["rome_code"]:
            err("%s: offer %s of other fiche" % (s["id"], oid))
        if not any(p in o["description"] or p in labels(o) for p in s["phrasings"]):
            err("%s: offer %s contains none of the phrasings" % (s["id"], oid))
    for p in s["phrasings"]:
        if not any(p in offers[x]["description"] or p in labels(offers[x]) for x in s["offers"]):
            err("%s: phrasing %r in none of its offers" % (s["id"], p))
        if not p.strip():
            err("empty phrasing")
    # unlisted occurrences (same fiche)
    for oid, o in offers.items():
        if o["romeCode"] == s["rome_code"] and oid not in s["offers"]:
            for p in s["phrasings"]:
                if len(p) > 3 and p.lower() in o["description"].lower():
                    warn("%s phrasing %r also in unlisted %s" % (s["id"], p, oid))
    exp_certs = [n for n, c in truth["certifications"].items() if s["rome_code"] in c["rome_codes"]]
    if not s["is_savoir_etre"] and sorted(s["coverage"]) != sorted(exp_certs):
        err("%s: coverage certs %s != %s" % (s["id"], sorted(s["coverage"]), exp_certs))
    for num, cv in s["coverage"].items():
        v = cv["value"]
        covcount[v] = covcount.get(v, 0) + 1
        c = certs[num]
        if v in ("couvert", "elongation"):
            if cv["statement"] not in c["blocks"].get(cv["block_code"], {}).get("list", []):
                err("%s: statement not in block %s: %s" % (s["id"], cv["block_code"], cv["statement"][:60]))
            if v == "couvert":
                for p in s["phrasings"]:
                    if len(p.split()) >= 2 and p.lower() in cv["statement"].lower():
                        err("%s: couvert statement repeats offer wording %r" % (s["id"], p))
        elif v == "faible":
            w = cv.get("where")
            src = {"ACTIVITES_VISEES": c["act"], "CAPACITES_ATTESTEES": c["cap"]}.get(w)
            if w == "MODALITES_EVALUATION":
                src = c["blocks"][cv["block_code"]]["mod"]
            elif w == "LISTE_COMPETENCES":
                src = "\n".join(c["blocks"][cv["block_code"]]["list"])
            if src is None or cv["statement"] not in src:
                err("%s: faible statement not found in %s" % (s["id"], w))
        elif v not in ("nouveau", "nouveau_bloc"):
            err("bad coverage value " + v)
        if v == "elongation":
            fam = s["elongation_family"]
            items = subcats.get(fam, set())
            if cv["asked_item"] not in items or cv["certified_item"] not in items:
                err("%s: elongation items not both in %s" % (s["id"], fam))
            key = cv["certified_item"].split()[0] if cv["certified_item"].startswith("DTU") else None
            key = " ".join(cv["certified_item"].split()[:2]) if key else cv["certified_item"]
            short = {"Peinture acrylique": "acrylique", "Peinture pliolite": "pliolite", "Application au rouleau": "rouleau",
                     "Pulvérisation pneumatique": "pneumatique", "Centre d'usinage CN 3 axes": "3 axes"}.get(cv["certified_item"], key)
            if short.lower() not in cv["statement"].lower():
                err("%s: certified item %r not named in statement" % (s["id"], short))
            akey = {"Peinture au silicate": "silicate", "Pulvérisation airless": "airless", "Centre d'usinage CN 5 axes": "5 axes"}.get(cv["asked_item"], " ".join(cv["asked_item"].split()[:2]))
            if akey.lower() in cv["statement"].lower():
                err("%s: asked item named in statement" % s["id"])
        if v == "nouveau_bloc" and not s["new_block_group"]:
            err("%s: nouveau_bloc without group" % s["id"])
    if any(cv["value"] == "elongation" for cv in s["coverage"].values()) != bool(s["elongation_family"]):
        err("%s elongation_family inconsistent" % s["id"])
    if s["breadth"] not in ("transversal", "general", "particulier", "singulier") or s["trend"] not in ("emergent", "stable", "en_recul"):
        err("bad breadth/trend " + s["id"])
    e = {(offers[x].get("entreprise", {}).get("nom") or x) for x in s["offers"]}
    if len(s["offers"]) < 2:
        warn("%s in a single offer" % s["id"])
    # trend sanity
    fo = [o for o in offers.values() if o["romeCode"] == s["rome_code"]]
    first = [o for o in fo if week(o) <= 6]; last = [o for o in fo if week(o) > 6]
    a = sum(1 for o in first if o["id"] in s["offers"]) / len(first)
    b = sum(1 for o in last if o["id"] in s["offers"]) / len(last)
    s["_shares"] = (round(a, 2), round(b, 2))
    if s["trend"] == "stable" and len(s["offers"]) >= 4 and (a == 0 or b == 0 or max(a, b) / min(a, b) > 3):
        warn("%s %s stable but shares %.2f -> %.2f" % (s["id"], s["label"][:40], a, b))
    if s["trend"] == "emergent" and not (a <= 0.1 and b >= 0.4):
        err("%s emergent shares %.2f -> %.2f" % (s["id"], a, b))
groups = {}
for s in truth["skills"]:
    if s["new_block_group"]:
        groups.setdefault(s["new_block_group"], []).append(s)
for g, ss in groups.items():
    if not 3 <= len(ss) <= 4:
        err("group size " + g)
    together = [oid for oid in offers if sum(oid in s["offers"] for s in ss) >= 3]
    print("group %r: %d skills, asked together (>=3) in %s" % (g, len(ss), together))
    if len(together) < 2:
        err("group not asked together " + g)
for n in truth["not_skills"]:
    for oid in n["offers"]:
        if n["text"] not in offers[oid]["description"]:
            err("not_skill %r not in %s" % (n["text"], oid))
    if n["kind"] not in ("salaire", "avantage", "contrat", "horaires", "candidature", "entreprise", "titre", "diplome_requis", "niveau", "contact"):
        err("bad not_skill kind")
# overlap skill phrasing / not_skill text in same offer
for n in truth["not_skills"]:
    for s in truth["skills"]:
        for p in s["phrasings"]:
            if p == n["text"]:
                err("same text as skill and not_skill: " + p)

# summary
from collections import Counter
print("skills per fiche:", Counter(s["rome_code"] for s in truth["skills"]))
print("coverage values (skill x cert):", covcount)
print("breadth:", Counter((s["rome_code"], s["breadth"]) for s in truth["skills"]))
print("not_skills by kind:", Counter(n["kind"] for n in truth["not_skills"]))
print("employers:", {f: len({(o["entreprise"].get("nom") or o["id"]) for o in offers.values() if o["romeCode"] == f}) for f in per_fiche})
if "-v" in sys.argv:
    for s in truth["skills"]:
        print(s["id"], s["rome_code"], s["breadth"], s["trend"], len(s["offers"]), s["_shares"], s["label"][:50],
              {k: v["value"] for k, v in s["coverage"].items()})
for w in warns:
    print("WARN", w)
for e in errors:
    print("ERROR", e)
print("OK" if not errors else "%d errors" % len(errors))
sys.exit(1 if errors else 0)
