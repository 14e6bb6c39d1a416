"""Contenu de l'échantillon, partie offres : lieux, employeurs fictifs, gabarits de texte.

Les communes, codes postaux et codes INSEE sont ceux de communes réelles de Nouvelle-Aquitaine ; les
entreprises, leurs présentations, les personnes, adresses, courriels et téléphones sont inventés.
"""

# clé -> (département, libellé tel que France Travail l'écrit, code INSEE, code postal, latitude, longitude)
COMMUNES = {
    "angouleme": ("16", "ANGOULEME", "16015", "16000", 45.6484, 0.1562),
    "cognac": ("16", "COGNAC", "16102", "16100", 45.6958, -0.3287),
    "larochelle": ("17", "LA ROCHELLE", "17300", "17000", 46.1603, -1.1511),
    "rochefort": ("17", "ROCHEFORT", "17299", "17300", 45.9421, -0.9588),
    "saintes": ("17", "SAINTES", "17415", "17100", 45.7464, -0.6333),
    "royan": ("17", "ROYAN", "17306", "17200", 45.6243, -1.0296),
    "brive": ("19", "BRIVE LA GAILLARDE", "19031", "19100", 45.1589, 1.5321),
    "tulle": ("19", "TULLE", "19272", "19000", 45.2675, 1.7722),
    "gueret": ("23", "GUERET", "23096", "23000", 46.1713, 1.8717),
    "perigueux": ("24", "PERIGUEUX", "24322", "24000", 45.1842, 0.7211),
    "bergerac": ("24", "BERGERAC", "24037", "24100", 44.8533, 0.4833),
    "sarlat": ("24", "SARLAT LA CANEDA", "24520", "24200", 44.8897, 1.2167),
    "bordeaux": ("33", "BORDEAUX", "33063", "33000", 44.8378, -0.5792),
    "merignac": ("33", "MERIGNAC", "33281", "33700", 44.8386, -0.6436),
    "pessac": ("33", "PESSAC", "33318", "33600", 44.8067, -0.6311),
    "begles": ("33", "BEGLES", "33039", "33130", 44.8086, -0.5478),
    "libourne": ("33", "LIBOURNE", "33243", "33500", 44.9153, -0.2436),
    "cestas": ("33", "CESTAS", "33122", "33610", 44.7433, -0.6817),
    "blanquefort": ("33", "BLANQUEFORT", "33056", "33290", 44.9106, -0.6364),
    "stmedard": ("33", "ST MEDARD EN JALLES", "33449", "33160", 44.8964, -0.7164),
    "montdemarsan": ("40", "MONT DE MARSAN", "40192", "40000", 43.8902, -0.4998),
    "dax": ("40", "DAX", "40088", "40100", 43.7102, -1.0536),
    "tarnos": ("40", "TARNOS", "40312", "40220", 43.5410, -1.4610),
    "agen": ("47", "AGEN", "47001", "47000", 44.2033, 0.6163),
    "villeneuve": ("47", "VILLENEUVE SUR LOT", "47323", "47300", 44.4081, 0.7048),
    "marmande": ("47", "MARMANDE", "47157", "47200", 44.5000, 0.1653),
    "pau": ("64", "PAU", "64445", "64000", 43.2951, -0.3708),
    "bayonne": ("64", "BAYONNE", "64102", "64100", 43.4929, -1.4748),
    "anglet": ("64", "ANGLET", "64024", "64600", 43.4850, -1.5195),
    "biarritz": ("64", "BIARRITZ", "64122", "64200", 43.4832, -1.5586),
    "hasparren": ("64", "HASPARREN", "64256", "64240", 43.3836, -1.3050),
    "orthez": ("64", "ORTHEZ", "64430", "64300", 43.4883, -0.7722),
    "mourenx": ("64", "MOURENX", "64410", "64150", 43.3817, -0.6244),
    "niort": ("79", "NIORT", "79191", "79000", 46.3237, -0.4588),
    "bressuire": ("79", "BRESSUIRE", "79049", "79300", 46.8406, -0.4886),
    "poitiers": ("86", "POITIERS", "86194", "86000", 46.5802, 0.3404),
    "chatellerault": ("86", "CHATELLERAULT", "86066", "86100", 46.8178, 0.5461),
    "limoges": ("87", "LIMOGES", "87085", "87000", 45.8336, 1.2611),
}

NAF = {
    "71.11Z": "Activités d'architecture",
    "71.12A": "Activité des géomètres",
    "71.12B": "Ingénierie, études techniques",
    "16.23Z": "Fabrication de charpentes et d'autres menuiseries",
    "41.10A": "Promotion immobilière de logements",
    "41.20A": "Construction de maisons individuelles",
    "41.20B": "Construction d'autres bâtiments",
    "43.99C": "Travaux de maçonnerie générale et gros œuvre de bâtiment",
    "78.20Z": "Activités des agences de travail temporaire",
    "87.10A": "Hébergement médicalisé pour personnes âgées",
    "86.10Z": "Activités hospitalières",
    "88.10A": "Aide à domicile",
    "62.01Z": "Programmation informatique",
    "62.02A": "Conseil en systèmes et logiciels informatiques",
    "58.29C": "Édition de logiciels applicatifs",
    "73.11Z": "Activités des agences de publicité",
    "65.12Z": "Autres assurances",
    "46.34Z": "Commerce de gros (commerce interentreprises) de boissons",
    "52.10B": "Entreposage et stockage non frigorifique",
    "46.73A": "Commerce de gros (commerce interentreprises) de bois et de matériaux de construction",
    "45.31Z": "Commerce de gros d'équipements automobiles",
    "46.46Z": "Commerce de gros (commerce interentreprises) de produits pharmaceutiques",
    "47.91B": "Vente à distance sur catalogue spécialisé",
    "46.21Z": "Commerce de gros (commerce interentreprises) de céréales, de tabac non manufacturé, de semences et d'aliments pour le bétail",
    "46.74A": "Commerce de gros (commerce interentreprises) de quincaillerie",
    "17.21A": "Fabrication de carton ondulé",
    "30.12Z": "Construction de bateaux de plaisance",
    "25.29Z": "Fabrication d'autres réservoirs, citernes et conteneurs métalliques",
    "25.11Z": "Fabrication de structures métalliques et de parties de structures",
    "30.30Z": "Construction aéronautique et spatiale",
    "33.11Z": "Réparation d'ouvrages en métaux",
    "28.30Z": "Fabrication de machines agricoles et forestières",
    "25.62B": "Mécanique industrielle",
}

