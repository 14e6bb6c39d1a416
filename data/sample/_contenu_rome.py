"""Contenu de l'échantillon, partie ROME : fiches, appellations, compétences (items) et façons de les dire.

Tout ce qui est ici est écrit à la main pour l'échantillon. Les codes ROME des six fiches et leurs intitulés
sont les codes publics du ROME 4.0 (France Travail, Licence Ouverte 2.0) ; tous les identifiants techniques
(``code_ogr`` des fiches, appellations, compétences, savoirs, macro-compétences, ``code_fiche_metier``)
sont inventés : plages 9xxxxx, sans rapport avec les identifiants réels.

Rôles des compétences plantées (voir README.md, « Signaux plantés ») :
covered, uncovered, rising, singulier, elongation, block_group, transversal, boilerplate, background.
"""

# ---------------------------------------------------------------------------------------------------------
# Compétences (savoir-faire, savoir-être professionnels) et savoirs.
# code_ogr -> (nature, libellé, définition, code_macro, transition_eco, transition_num)
#   nature : "Savoir-faire" | "Savoir-être professionnel" | "Savoir"
#   code_macro : clé de MACROS (savoir-faire et savoir-être) ; catégorie de savoir (savoirs)
# ---------------------------------------------------------------------------------------------------------
SF, SE, SV = "Savoir-faire", "Savoir-être professionnel", "Savoir"

