"""Decoding the formatted text of RNCP fiches into one statement per competence.

The texts of the XML export (``LISTE_COMPETENCES``, ``ACTIVITES_VISEES``, ``CAPACITES_ATTESTEES``…) hold
HTML entities (sometimes escaped twice: ``&amp;lt;p&amp;gt;``), markup (``<p>``, ``<br>``, ``<ul><li>``)
or plain line breaks, and bullets written by hand (``- ``, ``•``, ``*``, ``1.``, ``1)``). Their exact
shape varies from one certifier to another, so the rules below are deliberately tolerant:

1. entities are decoded until stable, block tags become line breaks, other tags are dropped;
2. each line, list item and bullet is a candidate statement; inline bullets (``A - B - C``, ``• A • B``,
   ``1. A 2. B``) are split when they clearly form a list;
3. a paragraph of several sentences (or ``;``-separated parts) that each start with an infinitive verb
   (``Analyser…. Concevoir…. Réaliser….``) is split into one statement per sentence;
4. headers that end with a colon (``Compétences :``, ``Le candidat est capable de :``) are dropped;
   a header followed by its items on the same line keeps only the items.
"""

from __future__ import annotations

import html
import re

from ecarts.text import ascii_key

__all__ = ["clean_text", "split_statements", "starts_with_infinitive"]

_BLOCK_TAG = re.compile(
    r"<\s*/?\s*(?:p|div|br|ul|ol|h[1-6]|tr|table|tbody|thead|blockquote|dl|dt|dd|section|article)\b[^<>]*>",
    re.IGNORECASE,
)
_LI_OPEN = re.compile(r"<\s*li\b[^<>]*>", re.IGNORECASE)
_LI_CLOSE = re.compile(r"<\s*/\s*li\s*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?\s*>")
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_BULLET = r"[-–—•●▪◦·‣∙*]"
_LEADING_MARK = re.compile(
    rf"^(?:{_BULLET}+\s*|\d{{1,2}}\s?[.)°]\s+|[a-z]\)\s+"
    r"|(?:C|Comp[ée]tences?\s*)\d+(?:\.\d+)*\s*[-–:.)]\s+)"
)
_STRONG_BULLETS = re.compile(r"\s*(?:[•●▪◦‣∙]|(?<=\s)\*(?=\s))\s*")
_DASH_BULLETS = re.compile(r"\s+[-–—]\s+")
_NUMBERED = re.compile(r"(?:^|(?<=\s))(\d{1,2})[.)]\s+(?=\S)")
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+(?=\S)")
_TRAILING = re.compile(r"[\s;,]+$")

_HEADERS = {
    "competences",
    "competences attestees",
    "capacites attestees",
    "activites visees",
    "activites",
    "le candidat est capable de",
    "le titulaire est capable de",
    "savoir faire",
    "savoirs",
    "savoir etre",
    "competences visees",
    "liste des competences",
    "les competences",
    "objectifs",
}
# Nouns and adjectives that look like infinitives and often start a line of a fiche.
_NOT_VERBS = set(
    """notre votre leur leurs pour sur sous entre contre autre autres outre selon chaque premier premiere
    dernier derniere tout hier ordre desordre cadre cadres poudre cylindre cendre gendre esclandre
    maitre maitres contremaitre traitre reservoir abreuvoir couloir air soir espoir desir plaisir loisir
    avenir cuir tir soupir saphir elixir emir metier metiers chantier chantiers dossier dossiers fichier
    fichiers atelier ateliers calendrier cahier papier quartier particulier particuliers entier entiere
    foyer loyer clavier panier acier courrier mer fer hiver super laser cancer poster cluster manager
    leader designer docker power usager usagers passager passagers boulanger boucher escalier
    plancher levier palier pilier mobilier immobilier financier policier glacier cuisinier jardinier
    infirmier infirmiere ouvrier ouvriere conseiller conseillere charpentier menuisier plombier
    serrurier hospitalier hospitaliere hotelier hoteliere regulier reguliere familier leger legere
    etranger etrangere danger dangers""".split()
)
# Infinitive endings other than -er / -ir: -re and -oir verbs are few; their nouns (titre, chapitre,
# histoire, secrétaire, comptoir…) are many, so these endings are listed rather than guessed.
_RE_VERB_ENDINGS = (
    "faire",
    "ndre",
    "rdre",
    "oudre",
    "uire",
    "crire",
    "dire",
    "lire",
    "rire",
    "ffire",
    "mettre",
    "battre",
    "aitre",
    "oitre",
    "ompre",
    "aincre",
    "clure",
    "suivre",
    "vivre",
    "croire",
    "boire",
    "voir",
    "cevoir",
    "mouvoir",
    "seoir",
)
_RE_VERBS = {
    "etre",
    "plaire",
    "deplaire",
    "taire",
    "extraire",
    "soustraire",
    "distraire",
    "traire",
    "valoir",
    "vouloir",
    "falloir",
    "prevaloir",
    "equivaloir",
}


def _unescape(text: str) -> str:
    for _ in range(5):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