# Employeurs fictifs. Champs : cle, nom, commune, tranche, naf, poids (volume relatif d'offres), texte de
# présentation ({nom} est remplacé par le nom, ou par « Notre client » quand l'offre est anonyme),
# drapeaux : singulier (seul employeur à demander la compétence singulière du code), no_rising (ne demande
# jamais la compétence montante alors que sa présentation la cite), boilerplate (présentation citant la
# compétence « boilerplate » du code), interim, adaptee, type (J1501 : ehpad / clinique / ssiad / thermes),
# domaine (courriels), contact (nom de la personne à contacter, inventé).
EMPLOYEURS = {
    "F1104": [
        dict(
            cle="lescure",
            nom="ATELIER LESCURE ARCHITECTES",
            commune="bordeaux",
            tranche="10 à 19 salariés",
            naf="71.11Z",
            poids=6,
            domaine="atelier-lescure-archi.fr",
            contact="Mme Claire Dubosc",
            texte="{nom} est un atelier d'architecture bordelais fondé en 1998. Nous concevons des logements "
            "collectifs, des équipements scolaires et des bâtiments tertiaires dans toute la métropole.",
        ),
        dict(
            cle="bet_garonne",
            nom="BET STRUCTURES GARONNE",
            commune="merignac",
            tranche="20 à 49 salariés",
            naf="71.12B",
            poids=7,
            domaine="bet-structures-garonne.fr",
            contact="M. Julien Larrieu",
            texte="{nom} est un bureau d'études structure béton armé et charpente métallique. Nous intervenons "
            "pour les entreprises générales et les promoteurs du Sud-Ouest.",
        ),
        dict(
            cle="duhalde",
            nom="OSSATURES BOIS DUHALDE",
            commune="hasparren",
            tranche="20 à 49 salariés",
            naf="16.23Z",
            poids=6,
            singulier=True,
            domaine="duhalde-ossatures.fr",
            contact="M. Peio Duhalde",
            texte="Entreprise basque familiale, {nom} conçoit et fabrique dans ses ateliers des maisons et des "
            "bâtiments à ossature bois, de la charpente traditionnelle au caisson préfabriqué.",
        ),
        dict(
            cle="mazeau",
            nom="CABINET MAZEAU ET ASSOCIES",
            commune="poitiers",
            tranche="6 à 9 salariés",
            naf="71.11Z",
            poids=4,
            domaine="cabinet-mazeau.fr",
            contact="Mme Hélène Mazeau",
            texte="{nom}, cabinet d'architecture implanté à Poitiers depuis vingt ans, accompagne collectivités "
            "et particuliers dans leurs projets de construction et de réhabilitation.",
        ),
        dict(
            cle="ingenova",
            nom="INGENOVA BATIMENT",
            commune="limoges",
            tranche="50 à 99 salariés",
            naf="71.12B",
            poids=6,
            no_rising=True,
            domaine="ingenova-batiment.fr",
            contact="M. Thomas Vergne",
            texte="{nom}, bureau d'études pluridisciplinaire et leader du BIM en Nouvelle-Aquitaine, accompagne "
            "les maîtres d'ouvrage publics et privés depuis plus de trente ans.",
        ),
        dict(
            cle="oceanes",
            nom="GROUPE CONSTRUCTIONS OCEANES",
            commune="larochelle",
            tranche="250 à 499 salariés",
            naf="41.20A",
            poids=5,
            boilerplate=True,
            domaine="constructions-oceanes.fr",
            contact="Mme Sophie Barreau",
            texte="{nom} construit chaque année plus de 600 maisons individuelles sur la façade atlantique. "
            "Certifiés ISO 9001, nous inscrivons chacun de nos projets dans une démarche Haute Qualité "
            "Environnementale (HQE).",
        ),
        dict(
            cle="sud_archi",
            nom="ATELIER SUD ARCHITECTURE",
            commune="pau",
            tranche="3 à 5 salariés",
            naf="71.11Z",
            poids=3,
            domaine="atelier-sud-architecture.fr",
            contact="M. Lucas Pédebas",
            texte="{nom} est une petite agence d'architecture paloise qui travaille sur des maisons "
            "contemporaines et des réhabilitations de bâtiments anciens en Béarn.",
        ),
        dict(
            cle="pha",
            nom="PROMOTION HABITAT AQUITAIN",
            commune="bordeaux",
            tranche="100 à 199 salariés",
            naf="41.10A",
            poids=4,
            boilerplate=True,
            domaine="promotion-habitat-aquitain.fr",
            contact="Mme Inès Couderc",
            texte="Promoteur immobilier régional, {nom} réalise des résidences de logements collectifs dans la "
            "métropole bordelaise. Tous nos programmes suivent une démarche Haute Qualité "
            "Environnementale (HQE).",
        ),
        dict(
            cle="georeleves",
            nom="GEO-RELEVES ATLANTIQUE",
            commune="anglet",
            tranche="10 à 19 salariés",
            naf="71.12A",
            poids=5,
            domaine="georeleves-atlantique.fr",
            contact="M. Xabi Etchegaray",
            texte="{nom}, cabinet de géomètres-experts de la Côte basque, réalise des relevés d'intérieur, des "
            "plans de façades et des plans topographiques pour les architectes et les syndics.",
        ),
        dict(
            cle="aci",
            nom="AGENCE CHARENTAISE D'INGENIERIE",
            commune="angouleme",
            tranche="10 à 19 salariés",
            naf="71.12B",
            poids=4,
            domaine="aci-ingenierie.fr",
            contact="Mme Laure Texier",
            texte="{nom} est un bureau d'études techniques généraliste au service des communes et des "
            "entreprises de Charente.",
        ),
        dict(
            cle="bep",
            nom="BATI ETUDES PERIGORD",
            commune="perigueux",
            tranche="6 à 9 salariés",
            naf="71.12B",
            poids=3,
            domaine="bati-etudes-perigord.fr",
            contact="M. Damien Fargeot",
            texte="{nom}, bureau d'études de Dordogne, conçoit des bâtiments agricoles, artisanaux et des "
            "maisons individuelles.",
        ),
    ],
    "F1703": [
        dict(
            cle="lartigue",
            nom="LARTIGUE PATRIMOINE",
            commune="sarlat",
            tranche="10 à 19 salariés",
            naf="43.99C",
            poids=6,
            singulier=True,
            domaine="lartigue-patrimoine.fr",
            contact="M. Bernard Lartigue",
            texte="Entreprise familiale de maçonnerie installée en Périgord noir depuis trois générations, {nom} "
            "intervient sur des maisons anciennes, des granges et des bâtiments de caractère.",
        ),
        dict(
            cle="batir_gironde",
            nom="BATIR GIRONDE",
            commune="libourne",
            tranche="20 à 49 salariés",
            naf="43.99C",
            poids=7,
            boilerplate=True,
            domaine="batir-gironde.fr",
            contact="Mme Nadia Ferrand",
            texte="{nom} réalise le gros œuvre de maisons individuelles et de petits collectifs dans le "
            "Libournais. Entreprise engagée, nous trions et valorisons les déchets de chantier sur "
            "l'ensemble de nos opérations.",
        ),
        dict(
            cle="etcheverry",
            nom="MACONNERIE ETCHEVERRY",
            commune="bayonne",
            tranche="6 à 9 salariés",
            naf="43.99C",
            poids=4,
            domaine="maconnerie-etcheverry.fr",
            contact="M. Mikel Etcheverry",
            texte="{nom} est une entreprise artisanale de maçonnerie générale au Pays basque : construction "
            "neuve, extensions et rénovation.",
        ),
        dict(
            cle="brunet",
            nom="CONSTRUCTIONS BRUNET ET FILS",
            commune="niort",
            tranche="50 à 99 salariés",
            naf="41.20B",
            poids=6,
            boilerplate=True,
            domaine="constructions-brunet.fr",
            contact="M. Olivier Brunet",
            texte="{nom} construit des bâtiments industriels, commerciaux et des logements dans les Deux-Sèvres. "
            "Nous trions et valorisons les déchets de chantier sur tous nos sites.",
        ),
        dict(
            cle="lgo",
            nom="LIMOUSIN GROS OEUVRE",
            commune="limoges",
            tranche="20 à 49 salariés",
            naf="43.99C",
            poids=5,
            domaine="limousin-gros-oeuvre.fr",
            contact="Mme Agathe Peyrat",
            texte="{nom} est spécialisée dans le gros œuvre de bâtiments publics et privés en Haute-Vienne.",
        ),
        dict(
            cle="renov16",
            nom="RENOV'HABITAT CHARENTE",
            commune="cognac",
            tranche="10 à 19 salariés",
            naf="43.99C",
            poids=5,
            domaine="renovhabitat-charente.fr",
            contact="M. Kévin Mousnier",
            texte="{nom} accompagne les particuliers du Cognaçais dans la rénovation et l'agrandissement de "
            "leur maison.",
        ),
        dict(
            cle="ducasse",
            nom="DUCASSE BATIMENT",
            commune="agen",
            tranche="20 à 49 salariés",
            naf="43.99C",
            poids=4,
            domaine="ducasse-batiment.fr",
            contact="Mme Coralie Ducasse",
            texte="{nom}, entreprise de maçonnerie et de béton armé de l'Agenais, intervient pour les "
            "particuliers, les collectivités et les promoteurs.",
        ),
        dict(
            cle="moreau",
            nom="MOREAU CONSTRUCTION",
            commune="poitiers",
            tranche="100 à 199 salariés",
            naf="41.20A",
            poids=5,
            domaine="moreau-construction.fr",
            contact="M. Arnaud Giraud",
            texte="Constructeur de maisons individuelles dans la Vienne depuis 1975, {nom} livre plus de 150 "
            "maisons par an.",
        ),
        dict(
            cle="marsan",
            nom="LES MACONS DU MARSAN",
            commune="montdemarsan",
            tranche="6 à 9 salariés",
            naf="43.99C",
            poids=3,
            domaine="macons-du-marsan.fr",
            contact="M. Sébastien Dupouy",
            texte="{nom} est une petite entreprise de maçonnerie des Landes : maisons neuves, piscines, murs "
            "de clôture et dallages.",
        ),
        dict(
            cle="ibso",
            nom="INTERIM BATIMENT SUD-OUEST",
            commune="bordeaux",
            tranche="10 à 19 salariés",
            naf="78.20Z",
            poids=6,
            interim=True,
            domaine="interim-batiment-so.fr",
            contact="Mme Julie Castaing",
            texte="{nom} est une agence d'emploi spécialisée dans les métiers du BTP. Nous recrutons pour "
            "l'une de nos entreprises clientes, spécialisée en gros œuvre.",
        ),
    ],
    "J1501": [
        dict(
            cle="estey",
            nom="EHPAD LES JARDINS DE L'ESTEY",
            commune="begles",
            tranche="50 à 99 salariés",
            naf="87.10A",
            poids=7,
            boilerplate=True,
            type="ehpad",
            domaine="jardins-estey.fr",
            contact="Mme Martine Lacoste",
            texte="{nom} accueille 92 résidents, dont 14 en unité protégée. Notre résidence est engagée dans "
            "l'approche Montessori adaptée aux personnes âgées.",
        ),
        dict(
            cle="clos_vignes",
            nom="RESIDENCE LE CLOS DES VIGNES",
            commune="libourne",
            tranche="50 à 99 salariés",
            naf="87.10A",
            poids=5,
            type="ehpad",
            domaine="clos-des-vignes-ehpad.fr",
            contact="M. Patrice Roumegoux",
            texte="{nom} est un EHPAD associatif de 80 lits situé au cœur du Libournais, dans un parc arboré.",
        ),
        dict(
            cle="chartrons",
            nom="POLYCLINIQUE DES CHARTRONS",
            commune="bordeaux",
            tranche="200 à 249 salariés",
            naf="86.10Z",
            poids=6,
            type="clinique",
            domaine="polyclinique-chartrons.fr",
            contact="Mme Élodie Sarrazin",
            texte="{nom} est un établissement de chirurgie et de médecine de 180 lits au cœur de Bordeaux.",
        ),
        dict(
            cle="thermes",
            nom="CENTRE DE READAPTATION LES THERMES D'AQUAE",
            commune="dax",
            tranche="100 à 199 salariés",
            naf="86.10Z",
            poids=6,
            singulier=True,
            type="thermes",
            domaine="thermes-aquae.fr",
            contact="Mme Sandrine Lalanne",
            texte="{nom} est un établissement de soins de suite et de réadaptation adossé aux thermes de Dax, "
            "spécialisé en rhumatologie et en rééducation orthopédique.",
        ),
        dict(
            cle="hortensias",
            nom="EHPAD LES HORTENSIAS",
            commune="pau",
            tranche="50 à 99 salariés",
            naf="87.10A",
            poids=5,
            boilerplate=True,
            type="ehpad",
            domaine="ehpad-hortensias-pau.fr",
            contact="M. Jean-Marc Abadie",
            texte="{nom} accueille 70 résidents à Pau. Nos équipes sont formées à l'approche Montessori adaptée "
            "aux personnes âgées.",
        ),
        dict(
            cle="ssiad_bearn",
            nom="SSIAD SOINS ET DOMICILE BEARN",
            commune="orthez",
            tranche="20 à 49 salariés",
            naf="88.10A",
            poids=5,
            type="ssiad",
            domaine="soins-domicile-bearn.fr",
            contact="Mme Isabelle Casenave",
            texte="{nom} intervient au domicile de 75 patients âgés ou en situation de handicap sur le secteur "
            "d'Orthez.",
        ),
        dict(
            cle="val_charente",
            nom="CLINIQUE DU VAL DE CHARENTE",
            commune="angouleme",
            tranche="200 à 249 salariés",
            naf="86.10Z",
            poids=5,
            type="clinique",
            domaine="clinique-val-charente.fr",
            contact="M. Rémi Boutinet",
            texte="{nom} est un établissement de médecine, de chirurgie et de soins de suite de l'agglomération "
            "d'Angoulême.",
        ),
        dict(
            cle="dsl",
            nom="DOMICILE SANTE LIMOUSIN",
            commune="limoges",
            tranche="20 à 49 salariés",
            naf="88.10A",
            poids=5,
            type="ssiad",
            domaine="domicile-sante-limousin.fr",
            contact="Mme Nathalie Faure",
            texte="{nom} est un service de soins infirmiers à domicile qui accompagne 110 patients à Limoges "
            "et dans sa périphérie.",
        ),
        dict(
            cle="chenes_verts",
            nom="EHPAD LE DOMAINE DES CHENES VERTS",
            commune="perigueux",
            tranche="50 à 99 salariés",
            naf="87.10A",
            poids=5,
            type="ehpad",
            domaine="chenes-verts-ehpad.fr",
            contact="Mme Françoise Delpech",
            texte="{nom} est un EHPAD public de 96 lits, dont une unité d'hébergement renforcée.",
        ),
        dict(
            cle="sdp",
            nom="SOINS A DOMICILE POITOU",
            commune="chatellerault",
            tranche="20 à 49 salariés",
            naf="88.10A",
            poids=4,
            type="ssiad",
            domaine="soins-domicile-poitou.fr",
            contact="M. Cédric Bouchet",
            texte="{nom}, association d'aide et de soins à domicile, intervient dans le Châtelleraudais.",
        ),
        dict(
            cle="embruns",
            nom="RESIDENCE MUTUALISTE LES EMBRUNS",
            commune="royan",
            tranche="50 à 99 salariés",
            naf="87.10A",
            poids=5,
            type="ehpad",
            domaine="residence-les-embruns.fr",
            contact="Mme Valérie Gautreau",
            texte="{nom} est un EHPAD mutualiste de 85 lits face à l'océan, à Royan.",
        ),
    ],
    "M1805": [
        dict(
            cle="aal",
            nom="AQUITAINE AVIONIQUE LOGICIEL",
            commune="merignac",
            tranche="100 à 199 salariés",
            naf="62.01Z",
            poids=6,
            singulier=True,
            domaine="aquitaine-avionique.fr",
            contact="M. François Lapeyre",
            texte="{nom} développe les logiciels embarqués de calculateurs pour les avionneurs et les "
            "équipementiers de l'aéronautique et de la défense.",
        ),
        dict(
            cle="data_garonne",
            nom="DATA GARONNE",
            commune="bordeaux",
            tranche="20 à 49 salariés",
            naf="62.01Z",
            poids=6,
            no_rising=True,
            domaine="datagaronne.fr",
            contact="Mme Camille Rigal",
            texte="{nom}, pionnier bordelais de l'intelligence artificielle générative, édite des solutions "
            "logicielles pour les réseaux de distribution et les collectivités.",
        ),
        dict(
            cle="webmaree",
            nom="WEBMAREE",
            commune="larochelle",
            tranche="10 à 19 salariés",
            naf="73.11Z",
            poids=5,
            boilerplate=True,
            domaine="webmaree.fr",
            contact="M. Yann Le Goff",
            texte="{nom} est une agence web rochelaise spécialisée en référencement naturel (SEO) et en "
            "marketing digital. Nous réalisons des sites et des applications pour les entreprises de la "
            "région.",
        ),
        dict(
            cle="pyrene",
            nom="PYRENE SOLUTIONS",
            commune="pau",
            tranche="50 à 99 salariés",
            naf="62.02A",
            poids=5,
            domaine="pyrene-solutions.fr",
            contact="Mme Audrey Lassalle",
            texte="{nom} conçoit des logiciels de gestion pour l'industrie et l'énergie dans le bassin de Lacq "
            "et au-delà.",
        ),
        dict(
            cle="map",
            nom="MUTUELLE ATLANTIQUE PREVOYANCE",
            commune="niort",
            tranche="1000 à 1999 salariés",
            naf="65.12Z",
            poids=6,
            domaine="mutuelle-atlantique-prevoyance.fr",
            contact="Mme Élise Bonnaud",
            texte="Acteur niortais de l'assurance de personnes, {nom} protège 900 000 adhérents. Notre direction "
            "des systèmes d'information compte 250 collaborateurs.",
        ),
        dict(
            cle="lns",
            nom="LIMOUSIN NUMERIQUE SERVICES",
            commune="limoges",
            tranche="20 à 49 salariés",
            naf="62.02A",
            poids=4,
            domaine="limousin-numerique.fr",
            contact="M. Guillaume Peyronnet",
            texte="{nom} accompagne les PME du Limousin dans la conception et la maintenance de leurs "
            "applications métiers.",
        ),
        dict(
            cle="vinotech",
            nom="VINOTECH SYSTEMES",
            commune="bordeaux",
            tranche="10 à 19 salariés",
            naf="62.01Z",
            poids=4,
            domaine="vinotech-systemes.fr",
            contact="Mme Pauline Darriet",
            texte="{nom} édite une plateforme de traçabilité et de commercialisation pour les propriétés viticoles.",
        ),
        dict(
            cle="horizon",
            nom="ESN HORIZON SUD-OUEST",
            commune="merignac",
            tranche="250 à 499 salariés",
            naf="62.02A",
            poids=7,
            domaine="horizon-sud-ouest.fr",
            contact="M. Nicolas Barthe",
            texte="{nom} est une entreprise de services du numérique qui accompagne les grands comptes de la "
            "région dans leurs projets applicatifs.",
        ),
        dict(
            cle="pixel",
            nom="STUDIO PIXEL BASQUE",
            commune="biarritz",
            tranche="6 à 9 salariés",
            naf="62.01Z",
            poids=3,
            boilerplate=True,
            domaine="studio-pixel-basque.fr",
            contact="M. Iban Harriet",
            texte="{nom} est un studio web biarrot spécialisé dans le référencement naturel (SEO) et la "
            "création de boutiques en ligne.",
        ),
        dict(
            cle="logisoft",
            nom="LOGISOFT POITOU",
            commune="poitiers",
            tranche="50 à 99 salariés",
            naf="58.29C",
            poids=5,
            domaine="logisoft-poitou.fr",
            contact="Mme Amandine Rousseau",
            texte="{nom} édite des logiciels de gestion pour les collectivités territoriales.",
        ),
        dict(
            cle="agritech",
            nom="AGRITECH LANDES",
            commune="montdemarsan",
            tranche="10 à 19 salariés",
            naf="62.01Z",
            poids=3,
            domaine="agritech-landes.fr",
            contact="M. Romain Lafitte",
            texte="{nom} développe des outils numériques d'aide à la décision pour les exploitations "
            "agricoles et forestières.",
        ),
    ],
    "N1103": [
        dict(
            cle="castera",
            nom="MAISON CASTERA GRANDS CRUS",
            commune="blanquefort",
            tranche="20 à 49 salariés",
            naf="46.34Z",
            poids=6,
            singulier=True,
            domaine="castera-grands-crus.fr",
            contact="M. Henri de Castéra",
            texte="Négociant en vins de Bordeaux depuis 1923, {nom} distribue les grands crus de la place de "
            "Bordeaux auprès des cavistes et des importateurs du monde entier.",
        ),
        dict(
            cle="cls",
            nom="CESTAS LOGISTIQUE SERVICES",
            commune="cestas",
            tranche="250 à 499 salariés",
            naf="52.10B",
            poids=8,
            boilerplate=True,
            domaine="cestas-logistique.fr",
            contact="Mme Karine Dumas",
            texte="{nom} exploite 80 000 m² d'entrepôts au sud de Bordeaux pour des clients de la grande "
            "distribution et du e-commerce.",
        ),
        dict(
            cle="ep",
            nom="ENTREPOTS DU POITOU",
            commune="chatellerault",
            tranche="100 à 199 salariés",
            naf="52.10B",
            poids=6,
            boilerplate=True,
            domaine="entrepots-du-poitou.fr",
            contact="M. Fabrice Morin",
            texte="{nom}, prestataire logistique indépendant, stocke et expédie des produits industriels et de "
            "grande consommation.",
        ),
        dict(
            cle="bsod",
            nom="BRICO SUD-OUEST DISTRIBUTION",
            commune="agen",
            tranche="200 à 249 salariés",
            naf="46.73A",
            poids=5,
            domaine="brico-sud-ouest.fr",
            contact="Mme Sylvie Caumont",
            texte="{nom} approvisionne 45 magasins de bricolage et de matériaux du Sud-Ouest depuis sa "
            "plateforme agenaise.",
        ),
        dict(
            cle="pal",
            nom="PIECES AUTO LIMOUSIN",
            commune="limoges",
            tranche="20 à 49 salariés",
            naf="45.31Z",
            poids=4,
            domaine="pieces-auto-limousin.fr",
            contact="M. Stéphane Chassagne",
            texte="{nom} distribue des pièces détachées automobiles aux garages de Haute-Vienne et de Corrèze.",
        ),
        dict(
            cle="pda",
            nom="PHARMA DISTRIBUTION AQUITAINE",
            commune="merignac",
            tranche="100 à 199 salariés",
            naf="46.46Z",
            poids=5,
            domaine="pharma-distribution-aquitaine.fr",
            contact="Mme Anne-Sophie Brun",
            texte="{nom}, grossiste répartiteur pharmaceutique, livre chaque jour 600 officines de la région.",
        ),
        dict(
            cle="chemb",
            nom="CHARENTE EMBALLAGES",
            commune="angouleme",
            tranche="50 à 99 salariés",
            naf="17.21A",
            poids=4,
            domaine="charente-emballages.fr",
            contact="M. Ludovic Renaud",
            texte="{nom} fabrique des emballages en carton ondulé pour l'industrie agroalimentaire et les spiritueux.",
        ),
        dict(
            cle="eshop",
            nom="E-SHOP GARONNE",
            commune="begles",
            tranche="50 à 99 salariés",
            naf="47.91B",
            poids=5,
            domaine="eshop-garonne.fr",
            contact="Mme Lucie Baylet",
            texte="{nom} vend en ligne des articles de sport et de plein air et expédie 3 000 colis par jour.",
        ),
        dict(
            cle="adour_landes",
            nom="COOPERATIVE AGRICOLE ADOUR-LANDES",
            commune="montdemarsan",
            tranche="100 à 199 salariés",
            naf="46.21Z",
            poids=4,
            domaine="coop-adour-landes.fr",
            contact="M. Alain Labarthe",
            texte="{nom} collecte les céréales de 1 200 adhérents et leur fournit semences, engrais et "
            "produits de protection des cultures.",
        ),
        dict(
            cle="flexi",
            nom="FLEXI EMPLOI BORDEAUX",
            commune="bordeaux",
            tranche="10 à 19 salariés",
            naf="78.20Z",
            poids=6,
            interim=True,
            domaine="flexi-emploi-bordeaux.fr",
            contact="M. Mehdi Benali",
            texte="{nom}, agence d'emploi spécialisée en logistique, recrute pour l'une de ses entreprises clientes.",
        ),
        dict(
            cle="qin",
            nom="QUINCAILLERIE INDUSTRIELLE NIORTAISE",
            commune="niort",
            tranche="20 à 49 salariés",
            naf="46.74A",
            poids=3,
            domaine="qin-niort.fr",
            contact="Mme Delphine Guérin",
            texte="{nom} fournit visserie, outillage et équipements de protection aux artisans et aux "
            "industriels du Poitou.",
        ),
        dict(
            cle="als",
            nom="ATELIER LOGISTIQUE SOLIDAIRE",
            commune="pessac",
            tranche="50 à 99 salariés",
            naf="52.10B",
            poids=3,
            adaptee=True,
            domaine="atelier-logistique-solidaire.fr",
            contact="M. Karim Hadji",
            texte="{nom} est une entreprise adaptée qui propose des prestations de stockage, de "
            "conditionnement et d'expédition.",
        ),
    ],
    "H2913": [
        dict(
            cle="cnap",
            nom="CHANTIER NAVAL ATLANTIQUE PLAISANCE",
            commune="larochelle",
            tranche="100 à 199 salariés",
            naf="30.12Z",
            poids=6,
            singulier=True,
            domaine="cn-atlantique-plaisance.fr",
            contact="M. Erwan Guillou",
            texte="{nom} construit des catamarans et des bateaux à moteur de 12 à 20 mètres pour une clientèle "
            "internationale.",
        ),
        dict(
            cle="cib",
            nom="CHAUDRONNERIE INDUSTRIELLE DU BEARN",
            commune="mourenx",
            tranche="50 à 99 salariés",
            naf="25.29Z",
            poids=6,
            boilerplate=True,
            domaine="chaudronnerie-bearn.fr",
            contact="M. Patrick Lalanne",
            texte="{nom} fabrique des équipements sous pression pour la chimie et l'énergie. Nos prestations : "
            "chaudronnerie, tuyauterie, soudure et contrôle non destructif (ressuage, magnétoscopie).",
        ),
        dict(
            cle="dupuy",
            nom="METALLERIE DUPUY",
            commune="bergerac",
            tranche="10 à 19 salariés",
            naf="25.11Z",
            poids=4,
            domaine="metallerie-dupuy.fr",
            contact="Mme Corinne Dupuy",
            texte="{nom} réalise charpentes métalliques, escaliers, garde-corps et portails pour les "
            "particuliers et les entreprises du Bergeracois.",
        ),
        dict(
            cle="smc",
            nom="SERRURERIE METALLERIE DES CHARENTES",
            commune="saintes",
            tranche="20 à 49 salariés",
            naf="25.11Z",
            poids=5,
            domaine="smc-saintes.fr",
            contact="M. Laurent Ribault",
            texte="{nom} conçoit et fabrique des ouvrages métalliques pour le bâtiment et l'industrie.",
        ),
        dict(
            cle="asa",
            nom="AERO STRUCTURES AQUITAINE",
            commune="stmedard",
            tranche="250 à 499 salariés",
            naf="30.30Z",
            poids=6,
            boilerplate=True,
            domaine="aero-structures-aquitaine.fr",
            contact="Mme Marion Dulau",
            texte="{nom} fabrique des sous-ensembles de structures pour l'aéronautique et le spatial. Notre "
            "laboratoire intégré assure le contrôle non destructif (ressuage, magnétoscopie) de toutes "
            "nos pièces.",
        ),
        dict(
            cle="tsl",
            nom="TUYAUTERIE SOUDURE LIMOUSINE",
            commune="limoges",
            tranche="20 à 49 salariés",
            naf="33.11Z",
            poids=5,
            domaine="tuyauterie-soudure-limousine.fr",
            contact="M. Gilles Mazaud",
            texte="{nom} intervient en maintenance industrielle et en tuyauterie sur les sites industriels du "
            "Limousin.",
        ),
        dict(
            cle="amd",
            nom="ATELIER METAL DORDOGNE",
            commune="perigueux",
            tranche="6 à 9 salariés",
            naf="25.11Z",
            poids=3,
            domaine="atelier-metal-dordogne.fr",
            contact="M. Thierry Lachaud",
            texte="{nom} est un atelier de serrurerie et de métallerie de Périgueux.",
        ),
        dict(
            cle="aep",
            nom="AGRI EQUIPEMENTS POITOU",
            commune="bressuire",
            tranche="200 à 249 salariés",
            naf="28.30Z",
            poids=6,
            domaine="agri-equipements-poitou.fr",
            contact="Mme Émilie Fradin",
            texte="{nom} conçoit et fabrique des remorques et des matériels de travail du sol vendus dans toute "
            "l'Europe.",
        ),
        dict(
            cle="iia",
            nom="INTERIM INDUSTRIE AQUITAINE",
            commune="bordeaux",
            tranche="10 à 19 salariés",
            naf="78.20Z",
            poids=5,
            interim=True,
            domaine="interim-industrie-aquitaine.fr",
            contact="Mme Sarah Medjdoub",
            texte="{nom}, agence d'emploi dédiée à l'industrie, recrute pour l'un de ses clients, fabricant "
            "d'ensembles mécano-soudés.",
        ),
        dict(
            cle="msa",
            nom="MECANO-SOUDURE DE L'ADOUR",
            commune="tarnos",
            tranche="50 à 99 salariés",
            naf="25.62B",
            poids=5,
            domaine="mecano-soudure-adour.fr",
            contact="M. Joël Dufau",
            texte="{nom} usine et soude des pièces et des ensembles pour l'aéronautique, le ferroviaire et l'énergie.",
        ),
    ],
}

