"""Cut an offer's description into sentences that keep their offsets, each in a zone.

Zones: ``mission`` and ``profil`` (what the job is and asks), ``autre`` (untitled text that describes the
job), and the boilerplate zones ``entreprise`` (presentation of the employer or of the agency's client),
``avantages`` (pay and benefits), ``conditions`` (contract, hours, place, start) and ``legal`` (equal
opportunity, disability, data protection). Only :data:`SKILL_ZONES` yield skills.

Rules, in this order:

1. **Pieces**: the text is cut at line breaks and at bullets (``-``, ``•``, ``✓``, emoji, ``1)``, ``o`` at
   the start of a line, or ``•`` / `` - `` / ``→`` between spaces inside one); bullets are not part of the
   sentences. Offsets always point into the original description.
2. **Titles**: a piece that opens with a section title (:data:`SECTION_TITLES`) and is short, or whose
   title ends at a colon, starts that zone; what follows the colon stays in the piece.
3. **Sentences**: pieces are cut after ``.``, ``!``, ``?`` (not after an abbreviation such as ``cat.``),
   after ``;`` and after ``:`` (what a colon introduces is read on its own; the words before it are the
   sentence's ``intro``: "Compétences : hydraulique, …").
4. **Sentence cues**: in a job zone, a sentence about equal opportunity or disability is ``legal``; one
   that opens on pay or benefits, names an amount, or names two benefits is ``avantages``; one that opens
   on the contract or hours is ``conditions``. Before the text has said anything of the job, a sentence
   that presents an organisation (:data:`COMPANY_CUES`, or opens with an organisation's name or kind and
   says what it does or that it recruits) is ``entreprise`` — unless it addresses the candidate (``vous``,
   ``tu``); anywhere in the text, so is the company speaking of itself ("nous inscrivons nos projets dans
   une démarche HQE", "notre laboratoire assure …", but not "nous recherchons un électricien capable de …").
5. An ``entreprise`` section ends at a sentence that addresses the candidate.

Cues are matched on the normalised text (:func:`ecarts.text.normalize_text`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ecarts.text import fold_text, normalize_text

__all__ = [
    "Sentence",
    "SKILL_ZONES",
    "SECTION_TITLES",
    "COMPANY_CUES",
    "sentences",
    "job_sentences",
    "section_of",
    "pieces",
]

SKILL_ZONES = frozenset({"mission", "profil", "autre"})


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    zone: str
    text: str
    intro: str = ""  # normalised words before the colon that opens this sentence, if any


_LEADING = re.compile(r"^(?:[^\w(«\"'’]+|\d{1,2}\s*[.)/]\s+|[oO]\s+(?=[A-ZÀ-Ý]))+")
_INLINE_BULLET = re.compile(r"\s+(?:[•▪●◦➢➤►→✅✔✓👉➡]\S*|-(?=\s))\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+(?=\S)")
_ABBREVIATIONS = frozenset(
    "cat etc ex env min max mr mme m st ste n no tel cf p av bd ref hab elec dept sem h j qq vs approx".split()
)
_TITLE_MAX_WORDS = 6

SECTION_TITLES: dict[str, tuple[str, ...]] = {
    "entreprise": (
        r"qui sommes nous",
        r"qui est",
        r"(?:l )?entreprise",
        r"notre (?:entreprise|societe|groupe|agence|structure|"
        r"histoire|client|maison)",
        r"la societe",
        r"le groupe",
        r"a propos",
        r"presentation",
        r"about us",
        r"nous connaitre",
        r"l employeur",
    ),
    "mission": (
        r"(?:vos |votre |les |la |principales? |ta |tes |ton )*missions?(?: principales?)?",
        r"(?:description|descriptif) (?:du |de )?(?:poste|offre)",
        r"(?:le )?poste",
        r"le job",
        r"ton job",
        r"vos (?:principales )?(?:activites|taches|responsabilites)",
        r"(?:vos )?attributions",
        r"ton quotidien",
        r"au quotidien",
        r"votre role",
        r"ton role",
        r"vos taches",
        r"ce que vous ferez",
        r"vous (?:serez|aurez)",
    ),
    "profil": (
        r"(?:votre |le |ton )?profil(?: recherche| souhaite| attendu)?",
        r"(?:vos |tes )?(?:competences|qualites)"
        r"(?: requises| attendues| recherchees| techniques)?",
        r"savoir etre",
        r"savoir faire",
        r"(?:formation|experience)(?: requise| souhaitee)?",
        r"prerequis",
        r"ce que nous recherchons",
        r"ce que nous attendons",
        r"les plus du poste",
    ),
    "avantages": (
        r"avantages?",
        r"(?:ce que )?nous (?:vous )?(?:offrons|proposons)",
        r"ce (?:qu )?on (?:t |vous )?offre",
        r"pourquoi nous rejoindre",
        r"remuneration",
        r"salaire",
        r"les plus",
        r"nos atouts",
        r"package",
        r"vous beneficiez",
        r"vous beneficierez",
    ),
    "conditions": (
        r"conditions(?: de travail)?",
        r"informations? complementaires?",
        r"(?:type de )?contrat",
        r"horaires?",
        r"lieu(?: de travail)?",
        r"date de debut",
        r"demarrage",
        r"modalites",
        r"processus de recrutement",
    ),
}
MISSION_OPENERS = (
    r"vous",
    r"tu",
    r"en tant que",
    r"rattache",
    r"rattachee",
    r"au sein de .* vous",
    r"sous la responsabilite",
    r"votre role",
    r"ton role",
)
COMPANY_CUES = (
    r"nous sommes",
    r"(?:notre|nos) (?:societe|entreprise|groupe|agence|cabinet|structure|enseigne|client|usine|"
    r"association|etablissement|plateforme|reseau|maison|marque|histoire|collections|valeurs|ambition|"
    r"collaborateurs|salaries|equipes|clients|adherents|magasins|agences)",
    r"(?:cree|creee|fonde|fondee|installe|installee|implante|implantee|present|presente|basee?)s? (?:en|a|depuis|dans)",
    r"depuis (?:19|20)\d\d",
    r"depuis (?:plus de )?\d+ ans",
    r"depuis \w+ generations?",
    r"leader",
    r"specialis(?:e|ee|es|ees|te|tes)",
    r"acteur",
    r"chiffre (?:d )?affaires",
    r"\d+ ?m€",
    r"millions?",
    r"\d[\d ]* (?:salaries|collaborateurs|personnes|lits|couverts|magasins|boutiques|agences|etablissements|"
    r"vehicules|cartes grises|techniciens|residents|patients|repas|places|chambres|adherents|utilisateurs|"
    r"clients|foyers|interventions|colis|familles|professionnels|cabinets|entreprises|pays|presses|sites)",
    r"(?:pour|de) (?:son|l un de ses|ses|un de ses) clients?",
    r"notre client",
    r"nous (?:fabriquons|concevons|accompagnons|intervenons|realisons|installons|distribuons|editons|operons|"
    r"exploitons|transformons|protegeons|habillons|servons|accueillons|gerons)",
    r"(?:est|sont) (?:un|une|le|la|des|l) (?:\w+ ){0,3}(?:entreprise|societe|groupe|acteur|association|etablissement|"
    r"cabinet|reseau|prestataire|fabricant|distributeur|editeur|specialiste|marque|enseigne|hebergeur|"
    r"transporteur|cooperative|pme|tpe|leader|referent|reference|centre|structure|service)",
)
_ORG_START = re.compile(
    r"^(?:le |la |l |les |notre |nos |votre )?(?:entreprise|societe|pme|tpe|groupe|atelier|magasin|boutique|"
    r"brasserie|restaurant|hotel|cabinet|association|entrepot|plateforme|site|usine|domaine|bar|camping|"
    r"artisan|enseigne|laboratoire|clinique|ehpad|residence|centre|ssiad|ccas|agence|maison|petite equipe|"
    r"etablissement|hebergeur|transporteur|cooperative|negoce|distributeur|fabricant|editeur|service|"
    r"commune|collectivite|mairie|hopital|chu|ch|coopérative)\b"
)
_ORG_SAYS = re.compile(
    r"\b(?:recrute|recrutons|recherche|recherchons|cherche|renforce|propose|specialise\w*|"
    r"concoit|fabrique|livre|compte|emploie|accompagne|intervient|stocke|expedie|distribue|"
    r"realise|installe|exploite|gere|produit|edite|developpe|commercialise|transporte|regroupe|"
    r"accueille|dispose|possede|sert|vend|usine|soude|construit|transforme|fournit|opere|"
    r"imagine|cree|entretient)\b"
)
_ORG_SAYS_OR_SIZE = re.compile(_ORG_SAYS.pattern[:-3] + r"|\d+)\b")
_ORG_NOUNS = (
    r"entreprise|societe|bureau d etudes|prestataire|grossiste|fabricant|distributeur|cabinet|atelier|"
    r"groupe|pme|tpe|association|ehpad|clinique|hopital|centre|laboratoire|negoce|enseigne|agence|"
    r"transporteur|constructeur|editeur|esn|start up|startup|cooperative|chantier naval|etablissement|"
    r"residence|plateforme|entrepot|entrepots|usine|industriel|specialiste|acteur|leader|reseau|"
    r"artisan|commerce|marque|filiale|structure|service de soins|maison de retraite"
)
# "Bâti Études Périgord, bureau d'études de Dordogne, conçoit …": a name, then an apposition naming an
# organisation.
_NAMED_APPOSITION = re.compile(r"^[^,]{2,60},\s*(?:[\w-]+\s+){0,4}?(?:" + _ORG_NOUNS + r")\b")
_NAME_WORD = re.compile(r"^[A-ZÉÈÀÂÎÔ][\w’'-]*$")
_NAMED_ORG = re.compile(
    r"^[A-Z][A-Z0-9'’&.\- ]{2,}(?:\s*\([^)]*\))?\s(?:est|édite|edite|fabrique|conçoit|distribue|"
    r"accompagne|"
    r"intervient|exploite|opère|opere|propose|recrute|recherche|compte|emploie)\b"
)
_ADDRESSES_CANDIDATE = re.compile(r"\b(?:vous|tu)\b")
LEGAL_CUES = (
    r"handicap\w*",
    r"rqth",
    r"diversite",
    r"egalite (?:des chances|professionnelle)",
    r"discrimination",
    r"ouverts? a (?:tous|toutes)",
    r"handi ?accueillante?",
    r"a competences egales",
    r"donnees personnelles",
    r"toutes les candidatures",
    r"inclusion",
    r"boeth",
)
BENEFIT_OPENERS = (
    r"salaire",
    r"remuneration",
    r"avantages?",
    r"primes?",
    r"mutuelle",
    r"tickets?",
    r"13e",
    r"treizieme",
    r"interessement",
    r"participation aux (?:benefices|resultats)",
    r"cse",
    r"comite",
    r"rtt",
    r"teletravail",
    r"vehicule de service",
    r"logement",
    r"loge",
    r"nourri",
    r"pourboires?",
    r"remises?",
    r"reduction",
    r"package",
    r"indemnites",
    r"paniers?",
    r"taux horaire",
    r"cheques?",
    r"nous (?:vous )?(?:offrons|proposons)",
    r"vous beneficiez",
    r"vous beneficierez",
    r"ce qu on",
    r"planning connu",
    r"acompte",
    r"frais de",
)
BENEFIT_CUES = (
    r"mutuelle",
    r"tickets? restaurants?",
    r"13e mois",
    r"interessement",
    r"participation",
    r"cse",
    r"comite (?:d )?entreprise",
    r"rtt",
    r"teletravail",
    r"primes?",
    r"cheques? vacances",
    r"remises?",
    r"reduction",
    r"vehicule de service",
    r"telephone (?:professionnel|portable)",
    r"indemnites",
    r"paniers?",
    r"pourboires",
    r"restaurant d entreprise",
    r"self",
    r"creche",
    r"formations? (?:regulieres|certifiantes|"
    r"constructeurs|offertes)",
    r"plan de formation",
    r"evolution",
    r"outillage fournis?",
    r"tenue",
    r"conge\w*",
    r"anciennete",
)
CONDITION_OPENERS = (
    r"poste",
    r"contrats?",
    r"cdi",
    r"cdd",
    r"mission de",
    r"mission longue",
    r"horaires?",
    r"temps (?:plein|partiel)",
    r"rythme",
    r"demarrage",
    r"prise de poste",
    r"debut",
    r"date",
    r"du lundi",
    r"travail (?:en \dx\d|le|de nuit|en equipe de)",
    r"poste a pourvoir",
    r"lieu",
    r"localisation",
    r"duree",
    r"periode",
    r"\d+ ?h\b",
    r"\d+ ?heures",
    r"\dx\d",
    r"nuits? de",
    r"depart le",
    r"retour",
    r"fermeture",
    r"ferme le",
    r"du \d+ \w+ au",
    r"service coupe",
    r"disponibilite (?:le|les|pendant)",
    r"contrats? d extra",
)
CONDITION_CUES = (
    r"cdi",
    r"cdd",
    r"temps (?:plein|partiel)",
    r"\d+ ?h (?:par semaine|hebdomadaires?)",
    r"a pourvoir",
    r"\dx\d",
    r"horaires? (?:de journee|decales|postes)",
    r"\d+ ?h ?\d* ?\d+ ?h",
    r"week ends? sur",
)


def _compile(patterns: tuple[str, ...], anchored: bool) -> re.Pattern[str]:
    body = "|".join(f"(?:{p})" for p in patterns)
    return re.compile((r"^(?:" if anchored else r"(?:^|\b)(?:") + body + r")\b")


_TITLES = {section: _compile(patterns, anchored=True) for section, patterns in SECTION_TITLES.items()}
_OPENERS = _compile(MISSION_OPENERS, anchored=True)
_COMPANY = _compile(COMPANY_CUES, anchored=False)
_LEGAL = _compile(LEGAL_CUES, anchored=False)
_BENEFIT_OPEN = _compile(BENEFIT_OPENERS, anchored=True)
_BENEFIT = re.compile(r"\b(?:" + "|".join(BENEFIT_CUES) + r")\b")
_CONDITION_OPEN = _compile(CONDITION_OPENERS, anchored=True)
_CONDITION = _compile(CONDITION_CUES, anchored=False)
_MONEY = re.compile(r"\d\s?(?:k?€|k?eur\b|euros?\b)|\bbrut\b|\bsmic\b", re.IGNORECASE)


def _may_be_money(raw: str) -> bool:
    lower = raw.lower()
    return "€" in lower or "eur" in lower or "brut" in lower or "smic" in lower


def pieces(text: str) -> list[tuple[int, int]]:
    """[start, end) of each line piece, cut at bullets, bullets and surrounding blanks left out."""
    out: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\r\n]+", text):
        base = line.start()
        raw = line.group()
        cuts = [0]
        for bullet in _INLINE_BULLET.finditer(raw):
            cuts.extend((bullet.start(), bullet.end()))
        cuts.append(len(raw))
        for k in range(0, len(cuts), 2):
            a, b = cuts[k], cuts[k + 1]
            piece = raw[a:b]
            lead = _LEADING.match(piece)
            if lead:
                a += lead.end()
            while b > a and raw[b - 1].isspace():
                b -= 1
            if b > a and any(ch.isalnum() for ch in raw[a:b]):
                out.append((base + a, base + b))
    return out


def section_of(line: str) -> str | None:
    """The section a title line opens, or None when ``line`` is not a title."""
    return _title(line)[0]


# First words of the titles above: a line opening with another word is no title (a cheap first test).
_TITLE_FIRST = frozenset(
    """
