#!/usr/bin/env python3
"""Blind evaluation data, part B: I1604 (mécanicien automobile) and I1309 (électricien de maintenance
industrielle). Deterministic, standard library only. Everything here is fictitious.

Offer texts are written with inline markup:
  [S:KEY|text]   a mention of skill KEY (text becomes a phrasing)
  [N:kind|text]  a non-skill phrase (benefit, contract, heading...)
The markup is stripped from the published description and recorded in truth.json.
"""
import csv
import json
import os
import re
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "B"

# ---------------------------------------------------------------------------------------------
# 1. ROME excerpt
# ---------------------------------------------------------------------------------------------
FICHES = [
    # code_rome, code_fiche_metier, code_ogr, libelle, t_eco, t_num, t_demo, reglemente, cadre, parent
    ("I1604", "I1604", "720001", "Mécanicien / Mécanicienne automobile", "Emploi stratégique pour la transition écologique", "", "", "Non", "Non", ""),
    ("I1309", "I1309", "720002", "Électricien / Électricienne de maintenance industrielle", "Emploi stratégique pour la transition écologique", "Emploi stratégique pour la transition numérique", "", "Non", "Non", ""),
    ("I1606", "I1606", "720003", "Carrossier / Carrossière automobile", "", "", "", "Non", "Non", ""),
    ("I1603", "I1603", "720004", "Mécanicien / Mécanicienne d'engins de chantier, de levage et de manutention", "", "", "", "Non", "Non", ""),
    ("I1304", "I1304", "720005", "Technicien / Technicienne de maintenance industrielle", "Emploi stratégique pour la transition écologique", "Emploi stratégique pour la transition numérique", "", "Non", "Non", ""),
    ("I1310", "I1310", "720006", "Mécanicien / Mécanicienne de maintenance industrielle", "", "", "", "Non", "Non", ""),
]

APPELLATIONS = [
    ("720101", "Mécanicien / Mécanicienne automobile", "Mécanicien / Mécanicienne automobile", "I1604", "Standard", "", "Non"),
    ("720102", "Mécanicien réparateur / Mécanicienne réparatrice automobile", "Mécanicien réparateur / réparatrice auto", "I1604", "Standard", "", "Non"),
    ("720103", "Technicien / Technicienne de maintenance automobile", "Technicien / Technicienne maintenance auto", "I1604", "Standard", "", "Non"),
    ("720104", "Mécanicien / Mécanicienne de véhicules anciens", "Mécanicien / Mécanicienne véhicules anciens", "I1604", "Synonyme", "", "Oui"),
    ("720111", "Électricien / Électricienne de maintenance industrielle", "Électricien / Électricienne de maintenance", "I1309", "Standard", "", "Non"),
    ("720112", "Électrotechnicien / Électrotechnicienne de maintenance", "Électrotechnicien / Électrotechnicienne", "I1309", "Standard", "", "Non"),
    ("720113", "Électricien / Électricienne de maintenance des remontées mécaniques", "Électricien / Électricienne remontées mécaniques", "I1309", "Synonyme", "", "Oui"),
    ("720121", "Carrossier / Carrossière automobile", "Carrossier / Carrossière", "I1606", "Standard", "", "Non"),
    ("720122", "Carrossier-peintre / Carrossière-peintre automobile", "Carrossier-peintre / Carrossière-peintre", "I1606", "Standard", "", "Non"),
    ("720131", "Mécanicien / Mécanicienne d'engins de chantier", "Mécanicien / Mécanicienne engins de chantier", "I1603", "Standard", "", "Non"),
    ("720132", "Mécanicien / Mécanicienne de chariots élévateurs", "Mécanicien / Mécanicienne chariots élévateurs", "I1603", "Standard", "", "Non"),
    ("720141", "Technicien / Technicienne de maintenance industrielle", "Technicien / Technicienne de maintenance", "I1304", "Standard", "", "Non"),
    ("720142", "Technicien / Technicienne de maintenance en automatismes", "Technicien / Technicienne maintenance automatismes", "I1304", "Standard", "", "Non"),
    ("720151", "Mécanicien / Mécanicienne de maintenance industrielle", "Mécanicien / Mécanicienne de maintenance", "I1310", "Standard", "", "Non"),
    ("720152", "Ajusteur-monteur / Ajusteuse-monteuse de maintenance", "Ajusteur-monteur / Ajusteuse-monteuse", "I1310", "Synonyme", "", "Oui"),
]

# macro-competences: code_ogr_macro_comp, code_macro_comp
MACRO = {
    "entretien_auto": ("723001", "723501"), "diag_auto": ("723002", "723502"),
    "relation": ("723003", "723503"), "ve": ("723004", "723504"), "elec_ind": ("723005", "723505"),
    "autom": ("723006", "723506"), "energie": ("723007", "723507"), "transverse": ("723008", "723508"),
    "se": ("723009", "723509"), "carrosserie": ("723010", "723510"), "engins": ("723011", "723511"),
    "meca_ind": ("723012", "723512"),
}

# code_ogr, libelle, definition, macro, sous_cat, t_eco, t_num
SF = [
    ("721001", "Effectuer l'entretien périodique d'un véhicule", "Réaliser les opérations de maintenance prévues au plan d'entretien du constructeur.", "entretien_auto", "Maintenance de véhicules", "", ""),
    ("721002", "Diagnostiquer une panne sur un véhicule", "Rechercher l'origine d'un dysfonctionnement mécanique, électrique ou électronique.", "diag_auto", "Diagnostic de véhicules", "", "Oui"),
    ("721003", "Remplacer les éléments du système de freinage", "Changer les pièces d'usure du freinage et contrôler le circuit.", "entretien_auto", "Maintenance de véhicules", "", ""),
    ("721004", "Changer une courroie de distribution", "Remplacer les éléments de distribution du moteur en respectant le calage.", "entretien_auto", "Maintenance de véhicules", "", ""),
    ("721005", "Monter et équilibrer des pneumatiques", "Monter les pneus sur jante et équilibrer les roues.", "entretien_auto", "Maintenance de véhicules", "", ""),
    ("721006", "Remplacer un embrayage", "Déposer et reposer l'embrayage et ses éléments.", "entretien_auto", "Maintenance de véhicules", "", ""),
    ("721007", "Restituer le véhicule au client et expliquer les travaux réalisés", "Accueillir le client, lui remettre son véhicule et lui présenter l'intervention.", "relation", "Relation client", "", ""),
    ("721008", "Contrôler les circuits électriques d'un véhicule", "Vérifier les circuits de charge, de démarrage et d'éclairage.", "diag_auto", "Électricité automobile", "", ""),
    ("721009", "Régler la géométrie des trains roulants", "Contrôler et régler le parallélisme et les angles des trains roulants.", "entretien_auto", "Maintenance de véhicules", "", ""),
    ("721010", "Établir un devis ou un ordre de réparation", "Chiffrer une intervention et renseigner l'ordre de réparation.", "relation", "Gestion administrative de l'atelier", "", ""),
    ("721011", "Préparer un véhicule au contrôle technique", "Vérifier les points de contrôle réglementaires avant passage au contrôle technique.", "entretien_auto", "Maintenance de véhicules", "", ""),
    ("721012", "Calibrer les systèmes d'aide à la conduite (ADAS)", "Étalonner caméras et radars des aides à la conduite après intervention.", "diag_auto", "Diagnostic de véhicules", "", "Oui"),
    ("721013", "Mettre à jour les logiciels des calculateurs embarqués", "Reprogrammer ou coder les calculateurs d'un véhicule.", "diag_auto", "Diagnostic de véhicules", "", "Oui"),
    ("721014", "Intervenir sur les systèmes de dépollution", "Entretenir et remplacer les éléments de dépollution des gaz d'échappement.", "entretien_auto", "Maintenance de véhicules", "Oui", ""),
    ("721015", "Entretenir une boîte de vitesses automatique", "Vidanger et contrôler les boîtes de vitesses automatiques.", "entretien_auto", "Maintenance de véhicules", "", ""),
    ("721016", "Mettre en sécurité un véhicule électrique ou hybride", "Consigner le réseau haute tension d'un véhicule électrifié avant intervention.", "ve", "Véhicules électrifiés", "Oui", ""),
    ("721017", "Contrôler l'état d'une batterie de traction", "Évaluer l'état de santé d'une batterie haute tension.", "ve", "Véhicules électrifiés", "Oui", ""),
    ("721018", "Régler un carburateur", "Remettre en état et régler un carburateur.", "entretien_auto", "Maintenance de véhicules", "", ""),
    ("721019", "Intervenir sur une chaîne de traction électrique", "Remplacer les composants de la chaîne de traction d'un véhicule électrifié.", "ve", "Véhicules électrifiés", "Oui", ""),
    ("721020", "Renseigner des documents sur support numérique", "Compléter des fiches et comptes rendus sur ordinateur ou tablette.", "transverse", "Communication écrite", "", "Oui"),
    # I1309
    ("721201", "Diagnostiquer une panne sur un équipement électrique industriel", "Rechercher l'origine d'une panne électrique sur un équipement de production.", "elec_ind", "Maintenance électrique", "", ""),
    ("721202", "Lire et interpréter un schéma électrique", "Exploiter les schémas et plans électriques d'un équipement.", "elec_ind", "Maintenance électrique", "", ""),
    ("721203", "Câbler une armoire électrique", "Réaliser le câblage et le raccordement d'une armoire électrique.", "elec_ind", "Maintenance électrique", "", ""),
    ("721204", "Réaliser la maintenance préventive d'équipements industriels", "Effectuer les contrôles et opérations d'entretien planifiés.", "elec_ind", "Maintenance électrique", "", ""),
    ("721205", "Remplacer un composant électrique défectueux", "Changer capteurs, actionneurs ou appareillage défaillants.", "elec_ind", "Maintenance électrique", "", ""),
    ("721206", "Mettre en service un équipement électrique", "Réaliser les essais et la mise en service d'un équipement.", "elec_ind", "Maintenance électrique", "", ""),
    ("721207", "Modifier un programme d'automate", "Adapter le programme d'un automate programmable industriel.", "autom", "Automatismes", "", "Oui"),
    ("721208", "Renseigner un logiciel de GMAO", "Enregistrer les interventions dans la gestion de maintenance assistée par ordinateur.", "elec_ind", "Gestion de la maintenance", "", "Oui"),
    ("721209", "Intervenir sur des circuits pneumatiques et hydrauliques", "Dépanner les circuits pneumatiques et hydrauliques des machines.", "elec_ind", "Maintenance électrique", "", ""),
    ("721210", "Participer à des travaux neufs ou d'amélioration", "Contribuer à l'installation ou à l'amélioration d'équipements.", "elec_ind", "Maintenance électrique", "", ""),
    ("721211", "Assurer la maintenance de robots collaboratifs", "Entretenir et dépanner des cobots sur les lignes de production.", "autom", "Automatismes", "", "Oui"),
    ("721212", "Paramétrer une interface homme-machine ou une supervision", "Modifier des écrans de conduite et de supervision.", "autom", "Automatismes", "", "Oui"),
    ("721213", "Suivre les consommations énergétiques d'un site", "Relever et analyser les consommations d'énergie.", "energie", "Efficacité énergétique", "Oui", ""),
    ("721214", "Mettre en œuvre la compensation de l'énergie réactive", "Entretenir et régler les batteries de condensateurs.", "energie", "Efficacité énergétique", "Oui", ""),
    ("721215", "Entretenir une installation photovoltaïque", "Contrôler et dépanner une installation de production photovoltaïque.", "energie", "Efficacité énergétique", "Oui", ""),
    # close fiches
    ("721301", "Redresser un élément de carrosserie", "Remettre en forme une tôle déformée.", "carrosserie", "Carrosserie", "", ""),
    ("721302", "Remplacer un élément de carrosserie", "Déposer et reposer un élément de carrosserie.", "carrosserie", "Carrosserie", "", ""),
    ("721303", "Préparer une surface avant mise en peinture", "Poncer, mastiquer et apprêter une surface.", "carrosserie", "Peinture automobile", "", ""),
    ("721304", "Appliquer une peinture automobile", "Appliquer bases et vernis en cabine.", "carrosserie", "Peinture automobile", "", ""),
    ("721305", "Remplacer un vitrage automobile", "Déposer et poser pare-brise et vitrages.", "carrosserie", "Carrosserie", "", ""),
    ("721306", "Diagnostiquer une panne sur un engin", "Rechercher l'origine d'une panne sur un engin de chantier ou de manutention.", "engins", "Maintenance d'engins", "", ""),
    ("721307", "Réparer un circuit hydraulique d'engin", "Remplacer flexibles, vérins et pompes hydrauliques.", "engins", "Maintenance d'engins", "", ""),
    ("721308", "Entretenir un moteur diesel d'engin", "Réaliser l'entretien d'un moteur diesel de forte puissance.", "engins", "Maintenance d'engins", "", ""),
    ("721309", "Contrôler les organes de levage", "Vérifier chaînes, mâts et dispositifs de levage.", "engins", "Maintenance d'engins", "", ""),
    ("721310", "Analyser les défaillances d'un équipement industriel", "Rechercher les causes de pannes et proposer des actions.", "meca_ind", "Maintenance industrielle", "", ""),
    ("721311", "Planifier les interventions de maintenance", "Organiser les interventions selon les contraintes de production.", "meca_ind", "Maintenance industrielle", "", ""),
    ("721312", "Remplacer des organes mécaniques", "Changer roulements, courroies, réducteurs et accouplements.", "meca_ind", "Maintenance mécanique", "", ""),
    ("721313", "Réaliser un alignement d'arbres", "Aligner moteurs et machines entraînées.", "meca_ind", "Maintenance mécanique", "", ""),
    ("721314", "Effectuer une analyse vibratoire", "Mesurer et interpréter les vibrations d'une machine tournante.", "meca_ind", "Maintenance mécanique", "", ""),
]

SE = [
    ("721101", "Faire preuve de rigueur et de précision", "Capacité à réaliser des tâches en suivant avec exactitude les règles et procédures."),
    ("721102", "Faire preuve d'autonomie", "Capacité à prendre en charge son activité sans devoir être encadré de façon continue."),
    ("721103", "Travailler en équipe", "Capacité à coopérer et à partager les informations au sein d'un collectif."),
    ("721104", "Avoir le sens du service", "Capacité à répondre aux attentes du client et à rechercher sa satisfaction."),
    ("721105", "Respecter les horaires et les engagements", "Capacité à être ponctuel et à tenir ses engagements."),
    ("721106", "S'impliquer et faire preuve de motivation", "Capacité à s'investir dans son travail et à montrer son intérêt."),
    ("721107", "Faire preuve de réactivité", "Capacité à agir rapidement face à un imprévu."),
    ("721108", "Faire preuve de curiosité", "Capacité à s'intéresser aux nouveautés techniques et à apprendre."),
]

