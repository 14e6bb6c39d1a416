"""Contenu de l'échantillon, partie RNCP : fiches de certification fictives (format XML v4.1).

Numéros RNCP9xxxx inventés ; intitulés inspirés de certifications existantes ; activités, capacités et blocs
de compétences rédigés pour l'échantillon : ils ne reproduisent pas les référentiels officiels.

Chaque énoncé de bloc est un couple (texte, code_ogr de la compétence ROME qu'il énonce, ou None) : c'est ce
qui fonde la vérité « couvert / non couvert » de truth.json.

Styles de balisage (voir generate.py) : "ul" (listes HTML échappées, apostrophes &#39;), "ent" (entités HTML
nommées), "pbr" (paragraphes et tirets, apostrophes typographiques), "plain" (texte brut, tirets).
"""

MIN_EMPLOI = "MINISTERE CHARGE DE L'EMPLOI"
MIN_EN = "MINISTERE CHARGE DE L'EDUCATION NATIONALE"
MIN_ESR = "MINISTERE CHARGE DE L'ENSEIGNEMENT SUPERIEUR"
MIN_SANTE = "MINISTERE CHARGE DE LA SANTE"

MODALITES = [
    "Mise en situation professionnelle reconstituée, suivie d'un entretien technique avec le jury.",
    "Épreuve pratique ponctuelle de 4 heures et entretien avec le jury à partir du dossier professionnel.",
    "Contrôle en cours de formation et évaluation en milieu professionnel.",
    "Étude de cas écrite et soutenance orale devant un jury de professionnels.",
    "Évaluation en situation de travail réelle, complétée par un questionnaire professionnel.",
]

