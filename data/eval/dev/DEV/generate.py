# -*- coding: utf-8 -*-
"""Deterministic generator of the blind evaluation part DEV (standard library only)."""

# ======================================================== data_rome.py
"""ROME 4.0 excerpt (fictitious codes in 760000-769999), part DEV."""

# fiches: code_rome -> (code_fiche_metier, code_ogr, libelle, emploi_reglemente, transition flags)
FICHES = [
    ("G1501", "3151", "760001", "Valet / Femme de chambre", "Non", "Non", "Non"),
    ("H2909", "3298", "760002", "Monteur / Monteuse en mécanique industrielle", "Non", "Oui", "Non"),
    ("G1503", "3153", "760003", "Gouvernant / Gouvernante en hôtellerie", "Non", "Non", "Non"),
    ("K2204", "3402", "760004", "Agent / Agente de nettoyage de locaux", "Oui", "Non", "Non"),
    ("H2901", "3290", "760005", "Ajusteur-monteur / Ajusteuse-monteuse", "Non", "Non", "Non"),
    ("I1304", "3361", "760006", "Technicien / Technicienne de maintenance industrielle", "Non", "Oui", "Oui"),
]

# appellations: code_ogr, long, court, code_rome, classification, peu_usite
APPELLATIONS = [
    ("760101", "Valet de chambre / Femme de chambre", "Valet / Femme de chambre", "G1501", "Standard", "Non"),
    ("760102", "Employé / Employée d'étage en hôtellerie", "Employé / Employée d'étage", "G1501", "Standard", "Non"),
    ("760103", "Agent / Agente d'hébergement en hôtellerie", "Agent / Agente d'hébergement", "G1501", "Standard", "Non"),
    ("760104", "Valet / Femme de chambre en résidence de tourisme", "Valet / Femme de chambre résidence", "G1501", "Standard", "Oui"),
    ("760111", "Monteur / Monteuse en mécanique industrielle", "Monteur / Monteuse mécanique", "H2909", "Standard", "Non"),
    ("760112", "Monteur-assembleur / Monteuse-assembleuse en mécanique", "Monteur-assembleur / Monteuse-assembleuse", "H2909", "Standard", "Non"),
    ("760113", "Monteur / Monteuse de machines spéciales", "Monteur / Monteuse machines spéciales", "H2909", "Standard", "Non"),
    ("760121", "Gouvernant / Gouvernante d'hôtel", "Gouvernant / Gouvernante", "G1503", "Standard", "Non"),
    ("760122", "Gouvernant / Gouvernante générale en hôtellerie", "Gouvernant / Gouvernante générale", "G1503", "Standard", "Non"),
    ("760131", "Agent / Agente de propreté des locaux", "Agent / Agente de propreté", "K2204", "Standard", "Non"),
    ("760132", "Agent / Agente de nettoyage en milieu hospitalier", "Agent / Agente de nettoyage hospitalier", "K2204", "Standard", "Non"),
    ("760141", "Ajusteur-monteur / Ajusteuse-monteuse en mécanique", "Ajusteur-monteur / Ajusteuse-monteuse", "H2901", "Standard", "Non"),
    ("760142", "Ajusteur / Ajusteuse outilleur", "Ajusteur / Ajusteuse outilleur", "H2901", "Standard", "Oui"),
    ("760151", "Technicien / Technicienne de maintenance industrielle", "Technicien / Technicienne de maintenance", "I1304", "Standard", "Non"),
    ("760152", "Technicien / Technicienne de maintenance mécanique", "Technicien / Technicienne maintenance mécanique", "I1304", "Standard", "Non"),
]

# Macro-competences: code_ogr_macro_comp, code_macro_comp
MACRO = {
    "entretien": ("763001", "MC-HEB-01"),
    "linge": ("763002", "MC-HEB-02"),
    "client": ("763003", "MC-HEB-03"),
    "hygiene": ("763004", "MC-HEB-04"),
    "gestion_hotel": ("763005", "MC-HEB-05"),
    "proprete": ("763006", "MC-PRO-01"),
    "preparer_montage": ("763011", "MC-MEC-01"),
    "monter": ("763012", "MC-MEC-02"),
    "controler": ("763013", "MC-MEC-03"),
    "maintenance": ("763014", "MC-MEC-04"),
    "securite": ("763021", "MC-TRA-01"),
    "numerique": ("763022", "MC-TRA-02"),
    "se_organisation": ("763031", "MC-SE-01"),
    "se_relation": ("763032", "MC-SE-02"),
}

# Competences (savoir-faire and savoir-etre).
# code_ogr, nature, libelle, definition, macro key, sous_cat, transition_eco, transition_num, skill key (or None)
SF = "Savoir-faire"
SE = "Savoir-être professionnel"
COMPETENCES = [
    # ---- G1501
    ("761001", SF, "Nettoyer et remettre en ordre une chambre", "Remettre une chambre en état de propreté et d'ordre après le séjour ou pendant le séjour d'un client.", "entretien", "Entretien des chambres", "Non", "Non", "g00"),
    ("761002", SF, "Refaire les lits et changer le linge de literie", "Remplacer draps, housses et taies et dresser les lits selon le standard de l'établissement.", "entretien", "Entretien des chambres", "Non", "Non", "g01"),
    ("761003", SF, "Nettoyer et désinfecter les sanitaires", "Traiter douches, baignoires, lavabos et toilettes avec les produits adaptés.", "entretien", "Entretien des chambres", "Non", "Non", "g02"),
    ("761004", SF, "Dépoussiérer le mobilier et aspirer les sols", "Éliminer poussières et salissures du mobilier et des revêtements de sol.", "entretien", "Entretien des chambres", "Non", "Non", "g03"),
    ("761005", SF, "Réapprovisionner la chambre en produits d'accueil", "Compléter la dotation de la chambre en consommables et articles mis à disposition.", "entretien", "Entretien des chambres", "Non", "Non", "g04"),
    ("761006", SF, "Signaler les anomalies et dysfonctionnements constatés", "Transmettre au service compétent les pannes et dégradations relevées.", "client", "Communication interne", "Non", "Non", "g05"),
    ("761007", SF, "Doser et utiliser les produits d'entretien selon les protocoles", "Employer les produits de nettoyage aux concentrations prescrites.", "hygiene", "Hygiène et propreté", "Non", "Non", "g06"),
    ("761008", SF, "Trier et comptabiliser le linge", "Séparer le linge par catégorie et en établir le décompte.", "linge", "Gestion du linge", "Non", "Non", "g07"),
    ("761009", SF, "Entretenir les parties communes d'un établissement", "Nettoyer halls, couloirs, escaliers et ascenseurs.", "entretien", "Entretien des espaces communs", "Non", "Non", "g08"),
    ("761010", SF, "Renseigner la clientèle sur les prestations de l'établissement", "Informer les clients et les orienter vers les services.", "client", "Relation client", "Non", "Non", "g10"),
    ("761011", SF, "Organiser son circuit de nettoyage des chambres", "Ordonner les chambres à traiter selon les départs et arrivées.", "entretien", "Organisation du travail", "Non", "Non", "g11"),
    ("761012", SF, "Enregistrer et restituer les objets trouvés", "Consigner les effets oubliés et les remettre au service concerné.", "client", "Relation client", "Non", "Non", "g12"),
    ("761013", SF, "Effectuer le service en chambre", "Apporter en chambre repas, boissons ou petits-déjeuners commandés.", "client", "Service en chambre", "Non", "Non", "g17"),
    ("761014", SF, "Préparer la chambre pour la nuit", "Ouvrir le lit, tamiser la chambre et disposer les attentions du soir.", "entretien", "Service en chambre", "Non", "Non", "g18"),
    ("761015", SF, "Repasser et plier le linge", "Repasser et plier le linge de table, de lit ou de toilette.", "linge", "Gestion du linge", "Non", "Non", "g19"),
    ("761016", SF, "Appliquer les consignes environnementales de l'établissement", "Limiter les consommations d'eau, d'énergie et de produits.", "hygiene", "Environnement", "Oui", "Non", None),
    ("761017", SF, "Utiliser un matériel de nettoyage mécanisé", "Mettre en oeuvre les machines de nettoyage des sols.", "proprete", "Matériel de nettoyage", "Non", "Non", None),
    ("761018", SF, "Mettre à jour l'état des chambres dans un outil numérique", "Indiquer l'état de chaque chambre dans l'outil de gestion de l'établissement.", "gestion_hotel", "Gestion hôtelière", "Non", "Oui", None),
    # ---- H2909
    ("761101", SF, "Lire et interpréter un plan d'ensemble", "Identifier pièces, repères et cotes à partir d'un dessin d'ensemble.", "preparer_montage", "Lecture de documents techniques", "Non", "Non", "h01"),
    ("761102", SF, "Assembler des sous-ensembles mécaniques", "Réunir des composants mécaniques selon une gamme de montage.", "monter", "Montage mécanique", "Non", "Non", "h02"),
    ("761103", SF, "Serrer des éléments au couple préconisé", "Appliquer les valeurs de serrage prescrites.", "monter", "Montage mécanique", "Non", "Non", "h03"),
    ("761104", SF, "Contrôler les cotes et la conformité des pièces", "Mesurer les pièces et comparer aux tolérances.", "controler", "Contrôle qualité", "Non", "Non", "h04"),
    ("761105", SF, "Réaliser des opérations d'ajustage (perçage, taraudage, limage)", "Reprendre manuellement des pièces pour permettre leur montage.", "monter", "Ajustage", "Non", "Non", "h05"),
    ("761106", SF, "Monter des éléments de transmission et de guidage", "Mettre en place roulements, paliers, accouplements et transmissions.", "monter", "Montage mécanique", "Non", "Non", "h06"),
    ("761107", SF, "Renseigner les documents de suivi de production", "Consigner opérations, lots et anomalies.", "controler", "Traçabilité", "Non", "Non", "h07"),
    ("761108", SF, "Réaliser des essais de fonctionnement", "Vérifier le fonctionnement d'un ensemble monté.", "controler", "Essais et mise en service", "Non", "Non", "h08"),
    ("761109", SF, "Raccorder des circuits pneumatiques ou hydrauliques", "Relier vérins, distributeurs et canalisations.", "monter", "Montage fluidique", "Non", "Non", "h09"),
    ("761110", SF, "Réaliser un câblage électrique simple", "Relier capteurs et actionneurs selon un schéma.", "monter", "Câblage", "Non", "Oui", "h10"),
    ("761111", SF, "Aligner des arbres et des machines tournantes", "Régler la coaxialité d'arbres et de machines.", "monter", "Montage mécanique", "Non", "Non", "h20"),
    ("761112", SF, "Souder des éléments métalliques", "Assembler des pièces métalliques par fusion.", "monter", "Soudage", "Non", "Non", None),
    ("761113", SF, "Élinguer et déplacer des charges avec un appareil de levage", "Manutentionner des pièces lourdes en sécurité.", "securite", "Manutention", "Non", "Non", None),
    # ---- savoir-etre (shared)
    ("761050", SE, "Faire preuve de rigueur et de précision", "Respecter les consignes et réaliser un travail exact.", "se_organisation", "Rigueur", "Non", "Non", "rigueur"),
    ("761051", SE, "Travailler en équipe", "Coopérer avec ses collègues pour atteindre un objectif commun.", "se_relation", "Coopération", "Non", "Non", "equipe"),
    ("761052", SE, "Faire preuve d'autonomie", "Organiser seul son travail dans le cadre fixé.", "se_organisation", "Autonomie", "Non", "Non", "autonomie"),
    ("761053", SE, "Faire preuve de discrétion", "Respecter l'intimité et la confidentialité des personnes.", "se_relation", "Discrétion", "Non", "Non", "gs2"),
    ("761054", SE, "Avoir le sens du service", "Être attentif aux besoins des clients.", "se_relation", "Orientation client", "Non", "Non", "gs6"),
    ("761150", SE, "Faire preuve de minutie", "Réaliser des tâches de précision avec soin.", "se_organisation", "Minutie", "Non", "Non", "hs2"),
    ("761151", SE, "Faire preuve de curiosité", "Chercher à comprendre et à apprendre.", "se_organisation", "Curiosité", "Non", "Non", "hs7"),
    # ---- transversal savoir-faire (shared)
    ("761060", SF, "Appliquer les gestes et postures de manutention", "Adopter les positions limitant les efforts et les risques lors des manutentions.", "securite", "Prévention des risques", "Non", "Non", "gestes"),
    ("761061", SF, "Renseigner des documents sur un support numérique", "Saisir des informations sur tablette, smartphone ou ordinateur.", "numerique", "Outils numériques", "Non", "Oui", "numerique"),
    # ---- G1503
    ("761201", SF, "Planifier et répartir le travail du personnel d'étage", "Attribuer les secteurs et chambres à l'équipe.", "gestion_hotel", "Encadrement", "Non", "Non", None),
    ("761202", SF, "Contrôler la qualité de l'entretien des chambres", "Vérifier les chambres avant leur remise en vente.", "gestion_hotel", "Contrôle qualité", "Non", "Non", None),
    ("761203", SF, "Gérer les stocks de linge et de produits d'accueil", "Suivre et commander linge et consommables.", "gestion_hotel", "Gestion des stocks", "Non", "Non", None),
    ("761204", SF, "Former les nouveaux personnels d'étage", "Transmettre les standards de l'établissement.", "gestion_hotel", "Encadrement", "Non", "Non", None),
    ("761205", SF, "Établir les plannings de l'équipe", "Organiser les horaires et les repos de l'équipe.", "gestion_hotel", "Encadrement", "Non", "Non", None),
    ("761206", SE, "Diriger une équipe", "Animer et motiver une équipe.", "se_relation", "Leadership", "Non", "Non", None),
    # ---- K2204
    ("761301", SF, "Nettoyer des locaux professionnels", "Entretenir bureaux, sanitaires et espaces de circulation.", "proprete", "Nettoyage des locaux", "Non", "Non", None),
    ("761302", SF, "Vider les corbeilles et trier les déchets", "Collecter les déchets et les orienter vers les filières.", "proprete", "Gestion des déchets", "Oui", "Non", None),
    ("761303", SF, "Décaper et protéger les sols", "Retirer les anciennes couches et appliquer une protection.", "proprete", "Traitement des sols", "Non", "Non", None),
    ("761304", SF, "Nettoyer les vitres et surfaces vitrées", "Laver les vitrages accessibles.", "proprete", "Nettoyage des locaux", "Non", "Non", None),
    # ---- H2901
    ("761401", SF, "Ajuster des pièces mécaniques par limage et grattage", "Obtenir un ajustement par enlèvement manuel de matière.", "monter", "Ajustage", "Non", "Non", None),
    ("761402", SF, "Réaliser le traçage des pièces avant usinage", "Reporter sur la pièce les repères d'usinage.", "preparer_montage", "Ajustage", "Non", "Non", None),
    ("761403", SF, "Usiner des pièces sur machines conventionnelles", "Tourner, fraiser ou percer des pièces unitaires.", "monter", "Usinage", "Non", "Non", None),
    ("761404", SF, "Monter des outillages de production", "Assembler moules, outils de presse ou gabarits.", "monter", "Outillage", "Non", "Non", None),
    # ---- I1304
    ("761501", SF, "Diagnostiquer une panne sur un équipement industriel", "Identifier l'origine d'un dysfonctionnement.", "maintenance", "Maintenance corrective", "Non", "Non", None),
    ("761502", SF, "Réaliser la maintenance préventive d'un équipement", "Effectuer les visites et remplacements planifiés.", "maintenance", "Maintenance préventive", "Non", "Non", None),
    ("761503", SF, "Consigner un équipement avant intervention", "Séparer, condamner et vérifier l'absence d'énergie.", "maintenance", "Sécurité des interventions", "Non", "Non", None),
    ("761504", SF, "Remplacer des composants défectueux", "Changer pièces et organes usés.", "maintenance", "Maintenance corrective", "Non", "Non", None),
]

