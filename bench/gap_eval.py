"""Gaps and modules against a planted truth written by others: the figures of issue 8.

    .venv/bin/python bench/gap_eval.py [SET ...] [--db PATH] [--keep DIR]

``SET`` is a folder of parts (default: ``data/eval/blind``, the evaluation set; ``data/eval/dev`` is the
development set, the only one thresholds may be looked at on). Each part holds ``rome/`` (ROME 4.0 CSV
excerpt), ``rncp/`` (RNCP XML v4.1), ``offres/`` (France Travail JSON) and ``truth.json`` (format:
``data/eval/README.md``). The parts' ROME excerpts are merged with those of ``data/sample`` and
``data/gold`` (other trades: the linking has unrelated fiches to go wrong on), then the whole pipeline runs
with the default configuration into a fresh DuckDB file, and the outputs are compared with the truth.

How a planted skill is found: each of its phrasings is located in the stored description of each offer
listed for it; the mentions (``offer_mentions``) overlapping that place, and the coded items with that
label, give the skill ids the pipeline made of it (majority vote). The same overlap, read the other way,
tells which planted skill (or planted non-skill) each pipeline skill id stands for.

Figures (targets of issue 8):

- covered skills flagged ``nouveau``/``nouveau_bloc`` (≤ 10 %), over planted ``couvert`` pairs found in
  ``skill_gaps``;
- planted gaps (``nouveau``, ``nouveau_bloc``, ``elongation``, ``faible``) found with an acceptable coverage
  (≥ 85 %; acceptable: see :data:`ACCEPTABLE`), a gap absent from ``skill_gaps`` counting as missed;
  ``elongation`` and ``faible`` found exactly (≥ 70 % each);
- module skills that are planted gaps of their certification (≥ 80 %), and module skills that stand for a
  planted non-skill (pay, benefits, contract, headings, diplomas: 0);
- extracted mentions linked to an item of an unrelated fiche (≤ 2 %): not listed by the offer's fiche, nor
  by a fiche ROME lists as its mobility, nor a savoir-être, nor listed by 3 fiches or more;
- certifications with more than 6 modules (0); planted phrasings found as mentions (extraction recall).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GAPS = ("nouveau", "nouveau_bloc", "elongation", "faible")
# Coverage values that still put a planted gap in front of the analyst, as a gap of the right nature.
ACCEPTABLE = {
    "nouveau": {"nouveau", "nouveau_bloc"},
    "nouveau_bloc": {"nouveau_bloc", "nouveau"},
    "elongation": {"elongation", "faible"},
    "faible": {"faible", "elongation"},
}
EXTRA_ROME = (ROOT / "data" / "sample" / "rome", ROOT / "data" / "gold" / "rome")
MAX_MODULES = 6


@dataclass
class Part:
    name: str
    folder: Path
    truth: dict

    @property
    def certifications(self) -> set[str]:
        return set(self.truth.get("certifications", {}))


@dataclass
class Figures:
    counts: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def share(self, num: str, den: str) -> str:
        d = self.counts[den]
        return f"{100 * self.counts[num] / d:5.1f} % ({self.counts[num]}/{d})" if d else "   —"


def load_parts(folders: list[Path]) -> list[Part]:
    parts = []
    for folder in folders:
        subs = (
            [folder]
            if (folder / "truth.json").exists()
            else sorted(p for p in folder.iterdir() if (p / "truth.json").exists())
        )
        for sub in subs:
            parts.append(Part(sub.name, sub, json.loads((sub / "truth.json").read_text(encoding="utf-8"))))
    if not parts:
        raise SystemExit(f"aucune partie (dossier avec truth.json) dans {', '.join(map(str, folders))}")
    return parts


def merge_rome(folders: list[Path], out: Path) -> None:
    """One ROME folder from several excerpts: rows concatenated per resource (first row wins on a fiche)."""
    out.mkdir(parents=True, exist_ok=True)
    by_resource: dict[str, list[Path]] = defaultdict(list)
    for folder in folders:
        for path in sorted(folder.glob("unix_*_v4*_utf8.csv")):
            resource = path.name[len("unix_") :].rsplit("_v4", 1)[0]
            by_resource[resource].append(path)
    for resource, paths in by_resource.items():
        header: list[str] = []
        rows: list[dict] = []
        seen: set[tuple] = set()
        for path in paths:
            with path.open(encoding="utf-8", newline="") as f:
                reader = csv.DictReader(f)
                header += [h for h in reader.fieldnames or [] if h not in header]
                for row in reader:
                    key = tuple(sorted(row.items())) if resource != "referentiel_code_rome" else (row.get("code_rome"),)
                    if key not in seen:
                        seen.add(key)
                        rows.append(row)
        with (out / f"unix_{resource}_v461_utf8.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=header, quoting=csv.QUOTE_ALL, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)


def build(parts: list[Part], db: Path, work: Path) -> None:
    from ecarts import steps
    from ecarts.config import load_settings
    from ecarts.warehouse.db import open_warehouse

    # The default configuration, with what ECARTS__SECTION__KEY variables change (to try a value on the
    # development set: ECARTS__NLP__LINK_THRESHOLD=0.5 .venv/bin/python bench/gap_eval.py data/eval/dev).
    overrides = {k: v for k, v in os.environ.items() if k.startswith("ECARTS__")}
    settings = load_settings(environ=overrides)
    if overrides:
        print(
            f"  · configuration changée : {', '.join(f'{k}={v}' for k, v in sorted(overrides.items()))}",
            file=sys.stderr,
        )
    rome = work / "rome"
    merge_rome([p.folder / "rome" for p in parts] + [f for f in EXTRA_ROME if f.exists()], rome)
    rncp = [x for p in parts for x in sorted((p.folder / "rncp").glob("*.xml"))]
    offers = [x for p in parts for x in sorted((p.folder / "offres").glob("*.json*"))]
    say = lambda msg: print(f"  · {msg}", file=sys.stderr)  # noqa: E731
    with open_warehouse(db) as wh:
        steps.load_referentials(wh, settings, rome, rncp, say)
        steps.import_offers(wh, settings, offers, say)
        steps.analyze(wh, settings, None, say)


def fresh_build(parts: list[Part], work: Path, name: str = "eval.duckdb") -> Path:
    """A new warehouse ``work/name`` (an older one is replaced) with the whole pipeline run on ``parts``."""
    work.mkdir(parents=True, exist_ok=True)
    db = work / name
    if db.exists():
        db.unlink()
    build(parts, db, work)
    return db


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return inter > 0 and inter >= 0.5 * min(a[1] - a[0], b[1] - b[0])


class Mapping:
    """Planted skills and non-skills ↔ the pipeline's skill ids, through the places they share in offers."""

    def __init__(self, wh, parts: list[Part]) -> None:
        self.truth_to_ids: dict[str, Counter] = defaultdict(Counter)
        self.id_to_truth: dict[str, Counter] = defaultdict(Counter)
        self.planted = self.found = 0
        descriptions = dict(wh.query("SELECT offer_id, description FROM offers"))
        mentions: dict[str, list[tuple[int, int, str | None]]] = defaultdict(list)
        for offer_id, s, e, sid in wh.query("SELECT offer_id, start_char, end_char, skill_id FROM offer_mentions"):
            mentions[offer_id].append((s, e, sid))
        coded: dict[str, dict[str, str]] = defaultdict(dict)
        for offer_id, mention, sid in wh.query(
            "SELECT offer_id, mention, skill_id FROM offer_skills WHERE origin = 'coded'"
        ):
            coded[offer_id][mention.casefold()] = sid
        for part in parts:
            entries = [(s["id"], s.get("phrasings", []), s.get("offers", [])) for s in part.truth.get("skills", [])]
            entries += [
                (f"{part.name}-NS{k}", [n["text"]], n.get("offers", []))
                for k, n in enumerate(part.truth.get("not_skills", []))
            ]
            for truth_id, phrasings, offer_ids in entries:
                for offer_id in offer_ids:
                    text = descriptions.get(offer_id) or ""
                    for phrase in phrasings:
                        start = text.find(phrase)
                        if start < 0:
                            sid = coded[offer_id].get(phrase.casefold())
                            if sid:
                                self._pair(truth_id, sid)
                            continue
                        span = (start, start + len(phrase))
                        hits = [sid for s, e, sid in mentions[offer_id] if _overlap(span, (s, e))]
                        if "-NS" not in truth_id:
                            self.planted += 1
                            self.found += bool(hits)
                        for sid in hits:
                            if sid:
                                self._pair(truth_id, sid)

    def _pair(self, truth_id: str, sid: str) -> None:
        self.truth_to_ids[truth_id][sid] += 1
        self.id_to_truth[sid][truth_id] += 1

    def truth_of(self, sid: str, rncp: str | None = None, truth_cov: dict | None = None) -> str | None:
        """The planted skill (or non-skill) a pipeline skill stands for; with ``rncp``, preferably one planted
        for that certification (one cross-trade skill is planted once per fiche)."""
        c = self.id_to_truth.get(sid)
        if not c:
            return None
        ranked = [t for t, _ in c.most_common()]
        if rncp and truth_cov:
            return next((t for t in ranked if (rncp, t) in truth_cov), ranked[0])
        return ranked[0]


