# -*- coding: utf-8 -*-
"""Part C generator: ROME excerpt, RNCP XML, offers and truth.json (deterministic, stdlib only)."""

FICHES = [
    # code_rome, code_fiche_metier, code_ogr, libelle, reglemente, main
    ("J1304", "1472", "730001", "Auxiliaire de puériculture", "Oui", True),
    ("K2204", "2131", "730002", "Agent / Agente de propreté", "Non", True),
    ("J1501", "1480", "730003", "Aide-soignant / Aide-soignante", "Oui", False),
    ("K1303", "2010", "730004", "Assistant maternel / Assistante maternelle", "Oui", False),
    ("K2202", "2129", "730005", "Laveur / Laveuse de vitres", "Non", False),
    ("G1501", "1022", "730006", "Employé / Employée d'étage en hôtellerie", "Non", False),
]

APPELLATIONS = [
    ("730101", "Auxiliaire de puériculture", "Auxiliaire de puériculture", "J1304"),
    ("730102", "Auxiliaire de puériculture en crèche", "Auxiliaire puériculture crèche", "J1304"),
    ("730103", "Auxiliaire de puériculture en maternité", "Auxiliaire puériculture maternité", "J1304"),
    ("730104", "Auxiliaire de puériculture en néonatologie", "Auxiliaire puériculture néonat", "J1304"),
    ("730111", "Agent / Agente de propreté", "Agent / Agente de propreté", "K2204"),
    ("730112", "Agent / Agente de nettoyage de locaux", "Agent / Agente de nettoyage", "K2204"),
    ("730113", "Agent / Agente de propreté et d'hygiène", "Agent / Agente propreté hygiène", "K2204"),
    ("730114", "Agent / Agente de bionettoyage", "Agent / Agente bionettoyage", "K2204"),
    ("730121", "Aide-soignant / Aide-soignante", "Aide-soignant / Aide-soignante", "J1501"),
    ("730122", "Aide-soignant / Aide-soignante en pédiatrie", "Aide-soignant pédiatrie", "J1501"),
    ("730131", "Assistant maternel / Assistante maternelle", "Assistant / Assistante maternel(le)", "K1303"),
    ("730132", "Garde d'enfants à domicile", "Garde d'enfants", "K1303"),
    ("730141", "Laveur / Laveuse de vitres", "Laveur / Laveuse de vitres", "K2202"),
    ("730142", "Laveur / Laveuse de vitres en hauteur", "Laveur vitres hauteur", "K2202"),
    ("730151", "Employé / Employée d'étage", "Employé / Employée d'étage", "G1501"),
    ("730152", "Valet / Femme de chambre", "Valet / Femme de chambre", "G1501"),
]

MOBILITE = [
    ("J1304", "J1501", "1"), ("J1304", "K1303", "2"),
    ("K2204", "K2202", "1"), ("K2204", "G1501", "2"),
    ("J1501", "J1304", "1"), ("K1303", "J1304", "1"),
    ("K2202", "K2204", "1"), ("G1501", "K2204", "1"),
]

# Savoir-faire / savoir-être items:
# (code_ogr, nature, label, definition, macro_ogr, macro_code, sous_cat, fiches, skill_key, coeur)
SF = "Savoir-faire"
SE = "Savoir-être professionnel"
COMPETENCES = [
    # --- J1304 savoir-faire
    ("731001", SF, "Réaliser les soins d'hygiène et de confort du nourrisson", "Toilette, change, habillage et soins du siège du tout-petit.", "733001", "M733001", "Soins d'hygiène et de confort", ["J1304"], "J01", "Principale"),
    ("731002", SF, "Préparer et donner les repas et les biberons", "Reconstitution des laits, aide au repas de l'enfant.", "733002", "M733002", "Alimentation de l'enfant", ["J1304", "K1303"], "J02", "Principale"),
    ("731003", SF, "Accompagner l'enfant dans son sommeil", "Installation au lit, surveillance du repos.", "733001", "M733001", "Rythmes de l'enfant", ["J1304", "K1303"], "J03", "Principale"),
    ("731004", SF, "Proposer des activités d'éveil adaptées à l'âge de l'enfant", "Jeux, ateliers sensoriels et moteurs.", "733003", "M733003", "Éveil de l'enfant", ["J1304", "K1303"], "J04", "Principale"),
    ("731005", SF, "Surveiller l'état de santé de l'enfant", "Observation, mesure de la température, repérage des signes d'alerte.", "733004", "M733004", "Surveillance de la santé", ["J1304"], "J05", "Principale"),
    ("731006", SF, "Transmettre les informations sur la journée de l'enfant", "Transmissions orales et écrites à l'équipe et aux familles.", "733005", "M733005", "Transmission d'informations", ["J1304"], "J06", "Principale"),
    ("731007", SF, "Accueillir l'enfant et sa famille", "Accueil au moment des arrivées et des départs.", "733005", "M733005", "Relation avec les familles", ["J1304", "K1303"], "J07", "Principale"),
    ("731008", SF, "Entretenir et désinfecter le matériel de puériculture et les jouets", "Entretien courant des espaces et des équipements.", "733006", "M733006", "Hygiène des locaux et du matériel", ["J1304"], "J08", "Principale"),
    ("731009", SF, "Accompagner un enfant en situation de handicap", "Adaptation de l'accueil aux besoins spécifiques.", "733003", "M733003", "Accueil inclusif", ["J1304"], "J09", "Principale"),
    ("731010", SF, "Aider à la prise de médicaments selon la prescription", "Administration sur protocole, suivi des PAI.", "733004", "M733004", "Surveillance de la santé", ["J1304"], "J10", "Principale"),
    ("731011", SF, "Participer à l'élaboration du projet pédagogique", "Contribution au projet d'établissement.", "733007", "M733007", "Projet d'établissement", ["J1304"], "J11", "Principale"),
    ("731012", SF, "Accompagner l'enfant dans l'acquisition de la propreté", "Apprentissage du pot et des toilettes.", "733003", "M733003", "Autonomie de l'enfant", ["J1304", "K1303"], "J12", "Principale"),
    ("731013", SF, "Soutenir la mère lors de l'allaitement", "Aide à la mise au sein en maternité.", "733008", "M733008", "Maternité", ["J1304"], "J18", "Principale"),
    ("731014", SF, "Réaliser des soins au nouveau-né en néonatologie", "Soins en incubateur, surveillance du prématuré.", "733008", "M733008", "Néonatologie", ["J1304"], "J19", "Principale"),
    ("731015", SF, "Animer des temps d'échange avec les parents", "Cafés des parents, ateliers parents-enfants.", "733009", "M733009", "Soutien à la parentalité", ["J1304"], "J22", "Émergente"),
    ("731016", SF, "Orienter les familles vers les partenaires médico-sociaux", "PMI, CAF, services sociaux.", "733009", "M733009", "Soutien à la parentalité", ["J1304"], "J23", "Émergente"),
    ("731017", SF, "Repérer les situations de fragilité familiale", "Repérage et signalement à la direction.", "733009", "M733009", "Soutien à la parentalité", ["J1304"], "J24", "Émergente"),
    # --- K2204 savoir-faire
    ("731101", SF, "Nettoyer les sols manuellement", "Balayage, lavage à plat, serpillière.", "733101", "M733101", "Nettoyage manuel", ["K2204", "G1501"], "K01", "Principale"),
    ("731102", SF, "Dépoussiérer et essuyer le mobilier", "Essuyage humide des surfaces et points de contact.", "733101", "M733101", "Nettoyage manuel", ["K2204", "G1501"], "K02", "Principale"),
    ("731103", SF, "Nettoyer et désinfecter les sanitaires", "Détartrage, désinfection, contrôle.", "733101", "M733101", "Nettoyage manuel", ["K2204", "G1501"], "K03", "Principale"),
    ("731104", SF, "Doser et diluer les produits d'entretien", "Préparation des solutions selon les fiches techniques.", "733102", "M733102", "Produits d'entretien", ["K2204", "G1501"], "K04", "Principale"),
    ("731105", SF, "Vider les corbeilles et trier les déchets", "Collecte et tri sélectif.", "733103", "M733103", "Gestion des déchets", ["K2204"], "K05", "Principale"),
    ("731106", SF, "Approvisionner les sanitaires en consommables", "Papier, savon, essuie-mains.", "733101", "M733101", "Approvisionnement", ["K2204", "G1501"], "K06", "Principale"),
    ("731107", SF, "Réaliser un bionettoyage en milieu de soins", "Détergence-désinfection des chambres et locaux de soins.", "733104", "M733104", "Milieux sensibles", ["K2204"], "K07", "Principale"),
    ("731108", SF, "Préparer et entretenir le chariot de nettoyage", "Préparation en début de poste, entretien en fin de poste.", "733105", "M733105", "Matériel", ["K2204"], "K08", "Principale"),
    ("731109", SF, "Nettoyer les vitres accessibles", "Vitrerie de plain-pied.", "733106", "M733106", "Vitrerie", ["K2204", "K2202"], "K09", "Principale"),
    ("731110", SF, "Contrôler la qualité de sa prestation", "Autocontrôle au regard du cahier des charges.", "733107", "M733107", "Qualité", ["K2204"], "K10", "Principale"),
    ("731111", SF, "Intervenir en site occupé", "Discrétion, relation avec les occupants.", "733107", "M733107", "Relation client", ["K2204"], "K11", "Principale"),
    ("731112", SF, "Identifier les risques chimiques liés aux produits", "Lecture des étiquettes et des FDS.", "733102", "M733102", "Prévention du risque chimique", ["K2204"], "K12", "Principale"),
    ("731113", SF, "Entretenir les moquettes", "Détachage, shampouinage.", "733108", "M733108", "Traitement des sols", ["K2204"], "K13", "Principale"),
    ("731114", SF, "Remettre en état des locaux après travaux", "Nettoyage de fin de chantier.", "733108", "M733108", "Remise en état", ["K2204"], "K21", "Principale"),
    ("731115", SF, "Mettre en place les salles de réunion", "Installation du mobilier, préparation des pauses.", "733109", "M733109", "Services aux occupants", ["K2204"], "K22", "Émergente"),
    ("731116", SF, "Distribuer le courrier interne", "Tri et distribution du courrier.", "733109", "M733109", "Services aux occupants", ["K2204"], "K23", "Émergente"),
    ("731117", SF, "Réaliser de petits travaux de maintenance", "Changement d'ampoules, petits réglages.", "733109", "M733109", "Services aux occupants", ["K2204"], "K24", "Émergente"),
    # --- close fiches savoir-faire
    ("731201", SF, "Réaliser les soins d'hygiène et de confort de la personne", "Toilette, habillage.", "733201", "M733201", "Soins d'hygiène et de confort", ["J1501"], None, "Principale"),
    ("731202", SF, "Aider à la prise des repas d'une personne dépendante", "", "733201", "M733201", "Alimentation", ["J1501"], None, "Principale"),
    ("731203", SF, "Mesurer les paramètres vitaux", "Pouls, tension, température.", "733202", "M733202", "Surveillance clinique", ["J1501"], None, "Principale"),
    ("731204", SF, "Renseigner le dossier de soins", "", "733202", "M733202", "Transmission d'informations", ["J1501"], None, "Principale"),
    ("731205", SF, "Installer le patient au lit ou au fauteuil", "", "733201", "M733201", "Mobilisation", ["J1501"], None, "Principale"),
    ("731206", SF, "Entretenir l'environnement immédiat du patient", "", "733203", "M733203", "Hygiène des locaux", ["J1501"], None, "Principale"),
    ("731211", SF, "Accueillir l'enfant à son domicile", "", "733211", "M733211", "Accueil individuel", ["K1303"], None, "Principale"),
    ("731212", SF, "Aménager un espace sécurisé pour l'enfant", "", "733211", "M733211", "Sécurité de l'enfant", ["K1303"], None, "Principale"),
    ("731221", SF, "Nettoyer des vitres en hauteur", "", "733221", "M733221", "Vitrerie", ["K2202"], None, "Principale"),
    ("731222", SF, "Sécuriser le poste de travail en hauteur", "", "733221", "M733221", "Sécurité", ["K2202"], None, "Principale"),
    ("731223", SF, "Nettoyer des façades vitrées", "", "733221", "M733221", "Vitrerie", ["K2202"], None, "Principale"),
    ("731231", SF, "Faire les lits et changer le linge", "", "733231", "M733231", "Service d'étage", ["G1501"], None, "Principale"),
    ("731232", SF, "Nettoyer les chambres et salles de bain", "", "733231", "M733231", "Service d'étage", ["G1501"], None, "Principale"),
    ("731233", SF, "Contrôler l'état des chambres avant attribution", "", "733231", "M733231", "Qualité", ["G1501"], None, "Principale"),
    # --- savoir-être (shared)
    ("731050", SE, "Faire preuve de rigueur et de précision", "Capacité à respecter les règles et les procédures avec exactitude.", "733301", "M733301", "Rigueur", ["J1304", "K2204", "J1501", "K2202", "G1501"], "*E3", "Principale"),
    ("731051", SE, "Travailler en équipe", "Capacité à s'intégrer dans un collectif et à coopérer.", "733302", "M733302", "Coopération", ["J1304", "K2204", "J1501"], "*E2", "Principale"),
    ("731052", SE, "Être à l'écoute, faire preuve d'empathie", "Capacité à comprendre les besoins d'autrui.", "733302", "M733302", "Relation", ["J1304", "J1501", "K1303"], "JE1", "Principale"),
    ("731053", SE, "Faire preuve de patience", "Capacité à garder son calme dans la durée.", "733303", "M733303", "Maîtrise de soi", ["J1304", "K1303"], "JE4", "Principale"),
    ("731054", SE, "Faire preuve d'autonomie", "Capacité à organiser son travail seul.", "733304", "M733304", "Autonomie", ["K2204", "K2202"], "KE1", "Principale"),
    ("731055", SE, "Faire preuve de dynamisme", "Capacité à s'engager avec énergie.", "733304", "M733304", "Engagement", ["J1304"], "JE5", "Principale"),
    ("731056", SE, "Faire preuve de discrétion", "Capacité à respecter la confidentialité des lieux.", "733303", "M733303", "Discrétion", ["K2204", "G1501"], "KE3", "Principale"),
    ("731057", SE, "Respecter les horaires et faire preuve d'assiduité", "Capacité à être présent et à l'heure.", "733303", "M733303", "Assiduité", ["K2204"], "KE2", "Principale"),
]