qui l entreprise notre la le a presentation about nous vos votre les principales principale ta tes ton
missions mission description descriptif poste job au ce vous profil competences competence qualites
qualite savoir formation experience prerequis avantages avantage pourquoi remuneration salaire nos
package conditions condition informations information type contrat horaires horaire lieu date demarrage
modalites processus attributions
""".split()
)
_FIRST_WORD = re.compile(r"\w+")


def _title(line: str) -> tuple[str | None, int]:
    """(section, offset where the content after the title starts) — (None, 0) when not a title."""
    head, colon, _ = line.partition(":")
    if not colon and line.count(" ") >= 2 * _TITLE_MAX_WORDS:
        return None, 0  # a long line without a colon is no title (checked before any normalisation)
    first = _FIRST_WORD.search(line)
    if first is None or fold_text(first.group()) not in _TITLE_FIRST:
        return None, 0
    norm = normalize_text(line)
    short = len(norm.split()) <= _TITLE_MAX_WORDS
    head_words = len(normalize_text(head).split()) if colon else 99
    for section, pattern in _TITLES.items():
        if pattern.match(norm) and (short or head_words <= _TITLE_MAX_WORDS):
            if colon and head_words <= _TITLE_MAX_WORDS:
                return section, len(head) + 1
            return section, len(line)
    return None, 0


_ENDS_RE = re.compile(r"[.!?;:]")


def _split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of a piece; a colon ends one too (what follows it is read on its own)."""
    if not _ENDS_RE.search(text, start, end - 1):
        return [(start, end)]
    out: list[tuple[int, int]] = []
    cursor = start
    for match in _SENTENCE_END.finditer(text, start, end):
        before = text[cursor : match.start()]
        if before.endswith(":") and re.search(r"\d:$", before):
            continue
        if before.endswith(".") and not before.endswith(".."):
            last = re.findall(r"[\w']+(?=\.$)", before)
            if last and (last[-1].lower() in _ABBREVIATIONS or len(last[-1]) == 1):
                continue
            if text[match.end() : match.end() + 1].islower() or text[match.end() : match.end() + 1].isdigit():
                continue
        out.append((cursor, match.start()))
        cursor = match.end()
    out.append((cursor, end))
    return [(a, b) for a, b in out if any(ch.isalnum() for ch in text[a:b])]


