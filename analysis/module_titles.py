"""Deterministic French titles for module proposals, built from the skills' own labels (no language model).

A skill label is usually a verb phrase ("Traiter un nuage de points") or a noun phrase ("Maquette numérique
BIM"). A module title is a noun phrase: verbs are nominalised from a small dictionary ("Traitement d'un nuage
de points"), articles contract after "de" ("Application des règles…"), and a light verb with an indefinite
object gives way to its object ("Réaliser un relevé…" → "Relevé…"). Several skills are joined in French
("A, b et c"); a suffix says where the module goes ("extension du bloc …", "nouveau bloc").
"""

from __future__ import annotations

import re

from ecarts.text import content_words, fold, strip_accents

__all__ = ["nominalise", "module_title", "content_stems"]

# Infinitive -> noun, for the verbs that start competence statements (ROME, RNCP).
NOUNS = {
    "accompagner": "accompagnement",
    "accueillir": "accueil",
    "adapter": "adaptation",
    "administrer": "administration",
    "analyser": "analyse",
    "animer": "animation",
    "appliquer": "application",
    "assembler": "assemblage",
    "automatiser": "automatisation",
    "calculer": "calcul",
    "câbler": "câblage",
    "charger": "chargement",
    "chiffrer": "chiffrage",
    "coffrer": "coffrage",
    "collaborer": "collaboration",
    "communiquer": "communication",
    "concevoir": "conception",
    "conditionner": "conditionnement",
    "conduire": "conduite",
    "configurer": "configuration",
    "conseiller": "conseil",
    "constituer": "constitution",
    "construire": "construction",
    "conteneuriser": "conteneurisation",
    "contrôler": "contrôle",
    "coordonner": "coordination",
    "couler": "coulage",
    "découper": "découpe",
    "déployer": "déploiement",
    "démonter": "démontage",
    "dessiner": "dessin",
    "développer": "développement",
    "diagnostiquer": "diagnostic",
    "dimensionner": "dimensionnement",
    "documenter": "documentation",
    "écoconcevoir": "écoconception",
    "élaborer": "élaboration",
    "emballer": "emballage",
    "encadrer": "encadrement",
    "entretenir": "entretien",
    "établir": "établissement",
    "estimer": "estimation",
    "évaluer": "évaluation",
    "exécuter": "exécution",
    "expédier": "expédition",
    "ferrailler": "ferraillage",
    "former": "formation",
    "gérer": "gestion",
    "identifier": "identification",
    "implanter": "implantation",
    "installer": "installation",
    "intégrer": "intégration",
    "interroger": "interrogation",
    "intervenir": "intervention",
    "isoler": "isolation",
    "lire": "lecture",
    "maçonner": "maçonnerie",
    "maintenir": "maintenance",
    "manipuler": "manipulation",
    "mesurer": "mesure",
    "mobiliser": "mobilisation",
    "modéliser": "modélisation",
    "monter": "montage",
    "négocier": "négociation",
    "nettoyer": "nettoyage",
    "observer": "observation",
    "orchestrer": "orchestration",
    "organiser": "organisation",
    "paramétrer": "paramétrage",
    "piloter": "pilotage",
    "planifier": "planification",
    "pointer": "pointage",
    "poser": "pose",
    "préparer": "préparation",
    "prévenir": "prévention",
    "programmer": "programmation",
    "raccorder": "raccordement",
    "réceptionner": "réception",
    "rédiger": "rédaction",
    "régler": "réglage",
    "relever": "relevé",
    "rénover": "rénovation",
    "réparer": "réparation",
    "restaurer": "restauration",
    "sécuriser": "sécurisation",
    "souder": "soudage",
    "stimuler": "stimulation",
    "stocker": "stockage",
    "suivre": "suivi",
    "superviser": "supervision",
    "tester": "test",
    "tracer": "traçabilité",
    "traiter": "traitement",
    "transmettre": "transmission",
    "trier": "tri",
    "usiner": "usinage",
    "utiliser": "utilisation",
    "valoriser": "valorisation",
    "vérifier": "vérification",
    # more verbs of offers and references (trades of the sample and beyond)
    "aider": "aide",
    "ajuster": "ajustage",
    "alerter": "alerte",
    "alimenter": "alimentation",
    "approvisionner": "approvisionnement",
    "archiver": "archivage",
    "arrimer": "arrimage",
    "auditer": "audit",
    "braser": "brasage",
    "carreler": "carrelage",
    "cintrer": "cintrage",
    "classer": "classement",
    "coder": "codage",
    "collecter": "collecte",
    "coter": "cotation",
    "décharger": "déchargement",
    "décoffrer": "décoffrage",
    "dépanner": "dépannage",
    "désinfecter": "désinfection",
    "distribuer": "distribution",
    "doser": "dosage",
    "écouter": "écoute",
    "élinguer": "élingage",
    "encaisser": "encaissement",
    "étiqueter": "étiquetage",
    "fabriquer": "fabrication",
    "facturer": "facturation",
    "fidéliser": "fidélisation",
    "fixer": "fixation",
    "fraiser": "fraisage",
    "habiller": "habillage",
    "héberger": "hébergement",
    "informer": "information",
    "jointoyer": "jointoiement",
    "laver": "lavage",
    "lever": "levage",
    "livrer": "livraison",
    "manager": "management",
    "manutentionner": "manutention",
    "migrer": "migration",
    "numériser": "numérisation",
    "optimiser": "optimisation",
    "orienter": "orientation",
    "palettiser": "palettisation",
    "participer": "participation",
    "peindre": "peinture",
    "percer": "perçage",
    "peser": "pesée",
    "plier": "pliage",
    "poncer": "ponçage",
    "prélever": "prélèvement",
    "prospecter": "prospection",
    "ranger": "rangement",
    "recruter": "recrutement",
    "remplacer": "remplacement",
    "repérer": "repérage",
    "respecter": "respect",
    "saisir": "saisie",
    "sauvegarder": "sauvegarde",
    "servir": "service",
    "signaler": "signalement",
    "surveiller": "surveillance",
    "tourner": "tournage",
    "transférer": "transfert",
    "vendre": "vente",
    "vibrer": "vibration",
}
# Imperative forms of offers ("Conduisez le chariot") whose infinitive is not the regular -ez -> -er.
IMPERATIVES = {
    "conduisez": "conduire",
    "prenez": "prendre",
    "mettez": "mettre",
    "faites": "faire",
    "lisez": "lire",
    "suivez": "suivre",
    "maintenez": "maintenir",
    "intervenez": "intervenir",
    "accueillez": "accueillir",
    "construisez": "construire",
    "établissez": "établir",
    "concevez": "concevoir",
    "entretenez": "entretenir",
    "produisez": "produire",
    "transmettez": "transmettre",
    "saisissez": "saisir",
    "servez": "servir",
    "vendez": "vendre",
    "peignez": "peindre",
}
# Verb phrases nominalised whole.
PHRASES = {
    "mettre en œuvre": "mise en œuvre",
    "mettre en oeuvre": "mise en œuvre",
    "mettre en place": "mise en place",
    "prendre en charge": "prise en charge",
    "mettre à jour": "mise à jour",
}
# Light verbs: with an indefinite object, the object alone names the skill.
LIGHT = {"réaliser", "effectuer", "assurer", "faire", "produire", "établir"}
LIGHT_NOUNS = {
    "réaliser": "réalisation",
    "effectuer": "réalisation",
    "assurer": "gestion",
    "produire": "production",
    "établir": "établissement",
}
PREFIXES = ("savoir ", "être capable de ", "être capable d'", "capacité à ")
# Framing heads of offer phrasing ("Expérience en gestion des retours", "Maîtrise du soudage"): the skill is
# what follows them, with its article dropped ("Gestion des retours", "Soudage").
FRAMING = re.compile(
    r"^(?:(?:une |la )?(?:bonne |solide |première )?(?:expérience|maîtrise|connaissances?|pratique)"
    r"(?: confirmée| significative| réussie)?) (?:en |des |du |de la |de l'|de l’|de |d'|d’)",
    re.IGNORECASE,
)
CONJUNCTIONS = ("et ", "ou ", ", ")
# Article after "de": what it contracts to.
CONTRACT = (
    ("les ", "des "),
    ("le ", "du "),
    ("la ", "de la "),
    ("l'", "de l'"),
    ("l’", "de l’"),
    ("une ", "d'une "),
    ("un ", "d'un "),
    ("des ", "de "),
    ("du ", "de "),
    ("de la ", "de la "),
)
PREPOSITIONS = ("en ", "à ", "au ", "aux ", "sur ", "dans ", "selon ", "avec ", "pour ", "par ", "de ", "d'")
# Nouns too general to say that two skills belong together (folded like ecarts.text.content_words).
GENERAL_NOUNS = frozenset(
    fold(w)
    for w in """
service services application applications ouvrage ouvrages projet projets client clients produit produits
systeme systemes outil outils equipe activite activites document documents technique techniques
professionnel professionnelle methode methodes niveau base bases regle regles personne personnes travail
pratique experience connaissance connaissances bonne maitrise preuve mettre oeuvre place realiser effectuer
assurer utiliser appliquer faire savoir etre
""".split()
)


