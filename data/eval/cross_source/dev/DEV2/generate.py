# -*- coding: utf-8 -*-
"""Generator of the DEV2 part of the cross-source evaluation set (fictitious data).

Region Auvergne-Rhone-Alpes (84), ROME K2204, D1106, G1602, M1607, 2026.
Standard library only, deterministic. Run: python3 generate.py
"""
import json
import os
import random
import datetime as dt

from texts import T, FILLER_POOLS  # hand-written texts (texts.py beside this file)

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(84202602)

# ---------------------------------------------------------------- places
# key: (postal code, INSEE, FT libelle, LBA relay label, city for addresses, lat, lon)
COMMUNES = {
    "lyon1": ("69001", "69381", "69 - LYON 01", "69 - Lyon 1er Arrondissement", "LYON", 45.7676, 4.8344),
    "lyon2": ("69002", "69382", "69 - LYON 02", "69 - Lyon 2e Arrondissement", "LYON", 45.7485, 4.8270),
    "lyon3": ("69003", "69383", "69 - LYON 03", "69 - Lyon 3e Arrondissement", "LYON", 45.7597, 4.8496),
    "lyon6": ("69006", "69386", "69 - LYON 06", "69 - Lyon 6e Arrondissement", "LYON", 45.7700, 4.8520),
    "lyon7": ("69007", "69387", "69 - LYON 07", "69 - Lyon 7e Arrondissement", "LYON", 45.7450, 4.8420),
    "lyon8": ("69008", "69388", "69 - LYON 08", "69 - Lyon 8e Arrondissement", "LYON", 45.7350, 4.8700),
    "lyon9": ("69009", "69389", "69 - LYON 09", "69 - Lyon 9e Arrondissement", "LYON", 45.7740, 4.8060),
    "villeurbanne": ("69100", "69266", "69 - VILLEURBANNE", "69 - Villeurbanne", "VILLEURBANNE", 45.7719, 4.8902),
    "venissieux": ("69200", "69259", "69 - VENISSIEUX", "69 - Vénissieux", "VENISSIEUX", 45.6975, 4.8858),
    "grenoble": ("38000", "38185", "38 - GRENOBLE", "38 - Grenoble", "GRENOBLE", 45.1885, 5.7245),
    "grenoble2": ("38100", "38185", "38 - GRENOBLE", "38 - Grenoble", "GRENOBLE", 45.1720, 5.7300),
    "echirolles": ("38130", "38151", "38 - ECHIROLLES", "38 - Échirolles", "ECHIROLLES", 45.1436, 5.7183),
    "smh": ("38400", "38421", "38 - ST MARTIN D HERES", "38 - Saint-Martin-d'Hères", "SAINT-MARTIN-D'HERES", 45.1672, 5.7653),
    "voiron": ("38500", "38563", "38 - VOIRON", "38 - Voiron", "VOIRON", 45.3640, 5.5890),
    "stetienne": ("42000", "42218", "42 - ST ETIENNE", "42 - Saint-Étienne", "SAINT-ETIENNE", 45.4397, 4.3872),
    "roanne": ("42300", "42187", "42 - ROANNE", "42 - Roanne", "ROANNE", 46.0360, 4.0680),
    "clermont": ("63000", "63113", "63 - CLERMONT FERRAND", "63 - Clermont-Ferrand", "CLERMONT-FERRAND", 45.7772, 3.0870),
    "riom": ("63200", "63300", "63 - RIOM", "63 - Riom", "RIOM", 45.8936, 3.1126),
    "chambery": ("73000", "73065", "73 - CHAMBERY", "73 - Chambéry", "CHAMBERY", 45.5646, 5.9178),
    "aix": ("73100", "73008", "73 - AIX LES BAINS", "73 - Aix-les-Bains", "AIX-LES-BAINS", 45.6886, 5.9153),
    "annecy": ("74000", "74010", "74 - ANNECY", "74 - Annecy", "ANNECY", 45.8992, 6.1294),
    "annemasse": ("74100", "74012", "74 - ANNEMASSE", "74 - Annemasse", "ANNEMASSE", 46.1934, 6.2342),
    "thonon": ("74200", "74281", "74 - THONON LES BAINS", "74 - Thonon-les-Bains", "THONON-LES-BAINS", 46.3705, 6.4793),
}

ROME = {
    "K2204": "Nettoyage de locaux",
    "D1106": "Vente en alimentation",
    "G1602": "Personnel de cuisine",
    "M1607": "Secrétariat",
}

NAF = {
    "K2204": ("8121Z", "Nettoyage courant des bâtiments"),
    "D1106": ("4729Z", "Autres commerces de détail alimentaires en magasin spécialisé"),
    "bakery": ("1071C", "Boulangerie et boulangerie-pâtisserie"),
    "super": ("4711D", "Supermarchés"),
    "G1602": ("5610A", "Restauration traditionnelle"),
    "collective": ("5629A", "Restauration collective sous contrat"),
    "hotel": ("5510Z", "Hôtels et hébergement similaire"),
    "traiteur": ("5621Z", "Services des traiteurs"),
    "M1607": ("6920Z", "Activités comptables"),
    "medical": ("8621Z", "Activité des médecins généralistes"),
    "immo": ("6831Z", "Agences immobilières"),
    "interim": ("7820Z", "Activités des agences de travail temporaire"),
    "garage": ("4520A", "Entretien et réparation de véhicules automobiles légers"),
    "btp": ("4399C", "Travaux de maçonnerie générale et gros oeuvre de bâtiment"),
    "fastfood": ("5610C", "Restauration de type rapide"),
    "kine": ("8690E", "Activités des professionnels de la rééducation, de l'appareillage et des pédicures-podologues"),
}
OPCO = {
    "K2204": "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
    "G1602": "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
    "D1106": "Opco entreprises de proximité",
    "M1607": "ATLAS",
    "super": "L'Opcommerce",
}


def luhn_complete(digits13):
    """Return a 14-digit string whose Luhn checksum is valid (as SIRETs are)."""
    for last in "0123456789":
        s = digits13 + last
        tot = 0
        for i, ch in enumerate(reversed(s)):
            d = int(ch)
            if i % 2 == 1:
                d *= 2
                if d > 9:
                    d -= 9
            tot += d
        if tot % 10 == 0:
            return s
    raise AssertionError


_SIRENS = set()


def new_siren():
    while True:
        s = str(RNG.randint(300000000, 999999999))
        if s not in _SIRENS:
            _SIRENS.add(s)
            return s


def siret(siren, nic4):
    return luhn_complete(siren + nic4)


# ---------------------------------------------------------------- employers
EMP = {}


def emp(key, legal, brand, street, commune, naf, opco, size, desc=None, website=None, siren=None, nic="0001", idcc=None):
    siren = siren or new_siren()
    EMP[key] = dict(key=key, legal=legal, brand=brand, street=street, commune=commune, naf=naf, opco=opco,
                    size=size, desc=desc, website=website, siren=siren, siret=siret(siren, nic), idcc=idcc)
    return EMP[key]


# Lyon
emp("berthier", "SARL BERTHIER GASTRONOMIE", "MAISON BERTHIER", "14 RUE DES REMPARTS D'AINAY", "lyon2", NAF["traiteur"], OPCO["D1106"], "10-19",
    "Maison Berthier, traiteur et épicerie fine lyonnaise depuis 1987 : plats cuisinés maison, charcuterie, fromages affinés et vins.",
    "https://www.maison-berthier-traiteur.example", idcc=1505)
emp("luminet", "LUMINET PROPRETE SAS", "Luminet Propreté", "52 RUE PAUL BERT", "lyon3", NAF["K2204"], OPCO["K2204"], "50-99",
    "Entreprise de propreté et multiservices, bureaux et parties communes sur l'agglomération lyonnaise.", idcc=3043)
emp("nettorhone", "NETTO'RHONE", None, "8 RUE DE LA VILLETTE", "lyon3", NAF["K2204"], OPCO["K2204"], "20-49", idcc=3043)
emp("cuisrhone7", "CUISINES DU RHONE", "Cuisines du Rhône - cuisine centrale Gerland", "31 RUE DE GERLAND", "lyon7", NAF["collective"], OPCO["G1602"], "100-199",
    "Restauration collective : crèches, écoles et EHPAD de la Métropole.", nic="0015")
emp("cuisrhone3", "CUISINES DU RHONE", "Cuisines du Rhône - restaurant d'entreprise Part-Dieu", "120 RUE SERVIENT", "lyon3", NAF["collective"], OPCO["G1602"], "20-49",
    "Restauration collective : crèches, écoles et EHPAD de la Métropole.", siren=EMP["cuisrhone7"]["siren"], nic="0023")
emp("canuts", "SAS LES CANUTS GOURMANDS", "LE BOUCHON DES CANUTS", "3 RUE DES CAPUCINS", "lyon1", NAF["G1602"], OPCO["G1602"], "10-19",
    "Bouchon lyonnais, cuisine de tradition, 45 couverts.")
emp("epidor", "RESTAURANT L'EPI D'OR", "L'Épi d'Or", "27 AVENUE JEAN JAURES", "lyon7", NAF["G1602"], OPCO["G1602"], "6-9")
emp("brasparc", "SARL BRASSERIE DU PARC", "Brasserie du Parc", "5 RUE DE MARSEILLE", "lyon7", NAF["G1602"], OPCO["G1602"], "10-19")
emp("fournil_lyon2", "SAS LFP DEVELOPPEMENT", "LE FOURNIL PRESSE", "41 RUE DE LA REPUBLIQUE", "lyon2", NAF["fastfood"], OPCO["D1106"], "10-19",
    "Le Fournil Pressé : sandwichs, salades et viennoiseries à emporter, 12 boutiques en Rhône-Alpes.", "https://www.fournil-presse.example", nic="0031")
emp("fournil_villeurbanne", "SAS LFP DEVELOPPEMENT", "LE FOURNIL PRESSE", "88 COURS EMILE ZOLA", "villeurbanne", NAF["fastfood"], OPCO["D1106"], "10-19",
    "Le Fournil Pressé : sandwichs, salades et viennoiseries à emporter, 12 boutiques en Rhône-Alpes.", "https://www.fournil-presse.example",
    siren=EMP["fournil_lyon2"]["siren"], nic="0049")
