#!/usr/bin/env python3
"""Deterministic generator for blind evaluation part E (A1203 jardinier paysagiste, N4105 chauffeur livreur).

Everything is fictitious. Offer texts are hand-written below with inline annotations:
  [[key|text]]   -> a skill mention (key = skill key, text = exact phrasing kept in the description)
  {{kind|text}}  -> a not-skill phrase (kind among salaire, avantage, contrat, horaires, candidature,
                    entreprise, titre, diplome_requis, niveau, contact)
The generator strips the annotations and records the truth from them. Standard library only.
"""
import csv
import datetime as dt
import html
import json
import os
import re
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "E"

# ---------------------------------------------------------------------------
# 1. ROME excerpt
# ---------------------------------------------------------------------------
FICHES = [
    # code_rome, code_ogr, libelle, eco, num, demo, reglemente, cadre, parent
    ("A1203", "750001", "Jardinier paysagiste / Jardinière paysagiste", "Oui", "Non", "Non", "Non", "Non", "A1203"),
    ("N4105", "750002", "Chauffeur livreur / Chauffeuse livreuse", "Oui", "Oui", "Non", "Non", "Non", "N4105"),
    ("A1202", "750003", "Agent / Agente d'entretien des espaces naturels", "Oui", "Non", "Non", "Non", "Non", "A1202"),
    ("A1201", "750004", "Bûcheron / Bûcheronne", "Oui", "Non", "Non", "Non", "Non", "A1201"),
    ("N4101", "750005", "Conducteur / Conductrice de transport de marchandises sur longue distance", "Oui", "Oui", "Non", "Oui", "Non", "N4101"),
    ("N1103", "750006", "Préparateur / Préparatrice de commandes", "Non", "Oui", "Non", "Non", "Non", "N1103"),
]

APPELLATIONS = [
    # code_ogr, long, court, code_rome, classification, peu_usite
    ("750101", "Jardinier paysagiste / Jardinière paysagiste", "Jardinier paysagiste", "A1203", "Synonyme", "Non"),
    ("750102", "Ouvrier paysagiste / Ouvrière paysagiste", "Ouvrier paysagiste", "A1203", "Synonyme", "Non"),
    ("750103", "Agent / Agente d'entretien des espaces verts", "Agent d'entretien des espaces verts", "A1203", "Synonyme", "Non"),
    ("750104", "Jardinier / Jardinière de golf", "Jardinier de golf", "A1203", "Spécialisation", "Oui"),
    ("750111", "Chauffeur livreur / Chauffeuse livreuse", "Chauffeur livreur", "N4105", "Synonyme", "Non"),
    ("750112", "Livreur / Livreuse de colis", "Livreur de colis", "N4105", "Synonyme", "Non"),
    ("750113", "Chauffeur-livreur installateur / Chauffeuse-livreuse installatrice", "Chauffeur-livreur installateur", "N4105", "Spécialisation", "Non"),
    ("750114", "Chauffeur livreur / Chauffeuse livreuse sous température dirigée", "Chauffeur livreur froid", "N4105", "Spécialisation", "Oui"),
    ("750121", "Agent / Agente d'entretien des espaces naturels", "Agent d'entretien des espaces naturels", "A1202", "Synonyme", "Non"),
    ("750122", "Ouvrier / Ouvrière de rivière", "Ouvrier de rivière", "A1202", "Spécialisation", "Oui"),
    ("750131", "Bûcheron / Bûcheronne", "Bûcheron", "A1201", "Synonyme", "Non"),
    ("750132", "Élagueur / Élagueuse", "Élagueur", "A1201", "Spécialisation", "Non"),
    ("750141", "Conducteur / Conductrice poids lourd", "Conducteur poids lourd", "N4101", "Synonyme", "Non"),
    ("750142", "Chauffeur / Chauffeuse routier international", "Chauffeur routier international", "N4101", "Spécialisation", "Non"),
    ("750151", "Préparateur / Préparatrice de commandes", "Préparateur de commandes", "N1103", "Synonyme", "Non"),
    ("750152", "Agent / Agente de quai", "Agent de quai", "N1103", "Synonyme", "Non"),
    ("750153", "Cariste préparateur / Cariste préparatrice", "Cariste préparateur", "N1103", "Spécialisation", "Oui"),
]

# Competences (savoir-faire, savoir-etre): code_ogr, nature, label, definition, macro_ogr, macro_code,
# cat, sous_cat, eco, num, skill key used in offers (or None)
SF, SE = "Savoir-faire", "Savoir-être professionnel"
CT, CSE = "Compétence technique", "Savoir-être professionnel"
COMPETENCES = [
    ("751001", SF, "Réaliser la tonte et le débroussaillage des espaces enherbés", "Couper l'herbe et la végétation basse avec le matériel adapté à la surface.", "753001", "MC-ESV-01", CT, "Entretien des espaces verts", "Non", "Non", "tonte"),
    ("751002", SF, "Tailler les arbres, les arbustes et les haies", "Réduire ou former la ramure des végétaux ligneux selon l'espèce et la saison.", "753001", "MC-ESV-01", CT, "Entretien des espaces verts", "Non", "Non", "taille"),
    ("751003", SF, "Planter des végétaux d'ornement", "Mettre en place arbres, arbustes, vivaces et annuelles.", "753002", "MC-ESV-02", CT, "Création paysagère", "Non", "Non", "plant"),
    ("751004", SF, "Réaliser un engazonnement par semis ou placage", "Créer une surface de gazon.", "753002", "MC-ESV-02", CT, "Création paysagère", "Non", "Non", "gazon"),
    ("751005", SF, "Poser des éléments de maçonnerie paysagère", "Réaliser dallages, pavages, bordures et murets.", "753002", "MC-ESV-02", CT, "Création paysagère", "Non", "Non", "maco"),
    ("751006", SF, "Identifier les végétaux et leurs besoins", "Reconnaître les espèces et leurs exigences de culture.", "753003", "MC-ESV-03", CT, "Connaissance du végétal", "Non", "Non", "vegetaux"),
    ("751007", SF, "Assurer l'entretien de premier niveau du matériel motorisé", "Nettoyer, graisser, vérifier les machines.", "753004", "MC-ESV-04", CT, "Maintenance du matériel", "Non", "Non", "entmat"),
    ("751008", SF, "Préparer le sol avant plantation ou semis", "Travailler et amender la terre.", "753002", "MC-ESV-02", CT, "Création paysagère", "Non", "Non", "sol"),
    ("751009", SF, "Lire un plan d'aménagement paysager", "Exploiter les documents graphiques d'un projet.", "753002", "MC-ESV-02", CT, "Création paysagère", "Non", "Non", "plan"),
    ("751010", SF, "Conduire des engins de chantier de petit gabarit", "Utiliser mini-pelle, mini-chargeuse, dumper.", "753005", "MC-ESV-05", CT, "Conduite d'engins", "Non", "Non", "engin"),
    ("751011", SF, "Collecter et valoriser les déchets verts", "Ramasser, broyer, évacuer ou composter les résidus végétaux.", "753001", "MC-ESV-01", CT, "Entretien des espaces verts", "Oui", "Non", "dechets"),
    ("751012", SF, "Conseiller un client sur l'entretien de son jardin", "Informer le client particulier sur les soins à apporter.", "753006", "MC-ESV-06", CT, "Relation client", "Non", "Non", "client"),
    ("751013", SF, "Mettre en oeuvre des techniques d'entretien sans produits chimiques", "Gestion différenciée, désherbage alternatif, paillage.", "753001", "MC-ESV-01", CT, "Entretien des espaces verts", "Oui", "Non", "ecolo"),
    ("751014", SF, "Installer un système d'arrosage", "Poser et régler un réseau d'irrigation.", "753002", "MC-ESV-02", CT, "Création paysagère", "Oui", "Non", None),
    ("751015", SF, "Réaliser des ouvrages en bois d'extérieur", "Clôtures, terrasses, pergolas, bacs.", "753002", "MC-ESV-02", CT, "Création paysagère", "Non", "Non", "bois"),
    ("751016", SF, "Réaliser la pose d'une toiture végétalisée", "Mettre en oeuvre le complexe drainant, le substrat et les végétaux.", "753007", "MC-ESV-07", CT, "Végétalisation du bâti", "Oui", "Non", "toiture"),
    ("751017", SF, "Réaliser des travaux de déneigement", "Dégager et sécuriser les accès en période hivernale.", "753008", "MC-ESV-08", CT, "Viabilité hivernale", "Non", "Non", "neige"),
    ("751018", SF, "Abattre et débiter des arbres", "Utiliser la tronçonneuse pour l'abattage et le façonnage.", "753009", "MC-FOR-01", CT, "Travaux forestiers", "Non", "Non", "tronco"),
    ("751019", SF, "Travailler en hauteur avec un équipement antichute", "Utiliser harnais, longe et ligne de vie.", "753010", "MC-SEC-01", CT, "Sécurité", "Non", "Non", "hauteur"),
    # savoir-etre (shared)
    ("751101", SE, "Faire preuve de rigueur et de précision", "Respecter les consignes et soigner l'exécution.", "753101", "MC-SE-01", CSE, "Rigueur", "Non", "Non", "rigueur"),
    ("751102", SE, "Travailler en équipe", "Coopérer avec ses collègues.", "753102", "MC-SE-02", CSE, "Coopération", "Non", "Non", "equipe"),
    ("751103", SE, "Faire preuve d'autonomie", "Organiser seul son travail.", "753103", "MC-SE-03", CSE, "Autonomie", "Non", "Non", "autonomie"),
    ("751104", SE, "Faire preuve de réactivité", "Agir vite face à un aléa.", "753104", "MC-SE-04", CSE, "Réactivité", "Non", "Non", None),
    ("751105", SE, "Gérer son stress", "Garder son calme sous pression.", "753105", "MC-SE-05", CSE, "Gestion des émotions", "Non", "Non", "stress"),
    ("751106", SE, "Avoir le sens du service", "Être attentif aux attentes des personnes servies.", "753106", "MC-SE-06", CSE, "Service", "Non", "Non", "presentation"),
    ("751107", SE, "Faire preuve de persévérance", "Mener une tâche à son terme.", "753107", "MC-SE-07", CSE, "Persévérance", "Non", "Non", "motiv"),
    # transversal savoir-faire
    ("751201", SF, "Porter secours à une victime d'accident du travail", "Protéger, alerter, secourir.", "753201", "MC-TR-01", CT, "Santé et sécurité au travail", "Non", "Non", "sst"),
    ("751202", SF, "Appliquer les techniques de gestes et postures de manutention", "Prévenir les risques liés à l'activité physique.", "753201", "MC-TR-01", CT, "Santé et sécurité au travail", "Non", "Non", "gp"),
    ("751203", SF, "Renseigner des documents de suivi sur tablette ou ordinateur", "Saisir des informations simples sur un support numérique.", "753202", "MC-TR-02", CT, "Usages numériques", "Non", "Oui", "tab"),
    # N4105
    ("751301", SF, "Charger et décharger les marchandises du véhicule", "Mettre à bord et débarquer les colis et palettes.", "753301", "MC-LIV-01", CT, "Manutention", "Non", "Non", "charge"),
    ("751302", SF, "Organiser une tournée de livraison", "Définir l'ordre des arrêts et l'itinéraire.", "753302", "MC-LIV-02", CT, "Organisation de la tournée", "Non", "Non", "tournee"),
    ("751303", SF, "Remettre les colis au destinataire contre signature", "Livrer et obtenir la preuve de livraison.", "753303", "MC-LIV-03", CT, "Livraison", "Non", "Non", "remise"),
    ("751304", SF, "Contrôler la conformité des marchandises livrées", "Vérifier quantité et état, émettre des réserves.", "753303", "MC-LIV-03", CT, "Livraison", "Non", "Non", "controle"),
    ("751305", SF, "Effectuer les vérifications du véhicule avant le départ", "Niveaux, pneumatiques, éclairage, documents.", "753304", "MC-LIV-04", CT, "Conduite", "Non", "Non", "verifveh"),
    ("751306", SF, "Arrimer et caler le chargement", "Immobiliser les charges dans la caisse.", "753301", "MC-LIV-01", CT, "Manutention", "Non", "Non", "arrimage"),
    ("751307", SF, "Conduire un véhicule utilitaire léger", "Conduire en sécurité un véhicule de moins de 3,5 t.", "753304", "MC-LIV-04", CT, "Conduite", "Non", "Non", "permisb"),
    ("751308", SF, "Accueillir et renseigner le destinataire d'une livraison", "Relation avec le client final.", "753305", "MC-LIV-05", CT, "Relation client", "Non", "Non", "relclient"),
    ("751309", SF, "Encaisser un paiement à la livraison", "Percevoir un règlement et le restituer.", "753305", "MC-LIV-05", CT, "Relation client", "Non", "Non", "encaisse"),
    ("751310", SF, "Gérer les retours et les litiges de livraison", "Traiter refus, avaries, colis non distribués.", "753303", "MC-LIV-03", CT, "Livraison", "Non", "Non", "retours"),
    ("751311", SF, "Adopter une conduite économique et écologique", "Réduire consommation et émissions.", "753304", "MC-LIV-04", CT, "Conduite", "Oui", "Non", "ecoconduite"),
    ("751312", SF, "Livrer des produits sous température dirigée", "Maintenir la chaîne du froid jusqu'au client.", "753303", "MC-LIV-03", CT, "Livraison", "Non", "Non", "froid"),
    ("751313", SF, "Préparer les colis d'une tournée", "Trier, regrouper et étiqueter les colis.", "753301", "MC-LIV-01", CT, "Manutention", "Non", "Non", "prepacolis"),
    ("751314", SF, "Utiliser un hayon élévateur ou un transpalette", "Manipuler des charges lourdes avec l'équipement du véhicule.", "753301", "MC-LIV-01", CT, "Manutention", "Non", "Non", "hayon"),
    ("751315", SF, "Monter du mobilier au domicile du client", "Assembler les meubles livrés.", "753306", "MC-LIV-06", CT, "Installation à domicile", "Non", "Non", "montage"),
    ("751316", SF, "Mettre en service un appareil électroménager", "Raccorder et tester l'appareil livré.", "753306", "MC-LIV-06", CT, "Installation à domicile", "Non", "Non", "electromenager"),
    ("751317", SF, "Collecter les équipements usagés du client", "Reprendre les anciens appareils pour leur recyclage.", "753306", "MC-LIV-06", CT, "Installation à domicile", "Oui", "Non", "deee"),
    ("751318", SF, "Livrer des produits de santé", "Transporter des médicaments selon les règles de la distribution pharmaceutique.", "753303", "MC-LIV-03", CT, "Livraison", "Non", "Non", "pharma"),
    ("751319", SF, "Conduire un véhicule utilitaire électrique", "Gérer l'autonomie et la recharge d'un véhicule électrique.", "753304", "MC-LIV-04", CT, "Conduite", "Oui", "Oui", "electrique"),
    # close fiches
    ("751401", SF, "Entretenir les sentiers et les berges", "Dégager, stabiliser et sécuriser les cheminements naturels.", "753401", "MC-NAT-01", CT, "Gestion des milieux naturels", "Oui", "Non", None),
    ("751402", SF, "Lutter contre les espèces végétales envahissantes", "Arracher, faucher, suivre les foyers.", "753401", "MC-NAT-01", CT, "Gestion des milieux naturels", "Oui", "Non", None),
    ("751403", SF, "Réaliser des aménagements de génie écologique", "Fascines, tressages, plantations de berge.", "753401", "MC-NAT-01", CT, "Gestion des milieux naturels", "Oui", "Non", None),
    ("751404", SF, "Entretenir le mobilier d'accueil du public", "Bancs, panneaux, barrières.", "753402", "MC-NAT-02", CT, "Accueil du public", "Non", "Non", None),
    ("751501", SF, "Élaguer des arbres en hauteur", "Réduire la ramure en grimpant ou depuis une nacelle.", "753501", "MC-FOR-02", CT, "Élagage", "Non", "Non", None),
    ("751502", SF, "Débiter et façonner les bois abattus", "Découper aux longueurs demandées.", "753009", "MC-FOR-01", CT, "Travaux forestiers", "Non", "Non", None),
    ("751503", SF, "Utiliser une nacelle élévatrice", "Travailler depuis une plateforme élévatrice mobile.", "753501", "MC-FOR-02", CT, "Élagage", "Non", "Non", None),
    ("751601", SF, "Conduire un poids lourd", "Conduire un véhicule de plus de 3,5 t.", "753601", "MC-PL-01", CT, "Conduite", "Non", "Non", None),
    ("751602", SF, "Utiliser un chronotachygraphe", "Enregistrer temps de conduite et de repos.", "753601", "MC-PL-01", CT, "Conduite", "Non", "Oui", None),
    ("751603", SF, "Appliquer la réglementation sociale européenne", "Respecter les temps de conduite et de repos.", "753601", "MC-PL-01", CT, "Réglementation", "Non", "Non", None),
    ("751701", SF, "Préparer des commandes", "Prélever les articles et constituer les colis.", "753701", "MC-LOG-01", CT, "Préparation de commandes", "Non", "Non", None),
    ("751702", SF, "Réaliser un inventaire", "Compter et rapprocher les stocks.", "753701", "MC-LOG-01", CT, "Gestion des stocks", "Non", "Non", None),
    ("751703", SF, "Conduire un chariot élévateur", "Déplacer et stocker des charges palettisées.", "753702", "MC-LOG-02", CT, "Manutention", "Non", "Non", None),
]

