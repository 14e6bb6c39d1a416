#!/usr/bin/env python3
"""Checks part F: JSON parses, ids unique per source, every truth id exists, groups/traps have >= 2 members,
plus a few consistency checks (relay links, no offer in two groups, trap members not grouped together)."""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        errors.append("%s: JSON error %s" % (path, e))
        return None


ft, lba = {}, {}
for p in sorted(glob.glob(os.path.join(HERE, "ft", "*.json"))):
    d = load(p)
    if d is None:
        continue
    if set(d) != {"resultats", "filtresPossibles"}:
        errors.append("%s: keys %s" % (p, sorted(d)))
    for o in d.get("resultats", []):
        if o["id"] in ft:
            errors.append("duplicate France Travail id %s" % o["id"])
        if not re.fullmatch(r"[0-9A-Z]{7}", o["id"]):
            errors.append("bad France Travail id %r" % o["id"])
        if not re.fullmatch(r"[A-Z]\d{4}", o["romeCode"]):
            errors.append("bad romeCode in %s" % o["id"])
        ft[o["id"]] = o
for p in sorted(glob.glob(os.path.join(HERE, "lba", "*.json"))):
    d = load(p)
    if d is None:
        continue
    if set(d) != {"jobs", "recruiters", "warnings"}:
        errors.append("%s: keys %s" % (p, sorted(d)))
    for j in d.get("jobs", []):
        i = j["identifier"]["id"]
        if i in lba:
            errors.append("duplicate LBA id %s" % i)
        if not re.fullmatch(r"[0-9a-f]{24}", i):
            errors.append("bad LBA id %r" % i)
        for c in j["offer"]["rome_codes"]:
            if not re.fullmatch(r"[A-Z]\d{4}", c):
                errors.append("bad rome code in %s" % i)
        lat_lon = j["workplace"]["location"]["geopoint"]["coordinates"]
        if not (4 < lat_lon[0] < 8 and 42 < lat_lon[1] < 45):
            errors.append("geopoint not [lon, lat] in PACA for %s" % i)
        lba[i] = j

truth = load(os.path.join(HERE, "truth.json")) or {"groups": [], "traps": []}
index = {"france_travail": ft, "lba": lba}
grouped = {}
for gi, g in enumerate(truth["groups"]):
    if g["kind"] not in ("relay", "cross_post", "double_pull"):
        errors.append("group %d: bad kind %s" % (gi, g["kind"]))
    if len(g["members"]) < 2:
        errors.append("group %d: fewer than 2 members" % gi)
    for m in g["members"]:
        if m["id"] not in index[m["source"]]:
            errors.append("group %d: unknown %s id %s" % (gi, m["source"], m["id"]))
        key = (m["source"], m["id"])
        if key in grouped:
            errors.append("group %d: %s already in group %d" % (gi, key, grouped[key]))
        grouped[key] = gi
    ft_ids = {m["id"] for m in g["members"] if m["source"] == "france_travail"}
    for m in g["members"]:
        j = lba.get(m["id"]) if m["source"] == "lba" else None
        if j and j["identifier"]["partner_label"] == "France Travail" and j["identifier"]["partner_job_id"] not in ft_ids:
            errors.append("group %d: relay %s points to an offer outside the group" % (gi, m["id"]))
    if g["kind"] == "relay":
        labels = [lba[m["id"]]["identifier"]["partner_label"] for m in g["members"] if m["source"] == "lba" and m["id"] in lba]
        if labels != ["France Travail"] or len(ft_ids) != 1:
            errors.append("group %d: relay group must be one France Travail offer + its relay" % gi)
for ti, t in enumerate(truth["traps"]):
    if len(t["members"]) < 2:
        errors.append("trap %d: fewer than 2 members" % ti)
    if not t.get("note"):
        errors.append("trap %d: no note" % ti)
    gs = []
    for m in t["members"]:
        if m["id"] not in index[m["source"]]:
            errors.append("trap %d: unknown %s id %s" % (ti, m["source"], m["id"]))
        g = grouped.get((m["source"], m["id"]))
        if g is not None:
            gs.append(g)
    if len(gs) != len(set(gs)):
        errors.append("trap %d: two members are in the same group" % ti)
# Every relay whose original is in the France Travail pull must be grouped with it.
for i, j in lba.items():
    if j["identifier"]["partner_label"] == "France Travail" and j["identifier"]["partner_job_id"] in ft:
        g = grouped.get(("lba", i))
        if g is None or grouped.get(("france_travail", j["identifier"]["partner_job_id"])) != g:
            errors.append("relay %s not grouped with France Travail %s" % (i, j["identifier"]["partner_job_id"]))

print("France Travail offers: %d, LBA jobs: %d" % (len(ft), len(lba)))
print("groups:", dict(collections.Counter(g["kind"] for g in truth["groups"])),
      "members:", dict(collections.Counter(len(g["members"]) for g in truth["groups"])))
print("traps:", dict(collections.Counter(t["kind"] for t in truth["traps"])), "total", len(truth["traps"]))
print("LBA partner labels:", dict(collections.Counter(j["identifier"]["partner_label"] for j in lba.values())))
print("ROME (FT):", dict(collections.Counter(o["romeCode"] for o in ft.values())))
print("distinct offers (truth):", len(ft) + len(lba) - sum(len(g["members"]) - 1 for g in truth["groups"]))
if errors:
    print("\n".join("ERROR: " + e for e in errors))
    sys.exit(1)
print("OK")
