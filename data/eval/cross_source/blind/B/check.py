# -*- coding: utf-8 -*-
"""Sanity checks for part B (stdlib only)."""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
ft_ids, lba_ids = {}, {}
for p in sorted(glob.glob(os.path.join(HERE, "ft", "*.json"))):
    data = json.load(open(p, encoding="utf-8"))
    assert set(data) == {"resultats", "filtresPossibles"}, p
    for o in data["resultats"]:
        if o["id"] in ft_ids:
            errors.append("duplicate FT id %s" % o["id"])
        ft_ids[o["id"]] = o
        if not re.fullmatch(r"\d{3}[A-Z]{4}", o["id"]):
            errors.append("bad FT id %s" % o["id"])
        for k in ("intitule", "description", "dateCreation", "dateActualisation", "lieuTravail", "romeCode", "romeLibelle",
                  "appellationlibelle", "entreprise", "typeContrat", "natureContrat", "alternance", "salaire", "contact",
                  "origineOffre"):
            if k not in o:
                errors.append("FT %s lacks %s" % (o["id"], k))
        lt = o["lieuTravail"]
        if not re.fullmatch(r"\d\d - [A-Z ]+", lt["libelle"]) or lt["codePostal"][:2] != lt["libelle"][:2]:
            errors.append("FT %s bad lieuTravail %s" % (o["id"], lt))
for p in sorted(glob.glob(os.path.join(HERE, "lba", "*.json"))):
    data = json.load(open(p, encoding="utf-8"))
    assert set(data) == {"jobs", "recruiters", "warnings"}, p
    for j in data["jobs"]:
        i = j["identifier"]["id"]
        if i in lba_ids:
            errors.append("duplicate LBA id %s" % i)
        lba_ids[i] = j
        if not re.fullmatch(r"[0-9a-f]{24}", i):
            errors.append("bad LBA id %s" % i)
        for k in ("identifier", "workplace", "apply", "contract", "offer", "is_delegated"):
            if k not in j:
                errors.append("LBA %s lacks %s" % (i, k))
        if j["identifier"]["partner_label"] == "France Travail":
            pj = j["identifier"]["partner_job_id"]
            if j["workplace"]["siret"] is not None:
                errors.append("relay %s has a siret" % i)
        elif j["workplace"]["siret"] is not None and not re.fullmatch(r"\d{14}", j["workplace"]["siret"]):
            errors.append("LBA %s bad siret" % i)
        if len(j["offer"]["description"]) < 30:
            errors.append("LBA %s description too short" % i)
        lon, lat = j["workplace"]["location"]["geopoint"]["coordinates"]
        if not (3 < lon < 9 and 47 < lat < 50):
            errors.append("LBA %s geopoint outside Grand Est" % i)

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
seen_in_groups = {}
for sect in ("groups", "traps"):
    for g in truth[sect]:
        if len(g["members"]) < 2:
            errors.append("%s with fewer than 2 members: %s" % (sect, g["note"]))
        if not g.get("note"):
            errors.append("%s without note" % sect)
        for m in g["members"]:
            pool = ft_ids if m["source"] == "france_travail" else lba_ids if m["source"] == "lba" else None
            if pool is None or m["id"] not in pool:
                errors.append("unknown member %s in %s" % (m, g["note"]))
            if sect == "groups":
                key = (m["source"], m["id"])
                if key in seen_in_groups:
                    errors.append("member %s in two groups" % (key,))
                seen_in_groups[key] = g["kind"]
        if sect == "groups" and g["kind"] not in ("relay", "cross_post", "double_pull"):
            errors.append("bad kind %s" % g["kind"])
# relay consistency: every France Travail relay in a group points to an FT member of the same group
for g in truth["groups"]:
    ftm = {m["id"] for m in g["members"] if m["source"] == "france_travail"}
    for m in g["members"]:
        if m["source"] == "lba" and lba_ids[m["id"]]["identifier"]["partner_label"] == "France Travail":
            if lba_ids[m["id"]]["identifier"]["partner_job_id"] not in ftm:
                errors.append("relay %s not grouped with its FT offer" % m["id"])
# every relay on LBA points to an existing FT offer
for i, j in lba_ids.items():
    if j["identifier"]["partner_label"] == "France Travail" and j["identifier"]["partner_job_id"] not in ft_ids:
        errors.append("relay %s points to a missing FT offer" % i)
# traps must not be inside one group entirely
group_of = {}
for n, g in enumerate(truth["groups"]):
    for m in g["members"]:
        group_of[(m["source"], m["id"])] = n
for t in truth["traps"]:
    gs = {group_of.get((m["source"], m["id"]), ("solo", m["id"])) for m in t["members"]}
    if len(gs) < 2:
        errors.append("trap entirely inside one group: %s" % t["note"])

print("FT offers: %d, LBA jobs: %d, groups: %d, traps: %d" % (len(ft_ids), len(lba_ids), len(truth["groups"]), len(truth["traps"])))
if errors:
    print("\n".join(errors))
    sys.exit(1)
print("OK")
