"""Word lists of job-offer French that the mention finder and the linker rely on.

Every entry is written as :mod:`ecarts.text` normalises words (lower case, no accents, ``œ`` → ``oe``,
elided articles dropped), so that lookups are plain set and dict accesses.

- :data:`TASK_VERBS` — verbs that open a task ("Réaliser les plans", "vous câblez", "vous installerez"),
  every form a job offer uses (infinitive, ``vous`` present and future, third person, past participle);
- :data:`ACTION_NOUNS` — nouns that open a nominal task ("Pose de cloisons", "Câblage d'armoires");
- :data:`SOFT_SKILLS` — qualities (adjectives and nouns), each with the noun the linker compares;
- :data:`TOOLS` — software, machines and methods named in offers, each with words of the family it belongs
  to (what a ROME label would say: ``sap`` → ``progiciel gestion integre erp``);
- :data:`TRIGGERS` — phrases that introduce a skill without being one ("maîtrise de", "capacité à");
- :data:`NON_SKILL_HEADS` — what opens a chunk that is not a skill (diplomas, experience, conditions).

The lists are general: written for French job offers at large, not for one data set.
"""

from __future__ import annotations

from ecarts.text import words

__all__ = [
    "TASK_VERBS",
    "NON_TASK_VERBS",
    "ACTION_NOUNS",
    "SOFT_SKILLS",
    "TOOLS",
    "TRIGGERS",
    "NON_SKILL_HEADS",
    "REQUIREMENT_MARKERS",
    "LEADING_FILLERS",
    "PLACE_WORDS",
    "verb_forms",
    "ROLE_WORDS",
    "ACTION_SUFFIXES",
    "ADVERB_ENDINGS",
    "NOT_ACTIONS",
    "LIST_INTROS",
]


# ----------------------------------------------------------------------------------------------- verbs

