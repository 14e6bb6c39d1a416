"""Whether a text states a fact about the employer, its product, team, clients or the job: no skill either.

A fact is a clause whose subject is on the employer's side, with a verb conjugated in the third person ("Le
produit évolue par itérations de deux semaines", "L'équipe compte 12 personnes", "Nos clients sont des
industriels"), or the employer speaking ("Nous développons…"). Skills are said with an infinitive, a noun, or to
the candidate ("Vous maîtrisez Python"); what the job asks ("Le poste nécessite…") and a clause the candidate
acts in ("… que vous appliquerez") are left to the other rules of :func:`ecarts.nlp.nonskill.non_skill_kind`,
which gives a fact the kind of what it names.

The words are read both raw (the participle "évolué" is not "évolue") and normalised
(:func:`ecarts.text.normalize_word`); the verbs and their forms come from :mod:`ecarts.nlp.lexicon`.
"""

from __future__ import annotations

import re

from ecarts.text import normalize_word
from ecarts.nlp.lexicon import NON_TASK_VERBS, TASK_VERBS, verb_forms
from ecarts.nlp.mentions import is_action_noun

__all__ = ["may_state_a_fact", "states_a_fact"]

# A clause with a finite verb whose subject is on the employer's side ("Le produit évolue par itérations de deux
# semaines", "L'équipe compte 12 personnes", "Nos clients sont des industriels") states how things are, not
# what a trainee learns. Skills are said with an infinitive ("Analyser les besoins"), a noun ("Maîtrise de
# Python") or to the candidate ("Vous maîtrisez Python"); a task said of the job holder in the third person
# ("Le technicien réalise…") has a subject that is not listed here.
_FACT_SUBJECTS = frozenset(
    """
entreprise societe groupe structure association cabinet agence enseigne filiale maison etablissement organisme
boite startup entite marque usine siege magasin boutique restaurant hotel residence clinique collectivite
produit solution offre gamme catalogue activite projet
equipe team service departement pole direction effectif personnel collaborateur salarie staff collegue manager
client clientele partenaire patient resident beneficiaire usager public
poste mission fonction emploi contrat remuneration salaire horaire planning lieu locaux bureau environnement
cadre ambiance condition
livraison iteration sprint release cycle rythme organisation fonctionnement journee semaine travail chantier
""".split()
)
_PLURAL_DETERMINERS = frozenset("les nos vos ces ses leurs des".split())
_DETERMINERS = frozenset("le la les l un une notre nos votre vos ce cet cette ces son sa ses leur leurs".split())
# Finite forms of being, having and a few verbs of state, which the task verbs' forms do not hold.
_FINITE_FORMS = frozenset(
    """
est sont sera seront etait etaient fut furent ont avait avaient aura auront va vont peut peuvent doit doivent
veut veulent vient viennent devient deviennent appartient appartiennent connait connaissent croit croissent
offre offrent part partent sort sortent
""".split()
)
# Verbs of state and of an employer's activity that the lexicon's verbs (task verbs and the others) lack.
_STATE_VERBS = frozenset(
    "appuyer baser commercialiser distribuer engager exporter fonctionner regrouper situer specialiser trouver".split()
)
# A clause about the job that says what it asks or holds is a requirement or a task, not a fact.
_CONTENT_VERBS = frozenset(
    """
necessite necessitent requiert requierent exige exigent demande demandent implique impliquent consiste consistent
comprend comprennent comporte comportent inclut incluent englobe englobent
""".split()
)
_REQUIRED = frozenset(
    """
indispensable indispensables exige exigee exiges exigees obligatoire obligatoires apprecie appreciee apprecies
appreciees souhaite souhaitee souhaites souhaitees requis requise requises necessaire necessaires souhaitable
bienvenu bienvenue imperatif imperative atout plus
""".split()
)
# After these a word is a noun ("travail en équipe", "réseau de base"), not a verb.
_NOT_BEFORE_VERB = frozenset("a au aux de des du d en par pour sur dans avec sans sous vers chez entre".split())
# A subject ends before these: a verb after them is not its verb ("travail bien fait" is no clause).
_NOT_IN_SUBJECT = frozenset("et ou qui que dont bien mal tres trop deja toujours souvent".split())
_FIRST_PLURAL = frozenset("nous sommes avons faisons offrons mettons prenons tenons voulons pouvons devons".split())
_TOKEN = re.compile(r"[^\W_]+|[^\w\s'’]")