# Savoirs: code, label, categorie, sous_categorie, eco, num
NP, OL, TP_, DE = "Normes et procédés", "Outils et logiciels", "Techniques professionnelles", "Domaines d'expertise"
SAVOIRS = [
    ("752001", "Taille de formation", TP_, "Techniques de taille", "Non", "Non"),
    ("752002", "Taille d'entretien", TP_, "Techniques de taille", "Non", "Non"),
    ("752003", "Taille topiaire", TP_, "Techniques de taille", "Non", "Non"),
    ("752004", "Taille en rideau", TP_, "Techniques de taille", "Non", "Non"),
    ("752011", "Arrosage par aspersion", TP_, "Techniques d'irrigation", "Non", "Non"),
    ("752012", "Arrosage goutte-à-goutte", TP_, "Techniques d'irrigation", "Oui", "Non"),
    ("752013", "Arrosage intégré programmable", TP_, "Techniques d'irrigation", "Oui", "Oui"),
    ("752021", "Certiphyto opérateur", NP, "Certificats produits phytopharmaceutiques", "Oui", "Non"),
    ("752022", "Certiphyto décideur en entreprise soumise à agrément", NP, "Certificats produits phytopharmaceutiques", "Oui", "Non"),
    ("752023", "Certiphyto décideur en entreprise non soumise à agrément", NP, "Certificats produits phytopharmaceutiques", "Oui", "Non"),
    ("752031", "CACES R482 catégorie A", NP, "CACES engins de chantier", "Non", "Non"),
    ("752032", "CACES R482 catégorie C1", NP, "CACES engins de chantier", "Non", "Non"),
    ("752041", "Tondeuse autoportée", OL, "Matériel d'entretien des espaces verts", "Non", "Non"),
    ("752042", "Débroussailleuse", OL, "Matériel d'entretien des espaces verts", "Non", "Non"),
    ("752043", "Taille-haie", OL, "Matériel d'entretien des espaces verts", "Non", "Non"),
    ("752044", "Souffleur de feuilles", OL, "Matériel d'entretien des espaces verts", "Non", "Non"),
    ("752045", "Matériel électroportatif sur batterie", OL, "Matériel d'entretien des espaces verts", "Oui", "Non"),
    ("752046", "Tronçonneuse", OL, "Matériel d'entretien des espaces verts", "Non", "Non"),
    ("752051", "Toitures végétalisées", TP_, "Végétalisation du bâti", "Oui", "Non"),
    ("752052", "Murs végétalisés", TP_, "Végétalisation du bâti", "Oui", "Non"),
    ("752061", "Botanique", DE, "Sciences du vivant", "Non", "Non"),
    ("752062", "Pédologie", DE, "Sciences du vivant", "Non", "Non"),
    ("752071", "Désherbage mécanique", TP_, "Techniques de désherbage", "Oui", "Non"),
    ("752072", "Désherbage thermique", TP_, "Techniques de désherbage", "Oui", "Non"),
    ("752073", "Paillage", TP_, "Techniques de désherbage", "Oui", "Non"),
    ("752081", "Règles de sécurité des chantiers", NP, "Normes de sécurité", "Non", "Non"),
    ("752082", "Gestes et postures de manutention", NP, "Normes de sécurité", "Non", "Non"),
    ("752083", "Sauvetage secourisme du travail (SST)", NP, "Normes de sécurité", "Non", "Non"),
    ("752091", "Tablette numérique", OL, "Outils bureautiques et numériques", "Non", "Oui"),
    ("752092", "Logiciel de traitement de texte", OL, "Outils bureautiques et numériques", "Non", "Oui"),
    ("752093", "Messagerie électronique", OL, "Outils bureautiques et numériques", "Non", "Oui"),
    ("752101", "Entretien des gazons sportifs", TP_, "Techniques d'engazonnement", "Non", "Non"),
    ("752102", "Gazon en plaques", TP_, "Techniques d'engazonnement", "Non", "Non"),
    ("752103", "Semis de gazon", TP_, "Techniques d'engazonnement", "Non", "Non"),
    # N4105
    ("752201", "Permis B", NP, "Permis de conduire", "Non", "Non"),
    ("752202", "Permis C1", NP, "Permis de conduire", "Non", "Non"),
    ("752203", "Permis C", NP, "Permis de conduire", "Non", "Non"),
    ("752204", "Permis BE", NP, "Permis de conduire", "Non", "Non"),
    ("752205", "Permis CE", NP, "Permis de conduire", "Non", "Non"),
    ("752211", "CACES R485 catégorie 1", NP, "CACES de manutention", "Non", "Non"),
    ("752212", "CACES R489 catégorie 1A", NP, "CACES de manutention", "Non", "Non"),
    ("752213", "CACES R489 catégorie 3", NP, "CACES de manutention", "Non", "Non"),
    ("752221", "Terminal portable de saisie (PDA)", OL, "Terminaux et applications de livraison", "Non", "Oui"),
    ("752222", "Application de livraison sur smartphone", OL, "Terminaux et applications de livraison", "Non", "Oui"),
    ("752223", "Lecteur de codes-barres", OL, "Terminaux et applications de livraison", "Non", "Oui"),
    ("752231", "Code de la route", NP, "Réglementation du transport", "Non", "Non"),
    ("752232", "Réglementation ADR (marchandises dangereuses)", NP, "Réglementation du transport", "Non", "Non"),
    ("752241", "Chaîne du froid", NP, "Hygiène et sécurité des aliments", "Non", "Non"),
    ("752242", "Méthode HACCP", NP, "Hygiène et sécurité des aliments", "Non", "Non"),
    ("752251", "Bonnes pratiques de distribution des médicaments", NP, "Distribution pharmaceutique", "Non", "Non"),
    ("752261", "Éco-conduite", TP_, "Techniques de conduite", "Oui", "Non"),
    ("752262", "Conduite de véhicule électrique", TP_, "Techniques de conduite", "Oui", "Oui"),
    ("752263", "Conduite en conditions hivernales", TP_, "Techniques de conduite", "Non", "Non"),
    ("752281", "Filière DEEE", NP, "Gestion des déchets", "Oui", "Non"),
    ("752291", "FIMO marchandises", NP, "Formations obligatoires des conducteurs", "Non", "Non"),
    ("752292", "FCO marchandises", NP, "Formations obligatoires des conducteurs", "Non", "Non"),
    ("752301", "Logiciel de gestion d'entrepôt (WMS)", OL, "Logiciels de logistique", "Non", "Oui"),
    ("752302", "Préparation à commande vocale", OL, "Logiciels de logistique", "Non", "Oui"),
    ("752311", "Écologie des milieux naturels", DE, "Sciences du vivant", "Oui", "Non"),
    ("752312", "Élagage en rétention", TP_, "Techniques d'élagage", "Non", "Non"),
    ("752313", "Démontage par tronçons", TP_, "Techniques d'élagage", "Non", "Non"),
    ("752314", "CACES R486 (plateformes élévatrices)", NP, "CACES engins de chantier", "Non", "Non"),
]

# links: fiche -> list of (rubrique, code, coeur)
SE_SHARED = ["751101", "751102", "751103"]
LINKS = {
    "A1203": (
        [(1, c, "Principale") for c in ["751001", "751002", "751003", "751004", "751005", "751006", "751007", "751008",
                                       "751009", "751010", "751011", "751012", "751013", "751015", "751017",
                                       "751018", "751201", "751202", "751203"]]
        + [(1, "751016", "Émergente"), (1, "751019", "Principale")]
        + [(2, c, "Principale") for c in SE_SHARED + ["751107"]]
        + [(3, c, "Principale") for c in ["752001", "752002", "752003", "752011", "752012",
                                          "752021", "752022", "752031", "752046", "752052", "752061",
                                          "752071", "752072", "752082", "752083", "752101", "752201"]]
        + [(3, "752045", "Émergente"), (3, "752051", "Émergente")]
    ),
    "N4105": (
        [(1, c, "Principale") for c in ["751301", "751302", "751303", "751304", "751305", "751306", "751307", "751308",
                                       "751309", "751310", "751311", "751312", "751313", "751314", "751315", "751316",
                                       "751317", "751318", "751201", "751202", "751203"]]
        + [(1, "751319", "Émergente")]
        + [(2, c, "Principale") for c in SE_SHARED + ["751104", "751105", "751106"]]
        + [(3, c, "Principale") for c in ["752201", "752202", "752203", "752211", "752212", "752213",
                                          "752221", "752223", "752232", "752241", "752251",
                                          "752261", "752263", "752281"]]
        + [(3, "752222", "Émergente"), (3, "752262", "Émergente")]
    ),
    "A1202": [(1, "751401", "Principale"), (1, "751402", "Émergente"), (1, "751403", "Principale"), (1, "751404", "Principale"),
              (1, "751001", "Principale"), (1, "751018", "Principale"), (1, "751201", "Principale"),
              (2, "751102", "Principale"), (2, "751103", "Principale"),
              (3, "752311", "Principale"), (3, "752041", "Principale"), (3, "752042", "Principale"), (3, "752046", "Principale"),
              (3, "752073", "Principale")],
    "A1201": [(1, "751018", "Principale"), (1, "751501", "Principale"), (1, "751502", "Principale"), (1, "751503", "Principale"),
              (1, "751019", "Principale"), (1, "751201", "Principale"),
              (2, "751101", "Principale"), (2, "751102", "Principale"),
              (3, "752046", "Principale"), (3, "752312", "Principale"), (3, "752313", "Principale"), (3, "752314", "Principale")],
    "N4101": [(1, "751601", "Principale"), (1, "751602", "Principale"), (1, "751603", "Principale"), (1, "751306", "Principale"),
              (1, "751305", "Principale"), (1, "751311", "Principale"),
              (2, "751103", "Principale"), (2, "751105", "Principale"),
              (3, "752203", "Principale"), (3, "752205", "Principale"), (3, "752291", "Principale"), (3, "752292", "Principale"),
              (3, "752231", "Principale")],
    "N1103": [(1, "751701", "Principale"), (1, "751702", "Principale"), (1, "751703", "Principale"), (1, "751313", "Principale"),
              (1, "751202", "Principale"),
              (2, "751101", "Principale"), (2, "751102", "Principale"),
              (3, "752211", "Principale"), (3, "752212", "Principale"), (3, "752213", "Principale"), (3, "752223", "Principale"),
              (3, "752301", "Principale"), (3, "752302", "Émergente")],
}
MOBILITE = [("A1203", "A1202", 1), ("A1203", "A1201", 2), ("N4105", "N4101", 1), ("N4105", "N1103", 2),
            ("A1202", "A1203", 1), ("A1201", "A1203", 1), ("N4101", "N4105", 1), ("N1103", "N4105", 1)]

