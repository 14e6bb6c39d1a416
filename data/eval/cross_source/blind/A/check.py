# -*- coding: utf-8 -*-
"""Vérifie la partie A : JSON valides, ids uniques par source, vérité cohérente."""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
errors = []


def err(msg):
    errors.append(msg)


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa
        err("%s: JSON invalide (%s)" % (path, e))
        return None


ft, lba = {}, {}
for path in sorted(glob.glob(os.path.join(HERE, "ft", "*.json"))):
    d = load(path)
    if d is None:
        continue
    if set(d) != {"resultats", "filtresPossibles"}:
        err("%s: clés %s" % (path, sorted(d)))
    for o in d["resultats"]:
        i = o.get("id", "")
        if not re.fullmatch(r"\d{3}[A-Z]{4}", i):
            err("id France Travail mal formé : %r" % i)
        if i in ft:
            err("id France Travail en double : %s" % i)
        ft[i] = o
        for k in ("intitule", "description", "dateCreation", "dateActualisation", "lieuTravail", "romeCode",
                  "romeLibelle", "appellationlibelle", "entreprise", "typeContrat", "natureContrat", "alternance",
                  "salaire", "contact", "origineOffre"):
            if k not in o:
                err("FT %s : clé %s absente" % (i, k))
        lt = o.get("lieuTravail", {})
        if not re.fullmatch(r"\d\d - [A-Z' ]+", lt.get("libelle", "")):
            err("FT %s : libellé de lieu %r" % (i, lt.get("libelle")))
        if not str(lt.get("codePostal", "")).startswith(lt.get("libelle", "xx")[:2]):
            err("FT %s : code postal hors département" % i)
for path in sorted(glob.glob(os.path.join(HERE, "lba", "*.json"))):
    d = load(path)
    if d is None:
        continue
    if set(d) != {"jobs", "recruiters", "warnings"}:
        err("%s: clés %s" % (path, sorted(d)))
    for j in d["jobs"]:
        ident = j["identifier"]
        i = ident["id"]
        if not re.fullmatch(r"[0-9a-f]{24}", i or ""):
            err("id LBA mal formé : %r" % i)
        if i in lba:
            err("id LBA en double : %s" % i)
        lba[i] = j
        for k in ("identifier", "workplace", "apply", "contract", "offer", "is_delegated"):
            if k not in j:
                err("LBA %s : clé %s absente" % (i, k))
        for k in ("siret", "name", "brand", "legal_name", "description", "website", "size", "location", "domain"):
            if k not in j["workplace"]:
                err("LBA %s : workplace.%s absent" % (i, k))
        g = j["workplace"]["location"]["geopoint"]
        lon, lat = g["coordinates"]
        if not (42 < lat < 45 and -0.5 < lon < 5):
            err("LBA %s : coordonnées hors Occitanie (ordre lon, lat ?)" % i)
        for c in j["offer"]["rome_codes"]:
            if not re.fullmatch(r"[A-Z]\d{4}", c):
                err("LBA %s : code ROME %r" % (i, c))
        if ident["partner_label"] == "France Travail":
            if j["workplace"]["siret"] is not None:
                err("LBA %s : relais France Travail avec SIRET" % i)
        elif not re.fullmatch(r"\d{14}", j["workplace"]["siret"] or ""):
            err("LBA %s : SIRET %r" % (i, j["workplace"]["siret"]))
        if len(j["offer"]["description"]) < 30:
            err("LBA %s : description trop courte" % i)

truth = load(os.path.join(HERE, "truth.json"))
seen_in_groups = {}
if truth:
    for sec in ("groups", "traps"):
        for n, g in enumerate(truth[sec]):
            if len(g["members"]) < 2:
                err("%s[%d] : moins de deux membres" % (sec, n))
            if not g.get("note"):
                err("%s[%d] : note vide" % (sec, n))
            if sec == "groups" and g["kind"] not in ("relay", "cross_post", "double_pull"):
                err("groups[%d] : kind %r" % (n, g["kind"]))
            keys = set()
            for m in g["members"]:
                src, i = m["source"], m["id"]
                if src == "france_travail":
                    ok = i in ft
                elif src == "lba":
                    ok = i in lba
                else:
                    ok = False
                if not ok:
                    err("%s[%d] : membre inconnu %s %s" % (sec, n, src, i))
                if (src, i) in keys:
                    err("%s[%d] : membre répété %s" % (sec, n, i))
                keys.add((src, i))
                if sec == "groups":
                    if (src, i) in seen_in_groups:
                        err("%s dans deux groupes" % i)
                    seen_in_groups[(src, i)] = n
    # un piège ne doit jamais réunir deux membres d'un même groupe
    for n, t in enumerate(truth["traps"]):
        gs = [seen_in_groups.get((m["source"], m["id"])) for m in t["members"]]
        gs = [x for x in gs if x is not None]
        if len(gs) != len(set(gs)):
            err("traps[%d] : deux membres d'un même groupe" % n)
    # relais : partner_job_id pointe vers l'offre France Travail du groupe
    for n, g in enumerate(truth["groups"]):
        ftids = {m["id"] for m in g["members"] if m["source"] == "france_travail"}
        for m in g["members"]:
            if m["source"] == "lba" and lba[m["id"]]["identifier"]["partner_label"] == "France Travail":
                if lba[m["id"]]["identifier"]["partner_job_id"] not in ftids:
                    err("groups[%d] : relais %s sans son offre France Travail" % (n, m["id"]))
    # tout relais dont l'offre France Travail est dans le jeu doit être groupé avec elle
    for i, j in lba.items():
        if j["identifier"]["partner_label"] == "France Travail" and j["identifier"]["partner_job_id"] in ft:
            if ("lba", i) not in seen_in_groups:
                err("relais %s non groupé" % i)

print("France Travail : %d offres ; La bonne alternance : %d offres" % (len(ft), len(lba)))
if truth:
    print("groupes : %d ; pièges : %d" % (len(truth["groups"]), len(truth["traps"])))
if errors:
    print("\n".join("ERREUR " + e for e in errors))
    sys.exit(1)
print("OK")