def _conjugated(infinitive: str, endings: tuple[str, ...]) -> set[str]:
    stem = infinitive[:-2]
    if infinitive.endswith("er"):
        return {stem + e for e in endings}
    return {f for f in verb_forms(infinitive) if f.endswith(("t", "nt")) and f != infinitive}


_VERBS = frozenset(TASK_VERBS.values()) | frozenset(NON_TASK_VERBS) | _STATE_VERBS
_THIRD = frozenset(f for v in _VERBS for f in _conjugated(v, ("e", "ent", "era", "eront", "ait", "aient")))
_THIRD_PLURAL = frozenset(f for f in _THIRD if f.endswith("nt")) | frozenset("sont ont vont font peuvent".split())
_FIRST_PLURAL_ER = frozenset(v[:-2] + ("eons" if v.endswith("ger") else "ons") for v in _VERBS if v.endswith("er"))


def _finite(raw: str, norm: str, nxt: str, determined: bool) -> bool:
    """A verb conjugated in the third person; "évolué" (a participle) is not "évolue".

    After a bare subject, a form that may be a noun ("Projet pilote", "Service contrôle qualité") is a verb
    only when what follows opens a complement ("Produit évolue par itérations", "Équipe compte 12 personnes").
    """
    if norm in _FINITE_FORMS or norm in ("se", "s", "ne", "n"):
        return True
    if raw == "a":  # "à" keeps its accent in the raw text
        return nxt not in ("", "la", "le", "les", "l")
    if norm not in _THIRD or raw.endswith("é"):
        return False
    return determined or nxt in _NOT_BEFORE_VERB or nxt in _DETERMINERS or nxt.isdigit()


def may_state_a_fact(ws: list[str]) -> bool:
    """Whether the normalised words open as a fact may (a subject, "nous", a plural verb): most texts do not."""
    first = next((w for w in ws if w not in _DETERMINERS), "")
    return (
        ws[0] in _FIRST_PLURAL
        or ws[0] in _FIRST_PLURAL_ER
        or ws[0] in _THIRD_PLURAL
        or first in _FACT_SUBJECTS
        or first.rstrip("sx") in _FACT_SUBJECTS
    )


def states_a_fact(text: str) -> bool:
    """A clause on the employer's side (see :data:`_FACT_SUBJECTS`), said with a finite verb."""
    raws = _TOKEN.findall(text.lower())
    while raws and not raws[0].isalnum():
        raws = raws[1:]  # "- Le produit évolue…"
    norms = [normalize_word(r) for r in raws]
    if not norms:
        return False
    if any(w == "vous" and (n.endswith("ez") or n in ("etes", "faites")) for w, n in zip(norms, norms[1:])):
        return False  # "… une démarche Clef Verte que vous appliquerez": the candidate acts in it
    head = norms[0]
    if head in _FIRST_PLURAL or (head in _FIRST_PLURAL_ER and len(norms) > 1):
        return True  # "Nous développons…", "Sommes une PME…": the employer speaks
    if head in _THIRD_PLURAL and raws[0].endswith("nt"):
        return True  # "Fabriquent des réducteurs": a plural subject, never the candidate
    i = next((k for k, w in enumerate(norms) if w not in _DETERMINERS), len(norms))
    subject = norms[i] if i < len(norms) else ""
    if subject not in _FACT_SUBJECTS and subject.rstrip("sx") not in _FACT_SUBJECTS:
        return False
    # A subject that could itself be a verb or an action ("produit", "livraisons") needs its verb at once.
    reach = 1 if subject in TASK_VERBS or is_action_noun(subject) else 5
    for j in range(i + 1, min(len(norms), i + 1 + reach)):
        norm, nxt = norms[j], norms[j + 1] if j + 1 < len(norms) else ""
        if not norm.isalnum() or norm in _NOT_IN_SUBJECT:
            return False
        if norms[j - 1] not in _NOT_BEFORE_VERB | _DETERMINERS and _finite(raws[j], norm, nxt, i > 0):
            # "réseaux assure l'administration…" (a job title cut off before it) is no clause of "réseaux".
            plural = subject.endswith(("s", "x")) or (i > 0 and norms[i - 1] in _PLURAL_DETERMINERS)
            if plural != _plural_verb(norms[j:]):
                return False
            return norm not in _CONTENT_VERBS and nxt not in _CONTENT_VERBS and nxt not in _REQUIRED
    return False


def _plural_verb(norms: list[str]) -> bool:
    """Whether the verb that opens ``norms`` (after "se", "ne") is in the plural."""
    verb = next((w for w in norms if w not in ("se", "s", "ne", "n")), "")
    return verb.endswith("nt") or verb in ("sont", "ont", "vont", "font")
