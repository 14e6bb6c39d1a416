# -*- coding: utf-8 -*-
"""Partie A - jeu d'évaluation « même offre sur deux sources » (Occitanie, région 76).

Tout est fictif (employeurs, SIRET, personnes, adresses, textes, identifiants).
Bibliothèque standard uniquement ; sortie déterministe.
Usage : python3 generate.py   (écrit ft/, lba/, truth.json, README.md à côté du script)
"""
import json
import os
import random
import re
import unicodedata
import zlib
from datetime import datetime, timedelta

OUT = os.path.dirname(os.path.abspath(__file__))


def rng_for(*parts):
    return random.Random(zlib.crc32("|".join(str(p) for p in parts).encode("utf-8")))


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


# --------------------------------------------------------------------------------------------
# Communes (code INSEE, coordonnées approximatives du centre)
# --------------------------------------------------------------------------------------------
COM = {
    "toulouse": ("31", "Toulouse", "31555", 43.6045, 1.4440),
    "blagnac": ("31", "Blagnac", "31069", 43.6375, 1.3900),
    "colomiers": ("31", "Colomiers", "31149", 43.6112, 1.3350),
    "muret": ("31", "Muret", "31395", 43.4610, 1.3270),
    "balma": ("31", "Balma", "31044", 43.6110, 1.4990),
    "stgaudens": ("31", "Saint-Gaudens", "31483", 43.1080, 0.7230),
    "montpellier": ("34", "Montpellier", "34172", 43.6108, 3.8767),
    "beziers": ("34", "Béziers", "34032", 43.3442, 3.2158),
    "sete": ("34", "Sète", "34301", 43.4028, 3.6970),
    "lunel": ("34", "Lunel", "34145", 43.6756, 4.1356),
    "castelnau": ("34", "Castelnau-le-Lez", "34057", 43.6330, 3.9010),
    "nimes": ("30", "Nîmes", "30189", 43.8367, 4.3601),
    "ales": ("30", "Alès", "30007", 44.1250, 4.0810),
    "bagnols": ("30", "Bagnols-sur-Cèze", "30028", 44.1620, 4.6190),
    "perpignan": ("66", "Perpignan", "66136", 42.6887, 2.8948),
    "canet": ("66", "Canet-en-Roussillon", "66037", 42.7050, 3.0080),
    "albi": ("81", "Albi", "81004", 43.9289, 2.1464),
    "castres": ("81", "Castres", "81065", 43.6060, 2.2400),
    "montauban": ("82", "Montauban", "82121", 44.0176, 1.3550),
    "castelsarrasin": ("82", "Castelsarrasin", "82033", 44.0400, 1.1070),
}
DEFAULT_CP = {"toulouse": "31000", "blagnac": "31700", "colomiers": "31770", "muret": "31600", "balma": "31130",
              "stgaudens": "31800", "montpellier": "34000", "beziers": "34500", "sete": "34200", "lunel": "34400",
              "castelnau": "34170", "nimes": "30000", "ales": "30100", "bagnols": "30200", "perpignan": "66000",
              "canet": "66140", "albi": "81000", "castres": "81100", "montauban": "82000",
              "castelsarrasin": "82100"}


def ft_label(c):
    dep, name = COM[c][0], COM[c][1]
    return "%s - %s" % (dep, strip_accents(name).upper().replace("-", " "))


def lba_ft_label(c):
    return "%s - %s" % (COM[c][0], COM[c][1])


# --------------------------------------------------------------------------------------------
# Métiers (fiches ROME réelles ; textes écrits pour ce jeu)
# --------------------------------------------------------------------------------------------
NAF = {
    "plomb": ("4322A", "Travaux d'installation d'eau et de gaz en tous locaux", "Constructys", 1597),
    "compta": ("6920Z", "Activités comptables", "ATLAS", 787),
    "veto": ("7500Z", "Activités vétérinaires", "Opco entreprises de proximité", 1875),
    "notaire": ("6910Z", "Activités juridiques", "Opco entreprises de proximité", 2205),
    "immo": ("6832A", "Administration d'immeubles et autres biens immobiliers", "Opco entreprises de proximité", 1527),
    "transp": ("4941A", "Transports routiers de fret interurbains", "Opco Mobilités", 16),
    "dent": ("8623Z", "Pratique dentaire", "Opco entreprises de proximité", 1619),
    "aero": ("3030Z", "Construction aéronautique et spatiale", "OPCO 2i", 3248),
    "agri": ("2830Z", "Fabrication de machines agricoles et forestières", "OPCO 2i", 3248),
    "hydro": ("2812Z", "Fabrication d'équipements hydrauliques et pneumatiques", "OPCO 2i", 3248),
    "meca": ("2562B", "Mécanique industrielle", "OPCO 2i", 3248),
    "levage": ("2822Z", "Fabrication de matériel de levage et de manutention", "OPCO 2i", 3248),
    "nett": ("8121Z", "Nettoyage courant des bâtiments",
             "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre", 3043),
    "ehpad": ("8710A", "Hébergement médicalisé pour personnes âgées", "Opco Santé", 2264),
    "interim": ("7820Z", "Activités des agences de travail temporaire",
                "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre", 2378),
    "fromage": ("4729Z", "Autres commerces de détail alimentaires en magasin spécialisé", "L'Opcommerce", 1505),
    "primeur": ("4721Z", "Commerce de détail de fruits et légumes en magasin spécialisé", "L'Opcommerce", 1505),
    "boul": ("1071C", "Boulangerie et boulangerie-pâtisserie", "Opco entreprises de proximité", 843),
    "super": ("4711D", "Supermarchés", "L'Opcommerce", 2216),
    "charcut": ("4722Z", "Commerce de détail de viandes et de produits à base de viande en magasin spécialisé",
                "Opco entreprises de proximité", 992),
    "para": ("8690E", "Activités des professionnels de la rééducation, de l'appareillage et des pédicures-podologues", "Opco entreprises de proximité", None),
    "optique": ("4778A", "Commerces de détail d'optique", "L'Opcommerce", 1431),
    "autoecole": ("8553Z", "Enseignement de la conduite", "Opco Mobilités", 1090),
    "aidedom": ("8810A", "Aide à domicile", "Uniformation, l'Opco de la Cohésion sociale", 2941),
    "cfa": ("8532Z", "Enseignement secondaire technique ou professionnel", None, None),
}