# First-group (-er) and second-group (-ir, "finir") verbs: forms are derived by rule.
_ER_VERBS = """
accompagner accueillir? adapter administrer affiner aider alimenter analyser animer appliquer apporter
approvisionner arrimer assembler assister assurer atteler automatiser brancher braser cabler calculer
calibrer chiffrer charger cibler classer coder collaborer collecter communiquer compter concevoir? conditionner
configurer conseiller consigner contribuer controler coordonner creer cuisiner cuisiner debarrasser
debloquer deboucher decharger decouper definir? deconsigner degraisser demonter deneiger depanner deployer
desherber destocker detecter deteler developper diagnostiquer diriger documenter doser dresser eplucher
effectuer elaborer emballer encadrer encaisser enregistrer entreposer equiper escalader essayer estimer
etalonner etiqueter evaluer evacuer examiner executer expedier exploiter fabriquer facturer faconner
filmer finaliser flamber former fraiser gerer gerber guider habiller identifier implanter imprimer informer
injecter inspecter installer integrer interpreter inventorier isoler lancer laver lettrer livrer localiser
manipuler manutentionner mesurer migrer mobiliser modeler modifier monter motiver negocier nettoyer
noter observer operer optimiser organiser paletiser palettiser paramettrer parametrer participer passer
peindre? perfuser peser piloter placer planifier plonger pointer porter poser preparer presenter preserver
prevenir? proceder programmer proposer prospecter qualifier raccorder ranger rapprocher realiser reapprovisionner
receptionner rechercher recruter rediger regler relancer relever remplacer renseigner reparer reporter
representer reproduire? resoudre? respecter restaurer retoucher saisir? sauvegarder scanner securiser
sensibiliser servir? signaler souder stimuler stocker superviser surveiller tailler tester tirer tracer
traiter transferer transformer transmettre? transporter trier tuyauter usiner utiliser valider veiller
ventiler verifier accompagner acheminer actualiser adresser approvisionner assainir? baliser chiffrer
cuire? demarcher debiter elinguer emettre? enduire? epiler etablir? fournir? garantir? remplir? reussir? saisir?
accueillir? ouvrir? couvrir? offrir? reagir? agir? batir? polir? rotir? blanchir? vernir? raccourcir? definir?
accomplir? etablir? investir? enrichir? approfondir? ajuster amenager amorcer animer appeler archiver
assurer auditer baliser bobiner brosser calorifuger carreler chauffer cintrer coffrer coller colmater
commander compacter completer composer conduire? confectionner consolider construire? coter couler
cuisiner debiter decaper decoller decorer degivrer demarrer deposer desinfecter dessiner detartrer doubler
drainer ebavurer echafauder eclairer ecouter ecrire? elaguer eliminer embaucher enduire? entretenir?
entreprendre? equilibrer etancher etayer faire? fixer forer fraiser gainer gratter graisser gerer
harmoniser hydrater imperméabiliser imprimer intervenir? inventorier jointoyer lire? lisser lubrifier
maconner maintenir? marquer masquer meuler mettre? monter nettoyer nourrir? obtenir? peindre? percer
permettre? pianoter plaquer plier poncer pratiquer prendre? produire? promouvoir? purger quantifier
ravaler raboter recevoir? reconditionner recouvrir? redresser refaire? relier remettre? renover reparer
repasser resoudre? retourner revetir? riveter sabler sceller sertir soigner soutenir? suivre? tenir?
terrasser tondre? toiler traduire? travailler tronconner vendre? vidanger visser vitrer
dispenser prodiguer repondre? administrer escalader reinitialiser reproduire? alerter accueillir? servir?
superviser referencer rapprocher justifier? planifier informer orienter conseiller vulgariser former
eduquer evaluer animer cadrer budgeter provisionner immobiliser declarer liquider payer regler chiffrer
piquer panser perfuser aspirer injecter prelever transfuser doucher lever coucher changer habiller
laver repasser cuisiner mixer flamber decouper trancher desosser glacer napper garnir? dresser
"""
# Third-group verbs and verbs with irregular forms: infinitive -> forms (normalised, accents stripped).
_IRREGULAR = {
    "accueillir": "accueillir accueillez accueillerez accueille accueillent accueilli accueillie accueillant",
    "concevoir": "concevoir concevez concevrez concoit concoivent concu concue",
    "conduire": "conduire conduisez conduirez conduit conduisent conduite",
    "construire": "construire construisez construirez construit construisent",
    "cuire": "cuire cuisez cuirez cuit",
    "ecrire": "ecrire ecrivez ecrirez ecrit ecrivent",
    "emettre": "emettre emettez emettrez emet",
    "entretenir": "entretenir entretenez entretiendrez entretient entretiennent entretenu",
    "faire": "faire faites ferez fait font",
    "intervenir": "intervenir intervenez interviendrez intervient interviennent",
    "lire": "lire lisez lirez lit lisent",
    "maintenir": "maintenir maintenez maintiendrez maintient maintiennent",
    "mettre": "mettre mettez mettrez met mettent",
    "obtenir": "obtenir obtenez obtiendrez obtient",
    "peindre": "peindre peignez peindrez peint",
    "prendre": "prendre prenez prendrez prend prennent",
    "produire": "produire produisez produirez produit produisent",
    "promouvoir": "promouvoir promouvez promouvrez promeut",
    "recevoir": "recevoir recevez recevrez recoit recoivent",
    "remettre": "remettre remettez remettrez remet",
    "reproduire": "reproduire reproduisez reproduirez reproduit",
    "resoudre": "resoudre resolvez resoudrez resout resolu",
    "servir": "servir servez servirez sert servent",
    "soutenir": "soutenir soutenez soutiendrez soutient",
    "suivre": "suivre suivez suivrez suit suivent",
    "tenir": "tenir tenez tiendrez tient tiennent",
    "traduire": "traduire traduisez traduirez traduit",
    "transmettre": "transmettre transmettez transmettrez transmet transmettent",
    "vendre": "vendre vendez vendrez vend vendent",
    "ouvrir": "ouvrir ouvrez ouvrirez ouvre",
    "couvrir": "couvrir couvrez couvrirez couvre",
    "recouvrir": "recouvrir recouvrez recouvrirez",
    "offrir": "offrir offrez offrirez",
    "revetir": "revetir revetez",
    "prevenir": "prevenir prevenez previendrez previent",
    "enduire": "enduire enduisez enduirez",
    "refaire": "refaire refaites referez",
    "tondre": "tondre tondez tondrez",
    "permettre": "permettre permettez",
    "entreprendre": "entreprendre entreprenez",
    "nettoyer": "nettoyer nettoyez nettoierez nettoie nettoient nettoye",
    "employer": "employer employez",
    "repondre": "repondre repondez repondrez repond repondent",
    "rendre": "rendre rendez rendrez rend rendent",
    "garnir": "garnir garnissez garnirez",
}
# Second-group verbs (finir): -ir, -issez, -irez, -it, -issent.
_IR2 = set(
    """
assainir batir blanchir definir etablir fournir garantir remplir reussir saisir agir reagir polir rotir
vernir raccourcir accomplir investir enrichir approfondir nourrir
""".split()
)


