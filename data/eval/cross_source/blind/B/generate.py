# -*- coding: utf-8 -*-
"""Part B of the cross-source evaluation set: Grand Est (region 44), 2026.

Deterministic, standard library only. Everything is fictitious (employers, SIRETs,
people, phone numbers, addresses, texts, ids). Run: python3 generate.py
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20260244)

# --------------------------------------------------------------------------- places
# key: (name FT upper, name nice, postal code, INSEE, lat, lon, dept)
COMMUNES = {
    "STRAS": ("STRASBOURG", "Strasbourg", "67000", "67482", 48.5734, 7.7521, "67"),
    "SCHIL": ("SCHILTIGHEIM", "Schiltigheim", "67300", "67447", 48.6077, 7.7497, "67"),
    "ILLK": ("ILLKIRCH GRAFFENSTADEN", "Illkirch-Graffenstaden", "67400", "67218", 48.5297, 7.7146, "67"),
    "HAGU": ("HAGUENAU", "Haguenau", "67500", "67180", 48.8156, 7.7906, "67"),
    "SELE": ("SELESTAT", "Sélestat", "67600", "67462", 48.2594, 7.4542, "67"),
    "COLM": ("COLMAR", "Colmar", "68000", "68066", 48.0794, 7.3585, "68"),
    "MULH": ("MULHOUSE", "Mulhouse", "68100", "68224", 47.7508, 7.3359, "68"),
    "METZ": ("METZ", "Metz", "57000", "57463", 49.1193, 6.1757, "57"),
    "THIO": ("THIONVILLE", "Thionville", "57100", "57672", 49.3579, 6.1683, "57"),
    "MONT": ("MONTIGNY LES METZ", "Montigny-lès-Metz", "57950", "57480", 49.1006, 6.1539, "57"),
    "NANCY": ("NANCY", "Nancy", "54000", "54395", 48.6921, 6.1844, "54"),
    "VAND": ("VANDOEUVRE LES NANCY", "Vandœuvre-lès-Nancy", "54500", "54547", 48.6567, 6.1683, "54"),
    "REIMS": ("REIMS", "Reims", "51100", "51454", 49.2583, 4.0317, "51"),
    "CHAL": ("CHALONS EN CHAMPAGNE", "Châlons-en-Champagne", "51000", "51108", 48.9566, 4.3631, "51"),
    "EPER": ("EPERNAY", "Épernay", "51200", "51230", 49.0400, 3.9600, "51"),
    "TROY": ("TROYES", "Troyes", "10000", "10387", 48.2973, 4.0744, "10"),
}

ROME = {
    "D1102": ("Boulangerie - viennoiserie", ["Boulanger / Boulangère", "Boulanger-pâtissier / Boulangère-pâtissière", "Apprenti boulanger / Apprentie boulangère"]),
    "D1106": ("Vente en alimentation", ["Vendeur / Vendeuse en boulangerie-pâtisserie", "Vendeur / Vendeuse en alimentation générale", "Vendeur / Vendeuse en crèmerie", "Vendeur / Vendeuse en fruits et légumes"]),
    "I1604": ("Mécanique automobile et entretien de véhicules", ["Mécanicien / Mécanicienne automobile", "Mécanicien / Mécanicienne de maintenance automobile", "Apprenti mécanicien / Apprentie mécanicienne automobile"]),
    "F1603": ("Installation d'équipements sanitaires et thermiques", ["Plombier / Plombière", "Plombier chauffagiste / Plombière chauffagiste", "Chauffagiste"]),
    "K2204": ("Nettoyage de locaux", ["Agent / Agente de propreté et d'hygiène", "Agent / Agente d'entretien de locaux", "Agent / Agente de nettoyage"]),
}

NAF = {
    "D1102": ("1071C", "Boulangerie et boulangerie-pâtisserie"),
    "D1106": ("4729Z", "Autres commerces de détail alimentaires en magasin spécialisé"),
    "I1604": ("4520A", "Entretien et réparation de véhicules automobiles légers"),
    "F1603": ("4322A", "Travaux d'installation d'eau et de gaz en tous locaux"),
    "K2204": ("8121Z", "Nettoyage courant des bâtiments"),
}
OPCO = {
    "D1102": "Opco entreprises de proximité",
    "D1106": "L'Opcommerce",
    "I1604": "Opco Mobilités",
    "F1603": "Constructys",
    "K2204": "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre",
}
DIPLOMA = {
    "3": "Cap, autres formations (Infrabac)",
    "4": "BP, Bac, autres formations (Bac)",
    "5": "BTS, DEUST, autres formations (Bac+2)",
}

FIRST = ["Claire", "Julien", "Sabrina", "Mathieu", "Nadia", "Thomas", "Élodie", "Kevin", "Sophie",
         "Yann", "Aurélie", "Mehdi", "Laura", "Pierre", "Camille", "Jérôme", "Inès", "Florian"]
LAST = ["Kessler", "Bauer", "Lambert", "Hoffmann", "Girard", "Zimmermann", "Meyer", "Petitjean",
        "Haller", "Boucher", "Schwartz", "Arnould", "Leclerc", "Wagner", "Dubois", "Keller"]

FT_OFFERS = []
LBA_JOBS = []
KEYS = {}           # key -> {"source":..., "id":...}
GROUPS = []
TRAPS = []
_used_ft = set()
_used_lba = set()


def ft_id():
    while True:
        s = "%03d%s" % (RNG.randint(150, 209), "".join(RNG.choice("ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(4)))
        if s not in _used_ft:
            _used_ft.add(s)
            return s


def hex24():
    while True:
        s = "69" + "".join(RNG.choice("0123456789abcdef") for _ in range(22))
        if s not in _used_lba:
            _used_lba.add(s)
            return s


def siret(seed_digits=None):
    """Fictitious 14-digit SIRET with a valid Luhn key."""
    while True:
        body = "".join(str(RNG.randint(0, 9)) for _ in range(13))
        if body[0] == "0":
            continue
        for k in range(10):
            s = body + str(k)
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


def ts(day, hour=None):
    """day: 'YYYY-MM-DD' -> ISO UTC with a pseudo-random time."""
    h = RNG.randint(6, 17) if hour is None else hour
    return "%sT%02d:%02d:%02d.000Z" % (day, h, RNG.randint(0, 59), RNG.randint(0, 59))


def add_days(day, n):
    import datetime
    d = datetime.date.fromisoformat(day) + datetime.timedelta(days=n)
    return d.isoformat()


def jitter(x, amount=0.012):
    return round(x + RNG.uniform(-amount, amount), 6)


def phone():
    return "0%d %02d %02d %02d %02d" % (RNG.choice([3, 6, 7]), RNG.randint(10, 99), RNG.randint(10, 99),
                                         RNG.randint(10, 99), RNG.randint(10, 99))


def person():
    return "%s %s" % (RNG.choice(FIRST), RNG.choice(LAST))


def slug(s):
    out = []
    for ch in s.lower():
        ch = {"é": "e", "è": "e", "ê": "e", "à": "a", "â": "a", "ç": "c", "ô": "o", "î": "i", "û": "u", "ü": "u",
              "ö": "o", "œ": "oe", "'": "-", "’": "-"}.get(ch, ch)
        out.append(ch if ch.isalnum() else "-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")[:60]


# --------------------------------------------------------------------------- builders
def ft(key, title, desc, day, com, rome, app=None, nom=None, edesc=None, nature="Contrat apprentissage",
       typ="CDD", months=24, comp=None, qual=None, sal=None, nb=1, upd=None, partner=None, exp="D",
       lat=None, lon=None):
    c = COMMUNES[com]
    oid = ft_id()
    alt = nature in ("Contrat apprentissage", "Contrat de professionnalisation")
    created = ts(day)
    o = {
        "id": oid,
        "intitule": title,
        "description": desc,
        "dateCreation": created,
        "dateActualisation": created if upd is None else ts(add_days(day, upd)),
        "lieuTravail": {
            "libelle": "%s - %s" % (c[6], c[0]),
            "latitude": lat if lat is not None else c[4],
            "longitude": lon if lon is not None else c[5],
            "codePostal": c[2],
            "commune": c[3],
        },
        "romeCode": rome,
        "romeLibelle": ROME[rome][0],
        "appellationlibelle": app or ROME[rome][1][0],
    }
    ent = {}
    if nom:
        ent["nom"] = nom
    if edesc:
        ent["description"] = edesc
    ent["entrepriseAdaptee"] = False
    o["entreprise"] = ent
    o["typeContrat"] = typ
    if typ == "CDI":
        o["typeContratLibelle"] = "Contrat à durée indéterminée"
    else:
        o["typeContratLibelle"] = "Contrat à durée déterminée - %d Mois" % months
    o["natureContrat"] = nature
    o["experienceExige"] = exp
    o["experienceLibelle"] = {"D": "Débutant accepté", "S": "Expérience souhaitée", "E": "1 an"}[exp]
    if comp:
        o["competences"] = comp
    if qual:
        o["qualitesProfessionnelles"] = qual
    o["salaire"] = sal if sal is not None else (
        {"commentaire": "Selon grille légale apprentissage"} if alt else {"libelle": "Mensuel de 1850.00 Euros sur 12 mois"})
    o["dureeTravailLibelle"] = "35H Horaires normaux"
    o["alternance"] = alt
    o["contact"] = {
        "nom": person() if RNG.random() < 0.7 else "Service recrutement",
        "coordonnees1": "%d rue %s" % (RNG.randint(1, 90), RNG.choice(["des Tilleuls", "Pasteur", "du Moulin", "Foch", "de la Gare"])),
        "coordonnees2": "%s %s" % (c[2], c[0]),
        "telephone": phone(),
        "courriel": "%s.%s@exemple-recrut.fr" % (RNG.choice(FIRST).lower().replace("é", "e"), RNG.choice(LAST).lower()),
    }
    o["agence"] = {"courriel": "ape.%s@francetravail-fictif.fr" % slug(c[1])}
    o["nombrePostes"] = nb
    o["accessibleTH"] = RNG.random() < 0.3
    o["qualificationCode"] = "6"
    o["qualificationLibelle"] = "Employé qualifié"
    o["codeNAF"] = NAF[rome][0][:2] + "." + NAF[rome][0][2:]
    o["secteurActiviteLibelle"] = NAF[rome][1]
    if partner:
        o["origineOffre"] = {"origine": "2", "urlOrigine": "https://%s/offre/%d" % (partner[1], RNG.randint(100000, 999999)),
                             "partenaires": [{"nom": partner[0], "url": "https://%s" % partner[1], "logo": ""}]}
    else:
        o["origineOffre"] = {"origine": "1", "urlOrigine": "https://candidat.francetravail.fr/offres/recherche/detail/%s" % oid}
    FT_OFFERS.append(o)
    assert key not in KEYS, key
    KEYS[key] = {"source": "france_travail", "id": oid}
    return o


def lba(key, label, title, desc, day, com, romes, name=None, brand=None, legal=None, sir="auto", addr=None,
        pjid=None, ctype=("Apprentissage",), duration=24, start=None, desired=(), acquire=(), access=(),
        diploma=None, wdesc=None, size=None, delegated=False, lonlat=None, website=None, opening=1,
        expire_days=60, apply_phone="auto", naf=True):
    c = COMMUNES[com]
    jid = hex24()
    if label == "France Travail":
        pj = pjid
        url = "https://candidat.francetravail.fr/offres/recherche/detail/%s" % pjid
        recip = None
        s = None
    elif label == "offres_emploi_lba":
        pj = jid
        url = "https://labonnealternance.apprentissage.beta.gouv.fr/emploi/offres_emploi_lba/%s/%s" % (jid, slug(title))
        recip = "jobs_partners_%s" % jid
        s = siret() if sir == "auto" else sir
    else:
        pj = pjid or "%s-%d" % (label[:2].upper(), RNG.randint(1000000, 9999999))
        host = {"Hellowork": "www.hellowork.com/fr-fr/emplois", "Meteojob": "www.meteojob.com/candidat/offres/offre-d-emploi"}[label]
        url = "https://%s/%s.html" % (host, pj)
        recip = None
        s = siret() if sir == "auto" else sir
    if lonlat is None:
        lonlat = [jitter(c[5]), jitter(c[4], 0.008)] if label != "France Travail" else [c[5], c[4]]
    rome0 = romes[0]
    created = ts(day)
    j = {
        "identifier": {"id": jid, "partner_label": label, "partner_job_id": pj},
        "workplace": {
            "siret": s,
            "brand": brand,
            "legal_name": legal,
            "website": website,
            "name": name,
            "description": wdesc,
            "size": size,
            "location": {
                "address": addr if addr else "%s - %s" % (c[6], c[1]),
                "geopoint": {"type": "Point", "coordinates": lonlat},
            },
            "domain": {
                "idcc": None if label == "France Travail" else {"D1102": 843, "D1106": 1505, "I1604": 1090, "F1603": 1596, "K2204": 3043}[rome0],
                "opco": None if label == "France Travail" else OPCO[rome0],
                "naf": {"code": NAF[rome0][0], "label": NAF[rome0][1]} if naf else None,
            },
        },
        "apply": {
            "url": url,
            "phone": (phone().replace(" ", "") if RNG.random() < 0.6 else None) if apply_phone == "auto" else apply_phone,
            "recipient_id": recip,
        },
        "contract": {
            "start": (start + "T00:00:00.000Z") if start else None,
            "duration": duration,
            "type": list(ctype),
            "remote": None if label == "France Travail" else "onsite",
        },
        "offer": {
            "title": title,
            "rome_codes": list(romes),
            "description": desc,
            "target_diploma": {"european": diploma, "label": DIPLOMA[diploma]} if diploma else None,
            "desired_skills": list(desired),
            "to_be_acquired_skills": list(acquire),
            "access_conditions": list(access),
            "publication": {"creation": created, "expiration": ts(add_days(day, expire_days))},
            "opening_count": opening,
            "status": "Active",
        },
        "is_delegated": delegated,
    }
    LBA_JOBS.append(j)
    assert key not in KEYS, key
    KEYS[key] = {"source": "lba", "id": jid}
    return j


def relay(key, fto, title=None, desc=None, romes=None, name="same", wdesc=None, ctype=None, day_delta=1,
          access=()):
    """La bonne alternance copy of a France Travail offer."""
    lt = fto["lieuTravail"]
    com = [k for k, v in COMMUNES.items() if v[3] == lt["commune"]][0]
    nom = fto["entreprise"].get("nom")
    if ctype is None:
        ctype = ["Professionnalisation"] if fto["natureContrat"] == "Contrat de professionnalisation" else ["Apprentissage"]
    j = lba(key, "France Travail", title or fto["intitule"], desc if desc is not None else fto["description"],
            fto["dateCreation"][:10] if day_delta == 0 else add_days(fto["dateCreation"][:10], day_delta), com,
            romes or [fto["romeCode"]], name=(nom if name == "same" else name), sir=None, pjid=fto["id"],
            wdesc=wdesc if wdesc is not None else fto["entreprise"].get("description"),
            lonlat=[lt["longitude"], lt["latitude"]], ctype=ctype, duration=None, access=access, apply_phone=None,
            naf=RNG.random() < 0.5)
    # France Travail publication date is kept by LBA
    j["offer"]["publication"]["creation"] = fto["dateCreation"]
    return j


def group(kind, keys, note):
    GROUPS.append({"kind": kind, "members": [dict(KEYS[k]) for k in keys], "note": note})


def trap(kind, keys, note):
    TRAPS.append({"kind": kind, "members": [dict(KEYS[k]) for k in keys], "note": note})


def cut(text, n):
    """Cut a text short the way relays sometimes do."""
    if len(text) <= n:
        return text
    t = text[:n]
    sp = t.rfind(" ")
    return t[:sp].rstrip() + "..."


def flatten(text):
    """Line breaks turned into spaces, doubled blanks."""
    return "  ".join(x.strip() for x in text.split("\n") if x.strip())


def squeeze(text):
    """Blank lines removed, trailing spaces added."""
    return "\n".join(x.rstrip() + " " for x in text.split("\n") if x.strip())


def comp(*labels, codes=True):
    out = []
    for i, l in enumerate(labels):
        d = {"libelle": l, "exigence": "S" if i % 3 == 2 else "E"}
        if codes and i % 4 != 3:
            d["code"] = str(100000 + (hash_s(l) % 30000))
        out.append(d)
    return out


def hash_s(s):
    h = 7
    for ch in s:
        h = (h * 131 + ord(ch)) % 1000003
    return h


def qual(*names):
    DESC = {
        "Rigueur": "Capacité à respecter les règles, les procédures, l'organisation et les délais.",
        "Sens de l'organisation": "Capacité à planifier, à prioriser, à anticiper des actions en tenant compte des moyens et des délais.",
        "Travail en équipe": "Capacité à travailler en collectif, à partager les informations et à coopérer.",
        "Autonomie": "Capacité à prendre en charge son activité sans avoir besoin d'être encadré de façon continue.",
        "Sens de la communication": "Capacité à exprimer un message de façon claire et à écouter l'autre.",
        "Réactivité": "Capacité à agir rapidement et de manière adaptée face à un événement imprévu.",
        "Curiosité": "Capacité à aller au-delà de ce qui est connu, à rechercher des informations.",
    }
    return [{"libelle": n, "description": DESC[n]} for n in names]


# =========================================================================== RELAYS (12)
def build_relays():
    # R1 -- boulangerie Strasbourg, long text, relay identical, title re-cased
    d = ("La Boulangerie Heitz, artisan boulanger depuis 1987 dans le quartier de la Krutenau, recherche son/sa futur(e) "
         "apprenti(e) boulanger(ère) pour la rentrée de septembre 2026.\n\n"
         "Vos missions :\n"
         "- préparation des pâtes (pain blanc, pains spéciaux, bretzels, kougelhopf le week-end)\n"
         "- façonnage et mise en cuisson au four à sole\n"
         "- participation à la fabrication des viennoiseries\n"
         "- nettoyage du fournil et respect des règles d'hygiène (HACCP)\n\n"
         "Horaires : 4h - 11h30, du mardi au samedi. Repos dimanche et lundi.\n"
         "Formation : CAP Boulanger en 2 ans au CFA d'Eschau.\n\n"
         "Profil : motivé(e), ponctuel(le), pas peur de se lever tôt ! Débutant accepté, on vous forme.")
    o = ft("R1_ft", "APPRENTI BOULANGER H/F", d, "2026-02-10", "STRAS", "D1102", app="Apprenti boulanger / Apprentie boulangère",
           nom="BOULANGERIE HEITZ", comp=comp("Pétrir une pâte", "Façonner des pâtons", "Cuire des produits de boulangerie", "Nettoyer le matériel"),
           qual=qual("Rigueur", "Réactivité", "Travail en équipe"), upd=3)
    relay("R1_lba", o, title="Apprenti boulanger H/F", romes=["D1102"])
    group("relay", ["R1_ft", "R1_lba"], "Heitz bakery apprentice relayed by LBA: same text, title re-cased.")

    # R2 -- Metz boulangerie, no employer, short
    d = "Boulangerie artisanale à Metz centre recherche apprenti boulanger pour CAP. Travail de nuit et week-end. Débutant accepté."
    o = ft("R2_ft", "Apprenti(e) boulanger(e)", d, "2026-02-16", "METZ", "D1102")
    relay("R2_lba", o, day_delta=0)
    group("relay", ["R2_ft", "R2_lba"], "Anonymous Metz bakery: employer absent on both sides, identical short text.")

    # R3 -- Mulhouse garage, relay cut short
    d = ("GARAGE WALTER & FILS - agent de marque depuis trois générations à Mulhouse (Dornach).\n"
         "Nous recrutons un(e) apprenti(e) mécanicien(ne) automobile en CAP Maintenance des véhicules option voitures particulières.\n\n"
         "Au sein d'une équipe de 6 mécaniciens, vous apprendrez à :\n"
         "* réaliser les vidanges, remplacement des filtres, plaquettes et disques\n"
         "* effectuer le montage et l'équilibrage des pneumatiques\n"
         "* préparer les véhicules avant contrôle technique\n"
         "* utiliser la valise de diagnostic sous la responsabilité du chef d'atelier\n\n"
         "Vous êtes curieux(se), soigneux(se) et vous aimez le travail manuel. Le permis B serait un plus mais n'est pas obligatoire.\n"
         "Rémunération selon la grille apprentissage + prime d'équipement.\n"
         "Début du contrat : août / septembre 2026.")
    o = ft("R3_ft", "Apprenti mécanicien automobile (H/F)", d, "2026-02-23", "MULH", "I1604", app="Mécanicien / Mécanicienne automobile",
           nom="GARAGE WALTER ET FILS", edesc="Garage indépendant, réparation toutes marques et vente de véhicules d'occasion. 11 salariés.",
           comp=comp("Réaliser l'entretien courant d'un véhicule", "Changer des pièces d'usure", "Effectuer un diagnostic"), upd=10)
    relay("R3_lba", o, desc=cut(d, 330))
    group("relay", ["R3_ft", "R3_lba"], "Walter garage Mulhouse: relayed description cut short after about 330 characters.")

    # R4 -- Nancy garage, whitespace changed, extra rome
    d = ("Atelier de réparation multimarques situé à Nancy, quartier Saint-Pierre.\n"
         "Poste : apprenti mécanicien / apprentie mécanicienne en Bac Pro Maintenance des véhicules.\n"
         "Missions : entretien périodique, freinage, distribution, climatisation.\n"
         "Vous serez accompagné(e) par un tuteur diplômé.\n"
         "Horaires de journée du lundi au vendredi.")
    o = ft("R4_ft", "Apprenti mécanicien auto - Bac Pro (H/F)", d, "2026-03-02", "NANCY", "I1604",
           nom="AUTO REPARATION NANCEIENNE", qual=qual("Autonomie", "Rigueur"))
    relay("R4_lba", o, desc=flatten(d), romes=["I1604", "I1606"])
    group("relay", ["R4_ft", "R4_lba"], "Nancy workshop: relayed text with line breaks flattened; extra ROME I1606 on LBA.")

    # R5 -- Reims plumbing, employer missing on LBA side, extra romes
    d = ("THERMI'CONFORT, installateur chauffage et sanitaire sur Reims et alentours (15 salariés), recherche un(e) apprenti(e) "
         "plombier chauffagiste.\n\n"
         "Vous accompagnerez nos techniciens sur les chantiers de rénovation de salles de bains et d'installation de pompes "
         "à chaleur chez les particuliers.\n\n"
         "Formation visée : CAP Monteur en installations sanitaires ou CAP Monteur en installations thermiques.\n"
         "Véhicule de société pour les déplacements chantier, panier repas.")
    o = ft("R5_ft", "Apprenti plombier chauffagiste H/F", d, "2026-02-18", "REIMS", "F1603",
           app="Plombier chauffagiste / Plombière chauffagiste", nom="THERMI'CONFORT REIMS",
           comp=comp("Poser des équipements sanitaires", "Raccorder des réseaux", "Installer une pompe à chaleur"))
    relay("R5_lba", o, name=None, romes=["F1603", "F1602", "I1308"])
    group("relay", ["R5_ft", "R5_lba"], "Reims heating firm: relayed with no employer name on LBA, extra ROME codes.")

    # R6 -- Troyes plumbing, no employer nom but entreprise.description; squeeze line breaks
    d = ("Entreprise familiale de plomberie - chauffage basée à Troyes.\n\n"
         "Nous proposons un contrat d'apprentissage pour préparer le CAP Monteur en installations sanitaires.\n\n"
         "Tâches : aide à la pose de sanitaires, de réseaux cuivre et PER, petits dépannages avec le tuteur.\n\n"
         "Permis B apprécié.\n\n"
         "Poste à pourvoir rapidement.")
    o = ft("R6_ft", "Apprenti(e) plombier", d, "2026-03-09", "TROY", "F1603", app="Plombier / Plombière",
           edesc="Entreprise artisanale de 4 personnes, dépannage et rénovation dans l'agglomération troyenne.")
    relay("R6_lba", o, desc=squeeze(d), title="Apprenti(e) Plombier")
    group("relay", ["R6_ft", "R6_lba"], "Troyes plumber, employer name absent on both sides, blank lines removed in the relay.")

    # R7 -- Strasbourg cleaning, pro contract
    d = ("ALSA NET SERVICES recrute en contrat de professionnalisation un agent de propreté H/F pour préparer le CQP Agent "
         "machiniste classique.\n"
         "Lieu : sites tertiaires Strasbourg Wacken et Meinau.\n"
         "Horaires : 6h-9h30 et 17h-20h30 du lundi au vendredi.\n"
         "Missions : dépoussiérage, aspiration, lavage des sols à la monobrosse, vidage des corbeilles, entretien des sanitaires.\n"
         "Durée : 12 mois. Formation prise en charge par l'OPCO.")
    o = ft("R7_ft", "Agent de propreté en contrat de professionnalisation H/F", d, "2026-02-04", "STRAS", "K2204",
           app="Agent / Agente de propreté et d'hygiène", nom="ALSA NET SERVICES", nature="Contrat de professionnalisation",
           months=12, comp=comp("Nettoyer des surfaces", "Utiliser une monobrosse", "Respecter les protocoles d'hygiène"))
    relay("R7_lba", o)
    group("relay", ["R7_ft", "R7_lba"], "Alsa Net Services pro contract relayed unchanged.")

    # R8 -- Nancy cleaning, no employer, relay cut
    d = ("Nous recherchons pour notre client, une entreprise de nettoyage de Nancy, un(e) apprenti(e) agent d'entretien "
         "pour préparer le CAP Propreté de l'environnement urbain - collecte et recyclage. Travail en horaires décalés "
         "(tôt le matin). Vous interviendrez dans des bureaux et des parties communes d'immeubles. Sérieux et ponctualité exigés.")
    o = ft("R8_ft", "Apprenti agent d'entretien (H/F)", d, "2026-03-16", "NANCY", "K2204", app="Agent / Agente d'entretien de locaux")
    relay("R8_lba", o, desc=cut(d, 200))
    group("relay", ["R8_ft", "R8_lba"], "Anonymous Nancy cleaning apprenticeship; relay cut short at ~200 characters.")

    # R9 -- Colmar cheese shop, title re-cased
    d = ("La Fromagerie du Vignoble (rue des Marchands, Colmar) cherche un(e) apprenti(e) vendeur(se) pour préparer le CAP "
         "Équipier polyvalent du commerce.\n"
         "Conseil client, découpe et emballage des fromages, mise en place de la vitrine, encaissement.\n"
         "Travail le samedi. Fermé le dimanche après-midi et le lundi.\n"
         "Passionné(e) par les produits du terroir ? Contactez-nous !")
    o = ft("R9_ft", "APPRENTI(E) VENDEUR(SE) EN FROMAGERIE", d, "2026-03-04", "COLM", "D1106",
           app="Vendeur / Vendeuse en crèmerie", nom="FROMAGERIE DU VIGNOBLE", qual=qual("Sens de la communication", "Curiosité"))
    relay("R9_lba", o, title="Apprenti(e) Vendeur(se) En Fromagerie")
    group("relay", ["R9_ft", "R9_lba"], "Colmar cheese shop: title re-cased on LBA.")

    # R10 -- Reims primeur/épicerie, whitespace changed, extra rome
    d = ("Magasin de produits frais (fruits, légumes, crèmerie) à Reims, quartier Clairmarais.\n"
         "Nous recrutons un(e) apprenti(e) vendeur en alimentation.\n\n"
         "Vos missions :\n"
         "  - réception des livraisons\n"
         "  - mise en rayon et rotation des produits\n"
         "  - conseil et service à la clientèle\n"
         "  - tenue de la caisse\n\n"
         "Contrat de 24 mois, CAP Équipier polyvalent du commerce.")
    o = ft("R10_ft", "Apprenti vendeur en alimentation H/F", d, "2026-02-25", "REIMS", "D1106",
           app="Vendeur / Vendeuse en alimentation générale", nom="MARCHE FRAIS DES SACRES", upd=7)
    relay("R10_lba", o, desc=flatten(d), romes=["D1106", "D1505"])
    group("relay", ["R10_ft", "R10_lba"], "Reims fresh-food shop: relay with flattened whitespace and extra ROME D1505.")

    # R11 -- Troyes boulangerie-pâtisserie, extra rome
    d = ("Aux Délices Troyens 🥐 recrute un(e) apprenti(e) boulanger-pâtissier !\n"
         "Vous préparerez un CAP Boulanger (ou une mention complémentaire) au sein d'une équipe jeune et dynamique.\n"
         "Fabrication du pain, des viennoiseries et de quelques pâtisseries simples.\n"
         "Horaires du matin, 2 week-ends sur 3.")
    o = ft("R11_ft", "Apprenti(e) boulanger-pâtissier(ère)", d, "2026-03-11", "TROY", "D1102",
           app="Boulanger-pâtissier / Boulangère-pâtissière", nom="AUX DELICES TROYENS")
    relay("R11_lba", o, romes=["D1102", "D1104"])
    group("relay", ["R11_ft", "R11_lba"], "Troyes bakery relayed with extra ROME D1104.")

    # R12 -- Thionville garage, name missing on LBA, cut
    d = ("THIONVILLE AUTO SERVICES, centre d'entretien rapide (pneus, vidange, freins, échappement), recherche un(e) "
         "apprenti(e) mécanicien(ne) pour un CAP Maintenance des véhicules. Formation en alternance au CFA de la "
         "Moselle (2 semaines entreprise / 1 semaine école). Vous serez formé(e) sur l'ensemble des prestations de "
         "l'atelier et à l'accueil de la clientèle. Poste basé zone commerciale Linkling.")
    o = ft("R12_ft", "Apprenti mécanicien entretien rapide H/F", d, "2026-04-01", "THIO", "I1604",
           nom="THIONVILLE AUTO SERVICES")
    relay("R12_lba", o, desc=cut(d, 260), name=None)
    group("relay", ["R12_ft", "R12_lba"], "Thionville fast-fit centre: relay cut short and without employer name.")


# =========================================================================== CROSS POSTS (12, two with a relay)
def build_cross():
    # C1 -- brand on FT, legal name on LBA; heavy rewrite
    d = ("Le Fournil de Marie, boulangerie de quartier à Strasbourg-Neudorf, forme chaque année des apprentis.\n"
         "Pour la rentrée 2026 nous cherchons un(e) apprenti(e) boulanger(ère) en CAP.\n"
         "Au programme : pétrissage, pointage, façonnage des baguettes et pains de campagne, enfournement, "
         "préparation des croissants et pains au chocolat, nettoyage du poste.\n"
         "Horaires de nuit (3h30-10h30), 5 jours sur 7 dont le samedi.\n"
         "Nous demandons de la ponctualité et l'envie d'apprendre, aucune expérience requise.")
    ft("C1_ft", "Apprenti boulanger / boulangère CAP", d, "2026-02-12", "STRAS", "D1102",
       nom="LE FOURNIL DE MARIE", comp=comp("Pétrir une pâte", "Façonner des pâtons", "Enfourner des produits"), upd=2)
    d2 = ("Contrat d'apprentissage CAP boulanger. Fabrication du pain et des viennoiseries dans notre fournil de la route "
          "du Polygone. Travail tôt le matin, samedi inclus. Débutants bienvenus.")
    lba("C1_lba", "offres_emploi_lba", "Boulanger / Boulangère", d2, "2026-02-18", "STRAS", ["D1102"],
        name="KIEFFER ET FILS", legal="KIEFFER ET FILS", brand=None, addr="118 ROUTE DU POLYGONE 67100 STRASBOURG",
        diploma="3", size="6-9", start="2026-09-01",
        acquire=["Production, Fabrication: Pétrir et façonner une pâte", "Production, Fabrication: Contrôler la cuisson des produits"])
    group("cross_post", ["C1_ft", "C1_lba"], "Same bakery: brand 'Le Fournil de Marie' on FT, legal name 'KIEFFER ET FILS' (no brand) on LBA; "
          "Neudorf = route du Polygone; heavy rewrite, LBA text much shorter; 6 days apart.")

    # C2 -- Boulangerie Muller vendeuse, light rewrite
    d = ("La Boulangerie Pâtisserie Muller (place de Zurich, Strasbourg) recrute un(e) apprenti(e) vendeur(se).\n"
         "Missions : accueil et conseil de la clientèle, mise en place des vitrines, encaissement, emballage des commandes "
         "(gâteaux, buffets), entretien du magasin.\n"
         "Formation : CAP Équipier polyvalent du commerce, 2 ans.\n"
         "Vous travaillerez un week-end sur deux.")
    ft("C2_ft", "Apprenti(e) vendeur(se) en boulangerie-pâtisserie", d, "2026-02-20", "STRAS", "D1106",
       app="Vendeur / Vendeuse en boulangerie-pâtisserie", nom="Boulangerie Pâtisserie Muller")
    d2 = ("Boulangerie Muller, place de Zurich à Strasbourg, recrute un(e) apprenti(e) vendeur(se) !\n"
          "Missions : accueil et conseil de la clientèle, mise en place des vitrines, encaissement, emballage des commandes, "
          "entretien du magasin.\n"
          "Vous travaillerez un week-end sur deux. Le sourire est indispensable :)\n"
          "Formation : CAP Équipier polyvalent du commerce, 2 ans.")
    lba("C2_lba", "offres_emploi_lba", "Vendeur / Vendeuse en boulangerie-pâtisserie", d2, "2026-02-24", "STRAS", ["D1106"],
        name="SARL MULLER PATISSERIE", brand="Boulangerie Muller", legal="SARL MULLER PATISSERIE",
        addr="3 PL DE ZURICH 67000 STRASBOURG", diploma="3", size="10-19", start="2026-09-01",
        desired=["Sens du service client", "Présentation soignée"])
    group("cross_post", ["C2_ft", "C2_lba"], "Muller bakery, place de Zurich: light rewrite (sentence added, order changed); legal name vs brand.")

    # C3 -- Metz garage, FT has no employer name; heavy rewrite
    d = ("Garage indépendant à Metz (quartier de la Seille) recherche apprenti mécanicien H/F.\n"
         "Préparation du CAP Maintenance des véhicules automobiles.\n"
         "Vous réaliserez sous tutelle : révisions, freinage, amortisseurs, pneumatiques, recherche de pannes simples.\n"
         "Ambiance familiale, atelier de 4 ponts.")
    ft("C3_ft", "Apprenti mécanicien H/F", d, "2026-03-03", "METZ", "I1604")
    d2 = ("Le Garage de la Seille accueille un(e) jeune en apprentissage pour l'accompagner jusqu'au CAP MV.\n\n"
          "Ce que vous apprendrez chez nous :\n"
          "• l'entretien courant des voitures de nos clients (vidanges, filtres, courroies)\n"
          "• le remplacement des éléments de freinage et de suspension\n"
          "• le montage des pneus\n"
          "• les premiers diagnostics électroniques\n\n"
          "Nous sommes une petite équipe de 5 personnes, rue Mazelle. Le tuteur a 20 ans de métier.")
    lba("C3_lba", "offres_emploi_lba", "Mécanicien / Mécanicienne automobile", d2, "2026-03-10", "METZ", ["I1604"],
        name="GARAGE DE LA SEILLE SARL", brand="Garage de la Seille", legal="GARAGE DE LA SEILLE SARL",
        addr="41 RUE MAZELLE 57000 METZ", diploma="3", size="3-5",
        acquire=["Maintenance: Réaliser l'entretien d'un véhicule", "Maintenance: Diagnostiquer une panne simple"])
    group("cross_post", ["C3_ft", "C3_lba"], "Garage de la Seille, Metz: no employer name on FT; texts rewritten; 7 days apart.")

    # C4 -- Nancy plumbing, FT vs Hellowork, sentence added
    d = ("La SARL Plomberie Etienne, implantée à Nancy depuis 2004, recherche un apprenti plombier chauffagiste (H/F) "
         "en CAP ou BP.\n"
         "Vous participerez à l'installation de salles de bains, au remplacement de chaudières et aux interventions de dépannage.\n"
         "Nous intervenons principalement sur Nancy et sa première couronne.")
    ft("C4_ft", "Apprenti plombier chauffagiste (H/F)", d, "2026-03-05", "NANCY", "F1603",
       app="Plombier chauffagiste / Plombière chauffagiste", nom="SARL PLOMBERIE ETIENNE")
    d2 = ("La SARL Plomberie Étienne, implantée à Nancy depuis 2004, recherche un apprenti plombier chauffagiste (H/F) "
          "en CAP ou BP.\n"
          "Vous participerez à l'installation de salles de bains, au remplacement de chaudières et aux interventions de dépannage.\n"
          "Nous intervenons principalement sur Nancy et sa première couronne.\n"
          "Avantages : tenue de travail fournie, outillage personnel offert à la signature du contrat.")
    lba("C4_lba", "Hellowork", "Apprenti Plombier Chauffagiste H/F", d2, "2026-03-08", "NANCY", ["F1603"],
        name="Plomberie Étienne", brand="Plomberie Étienne", legal="SARL PLOMBERIE ETIENNE",
        addr="27 rue de la Commanderie, 54000 Nancy", size="6-9")
    group("cross_post", ["C4_ft", "C4_lba"], "Plomberie Etienne on FT and Hellowork: same text with a sentence added; accents differ.")

    # C5 -- Metz cleaning, LBA much shorter and generic
    d = ("PROPRETE LORRAINE SERVICES, entreprise de propreté de 120 salariés implantée à Metz-Borny, recrute un(e) "
         "agent(e) de propreté en contrat de professionnalisation (TP Agent de propreté et d'hygiène).\n\n"
         "Vous interviendrez en équipe sur des sites de santé (cliniques, EHPAD) de l'agglomération messine :\n"
         "- bio-nettoyage des chambres et des blocs\n"
         "- entretien des circulations et des sanitaires\n"
         "- gestion des déchets selon les protocoles\n"
         "- traçabilité des prestations\n\n"
         "Horaires : 7h-14h, un week-end sur trois.\n"
         "Permis B souhaité pour se rendre sur les sites.")
    ft("C5_ft", "Agent de propreté et d'hygiène en alternance (H/F)", d, "2026-02-09", "METZ", "K2204",
       nom="PROPRETE LORRAINE SERVICES", nature="Contrat de professionnalisation", months=12,
       comp=comp("Bio-nettoyage", "Trier les déchets", "Appliquer un protocole d'hygiène"), qual=qual("Rigueur", "Autonomie"))
    d2 = ("Réalise le nettoyage et le bio-nettoyage de locaux de santé selon les protocoles d'hygiène. Contrat de "
          "professionnalisation, sites de l'agglomération de Metz.")
    lba("C5_lba", "offres_emploi_lba", "Agent / Agente de propreté et d'hygiène", d2, "2026-02-13", "METZ", ["K2204"],
        name="PROPRETE LORRAINE SERVICES", legal="PROPRETE LORRAINE SERVICES", brand="Propreté Lorraine Services",
        addr="9 RUE DE LA MIRABELLE 57070 METZ", ctype=["Professionnalisation"], duration=12, size="100-199", diploma="3")
    group("cross_post", ["C5_ft", "C5_lba"], "Propreté Lorraine Services health-site cleaner; LBA text is a short generic rewrite.")

    # C6 -- Nancy bakery: order changed
    d = ("Maison Grandjean - boulangerie, pâtisserie, chocolaterie - rue Saint-Jean à Nancy.\n"
         "Nous recrutons un apprenti boulanger (H/F) pour septembre.\n"
         "Profil : motivé, ponctuel, aimant le travail bien fait.\n"
         "Missions : fabrication des pains de tradition et des pains spéciaux, viennoiserie, mise en place du magasin le matin.\n"
         "CAP en 2 ans ou en 1 an après un bac.")
    ft("C6_ft", "Apprenti boulanger (H/F)", d, "2026-03-12", "NANCY", "D1102", nom="MAISON GRANDJEAN")
    d2 = ("Nous recrutons un apprenti boulanger (H/F) pour septembre, dans notre boutique de la rue Saint-Jean à Nancy.\n"
          "Missions : fabrication des pains de tradition et des pains spéciaux, viennoiserie, mise en place du magasin le matin.\n"
          "CAP en 2 ans ou en 1 an après un bac.\n"
          "Profil : motivé, ponctuel, aimant le travail bien fait.")
    lba("C6_lba", "offres_emploi_lba", "Boulanger / Boulangère", d2, "2026-03-20", "NANCY", ["D1102"],
        name="GRANDJEAN BOULANGERIE SAS", brand="Maison Grandjean", legal="GRANDJEAN BOULANGERIE SAS",
        addr="52 RUE SAINT-JEAN 54000 NANCY", diploma="3", size="20-49", start="2026-09-01")
    group("cross_post", ["C6_ft", "C6_lba"], "Maison Grandjean rue Saint-Jean: paragraphs re-ordered; brand vs legal name.")

    # C7 -- Metz greengrocer FT vs Meteojob, 15 days apart
    d = ("Le Primeur du Sablon recherche un(e) apprenti(e) vendeur(se) en fruits et légumes.\n"
         "Réception de la marchandise à 6h, mise en place de l'étal, conseil client, pesée et encaissement.\n"
         "CAP Équipier polyvalent du commerce. Magasin ouvert du mardi au dimanche midi.")
    ft("C7_ft", "Apprenti vendeur fruits et légumes H/F", d, "2026-03-18", "METZ", "D1106",
       app="Vendeur / Vendeuse en fruits et légumes", nom="PRIMEUR DU SABLON")
    d2 = ("Vous aimez les bons produits ? Le Primeur du Sablon (Metz) vous forme au métier de vendeur primeur.\n"
          "Vos journées : réception des arrivages tôt le matin, installation de l'étal, conseils aux clients, pesée, caisse.\n"
          "Diplôme préparé : CAP EPC. Ouverture du mardi au dimanche midi.\n"
          "Une vraie équipe, des produits de saison et locaux.")
    lba("C7_lba", "Meteojob", "Apprenti Vendeur Primeur (H/F)", d2, "2026-04-02", "METZ", ["D1106"],
        name="LE PRIMEUR DU SABLON", brand=None, legal="LE PRIMEUR DU SABLON", addr="Avenue de Strasbourg, 57070 Metz",
        size="3-5")
    group("cross_post", ["C7_ft", "C7_lba"], "Primeur du Sablon on FT and Meteojob, 15 days apart, rewritten.")

    # C8 -- Strasbourg garage, same day, heavy rewrite
    d = ("GARAGE ROTH AUTOMOBILES - concession multimarques, Strasbourg Port du Rhin.\n"
         "Nous cherchons un apprenti mécanicien automobile H/F préparant le CAP Maintenance des véhicules.\n"
         "Vous serez intégré(e) à l'atelier mécanique (8 compagnons) et formé(e) à l'entretien et à la réparation des "
         "véhicules légers : révisions constructeur, freinage, embrayage, distribution, climatisation.\n"
         "Qualités attendues : sérieux, soin, goût du travail en équipe.")
    ft("C8_ft", "Apprenti mécanicien automobile - CAP (H/F)", d, "2026-02-26", "STRAS", "I1604",
       nom="GARAGE ROTH AUTOMOBILES", comp=comp("Réaliser une révision constructeur", "Remplacer un embrayage", "Contrôler un circuit de freinage"),
       qual=qual("Travail en équipe", "Rigueur"))
    d2 = ("Entretien et réparation de véhicules légers en atelier. Alternance CAP MV. Atelier de la route du Rhin.")
    lba("C8_lba", "offres_emploi_lba", "Mécanicien / Mécanicienne de maintenance automobile", d2, "2026-02-26", "STRAS", ["I1604"],
        name="ROTH AUTOMOBILES", brand=None, legal="ROTH AUTOMOBILES", addr="205 ROUTE DU RHIN 67100 STRASBOURG",
        diploma="3", size="20-49", acquire=["Maintenance: Réaliser l'entretien d'un véhicule"])
    group("cross_post", ["C8_ft", "C8_lba"], "Roth Automobiles CAP mechanic, same day; LBA text is one short line.")

    # C9 -- triple: Colmar heating, FT + LBA own + FT relay
    d = ("ECKERT CHAUFFAGE SANITAIRE - Colmar\n"
         "Entreprise de 22 personnes spécialisée dans les énergies renouvelables (pompes à chaleur, solaire thermique, "
         "chaudières granulés).\n\n"
         "Nous recrutons un(e) apprenti(e) chauffagiste pour préparer le BP Monteur en installations de génie climatique "
         "et sanitaire.\n\n"
         "Vous travaillerez en binôme avec un chef d'équipe sur des chantiers neufs et de rénovation.\n"
         "Vous apprendrez la lecture de plans, le façonnage et le raccordement des tubes, la mise en service des appareils.\n\n"
         "Horaires : 7h30 - 16h30 du lundi au vendredi.")
    o = ft("C9_ft", "Apprenti(e) chauffagiste BP H/F", d, "2026-03-23", "COLM", "F1603", app="Chauffagiste",
           nom="ECKERT CHAUFFAGE SANITAIRE", comp=comp("Lire un plan", "Façonner des tubes", "Mettre en service une installation"))
    relay("C9_rel", o, desc=cut(d, 420), romes=["F1603", "I1308"])
    d2 = ("Chez Eckert, on installe des pompes à chaleur, du solaire et des chaudières à granulés depuis 30 ans.\n"
          "Nous proposons un apprentissage de 2 ans (BP génie climatique et sanitaire) à un(e) jeune motivé(e) par la "
          "transition énergétique.\n"
          "Encadrement par un chef d'équipe, chantiers dans le secteur de Colmar.")
    lba("C9_lba", "offres_emploi_lba", "Chauffagiste", d2, "2026-03-27", "COLM", ["F1603"],
        name="ECKERT CHAUFFAGE-SANITAIRE SARL", legal="ECKERT CHAUFFAGE-SANITAIRE SARL", brand="Eckert",
        addr="14 RUE DU LADHOF 68000 COLMAR", diploma="4", size="20-49", start="2026-09-01")
    group("cross_post", ["C9_ft", "C9_rel", "C9_lba"], "Eckert Colmar BP heating apprentice: on FT, relayed by LBA (cut), and posted "
          "directly on LBA with a rewritten text 4 days later.")

    # C10 -- triple: Reims cleaning, FT without name, relay without name, LBA own with name
    d = ("Entreprise de nettoyage rémoise (35 salariés) recherche un apprenti agent de propreté H/F.\n"
         "Diplôme préparé : CAP Agent de propreté et d'hygiène.\n"
         "Interventions dans des bureaux, commerces et copropriétés de Reims.\n"
         "Horaires du matin (5h30 - 10h) et quelques fins de journée.")
    o = ft("C10_ft", "Apprenti agent de propreté H/F", d, "2026-02-05", "REIMS", "K2204")
    relay("C10_rel", o, desc=flatten(d))
    d2 = ("NET'CHAMPAGNE forme un(e) apprenti(e) au CAP Agent de propreté et d'hygiène. Vous entretiendrez bureaux, "
          "commerces et parties communes d'immeubles à Reims, principalement le matin très tôt.")
    lba("C10_lba", "offres_emploi_lba", "Agent / Agente de propreté et d'hygiène", d2, "2026-02-11", "REIMS", ["K2204"],
        name="NET'CHAMPAGNE", legal="NET'CHAMPAGNE", brand=None, addr="8 RUE DE SOISSONS 51100 REIMS", diploma="3", size="20-49")
    group("cross_post", ["C10_ft", "C10_rel", "C10_lba"], "Net'Champagne Reims: anonymous on FT and in the relay, named on LBA; "
          "same job, rewritten, 6 days apart.")

    # C11 -- Mulhouse bakery FT vs Hellowork, 20 days apart, LBA much shorter
    d = ("BOULANGERIE FRITSCH - Mulhouse Rebberg\n"
         "Apprentissage CAP Boulanger.\n"
         "Vous découvrirez toutes les étapes de la fabrication : pétrissage, division, façonnage, cuisson. Nous travaillons "
         "au levain naturel et avec des farines locales.\n"
         "Poste du matin, 35h, du mercredi au dimanche.\n"
         "Débutant(e) accepté(e).")
    ft("C11_ft", "Apprenti boulanger H/F", d, "2026-02-03", "MULH", "D1102", nom="BOULANGERIE FRITSCH")
    lba("C11_lba", "Hellowork", "Apprenti Boulanger (H/F) - Mulhouse",
        "Boulangerie Fritsch, Mulhouse : apprenti(e) CAP boulanger, fabrication au levain naturel, travail du matin.",
        "2026-02-23", "MULH", ["D1102"], name="BOULANGERIE FRITSCH", legal="FRITSCH", brand="Boulangerie Fritsch",
        addr="Rue de la Sinne, 68100 Mulhouse", size="6-9")
    group("cross_post", ["C11_ft", "C11_lba"], "Boulangerie Fritsch on FT and Hellowork, 20 days apart, Hellowork text one line.")

    # C12 -- Troyes épicerie fine, light rewrite
    d = ("Les Halles de l'Aube, épicerie fine et traiteur au cœur de Troyes, recherchent un(e) apprenti(e) vendeur(se).\n"
         "Vous conseillerez nos clients sur les vins, fromages et produits régionaux, préparerez les paniers garnis et "
         "participerez à la mise en valeur du magasin.\n"
         "Formation : Bac pro Métiers du commerce et de la vente.")
    ft("C12_ft", "Apprenti vendeur épicerie fine H/F", d, "2026-03-25", "TROY", "D1106", nom="LES HALLES DE L'AUBE")
    d2 = ("Épicerie fine et traiteur au cœur de Troyes, nous recherchons un(e) apprenti(e) vendeur(se) en Bac pro "
          "Métiers du commerce et de la vente.\n"
          "Vous conseillerez nos clients (vins, fromages, produits régionaux), préparerez les paniers garnis et participerez "
          "à la mise en valeur du magasin. Période de Noël très active !")
    lba("C12_lba", "offres_emploi_lba", "Vendeur / Vendeuse en alimentation générale", d2, "2026-03-30", "TROY", ["D1106"],
        name="SAS HALLES DE L AUBE", legal="SAS HALLES DE L AUBE", brand=None, addr="5 RUE CLAUDE HUEZ 10000 TROYES",
        diploma="4", size="10-19")
    group("cross_post", ["C12_ft", "C12_lba"], "Les Halles de l'Aube, Troyes: light rewrite, 5 days apart.")


# =========================================================================== DOUBLE PULLS (6)
def build_double():
    d = ("Boulangerie Schneider à Haguenau, place d'Armes.\n"
         "Recherche apprenti(e) boulanger(ère) CAP pour la rentrée.\n"
         "Fabrication pains, bretzels, viennoiseries. Horaires de nuit.\n"
         "Fermeture hebdomadaire le mercredi.")
    ft("P1_a", "Apprenti boulanger / boulangère", d, "2026-02-17", "HAGU", "D1102", nom="BOULANGERIE SCHNEIDER")
    ft("P1_b", "Apprenti boulanger / boulangère", d, "2026-03-01", "HAGU", "D1102", nom="BOULANGERIE SCHNEIDER")
    group("double_pull", ["P1_a", "P1_b"], "Schneider Haguenau republished on FT 12 days later, identical text, new id.")

    d = ("Entreprise de propreté recherche apprenti(e) agent(e) de nettoyage pour ses chantiers de bureaux à Strasbourg "
         "(Esplanade). CAP Agent de propreté et d'hygiène. Horaires : 17h30-21h. Début du contrat le 2 mars 2026.")
    d2 = d.replace("Début du contrat le 2 mars 2026.", "Début du contrat dès que possible.")
    ft("P2_a", "Apprenti agent de nettoyage H/F", d, "2026-02-06", "STRAS", "K2204", app="Agent / Agente de nettoyage")
    ft("P2_b", "Apprenti agent de nettoyage H/F", d2, "2026-02-27", "STRAS", "K2204", app="Agent / Agente de nettoyage")
    group("double_pull", ["P2_a", "P2_b"], "Anonymous Strasbourg-Esplanade evening cleaning job republished 3 weeks later; "
          "only the start date sentence changed.")

    d = ("AUTO SERVICES CHAMPENOIS - Reims, Croix-Rouge.\n"
         "Contrat de professionnalisation : mécanicien(ne) automobile, préparation du CQP Technicien expert après-vente.\n"
         "Vous avez déjà un CAP ou un Bac pro maintenance des véhicules.\n"
         "Diagnostic, électricité automobile, réparations complexes.\n"
         "12 mois, 35 h.")
    ft("P3_a", "Mécanicien automobile - contrat de professionnalisation (H/F)", d, "2026-03-06", "REIMS", "I1604",
       nom="AUTO SERVICES CHAMPENOIS", nature="Contrat de professionnalisation", months=12, exp="S")
    ft("P3_b", "Mécanicien automobile - contrat de professionnalisation (H/F)", d, "2026-03-15", "REIMS", "I1604",
       nom="AUTO SERVICES CHAMPENOIS", nature="Contrat de professionnalisation", months=12, exp="S")
    group("double_pull", ["P3_a", "P3_b"], "Auto Services Champenois pro contract republished on FT 9 days later, same text.")

    d = ("La Crèmerie Stanislas, fromager affineur à Nancy, recrute un(e) apprenti(e) vendeur(se) en crèmerie-fromagerie "
         "(CAP Crémier-fromager).\n"
         "Découpe, conseil, préparation des plateaux, tenue du rayon.")
    d2 = d + "\nTravail du mardi au samedi."
    lba("P4_a", "offres_emploi_lba", "Vendeur / Vendeuse en crèmerie", d, "2026-03-09", "NANCY", ["D1106"],
        name="CREMERIE STANISLAS", legal="CREMERIE STANISLAS", addr="7 RUE DES DOMINICAINS 54000 NANCY", diploma="3", size="3-5",
        sir="41528730200018")
    lba("P4_b", "offres_emploi_lba", "Vendeur / Vendeuse en crèmerie", d2, "2026-03-23", "NANCY", ["D1106"],
        name="CREMERIE STANISLAS", legal="CREMERIE STANISLAS", addr="7 RUE DES DOMINICAINS 54000 NANCY", diploma="3", size="3-5",
        sir="41528730200018")
    group("double_pull", ["P4_a", "P4_b"], "Crèmerie Stanislas posted twice on LBA, 2 weeks apart, one sentence added.")

    d = ("Schmitt Plomberie Chauffage recrute un apprenti plombier H/F.\n"
         "Secteur Metz - Devant-les-Ponts. Dépannage, rénovation de salles de bains, entretien de chaudières gaz.\n"
         "CAP Monteur en installations sanitaires.")
    lba("P5_a", "Hellowork", "Apprenti Plombier H/F", d, "2026-04-06", "METZ", ["F1603"], name="SCHMITT PLOMBERIE CHAUFFAGE",
        legal="SCHMITT PLOMBERIE CHAUFFAGE", brand=None, addr="Rue de Thionville, 57050 Metz", sir="53049176800026")
    lba("P5_b", "Hellowork", "Apprenti Plombier H/F", d, "2026-04-11", "METZ", ["F1603"], name="SCHMITT PLOMBERIE CHAUFFAGE",
        legal="SCHMITT PLOMBERIE CHAUFFAGE", brand=None, addr="Rue de Thionville, 57050 Metz", sir="53049176800026")
    group("double_pull", ["P5_a", "P5_b"], "Schmitt Plomberie Chauffage republished by Hellowork 5 days later under a new id.")

    d = ("Pains & Tradition, boulangerie du Neudorf, cherche un(e) apprenti(e) boulanger(ère).\n"
         "Vous apprendrez la panification sur levain, le tourage des croissants et la cuisson au four à sole.\n"
         "CAP Boulanger. Horaires 4h-11h, dimanche travaillé.")
    d2 = ("Pains & Tradition, boulangerie du Neudorf, cherche un(e) apprenti(e) boulanger(ère) !\n"
          "Vous apprendrez la panification sur levain, le tourage des croissants et la cuisson au four à sole.\n"
          "CAP Boulanger. Horaires 4h-11h, dimanche travaillé, repos lundi et mardi.")
    lba("P6_a", "offres_emploi_lba", "Boulanger / Boulangère", d, "2026-02-19", "STRAS", ["D1102"], name="PAINS ET TRADITION",
        legal="PAINS ET TRADITION", brand="Pains & Tradition", addr="61 AVENUE JEAN JAURES 67100 STRASBOURG", diploma="3",
        size="6-9", sir="82215604900011")
    lba("P6_b", "offres_emploi_lba", "Boulanger / Boulangère", d2, "2026-03-19", "STRAS", ["D1102"], name="PAINS ET TRADITION",
        legal="PAINS ET TRADITION", brand="Pains & Tradition", addr="61 AVENUE JEAN JAURES 67100 STRASBOURG", diploma="3",
        size="6-9", sir="82215604900011")
    group("double_pull", ["P6_a", "P6_b"], "Pains & Tradition Neudorf reposted on LBA 4 weeks later, lightly edited.")


# =========================================================================== TRAPS (20)
def build_traps():
    K = "same_employer_other_job"
    # T1 Heitz: baker (R1) vs saleswoman on LBA
    lba("T1_lba", "offres_emploi_lba", "Vendeur / Vendeuse en boulangerie-pâtisserie",
        "La Boulangerie Heitz (Krutenau) recherche un(e) apprenti(e) vendeur(se) : accueil, conseil, encaissement, mise en "
        "place des vitrines de pains et de kougelhopfs. CAP Équipier polyvalent du commerce.",
        "2026-02-13", "STRAS", ["D1106"], name="BOULANGERIE HEITZ", legal="BOULANGERIE HEITZ", addr="22 RUE DE ZURICH 67000 STRASBOURG",
        diploma="3", size="10-19")
    trap(K, ["R1_ft", "T1_lba"], "Same bakery (Heitz, Krutenau), same week, but a sales apprentice (D1106) vs a baker apprentice (D1102).")

    # T2 supermarket Thionville: in-store baker vs produce clerk
    ft("T2_a", "Apprenti boulanger en grande surface H/F",
       "Votre hypermarché de Thionville recherche un apprenti boulanger pour son rayon boulangerie (terminal de cuisson et "
       "fabrication sur place). CAP Boulanger. Horaires du matin, dimanche matin travaillé.",
       "2026-03-13", "THIO", "D1102", nom="HYPER FRAIS THIONVILLE")
    ft("T2_b", "Apprenti employé de rayon fruits et légumes H/F",
       "Votre hypermarché de Thionville recherche un apprenti pour son rayon fruits et légumes : mise en rayon, "
       "fraîcheur des produits, conseil client. CAP Équipier polyvalent du commerce. Horaires du matin.",
       "2026-03-13", "THIO", "D1106", nom="HYPER FRAIS THIONVILLE", app="Vendeur / Vendeuse en fruits et légumes")
    trap(K, ["T2_a", "T2_b"], "Same hypermarket, same day, same template wording, but two departments: bakery vs produce.")

    # T3 Roth: CAP mechanic (C8) vs BTS pro contract
    lba("T3_lba", "offres_emploi_lba", "Mécanicien / Mécanicienne de maintenance automobile",
        "Préparation du BTS Maintenance des véhicules en contrat de professionnalisation : diagnostic électronique, "
        "systèmes hybrides, relation avec la clientèle atelier. Atelier de la route du Rhin.",
        "2026-03-02", "STRAS", ["I1604"], name="ROTH AUTOMOBILES", legal="ROTH AUTOMOBILES", addr="205 ROUTE DU RHIN 67100 STRASBOURG",
        ctype=["Professionnalisation"], diploma="5", size="20-49", duration=24)
    trap(K, ["C8_ft", "C8_lba", "T3_lba"], "Roth Automobiles: the CAP apprentice mechanic vs a separate BTS pro-contract position "
         "(level 5, diagnosis/hybrids) at the same workshop.")

    # T4 national cleaning chain template in three cities
    tpl = ("NETTALIS Propreté, acteur national de la propreté (4 500 collaborateurs), recrute pour son agence de {v} un(e) "
           "apprenti(e) agent(e) de propreté et d'hygiène.\n"
           "Vous préparerez le CAP APH tout en intervenant sur nos sites clients (bureaux, commerces, industrie).\n"
           "Nous vous offrons : tuteur dédié, tenue fournie, remboursement 50 % des transports.\n"
           "Rejoignez-nous !")
    ft("T4_a", "Apprenti(e) agent(e) de propreté - NETTALIS", tpl.format(v="Strasbourg"), "2026-03-02", "STRAS", "K2204",
       nom="NETTALIS PROPRETE")
    ft("T4_b", "Apprenti(e) agent(e) de propreté - NETTALIS", tpl.format(v="Metz"), "2026-03-02", "METZ", "K2204",
       nom="NETTALIS PROPRETE")
    lba("T4_c", "Hellowork", "Apprenti(e) agent(e) de propreté - NETTALIS", tpl.format(v="Reims"), "2026-03-04", "REIMS", ["K2204"],
        name="NETTALIS PROPRETE", legal="NETTALIS PROPRETE", addr="Rue Léon Faucher, 51100 Reims", size="2000-4999")
    trap("chain_template_other_city", ["T4_a", "T4_b", "T4_c"], "National cleaning group, one template text, three agencies "
         "(Strasbourg, Metz, Reims): three different hires.")

    # T5 temp agency template
    tpl = ("INTERALTO Emploi, agence d'emploi, recrute pour l'un de ses clients, garage de la région de {v}, un apprenti "
           "mécanicien automobile (H/F). Contrat d'apprentissage 2 ans, CAP MV. Poste à pourvoir en septembre.")
    ft("T5_a", "Apprenti mécanicien automobile (H/F)", tpl.format(v="Mulhouse"), "2026-03-19", "MULH", "I1604", nom="INTERALTO EMPLOI")
    ft("T5_b", "Apprenti mécanicien automobile (H/F)", tpl.format(v="Nancy"), "2026-03-19", "NANCY", "I1604", nom="INTERALTO EMPLOI")
    trap("chain_template_other_city", ["T5_a", "T5_b"], "Temp agency template, same day, for two client garages in Mulhouse and Nancy.")

    # T6 bakery franchise template in three cities (LBA own, different SIRETs)
    tpl = ("Rejoignez Maison Brioche d'Or ! Notre boutique de {v} recherche un(e) apprenti(e) vendeur(se) en "
           "boulangerie-pâtisserie : accueil, vente, mise en place, respect des normes d'hygiène.")
    for k, v, com, adr in (("T6_a", "Metz", "METZ", "CENTRE COMMERCIAL MUSE 57000 METZ"),
                           ("T6_b", "Reims", "REIMS", "12 PLACE DROUET D ERLON 51100 REIMS"),
                           ("T6_c", "Colmar", "COLM", "3 RUE DES CLEFS 68000 COLMAR")):
        lba(k, "offres_emploi_lba", "Vendeur / Vendeuse en boulangerie-pâtisserie", tpl.format(v=v), "2026-04-08", com, ["D1106"],
            name="BRIOCHE D'OR %s" % v.upper(), brand="Maison Brioche d'Or", legal="BRIOCHE D'OR %s" % v.upper(), addr=adr,
            diploma="3", size="10-19")
    trap("chain_template_other_city", ["T6_a", "T6_b", "T6_c"], "Bakery franchise: one template, three shops (Metz, Reims, Colmar), "
         "each its own SIRET.")

    # T7 Grandjean second shop in Vandoeuvre
    lba("T7_lba", "offres_emploi_lba", "Boulanger / Boulangère",
        "Nous recrutons un apprenti boulanger (H/F) pour septembre dans notre boutique de Vandœuvre (boulevard de l'Europe). "
        "Fabrication des pains de tradition, viennoiserie. CAP en 2 ans.",
        "2026-03-20", "VAND", ["D1102"], name="GRANDJEAN BOULANGERIE SAS", brand="Maison Grandjean", legal="GRANDJEAN BOULANGERIE SAS",
        addr="31 BOULEVARD DE L EUROPE 54500 VANDOEUVRE-LES-NANCY", diploma="3", size="20-49", start="2026-09-01")
    trap("same_employer_other_site", ["C6_ft", "C6_lba", "T7_lba"], "Maison Grandjean hires one apprentice per shop: Nancy rue Saint-Jean "
         "vs Vandœuvre, posted the same day on LBA with near-identical text.")

    # T8 Walter second site Colmar
    ft("T8_ft", "Apprenti mécanicien automobile (H/F)",
       "GARAGE WALTER & FILS ouvre un second atelier à Colmar (zone Nord) et recrute un(e) apprenti(e) mécanicien(ne) en CAP "
       "Maintenance des véhicules. Vidanges, freinage, pneumatiques, préparation au contrôle technique.",
       "2026-03-24", "COLM", "I1604", nom="GARAGE WALTER ET FILS")
    trap("same_employer_other_site", ["R3_ft", "T8_ft"], "Walter garage: Mulhouse workshop vs new Colmar workshop, two hires.")

    # T9 Eckert second site Sélestat
    lba("T9_lba", "offres_emploi_lba", "Chauffagiste",
        "Chez Eckert, on installe des pompes à chaleur et des chaudières à granulés. Pour notre agence de Sélestat, nous "
        "proposons un apprentissage BP génie climatique et sanitaire.",
        "2026-03-27", "SELE", ["F1603"], name="ECKERT CHAUFFAGE-SANITAIRE SARL", legal="ECKERT CHAUFFAGE-SANITAIRE SARL",
        brand="Eckert", addr="2 RUE DE L INDUSTRIE 67600 SELESTAT", diploma="4", size="20-49", start="2026-09-01")
    trap("same_employer_other_site", ["C9_lba", "T9_lba"], "Eckert posted the same day for Colmar and for its Sélestat agency (other SIRET/commune).")

    # T10 Muller vs Müller & Fils (different businesses, Strasbourg)
    ft("T10_ft", "Vendeur(se) en boulangerie - apprentissage",
       "Boulangerie Müller & Fils, route de Schirmeck (Strasbourg-Montagne Verte), recrute un(e) apprenti(e) vendeur(se). "
       "Accueil, vente, encaissement, mise en place. CAP EPC.",
       "2026-02-21", "STRAS", "D1106", app="Vendeur / Vendeuse en boulangerie-pâtisserie", nom="BOULANGERIE MÜLLER & FILS")
    trap("similar_name_other_employer", ["C2_ft", "T10_ft"], "Two different bakeries in Strasbourg with near-identical names "
         "(Muller, place de Zurich vs Müller & Fils, route de Schirmeck), same kind of job one day apart.")

    # T11 Plomberie Schmitt vs Schmitt Plomberie Chauffage (Metz)
    ft("T11_ft", "Apprenti plombier (H/F)",
       "Plomberie Schmitt, artisan à Metz-Queuleu, forme un apprenti plombier (CAP MIS). Dépannage et rénovation chez les "
       "particuliers. Permis B apprécié.",
       "2026-04-07", "METZ", "F1603", app="Plombier / Plombière", nom="PLOMBERIE SCHMITT")
    trap("similar_name_other_employer", ["T11_ft", "P5_a"], "'Plomberie Schmitt' (Queuleu) and 'Schmitt Plomberie Chauffage' "
         "(Devant-les-Ponts) are two different firms in Metz.")

    # T12 Garage du Centre vs Garage Centre Auto, Nancy
    ft("T12_ft", "Apprenti mécanicien H/F", "Garage du Centre, Nancy. Apprenti mécanicien CAP. Entretien, réparations. Débutant accepté.",
       "2026-03-26", "NANCY", "I1604", nom="GARAGE DU CENTRE")
    lba("T12_lba", "offres_emploi_lba", "Mécanicien / Mécanicienne automobile",
        "Apprenti mécanicien CAP. Entretien et réparations toutes marques. Débutant accepté.",
        "2026-03-28", "NANCY", ["I1604"], name="GARAGE CENTRE AUTO", legal="GARAGE CENTRE AUTO", brand=None,
        addr="140 RUE DE LA REPUBLIQUE 54000 NANCY", diploma="3", size="3-5")
    trap("similar_name_other_employer", ["T12_ft", "T12_lba"], "Garage du Centre and Garage Centre Auto are two businesses in Nancy; "
         "both texts are short and generic.")

    # T13 Propreté Lorraine Services vs Lorraine Propreté Service (Metz)
    ft("T13_ft", "Agent de propreté en alternance (H/F)",
       "LORRAINE PROPRETE SERVICE recrute en contrat de professionnalisation un agent de propreté (H/F) pour ses chantiers "
       "de bureaux à Metz Technopôle. Horaires de soirée 18h-21h30. Machines : autolaveuse, monobrosse.",
       "2026-02-11", "METZ", "K2204", nom="LORRAINE PROPRETE SERVICE", nature="Contrat de professionnalisation", months=12)
    trap("similar_name_other_employer", ["C5_ft", "T13_ft"], "Lorraine Propreté Service (offices, evenings, Technopôle) is not "
         "Propreté Lorraine Services (health sites, mornings, Borny).")

    # T14 two anonymous cleaning offers in Strasbourg
    ft("T14_ft", "Apprenti agent de nettoyage H/F",
       "Entreprise de propreté recherche apprenti(e) agent(e) de nettoyage pour des commerces du centre-ville de Strasbourg "
       "(Grand'Rue). CAP Agent de propreté et d'hygiène. Horaires : 6h-9h30.",
       "2026-02-10", "STRAS", "K2204", app="Agent / Agente de nettoyage")
    trap("same_place_similar_text", ["P2_a", "T14_ft"], "Two anonymous Strasbourg cleaning apprenticeships with the same wording "
         "but different sites (Esplanade offices vs Grand'Rue shops) and hours (evening vs early morning).")

    # T15 Metz bakery anonymous (R2) vs Au Pain Messin generic LBA
    lba("T15_lba", "offres_emploi_lba", "Boulanger / Boulangère",
        "Prépare et façonne les pâtes à pain et les viennoiseries, assure la cuisson et la présentation des produits.",
        "2026-02-17", "METZ", ["D1102"], name="AU PAIN MESSIN", legal="AU PAIN MESSIN", addr="4 RUE DU PALAIS 57000 METZ",
        diploma="3", size="3-5")
    trap("same_place_similar_text", ["R2_ft", "R2_lba", "T15_lba"], "Anonymous Metz bakery apprenticeship vs 'Au Pain Messin' "
         "(rue du Palais), a different bakery posting a generic definition text the next day.")

    # T16 two Strasbourg bakeries with the identical ROME-definition text
    gen = ("Prépare et façonne les pâtes à pain et les viennoiseries, assure la cuisson et la présentation des produits selon "
           "les règles d'hygiène et de sécurité alimentaires.")
    lba("T16_a", "offres_emploi_lba", "Boulanger / Boulangère", gen, "2026-03-03", "STRAS", ["D1102"], name="BOULANGERIE KOENIG",
        legal="BOULANGERIE KOENIG", addr="9 RUE DU FAUBOURG DE PIERRE 67000 STRASBOURG", diploma="3", size="3-5")
    lba("T16_b", "offres_emploi_lba", "Boulanger / Boulangère", gen, "2026-03-05", "STRAS", ["D1102"], name="LE PETIT FOURNIL",
        legal="SARL BRAUN", brand="Le Petit Fournil", addr="47 ROUTE DE LA WANTZENAU 67000 STRASBOURG", diploma="3", size="6-9")
    trap("same_place_similar_text", ["T16_a", "T16_b"], "Two different Strasbourg bakeries (different SIRETs and streets) whose "
         "LBA offers carry the same ROME-definition text.")

    # T17 re-hire Fritsch (Feb -> Sept)
    ft("T17_ft", "Apprenti boulanger H/F",
       "BOULANGERIE FRITSCH - Mulhouse Rebberg\nApprentissage CAP Boulanger, rentrée 2027.\nVous découvrirez toutes les étapes de "
       "la fabrication : pétrissage, division, façonnage, cuisson. Nous travaillons au levain naturel et avec des farines locales.\n"
       "Poste du matin, 35h, du mercredi au dimanche.\nDébutant(e) accepté(e).",
       "2026-09-14", "MULH", "D1102", nom="BOULANGERIE FRITSCH")
    trap("rehire_after_6_months", ["C11_ft", "T17_ft"], "Fritsch hires its next apprentice seven months later (Sept 2026 for 2027): "
         "a new hire, not a repost.")

    # T18 re-hire Garage de la Seille (March -> October)
    lba("T18_lba", "offres_emploi_lba", "Mécanicien / Mécanicienne automobile",
        "Le Garage de la Seille accueille un(e) jeune en apprentissage pour l'accompagner jusqu'au CAP MV. Entretien courant, "
        "freinage, suspension, pneus. Petite équipe rue Mazelle.",
        "2026-10-12", "METZ", ["I1604"], name="GARAGE DE LA SEILLE SARL", brand="Garage de la Seille", legal="GARAGE DE LA SEILLE SARL",
        addr="41 RUE MAZELLE 57000 METZ", diploma="3", size="3-5")
    trap("rehire_after_6_months", ["C3_lba", "T18_lba"], "Garage de la Seille posts again in October 2026, seven months after the "
         "March offer: second apprentice.")

    # T19 re-hire Alsa Net (Feb -> Sept)
    ft("T19_ft", "Agent de propreté en contrat de professionnalisation H/F",
       "ALSA NET SERVICES recrute en contrat de professionnalisation un agent de propreté H/F (CQP Agent machiniste classique).\n"
       "Lieu : sites tertiaires Strasbourg Wacken.\nHoraires : 6h-9h30 et 17h-20h30.\nDurée : 12 mois.",
       "2026-09-08", "STRAS", "K2204", nom="ALSA NET SERVICES", nature="Contrat de professionnalisation", months=12,
       app="Agent / Agente de propreté et d'hygiène")
    trap("rehire_after_6_months", ["R7_ft", "R7_lba", "T19_ft"], "Alsa Net Services: the February pro contract (12 months) and a new "
         "one in September, seven months later.")

    # T20 Plomberie Etienne: apprentice vs experienced CDI
    ft("T20_ft", "Plombier chauffagiste confirmé (H/F) - CDI",
       "SARL Plomberie Etienne (Nancy) recherche un plombier chauffagiste confirmé, 3 ans d'expérience minimum, autonome "
       "sur chantier et en dépannage. CDI 39h, véhicule de service.",
       "2026-03-05", "NANCY", "F1603", nom="SARL PLOMBERIE ETIENNE", app="Plombier chauffagiste / Plombière chauffagiste",
       nature="Contrat travail", typ="CDI", exp="E", sal={"libelle": "Mensuel de 2300.00 Euros à 2700.00 Euros sur 12 mois"})
    trap(K, ["C4_ft", "T20_ft"], "Plomberie Etienne, same day: an apprentice vs an experienced plumber on a CDI.")


# =========================================================================== DISTINCT OFFERS (fillers)
FT_FILL = [
    # (commune, rome, title, nom or None, text, day, nature)
    ("STRAS", "D1102", "Apprenti boulanger H/F", None, "Boulangerie à Strasbourg Cronenbourg cherche apprenti boulanger CAP. Travail de nuit.", "2026-02-24", "A"),
    ("STRAS", "D1102", "Boulanger H/F", "BOULANGERIE SCHAEFFER", "Boulangerie Schaeffer (Robertsau) recherche boulanger confirmé, CDI temps plein, production pains et viennoiseries.", "2026-03-10", "CDI"),
    ("STRAS", "D1106", "Vendeur en boulangerie (H/F)", None, "vendeuse / vendeur en boulangerie, apprentissage CAP, strasbourg gare. week end travaillé", "2026-03-17", "A"),
    ("STRAS", "K2204", "Agent d'entretien H/F", "CLEAN ALSACE", "Clean Alsace recherche un agent d'entretien en CDD 6 mois, 20h/semaine, bureaux quartier Wacken.", "2026-03-09", "CDD"),
    ("STRAS", "K2204", "Apprenti agent de propreté H/F", "RHIN PROPRETE", "Rhin Propreté forme un apprenti au CAP APH. Chantiers de copropriétés à Strasbourg Koenigshoffen. Horaires du matin.", "2026-04-13", "A"),
    ("STRAS", "I1604", "Apprenti mécanicien H/F", None, "Centre auto Strasbourg Meinau : apprenti mécanicien entretien rapide (pneus, vidanges). CAP MV.", "2026-04-15", "A"),
    ("STRAS", "F1603", "Apprenti chauffagiste H/F", "ALSACLIM", "Alsaclim, spécialiste climatisation et PAC, prend un apprenti BP. Chantiers Eurométropole.", "2026-02-16", "A"),
    ("STRAS", "D1106", "Apprenti vendeur en épicerie H/F", "EPICERIE DU MARCHE GAYOT", "Épicerie fine du marché Gayot. Apprentissage Bac pro Commerce. Conseil, mise en rayon, caisse.", "2026-04-20", "A"),
    ("METZ", "D1102", "Apprenti boulanger H/F", None, "Boulangerie Metz Sablon recherche apprenti. CAP boulanger. Débutant accepté.", "2026-03-04", "A"),
    ("METZ", "D1106", "Apprentie vendeuse en boulangerie H/F", "LA MIE DE SAINT-LOUIS", "La Mie de Saint-Louis, place Saint-Louis à Metz.\nApprenti(e) vendeur(se).\nAccueil, conseil, encaissement.", "2026-02-19", "A"),
    ("METZ", "K2204", "Agent de propreté H/F", None, "Société de nettoyage Metz recherche agent de propreté, contrat de professionnalisation, horaires de soirée.", "2026-03-31", "P"),
    ("METZ", "I1604", "Mécanicien automobile H/F", "MOSELLE PNEUS SERVICES", "Moselle Pneus Services recrute un mécanicien automobile confirmé en CDI. Autonomie sur diagnostic exigée.", "2026-03-20", "CDI"),
    ("MONT", "F1603", "Apprenti plombier H/F", "SANITHERM MONTIGNY", "Sanitherm, Montigny-lès-Metz : apprenti plombier chauffagiste CAP. Salles de bains, chaudières.", "2026-04-09", "A"),
    ("METZ", "F1603", "Apprenti plombier chauffagiste", None, "apprenti plombier chauffagiste H/F - Metz - CAP ou BP - dépannage et installation", "2026-04-21", "A"),
    ("NANCY", "D1102", "Apprenti boulanger H/F", "BOULANGERIE DES TROIS MAISONS", "Boulangerie des Trois Maisons, Nancy : apprenti boulanger CAP, fabrication pains et viennoiseries.", "2026-02-26", "A"),
    ("NANCY", "D1106", "Vendeur en alimentation H/F", None, "Supérette Nancy centre recherche apprenti vendeur, mise en rayon, caisse, conseil client.", "2026-03-27", "A"),
    ("NANCY", "K2204", "Agent de nettoyage H/F", "NANCY NET", "Nancy Net recherche agent de nettoyage, CDD 3 mois, remplacement congé maternité, 25h/semaine.", "2026-04-03", "CDD"),
    ("NANCY", "K2204", "Apprenti agent de propreté H/F", None, "Entreprise de nettoyage, Nancy. Apprenti CAP APH. Bureaux et écoles. Horaires 16h-20h.", "2026-04-14", "A"),
    ("VAND", "I1604", "Apprenti mécanicien H/F", "GARAGE DU VERT-BOIS", "Garage du Vert-Bois (Vandœuvre) : apprenti mécanicien CAP MV, toutes marques.", "2026-02-13", "A"),
    ("ILLK", "I1604", "Apprenti mécanicien poids légers H/F", "ILLKIRCH AUTOMOBILES", "Illkirch Automobiles, concession, recherche apprenti mécanicien Bac pro MV. 🚗 Équipe de 12, atelier moderne.", "2026-03-30", "A"),
    ("SCHIL", "D1102", "Apprenti boulanger H/F", "BOULANGERIE DE LA BRASSERIE", "Boulangerie de la Brasserie à Schiltigheim.\nApprenti boulanger CAP. Horaires de nuit.", "2026-02-09", "A"),
    ("CHAL", "D1106", "Apprenti vendeur en alimentation H/F", "MAISON PERRARD", "Maison Perrard, charcuterie-traiteur à Châlons, prend un(e) apprenti(e) vendeur(se) CAP.", "2026-03-16", "A"),
    ("EPER", "F1603", "Apprenti plombier H/F", "EPERNAY THERMIQUE", "Épernay Thermique recrute apprenti plombier chauffagiste CAP MIS / MIT.", "2026-04-16", "A"),
    ("SELE", "K2204", "Apprenti agent de propreté H/F", "CENTRE ALSACE NETTOYAGE", "Centre Alsace Nettoyage (Sélestat) : apprenti CAP APH, industrie agroalimentaire, horaires postés.", "2026-02-20", "A"),
    ("TROY", "I1604", "Apprenti mécanicien H/F", None, "Garage Troyes recherche apprenti(e) mécanicien(ne). CAP. Entretien courant.", "2026-04-22", "A"),
]

LBA_FILL = [
    # (label, commune, romes, title, name, address, text, day, diploma)
    ("offres_emploi_lba", "SCHIL", ["D1102"], "Boulanger / Boulangère", "BOULANGERIE WEISS", "3 RUE D ADELSHOFFEN 67300 SCHILTIGHEIM", None, "2026-02-25", "3"),
    ("offres_emploi_lba", "STRAS", ["D1102"], "Boulanger / Boulangère", "LA HUCHE A PAIN", "14 RUE DE LA PAIX 67000 STRASBOURG", "Apprenti(e) boulanger(e) en CAP. Pains au levain, viennoiseries pur beurre. Travail le dimanche matin.", "2026-03-12", "3"),
    ("offres_emploi_lba", "STRAS", ["D1106"], "Vendeur / Vendeuse en boulangerie-pâtisserie", "SARL PATISSERIE KLEIN", "6 RUE DES HALLEBARDES 67000 STRASBOURG", "Vente en boulangerie-pâtisserie, accueil et conseil client, encaissement, mise en place. CAP.", "2026-03-24", "3"),
    ("offres_emploi_lba", "STRAS", ["K2204"], "Agent / Agente de propreté et d'hygiène", "STRASBOURG PROPRETE SERVICES", "20 RUE DU PORT DU RHIN 67100 STRASBOURG", None, "2026-02-27", "3"),
    ("offres_emploi_lba", "SCHIL", ["K2204"], "Agent / Agente d'entretien de locaux", "HYGIENE ET SERVICES EST", "88 ROUTE DE BISCHWILLER 67300 SCHILTIGHEIM", "Entretien de bureaux et de locaux commerciaux, 2 ans en alternance (CAP APH).", "2026-04-10", "3"),
    ("Hellowork", "STRAS", ["I1604"], "Apprenti Mécanicien Automobile H/F - Strasbourg", "AUTO HALL ALSACE", "Rue de la Plaine des Bouchers, 67100 Strasbourg", "Concession recherche apprenti mécanicien (Bac Pro MV). Formation sur véhicules électriques et hybrides.", "2026-03-06", "4"),
    ("Meteojob", "STRAS", ["F1603"], "Alternance - Plombier chauffagiste H/F", "EST ENERGIES SERVICES", "Rue du Fossé des Treize, 67000 Strasbourg", "Dans le cadre de son développement, Est Energies Services recrute un alternant plombier chauffagiste (BP). Maintenance de chaufferies collectives, dépannage.", "2026-04-17", "4"),
    ("offres_emploi_lba", "METZ", ["D1102"], "Boulanger / Boulangère", "AU FOURNIL DE QUEULEU", "55 RUE DE QUEULEU 57070 METZ", None, "2026-03-11", "3"),
    ("offres_emploi_lba", "METZ", ["D1106"], "Vendeur / Vendeuse en alimentation générale", "EPICERIE DES ROCHES", "2 RUE DES ROCHES 57000 METZ", "Vente en alimentation, réception des marchandises, mise en rayon, caisse. Alternance CAP EPC.", "2026-02-23", "3"),
    ("offres_emploi_lba", "METZ", ["K2204"], "Agent / Agente de propreté et d'hygiène", "MOSELLE HYGIENE", "11 RUE DE LA CHAPELLE 57050 METZ", "Réalise l'entretien des locaux et des surfaces selon les règles d'hygiène et de sécurité.", "2026-03-16", "3"),
    ("offres_emploi_lba", "METZ", ["I1604"], "Mécanicien / Mécanicienne automobile", "GARAGE DE BELLECROIX", "19 RUE DE BELLECROIX 57070 METZ", "Apprenti mécanicien(ne) CAP MV. Entretien, freinage, pneumatiques, diagnostic.", "2026-04-01", "3"),
    ("Hellowork", "THIO", ["D1102", "D1104"], "Apprenti Boulanger Pâtissier H/F", "LA PANETIERE THIONVILLOISE", "Place du Marché, 57100 Thionville", "La Panetière recherche un apprenti boulanger-pâtissier, CAP ou MC. Travail en équipe de 5.", "2026-02-12", "3"),
    ("offres_emploi_lba", "NANCY", ["D1102"], "Boulanger / Boulangère", "BOULANGERIE STANISLAS", "30 RUE STANISLAS 54000 NANCY", "Fabrication du pain et des viennoiseries. CAP boulanger en alternance. Horaires de nuit.", "2026-03-05", "3"),
    ("offres_emploi_lba", "NANCY", ["D1106"], "Vendeur / Vendeuse en boulangerie-pâtisserie", "AUX MACARONS DE NANCY", "12 RUE GAMBETTA 54000 NANCY", "Vente de pâtisseries et spécialités lorraines (macarons, bergamotes). Alternance CAP EPC.", "2026-04-06", "3"),
    ("offres_emploi_lba", "NANCY", ["K2204"], "Agent / Agente de propreté et d'hygiène", "LORRAINE MULTISERVICES", "77 AVENUE DE STRASBOURG 54000 NANCY", None, "2026-02-16", "3"),
    ("offres_emploi_lba", "NANCY", ["F1603"], "Plombier / Plombière", "DUPONT ET MARCHAL", "4 RUE DE MON DESERT 54000 NANCY", "Plomberie, sanitaire, petit dépannage. Apprentissage CAP MIS.", "2026-03-13", "3"),
    ("Meteojob", "NANCY", ["I1604"], "Apprenti mécanicien automobile (H/F)", "CAR SERVICE LORRAINE", "Avenue du Général Leclerc, 54000 Nancy", "Car Service Lorraine recherche son futur apprenti mécanicien automobile H/F ! Préparation du Bac pro MV, contrat de 3 ans.", "2026-03-25", "4"),
    ("offres_emploi_lba", "MULH", ["D1106"], "Vendeur / Vendeuse en alimentation générale", "MARCHE DU CANAL COUVERT", "1 QUAI DE LA CITADELLE 68100 MULHOUSE", "Vente au marché couvert : fruits, légumes et fromages. Alternance. Samedi travaillé.", "2026-03-18", "3"),
    ("offres_emploi_lba", "COLM", ["D1102"], "Boulanger / Boulangère", "BOULANGERIE SCHMITT COLMAR", "8 RUE VAUBAN 68000 COLMAR", "Apprenti(e) boulanger(e) CAP. Bretzels, kougelhopfs et pains spéciaux.", "2026-02-06", "3"),
    ("offres_emploi_lba", "REIMS", ["D1102"], "Boulanger / Boulangère", "LE PAIN DES SACRES", "40 RUE DE VESLE 51100 REIMS", None, "2026-04-03", "3"),
    ("Hellowork", "REIMS", ["F1603"], "Apprenti Chauffagiste H/F", "CHAMPAGNE CLIMATISATION", "Rue de Bétheny, 51100 Reims", "Entreprise de génie climatique, 40 salariés, recrute apprenti chauffagiste BP. Chantiers tertiaires.", "2026-02-20", "4"),
    ("offres_emploi_lba", "CHAL", ["K2204"], "Agent / Agente de propreté et d'hygiène", "CHAMPAGNE NET SERVICES", "9 RUE DE LA MARNE 51000 CHALONS-EN-CHAMPAGNE", "Propreté de bureaux et de locaux hospitaliers, alternance CAP APH, horaires de journée.", "2026-03-09", "3"),
    ("offres_emploi_lba", "TROY", ["K2204"], "Agent / Agente de propreté et d'hygiène", "CFA INTERPROFESSIONNEL DE L AUBE", "15 AVENUE PIERRE BROSSOLETTE 10000 TROYES", "Le CFA recrute pour le compte d'une entreprise de propreté troyenne un(e) apprenti(e) agent(e) de propreté et d'hygiène (CAP APH).", "2026-04-20", "3"),
    ("offres_emploi_lba", "HAGU", ["I1604"], "Mécanicien / Mécanicienne automobile", "GARAGE DE LA FORET", "120 ROUTE DE WINTERSHOUSE 67500 HAGUENAU", "Atelier toutes marques, apprenti mécanicien, CAP MV. Tuteur expérimenté.", "2026-04-14", "3"),
    ("offres_emploi_lba", "EPER", ["D1106"], "Vendeur / Vendeuse en alimentation générale", "LES CAVES ET TERROIRS D EPERNAY", "21 AVENUE DE CHAMPAGNE 51200 EPERNAY", "Vente de produits régionaux et champagnes, accueil de la clientèle touristique, Bac pro commerce en alternance.", "2026-03-31", "4"),
]

# generic definitions used on LBA when the recruiter wrote no text
GENERIC = {
    "D1102": "Prépare et façonne des pâtes à pain et viennoiseries, assure la cuisson selon les règles d'hygiène.",
    "K2204": "Réalise l'entretien des locaux (sols, surfaces, sanitaires) selon les règles d'hygiène et de sécurité.",
}


def build_fillers():
    for i, (com, rome, title, nom, text, day, nat) in enumerate(FT_FILL):
        kw = {}
        if nat == "A":
            kw = {}
        elif nat == "P":
            kw = {"nature": "Contrat de professionnalisation", "months": 12}
        elif nat == "CDI":
            kw = {"nature": "Contrat travail", "typ": "CDI", "exp": "E"}
        elif nat == "CDD":
            kw = {"nature": "Contrat travail", "typ": "CDD", "months": 6, "exp": "S"}
        if i % 5 == 1:
            kw["comp"] = comp("Accueillir la clientèle", "Respecter les règles d'hygiène", "Entretenir le matériel")
        if i % 7 == 3:
            kw["partner"] = ("JOBALSACE", "www.jobalsace-fictif.fr")
        ft("F_ft_%02d" % i, title, text, day, com, rome, nom=nom, upd=(i % 4) or None, **kw)
    for i, (label, com, romes, title, name, addr, text, day, dip) in enumerate(LBA_FILL):
        txt = text or GENERIC[romes[0]]
        deleg = (i == 22)
        lba("F_lba_%02d" % i, label, title, txt, day, com, romes, name=name, legal=name,
            brand=None if (i % 3 or deleg) else name.title(), addr=addr, diploma=dip,
            ctype=["Apprentissage"], size=RNG.choice(["1-2", "3-5", "6-9", "10-19", "20-49"]),
            delegated=deleg,
            desired=["Ponctualité", "Goût du travail en équipe"] if i % 4 == 0 else [],
            access=["Ce métier est accessible sans diplôme ni expérience."] if i % 5 == 2 else [])


# =========================================================================== main
def main():
    build_relays()
    build_cross()
    build_double()
    build_traps()
    build_fillers()
    for d in ("ft", "lba"):
        os.makedirs(os.path.join(HERE, d), exist_ok=True)
        for f in os.listdir(os.path.join(HERE, d)):
            if f.endswith(".json"):
                os.remove(os.path.join(HERE, d, f))
    romes = ["D1102", "D1106", "I1604", "F1603", "K2204"]
    for r in romes:
        res = sorted([o for o in FT_OFFERS if o["romeCode"] == r], key=lambda o: o["dateCreation"], reverse=True)
        with open(os.path.join(HERE, "ft", "search_%s.json" % r), "w", encoding="utf-8") as f:
            json.dump({"resultats": res, "filtresPossibles": []}, f, ensure_ascii=False, indent=1)
        jobs = [j for j in LBA_JOBS if j["offer"]["rome_codes"][0] == r]
        order = {"offres_emploi_lba": 0, "France Travail": 1}
        jobs.sort(key=lambda j: j["offer"]["publication"]["creation"], reverse=True)
        jobs.sort(key=lambda j: order.get(j["identifier"]["partner_label"], 2))
        with open(os.path.join(HERE, "lba", "search_%s.json" % r), "w", encoding="utf-8") as f:
            json.dump({"jobs": jobs, "recruiters": [], "warnings": []}, f, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "truth.json"), "w", encoding="utf-8") as f:
        json.dump({"groups": GROUPS, "traps": TRAPS}, f, ensure_ascii=False, indent=1)
    counts = {}
    for g in GROUPS:
        counts[g["kind"]] = counts.get(g["kind"], 0) + 1
    print("france_travail offers:", len(FT_OFFERS))
    print("lba jobs:", len(LBA_JOBS))
    print("groups:", counts, "traps:", len(TRAPS))


if __name__ == "__main__":
    main()