TR = {}
TR["F1603"] = dict(
    libelle="Installation d'équipements sanitaires et thermiques",
    appel=["Plombier chauffagiste / Plombière chauffagiste", "Plombier / Plombière", "Chauffagiste",
           "Monteur / Monteuse en installations thermiques"],
    met=["plombier chauffagiste", "plombier", "chauffagiste", "monteur en installations thermiques"],
    emoji="🔧",
    missions=[
        ("Installer les équipements sanitaires (lavabos, WC, douches, baignoires) chez nos clients particuliers",
         "Pose d'appareils sanitaires : douches, WC, vasques, baignoires, le plus souvent chez des particuliers"),
        ("Poser et raccorder les réseaux d'eau en cuivre, PER et multicouche",
         "Réalisation des réseaux de distribution d'eau (cuivre, multicouche, PER), façonnage et raccordements"),
        ("Participer à l'installation de chaudières gaz et de pompes à chaleur",
         "Mise en place de chaudières, PAC air/eau et ballons thermodynamiques avec le chef d'équipe"),
        ("Effectuer les dépannages : fuites, chasses d'eau, chauffe-eau en panne",
         "Interventions de dépannage (recherche de fuite, remplacement de ballon d'eau chaude, robinetterie)"),
        ("Réaliser des soudures et des brasures sur cuivre", "Braser, souder et cintrer le cuivre"),
        ("Préparer le matériel et charger le véhicule avant les chantiers",
         "Préparation de l'outillage et des fournitures au dépôt le matin"),
        ("Participer à la rénovation complète de salles de bain",
         "Chantiers de rénovation de salles d'eau, de la dépose à la finition"),
        ("Assurer l'entretien des installations de chauffage",
         "Entretien annuel des chaudières et des circuits de chauffage chez nos clients sous contrat"),
        ("Travailler sur des chantiers neufs (logements collectifs)",
         "Lots plomberie en construction neuve : immeubles, logements sociaux"),
        ("Respecter les règles de sécurité et laisser le chantier propre",
         "Appliquer les consignes de sécurité, garder un chantier propre et rangé"),
    ],
    profile=[
        ("Vous préparez ou souhaitez préparer un CAP Monteur en installations sanitaires ou thermiques",
         "Inscription en CAP MIS / MIT (ou recherche d'école en cours)"),
        ("Vous êtes motivé(e), ponctuel(le) et aimez le travail manuel", "Motivation, ponctualité, goût pour le concret"),
        ("Le permis B serait un plus", "Permis B apprécié mais non obligatoire"),
        ("Vous avez le sens du contact avec la clientèle", "Bon relationnel avec les clients chez qui nous intervenons"),
        ("Débutant accepté, une première expérience en stage est appréciée",
         "Pas d'expérience exigée ; un stage dans le bâtiment est un plus"),
        ("Vous savez travailler en équipe et en autonomie",
         "Capacité à travailler en binôme puis seul sur de petits dépannages"),
    ],
    perks=["Outillage et tenue fournis", "Panier repas", "Véhicule de l'entreprise pour les déplacements entre chantiers",
           "Horaires 7h30-16h30 du lundi au vendredi", "Possibilité d'embauche en CDI à l'issue du contrat"],
    definition="Réalise l'installation, la mise en service et l'entretien d'équipements sanitaires et thermiques "
               "(chauffage, eau chaude, ventilation) selon les règles de sécurité et les normes en vigueur. "
               "Peut effectuer des dépannages.",
    acquired=["Installation: Poser et raccorder des équipements sanitaires", "Installation: Réaliser des réseaux de fluides",
              "Maintenance: Diagnostiquer une panne sur une installation de chauffage",
              "Sécurité: Appliquer les règles de sécurité sur chantier"],
    desired=["Faire preuve de rigueur et de précision", "Travailler en équipe", "Être ponctuel"],
    access=["Ce métier est accessible avec un CAP/BEP en installations sanitaires ou thermiques."],
    ft_access="Plomberie - CAP, BEP et équivalents",
    diploma={"european": "3", "label": "Cap, autres formations (Infrabac)"},
    comp=[("121640", "Installer des équipements sanitaires"), ("106812", "Raccorder un réseau d'alimentation en eau"),
          (None, "Souder des éléments métalliques"), ("122570", "Diagnostiquer une panne sur un équipement de chauffage"),
          ("104533", "Façonner des tubes en cuivre")],
    extra=["I1308", "F1602"],
    formation=("42254", "Plomberie", "CAP, BEP et équivalents"),
)
TR["M1607"] = dict(
    libelle="Secrétariat",
    appel=["Secrétaire", "Secrétaire administratif / administrative", "Assistant / Assistante administratif(ve)",
           "Secrétaire d'accueil", "Secrétaire comptable"],
    met=["secrétaire", "secrétaire administratif(ve)", "assistant(e) administratif(ve)", "secrétaire d'accueil",
         "secrétaire comptable"],
    emoji="📎",
    missions=[
        ("Accueillir physiquement et téléphoniquement les clients et les fournisseurs",
         "Accueil du public, au standard comme au comptoir"),
        ("Gérer le courrier entrant et sortant", "Tri, enregistrement et envoi du courrier"),
        ("Saisir les devis et les factures dans le logiciel de gestion",
         "Établissement des devis et de la facturation sur notre outil de gestion"),
        ("Tenir à jour les agendas et organiser les rendez-vous", "Gestion des plannings et des prises de rendez-vous"),
        ("Classer et archiver les documents (papier et numérique)",
         "Classement, archivage et dématérialisation des dossiers"),
        ("Rédiger des courriers et des comptes rendus simples", "Rédaction de courriers, mails et petits comptes rendus"),
        ("Assurer le suivi administratif du personnel (absences, congés)",
         "Suivi RH de premier niveau : absences, congés, visites médicales"),
        ("Commander les fournitures de bureau", "Gestion des stocks de fournitures et commandes"),
        ("Relancer les clients pour les factures impayées", "Relances clients et suivi des règlements"),
        ("Mettre à jour les tableaux de bord sous Excel", "Alimentation des tableaux de suivi (Excel)"),
    ],
    profile=[
        ("Vous préparez un BTS Support à l'action managériale ou un Bac pro AGOrA",
         "Formation visée : BTS SAM, Bac pro AGOrA ou titre professionnel Secrétaire assistant(e)"),
        ("Vous maîtrisez le Pack Office, en particulier Word et Excel", "Bonne aisance sur Word et Excel"),
        ("Excellente orthographe et bonne expression orale", "Français écrit irréprochable, aisance au téléphone"),
        ("Vous êtes organisé(e), discret(ète) et rigoureux(se)", "Organisation, discrétion, rigueur"),
        ("Vous aimez le contact et le travail en équipe", "Goût du relationnel et de l'équipe"),
        ("Une première expérience en stage est un plus", "Un premier stage en entreprise serait apprécié"),
    ],
    perks=["Tickets restaurant", "Horaires de journée du lundi au vendredi",
           "Prise en charge à 50 % du titre de transport", "Mutuelle d'entreprise",
           "Tuteur dédié tout au long de la formation"],
    definition="Réalise le traitement administratif de dossiers (saisie, mise en forme de documents, classement) et "
               "transmet les informations (e-mails, notes, courriers) pour le compte d'un ou plusieurs services. "
               "Peut accueillir et orienter les visiteurs.",
    acquired=["Gestion administrative: Traiter le courrier", "Gestion administrative: Classer et archiver des documents",
              "Accueil: Accueillir et orienter une personne", "Bureautique: Utiliser un tableur"],
    desired=["Faire preuve de rigueur et de précision", "Organiser son travail selon les priorités",
             "Faire preuve de discrétion"],
    access=["Ce métier est accessible avec un diplôme de niveau Bac à Bac+2 en secrétariat ou assistanat."],
    ft_access="Secrétariat - Bac+2 ou équivalents",
    diploma={"european": "5", "label": "BTS, DEUST, autres formations niveau (Bac+2)"},
    comp=[("100039", "Accueillir une clientèle"), ("117183", "Traiter le courrier"), (None, "Saisir des documents"),
          ("124072", "Organiser un agenda"), ("101734", "Classer des documents")],
    extra=["M1602", "M1601"],
    formation=("35054", "Secrétariat", "Bac+2 ou équivalents"),
)
TR["H2909"] = dict(
    libelle="Montage-assemblage mécanique",
    appel=["Monteur / Monteuse en mécanique", "Ajusteur-monteur / Ajusteuse-monteuse",
           "Monteur-assembleur / Monteuse-assembleuse en mécanique", "Opérateur / Opératrice de montage"],
    met=["monteur mécanique", "ajusteur-monteur", "monteur-assembleur", "opérateur de montage"],
    emoji="⚙️",
    missions=[
        ("Assembler des sous-ensembles mécaniques à partir de plans et de gammes de montage",
         "Montage de sous-ensembles selon plans et gammes"),
        ("Réaliser des ajustements, perçages et taraudages", "Opérations d'ajustage : perçage, taraudage, alésage"),
        ("Contrôler la conformité des pièces avec les instruments de mesure (pied à coulisse, micromètre)",
         "Autocontrôle dimensionnel au pied à coulisse et au micromètre"),
        ("Monter les éléments hydrauliques et pneumatiques", "Pose et raccordement des composants hydrauliques/pneumatiques"),
        ("Renseigner les documents de suivi de production",
         "Traçabilité : remplir les fiches suiveuses et les rapports de montage"),
        ("Participer aux essais de fonctionnement des machines", "Participation aux tests et essais avant expédition"),
        ("Respecter les consignes qualité, sécurité et environnement", "Application stricte des règles QSE"),
        ("Serrer au couple et poser les fixations selon les procédures aéronautiques",
         "Serrage au couple, freinage, pose de fixations conformément aux procédures aéro"),
        ("Signaler les anomalies au chef d'équipe", "Remontée des non-conformités au responsable d'atelier"),
    ],
    profile=[
        ("Vous préparez un Bac pro MSPC, TCI ou un BTS CPRP / CRSA",
         "Cursus visé : Bac pro ou BTS du domaine mécanique/productique"),
        ("Vous savez lire un plan mécanique", "Lecture de plans indispensable"),
        ("Vous êtes minutieux(se) et soigneux(se)", "Minutie, soin, précision"),
        ("Vous aimez le travail manuel et en atelier", "Goût pour le travail en atelier"),
        ("Vous respectez les consignes et travaillez en équipe", "Respect des process, esprit d'équipe"),
        ("Horaires en 2x8 possibles", "Travail en équipes alternées (2x8) selon la charge"),
    ],
    perks=["Prime d'équipe", "Restaurant d'entreprise", "Parking gratuit", "Intéressement",
           "Accompagnement par un tuteur expérimenté"],
    definition="Réalise le montage et l'assemblage de sous-ensembles ou d'ensembles mécaniques à partir de plans, de "
               "gammes de montage et selon les règles de sécurité. Peut effectuer des réglages et des contrôles.",
    acquired=["Production: Assembler des pièces mécaniques", "Contrôle: Vérifier la conformité dimensionnelle",
              "Production: Lire et interpréter un plan", "Qualité: Renseigner les documents de traçabilité"],
    desired=["Faire preuve de rigueur et de précision", "Respecter les consignes", "Travailler en équipe"],
    access=["Ce métier est accessible avec un Bac professionnel ou un BTS en mécanique ou productique."],
    ft_access="Mécanique générale - Bac ou équivalent",
    diploma={"european": "4", "label": "BP, Bac, autres formations (Bac)"},
    comp=[("119820", "Assembler des pièces mécaniques"), ("104411", "Lire un plan, un schéma"),
          (None, "Contrôler la conformité d'une pièce"), ("113327", "Régler un équipement mécanique"),
          ("108950", "Réaliser un perçage")],
    extra=["H2901", "I1304"],
    formation=("23684", "Mécanique générale", "Bac ou équivalent"),
)
TR["K2204"] = dict(
    libelle="Nettoyage de locaux",
    appel=["Agent / Agente de propreté et d'hygiène", "Agent / Agente de nettoyage",
           "Agent / Agente d'entretien de locaux", "Agent / Agente de service"],
    met=["agent de propreté", "agent de nettoyage", "agent d'entretien", "agent de service"],
    emoji="🧽",
    missions=[
        ("Nettoyer et désinfecter les bureaux, sanitaires et parties communes",
         "Entretien courant des bureaux, des sanitaires et des circulations"),
        ("Utiliser les machines (autolaveuse, monobrosse, aspirateur dorsal)", "Conduite d'autolaveuse et de monobrosse"),
        ("Vider les corbeilles et trier les déchets", "Collecte des poubelles et tri sélectif"),
        ("Respecter les protocoles d'hygiène et le dosage des produits",
         "Application des protocoles de nettoyage et bon dosage des produits"),
        ("Réaliser des remises en état après travaux", "Nettoyage de fin de chantier / remise en état"),
        ("Entretenir les chambres et les zones de soins en établissement de santé",
         "Bionettoyage des chambres et des locaux de soins (EHPAD, clinique)"),
        ("Signaler les anomalies et le matériel défectueux", "Remontée des problèmes au chef d'équipe"),
        ("Nettoyer les vitres et les surfaces vitrées accessibles", "Lavage des vitres de plain-pied"),
        ("Assurer le réapprovisionnement des consommables (papier, savon)", "Réassort des consommables dans les sanitaires"),
    ],
    profile=[
        ("Vous préparez un CAP Agent de propreté et d'hygiène ou un Bac pro Hygiène propreté stérilisation",
         "Formation : CAP APH ou Bac pro HPS"),
        ("Vous êtes autonome, discret(ète) et fiable", "Autonomie, discrétion, fiabilité"),
        ("Vous acceptez des horaires décalés (tôt le matin ou en soirée)",
         "Disponible en horaires décalés : 6h-9h et/ou 17h-20h"),
        ("Débutant accepté", "Aucune expérience demandée"),
        ("Vous êtes mobile sur plusieurs sites",
         "Déplacements entre plusieurs sites clients (permis ou transports en commun)"),
        ("Vous avez le sens du service", "Sens du service client"),
    ],
    perks=["Tenue fournie", "Indemnités de transport", "Formation aux machines assurée en interne", "Planning fixe",
           "Mutuelle"],
    definition="Réalise le nettoyage et l'entretien des surfaces et des locaux (bureaux, sanitaires, parties communes) "
               "selon la réglementation d'hygiène et de sécurité. Peut effectuer des opérations de remise en état.",
    acquired=["Nettoyage: Nettoyer des locaux", "Nettoyage: Utiliser une autolaveuse",
              "Hygiène: Appliquer un protocole de bionettoyage", "Déchets: Trier les déchets"],
    desired=["Faire preuve d'autonomie", "Être fiable", "Faire preuve de discrétion"],
    access=["Ce métier est accessible sans diplôme ; un CAP Agent de propreté et d'hygiène est apprécié."],
    ft_access="Nettoyage - CAP, BEP et équivalents",
    diploma={"european": "3", "label": "Cap, autres formations (Infrabac)"},
    comp=[("120946", "Nettoyer des locaux"), ("107543", "Utiliser une autolaveuse"), (None, "Trier les déchets"),
          ("116224", "Appliquer un protocole de bionettoyage"), ("103390", "Doser des produits d'entretien")],
    extra=["K2203", "J1301"],
    formation=("42050", "Nettoyage", "CAP, BEP et équivalents"),
)
TR["D1106"] = dict(
    libelle="Vente en alimentation",
    appel=["Vendeur / Vendeuse en alimentation générale", "Vendeur / Vendeuse en fromagerie",
           "Vendeur / Vendeuse en boulangerie-pâtisserie", "Vendeur / Vendeuse en fruits et légumes",
           "Vendeur / Vendeuse en épicerie fine", "Vendeur / Vendeuse en charcuterie"],
    met=["vendeur en alimentation", "vendeur en fromagerie", "vendeur en boulangerie", "vendeur primeur",
         "vendeur en épicerie fine", "vendeur en charcuterie"],
    emoji="🛒",
    missions=[
        ("Accueillir et conseiller les clients sur les produits", "Accueil de la clientèle et conseil personnalisé"),
        ("Mettre en place les produits en rayon et en vitrine", "Mise en rayon, mise en valeur de la vitrine et des étals"),
        ("Tenir la caisse et encaisser les ventes", "Passage en caisse, encaissements, clôture"),
        ("Découper et emballer les produits à la coupe", "Service à la coupe : découpe, pesée, emballage"),
        ("Contrôler les dates limites et la chaîne du froid", "Vérification des DLC et des températures"),
        ("Réceptionner les livraisons et ranger la réserve", "Réception des marchandises, rangement de la réserve"),
        ("Assurer le nettoyage du magasin et du matériel", "Entretien du magasin et des outils de travail"),
        ("Préparer les commandes clients et les plateaux", "Préparation des commandes et des plateaux (fromages, charcuterie)"),
        ("Participer aux animations commerciales et aux dégustations",
         "Animation de dégustations et d'opérations commerciales"),
    ],
    profile=[
        ("Vous préparez un CAP Équipier polyvalent du commerce ou un Bac pro Métiers du commerce et de la vente",
         "Formation : CAP EPC, Bac pro MCV ou équivalent"),
        ("Vous avez le goût des bons produits et du contact client", "Passion des produits, sourire, sens du contact"),
        ("Vous êtes disponible le samedi et certains dimanches matin",
         "Travail le week-end (samedi, dimanche matin par roulement)"),
        ("Vous êtes dynamique et souriant(e)", "Dynamisme et bonne humeur"),
        ("Vous respectez les règles d'hygiène", "Connaissance ou intérêt pour les règles d'hygiène alimentaire"),
        ("Débutant(e) accepté(e)", "Première expérience non exigée"),
    ],
    perks=["Remise sur les achats", "Formation aux produits", "Équipe jeune et sympa", "Prime de fin d'année",
           "Horaires en coupure possibles"],
    definition="Accueille et conseille la clientèle, vend des produits alimentaires (produits frais, fromages, fruits "
               "et légumes, épicerie) et assure la mise en rayon et l'encaissement selon les règles d'hygiène.",
    acquired=["Vente: Conseiller un client", "Vente: Encaisser un règlement", "Hygiène: Contrôler la chaîne du froid",
              "Merchandising: Mettre en valeur des produits"],
    desired=["Avoir le sens du service", "Travailler en équipe", "Être souriant et dynamique"],
    access=["Ce métier est accessible avec un CAP/BEP dans le commerce ou la vente."],
    ft_access="Vente - CAP, BEP et équivalents",
    diploma={"european": "3", "label": "Cap, autres formations (Infrabac)"},
    comp=[("100110", "Conseiller un client"), ("118340", "Encaisser un règlement"), (None, "Découper des produits"),
          ("109002", "Mettre en rayon des produits"), ("122813", "Contrôler la chaîne du froid")],
    extra=["D1505", "D1507"],
    formation=("34554", "Commerce", "CAP, BEP et équivalents"),
)
QUALITES = [
    ("Travail en équipe", "Capacité à travailler avec d'autres personnes et à partager les informations utiles."),
    ("Rigueur", "Capacité à respecter les consignes, les procédures et à soigner son travail."),
    ("Sens de l'organisation", "Capacité à planifier ses tâches et à gérer les priorités."),
    ("Autonomie", "Capacité à prendre des initiatives et à mener une tâche sans supervision constante."),
    ("Capacité d'adaptation", "Capacité à s'ajuster à des situations et à des interlocuteurs variés."),
    ("Réactivité", "Capacité à agir rapidement face à un imprévu."),
]

# --------------------------------------------------------------------------------------------
# Employeurs fictifs
# --------------------------------------------------------------------------------------------
EMP = {}


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def make_siren(key):
    r = rng_for("siren", key)
    while True:
        n = str(r.randint(3, 9)) + "".join(str(r.randint(0, 9)) for _ in range(8))
        if luhn_ok(n):
            return n


def make_siret(siren, key):
    r = rng_for("nic", key)
    while True:
        nic = "00" + "".join(str(r.randint(0, 9)) for _ in range(3))
        if luhn_ok(siren + nic):
            return siren + nic


def E(key, legal, brand, ft_name, act, naf, size, sites, desc=None, web=None, mail=None):
    siren = make_siren(key)
    EMP[key] = dict(key=key, legal=legal, brand=brand, ft_name=ft_name, act=act, naf=naf, size=size,
                    sites={c: dict(street=s, cp=cp, siret=make_siret(siren, key + c)) for c, (s, cp) in sites.items()},
                    desc=desc, web=web, mail=mail or (re.sub(r"[^a-z]", "", strip_accents((brand or legal).lower()))[:18] + ".fr"))


# plomberie
E("garonne", "SARL GARONNE THERMIQUE SERVICES", "Garonne Thermique", "GARONNE THERMIQUE", "entreprise de plomberie-chauffage fondée en 2004", "plomb", "10-19",
  {"toulouse": ("14 RUE DES JUMEAUX", "31200")}, desc="Plomberie, chauffage et climatisation pour particuliers et syndics sur l'agglomération toulousaine.")
E("sanichauf", "SANI-CHAUFF MONTPELLIER SAS", "Sanichauf 34", "SANICHAUF 34", "spécialiste de la rénovation énergétique et sanitaire", "plomb", "20-49",
  {"montpellier": ("215 AVENUE DE TOULOUSE", "34070"), "sete": ("8 QUAI DE BOSC", "34200")}, web="https://www.sanichauf34.fr")
