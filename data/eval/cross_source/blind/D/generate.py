#!/usr/bin/env python3
"""Partie D (Nouvelle-Aquitaine) : générateur déterministe des offres France Travail et La bonne alternance.

Tout est fictif (entreprises, SIRET, personnes, adresses, textes, identifiants).
Bibliothèque standard uniquement. Usage : python3 generate.py
"""
import datetime as dt
import hashlib
import json
import os
import random
import re
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))


def T(s):
    return textwrap.dedent(s).strip("\n")


def rng_for(key):
    return random.Random(hashlib.sha256(("partD:" + key).encode("utf-8")).hexdigest())


# --------------------------------------------------------------------------------------------
# Référentiels (codes ROME v3 réels, communes et codes postaux réels)
# --------------------------------------------------------------------------------------------
ROME_LIB = {
    "D1102": "Boulangerie - viennoiserie",
    "D1104": "Pâtisserie, confiserie, chocolaterie et glacerie",
    "D1106": "Vente en alimentation",
    "I1604": "Mécanique automobile et entretien de véhicules",
    "I1606": "Réparation de carrosserie",
    "G1602": "Personnel de cuisine",
    "G1603": "Personnel polyvalent en restauration",
    "K2204": "Nettoyage de locaux",
    "K2201": "Blanchisserie, pressing",
}

# key: (libellé FT, nom usuel, département, INSEE, lat, lon, code postal par défaut, libellé LBA relais)
COMMUNES = {
    "bordeaux": ("BORDEAUX", "Bordeaux", "33", "33063", 44.837789, -0.57918, "33000", "33 - Bordeaux"),
    "merignac": ("MERIGNAC", "Mérignac", "33", "33281", 44.838611, -0.643611, "33700", "33 - Mérignac"),
    "pessac": ("PESSAC", "Pessac", "33", "33318", 44.806667, -0.631111, "33600", "33 - Pessac"),
    "talence": ("TALENCE", "Talence", "33", "33522", 44.806, -0.588, "33400", "33 - Talence"),
    "begles": ("BEGLES", "Bègles", "33", "33039", 44.808611, -0.547778, "33130", "33 - Bègles"),
    "libourne": ("LIBOURNE", "Libourne", "33", "33243", 44.915278, -0.243889, "33500", "33 - Libourne"),
    "arcachon": ("ARCACHON", "Arcachon", "33", "33009", 44.658611, -1.168889, "33120", "33 - Arcachon"),
    "limoges": ("LIMOGES", "Limoges", "87", "87085", 45.833611, 1.261111, "87000", "87 - Limoges"),
    "pau": ("PAU", "Pau", "64", "64445", 43.300833, -0.368333, "64000", "64 - Pau"),
    "bayonne": ("BAYONNE", "Bayonne", "64", "64102", 43.492949, -1.474841, "64100", "64 - Bayonne"),
    "anglet": ("ANGLET", "Anglet", "64", "64024", 43.485, -1.515, "64600", "64 - Anglet"),
    "biarritz": ("BIARRITZ", "Biarritz", "64", "64122", 43.483231, -1.558626, "64200", "64 - Biarritz"),
    "poitiers": ("POITIERS", "Poitiers", "86", "86194", 46.580224, 0.340375, "86000", "86 - Poitiers"),
    "chatellerault": ("CHATELLERAULT", "Châtellerault", "86", "86066", 46.817778, 0.546111, "86100", "86 - Châtellerault"),
    "larochelle": ("LA ROCHELLE", "La Rochelle", "17", "17300", 46.160329, -1.151139, "17000", "17 - La Rochelle"),
    "angouleme": ("ANGOULEME", "Angoulême", "16", "16015", 45.648377, 0.156237, "16000", "16 - Angoulême"),
    "perigueux": ("PERIGUEUX", "Périgueux", "24", "24322", 45.184029, 0.7211149, "24000", "24 - Périgueux"),
    "brive": ("BRIVE LA GAILLARDE", "Brive-la-Gaillarde", "19", "19031", 45.158889, 1.532778, "19100", "19 - Brive-la-Gaillarde"),
}

# secteur: (NAF FT, code secteur FT, libellé NAF, idcc, opco)
AKTO = "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre"
SECTEURS = {
    "boul": ("10.71C", "10", "Boulangerie et boulangerie-pâtisserie", 843, "Opco entreprises de proximité"),
    "hyper": ("47.11F", "47", "Hypermarchés", 2216, "L'Opcommerce"),
    "detail": ("47.29Z", "47", "Autres commerces de détail alimentaires en magasin spécialisé", 1505, "L'Opcommerce"),
    "charcut": ("47.22Z", "47", "Commerce de détail de viandes et de produits à base de viande en magasin spécialisé", 992, "Opco entreprises de proximité"),
    "auto": ("45.20A", "45", "Entretien et réparation de véhicules automobiles légers", 1090, "Opco Mobilités"),
    "concession": ("45.11Z", "45", "Commerce de voitures et de véhicules automobiles légers", 1090, "Opco Mobilités"),
    "resto": ("56.10A", "56", "Restauration traditionnelle", 1979, AKTO),
    "hotel": ("55.10Z", "55", "Hôtels et hébergement similaire", 1979, AKTO),
    "collective": ("56.29A", "56", "Restauration collective sous contrat", 1266, AKTO),
    "geiq": ("78.30Z", "78", "Autre mise à disposition de ressources humaines", 1979, AKTO),
    "proprete": ("81.21Z", "81", "Nettoyage courant des bâtiments", 3043, AKTO),
    "interim": ("78.20Z", "78", "Activités des agences de travail temporaire", 2378, AKTO),
    "cfa": ("85.32Z", "85", "Enseignement secondaire technique ou professionnel", None, None),
}

FORMATIONS = {
    "boul": ("21528", "Boulangerie"),
    "vente": ("34554", "Vente"),
    "fromage": ("21530", "Crèmerie fromagerie"),
    "auto": ("31812", "Mécanique automobile"),
    "cuisine": ("42752", "Cuisine"),
    "proprete": ("42811", "Nettoyage"),
}
NIVEAUX = {
    "3": "CAP, BEP et équivalents",
    "4": "Bac ou équivalent",
    "5": "Bac+2 ou équivalents",
}
DIPLOMES_LBA = {
    "3": {"european": "3", "label": "Cap, autres formations (Infrabac)"},
    "4": {"european": "4", "label": "BP, Bac, autres formations (Bac)"},
    "5": {"european": "5", "label": "BTS, DEUST, autres formations (Bac+2)"},
}


# --------------------------------------------------------------------------------------------
# Outils : dates, identifiants, SIRET, coordonnées
# --------------------------------------------------------------------------------------------
def parse(s):
    return dt.datetime.strptime(s, "%Y-%m-%dT%H:%M:%S")