# The company speaking of itself, wherever it does: "Certifiés ISO 9001, nous inscrivons chacun de nos projets
# …", "Notre laboratoire assure …" (but not "Nous recherchons un électricien capable de …").
_WE = re.compile(
    r"(?:^|[,;:]\s*)(?:nous\s+(?!recherch|recrut|cherch|vous\b|proposons\b|offrons\b)\w+"
    r"|(?:notre|nos)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?!est\b|sont\b)\w+(?:e|ent|it|ons)\b)",
    re.IGNORECASE,
)


def company_speaks(raw: str, norm: str) -> bool:
    """Whether a sentence is the company speaking of itself (and not to the candidate)."""
    if " nous " not in f" {norm} " and " notre " not in f" {norm} " and " nos " not in f" {norm} ":
        return False
    return not _ADDRESSES_CANDIDATE.search(norm) and bool(_WE.search(raw))


def _company_sentence(raw: str, norm: str) -> bool:
    if _ADDRESSES_CANDIDATE.search(norm):
        return False
    if _COMPANY.search(norm) or _NAMED_ORG.match(raw):
        return True
    if not raw[:1].isupper() or not _ORG_SAYS.search(norm):
        return bool(_ORG_START.match(norm) and _ORG_SAYS_OR_SIZE.search(norm))
    flat = fold_text(raw).replace("'", " ")
    if _NAMED_APPOSITION.match(flat):
        return True
    # A name of two capitalised words or more as subject: "Mécano-Soudure de l'Adour usine et soude …".
    head = [w for w in raw.split()[:5] if w.lower() not in ("de", "du", "des", "la", "le", "les", "et", "&")]
    names = 0
    for w in head:
        if not _NAME_WORD.match(w.split("'")[-1].split("’")[-1]):
            break
        names += 1
    if names >= 2:
        return True
    return bool(_ORG_START.match(norm) and _ORG_SAYS.search(norm))