# code_ogr, libelle, categorie, sous_categorie, t_eco, t_num
SAVOIRS = [
    ("722001", "Valise de diagnostic Bosch KTS", "Outils et logiciels", "Outils de diagnostic automobile", "", "Oui"),
    ("722002", "Valise de diagnostic Texa", "Outils et logiciels", "Outils de diagnostic automobile", "", "Oui"),
    ("722003", "Outil de diagnostic Autel", "Outils et logiciels", "Outils de diagnostic automobile", "", "Oui"),
    ("722004", "Outil de diagnostic Launch", "Outils et logiciels", "Outils de diagnostic automobile", "", "Oui"),
    ("722005", "Recharge de climatisation au R134a", "Techniques professionnelles", "Techniques de climatisation automobile", "", ""),
    ("722006", "Recharge de climatisation au R1234yf", "Techniques professionnelles", "Techniques de climatisation automobile", "Oui", ""),
    ("722007", "Recherche de fuite de climatisation par traceur UV", "Techniques professionnelles", "Techniques de climatisation automobile", "", ""),
    ("722008", "Logiciel Autodata", "Outils et logiciels", "Logiciels de documentation technique automobile", "", "Oui"),
    ("722009", "Logiciel HaynesPro", "Outils et logiciels", "Logiciels de documentation technique automobile", "", "Oui"),
    ("722010", "Logiciel Atelio Doc", "Outils et logiciels", "Logiciels de documentation technique automobile", "", "Oui"),
    ("722011", "Habilitation électrique B0L", "Normes et procédés", "Habilitations électriques véhicules", "Oui", ""),
    ("722012", "Habilitation électrique BCL", "Normes et procédés", "Habilitations électriques véhicules", "Oui", ""),
    ("722013", "Habilitation électrique B2VL", "Normes et procédés", "Habilitations électriques véhicules", "Oui", ""),
    ("722014", "Mécanique automobile", "Domaines d'expertise", "Mécanique", "", ""),
    ("722015", "Électricité automobile", "Domaines d'expertise", "Électricité", "", ""),
    ("722016", "Sauveteur Secouriste du Travail (SST)", "Normes et procédés", "Prévention et secours", "", ""),
    ("722017", "Gestes et postures de manutention", "Normes et procédés", "Prévention des risques physiques", "", ""),
    ("722018", "Outils bureautiques", "Outils et logiciels", "Logiciels de bureautique", "", "Oui"),
    ("722101", "Logiciel TIA Portal", "Outils et logiciels", "Logiciels de programmation d'automates", "", "Oui"),
    ("722102", "Logiciel Unity Pro", "Outils et logiciels", "Logiciels de programmation d'automates", "", "Oui"),
    ("722103", "Logiciel Studio 5000", "Outils et logiciels", "Logiciels de programmation d'automates", "", "Oui"),
    ("722104", "Logiciel PL7 Pro", "Outils et logiciels", "Logiciels de programmation d'automates", "", "Oui"),
    ("722105", "Protocole Profinet", "Normes et procédés", "Réseaux de terrain industriels", "", "Oui"),
    ("722106", "Protocole Modbus", "Normes et procédés", "Réseaux de terrain industriels", "", "Oui"),
    ("722107", "Protocole Profibus", "Normes et procédés", "Réseaux de terrain industriels", "", "Oui"),
    ("722108", "Bus AS-i", "Normes et procédés", "Réseaux de terrain industriels", "", "Oui"),
    ("722109", "Variateur Altivar", "Outils et logiciels", "Variateurs de vitesse", "Oui", ""),
    ("722110", "Variateur SINAMICS", "Outils et logiciels", "Variateurs de vitesse", "Oui", ""),
    ("722111", "Variateur Danfoss VLT", "Outils et logiciels", "Variateurs de vitesse", "Oui", ""),
    ("722112", "Habilitation électrique BR", "Normes et procédés", "Habilitations électriques", "", ""),
    ("722113", "Habilitation électrique BC", "Normes et procédés", "Habilitations électriques", "", ""),
    ("722114", "Habilitation électrique B2V", "Normes et procédés", "Habilitations électriques", "", ""),
    ("722115", "Habilitation électrique H0V", "Normes et procédés", "Habilitations électriques", "", ""),
    ("722116", "Thermographie infrarouge", "Techniques professionnelles", "Techniques de contrôle et de mesure", "", ""),
    ("722117", "Anglais technique", "Langues", "Langues étrangères", "", ""),
    ("722118", "CACES R486 Plateformes élévatrices mobiles de personnes", "Normes et procédés", "Certificats d'aptitude à la conduite en sécurité", "", ""),
    ("722119", "CACES R489 Chariots de manutention", "Normes et procédés", "Certificats d'aptitude à la conduite en sécurité", "", ""),
    ("722120", "Norme ISO 50001", "Normes et procédés", "Normes de management de l'énergie", "Oui", ""),
    ("722121", "Électrotechnique", "Domaines d'expertise", "Électricité", "", ""),
    ("722122", "Automatismes industriels", "Domaines d'expertise", "Automatisme", "", "Oui"),
    ("722201", "Techniques de débosselage sans peinture", "Techniques professionnelles", "Techniques de carrosserie", "", ""),
    ("722202", "Peinture hydrodiluable", "Techniques professionnelles", "Techniques de peinture", "Oui", ""),
    ("722203", "Hydraulique des engins", "Domaines d'expertise", "Hydraulique", "", ""),
    ("722204", "Mécanique industrielle", "Domaines d'expertise", "Mécanique", "", ""),
]

# links: fiche -> (rubrique, code_ogr, coeur_metier)
P, EM = "Principale", "Émergente"
LINKS = {
    "I1604": [(1, c, P) for c in ["721001", "721002", "721003", "721004", "721005", "721006", "721007", "721008", "721009",
                                  "721010", "721011", "721014", "721015", "721018", "721020"]]
    + [(1, c, EM) for c in ["721012", "721013", "721016", "721017", "721019"]]
    + [(2, c, P) for c in ["721101", "721102", "721103", "721104", "721105", "721106"]]
    + [(3, c, P) for c in ["722001", "722002", "722003", "722004", "722005", "722006", "722007", "722008", "722009",
                           "722010", "722014", "722015", "722016", "722017", "722018"]]
    + [(3, c, EM) for c in ["722011", "722012", "722013"]],
    "I1309": [(1, c, P) for c in ["721201", "721202", "721203", "721204", "721205", "721206", "721207", "721208", "721209",
                                  "721210", "721212", "721020"]]
    + [(1, c, EM) for c in ["721211", "721213", "721214", "721215"]]
    + [(2, c, P) for c in ["721101", "721102", "721103", "721107", "721108"]]
    + [(3, c, P) for c in ["722101", "722102", "722103", "722104", "722105", "722106", "722107", "722108", "722109",
                           "722110", "722111", "722112", "722113", "722114", "722115", "722116", "722117", "722118",
                           "722121", "722122", "722016", "722017", "722018"]]
    + [(3, c, EM) for c in ["722120"]],
    "I1606": [(1, c, P) for c in ["721301", "721302", "721303", "721304", "721305", "721007"]]
    + [(2, c, P) for c in ["721101", "721103"]] + [(3, c, P) for c in ["722201", "722202", "722017"]],
    "I1603": [(1, c, P) for c in ["721306", "721307", "721308", "721309", "721008"]]
    + [(2, c, P) for c in ["721102", "721107"]] + [(3, c, P) for c in ["722203", "722001", "722119", "722016"]],
    "I1304": [(1, c, P) for c in ["721310", "721311", "721207", "721208", "721206"]]
    + [(2, c, P) for c in ["721102", "721108"]] + [(3, c, P) for c in ["722101", "722105", "722121", "722122"]],
    "I1310": [(1, c, P) for c in ["721310", "721312", "721313", "721314", "721209"]]
    + [(2, c, P) for c in ["721101", "721103"]] + [(3, c, P) for c in ["722204", "722119", "722017"]],
}
MOBILITE = [("I1604", "I1606", 1), ("I1604", "I1603", 2), ("I1309", "I1304", 1), ("I1309", "I1310", 2),
            ("I1606", "I1604", 1), ("I1603", "I1604", 1), ("I1304", "I1309", 1), ("I1310", "I1309", 1)]

ROME_LABEL = {c: l for c, l, *_ in SF}
ROME_LABEL.update({c: l for c, l, _ in SE})
ROME_LABEL.update({c: l for c, l, *_ in SAVOIRS})


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def write_rome():
    d = os.path.join(HERE, "rome")
    os.makedirs(d, exist_ok=True)
    v = "v461"
    write_csv(f"{d}/unix_referentiel_code_rome_{v}_utf8.csv",
              ["code_rome", "code_fiche_metier", "code_ogr", "libelle_rome", "transition_eco", "transition_num",
               "transition_demo", "emploi_reglemente", "emploi_cadre", "code_rome_parent"], FICHES)
    write_csv(f"{d}/unix_referentiel_appellation_{v}_utf8.csv",
              ["code_ogr", "libelle_appellation_long", "libelle_appellation_court", "code_rome", "classification",
               "code_rome_parent", "peu_usite"], APPELLATIONS)
    rows = []
    for c, lib, dfn, macro, sous, te, tn in SF:
        mo, mc = MACRO[macro]
        rows.append((c, "Savoir-faire", lib, dfn, mo, mc, "Compétence technique", sous, te, tn))
    mo, mc = MACRO["se"]
    for c, lib, dfn in SE:
        rows.append((c, "Savoir-être professionnel", lib, dfn, mo, mc, "Savoir-être professionnel",
                     "Qualités relationnelles et comportementales", "", ""))
    write_csv(f"{d}/unix_referentiel_competence_{v}_utf8.csv",
              ["code_ogr", "nature", "libelle_competence", "definition", "code_ogr_macro_comp", "code_macro_comp",
               "cat_comp", "sous_cat_comp", "transition_eco", "transition_num"], rows)
    write_csv(f"{d}/unix_referentiel_savoir_{v}_utf8.csv",
              ["code_ogr_savoir", "libelle_savoir", "categorie_savoir", "sous_categorie_savoir", "transition_eco",
               "transition_num"], SAVOIRS)
    lr, ci = [], []
    for rome, items in LINKS.items():
        for rub, c, coeur in items:
            lr.append((rome, "5", str(rub), c))
            ci.append((rome, c, coeur))
    write_csv(f"{d}/unix_liens_rome_referentiels_{v}_utf8.csv", ["code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"], lr)
    write_csv(f"{d}/unix_coherence_item_{v}_utf8.csv", ["code_rome", "code_ogr", "coeur_metier"], ci)
    write_csv(f"{d}/unix_rubrique_mobilite_{v}_utf8.csv", ["code_rome", "code_rome_cible", "numero_ordre"],
              [(a, b, str(n)) for a, b, n in MOBILITE])


