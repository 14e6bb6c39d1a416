#!/usr/bin/env python3
"""Blind evaluation data, part D: D1102 (Boulanger / Boulangère) and M1607 (Secrétaire).

Deterministic, standard library only. Everything is fictitious.
Offer texts carry inline markup that the generator strips and turns into the truth:
  {{key|text}}   a skill phrasing (key = skill key below)
  [[kind|text]]  a phrase that looks like a skill but is not one (kind = not_skills kind)
Run:  python3 generate.py   (writes rome/, rncp/, offres/, truth.json next to this file)
"""
import csv
import datetime as dt
import html
import json
import os
import re
import textwrap
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "D"


def T(s):
    return textwrap.dedent(s).strip("\n")


# ---------------------------------------------------------------------------
# 1. ROME excerpt
# ---------------------------------------------------------------------------
FICHES = [
    # code, code_fiche_metier, code_ogr, libelle
    ("D1102", "7401", 740001, "Boulanger / Boulangère"),
    ("M1607", "7402", 740002, "Secrétaire / Assistant administratif / Assistante administrative"),
    ("D1104", "7403", 740003, "Pâtissier / Pâtissière"),
    ("D1106", "7404", 740004, "Vendeur / Vendeuse en alimentation"),
    ("M1602", "7405", 740005, "Employé administratif / Employée administrative"),
    ("M1604", "7406", 740006, "Assistant / Assistante de direction"),
]
ROME_LIB = {c: l for c, _, _, l in FICHES}

APPELLATIONS = [
    # code_ogr, long, court, code_rome, classification, peu_usite
    (740101, "Boulanger / Boulangère", "Boulanger", "D1102", "Standard", "Non"),
    (740102, "Ouvrier boulanger / Ouvrière boulangère", "Ouvrier boulanger", "D1102", "Standard", "Non"),
    (740103, "Chef boulanger / Cheffe boulangère", "Chef boulanger", "D1102", "Standard", "Non"),
    (740104, "Tourier / Tourière en boulangerie", "Tourier en boulangerie", "D1102", "Synonyme", "Oui"),
    (740111, "Secrétaire", "Secrétaire", "M1607", "Standard", "Non"),
    (740112, "Assistant administratif / Assistante administrative", "Assistant administratif", "M1607", "Standard", "Non"),
    (740113, "Secrétaire comptable", "Secrétaire comptable", "M1607", "Standard", "Non"),
    (740114, "Secrétaire polyvalent / polyvalente", "Secrétaire polyvalent", "M1607", "Synonyme", "Non"),
    (740121, "Pâtissier / Pâtissière", "Pâtissier", "D1104", "Standard", "Non"),
    (740122, "Chocolatier-pâtissier / Chocolatière-pâtissière", "Chocolatier-pâtissier", "D1104", "Standard", "Non"),
    (740131, "Vendeur / Vendeuse en boulangerie-pâtisserie", "Vendeur en boulangerie-pâtisserie", "D1106", "Standard", "Non"),
    (740132, "Vendeur / Vendeuse en alimentation générale", "Vendeur en alimentation générale", "D1106", "Standard", "Non"),
    (740141, "Employé administratif / Employée administrative", "Employé administratif", "M1602", "Standard", "Non"),
    (740142, "Agent administratif / Agente administrative", "Agent administratif", "M1602", "Synonyme", "Non"),
    (740151, "Assistant / Assistante de direction", "Assistant de direction", "M1604", "Standard", "Non"),
    (740152, "Assistant / Assistante de manager", "Assistant de manager", "M1604", "Standard", "Non"),
]
APPEL = {a[0]: a[1] for a in APPELLATIONS}

MACROS = {
    743001: ("MC743001", "Fabriquer des produits de panification"),
    743002: ("MC743002", "Garantir l'hygiène et la qualité des productions"),
    743003: ("MC743003", "Gérer les approvisionnements et la production"),
    743004: ("MC743004", "Vendre et conseiller"),
    743005: ("MC743005", "Transmettre et encadrer"),
    743011: ("MC743011", "Assurer l'accueil et la communication"),
    743012: ("MC743012", "Assurer les travaux de secrétariat"),
    743013: ("MC743013", "Traiter les opérations administratives"),
    743014: ("MC743014", "Communiquer sur l'activité de l'entreprise"),
    743015: ("MC743015", "Utiliser les outils numériques"),
    743090: ("MC743090", "Adopter des comportements professionnels"),
}

SE_DEF = "Savoir-être professionnel attendu dans l'exercice du métier."
# code_ogr, nature, libelle, definition, macro, sous_cat, transition_eco, transition_num
COMPETENCES = [
    # D1102 savoir-faire
    (741001, "SF", "Pétrir les pâtes à pain", "", 743001, "Production", "Non", "Non"),
    (741002, "SF", "Diviser et façonner les pâtons", "", 743001, "Production", "Non", "Non"),
    (741003, "SF", "Enfourner et surveiller la cuisson des pains", "", 743001, "Production", "Non", "Non"),
    (741004, "SF", "Fabriquer des viennoiseries", "", 743001, "Production", "Non", "Non"),
    (741005, "SF", "Appliquer les règles d'hygiène et de sécurité alimentaire", "", 743002, "Hygiène et qualité", "Non", "Non"),
    (741006, "SF", "Réceptionner et stocker les matières premières", "", 743003, "Approvisionnement", "Non", "Non"),
    (741007, "SF", "Nettoyer et entretenir le fournil et les équipements", "", 743002, "Hygiène et qualité", "Non", "Non"),
    (741008, "SF", "Organiser la production en fonction des commandes", "", 743003, "Organisation de la production", "Non", "Non"),
    (741009, "SF", "Réaliser des pains spéciaux", "", 743001, "Production", "Non", "Non"),
    (741010, "SF", "Réaliser des produits de pâtisserie boulangère", "", 743001, "Production", "Non", "Non"),
    (741011, "SF", "Conseiller les clients sur les produits", "", 743004, "Vente", "Non", "Non"),
    (741012, "SF", "Élaborer des fiches techniques de fabrication", "", 743003, "Organisation de la production", "Non", "Non"),
    (741013, "SF", "Encaisser le montant d'une vente", "", 743004, "Vente", "Non", "Non"),
    (741014, "SF", "Conduire une ligne de production automatisée", "", 743001, "Production industrielle", "Non", "Oui"),
    (741015, "SF", "Valoriser les invendus et limiter le gaspillage alimentaire", "", 743003, "Développement durable", "Oui", "Non"),
    (741016, "SF", "Informer sur les allergènes présents dans les produits", "", 743002, "Hygiène et qualité", "Non", "Non"),
    (741017, "SF", "Préparer des produits de snacking", "", 743004, "Restauration rapide", "Non", "Non"),
    (741018, "SF", "Former un apprenti aux gestes du métier", "", 743005, "Management", "Non", "Non"),
    # M1607 savoir-faire
    (741101, "SF", "Accueillir et orienter les visiteurs et les appels", "", 743011, "Accueil", "Non", "Non"),
    (741102, "SF", "Traiter le courrier entrant et sortant", "", 743012, "Gestion du courrier", "Non", "Non"),
    (741103, "SF", "Rédiger des courriers et documents administratifs", "", 743012, "Production de documents", "Non", "Non"),
    (741104, "SF", "Gérer l'agenda d'un ou plusieurs responsables", "", 743012, "Organisation", "Non", "Non"),
    (741105, "SF", "Classer et archiver des documents", "", 743012, "Gestion de l'information", "Non", "Non"),
    (741106, "SF", "Organiser des réunions et des déplacements", "", 743012, "Organisation", "Non", "Non"),
    (741107, "SF", "Établir des devis et des factures", "", 743013, "Gestion commerciale", "Non", "Non"),
    (741108, "SF", "Assurer le suivi administratif du personnel", "", 743013, "Ressources humaines", "Non", "Non"),
    (741109, "SF", "Relancer les clients en cas d'impayés", "", 743013, "Gestion commerciale", "Non", "Non"),
    (741110, "SF", "Rédiger des comptes rendus de réunion", "", 743012, "Production de documents", "Non", "Non"),
    (741111, "SF", "Gérer les stocks de fournitures de bureau", "", 743013, "Services généraux", "Non", "Non"),
    (741112, "SF", "Animer les réseaux sociaux de l'entreprise", "", 743014, "Communication numérique", "Non", "Oui"),
    (741113, "SF", "Mettre à jour le contenu d'un site internet", "", 743014, "Communication numérique", "Non", "Oui"),
    (741114, "SF", "Préparer un dossier de réponse à un appel d'offres", "", 743013, "Marchés", "Non", "Non"),
    (741115, "SF", "Utiliser des outils d'intelligence artificielle générative", "", 743015, "Outils numériques", "Non", "Oui"),
    (741116, "SF", "Vérifier l'orthographe et la syntaxe d'un document", "", 743012, "Production de documents", "Non", "Non"),
    # close fiches
    (741201, "SF", "Réaliser des pâtes de base en pâtisserie", "", 743001, "Production", "Non", "Non"),
    (741202, "SF", "Confectionner des entremets et des desserts", "", 743001, "Production", "Non", "Non"),
    (741203, "SF", "Tempérer et travailler le chocolat", "", 743001, "Production", "Non", "Non"),
    (741204, "SF", "Décorer des pièces pâtissières", "", 743001, "Production", "Non", "Non"),
    (741211, "SF", "Accueillir le client et identifier ses besoins", "", 743004, "Vente", "Non", "Non"),
    (741212, "SF", "Mettre en rayon et présenter les produits", "", 743004, "Vente", "Non", "Non"),
    (741213, "SF", "Emballer et conditionner les produits vendus", "", 743004, "Vente", "Non", "Non"),
    (741221, "SF", "Saisir des données dans un logiciel de gestion", "", 743013, "Gestion administrative", "Non", "Non"),
    (741222, "SF", "Mettre à jour une base de données", "", 743013, "Gestion administrative", "Non", "Non"),
    (741223, "SF", "Contrôler la conformité des pièces administratives", "", 743013, "Gestion administrative", "Non", "Non"),
    (741231, "SF", "Préparer des dossiers de synthèse pour la direction", "", 743012, "Assistance de direction", "Non", "Non"),
    (741232, "SF", "Filtrer et hiérarchiser les sollicitations adressées à la direction", "", 743011, "Assistance de direction", "Non", "Non"),
    # savoir-être professionnels
    (741501, "SE", "Faire preuve de rigueur et de précision", "Capacité à réaliser un travail soigné en respectant les consignes et les procédures.", 743090, "Rigueur", "Non", "Non"),
    (741502, "SE", "Travailler en équipe", "Capacité à coopérer avec ses collègues et à partager l'information.", 743090, "Coopération", "Non", "Non"),
    (741503, "SE", "Faire preuve d'autonomie", "Capacité à prendre en charge son activité sans superviseur permanent.", 743090, "Autonomie", "Non", "Non"),
    (741505, "SE", "Faire preuve de capacité d'adaptation", "Capacité à s'ajuster à des situations et à des rythmes variés.", 743090, "Adaptabilité", "Non", "Non"),
    (741506, "SE", "Respecter les horaires et les délais", "Capacité à être présent à l'heure convenue et à tenir les échéances.", 743090, "Fiabilité", "Non", "Non"),
    (741507, "SE", "Faire preuve de motivation et d'implication", "Capacité à s'investir dans son activité et à vouloir progresser.", 743090, "Implication", "Non", "Non"),
    (741508, "SE", "Organiser son travail selon les priorités", "Capacité à hiérarchiser ses tâches pour respecter les échéances.", 743090, "Organisation", "Non", "Non"),
    (741509, "SE", "Faire preuve de discrétion", "Capacité à garder pour soi les informations confidentielles.", 743090, "Discrétion", "Non", "Non"),
    (741510, "SE", "Faire preuve d'aisance relationnelle", "Capacité à entrer facilement en relation avec autrui.", 743090, "Relation à autrui", "Non", "Non"),
    (741511, "SE", "Faire preuve de polyvalence", "Capacité à passer d'une tâche à une autre de nature différente.", 743090, "Polyvalence", "Non", "Non"),
]
COMP = {c[0]: c for c in COMPETENCES}

# code_ogr_savoir, libelle, categorie, sous_categorie, transition_eco, transition_num
SAVOIRS = [
    (742001, "Fermentation sur levain naturel", "Techniques professionnelles", "Techniques de fermentation", "Non", "Non"),
    (742002, "Fermentation sur poolish", "Techniques professionnelles", "Techniques de fermentation", "Non", "Non"),
    (742003, "Fermentation en direct sur levure", "Techniques professionnelles", "Techniques de fermentation", "Non", "Non"),
    (742004, "Pointage retardé au froid", "Techniques professionnelles", "Techniques de fermentation", "Non", "Non"),
    (742010, "Four à sole", "Outils et équipements", "Fours de boulangerie", "Non", "Non"),
    (742011, "Four ventilé", "Outils et équipements", "Fours de boulangerie", "Non", "Non"),
    (742012, "Four rotatif", "Outils et équipements", "Fours de boulangerie", "Non", "Non"),
    (742013, "Four à bois", "Outils et équipements", "Fours de boulangerie", "Non", "Non"),
    (742020, "Méthode HACCP", "Normes et procédés", "Normes de sécurité des aliments", "Non", "Non"),
    (742021, "Plan de maîtrise sanitaire (PMS)", "Normes et procédés", "Normes de sécurité des aliments", "Non", "Non"),
    (742022, "Référentiel IFS Food", "Normes et procédés", "Normes de sécurité des aliments", "Non", "Non"),
    (742023, "Norme ISO 22000", "Normes et procédés", "Normes de sécurité des aliments", "Non", "Non"),
    (742024, "Règlement INCO sur l'information des consommateurs", "Normes et procédés", "Réglementation de l'étiquetage alimentaire", "Non", "Non"),
    (742030, "Tourage des pâtes levées feuilletées", "Techniques professionnelles", "Techniques de panification", "Non", "Non"),
    (742031, "Façonnage manuel des pains", "Techniques professionnelles", "Techniques de panification", "Non", "Non"),
    (742040, "Logiciel Sage", "Outils et logiciels", "Logiciels de gestion comptable", "Non", "Oui"),
    (742041, "Logiciel EBP", "Outils et logiciels", "Logiciels de gestion comptable", "Non", "Oui"),
    (742042, "Logiciel Cegid", "Outils et logiciels", "Logiciels de gestion comptable", "Non", "Oui"),
    (742043, "Logiciel Ciel Compta", "Outils et logiciels", "Logiciels de gestion comptable", "Non", "Oui"),
    (742050, "Microsoft Teams", "Outils et logiciels", "Outils de visioconférence", "Non", "Oui"),
    (742051, "Zoom", "Outils et logiciels", "Outils de visioconférence", "Non", "Oui"),
    (742052, "Google Meet", "Outils et logiciels", "Outils de visioconférence", "Non", "Oui"),
    (742060, "Anglais", "Langues", "Langues étrangères", "Non", "Non"),
    (742061, "Italien", "Langues", "Langues étrangères", "Non", "Non"),
    (742062, "Allemand", "Langues", "Langues étrangères", "Non", "Non"),
    (742070, "Canva", "Outils et logiciels", "Outils de création graphique et web", "Non", "Oui"),
    (742071, "WordPress", "Outils et logiciels", "Outils de création graphique et web", "Non", "Oui"),
    (742075, "Assistants conversationnels d'IA générative", "Outils et logiciels", "Outils d'intelligence artificielle", "Non", "Oui"),
    (742080, "Facturation électronique (Factur-X)", "Normes et procédés", "Réglementation de la facturation", "Non", "Oui"),
    (742081, "Code de la commande publique", "Normes et procédés", "Réglementation des marchés publics", "Non", "Non"),
    (742090, "Sauvetage Secourisme du Travail (SST)", "Normes et procédés", "Normes de santé et sécurité au travail", "Non", "Non"),
    (742091, "Prévention des risques liés à l'activité physique (PRAP)", "Normes et procédés", "Normes de santé et sécurité au travail", "Non", "Non"),
    (742092, "Tablette numérique", "Outils et logiciels", "Outils bureautiques et numériques", "Non", "Oui"),
    (742093, "Microsoft Word", "Outils et logiciels", "Outils bureautiques et numériques", "Non", "Oui"),
    (742094, "Microsoft Excel", "Outils et logiciels", "Outils bureautiques et numériques", "Non", "Oui"),
    (742095, "Suite LibreOffice", "Outils et logiciels", "Outils bureautiques et numériques", "Non", "Oui"),
    (742201, "Pâte à choux", "Techniques professionnelles", "Techniques de pâtisserie", "Non", "Non"),
    (742202, "Crème pâtissière", "Techniques professionnelles", "Techniques de pâtisserie", "Non", "Non"),
]
SAV = {s[0]: s for s in SAVOIRS}


