#!/usr/bin/env python3
"""Contrôle de la partie D : JSON valides, identifiants uniques, vérité terrain cohérente. Stdlib seulement."""
import glob
import json
import os
import re
import sys
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except Exception as e:  # noqa: BLE001
        err("%s : JSON illisible (%s)" % (path, e))
        return None


def d(s):
    return datetime.strptime(s[:19], "%Y-%m-%dT%H:%M:%S")


# ---- France Travail
ft = {}
ft_files = sorted(glob.glob(os.path.join(HERE, "ft", "*.json")))
if not ft_files:
    err("aucun fichier ft/*.json")
FT_KEYS = ["id", "intitule", "description", "dateCreation", "dateActualisation", "lieuTravail", "romeCode",
           "romeLibelle", "appellationlibelle", "entreprise", "typeContrat", "natureContrat", "alternance",
           "salaire", "origineOffre"]
for f in ft_files:
    data = load(f)
    if data is None:
        continue
    if set(data) != {"resultats", "filtresPossibles"}:
        err("%s : clés de premier niveau inattendues %s" % (f, sorted(data)))
    for o in data.get("resultats", []):
        for k in FT_KEYS:
            if k not in o:
                err("FT %s : clé %s absente" % (o.get("id"), k))
        oid = o.get("id", "")
        if not re.fullmatch(r"\d{3}[A-Z]{4}", oid):
            err("FT id mal formé : %r" % oid)
        if oid in ft:
            err("FT id en double : %s" % oid)
        ft[oid] = o
        lt = o.get("lieuTravail", {})
        for k in ("libelle", "codePostal", "commune", "latitude", "longitude"):
            if k not in lt:
                err("FT %s : lieuTravail.%s absent" % (oid, k))
        if not re.fullmatch(r"[A-Z]\d{4}", o.get("romeCode", "")):
            err("FT %s : romeCode invalide" % oid)
        if d(o["dateActualisation"]) < d(o["dateCreation"]):
            err("FT %s : actualisation avant création" % oid)
        if not o["description"].strip():
            err("FT %s : description vide" % oid)

# ---- La bonne alternance
lba = {}
lba_files = sorted(glob.glob(os.path.join(HERE, "lba", "*.json")))
if not lba_files:
    err("aucun fichier lba/*.json")
for f in lba_files:
    data = load(f)
    if data is None:
        continue
    if set(data) != {"jobs", "recruiters", "warnings"}:
        err("%s : clés de premier niveau inattendues %s" % (f, sorted(data)))
    for j in data.get("jobs", []):
        for k in ("identifier", "workplace", "apply", "contract", "offer", "is_delegated"):
            if k not in j:
                err("LBA : clé %s absente" % k)
        ident = j["identifier"]
        jid = ident.get("id") or ""
        if not re.fullmatch(r"[0-9a-f]{24}", jid):
            err("LBA id mal formé : %r" % jid)
        if jid in lba:
            err("LBA id en double : %s" % jid)
        lba[jid] = j
        w = j["workplace"]
        for k in ("siret", "name", "brand", "legal_name", "description", "website", "size", "location", "domain"):
            if k not in w:
                err("LBA %s : workplace.%s absent" % (jid, k))
        if w["siret"] is not None and not re.fullmatch(r"\d{14}", w["siret"]):
            err("LBA %s : siret invalide" % jid)
        gp = w["location"]["geopoint"]
        if gp.get("type") != "Point" or len(gp.get("coordinates", [])) != 2:
            err("LBA %s : geopoint invalide" % jid)
        lon, lat = gp["coordinates"]
        if not (-2.5 < lon < 2.7 and 42.5 < lat < 47.5):
            err("LBA %s : coordonnées hors Nouvelle-Aquitaine (lon, lat inversés ?)" % jid)
        off = j["offer"]
        for k in ("title", "description", "rome_codes", "desired_skills", "to_be_acquired_skills", "access_conditions",
                  "target_diploma", "publication", "opening_count", "status"):
            if k not in off:
                err("LBA %s : offer.%s absent" % (jid, k))
        if not off["rome_codes"] or not all(re.fullmatch(r"[A-Z]\d{4}", c) for c in off["rome_codes"]):
            err("LBA %s : rome_codes invalides" % jid)
        if off["status"] != "Active":
            err("LBA %s : statut non actif" % jid)
        if len(off["title"]) < 3 or len(off["description"]) < 30:
            err("LBA %s : titre ou description trop court" % jid)
        if ident["partner_label"] == "France Travail":
            if w["siret"] is not None:
                err("LBA %s : relais France Travail avec siret" % jid)
            if not re.fullmatch(r"\d\d - .+", w["location"]["address"]):
                err("LBA %s : adresse de relais FT inattendue" % jid)

# ---- Vérité terrain
truth = load(os.path.join(HERE, "truth.json")) or {"groups": [], "traps": []}
where = {}


def resolve(m, ctx):
    src, mid = m.get("source"), m.get("id")
    if src == "france_travail":
        if mid not in ft:
            err("%s : id France Travail inconnu %s" % (ctx, mid))
            return None
        return ("ft", ft[mid])
    if src == "lba":
        if mid not in lba:
            err("%s : id LBA inconnu %s" % (ctx, mid))
            return None
        return ("lba", lba[mid])
    err("%s : source inconnue %r" % (ctx, src))
    return None


