"""Find skill mentions in the job sentences of an offer, with their offsets.

A job sentence (see :mod:`ecarts.zones`) is cut into chunks and each chunk trimmed to its skill words (see
:mod:`ecarts.nlp.chunks`). What remains of a chunk is a mention when it is:

- a **certificate** or **habilitation** (CACES, habilitation électrique, FIMO, SST, AFGSU, HACCP, ISO …);
  a lone category after one ("CACES R489 cat. 3 et 5") is a mention of its own, except for habilitation
  levels ("BR, B2V et H0V"), which extend the habilitation's mention;
- a **licence** (``permis`` + category) or a **language** ("anglais courant");
- a **quality** of :data:`ecarts.nlp.lexicon.SOFT_SKILLS` ("rigoureux(se)", "sens du service", "esprit d'équipe");
- a **tool** of :data:`ecarts.nlp.lexicon.TOOLS`, a name shaped like one (``AutoCAD``, ``GLPI``), or a machine
  (:data:`EQUIPMENT`);
- a **task**: it opens with a task verb ("Réaliser les plans", "vous câblez") or an action noun ("Pose de
  gaines"); a bare verb or noun followed by ``et`` shares the next chunk's object ("Préparer et
  administrer les traitements" is one mention), and a conjunct that is a complement of the previous noun
  ("Service des plats et des boissons", "techniques de mobilisation et de transfert") or an adjective
  ("préventive et curative") extends it;
- introduced by a trigger ("maîtrise de"), listed after a title such as "Compétences :", or holding words of a
  referential label (the optional ``gazetteer``): a **savoir**;
- an item of a comma list whose previous item was a task, savoir or quality ("des pansements, bilans
  sanguins, administrations de traitements").

Items of a parenthetical are mentions of their own when they are tasks, languages, certificates or qualities;
a lone noun only in a list of tasks ("(découpe, flambage)"), not a gloss ("(picking)") nor an example among
things ("(tension, pouls, saturation)").
Chunks that open with a diploma, experience, contract or a job title are never mentions. A sentence met again
(the same text in the same zone) is not read again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from ecarts.text import STOP_WORDS, normalize_word
from ecarts.nlp.chunks import TOKEN, Tok, chunks, split_parentheses, tokens, trim, words_of
from ecarts.zones import Sentence, job_sentences
from ecarts.nlp.lexicon import (
    ACTION_NOUNS,
    ACTION_SUFFIXES,
    ADVERB_ENDINGS,
    LIST_INTROS,
    NON_SKILL_HEADS,
    NOT_ACTIONS,
    PLACE_WORDS,
    ROLE_WORDS,
    SOFT_SKILLS,
    TASK_VERBS,
    TOOLS,
)

__all__ = ["Mention", "Gazetteer", "find_mentions", "mentions_in_sentence", "is_action_noun", "KINDS", "EQUIPMENT"]

KINDS = ("task", "savoir", "soft", "tool", "cert", "licence", "language")
_INTENSIFIERS = frozenset(
    "bon bonne bons bonnes excellente excellent solide solides parfaite parfait veritable "
    "reelle reel grande grand forte fort premiere premier tres reelles vraie vrai "
    "strict stricte deuxieme seconde autre autres reelle".split()
)
# Machines and devices: a chunk introduced by "avec" / "à l'aide de" that names one is a tool mention.
EQUIPMENT = frozenset(
    """
chariot chariots gerbeur transpalette transpalettes nacelle nacelles grue pont tour tours fraiseuse
fraiseuses presse presses scanner scanners terminal terminaux douchette leve-personne chronotachygraphe
tachygraphe caisse tablette gps machine machines robot robots automate automates perceuse meuleuse
engin engins camion camions chargeuse pelle tracteur compresseur oscilloscope multimetre
""".split()
)
CERT_HEADS = frozenset(
    """
caces habilitation habilitations fimo fco adr sst afgsu prap haccp aipr ssiap attestation attestations
qualification qualifications certification certifications certificat certificats carte iso r482 r484 r485
r486 r489 r490 ccna sous-section
""".split()
)
# Norms and regulations ("norme NF C 15-100", "ISO 9001", "DTU 60.1"): savoirs.
NORM_HEADS = frozenset("norme normes nf iso dtu reglementation itil bpf rgpd".split())
LANGUAGES = frozenset(
    """
