"""Checks the T4 training files (standard library only)."""
import glob
import json
import os
import sys
from collections import Counter

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
    for k in ("rome_code", "rome_label", "certifications", "skills"):
        if k not in doc:
            err(f"{name}: missing {k}")
    if name != doc.get("rome_code", "") + ".json":
        err(f"{name}: file name does not match rome_code")
    certs = doc.get("certifications", [])
    if len(certs) != 2:
        err(f"{name}: {len(certs)} certifications, expected 2")
    comps, others = {}, {}
    for c in certs:
        cid = c.get("id")
        blocks = c.get("blocks", [])
        if not 3 <= len(blocks) <= 5:
            err(f"{name}/{cid}: {len(blocks)} blocks")
        comps[cid] = set()
        for b in blocks:
            n = len(b.get("competences", []))
            if not 5 <= n <= 9:
                err(f"{name}/{cid}/{b.get('code')}: {n} competences")
            if not b.get("code", "").startswith(cid + "-"):
                err(f"{name}/{cid}: block code {b.get('code')}")
            comps[cid].update(b.get("competences", []))
        for key in ("activities", "capacities"):
            n = len(c.get(key, []))
            if not 3 <= n <= 6:
                err(f"{name}/{cid}: {n} {key}")
        others[cid] = set(c.get("activities", [])) | set(c.get("capacities", []))
    skills = doc.get("skills", [])
    if not 30 <= len(skills) <= 45:
        err(f"{name}: {len(skills)} skills")
    labels = Counter(s.get("label") for s in skills)
    for lab, n in labels.items():
        if n > 1:
            err(f"{name}: duplicate label {lab}")
    tally = {cid: Counter() for cid in comps}
    for s in skills:
        lab = s.get("label")
        if s.get("kind") not in KINDS:
            err(f"{name}: {lab}: kind {s.get('kind')}")
        ph = s.get("phrasings", [])
        if not 2 <= len(ph) <= 4:
            err(f"{name}: {lab}: {len(ph)} phrasings")
        for p in ph:
            if not 1 <= len(p.split()) <= 12:
                err(f"{name}: {lab}: phrasing length: {p}")
        cov = s.get("coverage", {})
        if set(cov) != set(comps):
            err(f"{name}: {lab}: coverage keys {sorted(cov)}")
        for cid, v in cov.items():
            val = v.get("value")
            if val not in VALUES:
                err(f"{name}: {lab}/{cid}: value {val}")
                continue
            tally.setdefault(cid, Counter())[val] += 1
            st = v.get("statement")
            if val == "nouveau":
                if st:
                    err(f"{name}: {lab}/{cid}: nouveau with a statement")
                continue
            if not st:
                err(f"{name}: {lab}/{cid}: {val} without statement")
            elif val == "faible":
                if st not in comps.get(cid, set()) and st not in others.get(cid, set()):
                    err(f"{name}: {lab}/{cid}: statement not found")
            elif st not in comps.get(cid, set()):
                err(f"{name}: {lab}/{cid}: statement is not a block competence")
            if val == "elongation" and not s.get("family"):
                err(f"{name}: {lab}/{cid}: elongation without family")
    print(name, len(skills), "skills")
    for cid in sorted(tally):
        t = tally[cid]
        tot = sum(t.values())
        print("  ", cid, ", ".join(f"{k} {t[k]} ({100 * t[k] // tot}%)"
                                    for k in ("couvert", "faible", "elongation", "nouveau")))

if errors:
    print("\n".join("ERROR " + e for e in errors))
    sys.exit(1)
print("OK")
