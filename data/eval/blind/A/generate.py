# -*- coding: utf-8 -*-
"""Generator of part A of the blind evaluation set (standard library only, deterministic)."""
# ======== gen_rome
"""ROME 4.0 excerpt for part A (fictitious technical ids, real fiche codes)."""

FICHES = [
    # code_rome, code_fiche_metier, code_ogr, libelle, t_eco, t_num, t_demo, regl, cadre, parent
    ("F1606", "719001", "710001", "Peintre en bâtiment", "1", "0", "0", "0", "0", ""),
    ("H2206", "719002", "710002", "Menuisier / Menuisière", "1", "1", "0", "0", "0", ""),
    ("F1601", "719003", "710003", "Plâtrier / Plâtrière", "1", "0", "0", "0", "0", ""),
    ("F1609", "719004", "710004", "Solier-moquettiste / Solière-moquettiste", "0", "0", "0", "0", "0", ""),
    ("F1607", "719005", "710005", "Poseur / Poseuse de fermetures menuisées", "1", "0", "0", "0", "0", ""),
    ("H2207", "719006", "710006", "Ébéniste", "0", "0", "0", "0", "0", ""),
]

APPELLATIONS = [
    # code_ogr, long, court, code_rome, classification, parent, peu_usite
    ("710101", "Peintre en bâtiment", "Peintre en bâtiment", "F1606", "S", "", "0"),
    ("710102", "Peintre décorateur / Peintre décoratrice en bâtiment", "Peintre décorateur en bâtiment", "F1606", "S", "", "0"),
    ("710103", "Peintre façadier / Peintre façadière", "Peintre façadier", "F1606", "S", "", "0"),
    ("710104", "Peintre applicateur / Peintre applicatrice de revêtements", "Peintre applicateur de revêtements", "F1606", "S", "", "1"),
    ("710111", "Menuisier / Menuisière", "Menuisier", "H2206", "S", "", "0"),
    ("710112", "Menuisier agenceur / Menuisière agenceuse", "Menuisier agenceur", "H2206", "S", "", "0"),
    ("710113", "Menuisier / Menuisière d'atelier", "Menuisier d'atelier", "H2206", "S", "", "0"),
    ("710114", "Menuisier poseur / Menuisière poseuse", "Menuisier poseur", "H2206", "S", "", "0"),
    ("710121", "Plâtrier / Plâtrière", "Plâtrier", "F1601", "S", "", "0"),
    ("710122", "Plaquiste", "Plaquiste", "F1601", "S", "", "0"),
    ("710131", "Solier-moquettiste / Solière-moquettiste", "Solier-moquettiste", "F1609", "S", "", "0"),
    ("710132", "Poseur / Poseuse de revêtements de sols souples", "Poseur de sols souples", "F1609", "S", "", "0"),
    ("710141", "Poseur / Poseuse de fermetures menuisées", "Poseur de fermetures menuisées", "F1607", "S", "", "0"),
    ("710142", "Poseur / Poseuse de fenêtres", "Poseur de fenêtres", "F1607", "S", "", "0"),
    ("710151", "Ébéniste", "Ébéniste", "H2207", "S", "", "0"),
    ("710152", "Ébéniste restaurateur / Ébéniste restauratrice de meubles", "Ébéniste restaurateur", "H2207", "S", "", "1"),
]

MACROS = {
    "716001": "Préparer les supports et protéger le chantier",
    "716002": "Mettre en œuvre des peintures et des revêtements",
    "716003": "Intervenir sur l'enveloppe du bâtiment",
    "716004": "Préparer une fabrication en menuiserie",
    "716005": "Fabriquer des ouvrages en bois",
    "716006": "Poser et installer des ouvrages",
    "716007": "Adopter des comportements professionnels",
    "716008": "Prévenir les risques et utiliser les outils numériques",
    "716009": "Réaliser des ouvrages de plâtrerie et de sols",
}

SF = "Savoir-faire"
SE = "Savoir-être professionnel"
TECH = "Compétence technique"

# code_ogr, nature, libelle, definition, macro, sous_cat, t_eco, t_num
COMPETENCES = [
    # F1606 savoir-faire
    ("711001", SF, "Préparer les supports à peindre", "Nettoyer, décaper, reboucher et poncer un support avant l'application d'un revêtement.", "716001", "Préparation des supports", "0", "0"),
    ("711002", SF, "Protéger les surfaces et les équipements avant travaux", "Mettre à l'abri les sols, menuiseries et équipements qui ne doivent pas être salis.", "716001", "Préparation des supports", "0", "0"),
    ("711003", SF, "Appliquer des enduits de rebouchage et de lissage", "Garnir et lisser une paroi avec des enduits pour obtenir un fond plan.", "716001", "Préparation des supports", "0", "0"),
    ("711004", SF, "Appliquer des peintures et produits de finition en intérieur", "Mettre en œuvre des couches d'impression et de finition sur murs, plafonds et boiseries.", "716002", "Application de peintures", "0", "0"),
    ("711005", SF, "Poser des revêtements muraux collés", "Poser papiers peints, toiles de verre et revêtements vinyles sur les murs.", "716002", "Pose de revêtements", "0", "0"),
    ("711006", SF, "Réaliser des travaux de ravalement de façade", "Nettoyer, traiter et remettre en peinture les façades d'un bâtiment.", "716003", "Travaux de façade", "1", "0"),
    ("711007", SF, "Préparer une teinte à partir d'un nuancier", "Obtenir une couleur conforme à une référence par mélange de bases et de colorants.", "716002", "Application de peintures", "0", "0"),
    ("711008", SF, "Poser des revêtements de sol souples", "Poser des sols PVC, linoléum ou textiles en lés ou en dalles.", "716002", "Pose de revêtements", "0", "0"),
    ("711009", SF, "Monter et utiliser un échafaudage", "Monter, vérifier et utiliser un échafaudage de pied ou roulant.", "716003", "Travail en hauteur", "0", "0"),
    ("711010", SF, "Réaliser des décors et effets de matière", "Exécuter patines, stucs, bétons cirés et autres finitions décoratives.", "716002", "Finitions décoratives", "0", "0"),
    ("711011", SF, "Évaluer les quantités de produits et de matériaux", "Mesurer les surfaces et calculer les besoins en produits.", "716001", "Organisation du chantier", "0", "0"),
    ("711012", SF, "Traiter les joints entre plaques de plâtre", "Réaliser les bandes et l'enduit de jointoiement des cloisons sèches.", "716001", "Préparation des supports", "0", "0"),
    ("711013", SF, "Appliquer des revêtements de sol à base de résine", "Mettre en œuvre des résines époxy ou polyuréthane sur les sols.", "716002", "Pose de revêtements", "0", "0"),
    ("711014", SF, "Conseiller un client sur le choix des couleurs et des finitions", "Orienter le client dans ses choix de teintes et d'aspects.", "716002", "Relation client", "0", "0"),
    ("711015", SF, "Fixer des panneaux isolants sur une façade", "Coller et cheviller des isolants en façade dans un système d'isolation par l'extérieur.", "716003", "Isolation par l'extérieur", "1", "0"),
    ("711016", SF, "Réaliser un sous-enduit armé sur isolant", "Appliquer la couche de base et y noyer l'armature.", "716003", "Isolation par l'extérieur", "1", "0"),
    ("711017", SF, "Poser des profilés de départ et d'angle sur façade isolée", "Mettre en place rails de départ, cornières et profilés d'arrêt.", "716003", "Isolation par l'extérieur", "1", "0"),
    ("711018", SF, "Appliquer un enduit de finition sur isolant", "Appliquer un revêtement de finition mince ou un RPE sur la couche armée.", "716003", "Isolation par l'extérieur", "1", "0"),
    ("711019", SF, "Poser des plafonds et murs tendus", "Poser des profils et tendre des toiles PVC ou textiles.", "716002", "Pose de revêtements", "0", "0"),
    # H2206 savoir-faire
    ("712001", SF, "Lire et interpréter un plan de fabrication", "Exploiter plans, coupes et détails d'un ouvrage en bois.", "716004", "Préparation de la fabrication", "0", "0"),
    ("712002", SF, "Relever des cotes sur site", "Mesurer un emplacement et ses contraintes avant fabrication.", "716004", "Préparation de la fabrication", "0", "0"),
    ("712003", SF, "Établir une fiche de débit et débiter les matériaux", "Définir les dimensions brutes et couper bois et panneaux.", "716004", "Préparation de la fabrication", "0", "0"),
    ("712004", SF, "Usiner des pièces sur machines conventionnelles", "Usiner à la toupie, à la raboteuse, à la dégauchisseuse ou à la mortaiseuse.", "716005", "Usinage", "0", "0"),
    ("712005", SF, "Assembler les éléments d'un ouvrage en bois", "Monter, coller et serrer les pièces d'un ouvrage.", "716005", "Assemblage", "0", "0"),
    ("712006", SF, "Poser des menuiseries et des agencements sur chantier", "Mettre en place et fixer portes, fenêtres, placards et agencements.", "716006", "Pose", "0", "0"),
    ("712007", SF, "Appliquer des produits de finition sur le bois", "Poncer, teinter, vernir, lasurer ou huiler un ouvrage.", "716005", "Finition", "0", "0"),
    ("712008", SF, "Fabriquer des éléments d'agencement et de mobilier", "Réaliser cuisines, dressings, meubles et agencements de locaux.", "716005", "Agencement", "0", "0"),
    ("712009", SF, "Fabriquer des escaliers en bois", "Tracer, usiner et assembler des escaliers droits ou balancés.", "716005", "Escaliers", "0", "0"),
    ("712010", SF, "Affûter et entretenir l'outillage et les machines", "Maintenir en état les outils de coupe et les machines d'atelier.", "716005", "Maintenance", "0", "0"),
    ("712011", SF, "Poser des parquets et revêtements de sol en bois", "Poser des parquets cloués, collés ou flottants.", "716006", "Pose", "0", "0"),
    ("712012", SF, "Poser des menuiseries en PVC et en aluminium", "Poser des fenêtres et portes en matériaux autres que le bois.", "716006", "Pose", "1", "0"),
    ("712013", SF, "Poser des blocs-portes techniques", "Poser des portes coupe-feu, acoustiques ou de sécurité.", "716006", "Pose", "0", "0"),
    ("712014", SF, "Intégrer des matériaux de réemploi dans un ouvrage", "Sélectionner, préparer et réutiliser du bois ou des éléments récupérés.", "716005", "Économie circulaire", "1", "0"),
    ("712015", SF, "Réaliser des pièces en bois cintré", "Cintrer le bois par lamellation ou à la vapeur.", "716005", "Usinage", "0", "0"),
    ("712016", SF, "Mettre en œuvre des membranes d'étanchéité à l'air", "Poser et raccorder pare-vapeur et membranes autour des menuiseries.", "716006", "Performance énergétique", "1", "0"),
    ("712017", SF, "Poser des joints d'étanchéité en tableau de menuiserie", "Mettre en place mousses imprégnées et joints pré-comprimés.", "716006", "Performance énergétique", "1", "0"),
    ("712018", SF, "Contrôler la perméabilité à l'air d'un ouvrage", "Réaliser ou préparer une mesure d'infiltrométrie.", "716006", "Performance énergétique", "1", "1"),
    # close fiches
    ("713001", SF, "Monter des cloisons en plaques de plâtre sur ossature métallique", "", "716009", "Plâtrerie", "0", "0"),
    ("713002", SF, "Réaliser des enduits au plâtre manuels ou projetés", "", "716009", "Plâtrerie", "0", "0"),
    ("713003", SF, "Poser des plafonds suspendus", "", "716009", "Plâtrerie", "0", "0"),
    ("713004", SF, "Réaliser des moulures et ouvrages en staff", "", "716009", "Plâtrerie", "0", "0"),
    ("713011", SF, "Réaliser un ragréage de sol", "", "716009", "Sols", "0", "0"),
    ("713012", SF, "Souder les joints des revêtements de sol en PVC", "", "716009", "Sols", "0", "0"),
    ("713013", SF, "Poser de la moquette tendue ou collée", "", "716009", "Sols", "0", "0"),
    ("713014", SF, "Poser des plinthes et des barres de seuil", "", "716009", "Sols", "0", "0"),
    ("713021", SF, "Poser des volets roulants et des fermetures extérieures", "", "716006", "Pose", "0", "0"),
    ("713022", SF, "Régler les ouvrants et la quincaillerie", "", "716006", "Pose", "0", "0"),
    ("713023", SF, "Poser des portes de garage sectionnelles", "", "716006", "Pose", "0", "0"),
    ("713024", SF, "Raccorder électriquement une fermeture motorisée", "", "716006", "Pose", "0", "0"),
    ("713031", SF, "Réaliser des placages et des marqueteries", "", "716005", "Ébénisterie", "0", "0"),
    ("713032", SF, "Restaurer des meubles anciens", "", "716005", "Ébénisterie", "1", "0"),
    ("713033", SF, "Sculpter des éléments décoratifs en bois", "", "716005", "Ébénisterie", "0", "0"),
    # savoir-être (shared)
    ("715001", SE, "Faire preuve de rigueur et de précision", "Capacité à exécuter un travail soigné en respectant les consignes.", "716007", "Rigueur", "0", "0"),
    ("715002", SE, "Travailler en équipe", "Capacité à coopérer avec des collègues pour un objectif commun.", "716007", "Coopération", "0", "0"),
    ("715003", SE, "Faire preuve d'autonomie", "Capacité à organiser son travail sans supervision constante.", "716007", "Autonomie", "0", "0"),
    ("715004", SE, "Respecter les horaires et les engagements", "Capacité à être présent et à l'heure, à tenir ce qui a été convenu.", "716007", "Fiabilité", "0", "0"),
    ("715005", SE, "Faire preuve de motivation et de dynamisme", "Capacité à s'investir avec énergie dans son travail.", "716007", "Implication", "0", "0"),
    ("715006", SE, "Avoir le sens du contact", "Capacité à établir une relation cordiale avec les clients et les collègues.", "716007", "Relation", "0", "0"),
    # transversal savoir-faire
    ("715011", SF, "Porter secours à une personne victime d'un accident", "Protéger, alerter et secourir en attendant les secours.", "716008", "Secourisme", "0", "0"),
    ("715012", SF, "Appliquer les techniques de manutention et les gestes et postures adaptés", "Lever, porter et déplacer des charges en préservant sa santé.", "716008", "Prévention des risques physiques", "0", "0"),
    ("715013", SF, "Renseigner des documents de suivi sur un outil numérique", "Compléter rapports, bons et relevés sur tablette, smartphone ou ordinateur.", "716008", "Outils numériques", "0", "1"),
]