emp("fournil_venissieux", "SAS LFP DEVELOPPEMENT", "LE FOURNIL PRESSE", "2 AVENUE JEAN CAGNE", "venissieux", NAF["fastfood"], OPCO["D1106"], "6-9",
    None, None, siren=EMP["fournil_lyon2"]["siren"], nic="0056")
emp("tempo_lyon", "TEMPO'RH INTERIM", "Tempo'RH", "17 RUE MOLIERE", "lyon3", NAF["interim"], OPCO["M1607"], "10-19",
    "Agence d'emploi indépendante : intérim, CDD, CDI et alternance.", "https://www.tempo-rh.example", nic="0012")
emp("tempo_ste", "TEMPO'RH INTERIM", "Tempo'RH", "9 RUE DE LA RESISTANCE", "stetienne", NAF["interim"], OPCO["M1607"], "6-9",
    "Agence d'emploi indépendante : intérim, CDD, CDI et alternance.", "https://www.tempo-rh.example", siren=EMP["tempo_lyon"]["siren"], nic="0020")
emp("tempo_clermont", "TEMPO'RH INTERIM", "Tempo'RH", "22 BOULEVARD TRUDAINE", "clermont", NAF["interim"], OPCO["M1607"], "6-9",
    "Agence d'emploi indépendante : intérim, CDD, CDI et alternance.", "https://www.tempo-rh.example", siren=EMP["tempo_lyon"]["siren"], nic="0038")
emp("cleanpro", "CLEAN PRO SERVICES", "Clean Pro Services", "14 RUE FRANCIS DE PRESSENSE", "villeurbanne", NAF["K2204"], OPCO["K2204"], "20-49", idcc=3043)
emp("cleanpromulti", "SARL CLEAN'PRO MULTISERVICES", "CLEAN'PRO", "203 ROUTE DE GENAS", "villeurbanne", NAF["K2204"], OPCO["K2204"], "10-19",
    "Nettoyage, vitrerie, remise en état après travaux.", idcc=3043)
emp("faure", "FAURE & ASSOCIES EXPERTISE COMPTABLE", "Cabinet Faure & Associés", "66 AVENUE DES FRERES LUMIERE", "lyon8", NAF["M1607"], OPCO["M1607"], "20-49",
    "Cabinet d'expertise comptable, 25 collaborateurs, clientèle de TPE et professions libérales.")
emp("terrasses", "HOTEL RESTAURANT LES TERRASSES", "Les Terrasses de Vaise", "12 QUAI ARLOING", "lyon9", NAF["hotel"], OPCO["G1602"], "20-49")
emp("fromlyon", "FROMAGERIE DES MONTS DU LYONNAIS", "Fromagerie des Monts", "61 RUE PAUL BERT", "lyon3", NAF["D1106"], OPCO["D1106"], "3-5")
emp("rhonehab", "RHONE HABITAT CONSEIL", "Rhône Habitat Conseil", "18 RUE CUVIER", "lyon6", NAF["immo"], OPCO["M1607"], "10-19",
    "Agence immobilière : transaction, location et gestion locative depuis 2004.")
emp("fraismarche", "SAS DISTRI VENISSIEUX", "FRAIS'MARCHE VENISSIEUX", "45 BOULEVARD IRENE JOLIOT CURIE", "venissieux", NAF["super"], OPCO["super"], "50-99",
    "Supermarché de proximité orienté produits frais et circuits courts.")
emp("comptoir7", "SNACK LE COMPTOIR DU 7EME", "Le Comptoir", "102 AVENUE BERTHELOT", "lyon7", NAF["fastfood"], OPCO["G1602"], "3-5")
emp("perrin", "BOUCHERIE CHARCUTERIE PERRIN", "Maison Perrin", "7 RUE DUGUESCLIN", "lyon3", NAF["D1106"], OPCO["D1106"], "6-9",
    "Boucherie-charcuterie artisanale, viandes de la région, plats du jour.")
emp("kinegc", "CABINET DE KINESITHERAPIE DES GRATTE-CIEL", None, "4 AVENUE HENRI BARBUSSE", "villeurbanne", NAF["kine"], OPCO["M1607"], "10-19")
# Grenoble / Isère
emp("bdc1", "SARL MOREL ET FILS", "BOULANGERIE DU CENTRE", "12 GRANDE RUE", "grenoble", NAF["bakery"], OPCO["D1106"], "6-9",
    "Boulangerie-pâtisserie artisanale au cœur du centre historique.", idcc=843)
emp("bdc2", "EURL CHABERT", "Boulangerie du Centre", "45 COURS JEAN JAURES", "grenoble", NAF["bakery"], OPCO["D1106"], "3-5", None, idcc=843)
emp("propdauph_gre", "PROPRETE DAUPHINOISE", "Propreté Dauphinoise", "9 RUE AMPERE", "grenoble", NAF["K2204"], OPCO["K2204"], "100-199",
    "Propreté Dauphinoise intervient dans les bureaux, commerces et copropriétés de l'Isère.", nic="0014")
emp("propdauph_voiron", "PROPRETE DAUPHINOISE", "Propreté Dauphinoise", "3 AVENUE DES FRERES TARDY", "voiron", NAF["K2204"], OPCO["K2204"], "20-49",
    "Propreté Dauphinoise intervient dans les bureaux, commerces et copropriétés de l'Isère.", siren=EMP["propdauph_gre"]["siren"], nic="0022")
emp("netalp_gre", "NET'ALP SERVICES", "Net'Alp", "27 AVENUE ALSACE LORRAINE", "grenoble", NAF["K2204"], OPCO["K2204"], "250-499",
    "Groupe régional de propreté, 1 200 salariés sur les Alpes.", "https://www.netalp.example", nic="0017")
emp("netalp_cha", "NET'ALP SERVICES", "Net'Alp", "150 RUE DE LA REVERIAZ", "chambery", NAF["K2204"], OPCO["K2204"], "50-99",
    "Groupe régional de propreté, 1 200 salariés sur les Alpes.", "https://www.netalp.example", siren=EMP["netalp_gre"]["siren"], nic="0025")
emp("netalp_ann", "NET'ALP SERVICES", "Net'Alp", "6 AVENUE DE BREVIERES", "annecy", NAF["K2204"], OPCO["K2204"], "50-99",
    "Groupe régional de propreté, 1 200 salariés sur les Alpes.", "https://www.netalp.example", siren=EMP["netalp_gre"]["siren"], nic="0033")
emp("saveurs_gre", "GROUPE SAVEURS ALPINES", "Le Comptoir Alpin", "4 PLACE GRENETTE", "grenoble", NAF["G1602"], OPCO["G1602"], "20-49",
    "Groupe de 6 restaurants de cuisine savoyarde et bistronomique.", nic="0011")
emp("saveurs_cha", "GROUPE SAVEURS ALPINES", "Le Comptoir Alpin", "21 PLACE SAINT-LEGER", "chambery", NAF["G1602"], OPCO["G1602"], "10-19",
    "Groupe de 6 restaurants de cuisine savoyarde et bistronomique.", siren=EMP["saveurs_gre"]["siren"], nic="0029")
emp("vercors", "BOULANGERIE PATISSERIE DU VERCORS", "Au Pain du Vercors", "88 COURS BERRIAT", "grenoble", NAF["bakery"], OPCO["D1106"], "10-19", idcc=843)
emp("eauxclaires", "SCM CABINET MEDICAL DES EAUX-CLAIRES", None, "15 RUE DES EAUX CLAIRES", "grenoble2", NAF["medical"], OPCO["M1607"], "6-9")
emp("alpimmo", "ALPIMMO", "Agence Alpimmo", "2 BOULEVARD GAMBETTA", "grenoble", NAF["immo"], OPCO["M1607"], "6-9",
    "Agence immobilière indépendante, gestion locative et syndic.")
emp("chamois", "SARL LE CHAMOIS", "Restaurant Le Chamois", "9 RUE CHENOISE", "grenoble", NAF["G1602"], OPCO["G1602"], "10-19",
    "Cuisine de montagne revisitée, produits de l'Isère.")
emp("bistrotbastille", "LE BISTROT DE LA BASTILLE", None, "1 QUAI STEPHANE JAY", "grenoble", NAF["G1602"], OPCO["G1602"], "6-9")
emp("belledonne", "CENTRE DE SANTE BELLEDONNE", None, "30 AVENUE GABRIEL PERI", "smh", NAF["medical"], OPCO["M1607"], "20-49")
emp("biobastille", "EPICERIE BIO LA BASTILLE", "La Bastille Bio", "16 RUE SAINT LAURENT", "grenoble", NAF["D1106"], OPCO["D1106"], "3-5")
emp("restauco", "SAS RESTAUCO ISERE", "Restauco", "12 RUE DU DRAC", "echirolles", NAF["collective"], OPCO["G1602"], "200-249",
    "Restauration collective scolaire et médico-sociale en Isère.")
emp("alpesnet", "ALPES NET SERVICES", None, "40 AVENUE JEAN PERROT", "grenoble2", NAF["K2204"], OPCO["K2204"], "20-49")
# Loire
emp("primeur", "PRIMEUR DU MARCHE JACQUARD", None, "3 PLACE JACQUARD", "stetienne", NAF["D1106"], OPCO["D1106"], "3-5")
emp("fromjacq", "FROMAGERIE JACQUARD", None, "5 PLACE JACQUARD", "stetienne", NAF["D1106"], OPCO["D1106"], "3-5")
emp("guillot", "BOULANGERIE GUILLOT", None, "24 RUE DE LA REPUBLIQUE", "stetienne", NAF["bakery"], OPCO["D1106"], "6-9", idcc=843)
emp("fourchette", "SARL LA FOURCHETTE FOREZIENNE", "La Fourchette Forézienne", "11 RUE DES MARTYRS DE VINGRE", "stetienne", NAF["G1602"], OPCO["G1602"], "10-19")
emp("autoroannais", "AUTO SERVICE ROANNAIS", "Garage Auto Service", "120 RUE DE CHARLIEU", "roanne", NAF["garage"], OPCO["M1607"], "10-19",
    "Garage toutes marques, mécanique, carrosserie et vente de véhicules d'occasion.")
