"""Recognise text that is no skill: pay, benefits, contract, schedule, application, company facts, headings,
and the diplomas an offer requires as entry.

:func:`non_skill_kind` reads a mention (or a skill label) and says which of :data:`KINDS` it is, or None
when it may be a skill. What is a skill is the design's rule ("What is a skill", ``DESIGN.md``): job
certificates and habilitations (CACES, habilitation électrique, SST, PRAP, FIMO, HACCP, AFGSU, permis),
languages and tasks are skills; generic personal qualities are savoir-être and are not judged here.

The cues are the vocabulary of French job boards, matched on normalised words (:func:`ecarts.text.words`:
lower case, no accents, elided articles dropped), plus a few shapes of the raw text (``€``, ``DE`` in capitals,
an e-mail address). Three strengths, so that a task that only names such a thing stays a skill:

- **always**: enough on their own, whatever opens the text (a company founded in a year, a CV to send,
  a 13th month);
- **strong**: a benefit, a contract or an amount named outright ("Adhésion au CGOS", "Prise en charge de
  50 % de l'abonnement transports en commun"), unless the text opens with a task verb ("Gérer les tickets
  restaurant" is a payroll task);
- **weak**: words that are pay, benefits, contract, schedule or company only when no task verb nor action
  noun opens the text ("Salaire selon profil", "Astreintes" — but not "Calcul des salaires", "Gestion des
  astreintes").

A text made only of heading words ("Attendues", "Compétences requises", "Vos missions") is ``titre``.

A **fact** stated about the employer, its product, team, clients or the job is no skill either: a clause whose
subject is on the employer's side, with a verb conjugated in the third person ("Le produit évolue par
itérations de deux semaines", "L'équipe compte 12 personnes", "Nos clients sont des industriels"), or the
employer speaking ("Nous développons…"). It takes the kind of what it names (pay, contract, schedule…), else
``entreprise``. Skills are said with an infinitive, a noun, or to the candidate ("Vous maîtrisez Python");
what the job asks ("Le poste nécessite…") and a clause the candidate acts in ("… que vous appliquerez") are
left to the other rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ecarts.text import STOP_WORDS, normalize_word, words
from ecarts.nlp.lexicon import NON_TASK_VERBS, TASK_VERBS, verb_forms
from ecarts.nlp.mentions import is_action_noun

__all__ = ["KINDS", "non_skill_kind", "HEADING_WORDS"]

KINDS = ("salaire", "avantage", "contrat", "horaires", "candidature", "entreprise", "titre", "diplome")


def _rx(*patterns: str) -> re.Pattern[str]:
    """One pattern over the normalised words joined by single spaces; each alternative is whole words."""
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(patterns) + r")(?![a-z0-9])")


# --- headings -------------------------------------------------------------------------------------------
# A text made of these words only (and function words) is a section title, not a skill.
HEADING_WORDS = frozenset(
    """