# ---------------------------------------------------------------------------------------------
# 2. RNCP certifications
# ---------------------------------------------------------------------------------------------
# blocks: (suffix, libelle, fmt, [competence or (key, competence)], modalites)
CERTS = {
    "RNCP72001": dict(
        title="CAP Maintenance des véhicules option voitures particulières", abrege=("CAP", "CAP"),
        niveau=("NIV3", "Niveau 3"), rome=[("I1604", "Mécanicien / Mécanicienne automobile")],
        activites="<p>Le ou la titulaire du CAP intervient dans les ateliers de maintenance des véhicules légers : "
                  "garages indépendants, concessions et agents de marque, centres auto. Il ou elle réalise les opérations "
                  "de maintenance périodique, remplace les éléments et sous-ensembles défectueux et participe à l'accueil "
                  "de la clientèle.</p><p>Sous la responsabilité d'un technicien, il ou elle peut être amené à préparer les "
                  "véhicules aux contrôles réglementaires et à contrôler les trains roulants.</p>",
        capacites=["Préparer son intervention à partir de la demande de travaux",
                   "Chiffrer le temps et les pièces nécessaires à une intervention simple",
                   "Mettre en œuvre les procédures de maintenance préconisées par le constructeur",
                   "Contrôler la conformité de son travail avant restitution",
                   "Respecter les règles d'hygiène, de sécurité et de protection de l'environnement"],
        blocks=[
            ("BC01", "Préparer l'intervention et accueillir la clientèle", "p", [
                ("c_client", "Accueillir la personne propriétaire, recueillir ses attentes et lui rendre compte des opérations effectuées lors de la remise des clés"),
                ("c_autodata", "Rechercher les données constructeur, les couples de serrage et les temps barémés dans la base Autodata afin de préparer l'intervention"),
                "Identifier le véhicule et vérifier la cohérence de la demande de travaux avec l'historique d'entretien",
                "Organiser son poste de travail et rassembler l'outillage et les pièces nécessaires avant l'intervention",
                "Transmettre à son responsable les anomalies constatées hors du périmètre de la demande initiale",
                "Protéger l'habitacle et la carrosserie du véhicule avant toute intervention en atelier",
            ], "<p>Mise en situation professionnelle en entreprise ou en centre de formation, évaluée à l'aide d'une grille critériée. Entretien avec le jury sur la base du dossier de l'intervention.</p>"),
            ("BC02", "Réaliser les opérations de maintenance périodique et corrective", "ul", [
                ("c_ent", "Exécuter les opérations de maintenance programmée définies par le carnet du constructeur, en contrôlant les niveaux et en renouvelant lubrifiants et éléments filtrants"),
                ("c_frein", "Remettre en état le dispositif de ralentissement et d'immobilisation du véhicule en renouvelant les pièces d'usure et en purgeant le circuit hydraulique"),
                ("c_pneu", "Changer les enveloppes et jantes usagées puis supprimer le balourd des roues à l'aide du matériel de l'atelier"),
                ("c_meca", "Déposer et reposer les organes de la partie haute du moteur en respectant les couples de serrage et les méthodes du constructeur"),
                ("c_susp", "Contrôler l'état des éléments de suspension et de direction et signaler les usures anormales"),
                "Appliquer les procédures de tri et de stockage des déchets et fluides usagés de l'atelier",
                "Contrôler la qualité de son intervention par un essai ou une vérification fonctionnelle",
            ], "<p>Épreuve pratique sur véhicule en atelier (durée 4 heures), en contrôle en cours de formation ou en épreuve ponctuelle.</p>"),
            ("BC03", "Contrôler et remettre en état les systèmes électriques et électroniques", "p", [
                ("c_elec", "Vérifier les réseaux de câblage et les organes de charge et de démarrage à l'aide d'un multimètre en suivant le schéma du constructeur"),
                ("c_diag", "Identifier l'origine d'un dysfonctionnement à partir des symptômes relevés, des essais réalisés et des mesures effectuées sur le véhicule"),
                "Remplacer les éléments d'éclairage et de signalisation et contrôler leur fonctionnement",
                "Contrôler le fonctionnement des équipements de confort de l'habitacle (lève-vitres, rétroviseurs, verrouillage)",
                "Interpréter un schéma électrique simplifié pour repérer les composants et leurs liaisons",
            ], "<p>Étude de cas et épreuve pratique sur système électrique réel.</p>"),
            ("BC04", "Prévention, santé, environnement", "ul", [
                ("c_sst", "Mettre en œuvre la conduite à tenir face à une victime d'accident en protégeant, alertant et secourant jusqu'à l'arrivée des secours"),
                ("c_gp", "Adopter des positions de travail et des techniques de manutention qui préservent l'appareil locomoteur"),
                "Repérer les dangers d'une situation de travail et proposer des mesures de prévention",
                "Identifier les obligations de l'employeur et du salarié en matière de santé et de sécurité",
                "Adopter des comportements de réduction des consommations d'eau et d'énergie",
            ], "<p>Épreuve écrite d'une heure et évaluation pratique de la conduite à tenir en cas d'accident.</p>"),
        ]),
    "RNCP72002": dict(
        title="Titre professionnel Mécanicien réparateur automobile", abrege=("TP", "TP"),
        niveau=("NIV3", "Niveau 3"), rome=[("I1604", "Mécanicien / Mécanicienne automobile")],
        activites="<p>Le mécanicien réparateur automobile ou la mécanicienne réparatrice automobile effectue l'entretien "
                  "courant et les réparations des véhicules légers. Il ou elle intervient sur les roues, les pneumatiques et "
                  "les trains roulants, sur la transmission et sur les systèmes électriques et de confort.</p><p>L'emploi "
                  "s'exerce en atelier, au sein d'un garage indépendant, d'une concession ou d'un centre d'entretien rapide.</p>",
        capacites=["Conduire une intervention d'entretien de façon autonome",
                   "Compléter l'ordre de réparation et signaler les travaux complémentaires à prévoir",
                   "Utiliser les équipements de mesure et de contrôle de l'atelier",
                   "Adapter son intervention aux préconisations du constructeur"],
        blocks=[
            ("BC01", "Effectuer l'entretien courant et les réparations mécaniques des véhicules légers", "ul", [
                ("t_ent", "Conduire les opérations de révision d'un véhicule léger conformément au plan de maintenance du constructeur, en renouvelant lubrifiants, fluides et éléments filtrants"),
                ("t_distri", "Procéder au renouvellement des organes de synchronisation du moteur (entraînement des arbres à cames, galets, pompe à eau) en respectant le calage"),
                ("t_depol", "Remettre en état les dispositifs de traitement des gaz d'échappement (filtre à particules, vanne de recirculation, réduction catalytique)"),
                ("t_gp", "Organiser son poste de travail en appliquant les règles de santé et de sécurité de l'atelier"),
                "Contrôler l'étanchéité des circuits de refroidissement et de lubrification et remplacer les éléments défectueux",
                "Réaliser un essai routier afin de valider la remise en conformité du véhicule",
            ], "<p>Mise en situation professionnelle de 3 h 30 sur véhicule, suivie d'un entretien technique avec le jury.</p>"),
            ("BC02", "Diagnostiquer et réparer les systèmes électriques, électroniques et de climatisation", "p", [
                ("t_diag", "Localiser l'élément défaillant d'un système piloté en exploitant les informations mémorisées par les calculateurs et les relevés de mesure"),
                ("t_kts", "Exploiter une station de diagnostic Bosch KTS pour interroger les calculateurs et effacer les défauts mémorisés"),
                ("t_clim", "Remettre en charge un circuit de climatisation au R134a après tirage au vide et contrôle d'étanchéité"),
                ("t_elec", "Tester les faisceaux, les actionneurs et le circuit de charge afin de rétablir le fonctionnement des équipements électriques"),
                "Contrôler le fonctionnement des dispositifs d'éclairage et de signalisation",
                "Respecter les règles de manipulation des fluides frigorigènes et de récupération des gaz",
            ], "<p>Mise en situation professionnelle sur plateau technique et questionnaire professionnel.</p>"),
            ("BC03", "Intervenir sur les liaisons au sol et la transmission", "ul", [
                ("t_frein", "Rétablir l'efficacité du dispositif d'arrêt du véhicule par le renouvellement des garnitures, des rotors et du liquide"),
                ("t_embr", "Déposer puis reposer le mécanisme d'accouplement entre moteur et boîte (disque, mécanisme, butée) en contrôlant le volant moteur"),
                ("t_geo", "Vérifier l'usure des organes de direction et de suspension et remplacer rotules, biellettes et silentblocs"),
                "Remplacer les amortisseurs et les ressorts de suspension en utilisant un compresseur de ressort adapté",
                "Contrôler les soufflets et les transmissions et remplacer les éléments détériorés",
            ], "<p>Mise en situation professionnelle et entretien technique.</p>"),
            ("BC04", "Assurer la relation client et le suivi administratif de l'intervention", "p", [
                ("t_client", "Présenter oralement à l'usager les interventions menées et les préconisations pour les prochaines échéances d'entretien"),
                ("t_tab", "Compléter sur support numérique la fiche de travaux et l'historique d'entretien du véhicule"),
                "Informer son responsable des besoins en pièces et consommables",
                "Appliquer les règles de confidentialité relatives aux données du client",
                "Contribuer au rangement et à la propreté de l'atelier et des zones d'accueil",
            ], "<p>Entretien final avec le jury à partir du dossier professionnel.</p>"),
        ]),
    "RNCP72011": dict(
        title="Titre professionnel Électricien de maintenance des systèmes industriels", abrege=("TP", "TP"),
        niveau=("NIV4", "Niveau 4"), rome=[("I1309", "Électricien / Électricienne de maintenance industrielle")],
        activites="<p>L'électricien ou l'électricienne de maintenance des systèmes industriels intervient sur les équipements "
                  "électriques et automatisés des sites de production (agroalimentaire, plasturgie, métallurgie, chimie). "
                  "Il ou elle assure le dépannage et l'entretien des installations, réalise des modifications de câblage et "
                  "procède aux essais avant remise en service des équipements.</p><p>Il ou elle intervient également sur "
                  "les parties pneumatiques associées aux machines.</p>",
        capacites=["Travailler en sécurité sur des installations électriques",
                   "Utiliser les appareils de mesure électrique",
                   "Exploiter la documentation technique d'un équipement",
                   "Communiquer avec les services de production"],
        blocks=[
            ("BC01", "Assurer la maintenance corrective et préventive des équipements électriques industriels", "p", [
                ("e_diag", "Localiser l'origine d'un dysfonctionnement d'une machine automatisée à partir des schémas, des signalisations et des mesures électriques"),
                ("e_prev", "Exécuter les visites et contrôles périodiques planifiés sur les équipements électriques en respectant les gammes établies"),
                ("e_rempl", "Substituer un élément défectueux de la chaîne d'acquisition ou d'action puis contrôler le retour au fonctionnement normal"),
                ("e_hab", "Réaliser consignations et dépannages sur des installations basse tension en qualité de chargé d'intervention, dans le respect de la NF C 18-510"),
                ("e_gmao", "Mettre à jour l'historique des pannes et des remplacements de chaque équipement"),
                "Analyser les défaillances répétitives afin d'en identifier les causes",
            ], "<p>Mise en situation professionnelle de dépannage sur banc industriel, suivie d'un entretien technique.</p>"),
            ("BC02", "Réaliser des modifications et des câblages sur des équipements industriels", "ul", [
                ("e_schema", "Exploiter les folios, plans et dossiers techniques d'une machine pour repérer les circuits de puissance et de commande"),
                ("e_cabl", "Réaliser le raccordement et la filerie des coffrets de commande et de puissance en respectant le repérage des conducteurs"),
                ("e_altivar", "Paramétrer un variateur Altivar en fonction des caractéristiques du moteur et du cycle de la machine"),
                "Dimensionner les protections et les sections de conducteurs d'un départ moteur",
                "Poser et fixer les chemins de câbles et les conduits lors d'une modification d'installation",
                "Vérifier la continuité des conducteurs de protection et la valeur de l'isolement avant remise sous tension",
            ], "<p>Mise en situation professionnelle de réalisation et questionnement à partir de productions.</p>"),
            ("BC03", "Intervenir sur les automatismes et la commande des machines", "p", [
                ("e_autom", "Adapter les instructions d'un automate programmable pour faire évoluer le fonctionnement d'une machine, puis tester la modification"),
                ("e_unity", "Mettre en ligne un automate sous Unity Pro pour observer les variables et forcer les entrées-sorties en phase de dépannage"),
                "Contrôler le fonctionnement des capteurs et des détecteurs et ajuster leur positionnement",
                "Vérifier le bon fonctionnement des dispositifs de sécurité des machines (arrêts d'urgence, barrières immatérielles)",
                "Sauvegarder et archiver les programmes avant et après modification",
            ], "<p>Mise en situation professionnelle sur maquette automatisée et entretien avec le jury.</p>"),
        ]),
    "RNCP72012": dict(
        title="Brevet professionnel Électricien des installations et équipements industriels", abrege=("BP", "BP"),
        niveau=("NIV4", "Niveau 4"), rome=[("I1309", "Électricien / Électricienne de maintenance industrielle")],
        activites="<p>Le ou la titulaire du brevet professionnel réalise, met en service et maintient les installations et "
                  "équipements électriques des entreprises industrielles. Il ou elle participe à la réalisation "
                  "d'installations neuves et à l'amélioration des équipements existants, en lien avec les services "
                  "méthodes et production.</p>",
        capacites=["Organiser son intervention en autonomie",
                   "Appliquer les consignes d'alerte et de premiers secours définies dans l'entreprise",
                   "Intervenir sur la partie commande des équipements automatisés",
                   "Communiquer avec les clients internes et les autres corps de métier"],
        blocks=[
            ("BC01", "Préparer et organiser une intervention sur une installation électrique industrielle", "ul", [
                ("b_schema", "Décoder la documentation technique d'un équipement (plans unifilaires, folios de câblage) afin de préparer l'intervention"),
                ("b_hab", "Appliquer les règles de prévention du risque électrique lors de la préparation et de la réalisation de l'intervention"),
                ("b_gp", "Organiser la zone d'intervention en tenant compte des risques professionnels et de la coactivité"),
                "Établir la liste du matériel, de l'outillage et des appareils de mesure nécessaires",
                "Planifier les étapes de l'intervention en tenant compte des contraintes de production",
            ], "<p>Épreuve écrite d'étude d'un dossier technique (4 heures).</p>"),
            ("BC02", "Réaliser et mettre en service des équipements électriques industriels", "p", [
                ("b_cabl", "Assembler et raccorder les appareillages d'un tableau de distribution ou d'une enveloppe de commande selon le dossier de réalisation"),
                ("b_mes", "Conduire les essais et la première mise sous tension d'une installation neuve ou modifiée en vérifiant son fonctionnement"),
                ("b_modbus", "Raccorder et paramétrer les stations déportées d'un réseau Modbus en contrôlant les échanges de données"),
                "Implanter et fixer les supports, conduits et enveloppes selon les plans d'implantation",
                "Mesurer les grandeurs électriques caractéristiques (tension, intensité, isolement, continuité) et les comparer aux valeurs attendues",
                "Réaliser l'autocontrôle de son ouvrage avant réception par le client",
            ], "<p>Épreuve pratique de réalisation et de mise en service (12 heures réparties sur deux jours).</p>"),
            ("BC03", "Assurer la maintenance corrective et préventive", "ul", [
                ("b_diag", "Identifier l'organe défaillant d'un équipement de production en procédant par tests successifs et relevés de grandeurs électriques"),
                ("b_prev", "Conduire les opérations systématiques d'entretien programmées afin de limiter les arrêts de production"),
                ("b_rempl", "Changer les organes électriques détériorés (détecteurs, appareillage de commande, machines tournantes) et effectuer les réglages associés"),
                "Remettre en état les liaisons et les connexions endommagées",
                "Contrôler l'état des protections et des dispositifs différentiels",
            ], "<p>Épreuve pratique de dépannage sur équipement industriel.</p>"),
            ("BC04", "Communiquer et rendre compte de son activité", "p", [
                ("b_tab", "Rédiger un rapport d'intervention à l'aide d'un traitement de texte ou d'un terminal mobile"),
                ("b_gmao", "Transmettre les informations relatives à l'intervention par écrit et oralement aux services concernés"),
                "Expliquer à l'utilisateur le fonctionnement de l'installation et les consignes d'exploitation",
                "Échanger avec les différents corps de métier présents sur le chantier ou le site",
                "Présenter oralement les résultats d'une intervention à sa hiérarchie",
            ], "<p>Épreuve orale de présentation d'un rapport d'activité (30 minutes).</p>"),
        ]),
}

STMT = {}  # key -> (cert, block_code, text)
for num, c in CERTS.items():
    for suf, lib, fmt, comps, mod in c["blocks"]:
        for it in comps:
            if isinstance(it, tuple):
                STMT[it[0]] = (num, num + suf, it[1])


def html_list(items, fmt):
    if fmt == "ul":
        return "<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>"
    return "<p>" + "<br/>".join(f"- {t}" for t in items) + "</p>"


