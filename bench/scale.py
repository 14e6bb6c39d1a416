"""National-scale benchmark (issue 12): time and memory of ``ecarts`` as a user runs it, for growing N.

    .venv/bin/python bench/scale.py [--sizes 10000,50000,200000] [--seed 12] [--out FILE] [--keep DIR]
                                    [--ecarts PATH] [--note TEXT]

What it measures. For each N, in a fresh folder with a fresh DuckDB file, ``bench/scale_corpus.py`` writes
the referentials (ROME 4.0 excerpts and RNCP XML shipped in ``data/``, ≥ 20 fiches) and N offers in the
France Travail format over 26 weeks (20 communes in 9 regions; ≤ 30 % of sentences seen before, printed).
Then five commands run, each as its own process, exactly as a user types them:

    ecarts referentials load --rome … --rncp … --db W     ecarts offers import FILES… --db W
    ecarts analyze --db W (all regions)                   ecarts report --out DIR --db W
    ecarts analyze --db W (again, nothing new: the weekly run without new offers)

How. Wall clock of each process; peak memory (« pic ») = the largest sum of the proportional set sizes (PSS)
of the process and all its children (Prefect's server, Dask workers, the forked workers of the import and
of the extraction, whose shared pages PSS counts once), polled every 0.2 s with psutil, the largest sum of
resident sizes beside it (« RSS », the figure of the earlier measures, which counts a forked worker's shared
pages again); CPU seconds (user +
system, from ``os.wait4``: the figure a shared machine distorts least) and the load average when each step
ends (others' work shows there). What the warehouse holds afterwards is printed too. Then: a table, the slopes
of time and memory against N on a log-log scale (least squares over the sizes run; 1.0 = linear), the
targets with ✓/✗, and the machine. ``--out FILE`` also writes the printout (``bench/results/scale_*.txt``);
``--keep DIR`` keeps the corpora, warehouses and reports; ``--ecarts`` names another installation's
executable (the before-figures: a baseline installed from ``git archive`` outside the checkout).

Environment of the commands: ``ECARTS_HOME`` = this checkout (the default model ``models/fr-static-md``),
``PREFECT_SERVER_ANALYTICS_ENABLED=false``, ``ECARTS_DB`` removed (``--db`` is given).

Duration on 2 cores, quiet machine (``bench/results/scale_5b6dd65.txt``, 06/12/2026): the three default sizes
take about 25 minutes; 200,000 offers alone about 12 (corpus 41 s, import 139 s, analyze 362 s, report
105 s). The files take 2.8 MB per 1,000 offers (560 MB at 200,000). The code at the start of that session
took 4 minutes for 10,000 offers (``scale_d5fd945_10000.txt``); the code before issue 12's work 17 minutes on
a loaded machine (``scale_before_10000.txt``, 157e00e). The commands:

    .venv/bin/python bench/scale.py --out bench/results/scale_after.txt
    .venv/bin/python bench/scale.py --sizes 10000 --ecarts /tmp/scale_base/venv/bin/ecarts \\
        --out bench/results/scale_before_10000.txt     # a baseline installed elsewhere, same corpus
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_corpus import ROOT, build_referentials, certified_codes, load_fiches, write_offers  # noqa: E402

STEPS = ("load", "import", "analyze", "report", "rerun")
TARGET_RATE = 1_000  # offers/s from file to analysed warehouse, at 50,000 offers
TARGET_PEAK_MB = 2_000  # at 200,000 offers
TARGET_RERUN_S = 10.0
LINEAR_SLOPE = 1.1
# What the analysis produced, so that a faster run that does less shows (contract relations only).
WORK_DONE_SQL = """
SELECT (SELECT count(*) FROM offers), (SELECT count(DISTINCT region) FROM offers),
       (SELECT count(*) FROM offer_skills), (SELECT count(*) FROM skill_gaps),
       (SELECT count(DISTINCT rome_code) FROM skill_gaps), (SELECT count(DISTINCT rncp_code) FROM skill_gaps),
       (SELECT count(*) FROM module_proposals)