# Intitulés d'offre par code ROME ; {BIM}, {ITE}... : variantes utilisées quand la compétence montante est
# demandée (voir INTITULES_MONTANTS).
INTITULES = {
    "F1104": [
        "Dessinateur projeteur bâtiment H/F",
        "Dessinateur / Dessinatrice en bâtiment (H/F)",
        "Dessinateur-projeteur béton armé H/F",
        "Technicien d'études - dessin bâtiment (H/F)",
        "Dessinateur projeteur / Dessinatrice projeteuse H/F",
    ],
    "F1703": [
        "Maçon H/F",
        "Maçon / Maçonne qualifié(e) (H/F)",
        "Maçon coffreur H/F",
        "Compagnon maçon (H/F)",
        "Maçon N3P2 H/F",
    ],
    "J1501": [
        "Aide-soignant / Aide-soignante (H/F)",
        "Aide-soignant H/F - CDI",
        "Aide-soignant de jour (H/F)",
        "Aide-soignant(e) diplômé(e) H/F",
        "Aide-soignant de nuit H/F",
    ],
    "M1805": [
        "Développeur full stack H/F",
        "Développeur / Développeuse informatique (H/F)",
        "Développeur web H/F",
        "Analyste développeur (H/F)",
        "Développeur d'applications H/F",
    ],
    "N1103": [
        "Magasinier H/F",
        "Magasinier cariste (H/F)",
        "Préparateur de commandes H/F",
        "Magasinier / Magasinière (H/F)",
        "Réceptionnaire en entrepôt H/F",
    ],
    "H2913": [
        "Soudeur H/F",
        "Soudeur TIG (H/F)",
        "Soudeur MIG/MAG H/F",
        "Soudeur assembleur (H/F)",
        "Soudeur / Soudeuse qualifié(e) H/F",
    ],
}
INTITULES_MONTANTS = {
    "F1104": ["Projeteur BIM H/F", "Dessinateur projeteur BIM (H/F)"],
    "F1703": ["Maçon ITE H/F", "Maçon façadier - isolation par l'extérieur (H/F)"],
    "J1501": ["Aide-soignant H/F"],
    "M1805": ["Développeur IA générative H/F", "Développeur full stack - IA (H/F)"],
    "N1103": ["Magasinier WMS (H/F)"],
    "H2913": ["Soudeur roboticien H/F", "Opérateur soudage robotisé (H/F)"],
}