def write_rncp():
    d = os.path.join(HERE, "rncp")
    os.makedirs(d, exist_ok=True)
    root = ET.Element("FICHES")
    ET.SubElement(root, "VERSION_FLUX").text = "4.1"
    for num, c in CERTS.items():
        f = ET.SubElement(root, "FICHE")
        ET.SubElement(f, "ID_FICHE").text = str(900000 + int(num[4:]))
        ET.SubElement(f, "NUMERO_FICHE").text = num
        ET.SubElement(f, "INTITULE").text = c["title"]
        ab = ET.SubElement(f, "ABREGE")
        ET.SubElement(ab, "CODE").text = c["abrege"][0]
        ET.SubElement(ab, "LIBELLE").text = c["abrege"][1]
        ET.SubElement(f, "ETAT_FICHE").text = "Publiée"
        ne = ET.SubElement(f, "NOMENCLATURE_EUROPE")
        ET.SubElement(ne, "NIVEAU").text = c["niveau"][0]
        ET.SubElement(ne, "LIBELLE").text = c["niveau"][1]
        ET.SubElement(f, "ACTIVITES_VISEES").text = c["activites"]
        ET.SubElement(f, "CAPACITES_ATTESTEES").text = html_list(c["capacites"], "ul")
        cr = ET.SubElement(f, "CODES_ROME")
        for code, lib in c["rome"]:
            r = ET.SubElement(cr, "ROME")
            ET.SubElement(r, "CODE").text = code
            ET.SubElement(r, "LIBELLE").text = lib
        bcs = ET.SubElement(f, "BLOCS_COMPETENCES")
        for suf, lib, fmt, comps, mod in c["blocks"]:
            b = ET.SubElement(bcs, "BLOC_COMPETENCES")
            ET.SubElement(b, "CODE").text = num + suf
            ET.SubElement(b, "LIBELLE").text = lib
            texts = [it[1] if isinstance(it, tuple) else it for it in comps]
            ET.SubElement(b, "LISTE_COMPETENCES").text = html_list(texts, fmt)
            ET.SubElement(b, "MODALITES_EVALUATION").text = mod
        ET.SubElement(f, "ACTIF").text = "Oui"
        ET.SubElement(f, "DATE_FIN_ENREGISTREMENT").text = "31/12/2029"
    ET.indent(root, space="  ")
    data = ET.tostring(root, encoding="unicode")
    with open(os.path.join(d, "export-fiches-rncp-v4-1-2026-11-30.xml"), "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n' + data + "\n")


# ---------------------------------------------------------------------------------------------
# 3. Skills (truth side) — key: (fiche, label, rome code_ogr or None, is_se, coverage, extras)
# coverage values: ("couvert", stmt_key) | ("faible", stmt_key) | ("faible", FIELD, substring)
#                  | ("elongation", stmt_key) | ("nouveau",) | ("nouveau_bloc",)
# ---------------------------------------------------------------------------------------------
A1, A2, E1, E2 = "RNCP72001", "RNCP72002", "RNCP72011", "RNCP72012"
N = ("nouveau",)
NB = ("nouveau_bloc",)
VE_GROUP = "Maintenance des véhicules électrifiés haute tension"
EN_GROUP = "Performance énergétique des installations électriques"

SKILLS = {
    # ---- I1604
    "ENT": ("I1604", "Réaliser l'entretien périodique d'un véhicule", "721001", False, {A1: ("couvert", "c_ent"), A2: ("couvert", "t_ent")}, {}),
    "DIAG": ("I1604", "Diagnostiquer les pannes mécaniques et électroniques", "721002", False, {A1: ("couvert", "c_diag"), A2: ("couvert", "t_diag")}, {}),
    "FREIN": ("I1604", "Remplacer les éléments du système de freinage", "721003", False, {A1: ("couvert", "c_frein"), A2: ("couvert", "t_frein")}, {}),
    "DISTRI": ("I1604", "Remplacer le kit de distribution", "721004", False, {A1: ("faible", "c_meca"), A2: ("couvert", "t_distri")}, {}),
    "PNEU": ("I1604", "Monter et équilibrer des pneumatiques", "721005", False, {A1: ("couvert", "c_pneu"), A2: ("faible", "ACTIVITES_VISEES", "intervient sur les roues, les pneumatiques et les trains roulants")}, {}),
    "EMBR": ("I1604", "Remplacer un embrayage", "721006", False, {A1: N, A2: ("couvert", "t_embr")}, {}),
    "CLIENT": ("I1604", "Réceptionner le véhicule et expliquer les travaux au client", "721007", False, {A1: ("couvert", "c_client"), A2: ("couvert", "t_client")}, {}),
    "ELEC": ("I1604", "Contrôler et réparer les circuits électriques du véhicule", "721008", False, {A1: ("couvert", "c_elec"), A2: ("couvert", "t_elec")}, {}),
    "GEO": ("I1604", "Régler la géométrie des trains roulants", "721009", False, {A1: ("faible", "c_susp"), A2: ("faible", "t_geo")}, {}),
    "OR": ("I1604", "Établir les devis et ordres de réparation", "721010", False, {A1: ("faible", "CAPACITES_ATTESTEES", "Chiffrer le temps et les pièces nécessaires à une intervention simple"), A2: ("faible", "CAPACITES_ATTESTEES", "Compléter l'ordre de réparation et signaler les travaux complémentaires à prévoir")}, {}),
    "CT": ("I1604", "Préparer les véhicules au contrôle technique", "721011", False, {A1: ("faible", "ACTIVITES_VISEES", "préparer les véhicules aux contrôles réglementaires"), A2: N}, {}),
    "VALISE": ("I1604", "Utiliser la valise de diagnostic Texa", "722002", False, {A1: N, A2: ("elongation", "t_kts")}, {"elongation_family": "Outils de diagnostic automobile"}),
    "CLIM": ("I1604", "Recharger une climatisation au R1234yf", "722006", False, {A1: N, A2: ("elongation", "t_clim")}, {"elongation_family": "Techniques de climatisation automobile"}),
    "DOC": ("I1604", "Consulter la documentation technique sur HaynesPro", "722009", False, {A1: ("elongation", "c_autodata"), A2: N}, {"elongation_family": "Logiciels de documentation technique automobile"}),
    "ADAS": ("I1604", "Calibrer les systèmes d'aide à la conduite (ADAS)", "721012", False, {A1: N, A2: N}, {"trend": "emergent"}),
    "REPROG": ("I1604", "Reprogrammer et mettre à jour les calculateurs", "721013", False, {A1: N, A2: N}, {}),
    "DEPOL": ("I1604", "Intervenir sur les systèmes de dépollution (FAP, EGR, AdBlue)", "721014", False, {A1: N, A2: ("couvert", "t_depol")}, {}),
    "BVA": ("I1604", "Entretenir les boîtes de vitesses automatiques", "721015", False, {A1: N, A2: N}, {}),
    "CARBU": ("I1604", "Remettre en état et régler des carburateurs", "721018", False, {A1: N, A2: N}, {}),
    "VE_CONS": ("I1604", "Mettre en sécurité un véhicule électrique ou hybride", "721016", False, {A1: NB, A2: NB}, {"new_block_group": VE_GROUP}),
    "VE_HAB": ("I1604", "Détenir une habilitation électrique véhicules (B2VL, BCL)", "722013", False, {A1: NB, A2: NB}, {"new_block_group": VE_GROUP}),
    "VE_BATT": ("I1604", "Contrôler l'état des batteries de traction", "721017", False, {A1: NB, A2: NB}, {"new_block_group": VE_GROUP}),
    "VE_TRAC": ("I1604", "Intervenir sur la chaîne de traction électrique", "721019", False, {A1: NB, A2: NB}, {"new_block_group": VE_GROUP}),
    "A_SST": ("I1604", "Porter secours en cas d'accident du travail (SST)", "722016", False, {A1: ("couvert", "c_sst"), A2: N}, {"breadth": "transversal"}),
    "A_GP": ("I1604", "Appliquer les gestes et postures de manutention (PRAP)", "722017", False, {A1: ("couvert", "c_gp"), A2: ("faible", "t_gp")}, {"breadth": "transversal"}),
    "A_TAB": ("I1604", "Renseigner des documents sur tablette ou outils bureautiques", "721020", False, {A1: N, A2: ("couvert", "t_tab")}, {"breadth": "transversal"}),
    "A_RIG": ("I1604", "Faire preuve de rigueur et de précision", "721101", True, {}, {}),
    "A_AUTO": ("I1604", "Faire preuve d'autonomie", "721102", True, {}, {}),
    "A_EQ": ("I1604", "Travailler en équipe", "721103", True, {}, {}),
    "A_CLI": ("I1604", "Avoir le sens du service client", "721104", True, {}, {}),
    "A_PONC": ("I1604", "Être ponctuel", "721105", True, {}, {}),
    "A_MOT": ("I1604", "Être motivé", "721106", True, {}, {}),
    # ---- I1309
    "T_DIAG": ("I1309", "Diagnostiquer et dépanner les pannes électriques des équipements de production", "721201", False, {E1: ("couvert", "e_diag"), E2: ("couvert", "b_diag")}, {}),
    "SCHEMA": ("I1309", "Lire et interpréter des schémas électriques", "721202", False, {E1: ("couvert", "e_schema"), E2: ("couvert", "b_schema")}, {}),
    "CABL": ("I1309", "Câbler et modifier des armoires électriques", "721203", False, {E1: ("couvert", "e_cabl"), E2: ("couvert", "b_cabl")}, {}),
    "PREV": ("I1309", "Réaliser la maintenance préventive des installations", "721204", False, {E1: ("couvert", "e_prev"), E2: ("couvert", "b_prev")}, {}),
    "REMPL": ("I1309", "Remplacer capteurs, actionneurs et appareillage défectueux", "721205", False, {E1: ("couvert", "e_rempl"), E2: ("couvert", "b_rempl")}, {}),
    "HAB": ("I1309", "Détenir une habilitation électrique BR/BC", "722112", False, {E1: ("couvert", "e_hab"), E2: ("faible", "b_hab")}, {}),
    "MES": ("I1309", "Mettre en service des équipements électriques", "721206", False, {E1: ("faible", "ACTIVITES_VISEES", "procède aux essais avant remise en service des équipements"), E2: ("couvert", "b_mes")}, {}),
    "AUTOM": ("I1309", "Modifier des programmes d'automates", "721207", False, {E1: ("couvert", "e_autom"), E2: ("faible", "CAPACITES_ATTESTEES", "Intervenir sur la partie commande des équipements automatisés")}, {}),
    "GMAO": ("I1309", "Saisir les interventions dans la GMAO", "721208", False, {E1: ("faible", "e_gmao"), E2: ("faible", "b_gmao")}, {}),
    "PNEUM": ("I1309", "Intervenir sur les circuits pneumatiques et hydrauliques", "721209", False, {E1: ("faible", "ACTIVITES_VISEES", "intervient également sur les parties pneumatiques associées aux machines"), E2: N}, {}),
    "TNEUF": ("I1309", "Participer aux travaux neufs et à l'amélioration des équipements", "721210", False, {E1: N, E2: ("faible", "ACTIVITES_VISEES", "participe à la réalisation d'installations neuves et à l'amélioration des équipements existants")}, {}),
    "TIA": ("I1309", "Programmer sous TIA Portal", "722101", False, {E1: ("elongation", "e_unity"), E2: N}, {"elongation_family": "Logiciels de programmation d'automates"}),
    "PROFINET": ("I1309", "Intervenir sur les réseaux de terrain Profinet", "722105", False, {E1: N, E2: ("elongation", "b_modbus")}, {"elongation_family": "Réseaux de terrain industriels"}),
    "VARIA": ("I1309", "Paramétrer des variateurs SINAMICS", "722110", False, {E1: ("elongation", "e_altivar"), E2: N}, {"elongation_family": "Variateurs de vitesse"}),
    "COBOT": ("I1309", "Assurer la maintenance de robots collaboratifs (cobots)", "721211", False, {E1: N, E2: N}, {"trend": "emergent"}),
    "THERMO": ("I1309", "Contrôler les installations par thermographie infrarouge", "722116", False, {E1: N, E2: N}, {}),
    "IHM": ("I1309", "Modifier des écrans IHM et de supervision", "721212", False, {E1: N, E2: N}, {}),
    "ANGL": ("I1309", "Lire de la documentation en anglais technique", "722117", False, {E1: N, E2: N}, {}),
    "REMONT": ("I1309", "Assurer la maintenance électrique des remontées mécaniques", None, False, {E1: N, E2: N}, {}),
    "CACES": ("I1309", "Conduire une nacelle (CACES R486)", "722118", False, {E1: N, E2: N}, {}),
    "EN_CONSO": ("I1309", "Suivre les consommations énergétiques du site", "721213", False, {E1: NB, E2: NB}, {"new_block_group": EN_GROUP}),
    "EN_COMP": ("I1309", "Entretenir la compensation d'énergie réactive (batteries de condensateurs)", "721214", False, {E1: NB, E2: NB}, {"new_block_group": EN_GROUP}),
    "EN_ISO": ("I1309", "Contribuer à une démarche de management de l'énergie ISO 50001", "722120", False, {E1: NB, E2: NB}, {"new_block_group": EN_GROUP}),
    "EN_PV": ("I1309", "Entretenir les installations photovoltaïques", "721215", False, {E1: NB, E2: NB}, {"new_block_group": EN_GROUP}),
    "E_SST": ("I1309", "Porter secours en cas d'accident du travail (SST)", "722016", False, {E1: N, E2: ("faible", "CAPACITES_ATTESTEES", "Appliquer les consignes d'alerte et de premiers secours définies dans l'entreprise")}, {"breadth": "transversal"}),
    "E_GP": ("I1309", "Appliquer les gestes et postures de manutention (PRAP)", "722017", False, {E1: N, E2: ("faible", "b_gp")}, {"breadth": "transversal"}),
    "E_TAB": ("I1309", "Rédiger des comptes rendus avec les outils bureautiques ou une tablette", "721020", False, {E1: N, E2: ("couvert", "b_tab")}, {"breadth": "transversal"}),
    "E_RIG": ("I1309", "Faire preuve de rigueur et de précision", "721101", True, {}, {}),
    "E_AUTO": ("I1309", "Faire preuve d'autonomie", "721102", True, {}, {}),
    "E_EQ": ("I1309", "Travailler en équipe", "721103", True, {}, {}),
    "E_REACT": ("I1309", "Faire preuve de réactivité", "721107", True, {}, {}),
    "E_CUR": ("I1309", "Faire preuve de curiosité technique", "721108", True, {}, {}),
}

# ---------------------------------------------------------------------------------------------
# 4. Snippets: ('m', mission infinitive fragment) or ('p', profile noun phrase);
#    savoir-être: ('n', noun form) / ('a', adjective form)
# ---------------------------------------------------------------------------------------------
SNIP = {
    "ENT": [("m", "réaliser les [S:ENT|vidanges et le remplacement des filtres]"),
            ("m", "assurer l'[S:ENT|entretien courant des véhicules] de la clientèle, toutes marques"),
            ("m", "effectuer l'[S:ENT|entretien périodique des véhicules] selon les préconisations constructeur"),
            ("m", "prendre en charge les [S:ENT|opérations d'entretien] (niveaux, filtres, bougies)")],
    "DIAG": [("m", "établir un [S:DIAG|diagnostic des pannes mécaniques et électroniques]"),
             ("m", "assurer la [S:DIAG|recherche de pannes] sur moteurs essence et diesel"),
             ("m", "réaliser le [S:DIAG|diagnostic de pannes] avant toute réparation"),
             ("p", "une bonne pratique du [S:DIAG|diagnostic électronique]")],
    "FREIN": [("m", "procéder au [S:FREIN|remplacement des plaquettes et disques de frein]"),
              ("m", "réaliser les [S:FREIN|travaux de freinage] (plaquettes, disques, purge)"),
              ("m", "intervenir sur les [S:FREIN|systèmes de freinage]")],
    "DISTRI": [("m", "effectuer le [S:DISTRI|remplacement de kits de distribution]"),
               ("m", "réaliser les [S:DISTRI|changements de courroie de distribution]")],
    "PNEU": [("m", "assurer le [S:PNEU|montage et l'équilibrage des pneumatiques]"),
             ("m", "réaliser le [S:PNEU|montage pneus] lors des pics saisonniers")],
    "EMBR": [("m", "réaliser les [S:EMBR|remplacements d'embrayage]"),
             ("m", "effectuer le [S:EMBR|changement d'embrayage et de volant moteur bimasse]")],
    "CLIENT": [("m", "assurer la [S:CLIENT|réception et la restitution des véhicules]"),
               ("m", "[S:CLIENT|expliquer au client les travaux réalisés]"),
               ("m", "participer à la [S:CLIENT|réception des véhicules] à l'atelier")],
    "ELEC": [("m", "effectuer le [S:ELEC|contrôle des circuits électriques] (éclairage, charge, démarrage)"),
             ("m", "assurer le [S:ELEC|remplacement des batteries, démarreurs et alternateurs]"),
             ("p", "de bonnes bases en [S:ELEC|électricité automobile]")],
    "GEO": [("m", "réaliser le [S:GEO|réglage du parallélisme]"),
            ("m", "effectuer les [S:GEO|contrôles de géométrie] sur banc")],
    "CT": [("m", "assurer la [S:CT|préparation des véhicules au contrôle technique]"),
           ("m", "réaliser les [S:CT|pré-contrôles techniques]")],
    "OR": [("m", "[S:OR|rédiger les ordres de réparation et établir les devis]"),
           ("m", "[S:OR|établir les devis] avant intervention"),
           ("m", "compléter les [S:OR|ordres de réparation]")],
    "VALISE": [("p", "la maîtrise de la [S:VALISE|valise Texa]"),
               ("p", "une première expérience sur [S:VALISE|outil de diagnostic Texa]"),
               ("m", "utiliser la [S:VALISE|valise de diagnostic Texa] de l'atelier")],
    "CLIM": [("m", "réaliser les [S:CLIM|recharges de climatisation au R1234yf]"),
             ("p", "la pratique de la [S:CLIM|recharge clim R1234yf]")],
    "DOC": [("p", "de l'aisance avec [S:DOC|HaynesPro]"),
            ("m", "consulter les données techniques sur [S:DOC|HaynesPro]")],
    "ADAS": [("m", "réaliser le [S:ADAS|calibrage des caméras et radars ADAS]"),
             ("m", "prendre en charge la [S:ADAS|calibration des systèmes d'aide à la conduite]"),
             ("p", "une expérience du [S:ADAS|recalibrage ADAS]")],
    "REPROG": [("m", "effectuer les [S:REPROG|mises à jour des calculateurs]"),
               ("m", "réaliser le [S:REPROG|codage et la reprogrammation des calculateurs]")],
    "DEPOL": [("m", "intervenir sur les [S:DEPOL|systèmes de dépollution (FAP, EGR, AdBlue)]"),
              ("m", "assurer le [S:DEPOL|nettoyage et le remplacement des FAP]")],
    "BVA": [("m", "réaliser les [S:BVA|vidanges de boîtes automatiques]"),
            ("m", "intervenir sur les [S:BVA|boîtes de vitesses automatiques et robotisées]")],
    "CARBU": [("m", "assurer la [S:CARBU|réfection et le réglage des carburateurs]"),
              ("m", "[S:CARBU|régler les carburateurs] Weber, Solex ou Zenith"),
              ("p", "savoir [S:CARBU|synchroniser des carburateurs]")],
    "VE_CONS": [("m", "assurer la [S:VE_CONS|mise en sécurité des véhicules électriques et hybrides]"),
                ("m", "réaliser la [S:VE_CONS|consignation haute tension] avant intervention")],
    "VE_HAB": [("p", "l'[S:VE_HAB|habilitation B2VL] (ou la volonté de l'obtenir)"),
               ("p", "l'[S:VE_HAB|habilitation électrique BCL]")],
    "VE_BATT": [("m", "[S:VE_BATT|contrôler l'état de santé des batteries de traction]"),
                ("m", "réaliser le [S:VE_BATT|diagnostic des batteries haute tension]")],
    "VE_TRAC": [("m", "intervenir sur la [S:VE_TRAC|chaîne de traction électrique] (moteur, onduleur, chargeur embarqué)"),
                ("m", "[S:VE_TRAC|remplacer les composants haute tension]")],
    "A_SST": [("p", "le [S:A_SST|certificat de sauveteur secouriste du travail]"),
              ("p", "la formation [S:A_SST|SST] à jour")],
    "A_GP": [("p", "le respect des [S:A_GP|gestes et postures]"),
             ("p", "une formation [S:A_GP|PRAP]"),
             ("p", "savoir [S:A_GP|porter des charges en sécurité]")],
    "A_TAB": [("m", "[S:A_TAB|saisir les comptes rendus sur tablette]"),
              ("p", "de l'aisance avec les [S:A_TAB|outils informatiques (tablette, messagerie)]"),
              ("m", "renseigner les [S:A_TAB|fiches d'intervention sur tablette]")],
    "A_RIG": [("n", "[S:A_RIG|rigueur]"), ("a", "[S:A_RIG|rigoureux·se]")],
    "A_AUTO": [("n", "[S:A_AUTO|autonomie]"), ("a", "[S:A_AUTO|autonome]")],
    "A_EQ": [("n", "[S:A_EQ|esprit d'équipe]"), ("a", "doté·e d'un bon [S:A_EQ|esprit d'équipe]")],
    "A_CLI": [("n", "[S:A_CLI|sens du service client]"), ("a", "soucieux·se de la [S:A_CLI|satisfaction client]")],
    "A_PONC": [("n", "[S:A_PONC|ponctualité]"), ("a", "[S:A_PONC|ponctuel·le]")],
    "A_MOT": [("n", "[S:A_MOT|forte motivation]"), ("a", "[S:A_MOT|motivé·e]")],
    # ---- I1309
    "T_DIAG": [("m", "assurer le [S:T_DIAG|dépannage électrique des lignes de production]"),
               ("m", "réaliser le [S:T_DIAG|diagnostic de pannes électriques]"),
               ("m", "intervenir en [S:T_DIAG|dépannage sur les machines de production]")],
    "SCHEMA": [("p", "la [S:SCHEMA|lecture de schémas électriques]"),
               ("m", "[S:SCHEMA|lire et interpréter les schémas électriques]")],
    "CABL": [("m", "réaliser le [S:CABL|câblage d'armoires électriques]"),
             ("m", "assurer le [S:CABL|câblage et la modification d'armoires]")],
    "PREV": [("m", "réaliser la [S:PREV|maintenance préventive des installations]"),
             ("m", "appliquer le [S:PREV|plan de maintenance préventive]")],
    "REMPL": [("m", "procéder au [S:REMPL|remplacement de capteurs et d'actionneurs]"),
              ("m", "assurer le [S:REMPL|remplacement des contacteurs, relais et moteurs]")],
    "HAB": [("p", "l'[S:HAB|habilitation électrique BR/BC]"),
            ("p", "des [S:HAB|habilitations BR et BC] à jour"),
            ("p", "l'[S:HAB|habilitation BR]")],
    "MES": [("m", "participer aux [S:MES|essais et à la mise en service]"),
            ("m", "assurer la [S:MES|mise en service d'équipements neufs]")],
    "AUTOM": [("m", "réaliser des [S:AUTOM|modifications de programmes automates]"),
              ("p", "de solides [S:AUTOM|connaissances en automatismes industriels]")],
    "GMAO": [("m", "renseigner chaque intervention dans la [S:GMAO|GMAO]"),
             ("m", "assurer la [S:GMAO|saisie dans la GMAO]")],
    "PNEUM": [("m", "intervenir sur les [S:PNEUM|circuits pneumatiques et hydrauliques]"),
              ("p", "des [S:PNEUM|notions en pneumatique]")],
    "TNEUF": [("m", "participer aux [S:TNEUF|travaux neufs]"),
              ("m", "contribuer aux [S:TNEUF|projets d'amélioration des équipements]")],
    "TIA": [("p", "la pratique de [S:TIA|TIA Portal]"),
            ("p", "la connaissance de l'environnement [S:TIA|TIA Portal]")],
    "PROFINET": [("p", "des notions de [S:PROFINET|réseaux Profinet]"),
                 ("p", "la connaissance des [S:PROFINET|bus de terrain Profinet]")],
    "VARIA": [("p", "le [S:VARIA|paramétrage de variateurs SINAMICS]"),
              ("m", "[S:VARIA|paramétrer les variateurs SINAMICS]")],
    "COBOT": [("m", "assurer la [S:COBOT|maintenance des robots collaboratifs]"),
              ("p", "une première expérience sur [S:COBOT|cobots]")],
    "THERMO": [("m", "réaliser des [S:THERMO|contrôles par thermographie infrarouge]"),
               ("p", "l'[S:THERMO|utilisation d'une caméra thermique]")],
    "IHM": [("m", "[S:IHM|modifier les écrans IHM et la supervision]"),
            ("p", "la connaissance d'une [S:IHM|supervision type PcVue]")],
    "ANGL": [("p", "un [S:ANGL|anglais technique] suffisant pour la documentation constructeur"),
             ("p", "l'[S:ANGL|anglais technique lu]")],
    "REMONT": [("m", "assurer la [S:REMONT|maintenance électrique des remontées mécaniques]"),
               ("m", "intervenir sur les [S:REMONT|télésièges et téléskis] du domaine")],
    "CACES": [("p", "le [S:CACES|CACES R486] (nacelle)"),
              ("p", "le [S:CACES|CACES nacelle]")],
    "EN_CONSO": [("m", "assurer le [S:EN_CONSO|suivi des consommations énergétiques]"),
                 ("m", "exploiter le [S:EN_CONSO|sous-comptage d'énergie]")],
    "EN_COMP": [("m", "entretenir les [S:EN_COMP|batteries de condensateurs]"),
                ("m", "surveiller la [S:EN_COMP|compensation de l'énergie réactive]")],
    "EN_ISO": [("m", "contribuer à la [S:EN_ISO|démarche ISO 50001]"),
               ("p", "la connaissance de la [S:EN_ISO|norme ISO 50001]")],
    "EN_PV": [("m", "assurer la [S:EN_PV|maintenance de la centrale photovoltaïque en toiture]"),
              ("m", "intervenir sur les [S:EN_PV|installations photovoltaïques] du site")],
    "E_SST": [("p", "le [S:E_SST|certificat SST]"),
              ("p", "la formation [S:E_SST|sauveteur secouriste du travail]")],
    "E_GP": [("p", "le respect des [S:E_GP|gestes et postures]"),
             ("p", "une sensibilisation [S:E_GP|PRAP]")],
    "E_TAB": [("m", "rédiger les [S:E_TAB|comptes rendus d'intervention sur tablette]"),
              ("p", "la [S:E_TAB|maîtrise des outils bureautiques (Word, Excel)]")],
    "E_RIG": [("n", "[S:E_RIG|rigueur]"), ("a", "[S:E_RIG|rigoureux(se)]")],
    "E_AUTO": [("n", "[S:E_AUTO|autonomie]"), ("a", "[S:E_AUTO|autonome]")],
    "E_EQ": [("n", "[S:E_EQ|esprit d'équipe]"), ("a", "à l'aise dans le [S:E_EQ|travail en équipe]")],
    "E_REACT": [("n", "[S:E_REACT|réactivité]"), ("a", "[S:E_REACT|réactif·ve]")],
    "E_CUR": [("n", "[S:E_CUR|curiosité technique]"), ("a", "[S:E_CUR|curieux·se]")],
}

# free labels used in `competences` entries without code
NOCODE_LABEL = {
    "ADAS": "Calibrage ADAS", "VE_CONS": "Intervention sur véhicules hybrides et électriques",
    "CARBU": "Réglage de carburateurs", "COBOT": "Maintenance de cobots", "REMONT": "Maintenance de remontées mécaniques",
    "EN_PV": "Maintenance photovoltaïque", "DEPOL": "Dépollution FAP / AdBlue",
}

# ---------------------------------------------------------------------------------------------
# 5. Employers
# ---------------------------------------------------------------------------------------------
def loc(dep, name, insee, cp, lat, lon):
    return {"libelle": f"{dep} - {name}", "latitude": lat, "longitude": lon, "codePostal": cp, "commune": insee}


EMP = {
    # ------------------------------------------------------------------ I1604
    "DUF": dict(nom="GARAGE DUFRESNE AUTOMOBILES", style="bullets",
                loc=loc("63", "CLERMONT-FERRAND", "63113", "63000", 45.7772, 3.087),
                pres="[N:entreprise|Créé en 1987] par Marcel Dufresne, le Garage Dufresne Automobiles est aujourd'hui "
                     "[N:entreprise|dirigé par la deuxième génération]. [N:entreprise|Agent multimarque] installé au sud de "
                     "Clermont-Ferrand, nous accueillons chaque jour une clientèle fidèle de particuliers et de "
                     "professionnels. [N:entreprise|Une équipe de 9 personnes], un atelier de 600 m² et six ponts : "
                     "ici, on prend le temps de bien faire.",
                benefits=["[N:avantage|prime sur objectifs trimestrielle]", "[N:avantage|mutuelle d'entreprise]",
                          "[N:avantage|13e mois après un an d'ancienneté]", "[N:avantage|tenues fournies et entretenues]"],
                contract="[N:contrat|CDI] – [N:horaires|39 h hebdomadaires] ([N:horaires|du lundi au vendredi, samedi matin par roulement])",
                salary="[N:salaire|Salaire : 2 000 € à 2 450 € brut mensuel selon expérience]",
                diploma="[N:diplome_requis|CAP Maintenance des véhicules exigé]",
                apply="[N:candidature|Envoyez CV et lettre de motivation] à l'attention de M. Dufresne.",
                contact=("M. Julien DUFRESNE", "04 73 28 41 07", "atelier@garage-dufresne-auto.fr"),
                edesc="Garage indépendant multimarque fondé en 1987.", typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "2 An(s)"),
                sal=("Mensuel de 2000.00 Euros à 2450.00 Euros sur 13 mois", "Mutuelle", "Primes")),
    "ALP": dict(nom="ALPES MOTORS GRENOBLE", style="corporate",
                loc=loc("38", "ECHIROLLES", "38151", "38130", 45.1436, 5.7189),
                pres="Alpes Motors, [N:entreprise|distributeur officiel de deux marques généralistes], fait partie d'un "
                     "[N:entreprise|groupe familial de 14 sites en Auvergne-Rhône-Alpes] qui réunit "
                     "[N:entreprise|plus de 350 collaborateurs]. Notre site d'Échirolles accueille une "
                     "[N:entreprise|équipe après-vente de 22 personnes] et [N:entreprise|accompagne ses clients dans le passage à "
                     "l'électrique].",
                benefits=["[N:avantage|CSE avec chèques vacances]", "[N:avantage|tickets restaurant de 10 €]",
                          "[N:avantage|intéressement et participation]", "[N:avantage|parcours de formation constructeur financé]",
                          "[N:avantage|remise collaborateur sur les véhicules et l'atelier]"],
                contract="[N:contrat|CDI à temps plein], [N:horaires|37 h par semaine en horaires d'atelier 8 h – 17 h 30]",
                salary="[N:salaire|Rémunération : 26 à 32 K€ annuels + primes]",
                diploma="[N:diplome_requis|Bac pro Maintenance des véhicules ou titre professionnel équivalent]",
                apply="[N:candidature|Postulez directement via le bouton « Postuler »] : notre équipe RH vous répond sous 72 h.",
                contact=None, edesc="Concession automobile, groupe régional de distribution.",
                typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "3 An(s)"),
                sal=("Annuel de 26000.00 Euros à 32000.00 Euros sur 12 mois", "Tickets restaurant", "Intéressement")),
    "RAS": dict(nom="RHÔNE AUTO SERVICES", style="emoji",
                loc=loc("69", "VENISSIEUX", "69259", "69200", 45.6975, 4.8867),
                pres="Rhône Auto Services, c'est [N:entreprise|4 centres auto dans la métropole lyonnaise] et "
                     "[N:entreprise|plus de 40 000 véhicules entretenus chaque année]. Chez nous pas de rendez-vous à "
                     "trois semaines : nos clients viennent pour un service rapide et soigné 🚗.",
                benefits=["[N:avantage|prime de performance mensuelle]", "[N:avantage|mutuelle prise en charge à 60 %]",
                          "[N:avantage|remboursement à 50 % de l'abonnement TCL]", "[N:avantage|RTT]"],
                contract="[N:contrat|CDI], [N:horaires|35 h sur 5 jours du mardi au samedi]",
                salary="[N:salaire|1 950 € brut + primes]",
                diploma="[N:diplome_requis|CAP mécanique auto ou équivalent]",
                apply="[N:candidature|Envoie ton CV] en un clic, on te rappelle dans la semaine !",
                contact=("Mme Sonia BERTHET", "06 71 52 33 90", "recrutement@rhoneautoservices.fr"),
                edesc=None, typ=("CDI", "Contrat à durée indéterminée"), exp=("D", "Débutant accepté"),
                sal=("Mensuel de 1950.00 Euros sur 12 mois", "Primes", None)),
    "VIN": dict(nom="ATELIER VINTAGE MÉCANIQUE", style="block",
                loc=loc("74", "ANNECY", "74010", "74000", 45.8992, 6.1294),
                pres="[N:entreprise|Fondé en 2009 par deux passionnés], l'Atelier Vintage Mécanique "
                     "[N:entreprise|restaure et entretient des voitures de collection des années 1950 à 1990] pour une "
                     "clientèle de collectionneurs venue de toute la région et de Suisse.",
                benefits=["[N:avantage|participation aux rallyes historiques]", "[N:avantage|mutuelle]",
                          "[N:avantage|horaires aménageables]"],
                contract="[N:contrat|CDI] [N:horaires|35 h du lundi au vendredi]",
                salary="[N:salaire|salaire à négocier selon profil]",
                diploma=None,
                apply="[N:candidature|Candidature par mail avec photos de vos réalisations] si vous en avez.",
                contact=("Thomas REVEL", "04 50 67 12 84", "contact@atelier-vintage-meca.fr"),
                edesc="Restauration et entretien de véhicules de collection.",
                typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "5 An(s)"),
                sal=("Mensuel de 2200.00 Euros à 2800.00 Euros sur 12 mois", None, None)),
    "SAV": dict(nom="SAVOIE AUTO RÉPARATION", style="short",
                loc=loc("73", "CHAMBERY", "73065", "73000", 45.5646, 5.9178),
                pres="Garage indépendant au cœur de Chambéry [N:entreprise|labellisé réseau de garages indépendants] recherche son futur mécanicien ou sa future mécanicienne.",
                benefits=["[N:avantage|véhicule de courtoisie pour vos trajets]"],
                contract="[N:contrat|CDD de 6 mois évolutif en CDI] – [N:horaires|39 h]",
                salary="[N:salaire|Salaire selon grille conventionnelle des services de l'automobile]",
                diploma="[N:diplome_requis|CAP ou Bac pro maintenance automobile]",
                apply="[N:candidature|Se présenter au garage avec un CV].", contact=None, edesc=None,
                typ=("CDD", "Contrat à durée déterminée - 6 Mois"), exp=("E", "1 An(s)"),
                sal=("Mensuel de 1900.00 Euros sur 12 mois", None, None)),
    "TMP": dict(nom="TEMPO TRAVAIL INTÉRIM", style="agency",
                loc=loc("42", "SAINT-ETIENNE", "42218", "42000", 45.4397, 4.3872),
                pres="[N:entreprise|Tempo Travail Intérim, agence de Saint-Étienne,] recrute [N:entreprise|pour son client], "
                     "un garage indépendant de l'agglomération stéphanoise, un·e mécanicien·ne automobile.",
                benefits=["[N:avantage|10 % d'indemnité de fin de mission]", "[N:avantage|10 % de congés payés]",
                          "[N:avantage|acompte de paie à la semaine]", "[N:avantage|CET à 5 %]"],
                contract="[N:contrat|Mission d'intérim de 3 mois renouvelable], [N:horaires|37 h 30]",
                salary="[N:salaire|Taux horaire : 13,50 € à 15 € selon profil]",
                diploma="[N:diplome_requis|CAP/BEP maintenance automobile souhaité]",
                apply="[N:candidature|Postulez en ligne ou passez à l'agence] avec votre CV.",
                contact=("Agence Tempo Saint-Étienne – Karima", "04 77 31 62 05", "st-etienne@tempo-travail.fr"),
                edesc="Agence d'emploi spécialisée dans l'automobile et l'industrie.",
                typ=("MIS", "Mission intérimaire - 3 Mois"), exp=("E", "2 An(s)"),
                sal=("Horaire de 13.50 Euros à 15.00 Euros", None, None)),
    "VAL": dict(nom="VALENCE AUTOMOBILES DISTRIBUTION", style="corporate",
                loc=loc("26", "VALENCE", "26362", "26000", 44.9334, 4.8924),
                pres="Valence Automobiles Distribution est [N:entreprise|concessionnaire depuis 1995] et "
                     "[N:entreprise|leader régional sur le segment des véhicules électrifiés en Drôme-Ardèche]. "
                     "Nos [N:entreprise|120 collaboratrices et collaborateurs] partagent des valeurs d'exigence et de proximité.",
                benefits=["[N:avantage|13e mois]", "[N:avantage|prime d'intéressement]", "[N:avantage|CSE]",
                          "[N:avantage|mutuelle familiale prise en charge à 70 %]"],
                contract="[N:contrat|CDI], [N:horaires|35 h annualisées]",
                salary="[N:salaire|Rémunération attractive selon profil (fixe + variable)]",
                diploma="[N:diplome_requis|Bac pro ou BTS Maintenance des véhicules]",
                apply="[N:candidature|Merci d'adresser CV et lettre de motivation au service RH].",
                contact=("Service recrutement", "04 75 40 11 23", "rh@valence-auto-distribution.fr"),
                edesc="Concession multimarque, véhicules neufs et d'occasion.",
                typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "3 An(s)"),
                sal=("Annuel de 27000.00 Euros à 33000.00 Euros sur 13 mois", "Mutuelle", "CSE")),
    "VIV": dict(nom="GARAGE DU VIVARAIS", style="block",
                loc=loc("07", "AUBENAS", "07019", "07200", 44.6203, 4.3903),
                pres="Le Garage du Vivarais, [N:entreprise|entreprise familiale de 6 salariés installée à Aubenas depuis 1972], "
                     "cherche à renforcer son atelier.",
                benefits=["[N:avantage|prime de fin d'année]", "[N:avantage|mutuelle]"],
                contract="[N:contrat|CDI] [N:horaires|39 h]",
                salary="[N:salaire|rémunération selon expérience]",
                diploma="[N:diplome_requis|CAP Maintenance des véhicules minimum]",
                apply="[N:candidature|Contactez-nous par téléphone ou déposez votre CV au garage].",
                contact=("Mme Hélène FAURE", "04 75 35 27 18", "garageduvivarais@orange.fr"),
                edesc=None, typ=("CDI", "Contrat à durée indéterminée"), exp=("S", "2 An(s)"), sal=None),
    "BOU": dict(nom="BOURBONNAIS PNEUS ET SERVICES", style="emoji",
                loc=loc("03", "MONTLUCON", "03185", "03100", 46.3401, 2.6033),
                pres="[N:entreprise|Spécialiste du pneumatique et de l'entretien rapide dans l'Allier depuis 30 ans], "
                     "Bourbonnais Pneus & Services [N:entreprise|ouvre un deuxième centre à Montluçon] ! 🎉",
                benefits=["[N:avantage|prime de saisonnalité]", "[N:avantage|mutuelle]", "[N:avantage|tickets restaurant]"],
                contract="[N:contrat|CDI] · [N:horaires|35 h du lundi au samedi par roulement]",
                salary="[N:salaire|De 1 850 € à 2 100 € brut selon expérience]",
                diploma=None,
                apply="[N:candidature|Envoie-nous ton CV], même sans lettre 😉",
                contact=None, edesc="Centre pneus et entretien rapide.",
                typ=("CDI", "Contrat à durée indéterminée"), exp=("D", "Débutant accepté"),
                sal=("Mensuel de 1850.00 Euros à 2100.00 Euros sur 12 mois", None, None)),
    # anonymous I1604
    "X1": dict(nom=None, style="bullets", loc=loc("01", "BOURG-EN-BRESSE", "01053", "01000", 46.2052, 5.2255),
               pres="Garage indépendant situé en périphérie de Bourg-en-Bresse, [N:entreprise|spécialisé toutes marques depuis 25 ans], "
                    "nous recherchons un·e mécanicien·ne pour compléter notre équipe de quatre personnes.",
               benefits=["[N:avantage|mutuelle]", "[N:avantage|prime annuelle]"],
               contract="[N:contrat|CDI] – [N:horaires|39 h] – [N:horaires|samedi matin un sur deux]",
               salary="[N:salaire|Salaire : 1 900 € à 2 200 € brut]",
               diploma="[N:diplome_requis|CAP Maintenance des véhicules exigé]",
               apply="[N:candidature|Envoyez CV et lettre de motivation].", contact=None, edesc=None,
               typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "1 An(s)"),
               sal=("Mensuel de 1900.00 Euros à 2200.00 Euros sur 12 mois", None, None)),
    "X2": dict(nom=None, style="short", loc=loc("43", "LE PUY-EN-VELAY", "43157", "43000", 45.0434, 3.8859),
               pres="Petit garage de quartier au Puy-en-Velay, [N:entreprise|clientèle fidèle et bonne ambiance], cherche mécanicien(ne) auto.",
               benefits=["[N:avantage|horaires fixes]"],
               contract="[N:contrat|CDD 4 mois] puis [N:contrat|CDI possible], [N:horaires|35 h]",
               salary="[N:salaire|SMIC + selon expérience]", diploma=None,
               apply="[N:candidature|Appeler le garage] pour prendre rendez-vous.",
               contact=("M. Bernard ROUX", "04 71 09 55 62", None), edesc=None,
               typ=("CDD", "Contrat à durée déterminée - 4 Mois"), exp=("S", "1 An(s)"), sal=None),
    "X3": dict(nom=None, style="block", loc=loc("69", "VILLEFRANCHE-SUR-SAONE", "69264", "69400", 45.9896, 4.7189),
               pres="Entreprise du Beaujolais [N:entreprise|spécialisée dans l'entretien de flottes de véhicules d'entreprise "
                    "(artisans, collectivités)], nous recherchons un·e mécanicien·ne confirmé·e.",
               benefits=["[N:avantage|véhicule de service]", "[N:avantage|panier repas]"],
               contract="[N:contrat|CDI] – [N:horaires|39 h avec heures supplémentaires majorées]",
               salary="[N:salaire|2 300 € brut mensuel]", diploma="[N:niveau|niveau Bac pro]",
               apply="[N:candidature|Envoyez votre candidature] via le site.", contact=None, edesc=None,
               typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "3 An(s)"),
               sal=("Mensuel de 2300.00 Euros sur 12 mois", "Panier repas", None)),
    "X4": dict(nom=None, style="bullets", loc=loc("15", "AURILLAC", "15014", "15000", 44.9264, 2.4397),
               pres="Agent de marque à Aurillac, [N:entreprise|entreprise de 12 salariés], nous renforçons notre atelier mécanique.",
               benefits=["[N:avantage|13e mois]", "[N:avantage|mutuelle]", "[N:avantage|prime de fin d'année]"],
               contract="[N:contrat|CDI] – [N:horaires|35 h du lundi au vendredi]",
               salary="[N:salaire|Selon profil et expérience]",
               diploma="[N:diplome_requis|titulaire du titre professionnel Mécanicien réparateur automobile] ou d'un CAP",
               apply="[N:candidature|Envoyez CV et lettre de motivation].", contact=None, edesc=None,
               typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "2 An(s)"), sal=None),
    "X5": dict(nom=None, style="emoji", loc=loc("38", "VOIRON", "38563", "38500", 45.3645, 5.5898),
               pres="Garage moderne du Pays voironnais, [N:entreprise|équipé d'un atelier neuf de 800 m²], on cherche un·e mécano qui aime la technologie 🔧.",
               benefits=["[N:avantage|prime vacances]", "[N:avantage|mutuelle]", "[N:avantage|RTT]"],
               contract="[N:contrat|CDI] · [N:horaires|37 h]", salary="[N:salaire|2 100 € à 2 500 € brut/mois]",
               diploma="[N:diplome_requis|Bac+2 en maintenance des véhicules apprécié]",
               apply="[N:candidature|Postule via le formulaire] ✉️", contact=None, edesc=None,
               typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "2 An(s)"),
               sal=("Mensuel de 2100.00 Euros à 2500.00 Euros sur 12 mois", None, None)),
    # ------------------------------------------------------------------ I1309
    "PAP": dict(nom="PAPETERIES DU GRÉSIVAUDAN", style="corporate",
                loc=loc("38", "VILLARD-BONNOT", "38547", "38190", 45.2417, 5.8893),
                pres="[N:entreprise|Fondées en 1869] au bord de l'Isère, les Papeteries du Grésivaudan "
                     "[N:entreprise|produisent 90 000 tonnes de papiers techniques par an]. Avec "
                     "[N:entreprise|180 salariés] et [N:entreprise|un service maintenance de 25 personnes], "
                     "nous fonctionnons en continu, 7 jours sur 7.",
                benefits=["[N:avantage|prime d'équipe]", "[N:avantage|13e mois]", "[N:avantage|intéressement]",
                          "[N:avantage|CSE actif]", "[N:avantage|restaurant d'entreprise]"],
                contract="[N:contrat|CDI], [N:horaires|travail en 3x8 avec astreintes]",
                salary="[N:salaire|Rémunération : 30 à 36 K€ bruts annuels + primes de poste]",
                diploma="[N:diplome_requis|Bac pro MELEC ou BP Électricien des installations industrielles]",
                apply="[N:candidature|Candidature (CV + lettre de motivation) via notre site carrières].",
                contact=None, edesc="Fabricant de papiers techniques.",
                typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "3 An(s)"),
                sal=("Annuel de 30000.00 Euros à 36000.00 Euros sur 13 mois", "Primes de poste", "Intéressement")),
    "OYO": dict(nom="OYOPLAST INDUSTRIE", style="bullets",
                loc=loc("01", "OYONNAX", "01283", "01100", 46.2561, 5.6556),
                pres="Oyoplast Industrie, [N:entreprise|acteur reconnu de l'injection plastique pour la cosmétique et le médical], "
                     "[N:entreprise|85 presses à injecter] et [N:entreprise|240 salariés] au cœur de la Plastics Vallée.",
                benefits=["[N:avantage|prime de panier]", "[N:avantage|mutuelle prise en charge à 100 % pour le salarié]",
                          "[N:avantage|participation]", "[N:avantage|navette depuis la gare]"],
                contract="[N:contrat|CDI] – [N:horaires|équipe en 2x8 (5 h – 13 h / 13 h – 21 h)]",
                salary="[N:salaire|Salaire : 2 300 € à 2 800 € brut + primes d'équipe]",
                diploma="[N:diplome_requis|Bac pro MELEC exigé]",
                apply="[N:candidature|Envoyez CV et lettre de motivation] à [N:contact|recrutement@oyoplast-industrie.fr].",
                contact=("Mme Nadia CHEVALLIER", "04 74 77 20 61", "recrutement@oyoplast-industrie.fr"),
                edesc="Injection plastique technique.", typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "2 An(s)"),
                sal=("Mensuel de 2300.00 Euros à 2800.00 Euros sur 12 mois", "Prime de panier", None)),
    "RMV": dict(nom="SEM DES REMONTÉES DU HAUT-BEAUFORTAIN", style="block",
                loc=loc("73", "HAUTELUCE", "73132", "73620", 45.7497, 6.5847),
                pres="La SEM des Remontées du Haut-Beaufortain [N:entreprise|exploite 18 appareils et 60 km de pistes] "
                     "[N:entreprise|sur un domaine relié de moyenne altitude].",
                benefits=["[N:avantage|forfait saison offert]", "[N:avantage|logement possible en station]",
                          "[N:avantage|prime de fin de saison]"],
                contract="[N:contrat|CDD saisonnier de décembre à avril], [N:horaires|horaires décalés et week-ends]",
                salary="[N:salaire|Rémunération selon convention collective des remontées mécaniques]",
                diploma="[N:diplome_requis|CAP électricien minimum]",
                apply="[N:candidature|Dossier de candidature à retirer à l'accueil ou CV par mail].",
                contact=("Service du personnel", "04 79 38 70 14", "personnel@remontees-hautbeaufortain.fr"),
                edesc="Exploitant de domaine skiable.", typ=("CDD", "Contrat à durée déterminée - 5 Mois"),
                exp=("E", "1 An(s)"), sal=("Mensuel de 2100.00 Euros sur 12 mois", "Logement", None)),
    "FOR": dict(nom="FORGES DE LA LOIRE", style="corporate",
                loc=loc("42", "FIRMINY", "42095", "42700", 45.3883, 4.2878),
                pres="[N:entreprise|Depuis 1921], les Forges de la Loire [N:entreprise|fabriquent des pièces forgées pour "
                     "l'aéronautique et le ferroviaire]. [N:entreprise|Entreprise de 310 personnes certifiée EN 9100], "
                     "nous investissons chaque année dans la modernisation de nos lignes.",
                benefits=["[N:avantage|prime de chaleur]", "[N:avantage|13e mois]", "[N:avantage|CSE]",
                          "[N:avantage|mutuelle et prévoyance]"],
                contract="[N:contrat|CDI] – [N:horaires|horaires de journée avec astreintes un week-end sur quatre]",
                salary="[N:salaire|Salaire : 2 400 € à 2 900 € brut mensuel]",
                diploma="[N:diplome_requis|BTS Électrotechnique ou BTS MS]",
                apply="[N:candidature|Envoyez votre candidature] au service ressources humaines.",
                contact=None, edesc="Forge industrielle, pièces de sécurité.",
                typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "3 An(s)"),
                sal=("Mensuel de 2400.00 Euros à 2900.00 Euros sur 13 mois", None, None)),
    "FRO": dict(nom="FROMAGERIE DES MONTS DU CANTAL", style="short",
                loc=loc("15", "SAINT-FLOUR", "15187", "15100", 45.0336, 3.0929),
                pres="[N:entreprise|Coopérative laitière de 60 producteurs], notre fromagerie recherche un électricien ou une électricienne de maintenance.",
                benefits=["[N:avantage|colis de produits de la coopérative]"],
                contract="[N:contrat|CDI] – [N:horaires|horaires en 2x8]",
                salary="[N:salaire|2 200 € brut mensuel]",
                diploma="[N:niveau|niveau Bac]", apply="[N:candidature|CV à déposer à l'accueil de la coopérative].",
                contact=None, edesc=None, typ=("CDI", "Contrat à durée indéterminée"), exp=("S", "2 An(s)"),
                sal=("Mensuel de 2200.00 Euros sur 12 mois", None, None)),
    "AII": dict(nom="ALPES INTÉRIM INDUSTRIE", style="agency",
                loc=loc("69", "CORBAS", "69273", "69960", 45.6676, 4.9014),
                pres="[N:entreprise|Alpes Intérim Industrie, réseau de 11 agences spécialisées en industrie,] recrute "
                     "[N:entreprise|pour son client], [N:entreprise|un fabricant d'équipements de convoyage situé à Corbas], un·e électricien·ne de maintenance.",
                benefits=["[N:avantage|IFM et ICCP de 10 %]", "[N:avantage|primes d'équipe]", "[N:avantage|CET rémunéré à 5 %]"],
                contract="[N:contrat|Mission de 6 mois en vue d'embauche], [N:horaires|2x8]",
                salary="[N:salaire|Taux horaire : 15 € à 17,50 €]",
                diploma="[N:diplome_requis|Bac pro MELEC]",
                apply="[N:candidature|Postulez en ligne] ou contactez l'agence.",
                contact=("Agence Corbas – Lucas", "04 78 20 45 96", "corbas@alpes-interim-industrie.fr"),
                edesc="Agence d'emploi industrie.", typ=("MIS", "Mission intérimaire - 6 Mois"), exp=("E", "2 An(s)"),
                sal=("Horaire de 15.00 Euros à 17.50 Euros", None, None)),
    "CHR": dict(nom="CHIMIE RHODANIENNE", style="bullets",
                loc=loc("69", "SAINT-FONS", "69199", "69190", 45.7086, 4.8533),
                pres="Implantée dans la Vallée de la chimie, Chimie Rhodanienne [N:entreprise|produit des intermédiaires "
                     "de synthèse pour la pharmacie]. [N:entreprise|Site classé Seveso seuil haut], "
                     "[N:entreprise|engagé dans un plan de décarbonation à horizon 2030].",
                benefits=["[N:avantage|13e mois]", "[N:avantage|intéressement et participation]",
                          "[N:avantage|prise en charge à 75 % des transports en commun]", "[N:avantage|télétravail impossible mais RTT]"],
                contract="[N:contrat|CDI], [N:horaires|horaires de journée 7 h 30 – 15 h 30]",
                salary="[N:salaire|Rémunération : 34 à 40 K€ selon expérience]",
                diploma="[N:diplome_requis|BTS Électrotechnique] ou expérience équivalente",
                apply="[N:candidature|Envoyez CV et lettre de motivation] via notre site.",
                contact=None, edesc="Chimie fine pharmaceutique.", typ=("CDI", "Contrat à durée indéterminée"),
                exp=("E", "4 An(s)"), sal=("Annuel de 34000.00 Euros à 40000.00 Euros sur 13 mois", None, None)),
    "EMD": dict(nom="EAUX MINÉRALES DES DÔMES", style="emoji",
                loc=loc("63", "RIOM", "63300", "63200", 45.8936, 3.1126),
                pres="💧 Eaux Minérales des Dômes, [N:entreprise|c'est 4 lignes d'embouteillage] et "
                     "[N:entreprise|plus de 200 millions de bouteilles par an] au pied des volcans.",
                benefits=["[N:avantage|prime d'équipe]", "[N:avantage|mutuelle]", "[N:avantage|CSE]", "[N:avantage|13e mois]"],
                contract="[N:contrat|CDI] · [N:horaires|3x8]", salary="[N:salaire|2 500 € à 2 900 € brut + primes]",
                diploma="[N:diplome_requis|Bac pro MELEC / BTS Électrotechnique]",
                apply="[N:candidature|Postule en ligne] 👇", contact=None, edesc="Embouteillage d'eau minérale.",
                typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "2 An(s)"),
                sal=("Mensuel de 2500.00 Euros à 2900.00 Euros sur 13 mois", None, None)),
    "VEM": dict(nom="VALRHÔNE EMBALLAGES", style="block",
                loc=loc("26", "ROMANS-SUR-ISERE", "26281", "26100", 45.0431, 5.0514),
                pres="Valrhône Emballages [N:entreprise|conçoit et fabrique des emballages carton pour l'agroalimentaire] "
                     "[N:entreprise|depuis 1958] et [N:entreprise|emploie 140 personnes].",
                benefits=["[N:avantage|prime d'assiduité]", "[N:avantage|mutuelle]", "[N:avantage|participation]"],
                contract="[N:contrat|CDI] en [N:horaires|2x8]", salary="[N:salaire|salaire selon profil]",
                diploma="[N:diplome_requis|BTS Maintenance des systèmes]",
                apply="[N:candidature|Merci d'envoyer CV et lettre de motivation].",
                contact=("Mme Claire ROCHAS", "04 75 71 30 08", "c.rochas@valrhone-emballages.fr"),
                edesc=None, typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "2 An(s)"), sal=None),
    "Y1": dict(nom=None, style="bullets", loc=loc("74", "CLUSES", "74081", "74300", 46.0606, 6.5792),
               pres="[N:entreprise|PME de décolletage de la vallée de l'Arve] [N:entreprise|(70 salariés, parc de 45 machines)], nous recherchons un·e électricien·ne de maintenance.",
               benefits=["[N:avantage|prime de panier]", "[N:avantage|mutuelle]"],
               contract="[N:contrat|CDI] – [N:horaires|journée]", salary="[N:salaire|Salaire : 2 300 € à 2 600 € brut]",
               diploma="[N:diplome_requis|Bac pro MELEC]", apply="[N:candidature|Envoyez CV et lettre de motivation].",
               contact=None, edesc=None, typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "2 An(s)"),
               sal=("Mensuel de 2300.00 Euros à 2600.00 Euros sur 12 mois", None, None)),
    "Y2": dict(nom=None, style="short", loc=loc("43", "MONISTROL-SUR-LOIRE", "43137", "43120", 45.2925, 4.1722),
               pres="[N:entreprise|Entreprise de plasturgie de Haute-Loire] recherche électricien(ne) de maintenance.",
               benefits=["[N:avantage|prime de nuit]"], contract="[N:contrat|CDD 6 mois] – [N:horaires|poste de nuit]",
               salary="[N:salaire|2 400 € brut]", diploma="[N:diplome_requis|CAP/BEP électrotechnique]",
               apply="[N:candidature|Candidature par mail].", contact=None, edesc=None,
               typ=("CDD", "Contrat à durée déterminée - 6 Mois"), exp=("S", "1 An(s)"), sal=None),
    "Y3": dict(nom=None, style="block", loc=loc("03", "MOULINS", "03190", "03000", 46.566, 3.333),
               pres="[N:entreprise|Entreprise de mécanique de précision de l'Allier] [N:entreprise|en forte croissance], nous "
                    "[N:entreprise|agrandissons notre site de 4 000 m²].",
               benefits=["[N:avantage|mutuelle]", "[N:avantage|tickets restaurant]"],
               contract="[N:contrat|CDI] – [N:horaires|35 h]", salary="[N:salaire|selon expérience]",
               diploma="[N:diplome_requis|Bac pro ou BP électricien]", apply="[N:candidature|Envoyez votre CV].",
               contact=None, edesc=None, typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "2 An(s)"), sal=None),
    "Y4": dict(nom=None, style="emoji", loc=loc("07", "ANNONAY", "07010", "07100", 45.2398, 4.6708),
               pres="🏭 Industriel du Nord-Ardèche [N:entreprise|(papier-carton, 90 personnes)] en pleine modernisation de ses lignes.",
               benefits=["[N:avantage|13e mois]", "[N:avantage|prime d'équipe]"],
               contract="[N:contrat|CDI] · [N:horaires|2x8]", salary="[N:salaire|2 400 € – 2 800 € brut]",
               diploma="[N:diplome_requis|BTS Électrotechnique ou Bac pro MELEC]", apply="[N:candidature|Postule ici] 👇",
               contact=None, edesc=None, typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "2 An(s)"), sal=None),
    "Y5": dict(nom=None, style="bullets", loc=loc("38", "BOURGOIN-JALLIEU", "38053", "38300", 45.5861, 5.2736),
               pres="Industriel du Nord-Isère [N:entreprise|spécialisé dans la logistique automatisée], [N:entreprise|site de 150 personnes].",
               benefits=["[N:avantage|intéressement]", "[N:avantage|CSE]", "[N:avantage|restaurant d'entreprise]"],
               contract="[N:contrat|CDI] – [N:horaires|journée avec astreintes]",
               salary="[N:salaire|Salaire : 2 500 € à 3 000 € brut]", diploma="[N:diplome_requis|Bac+2 en électrotechnique]",
               apply="[N:candidature|Envoyez CV et lettre de motivation].", contact=None, edesc=None,
               typ=("CDI", "Contrat à durée indéterminée"), exp=("E", "3 An(s)"),
               sal=("Mensuel de 2500.00 Euros à 3000.00 Euros sur 12 mois", None, None)),
}