# Puy-de-Dôme
emp("hyperfrais", "HYPER FRAIS AUVERGNE", "Hyper Frais Clermont Nord", "8 RUE DU PONTEIL", "clermont", NAF["super"], OPCO["super"], "100-199",
    "Hypermarché indépendant, rayons traditionnels boucherie, fromagerie, poissonnerie.")
emp("volcans_cf", "CABINET MEDICAL DES VOLCANS", None, "31 AVENUE DE ROYAT", "clermont", NAF["medical"], OPCO["M1607"], "10-19", nic="0018")
emp("volcans_riom", "CABINET MEDICAL DES VOLCANS", None, "6 RUE DU COMMERCE", "riom", NAF["medical"], OPCO["M1607"], "6-9",
    siren=EMP["volcans_cf"]["siren"], nic="0026")
emp("arverne", "SARL ARVERNE NET", "NETTOYAGE ARVERNE", "19 RUE DE L'ORADOU", "clermont", NAF["K2204"], OPCO["K2204"], "20-49")
emp("volcanbras", "LA BRASSERIE DU VOLCAN", None, "14 PLACE DE JAUDE", "clermont", NAF["G1602"], OPCO["G1602"], "10-19")
# Savoie / Haute-Savoie
emp("delices", "LES DELICES DE SAVOIE", "Boulangerie Les Délices de Savoie", "37 RUE DE BOIGNE", "chambery", NAF["bakery"], OPCO["D1106"], "6-9", idcc=843)
emp("grandlac", "SAS HOTEL LE GRAND LAC", "Hôtel Le Grand Lac", "2 BOULEVARD DU LAC", "aix", NAF["hotel"], OPCO["M1607"], "50-99",
    "Hôtel 4 étoiles, 80 chambres, spa et centre de séminaires.")
emp("savoiebat", "SAVOIE BATIMENT SERVICES", None, "71 AVENUE DU COMTE VERT", "chambery", NAF["btp"], OPCO["M1607"], "20-49")
emp("lacbleu", "SARL HOTEL DU LAC BLEU", "Hôtel du Lac Bleu", "25 AVENUE D'ALBIGNY", "annecy", NAF["hotel"], OPCO["G1602"], "20-49",
    "Hôtel-restaurant familial face au lac, 35 chambres.")
emp("petitsavoyard", "LE PETIT SAVOYARD", None, "4 RUE SAINTE-CLAIRE", "annecy", NAF["G1602"], OPCO["G1602"], "6-9")
emp("aravis", "EURL DUCRET FROMAGES", "FROMAGERIE DES ARAVIS", "10 RUE CARNOT", "annecy", NAF["D1106"], OPCO["D1106"], "3-5",
    "Fromager affineur, reblochon fermier, tomme et produits laitiers de Haute-Savoie.")
emp("chablais", "LE CHABLAIS PROPRETE", None, "18 AVENUE DE GENEVE", "thonon", NAF["K2204"], OPCO["K2204"], "20-49")
emp("paquier", "CREPERIE DU PAQUIER", None, "3 QUAI EUSTACHE CHAPUIS", "annecy", NAF["G1602"], OPCO["G1602"], "3-5")
emp("tablegerland", "LA TABLE DE GERLAND", None, "230 AVENUE JEAN JAURES", "lyon7", NAF["G1602"], OPCO["G1602"], "6-9")
emp("absentrelay", "RESTAURANT LES GONES", None, "54 RUE DE LA THIBAUDIERE", "lyon7", NAF["G1602"], OPCO["G1602"], "6-9")

# ---------------------------------------------------------------- ids and dates
_FT_IDS, _LBA_IDS = set(), set()
LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def ft_id():
    while True:
        s = "2" + str(RNG.randint(0, 2)) + str(RNG.randint(0, 9)) + "".join(RNG.choice(LETTERS + "0123456789") for _ in range(4))
        if s not in _FT_IDS and not s[3:].isdigit():
            _FT_IDS.add(s)
            return s


def lba_id(created):
    ts = int(created.replace(tzinfo=dt.timezone.utc).timestamp()) + RNG.randint(0, 3600)
    while True:
        s = "%08x" % ts + "".join(RNG.choice("0123456789abcdef") for _ in range(16))
        if s not in _LBA_IDS:
            _LBA_IDS.add(s)
            return s


def when(s):
    """'2026-03-04' or '2026-03-04 09:12' -> datetime (seconds drawn)."""
    if len(s) == 10:
        s += " %02d:%02d" % (RNG.randint(7, 18), RNG.randint(0, 59))
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(second=RNG.randint(0, 59))


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.000Z")


# ---------------------------------------------------------------- text variants (for relays / republications)
def cut(text, n):
    if len(text) <= n:
        return text
    t = text[:n]
    t = t[: t.rfind(" ")] if " " in t else t
    return t.rstrip(" ,;:-") + "..."


def reflow(text):
    """Line breaks and spaces changed, as relayed texts often are."""
    lines = [l.strip() for l in text.split("\n")]
    out = " ".join(l for l in lines if l)
    return out.replace("  ", " ")


def spaced(text):
    return text.replace("\n", "\r\n").replace(" : ", "  :  ").replace("\n\n", "\n \n")


PHONES = set()


def phone():
    while True:
        p = "0" + RNG.choice("4677") + "".join(str(RNG.randint(0, 9)) for _ in range(8))
        if p not in PHONES:
            PHONES.add(p)
            return p


FIRST = ["Sandrine", "Karim", "Julie", "Olivier", "Nadia", "Thomas", "Claire", "Mehdi", "Sophie", "Laurent", "Aurélie",
         "Bruno", "Fatima", "Cédric", "Émilie", "Yannick", "Chloé", "Rachid", "Hélène", "Damien"]
LAST = ["Poulet", "Benali", "Rivoire", "Marchand", "Faure", "Girard", "Bouvier", "Chassagne", "Mercier", "Dumont",
        "Perret", "Roux", "Vidal", "Guerin", "Bonnet", "Rey", "Blanc", "Carraz", "Tissot", "Pelletier"]


def person():
    return RNG.choice(FIRST), RNG.choice(LAST)


# ---------------------------------------------------------------- offer builders
FT_OFFERS, LBA_JOBS = [], []
KEY2REF = {}  # posting key -> (source, id)
FT_BY_KEY = {}

APPEL = {
    "K2204": ["Agent / Agente de propreté des locaux", "Agent / Agente d'entretien de locaux", "Agent / Agente de nettoyage"],
    "D1106": ["Vendeur / Vendeuse en boulangerie-pâtisserie", "Vendeur / Vendeuse en produits frais", "Vendeur / Vendeuse en épicerie fine",
              "Vendeur / Vendeuse en fromagerie", "Vendeur / Vendeuse en boucherie", "Vendeur / Vendeuse en alimentation générale"],
    "G1602": ["Commis / Commise de cuisine", "Cuisinier / Cuisinière", "Aide de cuisine", "Cuisinier / Cuisinière de collectivité"],
    "M1607": ["Secrétaire", "Secrétaire administratif / administrative", "Secrétaire médical / médicale", "Secrétaire comptable"],
}
COMPETENCES = {
    "K2204": [("124087", "Nettoyer des locaux"), ("125963", "Trier les déchets"), (None, "Utiliser une autolaveuse"),
              ("120756", "Entretenir le matériel de nettoyage"), ("123510", "Appliquer les règles d'hygiène et de sécurité")],
    "D1106": [("106753", "Mettre en rayon des produits alimentaires"), ("121312", "Conseiller un client"), ("117354", "Encaisser le montant d'une vente"),
              (None, "Emballer un produit"), ("124227", "Préparer une commande client")],
    "G1602": [("120862", "Préparer les légumes et les fruits"), ("124133", "Dresser des assiettes"), ("115713", "Respecter les normes HACCP"),
              (None, "Réaliser la mise en place"), ("120860", "Nettoyer le poste de travail")],
    "M1607": [("124071", "Accueillir une clientèle"), ("100271", "Saisir des documents numériques"), ("126359", "Gérer un planning"),
              (None, "Utiliser un logiciel de traitement de texte"), ("122567", "Classer des documents")],
}
QUALITES = [("Travail en équipe", "Capacité à travailler en équipe et à partager les informations."),
            ("Rigueur", "Capacité à respecter les règles, les procédures, les consignes."),
            ("Sens de la communication", "Capacité à communiquer avec aisance, à échanger."),
            ("Autonomie", "Capacité à prendre en charge son activité sans devoir être encadré de façon continue."),
            ("Réactivité", "Capacité à s'adapter rapidement à une situation."),
            ("Capacité d'adaptation", "Capacité à s'adapter à des situations variées et à s'ajuster à des organisations.")]
DIPLOMA = {
    "3": {"european": "3", "label": "Cap, autres formations (Infrabac)"},
    "4": {"european": "4", "label": "BP, Bac, autres formations (Bac)"},
    "5": {"european": "5", "label": "BTS, DEUST, autres formations (Bac+2)"},
}
ACCESS_FT = {
    "K2204": "Propreté - CAP, BEP et équivalents", "D1106": "Vente - CAP, BEP et équivalents",
    "G1602": "Cuisine - CAP, BEP et équivalents", "M1607": "Secrétariat - Bac ou équivalent",
}
ACQUIRED = {
    "K2204": ["Nettoyage: Nettoyer des surfaces et des sols", "Hygiène: Appliquer un protocole de nettoyage", "Matériel: Utiliser une monobrosse"],
    "D1106": ["Vente: Conseiller un client sur les produits", "Vente: Encaisser une vente", "Gestion des stocks: Réceptionner les marchandises"],
    "G1602": ["Production culinaire: Préparer les légumes", "Production culinaire: Réaliser une mise en place", "Hygiène: Appliquer les règles HACCP"],
    "M1607": ["Secrétariat: Accueillir et orienter le public", "Gestion administrative: Classer et archiver", "Communication: Rédiger un courrier"],
}
DESIRED = ["Faire preuve de rigueur et de précision", "Travailler en équipe", "Faire preuve de réactivité", "Être à l'écoute",
           "Faire preuve d'autonomie", "Avoir le sens du service", "Être ponctuel"]


