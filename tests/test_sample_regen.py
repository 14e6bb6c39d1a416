"""The committed sample (data/sample) and gold set (data/gold) are exactly what their generators write.

Each generator runs in its own interpreter (they put their folder on sys.path and import private modules with
short names), writing into tmp_path; every file must equal the committed one byte for byte, and no committed
data file may lack a generated counterpart. A failure means someone edited a generated file by hand, or changed
a generator without regenerating: run the generator named in the message and commit what it writes.

The sample draws one random stream per offer (and per other unit): a change to one ROME code's content must not
move the offers of the other codes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
GOLD = ROOT / "data" / "gold"

# (generator, committed folder, generated data: sub-folders and files, relative to the committed folder)
GENERATORS = {
    "sample": (SAMPLE / "generate.py", SAMPLE, ["rome", "rncp", "offres", "truth.json", "README.md"]),
    "gold": (GOLD / "generate.py", GOLD, ["rome", "offres", "annotations.jsonl"]),
    "grids": (SAMPLE / "grilles" / "generate.py", SAMPLE / "grilles", ["*.csv", "*.xlsx"]),
}


def _run(args: list[str], cwd: Path) -> str:
    proc = subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def _data_files(folder: Path, parts: list[str]) -> set[str]:
    """The generated data files under ``folder`` (relative paths), as listed by ``parts``."""
    out: set[str] = set()
    for part in parts:
        for path in folder.glob(part):
            if path.is_dir():
                out.update(str(p.relative_to(folder)) for p in path.rglob("*") if p.is_file())
            elif path.is_file():
                out.add(str(path.relative_to(folder)))
    return out


@pytest.mark.parametrize("name", sorted(GENERATORS))
def test_regenerated_files_are_byte_identical(name: str, tmp_path: Path) -> None:
    script, committed, parts = GENERATORS[name]
    out = tmp_path / name
    _run([str(script), str(out)], cwd=tmp_path)
    written = _data_files(out, parts)
    expected = _data_files(committed, parts)
    assert written, f"{script} wrote nothing into {out}"
    assert written == expected, (
        f"{script.relative_to(ROOT)}: files written but not committed "
        f"{sorted(written - expected)}, committed but not written {sorted(expected - written)}"
    )
    differing = [rel for rel in sorted(written) if (out / rel).read_bytes() != (committed / rel).read_bytes()]
    assert not differing, (
        f"{len(differing)} file(s) differ from what {script.relative_to(ROOT)} writes: {differing[:10]}"
    )


# Rewrites the context sentences of F1703 (offer content), then writes the sample into argv[1].
_EDITED = """
import sys
sys.path.insert(0, sys.argv[2])
import _contenu_offres as CO
CO.CONTEXTES["F1703"] = [c + " Chantiers en site occupé." for c in CO.CONTEXTES["F1703"]]
import generate
generate.generate(sys.argv[1])
"""


def _offers(folder: Path) -> dict[str, dict]:
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    offers: dict[str, dict] = {}
    for path in sorted((folder / "offres").glob("offres-*")):
        if path.suffix == ".json":
            rows = json.loads(path.read_text(encoding="utf-8"))["resultats"]
        else:
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        offers.update({o["id"]: o for o in rows})
    assert set(offers) == set(truth["offres"])
    return offers


def test_one_code_edited_leaves_the_others_alone(tmp_path: Path) -> None:
    (tmp_path / "edit.py").write_text(_EDITED, encoding="utf-8")
    _run([str(tmp_path / "edit.py"), str(tmp_path / "edited"), str(SAMPLE)], cwd=tmp_path)
    before, after = _offers(SAMPLE), _offers(tmp_path / "edited")
    assert set(before) == set(after), "ids moved"
    changed = {oid for oid in before if before[oid] != after[oid]}
    assert changed, "the edit changed nothing: the test edits the wrong content"
    assert {before[oid]["romeCode"] for oid in changed} == {"F1703"}
    for oid in changed:  # the same offer (id, dates, employer), its text drawn again
        for key in ("dateCreation", "dateActualisation", "codeNAF"):
            assert before[oid][key] == after[oid][key], (oid, key)