# ---------------------------------------------------------------------------------------------
# 6. Offers: (week, weekday, hour, employer, skills, flags)
#    flags: c = competences field, q = qualitesProfessionnelles, x = contact block
# ---------------------------------------------------------------------------------------------
OFFERS = {
    "I1604": [
        (0, 0, 9, "DUF", ["ENT", "DIAG", "FREIN", "DISTRI", "CLIENT", "VALISE", "A_RIG", "A_AUTO"], "cx"),
        (0, 2, 14, "X1", ["ENT", "FREIN", "PNEU", "GEO", "A_GP", "A_MOT", "A_PONC"], ""),
        (1, 1, 10, "RAS", ["ENT", "PNEU", "FREIN", "GEO", "CT", "CLIENT", "A_CLI", "A_EQ", "A_GP"], "cqx"),
        (1, 3, 11, "ALP", ["ENT", "DIAG", "ELEC", "VE_CONS", "VE_HAB", "VE_BATT", "DOC", "A_TAB", "A_RIG"], "c"),
        (2, 0, 8, "VIN", ["CARBU", "ENT", "FREIN", "DISTRI", "A_RIG", "A_AUTO"], "x"),
        (3, 1, 15, "TMP", ["ENT", "DIAG", "EMBR", "DISTRI", "VALISE", "A_SST", "A_PONC", "A_MOT"], "cx"),
        (3, 4, 9, "SAV", ["DIAG", "CLIM", "ELEC", "REPROG", "OR", "CLIENT", "A_AUTO"], "q"),
        (4, 0, 13, "X2", ["ENT", "FREIN", "EMBR", "DEPOL", "A_EQ", "A_MOT"], "x"),
        (4, 2, 10, "VAL", ["VE_CONS", "VE_HAB", "VE_BATT", "VE_TRAC", "DIAG", "REPROG", "A_TAB", "A_RIG", "A_EQ"], "cqx"),
        (5, 3, 16, "DUF", ["DIAG", "DEPOL", "BVA", "VALISE", "OR", "CLIENT", "A_SST", "A_AUTO"], "cx"),
        (6, 0, 9, "VIN", ["CARBU", "ELEC", "DOC", "A_RIG", "A_CLI"], "cx"),
        (6, 2, 11, "BOU", ["PNEU", "GEO", "ADAS", "FREIN", "A_GP", "A_PONC", "A_EQ"], ""),
        (7, 1, 10, "ALP", ["VE_CONS", "VE_HAB", "VE_BATT", "VE_TRAC", "ADAS", "REPROG", "DOC", "A_EQ"], "cq"),
        (7, 3, 14, "X3", ["ENT", "DISTRI", "EMBR", "CLIM", "CT", "A_MOT"], ""),
        (8, 2, 9, "RAS", ["ADAS", "PNEU", "GEO", "CLIM", "CT", "A_TAB", "A_CLI"], "cx"),
        (9, 0, 8, "VIV", ["ENT", "DIAG", "CLIM", "DEPOL", "ADAS", "VALISE", "A_SST", "A_GP", "A_AUTO"], "x"),
        (9, 3, 15, "VIN", ["CARBU", "DISTRI", "EMBR", "OR", "A_RIG"], "x"),
        (10, 1, 10, "ALP", ["ADAS", "VE_CONS", "VE_HAB", "VE_TRAC", "ELEC", "BVA", "A_TAB", "A_EQ", "A_RIG"], "cq"),
        (11, 0, 11, "X4", ["ENT", "ADAS", "FREIN", "BVA", "CLIM", "VALISE", "A_PONC"], "c"),
        (11, 2, 16, "X5", ["ADAS", "DIAG", "DOC", "ELEC", "CLIENT", "A_SST", "A_MOT"], "q"),
    ],
    "I1309": [
        (0, 1, 9, "PAP", ["T_DIAG", "SCHEMA", "PREV", "HAB", "GMAO", "TIA", "E_RIG", "E_REACT"], "c"),
        (0, 3, 14, "Y1", ["T_DIAG", "CABL", "AUTOM", "PNEUM", "HAB", "E_AUTO"], ""),
        (1, 0, 10, "OYO", ["T_DIAG", "REMPL", "AUTOM", "TIA", "PROFINET", "HAB", "E_EQ", "E_REACT"], "cqx"),
        (1, 2, 8, "RMV", ["REMONT", "T_DIAG", "SCHEMA", "HAB", "CACES", "E_SST", "E_AUTO"], "cx"),
        (2, 1, 11, "CHR", ["EN_CONSO", "EN_COMP", "EN_ISO", "PREV", "HAB", "THERMO", "E_TAB", "E_RIG"], "c"),
        (3, 0, 9, "FOR", ["T_DIAG", "VARIA", "SCHEMA", "PNEUM", "CACES", "E_GP", "E_REACT"], "cq"),
        (3, 3, 15, "Y2", ["PREV", "REMPL", "CABL", "HAB", "E_EQ", "E_AUTO"], ""),
        (4, 1, 10, "AII", ["T_DIAG", "AUTOM", "TIA", "VARIA", "GMAO", "E_RIG", "E_REACT"], "cx"),
        (4, 4, 13, "FRO", ["PREV", "T_DIAG", "PNEUM", "GMAO", "E_SST", "E_GP", "E_EQ"], "q"),
        (5, 2, 9, "RMV", ["REMONT", "PREV", "CABL", "HAB", "E_AUTO", "E_RIG"], "x"),
        (6, 0, 10, "OYO", ["COBOT", "AUTOM", "PROFINET", "IHM", "T_DIAG", "E_CUR"], "cx"),
        (6, 3, 14, "Y3", ["CABL", "SCHEMA", "MES", "TNEUF", "HAB", "EN_CONSO", "EN_COMP", "EN_PV", "E_EQ"], ""),
        (7, 1, 9, "PAP", ["EN_CONSO", "EN_COMP", "EN_PV", "EN_ISO", "THERMO", "GMAO", "E_TAB", "E_RIG"], "cq"),
        (7, 2, 11, "EMD", ["COBOT", "T_DIAG", "PREV", "VARIA", "ANGL", "E_CUR", "E_EQ"], ""),
        (8, 0, 8, "FOR", ["COBOT", "MES", "TNEUF", "IHM", "CACES", "E_GP", "E_REACT"], "c"),
        (9, 1, 10, "VEM", ["COBOT", "AUTOM", "TIA", "PROFINET", "ANGL", "E_AUTO"], "cqx"),
        (9, 4, 15, "RMV", ["REMONT", "T_DIAG", "E_SST", "HAB", "E_RIG"], "x"),
        (10, 2, 9, "CHR", ["EN_CONSO", "EN_ISO", "EN_PV", "EN_COMP", "MES", "THERMO", "E_TAB", "E_RIG"], "c"),
        (11, 0, 10, "Y4", ["COBOT", "REMPL", "VARIA", "IHM", "E_SST", "E_EQ"], ""),
        (11, 3, 14, "Y5", ["COBOT", "T_DIAG", "SCHEMA", "TNEUF", "E_TAB", "E_GP", "ANGL", "E_CUR"], "cq"),
    ],
}