def _lines(raw: str | None) -> list[str]:
    """Decoded, tag-free lines; list items start with ``- ``."""
    if not raw:
        return []
    text = _unescape(raw).replace("\r\n", "\n").replace("\r", "\n")
    text = _LI_OPEN.sub("\n- ", text)
    text = _LI_CLOSE.sub("\n", text)
    text = _BLOCK_TAG.sub("\n", text)
    text = _ANY_TAG.sub("", text)
    text = _unescape(text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return [line for line in lines if line and re.search(r"\w", line)]


def clean_text(raw: str | None) -> str:
    """Readable text of a formatted RNCP field: entities decoded, tags removed, one line per paragraph,
    line break or list item (list items start with ``- ``), whitespace normalised; ``""`` when empty."""
    return "\n".join(_lines(raw))


def starts_with_infinitive(text: str) -> bool:
    """Whether ``text`` starts with a French infinitive verb (``Analyser``, ``S'assurer``, ``Se former``)."""
    text = _LEADING_MARK.sub("", text.strip()).lstrip("«\"'“ ")
    match = re.match(r"(?:(?:s|se)(?:['’]\s*|\s+))?([^\W\d_]+)", text, re.IGNORECASE)
    if not match:
        return False
    word = ascii_key(match.group(1))
    if len(word) < 3 or word in _NOT_VERBS:
        return False
    if word.endswith("re") or word.endswith("oir"):
        return word in _RE_VERBS or word.endswith(_RE_VERB_ENDINGS)
    return word.endswith(("er", "ir"))


def _split_dashes(line: str) -> list[str]:
    """``- A - B``, ``Header : - A - B`` or ``A - B - C`` (items capitalised or infinitive) → items."""
    parts = _DASH_BULLETS.split(line)
    if len(parts) < 2:
        return [line]
    list_like = all(part[:1].isupper() or starts_with_infinitive(part) for part in parts[1:])
    opens_list = bool(re.match(r"^[-–—]\s", line)) or parts[0].rstrip().endswith(":")
    if list_like and (len(parts) >= 3 or opens_list):
        return parts
    return [line]


def _split_numbered(line: str) -> list[str]:
    matches = list(_NUMBERED.finditer(line))
    numbers = [int(m.group(1)) for m in matches]
    if len(matches) < 2 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return [line]
    cuts = [m.start() for m in matches]
    pieces = [line[: cuts[0]]] + [line[a:b] for a, b in zip(cuts, cuts[1:] + [len(line)])]
    return [piece for piece in pieces if piece.strip()]


def _split_inline_bullets(line: str) -> list[str]:
    pieces = [p for p in _STRONG_BULLETS.split(line) if p.strip()]
    out: list[str] = []
    for piece in pieces:
        for part in _split_dashes(piece.strip()):
            out.extend(_split_numbered(part.strip()))
    return [p.strip() for p in out if p.strip()]


def _is_header(text: str) -> bool:
    if text.endswith(":"):
        return True
    folded = ascii_key(text)
    return folded in _HEADERS or bool(re.fullmatch(r"bloc( de competences?)?( n)?\s*\d*", folded))


def _drop_header_prefix(text: str) -> str:
    """``Le candidat est capable de : analyser…`` → ``analyser…``."""
    head, sep, rest = text.partition(":")
    if not sep or not rest.strip():
        return text
    if starts_with_infinitive(head) or len(head.split()) > 15:
        return text
    rest = rest.strip()
    if starts_with_infinitive(rest) or re.match(rf"^{_BULLET}\s", rest):
        return rest
    return text


def _split_sentences(text: str) -> list[str]:
    parts = _SENTENCE_END.split(text)
    if len(parts) < 2 or sum(starts_with_infinitive(p) for p in parts) < 2:
        return [text]
    grouped: list[str] = []
    for part in parts:
        if grouped and not starts_with_infinitive(part):
            grouped[-1] = f"{grouped[-1]} {part}"
        else:
            grouped.append(part)
    return grouped


def _finish(text: str) -> str:
    text = _strip_mark(text)
    text = _TRAILING.sub("", text)
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1].rstrip()
    if text[:1].islower():
        text = text[0].upper() + text[1:]
    return text


def _strip_mark(text: str) -> str:
    return _LEADING_MARK.sub("", text.strip()).strip()


def split_statements(raw: str | None) -> list[str]:
    """One statement per competence, in order, without duplicates (see the module's rules)."""
    statements: list[str] = []
    seen: set[str] = set()
    for line in _lines(raw):
        for piece in _split_inline_bullets(line):
            piece = _strip_mark(piece)
            if not piece or _is_header(piece):
                continue
            body = _drop_header_prefix(piece)
            for part in _split_inline_bullets(body) if body != piece else [body]:
                for sentence in _split_sentences(_strip_mark(part)):
                    statement = _finish(sentence)
                    if len(statement) < 3 or _is_header(statement) or not re.search(r"[^\W\d_]", statement):
                        continue
                    if statement not in seen:
                        seen.add(statement)
                        statements.append(statement)
    return statements