# code, libelle, categorie, sous_categorie, t_eco, t_num
SAVOIRS = [
    ("714001", "Peinture acrylique", "Produits et matériaux", "Types de peintures", "0", "0"),
    ("714002", "Peinture glycérophtalique", "Produits et matériaux", "Types de peintures", "0", "0"),
    ("714003", "Peinture au silicate", "Produits et matériaux", "Types de peintures", "0", "0"),
    ("714004", "Peinture pliolite", "Produits et matériaux", "Types de peintures", "0", "0"),
    ("714011", "Application à la brosse", "Techniques professionnelles", "Techniques d'application des peintures", "0", "0"),
    ("714012", "Application au rouleau", "Techniques professionnelles", "Techniques d'application des peintures", "0", "0"),
    ("714013", "Pulvérisation airless", "Techniques professionnelles", "Techniques d'application des peintures", "0", "0"),
    ("714014", "Pulvérisation pneumatique", "Techniques professionnelles", "Techniques d'application des peintures", "0", "0"),
    ("714021", "DTU 59.1 Revêtements de peinture", "Normes et procédés", "DTU peinture et revêtements", "0", "0"),
    ("714022", "DTU 59.4 Papiers peints et revêtements muraux", "Normes et procédés", "DTU peinture et revêtements", "0", "0"),
    ("714023", "DTU 42.1 Revêtements d'imperméabilité de façade", "Normes et procédés", "DTU peinture et revêtements", "0", "0"),
    ("714024", "DTU 53.2 Revêtements de sol PVC collés", "Normes et procédés", "DTU peinture et revêtements", "0", "0"),
    ("714031", "Peinture biosourcée", "Produits et matériaux", "Produits écoresponsables", "1", "0"),
    ("714041", "Sous-section 4 amiante", "Normes et procédés", "Normes de sécurité", "0", "0"),
    ("714042", "Recommandation R408 échafaudages", "Normes et procédés", "Normes de sécurité", "0", "0"),
    ("714051", "CACES R486 Plates-formes élévatrices mobiles de personnes", "Habilitations et certifications", "Certificats de conduite d'engins", "0", "0"),
    ("714052", "CACES R489 Chariots de manutention", "Habilitations et certifications", "Certificats de conduite d'engins", "0", "0"),
    ("714061", "Sauvetage secourisme du travail (SST)", "Normes et procédés", "Santé et sécurité au travail", "0", "0"),
    ("714062", "Prévention des risques liés à l'activité physique (PRAP)", "Normes et procédés", "Santé et sécurité au travail", "0", "0"),
    ("714101", "TopSolid Wood", "Outils et logiciels", "Logiciels de CAO-DAO pour le bois", "0", "1"),
    ("714102", "AutoCAD", "Outils et logiciels", "Logiciels de CAO-DAO pour le bois", "0", "1"),
    ("714103", "SketchUp", "Outils et logiciels", "Logiciels de CAO-DAO pour le bois", "0", "1"),
    ("714104", "Polyboard", "Outils et logiciels", "Logiciels de CAO-DAO pour le bois", "0", "1"),
    ("714111", "Centre d'usinage CN 3 axes", "Outils et logiciels", "Machines à commande numérique", "0", "1"),
    ("714112", "Centre d'usinage CN 5 axes", "Outils et logiciels", "Machines à commande numérique", "0", "1"),
    ("714113", "Machine de nesting", "Outils et logiciels", "Machines à commande numérique", "0", "1"),
    ("714121", "DTU 36.2 Menuiseries intérieures en bois", "Normes et procédés", "DTU menuiserie", "0", "0"),
    ("714122", "DTU 36.5 Mise en œuvre des fenêtres et portes extérieures", "Normes et procédés", "DTU menuiserie", "0", "0"),
    ("714123", "DTU 51.1 Pose des parquets à clouer", "Normes et procédés", "DTU menuiserie", "0", "0"),
    ("714131", "Panneau MDF", "Produits et matériaux", "Panneaux dérivés du bois", "0", "0"),
    ("714132", "Panneau de particules mélaminé", "Produits et matériaux", "Panneaux dérivés du bois", "0", "0"),
    ("714133", "Contreplaqué", "Produits et matériaux", "Panneaux dérivés du bois", "0", "0"),
    ("714141", "Habilitation électrique BR", "Habilitations et certifications", "Habilitations électriques", "0", "0"),
    ("714142", "Habilitation électrique B1V", "Habilitations et certifications", "Habilitations électriques", "0", "0"),
    ("714201", "DTU 25.41 Ouvrages en plaques de plâtre", "Normes et procédés", "DTU plâtrerie", "0", "0"),
    ("714202", "DTU 25.1 Enduits intérieurs en plâtre", "Normes et procédés", "DTU plâtrerie", "0", "0"),
    ("714211", "Colle acrylique pour sols souples", "Produits et matériaux", "Colles et adhésifs de pose", "0", "0"),
    ("714212", "Colle néoprène", "Produits et matériaux", "Colles et adhésifs de pose", "0", "0"),
    ("714221", "Vernis au tampon", "Techniques professionnelles", "Techniques de finition du bois", "0", "0"),
    ("714222", "Finition à la cire", "Techniques professionnelles", "Techniques de finition du bois", "0", "0"),
    ("714223", "Laquage du bois", "Techniques professionnelles", "Techniques de finition du bois", "0", "0"),
]

SE_CODES = ["715001", "715002", "715003", "715004", "715005", "715006"]
TRANSV = ["715011", "715012", "715013"]

LINKS = {
    "F1606": [f"7110{i:02d}" for i in range(1, 20)] + TRANSV + SE_CODES + [
        "714001", "714002", "714003", "714004", "714011", "714012", "714013", "714014",
        "714021", "714022", "714023", "714031", "714041", "714042", "714051", "714061", "714062"],
    "H2206": [f"7120{i:02d}" for i in range(1, 19)] + TRANSV + SE_CODES + [
        "714101", "714102", "714103", "714104", "714111", "714112", "714113",
        "714121", "714122", "714123", "714131", "714132", "714133", "714141", "714142",
        "714052", "714061", "714062"],
    "F1601": ["713001", "713002", "713003", "713004", "711012", "711003", "714201", "714202",
              "714042", "714061", "715001", "715002"],
    "F1609": ["713011", "713012", "713013", "713014", "711008", "714024", "714211", "714212",
              "714062", "715001", "715003"],
    "F1607": ["713021", "713022", "713023", "713024", "712012", "712017", "712002", "714122",
              "714141", "715003", "715004"],
    "H2207": ["713031", "713032", "713033", "712005", "712007", "712001", "714221", "714222",
              "714223", "715001", "715006"],
}
EMERGENTE = {("F1606", "714031"), ("F1606", "711015"), ("H2206", "712014"), ("H2206", "712016")}

MOBILITE = [
    ("F1606", "F1601", "1"), ("F1606", "F1609", "2"),
    ("H2206", "F1607", "1"), ("H2206", "H2207", "2"),
    ("F1601", "F1606", "1"), ("F1609", "F1606", "1"),
    ("F1607", "H2206", "1"), ("H2207", "H2206", "1"),
]
# ======== gen_certs
"""Fictitious RNCP certifications for part A. HTML kept as written, escaped by the XML writer."""

def p_list(items, intro=None):
    """Paragraph with '- ' bullets separated by <br/>."""
    body = "<br/>".join("- " + it for it in items)
    return "<p>" + ((intro + "<br/>") if intro else "") + body + "</p>"

def ul_list(items, intro=None):
    return (("<p>" + intro + "</p>") if intro else "") + "<ul>" + "".join("<li>" + it + "</li>" for it in items) + "</ul>"