ROME_LIB = {"I1604": "Mécanicien / Mécanicienne automobile",
            "I1309": "Électricien / Électricienne de maintenance industrielle"}
APPEL = {"I1604": ["Mécanicien / Mécanicienne automobile", "Mécanicien réparateur / Mécanicienne réparatrice automobile",
                   "Technicien / Technicienne de maintenance automobile"],
         "I1309": ["Électricien / Électricienne de maintenance industrielle",
                   "Électrotechnicien / Électrotechnicienne de maintenance"]}
TITLES = {
    "DUF": ["Mécanicien automobile H/F", "Mécanicien / Mécanicienne confirmé(e) VL"],
    "ALP": ["Technicien·ne après-vente véhicules électrifiés", "Mécanicien·ne VL – véhicules électriques et hybrides", "Technicien après-vente confirmé H/F"],
    "RAS": ["Mécanicien(ne) entretien rapide", "Technicien·ne centre auto"],
    "VIN": ["Mécanicien·ne véhicules de collection", "Mécanicien voitures anciennes H/F", "Mécanicien(ne) restauration auto"],
    "SAV": ["Mécanicien automobile (H/F)"], "TMP": ["Mécanicien automobile H/F – intérim"],
    "VAL": ["Technicien(ne) véhicules électriques"], "VIV": ["Mécanicien auto polyvalent H/F"],
    "BOU": ["Monteur·se pneus / mécanicien·ne rapide"], "X1": ["Mécanicien automobile H/F"], "X2": ["Mécanicien auto"],
    "X3": ["Mécanicien VL confirmé (H/F)"], "X4": ["Mécanicien·ne automobile"], "X5": ["Mécanicien(ne) auto – technologies récentes"],
    "PAP": ["Électricien de maintenance H/F", "Électrotechnicien·ne maintenance – énergie"],
    "OYO": ["Électricien(ne) de maintenance 2x8", "Électrotechnicien·ne maintenance robotique"],
    "RMV": ["Électricien de maintenance remontées mécaniques H/F", "Électricien·ne saison d'hiver", "Électricien remontées mécaniques (saison)"],
    "FOR": ["Électricien de maintenance industrielle (H/F)", "Électrotechnicien·ne travaux neufs"],
    "FRO": ["Électricien de maintenance"], "AII": ["Électricien de maintenance H/F"],
    "CHR": ["Électricien·ne de maintenance – utilités et énergie", "Électricien de maintenance énergie H/F"],
    "EMD": ["Électricien·ne de maintenance lignes d'embouteillage"], "VEM": ["Électricien de maintenance (H/F)"],
    "Y1": ["Électricien de maintenance H/F"], "Y2": ["Électricien(ne) de maintenance nuit"],
    "Y3": ["Électricien industriel H/F"], "Y4": ["Électricien·ne de maintenance"], "Y5": ["Électrotechnicien de maintenance H/F"],
}
FORMATION = {
    "I1604": {"codeFormation": "31812", "domaineLibelle": "Mécanique automobile", "niveauLibelle": "CAP, BEP et équivalents",
              "commentaire": "CAP maintenance des véhicules", "exigence": "E"},
    "I1309": {"codeFormation": "24054", "domaineLibelle": "Électricité électrotechnique", "niveauLibelle": "Bac ou équivalent",
              "commentaire": "Bac pro MELEC", "exigence": "E"},
}