anglais espagnol allemand italien portugais arabe chinois mandarin neerlandais russe polonais roumain turc
japonais lsf bilingue trilingue langue langues
""".split()
)
NON_SKILL_ACRONYMS = frozenset(
    """
cdi cdd cap bep bts dut but dcg dscg ide idec as ash deaes advf ibode sisr slam sio ms crsa cira fed h f hf fh
rh ce cse rtt ifm icp cet tpe pme pmi eti ehpad ssiad ssr ccas chu ch igh bpco vrd spl pl vl ue rqth cv smic
ca ttc ht n1 n2 n3 cn aop rse rge fsc sas sarl eurl sa tp bp mc cqp de afpa greta cfa lmd qvt ok ehpa ehpad
mecs ime esat smur sas dsi si it pc km ko vm cnc k m cat ets sarl
""".split()
)
_CATEGORY = re.compile(r"^(?:[0-9][a-z]?|[a-z][0-9]?v?|[a-z]{1,2}[0-9]?[a-z]?v?|ce|c1e|cat|categories?)$")
_FORMATION_OK = frozenset({"des", "aux", "du", "de"})


class Gazetteer(Protocol):
    """Referential labels to recognise in chunks (see :meth:`ecarts.nlp.linking.MentionLinker.evidence`)."""

    def evidence(self, content: tuple[str, ...]) -> bool: ...

    def __hash__(self) -> int: ...  # a key of the sentence cache (:func:`_sentence_mentions`)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str
    sentence_start: int
    sentence_end: int
    zone: str
    hint: str = ""  # words added for linking: a quality's noun, a tool's family


def _content(words: list[str]) -> list[str]:
    return [w for w in words if w not in STOP_WORDS]


_SOFT_BY_CONTENT: dict[tuple[str, ...], str] = {}
for _phrase, _noun in SOFT_SKILLS.items():
    _SOFT_BY_CONTENT.setdefault(tuple(_content(_phrase.split())) or tuple(_phrase.split()), _noun)


def _soft(words: list[str]) -> str | None:
    """The quality's noun when ``words`` name a quality (possibly followed by a short complement)."""
    content = _content(words)
    for n in range(min(5, len(content)), 0, -1):
        key = tuple(content[:n])
        if key in _SOFT_BY_CONTENT and len(content) - n <= 2:
            return _SOFT_BY_CONTENT[key]
    if content and content[0] in ("sens", "esprit", "qualites", "gout", "aisance") and 2 <= len(content) <= 4:
        return content[1] if content[0] != "aisance" else "communication"
    if len(content) in (2, 3) and content[0] == "capacite" and words[1] != "a":
        return content[1]
    return None


def _tool(words: list[str], raws: list[str]) -> str | None:
    body = list(zip(words, raws))
    while body and body[0][0] in (
        "logiciel",
        "logiciels",
        "outil",
        "outils",
        "progiciel",
        "environnement",
        "suite",
        "langage",
        "langages",
        "solution",
        "solutions",
        "application",
        "plateforme",
        "le",
        "la",
        "les",
        "de",
        "des",
        "du",
        "sous",
        "sur",
        "en",
        "module",
    ):
        body = body[1:]
    if not body:
        return None
    bw = [w for w, _ in body]
    for n in range(min(3, len(bw)), 0, -1):
        key = " ".join(bw[:n])
        if key in TOOLS and len(bw) - n <= 2:
            return TOOLS[key]
    if len(bw) <= 4:
        for word, raw in body[:2]:
            if any(part in NON_SKILL_ACRONYMS for part in word.split("/")) or not raw[0].isalpha():
                continue
            letters = [c for c in raw if c.isalpha()]
            inner_upper = any(c.isupper() for c in raw[1:]) and any(c.islower() for c in raw)
            all_caps = len(letters) >= 2 and all(c.isupper() for c in letters) and len(raw) <= 12
            if inner_upper or all_caps:
                return ""
    return None


def _is_category(words: list[str]) -> bool:
    return 0 < len(words) <= 3 and all(_CATEGORY.match(w) for w in words) and words[0] not in ("de", "la", "le")