E("rouquette", "ETS ROUQUETTE ET FILS", "Rouquette Plomberie Chauffage", "Rouquette Plomberie-Chauffage", "entreprise familiale (3e génération)", "plomb", "6-9",
  {"nimes": ("31 CHEMIN DU MAS DE VAREILLES", "30900")})
E("catalan", "SAS CATALAN ENERGIES SERVICES", "Catal'Énergies", "CATAL'ENERGIES", "installateur RGE de pompes à chaleur et chaudières", "plomb", "10-19",
  {"perpignan": ("5 RUE PAUL SABATIER", "66000")}, desc="Installateur RGE QualiPAC, 15 techniciens, interventions dans tout le Roussillon.")
E("plombtarn", "EURL MAZARS PLOMBERIE", "Plomberie du Tarn", "PLOMBERIE DU TARN", "artisan plombier installé depuis 2011", "plomb", "3-5",
  {"albi": ("22 AVENUE GAMBETTA", "81000")})
E("thermialbi", "SARL THERMI'ALBI", None, "THERMI ALBI", "PME de chauffage et sanitaire", "plomb", "6-9",
  {"albi": ("9 RUE DE LA BARAQUE", "81000")})
E("canalchauf", "SARL CANAL CHAUFFAGE ALBIGEOIS", "Canal Chauffage", "CANAL CHAUFFAGE ALBIGEOIS", "entreprise de chauffage", "plomb", "6-9",
  {"albi": ("47 ROUTE DE CASTRES", "81000")})
E("quercy", "CHAUFFAGE QUERCY CONFORT SAS", "Quercy Confort", "QUERCY CONFORT", "installateur chauffage et climatisation", "plomb", "20-49",
  {"montauban": ("1350 AVENUE DE TOULOUSE", "82000")})
E("altiplomb", "ALTIPLOMB SARL", "Altiplomb", "ALTIPLOMB", "entreprise de plomberie du bâtiment neuf", "plomb", "20-49",
  {"colomiers": ("3 RUE DU PIC DU MIDI", "31770")})
# secrétariat
E("ferrand", "SELARL FERRAND ET ASSOCIES EXPERTISE", "Ferrand & Associés", "FERRAND ET ASSOCIES", "cabinet d'expertise comptable de 25 collaborateurs", "compta", "20-49",
  {"montpellier": ("120 RUE DE LA GALERA", "34090")}, web="https://www.ferrand-associes-expertise.fr")
E("veto", "SELARL CLINIQUE VETERINAIRE DES GARRIGUES", "Clinique vétérinaire des Garrigues", "Clinique Vétérinaire des Garrigues", "clinique vétérinaire canine et féline", "veto", "10-19",
  {"nimes": ("640 CHEMIN DU MAS DE CHEYLON", "30900")})
E("notaires", "SCP BARTHES VIDAL NOTAIRES ASSOCIES", "Office notarial Barthès-Vidal", "OFFICE NOTARIAL BARTHES-VIDAL", "office notarial", "notaire", "10-19",
  {"castres": ("4 BOULEVARD RAYMOND VITTOZ", "81100")})
E("roussillon", "ROUSSILLON GESTION IMMOBILIERE SAS", "Roussillon Gestion", "ROUSSILLON GESTION IMMOBILIERE", "syndic de copropriété et gestion locative", "immo", "10-19",
  {"perpignan": ("18 QUAI VAUBAN", "66000")})
E("terrasses", "SARL LES TERRASSES IMMOBILIER", "Les Terrasses de Blagnac Immobilier", "LES TERRASSES IMMOBILIER", "agence immobilière", "immo", "6-9",
  {"blagnac": ("2 PLACE DES ARTS", "31700")})
E("laffont", "TRANSPORTS LAFFONT LOGISTIQUE", "Transports Laffont", "TRANSPORTS LAFFONT", "transporteur régional de 80 salariés", "transp", "50-99",
  {"muret": ("ZI DE MONTAUT 12 RUE DES ARTISANS", "31600")})
E("dentaire", "CENTRE DENTAIRE ARENES SANTE", None, "CENTRE DENTAIRE ARENES SANTE", "centre dentaire", "dent", "10-19",
  {"nimes": ("11 BOULEVARD DES ARENES", "30000")})
E("avocats", "SELARL MAURIN AVOCATS", "Cabinet Maurin", "CABINET MAURIN AVOCATS", "cabinet d'avocats", "notaire", "6-9",
  {"nimes": ("7 RUE DE LA REPUBLIQUE", "30000")})
# montage
E("aeromeca", "AEROMECA OCCITANIE SAS", "Aéroméca", "AEROMECA", "sous-traitant aéronautique de rang 2", "aero", "100-199",
  {"blagnac": ("ZAC ANDROMEDE 6 RUE CHARLES LINDBERGH", "31700"), "colomiers": ("34 RUE DU LUCHONNAIS", "31770")},
  desc="Sous-traitant aéronautique : assemblage de sous-ensembles et d'outillages pour les grands donneurs d'ordre.")
E("matagri", "MACHINISME AGRICOLE TARNAIS SAS", "MAT Agri", "MAT AGRI", "fabricant de matériel de travail du sol", "agri", "50-99",
  {"castres": ("ZA DU CAUSSE 15 RUE DES CHARRUES", "81100")})
E("hydraulsud", "HYDRAUL'SUD INDUSTRIE", "Hydraul'Sud", "HYDRAUL SUD INDUSTRIE", "concepteur de vérins et de centrales hydrauliques", "hydro", "50-99",
  {"lunel": ("ZAE LES ROUBIÈRES 210 RUE DES ROUBIERES", "34400")})
E("amp", "ALES MECANIQUE DE PRECISION", "AMP", "ALES MECANIQUE PRECISION", "atelier de mécanique de précision", "meca", "20-49",
  {"ales": ("8 AVENUE JULES GUESDE", "30100")})
E("convoyeurs", "CASTELSARRASIN CONVOYEURS SAS", "Convoyeurs du Tarn-et-Garonne", "CASTELSARRASIN CONVOYEURS", "fabricant de convoyeurs pour l'agroalimentaire", "levage", "20-49",
  {"castelsarrasin": ("ZI FORT 3 RUE DES FORGES", "82100")})
E("sudassemb", "SUD ASSEMBLAGE INDUSTRIEL SAS", "SAI", "SUD ASSEMBLAGE INDUSTRIEL", "intégrateur de lignes de production", "meca", "50-99",
  {"toulouse": ("52 CHEMIN DE LA CEPIERE", "31100")})
E("bagrobot", "BAGNOLS ROBOTIQUE SARL", "Bagnols Robotique", "BAGNOLS ROBOTIQUE", "constructeur de machines spéciales robotisées", "meca", "20-49",
  {"bagnols": ("ZA DE L'EUROPE 9 RUE DE STRASBOURG", "30200")})
E("sidobre", "ATELIERS MECANIQUES DU SIDOBRE", None, "ATELIERS MECANIQUES DU SIDOBRE", "atelier de mécanique générale", "meca", "10-19",
  {"castres": ("ZA DE LA PRADE 4 RUE DES CARRIERS", "81100")})
E("tarnhydro", "TARN HYDRO-COMPOSANTS", None, "TARN HYDRO COMPOSANTS", "fabricant de composants hydrauliques", "hydro", "20-49",
  {"castres": ("ZI DE MELOU 3 RUE DES ATELIERS", "81100")})
# propreté
E("netocc", "NET'OCCITANIE PROPRETE SAS", "Net'Occitanie", "NET OCCITANIE PROPRETE", "entreprise de propreté de 300 salariés", "nett", "200-249",
  {"toulouse": ("17 RUE DU COMMANDANT ROLLAND", "31400"), "colomiers": ("5 ALLEE DU CAMPUS", "31770")})
E("alterna", "ALTERNA INTERIM SAS", "Alterna Intérim", "ALTERNA INTERIM", "réseau d'agences d'emploi spécialisé dans l'alternance", "interim", "250-499",
  {"toulouse": ("40 ALLEES JEAN JAURES", "31000"), "montpellier": ("3 RUE MAGUELONE", "34000"), "nimes": ("25 AVENUE FEUCHERES", "30000")},
  web="https://www.alterna-interim.fr")
E("eclat", "ECLAT SERVICES NETTOYAGE", "Éclat Services", "ECLAT SERVICES", "entreprise de nettoyage tertiaire", "nett", "20-49",
  {"beziers": ("12 RUE DU GENERAL MAS", "34500")})
E("hygroussillon", "HYGIENE PLUS ROUSSILLON SARL", "Hygiène Plus", "HYGIENE PLUS ROUSSILLON", "entreprise de propreté et de désinfection", "nett", "50-99",
  {"perpignan": ("ZI NORD 140 RUE ARISTIDE BERGES", "66000")})
E("ehpad", "ASSOCIATION LES JARDINS D'AUTAN", "EHPAD Les Jardins d'Autan", "EHPAD LES JARDINS D'AUTAN", "EHPAD associatif de 84 lits", "ehpad", "50-99",
  {"balma": ("6 CHEMIN DE LA TUILERIE", "31130")})
E("propmontal", "PROPRETE MONTALBANAISE SARL", "Propreté Montalbanaise", "PROPRETE MONTALBANAISE", "entreprise de nettoyage", "nett", "20-49",
  {"montauban": ("220 AVENUE DE BORDEAUX", "82000")})
E("cleanup", "CLEAN'UP MEDITERRANEE SAS", "Clean'Up", "CLEAN UP MEDITERRANEE", "entreprise de propreté", "nett", "50-99",
  {"montpellier": ("1025 RUE HENRI BECQUEREL", "34000")})
E("nethérault", "NETTOYAGE HERAULT SERVICES", None, "NETTOYAGE HERAULT SERVICES", "entreprise de nettoyage", "nett", "10-19",
  {"montpellier": ("66 AVENUE DU PIRÉE", "34000")})
# vente alimentaire
E("oustal", "LA CAVE A FROMAGES DE L'OUSTAL SARL", "L'Oustal Fromager", "L'OUSTAL FROMAGER", "fromagerie-crèmerie artisanale", "fromage", "6-9",
  {"toulouse": ("9 RUE DES FILATIERS", "31000")}, desc="Fromagerie affineur, 300 références, marchés et boutique en centre-ville.")
E("panier", "SAS DISTRI-GARD", "Le Panier Gardois", "LE PANIER GARDOIS", "supermarché indépendant", "super", "50-99",
  {"nimes": ("1800 ROUTE DE MONTPELLIER", "30900")})
E("primeurs", "PRIMEURS DU SOLEIL SAS", "Primeurs du Soleil", "PRIMEURS DU SOLEIL", "enseigne régionale de primeurs (12 magasins)", "primeur", "100-199",
  {"perpignan": ("45 AVENUE DU MARECHAL LECLERC", "66000"), "montpellier": ("12 COURS GAMBETTA", "34000"),
   "beziers": ("30 ALLEES PAUL RIQUET", "34500")}, web="https://www.primeurs-du-soleil.fr")
E("tramontane", "EPICERIE FINE LA TRAMONTANE", "La Tramontane", "LA TRAMONTANE", "épicerie fine catalane", "fromage", "3-5",
  {"perpignan": ("6 RUE DE LA LOGE", "66000")})
E("gayraud", "CHARCUTERIE GAYRAUD ET FILS", "Maison Gayraud", "MAISON GAYRAUD", "charcuterie-traiteur", "charcut", "10-19",
  {"castres": ("14 PLACE JEAN JAURES", "81100")})
E("setemaree", "AUX HALLES DE SETE SARL", "Sète Marée Primeurs", "AUX HALLES DE SETE", "étal de primeurs et produits de la mer", "primeur", "6-9",
  {"sete": ("RUE GAMBETTA HALLES DE SETE", "34200")})
E("bergere", "FROMAGERIE LA BERGERE SAS", "La Bergère", "FROMAGERIE LA BERGERE", "fromagerie de quartier", "fromage", "3-5",
  {"montpellier": ("5 RUE DU FAUBOURG FIGUEROLLES", "34070")})
E("fournil", "SARL FOURNIL DU CAPITOLE", "Le Fournil du Capitole", "FOURNIL DU CAPITOLE", "boulangerie-pâtisserie artisanale", "boul", "10-19",
  {"toulouse": ("23 RUE DU TAUR", "31000")})
E("painsoleil", "BOULANGERIE PAIN DE SOLEIL", None, "BOULANGERIE PAIN DE SOLEIL", "boulangerie", "boul", "6-9",
  {"toulouse": ("88 AVENUE DE MURET", "31300")})
E("epiromane", "SARL L'EPI ROMANE", "L'Épi Romane", "L'EPI ROMANE", "boulangerie", "boul", "6-9",
  {"toulouse": ("3 PLACE SAINT-SERNIN", "31000")})
# CFA (offres déléguées)
E("cfabtp", "CFA BATIMENT SUD OCCITANIE", None, "CFA BATIMENT SUD OCCITANIE", "centre de formation d'apprentis", "cfa", "50-99",
  {"toulouse": ("90 RUE DU FERETRA", "31400")}, web="https://www.cfa-batiment-sud-occitanie.fr")