def created(r):
    return d(r[1]["dateCreation"]) if r[0] == "ft" else d(r[1]["offer"]["publication"]["creation"])


def dep(r):
    if r[0] == "ft":
        return r[1]["lieuTravail"]["codePostal"][:2]
    m = re.search(r"\b(\d{2})\d{3}\b", r[1]["workplace"]["location"]["address"]) or \
        re.match(r"(\d\d) - ", r[1]["workplace"]["location"]["address"]) or \
        re.search(r"\((\d\d)\)|- (\d\d)$", r[1]["workplace"]["location"]["address"])
    return next(g for g in m.groups() if g) if m else None


counts = {}
for gi, g in enumerate(truth.get("groups", [])):
    ctx = "groupe %d (%s)" % (gi, g.get("kind"))
    counts[g.get("kind")] = counts.get(g.get("kind"), 0) + 1
    if g.get("kind") not in ("relay", "cross_post", "double_pull"):
        err("%s : type inconnu" % ctx)
    if len(g.get("members", [])) < 2:
        err("%s : moins de 2 membres" % ctx)
    if not g.get("note"):
        err("%s : note vide" % ctx)
    rs = []
    for m in g.get("members", []):
        key = (m.get("source"), m.get("id"))
        if key in where:
            err("%s : %s déjà dans le groupe %d" % (ctx, key, where[key]))
        where[key] = gi
        r = resolve(m, ctx)
        if r:
            rs.append(r)
    if len(rs) != len(g.get("members", [])):
        continue
    fts = [r for r in rs if r[0] == "ft"]
    lbas = [r for r in rs if r[0] == "lba"]
    if g["kind"] == "relay":
        if len(fts) != 1 or len(lbas) != 1:
            err("%s : un relais = 1 FT + 1 LBA" % ctx)
        elif lbas[0][1]["identifier"]["partner_label"] != "France Travail" or \
                lbas[0][1]["identifier"]["partner_job_id"] != fts[0][1]["id"]:
            err("%s : partner_label/partner_job_id incohérents" % ctx)
    if g["kind"] == "double_pull" and len({r[0] for r in rs}) != 1:
        err("%s : double_pull sur deux plateformes" % ctx)
    if g["kind"] == "cross_post":
        if not fts or not lbas:
            err("%s : cross_post sans FT ou sans LBA" % ctx)
        ds = sorted(created(r) for r in rs)
        if ds[-1] - ds[0] > timedelta(days=20):
            err("%s : plus de 20 jours d'écart" % ctx)
        own = [r for r in lbas if r[1]["identifier"]["partner_label"] != "France Travail"]
        if not own:
            err("%s : aucun membre LBA publié directement" % ctx)
        for r in lbas:
            if r[1]["identifier"]["partner_label"] == "France Travail" and \
                    r[1]["identifier"]["partner_job_id"] not in {f[1]["id"] for f in fts}:
                err("%s : relais sans son offre FT dans le groupe" % ctx)
    if len({dep(r) for r in rs}) != 1:
        err("%s : départements différents %s" % (ctx, {dep(r) for r in rs}))

for ti, t in enumerate(truth.get("traps", [])):
    ctx = "piège %d (%s)" % (ti, t.get("kind"))
    if len(t.get("members", [])) < 2:
        err("%s : moins de 2 membres" % ctx)
    if not t.get("note"):
        err("%s : note vide" % ctx)
    gids = []
    for m in t.get("members", []):
        resolve(m, ctx)
        key = (m.get("source"), m.get("id"))
        if key in where:
            gids.append(where[key])
    if len(gids) != len(set(gids)):
        err("%s : deux membres appartiennent au même groupe" % ctx)

# Tout relais LBA d'une offre FT présente doit être déclaré avec elle.
for jid, j in lba.items():
    if j["identifier"]["partner_label"] == "France Travail":
        pj = j["identifier"]["partner_job_id"]
        if pj in ft:
            a, b = where.get(("lba", jid)), where.get(("france_travail", pj))
            if a is None or a != b:
                err("relais LBA %s de l'offre FT %s non groupé avec elle" % (jid, pj))

# Textes strictement identiques hors groupe : doivent figurer dans un piège commun.
def norm(s):
    return re.sub(r"\W+", " ", s.lower()).strip()


trap_sets = [{(m["source"], m["id"]) for m in t["members"]} for t in truth.get("traps", [])]
texts = [(("france_travail", k), norm(o["description"])) for k, o in ft.items()] + \
        [(("lba", k), norm(j["offer"]["description"])) for k, j in lba.items()]
for i in range(len(texts)):
    for jx in range(i + 1, len(texts)):
        (ka, ta), (kb, tb) = texts[i], texts[jx]
        if ta == tb:
            ga, gb = where.get(ka), where.get(kb)
            if ga is not None and ga == gb:
                continue
            if not any(ka in s and kb in s for s in trap_sets):
                err("textes identiques non déclarés : %s / %s" % (ka, kb))

print("France Travail : %d offres dans %d fichiers" % (len(ft), len(ft_files)))
print("La bonne alternance : %d jobs dans %d fichiers" % (len(lba), len(lba_files)))
print("groupes : %s ; pièges : %d" % (counts, len(truth.get("traps", []))))
if errors:
    print("\n%d ERREUR(S) :" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