MARK = re.compile(r"\[(S|N):([^|\]]+)\|([^\]]+)\]")
LETTERS = "KPQRSTVWXZHJ"


def cap(s):
    m = re.match(r"^(\[[SN]:[^|\]]+\|)(.)", s)
    if m:
        return m.group(1) + m.group(2).upper() + s[m.end():]
    return s[:1].upper() + s[1:]


def decap(s):
    m = re.match(r"^(\[[SN]:[^|\]]+\|)(.)", s)
    if m:
        return m.group(1) + m.group(2).lower() + s[m.end():]
    return s[:1].lower() + s[1:]


def pick(key, seed):
    return SNIP[key][seed % len(SNIP[key])]


def join_fr(items):
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " et " + items[-1]


def contact_line(emp, seed):
    nm, tel, mail = EMP[emp]["contact"]
    if seed % 2:
        txt = f"Contact : {nm} - {tel}" + (f" - {mail}" if mail else "")
    else:
        txt = f"Renseignements auprès de {nm} au {tel}"
    return f"[N:contact|{txt}]"


def compose(emp, skills, seed, fiche, flags=""):
    e = EMP[emp]
    miss, prof, se_n, se_a = [], [], [], []
    for i, k in enumerate(skills):
        if SKILLS[k][3]:
            n = [t for kind, t in SNIP[k] if kind == "n"][0]
            a = [t for kind, t in SNIP[k] if kind == "a"][0]
            se_n.append(n)
            se_a.append(a)
            continue
        kind, t = pick(k, seed * 7 + i * 3 + sum(map(ord, k)))
        if emp == "RMV" and k == "T_DIAG":
            kind, t = SNIP[k][1]
        (miss if kind == "m" else prof).append(t)
    style = e["style"]
    trade = "de l'atelier" if fiche == "I1604" else "du service maintenance"
    out = []
    if style == "bullets":
        out.append(e["pres"])
        out.append("")
        out.append("[N:titre|VOS MISSIONS] :")
        out += ["- " + cap(m) for m in miss]
        out.append("")
        out.append("[N:titre|PROFIL RECHERCHÉ] :")
        if e["diploma"]:
            out.append("- " + cap(e["diploma"]))
        out += ["- " + cap(p) for p in prof]
        if se_n:
            out.append("- [N:titre|Qualités attendues] : " + ", ".join(se_n))
        out.append("")
        out.append("[N:titre|NOUS VOUS OFFRONS] :")
        out += ["- " + cap(b) for b in e["benefits"]]
        out.append("")
        out.append(e["contract"])
        out.append(e["salary"])
        out.append("")
        out.append(e["apply"])
    elif style == "corporate":
        out.append("[N:titre|Qui sommes-nous ?]")
        out.append(e["pres"])
        out.append("")
        out.append("[N:titre|Le poste]")
        out.append("Rattaché·e au responsable de " + ("l'atelier" if fiche == "I1604" else "maintenance")
                   + ", vos principales missions seront de :")
        out += ["• " + m for m in miss]
        out.append("")
        out.append("[N:titre|Votre profil]")
        out.append("Vous êtes " + ("titulaire d'un " if not e["diploma"].startswith("[N:niveau") else "de ")
                   + e["diploma"] + ".")
        if prof:
            out.append("Vous apportez " + join_fr(prof) + ".")
        if se_a:
            out.append("Vous êtes " + join_fr(se_a) + " : ces qualités feront la différence.")
        out.append("")
        out.append("[N:titre|Pourquoi nous rejoindre ?]")
        out.append(join_fr([cap(e["benefits"][0])] + e["benefits"][1:]) + ".")
        out.append(e["contract"] + ". " + e["salary"] + ".")
        out.append("")
        out.append(e["apply"])
    elif style == "emoji":
        out.append(e["pres"])
        out.append("")
        out.append("🔧 [N:titre|Tes missions] :")
        out += ["👉 " + cap(m) for m in miss]
        out.append("")
        out.append("✅ [N:titre|Ton profil] :")
        if e["diploma"]:
            out.append("🎓 " + cap(e["diploma"]))
        out += ["✔️ " + cap(p) for p in prof]
        if se_a:
            out.append("😊 Tu es " + join_fr(se_a) + " ?")
        out.append("")
        out.append("🎁 [N:titre|Les avantages] :")
        out.append(" / ".join(e["benefits"]))
        out.append("📄 " + e["contract"] + " – " + e["salary"])
        out.append("")
        out.append(e["apply"])
    elif style == "agency":
        out.append(e["pres"])
        out.append("")
        out.append("[N:titre|Vos missions] :")
        out += ["• " + cap(m) for m in miss]
        out.append("")
        out.append("[N:titre|Compétences attendues] :")
        out += ["• " + cap(p) for p in prof]
        if e["diploma"]:
            out.append("• " + cap(e["diploma"]))
        if se_a:
            out.append("Vous êtes " + join_fr(se_a) + ".")
        out.append("")
        out.append("[N:titre|Ce que nous vous proposons] : " + join_fr(e["benefits"]) + ".")
        out.append(e["contract"] + ". " + e["salary"] + ".")
        out.append(e["apply"])
    elif style == "block":
        s = e["pres"] + " "
        s += "Au sein " + trade + ", vous serez amené·e à " + join_fr(miss) + ". "
        if prof or e["diploma"]:
            bits = ([e["diploma"]] if e["diploma"] else []) + prof
            s += "Nous attendons " + join_fr(bits) + ". "
        if se_a:
            s += "Vous êtes " + join_fr(se_a) + ". "
        s += "Nous proposons " + join_fr(e["benefits"]) + ", en " + e["contract"] + ", " + decap(e["salary"]) + ". "
        s += e["apply"]
        if "x" in flags and e["contact"]:
            s += " " + contact_line(emp, seed) + "."
        out.append(s)
        return "\n".join(out)
    elif style == "short":
        out.append(e["pres"])
        out.append("[N:titre|Missions] : " + "; ".join(miss) + ".")
        bits = ([e["diploma"]] if e["diploma"] else []) + prof + se_n
        if bits:
            out.append("[N:titre|Profil] : " + ", ".join(bits) + ".")
        out.append(cap(e["contract"]) + ". " + cap(e["salary"]) + ". " + cap(e["benefits"][0]) + ".")
        out.append(e["apply"])
    if "x" in flags and e["contact"]:
        out.append(contact_line(emp, seed))
    return "\n".join(out)


