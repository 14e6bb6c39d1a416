#!/usr/bin/env python3
"""Part G of the cross-source evaluation set: Normandie (INSEE region 28).

Deterministic generator (standard library only). Every company, SIRET, person,
address, phone number, e-mail, text and id below is invented. ROME codes and
titles, communes, INSEE codes and postal codes are real.

Run:  python3 generate.py   (writes ft/, lba/, truth.json and README.md next to it)
"""
import datetime as dt
import hashlib
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------
# Reference data
# --------------------------------------------------------------------------
ROME = {
    "D1102": "Boulangerie - viennoiserie",
    "D1106": "Vente en alimentation",
    "G1602": "Personnel de cuisine",
    "G1803": "Service en restauration",
    "I1604": "Mécanique automobile et entretien de véhicules",
}

# key: (display name, FT upper-case label, département, INSEE, postal code, lat, lon)
COMMUNES = {
    "rouen": ("Rouen", "ROUEN", "76", "76540", "76000", 49.4431, 1.0993),
    "lehavre": ("Le Havre", "LE HAVRE", "76", "76351", "76600", 49.4944, 0.1079),
    "caen": ("Caen", "CAEN", "14", "14118", "14000", 49.1829, -0.3707),
    "cherbourg": ("Cherbourg-en-Cotentin", "CHERBOURG EN COTENTIN", "50", "50129", "50100", 49.6337, -1.6222),
    "evreux": ("Évreux", "EVREUX", "27", "27229", "27000", 49.0241, 1.1508),
    "alencon": ("Alençon", "ALENCON", "61", "61001", "61000", 48.4329, 0.0913),
    "dieppe": ("Dieppe", "DIEPPE", "76", "76217", "76200", 49.9229, 1.0775),
    "lisieux": ("Lisieux", "LISIEUX", "14", "14366", "14100", 49.1466, 0.2259),
    "elbeuf": ("Elbeuf", "ELBEUF", "76", "76231", "76500", 49.2866, 1.0086),
    "bayeux": ("Bayeux", "BAYEUX", "14", "14047", "14400", 49.2764, -0.7024),
    "vernon": ("Vernon", "VERNON", "27", "27681", "27200", 49.0929, 1.4853),
    "saintlo": ("Saint-Lô", "SAINT LO", "50", "50502", "50000", 49.1157, -1.0906),
    "fecamp": ("Fécamp", "FECAMP", "76", "76259", "76400", 49.7578, 0.3747),
    "flers": ("Flers", "FLERS", "61", "61169", "61100", 48.7480, -0.5697),
    "honfleur": ("Honfleur", "HONFLEUR", "14", "14333", "14600", 49.4190, 0.2330),
    "msa": ("Mont-Saint-Aignan", "MONT ST AIGNAN", "76", "76451", "76130", 49.4630, 1.0890),
    "serv": ("Saint-Étienne-du-Rouvray", "ST ETIENNE DU ROUVRAY", "76", "76575", "76800", 49.3779, 1.1050),
    "herouville": ("Hérouville-Saint-Clair", "HEROUVILLE ST CLAIR", "14", "14327", "14200", 49.2044, -0.3253),
    "granville": ("Granville", "GRANVILLE", "50", "50218", "50400", 48.8378, -1.5975),
    "louviers": ("Louviers", "LOUVIERS", "27", "27375", "27400", 49.2154, 1.1651),
    "argentan": ("Argentan", "ARGENTAN", "61", "61006", "61200", 48.7444, -0.0203),
    "yvetot": ("Yvetot", "YVETOT", "76", "76758", "76190", 49.6175, 0.7536),
}

NAF = {
    "10.71C": "Boulangerie et boulangerie-pâtisserie",
    "47.24Z": "Commerce de détail de pain, pâtisserie et confiserie en magasin spécialisé",
    "47.11F": "Hypermarchés",
    "47.11D": "Supermarchés",
    "47.11B": "Commerces d'alimentation générale",
    "47.29Z": "Autres commerces de détail alimentaires en magasin spécialisé",
    "47.21Z": "Commerce de détail de fruits et légumes en magasin spécialisé",
    "56.10A": "Restauration traditionnelle",
    "56.10C": "Restauration de type rapide",
    "55.10Z": "Hôtels et hébergement similaire",
    "56.29A": "Restauration collective sous contrat",
    "87.10A": "Hébergement médicalisé pour personnes âgées",
    "45.20A": "Entretien et réparation de véhicules automobiles légers",
    "45.20B": "Entretien et réparation d'autres véhicules automobiles",
    "45.11Z": "Commerce de voitures et de véhicules automobiles légers",
    "78.10Z": "Activités des agences de placement de main-d'oeuvre",
    "85.32Z": "Enseignement secondaire technique ou professionnel",
}

SIZE_FT = {
    "1-2": "1 ou 2 salariés", "3-5": "3 à 5 salariés", "6-9": "6 à 9 salariés",
    "10-19": "10 à 19 salariés", "20-49": "20 à 49 salariés", "50-99": "50 à 99 salariés",
    "100-199": "100 à 199 salariés", "200-249": "200 à 249 salariés",
}

OPCO_EP = "Opco entreprises de proximité"
OPCO_AKTO = "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre"
OPCO_COM = "L'Opcommerce"
OPCO_MOB = "Opco Mobilités"
OPCO_SANTE = "Opco Santé"

DIPLOMA = {
    "3": "Cap, autres formations (Infrabac)",
    "4": "BP, Bac, autres formations (Bac)",
    "5": "BTS, DEUST, autres formations (Bac+2)",
}

QUAL = {
    "equipe": ("Travailler en équipe", "Capacité à s'intégrer dans un collectif, à partager l'information et à coopérer pour atteindre un résultat commun."),
    "rigueur": ("Faire preuve de rigueur et de précision", "Capacité à respecter les consignes et les procédures et à soigner la qualité de son travail."),
    "reactivite": ("Faire preuve de réactivité", "Capacité à agir rapidement et à bon escient face à un imprévu ou à une demande pressante."),
    "service": ("Avoir le sens du service", "Capacité à répondre aux attentes des clients avec amabilité, écoute et disponibilité."),
    "autonomie": ("Faire preuve d'autonomie", "Capacité à organiser son activité et à avancer sans supervision permanente."),
    "stress": ("Gérer son stress", "Capacité à garder son calme et son efficacité dans les moments de forte activité."),
    "curiosite": ("Faire preuve de curiosité", "Capacité à s'intéresser aux produits et aux techniques, à poser des questions pour comprendre."),
    "organisation": ("Organiser son travail selon les priorités et les objectifs", "Capacité à planifier ses tâches et à gérer son temps en fonction des urgences."),
    "adapter": ("S'adapter aux changements", "Capacité à ajuster sa façon de travailler à des situations nouvelles."),
}

COMP = {
    "D1102": ["Pétrir une pâte", "Façonner des pâtons", "Contrôler la fermentation des pâtes",
              "Enfourner et défourner les produits", "Réaliser des viennoiseries",
              "Appliquer les règles d'hygiène et de sécurité alimentaire"],
    "D1106": ["Accueillir et conseiller un client", "Encaisser un règlement",
              "Mettre en valeur les produits en vitrine", "Contrôler l'état de conservation des produits",
              "Préparer une commande client", "Découper et emballer des produits à la coupe"],
    "G1602": ["Éplucher et tailler des légumes", "Réaliser la mise en place d'un poste",
              "Dresser une assiette", "Respecter un plan de nettoyage et de désinfection",
              "Réceptionner et stocker des marchandises", "Cuire des viandes et des poissons"],
    "G1803": ["Dresser les tables", "Prendre une commande", "Servir à l'assiette",
              "Débarrasser une table", "Encaisser une addition", "Présenter la carte et les suggestions"],
    "I1604": ["Effectuer une vidange", "Remplacer des éléments de freinage",
              "Monter et équilibrer des pneumatiques", "Réaliser un diagnostic avec un outil électronique",
              "Contrôler les niveaux d'un véhicule", "Remplacer un kit de distribution"],
}

ACQ = {
    "D1102": ["Production, Fabrication: Pétrir les pâtes et suivre la fermentation",
              "Production, Fabrication: Façonner pains et viennoiseries",
              "Production, Fabrication: Conduire la cuisson au four",
              "Hygiène: Appliquer les règles HACCP au fournil"],
    "D1106": ["Vente: Accueillir et conseiller la clientèle",
              "Vente: Encaisser et tenir une caisse",
              "Magasin: Présenter et mettre en valeur les produits",
              "Hygiène: Contrôler les dates et la chaîne du froid"],
    "G1602": ["Production culinaire: Réaliser les préparations préliminaires",
              "Production culinaire: Cuire et dresser les plats",
              "Organisation: Mettre en place son poste de travail",
              "Hygiène: Respecter le plan de maîtrise sanitaire"],
    "G1803": ["Service: Mettre en place la salle",
              "Service: Accueillir les clients et prendre les commandes",
              "Service: Servir les plats et les boissons",
              "Relation client: Encaisser et prendre congé du client"],
    "I1604": ["Maintenance: Réaliser l'entretien périodique d'un véhicule",
              "Maintenance: Remplacer des organes mécaniques",
              "Diagnostic: Utiliser un outil de diagnostic électronique",
              "Relation client: Restituer le véhicule et expliquer l'intervention"],
}

DESIRED = {
    "D1102": ["Être ponctuel", "Aimer le travail manuel", "Supporter les horaires de nuit", "Travailler en équipe"],
    "D1106": ["Avoir le sens du contact", "Être souriant et disponible", "Faire preuve de rigueur", "Travailler en équipe"],
    "G1602": ["Résister à la pression du service", "Travailler en équipe", "Être organisé", "Avoir le goût des bons produits"],
    "G1803": ["Avoir une bonne présentation", "Avoir le sens du service", "Être dynamique", "Gérer son stress"],
    "I1604": ["Être soigneux", "Avoir l'esprit d'équipe", "Être curieux des nouvelles technologies", "Être ponctuel"],
}


def T(s):
    """Hand-written text: drop the first and last newline of a triple-quoted block."""
    if s.startswith("\n"):
        s = s[1:]
    if s.endswith("\n"):
        s = s[:-1]
    return s