def item_label(code):
    if code in COMP:
        return COMP[code][2]
    return SAV[code][1]


# links: fiche -> list of code_ogr (rubrique derived from the item); emerging items flagged
LINKS = {
    "D1102": [741001, 741002, 741003, 741004, 741005, 741006, 741007, 741008, 741009, 741010,
              741011, 741012, 741013, 741014, 741015, 741016, 741017, 741018,
              741501, 741502, 741503, 741505, 741506, 741507,
              742001, 742002, 742003, 742004, 742010, 742011, 742012, 742013,
              742020, 742021, 742022, 742023, 742024, 742030, 742031, 742090, 742091, 742092],
    "M1607": [741101, 741102, 741103, 741104, 741105, 741106, 741107, 741108, 741109, 741110,
              741111, 741112, 741113, 741114, 741115, 741116,
              741501, 741503, 741508, 741509, 741510, 741511,
              742040, 742041, 742042, 742043, 742050, 742051, 742052, 742060, 742061, 742062,
              742070, 742071, 742075, 742080, 742081, 742090, 742091, 742093, 742094, 742095],
    "D1104": [741201, 741202, 741203, 741204, 741010, 741005, 741007, 741501, 741502,
              742020, 742011, 742201, 742202],
    "D1106": [741211, 741013, 741011, 741016, 741212, 741213, 741017, 741015, 741510, 741502, 742024],
    "M1602": [741221, 741105, 741102, 741222, 741223, 741501, 742093, 742094, 742095, 742043],
    "M1604": [741104, 741106, 741110, 741231, 741232, 741509, 742060, 742050, 742051, 741115],
}
EMERGENT_ITEMS = {741015, 741115, 742075}
MOBILITE = [("D1102", "D1104", 1), ("D1102", "D1106", 2), ("M1607", "M1602", 1), ("M1607", "M1604", 2),
            ("D1104", "D1102", 1), ("D1106", "D1102", 1), ("M1602", "M1607", 1), ("M1604", "M1607", 1)]


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow([str(x) for x in r])


def write_rome():
    d = os.path.join(HERE, "rome")
    os.makedirs(d, exist_ok=True)
    p = lambda r: os.path.join(d, "unix_%s_v461_utf8.csv" % r)
    write_csv(p("referentiel_code_rome"),
              ["code_rome", "code_fiche_metier", "code_ogr", "libelle_rome", "transition_eco", "transition_num",
               "transition_demo", "emploi_reglemente", "emploi_cadre", "code_rome_parent"],
              [(c, fm, ogr, lib, "Non", "Oui" if c.startswith("M") else "Non", "Non", "Non", "Non", "")
               for c, fm, ogr, lib in FICHES])
    write_csv(p("referentiel_appellation"),
              ["code_ogr", "libelle_appellation_long", "libelle_appellation_court", "code_rome", "classification",
               "code_rome_parent", "peu_usite"],
              [(a[0], a[1], a[2], a[3], a[4], "", a[5]) for a in APPELLATIONS])
    write_csv(p("referentiel_competence"),
              ["code_ogr", "nature", "libelle_competence", "definition", "code_ogr_macro_comp", "code_macro_comp",
               "cat_comp", "sous_cat_comp", "transition_eco", "transition_num"],
              [(c[0], "Savoir-faire" if c[1] == "SF" else "Savoir-être professionnel", c[2], c[3], c[4],
                MACROS[c[4]][0], "Compétence technique" if c[1] == "SF" else "Savoir-être professionnel",
                c[5], c[6], c[7]) for c in COMPETENCES])
    write_csv(p("referentiel_savoir"),
              ["code_ogr_savoir", "libelle_savoir", "categorie_savoir", "sous_categorie_savoir", "transition_eco",
               "transition_num"], SAVOIRS)
    rows, coh = [], []
    for rome, items in LINKS.items():
        for code in items:
            rub = 3 if code in SAV else (1 if COMP[code][1] == "SF" else 2)
            rows.append((rome, 5, rub, code))
            coh.append((rome, code, "Émergente" if code in EMERGENT_ITEMS else "Principale"))
    write_csv(p("liens_rome_referentiels"), ["code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"], rows)
    write_csv(p("coherence_item"), ["code_rome", "code_ogr", "coeur_metier"], coh)
    write_csv(p("rubrique_mobilite"), ["code_rome", "code_rome_cible", "numero_ordre"], MOBILITE)


# ---------------------------------------------------------------------------
# 2. Certifications (RNCP XML v4.1)
# ---------------------------------------------------------------------------
# each statement: (key or None, text); blocks: (libelle, style, [statements], [modalites statements])
CERTS = [
    dict(
        num="RNCP74001", title="CAP Boulanger", abr=("CAP", "Certificat d'aptitude professionnelle"), niv=3,
        romes=["D1102"], entity=False,
        activites=[("cap_act", "Le titulaire du CAP Boulanger fabrique, dans un fournil artisanal ou une entreprise de boulangerie, les pains courants et spéciaux ainsi que les viennoiseries, à partir de recettes et de consignes de production."),
                   (None, "Il participe à l'approvisionnement et à la conservation des matières premières, à l'entretien des locaux et à la présentation des produits finis.")],
        capacites=[(None, "Préparer son poste de fabrication et vérifier les matières d'œuvre"),
                   (None, "Fabriquer des pains et des viennoiseries conformes aux fiches de fabrication"),
                   (None, "Appliquer la réglementation sanitaire et les consignes de sécurité du fournil"),
                   (None, "Rendre compte de son activité à sa hiérarchie")],
        blocks=[
            ("Approvisionnement et organisation de la production", "p", [
                ("cap_rec", "Contrôler la conformité des marchandises livrées (quantités, températures, dates limites) puis les ranger en chambre froide ou en réserve sèche selon les règles de conservation afin de limiter les pertes"),
                ("cap_org", "Ordonner ses propres tâches de fabrication à partir d'une fiche de production fournie par le responsable, en tenant compte des temps de repos et de pousse"),
                ("cap_qte", "Calculer les quantités de matières premières nécessaires à une fabrication à partir d'une recette de base, en appliquant les règles de proportionnalité"),
                ("cap_docs", "Compléter les documents de suivi de fabrication et de traçabilité des lots mis en œuvre"),
                (None, "Repérer les anomalies de fonctionnement d'un équipement et les signaler à sa hiérarchie")],
             [(None, "Épreuve pratique ou contrôle en cours de formation : à partir d'un bon de commande et d'un état des stocks, le candidat organise son poste et renseigne les documents de suivi.")]),
            ("Fabrication des pains et des viennoiseries", "ul", [
                ("cap_pet", "Élaborer les pâtes boulangères au pétrin en dosant farine, eau, sel et levure et en contrôlant la température de base"),
                ("cap_levure", "Conduire une fermentation en direct sur levure biologique en ajustant les temps de pointage et d'apprêt"),
                ("cap_fac", "Diviser, bouler et mettre en forme les pâtons (baguettes, bâtards, boules) en respectant le poids et l'aspect attendus"),
                ("cap_cui", "Conduire la cuisson des produits de panification en ajustant température, buée et durée, puis contrôler leur coloration"),
                ("cap_vie", "Confectionner croissants, pains au chocolat et brioches à partir de pâtes levées, feuilletées ou non"),
                ("cap_compl", "Réaliser des produits complémentaires à la gamme de pains à partir de recettes simples"),
                (None, "Apprécier la qualité des produits finis (aspect, volume, goût) et écarter ceux qui ne sont pas conformes")],
             [(None, "Épreuve pratique de sept heures : fabrication de pains et de viennoiseries à partir d'un sujet imposé, suivie d'un entretien avec le jury.")]),
            ("Hygiène, sécurité et entretien du fournil", "p", [
                ("cap_hyg", "Prévenir toute contamination des produits en observant les bonnes pratiques sanitaires à chaque étape de la fabrication"),
                ("cap_pms", "Mettre en œuvre les autocontrôles prévus par le plan de maîtrise sanitaire de l'entreprise"),
                ("cap_net", "Assurer la remise en état des locaux de production et des équipements après chaque fabrication en suivant le plan de nettoyage et de désinfection"),
                ("cap_fourvent", "Utiliser et entretenir le four ventilé du fournil en appliquant les consignes du fabricant"),
                ("cap_prap", "Adopter des postures et des techniques de manutention qui préservent le dos lors du déplacement des charges lourdes"),
                (None, "Identifier les risques professionnels liés aux équipements du fournil (pétrin, façonneuse, four)")],
             [(None, "Évaluation en situation de travail au cours de la formation en milieu professionnel, complétée par un questionnement oral.")]),
            ("Présentation des produits et communication professionnelle", "ul", [
                ("cap_pres", "Présenter les produits finis sur les supports de vente en veillant à leur mise en valeur"),
                (None, "Identifier les caractéristiques des farines et des autres matières premières de la boulangerie"),
                (None, "Rendre compte oralement de son activité à son responsable en utilisant le vocabulaire professionnel"),
                (None, "Situer son activité dans l'organisation de l'entreprise et de la filière blé-farine-pain"),
                (None, "Transmettre les informations utiles à l'équipe lors de la relève de poste")],
             [(None, "Épreuve orale de vingt minutes s'appuyant sur le dossier de suivi de la période en entreprise.")]),
        ]),
    dict(
        num="RNCP74002", title="BP Boulanger", abr=("BP", "Brevet professionnel"), niv=4,
        romes=["D1102"], entity=False,
        activites=[(None, "Le titulaire du BP Boulanger est un professionnel hautement qualifié qui organise et réalise la production d'une boulangerie, gère les approvisionnements, participe à la commercialisation et encadre une petite équipe de fabrication.")],
        capacites=[(None, "Organiser et gérer une production de boulangerie"),
                   ("bp_capa_pat", "Fabriquer l'ensemble des produits de boulangerie, y compris des tartes et flans de tradition boulangère"),
                   (None, "Animer une équipe de fabrication"),
                   (None, "Participer à la commercialisation des produits")],
        blocks=[
            ("Gestion des approvisionnements et de la production", "ul", [
                ("bp_rec", "Évaluer les besoins en matières premières, passer les commandes aux fournisseurs et contrôler les marchandises reçues avant leur stockage"),
                ("bp_org", "Planifier les fabrications de la journée à partir des demandes clients et des ventes prévisionnelles"),
                ("bp_cout", "Chiffrer le prix de revient d'une recette et rédiger la fiche de fabrication correspondante"),
                ("bp_trac", "Tenir à jour les enregistrements de production et de traçabilité sur support papier ou sur terminal numérique"),
                (None, "Analyser les résultats de production (rendements, écarts de poids) et proposer des actions correctives"),
                (None, "Choisir les équipements adaptés à une fabrication en fonction des volumes à produire")],
             [(None, "Étude de cas écrite portant sur l'organisation d'une production et le calcul de ses coûts.")]),
            ("Fabrication des produits de boulangerie", "p", [
                ("bp_pet", "Mélanger et développer le réseau glutineux des pâtes en choisissant la vitesse et la durée de malaxage adaptées au type de farine"),
                ("bp_lev", "Rafraîchir une culture de levain et conduire une fermentation acidifiante maîtrisée"),
                ("bp_pref", "Mettre en œuvre des préfermentations liquides ou fermes afin de développer les arômes des produits"),
                ("bp_fac", "Mettre en forme les pâtons à la main ou à la machine en préservant la structure de la pâte"),
                ("bp_cui", "Déterminer les paramètres de cuisson (température, vapeur, durée) et contrôler la coloration des produits"),
                ("bp_fourrot", "Maîtriser la conduite du four rotatif et adapter le programme de cuisson à chaque produit"),
                ("bp_vie", "Élaborer une gamme de viennoiseries à pâte levée feuilletée en maîtrisant le feuilletage et le laminage"),
                ("bp_spe", "Concevoir des produits de panification aux céréales variées, au seigle ou aux graines en adaptant les procédés"),
                ("bp_reg", "Élaborer des spécialités régionales de viennoiserie et de pains en valorisant le patrimoine culinaire du territoire")],
             [(None, "Épreuve pratique de dix heures sur un thème imposé, avec présentation de la production au jury.")]),
            ("Qualité, hygiène et sécurité", "ul", [
                ("bp_haccp", "Conduire une analyse des dangers selon la méthode HACCP et définir les points critiques à surveiller"),
                ("bp_hyg", "Faire respecter les bonnes pratiques d'hygiène et la traçabilité des lots au sein de l'équipe de production"),
                ("bp_net", "Superviser l'entretien des locaux et des équipements de production"),
                ("bp_risques", "Évaluer les risques professionnels du fournil et proposer des mesures de prévention"),
                (None, "Contrôler la qualité des produits à chaque étape et traiter les non-conformités"),
                (None, "Organiser le stockage des produits d'entretien à l'écart des denrées alimentaires")],
             [(None, "Étude de situation professionnelle présentée à l'oral.")]),
            ("Commercialisation et relation client", "p", [
                ("bp_ven", "Renseigner les acheteurs sur la composition, l'origine et les modes de consommation des produits"),
                (None, "Participer à l'agencement de l'espace de vente et à la mise en valeur de la production"),
                (None, "Proposer de nouveaux produits en fonction des tendances de consommation"),
                (None, "Calculer un prix de vente à partir du coût de revient et du coefficient multiplicateur"),
                (None, "Présenter les produits lors d'animations commerciales ou de dégustations")],
             [(None, "Épreuve écrite et orale à partir d'un dossier commercial.")]),
            ("Encadrement et formation", "ul", [
                ("bp_enc", "Accueillir un apprenti ou un nouveau salarié et lui transmettre progressivement les gestes professionnels"),
                (None, "Répartir le travail entre les membres de l'équipe de fabrication en fonction des compétences de chacun"),
                (None, "Évaluer la progression d'un apprenti en lien avec le centre de formation"),
                (None, "Animer un point d'équipe pour faire le bilan de la production"),
                (None, "Rendre compte de l'activité du fournil au chef d'entreprise")],
             [(None, "Entretien avec le jury à partir d'une situation d'encadrement vécue en entreprise.")]),
        ]),
    dict(
        num="RNCP74003", title="Titre professionnel Secrétaire assistant", abr=("TP", "Titre professionnel"), niv=4,
        romes=["M1607"], entity=True,
        activites=[(None, "Le secrétaire assistant ou la secrétaire assistante assure les travaux administratifs courants d'une équipe ou d'un service : production de documents, accueil, gestion de l'information et organisation des activités."),
                   ("sa_act_rel", "Il ou elle prend en charge le suivi administratif des achats et des ventes, relance les clients en retard de paiement et participe au suivi administratif des salariés.")],
        capacites=[(None, "Produire des documents professionnels"),
                   (None, "Accueillir et orienter des interlocuteurs"),
                   (None, "Organiser et classer l'information"),
                   (None, "Assurer le suivi administratif des ventes et des achats")],
        blocks=[
            ("Assister une équipe dans la communication des informations et l'organisation des activités", "p", [
                ("sa_red", "Concevoir des écrits professionnels structurés (lettres, notes de service, synthèses) adaptés à leur destinataire"),
                ("sa_orth", "Relire et corriger les écrits produits afin de garantir une expression exempte de fautes"),
                ("sa_off", "Mettre en forme documents et tableaux chiffrés à l'aide d'un traitement de texte et d'un tableur"),
                ("sa_acc", "Recevoir les visiteurs et traiter les appels entrants en identifiant leur demande afin de les orienter vers le bon interlocuteur"),
                ("sa_agd", "Planifier les rendez-vous et les déplacements des responsables en tenant à jour leur calendrier partagé"),
                ("sa_reu", "Préparer la logistique des rencontres, séminaires et événements internes (salle, convocations, documents)"),
                ("sa_zoom", "Animer à distance des points d'équipe au moyen d'un outil de visioconférence tel que Zoom"),
                ("sa_ang", "Échanger à l'écrit et à l'oral en langue anglaise avec des interlocuteurs étrangers dans des situations courantes")],
             [("sa_mod_cr", "Mise en situation professionnelle : à partir d'un dossier, le candidat prend des notes lors d'une réunion simulée et en rédige le compte rendu."),
              (None, "Entretien technique avec le jury.")]),
            ("Traiter les opérations administratives liées à la gestion commerciale et aux ressources humaines", "ul", [
                ("sa_fact", "Éditer les propositions chiffrées et les pièces de vente à partir du catalogue de l'entreprise"),
                ("sa_sage", "Enregistrer les pièces commerciales dans le logiciel Sage et vérifier la concordance des montants"),
                ("sa_paie", "Préparer les éléments variables nécessaires à l'établissement de la paie"),
                (None, "Actualiser le fichier des clients et des fournisseurs en vérifiant l'exactitude des coordonnées"),
                (None, "Élaborer des tableaux de bord simples de suivi de l'activité commerciale"),
                (None, "Rapprocher les bons de livraison des commandes passées auprès des fournisseurs")],
             [(None, "Mise en situation professionnelle sur poste informatique, suivie d'un entretien technique.")]),
            ("Organiser et gérer l'information", "p", [
                ("sa_cla", "Organiser la conservation des dossiers papier et numériques selon un plan de classement et des règles de nommage partagées"),
                ("sa_cour", "Enregistrer, ventiler et expédier les plis et colis en choisissant le mode d'affranchissement adapté"),
                ("sa_moyens", "Veiller à la disponibilité des moyens matériels du service"),
                (None, "Rechercher et sélectionner des informations fiables pour constituer un dossier documentaire"),
                (None, "Actualiser les procédures internes du service et les diffuser à l'équipe")],
             [(None, "Questionnaire professionnel et dossier professionnel présenté au jury.")]),
        ]),
    dict(
        num="RNCP74004", title="Titre professionnel Employé administratif et d'accueil", abr=("TP", "Titre professionnel"), niv=3,
        romes=["M1607"], entity=False,
        activites=[(None, "L'employé administratif et d'accueil ou l'employée administrative et d'accueil réalise les tâches administratives courantes d'une structure et accueille les publics en présentiel et à distance.")],
        capacites=[(None, "Réaliser des travaux administratifs courants"),
                   (None, "Accueillir et orienter les publics"),
                   (None, "Travailler en sécurité sur un poste informatique")],
        blocks=[
            ("Réaliser les travaux administratifs courants d'une structure", "ul", [
                ("aaa_saisie", "Saisir et présenter des documents simples à partir d'un modèle en respectant les règles typographiques"),
                ("aaa_off", "Exploiter les fonctions courantes d'un traitement de texte et d'un tableur pour produire des documents et des listes"),
                ("aaa_cour", "Trier, enregistrer et distribuer les plis reçus et préparer les envois"),
                ("aaa_cla", "Ranger les dossiers et les documents dans un système de classement existant"),
                ("aaa_pv", "Enregistrer des pièces de vente simples sous le contrôle d'un responsable"),
                ("aaa_fou", "Passer les commandes de consommables de bureau et contrôler leur livraison")],
             [(None, "Mise en situation professionnelle à partir d'un dossier d'entreprise fictive.")]),
            ("Accueillir et orienter les publics", "p", [
                ("aaa_acc", "Recevoir les visiteurs en face à face et au téléphone, identifier leur demande et les orienter"),
                ("aaa_agd", "Fixer des rendez-vous et tenir à jour un planning partagé"),
                (None, "Transmettre les messages en s'assurant de leur bonne réception"),
                (None, "Gérer une situation de tension avec un usager en gardant une attitude calme et courtoise"),
                (None, "Renseigner les publics sur les services de la structure à l'aide de la documentation disponible")],
             [(None, "Jeu de rôle d'accueil physique et téléphonique suivi d'un entretien.")]),
            ("Travailler en sécurité et de façon responsable sur un poste administratif", "ul", [
                ("aaa_tms", "Aménager son poste de travail sur écran afin de prévenir les troubles musculo-squelettiques"),
                (None, "Appliquer les consignes de sécurité incendie et d'évacuation de l'établissement"),
                (None, "Limiter les consommations de papier et d'énergie liées à son activité"),
                (None, "Respecter les règles d'usage du matériel informatique et des réseaux"),
                (None, "Signaler les dysfonctionnements des équipements au service compétent")],
             [(None, "Questionnaire écrit et entretien avec le jury.")]),
        ]),
]


