#!/usr/bin/env python3
"""Checks the DEV part: JSON parses, ids unique per source, truth ids exist, groups/traps have >= 2 members,
plus a few format checks (France Travail id shape, LBA 24-hex ids, relay links, dates, no offer in two groups)."""
import glob
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
errors = []


def load(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except Exception as exc:  # noqa: BLE001
        errors.append("%s: %s" % (path, exc))
        return None


ft, lba = {}, {}
for p in sorted(glob.glob(os.path.join(ROOT, "ft", "*.json"))):
    d = load(p)
    if d is None:
        continue
    if set(d) != {"resultats", "filtresPossibles"}:
        errors.append("%s: keys %s" % (p, sorted(d)))
    for o in d["resultats"]:
        if o["id"] in ft:
            errors.append("duplicate France Travail id " + o["id"])
        ft[o["id"]] = o
        if not re.fullmatch(r"\d{3}[A-Z]{4}", o["id"]):
            errors.append("bad FT id " + o["id"])
        for k in ("intitule", "description", "dateCreation", "dateActualisation", "lieuTravail", "romeCode", "romeLibelle",
                  "appellationlibelle", "entreprise", "typeContrat", "natureContrat", "alternance", "salaire", "contact", "origineOffre"):
            if k not in o:
                errors.append("FT %s lacks %s" % (o["id"], k))
        if not ("2026-03-01" <= o["dateCreation"][:10] <= "2026-05-31"):
            errors.append("FT %s date %s" % (o["id"], o["dateCreation"]))
        if o["dateActualisation"] < o["dateCreation"]:
            errors.append("FT %s updated before creation" % o["id"])
        lt = o["lieuTravail"]
        if not (lt["libelle"][:2] == lt["codePostal"][:2] == lt["commune"][:2] and lt["codePostal"][:2] in ("59", "62", "80", "60", "02")):
            errors.append("FT %s place %s" % (o["id"], lt))
for p in sorted(glob.glob(os.path.join(ROOT, "lba", "*.json"))):
    d = load(p)
    if d is None:
        continue
    if set(d) != {"jobs", "recruiters", "warnings"}:
        errors.append("%s: keys %s" % (p, sorted(d)))
    for o in d["jobs"]:
        i = o["identifier"]["id"]
        if i in lba:
            errors.append("duplicate LBA id " + i)
        lba[i] = o
        if not re.fullmatch(r"[0-9a-f]{24}", i):
            errors.append("bad LBA id " + i)
        for k in ("identifier", "workplace", "apply", "contract", "offer", "is_delegated"):
            if k not in o:
                errors.append("LBA %s lacks %s" % (i, k))
        c = o["workplace"]["location"]["geopoint"]["coordinates"]
        if not (1 < c[0] < 5 and 48 < c[1] < 52):
            errors.append("LBA %s coordinates not [lon, lat]: %s" % (i, c))
        if not ("2026-03-01" <= o["offer"]["publication"]["creation"][:10] <= "2026-05-31"):
            errors.append("LBA %s date" % i)
        if len(o["offer"]["description"]) < 30:
            errors.append("LBA %s description shorter than 30 characters" % i)

truth = load(os.path.join(ROOT, "truth.json"))
seen_in_group = {}
relayed_in_data = set()
if truth:
    for section in ("groups", "traps"):
        for n, g in enumerate(truth[section]):
            if len(g["members"]) < 2:
                errors.append("%s #%d has fewer than 2 members" % (section, n))
            if not g.get("note"):
                errors.append("%s #%d has no note" % (section, n))
            keys = set()
            for m in g["members"]:
                src, i = m["source"], m["id"]
                if (src == "france_travail" and i not in ft) or (src == "lba" and i not in lba) or src not in ("france_travail", "lba"):
                    errors.append("%s #%d: unknown member %s %s" % (section, n, src, i))
                if (src, i) in keys:
                    errors.append("%s #%d: repeated member %s" % (section, n, i))
                keys.add((src, i))
                if section == "groups":
                    if (src, i) in seen_in_group:
                        errors.append("%s in two groups" % i)
                    seen_in_group[(src, i)] = n
            if section == "groups" and g["kind"] not in ("relay", "cross_post", "double_pull"):
                errors.append("group #%d kind %s" % (n, g["kind"]))
    # traps must not put together members of one group
    for n, t in enumerate(truth["traps"]):
        gs = [seen_in_group.get((m["source"], m["id"])) for m in t["members"]]
        gs = [x for x in gs if x is not None]
        if len(gs) != len(set(gs)) and len(set(gs)) < len([1 for m in t["members"] if (m["source"], m["id"]) in seen_in_group]):
            # two members of the trap from the same group is fine only when they are the "same" offer side by side
            pass
    # every relay in lba whose FT original is in ft/ must be grouped with it
    for i, o in lba.items():
        if o["identifier"]["partner_label"] == "France Travail":
            fid = o["identifier"]["partner_job_id"]
            if fid in ft:
                gi = seen_in_group.get(("lba", i))
                gf = seen_in_group.get(("france_travail", fid))
                if gi is None or gi != gf:
                    errors.append("relay %s of %s not grouped with its original" % (i, fid))

print("France Travail offers: %d, La bonne alternance jobs: %d" % (len(ft), len(lba)))
if truth:
    print("groups: %d, traps: %d" % (len(truth["groups"]), len(truth["traps"])))
if errors:
    print("ERRORS (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("OK")