def verb_forms(infinitive: str) -> set[str]:
    """Forms of a verb as job offers write them (normalised)."""
    if infinitive in _IRREGULAR:
        return set(_IRREGULAR[infinitive].split())
    if infinitive in _IR2:
        stem = infinitive[:-2]
        return {
            infinitive,
            stem + "issez",
            stem + "irez",
            stem + "it",
            stem + "issent",
            stem + "i",
            stem + "ie",
            stem + "issant",
        }
    if infinitive.endswith("er"):
        stem = infinitive[:-2]
        forms = {
            infinitive,
            stem + "ez",
            stem + "erez",
            stem + "e",
            stem + "ent",
            stem + "ee",
            stem + "ees",
            stem + "ant",
        }
        if stem.endswith("g"):
            forms.add(stem + "eant")
        return forms
    return {infinitive}


_INFINITIVES = {w.rstrip("?") for w in _ER_VERBS.split()} | set(_IRREGULAR) | _IR2
# Verbs that do not open a skill: being, having, wanting, joining, applying...
NON_TASK_VERBS = set(
    """
etre avoir rejoindre beneficier justifier posseder disposer souhaiter vouloir pouvoir devoir aimer adorer
apprecier partir venir arriver rester devenir evoluer postuler candidater recruter rechercher chercher
integrer
""".split()
)
TASK_VERBS: dict[str, str] = {}
for _inf in sorted(_INFINITIVES - NON_TASK_VERBS):
    for _form in verb_forms(_inf):
        TASK_VERBS.setdefault(_form, _inf)

# ----------------------------------------------------------------------------------------- action nouns