attendu attendue attendus attendues requis requise requises souhaite souhaitee souhaites souhaitees
recherche recherchee recherches recherchees exige exigee exiges exigees indispensable indispensables
apprecie appreciee apprecies appreciees obligatoire obligatoires necessaire necessaires
mission missions principale principales profil profils poste postes descriptif description descriptions
competence competences qualite qualites savoir savoirs faire etre aptitude aptitudes avantage avantages
condition conditions information informations complementaire complementaires prerequis tache taches
activite activites responsabilite responsabilites atout atouts bonus plus entreprise societe sommes
propos offre offres offrons proposons pourquoi ideal ideale cles cle principaux
techniques technique comportementales comportementale transverses transversales specifiques generales
detail details contexte role objectifs objectif formation experience experiences quotidien candidat
candidate recrutement
""".split()
)

# --- diplomas required as entry ---------------------------------------------------------------------------
_DIPLOMA_PHRASES = _rx(
    r"certificat aptitude professionnelle",
    r"brevet professionnel",
    r"brevet de technicien(?: superieur)?",
    r"brevet etudes professionnelles",
    r"mention complementaire",
    r"titre professionnel",
    r"titre pro",
    r"titre (?:de niveau|certifie|rncp)",
    r"diplom(?:e|ee|es|ees|ant|ante|ants)",
    r"dipl",
    r"baccalaureat",
    r"ecole ingenieurs?",
    r"ecole de commerce",
    r"grande ecole",
)
_DIPLOMA_WORDS = _rx(
    r"cap",
    r"bep",
    r"bts",
    r"dut",
    r"deust",
    r"deug",
    r"dcg",
    r"dscg",
    r"deas",
    r"deap",
    r"deaes",
    r"deme",
    r"dees",
    r"deeje",
    r"dei",
    r"deis",
    r"cafdes",
    r"caferuis",
    r"bpjeps",
    r"dejeps",
    r"desjeps",
    r"cqp",
    r"mba",
    r"doctorat",
    r"mastere",
    r"bac(?: ?\d| pro| professionnel| techno| technologique| general"
    r"| stmg| sti2d| st2s| es| s| l)",
    r"licence(?: pro| professionnelle| generale| lmd| en| de| d| [1-3]| l[1-3])?",
    r"master(?: [12]| pro| professionnel| recherche| en| de| d| m[12])?",
    r"(?:^|formation |diplome |titre |certification )niveau (?:[1-8]|i{1,3}|iv|vi{0,3}|bac|cap|bep|bts|dut|licence"
    r"|master)",
)
# "licence" / "master" that are not diplomas: software licences, Scrum Master.
_NOT_DIPLOMA_AFTER = _rx(r"logiciels?", r"microsoft", r"office", r"windows", r"utilisateurs?", r"data", r"class", r"iv")
_NOT_DIPLOMA_BEFORE = _rx(r"scrum", r"product", r"gestion des", r"gestion de")
_RAW_DIPLOMA = re.compile(r"\b(?:DE|BP|BUT|MC|Bac|BAC)\b(?!\s+(?:à|a|de|d['’]|pour)\s)")

# --- what these rules must let through --------------------------------------------------------------------
# Heads of job certificates, habilitations, licences, norms and languages: skills, whatever follows.
_SKILL_HEADS = frozenset(
    """
caces habilitation habilitations fimo fco adr sst afgsu prap haccp aipr ssiap attestation attestations
qualification qualifications certification certifications certificat certificats carte permis iso
anglais espagnol allemand italien portugais arabe chinois mandarin neerlandais russe polonais roumain turc
japonais lsf bilingue trilingue langue langues norme normes bafa bafd respect ponctualite
""".split()
)
_RECOMMENDATION = re.compile(r"^r\d{3}$")  # CNAM recommendations: R408, R489 ...

# --- application ------------------------------------------------------------------------------------------
_APPLY_ALWAYS = _rx(
    r"lettres? de motivation",
    r"curriculum vitae",
    r"postulez",
    r"postuler",
    r"candidatez",
    r"candidater",
    r"envoyez (?:nous )?votre",
    r"adressez (?:nous )?votre",
    r"transmettez (?:nous )?votre",
    r"entretien embauche",
    r"entretien telephonique",
    r"processus de recrutement",
    r"ref(?:erence)? de offre",
    r"hesitez pas",
    r"a attention de",
    r"rejoignez nous",
    r"rejoignez (?:notre|nos)",
    r"rejoindre (?:notre|nos)",
)
_APPLY_STRONG = _rx(
    r"cv",
    r"candidature",
    r"candidatures",
    r"par mail",
    r"par e ?mail",
    r"par courriel",
    r"contactez nous",
    r"contactez",
    r"recrutement en cours",
)
_APPLY_VERBS = frozenset(
    """