# Savoirs: (code, label, categorie, sous_categorie, fiches, skill_key, coeur)
TP_ = "Techniques professionnelles"
OL_ = "Outils et logiciels"
NP_ = "Normes et procédés"
DE_ = "Domaines d'expertise"
ME_ = "Matériels et équipements"
SAVOIRS = [
    ("732001", "Pédagogie Montessori", TP_, "Pédagogies de la petite enfance", ["J1304", "K1303"], None, "Principale"),
    ("732002", "Approche Pikler-Loczy", TP_, "Pédagogies de la petite enfance", ["J1304"], "J13", "Principale"),
    ("732003", "Pédagogie Reggio Emilia", TP_, "Pédagogies de la petite enfance", ["J1304"], None, "Principale"),
    ("732004", "Signes associés à la parole", TP_, "Techniques de communication gestuelle", ["J1304", "K1303"], "J14", "Principale"),
    ("732005", "Makaton", TP_, "Techniques de communication gestuelle", ["J1304"], None, "Principale"),
    ("732006", "Langue des signes française (LSF)", TP_, "Techniques de communication gestuelle", ["J1304"], None, "Principale"),
    ("732007", "Espace Snoezelen", TP_, "Techniques d'éveil sensoriel", ["J1304"], "J21", "Principale"),
    ("732008", "Massage du nourrisson", TP_, "Techniques d'éveil sensoriel", ["J1304", "K1303"], None, "Principale"),
    ("732009", "Éveil musical", TP_, "Techniques d'éveil sensoriel", ["J1304"], None, "Principale"),
    ("732010", "Communication non violente (CNV)", TP_, "Techniques de communication", ["J1304"], "J20", "Principale"),
    ("732011", "Écoute active", TP_, "Techniques de communication", ["J1304"], None, "Principale"),
    ("732012", "Application Meeko", OL_, "Logiciels de suivi des enfants", ["J1304"], "J15", "Principale"),
    ("732013", "Application Kidizz", OL_, "Logiciels de suivi des enfants", ["J1304"], None, "Principale"),
    ("732014", "Logiciel Inoe", OL_, "Logiciels de suivi des enfants", ["J1304"], None, "Principale"),
    ("732015", "Développement psychomoteur de l'enfant", DE_, "Petite enfance", ["J1304", "K1303"], "J25", "Principale"),
    ("732016", "Diététique du nourrisson", DE_, "Petite enfance", ["K1303"], None, "Principale"),
    ("732017", "Couches lavables", TP_, "Pratiques écoresponsables en petite enfance", ["J1304"], "J16", "Émergente"),
    ("732018", "Démarche éco-crèche", NP_, "Pratiques écoresponsables en petite enfance", ["J1304"], "J16", "Émergente"),
    ("732019", "Anglais", DE_, "Langues étrangères", ["J1304", "G1501"], "J17", "Principale"),
    # transversal
    ("732020", "Sauveteur Secouriste du Travail (SST)", NP_, "Prévention des risques professionnels", ["J1304", "K2204", "J1501", "K2202"], "*T1", "Principale"),
    ("732021", "Gestes et postures de manutention", NP_, "Prévention des risques professionnels", ["J1304", "K2204", "J1501", "G1501"], "*T2", "Principale"),
    ("732022", "Prévention des risques liés à l'activité physique (PRAP)", NP_, "Prévention des risques professionnels", ["J1304", "K2204"], "*T2", "Principale"),
    ("732023", "Tablette numérique", OL_, "Outils bureautiques et numériques", ["J1304", "K2204", "J1501"], "*T3", "Principale"),
    ("732024", "Logiciel de traitement de texte", OL_, "Outils bureautiques et numériques", ["J1304"], "*T3", "Principale"),
    ("732025", "Smartphone professionnel", OL_, "Outils bureautiques et numériques", ["K2204"], "*T3", "Principale"),
    # K2204
    ("732101", "Autolaveuse", ME_, "Matériels de nettoyage mécanisé", ["K2204"], "K14", "Principale"),
    ("732102", "Monobrosse", ME_, "Matériels de nettoyage mécanisé", ["K2204"], None, "Principale"),
    ("732103", "Injecteur-extracteur", ME_, "Matériels de nettoyage mécanisé", ["K2204"], None, "Principale"),
    ("732104", "Aspirateur dorsal", ME_, "Matériels de nettoyage mécanisé", ["K2204"], None, "Principale"),
    ("732105", "Méthode spray", TP_, "Techniques de traitement des sols", ["K2204"], None, "Principale"),
    ("732106", "Cristallisation", TP_, "Techniques de traitement des sols", ["K2204"], "K15", "Principale"),
    ("732107", "Décapage", TP_, "Techniques de traitement des sols", ["K2204"], None, "Principale"),
    ("732108", "Mise en émulsion", TP_, "Techniques de traitement des sols", ["K2204"], None, "Principale"),
    ("732109", "Raclette et mouilleur", TP_, "Techniques de nettoyage des vitres", ["K2204", "K2202"], None, "Principale"),
    ("732110", "Perche à eau pure", TP_, "Techniques de nettoyage des vitres", ["K2204", "K2202"], "K16", "Principale"),
    ("732111", "Produits écolabellisés", TP_, "Procédés de nettoyage écoresponsables", ["K2204", "G1501"], "K17", "Émergente"),
    ("732112", "Nettoyage à l'eau ozonée", TP_, "Procédés de nettoyage écoresponsables", ["K2204"], "K17", "Émergente"),
    ("732113", "CACES R486 (plates-formes élévatrices mobiles de personnes)", NP_, "Habilitations et certificats", ["K2204", "K2202"], "K18", "Principale"),
    ("732114", "Habilitation électrique H0B0", NP_, "Habilitations et certificats", ["K2204"], "K19", "Principale"),
    ("732115", "Nettoyage en zone à atmosphère contrôlée", TP_, "Techniques de nettoyage en milieu sensible", ["K2204"], "K20", "Principale"),
    ("732116", "Protocoles de bionettoyage", TP_, "Techniques de nettoyage en milieu sensible", ["K2204"], "K07", "Principale"),
    ("732117", "Fiches de données de sécurité (FDS)", NP_, "Prévention du risque chimique", ["K2204"], "K12", "Principale"),
    ("732118", "Pictogrammes de danger SGH", NP_, "Prévention du risque chimique", ["K2204"], "K12", "Principale"),
    ("732119", "Travail en hauteur avec harnais", NP_, "Normes de sécurité", ["K2202"], None, "Principale"),
]

# ---------------------------------------------------------------------------
# RNCP certifications. Competence statements are plain strings; coverage in
# generate.py refers to them by exact text.
# ---------------------------------------------------------------------------

# --- RNCP73001 Diplôme d'État d'auxiliaire de puériculture
DEAP_J01 = "Dispenser au tout-petit l'entretien corporel quotidien (lavage, siège, habillage) en adaptant ses gestes à son âge, à son bien-être et aux habitudes transmises par la famille"
DEAP_J02 = "Organiser l'alimentation du tout-petit, de la reconstitution du lait infantile au déjeuner pris à table, en tenant compte de son rythme, de ses goûts et des prescriptions éventuelles"
DEAP_J03 = "Respecter les rythmes biologiques de chaque tout-petit et exercer une vigilance attentive en dortoir afin de garantir sa sécurité pendant l'assoupissement"
DEAP_J04 = "Concevoir et conduire des situations ludiques favorisant les acquisitions sensorielles, motrices et langagières de l'enfant, à partir de l'observation de ses intérêts"
DEAP_J07 = "Instaurer un climat de confiance avec les titulaires de l'autorité parentale lors des moments de séparation et de retrouvailles, en tenant compte de la diversité des cultures familiales"
DEAP_T2 = "Mobiliser et porter le tout-petit en appliquant les principes d'ergonomie qui préservent sa propre santé physique"
DEAP_J25 = "Situer les grandes acquisitions psychiques, motrices et affectives de la naissance à six ans afin d'ajuster sa posture professionnelle aux besoins de chaque enfant"
DEAP_J05 = "Observer l'état clinique de l'enfant, mesurer ses paramètres vitaux et signaler sans délai toute anomalie à l'infirmier ou au médecin"
DEAP_J19 = "Réaliser des soins adaptés à l'état de l'enfant en collaboration avec l'infirmier, dans le respect des règles de bonnes pratiques"
DEAP_J18 = "Épauler la mère dans la mise au sein et le maintien de la lactation, en lien avec la sage-femme"
DEAP_J09 = "Adapter sa prise en charge aux besoins particuliers de chaque enfant en tenant compte de ses capacités et de ses difficultés"
DEAP_J14 = "Mobiliser les pictogrammes et les gestes du Makaton pour soutenir la communication de l'enfant dont le langage verbal est en cours d'acquisition"
DEAP_J06 = "Rendre compte par écrit et par oral des observations effectuées afin d'assurer la continuité de la prise en charge au sein de l'équipe pluriprofessionnelle"
DEAP_J15 = "Tracer les soins et les observations dans le dossier informatisé de l'enfant à l'aide du logiciel Inoe utilisé dans la structure"
DEAP_J08 = "Appliquer les règles d'hygiène et de prévention des infections associées aux soins dans l'ensemble de ses activités"
DEAP_ACT_J11 = "Participation à la conception et à la mise en œuvre du projet d'accueil de la structure"
DEAP_CAP_J10 = "Contribuer, sur prescription, à l'aide à la prise des traitements de l'enfant en respectant les protocoles en vigueur"
DEAP_CAP_T3 = "Utiliser les supports numériques de l'établissement pour consigner les informations relatives à l'enfant"

# --- RNCP73002 CAP Accompagnant éducatif petite enfance
CAP_J01 = "Assurer l'entretien corporel du jeune enfant en veillant à sa sécurité physique et à son bien-être affectif"
CAP_J02 = "Servir les collations et les déjeuners et aider le jeune enfant à manger seul en favorisant son autonomie et la découverte des saveurs"
CAP_J03 = "Aménager l'espace de repos et veiller sur l'assoupissement de chaque enfant en respectant ses rituels"
CAP_J04 = "Organiser des situations de découverte et d'exploration ludique ajustées aux capacités motrices, sensorielles et langagières de l'enfant"
CAP_J12 = "Accompagner l'enfant dans les apprentissages de la vie quotidienne (habillage, lavage des mains, autonomie au repas)"
CAP_J13 = "S'inspirer des principes de la pédagogie Montessori pour aménager un environnement favorisant l'autonomie de l'enfant"
CAP_J25 = "Identifier les grandes étapes de la croissance physique, affective et intellectuelle du tout-petit et les besoins qui leur correspondent"
CAP_J05 = "Identifier une situation à risque pour l'enfant et alerter immédiatement le professionnel responsable"
CAP_J07 = "Établir avec chaque famille un lien de confiance lors de l'arrivée et du départ de l'enfant, dans le respect des pratiques éducatives parentales"
CAP_J06 = "Relater aux collègues et aux parents, oralement comme par écrit, le déroulé du séjour de l'enfant et les faits marquants observés"
CAP_J08 = "Remettre en état les lieux d'accueil et les équipements ludiques selon les protocoles sanitaires de la structure"
CAP_J11 = "S'approprier les orientations éducatives de la structure et contribuer à leur mise en œuvre au quotidien"
CAP_MOD_T1 = "La maîtrise des premiers gestes de secours est évaluée dans le cadre de l'épreuve de prévention-santé-environnement"

# --- RNCP73011 CAP Agent de propreté et d'hygiène
CAPP_K01 = "Dépoussiérer puis remettre en propreté les revêtements horizontaux en choisissant une méthode manuelle adaptée à leur nature et à leur degré d'encrassement"
CAPP_K02 = "Éliminer les salissures déposées sur les meubles, les points de contact et les équipements de bureau à l'aide de lavettes et de gazes humidifiées"
CAPP_K03 = "Assainir les locaux d'aisance et les points d'eau en appliquant un protocole associant détergent et désinfectant"
CAPP_K04 = "Préparer les solutions de travail en mesurant les quantités de concentré et d'eau indiquées sur les fiches techniques des fabricants"
CAPP_K05 = "Collecter les contenants à ordures et acheminer les rebuts vers les points de regroupement en respectant les filières de valorisation du site"
CAPP_K08 = "Constituer l'équipement mobile de travail en début de service puis rincer, sécher et ranger outils et textiles en fin de vacation"
CAPP_K21 = "Préparer la livraison d'un local neuf ou rénové en éliminant poussières de plâtre, traces de peinture et résidus de colle"
CAPP_K14 = "Conduire une monobrosse en respectant les règles de sécurité afin de laver ou de lustrer des surfaces dures"
CAPP_K15 = "Rénover un sol protégé par décapage puis mise en émulsion en respectant les temps de séchage"
CAPP_T2 = "Adopter des positions de travail économes en effort lors des opérations de manutention et du déplacement des matériels"
CAPP_K12 = "Appliquer les règles de sécurité liées à l'emploi des produits et des matériels sur le lieu de travail"
CAPP_MOD_K10 = "Le candidat contrôle visuellement le résultat de ses travaux au regard des consignes reçues"
CAPP_ACT_K07 = "Participation à l'entretien des locaux de soins sous la responsabilité d'un encadrant"

# --- RNCP73012 TP Agent de propreté et d'hygiène
TPP_K01 = "Retirer les poussières et les souillures des revêtements durs et souples à l'aide de matériels manuels choisis selon la surface à traiter"
TPP_K02 = "Remettre en propreté les meubles et les points de contact en adaptant les textiles et la solution au support"
TPP_K03 = "Traiter les blocs d'aisance (cuvettes, urinoirs, vasques, robinetteries) en respectant l'ordre des opérations, de la zone la plus propre à la plus souillée"
TPP_K04 = "Calculer et réaliser le mélange eau-produit à partir des indications portées sur l'étiquette et le plan de travail"
TPP_K06 = "Compléter les stocks de papier hygiénique, d'essuie-mains et de savon dans les blocs d'aisance à partir de la réserve du site"
TPP_K08 = "Garnir l'unité mobile de travail en début de vacation et restituer en fin de poste des outils et textiles lavés, séchés et rangés"
TPP_K09 = "Rendre transparentes les surfaces vitrées atteignables de plain-pied au moyen de la raclette et du mouilleur"
TPP_K10 = "Apprécier le niveau de propreté obtenu au regard du cahier des charges et reprendre les zones non conformes"
TPP_K14 = "Laver mécaniquement les surfaces dures à la monobrosse en adaptant le disque et la solution à la nature du revêtement"
TPP_K15 = "Entretenir les sols protégés par la méthode spray afin de leur rendre leur brillance"
TPP_K13 = "Éliminer ponctuellement les taches sur les revêtements textiles à l'aide de produits adaptés"
TPP_K07 = "Mettre en œuvre un protocole d'entretien en secteur hospitalier combinant détergence et désinfection afin de réduire la charge microbienne des surfaces"
TPP_K12 = "Décoder l'étiquetage réglementaire des contenants de produits dangereux et les documents de prévention associés avant toute manipulation"
TPP_K05 = "Respecter les circuits propre et sale pour le linge, les rebuts et les matériels"
TPP_ACT_K11 = "Prestation réalisée le plus souvent en présence des usagers des locaux, en veillant à limiter la gêne occasionnée"
TPP_CAP_T1 = "Alerter les secours et protéger la zone en cas d'accident survenant sur le lieu de travail"

