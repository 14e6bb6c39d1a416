"""Check the T2 training files (standard library only)."""
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
            data = json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"{name}: does not parse: {e}")
        continue
    if name != f"{data.get('rome_code')}.json":
        err(f"{name}: rome_code mismatch")
    if not data.get("rome_label"):
        err(f"{name}: no rome_label")
    certs = data.get("certifications", [])
    if len(certs) != 2:
        err(f"{name}: {len(certs)} certifications, expected 2")
    comp, other = {}, {}
    for c in certs:
        cid = c["id"]
        blocks = c.get("blocks", [])
        if not 3 <= len(blocks) <= 5:
            err(f"{name} {cid}: {len(blocks)} blocks")
        comp[cid] = set()
        for b in blocks:
            if not b["code"].startswith(cid + "-B"):
                err(f"{name} {cid}: block code {b['code']}")
            n = len(b["competences"])
            if not 5 <= n <= 9:
                err(f"{name} {b['code']}: {n} competences")
            comp[cid].update(b["competences"])
        for key in ("activities", "capacities"):
            n = len(c.get(key, []))
            if not 3 <= n <= 6:
                err(f"{name} {cid}: {n} {key}")
        other[cid] = set(c.get("activities", [])) | set(c.get("capacities", []))
    skills = data.get("skills", [])
    if not 30 <= len(skills) <= 45:
        err(f"{name}: {len(skills)} skills")
    labels = Counter(s["label"] for s in skills)
    for lab, n in labels.items():
        if n > 1:
            err(f"{name}: duplicate label {lab}")
    for s in skills:
        lab = s["label"]
        if s.get("kind") not in KINDS:
            err(f"{name} {lab}: kind {s.get('kind')}")
        ph = s.get("phrasings", [])
        if not 2 <= len(ph) <= 4:
            err(f"{name} {lab}: {len(ph)} phrasings")
        for p in ph:
            if not 1 <= len(p.split()) <= 12:
                err(f"{name} {lab}: phrasing length: {p}")
        cov = s.get("coverage", {})
        if set(cov) != set(comp):
            err(f"{name} {lab}: coverage keys {sorted(cov)}")
        has_elong = False
        for cid, v in cov.items():
            val = v.get("value")
            if val not in VALUES:
                err(f"{name} {lab} {cid}: value {val}")
                continue
            st = v.get("statement")
            if val == "nouveau":
                if st:
                    err(f"{name} {lab} {cid}: nouveau with a statement")
                continue
            if not st:
                err(f"{name} {lab} {cid}: {val} without statement")
            elif val == "faible":
                if st not in comp[cid] and st not in other[cid]:
                    err(f"{name} {lab} {cid}: statement not found")
            elif st not in comp[cid]:
                err(f"{name} {lab} {cid}: statement is not a competence")
            if val == "elongation":
                has_elong = True
        if has_elong and not s.get("family"):
            err(f"{name} {lab}: elongation without family")
    print(name, len(skills), "skills")
    for cid in comp:
        cnt = Counter(s["coverage"][cid]["value"] for s in skills if cid in s["coverage"])
        print("  ", cid, dict(sorted(cnt.items())))

if errors:
    print("\n".join(["FAIL"] + errors))
    sys.exit(1)
print("OK")
