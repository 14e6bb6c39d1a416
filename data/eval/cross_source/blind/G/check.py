#!/usr/bin/env python3
"""Self-check of part G (standard library only). Exit status 1 on any error."""
import collections
import datetime as dt
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def load(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except Exception as e:  # noqa: BLE001
        err("%s: does not parse (%s)" % (path, e))
        return None


def parse_date(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S.000Z")


FT_KEYS = ["id", "intitule", "description", "dateCreation", "dateActualisation", "lieuTravail", "romeCode",
           "romeLibelle", "appellationlibelle", "entreprise", "typeContrat", "natureContrat", "alternance",
           "salaire", "contact", "origineOffre"]
ft, lba = {}, {}
ft_files = sorted(glob.glob(os.path.join(HERE, "ft", "*.json")))
lba_files = sorted(glob.glob(os.path.join(HERE, "lba", "*.json")))
if not ft_files or not lba_files:
    err("missing ft/*.json or lba/*.json")

for path in ft_files:
    data = load(path)
    if data is None:
        continue
    if set(data) != {"resultats", "filtresPossibles"}:
        err("%s: top-level keys %s" % (path, sorted(data)))
    for o in data.get("resultats", []):
        for k in FT_KEYS:
            if k not in o:
                err("FT %s: missing %s" % (o.get("id"), k))
        i = o.get("id", "")
        if not re.fullmatch(r"\d{3}[A-Z0-9]{4}", i):
            err("FT id %r has not the 7-character shape" % i)
        if i in ft:
            err("FT id %s duplicated" % i)
        ft[i] = o
        lt = o["lieuTravail"]
        if not re.fullmatch(r"\d{5}", lt["codePostal"]) or not re.fullmatch(r"\d{5}", lt["commune"]):
            err("FT %s: bad postal or INSEE code" % i)
        if lt["libelle"][:2] != lt["codePostal"][:2] or lt["libelle"][:2] != lt["commune"][:2]:
            err("FT %s: département mismatch in lieuTravail" % i)
        if not (48.0 < lt["latitude"] < 50.2 and -2.0 < lt["longitude"] < 1.9):
            err("FT %s: coordinates outside Normandie" % i)
        if parse_date(o["dateActualisation"]) < parse_date(o["dateCreation"]):
            err("FT %s: dateActualisation before dateCreation" % i)
        if o["alternance"] != (o["natureContrat"] in ("Contrat apprentissage", "Contrat de professionnalisation")):
            err("FT %s: alternance flag inconsistent with natureContrat" % i)

LBA_TOP = {"identifier", "workplace", "apply", "contract", "offer", "is_delegated"}
for path in lba_files:
    data = load(path)
    if data is None:
        continue
    if set(data) != {"jobs", "recruiters", "warnings"}:
        err("%s: top-level keys %s" % (path, sorted(data)))
    for j in data.get("jobs", []):
        if set(j) != LBA_TOP:
            err("LBA job keys %s" % sorted(j))
        i = j["identifier"]["id"]
        if not re.fullmatch(r"[0-9a-f]{24}", i or ""):
            err("LBA id %r is not 24 hex characters" % i)
        if i in lba:
            err("LBA id %s duplicated" % i)
        lba[i] = j
        w = j["workplace"]
        lon, lat = w["location"]["geopoint"]["coordinates"]
        if not (48.0 < lat < 50.2 and -2.0 < lon < 1.9):
            err("LBA %s: coordinates outside Normandie (or lat/lon swapped)" % i)
        label = j["identifier"]["partner_label"]
        if label == "France Travail":
            if w["siret"] is not None:
                err("LBA %s: relayed FT offer with a SIRET" % i)
            if not re.fullmatch(r"\d{2} - .+", w["location"]["address"]):
                err("LBA %s: relayed FT offer without a FT place label" % i)
        else:
            if not re.fullmatch(r"\d{14}", w["siret"] or ""):
                err("LBA %s: SIRET missing or malformed" % i)
            if not re.search(r"\b\d{5}\b", w["location"]["address"]):
                err("LBA %s: address without postal code" % i)
        if j["is_delegated"] and w["brand"] is not None:
            err("LBA %s: delegated offer with a brand" % i)
        for c in j["offer"]["rome_codes"]:
            if not re.fullmatch(r"[A-Z]\d{4}", c):
                err("LBA %s: bad ROME code %r" % (i, c))
        if len(j["offer"]["description"]) < 30:
            err("LBA %s: description shorter than 30 characters" % i)
        if j["offer"]["status"] != "Active":
            err("LBA %s: status not Active" % i)

truth = load(os.path.join(HERE, "truth.json")) or {"groups": [], "traps": []}


def exists(m):
    return (m["source"] == "france_travail" and m["id"] in ft) or (m["source"] == "lba" and m["id"] in lba)


member_group = {}
for n, g in enumerate(truth["groups"]):
    if g["kind"] not in ("relay", "cross_post", "double_pull"):
        err("group %d: unknown kind %s" % (n, g["kind"]))
    if len(g["members"]) < 2:
        err("group %d: fewer than two members" % n)
    if not g.get("note"):
        err("group %d: no note" % n)
    for m in g["members"]:
        if not exists(m):
            err("group %d: unknown %s id %s" % (n, m["source"], m["id"]))
        key = (m["source"], m["id"])
        if key in member_group:
            err("%s %s is in two groups" % key)
        member_group[key] = n
    srcs = {m["source"] for m in g["members"]}
    if g["kind"] == "double_pull" and len(srcs) != 1:
        err("group %d: double_pull across two boards" % n)
    if g["kind"] == "relay":
        fts = [m["id"] for m in g["members"] if m["source"] == "france_travail"]
        rl = [lba[m["id"]] for m in g["members"] if m["source"] == "lba" and m["id"] in lba]
        if not any(j["identifier"]["partner_label"] == "France Travail"
                   and j["identifier"]["partner_job_id"] in fts for j in rl):
            err("group %d: relay without a matching France Travail partner_job_id" % n)

# every LBA relay of an FT offer present in the data must be grouped with it
for i, j in lba.items():
    if j["identifier"]["partner_label"] == "France Travail":
        pj = j["identifier"]["partner_job_id"]
        if pj in ft:
            if member_group.get(("lba", i)) is None or \
                    member_group.get(("lba", i)) != member_group.get(("france_travail", pj)):
                err("LBA relay %s is not grouped with FT offer %s" % (i, pj))
        else:
            warnings.append("LBA relay %s points to FT id %s absent from the data" % (i, pj))

for n, t in enumerate(truth["traps"]):
    if len(t["members"]) < 2:
        err("trap %d: fewer than two members" % n)
    if not t.get("note"):
        err("trap %d: no note" % n)
    seen = set()
    for m in t["members"]:
        if not exists(m):
            err("trap %d: unknown %s id %s" % (n, m["source"], m["id"]))
        g = member_group.get((m["source"], m["id"]))
        if g is not None:
            if g in seen:
                err("trap %d: two members belong to the same group %d" % (n, g))
            seen.add(g)

# dates
created = [parse_date(o["dateCreation"]) for o in ft.values()] + \
          [parse_date(j["offer"]["publication"]["creation"]) for j in lba.values()]
in26 = sorted(d for d in created if d.year == 2026)
out = [d for d in created if d.year != 2026]
span = (in26[-1] - in26[0]).days if in26 else 0
if not 56 <= span <= 84:
    warnings.append("2026 creation dates span %d days (brief: 8 to 12 weeks)" % span)
if out:
    warnings.append("%d offer(s) created outside 2026 (intended: rehire trap): %s" % (
        len(out), ", ".join(d.strftime("%Y-%m-%d") for d in out)))

# report
print("France Travail offers: %d in %d files" % (len(ft), len(ft_files)))
print("La bonne alternance jobs: %d in %d files; partner labels: %s" % (
    len(lba), len(lba_files), dict(collections.Counter(j["identifier"]["partner_label"] for j in lba.values()))))
print("  delegated (CFA): %d" % sum(1 for j in lba.values() if j["is_delegated"]))
print("FT offers without employer name: %d" % sum(1 for o in ft.values() if not o["entreprise"].get("nom")))
print("ROME codes (FT): %s" % dict(collections.Counter(o["romeCode"] for o in ft.values())))
print("Groups: %s; three-member groups: %d" % (dict(collections.Counter(g["kind"] for g in truth["groups"])),
                                             sum(1 for g in truth["groups"] if len(g["members"]) == 3)))
print("Traps: %d %s" % (len(truth["traps"]), dict(collections.Counter(t["kind"] for t in truth["traps"]))))
grouped = sum(len(g["members"]) for g in truth["groups"])
print("Distinct offers: %d" % (len(ft) + len(lba) - grouped + len(truth["groups"])))
if in26:
    print("2026 creation dates: %s to %s (%d days)" % (in26[0].date(), in26[-1].date(), span))
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("OK" if not errors else "%d error(s)" % len(errors))
sys.exit(1 if errors else 0)