CERTS = [
  {
    "numero": "RNCP71001",
    "intitule": "CAP Peintre en revêtements et finitions du bâtiment",
    "abrege": ("CAP", "Certificat d'aptitude professionnelle"),
    "niveau": ("NIV3", "Niveau 3"),
    "romes": [("F1606", "Peintre en bâtiment")],
    "style": "p",
    "activites_intro": "Le titulaire exerce dans une entreprise de finition du bâtiment, en construction neuve comme en rénovation.",
    "activites": [
        "Il réalise les travaux de préparation, de mise en peinture et de tapissage des murs, plafonds et boiseries intérieures.",
        "Il peut être amené à intervenir en façade sous la conduite d'un ouvrier qualifié.",
        "Il travaille régulièrement depuis des équipements d'accès en hauteur mis à sa disposition.",
    ],
    "capacites_intro": "Le titulaire est capable de :",
    "capacites": [
        "préparer son intervention à partir des consignes reçues ;",
        "réaliser les travaux préparatoires et de finition sur les parois intérieures ;",
        "tapisser des parois simples ;",
        "rendre compte de son travail à son chef d'équipe.",
    ],
    "blocs": [
      ("RNCP71001BC01", "Préparer l'intervention et traiter les fonds", [
        "Prendre connaissance des consignes et du dossier de l'intervention afin d'organiser son poste de travail en sécurité",
        "Mettre en place les dispositifs d'isolement des ouvrages contigus (films, feutres, rubans adhésifs) avant toute intervention afin d'éviter les salissures",
        "Effectuer le traitement initial des fonds (dépoussiérage, grattage, égrenage, impression) en fonction de la nature du subjectile afin d'en assurer l'adhérence",
        "Exécuter le dressage des parois par passes successives de produits pâteux jusqu'à l'obtention d'une surface plane et lisse",
        "Relever les dimensions d'une pièce à l'aide d'un mètre et d'un télémètre en vue de la préparation des matériaux",
        "Adopter des positions de travail et des méthodes de port de charges qui préservent son intégrité physique tout au long de l'intervention",
       ], "<p>Évaluation en cours de formation : étude d'un dossier d'intervention et réalisation de travaux préparatoires sur un support fourni par le centre.</p>"),
      ("RNCP71001BC02", "Mettre en œuvre les peintures et les revêtements muraux", [
        "Revêtir les parois, sous-faces et boiseries de couches primaires et de couches d'aspect à la brosse et au rouleau en respectant le rendement prescrit par le fabricant",
        "Choisir entre peintures acryliques en phase aqueuse et peintures glycérophtaliques selon la destination du local et la nature du fond",
        "Tapisser les parois avec des lés de papier ou de fibre de verre en assurant le raccord des motifs et l'aplomb des joints",
        "Mettre en œuvre les travaux de peinture conformément aux prescriptions du DTU 59.1 et aux fiches techniques des fabricants",
        "Contrôler la qualité de l'aspect fini sous lumière rasante et reprendre les défauts constatés",
        "Remettre en état la zone d'intervention et entretenir l'outillage en fin de poste",
       ], "<p>Mise en situation professionnelle en atelier :<br/>- Mise en peinture d'une cabine d'essai.<br/>- Traitement des joints d'un ouvrage en plaques de plâtre.<br/>- Tapissage d'une paroi en lés raccordés.</p>"),
      ("RNCP71001BC03", "Prévenir les risques et communiquer sur le chantier", [
        "Identifier les risques professionnels liés aux produits chimiques et aux solvants afin de proposer des mesures de prévention",
        "Lire les pictogrammes et les fiches de données de sécurité des produits utilisés",
        "Appliquer les consignes d'hygiène et porter les équipements de protection individuelle adaptés à la tâche",
        "Communiquer avec son chef d'équipe et rendre compte oralement de l'avancement de son travail",
        "Respecter les règles de vie du chantier et les horaires fixés par l'entreprise",
       ], "<p>Épreuve écrite d'une heure trente. Une partie de l'épreuve porte sur la conduite à tenir face à un accident et l'alerte des secours.</p>"),
    ],
  },
  {
    "numero": "RNCP71002",
    "intitule": "BP Peintre-décorateur en bâtiment",
    "abrege": ("BP", "Brevet professionnel"),
    "niveau": ("NIV4", "Niveau 4"),
    "romes": [("F1606", "Peintre en bâtiment"), ("F1609", "Solier-moquettiste / Solière-moquettiste")],
    "style": "ul",
    "activites_intro": "Le titulaire du brevet professionnel est un ouvrier hautement qualifié de la finition du bâtiment.",
    "activites": [
        "Il organise le chantier et veille à la préservation des existants.",
        "Il réalise les travaux de peinture intérieure et extérieure, de tapissage et de sols souples.",
        "Il encadre une petite équipe et assure le lien avec le client.",
    ],
    "capacites_intro": None,
    "capacites": [
        "Organiser un chantier de finition et en assurer le suivi",
        "Traiter les fonds intérieurs et extérieurs",
        "Exécuter des ouvrages décoratifs simples (frises, filets, pochoirs)",
        "Encadrer une petite équipe",
    ],
    "blocs": [
      ("RNCP71002BC01", "Organiser et suivre un chantier de finition", [
        "Analyser le dossier technique et les pièces écrites d'un marché afin de déterminer les ouvrages à réaliser",
        "Quantifier les fournitures et les temps de main-d'œuvre à partir des plans et des relevés afin de préparer l'approvisionnement",
        "Répartir les tâches entre les membres d'une petite équipe et contrôler l'avancement au regard du planning",
        "Renseigner les documents de suivi du chantier (bons d'intervention, relevés d'heures, fiches d'autocontrôle)",
        "Planifier la réception des matériaux et leur stockage à l'abri des intempéries",
       ], "<ul><li>Étude de cas écrite à partir d'un dossier de consultation.</li><li>Entretien avec le jury sur l'organisation proposée.</li></ul>"),
      ("RNCP71002BC02", "Diagnostiquer et traiter les fonds intérieurs et extérieurs", [
        "Diagnostiquer l'état des fonds (humidité, cohésion, fissuration) et choisir le traitement adapté",
        "Éliminer les anciens revêtements non adhérents et appliquer les couches d'impression adaptées au subjectile",
        "Dresser les parois et les plafonds par application successive de produits pâteux garnissants et de finition",
        "Remettre en état les parements extérieurs existants par nettoyage, traitement curatif des micro-organismes et mise en couleur",
        "Mettre en œuvre les ragréages autolissants nécessaires à la pose des revêtements de sol",
       ], "<ul><li>Mise en situation pratique sur supports dégradés.</li><li>Questionnement oral sur le diagnostic réalisé.</li></ul>"),
      ("RNCP71002BC03", "Réaliser les finitions et les revêtements", [
        "Revêtir les locaux de couches d'aspect mat, satiné ou brillant au moyen d'un pistolet pneumatique à godet, de la brosse ou du rouleau",
        "Sélectionner des peintures pliolite ou acryliques pour les travaux extérieurs en fonction de l'exposition de l'ouvrage",
        "Tapisser les murs en lés raccordés de supports cellulosiques et textiles conformément au DTU 59.4",
        "Mettre en œuvre des revêtements de sol en lés ou en dalles plastiques et textiles collés sur chape préparée",
        "Reproduire une couleur à partir de bases et de colorants en vérifiant sa conformité à l'échantillon de référence",
        "Contrôler la planéité et l'aspect des ouvrages finis sous éclairage rasant avant la réception des travaux",
       ], "<ul><li>Épreuve pratique de seize heures réalisée en centre d'examen.</li><li>Une partie de l'ouvrage est réalisée depuis un échafaudage roulant fourni par le centre d'examen.</li></ul>"),
      ("RNCP71002BC04", "Assurer la relation client et l'encadrement de proximité", [
        "Présenter au client les échantillons de teintes validés par l'encadrement",
        "Transmettre les consignes de travail et de sécurité aux compagnons et aux apprentis",
        "Rendre compte à sa hiérarchie des aléas du chantier et proposer des solutions",
        "Accueillir et accompagner un apprenti dans l'acquisition des gestes professionnels",
        "Participer à la réception des travaux avec le client et consigner les réserves éventuelles",
       ], "<ul><li>Soutenance orale d'un dossier professionnel devant un jury.</li></ul>"),
    ],
  },
  {
    "numero": "RNCP71003",
    "intitule": "CAP Menuisier fabricant bois et agencement",
    "abrege": ("CAP", "Certificat d'aptitude professionnelle"),
    "niveau": ("NIV3", "Niveau 3"),
    "romes": [("H2206", "Menuisier / Menuisière")],
    "style": "p",
    "activites_intro": "Le titulaire du CAP est un ouvrier qualifié qui exerce principalement en atelier.",
    "activites": [
        "Il fabrique, à partir de plans et de consignes, des ouvrages de menuiserie intérieure et extérieure ainsi que des éléments de mobilier.",
        "Il participe, aux côtés d'un poseur confirmé, à la mise en place des ouvrages sur le chantier.",
        "Il assure la maintenance de premier niveau de son poste de travail.",
    ],
    "capacites_intro": None,
    "capacites": [
        "Décoder un dossier de fabrication.",
        "Conduire les machines de l'atelier en sécurité.",
        "Fabriquer un ouvrage de menuiserie simple.",
        "Contrôler la qualité de sa production.",
    ],
    "blocs": [
      ("RNCP71003BC01", "Analyser et préparer une fabrication", [
        "Exploiter les documents graphiques (vues d'ensemble, coupes, vues de détail) d'un dossier de fabrication afin d'identifier les ouvrages à réaliser",
        "Établir la liste des éléments constitutifs d'un ouvrage et leurs dimensions brutes à partir du dossier technique",
        "Choisir les bois massifs et les panneaux dérivés adaptés à l'ouvrage en tenant compte de leurs propriétés",
        "Mettre en œuvre les ouvrages intérieurs en conformité avec le DTU 36.2 et les prescriptions du dossier",
        "Organiser son poste de travail et l'approvisionnement en matière en respectant les règles de sécurité",
       ], "<p>Épreuve écrite et graphique de quatre heures à partir d'un dossier technique.</p>"),
      ("RNCP71003BC02", "Fabriquer des ouvrages de menuiserie et d'agencement", [
        "Tronçonner et refendre les matières premières selon une liste de découpe et un plan de coupe",
        "Façonner les pièces sur les équipements stationnaires du parc d'atelier en réglant les outils de coupe et les guides",
        "Préparer et lancer un programme d'usinage sur un centre d'usinage à commande numérique 3 axes",
        "Réunir les composants d'un ouvrage par encollage, tenonnage ou quincaillerie en contrôlant l'équerrage et la planéité",
        "Réaliser des aménagements intérieurs et des meubles à l'unité ou en petite série",
        "Préparer et traiter les parements des ouvrages au moyen de produits de protection et d'embellissement",
       ], "<p>Mise en situation professionnelle en atelier de quinze heures : fabrication d'un ouvrage à partir d'un dossier.</p>"),
      ("RNCP71003BC03", "Travailler en sécurité et contrôler sa production", [
        "Porter les équipements de protection individuelle et utiliser les dispositifs de protection des machines",
        "Soulever et déplacer des charges en adoptant des positions qui limitent les sollicitations du dos",
        "Contrôler la conformité dimensionnelle des pièces à chaque étape de fabrication",
        "Rendre compte oralement de son activité à son responsable",
        "Ranger et nettoyer son poste en fin de journée selon les consignes de l'atelier",
       ], "<p>Contrôle en cours de formation. Une situation d'évaluation porte sur l'alerte et les premiers gestes de secours en cas d'accident.</p>"),
    ],
  },
  {
    "numero": "RNCP71004",
    "intitule": "BP Menuisier agenceur",
    "abrege": ("BP", "Brevet professionnel"),
    "niveau": ("NIV4", "Niveau 4"),
    "romes": [("H2206", "Menuisier / Menuisière"), ("F1607", "Poseur / Poseuse de fermetures menuisées")],
    "style": "ul",
    "activites_intro": "Le menuisier agenceur titulaire du brevet professionnel réalise et met en place des ouvrages de menuiserie, d'agencement et de mobilier.",
    "activites": [
        "Il relève les données sur site et prépare la fabrication.",
        "Il fabrique en atelier des ouvrages tels que meubles, placards, habillages, escaliers et menuiseries extérieures.",
        "Il installe les ouvrages sur le chantier.",
        "Il organise le travail d'une petite équipe.",
    ],
    "capacites_intro": None,
    "capacites": [
        "Préparer la fabrication et la pose d'un ouvrage d'agencement",
        "Fabriquer des ouvrages en atelier, y compris sur machine à commande numérique",
        "Installer et régler les ouvrages sur site",
        "Animer une petite équipe",
    ],
    "blocs": [
      ("RNCP71004BC01", "Étudier et préparer un ouvrage d'agencement", [
        "Mesurer dans les locaux les dimensions et les contraintes d'implantation d'un ouvrage au moyen d'instruments traditionnels et laser",
        "Interpréter les dessins de l'architecte et les pièces techniques d'un projet d'aménagement intérieur",
        "Élaborer les plans d'exécution et les vues de détail d'un ouvrage à l'aide d'un logiciel de dessin de type AutoCAD",
        "Établir les listes de découpe et les nomenclatures de matière en limitant les pertes sur les formats de matière",
        "Estimer les temps de fabrication et de pose d'un ouvrage simple",
        "Choisir les procédés de mise en œuvre en référence au DTU 36.2 et aux avis techniques",
       ], "<ul><li>Épreuve écrite et graphique de six heures.</li></ul>"),
      ("RNCP71004BC02", "Fabriquer en atelier", [
        "Régler et conduire les équipements fixes de l'atelier pour réaliser profilages, rainures et moulurages",
        "Programmer un centre d'usinage à commande numérique 3 axes à partir d'un fichier de conception",
        "Monter les ouvrages à blanc puis procéder à leur encollage et à leur serrage sous presse",
        "Concevoir et réaliser des aménagements et meubles intégrés adaptés aux dimensions d'un local",
        "Vérifier l'état de surface des pièces avant leur mise en finition",
        "Contrôler l'état des outils de coupe avant chaque usinage",
       ], "<ul><li>Épreuve pratique de vingt-quatre heures en atelier.</li></ul>"),
      ("RNCP71004BC03", "Installer les ouvrages sur chantier", [
        "Implanter, fixer, caler et régler dans les locaux de destination les éléments fabriqués en atelier",
        "Mettre en œuvre des revêtements et habillages bois sur les parois et les sols",
        "Ajuster les éléments d'agencement aux défauts de planéité et d'aplomb des supports existants",
        "Coordonner son intervention avec les autres corps d'état présents sur le chantier",
        "Réceptionner les ouvrages posés avec le client et recueillir ses observations",
        "Consigner les heures et les fournitures utilisées sur les bons d'intervention",
       ], "<ul><li>Mise en situation sur une zone de pose reconstituée.</li></ul>"),
      ("RNCP71004BC04", "Encadrer une équipe et prévenir les risques", [
        "Transmettre les consignes de sécurité et les modes opératoires à l'équipe",
        "Vérifier la conformité des protections collectives et des équipements de travail sur le chantier",
        "Organiser la répartition des tâches au sein d'une équipe de deux à trois personnes",
        "Accompagner un apprenti dans l'apprentissage des gestes du métier",
        "Évaluer les risques d'une intervention en site occupé et adapter les mesures de prévention",
       ], "<ul><li>Entretien avec le jury à partir d'un dossier professionnel.</li></ul>"),
    ],
  },
]
# ======== gen_skills
"""Planted skills of part A: labels, ROME items, coverage per certification."""

def C(block, idx):
    return ("couvert", block, idx)

def F_act(cert, idx):
    return ("faible_act", cert, idx)

def F_cap(cert, idx):
    return ("faible_cap", cert, idx)

def F_mod(block, text):
    return ("faible_mod", block, text)

def F_blk(block, idx):
    return ("faible_blk", block, idx)

def E(block, idx, family, asked, certified):
    return ("elongation", block, idx, family, asked, certified)

N = ("nouveau",)
NB = ("nouveau_bloc",)

ITE = "Isolation thermique par l'extérieur"
ETA = "Étanchéité à l'air des menuiseries"