# Savoirs: code, libelle, categorie, sous_categorie, transition_eco, transition_num, skill key
SAVOIRS = [
    ("762001", "Nettoyage à la vapeur", "Techniques professionnelles", "Techniques de nettoyage", "Oui", "Non", "g16"),
    ("762002", "Bionettoyage", "Techniques professionnelles", "Techniques de nettoyage", "Non", "Non", None),
    ("762003", "Décapage des sols", "Techniques professionnelles", "Techniques de nettoyage", "Non", "Non", None),
    ("762004", "Autolaveuse", "Équipements et matériels", "Matériel de nettoyage mécanisé", "Non", "Non", None),
    ("762005", "Monobrosse", "Équipements et matériels", "Matériel de nettoyage mécanisé", "Non", "Non", "g13"),
    ("762006", "Injecteur-extracteur", "Équipements et matériels", "Matériel de nettoyage mécanisé", "Non", "Non", None),
    ("762007", "Aspirateur dorsal", "Équipements et matériels", "Matériel de nettoyage mécanisé", "Non", "Non", None),
    ("762008", "Logiciel Opera PMS", "Outils et logiciels", "Logiciels de gestion hôtelière", "Non", "Oui", None),
    ("762009", "Logiciel Mews", "Outils et logiciels", "Logiciels de gestion hôtelière", "Non", "Oui", "g14"),
    ("762010", "Logiciel Medialog", "Outils et logiciels", "Logiciels de gestion hôtelière", "Non", "Oui", None),
    ("762011", "Écolabel européen", "Normes et procédés", "Labels environnementaux", "Oui", "Non", None),
    ("762012", "Label Clef Verte", "Normes et procédés", "Labels environnementaux", "Oui", "Non", "g15"),
    ("762013", "Norme ISO 14001", "Normes et procédés", "Labels environnementaux", "Oui", "Non", None),
    ("762014", "Règles d'hygiène et de propreté", "Normes et procédés", "Normes d'hygiène", "Non", "Non", None),
    ("762015", "Protocoles de désinfection des surfaces", "Normes et procédés", "Normes d'hygiène", "Non", "Non", None),
    ("762016", "Anglais", "Langues", "Langues étrangères", "Non", "Non", "g09"),
    ("762020", "Sauveteur Secouriste du Travail (SST)", "Normes et procédés", "Secourisme", "Non", "Non", "sst"),
    # H2909
    ("762101", "Pied à coulisse", "Outils et équipements", "Instruments de mesure dimensionnelle", "Non", "Non", None),
    ("762102", "Micromètre", "Outils et équipements", "Instruments de mesure dimensionnelle", "Non", "Non", None),
    ("762103", "Comparateur", "Outils et équipements", "Instruments de mesure dimensionnelle", "Non", "Non", None),
    ("762104", "Bras de mesure 3D", "Outils et équipements", "Instruments de mesure dimensionnelle", "Non", "Oui", "h14"),
    ("762105", "Machine à mesurer tridimensionnelle", "Outils et équipements", "Instruments de mesure dimensionnelle", "Non", "Oui", None),
    ("762106", "Soudage TIG", "Techniques professionnelles", "Techniques de soudage", "Non", "Non", "h16"),
    ("762107", "Soudage MIG-MAG", "Techniques professionnelles", "Techniques de soudage", "Non", "Non", None),
    ("762108", "Soudage à l'électrode enrobée", "Techniques professionnelles", "Techniques de soudage", "Non", "Non", None),
    ("762109", "Méthode 5S", "Normes et procédés", "Méthodes d'organisation industrielle", "Non", "Non", "h15"),
    ("762110", "Kanban", "Normes et procédés", "Méthodes d'organisation industrielle", "Non", "Non", None),
    ("762111", "Kaizen", "Normes et procédés", "Méthodes d'organisation industrielle", "Non", "Non", None),
    ("762112", "SMED", "Normes et procédés", "Méthodes d'organisation industrielle", "Non", "Non", None),
    ("762113", "CACES R484 ponts roulants et portiques", "Normes et procédés", "Certificats de conduite (CACES)", "Non", "Non", "h12"),
    ("762114", "CACES R489 chariots élévateurs", "Normes et procédés", "Certificats de conduite (CACES)", "Non", "Non", None),
    ("762115", "Habilitation électrique B0", "Normes et procédés", "Habilitations électriques", "Non", "Non", "h13"),
    ("762116", "Habilitation électrique BR", "Normes et procédés", "Habilitations électriques", "Non", "Non", None),
    ("762117", "Cotation fonctionnelle et tolérancement ISO", "Techniques professionnelles", "Lecture de plans et cotation", "Non", "Non", "h11"),
    ("762118", "Lecture de plans mécaniques", "Techniques professionnelles", "Lecture de plans et cotation", "Non", "Non", None),
    ("762119", "Maquette numérique 3D", "Outils et logiciels", "Logiciels de visualisation 3D", "Non", "Oui", "h17"),
    ("762120", "Logiciel eDrawings", "Outils et logiciels", "Logiciels de visualisation 3D", "Non", "Oui", None),
    ("762121", "Anglais technique", "Langues", "Langues étrangères", "Non", "Non", "h19"),
    ("762122", "Pneumatique", "Techniques professionnelles", "Systèmes fluidiques", "Non", "Non", None),
    ("762123", "Hydraulique industrielle", "Techniques professionnelles", "Systèmes fluidiques", "Non", "Non", None),
    # close fiches
    ("762201", "Management d'équipe", "Domaines d'expertise", "Management", "Non", "Non", None),
    ("762202", "Gestion des stocks", "Domaines d'expertise", "Gestion", "Non", "Non", None),
    ("762501", "Logiciel de GMAO", "Outils et logiciels", "Logiciels de maintenance", "Non", "Oui", None),
]

# links: fiche -> list of (code_ogr, coeur_metier)
P, EM = "Principale", "Émergente"
LINKS = {
    "G1501": [(c, P) for c in ["761001", "761002", "761003", "761004", "761005", "761006", "761007", "761008",
                               "761009", "761010", "761011", "761012", "761013", "761014", "761015", "761017"]]
             + [("761016", EM), ("761018", EM)]
             + [(c, P) for c in ["761050", "761051", "761052", "761053", "761054", "761060", "761061"]]
             + [("762001", EM), ("762002", P), ("762004", P), ("762005", P), ("762007", P), ("762008", P),
                ("762009", EM), ("762010", P), ("762011", EM), ("762012", EM), ("762013", P), ("762014", P),
                ("762015", P), ("762016", P), ("762020", P)],
    "H2909": [(c, P) for c in ["761101", "761102", "761103", "761104", "761105", "761106", "761107", "761108",
                               "761109", "761110", "761111", "761112", "761113"]]
             + [(c, P) for c in ["761050", "761051", "761052", "761150", "761151", "761060", "761061"]]
             + [("762101", P), ("762102", P), ("762103", P), ("762104", EM), ("762105", P), ("762106", P),
                ("762107", P), ("762108", P), ("762109", P), ("762110", P), ("762111", P), ("762112", P),
                ("762113", P), ("762114", P), ("762115", P), ("762116", P), ("762117", P), ("762118", P),
                ("762119", EM), ("762120", EM), ("762121", P), ("762122", P), ("762123", P), ("762020", P)],
    "G1503": [(c, P) for c in ["761201", "761202", "761203", "761204", "761205", "761206", "761050",
                               "762008", "762009", "762201", "762202"]],
    "K2204": [(c, P) for c in ["761301", "761302", "761303", "761304", "761017", "762002", "762003", "762004",
                               "762005", "762006", "762015", "761051", "761060"]],
    "H2901": [(c, P) for c in ["761401", "761402", "761403", "761404", "761101", "761103", "762101", "762102",
                               "762103", "761150"]],
    "I1304": [(c, P) for c in ["761501", "761502", "761503", "761504", "762115", "762116", "762122", "762123",
                               "762501", "761052", "761107"]],
}

MOBILITE = [
    ("G1501", "G1503", "1"), ("G1501", "K2204", "2"),
    ("H2909", "H2901", "1"), ("H2909", "I1304", "2"),
    ("G1503", "G1501", "1"), ("K2204", "G1501", "1"),
    ("H2901", "H2909", "1"), ("I1304", "H2909", "1"),
]

# ======================================================== data_rncp.py
"""Certifications (fictitious), part DEV. Statements are keyed so that truth.json can quote them exactly."""

ROME_LABELS = {
    "G1501": "Valet / Femme de chambre",
    "K2204": "Agent / Agente de nettoyage de locaux",
    "H2909": "Monteur / Monteuse en mécanique industrielle",
    "H2901": "Ajusteur-monteur / Ajusteuse-monteuse",
    "I1304": "Technicien / Technicienne de maintenance industrielle",
}

# Each certification: html style: "p_br" (<p>- a<br/>- b</p>), "ul", "p_br_ent" (same with &#39; apostrophes)
CERTS = [
    {
        "num": "RNCP76001",
        "title": "CAP Services d'hébergement et d'étage",
        "abrege": ("CAP", "Certificat d'aptitude professionnelle"),
        "niveau": ("NIV3", "Niveau 3"),
        "romes": ["G1501", "K2204"],
        "style": "p_br",
        "activites": [
            ("c1_act_general", "Le titulaire du CAP exerce dans les établissements d'hébergement touristique : hôtels, résidences de tourisme, villages de vacances, établissements thermaux."),
            ("c1_act_missions", "Il assure la remise en état des chambres et des espaces de circulation, participe à la gestion du linge et des consommables et contribue à la satisfaction des hôtes."),
            ("c1_act_etrangers", "Il est en mesure d'échanger quelques mots avec une clientèle étrangère pour lui souhaiter la bienvenue ou la saluer."),
            ("c1_act_oublis", "Il remet au service de réception les effets oubliés par les clients."),
        ],
        "capacites": [
            ("c1_cap_1", "Mettre en oeuvre les techniques d'entretien des chambres et des espaces communs."),
            ("c1_cap_2", "Appliquer les règles d'hygiène, de sécurité et de protection de l'environnement."),
            ("c1_cap_3", "Communiquer avec l'encadrement, les collègues et les hôtes de l'établissement."),
        ],
        "blocs": [
            ("RNCP76001BC01", "Entretenir les chambres et les espaces d'hébergement", [
                ("c1_chambre", "Rendre une chambre prête à la location en traitant l'ensemble de ses surfaces et équipements selon l'ordre de travail défini par l'établissement"),
                ("c1_lits", "Préparer la literie des chambres en remplaçant draps, housses et taies selon le standard de présentation de l'établissement"),
                ("c1_sdb", "Assurer l'hygiène des espaces d'eau (douche, baignoire, vasque, toilettes) à l'aide des produits et du matériel appropriés"),
                ("c1_surf", "Remettre en état les surfaces, le mobilier et les revêtements de sol des chambres en éliminant poussières et salissures"),
                ("c1_accueil", "Compléter la dotation de la chambre en articles de bienvenue et consommables conformément à la liste de contrôle"),
                ("c1_communs", "Maintenir en état de propreté les circulations, halls et escaliers desservant les chambres"),
                ("c1_autolav", "Conduire une autolaveuse pour l'entretien des grandes surfaces de circulation en respectant les consignes du fabricant"),
                ("c1_temps", "Planifier l'ordre de traitement des chambres en fonction des départs, des recouches et des arrivées annoncées"),
            ], "Mise en situation professionnelle en chambre d'application : remise en état d'une chambre en départ et d'une chambre en recouche, suivie d'un entretien avec le jury."),
            ("RNCP76001BC02", "Appliquer les règles d'hygiène, de sécurité et d'environnement", [
                ("c1_dosage", "Préparer les solutions détergentes et désinfectantes en respectant les concentrations indiquées par les fiches techniques"),
                ("c1_postures", "Adopter des postures de travail économes en effort lors des manipulations de chariots, de matelas et de sacs de linge"),
                ("c1_ecolabel", "Sélectionner les produits et les doses conformément aux exigences de l'Écolabel européen afin de limiter l'impact environnemental de l'établissement"),
                ("c1_dechets", "Séparer les déchets collectés dans les chambres selon les filières de collecte en place"),
                ("c1_epi", "Porter les équipements de protection individuelle adaptés aux produits manipulés"),
                ("c1_stockage", "Ranger les produits chimiques dans les locaux prévus en respectant les règles de compatibilité et d'étiquetage"),
            ], "Épreuve écrite portant sur l'analyse d'une situation d'hygiène et de sécurité, complétée d'une observation en milieu professionnel."),
            ("RNCP76001BC03", "Gérer le linge et communiquer au sein du service", [
                ("c1_linge", "Réceptionner, dénombrer et répartir le linge propre et souillé entre les étages et la blanchisserie"),
                ("c1_inventaire", "Tenir à jour l'inventaire des consommables et des articles de bienvenue du chariot d'étage"),
                ("c1_anomalie", "Transmettre au responsable d'étage ou au service maintenance toute panne, dégradation ou défaut relevé dans les chambres"),
                ("c1_comm_equipe", "Rendre compte de l'avancement de son travail à la gouvernante au moyen des supports de liaison de l'établissement"),
                ("c1_client", "Adopter une attitude courtoise et réservée lors des contacts avec les hôtes de l'établissement"),
                ("c1_consignes", "Prendre connaissance des consignes de la gouvernante et des particularités des chambres à traiter en début de service"),
            ], "Épreuve orale s'appuyant sur un dossier de situations vécues en entreprise."),
        ],
    },
    {
        "num": "RNCP76002",
        "title": "Titre professionnel Agent d'hôtellerie d'étage",
        "abrege": ("TP", "Titre professionnel"),
        "niveau": ("NIV3", "Niveau 3"),
        "romes": ["G1501"],
        "style": "ul",
        "activites": [
            ("c2_act_general", "L'agent d'hôtellerie d'étage réalise, seul ou en équipe, l'entretien des chambres, des sanitaires et des espaces communs d'un établissement hôtelier, dans le respect des standards de qualité et des règles d'hygiène."),
            ("c2_act_info", "Il informe sa hiérarchie des problèmes rencontrés au cours de son service."),
            ("c2_act_numerique", "Il peut être amené à consulter l'état des chambres sur un terminal mobile mis à disposition par l'établissement."),
        ],
        "capacites": [
            ("c2_cap_secours", "Appliquer les premiers gestes de secours face à un accident survenant dans l'établissement."),
            ("c2_cap_qualite", "Mettre en oeuvre les standards de qualité de l'établissement."),
        ],
        "blocs": [
            ("RNCP76002BC01", "Réaliser l'entretien courant des chambres et des sanitaires", [
                ("c2_chambre", "Remettre en ordre et en propreté la chambre après le départ ou pendant le séjour du client selon la fiche de poste"),
                ("c2_lits", "Dresser les lits en recouche et en départ avec un linge propre et bien tendu"),
                ("c2_sdb", "Désinfecter et faire briller douches, vasques et robinetterie conformément au protocole d'hygiène de l'établissement"),
                ("c2_surf", "Traiter les sols textiles et durs ainsi que le mobilier de la chambre afin de supprimer poussières et traces"),
                ("c2_dotation", "Garnir la chambre en consommables et articles de bienvenue selon la fiche de dotation"),
                ("c2_opera", "Actualiser l'état des chambres (propre, à contrôler, hors service) dans le logiciel Opera PMS à l'issue de chaque intervention"),
                ("c2_dosage", "Employer les produits détergents et désinfectants selon les concentrations et temps de contact prescrits"),
            ], "Mise en situation professionnelle de 2 heures en chambre d'application et questionnement à partir de productions."),
            ("RNCP76002BC02", "Entretenir les espaces communs et le linge", [
                ("c2_communs", "Remettre en propreté les halls, ascenseurs, escaliers et circulations de l'établissement selon le planning défini"),
                ("c2_postures", "Manipuler les chariots, matelas et charges de linge en préservant son intégrité physique"),
                ("c2_linge", "Collecter le linge souillé et approvisionner les offices d'étage en linge propre"),
                ("c2_chariot", "Préparer et garnir son chariot d'étage en début de service"),
                ("c2_epi", "Se protéger des risques chimiques en portant les équipements de protection adaptés"),
            ], "Mise en situation professionnelle dans les espaces communs d'un plateau technique, complétée d'un entretien technique."),
            ("RNCP76002BC03", "Contribuer à la qualité de service auprès de la clientèle", [
                ("c2_client", "Prendre en compte avec courtoisie les sollicitations des hôtes croisés dans les étages et les orienter vers le service compétent"),
                ("c2_controle", "Vérifier la conformité de la chambre à l'aide d'une grille d'autocontrôle avant de la libérer"),
                ("c2_organisation", "Gérer son temps de travail en tenant compte des priorités fixées par l'encadrement"),
                ("c2_confidentialite", "Respecter la confidentialité des informations relatives aux clients et à leur séjour"),
                ("c2_rendre_compte", "Rendre compte oralement ou par écrit à la gouvernante de l'avancement de son secteur"),
            ], "Entretien final avec le jury sur la base du dossier professionnel."),
        ],
    },
    {
        "num": "RNCP76011",
        "title": "CAP Assemblage et montage d'ensembles mécaniques",
        "abrege": ("CAP", "Certificat d'aptitude professionnelle"),
        "niveau": ("NIV3", "Niveau 3"),
        "romes": ["H2909", "H2901"],
        "style": "ul",
        "activites": [
            ("c3_act_general", "Le titulaire du CAP travaille en atelier de production de biens d'équipement, au sein d'entreprises de construction mécanique de toutes tailles."),
            ("c3_act_missions", "À partir d'un dossier technique, il prépare les composants, réalise les assemblages mécaniques et participe, sous la conduite d'un technicien, aux essais des ensembles montés."),
        ],
        "capacites": [
            ("c3_cap_pneu", "Identifier les composants pneumatiques d'un ensemble à partir de leur symbole."),
            ("c3_cap_dossier", "Exploiter un dossier technique de fabrication."),
            ("c3_cap_securite", "Appliquer les règles de sécurité de l'atelier."),
        ],
        "blocs": [
            ("RNCP76011BC01", "Préparer une opération de montage", [
                ("c3_plan", "Décoder le dossier technique (dessin d'ensemble, nomenclature, gamme) afin d'identifier les pièces à réunir et leur ordre de mise en place"),
                ("c3_approvisionner", "Rassembler les composants, la visserie et l'outillage nécessaires au poste en vérifiant leur conformité avec la nomenclature"),
                ("c3_kanban", "Gérer l'approvisionnement de son poste en appliquant les règles du système Kanban"),
                ("c3_levage", "Déplacer les pièces et ensembles lourds au moyen des appareils de levage de l'atelier en respectant les consignes de sécurité"),
                ("c3_postures", "Organiser son poste afin de limiter les efforts physiques et les positions contraignantes lors des manutentions"),
            ], "Épreuve pratique en atelier : préparation d'une opération à partir d'un dossier technique fourni."),
            ("RNCP76011BC02", "Réaliser un assemblage mécanique", [
                ("c3_assembler", "Réunir les composants mécaniques en modules fonctionnels en suivant la gamme opératoire"),
                ("c3_serrage", "Exécuter les vissages et boulonnages aux valeurs prescrites au moyen d'un outillage à déclenchement contrôlé"),
                ("c3_ajustage", "Effectuer les reprises manuelles nécessaires (limage, alésage, filetage) pour obtenir l'ajustement prévu"),
                ("c3_composants", "Mettre en place les composants standards (clavettes, goupilles, anneaux élastiques) selon les indications du dessin"),
                ("c3_mag", "Réaliser des points et cordons de soudure simples au procédé MIG-MAG sur des éléments de bâti"),
            ], "Épreuve pratique : réalisation d'un ensemble mécanique en temps limité, évaluée par un jury de professionnels."),
            ("RNCP76011BC03", "Contrôler et rendre compte", [
                ("c3_controle", "Vérifier les cotes et les jeux fonctionnels de l'ensemble monté au moyen des instruments de métrologie d'atelier"),
                ("c3_tracabilite", "Consigner sur les documents de suivi les opérations effectuées, les numéros de lot et les anomalies relevées"),
                ("c3_alerter", "Alerter sa hiérarchie en cas de non-conformité d'une pièce ou d'un ensemble"),
                ("c3_securite", "Appliquer les règles de sécurité du poste et porter les équipements de protection individuelle"),
                ("c3_communiquer", "Transmettre oralement à l'équipe suivante les informations sur l'état d'avancement du travail"),
            ], "Épreuve orale de 20 minutes à partir du compte rendu de l'épreuve pratique."),
        ],
    },
    {
        "num": "RNCP76012",
        "title": "Titre professionnel Technicien monteur / Technicienne monteuse d'équipements mécaniques",
        "abrege": ("TP", "Titre professionnel"),
        "niveau": ("NIV4", "Niveau 4"),
        "romes": ["H2909", "I1304"],
        "style": "p_br_ent",
        "activites": [
            ("c4_act_general", "Le technicien monteur assemble, règle et met en service des équipements mécaniques industriels : machines spéciales, lignes de production, groupes hydrauliques."),
            ("c4_act_usinage", "Il réalise si besoin des reprises d'usinage simples sur les pièces à monter."),
            ("c4_act_consignation", "Il intervient sur des équipements hors tension après leur consignation par un personnel habilité."),
        ],
        "capacites": [
            ("c4_cap_physique", "Prévenir les risques liés à l'activité physique lors des opérations de manutention."),
            ("c4_cap_qualite", "Contribuer à la démarche qualité de l'entreprise."),
        ],
        "blocs": [
            ("RNCP76012BC01", "Préparer et organiser le montage d'un équipement", [
                ("c4_plan", "Analyser les dessins de définition et d'ensemble ainsi que la nomenclature afin d'établir une chronologie de montage"),
                ("c4_cotation", "Décoder les spécifications géométriques et les intervalles de tolérance portés sur les dessins de définition"),
                ("c4_kaizen", "Proposer des améliorations du poste de travail dans le cadre d'ateliers Kaizen"),
                ("c4_numerique", "Consulter et compléter les documents de production sur un poste informatique ou un terminal portable"),
                ("c4_preparer", "Réunir l'outillage, les composants et les moyens de manutention nécessaires à l'opération"),
            ], "Mise en situation professionnelle : préparation du montage d'un équipement à partir d'un dossier technique, suivie d'un entretien technique."),
            ("RNCP76012BC02", "Monter des ensembles mécaniques et fluidiques", [
                ("c4_assembler", "Réaliser l'intégration des composants mécaniques en modules puis en équipement complet en respectant la gamme et les tolérances"),
                ("c4_serrage", "Appliquer les couples et séquences de vissage prescrits à l'aide d'outils étalonnés"),
                ("c4_guidage", "Installer les organes de guidage en rotation et de liaison mécanique (paliers, accouplements, poulies-courroies) en respectant les jeux fonctionnels"),
                ("c4_fluides", "Installer et relier les canalisations d'air comprimé et d'huile d'un équipement d'après son schéma fluidique"),
                ("c4_electrique", "Repérer sur un schéma les éléments électriques d'une machine (capteurs, moteurs, protections)"),
                ("c4_reglage", "Régler les jeux, positions et courses des mécanismes afin d'obtenir le fonctionnement attendu"),
            ], "Mise en situation professionnelle sur plateau technique : montage d'un sous-ensemble mécanique et fluidique."),
            ("RNCP76012BC03", "Contrôler, mettre au point et mettre en service", [
                ("c4_mmt", "Mesurer les pièces et ensembles à l'aide d'une machine à mesurer tridimensionnelle en appliquant la gamme de contrôle"),
                ("c4_controle", "Vérifier la conformité dimensionnelle et géométrique de l'ensemble monté avec les instruments de métrologie d'atelier"),
                ("c4_essais", "Conduire la mise au point et la mise en service de l'équipement en vérifiant ses performances par rapport au cahier des charges"),
                ("c4_tracabilite", "Rédiger le compte rendu de montage et d'essais et archiver les relevés dans le dossier de l'équipement"),
                ("c4_qualite", "Identifier les non-conformités et proposer des actions correctives"),
                ("c4_reception", "Participer à la réception de l'équipement chez le client en présentant son fonctionnement"),
            ], "Mise en situation professionnelle et entretien final avec le jury, appuyé sur le dossier professionnel."),
        ],
    },
]