CERTS = [
    {
        "numero": "RNCP73001",
        "intitule": "Diplôme d'État d'auxiliaire de puériculture",
        "abrege": ("DE", "Diplôme d'État"),
        "niveau": ("NIV4", "Niveau 4"),
        "romes": [("J1304", "Auxiliaire de puériculture")],
        "activites": [
            "Accompagnement de l'enfant de la naissance à l'adolescence dans les actes de la vie quotidienne, en maternité, en service de pédiatrie, en établissement d'accueil du jeune enfant ou en protection maternelle et infantile",
            DEAP_ACT_J11,
            "Collaboration avec l'infirmier, la puéricultrice et l'éducateur de jeunes enfants au sein d'une équipe pluriprofessionnelle",
        ],
        "capacites": [
            "Accompagner l'enfant dans les activités de sa vie quotidienne et de sa vie sociale en repérant ses besoins",
            DEAP_CAP_J10,
            DEAP_CAP_T3,
            "Évaluer l'état clinique de l'enfant et mettre en œuvre des soins adaptés en collaboration",
        ],
        "style": "p",
        "blocs": [
            ("BC01", "Accompagnement de l'enfant dans les activités de la vie quotidienne et de la vie sociale",
             [DEAP_J01, DEAP_J02, DEAP_J03, DEAP_J04, DEAP_J07, DEAP_T2, DEAP_J25],
             "Étude de situation écrite et évaluation des compétences en milieu professionnel au cours des périodes de stage."),
            ("BC02", "Appréciation de l'état clinique de l'enfant et mise en œuvre de soins adaptés en collaboration",
             [DEAP_J05, DEAP_J19, DEAP_J18, DEAP_J09, DEAP_J14],
             "Évaluation des compétences en milieu professionnel et mise en situation simulée."),
            ("BC03", "Information et accompagnement des personnes et de leur entourage, des professionnels et des apprenants",
             [DEAP_J06, "Accueillir et guider des stagiaires en formation en leur transmettant les savoir-faire du métier", DEAP_J15,
              "Identifier les ressources documentaires utiles à l'accompagnement des apprenants",
              "Évaluer les acquis d'un stagiaire à l'aide des outils de suivi de la formation"],
             "Évaluation en milieu professionnel et analyse d'une situation d'encadrement."),
            ("BC04", "Entretien de l'environnement immédiat de l'enfant et des matériels liés aux activités",
             [DEAP_J08, "Assurer le traitement des circuits du linge et des rebuts selon les protocoles de l'établissement",
              "Repérer les anomalies des matériels et équipements et les signaler en vue de leur réparation",
              "Identifier et choisir le matériel et les produits appropriés aux différentes situations",
              "Contrôler les dates de péremption et l'état des stocks de produits utilisés dans le service"],
             "Évaluation des compétences en milieu professionnel."),
            ("BC05", "Travail en équipe pluriprofessionnelle, traitement des informations, qualité et gestion des risques",
             ["Organiser son activité au sein d'une équipe pluriprofessionnelle en tenant compte des priorités du service",
              "Identifier les risques liés à son activité et déclarer les événements indésirables dans le cadre de la démarche qualité de la structure",
              "Analyser sa pratique professionnelle au regard des valeurs éthiques et déontologiques afin de l'améliorer",
              "Rechercher et actualiser ses connaissances réglementaires et professionnelles",
              "Participer aux démarches d'amélioration continue de la qualité des soins au sein de la structure"],
             "Étude de situation et évaluation en milieu professionnel."),
        ],
    },
    {
        "numero": "RNCP73002",
        "intitule": "CAP Accompagnant éducatif petite enfance",
        "abrege": ("CAP", "Certificat d'aptitude professionnelle"),
        "niveau": ("NIV3", "Niveau 3"),
        "romes": [("J1304", "Auxiliaire de puériculture"), ("K1303", "Assistant maternel / Assistante maternelle")],
        "activites": [
            "Accueil et prise en charge de l'enfant de moins de six ans en établissement d'accueil collectif, en école maternelle ou à domicile",
            "Réalisation des soins du quotidien et des activités qui contribuent à la socialisation de l'enfant",
            "Entretien des espaces de vie de l'enfant",
        ],
        "capacites": [
            "Recueillir les informations relatives à l'enfant et s'informer des consignes de la journée",
            "Adopter une posture professionnelle adaptée à l'accueil du jeune enfant",
        ],
        "style": "ul",
        "blocs": [
            ("BC01", "Accompagner le développement du jeune enfant",
             [CAP_J01, CAP_J02, CAP_J03, CAP_J04, CAP_J12, CAP_J13, CAP_J25, CAP_J05],
             "Épreuve pratique et orale prenant appui sur les périodes de formation en milieu professionnel. " + CAP_MOD_T1 + "."),
            ("BC02", "Exercer son activité en accueil collectif",
             [CAP_J07, CAP_J06, CAP_J08, CAP_J11,
              "Coopérer avec les autres membres de l'équipe et se situer dans l'organisation de la structure"],
             "Épreuve orale à partir d'un dossier relatif à l'accueil collectif."),
            ("BC03", "Exercer son activité en accueil individuel",
             ["Organiser les espaces du domicile pour garantir la sécurité du jeune enfant accueilli",
              "Négocier le cadre de l'accueil avec les parents employeurs à partir d'un projet d'accueil formalisé",
              "Élaborer des repas équilibrés adaptés à l'âge de l'enfant dans le respect des règles d'hygiène alimentaire",
              "Entretenir le linge et les espaces de vie du domicile en utilisant des techniques adaptées",
              "Rédiger un projet d'accueil présentant son offre de service aux familles"],
             "Épreuve écrite portant sur l'accueil individuel."),
        ],
    },
    {
        "numero": "RNCP73011",
        "intitule": "CAP Agent de propreté et d'hygiène",
        "abrege": ("CAP", "Certificat d'aptitude professionnelle"),
        "niveau": ("NIV3", "Niveau 3"),
        "romes": [("K2204", "Agent / Agente de propreté")],
        "activites": [
            "Nettoyage courant de bureaux, commerces, établissements scolaires et locaux recevant du public",
            CAPP_ACT_K07,
            "Remise en état de sols et de locaux à l'aide de matériels mécanisés",
        ],
        "capacites": [
            "Organiser son intervention à partir d'une fiche de poste",
            "Mettre en œuvre les techniques de nettoyage manuel et mécanisé",
        ],
        "style": "p",
        "blocs": [
            ("BC01", "Réalisation des opérations de nettoyage manuel",
             [CAPP_K01, CAPP_K02, CAPP_K03, CAPP_K04, CAPP_K05, CAPP_K08, CAPP_K21],
             "Évaluation en situation professionnelle sur un chantier réel ou reconstitué. " + CAPP_MOD_K10 + "."),
            ("BC02", "Réalisation des opérations de nettoyage mécanisé et de remise en état",
             [CAPP_K14, CAPP_K15, "Vérifier l'état de fonctionnement des machines avant leur mise en route et signaler toute anomalie", CAPP_T2,
              "Choisir les accessoires adaptés à la surface et au type de salissure"],
             "Épreuve pratique en atelier."),
            ("BC03", "Prévention des risques professionnels",
             [CAPP_K12, "Baliser la zone de travail pour prévenir les chutes des usagers et des intervenants",
              "Identifier les risques professionnels liés à son poste et appliquer les mesures de prévention prévues",
              "Porter les équipements de protection individuelle adaptés aux tâches réalisées",
              "Signaler à sa hiérarchie tout dysfonctionnement constaté sur le site"],
             "Épreuve écrite et orale."),
        ],
    },
    {
        "numero": "RNCP73012",
        "intitule": "Titre professionnel Agent de propreté et d'hygiène",
        "abrege": ("TP", "Titre professionnel"),
        "niveau": ("NIV3", "Niveau 3"),
        "romes": [("K2204", "Agent / Agente de propreté"), ("K2202", "Laveur / Laveuse de vitres")],
        "activites": [
            "Entretien courant des locaux tertiaires, commerciaux, industriels et de santé",
            TPP_ACT_K11,
            "Remise en état mécanisée des sols",
        ],
        "capacites": [
            "Organiser sa prestation à partir des consignes et du cahier des charges",
            TPP_CAP_T1,
            "Rendre compte de sa prestation à son responsable",
        ],
        "style": "ul",
        "blocs": [
            ("BC01", "Réaliser le nettoyage manuel des locaux",
             [TPP_K01, TPP_K02, TPP_K03, TPP_K04, TPP_K06, TPP_K08, TPP_K09, TPP_K10],
             "Mise en situation professionnelle, entretien technique et questionnaire professionnel."),
            ("BC02", "Réaliser le nettoyage mécanisé et la remise en état des sols",
             [TPP_K14, TPP_K15, TPP_K13, "Vérifier l'état des câbles, des disques et des accessoires avant la mise en route de la machine",
              "Organiser le chantier de remise en état en tenant compte des contraintes du site"],
             "Mise en situation professionnelle et entretien technique."),
            ("BC03", "Entretenir les locaux en établissement de santé",
             [TPP_K07, "Appliquer les précautions standard d'hygiène et porter les équipements de protection adaptés au niveau de risque infectieux",
              TPP_K12, TPP_K05, "Adapter son organisation aux contraintes des services de soins et aux horaires des patients"],
             "Mise en situation professionnelle et entretien avec le jury."),
        ],
    },
]
# J1304 offers (markup: [[SKILL|phrase]] skill mention, {{kind|text}} not-skill)

EMP_J = {
    "JA": {"nom": "Les Petits Explorateurs", "desc": "Réseau de crèches privées implanté en Auvergne-Rhône-Alpes.", "naf": ("88.91A", "Accueil de jeunes enfants")},
    "JB": {"nom": "Centre Hospitalier Intercommunal des Monts du Forez", "desc": None, "naf": ("86.10Z", "Activités hospitalières")},
    "JC": {"nom": "SIVU Petite Enfance des Coteaux", "desc": "Syndicat intercommunal gérant trois multi-accueils.", "naf": ("84.11Z", "Administration publique générale")},
    "JD": {"nom": "Médi'Intérim Rhône-Alpes", "desc": "Agence d'emploi spécialisée santé et petite enfance.", "naf": ("78.20Z", "Activités des agences de travail temporaire")},
    "JE": {"nom": "Clinique du Parc Sainte-Anne", "desc": None, "naf": ("86.10Z", "Activités hospitalières")},
    "JF": {"nom": "Association Pomme d'Api", "desc": "Crèches associatives à gestion parentale en Savoie.", "naf": ("88.91A", "Accueil de jeunes enfants")},
    "JG": {"nom": "Little Owls Crèches bilingues", "desc": None, "naf": ("88.91A", "Accueil de jeunes enfants")},
    "JH": {"nom": "Éveil & Nature", "desc": "Micro-crèches et multi-accueils écoresponsables.", "naf": ("88.91A", "Accueil de jeunes enfants")},
    "JI": {"nom": "Multi-accueil Les Dauphins", "desc": None, "naf": ("88.91A", "Accueil de jeunes enfants")},
    "JJ": {"nom": "Crèche d'entreprise Alpes Innovation", "desc": None, "naf": ("88.91A", "Accueil de jeunes enfants")},
    "JK": {"nom": "Maison de la Petite Enfance du Livradois", "desc": None, "naf": ("88.91A", "Accueil de jeunes enfants")},
}