# Phrases de contexte (sans compétence) placées en tête des missions.
CONTEXTES = {
    "F1104": [
        "Rattaché(e) au responsable du bureau d'études, vous intervenez sur des opérations de logements "
        "collectifs, de bâtiments tertiaires et d'équipements publics.",
        "Vous prenez en charge les études de projets de 500 m² à 8 000 m², de l'avant-projet au dossier marché.",
        "Au sein d'un pôle études de six personnes, vous êtes l'interlocuteur des architectes et des "
        "conducteurs de travaux.",
        "Vous intervenez principalement sur des maisons individuelles et des extensions.",
    ],
    "F1703": [
        "Sous la responsabilité du chef de chantier, vous intervenez sur des chantiers de maisons "
        "individuelles et de petits collectifs.",
        "Nos chantiers sont situés à moins de 40 km du dépôt.",
        "Les chantiers sont principalement des constructions neuves et des extensions.",
        "Vous intervenez en construction neuve comme en rénovation, chez des particuliers.",
    ],
    "J1501": [],  # selon le type d'établissement : CONTEXTES_J1501
    "M1805": [
        "Au sein d'un pôle produit de huit personnes, vous participez à toutes les étapes du cycle de développement.",
        "Vous rejoignez le pôle en charge de notre plateforme utilisée par plus de 2 000 clients.",
        "Vous intervenez sur la refonte de nos applications métiers.",
        "Le produit évolue par itérations de deux semaines, en lien direct avec le product owner.",
    ],
    "N1103": [
        "Au sein de l'entrepôt, vous êtes rattaché(e) au responsable logistique.",
        "Le poste est en horaires postés (5h-12h30 / 12h30-20h) en alternance hebdomadaire.",
        "Vous travaillez sur une plateforme de 20 000 m² qui expédie chaque jour plus de 400 palettes.",
        "Poste en journée du lundi au vendredi.",
    ],
    "H2913": [
        "Au sein de l'atelier de fabrication, vous êtes rattaché(e) au chef d'atelier.",
        "Le poste est en 2x8 (5h-13h / 13h-21h), sur des séries de pièces de moyenne taille.",
        "Vous intervenez en atelier et, ponctuellement, sur les chantiers de nos clients.",
        "Les pièces soudées sont en acier et en inox, en petites et moyennes séries.",
    ],
}