# ---------------------------------------------------------------------------
# 2. Certifications. Competences are (key, text); key names a statement used by the truth.
# ---------------------------------------------------------------------------
CERTS = [
    {
        "num": "RNCP75001", "intitule": "CAP agricole Jardinier paysagiste", "abrege": ("CAP", "Certificat d'aptitude professionnelle"),
        "niveau": "NIV3", "rome": [("A1203", "Jardinier paysagiste / Jardinière paysagiste")], "fmt": "p",
        "activites": [
            ("a_cap_act1", "Le titulaire exerce comme ouvrier qualifié dans une entreprise du paysage ou au sein du service des espaces verts d'une collectivité."),
            ("a_cap_act2", "Il réalise, sous l'autorité d'un chef d'équipe, les travaux d'entretien et de création de jardins, de parcs et d'abords de bâtiments."),
            ("a_cap_act3", "Il participe à la vie de l'équipe et veille à la sécurité des personnes présentes sur le chantier."),
        ],
        "capacites": [
            ("a_cap_cap1", "Réaliser en sécurité des travaux d'entretien et d'aménagement paysager."),
            ("a_cap_cap2", "Utiliser et maintenir en état les matériels et équipements."),
            ("a_cap_cap3", "Communiquer avec l'équipe et les interlocuteurs de l'entreprise."),
        ],
        "blocks": [
            {"libelle": "Réaliser des travaux d'entretien des espaces paysagers", "comps": [
                ("a_cap_tonte", "Maintenir les surfaces enherbées en état au moyen de matériels de coupe adaptés à la hauteur et à la nature du couvert végétal"),
                ("a_cap_taille", "Conduire les végétaux ligneux par la taille de formation et la taille d'entretien, en respectant leur port naturel et la période de végétation"),
                ("a_cap_ecolo", "Intervenir sur les espaces paysagers en limitant l'impact de ses pratiques sur l'environnement"),
                ("a_cap_dechets", "Trier, broyer ou composter les résidus végétaux issus des chantiers afin d'en permettre la valorisation"),
                ("a_cap_phyto", "Appliquer un traitement phytopharmaceutique dans le cadre du Certiphyto opérateur, en respectant les doses, les zones non traitées et les équipements de protection"),
                ("a_cap_arrosage", "Assurer le bon fonctionnement d'un réseau d'arrosage par aspersion (réglage des arroseurs, purge, programmation saisonnière)"),
                ("a_cap_vegetaux", "Déterminer le nom et les exigences de culture des principales espèces ornementales afin d'adapter les interventions"),
            ], "modalites": "Mise en situation professionnelle sur un chantier d'entretien, suivie d'un entretien avec le jury."},
            {"libelle": "Réaliser des travaux d'aménagement paysager", "comps": [
                ("a_cap_sol", "Ameublir et amender la terre en fonction de sa texture avant toute mise en culture"),
                ("a_cap_plant", "Mettre en terre arbres, arbustes et plantes vivaces selon les règles de l'art, du creusement de la fosse jusqu'au tuteurage"),
                ("a_cap_gazon", "Installer une pelouse par ensemencement ou par déroulage de plaques précultivées"),
                ("a_cap_maco", "Mettre en œuvre des revêtements minéraux de sols et des éléments de bordure sur une assise préparée"),
                ("a_cap_plan", "Repérer sur le terrain l'emplacement des ouvrages à partir des indications transmises par le chef d'équipe"),
                ("a_cap_engin", "Utiliser en sécurité les engins motorisés mis à disposition sur le chantier"),
            ], "modalites": "Épreuve pratique de réalisation d'un petit aménagement et dossier de chantier."},
            {"libelle": "Utiliser et entretenir les matériels en sécurité", "comps": [
                ("a_cap_entmat", "Effectuer les contrôles, le nettoyage, le graissage et l'affûtage courants des machines et outils avant et après usage"),
                ("a_cap_gp", "Adopter des positions de travail et des techniques de levage qui préservent son intégrité physique"),
                ("a_cap_sst", "Porter assistance à une personne victime d'un accident sur le chantier en mettant en œuvre les gestes de secours adaptés"),
                (None, "Choisir l'équipement de protection individuelle adapté à chaque matériel"),
                (None, "Ranger les matériels et les produits dans des conditions qui garantissent la sécurité de tous"),
            ], "modalites": "Contrôle en cours de formation : démonstration commentée sur le matériel de l'établissement."},
            {"libelle": "Communiquer dans une situation professionnelle", "comps": [
                ("a_cap_client", "Échanger avec les différents interlocuteurs de l'entreprise en adaptant son langage à la situation"),
                (None, "Situer son activité dans l'organisation de l'entreprise et de la filière du paysage"),
                (None, "Identifier les règles d'hygiène, de santé et de sécurité au travail qui s'appliquent à son poste"),
                (None, "Exprimer un point de vue argumenté sur une situation de travail"),
                (None, "Repérer ses droits et ses devoirs de salarié"),
            ], "modalites": "Épreuve orale à partir d'un document professionnel."},
        ],
    },
    {
        "num": "RNCP75002", "intitule": "Titre professionnel Ouvrier / Ouvrière du paysage", "abrege": ("TP", "Titre professionnel"),
        "niveau": "NIV3", "rome": [("A1203", "Jardinier paysagiste / Jardinière paysagiste"), ("A1202", "Agent / Agente d'entretien des espaces naturels")],
        "fmt": "ul", "entities": True,
        "activites": [
            ("a_tp_act1", "L'ouvrier du paysage entretient et crée des espaces verts pour des clients privés ou publics, au sein d'une équipe."),
            ("a_tp_vegetaux", "Il identifie les principaux végétaux d'ornement rencontrés sur ses chantiers et signale leurs problèmes sanitaires."),
            ("a_tp_engin", "Il conduit de petits engins de terrassement et de transport lorsque le chantier le demande."),
        ],
        "capacites": [
            ("a_tp_cap1", "Entretenir les végétaux et les surfaces d'un espace vert."),
            ("a_tp_gp", "Appliquer les principes de prévention des risques liés à l'activité physique lors des manutentions."),
            ("a_tp_cap3", "Réaliser des ouvrages paysagers maçonnés et en bois."),
        ],
        "blocks": [
            {"libelle": "Entretenir les espaces verts et les végétaux", "comps": [
                ("a_tp_tonte", "Entretenir les gazons et les zones enherbées par coupe et scarification en choisissant la machine adaptée à la surface"),
                ("a_tp_taille", "Réaliser la taille d'entretien des végétaux ligneux d'ornement (clôtures végétales, sujets buissonnants, jeunes arbres) en adaptant l'outil à la section des rameaux"),
                ("a_tp_ecolo", "Maîtriser la flore spontanée par des moyens manuels, mécaniques ou thermiques sans recourir aux produits de synthèse"),
                ("a_tp_dechets", "Laisser le chantier propre et rangé en fin d'intervention"),
                ("a_tp_entmat", "Assurer la maintenance courante des machines à moteur thermique (niveaux, filtres, lames) selon les préconisations du constructeur"),
                (None, "Protéger les végétaux contre les intempéries et le gel"),
            ], "modalites": "Mise en situation professionnelle, questionnement à partir de productions, entretien final."},
            {"libelle": "Réaliser des travaux de création paysagère", "comps": [
                ("a_tp_sol", "Décompacter, affiner et enrichir la terre végétale avant toute mise en culture"),
                ("a_tp_plant", "Mettre en place arbres, arbustes et couvre-sols en respectant la profondeur de la motte, le tuteurage et le premier apport d'eau"),
                ("a_tp_gazon", "Réaliser un tapis herbacé par ensemencement ou par placage de rouleaux précultivés"),
                ("a_tp_plan", "Implanter les ouvrages sur le terrain en interprétant les documents graphiques du projet"),
                ("a_tp_tab", "Consigner les quantités, les temps passés et les aléas du chantier sur les documents de suivi de l'entreprise"),
            ], "modalites": "Mise en situation professionnelle sur plateau technique et entretien technique."},
            {"libelle": "Réaliser des ouvrages paysagers maçonnés et en bois", "comps": [
                ("a_tp_maco", "Construire des allées, des terrasses minérales et des bordurages en réalisant le fond de forme, le lit de pose et les joints"),
                ("a_tp_bois", "Assembler des ouvrages d'agrément en bois tels que platelages, palissades, pergolas et bordures en rondins"),
                (None, "Monter un muret en pierres sèches ou maçonnées"),
                (None, "Réaliser les réseaux d'évacuation des eaux pluviales d'un aménagement"),
                (None, "Mettre en place les gaines et fourreaux destinés à l'éclairage extérieur"),
            ], "modalites": "Mise en situation professionnelle et dossier professionnel."},
        ],
    },
    {
        "num": "RNCP75011", "intitule": "Titre professionnel Conducteur livreur / Conductrice livreuse sur véhicule utilitaire léger",
        "abrege": ("TP", "Titre professionnel"), "niveau": "NIV3", "rome": [("N4105", "Chauffeur livreur / Chauffeuse livreuse")],
        "fmt": "p",
        "activites": [
            ("n_tp_act1", "Le conducteur livreur assure le transport et la livraison de marchandises au moyen d'un véhicule de moins de 3,5 tonnes, en ville comme en zone rurale."),
            ("n_tp_encaisse", "Il peut être amené à percevoir le montant des envois payables à la livraison."),
            ("n_tp_act3", "Il exerce seul, en relation avec le service exploitation de son entreprise."),
        ],
        "capacites": [
            ("n_tp_cap1", "Préparer et réaliser une tournée de livraison."),
            ("n_tp_ecoconduite", "Adopter une conduite souple et économe en carburant."),
            ("n_tp_cap3", "Assurer la relation avec le destinataire."),
        ],
        "blocks": [
            {"libelle": "Préparer et réaliser une tournée de livraison en véhicule utilitaire léger", "comps": [
                ("n_tp_tournee", "Planifier l'ordre des arrêts et le trajet en tenant compte des créneaux des destinataires, des contraintes de circulation et des consignes de l'exploitation"),
                ("n_tp_verifveh", "Contrôler l'état du véhicule, de ses équipements et de ses documents de bord avant la prise de poste"),
                ("n_tp_permis", "Conduire un véhicule utilitaire léger relevant de la catégorie B du permis de conduire en adaptant sa conduite au trafic urbain et périurbain"),
                ("n_tp_pda", "Enregistrer chaque étape de la tournée (prise en charge, remise, anomalie) à l'aide d'un terminal portable de saisie (PDA)"),
                (None, "Respecter la réglementation des transports routiers de marchandises applicable aux véhicules de moins de 3,5 tonnes"),
            ], "modalites": "Mise en situation professionnelle de conduite et de livraison sur un parcours urbain."},
            {"libelle": "Réaliser les opérations de manutention et de livraison", "comps": [
                ("n_tp_charge", "Effectuer la mise à bord et la dépose des marchandises en suivant le plan de chargement établi"),
                ("n_tp_arrimage", "Immobiliser les charges dans la caisse à l'aide de sangles, de barres et de cales afin d'éviter tout déplacement pendant le trajet"),
                ("n_tp_hayon", "Manipuler des charges palettisées au moyen des équipements de levage et de déplacement du véhicule (plateforme élévatrice arrière, chariot à main)"),
                ("n_tp_gp", "Appliquer les principes d'économie d'effort lors du soulèvement et du port des envois afin de préserver sa santé"),
                ("n_tp_controle", "Examiner l'aspect et le nombre des envois au moment de leur dépose et consigner les anomalies sur le document de transport"),
                ("n_tp_remise", "Obtenir la preuve de dépose de la marchandise auprès du destinataire ou de son représentant"),
                ("n_tp_froid", "Respecter les consignes particulières attachées aux marchandises fragiles ou sensibles"),
            ], "modalites": "Mise en situation professionnelle sur plateau de manutention et entretien technique."},
            {"libelle": "Assurer la relation avec la clientèle et le suivi administratif de la livraison", "comps": [
                ("n_tp_relclient", "Établir un contact courtois et professionnel avec le destinataire, l'informer et répondre à ses questions simples"),
                ("n_tp_retours", "Rapporter à l'agence les envois non distribués en fin de journée"),
                ("n_tp_sst", "Baliser la zone et alerter les secours en cas d'accident de la circulation"),
                (None, "Remplir un constat amiable en cas d'accrochage"),
                (None, "Garder son calme face à un destinataire mécontent et rechercher une solution acceptable"),
            ], "modalites": "Questionnaire professionnel et entretien avec le jury à partir du dossier professionnel."},
        ],
    },
    {
        "num": "RNCP75012", "intitule": "CAP Opérateur / Opératrice logistique", "abrege": ("CAP", "Certificat d'aptitude professionnelle"),
        "niveau": "NIV3", "rome": [("N1103", "Préparateur / Préparatrice de commandes"), ("N4105", "Chauffeur livreur / Chauffeuse livreuse")],
        "fmt": "ul",
        "activites": [
            ("n_cap_act1", "L'opérateur logistique réceptionne, stocke, prépare et expédie des marchandises dans un entrepôt ou une plateforme de distribution."),
            ("n_cap_act2", "Il conduit des chariots de manutention et participe au chargement des véhicules de livraison."),
        ],
        "capacites": [
            ("n_cap_cap1", "Réaliser les opérations de réception et de mise en stock."),
            ("n_cap_sst", "Intervenir face à une situation d'accident du travail."),
            ("n_cap_cap3", "Conduire en sécurité des chariots automoteurs de manutention."),
        ],
        "blocks": [
            {"libelle": "Réception et suivi des marchandises", "comps": [
                ("n_cap_charge", "Réaliser la mise à quai et le débarquement des unités de manutention en respectant l'ordre d'arrivée des camions"),
                ("n_cap_controle", "Comparer les quantités et l'état des produits reçus avec les documents d'accompagnement et signaler les écarts"),
                ("n_cap_retours", "Traiter les flux de retour (produits refusés, invendus, emballages) selon les procédures de l'entreprise"),
                ("n_cap_codebarre", "Identifier les produits et mettre à jour les stocks en utilisant un lecteur de codes-barres relié au système d'information"),
                (None, "Participer aux opérations d'inventaire tournant ou annuel"),
            ], "modalites": "Épreuve pratique en entrepôt pédagogique et entretien."},
            {"libelle": "Préparation des commandes et expédition", "comps": [
                ("n_cap_prepa", "Prélever les articles dans les emplacements de stockage et constituer les envois conformément au bon de préparation"),
                ("n_cap_arrimage", "Sécuriser les unités de charge par filmage, cerclage et calage avant leur expédition"),
                ("n_cap_remise", "Remettre les expéditions au transporteur en faisant viser les documents d'expédition"),
                (None, "Choisir l'emballage adapté à la nature et à la fragilité des produits"),
                (None, "Étiqueter les envois selon les exigences du transporteur"),
            ], "modalites": "Contrôle en cours de formation en entreprise et en centre."},
            {"libelle": "Conduite en sécurité des chariots automoteurs de manutention", "comps": [
                ("n_cap_caces", "Conduire en sécurité un chariot élévateur en porte-à-faux dans les conditions définies par le CACES R489 catégorie 3"),
                ("n_cap_hayon", "Déplacer des charges palettisées avec un matériel de manutention à conducteur accompagnant"),
                ("n_cap_gp", "Mettre en œuvre les principes de sécurité physique et d'économie d'effort lors des manipulations de charges"),
                ("n_cap_verif", "Effectuer la vérification de prise de poste du chariot et signaler toute anomalie"),
                (None, "Stocker et déstocker des charges en hauteur dans un rayonnage"),
            ], "modalites": "Épreuve pratique de conduite et test théorique."},
            {"libelle": "Communication et usage du système d'information logistique", "comps": [
                ("n_cap_relclient", "Communiquer avec les clients internes et externes dans le cadre de son activité"),
                ("n_cap_tab", "Saisir les informations de suivi des flux dans un progiciel de gestion d'entrepôt"),
                (None, "Rendre compte des anomalies constatées à son responsable"),
                (None, "Respecter les règles de confidentialité des informations de l'entreprise"),
                (None, "Travailler en coordination avec les autres services de la plateforme"),
            ], "modalites": "Épreuve orale à partir d'une situation vécue en entreprise."},
        ],
    },
]

# ---------------------------------------------------------------------------
# 3. Skills of the truth. coverage: cert -> "c:stmt" | "f:stmt" | "e:stmt" | "n" | "nb"
# ---------------------------------------------------------------------------
A_CAP, A_TP, N_TP, N_CAP = "RNCP75001", "RNCP75002", "RNCP75011", "RNCP75012"
SKILLS = [
    # ---- A1203 -----------------------------------------------------------
    dict(key="tonte", rome="A1203", label="Tondre et débroussailler les espaces enherbés", cov={A_CAP: "c:a_cap_tonte", A_TP: "c:a_tp_tonte"}),
    dict(key="taille", rome="A1203", label="Tailler les haies et les arbustes", cov={A_CAP: "c:a_cap_taille", A_TP: "c:a_tp_taille"}),
    dict(key="plant", rome="A1203", label="Planter arbres, arbustes et massifs", cov={A_CAP: "c:a_cap_plant", A_TP: "c:a_tp_plant"}),
    dict(key="gazon", rome="A1203", label="Créer un gazon par semis ou placage", cov={A_CAP: "c:a_cap_gazon", A_TP: "c:a_tp_gazon"}),
    dict(key="maco", rome="A1203", label="Réaliser de la petite maçonnerie paysagère (pavés, dallages, bordures)", cov={A_CAP: "c:a_cap_maco", A_TP: "c:a_tp_maco"}),
    dict(key="vegetaux", rome="A1203", label="Reconnaître les végétaux et leurs besoins", cov={A_CAP: "c:a_cap_vegetaux", A_TP: "f:a_tp_vegetaux"}),
    dict(key="entmat", rome="A1203", label="Entretenir le matériel motorisé (premier niveau)", cov={A_CAP: "c:a_cap_entmat", A_TP: "c:a_tp_entmat"}),
    dict(key="sol", rome="A1203", label="Préparer les sols avant plantation", cov={A_CAP: "c:a_cap_sol", A_TP: "c:a_tp_sol"}),
    dict(key="plan", rome="A1203", label="Lire un plan d'aménagement", cov={A_CAP: "f:a_cap_plan", A_TP: "c:a_tp_plan"}),
    dict(key="engin", rome="A1203", label="Conduire des mini-engins de chantier (CACES R482 A)", cov={A_CAP: "f:a_cap_engin", A_TP: "f:a_tp_engin"}),
    dict(key="dechets", rome="A1203", label="Ramasser, broyer et évacuer les déchets verts", cov={A_CAP: "c:a_cap_dechets", A_TP: "f:a_tp_dechets"}),
    dict(key="client", rome="A1203", label="Conseiller les clients particuliers sur leur jardin", cov={A_CAP: "f:a_cap_client", A_TP: "n"}),
    dict(key="ecolo", rome="A1203", label="Entretenir sans produits chimiques (désherbage alternatif, gestion différenciée)", cov={A_CAP: "f:a_cap_ecolo", A_TP: "c:a_tp_ecolo"}),
    dict(key="goutte", rome="A1203", label="Installer un arrosage goutte-à-goutte", cov={A_CAP: "e:a_cap_arrosage", A_TP: "n"},
         fam="Techniques d'irrigation", offer_item="Arrosage goutte-à-goutte", cert_item={A_CAP: "Arrosage par aspersion"}),
    dict(key="topiaire", rome="A1203", label="Réaliser des tailles topiaires", cov={A_CAP: "e:a_cap_taille", A_TP: "e:a_tp_taille"},
         fam="Techniques de taille", offer_item="Taille topiaire", cert_item={A_CAP: "Taille de formation", A_TP: "Taille d'entretien"}),
    dict(key="phyto", rome="A1203", label="Certiphyto décideur", cov={A_CAP: "e:a_cap_phyto", A_TP: "n"},
         fam="Certificats produits phytopharmaceutiques", offer_item="Certiphyto décideur en entreprise soumise à agrément", cert_item={A_CAP: "Certiphyto opérateur"}),
    dict(key="batterie", rome="A1203", label="Utiliser du matériel électrique sur batterie", cov={A_CAP: "n", A_TP: "n"}, trend="emergent"),
    dict(key="greens", rome="A1203", label="Entretenir les greens et gazons de golf", cov={A_CAP: "n", A_TP: "n"}, breadth="singulier"),
    dict(key="tronco", rome="A1203", label="Abattre de petits arbres à la tronçonneuse", cov={A_CAP: "n", A_TP: "n"}),
    dict(key="bois", rome="A1203", label="Poser des clôtures et des terrasses en bois", cov={A_CAP: "n", A_TP: "c:a_tp_bois"}),
    dict(key="neige", rome="A1203", label="Assurer le déneigement des accès", cov={A_CAP: "n", A_TP: "n"}),
    dict(key="toiture", rome="A1203", label="Poser et entretenir des toitures végétalisées", cov={A_CAP: "nb", A_TP: "nb"}, group="Végétalisation du bâti"),
    dict(key="murveg", rome="A1203", label="Installer et entretenir des murs végétaux", cov={A_CAP: "nb", A_TP: "nb"}, group="Végétalisation du bâti"),
    dict(key="hauteur", rome="A1203", label="Travailler en hauteur avec harnais", cov={A_CAP: "nb", A_TP: "nb"}, group="Végétalisation du bâti"),
    dict(key="sst_a", rome="A1203", label="Sauveteur secouriste du travail (SST)", cov={A_CAP: "c:a_cap_sst", A_TP: "n"}, breadth="transversal"),
    dict(key="gp_a", rome="A1203", label="Gestes et postures, port de charges en sécurité (PRAP)", cov={A_CAP: "c:a_cap_gp", A_TP: "f:a_tp_gp"}, breadth="transversal"),
    dict(key="tab_a", rome="A1203", label="Renseigner des documents simples sur tablette", cov={A_CAP: "n", A_TP: "f:a_tp_tab"}, breadth="transversal"),
    dict(key="permis_a", rome="A1203", label="Permis B (se rendre sur les chantiers)", cov={A_CAP: "n", A_TP: "n"}),
    dict(key="ponct_a", rome="A1203", label="Ponctualité", se=True),
    dict(key="rigueur_a", rome="A1203", label="Rigueur et soin", se=True),
    dict(key="equipe_a", rome="A1203", label="Esprit d'équipe", se=True),
    dict(key="autonomie_a", rome="A1203", label="Autonomie", se=True),
    dict(key="motiv_a", rome="A1203", label="Motivation et dynamisme", se=True),
    dict(key="exterieur_a", rome="A1203", label="Goût du travail en extérieur, endurance physique", se=True),
    # ---- N4105 -----------------------------------------------------------
    dict(key="charge", rome="N4105", label="Charger et décharger le véhicule", cov={N_TP: "c:n_tp_charge", N_CAP: "c:n_cap_charge"}),
    dict(key="tournee", rome="N4105", label="Organiser et optimiser sa tournée", cov={N_TP: "c:n_tp_tournee", N_CAP: "n"}),
    dict(key="remise", rome="N4105", label="Remettre les colis contre signature", cov={N_TP: "c:n_tp_remise", N_CAP: "f:n_cap_remise"}),
    dict(key="controle", rome="N4105", label="Contrôler les marchandises et émettre des réserves", cov={N_TP: "c:n_tp_controle", N_CAP: "c:n_cap_controle"}),
    dict(key="verifveh", rome="N4105", label="Vérifier le véhicule avant le départ", cov={N_TP: "c:n_tp_verifveh", N_CAP: "f:n_cap_verif"}),
    dict(key="arrimage", rome="N4105", label="Arrimer et caler le chargement", cov={N_TP: "c:n_tp_arrimage", N_CAP: "c:n_cap_arrimage"}),
    dict(key="permisb", rome="N4105", label="Conduire un véhicule utilitaire léger (permis B)", cov={N_TP: "c:n_tp_permis", N_CAP: "n"}),
    dict(key="relclient", rome="N4105", label="Relation client lors de la livraison", cov={N_TP: "c:n_tp_relclient", N_CAP: "f:n_cap_relclient"}),
    dict(key="encaisse", rome="N4105", label="Encaisser les paiements à la livraison", cov={N_TP: "f:n_tp_encaisse", N_CAP: "n"}),
    dict(key="retours", rome="N4105", label="Gérer les retours et les litiges", cov={N_TP: "f:n_tp_retours", N_CAP: "c:n_cap_retours"}),
    dict(key="ecoconduite", rome="N4105", label="Pratiquer l'éco-conduite", cov={N_TP: "f:n_tp_ecoconduite", N_CAP: "n"}),
    dict(key="froid", rome="N4105", label="Livrer sous température dirigée (chaîne du froid)", cov={N_TP: "f:n_tp_froid", N_CAP: "n"}),
    dict(key="prepacolis", rome="N4105", label="Préparer et trier les colis au dépôt", cov={N_TP: "n", N_CAP: "c:n_cap_prepa"}),
    dict(key="c1", rome="N4105", label="Permis C1", cov={N_TP: "e:n_tp_permis", N_CAP: "n"},
         fam="Permis de conduire", offer_item="Permis C1", cert_item={N_TP: "Permis B"}),
    dict(key="caces", rome="N4105", label="CACES R489 catégorie 1A (transpalette à conducteur porté)", cov={N_TP: "n", N_CAP: "e:n_cap_caces"},
         fam="CACES de manutention", offer_item="CACES R489 catégorie 1A", cert_item={N_CAP: "CACES R489 catégorie 3"}),
    dict(key="appli", rome="N4105", label="Utiliser une application de livraison sur smartphone", cov={N_TP: "e:n_tp_pda", N_CAP: "e:n_cap_codebarre"},
         fam="Terminaux et applications de livraison", offer_item="Application de livraison sur smartphone",
         cert_item={N_TP: "Terminal portable de saisie (PDA)", N_CAP: "Lecteur de codes-barres"}),
    dict(key="hayon", rome="N4105", label="Utiliser le hayon élévateur et le transpalette manuel", cov={N_TP: "c:n_tp_hayon", N_CAP: "f:n_cap_hayon"}),
    dict(key="electrique", rome="N4105", label="Conduire un utilitaire électrique et gérer sa recharge", cov={N_TP: "n", N_CAP: "n"}, trend="emergent"),
    dict(key="pharma", rome="N4105", label="Livrer des produits pharmaceutiques selon les bonnes pratiques de distribution", cov={N_TP: "n", N_CAP: "n"}, breadth="singulier"),
    dict(key="montagne", rome="N4105", label="Conduire en montagne et en conditions hivernales (chaînes)", cov={N_TP: "n", N_CAP: "n"}),
    dict(key="adr", rome="N4105", label="Transporter des marchandises dangereuses (formation ADR)", cov={N_TP: "n", N_CAP: "n"}),
    dict(key="montage", rome="N4105", label="Monter les meubles livrés chez le client", cov={N_TP: "nb", N_CAP: "nb"}, group="Livraison et installation à domicile"),
    dict(key="electromenager", rome="N4105", label="Installer et mettre en service l'électroménager livré", cov={N_TP: "nb", N_CAP: "nb"}, group="Livraison et installation à domicile"),
    dict(key="deee", rome="N4105", label="Reprendre les anciens appareils (DEEE)", cov={N_TP: "nb", N_CAP: "nb"}, group="Livraison et installation à domicile"),
    dict(key="sst_n", rome="N4105", label="Sauveteur secouriste du travail (SST)", cov={N_TP: "f:n_tp_sst", N_CAP: "f:n_cap_sst"}, breadth="transversal"),
    dict(key="gp_n", rome="N4105", label="Gestes et postures, manutention en sécurité (PRAP)", cov={N_TP: "c:n_tp_gp", N_CAP: "c:n_cap_gp"}, breadth="transversal"),
    dict(key="tab_n", rome="N4105", label="Utiliser les outils numériques pour les documents de tournée", cov={N_TP: "n", N_CAP: "f:n_cap_tab"}, breadth="transversal"),
    dict(key="ponct_n", rome="N4105", label="Ponctualité", se=True),
    dict(key="rigueur_n", rome="N4105", label="Rigueur et sérieux", se=True),
    dict(key="autonomie_n", rome="N4105", label="Autonomie", se=True),
    dict(key="presentation_n", rome="N4105", label="Sens du service, courtoisie, présentation", se=True),
    dict(key="dynamisme_n", rome="N4105", label="Dynamisme et motivation", se=True),
    dict(key="stress_n", rome="N4105", label="Gestion du stress", se=True),
]