OFFERS_J = [
{
"id": "C00001L", "emp": "JA", "place": "lyon03", "date": "2026-09-08T09:12:00.000Z",
"intitule": "Auxiliaire de puériculture H/F - crèche Lyon 3e", "app": "Auxiliaire de puériculture en crèche",
"contrat": "CDI", "exp": "D", "form": "DEAP_E", "sal": "Mensuel de 2050.00 Euros sur 12 mois", "contact": True,
"comp": ["J01", "J04", "J21"], "qual": ["JE1", "JE2"],
"desc": """{{entreprise|Créé en 2009 à Lyon}}, le réseau Les Petits Explorateurs gère aujourd'hui {{entreprise|34 crèches en Auvergne-Rhône-Alpes}} et accueille plus de 1 200 enfants chaque jour. Notre projet repose sur trois valeurs : {{entreprise|respect du rythme de l'enfant, ouverture aux familles et plaisir de jouer}}.

Pour notre crèche « Les Lucioles » (45 berceaux, Lyon 3e), nous recherchons un·e auxiliaire de puériculture.

{{titre|VOS MISSIONS}}
- Assurer les [[J01|soins d'hygiène et de confort]] des enfants
- [[J02|Accompagner les repas]] et les goûters
- Proposer des [[J04|activités d'éveil]] en section et dans notre [[J21|espace Snoezelen]]
- Assurer les [[J06|transmissions aux familles]] en fin de journée
- Participer à l'[[J07|accueil des familles]] le matin

{{titre|PROFIL RECHERCHÉ}}
{{diplome_requis|Diplôme d'État d'auxiliaire de puériculture exigé}}. Vous êtes [[JE1|bienveillant·e]] et appréciez le [[JE2|travail en équipe]].

{{titre|NOS AVANTAGES}}
✅ {{avantage|Mutuelle prise en charge à 60 %}}
✅ {{avantage|Prime annuelle de 600 €}}
✅ {{avantage|Remboursement de 50 % du titre de transport}}
✅ {{avantage|CSE}} (chèques vacances, billetterie)

{{contrat|CDI à temps plein}}, {{horaires|35h}} {{horaires|du lundi au vendredi}}, {{horaires|amplitude d'ouverture 7h30-18h30}}.
Rémunération : {{salaire|2 050 € brut mensuel}}.
{{candidature|Envoyez CV et lettre de motivation}} via notre site carrières."""
},
{
"id": "C00002R", "emp": "JB", "place": "roanne", "date": "2026-09-09T14:40:00.000Z",
"intitule": "Auxiliaire de puériculture - Maternité (F/H)", "app": "Auxiliaire de puériculture en maternité",
"contrat": "CDD", "exp": "S", "form": "DEAP_E", "sal": "Selon grille de la fonction publique hospitalière", "contact": False,
"comp": [], "qual": [],
"desc": """Le Centre Hospitalier Intercommunal des Monts du Forez ({{entreprise|établissement de 620 lits}}, {{entreprise|1 450 professionnels}}) recrute pour son pôle Femme-Mère-Enfant (maternité de niveau 2A, 1 100 naissances par an).

Au sein de l'équipe de suites de couches, vous réalisez les [[J01|soins d'hygiène et de confort]] du nouveau-né, participez au [[J18|soutien à l'allaitement]] en binôme avec les sages-femmes et vous êtes chargé·e de [[J05|surveiller l'état de santé]] des nouveau-nés (coloration, température, alimentation). Vous assurez les [[J06|transmissions orales et écrites]] à chaque relève.

Vous connaissez les [[JT2|gestes et postures]] et êtes titulaire du [[JT1|SST]] ou prêt·e à le passer. Qualité attendue : [[JE3|rigueur]].

{{diplome_requis|DE d'auxiliaire de puériculture obligatoire}}. {{contrat|CDD de 6 mois}} renouvelable, {{horaires|en 12h}} jour/nuit, {{horaires|un week-end sur deux}}.
{{salaire|Rémunération selon grille FPH}} + {{avantage|prime Ségur}}. {{avantage|Crèche hospitalière}} et {{avantage|self sur place}}.
{{candidature|Candidature (CV + lettre) à adresser à la Direction des ressources humaines}}."""
},
{
"id": "C00003K", "emp": "JC", "place": "vienne", "date": "2026-09-15T08:05:00.000Z",
"intitule": "Auxiliaire de puériculture (h/f) multi-accueil", "app": "Auxiliaire de puériculture en crèche",
"contrat": "CDD", "exp": "D", "form": "DEAP_E", "sal": "Mensuel de 1980.00 Euros sur 12 mois", "contact": False,
"comp": ["J03", "J11", "J25"], "qual": ["JE2"],
"desc": """Le SIVU Petite Enfance des Coteaux recrute un auxiliaire de puériculture ou une auxiliaire de puériculture pour son multi-accueil de Vienne (30 places). Au quotidien vous prenez en charge les [[J01|soins d'hygiène]] des enfants, l'[[J02|aide à la prise des repas]] et vous savez [[J03|accompagner l'endormissement]] des plus petits, vous proposez des [[J04|ateliers d'éveil]] en tenant compte du [[J25|développement psychomoteur de l'enfant]], vous veillez à l'[[J08|hygiène des locaux]] et à l'[[J08|entretien du matériel]] et vous êtes invité·e à [[J11|participer au projet pédagogique]] de la structure avec la directrice et l'éducatrice de jeunes enfants. {{diplome_requis|Titulaire du diplôme d'État d'auxiliaire de puériculture}}, vous avez l'[[JE2|esprit d'équipe]]. Poste à pourvoir en {{contrat|contrat de remplacement de 4 mois}} ({{contrat|catégorie C}}), {{horaires|temps complet annualisé}}, {{avantage|CNAS}} et {{avantage|participation employeur à la mutuelle}}. {{candidature|Lettre de motivation et CV à adresser à Monsieur le Président du SIVU}}."""
},
{
"id": "C00004W", "emp": "JD", "place": "villeurbanne", "date": "2026-09-17T10:30:00.000Z",
"intitule": "Auxiliaire de Puériculture en intérim H/F", "app": "Auxiliaire de puériculture",
"contrat": "MIS", "exp": "E", "form": "DEAP_E", "sal": "Horaire de 13.50 Euros", "contact": True,
"comp": [["J02", "Préparer et donner les repas et les biberons"], ["J06", None]], "qual": [],
"desc": """Médi'Intérim Rhône-Alpes, {{entreprise|agence spécialisée santé depuis 1998}}, recherche pour son client, une crèche internationale de Villeurbanne, un(e) Auxiliaire de Puériculture.

Vos missions :
• [[J01|Réaliser les changes]] et les [[J01|soins du quotidien]]
• Assurer la [[J02|préparation des biberons]]
• [[J03|Surveiller les siestes]]
• [[J06|Assurer les transmissions]] aux parents et à l'équipe

Profil : {{diplome_requis|DEAP exigé}}, {{niveau|1 an d'expérience en crèche souhaité}}. Un [[J17|anglais courant]] est indispensable (une partie des familles est anglophone). La [[JT1|formation premiers secours]] est un plus. [[JE4|Patience]] indispensable.

{{contrat|Mission d'intérim de 3 mois}}, possibilité de prolongation. {{horaires|Horaires en journée, pas de week-end}}.
{{salaire|13,50 € brut de l'heure}} + {{avantage|10 % d'IFM}} + {{avantage|10 % de CP}}. {{avantage|Acompte à la semaine possible}}.

{{contact|Contact : Mme Ferraro - 04 65 71 20 14 - lyon@medi-interim-ra.fr}}"""
},
{
"id": "C00005B", "emp": "JE", "place": "clermont", "date": "2026-09-22T13:20:00.000Z",
"intitule": "Auxiliaire de puériculture néonatologie / maternité", "app": "Auxiliaire de puériculture en néonatologie",
"contrat": "CDI", "exp": "E", "form": "DEAP_E", "sal": "Annuel de 26000.00 Euros à 29000.00 Euros sur 13 mois", "contact": False,
"comp": ["J19", "J18", "J05", ["JT3", "Utiliser un outil informatique"]], "qual": ["JE3"],
"desc": """La Clinique du Parc Sainte-Anne, {{entreprise|établissement privé de 180 lits}} {{entreprise|certifié par la HAS}}, renforce son équipe de néonatologie (unité de 9 lits) et de maternité.

🍼 {{titre|VOTRE QUOTIDIEN}}
Vous réalisez les [[J19|soins en néonatologie]] sous la responsabilité de la puéricultrice, participez à la [[J19|surveillance des nouveau-nés en couveuse]], savez [[J05|repérer les signes de malaise]] et assurez les [[J06|transmissions orales et écrites]]. En maternité, vous aidez à [[J18|accompagner l'allaitement maternel]].

👤 {{titre|VOTRE PROFIL}}
{{diplome_requis|Diplôme d'État d'auxiliaire de puériculture}} {{niveau|et première expérience en service hospitalier}}. Vous appliquez les principes de [[JT2|prévention des TMS]] et êtes à l'aise avec la [[JT3|saisie sur tablette]] du dossier patient. [[JE3|Rigueur]] indispensable.

🎁 {{titre|CE QUE NOUS OFFRONS}}
{{contrat|CDI}} {{horaires|à 80 % ou 100 %}}, {{horaires|roulement en 12h}}, {{salaire|13e mois}}, {{avantage|prime d'intéressement}}, {{avantage|parking gratuit}}, {{avantage|comité social et économique}}.
{{candidature|Postulez en ligne en joignant votre CV}}."""
},
{
"id": "C00006T", "emp": "JG", "place": "annecy", "date": "2026-09-24T07:55:00.000Z",
"intitule": "Auxiliaire de puériculture - crèche bilingue Annecy", "app": "Auxiliaire de puériculture en crèche",
"contrat": "CDI", "exp": "D", "form": "DEAP_E", "sal": "Mensuel de 2150.00 Euros sur 12 mois", "contact": False,
"comp": [], "qual": ["JE5"],
"desc": """Little Owls, c'est {{entreprise|6 crèches bilingues français-anglais}} entre Annecy et Genève, {{entreprise|fondées en 2015}} par deux mamans expatriées. Ici, l'enfant grandit dans les deux langues, au rythme de chansons, d'histoires et de jeux.

{{titre|What we are looking for / ce que nous cherchons}} :
- une personne capable de [[J17|parler anglais]] avec les enfants au quotidien
- qui propose des [[J04|activités d'éveil]] variées
- qui sait [[J02|accompagner les repas]] et [[J03|surveiller les siestes]]
- qui connaît ou souhaite découvrir l'[[J13|approche Pikler-Loczy]] (formation interne)

{{diplome_requis|Diplôme d'État d'auxiliaire de puériculture ou CAP AEPE avec expérience}}. Vous êtes [[JE5|dynamique]].

{{contrat|CDI}}, {{horaires|39h avec RTT}}, {{salaire|2 150 € brut}}, {{avantage|tickets restaurant}}, {{avantage|prime de cooptation}}.
{{candidature|CV en français ou en anglais}} à notre équipe recrutement."""
},
{
"id": "C00007M", "emp": "JA", "place": "villeurbanne", "date": "2026-09-29T09:45:00.000Z",
"intitule": "Auxiliaire de puériculture (F/H) - Villeurbanne", "app": "Auxiliaire de puériculture en crèche",
"contrat": "CDI", "exp": "D", "form": "DEAP_E", "sal": "Mensuel de 2050.00 Euros sur 12 mois", "contact": False,
"comp": ["J12", "J15", "J21", "J03"], "qual": ["JE1"],
"desc": """{{entreprise|Créé en 2009 à Lyon}}, le réseau Les Petits Explorateurs gère aujourd'hui {{entreprise|34 crèches en Auvergne-Rhône-Alpes}}. Chaque structure dispose d'un [[J21|espace Snoezelen]] et d'un jardin.

Notre crèche « Les Écureuils » recherche son/sa futur·e auxiliaire de puériculture pour la section des moyens-grands.

{{titre|VOS MISSIONS}}
- [[J01|Réaliser les changes]] et accompagner l'[[J12|acquisition de la propreté]]
- [[J03|Accompagner l'endormissement]] et le réveil
- Animer des [[J04|ateliers d'éveil]] et des [[J21|séances Snoezelen]]
- Renseigner la journée de chaque enfant sur l'[[J15|application Meeko]]

{{titre|PROFIL RECHERCHÉ}}
{{diplome_requis|DE Auxiliaire de puériculture exigé}} ; jeune diplômé·e bienvenu·e. Vous faites preuve de [[JE1|bienveillance]].

{{avantage|Mutuelle prise en charge à 60 %}} • {{avantage|Prime annuelle de 600 €}} • {{avantage|Remboursement de 50 % du titre de transport}} • {{avantage|CSE}}
{{contrat|CDI}} - {{horaires|35h}} - {{salaire|2 050 € brut mensuel}}.
{{candidature|Envoyez CV et lettre de motivation}}."""
},
{
"id": "C00008D", "emp": "JI", "place": "bourg", "date": "2026-10-01T15:10:00.000Z",
"intitule": "Auxiliaire de puériculture", "app": "Auxiliaire de puériculture",
"contrat": "CDD", "exp": "D", "form": "DEAP_E", "sal": "Mensuel de 1950.00 Euros sur 12 mois", "contact": False, "noname": True,
"comp": [], "qual": ["JE4"],
"desc": """Multi-accueil associatif de 40 places situé à Bourg-en-Bresse, {{entreprise|ouvert depuis 1992}}, recherche un·e auxiliaire de puériculture en remplacement d'un congé maternité.

Missions : [[J07|accueillir les parents]] et les enfants, assurer les [[J01|soins d'hygiène]], l'[[J02|aide à la prise des repas]] et la [[J08|désinfection des jouets]]. La structure pratique l'[[J09|accueil d'enfants en situation de handicap]] : vous participerez à la mise en place des adaptations et au [[J10|suivi des PAI]] avec le médecin référent.

Qualités : [[JE4|patience]].
{{diplome_requis|DEAP exigé}}. {{contrat|CDD de 5 mois}}, {{horaires|32h hebdomadaires}}, {{horaires|pas de travail le week-end}}. {{salaire|1 950 € brut}} pour un temps plein. {{avantage|Chèques cadeaux}} en fin d'année."""
},
{
"id": "C00009P", "emp": "JF", "place": "chambery", "date": "2026-10-06T11:00:00.000Z",
"intitule": "Auxiliaire de puériculture - crèche parentale", "app": "Auxiliaire de puériculture en crèche",
"contrat": "CDI", "exp": "D", "form": "DEAP_E", "sal": "Mensuel de 2000.00 Euros sur 12 mois", "contact": True,
"comp": ["J22", "J23", "J24", "J14"], "qual": ["JE1"],
"desc": """L'Association Pomme d'Api gère {{entreprise|trois crèches à gestion parentale}} dans l'agglomération chambérienne. Les parents y sont présents, s'impliquent, et l'équipe les accompagne.

Nous recherchons un·e auxiliaire de puériculture prêt·e à :
→ [[J07|accueillir les familles]] chaque matin dans un climat chaleureux ;
→ [[J22|animer des cafés des parents]] une fois par mois ;
→ [[J23|orienter les familles vers les partenaires]] (PMI, CAF, associations) ;
→ [[J24|repérer les fragilités familiales]] et en parler en équipe ;
→ proposer des [[J04|jeux adaptés à l'âge]] de chacun ;
→ utiliser les [[J14|signes associés à la parole]] avec les bébés.

Vous êtes [[JE1|à l'écoute]].
{{diplome_requis|DE Auxiliaire de puériculture exigé}}. {{contrat|CDI}} {{horaires|30h}} (4 jours), {{salaire|salaire selon convention collective ALISFA}}.

{{contact|Contact : M. Duret, coordinateur - 06 39 98 41 27 - recrutement@pommedapi-savoie.fr}}"""
},
{
"id": "C00010G", "emp": "JD", "place": "saintetienne", "date": "2026-10-08T08:30:00.000Z",
"intitule": "Auxiliaire de puériculture - missions intérim Saint-Étienne", "app": "Auxiliaire de puériculture",
"contrat": "MIS", "exp": "D", "form": "DEAP_E", "sal": "Horaire de 13.50 Euros", "contact": False,
"comp": [], "qual": ["JE2"],
"desc": """POUR NOTRE CLIENT, une crèche municipale de Saint-Étienne, Médi'Intérim Rhône-Alpes recrute un(e) auxiliaire de puériculture pour des missions régulières.

Vous serez en charge de [[J01|donner le bain]], de [[J01|réaliser les changes]], de [[J02|donner les biberons]] et de la [[J05|prise de température]], ainsi que de l'[[J12|apprentissage de la propreté]] chez les grands. Vous connaissez les [[JT2|gestes et postures]] adaptés au portage des enfants.

Profil : {{diplome_requis|DE AP exigé}}, [[JE2|esprit d'équipe]]. {{niveau|Débutant·e accepté·e}}.
{{contrat|Missions de 1 à 4 semaines}}, {{horaires|horaires variables entre 7h et 19h}}. {{salaire|13,50 €/h}} + {{avantage|indemnités de fin de mission}}.
{{candidature|Inscrivez-vous en ligne ou passez à l'agence}} !"""
},
{
"id": "C00011Z", "emp": "JB", "place": "roanne", "date": "2026-10-13T16:00:00.000Z",
"intitule": "Auxiliaire de puériculture en néonatologie H/F", "app": "Auxiliaire de puériculture en néonatologie",
"contrat": "CDI", "exp": "E", "form": "DEAP_E", "sal": "Selon grille de la fonction publique hospitalière", "contact": False,
"comp": ["J19", "J05", ["J10", "Aide à la prise des médicaments"]], "qual": ["JE3"],
"desc": """{{titre|LE CENTRE HOSPITALIER}}
Le Centre Hospitalier Intercommunal des Monts du Forez ({{entreprise|établissement de 620 lits}}) est l'hôpital de référence du nord de la Loire.

{{titre|LE POSTE}}
Unité de néonatologie de 12 lits dont 3 de soins intensifs. Vous assurez les [[J19|soins en néonatologie]] en collaboration avec les puéricultrices : [[J05|surveillance des constantes]], [[J10|administration des traitements]] sur prescription. Vous assurez les [[J06|transmissions orales et écrites]] et la [[JT3|saisie sur tablette]] des soins réalisés.

{{titre|PROFIL}}
{{diplome_requis|Diplôme d'État d'auxiliaire de puériculture obligatoire}}, {{niveau|expérience en pédiatrie appréciée}}. Attestation [[JT1|sauveteur secouriste du travail]] à jour. [[JE3|Rigueur]] exigée.

{{contrat|CDI}} (mise en stage possible), {{horaires|repos fixes}}, {{horaires|roulement jour/nuit}}. {{avantage|Crèche hospitalière}}, {{avantage|self sur place}}."""
},
{
"id": "C00012F", "emp": "JC", "place": "vienne", "date": "2026-10-19T09:00:00.000Z",
"intitule": "Auxiliaire de puériculture (h/f) - Relais parentalité", "app": "Auxiliaire de puériculture en crèche",
"contrat": "CDI", "exp": "E", "form": "DEAP_E", "sal": "Mensuel de 2000.00 Euros sur 12 mois", "contact": False,
"comp": ["J22", "J23", "J24", "J11"], "qual": [],
"desc": """Le SIVU Petite Enfance des Coteaux recrute pour son nouveau multi-accueil à vocation sociale de Vienne, ouvert aux familles éloignées de l'emploi.

Vos missions :
- [[J11|élaboration du projet pédagogique]] de ce nouvel équipement avec l'équipe ;
- [[J09|inclusion des enfants porteurs de handicap]] ;
- animer des [[J22|temps d'échange avec les parents]] ;
- [[J23|orienter les familles vers la PMI]] et les services sociaux ;
- [[J24|repérage des familles en difficulté]] ;
- mise en place de la [[J16|démarche éco-crèche]] ([[J16|couches lavables]]).

La formation à la [[J20|communication non violente]] est proposée à toute l'équipe. [[JE2|Travail en équipe]] indispensable.
{{diplome_requis|Diplôme d'État d'auxiliaire de puériculture exigé}}. {{contrat|Recrutement statutaire ou contractuel}}, {{horaires|35h}}, {{avantage|RTT}}, {{avantage|CNAS}}."""
},
{
"id": "C00013V", "emp": "JH", "place": "valence", "date": "2026-10-20T10:15:00.000Z",
"intitule": "Auxiliaire de puériculture - éco-crèche (F/H)", "app": "Auxiliaire de puériculture en crèche",
"contrat": "CDI", "exp": "D", "form": "DEAP_E", "sal": "Mensuel de 2080.00 Euros sur 12 mois", "contact": False,
"comp": [], "qual": ["JE5"],
"desc": """🌱 Éveil & Nature, {{entreprise|entreprise à mission fondée en 2018}}, gère {{entreprise|11 micro-crèches et multi-accueils}} labellisés en Drôme et en Isère. {{entreprise|Alimentation bio, jardins potagers, sorties en forêt}} : nous faisons grandir les enfants dehors !

Votre rôle :
🌿 vous engager dans notre [[J16|démarche éco-crèche]] ([[J16|couches lavables]])
🌿 pratiquer l'[[J13|approche Pikler-Loczy]]
🌿 proposer des [[J04|activités d'éveil]] dedans comme dehors
🌿 [[J02|accompagner les repas]] (cuisine faite sur place)
🌿 assurer l'[[J08|entretien des espaces de vie]]

Vous êtes [[JE5|dynamique]] ? {{diplome_requis|DEAP exigé}}.
{{contrat|CDI}} {{horaires|35h}}, {{salaire|2 080 € brut}}, {{avantage|forfait mobilités durables}}, {{avantage|mutuelle 100 % employeur}}, {{avantage|5 jours enfants malades}}."""
},
{
"id": "C00014H", "emp": "JJ", "place": "grenoble", "date": "2026-10-22T12:45:00.000Z",
"intitule": "Auxiliaire puériculture H/F", "app": "Auxiliaire de puériculture",
"contrat": "CDI", "exp": "D", "form": "DEAP_E", "sal": "Mensuel de 2100.00 Euros sur 12 mois", "contact": False, "noname": True,
"comp": ["J15", "J14", "J01", "J03"], "qual": [],
"desc": """Crèche d'entreprise de 60 berceaux sur un campus technologique grenoblois.

{{titre|Missions principales}} : [[J01|soins d'hygiène et de confort]], [[J02|préparation des biberons]], [[J03|surveillance des siestes]], utilisation des [[J14|signes associés à la parole]] dans toutes les sections. Les [[J06|transmissions]] se font sur l'[[J15|application Meeko]] ; la [[JT3|maîtrise de l'outil informatique]] est donc nécessaire.

{{diplome_requis|Diplôme d'État d'auxiliaire de puériculture exigé}}.
{{contrat|CDI}}, {{horaires|37h30 + RTT}}, {{avantage|restaurant d'entreprise}}, {{avantage|prime d'équipe}}, {{salaire|2 100 € brut mensuel}}."""
},
{
"id": "C00015N", "emp": "JA", "place": "lyon08", "date": "2026-10-27T09:30:00.000Z",
"intitule": "Auxiliaire de puériculture CDI - Lyon 8e", "app": "Auxiliaire de puériculture en crèche",
"contrat": "CDI", "exp": "D", "form": "DEAP_E", "sal": "Mensuel de 2050.00 Euros sur 12 mois", "contact": False,
"comp": ["J16", "J20", "J21", ["J06", "Transmissions écrites"]], "qual": ["JE1"],
"desc": """{{entreprise|Créé en 2009 à Lyon}}, le réseau Les Petits Explorateurs gère aujourd'hui {{entreprise|34 crèches en Auvergne-Rhône-Alpes}}. En 2026, toutes nos crèches passent aux [[J16|couches lavables]] !

Rejoignez « Les Colibris » (Lyon 8e) :
- [[J01|change et toilette des bébés]]
- [[J06|assurer les transmissions]] aux parents
- animation de [[J21|séances Snoezelen]]
- [[J20|communication bienveillante]] avec les enfants et les familles

{{diplome_requis|DE AP exigé}}. Formation [[JT1|SST]] prise en charge.
{{avantage|Mutuelle prise en charge à 60 %}} / {{avantage|Prime annuelle de 600 €}} / {{avantage|CSE}}
{{contrat|CDI}} {{horaires|35h}}. {{candidature|Envoyez CV et lettre de motivation}}."""
},
{
"id": "C00016C", "emp": "JE", "place": "clermont", "date": "2026-10-28T14:00:00.000Z",
"intitule": "Auxiliaire de puériculture maternité - CDD", "app": "Auxiliaire de puériculture en maternité",
"contrat": "CDD", "exp": "D", "form": "DEAP_E", "sal": "Mensuel de 2000.00 Euros sur 13 mois", "contact": False, "noname": True,
"comp": [], "qual": [],
"desc": """Établissement privé de santé à Clermont-Ferrand recherche pour sa maternité (1 600 accouchements par an) un·e auxiliaire de puériculture en CDD.
Vous assurez le [[J18|soutien à l'allaitement]], les [[J01|soins d'hygiène]] du nouveau-né, la [[J05|prise de température]] et la [[J05|surveillance de l'ictère]], l'[[J10|aide à la prise des médicaments]] selon prescription médicale. Vous appliquez les règles de [[JT2|prévention des TMS]] lors des manutentions.
{{diplome_requis|Diplôme d'État d'auxiliaire de puériculture}}. {{contrat|CDD de 3 mois}} {{horaires|de nuit}} (21h-7h). {{salaire|13e mois}}, {{avantage|prime de nuit}}."""
},
{
"id": "C00017S", "emp": "JG", "place": "annemasse", "date": "2026-11-03T08:20:00.000Z",
"intitule": "Auxiliaire de puériculture bilingue - Annemasse", "app": "Auxiliaire de puériculture en crèche",
"contrat": "CDI", "exp": "D", "form": "DEAP_E", "sal": "Mensuel de 2150.00 Euros sur 12 mois", "contact": True,
"comp": ["J17", "J16", "J12"], "qual": [],
"desc": """Little Owls ouvre sa {{entreprise|7e crèche bilingue}} à Annemasse ! Nous recrutons une équipe complète.

Vos missions : [[J17|éveil à l'anglais]] au quotidien, [[J04|activités d'éveil]], accompagnement de l'[[J12|acquisition de la propreté]], mise en œuvre de la [[J13|pédagogie Pikler]] et de notre [[J16|démarche éco-crèche]]. Les photos et [[J06|transmissions]] passent par l'[[J15|application Meeko]].

{{diplome_requis|DE Auxiliaire de puériculture}} {{niveau|ou expérience équivalente}}. {{contrat|CDI}}, {{horaires|39h + RTT}}, {{salaire|2 150 € brut}}, {{avantage|tickets restaurant}}.

{{contact|Contact : Mme Collins - 04 65 71 88 03 - jobs@littleowls-creches.fr}}"""
},
{
"id": "C00018X", "emp": "JF", "place": "aixlesbains", "date": "2026-11-10T10:00:00.000Z",
"intitule": "Auxiliaire de puériculture h/f", "app": "Auxiliaire de puériculture en crèche",
"contrat": "CDD", "exp": "D", "form": "DEAP_E", "sal": "Mensuel de 2000.00 Euros sur 12 mois", "contact": False, "noname": True,
"comp": [], "qual": [],
"desc": """Crèche parentale d'Aix-les-Bains (20 places) recherche un·e auxiliaire de puériculture pour un CDD d'un an. Vous participez à l'[[J07|accueil des enfants et de leurs parents]], à l'[[J11|élaboration du projet pédagogique]] et à la vie associative : [[J22|temps d'échange avec les parents]], accompagnement des familles ([[J23|orienter les familles vers les partenaires]], [[J24|repérer les fragilités familiales]]). Vous pratiquez la [[J20|communication non violente]] et portez notre projet de [[J16|couches lavables]]. {{diplome_requis|DEAP obligatoire}}. {{contrat|CDD 12 mois}}, {{horaires|28h sur 4 jours}}, {{salaire|salaire selon convention ALISFA}}. {{candidature|CV et lettre de motivation par mail}}."""
},
{
"id": "C00019J", "emp": "JH", "place": "grenoble", "date": "2026-11-17T09:40:00.000Z",
"intitule": "Auxiliaire de puériculture - micro-crèche nature Grenoble", "app": "Auxiliaire de puériculture en crèche",
"contrat": "CDI", "exp": "D", "form": "DEAP_E", "sal": "Mensuel de 2080.00 Euros sur 12 mois", "contact": False,
"comp": [], "qual": ["JE2"],
"desc": """🌱 Éveil & Nature, {{entreprise|entreprise à mission fondée en 2018}}, ouvre une micro-crèche nature à Grenoble.

Ce que vous ferez :
🌿 faire vivre la [[J16|démarche éco-crèche]] et les [[J16|couches lavables]]
🌿 proposer des [[J04|activités d'éveil]] à partir du [[J25|développement psychomoteur de l'enfant]]
🌿 utiliser le [[J14|langage des signes bébé]]
🌿 assurer la [[J08|désinfection des jouets]]

[[JT1|SST]] apprécié. Vous aimez le [[JE2|travail en équipe]] en petit effectif.
{{diplome_requis|DEAP exigé}}. {{contrat|CDI}} {{horaires|35h}}, {{avantage|forfait mobilités durables}}, {{avantage|mutuelle 100 % employeur}}."""
},
{
"id": "C00020Q", "emp": "JK", "place": "riom", "date": "2026-11-24T11:30:00.000Z",
"intitule": "AUXILIAIRE DE PUERICULTURE (H/F)", "app": "Auxiliaire de puériculture",
"contrat": "CDI", "exp": "E", "form": "DEAP_E", "sal": "Mensuel de 1990.00 Euros sur 12 mois", "contact": False, "noname": True,
"comp": ["J22", "J23", "J24", "J09"], "qual": [],
"desc": """MAISON DE LA PETITE ENFANCE INTERCOMMUNALE (multi-accueil 35 places + relais petite enfance) - secteur Riom.

{{titre|DESCRIPTIF DU POSTE}} : vous assurez les [[J01|soins d'hygiène]] et l'[[J02|aide à la prise des repas]], vous participez à l'[[J09|accueil d'enfants en situation de handicap]] en lien avec le CAMSP, vous savez [[J22|animer des cafés des parents]], [[J23|orienter les familles vers la PMI]] et [[J24|repérer les fragilités familiales]]. Vous contribuez à la [[J16|démarche éco-crèche]] engagée en 2026. Connaissance du [[J25|développement psychomoteur de l'enfant]] indispensable. Vous maîtrisez les [[JT2|gestes et postures]].

{{titre|PROFIL}} : {{diplome_requis|titulaire du Diplôme d'État d'auxiliaire de puériculture}}, {{niveau|2 ans d'expérience minimum}}.
{{contrat|CDI}} {{horaires|35h}} {{horaires|du lundi au vendredi}}, {{avantage|RTT}}, {{avantage|tickets restaurant}}. {{candidature|Candidatures avant le 15 décembre}}."""
},
]
# K2204 offers (markup: [[SKILL|phrase]] skill mention, {{kind|text}} not-skill)