# ======================================================== data_skills.py
"""Planted skills, part DEV. Phrasings are collected from the [[key|text]] markup of the offers."""

C1, C2, C3, C4 = "RNCP76001", "RNCP76002", "RNCP76011", "RNCP76012"
NV = ("nouveau",)
NB = ("nouveau_bloc",)

# key: (fiche, label, is_se, rome_code_ogr_for_competences, coverage, breadth_override, trend, new_block_group)
SKILLS = {
    # ------------------------------------------------------------------ G1501
    "g00": ("G1501", "Nettoyer et remettre en état les chambres", False, "761001",
            {C1: ("couvert", "c1_chambre"), C2: ("couvert", "c2_chambre")}, None, "stable", None),
    "g01": ("G1501", "Refaire les lits et changer le linge de lit", False, "761002",
            {C1: ("couvert", "c1_lits"), C2: ("couvert", "c2_lits")}, None, "stable", None),
    "g02": ("G1501", "Nettoyer les salles de bains et sanitaires", False, "761003",
            {C1: ("couvert", "c1_sdb"), C2: ("couvert", "c2_sdb")}, None, "stable", None),
    "g03": ("G1501", "Dépoussiérer le mobilier et aspirer les sols", False, "761004",
            {C1: ("couvert", "c1_surf"), C2: ("couvert", "c2_surf")}, None, "stable", None),
    "g04": ("G1501", "Réapprovisionner les produits d'accueil et le minibar", False, "761005",
            {C1: ("couvert", "c1_accueil"), C2: ("couvert", "c2_dotation")}, None, "stable", None),
    "g05": ("G1501", "Signaler les anomalies et pannes constatées en chambre", False, "761006",
            {C1: ("couvert", "c1_anomalie"), C2: ("faible", "c2_act_info")}, None, "stable", None),
    "g06": ("G1501", "Doser les produits d'entretien et appliquer les protocoles d'hygiène", False, "761007",
            {C1: ("couvert", "c1_dosage"), C2: ("couvert", "c2_dosage")}, None, "stable", None),
    "g07": ("G1501", "Trier, compter et gérer le linge", False, "761008",
            {C1: ("couvert", "c1_linge"), C2: ("faible", "c2_linge")}, None, "stable", None),
    "g08": ("G1501", "Entretenir les parties communes", False, "761009",
            {C1: ("couvert", "c1_communs"), C2: ("couvert", "c2_communs")}, None, "stable", None),
    "g09": ("G1501", "Communiquer en anglais avec la clientèle", False, "762016",
            {C1: ("faible", "c1_act_etrangers"), C2: NV}, None, "stable", None),
    "g10": ("G1501", "Répondre aux demandes des clients dans les étages", False, "761010",
            {C1: ("faible", "c1_client"), C2: ("couvert", "c2_client")}, None, "stable", None),
    "g11": ("G1501", "Organiser sa tournée de chambres et tenir la cadence", False, "761011",
            {C1: ("couvert", "c1_temps"), C2: ("faible", "c2_organisation")}, None, "stable", None),
    "g12": ("G1501", "Gérer les objets trouvés", False, "761012",
            {C1: ("faible", "c1_act_oublis"), C2: NV}, None, "stable", None),
    "g13": ("G1501", "Utiliser une monobrosse", False, "762005",
            {C1: ("elongation", "c1_autolav", "Matériel de nettoyage mécanisé", "Monobrosse", "Autolaveuse"), C2: NV},
            None, "stable", None),
    "g14": ("G1501", "Utiliser le logiciel de gestion hôtelière Mews", False, "762009",
            {C1: NV, C2: ("elongation", "c2_opera", "Logiciels de gestion hôtelière", "Logiciel Mews", "Logiciel Opera PMS")},
            None, "stable", None),
    "g15": ("G1501", "Appliquer les protocoles du label Clef Verte", False, "762012",
            {C1: ("elongation", "c1_ecolabel", "Labels environnementaux", "Label Clef Verte", "Écolabel européen"), C2: NV},
            None, "stable", None),
    "g16": ("G1501", "Nettoyer à la vapeur", False, "762001", {C1: NV, C2: NV}, None, "emergent", None),
    "g17": ("G1501", "Assurer le service des petits-déjeuners en chambre", False, "761013", {C1: NV, C2: NV}, None, "stable", None),
    "g18": ("G1501", "Réaliser le service de couverture du soir", False, "761014", {C1: NV, C2: NV}, None, "stable", None),
    "g19": ("G1501", "Repasser le linge", False, "761015", {C1: NV, C2: NV}, None, "stable", None),
    "g20": ("G1501", "Entretenir les cabines de soin et l'espace spa", False, None, {C1: NV, C2: NV}, "singulier", "stable", None),
    "g21": ("G1501", "Détecter la présence de punaises de lit", False, None, {C1: NB, C2: NB}, None, "stable", "prevention_punaises_de_lit"),
    "g22": ("G1501", "Isoler et ensacher le linge contaminé", False, None, {C1: NB, C2: NB}, None, "stable", "prevention_punaises_de_lit"),
    "g23": ("G1501", "Tenir le registre de suivi des traitements contre les nuisibles", False, None, {C1: NB, C2: NB}, None, "stable", "prevention_punaises_de_lit"),
    "gt1": ("G1501", "Porter secours en cas d'accident (Sauveteur Secouriste du Travail)", False, "762020",
            {C1: NV, C2: ("faible", "c2_cap_secours")}, "transversal", "stable", None),
    "gt2": ("G1501", "Manutentionner en sécurité (gestes et postures, PRAP)", False, "761060",
            {C1: ("couvert", "c1_postures"), C2: ("couvert", "c2_postures")}, "transversal", "stable", None),
    "gt3": ("G1501", "Renseigner des documents sur tablette ou outil informatique", False, "761061",
            {C1: ("faible", "c1_comm_equipe"), C2: ("faible", "c2_act_numerique")}, "transversal", "stable", None),
    "gs1": ("G1501", "Faire preuve de rigueur", True, "761050", {}, None, "stable", None),
    "gs2": ("G1501", "Faire preuve de discrétion", True, "761053", {}, None, "stable", None),
    "gs3": ("G1501", "Être ponctuel", True, None, {}, None, "stable", None),
    "gs4": ("G1501", "Travailler en équipe", True, "761051", {}, None, "stable", None),
    "gs5": ("G1501", "Faire preuve d'autonomie", True, "761052", {}, None, "stable", None),
    "gs6": ("G1501", "Avoir le sens du service", True, "761054", {}, None, "stable", None),
    "gs7": ("G1501", "Soigner sa présentation et son accueil", True, None, {}, None, "stable", None),
    "gs8": ("G1501", "Être motivé", True, None, {}, None, "stable", None),
    # ------------------------------------------------------------------ H2909
    "h01": ("H2909", "Lire et interpréter un plan d'ensemble mécanique", False, "761101",
            {C3: ("couvert", "c3_plan"), C4: ("couvert", "c4_plan")}, None, "stable", None),
    "h02": ("H2909", "Assembler des sous-ensembles mécaniques", False, "761102",
            {C3: ("couvert", "c3_assembler"), C4: ("couvert", "c4_assembler")}, None, "stable", None),
    "h03": ("H2909", "Serrer au couple à la clé dynamométrique", False, "761103",
            {C3: ("couvert", "c3_serrage"), C4: ("couvert", "c4_serrage")}, None, "stable", None),
    "h04": ("H2909", "Réaliser des contrôles dimensionnels (pied à coulisse, micromètre)", False, "761104",
            {C3: ("couvert", "c3_controle"), C4: ("couvert", "c4_controle")}, None, "stable", None),
    "h05": ("H2909", "Réaliser des travaux d'ajustage (perçage, taraudage)", False, "761105",
            {C3: ("couvert", "c3_ajustage"), C4: ("faible", "c4_act_usinage")}, None, "stable", None),
    "h06": ("H2909", "Monter des roulements et des éléments de transmission", False, "761106",
            {C3: ("faible", "c3_composants"), C4: ("couvert", "c4_guidage")}, None, "stable", None),
    "h07": ("H2909", "Renseigner les documents de traçabilité du montage", False, "761107",
            {C3: ("couvert", "c3_tracabilite"), C4: ("couvert", "c4_tracabilite")}, None, "stable", None),
    "h08": ("H2909", "Réaliser les essais fonctionnels", False, "761108",
            {C3: ("faible", "c3_act_missions"), C4: ("couvert", "c4_essais")}, None, "stable", None),
    "h09": ("H2909", "Raccorder des circuits pneumatiques et hydrauliques", False, "761109",
            {C3: ("faible", "c3_cap_pneu"), C4: ("couvert", "c4_fluides")}, None, "stable", None),
    "h10": ("H2909", "Réaliser un câblage électrique simple", False, "761110",
            {C3: NV, C4: ("faible", "c4_electrique")}, None, "stable", None),
    "h11": ("H2909", "Interpréter la cotation fonctionnelle et le tolérancement ISO", False, "762117",
            {C3: ("faible", "c3_plan"), C4: ("couvert", "c4_cotation")}, None, "stable", None),
    "h12": ("H2909", "Conduire un pont roulant (CACES R484)", False, "762113",
            {C3: ("faible", "c3_levage"), C4: NV}, None, "stable", None),
    "h13": ("H2909", "Détenir une habilitation électrique", False, "762115",
            {C3: NV, C4: ("faible", "c4_act_consignation")}, None, "stable", None),
    "h14": ("H2909", "Mesurer avec un bras de mesure 3D", False, "762104",
            {C3: NV, C4: ("elongation", "c4_mmt", "Instruments de mesure dimensionnelle", "Bras de mesure 3D", "Machine à mesurer tridimensionnelle")},
            None, "stable", None),
    "h15": ("H2909", "Appliquer la méthode 5S", False, "762109",
            {C3: ("elongation", "c3_kanban", "Méthodes d'organisation industrielle", "Méthode 5S", "Kanban"),
             C4: ("elongation", "c4_kaizen", "Méthodes d'organisation industrielle", "Méthode 5S", "Kaizen")},
            None, "stable", None),
    "h16": ("H2909", "Souder au procédé TIG", False, "762106",
            {C3: ("elongation", "c3_mag", "Techniques de soudage", "Soudage TIG", "Soudage MIG-MAG"), C4: NV},
            None, "stable", None),
    "h17": ("H2909", "Monter à partir de la maquette numérique 3D", False, "762119", {C3: NV, C4: NV}, None, "emergent", None),
    "h18": ("H2909", "Travailler sur un poste cobotisé (robot collaboratif)", False, None, {C3: NV, C4: NV}, "singulier", "stable", None),
    "h19": ("H2909", "Lire une documentation en anglais technique", False, "762121", {C3: NV, C4: NV}, None, "stable", None),
    "h20": ("H2909", "Aligner des arbres au laser", False, "761111", {C3: NV, C4: ("faible", "c4_reglage")}, None, "stable", None),
    "h21": ("H2909", "Monter en salle propre", False, None, {C3: NB, C4: NB}, None, "stable", "salle_propre"),
    "h22": ("H2909", "Appliquer les règles de protection ESD", False, None, {C3: NB, C4: NB}, None, "stable", "salle_propre"),
    "h23": ("H2909", "Appliquer la procédure d'habillage en zone contrôlée", False, None, {C3: NB, C4: NB}, None, "stable", "salle_propre"),
    "h24": ("H2909", "Maîtriser la contamination particulaire des pièces", False, None, {C3: NB, C4: NB}, None, "stable", "salle_propre"),
    "ht1": ("H2909", "Porter secours en cas d'accident (Sauveteur Secouriste du Travail)", False, "762020",
            {C3: NV, C4: NV}, "transversal", "stable", None),
    "ht2": ("H2909", "Manutentionner en sécurité (gestes et postures, PRAP)", False, "761060",
            {C3: ("couvert", "c3_postures"), C4: ("faible", "c4_cap_physique")}, "transversal", "stable", None),
    "ht3": ("H2909", "Renseigner des documents sur tablette ou outil informatique", False, "761061",
            {C3: NV, C4: ("couvert", "c4_numerique")}, "transversal", "stable", None),
    "hs1": ("H2909", "Faire preuve de rigueur", True, "761050", {}, None, "stable", None),
    "hs2": ("H2909", "Faire preuve de minutie", True, "761150", {}, None, "stable", None),
    "hs3": ("H2909", "Faire preuve d'autonomie", True, "761052", {}, None, "stable", None),
    "hs4": ("H2909", "Travailler en équipe", True, "761051", {}, None, "stable", None),
    "hs5": ("H2909", "Être ponctuel", True, None, {}, None, "stable", None),
    "hs6": ("H2909", "Faire preuve de dextérité", True, None, {}, None, "stable", None),
    "hs7": ("H2909", "Faire preuve de curiosité technique", True, "761151", {}, None, "stable", None),
}