"""  # "no worse than linear", with room for measurement noise


@dataclass
class Measure:
    wall_s: float
    peak_mb: float  # proportional set size (PSS) of the process tree: shared pages counted once
    rc: int
    cpu_s: float  # user + system of the process and the children it waited for
    load: float  # the machine's 1-minute load average when the step ended (others' work included)
    peak_rss_mb: float = 0.0  # the sum of resident sizes, as measured before PSS (forked workers count twice)


@dataclass
class SizeRun:
    n: int
    generate_s: float
    repeated_share: float
    steps: dict[str, Measure]
    work_done: str = ""

    def rate(self) -> float:
        """Offers a second from the files to the analysed warehouse (import + analyze)."""
        return self.n / (self.steps["import"].wall_s + self.steps["analyze"].wall_s)


def tree_memory(proc: psutil.Process) -> tuple[int, int]:
    """(PSS, RSS) summed over the process and its children. Workers forked from the process share its pages
    (the model, the referential): the RSS sum counts them once per worker, PSS once in all, which is what the
    machine must hold. Where PSS cannot be read, RSS stands for it."""
    pss = rss = 0
    for p in [proc, *proc.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):  # ended between the listing and the reading
            full = p.memory_full_info()
            rss += full.rss
            pss += getattr(full, "pss", full.rss)
    return pss, rss


def run_measured(cmd: list[str], env: dict[str, str], cwd: Path, log: Path) -> Measure:
    """Runs ``cmd``, its output into ``log``; wall clock, peak RSS of its process tree, CPU time.

    The child is reaped with ``os.wait4``: its resource usage (CPU of the process and of the children it
    waited for) is what a shared machine distorts least, where wall clock grows with the others' load."""
    with log.open("w", encoding="utf-8") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        tree, peak, peak_rss = psutil.Process(proc.pid), 0, 0
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            with contextlib.suppress(psutil.Error):
                pss, rss = tree_memory(tree)
                peak, peak_rss = max(peak, pss), max(peak_rss, rss)
            time.sleep(0.2)
        wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return Measure(wall, peak / 1e6, proc.returncode, cpu, os.getloadavg()[0], peak_rss / 1e6)


def commands(
    ecarts: str, db: Path, rome: Path, xml: list[Path], offers: list[Path], report: Path
) -> dict[str, list[str]]:
    rncp = [a for x in xml for a in ("--rncp", str(x))]
    return {
        "load": [ecarts, "referentials", "load", "--rome", str(rome), *rncp, "--db", str(db)],
        "import": [ecarts, "offers", "import", *map(str, offers), "--db", str(db)],
        "analyze": [ecarts, "analyze", "--db", str(db)],
        "report": [ecarts, "report", "--out", str(report), "--db", str(db)],
        "rerun": [ecarts, "analyze", "--db", str(db)],
    }


def run_size(n: int, seed: int, work: Path, ecarts: str, env: dict[str, str], say: Callable[[str], None]) -> SizeRun:
    work.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rome, xml = build_referentials(work / "referentiels")
    fiches = load_fiches(rome, certified_codes(xml))
    files, seen = write_offers(fiches, n, seed, work / "offres", lambda m: say(f"N={_n(n)} : {m}"))
    generate_s = time.perf_counter() - started
    say(
        f"N={_n(n)} : corpus écrit en {generate_s:.1f} s ({len(fiches)} fiches ROME dont "
        f"{sum(f.certified for f in fiches)} certifiées ; phrases déjà vues : {100 * seen.share:.1f} %)"
    )
    cmds = commands(ecarts, work / "ecarts.duckdb", rome, xml, files, work / "rapport")
    steps: dict[str, Measure] = {}
    for step in STEPS:
        say(f"N={_n(n)} : {step} …")
        m = run_measured(cmds[step], env, work, work / f"{step}.log")
        steps[step] = m
        say(f"N={_n(n)} : {step} {m.wall_s:.1f} s, pic {m.peak_mb:.0f} Mo" + ("" if m.rc == 0 else f", code {m.rc}"))
        if m.rc != 0:
            tail = (work / f"{step}.log").read_text(encoding="utf-8", errors="replace")[-2000:]
            say(f"échec de « {' '.join(cmds[step][1:3])} » (fin du journal) :\n{tail}")
            break
    return SizeRun(n, generate_s, seen.share, steps, work_done(work / "ecarts.duckdb"))