EMP_K = {
    "KA": {"nom": "Net'Alpes Propreté", "desc": "Entreprise de propreté et services associés, agences de Grenoble et Chambéry.", "naf": ("81.21Z", "Nettoyage courant des bâtiments")},
    "KB": {"nom": "Groupe Clairval Services", "desc": None, "naf": ("81.21Z", "Nettoyage courant des bâtiments")},
    "KC": {"nom": "Hygiène Santé Rhône", "desc": "Spécialiste du bionettoyage en établissements de santé.", "naf": ("81.21Z", "Nettoyage courant des bâtiments")},
    "KD": {"nom": "Propreté Industrielle du Forez", "desc": None, "naf": ("81.22Z", "Autres activités de nettoyage des bâtiments et nettoyage industriel")},
    "KE": {"nom": "Intérim Plus Auvergne", "desc": "Agence d'emploi généraliste.", "naf": ("78.20Z", "Activités des agences de travail temporaire")},
    "KF": {"nom": "Brillance 74", "desc": None, "naf": ("81.22Z", "Autres activités de nettoyage des bâtiments et nettoyage industriel")},
    "KG": {"nom": "Eco-Net Savoie", "desc": "Entreprise de propreté engagée (SCOP).", "naf": ("81.21Z", "Nettoyage courant des bâtiments")},
    "KH": {"nom": "Clinique des Dômes", "desc": None, "naf": ("86.10Z", "Activités hospitalières")},
    "KI": {"nom": "Régie de quartier Fontbarlettes", "desc": None, "naf": ("81.21Z", "Nettoyage courant des bâtiments")},
    "KJ": {"nom": "Propreté du Bourbonnais", "desc": None, "naf": ("81.21Z", "Nettoyage courant des bâtiments")},
}