ACTION_NOUNS = frozenset(
    """
accueil accompagnement administration aide alimentation amenagement analyse animation application
approvisionnement arrimage assemblage assistance attelage automatisation brasage branchement cablage
calibrage chargement chiffrage cloture clotures codage collecte conception conditionnement configuration
conduite confection conseil construction controle controles coordination couverture creation cuisson
cuissons debarrassage debouchage dechargement decoupe demontage depannage depannages deploiement
destockage detelage developpement diagnostic diagnostics documentation dressage education elaboration
emballage encadrement encaissement encaissements enregistrement entretien epluchage equipement essais
etalonnage etiquetage evacuation evaluation expedition fabrication facturation filmage flambage formation
fraisage gestion habillage identification implantation inspection installation installations
instrumentation integration interpretation inventaire inventaires lavage lecture lettrage livraison
livraisons maintenance manutention menage merchandising mesure mesures migration modification montage
nettoyage optimisation organisation ouverture palettisation parametrage participation perfusion
picking pilotage planification plonge pose preparation preparations prelevement prelevements
programmation prise prospection raccordement raccordements rangement reassort reception receptions
realisation recherche redaction reglage reglages relance relances remplacement renovation reparation
reparations repassage restauration saisie sauvegarde sauvegardes scripting securisation service
soudage soudure soudures stimulation stockage suivi supervision support surveillance tenue test tests
tirage tournage traitement transfert transferts transmission transmissions transport tri usinage
vente verification verifications mise mises courses saignees approvisionnements chargements
dechargements injections pansements soins toilette change changes lever coucher rapprochement
rapprochements declaration declarations paie paies recouvrement fidelisation negociation conseils
aspiration aspirations administrations bilan bilans reapprovisionnement tracabilite depotage resolution
reinitialisation consignation deconsignation reassurance gestion suivis accompagnements assistance
""".split()
)
# Suffixes of action nouns not listed above ("dépotage", "encaissement", "réalisation"), with exceptions.
ACTION_SUFFIXES = ("age", "ement", "tion", "sion")
# Adverbs that end like action nouns ("concrètement", "régulièrement").
ADVERB_ENDINGS = (
    "ivement",
    "iquement",
    "emment",
    "amment",
    "ierement",
    "uellement",
    "alement",
    "ablement",
    "iblement",
    "etement",
    "itement",
    "ctement",
    "ntement",
)
NOT_ACTIONS = frozenset(
    """
garage fromage village voyage message usage image page etage passage paysage personnage langage stage
bagage plage visage avantage avantages dommage chomage temoignage apprentissage outillage fuselage sage
equipement equipements etablissement environnement batiment logement departement gouvernement element
evenement aliment comportement medicament complement appartement agrement seulement egalement notamment
rapidement directement regulierement principalement facilement recemment evidemment frequemment
formation station section direction position situation condition conditions fonction habitation nation
collection question mention option solution profession commission mission missions location destination
population tradition emotion portion proportion pension tension dimension version vision occasion
expression passion impression attention motivation organisation ambition relation relations reputation
remuneration association institution federation collectivite generation promotion
prestation prestations dotation saison raison maison
""".split()
)

# ------------------------------------------------------------------------------------------ soft skills

