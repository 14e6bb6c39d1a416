"""One offer, one count, across boards (issue 13): the same job published by two boards, or relayed by one
from the other, is linked to one offer.

Two kinds of link, added to ``offer_duplicates`` beside the reposts of :mod:`ecarts.analysis.dedup`:

- ``relais``: a board names the offer it relays by its key on the first board (La bonne alternance's
  ``partner_job_id`` of a France Travail offer, kept in ``offers.source_ref``): the same offer, whatever its
  text became; two relays of the same key are the same offer too;
- ``inter_sources``: two offers of different boards (a source without its ``_api`` or ``_file``) that are
  the same job written twice (the employer posted it on both boards, in other words). They must agree on
  everything a job has besides its text: the same place (:func:`ecarts.analysis.places.place_of`: the town,
  and the arrondissement in Paris, Lyon and Marseille where both labels give it), a ROME code in common,
  creation dates at most ``dedup_window_days`` apart, employers that do not contradict each other, and titles
  that do not either (each naming something the other offer never says: « rayon boucherie », « fromagerie »).
  Employers are the same (the same SIRET when both boards give one; else one of the names a board gives —
  brand, legal name — has two thirds of its words in one of the other board's, legal forms aside, and they
  share a word that is not a trade's or a shop's, or are equal but for the town), close (two names share a
  word that is not a trade's, a shop's or a place's: a surname, a coined brand), or unknown (one side has no
  name, or the names meet on a trade's words only: « CLEAN'PRO » and « Clean Pro Services » may be two
  neighbours). Then their texts must meet: the weighted share of the lighter text's content words found in
  the other (weights log(1 + N / df) / log(1 + N) over the region's offers, so that the words every offer of
  a trade uses weigh little and a word of one offer only weighs 1) reaches ``cross_text_named`` or their
  titles share ``cross_title`` of their words when the employers are the same, both when they are close;
  with an unknown employer, the share must reach ``cross_text_unnamed``, the titles meet, and the shared
  words weigh ``cross_unnamed_evidence`` at least (a one-line text is wholly found in every offer of its
  trade in the town).

Links join clusters strongest first, never two clusters that name different SIRETs, and a link across boards
never two clusters that each hold a posting of one board (:func:`ecarts.analysis.dedup_merge.merge_links`).
Thresholds were chosen on the development sets of ``data/eval/cross_source/dev`` only.

Candidates are sub-quadratic: two offers are compared only when they share a (region, town, ROME code,
employer word) key or a MinHash band of their content words in the same (region, town, ROME code); a key
shared by more than ``dedup_max_bucket`` offers proposes no pair.
"""

from __future__ import annotations

import math
import zlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from collections.abc import Iterable, Iterator, Sequence

import numpy as np

from ecarts.analysis.dedup import DedupParams, minhash_signature
from ecarts.analysis.places import SIRET_PREFIX, Place, employer_ids, place_of, same_place
from ecarts.analysis.queries import SQL_DIR
from ecarts.text import content_words, fold, words
from ecarts.warehouse.db import Warehouse, read_sql

__all__ = [
    "BoardOffer",
    "Link",
    "cross_source_links",
    "source_links",
    "employer_words",
]


@dataclass(frozen=True)
class BoardOffer:
    offer_id: str
    board: str  # the source without its _api or _file: a pulled offer and a saved one are one board
    region: str | None
    place_label: str | None
    rome_codes: str | None
    employers: str | None  # the names, « | »-separated (offers.employer_names, else offers.employer)
    created_at: datetime | None
    title: str
    text: str


@dataclass(frozen=True)
class Link:
    a: str
    b: str
    kind: str  # relais | inter_sources
    similarity: float