def _lower_first(text: str) -> str:
    """Lower the first letter unless the first word is an acronym or a name (``BIM``, ``CACES``, ``Revit``)."""
    word = text.split(" ", 1)[0]
    if len(word) > 1 and (word.isupper() or any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word)):
        return text
    return text[:1].lower() + text[1:]


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _object_after_de(rest: str) -> str:
    """``rest`` as the complement of a noun: ``les règles`` → ``des règles``, ``un drone`` → ``d'un drone``."""
    low = rest.lower()
    if not rest:
        return ""
    if low.startswith(CONJUNCTIONS):  # never "d'et …": the complement is missing, nothing to contract
        return rest
    for article, contracted in CONTRACT:
        if low.startswith(article):
            tail = rest[len(article) :]
            if contracted == "de " and strip_accents(tail[:1].lower()) in "aeiouyh":
                contracted = "d'"
            return contracted + _coordinated(tail)
    if low.startswith(PREPOSITIONS):
        return rest
    return ("d'" if strip_accents(low[:1]) in "aeiouyh" else "de ") + rest


def _coordinated(text: str) -> str:
    """Second objects after "et" contract too: ``un plan et un descriptif`` → ``… et d'un descriptif``;
    a second verb is nominalised: ``… et suivre l'état`` → ``… et suivi de l'état``."""
    head, sep, tail = text.partition(" et ")
    if not sep:
        return text
    first = tail.split(" ", 1)[0].lower()
    if _noun(first) or first in LIGHT:
        return f"{head} et {_lower_first(nominalise(tail))}"
    for article, contracted in CONTRACT[:7]:
        if tail.lower().startswith(article):
            return f"{head} et {contracted}{tail[len(article) :]}"
    return text


