"""The cues of text that is no skill, by kind: pay, benefits, contract, schedule, application, company facts,
headings, and the diplomas an offer requires as entry; and the words that keep a text a skill.

They are the vocabulary of French job boards, matched on normalised words (:func:`ecarts.text.words`: lower
case, no accents, elided articles dropped; :func:`_rx` joins them by single spaces), plus a few shapes of the raw
text (``€``, ``DE`` in capitals, an e-mail address). A kind's cues come in up to three strengths, ``*_ALWAYS``,
``*_STRONG`` and ``*_WEAK``; how each weighs is :func:`ecarts.nlp.nonskill.non_skill_kind`'s rule.
"""

from __future__ import annotations

import re

__all__ = [
    "HEADING_WORDS",
    "DIPLOMA_PHRASES",
    "DIPLOMA_WORDS",
    "NOT_DIPLOMA_AFTER",
    "NOT_DIPLOMA_BEFORE",
    "RAW_DIPLOMA",
    "SKILL_HEADS",
    "RECOMMENDATION",
    "APPLY_ALWAYS",
    "APPLY_STRONG",
    "APPLY_VERBS",
    "RAW_CONTACT",
    "COMPANY_ALWAYS",
    "COMPANY_WEAK",
    "PAY_ALWAYS",
    "PAY_STRONG",
    "PAY_WEAK",
    "EUROS",
    "RAW_AMOUNT",
    "RAW_PAY_CONTEXT",
    "BENEFIT_STRONG",
    "BENEFIT_WEAK",
    "CONTRACT_STRONG",
    "CONTRACT_WEAK",
    "SCHEDULE_STRONG",
    "SCHEDULE_WEAK",
    "WORKING_VERBS",
    "GRANTING_NOUNS",
    "TASK_NOUNS",
]


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
DIPLOMA_PHRASES = _rx(
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
DIPLOMA_WORDS = _rx(
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
NOT_DIPLOMA_AFTER = _rx(r"logiciels?", r"microsoft", r"office", r"windows", r"utilisateurs?", r"data", r"class", r"iv")
NOT_DIPLOMA_BEFORE = _rx(r"scrum", r"product", r"gestion des", r"gestion de")
RAW_DIPLOMA = re.compile(r"\b(?:DE|BP|BUT|MC|Bac|BAC)\b(?!\s+(?:à|a|de|d['’]|pour)\s)")

# --- what these rules must let through --------------------------------------------------------------------
# Heads of job certificates, habilitations, licences, norms and languages: skills, whatever follows.
SKILL_HEADS = frozenset(
    """
caces habilitation habilitations fimo fco adr sst afgsu prap haccp aipr ssiap attestation attestations
qualification qualifications certification certifications certificat certificats carte permis iso
anglais espagnol allemand italien portugais arabe chinois mandarin neerlandais russe polonais roumain turc
japonais lsf bilingue trilingue langue langues norme normes bafa bafd respect ponctualite
""".split()
)
RECOMMENDATION = re.compile(r"^r\d{3}$")  # CNAM recommendations: R408, R489 ...

# --- application ------------------------------------------------------------------------------------------
APPLY_ALWAYS = _rx(
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
APPLY_STRONG = _rx(
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
APPLY_VERBS = frozenset(
    """
envoyer envoyez adresser adressez transmettre transmettez joindre joignez deposer deposez postuler postulez
candidater candidatez contacter contactez rejoindre rejoignez rejoins
""".split()
)
RAW_CONTACT = re.compile(r"@\w|https?://|www\.|\b0[1-9](?:[ .]?\d\d){4}\b")

# --- company facts ----------------------------------------------------------------------------------------
COMPANY_ALWAYS = _rx(
    r"^implantee?s? (?:a|en|dans|au|aux|depuis|partout)",
    r"^chiffre affaires (?:de )?(?:plus de )?\d+",
    r"(?:cree|creee|crees|creees|fonde|fondee|fondes|fondees|nee|ne|creation|fondation) en"
    r" (?:19|20)\d\d",
    r"depuis (?:19|20)\d\d",
    r"depuis plus de \d+ ans",
    r"existe depuis",
)
COMPANY_WEAK = _rx(
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
PAY_ALWAYS = _rx(
    r"13 ?e mois",
    r"13 ?eme mois",
    r"treizieme mois",
    r"sur 13 mois",
    r"brut (?:annuel|mensuel|horaire)",
    r"brute (?:annuelle|mensuelle)",
    r"fixe (?:et |plus )?variable",
    r"smic",
)
PAY_STRONG = _rx(
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
PAY_WEAK = _rx(
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
EUROS = _rx(r"\d+ ?euros?", r"euros? (?:brut|net)")
RAW_AMOUNT = re.compile(r"\d\s*(?:k\s*)?€|€\s*\d|\bk€")
RAW_PAY_CONTEXT = _rx(
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
BENEFIT_STRONG = _rx(
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
BENEFIT_WEAK = _rx(
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
CONTRACT_STRONG = _rx(
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
CONTRACT_WEAK = _rx(
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
SCHEDULE_STRONG = _rx(
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
SCHEDULE_WEAK = _rx(
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

# --- whether a text opening with a verb or a noun is a task -----------------------------------------------
# Task verbs that name a schedule when one follows ("Travailler le week-end").
WORKING_VERBS = frozenset("travailler travaillez travaille travaillerez".split())
# Nouns that end like actions but name what an employer grants or states ("Prise en charge de …",
# "Adhésion au CGOS", "Convention collective 66"): they do not make a task of the text.
GRANTING_NOUNS = frozenset(
    """
prise participation remboursement remboursements adhesion abonnement abonnements interessement hebergement
versement indemnisation dotation mise convention conventions evolution evolutions localisation
""".split()
)
# Nouns that open a skill without ending like an action ("Calcul des salaires", "Logiciel de paie").
TASK_NOUNS = frozenset(
    """
calcul calculs edition bulletin bulletins fiche fiches logiciel logiciels outil outils technique techniques
regle regles reglementation droit connaissance connaissances notions
""".split()
)
