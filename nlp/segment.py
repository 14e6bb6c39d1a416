"""Cut an offer's description into sentences, leaving out the paragraphs that do not describe the job.

A first pass of simple rules, applied in this order (a later issue deepens it):

1. **Lines**: the text is cut at line breaks and at bullets (``-``, ``•``, ``*``, ``✓``, ``1.``, ... at
   the start of a line, or between spaces inside one); bullets are removed.
2. **Sections**: a line that opens with a section title (:data:`SECTION_TITLES`: ``Qui sommes-nous``,
   ``Vos missions``, ``Profil recherché``, ``Avantages``, ``Rémunération``, ...) and is either short or
   followed by ``:`` starts a section that lasts until the next title. The sections *entreprise* and
   *avantages* are left out, their title line included; an *entreprise* section also ends at a line
   addressing the candidate (rule 3's openers).
3. **Presentation before the mission**: when a line opens the mission (a *mission* or *profil* title, or a
   line addressing the candidate: ``Vous …``, ``En tant que …``, ``Rattaché(e) à …``) and one of the
   lines before it presents the company (:data:`COMPANY_CUES`: ``nous sommes``, ``notre société``,
   ``leader``, ``créée en`` ...), every line before it is left out.
4. **Sentences**: kept lines are cut after ``.``, ``!``, ``?`` and ``;``. A sentence is left out when it
   speaks of equal opportunity or disability (:data:`LEGAL_CUES`) or of pay and benefits
   (:data:`BENEFIT_CUES`).

Cues are matched on the normalised text (lower case, no accents, elided articles dropped; see
:mod:`nlp.normalize`), at word boundaries.
"""
from __future__ import annotations

import re

from nlp.normalize import normalize_text

__all__ = ["SECTION_TITLES", "COMPANY_CUES", "LEGAL_CUES", "BENEFIT_CUES", "split_lines", "split_sentences",
           "section_of", "job_sentences"]

_BULLETS = "-•▪●◦*·➢➤✓✔►→–—"
_LEADING_BULLET = re.compile(r"^\s*(?:[" + re.escape(_BULLETS) + r"]+|\d{1,2}[.)](?=\s))\s*")
_INLINE_BULLET = re.compile(r"\s+[" + re.escape(_BULLETS) + r"]+\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=\S)")
_TITLE_MAX_WORDS = 6

# Section -> patterns that open a title line (normalised text).
SECTION_TITLES: dict[str, tuple[str, ...]] = {
    "entreprise": (
        r"qui sommes nous", r"qui est", r"entreprise", r"notre (?:entreprise|societe|groupe|agence|structure)",
        r"la societe", r"le groupe", r"a propos", r"presentation (?:de )?(?:entreprise|la societe|notre|du groupe)",
        r"about us",
    ),
    "mission": (
        r"(?:vos |votre |les |la |principales? )*missions?", r"(?:description|descriptif) (?:du )?poste",
        r"(?:le )?poste", r"vos (?:principales )?(?:activites|taches|responsabilites)",
        r"(?:vos )?attributions", r"(?:vous )?(?:serez|aurez) (?:charge|pour|en charge|amene)",
    ),
    "profil": (
        r"(?:votre |le )?profil", r"(?:vos )?(?:competences|qualites)(?: requises| attendues)?",
        r"savoir etre", r"savoir faire", r"(?:formation|experience)(?: requise| souhaitee)?",
        r"prerequis",
    ),
    "avantages": (
        r"avantages?", r"(?:ce que )?nous (?:vous )?(?:offrons|proposons)", r"pourquoi nous rejoindre",
        r"remuneration", r"salaire", r"les plus", r"conditions(?: de travail)?", r"package",
        r"vous beneficiez", r"vous beneficierez",
    ),
}
DROPPED_SECTIONS = frozenset({"entreprise", "avantages"})
# A line that addresses the candidate opens the mission even without a title.
MISSION_OPENERS = (r"vous", r"en tant que", r"rattache", r"rattachee", r"au sein de .* vous")
COMPANY_CUES = (
    r"nous sommes", r"notre (?:societe|entreprise|groupe|agence|cabinet|structure|enseigne)", r"leader",
    r"specialise", r"specialisee", r"creee? en", r"fondee? en", r"implantee?", r"depuis (?:19|20)\d\d",
    r"collaborateurs", r"chiffre affaires", r"entreprise familiale", r"nous recrutons", r"recrute",
)
LEGAL_CUES = (
    r"handicap\w*", r"egalite des chances", r"diversite", r"rqth", r"discrimination", r"non discrimination",
    r"ouverts? a tous", r"accessibles? a tous", r"boeth",
)
BENEFIT_CUES = (
    r"^remuneration", r"^salaire", r"^avantages?", r"^nous vous offrons", r"^nous offrons",
    r"^vous beneficiez", r"^vous beneficierez", r"tickets? restaurants?", r"mutuelle", r"13e(?:me)? mois",
    r"comite entreprise", r"prime de", r"primes", r"interessement", r"participation aux benefices",
)