# Legal forms and function words: not what tells two employers apart.
_LEGAL = frozenset(
    "sarl sas sasu eurl sa sci snc scop scp selarl selas ets etablissements ste societe groupe cie "
    "et de du des la le les l d au aux en".split()
)
# Words of a job title that say the contract or the gender, not the job.
_TITLE_NOISE = frozenset(
    fold(w)
    for w in "h f hf fh x e apprenti apprentie apprentis alternance alternant alternante apprentissage contrat "
    "pro professionnalisation cdi cdd en ou et de du des la le les un une poste "
    # what is left of « cuisinier(ère) », « administratif(ve) », « mécanicien(ne) », « vendeur(se) »
    "ere ve ne se euse rice trice".split()
)
_NAME_SHARE = (
    2 / 3
)  # of the shorter name's words found in the other: « Boulangerie Dupont » in « SARL Boulangerie Dupont Père et Fils »
# Words of business names that many employers share: trades, shops, commercial words, places. Two names that
# share another word (a surname, a coined brand: « BERTHIER TRAITEUR » and « Maison Berthier ») name one
# employer even when the rest differs; two that share only these (« Le Fournil de Vauban », « Le Fournil du
# Beffroi ») do not.
_GENERIC_NAME_WORDS = frozenset(
    words(
        """restaurant restau resto brasserie bistrot bistro cafe bar hotel hotels auberge relais pizzeria
    creperie cuisine cuisines traiteur traiteurs boulangerie boulangeries patisserie patisseries boulanger
    patissier pain pains fournil petrin boucherie charcuterie boucher fromagerie fromages epicerie primeur marche
    market supermarche hypermarche hyper super supermarket magasin magasins boutique commerce distribution
    maison garage auto autos automobile automobiles carrosserie mecanique pneus services service multiservices
    multi pro pros nettoyage proprete clean net cabinet agence agences immobilier immobiliere conseil conseils
    gestion expertise comptable comptabilite groupe group holding centre center clinique pharmacie coiffure
    coiffeur salon institut beaute atelier ateliers entreprise entreprises batiment btp plomberie plombier
    chauffage electricite menuiserie renovation construction constructions travaux transports transport
    logistique france nord sud est ouest grand grande petit petite nouvelle nouveau vieux vieille saint
    sainte bio frais fresh gourmand gourmande delices saveurs gastronomie artisan artisans compagnie associes
    solutions home habitat residence ehpad creche ecole formation industrie industries"""
    )
)
_PERMUTATIONS, _BANDS = 32, 16  # bands of 2 rows: sets sharing a fifth of their words meet in a band half the time


@lru_cache(maxsize=1 << 14)
def employer_words(names: str | None) -> tuple[frozenset[str], ...]:
    """The word sets of each name an offer gives its employer (legal forms aside); none for an anonymous one."""
    if not names:
        return ()
    sets = []
    for name in names.split(" | "):
        if name.startswith(("anon:", SIRET_PREFIX)) or " anon:" in name:
            continue
        kept = frozenset(w for w in words(name) if w not in _LEGAL and len(w) > 1)
        if kept:
            sets.append(kept)
    return tuple(sets)


# How two offers' employers compare (:func:`_employers`).
SAME, CLOSE, DIFFERENT, UNKNOWN = "same", "close", "different", "unknown"


def _employers(a: _Prepared, b: _Prepared) -> str:
    """Both SIRETs given: SAME or DIFFERENT. Else SAME: two thirds of the words of one name of either side are
    in a name of the other; CLOSE: two names share a word that is not a trade's, a shop's or a place's
    (:data:`_GENERIC_NAME_WORDS`: « BERTHIER TRAITEUR » and « Maison Berthier »); DIFFERENT: both named, none
    of these; UNKNOWN: one side has no name."""
    if a.ids and b.ids:
        return SAME if a.ids & b.ids else DIFFERENT
    if not a.names or not b.names:
        return UNKNOWN
    pairs = [(x, y) for x in a.names for y in b.names]
    sharing = [(x, y) for x, y in pairs if _overlap(x, y) >= _NAME_SHARE]
    town = _town_words(a) | _town_words(b)  # « FRAIS'MARCHE VENISSIEUX » is « FRAIS'MARCHE » in Vénissieux
    if any(x - town == y - town or (x & y) - _GENERIC_NAME_WORDS for x, y in sharing):
        return SAME
    if any(len(w) > 3 for x, y in pairs for w in (x & y) - _GENERIC_NAME_WORDS):
        return CLOSE
    # « CLEAN'PRO » and « Clean Pro Services »: two names that meet only on a trade's words may be one
    # employer or two neighbours; the texts must say it, as for an unnamed one.
    return UNKNOWN if sharing else DIFFERENT