# ======================================================== data_offers_g.py
"""Offers for G1501 (Valet / Femme de chambre). Markup: [[skillkey|text]] and [[N:kind|text]]."""

PLACES = {
    "LA_CLUSAZ": ("74 - LA CLUSAZ", "74220", "74080", 45.9047, 6.4236),
    "LYON01": ("69 - LYON 01", "69001", "69381", 45.7676, 4.8344),
    "LYON03": ("69 - LYON 03", "69003", "69383", 45.7597, 4.8494),
    "CHATEL": ("63 - CHATEL GUYON", "63140", "63103", 45.9225, 3.0658),
    "CHAMROUSSE": ("38 - CHAMROUSSE", "38410", "38567", 45.1253, 5.8761),
    "VILLARD": ("38 - VILLARD DE LANS", "38250", "38548", 45.0717, 5.5531),
    "AIX": ("73 - AIX LES BAINS", "73100", "73008", 45.6885, 5.9153),
    "LE_PUY": ("43 - LE PUY EN VELAY", "43000", "43157", 45.0434, 3.8858),
    "ANNECY": ("74 - ANNECY", "74000", "74010", 45.8992, 6.1294),
    "CLERMONT": ("63 - CLERMONT FERRAND", "63000", "63113", 45.7772, 3.0870),
    "VALENCE": ("26 - VALENCE", "26000", "26362", 44.9334, 4.8924),
    "VAL_ISERE": ("73 - VAL D ISERE", "73150", "73304", 45.4486, 6.9806),
    # H2909
    "VOIRON": ("38 - VOIRON", "38500", "38563", 45.3645, 5.5890),
    "ST_PRIEST": ("69 - ST PRIEST", "69800", "69290", 45.6964, 4.9439),
    "ANDREZIEUX": ("42 - ANDREZIEUX BOUTHEON", "42160", "42005", 45.5264, 4.2600),
    "CHAMBERY": ("73 - CHAMBERY", "73000", "73065", 45.5646, 5.9178),
    "CLUSES": ("74 - CLUSES", "74300", "74081", 46.0608, 6.5797),
    "MONTLUCON": ("03 - MONTLUCON", "03100", "03185", 46.3404, 2.6036),
    "VALENCE_H": ("26 - VALENCE", "26000", "26362", 44.9334, 4.8924),
    "RIOM": ("63 - RIOM", "63200", "63300", 45.8936, 3.1126),
    "MEYLAN": ("38 - MEYLAN", "38240", "38229", 45.2096, 5.7789),
    "ST_FONS": ("69 - ST FONS", "69190", "69199", 45.7086, 4.8533),
    "OYONNAX": ("01 - OYONNAX", "01100", "01283", 46.2561, 5.6556),
    "AURILLAC": ("15 - AURILLAC", "15000", "15014", 44.9264, 2.4397),
    "ANNONAY": ("07 - ANNONAY", "07100", "07010", 45.2397, 4.6708),
}

# employer key: (nom, entreprise.description or None, codeNAF, secteurActiviteLibelle, trancheEffectif)
EMPLOYERS_G = {
    "BEL": ("HOTEL LE BELVEDERE DES ARAVIS", "Hôtel familial 4 étoiles au pied des pistes de La Clusaz.", "55.10Z", "Hôtels et hébergement similaire", "20 à 49 salariés"),
    "TER": ("GRAND HOTEL DES TERREAUX", None, "55.10Z", "Hôtels et hébergement similaire", "50 à 99 salariés"),
    "SRC": ("RESIDENCE THERMALE LES SOURCES", "Résidence de tourisme thermale à Châtel-Guyon.", "55.20Z", "Hébergement touristique et autre hébergement de courte durée", "20 à 49 salariés"),
    "LUM": ("HOTEL LUMIERE PART-DIEU", None, "55.10Z", "Hôtels et hébergement similaire", "20 à 49 salariés"),
    "ALP": ("ALPINTERIM", "Agence d'emploi spécialisée hôtellerie-restauration.", "78.20Z", "Activités des agences de travail temporaire", "10 à 19 salariés"),
    "CHB": ("DOMAINE DES RIVES DU LAC", None, "55.10Z", "Hôtels et hébergement similaire", "20 à 49 salariés"),
    "ANN": ("HOTEL LES RIVES D'ANNECY", "Hôtel 3 étoiles familial face au lac.", "55.10Z", "Hôtels et hébergement similaire", "10 à 19 salariés"),
    "PUY": ("AUBERGE DU VIEUX PUY", None, "55.10Z", "Hôtels et hébergement similaire", "6 à 9 salariés"),
    "JAU": ("APPART'HOTEL JAUDE CENTRE", None, "55.20Z", "Hébergement touristique et autre hébergement de courte durée", "10 à 19 salariés"),
    "AVAL": ("HOTEL DU CHAMP DE MARS", None, "55.10Z", "Hôtels et hébergement similaire", "20 à 49 salariés"),
    "VDI": ("CHALET HOTEL L'ISEROISE", None, "55.10Z", "Hôtels et hébergement similaire", "20 à 49 salariés"),
}

CDI = ("CDI", "Contrat à durée indéterminée")
def CDD(m): return ("CDD", "Contrat à durée déterminée - %d Mois" % m)
def SAI(m): return ("SAI", "Contrat travail saisonnier - %d Mois" % m)
def MIS(m): return ("MIS", "Mission intérimaire - %d Mois" % m)
DEB = ("D", "Débutant accepté")
def EXP(y, unit="An(s)"): return ("E", "%s %s" % (y, unit))

FORM_CAP_HOT = ("42752", "Hôtellerie", "CAP, BEP et équivalents")