def score(wh, parts: list[Part], rome_dir: Path) -> Figures:
    fig = Figures()
    mapping = Mapping(wh, parts)
    fig.counts["planted_phrasings"], fig.counts["phrasings_found"] = mapping.planted, mapping.found
    gaps = {(r, sid): cov for r, sid, cov in wh.query("SELECT rncp_code, skill_id, coverage FROM skill_gaps")}
    truth_cov: dict[tuple[str, str], str] = {}
    for part in parts:
        for skill in part.truth.get("skills", []):
            if skill.get("is_savoir_etre"):
                continue
            for rncp, cov in (skill.get("coverage") or {}).items():
                value = cov.get("value") if isinstance(cov, dict) else cov
                if value:
                    truth_cov[(rncp, skill["id"])] = value
    for (rncp, truth_id), value in sorted(truth_cov.items()):
        ids = mapping.truth_to_ids.get(truth_id, Counter())
        predicted = next((gaps[(rncp, sid)] for sid, _ in ids.most_common() if (rncp, sid) in gaps), "absente")
        fig.confusion[(value, predicted)] += 1
        if value == "couvert":
            if predicted != "absente":
                fig.counts["covered_present"] += 1
                fig.counts["covered_flagged_new"] += predicted in ("nouveau", "nouveau_bloc")
            continue
        fig.counts["gaps"] += 1
        ok = predicted in ACCEPTABLE[value]
        fig.counts["gaps_found"] += ok
        if not ok:
            fig.examples["gap_missed"].append(f"{rncp} {truth_id} {value} → {predicted}")
        if value in ("elongation", "faible"):
            fig.counts[value] += 1
            fig.counts[f"{value}_exact"] += predicted == value
    _score_modules(wh, parts, mapping, truth_cov, fig)
    _score_links(wh, parts, fig, _mobility(rome_dir))
    return fig