EMPLOYERS = {
    # key: (nom or None, description or None)
    "gresi": ("LES JARDINS DU GRESIVAUDAN", "Entreprise familiale du paysage installée à Crolles."),
    "golf": ("GOLF DU BOIS DES CHENES", "Golf 18 trous et practice, ouvert toute l'année."),
    "verth": ("VERT HORIZON PAYSAGE", None),
    "interalp": ("INTERIM ALPES SERVICES", "Agence d'emploi généraliste, réseau de 9 agences en Savoie et Haute-Savoie."),
    "vegetalis": ("VEGETALIS RHONE", "Spécialiste de la végétalisation des bâtiments en milieu urbain."),
    "jauv": ("LES JARDINIERS D'AUVERGNE", None),
    "alpjard": ("ALPES JARDIN SERVICES", "Entretien d'espaces verts et services aux copropriétés."),
    "pilat": ("CHANTIERS VERTS DU PILAT", "Structure d'insertion par l'activité économique."),
    "anonA1": (None, "PME du paysage, 15 salariés."),
    "anonA2": (None, None),
    "anonA3": (None, "Entreprise de services aux particuliers agréée."),
    "anonA4": (None, None),
    "rexp": ("RHONE EXPRESS COLIS", "Prestataire de livraison urbaine, 80 collaborateurs."),
    "pharma": ("REPARTITION PHARMA ALPES", "Grossiste-répartiteur pharmaceutique régional."),
    "tempo": ("TEMPO INTERIM LOGISTIQUE", "Agence d'emploi spécialisée transport et logistique."),
    "mel": ("MEL SERVICES", "Livraison et installation d'électroménager pour enseignes spécialisées."),
    "berth": ("TRANSPORTS BERTHOLLET ET FILS", "Transporteur régional depuis 1962."),
    "primeurs": ("PRIMEURS DU FOREZ", None),
    "vercors": ("MEUBLES VERCORS LIVRAISON", None),
    "anonN1": (None, None),
    "anonN2": (None, "Distributeur de gaz en bouteilles."),
    "anonN3": (None, None),
    "anonN4": (None, "Grossiste alimentaire."),
    "anonN5": (None, None),
}

CITIES = {
    # key: (libelle, codePostal, commune INSEE, lat, lon)
    "CROLLES": ("38 - CROLLES", "38920", "38140", 45.2847, 5.8836),
    "GRENOBLE": ("38 - GRENOBLE", "38000", "38185", 45.1885, 5.7245),
    "VOIRON": ("38 - VOIRON", "38500", "38563", 45.3644, 5.5897),
    "BOURGOIN": ("38 - BOURGOIN-JALLIEU", "38300", "38053", 45.5861, 5.2736),
    "SQF": ("38 - ST QUENTIN FALLAVIER", "38070", "38449", 45.6433, 5.1125),
    "LYON03": ("69 - LYON 03", "69003", "69383", 45.7597, 4.8514),
    "VILLEURBANNE": ("69 - VILLEURBANNE", "69100", "69266", 45.7719, 4.8902),
    "VENISSIEUX": ("69 - VENISSIEUX", "69200", "69259", 45.6975, 4.8867),
    "STPRIEST": ("69 - ST PRIEST", "69800", "69290", 45.6963, 4.9440),
    "CORBAS": ("69 - CORBAS", "69960", "69273", 45.6683, 4.9019),
    "VILLEFRANCHE": ("69 - VILLEFRANCHE SUR SAONE", "69400", "69264", 45.9894, 4.7186),
    "STETIENNE": ("42 - ST ETIENNE", "42000", "42218", 45.4397, 4.3872),
    "MONTBRISON": ("42 - MONTBRISON", "42600", "42147", 45.6075, 4.0653),
    "CLERMONT": ("63 - CLERMONT FERRAND", "63000", "63113", 45.7772, 3.0870),
    "RIOM": ("63 - RIOM", "63200", "63300", 45.8936, 3.1128),
    "CHAMBERY": ("73 - CHAMBERY", "73000", "73065", 45.5646, 5.9178),
    "ALBERTVILLE": ("73 - ALBERTVILLE", "73200", "73011", 45.6755, 6.3925),
    "ANNECY": ("74 - ANNECY", "74000", "74010", 45.8992, 6.1294),
    "ANNEMASSE": ("74 - ANNEMASSE", "74100", "74012", 46.1934, 6.2342),
    "THONON": ("74 - THONON LES BAINS", "74200", "74281", 46.3705, 6.4793),
    "BOURG": ("01 - BOURG EN BRESSE", "01000", "01053", 46.2052, 5.2255),
    "AMBERIEU": ("01 - AMBERIEU EN BUGEY", "01500", "01004", 45.9581, 5.3597),
    "VICHY": ("03 - VICHY", "03200", "03310", 46.1277, 3.4260),
    "MOULINS": ("03 - MOULINS", "03000", "03190", 46.5660, 3.3331),
    "ANNONAY": ("07 - ANNONAY", "07100", "07010", 45.2399, 4.6708),
    "AURILLAC": ("15 - AURILLAC", "15000", "15014", 44.9264, 2.4398),
    "VALENCE": ("26 - VALENCE", "26000", "26362", 44.9334, 4.8924),
    "MONTELIMAR": ("26 - MONTELIMAR", "26200", "26198", 44.5581, 4.7509),
    "LEPUY": ("43 - LE PUY EN VELAY", "43000", "43157", 45.0434, 3.8858),
}

# ---------------------------------------------------------------------------
# 4. Offers (hand-written, annotated)
# ---------------------------------------------------------------------------
def F(domaine, niveau, commentaire, exigence="S", code="21054"):
    return {"codeFormation": code, "domaineLibelle": domaine, "niveauLibelle": niveau, "commentaire": commentaire, "exigence": exigence}

CAPN = "CAP, BEP et équivalents"
BACN = "Bac ou équivalent"