ITEMS = {
    # --- Savoir-être professionnels (partagés) ---
    "920001": (
        SE,
        "Travailler en équipe",
        "Coopérer avec ses collègues, partager l'information et contribuer à un objectif commun.",
        "MC-SE1",
        "",
        "",
    ),
    "920002": (
        SE,
        "Faire preuve de rigueur et de précision",
        "Respecter les consignes, les procédures et la qualité attendue, sans approximation.",
        "MC-SE2",
        "",
        "",
    ),
    "920003": (
        SE,
        "Faire preuve d'autonomie",
        "Réaliser les tâches confiées sans avoir besoin d'être encadré en permanence.",
        "MC-SE2",
        "",
        "",
    ),
    "920004": (
        SE,
        "Faire preuve de curiosité",
        "S'intéresser aux nouvelles techniques, aux outils et aux évolutions de son métier.",
        "MC-SE3",
        "",
        "",
    ),
    "920005": (
        SE,
        "Faire preuve de réactivité",
        "Agir rapidement et de manière adaptée face à un imprévu ou une urgence.",
        "MC-SE2",
        "",
        "",
    ),
    "920006": (
        SE,
        "Organiser son travail selon les priorités et les objectifs",
        "Planifier ses activités, hiérarchiser les urgences et tenir les délais.",
        "MC-SE2",
        "",
        "",
    ),
    "920007": (
        SE,
        "Être à l'écoute, faire preuve d'empathie",
        "Comprendre les besoins et les émotions de son interlocuteur et y répondre avec bienveillance.",
        "MC-SE1",
        "",
        "",
    ),
    "920008": (
        SE,
        "Avoir le sens du service",
        "Se rendre disponible et apporter une réponse de qualité aux personnes accompagnées.",
        "MC-SE1",
        "",
        "",
    ),
    "920009": (
        SE,
        "Prendre des initiatives et être force de proposition",
        "Proposer des améliorations et agir sans attendre d'y être invité.",
        "MC-SE3",
        "",
        "",
    ),
    "920010": (
        SE,
        "Gérer son stress",
        "Garder son calme et son efficacité dans les situations tendues.",
        "MC-SE2",
        "",
        "",
    ),
    "920011": (
        SE,
        "Faire preuve de créativité, d'inventivité",
        "Imaginer des solutions nouvelles et originales.",
        "MC-SE3",
        "",
        "",
    ),
    # --- F1104 Dessinateur-projeteur / Dessinatrice-projeteuse de la construction ---
    "910101": (
        SF,
        "Réaliser les plans d'exécution d'un ouvrage",
        "Produire les plans d'exécution (vues, coupes, détails) à partir des plans d'architecte et des notes de calcul.",
        "MC-F1",
        "",
        "",
    ),
    "910102": (
        SF,
        "Établir un métré et un quantitatif des ouvrages",
        "Mesurer les ouvrages sur plans et établir les quantités par lot.",
        "MC-F2",
        "",
        "",
    ),
    "910103": (
        SF,
        "Constituer un dossier de demande de permis de construire",
        "Rassembler et produire les pièces graphiques et écrites d'une demande d'autorisation d'urbanisme.",
        "MC-F3",
        "",
        "",
    ),
    "910104": (
        SF,
        "Réaliser les plans de synthèse des lots techniques",
        "Superposer et coordonner les réseaux et réservations des lots techniques (CVC, plomberie, électricité).",
        "MC-F1",
        "",
        "",
    ),
    "910105": (
        SF,
        "Réaliser un relevé de bâtiment au scanner laser 3D",
        "Acquérir la géométrie d'un bâtiment existant à l'aide d'un scanner laser terrestre.",
        "MC-F4",
        "",
        "O",
    ),
    "910106": (
        SF,
        "Traiter un nuage de points",
        "Assembler, nettoyer et exploiter les nuages de points issus des relevés.",
        "MC-F4",
        "",
        "O",
    ),
    "910107": (
        SF,
        "Piloter un drone pour des relevés photogrammétriques",
        "Conduire un drone de prise de vues et produire des relevés par photogrammétrie.",
        "MC-F4",
        "",
        "O",
    ),
    "910108": (
        SF,
        "Analyser les règles d'urbanisme applicables à un terrain",
        "Lire le plan local d'urbanisme et en déduire les contraintes d'implantation.",
        "MC-F3",
        "",
        "",
    ),
    "910109": (
        SF,
        "Coter et habiller un plan",
        "Ajouter cotes, annotations, cartouche et nomenclatures à un plan.",
        "MC-F1",
        "",
        "",
    ),
    "930101": (SV, "Logiciels de DAO 2D (AutoCAD)", "", "Outils et logiciels", "", "O"),
    "930102": (SV, "Logiciel de modélisation 3D Revit", "", "Outils et logiciels", "", "O"),
    "930103": (SV, "Maquette numérique BIM", "", "Domaines d'expertise", "O", "O"),
    "930104": (SV, "Logiciels de rendu 3D (Twinmotion, Lumion)", "", "Outils et logiciels", "", "O"),
    "930105": (SV, "Logiciel de conception bois Cadwork", "", "Outils et logiciels", "", "O"),
    "930106": (SV, "Démarche Haute Qualité Environnementale (HQE)", "", "Normes et procédés", "O", ""),
    "930107": (
        SV,
        "Règles d'accessibilité des bâtiments aux personnes à mobilité réduite",
        "",
        "Réglementation",
        "",
        "",
    ),
    "930108": (SV, "Résistance des matériaux", "", "Domaines d'expertise", "", ""),
    # --- F1703 Maçon / Maçonne ---
    "910201": (
        SF,
        "Monter des murs en maçonnerie (briques, parpaings, blocs béton)",
        "Élever des murs d'aplomb en éléments maçonnés hourdés au mortier.",
        "MC-M1",
        "",
        "",
    ),
    "910202": (
        SF,
        "Réaliser des coffrages et couler des éléments en béton armé",
        "Coffrer, ferrailler, couler et décoffrer dalles, poteaux, poutres et linteaux.",
        "MC-M1",
        "",
        "",
    ),
    "910203": (
        SF,
        "Lire un plan et implanter un ouvrage",
        "Interpréter les plans et reporter l'implantation de l'ouvrage sur le terrain.",
        "MC-M2",
        "",
        "",
    ),
    "910204": (
        SF,
        "Réaliser les fondations d'un ouvrage",
        "Réaliser semelles, longrines et soubassements selon les plans.",
        "MC-M1",
        "",
        "",
    ),
    "910205": (
        SF,
        "Maçonner à joint mince (briques rectifiées, blocs collés)",
        "Monter des murs en éléments rectifiés posés au mortier-colle en joint mince.",
        "MC-M1",
        "O",
        "",
    ),
    "910206": (
        SF,
        "Mettre en œuvre une isolation thermique par l'extérieur (ITE)",
        "Poser un système d'isolation par l'extérieur (isolant, armature, enduit) sur un bâtiment.",
        "MC-M3",
        "O",
        "",
    ),
    "910207": (
        SF,
        "Monter et démonter un échafaudage de pied (R408)",
        "Monter, vérifier et démonter un échafaudage fixe selon la recommandation R408.",
        "MC-M2",
        "",
        "",
    ),
    "910208": (
        SF,
        "Restaurer des maçonneries en pierre à la chaux",
        "Reprendre, rejointoyer et consolider des maçonneries anciennes au mortier de chaux.",
        "MC-M3",
        "O",
        "",
    ),
    "910209": (
        SF,
        "Trier et valoriser les déchets de chantier",
        "Séparer les déchets par filière et organiser leur évacuation vers les points de collecte.",
        "MC-M2",
        "O",
        "",
    ),
    "910210": (SF, "Réaliser une chape", "Mettre en œuvre une chape de mortier dressée et réglée.", "MC-M1", "", ""),
    "910211": (
        SF,
        "Poser des éléments préfabriqués (prédalles, linteaux)",
        "Réceptionner, guider et poser des éléments préfabriqués en béton.",
        "MC-M1",
        "",
        "",
    ),
    "930201": (SV, "CACES R482 catégorie A (mini-pelle)", "", "Habilitations et certifications", "", ""),
    "930202": (SV, "Gestes et postures de manutention", "", "Normes et procédés", "", ""),
    # --- J1501 Aide-soignant / Aide-soignante ---
    "910301": (
        SF,
        "Réaliser les soins d'hygiène et de confort de la personne",
        "Réaliser toilettes, habillage et soins de confort en respectant la pudeur et les habitudes de vie.",
        "MC-S1",
        "",
        "",
    ),
    "910302": (
        SF,
        "Mesurer les paramètres vitaux de la personne",
        "Relever pouls, tension, température, saturation et signaler toute anomalie.",
        "MC-S1",
        "",
        "",
    ),
    "910303": (
        SF,
        "Mobiliser et installer la personne en utilisant les aides techniques",
        "Réaliser transferts et installations à l'aide du lève-personne, du verticalisateur ou du drap de glisse.",
        "MC-S2",
        "",
        "",
    ),
    "910304": (
        SF,
        "Appliquer les règles d'hygiène et de prévention des infections",
        "Appliquer précautions standard, protocoles de bionettoyage et circuits du linge et des déchets.",
        "MC-S2",
        "",
        "",
    ),
    "910305": (
        SF,
        "Tracer les soins dans un dossier de soins informatisé",
        "Saisir soins réalisés et transmissions ciblées dans le logiciel de soins de l'établissement.",
        "MC-S3",
        "",
        "O",
    ),
    "910306": (
        SF,
        "Accompagner la personne en fin de vie",
        "Prodiguer soins de confort et présence à la personne en fin de vie et soutenir ses proches.",
        "MC-S4",
        "",
        "",
    ),
    "910307": (
        SF,
        "Organiser une tournée de soins à domicile",
        "Planifier et réaliser une tournée de soins au domicile des patients.",
        "MC-S4",
        "",
        "",
    ),
    "910308": (
        SF,
        "Accompagner les personnes atteintes de troubles neurocognitifs",
        "Adapter la communication et les soins aux personnes atteintes de la maladie d'Alzheimer ou de troubles apparentés.",
        "MC-S5",
        "",
        "",
    ),
    "910309": (
        SF,
        "Mettre en œuvre la méthodologie de soins Humanitude",
        "Appliquer les piliers de la méthodologie Humanitude (regard, parole, toucher, verticalité).",
        "MC-S5",
        "",
        "",
    ),
    "910310": (
        SF,
        "Animer des activités de stimulation sensorielle (Snoezelen)",
        "Conduire des séances de stimulation multisensorielle en espace dédié.",
        "MC-S5",
        "",
        "",
    ),
    "910311": (
        SF,
        "Accompagner les patients lors des soins de balnéothérapie",
        "Installer et surveiller les patients pendant les soins en bassin, bains et douches thérapeutiques.",
        "MC-S4",
        "",
        "",
    ),
    "910312": (
        SF,
        "Aider la personne à la prise des repas",
        "Installer la personne, adapter les textures et l'aider à s'alimenter.",
        "MC-S1",
        "",
        "",
    ),
    "910313": (
        SF,
        "Accueillir la personne et son entourage",
        "Accueillir, informer et orienter la personne soignée et ses proches.",
        "MC-S4",
        "",
        "",
    ),
    "930301": (
        SV,
        "Certificat PRAP 2S, prévention des risques liés à l'activité physique",
        "",
        "Habilitations et certifications",
        "",
        "",
    ),
    "930302": (SV, "Approche Montessori adaptée aux personnes âgées", "", "Domaines d'expertise", "", ""),
    "930303": (
        SV,
        "Attestation de formation aux gestes et soins d'urgence (AFGSU)",
        "",
        "Habilitations et certifications",
        "",
        "",
    ),
    # --- M1805 Développeur / Développeuse informatique ---
    "910401": (
        SF,
        "Développer les fonctionnalités d'une application",
        "Concevoir, coder et livrer les évolutions fonctionnelles d'une application.",
        "MC-D1",
        "",
        "O",
    ),
    "910402": (
        SF,
        "Concevoir et interroger une base de données relationnelle",
        "Modéliser les données, créer les schémas et écrire les requêtes SQL.",
        "MC-D1",
        "",
        "O",
    ),
    "910403": (
        SF,
        "Rédiger et exécuter des tests unitaires",
        "Écrire, automatiser et maintenir les tests unitaires du code produit.",
        "MC-D2",
        "",
        "O",
    ),
    "910404": (
        SF,
        "Intégrer des services d'intelligence artificielle générative",
        "Intégrer des modèles de langage (LLM) dans une application : appels d'API, conception de prompts, recherche augmentée.",
        "MC-D3",
        "",
        "O",
    ),
    "910405": (
        SF,
        "Appliquer les règles de sécurité applicative (OWASP)",
        "Prévenir les vulnérabilités courantes des applications web (injection, XSS, contrôle d'accès).",
        "MC-D2",
        "",
        "O",
    ),
    "910406": (
        SF,
        "Écoconcevoir un service numérique",
        "Mesurer et réduire l'empreinte environnementale d'un service numérique.",
        "MC-D2",
        "O",
        "O",
    ),
    "910407": (
        SF,
        "Conteneuriser une application avec Docker",
        "Construire et maintenir les images et conteneurs Docker d'une application.",
        "MC-D4",
        "",
        "O",
    ),
    "910408": (
        SF,
        "Orchestrer des conteneurs avec Kubernetes",
        "Déployer et exploiter des applications conteneurisées sur un cluster Kubernetes.",
        "MC-D4",
        "",
        "O",
    ),
    "910409": (
        SF,
        "Mettre en place une chaîne d'intégration et de déploiement continus (CI/CD)",
        "Automatiser la compilation, les tests et la mise en production (GitLab CI, GitHub Actions, Jenkins).",
        "MC-D4",
        "",
        "O",
    ),
    "910410": (
        SF,
        "Rédiger une documentation technique",
        "Décrire l'architecture, l'installation et l'utilisation d'un logiciel.",
        "MC-D2",
        "",
        "O",
    ),
    "910411": (
        SF,
        "Analyser les besoins des utilisateurs",
        "Recueillir et formaliser les besoins fonctionnels des utilisateurs.",
        "MC-D1",
        "",
        "O",
    ),
    "930401": (SV, "Langage JavaScript", "", "Outils et logiciels", "", "O"),
    "930402": (SV, "Langage TypeScript", "", "Outils et logiciels", "", "O"),
    "930403": (SV, "Langage Ada (logiciels critiques DO-178C)", "", "Outils et logiciels", "", "O"),
    "930404": (SV, "Référencement naturel (SEO)", "", "Domaines d'expertise", "", "O"),
    "930405": (SV, "Langage Python", "", "Outils et logiciels", "", "O"),
    # --- N1103 Magasinier / Magasinière ---
    "910501": (
        SF,
        "Réceptionner et contrôler les marchandises",
        "Décharger, pointer et contrôler la conformité des livraisons avec les bons de commande.",
        "MC-L1",
        "",
        "",
    ),
    "910502": (
        SF,
        "Préparer les commandes",
        "Prélever les articles, constituer et conditionner les commandes selon les bons de préparation.",
        "MC-L1",
        "",
        "",
    ),
    "910503": (
        SF,
        "Réaliser les inventaires et suivre l'état des stocks",
        "Compter les stocks, rapprocher les écarts et signaler les anomalies.",
        "MC-L2",
        "",
        "",
    ),
    "910504": (
        SF,
        "Utiliser un logiciel de gestion d'entrepôt (WMS) et un terminal radiofréquence",
        "Enregistrer les mouvements de stock et suivre les missions de préparation sur terminal RF connecté au WMS.",
        "MC-L2",
        "",
        "O",
    ),
    "910505": (
        SF,
        "Appliquer la réglementation du transport de marchandises dangereuses (ADR)",
        "Identifier, emballer, étiqueter et documenter les colis de marchandises dangereuses.",
        "MC-L3",
        "",
        "",
    ),
    "910506": (
        SF,
        "Traiter les retours clients (logistique inverse)",
        "Contrôler, trier, reconditionner et remettre en stock les produits retournés.",
        "MC-L1",
        "",
        "",
    ),
    "910507": (
        SF,
        "Gérer les documents douaniers des vins et spiritueux (DAE)",
        "Établir les documents d'accompagnement et suivre les droits d'accises en entrepôt sous douane.",
        "MC-L3",
        "",
        "",
    ),
    "910508": (
        SF,
        "Emballer et conditionner les produits",
        "Choisir l'emballage adapté et protéger les produits pour le transport.",
        "MC-L1",
        "",
        "",
    ),
    "930501": (SV, "CACES R489 catégorie 3", "", "Habilitations et certifications", "", ""),
    "930502": (SV, "CACES R489 catégorie 5", "", "Habilitations et certifications", "", ""),
    "930503": (SV, "Démarche d'amélioration continue (Lean, 5S)", "", "Normes et procédés", "", ""),
    "930504": (SV, "Règles de stockage des produits", "", "Normes et procédés", "", ""),
    # --- H2913 Soudeur / Soudeuse ---
    "910601": (
        SF,
        "Souder des pièces selon le procédé TIG (141)",
        "Réaliser des assemblages soudés à l'arc sous gaz inerte avec électrode de tungstène.",
        "MC-W1",
        "",
        "",
    ),
    "910602": (
        SF,
        "Souder des pièces selon les procédés semi-automatiques MIG/MAG (131, 135)",
        "Réaliser des assemblages soudés à l'arc sous protection gazeuse avec fil électrode fusible.",
        "MC-W1",
        "",
        "",
    ),
    "910603": (
        SF,
        "Lire un plan et un descriptif de mode opératoire de soudage (DMOS)",
        "Identifier sur les plans et les DMOS les assemblages, procédés et paramètres à appliquer.",
        "MC-W2",
        "",
        "",
    ),
    "910604": (
        SF,
        "Préparer et pointer les pièces avant soudage",
        "Chanfreiner, meuler, positionner et pointer les pièces selon le plan.",
        "MC-W1",
        "",
        "",
    ),
    "910605": (
        SF,
        "Programmer et conduire une cellule de soudage robotisée",
        "Programmer les trajectoires d'un robot de soudage et conduire la cellule ou l'équipement de soudage orbital.",
        "MC-W3",
        "",
        "O",
    ),
    "910606": (
        SF,
        "Intervenir en espace confiné",
        "Travailler en cuve, réservoir ou capacité en appliquant les procédures d'intervention en espace confiné.",
        "MC-W2",
        "",
        "",
    ),
    "910607": (
        SF,
        "Souder des coques en aluminium en construction navale",
        "Souder des tôles et profilés d'aluminium de coques et de ponts de bateaux.",
        "MC-W1",
        "",
        "",
    ),
    "910608": (
        SF,
        "Souder à l'électrode enrobée (111)",
        "Réaliser des assemblages soudés à l'arc avec électrode enrobée.",
        "MC-W1",
        "",
        "",
    ),
    "930601": (SV, "Qualification de soudeur ASME section IX", "", "Habilitations et certifications", "", ""),
    "930602": (SV, "Conduite de pont roulant et élingage (R484)", "", "Habilitations et certifications", "", ""),
    "930603": (SV, "Contrôle non destructif (ressuage, magnétoscopie)", "", "Normes et procédés", "", ""),
    "930604": (SV, "Qualification de soudeur NF EN ISO 9606-1", "", "Habilitations et certifications", "", ""),
    "930605": (SV, "Règles de sécurité liées au soudage (fumées, rayonnements)", "", "Normes et procédés", "", ""),
}