def _title_share(a: frozenset[str], b: frozenset[str]) -> float:
    """The Jaccard index of two titles' words, a word meeting its longer or shorter form (« collectivité » and
    « collective »: five letters in common at least)."""
    if not a or not b:
        return 0.0
    met = sum(any(_same_stem(w, v) for v in b) for w in a)
    return met / (len(a) + len(b) - met)


def _same_stem(w: str, v: str, shortest: int = 5) -> bool:
    """One word, or one the longer form of the other, both of ``shortest`` letters at least."""
    return w == v or min(len(w), len(v)) >= shortest and (w.startswith(v) or v.startswith(w))


def _town_words(p: _Prepared) -> frozenset[str]:
    return frozenset(p.place.town.split()) if p.place else frozenset()


def _title_words(title: str) -> frozenset[str]:
    return frozenset(w for w in content_words(title) if w not in _TITLE_NOISE and len(w) > 1)


def _overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the smaller set found in the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


@dataclass
class _Prepared:
    offer: BoardOffer
    place: Place | None
    romes: frozenset[str]
    names: tuple[frozenset[str], ...]
    ids: frozenset[str]
    title: frozenset[str]
    content: frozenset[str]
    mass: float = 0.0  # the weight of its content words in the region (set by cross_source_links)


def _prepare(o: BoardOffer) -> _Prepared:
    romes = frozenset(c.strip() for c in (o.rome_codes or "").split(",") if c.strip())
    content = frozenset(w for w in content_words(o.title + "\n" + o.text) if len(w) > 2)
    return _Prepared(
        o,
        place_of(o.place_label),
        romes,
        employer_words(o.employers),
        employer_ids(o.employers),
        _title_words(o.title),
        content,
    )


def _weights(prepared: Sequence[_Prepared]) -> dict[str, float]:
    """The weight of each content word in the region: log(1 + N / df) / log(1 + N), so that the words every
    offer of a trade uses (« sols », « clients », « cuissons ») weigh little, what tells one offer from another
    weighs much, and a word of one offer only weighs 1 (a sum of weights counts such words, whatever N)."""
    df: Counter[str] = Counter(w for p in prepared for w in p.content)
    n = len(prepared)
    return {w: math.log(1 + n / k) / math.log(1 + n) for w, k in df.items()}


def _weighted_overlap(a: _Prepared, b: _Prepared, weight: dict[str, float]) -> tuple[float, float]:
    """The weighted share of the lighter text's content words found in the other, and their weight."""
    shared = sum(weight[w] for w in a.content & b.content)
    lighter = min(a.mass, b.mass)
    return (shared / lighter if lighter else 0.0), shared


def _same_job(a: _Prepared, b: _Prepared, params: DedupParams, weight: dict[str, float]) -> float | None:
    """The text similarity of two offers of different sources that are the same job; None when they are not."""
    if not same_place(a.place, b.place):
        return None
    if a.romes and b.romes and not a.romes & b.romes:
        return None
    ta, tb = a.offer.created_at, b.offer.created_at
    if ta and tb and abs((ta - tb).days) > params.dedup_window_days:
        return None
    employers = _employers(a, b)
    if employers == DIFFERENT:
        return None
    text, evidence = _weighted_overlap(a, b, weight)
    titles_meet = _title_share(a.title, b.title) >= params.cross_title
    if employers == UNKNOWN:
        # Without an employer, only a text that says much of the other is evidence: a one-line « commis de
        # cuisine » is wholly found in every commis offer of the town.
        meet = text >= params.cross_text_unnamed and titles_meet and evidence >= params.cross_unnamed_evidence
    else:
        texts_meet = text >= params.cross_text_named
        # A shared surname is weaker evidence than a shared name: it needs the texts and the titles to meet.
        meet = texts_meet and titles_meet or employers == SAME and (texts_meet or titles_meet)
    # the titles are read last: the dearest test, asked of the pairs that would be linked only
    return round(text, 4) if meet and not _titles_disagree(a, b) else None


def _titles_disagree(a: _Prepared, b: _Prepared) -> bool:
    """Each title names something the other offer never says (« vendeur rayon boucherie » and « vendeur en
    fromagerie », « commis de cuisine » and « aide de cuisine »): two jobs, even of one employer."""
    return bool(_unsaid(a.title, b.content)) and bool(_unsaid(b.title, a.content))


