"""Checks the T1 training files (standard library only). Run: python3 check.py"""
import glob, json, os, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
VALUES = ("couvert", "faible", "elongation", "nouveau")
KINDS = ("savoir-faire", "savoir", "savoir-etre")
errors, report = [], []


def err(f, msg):
    errors.append(f"{os.path.basename(f)}: {msg}")


files = sorted(glob.glob(os.path.join(HERE, "*.json")))
if not files:
    errors.append("no JSON file")
for f in files:
    try:
        with open(f, encoding="utf-8") as fh:
            d = json.load(fh)
    except Exception as e:  # noqa: BLE001
        err(f, f"does not parse: {e}")
        continue
    code = d.get("rome_code")
    if os.path.basename(f) != f"{code}.json":
        err(f, "file name differs from rome_code")
    if not d.get("rome_label"):
        err(f, "missing rome_label")
    certs = d.get("certifications", [])
    if len(certs) != 2:
        err(f, f"{len(certs)} certifications, expected 2")
    comps, anyref, ids = {}, {}, []
    for c in certs:
        cid = c.get("id")
        ids.append(cid)
        if not c.get("title"):
            err(f, f"{cid}: missing title")
        blocks = c.get("blocks", [])
        if not 3 <= len(blocks) <= 5:
            err(f, f"{cid}: {len(blocks)} blocks (3-5 expected)")
        cs = []
        for b in blocks:
            if not b.get("code", "").startswith(f"{cid}-B") or not b.get("title"):
                err(f, f"{cid}: bad block code/title {b.get('code')}")
            n = len(b.get("competences", []))
            if not 5 <= n <= 9:
                err(f, f"{b.get('code')}: {n} competences (5-9 expected)")
            cs += b.get("competences", [])
        if len(cs) != len(set(cs)):
            err(f, f"{cid}: duplicate competence text")
        for k in ("activities", "capacities"):
            if not 3 <= len(c.get(k, [])) <= 6:
                err(f, f"{cid}: {len(c.get(k, []))} {k} (3-6 expected)")
        comps[cid] = set(cs)
        anyref[cid] = set(cs) | set(c.get("activities", [])) | set(c.get("capacities", []))
    if len(set(ids)) != len(ids):
        err(f, "duplicate certification id")
    skills = d.get("skills", [])
    if not 30 <= len(skills) <= 45:
        err(f, f"{len(skills)} skills (30-45 expected)")
    labels = [s.get("label") for s in skills]
    for lab, n in Counter(labels).items():
        if n > 1:
            err(f, f"duplicate skill label {lab!r}")
    dist = {cid: Counter() for cid in ids}
    for s in skills:
        lab = s.get("label")
        if not lab:
            err(f, "skill without label")
        if s.get("kind") not in KINDS:
            err(f, f"{lab}: bad kind {s.get('kind')!r}")
        ph = s.get("phrasings", [])
        if not 2 <= len(ph) <= 4:
            err(f, f"{lab}: {len(ph)} phrasings (2-4 expected)")
        for p in ph:
            if not 1 <= len(p.split()) <= 12:
                err(f, f"{lab}: phrasing length {p!r}")
        cov = s.get("coverage", {})
        if set(cov) != set(ids):
            err(f, f"{lab}: coverage keys {sorted(cov)} != {sorted(ids)}")
        has_el = False
        for cid in ids:
            e = cov.get(cid) or {}
            v = e.get("value")
            if v not in VALUES:
                err(f, f"{lab}/{cid}: bad value {v!r}")
                continue
            dist[cid][v] += 1
            st = e.get("statement")
            if v == "nouveau":
                if st:
                    err(f, f"{lab}/{cid}: nouveau with a statement")
                continue
            if not st:
                err(f, f"{lab}/{cid}: {v} without statement")
            elif v == "faible":
                if st not in anyref[cid]:
                    err(f, f"{lab}/{cid}: statement not found in {cid}")
            elif st not in comps[cid]:
                err(f, f"{lab}/{cid}: {v} statement is not a block competence of {cid}")
            if v == "elongation":
                has_el = True
        if has_el and not s.get("family"):
            err(f, f"{lab}: elongation without family")
        if not has_el and s.get("family"):
            err(f, f"{lab}: family set but no elongation")
    report.append(f"{code} ({len(skills)} skills): " + "; ".join(
        f"{cid} " + ", ".join(f"{v} {dist[cid][v]}" for v in VALUES) for cid in ids))

print("\n".join(report))
if errors:
    print(f"\n{len(errors)} error(s):")
    print("\n".join(errors))
    sys.exit(1)
print("OK")
