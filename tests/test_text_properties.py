"""Property-based tests: the functions that read offer text never raise, and the offsets they give stay
inside the text, whatever the text (arbitrary Unicode, unbalanced brackets, scrubber masks, control
characters, empty or long strings)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from ecarts.text import fold, normalize_text, word_spans
from ecarts.zones import job_sentences, sentences
from ecarts.nlp.mentions import find_mentions

# Pieces that real offers and the scrubber produce, mixed with arbitrary Unicode.
FRAGMENTS = [
    "Contact : Jean Dupont - [téléphone masqué] - [courriel masqué]",
    "[courriel masqué]",
    "(",
    ")",
    "[",
    "]",
    "((",
    "))",
    "- ",
    "• ",
    "\n",
    "\r\n",
    "\t",
    "\x00",
    "\u200b",
    "Compétences attendues :",
    "MISSIONS :",
    "Maîtrise d'AutoCAD (",
    "CACES R489 cat. 3 et 5)",
    "habilitation électrique BR, B2V",
    "13e mois",
    "Préparer et administrer les traitements",
    "rigoureux(se)",
    "…",
    "😀",
    "＠",
    "l'",
    "d’",
    "et",
    ",",
    ";",
]
texts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=30).map("".join)
PROPS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(texts)
def test_mentions_never_raise_and_offsets_stay_inside(text: str) -> None:
    for m in find_mentions(text):
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start : m.end].strip()


@PROPS
@given(texts)
def test_sentences_stay_inside_the_text(text: str) -> None:
    for s in [*sentences(text), *job_sentences(text)]:
        assert 0 <= s.start <= s.end <= len(text)


@PROPS
@given(st.text(max_size=200))
def test_normalisation_never_raises(text: str) -> None:
    fold(text)
    normalize_text(text)
    for _, start, end in word_spans(text):
        assert 0 <= start < end <= len(text)


def test_scrubber_masks_at_the_end_of_an_offer_do_not_stop_reading() -> None:
    """The offer that stopped a whole regional run (issue 9): masks in brackets close the last sentence."""
    text = "Vous réalisez les enduits de façade.\nContact : Jean Dupont - [téléphone masqué] - [courriel masqué]"
    assert find_mentions(text)
    assert find_mentions("Pose de plinthes]") is not None


# -- referential and offer readers ---------------------------------------------------------------------

HTML_BITS = [
    "<p>",
    "</p>",
    "<br/>",
    "<ul><li>",
    "</li>",
    "&amp;",
    "&#39;",
    "&eacute;",
    "&lt;p&gt;",
    "- ",
    "1. ",
    "• ",
    ";",
    ":",
    "Compétences :",
    "Préparer les supports",
    "\n",
    "&nbsp;",
    "<",
    ">",
    "&",
    "&#",
]
html_texts = st.lists(st.one_of(st.sampled_from(HTML_BITS), st.text(max_size=30)), max_size=25).map("".join)


@PROPS
@given(html_texts)
def test_rncp_statements_never_raise(text: str) -> None:
    from ecarts.connectors.rncp_text import clean_text, split_statements

    assert isinstance(clean_text(text), str)
    assert all(isinstance(s, str) and s.strip() for s in split_statements(text))


@PROPS
@given(texts, st.one_of(st.none(), st.text(max_size=20)), st.text(max_size=12))
def test_offer_mapping_never_raises_on_odd_text(description: str, employer: str | None, place: str) -> None:
    from ecarts.connectors.france_travail.mapping import offer_rows

    offer = {
        "id": "X1",
        "intitule": description[:40],
        "description": description,
        "romeCode": "F1703",
        "dateCreation": "2026-09-08T09:12:00.000Z",
        "lieuTravail": {"libelle": place},
        "entreprise": {"nom": employer} if employer is not None else {},
        "competences": [{"code": None, "libelle": description[:30], "exigence": "E"}],
    }
    row, items = offer_rows(offer, "france_travail_file")
    assert row["offer_id"] == "X1" and isinstance(items, list)


GRID_BITS = [
    "centre;certification;periode;activite_observee;competence_mobilisee;dans_referentiel\n",
    "Lycée X;RNCP90021;2026-09;Chantier;Lire un plan;oui\n",
    ";",
    ",",
    "\t",
    "\n",
    "\r\n",
    '"',
    '""',
    "sep=;\n",
    '=HYPERLINK("x")',
    "Contact : Jean Dupont 06 12 34 56 78",
    "partiellement",
    "non",
    "\ufeff",
]
grid_texts = st.lists(st.one_of(st.sampled_from(GRID_BITS), st.text(max_size=20)), max_size=20).map("".join)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(grid_texts)
def test_a_grid_of_any_text_is_read_or_refused_with_a_grid_error(tmp_path_factory, text: str) -> None:
    """Whatever a centre sends, the reader answers with rows or with its own French error, never a traceback."""
    from ecarts.connectors.grids import GridValidationError, read_grid
    from ecarts.connectors.pseudonym import Pseudonymiser

    path = tmp_path_factory.mktemp("grille") / "grille.csv"
    path.write_bytes(text.encode("utf-8", errors="surrogatepass"))
    try:
        grid = read_grid(path, Pseudonymiser("cle-de-test-0123456789abcdef"), name="grille.csv")
    except GridValidationError as exc:
        assert str(exc).startswith("grille(s) refusée(s)")
    else:
        assert all(r["line"] >= 2 for r in grid.rows)


CSV_BITS = [
    '"code_ogr_savoir","libelle_savoir","categorie_savoir","sous_categorie_savoir"\n',
    '"41001",',
    '"',
    '""',
    ",",
    "\n",
    "\r\n",
    "\ufeff",
    '"Logiciel, ""Sage"""',
    "é",
    "\x00",
]
csv_texts = st.lists(st.one_of(st.sampled_from(CSV_BITS), st.text(max_size=15)), max_size=25).map("".join)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(csv_texts)
def test_a_rome_file_of_any_text_is_read_or_refused_with_a_format_error(tmp_path_factory, text: str) -> None:
    import shutil
    from pathlib import Path

    from ecarts.connectors.rome import read_rome
    from ecarts.exceptions import FormatError

    folder = tmp_path_factory.mktemp("rome") / "rome"
    shutil.copytree(Path(__file__).parent / "fixtures" / "rome", folder)
    (folder / "unix_referentiel_savoir_v460_utf8.csv").write_bytes(text.encode("utf-8", errors="surrogatepass"))
    try:
        ref = read_rome(folder)
    except FormatError as exc:
        assert "unix_referentiel_savoir_v460_utf8.csv" in str(exc)
    else:
        assert all(item["label"] for item in ref.items)