def esc_html(s, entity):
    s = html.escape(s, quote=False)
    if entity:
        s = s.replace("'", "&#39;")
    return s


def html_list(items, style, entity):
    if style == "ul":
        return "<ul>" + "".join("<li>%s</li>" % esc_html(t, entity) for _, t in items) + "</ul>"
    return "<p>" + "<br/>".join("- %s" % esc_html(t, entity) for _, t in items) + "</p>"


def html_paras(items, entity):
    return "".join("<p>%s</p>" % esc_html(t, entity) for _, t in items)


STMT = {}  # key -> dict(text, cert, where, block_code)


def index_statements():
    for c in CERTS:
        for field, items in (("ACTIVITES_VISEES", c["activites"]), ("CAPACITES_ATTESTEES", c["capacites"])):
            for k, t in items:
                if k:
                    STMT[k] = dict(text=t, cert=c["num"], where=field, block_code=None)
        for i, (lib, style, comps, modal) in enumerate(c["blocks"], 1):
            bc = "%sBC%02d" % (c["num"], i)
            for k, t in comps:
                if k:
                    STMT[k] = dict(text=t, cert=c["num"], where="LISTE_COMPETENCES", block_code=bc)
            for k, t in modal:
                if k:
                    STMT[k] = dict(text=t, cert=c["num"], where="MODALITES_EVALUATION", block_code=bc)