def work_done(db: Path) -> str:
    try:
        with duckdb.connect(str(db), read_only=True) as con:
            row = con.execute(WORK_DONE_SQL).fetchone()
    except duckdb.Error as exc:
        return f"entrepôt illisible ({exc})"
    if row is None:
        return ""
    offers, regions, skills, gaps, romes, rncps, modules = row
    return (
        f"{_n(offers)} offres ({regions} régions), {_n(skills)} compétences d'offres, {_n(gaps)} écarts "
        f"({romes} fiches ROME, {rncps} certifications), {_n(modules)} modules proposés"
    )


def slope(ns: list[int], values: list[float]) -> float | None:
    """Least-squares slope of log(value) against log(n); None below two sizes."""
    pts = [(math.log(n), math.log(v)) for n, v in zip(ns, values) if v > 0]
    if len(pts) < 2:
        return None
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sxx if sxx else None


def _n(n: int) -> str:
    """10000 → « 10 000 » (French thousands separator)."""
    return f"{n:,}".replace(",", "\u202f")


def _fmt(value: float | None, spec: str = ".2f") -> str:
    return "—" if value is None else format(value, spec)


def table(runs: list[SizeRun]) -> list[str]:
    head = (
        f"{'N':>8} | {'étape':<8} | {'durée s':>8} | {'CPU s':>7} | {'pic Mo':>7} | {'RSS Mo':>7} | {'offres/s':>8} "
        f"| {'charge':>6}"
    )
    lines = [head, "-" * len(head)]
    for run in runs:
        for step in STEPS:
            m = run.steps.get(step)
            if m is None:
                continue
            rate = f"{run.n / m.wall_s:8.0f}" if step == "import" else " " * 8
            flag = "" if m.rc == 0 else f"  (échec, code {m.rc})"
            lines.append(
                f"{_n(run.n):>8} | {step:<8} | {m.wall_s:8.1f} | {m.cpu_s:7.1f} | {m.peak_mb:7.0f} | "
                f"{m.peak_rss_mb:7.0f} | {rate} | {m.load:6.1f}{flag}"
            )
        if run.work_done:
            lines.append(f"{_n(run.n):>8} | entrepôt : {run.work_done}")
        if {"import", "analyze"} <= run.steps.keys():
            lines.append(
                f"{_n(run.n):>8} | import + analyze : {run.rate():.0f} offres/s (du fichier à l'entrepôt analysé)"
            )
    return lines


def growth(runs: list[SizeRun]) -> list[str]:
    done = [r for r in runs if all(s in r.steps and r.steps[s].rc == 0 for s in STEPS)]
    ns = [r.n for r in done]
    lines = [f"Pentes log-log sur N = {', '.join(_n(n) for n in ns) or '—'} (1.00 = linéaire) :"]
    for step in ("import", "analyze", "report", "rerun"):
        t = slope(ns, [r.steps[step].wall_s for r in done])
        c = slope(ns, [r.steps[step].cpu_s for r in done])
        m = slope(ns, [r.steps[step].peak_mb for r in done])
        lines.append(f"  {step:<8} durée {_fmt(t)}   CPU {_fmt(c)}   mémoire {_fmt(m)}")
    both = slope(ns, [r.steps["import"].wall_s + r.steps["analyze"].wall_s for r in done])
    lines.append(f"  import+analyze durée {_fmt(both)}")
    return lines


def targets(runs: list[SizeRun]) -> list[str]:
    by_n = {r.n: r for r in runs if all(s in r.steps and r.steps[s].rc == 0 for s in STEPS)}
    mark = lambda ok: "✓" if ok else "✗"  # noqa: E731
    lines = ["Objectifs (issue 12) :"]
    if 50_000 in by_n:
        rate = by_n[50_000].rate()
        lines.append(
            f"  {mark(rate >= TARGET_RATE)} fichier → entrepôt analysé à 50 000 offres : {rate:.0f} offres/s (≥ 1 000)"
        )
    else:
        lines.append("  · débit à 50 000 offres : taille non mesurée")
    ns = sorted(by_n)
    both = slope(ns, [by_n[n].steps["import"].wall_s + by_n[n].steps["analyze"].wall_s for n in ns])
    if both is not None:
        lines.append(
            f"  {mark(both <= LINEAR_SLOPE)} croissance de la durée (import+analyze) : pente {both:.2f} (≤ {LINEAR_SLOPE})"
        )
    else:
        lines.append("  · croissance : il faut au moins deux tailles")
    if 200_000 in by_n:
        peak = max(m.peak_mb for m in by_n[200_000].steps.values())
        lines.append(f"  {mark(peak < TARGET_PEAK_MB)} pic mémoire à 200 000 offres : {peak:.0f} Mo (< 2 000)")
    else:
        lines.append("  · pic mémoire à 200 000 offres : taille non mesurée")
    if ns:
        rerun = by_n[ns[-1]].steps["rerun"].wall_s
        lines.append(
            f"  {mark(rerun < TARGET_RERUN_S)} analyse sans rien de neuf à {_n(ns[-1])} offres : {rerun:.1f} s (< 10)"
        )
    return lines


