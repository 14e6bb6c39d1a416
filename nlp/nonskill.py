"""Recognise text that is no skill: pay, benefits, contract, schedule, application, company facts, headings,
and the diplomas an offer requires as entry.

:func:`non_skill_kind` reads a mention (or a skill label) and says which of :data:`KINDS` it is, or None
when it may be a skill. What is a skill is the design's rule ("What is a skill", ``DESIGN.md``): job
certificates and habilitations (CACES, habilitation électrique, SST, PRAP, FIMO, HACCP, AFGSU, permis),
languages and tasks are skills; generic personal qualities are savoir-être and are not judged here.

The cues are the vocabulary of French job boards (:mod:`ecarts.nlp.nonskill_cues`), matched on normalised words,
plus a few shapes of the raw text. Three strengths, so that a task that only names such a thing stays a skill:

- **always**: enough on their own, whatever opens the text (a company founded in a year, a CV to send,
  a 13th month);
- **strong**: a benefit, a contract or an amount named outright ("Adhésion au CGOS", "Prise en charge de
  50 % de l'abonnement transports en commun"), unless the text opens with a task verb ("Gérer les tickets
  restaurant" is a payroll task);
- **weak**: words that are pay, benefits, contract, schedule or company only when no task verb nor action
  noun opens the text ("Salaire selon profil", "Astreintes" — but not "Calcul des salaires", "Gestion des
  astreintes").

A text made only of heading words ("Attendues", "Compétences requises", "Vos missions") is ``titre``.

A **fact** stated about the employer, its product, team, clients or the job (:mod:`ecarts.nlp.facts`: "Le
produit évolue par itérations de deux semaines", "Nous développons…") is no skill either. It takes the kind of
what it names (pay, contract, schedule…), else ``entreprise``.
"""

from __future__ import annotations

from functools import lru_cache

from ecarts.text import STOP_WORDS, words
from ecarts.nlp.facts import may_state_a_fact, states_a_fact
from ecarts.nlp.lexicon import TASK_VERBS
from ecarts.nlp.mentions import is_action_noun
from ecarts.nlp.nonskill_cues import (
    APPLY_ALWAYS,
    APPLY_STRONG,
    APPLY_VERBS,
    BENEFIT_STRONG,
    BENEFIT_WEAK,
    COMPANY_ALWAYS,
    COMPANY_WEAK,
    CONTRACT_STRONG,
    CONTRACT_WEAK,
    DIPLOMA_PHRASES,
    DIPLOMA_WORDS,
    EUROS,
    GRANTING_NOUNS,
    HEADING_WORDS,
    NOT_DIPLOMA_AFTER,
    NOT_DIPLOMA_BEFORE,
    PAY_ALWAYS,
    PAY_STRONG,
    PAY_WEAK,
    RAW_AMOUNT,
    RAW_CONTACT,
    RAW_DIPLOMA,
    RAW_PAY_CONTEXT,
    RECOMMENDATION,
    SCHEDULE_STRONG,
    SCHEDULE_WEAK,
    SKILL_HEADS,
    TASK_NOUNS,
    WORKING_VERBS,
)

__all__ = ["KINDS", "non_skill_kind", "HEADING_WORDS"]

KINDS = ("salaire", "avantage", "contrat", "horaires", "candidature", "entreprise", "titre", "diplome")


def _fact_kind(text: str, joined: str) -> str:
    """The kind of a stated fact: pay, benefits, contract or schedule when it names one, else the company."""
    for kind, patterns in (
        ("diplome", (DIPLOMA_PHRASES,)),
        ("salaire", (PAY_STRONG, PAY_WEAK)),
        ("avantage", (BENEFIT_STRONG, BENEFIT_WEAK)),
        ("contrat", (CONTRACT_STRONG, CONTRACT_WEAK)),
        ("horaires", (SCHEDULE_STRONG, SCHEDULE_WEAK)),
    ):
        if any(p.search(joined) for p in patterns):
            return kind
    return "diplome" if _diploma(text, joined) else "entreprise"