def write_rncp():
    d = os.path.join(HERE, "rncp")
    os.makedirs(d, exist_ok=True)
    root = ET.Element("FICHES")
    ET.SubElement(root, "VERSION_FLUX").text = "4.1"
    for c in CERTS:
        f = ET.SubElement(root, "FICHE")
        ET.SubElement(f, "NUMERO_FICHE").text = c["num"]
        ET.SubElement(f, "INTITULE").text = c["title"]
        ab = ET.SubElement(f, "ABREGE")
        ET.SubElement(ab, "CODE").text = c["abr"][0]
        ET.SubElement(ab, "LIBELLE").text = c["abr"][1]
        ET.SubElement(f, "ETAT_FICHE").text = "Publiée"
        ne = ET.SubElement(f, "NOMENCLATURE_EUROPE")
        ET.SubElement(ne, "NIVEAU").text = "NIV%d" % c["niv"]
        ET.SubElement(ne, "LIBELLE").text = "Niveau %d" % c["niv"]
        ET.SubElement(f, "ACTIVITES_VISEES").text = html_paras(c["activites"], c["entity"])
        ET.SubElement(f, "CAPACITES_ATTESTEES").text = html_list(c["capacites"], "ul", c["entity"])
        cr = ET.SubElement(f, "CODES_ROME")
        for r in c["romes"]:
            e = ET.SubElement(cr, "ROME")
            ET.SubElement(e, "CODE").text = r
            ET.SubElement(e, "LIBELLE").text = ROME_LIB[r]
        bl = ET.SubElement(f, "BLOCS_COMPETENCES")
        for i, (lib, style, comps, modal) in enumerate(c["blocks"], 1):
            b = ET.SubElement(bl, "BLOC_COMPETENCES")
            ET.SubElement(b, "CODE").text = "%sBC%02d" % (c["num"], i)
            ET.SubElement(b, "LIBELLE").text = lib
            ET.SubElement(b, "LISTE_COMPETENCES").text = html_list(comps, style, c["entity"])
            ET.SubElement(b, "MODALITES_EVALUATION").text = html_paras(modal, c["entity"])
        ET.SubElement(f, "ACTIF").text = "Oui"
        ET.SubElement(f, "DATE_FIN_ENREGISTREMENT").text = "31/12/2029"
    ET.indent(root, space="  ")
    data = ET.tostring(root, encoding="unicode")
    with open(os.path.join(d, "export-fiches-rncp-v4-1-2026-11-30.xml"), "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n' + data + "\n")


# ---------------------------------------------------------------------------
# 3. Skills (planted truth). coverage: cert -> (value, stmt_key[, offer_item, cert_item])
# ---------------------------------------------------------------------------
CAP, BP, SA, AAA = "RNCP74001", "RNCP74002", "RNCP74003", "RNCP74004"
N = ("nouveau",)
NB = ("nouveau_bloc",)
SNACK = "Snacking et restauration boulangère"
COMWEB = "Communication numérique de l'entreprise"

SKILLS = [
    # ---------------- D1102 ----------------
    dict(k="pet", rome="D1102", label="Pétrir les pâtes à pain", cov={CAP: ("couvert", "cap_pet"), BP: ("couvert", "bp_pet")}),
    dict(k="fac", rome="D1102", label="Façonner les pains", cov={CAP: ("couvert", "cap_fac"), BP: ("couvert", "bp_fac")}),
    dict(k="cui", rome="D1102", label="Cuire les pains et viennoiseries", cov={CAP: ("couvert", "cap_cui"), BP: ("couvert", "bp_cui")}),
    dict(k="vie", rome="D1102", label="Fabriquer les viennoiseries", cov={CAP: ("couvert", "cap_vie"), BP: ("couvert", "bp_vie")}),
    dict(k="hyg", rome="D1102", label="Appliquer les règles d'hygiène alimentaire (HACCP)", cov={CAP: ("couvert", "cap_hyg"), BP: ("couvert", "bp_hyg")}),
    dict(k="rec", rome="D1102", label="Réceptionner et stocker les matières premières", cov={CAP: ("couvert", "cap_rec"), BP: ("couvert", "bp_rec")}),
    dict(k="net", rome="D1102", label="Nettoyer et entretenir le fournil et le matériel", cov={CAP: ("couvert", "cap_net"), BP: ("faible", "bp_net")}),
    dict(k="org", rome="D1102", label="Organiser la production selon les commandes", cov={CAP: ("faible", "cap_org"), BP: ("couvert", "bp_org")}),
    dict(k="spe", rome="D1102", label="Réaliser des pains spéciaux", cov={CAP: ("faible", "cap_act"), BP: ("couvert", "bp_spe")}),
    dict(k="pat", rome="D1102", label="Réaliser des pâtisseries boulangères (flans, tartes)", cov={CAP: ("faible", "cap_compl"), BP: ("faible", "bp_capa_pat")}),
    dict(k="ven", rome="D1102", label="Conseiller la clientèle et présenter les produits", cov={CAP: ("faible", "cap_pres"), BP: ("couvert", "bp_ven")}),
    dict(k="cou", rome="D1102", label="Établir les fiches techniques et calculer les coûts de revient", cov={CAP: ("faible", "cap_qte"), BP: ("couvert", "bp_cout")}),
    dict(k="fsol", rome="D1102", label="Conduire la cuisson au four à sole", family="Fours de boulangerie",
         cov={CAP: ("elongation", "cap_fourvent", 742010, 742011), BP: ("elongation", "bp_fourrot", 742010, 742012)}),
    dict(k="ifs", rome="D1102", label="Appliquer le référentiel IFS Food", family="Normes de sécurité des aliments",
         cov={CAP: ("elongation", "cap_pms", 742022, 742021), BP: ("elongation", "bp_haccp", 742022, 742020)}),
    dict(k="pol", rome="D1102", label="Panifier sur poolish", family="Techniques de fermentation",
         cov={CAP: ("elongation", "cap_levure", 742002, 742003), BP: ("couvert", "bp_pref")}),
    dict(k="lev", rome="D1102", label="Entretenir et travailler un levain naturel", family="Techniques de fermentation",
         cov={CAP: ("elongation", "cap_levure", 742001, 742003), BP: ("couvert", "bp_lev")}),
    dict(k="cai", rome="D1102", label="Tenir la caisse et encaisser les ventes", cov={CAP: N, BP: N}),
    dict(k="lig", rome="D1102", label="Conduire une ligne de panification automatisée", cov={CAP: N, BP: N}),
    dict(k="gas", rome="D1102", label="Valoriser les invendus (anti-gaspillage)", cov={CAP: N, BP: N}, trend="emergent"),
    dict(k="all", rome="D1102", label="Informer sur les allergènes", cov={CAP: N, BP: N}),
    dict(k="enc", rome="D1102", label="Encadrer et former un apprenti", cov={CAP: N, BP: ("couvert", "bp_enc")}),
    dict(k="pog", rome="D1102", label="Confectionner la pogne de Romans", cov={CAP: N, BP: ("faible", "bp_reg")}),
    dict(k="sna1", rome="D1102", label="Préparer des sandwichs et salades", cov={CAP: NB, BP: NB}, group=SNACK),
    dict(k="sna2", rome="D1102", label="Réaliser des quiches et pizzas", cov={CAP: NB, BP: NB}, group=SNACK),
    dict(k="sna3", rome="D1102", label="Préparer des boissons chaudes", cov={CAP: NB, BP: NB}, group=SNACK),
    dict(k="sst_b", rome="D1102", label="Porter secours en cas d'accident (Sauveteur Secouriste du Travail)", cov={CAP: N, BP: N}, breadth="transversal"),
    dict(k="prap_b", rome="D1102", label="Manutentionner les charges en sécurité (gestes et postures)", cov={CAP: ("couvert", "cap_prap"), BP: ("faible", "bp_risques")}, breadth="transversal"),
    dict(k="tab", rome="D1102", label="Renseigner des documents de suivi sur tablette numérique", cov={CAP: ("faible", "cap_docs"), BP: ("couvert", "bp_trac")}, breadth="transversal"),
    dict(k="rig_b", rome="D1102", label="Rigueur", se=True),
    dict(k="equ_b", rome="D1102", label="Travail en équipe", se=True),
    dict(k="pon_b", rome="D1102", label="Ponctualité", se=True),
    dict(k="mot_b", rome="D1102", label="Motivation", se=True),
    dict(k="aut_b", rome="D1102", label="Autonomie", se=True),
    dict(k="ada_b", rome="D1102", label="Capacité d'adaptation", se=True),
    # ---------------- M1607 ----------------
    dict(k="acc", rome="M1607", label="Accueillir physiquement et au téléphone", cov={SA: ("couvert", "sa_acc"), AAA: ("couvert", "aaa_acc")}),
    dict(k="cour", rome="M1607", label="Traiter le courrier", cov={SA: ("couvert", "sa_cour"), AAA: ("couvert", "aaa_cour")}),
    dict(k="red", rome="M1607", label="Rédiger des courriers et documents administratifs", cov={SA: ("couvert", "sa_red"), AAA: ("faible", "aaa_saisie")}),
    dict(k="agd", rome="M1607", label="Gérer des agendas et des rendez-vous", cov={SA: ("couvert", "sa_agd"), AAA: ("couvert", "aaa_agd")}),
    dict(k="cla", rome="M1607", label="Classer et archiver les documents", cov={SA: ("couvert", "sa_cla"), AAA: ("couvert", "aaa_cla")}),
    dict(k="reu", rome="M1607", label="Organiser des réunions et des déplacements", cov={SA: ("couvert", "sa_reu"), AAA: N}),
    dict(k="fact", rome="M1607", label="Établir des devis et des factures", cov={SA: ("couvert", "sa_fact"), AAA: ("faible", "aaa_pv")}),
    dict(k="rh", rome="M1607", label="Assurer le suivi administratif du personnel", cov={SA: ("faible", "sa_paie"), AAA: N}),
    dict(k="rel", rome="M1607", label="Relancer les clients en retard de paiement", cov={SA: ("faible", "sa_act_rel"), AAA: N}),
    dict(k="cr", rome="M1607", label="Rédiger des comptes rendus de réunion", cov={SA: ("faible", "sa_mod_cr"), AAA: N}),
    dict(k="fou", rome="M1607", label="Gérer les fournitures de bureau", cov={SA: ("faible", "sa_moyens"), AAA: ("couvert", "aaa_fou")}),
    dict(k="ebp", rome="M1607", label="Utiliser le logiciel EBP", family="Logiciels de gestion comptable",
         cov={SA: ("elongation", "sa_sage", 742041, 742040), AAA: N}),
    dict(k="ita", rome="M1607", label="Communiquer en italien", family="Langues étrangères",
         cov={SA: ("elongation", "sa_ang", 742061, 742060), AAA: N}),
    dict(k="teams", rome="M1607", label="Utiliser Microsoft Teams", family="Outils de visioconférence",
         cov={SA: ("elongation", "sa_zoom", 742050, 742051), AAA: N}),
    dict(k="ang", rome="M1607", label="Communiquer en anglais", cov={SA: ("couvert", "sa_ang"), AAA: N}),
    dict(k="ia", rome="M1607", label="Utiliser des outils d'IA générative", cov={SA: N, AAA: N}, trend="emergent"),
    dict(k="fe", rome="M1607", label="Gérer la facturation électronique", cov={SA: N, AAA: N}),
    dict(k="ao", rome="M1607", label="Préparer les réponses aux appels d'offres", cov={SA: N, AAA: N}),
    dict(k="dict", rome="M1607", label="Établir les DICT et déclarations de chantier", cov={SA: N, AAA: N}),
    dict(k="orth", rome="M1607", label="Maîtriser l'orthographe", cov={SA: ("couvert", "sa_orth"), AAA: ("faible", "aaa_saisie")}),
    dict(k="rs", rome="M1607", label="Animer les réseaux sociaux", cov={SA: NB, AAA: NB}, group=COMWEB),
    dict(k="web", rome="M1607", label="Mettre à jour le site internet", cov={SA: NB, AAA: NB}, group=COMWEB),
    dict(k="can", rome="M1607", label="Créer des visuels (Canva)", cov={SA: NB, AAA: NB}, group=COMWEB),
    dict(k="nl", rome="M1607", label="Réaliser la newsletter", cov={SA: NB, AAA: NB}, group=COMWEB),
    dict(k="sst_s", rome="M1607", label="Porter secours en cas d'accident (Sauveteur Secouriste du Travail)", cov={SA: N, AAA: N}, breadth="transversal"),
    dict(k="prap_s", rome="M1607", label="Prévenir les risques liés à l'activité physique (gestes et postures)", cov={SA: N, AAA: ("faible", "aaa_tms")}, breadth="transversal"),
    dict(k="off", rome="M1607", label="Utiliser les logiciels de bureautique (traitement de texte, tableur)", cov={SA: ("couvert", "sa_off"), AAA: ("couvert", "aaa_off")}, breadth="transversal"),
    dict(k="dis", rome="M1607", label="Discrétion", se=True),
    dict(k="rig_s", rome="M1607", label="Rigueur", se=True),
    dict(k="org_s", rome="M1607", label="Sens de l'organisation", se=True),
    dict(k="pol_s", rome="M1607", label="Polyvalence", se=True),
    dict(k="aisance", rome="M1607", label="Aisance relationnelle", se=True),
    dict(k="aut_s", rome="M1607", label="Autonomie", se=True),
]
SK = {s["k"]: s for s in SKILLS}

# ---------------------------------------------------------------------------
# 4. Offers
# ---------------------------------------------------------------------------
PLACES = {
    "lyon3": ("69 - LYON 03", "69003", "69383", 45.7597, 4.8590),
    "lyon7": ("69 - LYON 07", "69007", "69387", 45.7460, 4.8420),
    "villeurbanne": ("69 - VILLEURBANNE", "69100", "69266", 45.7719, 4.8902),
    "clermont": ("63 - CLERMONT-FERRAND", "63000", "63113", 45.7772, 3.0870),
    "romans": ("26 - ROMANS-SUR-ISERE", "26100", "26281", 45.0433, 5.0508),
    "grenoble": ("38 - GRENOBLE", "38000", "38185", 45.1885, 5.7245),
    "voiron": ("38 - VOIRON", "38500", "38563", 45.3640, 5.5890),
    "annecy": ("74 - ANNECY", "74000", "74010", 45.8992, 6.1294),
    "chambery": ("73 - CHAMBERY", "73000", "73065", 45.5646, 5.9178),
    "andrezieux": ("42 - ANDREZIEUX-BOUTHEON", "42160", "42005", 45.5264, 4.2600),
    "stetienne": ("42 - SAINT-ETIENNE", "42000", "42218", 45.4397, 4.3872),
    "bourg": ("01 - BOURG-EN-BRESSE", "01000", "01053", 46.2052, 5.2255),
    "valence": ("26 - VALENCE", "26000", "26362", 44.9334, 4.8924),
    "aurillac": ("15 - AURILLAC", "15000", "15014", 44.9264, 2.4396),
    "moulins": ("03 - MOULINS", "03000", "03190", 46.5660, 3.3330),
    "lepuy": ("43 - LE PUY-EN-VELAY", "43000", "43157", 45.0434, 3.8855),
    "privas": ("07 - PRIVAS", "07000", "07186", 44.7353, 4.5990),
    "vichy": ("03 - VICHY", "03200", "03310", 46.1277, 3.4260),
    "montlucon": ("03 - MONTLUCON", "03100", "03185", 46.3400, 2.6036),
    "annonay": ("07 - ANNONAY", "07100", "07010", 45.2400, 4.6710),
    "roanne": ("42 - ROANNE", "42300", "42187", 46.0360, 4.0680),
    "villefontaine": ("38 - VILLEFONTAINE", "38090", "38553", 45.6131, 5.1497),
}

# employer key -> (nom or None, description or None)
EMPLOYERS = {
    "vernay": ("MAISON VERNAY", "Boulangerie-pâtisserie artisanale lyonnaise, trois boutiques."),
    "chabert": ("BOULANGERIE CHABERT & FILS", None),
    "panifor": ("PANIFOR INDUSTRIE", "Fabrication industrielle de pains précuits et surgelés."),
    "domes": ("AU FOURNIL DES DOMES", None),
    "alp": ("ALP'INTERIM", "Agence d'emploi généraliste, 12 agences en Rhône-Alpes."),
    "belledonne": ("LES PAINS DE BELLEDONNE", "Boulangeries artisanales à Grenoble et Voiron."),
    "opain": ("O PAIN CHAUD", None),
    "marcellin": ("BOULANGERIE MARCELLIN", None),
    "stjean": ("LE FOURNIL SAINT-JEAN", "Boulangerie biologique au cœur de Chambéry."),
    "anon_d02": (None, None), "anon_d08": (None, None), "anon_d13": (None, "Boulangerie-pâtisserie du centre historique."),
    "anon_d19": (None, None), "anon_d21": (None, None),
    "rivoire": ("RIVOIRE EXPERTISE", "Cabinet d'expertise comptable indépendant."),
    "transalp": ("TRANSALP LOGISTIQUE", "Commission de transport franco-italienne."),
    "terdau": ("TERRASSEMENTS DAUPHINOIS", None),
    "clinvet": ("CLINIQUE VETERINAIRE DES VOLCANS", None),
    "solveo": ("SOLVEO HABITAT", "Bailleur social isérois."),
    "interlignes": ("INTERLIGNES RH", "Cabinet de recrutement et de travail temporaire."),
    "menbres": ("MENUISERIES BRESSANES", None),
    "jardins": ("LES JARDINS DU FOREZ", "Association d'insertion par l'activité économique."),
    "arveo": ("ARVEO CONSEIL", None),
    "anon_m02": (None, None), "anon_m07": (None, "Office notarial."), "anon_m14": (None, None),
    "anon_m19": (None, None), "anon_m20": (None, None),
}

FORM_CAP = ("21538", "Boulangerie", "CAP, BEP et équivalents", "CAP Boulanger", "E")
FORM_BP = ("21538", "Boulangerie", "Bac ou équivalent", "BP Boulanger", "E")
FORM_SEC = ("35054", "Secrétariat assistanat", "Bac+2 ou équivalents", None, "S")
FORM_SEC4 = ("35054", "Secrétariat assistanat", "Bac ou équivalent", "Titre professionnel Secrétaire assistant", "S")

CONTRATS = {
    "CDI": ("CDI", "Contrat à durée indéterminée"),
}


def contrat(t, mois=None):
    if t == "CDI":
        return ("CDI", "Contrat à durée indéterminée")
    lib = {"CDD": "Contrat à durée déterminée", "MIS": "Mission intérimaire", "SAI": "Contrat travail saisonnier"}[t]
    return (t, "%s - %d Mois" % (lib, mois))


# Each offer: n, rome, week (1-12), day offset (0-4), time, employer, place, intitule, appellation code,
# contract, experience (code, libelle), formation, salaire, text, comps, quals, contact
OFFERS = []


def offer(**kw):
    OFFERS.append(kw)


# ============================ D1102 offers ================================
offer(n=1, rome="D1102", week=1, day=0, time="09:12", emp="vernay", place="lyon3",
      intitule="Boulanger / Boulangère (H/F)", app=740101, ct=contrat("CDI"), exp=("E", "3 An(s)"),
      form=FORM_CAP, sal=("Mensuel de 2200.00 Euros sur 12 mois", "Mutuelle"),
      comps=[("pet", 741001, "E"), ("lev", 742001, "S"), ("hyg", 741005, "E"), ("net", 741007, "E")],
      quals=[("rig_b", 741501), ("equ_b", 741502)],
      contact={"nom": "MAISON VERNAY - Mme Claire Dufour", "telephone": "0478623190", "courriel": "recrutement@maison-vernay.fr"},
      text=T("""
        [[entreprise|Créée en 1987 par Jean et Odile Vernay]], la Maison Vernay est une boulangerie-pâtisserie artisanale du 3e arrondissement de Lyon. [[entreprise|Trois boutiques, 28 salariés]] et une seule exigence : le goût du vrai pain. Nos farines viennent de moulins de la Loire et de l'Ain.

        Dans le cadre de notre développement, nous recrutons un(e) boulanger(e) pour notre fournil de la rue Paul-Bert.

        [[titre|VOS MISSIONS]]
        - {{pet|pétrissage des pâtes}} pour les pains courants
        - {{lev|entretien du levain naturel}}
        - {{fac|façonnage à la main}} des baguettes et pains de campagne
        - {{cui|cuisson des pains}} et des viennoiseries
        - {{net|nettoyage du fournil}} en fin de production
        - {{hyg|respect des normes HACCP}}

        [[titre|PROFIL RECHERCHÉ]]
        [[diplome_requis|CAP Boulanger exigé]], [[niveau|3 ans d'expérience minimum]] en boulangerie artisanale. Vous êtes {{rig_b|rigoureux(se)}} et aimez {{equ_b|travailler en équipe}}.

        [[titre|NOUS OFFRONS]]
        [[contrat|CDI]] [[horaires|39h]] ([[horaires|semaine de 4 jours]], [[horaires|de 3h à 11h]]), [[salaire|2 200 € brut mensuel]] + [[avantage|heures supplémentaires majorées]], [[avantage|mutuelle prise en charge à 70 %]], [[avantage|pain et viennoiseries offerts]].

        [[candidature|Envoyez CV et lettre de motivation]] à [[contact|recrutement@maison-vernay.fr]].
      """))

offer(n=2, rome="D1102", week=1, day=2, time="14:40", emp="anon_d02", place="aurillac",
      intitule="Ouvrier boulanger / Ouvrière boulangère", app=740102, ct=contrat("CDD", 6), exp=("S", "1 An(s)"),
      form=FORM_CAP, sal=("Horaire de 12.20 Euros", None), comps=[], quals=[], contact=None,
      text=T("""
        Boulangerie de centre-ville recherche ouvrier boulanger ou ouvrière boulangère pour [[contrat|CDD de 6 mois]] pouvant déboucher sur un CDI. Vous assurez la fabrication complète : {{pet|pétrir les pâtes}}, {{fac|façonner les baguettes}}, {{cui|enfourner et défourner}}, ainsi que la {{vie|fabrication des croissants et pains au chocolat}}. Le poste demande le {{prap_b|port de sacs de farine de 25 kg}}. [[diplome_requis|CAP Boulanger exigé]]. Vous êtes {{pon_b|ponctuel(le)}}. [[horaires|Travail de nuit]], [[horaires|repos le dimanche et le lundi]]. [[salaire|Salaire selon convention collective]].
      """))

offer(n=3, rome="D1102", week=2, day=1, time="08:05", emp="chabert", place="romans",
      intitule="Boulanger H/F - viennoiserie et pogne", app=740101, ct=contrat("CDI"), exp=("D", "Débutant accepté"),
      form=None, sal=("Mensuel de 2000.00 Euros à 2150.00 Euros sur 13 mois", None),
      comps=[("pog", None, "Fabrication de la pogne de Romans", "E"), ("vie", 741004, "E"), ("fsol", 742010, "S")],
      quals=[], contact={"nom": "BOULANGERIE CHABERT & FILS - Mme Chabert", "telephone": "0475021866"},
      text=T("""
        🥖 La Boulangerie Chabert & Fils recrute !
        [[entreprise|Maison familiale fondée en 1952]] au cœur de Romans-sur-Isère, nous sommes [[entreprise|réputés pour notre pogne aux fleurs d'oranger]]. [[entreprise|2 boutiques, 14 salariés]].

        Ce que vous ferez :
        👉 {{pog|confection de la pogne de Romans}} selon la recette maison
        👉 {{vie|réalisation des viennoiseries}} (croissants, brioches)
        👉 {{fsol|cuisson au four à sole}}
        👉 {{rec|réception des livraisons de farine et rangement de la réserve}}

        Ce que nous attendons : [[niveau|une première expérience]] et surtout {{mot_b|l'envie d'apprendre}} !
        Ce que nous offrons : [[contrat|CDI temps plein]], [[avantage|13e mois]], [[avantage|prime de fin d'année]], [[avantage|tenues fournies et entretenues]].

        📞 [[contact|Contactez Mme Chabert au 04 75 02 18 66]]
      """))

offer(n=4, rome="D1102", week=2, day=3, time="10:30", emp="panifor", place="andrezieux",
      intitule="Boulanger industriel / Boulangère industrielle", app=740101, ct=contrat("CDI"), exp=("S", "1 An(s)"),
      form=FORM_CAP, sal=("Annuel de 24000.00 Euros à 27000.00 Euros sur 13 mois", "Restauration d'entreprise"),
      comps=[("lig", 741014, "E"), ("ifs", 742022, "E"), ("hyg", 741005, "E"), ("sst_b", 742090, "S")],
      quals=[("equ_b", 741502)], contact=None,
      text=T("""
        [[entreprise|Panifor Industrie, filiale d'un groupe agroalimentaire régional]], produit chaque jour [[entreprise|plus de 60 000 baguettes précuites]] pour la grande distribution. [[entreprise|Site de 180 salariés]] à Andrézieux-Bouthéon.

        Nous recherchons un boulanger industriel / une boulangère industrielle ([[contrat|CDI]], [[horaires|équipes en 3x8]]).

        Missions :
        • {{lig|conduite de la ligne de production automatisée}}
        • {{ifs|application du référentiel IFS Food}}
        • {{hyg|respect des règles d'hygiène}} en zone de production
        • {{tab|saisie des contrôles sur tablette}}
        • {{prap_b|manutention en sécurité}} des bacs et chariots

        Profil : [[diplome_requis|CAP Boulanger ou CQP conducteur de ligne]], [[niveau|expérience en industrie agroalimentaire appréciée]]. {{sst_b|Sauveteur Secouriste du Travail (SST)}} apprécié. Vous savez {{equ_b|travailler en équipe}}.

        Rémunération : [[salaire|24 à 27 k€ brut annuel]] + [[avantage|primes d'équipe]] + [[avantage|participation et intéressement]]. [[avantage|Restaurant d'entreprise]]. [[avantage|CSE]].
      """))

offer(n=5, rome="D1102", week=3, day=0, time="11:02", emp="domes", place="clermont",
      intitule="Boulanger / Boulangère", app=740101, ct=contrat("CDI"), exp=("E", "2 An(s)"),
      form=FORM_CAP, sal=("Mensuel de 2050.00 Euros sur 12 mois", "Mutuelle"), comps=[], quals=[], contact=None,
      text=T("""
        AU FOURNIL DES DÔMES - Clermont-Ferrand
        [[entreprise|Boulangerie artisanale labellisée, 9 salariés]], nous travaillons exclusivement des farines bio d'Auvergne.

        Poste : Boulanger / Boulangère ([[contrat|CDI]], [[horaires|35h]], [[horaires|travail un week-end sur deux]])

        Vos missions :
        - {{org|organiser la production en fonction des commandes}} des restaurants partenaires
        - {{pet|pétrissage}} et {{fac|mise en forme des pâtons}}
        - {{lev|conduite du levain}}
        - {{spe|réalisation de pains spéciaux}} : seigle, petit épeautre, pain aux noix
        - {{fsol|cuisson sur four à sole}}
        - {{net|entretien du matériel}} et du fournil

        Vous êtes {{aut_b|autonome}} et titulaire du [[diplome_requis|CAP ou BP Boulanger]]. Le {{sst_b|certificat SST}} serait un plus.
        [[salaire|Salaire : 2 050 € brut]], [[avantage|mutuelle]], [[avantage|prime d'intéressement]]. [[candidature|Candidature par mail avec CV]].
      """))

offer(n=6, rome="D1102", week=3, day=3, time="16:20", emp="alp", place="bourg",
      intitule="Employé de fabrication en boulangerie H/F", app=740102, ct=contrat("MIS", 3), exp=("D", "Débutant accepté"),
      form=None, sal=("Horaire de 12.50 Euros", "Indemnités de fin de mission"), comps=[], quals=[],
      contact={"nom": "ALP'INTERIM - Agence de Bourg-en-Bresse", "telephone": "0474221045", "courriel": "bourg@alp-interim.fr"},
      text=T("""
        Alp'Intérim, [[entreprise|réseau de 12 agences en Rhône-Alpes]], recherche pour son client, une boulangerie-snacking de Bourg-en-Bresse, un(e) employé(e) de fabrication boulangerie.

        Au programme :
        ✅ {{cui|cuisson des baguettes}} tout au long de la journée
        ✅ {{vie|préparation des viennoiseries}}
        ✅ {{sna1|préparation des sandwichs et salades}}
        ✅ {{sna2|confection de quiches et pizzas}}
        ✅ {{sna3|préparation des boissons chaudes}}
        ✅ {{cai|tenue de la caisse}} en renfort aux heures de pointe

        [[contrat|Mission intérim de 3 mois]], [[horaires|du mardi au samedi]], [[salaire|12,50 €/h]] + [[avantage|10 % de fin de mission]] + [[avantage|10 % de congés payés]]. [[niveau|Débutant accepté]] si {{mot_b|motivé(e)}}.
        [[candidature|Postulez en ligne]] ou passez nous voir en agence !
      """))

offer(n=7, rome="D1102", week=4, day=1, time="09:45", emp="belledonne", place="grenoble",
      intitule="Chef de fournil H/F", app=740103, ct=contrat("CDI"), exp=("E", "5 An(s)"),
      form=FORM_BP, sal=("Mensuel de 2400.00 Euros à 2700.00 Euros sur 13 mois", "Tickets restaurant"),
      comps=[("pol", 742002, "E"), ("lev", 742001, "E"), ("enc", 741018, "S"), ("all", 741016, "E"), ("spe", 741009, "E")],
      quals=[], contact=None,
      text=T("""
        Les Pains de Belledonne, c'est [[entreprise|une équipe de 20 passionnés]] répartis sur 3 boutiques à Grenoble et Voiron. [[entreprise|Lauréat du concours de la meilleure baguette de l'Isère en 2024]].

        Nous cherchons notre futur(e) chef(fe) de fournil H/F.

        Vos responsabilités :
        - {{pol|travail sur poolish}} et {{lev|levain naturel}}
        - {{spe|pains spéciaux et pains de saison}}
        - {{enc|encadrer un apprenti et transmettre notre savoir-faire}}
        - {{all|affichage des allergènes}} sur les fiches produits
        - {{hyg|application du plan HACCP}}

        Profil : [[diplome_requis|BP Boulanger]] ou [[niveau|5 ans d'expérience]] réussie. {{rig_b|Rigueur}} indispensable.
        Package : [[salaire|2 400 à 2 700 € brut]] selon profil, [[avantage|13e mois]], [[avantage|tickets restaurant]], [[horaires|2 jours de repos consécutifs]].
      """))

offer(n=8, rome="D1102", week=4, day=4, time="07:55", emp="anon_d08", place="moulins",
      intitule="Boulanger / Boulangère", app=740101, ct=contrat("CDD", 4), exp=("S", "6 Mois"),
      form=None, sal=("Horaire de 11.88 Euros", None), comps=[], quals=[], contact=None,
      text=T("""
        🔥 [[titre|RECRUTEMENT - BOULANGER(E)]] 🔥
        Boulangerie de quartier à Moulins cherche son boulanger ou sa boulangère !
        ✔️ {{pet|pétrir la pâte}}, {{fac|façonner les pâtons}} et {{cui|cuire le pain}}
        ✔️ {{pat|flans et tartes boulangères}}
        ✔️ {{ven|conseil à la clientèle}} le week-end
        ✔️ {{cai|encaissement}}
        ✔️ {{net|nettoyage du laboratoire}}
        [[contrat|CDD 4 mois]] renouvelable - [[horaires|35h]] - [[salaire|SMIC + heures sup]]
        Vous êtes {{ada_b|adaptable}} ? Appelez-nous ! [[contact|06 71 44 20 93]]
      """))

offer(n=9, rome="D1102", week=5, day=2, time="13:10", emp="opain", place="villeurbanne",
      intitule="Boulanger vendeur / Boulangère vendeuse", app=740101, ct=contrat("CDI"), exp=("S", "1 An(s)"),
      form=None, sal=("Mensuel de 1900.00 Euros sur 12 mois", "Prime"),
      comps=[("sna1", 741017, "E"), ("cai", 741013, "E"), ("gas", 741015, "S"), ("sna3", None, "Préparation de boissons chaudes", "S")],
      quals=[], contact=None,
      text=T("""
        Ô Pain Chaud, [[entreprise|enseigne lyonnaise de boulangerie-snacking créée en 2011]], [[entreprise|6 points de vente]] et [[entreprise|plus de 70 collaborateurs]].
        Pour notre boutique de Villeurbanne Gratte-Ciel, nous recrutons un·e boulanger·ère vendeur·se.

        [[titre|VOTRE QUOTIDIEN]]
        Fabrication : {{sna1|sandwichs, wraps et salades}}, {{sna2|pizzas et quiches du jour}}, {{sna3|boissons chaudes au comptoir}}.
        Vente : {{ven|conseiller les clients}} et {{cai|encaissement}}.
        Anti-gaspi : {{gas|gestion des invendus via Too Good To Go}}.
        Hygiène : {{hyg|respect de la chaîne du froid et des règles HACCP}}.

        Vous aimez {{equ_b|le travail en équipe}} ? Rejoignez-nous !
        [[contrat|CDI 35h]], [[horaires|planning sur 5 jours]], [[salaire|1 900 € brut]] + [[avantage|prime sur objectifs]], [[avantage|remboursement de 50 % de l'abonnement TCL]].
      """))

offer(n=10, rome="D1102", week=6, day=1, time="10:00", emp="chabert", place="romans",
      intitule="Second de fournil H/F", app=740101, ct=contrat("CDI"), exp=("E", "3 An(s)"),
      form=FORM_BP, sal=("Mensuel de 2300.00 Euros sur 13 mois", "Mutuelle"), comps=[], quals=[],
      contact={"nom": "BOULANGERIE CHABERT & FILS", "courriel": "contact@chabert-boulangerie.fr"},
      text=T("""
        Boulangerie Chabert & Fils - Romans-sur-Isère
        Poste : second·e de fournil
        [[entreprise|Depuis 1952, trois générations de boulangers]] se sont succédé dans notre fournil de la place Jacquemart.

        Votre rôle au quotidien : {{pet|préparation des pâtes}} et {{fac|façonnage}}, {{pog|fabrication de nos pognes}} (jusqu'à 400 par jour à Pâques !), {{org|planification de la production}} avec le chef boulanger et {{cou|calcul des coûts de revient}} des nouvelles recettes.

        Vous êtes {{rig_b|rigoureux·se}}, [[diplome_requis|titulaire du BP Boulanger]].
        [[contrat|CDI]] - [[horaires|39h]] - [[salaire|2 300 € brut]] - [[avantage|13e mois]] - [[avantage|mutuelle familiale]].
        [[candidature|CV à déposer en boutique]] ou [[contact|par mail : contact@chabert-boulangerie.fr]].
      """))

offer(n=11, rome="D1102", week=6, day=4, time="15:35", emp="vernay", place="lyon7",
      intitule="Chef boulanger / Cheffe boulangère", app=740103, ct=contrat("CDI"), exp=("E", "5 An(s)"),
      form=FORM_BP, sal=("Mensuel de 2800.00 Euros sur 12 mois", "Prime annuelle"), comps=[], quals=[],
      contact={"nom": "MAISON VERNAY - Mme Claire Dufour", "courriel": "recrutement@maison-vernay.fr"},
      text=T("""
        La Maison Vernay ouvre sa troisième boutique à Lyon 7e et recherche son chef boulanger / sa cheffe boulangère.

        Vous prendrez en charge :
        1. {{org|l'organisation de la production et des plannings de fabrication}}
        2. {{enc|la formation des apprentis}}
        3. {{cou|l'élaboration des fiches techniques}}
        4. {{vie|la fabrication des viennoiseries pur beurre}}
        5. {{pol|les pains sur poolish}}
        6. {{tab|la traçabilité sur tablette}}

        Nous recherchons une personne {{aut_b|autonome}}, [[diplome_requis|titulaire du BP Boulanger]] ou du [[diplome_requis|Brevet de Maîtrise]], avec [[niveau|une expérience d'au moins 5 ans]].
        Nous offrons : [[contrat|CDI]], [[salaire|2 800 € brut]], [[avantage|prime annuelle]], [[avantage|mutuelle prise en charge à 70 %]], [[horaires|repos le dimanche après-midi et le lundi]].
        [[candidature|Envoyez CV et lettre de motivation]] à [[contact|recrutement@maison-vernay.fr]].
      """))

offer(n=12, rome="D1102", week=7, day=0, time="09:20", emp="marcellin", place="annecy",
      intitule="Boulanger / Boulangère - saison d'hiver", app=740101, ct=contrat("SAI", 5), exp=("E", "2 An(s)"),
      form=FORM_CAP, sal=("Mensuel de 2100.00 Euros sur 12 mois", "Logement"),
      comps=[("pet", 741001, "E"), ("fsol", 742010, "E"), ("rec", 741006, "E"), ("prap_b", 742091, "S")],
      quals=[("pon_b", 741506)], contact=None,
      text=T("""
        Boulangerie Marcellin – Annecy-le-Vieux. [[entreprise|Maison fondée en 1979]], [[entreprise|artisan boulanger Meilleur Ouvrier de France]].
        Nous renforçons notre équipe de fabrication pour la saison d'hiver.
        Missions : {{pet|pétrissage des pâtes}}, {{fac|façonnage des baguettes}}, {{fsol|conduite du four à sole}}, {{rec|contrôle et rangement des livraisons}}, {{net|nettoyage et désinfection du fournil}}.
        Le poste implique des {{prap_b|gestes et postures adaptés au port de charges}}.
        Vous êtes {{pon_b|ponctuel·le}} et avez [[niveau|2 ans d'expérience]] minimum. [[diplome_requis|CAP Boulanger exigé]].
        [[contrat|CDD saisonnier de 5 mois]] ([[horaires|décembre à avril]]), [[avantage|logement possible]], [[salaire|2 100 € net]], [[avantage|heures supplémentaires payées]].
      """))

offer(n=13, rome="D1102", week=7, day=3, time="11:45", emp="anon_d13", place="lepuy",
      intitule="Boulanger / Boulangère", app=740101, ct=contrat("CDI"), exp=("D", "Débutant accepté"),
      form=None, sal=("Selon profil", None), comps=[], quals=[], contact=None,
      text=T("""
        Boulangerie-pâtisserie du centre historique du Puy-en-Velay recrute un boulanger ou une boulangère en [[contrat|CDI à temps plein]]. Vous serez en charge du {{pet|pétrissage}}, du {{fac|façonnage}} et de la {{cui|cuisson des pains}}, dont nos {{spe|pains spéciaux aux lentilles vertes du Puy}}, et vous participerez au {{ven|conseil des clients en boutique}} le samedi matin. Nous cherchons avant tout quelqu'un de {{mot_b|motivé}}, qui a {{mot_b|envie de s'investir}}. [[niveau|Débutant accepté]], [[avantage|formation assurée en interne]]. [[salaire|Rémunération selon profil]].
      """))

offer(n=14, rome="D1102", week=8, day=1, time="08:30", emp="panifor", place="stetienne",
      intitule="Conducteur / Conductrice de ligne boulangerie", app=740102, ct=contrat("CDI"), exp=("E", "1 An(s)"),
      form=FORM_CAP, sal=("Mensuel de 2150.00 Euros sur 13 mois", "Primes"),
      comps=[("lig", 741014, "E"), ("ifs", 742022, "E"), ("tab", 742092, "S"), ("gas", 741015, "S"), ("sst_b", 742090, "E")],
      quals=[("rig_b", 741501)], contact=None,
      text=T("""
        PANIFOR INDUSTRIE recrute pour son site de Saint-Étienne (Molina) un·e conducteur·rice de ligne boulangerie.
        [[entreprise|Entreprise de 180 salariés]], Panifor fabrique des pains précuits surgelés vendus dans toute la France.

        Rattaché·e au chef d'équipe, vous assurez :
        - le {{lig|pilotage de la ligne de panification et les réglages}}
        - les {{ifs|contrôles qualité selon la norme IFS}}
        - {{tab|l'enregistrement des données sur tablette}}
        - {{gas|la valorisation des produits déclassés (dons aux associations)}}

        Titulaire du {{sst_b|SST}}, vous êtes {{rig_b|rigoureux/se}}.
        [[contrat|CDI]] - [[horaires|2x8 du lundi au vendredi]] - [[salaire|2 150 € brut + primes]] - [[avantage|13e mois]], [[avantage|intéressement]], [[avantage|CE]].
      """))

offer(n=15, rome="D1102", week=8, day=4, time="14:05", emp="stjean", place="chambery",
      intitule="Boulanger / Boulangère", app=740101, ct=contrat("CDI"), exp=("S", "2 An(s)"),
      form=FORM_CAP, sal=("Mensuel de 2000.00 Euros sur 12 mois", None),
      comps=[("pol", 742002, "E"), ("lev", 742001, "E"), ("all", 742024, "S")],
      quals=[("equ_b", 741502), ("mot_b", 741507)], contact=None,
      text=T("""
        Le Fournil Saint-Jean (Chambéry centre) recherche un·e boulanger·e {{mot_b|passionné·e}}.
        [[entreprise|Boulangerie bio créée en 2015]], nous travaillons des farines de meule et des variétés anciennes.
        Vos missions : {{pet|pétrir à la main et au pétrin}}, {{lev|rafraîchir le levain}} chaque jour, {{pol|préparer les poolish}}, {{all|informer sur les allergènes}}, {{hyg|respecter les règles d'hygiène}} et assurer l'{{net|entretien du fournil}}.
        Vous aimez {{equ_b|travailler en équipe}} dans une ambiance conviviale.
        [[contrat|CDI 35h]], [[horaires|fermé le dimanche]], [[salaire|2 000 € brut]], [[avantage|prime vélo]].
      """))

offer(n=16, rome="D1102", week=9, day=1, time="10:15", emp="alp", place="valence",
      intitule="Opérateur / Opératrice de production boulangère", app=740102, ct=contrat("MIS", 2), exp=("S", "6 Mois"),
      form=None, sal=("Horaire de 12.80 Euros", "Primes de nuit"), comps=[], quals=[], contact=None,
      text=T("""
        Alp'Intérim Valence recrute pour son client, un fabricant de pains et viennoiseries surgelés, des opérateurs et opératrices de production boulangère.
        Vos missions :
        • {{lig|conduite d'une ligne automatisée}}
        • {{ifs|respect des standards IFS Food}}
        • {{prap_b|port de charges en sécurité}}
        • {{gas|tri des produits non conformes pour le don alimentaire}}
        Profil : {{pon_b|ponctuel(le)}} et {{ada_b|capable de s'adapter}} à un rythme soutenu. [[niveau|Une première expérience en production alimentaire]] est souhaitée.
        [[contrat|Missions d'intérim renouvelables]], [[horaires|horaires en 3x8]], [[salaire|taux horaire 12,80 €]] + [[avantage|primes de nuit]] + [[avantage|panier repas]]. [[candidature|Inscrivez-vous sur notre appli]] !
      """))

offer(n=17, rome="D1102", week=9, day=4, time="16:50", emp="belledonne", place="voiron",
      intitule="Tourier / Tourière en boulangerie", app=740104, ct=contrat("CDI"), exp=("E", "2 An(s)"),
      form=FORM_CAP, sal=("Mensuel de 2250.00 Euros sur 13 mois", "Tickets restaurant"), comps=[], quals=[], contact=None,
      text=T("""
        Les Pains de Belledonne recrutent un tourier ou une tourière pour la boutique de Voiron.
        Au programme : {{vie|tourage des croissants et feuilletés}}, {{pat|flans pâtissiers et tartes aux fruits}}, {{fsol|cuisson en four à sole}} et {{gas|transformation des invendus en pain perdu et chapelure}}. Vous aurez aussi à {{enc|accompagner nos apprentis}}. Personne {{rig_b|rigoureuse}} recherchée.
        [[contrat|CDI]] [[horaires|39h sur 5 jours]] — [[salaire|2 250 € brut]] — [[avantage|tickets restaurant]] — [[avantage|13e mois]].
        [[candidature|Candidatures par e-mail]] : [[contact|recrutement@painsdebelledonne.fr]]
      """))

offer(n=18, rome="D1102", week=10, day=0, time="09:00", emp="domes", place="clermont",
      intitule="Boulanger / Boulangère - nouvelle boutique", app=740101, ct=contrat("CDI"), exp=("S", "1 An(s)"),
      form=FORM_CAP, sal=("Mensuel de 2050.00 Euros sur 12 mois", "Prime de Noël"),
      comps=[("org", 741008, "E"), ("rec", 741006, "E"), ("gas", 741015, "S"), ("cui", 741003, "E"), ("sst_b", None, "Certificat SST", "S")],
      quals=[("aut_b", 741503)], contact=None,
      text=T("""
        Au Fournil des Dômes recrute à nouveau ! Suite à l'ouverture de notre deuxième boutique à Chamalières, nous cherchons un boulanger ou une boulangère.
        [[titre|VOS MISSIONS]]
        - {{pet|préparation des pâtes}}
        - {{cui|cuisson des pains et des viennoiseries}}
        - {{rec|réception et contrôle des matières premières}}
        - {{org|organisation de la fournée selon les commandes}}
        - {{gas|valorisation des invendus}} (dons, pain perdu, croûtons)
        - le {{sst_b|certificat de sauveteur secouriste}} est souhaité
        [[titre|PROFIL]] : {{aut_b|autonomie}}, [[diplome_requis|CAP Boulanger]] minimum.
        [[contrat|CDI]] [[horaires|35h]] - [[salaire|2 050 € brut]] - [[avantage|mutuelle]] - [[avantage|prime de Noël]].
      """))

offer(n=19, rome="D1102", week=10, day=3, time="12:25", emp="anon_d19", place="privas",
      intitule="Employé polyvalent / Employée polyvalente de boulangerie", app=740102, ct=contrat("CDD", 6), exp=("D", "Débutant accepté"),
      form=None, sal=("Horaire de 12.00 Euros", None), comps=[], quals=[],
      contact={"nom": "M. Ferrand", "telephone": "0475643112"},
      text=T("""
        Boulangerie-snacking située en zone commerciale de Privas recherche un(e) [[titre|employé(e) polyvalent(e) de boulangerie]].
        Tâches : {{sna1|préparation de sandwichs}}, {{sna2|cuisson des pizzas et quiches}}, {{ven|mise en valeur des produits en vitrine}}, {{cai|encaissement des clients}}, {{prap_b|manutention dans le respect des gestes et postures}}.
        {{equ_b|Esprit d'équipe}} indispensable.
        [[contrat|CDD de 6 mois]], [[horaires|temps partiel 28h]], [[salaire|12 € brut de l'heure]]. [[contact|Contact : M. Ferrand - 04 75 64 31 12]].
      """))

offer(n=20, rome="D1102", week=11, day=1, time="08:40", emp="chabert", place="romans",
      intitule="Boulanger / Boulangère - renfort fêtes", app=740101, ct=contrat("CDD", 2), exp=("S", "1 An(s)"),
      form=FORM_CAP, sal=("Mensuel de 2100.00 Euros sur 12 mois", None),
      comps=[("pog", None, "Fabrication de la pogne de Romans", "E"), ("cui", 741003, "E"), ("tab", 742092, "S")],
      quals=[], contact={"nom": "BOULANGERIE CHABERT & FILS - Mme Chabert", "telephone": "0475021866"},
      text=T("""
        Boulangerie Chabert & Fils – [[entreprise|Romans-sur-Isère depuis 1952]]
        Pour préparer les fêtes de fin d'année, nous recherchons un·e boulanger·ère.
        Vos missions : {{pog|préparation des pognes et des suisses}}, {{pet|pétrissage}}, {{cui|cuisson des pains}}, {{gas|lutte contre le gaspillage}} (dons aux associations du quartier), {{hyg|respect des normes d'hygiène}} et {{tab|relevés de température sur tablette}}.
        Vous avez {{mot_b|envie d'apprendre}} ? Rejoignez une maison familiale.
        [[contrat|CDD de 2 mois]] ([[horaires|novembre-décembre]]) - [[salaire|2 100 € brut]] - [[avantage|prime de fin de contrat]].
        📞 [[contact|Mme Chabert : 04 75 02 18 66]]
      """))

offer(n=21, rome="D1102", week=12, day=2, time="10:10", emp="anon_d21", place="vichy",
      intitule="Boulanger / Boulangère H/F", app=740101, ct=contrat("CDI"), exp=("E", "1 An(s)"),
      form=FORM_CAP, sal=("Mensuel de 1950.00 Euros sur 12 mois", "Mutuelle"),
      comps=[("pet", 741001, "E"), ("ven", 741011, "S"), ("gas", 741015, "S")], quals=[], contact=None,
      text=T("""
        [[titre|BOULANGER / BOULANGÈRE H/F – VICHY]]
        Nous sommes une boulangerie artisanale [[entreprise|installée depuis plus de 30 ans]] près des Célestins.
        Missions principales :
        — {{pet|pétrir les pâtes}}
        — {{fac|façonner les pains}}
        — {{vie|réaliser les viennoiseries}}
        — {{net|tenir le fournil propre}}
        — {{ven|conseiller la clientèle}}
        — {{gas|proposer les invendus en paniers anti-gaspi}}
        Vous êtes {{pon_b|ponctuel(le)}} : [[horaires|prise de poste à 4h]].
        [[contrat|CDI]] / [[horaires|35 heures]] / [[salaire|1 950 € brut mensuel]] / [[avantage|mutuelle d'entreprise]]. [[candidature|Merci d'adresser CV et lettre de motivation]].
      """))

# ============================ M1607 offers ================================
offer(n=22, rome="M1607", week=1, day=1, time="10:05", emp="rivoire", place="lyon3",
      intitule="Secrétaire comptable H/F", app=740113, ct=contrat("CDI"), exp=("E", "2 An(s)"),
      form=FORM_SEC, sal=("Annuel de 25000.00 Euros à 28000.00 Euros sur 12 mois", "Tickets restaurant"),
      comps=[("acc", 741101, "E"), ("cour", 741102, "E"), ("ebp", 742041, "E"), ("cla", 741105, "S")],
      quals=[("dis", 741509), ("rig_s", 741501)],
      contact={"nom": "RIVOIRE EXPERTISE - Service RH", "courriel": "rh@rivoire-expertise.fr"},
      text=T("""
        [[entreprise|Cabinet d'expertise comptable créé en 1994]], Rivoire Expertise accompagne [[entreprise|plus de 600 TPE et PME]] de la région lyonnaise avec [[entreprise|une équipe de 35 collaborateurs]].
        Nous recherchons un·e secrétaire comptable pour notre site de Lyon 3e.

        [[titre|VOS MISSIONS]]
        • {{acc|accueil physique et téléphonique}} des clients du cabinet
        • {{cour|traitement du courrier entrant et sortant}}
        • {{fact|établissement des factures d'honoraires}}
        • {{ebp|saisie des pièces dans EBP}}
        • {{rel|relance des clients en cas de retard de paiement}}
        • {{cla|classement et archivage}} des dossiers

        [[titre|PROFIL RECHERCHÉ]]
        [[diplome_requis|Bac+2 en assistanat ou comptabilité]], {{off|bonne maîtrise du Pack Office}}, {{dis|discrétion}} et {{rig_s|rigueur}}.

        Avantages : [[avantage|tickets restaurant]], [[avantage|RTT]], [[avantage|prime annuelle]], [[avantage|mutuelle prise en charge à 60 %]].
        [[contrat|CDI]] [[horaires|35h du lundi au vendredi]], [[salaire|25 à 28 k€]].
      """))

offer(n=23, rome="M1607", week=1, day=3, time="15:50", emp="anon_m02", place="valence",
      intitule="Assistant administratif / Assistante administrative", app=740112, ct=contrat("CDD", 12), exp=("S", "1 An(s)"),
      form=("35054", "Secrétariat assistanat", "Bac ou équivalent", "Bac pro Assistance à la gestion des organisations", "E"),
      sal=("Mensuel de 1950.00 Euros sur 12 mois", None), comps=[], quals=[], contact=None,
      text=T("""
        Entreprise de négoce de matériaux basée à Valence recherche un(e) assistant(e) administratif(ve) en [[contrat|CDD de 12 mois]] ([[contrat|remplacement congé maternité]]). Au sein d'une équipe de quatre personnes, vous assurerez {{acc|l'accueil téléphonique}}, {{agd|la gestion des agendas}} des commerciaux, {{red|la rédaction de courriers simples}} et {{cla|le classement des documents}}. {{off|Maîtrise de Word et Excel}} indispensable. Vous savez {{org_s|organiser votre travail et gérer les priorités}}. [[diplome_requis|Bac pro Assistance à la gestion]] ou équivalent. [[horaires|Horaires : 8h30-12h / 13h30-17h]]. [[salaire|Salaire : 1 950 € brut]].
      """))

offer(n=24, rome="M1607", week=2, day=0, time="09:30", emp="transalp", place="chambery",
      intitule="Assistant administratif export / Assistante administrative export", app=740112, ct=contrat("CDI"), exp=("E", "2 An(s)"),
      form=FORM_SEC, sal=("Mensuel de 2200.00 Euros sur 13 mois", "Tickets restaurant"),
      comps=[("ita", 742061, "E"), ("ang", 742060, "S"), ("fact", 741107, "E"), ("teams", 742050, "S")],
      quals=[], contact=None,
      text=T("""
        Transalp Logistique, [[entreprise|commissionnaire de transport franco-italien fondé en 2002]], [[entreprise|120 salariés]] entre Chambéry, Turin et Milan.
        Pour notre agence de Chambéry, nous recherchons un·e assistant·e administratif·ve export.

        Missions :
        - {{acc|accueil des chauffeurs et des visiteurs}}
        - {{cour|gestion du courrier et des envois recommandés}}
        - {{fact|facturation des prestations de transport}}
        - {{teams|visioconférences sur Microsoft Teams}} avec nos agences
        - échanges quotidiens avec nos bureaux de Turin : {{ita|italien courant indispensable}}, {{ang|anglais professionnel}} apprécié

        Vous êtes {{pol_s|polyvalent·e}} ? Rejoignez-nous.
        [[contrat|CDI]], [[horaires|39h avec RTT]], [[salaire|2 200 € brut]], [[avantage|13e mois]], [[avantage|tickets restaurant]], [[avantage|parking gratuit]].
      """))

offer(n=25, rome="M1607", week=2, day=2, time="11:15", emp="terdau", place="villefontaine",
      intitule="Secrétaire technique BTP H/F", app=740111, ct=contrat("CDI"), exp=("S", "2 An(s)"),
      form=FORM_SEC, sal=("Selon expérience", None),
      comps=[("dict", None, "Établissement des DICT", "E"), ("ao", 741114, "E"), ("red", 741103, "E"), ("off", 742094, "S")],
      quals=[], contact=None,
      text=T("""
        TERRASSEMENTS DAUPHINOIS
        [[entreprise|Entreprise familiale de travaux publics fondée en 1971]] – [[entreprise|85 salariés]] – [[entreprise|chiffre d'affaires de 14 M€]].
        Nous recherchons un(e) secrétaire technique pour notre siège de Villefontaine.

        Vos missions :
        → {{dict|établissement des DICT et déclarations de chantier}}
        → {{ao|montage des dossiers d'appels d'offres}} publics
        → {{red|rédaction des courriers}} aux maîtres d'ouvrage
        → {{cla|archivage des plans et dossiers de chantier}}
        → {{off|saisie des tableaux de suivi sur Excel}}

        Profil : [[niveau|expérience de 2 ans dans le BTP appréciée]], {{rig_s|sens de la rigueur}}.
        Avantages : [[avantage|intéressement]], [[avantage|mutuelle familiale]], [[avantage|CSE avec chèques vacances]].
        [[contrat|CDI]] - [[horaires|37h]] - [[salaire|selon expérience]].
      """))

offer(n=26, rome="M1607", week=3, day=1, time="14:00", emp="solveo", place="grenoble",
      intitule="Assistant administratif et communication / Assistante administrative et communication", app=740112,
      ct=contrat("CDD", 9), exp=("S", "1 An(s)"), form=FORM_SEC,
      sal=("Mensuel de 2000.00 Euros sur 12 mois", "Tickets restaurant"),
      comps=[("rs", 741112, "E"), ("web", 741113, "E"), ("can", 742070, "S"), ("agd", 741104, "E"), ("cr", 741110, "S")],
      quals=[("aisance", 741510)], contact=None,
      text=T("""
        Solvéo Habitat, [[entreprise|bailleur social de 9 000 logements en Isère]], recrute un·e assistant·e administratif·ve et communication.
        Rattaché·e à la direction, vous prendrez en charge :
        - {{acc|l'accueil des locataires}}
        - {{agd|la tenue de l'agenda du directeur}}
        - {{reu|la préparation des réunions du conseil}}
        - {{cr|la rédaction des comptes rendus}}
        - {{rs|l'animation des réseaux sociaux (LinkedIn, Facebook)}}
        - {{web|la mise à jour du site internet}}
        - {{can|la création de visuels sur Canva}}
        - {{nl|la rédaction de la newsletter}} mensuelle
        Vous avez {{aisance|le sens du contact}}.
        [[contrat|CDD de 9 mois]], [[horaires|35h]], [[avantage|télétravail 1 jour par semaine]], [[salaire|2 000 € brut mensuel]], [[avantage|tickets restaurant]], [[avantage|prise en charge à 75 % des transports]].
      """))

offer(n=27, rome="M1607", week=3, day=4, time="09:05", emp="clinvet", place="clermont",
      intitule="Secrétaire H/F", app=740111, ct=contrat("CDI"), exp=("D", "Débutant accepté"),
      form=None, sal=("Mensuel de 1750.00 Euros sur 12 mois", "Mutuelle"), comps=[], quals=[],
      contact={"nom": "Dr Bastide", "telephone": "0473265580"},
      text=T("""
        La Clinique vétérinaire des Volcans ([[entreprise|6 vétérinaires, 14 salariés]]) recherche un·e secrétaire.
        {{acc|Accueil des propriétaires et de leurs animaux}}, {{agd|prise de rendez-vous}}, {{fact|facturation des actes}} et {{cla|classement des dossiers}} : vous êtes le premier visage de la clinique.
        {{orth|Excellente orthographe}} exigée. {{sst_s|Formation SST}} appréciée. Vous êtes {{aut_s|autonome}} et avez {{aisance|le sens du contact}}.
        [[contrat|CDI]] [[horaires|30h]] - [[horaires|un samedi matin sur deux]] - [[salaire|1 750 € brut]] - [[avantage|mutuelle]]. [[contact|Contact : Dr Bastide - 04 73 26 55 80]]
      """))

offer(n=28, rome="M1607", week=4, day=1, time="10:40", emp="anon_m07", place="aurillac",
      intitule="Secrétaire", app=740111, ct=contrat("CDI"), exp=("E", "1 An(s)"),
      form=("35054", "Secrétariat assistanat", "Bac+2 ou équivalents", "BTS Support à l'action managériale", "S"),
      sal=("Mensuel de 1800.00 Euros sur 13 mois", None), comps=[], quals=[], contact=None,
      text=T("""
        Office notarial à Aurillac recherche un(e) secrétaire.
        Au quotidien : {{cour|enregistrement du courrier}}, {{red|rédaction de courriers et d'actes courants}}, {{off|mise en forme de documents sous Word}} et {{rh|suivi des congés et absences du personnel}}. {{orth|Maîtrise de l'orthographe}} indispensable, {{dis|discrétion absolue}} exigée. Le poste comprend le {{prap_s|port de cartons d'archives}}.
        [[diplome_requis|BTS SAM ou équivalent]]. [[contrat|CDI]], [[horaires|35h]], [[salaire|SMIC + prime]], [[avantage|13e mois]].
      """))

offer(n=29, rome="M1607", week=4, day=3, time="13:20", emp="interlignes", place="annecy",
      intitule="Assistant administratif / Assistante administrative (H/F)", app=740112, ct=contrat("MIS", 6), exp=("E", "2 An(s)"),
      form=FORM_SEC, sal=("Mensuel de 2300.00 Euros sur 13 mois", None),
      comps=[("agd", 741104, "E"), ("ang", 742060, "E"), ("ita", 742061, "S"), ("fou", 741111, "S")],
      quals=[("pol_s", 741511)],
      contact={"nom": "INTERLIGNES RH - Agence d'Annecy", "telephone": "0450456712", "courriel": "annecy@interlignes-rh.fr"},
      text=T("""
        Interlignes RH, [[entreprise|cabinet de recrutement et de travail temporaire implanté en Haute-Savoie depuis 2005]], recherche pour son client, un fabricant de composants de décolletage (Annecy, [[entreprise|200 salariés]]), un·e assistant·e administratif·ve.
        Vous êtes chargé·e de : {{agd|la gestion des agendas de la direction}}, {{reu|l'organisation des déplacements}} en Italie et en Allemagne, {{teams|la maîtrise de Microsoft Teams}}, {{fou|la commande des fournitures}} et {{cour|le traitement du courrier}}.
        Langues : {{ang|anglais courant}} exigé, {{ita|notions d'italien}} appréciées.
        Vous êtes {{pol_s|polyvalent(e)}}.
        [[contrat|Intérim de 6 mois]] en vue d'embauche, [[salaire|2 300 € brut]], [[avantage|13e mois]]. [[candidature|Postulez directement sur notre site]].
      """))

offer(n=30, rome="M1607", week=5, day=0, time="08:50", emp="menbres", place="bourg",
      intitule="Assistant administratif et commercial / Assistante administrative et commerciale", app=740112,
      ct=contrat("CDI"), exp=("S", "1 An(s)"), form=FORM_SEC,
      sal=("Annuel de 24000.00 Euros sur 12 mois", "Intéressement"), comps=[], quals=[], contact=None,
      text=T("""
        Menuiseries Bressanes [[entreprise|conçoit et pose des fenêtres bois et alu depuis 1989]].
        Nous recherchons un·e assistant·e administratif·ve et commercial·e.
        Vos missions : {{acc|accueil téléphonique des clients}}, {{fact|établissement des devis et factures}}, {{ebp|saisie dans le logiciel EBP Gestion Commerciale}}, {{rel|suivi des règlements et relances}}, {{fe|passage à la facturation électronique}} (réforme 2026), {{red|rédaction de courriers clients}}.
        Le {{sst_s|certificat de Sauveteur Secouriste du Travail}} serait un plus. Nous recherchons une personne {{pol_s|polyvalente}}.
        [[contrat|CDI]] [[horaires|35h]] [[salaire|24 k€ brut annuel]] [[avantage|prime d'intéressement]].
      """))

offer(n=31, rome="M1607", week=6, day=2, time="11:30", emp="rivoire", place="lyon3",
      intitule="Assistant administratif pôle social / Assistante administrative pôle social", app=740112,
      ct=contrat("CDI"), exp=("E", "2 An(s)"),
      form=FORM_SEC4, sal=("Annuel de 26000.00 Euros sur 12 mois", "Tickets restaurant"),
      comps=[("rh", 741108, "E"), ("ebp", 742041, "E"), ("fe", 742080, "S"), ("ia", 741115, "S")],
      quals=[], contact={"nom": "RIVOIRE EXPERTISE - Service RH", "courriel": "rh@rivoire-expertise.fr"},
      text=T("""
        Rivoire Expertise recrute un·e assistant·e administratif·ve pour son pôle social.
        [[entreprise|Cabinet indépendant depuis 1994]], nous plaçons l'humain au cœur de notre métier.
        Vos missions :
        - {{rh|gestion administrative du personnel (contrats, DPAE, absences)}} de nos clients
        - {{ebp|utilisation du logiciel EBP}}
        - {{fe|accompagnement des clients vers la facturation électronique}}
        - {{cla|archivage numérique des dossiers}}
        - {{ia|utilisation d'outils d'IA générative pour la préparation des synthèses}}
        {{dis|Discrétion}} et {{rig_s|rigueur}} indispensables. [[diplome_requis|BTS Gestion de la PME]] ou [[diplome_requis|titre professionnel Secrétaire assistant]] apprécié.
        [[contrat|CDI]], [[horaires|35h]], [[avantage|2 jours de télétravail]], [[avantage|tickets restaurant]], [[salaire|26 k€]].
      """))

offer(n=32, rome="M1607", week=7, day=0, time="09:10", emp="terdau", place="villefontaine",
      intitule="Assistant d'exploitation / Assistante d'exploitation", app=740112, ct=contrat("CDI"), exp=("S", "1 An(s)"),
      form=None, sal=("Mensuel de 2150.00 Euros sur 12 mois", None), comps=[], quals=[],
      contact={"nom": "TERRASSEMENTS DAUPHINOIS - RH", "courriel": "rh@terrassements-dauphinois.fr"},
      text=T("""
        Terrassements Dauphinois ([[entreprise|85 salariés, travaux publics]]) renforce son service administratif.
        Poste : assistant·e d'exploitation
        - {{dict|rédaction des DICT et suivi des autorisations de voirie}}
        - {{ao|préparation des réponses aux appels d'offres}}
        - {{reu|organisation des réunions de chantier}}
        - {{cr|rédaction des comptes rendus}}
        Vous savez {{org_s|gérer les priorités}}.
        [[contrat|CDI]] [[horaires|39h]] [[avantage|RTT]] [[avantage|prime de fin d'année]]. [[candidature|Envoyez votre candidature]] à [[contact|rh@terrassements-dauphinois.fr]].
      """))

offer(n=33, rome="M1607", week=7, day=3, time="14:45", emp="transalp", place="chambery",
      intitule="Assistant administratif / Assistante administrative", app=740112, ct=contrat("CDI"), exp=("E", "1 An(s)"),
      form=FORM_SEC, sal=("Mensuel de 2250.00 Euros sur 13 mois", "Participation"),
      comps=[("ita", 742061, "E"), ("teams", 742050, "S"), ("ia", 741115, "S")], quals=[], contact=None,
      text=T("""
        Transalp Logistique recrute un·e assistant·e administratif·ve pour son agence de Chambéry.
        [[titre|VOS MISSIONS]] : {{ita|échanges en italien}} avec nos partenaires de Turin, {{ang|correspondance en anglais}}, {{teams|réunions à distance sur Teams}}, {{cour|affranchissement et envoi du courrier}}, {{fou|gestion des stocks de fournitures}}, {{ia|utilisation d'outils d'IA (Copilot, ChatGPT)}}.
        Vous avez {{aisance|une bonne aisance relationnelle}}.
        [[contrat|CDI]] - [[horaires|35h]] - [[salaire|2 250 € brut]] - [[avantage|13e mois]] - [[avantage|participation]].
      """))

offer(n=34, rome="M1607", week=8, day=1, time="10:20", emp="jardins", place="stetienne",
      intitule="Assistant administratif et communication / Assistante administrative et communication", app=740112,
      ct=contrat("CDD", 12), exp=("D", "Débutant accepté"), form=None,
      sal=("Horaire de 11.88 Euros", "Chèques déjeuner"), comps=[], quals=[], contact=None,
      text=T("""
        L'association Les Jardins du Forez ([[entreprise|chantier d'insertion créé en 1998]], [[entreprise|60 salariés en parcours]]) recherche son assistant·e administratif·ve et communication.
        Vos missions :
        ✔ {{acc|accueil du public et des partenaires}}
        ✔ {{cr|rédaction des comptes rendus de réunion}}
        ✔ {{rs|publication sur les réseaux sociaux}}
        ✔ {{web|mise à jour du site WordPress}}
        ✔ {{can|réalisation d'affiches avec Canva}}
        ✔ {{nl|envoi de la lettre d'information}}
        ✔ {{off|suivi des tableaux Excel}}
        Vous êtes {{pol_s|polyvalent·e}} et partagez nos valeurs.
        [[contrat|CDD de 12 mois]] - [[contrat|contrat aidé PEC possible]] - [[horaires|26h par semaine]] - [[salaire|SMIC horaire]] - [[avantage|chèques déjeuner]].
      """))

offer(n=35, rome="M1607", week=8, day=3, time="16:05", emp="anon_m14", place="lepuy",
      intitule="Secrétaire polyvalent / polyvalente", app=740114, ct=contrat("CDI"), exp=("S", "1 An(s)"),
      form=None, sal=("Selon profil", None),
      comps=[("acc", 741101, "E"), ("orth", 741116, "E"), ("rh", 741108, "S")],
      quals=[("aut_s", 741503)], contact=None,
      text=T("""
        Entreprise de plomberie-chauffage du bassin du Puy-en-Velay, [[entreprise|spécialisée dans l'installation de pompes à chaleur]] ([[entreprise|25 salariés]]), recherche son ou sa secrétaire : {{acc|accueil des appels clients}}, {{agd|planification des interventions des techniciens}}, {{red|rédaction de courriers}}, {{rh|suivi des absences}}, {{orth|orthographe irréprochable}}. Le poste comprend le {{prap_s|port de cartons d'archives en respectant les gestes et postures}}. Vous êtes {{aut_s|autonome}}. [[contrat|CDI]] [[horaires|temps partiel 24h]] [[salaire|selon profil]].
      """))

offer(n=36, rome="M1607", week=9, day=1, time="09:35", emp="solveo", place="grenoble",
      intitule="Chargé d'assistanat et de communication interne / Chargée d'assistanat et de communication interne", app=740112,
      ct=contrat("CDI"), exp=("E", "2 An(s)"), form=FORM_SEC,
      sal=("Mensuel de 2100.00 Euros à 2300.00 Euros sur 12 mois", "Tickets restaurant"), comps=[], quals=[], contact=None,
      text=T("""
        Solvéo Habitat recrute à nouveau ! Poste : chargé·e d'assistanat et de communication interne ([[contrat|CDI]]).
        Vos missions principales : {{reu|l'organisation des séminaires et réunions}}, {{cr|la prise de notes et les comptes rendus}}, {{rs|la gestion des réseaux sociaux}}, {{web|l'actualisation du site internet}}, {{nl|la conception de la newsletter}} et {{ia|l'usage raisonné des outils d'intelligence artificielle}}.
        Nous attendons de la {{rig_s|rigueur}}.
        [[salaire|2 100 à 2 300 € brut]], [[avantage|télétravail partiel]], [[avantage|tickets restaurant]], [[avantage|prime de vacances]]. [[candidature|Candidature via notre site carrières]].
      """))

offer(n=37, rome="M1607", week=9, day=4, time="11:55", emp="interlignes", place="roanne",
      intitule="Assistant administratif / Assistante administrative", app=740112, ct=contrat("CDD", 6), exp=("S", "1 An(s)"),
      form=FORM_SEC, sal=("Horaire de 12.30 Euros", "Indemnités de fin de contrat"),
      comps=[("fact", 741107, "E"), ("rel", 741109, "E"), ("ao", 741114, "S"), ("fe", None, "Facturation électronique", "S")],
      quals=[], contact=None,
      text=T("""
        Interlignes RH recrute pour son client, une entreprise de propreté de Roanne ([[entreprise|120 salariés]]), un·e assistant·e administratif·ve.
        Missions : {{fact|édition des factures}}, {{rel|relance des impayés}}, {{fe|dépôt des factures sur la plateforme de facturation électronique}}, {{ao|constitution des dossiers de candidature aux marchés publics}}, {{off|reporting sur Excel}}, {{ia|utilisation de ChatGPT pour les premiers jets}}.
        Vous savez {{org_s|prioriser vos tâches}}.
        [[contrat|CDD de 6 mois]], [[salaire|taux horaire 12,30 €]] + [[avantage|IFM et ICP]].
      """))

offer(n=38, rome="M1607", week=10, day=1, time="10:00", emp="arveo", place="annecy",
      intitule="Assistant de formation / Assistante de formation", app=740112, ct=contrat("CDI"), exp=("S", "1 An(s)"),
      form=FORM_SEC, sal=("Annuel de 25000.00 Euros sur 12 mois", "Mutuelle"), comps=[], quals=[], contact=None,
      text=T("""
        Arvéo Conseil, [[entreprise|organisme de formation certifié Qualiopi créé en 2010]], [[entreprise|accompagne les entreprises des deux Savoie dans le développement des compétences de leurs équipes]].
        Nous recherchons un·e assistant·e de formation.
        Vos missions :
        - {{agd|gestion du planning des formateurs}}
        - {{reu|organisation logistique des sessions}} et des salles
        - {{teams|animation technique des classes virtuelles sur Teams}}
        - {{cr|rédaction des bilans de session}}
        - {{ao|réponse aux appels d'offres de formation}}
        - {{ia|utilisation d'outils d'IA générative pour les supports}}
        - {{can|création de supports visuels sur Canva}}
        {{ang|Anglais lu et écrit}}, {{dis|grande discrétion}}.
        [[contrat|CDI]] [[horaires|35h]] [[avantage|télétravail possible]] [[salaire|25 k€]] [[avantage|mutuelle]].
      """))

offer(n=39, rome="M1607", week=10, day=4, time="15:15", emp="terdau", place="villefontaine",
      intitule="Assistant administratif / Assistante administrative", app=740112, ct=contrat("CDI"), exp=("S", "1 An(s)"),
      form=None, sal=("Mensuel de 2150.00 Euros sur 12 mois", "Intéressement"),
      comps=[("dict", None, "Gestion des DICT", "E"), ("ao", 741114, "E"), ("sst_s", 742090, "S")],
      quals=[("rig_s", 741501)], contact=None,
      text=T("""
        Poste d'assistant·e administratif·ve – Terrassements Dauphinois (Villefontaine). [[entreprise|Entreprise familiale depuis 1971]].
        Vous assurez {{dict|la gestion des DICT}}, {{ao|le suivi des appels d'offres}}, {{fe|la facturation électronique des situations de travaux}} et {{cla|le classement des dossiers de chantier}}. {{sst_s|SST}} souhaité. Vous êtes {{rig_s|rigoureux·se}}.
        [[contrat|CDI]] – [[horaires|37h]] – [[salaire|2 150 € brut]] – [[avantage|intéressement]].
      """))

offer(n=40, rome="M1607", week=11, day=1, time="08:45", emp="anon_m19", place="annonay",
      intitule="Secrétaire H/F", app=740111, ct=contrat("CDI"), exp=("S", "1 An(s)"),
      form=None, sal=("Mensuel de 1900.00 Euros sur 12 mois", "Mutuelle"), comps=[], quals=[], contact=None,
      text=T("""
        [[titre|Secrétaire H/F — Annonay]] ([[contrat|CDI]])
        PME industrielle du nord Ardèche ([[entreprise|mégisserie, 45 salariés]]).
        Vous assurez {{acc|l'accueil physique et téléphonique}}, {{cour|le traitement du courrier}}, {{red|la rédaction de documents administratifs}} et {{fou|le réapprovisionnement des fournitures}}. {{off|La maîtrise des outils bureautiques}} est nécessaire et {{ia|la pratique des assistants d'IA}} est un plus. Vous êtes {{aut_s|autonome}}.
        [[horaires|Du lundi au vendredi, 8h-16h]] - [[salaire|1 900 € brut]] - [[avantage|mutuelle]] - [[avantage|prime de transport]].
      """))

offer(n=41, rome="M1607", week=12, day=1, time="13:40", emp="anon_m20", place="montlucon",
      intitule="Secrétaire", app=740111, ct=contrat("CDI"), exp=("S", "1 An(s)"),
      form=None, sal=("Selon convention collective", None), comps=[], quals=[], contact=None,
      text=T("""
        Association d'aide à domicile de l'Allier ([[entreprise|300 salariés]]) recrute un·e secrétaire.
        [[titre|VOS MISSIONS]] : {{agd|gestion des plannings des intervenant·es}}, {{rh|préparation des dossiers du personnel}}, {{cour|tri du courrier}}, {{off|utilisation quotidienne de Word et Excel}}, {{ia|usage d'outils d'IA pour rédiger}}.
        [[titre|PROFIL]] : {{orth|bonne orthographe}}, {{pol_s|polyvalence}}. Le poste implique des {{prap_s|gestes et postures adaptés au travail sur écran}}.
        [[contrat|CDI]] [[horaires|35h]] [[salaire|selon la convention collective BAD]] [[avantage|indemnités kilométriques]].
      """))

# ---------------------------------------------------------------------------
HEADINGS = ["Missions :", "Vos missions :", "Profil :", "Avantages :", "Rémunération :", "Package :", "Nous offrons :",
            "Au programme :", "Ce que vous ferez :", "Ce que nous attendons :", "Ce que nous offrons :",
            "Vos responsabilités :", "Missions principales :", "Tâches :", "Poste :", "Fabrication :", "Vente :",
            "Anti-gaspi :", "Hygiène :", "Langues :", "Au quotidien :", "Vos missions principales :",
            "Vous prendrez en charge :", "Votre rôle au quotidien :", "vous prendrez en charge :", "vous assurez :"]
MARK = re.compile(r"\{\{([a-z0-9_]+)\|([^{}]+?)\}\}|\[\[([a-z_]+)\|([^\[\]]+?)\]\]")
LET = "ABCDEFGHJKLMNPQRSTUVWXYZ"
START = dt.datetime(2026, 9, 7)


def offer_id(n):
    return "D%05d%s" % (n, LET[(n * 7) % 24])


def parse(text):
    """Return clean text, [(skill_key, phrase)], [(kind, phrase)]."""
    sk, ns = [], []

    def rep(m):
        if m.group(1):
            sk.append((m.group(1), m.group(2)))
            return m.group(2)
        ns.append((m.group(3), m.group(4)))
        return m.group(4)

    clean = MARK.sub(rep, text)
    if "{{" in clean or "[[" in clean or "}}" in clean or "]]" in clean:
        raise SystemExit("stray markup: " + clean[:200])
    return clean, sk, ns


def build():
    index_statements()
    write_rome()
    write_rncp()

    skill_phr = {s["k"]: [] for s in SKILLS}
    skill_off = {s["k"]: [] for s in SKILLS}
    skill_emp = {s["k"]: set() for s in SKILLS}
    ns_map = {}
    results = {"D1102": [], "M1607": []}
    emp_by_rome = {"D1102": set(), "M1607": set()}

    for o in OFFERS:
        oid = offer_id(o["n"])
        clean, sk, ns = parse(o["text"])
        created = START + dt.timedelta(days=7 * (o["week"] - 1) + o["day"])
        hh, mm = map(int, o["time"].split(":"))
        created = created.replace(hour=hh, minute=mm)
        updated = created + dt.timedelta(days=(o["n"] % 4), hours=2)
        emp = o["emp"]
        emp_by_rome[o["rome"]].add(emp)

        def add(k, phrase):
            s = SK[k]
            if s["rome"] != o["rome"]:
                raise SystemExit("skill %s used in offer of other rome %s" % (k, oid))
            if phrase not in skill_phr[k]:
                skill_phr[k].append(phrase)
            if oid not in skill_off[k]:
                skill_off[k].append(oid)
            skill_emp[k].add(emp)

        for k, p in sk:
            add(k, p)
        comps = []
        for k, code, *rest in o["comps"]:
            if code is None:
                lab, ex = rest
                comps.append({"libelle": lab, "exigence": ex})
            else:
                lab, ex = item_label(code), rest[0]
                comps.append({"code": str(code), "libelle": lab, "exigence": ex})
            add(k, lab)
        quals = []
        for k, code in o["quals"]:
            lab = item_label(code)
            quals.append({"libelle": lab, "description": COMP[code][3]})
            add(k, lab)
        for kind, p in ns:
            ns_map.setdefault((p, kind), [])
            if oid not in ns_map[(p, kind)]:
                ns_map[(p, kind)].append(oid)

        pl = PLACES[o["place"]]
        nom, edesc = EMPLOYERS[emp]
        ent = {"entrepriseAdaptee": False}
        if nom:
            ent["nom"] = nom
        if edesc:
            ent["description"] = edesc
        rec = {
            "id": oid,
            "intitule": o["intitule"],
            "description": clean,
            "dateCreation": created.strftime("%Y-%m-%dT%H:%M:00.000Z"),
            "dateActualisation": updated.strftime("%Y-%m-%dT%H:%M:00.000Z"),
            "lieuTravail": {"libelle": pl[0], "latitude": pl[3], "longitude": pl[4], "codePostal": pl[1], "commune": pl[2]},
            "romeCode": o["rome"],
            "romeLibelle": ROME_LIB[o["rome"]],
            "appellationlibelle": APPEL[o["app"]],
            "entreprise": ent,
            "typeContrat": o["ct"][0],
            "typeContratLibelle": o["ct"][1],
            "natureContrat": "Contrat travail",
            "experienceExige": o["exp"][0],
            "experienceLibelle": o["exp"][1],
        }
        if o["form"]:
            f = o["form"]
            fd = {"codeFormation": f[0], "domaineLibelle": f[1], "niveauLibelle": f[2], "exigence": f[4]}
            if f[3]:
                fd["commentaire"] = f[3]
            rec["formations"] = [fd]
        if comps:
            rec["competences"] = comps
        if quals:
            rec["qualitesProfessionnelles"] = quals
        sal = {"libelle": o["sal"][0]}
        if o["sal"][1]:
            sal["complement1"] = o["sal"][1]
        rec["salaire"] = sal
        if o["contact"]:
            rec["contact"] = dict(o["contact"])
        rec["alternance"] = False
        rec["nombrePostes"] = 1
        rec["accessibleTH"] = False
        rec["codeNAF"] = "10.71C" if o["rome"] == "D1102" else ""
        if not rec["codeNAF"]:
            del rec["codeNAF"]
        rec["origineOffre"] = {"origine": "1", "urlOrigine": "https://candidat.francetravail.fr/offres/recherche/detail/" + oid}
        results[o["rome"]].append(rec)

    d = os.path.join(HERE, "offres")
    os.makedirs(d, exist_ok=True)
    for rome, fname in (("D1102", "offres-D1102-boulangerie.json"), ("M1607", "offres-M1607-secretariat.json")):
        with open(os.path.join(d, fname), "w", encoding="utf-8") as fh:
            json.dump({"resultats": results[rome], "filtresPossibles": []}, fh, ensure_ascii=False, indent=1)

    # ---- truth ----
    n_emp = {r: len(v) for r, v in emp_by_rome.items()}
    skills_out = []
    counters = {"D1102": 0, "M1607": 0}
    seq = 0
    for s in SKILLS:
        seq += 1
        k = s["k"]
        if not skill_off[k]:
            raise SystemExit("skill %s never used" % k)
        ne = len(skill_emp[k])
        if s.get("breadth"):
            breadth = s["breadth"]
        elif ne == 1:
            breadth = "singulier"
        elif ne >= 0.4 * n_emp[s["rome"]]:
            breadth = "general"
        else:
            breadth = "particulier"
        cov = {}
        fam = s.get("family")
        used_family = None
        for cert, spec in s.get("cov", {}).items():
            v = spec[0]
            if v in ("nouveau", "nouveau_bloc"):
                cov[cert] = {"value": v}
                continue
            st = STMT[spec[1]]
            assert st["cert"] == cert, (k, cert, spec)
            e = {"value": v, "statement": st["text"]}
            if st["block_code"]:
                e["block_code"] = st["block_code"]
            if v == "faible":
                e["where"] = st["where"]
            if v == "elongation":
                oi, ci = spec[2], spec[3]
                assert SAV[oi][3] == SAV[ci][3] == fam, (k, oi, ci, fam)
                e["offer_item"] = SAV[oi][1]
                e["certification_item"] = SAV[ci][1]
                used_family = fam
            cov[cert] = e
        skills_out.append({
            "id": "%s-S%02d" % (PART, seq),
            "label": s["label"],
            "rome_code": s["rome"],
            "is_savoir_etre": bool(s.get("se")),
            "phrasings": skill_phr[k],
            "offers": sorted(skill_off[k]),
            "coverage": cov,
            "elongation_family": used_family,
            "new_block_group": s.get("group"),
            "breadth": breadth,
            "trend": s.get("trend", "stable"),
            "n_employers": ne,
        })
    # headings written without markup, and not-skill phrases repeated without markup in other offers
    all_recs = {r["id"]: r for rr in results.values() for r in rr}
    for oid, r in all_recs.items():
        for h in HEADINGS:
            if h in r["description"]:
                ns_map.setdefault((h, "titre"), [])
                if oid not in ns_map[(h, "titre")]:
                    ns_map[(h, "titre")].append(oid)
    for (t, kind), offs in ns_map.items():
        if len(t) < 3:
            continue
        pat = re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)")
        for oid, r in all_recs.items():
            if oid not in offs and pat.search(r["description"]):
                offs.append(oid)
    not_skills = [{"text": t, "kind": kind, "offers": sorted(offs)} for (t, kind), offs in sorted(ns_map.items(), key=lambda x: (x[0][1], x[0][0]))]
    truth = {
        "part": PART,
        "region": "84",
        "main_fiches": ["D1102", "M1607"],
        "certifications": {c["num"]: {"title": c["title"], "rome_codes": c["romes"]} for c in CERTS},
        "skills": skills_out,
        "not_skills": not_skills,
        "notes": {
            "breadth_rule": "transversal as planted; otherwise singulier = 1 employer, general = asked by >= 40% of the fiche's distinct employers (each anonymous offer counted as its own employer), particulier otherwise",
            "employers_per_fiche": n_emp,
            "elongation_extra_keys": "coverage entries of value elongation carry offer_item / certification_item (savoir labels of the ROME excerpt)",
            "faible_where": "LISTE_COMPETENCES (block_code given), ACTIVITES_VISEES, CAPACITES_ATTESTEES or MODALITES_EVALUATION (block_code given)",
        },
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    print("offers:", {r: len(v) for r, v in results.items()}, "employers:", n_emp,
          "skills:", len(skills_out), "not_skills:", len(not_skills))


if __name__ == "__main__":
    build()
