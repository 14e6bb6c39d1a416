# -*- coding: utf-8 -*-
"""Self-check of part E (stdlib only). Exit code 1 on any error."""
import glob
import json
import os
import re
import sys
from collections import Counter
from datetime import datetime

BASE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(p):
    try:
        with open(p, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa
        err("%s: JSON error %s" % (p, e))
        return None


def isodate(s, where):
    try:
        datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.000Z")
    except Exception:
        err("%s: bad date %r" % (where, s))


ft = {}
for p in sorted(glob.glob(os.path.join(BASE, "ft", "*.json"))):
    d = load(p)
    if d is None:
        continue
    if set(d) != {"resultats", "filtresPossibles"}:
        err("%s: keys %s" % (p, sorted(d)))
    for o in d.get("resultats", []):
        i = o.get("id")
        if not isinstance(i, str) or not re.fullmatch(r"\d{3}[A-Z0-9]{4}", i):
            err("%s: bad FT id %r" % (p, i))
        if i in ft:
            err("duplicate FT id %s" % i)
        ft[i] = o
        for k in ("intitule", "description", "dateCreation", "dateActualisation", "lieuTravail", "romeCode",
                  "romeLibelle", "appellationlibelle", "entreprise", "typeContrat", "natureContrat",
                  "alternance", "salaire", "origineOffre"):
            if k not in o:
                err("FT %s: missing %s" % (i, k))
        isodate(o["dateCreation"], i)
        isodate(o["dateActualisation"], i)
        if o["dateActualisation"] < o["dateCreation"]:
            err("FT %s: actualisation before creation" % i)
        lt = o["lieuTravail"]
        if not (lt["codePostal"][:2] == lt["commune"][:2] == lt["libelle"][:2]):
            err("FT %s: place mismatch %s" % (i, lt))
        if not (48.7 < lt["latitude"] < 49.0 and 2.1 < lt["longitude"] < 2.6):
            err("FT %s: coordinates out of Île-de-France core %s" % (i, lt))
        if not re.fullmatch(r"[A-Z]\d{4}", o["romeCode"]):
            err("FT %s: rome %s" % (i, o["romeCode"]))

lba = {}
for p in sorted(glob.glob(os.path.join(BASE, "lba", "*.json"))):
    d = load(p)
    if d is None:
        continue
    if set(d) != {"jobs", "recruiters", "warnings"}:
        err("%s: keys %s" % (p, sorted(d)))
    for j in d.get("jobs", []):
        ident = j.get("identifier", {})
        i = ident.get("id")
        if not isinstance(i, str) or not re.fullmatch(r"[0-9a-f]{24}", i):
            err("%s: bad LBA id %r" % (p, i))
        if i in lba:
            err("duplicate LBA id %s" % i)
        lba[i] = j
        for k in ("identifier", "workplace", "apply", "contract", "offer", "is_delegated"):
            if k not in j:
                err("LBA %s: missing %s" % (i, k))
        wp = j["workplace"]
        for k in ("siret", "name", "brand", "legal_name", "description", "website", "size", "location", "domain"):
            if k not in wp:
                err("LBA %s: workplace.%s missing" % (i, k))
        lon, lat = wp["location"]["geopoint"]["coordinates"]
        if not (48.7 < lat < 49.0 and 2.1 < lon < 2.6):
            err("LBA %s: coordinates %s" % (i, (lon, lat)))
        off = j["offer"]
        for k in ("title", "description", "rome_codes", "desired_skills", "to_be_acquired_skills",
                  "access_conditions", "target_diploma", "publication", "opening_count", "status"):
            if k not in off:
                err("LBA %s: offer.%s missing" % (i, k))
        if off["status"] != "Active":
            err("LBA %s: status" % i)
        for r in off["rome_codes"]:
            if not re.fullmatch(r"[A-Z]\d{4}", r):
                err("LBA %s: rome %s" % (i, r))
        isodate(off["publication"]["creation"], i)
        isodate(off["publication"]["expiration"], i)
        lab = ident["partner_label"]
        addr = wp["location"]["address"]
        if lab == "France Travail":
            if wp["siret"] is not None:
                err("LBA %s: FT relay with siret" % i)
            if not re.fullmatch(r"\d{2} - .+", addr):
                err("LBA %s: FT relay address %r" % (i, addr))
        else:
            if wp["siret"] is None or not re.fullmatch(r"\d{14}", wp["siret"]):
                err("LBA %s: siret %r" % (i, wp["siret"]))
            if not re.search(r"\b(75|92|93|94)\d{3}\b", addr):
                err("LBA %s: address without postal code %r" % (i, addr))
        if lab == "offres_emploi_lba" and ident["partner_job_id"] != i:
            err("LBA %s: partner_job_id should equal id" % i)

# ---- truth ----
truth = load(os.path.join(BASE, "truth.json")) or {"groups": [], "traps": []}
group_of = {}
for gi, g in enumerate(truth["groups"]):
    if g["kind"] not in ("relay", "cross_post", "double_pull"):
        err("group %d: kind %s" % (gi, g["kind"]))
    if len(g["members"]) < 2:
        err("group %d: fewer than 2 members" % gi)
    for mbr in g["members"]:
        key = (mbr["source"], mbr["id"])
        pool = ft if mbr["source"] == "france_travail" else lba if mbr["source"] == "lba" else None
        if pool is None or mbr["id"] not in pool:
            err("group %d: unknown member %s" % (gi, key))
        if key in group_of:
            err("member %s in two groups" % (key,))
        group_of[key] = gi
    srcs = Counter(mbr["source"] for mbr in g["members"])
    if g["kind"] == "relay":
        fts = [mbr["id"] for mbr in g["members"] if mbr["source"] == "france_travail"]
        for mbr in g["members"]:
            if mbr["source"] == "lba":
                j = lba.get(mbr["id"])
                if j and (j["identifier"]["partner_label"] != "France Travail" or j["identifier"]["partner_job_id"] not in fts):
                    err("group %d: relay member does not point to the FT member" % gi)
    if g["kind"] == "cross_post" and (srcs["france_travail"] < 1 or srcs["lba"] < 1):
        err("group %d: cross_post needs both boards" % gi)

for ti, t in enumerate(truth["traps"]):
    if len(t["members"]) < 2:
        err("trap %d: fewer than 2 members" % ti)
    if not t.get("note"):
        err("trap %d: no note" % ti)
    gs = []
    for mbr in t["members"]:
        pool = ft if mbr["source"] == "france_travail" else lba
        if mbr["id"] not in pool:
            err("trap %d: unknown member %s" % (ti, mbr))
        g = group_of.get((mbr["source"], mbr["id"]))
        if g is not None:
            gs.append(g)
    if len(gs) != len(set(gs)):
        err("trap %d: two members belong to the same group" % ti)

# every LBA relay of an FT offer present in this part must be grouped with it
for i, j in lba.items():
    if j["identifier"]["partner_label"] == "France Travail":
        fid = j["identifier"]["partner_job_id"]
        if fid in ft:
            if group_of.get(("lba", i)) is None or group_of.get(("lba", i)) != group_of.get(("france_travail", fid)):
                err("LBA relay %s of FT %s is not grouped with it" % (i, fid))

# ---- report ----
print("France Travail offers: %d" % len(ft))
print("La bonne alternance jobs: %d  (%s)" % (len(lba), dict(Counter(j["identifier"]["partner_label"] for j in lba.values()))))
print("groups: %s" % dict(Counter(g["kind"] for g in truth["groups"])))
print("traps: %d  %s" % (len(truth["traps"]), dict(Counter(t["kind"] for t in truth["traps"]))))
print("ROME (FT): %s" % dict(Counter(o["romeCode"] for o in ft.values())))
print("communes (FT): %s" % dict(Counter(o["lieuTravail"]["libelle"] for o in ft.values())))
dates = sorted(o["dateCreation"] for o in ft.values()) + sorted(j["offer"]["publication"]["creation"] for j in lba.values())
print("creation dates: %s .. %s" % (min(dates), max(dates)))
if errors:
    print("\n%d ERROR(S):" % len(errors))
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("OK")