CONTEXTES_J1501 = {
    "ehpad": [
        "Sous la responsabilité de l'infirmière coordinatrice, vous prenez soin des résidents au quotidien.",
        "Poste de jour en 7h30, un week-end sur deux.",
        "Vous intervenez dans une unité de 30 résidents, en binôme avec un agent de soins.",
    ],
    "clinique": [
        "Vous intégrez le service de médecine polyvalente (32 lits), en horaires de 12 heures.",
        "Vous intervenez en service de chirurgie orthopédique, en lien avec l'infirmier.",
        "Poste de jour en 12 heures, un week-end sur deux.",
    ],
    "ssiad": [
        "Sous la responsabilité de l'infirmière coordinatrice, vous prenez soin de patients âgés ou en "
        "situation de handicap.",
        "Horaires de 7h30 à 12h30 et de 17h à 20h, un week-end sur trois.",
    ],
    "thermes": [
        "Vous intervenez dans le service de rééducation (60 lits), en lien avec les kinésithérapeutes.",
        "Poste de jour du lundi au samedi, en horaires de 7h à 14h30 ou de 12h à 19h30.",
    ],
}
INTITULES_J1501 = {
    "ehpad": [
        "Aide-soignant / Aide-soignante (H/F)",
        "Aide-soignant H/F - CDI",
        "Aide-soignant de nuit H/F",
        "Aide-soignant(e) diplômé(e) en EHPAD H/F",
    ],
    "clinique": [
        "Aide-soignant / Aide-soignante (H/F)",
        "Aide-soignant de jour (H/F)",
        "Aide-soignant H/F - CDI",
        "Aide-soignant de nuit H/F",
    ],
    "ssiad": ["Aide-soignant à domicile H/F", "Aide-soignant SSIAD (H/F)", "Aide-soignant(e) diplômé(e) H/F"],
    "thermes": ["Aide-soignant SSR (H/F)", "Aide-soignant / Aide-soignante (H/F)"],
}