OFFERS_K = [
{
"id": "C00021A", "emp": "KA", "place": "grenoble", "date": "2026-09-07T07:30:00.000Z",
"intitule": "Agent de propreté H/F - bureaux Grenoble", "app": "Agent / Agente de propreté",
"contrat": "CDI", "exp": "D", "form": None, "sal": "Horaire de 12.10 Euros", "contact": True,
"comp": ["K01", "K03", "K14"], "qual": ["KE1", "KE2"],
"desc": """{{entreprise|Créée en 1987 à Grenoble}}, Net'Alpes Propreté est aujourd'hui {{entreprise|un acteur majeur de la propreté en Isère et en Savoie}} : {{entreprise|420 salariés}}, {{entreprise|1 300 sites entretenus}} et une conviction, {{entreprise|la qualité de service passe par des équipes formées et fidélisées}}.

Pour un ensemble de bureaux situé dans le quartier Europole, nous recherchons un agent de propreté / une agente de propreté.

{{titre|VOS MISSIONS}}
- [[K01|Entretien des sols]]
- [[K02|Dépoussiérage du mobilier]] et des points de contact
- [[K03|Nettoyage des sanitaires]]
- [[K05|Vidage des corbeilles]]
- [[K14|Conduite d'autolaveuse]] dans les halls

{{titre|PROFIL}}
Vous êtes [[KE1|autonome]] et [[KE2|ponctuel·le]]. Le [[K04|respect des dilutions]] n'a pas de secret pour vous. {{niveau|Débutant accepté, formation assurée}}.

{{contrat|CDI}} {{horaires|temps partiel 20h}} ({{horaires|du lundi au vendredi de 6h à 10h}}). {{salaire|12,10 € brut de l'heure}} ({{avantage|prime de panier}}, {{avantage|indemnité de transport}}).

{{contact|Contact : Mme Girard - 04 65 71 33 09 - recrutement@netalpes-proprete.fr}}"""
},
{
"id": "C00022E", "emp": "KB", "place": "lyon03", "date": "2026-09-10T12:10:00.000Z",
"intitule": "Agent(e) de propreté et services - siège social Lyon Part-Dieu", "app": "Agent / Agente de propreté",
"contrat": "CDI", "exp": "E", "form": None, "sal": "Mensuel de 1850.00 Euros sur 13 mois", "contact": False,
"comp": ["K22", "K23", "K06"], "qual": ["KE3"],
"desc": """Groupe Clairval Services — {{entreprise|leader régional du facility management}} — {{entreprise|2 800 collaborateurs}}, {{entreprise|chiffre d'affaires de 96 M€}}. {{entreprise|Depuis 30 ans}}, nous prenons soin des lieux de travail de nos clients.

Sur le siège social d'un grand groupe bancaire (900 collaborateurs), vous intégrez une équipe de 8 personnes.

Vos missions :
* [[K02|Nettoyage des bureaux]] et des espaces de convivialité
* [[K03|Entretien des sanitaires]] et [[K06|réapprovisionnement des consommables]]
* [[K22|Mise en place des salles de réunion]]
* [[K23|Distribution du courrier]] dans les étages
* [[K24|Petits travaux de maintenance]] (ampoules, réglages de mobilier)

Votre profil : {{niveau|expérience de 1 an minimum en propreté}}, [[KE3|discrétion]] absolue (site confidentiel).

Ce que nous proposons : {{contrat|CDI}} {{horaires|35h}} {{horaires|de 7h à 15h}}, {{salaire|1 850 € brut}} + {{salaire|13e mois}}, {{avantage|mutuelle d'entreprise}}, {{avantage|tickets restaurant}}, {{avantage|prise en charge à 50 % de l'abonnement TCL}}.
{{candidature|Postulez directement sur notre site}}."""
},
{
"id": "C00023Y", "emp": "KC", "place": "venissieux", "date": "2026-09-14T09:00:00.000Z",
"intitule": "Agent de bionettoyage (H/F) - EHPAD Vénissieux", "app": "Agent / Agente de bionettoyage",
"contrat": "CDD", "exp": "E", "form": None, "sal": "Horaire de 12.30 Euros", "contact": False,
"comp": ["K07", "K12", "K10"], "qual": ["KE4"],
"desc": """Hygiène Santé Rhône, {{entreprise|PME de 140 salariés}} {{entreprise|spécialisée dans les établissements de santé}}, intervient dans 35 cliniques et EHPAD de la métropole lyonnaise.

Nous recherchons un agent / une agente de bionettoyage pour un EHPAD de 90 résidents à Vénissieux.

Au programme : [[K07|bionettoyage des chambres]] et des espaces communs selon les protocoles de l'établissement, [[K04|dosage des produits]], [[K12|lecture des pictogrammes]] de danger, [[K10|autocontrôle]] en fin de prestation. Formation aux [[KT2|gestes et postures]] assurée à l'embauche.

Qualité : [[KE4|rigueur]].
{{niveau|6 mois d'expérience en milieu de santé souhaités}}.
{{contrat|CDD 6 mois}} évolutif en CDI, {{horaires|temps plein}}, {{horaires|un week-end sur deux}}. {{salaire|12,30 €/h}} + {{avantage|prime dimanche}}.
{{candidature|Envoyez votre CV}} en mentionnant la référence HSR-26-041."""
},
{
"id": "C00024U", "emp": "KD", "place": "saintetienne", "date": "2026-09-16T06:45:00.000Z",
"intitule": "Agent de propreté industrielle H/F", "app": "Agent / Agente de propreté",
"contrat": "CDI", "exp": "E", "form": None, "sal": "Horaire de 12.60 Euros", "contact": False,
"comp": ["K19", "K20", "K12", ["K14", "Autolaveuse"]], "qual": ["KE4"],
"desc": """{{titre|QUI SOMMES-NOUS ?}}
Propreté Industrielle du Forez ({{entreprise|PIF}}), {{entreprise|entreprise familiale créée en 1979}}, intervient sur les sites industriels de la Loire : métallurgie, pharmacie, agroalimentaire.

{{titre|LE POSTE}}
Sur un site de production pharmaceutique, vous intervenez dans les [[K20|zones à atmosphère contrôlée]] selon des procédures strictes ([[K20|habillage spécifique]]). Vous réalisez l'[[K01|entretien des sols]] des ateliers à l'[[K14|autolaveuse]]. Vous intervenez dans les locaux techniques : l'[[K19|habilitation électrique H0B0]] est donc exigée (ou à passer à l'embauche). Vous connaissez les [[K12|fiches de données de sécurité]].

{{titre|PROFIL}}
[[KT1|SST]] souhaité, [[KE4|rigueur]] indispensable. {{niveau|Expérience en milieu industriel de 2 ans}}.

{{contrat|CDI}}, {{horaires|horaires en 2x8}}, {{salaire|12,60 €/h}}, {{avantage|prime d'équipe}}, {{avantage|prime de salissure}}, {{avantage|participation}}."""
},
{
"id": "C00025I", "emp": "KE", "place": "clermont", "date": "2026-09-21T10:20:00.000Z",
"intitule": "Agent d'entretien / Agent de nettoyage H/F", "app": "Agent / Agente de nettoyage de locaux",
"contrat": "MIS", "exp": "D", "form": None, "sal": "Horaire de 11.88 Euros", "contact": True,
"comp": [], "qual": ["KE2"],
"desc": """Intérim Plus Auvergne recherche pour son client, une entreprise de propreté clermontoise, plusieurs agents de nettoyage (H/F) pour des bureaux et commerces.

Vos tâches : [[K01|lavage des sols]], [[K02|essuyage des surfaces]], [[K03|désinfection des sanitaires]], [[K05|tri des déchets]], [[K09|lavage des vitres]] accessibles, [[K08|préparation du chariot]] en début de poste.

Vous êtes [[KE2|ponctuel·le]]. {{niveau|Aucune expérience exigée}}.
{{contrat|Mission de 2 mois renouvelable}}, {{horaires|horaires décalés 5h-9h et 18h-21h}}. {{salaire|11,88 €/h}} + {{avantage|10 % de fin de mission}} + {{avantage|10 % de congés payés}}.

{{contact|Contact : Karim au 04 65 71 52 60 - clermont@interimplus-auvergne.fr}}"""
},
{
"id": "C00026O", "emp": "KF", "place": "annecy", "date": "2026-09-23T08:15:00.000Z",
"intitule": "Laveur de vitres / Agent de propreté H/F", "app": "Agent / Agente de propreté",
"contrat": "CDI", "exp": "E", "form": None, "sal": "Mensuel de 2000.00 Euros sur 12 mois", "contact": False,
"comp": ["K16", "K18", "K15", "K09"], "qual": ["KE1"],
"desc": """Brillance 74 — {{entreprise|entreprise indépendante fondée en 2004}}, {{entreprise|60 salariés}}, bien connue des syndics et des commerçants du bassin annécien.

Missions : [[K09|nettoyage des vitres]] de commerces et d'immeubles de bureaux, y compris à la [[K16|perche à eau pure]] jusqu'à 12 m ; [[K18|travaux en nacelle]] ([[K18|CACES R486]] exigé) ; [[K15|cristallisation des sols en marbre]] dans les halls d'hôtels.

Vous êtes [[KE1|autonome]], {{niveau|2 ans d'expérience}} en propreté.

{{contrat|CDI}} {{horaires|39h}}, {{salaire|2 000 € brut}} + {{avantage|heures supplémentaires majorées}}, {{avantage|véhicule de service}}, {{avantage|panier repas}}."""
},
{
"id": "C00027F", "emp": "KB", "place": "villeurbanne", "date": "2026-09-28T13:00:00.000Z",
"intitule": "Agent de propreté (H/F) - Villeurbanne", "app": "Agent / Agente de propreté",
"contrat": "CDI", "exp": "D", "form": None, "sal": "Horaire de 12.00 Euros", "contact": False,
"comp": ["K11", "K13", ["KT3", "Utiliser une tablette pour la traçabilité"]], "qual": [],
"desc": """Groupe Clairval Services — {{entreprise|leader régional du facility management}} — recrute pour un campus tertiaire de Villeurbanne (6 bâtiments).

Vous assurez l'[[K01|entretien des sols]], le [[K02|dépoussiérage du mobilier]], le [[K13|détachage des moquettes]] et le [[K10|contrôle qualité de votre prestation]]. L'[[K11|intervention en site occupé]] est au cœur du poste. Vous devez [[KT3|remplir les fiches de traçabilité sur tablette]].

{{contrat|CDI}} {{horaires|24h par semaine}}, {{horaires|de 11h à 15h}}, {{salaire|12 € brut/h}}, {{avantage|mutuelle d'entreprise}}, {{avantage|tickets restaurant}}.
{{candidature|Postulez directement sur notre site}}."""
},
{
"id": "C00028R", "emp": "KH", "place": "clermont", "date": "2026-10-01T07:50:00.000Z",
"intitule": "Agent de bionettoyage H/F", "app": "Agent / Agente de bionettoyage",
"contrat": "CDD", "exp": "D", "form": None, "sal": "Mensuel de 1810.00 Euros sur 12 mois", "contact": False, "noname": True,
"comp": [], "qual": [],
"desc": """Clinique chirurgicale de 150 lits (Clermont-Ferrand) recherche un·e agent·e de bionettoyage pour ses services d'hospitalisation. Missions : [[K07|bionettoyage]] des chambres à la sortie des patients, [[K03|nettoyage et désinfection des sanitaires]], [[K04|dosage des produits]] selon protocole, [[K08|entretien du matériel de nettoyage]]. Vous appliquez les principes de [[KT2|prévention des TMS]]. [[KE4|Rigueur]] indispensable. {{contrat|CDD de 4 mois}}, {{horaires|7h-14h / 13h-20h}}, {{horaires|un week-end sur trois}}. {{salaire|1 810 € brut mensuel}}, {{avantage|self}}."""
},
{
"id": "C00029K", "emp": "KD", "place": "roanne", "date": "2026-10-05T06:30:00.000Z",
"intitule": "Agent de nettoyage industriel (h/f) - Roanne", "app": "Agent / Agente de propreté",
"contrat": "CDD", "exp": "E", "form": None, "sal": "Horaire de 12.60 Euros", "contact": False,
"comp": [], "qual": [],
"desc": """{{titre|QUI SOMMES-NOUS ?}}
Propreté Industrielle du Forez ({{entreprise|PIF}}), {{entreprise|entreprise familiale créée en 1979}}, intervient sur les sites industriels de la Loire.

{{titre|LE POSTE}}
Chantier de livraison d'un bâtiment neuf puis entretien d'une usine électronique : [[K21|nettoyage de fin de chantier]], [[K20|salle propre]], [[K14|autolaveuse]] sur grandes surfaces. [[K19|Habilitation H0B0]] obligatoire pour intervenir dans les salles serveurs. [[KT1|Sauveteur secouriste du travail]] apprécié.

{{contrat|CDD 3 mois}}, {{horaires|horaires de journée}}, {{salaire|12,60 €/h}}, {{avantage|prime d'équipe}}, {{avantage|prime de salissure}}."""
},
{
"id": "C00030P", "emp": "KA", "place": "echirolles", "date": "2026-10-07T09:05:00.000Z",
"intitule": "Agent(e) de propreté - remise en état", "app": "Agent / Agente de propreté",
"contrat": "CDI", "exp": "E", "form": None, "sal": "Horaire de 12.40 Euros", "contact": False,
"comp": ["K21", "K13", "K15", "K18"], "qual": [],
"desc": """{{entreprise|Créée en 1987 à Grenoble}}, Net'Alpes Propreté est {{entreprise|un acteur majeur de la propreté en Isère et en Savoie}}.

Nous renforçons notre équipe « travaux spécifiques » :
- [[K21|remise en état après travaux]]
- [[K13|shampouinage des moquettes]]
- [[K15|cristallisation]] des sols marbre et granito
- conduite de l'[[K14|autolaveuse]]
- [[K18|travail en hauteur]] ponctuel

Vous appliquez les [[KT2|gestes et postures]]. {{niveau|Expérience de 2 ans en remise en état exigée}}.
{{contrat|CDI}} {{horaires|35h}}, {{horaires|interventions le samedi matin}} ponctuellement. {{salaire|12,40 €/h}}, {{avantage|prime de panier}}, {{avantage|indemnité de transport}}."""
},
{
"id": "C00031D", "emp": "KE", "place": "riom", "date": "2026-10-12T11:40:00.000Z",
"intitule": "Agent de propreté multiservices H/F", "app": "Agent / Agente de propreté",
"contrat": "MIS", "exp": "E", "form": None, "sal": "Horaire de 12.00 Euros", "contact": False, "noname": True,
"comp": [], "qual": [],
"desc": """Agence d'emploi recherche pour son client, un centre administratif près de Riom, un agent de propreté multiservices (H/F).
Au quotidien : [[K02|nettoyage des bureaux]], [[K06|approvisionner les distributeurs]] des sanitaires, [[K22|mise en place des salles de réunion]], [[K23|distribution du courrier]] et [[K24|petite maintenance]].
Qualité attendue : [[KE3|discrétion]].
{{contrat|Mission de 6 mois}}, {{horaires|35h du lundi au vendredi}}, {{salaire|12 €/h}} + {{avantage|IFM}} + {{avantage|ICP}}. {{candidature|Postulez avec votre CV}}."""
},
{
"id": "C00032W", "emp": "KI", "place": "valence", "date": "2026-10-19T08:00:00.000Z",
"intitule": "Agent d'entretien polyvalent (F/H)", "app": "Agent / Agente de nettoyage de locaux",
"contrat": "CDDI", "exp": "D", "form": None, "sal": "Horaire de 11.88 Euros", "contact": False, "noname": True,
"comp": ["K05", "K11", ["K17", "Produits écolabellisés"]], "qual": [],
"desc": """Structure d'insertion par l'activité économique (régie de quartier, Valence) recrute des agents d'entretien polyvalents en {{contrat|contrat à durée déterminée d'insertion}}.

Les missions, dans les équipements publics et les halls d'immeubles :
1) [[K03|nettoyage des sanitaires]], [[K05|sortie des containers]], [[K05|tri des déchets]] ;
2) [[K22|mise en place des salles de réunion]] de la maison de quartier, [[K23|distribution du courrier]] aux associations, [[K24|petits travaux de maintenance]] ;
3) [[K11|relation avec les occupants]] ;
4) nous utilisons exclusivement des [[K17|produits écolabellisés]].

{{niveau|Sans diplôme ni expérience}}, {{contrat|éligibilité IAE requise}}. {{horaires|26h par semaine}}, {{salaire|SMIC horaire}}. {{avantage|Accompagnement socioprofessionnel individualisé}}."""
},
{
"id": "C00033M", "emp": "KG", "place": "chambery", "date": "2026-10-26T09:25:00.000Z",
"intitule": "Agent·e de propreté écoresponsable - Chambéry", "app": "Agent / Agente de propreté",
"contrat": "CDI", "exp": "D", "form": None, "sal": "Horaire de 12.20 Euros", "contact": True,
"comp": [], "qual": ["KE1"],
"desc": """♻️ Eco-Net Savoie est une {{entreprise|SCOP de 45 salarié·es}}, {{entreprise|fondée en 2012}}, qui nettoie autrement : {{entreprise|pas de produits dangereux, du matériel durable et des horaires de journée}}.

Tes missions :
✔ [[K01|entretien des sols]] et [[K02|dépoussiérage du mobilier]] chez nos clients (bureaux, écoles)
✔ [[K17|nettoyage à l'eau ozonée]] et [[K17|produits écolabellisés]]
✔ [[K04|dosage des produits]] avec centrales de dilution
✔ [[KT3|saisie sur tablette]] des passages

Tu es [[KE1|autonome]] ? {{niveau|Débutant·e bienvenu·e}}.
{{contrat|CDI}} {{horaires|28h en journée}}, {{salaire|12,20 €/h}}, {{avantage|prime de partage de la valeur}}, {{avantage|vélo de fonction}}.

{{contact|Contact : Léa Bonnet - 06 39 98 72 15 - bonjour@eco-net-savoie.fr}}"""
},
{
"id": "C00034B", "emp": "KD", "place": "saintetienne", "date": "2026-10-29T06:55:00.000Z",
"intitule": "Agent de propreté H/F - site agroalimentaire", "app": "Agent / Agente de propreté",
"contrat": "CDI", "exp": "E", "form": None, "sal": "Horaire de 12.60 Euros", "contact": False,
"comp": [], "qual": ["KE5"],
"desc": """{{titre|QUI SOMMES-NOUS ?}}
Propreté Industrielle du Forez ({{entreprise|PIF}}), {{entreprise|entreprise familiale créée en 1979}}.

{{titre|LE POSTE}}
Sur un site agroalimentaire de Saint-Étienne : [[K01|nettoyage des sols]] des zones de conditionnement à l'[[K14|autolaveuse]], [[K08|préparation du chariot]], [[K12|risques chimiques]] à maîtriser (produits chlorés). [[K19|Habilitation électrique H0B0]] requise.

{{titre|PROFIL}}
Vous aimez [[KE5|travailler en binôme]]. {{niveau|Première expérience en industrie appréciée}}.
{{contrat|CDI}}, {{horaires|travail de nuit}}, {{salaire|12,60 €/h}}, {{avantage|majoration de nuit}}, {{avantage|prime d'équipe}}."""
},
{
"id": "C00035V", "emp": "KA", "place": "grenoble", "date": "2026-11-02T07:40:00.000Z",
"intitule": "Agent de propreté (H/F) CDI Grenoble", "app": "Agent / Agente de propreté",
"contrat": "CDI", "exp": "D", "form": None, "sal": "Horaire de 12.10 Euros", "contact": False,
"comp": ["K17", "K10", ["K01", None]], "qual": ["KE2"],
"desc": """{{entreprise|Créée en 1987 à Grenoble}}, Net'Alpes Propreté est {{entreprise|un acteur majeur de la propreté en Isère et en Savoie}}. Depuis 2026, nos agences basculent vers des [[K17|méthodes écoresponsables]].

{{titre|VOS MISSIONS}}
- [[K01|Balayage humide]] des circulations
- [[K03|Entretien des sanitaires]]
- [[K14|Autolaveuse]] dans les parkings
- [[K17|Produits écolabellisés]] uniquement
- [[K10|Autocontrôle]] avec la cheffe d'équipe

{{titre|PROFIL}}
[[KE2|Ponctualité]] exigée. {{niveau|Débutant accepté, formation assurée}}.
{{contrat|CDI}} {{horaires|temps partiel 25h}}, {{salaire|12,10 € brut de l'heure}}, {{avantage|prime de panier}}, {{avantage|indemnité de transport}}."""
},
{
"id": "C00036G", "emp": "KC", "place": "villeurbanne", "date": "2026-11-05T13:30:00.000Z",
"intitule": "Agent de bionettoyage bloc opératoire H/F", "app": "Agent / Agente de bionettoyage",
"contrat": "CDI", "exp": "E", "form": None, "sal": "Horaire de 12.80 Euros", "contact": False, "noname": True,
"comp": ["K07", "K20", "K17"], "qual": [],
"desc": """Entreprise spécialisée dans l'hygiène hospitalière recrute pour une clinique de Villeurbanne un agent de bionettoyage de bloc opératoire (H/F).

Vous réalisez le [[K07|bionettoyage]] des salles d'intervention entre deux patients et en fin de programme, en [[K20|zones à atmosphère contrôlée]]. Vous maîtrisez les [[K12|fiches de données de sécurité]] et utilisez des [[K17|produits écolabellisés]] validés par l'équipe d'hygiène. [[KT1|SST]] exigé. Vous [[KT3|renseignez les feuilles de traçabilité sur smartphone]].

{{niveau|Expérience en milieu hospitalier de 1 an minimum}}. {{contrat|CDI}} {{horaires|35h}}, {{horaires|7h-14h30}}, {{salaire|12,80 €/h}}, {{avantage|mutuelle}}, {{avantage|prime d'assiduité}}."""
},
{
"id": "C00037T", "emp": "KF", "place": "annemasse", "date": "2026-11-09T08:10:00.000Z",
"intitule": "Agent de propreté - vitrerie (H/F)", "app": "Agent / Agente de propreté",
"contrat": "CDI", "exp": "E", "form": None, "sal": "Mensuel de 2000.00 Euros sur 12 mois", "contact": False,
"comp": [], "qual": ["KE5"],
"desc": """Brillance 74 — {{entreprise|entreprise indépendante fondée en 2004}}, {{entreprise|60 salariés}}.

Nous recherchons pour notre antenne d'Annemasse un agent de propreté polyvalent : [[K09|vitrerie]] courante, [[K16|perche télescopique à eau pure]], [[K18|travail en hauteur]] en nacelle, [[K15|cristallisation]] de halls. Nous passons aux [[K17|méthodes écoresponsables]].

Vous avez l'[[KE5|esprit d'équipe]] et {{niveau|2 ans d'expérience}}.
{{contrat|CDI}} {{horaires|39h}}, {{salaire|2 000 € brut}}, {{avantage|véhicule de service}}, {{avantage|panier repas}}."""
},
{
"id": "C00038N", "emp": "KB", "place": "lyon08", "date": "2026-11-16T12:00:00.000Z",
"intitule": "Agent(e) de propreté et services généraux", "app": "Agent / Agente de propreté",
"contrat": "CDI", "exp": "E", "form": None, "sal": "Mensuel de 1850.00 Euros sur 13 mois", "contact": False,
"comp": ["K22", "K23", "K24", "K17"], "qual": ["KE3"],
"desc": """Groupe Clairval Services — {{entreprise|leader régional du facility management}} — {{entreprise|2 800 collaborateurs}}.

Pour le siège d'un laboratoire (Lyon 8e), nous recherchons un·e agent·e de propreté et services généraux.

Vos missions :
* [[K02|Nettoyage des bureaux]] avec des [[K17|produits écolabellisés]]
* [[K06|Réapprovisionnement des consommables]]
* [[K22|Mise en place des salles de réunion]]
* [[K23|Distribution du courrier]]
* [[K24|Petits travaux de maintenance]]
* [[K11|Relation avec les occupants]]

Votre profil : [[KE3|discrétion]], {{niveau|expérience de 1 an minimum en propreté}}.
{{contrat|CDI}} {{horaires|35h}}, {{salaire|1 850 € brut}} + {{salaire|13e mois}}, {{avantage|mutuelle d'entreprise}}, {{avantage|tickets restaurant}}.
{{candidature|Postulez directement sur notre site}}."""
},
{
"id": "C00039H", "emp": "KG", "place": "aixlesbains", "date": "2026-11-19T09:50:00.000Z",
"intitule": "Agent·e d'entretien - Aix-les-Bains", "app": "Agent / Agente de nettoyage de locaux",
"contrat": "CDD", "exp": "D", "form": None, "sal": "Horaire de 12.20 Euros", "contact": False,
"comp": [], "qual": [],
"desc": """♻️ Eco-Net Savoie ({{entreprise|SCOP de 45 salarié·es}}) recrute pour ses clients d'Aix-les-Bains. Tes missions : [[K09|lavage des vitres]] à la [[K16|perche à eau pure]], [[K05|tri des déchets]], [[K17|nettoyage à l'eau ozonée]] des bureaux, [[K10|autocontrôle]] de ton travail. Tu as l'[[KE5|esprit d'équipe]]. {{contrat|CDD 6 mois}} puis CDI possible, {{horaires|30h en journée}}, {{salaire|12,20 €/h}}, {{avantage|vélo de fonction}}."""
},
{
"id": "C00040S", "emp": "KJ", "place": "montlucon", "date": "2026-11-25T07:15:00.000Z",
"intitule": "AGENT DE PROPRETE H/F", "app": "Agent / Agente de propreté",
"contrat": "CDI", "exp": "D", "form": "CAPAPH_S", "sal": "Horaire de 11.95 Euros", "contact": False, "noname": True,
"comp": [], "qual": [],
"desc": """ENTREPRISE DE PROPRETE - MONTLUCON - {{entreprise|25 SALARIES}}
Nous recherchons un agent de propreté H/F pour des locaux commerciaux et des copropriétés.
{{titre|MISSIONS}} : [[K01|nettoyage des sols]], [[K02|essuyage des surfaces]], [[K03|entretien des sanitaires]], [[K21|remise en état après travaux]] sur chantiers de rénovation, utilisation de [[K17|produits écolabellisés]]. Respect des [[KT2|gestes et postures]].
{{titre|PROFIL}} : {{diplome_requis|CAP Agent de propreté et d'hygiène souhaité}}, {{niveau|débutant accepté}}.
{{contrat|CDI}} {{horaires|30h}}, {{horaires|horaires coupés}}, {{salaire|11,95 €/h}}, {{avantage|prime de panier}}."""
},
]
# ---------------------------------------------------------------------------
# Main: build files (deterministic; standard library only)
# ---------------------------------------------------------------------------
import csv
import datetime
import html
import json
import os
import re
import xml.etree.ElementTree as ET