def build_offers():
    offers, mentions, notskills = [], [], []  # mentions: (skill, phrasing, offer_id)
    counter = 0
    base = datetime(2026, 9, 7)
    title_idx = {}
    for fiche in ["I1604", "I1309"]:
        for j, (week, wd, hour, emp, skills, flags) in enumerate(OFFERS[fiche]):
            counter += 1
            oid = f"B{counter:05d}{LETTERS[counter % len(LETTERS)]}"
            e = EMP[emp]
            raw = compose(emp, skills, counter * 3 + j, fiche, flags)
            desc = MARK.sub(lambda m: m.group(3), raw)
            for m in MARK.finditer(raw):
                if m.group(1) == "S":
                    mentions.append((m.group(2), m.group(3), oid))
                else:
                    notskills.append((m.group(2), m.group(3), oid))
            created = base + timedelta(days=week * 7 + wd, hours=hour, minutes=(counter * 17) % 60)
            updated = created + timedelta(days=counter % 4, hours=2)
            ti = title_idx.get(emp, 0)
            title_idx[emp] = ti + 1
            titles = TITLES[emp]
            o = {"id": oid, "intitule": titles[ti % len(titles)], "description": desc,
                 "dateCreation": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                 "dateActualisation": updated.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                 "lieuTravail": dict(e["loc"]), "romeCode": fiche, "romeLibelle": ROME_LIB[fiche],
                 "appellationlibelle": APPEL[fiche][counter % len(APPEL[fiche])]}
            ent = {}
            if e["nom"]:
                ent["nom"] = e["nom"]
            if e["edesc"]:
                ent["description"] = e["edesc"]
            ent["entrepriseAdaptee"] = False
            o["entreprise"] = ent
            o["typeContrat"], o["typeContratLibelle"] = e["typ"]
            o["natureContrat"] = "Contrat travail"
            o["experienceExige"], o["experienceLibelle"] = e["exp"]
            if e["exp"][0] != "D" and counter % 3 != 0:
                o["formations"] = [dict(FORMATION[fiche])]
            if "c" in flags:
                comps = []
                hard = [k for k in skills if not SKILLS[k][3]]
                for i, k in enumerate(hard[:5]):
                    code = SKILLS[k][2]
                    if k in NOCODE_LABEL and (counter + i) % 2 == 0:
                        lab = NOCODE_LABEL[k]
                        comps.append({"libelle": lab, "exigence": "S"})
                        mentions.append((k, lab, oid))
                    elif code:
                        lab = ROME_LABEL[code]
                        comps.append({"code": code, "libelle": lab, "exigence": "E" if i < 2 else "S"})
                        mentions.append((k, lab, oid))
                    elif k in NOCODE_LABEL:
                        comps.append({"libelle": NOCODE_LABEL[k], "exigence": "S"})
                        mentions.append((k, NOCODE_LABEL[k], oid))
                o["competences"] = comps
            if "q" in flags:
                qs = []
                for k in [k for k in skills if SKILLS[k][3]][:3]:
                    code = SKILLS[k][2]
                    lab = ROME_LABEL[code]
                    dfn = [d for c, l, d in SE if c == code][0]
                    qs.append({"libelle": lab, "description": dfn})
                    mentions.append((k, lab, oid))
                o["qualitesProfessionnelles"] = qs
            if e["sal"]:
                s = {"libelle": e["sal"][0]}
                if e["sal"][1]:
                    s["complement1"] = e["sal"][1]
                if e["sal"][2]:
                    s["complement2"] = e["sal"][2]
                o["salaire"] = s
            else:
                o["salaire"] = {"commentaire": "Selon profil"}
            if "x" in flags and e["contact"]:
                nm, tel, mail = e["contact"]
                c = {"nom": nm, "telephone": tel}
                if mail:
                    c["courriel"] = mail
                o["contact"] = c
            o["nombrePostes"] = 1
            o["accessibleTH"] = counter % 5 != 0
            o["origineOffre"] = {"origine": "1"}
            offers.append(o)
    return offers, mentions, notskills


# ---------------------------------------------------------------------------------------------
# 7. truth
# ---------------------------------------------------------------------------------------------
def cover_entry(cov):
    v = cov[0]
    if v in ("nouveau", "nouveau_bloc"):
        return {"value": v}
    if len(cov) == 3:  # faible in a fiche field
        return {"value": v, "statement": cov[2], "where": cov[1]}
    cert, block, text = STMT[cov[1]]
    return {"value": v, "statement": text, "block_code": block, "where": block}


def build_truth(offers, mentions, notskills):
    by_id = {o["id"]: o for o in offers}
    emp_of = {}
    for o in offers:
        emp_of[o["id"]] = o["entreprise"].get("nom") or ("anonyme-" + o["id"])
    fiche_emps = {}
    for o in offers:
        fiche_emps.setdefault(o["romeCode"], set()).add(emp_of[o["id"]])
    skills_out = []
    keys = list(SKILLS.keys())
    for n, k in enumerate(keys, 1):
        fiche, label, code, is_se, cov, extra = SKILLS[k]
        ph, offs = [], []
        for sk, text, oid in mentions:
            if sk != k:
                continue
            if text not in ph:
                ph.append(text)
            if oid not in offs:
                offs.append(oid)
        emps = {emp_of[o] for o in offs}
        if "breadth" in extra:
            breadth = extra["breadth"]
        elif len(emps) == 1:
            breadth = "singulier"
        elif len(emps) / len(fiche_emps[fiche]) >= 0.35:
            breadth = "general"
        else:
            breadth = "particulier"
        entry = {"id": f"{PART}-S{n:02d}", "label": label, "rome_code": fiche, "is_savoir_etre": is_se,
                 "phrasings": ph, "offers": offs,
                 "coverage": {c: cover_entry(v) for c, v in cov.items()},
                 "elongation_family": extra.get("elongation_family"),
                 "new_block_group": extra.get("new_block_group"),
                 "breadth": breadth, "trend": extra.get("trend", "stable"),
                 "rome_code_ogr": code, "key": k}
        skills_out.append(entry)
    ns = {}
    for kind, text, oid in notskills:
        ent = ns.setdefault((text, kind), [])
        if oid not in ent:
            ent.append(oid)
    # also list offers where the same phrase appears untagged
    for (text, kind), offs in ns.items():
        for o in offers:
            if o["id"] not in offs and text in o["description"]:
                offs.append(o["id"])
    not_skills = [{"text": t, "kind": k, "offers": v} for (t, k), v in ns.items()]
    certs = {num: {"title": c["title"], "rome_codes": [r for r, _ in c["rome"]]} for num, c in CERTS.items()}
    return {"part": PART, "region": "84", "main_fiches": ["I1604", "I1309"], "certifications": certs,
            "notes": {"breadth_rule": "singulier = 1 employer; general = asked by >= 35% of the fiche's employers "
                                      "(each offer without entreprise.nom counted as its own employer); else particulier; "
                                      "transversal set by design",
                      "faible_where": "block code, or ACTIVITES_VISEES / CAPACITES_ATTESTEES when the statement is there",
                      "extra_keys": "rome_code_ogr and key are informative only"},
            "skills": skills_out, "not_skills": not_skills}


def main():
    write_rome()
    write_rncp()
    offers, mentions, notskills = build_offers()
    d = os.path.join(HERE, "offres")
    os.makedirs(d, exist_ok=True)
    for fiche, name in [("I1604", "offres-I1604-ara-2026.json"), ("I1309", "offres-I1309-ara-2026.json")]:
        res = [o for o in offers if o["romeCode"] == fiche]
        agg = {}
        for o in res:
            agg[o["typeContrat"]] = agg.get(o["typeContrat"], 0) + 1
        fp = [{"filtre": "typeContrat", "agregation": [{"valeurPossible": k, "nbResultats": v} for k, v in sorted(agg.items())]}]
        with open(os.path.join(d, name), "w", encoding="utf-8") as fh:
            json.dump({"resultats": res, "filtresPossibles": []}, fh, ensure_ascii=False, indent=1)
    truth = build_truth(offers, mentions, notskills)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