OFFERS_A = [
 dict(w=1, d=1, hm="09:12", emp="gresi", city="CROLLES", intitule="Jardinier paysagiste (H/F)", app="750101",
      contrat="CDI", exp="E", explib="2 An(s)", form=[F("Aménagement paysager", CAPN, "CAPa Jardinier paysagiste", "E")],
      comp=[("tonte", "751001", None, "E"), ("taille", "751002", None, "E"), ("vegetaux", None, "Connaissance des végétaux d'ornement", "S")],
      sal="Mensuel de 1950.00 Euros à 2150.00 Euros sur 12 mois",
      desc="""{{entreprise|Créée en 1994}} à Crolles, Les Jardins du Grésivaudan est une {{entreprise|entreprise familiale de 22 salariés}} qui intervient auprès des particuliers, des copropriétés et des sites d'entreprises de la vallée.
Dans le cadre de notre développement, nous recrutons un jardinier paysagiste (H/F) pour notre équipe entretien.

{{titre|VOS MISSIONS}}
- [[tonte|Tonte des pelouses]] et [[tonte|débroussaillage des talus]]
- [[taille|Taille des haies]] et des arbustes d'ornement
- [[plant|Plantation d'arbres et d'arbustes]] à l'automne
- [[ecolo|Désherbage manuel et mécanique]] des massifs
- [[entmat|Entretien courant du matériel]] en fin de journée

{{titre|PROFIL RECHERCHÉ}}
{{diplome_requis|CAPa Jardinier paysagiste}} ou expérience équivalente, {{niveau|2 ans d'expérience minimum}}.
[[permis_a|Permis B]] indispensable : vous conduisez le véhicule de l'équipe jusqu'aux chantiers.
Vous êtes [[ponct_a|ponctuel]] et vous aimez [[equipe_a|travailler en équipe]].

{{titre|CE QUE NOUS PROPOSONS}}
{{contrat|CDI à temps plein}}, {{horaires|39 heures hebdomadaires}}, {{avantage|heures supplémentaires majorées}}, {{avantage|panier repas}}, {{avantage|mutuelle d'entreprise}}, {{avantage|tenue de travail fournie}}.
{{salaire|Rémunération de 1 950 à 2 150 € brut mensuel selon expérience}}.

{{candidature|Envoyez CV et lettre de motivation}} à recrutement@jardins-gresivaudan.fr"""),

 dict(w=1, d=3, hm="14:40", emp="anonA1", city="VILLEURBANNE", intitule="Agent d'entretien des espaces verts (F/H)", app="750103",
      contrat="CDD", duree="6 Mois", exp="D", explib="Débutant accepté", form=[],
      sal="Horaire de 11.88 Euros sur 12 mois",
      desc="""Entreprise du paysage basée dans l'est lyonnais, nous recherchons pour la saison d'automne un agent d'entretien des espaces verts. Vous interviendrez principalement sur des résidences et des sièges sociaux : [[tonte|tonte et débroussaillage]], [[dechets|ramassage des feuilles au souffleur]] et [[dechets|évacuation des déchets verts]] vers la plateforme de compostage, [[taille|taille de haies au taille-haie]]. {{niveau|Débutant accepté}} si vous êtes [[motiv_a|motivé]] et que vous avez le [[exterieur_a|goût du travail en extérieur]] : {{avantage|une formation interne est assurée}}. [[gp_a|Formation PRAP]] prise en charge par l'entreprise. {{contrat|CDD de 6 mois pouvant déboucher sur un CDI}}, {{horaires|35h du lundi au vendredi}}, {{avantage|tickets restaurant}}, {{avantage|prime de fin de contrat}}. {{salaire|SMIC + prime de salissure}}. {{candidature|Merci d'adresser votre candidature par mail}}."""),

 dict(w=2, d=0, hm="08:30", emp="golf", city="AMBERIEU", intitule="Jardinier de golf H/F", app="750104",
      contrat="CDI", exp="E", explib="1 An(s)", form=[],
      comp=[("greens", "752101", None, "E"), ("tonte", "751001", None, "E")],
      sal="Mensuel de 2000.00 Euros sur 13 mois",
      contact=("M. Laurent CHABOUD", "04 74 38 12 90", "terrain@golf-boisdeschenes.fr"),
      desc="""⛳ Le Golf du Bois des Chênes ({{entreprise|18 trous, 65 hectares}}, {{entreprise|ouvert en 1989}}) renforce son équipe terrain de 7 personnes.

Rattaché(e) au greenkeeper, vous participez à la préparation quotidienne du parcours :
• [[greens|entretien des greens et des départs]], [[greens|réparation des impacts de balles]]
• [[tonte|tonte des fairways et des roughs à la tondeuse autoportée]]
• [[greens|carottage et sablage]] des greens lors des opérations d'automne
• [[entmat|maintenance de premier niveau]] de la flotte de machines

Profil : {{niveau|expérience en espaces verts ou en golf}}, [[permis_a|permis B]]. Vous acceptez de commencer tôt ({{horaires|prise de poste à 6h30 en saison}}) et de travailler {{horaires|un week-end sur trois}}.
{{avantage|Green fees offerts}}, {{avantage|repas pris en charge au restaurant du club}}, {{avantage|13e mois}}.
{{salaire|Salaire : 2 000 € brut mensuel}}

{{candidature|Postulez en envoyant votre CV}} à {{contact|M. Chaboud, greenkeeper - 04 74 38 12 90 - terrain@golf-boisdeschenes.fr}}"""),

 dict(w=2, d=2, hm="10:05", emp="verth", city="VENISSIEUX", intitule="Ouvrier paysagiste création - CDI", app="750102",
      contrat="CDI", exp="E", explib="3 An(s)", form=[F("Aménagement paysager", BACN, "BP Aménagements paysagers souhaité", "S")],
      comp=[("maco", "751005", None, "E"), ("plant", "751003", None, "E"), ("engin", "752031", None, "S")],
      qual=[("autonomie_a", "Faire preuve d'autonomie", "Capacité à organiser son travail sans supervision permanente.")],
      sal="Mensuel de 2200.00 Euros à 2500.00 Euros sur 12 mois",
      desc="""VERT HORIZON PAYSAGE, c'est {{entreprise|plus de 30 ans d'expérience dans la création de jardins}} pour les particuliers et les promoteurs de la métropole lyonnaise, {{entreprise|35 collaborateurs}} et {{entreprise|un chiffre d'affaires de 4 M€}}.
Notre équipe création recherche un ouvrier paysagiste confirmé (H/F).

Vos missions :
- [[sol|préparation des sols et nivellement]] avant plantation
- [[maco|pose de pavés]], [[maco|pose de bordures]] et [[maco|réalisation de dallages]]
- [[plant|mise en place des végétaux]] et [[gazon|pose de gazon en rouleaux]]
- [[bois|pose de clôtures]] et de brise-vue
- [[engin|conduite de mini-pelle]] (un [[engin|CACES R482 catégorie A]] serait un plus)
- [[plan|lecture de plans et implantation]] avec le chef d'équipe

Profil :
{{diplome_requis|CAP ou BP Aménagements paysagers}} souhaité. Vous êtes [[autonomie_a|autonome]] sur un chantier et [[rigueur_a|soigneux]] dans vos finitions.
[[permis_a|Permis B]] obligatoire.

Avantages : {{avantage|13e mois}}, {{avantage|prime d'intéressement}}, {{avantage|CSE}}, {{avantage|véhicule de service}}.
{{contrat|CDI}} - {{horaires|39h}} - {{salaire|2 200 à 2 500 € brut selon profil}}."""),

 dict(w=3, d=1, hm="07:55", emp="interalp", city="ANNECY", intitule="Jardinier Paysagiste H/F - Mission intérim", app="750101",
      contrat="MIS", duree="3 Mois", exp="E", explib="1 An(s)", form=[],
      sal="Horaire de 13.50 Euros",
      desc="""INTERIM ALPES SERVICES, {{entreprise|réseau de 9 agences en Savoie et Haute-Savoie}}, recherche pour son client, une entreprise du paysage du bassin annécien, un Jardinier Paysagiste H/F.

{{titre|Vos missions}} :
✅ [[tonte|tonte et débroussaillage]] de grandes propriétés
✅ [[taille|taille des arbustes]] et des haies de thuyas
✅ [[plant|travaux de plantation]]
✅ [[neige|déneigement des accès]] des copropriétés l'hiver

{{titre|Profil}} : {{niveau|expérience d'un an minimum}} en espaces verts, [[permis_a|permis B]] exigé. [[sst_a|SST à jour]] apprécié.
Vous êtes [[ponct_a|ponctuel]](le) et vous avez l'[[equipe_a|esprit d'équipe]].

{{titre|Infos pratiques}} :
📅 {{contrat|Mission de 3 mois renouvelable}}
🕗 {{horaires|du lundi au vendredi, 7h30-16h30}}
💶 {{salaire|13,50 € brut/heure}} + {{avantage|indemnités de fin de mission}} + {{avantage|10 % de congés payés}}
{{avantage|Acompte possible chaque semaine}}

{{candidature|Postulez directement en ligne}} ou passez nous voir en agence !"""),

 dict(w=3, d=3, hm="11:20", emp="vegetalis", city="LYON03", intitule="Ouvrier paysagiste végétalisation (H/F)", app="750102",
      contrat="CDI", exp="E", explib="2 An(s)", form=[F("Aménagement paysager", CAPN, "CAPa Jardinier paysagiste ou équivalent", "E")],
      comp=[("toiture", "751016", None, "E"), ("murveg", "752052", None, "S"), ("hauteur", "751019", None, "E")],
      sal="Mensuel de 2050.00 Euros sur 12 mois",
      desc="""Végétalis Rhône intervient pour les promoteurs, les bailleurs sociaux et les collectivités de la métropole. {{entreprise|Fondée en 2011}}, l'entreprise compte aujourd'hui {{entreprise|18 salariés}} et {{entreprise|plus de 40 000 m² réalisés}}.

VOTRE QUOTIDIEN
Au sein d'une équipe de 3 personnes, vous réalisez :
- la [[toiture|pose de toitures végétalisées]] (complexe drainant, substrat, tapis de sedums)
- l'[[murveg|installation de murs végétaux]] en intérieur comme en extérieur
- du [[hauteur|travail en hauteur]] sur toiture-terrasse, avec [[hauteur|port du harnais]] et ligne de vie
- la [[goutte|micro-irrigation]] des ouvrages

VOTRE PROFIL
{{diplome_requis|CAPa Jardinier paysagiste}} ou équivalent. [[sst_a|Formation SST]] appréciée. Vous êtes [[rigueur_a|rigoureux]].

CE QUE NOUS OFFRONS
{{contrat|CDI}}, {{horaires|35h annualisées}}, {{avantage|tickets restaurant de 10 €}}, {{avantage|remboursement à 50 % de l'abonnement TCL}}, {{avantage|mutuelle prise en charge à 60 %}}.
{{candidature|Envoyez CV et lettre de motivation}} à Mme Bérard : {{contact|rh@vegetalis-rhone.fr}}"""),

 dict(w=4, d=1, hm="09:45", emp="jauv", city="CLERMONT", intitule="Jardinier / Jardinière paysagiste – service aux particuliers", app="750101",
      contrat="CDI", exp="D", explib="Débutant accepté", form=[F("Aménagement paysager", BACN, "Bac pro Aménagements paysagers ou CAPa apprécié", "S")],
      qual=[("autonomie_a", "Faire preuve d'autonomie", "Capacité à travailler seul chez le client.")],
      sal="Horaire de 12.20 Euros",
      desc="""Vous aimez le contact et le jardin ? Les Jardiniers d'Auvergne recrutent un·e jardinier·ère paysagiste pour intervenir chez nos client·es particulier·es de l'agglomération clermontoise.

Vos missions : [[tonte|tonte des pelouses]], [[taille|taille des haies et des fruitiers]], [[ecolo|paillage]] des massifs, [[dechets|évacuation des déchets verts]] et [[client|conseiller les clients]] sur l'entretien de leur jardin. La [[tab_a|saisie des heures sur tablette]] se fait en fin d'intervention.

Profil : [[vegetaux|connaissance des végétaux]] indispensable, vous êtes [[autonomie_a|autonome]]. {{diplome_requis|Bac pro Aménagements paysagers}} ou {{diplome_requis|CAPa Jardinier paysagiste}} apprécié. [[permis_a|Permis B]] obligatoire (véhicule fourni).

{{contrat|CDI à temps partiel ou temps plein}}, {{horaires|28 à 35h selon vos disponibilités}}. {{salaire|12,20 € brut de l'heure}}, {{avantage|indemnités kilométriques}}, {{avantage|tenue fournie}}, {{avantage|chèques cadeaux}}."""),

 dict(w=5, d=0, hm="15:10", emp="anonA2", city="VALENCE", intitule="Agent espaces verts H/F", app="750103",
      contrat="CDD", duree="4 Mois", exp="E", explib="6 Mois", form=[F("Travaux paysagers", CAPN, "CAP Travaux paysagers", "S")],
      comp=[("tonte", "751001", None, "E"), ("tronco", "751018", None, "S"), ("ecolo", "751013", None, "S")],
      qual=[("rigueur_a", "Faire preuve de rigueur et de précision", "Respecter les consignes de sécurité et de qualité.")],
      sal="Selon convention collective",
      desc="""{{titre|Description du poste}} :
Nous recherchons pour l'un de nos clients, paysagiste dans la Drôme, un agent espaces verts H/F.
Au programme : [[tonte|débroussaillage]] des bords de route et des fossés, [[taille|taille des arbustes]], [[ecolo|gestion différenciée]] des espaces publics et [[tronco|utilisation de la tronçonneuse]] pour du petit [[tronco|abattage]].

{{titre|Profil recherché}} : vous êtes titulaire d'un {{diplome_requis|CAP Travaux paysagers}} ou justifiez d'{{niveau|une première expérience}}. Les [[gp_a|gestes et postures]] n'ont pas de secret pour vous. [[phyto|Certiphyto décideur]] apprécié. [[exterieur_a|Bonne condition physique]] exigée, [[rigueur_a|sérieux]].

Conditions : {{contrat|CDD de 4 mois}}, {{horaires|35h}}, {{salaire|salaire selon convention collective du paysage}}, {{avantage|prime de panier}}.
{{candidature|Postulez avec votre CV à jour}}."""),

 dict(w=5, d=3, hm="08:05", emp="golf", city="AMBERIEU", intitule="Jardinier de golf saisonnier (H/F)", app="750104",
      contrat="SAI", duree="6 Mois", exp="D", explib="Débutant accepté", form=[],
      sal="Mensuel de 1850.00 Euros sur 12 mois",
      desc="""Golf 18 trous situé dans l'Ain, nous recrutons un jardinier de golf pour la fin de saison.
Missions :
- [[greens|regarnissage des départs]] et [[greens|entretien des greens]]
- [[tonte|tonte des abords]] et des roughs
- [[dechets|ramassage des feuilles]] sur le parcours
- [[entmat|entretien du matériel]] à l'atelier
Vous serez formé(e) par notre greenkeeper. Vous êtes [[ponct_a|ponctuel]](le) : {{horaires|les prises de poste sont matinales}}.
{{contrat|Contrat saisonnier de 6 mois}} – {{horaires|35h sur 5 jours, week-ends par roulement}} – {{salaire|1 850 € brut mensuel}} – {{avantage|repas du midi offert}} – {{avantage|accès gratuit au parcours}}."""),

 dict(w=6, d=1, hm="10:30", emp="alpjard", city="CHAMBERY", intitule="Agent d'entretien espaces verts et déneigement H/F", app="750103",
      contrat="CDI", exp="E", explib="2 An(s)", form=[],
      comp=[("neige", None, "Déneigement des accès et parkings", "E"), ("taille", "751002", None, "E")],
      sal="Mensuel de 2050.00 Euros sur 13 mois",
      contact=("Mme Claire REY", "06 71 22 48 19", "contact@alpesjardin.fr"),
      desc="""ALPES JARDIN SERVICES
{{entreprise|Depuis 2003}}, nous entretenons les espaces extérieurs de {{entreprise|plus de 150 copropriétés}} du bassin chambérien.

{{titre|Poste}}
D'avril à octobre : [[tonte|tonte des pelouses]], [[taille|taille des haies]], [[ecolo|désherbage alternatif]] des allées et des cours.
De novembre à mars : [[neige|opérations de déneigement et salage]] des accès piétons, [[neige|conduite d'un tracteur équipé d'une lame]], [[taille|taille d'hiver des arbustes]].

{{titre|Profil}}
[[permis_a|Permis B]] exigé. [[autonomie_a|Autonomie]] et [[ponct_a|ponctualité]] indispensables, notamment lors des {{horaires|astreintes de nuit en hiver}}.

{{titre|Rémunération et avantages}}
{{salaire|2 050 € brut mensuel}} + {{avantage|prime d'astreinte}}, {{avantage|13e mois après un an}}, {{avantage|mutuelle}}, {{avantage|RTT}}.
{{candidature|Candidatures par mail}} - {{contact|Contact : Mme Rey - 06 71 22 48 19 - contact@alpesjardin.fr}}"""),

 dict(w=7, d=0, hm="09:00", emp="pilat", city="STETIENNE", intitule="Ouvrier polyvalent espaces verts en insertion (H/F)", app="750102",
      contrat="CDD", duree="4 Mois", exp="D", explib="Débutant accepté", form=[],
      sal="Horaire de 11.88 Euros",
      desc="""{{entreprise|Structure d'insertion par l'activité économique}} du sud de la Loire, Chantiers Verts du Pilat accompagne des personnes éloignées de l'emploi vers un retour durable au travail. Nous proposons un {{contrat|contrat à durée déterminée d'insertion (CDDI) de 4 mois}}, {{horaires|26 heures par semaine}}, sur des chantiers de jardins communaux et de bords de rivière : [[tonte|débroussaillage]], [[ecolo|fauche tardive]] et [[ecolo|gestion différenciée]], [[bois|pose de clôtures]] en bois, [[plant|plantations de haies champêtres]]. Un {{avantage|accompagnement socioprofessionnel}} est assuré tout au long du parcours. {{niveau|Aucun diplôme n'est demandé}} ; vous devez être {{niveau|éligible au dispositif IAE}}. {{contact|Contact : Mme Faure, encadrante technique}}."""),

 dict(w=7, d=2, hm="13:15", emp="gresi", city="GRENOBLE", intitule="Jardinier paysagiste confirmé H/F", app="750101",
      contrat="CDI", exp="E", explib="3 An(s)", form=[F("Aménagement paysager", CAPN, "CAPa Jardinier paysagiste", "S")],
      comp=[("topiaire", "752003", None, "S"), ("goutte", "752012", None, "E"), ("vegetaux", "751006", None, "E"), ("batterie", "752045", None, "S")],
      sal="Mensuel de 2200.00 Euros à 2600.00 Euros sur 12 mois",
      desc="""Les Jardins du Grésivaudan ({{entreprise|22 salariés}}, siège à Crolles) ouvrent un second dépôt à Grenoble et recherchent un jardinier paysagiste confirmé.

VOS MISSIONS
- [[taille|tailler les haies et arbustes]] des copropriétés
- [[topiaire|taille topiaire]] des buis et des ifs dans des jardins de particuliers
- mise en place d'un [[goutte|arrosage goutte-à-goutte]] dans les massifs
- [[gazon|création de gazon]] et [[sol|travail du sol]]
- utilisation de [[batterie|matériel sur batterie]] en centre-ville

PROFIL
{{niveau|3 ans d'expérience}} en entretien. [[phyto|Certiphyto décideur]] souhaité. [[vegetaux|Reconnaissance des végétaux]] indispensable. [[permis_a|Permis B]].

AVANTAGES : {{avantage|véhicule de service}}, {{avantage|prime de fin d'année}}, {{avantage|mutuelle d'entreprise}}, {{avantage|participation aux frais de transport}}.
{{contrat|CDI}}, {{horaires|37h sur 4,5 jours}}, {{salaire|salaire motivant selon profil}}.
{{candidature|Envoyez CV et lettre de motivation}} à recrutement@jardins-gresivaudan.fr"""),

 dict(w=8, d=1, hm="11:40", emp="anonA3", city="VICHY", intitule="Jardinier / Jardinière chez les particuliers - temps partiel", app="750103",
      contrat="CDI", exp="D", explib="Débutant accepté", form=[],
      sal="Horaire de 12.40 Euros",
      desc="""Entreprise de services à domicile agréée, nous recherchons un·e jardinier·ère pour l'entretien de jardins chez nos client·es de Vichy et alentours.
🌿 Vos missions : [[tonte|tonte des pelouses]], [[taille|taille de haies]], [[plant|plantations de massifs]] au printemps et à l'automne, [[dechets|évacuation des déchets verts]] en déchetterie.
🌿 [[client|Relation avec la clientèle]] : vous êtes l'interlocuteur·rice du client sur place.
👉 Profil : [[motiv_a|dynamique]], [[ponct_a|ponctuel]]·le, [[permis_a|permis B]] et véhicule personnel ({{avantage|indemnités kilométriques}}).
👉 {{contrat|CDI}} {{horaires|à temps partiel, 20 h par semaine}}, {{salaire|12,40 € brut de l'heure}}, {{avantage|prime d'ancienneté}}.
{{candidature|Postulez en ligne}} ou appelez-nous au {{contact|04 70 31 55 02}}."""),

 dict(w=8, d=3, hm="16:00", emp="vegetalis", city="VILLEURBANNE", intitule="Jardinier paysagiste - toitures et murs végétaux (H/F)", app="750101",
      contrat="CDD", duree="12 Mois", exp="E", explib="1 An(s)", form=[],
      comp=[("toiture", "751016", None, "E"), ("hauteur", "751019", None, "E"), ("murveg", None, "Installation de murs végétaux", "E")],
      qual=[("equipe_a", "Travailler en équipe", "Coopérer au sein d'une équipe de chantier."), ("rigueur_a", "Faire preuve de rigueur et de précision", "Soigner les finitions et respecter les consignes.")],
      sal="Mensuel de 1900.00 Euros à 2100.00 Euros sur 12 mois",
      desc="""Suite à l'obtention de plusieurs marchés, VEGETALIS RHONE renforce ses équipes.
Vous interviendrez sur des chantiers de bâtiments tertiaires :
→ [[toiture|toiture végétalisée]] : [[toiture|pose du substrat et des plants]]
→ [[murveg|murs végétaux]] : [[murveg|installation des modules]], remplacement des plantes
→ [[hauteur|travail en hauteur]] sur toiture sécurisée
→ [[goutte|goutte-à-goutte]] : contrôle des réseaux
→ [[batterie|outillage électrique sur batterie]] uniquement sur nos sites
Profil : [[equipe_a|esprit d'équipe]], [[rigueur_a|rigueur]], [[sst_a|Sauveteur Secouriste du Travail]] souhaité.
{{contrat|CDD de 12 mois}}, {{horaires|35h}}, {{avantage|tickets restaurant}}, {{avantage|remboursement de 50 % des transports en commun}}. {{salaire|Salaire : 1 900 à 2 100 € brut}}."""),

 dict(w=9, d=0, hm="08:20", emp="interalp", city="THONON", intitule="Ouvrier paysagiste (H/F) - Thonon", app="750102",
      contrat="MIS", duree="2 Mois", exp="E", explib="1 An(s)", form=[],
      sal="Horaire de 14.00 Euros",
      desc="""Pour notre client, paysagiste reconnu du Chablais, INTERIM ALPES SERVICES recrute un ouvrier paysagiste.
Missions :
- [[toiture|pose de toitures végétales]] sur un programme de logements neufs
- [[murveg|murs végétalisés]] en façade
- [[hauteur|port du harnais]] obligatoire sur toiture
- [[maco|petite maçonnerie paysagère]] pour les accès
Profil : {{niveau|première expérience réussie en paysage}}, [[permis_a|permis B]], [[engin|CACES R482]] apprécié.
{{contrat|Mission de 2 mois}}, {{horaires|39h}}, {{salaire|14 € brut/heure}}, {{avantage|heures supplémentaires payées}}, {{avantage|indemnités de trajet}}.
{{candidature|Envoyez votre CV}} à thonon@interim-alpes.fr"""),

 dict(w=10, d=1, hm="09:30", emp="alpjard", city="ALBERTVILLE", intitule="Jardinier espaces verts - Albertville (H/F)", app="750103",
      contrat="CDI", exp="E", explib="1 An(s)", form=[],
      comp=[("tonte", "751001", None, "E"), ("tab_a", "751203", None, "S")],
      sal="Mensuel de 2000.00 Euros sur 13 mois",
      contact=("Mme Claire REY", "06 71 22 48 19", "contact@alpesjardin.fr"),
      desc="""Alpes Jardin Services ouvre une antenne à Albertville. Nous recherchons un jardinier espaces verts polyvalent pour nos contrats de copropriétés et de sites d'entreprises.
{{titre|Compétences attendues :}}
- [[tonte|tonte et débroussaillage]]
- [[taille|taille des haies]]
- [[neige|déneigement manuel et mécanique]] en hiver
- utilisation de [[batterie|matériel sur batterie]]
- [[tab_a|renseigner les fiches d'intervention sur tablette]]
{{titre|Le poste :}} {{contrat|CDI}} {{horaires|35h annualisées}}, {{avantage|prime d'astreinte hivernale}}, {{avantage|mutuelle prise en charge à 100 %}}, {{avantage|13e mois après un an}}.
{{salaire|2 000 € brut mensuel}}
{{contact|Contact : Mme Rey - 06 71 22 48 19 - contact@alpesjardin.fr}}"""),

 dict(w=10, d=3, hm="14:25", emp="verth", city="STPRIEST", intitule="Ouvrier paysagiste H/F - chantiers de création", app="750102",
      contrat="CDI", exp="E", explib="2 An(s)", form=[F("Aménagement paysager", BACN, "BP Aménagements paysagers ou TP Ouvrier du paysage", "E")],
      sal="Mensuel de 2300.00 Euros sur 13 mois",
      desc="""VERT HORIZON PAYSAGE ({{entreprise|35 collaborateurs}}, {{entreprise|certifiée Qualipaysage}}) recrute pour ses chantiers de création de l'est lyonnais.
Vous participerez à :
• la [[toiture|pose de toitures végétalisées]] sur des bâtiments d'activité
• l'installation de [[murveg|murs végétaux]] dans des halls d'entreprise
• des [[hauteur|travaux en hauteur]] avec ligne de vie
• la [[maco|pose de pavés]] et de [[maco|dallages]]
• la [[bois|construction de terrasses en bois]]
• la [[plant|plantation d'arbres et d'arbustes]]
Vous travaillerez avec du [[batterie|matériel électrique sur batterie]] sur les chantiers en site occupé.
Profil : {{diplome_requis|BP Aménagements paysagers}} ou {{diplome_requis|titre professionnel Ouvrier du paysage}}, savoir [[plan|lire un plan]], [[autonomie_a|autonomie]].
{{contrat|CDI}} – {{horaires|39h}} – {{salaire|2 300 € brut + heures supplémentaires}} – {{avantage|13e mois}} – {{avantage|prime vacances}} – {{avantage|CSE}}.
{{candidature|CV à envoyer via notre site}}."""),

 dict(w=11, d=1, hm="07:45", emp="golf", city="AMBERIEU", intitule="Jardinier de golf (H/F) - CDI", app="750104",
      contrat="CDI", exp="E", explib="2 An(s)", form=[],
      comp=[("greens", "752101", None, "E"), ("entmat", "751007", None, "E")],
      sal="Mensuel de 2100.00 Euros sur 13 mois",
      contact=("M. Laurent CHABOUD", "04 74 38 12 90", "terrain@golf-boisdeschenes.fr"),
      desc="""Le Golf du Bois des Chênes recrute un jardinier de golf en CDI pour compléter l'équipe terrain.
Vos missions :
- [[greens|entretien des greens]], avant-greens et départs
- [[greens|carottage et sablage]] des greens, regarnissage
- [[greens|tonte de précision des greens]]
- [[batterie|outils à batterie]] pour les finitions autour des bunkers
- [[entmat|maintenance de premier niveau]] des tondeuses hélicoïdales
Profil : [[vegetaux|connaissance des graminées à gazon]], [[sst_a|certificat SST]] apprécié, [[permis_a|permis B]].
{{horaires|Prise de poste à 6h en été}}, {{horaires|un week-end sur trois}}. {{contrat|CDI}}, {{salaire|2 100 € brut mensuel}}, {{avantage|13e mois}}, {{avantage|green fees offerts}}.
{{contact|M. Chaboud - 04 74 38 12 90 - terrain@golf-boisdeschenes.fr}}"""),

 dict(w=12, d=0, hm="10:10", emp="anonA4", city="ANNONAY", intitule="Jardinier paysagiste (H/F) CDD", app="750101",
      contrat="CDD", duree="3 Mois", exp="E", explib="1 An(s)", form=[],
      sal="Horaire de 12.50 Euros",
      desc="""Entreprise familiale du Nord-Ardèche {{entreprise|spécialisée en création et entretien de jardins}} recherche un jardinier paysagiste pour un {{contrat|CDD de 3 mois}}. Vous assurerez la [[taille|taille des arbustes]] et des haies, la [[topiaire|taille en nuage]] de quelques sujets remarquables, la [[goutte|micro-irrigation]] des massifs, le [[dechets|broyage des végétaux]] et l'[[engin|utilisation de la mini-chargeuse]]. Vous travaillerez avec du [[batterie|matériel sur batterie]] et devez maîtriser les [[gp_a|gestes et postures]]. [[permis_a|Permis B]] exigé. {{salaire|Rémunération : 12,50 € brut/heure}}, {{avantage|paniers repas}}. {{candidature|Adressez votre candidature par courrier ou par mail}}."""),

 dict(w=12, d=2, hm="15:35", emp="anonA1", city="VILLEFRANCHE", intitule="Paysagiste polyvalent (H/F)", app="750102",
      contrat="CDI", exp="E", explib="2 An(s)", form=[F("Aménagement paysager", CAPN, "CAPa Jardinier paysagiste exigé", "E")],
      qual=[("rigueur_a", "Faire preuve de rigueur et de précision", "Travail soigné et respect des consignes.")],
      sal="Selon expérience",
      desc="""{{titre|QUI SOMMES-NOUS ?}}
PME du paysage de {{entreprise|15 salariés}}, nous intervenons en Beaujolais et dans le Val de Saône pour des particuliers et des collectivités.

{{titre|VOS MISSIONS}}
- [[gazon|engazonnement]] et [[sol|préparation des sols]]
- [[maco|pose de bordures]] et [[maco|pose de pavés]]
- [[goutte|arrosage goutte-à-goutte]]
- [[batterie|outillage électrique sur batterie]]
- [[tronco|travaux d'abattage]] occasionnels

{{titre|PROFIL RECHERCHÉ}}
{{diplome_requis|CAPa Jardinier paysagiste exigé}}, [[phyto|Certiphyto décideur]] indispensable, [[plan|lecture de plans]] exigée, [[sst_a|formation SST]] appréciée. Savoir [[equipe_a|travailler en équipe]], [[rigueur_a|rigueur]].

{{titre|NOUS OFFRONS}}
{{contrat|CDI}}, {{horaires|39h}}, {{avantage|heures supplémentaires majorées à 25 %}}, {{avantage|mutuelle}}, {{avantage|prime de panier}}. {{salaire|Salaire selon expérience}}.
{{candidature|Envoyez CV et lettre de motivation}}."""),
]

