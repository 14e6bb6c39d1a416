"""Check the training files of every part (standard library only).

Usage: python3 check.py [PART ...]   # every <PART>/<ROME>.json beside this file (all parts by default)
Exit status 1 when an error is found; warnings are printed but do not fail. Written by the writer of part
T3; it is the one checker of all parts (each writer had written one; this one is the strictest that
every part passes).
"""
import collections
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
VALUES = ("couvert", "faible", "elongation", "nouveau")
KINDS = ("savoir-faire", "savoir", "savoir-etre")


def check(path):
    errors, warnings = [], []
    err = errors.append
    warn = warnings.append
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except Exception as e:  # noqa: BLE001
        return [f"does not parse: {e}"], [], None
    for key in ("rome_code", "rome_label", "certifications", "skills"):
        if key not in doc:
            err(f"missing key {key}")
    if errors:
        return errors, warnings, None
    if os.path.basename(path) != f"{doc['rome_code']}.json":
        err("file name differs from rome_code")
    if not re.fullmatch(r"[A-N]\d{4}", doc["rome_code"]):
        err(f"odd ROME code {doc['rome_code']}")

    certs = doc["certifications"]
    if len(certs) != 2:
        err(f"{len(certs)} certifications, expected 2")
    texts = {}
    for c in certs:
        cid = c.get("id")
        if not cid or not c.get("title"):
            err("certification without id or title")
            continue
        blocks = c.get("blocks", [])
        if not 3 <= len(blocks) <= 5:
            err(f"{cid}: {len(blocks)} blocks, expected 3-5")
        comps, other = set(), set()
        for b in blocks:
            n = len(b.get("competences", []))
            if not 5 <= n <= 9:
                err(f"{cid} {b.get('code')}: {n} competences, expected 5-9")
            if not b.get("code", "").startswith(cid + "-") or not b.get("title"):
                err(f"{cid}: block code/title malformed: {b.get('code')}")
            for t in b.get("competences", []):
                if t in comps:
                    err(f"{cid}: duplicated competence: {t[:60]}")
                comps.add(t)
        for key in ("activities", "capacities"):
            n = len(c.get(key, []))
            if not 3 <= n <= 6:
                err(f"{cid}: {n} {key}, expected 3-6")
            other.update(c.get(key, []))
        texts[cid] = (comps, other)

    skills = doc["skills"]
    if not 30 <= len(skills) <= 45:
        err(f"{len(skills)} skills, expected 30-45")
    counts = {cid: collections.Counter() for cid in texts}
    labels = set()
    for s in skills:
        lab = s.get("label", "")
        where = f"skill '{lab}'"
        if not lab:
            err("skill without label")
        if lab.lower() in labels:
            err(f"{where}: duplicated label")
        labels.add(lab.lower())
        if s.get("kind") not in KINDS:
            err(f"{where}: bad kind {s.get('kind')}")
        ph = s.get("phrasings", [])
        if not 2 <= len(ph) <= 4:
            err(f"{where}: {len(ph)} phrasings, expected 2-4")
        for p in ph:
            if not 1 <= len(p.split()) <= 12:
                warn(f"{where}: phrasing length {len(p.split())} words: {p}")
        cov = s.get("coverage", {})
        if set(cov) != set(texts):
            err(f"{where}: coverage keys {sorted(cov)} != certifications {sorted(texts)}")
        has_elong = False
        for cid, entry in cov.items():
            v = entry.get("value")
            if v not in VALUES:
                err(f"{where} {cid}: bad value {v}")
                continue
            if cid in counts:
                counts[cid][v] += 1
            st = entry.get("statement")
            if v == "nouveau":
                if st:
                    err(f"{where} {cid}: nouveau with a statement")
                continue
            if not st:
                err(f"{where} {cid}: {v} without statement")
                continue
            comps, other = texts.get(cid, (set(), set()))
            if v == "faible":
                if st not in comps and st not in other:
                    err(f"{where} {cid}: statement is not a competence/activity/capacity: {st[:70]}")
            elif st not in comps:
                err(f"{where} {cid}: statement is not a block competence: {st[:70]}")
            if v == "elongation":
                has_elong = True
        if has_elong and not s.get("family"):
            err(f"{where}: elongation without family")
        if not has_elong and s.get("family"):
            warn(f"{where}: family set but no elongation")
    return errors, warnings, counts


def main():
    parts = sys.argv[1:] or sorted(d for d in os.listdir(HERE) if os.path.isdir(os.path.join(HERE, d)))
    paths = sorted(p for part in parts for p in glob.glob(os.path.join(HERE, part, "*.json")))
    if not paths:
        print("no files")
        return 1
    bad = 0
    for path in paths:
        errors, warnings, counts = check(path)
        name = os.path.relpath(path, HERE)
        print(f"== {name}: {'OK' if not errors else f'{len(errors)} error(s)'}")
        for e in errors:
            print("  ERROR", e)
        for w in warnings:
            print("  warn ", w)
        if counts:
            for cid, c in counts.items():
                total = sum(c.values()) or 1
                print(f"  {cid}: " + ", ".join(
                    f"{v} {c[v]} ({100 * c[v] // total}%)" for v in VALUES))
        bad += bool(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