# employeurs des offres isolées : "LEGAL|Marque|commune|rue|cp|taille|naf"
SINGLE_EMP = {
    "F1603": [
        "SARL DELMAS CHAUFFAGE|Delmas Chauffage|muret|6 RUE CASTELVIELH|31600|6-9|plomb",
        "ENTREPRISE PUJOL SANITAIRE||toulouse|140 ROUTE D'ESPAGNE|31100|3-5|plomb",
        "SAS HELIOTHERM 30|Héliotherm|ales|17 RUE D'AVEJAN|30100|10-19|plomb",
        "BEZIERS CLIMAT PLOMBERIE SARL|BCP|beziers|4 AVENUE DE LA VOIE DOMITIENNE|34500|10-19|plomb",
        "EURL SOLER MANEL|Soler Plomberie|canet|2 RUE DE LA MEDITERRANEE|66140|1-2|plomb",
        "SAS AQUATHERM ENVIRONNEMENT|Aquatherm|castelnau|240 RUE DE LA JASSE|34170|20-49|plomb",
        "SARL COMMINGES ENERGIE||stgaudens|11 RUE DE LA SOUMES|31800|6-9|plomb",
        "BAGNOLS SANITAIRE CONFORT|BSC|bagnols|25 AVENUE DE LA ROQUETTE|30200|3-5|plomb",
        "SAS LES ARTISANS DU CHAUFFAGE|Les Artisans du Chauffage|castres|8 RUE DE VILLEGOUDOU|81100|10-19|plomb",
    ],
    "M1607": [
        "SARL BATIMENTS DU LAURAGAIS|Bâtiments du Lauragais|balma|12 AVENUE DES ARENES ROMAINES|31130|20-49|plomb",
        "CABINET D'ORTHOPHONIE DU PEYROU||montpellier|2 RUE FOCH|34000|3-5|para",
        "SAS MEDITERRANEE LOCATION ENGINS|MLE|sete|ZI DES EAUX BLANCHES 4 RUE DE LA PECHE|34200|20-49|transp",
        "AGENCE IMMOBILIERE DU CASTEL|Castel Immo|castelsarrasin|1 PLACE DE LA LIBERTE|82100|3-5|immo",
        "SARL AUTO-ECOLE DES ARCEAUX|Auto-école des Arceaux|montpellier|10 BOULEVARD DES ARCEAUX|34000|6-9|autoecole",
        "EXPERTISE COMPTABLE DU GARD RHODANIEN|ECGR|bagnols|5 RUE CROIX DE FER|30200|10-19|compta",
        "SAS OPTIQUE DU CAPCIR||perpignan|21 AVENUE DE GRANDE BRETAGNE|66000|3-5|optique",
        "ASSOCIATION AIDE A DOMICILE DU TARN|ADT 81|albi|3 RUE TIMBAL|81000|100-199|aidedom",
        "SARL AGRI-NEGOCE QUERCY|Agri-Négoce|montauban|45 AVENUE DE L'EUROPE|82000|20-49|transp",
    ],
    "H2909": [
        "SAS MECASUD COMPOSANTS|Mécasud|colomiers|11 RUE DE L'INDUSTRIE|31770|50-99|aero",
        "AUTOMATISMES DU BITERROIS|ADB|beziers|ZI DE MERCORENT 2 RUE DES FRERES MONTGOLFIER|34500|20-49|meca",
        "SAS PORTE-OUTILS OCCITANS|POC|montauban|ZI NORD 30 RUE DE LA MECANIQUE|82000|20-49|meca",
        "SARL MECA-CEVENNES|Méca-Cévennes|ales|ZI DE CROUPILLAC 7 RUE DES FORGES|30100|10-19|meca",
        "SOCIETE NOUVELLE DES ATELIERS DE PERPIGNAN|SNAP|perpignan|ZI SAINT-CHARLES 22 RUE DU CAMP DE LA MIR|66000|20-49|levage",
        "SAS ALBI LEVAGE SYSTEMES|ALS|albi|ZI DES PORTES D'ALBI 9 RUE DE L'USINE|81000|50-99|levage",
        "AERO-HARNAIS ASSEMBLAGE SAS||blagnac|4 CHEMIN DE LA SALVETAT|31700|100-199|aero",
        "SARL HYDRO-MAINTENANCE DU GARD|HMG|nimes|ZI DE SAINT-CESAIRE 2 RUE DES CHAUDRONNIERS|30900|10-19|hydro",
        "SAS VERGERS MACHINES|Vergers Machines|castelsarrasin|1 RUE DE MOISSAC|82100|20-49|agri",
    ],
    "K2204": [
        "SARL BRILLANCE 81|Brillance|albi|40 AVENUE FRANCOIS VERDIER|81000|20-49|nett",
        "SAS NETTOYAGE DU PIEMONT||stgaudens|5 RUE DE L'ISLE|31800|10-19|nett",
        "ALES PROPRETE SERVICES|APS|ales|18 RUE DE LA REPUBLIQUE|30100|20-49|nett",
        "CLINIQUE DU PARC SAINT-ROCH SAS||perpignan|3 RUE DE L'ANCIENNE ROUTE D'ESPAGNE|66000|200-249|ehpad",
        "SARL SUD HYGIENE SERVICES|Sud Hygiène|sete|10 RUE PAUL VALERY|34200|10-19|nett",
        "SAS ONYX PROPRETE TOULOUSE|Onyx Propreté|toulouse|8 AVENUE DE LARRIEU|31100|50-99|nett",
        "SARL CASTRES NETTOYAGE INDUSTRIEL|CNI|castres|ZI DU MELOU 12 RUE DES TANNEURS|81100|20-49|nett",
        "RESIDENCE AUTONOMIE LES OLIVIERS||lunel|2 RUE DES CAROUBIERS|34400|20-49|ehpad",
        "SAS MULTISERVICES TOLOSANS|MST|blagnac|9 RUE DES LANDES|31700|20-49|nett",
    ],
    "D1106": [
        "SARL LES VERGERS DE L'ARIEGE|Les Vergers|muret|4 AVENUE JACQUES DOUZANS|31600|3-5|primeur",
        "FROMAGERIE SAINT-ROCH|Saint-Roch Fromages|montpellier|3 RUE DE L'AIGUILLERIE|34000|3-5|fromage",
        "SAS ALBI FRAIS|Intermarché Albi Frais|albi|RUE DU ROC|81000|50-99|super",
        "BOULANGERIE AU PAIN D'ALES||ales|12 RUE D'AUVERGNE|30100|6-9|boul",
        "SARL LA MAISON DU CASSOULET|Maison du Cassoulet|castelsarrasin|7 PLACE DE LA LIBERTE|82100|6-9|charcut",
        "SAS TERROIRS CATALANS|Terroirs Catalans|canet|15 PROMENADE DE LA MER|66140|3-5|fromage",
        "SUPERETTE DU CANAL||beziers|20 BOULEVARD DE VERDUN|34500|10-19|super",
        "SARL BIO ET SENS|Bio & Sens|castelnau|95 AVENUE DE L'EUROPE|34170|10-19|primeur",
        "BOUCHERIE CHARCUTERIE DU MARCADIEU||montauban|2 RUE DE LA RESISTANCE|82000|6-9|charcut",
        "SAS LA CREMERIE DE BALMA|La Crèmerie|balma|10 AVENUE DE LA PLAINE|31130|3-5|fromage",
    ],
}
ACTS = {"plomb": "entreprise de plomberie-chauffage", "dent": "cabinet de santé", "transp": "entreprise de services",
        "immo": "agence de services", "compta": "cabinet comptable", "ehpad": "structure d'accueil",
        "aero": "industriel de l'aéronautique", "meca": "atelier de mécanique", "levage": "fabricant d'équipements",
        "hydro": "atelier d'hydraulique", "agri": "fabricant de machines agricoles", "nett": "entreprise de propreté",
        "primeur": "commerce de fruits et légumes", "para": "cabinet paramédical", "optique": "magasin d'optique",
        "autoecole": "auto-école", "aidedom": "association d'aide à domicile", "fromage": "commerce de produits frais",
        "super": "supermarché", "boul": "boulangerie", "charcut": "charcuterie-traiteur"}
for rome, lines in SINGLE_EMP.items():
    for i, line in enumerate(lines):
        legal, brand, com, street, cp, size, naf = line.split("|")
        E("s_%s_%d" % (rome, i), legal, brand or None, (brand or legal).upper() if i % 3 else legal, ACTS[naf], naf, size,
          {com: (street, cp)})

# --------------------------------------------------------------------------------------------
# Rédaction des textes
# --------------------------------------------------------------------------------------------
INTRO_A = [
    "{emp}, {act}, recrute un(e) apprenti(e) {met} à {ville}.",
    "Rejoignez {emp} ({act}) ! Nous recherchons notre futur(e) {met} en alternance.",
    "Dans le cadre de son développement, {emp} ({act}) propose un contrat en alternance {de_met} sur {ville}.",
    "Vous cherchez une entreprise d'accueil pour votre alternance ? {emp} vous accueille à {ville} pour apprendre le métier {de_met}.",
    "{emp}, {act}, renforce son équipe : nous accueillons un(e) alternant(e) au poste {de_met}.",
]
INTRO_B = [
    "Poste basé à {ville}. {emp} ouvre une place en alternance : {met}.",
    "Nous formons depuis des années des jeunes à nos métiers. Cette rentrée, {emp} cherche un(e) {met} en apprentissage.",
    "Envie d'apprendre le métier {de_met} sur le terrain ? L'équipe de {emp} ({ville}) vous attend.",
    "Offre d'alternance chez {emp} : {act}.",
]
CLOSE = [
    "Candidature : CV + lettre de motivation.",
    "Poste à pourvoir dès que possible.",
    "Démarrage prévu le {start}.",
    "Contrat de {dur} mois.",
    "Merci de préciser l'école ou le CFA dans lequel vous êtes inscrit(e).",
    "Envoyez votre CV à {mail}.",
    "Entretien possible rapidement, n'hésitez pas !",
]
ADDED = {
    "F1603": "Vous serez accompagné(e) au quotidien par un compagnon plombier de plus de 20 ans d'expérience.",
    "M1607": "Le poste est à pourvoir dans un open space de six personnes, au calme.",
    "H2909": "L'atelier a été entièrement rénové l'an dernier (nouveaux postes de montage ergonomiques).",
    "K2204": "Une formation interne de deux jours aux techniques de bionettoyage est prévue à l'arrivée.",
    "D1106": "La boutique est ouverte du mardi au dimanche midi ; deux jours de repos consécutifs.",
}


def fmt_date_fr(iso):
    d = datetime.strptime(iso[:10], "%Y-%m-%d")
    return d.strftime("%d/%m/%Y")


def typo(text, r):
    out = text
    subs = [("é", "e"), ("è", "e"), ("à ", "a "), ("ê", "e"), ("  ", " "), (" ,", ","), ("ç", "c")]
    for a, b in r.sample(subs, 3):
        out = out.replace(a, b, r.randint(1, 4))
    return out


def render(job, v="A", style=None, emp_name=None, intro=None, missions=None, profile=None, perks=None,
           closes=None, add=False, reorder=False, short=False):
    """Compose une description à partir d'éléments écrits à la main pour le métier."""
    t = TR[job["rome"]]
    r = rng_for("render", job["key"], v)
    e = EMP[job["emp"]]
    k = 0 if v == "A" else 1
    emp = emp_name if emp_name is not None else job.get("emp_text") or e["brand"] or e["legal"].title()
    ville = COM[job["com"]][1]
    met = job["met"]
    if style is None:
        style = job.get("style", r.randint(0, 6))
    mis_idx = list(missions if missions is not None else job["missions"])
    pro_idx = list(profile if profile is not None else job["profile"])
    perk_idx = list(perks if perks is not None else job.get("perks", []))
    if reorder:
        mis_idx = mis_idx[1:] + mis_idx[:1]
        pro_idx = list(reversed(pro_idx))
    if short:
        mis_idx, pro_idx, perk_idx = mis_idx[:2], pro_idx[:1], []
    mis = [t["missions"][i][k] for i in mis_idx]
    pro = [t["profile"][i][k] for i in pro_idx]
    prk = [t["perks"][i] for i in perk_idx]
    pool = INTRO_A if v == "A" else INTRO_B
    it = pool[(intro if intro is not None else job.get("intro", 0)) % len(pool)]
    de_met = ("d'" if strip_accents(met[0]).lower() in "aeiouy" else "de ") + met
    head = it.format(emp=emp, act=e["act"], met=met, ville=ville, de_met=de_met)
    if add:
        head += " " + ADDED[job["rome"]]
    cl = []
    for c in (closes if closes is not None else job.get("closes", [])):
        cl.append(CLOSE[c].format(start=fmt_date_fr(job["start"]), dur=job["dur"], mail="recrutement@" + e["mail"]))
    low = lambda s: s[0].lower() + s[1:]
    if style == 0:  # prose
        txt = head + "\n\nVos missions : " + "; ".join(low(m) for m in mis) + ".\n\n" + " ".join(
            p + "." for p in pro)
        if prk:
            txt += "\n\nNous offrons : " + ", ".join(low(p) for p in prk) + "."
    elif style == 1:  # rubriques et tirets
        txt = head + "\n\nMissions :\n" + "\n".join("- " + m for m in mis) + "\n\nProfil :\n" + "\n".join(
            "- " + p for p in pro)
        if prk:
            txt += "\n\nAvantages :\n" + "\n".join("- " + p for p in prk)
    elif style == 2:  # émojis
        txt = "%s %s\n📍 %s\n\n👉 Vos missions :\n%s\n\n👤 Profil recherché :\n%s" % (
            t["emoji"], head, ville, "\n".join("• " + m for m in mis), "\n".join("• " + p for p in pro))
        if prk:
            txt += "\n\n✅ Les + :\n" + "\n".join("• " + p for p in prk)
    elif style == 3:  # titres en capitales
        txt = "DESCRIPTION DU POSTE\n" + head + "\n\nVOS MISSIONS\n" + "\n".join("* " + m for m in mis) + \
              "\n\nVOTRE PROFIL\n" + "\n".join("* " + p for p in pro)
        if prk:
            txt += "\n\nCE QUE NOUS PROPOSONS\n" + "\n".join("* " + p for p in prk)
    elif style == 4:  # très court
        txt = head + " " + (mis[0] + ". " if mis else "") + (pro[0] + "." if pro else "")
    elif style == 5:  # numéroté
        txt = head + "\nMissions principales :\n" + "\n".join("%d) %s" % (i + 1, m) for i, m in enumerate(mis)) + \
              "\nProfil : " + ", ".join(low(p) for p in pro) + "."
        if prk:
            txt += "\n" + " / ".join(prk)
    else:  # style relâché avec fautes
        txt = "on recherche un(e) apprenti(e) %s pour notre equipe a %s.\n%s\n%s\n%s" % (
            met, ville, head, "\n".join(low(m) for m in mis), " - ".join(low(p) for p in pro))
        txt = typo(txt, r)
    if e.get("desc") and job.get("with_desc"):
        txt = e["desc"] + "\n\n" + txt
    if cl:
        txt += ("\n\n" if style != 4 else " ") + " ".join(cl)
    return txt