@lru_cache(maxsize=65_536)
def _cue_zone(norm: str) -> str | None:
    if _LEGAL.search(norm):
        return "legal"
    if _BENEFIT_OPEN.match(norm):
        return "avantages"
    if _CONDITION_OPEN.match(norm) and not _ADDRESSES_CANDIDATE.match(norm):
        return "conditions"
    if len({m.group() for m in _BENEFIT.finditer(norm)}) >= 2:
        return "avantages"
    if _CONDITION.search(norm) and not _ADDRESSES_CANDIDATE.search(norm):
        return "conditions"
    return None


def sentences(description: str | None) -> list[Sentence]:
    """Every sentence of ``description`` with its offsets and zone (see the module's rules)."""
    text = description or ""
    out: list[Sentence] = []
    zone: str | None = None
    job_seen = False
    for start, end in pieces(text):
        section, skip = _title(text[start:end])
        intro = normalize_text(text[start : start + skip]) if section is not None and skip < end - start else ""
        if section is not None:
            zone = section
            if section in ("mission", "profil"):
                job_seen = True
            start += skip
            while start < end and text[start].isspace():
                start += 1
            if start >= end:
                continue
        for a, b in _split_sentences(text, start, end):
            raw = text[a:b]
            norm = normalize_text(raw)
            sentence_intro, intro = intro, (norm if raw.endswith(":") else "")
            current = zone or "autre"
            if current == "entreprise" and _OPENERS.match(norm):
                zone = current = "mission"
                job_seen = True
            if current in SKILL_ZONES:
                cue = _cue_zone(norm)
                if cue is None and _may_be_money(raw) and _MONEY.search(raw):
                    cue = "avantages"
                if cue is None and ((not job_seen and _company_sentence(raw, norm)) or company_speaks(raw, norm)):
                    cue = "entreprise"
                if cue is not None:
                    current = cue
                else:
                    job_seen = True
            out.append(Sentence(a, b, current, raw, sentence_intro))
    return out


def job_sentences(description: str | None) -> list[Sentence]:
    """The sentences that describe the job: zones :data:`SKILL_ZONES`."""
    return [s for s in sentences(description) if s.zone in SKILL_ZONES]