def _noun(verb: str) -> str | None:
    return NOUNS.get(verb.lower())


def infinitive(word: str) -> str:
    """The infinitive of an imperative that opens an offer's phrase (``Conduisez`` → ``conduire``,
    ``Alertez`` → ``alerter``); other words unchanged (lower-cased)."""
    low = word.lower()
    if low in IMPERATIVES:
        return IMPERATIVES[low]
    if low.endswith("ez") and len(low) > 4 and (low[:-2] + "er" in NOUNS or low[:-2] + "er" in LIGHT):
        return low[:-2] + "er"
    return low


def nominalise(label: str) -> str:
    """A noun phrase for a skill label, e.g. ``Traiter un nuage de points`` → ``Traitement d'un nuage de points``."""
    text = " ".join(label.split()).strip(" .;")
    low = text.lower()
    for prefix in PREFIXES:
        if low.startswith(prefix):
            text = text[len(prefix) :]
            low = text.lower()
    framing = FRAMING.match(text)
    if framing and len(text) > framing.end():
        # the article of a second object goes too: "du métré et des quantitatifs" -> "métré et quantitatifs"
        inner = re.sub(r" et (?:des |du |de la |de l'|de l’|de |d'|d’)", " et ", text[framing.end() :], count=1)
        return _upper_first(nominalise(inner))
    head, _, tail = text.partition(" ")
    verb = infinitive(head)
    if verb != head.lower() and tail:
        text = f"{verb} {tail}"
        low = text.lower()
    for phrase, phrase_noun in PHRASES.items():
        if low.startswith(phrase + " "):
            return _upper_first(phrase_noun + " " + _object_after_de(text[len(phrase) + 1 :]))
    words = text.split(" ")
    first = words[0].lower()
    rest = " ".join(words[1:])
    if first in LIGHT:
        if rest.lower().startswith(("un ", "une ")):
            obj = rest.split(" ", 1)[1]
            return _upper_first(re.sub(r" et une? ", " et ", obj, count=1))
        noun = LIGHT_NOUNS.get(first)
        return _upper_first(noun + " " + _object_after_de(rest)) if noun and rest else text
    noun = _noun(first)
    if noun is None:
        return _upper_first(text)
    # "Monter et démonter un échafaudage" -> "Montage et démontage d'un échafaudage"
    if len(words) > 3 and words[1] in ("et", "ou") and _noun(words[2]):
        return _upper_first(f"{noun} {words[1]} {_noun(words[2])} " + _object_after_de(" ".join(words[3:])))
    if len(words) > 2 and words[1] in ("et", "ou") and _looks_like_verb(words[2]):
        return _upper_first(text)  # a second verb we cannot nominalise: the verb phrase stays whole
    return _upper_first(noun + (" " + _object_after_de(rest) if rest else ""))


def _looks_like_verb(word: str) -> bool:
    return word.lower().endswith(("er", "ir", "re")) and len(word) > 4


def _join(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " et " + parts[-1]


def module_title(labels: list[str], kind: str, block_code: str | None, max_named: int = 3) -> str:
    """The module's title: its skills as noun phrases (the most asked first) and where it attaches.

    ``kind``: ``elongation`` (extends ``block_code``), ``complement`` (completes ``block_code``, or stands
    alone when None) or ``nouveau_bloc``.
    """
    heads = [nominalise(label) for label in labels]
    named = heads[:max_named]
    parts = [named[0]] + [_lower_first(h) for h in named[1:]]
    if len(heads) > max_named:
        parts.append(
            f"{len(heads) - max_named} autre{'s' if len(heads) - max_named > 1 else ''} compétence"
            f"{'s' if len(heads) - max_named > 1 else ''}"
        )
    base = _join(parts)
    if kind == "nouveau_bloc":
        return f"{base} (nouveau bloc)"
    if kind == "elongation" and block_code:
        return f"{base} (extension du bloc {block_code})"
    if block_code:
        return f"{base} (complément au bloc {block_code})"
    return f"{base} (module complémentaire)"


def content_stems(label: str) -> set[str]:
    """Content words of a label (:func:`ecarts.text.content_words`: accents off, folded, stop words
    left out) that can say two skills are related: codes and words of four letters or more, minus
    :data:`GENERAL_NOUNS`."""
    return {w for w in content_words(label) if w not in GENERAL_NOUNS and (len(w) >= 4 or any(c.isdigit() for c in w))}