OFFERS_G = [
 dict(n=1, emp="BEL", place="LA_CLUSAZ", week=1, day=0, hour="09:12", title="Valet / Femme de chambre (H/F) - saison d'hiver", app="760101",
      ctr=SAI(5), exp=EXP(1), form=(FORM_CAP_HOT, "S", "CAP hôtellerie apprécié"),
      comp=[("g01", "E"), ("g02", "E"), ("g18", "S")], qual=["gs6"],
      sal=("Mensuel de 1900.00 Euros sur 12 mois", "Logé, nourri"), contact=None,
      text="""[[N:entreprise|Maison familiale depuis 1962]], l'Hôtel Le Belvédère des Aravis est un [[N:entreprise|hôtel 4 étoiles de 42 chambres et suites]] situé au pied des pistes de La Clusaz. Pour la [[N:contrat|saison d'hiver 2026-2027]], nous recherchons un valet ou une femme de chambre.

[[N:titre|VOS MISSIONS]]
- [[g01|faire les lits]] en départ et en recouche
- [[g02|nettoyage des salles de bains]]
- [[g04|réassort des produits d'accueil]]
- [[g18|service de couverture]] en soirée
- [[g17|service des petits-déjeuners en chambre]]

[[N:titre|PROFIL RECHERCHÉ]]
[[N:niveau|Première expérience en hôtellerie haut de gamme souhaitée]]. Un [[g09|anglais courant]] est apprécié : [[N:entreprise|notre clientèle est à 60 % étrangère]]. Vous êtes [[gs2|discret]](e) et avez le [[gs6|sens du service]].

[[N:titre|NOUS VOUS OFFRONS]] : [[N:avantage|logement fourni]], [[N:avantage|repas pris sur place]], [[N:avantage|forfait de ski saison offert]], [[N:salaire|1 900 € brut mensuel]] + [[N:avantage|pourboires]]. [[N:horaires|Deux jours de repos consécutifs]].

[[N:candidature|Envoyez CV et lettre de motivation]] à [[N:contact|recrutement@belvedere-aravis.fr]]"""),

 dict(n=2, emp="LUM", place="LYON03", week=1, day=1, hour="14:40", title="Employé d'étage (H/F)", app="760102",
      ctr=CDI, exp=EXP(1), form=None, comp=[], qual=[],
      sal=("Mensuel de 1880.00 Euros sur 12 mois", None), contact=None,
      text="""[[N:entreprise|Hôtel 3 étoiles de 120 chambres]] appartenant au [[N:entreprise|groupe Hôtelia Rhône (14 établissements)]], l'Hôtel Lumière Part-Dieu recrute un(e) employé(e) d'étage [[N:contrat|en CDI à temps plein]]. Rattaché(e) à la gouvernante générale, vous prenez en charge votre secteur : [[g01|réfection des lits]], [[g02|nettoyage des sanitaires]], [[g03|aspiration des sols]] et [[g08|entretien des parties communes]]. Vous savez [[g11|respecter la cadence]] tout en garantissant le niveau de qualité attendu. Chaque changement de statut de chambre est enregistré dans l'[[g14|application Mews]] et les fiches de contrôle sont complétées par [[gt3|saisie sur tablette]]. Vous pensez à [[g05|signaler les dysfonctionnements]] au service technique. Depuis 2025, l'hôtel est particulièrement vigilant : [[g21|détection des punaises de lit]] à chaque départ, [[g22|isolement du linge contaminé]] et tenue du [[g23|registre de suivi des nuisibles]]. Une formation interne aux [[gt2|gestes et postures]] est assurée à l'arrivée. [[N:horaires|Horaires : 8h-15h30]], [[N:horaires|un week-end sur deux]]. [[N:salaire|Salaire : 1 880 € brut]] + [[N:avantage|prime d'assiduité]]. [[N:avantage|Mutuelle d'entreprise]], [[N:avantage|tickets restaurant]], [[N:avantage|remboursement à 50 % du titre de transport]]."""),

 dict(n=3, emp="SRC", place="CHATEL", week=2, day=2, hour="10:05", title="Agent d'étage polyvalent (H/F)", app="760104",
      ctr=CDD(3), exp=DEB, form=None,
      comp=[("g03", "E"), ("g07", "E"), ("g19", "S"), ("gt1", "S")], qual=["gs1", "gs5"],
      sal=("Horaire de 12.10 Euros sur 12 mois", None), contact=None,
      text="""Les Sources – Résidence Thermale
[[N:entreprise|Créée en 1987]], notre [[N:entreprise|résidence de tourisme de 110 appartements]] accueille curistes et vacanciers à deux pas des thermes de Châtel-Guyon. [[N:entreprise|Établissement ouvert de mars à novembre]].

Poste : agent(e) d'étage polyvalent(e)
Vous assurez le [[g03|dépoussiérage du mobilier]] des appartements, la [[g07|gestion du linge]] (draps, serviettes, peignoirs) ainsi que la [[g20|remise en état des cabines de soin]] de notre espace bien-être. Le [[g19|repassage]] des nappes vous sera également confié. Le [[g06|dosage des produits d'entretien]] doit être scrupuleusement respecté.

Vous êtes titulaire du [[gt1|SST]] ou prêt(e) à le passer. Vous êtes [[gs1|rigoureux]](se) et [[gs5|autonome]].

[[N:contrat|CDD de 3 mois]], [[N:horaires|28h par semaine]], [[N:horaires|du mardi au samedi]]. [[N:salaire|12,10 € brut de l'heure]].
[[N:candidature|Candidature par mail avec CV]]."""),

 dict(n=4, emp="TER", place="LYON01", week=3, day=0, hour="08:30", title="Valet / Femme de chambre H/F", app="760101",
      ctr=CDI, exp=EXP(2), form=(FORM_CAP_HOT, "E", "CAP dans l'hôtellerie exigé"),
      comp=[("g01", "E"), ("g02", "E"), ("g10", "S"), ("g12", "S")], qual=["gs6", "gs4"],
      sal=("Mensuel de 2050.00 Euros sur 13 mois", "13e mois après un an"), contact=None,
      text="""Le Grand Hôtel des Terreaux ([[N:entreprise|96 chambres]], [[N:entreprise|classé 4 étoiles]]) a rouvert ses portes [[N:entreprise|en 2021 après deux ans de rénovation]]. Au cœur de la Presqu'île, nous cultivons une hôtellerie attentive et chaleureuse.

Nous recrutons un·e valet·te / femme de chambre.

[[N:titre|Ce que vous ferez]] :
• [[g01|changement du linge de lit]] selon nos standards
• [[g02|nettoyage des salles de bains]]
• [[g04|remise en place des produits d'accueil]]
• [[g17|room service]] en renfort de la réception le matin
• [[g18|couverture du soir]] pour les suites
• [[g12|gestion des objets trouvés]]

Vous aimez la [[g10|relation avec la clientèle]] et maîtrisez des [[g09|notions d'anglais]]. Vous êtes [[gs7|souriant]]·e. [[N:diplome_requis|CAP dans l'hôtellerie exigé]].

[[N:contrat|CDI]] – [[N:horaires|39h hebdomadaires]] – [[N:salaire|2 050 € brut mensuel]] – [[N:avantage|13e mois après un an]]. [[N:avantage|Repas offerts]], [[N:avantage|CSE]], [[N:avantage|uniforme fourni et entretenu]].
[[N:candidature|Postulez via notre site carrières]]."""),

 dict(n=5, emp="ALP", place="CHAMROUSSE", week=3, day=3, hour="16:20", title="Femme / Valet de chambre (H/F)", app="760101",
      ctr=MIS(3), exp=EXP(6, "Mois"), form=None,
      comp=[("nocode", "g22", "Isolement du linge contaminé", "S")], qual=[],
      sal=("Horaire de 12.40 Euros sur 12 mois", "+ 10 % IFM + 10 % ICP"), contact=None,
      text="""Alpinterim, [[N:entreprise|agence d'emploi spécialisée dans l'hôtellerie-restauration depuis 2004]], recherche [[N:entreprise|pour son client]], un hôtel 4 étoiles de Chamrousse, un(e) femme / valet de chambre en [[N:contrat|mission intérim de 3 mois renouvelable]].

[[N:titre|Vos missions]] :
- [[g01|refaire les lits]] selon les standards de l'établissement
- [[g02|nettoyer les sanitaires]]
- [[g03|aspirer les moquettes]]
- [[g06|respecter les protocoles d'hygiène]]
- [[g21|repérer les punaises de lit]], [[g22|ensacher le linge contaminé]] et compléter la [[g23|traçabilité des traitements anti-nuisibles]]

Profil : vous savez [[g11|organiser votre tournée de chambres]]. [[N:niveau|6 mois d'expérience minimum]] sur un poste similaire. [[gt1|Sauveteur Secouriste du Travail]] apprécié, formation [[gt2|PRAP]] appréciée.

[[N:salaire|Taux horaire : 12,40 €]] + [[N:avantage|10 % de fin de mission]] + [[N:avantage|10 % de congés payés]]. [[N:avantage|Navette depuis Grenoble]].
[[N:candidature|Inscrivez-vous en agence ou postulez en ligne]]."""),

 dict(n=6, emp="CHB", place="AIX", week=4, day=1, hour="11:00", title="Femme de chambre / Valet de chambre", app="760101",
      ctr=CDD(6), exp=DEB, form=None,
      comp=[("g01", "E"), ("g08", "E"), ("g13", "S"), ("g15", "S"), ("gt2", "S")], qual=[],
      sal=("Mensuel de 1850.00 Euros sur 12 mois", "Prime de fin de saison"), contact=None,
      text="""🌿 Domaine des Rives du Lac – Aix-les-Bains 🌿
[[N:entreprise|Hôtel & résidence 4 étoiles]] les pieds dans l'eau, [[N:entreprise|62 chambres et 20 appartements]].

🛏️ Vos missions :
✅ [[g01|faire les lits]] (départs et recouches)
✅ [[g02|nettoyage des sanitaires]]
✅ [[g08|nettoyage des couloirs et paliers]] à la [[g13|monobrosse]]
✅ [[g05|signaler toute anomalie technique]]
✅ appliquer nos [[g15|protocoles Clef Verte]]

💪 [[gt2|Port de charges]] fréquent : une formation est assurée.
📅 [[N:contrat|CDD de 6 mois]] – [[N:horaires|35h]]
💶 [[N:salaire|1 850 € brut/mois]] + [[N:avantage|prime de fin de saison]]
🚗 [[N:avantage|Parking gratuit]]
📩 [[N:candidature|CV à envoyer à]] [[N:contact|emploi@rivesdulac-aix.fr]]"""),

 dict(n=7, emp="PUY", place="LE_PUY", week=4, day=3, hour="09:45", title="Femme de chambre (H/F)", app="760101",
      ctr=CDD(2), exp=DEB, form=None, comp=[], qual=[], nom_absent=True,
      sal=("Horaire de 11.88 Euros sur 12 mois", None), contact=None,
      text="""[[N:entreprise|Auberge de caractère de 18 chambres]] au pied de la cathédrale recherche une personne pour l'[[g00|entretien des chambres]] et des [[g08|parties communes]]. Travail en [[N:horaires|matinée de 8h à 12h]], [[N:horaires|week-ends inclus]]. Vous devrez [[g01|faire les lits]] et aurez aussi en charge le [[g07|tri du linge sale]], le [[g19|repassage]] et un passage hebdomadaire de la [[g13|monobrosse]] dans la salle. Un [[g03|dépoussiérage du mobilier]] soigné est attendu. [[N:niveau|Débutant accepté]], [[gs3|ponctualité]] exigée. [[N:contrat|CDD de 2 mois]], [[N:horaires|20h/semaine]]. [[N:salaire|SMIC horaire]]. [[N:candidature|Se présenter directement à l'auberge avec un CV]]."""),

 dict(n=8, emp="ANN", place="ANNECY", week=5, day=0, hour="10:30", title="Employé·e d'étage", app="760102",
      ctr=CDI, exp=EXP(1), form=None, comp=[], qual=["gs4"],
      sal=("Mensuel de 1900.00 Euros sur 13 mois", "13e mois"),
      contact=dict(nom="Mme Vuillermoz", telephone="0641228710", courriel="direction@rives-annecy.fr"),
      text="""Hôtel Les Rives d'Annecy ★★★
[[N:entreprise|Entreprise familiale]] depuis trois générations, [[N:entreprise|58 chambres avec vue lac]].

Nous recherchons un·e employé·e d'étage [[gs8|motivé·e]] pour compléter notre équipe de 8 personnes.

[[N:titre|MISSIONS]]
- [[g00|nettoyage des chambres]] et [[g01|réfection des lits]]
- [[g02|nettoyage des salles de bains]]
- [[g04|réapprovisionner le minibar]]
- [[g18|service de couverture]] en haute saison
- [[g12|objets trouvés]] : enregistrement et transmission à la réception
- mise à jour du statut des chambres sur le [[g14|logiciel Mews]] via une [[gt3|tablette numérique]]

[[N:titre|PROFIL]]
[[g09|Anglais de base]] indispensable. [[gs4|Esprit d'équipe]], [[gs7|bonne présentation]].

[[N:contrat|CDI]] [[N:horaires|35h]], [[N:salaire|1 900 € brut]] + [[N:avantage|13e mois]], [[N:avantage|mutuelle prise en charge à 60 %]], [[N:avantage|tickets restaurant de 9 €]].
[[N:contact|Contact : Mme Vuillermoz - 06 41 22 87 10 - direction@rives-annecy.fr]]"""),

 dict(n=9, emp="BEL", place="LA_CLUSAZ", week=6, day=2, hour="15:10", title="Valet de chambre / Femme de chambre - hôtel 4*", app="760101",
      ctr=SAI(4), exp=EXP(1), form=None,
      comp=[("g01", "E"), ("g17", "S"), ("g18", "S"), ("g10", "S")], qual=["gs6"],
      sal=("Mensuel de 1950.00 Euros sur 12 mois", "Logé, nourri"), contact=None,
      text="""Le Belvédère des Aravis prépare sa saison d'hiver ! [[N:entreprise|Hôtel 4 étoiles de 42 chambres et suites]], nous sommes une [[N:entreprise|maison familiale depuis 1962]].

Au sein d'une brigade de 6 personnes, vous assurez la [[g01|réfection des lits]], le [[g02|nettoyage des salles de bains]] et le [[g03|dépoussiérage du mobilier]]. Le soir, vous réalisez le [[g18|service de couverture]] et participez au [[g17|room service]]. Vous êtes l'interlocuteur·rice des clients dans les étages et savez [[g10|répondre aux demandes des clients]]. Vous pensez à [[g05|signaler toute anomalie technique]]. L'hôtel est engagé dans une [[g15|démarche Clef Verte]] que vous appliquerez au quotidien.

[[N:contrat|Contrat saisonnier du 12 décembre au 19 avril]]. [[N:avantage|Logé·e, nourri·e]]. [[N:salaire|1 950 € brut]]. [[N:candidature|Entretien en visio possible]]."""),

 dict(n=10, emp="AVAL", place="VALENCE", week=6, day=4, hour="08:05", title="Valet / Femme de chambre", app="760101",
      ctr=CDD(6), exp=EXP(1), form=(FORM_CAP_HOT, "S", "Titre professionnel Agent d'hôtellerie d'étage"), nom_absent=True,
      comp=[("g01", "E"), ("g02", "E"), ("g07", "S"), ("g08", "S")], qual=["gs1"],
      sal=("Mensuel de 1801.80 Euros sur 12 mois", None), contact=None,
      text="""[[N:entreprise|Hôtel 3 étoiles de 64 chambres]] situé en centre-ville de Valence recrute un(e) valet/femme de chambre.

[[N:titre|Compétences attendues]] :
- [[g01|faire les lits]]
- [[g02|nettoyer les sanitaires]]
- [[g04|réassort des produits d'accueil]]
- [[g07|comptage du linge]]
- [[g08|entretien des parties communes]] (passage de la [[g13|monobrosse]])

[[N:niveau|Expérience d'un an exigée]]. [[gs3|Ponctuel]](le) et [[gs1|rigoureux]](se). [[N:diplome_requis|Titre professionnel Agent d'hôtellerie d'étage]] apprécié.
[[N:contrat|CDD de 6 mois évolutif en CDI]], [[N:horaires|du lundi au vendredi]], [[N:horaires|7h-14h]]."""),

 dict(n=11, emp="SRC", place="CHATEL", week=7, day=1, hour="09:25", title="Agent d'entretien thermal / Femme de chambre (H/F)", app="760104",
      ctr=CDD(2), exp=DEB, form=None, comp=[], qual=[],
      sal=("Horaire de 12.10 Euros sur 12 mois", None), contact=None,
      text="""Résidence Thermale Les Sources — [[N:entreprise|Créée en 1987]], [[N:entreprise|110 appartements]], [[N:entreprise|20 salariés à l'année]].
Nous renforçons l'équipe pour l'arrière-saison. Vos missions : [[g20|entretien de l'espace spa]] (hammam, vestiaires, cabines), [[g02|nettoyage des sanitaires]], [[g03|aspiration des sols]] et [[g19|repassage]] du linge de table. Nous passons progressivement au [[g16|nettoyage vapeur]] sans produits chimiques : vous serez formé(e) à l'utilisation du [[g16|nettoyeur vapeur]]. [[g06|Respect des protocoles d'hygiène]] indispensable en milieu thermal. Les [[gt2|gestes et postures]] font partie de nos formations obligatoires. Titulaire du [[gt1|SST]] : un plus.
[[N:contrat|CDD jusqu'au 30 novembre]], [[N:horaires|30h hebdomadaires]], [[N:salaire|12,10 €/h]]. [[N:avantage|Accès gratuit aux bassins]]."""),

 dict(n=12, emp="LUM", place="LYON03", week=7, day=3, hour="13:50", title="Valet / Femme de chambre - hôtel d'affaires", app="760101",
      ctr=CDI, exp=EXP(1), form=(FORM_CAP_HOT, "S", "CAP hôtellerie"), nom_absent=True,
      comp=[("g01", "E"), ("g02", "E"), ("g14", "S"), ("nocode", "g21", "Détection des punaises de lit", "E"), ("gt3", "S")], qual=[],
      sal=("Mensuel de 1880.00 Euros sur 12 mois", None), contact=None,
      text="""Hôtel Lumière Part-Dieu – [[N:entreprise|groupe Hôtelia Rhône (14 établissements)]]

[[N:titre|VOS MISSIONS]]
Au sein d'une équipe de 12 valets et femmes de chambre :
- [[g00|remise en état des chambres]] (départs et recouches)
- [[g01|faire les lits]]
- [[g02|nettoyage des salles de bains]]
- [[g08|parties communes]] : ascenseurs, couloirs
- [[g21|détection des punaises de lit]], [[g22|isolement du linge contaminé]], mise à jour du [[g23|registre de suivi des nuisibles]]
- statut des chambres dans l'[[g14|application Mews]]
- [[g05|signaler les dysfonctionnements]]

[[N:titre|PROFIL RECHERCHÉ]]
Vous savez [[g11|respecter la cadence]] d'un hôtel d'affaires. Le [[gt1|SST]] serait un plus. À l'aise avec la [[gt3|saisie sur tablette]].

[[N:contrat|CDI]] – [[N:horaires|35h]] – [[N:salaire|1 880 € brut]] – [[N:avantage|mutuelle]] – [[N:avantage|tickets restaurant]] – [[N:avantage|CSE]]"""),

 dict(n=13, emp="JAU", place="CLERMONT", week=8, day=2, hour="10:40", title="Agent·e d'hébergement", app="760103",
      ctr=CDI, exp=DEB, form=None, comp=[], qual=["gs5"],
      sal=("Horaire de 12.20 Euros sur 12 mois", "Prime de fin d'année"), contact=None,
      text="""Appart'hôtel Jaude Centre, [[N:entreprise|75 studios et appartements]] en plein centre de Clermont-Ferrand, recherche un·e agent·e d'hébergement. Vous serez chargé·e de l'[[g00|entretien des chambres]] et studios : [[g01|changement du linge de lit]], [[g02|nettoyage des salles de bains]] et kitchenettes, [[g03|dépoussiérage du mobilier]]. Vous assurez aussi le [[g07|tri du linge sale]] et le [[g19|repassage]] ponctuel. Le [[g06|dosage des produits d'entretien]] se fait via une centrale de dilution. Vous êtes capable de [[g11|respecter la cadence]] les jours de forte rotation. Une sensibilisation au [[gt2|port de charges]] est prévue. Personne [[gs5|autonome]] et [[gs1|rigoureuse]]. [[N:contrat|CDI à temps partiel]] [[N:horaires|(24h)]], [[N:horaires|horaires en journée]], [[N:salaire|12,20 € brut/heure]], [[N:avantage|prime de fin d'année]]."""),

 dict(n=14, emp="TER", place="LYON01", week=9, day=0, hour="09:00", title="Femme / Valet de chambre (H/F) - CDI", app="760101",
      ctr=CDI, exp=EXP(1), form=None,
      comp=[("g02", "E"), ("g04", "E"), ("g09", "S"), ("nocode", "g23", "Traçabilité nuisibles", "S")], qual=["gs6"],
      sal=("Mensuel de 2050.00 Euros sur 13 mois", None),
      contact=dict(nom="Service recrutement", telephone="0478281450", courriel="rh@grandhotel-terreaux.fr"),
      text="""Grand Hôtel des Terreaux — [[N:entreprise|classé 4 étoiles]], [[N:entreprise|96 chambres]] au cœur de la Presqu'île. [[N:entreprise|Notre équipe de 60 collaborateurs]] vous attend.

Poste : femme / valet de chambre en [[N:contrat|CDI]]
[[N:titre|Vos missions]] :
→ [[g02|nettoyage des salles de bains]] ; depuis cet automne, joints et robinetteries sont traités au [[g16|nettoyeur vapeur]]
→ [[g04|réassort des produits d'accueil]]
→ [[g17|monter les plateaux petit-déjeuner]]
→ [[g21|détection des punaises de lit]], [[g22|ensacher le linge contaminé]], tenue du [[g23|registre de suivi des nuisibles]]
→ fiches de contrôle complétées par [[gt3|saisie sur tablette]]

Vous avez des [[g09|notions d'anglais]] et le goût de la [[g10|relation avec la clientèle]].
[[N:salaire|2 050 € brut mensuel]], [[N:avantage|13e mois]], [[N:avantage|repas offerts]], [[N:horaires|2 jours de repos fixes]].
[[N:candidature|Envoyez votre candidature]] à [[N:contact|rh@grandhotel-terreaux.fr]]"""),

 dict(n=15, emp="ALP", place="VILLARD", week=9, day=3, hour="17:05", title="Agent d'étage (H/F)", app="760102",
      ctr=MIS(4), exp=DEB, form=None, comp=[], qual=[], nom_absent=True,
      sal=("Horaire de 12.30 Euros sur 12 mois", None), contact=None,
      text="""Pour notre client, [[N:entreprise|résidence de tourisme 3 étoiles]] à Villard-de-Lans, nous recherchons un(e) agent(e) d'étage en [[N:contrat|mission de 4 mois]]. Au programme : [[g01|refaire les lits]], [[g03|aspiration des sols]], [[g07|gestion du linge]], [[g08|nettoyage des couloirs et paliers]], [[g05|remontée des pannes]] au responsable technique. Il faut savoir [[g11|organiser votre tournée de chambres]]. Certificat [[gt1|SST]] et sensibilisation [[gt2|PRAP]] bienvenus. [[N:salaire|12,30 €/h]] + [[N:avantage|IFM et ICP]] + [[N:avantage|prime de transport]]. [[N:candidature|Postulez en ligne]]."""),

 dict(n=16, emp="ANN", place="ANNECY", week=10, day=1, hour="11:15", title="Femme de chambre / Valet de chambre", app="760101",
      ctr=CDI, exp=EXP(1), form=None,
      comp=[("g01", "E"), ("g04", "E"), ("g14", "S"), ("g16", "S"), ("g09", "S")], qual=[],
      sal=("Mensuel de 1900.00 Euros sur 13 mois", None),
      contact=dict(nom="Mme Vuillermoz", telephone="0641228710", courriel="direction@rives-annecy.fr"),
      text="""☀️ Hôtel Les Rives d'Annecy recrute ! ☀️
[[N:entreprise|Entreprise familiale]], [[N:entreprise|58 chambres avec vue lac]].
👉 Vos missions : [[g01|faire les lits]], [[g02|nettoyer les sanitaires]], [[g04|réapprovisionner le minibar]], [[g06|dosage des produits d'entretien]], [[g16|nettoyage à la vapeur]] des sols et des textiles.
👉 Vous utiliserez le [[g14|logiciel Mews]] sur [[gt3|tablette numérique]].
👉 [[g09|Anglais de base]] souhaité.
🎁 [[N:avantage|13e mois]], [[N:avantage|mutuelle prise en charge à 60 %]], [[N:avantage|tickets restaurant de 9 €]], [[N:avantage|vélo de fonction]].
📝 [[N:contrat|CDI]] – [[N:horaires|35h]] – [[N:horaires|week-ends par roulement]].
📞 [[N:contact|Contact : Mme Vuillermoz - 06 41 22 87 10]]"""),

 dict(n=17, emp="CHB", place="AIX", week=10, day=3, hour="14:30", title="Valet / Femme de chambre (H/F)", app="760101",
      ctr=CDD(7), exp=EXP(1), form=(FORM_CAP_HOT, "S", "CAP Services d'hébergement et d'étage"),
      comp=[], qual=["gs2"],
      sal=("Mensuel de 1980.00 Euros sur 12 mois", None), contact=None,
      text="""Domaine des Rives du Lac ([[N:entreprise|hôtel & résidence 4 étoiles]], Aix-les-Bains) recherche un valet ou une femme de chambre pour sa saison d'automne-hiver.

[[N:titre|VOS MISSIONS]]
La [[g01|réfection des lits]], le [[g03|dépoussiérage du mobilier]] et le [[g16|nettoyage vapeur]] des salles d'eau constituent le cœur du poste. Vous appliquez nos [[g15|protocoles Clef Verte]], savez [[g10|répondre aux demandes des clients]] et assurez la [[g12|gestion des objets trouvés]]. Vous devez [[g05|signaler toute anomalie technique]] par [[gt3|saisie sur tablette]].

[[N:titre|PROFIL RECHERCHÉ]]
[[N:diplome_requis|CAP Services d'hébergement et d'étage]] souhaité. [[gs2|Discrétion]] et [[gs4|travail en équipe]].

[[N:contrat|CDD de 7 mois]], [[N:horaires|39h]], [[N:salaire|1 980 € brut]], [[N:avantage|heures supplémentaires majorées]], [[N:avantage|logement possible]]."""),

 dict(n=18, emp="BEL", place="LA_CLUSAZ", week=11, day=0, hour="10:00", title="Femme de chambre / Valet (H/F) - dernier poste saison", app="760101",
      ctr=SAI(4), exp=EXP(1), form=None,
      comp=[("g17", "S"), ("g18", "S"), ("g15", "S"), ("g04", "E")], qual=["gs6"],
      sal=("Mensuel de 1900.00 Euros sur 12 mois", "Logé, nourri"), contact=None,
      text="""Hôtel Le Belvédère des Aravis – La Clusaz
Dernier poste à pourvoir pour la saison ! [[N:entreprise|Hôtel 4 étoiles de 42 chambres et suites]], [[N:entreprise|maison familiale depuis 1962]].

Missions : [[g01|faire les lits]], [[g02|nettoyage des salles de bains]] (nous avons adopté le [[g16|nettoyage vapeur]] cette année), [[g04|réassort des produits d'accueil]], [[g18|couverture du soir]], [[g17|service des petits-déjeuners en chambre]]. Vous suivez notre [[g15|démarche Clef Verte]].
Profil : [[g09|anglais courant]], [[gs6|sens du service]], [[gs7|bonne présentation]].
[[N:contrat|Saisonnier]] [[N:horaires|39h]], [[N:avantage|logement fourni]], [[N:avantage|forfait de ski saison offert]], [[N:salaire|1 900 € brut mensuel]]."""),

 dict(n=19, emp="SRC", place="CHATEL", week=12, day=1, hour="09:40", title="Agent d'étage et spa (H/F) - réouverture", app="760104",
      ctr=CDD(5), exp=DEB, form=None, comp=[], qual=["gs1", "gs2"],
      sal=("Horaire de 12.10 Euros sur 12 mois", None), contact=None,
      text="""Résidence Thermale Les Sources (Châtel-Guyon) – [[N:entreprise|Créée en 1987]]

[[N:titre|VOS MISSIONS]]
- [[g20|remise en état des cabines de soin]] entre deux curistes
- [[g20|entretien de l'espace spa]]
- [[g16|nettoyage à la vapeur]] des surfaces et équipements
- [[g03|aspiration des sols]] des appartements
- [[g07|tri du linge sale]] et [[g19|repassage]]
- [[g06|dosage des produits d'entretien]]

[[N:titre|PROFIL RECHERCHÉ]]
[[gt1|Sauveteur Secouriste du Travail]] souhaité, formation aux [[gt2|gestes et postures]] appréciée. [[gs1|Rigueur]] et [[gs2|discrétion]].

[[N:contrat|CDD de 5 mois]] (réouverture en mars), [[N:horaires|28h par semaine]], [[N:salaire|12,10 € brut de l'heure]], [[N:avantage|accès gratuit aux bassins]]."""),

 dict(n=20, emp="VDI", place="VAL_ISERE", week=12, day=3, hour="16:45", title="Valet / Femme de chambre - palace 5*", app="760101",
      ctr=SAI(5), exp=EXP(2), form=None, comp=[], qual=[], nom_absent=True,
      sal=("Mensuel de 2200.00 Euros sur 12 mois", "Net, logé nourri"), contact=None,
      text="""[[N:entreprise|Chalet-hôtel 5 étoiles de 30 chambres]] à Val d'Isère recherche pour la saison un(e) valet / femme de chambre expérimenté(e). Vous assurez l'[[g00|entretien des chambres]] et des suites, la [[g01|réfection des lits]], le [[g02|nettoyage des salles de bains]] (marbre, robinetterie) au [[g16|nettoyeur vapeur]], l'[[g08|entretien des parties communes]] à la [[g13|monobrosse]] et savez [[g05|signaler les dysfonctionnements]]. [[N:niveau|Expérience de 2 saisons minimum en palace ou 5 étoiles]]. [[gt1|SST]] apprécié. [[N:contrat|Contrat saisonnier de décembre à avril]], [[N:horaires|5 jours sur 7]], [[N:salaire|2 200 € net]], [[N:avantage|logé·e et nourri·e]], [[N:avantage|pourboires redistribués]]."""),
]