def _compile(patterns: tuple[str, ...], anchored: bool) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile((r"^(?:" if anchored else r"(?:^|\b)(?:") + body + r")\b")


_TITLES = {section: _compile(patterns, anchored=True) for section, patterns in SECTION_TITLES.items()}
_OPENERS = _compile(MISSION_OPENERS, anchored=True)
_COMPANY = _compile(COMPANY_CUES, anchored=False)
_LEGAL = _compile(LEGAL_CUES, anchored=False)
_BENEFIT = _compile(BENEFIT_CUES, anchored=False)


def split_lines(text: str) -> list[str]:
    """Non-empty lines of ``text``, cut at bullets, bullets removed."""
    lines: list[str] = []
    for raw in re.split(r"[\r\n]+", text or ""):
        for piece in _INLINE_BULLET.split(raw):
            piece = _LEADING_BULLET.sub("", piece).strip()
            if piece and any(ch.isalnum() for ch in piece):
                lines.append(piece)
    return lines


def split_sentences(line: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(line) if s.strip()]


def section_of(line: str) -> str | None:
    """The section a title line opens, or None when ``line`` is not a title."""
    norm = normalize_text(line)
    head, colon, _ = line.partition(":")
    short = len(norm.split()) <= _TITLE_MAX_WORDS
    for section, pattern in _TITLES.items():
        if pattern.match(norm) and (short or (colon and len(normalize_text(head).split()) <= _TITLE_MAX_WORDS)):
            return section
    return None


def _mission_start(lines: list[str], sections: list[str | None]) -> int | None:
    for i, (line, section) in enumerate(zip(lines, sections)):
        if section in ("mission", "profil") or (section is None and _OPENERS.match(normalize_text(line))):
            return i
    return None


def _kept_lines(lines: list[str]) -> list[str]:
    sections = [section_of(line) for line in lines]
    start = _mission_start(lines, sections)
    if start and any(_COMPANY.search(normalize_text(line)) for line in lines[:start]):
        lines, sections = lines[start:], sections[start:]
    kept: list[str] = []
    current: str | None = None
    for line, section in zip(lines, sections):
        if section is None and current == "entreprise" and _OPENERS.match(normalize_text(line)):
            section = "mission"  # a presentation ends where the text turns to the candidate
        current = section or current
        if current not in DROPPED_SECTIONS:
            kept.append(line)
    return kept


def _is_boilerplate(sentence: str) -> bool:
    norm = normalize_text(sentence)
    return bool(_LEGAL.search(norm) or _BENEFIT.search(norm))


def job_sentences(description: str | None) -> list[str]:
    """The sentences of ``description`` that describe the job (see the module's rules)."""
    return [s for line in _kept_lines(split_lines(description or "")) for s in split_sentences(line)
            if not _is_boilerplate(s)]
