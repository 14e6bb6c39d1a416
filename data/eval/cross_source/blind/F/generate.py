#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator of part F (Provence-Alpes-Côte d'Azur) of the cross-source evaluation set.
Standard library only. Everything (companies, SIRETs, people, texts, ids) is fictitious.
Run: python3 generate.py  -> writes ft/*.json, lba/*.json, truth.json next to this file."""
import datetime
import json
import os
import random

rng = random.Random(93_2026_0046)

ROME = {
    "D1102": "Boulangerie - viennoiserie",
    "D1106": "Vente en alimentation",
    "G1602": "Personnel de cuisine",
    "I1604": "Mécanique automobile et entretien de véhicules",
    "M1607": "Secrétariat",
}

# key: (FT libelle, default postal code, INSEE, lat, lon, relay label)
PLACES = {
    "m01": ("13 - MARSEILLE 01", "13001", "13201", 43.2999, 5.3841, "13 - Marseille 1er Arrondissement"),
    "m02": ("13 - MARSEILLE 02", "13002", "13202", 43.3127, 5.3630, "13 - Marseille 2e Arrondissement"),
    "m04": ("13 - MARSEILLE 04", "13004", "13204", 43.3066, 5.4008, "13 - Marseille 4e Arrondissement"),
    "m05": ("13 - MARSEILLE 05", "13005", "13205", 43.2925, 5.3975, "13 - Marseille 5e Arrondissement"),
    "m06": ("13 - MARSEILLE 06", "13006", "13206", 43.2871, 5.3808, "13 - Marseille 6e Arrondissement"),
    "m07": ("13 - MARSEILLE 07", "13007", "13207", 43.2829, 5.3633, "13 - Marseille 7e Arrondissement"),
    "m08": ("13 - MARSEILLE 08", "13008", "13208", 43.2416, 5.3755, "13 - Marseille 8e Arrondissement"),
    "m09": ("13 - MARSEILLE 09", "13009", "13209", 43.2343, 5.4452, "13 - Marseille 9e Arrondissement"),
    "m10": ("13 - MARSEILLE 10", "13010", "13210", 43.2757, 5.4268, "13 - Marseille 10e Arrondissement"),
    "m11": ("13 - MARSEILLE 11", "13011", "13211", 43.2887, 5.4839, "13 - Marseille 11e Arrondissement"),
    "m12": ("13 - MARSEILLE 12", "13012", "13212", 43.3072, 5.4396, "13 - Marseille 12e Arrondissement"),
    "m13": ("13 - MARSEILLE 13", "13013", "13213", 43.3497, 5.4331, "13 - Marseille 13e Arrondissement"),
    "m14": ("13 - MARSEILLE 14", "13014", "13214", 43.3448, 5.3917, "13 - Marseille 14e Arrondissement"),
    "m15": ("13 - MARSEILLE 15", "13015", "13215", 43.3591, 5.3638, "13 - Marseille 15e Arrondissement"),
    "nice": ("06 - NICE", "06000", "06088", 43.7031, 7.2661, "06 - Nice"),
    "toulon": ("83 - TOULON", "83000", "83137", 43.1242, 5.9280, "83 - Toulon"),
    "aix": ("13 - AIX EN PROVENCE", "13100", "13001", 43.5297, 5.4474, "13 - Aix-en-Provence"),
    "avignon": ("84 - AVIGNON", "84000", "84007", 43.9493, 4.8055, "84 - AVIGNON"),
    "antibes": ("06 - ANTIBES", "06600", "06004", 43.5808, 7.1251, "06 - Antibes"),
    "aubagne": ("13 - AUBAGNE", "13400", "13005", 43.2927, 5.5708, "13 - Aubagne"),
    "ciotat": ("13 - LA CIOTAT", "13600", "13028", 43.1748, 5.6046, "13 - La Ciotat"),
    "hyeres": ("83 - HYERES", "83400", "83069", 43.1204, 6.1286, "83 - Hyères"),
    "cagnes": ("06 - CAGNES SUR MER", "06800", "06027", 43.6637, 7.1489, "06 - Cagnes-sur-Mer"),
    "carpentras": ("84 - CARPENTRAS", "84200", "84031", 44.0556, 5.0481, "84 - Carpentras"),
    "salon": ("13 - SALON DE PROVENCE", "13300", "13103", 43.6403, 5.0973, "13 - SALON DE PROVENCE"),
    "martigues": ("13 - MARTIGUES", "13500", "13056", 43.4053, 5.0476, "13 - Martigues"),
    "cavaillon": ("84 - CAVAILLON", "84300", "84035", 43.8375, 5.0381, "84 - Cavaillon"),
    "grasse": ("06 - GRASSE", "06130", "06069", 43.6589, 6.9233, "06 - Grasse"),
    "frejus": ("83 - FREJUS", "83600", "83061", 43.4330, 6.7370, "83 - Fréjus"),
    "gap": ("05 - GAP", "05000", "05061", 44.5594, 6.0786, "05 - Gap"),
    "vitrolles": ("13 - VITROLLES", "13127", "13117", 43.4600, 5.2486, "13 - Vitrolles"),
    "seyne": ("83 - LA SEYNE SUR MER", "83500", "83126", 43.1007, 5.8788, "83 - La Seyne-sur-Mer"),
    "manosque": ("04 - MANOSQUE", "04100", "04112", 43.8342, 5.7839, "04 - Manosque"),
}

COMPETENCES = {
    "D1102": ["Pétrir une pâte", "Façonner des pâtes à pain", "Contrôler la fermentation d'une pâte",
              "Cuire des produits de boulangerie", "Préparer des viennoiseries",
              "Appliquer les règles d'hygiène et de sécurité alimentaire"],
    "D1106": ["Conseiller un client sur des produits alimentaires", "Mettre en rayon des produits",
              "Découper, peser et emballer des produits à la coupe", "Encaisser le montant d'une vente",
              "Contrôler la qualité et la fraîcheur des produits", "Réaliser un étiquetage de prix"],
    "G1602": ["Préparer des ingrédients culinaires", "Réaliser des préparations culinaires de base",
              "Dresser des assiettes", "Nettoyer et entretenir le poste de travail",
              "Appliquer les règles HACCP", "Réceptionner et stocker des marchandises"],
    "I1604": ["Réaliser l'entretien courant d'un véhicule", "Diagnostiquer une panne à l'aide d'un outil de diagnostic",
              "Remplacer des pièces mécaniques", "Contrôler l'état des freins et des pneumatiques",
              "Effectuer une vidange", "Renseigner un ordre de réparation"],
    "M1607": ["Accueillir et orienter les visiteurs", "Traiter le courrier entrant et sortant",
              "Rédiger des courriers et comptes rendus", "Gérer un agenda",
              "Saisir et mettre en forme des documents", "Classer et archiver des documents"],
}
_COMP_CODES = {}
for _r, _labels in sorted(COMPETENCES.items()):
    for _i, _l in enumerate(_labels):
        _COMP_CODES[_l] = str(300000 + (sum(map(ord, _r)) * 97 + _i * 1373) % 99999)

QUALITES = {
    "equipe": ("Travail en équipe", "Capacité à travailler avec les autres, à partager les informations et à coordonner son action avec celle de l'équipe."),
    "rigueur": ("Rigueur", "Capacité à respecter les consignes, les procédures et les délais, et à réaliser un travail soigné."),
    "orga": ("Sens de l'organisation", "Capacité à planifier son travail, à hiérarchiser les tâches et à gérer son temps."),
    "autonomie": ("Autonomie", "Capacité à prendre des initiatives et à avancer seul dans son travail une fois les consignes données."),
    "adaptation": ("Capacité d'adaptation", "Capacité à s'ajuster à des situations et à des interlocuteurs variés."),
    "reactivite": ("Réactivité", "Capacité à agir rapidement face à un imprévu ou à une demande urgente."),
    "communication": ("Sens de la communication", "Capacité à écouter, à se faire comprendre et à adapter son discours à son interlocuteur."),
    "perseverance": ("Persévérance", "Capacité à maintenir son effort dans la durée, même face aux difficultés."),
    "curiosite": ("Curiosité", "Envie d'apprendre, de comprendre et de découvrir de nouvelles façons de faire."),
}

DIPLOMA = {
    "3": {"european": "3", "label": "Cap, autres formations (Infrabac)"},
    "4": {"european": "4", "label": "BP, Bac, autres formations (Bac)"},
    "5": {"european": "5", "label": "BTS, DEUST, autres formations (Bac+2)"},
}

NAF = {
    "1071C": "Boulangerie et boulangerie-pâtisserie",
    "1071D": "Pâtisserie",
    "4711D": "Supermarchés",
    "4711F": "Hypermarchés",
    "4721Z": "Commerce de détail de fruits et légumes en magasin spécialisé",
    "4722Z": "Commerce de détail de viandes et de produits à base de viande en magasin spécialisé",
    "4723Z": "Commerce de détail de poissons, crustacés et mollusques en magasin spécialisé",
    "4729Z": "Autres commerces de détail alimentaires en magasin spécialisé",
    "5510Z": "Hôtels et hébergement similaire",
    "5530Z": "Terrains de camping et parcs pour caravanes ou véhicules de loisirs",
    "5610A": "Restauration traditionnelle",
    "5629A": "Restauration collective sous contrat",
    "4520A": "Entretien et réparation de véhicules automobiles légers",
    "4511Z": "Commerce de voitures et de véhicules automobiles légers",
    "4532Z": "Commerce de détail d'équipements automobiles",
    "6910Z": "Activités juridiques",
    "6920Z": "Activités comptables",
    "6622Z": "Activités des agents et courtiers d'assurances",
    "6831Z": "Agences immobilières",
    "6832A": "Administration d'immeubles et autres biens immobiliers",
    "4120A": "Construction de maisons individuelles",
    "4941A": "Transports routiers de fret interurbains",
    "2042Z": "Fabrication de parfums et de produits pour la toilette",
    "4332A": "Travaux de menuiserie bois et PVC",
    "8532Z": "Enseignement secondaire technique ou professionnel",
    "8559A": "Formation continue d'adultes",
}

OPCO_EP = "Opco entreprises de proximité"
OPCO_COM = "L'Opcommerce"
OPCO_AKTO = "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre"
OPCO_MOB = "Opco Mobilités"
OPCO_ATLAS = "ATLAS"


def luhn_ok(digits):
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
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def make_siren():
    return _complete_luhn(str(rng.randint(3, 9)) + "".join(rng.choice("0123456789") for _ in range(7)))


def make_siret(siren=None, nic=None):
    siren = siren or make_siren()
    prefix = siren + (nic or ("000" + str(rng.randint(1, 9))))
    return _complete_luhn(prefix)


_used_ft = set()


def make_ft_id():
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    while True:
        i = str(rng.randint(201, 207)) + "".join(rng.choice(letters + "0123456789" if k == 3 else letters) for k in range(4))
        if i not in _used_ft:
            _used_ft.add(i)
            return i


_used_lba = set()


def make_lba_id(iso):
    ts = int(parse(iso).timestamp()) + rng.randint(0, 900)
    while True:
        i = "%08x" % ts + "".join(rng.choice("0123456789abcdef") for _ in range(16))
        if i not in _used_lba:
            _used_lba.add(i)
            return i


def parse(iso):
    iso = iso.replace("Z", "")
    if "." in iso:
        iso = iso.split(".")[0]
    return datetime.datetime.fromisoformat(iso).replace(tzinfo=datetime.timezone.utc)


def z(iso):
    """'2026-02-05T07:42:10' -> '2026-02-05T07:42:10.000Z'"""
    return parse(iso).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def plus_days(iso, days, hours=0):
    return (parse(iso) + datetime.timedelta(days=days, hours=hours)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def T(*lines):
    return "\n".join(lines)


def jitter(lat, lon, k=0.012):
    return round(lat + rng.uniform(-k, k), 6), round(lon + rng.uniform(-k, k), 6)


def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    out, prev = [], ""
    for ch in s:
        c = ch if ch.isalnum() else "-"
        if c == "-" and prev == "-":
            continue
        out.append(c)
        prev = c
    return "".join(out).strip("-")[:60]


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------
FT = {}      # key -> offer dict (France Travail)
FT_ORDER = []
LBA = {}     # key -> job dict (La bonne alternance)
LBA_ORDER = []
META = {}    # key -> free notes used by relays

EXP_LIB = {"D": "Débutant accepté", "E1": "1 an(s)", "E2": "2 an(s)", "S6": "6 mois"}


def ft(key, place, rome, appel, title, desc, created, updated=None, nom=None, ent_desc=None,
       nature="Contrat apprentissage", type_contrat="CDD", duree=24, comp=None, qual=None,
       salaire=None, contact=None, exp="D", naf=None, postes=1, formation=None, cp=None,
       horaires="35H Horaires normaux", qualif=("6", "Employé qualifié"), effectif=None, permis=None,
       ent_url=None):
    lib, cp0, insee, lat, lon, _ = PLACES[place]
    oid = make_ft_id()
    o = {"id": oid, "intitule": title, "description": desc,
         "dateCreation": z(created), "dateActualisation": z(updated or created),
         "lieuTravail": {"libelle": lib, "latitude": lat, "longitude": lon,
                         "codePostal": cp or cp0, "commune": insee},
         "romeCode": rome, "romeLibelle": ROME[rome], "appellationlibelle": appel}
    ent = {}
    if nom:
        ent["nom"] = nom
    if ent_desc:
        ent["description"] = ent_desc
    if ent_url:
        ent["url"] = ent_url
    ent["entrepriseAdaptee"] = False
    o["entreprise"] = ent
    o["typeContrat"] = type_contrat
    if type_contrat == "CDI":
        o["typeContratLibelle"] = "Contrat à durée indéterminée"
    else:
        o["typeContratLibelle"] = "Contrat à durée déterminée - %d Mois" % duree
    o["natureContrat"] = nature
    o["experienceExige"] = exp[0]
    o["experienceLibelle"] = EXP_LIB[exp]
    if formation:
        o["formations"] = [{"codeFormation": formation[0], "domaineLibelle": formation[1],
                            "niveauLibelle": formation[2], "exigence": formation[3]}]
    if permis:
        o["permis"] = [{"libelle": permis, "exigence": "S"}]
    if comp:
        lst = []
        for i, c in enumerate(comp):
            e = {"libelle": c, "exigence": "E" if i < 2 else "S"}
            if c in _COMP_CODES and (len(c) + i) % 5 != 0:
                e = {"code": _COMP_CODES[c], **e}
            lst.append(e)
        o["competences"] = lst
    if qual:
        o["qualitesProfessionnelles"] = [{"libelle": QUALITES[q][0], "description": QUALITES[q][1]} for q in qual]
    o["salaire"] = salaire or {"commentaire": "Selon la grille de rémunération des apprentis"}
    o["dureeTravailLibelle"] = horaires
    o["dureeTravailLibelleConverti"] = "Temps partiel" if "partiel" in horaires.lower() else "Temps plein"
    o["alternance"] = nature in ("Contrat apprentissage", "Contrat de professionnalisation")
    if contact:
        c = dict(contact)
        c.setdefault("urlPostulation", None)
        if c["urlPostulation"] is None:
            del c["urlPostulation"]
        o["contact"] = c
    else:
        o["contact"] = {"coordonnees1": "Pour postuler, utiliser le lien suivant : "
                                        "https://candidat.francetravail.fr/offres/recherche/detail/" + oid}
    o["agence"] = {}
    o["nombrePostes"] = postes
    o["accessibleTH"] = (len(title) % 4 == 0)
    o["qualificationCode"] = qualif[0]
    o["qualificationLibelle"] = qualif[1]
    if naf:
        o["codeNAF"] = naf[:2] + "." + naf[2:]
        o["secteurActivite"] = naf[:2]
        o["secteurActiviteLibelle"] = NAF[naf]
    if effectif:
        o["trancheEffectifEtab"] = effectif
    o["origineOffre"] = {"origine": "1",
                         "urlOrigine": "https://candidat.francetravail.fr/offres/recherche/detail/" + oid}
    FT[key] = o
    FT_ORDER.append(key)
    return o


def workplace(siret, legal, brand, address, coords, naf, opco=None, idcc=None, size=None, desc=None,
              website=None, name=None):
    lat, lon = coords
    return {"siret": siret, "brand": brand, "legal_name": legal, "website": website,
            "name": name if name is not None else (legal or brand),
            "description": desc, "size": size,
            "location": {"address": address,
                         "geopoint": {"type": "Point", "coordinates": [lon, lat]}},
            "domain": {"idcc": idcc, "opco": opco,
                       "naf": {"code": naf, "label": NAF[naf]} if naf else None}}


PARTNER_URL = {
    "Hellowork": "https://www.hellowork.com/fr-fr/emplois/%s.html",
    "Meteojob": "https://www.meteojob.com/candidat/offres/offre-d-emploi-%s",
}


def lba(key, partner, wp, title, desc, romes, created, start="2026-09-01", duration=24,
        ctype=("Apprentissage",), remote="onsite", desired=(), acquired=(), access=(), diploma=None,
        opening=1, delegated=False, phone=None, partner_job_id=None, expiration_days=61, recipient=True):
    jid = make_lba_id(created)
    if partner == "offres_emploi_lba":
        pjid = jid
        url = ("https://labonnealternance.apprentissage.beta.gouv.fr/emploi/offres_emploi_lba/%s/%s"
               % (jid, slug(title)))
    else:
        pjid = partner_job_id
        url = PARTNER_URL[partner] % (pjid if partner == "Hellowork" else slug(title) + "-" + pjid)
    j = {"identifier": {"id": jid, "partner_label": partner, "partner_job_id": pjid},
         "workplace": wp,
         "apply": {"url": url, "phone": phone,
                   "recipient_id": ("jobs_partners_" + jid) if recipient else None},
         "contract": {"start": z(start + "T00:00:00") if start else None, "duration": duration,
                      "type": list(ctype), "remote": remote},
         "offer": {"title": title, "rome_codes": list(romes), "description": desc,
                   "target_diploma": DIPLOMA[diploma] if diploma else None,
                   "desired_skills": list(desired), "to_be_acquired_skills": list(acquired),
                   "access_conditions": list(access),
                   "publication": {"creation": z(created), "expiration": plus_days(created, expiration_days)},
                   "opening_count": opening, "status": "Active"},
         "is_delegated": delegated}
    LBA[key] = j
    LBA_ORDER.append(key)
    return j


def cut(text, n):
    """Cut a text at a word boundary before n characters, as a relay that truncates."""
    if len(text) <= n:
        return text
    t = text[:n]
    t = t[: t.rfind(" ")]
    return t.rstrip(" ,;:-") + "..."


def squash_ws(text):
    """All line breaks and runs of spaces become one space (a relay that flattens the text)."""
    return " ".join(text.split())


def loosen_ws(text):
    """Line breaks kept but blank lines removed, bullets indented, CRLF (whitespace-only changes)."""
    lines = [l.rstrip() for l in text.split("\n") if l.strip()]
    lines = [("  " + l) if l.lstrip().startswith(("-", "•", "*")) else l for l in lines]
    return "\r\n".join(lines) + " "


def relay(key, ft_key, created_shift_h=2, title=None, desc=None, romes=None, name="same",
          ctype=("Apprentissage",), duration=None, desc_entreprise=None, naf=None, opening=None,
          upper_label=False):
    o = FT[ft_key]
    lib, _cp, _insee, lat, lon, rlabel = PLACES[[k for k, v in PLACES.items() if v[0] == o["lieuTravail"]["libelle"]][0]]
    if name == "same":
        name = o["entreprise"].get("nom")
    access = []
    for f in o.get("formations", []):
        access.append("%s - %s" % (f["domaineLibelle"], f["niveauLibelle"]))
    wp = {"siret": None, "brand": None, "legal_name": None, "website": None, "name": name,
          "description": desc_entreprise if desc_entreprise is not None else o["entreprise"].get("description"),
          "size": None,
          "location": {"address": rlabel.upper() if upper_label else rlabel,
                       "geopoint": {"type": "Point", "coordinates": [lon, lat]}},
          "domain": {"idcc": None, "opco": None,
                     "naf": ({"code": o["codeNAF"].replace(".", ""), "label": o["secteurActiviteLibelle"]}
                             if naf is None and "codeNAF" in o else naf)}}
    created = plus_days(o["dateCreation"], 0, created_shift_h)
    jid = make_lba_id(created)
    dur = duration
    if dur is None and "Mois" in o["typeContratLibelle"]:
        dur = int(o["typeContratLibelle"].split("- ")[1].split(" ")[0])
    j = {"identifier": {"id": jid, "partner_label": "France Travail", "partner_job_id": o["id"]},
         "workplace": wp,
         "apply": {"url": "https://candidat.francetravail.fr/offres/recherche/detail/" + o["id"],
                   "phone": None, "recipient_id": None},
         "contract": {"start": None, "duration": dur, "type": list(ctype), "remote": None},
         "offer": {"title": title or o["intitule"], "rome_codes": romes or [o["romeCode"]],
                   "description": desc if desc is not None else o["description"],
                   "target_diploma": None, "desired_skills": [], "to_be_acquired_skills": [],
                   "access_conditions": access,
                   "publication": {"creation": created, "expiration": plus_days(created, 60)},
                   "opening_count": opening or o.get("nombrePostes", 1), "status": "Active"},
         "is_delegated": False}
    LBA[key] = j
    LBA_ORDER.append(key)
    return j


# ---------------------------------------------------------------------------
# Contents. Keys: r* relay, x* cross_post, d* double_pull, t* traps, b* background.
# ---------------------------------------------------------------------------
def build():
    # ======================= RELAYS (France Travail -> La bonne alternance) =======================
    # R1 — Nice, bakery; relay title re-cased, one extra ROME code.
    ft("r1_ft", "nice", "D1102", "Boulanger / Boulangère", "Apprenti boulanger / Apprentie boulangère (H/F)",
       T("Boulangerie artisanale du quartier Saint-Roch (4 salariés) recherche un(e) apprenti(e) boulanger(e) "
         "pour préparer le CAP Boulanger en 2 ans.",
         "",
         "Vos missions, aux côtés du chef boulanger :",
         "- pesage des ingrédients et pétrissage",
         "- façonnage des baguettes, pains spéciaux et viennoiseries",
         "- suivi de la fermentation et cuisson au four à sole",
         "- nettoyage du fournil et respect des règles HACCP",
         "",
         "Horaires : début 4h du matin, repos le dimanche après-midi et le lundi.",
         "Débutant accepté, la motivation compte plus que l'expérience. Si vous n'avez pas encore de CFA, "
         "nous pouvons vous orienter."),
       "2026-02-05T07:42:10", "2026-02-06T09:01:55", nom="AU PAIN DE SAINT ROCH", cp="06300",
       comp=COMPETENCES["D1102"][:4], qual=["rigueur", "equipe", "perseverance"], naf="1071C",
       formation=("21538", "Boulangerie", "CAP, BEP et équivalents", "S"), effectif="3 à 5 salariés",
       salaire={"libelle": "Mensuel de 900.0 Euros à 1300.0 Euros sur 12 mois",
                "commentaire": "Selon âge et année d'apprentissage"},
       contact={"nom": "AU PAIN DE SAINT ROCH - M. Julien Ferrero",
                "coordonnees1": "Courriel : boulangerie.stroch@laposte.example",
                "telephone": "04 65 71 20 14"})
    relay("r1_lba", "r1_ft", 3, title="Apprenti Boulanger / Apprentie Boulangère (H/F)", romes=["D1102", "D1104"])

    # R2 — Marseille 1er, greengrocer; employer absent on both sides; relay cut short.
    ft("r2_ft", "m01", "D1106", "Vendeur / Vendeuse en fruits et légumes",
       "VENDEUR EN FRUITS ET LEGUMES EN APPRENTISSAGE (H/F)",
       T("Primeur indépendant installé depuis 30 ans dans le quartier de Noailles, nous cherchons un ou une "
         "apprenti(e) pour la vente en magasin et sur notre étal extérieur.",
         "",
         "Au quotidien vous serez chargé(e) de :",
         "- la mise en place de l'étal dès l'ouverture (6h30), le tri et la présentation des fruits et légumes,",
         "- l'accueil et le conseil des clients (produits de saison, origine, conservation),",
         "- la pesée, l'encaissement et la tenue de la caisse,",
         "- la réception des livraisons du MIN des Arnavaux et le contrôle de la fraîcheur,",
         "- le rangement et le nettoyage de la boutique en fin de journée.",
         "",
         "Formation préparée : CAP Équipier polyvalent du commerce ou Bac pro Métiers du commerce et de la vente, "
         "en lien avec un CFA de Marseille.",
         "Rythme : 3 semaines en entreprise / 1 semaine au CFA.",
         "Travail le samedi matin obligatoire, repos dimanche et lundi.",
         "",
         "Profil : vous aimez le contact, vous êtes matinal(e) et vous n'avez pas peur de porter des cagettes. "
         "Une première expérience en vente est un plus mais n'est pas exigée.",
         "Poste à pourvoir rapidement."),
       "2026-02-12T10:15:00", "2026-02-19T08:30:12", ent_desc=None,
       comp=["Conseiller un client sur des produits alimentaires", "Contrôler la qualité et la fraîcheur des produits",
             "Encaisser le montant d'une vente"], naf="4721Z",
       formation=("34554", "Commerce", "CAP, BEP et équivalents", "S"),
       salaire={"commentaire": "Rémunération légale apprenti"}, effectif="1 ou 2 salariés")
    relay("r2_lba", "r2_ft", 1, desc=cut(FT["r2_ft"]["description"], 420), name=None,
          title="Vendeur en fruits et légumes en apprentissage (H/F)")

    # R3 — Toulon, butcher's shop counter, professionalisation; relay whitespace changed, employer dropped.
    ft("r3_ft", "toulon", "D1106", "Vendeur / Vendeuse en boucherie",
       "Vendeur/vendeuse en boucherie-charcuterie - contrat pro",
       T("La Maison Castelli, boucherie-charcuterie traditionnelle au Pont-du-Las, renforce son équipe de vente.",
         "",
         "Dans le cadre d'un contrat de professionnalisation de 12 mois (CQP Vendeur en boucherie), vous apprendrez à :",
         "- conseiller la clientèle sur les morceaux, les modes de cuisson et les quantités",
         "- préparer les commandes (plateaux, rôtis ficelés, brochettes)",
         "- tenir le rayon traiteur et charcuterie : présentation, étiquetage, rotation des produits",
         "- encaisser et tenir la caisse",
         "",
         "Vous travaillerez du mardi au samedi, 35h, en journée continue le samedi.",
         "Goût du commerce et bonne présentation indispensables."),
       "2026-02-18T14:02:41", nom="MAISON CASTELLI", cp="83200", nature="Contrat de professionnalisation", duree=12,
       comp=["Conseiller un client sur des produits alimentaires", "Découper, peser et emballer des produits à la coupe",
             "Réaliser un étiquetage de prix", "Encaisser le montant d'une vente"],
       qual=["communication", "rigueur"], naf="4722Z", effectif="6 à 9 salariés",
       salaire={"libelle": "Mensuel de 1450.0 Euros sur 12 mois"},
       contact={"nom": "Mme Sandrine Castelli", "telephone": "06 39 98 41 07",
                "courriel": "maison.castelli.toulon@orange.example"})
    relay("r3_lba", "r3_ft", 5, desc=loosen_ws(FT["r3_ft"]["description"]), name=None, romes=["D1106", "D1101"],
          ctype=("Professionnalisation",))

    # R4 — Marseille 7e, restaurant; relay title re-cased, text identical.
    ft("r4_ft", "m07", "G1602", "Commis / Commise de cuisine", "COMMIS DE CUISINE EN APPRENTISSAGE (H/F)",
       T("🍽️ La Table du Vallon, restaurant de cuisine méditerranéenne face au vallon des Auffes (45 couverts), "
         "recherche son/sa futur(e) apprenti(e) commis de cuisine.",
         "",
         "Ce que vous ferez :",
         "• mise en place et préparations de base (légumes, fonds, sauces)",
         "• cuisson des garnitures sous la responsabilité du second",
         "• dressage des entrées et desserts au passe",
         "• plonge batterie, rangement des chambres froides, traçabilité HACCP",
         "",
         "Vous préparerez un CAP Cuisine ou un BP Arts de la cuisine.",
         "Service du midi et du soir, fermeture dimanche soir et lundi. Repas pris sur place.",
         "Nous cherchons quelqu'un de curieux, ponctuel et qui a envie d'apprendre le produit (poisson du jour, "
         "légumes de Provence)."),
       "2026-02-24T11:20:05", "2026-03-02T16:44:00", nom="LA TABLE DU VALLON", cp="13007",
       comp=COMPETENCES["G1602"][:5], qual=["equipe", "reactivite", "curiosite"], naf="5610A",
       formation=("42752", "Cuisine", "CAP, BEP et équivalents", "S"), effectif="6 à 9 salariés",
       horaires="35H Travail en soirée", salaire={"libelle": "Mensuel de 1000.0 Euros à 1500.0 Euros sur 12 mois"})
    relay("r4_lba", "r4_ft", 2, title="Commis de cuisine en apprentissage (H/F)")

    # R5 — Avignon, restaurant; long text cut short by the relay, extra ROME code.
    ft("r5_ft", "avignon", "G1602", "Cuisinier / Cuisinière", "Apprenti(e) cuisinier(e) - CAP Cuisine",
       T("Le Cloître Gourmand est un restaurant bistronomique de l'intra-muros d'Avignon, à deux pas de la place "
         "des Corps-Saints. Notre cuisine est faite maison à partir de produits du Vaucluse et du marché des Halles.",
         "",
         "Nous recrutons un(e) apprenti(e) cuisinier(e) pour la rentrée, en vue de l'obtention du CAP Cuisine "
         "(2 ans) ou d'une mention complémentaire.",
         "",
         "MISSIONS",
         "Sous la responsabilité du chef et de son second, vous participerez à :",
         "- la réception et le rangement des marchandises, le contrôle des températures ;",
         "- l'épluchage, la taille et la préparation des légumes ;",
         "- la réalisation des fonds, sauces et préparations de base ;",
         "- la cuisson des viandes et poissons en binôme avec un cuisinier confirmé ;",
         "- le dressage des assiettes pendant le service ;",
         "- l'entretien des locaux et du matériel selon le plan de nettoyage.",
         "",
         "CONDITIONS",
         "- 35 heures par semaine, en coupure (10h-14h30 / 18h30-22h) ;",
         "- deux jours de repos consécutifs (dimanche et lundi) ;",
         "- fermeture annuelle deux semaines en janvier ;",
         "- pendant le Festival (juillet), horaires adaptés et prime.",
         "",
         "PROFIL",
         "Vous êtes motivé(e), à l'écoute et vous avez le sens du travail en équipe. Une première expérience "
         "(stage, job d'été) en restauration est appréciée. Les candidatures de personnes en reconversion sont "
         "bienvenues.",
         "",
         "Merci d'envoyer CV et quelques lignes de motivation."),
       "2026-03-03T09:05:30", nom="LE CLOITRE GOURMAND", cp="84000",
       comp=COMPETENCES["G1602"], qual=["equipe", "adaptation", "rigueur"], naf="5610A",
       formation=("42752", "Cuisine", "CAP, BEP et équivalents", "S"), effectif="10 à 19 salariés",
       horaires="35H Horaires variables",
       contact={"nom": "LE CLOITRE GOURMAND - M. Olivier Bourrely",
                "coordonnees1": "Courriel : recrutement@cloitre-gourmand.example"})
    relay("r5_lba", "r5_ft", 4, desc=cut(FT["r5_ft"]["description"], 600), romes=["G1602", "G1603"])

    # R6 — Salon-de-Provence, garage; relay flattens all line breaks.
    ft("r6_ft", "salon", "I1604", "Mécanicien / Mécanicienne automobile",
       "Mécanicien automobile en alternance H/F",
       T("Garage indépendant multimarque situé zone des Canourgues, 5 personnes, agréé réseau de réparateurs.",
         "Nous proposons un contrat d'apprentissage pour préparer le CAP Maintenance des véhicules option "
         "voitures particulières, ou le Bac pro.",
         "",
         "Vous interviendrez sur :",
         "- vidanges, filtres, courroies de distribution",
         "- freinage (plaquettes, disques), amortisseurs, pneumatiques, géométrie",
         "- préparation des véhicules au contrôle technique",
         "- diagnostic électronique avec la valise, sous la responsabilité du chef d'atelier",
         "",
         "Permis B apprécié (déplacement des véhicules sur le parc). Tenue fournie.",
         "Horaires 8h-12h / 14h-18h du lundi au vendredi."),
       "2026-03-09T08:12:44", "2026-03-09T08:12:44", nom="GARAGE DES CANOURGUES", cp="13300",
       comp=COMPETENCES["I1604"][:5], qual=["rigueur", "autonomie"], naf="4520A",
       formation=("31812", "Maintenance automobile", "CAP, BEP et équivalents", "S"), effectif="3 à 5 salariés",
       permis="B - Véhicule léger",
       contact={"nom": "GARAGE DES CANOURGUES - Mme Nadia Rezgui", "telephone": "04 65 71 33 80"})
    relay("r6_lba", "r6_ft", 1, desc=squash_ws(FT["r6_ft"]["description"]), upper_label=True)

    # R7 — Marseille 15e, garage; employer absent on both sides, short text relayed unchanged.
    ft("r7_ft", "m15", "I1604", "Mécanicien / Mécanicienne automobile", "Apprenti mécanicien VL (H/F)",
       T("Garage de quartier (Saint-Louis / Les Aygalades) cherche apprenti mécanicien véhicules légers.",
         "Entretien courant, pneus, freins, vidanges. CAP MV en 2 ans.",
         "Sérieux et ponctualité exigés. Début dès que possible."),
       "2026-02-09T15:33:02", "2026-02-16T10:00:00", cp="13015",
       comp=["Réaliser l'entretien courant d'un véhicule", "Effectuer une vidange"], naf="4520A",
       formation=("31812", "Maintenance automobile", "CAP, BEP et équivalents", "S"),
       salaire={"commentaire": "Salaire légal apprenti"},
       contact={"nom": "M. Karim", "telephone": "06 39 98 77 15"})
    relay("r7_lba", "r7_ft", 2, name=None)

    # R8 — Marseille 11e, building firm secretary; relay cut, extra ROME code.
    ft("r8_ft", "m11", "M1607", "Secrétaire administratif / administrative",
       "Secrétaire polyvalente en alternance (H/F)",
       T("Bâti Sud Rénovation est une entreprise de rénovation de l'habitat (maçonnerie, plâtrerie, menuiserie) "
         "basée à La Valentine. Nous intervenons chez les particuliers et les syndics sur tout Marseille Est et "
         "le pays d'Aubagne. L'équipe compte 18 compagnons et 3 personnes au bureau.",
         "",
         "Pour épauler notre assistante de direction, nous recherchons un(e) alternant(e) en BTS Support à "
         "l'action managériale ou en titre professionnel Secrétaire assistant(e).",
         "",
         "Vos missions :",
         "1. Accueil téléphonique, prise de messages et de rendez-vous pour les métrés et les devis",
         "2. Saisie des devis et des factures dans notre logiciel, relances clients",
         "3. Suivi des plannings des équipes de chantier",
         "4. Classement, archivage, gestion du courrier et des commandes de fournitures",
         "5. Préparation des dossiers administratifs (attestations, DC4, déclarations de sous-traitance)",
         "",
         "Profil recherché : bonne orthographe, aisance avec Word/Excel, sens de l'organisation. "
         "Vous êtes à l'aise au téléphone, y compris avec des clients mécontents !",
         "",
         "Rythme selon l'école (2 jours / 3 jours ou par semaines). Bureaux accessibles en bus (ligne 12) "
         "et parking gratuit."),
       "2026-03-16T13:47:18", "2026-03-20T07:59:03", nom="BATI SUD RENOVATION", cp="13011",
       ent_desc="Entreprise générale de rénovation de l'habitat, 21 salariés.",
       comp=COMPETENCES["M1607"][:5], qual=["orga", "communication", "rigueur"], naf="4120A",
       formation=("35054", "Secrétariat assistanat", "Bac+2 ou équivalents", "S"), effectif="20 à 49 salariés",
       qualif=("7", "Technicien"),
       salaire={"libelle": "Mensuel de 1100.0 Euros à 1450.0 Euros sur 12 mois"})
    relay("r8_lba", "r8_ft", 6, desc=cut(FT["r8_ft"]["description"], 700), romes=["M1607", "M1602"])

    # R9 — Hyères, campsite office; identical relay.
    ft("r9_ft", "hyeres", "M1607", "Secrétaire", "Secrétaire administratif(ve) en apprentissage",
       T("Camping familial 4 étoiles situé à l'Ayguade, à 300 m de la plage, ouvert d'avril à octobre et "
         "bureau ouvert à l'année.",
         "Nous accueillons un(e) apprenti(e) secrétaire pour :",
         "- la gestion des réservations et des acomptes,",
         "- la correspondance avec les clients (mails, courriers, avis en ligne),",
         "- l'accueil à la réception en saison,",
         "- le classement et la préparation des éléments pour le cabinet comptable.",
         "Anglais courant apprécié (clientèle néerlandaise et allemande).",
         "Formation visée : Bac pro AGORA ou BTS SAM."),
       "2026-03-23T10:10:10", nom="CAMPING LES PALMIERS D'OR", cp="83400",
       comp=["Gérer un agenda", "Rédiger des courriers et comptes rendus", "Accueillir et orienter les visiteurs"],
       qual=["communication", "adaptation"], naf="5530Z",
       formation=("35054", "Secrétariat assistanat", "Bac ou équivalent", "S"), effectif="10 à 19 salariés",
       contact={"nom": "CAMPING LES PALMIERS D'OR - Direction",
                "coordonnees1": "Courriel : direction@palmiersdor-camping.example"})
    relay("r9_lba", "r9_ft", 2)

    # R10 — Carpentras, bakery; relay flattens bullets and blank lines.
    ft("r10_ft", "carpentras", "D1102", "Boulanger / Boulangère", "Apprenti(e) boulanger(e)",
       T("BOULANGERIE DE LA PORTE D'ORANGE – CARPENTRAS",
         "",
         "Nous formons un(e) apprenti(e) en CAP Boulanger (ou BP pour un candidat déjà titulaire du CAP).",
         "",
         "• Fabrication du pain au levain, baguettes tradition, fougasses et pompes à l'huile",
         "• Viennoiseries pur beurre le week-end",
         "• Cuisson, défournement, mise en rayon",
         "• Nettoyage et rangement du laboratoire",
         "",
         "Horaires de nuit (3h-10h), 5 jours sur 7.",
         "Logement possible à proximité pour un apprenti venant de loin.",
         "",
         "Contact par téléphone de préférence : 04 65 71 58 02."),
       "2026-04-01T06:55:00", "2026-04-03T06:55:00", nom="BOULANGERIE DE LA PORTE D'ORANGE", cp="84200",
       comp=COMPETENCES["D1102"][:3], naf="1071C", effectif="6 à 9 salariés",
       formation=("21538", "Boulangerie", "CAP, BEP et équivalents", "S"),
       horaires="35H Travail de nuit",
       contact={"nom": "BOULANGERIE DE LA PORTE D'ORANGE - M. Fabien Roumanille", "telephone": "04 65 71 58 02"})
    relay("r10_lba", "r10_ft", 8, desc=squash_ws(FT["r10_ft"]["description"]))

    # R11 — Marseille 12e, restaurant; upper-case title re-cased.
    ft("r11_ft", "m12", "G1602", "Commis / Commise de cuisine", "COMMIS DE CUISINE (H/F) - APPRENTISSAGE",
       T("Restaurant traditionnel de Saint-Barnabé, cuisine provençale et grillades, 60 couverts avec terrasse.",
         "Nous recherchons un apprenti commis de cuisine (CAP cuisine en 1 ou 2 ans).",
         "Vous aiderez le cuisinier à la mise en place, aux cuissons simples et au dressage, vous tiendrez le "
         "poste des entrées froides et participerez au nettoyage de la cuisine.",
         "Travail le midi du mardi au samedi et le vendredi/samedi soir."),
       "2026-04-08T09:30:00", nom="L'AUBERGE DE SAINT-BARNABE", cp="13012",
       comp=["Réaliser des préparations culinaires de base", "Dresser des assiettes"],
       qual=["equipe", "reactivite"], naf="5610A", effectif="6 à 9 salariés",
       formation=("42752", "Cuisine", "CAP, BEP et équivalents", "S"))
    relay("r11_lba", "r11_ft", 1, title="Commis de cuisine (H/F) - Apprentissage")

    # R12 — Fréjus, garage; identical relay with an extra ROME code.
    ft("r12_ft", "frejus", "I1604", "Mécanicien / Mécanicienne automobile", "Apprenti mécanicien automobile H/F",
       T("Fréjus Auto Services, centre d'entretien et de réparation toutes marques (zone du Capitou), recrute un "
         "apprenti mécanicien automobile en CAP ou Bac pro maintenance des véhicules.",
         "",
         "Missions : entretien périodique, remplacement des pièces d'usure, montage et équilibrage des pneus, "
         "contrôle avant restitution du véhicule au client. Vous serez accompagné par un tuteur mécanicien "
         "de 20 ans d'expérience.",
         "",
         "Nous attendons de vous de la rigueur, de la curiosité pour la technique et le respect des consignes "
         "de sécurité."),
       "2026-04-14T14:14:14", "2026-04-15T08:00:00", nom="FREJUS AUTO SERVICES", cp="83600",
       comp=COMPETENCES["I1604"][:4], qual=["rigueur", "curiosite"], naf="4520A", effectif="6 à 9 salariés",
       formation=("31812", "Maintenance automobile", "CAP, BEP et équivalents", "S"),
       contact={"nom": "FREJUS AUTO SERVICES - Service recrutement",
                "coordonnees1": "Courriel : atelier@frejus-autoservices.example"})
    relay("r12_lba", "r12_ft", 3, romes=["I1604", "I1606"])

    # ======================= CROSS-POSTS (same job posted by the employer on both boards) =======================
    # X1 — Aix, bakery: LBA own (first) + FT 6 days later + relay of the FT offer (3 members).
    siren_ange = make_siren()
    lba("x1_lba", "offres_emploi_lba",
        workplace(make_siret(siren_ange, "0002"), "SAS ANGE ET MIE", "ANGE & MIE",
                  "27 COURS SEXTIUS 13100 AIX-EN-PROVENCE", jitter(43.5290, 5.4420, 0.002), "1071C",
                  OPCO_EP, 843, "6-9", desc="Boulangerie-pâtisserie artisanale, pains au levain naturel."),
        "Apprenti boulanger H/F",
        T("Ange & Mie, boulangerie artisanale du cours Sextius, cherche son apprenti(e) boulanger(e) pour la "
          "rentrée de septembre.",
          "Tu apprendras avec notre chef boulanger le pétrissage, le façonnage des baguettes et des pains au "
          "levain, la conduite de la fermentation et la cuisson au four à sole. Tu participeras aussi à la "
          "fabrication des viennoiseries du week-end.",
          "Préparation du CAP Boulanger en 2 ans. Horaires du matin (4h-11h30), deux jours de repos dont le dimanche."),
        ["D1102"], "2026-02-10T18:22:00", start="2026-09-01", duration=24,
        desired=["Faire preuve de rigueur et de précision", "Être ponctuel", "Travailler en équipe"],
        acquired=["Production, Fabrication: Pétrir et façonner une pâte",
                  "Production, Fabrication: Contrôler la cuisson des produits",
                  "Hygiène: Appliquer les règles d'hygiène et de sécurité alimentaire"],
        diploma="3", phone="0465712290")
    ft("x1_ft", "aix", "D1102", "Boulanger / Boulangère", "Apprenti(e) Boulanger(ère) - CAP en 2 ans",
       T("Boulangerie artisanale du centre d'Aix (cours Sextius) recherche un apprenti ou une apprentie boulanger "
         "pour septembre 2026.",
         "",
         "Avec notre chef boulanger vous apprendrez : le pétrissage et le façonnage (baguettes, pains au levain "
         "naturel, pains spéciaux), la conduite de la fermentation, la cuisson au four à sole, et le week-end "
         "la fabrication des viennoiseries.",
         "",
         "CAP Boulanger en 2 ans. Horaires du matin, de 4h à 11h30. Repos le dimanche + un jour en semaine.",
         "Nous cherchons une personne ponctuelle, rigoureuse et qui aime travailler en équipe."),
       "2026-02-16T09:48:31", nom="ANGE ET MIE", cp="13100",
       comp=COMPETENCES["D1102"][:4], qual=["rigueur", "equipe"], naf="1071C", effectif="6 à 9 salariés",
       formation=("21538", "Boulangerie", "CAP, BEP et équivalents", "S"),
       contact={"nom": "ANGE ET MIE - Mme Claire Vidal", "telephone": "04 65 71 22 90"})
    relay("x1_relay", "x1_ft", 2)

    # X2 — Marseille 2e, brasserie: LBA own (short, reworded) + FT 10 days later (long) + relay cut (3 members).
    siren_arenc = make_siren()
    lba("x2_lba", "offres_emploi_lba",
        workplace(make_siret(siren_arenc, "0001"), "SARL ARENC RESTAURATION", "BRASSERIE DU QUAI D'ARENC",
                  "5 QUAI D'ARENC 13002 MARSEILLE", jitter(43.3148, 5.3652, 0.002), "5610A",
                  OPCO_AKTO, 1979, "20-49"),
        "Commis de cuisine",
        T("Brasserie de 120 couverts sur les quais d'Arenc (clientèle de bureaux le midi, événements le soir).",
          "On cherche un(e) commis en apprentissage pour la brigade : mise en place, cuissons, envoi. CAP ou BP "
          "cuisine. Travail en équipe de 8 en cuisine, service du midi surtout."),
        ["G1602"], "2026-03-02T12:05:00", start="2026-04-01", duration=24,
        desired=["Travailler en équipe", "Être réactif"],
        acquired=["Préparation culinaire: Réaliser des préparations culinaires de base"], diploma="3")
    ft("x2_ft", "m02", "G1602", "Commis / Commise de cuisine", "Commis de cuisine en apprentissage H/F",
       T("La Brasserie du Quai d'Arenc, située au pied des tours de la Joliette, sert chaque midi une clientèle "
         "d'affaires et accueille des événements privés en soirée.",
         "",
         "Pour compléter une brigade de 8 personnes, nous recrutons un(e) commis de cuisine en contrat "
         "d'apprentissage (CAP Cuisine ou BP Arts de la cuisine).",
         "",
         "Vos missions :",
         "- Assurer la mise en place du poste (chaud ou froid selon le planning)",
         "- Réaliser les préparations préliminaires : légumes, marinades, sauces de base",
         "- Participer aux cuissons et au dressage sous la supervision du chef de partie",
         "- Respecter les normes d'hygiène (HACCP) et la traçabilité",
         "- Entretenir son poste et participer à l'inventaire",
         "",
         "Ce que nous offrons :",
         "- Une équipe soudée et un chef formateur",
         "- Des horaires majoritairement en journée (service du soir seulement pour les événements)",
         "- Repas fournis, tenue fournie et entretenue",
         "- Prise en charge de 50 % du titre de transport",
         "",
         "Démarrage souhaité en avril."),
       "2026-03-12T08:40:09", "2026-03-12T08:40:09", nom="BRASSERIE DU QUAI D ARENC", cp="13002",
       comp=COMPETENCES["G1602"][:5], qual=["equipe", "reactivite", "rigueur"], naf="5610A",
       effectif="20 à 49 salariés", formation=("42752", "Cuisine", "CAP, BEP et équivalents", "S"),
       salaire={"libelle": "Mensuel de 1100.0 Euros à 1600.0 Euros sur 12 mois", "complement1": "Repas",
                "complement2": "Remboursement transport"})
    relay("x2_relay", "x2_ft", 5, desc=cut(FT["x2_ft"]["description"], 500))

    # X3 — Aix (Les Milles), hypermarket cheese counter: FT + relay + LBA own a week later (3 members).
    siren_hyper = make_siren()
    hyper_siret = make_siret(siren_hyper, "0013")
    hyper_desc = ("Hypermarché indépendant de la zone de la Pioline, 180 collaborateurs, rayons traditionnels "
                  "(boucherie, poissonnerie, fromagerie, boulangerie).")
    ft("x3_ft", "aix", "D1106", "Vendeur / Vendeuse en fromagerie",
       "Vendeur en fromagerie (rayon traditionnel) - apprentissage H/F",
       T("Hyper Provence Les Milles recrute pour son rayon FROMAGERIE à la coupe un(e) apprenti(e).",
         "",
         "Rattaché(e) au responsable du rayon, vous :",
         "- accueillez et conseillez les clients au comptoir (choix des fromages, accords, conservation) ;",
         "- réalisez la découpe, la pesée et l'emballage à la demande ;",
         "- assurez la mise en valeur du comptoir et la rotation des produits (DLC) ;",
         "- participez à la réception des marchandises et au nettoyage du poste.",
         "",
         "Formation : CAP Crémier-fromager ou CAP Équipier polyvalent du commerce, en partenariat avec un CFA "
         "d'Aix-en-Provence.",
         "Travail en 35h du lundi au samedi avec un jour de repos en semaine, dimanche matin par roulement.",
         "Avantages : 13e mois après un an, remise sur achats."),
       "2026-03-18T09:00:00", "2026-03-18T09:00:00", nom="HYPER PROVENCE LES MILLES", cp="13290",
       ent_desc=hyper_desc,
       comp=["Conseiller un client sur des produits alimentaires", "Découper, peser et emballer des produits à la coupe",
             "Contrôler la qualité et la fraîcheur des produits"],
       qual=["communication", "rigueur", "equipe"], naf="4711F", effectif="100 à 199 salariés",
       formation=("34554", "Commerce", "CAP, BEP et équivalents", "S"),
       salaire={"commentaire": "Grille apprentissage + 13e mois après 1 an"},
       contact={"nom": "HYPER PROVENCE - Service RH", "coordonnees1": "Courriel : rh.lesmilles@hyperprovence.example"})
    relay("x3_relay", "x3_ft", 6)
    lba("x3_lba", "offres_emploi_lba",
        workplace(hyper_siret, "DISTRI LES MILLES", "HYPER PROVENCE",
                  "ZAC DE LA PIOLINE 1140 RUE ANDRE AMPERE 13290 AIX-EN-PROVENCE", jitter(43.4957, 5.3920, 0.002),
                  "4711F", OPCO_COM, 2216, "100-199", desc=hyper_desc),
        "Vendeur / Vendeuse au rayon fromage à la coupe",
        T("Au sein du rayon fromagerie traditionnelle de notre hypermarché des Milles, vous apprenez le métier "
          "de vendeur-conseil : découpe et pesée à la demande, conseil sur les fromages et leurs accords, "
          "présentation et rotation du comptoir, réception des marchandises.",
          "Alternance CAP (crémier-fromager ou équipier polyvalent du commerce) avec un CFA d'Aix.",
          "35h du lundi au samedi, un dimanche matin sur trois. 13e mois après un an d'ancienneté."),
        ["D1106"], "2026-03-25T15:30:00", start="2026-05-04", duration=24,
        desired=["Avoir le sens du service client", "Faire preuve de rigueur"],
        acquired=["Vente: Conseiller un client sur des produits alimentaires",
                  "Vente: Découper, peser et emballer des produits à la coupe"], diploma="3")

    # X4 — Aubagne bakery, FT (no employer name) + LBA posted by a CFA for the bakery (is_delegated).
    cfa_bouche = make_siret(make_siren(), "0011")
    ft("x4_ft", "aubagne", "D1102", "Boulanger / Boulangère", "Boulanger(e) apprenti(e) H/F",
       T("Boulangerie-pâtisserie artisanale du centre-ville d'Aubagne (rue de la République) cherche un(e) "
         "apprenti(e) boulanger(e).",
         "Vous travaillerez avec le patron boulanger et un ouvrier : pétrissage, façonnage, cuisson des pains "
         "et des viennoiseries, entretien du fournil.",
         "CAP Boulanger en 2 ans, inscription au CFA faite avec nous.",
         "Horaires de nuit 3h-10h, repos mercredi et dimanche après-midi."),
       "2026-02-20T10:12:00", "2026-02-27T10:12:00", cp="13400",
       comp=COMPETENCES["D1102"][:3], naf="1071C", effectif="3 à 5 salariés",
       formation=("21538", "Boulangerie", "CAP, BEP et équivalents", "S"), horaires="35H Travail de nuit",
       contact={"nom": "M. Giraud", "telephone": "06 39 98 20 31"})
    lba("x4_lba", "offres_emploi_lba",
        workplace(cfa_bouche, "CFA DES METIERS DE BOUCHE DE PROVENCE", None,
                  "47 CHEMIN DE CHATEAU-GOMBERT 13013 MARSEILLE", jitter(43.3561, 5.4389, 0.002), "8532Z",
                  None, None, "50-99",
                  desc="Centre de formation d'apprentis : boulangerie, pâtisserie, boucherie, charcuterie-traiteur."),
        "Apprenti boulanger - boulangerie artisanale à Aubagne (H/F)",
        T("Le CFA des Métiers de Bouche de Provence recrute, pour le compte d'une entreprise partenaire, un "
          "apprenti boulanger.",
          "",
          "L'entreprise : boulangerie-pâtisserie artisanale de 3 personnes dans le centre d'Aubagne.",
          "Le poste : vous serez formé(e) à toutes les étapes de la fabrication du pain et des viennoiseries, de "
          "la pesée à la cuisson, et à l'entretien du fournil. Travail de nuit (début 3h).",
          "La formation : CAP Boulanger en 2 ans au CFA (Château-Gombert), rythme 1 semaine / 2 semaines.",
          "",
          "Candidature : CV + lettre au service relations entreprises du CFA, qui transmet au boulanger."),
        ["D1102"], "2026-03-04T11:00:00", start="2026-04-01", duration=24,
        desired=["Être ponctuel", "Avoir de l'endurance physique"],
        acquired=["Production, Fabrication: Pétrir et façonner une pâte",
                  "Production, Fabrication: Contrôler la cuisson des produits"],
        access=["Aucun diplôme exigé"], diploma="3", delegated=True, phone="0465711150")

    # X5 — Cagnes-sur-Mer restaurant: FT by the restaurant + LBA posted by a hotel-school CFA (delegated).
    cfa_azur = make_siret(make_siren(), "0024")
    cfa_azur_wp = lambda: workplace(cfa_azur, "INSTITUT DE FORMATION HOTELIERE AZUR", None,
                                    "18 AVENUE DES DIABLES BLEUS 06300 NICE", jitter(43.7035, 7.2860, 0.001),
                                    "8532Z", None, None, "20-49",
                                    desc="CFA des métiers de l'hôtellerie et de la restauration.")
    ft("x5_ft", "cagnes", "G1602", "Commis / Commise de cuisine", "Commis de cuisine apprenti(e) H/F",
       T("Restaurant L'Olivier de Cros, en bord de mer au Cros-de-Cagnes, cuisine du marché et poissons de la "
         "pêche locale.",
         "",
         "Nous accueillons un(e) apprenti(e) commis de cuisine (CAP Cuisine) à partir de mai :",
         "- épluchage, taille des légumes, préparation des poissons",
         "- mise en place des postes avant le service",
         "- participation aux cuissons et au dressage",
         "- nettoyage et rangement de la cuisine",
         "",
         "Travail en saison avec des horaires en coupure, 2 jours de repos. Repas sur place."),
       "2026-03-05T16:45:12", nom="L OLIVIER DE CROS", cp="06800",
       comp=["Préparer des ingrédients culinaires", "Dresser des assiettes", "Appliquer les règles HACCP"],
       qual=["equipe", "adaptation"], naf="5610A", effectif="10 à 19 salariés",
       formation=("42752", "Cuisine", "CAP, BEP et équivalents", "S"), horaires="35H Horaires variables")
    lba("x5_lba", "offres_emploi_lba", cfa_azur_wp(),
        "Commis de cuisine en apprentissage - restaurant à Cagnes-sur-Mer",
        T("Pour le compte du restaurant L'Olivier de Cros (Cros-de-Cagnes, cuisine du marché et poissons de "
          "pêche locale), l'Institut de Formation Hôtelière Azur recherche un(e) apprenti(e) commis de cuisine.",
          "Missions : préparations préliminaires (légumes, poissons), mise en place, aide aux cuissons et au "
          "dressage, entretien de la cuisine.",
          "Formation : CAP Cuisine à l'Institut (Nice), démarrage en mai. Horaires en coupure, 2 jours de repos."),
        ["G1602"], "2026-03-13T09:15:00", start="2026-05-04", duration=24,
        desired=["Travailler en équipe", "S'adapter aux contraintes de la saison"],
        acquired=["Préparation culinaire: Préparer des ingrédients culinaires"], diploma="3", delegated=True,
        phone="0465711480")

    # X6 — Vitrolles garage: FT (no employer name) + CFA-delegated LBA offer of one line.
    cfa_auto = make_siret(make_siren(), "0016")
    ft("x6_ft", "vitrolles", "I1604", "Mécanicien / Mécanicienne automobile", "Mécanicien automobile apprenti (H/F)",
       T("Garage indépendant de Vitrolles (zone de l'Anjoly), 4 salariés, entretien et réparation toutes "
         "marques.",
         "Nous recherchons un(e) apprenti(e) en Bac pro Maintenance des véhicules (option voitures "
         "particulières) pour la rentrée de septembre.",
         "",
         "Tâches confiées : révisions, vidanges, distribution, freinage, embrayage, recherche de pannes "
         "simples avec l'outil de diagnostic, essais routiers avec le chef d'atelier.",
         "",
         "Profil : intérêt pour la mécanique, sérieux, soigneux avec les véhicules des clients. Permis en cours "
         "apprécié."),
       "2026-03-24T08:05:00", cp="13127",
       comp=COMPETENCES["I1604"], qual=["rigueur", "autonomie", "curiosite"], naf="4520A",
       effectif="3 à 5 salariés", formation=("31812", "Maintenance automobile", "Bac ou équivalent", "S"),
       contact={"nom": "Atelier", "telephone": "04 65 71 61 19"})
    lba("x6_lba", "offres_emploi_lba",
        workplace(cfa_auto, "CFA AUTOMOBILE PROVENCE", None, "230 CHEMIN DE SAINTE-MARTHE 13014 MARSEILLE",
                  jitter(43.3460, 5.3950, 0.001), "8532Z", None, None, "20-49"),
        "Apprenti(e) mécanicien(ne) auto - garage à Vitrolles",
        "Garage indépendant à Vitrolles (Anjoly) : apprentissage Bac pro Maintenance des véhicules VP, démarrage en septembre.",
        ["I1604"], "2026-03-30T10:40:00", start="2026-09-01", duration=36, diploma="4", delegated=True,
        phone="0465716677")

    # X7 — Marseille 8e, cheese shop: FT one-liner + LBA own long text (legal name vs brand).
    siren_pastre = make_siren()
    pastre_desc = "Fromagerie affineur, deux boutiques à Marseille (Mazargues et Baille)."
    ft("x7_ft", "m08", "D1106", "Vendeur / Vendeuse en fromagerie", "Vendeur(se) en fromagerie - apprentissage",
       "Fromagerie recherche apprenti(e) vendeur(se) pour sa boutique de Mazargues, CAP Crémier-fromager.",
       "2026-02-26T17:30:00", nom="FROMAGERIE LOU PASTRE", cp="13008", naf="4729Z",
       formation=("34554", "Commerce", "CAP, BEP et équivalents", "S"),
       contact={"nom": "FROMAGERIE LOU PASTRE", "telephone": "04 65 71 08 08"})
    lba("x7_lba", "offres_emploi_lba",
        workplace(make_siret(siren_pastre, "0001"), "LOU PASTRE SARL", "FROMAGERIE LOU PASTRE",
                  "212 AVENUE DE MAZARGUES 13008 MARSEILLE", jitter(43.2452, 5.3960, 0.001), "4729Z",
                  OPCO_COM, 1505, "6-9", desc=pastre_desc),
        "Apprenti(e) vendeur(se) en fromagerie - Mazargues",
        T("Notre fromagerie de l'avenue de Mazargues cherche un(e) apprenti(e) pour préparer le CAP "
          "Crémier-fromager.",
          "",
          "Au programme :",
          "- accueil et conseil des clients, dégustations",
          "- découpe à la demande, pesée, emballage sous papier",
          "- préparation des plateaux de fromages pour les commandes",
          "- soin des fromages en cave d'affinage (retournement, brossage)",
          "- tenue de la caisse et propreté de la boutique",
          "",
          "Ouvert du mardi au dimanche midi : vous travaillerez 35h sur 5 jours, avec un dimanche sur deux.",
          "Pas besoin d'être expert, mais il faut aimer le fromage 🧀 et parler aux gens !"),
        ["D1106"], "2026-03-03T09:20:00", start="2026-04-13", duration=24,
        desired=["Avoir le sens du contact", "Être soigneux"],
        acquired=["Vente: Conseiller un client sur des produits alimentaires",
                  "Affinage: Assurer les soins aux fromages"], diploma="3", phone="0465710808")

    # X8 — Nice, delicatessen: light rewrite (order changed, sentence added), 12 days apart.
    ft("x8_ft", "nice", "D1106", "Vendeur / Vendeuse en épicerie fine",
       "Vendeur / vendeuse en épicerie fine (alternance)",
       T("Épicerie fine du Vieux-Nice (rue Bellanda) : huiles d'olive, vins, produits de la région, paniers "
         "garnis.",
         "Nous recrutons un(e) alternant(e) pour la vente en boutique : accueil et conseil des clients "
         "(français / anglais), mise en rayon, étiquetage, préparation des paniers cadeaux, encaissement.",
         "Contrat d'apprentissage de 2 ans (CAP EPC ou Bac pro Métiers du commerce et de la vente).",
         "Travail le week-end, repos lundi et mardi."),
       "2026-02-13T11:11:00", nom="EPICERIE BELLANDA", cp="06300",
       comp=["Conseiller un client sur des produits alimentaires", "Mettre en rayon des produits",
             "Encaisser le montant d'une vente"], qual=["communication", "adaptation"], naf="4729Z",
       effectif="3 à 5 salariés", formation=("34554", "Commerce", "CAP, BEP et équivalents", "S"))
    lba("x8_lba", "offres_emploi_lba",
        workplace(make_siret(make_siren(), "0001"), "EURL BELLANDA FINE", "Épicerie Bellanda",
                  "9 RUE BELLANDA 06300 NICE", jitter(43.6965, 7.2795, 0.0008), "4729Z", OPCO_COM, 1505, "3-5"),
        "Vendeur / Vendeuse en épicerie fine en alternance",
        T("Épicerie fine du Vieux-Nice (huiles d'olive, vins, produits régionaux, paniers garnis).",
          "Contrat d'apprentissage de 2 ans : CAP EPC ou Bac pro Métiers du commerce et de la vente.",
          "Vous assurez la vente en boutique : conseil aux clients en français et en anglais, préparation des "
          "paniers cadeaux, mise en rayon et étiquetage, encaissement.",
          "Une formation aux produits (dégustations d'huiles avec nos producteurs) est prévue dès l'arrivée.",
          "Travail le week-end, repos lundi et mardi."),
        ["D1106"], "2026-02-25T14:00:00", start="2026-03-16", duration=24,
        desired=["Parler anglais", "Avoir le sens du contact"], diploma="3")

    # X9 — Nice hotel kitchen: FT long (no employer name) + LBA own short, heavily reworded.
    ft("x9_ft", "nice", "G1602", "Commis / Commise de cuisine", "Commis de cuisine H/F - Alternance",
       T("Hôtel 3* de 60 chambres proche de la Promenade des Anglais, avec restaurant ouvert à la clientèle "
         "extérieure (petit-déjeuner buffet, déjeuner et dîner, room service).",
         "",
         "Nous recherchons un(e) commis de cuisine en alternance pour renforcer une brigade de 6 personnes.",
         "",
         "Missions principales :",
         "- préparer le buffet du petit-déjeuner (œufs, viennoiseries, fruits coupés) en roulement",
         "- réaliser la mise en place des entrées et des desserts",
         "- participer aux cuissons sous la responsabilité du chef de partie",
         "- gérer les stocks de la chambre froide, étiqueter et dater",
         "- appliquer strictement le plan HACCP",
         "",
         "Conditions :",
         "- contrat d'apprentissage ou de professionnalisation, 12 à 24 mois",
         "- horaires en roulement (matin 6h30-14h / soir 15h30-23h)",
         "- logement possible les 3 premiers mois",
         "- repas et tenues fournis",
         "",
         "Profil : motivé(e), ponctuel(le), à l'aise dans le travail en équipe.",
         "Formation : CAP Cuisine, BP Arts de la cuisine, ou titre professionnel Cuisinier."),
       "2026-04-02T10:00:00", "2026-04-07T10:00:00", cp="06000",
       comp=COMPETENCES["G1602"], qual=["equipe", "reactivite", "rigueur"], naf="5510Z",
       effectif="20 à 49 salariés", formation=("42752", "Cuisine", "CAP, BEP et équivalents", "S"),
       horaires="35H Horaires variables")
    lba("x9_lba", "offres_emploi_lba",
        workplace(make_siret(make_siren(), "0001"), "SAS HOTELIERE DES MIMOSAS", "HOTEL LES MIMOSAS",
                  "14 RUE DE LA BUFFA 06000 NICE", jitter(43.6955, 7.2580, 0.0008), "5510Z", OPCO_AKTO, 1979,
                  "20-49"),
        "Apprenti(e) commis - cuisine d'hôtel",
        T("Notre hôtel près de la Prom' forme un apprenti en cuisine : petit-déj, mise en place, aide aux "
          "cuissons. Horaires tournants, logement dépannage possible au début. CAP/BP cuisine."),
        ["G1602"], "2026-04-06T19:02:00", start="2026-05-01", duration=24, diploma="3")

    # X10 — Martigues garage: FT short + Hellowork long with headings, 14 days apart.
    ft("x10_ft", "martigues", "I1604", "Mécanicien / Mécanicienne automobile", "Apprenti mécanicien auto (H/F)",
       T("Garage de Ferrières à Martigues cherche un apprenti mécanicien pour la rentrée (CAP ou Bac pro MV).",
         "Entretien, freinage, distribution, pneumatiques, diagnostic. Tuteur dédié.",
         "Horaires de journée du lundi au vendredi."),
       "2026-02-03T09:00:00", nom="GARAGE DE FERRIERES", cp="13500",
       comp=COMPETENCES["I1604"][:3], naf="4520A", effectif="6 à 9 salariés",
       formation=("31812", "Maintenance automobile", "CAP, BEP et équivalents", "S"))
    lba("x10_lba", "Hellowork",
        workplace(make_siret(make_siren(), "0004"), "GARAGE DE FERRIERES SARL", "Garage de Ferrières",
                  "12 AVENUE DU PRESIDENT KENNEDY 13500 MARTIGUES", jitter(43.4080, 5.0560, 0.001), "4520A",
                  OPCO_MOB, 1090, "6-9"),
        "Apprenti Mécanicien Automobile H/F",
        T("Qui sommes-nous ?",
          "Le Garage de Ferrières est un atelier multimarque installé à Martigues depuis 1998. Notre équipe de "
          "7 personnes assure l'entretien et la réparation des véhicules de particuliers et de petites flottes "
          "d'entreprises du pourtour de l'étang de Berre.",
          "",
          "Vos missions",
          "Accompagné(e) d'un tuteur mécanicien, vous apprendrez à :",
          "- réaliser les entretiens périodiques selon les préconisations constructeurs ;",
          "- remplacer les éléments de freinage, de distribution et les pneumatiques ;",
          "- utiliser la valise de diagnostic et lire les codes défauts ;",
          "- préparer les véhicules avant restitution et renseigner les ordres de réparation.",
          "",
          "Votre profil",
          "Vous préparez un CAP ou un Bac pro Maintenance des véhicules option voitures particulières. Vous êtes "
          "curieux(se), soigneux(se) et respectueux(se) des consignes de sécurité.",
          "",
          "Les + du poste",
          "Horaires de journée du lundi au vendredi, outillage fourni, possibilité d'embauche à l'issue du contrat."),
        ["I1604"], "2026-02-17T07:30:00", start="2026-09-01", duration=24, partner_job_id="78213564",
        recipient=False, expiration_days=45)

    # X11 — Nice insurance agency: FT one line + LBA own long (earlier), 7 days apart.
    lba("x11_lba", "offres_emploi_lba",
        workplace(make_siret(make_siren(), "0002"), "LAMBERT ET ASSOCIES", "CABINET LAMBERT ASSURANCES",
                  "31 AVENUE DE LA REPUBLIQUE 06300 NICE",
                  jitter(43.7040, 7.2830, 0.0008), "6622Z", OPCO_ATLAS, 2335, "6-9",
                  desc="Agence générale d'assurances, particuliers et professionnels."),
        "Secrétaire en alternance - agence d'assurances (BTS SAM)",
        T("Notre agence générale d'assurances (2 agents, 4 collaboratrices) accueille un(e) alternant(e) en "
          "BTS Support à l'action managériale pour 2 ans.",
          "",
          "Vous serez formé(e) à :",
          "- l'accueil physique et téléphonique de nos assurés",
          "- la gestion des agendas des agents et la prise de rendez-vous",
          "- la saisie des devis et des avenants, le suivi des pièces manquantes",
          "- la rédaction de courriers types et l'envoi des relances",
          "- le classement et la numérisation des dossiers",
          "",
          "Qualités attendues : discrétion, rigueur, aisance relationnelle. Maîtrise des outils bureautiques.",
          "Poste basé à Nice (quartier Libération / République), tramway à 2 minutes."),
        ["M1607"], "2026-03-19T12:00:00", start="2026-09-07", duration=24,
        desired=["Faire preuve de discrétion", "Être rigoureux", "Maîtriser les outils bureautiques"],
        acquired=["Gestion administrative: Gérer un agenda", "Gestion administrative: Rédiger des courriers"],
        diploma="5")
    ft("x11_ft", "nice", "M1607", "Secrétaire", "Secrétaire alternance BTS SAM H/F",
       "Agence d'assurances Nice République recherche secrétaire en alternance (BTS SAM), 2 ans, rentrée septembre.",
       "2026-03-26T15:25:00", nom="CABINET LAMBERT", cp="06300", naf="6622Z",
       formation=("35054", "Secrétariat assistanat", "Bac+2 ou équivalents", "S"), qualif=("7", "Technicien"))

    # X12 — Hyères bakery: FT + Meteojob, heavily reworded, a week apart.
    ft("x12_ft", "hyeres", "D1102", "Boulanger / Boulangère", "Apprenti boulanger-pâtissier (H/F)",
       T("Maison Pélissier, boulangerie-pâtisserie du centre d'Hyères depuis trois générations.",
         "Nous proposons un apprentissage en boulangerie (CAP) avec découverte de la pâtisserie.",
         "",
         "Vous participerez à la fabrication quotidienne : pains de tradition, pains spéciaux, viennoiseries, "
         "et en fin de matinée aide au laboratoire de pâtisserie (pâtes de base, garnitures).",
         "",
         "Horaires : 4h - 11h du mardi au samedi. Dimanche et lundi repos.",
         "Débutant(e) bienvenu(e) !"),
       "2026-04-13T08:00:00", nom="MAISON PELISSIER", cp="83400",
       comp=COMPETENCES["D1102"], qual=["perseverance", "equipe"], naf="1071C", effectif="10 à 19 salariés",
       formation=("21538", "Boulangerie", "CAP, BEP et équivalents", "S"))
    lba("x12_lba", "Meteojob",
        workplace(make_siret(make_siren(), "0001"), "PELISSIER ET FILS", "Maison Pélissier",
                  "6 AVENUE GAMBETTA 83400 HYERES", jitter(43.1195, 6.1305, 0.0008), "1071C", OPCO_EP, 843,
                  "10-19"),
        "Apprenti Boulanger H/F - Hyères",
        T("Entreprise familiale (3e génération) au cœur d'Hyères, notre boulangerie-pâtisserie emploie 12 personnes.",
          "Rejoignez le fournil en apprentissage : vous serez formé à la baguette de tradition, aux pains de "
          "campagne et au levain, aux croissants et pains au chocolat. Vous passerez aussi du temps avec nos "
          "pâtissiers.",
          "Diplôme préparé : CAP boulanger.",
          "Vous commencez tôt (4h) et finissez en fin de matinée, du mardi au samedi."),
        ["D1102", "D1104"], "2026-04-20T06:45:00", start="2026-06-01", duration=24, partner_job_id="5532190",
        recipient=False, expiration_days=30)

    # ======================= DOUBLE PULLS (same board, same job, two ids) =======================
    # D1 — Avignon bakery on FT: republished 3 weeks later lightly edited; the republication is relayed.
    d1_text = T("Boulangerie de quartier à la Balance (Avignon intra-muros), nous recherchons un apprenti "
                "boulanger motivé.",
                "",
                "Vous apprendrez la fabrication des pains (baguette, tradition, pains de campagne), des "
                "viennoiseries et des fougasses, ainsi que la cuisson et l'entretien du fournil.",
                "",
                "Formation : CAP boulanger en alternance (CFA d'Avignon).",
                "Démarrage : dès que possible.",
                "Horaires : 4h - 11h, 5 jours par semaine. Repos le mercredi et le dimanche.",
                "Une première expérience (stage de 3e, job d'été) serait un plus.")
    ft("d1_ft_a", "avignon", "D1102", "Boulanger / Boulangère", "Apprenti boulanger (H/F)", d1_text,
       "2026-02-10T07:15:00", "2026-02-24T07:15:00", nom="LES DELICES DE LA BALANCE", cp="84000",
       comp=COMPETENCES["D1102"][:4], naf="1071C", effectif="3 à 5 salariés",
       formation=("21538", "Boulangerie", "CAP, BEP et équivalents", "S"), horaires="35H Travail de nuit",
       contact={"nom": "LES DELICES DE LA BALANCE - M. Thierry Audibert", "telephone": "04 65 71 40 04"})
    d1_text_b = (d1_text.replace("Démarrage : dès que possible.", "Démarrage : à partir d'avril 2026.")
                 .replace("\nUne première expérience (stage de 3e, job d'été) serait un plus.", "")
                 .replace("un apprenti boulanger motivé", "un(e) apprenti(e) boulanger(e) motivé(e)"))
    ft("d1_ft_b", "avignon", "D1102", "Boulanger / Boulangère", "Apprenti(e) boulanger(e) H/F", d1_text_b,
       "2026-03-03T07:02:00", nom="LES DELICES DE LA BALANCE", cp="84000",
       comp=COMPETENCES["D1102"][:4], naf="1071C", effectif="3 à 5 salariés",
       formation=("21538", "Boulangerie", "CAP, BEP et équivalents", "S"), horaires="35H Travail de nuit",
       contact={"nom": "LES DELICES DE LA BALANCE - M. Thierry Audibert", "telephone": "04 65 71 40 04"})
    relay("d1_relay", "d1_ft_b", 3)

    # D2 — Gap garage on FT: republished 9 days later with identical text.
    d2_text = T("Garage agent de marque situé route de Marseille à Gap, 9 salariés (atelier, carrosserie, vente VO).",
                "Nous recrutons un(e) apprenti(e) mécanicien(ne) en CAP Maintenance des véhicules (option VP).",
                "Missions : entretien courant, pneumatiques (montage, équilibrage, stockage des roues hiver), "
                "freinage, préparation des véhicules d'occasion.",
                "Vous êtes motivé(e) et vous habitez le bassin gapençais ou vous êtes mobile.",
                "Permis B souhaité.")
    for k, when in (("d2_ft_a", "2026-03-30T13:00:00"), ("d2_ft_b", "2026-04-08T09:41:00")):
        ft(k, "gap", "I1604", "Mécanicien / Mécanicienne automobile",
           "Apprenti mécanicien automobile (H/F)", d2_text, when, nom="GARAGE ALPES SERVICES AUTO", cp="05000",
           comp=COMPETENCES["I1604"][:4], naf="4511Z", effectif="6 à 9 salariés",
           formation=("31812", "Maintenance automobile", "CAP, BEP et équivalents", "S"), permis="B - Véhicule léger",
           contact={"nom": "GARAGE ALPES SERVICES AUTO - Mme Laure Chabrand", "telephone": "04 65 71 05 61"})

    # D3 — Aix accounting firm on FT: republished 3 weeks later, title and start edited.
    d3_text = T("Cabinet d'expertise comptable du Pays d'Aix (25 collaborateurs), quartier de la Duranne.",
                "",
                "Dans le cadre de son développement, le cabinet recherche un(e) assistant(e) administratif(ve) "
                "en alternance pour le pôle secrétariat.",
                "",
                "Missions :",
                "- accueil physique et téléphonique des clients",
                "- gestion du courrier et de la GED (numérisation, classement des pièces)",
                "- mise en forme des lettres de mission et des rapports",
                "- tenue des agendas des experts-comptables",
                "- préparation des salles de réunion",
                "",
                "Formation : BTS Support à l'action managériale ou titre pro Assistant(e) de direction.",
                "Début du contrat : septembre 2026.")
    ft("d3_ft_a", "aix", "M1607", "Assistant administratif / Assistante administrative",
       "Assistant(e) administratif(ve) en alternance", d3_text, "2026-02-04T10:30:00",
       nom="FIDUCIAIRE SAINTE-VICTOIRE", cp="13290", comp=COMPETENCES["M1607"],
       qual=["orga", "rigueur"], naf="6920Z", effectif="20 à 49 salariés",
       formation=("35054", "Secrétariat assistanat", "Bac+2 ou équivalents", "S"), qualif=("7", "Technicien"),
       salaire={"libelle": "Mensuel de 1000.0 Euros à 1500.0 Euros sur 12 mois"})
    ft("d3_ft_b", "aix", "M1607", "Secrétaire",
       "Secrétaire / assistant(e) administratif(ve) - alternance",
       d3_text.replace("septembre 2026", "septembre 2026 (possibilité de démarrer en juillet)")
              .replace("(25 collaborateurs)", "(25 personnes)"),
       "2026-02-25T10:02:00", "2026-03-04T10:02:00",
       nom="FIDUCIAIRE SAINTE-VICTOIRE", cp="13290", comp=COMPETENCES["M1607"],
       qual=["orga", "rigueur"], naf="6920Z", effectif="20 à 49 salariés",
       formation=("35054", "Secrétariat assistanat", "Bac+2 ou équivalents", "S"), qualif=("7", "Technicien"),
       salaire={"libelle": "Mensuel de 1000.0 Euros à 1500.0 Euros sur 12 mois"})

    # D4 — Martigues fishmonger on LBA: republished 4 weeks later, lightly edited.
    siren_ile = make_siren()
    ile_wp = lambda: workplace(make_siret(siren_ile, "0001"), "POISSONNERIE DE L'ILE", None,
                               "3 QUAI BRESCON 13500 MARTIGUES", (43.4049, 5.0508), "4723Z", OPCO_COM, 1504, "3-5")
    d4_text = T("Poissonnerie familiale sur le quai Brescon, poissons de la criée et coquillages.",
                "Nous cherchons un(e) apprenti(e) vendeur(se) en poissonnerie : mise en place de l'étal sur glace, "
                "conseil, préparation du poisson à la demande (écaillage, vidage, filets), encaissement, "
                "nettoyage.",
                "CAP Poissonnier-écailler en 2 ans. Du mardi au dimanche matin, 35h.")
    lba("d4_lba_a", "offres_emploi_lba", ile_wp(), "Vendeur / Vendeuse en poissonnerie", d4_text, ["D1106"],
        "2026-02-19T08:00:00", start="2026-03-09", duration=24, diploma="3",
        desired=["Résister au froid et à l'humidité", "Avoir le sens du contact"],
        acquired=["Vente: Préparer des produits de la mer à la demande du client"])
    lba("d4_lba_b", "offres_emploi_lba", ile_wp(), "Vendeur / Vendeuse en poissonnerie (apprentissage)",
        d4_text.replace("Du mardi au dimanche matin, 35h.", "Du mardi au dimanche matin, 35h. Démarrage rapide.")
               .replace("coquillages.", "coquillages de l'étang."),
        ["D1106"], "2026-03-19T08:30:00", start="2026-04-06", duration=24, diploma="3",
        desired=["Résister au froid et à l'humidité", "Avoir le sens du contact"],
        acquired=["Vente: Préparer des produits de la mer à la demande du client"])

    # D5 — La Seyne, contract catering on LBA: same text re-posted 6 days later.
    siren_resto = make_siren()
    d5_text = T("Restauration collective - cuisine centrale de La Seyne-sur-Mer (3 000 repas/jour pour écoles "
                "et EHPAD).",
                "Apprenti(e) cuisinier(e) : préparations froides, cuissons en grande quantité, conditionnement "
                "en barquettes, respect strict des règles d'hygiène et de la liaison froide.",
                "Horaires de journée 6h-13h30 du lundi au vendredi, week-ends libres.",
                "CAP Cuisine ou CAP Production et service en restaurations.")
    for k, when in (("d5_lba_a", "2026-03-10T09:00:00"), ("d5_lba_b", "2026-03-16T09:05:00")):
        lba(k, "offres_emploi_lba",
            workplace(make_siret(siren_resto, "0027"), "RESTO'SCOL VAR", "Resto'Scol Var",
                      "ZI DE BRÉGAILLON 83500 LA SEYNE-SUR-MER", (43.0935, 5.8940), "5629A", OPCO_AKTO, 1266,
                      "50-99"),
            "Apprenti cuisinier en restauration collective (H/F)", d5_text, ["G1602"], when,
            start="2026-09-01", duration=24, diploma="3", desired=["Respecter les règles d'hygiène"],
            acquired=["Production culinaire: Réaliser des préparations en grande quantité"])

    # D6 — Marseille 9e, property manager on Hellowork: republished 2 weeks later with a new partner id.
    siren_ph = make_siren()
    d6_text = T("Provence Habitat Gestion, cabinet de syndic et de gestion locative implanté à Mazargues / "
                "Sormiou, recherche un(e) alternant(e) secrétaire.",
                "",
                "Missions :",
                "- accueil des copropriétaires et des locataires",
                "- enregistrement des demandes d'intervention et suivi avec les artisans",
                "- préparation des convocations aux assemblées générales",
                "- rédaction de courriers, classement, archivage",
                "",
                "Profil : BTS SAM ou Bac pro AGORA, aisance téléphonique, bon niveau d'orthographe.",
                "Rythme : 2 jours école / 3 jours entreprise.")
    lba("d6_lba_a", "Hellowork",
        workplace(make_siret(siren_ph, "0001"), "PROVENCE HABITAT GESTION", None,
                  "88 BOULEVARD DE LA CONCORDE 13009 MARSEILLE", (43.2381, 5.4262), "6832A", OPCO_ATLAS, 1527,
                  "10-19"),
        "Secrétaire en alternance H/F", d6_text, ["M1607"], "2026-02-27T08:00:00", start="2026-09-01",
        duration=24, partner_job_id="77910462", recipient=False, expiration_days=45)
    lba("d6_lba_b", "Hellowork",
        workplace(make_siret(siren_ph, "0001"), "PROVENCE HABITAT GESTION", None,
                  "88 BOULEVARD DE LA CONCORDE 13009 MARSEILLE", (43.2381, 5.4262), "6832A", OPCO_ATLAS, 1527,
                  "10-19"),
        "Secrétaire de copropriété en alternance (H/F)",
        d6_text.replace("Rythme : 2 jours école / 3 jours entreprise.",
                        "Rythme : 2 jours école / 3 jours entreprise. Poste à pourvoir en septembre."),
        ["M1607"], "2026-03-13T08:10:00", start="2026-09-01", duration=24, partner_job_id="78533917",
        recipient=False, expiration_days=45)

    # ======================= TRAP MEMBERS (distinct offers that look alike) =======================
    # T1 — Marseille 6e, one bakery, two different jobs (baker D1102 / seller D1106), same day.
    castellane_desc = "Boulangerie-pâtisserie artisanale place Castellane, 9 salariés."
    ft("t1_ft_baker", "m06", "D1102", "Boulanger / Boulangère", "Apprenti boulanger H/F",
       T("Le Fournil de Castellane recrute un apprenti boulanger (CAP) pour son fournil.",
         "Fabrication des pains et viennoiseries, cuisson, entretien du fournil, sous la responsabilité du "
         "chef boulanger. Horaires de nuit, 5 jours / 7."),
       "2026-03-06T10:00:00", nom="LE FOURNIL DE CASTELLANE", ent_desc=castellane_desc, cp="13006",
       comp=COMPETENCES["D1102"][:4], qual=["rigueur", "perseverance"], naf="1071C", effectif="6 à 9 salariés",
       formation=("21538", "Boulangerie", "CAP, BEP et équivalents", "S"), horaires="35H Travail de nuit",
       contact={"nom": "LE FOURNIL DE CASTELLANE - Mme Estelle Moretti", "telephone": "04 65 71 06 06"})
    ft("t1_ft_seller", "m06", "D1106", "Vendeur / Vendeuse en boulangerie-pâtisserie",
       "Apprentie vendeuse en boulangerie H/F",
       T("Le Fournil de Castellane recrute un(e) apprenti(e) vendeur(se) pour sa boutique.",
         "Accueil et conseil des clients, mise en valeur des pains et pâtisseries, encaissement, préparation des "
         "commandes, nettoyage de la boutique. CAP Équipier polyvalent du commerce. Horaires en journée, un "
         "week-end sur deux."),
       "2026-03-06T10:04:00", nom="LE FOURNIL DE CASTELLANE", ent_desc=castellane_desc, cp="13006",
       comp=["Conseiller un client sur des produits alimentaires", "Encaisser le montant d'une vente"],
       qual=["communication", "equipe"], naf="1071C", effectif="6 à 9 salariés",
       formation=("34554", "Commerce", "CAP, BEP et équivalents", "S"),
       contact={"nom": "LE FOURNIL DE CASTELLANE - Mme Estelle Moretti", "telephone": "04 65 71 06 06"})

    # T2 — Toulon garage: apprentice mechanic (FT) vs administrative assistant (LBA own) at the same garage.
    siren_mour = make_siren()
    ft("t2_ft_meca", "toulon", "I1604", "Mécanicien / Mécanicienne automobile", "Apprenti mécanicien automobile",
       T("Garage du Mourillon Automobiles - atelier mécanique toutes marques.",
         "Nous cherchons un apprenti en CAP maintenance des véhicules : entretiens, pneus, freins, "
         "climatisation, aide au diagnostic.",
         "Esprit d'équipe et envie d'apprendre."),
       "2026-02-11T09:20:00", nom="GARAGE DU MOURILLON AUTOMOBILES", cp="83000",
       comp=COMPETENCES["I1604"][:3], naf="4520A", effectif="10 à 19 salariés",
       formation=("31812", "Maintenance automobile", "CAP, BEP et équivalents", "S"))
    lba("t2_lba_admin", "offres_emploi_lba",
        workplace(make_siret(siren_mour, "0001"), "GARAGE DU MOURILLON AUTOMOBILES", None,
                  "45 RUE CASTEL 83000 TOULON", (43.1163, 5.9415), "4520A", OPCO_MOB, 1090, "10-19"),
        "Assistant(e) administratif(ve) en alternance - garage",
        T("Garage du Mourillon Automobiles : accueil des clients de l'atelier, prise de rendez-vous, "
          "facturation des réparations, suivi des garanties et des dossiers d'assurance, classement.",
          "Alternance Bac pro AGORA ou BTS SAM."),
        ["M1607"], "2026-02-23T10:00:00", start="2026-09-01", duration=24, diploma="4",
        desired=["Avoir le sens de l'accueil", "Être organisé"])

    # T3 — Hypermarket of X3: the fishmonger counter (same ROME D1106, same address, same day, same template).
    ft("t3_ft_poisson", "aix", "D1106", "Vendeur / Vendeuse en poissonnerie",
       "Vendeur en poissonnerie (rayon marée) - apprentissage H/F",
       T("Hyper Provence Les Milles recrute pour son rayon MARÉE (poissonnerie) un(e) apprenti(e).",
         "",
         "Rattaché(e) au responsable du rayon, vous :",
         "- accueillez et conseillez les clients à l'étal (choix des poissons, modes de cuisson) ;",
         "- réalisez la préparation à la demande (écaillage, vidage, filets) ;",
         "- assurez la mise en place de l'étal sur glace et la rotation des produits ;",
         "- participez à la réception des marchandises et au nettoyage du poste.",
         "",
         "Formation : CAP Poissonnier-écailler, en partenariat avec un CFA de la région.",
         "Prise de poste à 6h, 35h du lundi au samedi avec un jour de repos en semaine.",
         "Avantages : 13e mois après un an, remise sur achats."),
       "2026-03-18T09:02:00", "2026-03-18T09:02:00", nom="HYPER PROVENCE LES MILLES", cp="13290",
       ent_desc=hyper_desc,
       comp=["Conseiller un client sur des produits alimentaires", "Découper, peser et emballer des produits à la coupe",
             "Contrôler la qualité et la fraîcheur des produits"],
       qual=["communication", "rigueur", "equipe"], naf="4711F", effectif="100 à 199 salariés",
       formation=("34554", "Commerce", "CAP, BEP et équivalents", "S"),
       salaire={"commentaire": "Grille apprentissage + 13e mois après 1 an"},
       contact={"nom": "HYPER PROVENCE - Service RH", "coordonnees1": "Courriel : rh.lesmilles@hyperprovence.example"})

    # T4 — Nice garage: two apprentices, same ROME I1604, same address, same day (CAP vs Bac pro).
    siren_noas = make_siren()
    noas = lambda: workplace(make_siret(siren_noas, "0001"), "NICE OUEST AUTO SERVICES", "NOAS",
                             "412 ROUTE DE GRENOBLE 06200 NICE", (43.6905, 7.1985), "4520A", OPCO_MOB, 1090,
                             "10-19")
    lba("t4_lba_cap", "offres_emploi_lba", noas(), "Apprenti mécanicien automobile - CAP MV",
        T("Atelier de 12 personnes route de Grenoble. Poste d'apprenti en CAP Maintenance des véhicules (2 ans) : "
          "vidanges, pneumatiques, freinage, préparation des véhicules. Encadrement par un compagnon."),
        ["I1604"], "2026-04-07T08:30:00", start="2026-09-01", duration=24, diploma="3",
        acquired=["Maintenance: Réaliser l'entretien courant d'un véhicule"])
    lba("t4_lba_bac", "offres_emploi_lba", noas(), "Apprenti technicien maintenance automobile - Bac pro",
        T("Atelier de 12 personnes route de Grenoble. Poste d'apprenti en Bac pro Maintenance des véhicules "
          "(3 ans) : diagnostic électronique, systèmes de climatisation, interventions sur véhicules hybrides "
          "(habilitation prévue), en binôme avec notre technicien expert."),
        ["I1604"], "2026-04-07T08:41:00", start="2026-09-01", duration=36, diploma="4",
        acquired=["Maintenance: Diagnostiquer une panne à l'aide d'un outil de diagnostic"])

    # T5 — Bakery franchise network: same template in three cities (three different franchisees).
    bremond = T("Rejoignez Fournils Roustan, réseau de boulangeries artisanales du Sud-Est !",
                "",
                "Dans notre boulangerie de {ville}, vous serez formé(e) au métier de boulanger en alternance :",
                "- fabrication des pains de tradition et des pains spéciaux selon les recettes Fournils Roustan",
                "- façonnage et cuisson des viennoiseries",
                "- respect des process qualité et des règles d'hygiène",
                "",
                "Nous vous proposons un accompagnement par un maître d'apprentissage, une tenue fournie, une "
                "prime de fin de CAP et de réelles perspectives d'évolution dans le réseau.",
                "Diplôme préparé : CAP Boulanger.")
    for k, pl, ville, cp, when in (("t5_ft_m10", "m10", "Marseille - La Timone", "13010", "2026-02-17T08:00:00"),
                                   ("t5_ft_avignon", "avignon", "Avignon - Saint-Ruf", "84000", "2026-02-17T08:03:00"),
                                   ("t5_ft_toulon", "toulon", "Toulon - La Rode", "83000", "2026-02-19T14:30:00")):
        ft(k, pl, "D1102", "Boulanger / Boulangère", "Apprenti boulanger H/F - Fournils Roustan",
           bremond.format(ville=ville), when, nom="FOURNILS ROUSTAN", cp=cp,
           ent_desc="Réseau de boulangeries artisanales en franchise, 24 boutiques en Provence et Occitanie.",
           comp=COMPETENCES["D1102"][:4], qual=["rigueur", "equipe"], naf="1071C", effectif="10 à 19 salariés",
           formation=("21538", "Boulangerie", "CAP, BEP et équivalents", "S"),
           salaire={"commentaire": "Rémunération apprentissage + prime de fin de CAP"})

    # T6 — Pizzeria chain: same template at Aix, Marseille 2e (LBA own) and Avignon (FT).
    oliveto = T("Oliveto, c'est des pizzerias conviviales où tout est fait maison : pâte maturée 48h, sauces, "
                "desserts.",
                "Nous formons un(e) apprenti(e) cuisinier(e) : préparation des garnitures, pâtes fraîches, "
                "cuisson au four, plats du jour, hygiène et rangement.",
                "CAP Cuisine en 2 ans. Repas offerts. Deux jours de repos consécutifs.")
    lba("t6_lba_aix", "offres_emploi_lba",
        workplace(make_siret(make_siren(), "0001"), "OLIVETO AIX SAS", "OLIVETO",
                  "3 PLACE DES PRECHEURS 13100 AIX-EN-PROVENCE", (43.5305, 5.4500), "5610A", OPCO_AKTO, 1979,
                  "10-19"),
        "Apprenti cuisinier H/F - Oliveto Aix-en-Provence", oliveto, ["G1602"], "2026-03-09T10:00:00",
        start="2026-09-01", duration=24, diploma="3")
    lba("t6_lba_m02", "offres_emploi_lba",
        workplace(make_siret(make_siren(), "0001"), "OLIVETO JOLIETTE", "OLIVETO",
                  "60 RUE DE LA REPUBLIQUE 13002 MARSEILLE", (43.3020, 5.3680), "5610A", OPCO_AKTO, 1979,
                  "10-19"),
        "Apprenti cuisinier H/F - Oliveto Marseille Joliette", oliveto, ["G1602"], "2026-03-09T10:06:00",
        start="2026-09-01", duration=24, diploma="3")
    ft("t6_ft_avignon", "avignon", "G1602", "Cuisinier / Cuisinière", "Apprenti cuisinier H/F - Oliveto Avignon",
       oliveto, "2026-03-11T09:00:00", nom="OLIVETO", cp="84000", naf="5610A", effectif="10 à 19 salariés",
       formation=("42752", "Cuisine", "CAP, BEP et équivalents", "S"))

    # T7 — Fast-fit chain: same template in Marseille 14e and Vitrolles (two centres).
    rapid = T("AUTOPRESTO, spécialiste de l'entretien rapide (pneus, freins, vidange, amortisseurs), recrute "
              "un(e) apprenti(e) mécanicien(ne) pour son centre.",
              "Vous accueillez les véhicules, réalisez les prestations d'entretien selon nos standards et "
              "conseillez les clients avec le chef de centre.",
              "Formation CAP Maintenance des véhicules. Poste du lundi au samedi (un samedi sur deux).")
    ft("t7_ft_m14", "m14", "I1604", "Mécanicien / Mécanicienne automobile", "Apprenti(e) mécanicien(ne) entretien rapide",
       rapid, "2026-04-03T08:00:00", nom="AUTOPRESTO", cp="13014", naf="4532Z", effectif="6 à 9 salariés",
       comp=COMPETENCES["I1604"][:3], formation=("31812", "Maintenance automobile", "CAP, BEP et équivalents", "S"))
    ft("t7_ft_vitrolles", "vitrolles", "I1604", "Mécanicien / Mécanicienne automobile",
       "Apprenti(e) mécanicien(ne) entretien rapide", rapid, "2026-04-03T08:01:00", nom="AUTOPRESTO", cp="13127",
       naf="4532Z", effectif="6 à 9 salariés", comp=COMPETENCES["I1604"][:3],
       formation=("31812", "Maintenance automobile", "CAP, BEP et équivalents", "S"))

    # T8 — Car dealer group: same title at Avignon (FT) and Cavaillon (LBA own).
    siren_dur = make_siren()
    ft("t8_ft_avignon", "avignon", "I1604", "Mécanicien / Mécanicienne automobile",
       "Apprenti mécanicien automobile H/F",
       T("Groupe Durance Automobiles - concession d'Avignon (Agroparc).",
         "Dans notre atelier après-vente, vous préparez un Bac pro Maintenance des véhicules en alternance : "
         "entretien, diagnostic, réparation mécanique et électrique, sous la responsabilité d'un tuteur.",
         "Groupe de 6 concessions dans le Vaucluse et les Bouches-du-Rhône."),
       "2026-03-17T09:30:00", nom="GROUPE DURANCE AUTOMOBILES", cp="84000", naf="4511Z",
       effectif="50 à 99 salariés", comp=COMPETENCES["I1604"][:4],
       formation=("31812", "Maintenance automobile", "Bac ou équivalent", "S"))
    lba("t8_lba_cavaillon", "offres_emploi_lba",
        workplace(make_siret(siren_dur, "0035"), "GROUPE DURANCE AUTOMOBILES", "DURANCE AUTO CAVAILLON",
                  "1450 AVENUE DE L'EUROPE 84300 CAVAILLON", (43.8310, 5.0280), "4511Z", OPCO_MOB, 1090, "20-49"),
        "Apprenti mécanicien automobile H/F",
        T("Concession de Cavaillon du Groupe Durance Automobiles.",
          "Apprentissage Bac pro Maintenance des véhicules : entretien, diagnostic, réparations mécaniques et "
          "électriques, accompagné par un tuteur de l'atelier."),
        ["I1604"], "2026-03-20T11:00:00", start="2026-09-01", duration=36, diploma="4")

    # T9 — Cheese shop brand of X7: second shop (Marseille 5e), similar text, same company.
    lba("t9_lba_baille", "offres_emploi_lba",
        workplace(make_siret(siren_pastre, "0019"), "LOU PASTRE SARL", "FROMAGERIE LOU PASTRE",
                  "48 BOULEVARD BAILLE 13005 MARSEILLE", (43.2880, 5.3910), "4729Z", OPCO_COM, 1505, "3-5",
                  desc=pastre_desc),
        "Apprenti(e) vendeur(se) en fromagerie - boutique Baille",
        T("Notre boutique du boulevard Baille cherche un(e) apprenti(e) pour préparer le CAP Crémier-fromager.",
          "",
          "Au programme :",
          "- accueil et conseil des clients",
          "- découpe à la demande, pesée, emballage",
          "- préparation des plateaux pour les commandes",
          "- tenue de la caisse et propreté de la boutique",
          "",
          "Du mardi au samedi, 35h. Il faut aimer le fromage et parler aux gens !"),
        ["D1106"], "2026-03-20T09:00:00", start="2026-04-13", duration=24, diploma="3", phone="0465710505")

    # T10 — Nice: two different restaurants, same short generic text.
    ft("t10_ft_comptoir", "nice", "G1602", "Commis / Commise de cuisine", "Commis de cuisine en apprentissage H/F",
       "Commis de cuisine en apprentissage H/F. CAP cuisine. Poste à pourvoir de suite. Restaurant du port.",
       "2026-04-09T11:00:00", nom="LE COMPTOIR NICOIS", cp="06300", naf="5610A", effectif="6 à 9 salariés")
    ft("t10_ft_nissa", "nice", "G1602", "Commis / Commise de cuisine", "Commis de cuisine apprentissage (H/F)",
       "Commis de cuisine en apprentissage, CAP cuisine, poste à pourvoir de suite. Restaurant quartier Libération.",
       "2026-04-15T16:20:00", nom="CHEZ NISSA BELLA", cp="06100", naf="5610A", effectif="3 à 5 salariés")

    # T11 — Avignon: two employers, identical generic (job-definition) description on LBA.
    generic_secr = ("Réalise le traitement administratif de dossiers (saisie de documents, classement, ...) et "
                    "transmet les informations (courrier, note, ...) selon l'organisation de la structure. "
                    "Peut effectuer l'accueil de la structure.")
    lba("t11_lba_immo", "offres_emploi_lba",
        workplace(make_siret(make_siren(), "0001"), "AGENCE IMMOBILIERE DU PALAIS", None,
                  "17 RUE DE LA REPUBLIQUE 84000 AVIGNON", (43.9470, 4.8065), "6831Z", OPCO_EP, 1527, "3-5"),
        "Secrétaire", generic_secr, ["M1607"], "2026-02-27T15:00:00", start="2026-09-01", duration=24,
        diploma="4")
    lba("t11_lba_avocats", "offres_emploi_lba",
        workplace(make_siret(make_siren(), "0001"), "SCP RHONE DURANCE AVOCATS", None,
                  "2 BOULEVARD RASPAIL 84000 AVIGNON", (43.9440, 4.8030), "6910Z", OPCO_EP, 1000, "6-9"),
        "Secrétaire", generic_secr, ["M1607"], "2026-03-31T10:00:00", start="2026-09-01", duration=24,
        diploma="5")

    # T12 — Toulon: near-identical names, two different bakeries (FT vs LBA own).
    ft("t12_ft_petitfournil", "toulon", "D1102", "Boulanger / Boulangère", "Apprenti boulanger (H/F)",
       T("Boulangerie Le Petit Fournil, au Mourillon, recherche un(e) apprenti(e) boulanger(e) en CAP.",
         "Pains, viennoiseries, cuisson, entretien. Equipe de 3, ambiance familiale.",
         "Horaires : 4h-11h, repos dimanche et lundi."),
       "2026-03-13T08:00:00", nom="LE PETIT FOURNIL", cp="83000", naf="1071C", effectif="3 à 5 salariés",
       comp=COMPETENCES["D1102"][:3], formation=("21538", "Boulangerie", "CAP, BEP et équivalents", "S"))
    lba("t12_lba_aupetitfournil", "offres_emploi_lba",
        workplace(make_siret(make_siren(), "0001"), "AU PETIT FOURNIL", "Au Petit Fournil",
                  "102 AVENUE DU XV CORPS 83200 TOULON", (43.1300, 5.9120), "1071C", OPCO_EP, 843, "6-9"),
        "Apprenti boulanger H/F",
        T("Au Petit Fournil (Pont-du-Las) cherche un apprenti boulanger en CAP.",
          "Fabrication de pains, viennoiseries et snacking, cuisson, nettoyage. Équipe de 7.",
          "Horaires 3h30-10h30, repos mercredi et dimanche."),
        ["D1102"], "2026-03-16T07:00:00", start="2026-09-01", duration=24, diploma="3")

    # T13 — Marseille 10e: near-identical names, two different garages (FT vs LBA own).
    ft("t13_ft_stloupauto", "m10", "I1604", "Mécanicien / Mécanicienne automobile", "Apprenti mécanicien (H/F)",
       T("Garage Saint-Loup Auto, petit garage indépendant spécialisé Peugeot / Citroën (3 personnes).",
         "Apprentissage CAP maintenance des véhicules : entretiens, freinage, embrayages, distribution.",
         "Sérieux et motivation demandés."),
       "2026-02-06T10:30:00", nom="GARAGE SAINT-LOUP AUTO", cp="13010", naf="4520A", effectif="1 ou 2 salariés",
       comp=COMPETENCES["I1604"][:3], formation=("31812", "Maintenance automobile", "CAP, BEP et équivalents", "S"))
    lba("t13_lba_stloupautomobiles", "offres_emploi_lba",
        workplace(make_siret(make_siren(), "0001"), "SAINT LOUP AUTOMOBILES", None,
                  "240 BOULEVARD DE SAINT-LOUP 13010 MARSEILLE", (43.2840, 5.4310), "4511Z", OPCO_MOB, 1090, "10-19"),
        "Apprenti mécanicien automobile",
        T("Agent multimarque et vente de véhicules d'occasion (12 personnes) : nous recrutons un apprenti "
          "mécanicien en Bac pro Maintenance des véhicules. Entretien, préparation VO, diagnostic."),
        ["I1604"], "2026-02-13T14:00:00", start="2026-09-01", duration=36, diploma="4")

    # T14 — Antibes restaurant: same job re-advertised 7 months later, almost the same text (a new hire).
    remparts = T("Le Bistrot des Remparts, restaurant de cuisine provençale dans la vieille ville d'Antibes, "
                 "recherche un(e) commis de cuisine en apprentissage.",
                 "Mise en place, préparations froides, cuisson des garnitures, dressage, plonge batterie.",
                 "CAP cuisine. Travail en coupure, fermé le mercredi.")
    ft("t14_ft_2025", "antibes", "G1602", "Commis / Commise de cuisine", "Commis de cuisine apprenti H/F", remparts,
       "2025-08-21T09:00:00", "2025-09-02T09:00:00", nom="BISTROT DES REMPARTS", cp="06600", naf="5610A",
       effectif="6 à 9 salariés", comp=COMPETENCES["G1602"][:3],
       formation=("42752", "Cuisine", "CAP, BEP et équivalents", "S"))
    ft("t14_ft_2026", "antibes", "G1602", "Commis / Commise de cuisine", "Commis de cuisine apprenti H/F",
       remparts.replace("fermé le mercredi.", "fermé le mercredi. Démarrage en avril pour la saison."),
       "2026-03-10T09:00:00", nom="BISTROT DES REMPARTS", cp="06600", naf="5610A",
       effectif="6 à 9 salariés", comp=COMPETENCES["G1602"][:3],
       formation=("42752", "Cuisine", "CAP, BEP et équivalents", "S"))

    # T15 — Aix notary office: same job in July 2025 (FT) and again in February 2026 (LBA own).
    ft("t15_ft_2025", "aix", "M1607", "Secrétaire juridique", "Secrétaire en alternance - office notarial",
       T("Office notarial du centre d'Aix (2 notaires, 11 collaborateurs).",
         "Nous recherchons un(e) alternant(e) secrétaire pour l'accueil, la prise de rendez-vous, la frappe des "
         "actes courants et le suivi des formalités.",
         "BTS SAM ou BTS Collaborateur juriste notarial."),
       "2025-07-08T10:00:00", "2025-07-22T10:00:00", nom="OFFICE NOTARIAL ARNAUD ET MICHEL", cp="13100",
       naf="6910Z", effectif="10 à 19 salariés", comp=COMPETENCES["M1607"][:4], qualif=("7", "Technicien"),
       formation=("35054", "Secrétariat assistanat", "Bac+2 ou équivalents", "S"))
    lba("t15_lba_2026", "offres_emploi_lba",
        workplace(make_siret(make_siren(), "0001"), "SCP ARNAUD ET MICHEL NOTAIRES ASSOCIES", "Office notarial Arnaud & Michel",
                  "9 RUE THIERS 13100 AIX-EN-PROVENCE", (43.5275, 5.4485), "6910Z", OPCO_EP, 2205, "10-19"),
        "Secrétaire notariale en alternance",
        T("Office notarial du centre-ville d'Aix-en-Provence (2 notaires associés).",
          "Alternant(e) secrétaire : accueil des clients, agenda des notaires, frappe et mise en forme des actes "
          "courants, suivi des formalités post-signature.",
          "BTS SAM ou BTS Collaborateur juriste notarial, rentrée 2026."),
        ["M1607"], "2026-02-18T09:30:00", start="2026-09-01", duration=24, diploma="5")

    # T16 — The hotel-school CFA of X5 posts for another restaurant (Nice) the same day, similar text.
    lba("t16_lba_bastion", "offres_emploi_lba", cfa_azur_wp(),
        "Commis de cuisine en apprentissage - restaurant à Nice",
        T("Pour le compte du restaurant Le Bastion (port de Nice, cuisine niçoise et poissons), l'Institut de "
          "Formation Hôtelière Azur recherche un(e) apprenti(e) commis de cuisine.",
          "Missions : préparations préliminaires (légumes, poissons), mise en place, aide aux cuissons et au "
          "dressage, entretien de la cuisine.",
          "Formation : CAP Cuisine à l'Institut (Nice), démarrage en mai. Service midi et soir, 2 jours de repos."),
        ["G1602"], "2026-03-13T09:22:00", start="2026-05-04", duration=24,
        desired=["Travailler en équipe"], diploma="3", delegated=True, phone="0465711480")

    # T17 — Salon-de-Provence bakery: experienced baker CDI (FT) vs apprentice baker (LBA own), same bakery.
    siren_emperi = make_siren()
    ft("t17_ft_cdi", "salon", "D1102", "Boulanger / Boulangère", "Boulanger confirmé H/F - CDI",
       T("Le Fournil de l'Empéri (centre historique de Salon) recrute un boulanger confirmé en CDI.",
         "Vous êtes autonome sur toute la production (pains, viennoiseries), vous gérez les commandes de farine "
         "et vous encadrez notre apprenti.",
         "CAP/BP boulanger exigé, 2 ans d'expérience minimum. 39h, travail de nuit, salaire selon profil."),
       "2026-03-27T07:30:00", nom="LE FOURNIL DE L'EMPERI", cp="13300", type_contrat="CDI",
       nature="Contrat travail", exp="E2", naf="1071C", effectif="6 à 9 salariés",
       comp=COMPETENCES["D1102"], horaires="39H Travail de nuit",
       salaire={"libelle": "Mensuel de 2100.0 Euros à 2400.0 Euros sur 12 mois"}, qualif=("6", "Employé qualifié"),
       formation=("21538", "Boulangerie", "CAP, BEP et équivalents", "E"))
    lba("t17_lba_apprenti", "offres_emploi_lba",
        workplace(make_siret(siren_emperi, "0001"), "SARL EMPERI PAINS", "Le Fournil de l'Empéri",
                  "21 RUE DE L'HORLOGE 13300 SALON-DE-PROVENCE", (43.6410, 5.0960), "1071C", OPCO_EP, 843, "6-9"),
        "Apprenti boulanger / Apprentie boulangère",
        T("Prépare et façonne les pâtes à pain et viennoiseries, assure la cuisson et la présentation des "
          "produits selon les règles d'hygiène et de sécurité alimentaires. Peut participer à la vente."),
        ["D1102"], "2026-03-30T18:00:00", start="2026-09-01", duration=24, diploma="3",
        desired=["Faire preuve de rigueur et de précision"])

    # ======================= BACKGROUND: distinct offers of the same trades and places =======================
    ft("b_ft01", "m04", "D1102", "Boulanger / Boulangère", "Boulanger / Boulangère (H/F)",
       T("Boulangerie des Chartreux recherche boulanger(ère) qualifié(e) en CDI.",
         "Production complète : pains, baguettes tradition, viennoiseries. Autonomie sur le four.",
         "Travail de nuit, 39h, 2 jours de repos. Expérience 1 an minimum."),
       "2026-02-02T06:30:00", "2026-02-09T06:30:00", nom="BOULANGERIE DES CHARTREUX", cp="13004",
       type_contrat="CDI", nature="Contrat travail", exp="E1", naf="1071C", effectif="6 à 9 salariés",
       comp=COMPETENCES["D1102"], horaires="39H Travail de nuit",
       salaire={"libelle": "Mensuel de 1950.0 Euros à 2200.0 Euros sur 12 mois"})
    ft("b_ft02", "martigues", "D1102", "Boulanger / Boulangère", "APPRENTI BOULANGER H/F",
       T("Nous recherchons un apprenti boulanger pour préparer un CAP.",
         "Vous serez formé à la fabrication du pain et des viennoiseries.",
         "Poste basé à Martigues (Jonquières). Horaires du matin."),
       "2026-02-23T07:45:00", cp="13500", naf="1071C",
       formation=("21538", "Boulangerie", "CAP, BEP et équivalents", "S"))
    ft("b_ft03", "ciotat", "D1102", "Boulanger-pâtissier / Boulangère-pâtissière",
       "Boulanger-pâtissier en contrat de professionnalisation (H/F)",
       T("Boulangerie-pâtisserie du port de La Ciotat.",
         "Vous avez déjà un CAP boulanger ou pâtissier et souhaitez obtenir la mention complémentaire "
         "Boulangerie spécialisée ? Nous vous proposons un contrat de professionnalisation de 12 mois.",
         "",
         "Au programme : pains de tradition et spéciaux, viennoiseries feuilletées, entremets simples, "
         "fougasses et navettes pour la clientèle touristique l'été.",
         "",
         "Travail de nuit, week-end par roulement. Mutuelle + prime de saison."),
       "2026-03-05T06:10:00", nom="AU FOURNIL DU PORT", cp="13600", nature="Contrat de professionnalisation",
       duree=12, exp="S6", naf="1071C", effectif="10 à 19 salariés", comp=COMPETENCES["D1102"][2:],
       qual=["adaptation", "perseverance"],
       formation=("21538", "Boulangerie", "CAP, BEP et équivalents", "E"))
    ft("b_ft04", "gap", "D1102", "Boulanger / Boulangère", "Apprenti(e) boulanger(e) - Gap centre",
       T("Boulangerie artisanale du centre de Gap (place Jean Marcellin), spécialités de pains de montagne "
         "au seigle et tourtons.",
         "Nous accueillons un(e) apprenti(e) en CAP boulanger, de préférence à partir de juillet.",
         "Vous apprendrez tout le métier auprès d'un Meilleur Ouvrier de la région 😉 : pétrissage, "
         "pointage, façonnage, cuisson au bois.",
         "Logement possible (studio au-dessus du fournil)."),
       "2026-04-17T05:50:00", nom="LE PAIN DES ALPES", cp="05000", naf="1071C", effectif="3 à 5 salariés",
       comp=COMPETENCES["D1102"][:4], formation=("21538", "Boulangerie", "CAP, BEP et équivalents", "S"))
    ft("b_ft05", "m13", "D1106", "Vendeur / Vendeuse en boulangerie-pâtisserie",
       "Vendeur(se) en boulangerie - apprentissage",
       T("Boulangerie-pâtisserie de Château-Gombert recherche un(e) apprenti(e) vendeur(se) (CAP EPC).",
         "Service au comptoir, encaissement, mise en place de la vitrine, préparation des sandwichs le midi, "
         "nettoyage. Un week-end sur deux."),
       "2026-02-16T14:00:00", nom="LES GOURMANDISES DE CHATEAU-GOMBERT", cp="13013", naf="1071C",
       effectif="6 à 9 salariés", comp=["Encaisser le montant d'une vente", "Mettre en rayon des produits"],
       formation=("34554", "Commerce", "CAP, BEP et équivalents", "S"))
    ft("b_ft06", "avignon", "D1106", "Vendeur / Vendeuse en fromagerie", "Vendeur / Vendeuse en fromagerie (H/F)",
       T("Fromagerie des Halles d'Avignon recherche un(e) vendeur(se) en CDD de 6 mois (avril à septembre).",
         "Expérience en vente alimentaire appréciée. Découpe, conseil, caisse. 35h du mardi au dimanche midi."),
       "2026-03-20T12:00:00", nom="FROMAGERIE DES HALLES", cp="84000", type_contrat="CDD", duree=6,
       nature="Contrat travail", exp="S6", naf="4729Z", effectif="3 à 5 salariés",
       comp=COMPETENCES["D1106"][:3],
       salaire={"libelle": "Horaire de 12.02 Euros sur 12 mois"})
    ft("b_ft07", "nice", "D1106", "Vendeur / Vendeuse en fruits et légumes", "Apprenti vendeur primeur (H/F)",
       T("Primeur du marché de la Libération.",
         "On cherche un(e) jeune motivé(e) en apprentissage pour la vente et la mise en place.",
         "Lever tôt, bonne humeur obligatoire !"),
       "2026-03-31T09:00:00", nom="LES PRIMEURS DE LA LIBE", cp="06100", naf="4721Z", effectif="1 ou 2 salariés",
       formation=("34554", "Commerce", "CAP, BEP et équivalents", "S"))
    ft("b_ft08", "toulon", "D1106", "Vendeur / Vendeuse en épicerie fine",
       "Vendeur en épicerie fine - alternance Bac pro (H/F)",
       T("Épicerie fine et cave du cours Lafayette (huiles, tapenades, vins du Var, biscuiterie).",
         "",
         "En alternance Bac pro Métiers du commerce et de la vente, vous :",
         "- accueillez et conseillez la clientèle locale et touristique ;",
         "- participez aux dégustations et aux animations du samedi ;",
         "- gérez la mise en rayon, l'étiquetage et les commandes fournisseurs ;",
         "- préparez les coffrets cadeaux (Noël, fêtes des pères...).",
         "",
         "Vous aimez les bons produits, vous êtes souriant(e) et organisé(e)."),
       "2026-02-25T10:30:00", nom="LA CAVE DU COURS", cp="83000", naf="4729Z", effectif="3 à 5 salariés",
       comp=COMPETENCES["D1106"][:4], qual=["communication", "orga"],
       formation=("34554", "Commerce", "Bac ou équivalent", "S"))
    ft("b_ft09", "m08", "G1602", "Commis / Commise de cuisine", "Commis de cuisine - apprentissage - Pointe-Rouge",
       T("Restaurant de plage à la Pointe-Rouge (ouvert de mars à octobre).",
         "Nous recherchons un apprenti commis de cuisine : préparations froides, grillades, plats du jour, plonge.",
         "CAP cuisine. Travail 5 jours sur 7, en coupure. Repas fournis."),
       "2026-02-20T17:05:00", nom="LA PAILLOTE DE LA POINTE ROUGE", cp="13008", naf="5610A",
       effectif="10 à 19 salariés", comp=COMPETENCES["G1602"][:3], horaires="35H Horaires variables",
       formation=("42752", "Cuisine", "CAP, BEP et équivalents", "S"))
    ft("b_ft10", "aix", "G1602", "Cuisinier / Cuisinière", "Cuisinier H/F - CDI - restaurant d'entreprise",
       T("RESTAURANT D'ENTREPRISE - PÔLE D'ACTIVITÉS D'AIX-EN-PROVENCE",
         "",
         "Notre société de restauration gère le restaurant d'entreprise d'un grand site tertiaire du pôle "
         "d'activités (800 couverts par jour, self et cafétéria).",
         "",
         "Nous recrutons un cuisinier (H/F) en CDI à temps plein.",
         "",
         "VOS MISSIONS",
         "- Élaborer les plats chauds du jour selon les fiches techniques et le plan de menus",
         "- Assurer la production en grande quantité dans le respect des grammages",
         "- Tenir le poste grillades / plats du jour pendant le service",
         "- Participer à la réception et au contrôle des marchandises",
         "- Appliquer et faire appliquer les règles d'hygiène (PMS, HACCP, traçabilité)",
         "- Encadrer ponctuellement un commis et un apprenti",
         "",
         "VOTRE PROFIL",
         "- CAP/BEP cuisine ou équivalent",
         "- Expérience de 2 ans minimum en restauration collective ou traditionnelle",
         "- Sens de l'organisation, rigueur, esprit d'équipe",
         "",
         "CE QUE NOUS PROPOSONS",
         "- Horaires de journée du lundi au vendredi (7h-15h), pas de soirées ni de week-ends",
         "- 13e mois, participation, prime d'intéressement",
         "- Mutuelle d'entreprise, tickets restaurant pendant les congés",
         "- Parcours de formation interne",
         "",
         "Poste à pourvoir dès maintenant."),
       "2026-03-02T09:00:00", "2026-03-16T09:00:00", nom="SUD RESTAURATION ENTREPRISES", cp="13290",
       type_contrat="CDI", nature="Contrat travail", exp="E2", naf="5629A", effectif="50 à 99 salariés",
       comp=COMPETENCES["G1602"], qual=["orga", "rigueur", "equipe"],
       salaire={"libelle": "Mensuel de 2000.0 Euros sur 13 mois"}, qualif=("6", "Employé qualifié"))
    ft("b_ft11", "toulon", "G1602", "Commis / Commise de cuisine", "Apprenti commis de cuisine H/F",
       T("Restaurant du port de Toulon (quai Cronstadt), cuisine de la mer.",
         "Apprentissage CAP Cuisine : mise en place, préparation des poissons, cuissons simples, dressage, "
         "entretien.",
         "Fermé le dimanche soir et le lundi."),
       "2026-03-17T11:40:00", nom="LE GRAND LARGE TOULONNAIS", cp="83000", naf="5610A", effectif="10 à 19 salariés",
       comp=COMPETENCES["G1602"][:4], formation=("42752", "Cuisine", "CAP, BEP et équivalents", "S"))
    ft("b_ft12", "antibes", "G1602", "Cuisinier / Cuisinière", "Cuisinier(ère) - contrat de professionnalisation",
       T("Hôtel-restaurant à Juan-les-Pins recherche un(e) cuisinier(ère) en contrat de professionnalisation "
         "(titre professionnel Cuisinier, 12 mois).",
         "Poste au chaud, cuisine méditerranéenne, service du soir principalement.",
         "Logement saisonnier possible."),
       "2026-04-10T10:15:00", nom="HOTEL LES PINS DE JUAN", cp="06160", nature="Contrat de professionnalisation",
       duree=12, naf="5510Z", effectif="50 à 99 salariés", comp=COMPETENCES["G1602"][1:4],
       formation=("42752", "Cuisine", "CAP, BEP et équivalents", "S"))
    ft("b_ft13", "m06", "G1602", "Commis / Commise de cuisine", "Commis de cuisine en apprentissage (H/F)",
       "Restaurant bistronomique, secteur Notre-Dame-du-Mont. Apprenti commis, CAP cuisine, 2 ans. Motivé(e) et ponctuel(le).",
       "2026-03-26T10:00:00", cp="13006", naf="5610A",
       formation=("42752", "Cuisine", "CAP, BEP et équivalents", "S"))
    ft("b_ft14", "m13", "I1604", "Mécanicien / Mécanicienne automobile", "Apprenti mécanicien automobile (H/F)",
       T("Centre auto de La Rose (Marseille 13e) : entretien, pneumatiques, géométrie, climatisation.",
         "Nous recrutons deux apprentis en CAP maintenance des véhicules.",
         "Encadrement par le chef d'atelier, tenue fournie, horaires de journée."),
       "2026-02-27T09:00:00", nom="CENTRE AUTO LA ROSE", cp="13013", naf="4520A", effectif="10 à 19 salariés",
       postes=2, comp=COMPETENCES["I1604"][:4],
       formation=("31812", "Maintenance automobile", "CAP, BEP et équivalents", "S"))
    ft("b_ft15", "toulon", "I1604", "Mécanicien / Mécanicienne automobile", "Mécanicien automobile confirmé (H/F)",
       T("Concession automobile de Toulon Est recherche un mécanicien confirmé en CDI.",
         "Diagnostic, réparations mécaniques et électriques, entretien selon préconisations constructeur.",
         "Bac pro MV ou équivalent, 3 ans d'expérience. Rémunération selon profil + primes."),
       "2026-04-06T08:00:00", nom="TOULON EST AUTOMOBILES", cp="83100", type_contrat="CDI", nature="Contrat travail",
       exp="E2", naf="4511Z", effectif="20 à 49 salariés", comp=COMPETENCES["I1604"],
       salaire={"libelle": "Mensuel de 2100.0 Euros à 2600.0 Euros sur 12 mois"}, permis="B - Véhicule léger")
    ft("b_ft16", "nice", "I1604", "Mécanicien / Mécanicienne automobile", "Apprenti(e) mécanicien(ne) VL",
       T("Garage de Nice Est (Saint-Roch / Pasteur), 5 personnes.",
         "Apprentissage CAP ou Bac pro maintenance des véhicules. Entretien, freinage, distribution, "
         "diagnostic de base.",
         "Bonne présentation, ponctualité."),
       "2026-03-12T10:20:00", nom="GARAGE PASTEUR AUTOMOBILES", cp="06300", naf="4520A", effectif="3 à 5 salariés",
       comp=COMPETENCES["I1604"][:3], formation=("31812", "Maintenance automobile", "CAP, BEP et équivalents", "S"))
    ft("b_ft17", "avignon", "I1604", "Mécanicien / Mécanicienne automobile",
       "Mécanicien maintenance automobile - contrat de professionnalisation",
       T("Atelier de maintenance de flotte de véhicules utilitaires légers (zone de Courtine).",
         "Contrat de professionnalisation de 12 mois (CQP Technicien expert après-vente automobile ou titre "
         "professionnel Mécanicien automobile).",
         "Vous êtes titulaire d'un CAP MV et souhaitez vous spécialiser sur les VUL.",
         "Horaires 7h30-16h, du lundi au vendredi."),
       "2026-02-12T08:30:00", nom="FLOTTE SERVICES VAUCLUSE", cp="84000", nature="Contrat de professionnalisation",
       duree=12, exp="S6", naf="4520A", effectif="20 à 49 salariés", comp=COMPETENCES["I1604"][1:],
       formation=("31812", "Maintenance automobile", "CAP, BEP et équivalents", "E"))
    ft("b_ft18", "m08", "M1607", "Secrétaire", "Secrétaire en alternance - agence immobilière (H/F)",
       T("Agence immobilière du Prado, transaction et location.",
         "Nous recherchons un(e) secrétaire en alternance (Bac pro AGORA ou BTS SAM) : accueil, agenda des "
         "négociateurs, rédaction des mandats et baux, mise à jour des annonces, classement.",
         "Bonne orthographe et aisance à l'oral indispensables."),
       "2026-03-04T15:00:00", nom="PRADO IMMOBILIER", cp="13008", naf="6831Z", effectif="6 à 9 salariés",
       comp=COMPETENCES["M1607"][:4], qual=["communication", "orga"], qualif=("6", "Employé qualifié"),
       formation=("35054", "Secrétariat assistanat", "Bac ou équivalent", "S"))
    ft("b_ft19", "toulon", "M1607", "Secrétaire administratif / administrative", "Secrétaire administrative (H/F) - CDD",
       T("Entreprise de menuiserie aluminium (La Valette / Toulon Est) recherche une secrétaire administrative "
         "en CDD de 6 mois (remplacement congé maternité).",
         "Accueil, devis, facturation, suivi des chantiers, relances. Maîtrise d'Excel. Expérience 1 an."),
       "2026-03-25T13:10:00", nom="ALU CONCEPT VAR", cp="83100", type_contrat="CDD", duree=6,
       nature="Contrat travail", exp="E1", naf="4332A", effectif="10 à 19 salariés", comp=COMPETENCES["M1607"],
       salaire={"libelle": "Mensuel de 1850.0 Euros sur 12 mois"})
    ft("b_ft20", "antibes", "M1607", "Assistant administratif / Assistante administrative",
       "Assistant administratif H/F - apprentissage",
       T("Société de gestion de ports de plaisance (Port Vauban) : nous recrutons un(e) assistant(e) "
         "administratif(ve) en apprentissage, BTS SAM.",
         "",
         "Missions : accueil des plaisanciers à la capitainerie, gestion des contrats d'amarrage, facturation, "
         "mise à jour des tableaux de suivi, courrier.",
         "Anglais courant exigé (clientèle internationale)."),
       "2026-02-18T09:45:00", nom="ANTIBES PLAISANCE GESTION", cp="06600", naf="6832A", effectif="20 à 49 salariés",
       comp=COMPETENCES["M1607"][:3], qual=["communication", "adaptation"], qualif=("7", "Technicien"),
       formation=("35054", "Secrétariat assistanat", "Bac+2 ou équivalents", "S"))
    ft("b_ft21", "manosque", "M1607", "Secrétaire", "Secrétaire alternance",
       T("PME industrielle (cosmétiques) à Manosque recherche un(e) alternant(e) secrétaire.",
         "BTS SAM. Tâches : accueil, standard, courrier, commandes de fournitures, organisation des "
         "déplacements, comptes rendus de réunion."),
       "2026-04-16T10:00:00", nom="LABORATOIRES LAVANDE ET DURANCE", cp="04100", naf="2042Z",
       effectif="50 à 99 salariés", comp=COMPETENCES["M1607"][1:5],
       formation=("35054", "Secrétariat assistanat", "Bac+2 ou équivalents", "S"))

    def own(siret_nic, legal, brand, address, coords, naf, opco, idcc, size, **kw):
        return workplace(make_siret(make_siren(), siret_nic), legal, brand, address, coords, naf, opco, idcc,
                         size, **kw)

    lba("b_l01", "offres_emploi_lba",
        own("0001", "BOULANGERIE DES CAILLOLS", None, "35 AVENUE DES CAILLOLS 13012 MARSEILLE", (43.3040, 5.4480),
            "1071C", OPCO_EP, 843, "3-5"),
        "Apprenti(e) boulanger(e)",
        T("Boulangerie de quartier aux Caillols. Apprentissage CAP boulanger : pains, viennoiseries, cuisson.",
          "Début à 4h, repos dimanche après-midi et lundi."),
        ["D1102"], "2026-02-24T19:30:00", start="2026-09-01", diploma="3",
        desired=["Être ponctuel"], acquired=["Production, Fabrication: Pétrir et façonner une pâte"])
    lba("b_l02", "offres_emploi_lba",
        own("0001", "SARL FOURNIL GARIBALDI", "Le Fournil Garibaldi", "4 RUE CASSINI 06300 NICE", (43.7010, 7.2830),
            "1071C", OPCO_EP, 843, "6-9"),
        "Boulanger / Boulangère",
        "Prépare et façonne des pâtes à pain et des viennoiseries, assure la cuisson et la présentation des "
        "produits dans le respect des règles d'hygiène et de sécurité alimentaires.",
        ["D1102"], "2026-03-10T20:15:00", start="2026-09-01", diploma="3")
    lba("b_l03", "Hellowork",
        own("0002", "BOULANGERIE SAINT-JEAN DU VAR", None, "210 AVENUE DE LA LIBERATION 83000 TOULON",
            (43.1270, 5.9500), "1071C", OPCO_EP, 843, "10-19"),
        "Apprenti Boulanger H/F",
        T("Description du poste",
          "Boulangerie artisanale du quartier Saint-Jean-du-Var (10 salariés) recrute un apprenti boulanger "
          "H/F en CAP.",
          "Vous êtes formé à la fabrication des pains, des viennoiseries et des produits snacking.",
          "",
          "Profil recherché",
          "Débutant accepté. Motivation, ponctualité, goût du travail manuel.",
          "",
          "Informations complémentaires",
          "Horaires de nuit. Prime de panier."),
        ["D1102"], "2026-04-02T06:00:00", start="2026-09-01", partner_job_id="79101882", recipient=False,
        expiration_days=45)
    lba("b_l04", "offres_emploi_lba",
        own("0001", "LE FOURNIL D'ANTIBES", None, "12 RUE DE LA REPUBLIQUE 06600 ANTIBES", (43.5810, 7.1230),
            "1071C", OPCO_EP, 843, "6-9"),
        "Apprenti boulanger - pâtissier",
        T("Le Fournil d'Antibes forme un(e) apprenti(e) en CAP boulanger avec une ouverture sur la pâtisserie "
          "(tartes, flans, pâte à choux).",
          "Vous intégrez une équipe de 4 au fournil. Rythme 2 semaines en entreprise / 1 semaine au CFA.",
          "Horaires décalés (début 4h30)."),
        ["D1102", "D1104"], "2026-03-18T18:40:00", start="2026-07-01", diploma="3",
        acquired=["Production, Fabrication: Préparer des viennoiseries", "Pâtisserie: Réaliser des pâtes de base"])
    lba("b_l05", "offres_emploi_lba",
        own("0001", "PATISSERIE PARADIS SAS", "Pâtisserie Paradis", "141 RUE PARADIS 13006 MARSEILLE",
            (43.2865, 5.3790), "1071D", OPCO_EP, 843, "10-19"),
        "Apprenti(e) vendeur(se) en boulangerie-pâtisserie",
        T("Pâtisserie-boulangerie de la rue Paradis, nous recherchons un(e) apprenti(e) vendeur(se) en CAP "
          "Équipier polyvalent du commerce.",
          "Accueil et conseil, présentation de la vitrine, emballage des gâteaux et prise des commandes "
          "(anniversaires, pièces montées), encaissement.",
          "Un dimanche matin sur deux."),
        ["D1106"], "2026-03-06T13:00:00", start="2026-09-01", diploma="3",
        desired=["Avoir le sens du contact", "Avoir une bonne présentation"])
    lba("b_l06", "offres_emploi_lba",
        own("0001", "FROMAGERIE DU MARCHE AIXOIS", None, "6 PLACE RICHELME 13100 AIX-EN-PROVENCE", (43.5285, 5.4465),
            "4729Z", OPCO_COM, 1505, "1-2"),
        "Vendeur / Vendeuse en fromagerie",
        "Accueille et conseille les clients, réalise la découpe et la vente des fromages et produits laitiers, "
        "assure la présentation et l'entretien du rayon.",
        ["D1106"], "2026-04-01T17:00:00", start="2026-09-01", diploma="3")
    lba("b_l07", "Meteojob",
        own("0008", "MARCHE DU PALAIS DISTRIBUTION", "Carré Frais", "45 RUE CARNOT 84000 AVIGNON",
            (43.9500, 4.8110), "4711D", OPCO_COM, 2216, "20-49"),
        "Vendeuse / Vendeur rayon traditionnel en alternance H/F",
        T("Supermarché de centre-ville (Avignon intra-muros).",
          "Vous rejoignez nos rayons traditionnels (boucherie libre-service, fromage, traiteur) en alternance "
          "Bac pro Métiers du commerce et de la vente.",
          "Mise en rayon, contrôle des DLC, conseil client, commandes avec le chef de rayon.",
          "Horaires 6h-13h ou 13h-20h, un dimanche matin sur trois."),
        ["D1106"], "2026-02-09T08:00:00", start="2026-09-01", duration=36, partner_job_id="6718204",
        recipient=False, expiration_days=30, diploma="4")
    lba("b_l08", "offres_emploi_lba",
        own("0001", "PRIMEURS DU CROS", None, "70 BOULEVARD DE LA PLAGE 06800 CAGNES-SUR-MER", (43.6560, 7.1640),
            "4721Z", OPCO_COM, 1505, "3-5"),
        "Apprenti vendeur primeur H/F",
        T("Primeur au Cros-de-Cagnes, fruits et légumes de producteurs locaux.",
          "Vente, mise en place, réassort, encaissement, livraisons aux restaurants du quartier le matin.",
          "CAP EPC. Permis B en cours apprécié."),
        ["D1106"], "2026-04-21T10:00:00", start="2026-06-01", diploma="3")
    lba("b_l09", "offres_emploi_lba",
        own("0001", "LES TERRASSES DES CATALANS", "Les Terrasses", "3 RUE DES CATALANS 13007 MARSEILLE",
            (43.2905, 5.3590), "5610A", OPCO_AKTO, 1979, "10-19"),
        "Commis de cuisine en apprentissage",
        T("Restaurant face à la plage des Catalans. Nous formons un(e) commis de cuisine en apprentissage "
          "(CAP ou BP). Mise en place, cuissons simples, dressage, nettoyage.",
          "Horaires en coupure, 2 jours de repos consécutifs."),
        ["G1602"], "2026-02-26T15:00:00", start="2026-04-01", diploma="3",
        acquired=["Préparation culinaire: Réaliser des préparations culinaires de base"])
    lba("b_l10", "Hellowork",
        own("0003", "GROUPE RIVIERA RESTAURATION", "La Table de Cimiez", "60 BOULEVARD DE CIMIEZ 06000 NICE",
            (43.7180, 7.2760), "5610A", OPCO_AKTO, 1979, "20-49"),
        "Commis de Cuisine en Alternance H/F",
        T("Au sein d'un restaurant gastronomique du quartier de Cimiez, vous intégrerez une brigade de 9 "
          "personnes.",
          "Missions :",
          "- mise en place des postes garde-manger et pâtisserie",
          "- préparations de base et cuissons sous contrôle du chef de partie",
          "- respect des normes HACCP",
          "Formation : BP Arts de la cuisine ou CAP.",
          "Rémunération selon la grille apprentissage + avantages en nature (repas)."),
        ["G1602"], "2026-03-27T09:00:00", start="2026-09-01", partner_job_id="79002219", recipient=False,
        expiration_days=45)
    lba("b_l11", "offres_emploi_lba",
        own("0001", "SAS CASA AIXOISE", "Casa Aixoise", "11 RUE DE LA VERRERIE 13100 AIX-EN-PROVENCE",
            (43.5300, 5.4480), "5610A", OPCO_AKTO, 1979, "6-9"),
        "Apprenti cuisinier / Apprentie cuisinière",
        T("Petit restaurant de cuisine familiale dans le centre d'Aix, ouvert le midi uniquement.",
          "Apprentissage CAP cuisine : préparation des plats du jour, desserts maison, service au passe.",
          "Week-ends libres !"),
        ["G1602"], "2026-04-13T11:00:00", start="2026-09-01", diploma="3")
    lba("b_l12", "offres_emploi_lba",
        own("0001", "SARL LE PETIT PUGET", "Le Petit Puget", "8 PLACE PUGET 83000 TOULON", (43.1240, 5.9330),
            "5610A", OPCO_AKTO, 1979, "6-9"),
        "Commis de cuisine (apprentissage)",
        T("Restaurant de la place Puget, cuisine provençale. Apprenti commis en CAP cuisine.",
          "Vous participez à la mise en place, aux cuissons, au dressage et à l'entretien."),
        ["G1602"], "2026-03-20T10:30:00", start="2026-05-01", diploma="3")
    lba("b_l13", "offres_emploi_lba",
        own("0001", "L'AUBERGE DES AMANDIERS", None, "ROUTE DE CAVAILLON 84000 AVIGNON", (43.8960, 4.9000),
            "5610A", OPCO_AKTO, 1979, "10-19"),
        "Cuisinier / Cuisinière",
        "Réalise des préparations culinaires (entrées, plats, desserts) selon les règles d'hygiène et de "
        "sécurité alimentaires. Peut élaborer des menus et superviser une équipe.",
        ["G1602"], "2026-02-12T21:00:00", start="2026-09-01", diploma="3")
    lba("b_l14", "offres_emploi_lba",
        own("0001", "GARAGE DE LA VALENTINE", None, "ROUTE DE LA SABLIERE 13011 MARSEILLE", (43.2950, 5.4880),
            "4520A", OPCO_MOB, 1090, "6-9"),
        "Apprenti mécanicien automobile H/F",
        T("Garage de la Valentine, réparation toutes marques. Apprentissage CAP MV.",
          "Entretien, freinage, pneumatiques, diagnostic avec le chef d'atelier. Horaires de journée."),
        ["I1604"], "2026-03-11T08:00:00", start="2026-09-01", diploma="3",
        acquired=["Maintenance: Réaliser l'entretien courant d'un véhicule"])
    lba("b_l15", "offres_emploi_lba",
        own("0001", "AZUR PNEUS ET MECANIQUE", None, "120 BOULEVARD DU MERCANTOUR 06200 NICE", (43.6930, 7.2320),
            "4520A", OPCO_MOB, 1090, "3-5"),
        "Mécanicien / Mécanicienne automobile",
        "Effectue l'entretien et la réparation des véhicules automobiles (diagnostic, remplacement de pièces, "
        "réglages, contrôles) selon les préconisations des constructeurs et les règles de sécurité.",
        ["I1604"], "2026-02-19T20:00:00", start="2026-09-01", diploma="3")
    lba("b_l16", "Meteojob",
        own("0005", "VAR AUTO SERVICE SAS", "Var Auto Service", "540 AVENUE DE L'UNIVERSITE 83160 LA VALETTE-DU-VAR",
            (43.1370, 5.9850), "4520A", OPCO_MOB, 1090, "20-49"),
        "Apprenti Mécanicien Automobile H/F",
        T("Entreprise : centre d'entretien multimarque, 22 collaborateurs.",
          "Poste : apprentissage Bac pro Maintenance des véhicules. Entretien, diagnostic, réparation, "
          "contrôle qualité avant restitution.",
          "Profil : motivé, rigoureux, intéressé par l'électronique embarquée."),
        ["I1604"], "2026-03-03T07:00:00", start="2026-09-01", duration=36, partner_job_id="6744013",
        recipient=False, expiration_days=30, diploma="4")
    lba("b_l17", "offres_emploi_lba",
        own("0001", "AIX AUTOMOBILES PREMIUM", None, "255 RUE GUILLAUME DU VAIR 13290 AIX-EN-PROVENCE",
            (43.4900, 5.3810), "4511Z", OPCO_MOB, 1090, "50-99",
            desc="Concession automobile premium du Pays d'Aix.", website="https://www.aix-automobiles-premium.example"),
        "Apprenti(e) technicien(ne) de maintenance automobile - BTS MV",
        T("Concession premium des Milles, 60 collaborateurs.",
          "Nous recrutons un(e) apprenti(e) en BTS Maintenance des véhicules option voitures particulières.",
          "",
          "Vos missions :",
          "- diagnostics complexes (électronique, réseaux multiplexés, ADAS)",
          "- interventions sur véhicules hybrides et électriques (habilitation électrique financée)",
          "- mises à jour logicielles et campagnes constructeur",
          "- rédaction des comptes rendus d'intervention",
          "",
          "Vous êtes titulaire d'un Bac pro MV ou d'un bac STI2D. Rigueur et goût pour les nouvelles "
          "technologies indispensables."),
        ["I1604"], "2026-04-09T10:00:00", start="2026-09-01", duration=24, diploma="5",
        desired=["Être rigoureux", "Avoir le goût des nouvelles technologies"],
        acquired=["Diagnostic: Diagnostiquer des systèmes électroniques embarqués"])
    lba("b_l18", "offres_emploi_lba",
        own("0001", "CABINET MEDIOR CONSEIL", None, "22 RUE SAINT-FERREOL 13001 MARSEILLE", (43.2960, 5.3780),
            "6920Z", OPCO_ATLAS, 787, "10-19"),
        "Secrétaire administratif(ve) en alternance",
        T("Cabinet de conseil et d'expertise comptable en centre-ville. Alternance BTS SAM ou titre "
          "professionnel Secrétaire assistant.",
          "Accueil, courrier, préparation des dossiers clients, classement numérique, agenda des associés."),
        ["M1607"], "2026-02-05T12:00:00", start="2026-09-01", diploma="5")
    lba("b_l19", "offres_emploi_lba",
        own("0001", "RIVIERA SYNDIC", None, "5 AVENUE DURANTE 06000 NICE", (43.7020, 7.2620), "6832A",
            OPCO_ATLAS, 1527, "10-19"),
        "Secrétaire de copropriété en alternance",
        T("Cabinet de syndic niçois. Alternant(e) BTS SAM ou Bac pro AGORA.",
          "Accueil téléphonique, suivi des sinistres, préparation des assemblées générales, courriers aux "
          "copropriétaires."),
        ["M1607"], "2026-03-24T14:00:00", start="2026-09-01", diploma="5")
    lba("b_l20", "Hellowork",
        own("0001", "TRANSPORTS MEDITERRANEE VAR", None, "ZI TOULON EST 83130 LA GARDE", (43.1300, 6.0050),
            "4941A", OPCO_MOB, 16, "50-99"),
        "Secrétaire Alternance H/F",
        T("Missions : accueil, standard, saisie des bons de livraison et des factures, gestion des plannings, "
          "classement.",
          "Formation : Bac pro AGORA ou BTS SAM.",
          "Localisation : Toulon Est."),
        ["M1607", "M1602"], "2026-02-16T09:00:00", start="2026-09-01", partner_job_id="77655301",
        recipient=False, expiration_days=45)
    lba("b_l21", "offres_emploi_lba",
        own("0001", "ATELIER D'ARCHITECTURE MIRABEAU", None, "38 COURS MIRABEAU 13100 AIX-EN-PROVENCE",
            (43.5270, 5.4460), "6910Z", OPCO_EP, None, "6-9"),
        "Secrétaire en apprentissage",
        T("Agence d'architecture (8 personnes) sur le cours Mirabeau.",
          "Apprentissage BTS SAM : gestion de l'agenda, accueil des clients, suivi administratif des dossiers "
          "de permis de construire, archivage des plans, commandes de fournitures."),
        ["M1607"], "2026-03-12T16:00:00", start="2026-09-01", diploma="5")

    # A France Travail offer relayed by La bonne alternance whose original is not in the France Travail pull.
    lone_ft_id = make_ft_id()
    j = lba("b_l22_lone_relay", "offres_emploi_lba",
            workplace(None, None, None, "06 - Grasse", (43.6589, 6.9233), "4729Z", name="EPICERIE DU PETIT PUY"),
            "Vendeur en épicerie fine (H/F) - alternance",
            T("Épicerie fine et produits régionaux de la vieille ville de Grasse.",
              "Vente, conseil, mise en rayon, préparation des colis. CAP EPC en 2 ans."),
            ["D1106"], "2026-03-11T10:00:00", start=None, duration=24)
    j["identifier"]["partner_label"] = "France Travail"
    j["identifier"]["partner_job_id"] = lone_ft_id
    j["apply"] = {"url": "https://candidat.francetravail.fr/offres/recherche/detail/" + lone_ft_id,
                  "phone": None, "recipient_id": None}
    j["workplace"]["domain"]["idcc"] = None
    j["offer"]["access_conditions"] = ["Commerce - CAP, BEP et équivalents"]
    j["offer"]["publication"]["expiration"] = plus_days("2026-03-11T10:00:00", 60)
    j["contract"]["remote"] = None


# ---------------------------------------------------------------------------
# Truth
# ---------------------------------------------------------------------------
GROUPS = [
    # relay
    ("relay", ["r1_ft", "r1_lba"], "Boulangerie Saint-Roch (Nice) relayée par LBA : même texte, titre recapitalisé, D1104 ajouté."),
    ("relay", ["r2_ft", "r2_lba"], "Primeur de Noailles (Marseille 1er) : texte coupé par le relais, employeur absent des deux côtés."),
    ("relay", ["r3_ft", "r3_lba"], "Boucherie Castelli (Toulon), contrat pro : sauts de ligne/espaces modifiés, employeur absent côté LBA, D1101 ajouté."),
    ("relay", ["r4_ft", "r4_lba"], "La Table du Vallon (Marseille 7e) : titre en majuscules recapitalisé, texte identique."),
    ("relay", ["r5_ft", "r5_lba"], "Le Cloître Gourmand (Avignon) : texte long coupé à ~600 caractères, G1603 ajouté."),
    ("relay", ["r6_ft", "r6_lba"], "Garage des Canourgues (Salon) : texte aplati sur une ligne, libellé de lieu en majuscules."),
    ("relay", ["r7_ft", "r7_lba"], "Garage sans nom (Marseille 15e), texte court relayé tel quel, employeur absent des deux côtés."),
    ("relay", ["r8_ft", "r8_lba"], "Bâti Sud Rénovation (Marseille 11e) : texte coupé, M1602 ajouté."),
    ("relay", ["r9_ft", "r9_lba"], "Camping Les Palmiers d'Or (Hyères) : relais identique."),
    ("relay", ["r10_ft", "r10_lba"], "Boulangerie de la Porte d'Orange (Carpentras) : puces et lignes vides aplaties."),
    ("relay", ["r11_ft", "r11_lba"], "Auberge de Saint-Barnabé (Marseille 12e) : titre recapitalisé."),
    ("relay", ["r12_ft", "r12_lba"], "Fréjus Auto Services : relais identique, I1606 ajouté."),
    # cross_post
    ("cross_post", ["x1_lba", "x1_ft", "x1_relay"], "Ange & Mie (Aix) : publiée sur LBA (SAS ANGE ET MIE / marque ANGE & MIE), 6 jours plus tard sur France Travail (réécriture légère, tutoiement supprimé), et relais LBA de l'offre France Travail."),
    ("cross_post", ["x2_lba", "x2_ft", "x2_relay"], "Brasserie du Quai d'Arenc (Marseille 2e) : LBA court (SARL ARENC RESTAURATION), France Travail 10 jours plus tard très développé, relais coupé."),
    ("cross_post", ["x3_ft", "x3_relay", "x3_lba"], "Hyper Provence Les Milles, rayon fromagerie : France Travail + relais le même jour, puis LBA (raison sociale DISTRI LES MILLES) 7 jours plus tard, réécrit."),
    ("cross_post", ["x4_ft", "x4_lba"], "Boulangerie du centre d'Aubagne : France Travail sans nom d'employeur ; sur LBA publiée par le CFA des Métiers de Bouche (is_delegated, adresse du CFA à Marseille 13e), texte réécrit, 12 jours d'écart."),
    ("cross_post", ["x5_ft", "x5_lba"], "L'Olivier de Cros (Cagnes-sur-Mer) : France Travail par le restaurant ; LBA publiée par l'Institut de Formation Hôtelière Azur (is_delegated, adresse du CFA à Nice), 8 jours plus tard."),
    ("cross_post", ["x6_ft", "x6_lba"], "Garage indépendant de Vitrolles (Anjoly) : France Travail sans nom, texte complet ; LBA d'une ligne publiée par le CFA Automobile Provence (is_delegated, Marseille 14e)."),
    ("cross_post", ["x7_ft", "x7_lba"], "Fromagerie Lou Pastre, boutique de Mazargues (Marseille 8e) : une ligne sur France Travail, texte long sur LBA (LOU PASTRE SARL), 5 jours d'écart."),
    ("cross_post", ["x8_ft", "x8_lba"], "Épicerie Bellanda (Nice) : réécriture légère (ordre changé, une phrase ajoutée), EURL BELLANDA FINE vs EPICERIE BELLANDA, 12 jours d'écart."),
    ("cross_post", ["x9_ft", "x9_lba"], "Hôtel Les Mimosas (Nice) : France Travail long sans nom d'employeur, LBA en trois lignes réécrites, 4 jours d'écart."),
    ("cross_post", ["x10_ft", "x10_lba"], "Garage de Ferrières (Martigues) : France Travail court, Hellowork long avec rubriques, 14 jours d'écart."),
    ("cross_post", ["x11_lba", "x11_ft"], "Cabinet Lambert Assurances (Nice) : LBA long (LAMBERT ET ASSOCIES), France Travail d'une ligne 7 jours plus tard (CABINET LAMBERT)."),
    ("cross_post", ["x12_ft", "x12_lba"], "Maison Pélissier (Hyères) : France Travail et Meteojob (PELISSIER ET FILS), fortement réécrits, 7 jours d'écart."),
    # double_pull
    ("double_pull", ["d1_ft_a", "d1_ft_b", "d1_relay"], "Les Délices de la Balance (Avignon) republiée sur France Travail 3 semaines plus tard (date de démarrage changée, une phrase retirée, titre épicène) ; la republication est relayée par LBA."),
    ("double_pull", ["d2_ft_a", "d2_ft_b"], "Garage Alpes Services Auto (Gap) : même texte republié 9 jours plus tard sur France Travail."),
    ("double_pull", ["d3_ft_a", "d3_ft_b"], "Fiduciaire Sainte-Victoire (Aix) : republiée 3 semaines plus tard, titre et appellation modifiés, une précision ajoutée."),
    ("double_pull", ["d4_lba_a", "d4_lba_b"], "Poissonnerie de l'Île (Martigues) republiée sur LBA 4 semaines plus tard, légèrement modifiée."),
    ("double_pull", ["d5_lba_a", "d5_lba_b"], "Resto'Scol Var (La Seyne) : texte identique republié 6 jours plus tard sur LBA."),
    ("double_pull", ["d6_lba_a", "d6_lba_b"], "Provence Habitat Gestion (Marseille 9e) republiée sur Hellowork 2 semaines plus tard sous un autre partner_job_id, titre modifié."),
]

TRAPS = [
    ("same_employer_other_job", ["t1_ft_baker", "t1_ft_seller"],
     "Le Fournil de Castellane (Marseille 6e), même jour : apprenti boulanger (D1102) et apprentie vendeuse (D1106), deux postes."),
    ("same_employer_other_job", ["t2_ft_meca", "t2_lba_admin"],
     "Garage du Mourillon (Toulon) : apprenti mécanicien d'un côté, assistante administrative de l'autre (M1607), deux postes."),
    ("same_employer_same_rome_other_job", ["x3_ft", "t3_ft_poisson"],
     "Hyper Provence Les Milles, même adresse, même ROME D1106, même jour, même gabarit de texte : comptoir fromagerie et comptoir marée sont deux postes."),
    ("same_employer_same_rome_other_job", ["t4_lba_cap", "t4_lba_bac"],
     "Nice Ouest Auto Services, même adresse, même ROME I1604, publiées à 11 minutes d'écart : un apprenti CAP et un apprenti Bac pro (deux contrats)."),
    ("chain_template", ["t5_ft_m10", "t5_ft_avignon", "t5_ft_toulon"],
     "Réseau Fournils Roustan : même gabarit dans trois boulangeries franchisées (Marseille 10e, Avignon, Toulon), trois recrutements."),
    ("chain_template", ["t6_lba_aix", "t6_lba_m02", "t6_ft_avignon"],
     "Pizzerias Oliveto : texte identique à Aix, Marseille 2e et Avignon, trois restaurants (sociétés différentes)."),
    ("chain_template", ["t7_ft_m14", "t7_ft_vitrolles"],
     "AUTOPRESTO : même texte, même minute, centres de Marseille 14e et de Vitrolles, deux postes."),
    ("same_employer_other_site", ["t8_ft_avignon", "t8_lba_cavaillon"],
     "Groupe Durance Automobiles : même intitulé, même SIREN, mais concession d'Avignon et concession de Cavaillon."),
    ("same_brand_two_shops", ["x7_lba", "t9_lba_baille"],
     "Fromagerie Lou Pastre : même société et textes voisins, mais boutique de Mazargues (13008) et boutique Baille (13005), deux apprentis."),
    ("similar_generic_other_employer", ["t10_ft_comptoir", "t10_ft_nissa"],
     "Deux restaurants niçois différents (Le Comptoir Niçois, port / Chez Nissa Bella, Libération) avec le même texte court et générique."),
    ("similar_generic_other_employer", ["t11_lba_immo", "t11_lba_avocats"],
     "Avignon : agence immobilière et cabinet d'avocats, même description générique (définition du métier), un mois d'écart."),
    ("near_identical_names", ["t12_ft_petitfournil", "t12_lba_aupetitfournil"],
     "Toulon : « Le Petit Fournil » (Mourillon, 3 personnes) et « Au Petit Fournil » (Pont-du-Las, 7 personnes) sont deux boulangeries."),
    ("near_identical_names", ["t13_ft_stloupauto", "t13_lba_stloupautomobiles"],
     "Marseille 10e : « Garage Saint-Loup Auto » (3 personnes, CAP) et « Saint Loup Automobiles » (agent, 12 personnes, Bac pro), deux garages."),
    ("rehire_after_6_months", ["t14_ft_2025", "t14_ft_2026"],
     "Bistrot des Remparts (Antibes) : même texte en août 2025 et en mars 2026, nouvelle embauche pour la saison suivante."),
    ("rehire_after_6_months", ["t15_ft_2025", "t15_lba_2026"],
     "Office notarial Arnaud & Michel (Aix) : alternant recruté en juillet 2025, nouveau recrutement en février 2026."),
    ("delegated_same_cfa_other_company", ["x5_lba", "t16_lba_bastion"],
     "Institut de Formation Hôtelière Azur (is_delegated) : même lieu de travail déclaré (le CFA), même gabarit, même jour, mais pour L'Olivier de Cros (Cagnes) et Le Bastion (Nice)."),
    ("same_employer_same_rome_other_job", ["t17_ft_cdi", "t17_lba_apprenti"],
     "Le Fournil de l'Empéri (Salon) : boulanger confirmé en CDI et apprenti boulanger, même ROME D1102, deux postes."),
]


def member(key):
    if key in FT:
        return {"source": "france_travail", "id": FT[key]["id"]}
    return {"source": "lba", "id": LBA[key]["identifier"]["id"]}


def write_json(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=2)
        f.write("\n")


def main():
    build()
    here = os.path.dirname(os.path.abspath(__file__))
    for sub in ("ft", "lba"):
        d = os.path.join(here, sub)
        if os.path.isdir(d):
            for n in os.listdir(d):
                if n.endswith(".json"):
                    os.remove(os.path.join(d, n))
    # France Travail: one search answer per ROME code, most recent first (sort=1).
    for code in sorted(ROME):
        offers = [FT[k] for k in FT_ORDER if FT[k]["romeCode"] == code]
        offers.sort(key=lambda o: o["dateCreation"], reverse=True)
        agg = {}
        for o in offers:
            agg[o["typeContrat"]] = agg.get(o["typeContrat"], 0) + 1
        write_json(os.path.join(here, "ft", "offres_%s_r93.json" % code),
                   {"resultats": offers,
                    "filtresPossibles": [{"filtre": "typeContrat",
                                          "agregation": [{"valeurPossible": k, "nbResultats": v}
                                                         for k, v in sorted(agg.items())]}]})
    # La bonne alternance: one search answer per ROME code (first code of the job);
    # own offers first, then France Travail, then the other partners, each most recent first.
    rank = {"offres_emploi_lba": 0, "France Travail": 1}
    for code in sorted(ROME):
        jobs = [LBA[k] for k in LBA_ORDER if LBA[k]["offer"]["rome_codes"][0] == code]
        jobs.sort(key=lambda j: j["offer"]["publication"]["creation"], reverse=True)
        jobs.sort(key=lambda j: rank.get(j["identifier"]["partner_label"], 2))
        write_json(os.path.join(here, "lba", "search_%s_r93.json" % code),
                   {"jobs": jobs, "recruiters": [], "warnings": []})
    truth = {"groups": [{"kind": k, "members": [member(m) for m in ms], "note": n} for k, ms, n in GROUPS],
             "traps": [{"kind": k, "members": [member(m) for m in ms], "note": n} for k, ms, n in TRAPS]}
    write_json(os.path.join(here, "truth.json"), truth)
    print("france_travail offers:", len(FT), " lba jobs:", len(LBA),
          " groups:", len(GROUPS), " traps:", len(TRAPS))


if __name__ == "__main__":
    main()