def ft(key, e, rome, title, text, created, contract="app", ft_name="legal", appel=None, months=24, upd_days=None,
       ent_desc=False, salaire=None, origine="1", nb=1, comp=True, qual=True, ftid=None):
    """France Travail offer. contract: app | pro | cdi | cdd."""
    E = EMP[e]
    c = COMMUNES[E["commune"]]
    oid = ftid or ft_id()
    d = when(created)
    upd = d + dt.timedelta(days=RNG.randint(0, 6) if upd_days is None else upd_days, hours=RNG.randint(0, 5))
    o = {"id": oid, "intitule": title, "description": text, "dateCreation": iso(d), "dateActualisation": iso(upd),
         "lieuTravail": {"libelle": c[2], "latitude": round(c[5] + RNG.uniform(-0.004, 0.004), 6),
                         "longitude": round(c[6] + RNG.uniform(-0.004, 0.004), 6), "codePostal": c[0], "commune": c[1]},
         "romeCode": rome, "romeLibelle": ROME[rome], "appellationlibelle": appel or APPEL[rome][0]}
    ent = {}
    if ft_name == "legal":
        ent["nom"] = E["legal"]
    elif ft_name == "brand":
        ent["nom"] = E["brand"]
    elif ft_name:
        ent["nom"] = ft_name
    if ent_desc and E["desc"]:
        ent["description"] = E["desc"]
    if ent.get("nom") and RNG.random() < 0.3:
        ent["entrepriseAdaptee"] = False
    o["entreprise"] = ent
    if contract in ("app", "pro"):
        o["typeContrat"] = "CDD"
        o["typeContratLibelle"] = "Contrat à durée déterminée - %d Mois" % months
        o["natureContrat"] = "Contrat apprentissage" if contract == "app" else "Contrat de professionnalisation"
        o["alternance"] = True
    elif contract == "cdi":
        o["typeContrat"] = "CDI"
        o["typeContratLibelle"] = "Contrat à durée indéterminée"
        o["natureContrat"] = "Contrat travail"
        o["alternance"] = False
    else:
        o["typeContrat"] = "CDD"
        o["typeContratLibelle"] = "Contrat à durée déterminée - %d Mois" % months
        o["natureContrat"] = "Contrat travail"
        o["alternance"] = False
    o["experienceExige"] = "D" if contract in ("app", "pro") else RNG.choice(["D", "E"])
    o["experienceLibelle"] = "Débutant accepté" if o["experienceExige"] == "D" else "1 An(s)"
    if comp and RNG.random() < 0.7:
        o["competences"] = [{"code": k, "libelle": l, "exigence": RNG.choice("ES")} if k else {"libelle": l, "exigence": "S"}
                            for k, l in RNG.sample(COMPETENCES[rome], RNG.randint(2, 4))]
    if qual and RNG.random() < 0.6:
        o["qualitesProfessionnelles"] = [{"libelle": l, "description": dsc} for l, dsc in RNG.sample(QUALITES, 3)]
    if salaire:
        o["salaire"] = salaire
    elif contract in ("app", "pro"):
        o["salaire"] = RNG.choice([{"commentaire": "Selon grille légale apprentissage"},
                                   {"libelle": "Mensuel de 850.00 Euros à 1450.00 Euros sur 12 mois", "commentaire": "selon âge et année de formation"},
                                   {"libelle": "Selon profil"}, {}])
    else:
        o["salaire"] = {"libelle": "Mensuel de %d.00 Euros sur 12 mois" % RNG.choice([1801, 1830, 1900, 2000]),
                        "complement1": RNG.choice(["Mutuelle", "Titres-restaurant / Prime de panier"])}
    fn, ln = person()
    o["contact"] = RNG.choice([
        {"nom": "%s - %s %s" % (ent.get("nom") or "Employeur", fn, ln), "coordonnees1": "%s %s" % (E["street"].title(), c[0]),
         "telephone": phone(), "courriel": "%s.%s@%s.example" % (fn.lower()[0], ln.lower(), E["key"].replace("fill_", "").replace("_", "-"))},
        {"nom": "%s %s" % (RNG.choice(["M.", "Mme"]), ln.upper()), "courriel": "recrutement@%s.example" % E["key"].replace("fill_", "").replace("_", "-")},
        {"urlPostulation": "https://candidat.francetravail.fr/offres/recherche/detail/%s" % oid},
    ])
    o["nombrePostes"] = nb
    o["accessibleTH"] = RNG.random() < 0.2
    o["qualificationCode"] = "2" if rome != "M1607" else "5"
    o["secteurActivite"] = E["naf"][0][:2]
    o["secteurActiviteLibelle"] = E["naf"][1]
    o["codeNAF"] = E["naf"][0][:2] + "." + E["naf"][0][2:]
    if origine == "1":
        o["origineOffre"] = {"origine": "1", "urlOrigine": "https://candidat.francetravail.fr/offres/recherche/detail/%s" % oid}
    else:
        o["origineOffre"] = {"origine": "2", "urlOrigine": "https://www.jobijoba.example/fr/annonce/%d" % RNG.randint(10**6, 10**7),
                             "partenaires": [{"nom": "JOBIJOBA", "url": "https://www.jobijoba.example/fr/annonce/%d" % RNG.randint(10**6, 10**7),
                                              "logo": "https://www.francetravail.fr/logos/jobijoba.png"}]}
    FT_OFFERS.append(o)
    KEY2REF[key] = ("france_travail", oid)
    FT_BY_KEY[key] = o
    return o


def lba(key, label, e, romes, title, text, created, contract="app", name="legal", months=None, diploma=None,
        addr=None, skills=True, delegated=False, start=None, opening=1, partner_id=None, website=True, desc=True,
        relay_of=None, relay_name=None):
    """La bonne alternance job. label: offres_emploi_lba | France Travail | Hellowork | Meteojob."""
    E = EMP[e]
    c = COMMUNES[E["commune"]]
    d = when(created) if isinstance(created, str) else created
    lid = lba_id(d)
    lat, lon = round(c[5] + RNG.uniform(-0.003, 0.003), 5), round(c[6] + RNG.uniform(-0.003, 0.003), 5)
    if label == "France Travail":
        src = FT_BY_KEY.get(relay_of) if relay_of else None
        pjid = src["id"] if src else partner_id
        wp = {"siret": None, "brand": None, "legal_name": None, "website": None,
              "name": relay_name, "description": (src or {}).get("entreprise", {}).get("description"),
              "size": None,
              "location": {"address": c[3], "geopoint": {"type": "Point", "coordinates": [src["lieuTravail"]["longitude"], src["lieuTravail"]["latitude"]] if src else [lon, lat]}},
              "domain": {"idcc": None, "opco": None, "naf": {"code": E["naf"][0], "label": E["naf"][1]} if RNG.random() < 0.7 else None}}
        apply = {"url": "https://candidat.francetravail.fr/offres/recherche/detail/%s" % pjid, "phone": None, "recipient_id": None}
        ctype = {"app": ["Apprentissage"], "pro": ["Professionnalisation"]}.get(contract, [])
        if RNG.random() < 0.2:
            ctype = []
        con = {"start": None, "duration": months, "type": ctype, "remote": None}
        off_skills = ([], [], [ACCESS_FT[romes[0]]])
        targ = None
    else:
        if name == "legal":
            nm = E["legal"]
        elif name == "brand":
            nm = E["brand"] or E["legal"]
        else:
            nm = name
        street = addr or "%s %s %s" % (E["street"], c[0], c[4])
        wp = {"siret": E["siret"], "brand": E["brand"], "legal_name": E["legal"], "website": E["website"] if website else None,
              "name": nm, "description": E["desc"] if desc else None, "size": E["size"],
              "location": {"address": street, "geopoint": {"type": "Point", "coordinates": [lon, lat]}},
              "domain": {"idcc": E["idcc"], "opco": E["opco"], "naf": {"code": E["naf"][0], "label": E["naf"][1]}}}
        if label == "offres_emploi_lba":
            pjid = lid
            slug = "-".join(title.lower().replace("/", " ").replace("(", " ").replace(")", " ").split())[:60]
            apply = {"url": "https://labonnealternance.apprentissage.beta.gouv.fr/emploi/offres_emploi_lba/%s/%s" % (lid, slug),
                     "phone": phone() if RNG.random() < 0.6 else None, "recipient_id": "jobs_partners_%s" % lid}
        elif label == "Hellowork":
            pjid = partner_id or str(RNG.randint(70000000, 79999999))
            apply = {"url": "https://www.hellowork.example/fr-fr/emplois/%s.html" % pjid, "phone": None,
                     "recipient_id": "jobs_partners_%s" % lid if RNG.random() < 0.5 else None}
        else:  # Meteojob
            pjid = partner_id or "%d" % RNG.randint(40000000, 49999999)
            apply = {"url": "https://www.meteojob.example/candidat/offres/offre-d-emploi-%s" % pjid, "phone": None, "recipient_id": None}
        ctype = {"app": ["Apprentissage"], "pro": ["Professionnalisation"], "both": ["Apprentissage", "Professionnalisation"]}.get(contract, [])
        st = start or "2026-09-01"
        con = {"start": st + "T00:00:00.000Z", "duration": months or RNG.choice([12, 24, 24]), "type": ctype,
               "remote": "onsite" if label == "offres_emploi_lba" else RNG.choice(["onsite", None])}
        if skills:
            off_skills = (RNG.sample(DESIRED, RNG.randint(1, 3)), RNG.sample(ACQUIRED[romes[0]], RNG.randint(2, 3)), [])
        else:
            off_skills = ([], [], [])
        targ = DIPLOMA[diploma] if diploma else (DIPLOMA["3"] if romes[0] != "M1607" else DIPLOMA["4"])
    exp = d + dt.timedelta(days=61)
    j = {"identifier": {"id": lid, "partner_label": label, "partner_job_id": pjid},
         "workplace": wp, "apply": apply, "contract": con,
         "offer": {"title": title, "rome_codes": list(romes), "description": text, "target_diploma": targ,
                   "desired_skills": off_skills[0], "to_be_acquired_skills": off_skills[1], "access_conditions": off_skills[2],
                   "publication": {"creation": iso(d), "expiration": iso(exp)}, "opening_count": opening, "status": "Active"},
         "is_delegated": delegated}
    LBA_JOBS.append(j)
    KEY2REF[key] = ("lba", lid)
    return j