def is_action_noun(word: str) -> bool:
    """A normalised word that names an action ("pose", "câblage", "réalisation"), not a thing or a quality."""
    if word in ACTION_NOUNS:
        return True
    return (
        len(word) >= 7
        and word.endswith(ACTION_SUFFIXES)
        and word not in NOT_ACTIONS
        and word.rstrip("s") not in NOT_ACTIONS
        and not word.endswith(ADVERB_ENDINGS)
    )


def _infinitive_like(word: str) -> bool:
    return word in TASK_VERBS and word.endswith(("er", "ir", "re", "ez", "rez", "oir"))


def _task_head(words: list[str]) -> bool:
    head = words[0]
    nxt = words[1] if len(words) > 1 else ""
    if head in TASK_VERBS:
        if head.startswith(("interv", "travaill")):
            if nxt in ("dans", "en", "aupres", "chez", "au", "aux", "a", "principalement", "essentiellement"):
                return False
            rest = _content(words[1:])
            if rest and rest[0] in PLACE_WORDS:
                return False
        return True
    if is_action_noun(head):
        if head == "formation":
            return nxt in _FORMATION_OK
        if head in ("mise", "mises"):
            return nxt == "en"
        if head == "prise":
            return nxt in ("en", "de", "des", "du")
        if head == "aide":
            return nxt in ("a", "au", "aux")
        if head == "tenue":
            return nxt in ("de", "du", "des")
        if head == "recherche":
            return nxt in ("de", "des")
        if head == "service" and nxt in ("informatique", "client", "clients", "technique", "maintenance", "public"):
            return False
        return True
    return False


def _bare(words: list[str]) -> bool:
    """A lone verb or action noun, whose object is the next conjunct's ("Préparer et administrer …")."""
    content = [w for w in words if w not in ("le", "la", "les", "l", "un", "une", "des", "du", "de")]
    return len(content) == 1 and (_infinitive_like(content[0]) or is_action_noun(content[0])) and _soft(content) is None


_ADJECTIVE_ENDINGS = (
    "if",
    "ifs",
    "ive",
    "ives",
    "ique",
    "iques",
    "el",
    "els",
    "elle",
    "elles",
    "al",
    "ale",
    "ales",
    "aux",
    "aire",
    "aires",
    "ible",
    "ibles",
    "able",
    "ables",
    "ee",
    "ees",
)


def _adjectival(word: str) -> bool:
    return (
        word.endswith(_ADJECTIVE_ENDINGS)
        and not is_action_noun(word)
        and word not in TASK_VERBS
        and word not in TOOLS
        and _soft([word]) is None
        and len(word) > 4
    )


def _conjunct_and_previous(toks: list[Tok], previous: str) -> tuple[list[str], list[str]]:
    """The normalised words of a conjunct and of the previous mention's text, punctuation left out."""
    alnum = [t.norm for t in toks if t.raw[0].isalnum()]
    return alnum, [normalize_word(w) for w in TOKEN.findall(previous) if w[0].isalnum()]


def _extends_previous(toks: list[Tok], words: list[str], last: Mention) -> bool:
    """Whether a conjunct after « et » / « ou » belongs to the previous mention: a bare word sharing a task's
    object, a complement of a task's noun, or the second « de » complement of a task's or savoir's noun."""
    if last.kind == "task" and (_shares_complement(toks, last.text) or _bare(words)):
        return True
    return last.kind in ("task", "savoir") and _second_de_complement(toks, last.text)


def _shares_complement(toks: list[Tok], previous: str) -> bool:
    """Whether a conjunct is a complement of the previous mention's noun ("Service des plats et des boissons",
    "aide à la toilette et à l'habillage"): it opens with the preposition that follows that noun."""
    alnum, prev = _conjunct_and_previous(toks, previous)
    if len(alnum) < 2 or not prev or not is_action_noun(prev[0]):
        return False
    first, second = alnum[0], alnum[1]
    if first in ("a", "au", "aux"):
        return any(w in ("a", "au", "aux") for w in prev[1:3])
    if first in ("des", "du") or (first == "de" and second in ("la", "l")):
        return any(w in ("des", "du", "de") for w in prev[1:3])
    return False