# local id: (label, rome, is_se, rome_items, {cert: cov}, new_block_group, trend, breadth_override)
SKILLS = {
  # ---------------- F1606 ----------------
  "P01": ("Préparer les supports à peindre", "F1606", False, ["711001"],
          {"RNCP71001": C("RNCP71001BC01", 2), "RNCP71002": C("RNCP71002BC02", 1)}, None, "stable", None),
  "P02": ("Protéger les surfaces et les équipements avant travaux", "F1606", False, ["711002"],
          {"RNCP71001": C("RNCP71001BC01", 1), "RNCP71002": F_act("RNCP71002", 0)}, None, "stable", None),
  "P03": ("Appliquer des enduits de rebouchage et de lissage", "F1606", False, ["711003"],
          {"RNCP71001": C("RNCP71001BC01", 3), "RNCP71002": C("RNCP71002BC02", 2)}, None, "stable", None),
  "P04": ("Appliquer des peintures et produits de finition en intérieur", "F1606", False, ["711004"],
          {"RNCP71001": C("RNCP71001BC02", 0), "RNCP71002": C("RNCP71002BC03", 0)}, None, "stable", None),
  "P05": ("Poser des revêtements muraux collés (papiers peints, toiles de verre)", "F1606", False, ["711005"],
          {"RNCP71001": C("RNCP71001BC02", 2), "RNCP71002": C("RNCP71002BC03", 2)}, None, "stable", None),
  "P06": ("Réaliser des travaux de ravalement de façade", "F1606", False, ["711006"],
          {"RNCP71001": F_act("RNCP71001", 1), "RNCP71002": C("RNCP71002BC02", 3)}, None, "stable", None),
  "P07": ("Préparer une teinte à partir d'un nuancier", "F1606", False, ["711007"],
          {"RNCP71001": N, "RNCP71002": C("RNCP71002BC03", 4)}, None, "stable", None),
  "P08": ("Poser des revêtements de sol souples", "F1606", False, ["711008"],
          {"RNCP71001": N, "RNCP71002": C("RNCP71002BC03", 3)}, None, "stable", None),
  "P09": ("Monter et utiliser un échafaudage, travailler en hauteur", "F1606", False, ["711009", "714042"],
          {"RNCP71001": F_act("RNCP71001", 2), "RNCP71002": F_mod("RNCP71002BC03", "Une partie de l'ouvrage est réalisée depuis un échafaudage roulant fourni par le centre d'examen.")}, None, "stable", None),
  "P10": ("Réaliser des décors et effets de matière", "F1606", False, ["711010"],
          {"RNCP71001": N, "RNCP71002": F_cap("RNCP71002", 2)}, None, "stable", None),
  "P11": ("Évaluer les quantités de produits et de matériaux (métrés)", "F1606", False, ["711011"],
          {"RNCP71001": F_blk("RNCP71001BC01", 4), "RNCP71002": C("RNCP71002BC01", 1)}, None, "stable", None),
  "P12": ("Traiter les joints entre plaques de plâtre", "F1606", False, ["711012"],
          {"RNCP71001": F_mod("RNCP71001BC02", "Traitement des joints d'un ouvrage en plaques de plâtre."), "RNCP71002": N}, None, "stable", None),
  "P13": ("Mettre en œuvre des peintures au silicate", "F1606", False, ["714003"],
          {"RNCP71001": E("RNCP71001BC02", 1, "Types de peintures", "Peinture au silicate", "Peinture acrylique"),
           "RNCP71002": E("RNCP71002BC03", 1, "Types de peintures", "Peinture au silicate", "Peinture pliolite")}, None, "stable", None),
  "P14": ("Peindre par pulvérisation airless", "F1606", False, ["714013"],
          {"RNCP71001": E("RNCP71001BC02", 0, "Techniques d'application des peintures", "Pulvérisation airless", "Application au rouleau"),
           "RNCP71002": E("RNCP71002BC03", 0, "Techniques d'application des peintures", "Pulvérisation airless", "Pulvérisation pneumatique")}, None, "stable", None),
  "P15": ("Appliquer le DTU 42.1 (revêtements d'imperméabilité de façade)", "F1606", False, ["714023"],
          {"RNCP71001": E("RNCP71001BC02", 3, "DTU peinture et revêtements", "DTU 42.1 Revêtements d'imperméabilité de façade", "DTU 59.1 Revêtements de peinture"),
           "RNCP71002": E("RNCP71002BC03", 2, "DTU peinture et revêtements", "DTU 42.1 Revêtements d'imperméabilité de façade", "DTU 59.4 Papiers peints et revêtements muraux")}, None, "stable", None),
  "P16": ("Appliquer des revêtements de sol à base de résine", "F1606", False, ["711013"],
          {"RNCP71001": N, "RNCP71002": N}, None, "stable", None),
  "P17": ("Intervenir en sous-section 4 amiante", "F1606", False, ["714041"],
          {"RNCP71001": N, "RNCP71002": N}, None, "stable", None),
  "P18": ("Conduire une nacelle (CACES R486)", "F1606", False, ["714051"],
          {"RNCP71001": N, "RNCP71002": N}, None, "stable", None),
  "P19": ("Conseiller un client sur le choix des couleurs et des finitions", "F1606", False, ["711014"],
          {"RNCP71001": N, "RNCP71002": F_blk("RNCP71002BC04", 0)}, None, "stable", None),
  "P20": ("Mettre en œuvre des peintures biosourcées et à faible émission de COV", "F1606", False, ["714031"],
          {"RNCP71001": N, "RNCP71002": N}, None, "emergent", None),
  "P21": ("Poser des plafonds et murs tendus", "F1606", False, ["711019"],
          {"RNCP71001": N, "RNCP71002": N}, None, "stable", None),
  "P22": ("Fixer des panneaux isolants sur une façade", "F1606", False, ["711015"],
          {"RNCP71001": NB, "RNCP71002": NB}, ITE, "stable", None),
  "P23": ("Réaliser un sous-enduit armé sur isolant", "F1606", False, ["711016"],
          {"RNCP71001": NB, "RNCP71002": NB}, ITE, "stable", None),
  "P24": ("Poser des profilés de départ et d'angle sur façade isolée", "F1606", False, ["711017"],
          {"RNCP71001": NB, "RNCP71002": NB}, ITE, "stable", None),
  "P25": ("Appliquer un enduit de finition sur isolant", "F1606", False, ["711018"],
          {"RNCP71001": NB, "RNCP71002": NB}, ITE, "stable", None),
  "P26": ("Porter secours en cas d'accident (sauveteur secouriste du travail)", "F1606", False, ["715011", "714061"],
          {"RNCP71001": F_mod("RNCP71001BC03", "Une partie de l'épreuve porte sur la conduite à tenir face à un accident et l'alerte des secours."), "RNCP71002": N}, None, "stable", "transversal"),
  "P27": ("Manutentionner en sécurité (gestes et postures, PRAP)", "F1606", False, ["715012", "714062"],
          {"RNCP71001": C("RNCP71001BC01", 5), "RNCP71002": N}, None, "stable", "transversal"),
  "P28": ("Renseigner des documents de suivi sur tablette ou outil numérique", "F1606", False, ["715013"],
          {"RNCP71001": N, "RNCP71002": F_blk("RNCP71002BC01", 3)}, None, "stable", "transversal"),
  "P29": ("Faire preuve de rigueur et de précision", "F1606", True, ["715001"], {}, None, "stable", None),
  "P30": ("Travailler en équipe", "F1606", True, ["715002"], {}, None, "stable", None),
  "P31": ("Faire preuve d'autonomie", "F1606", True, ["715003"], {}, None, "stable", None),
  "P32": ("Respecter les horaires et les engagements", "F1606", True, ["715004"], {}, None, "stable", None),
  "P33": ("Faire preuve de motivation et de dynamisme", "F1606", True, ["715005"], {}, None, "stable", None),
  "P34": ("Avoir le sens du contact", "F1606", True, ["715006"], {}, None, "stable", None),
  # ---------------- H2206 ----------------
  "M01": ("Lire et interpréter un plan de fabrication", "H2206", False, ["712001"],
          {"RNCP71003": C("RNCP71003BC01", 0), "RNCP71004": C("RNCP71004BC01", 1)}, None, "stable", None),
  "M02": ("Relever des cotes sur site", "H2206", False, ["712002"],
          {"RNCP71003": N, "RNCP71004": C("RNCP71004BC01", 0)}, None, "stable", None),
  "M03": ("Établir une fiche de débit et débiter les matériaux", "H2206", False, ["712003"],
          {"RNCP71003": C("RNCP71003BC02", 0), "RNCP71004": C("RNCP71004BC01", 3)}, None, "stable", None),
  "M04": ("Usiner des pièces sur machines conventionnelles", "H2206", False, ["712004"],
          {"RNCP71003": C("RNCP71003BC02", 1), "RNCP71004": C("RNCP71004BC02", 0)}, None, "stable", None),
  "M05": ("Assembler les éléments d'un ouvrage en bois", "H2206", False, ["712005"],
          {"RNCP71003": C("RNCP71003BC02", 3), "RNCP71004": C("RNCP71004BC02", 2)}, None, "stable", None),
  "M06": ("Poser des menuiseries et des agencements sur chantier", "H2206", False, ["712006"],
          {"RNCP71003": F_act("RNCP71003", 1), "RNCP71004": C("RNCP71004BC03", 0)}, None, "stable", None),
  "M07": ("Appliquer des produits de finition sur le bois", "H2206", False, ["712007"],
          {"RNCP71003": C("RNCP71003BC02", 5), "RNCP71004": F_blk("RNCP71004BC02", 4)}, None, "stable", None),
  "M08": ("Fabriquer des éléments d'agencement et de mobilier", "H2206", False, ["712008"],
          {"RNCP71003": C("RNCP71003BC02", 4), "RNCP71004": C("RNCP71004BC02", 3)}, None, "stable", None),
  "M09": ("Fabriquer des escaliers en bois", "H2206", False, ["712009"],
          {"RNCP71003": N, "RNCP71004": F_act("RNCP71004", 1)}, None, "stable", None),
  "M10": ("Affûter et entretenir l'outillage et les machines", "H2206", False, ["712010"],
          {"RNCP71003": F_act("RNCP71003", 2), "RNCP71004": F_blk("RNCP71004BC02", 5)}, None, "stable", None),
  "M11": ("Poser des parquets", "H2206", False, ["712011"],
          {"RNCP71003": N, "RNCP71004": F_blk("RNCP71004BC03", 1)}, None, "stable", None),
  "M13": ("Concevoir des ouvrages sur TopSolid Wood", "H2206", False, ["714101"],
          {"RNCP71003": N, "RNCP71004": E("RNCP71004BC01", 2, "Logiciels de CAO-DAO pour le bois", "TopSolid Wood", "AutoCAD")}, None, "stable", None),
  "M14": ("Usiner sur centre d'usinage CN 5 axes", "H2206", False, ["714112"],
          {"RNCP71003": E("RNCP71003BC02", 2, "Machines à commande numérique", "Centre d'usinage CN 5 axes", "Centre d'usinage CN 3 axes"),
           "RNCP71004": E("RNCP71004BC02", 1, "Machines à commande numérique", "Centre d'usinage CN 5 axes", "Centre d'usinage CN 3 axes")}, None, "stable", None),
  "M15": ("Poser les menuiseries extérieures selon le DTU 36.5", "H2206", False, ["714122"],
          {"RNCP71003": E("RNCP71003BC01", 3, "DTU menuiserie", "DTU 36.5 Mise en œuvre des fenêtres et portes extérieures", "DTU 36.2 Menuiseries intérieures en bois"),
           "RNCP71004": E("RNCP71004BC01", 5, "DTU menuiserie", "DTU 36.5 Mise en œuvre des fenêtres et portes extérieures", "DTU 36.2 Menuiseries intérieures en bois")}, None, "stable", None),
  "M16": ("Poser des menuiseries en PVC et en aluminium", "H2206", False, ["712012"],
          {"RNCP71003": N, "RNCP71004": N}, None, "stable", None),
  "M17": ("Habilitation électrique BR", "H2206", False, ["714141"],
          {"RNCP71003": N, "RNCP71004": N}, None, "stable", None),
  "M19": ("Poser des blocs-portes techniques (coupe-feu)", "H2206", False, ["712013"],
          {"RNCP71003": N, "RNCP71004": N}, None, "stable", None),
  "M20": ("Conduire un chariot élévateur (CACES R489)", "H2206", False, ["714052"],
          {"RNCP71003": N, "RNCP71004": N}, None, "stable", None),
  "M21": ("Intégrer des matériaux de réemploi dans un ouvrage", "H2206", False, ["712014"],
          {"RNCP71003": N, "RNCP71004": N}, None, "emergent", None),
  "M22": ("Réaliser des pièces en bois cintré", "H2206", False, ["712015"],
          {"RNCP71003": N, "RNCP71004": N}, None, "stable", None),
  "M23": ("Mettre en œuvre des membranes d'étanchéité à l'air", "H2206", False, ["712016"],
          {"RNCP71003": NB, "RNCP71004": NB}, ETA, "stable", None),
  "M24": ("Poser des joints d'étanchéité en tableau de menuiserie", "H2206", False, ["712017"],
          {"RNCP71003": NB, "RNCP71004": NB}, ETA, "stable", None),
  "M25": ("Contrôler la perméabilité à l'air d'un ouvrage", "H2206", False, ["712018"],
          {"RNCP71003": NB, "RNCP71004": NB}, ETA, "stable", None),
  "M26": ("Porter secours en cas d'accident (sauveteur secouriste du travail)", "H2206", False, ["715011", "714061"],
          {"RNCP71003": F_mod("RNCP71003BC03", "Une situation d'évaluation porte sur l'alerte et les premiers gestes de secours en cas d'accident."), "RNCP71004": N}, None, "stable", "transversal"),
  "M27": ("Manutentionner en sécurité (gestes et postures, PRAP)", "H2206", False, ["715012", "714062"],
          {"RNCP71003": C("RNCP71003BC03", 1), "RNCP71004": N}, None, "stable", "transversal"),
  "M28": ("Renseigner des documents de suivi sur tablette ou outil numérique", "H2206", False, ["715013"],
          {"RNCP71003": N, "RNCP71004": F_blk("RNCP71004BC03", 5)}, None, "stable", "transversal"),
  "M29": ("Faire preuve de rigueur et de précision", "H2206", True, ["715001"], {}, None, "stable", None),
  "M30": ("Travailler en équipe", "H2206", True, ["715002"], {}, None, "stable", None),
  "M31": ("Faire preuve d'autonomie", "H2206", True, ["715003"], {}, None, "stable", None),
  "M32": ("Respecter les horaires et les engagements", "H2206", True, ["715004"], {}, None, "stable", None),
  "M33": ("Faire preuve de motivation et de dynamisme", "H2206", True, ["715005"], {}, None, "stable", None),
  "M34": ("Avoir le sens du contact", "H2206", True, ["715006"], {}, None, "stable", None),
}

QUAL_DESC = {
    "715001": "Capacité à réaliser des tâches en suivant avec exactitude les règles, les procédures et les consignes, et à soigner la qualité de finition.",
    "715002": "Capacité à coopérer avec ses collègues, à partager les informations et à s'entraider sur le chantier.",
    "715003": "Capacité à prendre en charge son activité sans avoir besoin d'être encadré de façon continue.",
    "715004": "Capacité à être présent à l'heure convenue et à tenir ses engagements vis-à-vis de l'équipe et des clients.",
    "715005": "Capacité à s'impliquer avec énergie et à s'adapter aux imprévus du chantier.",
    "715006": "Capacité à établir une relation cordiale et de confiance avec les clients.",
}
# ======== gen_offers
"""Hand-written offers of part A. Markup: {SKILL|phrase} for skill phrasings, [kind|phrase] for non-skills."""

PLACES = {
    "LYON07": ("69 - LYON 07", "69007", "69387", 45.7458, 4.8417),
    "LYON03": ("69 - LYON 03", "69003", "69383", 45.7597, 4.8497),
    "VILLEURBANNE": ("69 - VILLEURBANNE", "69100", "69266", 45.7719, 4.8902),
    "VENISSIEUX": ("69 - VENISSIEUX", "69200", "69259", 45.6970, 4.8860),
    "CHAMBERY": ("73 - CHAMBERY", "73000", "73065", 45.5646, 5.9178),
    "AIX": ("73 - AIX LES BAINS", "73100", "73008", 45.6885, 5.9153),
    "VOIRON": ("38 - VOIRON", "38500", "38563", 45.3640, 5.5890),
    "GRENOBLE": ("38 - GRENOBLE", "38000", "38185", 45.1885, 5.7245),
    "ANNECY": ("74 - ANNECY", "74000", "74010", 45.8992, 6.1294),
    "THONON": ("74 - THONON LES BAINS", "74200", "74281", 46.3705, 6.4793),
    "CLERMONT": ("63 - CLERMONT FERRAND", "63000", "63113", 45.7772, 3.0870),
    "RIOM": ("63 - RIOM", "63200", "63300", 45.8936, 3.1128),
    "VICHY": ("03 - VICHY", "03200", "03310", 46.1277, 3.4260),
    "MOULINS": ("03 - MOULINS", "03000", "03190", 46.5646, 3.3326),
    "STETIENNE": ("42 - ST ETIENNE", "42000", "42218", 45.4397, 4.3872),
    "MONTBRISON": ("42 - MONTBRISON", "42600", "42147", 45.6075, 4.0653),
    "ROANNE": ("42 - ROANNE", "42300", "42187", 46.0367, 4.0680),
    "AURILLAC": ("15 - AURILLAC", "15000", "15014", 44.9264, 2.4396),
    "MONTELIMAR": ("26 - MONTELIMAR", "26200", "26198", 44.5581, 4.7509),
    "VALENCE": ("26 - VALENCE", "26000", "26362", 44.9334, 4.8924),
    "LEPUY": ("43 - LE PUY EN VELAY", "43000", "43157", 45.0434, 3.8855),
    "PRIVAS": ("07 - PRIVAS", "07000", "07186", 44.7353, 4.5992),
    "AUBENAS": ("07 - AUBENAS", "07200", "07019", 44.6203, 4.3903),
    "BOURG": ("01 - BOURG EN BRESSE", "01000", "01053", 46.2052, 5.2255),
}

# employer key: (nom or None, entreprise.description or None, is_agency)
EMPLOYERS = {
    "FERRAND": ("Peintures Ferrand & Associés", "Entreprise familiale lyonnaise du second œuvre, 45 salariés.", False),
    "DAUPHINE": ("Déco Façades Dauphiné", None, False),
    "BERARD": ("Atelier Couleurs Bérard", "Entreprise artisanale annécienne.", False),
    "ALPESINTERIM": ("Alpes Intérim BTP", "Réseau d'agences d'emploi dédiées au bâtiment.", True),
    "BATIR": ("Bâtir & Rénover Auvergne", None, False),
    "GIRAUD": ("Giraud Peinture Décoration", "Entreprise stéphanoise familiale depuis 1972.", False),
    "ANON_P06": (None, None, False), "ANON_P08": (None, None, False), "ANON_P13": (None, None, False),
    "ANON_P16": (None, None, False), "ANON_P20": (None, "Entreprise ardéchoise.", False),
    "CHABERT": ("Menuiserie Chabert & Fils", "Entreprise familiale du Chablais depuis 1962.", False),
    "VIVARAIS": ("Atelier Bois Vivarais", None, False),
    "NAUTIC": ("Savoie Nautic Agencement", "Atelier d'aménagement intérieur de bateaux.", False),
    "DELORME": ("Agencements Lyonnais Delorme", "50 collaborateurs au service des commerces et des bureaux.", False),
    "PROXIM": ("Proxim'Intérim Bâtiment", None, True),
    "FOREZ": ("Fenêtres du Forez", "Fabricant-installateur ligérien.", False),
    "ANON_H02": (None, None, False), "ANON_H08": (None, None, False), "ANON_H12": (None, None, False),
    "ANON_H16": (None, "Atelier grenoblois.", False), "ANON_H20": (None, None, False),
}

CDI = ("CDI", "Contrat à durée indéterminée")
def CDD(m): return ("CDD", "Contrat à durée déterminée - %d Mois" % m)
def MIS(m): return ("MIS", "Mission intérimaire - %d Mois" % m)
DEB = ("D", "Débutant accepté")
def EXP(y): return ("E", "%d An(s)" % y)
SOUH = ("S", "1 An(s)")

FP = ("Peinture bâtiment", "CAP, BEP et équivalents")
FM = ("Menuiserie bois", "CAP, BEP et équivalents")
FMBP = ("Menuiserie agencement", "Bac ou équivalent")