# Offres anonymes : phrase neutre à la place de la présentation de l'entreprise.
DEPARTEMENTS = {
    "16": "en Charente",
    "17": "en Charente-Maritime",
    "19": "en Corrèze",
    "23": "dans la Creuse",
    "24": "en Dordogne",
    "33": "en Gironde",
    "40": "dans les Landes",
    "47": "en Lot-et-Garonne",
    "64": "dans les Pyrénées-Atlantiques",
    "79": "dans les Deux-Sèvres",
    "86": "dans la Vienne",
    "87": "en Haute-Vienne",
}
PRESENTATION_ANONYME = [
    "Notre client, une entreprise de {tranche} ({activite}), recrute pour son site situé {departement}.",
    "Nous recrutons pour le compte d'une entreprise de {tranche} ({activite}) implantée {departement}.",
]

# Phrases de formation / expérience du profil (sans compétence).
FORMATION_PROFIL = {
    "F1104": [
        "Titulaire d'un BTS Bâtiment, d'un titre professionnel de technicien d'études ou d'un diplôme "
        "équivalent, vous justifiez d'une première expérience en bureau d'études.",
        "De formation Bac+2 en bâtiment, vous avez au moins deux ans d'expérience en cabinet "
        "d'architecture ou en bureau d'études.",
    ],
    "F1703": [
        "CAP ou BP Maçon souhaité, ou expérience équivalente sur chantier.",
        "Vous justifiez d'une expérience de deux ans minimum en maçonnerie.",
    ],
    "J1501": [
        "Diplôme d'État d'aide-soignant exigé.",
        "Vous êtes titulaire du Diplôme d'État d'aide-soignant ; les jeunes diplômé(e)s sont les bienvenu(e)s.",
    ],
    "M1805": [
        "De formation Bac+3 à Bac+5 en informatique, vous justifiez d'une première expérience en développement.",
        "Diplômé(e) d'une école d'ingénieurs ou d'un master en informatique, ou issu(e) d'une reconversion réussie.",
    ],
    "N1103": [
        "Une première expérience en entrepôt est demandée.",
        "Débutant(e) accepté(e) si vous êtes motivé(e) et titulaire des CACES requis.",
    ],
    "H2913": [
        "CAP ou titre professionnel de soudeur, ou expérience équivalente.",
        "Vous justifiez d'une expérience de trois ans minimum en soudage en atelier.",
    ],
}