OFFERS_N = [
 dict(w=1, d=0, hm="06:50", emp="rexp", city="VENISSIEUX", intitule="Chauffeur livreur VL (H/F)", app="750112",
      contrat="CDI", exp="D", explib="Débutant accepté", form=[],
      comp=[("charge", "751301", None, "E"), ("remise", "751303", None, "E"), ("appli", "752222", None, "S")],
      sal="Mensuel de 1850.00 Euros sur 12 mois",
      desc="""RHONE EXPRESS COLIS, {{entreprise|prestataire du dernier kilomètre pour plusieurs réseaux de messagerie}}, recrute des chauffeurs livreurs au départ de son agence de Vénissieux. {{entreprise|80 collaborateurs}}, {{entreprise|60 véhicules}} et une croissance de {{entreprise|20 % par an}}.

📦 VOS MISSIONS
- [[prepacolis|tri des colis]] au dépôt et [[charge|chargement de votre véhicule]]
- [[tournee|préparation de la tournée]] avec votre chef d'équipe
- [[remise|remise des colis]] aux particuliers et aux professionnels, contre signature
- [[appli|flasher les colis avec l'application]] à chaque étape
- [[retours|gestion des retours]] en fin de journée

🎯 PROFIL
[[permisb|Permis B]] depuis plus de 2 ans. {{niveau|Débutant accepté}}, {{avantage|formation assurée}}. Vous êtes [[ponct_n|ponctuel]] et [[presentation_n|courtois]] avec les clients.

💼 CONDITIONS
{{contrat|CDI}} {{horaires|35h du lundi au vendredi}}, {{salaire|1 850 € brut mensuel}} + {{avantage|primes de qualité}}, {{avantage|tickets restaurant}}, {{avantage|mutuelle}}.
{{candidature|Postulez en ligne}} ou envoyez votre CV à recrutement@rhone-express-colis.fr"""),

 dict(w=1, d=2, hm="08:15", emp="pharma", city="CHAMBERY", intitule="Chauffeur livreur produits pharmaceutiques H/F", app="750111",
      contrat="CDI", exp="E", explib="1 An(s)", form=[],
      comp=[("pharma", "751318", None, "E"), ("froid", "752241", None, "E")],
      qual=[("rigueur_n", "Faire preuve de rigueur et de précision", "Respect strict des procédures de traçabilité.")],
      sal="Mensuel de 1950.00 Euros sur 13 mois",
      desc="""Répartition Pharma Alpes, {{entreprise|grossiste-répartiteur indépendant depuis 1978}}, dessert chaque jour {{entreprise|plus de 400 pharmacies}} des deux Savoie et de l'Isère.

Nous recherchons un chauffeur livreur (H/F) pour notre établissement de Chambéry.
Vos missions :
- [[pharma|livraison de produits pharmaceutiques]] aux officines selon un horaire garanti
- respect des [[pharma|bonnes pratiques de distribution]] et de la [[froid|chaîne du froid]] pour les produits thermosensibles
- [[controle|vérifier l'état des colis]] et des bacs au chargement
- [[retours|retours de marchandises]] des officines
- [[montagne|conduite sur routes de montagne]] vers les stations l'hiver

Profil : [[permisb|permis B]] obligatoire, [[rigueur_n|rigueur]] et [[ponct_n|ponctualité]] indispensables.
{{horaires|Tournées du lundi au samedi matin, 6h-13h}}.
{{contrat|CDI}}, {{salaire|1 950 € brut}}, {{avantage|13e mois}}, {{avantage|prime d'assiduité}}.
{{candidature|Adressez CV et lettre de motivation}} au service RH."""),

 dict(w=2, d=0, hm="09:40", emp="anonN1", city="STETIENNE", intitule="Livreur / Livreuse H/F - permis B", app="750111",
      contrat="CDD", duree="6 Mois", exp="E", explib="6 Mois", form=[],
      sal="Horaire de 12.20 Euros",
      desc="""Société de messagerie implantée à Saint-Étienne recherche un livreur ou une livreuse pour des tournées en ville et en périphérie. Après le [[charge|chargement et déchargement]] du véhicule au quai, vous [[tournee|organisez votre tournée]] à l'aide de l'[[appli|application mobile de tournée]] installée sur le smartphone fourni, et vous assurez la [[remise|livraison contre signature]] ainsi que la [[retours|gestion des retours]]. Au dépôt, vous utilisez un [[caces|transpalette électrique]] : le [[caces|CACES R489 1A]] est un plus. [[permisb|Permis B]] exigé. Vous êtes [[autonomie_n|autonome]] et [[dynamisme_n|dynamique]]. {{contrat|CDD de 6 mois renouvelable}}, {{horaires|du lundi au vendredi de 7h30 à 15h30}}, {{salaire|taux horaire 12,20 €}}, {{avantage|prime de panier}}."""),

 dict(w=2, d=2, hm="11:00", emp="tempo", city="SQF", intitule="Chauffeur Livreur VL H/F - Intérim", app="750111",
      contrat="MIS", duree="1 Mois", exp="E", explib="1 An(s)", form=[F("Magasinage manutention", CAPN, "CAP Opérateur logistique apprécié", "S", "31812")],
      comp=[("caces", "752212", None, "E"), ("hayon", "751314", None, "E")],
      sal="Horaire de 12.80 Euros",
      desc="""TEMPO INTERIM LOGISTIQUE, {{entreprise|spécialiste du recrutement en transport et logistique}}, recherche pour son client, un grossiste en matériaux basé à Saint-Quentin-Fallavier, un chauffeur livreur VL.

{{titre|Vos missions :}}
* [[charge|charger et décharger]] le véhicule
* [[hayon|utilisation du hayon]] et du [[hayon|transpalette manuel]]
* [[arrimage|arrimage des charges]]
* [[controle|émettre des réserves]] sur le document de transport en cas d'avarie
* [[caces|CACES R489 catégorie 1A]] obligatoire

{{titre|Profil :}} [[permisb|permis B]], {{niveau|1 an d'expérience en livraison}}, [[gp_n|gestes et postures]]. {{diplome_requis|CAP Opérateur logistique}} apprécié.
{{titre|Conditions :}} {{contrat|Mission d'un mois renouvelable}}, {{horaires|7h-14h}}, {{salaire|12,80 €/h}} + {{avantage|IFM + ICCP}} + {{avantage|prime de transport}}.
{{candidature|Postulez en ligne}} ou contactez l'agence au {{contact|04 74 94 20 10}}"""),

 dict(w=3, d=0, hm="07:30", emp="mel", city="CORBAS", intitule="Chauffeur-livreur installateur électroménager (H/F)", app="750113",
      contrat="CDI", exp="E", explib="1 An(s)", form=[],
      comp=[("electromenager", "751316", None, "E"), ("deee", "752281", None, "S"), ("montage", "751315", None, "S")],
      sal="Mensuel de 1900.00 Euros sur 12 mois",
      desc="""MEL SERVICES travaille pour le compte d'enseignes spécialisées de l'électroménager ({{entreprise|plus de 35 000 livraisons par an}}).

En binôme, au domicile des clients, vous assurez :
- le [[charge|chargement et déchargement]] des appareils avec le [[hayon|hayon élévateur]]
- l'[[electromenager|installation de l'électroménager]] : [[electromenager|raccordement des lave-linge]] et lave-vaisselle, [[electromenager|mise en service des appareils]]
- la [[deee|reprise des anciens appareils]] pour recyclage
- le [[montage|montage de meubles]] simples (colonnes, meubles sous évier)
- [[tab_n|compléter les documents de fin de tournée]] sur la tablette

Profil : [[permisb|permis B]], [[presentation_n|bonne présentation]], [[gp_n|manutention en sécurité]].
{{contrat|CDI}} {{horaires|39h du mardi au samedi}}, {{salaire|1 900 € brut + primes}}, {{avantage|prime qualité mensuelle}}, {{avantage|tenue fournie}}, {{avantage|mutuelle familiale}}.
{{candidature|Envoyez CV et lettre de motivation}} à jobs@mel-services.fr"""),

 dict(w=3, d=2, hm="13:30", emp="berth", city="VOIRON", intitule="Chauffeur livreur porteur C1 (H/F)", app="750111",
      contrat="CDI", exp="E", explib="2 An(s)", form=[],
      sal="Mensuel de 2150.00 Euros sur 13 mois",
      contact=("M. Pierre BERTHOLLET", "04 76 05 33 21", "rh@transports-berthollet.fr"),
      desc="""Transports Berthollet & Fils, {{entreprise|transporteur familial depuis 1962}}, {{entreprise|120 salariés}} et {{entreprise|5 agences en Isère}}.
Nous recrutons un chauffeur livreur pour le secteur du Voironnais, en [[c1|porteur de 7,5 tonnes]].

Poste :
- [[c1|permis C1]] exigé
- [[verifveh|vérifications d'usage du véhicule]] avant le départ
- [[arrimage|calage et arrimage]] des palettes
- [[hayon|utilisation du hayon]]
- [[ecoconduite|éco-conduite]] : nos véhicules sont équipés d'un boîtier télématique
- [[caces|CACES R489 catégorie 1A]] apprécié

Profil : [[autonomie_n|autonome]], [[rigueur_n|sérieux]], [[sst_n|formation SST]] appréciée.
{{horaires|Départs à 5h30}}, {{horaires|retour chaque soir au domicile}}.
{{contrat|CDI}}, {{salaire|2 150 € brut mensuel}} + {{avantage|frais de route}}, {{avantage|13e mois}}, {{avantage|CSE}}, {{avantage|mutuelle}}.
{{candidature|Candidature à adresser}} à {{contact|M. Berthollet - 04 76 05 33 21 - rh@transports-berthollet.fr}}"""),

 dict(w=4, d=1, hm="05:45", emp="primeurs", city="MONTBRISON", intitule="Chauffeur livreur frigorifique (H/F)", app="750114",
      contrat="CDI", exp="E", explib="1 An(s)", form=[],
      comp=[("froid", "751312", None, "E"), ("encaisse", "751309", None, "S")],
      sal="Mensuel de 2000.00 Euros sur 12 mois",
      desc="""Primeurs du Forez, {{entreprise|grossiste en fruits et légumes depuis 1985}}, approvisionne les restaurateurs, les collectivités et les épiceries de la Loire et de la Haute-Loire.

MISSIONS
- [[prepacolis|préparation des commandes]] au dépôt avec l'équipe de nuit
- tournées en [[froid|température dirigée]] (véhicule frigorifique 20 m³)
- [[froid|produits frais et surgelés]] : [[froid|contrôle des températures]] à chaque arrêt
- [[encaisse|encaissement des règlements]] auprès des petits clients
- [[relclient|relation client]] au quotidien

PROFIL
[[permisb|Permis B]] exigé. [[ponct_n|Ponctualité]], vous êtes [[dynamisme_n|motivé]].

CONDITIONS
{{horaires|Prise de poste à 4h30}}, {{horaires|du lundi au vendredi}}, {{contrat|CDI}}, {{salaire|2 000 € brut}}, {{avantage|prime de nuit}}, {{avantage|fruits et légumes offerts}}.
{{candidature|Présentez-vous directement au dépôt avec votre CV}}."""),

 dict(w=5, d=0, hm="10:20", emp="anonN2", city="CLERMONT", intitule="Chauffeur livreur gaz en bouteilles H/F", app="750111",
      contrat="CDI", exp="E", explib="2 An(s)", form=[],
      sal="Mensuel de 2050.00 Euros sur 12 mois",
      desc="""Distributeur régional de gaz en bouteilles, nous recherchons un chauffeur livreur pour approvisionner nos points de vente et nos clients professionnels du Puy-de-Dôme.
Missions :
- [[charge|chargement de votre véhicule]] et [[arrimage|arrimer le chargement]] selon les règles
- [[adr|formation ADR]] exigée (bouteilles de gaz)
- [[encaisse|encaisser les paiements]] des clients
- [[verifveh|contrôle du véhicule avant départ]]
- [[hayon|utilisation du hayon]]
Profil : [[permisb|permis B]], [[c1|Permis C1]] apprécié, [[gp_n|formation PRAP]], [[rigueur_n|rigoureux]].
{{contrat|CDI}}, {{horaires|39h}}, {{salaire|2 050 € brut mensuel}}, {{avantage|prime de fin d'année}}, {{avantage|participation}}, {{avantage|mutuelle}}.
{{candidature|Merci d'envoyer votre CV}}"""),

 dict(w=5, d=2, hm="07:05", emp="pharma", city="ANNECY", intitule="Livreur pharmacies (H/F) - Annecy", app="750111",
      contrat="CDD", duree="6 Mois", exp="E", explib="1 An(s)", form=[],
      comp=[("pharma", "752251", None, "E"), ("montagne", "752263", None, "S")],
      sal="Mensuel de 1950.00 Euros sur 12 mois",
      desc="""Répartition Pharma Alpes recrute pour son site d'Annecy un livreur (H/F) en CDD.

{{titre|Vos missions}}
Vous assurez la [[pharma|livraison de produits pharmaceutiques]] aux officines de la Haute-Savoie, dans le respect des [[pharma|bonnes pratiques de distribution]] : [[controle|contrôle de la marchandise]] au chargement, [[remise|remise des colis]] en main propre au pharmacien, [[retours|traitement des litiges]] et des retours. L'hiver, la [[montagne|pose de chaînes]] peut être nécessaire pour desservir les stations.

{{titre|Votre profil}}
[[permisb|Permis B]] exigé, [[montagne|conduite sur neige]] maîtrisée, [[rigueur_n|rigueur]].
{{contrat|CDD de 6 mois}}, {{horaires|du lundi au vendredi 7h-14h et un samedi matin sur deux}}, {{salaire|1 950 € brut mensuel}}, {{avantage|13e mois au prorata}}.
{{candidature|Envoyez votre candidature}} à rh@pharma-alpes.fr"""),

 dict(w=6, d=1, hm="08:45", emp="vercors", city="VALENCE", intitule="Livreur monteur de meubles (H/F)", app="750113",
      contrat="CDI", exp="E", explib="1 An(s)", form=[],
      comp=[("montage", "751315", None, "E"), ("deee", "751317", None, "S"), ("charge", "751301", None, "E")],
      sal="Horaire de 11.88 Euros",
      contact=("M. Julien GIRAUD", "06 48 11 73 05", None),
      desc="""Meubles Vercors Livraison travaille pour plusieurs magasins d'ameublement de la Drôme et de l'Ardèche ({{entreprise|12 salariés}}, {{entreprise|créée en 2008}}).

Votre rôle, en équipe de deux :
• [[charge|charger et décharger]] le camion
• [[montage|monter les meubles]] au domicile des clients (cuisines exclues)
• [[electromenager|mise en service des appareils]] d'électroménager encastrables
• [[deee|reprise de l'ancien matériel]] et évacuation
• [[c1|Permis C1]] souhaité pour le porteur de 30 m³

Profil : [[permisb|permis B]] obligatoire, [[presentation_n|bonne présentation]], [[presentation_n|sens du service]].
{{horaires|Du mardi au samedi}}, {{contrat|CDI}}, {{salaire|SMIC + primes sur objectifs}}, {{avantage|tickets restaurant}}.
{{contact|Contact : M. Giraud au 06 48 11 73 05}}"""),

 dict(w=7, d=0, hm="06:30", emp="rexp", city="LYON03", intitule="Livreur colis à Lyon - véhicule électrique (H/F)", app="750112",
      contrat="CDI", exp="D", explib="Débutant accepté", form=[],
      qual=[("stress_n", "Gérer son stress", "Garder son calme lors des pics d'activité.")],
      sal="Mensuel de 1900.00 Euros sur 12 mois",
      desc="""🚚 RHONE EXPRESS COLIS recrute ! Avec l'extension de la ZFE lyonnaise, notre flotte passe aux [[electrique|véhicules utilitaires électriques]].

VOS MISSIONS
✔️ [[charge|chargement de votre véhicule]] au hub
✔️ [[tournee|optimisation de la tournée]] (environ 110 arrêts par jour)
✔️ [[appli|application de livraison sur smartphone]] pour chaque étape de la tournée
✔️ [[electrique|gestion de la recharge]] en fin de journée
✔️ [[remise|remise des colis]] aux particuliers et aux commerçants

VOTRE PROFIL
[[permisb|Permis B]], {{niveau|débutant accepté}}, [[stress_n|gestion du stress]] en période de pointe, [[presentation_n|courtois]].

NOS AVANTAGES
{{contrat|CDI}} – {{horaires|35h sur 5 jours}} – {{salaire|1 900 € brut}} – {{avantage|tickets restaurant}} – {{avantage|prime de fin d'année}} – {{avantage|remboursement 50 % abonnement TCL}}
{{candidature|Postulez en 2 minutes}} sur notre site carrières !"""),

 dict(w=7, d=2, hm="12:00", emp="anonN4", city="BOURG", intitule="Chauffeur livreur produits frais H/F", app="750114",
      contrat="CDD", duree="3 Mois", exp="E", explib="1 An(s)", form=[],
      sal="Horaire de 12.50 Euros",
      desc="""Grossiste alimentaire de l'Ain recherche un chauffeur livreur pour ses [[froid|tournées de produits frais]] auprès des commerces et restaurants.
Missions : [[prepacolis|préparer les colis]] selon les bons de commande, [[froid|respect de la chaîne du froid]], [[appli|application mobile de tournée]] pour la validation des arrêts, [[encaisse|encaissement des règlements]], [[relclient|contact avec les clients]].
L'hiver, [[montagne|conduite sur routes de montagne]] vers le Bugey et le Pays de Gex.
Profil : [[permisb|permis B]], [[ponct_n|ponctuel]].
{{contrat|CDD de 3 mois}}, {{horaires|5h-12h du lundi au samedi}}, {{salaire|12,50 €/h}}, {{avantage|prime de froid}}.
{{candidature|Envoyer CV}} à recrutement.frais01@gmail.com"""),

 dict(w=8, d=0, hm="09:10", emp="tempo", city="STPRIEST", intitule="Chauffeur livreur VUL électrique (H/F) - Saint-Priest", app="750112",
      contrat="MIS", duree="2 Mois", exp="E", explib="6 Mois", form=[],
      comp=[("electrique", "751319", None, "S")],
      sal="Horaire de 12.60 Euros",
      desc="""Pour notre client, acteur majeur de la messagerie express, TEMPO INTERIM LOGISTIQUE recherche des chauffeurs livreurs VUL (H/F).
Missions :
- [[prepacolis|tri des colis]] et [[charge|chargement et déchargement]] au hub
- tournées en [[electrique|utilitaire électrique]] sur Lyon Est
- [[appli|flasher les colis avec l'application]] et [[remise|faire signer les bons de livraison]]
- [[caces|CACES 1A]] requis pour le quai
Profil : [[permisb|permis B]] depuis 3 ans, [[dynamisme_n|dynamique]], [[autonomie_n|autonome]].
{{contrat|Mission de 2 mois pouvant déboucher sur une embauche}}, {{horaires|6h-13h30}}, {{salaire|12,60 €/h}} + {{avantage|indemnités de fin de mission}} + {{avantage|CET à 5 %}}.
{{candidature|Postulez en ligne}}"""),

 dict(w=8, d=2, hm="07:20", emp="mel", city="VILLEURBANNE", intitule="Livreur installateur H/F - électroménager", app="750113",
      contrat="CDI", exp="D", explib="Débutant accepté", form=[],
      qual=[("presentation_n", "Avoir le sens du service", "Être attentif à la satisfaction du client.")],
      sal="Mensuel de 1880.00 Euros sur 12 mois",
      desc="""Vous cherchez un métier concret [[relclient|au contact des clients]] ? MEL SERVICES recrute des livreurs installateurs pour ses tournées sur Lyon et Villeurbanne. En binôme, vous prenez en charge l'[[electromenager|installation de l'électroménager]] chez le client, la [[deee|collecte des DEEE]], le [[montage|montage du mobilier]] de cuisine simple et la [[relclient|relation client]] sur place. Vous savez utiliser le [[hayon|hayon élévateur]] et respectez les [[gp_n|gestes et postures]]. Une [[presentation_n|bonne présentation]] est essentielle. [[permisb|Permis B]] exigé. {{niveau|Débutant accepté}}, {{avantage|formation interne de 2 semaines}}. {{contrat|CDI}}, {{horaires|39h du mardi au samedi}}, {{salaire|1 880 € brut + primes}}, {{avantage|mutuelle familiale}}, {{avantage|tickets restaurant}}."""),

 dict(w=9, d=1, hm="10:40", emp="berth", city="BOURGOIN", intitule="Chauffeur livreur C1 / VL (H/F)", app="750111",
      contrat="CDI", exp="E", explib="2 An(s)", form=[F("Transport marchandises", CAPN, "Titre professionnel Conducteur livreur sur VUL", "S", "31815")],
      comp=[("c1", "752202", None, "E"), ("ecoconduite", "751311", None, "S"), ("tournee", None, "Organisation de tournées", "E")],
      sal="Mensuel de 2200.00 Euros sur 13 mois",
      contact=("M. Pierre BERTHOLLET", "04 76 05 33 21", "rh@transports-berthollet.fr"),
      desc="""Transports Berthollet & Fils ({{entreprise|120 salariés}}) recrute pour son agence de Bourgoin-Jallieu.
VOS MISSIONS :
- conduite d'un [[c1|porteur 7,5 t]] sur le secteur Nord-Isère
- [[tournee|organiser votre tournée]] avec l'exploitation
- [[verifveh|tour du véhicule]] avant départ
- [[arrimage|arrimage des charges]]
- [[ecoconduite|conduite économique]]
- [[sst_n|Sauveteur Secouriste du Travail]] apprécié
PROFIL : {{diplome_requis|titre professionnel Conducteur livreur sur VUL}} ou équivalent, [[c1|Permis C1]] obligatoire, [[stress_n|résistance au stress]].
{{contrat|CDI}}, {{horaires|39h}}, {{salaire|2 200 € brut}}, {{avantage|13e mois}}, {{avantage|frais de déplacement}}.
{{contact|Contact : M. Berthollet - 04 76 05 33 21 - rh@transports-berthollet.fr}}"""),

 dict(w=10, d=0, hm="06:55", emp="pharma", city="GRENOBLE", intitule="Chauffeur livreur (H/F) - répartition pharmaceutique - Grenoble", app="750111",
      contrat="CDI", exp="E", explib="1 An(s)", form=[],
      sal="Mensuel de 2000.00 Euros sur 13 mois",
      desc="""Répartition Pharma Alpes ({{entreprise|depuis 1978}}, {{entreprise|3 établissements}}) recrute pour Grenoble.

VOTRE MISSION
Assurer deux tournées quotidiennes de [[pharma|livraison de produits pharmaceutiques]] vers les officines de l'agglomération grenobloise, en [[electrique|utilitaire électrique]] pour le centre-ville, dans le respect des [[pharma|bonnes pratiques de distribution]] et de la [[froid|température dirigée]] pour les produits froids. Vous devrez [[remise|remettre les colis en main propre]] et assurer la [[retours|gestion des retours]] des officines.

VOTRE PROFIL
[[permisb|Permis B]], [[rigueur_n|sérieux et rigoureux]], [[tab_n|à l'aise avec l'informatique]].

NOUS OFFRONS
{{contrat|CDI}}, {{horaires|horaires en coupure 6h-10h / 15h-18h}}, {{salaire|2 000 € brut}}, {{avantage|13e mois}}, {{avantage|prime d'assiduité}}, {{avantage|CSE}}.
{{candidature|CV et lettre de motivation}} à rh@pharma-alpes.fr"""),

 dict(w=10, d=2, hm="09:25", emp="vercors", city="MONTELIMAR", intitule="Chauffeur livreur monteur (H/F) - Montélimar", app="750113",
      contrat="CDD", duree="6 Mois", exp="E", explib="6 Mois", form=[],
      sal="Horaire de 12.30 Euros",
      desc="""{{titre|À propos}}
Meubles Vercors Livraison ouvre une antenne à Montélimar.

{{titre|Missions}}
- [[montage|montage de meubles]] et de literie chez les clients
- [[electromenager|raccordement des lave-linge]] et [[electromenager|mise en service des appareils]]
- [[deee|reprise des anciens appareils]]
- conduite de [[electrique|véhicules utilitaires électriques]] en centre-ville
- [[c1|Permis C1]] apprécié

{{titre|Profil}}
[[permisb|Permis B]], [[presentation_n|sens du service]], [[gp_n|manutention en sécurité]].
{{contrat|CDD de 6 mois}}, {{horaires|35h du mardi au samedi}}, {{salaire|12,30 €/h}}, {{avantage|panier repas}}.
{{candidature|Envoyez votre CV}} : recrutement@meubles-vercors.fr"""),

 dict(w=11, d=1, hm="08:00", emp="anonN5", city="ANNEMASSE", intitule="Chauffeur livreur Haute-Savoie (H/F)", app="750111",
      contrat="CDI", exp="E", explib="2 An(s)", form=[],
      comp=[("montagne", None, "Conduite sur neige et pose d'équipements hivernaux", "E"), ("encaisse", "751309", None, "S")],
      qual=[("autonomie_n", "Faire preuve d'autonomie", "Organiser seul sa journée de travail.")],
      sal="Mensuel de 2100.00 Euros sur 13 mois",
      desc="""Entreprise de transport régional recherche un chauffeur livreur VL pour le Genevois et la vallée de l'Arve.
Vos missions : [[verifveh|vérifications d'usage du véhicule]], [[charge|chargement et déchargement]], [[arrimage|calage et arrimage]], [[montagne|pose de chaînes]] et [[montagne|conduite en conditions hivernales]], [[encaisse|encaissement des contre-remboursements]], [[remise|faire signer les bons de livraison]], [[electrique|conduite d'un utilitaire électrique]] sur le secteur genevois.
Profil : {{diplome_requis|TP Conducteur livreur}} souhaité, [[permisb|Permis B]] exigé, [[adr|sensibilisation ADR]] appréciée, [[ecoconduite|éco-conduite]], [[autonomie_n|autonomie]].
{{contrat|CDI}} {{horaires|du lundi au vendredi}}, {{salaire|2 100 € brut}}, {{avantage|13e mois}}, {{avantage|prime de vie chère}}.
{{candidature|Postulez avec CV et lettre}}."""),

 dict(w=12, d=0, hm="06:40", emp="rexp", city="VILLEURBANNE", intitule="Chauffeur livreur colis - Villeurbanne (H/F)", app="750112",
      contrat="CDI", exp="D", explib="Débutant accepté", form=[],
      sal="Mensuel de 1900.00 Euros sur 12 mois",
      desc="""RHONE EXPRESS COLIS ({{entreprise|80 collaborateurs}}, {{entreprise|flotte lyonnaise 100 % électrique}}) recrute pour les fêtes de fin d'année.
VOTRE QUOTIDIEN
- [[prepacolis|tri des colis]] et [[charge|chargement de votre véhicule]]
- [[electrique|conduite d'un utilitaire électrique]] et [[electrique|gestion de la recharge]]
- [[appli|application de livraison sur smartphone]]
- [[remise|remise des colis]] et [[retours|gestion des retours]]
- [[relclient|relation client]] avec les commerçants du quartier
PROFIL
[[permisb|Permis B]], [[ponct_n|ponctualité]], [[stress_n|gestion du stress]].
{{contrat|CDI}} ou {{contrat|CDD jusqu'au 31 janvier}}, {{horaires|35h}}, {{salaire|1 900 € brut}}, {{avantage|prime de fin d'année}}, {{avantage|tickets restaurant}}."""),

 dict(w=12, d=2, hm="10:50", emp="anonN3", city="MOULINS", intitule="Chauffeur-livreur (H/F)", app="750111",
      contrat="CDI", exp="E", explib="1 An(s)", form=[],
      sal="Mensuel de 2000.00 Euros sur 13 mois",
      desc="""Nous sommes une entreprise de négoce agricole de l'Allier et recherchons un chauffeur-livreur pour desservir nos clients agriculteurs et nos magasins.
Vous devrez [[charge|charger et décharger]] les palettes au [[hayon|transpalette manuel]], [[arrimage|arrimer le chargement]] et transporter des [[adr|matières dangereuses]] en petites quantités (produits de traitement) : [[adr|formation ADR]] souhaitée. Pour les tournées urbaines, vous utiliserez notre [[electrique|utilitaire électrique]] et adopterez une [[ecoconduite|conduite souple et économique]].
[[sst_n|Certificat SST]] apprécié. Vous devrez [[tab_n|compléter les documents de fin de tournée]] sur tablette.
Profil : [[permisb|permis B]], [[rigueur_n|rigoureux]].
{{contrat|CDI}}, {{horaires|39h}}, {{salaire|2 000 € brut}}, {{avantage|13e mois}}, {{avantage|intéressement}}. {{candidature|Envoyez CV}} à recrutement.negoce03@orange.fr"""),
]