def relay_text(text, mode):
    if mode == "same":
        return text
    if mode == "cut":
        lim = max(120, int(len(text) * 0.55))
        cut = text[:lim].rsplit(" ", 1)[0]
        return cut.rstrip(" ,;:") + "..."
    if mode == "ws":
        t = text.replace("\r", "")
        t = re.sub(r"\n\s*\n", "\n", t)
        t = t.replace("\n", " \n ").replace("  ", " ")
        return "  " + t.strip() + " "
    if mode == "flat":
        return re.sub(r"\s+", " ", text).strip()
    raise ValueError(mode)


# --------------------------------------------------------------------------------------------
# Offres réelles (« jobs ») et leurs publications
# --------------------------------------------------------------------------------------------
JOBS = {}


def J(key, rome, emp, com, date, **kw):
    r = rng_for("job", key)
    t = TR[rome]
    ai = kw.pop("appel", r.randrange(len(t["appel"])))
    job = dict(key=key, rome=rome, emp=emp, com=com, date=date, appel_i=ai,
               met=kw.pop("met", t["met"][ai]),
               missions=kw.pop("missions", sorted(r.sample(range(len(t["missions"])), r.randint(3, 6)))),
               profile=kw.pop("profile", sorted(r.sample(range(len(t["profile"])), r.randint(2, 4)))),
               perks=kw.pop("perks", sorted(r.sample(range(len(t["perks"])), r.randint(0, 3)))),
               closes=kw.pop("closes", sorted(r.sample(range(len(CLOSE)), r.randint(0, 2)))),
               intro=kw.pop("intro", r.randrange(5)),
               nature=kw.pop("nature", "A" if r.random() < 0.72 else "P"),
               dur=kw.pop("dur", r.choice([12, 24, 24, 24, 36] if rome != "M1607" else [12, 24, 24])),
               start=kw.pop("start", "2026-%02d-%02d" % (r.choice([9, 9, 10]), r.choice([1, 1, 7, 14, 21]))),
               postes=kw.pop("postes", 1 if r.random() < 0.85 else 2))
    job["title"] = kw.pop("title", None)
    job.update(kw)
    JOBS[key] = job
    return job


TITLES = {
    "F1603": ["Apprenti plombier chauffagiste H/F", "Plombier chauffagiste en alternance (H/F)", "APPRENTI(E) PLOMBIER",
              "Alternance - Installateur sanitaire et thermique H/F", "Apprenti chauffagiste - CAP MIT",
              "Plombier / Plombière en apprentissage", "Plombier chauffagiste (H/F)"],
    "M1607": ["Secrétaire en alternance H/F", "Assistant(e) administratif(ve) - Alternance", "Apprenti Secrétaire Assistant",
              "Secrétaire administrative en contrat de professionnalisation", "Alternance BTS SAM - Assistant de gestion",
              "secrétaire accueil (alternance)", "Secrétaire (H/F)"],
    "H2909": ["Apprenti monteur mécanique H/F", "Monteur-assembleur en alternance", "Alternance - Opérateur de montage mécanique (H/F)",
              "Ajusteur monteur apprenti (Bac pro / BTS)", "MONTEUR EN MECANIQUE - CONTRAT PRO",
              "Technicien de montage en apprentissage H/F", "Monteur mécanicien (H/F)"],
    "K2204": ["Agent de propreté en alternance H/F", "Apprenti agent d'entretien", "Agent(e) de nettoyage - CAP Propreté",
              "Alternance Agent d'hygiène et de propreté", "Agent de service polyvalent H/F (contrat pro)",
              "AGENT DE PROPRETE ET D'HYGIENE - APPRENTISSAGE", "Agent d'entretien (H/F)"],
    "D1106": ["Vendeur en alimentation H/F - Alternance", "Apprenti vendeur en fromagerie", "Vendeuse en boulangerie-pâtisserie (apprentissage)",
              "Alternance - Vendeur conseil primeur", "Employé(e) de commerce alimentaire en contrat pro",
              "Vendeur/Vendeuse épicerie fine en apprentissage", "Vendeur en alimentation (H/F)"],
}


def title_of(job, variant=0):
    if job["title"]:
        return job["title"] if variant == 0 else job.get("title_b", job["title"])
    r = rng_for("title", job["key"])
    met = job["met"]
    Met = met[0].upper() + met[1:]
    if job["nature"] == "A":
        pats = ["Apprenti(e) {met} H/F", "{Met} en alternance (H/F)", "ALTERNANCE - {MET}", "{Met} - apprentissage",
                "Apprenti {met}", "Alternance {met} H/F",
                "{Met} en apprentissage (%s)" % ("Bac pro / BTS" if job["rome"] in ("M1607", "H2909") else "CAP")]
    elif job["nature"] == "P":
        pats = ["{Met} en contrat de professionnalisation", "Contrat pro - {Met} H/F", "{Met} en alternance (H/F)",
                "ALTERNANCE {MET} - CONTRAT PRO"]
    elif job["nature"] == "CDI":
        pats = ["{Met} (H/F)", "{Met} - CDI", "{MET} H/F"]
    else:
        pats = ["{Met} - CDD 6 mois", "{Met} (H/F) CDD", "Renfort {met} H/F"]
    if job["rome"] in ("H2909", "K2204") and job["nature"] in ("A", "P"):
        pats.append(r.choice(TITLES[job["rome"]]))
    i = (r.randrange(len(pats)) + variant) % len(pats)
    return pats[i].format(met=met, Met=Met, MET=met.upper())


POSTS = []  # toutes les publications
BYJOB = {}
FT_IDS, LBA_IDS = set(), set()