def relay(key, src_key, e, romes=None, title=None, text_mode="same", name="ft", lag_h=None, months=24, contract=None):
    """LBA copy of a France Travail offer (partner_label 'France Travail')."""
    src = FT_BY_KEY[src_key]
    t = src["description"]
    if text_mode == "cut":
        t = cut(t, 380)
    elif text_mode == "reflow":
        t = reflow(t)
    elif text_mode == "spaced":
        t = spaced(t)
    elif text_mode == "cut_reflow":
        t = cut(reflow(t), 300)
    d = dt.datetime.strptime(src["dateCreation"], "%Y-%m-%dT%H:%M:%S.000Z") + dt.timedelta(hours=lag_h if lag_h is not None else RNG.randint(2, 40))
    nm = src["entreprise"].get("nom") if name == "ft" else name
    ctr = contract or ("app" if src["natureContrat"] == "Contrat apprentissage" else "pro")
    return lba(key, "France Travail", e, romes or [src["romeCode"]], title or src["intitule"], t, d, contract=ctr,
               months=months, relay_of=src_key, relay_name=nm)


# ---------------------------------------------------------------- the postings
GROUPS, TRAPS = [], []


def group(kind, keys, note):
    GROUPS.append((kind, keys, note))


def trap(kind, keys, note):
    TRAPS.append((kind, keys, note))


_FT_IDS.add("214QRTV")  # France Travail id of a relayed offer absent from the pull (trap T21)
# ---- relays (12)
ft("R1", "luminet", "K2204", "Agent de propreté en apprentissage (H/F)", T["r1"], "2026-03-09", ft_name="LUMINET PROPRETE", ent_desc=True)
relay("R1l", "R1", "luminet", title="AGENT DE PROPRETÉ EN APPRENTISSAGE (H/F)", name=None)
group("relay", ["R1", "R1l"], "France Travail offer relayed by LBA; employer name missing on the LBA side, title upper-cased")
ft("R2", "faure", "M1607", "Secrétaire (H/F)", T["r2"], "2026-03-12", contract="pro", ft_name=None, months=12, appel="Secrétaire comptable")
relay("R2l", "R2", "faure", name="FAURE & ASSOCIES EXPERTISE COMPTABLE", months=12, romes=["M1607", "M1602"])
group("relay", ["R2", "R2l"], "relay; employer absent on the France Travail side, present on LBA; one extra ROME code")
ft("R3", "terrasses", "G1602", "Commis de cuisine en apprentissage H/F", T["r3"], "2026-03-17", ft_name="brand")
relay("R3l", "R3", "terrasses", text_mode="cut", romes=["G1602", "G1603"])
group("relay", ["R3", "R3l"], "relay with the description cut short and an extra ROME code")
ft("R4", "biobastille", "D1106", "Apprenti vendeur / Apprentie vendeuse épicerie bio", T["r4"], "2026-03-19", ft_name="legal", appel="Vendeur / Vendeuse en épicerie fine")
relay("R4l", "R4", "biobastille", text_mode="reflow", title="Apprenti Vendeur / Apprentie Vendeuse Épicerie Bio")
group("relay", ["R4", "R4l"], "relay with line breaks removed and the title re-cased")
ft("R5", "belledonne", "M1607", "Secrétaire médical(e) en apprentissage", T["r5"], "2026-03-24", appel="Secrétaire médical / médicale")
relay("R5l", "R5", "belledonne", romes=["M1607", "M1609"])
group("relay", ["R5", "R5l"], "relay, same text, one extra ROME code")
ft("R6", "guillot", "D1106", "Vendeur/vendeuse en boulangerie - apprentissage", T["r6"], "2026-03-26", ft_name="BOULANGERIE GUILLOT", appel="Vendeur / Vendeuse en boulangerie-pâtisserie")
relay("R6l", "R6", "guillot", text_mode="cut_reflow", romes=["D1106", "D1102"])
group("relay", ["R6", "R6l"], "relay, text reflowed and cut, extra ROME D1102")
ft("R7", "volcanbras", "G1602", "Commis de cuisine en apprentissage", T["r7"], "2026-04-01", ft_name=None)
relay("R7l", "R7", "volcanbras", title="COMMIS DE CUISINE EN APPRENTISSAGE", name=None)
group("relay", ["R7", "R7l"], "relay; no employer name on either side")
ft("R8", "savoiebat", "M1607", "Secrétaire administratif/administrative (alternance)", T["r8"], "2026-04-07", ft_name=None, appel="Secrétaire administratif / administrative")
relay("R8l", "R8", "savoiebat", text_mode="spaced", name=None, contract="app")
group("relay", ["R8", "R8l"], "relay; whitespace and line endings changed; no employer name on either side")
ft("R9", "chablais", "K2204", "Agent d'entretien (H/F) - apprentissage", T["r9"], "2026-04-09", ft_name="legal", appel="Agent / Agente d'entretien de locaux")
relay("R9l", "R9", "chablais", name="LE CHABLAIS PROPRETE")
group("relay", ["R9", "R9l"], "relay, identical text")
ft("R10", "tablegerland", "G1602", "Commis de cuisine (H/F)", T["r10"], "2026-04-14", ft_name=None, comp=False, qual=False)
relay("R10l", "R10", "tablegerland", title="Commis de cuisine (h/f)", name=None)
group("relay", ["R10", "R10l"], "relay of a one-line generic offer, no employer on either side (many Lyon 7 commis offers look like it)")
ft("R11", "propdauph_gre", "K2204", "Agent(e) de propreté apprenti(e)", T["r11"], "2026-04-20", ft_name="PROPRETE DAUPHINOISE")
relay("R11l", "R11", "propdauph_gre", text_mode="cut")
group("relay", ["R11", "R11l"], "relay with cut text")
ft("R12", "lacbleu", "G1602", "Commis de cuisine - Apprentissage", T["r12"], "2026-04-27", ft_name="HOTEL DU LAC BLEU", ent_desc=True)
relay("R12l", "R12", "lacbleu", text_mode="reflow", romes=["G1602", "G1603"])
group("relay", ["R12", "R12l"], "relay, reflowed text, extra ROME code")

# ---- cross posts (12, two with three members)
ft("CP1f", "berthier", "D1106", "Apprenti(e) vendeur(se) traiteur - épicerie fine", T["cp1_ft"], "2026-03-05", ft_name="BERTHIER TRAITEUR", appel="Vendeur / Vendeuse en épicerie fine")
lba("CP1l", "offres_emploi_lba", "berthier", ["D1106"], "Vendeur / Vendeuse en épicerie fine", T["cp1_lba"], "2026-03-08", addr="14 rue des Remparts d'Ainay, 69002 Lyon")
group("cross_post", ["CP1f", "CP1l"], "« Berthier Traiteur » on France Travail = SARL BERTHIER GASTRONOMIE / « Maison Berthier » on LBA; same shop, text lightly rewritten, 3 days apart")
ft("CP2f", "canuts", "G1602", "Commis de cuisine apprenti(e) - bouchon lyonnais", T["cp2_ft"], "2026-03-10", ft_name="Le Bouchon des Canuts")
lba("CP2l", "Hellowork", "canuts", ["G1602"], "Apprenti Commis de Cuisine H/F", T["cp2_lba"], "2026-03-22", name="legal", addr="3, rue des Capucins - 69001 LYON")
group("cross_post", ["CP2f", "CP2l"], "same job on France Travail (brand) and Hellowork (legal name SAS LES CANUTS GOURMANDS); LBA text heavily shortened")
ft("CP3f", "fromlyon", "D1106", "Vendeur en fromagerie apprenti H/F", T["cp3_ft"], "2026-03-13", ft_name=None, appel="Vendeur / Vendeuse en fromagerie")
lba("CP3l", "offres_emploi_lba", "fromlyon", ["D1106"], "Vendeur / Vendeuse en fromagerie", T["cp3_lba"], "2026-03-16", name="brand")
group("cross_post", ["CP3f", "CP3l"], "employer name missing on France Travail; same shop rue Paul Bert, light rewrite")
ft("CP4f", "bdc1", "D1106", "APPRENTI(E) VENDEUR(SE)", T["cp4_ft"], "2026-03-16", ft_name="BOULANGERIE DU CENTRE", appel="Vendeur / Vendeuse en boulangerie-pâtisserie", comp=False)
lba("CP4l", "offres_emploi_lba", "bdc1", ["D1106", "D1102"], "Vendeur / Vendeuse en boulangerie-pâtisserie", T["cp4_lba"], "2026-03-30", addr="12 Grande Rue 38000 Grenoble")
group("cross_post", ["CP4f", "CP4l"], "Boulangerie du Centre (SARL MOREL ET FILS, Grande Rue): short France Travail text vs long LBA text, 14 days apart")
lba("CP5l", "offres_emploi_lba", "chamois", ["G1602"], "Commis de cuisine", T["cp5_lba"], "2026-03-18", name="brand")
ft("CP5f", "chamois", "G1602", "Commis de cuisine en apprentissage (H/F)", T["cp5_ft"], "2026-03-23", ft_name=None)
relay("CP5r", "CP5f", "chamois", text_mode="same", name=None)
group("cross_post", ["CP5l", "CP5f", "CP5r"], "Le Chamois posted the job on LBA and on France Travail (no employer name there, light rewrite); the France Travail offer is also relayed on LBA")
ft("CP6f", "restauco", "G1602", "Cuisinier de collectivité en contrat de professionnalisation H/F", T["cp6_ft"], "2026-03-25", contract="pro", ft_name="legal", months=12, appel="Cuisinier / Cuisinière de collectivité")
lba("CP6l", "Meteojob", "restauco", ["G1602", "G1603"], "Cuisinier / Cuisinière en restauration collective - Alternance", T["cp6_lba"], "2026-04-02", contract="pro", months=12, name="brand", addr="12 rue du Drac, 38130 Échirolles")
group("cross_post", ["CP6f", "CP6l"], "SAS RESTAUCO ISERE (France Travail) = Restauco (Meteojob); heavy rewrite, list vs paragraph")
ft("CP7f", "arverne", "K2204", "Apprenti agent de propreté (H/F)", T["cp7_ft"], "2026-03-31", ft_name="brand")
lba("CP7l", "offres_emploi_lba", "arverne", ["K2204"], "Agent / Agente de propreté des locaux", T["cp7_lba"], "2026-04-03", addr="19, rue de l'Oradou 63000 Clermont-Ferrand")
group("cross_post", ["CP7f", "CP7l"], "NETTOYAGE ARVERNE vs SARL ARVERNE NET; same facts, sentences reordered")
ft("CP8f", "fourchette", "G1602", "Apprenti(e) commis de cuisine", T["cp8_ft"], "2026-04-06", ft_name="LA FOURCHETTE FOREZIENNE")
lba("CP8l", "Hellowork", "fourchette", ["G1602"], "Apprenti(e) cuisinier(ère) - CAP Cuisine", T["cp8_lba"], "2026-04-13", name="brand")
group("cross_post", ["CP8f", "CP8l"], "same restaurant (accents differ: FOREZIENNE / Forézienne); Hellowork text heavily rewritten, informal, emoji")
ft("CP9f", "grandlac", "M1607", "Secrétaire administratif(ve) en alternance", T["cp9_ft"], "2026-04-08", ft_name=None, appel="Secrétaire administratif / administrative")
lba("CP9l", "offres_emploi_lba", "grandlac", ["M1607"], "Secrétaire administratif / administrative", T["cp9_lba"], "2026-04-23", name="brand", diploma="5")
group("cross_post", ["CP9f", "CP9l"], "Hôtel Le Grand Lac; no employer name on France Travail; list vs paragraph; 15 days apart")
ft("CP10f", "aravis", "D1106", "Vendeur(se) en fromagerie - apprentissage", T["cp10_ft"], "2026-04-15", ft_name="Fromagerie des Aravis", appel="Vendeur / Vendeuse en fromagerie")
lba("CP10l", "offres_emploi_lba", "aravis", ["D1106"], "Vendeur / Vendeuse en fromagerie", T["cp10_lba"], "2026-04-16", addr="10 RUE CARNOT 74000 ANNECY")
group("cross_post", ["CP10f", "CP10l"], "Fromagerie des Aravis = EURL DUCRET FROMAGES; LBA text shorter")
lba("CP11l", "offres_emploi_lba", "rhonehab", ["M1607", "C1502"], "Secrétaire", T["cp11_lba"], "2026-04-17", diploma="5")
ft("CP11f", "rhonehab", "M1607", "Secrétaire en alternance (H/F)", T["cp11_ft"], "2026-04-21", ft_name=None)
relay("CP11r", "CP11f", "rhonehab", text_mode="same", name=None, title="Secretaire en alternance (H/F)")
group("cross_post", ["CP11l", "CP11f", "CP11r"], "agency posted on LBA (long) and France Travail (short, no employer name); the France Travail offer is relayed too")
ft("CP12f", "fraismarche", "D1106", "Apprenti vendeur produits frais (H/F)", T["cp12_ft"], "2026-04-22", ft_name="FRAIS'MARCHE", nb=2, appel="Vendeur / Vendeuse en produits frais")
lba("CP12l", "offres_emploi_lba", "fraismarche", ["D1106", "D1507"], "Vendeur / Vendeuse en produits frais", T["cp12_lba"], "2026-05-12", name="brand", opening=2)
group("cross_post", ["CP12f", "CP12l"], "FRAIS'MARCHE = SAS DISTRI VENISSIEUX; heavy rewrite, 20 days apart")

