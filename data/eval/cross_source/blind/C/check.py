#!/usr/bin/env python3
"""Controles de la partie C (stdlib)."""
import json, os, re, glob, sys, datetime
from collections import Counter, defaultdict
HERE = os.path.dirname(os.path.abspath(__file__))
err = []
ft, lba = {}, {}
for p in sorted(glob.glob(os.path.join(HERE, "ft", "*.json"))):
    d = json.load(open(p, encoding="utf-8"))
    assert set(d) == {"resultats", "filtresPossibles"}, p
    for o in d["resultats"]:
        if o["id"] in ft: err.append("FT id en double: " + o["id"])
        if not re.fullmatch(r"\d{3}[A-Z]{4}", o["id"]): err.append("FT id mal formé " + o["id"])
        for k in ("intitule", "description", "dateCreation", "dateActualisation", "lieuTravail", "romeCode", "romeLibelle",
                  "appellationlibelle", "entreprise", "typeContrat", "natureContrat", "alternance", "salaire", "contact", "origineOffre"):
            if k not in o: err.append("FT %s sans %s" % (o["id"], k))
        lt = o["lieuTravail"]
        if not re.fullmatch(r"\d\d - .+", lt["libelle"]) or lt["codePostal"][:2] != lt["commune"][:2] or lt["codePostal"][:2] not in ("35", "29", "56", "22", "44", "49"):
            err.append("FT lieu " + o["id"])
        ft[o["id"]] = o
for p in sorted(glob.glob(os.path.join(HERE, "lba", "*.json"))):
    d = json.load(open(p, encoding="utf-8"))
    assert set(d) == {"jobs", "recruiters", "warnings"}, p
    for j in d["jobs"]:
        i = j["identifier"]["id"]
        if i in lba: err.append("LBA id en double: " + i)
        if not re.fullmatch(r"[0-9a-f]{24}", i): err.append("LBA id mal formé " + i)
        w = j["workplace"]
        if j["identifier"]["partner_label"] == "France Travail":
            if w["siret"] is not None or j["identifier"]["partner_job_id"] not in ft:
                err.append("relais LBA incohérent " + i)
            if not re.fullmatch(r"\d\d - .+", w["location"]["address"]): err.append("adresse relais " + i)
        else:
            if not j["is_delegated"] and not re.fullmatch(r"\d{14}", w["siret"] or ""): err.append("siret " + i)
            if not re.search(r"\b(35|29|56|22|44|49)\d{3}\b", w["location"]["address"]): err.append("adresse sans CP " + i)
        lon, lat = w["location"]["geopoint"]["coordinates"]
        if not (-5 < lon < 0 and 46.5 < lat < 49): err.append("geopoint " + i)
        for r in j["offer"]["rome_codes"]:
            if not re.fullmatch(r"[A-Z]\d{4}", r): err.append("rome " + i)
        if len(j["offer"]["description"]) < 30: err.append("description < 30 car. " + i)
        lba[i] = j
truth = json.load(open(os.path.join(HERE, "truth.json"), encoding="utf-8"))
def key(m):
    src = {"france_travail": ft, "lba": lba}.get(m["source"])
    if src is None: err.append("source inconnue %r" % m); return None
    if m["id"] not in src: err.append("id absent: %r" % m)
    return (m["source"], m["id"])
grp_of = {}
for gi, g in enumerate(truth["groups"]):
    if g["kind"] not in ("relay", "cross_post", "double_pull"): err.append("kind %s" % g["kind"])
    if len(g["members"]) < 2: err.append("groupe < 2 membres %d" % gi)
    for m in g["members"]:
        k = key(m)
        if k in grp_of: err.append("membre dans deux groupes %r" % (k,))
        grp_of[k] = gi
    if g["kind"] == "relay":
        fts = [m["id"] for m in g["members"] if m["source"] == "france_travail"]
        for m in g["members"]:
            if m["source"] == "lba" and lba[m["id"]]["identifier"]["partner_job_id"] not in fts:
                err.append("relay sans partner_job_id cohérent %d" % gi)
# every LBA France Travail relay must be grouped with its FT offer
for i, j in lba.items():
    if j["identifier"]["partner_label"] == "France Travail":
        a = grp_of.get(("lba", i)); b = grp_of.get(("france_travail", j["identifier"]["partner_job_id"]))
        if a is None or a != b: err.append("relais %s non groupé avec son offre FT" % i)
for ti, t in enumerate(truth["traps"]):
    if len(t["members"]) < 2: err.append("piège < 2 membres %d" % ti)
    if not t.get("note"): err.append("piège sans note %d" % ti)
    ks = [key(m) for m in t["members"]]
    gs = [grp_of.get(k, ("solo", k)) for k in ks]
    if len(set(gs)) != len(gs): err.append("piège %d : deux membres du même groupe" % ti)
# indistinguishable distinct offers: same source, same text, same place, no employer name on either
def sig(src, o):
    if src == "france_travail":
        return (o["lieuTravail"]["commune"], " ".join(o["description"].lower().split()), o["entreprise"].get("nom"))
    return (o["workplace"]["location"]["address"], " ".join(o["offer"]["description"].lower().split()), o["workplace"]["name"])
seen = defaultdict(list)
for i, o in ft.items(): seen[("ft",) + sig("france_travail", o)].append(("france_travail", i))
for i, o in lba.items(): seen[("lba",) + sig("lba", o)].append(("lba", i))
for s, ks in seen.items():
    def day(k):
        o = ft[k[1]] if k[0] == "france_travail" else lba[k[1]]
        d = o["dateCreation"] if k[0] == "france_travail" else o["offer"]["publication"]["creation"]
        return datetime.date.fromisoformat(d[:10])
    ds = sorted(day(k) for k in ks)
    if len(ks) > 1 and len({grp_of.get(k, k) for k in ks}) > 1 and (ds[-1] - ds[0]).days < 180:
        err.append("offres distinctes indiscernables (texte, lieu, employeur identiques): %r" % ks)
c = Counter(g["kind"] for g in truth["groups"])
print("FT:", len(ft), "LBA:", len(lba), "groupes:", dict(c), "pièges:", len(truth["traps"]))
if err:
    print("\n".join(err)); sys.exit(1)
print("OK")