PART = "C"
HERE = os.path.dirname(os.path.abspath(__file__))

PLACES = {
    "lyon03": ("69 - LYON 03", "69003", "69383", 45.7597, 4.8497),
    "lyon08": ("69 - LYON 08", "69008", "69388", 45.7352, 4.8698),
    "villeurbanne": ("69 - VILLEURBANNE", "69100", "69266", 45.7719, 4.8902),
    "venissieux": ("69 - VENISSIEUX", "69200", "69259", 45.6975, 4.8867),
    "saintetienne": ("42 - SAINT ETIENNE", "42000", "42218", 45.4397, 4.3872),
    "roanne": ("42 - ROANNE", "42300", "42187", 46.0367, 4.0683),
    "grenoble": ("38 - GRENOBLE", "38000", "38185", 45.1885, 5.7245),
    "echirolles": ("38 - ECHIROLLES", "38130", "38151", 45.1436, 5.7183),
    "vienne": ("38 - VIENNE", "38200", "38544", 45.5255, 4.8749),
    "annecy": ("74 - ANNECY", "74000", "74010", 45.8992, 6.1294),
    "annemasse": ("74 - ANNEMASSE", "74100", "74012", 46.1934, 6.2342),
    "chambery": ("73 - CHAMBERY", "73000", "73065", 45.5646, 5.9178),
    "aixlesbains": ("73 - AIX LES BAINS", "73100", "73008", 45.6886, 5.9153),
    "clermont": ("63 - CLERMONT FERRAND", "63000", "63113", 45.7772, 3.0870),
    "riom": ("63 - RIOM", "63200", "63300", 45.8936, 3.1128),
    "valence": ("26 - VALENCE", "26000", "26362", 44.9334, 4.8924),
    "bourg": ("01 - BOURG EN BRESSE", "01000", "01053", 46.2052, 5.2255),
    "montlucon": ("03 - MONTLUCON", "03100", "03185", 46.3401, 2.6031),
}

FORMATIONS = {
    "DEAP_E": {"codeFormation": "43436", "domaineLibelle": "Puériculture", "niveauLibelle": "Bac ou équivalent",
               "commentaire": "DE auxiliaire de puériculture", "exigence": "E"},
    "CAPAPH_S": {"codeFormation": "42056", "domaineLibelle": "Nettoyage locaux", "niveauLibelle": "CAP, BEP et équivalents",
                 "commentaire": "CAP agent de propreté et d'hygiène", "exigence": "S"},
    "CAP_S": {"codeFormation": "42056", "domaineLibelle": "Nettoyage locaux", "niveauLibelle": "CAP, BEP et équivalents",
              "exigence": "S"},
}

CONTRATS = {
    "CDI": ("CDI", "Contrat à durée indéterminée", "Contrat travail"),
    "CDD": ("CDD", "Contrat à durée déterminée - 6 Mois", "Contrat travail"),
    "MIS": ("MIS", "Mission intérimaire - 3 Mois", "Contrat travail"),
    "CDDI": ("CDD", "Contrat à durée déterminée - 12 Mois", "Insertion par l'activ.éco."),
}
EXP = {"D": "Débutant accepté", "E": "1 an(s)", "S": "Expérience souhaitée"}

CONTACT_NAMES = ["Mme Ferraro", "M. Duret", "Mme Collins", "Mme Girard", "Karim Benali", "Léa Bonnet", "Service RH"]

# --- skills (truth) -------------------------------------------------------
N, NB = ("nouveau",), ("nouveau_bloc",)
def cv(s): return ("couvert", s)
def fb(s): return ("faible", s)
def el(s, ask, cert): return ("elongation", s, ask, cert)

D, C1 = "RNCP73001", "RNCP73002"
P1, P2 = "RNCP73011", "RNCP73012"

# key: (label, rome, is_se, coverage, elongation_family, new_block_group, trend, transversal)
SKILLS = {
    "J01": ("Réaliser les soins d'hygiène et de confort du jeune enfant", "J1304", False, {D: cv(DEAP_J01), C1: cv(CAP_J01)}, None, None, "stable", False),
    "J02": ("Préparer et donner les repas et les biberons", "J1304", False, {D: cv(DEAP_J02), C1: cv(CAP_J02)}, None, None, "stable", False),
    "J03": ("Accompagner le sommeil et surveiller le repos des enfants", "J1304", False, {D: cv(DEAP_J03), C1: cv(CAP_J03)}, None, None, "stable", False),
    "J04": ("Proposer des activités d'éveil adaptées à l'âge de l'enfant", "J1304", False, {D: cv(DEAP_J04), C1: cv(CAP_J04)}, None, None, "stable", False),
    "J05": ("Surveiller l'état de santé de l'enfant et repérer les signes d'alerte", "J1304", False, {D: cv(DEAP_J05), C1: fb(CAP_J05)}, None, None, "stable", False),
    "J06": ("Assurer les transmissions orales et écrites", "J1304", False, {D: cv(DEAP_J06), C1: cv(CAP_J06)}, None, None, "stable", False),
    "J07": ("Accueillir l'enfant et sa famille", "J1304", False, {D: cv(DEAP_J07), C1: cv(CAP_J07)}, None, None, "stable", False),
    "J08": ("Entretenir et désinfecter les locaux, les jouets et le matériel", "J1304", False, {D: fb(DEAP_J08), C1: cv(CAP_J08)}, None, None, "stable", False),
    "J09": ("Accueillir un enfant en situation de handicap", "J1304", False, {D: fb(DEAP_J09), C1: N}, None, None, "stable", False),
    "J10": ("Aider à la prise des traitements et suivre les PAI", "J1304", False, {D: fb(DEAP_CAP_J10), C1: N}, None, None, "stable", False),
    "J11": ("Participer au projet pédagogique de la structure", "J1304", False, {D: fb(DEAP_ACT_J11), C1: cv(CAP_J11)}, None, None, "stable", False),
    "J12": ("Accompagner l'acquisition de la propreté", "J1304", False, {D: N, C1: fb(CAP_J12)}, None, None, "stable", False),
    "J13": ("Mettre en œuvre l'approche Pikler-Loczy", "J1304", False, {D: N, C1: el(CAP_J13, "Approche Pikler-Loczy", "Pédagogie Montessori")}, "Pédagogies de la petite enfance", None, "stable", False),
    "J14": ("Communiquer avec les signes associés à la parole", "J1304", False, {D: el(DEAP_J14, "Signes associés à la parole", "Makaton"), C1: N}, "Techniques de communication gestuelle", None, "stable", False),
    "J15": ("Utiliser l'application de suivi Meeko", "J1304", False, {D: el(DEAP_J15, "Application Meeko", "Logiciel Inoe"), C1: N}, "Logiciels de suivi des enfants", None, "stable", False),
    "J16": ("Mettre en œuvre une démarche éco-crèche (couches lavables)", "J1304", False, {D: N, C1: N}, None, None, "emergent", False),
    "J17": ("Communiquer en anglais avec les enfants", "J1304", False, {D: N, C1: N}, None, None, "stable", False),
    "J18": ("Accompagner l'allaitement maternel", "J1304", False, {D: cv(DEAP_J18), C1: N}, None, None, "stable", False),
    "J19": ("Réaliser des soins au nouveau-né en néonatologie", "J1304", False, {D: fb(DEAP_J19), C1: N}, None, None, "stable", False),
    "J20": ("Pratiquer la communication non violente", "J1304", False, {D: N, C1: N}, None, None, "stable", False),
    "J21": ("Animer des séances en espace Snoezelen", "J1304", False, {D: N, C1: N}, None, None, "stable", False),
    "J22": ("Animer des temps d'échange avec les parents", "J1304", False, {D: NB, C1: NB}, None, "Soutien à la parentalité", "stable", False),
    "J23": ("Orienter les familles vers les partenaires médico-sociaux", "J1304", False, {D: NB, C1: NB}, None, "Soutien à la parentalité", "stable", False),
    "J24": ("Repérer les situations de fragilité familiale", "J1304", False, {D: NB, C1: NB}, None, "Soutien à la parentalité", "stable", False),
    "J25": ("Connaître le développement psychomoteur de l'enfant", "J1304", False, {D: cv(DEAP_J25), C1: cv(CAP_J25)}, None, None, "stable", False),
    "JT1": ("Porter secours en cas d'accident (Sauveteur Secouriste du Travail)", "J1304", False, {D: N, C1: fb(CAP_MOD_T1)}, None, None, "stable", True),
    "JT2": ("Appliquer les gestes et postures de prévention des TMS (PRAP)", "J1304", False, {D: cv(DEAP_T2), C1: N}, None, None, "stable", True),
    "JT3": ("Renseigner des documents sur tablette ou outil bureautique", "J1304", False, {D: fb(DEAP_CAP_T3), C1: N}, None, None, "stable", True),
    "JE1": ("Être à l'écoute, faire preuve de bienveillance", "J1304", True, {}, None, None, "stable", False),
    "JE2": ("Travailler en équipe", "J1304", True, {}, None, None, "stable", False),
    "JE3": ("Faire preuve de rigueur et de précision", "J1304", True, {}, None, None, "stable", False),
    "JE4": ("Faire preuve de patience", "J1304", True, {}, None, None, "stable", False),
    "JE5": ("Faire preuve de dynamisme", "J1304", True, {}, None, None, "stable", False),
    "K01": ("Nettoyer les sols manuellement", "K2204", False, {P1: cv(CAPP_K01), P2: cv(TPP_K01)}, None, None, "stable", False),
    "K02": ("Dépoussiérer et essuyer le mobilier et les surfaces", "K2204", False, {P1: cv(CAPP_K02), P2: cv(TPP_K02)}, None, None, "stable", False),
    "K03": ("Nettoyer et désinfecter les sanitaires", "K2204", False, {P1: cv(CAPP_K03), P2: cv(TPP_K03)}, None, None, "stable", False),
    "K04": ("Doser et diluer les produits d'entretien", "K2204", False, {P1: cv(CAPP_K04), P2: cv(TPP_K04)}, None, None, "stable", False),
    "K05": ("Vider les corbeilles et trier les déchets", "K2204", False, {P1: cv(CAPP_K05), P2: fb(TPP_K05)}, None, None, "stable", False),
    "K06": ("Approvisionner les sanitaires en consommables", "K2204", False, {P1: N, P2: cv(TPP_K06)}, None, None, "stable", False),
    "K07": ("Réaliser un bionettoyage en milieu de soins", "K2204", False, {P1: fb(CAPP_ACT_K07), P2: cv(TPP_K07)}, None, None, "stable", False),
    "K08": ("Préparer et entretenir le chariot et le matériel de nettoyage", "K2204", False, {P1: cv(CAPP_K08), P2: cv(TPP_K08)}, None, None, "stable", False),
    "K09": ("Nettoyer les vitres accessibles", "K2204", False, {P1: N, P2: cv(TPP_K09)}, None, None, "stable", False),
    "K10": ("Contrôler la qualité de sa prestation", "K2204", False, {P1: fb(CAPP_MOD_K10), P2: cv(TPP_K10)}, None, None, "stable", False),
    "K11": ("Intervenir en site occupé en lien avec les occupants", "K2204", False, {P1: N, P2: fb(TPP_ACT_K11)}, None, None, "stable", False),
    "K12": ("Identifier les risques chimiques (pictogrammes, FDS)", "K2204", False, {P1: fb(CAPP_K12), P2: cv(TPP_K12)}, None, None, "stable", False),
    "K13": ("Entretenir les moquettes (détachage, shampouinage)", "K2204", False, {P1: N, P2: fb(TPP_K13)}, None, None, "stable", False),
    "K14": ("Conduire une autolaveuse", "K2204", False, {P1: el(CAPP_K14, "Autolaveuse", "Monobrosse"), P2: el(TPP_K14, "Autolaveuse", "Monobrosse")}, "Matériels de nettoyage mécanisé", None, "stable", False),
    "K15": ("Cristalliser les sols en marbre", "K2204", False, {P1: el(CAPP_K15, "Cristallisation", "Décapage"), P2: el(TPP_K15, "Cristallisation", "Méthode spray")}, "Techniques de traitement des sols", None, "stable", False),
    "K16": ("Nettoyer les vitres à la perche à eau pure", "K2204", False, {P1: N, P2: el(TPP_K09, "Perche à eau pure", "Raclette et mouilleur")}, "Techniques de nettoyage des vitres", None, "stable", False),
    "K17": ("Utiliser des procédés de nettoyage écoresponsables (écolabels, eau ozonée)", "K2204", False, {P1: N, P2: N}, None, None, "emergent", False),
    "K18": ("Travailler en hauteur en nacelle (CACES R486)", "K2204", False, {P1: N, P2: N}, None, None, "stable", False),
    "K19": ("Détenir l'habilitation électrique H0B0", "K2204", False, {P1: N, P2: N}, None, None, "stable", False),
    "K20": ("Nettoyer en zone à atmosphère contrôlée", "K2204", False, {P1: N, P2: N}, None, None, "stable", False),
    "K21": ("Remettre en état des locaux après travaux", "K2204", False, {P1: cv(CAPP_K21), P2: N}, None, None, "stable", False),
    "K22": ("Mettre en place les salles de réunion", "K2204", False, {P1: NB, P2: NB}, None, "Services généraux aux occupants", "stable", False),
    "K23": ("Distribuer le courrier interne", "K2204", False, {P1: NB, P2: NB}, None, "Services généraux aux occupants", "stable", False),
    "K24": ("Réaliser de petits travaux de maintenance", "K2204", False, {P1: NB, P2: NB}, None, "Services généraux aux occupants", "stable", False),
    "KT1": ("Porter secours en cas d'accident (Sauveteur Secouriste du Travail)", "K2204", False, {P1: N, P2: fb(TPP_CAP_T1)}, None, None, "stable", True),
    "KT2": ("Appliquer les gestes et postures de prévention des TMS (PRAP)", "K2204", False, {P1: cv(CAPP_T2), P2: N}, None, None, "stable", True),
    "KT3": ("Renseigner des documents de traçabilité sur tablette ou smartphone", "K2204", False, {P1: N, P2: N}, None, None, "stable", True),
    "KE1": ("Faire preuve d'autonomie", "K2204", True, {}, None, None, "stable", False),
    "KE2": ("Être ponctuel et assidu", "K2204", True, {}, None, None, "stable", False),
    "KE3": ("Faire preuve de discrétion", "K2204", True, {}, None, None, "stable", False),
    "KE4": ("Faire preuve de rigueur et de précision", "K2204", True, {}, None, None, "stable", False),
    "KE5": ("Travailler en équipe", "K2204", True, {}, None, None, "stable", False),
}