# ---- double pulls (6)
ft("DP1a", "comptoir7", "G1602", "Commis de cuisine apprenti H/F", T["dp1"], "2026-03-11", ft_name=None, comp=False)
ft("DP1b", "comptoir7", "G1602", "Commis de cuisine apprenti H/F", T["dp1"], "2026-03-20", ft_name=None, comp=False)
group("double_pull", ["DP1a", "DP1b"], "republished on France Travail 9 days later, identical text, no employer name")
ft("DP2a", "alpesnet", "K2204", "Agent d'entretien en contrat de professionnalisation", T["dp2"], "2026-03-27", contract="pro", ft_name="legal", months=12, appel="Agent / Agente d'entretien de locaux")
ft("DP2b", "alpesnet", "K2204", "Agent d'entretien en contrat de professionnalisation (H/F)", T["dp2b"], "2026-04-17", contract="pro", ft_name="legal", months=12, appel="Agent / Agente d'entretien de locaux")
group("double_pull", ["DP2a", "DP2b"], "republished 3 weeks later with a town and a sentence added")
ft("DP3a", "kinegc", "M1607", "Secrétaire médicale apprentie (H/F)", T["dp3"], "2026-04-02", ft_name="legal", appel="Secrétaire médical / médicale")
ft("DP3b", "kinegc", "M1607", "Secrétaire médicale apprentie (H/F)", T["dp3b"], "2026-04-16", ft_name=None, appel="Secrétaire médical / médicale")
group("double_pull", ["DP3a", "DP3b"], "republished 2 weeks later; employer name dropped on the repost, place word added")
lba("DP4a", "offres_emploi_lba", "perrin", ["D1106"], "Vendeur / Vendeuse en boucherie", T["dp4"], "2026-03-24", name="brand")
lba("DP4b", "offres_emploi_lba", "perrin", ["D1106"], "Vendeur / Vendeuse en boucherie", T["dp4"], "2026-04-03", name="brand")
group("double_pull", ["DP4a", "DP4b"], "posted twice on LBA 10 days apart, identical")
lba("DP5a", "Hellowork", "paquier", ["G1602"], "Apprenti(e) cuisinier(e) crêpier(e) H/F", T["dp5"], "2026-04-10", start="2026-06-15", name="legal")
lba("DP5b", "Hellowork", "paquier", ["G1602"], "Apprenti(e) cuisinier(e) / crêpier(e) H/F", T["dp5b"], "2026-05-04", start="2026-06-15", name="legal")
group("double_pull", ["DP5a", "DP5b"], "Hellowork republication 24 days later under a new partner id, lightly edited")
lba("DP6a", "offres_emploi_lba", "cleanpro", ["K2204"], "Agent / Agente de propreté des locaux", T["dp6"], "2026-04-21")
lba("DP6b", "offres_emploi_lba", "cleanpro", ["K2204"], "Agent / Agente de propreté des locaux", T["dp6"], "2026-05-06")
group("double_pull", ["DP6a", "DP6b"], "posted twice on LBA 15 days apart")

# ---- traps
lba("T1", "offres_emploi_lba", "berthier", ["G1602"], "Commis de cuisine", T["t1_cuisine"], "2026-03-08", name="brand")
trap("same_employer_other_job", ["CP1f", "CP1l", "T1"], "Maison Berthier: the salesperson job (CP1, one offer on two boards) and a kitchen apprentice job posted the same day on LBA: two jobs")
ft("T2", "lacbleu", "K2204", "Apprenti(e) agent(e) d'entretien", T["t2_entretien"], "2026-04-28", ft_name="HOTEL DU LAC BLEU", ent_desc=True, appel="Agent / Agente d'entretien de locaux")
trap("same_employer_other_job", ["R12", "T2"], "Hôtel du Lac Bleu: kitchen apprentice and cleaning apprentice, shared sentences (face au lac, logement)")
ft("T3a", "hyperfrais", "D1106", "Apprenti vendeur rayon boucherie (H/F)", T["t3_boucherie"], "2026-04-13", ft_name="HYPER FRAIS AUVERGNE", appel="Vendeur / Vendeuse en boucherie")
lba("T3b", "offres_emploi_lba", "hyperfrais", ["D1106"], "Vendeur / Vendeuse en fromagerie", T["t3_fromagerie"], "2026-04-15", name="brand")
trap("same_employer_other_job", ["T3a", "T3b"], "same hypermarket, same ROME, butchery counter vs cheese counter: two apprentices")
lba("T4a", "offres_emploi_lba", "vercors", ["D1106"], "Vendeur / Vendeuse en boulangerie-pâtisserie", T["t4_app"], "2026-03-30", name="brand")
ft("T4b", "vercors", "D1106", "Vendeur / Vendeuse en boulangerie (CDI 30h)", T["t4_cdi"], "2026-04-03", contract="cdi", ft_name=None, appel="Vendeur / Vendeuse en boulangerie-pâtisserie")
trap("same_employer_other_contract", ["T4a", "T4b"], "same bakery: an apprentice and an experienced CDI salesperson, shared mission sentence")
for k, ek, d in (("T5a", "netalp_gre", "2026-03-03"), ("T5b", "netalp_cha", "2026-03-03"), ("T5c", "netalp_ann", "2026-03-04")):
    ville = EMP[ek]["commune"].replace("chambery", "Chambéry").replace("annecy", "Annecy").replace("grenoble", "Grenoble")
    ft(k, ek, "K2204", "Agent de propreté en apprentissage H/F - %s" % ville, T["t5_netalp"].format(ville=ville), d, ft_name="NET'ALP SERVICES", ent_desc=True)
trap("chain_template", ["T5a", "T5b", "T5c"], "Net'Alp template text in Grenoble, Chambéry and Annecy: three agencies, three hires")
for k, ek, ville, d in (("T6a", "tempo_lyon", "Lyon", "2026-04-20"), ("T6b", "tempo_ste", "Saint-Étienne", "2026-04-20"), ("T6c", "tempo_clermont", "Clermont-Ferrand", "2026-04-21")):
    lba(k, "Meteojob", ek, ["M1607"], "Secrétaire en alternance (H/F)", T["t6_tempo"].format(ville=ville), d, name="brand", diploma="5")