envoyer envoyez adresser adressez transmettre transmettez joindre joignez deposer deposez postuler postulez
candidater candidatez contacter contactez rejoindre rejoignez rejoins
""".split()
)
_RAW_CONTACT = re.compile(r"@\w|https?://|www\.|\b0[1-9](?:[ .]?\d\d){4}\b")

# --- company facts ----------------------------------------------------------------------------------------
_COMPANY_ALWAYS = _rx(
    r"^implantee?s? (?:a|en|dans|au|aux|depuis|partout)",
    r"^chiffre affaires (?:de )?(?:plus de )?\d+",
    r"(?:cree|creee|crees|creees|fonde|fondee|fondes|fondees|nee|ne|creation|fondation) en"
    r" (?:19|20)\d\d",
    r"depuis (?:19|20)\d\d",
    r"depuis plus de \d+ ans",
    r"existe depuis",
)
_COMPANY_WEAK = _rx(
    r"leader",
    r"leaders",
    r"n 1 (?:du|de|des|en)",
    r"numero 1",
    r"acteur (?:majeur|incontournable"
    r"|reconnu|de reference|cle)",
    r"\d+ (?:collaborateurs|salaries|employes|personnes|agences"
    r"|magasins|sites|restaurants|etablissements|filiales|pays|implantations|boutiques|hotels)",
    r"collaborateurs",
    r"implantee?s? (?:a|en|dans|au|aux|depuis|partout)",
    r"siege social",
    r"filiales?",
    r"entreprise familiale",
    r"a taille humaine",
    r"start ?up",
    r"scale ?up",
    r"pme",
    r"eti",
    r"notre (?:societe|entreprise|groupe|agence|cabinet|structure|association|enseigne"
    r"|filiale|reseau|maison|histoire)",
    r"nos (?:agences|filiales|valeurs|implantations|magasins"
    r"|etablissements)",
    r"groupe (?:international|familial|francais|independant|mondial)",
    r"chiffre affaires",
    r"\d+ (?:millions|milliards|m) euros",
)

# --- pay --------------------------------------------------------------------------------------------------
_PAY_ALWAYS = _rx(
    r"13 ?e mois",
    r"13 ?eme mois",
    r"treizieme mois",
    r"sur 13 mois",
    r"brut (?:annuel|mensuel|horaire)",
    r"brute (?:annuelle|mensuelle)",
    r"fixe (?:et |plus )?variable",
    r"smic",
)
_PAY_STRONG = _rx(
    r"\d+ (?:euros? )?bruts?",
    r"\d{2,3} ?k(?: (?:a|et) \d{2,3} ?k)?"
    r" ?(?:euros?|bruts?|annuels?|par an|an)",
    r"\d{2,3} ?k \d{2,3} ?k",
    r"k ?euros?",
    r"keur",
    r"prime de (?:panier|transport|vacances"
    r"|fin annee|anciennete|assiduite|performance|objectifs?|salissure|nuit|dimanche)",
    r"primes? sur objectifs?",
    r"taux horaire",
    r"selon (?:profil|experience)",
    r"a negocier",
    r"negociable",
    r"part variable",
    r"salaire attractif",
    r"package (?:salarial|attractif|de remuneration)",
    r"grille (?:salariale|de salaires|indiciaire"
    r"|de remuneration)",
    r"selon grille",
)
_PAY_WEAK = _rx(
    r"salaires?",
    r"remunerations?",
    r"remunere",
    r"remuneree",
    r"primes?",
    r"commissions",
    r"indemnites?",
    r"attractif",
    r"attractive",
    r"motivante?",
    r"heures supplementaires",
)
_EUROS = _rx(r"\d+ ?euros?", r"euros? (?:brut|net)")
_RAW_AMOUNT = re.compile(r"\d\s*(?:k\s*)?€|€\s*\d|\bk€")
_RAW_PAY_CONTEXT = _rx(
    r"brut",
    r"brute",
    r"net",
    r"mois",
    r"mensuel",
    r"mensuelle",
    r"annuel",
    r"annuelle",
    r"an",
    r"heure",
    r"h",
    r"salaire",
    r"remuneration",
    r"primes?",
)

# --- benefits ---------------------------------------------------------------------------------------------
_BENEFIT_STRONG = _rx(
    r"tickets? restaurants?",
    r"titres? restaurants?",
    r"tickets? resto",
    r"swile",
    r"cartes? (?:dejeuner|restaurant|ticket restaurant|swile)",
    r"cheques? (?:vacances|cadeaux?|dejeuner|culture)",
    r"cse",
    r"comite entreprise",
    r"comite social (?:et )?economique",
    r"rtt",
    r"cgos",
    r"cnas",
    r"fnas",
    r"plurelya",
    r"abonnements? (?:de |aux? |des )?(?:transports?|navigo)",
    r"transports? en commun",
    r"navigo",
    r"forfait mobilites?(?: durables?)?",
    r"(?:vehicule|voiture|velo) de fonction",
    r"interessement",
    r"epargne salariale",
    r"perco",
    r"pereco",
)
_BENEFIT_WEAK = _rx(
    r"mutuelles?",
    r"prevoyance",
    r"panier repas",
    r"paniers repas",
    r"restaurant (?:entreprise|inter ?entreprises?)",
    r"cantine",
    r"oeuvres sociales",
    r"frais de transports?",
    r"indemnites? (?:de )?transports?",
    r"mobilite durable",
    r"(?:vehicule|voiture|telephone|ordinateur|pc|smartphone|portable) (?:de service|de societe"
    r"|professionnel|fourni|mis a disposition)",
    r"pee",
    r"participation (?:aux (?:benefices|resultats)|employeur"
    r"|patronale|aux frais|a la mutuelle|au transport|aux transports)",
    r"^participation$",
    r"conges payes",
    r"(?:jours|semaines) de conges",
    r"conges supplementaires",
    r"teletravail",
    r"salle de sport",
    r"creche",
    r"conciergerie",
    r"logement (?:fourni|possible|de fonction)",
    r"loge nourri",
    r"logee? et nourrie?",
    r"aide au logement",
    r"action logement",
    r"medaille du travail",
    r"repas (?:offerts?|fournis?|pris en charge)",
    r"(?:tarifs|prix|remises?|reductions?) (?:preferentiels?|salaries?|collaborateurs?|sur)",
    r"avantages?",
    r"afterworks?",
    r"team building",
    r"seminaires?",
    r"formation (?:assuree|en interne|interne|continue assuree)",
    r"parcours (?:integration|accueil)",
    r"plan de formation",
    r"remboursements? (?:de |des |a |de vos )?"
    r"(?:\d+ )?(?:frais|transports?|abonnements?|titres?|mutuelle|navigo|kilometriques?)",
    r"prise en charge (?:de |a |a hauteur de )?(?:\d+ )?(?:de )?(?:abonnement|la mutuelle|des frais|vos frais"
    r"|du transport|des transports|\d+)",
    r"^(?:logement|vehicule|voiture|epargne)$",
    r"qvt",
    r"qualite de vie au travail",
    r"bien etre au travail",
)

# --- contract ---------------------------------------------------------------------------------------------
_CONTRACT_STRONG = _rx(
    r"temps (?:plein|partiel|complet)",
    r"plein temps",
    r"mi temps",
    r"en alternance",
    r"en apprentissage",
    r"contrat (?:apprentissage|de professionnalisation|pro|en alternance"
    r"|a duree|de travail temporaire|saisonnier|de chantier|de mission)",
    r"periode essai",
    r"poste a pourvoir",
    r"statut (?:cadre|etam|ouvrier|agent de maitrise|employe|salarie"
    r"|fonctionnaire|contractuel)",
    r"forfait jours",
    r"fonction publique",
    r"titularisation",
)
_CONTRACT_WEAK = _rx(
    r"cdi",
    r"cdd",
    r"cdii",
    r"interim",
    r"mission interim",
    r"conventions? collectives?",
    r"ccn",
    r"idcc",
    r"^(?:type de )?contrats?(?: de travail)?$",
    r"contrat (?:de )?(?:\d+|un|une|deux|trois|six|douze) (?:mois|ans?|semaines)",
    r"alternance",
    r"^apprentissage$",
    r"stages?",
    r"saisonniere?s?",
    r"freelance",
    r"auto entrepreneur",
    r"vacations?",
    r"vacataire",
    r"contractuelle?",
    r"embauche",
    r"des que possible",
    r"asap",
    r"prise de poste",
    r"date de debut",
    r"demarrage immediat",
    r"duree (?:du contrat|de la mission|indeterminee|determinee)",
    r"etam",
)

# --- schedule ---------------------------------------------------------------------------------------------
_SCHEDULE_STRONG = _rx(
    r"du lundi au (?:vendredi|samedi|dimanche|jeudi)",
    r"lundi",
    r"mardi",
    r"mercredi",
    r"jeudi",
    r"vendredi",
    r"samedis?",
    r"dimanches?",
    r"\d{1,2} ?h(?: ?\d\d)? \d{1,2} ?h(?: ?\d\d)?",
    r"(?:3[5-9]|151|152) ?h(?:eures?)?",
    r"heures? (?:hebdomadaires|par semaine|semaine|hebdo)",
    r"\d{1,2} ?h(?:eures?)? (?:hebdomadaires|par semaine|semaine|hebdo)",
    r"jours? feries",
    r"[2-5] ?x ?[78]",
    r"horaires? (?:de journee|de nuit|decales|fixes|variables|en journee"
    r"|en equipe|du matin|apres midi|de bureau|administratifs|en continu|coupes)",
    r"journee continue",
    r"travail (?:de nuit|le week ?end|en equipes alternees|poste)",
    r"week ?ends?",
    r"(?:poste|postes|equipe) de (?:nuit|jour|matin|apres midi)",
    r"amplitude horaire",
    r"repos (?:compensateur|hebdomadaire)",
)
_SCHEDULE_WEAK = _rx(
    r"horaires?",
    r"\d{1,2} ?h(?: ?\d\d)?",
    r"\d{1,2} ?heures?",
    r"astreintes?",
    r"(?:en|par) roulement",
    r"^(?:de |la )?nuits?$",
    r"^we$",
    r"temps de travail",
    r"jours? par semaine",
    r"planning (?:fixe|variable|etabli)",
)

# --- facts stated about the employer, its product, team, clients or the job ---------------------------------
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


def _may_state_a_fact(ws: list[str]) -> bool:
    """Whether the normalised words open as a fact may (a subject, "nous", a plural verb): most texts do not."""
    first = next((w for w in ws if w not in _DETERMINERS), "")
    return (
        ws[0] in _FIRST_PLURAL
        or ws[0] in _FIRST_PLURAL_ER
        or ws[0] in _THIRD_PLURAL
        or first in _FACT_SUBJECTS
        or first.rstrip("sx") in _FACT_SUBJECTS
    )


def _states_a_fact(text: str) -> bool:
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


def _fact_kind(text: str, joined: str) -> str:
    """The kind of a stated fact: pay, benefits, contract or schedule when it names one, else the company."""
    for kind, patterns in (
        ("diplome", (_DIPLOMA_PHRASES,)),
        ("salaire", (_PAY_STRONG, _PAY_WEAK)),
        ("avantage", (_BENEFIT_STRONG, _BENEFIT_WEAK)),
        ("contrat", (_CONTRACT_STRONG, _CONTRACT_WEAK)),
        ("horaires", (_SCHEDULE_STRONG, _SCHEDULE_WEAK)),
    ):
        if any(p.search(joined) for p in patterns):
            return kind
    return "diplome" if _diploma(text, joined) else "entreprise"


_WORKING_VERBS = frozenset("travailler travaillez travaille travaillerez".split())
# Nouns that end like actions but name what an employer grants or states ("Prise en charge de …",
# "Adhésion au CGOS", "Convention collective 66"): they do not make a task of the text.
_GRANTING_NOUNS = frozenset(
    """