# --------------------------------------------------------------------------
# Deterministic ids and numbers
# --------------------------------------------------------------------------
def h(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()


def strip_accents(s):
    import unicodedata
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_siren(key):
    rng = random.Random("siren:" + key)
    while True:
        s = str(rng.choice([3, 4, 5, 8, 9])) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if luhn_ok(s):
            return s


def make_siret(siren, key):
    rng = random.Random("nic:" + key)
    while True:
        nic = "000" + "".join(str(rng.randint(0, 9)) for _ in range(2))
        if luhn_ok(siren + nic):
            return siren + nic


_FT_IDS = set()


def ft_id(key):
    rng = random.Random("ftid:" + key)
    letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
    while True:
        i = "%03d%s" % (rng.randint(199, 206), "".join(rng.choice(letters) for _ in range(4)))
        if i not in _FT_IDS:
            _FT_IDS.add(i)
            return i


def object_id(key, when):
    ts = int(when.timestamp())
    return "%08x" % ts + h("oid:" + key)[:16]


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def when(s, key):
    """'2026-02-16' or '2026-02-16 08:42' -> datetime (UTC); seconds from the key."""
    rng = random.Random("t:" + key)
    if " " in s:
        d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    else:
        d = dt.datetime.strptime(s, "%Y-%m-%d").replace(hour=rng.randint(6, 17), minute=rng.randint(0, 59))
    return d.replace(second=rng.randint(0, 59))


def fiction_phone(key, mobile=False):
    # ARCEP numbers reserved for fiction: 02 61 91 xx xx and 06 39 98 xx xx
    rng = random.Random("tel:" + key)
    a, b = rng.randint(0, 99), rng.randint(0, 99)
    if mobile:
        return "06 39 98 %02d %02d" % (a, b)
    return "02 61 91 %02d %02d" % (a, b)


def address_point(commune, addr):
    name, up, dep, insee, cp, lat, lon = COMMUNES[commune]
    rng = random.Random("geo:" + addr)
    return (round(lon + rng.uniform(-0.012, 0.012), 5), round(lat + rng.uniform(-0.008, 0.008), 5))


# --------------------------------------------------------------------------
# Employers (workplaces)
# --------------------------------------------------------------------------
EMP = {}


def employer(key, legal, brand, street, commune, naf, size, idcc, opco, cp=None, siren_of=None,
             website=None, description=None, name=None):
    siren = EMP[siren_of]["siren"] if siren_of else make_siren(key)
    c = COMMUNES[commune]
    cp = cp or c[4]
    addr = "%s %s %s" % (street, cp, strip_accents(c[0]).upper())
    EMP[key] = dict(key=key, siren=siren, siret=make_siret(siren, key), legal=legal, brand=brand,
                    name=name or legal or brand, street=street, commune=commune, cp=cp, naf=naf, size=size,
                    idcc=idcc, opco=opco, website=website, description=description, address=addr,
                    geo=address_point(commune, addr))


employer("lemarchand", "SARL LEMARCHAND PERE ET FILS", "Boulangerie Lemarchand", "42 RUE BEAUVOISINE", "rouen",
         "10.71C", "6-9", 843, OPCO_EP)
employer("cauchois", "SARL FOURNIL CAUCHOIS", "Au Fournil Cauchois", "3 PLACE DES BELGES", "yvetot",
         "10.71C", "3-5", 843, OPCO_EP)
employer("petitfournil", "SAS LPF CAEN", "Le Petit Fournil", "61 RUE SAINT-JEAN", "caen", "10.71C", "3-5", 843,
         OPCO_EP)
employer("aupetitfournil", "EURL DUVAL BOULANGERIE", "Au Petit Fournil", "9 RUE DE VAUCELLES", "caen", "10.71C",
         "3-5", 843, OPCO_EP)
employer("feret", "SAS FERET BOULANGERS", "Maison Féret", "ZA DU CLOS BARROIS", "caen", "47.24Z", "200-249", 843,
         OPCO_EP, website="https://www.maison-feret.example")
employer("pollet", "SARL BOULANGERIE DU POLLET", "Boulangerie du Pollet", "17 GRANDE RUE DU POLLET", "dieppe",
         "10.71C", "3-5", 843, OPCO_EP)
employer("helene", "EURL HB PAINS", "Les Pains d'Hélène", "3 RUE DU DOCTEUR OURSEL", "evreux", "10.71C", "6-9", 843,
         OPCO_EP)
employer("saintmarc", "SARL BSM", "Boulangerie Saint-Marc", "6 PLACE SAINT-MARC", "rouen", "10.71C", "3-5", 843,
         OPCO_EP)
employer("martainville", "SAS LE FOURNIL DE MARTAINVILLE", None, "88 RUE MARTAINVILLE", "rouen", "10.71C", "3-5",
         843, OPCO_EP)
employer("cfagout", "CFA DES METIERS DU GOUT ROUEN VALLEE DE SEINE", None, "24 RUE DU MADRILLET", "serv", "85.32Z",
         "50-99", None, None, website="https://www.cfa-metiers-du-gout.example")
employer("hamel", "BOULANGERIE HAMEL", "Boulangerie Hamel", "112 RUE DES MARTYRS", "elbeuf", "10.71C", "6-9", 843,
         OPCO_EP)
employer("costil", "SARL COSTIL", "Boulangerie Pâtisserie Costil", "28 RUE HENRY CHERON", "lisieux", "10.71C",
         "6-9", 843, OPCO_EP)
employer("vimont", "SARL VIMONT", "Boulangerie Vimont", "40 RUE SAINT-MALO", "bayeux", "10.71C", "3-5", 843, OPCO_EP)
employer("quatresaisons", "EURL LES QUATRE SAISONS", "Boulangerie des Quatre Saisons", "5 RUE LECAMPION",
         "granville", "10.71C", "3-5", 843, OPCO_EP)
employer("thuillier", "SAS THUILLIER", "Boulangerie Thuillier", "150 RUE DE PARIS", "lehavre", "10.71C", "10-19",
         843, OPCO_EP)
employer("village", "SARL LE FOURNIL DU VILLAGE", "Boulangerie du Village", "2 PLACE COLBERT", "msa", "10.71C",
         "3-5", 843, OPCO_EP)
employer("hyper", "SAS SEINE SUD DISTRIBUTION", "Hyper Rive Gauche", "CENTRE COMMERCIAL DU MADRILLET", "serv",
         "47.11F", "200-249", 2216, OPCO_COM)
employer("vauquelin", "SARL LES SAVEURS VAUQUELIN", "Épicerie Vauquelin", "14 RUE FROIDE", "caen", "47.29Z", "3-5",
         1505, OPCO_COM)
employer("vrac", "SAS LE VRAC HAVRAIS", "Le Vrac Havrais", "21 RUE VOLTAIRE", "lehavre", "47.29Z", "3-5", 1505,
         OPCO_COM)
employer("paysdauge", "SUPERMARCHE DU PAYS D'AUGE SAS", "Supermarché du Pays d'Auge", "AVENUE GEORGES DUVAL",
         "lisieux", "47.11D", "50-99", 2216, OPCO_COM)
employer("primeur", "SARL PRIMEUR DES HALLES", "Primeur des Halles", "7 RUE GAMBETTA", "cherbourg", "47.21Z",
         "3-5", 1505, OPCO_COM)
employer("vexin", "SAS CAVE ET EPICERIE DU VEXIN", "Cave & Épicerie du Vexin", "33 RUE D'ALBUFERA", "vernon",
         "47.29Z", "6-9", 1505, OPCO_COM)
employer("saintecatherine", "SARL EPICERIE SAINTE-CATHERINE", None, "4 RUE DE LA PREPOSTE", "honfleur", "47.29Z",
         "1-2", 1505, OPCO_COM)
employer("paniernormand", "EURL AU PANIER NORMAND", "Au Panier Normand", "19 RUE TORTERON", "saintlo", "47.11B",
         "3-5", 2216, OPCO_COM)
employer("lvm", "SARL LVM RESTAURATION", "Brasserie Le Vieux Marché", "31 PLACE DU VIEUX MARCHE", "rouen",
         "56.10A", "10-19", 1979, OPCO_AKTO)
employer("emilie", "SARL EMILIE RESTAURATION", "La Table d'Emilie", "2 PLACE FRANCOIS MITTERRAND", "herouville",
         "56.10A", "6-9", 1979, OPCO_AKTO)
employer("tynormand", "SAS TY NORMAND DEVELOPPEMENT", "Crêperie Ty Normand", "12 RUE DU CHAMP DE FOIRE",
         "granville", "56.10A", "10-19", 1979, OPCO_AKTO, website="https://www.ty-normand.example")
employer("embruns", "SAS LES EMBRUNS HONFLEUR", "Hôtel des Embruns", "12 QUAI DE LA TOUR", "honfleur", "55.10Z",
         "20-49", 1979, OPCO_AKTO)
employer("boutduquai", "SARL BOUT DU QUAI", "Le Bout du Quai", "8 QUAI DE SOUTHAMPTON", "lehavre", "56.10A", "6-9",
         1979, OPCO_AKTO)
employer("goeland", "SARL LE GOELAND", "Le Goéland", "35 BOULEVARD DE VERDUN", "dieppe", "56.10A", "10-19", 1979,
         OPCO_AKTO)
employer("cotentingourmand", "SARL COTENTIN GOURMAND", "Le Cotentin Gourmand", "9 RUE DE LA PAIX", "cherbourg",
         "56.10A", "6-9", 1979, OPCO_AKTO)
employer("gare", "SARL BRASSERIE DE LA GARE SAINT-LO", "Brasserie de la Gare", "1 AVENUE BRIOVERE", "saintlo",
         "56.10A", "6-9", 1979, OPCO_AKTO)
employer("saintmaclou", "SAS BSM ROUEN", "Le Bistrot Saint-Maclou", "240 RUE MARTAINVILLE", "rouen", "56.10A",
         "6-9", 1979, OPCO_AKTO)
employer("ateliercauchois", "SARL L'ATELIER CAUCHOIS", "L'Atelier Cauchois", "18 RUE DAMIETTE", "rouen", "56.10A",
         "6-9", 1979, OPCO_AKTO)
employer("hotelparc", "SAS HOTEL DU PARC EVREUX", "Hôtel-Restaurant du Parc", "1 BOULEVARD DE NORMANDIE",
         "evreux", "55.10Z", "20-49", 1979, OPCO_AKTO)
employer("bistrotalencon", "SARL LE BISTROT ALENCONNAIS", "Le Bistrot Alençonnais", "10 RUE DU BERCAIL", "alencon",
         "56.10A", "3-5", 1979, OPCO_AKTO)
employer("marmite", "SARL LA MARMITE NORMANDE", "La Marmite Normande", "6 RUE PAUL BANASTON", "lisieux", "56.10A",
         "3-5", 1979, OPCO_AKTO)
employer("relaisflers", "SARL LE RELAIS DE FLERS", "Le Relais de Flers", "52 RUE DE LA REPUBLIQUE", "flers",
         "56.10A", "6-9", 1979, OPCO_AKTO)
employer("cafepaix", "SNC CAFE DE LA PAIX", "Café de la Paix", "15 RUE DE LA CHAUSSEE", "argentan", "56.10A", "3-5",
         1979, OPCO_AKTO)
employer("theatre", "SAS BRASSERIE DU THEATRE CAEN", "Brasserie du Théâtre", "3 BOULEVARD DU MARECHAL LECLERC",
         "caen", "56.10A", "10-19", 1979, OPCO_AKTO)
employer("dauphin", "SARL LE DAUPHIN", "Brasserie Le Dauphin", "4 QUAI HENRI IV", "dieppe", "56.10A", "10-19", 1979,
         OPCO_AKTO)
employer("houle", "SARL LA HOULE", "Restaurant La Houle", "27 RUE DU PORT", "granville", "56.10A", "6-9", 1979,
         OPCO_AKTO)
employer("capucins", "SARL GARAGE DES CAPUCINS", "Garage des Capucins", "17 RUE DES CAPUCINS", "evreux", "45.20A",
         "6-9", 1090, OPCO_MOB)
employer("rapidauto", "RAPID AUTO ENTRETIEN SAS", "Rapid'Auto Entretien", "ROUTE DE SEES", "alencon", "45.20A",
         "6-9", 1090, OPCO_MOB)
employer("rapidauto_arg", "RAPID AUTO ENTRETIEN SAS", "Rapid'Auto Entretien", "RUE DU GENERAL LECLERC", "argentan",
         "45.20A", "3-5", 1090, OPCO_MOB, siren_of="rapidauto")
employer("normauto", "NORMANDIE AUTOMOBILES LISIEUX SAS", "Normandie Auto Lisieux", "ROUTE DE PARIS", "lisieux",
         "45.11Z", "20-49", 1090, OPCO_MOB)
employer("lebourg", "EURL GARAGE LEBOURG", None, "60 RUE DE L'INFIRMERIE", "fecamp", "45.20A", "3-5", 1090, OPCO_MOB)
employer("cfaauto", "CFA AUTO NORMANDIE", None, "4 AVENUE DE GARBSEN", "herouville", "85.32Z", "20-49", None, None,
         website="https://www.cfa-auto-normandie.example")
employer("rondpoint", "SARL GRP AUTOMOBILES", "Garage du Rond-Point", "2 RUE DE VERDUN", "lehavre", "45.20A", "3-5",
         1090, OPCO_MOB, cp="76620")
employer("hebert", "SARL GARAGE HEBERT", None, "ROUTE DE CARENTAN", "saintlo", "45.20A", "3-5", 1090, OPCO_MOB)
employer("leroux", "EURL LEROUX AUTOMOBILES", "Garage Leroux", "44 RUE DE LA REPUBLIQUE", "argentan", "45.20A",
         "3-5", 1090, OPCO_MOB)
employer("seinemotors", "SEINE MOTORS ROUEN SAS", "Seine Motors", "BOULEVARD INDUSTRIEL", "rouen", "45.11Z",
         "50-99", 1090, OPCO_MOB, cp="76100")
employer("caenauto", "SARL CAEN AUTO SERVICES", "Caen Auto Services", "85 RUE D'AUGE", "caen", "45.20A", "3-5",
         1090, OPCO_MOB)

# --------------------------------------------------------------------------
# Builders
# --------------------------------------------------------------------------
FT = {}    # key -> offer dict
LBA = {}   # key -> job dict
META = {}  # key -> dict(source, created)


def ft(key, commune, rome, appel, title, created, desc, nom=None, edesc=None, nature="app", months=24,
       exp="D", naf=None, size=None, comp=None, qual=None, sal=None, contact=None, form=None, partner=None,
       postes=1, upd=None, cp=None, heures="35H Horaires normaux"):
    c = COMMUNES[commune]
    oid = ft_id(key)
    d = when(created, key)
    rng = random.Random("upd:" + key)
    u = d + dt.timedelta(days=upd if upd is not None else rng.choice([0, 0, 1, 2, 3, 5, 8]),
                         hours=rng.randint(0, 5), minutes=rng.randint(0, 59))
    o = {
        "id": oid,
        "intitule": title,
        "description": desc,
        "dateCreation": iso(d),
        "dateActualisation": iso(u),
        "lieuTravail": {
            "libelle": "%s - %s" % (c[2], c[1]),
            "latitude": c[5],
            "longitude": c[6],
            "codePostal": cp or c[4],
            "commune": c[3],
        },
        "romeCode": rome,
        "romeLibelle": ROME[rome],
        "appellationlibelle": appel,
    }
    ent = {}
    if nom:
        ent["nom"] = nom
    if edesc:
        ent["description"] = edesc
    ent["entrepriseAdaptee"] = False
    o["entreprise"] = ent
    if nature == "app":
        o.update(typeContrat="CDD", typeContratLibelle="Contrat à durée déterminée - %d Mois" % months,
                 natureContrat="Contrat apprentissage", alternance=True)
    elif nature == "app_cdi":
        o.update(typeContrat="CDI", typeContratLibelle="Contrat à durée indéterminée",
                 natureContrat="Contrat apprentissage", alternance=True)
    elif nature == "pro":
        o.update(typeContrat="CDD", typeContratLibelle="Contrat à durée déterminée - %d Mois" % months,
                 natureContrat="Contrat de professionnalisation", alternance=True)
    elif nature == "cdi":
        o.update(typeContrat="CDI", typeContratLibelle="Contrat à durée indéterminée",
                 natureContrat="Contrat travail", alternance=False)
    elif nature == "cdd":
        o.update(typeContrat="CDD", typeContratLibelle="Contrat à durée déterminée - %d Mois" % months,
                 natureContrat="Contrat travail", alternance=False)
    elif nature == "sai":
        o.update(typeContrat="SAI", typeContratLibelle="Contrat travail saisonnier - %d Mois" % months,
                 natureContrat="Contrat travail", alternance=False)
    if exp == "D":
        o.update(experienceExige="D", experienceLibelle="Débutant accepté")
    else:
        o.update(experienceExige="E", experienceLibelle="%s An(s)" % exp)
    if form:
        o["formations"] = [{"domaineLibelle": f[0], "niveauLibelle": f[1], "exigence": f[2]} for f in form]
    if comp:
        o["competences"] = [{"libelle": x, "exigence": "S" if i % 3 else "E"} for i, x in enumerate(comp)]
    if qual:
        o["qualitesProfessionnelles"] = [{"libelle": QUAL[q][0], "description": QUAL[q][1]} for q in qual]
    if sal is None:
        sal = {"commentaire": "Selon âge et année d'apprentissage (grille légale)"} if o["alternance"] else \
              {"libelle": "Mensuel de 1850.00 Euros sur 12 mois"}
    o["salaire"] = sal
    o["dureeTravailLibelle"] = heures
    o["dureeTravailLibelleConverti"] = "Temps plein"
    if naf:
        o["codeNAF"] = naf
        o["secteurActivite"] = naf[:2]
        o["secteurActiviteLibelle"] = NAF[naf]
    if size:
        o["trancheEffectifEtab"] = SIZE_FT[size]
    o["alternance"] = o["alternance"]
    o["nombrePostes"] = postes
    o["accessibleTH"] = False
    if rome in ("D1102", "G1602", "I1604"):
        o["qualificationCode"], o["qualificationLibelle"] = "3", "Ouvrier qualifié (P1,P2)"
    else:
        o["qualificationCode"], o["qualificationLibelle"] = "6", "Employé qualifié"
    if contact is None:
        contact = {"courriel": "Pour postuler, utiliser le lien suivant : "
                               "https://candidat.francetravail.fr/offres/recherche/detail/%s" % oid}
    o["contact"] = contact
    if partner:
        o["origineOffre"] = {"origine": "2", "urlOrigine": partner[1],
                             "partenaires": [{"nom": partner[0], "url": partner[1]}]}
    else:
        o["origineOffre"] = {"origine": "1",
                             "urlOrigine": "https://candidat.francetravail.fr/offres/recherche/detail/%s" % oid}
    FT[key] = o
    META[key] = {"source": "france_travail", "created": d, "commune": commune}
    return o


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    out = []
    for ch in s:
        out.append(ch if ch.isalnum() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")[:60]


def _pick(lst, key, k):
    rng = random.Random("pick:" + key)
    lst = list(lst)
    rng.shuffle(lst)
    return lst[:k]


def lba(key, label, emp, title, created, desc, romes, start="2026-09-01", duration=24, ctype=("Apprentissage",),
        desired=None, acquired=None, access=None, diploma="3", delegated=False, phone=True, opening=1,
        website=None, edesc=None, remote="onsite", pjid=None):
    e = EMP[emp]
    d = when(created, key)
    oid = object_id(key, d)
    rome = romes[0]
    if label == "offres_emploi_lba":
        pj = oid
        url = "https://labonnealternance.apprentissage.beta.gouv.fr/emploi/offres_emploi_lba/%s/%s" % (oid, slug(title))
        recipient = "jobs_partners_%s" % oid
    elif label == "Hellowork":
        pj = pjid or str(60000000 + int(h("hw" + key)[:6], 16) % 9999999)
        url = "https://www.hellowork.com/fr-fr/emplois/%s.html" % pj
        recipient = None
    elif label == "Meteojob":
        pj = pjid or str(41000000 + int(h("mj" + key)[:6], 16) % 999999)
        url = "https://www.meteojob.com/candidat/offres/offre-d-emploi-%s-%s" % (slug(title), pj)
        recipient = None
    else:
        raise ValueError(label)
    brand = None if delegated else e["brand"]
    job = {
        "identifier": {"id": oid, "partner_label": label, "partner_job_id": pj},
        "workplace": {
            "siret": e["siret"],
            "brand": brand,
            "legal_name": e["legal"],
            "website": website if website is not None else e["website"],
            "name": e["name"],
            "description": edesc if edesc is not None else e["description"],
            "size": e["size"],
            "location": {"address": e["address"],
                         "geopoint": {"type": "Point", "coordinates": [e["geo"][0], e["geo"][1]]}},
            "domain": {"idcc": e["idcc"], "opco": e["opco"],
                       "naf": {"code": e["naf"].replace(".", ""), "label": NAF[e["naf"]]}},
        },
        "apply": {"url": url,
                  "phone": fiction_phone(emp, mobile=(e["size"] in ("1-2", "3-5"))).replace(" ", "") if phone else None,
                  "recipient_id": recipient},
        "contract": {"start": start + "T00:00:00.000Z" if start else None, "duration": duration,
                     "type": list(ctype), "remote": remote},
        "offer": {
            "title": title,
            "rome_codes": list(romes),
            "description": desc,
            "target_diploma": {"european": diploma, "label": DIPLOMA[diploma]} if diploma else None,
            "desired_skills": desired if desired is not None else _pick(DESIRED[rome], key, 2),
            "to_be_acquired_skills": acquired if acquired is not None else _pick(ACQ[rome], key, 3),
            "access_conditions": access if access is not None else [],
            "publication": {"creation": iso(d), "expiration": iso(d + dt.timedelta(days=61))},
            "opening_count": opening,
            "status": "Active",
        },
        "is_delegated": delegated,
    }
    LBA[key] = job
    META[key] = {"source": "lba", "created": d, "commune": e["commune"]}
    return job


def truncate(s, n):
    if len(s) <= n:
        return s
    cut = s[:n]
    sp = cut.rfind(" ")
    return cut[:sp].rstrip(" ,;:-\n") + "..."


def relay(key, ftkey, title=None, text="same", n=None, name=True, extra=(), ctype=("Apprentissage",),
          duration=24, access=None, desc_ent=True, delay_h=0):
    """La bonne alternance job relayed from France Travail (partner_label 'France Travail')."""
    f = FT[ftkey]
    c = COMMUNES[META[ftkey]["commune"]]
    d = META[ftkey]["created"] + dt.timedelta(hours=delay_h)
    oid = object_id(key, d)
    desc = f["description"]
    if text == "trunc":
        desc = truncate(desc, n)
    elif text == "ws":       # blank lines dropped, runs of spaces collapsed
        lines = [" ".join(x.split()) for x in desc.split("\n")]
        desc = "\n".join(x for x in lines if x)
    elif text == "flat":     # everything on one line
        desc = " ".join(desc.split())
    elif text == "crlf":
        desc = desc.replace("\n", "\r\n") + "\r\n"
    if title is None:
        title = f["intitule"]
    nm = f["entreprise"].get("nom") if name else None
    naf = f.get("codeNAF")
    if access is None:
        access = ["%s - %s" % (x["domaineLibelle"], x["niveauLibelle"]) for x in f.get("formations", [])]
    job = {
        "identifier": {"id": oid, "partner_label": "France Travail", "partner_job_id": f["id"]},
        "workplace": {
            "siret": None, "brand": None, "legal_name": None, "website": None,
            "name": nm,
            "description": f["entreprise"].get("description") if desc_ent else None,
            "size": None,
            "location": {"address": "%s - %s" % (c[2], c[0]),
                         "geopoint": {"type": "Point", "coordinates": [f["lieuTravail"]["longitude"],
                                                                       f["lieuTravail"]["latitude"]]}},
            "domain": {"idcc": None, "opco": None,
                       "naf": {"code": naf.replace(".", ""), "label": NAF[naf]} if naf else None},
        },
        "apply": {"url": "https://candidat.francetravail.fr/offres/recherche/detail/%s" % f["id"], "phone": None,
                  "recipient_id": None},
        "contract": {"start": None, "duration": duration, "type": list(ctype), "remote": None},
        "offer": {
            "title": title,
            "rome_codes": [f["romeCode"]] + list(extra),
            "description": desc,
            "target_diploma": None,
            "desired_skills": [],
            "to_be_acquired_skills": [],
            "access_conditions": access,
            "publication": {"creation": iso(d), "expiration": iso(d + dt.timedelta(days=60))},
            "opening_count": f.get("nombrePostes", 1),
            "status": "Active",
        },
        "is_delegated": False,
    }
    LBA[key] = job
    META[key] = {"source": "lba", "created": d, "commune": META[ftkey]["commune"]}
    return job


def ft_contact(name, street, cp_city, key, email=None, mobile=False):
    c = {"nom": name, "coordonnees1": street, "coordonnees2": cp_city, "telephone": fiction_phone(key, mobile)}
    if email:
        c["courriel"] = email
    return c


GROUPS = []
TRAPS = []


def group(kind, keys, note):
    GROUPS.append((kind, keys, note))


def trap(kind, keys, note):
    TRAPS.append((kind, keys, note))


# ==========================================================================
# Hand-written offers, groups and traps. All content is fictitious.
# ==========================================================================
# Keys: ft_* = France Travail offers, lba_* = La bonne alternance jobs, rl_* = LBA relays of France Travail offers.

F_BOUL_CAP = [("Boulangerie", "CAP, BEP et équivalents", "S")]
F_VENTE_CAP = [("Commerce", "CAP, BEP et équivalents", "S")]
F_VENTE_BAC = [("Commerce", "Bac ou équivalent", "S")]
F_CUIS_CAP = [("Cuisine", "CAP, BEP et équivalents", "S")]
F_SERV_CAP = [("Hôtellerie restauration", "CAP, BEP et équivalents", "S")]
F_AUTO_CAP = [("Mécanique automobile", "CAP, BEP et équivalents", "S")]
F_AUTO_BAC = [("Mécanique automobile", "Bac ou équivalent", "E")]

# ==========================================================================
# 1. BAKERIES (D1102 / D1106)
# ==========================================================================

# --- Boulangerie Lemarchand, Rouen: baker cross-posted (heavy rewrite) + a salesperson (other job) ---
ft("ft_lemarchand_boul", "rouen", "D1102", "Boulanger / Boulangère",
   "Apprenti boulanger / Apprentie boulangère (H/F)", "2026-02-16", T("""
La Boulangerie Lemarchand, boulangerie artisanale du centre-ville de Rouen, recherche un(e) apprenti(e) boulanger(ère) pour la rentrée de septembre 2026.

Vos missions, aux côtés du chef boulanger et de deux ouvriers :
- peser les ingrédients et préparer les pâtes (pain de tradition, pains spéciaux, brioches) ;
- diviser, bouler, façonner ;
- surveiller la pousse et enfourner ;
- participer à la fabrication des viennoiseries le week-end ;
- nettoyer et ranger le fournil en fin de production.

Horaires : 4h - 11h30, du mardi au samedi, un dimanche matin sur deux. Repos le lundi.
Formation : CAP Boulanger en 2 ans (CFA au choix du candidat, nous pouvons vous orienter).
Débutant accepté, la motivation compte plus que l'expérience. Une première approche (stage de 3e, stage découverte) est un plus.
Salaire selon la grille apprentissage + prime de fin d'année.
"""), nom="BOULANGERIE LEMARCHAND",
   edesc="Boulangerie artisanale familiale installée depuis 1987 dans le centre historique de Rouen. 7 salariés.",
   naf="10.71C", size="6-9", comp=COMP["D1102"][:4], qual=["rigueur", "equipe", "organisation"],
   form=F_BOUL_CAP,
   contact=ft_contact("BOULANGERIE LEMARCHAND - M. Thierry Lemarchand", "42 rue Beauvoisine", "76000 ROUEN",
                      "lemarchand", email="recrutement@boulangerie-lemarchand.example"))

lba("lba_lemarchand_boul", "offres_emploi_lba", "lemarchand", "Boulanger / Boulangère en apprentissage",
    "2026-02-21", T("""
Fournil artisanal au cœur de Rouen (pain au levain, tradition, viennoiserie maison). Tu apprendras tout le métier avec nous : pétrissage, façonnage, cuisson. Début de journée très tôt, fin en fin de matinée. Préparation du CAP en alternance, rentrée 2026.
"""), ["D1102"], desired=["Être ponctuel", "Aimer le travail manuel"],
    access=["Ce métier est accessible sans diplôme ; le CAP Boulanger est préparé pendant le contrat."])

ft("ft_lemarchand_vente", "rouen", "D1106", "Vendeur / Vendeuse en boulangerie-pâtisserie",
   "Vendeur / Vendeuse en boulangerie - apprentissage", "2026-02-24", T("""
La Boulangerie Lemarchand, boulangerie artisanale du centre-ville de Rouen, recherche un(e) apprenti(e) vendeur(se) pour la rentrée de septembre 2026.

Missions : accueil et conseil des clients, mise en place de la vitrine (pains, viennoiseries, pâtisseries), encaissement, préparation des commandes de sandwichs le midi, entretien de la boutique.

Horaires : 6h45-13h30 ou 13h30-20h, du mardi au samedi + un dimanche matin sur deux.
Formation : CAP Équipier polyvalent du commerce ou Bac pro Métiers du commerce et de la vente.
Débutant accepté.
"""), nom="BOULANGERIE LEMARCHAND",
   edesc="Boulangerie artisanale familiale installée depuis 1987 dans le centre historique de Rouen. 7 salariés.",
   naf="10.71C", size="6-9", qual=["service", "equipe"], form=F_VENTE_CAP,
   contact=ft_contact("BOULANGERIE LEMARCHAND - Mme Sylvie Lemarchand", "42 rue Beauvoisine", "76000 ROUEN",
                      "lemarchand2", email="recrutement@boulangerie-lemarchand.example"))

group("cross_post", ["ft_lemarchand_boul", "lba_lemarchand_boul"],
      "Same baker apprenticeship at Boulangerie Lemarchand (Rouen) posted by the employer on both boards 5 days "
      "apart; FT name 'BOULANGERIE LEMARCHAND' vs legal name 'SARL LEMARCHAND PERE ET FILS'; LBA text is a short "
      "informal rewrite (tutoiement) of the long FT text.")
trap("same_employer_other_job", ["lba_lemarchand_boul", "ft_lemarchand_vente"],
     "Same bakery and address, two openings: apprentice baker (D1102) and apprentice salesperson (D1106). The FT "
     "sales text reuses the baker offer's opening sentence.")

# --- Au Fournil Cauchois, Yvetot: relay (title re-cased) + a sales job on LBA (other job) ---
ft("ft_cauchois", "yvetot", "D1102", "Boulanger / Boulangère", "APPRENTI BOULANGER H/F", "2026-02-05", T("""
Boulangerie de campagne sur la place du marché d'Yvetot cherche apprenti boulanger (H/F) motivé.
Vous serez formé à la fabrication du pain (baguette, campagne, pain de seigle), des viennoiseries et de quelques produits traiteur (quiches, pizzas).
Travail de nuit / petit matin. Samedi travaillé.
CAP boulanger préparé en alternance (2 ans).
Possibilité de logement à proximité.
Permis B apprécié (pas de transport en commun aux heures de prise de poste).
"""), nom="AU FOURNIL CAUCHOIS", naf="10.71C", size="3-5", form=F_BOUL_CAP,
   contact=ft_contact("M. Pascal Heurtaux", "3 place des Belges", "76190 YVETOT", "cauchois", mobile=True))
relay("rl_cauchois", "ft_cauchois", title="Apprenti boulanger H/F", delay_h=3)
group("relay", ["ft_cauchois", "rl_cauchois"],
      "LBA relay of the FT offer (partner_job_id = FT id); identical text, title re-cased.")

lba("lba_cauchois_vente", "offres_emploi_lba", "cauchois", "Vendeuse / Vendeur en boulangerie (apprentissage)",
    "2026-03-02", T("""
Au Fournil Cauchois, sur la place du marché d'Yvetot, nous formons aussi à la vente ! Poste d'apprenti(e) vendeur(se) : accueil, conseil, encaissement, mise en place de la vitrine, préparation des commandes de quiches et pizzas du vendredi. Samedi travaillé, repos le lundi. CAP Équipier polyvalent du commerce.
"""), ["D1106"], access=["Accessible sans diplôme (CAP préparé en alternance)."])

# --- Le Petit Fournil vs Au Petit Fournil, both Caen: near-identical names, two companies ---
ft("ft_petitfournil", "caen", "D1102", "Boulanger / Boulangère", "Apprenti(e) boulanger(e)", "2026-03-03", T("""
Le Petit Fournil, quartier Saint-Jean à Caen, recrute un(e) apprenti(e) boulanger(e) pour préparer un CAP ou une mention complémentaire.
Vous participerez à toute la production : pétrissage, façonnage, cuisson des pains et viennoiseries.
Horaires de nuit, 5 jours sur 7. Débutant bienvenu.
"""), nom="LE PETIT FOURNIL", naf="10.71C", size="3-5", form=F_BOUL_CAP)

ft("ft_aupetitfournil", "caen", "D1102", "Boulanger / Boulangère",
   "Boulanger / Boulangère en apprentissage (H/F)", "2026-03-10", T("""
Boulangerie du quartier de Vaucelles (Caen) recherche un apprenti boulanger ou une apprentie boulangère.
Préparation du CAP Boulanger en 2 ans.
Vous apprendrez le pétrissage, le façonnage et la cuisson des pains de tradition et des viennoiseries au beurre AOP.
Prise de poste à 3h30, 5 jours par semaine, dimanche travaillé.
Débutant accepté.
"""), nom=None, naf="10.71C", size="3-5", qual=["rigueur", "autonomie"],
   contact=ft_contact("M. Julien Duval", "9 rue de Vaucelles", "14000 CAEN", "aupetitfournil", mobile=True))
lba("lba_aupetitfournil", "offres_emploi_lba", "aupetitfournil", "Apprenti boulanger (H/F)", "2026-03-12", T("""
Au Petit Fournil (Vaucelles, Caen) cherche son apprenti(e) boulanger(e) pour la rentrée. CAP Boulanger en 2 ans.
Pétrissage, façonnage, cuisson : pains de tradition et viennoiseries au beurre AOP.
Début à 3h30, 5 jours/semaine, dimanche matin travaillé. Pas d'expérience exigée.
"""), ["D1102"])
group("cross_post", ["ft_aupetitfournil", "lba_aupetitfournil"],
      "Au Petit Fournil (Caen, Vaucelles) posted its baker apprenticeship on both boards 2 days apart; no employer "
      "name on the FT side; light rewrite.")
trap("similar_employer_name", ["ft_petitfournil", "ft_aupetitfournil"],
     "'Le Petit Fournil' (SAS LPF CAEN, quartier Saint-Jean) and 'Au Petit Fournil' (EURL DUVAL BOULANGERIE, "
     "Vaucelles) are two different bakeries in Caen with near-identical names, both hiring a baker apprentice a "
     "week apart.")

# --- Maison Féret: regional chain, same sales template in Le Havre (relayed), Caen, Évreux ---
FERET = T("""
Maison Féret, réseau de 14 boulangeries en Normandie, recrute pour son magasin {mag} un(e) vendeur(se) en boulangerie en contrat d'apprentissage.

Au sein d'une équipe de {eq} personnes, vous :
• accueillez et conseillez nos clients ;
• mettez en valeur les produits en vitrine et en rayon ;
• préparez les commandes et les sandwichs ;
• tenez la caisse ;
• respectez les règles d'hygiène (HACCP) et participez au nettoyage du magasin.

Profil : vous avez le sourire, le sens du service et l'envie d'apprendre. Formation visée : CAP Équipier polyvalent du commerce ou Bac pro Métiers du commerce et de la vente.
Horaires en roulement (ouverture 6h30 / fermeture 20h), travail le week-end.
Avantages : repas pris en charge, prime d'assiduité, tenue fournie.
""")
FERET_DESC = "Boulangeries-pâtisseries artisanales, 14 magasins en Normandie, 230 collaborateurs."
ft("ft_feret_havre", "lehavre", "D1106", "Vendeur / Vendeuse en boulangerie-pâtisserie",
   "Vendeur / Vendeuse en boulangerie en alternance (H/F)", "2026-02-10",
   FERET.format(mag="du Havre (quartier Coty)", eq="8"), nom="MAISON FERET", edesc=FERET_DESC, naf="47.24Z",
   size="10-19", qual=["service", "equipe", "reactivite"], comp=COMP["D1106"][:3], form=F_VENTE_CAP)
relay("rl_feret_havre", "ft_feret_havre", text="trunc", n=330, delay_h=6)
ft("ft_feret_caen", "caen", "D1106", "Vendeur / Vendeuse en boulangerie-pâtisserie",
   "Vendeur / Vendeuse en boulangerie en alternance (H/F)", "2026-02-11",
   FERET.format(mag="de Caen (rive droite)", eq="10"), nom="MAISON FERET", edesc=FERET_DESC, naf="47.24Z",
   size="10-19", qual=["service", "equipe", "reactivite"], comp=COMP["D1106"][:3], form=F_VENTE_CAP)
ft("ft_feret_evreux", "evreux", "D1106", "Vendeur / Vendeuse en boulangerie-pâtisserie",
   "Vendeur / Vendeuse en boulangerie en alternance (H/F)", "2026-02-11",
   FERET.format(mag="d'Évreux (Netreville)", eq="6"), nom="MAISON FERET", edesc=FERET_DESC, naf="47.24Z",
   size="6-9", qual=["service", "equipe", "reactivite"], comp=COMP["D1106"][:3], form=F_VENTE_CAP)
group("relay", ["ft_feret_havre", "rl_feret_havre"],
      "LBA relay of the Le Havre Maison Féret offer; description cut short (about 330 characters).")
trap("chain_template", ["rl_feret_havre", "ft_feret_caen", "ft_feret_evreux"],
     "Regional chain Maison Féret posts one template for three different shops (Le Havre, Caen, Évreux) within "
     "two days: three distinct jobs at three workplaces, only the shop name and team size differ.")

# --- Boulangerie du Pollet, Dieppe: republished on FT 3 weeks later, lightly edited ---
POLLET = T("""
Boulangerie-pâtisserie du quartier du Pollet à Dieppe, 5 salariés, recherche un apprenti boulanger (H/F) {quand}.
Vous travaillerez avec le patron au fournil : pains, viennoiseries, pains spéciaux (céréales, seigle, pain aux algues le week-end).
Contrat d'apprentissage 24 mois, CAP Boulanger (CFA de Dieppe ou autre).
Horaires : 3h-10h30. Deux jours de repos consécutifs (dimanche après-midi et lundi).
Débutant accepté, sérieux et ponctualité indispensables.{fin}
""")
ft("ft_pollet_1", "dieppe", "D1102", "Boulanger / Boulangère", "Apprenti boulanger (H/F)", "2026-02-03",
   POLLET.format(quand="à partir de mars", fin=""), nom="BOULANGERIE DU POLLET", naf="10.71C", size="3-5",
   form=F_BOUL_CAP, comp=COMP["D1102"][:3])
ft("ft_pollet_2", "dieppe", "D1102", "Boulanger / Boulangère", "Apprenti boulanger H/F - Dieppe", "2026-02-26",
   POLLET.format(quand="dès que possible", fin="\nPoste toujours à pourvoir !"), nom="BOULANGERIE DU POLLET",
   naf="10.71C", size="3-5", form=F_BOUL_CAP, comp=COMP["D1102"][:3])
group("double_pull", ["ft_pollet_1", "ft_pollet_2"],
      "Boulangerie du Pollet republished its baker apprenticeship on France Travail 23 days later under a new id: "
      "start date wording changed, one line added, title suffixed with the town.")

# --- Les Pains d'Hélène, Évreux: sales apprenticeship, FT without employer name, light rewrite ---
ft("ft_helene", "evreux", "D1106", "Vendeur / Vendeuse en boulangerie-pâtisserie",
   "Vendeuse / Vendeur en boulangerie-pâtisserie - Apprentissage", "2026-03-02", T("""
Boulangerie-pâtisserie artisanale du centre d'Évreux recherche un(e) apprenti(e) vendeur(se).
Vous accueillez la clientèle, conseillez sur les produits (pains au levain, pâtisseries maison, chocolats), encaissez et veillez à la bonne présentation de la vitrine.
Vous participez aussi à la préparation du snacking le midi (sandwichs, salades).
Formation : CAP Équipier polyvalent du commerce, 2 ans.
Horaires : 7h-13h ou 13h-19h30 selon planning, samedi travaillé, 1 dimanche sur 2.
Qualités attendues : présentation soignée, amabilité, rigueur avec la caisse.
"""), nom=None, naf="10.71C", size="6-9", qual=["service", "rigueur"], form=F_VENTE_CAP)
lba("lba_helene", "offres_emploi_lba", "helene", "Vendeur(se) en boulangerie pâtisserie", "2026-03-14", T("""
Aux Pains d'Hélène, la vente c'est aussi du conseil : nos clients aiment savoir comment est fait le pain au levain ou ce qu'il y a dans la pâtisserie du jour.

En apprentissage (CAP Équipier polyvalent du commerce, 2 ans), vous accueillez la clientèle, encaissez, tenez la vitrine propre et attrayante et aidez à la préparation des sandwichs et salades du midi.

Planning : 7h-13h ou 13h-19h30, samedi travaillé, un dimanche sur deux.
Nous attendons une présentation soignée, de l'amabilité et de la rigueur en caisse.
"""), ["D1106"])
group("cross_post", ["ft_helene", "lba_helene"],
      "Les Pains d'Hélène (EURL HB PAINS, Évreux) sales apprenticeship: FT offer has no employer name, LBA posted "
      "12 days later; sentences reordered, one added, same schedule and diploma.")

# --- Rouen: two different bakeries, near-identical short generic texts on LBA ---
lba("lba_saintmarc", "offres_emploi_lba", "saintmarc", "Apprenti boulanger H/F", "2026-03-18", T("""
Nous recherchons un apprenti boulanger motivé pour préparer le CAP. Débutant accepté. Travail en équipe, horaires du matin.
"""), ["D1102"], desired=["Motivation"], acquired=[])
lba("lba_martainville", "offres_emploi_lba", "martainville", "Apprenti(e) boulanger", "2026-03-20", T("""
Nous recherchons un(e) apprenti(e) boulanger motivé(e) pour préparer un CAP Boulanger. Débutants acceptés. Horaires du matin, travail en équipe.
"""), ["D1102"], desired=[], acquired=[])
trap("similar_generic_text", ["lba_saintmarc", "lba_martainville"],
     "Two different Rouen bakeries (SARL BSM place Saint-Marc; SAS LE FOURNIL DE MARTAINVILLE rue Martainville, "
     "different SIRETs, a few hundred metres apart) posting almost the same two-line generic text 2 days apart.")

# --- CFA des Métiers du Goût (delegated offers): Hamel in Elbeuf and a bakery in Louviers ---
CFA_GOUT = T("""
Le CFA des Métiers du Goût recrute pour l'une de ses entreprises partenaires, {ent}, un(e) apprenti(e) boulanger(ère) en CAP Boulanger (2 ans).

Au sein de l'entreprise, vous participerez à {missions}, sous la conduite d'un maître d'apprentissage expérimenté.

Au CFA : 12 semaines de formation par an, plateau technique équipé, accompagnement personnalisé.
Conditions : avoir entre 15 ans (sortie de 3e) et 29 ans révolus. Horaires de l'entreprise : très tôt le matin, repos en semaine.{plus}
Candidature : {cand}
""")
CFA_GOUT_DESC = "Centre de formation d'apprentis des métiers de bouche : boulangerie, pâtisserie, boucherie, cuisine."
ft("ft_hamel", "elbeuf", "D1102", "Boulanger / Boulangère", "Boulanger H/F en apprentissage", "2026-03-05", T("""
Notre boulangerie, située rue principale à Elbeuf, recrute un boulanger en apprentissage (H/F).
Missions :
 - fabrication des pains courants et spéciaux
 - façonnage et cuisson des viennoiseries
 - aide à la préparation des commandes pour les restaurants et la cantine municipale
 - nettoyage du matériel
Vous serez encadré par un maître d'apprentissage primé au concours régional du meilleur croissant.
Contrat de 2 ans, CAP Boulanger.
Prise de poste 4h00. Repos mercredi + dimanche après-midi.
"""), nom="BOULANGERIE HAMEL", naf="10.71C", size="6-9", comp=COMP["D1102"][1:5], qual=["equipe"],
   contact=ft_contact("BOULANGERIE HAMEL - Mme Hamel", "112 rue des Martyrs", "76500 ELBEUF", "hamel"))
lba("lba_cfa_hamel", "offres_emploi_lba", "cfagout", "Apprenti(e) boulanger(ère) – CAP – secteur Elbeuf",
    "2026-03-09", CFA_GOUT.format(
        ent="boulangerie artisanale située à Elbeuf (76500)",
        missions="la fabrication des pains, des viennoiseries et des commandes professionnelles (restaurants, "
                 "restauration scolaire)",
        plus="",
        cand="CV + quelques lignes sur votre motivation, notre chargée de relations entreprises vous recontacte "
             "sous 48h."),
    ["D1102"], delegated=True, edesc=CFA_GOUT_DESC,
    access=["Avoir entre 15 et 29 ans révolus à la signature du contrat."])
group("cross_post", ["ft_hamel", "lba_cfa_hamel"],
      "Same baker apprenticeship at Boulangerie Hamel (Elbeuf): posted by the bakery on FT and, 4 days later, by its "
      "training centre on LBA (is_delegated true: SIRET, name and address are the CFA's, in Saint-Étienne-du-"
      "Rouvray). Heavily rewritten, different titles; the bakery is only described ('boulangerie artisanale "
      "située à Elbeuf').")

lba("lba_hamel_vente", "offres_emploi_lba", "hamel", "Apprentie vendeuse / Apprenti vendeur", "2026-03-23", T("""
Boulangerie Hamel à Elbeuf : nous cherchons un(e) apprenti(e) pour la vente en boutique. Accueil des clients, conseil, encaissement, mise en rayon des pains et viennoiseries, préparation des commandes des restaurants. CAP EPC en 2 ans.
"""), ["D1106"])

CFA_VASSEUR_1 = CFA_GOUT.format(
    ent="boulangerie-pâtisserie située à Louviers (27400)",
    missions="la fabrication des pains et viennoiseries ainsi qu'à la préparation des pièces de pâtisserie "
             "boulangère (flans, tartes)",
    plus="",
    cand="CV + quelques lignes sur votre motivation, notre chargée de relations entreprises vous recontacte sous 48h.")
CFA_VASSEUR_2 = CFA_GOUT.format(
    ent="boulangerie-pâtisserie située à Louviers (27400)",
    missions="la fabrication des pains et viennoiseries ainsi qu'à la préparation des pièces de pâtisserie "
             "boulangère (flans, tartes)",
    plus="\nDémarrage possible dès avril.",
    cand="envoyez votre CV, notre chargée de relations entreprises vous rappelle rapidement.")
lba("lba_cfa_vasseur_1", "offres_emploi_lba", "cfagout", "Apprenti(e) boulanger(ère) – CAP – secteur Louviers",
    "2026-02-12", CFA_VASSEUR_1, ["D1102"], delegated=True, edesc=CFA_GOUT_DESC,
    access=["Avoir entre 15 et 29 ans révolus à la signature du contrat."])
lba("lba_cfa_vasseur_2", "offres_emploi_lba", "cfagout", "Apprenti(e) boulanger(ère) - CAP - Louviers / Val-de-Reuil",
    "2026-03-05", CFA_VASSEUR_2, ["D1102"], delegated=True, edesc=CFA_GOUT_DESC, start="2026-04-13",
    access=["Avoir entre 15 et 29 ans révolus à la signature du contrat."])
group("double_pull", ["lba_cfa_vasseur_1", "lba_cfa_vasseur_2"],
      "The CFA republished its delegated offer for the Louviers bakery on LBA 3 weeks later: same template, one "
      "sentence added, application line and title reworded, start date moved.")
trap("cfa_template", ["lba_cfa_hamel", "lba_cfa_vasseur_1"],
     "Both delegated by the same CFA (same SIRET, name and address in Saint-Étienne-du-Rouvray) with the same "
     "template, but for two different bakeries (Elbeuf vs Louviers): distinct jobs.")

# --- Boulangerie Costil, Lisieux: same job re-opened 7 months later (new hire) ---
COSTIL = T("""
Boulangerie Pâtisserie Costil (Lisieux, 8 salariés) recrute un(e) apprenti(e) boulanger(ère) pour la rentrée de septembre {an}.
CAP Boulanger en 2 ans. Vous apprendrez la fabrication des pains (tradition, céréales, pain brié), des viennoiseries et des brioches.
Horaires : 4h30 - 12h, 5 jours par semaine, dimanche matin travaillé.
Notre précédent apprenti a obtenu son CAP et reste dans l'équipe : nous formons pour embaucher !
""")
ft("ft_costil_2025", "lisieux", "D1102", "Boulanger / Boulangère", "Apprenti(e) boulanger(ère)", "2025-08-19",
   COSTIL.format(an="2025"), nom="BOULANGERIE PATISSERIE COSTIL", naf="10.71C", size="6-9", form=F_BOUL_CAP,
   upd=2)
ft("ft_costil_2026", "lisieux", "D1102", "Boulanger / Boulangère", "Apprenti(e) boulanger(ère)", "2026-03-16",
   COSTIL.format(an="2026"), nom="BOULANGERIE PATISSERIE COSTIL", naf="10.71C", size="6-9", form=F_BOUL_CAP)
trap("rehire_after_6_months", ["ft_costil_2025", "ft_costil_2026"],
     "Same bakery, same title and nearly the same text, but created in August 2025 and March 2026 for two "
     "different school years: a new apprentice each time, not a republication.")

# --- La Mie Alençonnaise: relay with line breaks flattened and employer name dropped ---
ft("ft_miealencon", "alencon", "D1102", "Boulanger / Boulangère", "Apprenti boulanger (H/F)", "2026-03-23", T("""
Vous souhaitez apprendre le métier de boulanger dans une entreprise à taille humaine ?

La Mie Alençonnaise (3 boutiques, 1 fournil central) vous propose un contrat d'apprentissage de 2 ans (CAP Boulanger ou MC Boulangerie spécialisée).

Au programme :
- pétrissage en lien avec le chef de production
- façonnage manuel des baguettes de tradition
- gestion de la fermentation (pousse contrôlée)
- cuisson au four à sole

Horaires de nuit : 22h - 5h30 (majoration)
Le fournil se trouve en zone d'activité : véhicule conseillé.
"""), nom="LA MIE ALENCONNAISE", naf="10.71C", size="20-49", comp=COMP["D1102"][:3], qual=["rigueur"],
   form=F_BOUL_CAP)
relay("rl_miealencon", "ft_miealencon", text="flat", name=False, delay_h=1)
group("relay", ["ft_miealencon", "rl_miealencon"],
      "LBA relay: same text put on one line, no employer name on the LBA side.")

# --- Boulangerie du Port, Cherbourg: relay with an extra ROME code ---
ft("ft_port_cherbourg", "cherbourg", "D1106", "Vendeur / Vendeuse en boulangerie-pâtisserie",
   "Vendeur / vendeuse en boulangerie (apprentissage)", "2026-02-18", T("""
Boulangerie près du port de Cherbourg recherche vendeur/vendeuse en apprentissage. Accueil clients, encaissement, mise en rayon, préparation de sandwichs. Ouvert 7j/7 en saison : planning tournant. Formation CAP EPC ou bac pro commerce.
"""), nom="BOULANGERIE DU PORT", naf="10.71C", size="6-9")
relay("rl_port_cherbourg", "ft_port_cherbourg", extra=["D1102"], delay_h=2)
group("relay", ["ft_port_cherbourg", "rl_port_cherbourg"],
      "LBA relay: identical text, rome_codes gain D1102 next to D1106.")

# --- Bakery fillers (distinct offers of the same trades and towns) ---
ft("ft_fournil_eure", "lehavre", "D1102", "Ouvrier boulanger / Ouvrière boulangère", "Boulanger / Boulangère (H/F)",
   "2026-02-19", T("""
Boulangerie artisanale du Havre (quartier Sainte-Marie) recherche un boulanger confirmé en CDI.

Vous assurez la production en autonomie de 3h à 10h : pains de tradition, pains spéciaux, viennoiseries. Vous gérez la pousse contrôlée et les commandes des professionnels (restaurants, hôtels).

CAP exigé + 2 ans d'expérience minimum.
39h hebdomadaires, heures de nuit majorées, 2 jours de repos consécutifs.
"""), nom="LE FOURNIL DE L'EURE", nature="cdi", exp="2", naf="10.71C", size="6-9", comp=COMP["D1102"],
   qual=["autonomie", "rigueur", "organisation"], sal={"libelle": "Mensuel de 2100.00 Euros à 2300.00 Euros sur 12 mois"},
   heures="39H Horaires normaux", form=[("Boulangerie", "CAP, BEP et équivalents", "E")])

lba("lba_vimont", "offres_emploi_lba", "vimont", "Boulanger / Boulangère", "2026-03-26", T("""
Fabrique les pains et les viennoiseries : prépare les pâtes, les façonne et surveille la cuisson, dans le respect des règles d'hygiène alimentaire. Peut préparer des produits de snacking.
"""), ["D1102"], access=["Ce métier est accessible avec un CAP Boulanger ou en apprentissage."])
lba("lba_quatresaisons", "offres_emploi_lba", "quatresaisons", "Boulanger / Boulangère", "2026-04-06", T("""
Fabrique les pains et les viennoiseries : prépare les pâtes, les façonne et surveille la cuisson, dans le respect des règles d'hygiène alimentaire. Peut préparer des produits de snacking.
"""), ["D1102"], access=["Ce métier est accessible avec un CAP Boulanger ou en apprentissage."])

ft("ft_rocher", "saintlo", "D1102", "Boulanger / Boulangère", "Apprenti boulanger - CAP (H/F)", "2026-02-09", T("""
BOULANGERIE DU ROCHER - SAINT-LO
Nous recherchons un apprenti pour préparer le CAP boulanger en 2 ans. Vous serez formé par le patron et un ouvrier boulanger : pétrissage, façonnage, cuisson, viennoiserie.
Horaires du matin, repos dimanche après-midi et lundi.
Merci de vous présenter directement au magasin avec votre CV.
"""), nom="BOULANGERIE DU ROCHER", naf="10.71C", size="3-5", form=F_BOUL_CAP)

ft("ft_saintsever", "rouen", "D1106", "Vendeur / Vendeuse en boulangerie-pâtisserie",
   "Vendeur / Vendeuse en boulangerie-pâtisserie (H/F)", "2026-03-17", T("""
Boulangerie-pâtisserie rive gauche (Saint-Sever) recrute un(e) apprenti(e) vendeur(se) en CAP EPC ou Bac pro MCV.
Vous serez chargé(e) de l'accueil, du conseil, de l'encaissement et de la mise en valeur des produits. Vous participerez à la mise en place du snacking et au nettoyage de la boutique.
Horaires en roulement, samedi et dimanche matin travaillés, repos 2 jours en semaine.
"""), nom=None, naf="10.71C", size="6-9", qual=["service", "equipe"], cp="76100")

ft("ft_fecamp_cdd", "fecamp", "D1102", "Ouvrier boulanger / Ouvrière boulangère",
   "Ouvrier boulanger (H/F) - CDD saison", "2026-04-13", T("""
Pour la saison d'été, boulangerie du centre de Fécamp renforce son équipe : ouvrier boulanger en CDD de 5 mois (mai à septembre).
Production pains et viennoiseries, 3h-10h, 39h/semaine. CAP boulanger + première expérience exigés.
Logement possible.
"""), nom="BOULANGERIE DU BOUT MENTEUX", nature="cdd", months=5, exp="1", naf="10.71C", size="3-5",
   sal={"libelle": "Horaire de 12.40 Euros sur 12 mois", "commentaire": "heures de nuit majorées"},
   heures="39H Horaires normaux")

lba("lba_thuillier", "Hellowork", "thuillier", "Vendeur en Boulangerie en Alternance H/F", "2026-02-27", T("""
La Boulangerie Thuillier recrute un(e) Vendeur(se) en alternance pour sa boutique du Havre !

Vos missions :
- Accueillir et servir les clients
- Conseiller sur nos produits (pains spéciaux, pâtisseries, snacking)
- Encaisser et tenir la caisse
- Mettre en place et réassortir les vitrines
- Participer à l'entretien du magasin

Profil recherché :
Vous préparez un CAP Équipier polyvalent du commerce ou un Bac pro commerce. Vous aimez le contact client et le travail en équipe.

Informations complémentaires :
- Contrat : Alternance (Apprentissage)
- Temps plein, horaires en roulement, week-end travaillé
- Lieu : Le Havre (76)
"""), ["D1106"], desired=[], acquired=[], phone=False)

lba("lba_village", "offres_emploi_lba", "village", "Apprenti(e) boulanger(ère)", "2026-04-01", T("""
Boulangerie de quartier à Mont-Saint-Aignan (proche campus), nous fabriquons tout sur place. Nous proposons un contrat d'apprentissage en CAP Boulanger, avec possibilité de poursuivre en mention complémentaire. Tu seras formé(e) au pétrissage, au façonnage et à la cuisson des pains et viennoiseries. Horaires du matin, 5 jours par semaine.
"""), ["D1102"])

ft("ft_arcades", "dieppe", "D1106", "Vendeur / Vendeuse en boulangerie-pâtisserie",
   "Apprenti(e) vendeur(se) en boulangerie", "2026-03-24", T("""
Boulangerie-pâtisserie sous les arcades de la Bourse à Dieppe recherche apprenti(e) vendeur(se).
Service au comptoir, conseil, encaissement, mise en place de la vitrine et des pâtisseries, préparation des plateaux pour les commandes.
CAP EPC, 2 ans. Travail le week-end, repos lundi et un autre jour.
"""), nom="BOULANGERIE DES ARCADES", naf="10.71C", size="6-9", qual=["service"])

ft("ft_belebat", "evreux", "D1102", "Boulanger / Boulangère", "Apprenti(e) boulanger(ère) H/F", "2026-04-15", T("""
Boulangerie de quartier à Évreux (La Madeleine) recherche un(e) apprenti(e) boulanger(ère).

Ce que nous proposons :
✔ un contrat d'apprentissage de 2 ans (CAP Boulanger)
✔ un maître d'apprentissage disponible et pédagogue
✔ une production 100 % maison, farines de meuniers normands

Horaires : 4h-11h, 5 jours / 7. Repos le dimanche après-midi et le mercredi.
"""), nom="BOULANGERIE DE LA MADELEINE", naf="10.71C", size="3-5", form=F_BOUL_CAP, comp=COMP["D1102"][:2])

# ==========================================================================
# 2. FOOD RETAIL (D1106)
# ==========================================================================

# --- Hyper Rive Gauche (Saint-Étienne-du-Rouvray): two jobs under the same ROME code ---
ft("ft_hyper_fromage", "serv", "D1106", "Vendeur / Vendeuse en fromagerie",
   "Vendeur rayon fromage / traiteur en alternance (H/F)", "2026-03-25", T("""
Hyper Rive Gauche, hypermarché de 9 000 m² à Saint-Étienne-du-Rouvray, 220 collaborateurs, recrute pour son rayon Fromagerie - Traiteur - Charcuterie à la coupe un(e) vendeur(se) en contrat d'apprentissage.

Votre quotidien :
- Accueillir, servir et conseiller les clients au comptoir (découpe, pesée, emballage, étiquetage)
- Mettre en place le rayon à l'ouverture et veiller à la fraîcheur des produits (DLC, rotation)
- Réceptionner les livraisons et contrôler les températures
- Participer aux animations commerciales (foire aux fromages, fêtes de fin d'année)
- Appliquer les règles d'hygiène et de sécurité alimentaire (HACCP, traçabilité)

Formation préparée : Bac pro Métiers du commerce et de la vente ou CAP Équipier polyvalent du commerce, en partenariat avec un CFA de l'agglomération rouennaise.
Horaires : du lundi au samedi, 35h, amplitude 7h-20h.
Avantages : remise collaborateur, mutuelle, restaurant d'entreprise.
"""), nom="HYPER RIVE GAUCHE", naf="47.11F", size="200-249", comp=COMP["D1106"], qual=["service", "rigueur", "equipe"],
   form=F_VENTE_BAC)
lba("lba_hyper_fromage", "Hellowork", "hyper", "Apprenti(e) Employé(e) Commercial Coupe - Fromage/Traiteur H/F",
    "2026-04-10", T("""
Envie de travailler les produits frais ? Rejoignez l'équipe coupe de notre hyper.
Derrière le comptoir, vous servez la clientèle, tranchez et emballez fromages, charcuteries et plats traiteur, et gardez un œil sur la fraîcheur des produits. Vous aidez aussi à la réception de la marchandise.
Alternance CAP/Bac pro commerce - 35h/semaine - samedis travaillés.
Poste basé à Saint-Étienne-du-Rouvray (76).
"""), ["D1106"], desired=[], acquired=[], phone=False, diploma="4")
group("cross_post", ["ft_hyper_fromage", "lba_hyper_fromage"],
      "Hyper Rive Gauche (SAS SEINE SUD DISTRIBUTION) cheese/deli counter apprenticeship on FT and, 16 days later, "
      "through Hellowork on LBA; heavily rewritten and much shorter, different title.")

ft("ft_hyper_fl", "serv", "D1106", "Vendeur / Vendeuse en fruits et légumes",
   "Employé(e) de rayon fruits et légumes - Apprentissage (H/F)", "2026-03-30", T("""
Hyper Rive Gauche, hypermarché de 9 000 m² à Saint-Étienne-du-Rouvray, recrute pour son rayon Fruits et Légumes un(e) apprenti(e).

Vos missions :
- Mise en rayon et présentation des fruits et légumes (merchandising, étiquetage prix)
- Retrait des produits abîmés, suivi de la fraîcheur
- Conseil aux clients et pesée
- Réception des marchandises tôt le matin (début 5h30)

Formation : Bac pro Métiers du commerce et de la vente.
35h du lundi au samedi. Remise collaborateur, mutuelle.
"""), nom="HYPER RIVE GAUCHE", naf="47.11F", size="200-249", qual=["rigueur", "equipe"], form=F_VENTE_BAC)
relay("rl_hyper_fl", "ft_hyper_fl", title="Employé(e) De Rayon Fruits Et Légumes - Apprentissage (H/F)", text="ws",
      delay_h=4)
group("relay", ["ft_hyper_fl", "rl_hyper_fl"],
      "LBA relay: blank lines removed, title in title case.")
trap("same_employer_same_rome", ["ft_hyper_fromage", "ft_hyper_fl"],
     "Same hypermarket, same address, same ROME code D1106, five days apart, shared opening sentence: two "
     "different openings (cheese/deli counter vs fruit and vegetables).")

# --- Fromagerie du Vieux Bassin, Honfleur: identical republication on FT ---
VBASSIN = T("""
Petite fromagerie-crèmerie (2 personnes) à deux pas du Vieux Bassin recherche apprenti(e) vendeur(se). Découpe, conseil, plateaux de fromages pour les restaurants, marchés du samedi. Vous aimez les produits normands (camembert, pont-l'évêque, livarot...) et le contact avec les touristes ? Ce poste est fait pour vous. CAP crémier-fromager ou CAP EPC. Travail le week-end, repos lundi et mardi.
""")
ft("ft_vbassin_1", "honfleur", "D1106", "Vendeur / Vendeuse en fromagerie", "Apprenti(e) vendeur(se) en fromagerie",
   "2026-02-09", VBASSIN, nom="FROMAGERIE DU VIEUX BASSIN", naf="47.29Z", size="1-2",
   contact=ft_contact("Mme Claire Fouquet", "4 rue de l'Homme de Bois", "14600 HONFLEUR", "vbassin", mobile=True))
ft("ft_vbassin_2", "honfleur", "D1106", "Vendeur / Vendeuse en fromagerie", "Apprenti(e) vendeur(se) en fromagerie",
   "2026-02-19", VBASSIN, nom="FROMAGERIE DU VIEUX BASSIN", naf="47.29Z", size="1-2",
   contact=ft_contact("Mme Claire Fouquet", "4 rue de l'Homme de Bois", "14600 HONFLEUR", "vbassin", mobile=True))
group("double_pull", ["ft_vbassin_1", "ft_vbassin_2"],
      "Same offer published twice on France Travail 10 days apart, text and title identical.")

# --- Les Saveurs Vauquelin, Caen: three members (LBA own + FT + relay of the FT offer) ---
ft("ft_vauquelin", "caen", "D1106", "Vendeur / Vendeuse en épicerie fine", "Apprenti vendeur en épicerie fine (H/F)",
   "2026-04-01", T("""
Les Saveurs Vauquelin, épicerie fine et primeur de qualité située près de la place Saint-Sauveur à Caen, recrute un(e) apprenti(e) vendeur(se) pour préparer un Bac pro Métiers du commerce et de la vente (option A) ou un BP.

Ce que vous ferez :
1) Vente et conseil : accueillir le client, lui faire goûter, le conseiller sur les produits régionaux (cidres, calvados, caramels, terrines, fromages) et les produits d'épicerie du monde.
2) Tenue du magasin : mise en rayon, étiquetage, contrôle des dates, présentation des fruits et légumes sur l'étal.
3) Coffrets : composition des paniers garnis pour les comités d'entreprise et les fêtes.
4) Caisse et encaissement.

Le profil : curieux(se), à l'aise à l'oral, gourmand(e) ! Le goût des bons produits est indispensable, la connaissance du secteur est un plus.
Horaires : mardi-samedi, 9h30-19h. 35h.
Contrat 2 ans, démarrage septembre 2026.
"""), nom="LES SAVEURS VAUQUELIN", naf="47.29Z", size="3-5", qual=["curiosite", "service", "organisation"],
   comp=COMP["D1106"][:5], form=F_VENTE_BAC)
relay("rl_vauquelin", "ft_vauquelin", title="Apprenti Vendeur En Épicerie Fine (H/F)", text="ws", delay_h=2)
lba("lba_vauquelin", "offres_emploi_lba", "vauquelin", "Vendeur conseil épicerie fine / primeur", "2026-04-08", T("""
Épicerie fine et primeur en centre-ville de Caen. En alternance, vous conseillez les clients sur les produits du terroir normand et d'ailleurs, tenez les rayons et l'étal de fruits et légumes, préparez les coffrets gourmands et encaissez. Bac pro commerce ou BP. Du mardi au samedi.
"""), ["D1106"], diploma="4")
group("cross_post", ["ft_vauquelin", "rl_vauquelin", "lba_vauquelin"],
      "Three members: the FT offer of Les Saveurs Vauquelin, its LBA relay (blank lines removed, title re-cased) "
      "and the employer's own LBA post a week later under its brand 'Épicerie Vauquelin' (short heavy rewrite, "
      "different title).")

# --- ALTER'EMPLOI Normandie: recruiting agency template (Rouen republished; Le Havre; Évreux) ---
ALTER = T("""
{top}ALTER'EMPLOI Normandie, cabinet spécialisé dans le recrutement d'alternants, recherche pour l'un de ses clients, supermarché de proximité à {ville}, un(e) employé(e) de commerce en contrat d'apprentissage.

Missions : mise en rayon des produits frais et de l'épicerie, facing, suivi des ruptures, accueil et orientation des clients, passage en caisse ponctuellement.
Formation : CAP Équipier polyvalent du commerce ou Bac pro MCV, prise en charge par l'OPCO.
Rythme : 3 semaines en entreprise / 1 semaine au CFA.
Profil : motivé(e), ponctuel(le), bon relationnel. Débutant(e) accepté(e).

Candidature en ligne, réponse sous {rep}.
""")
ALTER_DESC = "Cabinet de recrutement spécialisé dans l'alternance, bureaux à Rouen et Caen."
for k, com, ville, d, top, rep in [
        ("ft_alter_rouen_1", "rouen", "Rouen", "2026-02-17", "", "5 jours ouvrés"),
        ("ft_alter_rouen_2", "rouen", "Rouen", "2026-03-10", "Poste à pourvoir rapidement.\n", "une semaine"),
        ("ft_alter_havre", "lehavre", "Le Havre", "2026-02-17", "", "5 jours ouvrés"),
        ("ft_alter_evreux", "evreux", "Évreux", "2026-02-18", "", "5 jours ouvrés")]:
    ft(k, com, "D1106", "Vendeur / Vendeuse en alimentation générale",
       "Employé(e) de commerce alimentaire en alternance (H/F) - %s" % ville, d,
       ALTER.format(top=top, ville=ville, rep=rep), nom="ALTER'EMPLOI NORMANDIE", edesc=ALTER_DESC, naf="78.10Z",
       size="10-19", form=F_VENTE_CAP, qual=["service", "equipe"],
       contact={"nom": "ALTER'EMPLOI NORMANDIE - Service alternance",
                "courriel": "alternance@alter-emploi-normandie.example"})
group("double_pull", ["ft_alter_rouen_1", "ft_alter_rouen_2"],
      "The agency republished its Rouen offer on France Travail 3 weeks later under a new id, adding 'Poste à "
      "pourvoir rapidement' and rewording the answer delay.")
trap("chain_template", ["ft_alter_rouen_1", "ft_alter_havre", "ft_alter_evreux"],
     "Recruiting agency posting one template for clients in three towns (Rouen, Le Havre, Évreux) the same week: "
     "only the town changes; three different client supermarkets and jobs.")

# --- Supermarché des Tisons, Alençon: contrat pro, no employer name on either side ---
ft("ft_tisons", "alencon", "D1106", "Vendeur / Vendeuse en produits frais",
   "Employé libre-service produits frais (H/F) - contrat pro", "2026-02-26", T("""
Supermarché de quartier (1 200 m²) à Alençon recherche un(e) employé(e) libre-service en contrat de professionnalisation pour son rayon produits frais (crèmerie, charcuterie LS, surgelés).
Vous assurez la mise en rayon, le contrôle des dates, le nettoyage des meubles froids et renseignez les clients.
CQP Employé de commerce préparé avec un organisme de formation d'Alençon, 1 jour par semaine.
Début à 6h00. Port de charges.
"""), nom=None, nature="pro", months=12, naf="47.11D", size="20-49", qual=["rigueur", "reactivite"],
   sal={"commentaire": "Selon âge et diplôme (contrat de professionnalisation)"})
relay("rl_tisons", "ft_tisons", ctype=("Professionnalisation",), duration=12, delay_h=5)
group("relay", ["ft_tisons", "rl_tisons"],
      "LBA relay of a professionalisation-contract offer; no employer name on either side; identical text.")

# --- Food retail fillers ---
ft("ft_cremerie_caen", "caen", "D1106", "Vendeur / Vendeuse en fromagerie",
   "Vendeur / Vendeuse en crèmerie-fromagerie - alternance", "2026-02-13", T("""
Crèmerie-fromagerie du marché couvert de Caen (Saint-Pierre) recherche un(e) apprenti(e) vendeur(se) en CAP crémier-fromager.
Vous découperez et conseillerez les fromages, prendrez en charge la vitrine et participerez aux commandes des restaurateurs.
Travail du mardi au dimanche matin (2 jours de repos).
"""), nom="CREMERIE SAINT-PIERRE", naf="47.29Z", size="3-5", qual=["service", "curiosite"], form=F_VENTE_CAP)

ft("ft_chocolaterie", "rouen", "D1106", "Vendeur / Vendeuse en chocolaterie",
   "Vendeur / Vendeuse en chocolaterie - CDD Pâques", "2026-03-02", T("""
Chocolaterie artisanale du centre de Rouen recherche un(e) vendeur(se) en CDD pour la période de Pâques (du 16 mars au 11 avril).
Accueil et conseil de la clientèle, confection de ballotins et de paquets cadeaux, encaissement, réassort.
Première expérience en vente appréciée. 35h, du mardi au samedi + dimanche de Pâques.
"""), nom="CHOCOLATS DU GROS-HORLOGE", nature="cdd", months=1, exp="1", naf="47.24Z", size="6-9",
   qual=["service", "reactivite"], sal={"libelle": "Horaire de 12.02 Euros sur 12 mois"})

lba("lba_vrac", "offres_emploi_lba", "vrac", "Apprenti(e) vendeur(se) en épicerie vrac", "2026-03-06", T("""
Le Vrac Havrais, épicerie zéro déchet du centre du Havre, cherche un(e) alternant(e) pour la vente : accueil et conseil (produits en vrac, bocaux consignés, producteurs locaux), réassort des silos, pesée, encaissement, animations en boutique. CAP EPC ou Bac pro MCV. Du mardi au samedi.
"""), ["D1106"], diploma="4")

lba("lba_paysdauge", "Meteojob", "paysdauge", "Employé Commercial en Alternance H/F", "2026-03-27", T("""
Supermarché du Pays d'Auge - Lisieux
Dans le cadre de votre alternance (CAP EPC / Bac pro MCV), vous assurez l'approvisionnement des rayons épicerie et produits frais, le contrôle des dates et la bonne tenue du rayon, et vous répondez aux questions des clients. Horaires du matin (6h-13h) du lundi au samedi.
"""), ["D1106"], desired=[], acquired=[], phone=False)

lba("lba_primeur", "offres_emploi_lba", "primeur", "Vendeur / Vendeuse en fruits et légumes", "2026-04-14", T("""
Primeur des Halles à Cherbourg : fruits, légumes, produits de la ferme. On cherche un(e) apprenti(e) pour la vente et la mise en place de l'étal. Lever tôt (5h30 le samedi), port de cageots, beaucoup de contact avec les clients. CAP EPC.
"""), ["D1106"])

lba("lba_vexin", "offres_emploi_lba", "vexin", "Alternant(e) BTS MCO - vendeur(se) en cave et épicerie fine",
    "2026-04-20", T("""
Cave & Épicerie du Vexin (Vernon) recrute un(e) alternant(e) en BTS Management commercial opérationnel, rentrée 2026.

Missions :
- vente et conseil (vins, spiritueux, épicerie fine, produits locaux)
- participation aux commandes et à la gestion des stocks
- préparation des coffrets cadeaux et des commandes d'entreprises
- animation de dégustations en magasin
- suivi de la page Instagram de la boutique 📸

Rythme : 2 jours en école, 3 jours en boutique (samedi inclus).
"""), ["D1106"], diploma="5", duration=24)

lba("lba_saintecatherine", "offres_emploi_lba", "saintecatherine", "Vendeur / Vendeuse en alimentation",
    "2026-03-19", T("""
Accueille et conseille la clientèle, présente et met en valeur les produits alimentaires, contrôle leur fraîcheur et réalise les encaissements.
"""), ["D1106"], access=["Ce métier est accessible avec un CAP ou en apprentissage."])
lba("lba_paniernormand", "offres_emploi_lba", "paniernormand", "Vendeur / Vendeuse en alimentation",
    "2026-04-02", T("""
Accueille et conseille la clientèle, présente et met en valeur les produits alimentaires, contrôle leur fraîcheur et réalise les encaissements.
"""), ["D1106"], access=["Ce métier est accessible avec un CAP ou en apprentissage."])

ft("ft_cave_bessin", "bayeux", "D1106", "Vendeur / Vendeuse en épicerie fine",
   "Vendeur en produits régionaux - apprentissage BTS (H/F)", "2026-04-08", T("""
Boutique de produits régionaux (cidre, poiré, calvados, biscuits, caramels) en face de la cathédrale de Bayeux.
Nous accueillons un alternant en BTS MCO ou NDRC : vente en boutique (clientèle touristique, anglais souhaité), gestion des stocks, préparation des colis pour la vente en ligne.
Rythme école / entreprise à définir avec votre établissement.
"""), nom="LA CAVE DU BESSIN", naf="47.29Z", size="3-5", qual=["service", "curiosite"],
   form=[("Commerce", "Bac+2 ou équivalents", "S")])

# ==========================================================================
# 3. RESTAURANTS (G1602 / G1803)
# ==========================================================================

# --- Brasserie Le Vieux Marché, Rouen: commis cross-posted with another title + a waiter on LBA ---
ft("ft_lvm_commis", "rouen", "G1602", "Commis de cuisine", "Commis de cuisine en apprentissage (H/F)",
   "2026-02-23", T("""
Brasserie traditionnelle de 120 couverts sur la place du Vieux-Marché, cuisine maison (produits frais, circuits courts).
Nous recherchons un commis de cuisine en apprentissage (CAP Cuisine) pour renforcer une brigade de 6 personnes.
Vos missions :
- épluchage, taillage des légumes, préparations préliminaires
- mise en place des postes avant le service
- dressage des entrées et desserts
- plonge batterie et nettoyage de la cuisine en fin de service
Horaires en coupure : 9h30-14h30 / 18h30-22h30, 5 jours. Fermé le dimanche soir.
Repas sur place. Débutant accepté.
"""), nom="BRASSERIE LE VIEUX MARCHE", naf="56.10A", size="10-19", comp=COMP["G1602"][:5],
   qual=["equipe", "stress", "rigueur"], form=F_CUIS_CAP,
   contact=ft_contact("M. Olivier Prévost", "31 place du Vieux Marché", "76000 ROUEN", "lvm"))
lba("lba_lvm_commis", "offres_emploi_lba", "lvm", "Apprenti cuisinier / Apprentie cuisinière", "2026-02-25", T("""
Rejoins la brigade (6 personnes) de notre brasserie de 120 couverts, place du Vieux-Marché à Rouen ! Tout est fait maison à partir de produits frais et locaux.
Tu prépareras un CAP Cuisine en apprentissage.
Horaires en coupure (9h30-14h30 / 18h30-22h30), 5 jours par semaine, repas fournis, fermé le dimanche soir.
Ce que tu feras : mise en place, préparations de base (légumes, sauces simples), dressage des entrées et desserts, nettoyage du poste et de la cuisine.
Pas besoin d'expérience : on t'apprend !
"""), ["G1602"])
group("cross_post", ["ft_lvm_commis", "lba_lvm_commis"],
      "Same kitchen apprenticeship at Brasserie Le Vieux Marché (Rouen) on both boards 2 days apart, titled "
      "'Commis de cuisine' on FT and 'Apprenti cuisinier' on LBA; same facts, reordered and retold.")
lba("lba_lvm_serveur", "offres_emploi_lba", "lvm", "Apprenti serveur / Apprentie serveuse", "2026-03-04", T("""
Notre brasserie de la place du Vieux-Marché (120 couverts + terrasse) recherche un(e) apprenti(e) serveur(se). Tu prépareras un CAP Commercialisation et services en HCR.
Missions : mise en place de la salle et de la terrasse, accueil des clients, prise de commande, service à l'assiette, débarrassage, encaissement.
Horaires en coupure, 5 jours par semaine, repas fournis.
"""), ["G1803"])
trap("same_employer_other_job", ["ft_lvm_commis", "lba_lvm_serveur"],
     "Same brasserie and SIRET: kitchen apprentice (G1602) and waiter apprentice (G1803), similar wording "
     "(brigade, coupure, repas fournis) but two different jobs.")

# --- La Table d'Émile (Caen) vs La Table d'Emilie (Hérouville-Saint-Clair) ---
ft("ft_emile", "caen", "G1602", "Commis de cuisine", "Apprenti(e) commis de cuisine", "2026-03-11", T("""
Restaurant bistronomique (40 couverts) dans le quartier du Vaugueux à Caen cherche apprenti(e) commis de cuisine, CAP ou BP. Cuisine du marché, carte courte qui change chaque semaine. Service midi et soir du mardi au samedi.
"""), nom="LA TABLE D'EMILE", naf="56.10A", size="3-5", form=F_CUIS_CAP)
lba("lba_emilie", "offres_emploi_lba", "emilie", "Apprenti commis de cuisine", "2026-03-13", T("""
Restaurant traditionnel à Hérouville-Saint-Clair, 60 couverts, cuisine familiale faite maison. Nous cherchons un apprenti commis de cuisine (CAP). Service du midi du lundi au vendredi + 2 soirs par semaine.
"""), ["G1602"])
trap("similar_employer_name", ["ft_emile", "lba_emilie"],
     "'La Table d'Émile' (Caen, Vaugueux) and 'La Table d'Emilie' (SARL EMILIE RESTAURATION, Hérouville-Saint-"
     "Clair, next to Caen) are two different restaurants; both seek an apprentice commis two days apart.")

# --- Crêperie Ty Normand: same template in Caen (relayed), Cherbourg and Granville ---
TYN = T("""
Crêperie Ty Normand, c'est 9 restaurants en Normandie et en Bretagne autour de la galette de sarrasin et du cidre fermier.
Pour notre restaurant {ou}, nous recrutons un(e) crêpier(ère) / commis de cuisine en apprentissage.

Formé(e) par notre chef crêpier, vous apprendrez :
→ la préparation des pâtes (sarrasin, froment) selon nos recettes ;
→ la cuisson et le garnissage des galettes et crêpes sur billig ;
→ la mise en place et l'entretien du poste ;
→ les règles d'hygiène et de traçabilité.

Formation : CAP Cuisine (ou titre pro Cuisinier) en alternance.
Horaires : service midi et soir, 2 jours de repos, week-end travaillé.
Rémunération : grille apprentissage + pourboires + repas.
""")
TYN_DESC = "Réseau de crêperies (9 restaurants), galettes de sarrasin et cidres fermiers."
ft("ft_tyn_caen", "caen", "G1602", "Crêpier / Crêpière", "Crêpier / Crêpière en apprentissage (H/F)",
   "2026-03-02", TYN.format(ou="de Caen (quartier du château)"), nom="CREPERIE TY NORMAND", edesc=TYN_DESC,
   naf="56.10A", size="10-19", qual=["equipe", "rigueur"], form=F_CUIS_CAP)
relay("rl_tyn_caen", "ft_tyn_caen", delay_h=2)
ft("ft_tyn_cherbourg", "cherbourg", "G1602", "Crêpier / Crêpière", "Crêpier / Crêpière en apprentissage (H/F)",
   "2026-03-02", TYN.format(ou="de Cherbourg (quai Caligny)"), nom="CREPERIE TY NORMAND", edesc=TYN_DESC,
   naf="56.10A", size="10-19", qual=["equipe", "rigueur"], form=F_CUIS_CAP)
lba("lba_tyn_granville", "offres_emploi_lba", "tynormand", "Crêpier / Crêpière en apprentissage", "2026-03-06",
    TYN.format(ou="de Granville, face au port,"), ["G1602"], edesc=TYN_DESC)
group("relay", ["ft_tyn_caen", "rl_tyn_caen"], "LBA relay, identical text and title.")

# --- Hôtel des Embruns, Honfleur: three members + a waiter job ---
ft("ft_embruns_commis", "honfleur", "G1602", "Commis de cuisine", "Commis de cuisine (H/F) - Apprentissage - Honfleur",
   "2026-02-20", T("""
Hôtel-restaurant 3* sur le port de Honfleur (24 chambres, restaurant de 70 couverts, cuisine de la mer).
Nous recrutons pour la saison et au-delà un(e) apprenti(e) commis de cuisine, contrat de 2 ans (CAP Cuisine ou BP Arts de la cuisine).

Sous la responsabilité du second de cuisine vous participez :
- à la réception et au rangement des marchandises (poissons, crustacés, légumes)
- aux préparations froides et chaudes
- à la mise en place et au service
- au respect du plan de nettoyage

Logement possible (studio partagé). Horaires : 2 services par jour, 2 jours de repos consécutifs.
Nourri sur place.
"""), nom="HOTEL DES EMBRUNS", naf="55.10Z", size="20-49", comp=COMP["G1602"], qual=["equipe", "stress"],
   form=F_CUIS_CAP)
relay("rl_embruns_commis", "ft_embruns_commis", title="Commis De Cuisine (H/F) - Apprentissage - Honfleur",
      text="trunc", n=420, delay_h=8)
lba("lba_embruns_commis", "offres_emploi_lba", "embruns", "Apprenti(e) cuisinier(ère) - restaurant de poissons",
    "2026-02-12", T("""
Notre restaurant de l'hôtel (70 couverts, produits de la mer) sur le port de Honfleur forme chaque année un ou deux apprentis. Vous travaillerez au sein d'une brigade de 5 personnes : préparation des poissons et fruits de mer, garnitures, mise en place, service. Logement possible. Contrat 2 ans, CAP ou BP.
"""), ["G1602"], desired=["Goût pour les produits de la mer", "Travailler en équipe"])
group("cross_post", ["lba_embruns_commis", "ft_embruns_commis", "rl_embruns_commis"],
      "Three members: the hotel posted on LBA first ('Apprenti(e) cuisinier(ère)', SAS LES EMBRUNS HONFLEUR), then "
      "on FT 8 days later ('Commis de cuisine', HOTEL DES EMBRUNS), and LBA relayed the FT offer (title re-cased, "
      "text cut). The LBA own text is a short rewrite.")
ft("ft_embruns_serveur", "honfleur", "G1803", "Serveur / Serveuse en restauration",
   "Serveur / Serveuse (H/F) - Apprentissage - Honfleur", "2026-02-20", T("""
Hôtel-restaurant 3* sur le port de Honfleur (24 chambres, restaurant de 70 couverts, cuisine de la mer).
Nous recrutons un(e) apprenti(e) serveur(se), contrat de 2 ans (CAP CSHCR ou BP ASCR).

Missions : mise en place de la salle et de la terrasse, accueil de la clientèle française et étrangère, prise de commande, service des plats et des vins, débarrassage, petits-déjeuners de l'hôtel un matin par semaine.

Logement possible (studio partagé). 2 jours de repos consécutifs. Nourri sur place.
Anglais apprécié.
"""), nom="HOTEL DES EMBRUNS", naf="55.10Z", size="20-49", comp=COMP["G1803"][:4], qual=["service", "stress"],
   form=F_SERV_CAP)

# --- Restauval: same job title at two sites (Caen relayed, Le Havre) ---
ft("ft_restauval_caen", "caen", "G1602", "Cuisinier / Cuisinière de collectivité",
   "Apprenti cuisinier en restauration collective (H/F)", "2026-03-16", T("""
Restauval, acteur régional de la restauration collective (entreprises, établissements scolaires, EHPAD), recrute un apprenti cuisinier (H/F) pour son restaurant d'entreprise de Caen (650 repas/jour).
Vous préparerez un CAP Cuisine ou un titre pro Cuisinier en restauration collective.
Missions : production des entrées et des plats chauds en grande quantité, liaison chaude, distribution au self, respect du plan de maîtrise sanitaire.
Horaires de journée du lundi au vendredi (7h-15h), pas de travail le soir ni le week-end !
"""), nom="RESTAUVAL NORMANDIE", naf="56.29A", size="50-99", comp=COMP["G1602"][2:6], qual=["organisation", "equipe"],
   form=F_CUIS_CAP)
relay("rl_restauval_caen", "ft_restauval_caen", text="crlf", delay_h=1)
ft("ft_restauval_havre", "lehavre", "G1602", "Cuisinier / Cuisinière de collectivité",
   "Apprenti cuisinier en restauration collective (H/F)", "2026-03-16", T("""
Restauval, acteur régional de la restauration collective (entreprises, établissements scolaires, EHPAD), recrute un apprenti cuisinier (H/F) pour sa cuisine centrale du Havre (1 800 repas/jour, liaison froide).
Vous préparerez un CAP Cuisine ou un titre pro Cuisinier en restauration collective.
Missions : production des entrées et des plats en grande quantité, conditionnement et refroidissement rapide, respect du plan de maîtrise sanitaire.
Horaires de journée du lundi au vendredi (6h-13h30), pas de travail le soir ni le week-end !
"""), nom="RESTAUVAL NORMANDIE", naf="56.29A", size="50-99", comp=COMP["G1602"][2:6], qual=["organisation", "equipe"],
   form=F_CUIS_CAP)
group("relay", ["ft_restauval_caen", "rl_restauval_caen"], "LBA relay; line ends changed to CRLF.")
trap("same_employer_other_site", ["ft_restauval_caen", "ft_restauval_havre"],
     "Same catering company, same title, same day, almost the same text, but two sites: a company restaurant in "
     "Caen and a central kitchen in Le Havre. Two apprentices.")

# --- Le Bout du Quai, Le Havre: republished on LBA two weeks later ---
BDQ = T("""
Restaurant du quartier Saint-François au Havre, 50 couverts, cuisine bistrot et poissons de la criée. On cherche un(e) apprenti(e) en CAP cuisine, sérieux(se) et curieux(se). Fermé dimanche soir et lundi.
""")
lba("lba_bdq_1", "offres_emploi_lba", "boutduquai", "Apprenti cuisinier H/F", "2026-02-04", BDQ, ["G1602"])
lba("lba_bdq_2", "offres_emploi_lba", "boutduquai", "Apprenti(e) cuisinier(e) H/F", "2026-02-18", BDQ + " ", ["G1602"])
group("double_pull", ["lba_bdq_1", "lba_bdq_2"],
      "Same restaurant republished its LBA offer 14 days later: identical text (a trailing space), title made "
      "gender-inclusive.")

# --- Évreux: two different restaurants, near-identical short generic texts on FT ---
ft("ft_damarco", "evreux", "G1602", "Commis de cuisine", "Apprenti cuisinier (H/F)", "2026-04-06", T("""
Recherche apprenti cuisinier motivé pour préparer CAP cuisine. Travail en coupure, week-end travaillé. Débutant accepté.
"""), nom="PIZZERIA DA MARCO", naf="56.10A", size="3-5")
ft("ft_entracte", "evreux", "G1602", "Commis de cuisine", "Apprenti cuisinier H/F", "2026-04-09", T("""
Recherchons apprenti(e) cuisinier(e) motivé(e) - CAP cuisine. Travail en coupure et le week-end. Débutant(e) accepté(e).
"""), nom=None, naf="56.10A", size="6-9",
   contact=ft_contact("Restaurant L'Entracte - M. Benoît Lagarde", "2 rue de la Harpe", "27000 EVREUX", "entracte"))
trap("similar_generic_text", ["ft_damarco", "ft_entracte"],
     "Two different Évreux restaurants (a pizzeria with its name shown, and L'Entracte whose FT offer shows no "
     "employer name) posting almost the same one-line text 3 days apart: not a republication.")

# --- Restaurant Le Goéland, Dieppe: waiter; FT short without name, LBA long ---
ft("ft_goeland", "dieppe", "G1803", "Serveur / Serveuse en restauration", "Serveur / Serveuse en apprentissage",
   "2026-04-13", T("""
Restaurant front de mer à Dieppe recrute apprenti(e) serveur(se), CAP CSHCR. Service midi et soir, terrasse en été. Débutant accepté.
"""), nom=None, naf="56.10A", size="10-19")
lba("lba_goeland", "offres_emploi_lba", "goeland", "Apprenti(e) serveur(se) en restaurant – bord de mer",
    "2026-04-15", T("""
Le Goéland, c'est une salle de 80 couverts et une grande terrasse face à la plage de Dieppe. Poissons, moules-frites, plateaux de fruits de mer : l'été, ça ne désemplit pas !

Nous accueillons un(e) apprenti(e) en CAP Commercialisation et Services en Hôtel-Café-Restaurant pour apprendre le métier de serveur aux côtés de notre maître d'hôtel.

Au quotidien :
• dresser les tables et préparer la terrasse
• accueillir et placer les clients
• présenter la carte et les suggestions, prendre les commandes
• servir les plats et les boissons, débarrasser
• encaisser en fin de repas

Vous avez le sens du contact, vous êtes dynamique et souriant(e) ? Venez nous rencontrer.
Deux services par jour, deux jours de repos, planning affiché 15 jours à l'avance.
"""), ["G1803"])
group("cross_post", ["ft_goeland", "lba_goeland"],
      "Le Goéland (Dieppe seafront) waiter apprenticeship: a two-line FT offer with no employer name and a long LBA "
      "post two days later; same job, one text much shorter than the other.")

# --- Auberge du Bessin, Bayeux: relay cut short ---
ft("ft_bessin", "bayeux", "G1803", "Serveur / Serveuse en restauration", "Apprenti serveur en restauration (H/F)",
   "2026-03-27", T("""
L'Auberge du Bessin, restaurant traditionnel à 5 minutes de la cathédrale de Bayeux, accueille une clientèle de touristes et d'habitués (100 couverts, salle + véranda).

Nous recherchons un(e) apprenti(e) serveur(se) qui préparera un CAP Commercialisation et services en HCR ou un BP Arts du service et commercialisation en restauration.

Vos missions :
- mise en place de la salle (nappage, couverts, verrerie)
- accueil et installation des clients, notamment étrangers (quelques mots d'anglais sont un vrai plus)
- prise de commande, service des plats et des boissons
- débarrassage, préparation des cafés et desserts simples
- participation à l'entretien de la salle

Horaires : 10h-15h / 18h30-22h30, 2 jours de repos par semaine (non consécutifs hors saison).
Avantages : repas, pourboires partagés, prime de fin de saison.
"""), nom="AUBERGE DU BESSIN", naf="56.10A", size="10-19", comp=COMP["G1803"], qual=["service", "stress", "equipe"],
   form=F_SERV_CAP)
relay("rl_bessin", "ft_bessin", text="trunc", n=520, extra=["G1603"], delay_h=2)
group("relay", ["ft_bessin", "rl_bessin"],
      "LBA relay, description cut after about 520 characters; rome_codes gain G1603.")

# --- Le Cotentin Gourmand, Cherbourg: Hellowork + FT, light rewrite ---
ft("ft_cotentin", "cherbourg", "G1602", "Cuisinier / Cuisinière", "Cuisinier / Cuisinière en apprentissage (H/F)",
   "2026-03-19", T("""
Restaurant semi-gastronomique du centre de Cherbourg (45 couverts), cuisine de produits du Cotentin (agneau, poissons de la criée, légumes du Val de Saire).
Nous recherchons un(e) apprenti(e) cuisinier(ère) en BP Arts de la cuisine, ayant idéalement un CAP Cuisine.
Vous serez polyvalent(e) sur les postes chaud, froid et pâtisserie.
Fermé dimanche et lundi. Service du soir jusqu'à 22h30.
"""), nom="LE COTENTIN GOURMAND", naf="56.10A", size="6-9", qual=["curiosite", "rigueur"],
   form=[("Cuisine", "CAP, BEP et équivalents", "E")])
lba("lba_cotentin", "Hellowork", "cotentingourmand", "Apprenti Cuisinier H/F", "2026-03-18", T("""
Le Cotentin Gourmand recrute !
Restaurant semi-gastro de 45 couverts au centre de Cherbourg-en-Cotentin, nous travaillons exclusivement les produits du Cotentin : agneau, poissons de la criée, légumes du Val de Saire.

Votre mission : en BP Arts de la cuisine (CAP cuisine souhaité), vous tournez sur les postes chaud, froid et pâtisserie.

Infos pratiques : fermé dimanche et lundi, fin de service vers 22h30.

Type de contrat : Alternance - Apprentissage
Durée : 24 mois
Lieu : Cherbourg-en-Cotentin (50)
"""), ["G1602"], desired=[], acquired=[], phone=False, diploma="4")
group("cross_post", ["ft_cotentin", "lba_cotentin"],
      "Le Cotentin Gourmand (SARL COTENTIN GOURMAND) posted on Hellowork (relayed to LBA) and directly on FT one day "
      "later: same facts, light rewrite, different titles.")

# --- Brasserie de la Gare, Saint-Lô: kitchen job on FT without name, waiter job on LBA ---
ft("ft_gare_commis", "saintlo", "G1602", "Commis de cuisine", "Commis de cuisine - apprentissage", "2026-03-30", T("""
Brasserie en face de la gare de Saint-Lô, 70 couverts, recherche un apprenti commis de cuisine (CAP).
Plats du jour, grillades, desserts maison. Travail du lundi au samedi midi, fermé le dimanche.
"""), nom=None, naf="56.10A", size="6-9", form=F_CUIS_CAP)
lba("lba_gare_serveur", "offres_emploi_lba", "gare", "Apprenti serveur (H/F)", "2026-04-02", T("""
Brasserie de la Gare à Saint-Lô (70 couverts, clientèle d'habitués et de voyageurs). Nous formons un apprenti serveur en CAP CSHCR : mise en place, service au comptoir et en salle, encaissement. Du lundi au samedi midi, fermé le dimanche.
"""), ["G1803"])
trap("same_employer_other_job", ["ft_gare_commis", "lba_gare_serveur"],
     "Same brasserie facing the Saint-Lô station (FT offer shows no employer name): kitchen apprentice (G1602) vs "
     "waiter apprentice (G1803), 3 days apart.")

# --- Le Comptoir de Vaucelles, Caen: two kitchen openings under the same ROME code ---
ft("ft_comptoir_cap", "caen", "G1602", "Commis de cuisine", "Commis de cuisine - CAP en apprentissage (H/F)",
   "2026-02-25", T("""
Le Comptoir de Vaucelles, restaurant de 55 couverts près de la gare de Caen, cherche un apprenti commis de cuisine qui préparera le CAP Cuisine en 2 ans.
Épluchage, préparations de base, mise en place, plonge.
Horaires en coupure, fermé le dimanche. Débutant accepté.
"""), nom="LE COMPTOIR DE VAUCELLES", naf="56.10A", size="6-9", form=F_CUIS_CAP)
ft("ft_comptoir_bp", "caen", "G1602", "Cuisinier / Cuisinière", "Apprenti cuisinier - BP Arts de la cuisine (H/F)",
   "2026-02-27", T("""
Le Comptoir de Vaucelles, restaurant de 55 couverts près de la gare de Caen, recrute un apprenti cuisinier titulaire d'un CAP Cuisine pour préparer le BP Arts de la cuisine.
Vous tiendrez le poste entrées/garnitures et seconderez le chef au passe.
Horaires en coupure, fermé le dimanche. Expérience en restauration d'au moins 1 an souhaitée.
"""), nom="LE COMPTOIR DE VAUCELLES", naf="56.10A", size="6-9", exp="1",
   form=[("Cuisine", "CAP, BEP et équivalents", "E")])
trap("same_employer_same_rome", ["ft_comptoir_cap", "ft_comptoir_bp"],
     "Same restaurant, same ROME code G1602, two days apart, same opening line: a CAP commis apprenticeship and a "
     "BP cook apprenticeship are two positions.")

# --- Le Filet Bleu, Fécamp: relay cut short ---
ft("ft_terreneuvas", "fecamp", "G1602", "Cuisinier / Cuisinière", "Cuisinier (H/F) - contrat d'apprentissage",
   "2026-04-16", T("""
Le Filet Bleu, restaurant de poissons sur le port de Fécamp.
Nous proposons un contrat d'apprentissage à un(e) futur(e) cuisinier(ère) (CAP Cuisine en 2 ans, ou BP si vous avez déjà le CAP).
Notre cuisine : poissons de la pêche locale, fruits de mer, recettes normandes revisitées.
Vous apprendrez à lever des filets, préparer les fumets et les sauces, cuire les poissons à la minute et dresser les assiettes.
L'équipe : un chef, un second, un commis et vous.
Service midi et soir, fermeture hebdomadaire mardi et mercredi. Saison chargée de mai à septembre.
Nous aidons à trouver un logement si besoin.
"""), nom="LE FILET BLEU", naf="56.10A", size="6-9", qual=["equipe", "curiosite"], form=F_CUIS_CAP)
relay("rl_terreneuvas", "ft_terreneuvas", text="trunc", n=250, delay_h=1)
group("relay", ["ft_terreneuvas", "rl_terreneuvas"], "LBA relay with the description cut after about 250 characters.")

# --- Restaurant fillers ---
ft("ft_palais", "rouen", "G1803", "Serveur / Serveuse en restauration", "Apprenti(e) serveur(se) H/F", "2026-03-06", T("""
Brasserie du quartier du Palais de justice à Rouen (90 couverts + terrasse) recrute un(e) apprenti(e) serveur(se) en CAP Commercialisation et services en HCR.
Mise en place de la salle et de la terrasse, accueil, prise de commande, service, débarrassage, encaissement.
Horaires en coupure, 5 jours par semaine, repas fournis. Fermé le dimanche.
"""), nom="BRASSERIE DU PALAIS", naf="56.10A", size="10-19", qual=["service", "reactivite"], form=F_SERV_CAP)

ft("ft_chefpartie_caen", "caen", "G1602", "Chef de partie", "Chef de partie (H/F)", "2026-03-04", T("""
Brasserie du port de Caen (bassin Saint-Pierre), 150 couverts, recherche un chef de partie en CDI.
Responsable du poste chaud (viandes, poissons, garnitures), vous encadrez un commis et un apprenti. Vous participez à l'élaboration des suggestions et au suivi des commandes.
Expérience de 3 ans minimum sur un poste similaire.
Horaires en coupure, 2 jours de repos, 39h.
"""), nom="LES HALLES DU BASSIN", nature="cdi", exp="3", naf="56.10A", size="20-49", comp=COMP["G1602"],
   qual=["organisation", "stress", "equipe"], sal={"libelle": "Mensuel de 2200.00 Euros à 2400.00 Euros sur 12 mois"},
   heures="39H Horaires normaux")

ft("ft_serveur_havre", "lehavre", "G1803", "Serveur / Serveuse en restauration", "Serveur / Serveuse - saison été",
   "2026-04-22", T("""
Restaurant de plage au Havre recherche des serveurs (H/F) pour la saison (mai à septembre).
Service en salle et en terrasse, prise de commande sur tablette, service des boissons et des plats.
Première expérience souhaitée. Travail le week-end et les jours fériés.
"""), nom="LE GALET", nature="sai", months=5, exp="1", naf="56.10A", size="10-19", postes=3,
   sal={"libelle": "Horaire de 12.10 Euros sur 12 mois", "commentaire": "+ pourboires"})

lba("lba_saintmaclou", "offres_emploi_lba", "saintmaclou", "Apprenti(e) serveur(se)", "2026-02-17", T("""
Bistrot du quartier Saint-Maclou à Rouen (45 couverts). Nous recherchons un(e) apprenti(e) serveur(se) pour préparer un CAP CSHCR ou un BP. Mise en place, accueil, service, bar. Fermé dimanche et lundi.
"""), ["G1803"])

lba("lba_ateliercauchois", "offres_emploi_lba", "ateliercauchois", "Commis de cuisine en alternance", "2026-03-09", T("""
L'Atelier Cauchois, restaurant de cuisine normande à Rouen (rue Damiette), recrute un commis de cuisine en apprentissage (CAP Cuisine ou BP).
Tu participeras à la mise en place, aux préparations froides et chaudes et au dressage, au sein d'une équipe de 4 cuisiniers.
Horaires en coupure, fermé le lundi.
"""), ["G1602"])

lba("lba_hotelparc", "Meteojob", "hotelparc", "Apprenti Cuisinier H/F", "2026-04-07", T("""
Hôtel-Restaurant du Parc - Évreux (76 chambres, séminaires, restaurant de 90 couverts).
Nous recherchons un apprenti cuisinier (H/F) en CAP Cuisine pour intégrer notre brigade de 7 personnes.
Vous participerez à la production du restaurant, des banquets et des petits-déjeuners.
Horaires : planning sur 5 jours, week-ends par roulement.
"""), ["G1602"], desired=[], acquired=[], phone=False)

lba("lba_bistrotalencon", "offres_emploi_lba", "bistrotalencon", "Apprenti(e) cuisinier(ère)", "2026-03-31", T("""
Petit bistrot du centre d'Alençon (35 couverts), cuisine du marché. Le chef cherche un(e) apprenti(e) pour un CAP Cuisine : préparations, cuissons simples, desserts, entretien. Service du midi + vendredi et samedi soir.
"""), ["G1602"])

lba("lba_marmite", "offres_emploi_lba", "marmite", "Cuisinier / Cuisinière", "2026-02-24", T("""
Réalise les préparations culinaires (entrées, plats, desserts) selon les fiches techniques et les consignes du chef, dans le respect des règles d'hygiène et de sécurité alimentaire.
"""), ["G1602"], access=["Ce métier est accessible avec un CAP Cuisine ou en apprentissage."])
lba("lba_relaisflers", "offres_emploi_lba", "relaisflers", "Cuisinier / Cuisinière", "2026-03-11", T("""
Réalise les préparations culinaires (entrées, plats, desserts) selon les fiches techniques et les consignes du chef, dans le respect des règles d'hygiène et de sécurité alimentaire.
"""), ["G1602"], access=["Ce métier est accessible avec un CAP Cuisine ou en apprentissage."])

lba("lba_cafepaix", "offres_emploi_lba", "cafepaix", "Serveur / Serveuse en restauration", "2026-02-06", T("""
Accueille les clients, prend les commandes, sert les plats et les boissons, et assure la mise en place et le débarrassage de la salle.
"""), ["G1803"], access=["Ce métier est accessible avec un CAP CSHCR ou en apprentissage."])
lba("lba_theatre", "offres_emploi_lba", "theatre", "Serveur / Serveuse en restauration", "2026-04-17", T("""
Accueille les clients, prend les commandes, sert les plats et les boissons, et assure la mise en place et le débarrassage de la salle.
"""), ["G1803"], access=["Ce métier est accessible avec un CAP CSHCR ou en apprentissage."])

lba("lba_dauphin", "offres_emploi_lba", "dauphin", "Apprenti serveur H/F", "2026-04-10", T("""
Brasserie sur le quai Henri IV à Dieppe, recherche apprenti serveur pour CAP. Service en salle et terrasse, bar. Débutant accepté, sens du contact indispensable.
"""), ["G1803"])

lba("lba_houle", "offres_emploi_lba", "houle", "Apprenti commis de cuisine (H/F)", "2026-03-16", T("""
Restaurant La Houle, sur le port de Granville : cuisine de la mer, 60 couverts. Nous recherchons un apprenti commis (CAP Cuisine) pour la rentrée. Mise en place, préparations froides, plonge, un peu de pâtisserie. Fermé le mercredi.
"""), ["G1602"])

ft("ft_assiette", "lisieux", "G1803", "Serveur / Serveuse en restauration", "Apprenti serveur / serveuse (H/F)",
   "2026-03-12", T("""
L'Assiette Augeronne, restaurant traditionnel du centre de Lisieux (cuisine du Pays d'Auge, 60 couverts), recherche un(e) apprenti(e) serveur(se) en CAP CSHCR.

Vous apprendrez la mise en place, l'accueil, la prise de commande, le service à l'assiette et au plat, le conseil sur les cidres et poirés de la carte.

Service midi et soir du mardi au samedi, dimanche midi.
"""), nom="L'ASSIETTE AUGERONNE", naf="56.10A", size="6-9", qual=["service", "equipe"], form=F_SERV_CAP)

ft("ft_granville_pro", "granville", "G1803", "Serveur / Serveuse en restauration",
   "Serveur / Serveuse en contrat de professionnalisation", "2026-02-23", T("""
Hôtel-restaurant face à la mer à Granville recrute un(e) serveur(se) en contrat de professionnalisation de 12 mois (CQP Serveur).
Service en salle et au bar, petits-déjeuners, mise en place. Logé sur place possible.
Vous avez une première expérience en restauration (stage, job d'été) et l'envie de progresser.
"""), nom="HOTEL DE LA PLAGE DU PLAT GOUSSET", nature="pro", months=12, exp="1", naf="55.10Z", size="20-49",
   qual=["service", "adapter"], sal={"commentaire": "Selon âge et niveau (contrat de professionnalisation)"})

ft("ft_ehpad_msa", "msa", "G1602", "Aide-cuisinier / Aide-cuisinière",
   "Aide-cuisinier / Aide-cuisinière en apprentissage (H/F)", "2026-04-02", T("""
Résidence pour personnes âgées à Mont-Saint-Aignan (85 résidents), cuisine sur place.
Nous recherchons un(e) apprenti(e) en CAP Cuisine pour seconder notre cuisinier : préparations froides, textures modifiées, service en salle à manger, plonge.
Horaires : 7h-14h30, un week-end sur deux.
Repas offert.
"""), nom="RESIDENCE LES TILLEULS", naf="87.10A", size="50-99", qual=["rigueur", "equipe"], form=F_CUIS_CAP)

ft("ft_ferme_honfleur", "honfleur", "G1602", "Cuisinier / Cuisinière", "Cuisinier / Cuisinière (H/F) - saison",
   "2026-03-20", T("""
Restaurant-crêperie à Honfleur, renfort de saison : cuisinier(ère) en contrat saisonnier d'avril à octobre.
Poste chaud et froid, gestion du poste en autonomie lors des services. CAP cuisine et 2 ans d'expérience exigés.
Logement possible.
"""), nom="CREPERIE LA BOLEE HONFLEURAISE", nature="sai", months=7, exp="2", naf="56.10A", size="10-19",
   comp=COMP["G1602"][1:4], sal={"libelle": "Mensuel de 2050.00 Euros sur 12 mois"}, heures="39H Horaires normaux")

# ==========================================================================
# 4. GARAGES (I1604)
# ==========================================================================

# --- Garage des Capucins, Évreux: CAP apprentice cross-posted + a BTS apprentice (same ROME) ---
ft("ft_capucins_cap", "evreux", "I1604", "Mécanicien / Mécanicienne automobile",
   "Apprenti mécanicien automobile (H/F) - CAP Maintenance des véhicules", "2026-03-09", T("""
Garage indépendant multimarque (4 mécaniciens) à Évreux recherche un apprenti mécanicien pour préparer le CAP Maintenance des véhicules option voitures particulières.
Vous réaliserez, encadré par un mécanicien confirmé :
- les vidanges et révisions constructeur
- le remplacement des plaquettes, disques, amortisseurs
- le montage et l'équilibrage des pneumatiques
- le contrôle des niveaux et la préparation des véhicules avant restitution
Horaires : 8h-12h / 13h30-17h30, du lundi au vendredi.
Vous aimez la mécanique, vous êtes soigneux et ponctuel : envoyez-nous votre CV.
"""), nom="GARAGE DES CAPUCINS", naf="45.20A", size="6-9", comp=COMP["I1604"][:5], qual=["rigueur", "equipe"],
   form=F_AUTO_CAP, contact=ft_contact("M. Franck Aubert", "17 rue des Capucins", "27000 EVREUX", "capucins",
                                       email="atelier@garage-capucins.example"))
lba("lba_capucins_cap", "offres_emploi_lba", "capucins", "Mécanicien automobile en alternance - CAP MV",
    "2026-03-09", T("""
Garage indépendant multimarque à Évreux, équipe de 4 mécaniciens. Pour la rentrée, on recherche un apprenti en CAP Maintenance des véhicules (voitures particulières).
Encadré par un mécanicien confirmé, vous ferez les vidanges et révisions, le remplacement des freins et amortisseurs, le montage des pneus, et la préparation des véhicules avant livraison au client.
Du lundi au vendredi, 8h-12h / 13h30-17h30.
On vous fournit la tenue et les EPI. Possibilité d'embauche à l'issue du contrat.
"""), ["I1604"])
group("cross_post", ["ft_capucins_cap", "lba_capucins_cap"],
      "Garage des Capucins (Évreux) CAP apprenticeship posted the same day on both boards; light rewrite, one "
      "sentence added on LBA, different titles.")
lba("lba_capucins_bts", "offres_emploi_lba", "capucins",
    "Technicien de maintenance automobile en alternance - BTS MV", "2026-03-11", T("""
Garage indépendant multimarque à Évreux. Nous accueillons un(e) alternant(e) en BTS Maintenance des véhicules (option voitures particulières), titulaire d'un bac pro MV.
Missions : diagnostic électronique (valise multimarque), recherche de pannes électriques et moteur, interventions sur systèmes d'injection et climatisation, conseil au client à la restitution du véhicule.
Du lundi au vendredi, 8h-12h / 13h30-17h30.
"""), ["I1604"], diploma="5")
trap("same_employer_same_rome", ["lba_capucins_cap", "lba_capucins_bts"],
     "Same garage, same SIRET, same ROME code I1604, posted on LBA two days apart with the same opening words and "
     "hours: a CAP mechanic apprentice and a BTS technician apprentice are two positions.")

# --- Auto Service Cotentin (Tourlaville, Cherbourg-en-Cotentin): relay with an extra ROME code ---
ft("ft_autoservice", "cherbourg", "I1604", "Mécanicien / Mécanicienne automobile", "Apprenti mécanicien VL (H/F)",
   "2026-02-13", T("""
Centre auto de Tourlaville (Cherbourg-en-Cotentin), entretien et réparation toutes marques, recherche apprenti(e) mécanicien(ne) VL.
CAP ou Bac pro Maintenance des véhicules.
Entretien courant, freinage, distribution, climatisation, pneumatiques.
39h/semaine (heures sup. majorées pour les + de 18 ans), samedi matin 1 semaine sur 3.
"""), nom="AUTO SERVICE COTENTIN", naf="45.20A", size="10-19", cp="50110", heures="39H Horaires normaux",
   form=F_AUTO_CAP)
relay("rl_autoservice", "ft_autoservice", extra=["I1606"], delay_h=2)
group("relay", ["ft_autoservice", "rl_autoservice"], "LBA relay, identical text; rome_codes gain I1606.")

# --- Rapid'Auto Entretien: same job at two sites (Alençon on FT, Argentan on LBA) ---
RAPID = T("""
Rapid'Auto Entretien, réseau de centres d'entretien automobile rapide (vidange, pneus, freins, échappement), recrute pour son centre {de} un(e) apprenti(e) mécanicien(ne) en CAP Maintenance des véhicules.
Vous accueillez le client à l'atelier, réalisez les prestations d'entretien rapide et contrôlez la qualité avant restitution. Formation interne + CFA.
Du lundi au samedi selon planning (35h).
""")
ft("ft_rapid_alencon", "alencon", "I1604", "Mécanicien / Mécanicienne d'entretien automobile",
   "Apprenti mécanicien entretien rapide (H/F)", "2026-03-31", RAPID.format(de="d'Alençon"),
   nom="RAPID'AUTO ENTRETIEN", naf="45.20A", size="6-9", form=F_AUTO_CAP, qual=["service", "rigueur"])
lba("lba_rapid_argentan", "offres_emploi_lba", "rapidauto_arg", "Apprenti mécanicien entretien rapide (H/F)",
    "2026-04-03", RAPID.format(de="d'Argentan"), ["I1604"])
trap("same_employer_other_site", ["ft_rapid_alencon", "lba_rapid_argentan"],
     "Same company (same SIREN, different establishments), same title and text, Alençon on FT and Argentan on LBA "
     "three days apart: two centres, two apprentices.")

# --- Normandie Automobiles, Lisieux: Meteojob + FT + relay of the FT offer ---
ft("ft_normauto", "lisieux", "I1604", "Mécanicien / Mécanicienne automobile",
   "Mécanicien / Mécanicienne automobile en contrat de professionnalisation", "2026-04-14", T("""
Concession automobile (ventes VN/VO, atelier de 9 postes) à Lisieux, nous recrutons un mécanicien (H/F) en contrat de professionnalisation de 12 mois pour préparer le CQP Mécanicien de maintenance automobile.

Vos missions :
- Réaliser l'entretien périodique des véhicules selon les préconisations constructeur
- Remplacer les organes mécaniques (embrayage, distribution, trains roulants)
- Effectuer les diagnostics de premier niveau à l'aide de l'outil de diagnostic
- Renseigner les ordres de réparation
- Préparer les véhicules d'occasion avant leur mise en vente

Profil : vous êtes titulaire d'un CAP ou d'un Bac pro en maintenance automobile (ou équivalent), vous avez le permis B.
Rémunération : 80 à 100 % du SMIC selon âge et diplôme + prime d'atelier.
Horaires : 39h, du lundi au vendredi + 1 samedi matin par mois.
"""), nom="NORMANDIE AUTOMOBILES", nature="pro", months=12, naf="45.11Z", size="20-49", comp=COMP["I1604"],
   qual=["rigueur", "autonomie", "equipe"], form=F_AUTO_BAC, heures="39H Horaires normaux",
   sal={"commentaire": "80 à 100 % du SMIC selon âge et diplôme + prime d'atelier"})
relay("rl_normauto", "ft_normauto", text="ws", ctype=("Professionnalisation",), duration=12, delay_h=1)
lba("lba_normauto", "Meteojob", "normauto", "Alternant Mécanicien Après-Vente H/F", "2026-04-02", T("""
Notre concession de Lisieux renforce son équipe atelier ! En alternance (contrat pro 12 mois, CQP), vous prendrez en charge les révisions, les remplacements de pièces mécaniques (embrayage, distribution, trains roulants), les premiers diagnostics et la préparation des VO. Vous avez un CAP/Bac pro auto et le permis B. 39h/semaine.
"""), ["I1604"], ctype=("Professionnalisation",), duration=12, desired=[], acquired=[], phone=False, diploma="4",
    start=None)
group("cross_post", ["lba_normauto", "ft_normauto", "rl_normauto"],
      "Three members: the dealership posted via Meteojob (relayed to LBA) 12 days before posting on FT as "
      "'NORMANDIE AUTOMOBILES'; LBA also relayed the FT offer (blank lines removed). The Meteojob text is a short "
      "heavy rewrite with another title.")

# --- Garage Lebourg, Fécamp: republished on LBA 4 weeks later ---
LEBOURG = T("""
Petit garage familial à Fécamp (2 mécaniciens + le patron). On cherche un apprenti pour le CAP maintenance des véhicules. Entretien, freins, pneus, un peu de carrosserie légère. Ambiance familiale.{fin}
""")
lba("lba_lebourg_1", "offres_emploi_lba", "lebourg", "Apprenti mécanicien auto", "2026-02-16",
    LEBOURG.format(fin=""), ["I1604"])
lba("lba_lebourg_2", "offres_emploi_lba", "lebourg", "Apprenti(e) mécanicien(ne) automobile", "2026-03-16",
    LEBOURG.format(fin="\nPoste toujours disponible, démarrage possible en avril."), ["I1604"], start="2026-04-06")
group("double_pull", ["lba_lebourg_1", "lba_lebourg_2"],
      "Garage Lebourg reposted its LBA offer 4 weeks later: one sentence added, title and start date changed.")

# --- CFA Auto Normandie (delegated): Garage Marie in Bayeux (cross-post) and a garage in Flers ---
ft("ft_garagemarie", "bayeux", "I1604", "Mécanicien / Mécanicienne automobile", "Apprenti mécanicien automobile (H/F)",
   "2026-02-27", T("""
Garage Marie et Fils, agent de marque à Bayeux depuis 3 générations, recherche un apprenti mécanicien pour un Bac pro Maintenance des véhicules en 3 ans (ou en 2 ans après un CAP).
Entretien, réparation, diagnostic sur véhicules récents et hybrides, avec formation aux habilitations électriques.
Travail du lundi au vendredi. Équipe de 6 personnes.
"""), nom="GARAGE MARIE ET FILS", naf="45.20A", size="6-9", months=36, form=[("Mécanique automobile", "Bac ou équivalent", "S")])
CFA_AUTO_DESC = "CFA des métiers de l'automobile : CAP, Bac pro et BTS Maintenance des véhicules."
lba("lba_cfa_marie", "offres_emploi_lba", "cfaauto", "Apprenti(e) mécanicien(ne) automobile - Bac pro MV - Bayeux",
    "2026-03-03", T("""
Le CFA Auto Normandie recherche pour un garage partenaire, agent de marque installé à Bayeux (14400), un(e) apprenti(e) en Bac pro Maintenance des véhicules (3 ans, ou 2 ans après un CAP).
Entretien, réparation et diagnostic de véhicules récents, y compris hybrides (habilitation électrique préparée pendant la formation). Équipe de 6 personnes, du lundi au vendredi.
Le CFA vous accompagne dans vos démarches : contrat, aides au permis, hébergement.
"""), ["I1604"], delegated=True, edesc=CFA_AUTO_DESC, diploma="4", duration=36)
group("cross_post", ["ft_garagemarie", "lba_cfa_marie"],
      "Garage Marie et Fils (Bayeux) posted on FT; 4 days later its CFA posted the same job on LBA as a delegated "
      "offer (workplace = CFA Auto Normandie in Hérouville-Saint-Clair, employer unnamed). Light rewrite.")
lba("lba_cfa_flers", "offres_emploi_lba", "cfaauto", "Apprenti(e) mécanicien(ne) automobile - CAP MV - Flers",
    "2026-03-10", T("""
Le CFA Auto Normandie recherche pour un garage partenaire, garage indépendant installé à Flers (61100), un(e) apprenti(e) en CAP Maintenance des véhicules (2 ans).
Entretien courant, freinage, pneumatiques, préparation des véhicules. Équipe de 3 personnes, du lundi au vendredi.
Le CFA vous accompagne dans vos démarches : contrat, aides au permis, hébergement.
"""), ["I1604"], delegated=True, edesc=CFA_AUTO_DESC)

# --- Le Havre: two different garages, near-identical short generic texts (one per board) ---
ft("ft_oceane", "lehavre", "I1604", "Mécanicien / Mécanicienne automobile", "Apprenti mécanicien (H/F)",
   "2026-04-20", T("""
Garage recherche apprenti mécanicien. CAP maintenance des véhicules. Entretien et réparation. Motivé et sérieux.
"""), nom="GARAGE OCEANE AUTO", naf="45.20A", size="3-5")
lba("lba_rondpoint", "offres_emploi_lba", "rondpoint", "Apprenti(e) mécanicien(ne)", "2026-04-21", T("""
Garage recherche apprenti(e) mécanicien(ne) pour CAP Maintenance des véhicules. Entretien, réparations. Personne motivée et sérieuse.
"""), ["I1604"], acquired=[])
trap("similar_generic_text", ["ft_oceane", "lba_rondpoint"],
     "Two different Le Havre garages (Garage Océane Auto on FT; SARL GRP AUTOMOBILES 'Garage du Rond-Point' on LBA) "
     "with the same one-line generic text one day apart: not a cross-post.")

# --- Garage fillers ---
ft("ft_garageseine", "vernon", "I1604", "Mécanicien / Mécanicienne automobile", "apprenti mecanicien automobile h/f",
   "2026-04-07", T("""
Garage situé à Vernon (27200), réparation toutes marques,  recherche un apprenti mécanicien automobile  pour la rentrée 2026.

CAP MV en 2 ans au CFA de l'Eure.

Missions : entretien courant, freinage, embrayage, pneumatiques, diagnostic.

Horaires : 8h30-12h / 14h-18h du lundi au vendredi.

Merci de joindre une lettre de motivation.
"""), nom="GARAGE DE LA SEINE", naf="45.20A", size="3-5", form=F_AUTO_CAP)
relay("rl_garageseine", "ft_garageseine", title="Apprenti Mecanicien Automobile H/F", text="ws", delay_h=3)
group("relay", ["ft_garageseine", "rl_garageseine"],
      "LBA relay: blank lines and double spaces removed, lower-case title re-cased.")
ft("ft_vexin_garage", "vernon", "I1604", "Mécanicien / Mécanicienne automobile", "Apprenti mécanicien auto (H/F)",
   "2026-04-09", T("""
Garage du Vexin, route de Rouen à Vernon, recherche un(e) apprenti(e) en Bac pro Maintenance des véhicules.
Vous travaillerez sur véhicules particuliers et utilitaires légers : entretien, freinage, diagnostic, climatisation.
Lundi-vendredi, 39h. Permis B souhaité.
"""), nom="GARAGE DU VEXIN", naf="45.20A", size="6-9", form=[("Mécanique automobile", "Bac ou équivalent", "S")],
   months=36, heures="39H Horaires normaux")

ft("ft_mecano_rouen", "rouen", "I1604", "Mécanicien / Mécanicienne automobile", "Mécanicien automobile H/F - CDI",
   "2026-03-05", T("""
Centre d'entretien automobile de la rive gauche de Rouen recherche un mécanicien confirmé (H/F).
Entretien, diagnostic, distribution, embrayage, climatisation. Autonome sur l'ensemble des interventions courantes.
CAP / Bac pro MV, 3 ans d'expérience. 35h du lundi au vendredi, prime de productivité.
"""), nom="ROUEN AUTO REPARATION", nature="cdi", exp="3", naf="45.20A", size="10-19", comp=COMP["I1604"],
   qual=["autonomie", "rigueur"], sal={"libelle": "Mensuel de 2000.00 Euros à 2400.00 Euros sur 12 mois"},
   partner=("HELLOWORK", "https://www.hellowork.com/fr-fr/emplois/61840533.html"), cp="76100",
   contact={"urlPostulation": "https://www.hellowork.com/fr-fr/emplois/61840533.html"})

ft("ft_pl_caen", "caen", "I1604", "Mécanicien / Mécanicienne poids lourds",
   "Apprenti mécanicien poids lourds (H/F)", "2026-02-12", T("""
Atelier de maintenance poids lourds (tracteurs, porteurs, semi-remorques) en périphérie de Caen.
Nous proposons un contrat d'apprentissage en CAP Maintenance des véhicules option véhicules de transport routier, ou Bac pro.
Entretien, freinage, pneumatiques, électricité, diagnostic. Travail en équipe avec 8 mécaniciens.
Horaires : 7h30-16h, un samedi matin par mois.
"""), nom="TRANS NORMANDIE POIDS LOURDS SERVICE", naf="45.20B", size="20-49", form=F_AUTO_CAP,
   qual=["equipe", "rigueur"])

lba("lba_seinemotors", "Hellowork", "seinemotors", "Apprenti Technicien Après-Vente Automobile - BTS MV (H/F)",
    "2026-02-20", T("""
Seine Motors, concession automobile à Rouen (VN, VO, atelier, carrosserie), recrute un(e) apprenti(e) Technicien(ne) Après-Vente en BTS Maintenance des véhicules.

Vos missions :
- Diagnostiquer les pannes à l'aide des outils constructeur
- Réaliser les interventions mécaniques, électriques et électroniques
- Intervenir sur les véhicules hybrides et électriques (habilitation préparée)
- Renseigner les ordres de réparation

Profil : titulaire d'un Bac pro MV ou STI2D, rigoureux(se) et curieux(se).
Contrat : apprentissage 24 mois - Rouen (76).
"""), ["I1604"], desired=[], acquired=[], phone=False, diploma="5")

lba("lba_caenauto", "offres_emploi_lba", "caenauto", "Apprenti mécanicien automobile - CAP", "2026-03-24", T("""
Caen Auto Services (rue d'Auge), entretien et réparation toutes marques. Nous cherchons un apprenti en CAP Maintenance des véhicules. Au programme : vidanges, pneumatiques, freinage, entretien climatisation, préparation esthétique des véhicules. 35h du lundi au vendredi.
"""), ["I1604"])

lba("lba_hebert", "offres_emploi_lba", "hebert", "Mécanicien / Mécanicienne automobile", "2026-02-10", T("""
Réalise l'entretien courant et les réparations des véhicules particuliers : vidanges, freinage, pneumatiques et recherche de pannes simples, selon les préconisations du constructeur.
"""), ["I1604"], access=["Ce métier est accessible avec un CAP Maintenance des véhicules ou en apprentissage."])
lba("lba_leroux", "offres_emploi_lba", "leroux", "Mécanicien / Mécanicienne automobile", "2026-03-30", T("""
Réalise l'entretien courant et les réparations des véhicules particuliers : vidanges, freinage, pneumatiques et recherche de pannes simples, selon les préconisations du constructeur.
"""), ["I1604"], access=["Ce métier est accessible avec un CAP Maintenance des véhicules ou en apprentissage."])

ft("ft_dieppe_auto", "dieppe", "I1604", "Mécanicien / Mécanicienne automobile",
   "Mécanicien automobile en apprentissage (H/F)", "2026-03-26", T("""
Garage de Dieppe (quartier de Neuville) recherche apprenti(e) mécanicien(ne) auto, CAP ou bac pro.
Entretien, pneus, freins, vidanges, diagnostic simple. Du lundi au vendredi. Tenue fournie.
"""), nom=None, naf="45.20A", size="3-5",
   contact=ft_contact("M. Lionel Crochemore", "Avenue de la Libération", "76200 DIEPPE", "dieppeauto", mobile=True))


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------
def ref(key):
    m = META[key]
    if m["source"] == "france_travail":
        return {"source": "france_travail", "id": FT[key]["id"]}
    return {"source": "lba", "id": LBA[key]["identifier"]["id"]}


def dump(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def main():
    for sub in ("ft", "lba"):
        d = os.path.join(HERE, sub)
        if os.path.isdir(d):
            for f in os.listdir(d):
                if f.endswith(".json"):
                    os.remove(os.path.join(d, f))
    # France Travail: one search answer per département (sorted by creation date, newest first)
    by_dep = {}
    for k, o in FT.items():
        by_dep.setdefault(o["lieuTravail"]["libelle"][:2], []).append(o)
    for dep, offers in sorted(by_dep.items()):
        offers.sort(key=lambda o: o["dateCreation"], reverse=True)
        agg = {}
        for o in offers:
            agg[o["typeContrat"]] = agg.get(o["typeContrat"], 0) + 1
        dump(os.path.join(HERE, "ft", "offres_dep%s.json" % dep),
             {"resultats": offers,
              "filtresPossibles": [{"filtre": "typeContrat",
                                    "agregation": [{"valeurPossible": k, "nbResultats": v}
                                                   for k, v in sorted(agg.items())]}]})
    # La bonne alternance: one search answer per family of ROME codes queried
    files = {"D1102": "romes_D1102_D1106", "D1106": "romes_D1102_D1106", "G1602": "romes_G1602_G1803",
             "G1803": "romes_G1602_G1803", "I1604": "romes_I1604"}
    order = {"offres_emploi_lba": 0, "France Travail": 1}
    by_file = {}
    for k, j in LBA.items():
        by_file.setdefault(files[j["offer"]["rome_codes"][0]], []).append(j)
    for name, jobs in sorted(by_file.items()):
        jobs.sort(key=lambda j: j["offer"]["publication"]["creation"], reverse=True)
        jobs.sort(key=lambda j: order.get(j["identifier"]["partner_label"], 2))
        dump(os.path.join(HERE, "lba", name + ".json"), {"jobs": jobs, "recruiters": [], "warnings": []})
    truth = {
        "groups": [{"kind": k, "members": [ref(x) for x in keys], "note": n} for k, keys, n in GROUPS],
        "traps": [{"kind": k, "members": [ref(x) for x in keys], "note": n} for k, keys, n in TRAPS],
    }
    dump(os.path.join(HERE, "truth.json"), truth)
    write_readme()


def write_readme():
    gk, tk = {}, {}
    for k, keys, n in GROUPS:
        gk[k] = gk.get(k, 0) + 1
    for k, keys, n in TRAPS:
        tk[k] = tk.get(k, 0) + 1
    three = sum(1 for k, keys, n in GROUPS if len(keys) == 3)
    in_groups = set(x for k, keys, n in GROUPS for x in keys)
    distinct = len(FT) + len(LBA) - sum(len(keys) - 1 for k, keys, n in GROUPS)
    dates = sorted(m["created"] for m in META.values())
    in2026 = [d for d in dates if d.year == 2026]
    partners = {}
    for j in LBA.values():
        p = j["identifier"]["partner_label"]
        partners[p] = partners.get(p, 0) + 1
    lines = [
        "# Partie G — Normandie (région INSEE 28)",
        "",
        "Jeu d'évaluation écrit à l'aveugle : offres fictives publiées sur France Travail (`ft/`, une réponse de",
        "recherche par département : 14, 27, 50, 61, 76) et sur La bonne alternance (`lba/`, une réponse par famille",
        "de codes ROME). `truth.json` dit quelles annonces sont la même offre. Généré par `generate.py`",
        "(textes écrits à la main dans le script), vérifié par `check.py`.",
        "",
        "- Offres France Travail : %d ; offres La bonne alternance : %d (%s)." % (
            len(FT), len(LBA), ", ".join("%s %d" % (k, v) for k, v in sorted(partners.items()))),
        "- Groupes : %s, dont %d à trois membres ; %d annonces groupées ; %d offres distinctes au total." % (
            ", ".join("%s %d" % (k, v) for k, v in sorted(gk.items())), three, len(in_groups), distinct),
        "- Pièges (offres distinctes qui se ressemblent) : %d — %s." % (
            len(TRAPS), ", ".join("%s %d" % (k, v) for k, v in sorted(tk.items()))),
        "- Codes ROME : " + ", ".join("%s (%s)" % (k, v) for k, v in ROME.items()) +
        " ; quelques relais ajoutent %s dans `rome_codes`." % ", ".join(sorted(set(
            c for j in LBA.values() for c in j["offer"]["rome_codes"][1:]))),
        "- Communes : Rouen, Le Havre, Caen, Cherbourg-en-Cotentin, Évreux, Alençon, Dieppe, Lisieux, Elbeuf,",
        "  Bayeux, Vernon, Saint-Lô, Fécamp, Flers, Honfleur, Mont-Saint-Aignan, Saint-Étienne-du-Rouvray,",
        "  Hérouville-Saint-Clair, Granville, Louviers, Argentan, Yvetot.",
        "- Dates de création : du %s au %s (2026) ; une seule exception voulue, l'offre de %s du piège",
        "  `rehire_after_6_months` (même boulangerie, même poste, nouvelle embauche sept mois plus tard).",
    ]
    old = [d for d in dates if d.year != 2026]
    lines[-2] = lines[-2] % (in2026[0].strftime("%d/%m"), in2026[-1].strftime("%d/%m"),
                             old[0].strftime("%m/%Y") if old else "-")
    lines += [
        "- Cas difficiles privilégiés : textes courts et génériques d'employeurs différents dans une même ville,",
        "  noms d'employeurs presque identiques (deux sociétés), un employeur avec deux postes sous le même code",
        "  ROME, employeur absent d'un côté, reprises très réécrites, intitulés différents pour le même poste,",
        "  offres déposées par un CFA (`is_delegated` vrai, lieu et SIRET du CFA), republications sur un même site.",
        "- Téléphones dans les tranches ARCEP réservées à la fiction ; e-mails et sites en `.example`.",
        "",
    ]
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


if __name__ == "__main__":
    main()