# ======================================================== data_offers_h.py
"""Offers for H2909 (Monteur / Monteuse en mécanique industrielle)."""

EMPLOYERS_H = {
    "DAU": ("MECANIQUE DAUPHINOISE ASSEMBLAGES", "Constructeur de machines spéciales à Voiron.", "28.99B", "Fabrication d'autres machines spécialisées", "50 à 99 salariés"),
    "SAV": ("SAVOIE AUTOMATISMES INTEGRATION", "Intégrateur de lignes robotisées.", "28.99B", "Fabrication d'autres machines spécialisées", "20 à 49 salariés"),
    "INT": ("INTERIM RHONE INDUSTRIE", "Réseau d'agences d'emploi spécialisées industrie.", "78.20Z", "Activités des agences de travail temporaire", "20 à 49 salariés"),
    "FOR": ("FOREZIENNE DE MACHINES SPECIALES", None, "28.29B", "Fabrication d'autres machines d'usage général", "100 à 199 salariés"),
    "BOU": ("ATELIERS BOURBONNAIS DE MECANIQUE", None, "28.15Z", "Fabrication d'engrenages et d'organes mécaniques de transmission", "50 à 99 salariés"),
    "VAL": ("VALDROME HYDRAULIQUE", "Centrales hydrauliques pour l'industrie lourde.", "28.12Z", "Fabrication d'équipements hydrauliques et pneumatiques", "100 à 199 salariés"),
    "ARV": ("ARVE PRECISION MEDICALE", "Sous-traitance de dispositifs médicaux.", "32.50A", "Fabrication de matériel médico-chirurgical et dentaire", "200 à 249 salariés"),
    "MEY": ("ISERE MICRO-ASSEMBLAGES", None, "26.70Z", "Fabrication de matériels optique et photographique", "50 à 99 salariés"),
    "LIM": ("LIMAGNE EQUIPEMENTS AGRICOLES", None, "28.30Z", "Fabrication de machines agricoles et forestières", "100 à 199 salariés"),
    "OYO": ("MOULERIE DU HAUT-BUGEY", None, "25.73A", "Fabrication de moules et modèles", "20 à 49 salariés"),
    "AUR": ("CANTAL INOX EQUIPEMENTS", None, "28.93Z", "Fabrication de machines pour l'industrie agro-alimentaire", "20 à 49 salariés"),
}

FORM_MECA = ("23054", "Mécanique construction", "CAP, BEP et équivalents")
FORM_BAC = ("23054", "Mécanique construction", "Bac ou équivalent")
FORM_BAC2 = ("23054", "Mécanique construction", "Bac+2 ou équivalents")