def _score_modules(wh, parts: list[Part], mapping: Mapping, truth_cov: dict, fig: Figures) -> None:
    certs = set().union(*(p.certifications for p in parts))
    per_cert: Counter = Counter()
    for rncp, _title, skill_ids, labels in wh.query(
        "SELECT rncp_code, title, skill_ids, skill_labels FROM module_proposals ORDER BY rncp_code, module_rank"
    ):
        if rncp not in certs:
            continue
        per_cert[rncp] += 1
        for sid, label in zip(skill_ids, labels):
            fig.counts["module_skills"] += 1
            truth_id = mapping.truth_of(sid, rncp, truth_cov)
            if truth_id and "-NS" in truth_id:
                fig.counts["module_non_skills"] += 1
                fig.examples["module_non_skill"].append(f"{rncp} « {label} »")
            elif truth_id and truth_cov.get((rncp, truth_id)) in GAPS:
                fig.counts["module_planted_gaps"] += 1
            else:
                fig.examples["module_other"].append(
                    f"{rncp} « {label} » ({truth_id or 'non planté'}: {truth_cov.get((rncp, truth_id), '—')})"
                )
    fig.counts["certifications"] = len(certs)
    fig.counts["certifications_with_modules"] = len(per_cert)
    fig.counts["modules"] = sum(per_cert.values())
    fig.counts["certifications_over_cap"] = sum(n > MAX_MODULES for n in per_cert.values())
    fig.counts["max_modules"] = max(per_cert.values(), default=0)


def _mobility(rome_dir: Path) -> set[tuple[str, str]]:
    path = rome_dir / "unix_rubrique_mobilite_v461_utf8.csv"
    if not path.exists():
        return set()
    with path.open(encoding="utf-8", newline="") as f:
        return {(r["code_rome"], r["code_rome_cible"]) for r in csv.DictReader(f)}