# key, fiche, week, weekday, hhmm, employer, place, contract, experience, appellation, intitule,
# description, competences, qualites, contact (nom, tel, mail) or None, formation (spec, exigence) or None
OFFERS = [
# ======================= F1606 =======================
("P01", "F1606", 1, 1, "09:12", "FERRAND", "LYON07", CDI, EXP(3), "Peintre en bâtiment", "Peintre en bâtiment H/F",
"""[ent|Créée en 1987] à Lyon par Michel Ferrand, notre entreprise familiale compte aujourd'hui [ent|45 salariés] et réalise [ent|un chiffre d'affaires de 5,2 M€]. Nous travaillons pour des syndics, des bailleurs sociaux et des particuliers sur l'ensemble de la métropole.

Dans le cadre de notre développement, nous recrutons un [tit|Peintre en bâtiment H/F] pour renforcer nos équipes.

[tit|VOS MISSIONS]
- {P02|protection des sols et du mobilier} avant le démarrage
- {P01|préparation des supports} ({P01|lessivage, rebouchage et ponçage})
- {P03|application des enduits de lissage}
- {P04|mise en peinture des murs et plafonds}
- {P05|pose de papiers peints} et de {P05|toile de verre}

[tit|PROFIL RECHERCHÉ]
[dip|CAP peinture exigé], [niv|3 ans d'expérience minimum] sur un poste similaire. Vous êtes {P29|rigoureux} et appréciez le {P30|travail en équipe}.

[tit|NOS AVANTAGES]
[av|13e mois] / [av|tickets restaurant] / [av|mutuelle prise en charge à 60 %] / [av|indemnités de panier et de trajet]

[ct|CDI à temps plein], [hor|39 heures par semaine] ([hor|heures supplémentaires majorées]).
[cand|Envoyez CV et lettre de motivation] à [con|recrutement@peintures-ferrand.fr]""",
 [("P01", "E"), ("P04", "E"), ("P05", "S"), ("P03", "S", "Réaliser des enduits de lissage")], [],
 ("Sabine Roux", "04 78 00 12 34", "recrutement@peintures-ferrand.fr"), (FP, "E")),

("P02", "F1606", 1, 3, "14:40", "ALPESINTERIM", "CHAMBERY", MIS(3), EXP(2), "Peintre en bâtiment", "Peintre (H/F)",
"""[ent|Alpes Intérim BTP], [ent|réseau de 12 agences] dédié au bâtiment, recherche pour son client, [ent|une entreprise de peinture basée à Chambéry], un [tit|Peintre H/F] pour une [ct|mission de 3 mois renouvelable].

[tit|Vos missions :]
Vous interviendrez sur des chantiers de logements neufs. Vous serez chargé de la {P01|préparation des murs et plafonds} puis de l'{P04|application des peintures intérieures}, principalement au {P14|pistolet airless}.

[tit|Profil :]
[niv|Expérience de 2 ans souhaitée] sur poste similaire. Vous maîtrisez les {P27|gestes et postures} de manutention. {P32|Ponctuel} et {P33|motivé}, vous souhaitez vous investir dans la durée.

[tit|Rémunération :] [sal|13 € à 15 € de l'heure selon expérience] + [av|indemnités de fin de mission] + [av|10 % de congés payés].
[hor|Horaires de journée du lundi au vendredi].
[cand|Postulez en ligne ou passez directement en agence avec votre CV] !""",
 [], ["P32", "P33"], None, None),

("P03", "F1606", 2, 0, "08:05", "DAUPHINE", "VOIRON", CDI, EXP(2), "Peintre façadier / Peintre façadière", "Façadier / Peintre façade H/F",
"""Entreprise iséroise de [ent|28 collaborateurs], [ent|Déco Façades Dauphiné] est reconnue pour la qualité de ses chantiers en [ent|Isère et Savoie]. [ent|Entreprise certifiée RGE Qualibat].

🎯 [tit|Poste :] [tit|Façadier / Peintre façade H/F]

Au sein d'une équipe de 3 à 4 compagnons, vous réaliserez :
- des {P06|travaux de ravalement de façades}, avec application de {P13|peintures minérales au silicate} ;
- la {P22|pose de panneaux isolants en façade}, des {P24|rails de départ et profilés d'angle} ;
- le {P23|marouflage de la trame dans le sous-enduit} puis l'{P25|enduit de finition sur isolant} ;
- le travail sur {P09|échafaudages de façade}.

Connaissance du {P15|DTU 42.1} appréciée. Le {P18|CACES R486 (nacelle)} serait un plus.
Vous aimez le {P30|travail en équipe} et les chantiers en extérieur.

[ct|CDI] – [hor|35 h + heures supplémentaires] – [sal|salaire selon grille conventionnelle et expérience] – [av|véhicule de service] pour les déplacements – [av|prime de fin d'année].
[con|Contact : M. Julien Arnaud - 04 76 00 48 21]""",
 [("P06", "E"), ("P22", "E"), ("P23", "S"), ("P15", "S")], ["P30"],
 ("Julien Arnaud", "04 76 00 48 21", None), None),

("P04", "F1606", 3, 1, "10:30", "BERARD", "ANNECY", CDI, EXP(5), "Peintre décorateur / Peintre décoratrice en bâtiment", "Peintre décorateur H/F",
"""[ent|L'Atelier Couleurs Bérard], [ent|entreprise artisanale de 9 personnes installée à Annecy depuis 2004], [ent|réalise des intérieurs haut de gamme pour une clientèle de particuliers et d'hôteliers] du bassin annécien. Nous recherchons un [tit|peintre décorateur H/F] capable de prendre en charge la {P04|peinture intérieure} de A à Z, de réaliser des {P10|effets décoratifs (patines, béton ciré, stucs)} et d'assurer la {P21|pose de plafonds tendus}, activité pour laquelle nous formons en interne. Vous saurez {P19|conseiller les clients sur les couleurs et les finitions}, avec un {P34|bon relationnel} et une {P34|présentation soignée} chez les particuliers. {P29|Minutieux} et exigeant, vous avez [niv|au moins 5 ans d'expérience]. [ct|CDI], [hor|35 heures du lundi au vendredi], [sal|rémunération attractive selon profil], [av|mutuelle d'entreprise], [av|véhicule de service]. [cand|Merci d'adresser votre candidature avec photos de réalisations] à [con|contact@atelier-berard.fr].""",
 [], [], ("Emmanuel Bérard", "04 50 00 27 83", "contact@atelier-berard.fr"), None),

("P05", "F1606", 3, 3, "16:20", "BATIR", "CLERMONT", CDD(6), SOUH, "Peintre en bâtiment", "Peintre en bâtiment (H/F) - CDD 6 mois",
"""🏠 [ent|Bâtir & Rénover Auvergne] recrute ! 🏠
[ent|Entreprise générale de rénovation] ([ent|60 salariés], [ent|agences à Clermont-Ferrand et Riom]), nous cherchons un [tit|Peintre en bâtiment (H/F)] en [ct|CDD de 6 mois pouvant évoluer en CDI].

👉 [tit|Ce que vous ferez :]
✅ {P01|préparer les supports (ponçage, rebouchage)}
✅ {P03|ratissage des murs et des plafonds}
✅ {P04|application des sous-couches et des finitions}
✅ {P12|bandes à joints} sur cloisons neuves
✅ {P08|pose de sols souples (PVC, lino)} dans les pièces humides
✅ {P28|remplir les rapports d'intervention sur tablette}

👉 [tit|Ce que nous attendons :]
Vous êtes {P31|autonome} sur un chantier et titulaire du {P26|SST} (ou prêt·e à le passer).

👉 [tit|Ce que nous offrons :]
💶 [sal|2 050 € brut mensuel] + [av|paniers repas] + [av|prime d'intéressement]
🕗 [hor|Du lundi au jeudi 7h30-17h, vendredi 7h30-12h]
📩 [cand|Candidature par mail avec CV] : [con|rh@batir-renover-auvergne.fr]""",
 [("P01", "E"), ("P12", "S"), ("P08", "S"), ("P28", "S")], [],
 None, (FP, "S")),

("P06", "F1606", 4, 2, "11:00", "ANON_P06", "VICHY", CDI, EXP(2), "Peintre en bâtiment", "Peintre qualifié H/F",
"""[ent|Entreprise de peinture et décoration implantée à Vichy depuis 1995] recherche un [tit|peintre qualifié (H/F)] pour [ct|un CDI]. Travaux chez les particuliers : {P04|peinture intérieure}, {P05|pose de papier peint}, {P02|protéger les pièces avant travaux}, {P12|faire les bandes sur placo}. Vous savez {P11|calculer les quantités de produits} nécessaires. {P29|Travail soigné} exigé, {P32|ponctualité}. [niv|Expérience exigée]. [sal|Salaire à définir selon profil].""",
 [], ["P29", "P32"], None, (FP, "E")),

("P07", "F1606", 5, 0, "09:45", "GIRAUD", "STETIENNE", CDI, DEB, "Peintre en bâtiment", "Peintre bâtiment et industrie H/F",
"""[ent|Giraud Peinture Décoration], [ent|entreprise stéphanoise fondée en 1972], [ent|trois générations de peintres], [ent|22 salariés]. Nous travaillons aussi bien pour l'industrie que pour les collectivités.

[tit|Description du poste :]
Nous recherchons un [tit|peintre bâtiment et industrie H/F]. Vous serez amené à :
• {P01|préparer les supports (décapage, ponçage)}
• assurer l'{P04|application de peintures intérieures}
• {P14|peinture à l'airless} sur grandes surfaces
• {P16|application de résines de sol époxy} dans des locaux industriels
• intervenir sur des bâtiments anciens avec la {P17|formation amiante sous-section 4}

[tit|Profil :]
[niv|Débutants acceptés]. Connaissance des {P27|gestes et postures}, {P30|esprit d'équipe}.

[ct|CDI], [hor|37 h/semaine], [av|RTT], [av|CSE], [av|mutuelle], [av|participation aux bénéfices]. [sal|De 2 000 € à 2 400 € brut mensuel].
[con|Contact : Mme Claire Giraud - 04 77 00 35 60]""",
 [("P01", "E"), ("P04", "E"), ("P16", "S"), ("P17", "E"), ("P27", "S")], [],
 ("Claire Giraud", "04 77 00 35 60", None), None),

("P08", "F1606", 5, 3, "13:15", "ANON_P08", "AURILLAC", CDI, EXP(2), "Peintre façadier / Peintre façadière", "Peintre façadier·ère",
"""Vous êtes [tit|peintre ou façadier·ère] et souhaitez rejoindre une équipe à taille humaine ?
[ent|Entreprise cantalienne de 15 salarié·es], nous recherchons un·e [tit|peintre façadier·ère] en [ct|CDI].

[tit|Missions :] {P06|ravalement} de maisons individuelles et de petits collectifs, {P13|peinture silicate} sur enduits anciens, {P04|peinture intérieure} en période hivernale. {P09|Travail en hauteur sur échafaudage}.

Vous êtes {P31|autonome} et idéalement formé·e au {P26|sauveteur secouriste du travail (SST)}.
[niv|Expérience de 2 ans exigée].
[sal|Rémunération : 12,50 € à 14 € bruts de l'heure]. [av|Paniers] et [av|grands déplacements indemnisés].
[hor|Horaires : 8h-12h / 13h30-17h30].""",
 [], [], None, None),

("P09", "F1606", 6, 1, "08:50", "FERRAND", "LYON03", CDI, EXP(2), "Peintre en bâtiment", "Peintre finisseur H/F",
"""[ent|Peintures Ferrand & Associés] ([ent|45 salariés, créée en 1987]) recherche un [tit|peintre finisseur H/F] pour ses chantiers de logements neufs à Lyon 3e.

[tit|Vos missions] : {P01|réception des supports} avant intervention, {P03|enduisage} et {P04|application des finitions}, {P07|mise à la teinte} des produits selon le choix du maître d'ouvrage, {P28|saisie des heures sur smartphone}.

[tit|Votre profil] : [dip|titulaire du CAP Peintre en revêtements et finitions du bâtiment] ou équivalent, formation {P26|SST} appréciée. {P29|Rigoureux et précis}.

[ct|CDI temps plein] - [sal|2 300 € brut/mois] - [av|13e mois] - [av|tickets restaurant] - [av|prime de vacances].
[cand|Candidature : CV + lettre de motivation] à [con|recrutement@peintures-ferrand.fr]""",
 [("P01", "E"), ("P03", "E"), ("P07", "S"), ("P26", "S", "Sauveteur secouriste du travail")], [],
 ("Sabine Roux", "04 78 00 12 34", "recrutement@peintures-ferrand.fr"), (FP, "E")),

("P10", "F1606", 6, 3, "15:05", "ALPESINTERIM", "GRENOBLE", MIS(2), SOUH, "Peintre façadier / Peintre façadière", "Façadier ITE H/F",
"""Votre agence [ent|Alpes Intérim BTP Grenoble] recrute pour l'un de ses clients, [ent|entreprise spécialisée dans la rénovation énergétique des bâtiments], un [tit|Façadier ITE H/F].

[tit|Missions :]
- {P22|collage et chevillage des isolants PSE}
- {P24|pose des profilés de départ}
- {P23|sous-enduit armé}
- {P09|montage d'échafaudage}
- {P18|conduite de nacelle} ({P18|CACES R486} souhaité)

[tit|Profil :] [niv|1 an d'expérience minimum en façade]. Sensibilisation aux {P27|gestes et postures}. {P32|Assiduité} indispensable.

[sal|Taux horaire : 14 € à 16 € selon profil] + [av|IFM et ICP] + [av|prime de chantier]. [ct|Mission intérim de 6 semaines, possibilité de longue mission]. [ct|Démarrage ASAP].
[con|Contactez l'agence au 04 76 00 11 90]""",
 [], ["P32", "P33"], None, None),

("P11", "F1606", 7, 0, "10:10", "BERARD", "ANNECY", CDI, EXP(3), "Peintre décorateur / Peintre décoratrice en bâtiment", "Peintre en finitions décoratives H/F",
"""Toujours en croissance, [ent|l'Atelier Couleurs Bérard] ([ent|Annecy, 9 personnes]) renforce son équipe.

[tit|Poste :] [tit|peintre en finitions décoratives H/F].
Vous réaliserez des {P10|patines et enduits décoratifs}, la {P21|pose de toiles tendues} en plafond et des {P05|revêtements muraux haut de gamme}. Nous utilisons de plus en plus de {P20|peintures biosourcées} : une sensibilité à ces produits est un vrai plus.

[tit|Savoir-être :] {P34|sens du contact} avec notre clientèle, {P31|autonomie}.

[ct|CDI] – [hor|35 h] – [av|chèques vacances] – [av|mutuelle familiale]. [sal|Salaire : 2 400 € à 2 800 € brut selon expérience].
[cand|Envoyez-nous CV et book] à [con|contact@atelier-berard.fr]""",
 [], [], ("Emmanuel Bérard", "04 50 00 27 83", "contact@atelier-berard.fr"), None),

("P12", "F1606", 7, 2, "09:00", "DAUPHINE", "GRENOBLE", CDI, EXP(5), "Peintre façadier / Peintre façadière", "Peintre façadier confirmé H/F",
"""[ent|Déco Façades Dauphiné] – [ent|PME iséroise certifiée RGE] – recrute un [tit|peintre façadier confirmé H/F] pour ses chantiers grenoblois.

[tit|Au programme :] {P06|travaux de façade} sur copropriétés, {P22|pose de panneaux isolants en façade}, {P23|marouflage de la trame}, {P25|finition RPE}, {P13|peintures silicates} et {P14|pulvérisation airless}. La connaissance du {P15|DTU 42.1} est indispensable. {P26|SST} à jour souhaité.

[niv|5 ans d'expérience] dont [niv|2 ans en façade].
[ct|CDI], [sal|2 600 € brut mensuel], [av|13e mois], [av|véhicule pour les trajets], [av|prime de performance]. [hor|Travail du lundi au vendredi, 39 h].""",
 [("P06", "E"), ("P22", "E"), ("P23", "E"), ("P25", "S"), ("P13", "S")], ["P29"],
 ("Julien Arnaud", "04 76 00 48 21", "j.arnaud@decofacades-dauphine.fr"), None),

("P13", "F1606", 8, 1, "11:25", "ANON_P13", "MONTELIMAR", CDI, SOUH, "Peintre façadier / Peintre façadière", "Applicateur(trice) façade et isolation H/F",
"""[ent|PME drômoise de 35 salariés] [ent|spécialisée dans l'enveloppe du bâtiment]. Nous recrutons un(e) [tit|applicateur(trice) façade et isolation H/F].

[tit|Missions principales :]
> {P22|fixation des isolants PSE et laine de roche}
> {P24|rails de départ} et {P24|profilés d'angle}
> {P23|sous-enduit armé} avec trame
> {P25|enduit mince de finition}
> reprise de {P06|ravalement} sur existants
> {P09|montage d'échafaudage}
> {P27|manutention des plaques dans le respect de la PRAP}

Nos chantiers intègrent désormais des {P20|produits biosourcés (fibre de bois, enduits chaux)}.
[tit|Profil :] {P33|dynamique}, [niv|expérience en façade souhaitée].
[ct|CDI], [hor|39 h], [sal|selon convention collective du bâtiment], [av|mutuelle], [av|intéressement].""",
 [], [], None, None),

("P14", "F1606", 8, 3, "14:00", "BATIR", "RIOM", CDI, EXP(2), "Peintre en bâtiment", "Peintre – solier H/F",
"""[ent|Bâtir & Rénover Auvergne], [ent|60 salariés], [ent|acteur reconnu de la rénovation de logements dans le Puy-de-Dôme depuis 2001], recrute un [tit|peintre – solier H/F] pour son agence de Riom.

[tit|VOS MISSIONS]
* {P01|préparer les supports}
* {P04|peinture intérieure} en logements occupés
* {P08|poser des sols PVC et lino}
* {P12|jointoiement des plaques de plâtre}
* {P11|établir les quantitatifs} pour votre chef de chantier
* {P28|utilisation d'une tablette pour le suivi de chantier}

[tit|PROFIL]
{P30|Esprit d'équipe}, [dip|CAP peintre ou solier exigé].

[tit|AVANTAGES]
[av|mutuelle], [av|prime d'intéressement], [av|CSE], [av|paniers repas]. [ct|CDI 35 h], [sal|2 150 € brut].
[con|Contact : Mme Nadia Bensaïd - 04 73 00 62 18 - rh@batir-renover-auvergne.fr]""",
 [("P01", "E"), ("P08", "E"), ("P11", "S"), ("P08", "S", "Poser des sols PVC")], [],
 ("Nadia Bensaïd", "04 73 00 62 18", "rh@batir-renover-auvergne.fr"), (FP, "E")),

("P15", "F1606", 9, 2, "08:40", "ALPESINTERIM", "VILLEURBANNE", MIS(2), EXP(1), "Peintre en bâtiment", "Peintre en bâtiment H/F - intérim",
"""[ent|Alpes Intérim BTP] recherche pour son client, [ent|entreprise de peinture de 20 salariés basée à Villeurbanne], un [tit|peintre en bâtiment H/F] en [ct|intérim de 2 mois].

Vous assurerez l'{P04|application des peintures intérieures} et la {P05|pose de toile de verre}, au {P14|pistolet airless} sur les grands volumes. Le client travaille avec des {P20|peintures écologiques à faible COV}. Une {P17|attestation amiante sous-section 4} est exigée pour certains chantiers de réhabilitation.

{P32|Ponctualité}, {P33|motivation}.
[sal|14,50 €/h] + [av|IFM/ICP] + [av|acompte à la semaine]. [hor|Horaires : 7h30-16h30]. [cand|Postulez avec votre CV à jour].""",
 [], ["P32", "P33"], None, None),

("P16", "F1606", 10, 0, "17:30", "ANON_P16", "LEPUY", CDI, DEB, "Peintre en bâtiment", "Peintre en bâtiment",
"""[ent|Artisan peintre installé au Puy-en-Velay depuis 2010], je recherche un·e [tit|peintre en bâtiment] pour travailler avec moi sur des chantiers chez les particuliers.

[tit|Tâches :] {P01|préparation des supports}, {P03|passer les enduits}, {P04|mise en peinture des murs et plafonds}, {P07|réaliser les teintes} à la machine, {P19|conseil couleurs auprès des particuliers}. J'utilise exclusivement des {P20|peintures biosourcées}.

Vous avez le {P34|sens du contact}. [dip|CAP exigé]. [ct|CDI à 35 h], [sal|1 900 € à 2 100 € net]. [con|Appelez-moi au 06 00 81 42 17].""",
 [("P01", "E"), ("P03", "E"), ("P04", "E"), ("P07", "S")], [],
 ("Laurent Chapuis", "06 00 81 42 17", None), (FP, "E")),

("P17", "F1606", 10, 2, "10:45", "FERRAND", "LYON07", CDI, EXP(2), "Peintre en bâtiment", "Peintre polyvalent H/F",
"""[ent|Peintures Ferrand & Associés], [ent|entreprise lyonnaise créée en 1987], recrute un [tit|peintre polyvalent H/F] pour des chantiers tertiaires.

[tit|VOS MISSIONS] :
- {P02|bâcher et protéger} les zones de travail
- {P04|peinture intérieure} des bureaux et parties communes
- {P16|peinture de sol époxy} dans les parkings
- {P08|pose de sols souples}
- {P10|peinture décorative} pour les halls d'accueil
- {P28|compte rendu sur tablette} en fin de journée

[tit|PROFIL] : {P26|titulaire du SST}, savoir {P30|travailler en équipe}. [niv|2 ans d'expérience minimum].

[ct|CDI] - [hor|39 h avec RTT] - [av|13e mois] - [av|tickets restaurant] - [av|mutuelle à 60 %] - [av|remboursement à 50 % du titre de transport].""",
 [("P04", "E"), ("P16", "E"), ("P08", "S"), ("P10", "S"), ("P28", "S")], [],
 None, (FP, "S")),

("P18", "F1606", 11, 1, "09:20", "BERARD", "ANNECY", CDD(4), EXP(3), "Peintre décorateur / Peintre décoratrice en bâtiment", "Peintre H/F - CDD chantier hôtelier",
"""[ent|L'Atelier Couleurs Bérard] recherche en [ct|CDD de 4 mois] un [tit|peintre H/F] pour un chantier d'hôtel à Annecy. [tit|Au programme :] {P21|plafonds tendus}, {P10|béton ciré}, {P04|peinture intérieure}. {P20|Peintures biosourcées} exclusivement. Vous saurez {P19|conseiller les clients sur les couleurs}. {P29|Minutie} indispensable. [sal|Salaire : 2 500 € brut]. [av|Logement possible].""",
 [], [], ("Emmanuel Bérard", "04 50 00 27 83", "contact@atelier-berard.fr"), None),

("P19", "F1606", 12, 0, "08:30", "GIRAUD", "STETIENNE", CDI, EXP(2), "Peintre en bâtiment", "Peintre en bâtiment qualifié H/F",
"""Entreprise familiale ([ent|fondée en 1972], [ent|22 salariés]), [ent|Giraud Peinture Décoration] recrute un [tit|peintre en bâtiment qualifié H/F].

[tit|Description du poste :]
{P01|préparation des supports}, {P03|réaliser les enduits}, {P04|application des peintures intérieures}, {P05|pose de papiers peints}, {P14|peinture à l'airless}. Notre gamme évolue vers les {P20|peintures biosourcées} : vous serez formé à leur mise en œuvre.

[tit|Profil :] {P31|autonomie}, respect des {P27|gestes et postures}.

[tit|Nous offrons :] [ct|CDI], [sal|2 200 € brut], [av|RTT], [av|CSE], [av|participation].""",
 [("P01", "E"), ("P03", "E"), ("P04", "E"), ("P05", "S"), ("P14", "S"), ("P20", "S")], [],
 ("Claire Giraud", "04 77 00 35 60", "recrutement@giraud-peinture.fr"), None),

("P20", "F1606", 12, 3, "13:50", "ANON_P20", "PRIVAS", CDI, DEB, "Peintre façadier / Peintre façadière", "Peintre façadier H/F",
"""[ent|Entreprise ardéchoise de peinture et façade, 12 salariés]. Nous recrutons un [tit|peintre façadier H/F].

[tit|Vos missions :] {P06|ravalement de façades}, {P13|peinture minérale au silicate}, {P04|peinture intérieure} l'hiver, {P09|travail en hauteur}. Respect du {P15|DTU 42.1}. Intérêt pour les {P20|peintures écologiques à faible COV}. {P18|CACES nacelle} apprécié.

[tit|Profil :] {P26|formation premiers secours} appréciée. [niv|Débutant accepté].
[ct|CDI], [hor|35 h annualisées], [sal|SMIC + primes selon expérience]. [av|Panier repas].""",
 [], ["P29", "P31"], None, None),

# ======================= H2206 =======================
("H01", "H2206", 1, 0, "08:15", "CHABERT", "THONON", CDI, EXP(3), "Menuisier / Menuisière d'atelier", "Menuisier d'atelier H/F",
"""[ent|Menuiserie Chabert & Fils] – [ent|entreprise familiale fondée en 1962 à Thonon-les-Bains] – [ent|25 salariés] – [ent|fabrique et pose des menuiseries intérieures et extérieures en bois] pour les particuliers et les professionnels du Chablais.

[tit|POSTE] : [tit|Menuisier d'atelier H/F]

[tit|MISSIONS]
- {M01|lecture de plans et de fiches de fabrication}
- {M03|débit du bois massif et des panneaux}
- {M04|usinage sur machines conventionnelles (toupie, raboteuse, mortaiseuse)}
- {M05|assemblage et collage}
- {M07|ponçage et finitions}
- {M10|affûtage des outils}

[tit|PROFIL]
[dip|CAP menuisier exigé], [niv|expérience de 3 ans]. {M29|Rigueur}, {M30|esprit d'équipe}.

[ct|CDI 39 h] — [sal|2 300 € à 2 700 € brut selon expérience] — [av|13e mois] — [av|mutuelle] — [av|prime de fin d'année].
[cand|Envoyez votre CV] à [con|atelier@menuiserie-chabert.fr]""",
 [("M01", "E"), ("M03", "E"), ("M04", "E"), ("M04", "S", "Utilisation de la toupie")], [],
 ("Olivier Chabert", "04 50 00 71 35", "atelier@menuiserie-chabert.fr"), (FM, "E")),

("H02", "H2206", 1, 2, "10:40", "ANON_H02", "MOULINS", CDI, EXP(2), "Menuisier poseur / Menuisière poseuse", "Menuisier poseur H/F",
"""[ent|Entreprise bourbonnaise de menuiserie, 18 salariés, créée en 1990], recherche un [tit|menuisier poseur H/F].

Vous interviendrez chez nos clients pour la {M06|pose de fenêtres et portes} en rénovation : bois, mais aussi {M16|menuiseries PVC et aluminium}. Vous réaliserez la {M02|prise de cotes} avant fabrication, la pose des {M23|membranes d'étanchéité à l'air} et des {M24|mousses imprégnées}, puis le {M25|test d'étanchéité à l'air} en fin de chantier. Pose conforme au {M15|DTU 36.5}. L'{M17|habilitation électrique BR} est un plus.

{M31|Autonome} et {M32|ponctuel}, vous aimez le {M34|contact avec les clients}.
[niv|Expérience de 2 ans minimum]. [ct|CDI], [hor|du lundi au vendredi], [sal|salaire selon profil], [av|véhicule de service], [av|téléphone portable].""",
 [], ["M31", "M32"], None, None),

("H03", "H2206", 2, 1, "09:05", "NAUTIC", "AIX", CDI, EXP(3), "Menuisier agenceur / Menuisière agenceuse", "Menuisier agenceur nautique H/F",
"""[ent|Savoie Nautic Agencement] [ent|conçoit et réalise depuis 1999 l'aménagement intérieur de bateaux de plaisance et de navettes lacustres] sur le lac du Bourget. [ent|Notre atelier de 14 personnes] recherche un [tit|menuisier agenceur nautique H/F] pour la {M08|fabrication de mobilier de bord} : {M22|cintrage du bois par lamellation}, {M08|mobilier sur mesure}, {M05|assemblages complexes}, {M07|vernissage multicouche}, {M04|travail sur toupie}. {M29|Sens du détail} et {M34|sens du relationnel} avec les propriétaires. [ct|CDI], [hor|35 h], [sal|2 400 € brut], [av|prime annuelle]. [cand|Candidature à adresser à M. Pierre Morel] : [con|p.morel@savoie-nautic.fr].""",
 [], [], ("Pierre Morel", "04 79 00 52 64", "p.morel@savoie-nautic.fr"), None),

("H04", "H2206", 2, 3, "15:30", "DELORME", "VENISSIEUX", CDI, EXP(2), "Menuisier agenceur / Menuisière agenceuse", "Menuisier agenceur H/F",
"""[ent|Agencements Lyonnais Delorme], [ent|50 collaborateurs], [ent|spécialiste de l'agencement de commerces et de bureaux depuis 1985], recrute un [tit|menuisier agenceur H/F].

[tit|Vos missions :]
• {M01|lire des plans d'architecte}
• {M13|dessin des pièces sur TopSolid Wood}
• {M14|programmation et conduite du centre d'usinage 5 axes}
• {M03|établir les fiches de débit}
• {M05|montage des caissons}, {M08|agencement de magasins}
• {M06|installation des agencements sur site}

[tit|Votre profil :] [dip|BP Menuisier agenceur souhaité], goût du {M30|travail en équipe}.

[ct|CDI], [hor|39 h], [sal|2 500 € brut], [av|tickets restaurant], [av|13e mois], [av|remboursement transport à 50 %], [av|CSE].""",
 [("M01", "E"), ("M03", "E"), ("M08", "E"), ("M14", "S"), ("M13", "S")], [],
 None, (FMBP, "S")),

("H05", "H2206", 3, 2, "08:55", "FOREZ", "MONTBRISON", CDI, EXP(2), "Menuisier poseur / Menuisière poseuse", "Poseur de menuiseries extérieures H/F",
"""[ent|Fenêtres du Forez], [ent|fabricant-installateur de fenêtres depuis 1978], [ent|40 salariés], [ent|labellisé RGE]. Nous recrutons un [tit|poseur de menuiseries extérieures H/F].

📋 [tit|Vos missions :]
- {M02|prendre les mesures chez le client}
- {M06|pose de menuiseries bois}, {M16|fenêtres alu et PVC} en neuf et rénovation
- {M24|mise en œuvre de compribandes} et {M23|pare-vapeur}
- {M25|mesure de perméabilité à l'air} après pose
- travail conforme au {M15|DTU 36.5}
- {M28|rapport de pose sur tablette}

📌 [tit|Profil :] {M27|manutention en sécurité} (les fenêtres sont lourdes !). [niv|Expérience en pose exigée].
💰 [sal|2 200 € à 2 600 € brut] + [av|primes de pose] + [av|véhicule] + [av|mutuelle].
[cand|Postulez en envoyant votre CV à l'adresse ci-dessous] : [con|emploi@fenetres-du-forez.fr]""",
 [("M06", "E"), ("M24", "E"), ("M23", "E"), ("M25", "S"), ("M15", "S")], [],
 ("Service RH", "04 77 00 19 46", "emploi@fenetres-du-forez.fr"), None),

("H06", "H2206", 4, 0, "11:10", "PROXIM", "ROANNE", MIS(6), SOUH, "Menuisier / Menuisière d'atelier", "Menuisier d'atelier (H/F)",
"""[ent|Proxim'Intérim Bâtiment], [ent|agence indépendante créée en 2008], recherche pour son client, [ent|fabricant de mobilier en bois de la région roannaise], un [tit|menuisier d'atelier H/F] en [ct|mission de 6 mois].

[tit|Vos tâches :] {M04|travail sur machines traditionnelles}, {M03|débit des panneaux}, {M05|assembler les éléments} des meubles. La {M20|conduite de chariot élévateur} ({M20|CACES R489 cat. 3}) est demandée.

[tit|Profil :] {M32|ponctuel}, {M33|motivé}, {M27|gestes et postures} connus.
[sal|Taux horaire 13,20 € à 14,80 €] + [av|IFM + CP] + [av|tickets restaurant]. [hor|Horaires en 2x8].""",
 [], ["M32", "M33"], None, None),

("H07", "H2206", 4, 3, "14:25", "VIVARAIS", "AUBENAS", CDI, EXP(3), "Menuisier / Menuisière d'atelier", "Menuisier escaliéteur H/F",
"""Implanté à Aubenas depuis [ent|1984], l'[ent|Atelier Bois Vivarais] ([ent|12 compagnons]) [ent|fabrique des escaliers, des portes et du mobilier en chêne et en châtaignier d'Ardèche].

Nous recherchons un [tit|menuisier escaliéteur H/F] :
— {M09|traçage d'escaliers} et {M09|fabrication d'escaliers balancés}
— {M01|lecture de plans}
— {M04|usinage à la toupie}
— {M05|assemblage par tenons et mortaises}
— {M07|application de lasures et vernis}

[tit|Qualités :] {M29|minutie}. Le {M26|SST} est un plus.
[dip|CAP Menuisier fabricant bois et agencement] ou équivalent.
[ct|CDI], [hor|35 h sur 4 jours], [sal|rémunération selon profil], [av|mutuelle].""",
 [("M09", "E"), ("M01", "E"), ("M04", "S"), ("M07", "S")], [],
 None, (FM, "E")),

("H08", "H2206", 5, 1, "10:00", "ANON_H08", "RIOM", CDD(6), EXP(2), "Menuisier poseur / Menuisière poseuse", "Menuisier poseur agencement H/F",
"""[ent|Entreprise d'agencement intérieur basée à Riom], nous recherchons un [tit|menuisier poseur agencement H/F] en [ct|CDD de 6 mois, évolutif].

Interventions en logements et en établissements recevant du public : {M06|pose de cuisines, placards et dressings}, {M08|habillages muraux en bois}, {M11|pose de parquet}, {M19|blocs-portes coupe-feu}, {M02|relevé de côtes sur chantier}.

Vous êtes {M31|autonome} et formé au {M26|sauveteur secouriste du travail}.
[sal|Salaire : 2 100 € brut] + [av|paniers et indemnités de trajet]. [hor|Du lundi au vendredi, 7h30-16h30].""",
 [], ["M31"], None, None),

("H09", "H2206", 6, 0, "09:35", "CHABERT", "THONON", CDI, EXP(5), "Menuisier poseur / Menuisière poseuse", "Menuisier poseur H/F",
"""[ent|Menuiserie Chabert & Fils] ([ent|25 salariés, fondée en 1962]) recrute un [tit|menuisier poseur H/F] pour le Chablais et le Genevois.

[tit|Vos missions :] {M02|prise de cotes}, {M06|pose de fenêtres et portes} bois et {M16|menuiseries PVC et aluminium}, selon le {M15|DTU 36.5} ; {M23|pare-vapeur} et {M24|joints pré-comprimés}, avec {M25|contrôle d'infiltrométrie} ; {M28|bons d'intervention sur tablette}. {M17|Habilitation électrique} exigée.

[niv|5 ans d'expérience en pose]. [ct|CDI], [sal|2 600 € à 3 000 € brut], [av|véhicule de service], [av|13e mois], [av|mutuelle].
[con|Contact : M. Olivier Chabert - 04 50 00 71 35]""",
 [("M06", "E"), ("M02", "E"), ("M15", "S"), ("M23", "S")], [],
 ("Olivier Chabert", "04 50 00 71 35", None), None),

("H10", "H2206", 6, 2, "16:00", "NAUTIC", "AIX", CDI, EXP(2), "Menuisier agenceur / Menuisière agenceuse", "Menuisier agenceur H/F",
"""Vous aimez le bois et les bateaux ? [ent|Savoie Nautic Agencement], [ent|atelier de 14 personnes au bord du lac du Bourget], recrute un second [tit|menuisier agenceur H/F].

[tit|Missions :] {M08|fabrication de mobilier sur mesure} pour bateaux, {M22|pièces cintrées} en {M22|lamellé-collé cintré}, {M01|lecture de plans}, {M13|modélisation sous TopSolid}.

Vous êtes {M29|méticuleux}, avec le {M34|sens du contact}.
[ct|CDI] — [hor|35 h] — [sal|2 300 à 2 700 € bruts] — [av|mutuelle] — [av|prime annuelle].""",
 [], [], ("Pierre Morel", "04 79 00 52 64", "p.morel@savoie-nautic.fr"), None),

("H11", "H2206", 7, 1, "08:20", "DELORME", "VENISSIEUX", CDI, EXP(2), "Menuisier / Menuisière d'atelier", "Opérateur commande numérique – menuisier H/F",
"""[ent|Agencements Lyonnais Delorme] recherche un [tit|opérateur commande numérique – menuisier H/F].

[tit|Missions :]
– {M13|programmation TopSolid} et {M14|conduite de la CN 5 axes}
– {M03|débit des panneaux et optimisation}
– {M10|entretien courant des machines}
– {M21|valorisation du bois de réemploi} dans nos projets d'agencement
– {M20|CACES R489} apprécié

[tit|Profil :] savoir {M30|travailler en équipe}, [niv|2 ans d'expérience sur commande numérique].
[ct|CDI], [hor|2x8 en alternance], [sal|2 400 € brut + primes d'équipe], [av|tickets restaurant], [av|CSE].""",
 [("M14", "E"), ("M13", "E"), ("M03", "S"), ("M10", "S"), ("M21", "S")], [],
 None, None),

("H12", "H2206", 7, 3, "13:30", "ANON_H12", "VALENCE", CDI, DEB, "Menuisier poseur / Menuisière poseuse", "Menuisier poseur polyvalent H/F",
"""[ent|Menuiserie drômoise, 10 salariés], [ent|40 ans d'existence], recherche un [tit|menuisier poseur polyvalent H/F]. [tit|Au programme :] {M11|parquets massifs et contrecollés}, {M09|escaliers bois}, {M06|poser les ouvrages sur chantier}, {M02|prise de cotes}. {M26|SST} souhaité. {M33|Dynamique et volontaire}. [niv|Débutant accepté]. [ct|CDI], [sal|1 900 € à 2 300 € brut]. [cand|CV par mail] : [con|contact@menuiserie-valentinoise.fr]""",
 [], ["M33", "M29"], ("Accueil", None, "contact@menuiserie-valentinoise.fr"), (FM, "S")),

("H13", "H2206", 8, 0, "10:15", "FOREZ", "MONTBRISON", CDI, EXP(5), "Menuisier poseur / Menuisière poseuse", "Chef poseur H/F",
"""[ent|Fenêtres du Forez] ([ent|40 salariés, créée en 1978]) recrute un [tit|chef poseur H/F].

Vous réaliserez : {M06|pose de fenêtres et portes} en rénovation ; {M16|menuiseries PVC et aluminium} ; {M23|pose de membranes d'étanchéité à l'air}, {M24|compribandes} ; {M25|infiltrométrie} de contrôle ; respect du {M15|DTU 36.5} ; {M17|habilitation électrique BR} requise. {M26|SST} et {M27|PRAP} à jour.

[ct|CDI], [sal|2 700 € brut], [av|véhicule], [av|prime d'objectif], [av|mutuelle], [av|intéressement].""",
 [("M23", "E"), ("M24", "E"), ("M25", "E"), ("M17", "E"), ("M16", "S")], [],
 ("Service RH", "04 77 00 19 46", "emploi@fenetres-du-forez.fr"), None),

("H14", "H2206", 8, 2, "15:45", "VIVARAIS", "AUBENAS", CDI, EXP(2), "Menuisier / Menuisière d'atelier", "Menuisier d'atelier H/F",
"""[ent|Atelier Bois Vivarais], [ent|entreprise ardéchoise fondée en 1984], recrute un [tit|menuisier d'atelier H/F].

[tit|Au quotidien :] {M09|fabrication d'escaliers}, {M05|assemblage}, {M07|finition vernis}, {M01|lecture de plans}. Nous développons une gamme en {M21|matériaux de réemploi} (vieux chêne de charpente).

Vous êtes {M31|autonome} et avez un {M34|bon relationnel}.
[ct|CDI], [hor|35 h], [sal|selon grille et expérience], [av|mutuelle], [av|prime de fin d'année].""",
 [], [], None, None),

("H15", "H2206", 9, 1, "09:50", "PROXIM", "BOURG", MIS(3), SOUH, "Menuisier poseur / Menuisière poseuse", "Menuisier poseur H/F",
"""[ent|Proxim'Intérim Bâtiment] recherche pour son client, [ent|entreprise d'agencement de Bourg-en-Bresse], un [tit|menuisier poseur H/F] en [ct|intérim longue durée].

[tit|Missions :] {M06|pose chez les clients} d'agencements ({M08|agencement sur mesure}), {M19|portes coupe-feu} en ERP, {M21|réemploi de mobilier existant}, {M02|prise de cotes} avant intervention.

[tit|Profil :] {M27|gestes et postures}, {M32|ponctualité}. [sal|14 € à 16 € de l'heure] + [av|IFM/ICP] + [av|paniers].""",
 [("M06", "E"), ("M19", "E"), ("M21", "S")], [],
 None, None),

("H16", "H2206", 9, 3, "11:40", "ANON_H16", "GRENOBLE", CDI, EXP(3), "Menuisier agenceur / Menuisière agenceuse", "Menuisier agenceur H/F",
"""[ent|Atelier grenoblois d'agencement haut de gamme, 20 salariés]. [tit|Poste :] [tit|menuisier agenceur H/F]. Vous assurerez la {M08|fabrication de cuisines et dressings}, la {M13|conception sur TopSolid Wood} et l'{M14|usinage sur centre d'usinage 5 axes}. Nos projets intègrent de plus en plus de {M21|bois de réemploi}. Vous renseignez vos temps via la {M28|tablette d'atelier}. {M29|Rigoureux}. [ct|CDI], [sal|2 500 € brut], [av|13e mois], [av|RTT].""",
 [], ["M29", "M30"], None, None),

("H17", "H2206", 10, 2, "08:10", "NAUTIC", "AIX", CDD(5), EXP(2), "Menuisier / Menuisière", "Menuisier H/F - saison",
"""[ent|Savoie Nautic Agencement] recrute en [ct|CDD de 5 mois] un [tit|menuisier H/F] pour la saison de remise en état des bateaux. [tit|Au programme :] {M22|cintrage du bois}, {M07|vernissage}, {M05|assemblages}, intégration de {M21|matériaux de réemploi}. {M34|Sens du contact} avec les propriétaires, {M31|autonomie}. [sal|2 300 € brut], [av|mutuelle].""",
 [], [], ("Pierre Morel", "04 79 00 52 64", "p.morel@savoie-nautic.fr"), None),

("H18", "H2206", 11, 0, "09:00", "CHABERT", "THONON", CDI, EXP(2), "Menuisier / Menuisière d'atelier", "Menuisier fabricant H/F",
"""[ent|Menuiserie Chabert & Fils], [ent|fondée en 1962], [ent|25 personnes], recrute un [tit|menuisier fabricant H/F].

[tit|MISSIONS] : {M04|dégauchisseuse, raboteuse, toupie}, {M01|lire un plan}, {M03|débiter les bois massifs}, {M09|escaliers droits et balancés}, {M10|affûtage des outils}.

[tit|PROFIL] : [dip|CAP Menuisier exigé], {M30|esprit d'équipe}, {M26|SST}.

[ct|CDI], [sal|2 400 € brut], [av|13e mois], [av|prime de fin d'année]. [cand|Envoyez votre CV] à [con|atelier@menuiserie-chabert.fr]""",
 [("M04", "E"), ("M01", "E"), ("M03", "E"), ("M09", "S")], [],
 ("Olivier Chabert", "04 50 00 71 35", "atelier@menuiserie-chabert.fr"), (FM, "E")),

("H19", "H2206", 11, 2, "14:15", "DELORME", "LYON07", CDI, EXP(3), "Menuisier poseur / Menuisière poseuse", "Poseur agenceur H/F",
"""[ent|Agencements Lyonnais Delorme] ([ent|50 collaborateurs, depuis 1985]) recrute un [tit|poseur agenceur H/F].

- {M06|installation des agencements sur site} (commerces, bureaux)
- {M08|agencement de magasins}
- {M19|pose de blocs-portes coupe-feu}
- {M11|pose de parquet}
- {M21|réemploi de mobilier} lors des rénovations
- {M28|suivi des chantiers sur tablette}
- {M02|relevés de cotes} chez le client

{M33|Motivé}, [niv|3 ans d'expérience]. [ct|CDI], [hor|39 h], [av|véhicule], [av|tickets restaurant], [sal|2 500 € brut].""",
 [], ["M33", "M30"], None, None),

("H20", "H2206", 12, 1, "10:05", "ANON_H20", "AURILLAC", CDI, EXP(1), "Menuisier / Menuisière d'atelier", "Menuisier d'atelier H/F",
"""[ent|Menuiserie cantalienne de 8 salariés] recherche un [tit|menuisier d'atelier H/F].
[tit|Au programme :] {M04|usinage sur machines conventionnelles}, {M05|assemblage}, {M07|ponçage et finitions}, {M10|affûtage des outils}. Nous utilisons des {M21|bois de réemploi} issus de granges. {M20|CACES R489} souhaité. {M27|Gestes et postures}. {M29|Rigoureux}.
[ct|CDI], [hor|35 h], [sal|1 950 € brut + prime].""",
 [("M04", "E"), ("M05", "E"), ("M07", "S"), ("M10", "S"), ("M21", "S"), ("M27", "S")], [],
 None, (FM, "S")),
]
# ======== gen_build
# ---------------------------------------------------------------- build
import csv, json, os, re, datetime
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PART = "A"
KIND = {"sal": "salaire", "av": "avantage", "ct": "contrat", "hor": "horaires", "cand": "candidature",
        "ent": "entreprise", "tit": "titre", "dip": "diplome_requis", "niv": "niveau", "con": "contact"}