def z(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"


def zs(s):
    return z(parse(s))


_ft_ids = set()


def make_ft_id(key, created):
    r = rng_for("ftid:" + key)
    year = parse(created).year
    while True:
        num = r.randint(186, 199) if year < 2026 else r.randint(200, 213)
        fid = "%d%s" % (num, "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)))
        if fid not in _ft_ids:
            _ft_ids.add(fid)
            return fid


_lba_ids = set()


def make_lba_id(key, created, offset_s=0):
    r = rng_for("lbaid:" + key)
    ts = int((parse(created) - dt.datetime(1970, 1, 1)).total_seconds()) + offset_s
    while True:
        oid = "%08x" % ts + "".join(r.choice("0123456789abcdef") for _ in range(16))
        if oid not in _lba_ids:
            _lba_ids.add(oid)
            return oid


def _luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _complete_luhn(prefix):
    for d in "0123456789":
        if _luhn_ok(prefix + d):
            return prefix + d
    raise ValueError(prefix)


def siren_of(company):
    r = rng_for("siren:" + company)
    prefix = str(r.randint(3, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
    return _complete_luhn(prefix)


def siret_of(company, site=1):
    return _complete_luhn(siren_of(company) + "%04d" % (site,))


def jitter(place, key, spread=0.012):
    c = COMMUNES[place]
    r = rng_for("geo:" + key)
    return round(c[4] + r.uniform(-spread, spread), 6), round(c[5] + r.uniform(-spread, spread) * 1.4, 6)


def slug(s):
    s = s.lower()
    for a, b in (("àâä", "a"), ("éèêë", "e"), ("îï", "i"), ("ôö", "o"), ("ùûü", "u"), ("ç", "c")):
        for ch in a:
            s = s.replace(ch, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:60]


# --------------------------------------------------------------------------------------------
# Transformations de texte (relais, doublons)
# --------------------------------------------------------------------------------------------
def cut(text, n, ellipsis=True):
    """Coupe le texte vers n caractères, sur une fin de mot."""
    if len(text) <= n:
        return text
    part = text[:n]
    sp = max(part.rfind(" "), part.rfind("\n"))
    if sp > n // 2:
        part = part[:sp]
    part = part.rstrip(" ,;:-\n")
    return part + ("..." if ellipsis else "")


def flatten(text):
    """Sauts de ligne remplacés par des espaces (relais qui perd la mise en forme)."""
    t = re.sub(r"\s*\n\s*", " ", text)
    return re.sub(r" {2,}", " ", t).strip()


def squeeze_blank(text):
    """Lignes vides supprimées, espaces doublés."""
    lines = [ln.rstrip() for ln in text.split("\n") if ln.strip()]
    return "\n".join(lines).replace(" : ", "  :  ")


def crlf(text):
    return text.replace("\n", "\r\n") + "\r\n"


# --------------------------------------------------------------------------------------------
# Constructeurs
# --------------------------------------------------------------------------------------------
FT = {}   # clé -> offre France Travail
LBA = {}  # clé -> job La bonne alternance
FT_FILE = {}
LBA_FILE = {}

CONTRATS = {
    "app": ("CDD", "Contrat à durée déterminée - {m} Mois", "Contrat apprentissage", True),
    "app_cdi": ("CDI", "Contrat à durée indéterminée", "Contrat apprentissage", True),
    "pro": ("CDD", "Contrat à durée déterminée - {m} Mois", "Contrat de professionnalisation", True),
    "cdi": ("CDI", "Contrat à durée indéterminée", "Contrat travail", False),
    "cdd": ("CDD", "Contrat à durée déterminée - {m} Mois", "Contrat travail", False),
    "sai": ("SAI", "Contrat travail saisonnier - {m} Mois", "Contrat travail", False),
}

APPELLATIONS = {
    "boulanger": ("D1102", "Boulanger / Boulangère"),
    "boulanger_patissier": ("D1102", "Boulanger-pâtissier / Boulangère-pâtissière"),
    "vendeur_boul": ("D1106", "Vendeur / Vendeuse en boulangerie-pâtisserie"),
    "vendeur_fromage": ("D1106", "Vendeur / Vendeuse en fromagerie"),
    "vendeur_fl": ("D1106", "Vendeur / Vendeuse en fruits et légumes"),
    "vendeur_charcut": ("D1106", "Vendeur / Vendeuse en charcuterie"),
    "vendeur_epicerie": ("D1106", "Vendeur / Vendeuse en épicerie fine"),
    "vendeur_alim": ("D1106", "Vendeur / Vendeuse en alimentation générale"),
    "meca": ("I1604", "Mécanicien / Mécanicienne automobile"),
    "meca_entretien": ("I1604", "Mécanicien / Mécanicienne d'entretien automobile"),
    "technicien_auto": ("I1604", "Technicien / Technicienne de maintenance automobile"),
    "commis": ("G1602", "Commis / Commise de cuisine"),
    "cuisinier": ("G1602", "Cuisinier / Cuisinière"),
    "cuisinier_coll": ("G1602", "Cuisinier / Cuisinière de collectivité"),
    "patissier_resto": ("G1602", "Pâtissier / Pâtissière de restaurant"),
    "agent_proprete": ("K2204", "Agent / Agente de propreté et d'hygiène"),
    "agent_nettoyage": ("K2204", "Agent / Agente de nettoyage"),
    "agent_entretien": ("K2204", "Agent / Agente d'entretien de locaux"),
}

QUALITES = {
    "rigueur": ("Faire preuve de rigueur et de précision", "Capacité à respecter les règles et les consignes, à être exact et minutieux dans la réalisation des tâches."),
    "equipe": ("Travailler en équipe", "Capacité à travailler avec d'autres personnes, à partager des informations et à coopérer."),
    "autonomie": ("Faire preuve d'autonomie", "Capacité à prendre en charge son activité sans devoir être encadré de façon continue."),
    "reactivite": ("Faire preuve de réactivité", "Capacité à réagir rapidement face à des évènements et à des imprévus, en hiérarchisant les actions."),
    "relation": ("Avoir le sens du service", "Capacité à être à l'écoute, à répondre à la demande d'un client ou d'un usager."),
    "curiosite": ("Faire preuve de curiosité", "Capacité à aller chercher les informations, à s'intéresser à son environnement."),
    "organisation": ("Organiser son travail selon les priorités et les objectifs", "Capacité à hiérarchiser ses tâches pour atteindre les objectifs fixés."),
    "stress": ("Gérer son stress", "Capacité à garder son calme et à conserver son efficacité dans des situations de tension."),
}

COMPETENCES = {
    "petrir": ("124286", "Pétrir une pâte"),
    "faconner": ("123611", "Façonner une pâte"),
    "cuisson_pain": ("120867", "Contrôler la cuisson des produits de boulangerie"),
    "hygiene_alim": ("124077", "Appliquer les règles d'hygiène et de sécurité alimentaire"),
    "encaisser": ("100132", "Encaisser le montant d'une vente"),
    "conseiller": ("117198", "Conseiller un client sur le choix d'un produit"),
    "vitrine": ("125894", "Mettre en valeur des produits en vitrine"),
    "decoupe_fromage": ("121734", "Découper des produits à la coupe"),
    "vidange": ("116423", "Réaliser l'entretien courant d'un véhicule (vidange, filtres, niveaux)"),
    "freinage": ("116461", "Remplacer des éléments de freinage"),
    "diagnostic": ("118291", "Réaliser un diagnostic électronique"),
    "pneus": ("124933", "Monter et équilibrer des pneumatiques"),
    "mise_en_place": ("121586", "Réaliser la mise en place du poste de travail en cuisine"),
    "taillage": ("120730", "Tailler et découper des légumes"),
    "dressage": ("118774", "Dresser des assiettes"),
    "sols": ("113957", "Nettoyer des sols manuellement ou avec une machine"),
    "sanitaires": ("120198", "Nettoyer et désinfecter des sanitaires"),
    "dosage": ("125506", "Doser et utiliser des produits d'entretien"),
    "autolaveuse": (None, "Conduire une autolaveuse"),
    "haccp": (None, "Connaissance des normes HACCP"),
    "caisse": (None, "Tenue de caisse"),
    "levain": (None, "Fabrication au levain naturel"),
}


def ft(key, *, file, title, desc, created, place, rome_app, updated=None, cp=None, nom=None, ent_desc=None,
       ent_url=None, kind="app", months=24, exp="D", comp=(), qual=(), salaire="app", contact=None, sector=None,
       effectif=None, postes=1, formation=None, origine=None, qualif=("6", "Employé qualifié"), duree="35H Horaires normaux"):
    c = COMMUNES[place]
    rome, appel = APPELLATIONS[rome_app]
    fid = make_ft_id(key, created)
    tc, tcl, nature, alt = CONTRATS[kind]
    if updated is None:
        d = parse(created) + dt.timedelta(hours=rng_for("upd:" + key).randint(1, 60))
        updated = d.strftime("%Y-%m-%dT%H:%M:%S")
    o = {
        "id": fid,
        "intitule": title,
        "description": desc,
        "dateCreation": zs(created),
        "dateActualisation": zs(updated),
        "lieuTravail": {
            "libelle": "%s - %s" % (c[2], c[0]),
            "latitude": c[4],
            "longitude": c[5],
            "codePostal": cp or c[6],
            "commune": c[3],
        },
        "romeCode": rome,
        "romeLibelle": ROME_LIB[rome],
        "appellationlibelle": appel,
    }
    ent = {}
    if nom:
        ent["nom"] = nom
    if ent_desc:
        ent["description"] = ent_desc
    if ent_url:
        ent["url"] = ent_url
    ent["entrepriseAdaptee"] = False
    o["entreprise"] = ent
    o["typeContrat"] = tc
    o["typeContratLibelle"] = tcl.format(m=months)
    o["natureContrat"] = nature
    o["experienceExige"] = exp
    o["experienceLibelle"] = {"D": "Débutant accepté", "S": "Expérience souhaitée", "E": "1 An(s)"}[exp]
    if formation:
        dom, niv, ex = formation
        code, lib = FORMATIONS[dom]
        o["formations"] = [{"codeFormation": code, "domaineLibelle": lib, "niveauLibelle": NIVEAUX[niv], "exigence": ex}]
    if comp:
        o["competences"] = [
            ({"code": COMPETENCES[k][0]} if COMPETENCES[k][0] else {})
            | {"libelle": COMPETENCES[k][1], "exigence": "S" if i % 2 else "E"}
            for i, k in enumerate(comp)
        ]
    if qual:
        o["qualitesProfessionnelles"] = [{"libelle": QUALITES[k][0], "description": QUALITES[k][1]} for k in qual]
    if salaire == "app":
        o["salaire"] = {"libelle": "Mensuel de 486.49 Euros à 1801.80 Euros sur 12 mois",
                        "commentaire": "Rémunération selon âge et année d'apprentissage"}
    elif salaire == "app2":
        o["salaire"] = {"commentaire": "Selon grille légale de l'apprentissage"}
    elif salaire == "pro":
        o["salaire"] = {"libelle": "Mensuel de 1400.0 Euros sur 12 mois", "complement1": "Mutuelle"}
    elif salaire:
        o["salaire"] = salaire
    else:
        o["salaire"] = {}
    o["dureeTravailLibelle"] = duree
    o["dureeTravailLibelleConverti"] = "Temps plein"
    o["alternance"] = alt
    if contact:
        o["contact"] = contact
    o["nombrePostes"] = postes
    o["accessibleTH"] = False
    o["qualificationCode"], o["qualificationLibelle"] = qualif
    if sector:
        s = SECTEURS[sector]
        o["codeNAF"], o["secteurActivite"], o["secteurActiviteLibelle"] = s[0], s[1], s[2]
    if effectif:
        o["trancheEffectifEtab"] = effectif
    if origine:
        o["origineOffre"] = origine
    else:
        o["origineOffre"] = {"origine": "1",
                             "urlOrigine": "https://candidat.francetravail.fr/offres/recherche/detail/" + fid}
    assert key not in FT, key
    FT[key] = o
    FT_FILE[key] = file
    return o


def lba_expiration(created):
    d = parse(created)
    days = 92 if d < dt.datetime(2026, 3, 1) else 61
    return z(d + dt.timedelta(days=days))


def lba(key, *, file, label, created, title, desc, romes, place, address=None, company=None, site=1, name=None,
        brand=None, legal=None, wdesc=None, website=None, size=None, sector=None, pjid=None, ctype=("Apprentissage",),
        start="2026-09-01T00:00:00", duration=24, remote="onsite", desired=(), acquired=(), access=(), diploma=None,
        opening=1, delegated=False, phone=None, geo=None, expiration=None, siret="auto", url=None, with_recipient=True):
    lid = make_lba_id(key, created, offset_s=rng_for("off:" + key).randint(30, 900))
    if geo is None:
        geo = jitter(place, key)
    lat, lon = geo
    if siret == "auto":
        siret = siret_of(company, site) if company else None
    if pjid is None:
        pjid = lid
    sec = SECTEURS[sector] if sector else None
    if label == "offres_emploi_lba":
        apply_url = "https://labonnealternance.apprentissage.beta.gouv.fr/emploi/offres_emploi_lba/%s/%s" % (lid, slug(title))
    elif label == "France Travail":
        apply_url = "https://candidat.francetravail.fr/offres/recherche/detail/" + pjid
    elif label == "Hellowork":
        apply_url = "https://www.hellowork.com/fr-fr/emplois/%s.html" % pjid
    elif label == "Meteojob":
        apply_url = "https://www.meteojob.com/candidat/offres/offre-d-emploi-%s-%s" % (slug(title), pjid)
    else:
        apply_url = url
    j = {
        "identifier": {"id": lid, "partner_label": label, "partner_job_id": pjid},
        "workplace": {
            "siret": siret,
            "brand": brand,
            "legal_name": legal,
            "website": website,
            "name": name,
            "description": wdesc,
            "size": size,
            "location": {"address": address, "geopoint": {"type": "Point", "coordinates": [lon, lat]}},
            "domain": {
                "idcc": sec[3] if (sec and label != "France Travail") else None,
                "opco": sec[4] if (sec and label != "France Travail") else None,
                "naf": {"code": sec[0].replace(".", ""), "label": sec[2]} if sec else None,
            },
        },
        "apply": {
            "url": url or apply_url,
            "phone": phone,
            "recipient_id": ("jobs_partners_" + lid) if (with_recipient and label != "France Travail") else None,
        },
        "contract": {
            "start": zs(start) if start else None,
            "duration": duration,
            "type": list(ctype),
            "remote": remote,
        },
        "offer": {
            "title": title,
            "rome_codes": list(romes),
            "description": desc,
            "target_diploma": DIPLOMES_LBA[diploma] if diploma else None,
            "desired_skills": list(desired),
            "to_be_acquired_skills": list(acquired),
            "access_conditions": list(access),
            "publication": {"creation": zs(created), "expiration": expiration or lba_expiration(created)},
            "opening_count": opening,
            "status": "Active",
        },
        "is_delegated": delegated,
    }
    assert key not in LBA, key
    LBA[key] = j
    LBA_FILE[key] = file
    return j


KEEP = object()


def relay(key, ft_key, *, file, text="same", title=None, romes_extra=(), name=KEEP, sector=None, desired=None,
          acquired=None, ctype=None, duration=None, start=None, delay_h=None, phone=None):
    """Relais La bonne alternance d'une offre France Travail (partner_label « France Travail »)."""
    o = FT[ft_key]
    desc = o["description"]
    if callable(text):
        desc = text(desc)
    elif text != "same":
        raise ValueError(text)
    place = [k for k, c in COMMUNES.items() if c[3] == o["lieuTravail"]["commune"]][0]
    created = o["dateCreation"][:19]
    if delay_h:
        created = (parse(created) + dt.timedelta(hours=delay_h)).strftime("%Y-%m-%dT%H:%M:%S")
    nm = o["entreprise"].get("nom") if name is KEEP else name
    f = o.get("formations") or []
    access = ["%s - %s" % (x["domaineLibelle"], x["niveauLibelle"]) for x in f]
    if desired is None:
        desired = [q["libelle"] for q in o.get("qualitesProfessionnelles", [])]
    if acquired is None:
        acquired = []
    if ctype is None:
        ctype = {"Contrat apprentissage": ("Apprentissage",),
                 "Contrat de professionnalisation": ("Professionnalisation",)}.get(o["natureContrat"], ())
    if duration is None:
        m = re.search(r"(\d+) Mois", o["typeContratLibelle"])
        duration = int(m.group(1)) if m else None
    exp = z(parse(o["dateCreation"][:19]) + dt.timedelta(days=rng_for("exp:" + key).choice([92, 105, 120])))
    return lba(key, file=file, label="France Travail", created=created, title=title or o["intitule"], desc=desc,
               romes=[o["romeCode"]] + list(romes_extra), place=place, address=COMMUNES[place][7],
               name=nm, brand=None, legal=None, wdesc=o["entreprise"].get("description"), size=None,
               sector=sector, pjid=o["id"], ctype=ctype, start=start, duration=duration, remote=None,
               desired=desired, acquired=acquired, access=access, diploma=None,
               opening=o.get("nombrePostes", 1), phone=phone, geo=(o["lieuTravail"]["latitude"],
                                                                   o["lieuTravail"]["longitude"]),
               expiration=exp, siret=None)


def contact(nom, tel=None, mail=None, adr=None, url=None):
    c = {"nom": nom}
    if adr:
        c["coordonnees1"] = adr[0]
        if len(adr) > 1:
            c["coordonnees2"] = adr[1]
    if tel:
        c["telephone"] = tel
    if mail:
        c["courriel"] = mail
    if url:
        c["urlPostulation"] = url
    return c

# ============================================================================================
# 1. BOULANGERIE / VENTE EN ALIMENTATION (D1102, D1106)
# ============================================================================================
F_D1102 = "search_region75_D1102.json"
F_D1106 = "search_region75_D1106.json"
L_BV33 = "search_D1102-D1106_dep33.json"
L_BVX = "search_D1102-D1106_dep16-17-19-24-64-86-87.json"

# --- R1 : Maison Larrieu, Bordeaux (relais, texte coupé) -----------------------------------
ft("larrieu", file=F_D1102, title="Apprenti boulanger H/F", created="2026-02-09T08:41:22", place="bordeaux",
   cp="33000", rome_app="boulanger", nom="MAISON LARRIEU", sector="boul", effectif="6 à 9 salariés",
   formation=("boul", "3", "S"), comp=("petrir", "faconner", "cuisson_pain", "hygiene_alim"),
   qual=("rigueur", "equipe", "reactivite"),
   contact=contact("MAISON LARRIEU - M. Bruno Larrieu", "05 56 00 41 27", "maison.larrieu.recrutement@orange.fr",
                   ("7 rue du Pas-Saint-Georges", "33000 BORDEAUX")),
   desc=T("""
    La Maison Larrieu, boulangerie artisanale installée depuis 1987 à deux pas de la place du Parlement, recherche un(e) apprenti(e) boulanger(e) pour la rentrée de septembre 2026.

    Vos missions, aux côtés de notre chef boulanger :
    - pesée des matières premières et préparation des pâtes (pain de tradition, pains spéciaux, brioche)
    - façonnage, pointage et mise au four
    - participation à la fabrication des viennoiseries du week-end
    - nettoyage du fournil et respect des règles d'hygiène (HACCP)

    Horaires : 4h - 11h30, 5 jours sur 7, repos le mercredi et un autre jour tournant.
    Contrat d'apprentissage de 2 ans préparant le CAP Boulanger, en lien avec un CFA de la métropole.

    Profil : motivé(e), ponctuel(le), pas peur des horaires décalés. Une première expérience est appréciée mais non exigée, on vous forme !
    Avantages : pain et viennoiseries offerts, prime de fin d'année après 1 an.
   """))
relay("larrieu_r", "larrieu", file=L_BV33, text=lambda s: cut(s, 520), title="Apprenti Boulanger H/F",
      sector="boul", acquired=["Pétrir une pâte", "Façonner une pâte"], delay_h=14)

# --- R2 + T1 : Boulangerie Lacoste, Pessac (relais avec espaces modifiés ; vendeuse = autre poste) ---
ft("lacoste_boul", file=F_D1102, title="Apprenti(e) boulanger(e) - CAP", created="2026-02-16T10:05:48",
   place="pessac", rome_app="boulanger", nom="BOULANGERIE LACOSTE", sector="boul", effectif="3 à 5 salariés",
   formation=("boul", "3", "S"), qual=("equipe", "autonomie"), salaire="app2",
   contact=contact("M. Thierry Lacoste", "05 56 45 12 90", None, ("14 avenue Jean Jaurès", "33600 PESSAC")),
   desc=T("""
    Boulangerie de quartier à Pessac centre (à 200 m du tram B), nous cherchons notre futur(e) apprenti(e) boulanger(e).

    Au fournil avec Thierry et Kevin vous apprendrez :
    * le pétrissage et la conduite des fermentations (levain naturel)
    * le façonnage des baguettes, boules, pains aux céréales
    * la cuisson au four à sole
    * la fabrication des croissants et pains au chocolat

    Formation : CAP boulanger en 2 ans (rythme CFA 1 semaine / 2 semaines entreprise).
    Début du contrat : juillet ou septembre 2026.
    Travail de nuit à partir de 18 ans uniquement, sinon horaires adaptés à partir de 6h.
    Débutant accepté, la motivation compte plus que le CV.
   """))
relay("lacoste_boul_r", "lacoste_boul", file=L_BV33, text=squeeze_blank, title="APPRENTI(E) BOULANGER(E) - CAP",
      romes_extra=("D1104",), sector="boul", delay_h=30)
lba("lacoste_vente", file=L_BV33, label="offres_emploi_lba", created="2026-02-21T16:22:10",
    title="Vendeur / Vendeuse en boulangerie-pâtisserie", romes=("D1106",), place="pessac",
    address="14 AVENUE JEAN JAURES 33600 PESSAC", company="lacoste", name="SARL LACOSTE ET FILS",
    brand="BOULANGERIE LACOSTE", legal="SARL LACOSTE ET FILS", size="3-5", sector="boul", diploma="3",
    desired=["Avoir le sens du service", "Travailler en équipe"],
    acquired=["Vente: Accueillir et conseiller le client", "Vente: Encaisser le montant d'une vente",
              "Vente: Mettre en valeur les produits en vitrine"],
    desc=T("""
    Pour renforcer l'équipe de vente de notre boulangerie à Pessac centre, nous proposons un contrat d'apprentissage (CAP Équipier polyvalent du commerce).
    Accueil et conseil des clients, encaissement, mise en place de la vitrine le matin, réassort des viennoiseries, entretien de la boutique.
    Horaires du matin ou d'après-midi selon planning, un week-end sur deux. Sourire et sens du contact indispensables.
    """))

# --- R3 : Fromagerie des Capucins (relais ; employeur absent côté LBA) -----------------------
ft("capucins_fromage", file=F_D1106, title="Vendeur en fromagerie en alternance (H/F)", created="2026-03-03T07:58:31",
   place="bordeaux", cp="33800", rome_app="vendeur_fromage", nom="FROMAGERIE DES CAPUCINS", sector="detail",
   effectif="3 à 5 salariés", formation=("fromage", "3", "S"), comp=("decoupe_fromage", "conseiller", "encaisser"),
   qual=("relation", "rigueur"),
   contact=contact("FROMAGERIE DES CAPUCINS - Mme Hélène Sabathier", "06 71 22 48 03", "fromagerie.capucins@laposte.net"),
   desc=T("""
    FROMAGERIE DES CAPUCINS – crémerie-fromagerie sur le marché des Capucins depuis 3 générations.

    Nous recrutons un(e) alternant(e) vendeur(se) pour préparer le CAP Crémier-Fromager ou un Bac pro métiers du commerce.
    Au quotidien :
    - accueil et conseil de la clientèle (particuliers et restaurateurs)
    - découpe, pesée et emballage des fromages
    - mise en valeur de l'étal, étiquetage, rotation des produits
    - soins aux fromages en cave d'affinage
    - encaissement

    Vous aimez les produits frais, le contact et l'ambiance du marché ? Rejoignez-nous.
    Horaires : du mardi au dimanche midi (2 jours de repos consécutifs), début 6h30.
   """))
relay("capucins_fromage_r", "capucins_fromage", file=L_BV33, name=None, sector="detail", delay_h=20)

# --- La Fournée Dorée : modèle d'enseigne (R4, R5, T4, T5) ---------------------------------
FOURNEE = T("""
    🥖 LA FOURNÉE DORÉE recrute pour sa boutique de {boutique} !

    Enseigne régionale de boulangerie-pâtisserie (28 points de vente en Nouvelle-Aquitaine), nous recrutons un(e) vendeur(se) en contrat d'apprentissage, de préférence pour préparer le CAP Équipier polyvalent du commerce ou le Bac Pro Métiers du commerce et de la vente.

    VOS MISSIONS
    - Accueillir et servir nos clients avec le sourire
    - Mettre en place les produits en vitrine et veiller à leur fraîcheur
    - Assurer la cuisson des baguettes en terminal de cuisson aux heures de pointe
    - Encaisser et tenir la caisse
    - Participer au nettoyage du magasin dans le respect des normes d'hygiène

    VOTRE PROFIL
    Dynamique, souriant(e), vous aimez le travail en équipe. Aucune expérience exigée.

    NOS AVANTAGES : planning connu 3 semaines à l'avance, 13e mois après 1 an, réduction personnel de 30 %.
    Poste à pourvoir dès que possible.
""")
FOURNEE_CT = dict(nom="LA FOURNEE DOREE", sector="boul", effectif="10 à 19 salariés", formation=("vente", "3", "S"),
                  comp=("encaisser", "vitrine", "conseiller"), qual=("relation", "equipe", "reactivite"),
                  ent_desc="Réseau de boulangeries-pâtisseries de Nouvelle-Aquitaine, 28 boutiques, 310 collaborateurs.",
                  ent_url="https://www.lafourneedoree-recrute.fr", salaire="app")
ft("fournee_limoges", file=F_D1106, title="Vendeur / Vendeuse en boulangerie - Apprentissage (H/F)",
   created="2026-02-23T09:12:05", place="limoges", cp="87000", rome_app="vendeur_boul",
   contact=contact("LA FOURNEE DOREE - Service recrutement", None, None, None,
                   "https://www.lafourneedoree-recrute.fr/offres/limoges-carnot"),
   desc=FOURNEE.format(boutique="Limoges – place Carnot"), **FOURNEE_CT)
ft("fournee_pau", file=F_D1106, title="Vendeur / Vendeuse en boulangerie - Apprentissage (H/F)",
   created="2026-02-24T09:14:40", place="pau", rome_app="vendeur_boul",
   contact=contact("LA FOURNEE DOREE - Service recrutement", None, None, None,
                   "https://www.lafourneedoree-recrute.fr/offres/pau-tourasse"),
   desc=FOURNEE.format(boutique="Pau – boulevard Tourasse"), **FOURNEE_CT)
ft("fournee_poitiers", file=F_D1106, title="Vendeur / Vendeuse en boulangerie - Apprentissage (H/F)",
   created="2026-02-24T09:17:02", place="poitiers", rome_app="vendeur_boul",
   contact=contact("LA FOURNEE DOREE - Service recrutement", None, None, None,
                   "https://www.lafourneedoree-recrute.fr/offres/poitiers-porte-de-paris"),
   desc=FOURNEE.format(boutique="Poitiers – Porte de Paris"), **FOURNEE_CT)
ft("fournee_bastide", file=F_D1106, title="Vendeur / Vendeuse en boulangerie - Apprentissage (H/F)",
   created="2026-02-25T08:50:19", place="bordeaux", cp="33100", rome_app="vendeur_boul",
   contact=contact("LA FOURNEE DOREE - Service recrutement", None, None, None,
                   "https://www.lafourneedoree-recrute.fr/offres/bordeaux-bastide"),
   desc=FOURNEE.format(boutique="Bordeaux Bastide – avenue Thiers"), **FOURNEE_CT)
relay("fournee_limoges_r", "fournee_limoges", file=L_BVX, sector="boul", delay_h=9)
relay("fournee_pau_r", "fournee_pau", file=L_BVX, text=lambda s: cut(s, 700),
      title="Vendeur / vendeuse en boulangerie - apprentissage (h/f)", sector="boul", delay_h=11)
lba("fournee_chartrons", file=L_BV33, label="offres_emploi_lba", created="2026-03-04T10:31:44",
    title="Vendeur / Vendeuse en boulangerie (H/F)", romes=("D1106",), place="bordeaux",
    address="52 COURS PORTAL 33300 BORDEAUX", company="fournee", site=19, name="SAS LA FOURNEE DOREE",
    brand="LA FOURNEE DOREE", legal="SAS LA FOURNEE DOREE", size="10-19", sector="boul", diploma="3",
    website="https://www.lafourneedoree-recrute.fr",
    wdesc="Réseau de boulangeries-pâtisseries de Nouvelle-Aquitaine, 28 boutiques.",
    desired=["Avoir le sens du service", "Travailler en équipe", "Faire preuve de réactivité"],
    acquired=["Vente: Encaisser le montant d'une vente", "Vente: Mettre en valeur des produits en vitrine"],
    desc=FOURNEE.format(boutique="Bordeaux Chartrons – cours Portal").replace(
        "Poste à pourvoir dès que possible.", "Poste à pourvoir pour l'ouverture de la boutique fin avril."))

# --- C1 : Le Fournil des Chartrons (cross-post léger) --------------------------------------
ft("chartrons_ft", file=F_D1106, title="Vendeuse / vendeur en boulangerie (apprentissage)", created="2026-03-10T14:02:57",
   place="bordeaux", cp="33300", rome_app="vendeur_boul", nom="SARL FOURNIL DES CHARTRONS", sector="boul",
   effectif="6 à 9 salariés", qual=("relation", "rigueur"), salaire="app2",
   contact=contact("SARL FOURNIL DES CHARTRONS - Mme Camille Audebert", "05 56 10 77 31", None,
                   ("87 rue Notre-Dame", "33300 BORDEAUX")),
   desc=T("""
    Le Fournil des Chartrons, boulangerie-pâtisserie artisanale rue Notre-Dame, cherche un(e) apprenti(e) vendeur(se).

    Missions : accueil et conseil clientèle, vente des pains, viennoiseries et pâtisseries, tenue de caisse, mise en place et réassort de la vitrine, nettoyage du magasin.
    Contrat d'apprentissage 1 ou 2 ans (CAP EPC ou Bac pro commerce).
    Horaires : 6h45-13h45 ou 13h-20h, en alternance. Fermé le lundi.
    Vous êtes souriant(e), ponctuel(le) et à l'aise avec le public.
   """))
lba("chartrons_lba", file=L_BV33, label="offres_emploi_lba", created="2026-03-13T18:44:02",
    title="Apprenti(e) vendeur(se) en boulangerie-pâtisserie", romes=("D1106",), place="bordeaux",
    address="87 rue Notre Dame 33300 Bordeaux", company="fournil_chartrons", name="SARL FOURNIL DES CHARTRONS",
    brand="Le Fournil des Chartrons", legal="SARL FOURNIL DES CHARTRONS", size="6-9", sector="boul", diploma="3",
    duration=12, desired=["Avoir le sens du service"],
    acquired=["Vente: Accueillir et conseiller le client", "Vente: Tenir une caisse"],
    desc=T("""
    Boulangerie-pâtisserie artisanale dans le quartier des Chartrons, nous accueillons un(e) apprenti(e) vendeur(se) pour la rentrée.
    Vous serez chargé(e) de la vente des pains, viennoiseries et pâtisseries, de l'accueil et du conseil clientèle, de la tenue de caisse et de la mise en place de la vitrine. Vous participerez aussi au nettoyage du magasin.
    Horaires en alternance matin (6h45-13h45) / après-midi (13h-20h), fermeture le lundi.
    Nos pâtisseries sont faites maison chaque jour : vous apprendrez à les présenter et à les conseiller.
    """))

# --- C2 : Pains & Tradition, Bordeaux Saint-Augustin (employeur absent côté FT) -----------------
ft("pains_tradition_ft", file=F_D1102, title="Apprenti boulanger (H/F)", created="2026-02-18T11:37:12",
   place="bordeaux", cp="33000", rome_app="boulanger", sector="boul", effectif="3 à 5 salariés",
   formation=("boul", "3", "S"), comp=("levain", "petrir", "faconner"), salaire="app",
   contact=contact("M. Florian Cazaux", "06 12 84 30 57", "painsettradition33@gmail.com"),
   desc=T("""
    Boulangerie artisanale du quartier Saint-Augustin (Bordeaux) recherche apprenti(e) boulanger(e) en CAP ou BP.
    Fabrication 100 % maison : pains au levain, baguette de tradition, fougasses, viennoiseries pur beurre.
    Vous travaillerez en binôme avec le patron sur toutes les étapes : pétrissage, division, façonnage, cuisson.
    Horaires de nuit (à partir de 2h30) pour les majeurs. 2 jours de repos consécutifs (dimanche après-midi + lundi).
    Pas de diplôme exigé. Envoyez CV + quelques mots sur votre motivation.
   """))
lba("pains_tradition_lba", file=L_BV33, label="offres_emploi_lba", created="2026-02-24T07:15:39",
    title="Boulanger / Boulangère", romes=("D1102",), place="bordeaux",
    address="19 PL DE L EGLISE SAINT AUGUSTIN 33000 BORDEAUX", company="pains_tradition",
    name="EURL PAINS ET TRADITION", brand="PAINS & TRADITION", legal="EURL PAINS ET TRADITION", size="3-5",
    sector="boul", diploma="3", desired=["Faire preuve de rigueur et de précision"],
    acquired=["Production, Fabrication: Pétrir et façonner une pâte",
              "Production, Fabrication: Conduire une fermentation au levain",
              "Production, Fabrication: Contrôler la cuisson des produits"],
    access=["Ce métier est accessible sans diplôme ; le CAP Boulanger est préparé pendant le contrat."],
    desc=T("""
    Pains & Tradition, c'est une petite équipe de 4 personnes et un fournil où tout est fait sur place, du levain aux croissants.
    Nous proposons un contrat d'apprentissage (CAP boulanger, ou BP si vous avez déjà le CAP). Vous apprendrez le métier au côté du gérant : pesée, pétrissage, façonnage, cuisson des pains et des viennoiseries.
    Le travail commence tôt (nuit possible à partir de 18 ans). Repos le dimanche après-midi et le lundi.
    """))

# --- C3 + T2 : Hyper Soleil Mérignac (deux postes D1106 ; cross-post Hellowork réécrit) ------------
HYPER_CT = dict(nom="HYPER SOLEIL MERIGNAC", sector="hyper", effectif="100 à 199 salariés",
                ent_desc="Hypermarché indépendant de la zone commerciale de Mérignac Soleil, 180 collaborateurs.",
                formation=("vente", "4", "S"), salaire="app", months=24)
ft("hyper_trad_ft", file=F_D1106,
   title="Apprenti vendeur rayon traditionnel boucherie / fromage à la coupe H/F", created="2026-03-17T09:03:40",
   place="merignac", rome_app="vendeur_charcut", postes=2, comp=("decoupe_fromage", "hygiene_alim", "conseiller"),
   qual=("relation", "rigueur", "equipe"),
   contact=contact("HYPER SOLEIL MERIGNAC - Service RH", None, "recrutement.merignac@hypersoleil.fr"),
   desc=T("""
    Hyper Soleil Mérignac (zone commerciale de Mérignac Soleil) recrute 2 apprentis pour ses rayons traditionnels.

    Rattaché(e) au manager des rayons frais traditionnels, vous préparez un Bac pro Métiers du commerce et de la vente ou un CAP Équipier polyvalent du commerce, en alternance sur 2 ans.

    Vos missions :
    • servir et conseiller les clients au comptoir boucherie, charcuterie-traiteur et fromage à la coupe
    • préparer les commandes clients et les plateaux (fromages, charcuterie)
    • mettre en place et décorer les comptoirs réfrigérés, contrôler les DLC
    • assurer la traçabilité et appliquer les règles d'hygiène (HACCP, chaîne du froid)
    • participer aux animations commerciales (foire aux fromages, fêtes de fin d'année)

    Horaires : 35 h du lundi au samedi, amplitude 7h-20h, 1 dimanche matin par mois.
    Rémunération selon barème de l'apprentissage + prime annuelle + remise sur les achats.
    Aucune expérience exigée : une formation interne à la coupe est assurée à votre arrivée.
   """), **HYPER_CT)
ft("hyper_fl_ft", file=F_D1106, title="Apprenti vendeur rayon fruits et légumes H/F", created="2026-03-17T09:11:25",
   place="merignac", rome_app="vendeur_fl", comp=("vitrine", "conseiller"), qual=("organisation", "equipe"),
   contact=contact("HYPER SOLEIL MERIGNAC - Service RH", None, "recrutement.merignac@hypersoleil.fr"),
   desc=T("""
    Hyper Soleil Mérignac (zone commerciale de Mérignac Soleil) recrute 1 apprenti pour son rayon fruits et légumes.

    Rattaché(e) au manager du rayon fruits et légumes, vous préparez un Bac pro Métiers du commerce et de la vente ou un CAP Équipier polyvalent du commerce, en alternance sur 2 ans.

    Vos missions :
    • réceptionner les livraisons des producteurs locaux et de la centrale, contrôler la qualité
    • mettre en rayon, trier et retirer les produits abîmés
    • peser, étiqueter, mettre à jour les prix et l'affichage des origines
    • conseiller les clients sur les produits de saison
    • participer aux inventaires

    Horaires : 35 h du lundi au samedi, prise de poste à 6h, 1 dimanche matin par mois.
    Rémunération selon barème de l'apprentissage + prime annuelle + remise sur les achats.
   """), **HYPER_CT)
lba("hyper_trad_hw", file=L_BV33, label="Hellowork", created="2026-03-21T06:00:00",
    title="Alternance - Employé(e) de commerce comptoir traditionnel F/H", romes=("D1106", "D1101"),
    place="merignac", address="Centre commercial Mérignac Soleil, avenue de la Somme 33700 Mérignac",
    company="hyper_soleil", name="SAS MERIGNAC DISTRIBUTION", brand="Hyper Soleil", legal="SAS MERIGNAC DISTRIBUTION",
    size="100-199", sector="hyper", pjid="71284533", diploma="4", opening=2, start=None, with_recipient=False,
    desc=T("""
    Au sein de notre hypermarché de Mérignac, vous rejoignez l'équipe des comptoirs traditionnels (boucherie, charcuterie, crèmerie-fromage à la coupe).
    Accueil, service et conseil au client, préparation des commandes, tenue des vitrines réfrigérées et respect des normes sanitaires font partie de votre quotidien.
    Alternance de 24 mois - diplôme visé : Bac Pro commerce ou CAP EPC. Débutants bienvenus, formation à la découpe en interne.
    """))

# --- C4 : Boulangerie des Quais, Libourne (cross-post : FT long, LBA très court) ----------------
ft("quais_ft", file=F_D1102, title="APPRENTI BOULANGER / APPRENTIE BOULANGERE", created="2026-02-05T15:20:33",
   place="libourne", rome_app="boulanger", nom="BOULANGERIE DES QUAIS", sector="boul", effectif="6 à 9 salariés",
   formation=("boul", "3", "S"), comp=("petrir", "faconner", "cuisson_pain", "hygiene_alim"),
   qual=("rigueur", "equipe", "autonomie"), salaire="app",
   contact=contact("BOULANGERIE DES QUAIS - M. Stéphane Dumas", "05 57 51 08 64", "boulangeriedesquais@wanadoo.fr",
                   ("12 quai de l'Isle", "33500 LIBOURNE")),
   desc=T("""
    Présentation de l'entreprise
    Boulangerie-pâtisserie familiale installée sur les quais de Libourne depuis 2004. Nous employons 8 personnes (3 boulangers, 1 pâtissier, 4 vendeuses) et fournissons aussi plusieurs restaurants du Libournais et de Saint-Émilion.

    Le poste
    Dans le cadre du développement de notre activité, nous recherchons un apprenti boulanger ou une apprentie boulangère pour préparer le CAP Boulanger (2 ans) à partir de septembre 2026. Le candidat sera formé par notre chef boulanger, Meilleur Ouvrier de sa promotion au concours départemental.

    Vos missions au quotidien :
    - Réception et rangement des matières premières (farines, beurre, levure)
    - Pesée des ingrédients et préparation des pâtes selon nos recettes
    - Pétrissage, pointage, division et façonnage des pains (baguette de tradition, campagne, seigle, pains spéciaux)
    - Enfournement et surveillance de la cuisson au four à sole
    - Participation à la fabrication des viennoiseries (croissants, pains au chocolat, brioches)
    - Préparation des commandes pour les restaurants
    - Nettoyage et rangement du fournil en fin de production

    Organisation du travail
    Horaires : de 3h à 10h30 (adaptés pour les mineurs, à partir de 6h).
    Jours travaillés : 5 jours sur 7, dont un week-end sur deux.
    Période de congés : 5 semaines, dont 3 l'été en roulement.

    Profil recherché
    Aucun diplôme n'est exigé. Vous êtes motivé(e), matinal(e), vous avez le goût du travail manuel et du travail bien fait.
    Le permis B ou un moyen de locomotion est conseillé compte tenu des horaires (pas de bus avant 6h).

    Ce que nous offrons
    - Un vrai apprentissage du métier, de la farine au produit fini
    - Une équipe soudée et bienveillante
    - Participation aux frais de transport
    - Possibilité d'embauche en CDI ou de poursuite en BP après le CAP

    Pour postuler : envoyer CV et lettre de motivation, ou passer directement au magasin du mardi au samedi.
   """))
lba("quais_lba", file=L_BV33, label="offres_emploi_lba", created="2026-02-19T12:08:51", title="Boulanger / Boulangère",
    romes=("D1102",), place="libourne", address="12 QUAI DE L ISLE 33500 LIBOURNE", company="quais",
    name="SAS DUMAS BOULANGERIE", brand="BOULANGERIE DES QUAIS", legal="SAS DUMAS BOULANGERIE", size="6-9",
    sector="boul", diploma="3", desired=[], acquired=["Production, Fabrication: Pétrir et façonner une pâte"],
    desc="Apprenti boulanger H/F à Libourne. Fabrication du pain et des viennoiseries avec notre équipe, CAP en 2 ans. Début septembre.")

# --- C13 : L'Atelier du Pain Talençais (LBA + FT + relais : groupe de 3) ----------------------
lba("atelier_talence_lba", file=L_BV33, label="offres_emploi_lba", created="2026-03-20T13:40:27",
    title="Apprenti boulanger / Apprentie boulangère", romes=("D1102",), place="talence",
    address="41 COURS DE LA LIBERATION 33400 TALENCE", company="atelier_talence",
    name="SARL ATELIER DU PAIN TALENCAIS", brand="L'ATELIER DU PAIN", legal="SARL ATELIER DU PAIN TALENCAIS",
    size="3-5", sector="boul", diploma="3", desired=["Faire preuve de rigueur et de précision", "Travailler en équipe"],
    acquired=["Production, Fabrication: Pétrir et façonner une pâte",
              "Production, Fabrication: Contrôler la cuisson des produits",
              "Hygiène: Appliquer les règles d'hygiène et de sécurité alimentaire"],
    desc=T("""
    Notre boulangerie bio à Talence (près du Forum) cherche son apprenti(e) pour septembre.
    Vous apprendrez à fabriquer nos pains au levain avec des farines locales (T80, petit épeautre, seigle), nos baguettes et nos viennoiseries.
    CAP Boulanger en 2 ans. Travail du mardi au samedi, début 5h (6h pour les mineurs).
    Petite équipe, transmission du savoir-faire garantie !
    """))
ft("atelier_talence_ft", file=F_D1102, title="Apprenti boulanger / apprentie boulangère", created="2026-03-24T08:26:15",
   place="talence", rome_app="boulanger", nom="L'ATELIER DU PAIN TALENCAIS", sector="boul", effectif="3 à 5 salariés",
   formation=("boul", "3", "S"), comp=("levain", "petrir", "hygiene_alim"), qual=("rigueur", "curiosite"),
   contact=contact("L'ATELIER DU PAIN TALENCAIS - Mme Julie Ferrand", "05 56 80 63 19", None,
                   ("41 cours de la Libération", "33400 TALENCE")),
   desc=T("""
    L'Atelier du Pain, boulangerie biologique à Talence, à deux pas du Forum.

    Nous proposons un contrat d'apprentissage de 2 ans (CAP Boulanger) à compter de septembre 2026.

    Ce que vous ferez :
    - fabrication des pains au levain à partir de farines locales (T80, seigle, petit épeautre)
    - baguettes et pains de tradition
    - viennoiseries pur beurre le week-end
    - entretien du fournil

    Horaires : du mardi au samedi, prise de poste 5h (6h si vous êtes mineur).
    Nous sommes une petite équipe et nous prenons le temps de transmettre.
   """))
relay("atelier_talence_r", "atelier_talence_ft", file=L_BV33, text=lambda s: cut(flatten(s), 300), sector="boul",
      delay_h=17)

# --- P1 : Bastide Pain, Bordeaux (doublon FT : republication identique 14 jours après) -------
BASTIDE_PAIN = T("""
    Boulangerie BASTIDE PAIN (rive droite, près du jardin botanique) recrute apprenti boulanger H/F.

    - CAP boulanger ou mention complémentaire
    - fabrication pains / viennoiseries / snacking
    - 5 jours / semaine, repos dimanche + lundi
    - débutant accepté

    Merci d'envoyer votre CV par mail. Pas de candidature par téléphone svp.
""")
for k, cr in (("bastide_pain_1", "2026-02-12T17:45:09"), ("bastide_pain_2", "2026-02-26T17:02:44")):
    ft(k, file=F_D1102, title="apprenti boulanger H/F", created=cr, place="bordeaux", cp="33100",
       rome_app="boulanger", nom="BASTIDE PAIN", sector="boul", effectif="6 à 9 salariés", salaire=None,
       contact=contact("BASTIDE PAIN", None, "bastidepain.recrute@gmail.com"), desc=BASTIDE_PAIN)

# --- T9/T18 : boulangeries bordelaises de vente, textes proches -------------------------------
ft("fsm_ft", file=F_D1106, title="Vendeur / Vendeuse en boulangerie-pâtisserie en apprentissage", created="2026-03-05T10:19:47",
   place="bordeaux", cp="33800", rome_app="vendeur_boul", nom="FOURNIL SAINT-MICHEL", sector="boul",
   effectif="3 à 5 salariés", qual=("relation", "reactivite"), salaire="app2",
   contact=contact("FOURNIL SAINT-MICHEL - Mme Leila Benali", "05 56 91 27 44", None, ("4 place Meynard", "33800 BORDEAUX")),
   desc=T("""
    Boulangerie face à la basilique Saint-Michel recherche un(e) apprenti(e) vendeur(se) en boulangerie-pâtisserie.
    Accueil et conseil des clients, vente, encaissement, mise en place de la vitrine, réassort et nettoyage du magasin.
    CAP EPC ou Bac pro commerce. Horaires matin ou après-midi, un dimanche sur deux.
    Bonne présentation et sourire exigés :)
   """))
lba("marche_stmichel", file=L_BV33, label="offres_emploi_lba", created="2026-03-08T19:03:11",
    title="Vendeur / Vendeuse en boulangerie-pâtisserie", romes=("D1106",), place="bordeaux",
    address="28 RUE DES FAURES 33800 BORDEAUX", company="dubernet", name="EURL DUBERNET",
    brand="BOULANGERIE DU MARCHE SAINT-MICHEL", legal="EURL DUBERNET", size="1-2", sector="boul", diploma="3",
    desired=["Avoir le sens du service"],
    acquired=["Vente: Accueillir et conseiller le client", "Vente: Encaisser le montant d'une vente"],
    desc=T("""
    Petite boulangerie à côté du marché Saint-Michel (rue des Faures), nous cherchons un(e) apprenti(e) pour la vente en boulangerie-pâtisserie.
    Accueil des clients, vente, encaissement, mise en place de la vitrine et nettoyage du magasin. Horaires du matin, dimanche matin travaillé.
    """))
ft("bacalan_ft", file=F_D1106, title="Apprentie vendeuse / apprenti vendeur boulangerie", created="2026-03-12T16:40:21",
   place="bordeaux", cp="33300", rome_app="vendeur_boul", nom="O DELICES DE BACALAN", sector="boul", salaire="app",
   contact=contact("O DELICES DE BACALAN", "07 68 20 19 54"),
   desc=T("""
    Boulangerie pâtisserie à Bacalan (près des Bassins à flot) recrute apprenti(e) vendeur(se).
    Vente, conseil client, encaissement, mise en place vitrine et réassort, nettoyage.
    Horaires en journée, fermé le mercredi.
   """))
ft("grenier_ft", file=F_D1106, title="Vendeur en boulangerie - contrat d'apprentissage", created="2026-03-19T09:55:03",
   place="bordeaux", cp="33000", rome_app="vendeur_boul", nom="LE GRENIER A PAIN MERIADECK", sector="boul",
   effectif="6 à 9 salariés", formation=("vente", "3", "S"), qual=("relation", "equipe", "rigueur"), salaire="app",
   contact=contact("LE GRENIER A PAIN MERIADECK - M. Nicolas Roux", "05 56 24 90 18"),
   desc=T("""
    Le Grenier à Pain Mériadeck, boulangerie-snacking au pied des bureaux de Mériadeck, recrute un apprenti vendeur ou une apprentie vendeuse.

    Vos missions :
    - accueil et conseil des clients, vente au comptoir
    - préparation des sandwiches et formules du midi
    - encaissement
    - mise en place de la vitrine et réassort
    - nettoyage du magasin

    Du lundi au vendredi (fermé le week-end !), 7h-15h.
    CAP EPC / Bac pro commerce.
   """))

# --- T11 + P4 : définitions génériques postées sur LBA par deux boulangeries bordelaises --------
CAUD = ("Prépare et vend des produits de boulangerie-pâtisserie (pains, viennoiseries, pâtisseries) en respectant les "
        "règles d'hygiène. Accueille et conseille les clients, encaisse les ventes et entretient le magasin.")
for k, cr in (("caud_1", "2026-02-10T11:04:37"), ("caud_2", "2026-02-26T11:20:05")):
    lba(k, file=L_BV33, label="offres_emploi_lba", created=cr, title="Vendeur / Vendeuse en boulangerie-pâtisserie",
        romes=("D1106",), place="bordeaux", address="118 AVENUE DU GENERAL LECLERC 33200 BORDEAUX",
        company="caud", name="SNC GRANGE ET FILS", brand="AU PAIN DE CAUDERAN", legal="SNC GRANGE ET FILS",
        size="3-5", sector="boul", diploma="3", desired=["Avoir le sens du service", "Travailler en équipe"],
        acquired=["Vente: Encaisser le montant d'une vente"], geo=(44.852811, -0.611652), desc=CAUD)
lba("nansouty", file=L_BV33, label="offres_emploi_lba", created="2026-03-02T14:48:56",
    title="Vendeur / Vendeuse en boulangerie-pâtisserie", romes=("D1106",), place="bordeaux",
    address="201 COURS DE LA SOMME 33800 BORDEAUX", company="nansouty", name="SARL BOULANGERIE NANSOUTY",
    brand=None, legal="SARL BOULANGERIE NANSOUTY", size="3-5", sector="boul", diploma="3",
    desired=["Avoir le sens du service"], acquired=["Vente: Encaisser le montant d'une vente"],
    desc=("Accueille et conseille les clients, vend des produits de boulangerie-pâtisserie (pains, viennoiseries, "
          "pâtisseries) et encaisse les ventes. Entretient le magasin et la vitrine selon les règles d'hygiène."))

# --- T16 : Boulangerie Lamarque, Angoulême : offre de 2025, nouvelle embauche en 2026 -----------
ft("lamarque_old", file=F_D1102, title="Apprenti boulanger (H/F)", created="2025-09-02T10:14:52",
   updated="2026-02-20T06:31:10", place="angouleme", rome_app="boulanger", nom="BOULANGERIE LAMARQUE", sector="boul",
   effectif="3 à 5 salariés", formation=("boul", "3", "S"), salaire="app",
   contact=contact("BOULANGERIE LAMARQUE - M. Didier Lamarque", "05 45 92 33 07"),
   desc=T("""
    Boulangerie du quartier Saint-Cybard recherche apprenti boulanger pour la rentrée 2025 (CAP en 2 ans).
    Fabrication des pains, baguettes de tradition et viennoiseries. Travail de nuit possible pour les majeurs.
    Repos dimanche et lundi. Possibilité de logement à proximité.
   """))
lba("lamarque_new", file=L_BVX, label="offres_emploi_lba", created="2026-03-10T08:37:29",
    title="Boulanger / Boulangère", romes=("D1102",), place="angouleme",
    address="9 RUE DE SAINT CYBARD 16000 ANGOULEME", company="lamarque", name="BOULANGERIE LAMARQUE",
    brand="BOULANGERIE LAMARQUE", legal="LAMARQUE DIDIER", size="3-5", sector="boul", diploma="3",
    acquired=["Production, Fabrication: Pétrir et façonner une pâte"],
    desc=T("""
    Notre apprenti arrivé en 2025 passe en 2e année : nous recrutons un(e) second(e) apprenti(e) boulanger(e) pour septembre 2026.
    Boulangerie du quartier Saint-Cybard, fabrication traditionnelle des pains et viennoiseries. CAP Boulanger en 2 ans, repos dimanche et lundi.
    """))

# --- P6 : Maison Bedat, Pau (doublon LBA republié 3 semaines après, légèrement modifié) ---------
BEDAT = T("""
    Épicerie fine et cave au cœur du Hédas, nous cherchons un(e) apprenti(e) vendeur(se) pour préparer le CAP EPC ou le Bac pro commerce.
    Vous conseillerez nos clients sur les produits du Béarn et du Pays basque (fromages de brebis, salaisons, confitures, vins de Jurançon), réaliserez les paniers garnis et tiendrez la caisse.
    Du mardi au samedi. Forte activité en décembre.
""")
lba("bedat_1", file=L_BVX, label="offres_emploi_lba", created="2026-02-13T15:12:40",
    title="Vendeur / Vendeuse en épicerie fine", romes=("D1106",), place="pau",
    address="6 RUE DU HEDAS 64000 PAU", company="bedat", name="MAISON BEDAT", brand="MAISON BEDAT",
    legal="SARL BEDAT ET ASSOCIES", size="1-2", sector="detail", diploma="3", geo=(43.296412, -0.372981),
    desired=["Avoir le sens du service", "Faire preuve de curiosité"],
    acquired=["Vente: Conseiller un client sur le choix d'un produit", "Vente: Réaliser des paniers garnis"],
    desc=BEDAT)
lba("bedat_2", file=L_BVX, label="offres_emploi_lba", created="2026-03-06T09:48:03",
    title="Vendeur / Vendeuse en épicerie fine", romes=("D1106",), place="pau",
    address="6 RUE DU HEDAS 64000 PAU", company="bedat", name="MAISON BEDAT", brand="MAISON BEDAT",
    legal="SARL BEDAT ET ASSOCIES", size="1-2", sector="detail", diploma="3", geo=(43.296412, -0.372981),
    desired=["Avoir le sens du service", "Faire preuve de curiosité"],
    acquired=["Vente: Conseiller un client sur le choix d'un produit", "Vente: Réaliser des paniers garnis"],
    desc=BEDAT.replace("Du mardi au samedi. Forte activité en décembre.",
                       "Du mardi au samedi, début du contrat en juillet ou en septembre. Forte activité en décembre."))

# --- Offres isolées boulangerie / vente (distinctes) -------------------------------------------
ft("arcachon_saison", file=F_D1106, title="Vendeur / Vendeuse en boulangerie - saison été 2026", created="2026-04-08T12:30:00",
   place="arcachon", rome_app="vendeur_boul", nom="LA MIE DU BASSIN", sector="boul", kind="sai", months=4, exp="S",
   salaire={"libelle": "Horaire de 12.10 Euros", "complement1": "Heures supplémentaires majorées"},
   contact=contact("LA MIE DU BASSIN - Mme Sandrine Laporte", "05 56 83 14 72", "lamiedubassin@orange.fr"),
   qualif=("5", "Employé non qualifié"), duree="39H Travail samedi et dimanche",
   desc=T("""
    ☀️ Saison 2026 à Arcachon ! Boulangerie du front de mer recherche vendeur/vendeuse du 15 juin au 15 septembre.
    Vente au comptoir, encaissement, réassort, préparation des sandwichs et boissons fraîches.
    Forte affluence : rapidité et bonne humeur indispensables. Travail le week-end. Expérience en vente appréciée.
    Pas de logement fourni.
   """))
ft("fabre_ft", file=F_D1102, title="Apprenti(e) boulanger(e) - Bordeaux Caudéran", created="2026-02-03T09:02:26",
   place="bordeaux", cp="33200", rome_app="boulanger", nom="MAISON FABRE", sector="boul", effectif="6 à 9 salariés",
   formation=("boul", "3", "S"), comp=("petrir", "faconner"), qual=("equipe", "rigueur"), salaire="app",
   contact=contact("MAISON FABRE - M. Jérôme Fabre", "05 56 08 54 62", None, ("73 avenue Louis Barthou", "33200 BORDEAUX")),
   desc=T("""
    Boulangerie Maison Fabre à Caudéran (avenue Louis Barthou) recrute un apprenti ou une apprentie boulanger(e) pour le CAP.
    Au sein d'une équipe de 3 boulangers, vous participerez à la fabrication de nos pains (tradition, campagne, pain de mie maison) et de nos viennoiseries.
    Horaires de nuit à partir de 18 ans, sinon 6h-13h.
    Un week-end sur deux. Ambiance familiale.
   """))
ft("petrin_ft", file=F_D1102, title="Boulanger en contrat de professionnalisation (H/F)", created="2026-04-02T14:11:38",
   place="bordeaux", cp="33800", rome_app="boulanger", nom="LE PETRIN BORDELAIS", sector="boul",
   effectif="10 à 19 salariés", kind="pro", months=12, exp="S", formation=("boul", "4", "S"),
   comp=("petrir", "faconner", "cuisson_pain"), qual=("autonomie", "organisation"), salaire="pro",
   contact=contact("LE PETRIN BORDELAIS - Recrutement", None, "rh@lepetrinbordelais.fr"),
   desc=T("""
    Le Pétrin Bordelais (2 boutiques + un laboratoire de production quai de Paludate) recherche un boulanger en contrat de professionnalisation pour préparer le BP Boulanger.
    Vous avez déjà un CAP boulanger (ou une reconversion avec CAP obtenu) et vous souhaitez monter en compétences sur la production en volume et les pains spéciaux.
    Production de nuit, 4 nuits par semaine, au laboratoire. Prime de nuit + panier.
    Contrat de 12 mois.
   """))
ft("capeyron_ft", file=F_D1102, title="Apprenti boulanger", created="2026-03-02T05:47:19", place="merignac",
   rome_app="boulanger", nom="BOULANGERIE DE CAPEYRON", sector="boul", salaire=None,
   contact=contact("BOULANGERIE DE CAPEYRON", "05 56 47 21 95"),
   desc="Boulangerie quartier Capeyron recherche apprenti boulanger motivé. CAP. Horaires du matin. Se présenter au magasin avec CV.")
ft("begles_ft", file=F_D1106, title="Vendeuse en boulangerie alternance H/F", created="2026-02-27T13:29:44",
   place="begles", rome_app="vendeur_boul", nom="LES PAINS DE BEGLES", sector="boul", effectif="3 à 5 salariés",
   qual=("relation", "equipe"), salaire="app",
   contact=contact("LES PAINS DE BEGLES - Mme Aurélie Pons", "05 56 85 40 16"),
   desc=T("""
    Les Pains de Bègles (place du 14 Juillet) recherche une vendeuse ou un vendeur en alternance, CAP ou bac pro commerce.

    vente, conseil, encaissement
    mise en place des produits, étiquetage
    préparation des commandes (gâteaux d'anniversaire, plateaux)
    ménage du magasin

    Vous travaillerez en binôme avec notre vendeuse principale. Ambiance sympa ! Horaires en coupure possible.
   """))
ft("peixotto_ft", file=F_D1106, title="Apprenti(e) vendeur(se) boulangerie-pâtisserie", created="2026-04-13T10:03:51",
   place="talence", rome_app="vendeur_boul", nom="BOULANGERIE PEIXOTTO", sector="boul", effectif="6 à 9 salariés",
   formation=("vente", "4", "S"), comp=("encaisser", "conseiller", "vitrine"), salaire="app",
   contact=contact("BOULANGERIE PEIXOTTO", "05 56 37 82 04", "contact@boulangerie-peixotto.fr"),
   desc=T("""
    Boulangerie-pâtisserie de la place Peixotto à Talence recrute un(e) apprenti(e) en Bac Pro Métiers du commerce et de la vente (3 ans) ou en CAP EPC.
    Missions : accueil et vente, conseil sur les pâtisseries et entremets, prise de commandes, encaissement, tenue de la vitrine, nettoyage.
    Horaires : 6h30-13h30 ou 13h30-20h, 1 week-end sur 2.
    Nous recherchons une personne souriante, organisée et qui aime les gâteaux 🙂
   """))
ft("limoges_fournil_ft", file=F_D1102, title="Apprenti boulanger / Apprentie boulangère", created="2026-03-09T07:12:33",
   place="limoges", cp="87100", rome_app="boulanger", nom="AU FOURNIL LIMOUGEAUD", sector="boul",
   effectif="6 à 9 salariés", formation=("boul", "3", "S"), comp=("petrir", "faconner", "cuisson_pain"),
   qual=("rigueur", "reactivite"), salaire="app",
   contact=contact("AU FOURNIL LIMOUGEAUD - M. Patrick Vergnaud", "05 55 32 71 48"),
   desc=T("""
    Au Fournil Limougeaud, boulangerie artisanale du quartier Beaubreuil, propose un contrat d'apprentissage CAP Boulanger.
    Missions : pesage, pétrissage, façonnage, cuisson des pains et viennoiseries, préparation des commandes des écoles et des restaurants, nettoyage du laboratoire.
    Horaires de nuit pour les majeurs (2h-9h), repos le lundi et le mardi.
    Débutant accepté, bonne condition physique nécessaire (port de sacs de farine).
   """))
ft("sthilaire_ft", file=F_D1102, title="Apprenti boulanger pâtissier H/F", created="2026-02-19T11:54:08",
   place="poitiers", rome_app="boulanger_patissier", nom="BOULANGERIE SAINT-HILAIRE", sector="boul",
   effectif="3 à 5 salariés", formation=("boul", "3", "S"), qual=("curiosite", "equipe"), salaire="app",
   contact=contact("BOULANGERIE SAINT-HILAIRE - Mme Émilie Morin", "05 49 41 60 28", None,
                   ("22 rue Saint-Hilaire", "86000 POITIERS")),
   desc=T("""
    Boulangerie-pâtisserie Saint-Hilaire (centre-ville de Poitiers)

    Nous cherchons un apprenti pour un CAP boulanger, avec possibilité d'enchaîner sur une mention complémentaire pâtisserie boulangère.
    Vous serez formé à la fabrication du pain, des viennoiseries et de quelques pâtisseries boulangères (flans, tartes, choux).
    Travail en équipe avec le patron et un ouvrier boulanger. 35h sur 5 jours.

    Début : septembre 2026
   """))
ft("garat_ft", file=F_D1106, title="Vendeur / Vendeuse en charcuterie basque - apprentissage", created="2026-03-26T15:33:27",
   place="bayonne", rome_app="vendeur_charcut", nom="MAISON GARAT", sector="charcut", effectif="10 à 19 salariés",
   formation=("vente", "3", "S"), comp=("decoupe_fromage", "conseiller", "hygiene_alim"), qual=("relation", "rigueur"),
   salaire="app",
   contact=contact("MAISON GARAT - M. Peio Garat", "05 59 25 63 81", "maisongarat.bayonne@orange.fr",
                   ("14 rue Port-Neuf", "64100 BAYONNE")),
   desc=T("""
    Maison Garat, charcuterie et conserverie artisanale depuis 1962 dans le Petit Bayonne.

    Nous recrutons un(e) apprenti(e) vendeur(se) pour notre boutique de la rue Port-Neuf (CAP EPC, Bac pro commerce ou CAP Charcutier-traiteur option vente).

    Missions :
    → vente au comptoir : jambon de Bayonne, chorizo, pâtés, piment d'Espelette, conserves maison
    → tranchage et mise sous vide
    → préparation des colis et expéditions
    → tenue de la boutique et de la vitrine réfrigérée

    Forte activité pendant les Fêtes de Bayonne et en fin d'année (renforts prévus).
   """))
ft("rochelle_fromage_ft", file=F_D1106, title="Apprenti(e) crémier-fromager / vendeur(se)", created="2026-04-06T08:18:45",
   place="larochelle", rome_app="vendeur_fromage", nom="FROMAGERIE DU MARCHE", sector="detail",
   effectif="3 à 5 salariés", formation=("fromage", "3", "S"), qual=("relation",), salaire="app2",
   contact=contact("FROMAGERIE DU MARCHE - M. Olivier Guérin", "05 46 41 08 95"),
   desc=T("""
    Fromagerie du marché central de La Rochelle recrute un(e) apprenti(e) en CAP crémier-fromager.
    Découpe, conseil, affinage en cave, préparation des plateaux, vente sur le marché le samedi.
    Début septembre. Débutant(e) bienvenu(e).
   """))
ft("chatellerault_ft", file=F_D1102, title="Apprenti boulanger H/F", created="2026-04-20T10:40:12",
   place="chatellerault", rome_app="boulanger", sector="boul", effectif="1 ou 2 salariés",
   formation=("boul", "3", "S"), salaire="app",
   contact=contact("M. Laurent Texier", "06 33 18 92 47"),
   desc=T("""
    Boulangerie artisanale à Châtellerault (quartier de la Manu) recherche un apprenti boulanger H/F en CAP.
    Petite structure : le patron + 1 vendeuse, vous apprendrez tout le métier de A à Z.
    Horaires de nuit à partir de 18 ans. Repos dimanche après-midi et lundi.
   """))

# LBA : offres isolées
lba("victor_hugo", file=L_BV33, label="offres_emploi_lba", created="2026-03-27T21:10:55",
    title="Apprenti(e) boulanger(e) - CAP ou BP", romes=("D1102",), place="bordeaux",
    address="112 COURS VICTOR HUGO 33000 BORDEAUX", company="victor_hugo", name="SARL MAISON ESTEBAN",
    brand="BOULANGERIE VICTOR HUGO", legal="SARL MAISON ESTEBAN", size="10-19", sector="boul", diploma="4",
    desired=["Faire preuve de rigueur et de précision", "Faire preuve d'autonomie", "Gérer son stress"],
    acquired=["Production, Fabrication: Pétrir et façonner une pâte",
              "Production, Fabrication: Conduire une fermentation",
              "Production, Fabrication: Contrôler la cuisson des produits",
              "Production, Fabrication: Réaliser des viennoiseries",
              "Hygiène: Appliquer les règles d'hygiène et de sécurité alimentaire"],
    access=["CAP Boulanger pour l'entrée en BP"],
    desc=T("""
    La Boulangerie Victor Hugo, c'est 12 personnes, 2 fours à sole, et une clientèle d'habitués du quartier depuis 30 ans.

    On cherche : un(e) apprenti(e) en CAP Boulanger (2 ans) OU en BP Boulanger si vous avez déjà votre CAP.

    Votre semaine type :
    Lundi-mardi : production de pains courants avec l'équipe de nuit
    Mercredi : repos
    Jeudi-vendredi : pains spéciaux, pains au levain, brioches
    Samedi : viennoiseries et grosse production du week-end
    Dimanche : repos un dimanche sur deux

    Vous serez suivi(e) par un maître d'apprentissage qui a déjà formé une dizaine d'apprentis, dont deux finalistes du concours régional du Meilleur Apprenti.
    Nous prenons en charge 50 % de l'abonnement TBM et nous offrons les repas du midi.

    Si vous êtes mineur(e), les horaires seront adaptés (pas de travail avant 6h).
    """))
lba("pey_berland", file=L_BV33, label="offres_emploi_lba", created="2026-04-15T10:27:36",
    title="Vendeur / Vendeuse en boulangerie-pâtisserie", romes=("D1106",), place="bordeaux",
    address="3 PLACE PEY BERLAND 33000 BORDEAUX", company="pey_berland", name="SAS LES DELICES DE LA CATHEDRALE",
    brand="BOULANGERIE PEY-BERLAND", legal="SAS LES DELICES DE LA CATHEDRALE", size="6-9", sector="boul", diploma="3",
    desired=["Avoir le sens du service", "Faire preuve de réactivité"],
    acquired=["Vente: Accueillir et conseiller le client", "Vente: Encaisser le montant d'une vente"],
    desc=("Vend des produits de boulangerie-pâtisserie et de snacking dans une boutique de centre-ville à forte "
          "fréquentation touristique. Accueille la clientèle, prépare les commandes, encaisse et entretient l'espace de vente."))
lba("victoire_hw", file=L_BV33, label="Hellowork", created="2026-03-31T06:00:00",
    title="Alternance Vendeur en boulangerie H/F", romes=("D1106",), place="bordeaux",
    address="33000 Bordeaux", company="victoire", name="BOULANGERIE DE LA VICTOIRE", brand=None,
    legal="BOULANGERIE DE LA VICTOIRE", size=None, sector="boul", pjid="71502688", start=None, with_recipient=False,
    desc=T("""
    Boulangerie de la place de la Victoire, ouverte 7j/7 avec une clientèle étudiante, nous recherchons un(e) alternant(e) pour la vente.
    Service au comptoir, formules déjeuner, encaissement, réassort, nettoyage. Horaires tournants incluant soirées jusqu'à 20h30 et week-ends.
    Formation : CAP EPC ou Bac pro commerce.
    """))
lba("arlac", file=L_BV33, label="offres_emploi_lba", created="2026-02-17T07:55:21",
    title="Boulanger / Boulangère", romes=("D1102",), place="merignac",
    address="2 AVENUE D ARLAC 33700 MERIGNAC", company="arlac", name="SARL FOURNIL D'ARLAC",
    brand="LE FOURNIL D'ARLAC", legal="SARL FOURNIL D'ARLAC", size="3-5", sector="boul", diploma="3",
    acquired=["Production, Fabrication: Pétrir et façonner une pâte"],
    desc=("Réalise les différentes étapes de fabrication des pains et viennoiseries (pétrissage, façonnage, cuisson) "
          "selon les règles d'hygiène et de sécurité alimentaires. Apprentissage CAP, boulangerie du quartier Arlac."))
lba("pessac_mj", file=L_BV33, label="Meteojob", created="2026-03-16T04:12:00",
    title="Vendeur en boulangerie en alternance H/F", romes=("D1106",), place="pessac",
    address="Pessac (33)", company="pessac_alios", name="ALIOS BOULANGERIE", brand="Le Pain d'Alios",
    legal="ALIOS BOULANGERIE", size="20-49", sector="boul", pjid="MJ-28841903", start="2026-06-01T00:00:00",
    duration=12, with_recipient=False,
    desc=T("""
    Le Pain d'Alios recrute pour sa boutique de Pessac Alouette un vendeur en alternance H/F.
    Vous accueillez les clients, assurez la vente et l'encaissement, gérez la cuisson des baguettes en boutique et participez à la mise en place.
    Profil : première expérience en vente ou en restauration rapide appréciée. Contrat de 12 mois.
    """))
lba("forum_talence", file=L_BV33, label="offres_emploi_lba", created="2026-04-10T17:36:40",
    title="Vendeur / Vendeuse en boulangerie-pâtisserie", romes=("D1106",), place="talence",
    address="282 COURS GAMBETTA 33400 TALENCE", company="forum_talence", name="EURL MARTY",
    brand="BOULANGERIE DU FORUM", legal="EURL MARTY", size="1-2", sector="boul", diploma="3",
    desired=["Avoir le sens du service"],
    desc="boulangerie du forum a talence cherche apprentie vendeuse pour septembre, vente encaissement vitrine. 1 samedi sur 2")
lba("terres_neuves", file=L_BV33, label="offres_emploi_lba", created="2026-03-05T12:01:09",
    title="Apprenti boulanger / Apprentie boulangère", romes=("D1102", "D1104"), place="begles",
    address="ZAC DES TERRES NEUVES 33130 BEGLES", company="terres_neuves", name="SAS TERRES NEUVES PAINS",
    brand="LA BOULANGERIE DES TERRES NEUVES", legal="SAS TERRES NEUVES PAINS", size="10-19", sector="boul", diploma="3",
    desired=["Travailler en équipe"],
    acquired=["Production, Fabrication: Pétrir et façonner une pâte", "Production, Fabrication: Réaliser des viennoiseries"],
    desc=T("""
    Boulangerie-pâtisserie avec laboratoire, située dans la zone des Terres Neuves à Bègles.
    Nous recrutons un apprenti boulanger (CAP) : fabrication des pains, viennoiseries et produits de snacking pour nos 2 boutiques et nos clients professionnels.
    Horaires de jour possibles (laboratoire de 5h à 12h).
    """))
lba("jourdan_limoges", file=L_BVX, label="offres_emploi_lba", created="2026-02-26T10:45:50",
    title="Vendeur / Vendeuse en boulangerie-pâtisserie", romes=("D1106",), place="limoges",
    address="17 PLACE DENIS DUSSOUBS 87000 LIMOGES", company="jourdan", name="SARL JOURDAN",
    brand="PATISSERIE-BOULANGERIE JOURDAN", legal="SARL JOURDAN", size="6-9", sector="boul", diploma="4",
    desired=["Avoir le sens du service", "Faire preuve de rigueur et de précision"],
    acquired=["Vente: Conseiller un client sur le choix d'un produit", "Vente: Emballer des pâtisseries et entremets"],
    desc=T("""
    Pâtisserie-boulangerie Jourdan, place Denis-Dussoubs : nous accueillons un(e) apprenti(e) en Bac pro Métiers du commerce et de la vente.
    Vente des entremets, macarons et chocolats maison ; conseil et prise de commande ; emballages cadeaux ; encaissement ; mise en valeur de la vitrine.
    Ouvert du mardi au dimanche midi.
    """))
lba("triangle_pau", file=L_BVX, label="offres_emploi_lba", created="2026-04-01T06:51:12",
    title="Apprenti(e) Boulanger(e)", romes=("D1102",), place="pau",
    address="44 RUE CARNOT 64000 PAU", company="triangle_pau", name="SARL LE TRIANGLE GOURMAND",
    brand="BOULANGERIE DU TRIANGLE", legal="SARL LE TRIANGLE GOURMAND", size="3-5", sector="boul", diploma="3",
    desired=["Faire preuve de rigueur et de précision"],
    acquired=["Production, Fabrication: Pétrir et façonner une pâte", "Production, Fabrication: Contrôler la cuisson des produits"],
    desc=T("""
    Boulangerie du Triangle (rue Carnot, Pau) : apprentissage CAP boulanger.
    - fabrication pains et viennoiseries
    - nettoyage du fournil
    - horaires 5h-12h (mineurs : 6h)
    Repos dimanche + mercredi.
    """))
lba("montierneuf_hw", file=L_BVX, label="Hellowork", created="2026-03-12T06:00:00",
    title="Vendeur / Vendeuse en boulangerie en apprentissage F/H", romes=("D1106",), place="poitiers",
    address="Poitiers - 86", company="montierneuf", name="BOULANGERIE MONTIERNEUF", brand=None,
    legal="SARL MONTIERNEUF", size="3-5", sector="boul", pjid="71377190", start=None, with_recipient=False,
    desc=T("""
    La boulangerie Montierneuf (Poitiers) cherche un(e) apprenti(e) vendeur(se) en boulangerie.
    Vous accueillerez les clients, vendrez nos pains et pâtisseries, encaisserez, et assurerez le réapprovisionnement des rayons et l'entretien de la boutique.
    Diplôme préparé : CAP Équipier Polyvalent du Commerce.
    """))
lba("petit_bayonne", file=L_BVX, label="offres_emploi_lba", created="2026-02-20T15:39:47",
    title="Boulanger / Boulangère", romes=("D1102",), place="bayonne",
    address="31 RUE PANNECAU 64100 BAYONNE", company="petit_bayonne", name="ELIZALDE JON",
    brand="BOULANGERIE DU PETIT BAYONNE", legal="ELIZALDE JON", size="1-2", sector="boul", diploma="3",
    acquired=["Production, Fabrication: Pétrir et façonner une pâte",
              "Production, Fabrication: Fabriquer des spécialités régionales (gâteau basque)"],
    desc=T("""
    Artisan boulanger dans le Petit Bayonne, je forme un(e) apprenti(e) en CAP boulanger.
    Pain au levain, tradition, et bien sûr gâteau basque (crème et cerise) !
    Travail seul avec moi au fournil, donc motivation et ponctualité indispensables. Début août ou septembre.
    """))
lba("cote_basques", file=L_BVX, label="offres_emploi_lba", created="2026-04-17T11:22:08",
    title="Vendeur / Vendeuse en boulangerie-pâtisserie", romes=("D1106",), place="biarritz",
    address="5 RUE GAMBETTA 64200 BIARRITZ", company="cote_basques", name="SAS MAISON OYHARCABAL",
    brand="PATISSERIE DE LA COTE DES BASQUES", legal="SAS MAISON OYHARCABAL", size="10-19", sector="boul",
    diploma="3", start="2026-06-15T00:00:00", duration=12,
    desired=["Avoir le sens du service", "Gérer son stress"],
    acquired=["Vente: Accueillir et conseiller le client", "Vente: Préparer des commandes"],
    desc=T("""
    Pâtisserie-boulangerie du centre de Biarritz, très fréquentée l'été. Apprentissage en CAP EPC (1 an) à partir de mi-juin.
    Accueil et conseil des clients (français, anglais et espagnol appréciés), vente, préparation des commandes, encaissement.
    Travail le week-end.
    """))
lba("champ_de_mars", file=L_BVX, label="offres_emploi_lba", created="2026-03-18T14:04:30",
    title="Vendeur / Vendeuse en alimentation générale", romes=("D1106", "D1507"), place="angouleme",
    address="CENTRE COMMERCIAL CHAMP DE MARS 16000 ANGOULEME", company="champ_de_mars",
    name="SAS EPICERIE DU CHAMP DE MARS", brand="PROXI FRAIS ANGOULEME", legal="SAS EPICERIE DU CHAMP DE MARS",
    size="6-9", sector="detail", diploma="3",
    acquired=["Vente: Mettre en rayon les produits", "Vente: Encaisser le montant d'une vente"],
    desc=("Vend des produits alimentaires (épicerie, produits frais, fruits et légumes) et accueille la clientèle. "
          "Réceptionne les marchandises, met en rayon, contrôle les dates et encaisse. Supérette de centre-ville."))
lba("comptoir_chartrons_hw", file=L_BV33, label="Hellowork", created="2026-04-03T06:00:00",
    title="Vendeur en épicerie fine - alternance (H/F)", romes=("D1106",), place="bordeaux",
    address="Bordeaux 33300", company="comptoir_chartrons", name="LE COMPTOIR DES CHARTRONS", brand=None,
    legal="SARL LE COMPTOIR DES CHARTRONS", size="6-9", sector="detail", pjid="71544021", start=None,
    with_recipient=False,
    desc=T("""
    Épicerie fine et cave du quartier des Chartrons, nous recherchons un vendeur en alternance (Bac pro ou BTS MCO).
    Conseil client, dégustations, mise en avant des produits, gestion des stocks et de la boutique en ligne (click & collect).
    Intérêt pour les produits du terroir et le vin exigé.
    """))

# ============================================================================================
# 2. MÉCANIQUE AUTOMOBILE (I1604)
# ============================================================================================
F_I1604 = "search_region75_I1604.json"
L_I = "search_I1604_region75.json"

# --- Méca'Rapide : modèle d'enseigne dans 4 villes (R6, T6) ---------------------------------------
MECA = T("""
    MÉCA'RAPIDE – centres d'entretien automobile rapide (vidange, pneus, freinage, échappement, climatisation) – recrute pour son centre de {ville} un(e) apprenti(e) mécanicien(ne).

    Formation préparée : CAP Maintenance des véhicules (2 ans) ou Bac Pro MV (3 ans), en partenariat avec un CFA proche du centre.

    Vous apprendrez à :
    > réaliser les prestations d'entretien rapide selon les préconisations constructeur
    > monter, équilibrer et réparer les pneumatiques
    > contrôler et remplacer les éléments de freinage
    > accueillir le client et expliquer l'intervention réalisée

    Nous offrons : un tuteur certifié dans chaque centre, des formations internes (e-learning), une tenue fournie et lavée, une prime d'assiduité.
    Horaires : 39 h du lundi au samedi avec un jour de repos en semaine.
""")
MECA_CT = dict(rome_app="meca_entretien", nom="MECA'RAPIDE", sector="auto", effectif="6 à 9 salariés",
               formation=("auto", "3", "S"), comp=("vidange", "pneus", "freinage"), qual=("rigueur", "relation"),
               ent_desc="Réseau de 45 centres d'entretien automobile rapide dans le Sud-Ouest.", salaire="app")
for k, ville, place, cp, cr in (("meca_merignac", "Mérignac (avenue de la Marne)", "merignac", "33700", "2026-02-11T10:00:14"),
                                 ("meca_limoges", "Limoges (route de Toulouse)", "limoges", "87000", "2026-02-11T10:02:51"),
                                 ("meca_bayonne", "Bayonne (avenue du BAB)", "bayonne", "64100", "2026-02-12T09:58:30"),
                                 ("meca_poitiers", "Poitiers Sud (zone de la Demi-Lune)", "poitiers", "86000", "2026-02-12T10:03:07")):
    ft(k, file=F_I1604, title="Apprenti Mécanicien Entretien Rapide H/F - " + COMMUNES[place][1], created=cr,
       place=place, cp=cp, desc=MECA.format(ville=ville),
       contact=contact("MECA'RAPIDE - Recrutement", None, None, None, "https://recrutement.mecarapide.fr/apprentissage"),
       **MECA_CT)
relay("meca_limoges_r", "meca_limoges", file=L_I, text=squeeze_blank, romes_extra=("I1606",), sector="auto",
      delay_h=26, title="APPRENTI MECANICIEN ENTRETIEN RAPIDE H/F - LIMOGES")

# --- R7 : Garage Etchegaray, Bayonne (relais, mise en forme aplatie) ----------------------------
ft("etchegaray", file=F_I1604, title="Apprenti(e) mécanicien(ne) automobile", created="2026-03-04T16:27:09",
   place="bayonne", rome_app="meca", nom="GARAGE ETCHEGARAY", sector="auto", effectif="3 à 5 salariés",
   formation=("auto", "4", "S"), comp=("vidange", "freinage", "diagnostic"), qual=("autonomie", "rigueur"),
   salaire="app",
   contact=contact("GARAGE ETCHEGARAY - M. Xabi Etchegaray", "05 59 55 18 36", "garage.etchegaray@orange.fr"),
   desc=T("""
    Garage ETCHEGARAY – réparation toutes marques depuis 1979 – route de Cambo à Bayonne.

    Nous recrutons un(e) apprenti(e) en Bac Pro Maintenance des Véhicules (option voitures particulières).
    Vous serez formé(e) par le patron et son chef d'atelier :
    - entretien et révisions
    - freinage, trains roulants, amortisseurs
    - distribution et embrayage
    - lecture des codes défaut et premiers diagnostics

    Atelier équipé (3 ponts, valise de diagnostic, station de climatisation).
    Du lundi au vendredi, 8h-12h / 13h30-17h30.
    Le garage est fermé 3 semaines en août.
   """))
relay("etchegaray_r", "etchegaray", file=L_I, text=flatten, sector="auto", delay_h=8,
      acquired=["Réaliser l'entretien courant d'un véhicule", "Remplacer des éléments de freinage"])

# --- C5 + T3 : Garage Central Béarn, Pau (deux postes I1604 ; cross-post léger) ----------------
GCB_CT = dict(place="pau", nom="SARL GARAGE CENTRAL BEARN", sector="auto", effectif="6 à 9 salariés", salaire="app",
              contact=contact("SARL GARAGE CENTRAL BEARN - M. Vincent Lasserre", "05 59 02 47 66",
                              "atelier@garagecentralbearn.fr", ("27 bis rue du Hameau", "64000 PAU")))
ft("gcb_cap_ft", file=F_I1604, title="Apprenti mécanicien automobile CAP MV (H/F)", created="2026-02-17T09:44:31",
   rome_app="meca", formation=("auto", "3", "S"), comp=("vidange", "freinage", "pneus"), qual=("rigueur", "equipe"),
   desc=T("""
    Garage indépendant multimarque (agent), 6 personnes, situé dans le quartier du Hameau à Pau. Nous formons un apprenti en CAP Maintenance des véhicules option VP.
    Travaux confiés progressivement :
    - vidanges, filtres, plaquettes et disques
    - pneumatiques, géométrie
    - préparation des véhicules avant livraison
    - aide au diagnostic avec le chef d'atelier
    Horaires : 8h-12h / 14h-18h du lundi au vendredi. Tenue fournie.
    Permis B apprécié mais pas obligatoire.
   """), **GCB_CT)
ft("gcb_bts_ft", file=F_I1604, title="Apprenti technicien diagnostic automobile - BTS MV (H/F)",
   created="2026-02-17T09:58:02", rome_app="technicien_auto", formation=("auto", "5", "S"), exp="S",
   comp=("diagnostic",), qual=("autonomie", "curiosite", "relation"), qualif=("7", "Technicien"),
   desc=T("""
    Garage indépendant multimarque (agent), 6 personnes, quartier du Hameau à Pau. En complément de notre apprenti CAP, nous recherchons un(e) alternant(e) en BTS Maintenance des véhicules option voitures particulières.
    Missions : diagnostic électronique (valise multimarque), recherche de pannes électriques, climatisation, réglages moteur, relation avec les clients à la réception atelier, rédaction des ordres de réparation.
    Profil : titulaire d'un Bac pro MV ou équivalent, intérêt pour l'électronique embarquée et les véhicules hybrides.
    Horaires 8h-12h / 14h-18h. Rythme BTS : 2 semaines CFA / 2 semaines entreprise.
   """), **GCB_CT)
lba("gcb_lba", file=L_I, label="offres_emploi_lba", created="2026-02-20T18:25:46",
    title="Mécanicien / Mécanicienne automobile", romes=("I1604",), place="pau",
    address="27B RUE DU HAMEAU 64000 PAU", company="gcb", name="SARL GARAGE CENTRAL BEARN",
    brand="GARAGE CENTRAL BEARN", legal="SARL GARAGE CENTRAL BEARN", size="6-9", sector="auto", diploma="3",
    desired=["Faire preuve de rigueur et de précision", "Travailler en équipe"],
    acquired=["Maintenance: Réaliser l'entretien courant d'un véhicule", "Maintenance: Remplacer des éléments de freinage",
              "Maintenance: Monter et équilibrer des pneumatiques"],
    desc=T("""
    Garage multimarque indépendant (6 salariés) dans le quartier du Hameau, à Pau. Nous formons un(e) apprenti(e) en CAP Maintenance des véhicules (voitures particulières).
    On vous confiera petit à petit : la préparation des véhicules avant livraison, les vidanges et filtres, les plaquettes et disques, les pneus et la géométrie, puis l'aide au diagnostic avec le chef d'atelier.
    Ambiance familiale : notre chef d'atelier a lui-même été apprenti chez nous.
    Du lundi au vendredi 8h-12h / 14h-18h, tenue fournie.
    """))

# --- T10 + P5 : Central Garage, Pau (autre société ; doublon Hellowork) ----------------------------
CG = T("""
    Central Garage, concession secondaire située à Pau nord, recrute un apprenti mécanicien auto (CAP ou Bac pro MV).
    Entretien courant, révisions constructeur, remplacement de pièces d'usure, pneumatiques.
    Encadrement par un tuteur dédié. Horaires 8h30-12h / 13h30-17h30.
    Démarrage août ou septembre 2026.
""")
for k, cr, pj, txt in (("cgp_1", "2026-03-03T06:00:00", "71318842", CG),
                       ("cgp_2", "2026-03-12T06:00:00", "71376519",
                        CG.replace("Démarrage août ou septembre 2026.", "Démarrage septembre 2026."))):
    lba(k, file=L_I, label="Hellowork", created=cr, title="Alternance mécanicien auto H/F", romes=("I1604",),
        place="pau", address="4 avenue Jean Mermoz 64000 Pau", company="central_garage_pau",
        name="SAS CENTRAL GARAGE PAU", brand="CENTRAL GARAGE", legal="SAS CENTRAL GARAGE PAU", size="20-49",
        sector="concession", pjid=pj, start=None, with_recipient=False, geo=(43.319705, -0.358804), desc=txt)

# --- C6 : Limousin Automobiles, Limoges (FT sans employeur, long ; Meteojob court) ----------------
ft("limauto_ft", file=F_I1604, title="Apprenti(e) mécanicien(ne) maintenance véhicules légers", created="2026-03-16T11:08:27",
   place="limoges", cp="87280", rome_app="meca", sector="concession", effectif="50 à 99 salariés",
   formation=("auto", "4", "S"), comp=("vidange", "diagnostic", "freinage", "pneus"),
   qual=("rigueur", "equipe", "organisation"), salaire="app",
   contact=contact("Service des ressources humaines", None, "rh.limoges@limousin-automobiles.fr"),
   desc=T("""
    Concession automobile de la zone nord de Limoges (deux marques généralistes, 70 salariés), notre atelier après-vente compte 12 compagnons et accueille chaque année plusieurs apprentis.

    Dans le cadre de la rentrée de septembre 2026, nous recherchons un(e) apprenti(e) mécanicien(ne) pour préparer :
    - soit un CAP Maintenance des véhicules option VP (2 ans),
    - soit un Bac Pro Maintenance des véhicules (3 ans).

    Vos missions, sous la responsabilité de votre tuteur :
    1. réaliser les opérations d'entretien périodique selon le carnet constructeur (vidange, filtres, niveaux, contrôles de sécurité) ;
    2. remplacer les organes d'usure : freins, amortisseurs, échappement, batterie ;
    3. effectuer le montage et l'équilibrage des pneumatiques, le passage au banc de géométrie ;
    4. participer aux diagnostics à l'aide des outils constructeur ;
    5. préparer les véhicules neufs et d'occasion avant leur livraison ;
    6. tenir votre poste de travail propre et rangé, trier les déchets de l'atelier.

    Profil :
    Vous êtes passionné(e) par l'automobile, vous aimez comprendre comment les choses fonctionnent. Le sens du travail soigné et le respect des consignes de sécurité sont indispensables.

    Conditions :
    35 h du lundi au vendredi (un samedi matin par mois), tenue de travail fournie, restaurant d'entreprise, prime d'intéressement dès la première année.
    Les candidatures de personnes en situation de handicap sont étudiées avec attention.
   """))
lba("limauto_mj", file=L_I, label="Meteojob", created="2026-03-20T04:40:00",
    title="Mécanicien automobile en alternance H/F", romes=("I1604",), place="limoges",
    address="15 rue Henri Giffard, ZI Nord 87280 Limoges", company="limauto", name="LIMOUSIN AUTOMOBILES SAS",
    brand="Limousin Automobiles", legal="LIMOUSIN AUTOMOBILES SAS", size="50-99", sector="concession",
    pjid="MJ-28890417", start="2026-09-01T00:00:00", duration=36, with_recipient=False,
    desc="Concession automobile à Limoges Nord. Alternance en maintenance des véhicules (CAP / Bac pro). Entretien, réparations, pneus et passage au banc, préparation VN/VO. Tuteur dédié.")

# --- C7 : Garage Irigoyen, Bayonne / offre déléguée au CFA sur LBA ----------------------------------
ft("irigoyen_ft", file=F_I1604, title="Apprenti mécanicien (H/F)", created="2026-04-01T10:52:38",
   place="bayonne", rome_app="meca", nom="GARAGE IRIGOYEN", sector="auto", effectif="1 ou 2 salariés",
   formation=("auto", "3", "S"), salaire="app",
   contact=contact("GARAGE IRIGOYEN - M. Michel Irigoyen", "05 59 50 31 72"),
   desc=T("""
    Petit garage familial à Bayonne (Saint-Esprit), entretien et réparation toutes marques, nous prenons un apprenti en CAP maintenance des véhicules.
    Vous travaillerez avec les deux mécaniciens de l'atelier : vidanges, freinage, distribution, embrayage, pneus, climatisation.
    Du lundi au vendredi. Contrat de 2 ans à partir de septembre.
   """))
lba("irigoyen_cfa", file=L_I, label="offres_emploi_lba", created="2026-04-03T09:17:25",
    title="Maintenance des véhicules - Apprenti CAP (H/F)", romes=("I1604",), place="bayonne",
    address="ALLEE DES ARTISANS 64100 BAYONNE", company="cfa_auto_pb", name="CFA DES METIERS DE L'AUTOMOBILE PAYS BASQUE",
    brand=None, legal="CFA DES METIERS DE L'AUTOMOBILE PAYS BASQUE", size="20-49", sector="cfa", diploma="3",
    delegated=True, phone="0559000000", geo=(43.4871, -1.4535),
    desired=["Faire preuve de rigueur et de précision"],
    acquired=["Maintenance: Réaliser l'entretien courant d'un véhicule", "Maintenance: Remplacer un embrayage",
              "Maintenance: Remplacer une courroie de distribution"],
    desc=T("""
    Pour l'un de nos garages partenaires à Bayonne (quartier Saint-Esprit), garage familial toutes marques de 3 personnes, le CFA recherche un(e) apprenti(e) en CAP Maintenance des véhicules option VP, rentrée septembre 2026.
    Entretien courant, freinage, embrayage, distribution, climatisation.
    Contrat de 24 mois, 12 semaines de formation au CFA par an.
    """))

# --- T15 : Garage Moreau, Poitiers : offre d'août 2025 et nouvelle embauche en mars 2026 ---------
ft("moreau_old", file=F_I1604, title="Apprenti mécanicien automobile (H/F)", created="2025-08-28T14:35:50",
   updated="2026-02-04T08:02:13", place="poitiers", rome_app="meca", nom="GARAGE MOREAU", sector="auto",
   effectif="3 à 5 salariés", formation=("auto", "3", "S"), salaire="app",
   contact=contact("GARAGE MOREAU - M. Frédéric Moreau", "05 49 88 12 57"),
   desc=T("""
    Garage Moreau, agent, avenue de Nantes à Poitiers, cherche un apprenti mécanicien en CAP MV pour la rentrée de septembre 2025.
    Entretien, vidanges, freins, pneus. Travail en équipe avec 3 mécaniciens.
    Du lundi au vendredi.
   """))
ft("moreau_new", file=F_I1604, title="Apprenti mécanicien automobile H/F", created="2026-03-18T09:21:04",
   place="poitiers", rome_app="meca", nom="GARAGE MOREAU", sector="auto", effectif="3 à 5 salariés",
   formation=("auto", "3", "S"), comp=("vidange", "freinage"), qual=("equipe",), salaire="app",
   contact=contact("GARAGE MOREAU - M. Frédéric Moreau", "05 49 88 12 57"),
   desc=T("""
    Garage Moreau (agent, avenue de Nantes, Poitiers) recrute pour la rentrée 2026 un nouvel apprenti mécanicien en CAP Maintenance des véhicules.
    Notre apprenti actuel poursuit sa 2e année, l'atelier s'agrandit avec un quatrième pont.
    Entretien courant, freins, pneus, préparation des véhicules d'occasion.
    Du lundi au vendredi, 8h-12h / 14h-18h.
   """))

# --- T19 : deux garages de quartier à Bordeaux 33800, textes proches ------------------------------
ft("capucins_garage", file=F_I1604, title="Apprenti mécanicien auto H/F", created="2026-03-06T08:33:47",
   place="bordeaux", cp="33800", rome_app="meca", nom="GARAGE DES CAPUCINS", sector="auto",
   effectif="3 à 5 salariés", salaire="app2",
   contact=contact("GARAGE DES CAPUCINS", "05 56 91 66 02"),
   desc=("Garage de quartier près du marché des Capucins, 4 mécaniciens, recherche apprenti mécanicien CAP ou Bac pro. "
         "Entretien, freinage, distribution, diagnostic. Du lundi au vendredi 8h-12h / 14h-18h."))
lba("bar_lba", file=L_I, label="offres_emploi_lba", created="2026-03-09T12:46:18",
    title="Mécanicien / Mécanicienne automobile", romes=("I1604",), place="bordeaux",
    address="63 COURS DE LA SOMME 33800 BORDEAUX", company="bar", name="SARL BORDEAUX AUTO REPARATION",
    brand="BORDEAUX AUTO REPARATION", legal="SARL BORDEAUX AUTO REPARATION", size="3-5", sector="auto", diploma="3",
    acquired=["Maintenance: Réaliser l'entretien courant d'un véhicule"],
    desc=("Garage de quartier à Bordeaux (Nansouty), 3 mécaniciens, recherche un apprenti mécanicien en CAP ou bac pro MV. "
          "Entretien, freinage, embrayage, diagnostic. Lundi-vendredi, 8h-12h / 14h-18h."))

# --- FT isolées -----------------------------------------------------------------------------------------
ft("staugustin_cdi", file=F_I1604, title="Mécanicien automobile confirmé H/F - CDI", created="2026-02-20T15:06:22",
   place="bordeaux", cp="33000", rome_app="meca", nom="GARAGE SAINT-AUGUSTIN", sector="auto",
   effectif="6 à 9 salariés", kind="cdi", exp="E", comp=("diagnostic", "freinage", "vidange"),
   qual=("autonomie", "rigueur"), qualif=("6", "Ouvrier qualifié (P3,P4,OHQ)"),
   salaire={"libelle": "Mensuel de 2100.0 Euros à 2500.0 Euros sur 12 mois", "complement1": "Prime"},
   contact=contact("GARAGE SAINT-AUGUSTIN - M. Karim Haddad", "05 56 98 14 30"),
   desc=T("""
    Garage toutes marques du quartier Saint-Augustin recherche un mécanicien automobile confirmé en CDI.
    Vous serez autonome sur l'entretien, la réparation et le diagnostic (valise multimarque). Expérience de 3 ans minimum exigée, permis B obligatoire.
    39h, heures supplémentaires payées. Poste à pourvoir immédiatement.
   """))
ft("pessac_auto", file=F_I1604, title="Apprenti(e) mécanicien(ne) - Bac pro MV", created="2026-04-15T13:50:36",
   place="pessac", rome_app="meca", nom="PESSAC AUTO SERVICES", sector="auto", effectif="6 à 9 salariés",
   formation=("auto", "4", "S"), comp=("vidange", "pneus"), qual=("curiosite",), salaire="app",
   contact=contact("PESSAC AUTO SERVICES - Mme Sophie Ducasse", "05 56 36 02 91", "pessac.autoservices@gmail.com"),
   desc=T("""
    Pessac Auto Services, garage et station de lavage avenue de Canéjan, recrute un(e) apprenti(e) en Bac Pro Maintenance des véhicules (3 ans).

    Au programme :
    ✔ entretien et petites réparations
    ✔ pneumatiques
    ✔ climatisation
    ✔ préparation esthétique des véhicules

    Vous serez accompagné(e) par notre chef d'atelier, 25 ans de métier.
    Les candidat(e)s de 15 à 29 ans sont les bienvenu(e)s, avec ou sans expérience.
   """))
ft("lachaud", file=F_I1604, title="APPRENTI MECANICIEN AUTOMOBILE", created="2026-03-30T07:41:09",
   place="brive", rome_app="meca", nom="GARAGE LACHAUD", sector="auto", effectif="3 à 5 salariés",
   formation=("auto", "3", "S"), salaire="app",
   contact=contact("GARAGE LACHAUD", "05 55 24 07 38"),
   desc=T("""
    GARAGE LACHAUD A BRIVE RECHERCHE UN APPRENTI MECANICIEN CAP MAINTENANCE DES VEHICULES.
    ENTRETIEN, REPARATION, PNEUS. VEHICULES LEGERS ET UTILITAIRES.
    POSSIBILITE DE CDI A L'ISSUE DU CONTRAT.
   """))

# --- LBA isolées ------------------------------------------------------------------------------------------
lba("beutre_auto", file=L_I, label="offres_emploi_lba", created="2026-02-27T09:30:05",
    title="Mécanicien / Mécanicienne automobile", romes=("I1604",), place="merignac",
    address="ZA DE BEUTRE 14 AVENUE DE L ARGONNE 33700 MERIGNAC", company="beutre_auto",
    name="SARL BEUTRE AUTOMOBILES", brand="GARAGE DE BEUTRE", legal="SARL BEUTRE AUTOMOBILES", size="6-9",
    sector="auto", diploma="4",
    desired=["Faire preuve de rigueur et de précision", "Faire preuve de curiosité"],
    acquired=["Maintenance: Réaliser l'entretien courant d'un véhicule", "Maintenance: Réaliser un diagnostic électronique",
              "Maintenance: Intervenir sur des véhicules hybrides (habilitation électrique)"],
    desc=T("""
    Garage de Beutre (Mérignac) – spécialiste des véhicules hybrides et électriques – recrute un(e) apprenti(e) Bac pro MV.
    Vous apprendrez l'entretien des véhicules thermiques et hybrides, le diagnostic et les interventions sous habilitation électrique (formation prise en charge).
    Lundi-vendredi.
    """))
lba("bastide_auto_mj", file=L_I, label="Meteojob", created="2026-04-08T04:10:00",
    title="Apprenti mécanicien automobile H/F", romes=("I1604",), place="bordeaux",
    address="Bordeaux (33100)", company="bastide_auto", name="BASTIDE AUTOMOBILES", brand=None,
    legal="BASTIDE AUTOMOBILES", size="10-19", sector="auto", pjid="MJ-29017755", start="2026-09-01T00:00:00",
    duration=24, with_recipient=False,
    desc=T("""
    Bastide Automobiles, garage et vente de véhicules d'occasion sur la rive droite de Bordeaux, recherche un apprenti mécanicien en CAP.
    Missions : préparation des VO, entretien courant, changement de pièces d'usure, pneumatiques.
    Rythme : 1 semaine école / 2 semaines entreprise.
    """))
lba("aurence", file=L_I, label="offres_emploi_lba", created="2026-03-23T16:58:42",
    title="Mécanicien / Mécanicienne automobile", romes=("I1604",), place="limoges",
    address="88 AVENUE DU MARECHAL LE BRIX 87100 LIMOGES", company="aurence", name="GARAGE DU VAL DE L'AURENCE",
    brand=None, legal="GARAGE DU VAL DE L'AURENCE", size="1-2", sector="auto", diploma="3",
    desc=("Effectue l'entretien et la réparation des véhicules automobiles (moteur, freinage, liaison au sol, "
          "équipements électriques) selon les préconisations du constructeur et les règles de sécurité."))
lba("cfa_vienne", file=L_I, label="offres_emploi_lba", created="2026-02-25T10:12:51",
    title="Apprenti(e) mécanicien(ne) automobile - Poitiers", romes=("I1604",), place="poitiers",
    address="RUE DE LA MONTGORGE 86000 POITIERS", company="cfa_auto_86", name="CFA AUTOMOBILE DE LA VIENNE",
    brand=None, legal="CFA AUTOMOBILE DE LA VIENNE", size="50-99", sector="cfa", diploma="4", delegated=True,
    phone="0549000000", geo=(46.5668, 0.3647),
    acquired=["Maintenance: Réaliser l'entretien courant d'un véhicule"],
    desc=T("""
    Le CFA recherche pour une concession partenaire de Poitiers Nord un(e) apprenti(e) en Bac pro Maintenance des véhicules.
    Entretien périodique, remplacement d'éléments d'usure, préparation des véhicules neufs.
    Contrat de 3 ans, entrée en septembre.
    """))
lba("trespoey", file=L_I, label="offres_emploi_lba", created="2026-04-11T08:15:33",
    title="Mécanicien / Mécanicienne automobile", romes=("I1604",), place="pau",
    address="12 AVENUE DE TRESPOEY 64000 PAU", company="trespoey", name="EURL GARAGE DE TRESPOEY",
    brand="GARAGE DE TRESPOEY", legal="EURL GARAGE DE TRESPOEY", size="1-2", sector="auto", diploma="3",
    desired=["Faire preuve d'autonomie"], acquired=["Maintenance: Réaliser l'entretien courant d'un véhicule"],
    desc="Garage indépendant à Pau (Trespoey), je cherche un apprenti CAP MV pour septembre. Entretien, pneus, freins. Petite structure, vous serez formé par le patron.")
lba("cinq_cantons", file=L_I, label="offres_emploi_lba", created="2026-03-14T11:05:19",
    title="Apprenti mécanicien / Apprentie mécanicienne automobile", romes=("I1604", "I1606"), place="anglet",
    address="45 AVENUE DE BAYONNE 64600 ANGLET", company="cinq_cantons", name="SAS AUTO CINQ CANTONS",
    brand="GARAGE DES CINQ CANTONS", legal="SAS AUTO CINQ CANTONS", size="10-19", sector="auto", diploma="3",
    desired=["Travailler en équipe", "Faire preuve de rigueur et de précision"],
    acquired=["Maintenance: Réaliser l'entretien courant d'un véhicule", "Carrosserie: Préparer un véhicule avant peinture"],
    desc=T("""
    Garage mécanique et carrosserie aux Cinq Cantons (Anglet). Nous recrutons 1 apprenti(e) en CAP maintenance des véhicules (mécanique).
    Vous passerez aussi quelques semaines à l'atelier carrosserie pour découvrir le métier.
    Horaires : 8h-12h / 14h-18h, lundi au vendredi.
    """))
lba("talence_auto", file=L_I, label="offres_emploi_lba", created="2026-02-09T14:21:48",
    title="Mécanicien / Mécanicienne automobile", romes=("I1604",), place="talence",
    address="150 COURS GALLIENI 33400 TALENCE", company="talence_auto", name="TALENCE AUTO SERVICES",
    brand=None, legal="SARL TALENCE AUTO SERVICES", size="3-5", sector="auto", diploma="3",
    desired=["Faire preuve de rigueur et de précision"],
    desc=T("""
    Talence Auto Services cherche un(e) apprenti(e) mécanicien(ne) (CAP MV). Garage de 4 personnes cours Gallieni : entretien, révisions, pneus, freins, échappement.
    Possibilité de passer le Bac pro ensuite.
    """))

# ============================================================================================
# 3. CUISINE (G1602)
# ============================================================================================
F_G1602 = "search_region75_G1602.json"
L_G = "search_G1602_region75.json"

# --- R8 : Le Bistrot du Clain, Poitiers (relais coupé) ------------------------------------------
ft("clain", file=F_G1602, title="Commis de cuisine en apprentissage H/F", created="2026-03-11T10:36:55",
   place="poitiers", rome_app="commis", nom="LE BISTROT DU CLAIN", sector="resto", effectif="6 à 9 salariés",
   formation=("cuisine", "3", "S"), comp=("mise_en_place", "taillage", "dressage", "hygiene_alim"),
   qual=("reactivite", "equipe", "stress"), salaire="app", duree="35H Travail en soirée",
   contact=contact("LE BISTROT DU CLAIN - M. Antoine Brunet", "05 49 37 20 64", "bistrotduclain@gmail.com",
                   ("3 rue du Pont-Joubert", "86000 POITIERS")),
   desc=T("""
    Le Bistrot du Clain, restaurant bistronomique en bord de Clain (quartier du Pont-Joubert), 45 couverts, carte courte renouvelée chaque semaine.

    Nous recrutons un(e) apprenti(e) commis de cuisine – CAP Cuisine (1 ou 2 ans selon votre parcours).

    Votre rôle :
    - mise en place des légumes, fonds et sauces
    - préparation des entrées froides et des desserts
    - envoi des plats en binôme avec le chef
    - réception et rangement des livraisons (produits frais de producteurs de la Vienne)
    - plonge batterie et nettoyage en fin de service

    Service midi et soir du mardi au samedi, coupure l'après-midi. Dimanche et lundi repos.
    Repas pris sur place. Pourboires partagés avec toute l'équipe.
   """))
relay("clain_r", "clain", file=L_G, text=lambda s: cut(s, 610), sector="resto", delay_h=22)

# --- R9 : Le Périgord Gourmand, Périgueux (employeur absent côté FT, présent côté relais) ---------
ft("perigord", file=F_G1602, title="Apprenti cuisinier (F/H)", created="2026-02-13T14:58:26",
   place="perigueux", rome_app="cuisinier", sector="resto", effectif="10 à 19 salariés",
   formation=("cuisine", "3", "S"), qual=("stress", "equipe"), salaire="app",
   contact=contact("Mme Valérie Delpech", "05 53 08 42 17"),
   desc=T("""
    Restaurant de cuisine périgourdine dans le secteur sauvegardé de Périgueux (100 couverts, terrasse l'été).
    Nous formons un apprenti cuisinier en CAP : préparations froides et chaudes, cuisson des viandes, confits et sauces, dressage.
    Travail en coupure, 2 jours de repos consécutifs, congés en janvier.
    Logement possible au-dessus du restaurant.
   """))
relay("perigord_r", "perigord", file=L_G, name="LE PERIGORD GOURMAND", sector="resto", delay_h=40,
      title="Apprenti Cuisinier (F/H)")

# --- GEIQ : même modèle dans 3 villes (R11, T7) ------------------------------------------------------
GEIQ = T("""
    Le GEIQ Hôtellerie-Restauration Atlantique recrute des apprentis commis de cuisine pour ses entreprises adhérentes de {zone}.

    Le GEIQ est votre employeur : il vous accompagne pendant tout votre parcours (suivi individuel, aide au logement, permis) et vous met à disposition d'un restaurant partenaire.

    Diplôme préparé : CAP Cuisine en 1 ou 2 ans.
    Missions : mise en place, préparations de base, cuissons simples, dressage, hygiène et rangement.
    Conditions : 35 h annualisées, 2 jours de repos, repas fournis.
    Réunion d'information chaque premier mardi du mois à {agence}.
""")
GEIQ_CT = dict(rome_app="commis", nom="GEIQ HOTELLERIE RESTAURATION ATLANTIQUE", sector="geiq",
               effectif="20 à 49 salariés", formation=("cuisine", "3", "S"), comp=("mise_en_place", "hygiene_alim"),
               qual=("equipe", "reactivite"), salaire="app", postes=3,
               ent_desc="Groupement d'employeurs pour l'insertion et la qualification, secteur hôtellerie-restauration.")
ft("geiq_rochelle", file=F_G1602, title="Apprentis commis de cuisine - La Rochelle et île de Ré (H/F)",
   created="2026-03-02T09:30:12", place="larochelle", desc=GEIQ.format(zone="La Rochelle et de l'île de Ré",
   agence="notre antenne de La Rochelle (quai Louis Durand)"),
   contact=contact("GEIQ HRA - Antenne de La Rochelle", "05 46 00 27 80", "larochelle@geiq-hra.fr"), **GEIQ_CT)
ft("geiq_bordeaux", file=F_G1602, title="Apprentis commis de cuisine - Bordeaux Métropole (H/F)",
   created="2026-03-02T09:34:48", place="bordeaux", cp="33000", desc=GEIQ.format(zone="Bordeaux Métropole",
   agence="notre siège de Bordeaux (rue Judaïque)"),
   contact=contact("GEIQ HRA - Siège", "05 56 00 12 44", "bordeaux@geiq-hra.fr"), **GEIQ_CT)
ft("geiq_biarritz", file=F_G1602, title="Apprentis commis de cuisine - Côte basque (H/F)",
   created="2026-03-03T08:51:39", place="biarritz", desc=GEIQ.format(zone="la Côte basque (Biarritz, Anglet, Bidart)",
   agence="notre antenne de Biarritz (avenue de Verdun)"),
   contact=contact("GEIQ HRA - Antenne Côte basque", "05 59 00 61 93", "cotebasque@geiq-hra.fr"), **GEIQ_CT)
relay("geiq_rochelle_r", "geiq_rochelle", file=L_G, romes_extra=("G1603",), sector="geiq", delay_h=6)

# --- R12 : Brasserie Chez Germaine, Bordeaux (relais, espaces modifiés) ------------------------------
ft("germaine", file=F_G1602, title="Commis de cuisine - alternance", created="2026-04-07T11:14:20",
   place="bordeaux", cp="33000", rome_app="commis", nom="BRASSERIE CHEZ GERMAINE", sector="resto",
   effectif="20 à 49 salariés", formation=("cuisine", "4", "S"), comp=("mise_en_place", "dressage"),
   qual=("stress", "reactivite"), salaire="app",
   contact=contact("BRASSERIE CHEZ GERMAINE - M. Romain Dufau", "05 56 44 93 01", "chef@chezgermaine-bordeaux.fr"),
   desc=T("""
    Chez Germaine, brasserie de 180 couverts sur les quais (place de la Bourse), recherche un(e) commis de cuisine en alternance : CAP cuisine, Bac pro cuisine ou BP arts de la cuisine.

    ► Brigade de 9 cuisiniers, cuisine 100 % maison, gros volumes le midi.
    ► Vous tournerez sur les postes garde-manger, chaud et pâtisserie.
    ► 2 jours de repos consécutifs, planning transmis 15 jours à l'avance.
    ► Prime de fin de saison, repas, mutuelle.

    Bon état d'esprit exigé, le reste s'apprend !
   """))
relay("germaine_r", "germaine", file=L_G, text=lambda s: squeeze_blank(s).replace("►", "-"), sector="resto",
      delay_h=12, title="COMMIS DE CUISINE - ALTERNANCE")

# --- C10 : Brasserie des Bénédictins, Limoges (cross-post fortement réécrit) ----------------------
ft("benedictins_ft", file=F_G1602, title="Commis de cuisine apprenti (H/F)", created="2026-02-26T16:10:44",
   place="limoges", rome_app="commis", nom="BRASSERIE DES BENEDICTINS", sector="resto", effectif="10 à 19 salariés",
   formation=("cuisine", "3", "S"), comp=("mise_en_place", "taillage", "dressage"), qual=("reactivite", "equipe"),
   salaire="app",
   contact=contact("BRASSERIE DES BENEDICTINS - Mme Nathalie Rougier", "05 55 79 11 82", None,
                   ("2 place Maison-Dieu", "87000 LIMOGES")),
   desc=T("""
    Brasserie traditionnelle face à la gare de Limoges, 120 couverts le midi, cuisine maison à base de produits du Limousin.

    POSTE
    Apprenti(e) commis de cuisine, CAP cuisine en 2 ans.
    Sous la responsabilité du chef et de son second, vous participerez :
    - à la mise en place (épluchage, taillage des légumes, préparation des sauces de base)
    - à la préparation des entrées et desserts
    - au dressage des assiettes pendant le service
    - à la réception des marchandises et au rangement de la chambre froide
    - au nettoyage du poste et de la cuisine

    HORAIRES
    Service du midi du lundi au samedi + 2 soirs par semaine. Repos le dimanche.

    PROFIL
    Motivé(e), curieux(se), résistant(e) au rythme du coup de feu. Débutant accepté.

    Repas sur place.
   """))
lba("benedictins_lba", file=L_G, label="offres_emploi_lba", created="2026-03-13T20:02:37",
    title="Cuisinier / Cuisinière", romes=("G1602",), place="limoges",
    address="2 PL MAISON DIEU 87000 LIMOGES", company="benedictins", name="SARL LB RESTAURATION",
    brand="LES BENEDICTINS", legal="SARL LB RESTAURATION", size="10-19", sector="resto", diploma="3",
    desired=["Gérer son stress"],
    acquired=["Cuisine: Réaliser des préparations préliminaires", "Cuisine: Dresser des assiettes"],
    desc=T("""
    Notre brasserie, en face de la gare des Bénédictins, sert chaque midi une cuisine faite maison avec des produits locaux (veau du Limousin, pommes, champignons).
    Vous apprendrez le métier de cuisinier à nos côtés dans le cadre d'un CAP : préparations préliminaires, cuissons simples, dressage pendant le rush, hygiène. Fermé le dimanche.
    """))

# --- C11 : Villa Iraty, Biarritz (cross-post Hellowork, réécriture moyenne) -------------------------
ft("iraty_ft", file=F_G1602, title="Commis de cuisine - alternance CAP / BP (H/F)", created="2026-03-13T12:25:07",
   place="biarritz", rome_app="commis", nom="VILLA IRATY", sector="hotel", effectif="20 à 49 salariés",
   formation=("cuisine", "3", "S"), comp=("mise_en_place", "dressage", "hygiene_alim"),
   qual=("rigueur", "stress", "equipe"), salaire="app",
   ent_desc="Hôtel 4 étoiles et restaurant gastronomique, 32 chambres.", ent_url="https://www.villa-iraty.fr",
   contact=contact("VILLA IRATY - Service du personnel", "05 59 22 80 15", "rh@villa-iraty.fr"),
   desc=T("""
    Hôtel-restaurant 4* à 300 m de la Grande Plage, la Villa Iraty recrute pour sa brigade (8 cuisiniers) un(e) commis en alternance, CAP Cuisine ou BP Arts de la cuisine.

    Vous serez formé(e) sur :
    • le petit-déjeuner et le room service
    • le garde-manger et les entrées du restaurant gastronomique
    • la pâtisserie de restaurant (desserts à l'assiette)
    • les règles HACCP et la gestion des stocks

    Logement saisonnier possible (studio partagé), repas fournis, 2 jours de repos.
    Hôtel fermé en janvier.
   """))
lba("iraty_hw", file=L_G, label="Hellowork", created="2026-03-18T06:00:00",
    title="Alternance - Commis de cuisine en hôtel 4* F/H", romes=("G1602",), place="biarritz",
    address="21 rue d'Espagne 64200 Biarritz", company="iraty", name="SAS HOTEL VILLA IRATY",
    brand="Villa Iraty - Hôtel & Restaurant", legal="SAS HOTEL VILLA IRATY", size="20-49", sector="hotel",
    website="https://www.villa-iraty.fr", pjid="71403356", start=None, with_recipient=False,
    desc=T("""
    Rejoignez la brigade de la Villa Iraty, hôtel 4 étoiles proche de la Grande Plage de Biarritz, en tant que commis de cuisine en alternance (CAP ou BP).
    Vous passerez par tous les postes : petits-déjeuners, garde-manger, entrées, desserts à l'assiette, en appliquant les normes d'hygiène.
    Repas fournis, possibilité de logement. Deux jours de repos par semaine, fermeture annuelle en janvier.
    """))

# --- C12 + T14 : Les Tables de Garonne (Arcachon / Bordeaux : deux sites de la même société) ---------
ft("tables_arcachon_ft", file=F_G1602, title="Apprenti commis de cuisine - restaurant d'Arcachon (H/F)",
   created="2026-03-20T10:05:51", place="arcachon", rome_app="commis", nom="LES TABLES DE GARONNE", sector="resto",
   effectif="20 à 49 salariés", formation=("cuisine", "3", "S"), comp=("mise_en_place", "taillage"),
   qual=("equipe",), salaire="app",
   ent_desc="Groupe de 3 restaurants en Gironde (Bordeaux, Arcachon, Saint-Émilion).",
   contact=contact("LES TABLES DE GARONNE - Recrutement", None, "jobs@lestablesdegaronne.fr"),
   desc=T("""
    Les Tables de Garonne recrutent pour leur restaurant d'Arcachon « Le Garonne Plage » (boulevard de la Plage) un(e) apprenti(e) commis de cuisine en CAP.
    Cuisine de la mer, huîtres du Bassin et poissons de criée.
    Vous participerez à la mise en place, aux préparations froides (plateaux, ceviches), au service et à l'entretien de la cuisine.
    Saison chargée d'avril à octobre ; repos compensés l'hiver.
   """))
lba("tables_arcachon_lba", file=L_G, label="offres_emploi_lba", created="2026-03-20T15:44:09",
    title="Commis / Commise de cuisine", romes=("G1602",), place="arcachon",
    address="BOULEVARD DE LA PLAGE 33120 ARCACHON", company="tables_garonne", site=2,
    name="SAS LES TABLES DE GARONNE", brand="LE GARONNE PLAGE", legal="SAS LES TABLES DE GARONNE",
    size="20-49", sector="resto", diploma="3", desired=["Travailler en équipe"],
    acquired=["Cuisine: Réaliser la mise en place", "Cuisine: Préparer des produits de la mer"],
    desc=T("""
    Le Garonne Plage, restaurant de poissons et fruits de mer à Arcachon (groupe Les Tables de Garonne), cherche un(e) apprenti(e) commis de cuisine en CAP.
    Mise en place, préparations froides (plateaux de fruits de mer, ceviches), participation au service, nettoyage de la cuisine.
    Forte saison d'avril à octobre, repos récupérés en hiver. Huîtres du Bassin et poisson de criée au quotidien !
    """))
ft("tables_bordeaux_ft", file=F_G1602, title="Apprenti commis de cuisine - restaurant de Bordeaux (H/F)",
   created="2026-03-27T10:12:30", place="bordeaux", cp="33000", rome_app="commis", nom="LES TABLES DE GARONNE",
   sector="resto", effectif="20 à 49 salariés", formation=("cuisine", "3", "S"), comp=("mise_en_place", "dressage"),
   qual=("equipe", "reactivite"), salaire="app",
   ent_desc="Groupe de 3 restaurants en Gironde (Bordeaux, Arcachon, Saint-Émilion).",
   contact=contact("LES TABLES DE GARONNE - Recrutement", None, "jobs@lestablesdegaronne.fr"),
   desc=T("""
    Les Tables de Garonne recrutent pour leur restaurant bordelais « Le Garonne Quai » (quai des Chartrons) un(e) apprenti(e) commis de cuisine en CAP.
    Cuisine de bistrot et grillades au feu de bois.
    Vous participerez à la mise en place, aux préparations froides, au service et à l'entretien de la cuisine.
    Ouvert 7j/7 : planning sur 5 jours avec 2 jours de repos consécutifs.
   """))

# --- C14 + T17 : Le Txoko, Bayonne (LBA + FT + relais ; second poste distinct) --------------------------
lba("txoko_lba", file=L_G, label="offres_emploi_lba", created="2026-04-06T17:30:14",
    title="Commis / Commise de cuisine", romes=("G1602",), place="bayonne",
    address="8 QUAI GALUPERIE 64100 BAYONNE", company="txoko", name="SARL ETXEA",
    brand="LE TXOKO", legal="SARL ETXEA", size="10-19", sector="resto", diploma="3",
    desired=["Travailler en équipe", "Faire preuve de réactivité"],
    acquired=["Cuisine: Réaliser la mise en place", "Cuisine: Réaliser des cuissons à la plancha"],
    desc=T("""
    Le Txoko, restaurant basque sur les quais de la Nive, cherche un commis de cuisine en apprentissage (CAP cuisine).
    Plancha, pintxos, axoa, poissons de Saint-Jean-de-Luz : vous apprendrez notre cuisine de A à Z avec le chef Mikel.
    Service du midi et du soir, fermé dimanche soir et lundi. Fêtes de Bayonne = grosse semaine !
    """))
ft("txoko_commis_ft", file=F_G1602, title="Commis de cuisine en apprentissage (H/F)", created="2026-04-09T09:48:20",
   place="bayonne", rome_app="commis", nom="LE TXOKO", sector="resto", effectif="10 à 19 salariés",
   formation=("cuisine", "3", "S"), comp=("mise_en_place", "dressage"), qual=("equipe", "reactivite"),
   salaire="app",
   contact=contact("LE TXOKO - Mikel Arrieta", "05 59 59 47 20", None, ("8 quai Galuperie", "64100 BAYONNE")),
   desc=T("""
    Restaurant basque Le Txoko (quai Galuperie, Petit Bayonne) – 60 couverts + terrasse sur la Nive.

    Nous recrutons un(e) commis de cuisine en apprentissage, CAP Cuisine.
    Missions : mise en place, plancha, préparation des pintxos et des plats du jour (axoa, merlu koskera, chipirons), dressage, plonge et rangement.
    Horaires : midi et soir, repos dimanche soir + lundi.
    Pendant les Fêtes de Bayonne (fin juillet), renfort de toute l'équipe.
   """))
relay("txoko_commis_r", "txoko_commis_ft", file=L_G, name=None, sector="resto", delay_h=15,
      text=lambda s: s.replace("\n\n", "\n"))
ft("txoko_patissier_ft", file=F_G1602, title="Apprenti(e) pâtissier(e) de restaurant (H/F)", created="2026-04-09T10:02:57",
   place="bayonne", rome_app="patissier_resto", nom="LE TXOKO", sector="resto", effectif="10 à 19 salariés",
   formation=("cuisine", "3", "S"), qual=("rigueur", "organisation"), salaire="app",
   contact=contact("LE TXOKO - Mikel Arrieta", "05 59 59 47 20", None, ("8 quai Galuperie", "64100 BAYONNE")),
   desc=T("""
    Restaurant basque Le Txoko (quai Galuperie, Petit Bayonne) – 60 couverts + terrasse sur la Nive.

    Deuxième poste ouvert cette année : un(e) apprenti(e) pâtissier(e) de restaurant (CAP Pâtissier ou mention complémentaire desserts de restaurant).
    Missions : gâteau basque maison, desserts à l'assiette, glaces et sorbets, mignardises, mise en place du poste pâtisserie et envoi des desserts pendant le service.
    Horaires : principalement journée (9h-17h), repos dimanche + lundi.
   """))

# --- P3 : Restaurant L'Escale, Brive (doublon FT, légère retouche) ----------------------------------
ESCALE = T("""
    Restaurant L'Escale (avenue de Paris, Brive) – cuisine traditionnelle corrézienne, 70 couverts.
    Recherche apprenti(e) cuisinier(e) CAP. Formation assurée par le chef.
    Mise en place, préparations froides, cuissons, plonge.
    Coupure l'après-midi, fermé dimanche soir et lundi.
""")
ft("escale_1", file=F_G1602, title="Apprenti cuisinier H/F", created="2026-02-06T11:30:48", place="brive",
   rome_app="cuisinier", nom="RESTAURANT L'ESCALE", sector="resto", effectif="6 à 9 salariés",
   formation=("cuisine", "3", "S"), salaire="app2", contact=contact("RESTAURANT L'ESCALE", "05 55 17 36 40"),
   desc=ESCALE)
ft("escale_2", file=F_G1602, title="Apprenti cuisinier H/F", created="2026-02-16T10:02:13", place="brive",
   rome_app="cuisinier", nom="RESTAURANT L'ESCALE", sector="resto", effectif="6 à 9 salariés",
   formation=("cuisine", "3", "S"), salaire="app2", contact=contact("RESTAURANT L'ESCALE", "05 55 17 36 40"),
   desc=ESCALE.replace("Recherche apprenti(e) cuisinier(e) CAP.",
                       "Recherche apprenti(e) cuisinier(e) CAP, début dès que possible ou en septembre."))

# --- T12 : deux restaurants bordelais, textes génériques presque identiques -----------------------
ft("comptoir_ft", file=F_G1602, title="Apprenti commis de cuisine", created="2026-03-25T18:20:05",
   place="bordeaux", cp="33000", rome_app="commis", nom="LE COMPTOIR BORDELAIS", sector="resto", salaire=None,
   contact=contact("LE COMPTOIR BORDELAIS", "05 56 52 08 71"),
   desc="Restaurant au centre de Bordeaux recherche apprenti commis de cuisine. Mise en place, préparations froides, plonge, nettoyage. CAP cuisine. Débutant accepté.")
lba("petit_bouchon", file=L_G, label="offres_emploi_lba", created="2026-03-30T22:14:51",
    title="Commis / Commise de cuisine", romes=("G1602",), place="bordeaux",
    address="17 RUE DES BAHUTIERS 33000 BORDEAUX", company="petit_bouchon", name="SARL BOUCHON SAINT-PIERRE",
    brand="LE PETIT BOUCHON", legal="SARL BOUCHON SAINT-PIERRE", size="3-5", sector="resto", diploma="3",
    desc="Restaurant du centre de Bordeaux recherche un apprenti commis de cuisine (CAP). Mise en place, préparations froides, plonge et nettoyage. Débutants acceptés.")

# --- FT isolées -------------------------------------------------------------------------------------
ft("quai33", file=F_G1602, title="Commis de cuisine en contrat de professionnalisation H/F", created="2026-04-16T15:42:30",
   place="bordeaux", cp="33300", rome_app="commis", nom="RESTAURANT LE QUAI 33", sector="resto",
   effectif="10 à 19 salariés", kind="pro", months=12, exp="S", formation=("cuisine", "3", "E"),
   qual=("stress",), salaire="pro",
   contact=contact("RESTAURANT LE QUAI 33 - M. Julien Pécastaing", "05 57 87 19 23"),
   desc=T("""
    Restaurant Le Quai 33 (Bassins à flot) : contrat de professionnalisation de 12 mois pour un commis de cuisine souhaitant préparer le titre professionnel Cuisinier.
    Reconversion bienvenue ! Une première expérience en cuisine (stage, job d'été) est souhaitée.
    Poste du midi en semaine + 2 soirs.
   """))
ft("cuisine_centrale", file=F_G1602, title="Apprenti(e) cuisinier(e) en restauration collective", created="2026-02-10T08:15:42",
   place="merignac", rome_app="cuisinier_coll", nom="RESTAURATIONS COLLECTIVES DE GIRONDE", sector="collective",
   effectif="100 à 199 salariés", formation=("cuisine", "3", "S"), comp=("hygiene_alim", "mise_en_place"),
   qual=("rigueur", "organisation", "equipe"), salaire="app",
   ent_desc="Cuisine centrale produisant 9 000 repas par jour pour les écoles et les EHPAD de l'ouest de la métropole.",
   contact=contact("RCG - Service RH", None, "recrutement@rcgironde.fr"),
   desc=T("""
    Notre cuisine centrale de Mérignac (9 000 repas/jour pour les écoles, crèches et EHPAD) recrute un(e) apprenti(e) pour le CAP Production et service en restaurations (rapide, collective, cafétéria) ou le CAP Cuisine.

    Vous intégrerez l'équipe de production :
    - préparations froides (entrées, desserts) en grandes quantités
    - cuissons en sauteuses et fours mixtes
    - conditionnement en barquettes et refroidissement rapide
    - traçabilité, plan de maîtrise sanitaire

    Horaires de journée : 6h-13h30 du lundi au vendredi. Pas de travail le soir ni le week-end.
    Comité d'entreprise, tickets restaurant, mutuelle.
   """))
ft("angouleme_commis", file=F_G1602, title="Commis de cuisine apprenti H/F", created="2026-03-31T13:07:22",
   place="angouleme", rome_app="commis", sector="resto", effectif="6 à 9 salariés",
   formation=("cuisine", "3", "S"), salaire="app",
   contact=contact("Mme Inès Rabier", "06 45 19 87 02"),
   desc=T("""
    Restaurant du plateau d'Angoulême (vieille ville), cuisine de saison, cherche apprenti(e) commis de cuisine.
    CAP cuisine 2 ans. Mise en place, entrées, desserts, plonge.
    Travail du mardi au samedi. Pendant le festival de la BD fin janvier, forte activité.
   """))

# --- LBA isolées ------------------------------------------------------------------------------------
lba("table_st_pierre", file=L_G, label="offres_emploi_lba", created="2026-02-18T10:50:41",
    title="Commis / Commise de cuisine", romes=("G1602",), place="bordeaux",
    address="9 PLACE DU PALAIS 33000 BORDEAUX", company="table_st_pierre", name="SAS TSP",
    brand="LA TABLE DE SAINT-PIERRE", legal="SAS TSP", size="10-19", sector="resto", diploma="4",
    desired=["Gérer son stress", "Faire preuve de curiosité"],
    acquired=["Cuisine: Réaliser la mise en place", "Cuisine: Réaliser des cuissons", "Cuisine: Dresser des assiettes",
              "Cuisine: Réaliser des desserts de restaurant"],
    desc=T("""
    Restaurant gastronomique (1 étoile) du quartier Saint-Pierre. Nous recherchons un(e) apprenti(e) en BP Arts de la cuisine, titulaire du CAP.
    Travail de précision, produits nobles, brigade de 6. Dîner uniquement du mardi au samedi + déjeuner le samedi.
    Vous tournerez sur tous les postes, y compris la pâtisserie. Exigence et bienveillance.
    """))
lba("quinconces_mj", file=L_G, label="Meteojob", created="2026-04-14T04:25:00",
    title="Commis de cuisine en alternance H/F", romes=("G1602",), place="bordeaux",
    address="Bordeaux (33000)", company="quinconces", name="SAS BRASSERIE DES QUINCONCES", brand="Le Grand Quinconces",
    legal="SAS BRASSERIE DES QUINCONCES", size="20-49", sector="resto", pjid="MJ-29066218", start=None,
    with_recipient=False,
    desc=T("""
    Brasserie de 250 couverts sur les allées de Tourny, nous recrutons des commis de cuisine en alternance pour la rentrée (CAP / Bac pro / BP).
    Brigade de 15 personnes, cuisine de brasserie (fruits de mer, grillades), service continu.
    Avantages : repas, prime d'été, évolution rapide.
    """))
lba("jardin_merignac", file=L_G, label="offres_emploi_lba", created="2026-03-03T09:55:28",
    title="Cuisinier / Cuisinière", romes=("G1602",), place="merignac",
    address="120 AVENUE DE L'YSER 33700 MERIGNAC", company="jardin_merignac", name="SARL JARDIN DE MERIGNAC",
    brand="LE JARDIN DE MERIGNAC", legal="SARL JARDIN DE MERIGNAC", size="6-9", sector="resto", diploma="3",
    desc=("Réalise et envoie des plats selon les recettes et les techniques culinaires, participe à la mise en place et "
          "à l'entretien de la cuisine. Restaurant traditionnel près de l'aéroport, service du midi uniquement."))
lba("auberge_gave", file=L_G, label="offres_emploi_lba", created="2026-02-23T12:19:36",
    title="Commis / Commise de cuisine", romes=("G1602",), place="pau",
    address="3 RUE DU GAVE 64000 PAU", company="auberge_gave", name="AUBERGE DU GAVE",
    brand="AUBERGE DU GAVE", legal="SARL CAMY", size="6-9", sector="resto", diploma="3",
    desired=["Travailler en équipe"], acquired=["Cuisine: Réaliser la mise en place", "Cuisine: Préparer la garbure"],
    desc=T("""
    Auberge du Gave (Pau, bas de la ville) : cuisine béarnaise, garbure, poule au pot, magret.
    Nous prenons un apprenti commis en CAP. Midi et soir du mercredi au dimanche midi.
    """))
lba("presidial", file=L_G, label="offres_emploi_lba", created="2026-04-02T11:40:03",
    title="Apprenti(e) cuisinier(e) - CAP Cuisine", romes=("G1602",), place="limoges",
    address="6 RUE DU CONSULAT 87000 LIMOGES", company="presidial", name="SAS LE PRESIDIAL",
    brand="RESTAURANT LE PRESIDIAL", legal="SAS LE PRESIDIAL", size="10-19", sector="resto", diploma="3",
    desired=["Faire preuve de réactivité", "Gérer son stress"],
    acquired=["Cuisine: Réaliser la mise en place", "Cuisine: Réaliser des cuissons"],
    desc=T("""
    Restaurant Le Présidial – cuisine bistronomique au cœur du quartier du Château (Limoges).
    Apprentissage CAP Cuisine :
    • mise en place et préparations
    • poste garde-manger puis poste chaud
    • participation à l'élaboration de la carte des desserts
    Horaires en coupure, repos dimanche et lundi. Équipe jeune et passionnée !
    """))
lba("oceane_hw", file=L_G, label="Hellowork", created="2026-04-21T06:00:00",
    title="Alternance commis de cuisine - hôtel restaurant F/H", romes=("G1602", "G1603"), place="biarritz",
    address="64200 Biarritz", company="oceane", name="HOTEL OCEANE BIARRITZ", brand="Hôtel Océane",
    legal="SAS OCEANE HOTELLERIE", size="50-99", sector="hotel", pjid="71633907", start=None, with_recipient=False,
    desc=T("""
    Hôtel Océane (4*, 80 chambres, restaurant et bar de plage) recherche un commis de cuisine en alternance pour la saison puis l'année.
    Buffet petit-déjeuner, bar de plage, restaurant. Logement possible.
    """))
lba("vieux_port", file=L_G, label="offres_emploi_lba", created="2026-03-26T16:07:47",
    title="Commis / Commise de cuisine", romes=("G1602",), place="larochelle",
    address="22 QUAI DUPERRE 17000 LA ROCHELLE", company="vieux_port", name="SARL LE BISTROT DU VIEUX PORT",
    brand="LE BISTROT DU VIEUX PORT", legal="SARL LE BISTROT DU VIEUX PORT", size="10-19", sector="resto",
    diploma="3", start="2026-05-01T00:00:00",
    acquired=["Cuisine: Ouvrir et préparer des fruits de mer", "Cuisine: Réaliser la mise en place"],
    desc=T("""
    Bistrot du Vieux Port (quai Duperré) : commis de cuisine en apprentissage, CAP cuisine, démarrage possible dès mai pour la saison.
    Poissons, moules, plateaux. Rythme soutenu l'été.
    """))

# ============================================================================================
# 4. PROPRETÉ (K2204)
# ============================================================================================
F_K2204 = "search_region75_K2204.json"
L_K = "search_K2204_region75.json"

# --- C8 + T8 : Net'Pro et Net Pro Services, deux sociétés distinctes de Mérignac -------------------
ft("netpro_ft", file=F_K2204, title="Apprenti agent de propreté et d'hygiène (H/F)", created="2026-02-20T11:26:03",
   place="merignac", rome_app="agent_proprete", nom="NET'PRO", sector="proprete", effectif="20 à 49 salariés",
   ent_desc="Entreprise de nettoyage de bureaux et de parties communes, 25 salariés.",
   formation=("proprete", "3", "S"), comp=("sols", "sanitaires", "dosage", "autolaveuse"),
   qual=("autonomie", "rigueur"), salaire="app",
   contact=contact("NET'PRO - Mme Corinne Baudry", "05 56 12 40 58", "contact@netpro-merignac.fr"),
   desc=T("""
    Net'Pro, entreprise de propreté implantée à Mérignac depuis 2011, intervient dans les bureaux, cabinets médicaux et copropriétés de l'ouest bordelais.
    Nous recrutons un(e) apprenti(e) pour préparer le CAP Agent de propreté et d'hygiène (2 ans).
    Au programme : entretien courant des locaux, dépoussiérage, lavage des sols, vitrerie, utilisation de l'autolaveuse, tri des déchets, respect des protocoles et dosage des produits.
    Horaires en journée continue 6h-13h (pas de travail le soir ni le week-end).
    Véhicule de service pour les déplacements entre chantiers.
   """))
lba("netpro_lba", file=L_K, label="offres_emploi_lba", created="2026-03-02T08:09:55",
    title="Agent / Agente de propreté et d'hygiène", romes=("K2204",), place="merignac",
    address="ZA DE BEUTRE 8 RUE CONDORCET 33700 MERIGNAC", company="netpro", name="SARL NETPRO",
    brand="NET'PRO", legal="SARL NETPRO", size="20-49", sector="proprete", diploma="3",
    desired=["Faire preuve d'autonomie", "Faire preuve de rigueur et de précision"],
    acquired=["Nettoyage: Nettoyer des sols manuellement ou avec une machine", "Nettoyage: Doser et utiliser des produits d'entretien",
              "Nettoyage: Nettoyer des vitres"],
    desc=T("""
    Entreprise de nettoyage de 25 salariés basée à Mérignac (ZA de Beutre). Nous proposons un contrat d'apprentissage en CAP APH.
    Vous entretiendrez des bureaux, des cabinets médicaux et des parties communes d'immeubles : sols, surfaces, vitres, sanitaires.
    Vous apprendrez à utiliser les machines (autolaveuse, monobrosse) et les produits en toute sécurité.
    Horaires du matin uniquement, du lundi au vendredi.
    """))
ft("netproservices_ft", file=F_K2204, title="Apprenti(e) agent(e) d'entretien - CAP APH", created="2026-03-05T14:37:18",
   place="merignac", rome_app="agent_entretien", nom="NET PRO SERVICES", sector="proprete",
   effectif="50 à 99 salariés", formation=("proprete", "3", "S"), comp=("sols", "autolaveuse"),
   qual=("equipe", "reactivite"), salaire="app",
   contact=contact("NET PRO SERVICES - Agence de Mérignac", "05 57 92 61 30", "agence.merignac@netproservices.fr"),
   desc=T("""
    NET PRO SERVICES – nettoyage industriel et tertiaire (entrepôts, zones aéroportuaires, grandes surfaces) – recherche pour son agence de Mérignac un apprenti agent de propreté en CAP APH ou Bac pro Hygiène Propreté Stérilisation.
    Missions : nettoyage mécanisé des sols (autolaveuse autoportée, monobrosse), remise en état après travaux, décapage, entretien de quais logistiques.
    Horaires en équipe : 5h-12h ou 14h-21h selon le site.
    Permis B souhaité. EPI fournis.
   """))

# --- C9 + T13 : Aquitaine Propreté Services, agences de Pau et de Bordeaux --------------------------
APS = T("""
    Aquitaine Propreté Services (350 salariés, 6 agences en Nouvelle-Aquitaine) recrute pour son agence de {ville} un(e) alternant(e) agent de propreté.
    Formation : CAP Agent de propreté et d'hygiène, 2 ans.
    Vous interviendrez sur nos sites clients de {zone} : entretien des sols et surfaces, sanitaires, vitrerie, gestion des déchets.
    Horaires : matin tôt ou fin de journée, du lundi au vendredi.
    Tuteur dédié, tenue et équipements fournis, mutuelle entreprise.
""")
APS_CT = dict(rome_app="agent_proprete", nom="AQUITAINE PROPRETE SERVICES", sector="proprete",
              effectif="50 à 99 salariés", formation=("proprete", "3", "S"), comp=("sols", "sanitaires", "dosage"),
              qual=("rigueur", "autonomie"), salaire="app")
ft("aps_pau_ft", file=F_K2204, title="Agent de propreté en alternance - agence de Pau", created="2026-03-09T09:10:26",
   place="pau", desc=APS.format(ville="Pau", zone="l'agglomération paloise (bureaux, établissements scolaires, commerces)"),
   contact=contact("AQUITAINE PROPRETE SERVICES - Agence de Pau", "05 59 84 22 10"), **APS_CT)
ft("aps_bordeaux_ft", file=F_K2204, title="Agent de propreté en alternance - agence de Bordeaux",
   created="2026-03-12T09:02:44", place="bordeaux", cp="33300",
   desc=APS.format(ville="Bordeaux", zone="l'agglomération bordelaise (bureaux, cliniques, commerces)"),
   contact=contact("AQUITAINE PROPRETE SERVICES - Agence de Bordeaux", "05 56 39 71 05"), **APS_CT)
lba("aps_pau_lba", file=L_K, label="offres_emploi_lba", created="2026-03-11T13:33:12",
    title="Agent / Agente de propreté et d'hygiène", romes=("K2204",), place="pau",
    address="10 RUE BLAISE PASCAL 64000 PAU", company="aps", site=4, name="APS AQUITAINE PROPRETE SERVICES",
    brand="AQUITAINE PROPRETE SERVICES", legal="APS AQUITAINE PROPRETE SERVICES", size="50-99", sector="proprete",
    diploma="3", desired=["Faire preuve de rigueur et de précision", "Faire preuve d'autonomie"],
    acquired=["Nettoyage: Nettoyer des sols manuellement ou avec une machine", "Nettoyage: Nettoyer et désinfecter des sanitaires"],
    desc=T("""
    Notre agence de Pau (Aquitaine Propreté Services, 6 agences en Nouvelle-Aquitaine) recrute un(e) apprenti(e) agent de propreté en CAP APH, contrat de 2 ans.
    Entretien des sols et surfaces, sanitaires, vitrerie et gestion des déchets chez nos clients de l'agglomération paloise (bureaux, écoles, commerces).
    Interventions tôt le matin ou en fin de journée, du lundi au vendredi. Un tuteur vous accompagne ; tenue, EPI et mutuelle pris en charge.
    """))

# --- R10 : Limousin Nettoyage Industriel, Limoges (relais identique) ---------------------------------
ft("limousin_net", file=F_K2204, title="Apprenti(e) agent(e) de nettoyage industriel - Bac pro HPS",
   created="2026-02-18T13:45:37", place="limoges", cp="87280", rome_app="agent_nettoyage",
   nom="LIMOUSIN NETTOYAGE INDUSTRIEL", sector="proprete", effectif="100 à 199 salariés",
   formation=("proprete", "4", "S"), comp=("sols", "dosage", "autolaveuse"), qual=("rigueur", "equipe", "organisation"),
   salaire="app",
   contact=contact("LIMOUSIN NETTOYAGE INDUSTRIEL - Service RH", "05 55 35 60 02", "rh@lni-limoges.fr"),
   desc=T("""
    LIMOUSIN NETTOYAGE INDUSTRIEL (LNI) - 140 salariés - nettoyage d'ateliers de production, d'industries agroalimentaires et de sites sensibles (salles propres).

    Nous recrutons un(e) apprenti(e) en Bac Pro Hygiène, Propreté, Stérilisation (3 ans).

    Vos missions :
    - nettoyage et désinfection des lignes de production (agroalimentaire)
    - bionettoyage en salles propres selon protocoles
    - conduite d'autolaveuses et d'engins de nettoyage
    - contrôle qualité et traçabilité des interventions

    Horaires en 2x8 (5h-12h / 13h-20h), une semaine sur deux. Prime de panier.
   """))
relay("limousin_net_r", "limousin_net", file=L_K, sector="proprete", delay_h=19,
      acquired=["Nettoyer des sols manuellement ou avec une machine", "Doser et utiliser des produits d'entretien"])

# --- P2 : Nettoyage Poitou Services, Poitiers (doublon FT 3 semaines après, date de début changée) ---
NPS = T("""
    Nettoyage Poitou Services recrute un(e) apprenti(e) agent(e) de propreté (CAP APH) pour ses chantiers de Poitiers et du Futuroscope.
    Entretien de bureaux, d'hôtels et de résidences étudiantes. Travail en équipe de 2 ou 3 personnes.
    Horaires : 6h-10h et 17h-20h (coupure). Véhicule fourni pour les trajets entre sites.
    Début du contrat : 1er avril 2026.
""")
ft("nps_1", file=F_K2204, title="Apprenti(e) agent(e) de propreté", created="2026-02-04T10:48:03", place="poitiers",
   rome_app="agent_proprete", nom="NETTOYAGE POITOU SERVICES", sector="proprete", effectif="20 à 49 salariés",
   formation=("proprete", "3", "S"), salaire="app",
   contact=contact("NETTOYAGE POITOU SERVICES - M. Hervé Chauvet", "05 49 30 45 77"), desc=NPS)
ft("nps_2", file=F_K2204, title="Apprenti(e) agent(e) de propreté H/F", created="2026-02-25T10:21:36", place="poitiers",
   rome_app="agent_proprete", nom="NETTOYAGE POITOU SERVICES", sector="proprete", effectif="20 à 49 salariés",
   formation=("proprete", "3", "S"), salaire="app",
   contact=contact("NETTOYAGE POITOU SERVICES - M. Hervé Chauvet", "05 49 30 45 77"),
   desc=NPS.replace("Début du contrat : 1er avril 2026.", "Début du contrat : dès que possible (avril ou mai 2026)."))

# --- FT isolées -------------------------------------------------------------------------------------
ft("hygiene_pessac", file=F_K2204, title="Agent d'entretien en contrat de professionnalisation", created="2026-03-23T11:59:14",
   place="pessac", rome_app="agent_entretien", nom="HYGIENE SERVICES PESSAC", sector="proprete",
   effectif="10 à 19 salariés", kind="pro", months=12, formation=("proprete", "3", "S"), salaire="pro",
   contact=contact("HYGIENE SERVICES PESSAC", "05 56 07 33 48"),
   desc=T("""
    Hygiène Services Pessac propose un contrat de professionnalisation de 12 mois (titre professionnel Agent de propreté et d'hygiène) pour l'entretien de locaux sur le campus universitaire et les zones d'activité de Pessac.
    Horaires en soirée (17h-21h) du lundi au vendredi. Ouvert aux demandeurs d'emploi et aux personnes en reconversion.
   """))
ft("proxim_interim", file=F_K2204, title="Agent de nettoyage H/F", created="2026-04-14T16:02:58",
   place="bordeaux", cp="33000", rome_app="agent_nettoyage", nom="PROXIM'INTERIM BORDEAUX", sector="interim",
   kind="cdd", months=3, exp="S", qualif=("5", "Employé non qualifié"),
   salaire={"libelle": "Horaire de 12.10 Euros", "complement1": "Indemnités de fin de mission + congés payés"},
   contact=contact("PROXIM'INTERIM - Agence Bordeaux centre", "05 56 00 98 76", "bordeaux@proximinterim.fr"),
   duree="24H Horaires normaux",
   desc=T("""
    Votre agence Proxim'Intérim Bordeaux recherche pour son client, une entreprise de propreté, des agents de nettoyage H/F.
    Mission de 3 mois renouvelable, entretien de bureaux en centre-ville, horaires 6h-9h et 18h-21h.
    Expérience de 6 mois souhaitée. Démarrage immédiat.
   """))

# --- LBA isolées ------------------------------------------------------------------------------------
lba("clean_aquitaine", file=L_K, label="offres_emploi_lba", created="2026-04-09T14:29:21",
    title="Agent / Agente de propreté et d'hygiène", romes=("K2204",), place="bordeaux",
    address="45 QUAI DE BACALAN 33300 BORDEAUX", company="clean_aquitaine", name="SAS CLEAN'AQUITAINE",
    brand="CLEAN'AQUITAINE", legal="SAS CLEAN'AQUITAINE", size="20-49", sector="proprete", diploma="3",
    desired=["Faire preuve d'autonomie"],
    acquired=["Nettoyage: Nettoyer des sols manuellement ou avec une machine"],
    desc=("Réalise l'entretien courant et la remise en état des locaux (sols, surfaces, sanitaires, vitres) "
          "selon les règles d'hygiène et de sécurité, à l'aide de matériel manuel ou mécanisé."))
lba("campus_pessac_mj", file=L_K, label="Meteojob", created="2026-02-24T04:30:00",
    title="Agent de propreté en apprentissage H/F", romes=("K2204",), place="pessac",
    address="Pessac (33600)", company="campus_proprete", name="PROPRETE CAMPUS SERVICES", brand=None,
    legal="PROPRETE CAMPUS SERVICES", size="50-99", sector="proprete", pjid="MJ-28731164", start=None,
    with_recipient=False,
    desc=T("""
    Propreté Campus Services, prestataire de nettoyage des établissements d'enseignement et de recherche, recrute un agent de propreté en apprentissage (CAP APH) sur le domaine universitaire de Pessac-Talence.
    Entretien des amphithéâtres, laboratoires et bureaux. Horaires du matin.
    """))
lba("net_limousin", file=L_K, label="offres_emploi_lba", created="2026-03-17T10:14:36",
    title="Agent / Agente de nettoyage", romes=("K2204",), place="limoges",
    address="23 RUE FRANCOIS PERRIN 87000 LIMOGES", company="net_limousin", name="NET LIMOUSIN",
    brand=None, legal="SARL NET LIMOUSIN", size="10-19", sector="proprete", diploma="3",
    desc="Petite entreprise de nettoyage (bureaux, copropriétés) à Limoges recrute apprenti CAP APH. Horaires du matin. Permis apprécié.")
lba("propre_clain", file=L_K, label="offres_emploi_lba", created="2026-04-04T09:06:58",
    title="Agent / Agente de propreté et d'hygiène", romes=("K2204", "K2201"), place="poitiers",
    address="7 RUE DES CARMELITES 86000 POITIERS", company="propre_clain", name="SARL PROPRETE DU CLAIN",
    brand="PROPRETE DU CLAIN", legal="SARL PROPRETE DU CLAIN", size="10-19", sector="proprete", diploma="4",
    desired=["Faire preuve de rigueur et de précision"],
    acquired=["Nettoyage: Réaliser un bionettoyage", "Nettoyage: Traiter le linge"],
    desc=T("""
    Propreté du Clain, nettoyage en milieu médical (cliniques, EHPAD) à Poitiers, recrute un(e) apprenti(e) en Bac pro Hygiène Propreté Stérilisation.
    Bionettoyage des chambres et blocs, gestion du linge, respect strict des protocoles.
    Travail un week-end sur trois.
    """))

# ============================================================================================
# 5. Vérité terrain
# ============================================================================================
def F(k):
    assert k in FT, k
    return ("ft", k)


def L(k):
    assert k in LBA, k
    return ("lba", k)


GROUPS = [
    # ---- relais France Travail -> La bonne alternance
    ("relay", [F("larrieu"), L("larrieu_r")], "Maison Larrieu, Bordeaux, apprenti boulanger : relais LBA au texte coupé (~520 car.), titre re-casé."),
    ("relay", [F("lacoste_boul"), L("lacoste_boul_r")], "Boulangerie Lacoste, Pessac : relais avec lignes vides supprimées et espaces doublés, titre en capitales, code ROME D1104 ajouté."),
    ("relay", [F("capucins_fromage"), L("capucins_fromage_r")], "Fromagerie des Capucins, Bordeaux : relais identique mais sans nom d'employeur côté LBA."),
    ("relay", [F("fournee_limoges"), L("fournee_limoges_r")], "La Fournée Dorée, boutique de Limoges : relais identique (texte type de l'enseigne)."),
    ("relay", [F("fournee_pau"), L("fournee_pau_r")], "La Fournée Dorée, boutique de Pau : relais coupé (~700 car.), titre en minuscules ; même texte type que Limoges mais autre offre."),
    ("relay", [F("meca_limoges"), L("meca_limoges_r")], "Méca'Rapide Limoges : relais, lignes vides supprimées, titre en capitales, code ROME I1606 ajouté."),
    ("relay", [F("etchegaray"), L("etchegaray_r")], "Garage Etchegaray, Bayonne : relais dont les sauts de ligne sont aplatis en un seul paragraphe."),
    ("relay", [F("clain"), L("clain_r")], "Le Bistrot du Clain, Poitiers : relais coupé (~610 car.)."),
    ("relay", [F("perigord"), L("perigord_r")], "Restaurant de Périgueux : nom d'employeur absent côté France Travail, présent (LE PERIGORD GOURMAND) côté relais ; titre re-casé."),
    ("relay", [F("geiq_rochelle"), L("geiq_rochelle_r")], "GEIQ HRA, antenne de La Rochelle : relais identique avec G1603 en plus."),
    ("relay", [F("germaine"), L("germaine_r")], "Brasserie Chez Germaine, Bordeaux : relais avec puces remplacées, lignes vides supprimées, espaces autour des deux-points doublés, titre en capitales."),
    ("relay", [F("limousin_net"), L("limousin_net_r")], "Limousin Nettoyage Industriel, Limoges : relais identique."),
    # ---- cross-posts : l'employeur a publié lui-même sur les deux plateformes
    ("cross_post", [F("chartrons_ft"), L("chartrons_lba")], "Le Fournil des Chartrons (SARL FOURNIL DES CHARTRONS), Bordeaux 33300 : réécriture légère (ordre changé, une phrase ajoutée), 3 jours d'écart."),
    ("cross_post", [F("pains_tradition_ft"), L("pains_tradition_lba")], "Pains & Tradition, Bordeaux Saint-Augustin : employeur absent côté France Travail ; texte réécrit (moyennement), 6 jours d'écart."),
    ("cross_post", [F("hyper_trad_ft"), L("hyper_trad_hw")], "Hyper Soleil Mérignac = SAS MERIGNAC DISTRIBUTION (raison sociale côté Hellowork) : rayon traditionnel ; texte LBA beaucoup plus court et reformulé, 4 jours d'écart."),
    ("cross_post", [F("quais_ft"), L("quais_lba")], "Boulangerie des Quais (SAS DUMAS BOULANGERIE), Libourne : FT très long (~40 lignes), LBA en une phrase ; 14 jours d'écart."),
    ("cross_post", [F("gcb_cap_ft"), L("gcb_lba")], "Garage Central Béarn, Pau : apprenti CAP (pas le BTS) ; liste reformulée et phrase ajoutée ; adresse « 27B » / « 27 bis »."),
    ("cross_post", [F("limauto_ft"), L("limauto_mj")], "Limousin Automobiles, Limoges 87280 : employeur absent côté FT (texte long), annonce Meteojob très courte ; 4 jours d'écart."),
    ("cross_post", [F("irigoyen_ft"), L("irigoyen_cfa")], "Garage Irigoyen, Bayonne Saint-Esprit : sur LBA l'offre est déléguée au CFA (is_delegated, employeur = CFA, adresse du CFA à Bayonne) et le garage n'est pas nommé ; même poste décrit autrement."),
    ("cross_post", [F("netpro_ft"), L("netpro_lba")], "Net'Pro (SARL NETPRO), Mérignac : réécriture moyenne, 10 jours d'écart."),
    ("cross_post", [F("aps_pau_ft"), L("aps_pau_lba")], "Aquitaine Propreté Services, agence de Pau : réécriture légère, 2 jours d'écart."),
    ("cross_post", [F("benedictins_ft"), L("benedictins_lba")], "Brasserie des Bénédictins (enseigne LES BENEDICTINS, SARL LB RESTAURATION), Limoges : forte réécriture, texte LBA bien plus court, 15 jours d'écart."),
    ("cross_post", [F("iraty_ft"), L("iraty_hw")], "Villa Iraty (SAS HOTEL VILLA IRATY), Biarritz : réécriture moyenne sur Hellowork, 5 jours d'écart."),
    ("cross_post", [F("tables_arcachon_ft"), L("tables_arcachon_lba")], "Les Tables de Garonne / enseigne Le Garonne Plage, Arcachon : réécriture légère, même jour."),
    ("cross_post", [L("atelier_talence_lba"), F("atelier_talence_ft"), L("atelier_talence_r")], "L'Atelier du Pain, Talence : publiée sur LBA, puis sur France Travail 4 jours après (réécrite), puis relais LBA de l'offre France Travail (aplati et coupé)."),
    ("cross_post", [L("txoko_lba"), F("txoko_commis_ft"), L("txoko_commis_r")], "Le Txoko (SARL ETXEA), Bayonne, commis de cuisine : publiée sur LBA, puis sur France Travail (réécrite), puis relayée sur LBA sans nom d'employeur."),
    # ---- double publications sur une même plateforme
    ("double_pull", [F("bastide_pain_1"), F("bastide_pain_2")], "Bastide Pain, Bordeaux 33100 : republication FT identique 14 jours après."),
    ("double_pull", [F("nps_1"), F("nps_2")], "Nettoyage Poitou Services, Poitiers : republication FT 3 semaines après, date de début modifiée, « H/F » ajouté au titre."),
    ("double_pull", [F("escale_1"), F("escale_2")], "Restaurant L'Escale, Brive : republication FT 10 jours après, une précision ajoutée."),
    ("double_pull", [L("caud_1"), L("caud_2")], "Au Pain de Caudéran : même offre LBA republiée 16 jours après, texte identique."),
    ("double_pull", [L("cgp_1"), L("cgp_2")], "Central Garage (SAS CENTRAL GARAGE PAU) : republiée sur Hellowork sous un autre identifiant 9 jours après, date de démarrage retouchée."),
    ("double_pull", [L("bedat_1"), L("bedat_2")], "Maison Bedat, Pau : republiée sur LBA 3 semaines après, une phrase modifiée."),
]

TRAPS = [
    ("same_employer_other_job", [F("lacoste_boul"), L("lacoste_vente")], "Boulangerie Lacoste, Pessac : apprenti boulanger (D1102, FT) et apprentie vendeuse (D1106, LBA) : deux postes différents."),
    ("same_employer_same_rome_other_job", [F("hyper_trad_ft"), F("hyper_fl_ft")], "Hyper Soleil Mérignac, même jour, même code D1106 et même intro : rayon traditionnel (2 postes) vs rayon fruits et légumes (1 poste)."),
    ("same_employer_same_rome_other_job", [F("gcb_cap_ft"), F("gcb_bts_ft")], "Garage Central Béarn, Pau, même jour, I1604 : apprenti CAP mécanicien vs alternant BTS diagnostic ; le texte BTS cite l'apprenti CAP."),
    ("same_employer_same_rome_other_job", [F("txoko_commis_ft"), F("txoko_patissier_ft")], "Le Txoko, Bayonne, même jour, G1602 : commis de cuisine vs apprenti pâtissier de restaurant (« deuxième poste »)."),
    ("chain_template_other_towns", [F("fournee_limoges"), F("fournee_pau"), F("fournee_poitiers"), F("fournee_bastide")], "La Fournée Dorée : même texte type, une boutique par ville (Limoges, Pau, Poitiers, Bordeaux Bastide) : quatre recrutements."),
    ("chain_template_other_towns", [L("fournee_limoges_r"), L("fournee_pau_r")], "Relais LBA de deux offres La Fournée Dorée de villes différentes : même texte type, offres distinctes."),
    ("chain_same_commune_other_shop", [F("fournee_bastide"), L("fournee_chartrons")], "La Fournée Dorée, deux boutiques de Bordeaux (Bastide 33100 sur FT, Chartrons 33300 sur LBA) : même texte type, seule la boutique change."),
    ("chain_template_other_towns", [F("meca_merignac"), F("meca_limoges"), F("meca_bayonne"), F("meca_poitiers")], "Méca'Rapide : même annonce type dans 4 centres (Mérignac, Limoges, Bayonne, Poitiers)."),
    ("chain_template_other_towns", [F("geiq_bordeaux"), F("geiq_biarritz"), F("geiq_rochelle")], "GEIQ Hôtellerie-Restauration Atlantique : même modèle pour trois bassins d'emploi (Bordeaux, Côte basque, La Rochelle)."),
    ("same_employer_other_site", [F("aps_pau_ft"), F("aps_bordeaux_ft")], "Aquitaine Propreté Services : même intitulé et même texte pour l'agence de Pau et celle de Bordeaux."),
    ("same_employer_other_site", [F("tables_arcachon_ft"), F("tables_bordeaux_ft")], "Les Tables de Garonne : apprenti commis pour le restaurant d'Arcachon et pour celui de Bordeaux, textes très proches."),
    ("similar_employer_names", [F("netpro_ft"), F("netproservices_ft")], "Net'Pro (SARL, propreté de bureaux) et Net Pro Services (nettoyage industriel) : deux sociétés distinctes de Mérignac, même métier."),
    ("similar_employer_names", [F("fsm_ft"), L("marche_stmichel")], "Fournil Saint-Michel (place Meynard) et Boulangerie du Marché Saint-Michel (EURL Dubernet, rue des Faures) : deux boulangeries de Bordeaux 33800."),
    ("similar_employer_names", [L("gcb_lba"), L("cgp_1")], "Garage Central Béarn (SARL, quartier du Hameau) et Central Garage (SAS CENTRAL GARAGE PAU, Pau nord) : deux garages de Pau."),
    ("similar_employer_names", [F("chartrons_ft"), L("fournee_chartrons")], "Le Fournil des Chartrons et la boutique La Fournée Dorée des Chartrons : deux employeurs, même quartier, même poste de vendeur."),
    ("generic_text_other_employers", [L("caud_1"), L("nansouty")], "Deux boulangeries bordelaises (Caudéran et Nansouty) ayant posté sur LBA la même définition générique du métier de vendeur."),
    ("generic_text_other_employers", [F("comptoir_ft"), L("petit_bouchon")], "Le Comptoir Bordelais et Le Petit Bouchon, Bordeaux 33000 : textes courts quasi identiques pour deux restaurants différents."),
    ("generic_text_other_employers", [F("fsm_ft"), F("bacalan_ft"), F("grenier_ft")], "Trois boulangeries de Bordeaux (Saint-Michel, Bacalan, Mériadeck) : vendeur(se) en apprentissage, même vocabulaire."),
    ("generic_text_other_employers", [F("capucins_garage"), L("bar_lba")], "Deux garages de quartier de Bordeaux 33800 (Capucins, Nansouty) : textes courts presque identiques, employeurs différents."),
    ("rehire_after_6_months", [F("moreau_old"), F("moreau_new")], "Garage Moreau, Poitiers : offre d'août 2025 (rentrée 2025, encore en ligne) et nouvelle embauche en mars 2026 pour la rentrée 2026."),
    ("rehire_after_6_months", [F("lamarque_old"), L("lamarque_new")], "Boulangerie Lamarque, Angoulême : apprenti recruté pour la rentrée 2025 (FT, septembre 2025) puis second apprenti pour 2026 (LBA, mars 2026)."),
]


# ============================================================================================
# 6. Écriture
# ============================================================================================
def ref(m):
    src, k = m
    if src == "ft":
        return {"source": "france_travail", "id": FT[k]["id"]}
    return {"source": "lba", "id": LBA[k]["identifier"]["id"]}


def lba_order(j):
    lab = j["identifier"]["partner_label"]
    rank = 0 if lab == "offres_emploi_lba" else (1 if lab == "France Travail" else 2)
    return (rank, -int(parse(j["offer"]["publication"]["creation"][:19]).timestamp()))


def main():
    for sub in ("ft", "lba"):
        d = os.path.join(HERE, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith(".json"):
                os.remove(os.path.join(d, f))
    files = {}
    for k, o in FT.items():
        files.setdefault(FT_FILE[k], []).append(o)
    for name, offers in sorted(files.items()):
        offers.sort(key=lambda o: o["dateCreation"], reverse=True)
        with open(os.path.join(HERE, "ft", name), "w", encoding="utf-8") as fh:
            json.dump({"resultats": offers, "filtresPossibles": []}, fh, ensure_ascii=False, indent=2)
    files = {}
    for k, j in LBA.items():
        files.setdefault(LBA_FILE[k], []).append(j)
    for name, jobs in sorted(files.items()):
        jobs.sort(key=lba_order)
        with open(os.path.join(HERE, "lba", name), "w", encoding="utf-8") as fh:
            json.dump({"jobs": jobs, "recruiters": [], "warnings": []}, fh, ensure_ascii=False, indent=2)
    truth = {
        "groups": [{"kind": kd, "members": [ref(m) for m in ms], "note": n} for kd, ms, n in GROUPS],
        "traps": [{"kind": kd, "members": [ref(m) for m in ms], "note": n} for kd, ms, n in TRAPS],
    }
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=2)
    counts = {}
    for kd, _, _ in GROUPS:
        counts[kd] = counts.get(kd, 0) + 1
    print("France Travail : %d offres, La bonne alternance : %d jobs" % (len(FT), len(LBA)))
    print("groupes :", counts, "- pièges :", len(TRAPS))


if __name__ == "__main__":
    main()