# Phrase (normalised words) -> the quality's noun (what a ROME savoir-être label says).
SOFT_SKILLS: dict[str, str] = {}
_SOFT = """
rigoureux = rigueur | rigoureuse = rigueur | rigueur = rigueur | methodique = rigueur | methode = rigueur |
minutieux = precision minutie | minutieuse = precision minutie | minutie = precision minutie |
precis = precision | precise = precision |
precision = precision | soigneux = rigueur precision | soigneuse = rigueur precision |
soin = rigueur precision | sens du detail = precision |
autonome = autonomie | autonomie = autonomie | ponctuel = ponctualite | ponctuelle = ponctualite |
ponctualite = ponctualite | assidu = assiduite | assiduite = assiduite | fiable = fiabilite |
fiabilite = fiabilite | organise = organisation | organisee = organisation | organisation = organisation |
sens de organisation = organisation | reactif = reactivite | reactive = reactivite |
reactivite = reactivite | rapide = rapidite | rapidite = rapidite | dynamique = dynamisme |
dynamisme = dynamisme | motive = motivation | motivee = motivation | motivation = motivation |
curieux = curiosite | curieuse = curiosite | curiosite = curiosite | envie apprendre = curiosite |
patient = patience | patiente = patience | patience = patience | polyvalent = adaptation polyvalence |
polyvalente = adaptation polyvalence | polyvalence = adaptation polyvalence | adaptable = adaptation |
adaptabilite = adaptation | capacite adaptation = adaptation | flexible = adaptation |
flexibilite = adaptation | esprit equipe = equipe | travail en equipe = equipe | travailler en equipe = equipe |
sens du travail en equipe = equipe | esprit analyse = analyse | esprit de synthese = synthese |
esprit initiative = initiative | force de proposition = initiative | sens du service = service |
sens du service client = service | sens du service public = service | sens du client = service |
sens du contact = contact | sens de ecoute = ecoute | ecoute = ecoute | qualites ecoute = ecoute |
empathie = empathie | empathique = empathie | bienveillant = bienveillance |
bienveillante = bienveillance | bienveillance = bienveillance | discret = discretion |
discrete = discretion | discretion = discretion | souriant = sourire | souriante = sourire |
sourire = sourire | aimable = amabilite | amabilite = amabilite | courtois = courtoisie |
courtoise = courtoisie | courtoisie = courtoisie | poli = politesse | politesse = politesse |
calme = stress calme | sang froid = stress calme | maitrise de soi = stress calme | gestion du stress = gerer stress |
resistance au stress = stress | gerer stress = stress | resistant physiquement = resistance physique |
resistance physique = resistance physique | bon relationnel = communication relationnel |
relationnel = communication relationnel |
aisance relationnelle = communication | aisance oral = communication | bonne elocution = communication |
elocution = communication | sens de communication = communication | bon contact client = communication |
pedagogue = pedagogie | pedagogie = pedagogie | diplomate = diplomatie | diplomatie = diplomatie |
leadership = leadership | qualites manageriales = leadership | creatif = creativite |
creative = creativite | creativite = creativite | vigilant = vigilance | vigilante = vigilance |
vigilance = vigilance | attentif = vigilance | attentive = vigilance | consciencieux = serieux |
consciencieuse = serieux | serieux = serieux | serieuse = serieux | honnete = honnetete |
honnetete = honnetete | perseverant = perseverance | perseverance = perseverance |
debrouillard = debrouillardise | debrouillarde = debrouillardise | debrouillardise = debrouillardise |
bonne humeur = bonne humeur | convivial = convivialite | conviviale = convivialite |
elegance = presentation | bonne presentation = presentation | excellente presentation = presentation |
presentation soignee = presentation | proprete = proprete | sens des responsabilites = responsabilite |
respect des procedures = rigueur | rigueur documentaire = rigueur | respect du materiel = soin materiel |
gout du travail bien fait = rigueur | sens du commerce = commerce | sens commercial = commerce |
esprit commercial = commerce | sens de negociation = negociation | habile de ses mains = dexterite |
habile de vos mains = dexterite | dexterite = dexterite | bonne orthographe = orthographe |
capacites redactionnelles = redaction | passionne = passion | passionnee = passion |
enthousiaste = enthousiasme | energique = dynamisme | disponible = disponibilite | investi = implication |
implique = implication | impliquee = implication | fiabilite = fiabilite | adaptation = adaptation |
esprit equipe = equipe | sens de securite = securite | sens des priorites = organisation |
capacite analyse = analyse | esprit critique = analyse
"""
for _entry in _SOFT.replace("\n", " ").split("|"):
    if "=" in _entry:
        _phrase, _noun = _entry.split("=")
        SOFT_SKILLS[" ".join(_phrase.split())] = " ".join(_noun.split())

# ---------------------------------------------------------------------------------------------- tools