# Sous-catégories de savoirs (colonne sous_categorie_savoir), par savoir.
SAVOIR_SOUS_CATEGORIE = {
    "Outils et logiciels": "Logiciels métier",
    "Domaines d'expertise": "Techniques professionnelles",
    "Normes et procédés": "Normes, procédures et démarches",
    "Habilitations et certifications": "Habilitations, certificats et permis",
    "Réglementation": "Réglementation du secteur",
}

# ---------------------------------------------------------------------------------------------------------
# Arborescence des compétences : domaine -> enjeu -> objectif -> macro-compétence.
# code_macro -> (code_ogr_macro, libellé macro, code_objectif, objectif, code_enjeu, enjeu, code_domaine, domaine)
# ---------------------------------------------------------------------------------------------------------
_D = {
    "1": "Construction, bâtiment et travaux publics",
    "2": "Santé et accompagnement de la personne",
    "3": "Numérique et systèmes d'information",
    "4": "Transport et logistique",
    "5": "Production industrielle",
    "6": "Compétences transverses",
}
MACROS = {
    "MC-F1": (
        "940101",
        "Produire les plans d'un projet de construction",
        "O101",
        "Représenter un projet de construction",
        "E11",
        "Concevoir les ouvrages",
        "1",
    ),
    "MC-F2": (
        "940102",
        "Quantifier les ouvrages d'un projet",
        "O102",
        "Chiffrer un projet de construction",
        "E11",
        "Concevoir les ouvrages",
        "1",
    ),
    "MC-F3": (
        "940103",
        "Préparer les autorisations d'urbanisme",
        "O103",
        "Sécuriser les démarches réglementaires",
        "E11",
        "Concevoir les ouvrages",
        "1",
    ),
    "MC-F4": (
        "940104",
        "Relever et numériser l'existant",
        "O104",
        "Connaître le bâti existant",
        "E12",
        "Réhabiliter et transformer le bâti",
        "1",
    ),
    "MC-M1": (
        "940201",
        "Réaliser les ouvrages de gros œuvre",
        "O201",
        "Construire l'ouvrage",
        "E13",
        "Réaliser les ouvrages",
        "1",
    ),
    "MC-M2": (
        "940202",
        "Préparer et sécuriser le chantier",
        "O202",
        "Organiser le chantier",
        "E13",
        "Réaliser les ouvrages",
        "1",
    ),
    "MC-M3": (
        "940203",
        "Rénover le bâti et améliorer sa performance",
        "O203",
        "Améliorer la performance du bâti",
        "E12",
        "Réhabiliter et transformer le bâti",
        "1",
    ),
    "MC-S1": (
        "940301",
        "Réaliser les soins du quotidien",
        "O301",
        "Prendre soin de la personne",
        "E21",
        "Soigner",
        "2",
    ),
    "MC-S2": ("940302", "Prévenir les risques liés aux soins", "O302", "Sécuriser les soins", "E21", "Soigner", "2"),
    "MC-S3": (
        "940303",
        "Assurer la traçabilité des soins",
        "O303",
        "Coordonner les soins",
        "E22",
        "Coordonner le parcours de soins",
        "2",
    ),
    "MC-S4": (
        "940304",
        "Accompagner la personne dans son parcours",
        "O304",
        "Accompagner la personne et ses proches",
        "E22",
        "Coordonner le parcours de soins",
        "2",
    ),
    "MC-S5": (
        "940305",
        "Accompagner les personnes âgées dépendantes",
        "O305",
        "Adapter l'accompagnement au grand âge",
        "E23",
        "Accompagner le vieillissement",
        "2",
    ),
    "MC-D1": (
        "940401",
        "Concevoir et développer une application",
        "O401",
        "Produire un logiciel",
        "E31",
        "Développer les systèmes d'information",
        "3",
    ),
    "MC-D2": (
        "940402",
        "Garantir la qualité d'un logiciel",
        "O402",
        "Fiabiliser un logiciel",
        "E31",
        "Développer les systèmes d'information",
        "3",
    ),
    "MC-D3": (
        "940403",
        "Exploiter l'intelligence artificielle",
        "O403",
        "Innover par les données",
        "E32",
        "Transformer les organisations par le numérique",
        "3",
    ),
    "MC-D4": (
        "940404",
        "Automatiser le déploiement des applications",
        "O404",
        "Industrialiser la production logicielle",
        "E31",
        "Développer les systèmes d'information",
        "3",
    ),
    "MC-L1": (
        "940501",
        "Traiter les flux de marchandises",
        "O501",
        "Gérer les flux physiques",
        "E41",
        "Entreposer et distribuer",
        "4",
    ),
    "MC-L2": ("940502", "Gérer les stocks", "O502", "Maîtriser les stocks", "E41", "Entreposer et distribuer", "4"),
    "MC-L3": (
        "940503",
        "Appliquer la réglementation des flux",
        "O503",
        "Sécuriser les expéditions",
        "E42",
        "Respecter la réglementation des marchandises",
        "4",
    ),
    "MC-W1": (
        "940601",
        "Assembler des pièces par soudage",
        "O601",
        "Réaliser les assemblages",
        "E51",
        "Fabriquer des ensembles métalliques",
        "5",
    ),
    "MC-W2": (
        "940602",
        "Préparer et sécuriser une intervention de soudage",
        "O602",
        "Organiser son intervention",
        "E51",
        "Fabriquer des ensembles métalliques",
        "5",
    ),
    "MC-W3": (
        "940603",
        "Conduire des équipements de soudage automatisés",
        "O603",
        "Automatiser la production",
        "E52",
        "Moderniser l'appareil de production",
        "5",
    ),
    "MC-SE1": (
        "940901",
        "Coopérer et communiquer",
        "O901",
        "Travailler avec les autres",
        "E61",
        "Agir en professionnel",
        "6",
    ),
    "MC-SE2": (
        "940902",
        "S'organiser et tenir ses engagements",
        "O902",
        "Être efficace au travail",
        "E61",
        "Agir en professionnel",
        "6",
    ),
    "MC-SE3": (
        "940903",
        "Innover et s'adapter",
        "O903",
        "Évoluer avec son métier",
        "E61",
        "Agir en professionnel",
        "6",
    ),
}
DOMAINES = _D