def new_ft_id(key):
    r = rng_for("ftid", key)
    while True:
        i = "%03d%s" % (r.randint(180, 212), "".join(r.choice("ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(4)))
        if i not in FT_IDS:
            FT_IDS.add(i)
            return i


def new_lba_id(key, date):
    r = rng_for("lbaid", key)
    ts = int(datetime.strptime(date[:19], "%Y-%m-%dT%H:%M:%S").timestamp())
    while True:
        i = "%08x%s" % (ts, "".join(r.choice("0123456789abcdef") for _ in range(16)))
        if i not in LBA_IDS:
            LBA_IDS.add(i)
            return i


def ts(date, key, day_shift=0):
    r = rng_for("ts", key, date, day_shift)
    d = datetime.strptime(date, "%Y-%m-%d") + timedelta(days=day_shift, hours=r.randint(7, 18),
                                                          minutes=r.randint(0, 59), seconds=r.randint(0, 59))
    return d.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def post(src, job_key, kind, date_shift=0, **opts):
    job = JOBS[job_key]
    p = dict(src=src, job=job_key, kind=kind, shift=date_shift, opts=opts)
    p["created"] = opts.pop("created", None) or ts(job["date"], job_key + kind + str(len(BYJOB.get(job_key, []))), date_shift)
    if src == "ft":
        p["id"] = new_ft_id(job_key + kind + str(date_shift) + str(len(POSTS)))
    else:
        p["id"] = new_lba_id(job_key + kind + str(date_shift) + str(len(POSTS)), p["created"])
    POSTS.append(p)
    BYJOB.setdefault(job_key, []).append(p)
    return p


GROUPS, TRAPS = [], []


def member(p):
    return {"source": "france_travail" if p["src"] == "ft" else "lba", "id": p["id"]}


def group(kind, posts, note):
    GROUPS.append({"kind": kind, "members": [member(p) for p in posts], "note": note})


def trap(kind, posts, note):
    TRAPS.append({"kind": kind, "members": [member(p) for p in posts], "note": note})


# ---------------- relais France Travail -> La bonne alternance (12) ----------------
RELAYS = [
    # key, rome, emp, commune, date, relay mode, options
    ("r01", "F1603", "garonne", "toulouse", "2026-08-04", "same", dict(recase="title", style=1, with_desc=True)),
    ("r02", "F1603", "catalan", "perpignan", "2026-08-19", "cut", dict(extra=["I1308"], style=3, missions=[0, 1, 2, 3, 7, 9], profile=[0, 1, 2, 4], perks=[0, 2, 4])),
    ("r03", "F1603", "quercy", "montauban", "2026-09-08", "ws", dict(lba_no_name=True, style=2)),
    ("r04", "M1607", "ferrand", "montpellier", "2026-08-25", "same", dict(extra=["M1602"], style=0, appel=2, met="assistant(e) administratif(ve) et comptable")),
    ("r05", "M1607", "laffont", "muret", "2026-09-15", "ws", dict(ft_no_name=True, style=5, emp_text="Notre entreprise de transport")),
    ("r06", "H2909", "aeromeca", "blagnac", "2026-08-10", "cut", dict(extra=["H2901"], style=3, missions=[0, 2, 4, 6, 7, 8], profile=[0, 1, 2, 5], perks=[0, 1, 3], appel=0, with_desc=True)),
    ("r07", "H2909", "amp", "ales", "2026-09-02", "same", dict(recase="lower", style=1)),
    ("r08", "H2909", "convoyeurs", "castelsarrasin", "2026-10-06", "ws", dict(extra=["H2901", "I1304"], style=0)),
    ("r09", "K2204", "eclat", "beziers", "2026-08-28", "same", dict(style=4)),
    ("r10", "K2204", "hygroussillon", "perpignan", "2026-09-21", "cut", dict(style=2, missions=[0, 1, 2, 3, 4, 6, 8], perks=[0, 1, 2])),
    ("r11", "D1106", "tramontane", "perpignan", "2026-10-12", "ws", dict(style=1, appel=4, met="vendeur en épicerie fine", ft_no_name=True, lba_no_name=True)),
    ("r12", "D1106", "bergere", "montpellier", "2026-08-14", "same", dict(recase="upper", style=5, appel=1, met="vendeur en fromagerie", extra=["D1505"])),
]
for key, rome, emp, com, date, mode, o in RELAYS:
    o = dict(o)
    J(key, rome, emp, com, date, **{k: o.pop(k) for k in list(o) if k in ("style", "missions", "profile", "perks", "appel", "met", "with_desc", "emp_text")})
    a = post("ft", key, "ft", ft_no_name=o.get("ft_no_name", False))
    b = post("lba", key, "relay", relay_of=a, mode=mode, recase=o.get("recase"), extra=o.get("extra", []),
             no_name=o.get("lba_no_name", False))
    group("relay", [a, b], "offre France Travail relayée par La bonne alternance (texte %s%s)" % (
        {"same": "identique", "cut": "tronqué", "ws": "avec retours à la ligne et espaces modifiés"}[mode],
        ", intitulé re-casé" if o.get("recase") else ""))

# ---------------- publications croisées par l'employeur (13, dont 2 à trois membres) ----------------
# key, rome, emp, commune, date A (LBA), décalage FT en jours, type de réécriture, options
CROSS = [
    ("c01", "F1603", "sanichauf", "montpellier", "2026-08-06", 5, "light_add", dict(appel=0)),
    ("c02", "F1603", "rouquette", "nimes", "2026-08-31", 12, "heavy", dict()),
    ("c03", "F1603", "plombtarn", "albi", "2026-09-10", -3, "light_reorder", dict(triple=True)),
    ("c04", "M1607", "veto", "nimes", "2026-09-01", 0, "heavy_short", dict(appel=3, met="secrétaire d'accueil (ASV)")),
    ("c05", "M1607", "roussillon", "perpignan", "2026-08-12", 8, "light_add", dict(label="Hellowork", appel=1)),
    ("c06", "M1607", "notaires", "castres", "2026-08-20", 19, "heavy", dict(appel=1, met="secrétaire notarial(e)")),
    ("c07", "H2909", "matagri", "castres", "2026-09-03", 3, "light_add", dict()),
    ("c08", "H2909", "hydraulsud", "lunel", "2026-09-22", -6, "heavy_short", dict(triple=True, ft_long=True)),
    ("c09", "H2909", "bagrobot", "bagnols", "2026-10-01", 14, "light_reorder", dict(label="Meteojob")),
    ("c10", "K2204", "propmontal", "montauban", "2026-08-17", 6, "heavy", dict()),
    ("c11", "K2204", "ehpad", "balma", "2026-09-14", 2, "light_add", dict(appel=0, met="agent de service hospitalier (bionettoyage)", missions=[0, 3, 5, 6, 8])),
    ("c12", "D1106", "gayraud", "castres", "2026-10-05", 10, "heavy", dict(appel=5, met="vendeur en charcuterie-traiteur")),
    ("c13", "D1106", "fournil", "toulouse", "2026-09-07", 1, "light_reorder", dict(appel=2, met="vendeuse / vendeur en boulangerie-pâtisserie")),
]
for key, rome, emp, com, date, shift, how, o in CROSS:
    o = dict(o)
    J(key, rome, emp, com, date, **{k: o.pop(k) for k in list(o) if k in ("style", "missions", "profile", "perks", "appel", "met")})
    a = post("lba", key, "own" if not o.get("label") else "partner", label=o.get("label"), how=how, side="lba")
    b = post("ft", key, "ft", date_shift=shift, how=how, side="ft", ft_long=o.get("ft_long", False))
    members = [a, b]
    if o.get("triple"):
        c = post("lba", key, "relay", date_shift=shift, relay_of=b, mode="flat" if key == "c03" else "cut",
                 extra=[], no_name=False)
        members.append(c)
    desc = {"light_add": "réécriture légère (une phrase ajoutée)", "light_reorder": "réécriture légère (ordre changé)",
            "heavy": "réécriture forte (mêmes missions dites autrement)",
            "heavy_short": "réécriture forte, un texte beaucoup plus court"}[how]
    note = "même employeur (nom écrit autrement), même lieu, publié par l'employeur sur les deux sources, %d j d'écart ; %s" % (abs(shift), desc)
    if o.get("triple"):
        note += " ; l'offre France Travail est en plus relayée par La bonne alternance"
    if o.get("label"):
        note += " ; côté La bonne alternance via le partenaire %s" % o["label"]
    group("cross_post", members, note)

# ---------------- doubles publications sur une même source (6) ----------------
DOUBLE = [
    ("d01", "F1603", "altiplomb", "colomiers", "2026-08-05", "ft", 9, "identical", dict(appel=1)),
    ("d02", "K2204", "cleanup", "montpellier", "2026-08-11", "ft", 21, "light", dict(relay_first=True)),
    ("d03", "D1106", "setemaree", "sete", "2026-09-09", "ft", 16, "light", dict(appel=3, met="vendeur primeur / marée")),
    ("d04", "M1607", "terrasses", "blagnac", "2026-08-27", "lba", 6, "identical", dict()),
    ("d05", "D1106", "oustal", "toulouse", "2026-08-18", "lba", 28, "light", dict(appel=1, met="vendeur en fromagerie", title="Apprenti(e) vendeur(se) en fromagerie", title_b="Vendeur fromager en apprentissage H/F")),
    ("d06", "H2909", "sudassemb", "toulouse", "2026-09-16", "lba", 11, "identical", dict(label="Hellowork")),
]
for key, rome, emp, com, date, src, shift, how, o in DOUBLE:
    o = dict(o)
    J(key, rome, emp, com, date, **{k: o.pop(k) for k in list(o) if k in ("style", "missions", "profile", "perks", "appel", "met", "title", "title_b")})
    kind = "ft" if src == "ft" else ("own" if not o.get("label") else "partner")
    a = post(src, key, kind, label=o.get("label"))
    b = post(src, key, kind, date_shift=shift, label=o.get("label"), repub=how)
    members = [a, b]
    if o.get("relay_first"):
        members.append(post("lba", key, "relay", relay_of=a, mode="same", extra=[], no_name=False))
    group("double_pull", members, "même offre republiée %d j plus tard sur %s sous un autre id (texte %s)%s" % (
        shift, "France Travail" if src == "ft" else "La bonne alternance", "identique" if how == "identical" else "légèrement modifié",
        " ; la première publication est aussi relayée par La bonne alternance" if o.get("relay_first") else ""))

# ---------------- pièges : offres distinctes qui se ressemblent ----------------
# même employeur, même lieu, deux métiers
J("t01", "M1607", "garonne", "toulouse", "2026-08-21", appel=2, met="assistant(e) administratif(ve)", missions=[0, 2, 3, 8], style=1)
trap("same_employer_other_job", [BYJOB["r01"][0], post("ft", "t01", "ft")],
     "Garonne Thermique (Toulouse) : apprenti plombier chauffagiste et assistant(e) administratif(ve), deux postes différents")
J("t02a", "D1106", "panier", "nimes", "2026-09-04", appel=0, met="employé(e) de rayon produits frais", missions=[1, 3, 4, 5])
J("t02b", "M1607", "panier", "nimes", "2026-09-11", appel=2, met="assistant(e) administratif(ve) (comptabilité fournisseurs)", missions=[2, 4, 8, 9])
trap("same_employer_other_job", [post("lba", "t02a", "own"), post("ft", "t02b", "ft")],
     "Le Panier Gardois (Nîmes) : vendeur rayon frais et assistant(e) administratif(ve), deux métiers")
J("t03", "D1106", "oustal", "toulouse", "2026-09-24", appel=0, nature="P", met="vendeur conseil crèmerie (BTS MCO)",
  title="Alternance BTS MCO - Vendeur conseil crèmerie H/F", missions=[0, 2, 7, 8], profile=[1, 2, 3], dur=24)
trap("same_employer_other_job", [BYJOB["d05"][0], post("ft", "t03", "ft")],
     "L'Oustal Fromager (Toulouse) : apprenti CAP vendeur fromagerie et alternant BTS MCO vendeur conseil, deux postes distincts du même métier")
J("t04", "M1607", "aeromeca", "blagnac", "2026-09-18", appel=2, met="assistant(e) administration des ventes", missions=[0, 2, 4, 9], title="Assistant ADV en alternance (H/F)")
trap("same_employer_other_job", [BYJOB["r06"][0], post("lba", "t04", "own")],
     "Aéroméca (Blagnac) : monteur mécanique et assistant(e) ADV, deux métiers")
# enseigne / agence : même gabarit dans plusieurs villes
ALTERNA_TXT = ("Alterna Intérim, votre agence de {ville}, recrute pour l'un de ses clients un AGENT DE PROPRETE H/F en contrat "
               "d'apprentissage (CAP Agent de propreté et d'hygiène).\n\nVos missions :\n- entretien des bureaux et des sanitaires\n"
               "- utilisation de l'autolaveuse\n- tri des déchets\n\nProfil : débutant accepté, sérieux, ponctuel. Horaires : 6h-10h du lundi au vendredi.\n\n"
               "Rejoignez Alterna Intérim et trouvez votre alternance près de chez vous !")
tp = []
for i, (c, d) in enumerate([("toulouse", "2026-09-28"), ("montpellier", "2026-09-29"), ("nimes", "2026-10-01")]):
    J("t05%s" % "abc"[i], "K2204", "alterna", c, d, appel=0, met="agent de propreté", title="Agent de propreté H/F - Apprentissage",
      template=ALTERNA_TXT, nature="A", dur=12)
    tp.append(post("ft", "t05%s" % "abc"[i], "ft"))
trap("chain_template", tp, "Alterna Intérim : même texte type publié pour trois agences (Toulouse, Montpellier, Nîmes), trois postes différents")
PRIM_TXT = ("Primeurs du Soleil, c'est 12 magasins de fruits et légumes frais en Occitanie. Pour notre magasin de {ville}, "
            "nous recherchons un(e) apprenti(e) vendeur(se) primeur.\nAu programme : mise en place des étals dès 6h30, conseil client, "
            "pesée et encaissement, rotation des produits.\nVous préparez un CAP Équipier polyvalent du commerce ? Vous aimez les produits frais ? Postulez !")
tp = []
for i, (c, d, s) in enumerate([("perpignan", "2026-08-24", "lba"), ("montpellier", "2026-08-24", "lba"), ("beziers", "2026-08-26", "ft")]):
    J("t06%s" % "abc"[i], "D1106", "primeurs", c, d, appel=3, met="vendeur primeur", title="Apprenti vendeur primeur (H/F)", template=PRIM_TXT)
    tp.append(post(s, "t06%s" % "abc"[i], "own" if s == "lba" else "ft"))
trap("chain_template", tp, "Primeurs du Soleil : même annonce type pour trois magasins (Perpignan, Montpellier, Béziers)")
# même employeur, même intitulé, deux sites
J("t07a", "K2204", "netocc", "toulouse", "2026-10-13", appel=0, met="agent de propreté", title="Agent de propreté et d'hygiène en apprentissage", missions=[0, 1, 2, 6], profile=[0, 2, 3], style=1, intro=0)
J("t07b", "K2204", "netocc", "colomiers", "2026-10-14", appel=0, met="agent de propreté", title="Agent de propreté et d'hygiène en apprentissage", missions=[0, 1, 2, 7], profile=[0, 2, 4], style=1, intro=0)
trap("same_employer_other_site", [post("lba", "t07a", "own"), post("lba", "t07b", "own")],
     "Net'Occitanie : même intitulé, agence de Toulouse et agence de Colomiers (SIRET différents), deux postes")
J("t08", "F1603", "sanichauf", "sete", "2026-08-13", appel=0, intro=2, style=0)
trap("same_employer_other_site", [BYJOB["c01"][0], post("ft", "t08", "ft")],
     "Sanichauf 34 : apprenti plombier chauffagiste à Montpellier et à Sète, deux établissements")
J("t09", "H2909", "aeromeca", "colomiers", "2026-08-31", appel=0, style=1, missions=[0, 2, 4, 6, 7], title="Monteur mécanique aéronautique - alternance H/F")
trap("same_employer_other_site", [BYJOB["r06"][0], post("lba", "t09", "own")],
     "Aéroméca : monteur mécanique à Blagnac et à Colomiers, deux sites et deux postes")
# deux employeurs, même commune, textes courts et génériques
J("t10a", "F1603", "thermialbi", "albi", "2026-09-29", appel=0, generic=True, title="Plombier chauffagiste")
J("t10b", "F1603", "canalchauf", "albi", "2026-10-02", appel=0, generic=True, title="Plombier chauffagiste")
trap("generic_same_commune", [post("lba", "t10a", "own"), post("lba", "t10b", "own")],
     "deux employeurs différents à Albi, texte générique (définition du métier) presque identique")
J("t11a", "M1607", "dentaire", "nimes", "2026-08-07", appel=0, generic=True, title="Secrétaire")
J("t11b", "M1607", "avocats", "nimes", "2026-08-19", appel=0, generic=True, title="Secrétaire")
trap("generic_same_commune", [post("lba", "t11a", "own"), post("lba", "t11b", "own")],
     "deux employeurs différents à Nîmes (centre dentaire, cabinet d'avocats), texte générique identique")
SHORT_K = "Recherche agent d'entretien en alternance sur {ville}. Débutant accepté. Horaires du matin."
J("t12a", "K2204", "cleanup", "montpellier", "2026-10-07", appel=2, template=SHORT_K, title="Agent d'entretien (H/F)")
J("t12b", "K2204", "nethérault", "montpellier", "2026-10-09", appel=2, template=SHORT_K.replace("Horaires du matin.", "Horaires du matin, secteur bureaux."), title="Agent d'entretien H/F")
trap("generic_same_commune", [post("ft", "t12a", "ft"), post("ft", "t12b", "ft", ft_no_name=False)],
     "deux entreprises de propreté différentes à Montpellier, annonces d'une ligne quasi identiques")
SHORT_V = "Boulangerie du quartier recherche vendeuse/vendeur en apprentissage (CAP EPC). Travail le week-end. {extra}"
J("t13a", "D1106", "painsoleil", "toulouse", "2026-08-31", appel=2, template=SHORT_V.replace("{extra}", "Débutant accepté."), title="Vendeuse en boulangerie (apprentissage)")
J("t13b", "D1106", "epiromane", "toulouse", "2026-09-03", appel=2, template=SHORT_V.replace("{extra}", "Débutant(e) accepté(e), fermé le lundi."), title="Vendeur/vendeuse boulangerie en apprentissage")
trap("generic_same_commune", [post("lba", "t13a", "own"), post("ft", "t13b", "ft")],
     "deux boulangeries différentes à Toulouse, textes courts presque identiques")
SHORT_H = "Entreprise industrielle de Castres recherche monteur mécanique en alternance (Bac pro / BTS). Lecture de plans. {x}"
J("t16a", "H2909", "sidobre", "castres", "2026-10-16", appel=0, template=SHORT_H.replace("{x}", "Poste en journée."), title="Monteur mécanique alternance", ft_no_name=True)
J("t16b", "H2909", "tarnhydro", "castres", "2026-10-19", appel=0, template=SHORT_H.replace("{x}", "Poste en 2x8."), title="Monteur mécanique en alternance H/F")
trap("generic_same_commune", [post("ft", "t16a", "ft", ft_no_name=True), post("ft", "t16b", "ft", ft_no_name=True)],
     "deux industriels différents à Castres (employeur masqué côté France Travail), textes d'une ligne presque identiques")
# même employeur qui réembauche plus de six mois après (dates hors août-octobre, voir README)
J("t14", "D1106", "fournil", "toulouse", "2026-02-09", appel=2, met="vendeuse / vendeur en boulangerie-pâtisserie", intro=3, style=2)
trap("rehire_after_6_months", [post("ft", "t14", "ft"), BYJOB["c13"][1]],
     "Le Fournil du Capitole : même poste, offre de février 2026 puis nouvelle embauche en septembre 2026 (7 mois après)")
J("t15", "M1607", "ferrand", "montpellier", "2026-01-12", appel=2, met="assistant(e) administratif(ve) et comptable", style=3, intro=1)
trap("rehire_after_6_months", [post("ft", "t15", "ft"), BYJOB["r04"][0]],
     "Ferrand & Associés : même poste pourvu en janvier 2026, nouvelle alternance en août 2026 (plus de 7 mois après)")
# CFA : offres déléguées pour deux entreprises différentes
J("t17a", "F1603", "cfabtp", "toulouse", "2026-09-01", appel=0, delegated=True, title="Apprenti plombier chauffagiste - entreprise partenaire (Toulouse Nord)",
  template="Le CFA Bâtiment Sud Occitanie recherche pour une entreprise partenaire située au nord de Toulouse (secteur Fenouillet) un(e) apprenti(e) "
           "plombier chauffagiste en CAP MIS. Entreprise de 8 salariés, chantiers de rénovation chez les particuliers. Rentrée en septembre.")
J("t17b", "F1603", "cfabtp", "toulouse", "2026-09-02", appel=0, delegated=True, title="Apprenti plombier chauffagiste - entreprise partenaire (Toulouse Sud)",
  template="Le CFA Bâtiment Sud Occitanie recherche pour une entreprise partenaire de Portet-sur-Garonne un(e) apprenti(e) "
           "plombier chauffagiste en CAP MIS. PME de 25 salariés spécialisée en logements neufs. Rentrée en septembre.")
trap("delegated_two_companies", [post("lba", "t17a", "own"), post("lba", "t17b", "own")],
     "deux offres déléguées par le même CFA (même SIRET et adresse : celles du CFA) pour deux entreprises différentes")
# même lieu, même métier, deux employeurs avec texte riche (Nîmes plomberie, Perpignan vente)
J("t18", "F1603", "s_F1603_2", "ales", "2026-09-01", appel=0)
# (t18 est une offre isolée ordinaire)
post("ft", "t18", "ft")

# ---------------- offres isolées (compléter à ~70 par source) ----------------
HAND = {
    "s_F1603_0": ("Petite entreprise (6 personnes) cherche apprenti motivé pour CAP plomberie. On fait surtout de la rénovation de "
                  "salles de bain et du dépannage chez les particuliers autour de {ville}. Pas besoin d'expérience, il faut juste "
                  "être à l'heure le matin et avoir envie d'apprendre. Appeler Didier au 06 39 98 41 07 après 18h."),
    "s_F1603_5": ("AQUATHERM - ALTERNANCE 2026/2027\n\nNous recherchons un(e) alternant(e) en BTS Fluides Énergies Domotique (option "
                  "génie climatique) ou en Bac pro ICCER.\n\nVotre quotidien :\n- mise en service de pompes à chaleur et de chaudières à "
                  "condensation ;\n- relevés de mesures, réglages, remplissage des rapports d'intervention sur tablette ;\n"
                  "- appui au chargé d'affaires pour les métrés et les devis ;\n- interventions en binôme sur des chantiers tertiaires "
                  "(bureaux, écoles).\n\nCe que l'on attend de vous : curiosité technique, sens de la sécurité, permis B en cours.\n"
                  "Ce que l'on vous apporte : un tuteur dédié, un véhicule de service en 2e année, une vraie perspective d'embauche.\n\n"
                  "Rythme école/entreprise : 2 semaines / 2 semaines."),
    "s_M1607_1": ("Cabinet d'orthophonie (3 praticiennes) cherche secrétaire en alternance, 2 jours par semaine au cabinet. Gestion "
                  "des appels, des rendez-vous (logiciel en ligne), des feuilles de soins et du courrier. Patientèle d'enfants : "
                  "patience et bienveillance indispensables !"),
    "s_M1607_4": ("🚗 L'auto-école des Arceaux recrute son/sa futur(e) secrétaire en alternance !\n\nTu accueilles les élèves à "
                  "l'agence, tu réponds au téléphone, tu inscris les candidats à l'examen du code et tu gères les plannings des "
                  "moniteurs. Tu prépares un Bac pro AGOrA ou un BTS SAM ? Tu es à l'aise avec les gens et avec l'ordi ? "
                  "Envoie-nous ton CV 😉\n\nHoraires : mardi-samedi, 9h-12h30 / 14h-18h30."),
    "s_H2909_1": ("AUTOMATISMES DU BITERROIS CONÇOIT ET FABRIQUE DES PORTAILS ET DES BARRIÈRES AUTOMATIQUES.\n"
                  "DANS NOTRE ATELIER DE {ville}, VOUS APPRENDREZ A MONTER LES MOTORISATIONS, LES CARTERS ET LES ARMOIRES DE "
                  "COMMANDE, A REGLER LES FINS DE COURSE ET A TESTER LES ENSEMBLES AVANT LIVRAISON.\n"
                  "PROFIL : BAC PRO MSPC OU MELEC EN COURS, BONNE LECTURE DE PLANS.\nHORAIRES DE JOURNEE, 35H."),
    "s_H2909_6": ("Au sein de l'unité d'assemblage, l'alternant(e) participe au montage des harnais et des supports mécaniques "
                  "destinés aux cabines d'avion.\n\nActivités :\n• préparation des kits de pièces selon la nomenclature\n"
                  "• pose des fixations (rivets, vis, colliers) et serrage au couple\n• autocontrôle et enregistrement dans le système "
                  "qualité\n• participation aux chantiers 5S\n\nFormation visée : Bac pro Aéronautique option structure, ou CQPM "
                  "Monteur-assembleur. Habilitation et formation sécurité assurées en interne.\nSite accessible en tram (ligne T1)."),
    "s_K2204_1": "Entreprise de nettoyage recrute apprenti(e) CAP APH, secteur {ville} et alentours. Permis B souhaité.",
    "s_K2204_3": ("La Clinique du Parc Saint-Roch accueille chaque année des apprentis dans ses équipes hôtelières.\n\n"
                  "Poste : agent de bionettoyage en alternance (CAP Agent de propreté et d'hygiène).\n"
                  "Vous assurerez l'entretien des chambres après le départ des patients, le bionettoyage des blocs selon les "
                  "protocoles du service d'hygiène, la gestion du linge propre et sale, et la traçabilité des opérations.\n\n"
                  "Horaires : 6h30-14h ou 13h30-21h, un week-end sur deux.\nVaccinations à jour obligatoires (hépatite B)."),
    "s_D1106_1": ("Fromagerie du centre historique cherche apprenti(e) vendeur/vendeuse. Vous apprendrez la coupe, l'emballage, "
                  "l'affinage et surtout le conseil : nos clients adorent qu'on leur raconte les fromages ! Travail le samedi "
                  "(marché des Arceaux le mardi et le samedi matin). CAP Crémier-fromager ou CAP EPC."),
    "s_D1106_7": ("bio & sens recrute !!\nvendeur/se rayon vrac et fruits et legumes en contrat d'apprentissage\n"
                  "- mise en rayon, etiquetage, remplissage des silos vrac\n- conseil aux clients (produits bio, locaux)\n"
                  "- caisse\nvous etes sensible a l'alimentation bio et au zero dechet ? rejoignez une equipe de 12 passionnés\n"
                  "magasin ouvert du lundi au samedi 9h-19h30"),
}

SING_PLAN = []
for rome in TR:
    for i in range(len(SINGLE_EMP[rome])):
        ek = "s_%s_%d" % (rome, i)
        if ek == "s_F1603_2":
            continue
        SING_PLAN.append((rome, ek))
for n, (rome, ek) in enumerate(SING_PLAN):
    r = rng_for("single", ek)
    com = list(EMP[ek]["sites"])[0]
    day = datetime(2026, 8, 3) + timedelta(days=r.randint(0, 81))
    key = "s%02d" % n
    kw = {}
    roll = r.random() if n % 2 == 0 else 1.0  # La bonne alternance ne publie que des contrats en alternance
    if n % 6 == 4:
        kw.update(with_desc=True, perks=[0, 1, 2, 3, 4], closes=[0, 2, 3, 5], style=1 + (n % 3))
    if ek in HAND:
        kw["template"] = HAND[ek]
        roll = 1.0
    if roll < 0.12:
        kw["nature"] = "CDI"
    elif roll < 0.18:
        kw["nature"] = "CDD"
    J(key, rome, ek, com, day.strftime("%Y-%m-%d"), **kw)
    src = "ft" if n % 2 == 0 else "lba"
    if src == "lba":
        if n % 7 == 3:
            post("lba", key, "partner", label="Hellowork")
        elif n % 11 == 5:
            post("lba", key, "partner", label="Meteojob")
        elif n % 9 == 1:
            JOBS[key]["generic"] = True
            post("lba", key, "own")
        else:
            post("lba", key, "own")
    else:
        post("ft", key, "ft", ft_no_name=(n % 5 == 0), origin2=(n % 8 == 2))

# --------------------------------------------------------------------------------------------
# Construction des enregistrements
# --------------------------------------------------------------------------------------------
def job_text(job, side, how=None, variant=0, repub=None, ft_long=False, emp_name=None):
    if job.get("template"):
        return job["template"].format(ville=COM[job["com"]][1])
    if job.get("generic"):
        return TR[job["rome"]]["definition"]
    e = EMP[job["emp"]]
    if how is None:
        txt = render(job, "A", emp_name=emp_name)
    elif side == "lba":
        if how in ("light_add", "light_reorder"):
            txt = render(job, "A", emp_name=emp_name)
        elif how == "heavy":
            txt = render(job, "B", style=(job.get("style", 1) + 2) % 6, emp_name=emp_name,
                         intro=job["intro"] + 1, missions=job["missions"][::-1], profile=job["profile"][:2])
        else:  # heavy_short : côté LBA très court, reformulé
            txt = render(job, "B", style=4, emp_name=emp_name, intro=job["intro"] + 2)
    else:  # FT side of a cross_post
        if how == "light_add":
            txt = render(job, "A", add=True, emp_name=emp_name)
        elif how == "light_reorder":
            txt = render(job, "A", reorder=True, emp_name=emp_name)
        elif how == "heavy":
            txt = render(job, "A", style=job.get("style", 0), emp_name=emp_name, closes=[1, 3])
        else:
            t = TR[job["rome"]]
            txt = render(job, "A", style=1, emp_name=emp_name, missions=list(range(len(t["missions"]))),
                         profile=list(range(len(t["profile"]))), perks=list(range(len(t["perks"]))), closes=[2, 3, 4])
            if ft_long:
                txt = (e.get("desc") or ("%s est %s." % (e["brand"] or e["legal"], e["act"]))) + \
                      " Nos produits équipent des engins de travaux publics, des machines agricoles et des presses industrielles. " \
                      "Nous réalisons en interne la conception, l'usinage, le montage et les essais.\n\n" + txt + \
                      "\n\nDéroulement du recrutement :\n1. Entretien téléphonique\n2. Visite de l'atelier\n3. Journée d'immersion\n\n" \
                      "Rémunération selon l'âge et l'année de formation + prime d'équipe.\nHoraires : 7h30-15h30 ou 13h-21h selon planning."
    if repub == "light":
        txt = txt.replace(fmt_date_fr(job["start"]), "dès que possible") + "\n\nAnnonce remise en ligne : le poste est toujours disponible."
    return txt


def contract_labels(job):
    n = job["nature"]
    if n == "A":
        return "CDD", "Contrat à durée déterminée - %d Mois" % job["dur"], "Contrat apprentissage", True
    if n == "P":
        return "CDD", "Contrat à durée déterminée - %d Mois" % job["dur"], "Contrat de professionnalisation", True
    if n == "CDI":
        return "CDI", "Contrat à durée indéterminée", "Contrat travail", False
    return "CDD", "Contrat à durée déterminée - 6 Mois", "Contrat travail", False


PRENOMS = ["Sandrine", "Julien", "Nadia", "Thierry", "Camille", "Karim", "Élodie", "Pascal", "Mélanie", "Yannick", "Sophie", "Bruno"]
NOMS = ["FABRE", "MARTY", "ESTÈVE", "ROUSSEL", "CARRIÈRE", "BENALI", "PUJOL", "COMBES", "DELPECH", "SERRES", "VIDAL", "GALY"]


def fake_phone(key):
    r = rng_for("tel", key)
    pre = r.choice(["05 36 49", "04 65 71", "06 39 98"])
    return "%s %02d %02d" % (pre, r.randint(0, 99), r.randint(0, 99))


def build_ft(p):
    job = JOBS[p["job"]]
    t = TR[job["rome"]]
    e = EMP[job["emp"]]
    o = p["opts"]
    r = rng_for("ftrec", p["id"])
    dep, name, insee, lat, lon = COM[job["com"]]
    site = e["sites"][job["com"]]
    tc, tcl, nat, alt = contract_labels(job)
    how = o.get("how")
    desc = job_text(job, "ft", how=how, repub=o.get("repub"), ft_long=o.get("ft_long", False),
                    emp_name=(e["ft_name"].title() if how in ("heavy", "heavy_short") else None))
    title = title_of(job, 1 if how in ("heavy", "heavy_short") or o.get("repub") == "light" else 0)
    if how and job["key"].startswith("c") and how != "light_add":
        title = title_of(job, 2)
    created = p["created"]
    upd = (datetime.strptime(created[:19], "%Y-%m-%dT%H:%M:%S") + timedelta(days=r.randint(0, 9), hours=r.randint(0, 5)))
    rec = {
        "id": p["id"],
        "intitule": title,
        "description": desc,
        "dateCreation": created,
        "dateActualisation": upd.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "lieuTravail": {"libelle": ft_label(job["com"]), "latitude": round(lat + r.uniform(-0.004, 0.004), 6),
                        "longitude": round(lon + r.uniform(-0.004, 0.004), 6), "codePostal": site["cp"], "commune": insee},
        "romeCode": job["rome"],
        "romeLibelle": t["libelle"],
        "appellationlibelle": t["appel"][job["appel_i"]],
        "entreprise": {"entrepriseAdaptee": False},
        "typeContrat": tc,
        "typeContratLibelle": tcl,
        "natureContrat": nat,
        "experienceExige": "D" if r.random() < 0.8 else "S",
        "experienceLibelle": "Débutant accepté" if r.random() < 0.8 else "Expérience souhaitée",
    }
    rec["experienceLibelle"] = "Débutant accepté" if rec["experienceExige"] == "D" else "6 mois - en stage ou en entreprise"
    ft_no_name = o.get("ft_no_name") or job.get("ft_no_name")
    if not ft_no_name:
        nm = e["ft_name"]
        if how in ("light_reorder",) and e["brand"]:
            nm = e["legal"]
        rec["entreprise"]["nom"] = nm
    if e.get("desc") and r.random() < 0.6 and not ft_no_name:
        rec["entreprise"]["description"] = e["desc"]
    if e.get("web") and not ft_no_name:
        rec["entreprise"]["url"] = e["web"]
    if r.random() < 0.45:
        f = t["formation"]
        rec["formations"] = [{"codeFormation": f[0], "domaineLibelle": f[1], "niveauLibelle": f[2],
                              "exigence": "S" if r.random() < 0.6 else "E"}]
    if r.random() < 0.6:
        comps = r.sample(t["comp"], r.randint(2, 4))
        rec["competences"] = []
        for c, l in comps:
            d = {"libelle": l, "exigence": "S" if r.random() < 0.5 else "E"}
            if c:
                d["code"] = c
            rec["competences"].append(d)
    if r.random() < 0.5:
        rec["qualitesProfessionnelles"] = [{"libelle": a, "description": b} for a, b in r.sample(QUALITES, 3)]
    if alt:
        rec["salaire"] = r.choice([{"libelle": "Selon la réglementation en vigueur pour les contrats en alternance"},
                                   {"commentaire": "Selon âge et année de formation", "libelle": "Mensuel de 800.0 Euros à 1450.0 Euros sur 12 mois"},
                                   {"libelle": "Selon profil", "complement1": "Panier repas"}])
    else:
        rec["salaire"] = {"libelle": "Mensuel de 1801.8 Euros sur 12 mois", "complement1": "Mutuelle"}
    rec["alternance"] = alt
    pn = r.randrange(len(PRENOMS))
    rec["contact"] = {"nom": "%s - %s %s" % (e["ft_name"] if not ft_no_name else "Service recrutement", PRENOMS[pn], NOMS[(pn + 5) % len(NOMS)]),
                      "coordonnees1": "%s %s %s" % (site["street"].title(), site["cp"], name.upper()),
                      "telephone": fake_phone(p["id"]),
                      "courriel": "%s.%s@%s" % (strip_accents(PRENOMS[pn]).lower(), strip_accents(NOMS[(pn + 5) % len(NOMS)]).lower(), e["mail"])}
    if r.random() < 0.3:
        rec["contact"].pop("telephone")
        rec["contact"]["urlPostulation"] = "https://recrutement.%s/offre/%d" % (e["mail"], r.randint(1000, 9999))
    rec["agence"] = {"courriel": "ape.%s@francetravail.invalid" % strip_accents(name).lower().replace(" ", "").replace("-", "")}
    naf = NAF[e["naf"]]
    rec["codeNAF"] = naf[0][:2] + "." + naf[0][2:]
    rec["secteurActivite"] = naf[0][:2]
    rec["secteurActiviteLibelle"] = naf[1]
    rec["qualificationCode"] = "6" if job["rome"] in ("F1603", "H2909") else "5"
    rec["qualificationLibelle"] = "Ouvrier qualifié (P3,P4,OHQ)" if rec["qualificationCode"] == "6" else "Employé non qualifié"
    rec["trancheEffectifEtab"] = e["size"].replace("-", " à ") + " salariés"
    rec["nombrePostes"] = job["postes"]
    rec["accessibleTH"] = r.random() < 0.3
    if o.get("origin2"):
        rec["origineOffre"] = {"origine": "2", "urlOrigine": "https://www.hellowork.com/fr-fr/emplois/%d.html" % r.randint(40000000, 49999999),
                               "partenaires": [{"nom": "HELLOWORK", "url": "https://www.hellowork.com", "logo": "https://www.francetravail.fr/logos/hellowork.png"}]}
    else:
        rec["origineOffre"] = {"origine": "1", "urlOrigine": "https://candidat.francetravail.fr/offres/recherche/detail/%s" % p["id"]}
    p["record"] = rec
    return rec


def slug(s):
    s = strip_accents(s.lower())
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")[:60]


def build_lba(p):
    job = JOBS[p["job"]]
    t = TR[job["rome"]]
    e = EMP[job["emp"]]
    o = p["opts"]
    r = rng_for("lbarec", p["id"])
    dep, name, insee, lat, lon = COM[job["com"]]
    site = e["sites"][job["com"]]
    kind = p["kind"]
    naf = NAF[e["naf"]]
    created = p["created"]
    exp = (datetime.strptime(created[:19], "%Y-%m-%dT%H:%M:%S") + timedelta(days=60)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    if kind == "relay":
        src = o["relay_of"]["record"]
        mode = o["mode"]
        title = src["intitule"]
        if o.get("recase") == "title":
            title = " ".join(w.capitalize() if w.isupper() and len(w) > 1 and w != "H/F" else w for w in title.split(" "))
            title = title[0].upper() + title[1:]
            title = title.title().replace("H/F", "H/F") if title == src["intitule"] else title
        elif o.get("recase") == "lower":
            title = title.lower()
        elif o.get("recase") == "upper":
            title = title.upper()
        nm = None if o.get("no_name") else src["entreprise"].get("nom")
        if job["key"] == "r05":
            nm = e["ft_name"]  # nom absent côté France Travail, présent côté LBA
        nat = src["natureContrat"]
        ctype = ["Apprentissage"] if nat == "Contrat apprentissage" else (["Professionnalisation"] if nat == "Contrat de professionnalisation" else [])
        if r.random() < 0.3:
            ctype = []
        rec = {
            "identifier": {"id": p["id"], "partner_label": "France Travail", "partner_job_id": src["id"]},
            "workplace": {"siret": None, "brand": None, "legal_name": None, "website": None, "name": nm,
                          "description": src["entreprise"].get("description"), "size": None,
                          "location": {"address": lba_ft_label(job["com"]),
                                       "geopoint": {"type": "Point", "coordinates": [src["lieuTravail"]["longitude"], src["lieuTravail"]["latitude"]]}},
                          "domain": {"idcc": None, "opco": None, "naf": {"code": naf[0], "label": naf[1]}}},
            "apply": {"url": "https://candidat.francetravail.fr/offres/recherche/detail/%s" % src["id"], "phone": None, "recipient_id": None},
            "contract": {"start": None, "duration": job["dur"] if ctype else None, "type": ctype, "remote": None},
            "offer": {"title": title, "rome_codes": [job["rome"]] + list(o.get("extra", [])),
                      "description": relay_text(src["description"], mode),
                      "target_diploma": None, "desired_skills": [], "to_be_acquired_skills": [],
                      "access_conditions": [t["ft_access"]] if r.random() < 0.8 else [],
                      "publication": {"creation": src["dateCreation"], "expiration": exp},
                      "opening_count": src["nombrePostes"], "status": "Active"},
            "is_delegated": False,
        }
        p["record"] = rec
        return rec
    how = o.get("how")
    label = o.get("label") or "offres_emploi_lba"
    desc = job_text(job, "lba", how=how, repub=o.get("repub"))
    title = title_of(job, 1 if o.get("repub") == "light" else 0)
    delegated = bool(job.get("delegated"))
    addr_style = r.randrange(3)
    street, cp = site["street"], site["cp"]
    if addr_style == 0:
        address = "%s %s %s" % (street, cp, name.upper())
    elif addr_style == 1:
        address = "%s, %s %s" % (street.title().replace("'S", "'s"), cp, name)
    else:
        address = "%s %s %s" % (street, cp, strip_accents(name).upper())
    if label == "offres_emploi_lba":
        url = "https://labonnealternance.apprentissage.beta.gouv.fr/emploi/offres_emploi_lba/%s/%s" % (p["id"], slug(title))
        pjid = p["id"]
    elif label == "Hellowork":
        pjid = str(r.randint(40000000, 49999999))
        url = "https://www.hellowork.com/fr-fr/emplois/%s.html" % pjid
    else:
        pjid = "%d" % r.randint(300000000, 399999999)
        url = "https://www.meteojob.com/candidat/offres/offre-d-emploi-%s-%s" % (slug(title), pjid)
    nat = job["nature"]
    ctype = ["Professionnalisation"] if nat == "P" else ["Apprentissage"]
    brand = None if delegated else e["brand"]
    legal = e["legal"]
    rec = {
        "identifier": {"id": p["id"], "partner_label": label, "partner_job_id": pjid},
        "workplace": {"siret": site["siret"], "brand": brand, "legal_name": legal,
                      "website": e.get("web"), "name": legal or brand,
                      "description": e.get("desc") if r.random() < 0.5 else None,
                      "size": e["size"],
                      "location": {"address": address,
                                   "geopoint": {"type": "Point", "coordinates": [round(lon + r.uniform(-0.02, 0.02), 5), round(lat + r.uniform(-0.015, 0.015), 5)]}},
                      "domain": {"idcc": naf[3], "opco": naf[2], "naf": {"code": naf[0], "label": naf[1]}}},
        "apply": {"url": url, "phone": fake_phone(p["id"]).replace(" ", "") if r.random() < 0.6 else None,
                  "recipient_id": ("jobs_partners_%s" % p["id"]) if label == "offres_emploi_lba" or r.random() < 0.3 else None},
        "contract": {"start": job["start"] + "T00:00:00.000Z" if r.random() < 0.85 else None, "duration": job["dur"],
                     "type": ctype, "remote": "onsite" if r.random() < 0.8 else None},
        "offer": {"title": title, "rome_codes": [job["rome"]] + ([t["extra"][0]] if r.random() < 0.2 else []),
                  "description": desc,
                  "target_diploma": t["diploma"] if r.random() < 0.8 else None,
                  "desired_skills": r.sample(t["desired"], r.randint(0, 3)) if label == "offres_emploi_lba" else [],
                  "to_be_acquired_skills": r.sample(t["acquired"], r.randint(1, 3)) if label == "offres_emploi_lba" else [],
                  "access_conditions": list(t["access"]) if r.random() < 0.6 else [],
                  "publication": {"creation": created, "expiration": exp},
                  "opening_count": job["postes"], "status": "Active"},
        "is_delegated": delegated,
    }
    if job["key"] in ("c02", "c06", "c10", "c12"):
        # côté LBA l'employeur saisit sa raison sociale, sans enseigne
        rec["workplace"]["brand"] = None
    p["record"] = rec
    return rec


# l'ordre compte : les relais lisent l'enregistrement France Travail déjà construit
for p in POSTS:
    if p["src"] == "ft":
        build_ft(p)
for p in POSTS:
    if p["src"] == "lba":
        build_lba(p)

# --------------------------------------------------------------------------------------------
# Écriture
# --------------------------------------------------------------------------------------------
def write_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


for d in ("ft", "lba"):
    if os.path.isdir(os.path.join(OUT, d)):
        for fn in os.listdir(os.path.join(OUT, d)):
            if fn.endswith(".json"):
                os.remove(os.path.join(OUT, d, fn))

ft_by_rome, lba_by_rome = {}, {}
for p in POSTS:
    rome = JOBS[p["job"]]["rome"]
    (ft_by_rome if p["src"] == "ft" else lba_by_rome).setdefault(rome, []).append(p["record"])
for rome, recs in sorted(ft_by_rome.items()):
    recs.sort(key=lambda x: x["dateCreation"], reverse=True)
    write_json(os.path.join(OUT, "ft", "search_76_%s.json" % rome), {"resultats": recs, "filtresPossibles": []})
for rome, recs in sorted(lba_by_rome.items()):
    order = {"offres_emploi_lba": 0, "France Travail": 1}
    recs.sort(key=lambda x: x["offer"]["publication"]["creation"], reverse=True)
    recs.sort(key=lambda x: order.get(x["identifier"]["partner_label"], 2))
    write_json(os.path.join(OUT, "lba", "search_76_%s.json" % rome), {"jobs": recs, "recruiters": [], "warnings": []})

write_json(os.path.join(OUT, "truth.json"), {"groups": GROUPS, "traps": TRAPS})

n_ft = sum(1 for p in POSTS if p["src"] == "ft")
n_lba = sum(1 for p in POSTS if p["src"] == "lba")
cnt = {}
for g in GROUPS:
    cnt[g["kind"]] = cnt.get(g["kind"], 0) + 1
tcnt = {}
for tr in TRAPS:
    tcnt[tr["kind"]] = tcnt.get(tr["kind"], 0) + 1
labels = {}
for p in POSTS:
    if p["src"] == "lba":
        lab = p["record"]["identifier"]["partner_label"]
        labels[lab] = labels.get(lab, 0) + 1
distinct = len({p["job"] for p in POSTS})

readme = """# Partie A — offres d'alternance en Occitanie (région 76)

Données d'évaluation **fictives** (employeurs, SIRET, personnes, adresses, textes, identifiants), écrites à l'aveugle
par `generate.py` (bibliothèque standard, déterministe). Vérification : `python3 check.py`.

- Région : Occitanie (76) ; départements 31, 34, 30, 66, 81, 82 ; 20 communes.
- Codes ROME : F1603 (plomberie chauffage), M1607 (secrétariat), H2909 (montage mécanique), K2204 (propreté),
  D1106 (vente alimentaire) ; codes ajoutés sur certains relais : I1308, F1602, M1602, H2901, I1304, D1505, K2203.
- Dates de création : du 3 août au 23 octobre 2026, sauf deux offres (janvier et février 2026) qui servent aux
  pièges « réembauche plus de six mois après » : on peut les retirer avec leurs deux pièges.
- `ft/` : %(n_ft)d offres France Travail (%(n_ft_files)d fichiers, un par code ROME).
- `lba/` : %(n_lba)d offres La bonne alternance (%(n_lba_files)d fichiers) ; partner_label : %(labels)s.
- Offres distinctes (vérité) : %(distinct)d.
- `truth.json` : groupes %(groups)s ; pièges %(traps)s.
- Deux groupes `cross_post` ont trois membres (offre déposée sur La bonne alternance, même offre déposée sur
  France Travail, et relais de cette dernière par La bonne alternance) ; un groupe `double_pull` a trois membres
  (deux publications France Travail, la première relayée).
- Les pièges listent des offres distinctes qui se ressemblent (le champ `note` dit pourquoi) ; un membre de piège
  peut appartenir par ailleurs à un groupe.
- Les descriptions France Travail et les champs `contact`, `apply.phone` contiennent des coordonnées fictives
  (noms, téléphones en 05 36 49 / 04 65 71 / 06 39 98, courriels) : l'outil ne doit pas les conserver.
""" % dict(n_ft=n_ft, n_lba=n_lba, n_ft_files=len(ft_by_rome), n_lba_files=len(lba_by_rome),
           labels=", ".join("%s %d" % kv for kv in sorted(labels.items())), distinct=distinct,
           groups=", ".join("%s %d" % kv for kv in sorted(cnt.items())),
           traps=", ".join("%s %d" % kv for kv in sorted(tcnt.items())) + " (total %d)" % len(TRAPS))
with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
    f.write(readme)
print("ft=%d lba=%d distinct=%d groups=%s traps=%s labels=%s" % (n_ft, n_lba, distinct, cnt, tcnt, labels))
