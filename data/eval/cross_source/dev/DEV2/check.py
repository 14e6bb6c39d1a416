# -*- coding: utf-8 -*-
"""Checks the DEV2 part: JSON parses, ids unique and well formed, truth.json consistent. Stdlib only."""
import glob
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []
ft, lba = {}, {}
for f in sorted(glob.glob(os.path.join(HERE, "ft", "*.json"))):
    d = json.load(open(f, encoding="utf-8"))
    assert set(d) == {"resultats", "filtresPossibles"}, f
    for o in d["resultats"]:
        if o["id"] in ft:
            errors.append("duplicate France Travail id %s" % o["id"])
        if not re.fullmatch(r"[0-9A-Z]{7}", o["id"]):
            errors.append("bad France Travail id %s" % o["id"])
        for k in ("intitule", "description", "dateCreation", "dateActualisation", "lieuTravail", "romeCode", "romeLibelle",
                  "appellationlibelle", "entreprise", "typeContrat", "natureContrat", "alternance", "salaire", "contact", "origineOffre"):
            if k not in o:
                errors.append("%s lacks %s" % (o["id"], k))
        if not o["dateCreation"].startswith("2026-"):
            errors.append("%s not 2026" % o["id"])
        ft[o["id"]] = o
for f in sorted(glob.glob(os.path.join(HERE, "lba", "*.json"))):
    d = json.load(open(f, encoding="utf-8"))
    assert set(d) == {"jobs", "recruiters", "warnings"}, f
    for j in d["jobs"]:
        i = j["identifier"]["id"]
        if i in lba:
            errors.append("duplicate LBA id %s" % i)
        if not re.fullmatch(r"[0-9a-f]{24}", i):
            errors.append("bad LBA id %s" % i)
        for k in ("identifier", "workplace", "apply", "contract", "offer", "is_delegated"):
            if k not in j:
                errors.append("%s lacks %s" % (i, k))
        for k in ("siret", "name", "brand", "legal_name", "description", "website", "size", "location", "domain"):
            if k not in j["workplace"]:
                errors.append("%s lacks workplace.%s" % (i, k))
        s = j["workplace"]["siret"]
        if s is not None and not re.fullmatch(r"\d{14}", s):
            errors.append("%s bad siret" % i)
        if j["identifier"]["partner_label"] == "France Travail" and s is not None:
            errors.append("%s: relayed France Travail offer with a siret" % i)
        if not j["offer"]["publication"]["creation"].startswith("2026-"):
            errors.append("%s not 2026" % i)
        lba[i] = j

truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
store = {"france_travail": ft, "lba": lba}
cluster = {}
for gi, g in enumerate(truth["groups"]):
    if len(g["members"]) < 2:
        errors.append("group %d has fewer than 2 members" % gi)
    for m in g["members"]:
        if m["id"] not in store[m["source"]]:
            errors.append("group %d: unknown %s id %s" % (gi, m["source"], m["id"]))
        k = (m["source"], m["id"])
        if k in cluster:
            errors.append("%s in two groups" % (k,))
        cluster[k] = gi
for ti, t in enumerate(truth["traps"]):
    if len(t["members"]) < 2:
        errors.append("trap %d has fewer than 2 members" % ti)
    cl = set()
    for m in t["members"]:
        if m["id"] not in store[m["source"]]:
            errors.append("trap %d: unknown %s id %s" % (ti, m["source"], m["id"]))
        cl.add(cluster.get((m["source"], m["id"]), (m["source"], m["id"])))
    if len(cl) < 2:
        errors.append("trap %d: all members are one offer" % ti)
    if not t.get("note"):
        errors.append("trap %d without note" % ti)

# a relayed France Travail offer must be grouped with its original when the original is present
for i, j in lba.items():
    if j["identifier"]["partner_label"] == "France Travail":
        pid = j["identifier"]["partner_job_id"]
        if pid in ft:
            a, b = cluster.get(("lba", i)), cluster.get(("france_travail", pid))
            if a is None or a != b:
                errors.append("relay %s of %s not grouped with it" % (i, pid))

# review aid: identical descriptions in different clusters
by_text = defaultdict(set)
for i, o in ft.items():
    by_text[" ".join(o["description"].split())].add(cluster.get(("france_travail", i), ("france_travail", i)))
for i, j in lba.items():
    by_text[" ".join(j["offer"]["description"].split())].add(cluster.get(("lba", i), ("lba", i)))
for txt, cl in by_text.items():
    if len(cl) > 1:
        print("note: identical text in %d distinct offers: %s" % (len(cl), txt[:70]))

kinds = defaultdict(int)
for g in truth["groups"]:
    kinds[g["kind"]] += 1
print("France Travail offers: %d, LBA jobs: %d, groups: %s, traps: %d" % (len(ft), len(lba), dict(kinds), len(truth["traps"])))
distinct = len(ft) + len(lba) - sum(len(g["members"]) - 1 for g in truth["groups"])
print("distinct offers according to truth.json: %d" % distinct)
if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
