# -*- coding: utf-8 -*-
"""Checks for part DEV (standard library only). Exit code 1 on any error."""
import csv, glob, html, json, os, re, sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
LO, HI = 760000, 769999
ERR = []


def err(msg):
    ERR.append(msg)


HEADERS = {
    "referentiel_code_rome": ["code_rome", "code_fiche_metier", "code_ogr", "libelle_rome", "transition_eco",
                              "transition_num", "transition_demo", "emploi_reglemente", "emploi_cadre",
                              "code_rome_parent"],
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
QUOTED_LINE = re.compile(r'"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*')

# ------------------------------------------------------------------ ROME
rome = {}
for res, hdr in HEADERS.items():
    path = os.path.join(HERE, "rome", "unix_%s_v461_utf8.csv" % res)
    if not os.path.exists(path):
        err("missing " + path)
        continue
    raw = open(path, "rb").read()
    if b"\r" in raw:
        err("CR in " + path)
    text = raw.decode("utf-8")
    if not text.endswith("\n"):
        err("no final newline " + path)
    for ln in text.split("\n")[:-1]:
        if not QUOTED_LINE.fullmatch(ln):
            err("unquoted field in %s: %s" % (res, ln[:80]))
    rows = list(csv.reader(text.splitlines()))
    if rows[0] != hdr:
        err("bad header " + res)
    rome[res] = [dict(zip(hdr, r)) for r in rows[1:]]
    for r in rows[1:]:
        if len(r) != len(hdr):
            err("bad row length in %s: %s" % (res, r))

fiches = {r["code_rome"]: r for r in rome["referentiel_code_rome"]}
main = ["G1501", "H2909"]
all_codes = []
all_codes += [r["code_ogr"] for r in rome["referentiel_code_rome"]]
all_codes += [r["code_ogr"] for r in rome["referentiel_appellation"]]
all_codes += [r["code_ogr"] for r in rome["referentiel_competence"]]
all_codes += [r["code_ogr_savoir"] for r in rome["referentiel_savoir"]]
macro = {r["code_ogr_macro_comp"]: r["code_macro_comp"] for r in rome["referentiel_competence"]}
all_codes += list(macro)
for c in all_codes:
    if not (c.isdigit() and LO <= int(c) <= HI):
        err("code_ogr out of range: %s" % c)
if len(all_codes) != len(set(all_codes)):
    err("duplicate code_ogr values")
items = {r["code_ogr"]: r["libelle_competence"] for r in rome["referentiel_competence"]}
nature = {r["code_ogr"]: r["nature"] for r in rome["referentiel_competence"]}
savoirs = {r["code_ogr_savoir"]: r for r in rome["referentiel_savoir"]}
items.update({k: v["libelle_savoir"] for k, v in savoirs.items()})
for r in rome["referentiel_competence"]:
    if r["nature"] not in ("Savoir-faire", "Savoir-être professionnel"):
        err("bad nature " + r["code_ogr"])
    if r["cat_comp"] not in ("Compétence technique", "Savoir-être professionnel"):
        err("bad cat_comp " + r["code_ogr"])
per_fiche = {}
for r in rome["liens_rome_referentiels"]:
    if r["code_ogr"] not in items:
        err("link to unknown item %s" % r["code_ogr"])
        continue
    exp_rub = "3" if r["code_ogr"] in savoirs else ("1" if nature[r["code_ogr"]] == "Savoir-faire" else "2")
    if r["code_rubrique"] != exp_rub or r["code_compo_bloc"] != "5":
        err("bad rubrique/bloc for %s" % r["code_ogr"])
    if r["code_rome"] not in fiches:
        err("link from unknown fiche %s" % r["code_rome"])
    per_fiche.setdefault(r["code_rome"], set()).add(r["code_ogr"])
for f, s in per_fiche.items():
    lo, hi = (25, 45) if f in main else (8, 15)
    if not lo <= len(s) <= hi:
        err("fiche %s has %d items" % (f, len(s)))
for r in rome["coherence_item"]:
    if r["coeur_metier"] not in ("Principale", "Émergente"):
        err("bad coeur_metier")
for f in fiches:
    n = sum(1 for a in rome["referentiel_appellation"] if a["code_rome"] == f)
    if not 2 <= n <= 4:
        err("fiche %s has %d appellations" % (f, n))
for m in main:
    close = [r["code_rome_cible"] for r in rome["rubrique_mobilite"] if r["code_rome"] == m]
    if len(close) < 2 or any(c not in fiches for c in close):
        err("mobility of %s: %s" % (m, close))

# ------------------------------------------------------------------ RNCP
def strip_html(s):
    s = re.sub(r"<br\s*/?>", "\n", s)
    s = re.sub(r"</(p|li)>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def split_statements(s):
    out = []
    for line in strip_html(s).split("\n"):
        line = line.strip()
        if line.startswith("- "):
            line = line[2:]
        if line:
            out.append(line)
    return out


xml_path = os.path.join(HERE, "rncp", "export-fiches-rncp-v4-1-2026-11-30.xml")
tree = ET.parse(xml_path)
root = tree.getroot()
if root.tag != "FICHES" or root.findtext("VERSION_FLUX") != "4.1":
    err("bad XML root / version")
certs = {}
for f in root.findall("FICHE"):
    num = f.findtext("NUMERO_FICHE")
    if not re.fullmatch(r"RNCP760\d\d", num) or not 76001 <= int(num[4:]) <= 76099:
        err("RNCP number out of range " + num)
    for tag in ("INTITULE", "ABREGE/CODE", "ABREGE/LIBELLE", "ETAT_FICHE", "NOMENCLATURE_EUROPE/NIVEAU",
                "ACTIVITES_VISEES", "CAPACITES_ATTESTEES", "ACTIF", "DATE_FIN_ENREGISTREMENT"):
        if not (f.findtext(tag) or "").strip():
            err("%s missing %s" % (num, tag))
    romes = [r.findtext("CODE") for r in f.findall("CODES_ROME/ROME")]
    blocks = {}
    for b in f.findall("BLOCS_COMPETENCES/BLOC_COMPETENCES"):
        code = b.findtext("CODE")
        if not code.startswith(num + "BC"):
            err("bad block code " + code)
        sts = split_statements(b.findtext("LISTE_COMPETENCES"))
        if not 5 <= len(sts) <= 9:
            err("block %s has %d competences" % (code, len(sts)))
        blocks[code] = {"statements": sts, "modalites": strip_html(b.findtext("MODALITES_EVALUATION") or "")}
    if not 3 <= len(blocks) <= 5:
        err("%s has %d blocks" % (num, len(blocks)))
    certs[num] = {"romes": romes, "blocks": blocks, "title": f.findtext("INTITULE"),
                  "activites": strip_html(f.findtext("ACTIVITES_VISEES")),
                  "capacites": strip_html(f.findtext("CAPACITES_ATTESTEES"))}
for m in main:
    n = sum(1 for c in certs.values() if m in c["romes"])
    if n < 2:
        err("fiche %s has %d certifications" % (m, n))

# ------------------------------------------------------------------ offers
offers = {}
allowed_dep = {"01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"}
for path in sorted(glob.glob(os.path.join(HERE, "offres", "offres-*.json"))):
    data = json.load(open(path, encoding="utf-8"))
    if set(data) != {"resultats", "filtresPossibles"}:
        err("bad top-level keys in " + path)
    for o in data["resultats"]:
        oid = o["id"]
        if oid in offers:
            err("duplicate offer id " + oid)
        offers[oid] = o
        if not re.fullmatch(r"V[0-9A-Z]{6}", oid):
            err("bad id " + oid)
        for k in ("intitule", "description", "dateCreation", "dateActualisation", "lieuTravail", "romeCode",
                  "romeLibelle", "appellationlibelle", "entreprise", "typeContrat", "typeContratLibelle",
                  "experienceExige", "salaire"):
            if k not in o:
                err("%s missing %s" % (oid, k))
        if not ("2026-09-07" <= o["dateCreation"][:10] <= "2026-11-29"):
            err("%s creation date out of range" % oid)
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z", o["dateCreation"]):
            err("%s bad date format" % oid)
        if o["lieuTravail"]["libelle"][:2] not in allowed_dep or o["lieuTravail"]["codePostal"][:2] not in allowed_dep:
            err("%s outside region" % oid)
        if o["romeCode"] not in main or o["romeLibelle"] != fiches[o["romeCode"]]["libelle_rome"]:
            err("%s bad rome" % oid)
        for c in o.get("competences", []):
            if "code" in c and (c["code"] not in items or items[c["code"]] != c["libelle"]):
                err("%s competence code/label mismatch %s" % (oid, c))
for m in main:
    n = sum(1 for o in offers.values() if o["romeCode"] == m)
    if n < 17:
        err("fiche %s has %d offers" % (m, n))


def labels(o):
    return [c["libelle"] for c in o.get("competences", [])] + [q["libelle"] for q in o.get("qualitesProfessionnelles", [])]


def uses(o, p):
    return p in o["description"] or p in labels(o)


# ------------------------------------------------------------------ truth
truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
if truth["part"] != "DEV" or truth["main_fiches"] != main:
    err("bad truth header")
for num, c in truth["certifications"].items():
    if num not in certs or certs[num]["title"] != c["title"] or certs[num]["romes"] != c["rome_codes"]:
        err("truth certification mismatch " + num)
sub_items = {}
for s in savoirs.values():
    sub_items.setdefault(s["sous_categorie_savoir"], []).append(s["libelle_savoir"])
ids = set()
VALUES = {"couvert", "faible", "elongation", "nouveau", "nouveau_bloc"}
groups = {}
for s in truth["skills"]:
    sid = s["id"]
    if sid in ids:
        err("duplicate skill id " + sid)
    ids.add(sid)
    fiche_offers = [o for o in offers.values() if o["romeCode"] == s["rome_code"]]
    listed = set(s["offers"])
    for oid in listed:
        if oid not in offers or offers[oid]["romeCode"] != s["rome_code"]:
            err("%s lists bad offer %s" % (sid, oid))
        elif not any(uses(offers[oid], p) for p in s["phrasings"]):
            err("%s: offer %s contains none of its phrasings" % (sid, oid))
    for p in s["phrasings"]:
        if not (2 <= len(p.split()) <= 10) and len(p) < 3:
            err("%s phrasing too short %r" % (sid, p))
        if not any(uses(offers[oid], p) for oid in listed if oid in offers):
            err("%s phrasing %r used in no listed offer" % (sid, p))
        for o in fiche_offers:
            if uses(o, p) and o["id"] not in listed:
                err("%s phrasing %r used in unlisted offer %s" % (sid, p, o["id"]))
    if s["breadth"] not in ("transversal", "general", "particulier", "singulier"):
        err(sid + " bad breadth")
    if s["trend"] not in ("emergent", "stable", "en_recul"):
        err(sid + " bad trend")
    if s["breadth"] == "singulier" and not s["is_savoir_etre"]:
        noms = {offers[o]["entreprise"].get("nom") for o in listed}
        if len(noms) != 1 or None in noms or len(listed) < 2:
            err(sid + " singulier but employers %s" % noms)
    if s["new_block_group"]:
        groups.setdefault((s["rome_code"], s["new_block_group"]), []).append(s)
    if s["is_savoir_etre"]:
        continue
    exp_certs = {n for n, c in certs.items() if s["rome_code"] in c["romes"]}
    if set(s["coverage"]) != exp_certs:
        err("%s coverage certs %s != %s" % (sid, sorted(s["coverage"]), sorted(exp_certs)))
    fam_seen = None
    for num, cov in s["coverage"].items():
        v = cov["value"]
        if v not in VALUES:
            err("%s bad value %s" % (sid, v))
            continue
        if v in ("nouveau", "nouveau_bloc"):
            if v == "nouveau_bloc" and not s["new_block_group"]:
                err(sid + " nouveau_bloc without group")
            continue
        st = cov.get("statement", "")
        c = certs[num]
        in_block = cov.get("block_code") in c["blocks"] and st in c["blocks"][cov["block_code"]]["statements"]
        if v in ("couvert", "elongation") and not in_block:
            err("%s %s statement not a competence of block %s: %r" % (sid, num, cov.get("block_code"), st))
        if v == "faible" and not in_block:
            where_txt = c["activites"] + c["capacites"] + "".join(b["modalites"] for b in c["blocks"].values())
            if st not in where_txt:
                err("%s %s faible statement not found: %r" % (sid, num, st))
        if v == "couvert":
            for p in s["phrasings"]:
                if p.lower() in st.lower():
                    err("%s couvert statement repeats phrasing %r" % (sid, p))
        if v == "elongation":
            fam = cov.get("elongation_family")
            fam_seen = fam
            if fam != s["elongation_family"]:
                err(sid + " elongation family mismatch")
            members = sub_items.get(fam, [])
            a, n = cov.get("asked_item"), cov.get("named_item")
            if a not in members or n not in members or a == n:
                err("%s elongation items %r/%r not both in %r" % (sid, a, n, fam))
            core = n.split(" ", 1)[1] if " " in n else n
            if n.lower() not in st.lower() and core.lower() not in st.lower():
                err("%s statement does not name %r" % (sid, n))
            acore = a.split(" ", 1)[1] if " " in a else a
            if not any(acore.lower() in p.lower() or a.lower() in p.lower() for p in s["phrasings"]):
                err("%s phrasings do not name asked item %r" % (sid, a))
    if s["elongation_family"] and not fam_seen:
        err(sid + " elongation_family without elongation coverage")
for (f, g), members in groups.items():
    if not 3 <= len(members) <= 4:
        err("group %s has %d skills" % (g, len(members)))
    together = set.intersection(*[set(m["offers"]) for m in members])
    if len(together) < 2:
        err("group %s asked together in %d offers" % (g, len(together)))
for m in main:
    if not any(s["trend"] == "emergent" and s["rome_code"] == m for s in truth["skills"]):
        err("no emergent skill for " + m)
    if not any(s["breadth"] == "singulier" and not s["is_savoir_etre"] and s["rome_code"] == m for s in truth["skills"]):
        err("no singulier skill for " + m)
    if sum(1 for s in truth["skills"] if s["breadth"] == "transversal" and s["rome_code"] == m) < 3:
        err("fewer than 3 transversal skills for " + m)
KINDS = {"salaire", "avantage", "contrat", "horaires", "candidature", "entreprise", "titre", "diplome_requis",
         "niveau", "contact"}
all_phr = [p for s in truth["skills"] for p in s["phrasings"]]
for n in truth["not_skills"]:
    if n["kind"] not in KINDS:
        err("bad not_skill kind %r" % n)
    for oid in n["offers"]:
        if n["text"] not in offers[oid]["description"]:
            err("not_skill %r not in %s" % (n["text"], oid))
    for o in offers.values():
        if n["text"] in o["description"] and o["id"] not in n["offers"]:
            err("not_skill %r also in unlisted %s" % (n["text"], o["id"]))
    for p in all_phr:
        if p in n["text"]:
            err("phrasing %r inside not_skill %r" % (p, n["text"]))

if ERR:
    for e in ERR:
        print("ERROR:", e)
    print("%d error(s)" % len(ERR))
    sys.exit(1)
print("OK: %d offers, %d certifications, %d skills, %d not_skills" % (
    len(offers), len(certs), len(truth["skills"]), len(truth["not_skills"])))