def _second_de_complement(toks: list[Tok], previous: str) -> bool:
    """Whether a conjunct « de » + one noun is the second complement of the previous mention's noun
    (« techniques de mobilisation et de transfert », « gestion des stocks et d'inventaire »): the previous
    mention's noun takes a « de » complement, and « transfert » alone says nothing of the job."""
    alnum, prev = _conjunct_and_previous(toks, previous)
    if len(alnum) != 2 or alnum[0] not in ("de", "d") or len(prev) < 3:
        return False
    return prev[1] in ("de", "des", "du", "d") and not _infinitive_like(alnum[1])


def _lone_noun(toks: list[Tok]) -> bool:
    """One content word that is no verb ("saturation", "change", "picking")."""
    content = _content([t.norm for t in words_of(toks)])
    return len(content) == 1 and not _infinitive_like(content[0])


def _separators(between: str) -> int:
    return between.count(",") + between.count(" et ")


class _Finder:
    def __init__(self, text: str, sentence: Sentence, gazetteer: Gazetteer | None) -> None:
        self.text = text
        self.sentence = sentence
        self.gazetteer = gazetteer
        self.out: list[Mention] = []
        intro = set(sentence.intro.split())
        self.listed = bool(intro & LIST_INTROS)

    def add(self, start: int, end: int, kind: str, hint: str = "") -> None:
        self.out.append(
            Mention(
                start, end, self.text[start:end], kind, self.sentence.start, self.sentence.end, self.sentence.zone, hint
            )
        )

    def extend_last(self, end: int) -> None:
        last = self.out[-1]
        self.out[-1] = Mention(
            last.start,
            end,
            self.text[last.start : end],
            last.kind,
            last.sentence_start,
            last.sentence_end,
            last.zone,
            last.hint,
        )

    def classify(self, toks: list[Tok], trigger: str | None, boundary: str) -> tuple[str, str] | None:
        wt = words_of(toks)
        words = [t.norm for t in wt]
        raws = [t.raw for t in wt]
        if not words or all(w.isdigit() for w in words):
            return None
        head = words[0]
        if any(w in NORM_HEADS for w in words[:2]) and len(words) > 1:
            return "savoir", ""
        if any(w in CERT_HEADS for w in words[:3]):
            return "cert", ""
        if head.split("/")[0] in NON_SKILL_HEADS and head not in ("competences",):
            return None
        if head == "permis" or (len(words) > 1 and words[0] in _INTENSIFIERS and words[1] == "permis"):
            return "licence", ""
        if head in LANGUAGES or (len(words) > 1 and words[1] in LANGUAGES and head in _INTENSIFIERS):
            return ("language", "") if head != "langue" or len(words) > 1 else None
        soft = _soft(words)
        if soft is None and head in _INTENSIFIERS and len(words) > 1:
            soft = _soft(words[1:])
        if soft is not None:
            return "soft", soft
        if head in _INTENSIFIERS and len(words) > 1:
            words, raws = words[1:], raws[1:]
            head = words[0]
        if head in NON_SKILL_HEADS or all(w in ROLE_WORDS or w in STOP_WORDS for w in words):
            return None
        tool = _tool(words, raws)
        if tool is not None:
            return "tool", tool
        if head in EQUIPMENT or (boundary == "instrument" and any(w in EQUIPMENT for w in words[:3])):
            return "tool", ""
        if _task_head(words) and trigger != "experience":
            return "task", ""
        if (trigger == "strong" or self.listed) and _content(words):
            return "savoir", ""
        if self.gazetteer is not None:
            content = tuple(_content(words))
            if content and self.gazetteer.evidence(content):
                return "savoir", ""
        return None

    def inherits(self, toks: list[Tok], previous: tuple[str, str] | None) -> tuple[str, str] | None:
        """A list item without evidence of its own takes the previous item's kind ("des pansements, bilans …")."""
        if previous is None or previous[0] not in ("task", "savoir", "soft"):
            return None
        words = [t.norm for t in words_of(toks)]
        content = _content(words)
        if not content or len(words) > 6 or words[0] in NON_SKILL_HEADS or words[0] in TASK_VERBS:
            return None
        if len(content) < 2 and not is_action_noun(content[0]):
            return None
        if any(w.isdigit() for w in words) or all(w in ROLE_WORDS for w in content):
            return None
        return previous[0], ""

    def run(self) -> list[Mention]:
        toks = tokens(self.text, self.sentence.start, self.sentence.end)
        parts = chunks(toks)
        pending: list[Tok] | None = None  # a bare verb or noun waiting for the next conjunct's object
        previous: tuple[str, str] | None = None  # kind and hint of the last chunk kept, for list items
        for index, chunk in enumerate(parts):
            outer, inners = split_parentheses(chunk.toks)
            kept, trigger = trim(outer)
            if not kept:
                pending = None
                continue
            words = [t.norm for t in kept if t.word]
            if pending is not None and chunk.boundary == "conj":
                kept = pending + kept
            elif pending is not None:
                found = self.classify(pending, None, "punct")
                if found is not None:
                    self.add(pending[0].start, pending[-1].end, *found)
            pending = None
            nxt = parts[index + 1].boundary if index + 1 < len(parts) else ""
            if _bare(words) and nxt == "conj" and not any(t.raw in "([" for t in kept):
                pending = kept
                continue
            last = self.out[-1] if self.out else None
            if last is not None and last.kind in ("cert", "licence") and _is_category(words):
                if last.text.lower().startswith("habilitation"):
                    self.extend_last(kept[-1].end)
                else:
                    self.add(kept[0].start, kept[-1].end, last.kind, last.hint)
                continue
            if (
                last is not None
                and last.end <= kept[0].start
                and chunk.boundary in ("conj", "punct")
                and _separators(self.text[last.end : kept[0].start]) <= 1
                and (
                    (words and _adjectival(words[0]))
                    or (chunk.boundary == "conj" and _extends_previous(chunk.toks, words, last))
                )
            ):
                self.extend_last(kept[-1].end)
                continue
            found = self.classify(kept, trigger, chunk.boundary)
            if found is None and chunk.boundary in ("punct",):
                found = self.inherits(kept, previous)
            if found is not None:
                self.add(kept[0].start, kept[-1].end, *found)
                previous = found if trigger != "weak" or found[0] != "savoir" else previous
            else:
                previous = None
            for inner in inners:
                self.parenthetical(inner)
        if pending is not None:
            found = self.classify(pending, None, "punct")
            if found is not None:
                self.add(pending[0].start, pending[-1].end, *found)
        return self.out

    def parenthetical(self, toks: list[Tok]) -> None:
        """Items of a parenthetical that are tasks, languages, certificates or qualities of their own.

        A lone noun is a task of its own only in a list of two or more tasks ("(découpe, flambage)"); a gloss
        ("(picking)") or an example among things that are no tasks ("(tension, pouls, température,
        saturation)", "(toilettes, habillage, change)") only details the sentence's own mention."""
        items = []
        for chunk in chunks(toks):
            kept, trigger = trim(chunk.toks)
            if kept:
                items.append((kept, self.classify(kept, trigger, chunk.boundary)))
        listed = len(items) > 1 and all(found is not None for _, found in items)
        for kept, found in items:
            if found is None or found[0] not in ("task", "language", "cert", "licence", "soft"):
                continue
            if found[0] == "task" and not listed and _lone_noun(kept):
                continue
            self.add(kept[0].start, kept[-1].end, *found)


def mentions_in_sentence(text: str, sentence: Sentence, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """The mentions of one sentence of ``text`` (offsets into ``text``)."""
    return sorted(_Finder(text, sentence, gazetteer).run(), key=lambda m: m.start)


@lru_cache(maxsize=200_000)
def _sentence_mentions(
    text: str, zone: str, intro: str, gazetteer: Gazetteer | None
) -> tuple[tuple[int, int, str, str], ...]:
    """Mentions of a sentence, offsets relative to it: the same sentence in many offers is read once."""
    found = mentions_in_sentence(text, Sentence(0, len(text), zone, text, intro), gazetteer)
    return tuple((m.start, m.end, m.kind, m.hint) for m in found)


def find_mentions(description: str | None, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Skill mentions of an offer's description, in text order (job sentences only)."""
    text = description or ""
    out: list[Mention] = []
    for s in job_sentences(text):
        for a, b, kind, hint in _sentence_mentions(s.text, s.zone, s.intro, gazetteer):
            out.append(
                Mention(s.start + a, s.start + b, text[s.start + a : s.start + b], kind, s.start, s.end, s.zone, hint)
            )
    return out