def _score_links(wh, parts: list[Part], fig: Figures, mobility: set[tuple[str, str]]) -> None:
    """Extracted mentions of the set's offers linked to an item that is not of the offer's trade (read from
    the ROME files, not from what the pipeline made of them)."""
    offer_ids = sorted({o for p in parts for s in p.truth.get("skills", []) for o in s.get("offers", [])})
    fiches_of: dict[str, set[str]] = defaultdict(set)
    for rome_code, code in wh.query("SELECT rome_code, code_ogr FROM rome_occupation_items"):
        fiches_of[code].add(rome_code)
    rows = wh.query(
        """
        SELECT m.offer_id, f.rome_code, m.mention, k.code_ogr, k.label, k.kind
        FROM offer_mentions m JOIN offers f USING (offer_id)
        JOIN rome_items k ON m.skill_id = 'rome:' || k.code_ogr
        WHERE m.offer_id IN (SELECT unnest($ids))""",
        {"ids": offer_ids},
    )
    fig.counts["linked_mentions"] = len(rows)
    for offer_id, rome_code, mention, code, label, kind in rows:
        fiches = fiches_of.get(code, set())
        related = (
            not fiches
            or len(fiches) >= 3
            or kind == "savoir_etre"
            or rome_code in fiches
            or any((rome_code, f) in mobility for f in fiches)
        )
        if not related:
            fig.counts["linked_unrelated"] += 1
            fig.examples["unrelated_link"].append(f"{offer_id} ({rome_code}) « {mention} » → « {label} »")


def report(fig: Figures, title: str, verbose: int) -> None:
    c = fig.counts
    print(f"\n{title}")
    lines = [
        (
            "compétences couvertes signalées nouveau / nouveau_bloc",
            fig.share("covered_flagged_new", "covered_present"),
            "≤ 10 %",
        ),
        ("écarts plantés trouvés avec une couverture acceptable", fig.share("gaps_found", "gaps"), "≥ 85 %"),
        ("  elongation exacte", fig.share("elongation_exact", "elongation"), "≥ 70 %"),
        ("  faible exacte", fig.share("faible_exact", "faible"), "≥ 70 %"),
        (
            "compétences des modules qui sont des écarts plantés",
            fig.share("module_planted_gaps", "module_skills"),
            "≥ 80 %",
        ),
        (
            "compétences des modules qui ne sont pas des compétences",
            fig.share("module_non_skills", "module_skills"),
            "0",
        ),
        (
            "mentions liées à un item d'une fiche sans rapport",
            fig.share("linked_unrelated", "linked_mentions"),
            "≤ 2 %",
        ),
        ("certifications à plus de 6 modules", f"{c['certifications_over_cap']} (max {c['max_modules']})", "0"),
        (
            "certifications avec modules / du jeu",
            f"{c['certifications_with_modules']} / {c['certifications']} ({c['modules']} modules)",
            "",
        ),
        ("formulations plantées trouvées comme mentions", fig.share("phrasings_found", "planted_phrasings"), ""),
    ]
    for label, value, target in lines:
        print(f"  {label:<58} {value:<24} {target}")
    values = ("couvert", "faible", "elongation", "nouveau", "nouveau_bloc", "absente")
    print("  couverture plantée (lignes) × trouvée (colonnes) : " + " ".join(f"{v[:8]:>8}" for v in values))
    for truth in values[:-1]:
        print(f"  {'':<52}{truth[:12]:>12} " + " ".join(f"{fig.confusion[(truth, v)]:>8}" for v in values))
    if verbose:
        for key, items in fig.examples.items():
            print(f"  — {key} ({len(items)}) :")
            for item in items[: 15 * verbose]:
                print(f"      {item}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", type=Path, default=[ROOT / "data" / "eval" / "blind"])
    ap.add_argument("--db", type=Path, help="entrepôt déjà construit par une exécution précédente (--keep)")
    ap.add_argument("--keep", type=Path, help="garder l'entrepôt construit dans ce dossier")
    ap.add_argument("-v", "--verbose", action="count", default=0, help="exemples des erreurs (-vv : plus)")
    args = ap.parse_args(argv)
    from ecarts.warehouse.db import open_warehouse

    parts = load_parts(args.sets)
    with tempfile.TemporaryDirectory(prefix="ecarts-gap-eval-") as tmp:
        db = args.db or fresh_build(parts, args.keep or Path(tmp))
        with open_warehouse(db, read_only=True) as wh:
            every = score(wh, parts, db.parent / "rome")
            report(
                every, f"Ensemble ({', '.join(p.name for p in parts)}) — {', '.join(map(str, args.sets))}", args.verbose
            )
            if len(parts) > 1:
                for part in parts:
                    report(score(wh, [part], db.parent / "rome"), f"Partie {part.name}", 0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