def machine(ecarts: str, env: dict[str, str]) -> list[str]:
    python = _interpreter(ecarts)
    probe = "import duckdb, ecarts, sys; print(sys.version.split()[0], duckdb.__version__, ecarts.__file__)"
    out = subprocess.run([python, "-c", probe], env=env, capture_output=True, text=True, cwd=tempfile.gettempdir())
    version, duck, where = (out.stdout.split() + ["?", "?", "?"])[:3]
    ram = psutil.virtual_memory().total / 2**30
    return [
        f"Commande : {' '.join(sys.argv)}",
        f"Machine : {os.cpu_count()} cœurs, {ram:.1f} Gio de mémoire, {platform.platform()}",
        f"Installation mesurée : {ecarts} (Python {version}, duckdb {duck}, ecarts importé de {where})",
        f"Charge au départ : {', '.join(f'{x:.2f}' for x in os.getloadavg())} (moyennes 1, 5, 15 min)",
    ]


def _interpreter(ecarts: str) -> str:
    """The Python of an ``ecarts`` console script (its shebang)."""
    first = Path(ecarts).read_text(encoding="utf-8", errors="replace").splitlines()[0]
    return first[2:].strip() if first.startswith("#!") else sys.executable


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Mesure ecarts à l'échelle nationale (issue 12).")
    parser.add_argument("--sizes", default="10000,50000,200000", help="tailles N, séparées par des virgules")
    parser.add_argument("--seed", type=int, default=12, help="graine du corpus (défaut : 12)")
    parser.add_argument("--out", type=Path, help="écrit aussi le compte rendu dans ce fichier")
    parser.add_argument("--keep", type=Path, help="garde corpus, entrepôts et rapports dans ce dossier")
    parser.add_argument("--note", default="", help="remarque recopiée en tête du compte rendu (machine partagée…)")
    parser.add_argument(
        "--ecarts", default=str(ROOT / ".venv" / "bin" / "ecarts"), help="exécutable ecarts mesuré (défaut : .venv)"
    )
    args = parser.parse_args(argv)
    args.ecarts = shutil.which(args.ecarts) or args.ecarts
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    env = {k: v for k, v in os.environ.items() if k != "ECARTS_DB"}
    env.update(ECARTS_HOME=str(ROOT), PREFECT_SERVER_ANALYTICS_ENABLED="false")
    say = lambda msg: print(f"  · {msg}", file=sys.stderr, flush=True)  # noqa: E731
    header = machine(args.ecarts, env) + ([f"Remarque : {args.note}"] if args.note else [])
    base = args.keep or Path(tempfile.mkdtemp(prefix="ecarts-scale-"))
    runs = []
    try:
        for n in sizes:
            work = base / f"n{n}"
            if work.exists():
                shutil.rmtree(work)
            runs.append(run_size(n, args.seed, work, args.ecarts, env, say))
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    corpus = [
        f"  N={_n(r.n)} : corpus {r.generate_s:.1f} s, phrases déjà vues {100 * r.repeated_share:.1f} %" for r in runs
    ]
    text = "\n".join(header + ["", f"Corpus (graine {args.seed}) :", *corpus, "", *table(runs), ""])
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    text += f"Charge à la fin : {load} (moyennes 1, 5, 15 min)\n\n"
    text += "\n".join(growth(runs) + [""] + targets(runs)) + "\n"
    print(text)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0 if all(m.rc == 0 for r in runs for m in r.steps.values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