trap("chain_template", ["T6a", "T6b", "T6c"], "temp agency template in three towns (Lyon, Saint-Étienne, Clermont): different client jobs")
lba("T7a", "offres_emploi_lba", "fournil_lyon2", ["D1106"], "Vendeur / Vendeuse en alimentation générale", T["t7_fournil"].format(lieu="rue de la République (Lyon 2e)"), "2026-05-04", name="brand")
lba("T7b", "offres_emploi_lba", "fournil_villeurbanne", ["D1106"], "Vendeur / Vendeuse en alimentation générale", T["t7_fournil"].format(lieu="Villeurbanne Gratte-Ciel"), "2026-05-04", name="brand")
ft("T7c", "fournil_venissieux", "D1106", "Apprenti(e) vendeur(se) - Le Fournil Pressé", T["t7_fournil"].format(lieu="Vénissieux"), "2026-05-06", ft_name="LE FOURNIL PRESSE", appel="Vendeur / Vendeuse en alimentation générale")
trap("chain_template", ["T7a", "T7b", "T7c"], "sandwich chain: same template for three shops (Lyon 2, Villeurbanne, Vénissieux), one on France Travail")
ft("T8a", "saveurs_gre", "G1602", "Commis de cuisine en apprentissage H/F", T["t8_saveurs_gre"], "2026-04-22", ft_name="GROUPE SAVEURS ALPINES")
lba("T8b", "offres_emploi_lba", "saveurs_cha", ["G1602"], "Commis de cuisine", T["t8_saveurs_cha"], "2026-04-24")
trap("chain_template", ["T8a", "T8b"], "same restaurant group, same template, Grenoble vs Chambéry restaurants")
ft("T9", "propdauph_voiron", "K2204", "Agent(e) de propreté apprenti(e)", T["t9_voiron"], "2026-04-22", ft_name="PROPRETE DAUPHINOISE")
trap("same_employer_other_site", ["R11", "R11l", "T9"], "Propreté Dauphinoise, same title: Grenoble agency (R11 and its relay) vs Voiron agency")
lba("T10a", "offres_emploi_lba", "volcans_cf", ["M1607", "M1609"], "Secrétaire médical / médicale", T["t10_cf"], "2026-05-05")
ft("T10b", "volcans_riom", "M1607", "Secrétaire médical(e) en alternance", T["t10_riom"], "2026-05-07", ft_name="CABINET MEDICAL DES VOLCANS", appel="Secrétaire médical / médicale")
trap("same_employer_other_site", ["T10a", "T10b"], "same medical group, Clermont-Ferrand site vs Riom site")
ft("T11a", "cuisrhone7", "G1602", "Commis de cuisine en apprentissage - cuisine centrale", T["t11_l7"], "2026-03-18", ft_name="CUISINES DU RHONE", appel="Cuisinier / Cuisinière de collectivité")
lba("T11b", "offres_emploi_lba", "cuisrhone3", ["G1602"], "Commis de cuisine", T["t11_l3"], "2026-03-20")
trap("same_employer_other_site", ["T11a", "T11b"], "Cuisines du Rhône, same SIREN: central kitchen in Lyon 7 vs company restaurant in Lyon 3 (same city, different arrondissement)")
lba("T12", "offres_emploi_lba", "bdc2", ["D1106"], "Vendeur / Vendeuse en boulangerie-pâtisserie", T["t12_bdc2"], "2026-03-25", name="brand", skills=False)
trap("similar_names", ["CP4f", "CP4l", "T12"], "two different bakeries both called « Boulangerie du Centre » in Grenoble (Grande Rue, SARL MOREL ET FILS vs cours Jean Jaurès, EURL CHABERT)")
ft("T13", "nettorhone", "K2204", "Apprenti agent de propreté H/F", T["t13_netto"], "2026-03-10", ft_name="legal")
trap("generic_same_commune", ["R1", "T13"], "two cleaning firms in Lyon 3, similar apprentice cleaner offers a day apart")
lba("T14a", "offres_emploi_lba", "epidor", ["G1602"], "Commis / Commise de cuisine", T["rome_def_G1602"], "2026-04-08", name="brand", desc=False)
lba("T14b", "offres_emploi_lba", "brasparc", ["G1602"], "Commis / Commise de cuisine", T["rome_def_G1602"], "2026-04-09", name="brand", desc=False)
trap("generic_same_commune", ["T14a", "T14b"], "two restaurants in Lyon 7 with the same generic ROME job definition as text: different SIRETs")
ft("T15a", "eauxclaires", "M1607", "Secrétaire en apprentissage", T["t15_med"], "2026-05-11", ft_name=None, appel="Secrétaire")
lba("T15b", "offres_emploi_lba", "alpimmo", ["M1607"], "Secrétaire", T["t15_immo"], "2026-05-13", name="brand")
trap("generic_same_commune", ["T15a", "T15b"], "Grenoble: medical practice vs estate agency, near-identical short secretary texts")
ft("T16a", "primeur", "D1106", "Apprenti(e) vendeur(se)", T["t16_primeur"], "2026-04-29", ft_name=None, appel="Vendeur / Vendeuse en produits frais")
ft("T16b", "fromjacq", "D1106", "Apprenti(e) vendeur(se)", T["t16_fromage"], "2026-04-30", ft_name=None, appel="Vendeur / Vendeuse en fromagerie")
trap("generic_same_commune", ["T16a", "T16b"], "greengrocer and cheese shop on the same square in Saint-Étienne, no employer names, texts differ by one word")
ft("T17", "cleanpromulti", "K2204", "Apprenti(e) agent de propreté", T["t17_multi"], "2026-04-23", ft_name="CLEAN'PRO")
trap("similar_names", ["DP6a", "DP6b", "T17"], "Clean Pro Services vs Clean'Pro Multiservices, both in Villeurbanne: two companies")
ft("T18a", "delices", "D1106", "Apprenti(e) vendeur(se) en boulangerie", T["t18"], "2026-01-13", ft_name="legal", appel="Vendeur / Vendeuse en boulangerie-pâtisserie")
ft("T18b", "delices", "D1106", "Apprenti(e) vendeur(se) en boulangerie", T["t18"], "2026-09-01", ft_name="legal", appel="Vendeur / Vendeuse en boulangerie-pâtisserie")
trap("rehire", ["T18a", "T18b"], "same bakery, same text, January then September 2026 (more than 7 months): a new hire")
lba("T19a", "offres_emploi_lba", "petitsavoyard", ["G1602"], "Commis de cuisine", T["t19_jan"], "2026-01-20", start="2026-02-16")
lba("T19b", "offres_emploi_lba", "petitsavoyard", ["G1602"], "Commis de cuisine", T["t19_aug"], "2026-08-31", start="2026-09-21")
trap("rehire", ["T19a", "T19b"], "same restaurant re-hires a kitchen apprentice 7 months later")
ft("T20a", "autoroannais", "M1607", "Secrétaire en alternance (H/F)", T["t20_jan"], "2026-01-08", ft_name=None, appel="Secrétaire")
lba("T20b", "offres_emploi_lba", "autoroannais", ["M1607"], "Secrétaire", T["t20_aug"], "2026-08-18", diploma="5")
trap("rehire", ["T20a", "T20b"], "Roanne garage: France Travail in January, LBA in August: a new hire, not a repost")
lba("T21", "France Travail", "absentrelay", ["G1602"], "Commis de cuisine en apprentissage (H/F)", T["t21_absent"], "2026-04-15", partner_id="214QRTV", months=24)
trap("generic_same_commune", ["T21", "R10", "R10l", "DP1a", "DP1b"], "Lyon 7 one-line commis offers: a relayed offer whose France Travail original is not in the pull (partner id 214QRTV), R10 and the Comptoir snack: three jobs")
lba("T22", "offres_emploi_lba", "bistrotbastille", ["G1602"], "Commis de cuisine", T["t22_bistrot"], "2026-03-26", name="legal")
trap("generic_same_commune", ["CP5l", "CP5f", "T22"], "Grenoble: Le Chamois and Le Bistrot de la Bastille, near-identical commis texts, three days apart")

# ---- fillers: distinct offers, many of one trade in Lyon / Grenoble with short generic texts
FILLER_EMP = {  # in the order of use (FT_FILL then LBA_FILL)
    "K2204": ["ECLAT NET SERVICES", "RHONE MULTI-NETTOYAGE", "PROPRE ET NET LYON", "VILLEURBANNE PROPRETE SERVICES", "ISERE CLEAN",
              "AZUR NETTOYAGE AUVERGNE", "HYGIENE PLUS SERVICES", "SAS BRILLANCE PROPRETE", "NETTOYAGE DES SAULES",
              "DAUPHINE HYGIENE SERVICES", "LAC NET"],
    "G1602": ["RESTAURANT LE PETIT BOUCHON", "LA CANTINE DU 7", "CHEZ MARCEL", "L'AUBERGE DU DRAC", "LE GRILL DE L'ISERE",
              "LA PETITE FORGE", "LE RELAIS ROANNAIS", "LE BISTROT DU MARCHE", "PIZZERIA DA LUCA", "BRASSERIE DES BROTTEAUX",
              "RESTAURANT LES SAULES", "LE COMPTOIR DES HALLES", "RESTAURANT L'ESTRAGON"],
    "D1106": ["PRIMEURS DES BROTTEAUX", "EPICERIE DU MARCHE", "LA HALLE AUX FROMAGES", "AU BON PAIN DE BERRIAT", "BOULANGERIE DES ALPES",
              "CHARCUTERIE BOREL", "CAVE ET FROMAGES", "BOULANGERIE ROUSSET", "PATISSERIE FAVRE", "FRUITS ET LEGUMES GAILLARD"],
    "M1607": ["CABINET D'AVOCATS MOULIN", "AGENCE WEB PIXELIA", "GEOMETRES EXPERTS DUPRAZ", "TRANSPORTS VIGNAL", "ASSOCIATION LES PETITS LOUPS"],
}
FILLER_NAF = {"K2204": NAF["K2204"], "G1602": NAF["G1602"], "D1106": NAF["D1106"], "M1607": NAF["M1607"]}
STREETS = ["RUE DES ROSIERS", "AVENUE DE LA LIBERATION", "RUE VICTOR HUGO", "BOULEVARD DES ETATS-UNIS", "RUE PASTEUR", "RUE DU 4 AOUT 1789",
           "COURS LAFAYETTE", "RUE DE LA GARE", "AVENUE GENERAL LECLERC", "RUE JEAN MOULIN", "PLACE DU MARCHE", "RUE DES ALLOBROGES"]