# ---------------------------------------------------------------------------
# 5. Builder
# ---------------------------------------------------------------------------
ANNOT = re.compile(r"\[\[(\w+)\|([^\]]+)\]\]|\{\{(\w+)\|([^}]+)\}\}")
NOT_SKILL_KINDS = {"salaire", "avantage", "contrat", "horaires", "candidature", "entreprise", "titre",
                   "diplome_requis", "niveau", "contact"}
ROME_LABEL = {"A1203": "Jardinier paysagiste / Jardinière paysagiste", "N4105": "Chauffeur livreur / Chauffeuse livreuse"}
CONTRAT_LIB = {"CDI": "Contrat à durée indéterminée", "CDD": "Contrat à durée déterminée",
               "MIS": "Mission intérimaire", "SAI": "Travail saisonnier"}
SUFFIX = "XKQBZMTRWHJVPLNDGFCS"
START = dt.datetime(2026, 9, 7)


def parse(desc):
    skills, nots = [], []
    out, pos = [], 0
    for m in ANNOT.finditer(desc):
        out.append(desc[pos:m.start()])
        if m.group(1):
            skills.append((m.group(1), m.group(2)))
            out.append(m.group(2))
        else:
            assert m.group(3) in NOT_SKILL_KINDS, m.group(3)
            nots.append((m.group(3), m.group(4)))
            out.append(m.group(4))
        pos = m.end()
    out.append(desc[pos:])
    text = "".join(out)
    assert "[[" not in text and "{{" not in text and "]]" not in text and "}}" not in text, text[:80]
    return text, skills, nots