# skill key -> ROME item (code, label) used for the offers' competences / qualites
ROME_ITEM = {}
for row in COMPETENCES:
    if row[8] and not row[8].startswith("*"):
        ROME_ITEM[row[8]] = (row[0], row[2], row[3])
for row in SAVOIRS:
    if row[5] and not row[5].startswith("*") and row[5] not in ROME_ITEM:
        ROME_ITEM[row[5]] = (row[0], row[1], "")
_comp_by_code = {r[0]: r for r in COMPETENCES}
_sav_by_code = {r[0]: r for r in SAVOIRS}
for k, code in {"JE3": "731050", "KE4": "731050", "JE2": "731051", "KE5": "731051", "KE1": "731054",
                "KE2": "731057", "KE3": "731056", "JE1": "731052", "JE4": "731053", "JE5": "731055"}.items():
    r = _comp_by_code[code]
    ROME_ITEM[k] = (r[0], r[2], r[3])
for k, code in {"JT1": "732020", "KT1": "732020", "JT2": "732021", "KT2": "732022", "JT3": "732023", "KT3": "732025"}.items():
    r = _sav_by_code[code]
    ROME_ITEM[k] = (r[0], r[1], "")

MARK_RE = re.compile(r"\[\[(\w+)\|([^\]]+?)\]\]|\{\{(\w+)\|([^}]+?)\}\}")


def parse_markup(text):
    out, skills, nots, pos = [], [], [], 0
    for m in MARK_RE.finditer(text):
        out.append(text[pos:m.start()])
        if m.group(1):
            skills.append((m.group(1), m.group(2)))
            out.append(m.group(2))
        else:
            nots.append((m.group(3), m.group(4)))
            out.append(m.group(4))
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    assert "[[" not in plain and "{{" not in plain and "]]" not in plain and "}}" not in plain, plain[:80]
    return plain, skills, nots


def build_offers():
    offers, mentions, notskills, meta = [], [], [], {}
    for fiche, lib, emps, lst in (("J1304", "Auxiliaire de puériculture", EMP_J, OFFERS_J),
                                  ("K2204", "Agent / Agente de propreté", EMP_K, OFFERS_K)):
        for i, o in enumerate(lst):
            plain, sk, ns = parse_markup(o["desc"])
            emp = emps[o["emp"]]
            place = PLACES[o["place"]]
            created = datetime.datetime.strptime(o["date"], "%Y-%m-%dT%H:%M:%S.000Z")
            updated = created + datetime.timedelta(days=1 + i % 3, hours=2)
            tc, tcl, nat = CONTRATS[o["contrat"]]
            ent = {"entrepriseAdaptee": False}
            if not o.get("noname"):
                ent["nom"] = emp["nom"]
            if emp["desc"] and i % 2 == 0:
                ent["description"] = emp["desc"]
            rec = {
                "id": o["id"],
                "intitule": o["intitule"],
                "description": plain,
                "dateCreation": o["date"],
                "dateActualisation": updated.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "lieuTravail": {"libelle": place[0], "latitude": place[3], "longitude": place[4],
                                "codePostal": place[1], "commune": place[2]},
                "romeCode": fiche,
                "romeLibelle": lib,
                "appellationlibelle": o["app"],
                "entreprise": ent,
                "typeContrat": tc,
                "typeContratLibelle": tcl,
                "natureContrat": nat,
                "experienceExige": o["exp"],
                "experienceLibelle": EXP[o["exp"]],
            }
            form = o.get("form")
            if form is None and fiche == "K2204" and o["exp"] == "E":
                form = "CAP_S"
            rec["formations"] = [FORMATIONS[form]] if form else []
            comp_entries = []
            for c in o["comp"]:
                if isinstance(c, str):
                    code, label, _ = ROME_ITEM[c]
                    comp_entries.append({"code": code, "libelle": label, "exigence": "E" if len(comp_entries) % 3 == 0 else "S"})
                    mentions.append((o["id"], c, label, "competences"))
                else:
                    key, label = c
                    if label is None:
                        label = ROME_ITEM[key][1]
                    comp_entries.append({"libelle": label, "exigence": "S"})
                    mentions.append((o["id"], key, label, "competences"))
            if comp_entries:
                rec["competences"] = comp_entries
            if o["qual"]:
                rec["qualitesProfessionnelles"] = []
                for q in o["qual"]:
                    code, label, definition = ROME_ITEM[q]
                    rec["qualitesProfessionnelles"].append({"libelle": label, "description": definition})
                    mentions.append((o["id"], q, label, "qualitesProfessionnelles"))
            rec["salaire"] = {"libelle": o["sal"]}
            if o["contrat"] in ("CDI", "CDD") and i % 4 == 1:
                rec["salaire"]["complement1"] = "Mutuelle"
            rec["dureeTravailLibelle"] = "35H Horaires normaux"
            rec["alternance"] = False
            if o["contact"]:
                nm = "Service recrutement"
                rec["contact"] = {"nom": (emp["nom"] if not o.get("noname") else "Recrutement") + " - " + nm,
                                  "coordonnees1": "Voir description",
                                  "telephone": "04 65 71 %02d %02d" % (10 + i, 30 + i),
                                  "courriel": "recrutement%d@exemple-offre.fr" % (i + 1)}
            rec["nombrePostes"] = 1
            rec["accessibleTH"] = bool(i % 5 == 0)
            rec["qualificationCode"] = "6"
            rec["qualificationLibelle"] = "Employé qualifié"
            rec["codeNAF"] = emp["naf"][0]
            rec["secteurActiviteLibelle"] = emp["naf"][1]
            rec["origineOffre"] = {"origine": "1", "urlOrigine": "https://candidat.francetravail.fr/offres/recherche/detail/" + o["id"]}
            offers.append(rec)
            for key, ph in sk:
                mentions.append((o["id"], key, ph, "description"))
            for kind, txt in ns:
                notskills.append((o["id"], kind, txt))
            meta[o["id"]] = {"rome_code": fiche, "employer": emp["nom"], "employer_key": o["emp"],
                             "nom_published": not o.get("noname"), "week": (created.date() - datetime.date(2026, 9, 7)).days // 7}
    return offers, mentions, notskills, meta


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def build_rome(outdir):
    os.makedirs(outdir, exist_ok=True)
    write_csv(os.path.join(outdir, "unix_referentiel_code_rome_v461_utf8.csv"),
              ["code_rome", "code_fiche_metier", "code_ogr", "libelle_rome", "transition_eco", "transition_num",
               "transition_demo", "emploi_reglemente", "emploi_cadre", "code_rome_parent"],
              [[c, f, o, l, "Non", "Non", "Oui" if c in ("J1304", "J1501") else "Non", r, "Non", ""] for c, f, o, l, r, _ in FICHES])
    write_csv(os.path.join(outdir, "unix_referentiel_appellation_v461_utf8.csv"),
              ["code_ogr", "libelle_appellation_long", "libelle_appellation_court", "code_rome", "classification",
               "code_rome_parent", "peu_usite"],
              [[o, l, c, r, "Standard", "", "Non"] for o, l, c, r in APPELLATIONS])
    write_csv(os.path.join(outdir, "unix_referentiel_competence_v461_utf8.csv"),
              ["code_ogr", "nature", "libelle_competence", "definition", "code_ogr_macro_comp", "code_macro_comp",
               "cat_comp", "sous_cat_comp", "transition_eco", "transition_num"],
              [[r[0], r[1], r[2], r[3], r[4], r[5], "Compétence technique" if r[1] == SF else "Savoir-être professionnel",
                r[6], "Oui" if r[9] == "Émergente" and r[0] in ("731115",) else "Non", "Non"] for r in COMPETENCES])
    write_csv(os.path.join(outdir, "unix_referentiel_savoir_v461_utf8.csv"),
              ["code_ogr_savoir", "libelle_savoir", "categorie_savoir", "sous_categorie_savoir", "transition_eco", "transition_num"],
              [[r[0], r[1], r[2], r[3], "Oui" if r[3].startswith(("Pratiques éco", "Procédés de nettoyage éco")) else "Non",
                "Oui" if r[3].startswith("Logiciels") or r[3].startswith("Outils bureautiques") else "Non"] for r in SAVOIRS])
    liens, coh = [], []
    for r in COMPETENCES:
        for f in r[7]:
            liens.append([f, "5", "1" if r[1] == SF else "2", r[0]])
            coh.append([f, r[0], r[9]])
    for r in SAVOIRS:
        for f in r[4]:
            liens.append([f, "5", "3", r[0]])
            coh.append([f, r[0], r[6]])
    order = [x[0] for x in FICHES]
    liens.sort(key=lambda x: (order.index(x[0]), x[2], x[3]))
    coh.sort(key=lambda x: (order.index(x[0]), x[1]))
    write_csv(os.path.join(outdir, "unix_liens_rome_referentiels_v461_utf8.csv"),
              ["code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"], liens)
    write_csv(os.path.join(outdir, "unix_coherence_item_v461_utf8.csv"), ["code_rome", "code_ogr", "coeur_metier"], coh)
    write_csv(os.path.join(outdir, "unix_rubrique_mobilite_v461_utf8.csv"), ["code_rome", "code_rome_cible", "numero_ordre"],
              [list(m) for m in MOBILITE])


def html_list(items, style, apos=False):
    def esc(t):
        t = html.escape(t, quote=False)
        return t.replace("'", "&#39;") if apos else t
    if style == "ul":
        return "<ul>" + "".join("<li>%s</li>" % esc(t) for t in items) + "</ul>"
    return "<p>" + "<br/>".join("- %s" % esc(t) for t in items) + "</p>"


def build_rncp(outdir):
    os.makedirs(outdir, exist_ok=True)
    root = ET.Element("FICHES")
    ET.SubElement(root, "VERSION_FLUX").text = "4.1"
    for c in CERTS:
        apos = c["numero"] == "RNCP73012"
        fi = ET.SubElement(root, "FICHE")
        ET.SubElement(fi, "ID_FICHE").text = str(900000 + int(c["numero"][4:]))
        ET.SubElement(fi, "NUMERO_FICHE").text = c["numero"]
        ET.SubElement(fi, "INTITULE").text = c["intitule"]
        ab = ET.SubElement(fi, "ABREGE")
        ET.SubElement(ab, "CODE").text = c["abrege"][0]
        ET.SubElement(ab, "LIBELLE").text = c["abrege"][1]
        ET.SubElement(fi, "ETAT_FICHE").text = "Publiée"
        ne = ET.SubElement(fi, "NOMENCLATURE_EUROPE")
        ET.SubElement(ne, "NIVEAU").text = c["niveau"][0]
        ET.SubElement(ne, "LIBELLE").text = c["niveau"][1]
        ET.SubElement(fi, "ACTIVITES_VISEES").text = html_list(c["activites"], "p", apos)
        ET.SubElement(fi, "CAPACITES_ATTESTEES").text = html_list(c["capacites"], c["style"], apos)
        cr = ET.SubElement(fi, "CODES_ROME")
        for code, lib in c["romes"]:
            r = ET.SubElement(cr, "ROME")
            ET.SubElement(r, "CODE").text = code
            ET.SubElement(r, "LIBELLE").text = lib
        bl = ET.SubElement(fi, "BLOCS_COMPETENCES")
        for code, lib, comps, moda in c["blocs"]:
            b = ET.SubElement(bl, "BLOC_COMPETENCES")
            ET.SubElement(b, "CODE").text = c["numero"] + code
            ET.SubElement(b, "LIBELLE").text = lib
            ET.SubElement(b, "LISTE_COMPETENCES").text = html_list(comps, c["style"], apos)
            ET.SubElement(b, "MODALITES_EVALUATION").text = "<p>" + html.escape(moda, quote=False) + "</p>"
        ET.SubElement(fi, "ACTIF").text = "Oui"
        ET.SubElement(fi, "DATE_FIN_ENREGISTREMENT").text = "31/12/2029"
    ET.indent(root, space="  ")
    data = ET.tostring(root, encoding="unicode")
    with open(os.path.join(outdir, "export-fiches-rncp-v4-1-2026-11-30.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n' + data + "\n")


def locate(cert, stmt):
    for code, lib, comps, moda in cert["blocs"]:
        if stmt in comps:
            return {"block_code": cert["numero"] + code, "where": "LISTE_COMPETENCES"}
    if stmt in cert["activites"]:
        return {"where": "ACTIVITES_VISEES"}
    if stmt in cert["capacites"]:
        return {"where": "CAPACITES_ATTESTEES"}
    for code, lib, comps, moda in cert["blocs"]:
        if stmt in moda:
            return {"block_code": cert["numero"] + code, "where": "MODALITES_EVALUATION"}
    raise ValueError("statement not found in %s: %s" % (cert["numero"], stmt))


def build_truth(mentions, notskills, meta):
    certs = {c["numero"]: c for c in CERTS}
    emps_by_fiche = {}
    for oid, m in meta.items():
        emps_by_fiche.setdefault(m["rome_code"], set()).add(m["employer_key"])
    skills = []
    n = 0
    for key, (label, rome, is_se, cov, fam, grp, trend, transv) in SKILLS.items():
        n += 1
        ph, offs = [], []
        for oid, k, p, src in mentions:
            if k == key:
                if p not in ph:
                    ph.append(p)
                if oid not in offs:
                    offs.append(oid)
        offs.sort()
        emps = {meta[o]["employer_key"] for o in offs}
        share = len(emps) / len(emps_by_fiche[rome])
        if transv:
            breadth = "transversal"
        elif len(emps) == 1:
            breadth = "singulier"
        elif share >= 0.4:
            breadth = "general"
        else:
            breadth = "particulier"
        coverage = {}
        for num, c in certs.items():
            if rome not in [r[0] for r in c["romes"]] or is_se:
                continue
            spec = cov[num]
            e = {"value": spec[0]}
            if spec[0] in ("couvert", "faible", "elongation"):
                e["statement"] = spec[1]
                e.update(locate(c, spec[1]))
            if spec[0] == "elongation":
                e["item_offer"] = spec[2]
                e["item_certification"] = spec[3]
            coverage[num] = e
        skills.append({
            "id": "%s-S%02d" % (PART, n), "label": label, "rome_code": rome, "is_savoir_etre": is_se,
            "phrasings": ph, "offers": offs, "coverage": coverage, "elongation_family": fam,
            "new_block_group": grp, "breadth": breadth, "trend": trend,

        })
    ns = {}
    for oid, kind, txt in notskills:
        ns.setdefault((txt, kind), [])
        if oid not in ns[(txt, kind)]:
            ns[(txt, kind)].append(oid)
    not_skills = [{"text": t, "kind": k, "offers": sorted(o)} for (t, k), o in ns.items()]
    not_skills.sort(key=lambda x: (x["kind"], x["text"]))
    return {
        "part": PART,
        "region": "84",
        "main_fiches": ["J1304", "K2204"],
        "certifications": {c["numero"]: {"title": c["intitule"], "rome_codes": [r[0] for r in c["romes"]]} for c in CERTS},
        "skills": skills,
        "not_skills": not_skills,
    }


def main():
    offers, mentions, notskills, meta = build_offers()
    os.makedirs(os.path.join(HERE, "offres"), exist_ok=True)
    for fiche, name in (("J1304", "offres-j1304-ara.json"), ("K2204", "offres-k2204-ara.json")):
        res = [o for o in offers if o["romeCode"] == fiche]
        with open(os.path.join(HERE, "offres", name), "w", encoding="utf-8") as f:
            json.dump({"resultats": res, "filtresPossibles": []}, f, ensure_ascii=False, indent=1)
    build_rome(os.path.join(HERE, "rome"))
    build_rncp(os.path.join(HERE, "rncp"))
    truth = build_truth(mentions, notskills, meta)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "offers_meta.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1, sort_keys=True)
    print("offers:", len(offers), "skills:", len(truth["skills"]), "not_skills:", len(truth["not_skills"]))


if __name__ == "__main__":
    main()