MARK = re.compile(r"\{(\w+)\|([^{}]*)\}|\[(\w+)\|([^\[\]]*)\]")


def parse(text):
    out, skills, nots, pos = [], [], [], 0
    for m in MARK.finditer(text):
        out.append(text[pos:m.start()])
        if m.group(1):
            skills.append((m.group(1), m.group(2)))
            out.append(m.group(2))
        else:
            nots.append((KIND[m.group(3)], m.group(4)))
            out.append(m.group(4))
        pos = m.end()
    out.append(text[pos:])
    plain = "".join(out)
    assert "{" not in plain and "[" not in plain and "|" not in plain, plain[:80]
    return plain, skills, nots


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        w.writerow(header)
        for r in rows:
            w.writerow(r)


def build_rome():
    d = os.path.join(HERE, "rome")
    os.makedirs(d, exist_ok=True)
    fn = lambda r: os.path.join(d, "unix_%s_v461_utf8.csv" % r)
    write_csv(fn("referentiel_code_rome"), ["code_rome", "code_fiche_metier", "code_ogr", "libelle_rome", "transition_eco",
              "transition_num", "transition_demo", "emploi_reglemente", "emploi_cadre", "code_rome_parent"], FICHES)
    write_csv(fn("referentiel_appellation"), ["code_ogr", "libelle_appellation_long", "libelle_appellation_court", "code_rome",
              "classification", "code_rome_parent", "peu_usite"], APPELLATIONS)
    rows = []
    for code, nature, lib, defi, macro, sous, te, tn in COMPETENCES:
        cat = TECH if nature == SF else SE
        rows.append((code, nature, lib, defi, macro, "MC" + macro, cat, sous, te, tn))
    write_csv(fn("referentiel_competence"), ["code_ogr", "nature", "libelle_competence", "definition", "code_ogr_macro_comp",
              "code_macro_comp", "cat_comp", "sous_cat_comp", "transition_eco", "transition_num"], rows)
    write_csv(fn("referentiel_savoir"), ["code_ogr_savoir", "libelle_savoir", "categorie_savoir", "sous_categorie_savoir",
              "transition_eco", "transition_num"], SAVOIRS)
    nature = {c[0]: c[1] for c in COMPETENCES}
    links, coh = [], []
    for rome, codes in LINKS.items():
        for c in codes:
            rub = "3" if c not in nature else ("2" if nature[c] == SE else "1")
            links.append((rome, "5", rub, c))
            coh.append((rome, c, "Émergente" if (rome, c) in EMERGENTE else "Principale"))
    write_csv(fn("liens_rome_referentiels"), ["code_rome", "code_compo_bloc", "code_rubrique", "code_ogr"], links)
    write_csv(fn("coherence_item"), ["code_rome", "code_ogr", "coeur_metier"], coh)
    write_csv(fn("rubrique_mobilite"), ["code_rome", "code_rome_cible", "numero_ordre"], MOBILITE)