CERTIFICATIONS = [
    # ------------------------------------------------------------------ F1104
    dict(
        numero="RNCP90010",
        id_fiche="10010",
        actif="Non",
        date_fin="31/08/2022",
        style="pbr",
        intitule="Technicien d'études du bâtiment en dessin de projet",
        abrege=("TP", "Titre professionnel"),
        niveau="NIV4",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_EMPLOI,
        nsf=("230", "Spécialités pluritechnologiques génie civil, construction, bois"),
        romes=["F1104"],
        nouvelle="RNCP90011",
        activites=(
            "Le technicien d'études du bâtiment en dessin de projet travaille dans un cabinet d'architecture "
            "ou un bureau d'études. Il dessine les plans des projets de bâtiment, réalise les métrés et "
            "prépare les dossiers de permis de construire.",
            [
                "Dessin des plans d'un projet de bâtiment",
                "Réalisation des métrés",
                "Préparation des dossiers de permis de construire",
            ],
        ),
        emplois="Dessinateur en bâtiment, technicien d'études, dessinateur-projeteur",
        blocs=[
            (
                "Élaborer les plans d'un projet de bâtiment",
                [
                    ("Dessiner des plans à la planche et en DAO 2D", "930101"),
                    ("Établir les plans d'exécution des ouvrages courants", "910101"),
                    ("Réaliser les plans de détails", None),
                    ("Reproduire et diffuser les plans", None),
                ],
            ),
            (
                "Réaliser les métrés d'un projet",
                [
                    ("Réaliser les métrés des ouvrages", "910102"),
                    ("Établir un devis quantitatif", None),
                    ("Contrôler les quantités", None),
                    ("Classer les pièces du dossier", None),
                ],
            ),
            (
                "Établir un dossier de permis de construire",
                [
                    ("Réaliser les pièces graphiques d'un dossier de permis de construire", "910103"),
                    ("Rechercher les règles d'urbanisme applicables", None),
                    ("Rédiger la notice descriptive", None),
                    ("Compléter les formulaires administratifs", None),
                ],
            ),
        ],
    ),
    dict(
        numero="RNCP90011",
        id_fiche="10011",
        actif="Oui",
        date_fin="31/12/2029",
        style="ul",
        intitule="Technicien d'études du bâtiment en dessin de projet",
        abrege=("TP", "Titre professionnel"),
        niveau="NIV4",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_EMPLOI,
        nsf=("230", "Spécialités pluritechnologiques génie civil, construction, bois"),
        romes=["F1104"],
        ancienne="RNCP90010",
        activites=(
            "Le technicien d'études du bâtiment en dessin de projet exerce au sein d'un cabinet "
            "d'architecture, d'un bureau d'études ou du service technique d'une entreprise de construction. "
            "À partir des esquisses de l'architecte et des notes de calcul, il dessine les plans d'un projet "
            "de bâtiment, en quantifie les ouvrages et prépare les pièces des dossiers d'autorisation "
            "d'urbanisme. Il utilise quotidiennement un logiciel de DAO.",
            [
                "Dessin des plans d'un projet de bâtiment",
                "Établissement des métrés et des quantitatifs",
                "Préparation des dossiers de permis de construire et de déclaration préalable",
            ],
        ),
        emplois="Dessinateur en bâtiment, dessinateur-projeteur, technicien d'études du bâtiment",
        blocs=[
            (
                "Représenter les ouvrages d'un projet de bâtiment",
                [
                    (
                        "Dessiner les plans d'un ouvrage de bâtiment à l'aide d'un logiciel de DAO 2D (AutoCAD)",
                        "930101",
                    ),
                    ("Réaliser les plans d'exécution d'un ouvrage à partir des plans de l'architecte", "910101"),
                    ("Coter et habiller les plans selon les conventions du dessin technique", None),
                    ("Mettre en page et éditer les documents graphiques du projet", None),
                    (
                        "Intégrer les modifications demandées par l'architecte et tenir à jour les indices des plans",
                        None,
                    ),
                ],
            ),
            (
                "Quantifier les ouvrages d'un projet de bâtiment",
                [
                    ("Établir un métré et un quantitatif des ouvrages de gros œuvre et de second œuvre", "910102"),
                    ("Vérifier la cohérence des quantités avec les plans et les pièces écrites", None),
                    ("Rédiger les descriptifs sommaires des ouvrages", None),
                    ("Exploiter les documents techniques unifiés (DTU) applicables aux ouvrages", None),
                ],
            ),
            (
                "Préparer les dossiers d'autorisation d'urbanisme",
                [
                    (
                        "Constituer le dossier de demande de permis de construire (plans, notice, insertion paysagère)",
                        "910103",
                    ),
                    ("Analyser les règles d'urbanisme applicables à la parcelle", None),
                    ("Préparer une déclaration préalable de travaux", None),
                    ("Vérifier le respect des règles d'accessibilité dans les plans du projet", None),
                ],
            ),
        ],
    ),
    dict(
        numero="RNCP90012",
        id_fiche="10012",
        actif="Oui",
        date_fin="31/08/2030",
        style="pbr",
        intitule="Bâtiment",
        abrege=("BTS", "Brevet de technicien supérieur"),
        niveau="NIV5",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_ESR,
        nsf=("230", "Spécialités pluritechnologiques génie civil, construction, bois"),
        romes=["F1104", "F1106"],
        activites=(
            "Le titulaire du BTS Bâtiment intervient dans les phases d'études d'un projet de construction. "
            "Il analyse les choix techniques, produit les documents graphiques, quantifie et estime les "
            "ouvrages, et participe aux démarches réglementaires.",
            [
                "Analyse technique d'un projet",
                "Production des plans",
                "Quantification et estimation",
                "Démarches administratives",
            ],
        ),
        emplois="Technicien d'études, dessinateur-projeteur, assistant chargé d'affaires",
        blocs=[
            (
                "Analyse technique d'un projet de construction",
                [
                    ("Analyser les choix constructifs d'un ouvrage", None),
                    ("Vérifier le dimensionnement d'éléments simples de structure", None),
                    ("Identifier les contraintes du site et du programme", None),
                    ("Exploiter le dossier de consultation des entreprises", None),
                ],
            ),
            (
                "Production des documents graphiques du projet",
                [
                    ("Produire les plans d'exécution et les plans de détail des ouvrages", "910101"),
                    ("Utiliser un logiciel de dessin assisté par ordinateur en 2D (AutoCAD)", "930101"),
                    ("Réaliser les carnets de détails d'exécution", None),
                    ("Contrôler la conformité des plans aux normes et aux DTU", None),
                ],
            ),
            (
                "Quantification et estimation des ouvrages",
                [
                    ("Réaliser les métrés et établir les quantitatifs des ouvrages", "910102"),
                    ("Estimer le coût d'un ouvrage à partir de ratios", None),
                    ("Établir un planning prévisionnel des travaux", None),
                    ("Rédiger une note technique argumentée", None),
                ],
            ),
            (
                "Démarches administratives et réglementaires",
                [
                    ("Monter un dossier de demande de permis de construire", "910103"),
                    ("Intégrer les exigences de sécurité incendie dans un projet", None),
                    ("Appliquer la réglementation relative à l'accessibilité", None),
                    ("Rédiger la notice descriptive d'un projet", None),
                ],
            ),
        ],
    ),
    dict(
        numero="RNCP90013",
        id_fiche="10013",
        actif="Oui",
        date_fin="15/03/2028",
        style="plain",
        intitule="Dessinateur projeteur en bâtiment",
        abrege=None,
        niveau="NIV5",
        enregistrement="Enregistrement sur demande",
        certificateur="INSTITUT DES METIERS DU BATIMENT D'AQUITAINE",
        nsf=("230", "Spécialités pluritechnologiques génie civil, construction, bois"),
        romes=["F1104", "F1106"],
        activites=(
            "Le dessinateur projeteur en bâtiment conçoit et dessine les plans des ouvrages, de l'avant-projet "
            "à l'exécution. Il quantifie les ouvrages, prépare la consultation des entreprises et accompagne "
            "les démarches réglementaires du projet.",
            [
                "Conception et dessin des plans",
                "Quantification des ouvrages",
                "Préparation des démarches réglementaires",
            ],
        ),
        emplois="Dessinateur projeteur, projeteur bâtiment, technicien bureau d'études",
        blocs=[
            (
                "Concevoir et dessiner les plans d'un ouvrage",
                [
                    ("Concevoir et dessiner les plans d'un ouvrage sous logiciel de DAO 2D", "930101"),
                    ("Élaborer les plans d'exécution des ouvrages de gros œuvre et de second œuvre", "910101"),
                    ("Réaliser les plans de coffrage et de ferraillage", None),
                    ("Intégrer les notes de calcul transmises par l'ingénieur structure", None),
                ],
            ),
            (
                "Quantifier les ouvrages et préparer la consultation des entreprises",
                [
                    ("Calculer les métrés et établir les quantitatifs par lot", "910102"),
                    ("Préparer les pièces du dossier de consultation des entreprises", None),
                    ("Établir un estimatif sommaire des travaux", None),
                    ("Analyser les offres des entreprises sur le plan technique", None),
                ],
            ),
            (
                "Accompagner les démarches réglementaires du projet",
                [
                    ("Réaliser les pièces graphiques et la notice d'une demande de permis de construire", "910103"),
                    ("Vérifier la conformité d'un projet au plan local d'urbanisme", None),
                    ("Produire la notice d'accessibilité du projet", None),
                    ("Assurer le suivi des révisions des plans et leur diffusion", None),
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------ F1703
    dict(
        numero="RNCP90021",
        id_fiche="10021",
        actif="Oui",
        date_fin="31/08/2029",
        style="ent",
        intitule="Maçon",
        abrege=("CAP", "Certificat d'aptitude professionnelle"),
        niveau="NIV3",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_EN,
        nsf=("232", "Bâtiment : construction et couverture"),
        romes=["F1703"],
        activites=(
            "Le titulaire du CAP Maçon réalise, à partir de consignes et de plans, des ouvrages courants de "
            "maçonnerie et de béton armé en construction neuve comme en rénovation. Il travaille sous "
            "l'autorité d'un chef d'équipe.",
            [
                "Préparation du poste de travail",
                "Réalisation de murs, fondations et éléments en béton armé",
                "Finitions et contrôle des ouvrages",
            ],
        ),
        emplois="Maçon, ouvrier maçon, aide-maçon qualifié",
        blocs=[
            (
                "Analyse d'une situation professionnelle",
                [
                    ("Lire un plan et implanter un ouvrage simple", "910203"),
                    ("Identifier les matériaux, les matériels et l'outillage nécessaires", None),
                    ("Organiser son poste de travail", None),
                    ("Prendre en compte les consignes de sécurité du chantier", None),
                ],
            ),
            (
                "Réalisation d'ouvrages courants",
                [
                    ("Monter des murs en maçonnerie de briques, de parpaings et de blocs béton", "910201"),
                    ("Réaliser des coffrages simples et couler des éléments en béton armé", "910202"),
                    ("Réaliser les fondations d'un ouvrage (semelles, longrines)", "910204"),
                    ("Réaliser une chape de mortier", None),
                ],
            ),
            (
                "Finitions et contrôle de l'ouvrage",
                [
                    ("Réaliser des enduits au mortier de ciment", None),
                    ("Contrôler l'aplomb, le niveau et l'équerrage de son ouvrage", None),
                    ("Replier son poste de travail en fin d'intervention", None),
                    ("Rendre compte de son activité à son responsable", None),
                ],
            ),
        ],
    ),
    dict(
        numero="RNCP90022",
        id_fiche="10022",
        actif="Oui",
        date_fin="31/08/2028",
        style="ul",
        intitule="Maçon",
        abrege=("BP", "Brevet professionnel"),
        niveau="NIV4",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_EN,
        nsf=("232", "Bâtiment : construction et couverture"),
        romes=["F1703", "F1701"],
        activites=(
            "Le titulaire du brevet professionnel Maçon est un ouvrier hautement qualifié. Il prépare et "
            "réalise les ouvrages de gros œuvre (fondations, murs, éléments en béton armé) et des ouvrages "
            "spécifiques, et il organise la réalisation de son chantier.",
            [
                "Préparation et organisation des travaux",
                "Réalisation des ouvrages de gros œuvre",
                "Réalisation d'ouvrages spécifiques",
                "Gestion de chantier",
            ],
        ),
        emplois="Maçon qualifié, chef d'équipe maçon, compagnon professionnel",
        blocs=[
            (
                "Préparation et organisation des travaux",
                [
                    ("Analyser les plans d'exécution et implanter les ouvrages", "910203"),
                    ("Quantifier les matériaux nécessaires à la réalisation d'un ouvrage", None),
                    ("Organiser la réalisation d'un ouvrage et planifier les approvisionnements", None),
                    ("Installer et sécuriser la zone d'intervention", None),
                ],
            ),
            (
                "Réalisation des ouvrages de gros œuvre",
                [
                    ("Réaliser les fondations et les soubassements d'un bâtiment", "910204"),
                    ("Monter des murs en maçonnerie de blocs béton et de briques", "910201"),
                    (
                        "Réaliser les coffrages et couler les éléments en béton armé (poteaux, poutres, dalles)",
                        "910202",
                    ),
                    ("Poser des éléments préfabriqués en béton (prédalles, linteaux)", None),
                ],
            ),
            (
                "Réalisation d'ouvrages spécifiques",
                [
                    ("Réaliser un escalier en béton armé coulé en place", None),
                    ("Réaliser les ouvrages de finition (appuis, seuils, chapes)", None),
                    ("Réaliser des enduits hydrauliques", None),
                    ("Contrôler la conformité des ouvrages réalisés", None),
                ],
            ),
            (
                "Gestion de chantier",
                [
                    ("Suivre l'avancement des travaux et en rendre compte", None),
                    ("Gérer les approvisionnements en matériaux", None),
                    ("Appliquer le plan particulier de sécurité et de protection de la santé", None),
                    ("Accueillir et guider un apprenti sur le chantier", None),
                ],
            ),
        ],
    ),
    dict(
        numero="RNCP90023",
        id_fiche="10023",
        actif="Oui",
        date_fin="30/06/2029",
        style="pbr",
        intitule="Maçon",
        abrege=("TP", "Titre professionnel"),
        niveau="NIV3",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_EMPLOI,
        nsf=("232", "Bâtiment : construction et couverture"),
        romes=["F1703"],
        activites=(
            "Le maçon réalise les ouvrages en maçonnerie et en béton armé d'une maison individuelle ou d'un "
            "petit bâtiment : fondations, murs, dalles, linteaux et finitions.",
            [
                "Réalisation d'ouvrages en maçonnerie",
                "Réalisation d'ouvrages en béton armé",
                "Travaux de finition et de réseaux",
            ],
        ),
        emplois="Maçon, maçon en maisons individuelles, ouvrier de gros œuvre",
        blocs=[
            (
                "Réaliser les ouvrages en maçonnerie",
                [
                    ("Monter des murs en maçonnerie de blocs, de briques et de parpaings", "910201"),
                    ("Réaliser les linteaux et les chaînages", None),
                    ("Réaliser les fondations superficielles d'un bâtiment", "910204"),
                    ("Implanter un ouvrage à partir d'un plan", "910203"),
                ],
            ),
            (
                "Réaliser les ouvrages en béton armé",
                [
                    ("Réaliser des coffrages traditionnels et couler le béton armé", "910202"),
                    ("Façonner et mettre en place les armatures", None),
                    ("Réaliser une dalle sur terre-plein", None),
                    ("Décoffrer et contrôler les ouvrages en béton", None),
                ],
            ),
            (
                "Réaliser les travaux de finition et de réseaux",
                [
                    ("Poser les réseaux d'évacuation enterrés", None),
                    ("Réaliser les enduits et les appuis de fenêtres", None),
                    ("Réaliser une chape", None),
                    ("Ranger et entretenir le matériel de chantier", None),
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------ J1501
    dict(
        numero="RNCP90031",
        id_fiche="10031",
        actif="Oui",
        date_fin="01/09/2030",
        style="ul",
        intitule="Diplôme d'État d'aide-soignant",
        abrege=("DE", "Diplôme d'État"),
        niveau="NIV4",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_SANTE,
        nsf=("331", "Santé"),
        romes=["J1501"],
        activites=(
            "L'aide-soignant réalise, sous la responsabilité de l'infirmier, des soins de la vie quotidienne "
            "et des soins adaptés à l'état clinique de la personne, en établissement de santé, en structure "
            "médico-sociale ou à domicile. Il contribue au bien-être et au maintien de l'autonomie de la "
            "personne.",
            [
                "Accompagnement de la personne dans les activités de sa vie quotidienne",
                "Évaluation de l'état clinique et soins adaptés",
                "Relation avec la personne et son entourage",
                "Entretien de l'environnement et prévention des risques",
                "Travail en équipe",
            ],
        ),
        emplois="Aide-soignant, aide-soignant en EHPAD, aide-soignant en établissement de santé",
        blocs=[
            (
                "Accompagnement et soins de la personne dans les activités de sa vie quotidienne",
                [
                    ("Réaliser les soins d'hygiène et de confort de la personne", "910301"),
                    ("Identifier les besoins de la personne et adapter l'accompagnement à ses capacités", None),
                    ("Aider la personne à la prise des repas", None),
                    ("Respecter l'intimité, la pudeur et les habitudes de vie de la personne", None),
                ],
            ),
            (
                "Évaluation de l'état clinique et mise en œuvre de soins adaptés",
                [
                    ("Mesurer les paramètres vitaux et repérer les anomalies", "910302"),
                    ("Évaluer l'état clinique d'une personne à partir d'outils d'observation", None),
                    ("Mettre en œuvre des soins adaptés en collaboration avec l'infirmier", None),
                    ("Repérer une situation d'urgence et alerter", None),
                ],
            ),
            (
                "Relation et communication avec les personnes et leur entourage",
                [
                    ("Établir une communication adaptée à la personne et à son entourage", None),
                    ("Informer la personne des soins réalisés", None),
                    ("Accueillir la personne et son entourage", None),
                    ("Prendre en compte la dimension culturelle et sociale de la personne", None),
                ],
            ),
            (
                "Entretien de l'environnement immédiat et prévention des risques",
                [
                    ("Appliquer les règles d'hygiène et de prévention des infections associées aux soins", "910304"),
                    ("Mobiliser et installer la personne en utilisant les aides techniques adaptées", "910303"),
                    ("Entretenir le matériel de soins et les locaux", None),
                    ("Identifier et prévenir les risques liés à l'environnement de la personne", None),
                ],
            ),
            (
                "Travail en équipe pluriprofessionnelle",
                [
                    ("Travailler en équipe pluriprofessionnelle", "920001"),
                    ("Rendre compte oralement de ses observations à l'infirmier", None),
                    ("Organiser son activité au sein d'un service de soins", None),
                    ("Participer à l'accueil et à l'encadrement des stagiaires", None),
                ],
            ),
        ],
    ),
    dict(
        numero="RNCP90032",
        id_fiche="10032",
        actif="Oui",
        date_fin="31/08/2029",
        style="plain",
        intitule="Accompagnement, soins et services à la personne",
        abrege=("BAC PRO", "Baccalauréat professionnel"),
        niveau="NIV4",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_EN,
        nsf=("330", "Spécialités plurivalentes sanitaires et sociales"),
        romes=["J1501", "K1302"],
        activites=(
            "Le titulaire du baccalauréat professionnel Accompagnement, soins et services à la personne "
            "intervient auprès de personnes dépendantes, en établissement ou à domicile. Il réalise les soins "
            "d'hygiène et de confort, surveille l'état de santé et participe à la vie de la structure.",
            [
                "Soins d'hygiène et de confort",
                "Surveillance de l'état de santé et prévention",
                "Communication avec la personne et les équipes",
            ],
        ),
        emplois="Accompagnant de personnes dépendantes, agent de soins, aide-soignant après formation complémentaire",
        blocs=[
            (
                "Réalisation des soins d'hygiène et de confort",
                [
                    ("Réaliser les soins d'hygiène et de confort d'une personne dépendante", "910301"),
                    ("Aider la personne à l'habillage et au déshabillage", None),
                    ("Installer et mobiliser la personne à l'aide des aides techniques", "910303"),
                    ("Préparer et servir des collations et des repas adaptés", None),
                ],
            ),
            (
                "Surveillance de l'état de santé et prévention",
                [
                    ("Observer et mesurer les paramètres vitaux d'une personne", "910302"),
                    ("Appliquer les règles d'hygiène et les protocoles de prévention des infections", "910304"),
                    ("Repérer les signes de douleur et d'inconfort", None),
                    ("Mettre en œuvre des actions de promotion de la santé", None),
                ],
            ),
            (
                "Communication et travail en équipe",
                [
                    ("Travailler en équipe et coopérer avec les professionnels du secteur", "920001"),
                    ("Communiquer avec la personne et son entourage", None),
                    ("Participer à l'élaboration du projet individualisé", None),
                    ("Gérer les stocks de produits et de matériels du service", None),
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------ M1805
    dict(
        numero="RNCP90041",
        id_fiche="10041",
        actif="Oui",
        date_fin="31/12/2028",
        style="pbr",
        intitule="Développeur web et web mobile",
        abrege=("TP", "Titre professionnel"),
        niveau="NIV5",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_EMPLOI,
        nsf=("326", "Informatique, traitement de l'information, réseaux de transmission"),
        romes=["M1805"],
        activites=(
            "Le développeur web et web mobile conçoit et développe des applications web et web mobiles, "
            "de l'interface utilisateur à l'accès aux données, pour une entreprise, une agence ou une "
            "entreprise de services du numérique.",
            [
                "Développement de la partie front-end",
                "Développement de la partie back-end",
                "Tests et maintenance des applications",
            ],
        ),
        emplois="Développeur web, développeur web mobile, développeur front-end, développeur back-end",
        blocs=[
            (
                "Développer la partie front-end d'une application web ou web mobile",
                [
                    ("Maquetter les interfaces utilisateur web et mobiles", None),
                    ("Réaliser des interfaces utilisateur statiques en HTML et CSS", None),
                    ("Développer des interfaces utilisateur dynamiques en JavaScript", "930401"),
                    ("Intégrer les maquettes dans le respect de la charte graphique", None),
                ],
            ),
            (
                "Développer la partie back-end d'une application web ou web mobile",
                [
                    ("Mettre en place une base de données relationnelle et écrire les requêtes SQL", "910402"),
                    ("Développer les fonctionnalités métier d'une application", "910401"),
                    ("Développer les composants d'accès aux données", None),
                    ("Rédiger la documentation technique d'une application", None),
                ],
            ),
            (
                "Tester et maintenir une application",
                [
                    ("Rédiger et exécuter des tests unitaires", "910403"),
                    ("Corriger les anomalies détectées en recette", None),
                    ("Gérer les versions du code source avec Git", None),
                    ("Assurer une veille technologique", None),
                ],
            ),
        ],
    ),
    dict(
        numero="RNCP90042",
        id_fiche="10042",
        actif="Oui",
        date_fin="30/11/2029",
        style="ul",
        intitule="Concepteur développeur d'applications",
        abrege=("TP", "Titre professionnel"),
        niveau="NIV6",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_EMPLOI,
        nsf=("326", "Informatique, traitement de l'information, réseaux de transmission"),
        romes=["M1805", "M1806"],
        activites=(
            "Le concepteur développeur d'applications conçoit et développe des applications organisées en "
            "couches, de l'analyse des besoins à la livraison, en lien avec les utilisateurs et la maîtrise "
            "d'ouvrage.",
            [
                "Développement d'une application",
                "Conception d'une application organisée en couches",
                "Tests et livraison",
            ],
        ),
        emplois="Concepteur développeur, développeur d'applications, analyste programmeur",
        blocs=[
            (
                "Développer une application",
                [
                    ("Développer les fonctionnalités d'une application à partir des spécifications", "910401"),
                    ("Développer des interfaces utilisateur en JavaScript", "930401"),
                    ("Développer des composants métier réutilisables", None),
                    ("Contribuer à la gestion d'un projet informatique", None),
                ],
            ),
            (
                "Concevoir et développer une application organisée en couches",
                [
                    ("Analyser les besoins des utilisateurs et maquetter une application", None),
                    ("Définir l'architecture logicielle d'une application", None),
                    ("Concevoir une base de données relationnelle et l'interroger en SQL", "910402"),
                    ("Développer des composants d'accès aux données SQL et NoSQL", None),
                ],
            ),
            (
                "Tester et livrer une application",
                [
                    ("Préparer et exécuter les plans de tests, dont les tests unitaires", "910403"),
                    ("Rédiger le manuel d'utilisation", None),
                    ("Rédiger la documentation technique", None),
                    ("Corriger les anomalies en phase de recette", None),
                ],
            ),
        ],
    ),
    dict(
        numero="RNCP90043",
        id_fiche="10043",
        actif="Oui",
        date_fin="31/08/2030",
        style="plain",
        intitule="Services informatiques aux organisations option solutions logicielles et applications métiers",
        abrege=("BTS", "Brevet de technicien supérieur"),
        niveau="NIV5",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_ESR,
        nsf=("326", "Informatique, traitement de l'information, réseaux de transmission"),
        romes=["M1805", "M1810"],
        activites=(
            "Le titulaire du BTS SIO option SLAM participe à la production et à la fourniture de services "
            "informatiques : il conçoit, développe et maintient des solutions applicatives et assure "
            "l'assistance aux utilisateurs.",
            [
                "Support et mise à disposition de services informatiques",
                "Conception et développement d'applications",
                "Administration des données",
            ],
        ),
        emplois="Développeur d'applications, programmeur analyste, technicien d'études informatiques",
        blocs=[
            (
                "Support et mise à disposition de services informatiques",
                [
                    ("Gérer le patrimoine informatique d'une organisation", None),
                    ("Répondre aux incidents et aux demandes d'assistance", None),
                    ("Mettre à disposition des utilisateurs un service informatique", None),
                    ("Organiser son développement professionnel", None),
                ],
            ),
            (
                "Conception et développement d'applications",
                [
                    ("Concevoir et développer une solution applicative et ses fonctionnalités", "910401"),
                    ("Programmer des interfaces web en JavaScript", "930401"),
                    ("Exploiter une base de données relationnelle à l'aide du langage SQL", "910402"),
                    ("Rédiger et exécuter des tests unitaires", "910403"),
                ],
            ),
            (
                "Administration des données et maintenance des applications",
                [
                    ("Administrer une base de données", None),
                    ("Assurer la maintenance corrective et évolutive d'une application", None),
                    ("Documenter une solution applicative", None),
                    ("Gérer les versions d'une application", None),
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------ N1103
    dict(
        numero="RNCP90051",
        id_fiche="10051",
        actif="Oui",
        date_fin="31/10/2029",
        style="ul",
        intitule="Agent magasinier",
        abrege=("TP", "Titre professionnel"),
        niveau="NIV3",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_EMPLOI,
        nsf=("311", "Transport, manutention, magasinage"),
        romes=["N1103", "N1101"],
        activites=(
            "L'agent magasinier réceptionne, stocke et prépare les marchandises dans un entrepôt, une plateforme "
            "logistique ou un magasin. Il conduit des chariots élévateurs en sécurité.",
            [
                "Réception et expédition des marchandises",
                "Stockage et préparation de commandes",
                "Conduite de chariots élévateurs",
            ],
        ),
        emplois="Magasinier, cariste, préparateur de commandes, réceptionnaire",
        blocs=[
            (
                "Réaliser les opérations de réception et d'expédition",
                [
                    ("Réceptionner et contrôler les marchandises livrées", "910501"),
                    ("Conditionner et préparer les colis à expédier", None),
                    ("Charger et décharger un véhicule en sécurité", None),
                    ("Signaler les litiges de livraison au transporteur", None),
                ],
            ),
            (
                "Réaliser les opérations de stockage et de préparation de commandes",
                [
                    ("Préparer les commandes selon les bons de préparation", "910502"),
                    ("Ranger les produits à leur emplacement selon les règles de stockage", None),
                    ("Réaliser les inventaires et suivre l'état des stocks", "910503"),
                    ("Réapprovisionner les emplacements de préparation", None),
                ],
            ),
            (
                "Conduire des chariots élévateurs en sécurité",
                [
                    ("Conduire un chariot élévateur frontal en sécurité (CACES R489 catégorie 3)", "930501"),
                    ("Conduire un transpalette à conducteur porté (CACES R489 catégorie 1A)", None),
                    ("Réaliser les vérifications de prise de poste du chariot", None),
                    ("Gerber et dégerber des charges", None),
                ],
            ),
        ],
    ),
    dict(
        numero="RNCP90052",
        id_fiche="10052",
        actif="Oui",
        date_fin="31/08/2028",
        style="ent",
        intitule="Opérateur/Opératrice logistique",
        abrege=("CAP", "Certificat d'aptitude professionnelle"),
        niveau="NIV3",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_EN,
        nsf=("311", "Transport, manutention, magasinage"),
        romes=["N1103", "N1105"],
        activites=(
            "L'opérateur logistique réceptionne les marchandises, les stocke, prépare les commandes et les "
            "expédie. Il conduit en sécurité les chariots automoteurs de manutention.",
            [
                "Réception et suivi des marchandises",
                "Préparation et expédition des commandes",
                "Conduite en sécurité des chariots",
            ],
        ),
        emplois="Opérateur logistique, préparateur de commandes, magasinier",
        blocs=[
            (
                "Réception et suivi des marchandises",
                [
                    ("Réceptionner les marchandises et contrôler leur conformité", "910501"),
                    ("Participer aux inventaires et au suivi des stocks", "910503"),
                    ("Ranger les marchandises en respectant les règles de stockage", None),
                    ("Appliquer les règles de sécurité lors des manutentions", None),
                ],
            ),
            (
                "Préparation et expédition des commandes",
                [
                    ("Préparer les commandes dans le respect des délais et de la qualité", "910502"),
                    ("Emballer et conditionner les produits", None),
                    ("Charger les véhicules de livraison", None),
                    ("Vérifier la conformité d'une expédition avant son départ", None),
                ],
            ),
            (
                "Conduite en sécurité des chariots automoteurs",
                [
                    ("Conduire en sécurité un chariot élévateur frontal (CACES R489 catégorie 3)", "930501"),
                    ("Conduire un chariot de manutention à conducteur accompagné", None),
                    ("Vérifier l'état du chariot avant utilisation", None),
                    ("Adapter sa conduite aux charges transportées", None),
                ],
            ),
        ],
    ),
    dict(
        numero="RNCP90053",
        id_fiche="10053",
        actif="Oui",
        date_fin="31/05/2029",
        style="pbr",
        intitule="Préparateur de commandes en entrepôt",
        abrege=("TP", "Titre professionnel"),
        niveau="NIV3",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_EMPLOI,
        nsf=("311", "Transport, manutention, magasinage"),
        romes=["N1103"],
        activites=(
            "Le préparateur de commandes en entrepôt prépare des commandes de produits à l'unité, au colis ou "
            "à la palette, réceptionne et stocke les marchandises et conduit les engins de manutention.",
            ["Préparation des commandes", "Réception et stockage", "Conduite d'engins de manutention"],
        ),
        emplois="Préparateur de commandes, agent logistique, magasinier",
        blocs=[
            (
                "Préparer les commandes en entrepôt",
                [
                    ("Préparer des commandes de produits à l'unité, au colis et à la palette", "910502"),
                    ("Conditionner les commandes préparées", None),
                    ("Contrôler la conformité des commandes préparées", None),
                    ("Respecter les cadences et les consignes de qualité", None),
                ],
            ),
            (
                "Réceptionner et stocker les marchandises",
                [
                    ("Réceptionner et contrôler les marchandises à leur arrivée", "910501"),
                    ("Réaliser les inventaires et les comptages de stock", "910503"),
                    ("Ranger les marchandises aux emplacements prévus", None),
                    ("Signaler les anomalies de stock", None),
                ],
            ),
            (
                "Conduire en sécurité les engins de manutention",
                [
                    ("Conduire un chariot élévateur en sécurité (CACES R489 catégorie 3)", "930501"),
                    ("Conduire un préparateur de commandes à conducteur porté (CACES R489 catégorie 1B)", None),
                    ("Appliquer les gestes et postures de manutention", None),
                    ("Effectuer les vérifications de prise de poste", None),
                ],
            ),
        ],
    ),
    # ------------------------------------------------------------------ H2913
    dict(
        numero="RNCP90061",
        id_fiche="10061",
        actif="Oui",
        date_fin="30/09/2029",
        style="plain",
        intitule="Soudeur assembleur industriel",
        abrege=("TP", "Titre professionnel"),
        niveau="NIV3",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_EMPLOI,
        nsf=("254", "Structures métalliques (y.c. soudure, carrosserie, coque bateau, cellule avion)"),
        romes=["H2913", "H2902"],
        activites=(
            "Le soudeur assembleur industriel assemble et soude des ensembles chaudronnés, des tuyauteries "
            "et des structures métalliques en atelier ou sur chantier, à partir de plans et de modes "
            "opératoires de soudage.",
            ["Assemblage et soudage en MAG", "Soudage en TIG", "Préparation d'une qualification"],
        ),
        emplois="Soudeur, soudeur assembleur, soudeur TIG, soudeur MIG/MAG",
        blocs=[
            (
                "Assembler et souder en MAG des ensembles chaudronnés",
                [
                    ("Lire un plan et un descriptif de mode opératoire de soudage (DMOS)", "910603"),
                    ("Préparer, positionner et pointer les pièces avant soudage", "910604"),
                    ("Souder en MAG (135) des assemblages en toutes positions", "910602"),
                    ("Régler les paramètres du poste de soudage", None),
                ],
            ),
            (
                "Souder en TIG des ensembles en acier et en inox",
                [
                    ("Souder en TIG (141) des tôles et des tubes en acier et en inox", "910601"),
                    ("Souder à l'électrode enrobée (111) des assemblages en acier", None),
                    ("Contrôler visuellement la qualité des soudures", None),
                    ("Corriger les défauts de soudure par meulage et reprise", None),
                ],
            ),
            (
                "Préparer une qualification de soudeur",
                [
                    ("Préparer une épreuve de qualification de soudeur selon la norme NF EN ISO 9606-1", "930604"),
                    ("Appliquer les règles de sécurité liées aux fumées et aux rayonnements de soudage", None),
                    ("Entretenir le poste de soudage", None),
                    ("Renseigner les documents de suivi de fabrication", None),
                ],
            ),
        ],
    ),
    dict(
        numero="RNCP90062",
        id_fiche="10062",
        actif="Oui",
        date_fin="31/08/2028",
        style="ul",
        intitule="Réalisations industrielles en chaudronnerie ou soudage option B : soudage",
        abrege=("CAP", "Certificat d'aptitude professionnelle"),
        niveau="NIV3",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_EN,
        nsf=("254", "Structures métalliques (y.c. soudure, carrosserie, coque bateau, cellule avion)"),
        romes=["H2913", "H2902"],
        activites=(
            "Le titulaire du CAP option soudage réalise des assemblages soudés à partir de plans et de "
            "descriptifs de modes opératoires, en atelier de fabrication ou sur chantier.",
            ["Analyse des données techniques", "Réalisation d'assemblages soudés", "Contrôle et qualification"],
        ),
        emplois="Soudeur, opérateur en soudage, soudeur assembleur",
        blocs=[
            (
                "Analyse et exploitation de données techniques",
                [
                    ("Lire un plan de fabrication et un DMOS", "910603"),
                    ("Identifier les procédés de soudage adaptés aux matériaux", None),
                    ("Établir une fiche de débit", None),
                    ("Préparer le poste de travail", None),
                ],
            ),
            (
                "Réalisation d'assemblages soudés",
                [
                    ("Préparer les bords à souder et pointer les pièces", "910604"),
                    ("Réaliser des soudures en TIG (141)", "910601"),
                    ("Réaliser des soudures semi-automatiques en MIG/MAG (131, 135)", "910602"),
                    ("Réaliser des soudures à l'électrode enrobée (111)", None),
                ],
            ),
            (
                "Contrôle et qualification",
                [
                    ("Contrôler la conformité dimensionnelle d'un ensemble soudé", None),
                    ("Préparer une qualification de soudeur selon la norme NF EN ISO 9606-1", "930604"),
                    ("Appliquer les consignes de sécurité au poste de soudage", None),
                    ("Rendre compte des non-conformités", None),
                ],
            ),
        ],
    ),
    dict(
        numero="RNCP90063",
        id_fiche="10063",
        actif="Oui",
        date_fin="31/08/2029",
        style="pbr",
        intitule="Technicien en soudage",
        abrege=("MC", "Mention complémentaire"),
        niveau="NIV4",
        enregistrement="Enregistrement de droit",
        certificateur=MIN_EN,
        nsf=("254", "Structures métalliques (y.c. soudure, carrosserie, coque bateau, cellule avion)"),
        romes=["H2913"],
        activites=(
            "Le technicien en soudage prépare et réalise des assemblages soudés multi-procédés et contrôle "
            "leur qualité. Il prépare les épreuves de qualification de soudeur.",
            [
                "Préparation d'une fabrication soudée",
                "Assemblages soudés multi-procédés",
                "Contrôle et qualification des soudures",
            ],
        ),
        emplois="Soudeur qualifié, technicien soudeur, soudeur tuyauteur",
        blocs=[
            (
                "Préparation d'une fabrication soudée",
                [
                    ("Analyser un plan d'ensemble et un descriptif de mode opératoire de soudage (DMOS)", "910603"),
                    ("Choisir le procédé de soudage et les paramètres adaptés", None),
                    ("Préparer et pointer les pièces avant soudage", "910604"),
                    ("Organiser son poste de travail", None),
                ],
            ),
            (
                "Réalisation d'assemblages soudés multi-procédés",
                [
                    ("Souder en TIG (141) des aciers non alliés et des aciers inoxydables", "910601"),
                    ("Souder en MIG/MAG (131, 135, 136) des assemblages de structure", "910602"),
                    ("Souder à l'électrode enrobée (111)", None),
                    ("Réaliser des soudures étanches sur tuyauterie", None),
                ],
            ),
            (
                "Contrôle et qualification des soudures",
                [
                    ("Réaliser le contrôle visuel des soudures et identifier les défauts", None),
                    ("Préparer et passer les épreuves de qualification selon la norme NF EN ISO 9606-1", "930604"),
                    ("Renseigner les documents de traçabilité de la fabrication", None),
                    ("Proposer des actions correctives en cas de non-conformité", None),
                ],
            ),
        ],
    ),
]

# Libellés ROME (V3, tels que les exports RNCP les donnent encore) des codes liés hors échantillon.
ROME_LIBELLES_HORS_ECHANTILLON = {
    "F1106": "Ingénierie et études du BTP",
    "F1701": "Construction en béton",
    "K1302": "Assistance auprès d'adultes",
    "M1806": "Conseil et maîtrise d'ouvrage en systèmes d'information",
    "M1810": "Production et exploitation de systèmes d'information",
    "N1101": "Conduite d'engins de déplacement des charges",
    "N1105": "Manutention manuelle de charges",
    "H2902": "Chaudronnerie - tôlerie",
}