prise participation remboursement remboursements adhesion abonnement abonnements interessement hebergement
versement indemnisation dotation mise convention conventions evolution evolutions localisation
""".split()
)
# Nouns that open a skill without ending like an action ("Calcul des salaires", "Logiciel de paie").
_TASK_NOUNS = frozenset(
    """
calcul calculs edition bulletin bulletins fiche fiches logiciel logiciels outil outils technique techniques
regle regles reglementation droit connaissance connaissances notions
""".split()
)
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
    if _COMPANY_ALWAYS.search(joined):
        return "entreprise"
    if _APPLY_ALWAYS.search(joined) or (_RAW_CONTACT.search(text) and len(content) <= 8):
        return "candidature"
    if _PAY_ALWAYS.search(joined):
        return "salaire"
    if content and all(w in HEADING_WORDS or w in STOP_WORDS for w in ws):
        return "titre"
    # Diplomas named outright ("Certificat d'aptitude professionnelle", "titre professionnel") come before
    # the certificate heads, which would keep them.
    if _DIPLOMA_PHRASES.search(joined):
        return "diplome"
    if _RAW_DIPLOMA.match(text.lstrip(" -•*(")) and not text.isupper():
        return "diplome"  # "DE d'aide-soignant", "BP Maçon": a task verb may follow
    if _may_state_a_fact(ws) and _states_a_fact(text):
        return _fact_kind(text, joined)
    if head in _SKILL_HEADS or _RECOMMENDATION.match(head):
        return None
    if head in TASK_VERBS:
        # A task: only applying or a schedule said with a verb.
        if head in _APPLY_VERBS and _APPLY_STRONG.search(joined):
            return "candidature"
        if head in _WORKING_VERBS and (_SCHEDULE_STRONG.search(joined) or _SCHEDULE_WEAK.search(joined)):
            return "horaires"
        return None
    if _diploma(text, joined):
        return "diplome"
    task_noun = (is_action_noun(head) or head in _TASK_NOUNS) and head not in _GRANTING_NOUNS
    if head in _APPLY_VERBS or (_APPLY_STRONG.search(joined) and not task_noun):
        return "candidature"
    if _BENEFIT_STRONG.search(joined):
        return "avantage"
    amount = _RAW_AMOUNT.search(text) is not None or _EUROS.search(joined) is not None
    if (amount and (not task_noun or _RAW_PAY_CONTEXT.search(joined))) or _PAY_STRONG.search(joined):
        return "salaire"
    if _CONTRACT_STRONG.search(joined):
        return "contrat"
    if _SCHEDULE_STRONG.search(joined):
        return "horaires"
    if task_noun:
        return None
    for kind, pattern in (
        ("salaire", _PAY_WEAK),
        ("avantage", _BENEFIT_WEAK),
        ("contrat", _CONTRACT_WEAK),
        ("horaires", _SCHEDULE_WEAK),
        ("entreprise", _COMPANY_WEAK),
    ):
        if pattern.search(joined):
            return kind
    return None


def _diploma(text: str, joined: str) -> bool:
    """A diploma or an entry level named by its acronym or its level ("CAP", "Bac+2", "niveau 4", "DE")."""
    for match in _DIPLOMA_WORDS.finditer(joined):
        after = joined[match.end() : match.end() + 24]
        before = joined[max(0, match.start() - 14) : match.start()]
        if not _NOT_DIPLOMA_AFTER.match(after.strip()) and not _NOT_DIPLOMA_BEFORE.search(before):
            return True
    # "DE", "BP", "BUT" in capitals are diplomas unless the whole text is written in capitals (a heading).
    return _RAW_DIPLOMA.search(text) is not None and not text.isupper()
