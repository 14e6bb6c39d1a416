"""French normalisation (ecarts.text): what each function folds, and that no stage folds text its own way."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from ecarts.text import (
    accent_class,
    ascii_key,
    content_words,
    fold,
    fold_text,
    normalize_text,
    normalize_word,
    slugify,
    stem,
    strip_accents,
    word_spans,
    words,
)

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("connectors", "warehouse", "nlp", "analysis", "reports", "ecarts", "flows")
OWNER = Path("ecarts") / "text.py"


def test_words_lose_accents_case_and_elided_articles() -> None:
    assert words("Maîtrise d'AutoCAD") == ["maitrise", "autocad"]
    assert words("L’électricité, qu'il faut ; CŒUR") == ["electricite", "il", "faut", "coeur"]
    assert words("aujourd'hui") == ["aujourd", "hui"]
    assert normalize_text("  Plans   d'EXÉCUTION ") == "plans execution"
    text = "Réaliser la maçonnerie"
    assert [text[s:e] for _, s, e in word_spans(text)] == ["Réaliser", "la", "maçonnerie"]


def test_every_apostrophe_elides_and_decomposed_accents_fold_like_composed_ones() -> None:
    for mark in "'’ʼ`´":
        assert words(f"l{mark}équipe d{mark}Œuvre") == ["equipe", "oeuvre"], mark
    decomposed = "E\u0301quipe qualifie\u0301e"  # what macOS file names and some exports hold
    assert words(decomposed) == words("Équipe qualifiée") == ["equipe", "qualifiee"]
    assert [decomposed[s:e] for _, s, e in word_spans(decomposed)] == ["E\u0301quipe", "qualifie\u0301e"]


def test_fold_text_keeps_everything_but_accents_case_ligatures_and_apostrophes() -> None:
    assert fold_text("L’Œuvre Évaluée, Straße n°3 (m²) !") == "l'oeuvre evaluee, strasse n°3 (m2) !"
    assert normalize_word("CÆSAR") == "caesar"


def test_strip_accents_keeps_case_and_ligatures() -> None:
    """Stored keys depend on it (pseudonyms, anonymous employers): it must not fold more than accents."""
    assert strip_accents("Lætitia ÉLOÏSE") == "Lætitia ELOISE"
    assert strip_accents("plain ascii") == "plain ascii"


def test_ascii_key_joins_runs_of_letters_and_digits() -> None:
    assert ascii_key("MACRO-SAVOIR-ÊTRE") == "macro savoir etre"
    assert ascii_key("Compétence mobilisée ?", "_") == "competence_mobilisee"
    assert ascii_key("Période d'observation", "_") == "periode_d_observation"  # nothing elided
    assert ascii_key("Cœur de métier") == "coeur de metier"


def test_accent_class_matches_a_letter_with_or_without_its_accents() -> None:
    pattern = re.compile("".join(accent_class(ch) for ch in "eloise."), re.IGNORECASE)
    for spelling in ("Eloise.", "Éloïse.", "ÉLOÏSE."):
        assert pattern.fullmatch(spelling), spelling
    assert not pattern.fullmatch("Eloisex")


@pytest.mark.parametrize(
    "forms",
    [
        ("rigoureux", "rigoureuse", "rigoureuses"),
        ("vendeur", "vendeuse", "vendeurs"),
        ("animateur", "animatrice"),
        ("actif", "active", "actifs"),
        ("professionnel", "professionnelle", "professionnels"),
        ("qualifie", "qualifiee", "qualifies"),
        ("client", "clients", "cliente"),
        ("monter", "montez", "monte", "montee"),
        ("general", "generale", "generaux"),
        ("travail", "travaux"),
        ("bureau", "bureaux"),
    ],
)
def test_fold_brings_plural_feminine_and_verb_forms_together(forms: tuple[str, ...]) -> None:
    assert len({fold(f) for f in forms}) == 1, {f: fold(f) for f in forms}


def test_fold_is_lighter_than_stem() -> None:
    assert fold("soudure") != fold("souder")
    assert stem("dépannage") == stem("dépanner") == stem("dépannez")
    assert stem("réalisation") == stem("réaliser")


def test_content_words_leave_stop_words_out() -> None:
    assert content_words("Faire preuve de rigueur et de précision") == ["rigueu", "precision"]
    assert content_words("Être à l'écoute") == ["ecout"]
    assert content_words("de la et") == []
    assert slugify("Pilotage de drones agricoles !") == "pilotage-de-drones-agricoles"


# Text as offers write it: letters with and without accents, decomposed accents, ligatures, apostrophes.
FRENCH = st.text(
    alphabet=st.sampled_from(list("abcdelqsuxzÉéèêëçàôîŒœÆæß'’ʼ`´-., ;:()\n\t0123") + ["\u0301"]), max_size=60
)


@settings(max_examples=400, deadline=None)
@given(FRENCH)
def test_one_pass_words_equal_the_words_with_offsets(text: str) -> None:
    assert [w for w, _, _ in word_spans(text)] == words(text)
    assert normalize_text(text) == " ".join(words(text))


# --- one module folds text -----------------------------------------------------------------------------


def _accented_variants(literal: str) -> int:
    """The largest number of distinct accented spellings of one letter that a string literal lists."""
    by_base: dict[str, set[str]] = {}
    for ch in set(literal):
        base = fold_text(ch)
        if ch.isalpha() and not ch.isascii() and len(base) == 1 and base.isascii():
            by_base.setdefault(base, set()).add(ch)
    return max((len(v) for v in by_base.values()), default=0)


def _spells_out(key: str, value: str) -> bool:
    """Whether ``key → value`` folds a non-ASCII letter (``"é" → "e"``, ``"œ" → "oe"``)."""
    return len(key) == 1 and key.isalpha() and not key.isascii() and value.isascii() and value.lower() == fold_text(key)


def _str(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def folding_sites(source: str) -> list[tuple[int, str]]:
    """Lines of ``source`` that fold text themselves: ``unicodedata.normalize`` / ``combining``, ASCII
    encoding that drops what it cannot encode, a table from accented letters to plain ones (dict,
    ``str.maketrans``, ``.replace``), or a string listing a letter's accented spellings."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "unicodedata"
            and node.attr in ("normalize", "combining", "decomposition")
        ):
            found.append((node.lineno, f"unicodedata.{node.attr}"))
        elif isinstance(node, ast.ImportFrom) and node.module == "unicodedata":
            found.append((node.lineno, "from unicodedata import"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            args = [_str(a) for a in node.args]
            if node.func.attr == "encode" and "ignore" in args and any(a and "ascii" in a for a in args):
                found.append((node.lineno, ".encode('ascii', 'ignore')"))
            if (
                node.func.attr in ("replace", "maketrans")
                and len(args) >= 2
                and args[0]
                and args[1] is not None
                and (_spells_out(args[0], args[1]) or _accented_variants(args[0]) >= 2)
            ):
                found.append((node.lineno, f".{node.func.attr}({args[0]!r}, {args[1]!r})"))
        elif isinstance(node, ast.Dict):
            pairs = [(_str(k), _str(v)) for k, v in zip(node.keys, node.values)]
            if any(k and v is not None and _spells_out(k, v) for k, v in pairs):
                found.append((node.lineno, "a table from accented letters to plain ones"))
        elif (
            isinstance(node, ast.Constant)
            and (literal := _str(node)) is not None
            and len(literal) < 80
            and _accented_variants(literal) >= 3
        ):
            found.append((node.lineno, f"accented spellings {literal!r}"))
    return found


def test_the_detector_finds_the_copies_that_ecarts_text_replaced() -> None:
    copies = {
        'plain = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()': 2,
        'decomposed = "".join(c for c in s if not unicodedata.combining(c))': 1,
        '_FOLD = str.maketrans({"’": "\'", "œ": "oe"})': 1,
        'table.update({ord("œ"): "oe", ord("Œ"): "oe", ord("æ"): "ae"})': 0,  # keys are ints: see below
        'x = raw.lower().replace("œ", "oe").replace("æ", "ae")': 2,
        '_VARIANTS = {"a": "aàâäáã", "c": "cç", "e": "eéèêë"}': 2,
        "from unicodedata import normalize": 1,
    }
    for code, n in copies.items():
        assert len(folding_sites(code)) == n, (code, folding_sites(code))
    assert not folding_sites('_NAME_WORD = re.compile(r"^[A-ZÉÈÀÂÎÔ][\\w’\'-]*$")\nmsg = "Élément élevé"')


def test_no_stage_folds_text_outside_ecarts_text() -> None:
    """Accent and case folding live in ecarts/text.py only: a copy elsewhere would drift from it."""
    offenders: list[str] = []
    for stage in STAGES:
        for path in sorted((ROOT / stage).rglob("*.py")):
            relative = path.relative_to(ROOT)
            if relative == OWNER:
                continue
            offenders += [f"{relative}:{line}: {what}" for line, what in folding_sites(path.read_text("utf-8"))]
    assert not offenders, "fold text with ecarts.text instead:\n" + "\n".join(offenders)
    assert folding_sites((ROOT / OWNER).read_text("utf-8")), "the detector no longer sees ecarts/text.py's own folding"