_ARTICLES = frozenset("le la les un une des du de au aux a l d".split())


def _head(ws: list[str]) -> str:
    for w in ws:
        if w not in _ARTICLES:
            return w
    return ""


@lru_cache(maxsize=65_536)
def non_skill_kind(text: str) -> str | None:
    """The kind of non-skill ``text`` is (one of :data:`KINDS`), or None when it may be a skill.

    >>> non_skill_kind("Adhésion au CGOS"), non_skill_kind("CACES R489 cat. 3"), non_skill_kind("Attendues")
    ('avantage', None, 'titre')
    """
    if not isinstance(text, str):
        return None
    ws = words(text)
    if not ws:
        return None
    joined = " ".join(ws)
    head = _head(ws)
    content = [w for w in ws if w not in STOP_WORDS]
    # Enough on their own, whatever opens the text.
    if COMPANY_ALWAYS.search(joined):
        return "entreprise"
    if APPLY_ALWAYS.search(joined) or (RAW_CONTACT.search(text) and len(content) <= 8):
        return "candidature"
    if PAY_ALWAYS.search(joined):
        return "salaire"
    if content and all(w in HEADING_WORDS or w in STOP_WORDS for w in ws):
        return "titre"
    # Diplomas named outright ("Certificat d'aptitude professionnelle", "titre professionnel") come before
    # the certificate heads, which would keep them.
    if DIPLOMA_PHRASES.search(joined):
        return "diplome"
    if RAW_DIPLOMA.match(text.lstrip(" -•*(")) and not text.isupper():
        return "diplome"  # "DE d'aide-soignant", "BP Maçon": a task verb may follow
    if may_state_a_fact(ws) and states_a_fact(text):
        return _fact_kind(text, joined)
    if head in SKILL_HEADS or RECOMMENDATION.match(head):
        return None
    if head in TASK_VERBS:
        # A task: only applying or a schedule said with a verb.
        if head in APPLY_VERBS and APPLY_STRONG.search(joined):
            return "candidature"
        if head in WORKING_VERBS and (SCHEDULE_STRONG.search(joined) or SCHEDULE_WEAK.search(joined)):
            return "horaires"
        return None
    if _diploma(text, joined):
        return "diplome"
    task_noun = (is_action_noun(head) or head in TASK_NOUNS) and head not in GRANTING_NOUNS
    if head in APPLY_VERBS or (APPLY_STRONG.search(joined) and not task_noun):
        return "candidature"
    if BENEFIT_STRONG.search(joined):
        return "avantage"
    amount = RAW_AMOUNT.search(text) is not None or EUROS.search(joined) is not None
    if (amount and (not task_noun or RAW_PAY_CONTEXT.search(joined))) or PAY_STRONG.search(joined):
        return "salaire"
    if CONTRACT_STRONG.search(joined):
        return "contrat"
    if SCHEDULE_STRONG.search(joined):
        return "horaires"
    if task_noun:
        return None
    for kind, pattern in (
        ("salaire", PAY_WEAK),
        ("avantage", BENEFIT_WEAK),
        ("contrat", CONTRACT_WEAK),
        ("horaires", SCHEDULE_WEAK),
        ("entreprise", COMPANY_WEAK),
    ):
        if pattern.search(joined):
            return kind
    return None


def _diploma(text: str, joined: str) -> bool:
    """A diploma or an entry level named by its acronym or its level ("CAP", "Bac+2", "niveau 4", "DE")."""
    for match in DIPLOMA_WORDS.finditer(joined):
        after = joined[match.end() : match.end() + 24]
        before = joined[max(0, match.start() - 14) : match.start()]
        if not NOT_DIPLOMA_AFTER.match(after.strip()) and not NOT_DIPLOMA_BEFORE.search(before):
            return True
    # "DE", "BP", "BUT" in capitals are diplomas unless the whole text is written in capitals (a heading).
    return RAW_DIPLOMA.search(text) is not None and not text.isupper()