def cert_html(cert, items, intro):
    return (p_list if cert["style"] == "p" else ul_list)(items, intro)


def build_rncp():
    d = os.path.join(HERE, "rncp")
    os.makedirs(d, exist_ok=True)
    root = ET.Element("FICHES")
    ET.SubElement(root, "VERSION_FLUX").text = "4.1"
    for c in CERTS:
        f = ET.SubElement(root, "FICHE")
        ET.SubElement(f, "ID_FICHE").text = "7" + c["numero"][-4:]
        ET.SubElement(f, "NUMERO_FICHE").text = c["numero"]
        ET.SubElement(f, "INTITULE").text = c["intitule"]
        ab = ET.SubElement(f, "ABREGE")
        ET.SubElement(ab, "CODE").text = c["abrege"][0]
        ET.SubElement(ab, "LIBELLE").text = c["abrege"][1]
        ET.SubElement(f, "ETAT_FICHE").text = "Publiée"
        ne = ET.SubElement(f, "NOMENCLATURE_EUROPE")
        ET.SubElement(ne, "NIVEAU").text = c["niveau"][0]
        ET.SubElement(ne, "LIBELLE").text = c["niveau"][1]
        ET.SubElement(f, "ACTIVITES_VISEES").text = cert_html(c, c["activites"], c["activites_intro"])
        ET.SubElement(f, "CAPACITES_ATTESTEES").text = cert_html(c, c["capacites"], c["capacites_intro"])
        cr = ET.SubElement(f, "CODES_ROME")
        for code, lib in c["romes"]:
            r = ET.SubElement(cr, "ROME")
            ET.SubElement(r, "CODE").text = code
            ET.SubElement(r, "LIBELLE").text = lib
        bcs = ET.SubElement(f, "BLOCS_COMPETENCES")
        for code, lib, comps, modal in c["blocs"]:
            b = ET.SubElement(bcs, "BLOC_COMPETENCES")
            ET.SubElement(b, "CODE").text = code
            ET.SubElement(b, "LIBELLE").text = lib
            ET.SubElement(b, "LISTE_COMPETENCES").text = cert_html(c, comps, None)
            ET.SubElement(b, "MODALITES_EVALUATION").text = modal
        ET.SubElement(f, "ACTIF").text = "Oui"
        ET.SubElement(f, "DATE_FIN_ENREGISTREMENT").text = "31/12/2029"
    ET.indent(root)
    data = ET.tostring(root, encoding="unicode")
    with open(os.path.join(d, "export-fiches-rncp-v4-1-2026-11-30.xml"), "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="UTF-8"?>\n' + data + "\n")


def resolve_cov(cov):
    blocks = {b[0]: b for c in CERTS for b in c["blocs"]}
    certs = {c["numero"]: c for c in CERTS}
    kind = cov[0]
    if kind == "couvert":
        return {"value": "couvert", "statement": blocks[cov[1]][2][cov[2]], "block_code": cov[1]}
    if kind == "faible_act":
        return {"value": "faible", "statement": certs[cov[1]]["activites"][cov[2]], "where": "ACTIVITES_VISEES"}
    if kind == "faible_cap":
        return {"value": "faible", "statement": certs[cov[1]]["capacites"][cov[2]], "where": "CAPACITES_ATTESTEES"}
    if kind == "faible_mod":
        return {"value": "faible", "statement": cov[2], "where": "MODALITES_EVALUATION", "block_code": cov[1]}
    if kind == "faible_blk":
        return {"value": "faible", "statement": blocks[cov[1]][2][cov[2]], "where": "LISTE_COMPETENCES", "block_code": cov[1]}
    if kind == "elongation":
        return {"value": "elongation", "statement": blocks[cov[1]][2][cov[2]], "block_code": cov[1],
                "asked_item": cov[4], "certified_item": cov[5]}
    return {"value": kind}


def offer_id(n):
    return "A%05d%s" % (n, chr(65 + (n * 11 + 3) % 26))


def build_offers():
    label = {c[0]: c[2] for c in COMPETENCES}
    label.update({s[0]: s[1] for s in SAVOIRS})
    app_by_label = {a[1]: a for a in APPELLATIONS}
    rome_lib = {f[0]: f[3] for f in FICHES}
    base = datetime.datetime(2026, 9, 7)
    results, phr, offs, nots, meta = {"F1606": [], "H2206": []}, {}, {}, {}, {}
    for n, o in enumerate(OFFERS, start=1):
        (key, rome, week, wd, hhmm, emp, place, ctr, exp, app, title, desc, comps, quals, contact, form) = o
        oid = offer_id(n)
        plain, sks, nts = parse(desc)
        for sk, ph in sks:
            assert SKILLS[sk][1] == rome, (key, sk)
            phr.setdefault(sk, [])
            if ph not in phr[sk]:
                phr[sk].append(ph)
            offs.setdefault(sk, set()).add(oid)
        for kind, t in nts:
            if t in nots:
                assert nots[t]["kind"] == kind, t
            nots.setdefault(t, {"text": t, "kind": kind, "offers": []})
            if oid not in nots[t]["offers"]:
                nots[t]["offers"].append(oid)
        h, m = map(int, hhmm.split(":"))
        created = base + datetime.timedelta(days=7 * (week - 1) + wd, hours=h, minutes=m)
        updated = created + datetime.timedelta(days=n % 3, hours=2)
        lib, cp, insee, lat, lon = PLACES[place]
        nom, edesc, agency = EMPLOYERS[emp]
        ent = {}
        if nom:
            ent["nom"] = nom
        if edesc:
            ent["description"] = edesc
        ent["entrepriseAdaptee"] = False
        offer = {
            "id": oid, "intitule": title, "description": plain,
            "dateCreation": created.strftime("%Y-%m-%dT%H:%M:00.000Z"),
            "dateActualisation": updated.strftime("%Y-%m-%dT%H:%M:00.000Z"),
            "lieuTravail": {"libelle": lib, "latitude": lat, "longitude": lon, "codePostal": cp, "commune": insee},
            "romeCode": rome, "romeLibelle": rome_lib[rome], "appellationlibelle": app_by_label[app][1],
            "entreprise": ent, "typeContrat": ctr[0], "typeContratLibelle": ctr[1],
            "natureContrat": "Contrat travail", "experienceExige": exp[0], "experienceLibelle": exp[1],
        }
        if form:
            (dom, niv), ex = form
            offer["formations"] = [{"codeFormation": "22454" if rome == "F1606" else "22312", "domaineLibelle": dom,
                                    "niveauLibelle": niv, "exigence": ex}]
        if comps:
            lst = []
            for c in comps:
                sk, ex = c[0], c[1]
                assert SKILLS[sk][1] == rome
                if len(c) == 3:
                    lab = c[2]
                    lst.append({"libelle": lab, "exigence": ex})
                else:
                    code = SKILLS[sk][3][0]
                    lab = label[code]
                    lst.append({"code": code, "libelle": lab, "exigence": ex})
                phr.setdefault(sk, [])
                if lab not in phr[sk]:
                    phr[sk].append(lab)
                offs.setdefault(sk, set()).add(oid)
            offer["competences"] = lst
        if quals:
            lst = []
            for sk in quals:
                code = SKILLS[sk][3][0]
                lst.append({"libelle": label[code], "description": QUAL_DESC[code]})
                phr.setdefault(sk, [])
                if label[code] not in phr[sk]:
                    phr[sk].append(label[code])
                offs.setdefault(sk, set()).add(oid)
            offer["qualitesProfessionnelles"] = lst
        offer["salaire"] = {"libelle": "Selon profil"} if n % 4 == 0 else {"libelle": "Mensuel de %d.0 Euros à %d.0 Euros sur 12 mois" % (1900 + 50 * (n % 7), 2300 + 50 * (n % 9))}
        if contact:
            cn, tel, mail = contact
            cb = {"nom": (nom or "Recrutement") + " - " + cn}
            if tel:
                cb["telephone"] = tel
            if mail:
                cb["courriel"] = mail
            cb["coordonnees1"] = lib.split(" - ")[1]
            offer["contact"] = cb
        offer.update({"alternance": False, "nombrePostes": 1, "accessibleTH": n % 5 == 0,
                      "codeNAF": "43.34Z" if rome == "F1606" else ("16.23Z" if "atelier" in app else "43.32A"),
                      "secteurActiviteLibelle": "Travaux de peinture et vitrerie" if rome == "F1606" else "Travaux de menuiserie bois et PVC",
                      "origineOffre": {"origine": "1", "urlOrigine": "https://candidat.francetravail.fr/offres/recherche/detail/" + oid}})
        results[rome].append(offer)
        meta[oid] = {"rome": rome, "employer": emp, "week": week}
    d = os.path.join(HERE, "offres")
    os.makedirs(d, exist_ok=True)
    for rome, lst in results.items():
        with open(os.path.join(d, "offres-%s.json" % rome), "w", encoding="utf-8") as fh:
            json.dump({"resultats": lst, "filtresPossibles": []}, fh, ensure_ascii=False, indent=1)
    return phr, offs, nots, meta


def build_truth(phr, offs, nots, meta):
    emp_total = {}
    for oid, m in meta.items():
        emp_total.setdefault(m["rome"], set()).add(m["employer"])
    skills = []
    for i, (sk, (lab, rome, is_se, items, cov, group, trend, breadth)) in enumerate(SKILLS.items(), start=1):
        assert sk in offs, sk
        emps = {meta[o]["employer"] for o in offs[sk]}
        if breadth is None:
            share = len(emps) / len(emp_total[rome])
            breadth = "singulier" if len(emps) == 1 else ("general" if share >= 0.4 else "particulier")
        fam = None
        coverage = {}
        for cert, cv in cov.items():
            r = resolve_cov(cv)
            if cv[0] == "elongation":
                fam = cv[3]
            coverage[cert] = r
        skills.append({"id": "%s-S%02d" % (PART, i), "label": lab, "rome_code": rome, "is_savoir_etre": is_se,
                       "phrasings": phr[sk], "offers": sorted(offs[sk]), "coverage": coverage,
                       "elongation_family": fam, "new_block_group": group, "breadth": breadth, "trend": trend})
    truth = {"part": PART, "region": "84", "main_fiches": ["F1606", "H2206"],
             "certifications": {c["numero"]: {"title": c["intitule"], "rome_codes": [r[0] for r in c["romes"]]} for c in CERTS},
             "skills": skills,
             "not_skills": [dict(v, offers=sorted(v["offers"])) for v in nots.values()]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    build_rome()
    build_rncp()
    p, o, n, m = build_offers()
    build_truth(p, o, n, m)
    print("done")
