"""Check the T5 training files (standard library only). Usage: python3 check.py"""
import collections
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VALUES = {"couvert", "faible", "elongation", "nouveau"}
KINDS = {"savoir-faire", "savoir", "savoir-etre"}
errors = []


def err(msg):
    errors.append(msg)


files = sorted(glob.glob(os.path.join(HERE, "*.json")))
if not files:
    err("no json file")
for path in files:
    name = os.path.basename(path)
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"{name}: does not parse: {e}")
        continue
    if name != doc.get("rome_code", "") + ".json":
        err(f"{name}: rome_code {doc.get('rome_code')} does not match file name")
    if not doc.get("rome_label"):
        err(f"{name}: no rome_label")
    certs = doc.get("certifications", [])
    if len(certs) != 2:
        err(f"{name}: {len(certs)} certifications, expected 2")
    comps, extra = {}, {}
    for c in certs:
        cid = c["id"]
        blocks = c.get("blocks", [])
        if not 3 <= len(blocks) <= 5:
            err(f"{name} {cid}: {len(blocks)} blocks")
        comps[cid] = set()
        for b in blocks:
            n = len(b.get("competences", []))
            if not 5 <= n <= 9:
                err(f"{name} {cid} {b.get('code')}: {n} competences")
            comps[cid].update(b["competences"])
        for field in ("activities", "capacities"):
            n = len(c.get(field, []))
            if not 3 <= n <= 6:
                err(f"{name} {cid}: {n} {field}")
        extra[cid] = set(c.get("activities", [])) | set(c.get("capacities", []))
    skills = doc.get("skills", [])
    if len(skills) < 30:
        err(f"{name}: only {len(skills)} skills")
    labels = collections.Counter(s.get("label") for s in skills)
    for lab, n in labels.items():
        if n > 1:
            err(f"{name}: duplicate label {lab}")
    counts = {cid: collections.Counter() for cid in comps}
    for s in skills:
        lab = s.get("label")
        if s.get("kind") not in KINDS:
            err(f"{name} {lab}: bad kind {s.get('kind')}")
        ph = s.get("phrasings", [])
        if not 2 <= len(ph) <= 4:
            err(f"{name} {lab}: {len(ph)} phrasings")
        for p in ph:
            if not 2 <= len(p.split()) <= 12:
                err(f"{name} {lab}: phrasing length: {p}")
        cov = s.get("coverage", {})
        if set(cov) != set(comps):
            err(f"{name} {lab}: coverage keys {sorted(cov)} != {sorted(comps)}")
        has_e = False
        for cid, e in cov.items():
            v = e.get("value")
            if v not in VALUES:
                err(f"{name} {lab} {cid}: bad value {v}")
                continue
            counts.setdefault(cid, collections.Counter())[v] += 1
            st = e.get("statement")
            if v == "nouveau":
                if st:
                    err(f"{name} {lab} {cid}: nouveau with a statement")
                continue
            if not st:
                err(f"{name} {lab} {cid}: {v} without statement")
            elif v == "faible":
                if st not in comps.get(cid, set()) and st not in extra.get(cid, set()):
                    err(f"{name} {lab} {cid}: statement not found: {st[:60]}")
            elif st not in comps.get(cid, set()):
                err(f"{name} {lab} {cid}: statement is not a competence: {st[:60]}")
            if v == "elongation":
                has_e = True
        if has_e and not s.get("family"):
            err(f"{name} {lab}: elongation without family")
    total = collections.Counter()
    for cid, c in sorted(counts.items()):
        total.update(c)
        n = sum(c.values()) or 1
        print(f"{name} {cid}: " + ", ".join(f"{v} {c[v]} ({100 * c[v] // n}%)"
                                            for v in ("couvert", "faible", "elongation", "nouveau")))
    print(f"{name}: {len(skills)} skills; all certs: " + ", ".join(f"{v} {total[v]}" for v in
                                                                 ("couvert", "faible", "elongation", "nouveau")))

if errors:
    print("\n".join(errors))
    print(f"FAILED: {len(errors)} error(s)")
    sys.exit(1)
print("OK")