OFFERS_H = [
 dict(n=21, emp="DAU", place="VOIRON", week=1, day=0, hour="08:50", title="Monteur / Monteuse en mécanique industrielle", app="760111",
      ctr=CDI, exp=EXP(3), form=(FORM_MECA, "E", "CAP ou Bac Pro en mécanique"),
      comp=[("h01", "E"), ("h02", "E"), ("h03", "E"), ("h15", "S")], qual=["hs1"],
      sal=("Annuel de 27600.00 Euros à 31200.00 Euros sur 12 mois", "Selon profil"), contact=None,
      text="""MÉCANIQUE DAUPHINOISE ASSEMBLAGES
[[N:entreprise|Créée en 1979]] à Voiron, MDA conçoit et assemble des [[N:entreprise|machines spéciales pour l'agroalimentaire et la papeterie]]. [[N:entreprise|85 salariés]], [[N:entreprise|12 M€ de chiffre d'affaires]], [[N:entreprise|40 % à l'export]].

[[N:titre|VOS MISSIONS]]
Au sein de l'atelier, vous réalisez :
- la [[h01|lecture de plans]] et des nomenclatures
- l'[[h02|assemblage de sous-ensembles mécaniques]] (bâtis, convoyeurs, têtes de coupe)
- le [[h03|serrage au couple]]
- les [[h05|travaux d'ajustage]] nécessaires
- l'application de la [[h15|démarche 5S]] au poste

[[N:titre|PROFIL RECHERCHÉ]]
[[N:diplome_requis|CAP ou Bac Pro en mécanique exigé]]. [[N:niveau|3 ans d'expérience]]. [[ht1|SST]] apprécié. Vous êtes [[hs1|rigoureux]]·se.

[[N:titre|NOUS VOUS OFFRONS]]
[[N:contrat|CDI]], [[N:horaires|37h30]] avec [[N:avantage|RTT]], [[N:salaire|2 300 à 2 600 € brut selon profil]], [[N:avantage|intéressement]], [[N:avantage|mutuelle]], [[N:avantage|œuvres sociales du CSE]]."""),

 dict(n=22, emp="INT", place="ST_PRIEST", week=1, day=2, hour="11:35", title="Monteur mécanique salle propre H/F", app="760112",
      ctr=MIS(6), exp=EXP(2), form=None, comp=[], qual=[],
      sal=("Horaire de 13.50 Euros sur 12 mois", "+ IFM/ICP + panier"), contact=None,
      text="""Interim Rhône Industrie, [[N:entreprise|réseau de 9 agences spécialisées industrie]], recherche [[N:entreprise|pour son client]], fabricant de dispositifs médicaux implanté à Saint-Priest, un(e) monteur·se en mécanique.
[[N:titre|Vos missions]] :
• [[h01|lire un plan d'ensemble]]
• [[h21|montage en salle propre]] de modules de pompes
• respect de la [[h23|procédure d'habillage]] et de la [[h22|protection ESD]]
• [[h24|contrôle particulaire]] des composants
• [[h04|contrôles dimensionnels]] en cours de montage
• [[h09|raccordements pneumatiques]]
Profil : [[hs2|minutieux]](se), [[hs3|autonome]]. [[N:niveau|Expérience de 2 ans]] sur un poste similaire.
[[N:contrat|Mission de 6 mois]], [[N:horaires|horaires de journée]], [[N:salaire|13,50 €/h]] + [[N:avantage|IFM et ICP]] + [[N:avantage|panier repas]]."""),

 dict(n=23, emp="FOR", place="ANDREZIEUX", week=2, day=1, hour="09:20", title="Monteur / Monteuse en mécanique industrielle (H/F)", app="760111",
      ctr=CDI, exp=EXP(2), form=(FORM_BAC, "S", "Bac Pro MEI ou équivalent"),
      comp=[("h02", "E"), ("h06", "E"), ("h08", "S"), ("h19", "S")], qual=[],
      sal=("Mensuel de 2250.00 Euros sur 13 mois", "Prime d'équipe"), contact=None,
      text="""La Forézienne de Machines Spéciales ([[N:entreprise|FMS, 140 personnes]], Andrézieux-Bouthéon) [[N:entreprise|conçoit des lignes d'emballage depuis 1994]]. Pour accompagner notre croissance, nous recrutons un monteur / une monteuse en mécanique industrielle.

Rattaché·e au chef d'atelier, vous prenez en charge le [[h02|montage de sous-ensembles]] à partir de la [[h01|lecture de plans mécaniques]] et de la [[h11|cotation fonctionnelle]]. Vous assurez la [[h06|pose de roulements]] et des [[h06|éléments de transmission]], réalisez l'[[h20|alignement laser]] des arbres moteurs et participez aux [[h08|essais fonctionnels]] avant expédition. Les [[h04|contrôles dimensionnels]] sont réalisés au [[h04|pied à coulisse]] et au [[h04|micromètre]]. Une partie de la documentation fournisseurs étant en anglais, un [[h19|anglais technique]] est nécessaire.

[[N:diplome_requis|Bac Pro MEI ou équivalent]]. [[N:contrat|CDI]], [[N:horaires|horaires en 2x8]], [[N:avantage|prime d'équipe]], [[N:avantage|13e mois]], [[N:avantage|participation]]."""),

 dict(n=24, emp="SAV", place="CHAMBERY", week=3, day=1, hour="10:10", title="Monteur·se sur îlot cobotisé", app="760112",
      ctr=CDI, exp=EXP(1), form=None, comp=[], qual=[],
      sal=("Mensuel de 2400.00 Euros sur 12 mois", None),
      contact=dict(nom="M. Perrier", telephone="0479621840", courriel="rh@savoie-automatismes.fr"),
      text="""Savoie Automatismes Intégration (SAI) — [[N:entreprise|intégrateur de lignes robotisées depuis 2008]], [[N:entreprise|45 collaborateurs]] à Chambéry.

Nous cherchons un·e monteur·se pour notre [[h18|poste cobotisé]] d'assemblage de préhenseurs. Vous travaillez aux côtés d'un [[h18|robot collaboratif]] qui présente les pièces.
Vos tâches : [[h01|savoir lire un plan]], utiliser la [[h03|clé dynamométrique]] pour les serrages critiques, réaliser le [[h10|câblage électrique simple]] des capteurs, renseigner la [[h07|fiche suiveuse]] et saisir les temps avec des [[ht3|outils informatiques de base]]. [[h13|habilitation électrique]] souhaitée.

[[N:contrat|CDI]] – [[N:salaire|2 400 € brut]] – [[N:avantage|prime de participation]] – [[N:avantage|RTT]]
[[N:candidature|Envoyez CV et lettre de motivation]] à [[N:contact|rh@savoie-automatismes.fr]]"""),

 dict(n=25, emp="ARV", place="CLUSES", week=3, day=4, hour="08:15", title="Monteur / Monteuse - dispositifs médicaux", app="760112",
      ctr=CDD(12), exp=EXP(1), form=(FORM_MECA, "E", "CAP Assemblage et montage d'ensembles mécaniques"),
      comp=[], qual=["hs2", "hs1"],
      sal=("Mensuel de 2150.00 Euros sur 12 mois", None), contact=None,
      text="""Arve Précision Médicale – Cluses
[[N:entreprise|Sous-traitant de rang 1 de l'industrie médicale]], [[N:entreprise|certifié ISO 13485]], [[N:entreprise|230 salariés]].

[[N:titre|Missions]] :
- [[h02|assembler des sous-ensembles]] de micromoteurs
- [[h21|travail en salle blanche]] ISO 7 et [[h23|habillage en zone contrôlée]]
- port du [[h22|bracelet antistatique]]
- [[h24|nettoyage des pièces aux ultrasons]]
- [[h04|contrôle dimensionnel]] au [[h14|bras de mesure 3D]]
- [[h07|traçabilité du montage]] sur dossier de lot

Profil : [[hs2|minutie]], [[hs1|rigueur]]. [[N:diplome_requis|CAP Assemblage et montage d'ensembles mécaniques]] exigé.
[[N:contrat|CDD de 12 mois]], [[N:horaires|horaires 2x8]], [[N:salaire|2 150 € brut]], [[N:avantage|prime d'habillage]]."""),

 dict(n=26, emp="BOU", place="MONTLUCON", week=4, day=0, hour="14:05", title="Monteur H/F", app="760111",
      ctr=CDI, exp=DEB, form=(FORM_MECA, "S", "Formation en mécanique"),
      comp=[("h01", "E"), ("h05", "E"), ("h12", "E"), ("h16", "S"), ("ht1", "S")], qual=[],
      sal=("Mensuel de 2100.00 Euros sur 12 mois", None), contact=None,
      text="""Les Ateliers Bourbonnais de Mécanique, [[N:entreprise|PME familiale créée en 1952]] à Montluçon, [[N:entreprise|fabriquent des réducteurs et des treuils industriels]]. [[N:entreprise|Effectif : 60 personnes]].

Nous recrutons un monteur H/F. Votre quotidien : [[h01|lecture de plans]], [[h02|montage de sous-ensembles]], [[h05|perçage et taraudage]], [[h06|montage de roulements]] sur carters, reprise de pièces en [[h16|soudure TIG]]. Pour les levages : [[h12|CACES R484]] indispensable. [[ht1|SST]] et [[ht2|gestes et postures]] : formations internes.
[[N:niveau|Débutant accepté si formation mécanique]]. [[N:contrat|CDI]], [[N:horaires|39h]], [[N:salaire|Salaire : 2 100 € brut]] + [[N:avantage|prime d'ancienneté]] + [[N:avantage|tickets restaurant]]."""),

 dict(n=27, emp="VAL", place="VALENCE_H", week=4, day=2, hour="09:55", title="Monteur·se hydraulique et mécanique", app="760111",
      ctr=CDI, exp=EXP(2), form=(FORM_BAC, "S", "Bac Pro ou BTS maintenance / mécanique"),
      comp=[("h01", "E"), ("h03", "E"), ("h09", "E"), ("h20", "S"), ("h08", "S")], qual=["hs3", "hs4"],
      sal=("Mensuel de 2350.00 Euros sur 13 mois", None), contact=None,
      text="""Valdrôme Hydraulique ([[N:entreprise|filiale d'un groupe allemand]], [[N:entreprise|110 salariés]], Valence) [[N:entreprise|conçoit des centrales hydrauliques pour l'industrie lourde]].
Poste : monteur·se hydraulique et mécanique
[[N:titre|Vos missions]] : [[h01|lire un plan d'ensemble]], réaliser l'[[h20|alignement laser]] des groupes motopompes, assurer le [[h03|serrage au couple]] des brides, monter les [[h09|circuits hydrauliques]] et réaliser les [[h08|tests de fonctionnement]] au banc.
Profil : [[hs3|autonomie]], [[hs4|esprit d'équipe]]. [[N:diplome_requis|Bac Pro ou BTS en maintenance ou mécanique]].
[[N:contrat|CDI]], [[N:salaire|2 350 € brut sur 13 mois]], [[N:avantage|intéressement]], [[N:avantage|mutuelle famille]]."""),

 dict(n=28, emp="LIM", place="RIOM", week=5, day=1, hour="10:25", title="Monteur / Monteuse machines agricoles", app="760113",
      ctr=CDD(6), exp=DEB, form=None, comp=[], qual=[],
      sal=("Mensuel de 1950.00 Euros sur 12 mois", None), contact=None,
      text="""Limagne Équipements Agricoles, [[N:entreprise|constructeur de matériel de travail du sol depuis 1971]], recrute pour son site de Riom un(e) monteur(se). Vous assurez l'[[h02|assemblage de sous-ensembles mécaniques]] (châssis, rotors, trains de roues), les [[h05|travaux d'ajustage]], les finitions en [[h16|soudage TIG]] et les [[h04|contrôles dimensionnels]] au [[h14|bras de mesure portable]]. [[ht2|Port de charges]] régulier. [[hs6|Habileté manuelle]] indispensable. [[N:contrat|CDD de 6 mois pouvant déboucher sur un CDI]]. [[N:horaires|Du lundi au jeudi 7h-16h, vendredi 7h-12h]]. [[N:salaire|1 950 € brut]]."""),

 dict(n=29, emp="DAU", place="VOIRON", week=6, day=0, hour="08:40", title="Monteur mécanique H/F - machines spéciales", app="760113",
      ctr=CDI, exp=EXP(2), form=None,
      comp=[("h02", "E"), ("h03", "E"), ("h06", "S"), ("h12", "S")], qual=[],
      sal=("Mensuel de 2300.00 Euros sur 12 mois", "Intéressement"), contact=None,
      text="""MDA – Mécanique Dauphinoise Assemblages recrute ! [[N:entreprise|Créée en 1979]], notre entreprise de [[N:entreprise|85 salariés]] fabrique des machines spéciales.
🔧 [[N:titre|Vos missions]] : [[h01|lecture de plans]], [[h02|montage de sous-ensembles]], [[h03|serrage au couple]], [[h06|éléments de transmission]] (réducteurs, accouplements), [[h15|chantiers 5S]].
🏗️ [[h12|CACES pont roulant]] souhaité.
⛑️ [[ht1|Sauveteur Secouriste du Travail]] : un plus.
💶 [[N:salaire|2 300 € brut]] + [[N:avantage|intéressement]]
📄 [[N:contrat|CDI]] – [[N:horaires|37h30]]
📩 [[N:candidature|CV à envoyer à]] [[N:contact|recrutement@mda-voiron.fr]]"""),

 dict(n=30, emp="MEY", place="MEYLAN", week=6, day=3, hour="15:30", title="Monteur / Monteuse en micro-mécanique", app="760112",
      ctr=CDI, exp=EXP(2), form=(FORM_BAC2, "S", "Bac+2 mécanique"), comp=[], qual=[], nom_absent=True,
      sal=("Mensuel de 2200.00 Euros à 2500.00 Euros sur 12 mois", None), contact=None,
      text="""Entreprise de [[N:entreprise|micro-mécanique de précision (70 personnes)]] basée à Meylan, nous assemblons des instruments pour l'optique et le spatial. Nous recherchons un monteur / une monteuse [[N:contrat|en CDI]].
[[N:titre|Vos missions]] : [[h21|travail en salle blanche]], [[h22|protection ESD]], [[h23|procédure d'habillage]], [[h24|contrôle particulaire]], [[h02|assembler des sous-ensembles]], [[h04|contrôles dimensionnels]] et renseigner la [[h07|fiche suiveuse]]. Connaissances en [[h11|tolérancement ISO]] appréciées.
[[N:diplome_requis|Bac+2 en mécanique]] ou [[N:niveau|expérience équivalente]]. Vous êtes [[hs2|minutieux]]. [[N:salaire|2 200 à 2 500 € brut]]."""),

 dict(n=31, emp="SAV", place="CHAMBERY", week=7, day=1, hour="09:05", title="Monteur / Monteuse en mécanique industrielle", app="760111",
      ctr=CDI, exp=EXP(1), form=None, comp=[], qual=["hs7"],
      sal=("Mensuel de 2400.00 Euros sur 12 mois", None), contact=None,
      text="""Savoie Automatismes Intégration recrute un·e monteur·se en mécanique industrielle [[N:contrat|en CDI]].
[[N:entreprise|Intégrateur de lignes robotisées depuis 2008]], nous sommes [[N:entreprise|45 collaborateurs]].

[[N:titre|VOS MISSIONS]]
- travailler sur un [[h18|poste cobotisé]] avec un [[h18|robot collaboratif]]
- suivre les [[h17|instructions de montage sur écran]] issues de la [[h17|maquette numérique 3D]]
- [[h03|serrage au couple]] à la [[h03|clé dynamométrique]]
- [[h10|câblage électrique simple]] des capteurs
- [[h08|essais fonctionnels]] de l'îlot
- [[ht3|saisie sur tablette]] des relevés

[[N:titre|PROFIL]] : [[h13|habilitation électrique]] souhaitée, [[hs7|curiosité technique]].
[[N:salaire|2 400 € brut]], [[N:avantage|RTT]], [[N:avantage|prime de participation]]."""),

 dict(n=32, emp="INT", place="ST_FONS", week=7, day=3, hour="16:00", title="Monteur·se bancs de test (H/F)", app="760112",
      ctr=MIS(3), exp=DEB, form=None,
      comp=[("h02", "E"), ("h09", "S"), ("h10", "S"), ("nocode", "h19", "Lecture de notices en anglais", "S")], qual=[],
      sal=("Horaire de 13.20 Euros sur 12 mois", None), contact=None,
      text="""Interim Rhône Industrie recherche [[N:entreprise|pour son client]], [[N:entreprise|équipementier automobile de la vallée de la chimie]], un(e) monteur(se).
Mission : [[h02|assembler des sous-ensembles]] de bancs de test, [[h09|notions en pneumatique]], [[h10|câblage électrique simple]], [[h01|lecture de plans]]. [[h19|Notices en anglais]] à comprendre. [[ht2|Gestes et postures]] : formation assurée par l'agence.
[[N:contrat|Mission intérim de 3 mois]], [[N:horaires|en 3x8]], [[N:salaire|13,20 €/h]] + [[N:avantage|primes d'équipe]] + [[N:avantage|IFM et ICP]]. [[N:niveau|Débutants acceptés]]."""),

 dict(n=33, emp="OYO", place="OYONNAX", week=8, day=2, hour="08:20", title="Monteur / Monteuse de moules", app="760112",
      ctr=CDI, exp=EXP(3), form=(FORM_MECA, "E", "CAP/BEP mécanique"), comp=[], qual=["hs1"], nom_absent=True,
      sal=("Salaire selon profil", None), contact=None,
      text="""[[N:entreprise|Moulerie de la Plastics Vallée]], [[N:entreprise|leader régional]] du moule d'injection, recherche un monteur / une monteuse de moules en [[N:contrat|CDI]]. [[N:titre|VOS MISSIONS]] : [[h01|lecture de plans]], [[h05|ajustage]] des empreintes et des éjecteurs, [[h03|serrage au couple]], [[h04|contrôle dimensionnel]] au [[h04|micromètre]], application de la [[h15|méthode 5S]]. Utilisation courante des [[ht3|outils bureautiques]] pour les rapports. [[ht1|SST]] souhaité. [[N:titre|PROFIL]] : [[N:diplome_requis|CAP/BEP mécanique exigé]], [[hs1|rigueur]], [[hs5|ponctualité]]. [[N:salaire|Salaire selon profil]], [[N:avantage|13e mois]], [[N:avantage|prime vacances]]."""),

 dict(n=34, emp="FOR", place="ANDREZIEUX", week=9, day=1, hour="10:45", title="Monteur / Monteuse mécanique - lignes d'emballage", app="760111",
      ctr=CDI, exp=EXP(2), form=(FORM_BAC, "S", "Bac Pro MEI"),
      comp=[("h01", "E"), ("h06", "E"), ("h17", "S"), ("h12", "S")], qual=["hs4"],
      sal=("Mensuel de 2250.00 Euros sur 13 mois", None), contact=None,
      text="""Forézienne de Machines Spéciales – [[N:entreprise|FMS, 140 personnes]]
Pour nos lignes d'emballage, nous recrutons un(e) monteur(se) en mécanique industrielle.

[[N:titre|VOS MISSIONS]]
- [[h02|montage de sous-ensembles]] à partir de la [[h17|maquette numérique 3D]] affichée au poste
- [[h06|montage de roulements]] et d'[[h06|éléments de transmission]]
- [[h08|essais fonctionnels]] avant expédition
- déplacement des bâtis avec [[h12|CACES R484]]

[[N:titre|PROFIL RECHERCHÉ]]
[[h01|Lecture de plans]] maîtrisée, [[h19|anglais technique]] lu. [[hs4|Esprit d'équipe]].

[[N:contrat|CDI]] – [[N:horaires|horaires en 2x8]] – [[N:avantage|prime d'équipe]] – [[N:avantage|13e mois]]"""),

 dict(n=35, emp="ARV", place="CLUSES", week=9, day=3, hour="13:15", title="Monteur·se salle propre", app="760112",
      ctr=CDD(12), exp=EXP(1), form=None,
      comp=[("nocode", "h21", "Montage en salle propre", "E"), ("h14", "S"), ("h11", "S")], qual=[],
      sal=("Mensuel de 2150.00 Euros sur 12 mois", None), contact=None,
      text="""Arve Précision Médicale (Cluses) – [[N:entreprise|certifié ISO 13485]], [[N:entreprise|230 salariés]]
Poste de monteur·se – [[h21|montage en salle propre]].
[[N:titre|Missions]] : [[h23|habillage en zone contrôlée]], [[h22|protection ESD]], [[h24|contrôle particulaire]], [[h04|contrôles dimensionnels]] au [[h14|bras de mesure 3D]], [[h17|visionneuse 3D]] pour les gammes, [[h11|cotation fonctionnelle]], [[h07|traçabilité du montage]].
[[N:diplome_requis|CAP Assemblage et montage d'ensembles mécaniques]] ou [[N:diplome_requis|TP Technicien monteur d'équipements mécaniques]].
[[N:contrat|CDD de 12 mois]], [[N:salaire|2 150 € brut]], [[N:avantage|prime d'habillage]], [[N:avantage|restaurant d'entreprise]]."""),

 dict(n=36, emp="VAL", place="VALENCE_H", week=10, day=0, hour="09:35", title="Monteur / Monteuse en mécanique industrielle", app="760111",
      ctr=CDI, exp=EXP(3), form=None, nom_absent=True,
      comp=[("h02", "E"), ("h09", "E"), ("h17", "S"), ("ht3", "S")], qual=[],
      sal=("Mensuel de 2350.00 Euros sur 13 mois", None), contact=None,
      text="""[[N:entreprise|Filiale d'un groupe allemand]] spécialisée dans les centrales hydrauliques, basée à Valence, nous recherchons un monteur / une monteuse.
Au programme : [[h01|lire un plan d'ensemble]] ou la [[h17|maquette numérique 3D]], [[h02|montage de sous-ensembles]], [[h09|circuits hydrauliques]], [[h03|clé dynamométrique]], [[h20|lignage d'arbres]], [[h08|tests de fonctionnement]] au banc, [[ht3|saisie sur tablette]] des PV d'essais.
[[N:niveau|Expérience de 3 ans minimum]]. [[N:contrat|CDI]] [[N:horaires|35h]], [[N:salaire|2 350 € brut sur 13 mois]]."""),

 dict(n=37, emp="BOU", place="MONTLUCON", week=10, day=2, hour="11:50", title="Monteur / Monteuse atelier réducteurs", app="760111",
      ctr=CDI, exp=DEB, form=None, nom_absent=True,
      comp=[("h04", "E"), ("h16", "S"), ("h12", "E"), ("ht2", "S")], qual=[],
      sal=("Mensuel de 2100.00 Euros sur 12 mois", None), contact=None,
      text="""Ateliers Bourbonnais de Mécanique – Montluçon. [[N:entreprise|PME familiale créée en 1952]]. Nous renforçons notre atelier : [[h01|lecture de plans]] et consultation de la [[h17|visionneuse 3D]] au poste, [[h05|perçage et taraudage]], [[h16|soudure TIG]] ponctuelle, [[h04|pied à coulisse]] et [[h04|micromètre]], levage avec [[h12|CACES R484]]. Formations [[ht1|SST]] et [[ht2|PRAP]] assurées. [[N:contrat|CDI]], [[N:horaires|39h]], [[N:avantage|prime d'ancienneté]], [[N:avantage|tickets restaurant]]. [[N:candidature|Candidatures à adresser au service RH]]."""),

 dict(n=38, emp="DAU", place="VOIRON", week=11, day=1, hour="08:35", title="Monteur / Monteuse en mécanique industrielle", app="760111",
      ctr=CDI, exp=EXP(2), form=(FORM_MECA, "E", "CAP ou Bac Pro mécanique"), comp=[], qual=[],
      sal=("Annuel de 27600.00 Euros à 31200.00 Euros sur 12 mois", None), contact=None,
      text="""Mécanique Dauphinoise Assemblages — [[N:entreprise|Créée en 1979]] — [[N:entreprise|machines spéciales pour l'agroalimentaire et la papeterie]].
Dans le cadre de la digitalisation de notre atelier, les [[h17|instructions de montage sur écran]] remplacent progressivement les dossiers papier.
[[N:titre|VOS MISSIONS]] : [[h01|lecture de plans]], [[h02|assemblage de sous-ensembles mécaniques]], [[h06|pose de roulements]], [[h10|câblage électrique simple]], participation aux [[h15|chantiers 5S]]. [[h13|habilitation électrique]] B0 requise.
[[N:contrat|CDI]], [[N:salaire|2 300 à 2 600 € brut selon profil]], [[N:avantage|intéressement]]."""),

 dict(n=39, emp="SAV", place="CHAMBERY", week=12, day=0, hour="09:15", title="Monteur·se mécanique - îlot robotisé", app="760111",
      ctr=CDI, exp=EXP(1), form=None, comp=[], qual=[],
      sal=("Mensuel de 2400.00 Euros sur 12 mois", None),
      contact=dict(nom="M. Perrier", telephone="0479621840", courriel="rh@savoie-automatismes.fr"),
      text="""SAI – Savoie Automatismes Intégration
🤖 Rejoignez notre îlot [[h18|robot collaboratif]] !
[[N:titre|Vos missions]] : [[h02|montage de sous-ensembles]] sur [[h18|poste cobotisé]], [[h17|maquette numérique 3D]] consultée au poste, [[h03|serrage au couple]], [[h07|fiche suiveuse]] numérique par [[ht3|saisie sur tablette]]. [[h13|habilitation électrique]] appréciée.
[[N:contrat|CDI]] – [[N:salaire|2 400 € brut]] – [[N:avantage|RTT]]
[[N:contact|Contact : M. Perrier - 04 79 62 18 40]]"""),

 dict(n=40, emp="AUR", place="AURILLAC", week=12, day=2, hour="14:20", title="Monteur mécanique inox H/F", app="760111",
      ctr=CDI, exp=DEB, form=None, nom_absent=True,
      comp=[("h01", "E"), ("h02", "E"), ("h16", "E"), ("h15", "S")], qual=["hs3"],
      sal=("Mensuel de 2000.00 Euros sur 12 mois", None), contact=None,
      text="""[[N:entreprise|PME de 35 personnes]] fabriquant des équipements pour l'industrie fromagère à Aurillac, nous recherchons un(e) monteur(se) mécanique. Vos missions : [[h01|lecture de plans]], [[h02|assemblage de sous-ensembles mécaniques]] en inox, [[h16|soudage TIG]], [[h05|ajustage]], [[h04|contrôles dimensionnels]], [[h15|démarche 5S]]. [[ht2|Port de charges]] ponctuel. Profil : [[hs6|dextérité]], [[hs3|autonome]]. [[N:niveau|Débutant accepté]]. [[N:contrat|CDI]] [[N:horaires|39h]]."""),
]