# ---------------------------------------------------------------------------------------------------------
# Fiches ROME (codes et intitulés publics du ROME 4.0 ; identifiants techniques inventés).
# ---------------------------------------------------------------------------------------------------------
FICHES = {
    "F1104": dict(
        libelle="Dessinateur-projeteur / Dessinatrice-projeteuse de la construction",
        libelle_v3="Dessin BTP et paysage",
        fiche="95104",
        ogr="970104",
        tags=("Emploi Blanc", "O", "N", "N", "N"),
        appellations=[
            (
                "960101",
                "Dessinateur-projeteur / Dessinatrice-projeteuse de la construction",
                "Dessinateur-projeteur / Dessinatrice-projeteuse de la construction",
                "PRINCIPALE",
                "N",
            ),
            (
                "960102",
                "Dessinateur / Dessinatrice en bâtiment",
                "Dessinateur / Dessinatrice en bâtiment",
                "SYNONYME",
                "N",
            ),
            (
                "960103",
                "Dessinateur-projeteur / Dessinatrice-projeteuse en béton armé",
                "Dessinateur-projeteur en béton armé",
                "SYNONYME",
                "N",
            ),
            (
                "960104",
                "Technicien / Technicienne d'études en dessin du bâtiment",
                "Technicien d'études en dessin du bâtiment",
                "SYNONYME",
                "N",
            ),
            (
                "960105",
                "Projeteur / Projeteuse en charpente métallique",
                "Projeteur en charpente métallique",
                "SYNONYME",
                "O",
            ),
        ],
    ),
    "F1703": dict(
        libelle="Maçon / Maçonne",
        libelle_v3="Maçonnerie",
        fiche="95703",
        ogr="970703",
        tags=("Emploi Vert", "N", "N", "N", "N"),
        appellations=[
            ("960201", "Maçon / Maçonne", "Maçon / Maçonne", "PRINCIPALE", "N"),
            ("960202", "Maçon / Maçonne en rénovation", "Maçon en rénovation", "SYNONYME", "N"),
            ("960203", "Maçon coffreur / Maçonne coffreuse", "Maçon coffreur / Maçonne coffreuse", "SYNONYME", "N"),
            ("960204", "Compagnon maçon / Compagnonne maçonne", "Compagnon maçon", "SYNONYME", "N"),
            ("960205", "Maçon / Maçonne du bâti ancien", "Maçon du bâti ancien", "SYNONYME", "O"),
        ],
    ),
    "J1501": dict(
        libelle="Aide-soignant / Aide-soignante",
        libelle_v3="Soins d'hygiène, de confort du patient",
        fiche="95501",
        ogr="970501",
        tags=("Emploi Blanc", "N", "O", "O", "N"),
        appellations=[
            ("960301", "Aide-soignant / Aide-soignante", "Aide-soignant / Aide-soignante", "PRINCIPALE", "N"),
            ("960302", "Aide-soignant / Aide-soignante en EHPAD", "Aide-soignant en EHPAD", "SYNONYME", "N"),
            ("960303", "Aide-soignant / Aide-soignante de nuit", "Aide-soignant de nuit", "SYNONYME", "N"),
            ("960304", "Aide-soignant / Aide-soignante à domicile", "Aide-soignant à domicile", "SYNONYME", "N"),
            (
                "960305",
                "Assistant / Assistante de soins en gérontologie",
                "Assistant / Assistante de soins en gérontologie",
                "SYNONYME",
                "N",
            ),
        ],
    ),
    "M1805": dict(
        libelle="Développeur / Développeuse informatique",
        libelle_v3="Études et développement informatique",
        fiche="95805",
        ogr="970805",
        tags=("Emploi Blanc", "O", "N", "N", "O"),
        appellations=[
            (
                "960401",
                "Développeur / Développeuse informatique",
                "Développeur / Développeuse informatique",
                "PRINCIPALE",
                "N",
            ),
            ("960402", "Analyste développeur / Analyste développeuse", "Analyste développeur", "SYNONYME", "N"),
            ("960403", "Développeur / Développeuse full stack", "Développeur full stack", "SYNONYME", "N"),
            ("960404", "Développeur / Développeuse d'applications", "Développeur d'applications", "SYNONYME", "N"),
            (
                "960405",
                "Informaticien / Informaticienne de développement",
                "Informaticien de développement",
                "SYNONYME",
                "O",
            ),
        ],
    ),
    "N1103": dict(
        libelle="Magasinier / Magasinière",
        libelle_v3="Magasinage et préparation de commandes",
        fiche="95103",
        ogr="971103",
        tags=("Emploi Blanc", "N", "N", "N", "N"),
        appellations=[
            ("960501", "Magasinier / Magasinière", "Magasinier / Magasinière", "PRINCIPALE", "N"),
            (
                "960502",
                "Préparateur / Préparatrice de commandes",
                "Préparateur / Préparatrice de commandes",
                "SYNONYME",
                "N",
            ),
            ("960503", "Magasinier cariste / Magasinière cariste", "Magasinier cariste", "SYNONYME", "N"),
            ("960504", "Réceptionnaire en entrepôt", "Réceptionnaire en entrepôt", "SYNONYME", "N"),
            ("960505", "Agent / Agente de quai", "Agent / Agente de quai", "SYNONYME", "O"),
        ],
    ),
    "H2913": dict(
        libelle="Soudeur / Soudeuse",
        libelle_v3="Soudage manuel",
        fiche="95913",
        ogr="972913",
        tags=("Emploi Brun", "N", "N", "N", "N"),
        appellations=[
            ("960601", "Soudeur / Soudeuse", "Soudeur / Soudeuse", "PRINCIPALE", "N"),
            ("960602", "Soudeur / Soudeuse TIG", "Soudeur / Soudeuse TIG", "SYNONYME", "N"),
            ("960603", "Soudeur / Soudeuse MIG-MAG", "Soudeur / Soudeuse MIG-MAG", "SYNONYME", "N"),
            ("960604", "Soudeur assembleur / Soudeuse assembleuse", "Soudeur assembleur", "SYNONYME", "N"),
            ("960605", "Soudeur-tuyauteur / Soudeuse-tuyauteuse", "Soudeur-tuyauteur", "SYNONYME", "O"),
        ],
    ),
}
ROME_ORDER = ["F1104", "F1703", "J1501", "M1805", "N1103", "H2913"]