# Tool (normalised words) -> words of its family, for linking. Multi-word names are matched as phrases.
TOOLS: dict[str, str] = {}
_TOOLS = """
autocad: logiciel conception dessin assiste ordinateur cao dao | revit: logiciel modelisation bim cao |
archicad: logiciel conception dessin cao | solidworks: logiciel conception cao | catia: logiciel conception cao |
see electrical: logiciel dessin schema electrique cao | sketchup: logiciel modelisation cao |
caneco: logiciel calcul electrique | excel: tableur | word: traitement texte bureautique |
outlook: messagerie bureautique | powerpoint: bureautique | pack office: outils bureautiques |
suite office: outils bureautiques | libreoffice: outils bureautiques tableur |
office 365: environnement microsoft 365 | microsoft 365: environnement microsoft 365 |
m365: environnement microsoft 365 |
teams: environnement microsoft 365 | sharepoint: environnement microsoft 365 | intune: environnement microsoft 365 |
sap: progiciel gestion integre erp | oracle: progiciel gestion integre erp | dynamics: progiciel gestion integre erp |
erp: progiciel gestion integre | pgi: progiciel gestion integre erp | sage: logiciel comptabilite |
sage 100: logiciel comptabilite | cegid: logiciel comptabilite | quadra: logiciel comptabilite |
ebp: logiciel comptabilite | coala: logiciel comptabilite | silae: logiciel paie | glpi: outil gestion tickets |
servicenow: outil gestion tickets | jira: outil gestion tickets | jira service management: outil gestion tickets |
zendesk: outil gestion tickets | easyvista: outil gestion tickets | itil: referentiel itil |
windows server: windows server | active directory: windows server active directory annuaire |
windows: systeme exploitation windows | linux: systemes exploitation linux | debian: systemes exploitation linux |
red hat: systemes exploitation linux | redhat: systemes exploitation linux | ubuntu: systemes exploitation linux |
centos: systemes exploitation linux | vmware: virtualisation | vsphere: virtualisation | esxi: virtualisation |
hyper v: virtualisation | proxmox: virtualisation | veeam: sauvegarde donnees | powershell: langage script |
bash: langage script | python: langage script | ansible: automatisation | terraform: automatisation infrastructure |
docker: conteneurs | kubernetes: orchestration conteneurs | gitlab: integration continue |
gitlab ci: integration continue |
git: gestion versions | jenkins: integration continue | prometheus: supervision | grafana: supervision |
zabbix: outil supervision | nagios: outil supervision | centreon: outil supervision | fortinet: pare feu securite |
palo alto: pare feu securite | cisco: reseau commutateurs routeurs | aruba: reseau commutateurs |
azure: informatique nuage cloud | aws: informatique nuage cloud | sql: base donnees |
tia portal: automates programmables industriels | step 7: automates programmables industriels |
unity: automates programmables industriels | schneider: automates programmables | fanuc: commande numerique |
heidenhain: commande numerique | mazatrol: commande numerique | num: commande numerique |
siemens 840d: commande numerique | topsolid: fabrication assistee ordinateur fao |
mastercam: fabrication assistee ordinateur fao | fao: fabrication assistee ordinateur |
cao: conception assistee ordinateur | dao: dessin assiste ordinateur | gmao: gestion maintenance assistee ordinateur |
carl source: gestion maintenance assistee ordinateur gmao | netsoins: dossier patient informatise |
orbis: dossier patient informatise | hopital manager: dossier patient informatise |
dxcare: dossier patient informatise |
dpi: dossier patient informatise | wms: logiciel gestion entrepot | reflex: logiciel gestion entrepot wms |
generix: logiciel gestion entrepot wms | transics: informatique embarquee | bim: maquette numerique |
haccp: hygiene securite alimentaire | vdi: reseaux courants faibles | irve: borne recharge vehicule electrique |
knx: domotique | photoshop: retouche images | instagram: reseaux sociaux | canva: graphisme |
salesforce: gestion relation client crm | crm: gestion relation client | teams: microsoft 365
"""
for _entry in _TOOLS.split("|"):
    if ":" in _entry:
        _name, _family = _entry.split(":", 1)
        TOOLS[" ".join(_name.split())] = " ".join(_family.split())

# ------------------------------------------------------------------------------------ chunk openers


def _phrases(text: str) -> tuple[tuple[str, ...], ...]:
    """``a|b c|...`` -> normalised word tuples, longest first."""
    found = {tuple(words(p)) for p in text.replace("\n", "").split("|")}
    return tuple(sorted((p for p in found if p), key=lambda p: (-len(p), p)))


# Phrases that introduce a skill (removed from the mention, the rest is the skill).
TRIGGERS = _phrases("""
maitrise de|maitrise du|maitrise des|maitrise|maitriser|maitrisez|maitrisant
connaissance de|connaissance du|connaissance des|connaissances de|connaissances du|connaissances des|
connaissance|connaissances|connaissances en|connaissance en|connaissez|connaitre
notions de|notions en|notion de|notions|bases en|bases de|competences en|competence en|competences|
capacite a|capacites a|aptitude a|aptitudes a|etre capable de|capable de|savoir|savez|saurez|
vous savez|sachant|etre en mesure de|experience du|experience des|experience de la|experience sur|
premiere experience sur|pratique de|pratique du|usage de|utilisation de|
a aise avec|aise avec|a l aise avec|familier de|familiarise avec|forme a|formee a|parlez|parles|parler|
aimes|sais|savez faire|dans le respect des|dans le respect de|dans le strict respect des|en respectant|
respectueux des|respectueuse des|
titulaire du|titulaire de|titulaire des|etes titulaire du|etes titulaire de|detenez|possedez|
avoir|avez|disposez de|aimez|aimer|gout pour|gout du|interet pour
""")