def _unsaid(title: frozenset[str], content: frozenset[str]) -> list[str]:
    """The words of ``title`` (3 letters or more) that ``content`` has neither whole nor as a longer or shorter
    form (« auto » and « automobile »)."""
    return [w for w in title if len(w) > 2 and w not in content and not any(_same_stem(w, c, 4) for c in content)]


def _keys(p: _Prepared) -> Iterator[tuple]:
    """The blocking keys of an offer: (town, ROME code, employer word) and (town, ROME code, MinHash band)."""
    place = p.place.town if p.place else ""
    romes = p.romes or frozenset({""})
    signature = None
    if p.content:
        hashes = np.array(sorted({zlib.crc32(w.encode()) for w in p.content}), dtype=np.uint32)
        signature = minhash_signature(hashes, _PERMUTATIONS)
    rows = _PERMUTATIONS // _BANDS
    for rome in romes:
        for name in p.names:
            for word in name:
                yield (place, rome, "e", word)
        if signature is not None:
            for band in range(_BANDS):
                yield (place, rome, band, signature[band * rows : (band + 1) * rows].tobytes())


def cross_source_links(offers: Sequence[BoardOffer], params: DedupParams) -> list[Link]:
    """The ``inter_sources`` links among the offers of one region (pairs of different boards only)."""
    if len({o.board for o in offers}) < 2:
        return []
    prepared = [_prepare(o) for o in offers]
    weight = _weights(prepared)
    for p in prepared:
        p.mass = sum(weight[w] for w in p.content)
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for i, p in enumerate(prepared):
        for key in set(_keys(p)):
            buckets[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if 1 < len(members) <= params.dedup_max_bucket:
            pairs.update(
                (i, j)
                for x, i in enumerate(members)
                for j in members[x + 1 :]
                if prepared[i].offer.board != prepared[j].offer.board
            )
    found = []
    for i, j in sorted(pairs):
        similarity = _same_job(prepared[i], prepared[j], params, weight)
        if similarity is not None:
            found.append((similarity, i, j))
    return [
        Link(prepared[i].offer.offer_id, prepared[j].offer.offer_id, "inter_sources", similarity)
        for similarity, i, j in _one_to_one(found, [p.offer.board for p in prepared])
    ]


def _one_to_one(found: list[tuple[float, int, int]], sources: list[str]) -> list[tuple[float, int, int]]:
    """The links kept, closest first, so that an offer meets at most one offer of each other source: a job
    posted on one board is one posting on the other (its reposts there are the repost de-duplication's), and
    an offer close to several postings of another board must not join them together."""
    taken: set[tuple[int, str]] = set()
    kept = []
    for similarity, i, j in sorted(found, key=lambda x: (-x[0], x[1], x[2])):
        if (i, sources[j]) in taken or (j, sources[i]) in taken:
            continue
        taken.update({(i, sources[j]), (j, sources[i])})
        kept.append((similarity, i, j))
    return kept


def by_region(rows: Iterable[tuple]) -> Iterator[list[BoardOffer]]:
    """Rows of ``dedup_sources_offers.sql`` (ordered by region) as one list of offers per region."""
    block: list[BoardOffer] = []
    for row in rows:
        offer = BoardOffer(*row)
        if block and offer.region != block[0].region:
            yield block
            block = []
        block.append(offer)
    if block:
        yield block


def source_links(wh: Warehouse, params: DedupParams, regions: Sequence[str] | None) -> list[Link]:
    """The ``relais`` and ``inter_sources`` links of the offers of ``regions`` (all when None)."""
    scope = {"regions": list(regions) if regions else None}
    relays = wh.query(read_sql("dedup_relays", SQL_DIR), scope)
    links = [Link(a, b, "relais", 1.0) for a, b, _ in relays]
    # A relay of an offer that is here is that offer: it is not compared again (its text would take the
    # place of the employer's own post on the relaying board, see _one_to_one).
    relayed = {a for a, _, to_origin in relays if to_origin}
    cur = wh.con.execute(read_sql("dedup_sources_offers", SQL_DIR), scope)
    rows = (row for batch in iter(lambda: cur.fetchmany(2000), []) for row in batch)
    for offers in by_region(rows):
        links.extend(cross_source_links([o for o in offers if o.offer_id not in relayed], params))
    return links