# ---------------------------------------------------------------------------------------------------------
# Rôles plantés et taux visés (part des offres originales du code ROME).
#   covered : [(code, taux)] ; uncovered : [(code, taux)] ; rising : (code, taux semaine 1, taux semaine 16)
#   singulier : (code, part des offres de l'employeur) ; elongation : (code demandé, code énoncé, taux)
#   block_group : ([codes], taux) ; transversal : (code, taux) ; boilerplate : [codes] ; background : [(code, taux)]
#   emergente : codes marqués « Émergente » dans coherence_item ; extra : items de la fiche jamais demandés
# ---------------------------------------------------------------------------------------------------------
PLAN = {
    "F1104": dict(
        covered=[("910101", 0.48), ("910102", 0.40), ("910103", 0.33), ("930101", 0.44)],
        uncovered=[("930104", 0.28), ("910104", 0.24)],
        rising=("930103", 0.03, 0.50),
        singulier=("930105", 0.85),
        elongation=("930102", "930101", 0.27),
        block_group=(["910105", "910106", "910107"], 0.24),
        transversal=("920001", 0.45),
        boilerplate=["930106"],
        background=[("920002", 0.35), ("920003", 0.30)],
        emergente=["930103"],
        extra=["910108", "910109", "930107", "930108", "920004", "920011"],
    ),
    "F1703": dict(
        covered=[("910201", 0.50), ("910202", 0.42), ("910203", 0.36), ("910204", 0.31)],
        uncovered=[("910207", 0.30), ("930201", 0.25)],
        rising=("910206", 0.03, 0.50),
        singulier=("910208", 0.85),
        elongation=("910205", "910201", 0.26),
        block_group=None,
        transversal=("920001", 0.45),
        boilerplate=["910209"],
        background=[("920003", 0.33), ("920005", 0.30)],
        emergente=[],
        extra=["910210", "910211", "930202", "920010"],
    ),
    "J1501": dict(
        covered=[("910301", 0.52), ("910302", 0.40), ("910303", 0.36), ("910304", 0.31)],
        uncovered=[("910306", 0.28), ("910307", 0.22)],
        rising=("910305", 0.03, 0.50),
        singulier=("910311", 0.85),
        elongation=("930301", "910303", 0.25),
        block_group=(["910308", "910309", "910310"], 0.24),
        transversal=("920001", 0.50),
        boilerplate=["930302"],
        background=[("920007", 0.40), ("920008", 0.30)],
        emergente=[],
        extra=["910312", "910313", "930202", "930303", "920010"],
    ),
    "M1805": dict(
        covered=[("910401", 0.50), ("910402", 0.42), ("910403", 0.34), ("930401", 0.40)],
        uncovered=[("910405", 0.28), ("910406", 0.22)],
        rising=("910404", 0.03, 0.50),
        singulier=("930403", 0.85),
        elongation=("930402", "930401", 0.30),
        block_group=(["910407", "910408", "910409"], 0.26),
        transversal=("920001", 0.45),
        boilerplate=["930404"],
        background=[("920004", 0.35), ("920009", 0.30)],
        emergente=["910404"],
        extra=["910410", "910411", "930405", "920003", "920011"],
    ),
    "N1103": dict(
        covered=[("910501", 0.45), ("910502", 0.52), ("910503", 0.33), ("930501", 0.42)],
        uncovered=[("910505", 0.24), ("910506", 0.27)],
        rising=("910504", 0.03, 0.50),
        singulier=("910507", 0.85),
        elongation=("930502", "930501", 0.27),
        block_group=None,
        transversal=("920001", 0.42),
        boilerplate=["930503"],
        background=[("920005", 0.33), ("920006", 0.33)],
        emergente=[],
        extra=["910508", "930504", "930202", "920002"],
    ),
    "H2913": dict(
        covered=[("910601", 0.48), ("910602", 0.45), ("910603", 0.36), ("910604", 0.32), ("930604", 0.30)],
        uncovered=[("930602", 0.27), ("910606", 0.22)],
        rising=("910605", 0.03, 0.50),
        singulier=("910607", 0.85),
        elongation=("930601", "930604", 0.24),
        block_group=None,
        transversal=("920001", 0.42),
        boilerplate=["930603"],
        background=[("920002", 0.38), ("920010", 0.28)],
        emergente=["910605"],
        extra=["910608", "930605", "920003"],
    ),
}