HEADINGS = sorted(["VOS MISSIONS", "VOTRE MISSION", "PROFIL RECHERCHÉ", "VOTRE PROFIL", "VOTRE QUOTIDIEN", "MISSIONS", "PROFIL",
                   "CONDITIONS", "NOS AVANTAGES", "NOUS OFFRONS", "CE QUE NOUS OFFRONS", "CE QUE NOUS PROPOSONS", "AVANTAGES",
                   "Vos missions", "Missions", "Profil", "Avantages", "Conditions", "Poste", "Votre rôle", "Votre profil",
                   "Description du poste", "Profil recherché", "Infos pratiques", "Au programme", "Le poste"], key=len, reverse=True)


def find_headings(text):
    found = []
    for line in text.split("\n"):
        core = re.sub(r"^[^\wÀ-ÿ]+", "", line)
        for h in HEADINGS:
            if core.startswith(h):
                rest = core[len(h):]
                if rest.strip() == "" or rest.lstrip().startswith(":"):
                    found.append(("titre", h))
                break
    return found


def iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def build():
    comp_by_code = {c[0]: c for c in COMPETENCES}
    sav_by_code = {s[0]: s for s in SAVOIRS}
    skill_by_key = {s["key"]: s for s in SKILLS}
    truth_sk = {s["key"]: {"phr": [], "offers": []} for s in SKILLS}
    nots = {}
    offers_json = {"A1203": [], "N4105": []}
    offer_emp = {}
    n = 0
    for fiche, lst in (("A1203", OFFERS_A), ("N4105", OFFERS_N)):
        for o in lst:
            n += 1
            oid = "E%05d%s" % (n, SUFFIX[n % len(SUFFIX)])
            text, sk, ns = parse(o["desc"])
            ns = ns + find_headings(text)
            created = START + dt.timedelta(days=7 * (o["w"] - 1) + o["d"], hours=int(o["hm"][:2]), minutes=int(o["hm"][3:]))
            updated = created + dt.timedelta(days=(n * 7) % 4, hours=2, minutes=(n * 13) % 60)

            def add(key, phr):
                assert key in skill_by_key, key
                assert skill_by_key[key]["rome"] == fiche, (key, fiche, oid)
                t = truth_sk[key]
                if phr not in t["phr"]:
                    t["phr"].append(phr)
                if oid not in t["offers"]:
                    t["offers"].append(oid)
            for key, phr in sk:
                add(key, phr)
            for kind, txt in ns:
                nots.setdefault((txt, kind), [])
                if oid not in nots[(txt, kind)]:
                    nots[(txt, kind)].append(oid)
            lib, cp, insee, lat, lon = CITIES[o["city"]]
            nom, edesc = EMPLOYERS[o["emp"]]
            ent = {}
            if nom:
                ent["nom"] = nom
            if edesc and (n % 3 != 1 or not nom):
                ent["description"] = edesc
            ent["entrepriseAdaptee"] = False
            app = next(a for a in APPELLATIONS if a[0] == o["app"])
            off = {
                "id": oid,
                "intitule": o["intitule"],
                "description": text,
                "dateCreation": iso(created),
                "dateActualisation": iso(updated),
                "lieuTravail": {"libelle": lib, "latitude": lat, "longitude": lon, "codePostal": cp, "commune": insee},
                "romeCode": fiche,
                "romeLibelle": ROME_LABEL[fiche],
                "appellationlibelle": app[1],
                "entreprise": ent,
                "typeContrat": o["contrat"],
                "typeContratLibelle": CONTRAT_LIB[o["contrat"]] + (" - " + o["duree"] if o.get("duree") else ""),
                "natureContrat": "Contrat travail" if o["contrat"] != "CDD" or "insertion" not in text else "CDD insertion",
                "experienceExige": o["exp"],
                "experienceLibelle": o["explib"],
                "formations": o.get("form", []),
            }
            if o.get("comp"):
                cl = []
                for key, code, label, ex in o["comp"]:
                    if code:
                        label = comp_by_code[code][2] if code in comp_by_code else sav_by_code[code][1]
                        cl.append({"code": code, "libelle": label, "exigence": ex})
                    else:
                        cl.append({"libelle": label, "exigence": ex})
                    add(key, label)
                off["competences"] = cl
            if o.get("qual"):
                off["qualitesProfessionnelles"] = [{"libelle": l, "description": d_} for _, l, d_ in o["qual"]]
                for key, l, _ in o["qual"]:
                    add(key, l)
            off["salaire"] = {"libelle": o["sal"]}
            if o["contrat"] == "CDI" and n % 2 == 0:
                off["salaire"]["complement1"] = "Mutuelle"
            off["dureeTravailLibelle"] = "35H Horaires normaux" if n % 2 else "39H Travail en journée"
            off["alternance"] = False
            if o.get("contact"):
                cn, tel, mail = o["contact"]
                c = {"nom": cn, "telephone": tel, "coordonnees1": "Contact par téléphone ou courriel"}
                if mail:
                    c["courriel"] = mail
                off["contact"] = c
            off["nombrePostes"] = 1 + (n % 4 == 0)
            off["accessibleTH"] = bool(n % 5 == 0)
            off["qualificationCode"] = "6" if o["exp"] == "D" else "7"
            off["qualificationLibelle"] = "Employé non qualifié" if o["exp"] == "D" else "Employé qualifié"
            off["secteurActivite"] = "81" if fiche == "A1203" else "53"
            off["secteurActiviteLibelle"] = ("Services relatifs aux bâtiments et aménagement paysager" if fiche == "A1203"
                                             else "Activités de poste et de courrier")
            off["origineOffre"] = {"origine": "1", "urlOrigine": "https://candidat.francetravail.fr/offres/recherche/detail/" + oid}
            offers_json[fiche].append(off)
            offer_emp[oid] = (fiche, o["emp"], o["w"])
    return offers_json, truth_sk, nots, offer_emp


def stmt_index():
    """key -> (text, where, block_code, cert)"""
    idx = {}
    for c in CERTS:
        for k, t in c["activites"]:
            idx[k] = (t, "ACTIVITES_VISEES", None, c["num"])
        for k, t in c["capacites"]:
            idx[k] = (t, "CAPACITES_ATTESTEES", None, c["num"])
        for i, b in enumerate(c["blocks"], 1):
            code = "%sBC%02d" % (c["num"], i)
            for k, t in b["comps"]:
                if k:
                    idx[k] = (t, "LISTE_COMPETENCES", code, c["num"])
    return idx


def write_rome():
    d = os.path.join(HERE, "rome")
    os.makedirs(d, exist_ok=True)

    def w(name, header, rows):
        with open(os.path.join(d, "unix_%s_v461_utf8.csv" % name), "w", encoding="utf-8", newline="") as f:
            cw = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
            cw.writerow(header)
            for r in rows:
                cw.writerow(r)
    w("referentiel_code_rome", ["code_rome", "code_fiche_metier", "code_ogr", "libelle_rome", "transition_eco", "transition_num",
                                "transition_demo", "emploi_reglemente", "emploi_cadre", "code_rome_parent"],
      [(f[0], f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8]) for f in FICHES])
    w("referentiel_appellation", ["code_ogr", "libelle_appellation_long", "libelle_appellation_court", "code_rome", "classification",
                                  "code_rome_parent", "peu_usite"],
      [(a[0], a[1], a[2], a[3], a[4], a[3], a[5]) for a in APPELLATIONS])
    w("referentiel_competence", ["code_ogr", "nature", "libelle_competence", "definition", "code_ogr_macro_comp", "code_macro_comp",
                                 "cat_comp", "sous_cat_comp", "transition_eco", "transition_num"],
      [c[:10] for c in COMPETENCES])
    w("referentiel_savoir", ["code_ogr_savoir", "libelle_savoir", "categorie_savoir", "sous_categorie_savoir", "transition_eco",
                             "transition_num"], SAVOIRS)
    links, coh = [], []
    for rome, lst in LINKS.items():
        for rub, code, coeur in lst:
            links.append((rome, "5", str(rub), code))
            coh.append((rome, code, coeur))
    w("liens_rome_referentiels", ["code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"], links)
    w("coherence_item", ["code_rome", "code_ogr", "coeur_metier"], coh)
    w("rubrique_mobilite", ["code_rome", "code_rome_cible", "numero_ordre"], [(a, b, str(c)) for a, b, c in MOBILITE])


def html_list(items, fmt, entities):
    def enc(t):
        t = html.escape(t, quote=False)
        if entities:
            t = t.replace("'", "&#039;")
        return t
    if fmt == "ul":
        return "<ul>" + "".join("<li>%s</li>" % enc(t) for t in items) + "</ul>"
    return "<p>" + "<br/>".join("- " + enc(t) for t in items) + "</p>"


def write_rncp():
    d = os.path.join(HERE, "rncp")
    os.makedirs(d, exist_ok=True)
    L = ['<?xml version="1.0" encoding="UTF-8"?>', "<FICHES>", "<VERSION_FLUX>4.1</VERSION_FLUX>"]
    for i, c in enumerate(CERTS):
        ent = c.get("entities", False)
        L.append("<FICHE>")
        L.append("<ID_FICHE>%d</ID_FICHE>" % (975001 + i))
        L.append("<NUMERO_FICHE>%s</NUMERO_FICHE>" % c["num"])
        L.append("<INTITULE>%s</INTITULE>" % escape(c["intitule"]))
        L.append("<ABREGE><CODE>%s</CODE><LIBELLE>%s</LIBELLE></ABREGE>" % (c["abrege"][0], escape(c["abrege"][1])))
        L.append("<ETAT_FICHE>Publiée</ETAT_FICHE>")
        L.append("<NOMENCLATURE_EUROPE><NIVEAU>%s</NIVEAU><LIBELLE>Niveau %s</LIBELLE></NOMENCLATURE_EUROPE>" % (c["niveau"], c["niveau"][-1]))
        act = "<p>" + " ".join(html.escape(t, quote=False) for _, t in c["activites"]) + "</p>"
        L.append("<ACTIVITES_VISEES>%s</ACTIVITES_VISEES>" % escape(act))
        L.append("<CAPACITES_ATTESTEES>%s</CAPACITES_ATTESTEES>" % escape(html_list([t for _, t in c["capacites"]], "ul", ent)))
        L.append("<CODES_ROME>")
        for code, lib in c["rome"]:
            L.append("<ROME><CODE>%s</CODE><LIBELLE>%s</LIBELLE></ROME>" % (code, escape(lib)))
        L.append("</CODES_ROME>")
        L.append("<BLOCS_COMPETENCES>")
        for j, b in enumerate(c["blocks"], 1):
            L.append("<BLOC_COMPETENCES>")
            L.append("<CODE>%sBC%02d</CODE>" % (c["num"], j))
            L.append("<LIBELLE>%s</LIBELLE>" % escape(b["libelle"]))
            L.append("<LISTE_COMPETENCES>%s</LISTE_COMPETENCES>" % escape(html_list([t for _, t in b["comps"]], c["fmt"], ent)))
            L.append("<MODALITES_EVALUATION>%s</MODALITES_EVALUATION>" % escape("<p>" + html.escape(b["modalites"], quote=False) + "</p>"))
            L.append("</BLOC_COMPETENCES>")
        L.append("</BLOCS_COMPETENCES>")
        L.append("<ACTIF>Oui</ACTIF>")
        L.append("<DATE_FIN_ENREGISTREMENT>31/12/2029</DATE_FIN_ENREGISTREMENT>")
        L.append("</FICHE>")
    L.append("</FICHES>")
    with open(os.path.join(d, "export-fiches-rncp-v4-1-2026-11-30.xml"), "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")


def breadth_of(sk, offers, offer_emp):
    if sk.get("breadth"):
        return sk["breadth"]
    fiche = sk["rome"]
    all_emp = {e for (f, e, _) in offer_emp.values() if f == fiche}
    emps = {offer_emp[o][1] for o in offers}
    if len(emps) == 1:
        return "singulier"
    return "general" if len(emps) / len(all_emp) >= 0.4 else "particulier"


def write_all():
    write_rome()
    write_rncp()
    offers_json, truth_sk, nots, offer_emp = build()
    d = os.path.join(HERE, "offres")
    os.makedirs(d, exist_ok=True)
    for fiche, lst in offers_json.items():
        with open(os.path.join(d, "offres-%s-2026-09-07-2026-11-29.json" % fiche), "w", encoding="utf-8") as f:
            json.dump({"resultats": lst, "filtresPossibles": []}, f, ensure_ascii=False, indent=1)
    idx = stmt_index()
    certs_of = {}
    for c in CERTS:
        for code, _ in c["rome"]:
            certs_of.setdefault(code, []).append(c["num"])
    skills_out = []
    sid = 0
    for sk in SKILLS:
        sid += 1
        t = truth_sk[sk["key"]]
        assert t["offers"], sk["key"]
        cov = {}
        if not sk.get("se"):
            for cert in certs_of[sk["rome"]]:
                v = sk["cov"][cert]
                if v == "n":
                    cov[cert] = {"value": "nouveau"}
                elif v == "nb":
                    cov[cert] = {"value": "nouveau_bloc"}
                else:
                    kind, key = v.split(":")
                    text, where, block, cnum = idx[key]
                    assert cnum == cert, (sk["key"], cert, key)
                    val = {"c": "couvert", "f": "faible", "e": "elongation"}[kind]
                    e = {"value": val, "statement": text}
                    if block:
                        e["block_code"] = block
                    e["where"] = where
                    if val == "elongation":
                        e["offer_savoir"] = sk["offer_item"]
                        e["cert_savoir"] = sk["cert_item"][cert]
                    cov[cert] = e
        skills_out.append({
            "id": "%s-S%02d" % (PART, sid),
            "key": sk["key"],
            "label": sk["label"],
            "rome_code": sk["rome"],
            "is_savoir_etre": bool(sk.get("se")),
            "phrasings": t["phr"],
            "offers": t["offers"],
            "coverage": cov,
            "elongation_family": sk.get("fam"),
            "new_block_group": sk.get("group"),
            "breadth": breadth_of(sk, t["offers"], offer_emp),
            "trend": sk.get("trend", "stable"),
        })
    certs = {c["num"]: {"title": c["intitule"], "rome_codes": [r for r, _ in c["rome"]]} for c in CERTS}
    truth = {
        "part": PART,
        "region": "84",
        "main_fiches": ["A1203", "N4105"],
        "certifications": certs,
        "skills": skills_out,
        "not_skills": [{"text": t, "kind": k, "offers": o} for (t, k), o in nots.items()],
        "employers": {oid: (EMPLOYERS[e][0] or "(anonyme:%s)" % e) for oid, (f, e, w) in offer_emp.items()},
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    write_all()