# Avantages (aucune compétence, sauf la compétence « boilerplate » du code N1103, ajoutée à part).
AVANTAGES_COMMUNS = [
    "une mutuelle d'entreprise prise en charge à 60 %",
    "des tickets restaurant",
    "une prime de fin d'année",
    "la prise en charge à 50 % de l'abonnement de transport",
    "un plan de formation ambitieux",
    "un comité social et économique (CSE) actif",
    "un accord d'intéressement",
    "des RTT",
]
AVANTAGES = {
    "F1104": ["du télétravail partiel (un jour par semaine)", "des horaires flexibles", "un 13e mois"],
    "F1703": [
        "des indemnités de trajet avec paniers repas",
        "un véhicule de chantier pour les déplacements",
        "des équipements de protection fournis",
    ],
    "J1501": [
        "une prime pour le travail du dimanche",
        "une crèche partenaire",
        "des plannings connus un mois à l'avance",
    ],
    "M1805": [
        "du télétravail (deux jours par semaine)",
        "un ordinateur portable au choix",
        "un budget conférences et formation",
    ],
    "N1103": ["des primes de poste et de productivité", "des chaussures de sécurité fournies", "un parking gratuit"],
    "H2913": ["une prime de panier", "une prime de poste", "des heures supplémentaires majorées"],
}
# Phrase « boilerplate » placée dans les avantages pour le code N1103 (employeurs marqués boilerplate).
AVANTAGE_BOILERPLATE_N1103 = "un site organisé selon une démarche d'amélioration continue (Lean, 5S)"