# ---------------------------------------------------------------------------------------------------------
# Façons de dire chaque compétence dans une offre.
#   m : puce de missions (infinitif) ; v : proposition « vous ... » (texte suivi) ; p : puce de profil
# ---------------------------------------------------------------------------------------------------------
PHRASES = {
    # ----- F1104 -----
    "910101": dict(
        m=[
            "Réaliser les plans d'exécution des ouvrages (coffrage, coupes, détails)",
            "Produire les plans d'exécution à partir des plans de l'architecte et des notes de calcul",
        ],
        v=[
            "vous réalisez les plans d'exécution des ouvrages",
            "vous produisez les plans d'exécution (coffrage, coupes, détails) à partir des notes de calcul",
        ],
        p=[
            "Expérience confirmée dans la réalisation de plans d'exécution",
            "Vous savez produire des plans d'exécution complets et cotés",
        ],
    ),
    "910102": dict(
        m=[
            "Établir les métrés et les quantitatifs des ouvrages",
            "Réaliser les avant-métrés et les quantitatifs pour le service études de prix",
        ],
        v=[
            "vous établissez les métrés et les quantitatifs",
            "vous chiffrez les quantités d'ouvrages à partir des plans (avant-métrés)",
        ],
        p=["Bonne pratique du métré et des quantitatifs", "Capacité à établir un quantitatif fiable"],
    ),
    "910103": dict(
        m=[
            "Monter les dossiers de demande de permis de construire (pièces graphiques, notice)",
            "Préparer les pièces graphiques des permis de construire et des déclarations préalables",
        ],
        v=[
            "vous constituez les dossiers de demande de permis de construire",
            "vous préparez les pièces graphiques des permis de construire",
        ],
        p=[
            "Connaissance du contenu d'un dossier de permis de construire",
            "Vous avez déjà monté des dossiers de permis de construire",
        ],
    ),
    "930101": dict(
        m=["Dessiner les plans sous AutoCAD", "Mettre au propre les plans en DAO 2D sur AutoCAD"],
        v=["vous dessinez sous AutoCAD", "vous utilisez AutoCAD au quotidien"],
        p=[
            "Maîtrise d'AutoCAD indispensable",
            "Connaissance des logiciels de DAO type AutoCAD",
            "À l'aise avec AutoCAD",
        ],
    ),
    "930102": dict(
        m=["Modéliser les ouvrages en 3D sous Revit", "Créer et maintenir les familles Revit du bureau d'études"],
        v=["vous modélisez les projets sous Revit", "vous concevez les modèles 3D et les familles Revit"],
        p=["Maîtrise de Revit", "Une expérience significative sur Revit est indispensable", "À l'aise avec Revit"],
    ),
    "930103": dict(
        m=[
            "Produire et mettre à jour la maquette numérique BIM du projet",
            "Participer aux revues de maquette BIM (échanges IFC, détection de conflits) avec les partenaires",
        ],
        v=[
            "vous alimentez la maquette numérique BIM partagée avec les cotraitants",
            "vous travaillez en environnement BIM (échanges IFC, détection de conflits)",
        ],
        p=[
            "Connaissance des processus BIM (convention BIM, format IFC)",
            "Une première expérience en environnement BIM est attendue",
            "Vous maîtrisez les échanges sur maquette numérique BIM",
        ],
    ),
    "930104": dict(
        m=[
            "Réaliser les perspectives et les rendus 3D pour les présentations clients",
            "Produire des images de synthèse et des visites virtuelles sous Twinmotion",
        ],
        v=[
            "vous réalisez les perspectives et rendus 3D (Twinmotion, Lumion)",
            "vous produisez les images de synthèse destinées aux clients",
        ],
        p=[
            "La maîtrise d'un logiciel de rendu 3D (Twinmotion ou Lumion) serait un plus",
            "Connaissance de Lumion ou de Twinmotion appréciée",
        ],
    ),
    "910104": dict(
        m=[
            "Réaliser les plans de synthèse des lots techniques (CVC, plomberie, électricité)",
            "Élaborer les plans de réservations et de synthèse tous corps d'état",
        ],
        v=[
            "vous réalisez les plans de synthèse des lots techniques",
            "vous coordonnez graphiquement les réservations des lots fluides",
        ],
        p=[
            "Expérience en synthèse technique tous corps d'état",
            "Connaissance des plans de synthèse et de réservations",
        ],
    ),
    "910105": dict(
        m=[
            "Réaliser les relevés de bâtiments existants au scanner laser 3D",
            "Effectuer les relevés sur site au scanner 3D (stations Leica ou Faro)",
        ],
        v=["vous effectuez les relevés sur site au scanner laser 3D"],
        p=["Pratique du scanner laser 3D", "Expérience des relevés au scanner laser"],
    ),
    "910106": dict(
        m=[
            "Traiter et assembler les nuages de points (ReCap, Cyclone)",
            "Exploiter les nuages de points pour modéliser l'existant",
        ],
        v=["vous traitez et assemblez les nuages de points"],
        p=["Maîtrise du traitement de nuages de points", "Connaissance des logiciels de nuages de points"],
    ),
    "910107": dict(
        m=[
            "Piloter le drone lors des relevés de toitures et de façades",
            "Réaliser des relevés photogrammétriques par drone",
        ],
        v=["vous pilotez le drone lors des relevés photogrammétriques"],
        p=["Brevet de télépilote de drone apprécié", "Expérience du pilotage de drone en relevé"],
    ),
    "930105": dict(
        m=[
            "Concevoir les charpentes et les ossatures bois sous Cadwork",
            "Réaliser les plans de taille et de fabrication bois avec Cadwork",
        ],
        v=[
            "vous concevez les ossatures bois sous Cadwork",
            "vous produisez les fichiers de taille pour notre centre d'usinage à partir de Cadwork",
        ],
        p=["Maîtrise de Cadwork indispensable", "Connaissance de Cadwork exigée"],
    ),
    # ----- F1703 -----
    "910201": dict(
        m=["Monter les murs en parpaings et en briques", "Élever les murs en blocs béton et en briques"],
        v=[
            "vous montez les murs en parpaings et en briques",
            "vous réalisez l'élévation des murs en maçonnerie traditionnelle",
        ],
        p=[
            "Maîtrise de la maçonnerie traditionnelle (parpaings, briques)",
            "Vous savez monter un mur d'aplomb en blocs béton",
        ],
    ),
    "910202": dict(
        m=[
            "Réaliser les coffrages, le ferraillage et le coulage des dalles, poteaux et linteaux",
            "Coffrer et couler les éléments en béton armé",
        ],
        v=[
            "vous coffrez, ferraillez et coulez les éléments en béton armé",
            "vous réalisez les coffrages traditionnels et coulez le béton",
        ],
        p=["Expérience en coffrage et béton armé", "Bonne maîtrise du coffrage traditionnel"],
    ),
    "910203": dict(
        m=[
            "Lire les plans et implanter les ouvrages sur le terrain",
            "Implanter les ouvrages (traçage, niveaux) à partir des plans d'exécution",
        ],
        v=["vous lisez les plans et implantez les ouvrages", "vous implantez les ouvrages à partir des plans"],
        p=["Savoir lire un plan", "Lecture de plans indispensable"],
    ),
    "910204": dict(
        m=["Réaliser les fondations (semelles filantes, longrines)", "Réaliser les fondations et les soubassements"],
        v=[
            "vous réalisez les fondations et les soubassements",
            "vous coulez les semelles et les longrines des fondations",
        ],
        p=["Expérience dans la réalisation de fondations"],
    ),
    "910205": dict(
        m=[
            "Monter des murs en briques rectifiées à joint mince",
            "Poser des blocs collés (briques rectifiées, béton cellulaire)",
        ],
        v=["vous maçonnez à joint mince (briques rectifiées collées)", "vous montez des murs en blocs collés"],
        p=[
            "Maîtrise de la pose de briques rectifiées à joint mince",
            "Connaissance des blocs collés et du béton cellulaire",
        ],
    ),
    "910206": dict(
        m=[
            "Poser les systèmes d'isolation thermique par l'extérieur (ITE) sous enduit",
            "Intervenir sur des chantiers de rénovation énergétique en ITE (polystyrène, laine de roche)",
        ],
        v=[
            "vous posez l'isolation thermique par l'extérieur sur nos chantiers de rénovation",
            "vous intervenez sur des chantiers d'ITE conformes à la RE2020",
        ],
        p=[
            "Connaissance des systèmes d'ITE et des exigences de la RE2020",
            "Une première expérience en isolation thermique par l'extérieur est souhaitée",
            "Vous êtes formé(e) à la rénovation énergétique (ITE, RE2020)",
        ],
    ),
    "910207": dict(
        m=["Monter et démonter les échafaudages de pied", "Monter les échafaudages fixes selon la recommandation R408"],
        v=["vous montez les échafaudages de pied conformément à la R408"],
        p=["Formation au montage d'échafaudage R408 souhaitée", "Habilitation R408 appréciée"],
    ),
    "930201": dict(
        m=["Conduire la mini-pelle pour les terrassements légers"],
        v=["vous conduisez la mini-pelle sur les petits terrassements"],
        p=["CACES R482 catégorie A apprécié", "Titulaire du CACES R482 A (mini-pelle)"],
    ),
    "910208": dict(
        m=[
            "Restaurer les murs en pierre et réaliser les joints à la chaux",
            "Reprendre et rejointoyer des maçonneries anciennes à la chaux naturelle",
        ],
        v=["vous restaurez des maçonneries en pierre à la chaux"],
        p=[
            "Connaissance des mortiers de chaux et du bâti ancien",
            "Savoir-faire en restauration de maçonneries en pierre",
        ],
    ),
    # ----- J1501 -----
    "910301": dict(
        m=[
            "Réaliser les soins d'hygiène et de confort (toilettes, habillage, change)",
            "Assurer les soins de nursing et l'aide aux actes de la vie quotidienne",
        ],
        v=[
            "vous réalisez les soins d'hygiène et de confort des personnes accompagnées",
            "vous assurez les toilettes et l'aide à l'habillage",
        ],
        p=["Maîtrise des soins d'hygiène et de confort", "Expérience des soins de nursing"],
    ),
    "910302": dict(
        m=[
            "Relever les paramètres vitaux (tension, pouls, température, saturation)",
            "Surveiller les paramètres vitaux et signaler les anomalies",
        ],
        v=["vous mesurez les paramètres vitaux et alertez l'infirmier en cas d'anomalie"],
        p=["Vous savez mesurer les constantes et repérer une situation à risque"],
    ),
    "910303": dict(
        m=[
            "Aider aux transferts et à la mobilisation (lève-personne, verticalisateur)",
            "Installer et mobiliser les patients dépendants",
        ],
        v=["vous accompagnez les transferts à l'aide du lève-personne et du verticalisateur"],
        p=["Maîtrise des techniques de mobilisation et de transfert"],
    ),
    "910304": dict(
        m=[
            "Appliquer les protocoles d'hygiène et les précautions standard",
            "Assurer l'entretien de l'environnement du patient et le bionettoyage",
        ],
        v=["vous appliquez les précautions standard et les protocoles d'hygiène"],
        p=["Connaissance des règles d'hygiène hospitalière et de prévention des infections"],
    ),
    "930301": dict(
        m=["Appliquer la démarche PRAP 2S lors des manutentions de patients"],
        v=["vous appliquez les principes de la démarche PRAP 2S"],
        p=["Certificat PRAP 2S apprécié", "Formation PRAP 2S souhaitée"],
    ),
    "910305": dict(
        m=[
            "Tracer les soins et les transmissions dans le dossier de soins informatisé",
            "Saisir les transmissions ciblées sur tablette dans le dossier de soins informatisé",
        ],
        v=[
            "vous tracez vos soins dans le dossier de soins informatisé (NetSoins, Titan)",
            "vous saisissez vos transmissions sur le logiciel de soins",
        ],
        p=[
            "Aisance avec le dossier de soins informatisé",
            "Maîtrise d'un logiciel de soins type NetSoins ou Titan appréciée",
            "À l'aise avec les outils numériques de traçabilité des soins",
        ],
    ),
    "910306": dict(
        m=[
            "Accompagner les personnes en fin de vie et leurs proches",
            "Participer à la démarche de soins palliatifs du service",
        ],
        v=["vous accompagnez les personnes en fin de vie et leurs familles"],
        p=["Sensibilité à l'accompagnement de fin de vie", "Une formation en soins palliatifs serait appréciée"],
    ),
    "910307": dict(
        m=[
            "Réaliser une tournée de soins au domicile des patients (véhicule de service)",
            "Organiser sa tournée de soins à domicile",
        ],
        v=["vous organisez votre tournée de soins au domicile des patients"],
        p=["Expérience en SSIAD ou en soins à domicile", "Vous savez organiser une tournée de soins à domicile"],
    ),
    "910308": dict(
        m=[
            "Accompagner les résidents atteints de la maladie d'Alzheimer ou de troubles apparentés",
            "Prendre soin de résidents présentant des troubles neurocognitifs en unité protégée",
        ],
        v=["vous accompagnez des résidents atteints de troubles neurocognitifs"],
        p=[
            "Connaissance de la maladie d'Alzheimer et des troubles apparentés",
            "Une formation d'assistant(e) de soins en gérontologie (ASG) est un plus",
        ],
    ),
    "910309": dict(
        m=["Appliquer la méthodologie de soins Humanitude au quotidien"],
        v=["vous mettez en œuvre la méthodologie Humanitude"],
        p=["Formation Humanitude appréciée", "Connaissance de la méthodologie Humanitude"],
    ),
    "910310": dict(
        m=["Animer des séances de stimulation sensorielle en espace Snoezelen"],
        v=["vous animez des ateliers de stimulation sensorielle (Snoezelen)"],
        p=["Connaissance de l'approche Snoezelen"],
    ),
    "910311": dict(
        m=[
            "Accompagner les patients lors des soins de balnéothérapie (bains, douches au jet, piscine)",
            "Installer et surveiller les patients pendant les soins en bassin",
        ],
        v=["vous accompagnez les patients pendant les soins de balnéothérapie"],
        p=[
            "Une expérience en balnéothérapie ou en établissement thermal est exigée",
            "Aisance dans l'accompagnement des soins de balnéothérapie",
        ],
    ),
    # ----- M1805 -----
    "910401": dict(
        m=[
            "Développer de nouvelles fonctionnalités sur nos applications web",
            "Concevoir et développer les évolutions applicatives (front et back)",
        ],
        v=[
            "vous développez les nouvelles fonctionnalités de nos applications",
            "vous concevez et codez les évolutions de la plateforme",
        ],
        p=[
            "Solide expérience en développement d'applications web",
            "Vous savez développer une fonctionnalité de bout en bout",
        ],
    ),
    "910402": dict(
        m=[
            "Concevoir les modèles de données et écrire les requêtes SQL",
            "Optimiser les requêtes et les schémas PostgreSQL",
        ],
        v=["vous modélisez les bases de données et écrivez des requêtes SQL performantes"],
        p=["Maîtrise de SQL (PostgreSQL, MySQL)", "Bonne connaissance des bases de données relationnelles"],
    ),
    "910403": dict(
        m=["Écrire les tests unitaires et d'intégration", "Garantir la qualité du code par des tests automatisés"],
        v=["vous écrivez les tests unitaires de vos développements"],
        p=["Culture des tests unitaires (TDD apprécié)", "Attachement à la qualité du code et aux tests"],
    ),
    "930401": dict(
        m=["Développer les interfaces en JavaScript"],
        v=["vous développez en JavaScript"],
        p=["Maîtrise de JavaScript", "Bonne connaissance de JavaScript (ES6+)"],
    ),
    "930402": dict(
        m=[
            "Développer les interfaces en TypeScript (Angular ou React)",
            "Migrer le code front existant vers TypeScript",
        ],
        v=["vous développez en TypeScript"],
        p=["Maîtrise de TypeScript", "Une expérience en TypeScript est indispensable"],
    ),
    "910404": dict(
        m=[
            "Intégrer des API d'IA générative (LLM) dans nos produits",
            "Concevoir des fonctionnalités fondées sur l'intelligence artificielle générative (prompts, RAG)",
        ],
        v=[
            "vous intégrez des modèles de langage (LLM) dans nos applications",
            "vous concevez et évaluez les prompts de nos assistants conversationnels",
        ],
        p=[
            "Une première expérience en intelligence artificielle générative (LLM, prompt engineering)",
            "Connaissance des API de LLM (OpenAI, Mistral) appréciée",
            "Intérêt marqué pour l'IA générative et ses usages dans le développement",
        ],
    ),
    "910405": dict(
        m=[
            "Appliquer les bonnes pratiques de sécurité applicative (OWASP Top 10)",
            "Corriger les vulnérabilités remontées par les audits de sécurité",
        ],
        v=["vous veillez à la sécurité applicative de nos développements (OWASP)"],
        p=[
            "Sensibilité aux enjeux de sécurité applicative (OWASP)",
            "Connaissance des failles de sécurité web courantes (injection SQL, XSS)",
        ],
    ),
    "910406": dict(
        m=[
            "Mesurer et réduire l'empreinte environnementale de nos services numériques",
            "Appliquer les principes d'écoconception web (RGESN)",
        ],
        v=["vous appliquez les principes d'écoconception des services numériques"],
        p=[
            "Sensibilité à l'écoconception et au numérique responsable",
            "Connaissance du référentiel d'écoconception RGESN appréciée",
        ],
    ),
    "910407": dict(
        m=["Conteneuriser les applications avec Docker"],
        v=["vous conteneurisez nos applications avec Docker"],
        p=["Maîtrise de Docker", "Pratique de la conteneurisation (Docker)"],
    ),
    "910408": dict(
        m=["Déployer et exploiter les services sur nos clusters Kubernetes"],
        v=["vous déployez nos services sur Kubernetes"],
        p=["Connaissance de Kubernetes", "Expérience de l'orchestration de conteneurs avec Kubernetes"],
    ),
    "910409": dict(
        m=[
            "Mettre en place et maintenir les pipelines CI/CD (GitLab CI)",
            "Automatiser l'intégration et le déploiement continus",
        ],
        v=["vous mettez en place les chaînes d'intégration et de déploiement continus"],
        p=["Pratique des pipelines CI/CD (GitLab CI, GitHub Actions)", "Culture de l'intégration continue"],
    ),
    "930403": dict(
        m=[
            "Développer les logiciels embarqués en Ada selon la DO-178C",
            "Coder et vérifier des modules Ada pour des calculateurs avioniques",
        ],
        v=["vous développez en Ada des logiciels critiques (DO-178C)"],
        p=["Maîtrise du langage Ada exigée", "Connaissance de la norme DO-178C et du langage Ada"],
    ),
    # ----- N1103 -----
    "910501": dict(
        m=[
            "Réceptionner les livraisons et contrôler la conformité des marchandises",
            "Contrôler les réceptions (quantités, références, état des colis)",
        ],
        v=["vous réceptionnez et contrôlez les marchandises à leur arrivée"],
        p=["Expérience en réception et contrôle de marchandises"],
    ),
    "910502": dict(
        m=[
            "Préparer les commandes clients dans le respect des délais",
            "Prélever les articles et préparer les colis (picking)",
        ],
        v=["vous préparez les commandes en respectant les cadences et la qualité"],
        p=["Première expérience en préparation de commandes", "Vous maîtrisez la préparation de commandes"],
    ),
    "910503": dict(
        m=["Participer aux inventaires tournants et annuels", "Suivre l'état des stocks et signaler les écarts"],
        v=["vous réalisez les inventaires et suivez l'état des stocks"],
        p=["Expérience des inventaires et du suivi de stock"],
    ),
    "930501": dict(
        m=["Charger et décharger les camions au chariot élévateur frontal"],
        v=["vous conduisez le chariot élévateur frontal (CACES R489 catégorie 3)"],
        p=["CACES R489 catégorie 3 obligatoire", "Titulaire du CACES R489 cat. 3 en cours de validité"],
    ),
    "930502": dict(
        m=["Conduire les chariots à mât rétractable pour le stockage en grande hauteur"],
        v=["vous conduisez le chariot à mât rétractable (catégorie 5)"],
        p=["CACES R489 catégorie 5 exigé", "CACES R489 cat. 5 en cours de validité"],
    ),
    "910504": dict(
        m=[
            "Enregistrer les mouvements de stock dans le WMS à l'aide du terminal radiofréquence",
            "Effectuer les prélèvements guidé(e) par le terminal RF en scannant chaque emplacement",
        ],
        v=[
            "vous travaillez avec un terminal radiofréquence connecté au WMS",
            "vous scannez chaque mouvement dans le logiciel de gestion d'entrepôt",
        ],
        p=[
            "Maîtrise d'un logiciel WMS (Reflex, Generix)",
            "À l'aise avec le terminal RF et les outils de scan",
            "Une expérience sur un WMS est un plus",
        ],
    ),
    "910505": dict(
        m=["Préparer et étiqueter les colis de marchandises dangereuses selon l'ADR"],
        v=["vous préparez les expéditions de marchandises dangereuses conformément à l'ADR"],
        p=["Connaissance de la réglementation ADR", "Formation ADR (marchandises dangereuses) appréciée"],
    ),
    "910506": dict(
        m=[
            "Traiter les retours clients : contrôle, reconditionnement et remise en stock",
            "Gérer la logistique des retours e-commerce",
        ],
        v=["vous traitez les retours clients et les remettez en stock"],
        p=["Expérience en gestion des retours (logistique inverse)"],
    ),
    "910507": dict(
        m=[
            "Établir les documents d'accompagnement (DAE) des expéditions de vins",
            "Suivre les droits d'accises et les entrées-sorties de l'entrepôt sous douane",
        ],
        v=["vous éditez les documents douaniers (DAE) des expéditions de vins et spiritueux"],
        p=["Connaissance de la réglementation douanière des vins et spiritueux (DAE, droits d'accises)"],
    ),
    # ----- H2913 -----
    "910601": dict(
        m=["Réaliser des soudures TIG sur acier et inox", "Souder au TIG (procédé 141) des pièces de chaudronnerie"],
        v=["vous soudez au TIG des ensembles en acier et en inox"],
        p=["Maîtrise du soudage TIG", "Vous soudez en TIG toutes positions"],
    ),
    "910602": dict(
        m=["Réaliser les soudures semi-automatiques MIG/MAG", "Souder au MAG (135) des structures mécano-soudées"],
        v=["vous réalisez des soudures semi-automatiques MIG/MAG"],
        p=["Maîtrise du soudage semi-automatique (MIG/MAG)"],
    ),
    "910603": dict(
        m=["Lire les plans et appliquer les descriptifs de modes opératoires de soudage (DMOS)"],
        v=["vous travaillez à partir des plans et des DMOS"],
        p=["Savoir lire un plan de chaudronnerie et un DMOS"],
    ),
    "910604": dict(
        m=["Préparer les pièces (chanfreins, meulage) et les pointer avant soudage"],
        v=["vous préparez, positionnez et pointez les pièces avant soudage"],
        p=["Maîtrise de la préparation des bords et du pointage"],
    ),
    "930604": dict(
        m=["Souder sous qualification NF EN ISO 9606-1"],
        v=["vous soudez sous qualification ISO 9606-1"],
        p=[
            "Qualification de soudeur ISO 9606-1 en cours de validité",
            "Licence de soudeur selon la norme NF EN ISO 9606-1 souhaitée",
        ],
    ),
    "930601": dict(
        m=["Souder des équipements sous pression selon le code ASME section IX"],
        v=["vous soudez des équipements fabriqués sous code ASME (qualification section IX)"],
        p=["Qualification ASME IX souhaitée", "Qualification de soudeur ASME section IX en cours de validité"],
    ),
    "910605": dict(
        m=[
            "Programmer et conduire la cellule de soudage robotisée (Fanuc, ABB)",
            "Piloter les équipements de soudage orbital et robotisé",
        ],
        v=[
            "vous programmez le robot de soudage et assurez le suivi des séries",
            "vous conduisez la cellule de soudage robotisée et la soudeuse orbitale",
        ],
        p=[
            "Une expérience en soudage robotisé ou orbital est un vrai plus",
            "Connaissance de la programmation d'un robot de soudage",
            "Intérêt pour le soudage automatisé (robot, cobot, orbital)",
        ],
    ),
    "930602": dict(
        m=["Manutentionner les pièces au pont roulant (élingage)"],
        v=["vous manutentionnez les ensembles au pont roulant"],
        p=["CACES R484 (pont roulant) apprécié", "Vous savez élinguer une charge au pont roulant"],
    ),
    "910606": dict(
        m=["Intervenir en espace confiné (cuves, réservoirs) dans le respect des procédures"],
        v=["vous intervenez en espace confiné lors des arrêts techniques"],
        p=["Certificat CATEC (travail en espace confiné) apprécié", "Expérience des interventions en espace confiné"],
    ),
    "910607": dict(
        m=[
            "Souder les coques et les ponts en aluminium de nos bateaux",
            "Réaliser les soudures aluminium en construction navale (MIG pulsé)",
        ],
        v=["vous soudez les coques en aluminium de nos unités"],
        p=["Expérience du soudage de l'aluminium en construction navale exigée"],
    ),
    # ----- Savoir-être (texte du profil) -----
    "920001": dict(
        m=[],
        v=[],
        p=[
            "Vous appréciez le travail en équipe",
            "Esprit d'équipe",
            "Vous aimez travailler en équipe",
            "Capacité à travailler en équipe",
            "Goût du travail en équipe",
        ],
    ),
    "920002": dict(m=[], v=[], p=["Rigueur et précision", "Vous êtes rigoureux(se) et précis(e)"]),
    "920003": dict(m=[], v=[], p=["Autonomie", "Vous savez travailler en autonomie"]),
    "920004": dict(m=[], v=[], p=["Curiosité technique", "Vous êtes curieux(se) et aimez apprendre"]),
    "920005": dict(m=[], v=[], p=["Réactivité", "Vous savez faire preuve de réactivité"]),
    "920006": dict(
        m=[],
        v=[],
        p=["Vous savez organiser votre travail selon les priorités", "Sens de l'organisation et des priorités"],
    ),
    "920007": dict(m=[], v=[], p=["Qualités d'écoute et d'empathie", "Vous êtes à l'écoute des personnes soignées"]),
    "920008": dict(m=[], v=[], p=["Sens du service", "Vous avez le sens du service"]),
    "920009": dict(m=[], v=[], p=["Force de proposition", "Vous prenez des initiatives"]),
    "920010": dict(m=[], v=[], p=["Bonne gestion du stress", "Vous savez gérer votre stress"]),
}
# Variante propre au code J1501 pour le savoir-être transversal.
TRANSVERSAL_J1501 = ["Vous savez travailler en équipe pluridisciplinaire", "Esprit d'équipe"]