# ======================================================== gen_main.py
# ---------------------------------------------------------------- builder
import csv, json, os, re, html, datetime
import xml.etree.ElementTree as ET

PART = "DEV"
HERE = os.path.dirname(os.path.abspath(__file__))
MARK = re.compile(r"\[\[([^|\]]+)\|([^\]]+)\]\]")
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def parse_markup(text):
    """Return plain text and list of spans (start, end, key, inner)."""
    out, spans, pos = [], [], 0
    plain_len = 0
    for m in MARK.finditer(text):
        seg = text[pos:m.start()]
        out.append(seg)
        plain_len += len(seg)
        key, inner = m.group(1), m.group(2)
        spans.append((plain_len, plain_len + len(inner), key, inner))
        out.append(inner)
        plain_len += len(inner)
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    assert "[[" not in plain and "]]" not in plain, plain[:200]
    return plain, spans


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def build_rome(outdir):
    os.makedirs(outdir, exist_ok=True)
    v = "v461"
    write_csv(os.path.join(outdir, "unix_referentiel_code_rome_%s_utf8.csv" % v),
              ["code_rome", "code_fiche_metier", "code_ogr", "libelle_rome", "transition_eco", "transition_num",
               "transition_demo", "emploi_reglemente", "emploi_cadre", "code_rome_parent"],
              [(c, fm, ogr, lib, te, tn, td, "Non", "Non", "") for (c, fm, ogr, lib, te, tn, td) in FICHES])
    write_csv(os.path.join(outdir, "unix_referentiel_appellation_%s_utf8.csv" % v),
              ["code_ogr", "libelle_appellation_long", "libelle_appellation_court", "code_rome", "classification",
               "code_rome_parent", "peu_usite"],
              [(ogr, lg, ct, rome, cl, "", pu) for (ogr, lg, ct, rome, cl, pu) in APPELLATIONS])
    rows = []
    for (ogr, nat, lib, dfn, mk, sc, te, tn, _k) in COMPETENCES:
        mo, mc = MACRO[mk]
        cat = "Compétence technique" if nat == SF else "Savoir-être professionnel"
        rows.append((ogr, nat, lib, dfn, mo, mc, cat, sc, te, tn))
    write_csv(os.path.join(outdir, "unix_referentiel_competence_%s_utf8.csv" % v),
              ["code_ogr", "nature", "libelle_competence", "definition", "code_ogr_macro_comp", "code_macro_comp",
               "cat_comp", "sous_cat_comp", "transition_eco", "transition_num"], rows)
    write_csv(os.path.join(outdir, "unix_referentiel_savoir_%s_utf8.csv" % v),
              ["code_ogr_savoir", "libelle_savoir", "categorie_savoir", "sous_categorie_savoir", "transition_eco",
               "transition_num"],
              [(c, l, cat, sc, te, tn) for (c, l, cat, sc, te, tn, _k) in SAVOIRS])
    nature = {c[0]: c[1] for c in COMPETENCES}
    savoir_codes = {s[0] for s in SAVOIRS}
    lrows, crows = [], []
    for rome, items in LINKS.items():
        for code, coeur in items:
            if code in savoir_codes:
                rub = "3"
            elif nature[code] == SF:
                rub = "1"
            else:
                rub = "2"
            lrows.append((rome, "5", rub, code))
            crows.append((rome, code, coeur))
    write_csv(os.path.join(outdir, "unix_liens_rome_referentiels_%s_utf8.csv" % v),
              ["code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"], lrows)
    write_csv(os.path.join(outdir, "unix_coherence_item_%s_utf8.csv" % v),
              ["code_rome", "code_ogr", "coeur_metier"], crows)
    write_csv(os.path.join(outdir, "unix_rubrique_mobilite_%s_utf8.csv" % v),
              ["code_rome", "code_rome_cible", "numero_ordre"], MOBILITE)


def item_label(code):
    for c in COMPETENCES:
        if c[0] == code:
            return c[2], c[3]
    for s in SAVOIRS:
        if s[0] == code:
            return s[1], ""
    raise KeyError(code)


def html_list(items, style):
    if style == "ul":
        return "<ul>" + "".join("<li>%s</li>" % t for t in items) + "</ul>"
    if style == "p_br":
        return "<p>" + "<br/>".join("- %s" % t for t in items) + "</p>"
    if style == "p_br_ent":
        return "<p>" + "<br />".join("- %s" % t.replace("'", "&#39;") for t in items) + "</p>"
    raise ValueError(style)


def html_par(sentences, style):
    txt = " ".join(sentences)
    if style == "p_br_ent":
        txt = txt.replace("'", "&#39;")
    return "<p>%s</p>" % txt


def build_rncp(outdir):
    os.makedirs(outdir, exist_ok=True)
    root = ET.Element("FICHES")
    ET.SubElement(root, "VERSION_FLUX").text = "4.1"
    index = {}
    for c in CERTS:
        f = ET.SubElement(root, "FICHE")
        ET.SubElement(f, "ID_FICHE").text = c["num"][4:]
        ET.SubElement(f, "NUMERO_FICHE").text = c["num"]
        ET.SubElement(f, "INTITULE").text = c["title"]
        ab = ET.SubElement(f, "ABREGE")
        ET.SubElement(ab, "CODE").text = c["abrege"][0]
        ET.SubElement(ab, "LIBELLE").text = c["abrege"][1]
        ET.SubElement(f, "ETAT_FICHE").text = "Publiée"
        ne = ET.SubElement(f, "NOMENCLATURE_EUROPE")
        ET.SubElement(ne, "NIVEAU").text = c["niveau"][0]
        ET.SubElement(ne, "LIBELLE").text = c["niveau"][1]
        ET.SubElement(f, "ACTIVITES_VISEES").text = html_par([s for _k, s in c["activites"]], c["style"])
        ET.SubElement(f, "CAPACITES_ATTESTEES").text = html_list([s for _k, s in c["capacites"]], c["style"])
        for k, s in c["activites"]:
            index[k] = (c["num"], "ACTIVITES_VISEES", None, s)
        for k, s in c["capacites"]:
            index[k] = (c["num"], "CAPACITES_ATTESTEES", None, s)
        cr = ET.SubElement(f, "CODES_ROME")
        for r in c["romes"]:
            re_ = ET.SubElement(cr, "ROME")
            ET.SubElement(re_, "CODE").text = r
            ET.SubElement(re_, "LIBELLE").text = ROME_LABELS[r]
        bcs = ET.SubElement(f, "BLOCS_COMPETENCES")
        for (bcode, blib, comps, modal) in c["blocs"]:
            b = ET.SubElement(bcs, "BLOC_COMPETENCES")
            ET.SubElement(b, "CODE").text = bcode
            ET.SubElement(b, "LIBELLE").text = blib
            ET.SubElement(b, "LISTE_COMPETENCES").text = html_list([s for _k, s in comps], c["style"])
            ET.SubElement(b, "MODALITES_EVALUATION").text = html_par([modal], c["style"])
            for k, s in comps:
                index[k] = (c["num"], "LISTE_COMPETENCES", bcode, s)
        ET.SubElement(f, "ACTIF").text = "Oui"
        ET.SubElement(f, "DATE_FIN_ENREGISTREMENT").text = "31/12/2029"
    ET.indent(root, space="  ")
    ET.ElementTree(root).write(os.path.join(outdir, "export-fiches-rncp-v4-1-2026-11-30.xml"),
                               encoding="UTF-8", xml_declaration=True)
    return index


def fmt_date(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"


def build_offers(outdir):
    os.makedirs(outdir, exist_ok=True)
    base = datetime.datetime(2026, 9, 7)
    end = datetime.datetime(2026, 11, 29, 23, 59)
    romelib = {f[0]: f[3] for f in FICHES}
    applib = {a[0]: a[1] for a in APPELLATIONS}
    qual_desc = {}
    built = []  # (offer_json, fiche, emp, week, spans)
    for fiche, offers, emps in (("G1501", OFFERS_G, EMPLOYERS_G), ("H2909", OFFERS_H, EMPLOYERS_H)):
        for o in offers:
            oid = "V%05d%s" % (o["n"], LETTERS[(o["n"] * 7) % len(LETTERS)])
            plain, spans = parse_markup(o["text"])
            h, mi = map(int, o["hour"].split(":"))
            dc = base + datetime.timedelta(days=7 * (o["week"] - 1) + o["day"], hours=h, minutes=mi)
            da = min(dc + datetime.timedelta(days=1 + o["n"] % 3, hours=2), end)
            lib, cp, insee, lat, lon = PLACES[o["place"]]
            nom, edesc, naf, secteur, tranche = emps[o["emp"]]
            ent = {"entrepriseAdaptee": False}
            if not o.get("nom_absent"):
                ent["nom"] = nom
                if edesc and o["n"] % 2 == 1:
                    ent["description"] = edesc
            rec = {
                "id": oid,
                "intitule": o["title"],
                "description": plain,
                "dateCreation": fmt_date(dc),
                "dateActualisation": fmt_date(da),
                "lieuTravail": {"libelle": lib, "latitude": lat, "longitude": lon, "codePostal": cp, "commune": insee},
                "romeCode": fiche,
                "romeLibelle": romelib[fiche],
                "appellationlibelle": applib[o["app"]],
                "entreprise": ent,
                "typeContrat": o["ctr"][0],
                "typeContratLibelle": o["ctr"][1],
                "natureContrat": "Contrat travail",
                "experienceExige": o["exp"][0],
                "experienceLibelle": o["exp"][1],
            }
            if o.get("form"):
                (codeF, dom, niv), exig, comment = o["form"]
                rec["formations"] = [{"codeFormation": codeF, "domaineLibelle": dom, "niveauLibelle": niv,
                                      "commentaire": comment, "exigence": exig}]
            comps = []
            for entry in o["comp"]:
                if entry[0] == "nocode":
                    _, key, label, ex = entry
                    comps.append(({"libelle": label, "exigence": ex}, key))
                else:
                    key, ex = entry
                    code = SKILLS[key][3]
                    label, _d = item_label(code)
                    comps.append(({"code": code, "libelle": label, "exigence": ex}, key))
            if comps:
                rec["competences"] = [c for c, _k in comps]
            quals = []
            for key in o["qual"]:
                code = SKILLS[key][3]
                label, dfn = item_label(code)
                quals.append(({"libelle": label, "description": dfn}, key))
            if quals:
                rec["qualitesProfessionnelles"] = [q for q, _k in quals]
            rec["salaire"] = {"libelle": o["sal"][0]}
            if o["sal"][1]:
                rec["salaire"]["commentaire"] = o["sal"][1]
            m = re.search(r"(\d\d)h(?:/semaine| par semaine)", plain) or re.search(r"(?<![-\d])(\d\d)h", plain)
            hours = int(m.group(1)) if m else 35
            rec["dureeTravailLibelle"] = "%dH Horaires normaux" % hours if hours >= 35 else "%dH Travail à temps partiel" % hours
            rec["alternance"] = False
            if o.get("contact"):
                c = dict(o["contact"])
                rec["contact"] = {"nom": nom if not o.get("nom_absent") else "", "coordonnees1": c["nom"],
                                  "telephone": c["telephone"], "courriel": c["courriel"]}
            rec["nombrePostes"] = 1
            rec["accessibleTH"] = False
            if fiche == "G1501":
                rec["qualificationCode"], rec["qualificationLibelle"] = "6", "Employé qualifié"
            else:
                rec["qualificationCode"], rec["qualificationLibelle"] = "3", "Ouvrier qualifié (P3, P4, OHQ)"
            rec["codeNAF"] = naf
            rec["secteurActivite"] = naf[:2]
            rec["secteurActiviteLibelle"] = secteur
            rec["trancheEffectifEtab"] = tranche
            rec["origineOffre"] = {"origine": "1",
                                   "urlOrigine": "https://candidat.francetravail.fr/offres/recherche/detail/" + oid}
            built.append(dict(rec=rec, fiche=fiche, emp=o["emp"], week=o["week"], spans=spans,
                              comp_keys=[k for _c, k in comps], qual_keys=[k for _q, k in quals],
                              comp_labels=[(c["libelle"], k) for c, k in comps] + [(q["libelle"], k) for q, k in quals]))
    for fiche in ("G1501", "H2909"):
        res = [b["rec"] for b in built if b["fiche"] == fiche]
        with open(os.path.join(outdir, "offres-%s.json" % fiche), "w", encoding="utf-8") as f:
            json.dump({"resultats": res, "filtresPossibles": []}, f, ensure_ascii=False, indent=1)
    return built


def build_truth(built, stmt_index):
    warnings = []
    # phrasings per skill key
    phr = {k: [] for k in SKILLS}
    for b in built:
        for (_s, _e, key, inner) in b["spans"]:
            if key.startswith("N:"):
                continue
            if key not in SKILLS:
                raise KeyError("unknown skill key %s in %s" % (key, b["rec"]["id"]))
            if SKILLS[key][0] != b["fiche"]:
                raise ValueError("skill %s used in offer of other fiche %s" % (key, b["rec"]["id"]))
            if inner not in phr[key]:
                phr[key].append(inner)
        for label, key in b["comp_labels"]:
            if label not in phr[key]:
                phr[key].append(label)
    # consistency: each phrasing occurrence must lie in a span of the same key, or be an exact label
    for b in built:
        desc = b["rec"]["description"]
        for key, plist in phr.items():
            if SKILLS[key][0] != b["fiche"]:
                continue
            for p in plist:
                start = 0
                while True:
                    i = desc.find(p, start)
                    if i < 0:
                        break
                    ok = any(s <= i and i + len(p) <= e and k == key for (s, e, k, _t) in b["spans"])
                    if not ok:
                        warnings.append("phrasing %r of %s found outside its markup in %s" % (p, key, b["rec"]["id"]))
                    start = i + 1
    # employers per fiche
    emps_of = {}
    for b in built:
        emps_of.setdefault(b["fiche"], set()).add(b["emp"])
    skills_out = []
    sid = 0
    for key, (fiche, label, is_se, _code, cov, breadth, trend, group) in SKILLS.items():
        offers, emps = [], set()
        for b in built:
            if b["fiche"] != fiche:
                continue
            labels = [l for l, _k in b["comp_labels"]]
            if any(p in b["rec"]["description"] or p in labels for p in phr[key]):
                offers.append(b["rec"]["id"])
                emps.add(b["emp"])
        if not offers:
            warnings.append("skill %s has no offer" % key)
        if breadth is None:
            share = len(emps) / len(emps_of[fiche])
            breadth = "general" if share >= 0.4 else ("singulier" if len(emps) == 1 else "particulier")
        coverage = {}
        elong_family = None
        for cert, spec in cov.items():
            v = spec[0]
            if v in ("nouveau", "nouveau_bloc"):
                coverage[cert] = {"value": v}
                continue
            num, where, bcode, text = stmt_index[spec[1]]
            assert num == cert, (key, cert, spec)
            e = {"value": v, "statement": text}
            if bcode:
                e["block_code"] = bcode
            if v == "faible":
                e["where"] = where
            if v == "elongation":
                e["elongation_family"] = spec[2]
                e["asked_item"] = spec[3]
                e["named_item"] = spec[4]
                elong_family = spec[2]
            coverage[cert] = e
        sid += 1
        skills_out.append({
            "id": "%s-S%02d" % (PART, sid),
            "label": label,
            "rome_code": fiche,
            "is_savoir_etre": is_se,
            "phrasings": phr[key],
            "offers": sorted(offers),
            "coverage": coverage,
            "elongation_family": elong_family,
            "new_block_group": group,
            "breadth": breadth,
            "trend": trend,
        })
    # not skills
    ns = {}
    for b in built:
        for (_s, _e, key, inner) in b["spans"]:
            if key.startswith("N:"):
                kind = key[2:]
                if inner in ns and ns[inner] != kind:
                    warnings.append("not_skill %r with two kinds" % inner)
                ns.setdefault(inner, kind)
    not_skills = []
    for text, kind in ns.items():
        offs = sorted(b["rec"]["id"] for b in built if text in b["rec"]["description"])
        not_skills.append({"text": text, "kind": kind, "offers": offs})
        for key, plist in phr.items():
            for p in plist:
                if p in text:
                    warnings.append("phrasing %r of %s inside not_skill %r" % (p, key, text))
    certs = {c["num"]: {"title": c["title"], "rome_codes": c["romes"]} for c in CERTS}
    truth = {"part": PART, "region": "84", "main_fiches": ["G1501", "H2909"], "certifications": certs,
             "skills": skills_out, "not_skills": not_skills}
    return truth, warnings


def main():
    build_rome(os.path.join(HERE, "rome"))
    idx = build_rncp(os.path.join(HERE, "rncp"))
    built = build_offers(os.path.join(HERE, "offres"))
    truth, warnings = build_truth(built, idx)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    for w in warnings:
        print("WARNING:", w)
    print("offers:", len(built), "skills:", len(truth["skills"]), "not_skills:", len(truth["not_skills"]))


if __name__ == "__main__":
    main()