MENTIONS_LEGALES = [
    "Ce poste est ouvert aux personnes en situation de handicap.",
    "Conformément à notre politique diversité, toutes les candidatures sont étudiées à compétences égales.",
    "Poste ouvert aux personnes en situation de handicap. Entreprise signataire de la charte de la diversité.",
]

# Coordonnées dans le texte (5 % des offres) : {courriel} / {tel} / {prenom} remplacés.
CONTACT_TEXTE = [
    "Envoyez votre CV et votre lettre de motivation à {courriel}.",
    "Pour tout renseignement, contactez {prenom} au {tel}.",
    "Candidature par courriel à {courriel} ou par téléphone au {tel}.",
    "Vous pouvez aussi nous appeler au {tel} du lundi au vendredi.",
]

SALAIRES = {
    # (unité, min, max, pas) ; complément
    "F1104": ("Mensuel", 2100, 3100, 50),
    "F1703": ("Horaire", 12.5, 16.5, 0.25),
    "J1501": ("Mensuel", 1950, 2350, 25),
    "M1805": ("Annuel", 32000, 52000, 1000),
    "N1103": ("Horaire", 12.0, 13.8, 0.1),
    "H2913": ("Horaire", 13.0, 18.0, 0.25),
}
COMPLEMENTS_SALAIRE = [
    "Mutuelle",
    "Prime",
    "Tickets restaurant",
    "Participation/Intéressement",
    "13ème mois",
    "Panier",
    "Indemnités de déplacement",
]

QUALIFICATIONS = {
    "F1104": [("7", "Technicien")],
    "F1703": [("3", "Ouvrier qualifié (P1,P2)"), ("4", "Ouvrier qualifié (P3,P4,OHQ)")],
    "J1501": [("6", "Employé qualifié")],
    "M1805": [("9", "Cadre"), ("7", "Technicien")],
    "N1103": [("6", "Employé qualifié"), ("5", "Employé non qualifié")],
    "H2913": [("3", "Ouvrier qualifié (P1,P2)"), ("4", "Ouvrier qualifié (P3,P4,OHQ)")],
}

FORMATIONS = {
    "F1104": [("22454", "Bâtiment", "Bac+2 ou équivalents", "BTS Bâtiment ou titre professionnel équivalent")],
    "F1703": [("22435", "Maçonnerie", "CAP, BEP et équivalents", "CAP Maçon")],
    "J1501": [("43436", "Santé secteur sanitaire", "Bac ou équivalent", "Diplôme d'État d'aide-soignant")],
    "M1805": [
        ("31054", "Informatique", "Bac+3, Bac+4 ou équivalents", "Licence ou master en informatique"),
        ("31054", "Informatique", "Bac+5 et plus ou équivalents", "École d'ingénieurs"),
    ],
    "N1103": [("31815", "Magasinage", "CAP, BEP et équivalents", "CAP Opérateur logistique")],
    "H2913": [("23054", "Soudage", "CAP, BEP et équivalents", "CAP ou titre professionnel soudeur")],
}

OUTILS = {
    "F1104": ["Tableur (Excel, Calc, ...)", "Traitement de texte (Word, Writer, ...)"],
    "F1703": [],
    "J1501": [],
    "M1805": [],
    "N1103": ["Tableur (Excel, Calc, ...)"],
    "H2913": [],
}

DUREES = {
    "F1104": ["35H Horaires normaux", "39H Horaires normaux"],
    "F1703": ["39H Horaires normaux", "35H Horaires normaux"],
    "J1501": ["35H Travail le samedi et le dimanche", "35H Horaires normaux", "35H Travail de nuit"],
    "M1805": ["35H Horaires normaux", "37H30 Horaires normaux"],
    "N1103": ["35H Travail en équipe", "35H Horaires normaux"],
    "H2913": ["35H Travail en équipe", "39H Horaires normaux"],
}

# Partenaires de diffusion fictifs (origineOffre = "2").
PARTENAIRES = [
    ("EMPLOI SUD-OUEST", "https://www.emploi-sud-ouest.fr"),
    ("JOB ATLANTIQUE", "https://www.job-atlantique.fr"),
    ("CARRIERES AQUITAINE", "https://www.carrieres-aquitaine.fr"),
]

ADRESSES = [
    "12 rue des Frères Bonie",
    "4 avenue de la Libération",
    "27 rue du Commerce",
    "8 allée des Tilleuls",
    "15 boulevard Pierre Semard",
    "3 impasse des Artisans",
    "21 rue Gambetta",
    "6 chemin du Port",
    "ZA du Moulin, 2 rue Denis Papin",
    "ZI Nord, 11 rue Ampère",
]