# Descriptions des qualités professionnelles (champ qualitesProfessionnelles[].description).
QUALITES = {
    "920001": "Capacité à travailler en groupe, à coopérer et à partager l'information avec ses collègues.",
    "920002": "Capacité à respecter les consignes et à réaliser un travail soigné et exact.",
    "920003": "Capacité à prendre en charge son activité sans être encadré en permanence.",
    "920004": "Capacité à s'intéresser aux nouvelles techniques et à développer ses connaissances.",
    "920005": "Capacité à agir rapidement et à s'adapter face aux imprévus.",
    "920006": "Capacité à planifier son activité et à hiérarchiser les urgences.",
    "920007": "Capacité à comprendre les besoins des personnes et à y répondre avec bienveillance.",
    "920008": "Capacité à se rendre disponible et à apporter une réponse de qualité.",
    "920009": "Capacité à proposer des améliorations et à prendre des initiatives.",
    "920010": "Capacité à garder son calme et son efficacité dans les situations tendues.",
}

# Énumérations : une seule phrase pour plusieurs compétences demandées ensemble.
COMBOS = [
    (
        "F1104",
        ("930101", "930102"),
        dict(
            p=["Maîtrise d'AutoCAD et de Revit", "Vous maîtrisez AutoCAD et Revit", "À l'aise avec AutoCAD et Revit"],
            m=["Dessiner et modéliser les projets sous AutoCAD et Revit"],
            v=["vous travaillez sous AutoCAD et Revit"],
        ),
    ),
    (
        "F1104",
        ("910105", "910106", "910107"),
        dict(
            p=["Maîtrise de la chaîne de relevé 3D (scanner laser, nuages de points, drone)"],
            m=[
                "Réaliser les relevés de l'existant : scanner laser 3D, traitement des nuages de points et photogrammétrie par drone"
            ],
            v=[
                "vous réalisez les relevés de l'existant au scanner laser 3D et par drone, puis traitez les nuages de points"
            ],
        ),
    ),
    (
        "F1703",
        ("910201", "910205"),
        dict(
            p=["Maîtrise de la maçonnerie traditionnelle et à joint mince (parpaings, briques rectifiées)"],
            m=["Monter les murs en parpaings, en briques et en briques rectifiées à joint mince"],
            v=["vous montez les murs en parpaings comme en briques rectifiées à joint mince"],
        ),
    ),
    (
        "J1501",
        ("910308", "910309", "910310"),
        dict(
            p=["Connaissance des troubles neurocognitifs, de la méthodologie Humanitude et de l'approche Snoezelen"],
            m=[
                "Accompagner les résidents de l'unité protégée : troubles neurocognitifs, méthodologie Humanitude et ateliers Snoezelen"
            ],
            v=[
                "vous accompagnez les résidents atteints de troubles neurocognitifs en appliquant la méthodologie Humanitude et en animant des ateliers Snoezelen"
            ],
        ),
    ),
    (
        "M1805",
        ("930401", "930402"),
        dict(
            p=["Maîtrise de JavaScript et TypeScript", "Vous êtes à l'aise avec JavaScript et TypeScript"],
            m=["Développer les interfaces en JavaScript et TypeScript"],
            v=["vous développez en JavaScript et en TypeScript"],
        ),
    ),
    (
        "M1805",
        ("910407", "910408", "910409"),
        dict(
            p=[
                "Vous maîtrisez l'écosystème DevOps : Docker, Kubernetes et pipelines CI/CD (GitLab CI)",
                "Maîtrise de Docker, Kubernetes et des chaînes CI/CD",
            ],
            m=["Mettre en place la conteneurisation (Docker), l'orchestration (Kubernetes) et les pipelines CI/CD"],
            v=[
                "vous conteneurisez nos services avec Docker, les déployez sur Kubernetes et maintenez les pipelines CI/CD"
            ],
        ),
    ),
    (
        "N1103",
        ("930501", "930502"),
        dict(
            p=["CACES R489 catégories 3 et 5 en cours de validité", "Vous êtes titulaire des CACES R489 cat. 3 et 5"],
            m=["Conduire les chariots frontaux et à mât rétractable (CACES R489 catégories 3 et 5)"],
            v=["vous conduisez les chariots frontaux et rétractables (CACES R489 cat. 3 et 5)"],
        ),
    ),
    (
        "H2913",
        ("910601", "910602"),
        dict(
            p=["Maîtrise des procédés TIG et MIG/MAG", "Vous soudez en TIG comme en MIG/MAG"],
            m=["Souder en TIG et en MIG/MAG des ensembles en acier et en inox"],
            v=["vous soudez en TIG et en MIG/MAG"],
        ),
    ),
    (
        "H2913",
        ("930604", "930601"),
        dict(
            p=["Qualifications de soudeur ISO 9606-1 et ASME IX appréciées"],
            m=["Souder sous qualifications ISO 9606-1 et ASME section IX"],
            v=["vous soudez sous qualifications ISO 9606-1 et ASME IX"],
        ),
    ),
]