# Chunk openers that mean "this is not a skill": diplomas, experience, contract, pay, schedule, people.
NON_SKILL_HEADS = frozenset(
    """
cap bep bac bts dut but licence master diplome diplomee diplomes titre dcg dscg deaes advf ibode ide
deust cqp brevet formation titulaire niveau experience experiences debutant debutants debutante
annees ans an mois poste postes contrat cdi cdd interim mission missions horaires horaire temps salaire
remuneration prime primes mutuelle tickets ticket avantages vehicule logement repas nourri
profil profils qualites competences savoir etre vos votre missions principales responsabilites
taches quotidien activites candidats candidat candidature equipe entreprise societe
groupe client clients agence magasin site usine notre nos nous vous tu pratiquant pratiquante
ce cette ces il elle on poste ideal idealement
""".split()
)

# Markers of how much a skill is required, removed from the end of a mention.
REQUIREMENT_MARKERS = _phrases("""
exige|exigee|exiges|exigees|indispensable|indispensables|obligatoire|obligatoires|souhaite|souhaitee|
souhaites|souhaitees|apprecie|appreciee|apprecies|appreciees|demande|demandee|demandes|demandees|requis|
requise|requises|impératif|imperatif|imperative|un plus|est un plus|serait un plus|seraient un plus|
sont un plus|est un atout|un atout|serait un atout|a jour|en cours de validite|en cours|valide|valides|
souhaitable|bienvenu|bienvenue|fortement apprecie|fortement appreciee|necessaire|necessaires|
serait apprecie|serait appreciee|est demande|est demandee|est indispensable|est exigee|est exige|
sont indispensables|sont exiges|sont apprecies|appreciees|idealement|de preference|ou equivalent
""")

# Words removed at the start of a chunk before it is read (subject, auxiliaries, adverbs, articles).
LEADING_FILLERS = frozenset(
    """
vous tu il elle on nous je et ou puis ainsi que aussi egalement notamment principalement idealement
etes serez seriez serait etre sera sont est avez aurez auriez pourrez devrez devez pouvez pourriez
serez amene amenee amene e charge chargee de du des la le les un une au aux a en votre vos ton tes son
ses sa leur leurs ce cette ces pour afin par sur dans avec sans tout toute tous toutes tres
il/elle elle/il as es seras auras
concretement ponctuellement regulierement principalement notamment egalement rapidement directement
quotidiennement idealement eventuellement parfaitement activement essentiellement frequemment
occasionnellement generalement prioritairement ensuite enfin aussi ainsi outre surtout mais
""".split()
)

# Words that, after "sur"/"dans"/"au", say where the job is done rather than what it is.
PLACE_WORDS = frozenset(
    """
chantier chantiers site sites domicile secteur zone region departement agence magasin boutique
bureaux locaux usine atelier etablissement service services entrepot plateforme unite unites maison
maisons logement logements operation operations residence residences batiment batiments
""".split()
)

# Job titles: a chunk made of one of these (and function words) is not a skill.
ROLE_WORDS = frozenset(
    """
electricien plombier chauffagiste infirmier infirmiere auxiliaire aide cariste conducteur chauffeur
administrateur technicien technicienne ingenieur operateur operatrice regleur tourneur fraiseur usineur
vendeur vendeuse conseiller conseillere cuisinier cuisiniere commis serveur serveuse barman comptable
magasinier apprenti apprentie stagiaire alternant alternante chef cheffe responsable manager assistant
assistante agent agente
""".split()
)

# Words before a colon that announce a list of skills ("Compétences : hydraulique, électricité, …").
LIST_INTROS = frozenset(
    """
competences competence connaissances connaissance qualites qualite savoir faire etre logiciels logiciel
outils outil langues langue atouts technologies stack environnement technique techniques habilitations
certifications permis aptitudes requis prerequis
""".split()
)