FILLER_TITLES = {
    "K2204": ["Agent de propreté apprenti H/F", "Agent d'entretien en alternance", "Apprenti(e) agent de nettoyage", "AGENT DE PROPRETE (H/F)", "Agent de nettoyage - apprentissage"],
    "G1602": ["Commis de cuisine (H/F)", "Apprenti cuisinier H/F", "Commis de cuisine en alternance", "APPRENTI(E) COMMIS DE CUISINE", "Aide de cuisine apprenti(e)"],
    "D1106": ["Apprenti(e) vendeur(se)", "Vendeur en alimentation H/F - alternance", "Vendeuse / vendeur apprenti(e)", "APPRENTI VENDEUR BOULANGERIE", "Vendeur(se) produits frais en apprentissage"],
    "M1607": ["Secrétaire en alternance", "Secrétaire administratif(ve) apprenti(e)", "SECRETAIRE (H/F) - ALTERNANCE", "Assistant(e) secrétaire en apprentissage"],
}
_fill_idx = {r: 0 for r in FILLER_EMP}


def filler_emp(rome, commune):
    name = FILLER_EMP[rome][_fill_idx[rome]]
    _fill_idx[rome] += 1
    key = "fill_" + name.lower().replace(" ", "_").replace("'", "")
    brand = name.title() if RNG.random() < 0.5 else None
    emp(key, name, brand, "%d %s" % (RNG.randint(1, 140), RNG.choice(STREETS)), commune, FILLER_NAF[rome],
        OPCO.get(rome), RNG.choice(["1-2", "3-5", "6-9", "10-19", "20-49"]))
    return key


def filler_text(rome, e):
    P = FILLER_POOLS[rome]
    E = EMP[e]
    ville = COMMUNES[E["commune"]][4].title()
    intro = RNG.choice(P["intro"]).format(emp=(E["brand"] or E["legal"].title()), ville=ville)
    miss = RNG.sample(P["missions"], RNG.randint(2, 5))
    ext = RNG.sample(P["extra"], RNG.randint(0, 3))
    style = RNG.randint(0, 4)
    if style == 0:
        return intro
    if style == 1:
        return intro + " " + ", ".join(miss).capitalize() + ". " + " ".join(ext)
    if style == 2:
        return intro + "\nMissions :\n" + "\n".join("- " + m for m in miss) + ("\n" + "\n".join(ext) if ext else "")
    if style == 3:
        return intro + "\n\nVOS MISSIONS\n" + "\n".join("• " + m.capitalize() for m in miss) + "\n\nPROFIL\n" + (" ".join(ext) or "Motivation avant tout.")
    return ("✅ " if RNG.random() < 0.5 else "") + intro + "\nAu programme : " + ", ".join(miss) + ".\n" + " ".join(ext)


FT_FILL = [("K2204", "lyon3"), ("K2204", "lyon7"), ("K2204", "lyon8"), ("K2204", "villeurbanne"),
           ("G1602", "lyon2"), ("G1602", "lyon7"), ("G1602", "lyon3"), ("D1106", "lyon6"), ("D1106", "lyon9"),
           ("M1607", "lyon3"), ("M1607", "lyon7"), ("D1106", "grenoble"), ("D1106", "grenoble2"), ("G1602", "grenoble"),
           ("G1602", "grenoble"), ("K2204", "grenoble2"), ("G1602", "stetienne"), ("K2204", "clermont"), ("D1106", "annemasse"),
           ("M1607", "chambery"), ("G1602", "roanne")]
LBA_FILL = [("K2204", "lyon3"), ("K2204", "lyon7"), ("K2204", "villeurbanne"), ("G1602", "lyon7"), ("G1602", "lyon2"),
            ("G1602", "lyon6"), ("D1106", "lyon3"), ("D1106", "lyon1"), ("M1607", "lyon8"), ("D1106", "grenoble"),
            ("D1106", "grenoble"), ("G1602", "grenoble2"), ("G1602", "grenoble"), ("K2204", "grenoble"), ("G1602", "clermont"),
            ("K2204", "annecy"), ("M1607", "stetienne"), ("D1106", "voiron")]
NON_ALT = {  # the few France Travail fillers that are not work-study contracts
    3: ("Agent de propreté H/F - CDI temps partiel", "Société de nettoyage recherche agent de propreté expérimenté(e) en CDI, 24h/semaine, horaires de soirée sur Villeurbanne. Expérience de la monobrosse exigée."),
    13: ("Cuisinier H/F", "Restaurant traditionnel recherche cuisinier(ère) en CDI.\nVous gérez le poste chaud en autonomie, participez aux commandes et encadrez l'apprenti.\nExpérience 2 ans minimum. 39h, 2 jours de repos."),
    17: ("Agent d'entretien (H/F) - CDD 6 mois", "Remplacement congé maternité : nettoyage de bureaux et de locaux médicaux à Clermont-Ferrand, 20h/semaine, du lundi au vendredi de 17h à 21h."),
}
MAIN_DAYS = [dt.date(2026, 3, 2) + dt.timedelta(days=i) for i in range(0, 82) if (dt.date(2026, 3, 2) + dt.timedelta(days=i)).weekday() < 5]
for i, (rome, commune) in enumerate(FT_FILL):
    e = filler_emp(rome, commune)
    contract = "cdi" if i in (3, 13) else "cdd" if i == 17 else "pro" if i in (9, 16) else "app"
    name = RNG.choice(["legal", "legal", "brand", None])
    title, txt = RNG.choice(FILLER_TITLES[rome]), filler_text(rome, e)
    if contract in ("cdi", "cdd"):
        title, txt = NON_ALT[i]
    ft("F%02d" % i, e, rome, title, txt, str(RNG.choice(MAIN_DAYS)), contract=contract,
       ft_name=name, appel=RNG.choice(APPEL[rome]), months=RNG.choice([6, 12, 24]) if contract != "app" else 24,
       origine="2" if i in (5, 12) else "1")
for i, (rome, commune) in enumerate(LBA_FILL):
    e = filler_emp(rome, commune)
    label = "Hellowork" if i in (4, 10) else "Meteojob" if i == 14 else "France Travail" if i in (1, 12) else "offres_emploi_lba"
    txt = filler_text(rome, e)
    if i in (6, 13):  # LBA own offers whose text is the generic job definition
        txt = {"D1106": "Vend des produits alimentaires et conseille la clientèle. Réalise la mise en rayon, l'encaissement et veille à la présentation du magasin selon les règles d'hygiène.",
               "K2204": "Nettoie et entretient les surfaces et locaux (bureaux, sanitaires, parties communes) selon les protocoles d'hygiène et de sécurité. Peut utiliser du matériel mécanisé."}[rome]
    if label == "France Travail":
        pid = ft_id()  # an id of an offer that is not in this France Travail pull
        _FT_IDS.add(pid)
        lba("L%02d" % i, label, e, [rome], RNG.choice(FILLER_TITLES[rome]), txt, str(RNG.choice(MAIN_DAYS)), partner_id=pid, months=24)
    else:
        lba("L%02d" % i, label, e, [rome], RNG.choice(APPEL[rome]) if label == "offres_emploi_lba" else RNG.choice(FILLER_TITLES[rome]),
            txt, str(RNG.choice(MAIN_DAYS)), name=RNG.choice(["legal", "brand"]), contract="both" if i == 8 else "app")


# ---------------------------------------------------------------- write
def write():
    os.makedirs(os.path.join(HERE, "ft"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "lba"), exist_ok=True)
    for folder in ("ft", "lba"):
        for f in os.listdir(os.path.join(HERE, folder)):
            if f.endswith(".json"):
                os.remove(os.path.join(HERE, folder, f))
    # France Travail: one search answer per ROME code, sorted by creation date desc (sort=1)
    for rome in ROME:
        res = sorted([o for o in FT_OFFERS if o["romeCode"] == rome], key=lambda o: o["dateCreation"], reverse=True)
        with open(os.path.join(HERE, "ft", "search_%s.json" % rome), "w", encoding="utf-8") as fh:
            json.dump({"resultats": res, "filtresPossibles": []}, fh, ensure_ascii=False, indent=1)
    # LBA: two search answers (Lyon-Saint-Etienne area / Alps-Auvergne area), order: own, FT, others
    order = {"offres_emploi_lba": 0, "France Travail": 1}
    west = {"lyon1", "lyon2", "lyon3", "lyon6", "lyon7", "lyon8", "lyon9", "villeurbanne", "venissieux", "stetienne", "roanne", "clermont", "riom"}
    parts = {"search_69_42_63.json": [], "search_38_73_74.json": []}
    for j in LBA_JOBS:
        addr = j["workplace"]["location"]["address"]
        dep = None
        for c in COMMUNES.values():
            if addr == c[3] or addr.endswith(c[0] + " " + c[4]) or (" %s " % c[0]) in addr:
                dep = c[0][:2]
        dep = dep or "69"
        parts["search_69_42_63.json" if dep in ("69", "42", "63") else "search_38_73_74.json"].append(j)
    for fname, jobs in parts.items():
        jobs.sort(key=lambda j: j["offer"]["publication"]["creation"], reverse=True)
        jobs.sort(key=lambda j: order.get(j["identifier"]["partner_label"], 2))
        with open(os.path.join(HERE, "lba", fname), "w", encoding="utf-8") as fh:
            json.dump({"jobs": jobs, "recruiters": [], "warnings": []}, fh, ensure_ascii=False, indent=1)

    def mem(keys):
        return [{"source": KEY2REF[k][0], "id": KEY2REF[k][1]} for k in keys]

    truth = {"groups": [{"kind": k, "members": mem(ks), "note": n} for k, ks, n in GROUPS],
             "traps": [{"kind": k, "members": mem(ks), "note": n} for k, ks, n in TRAPS]}
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    counts = {}
    for k, _, _ in GROUPS:
        counts[k] = counts.get(k, 0) + 1
    print("FT offers:", len(FT_OFFERS), " LBA jobs:", len(LBA_JOBS))
    print("groups:", counts, " traps:", len(TRAPS))
    labels = {}
    for j in LBA_JOBS:
        labels[j["identifier"]["partner_label"]] = labels.get(j["identifier"]["partner_label"], 0) + 1
    print("LBA labels:", labels)


write()
