#!/usr/bin/env python3
"""Partie C : offres fictives Bretagne (53) + Pays de la Loire (52), deux sources.
Deterministe, bibliotheque standard seulement. Lancer : python3 generate.py"""
import json, os, random, hashlib, datetime as dt

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(5352)

# ---------------------------------------------------------------- lieux
# key: (insee, code postal, libelle FT, libelle LBA-relais, VILLE, lat, lon)
PL = {
 "rennes": ("35238", "35000", "35 - RENNES", "35 - Rennes", "RENNES", 48.1114, -1.6800),
 "rennes2": ("35238", "35200", "35 - RENNES", "35 - Rennes", "RENNES", 48.0947, -1.6650),
 "cesson": ("35051", "35510", "35 - CESSON SEVIGNE", "35 - Cesson-Sévigné", "CESSON-SEVIGNE", 48.1211, -1.6030),
 "bruz": ("35047", "35170", "35 - BRUZ", "35 - Bruz", "BRUZ", 48.0247, -1.7458),
 "stmalo": ("35288", "35400", "35 - ST MALO", "35 - Saint-Malo", "SAINT-MALO", 48.6493, -2.0257),
 "vitre": ("35360", "35500", "35 - VITRE", "35 - Vitré", "VITRE", 48.1236, -1.2083),
 "brest": ("29019", "29200", "29 - BREST", "29 - Brest", "BREST", 48.3904, -4.4861),
 "quimper": ("29232", "29000", "29 - QUIMPER", "29 - Quimper", "QUIMPER", 47.9960, -4.1020),
 "lorient": ("56121", "56100", "56 - LORIENT", "56 - Lorient", "LORIENT", 47.7486, -3.3700),
 "vannes": ("56260", "56000", "56 - VANNES", "56 - Vannes", "VANNES", 47.6582, -2.7608),
 "stbrieuc": ("22278", "22000", "22 - ST BRIEUC", "22 - Saint-Brieuc", "SAINT-BRIEUC", 48.5141, -2.7603),
 "lannion": ("22113", "22300", "22 - LANNION", "22 - Lannion", "LANNION", 48.7326, -3.4566),
 "nantes": ("44109", "44000", "44 - NANTES", "44 - Nantes", "NANTES", 47.2184, -1.5536),
 "nantes3": ("44109", "44300", "44 - NANTES", "44 - Nantes", "NANTES", 47.2460, -1.5290),
 "reze": ("44143", "44400", "44 - REZE", "44 - Rezé", "REZE", 47.1833, -1.5500),
 "stherblain": ("44162", "44800", "44 - ST HERBLAIN", "44 - Saint-Herblain", "SAINT-HERBLAIN", 47.2122, -1.6497),
 "stnazaire": ("44184", "44600", "44 - ST NAZAIRE", "44 - Saint-Nazaire", "SAINT-NAZAIRE", 47.2735, -2.2138),
 "angers": ("49007", "49000", "49 - ANGERS", "49 - Angers", "ANGERS", 47.4784, -0.5632),
 "cholet": ("49099", "49300", "49 - CHOLET", "49 - Cholet", "CHOLET", 47.0600, -0.8789),
}

ROME = {
 "G1602": "Personnel de cuisine",
 "D1102": "Boulangerie - viennoiserie",
 "I1604": "Mécanique automobile et entretien de véhicules",
 "M1607": "Secrétariat",
 "H2909": "Montage-assemblage mécanique",
}
APPEL = {
 "G1602": ["Commis de cuisine", "Cuisinier / Cuisinière", "Apprenti cuisinier / Apprentie cuisinière"],
 "D1102": ["Boulanger / Boulangère", "Apprenti boulanger / Apprentie boulangère", "Boulanger-pâtissier / Boulangère-pâtissière"],
 "I1604": ["Mécanicien / Mécanicienne automobile", "Mécanicien réparateur / Mécanicienne réparatrice automobile", "Technicien / Technicienne de maintenance automobile"],
 "M1607": ["Secrétaire", "Secrétaire administratif / administrative", "Assistant administratif / Assistante administrative"],
 "H2909": ["Monteur / Monteuse en mécanique", "Ajusteur-monteur / Ajusteuse-monteuse", "Monteur-assembleur / Monteuse-assembleuse en mécanique"],
}
DOMAIN = {
 "G1602": (1979, "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre", "5610A", "Restauration traditionnelle"),
 "D1102": (843, "Opco entreprises de proximité", "1071C", "Boulangerie et boulangerie-pâtisserie"),
 "I1604": (1090, "Opco Mobilités", "4520A", "Entretien et réparation de véhicules automobiles légers"),
 "M1607": (1486, "ATLAS", "6920Z", "Activités comptables"),
 "H2909": (3248, "OPCO 2i", "2829B", "Fabrication d'autres machines d'usage général"),
}
NAF_FT = {k: v[2] for k, v in DOMAIN.items()}
DIPLO = {
 "3": {"european": "3", "label": "Cap, autres formations (Infrabac)"},
 "4": {"european": "4", "label": "BP, Bac, autres formations (Bac)"},
 "5": {"european": "5", "label": "BTS, DEUST, autres formations (Bac+2)"},
}
ACQ = {
 "G1602": ["Production culinaire: Préparer les légumes, viandes et poissons", "Production culinaire: Réaliser des cuissons",
           "Hygiène: Appliquer les règles HACCP", "Organisation: Dresser les assiettes", "Entretien: Nettoyer le poste de travail"],
 "D1102": ["Production, Fabrication: Pétrir et façonner une pâte", "Production, Fabrication: Contrôler la cuisson des produits",
           "Production: Réaliser des viennoiseries", "Hygiène: Respecter les règles d'hygiène alimentaire"],
 "I1604": ["Maintenance: Réaliser une vidange", "Diagnostic: Contrôler les organes de freinage",
           "Maintenance: Remplacer des pièces d'usure", "Diagnostic: Utiliser une valise de diagnostic"],
 "M1607": ["Gestion administrative: Saisir et mettre en forme des documents", "Accueil: Orienter les visiteurs et les appels",
           "Gestion administrative: Classer et archiver des dossiers", "Gestion: Suivre les devis et factures"],
 "H2909": ["Production: Lire un plan d'ensemble", "Montage: Assembler des sous-ensembles mécaniques",
           "Qualité: Contrôler les cotes et les serrages", "Montage: Régler et ajuster des pièces"],
}
DESIRED = ["Travailler en équipe", "Faire preuve de rigueur et de précision", "Être ponctuel", "Faire preuve de curiosité",
           "Avoir le sens de l'organisation", "Faire preuve de réactivité", "Être à l'écoute"]
COMP = {
 "G1602": [("126519", "Réaliser la mise en place de la cuisine"), ("120834", "Préparer les légumes et les fruits"), (None, "Respecter les règles HACCP")],
 "D1102": [("104620", "Pétrir une pâte"), ("117930", "Façonner des pâtons"), (None, "Cuire des pains et viennoiseries")],
 "I1604": [("121205", "Réaliser l'entretien courant d'un véhicule"), ("104402", "Diagnostiquer une panne"), (None, "Changer des pneumatiques")],
 "M1607": [("106871", "Saisir des documents numériques"), ("120577", "Accueillir une clientèle"), (None, "Gérer un agenda")],
 "H2909": [("108391", "Lire un plan mécanique"), ("121980", "Assembler des pièces mécaniques"), (None, "Contrôler la conformité d'un montage")],
}
QUAL = [("Travail en équipe", "Capacité à travailler avec d'autres personnes et à partager l'information."),
        ("Rigueur", "Capacité à respecter les règles et les consignes."),
        ("Autonomie", "Capacité à prendre en charge son activité sans supervision constante."),
        ("Réactivité", "Capacité à s'adapter rapidement à une situation inattendue."),
        ("Sens de la communication", "Capacité à échanger avec ses interlocuteurs.")]
ACCESS = {"G1602": "Cuisine", "D1102": "Boulangerie", "I1604": "Maintenance automobile", "M1607": "Secrétariat", "H2909": "Mécanique générale"}

FIRST = ["Yann", "Gwenaëlle", "Soizic", "Erwan", "Maëlle", "Loïc", "Nolwenn", "Pierre", "Claire", "Thomas", "Anne", "Julien", "Sandrine", "Ronan"]
LAST = ["Le Goff", "Guéguen", "Morvan", "Le Bihan", "Tanguy", "Rousseau", "Bertin", "Moreau", "Gautier", "Kerhervé", "Le Roux", "Poirier"]

# ---------------------------------------------------------------- ids & dates
_used = set()
def ft_id():
    while True:
        i = "%d%s" % (R.randint(180, 199), "".join(R.choice("ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(4)))
        if i not in _used:
            _used.add(i); return i

def D(s, h=None):
    d = dt.datetime.strptime(s, "%Y-%m-%d")
    d = d.replace(hour=h if h is not None else R.randint(7, 18), minute=R.randint(0, 59), second=R.randint(0, 59))
    return d

def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.000Z")

def oid(d, key):
    ts = int(d.replace(tzinfo=dt.timezone.utc).timestamp())
    i = "%08x" % ts + hashlib.md5(key.encode()).hexdigest()[:16]
    assert i not in _used; _used.add(i); return i

def siret(seed):
    h = int(hashlib.md5(seed.encode()).hexdigest(), 16)
    base = str(h % 10**13).zfill(13)
    for c in range(10):
        s = base + str(c)
        tot = 0
        for k, ch in enumerate(reversed(s)):
            n = int(ch) * (2 if k % 2 else 1)
            tot += n - 9 if n > 9 else n
        if tot % 10 == 0:
            return s

def jitter(p):
    return round(p[5] + R.uniform(-0.008, 0.008), 6), round(p[6] + R.uniform(-0.01, 0.01), 6)

# ---------------------------------------------------------------- builders
FT, LBA = [], []

def ft(title, desc, created, place, rome, nom=None, edesc=None, appel=None, nature="Contrat apprentissage",
       typ="CDD", alternance=True, upd=None, comps=True, qual=True, sal=None, nb=1, origine="1", partner=None,
       dureetravail=None, tag=None):
    p = PL[place]
    i = ft_id()
    c = D(created)
    lat, lon = jitter(p) if R.random() < 0.5 else (p[5], p[6])
    o = {"id": i, "intitule": title, "description": desc,
         "dateCreation": iso(c), "dateActualisation": iso(c + dt.timedelta(days=upd if upd is not None else R.choice([0, 0, 1, 3, 6]), hours=R.randint(0, 5))),
         "lieuTravail": {"libelle": p[2], "latitude": lat, "longitude": lon, "codePostal": p[1], "commune": p[0]},
         "romeCode": rome, "romeLibelle": ROME[rome], "appellationlibelle": appel or R.choice(APPEL[rome])}
    ent = {}
    if nom: ent["nom"] = nom
    if edesc: ent["description"] = edesc
    ent["entrepriseAdaptee"] = False
    o["entreprise"] = ent
    o["typeContrat"] = typ
    o["typeContratLibelle"] = {"CDD": "Contrat à durée déterminée - %d Mois" % R.choice([12, 24, 24, 36]), "CDI": "Contrat à durée indéterminée",
                               "SAI": "Contrat travail saisonnier - 6 Mois"}[typ]
    o["natureContrat"] = nature
    o["experienceExige"] = "D"; o["experienceLibelle"] = "Débutant accepté"
    if comps and R.random() < 0.75:
        o["competences"] = [({"code": cc, "libelle": ll, "exigence": "S"} if cc else {"libelle": ll, "exigence": "E"}) for cc, ll in COMP[rome][:R.randint(1, 3)]]
    if qual and R.random() < 0.6:
        o["qualitesProfessionnelles"] = [{"libelle": a, "description": b} for a, b in R.sample(QUAL, R.randint(1, 3))]
    o["salaire"] = sal or R.choice([{"libelle": "Selon grille en vigueur"},
                                     {"libelle": "Mensuel de 900.0 Euros à 1800.0 Euros sur 12 mois", "commentaire": "Rémunération selon l'âge et l'année de formation"},
                                     {"commentaire": "selon grille apprentissage"},
                                     {"libelle": "Horaire de 11.88 Euros sur 12 mois", "complement1": "Mutuelle"}])
    if dureetravail or R.random() < 0.5:
        o["dureeTravailLibelle"] = dureetravail or R.choice(["35H Horaires normaux", "35H Travail en journée", "39H Travail le samedi"])
    o["alternance"] = alternance
    fn, ln = R.choice(FIRST), R.choice(LAST)
    con = {"nom": "%s - %s %s" % (nom or "Entreprise", R.choice(["M.", "Mme"]), ln) if R.random() < 0.7 else "%s %s" % (fn, ln)}
    if R.random() < 0.6:
        con["courriel"] = "%s.%s@exemple-recrut.fr" % (fn.lower().replace("ë", "e").replace("ï", "i"), ln.lower().replace(" ", "").replace("é", "e"))
    if R.random() < 0.5:
        con["telephone"] = "02 %02d %02d %02d %02d" % tuple(R.randint(10, 99) for _ in range(4))
    if R.random() < 0.3:
        con["coordonnees1"] = "%d rue %s" % (R.randint(1, 80), R.choice(["de Brest", "Nationale", "des Lilas", "du Port"]))
    o["contact"] = con
    o["nombrePostes"] = nb
    o["accessibleTH"] = R.random() < 0.3
    o["codeNAF"] = NAF_FT[rome][:2] + "." + NAF_FT[rome][2:]
    o["qualificationCode"] = "6"
    if origine == "1":
        o["origineOffre"] = {"origine": "1", "urlOrigine": "https://candidat.francetravail.fr/offres/recherche/detail/" + i}
    else:
        o["origineOffre"] = {"origine": "2", "urlOrigine": "https://candidat.francetravail.fr/offres/recherche/detail/" + i,
                             "partenaires": [{"nom": partner or "HELLOWORK", "url": "https://www.exemple-partenaire.fr/offre/%d" % R.randint(10**6, 10**7)}]}
    FT.append(o)
    return i

def slug(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(ch if ch.isalnum() else " " for ch in s).split())[:60]

def lba(title, desc, created, place, romes, partner="offres_emploi_lba", name=None, brand=None, legal=None, sir=None,
        address=None, wdesc=None, size=None, website=None, ft_ref=None, dip="3", duration=24, ctype="Apprentissage",
        start=None, desired=None, acq=None, access=None, opening=1, delegated=False, pid=None, expire_days=60):
    p = PL[place]
    c = D(created)
    i = oid(c, title + created + place + str(len(LBA)))
    rome = romes[0]
    lat, lon = jitter(p) if ft_ref is None else (p[5], p[6])
    if partner == "France Travail":
        ident = {"id": i, "partner_label": partner, "partner_job_id": ft_ref}
        addr = p[3]
        dom = {"idcc": None, "opco": None, "naf": {"code": NAF_FT[rome], "label": DOMAIN[rome][3]} if R.random() < 0.6 else None}
        url = "https://candidat.francetravail.fr/offres/recherche/detail/" + ft_ref
        phone, rid = None, None
        sir, brand, legal = None, None, None
    else:
        ident = {"id": i, "partner_label": partner, "partner_job_id": i if partner == "offres_emploi_lba" else (pid or str(R.randint(10**7, 10**8)))}
        addr = address or "%d RUE %s %s %s" % (R.randint(1, 90), R.choice(["DE LA REPUBLIQUE", "JEAN JAURES", "DU GENERAL LECLERC", "DES ECOLES", "DE PARIS"]), p[1], p[4])
        d = DOMAIN[rome]
        dom = {"idcc": d[0], "opco": d[1], "naf": {"code": d[2], "label": d[3]}}
        if partner == "offres_emploi_lba":
            url = "https://labonnealternance.apprentissage.beta.gouv.fr/emploi/offres_emploi_lba/%s/%s" % (i, slug(title))
            rid = "jobs_partners_" + i
        elif partner == "Hellowork":
            url = "https://www.hellowork.com/fr-fr/emplois/%s.html" % ident["partner_job_id"]; rid = None
        else:
            url = "https://www.meteojob.com/candidat/offres/offre-d-emploi-%s-%s" % (slug(title), ident["partner_job_id"]); rid = None
        phone = ("0%d%08d" % (R.choice([2, 6]), R.randint(0, 10**8 - 1))) if R.random() < 0.4 else None
        if sir is None and not delegated:
            sir = siret((legal or name or brand or "x") + place)
    wn = name if name is not None else (legal or brand)
    j = {"identifier": ident,
         "workplace": {"siret": sir, "brand": brand, "legal_name": legal, "website": website, "name": wn, "description": wdesc,
                       "size": size, "location": {"address": addr, "geopoint": {"type": "Point", "coordinates": [lon, lat]}}, "domain": dom},
         "apply": {"url": url, "phone": phone, "recipient_id": rid},
         "contract": {"start": iso(start) if start else (iso(D("2026-09-01", 0).replace(minute=0, second=0)) if R.random() < 0.6 else None),
                      "duration": duration, "type": [] if (partner == "France Travail" and R.random() < 0.3) else [ctype],
                      "remote": None if partner == "France Travail" else "onsite"},
         "offer": {"title": title, "rome_codes": romes, "description": desc,
                   "target_diploma": (None if partner == "France Travail" and R.random() < 0.5 else DIPLO[dip]),
                   "desired_skills": desired if desired is not None else ([] if partner != "offres_emploi_lba" else R.sample(DESIRED, R.randint(1, 3))),
                   "to_be_acquired_skills": acq if acq is not None else ([] if partner != "offres_emploi_lba" else R.sample(ACQ[rome], R.randint(2, 4))),
                   "access_conditions": access if access is not None else (["%s - %s" % (ACCESS[rome], {"3": "CAP, BEP et équivalents", "4": "Bac ou équivalent", "5": "Bac+2 ou équivalents"}[dip])] if partner == "France Travail" else []),
                   "publication": {"creation": iso(c), "expiration": iso(c + dt.timedelta(days=expire_days))},
                   "opening_count": opening, "status": "Active"},
         "is_delegated": delegated}
    LBA.append(j)
    return i

def relay(fid, title=None, desc=None, romes=None, name="same", created_delta=1, **kw):
    o = next(x for x in FT if x["id"] == fid)
    rome = o["romeCode"]
    place = next(k for k, v in PL.items() if v[0] == o["lieuTravail"]["commune"] and v[1] == o["lieuTravail"]["codePostal"])
    c = (dt.datetime.strptime(o["dateCreation"][:10], "%Y-%m-%d") + dt.timedelta(days=created_delta)).strftime("%Y-%m-%d")
    nm = o["entreprise"].get("nom") if name == "same" else name
    ctype = "Professionnalisation" if "profession" in o["natureContrat"] else "Apprentissage"
    return lba(title or o["intitule"], desc if desc is not None else o["description"], c, place, romes or [rome],
               partner="France Travail", name=nm, ft_ref=fid, wdesc=o["entreprise"].get("description"), ctype=ctype, **kw)

GROUPS, TRAPS = [], []
def F(i): return {"source": "france_travail", "id": i}
def L(i): return {"source": "lba", "id": i}
def group(kind, members, note): GROUPS.append({"kind": kind, "members": members, "note": note})
def trap(kind, members, note): TRAPS.append({"kind": kind, "members": members, "note": note})

# ---------------------------------------------------------------- text helpers
def cut(t, n, ell="..."):
    if len(t) <= n: return t
    t = t[:n]
    return t[:t.rfind(" ")].rstrip(" ,;:\n") + ell

def flat(t):
    return " ".join(t.split())

def respace(t):
    return "\n\n".join(x.strip() for x in t.replace("\n- ", "\n\n- ").split("\n") if x.strip()) + "  "

# generic pools for the crowded cities (short, look-alike texts)
GEN = {
 "G1602": [
  "Restaurant {qual} recherche un(e) apprenti(e) commis de cuisine pour préparer le CAP cuisine. Travail en équipe, service midi et soir.",
  "Nous recherchons un apprenti commis de cuisine. Vous participez à la mise en place, à la préparation des entrées et desserts et à la plonge si besoin.",
  "Le commis de cuisine prépare les légumes, les viandes et les poissons, réalise des préparations simples sous la responsabilité du chef et entretient son poste.",
  "Apprenti(e) cuisinier(e) H/F. Cuisine {qual}, produits frais. Vous serez formé(e) par le chef à toutes les étapes : mise en place, cuisson, dressage.",
  "Restaurant {qual} en centre-ville cherche apprenti cuisine (CAP). Coupure l'après-midi, fermé le dimanche soir et le lundi.",
  "Commis de cuisine en alternance. Mise en place, préparations froides, respect des normes HACCP. Motivation indispensable !",
  "Rejoignez notre brigade de 4 personnes comme apprenti(e) en cuisine. Débutant accepté, l'envie d'apprendre compte plus que l'expérience.",
  "Apprenti commis de cuisine (H/F) - préparation du CAP Cuisine en 2 ans. Poste en restauration {qual}. 2 jours consécutifs de repos.",
 ],
 "D1102": [
  "Boulangerie artisanale recherche apprenti(e) boulanger(e) en CAP. Fabrication du pain et des viennoiseries, horaires de nuit après 18 ans.",
  "Apprenti boulanger H/F. Vous apprendrez le pétrissage, le façonnage et la cuisson de nos pains au levain.",
  "Le boulanger prépare et façonne les pâtes à pain et viennoiseries, assure la cuisson et la présentation des produits selon les règles d'hygiène.",
  "Boulangerie de quartier cherche son apprenti(e) pour la rentrée. CAP boulanger. Début de journée à 4h, repos le mercredi.",
  "Recherche apprenti boulanger motivé, sérieux, ponctuel. Formation CAP ou mention complémentaire. Ambiance familiale.",
  "Apprenti(e) boulanger(e) - fournil au bois, farines locales. Vous serez accompagné(e) par le maître d'apprentissage au quotidien.",
 ],
 "I1604": [
  "Garage {qual} recherche un apprenti mécanicien automobile (CAP maintenance des véhicules). Entretien courant, vidanges, freinage, pneumatiques.",
  "Apprenti mécanicien H/F. Entretien et réparation de véhicules légers toutes marques. Vous travaillez aux côtés de 2 mécaniciens confirmés.",
  "Le mécanicien automobile effectue l'entretien et la réparation des véhicules, réalise les diagnostics et remplace les pièces défectueuses.",
  "Garage {qual} cherche alternant(e) en mécanique auto (CAP ou Bac pro). Permis B apprécié.",
  "Recherchons apprenti(e) en maintenance automobile. Vidange, distribution, embrayage, climatisation. Bonne humeur exigée :)",
 ],
 "M1607": [
  "Nous recherchons un(e) secrétaire en alternance : accueil téléphonique, saisie de courriers, classement, suivi des agendas.",
  "Le secrétaire réalise le traitement administratif des dossiers, la saisie de documents, l'accueil physique et téléphonique.",
  "Alternance secrétariat / assistanat H/F. Vous assistez l'équipe dans la gestion administrative quotidienne (devis, factures, courriers).",
  "PME {qual} recherche assistant(e) administratif(ve) en contrat d'apprentissage. Maîtrise de Word et Excel attendue.",
 ],
 "H2909": [
  "Monteur mécanique en alternance H/F. Vous assemblez des sous-ensembles à partir de plans et contrôlez vos montages.",
  "Le monteur en mécanique assemble des pièces et sous-ensembles mécaniques selon les plans et les gammes de montage.",
  "Entreprise industrielle {qual} recherche un(e) alternant(e) monteur(se) pour son atelier d'assemblage. Bac pro ou CAP.",
  "Alternance : ajusteur-monteur H/F. Lecture de plans, ajustage, montage, tests. Travail en journée.",
 ],
}
QUALS = {"G1602": ["traditionnel", "bistronomique", "familial", "gastronomique", "de fruits de mer", "italien"],
         "D1102": ["artisanale"], "I1604": ["indépendant", "multimarque", "familial", "agréé"],
         "M1607": ["locale", "familiale", "du bâtiment", "de services"], "H2909": ["familiale", "de 80 salariés", "en croissance"]}
DETAILS = ["Poste à pourvoir en septembre.", "Début : août 2026.", "Équipe de {n} personnes.", "Proche transports en commun.",
           "Repos le dimanche et le lundi.", "Travail un samedi sur deux.", "Contrat de 2 ans.", "Contrat de 1 an.",
           "Mutuelle d'entreprise.", "Débutant(e) accepté(e).", "Accessible aux personnes en reconversion.", "Tenue fournie.",
           "Maître d'apprentissage expérimenté.", "Ouvert du mardi au samedi.", "Parking gratuit pour le personnel."]
USED_TEXTS = set()
def gen(rome):
    # generic, look-alike texts; each filler text is kept unique so that two distinct offers are never indistinguishable
    if not USED_TEXTS:
        USED_TEXTS.update(" ".join(o["description"].split()) for o in FT)
        USED_TEXTS.update(" ".join(j["offer"]["description"].split()) for j in LBA)
    k = 0
    while True:
        t = R.choice(GEN[rome]).replace("{qual}", R.choice(QUALS[rome]))
        for d in R.sample(DETAILS, min(k, 3)):
            t += (" " if R.random() < 0.7 else "\n") + d.replace("{n}", str(R.randint(3, 12)))
        k += 1
        if " ".join(t.split()) not in USED_TEXTS:
            USED_TEXTS.add(" ".join(t.split()))
            return t

TITLES = {
 "G1602": ["Apprenti commis de cuisine (H/F)", "Commis de cuisine en apprentissage", "Apprenti(e) cuisinier(e)", "COMMIS DE CUISINE - ALTERNANCE",
           "Commis de cuisine H/F", "Apprenti cuisine H/F", "Cuisinier / Cuisinière"],
 "D1102": ["Apprenti boulanger (H/F)", "Boulanger / Boulangère", "Apprenti(e) boulanger(e)", "APPRENTI BOULANGER H/F", "Boulanger en apprentissage"],
 "I1604": ["Apprenti mécanicien automobile (H/F)", "Mécanicien / Mécanicienne automobile", "Mécanicien auto en alternance", "APPRENTI MECANICIEN H/F"],
 "M1607": ["Secrétaire en alternance (H/F)", "Assistant(e) administratif(ve) en alternance", "Secrétaire", "Secrétaire administrative H/F"],
 "H2909": ["Monteur mécanique en alternance (H/F)", "Monteur / Monteuse en mécanique", "Ajusteur-monteur alternance H/F", "Apprenti monteur-assembleur"],
}

# ================================================================ RELAYS (12)
t = ("La Brasserie des Lices, face au marché du samedi, recherche un(e) apprenti(e) commis de cuisine.\n\n"
     "Missions :\n- mise en place des postes froids et chauds\n- épluchage, taillage des légumes\n- participation au service du midi (120 couverts)\n"
     "- nettoyage et rangement de la cuisine\n\nProfil : inscrit(e) ou en cours d'inscription en CAP Cuisine. Motivé(e), ponctuel(le).\n"
     "Horaires en coupure, 2 jours de repos dont le dimanche.")
f = ft("Commis de cuisine en apprentissage (H/F)", t, "2026-03-09", "rennes", "G1602", nom="BRASSERIE DES LICES", appel="Commis de cuisine")
l = relay(f, title="COMMIS DE CUISINE EN APPRENTISSAGE (H/F)")
group("relay", [F(f), L(l)], "Relais FT->LBA, texte identique, titre en majuscules.")
R_LICES = f

t = ("Notre boulangerie de l'île de Nantes recherche un apprenti boulanger pour préparer un CAP en deux ans. Vous serez formé par notre chef boulanger "
     "à toutes les étapes de la fabrication : pesée, pétrissage, pointage, façonnage, cuisson des baguettes de tradition et des pains spéciaux. "
     "Vous participerez aussi à la production des viennoiseries du week-end. Horaires : 5h-12h30 (de nuit uniquement après vos 18 ans), "
     "repos le lundi et le mardi. Une première expérience (stage de 3e, job d'été) est un plus mais n'est pas obligatoire. "
     "Tenue fournie. Accès tram ligne 1.")
f = ft("Apprenti boulanger H/F", t, "2026-03-12", "nantes", "D1102", nom=None, edesc="Boulangerie artisanale, 7 salariés.")
l = relay(f, desc=cut(t, 280), name=None, created_delta=2)
group("relay", [F(f), L(l)], "Relais, texte tronqué à ~280 caractères, employeur absent des deux côtés.")
R_NANTES_BOUL = f

t = ("Le garage Kerandel (agent multimarque, 5 salariés) recherche un apprenti mécanicien automobile.\n"
     "Vous serez chargé de :\n"
     "• l'entretien courant des véhicules (vidanges, filtres, niveaux)\n"
     "• le remplacement des pièces d'usure : freins, amortisseurs, pneus\n"
     "• l'aide au diagnostic électronique avec le chef d'atelier\n"
     "Formation : CAP Maintenance des véhicules option VP ou Bac pro.\n"
     "Vous aimez la mécanique et le travail bien fait ? Envoyez-nous votre CV.")
f = ft("Mécanicien automobile apprenti (H/F)", t, "2026-03-16", "brest", "I1604", nom="GARAGE KERANDEL", appel="Mécanicien / Mécanicienne automobile")
l = relay(f, desc=flat(t), name=None, romes=["I1604", "I1607"])
group("relay", [F(f), L(l)], "Relais, retours à la ligne supprimés, nom de l'employeur absent côté LBA, code ROME supplémentaire.")

t = ("Cabinet d'expertise comptable du centre d'Angers (25 collaborateurs) recherche un(e) secrétaire administratif(ve) en contrat de professionnalisation.\n"
     "Vos missions : accueil physique et téléphonique, gestion des agendas des associés, mise en forme des lettres de mission, "
     "envoi et suivi des courriers recommandés, archivage numérique des dossiers clients.\n"
     "Formation visée : BTS Support à l'action managériale ou titre professionnel Secrétaire assistant.\n"
     "Rythme : 3 semaines en cabinet / 1 semaine en formation.")
f = ft("Secrétaire administratif(ve) en alternance", t, "2026-03-18", "angers", "M1607", nom="FIDUCIAIRE DU MAINE", nature="Contrat de professionnalisation",
       appel="Secrétaire administratif / administrative")
l = relay(f, romes=["M1607", "M1602"], dip="5", created_delta=0)
group("relay", [F(f), L(l)], "Relais, texte identique, ROME M1602 ajouté côté LBA.")
R_FIDU = f

t = ("Les Ateliers Méca Choletais conçoivent et assemblent des convoyeurs pour l'agroalimentaire.\n"
     "Dans le cadre de la préparation d'un Bac pro Technicien en réalisation de produits mécaniques, nous accueillons un(e) alternant(e) monteur(se).\n"
     "\n"
     "Au sein de l'atelier de montage (12 personnes), vous :\n"
     "  - préparez les pièces et la visserie\n"
     "  - montez des sous-ensembles (motorisations, tendeurs)\n"
     "  - réalisez les réglages et les premiers essais\n"
     "\n"
     "Horaires de journée, 35h. Prime de transport.")
f = ft("Monteur mécanique en alternance (H/F)", t, "2026-03-20", "cholet", "H2909", nom="ATELIERS MECA CHOLETAIS", appel="Monteur / Monteuse en mécanique")
l = relay(f, desc=respace(t))
group("relay", [F(f), L(l)], "Relais, espaces et lignes vides modifiés.")
R_AMC = f

t = ("Restaurant du port de pêche, cuisine de la mer, recherche un apprenti cuisinier (CAP ou BP). Travail des produits de la criée, "
     "poissons entiers à lever, coquillages. Ouvert 7j/7 l'été, fermé le mercredi hors saison. Logement possible.")
f = ft("Cuisinier / cuisinière en apprentissage", t, "2026-03-23", "lorient", "G1602", nom=None, appel="Cuisinier / Cuisinière")
l = relay(f, name="LA TABLE DU PORT", created_delta=3)
group("relay", [F(f), L(l)], "Relais, employeur absent côté France Travail mais présent côté LBA.")

t = ("Boulangerie-pâtisserie de Locmaria (Quimper) cherche apprenti(e) boulanger(e).\n\n"
     "Nous faisons tout maison : pains au levain naturel, kouign-amann, viennoiseries pur beurre.\n"
     "Vous apprendrez le métier aux côtés du patron, meilleur ouvrier du département en 2019 (concours local).\n\n"
     "Conditions : CAP boulanger en 2 ans, début en septembre, horaires de matin.\n"
     "Qualités attendues : ponctualité, goût du travail manuel, résistance à la chaleur du fournil.")
f = ft("Apprenti(e) boulanger(e)", t, "2026-03-25", "quimper", "D1102", nom="AU PETRIN DE LOCMARIA")
l = relay(f, desc=cut(t, 200, "…"))
group("relay", [F(f), L(l)], "Relais, texte coupé court avec une ellipse.")

t = ("Sous-traitant de la construction navale, nous assemblons des équipements de pont (treuils, bossoirs). "
     "Nous recherchons un monteur-ajusteur en apprentissage (Bac pro ou BTS CPRP).\n"
     "Vous lirez des plans d'ensemble, ajusterez et monterez les pièces, contrôlerez les jeux et les couples de serrage.\n"
     "Travail en atelier et ponctuellement à bord. Équipements de protection fournis.")
f = ft("MONTEUR AJUSTEUR APPRENTISSAGE H/F", t, "2026-03-27", "stnazaire", "H2909", nom="ESTUAIRE EQUIPEMENTS MARINE", appel="Ajusteur-monteur / Ajusteuse-monteuse")
l = relay(f, title="Monteur ajusteur apprentissage h/f", romes=["H2909", "H2913"], dip="4")
group("relay", [F(f), L(l)], "Relais, titre recasé, ROME supplémentaire.")

t = ("Agence immobilière vannetaise recherche son/sa futur(e) secrétaire en alternance.\n"
     "Accueil des clients, prise de rendez-vous pour les visites, rédaction des annonces, suivi des dossiers de location.\n"
     "Vous préparez un BTS SAM ou un titre de secrétaire assistant(e).")
f = ft("Secrétaire en alternance - agence immobilière", t, "2026-04-01", "vannes", "M1607", nom="VANNES GOLFE IMMOBILIER", appel="Secrétaire")
l = relay(f, dip="5", created_delta=0)
group("relay", [F(f), L(l)], "Relais, texte identique.")

t = ("Centre auto de Rennes Sud recherche un apprenti mécanicien (H/F).\n"
     "- Entretien rapide : vidange, pneumatiques, freinage, échappement\n"
     "- Accueil du client à l'atelier avec le chef d'équipe\n"
     "- Préparation en CAP maintenance des véhicules.\n"
     "Horaires : 8h30-12h / 14h-18h30, un samedi sur deux.")
f = ft("Apprenti mécanicien auto (H/F)", t, "2026-04-03", "rennes2", "I1604", nom="RENNES SUD AUTO ENTRETIEN", appel="Mécanicien / Mécanicienne automobile")
l = relay(f, desc=t.replace("\n", "\r\n").replace(" - ", " – "), name=None)
group("relay", [F(f), L(l)], "Relais, fins de ligne CRLF et tirets typographiques, nom absent côté LBA.")
R_RENNES_SUD = f

t = "Restaurant traditionnel recherche un apprenti commis de cuisine pour préparer le CAP cuisine. Travail en équipe, service midi et soir."
f = ft("Apprenti commis de cuisine (H/F)", t, "2026-04-06", "nantes", "G1602", nom=None, appel="Commis de cuisine", comps=False, qual=False)
l = relay(f, name=None)
group("relay", [F(f), L(l)], "Relais d'une offre très courte et générique, sans employeur des deux côtés (les autres offres génériques de Nantes sont distinctes).")
R_NANTES_GEN = f

t = ("Boulangerie du quartier Robien recherche apprenti boulanger, CAP en 1 ou 2 ans. Vous fabriquerez nos pains (tradition, campagne, seigle) "
     "et nos viennoiseries. Début de journée à 4h30. Fermé le dimanche après-midi et le lundi. "
     "Nous cherchons avant tout quelqu'un de motivé et de curieux : la technique, on vous l'apprendra.")
f = ft("Boulanger en apprentissage", t, "2026-04-08", "stbrieuc", "D1102", nom="LE FOURNIL DE ROBIEN", appel="Boulanger / Boulangère")
l = relay(f, desc=cut(t, 150), title="Boulanger En Apprentissage")
group("relay", [F(f), L(l)], "Relais, texte tronqué à 150 caractères, titre recasé.")

# ================================================================ CROSS POSTS (12)
# C1: brand on FT, legal name only on LBA; + relay
t1 = ("Le Comptoir Nantais, bistrot du quartier Graslin, cherche un(e) apprenti(e) commis de cuisine.\n"
      "Cuisine maison, carte courte qui change chaque semaine, 60 couverts.\n"
      "Vous participerez à la mise en place, aux préparations froides, aux cuissons simples et au dressage des entrées.\n"
      "Profil : CAP cuisine en 2 ans, débutant accepté. Repos dimanche et lundi.")
t2 = ("Bistrot du quartier Graslin (60 couverts, cuisine maison) recherche un apprenti commis de cuisine en CAP.\n"
      "Au programme : mise en place, préparations froides, cuissons simples, dressage des entrées.\n"
      "Notre carte est courte et change toutes les semaines, idéal pour apprendre les bases.\n"
      "Repos le dimanche et le lundi. Débutants bienvenus !")
f = ft("Apprenti commis de cuisine H/F", t1, "2026-03-10", "nantes", "G1602", nom="Le Comptoir Nantais", appel="Commis de cuisine")
l = lba("Commis de cuisine apprenti", t2, "2026-03-14", "nantes", ["G1602"], name="SAS GASTRO OUEST", legal="SAS GASTRO OUEST", brand=None,
        address="7 RUE GRESSET 44000 NANTES", size="10-19")
lr = relay(f, name="Le Comptoir Nantais")
group("cross_post", [F(f), L(l), L(lr)], "Même poste : enseigne « Le Comptoir Nantais » côté FT, raison sociale SAS GASTRO OUEST seule côté LBA ; texte réécrit légèrement (ordre changé) ; plus le relais LBA de l'offre FT.")
C_COMPTOIR = (f, l)

# C2: Boulangerie Hamon, heavy rewrite, LBA much shorter
t1 = ("BOULANGERIE HAMON - Rennes, quartier Sainte-Thérèse\n\n"
      "Nous recrutons un(e) apprenti(e) boulanger(e) pour la rentrée de septembre 2026.\n\n"
      "Vos missions :\n"
      "- peser les ingrédients et préparer les pétrins\n"
      "- façonner baguettes, pains spéciaux et brioches\n"
      "- surveiller les fermentations et les cuissons au four à sole\n"
      "- participer à la mise en rayon et au nettoyage du fournil\n\n"
      "Votre profil :\n"
      "Vous préparez un CAP Boulanger. Vous êtes matinal(e), soigneux(se) et vous aimez les métiers manuels.\n\n"
      "Ce que nous offrons :\n"
      "Une équipe de 6 personnes, un maître d'apprentissage disponible, des produits de qualité (farines Label Rouge).\n"
      "Horaires : 4h-11h30, deux jours de repos consécutifs.")
t2 = "Apprenti boulanger CAP pour septembre. Fabrication de pains et brioches au four à sole, 4h-11h30, 2 jours de repos de suite. Équipe de 6."
f = ft("Apprenti(e) boulanger(e) - CAP", t1, "2026-03-11", "rennes2", "D1102", nom="BOULANGERIE HAMON", appel="Apprenti boulanger / Apprentie boulangère")
l = lba("Boulanger / Boulangère", t2, "2026-03-23", "rennes2", ["D1102"], name="SARL HAMON ET FILS", legal="SARL HAMON ET FILS", brand="BOULANGERIE HAMON",
        address="41 BD ALBERT 1ER 35200 RENNES", size="6-9")
group("cross_post", [F(f), L(l)], "Même poste, réécriture lourde : texte LBA d'une ligne ; enseigne vs raison sociale ; 12 jours d'écart.")
C_HAMON = (f, l)

# C3: FT without name, LBA with name; light rewrite (sentence added)
t1 = ("Garage indépendant du quartier de Saint-Marc recherche un apprenti mécanicien VL.\n"
      "Entretien, freinage, distribution, climatisation, géométrie.\n"
      "Préparation du CAP Maintenance des véhicules ou du Bac pro.\n"
      "Ambiance familiale, 6 salariés.")
t2 = t1 + "\nPossibilité d'embauche en CDI à l'issue de la formation."
f = ft("Apprenti mécanicien VL (H/F)", t1, "2026-03-17", "brest", "I1604", nom=None, edesc="Garage indépendant multimarque, 6 salariés.",
       appel="Mécanicien réparateur / Mécanicienne réparatrice automobile")
l = lba("Apprenti mécanicien VL", t2, "2026-03-19", "brest", ["I1604"], name="GARAGE LE GALL AUTOMOBILES", legal="GARAGE LE GALL AUTOMOBILES",
        brand=None, address="112 ROUTE DE QUIMPER 29200 BREST", size="6-9")
group("cross_post", [F(f), L(l)], "Même poste : nom absent côté FT (seulement une description), une phrase ajoutée côté LBA.")
C_LEGALL = (f, l)

# C4: Anjou Précision Assemblage, heavy rewrite, + relay
t1 = ("Anjou Précision Assemblage, spécialiste de l'assemblage de réducteurs et de boîtes de transmission (45 salariés), recrute un(e) apprenti(e) "
      "monteur(se) en mécanique.\n\nRattaché(e) au responsable d'atelier, vous :\n"
      "1) préparez les composants (roulements, arbres, engrenages) à partir de la nomenclature ;\n"
      "2) montez les réducteurs selon la gamme ;\n"
      "3) effectuez les contrôles dimensionnels et les essais de rotation ;\n"
      "4) renseignez les fiches de suivi qualité.\n\n"
      "Vous préparez un Bac pro TRPM ou un BTS CPRP. Lecture de plan indispensable.\n"
      "Horaires en journée, restaurant d'entreprise.")
t2 = ("Alternance monteur H/F - atelier transmissions\n"
      "Tu prépares un bac pro ou un BTS en productique ? Viens apprendre le montage de réducteurs chez nous ! "
      "Tu liras les plans, tu monteras les engrenages et roulements, puis tu vérifieras le bon fonctionnement sur banc d'essai. "
      "Cantine sur place, horaires de jour.")
f = ft("Apprenti monteur en mécanique (H/F)", t1, "2026-03-19", "angers", "H2909", nom="ANJOU PRÉCISION ASSEMBLAGE", appel="Monteur / Monteuse en mécanique")
l = lba("Alternance Monteur H/F", t2, "2026-03-30", "angers", ["H2909"], name="ANJOU PRECISION ASSEMBLAGE SAS", legal="ANJOU PRECISION ASSEMBLAGE SAS",
        brand=None, address="ZI DU BOIS DE L'ANGLE, 12 RUE DENIS PAPIN 49000 ANGERS", size="20-49", dip="4", website="https://www.anjou-precision-assemblage.example")
lr = relay(f, name=None, desc=cut(t1, 400), created_delta=2)
group("cross_post", [F(f), L(l), L(lr)], "Même poste posté sur FT et LBA (texte entièrement reformulé, tutoiement, accents différents dans le nom), plus le relais FT tronqué sans nom.")
C_APA = (f, l)

# C5: hotel-restaurant Saint-Malo, order changed
t1 = ("Hôtel-restaurant Les Remparts (intra-muros) recherche un commis de cuisine en apprentissage.\n"
      "Vous travaillerez sous la responsabilité du chef et du second, dans une brigade de 5.\n"
      "Missions : réception des marchandises, mise en place, préparations de base, service.\n"
      "Formation : CAP cuisine ou BP arts de la cuisine.\n"
      "Logement possible pendant la saison.")
t2 = ("Formation : CAP cuisine ou BP arts de la cuisine.\n"
      "Missions : réception des marchandises, mise en place, préparations de base, service.\n"
      "Brigade de 5 personnes, encadrement par le chef et le second.\n"
      "Logement possible en saison. Hôtel intra-muros.")
f = ft("Commis de cuisine apprenti H/F", t1, "2026-03-24", "stmalo", "G1602", nom="Hôtel-Restaurant Les Remparts", appel="Commis de cuisine")
l = lba("Commis de cuisine en apprentissage", t2, "2026-03-24", "stmalo", ["G1602"], name="HOTEL RESTAURANT DES REMPARTS", legal="HOTEL RESTAURANT DES REMPARTS",
        brand="LES REMPARTS", address="3 RUE DE DINAN 35400 ST MALO", size="10-19")
group("cross_post", [F(f), L(l)], "Même poste, même jour ; phrases réordonnées ; nom écrit différemment (accents, article).")
C_REMPARTS = (f, l)

# C6: Vannes garage, FT vs Hellowork, brand vs legal, heavy
t1 = ("Le Garage de Kercado, réparateur agréé, renforce son équipe atelier et recrute un apprenti mécanicien automobile (H/F) "
      "pour un Bac pro Maintenance des véhicules. Vous serez tutoré par notre chef d'atelier et réaliserez l'entretien "
      "périodique, les réparations mécaniques et les diagnostics simples sur véhicules particuliers et utilitaires légers. "
      "Permis B souhaité pour les essais routiers.")
t2 = ("Poste : Apprenti mécanicien auto\nLieu : Vannes (56)\nContrat : apprentissage 24 mois - Bac Pro MV\n\n"
      "L'entreprise : réparateur agréé, 14 salariés, atelier VP/VUL.\n"
      "Le poste : entretien et réparations mécaniques, diagnostics de premier niveau, essais sur route.\n"
      "Le profil : motivé, permis B apprécié.")
f = ft("Apprenti mécanicien automobile (H/F)", t1, "2026-03-26", "vannes", "I1604", nom="GARAGE DE KERCADO", appel="Mécanicien / Mécanicienne automobile")
l = lba("Apprenti Mécanicien Auto H/F", t2, "2026-04-09", "vannes", ["I1604"], partner="Hellowork", name="MORBIHAN AUTO SERVICES", legal="MORBIHAN AUTO SERVICES",
        brand="GARAGE DE KERCADO", address="Rue du Commerce, 56000 Vannes", size="10-19", dip="4", pid="63158804")
group("cross_post", [F(f), L(l)], "Même poste sur FT et Hellowork (relayé par LBA) : enseigne vs raison sociale, texte restructuré en rubriques, 14 jours d'écart.")
C_KERCADO = (f, l)

# C7: cabinet Lemaire, light
t1 = ("Cabinet Lemaire & Associés, avocats, recherche un(e) secrétaire en alternance (BTS SAM).\n"
      "Vous gérerez l'accueil, le standard, la prise de rendez-vous, la frappe des actes et le classement des dossiers.\n"
      "Discrétion et excellente orthographe indispensables.")
t2 = ("Cabinet d'avocats (6 personnes) recherche un(e) secrétaire en alternance - BTS SAM.\n"
      "Vous gérerez l'accueil, le standard, la prise de rendez-vous, la frappe des actes et le classement des dossiers. Vous participerez à la mise à jour de notre logiciel de gestion.\n"
      "Discrétion et excellente orthographe indispensables.")
f = ft("Secrétaire juridique en alternance", t1, "2026-03-30", "nantes", "M1607", nom="CABINET LEMAIRE & ASSOCIES", appel="Secrétaire", nature="Contrat apprentissage")
l = lba("Secrétaire en alternance (cabinet d'avocats)", t2, "2026-04-02", "nantes", ["M1607"], name="SCP LEMAIRE ASSOCIES", legal="SCP LEMAIRE ASSOCIES",
        brand=None, address="18, rue de Strasbourg - 44000 Nantes", size="6-9", dip="5")
group("cross_post", [F(f), L(l)], "Même poste, réécriture légère (phrase ajoutée), « & Associés » vs « SCP LEMAIRE ASSOCIES ».")
C_LEMAIRE = (f, l)

# C8: Ty Bara / EURL Le Bihan
t1 = ("TY BARA recrute ! Apprenti(e) boulanger(e) pour notre fournil du centre-ville de Quimper. "
      "Pain bio au levain, cuisson au four à bois. CAP en 2 ans. Horaires de matin, dimanche travaillé (repos lundi-mardi).")
t2 = ("Fournil bio du centre de Quimper, four à bois, cherche apprenti(e). Levain naturel, farines bio de Bretagne.\n"
      "Formation CAP boulanger (2 ans).\n"
      "Repos lundi + mardi, on travaille le dimanche matin.")
f = ft("Apprenti(e) boulanger(e) - pain bio", t1, "2026-04-02", "quimper", "D1102", nom="TY BARA", appel="Apprenti boulanger / Apprentie boulangère")
l = lba("Apprenti boulanger bio", t2, "2026-04-07", "quimper", ["D1102"], name="EURL LE BIHAN", legal="EURL LE BIHAN", brand="TY BARA",
        address="5 RUE KEREON 29000 QUIMPER", size="3-5")
group("cross_post", [F(f), L(l)], "Même poste : enseigne TY BARA (FT) vs raison sociale EURL LE BIHAN (nom LBA), textes reformulés.")
C_TYBARA = (f, l)

# C9: Loire Hydraulique Systemes, Meteojob + relay
t1 = ("LOIRE HYDRAULIQUE SYSTÈMES - Saint-Herblain\n"
      "Nous fabriquons des groupes hydrauliques sur mesure pour l'industrie.\n"
      "Poste : monteur(se) en alternance (BTS CPRP ou Bac pro).\n"
      "Missions : montage des pompes, moteurs et blocs forés ; raccordement des flexibles ; essais en pression.\n"
      "Profil : rigoureux(se), à l'aise avec la lecture de schémas.")
t2 = ("Nous fabriquons des groupes hydrauliques sur mesure pour l'industrie, à Saint-Herblain.\n"
      "Dans le cadre d'un BTS CPRP ou d'un Bac pro, nous recherchons un(e) monteur(se) en alternance.\n"
      "Missions : montage des pompes, moteurs et blocs forés ; raccordement des flexibles ; essais en pression.\n"
      "Profil : rigoureux(se), à l'aise avec la lecture de schémas hydrauliques. Débutant accepté.")
f = ft("Monteur en alternance - hydraulique (H/F)", t1, "2026-04-07", "stherblain", "H2909", nom="LOIRE HYDRAULIQUE SYSTEMES", appel="Monteur-assembleur / Monteuse-assembleuse en mécanique")
l = lba("Monteur H/F en alternance", t2, "2026-04-10", "stherblain", ["H2909", "H2913"], partner="Meteojob", name="Loire Hydraulique Systèmes",
        legal="Loire Hydraulique Systèmes", address="Parc d'activités de la Lorie, 44800 Saint-Herblain", size="50-99", dip="5", pid="MJ-20419377")
lr = relay(f, desc=flat(t1))
group("cross_post", [F(f), L(l), L(lr)], "Même poste sur FT et Meteojob (légère réécriture), plus le relais LBA de l'offre FT (texte aplati).")
C_LHS = (f, l)

# C10: creperie Saint-Georges (Rennes), heavy, short
t1 = "Crêperie St Georges cherche apprenti(e) en cuisine : galettes, crêpes, garnitures. CAP cuisine. Fermé dimanche."
t2 = ("Apprenti(e) cuisine en crêperie. Vous apprendrez à tourner les galettes de blé noir et à préparer les garnitures maison. "
      "Préparation du CAP. Repos le dimanche.")
f = ft("Apprenti cuisine crêperie", t1, "2026-04-09", "rennes", "G1602", nom="CREPERIE ST GEORGES", appel="Apprenti cuisinier / Apprentie cuisinière", comps=False)
l = lba("Apprenti(e) cuisinier(e) - crêperie", t2, "2026-04-20", "rennes", ["G1602"], name="CRÊPERIE SAINT-GEORGES", legal="CRÊPERIE SAINT-GEORGES",
        address="11 rue du Chapitre 35000 Rennes", size="3-5")
group("cross_post", [F(f), L(l)], "Même poste, deux textes courts réécrits, « ST » vs « SAINT- », 11 jours d'écart, au milieu de nombreuses offres de cuisine à Rennes.")
C_CREPERIE = (f, l)

# C11: Lannion secretary, FT without name
t1 = ("Entreprise de couverture et charpente (18 salariés) recherche un(e) assistant(e) administratif(ve) en alternance.\n"
      "Vous prendrez en charge l'accueil, la préparation des devis, la relance des factures et le suivi des chantiers dans notre logiciel.\n"
      "Formation : BTS Gestion de la PME ou titre Assistant(e) de gestion.")
t2 = ("TREGOR BATIMENT recherche un(e) assistant(e) administratif(ve) en alternance.\n"
      "Vous prendrez en charge l'accueil, la préparation des devis, la relance des factures et le suivi des chantiers dans notre logiciel.\n"
      "Entreprise de couverture-charpente de 18 salariés, basée à Lannion.\n"
      "Formation : BTS Gestion de la PME ou titre Assistant(e) de gestion.")
f = ft("Assistant(e) administratif(ve) en alternance", t1, "2026-04-13", "lannion", "M1607", nom=None, appel="Assistant administratif / Assistante administrative")
l = lba("Assistant administratif en alternance H/F", t2, "2026-04-13", "lannion", ["M1607"], name="SARL TREGOR BATIMENT", legal="SARL TREGOR BATIMENT",
        address="ZA de Pégase 22300 LANNION", size="10-19", dip="5")
group("cross_post", [F(f), L(l)], "Même poste, même jour ; employeur absent côté FT ; une phrase ajoutée et le nom dans le texte côté LBA.")

# C12: Cholet, 20 days apart, heavy
t1 = ("Garage des Mauges - Cholet\n"
      "Apprenti mécanicien (CAP MV) recherché pour septembre.\n"
      "Au quotidien : révisions constructeur, pneus, freins, embrayages, aide aux diagnostics.\n"
      "Nous sommes une équipe de 4 mécaniciens + 1 carrossier. Samedi matin travaillé 1 semaine sur 2.")
t2 = ("Vous souhaitez devenir mécanicien automobile ? Notre atelier de Cholet vous propose un contrat d'apprentissage de 2 ans "
      "(CAP maintenance des véhicules). Encadré par des mécaniciens expérimentés, vous apprendrez à réaliser les révisions, "
      "à changer les organes de freinage et d'embrayage et à utiliser les outils de diagnostic. Un samedi matin sur deux.")
f = ft("Apprenti mécanicien H/F", t1, "2026-04-14", "cholet", "I1604", nom="Garage des Mauges", appel="Mécanicien / Mécanicienne automobile")
l = lba("Mécanicien / Mécanicienne automobile", t2, "2026-05-04", "cholet", ["I1604"], name="SAS AUTOS DES MAUGES", legal="SAS AUTOS DES MAUGES",
        brand="GARAGE DES MAUGES", address="Route de Nantes 49300 CHOLET", size="6-9")
group("cross_post", [F(f), L(l)], "Même poste, 20 jours d'écart, texte entièrement reformulé ; enseigne vs raison sociale.")
C_MAUGES = (f, l)

# ================================================================ DOUBLE PULLS (6)
t = ("Boulangerie Le Fournil Saint-Hélier recherche un(e) apprenti(e) boulanger(e) (CAP).\n"
     "Fabrication des pains, viennoiseries et snacking du midi. 5 jours / semaine.")
f1 = ft("Apprenti boulanger (H/F)", t, "2026-03-13", "rennes", "D1102", nom="LE FOURNIL SAINT-HELIER", appel="Apprenti boulanger / Apprentie boulangère")
f2 = ft("Apprenti boulanger (H/F)", t, "2026-03-22", "rennes", "D1102", nom="LE FOURNIL SAINT-HELIER", appel="Apprenti boulanger / Apprentie boulangère")
group("double_pull", [F(f1), F(f2)], "Republication FT 9 jours plus tard, texte identique.")
D_FOURNIL = f1

t1 = ("Concession automobile Nantes Est recherche un apprenti technicien de maintenance automobile (Bac pro MV).\n"
      "Vous intervenez sur l'entretien et la réparation de véhicules récents, en lien avec le chef d'atelier.\n"
      "Début du contrat : 1er septembre 2026.")
t2 = t1.replace("1er septembre 2026", "dès que possible (septembre au plus tard)")
f1 = ft("Apprenti technicien maintenance automobile", t1, "2026-03-16", "nantes3", "I1604", nom="NANTES EST AUTOMOBILES", appel="Technicien / Technicienne de maintenance automobile")
f2 = ft("Apprenti technicien maintenance automobile H/F", t2, "2026-04-06", "nantes3", "I1604", nom="NANTES EST AUTOMOBILES", appel="Technicien / Technicienne de maintenance automobile")
lr = relay(f2, created_delta=1, dip="4")
group("double_pull", [F(f1), F(f2), L(lr)], "Republication FT 3 semaines plus tard (date de début modifiée), la seconde version est relayée par LBA.")
D_NEA = (f1, f2)

t = "Brasserie du port de commerce recherche commis de cuisine en apprentissage. Service midi uniquement du lundi au vendredi."
f1 = ft("Commis de cuisine (H/F)", t, "2026-03-31", "brest", "G1602", nom="BRASSERIE DU PORT DE COMMERCE", appel="Commis de cuisine")
f2 = ft("Commis de cuisine (H/F)", t, "2026-04-05", "brest", "G1602", nom="BRASSERIE DU PORT DE COMMERCE", appel="Commis de cuisine")
group("double_pull", [F(f1), F(f2)], "Republication FT 5 jours plus tard, identique.")

t1 = ("Restaurant bistronomique du quartier de la Doutre recherche un apprenti cuisinier (CAP ou BP).\n"
      "Cuisine du marché, produits locaux.\nVous serez formé(e) à toutes les étapes, de la réception à l'envoi.")
t2 = t1 + "\nPoste à pourvoir en septembre, 2 jours de repos consécutifs."
l1 = lba("Apprenti cuisinier H/F", t1, "2026-03-20", "angers", ["G1602"], name="LA DOUTRE GOURMANDE", legal="LA DOUTRE GOURMANDE", address="9 PLACE DE LA LAITERIE 49000 ANGERS", size="6-9")
l2 = lba("Apprenti cuisinier H/F", t2, "2026-04-03", "angers", ["G1602"], name="LA DOUTRE GOURMANDE", legal="LA DOUTRE GOURMANDE", address="9 PLACE DE LA LAITERIE 49000 ANGERS", size="6-9")
group("double_pull", [L(l1), L(l2)], "Republication LBA 2 semaines plus tard, une phrase ajoutée.")
D_DOUTRE = l1

t = ("Intégrez notre atelier de montage de machines spéciales à Nantes (quartier Beaulieu) en alternance.\n"
     "Vous assemblez des bâtis, montez les éléments de guidage et de transmission et participez aux essais.\n"
     "Bac pro ou BTS. Horaires de journée.")
l1 = lba("Monteur machines spéciales - alternance", t, "2026-04-14", "nantes", ["H2909"], partner="Hellowork", name="OUEST MACHINES SPECIALES",
         legal="OUEST MACHINES SPECIALES", address="Bd Général de Gaulle 44000 Nantes", size="20-49", dip="4", pid="64011237")
l2 = lba("Monteur machines spéciales - alternance", t, "2026-04-20", "nantes", ["H2909"], partner="Hellowork", name="OUEST MACHINES SPECIALES",
         legal="OUEST MACHINES SPECIALES", address="Bd Général de Gaulle 44000 Nantes", size="20-49", dip="4", pid="64077520")
group("double_pull", [L(l1), L(l2)], "Même offre publiée deux fois sur Hellowork (deux identifiants partenaires), 6 jours d'écart.")

t1 = ("Nous recherchons un(e) secrétaire en alternance pour notre agence de Rennes.\n"
      "Accueil, courriers, saisie des bons d'intervention, suivi des plannings des techniciens.")
t2 = t1.replace("suivi des plannings", "mise à jour des plannings")
l1 = lba("Secrétaire H/F", t1, "2026-03-27", "cesson", ["M1607"], name="ARMOR THERMIQUE SERVICES", legal="ARMOR THERMIQUE SERVICES",
         address="3 RUE DE LA RIGOURDIERE 35510 CESSON-SEVIGNE", size="20-49", dip="5")
l2 = lba("Secrétaire H/F", t2, "2026-04-24", "cesson", ["M1607", "M1602"], name="ARMOR THERMIQUE SERVICES", legal="ARMOR THERMIQUE SERVICES",
         address="3 RUE DE LA RIGOURDIERE 35510 CESSON-SEVIGNE", size="20-49", dip="5")
group("double_pull", [L(l1), L(l2)], "Republication LBA 4 semaines plus tard, un mot changé, un ROME ajouté.")
D_ATS = l1

# ================================================================ TRAPS
# T1 same garage (C3, Brest), second job: secretary
t = ("Garage Le Gall Automobiles recherche un(e) secrétaire-assistant(e) en alternance : accueil clientèle, prise de rendez-vous atelier, "
     "facturation des réparations, relation avec les assurances.")
s = lba("Secrétaire d'atelier en alternance", t, "2026-03-19", "brest", ["M1607"], name="GARAGE LE GALL AUTOMOBILES", legal="GARAGE LE GALL AUTOMOBILES",
        address="112 ROUTE DE QUIMPER 29200 BREST", size="6-9", dip="5", sir=next(j for j in LBA if j["identifier"]["id"] == C_LEGALL[1])["workplace"]["siret"])
trap("same_employer_two_jobs", [L(C_LEGALL[1]), L(s)], "Même garage, même adresse, même jour : apprenti mécanicien (I1604) et secrétaire d'atelier (M1607), deux postes.")

# T2 Anjou Précision Assemblage: monteur + secrétaire
t = ("ANJOU PRÉCISION ASSEMBLAGE recrute un(e) assistant(e) administratif(ve) en alternance pour son service achats-logistique : "
     "saisie des commandes fournisseurs, suivi des livraisons, classement.")
f = ft("Assistant(e) administratif(ve) alternance", t, "2026-03-20", "angers", "M1607", nom="ANJOU PRÉCISION ASSEMBLAGE", appel="Assistant administratif / Assistante administrative")
trap("same_employer_two_jobs", [F(C_APA[0]), F(f)], "Même entreprise, même site, à un jour d'écart : monteur (H2909) et assistant(e) administratif(ve) (M1607).")

# T3 Vannes bakery-traiteur: boulanger + commis cuisine
tb = ("Maison Le Port, boulangerie-traiteur à Vannes, recherche un apprenti boulanger (CAP). Pains, viennoiseries, pâte à pizza pour le rayon traiteur.")
tc = ("Maison Le Port, boulangerie-traiteur à Vannes, recherche un apprenti commis de cuisine (CAP cuisine) pour son laboratoire traiteur : quiches, salades, plats du jour.")
b = ft("Apprenti boulanger H/F", tb, "2026-04-10", "vannes", "D1102", nom="MAISON LE PORT", appel="Apprenti boulanger / Apprentie boulangère")
c = ft("Apprenti commis de cuisine H/F", tc, "2026-04-10", "vannes", "G1602", nom="MAISON LE PORT", appel="Commis de cuisine")
trap("same_employer_two_jobs", [F(b), F(c)], "Même boulangerie-traiteur, même jour, textes presque identiques : apprenti boulanger et apprenti commis de cuisine.")

# T4 Garage Rennes Sud: CAP mechanic (relay R10) vs BTS technician, same ROME
t = ("Centre auto de Rennes Sud recherche un(e) alternant(e) en BTS Maintenance des véhicules.\n"
     "- Diagnostics électroniques et électriques\n- Interventions sur véhicules hybrides (habilitation fournie)\n- Appui technique aux apprentis CAP.\n"
     "Horaires : 8h30-12h / 14h-18h30, un samedi sur deux.")
b = ft("Alternant BTS maintenance des véhicules (H/F)", t, "2026-04-03", "rennes2", "I1604", nom="RENNES SUD AUTO ENTRETIEN", appel="Technicien / Technicienne de maintenance automobile")
trap("same_employer_two_jobs", [F(R_RENNES_SUD), F(b)], "Même centre auto, même jour, même ROME I1604 : un apprenti CAP mécanicien et un alternant BTS technicien, deux postes différents.")

# T5 national chain template in 3 cities
chain = ("AUTO RAPIDO SERVICES, réseau national d'entretien rapide (plus de 200 centres), recrute un apprenti mécanicien H/F.\n"
         "Au sein du centre, vous réalisez les prestations d'entretien : vidange, pneumatiques, freinage, amortisseurs, climatisation.\n"
         "Vous êtes formé(e) à nos méthodes par le chef de centre.\n"
         "Profil : CAP Maintenance des véhicules en préparation. Permis B apprécié.\n"
         "Avantages : mutuelle, prime d'intéressement, possibilité d'évolution.")
ids = []
for pl, d in (("rennes", "2026-04-15"), ("nantes3", "2026-04-15"), ("angers", "2026-04-16")):
    ids.append(lba("Apprenti mécanicien H/F - %s" % PL[pl][4].title(), chain, d, pl, ["I1604"], name="AUTO RAPIDO SERVICES %s" % PL[pl][4],
                   legal="AUTO RAPIDO SERVICES %s" % PL[pl][4], brand="AUTO RAPIDO", size="10-19"))
trap("chain_template_cities", [L(x) for x in ids], "Réseau national, même texte type publié pour trois centres (Rennes, Nantes, Angers) : trois postes distincts.")
T_CHAIN = ids

# T6 temp agency template, H2909, Cholet + Saint-Nazaire (FT)
tmp = ("Votre agence PROXI INTERIM recrute pour l'un de ses clients, entreprise industrielle, un monteur mécanique en contrat de professionnalisation (H/F).\n"
       "Vous assemblerez des ensembles mécaniques selon plans et gammes, réaliserez les contrôles et renseignerez les documents qualité.\n"
       "Formation CQP Monteur assembleur financée, 12 mois.\nHoraires en 2x8 possibles.")
a = ft("Monteur mécanique en contrat pro (H/F)", tmp, "2026-04-17", "cholet", "H2909", nom="PROXI INTERIM", nature="Contrat de professionnalisation", appel="Monteur-assembleur / Monteuse-assembleuse en mécanique")
b = ft("Monteur mécanique en contrat pro (H/F)", tmp, "2026-04-17", "stnazaire", "H2909", nom="PROXI INTERIM", nature="Contrat de professionnalisation", appel="Monteur-assembleur / Monteuse-assembleuse en mécanique")
trap("agency_template_cities", [F(a), F(b)], "Agence d'intérim, même texte type le même jour pour deux clients dans deux villes (Cholet, Saint-Nazaire).")

# T7 franchise bakery chain, 3 cities (mixed boards)
tmp = ("La Maison Pétrin d'Or recherche un(e) apprenti(e) boulanger(e) pour sa boutique.\n"
       "Vous participez à la fabrication des pains et viennoiseries dans le respect des recettes de l'enseigne.\n"
       "CAP boulanger. Mutuelle, tenue fournie, prime de fin d'année.")
a = ft("Apprenti(e) boulanger(e) - Maison Pétrin d'Or", tmp, "2026-04-20", "brest", "D1102", nom="MAISON PETRIN D'OR", appel="Apprenti boulanger / Apprentie boulangère")
b = lba("Apprenti(e) boulanger(e) - Maison Pétrin d'Or", tmp, "2026-04-21", "quimper", ["D1102"], name="SAS PETRIN D'OR QUIMPER", legal="SAS PETRIN D'OR QUIMPER", brand="MAISON PETRIN D'OR", size="6-9")
c = lba("Apprenti(e) boulanger(e) - Maison Pétrin d'Or", tmp, "2026-04-21", "lorient", ["D1102"], name="SAS PETRIN D'OR LORIENT", legal="SAS PETRIN D'OR LORIENT", brand="MAISON PETRIN D'OR", size="6-9")
trap("chain_template_cities", [F(a), L(b), L(c)], "Franchise de boulangerie, même texte type pour Brest, Quimper et Lorient (trois boutiques, trois postes).")

# T8 same group, same title, two sites (Nantes / Rezé)
t = ("Les Tables de l'Erdre recherchent un(e) apprenti(e) commis de cuisine pour leur restaurant {site}.\n"
     "Cuisine de saison, 80 couverts. CAP cuisine. Repos le dimanche et le lundi.")
a = lba("Apprenti(e) commis de cuisine", t.replace("{site}", "de Nantes (quai de Versailles)"), "2026-04-22", "nantes", ["G1602"], name="LES TABLES DE L'ERDRE", legal="LES TABLES DE L'ERDRE", address="22 QUAI DE VERSAILLES 44000 NANTES", size="20-49")
b = lba("Apprenti(e) commis de cuisine", t.replace("{site}", "de Rezé (Trentemoult)"), "2026-04-22", "reze", ["G1602"], name="LES TABLES DE L'ERDRE", legal="LES TABLES DE L'ERDRE", address="4 RUE DES MARINS 44400 REZE", size="20-49")
trap("same_employer_two_sites", [L(a), L(b)], "Même employeur, même intitulé, même jour, deux restaurants dans deux communes (Nantes et Rezé).")

# T9 same company two sites H2909 Angers / Cholet (FT, employer hidden in text)
t = ("Groupe familial de fabrication de matériel agricole recherche pour son usine de {v} un apprenti monteur (H/F).\n"
     "Montage de sous-ensembles (essieux, vérins, attelages) à partir de plans.\nBac pro ou CAP. Horaires de journée.")
a = ft("Apprenti monteur (H/F)", t.replace("{v}", "Angers"), "2026-04-23", "angers", "H2909", nom="AGRI-MAT OUEST", appel="Monteur / Monteuse en mécanique")
b = ft("Apprenti monteur (H/F)", t.replace("{v}", "Cholet"), "2026-04-23", "cholet", "H2909", nom="AGRI-MAT OUEST", appel="Monteur / Monteuse en mécanique")
trap("same_employer_two_sites", [F(a), F(b)], "Même employeur, même intitulé, même jour, deux usines (Angers, Cholet).")

# T10 two employers Rennes, generic commis text nearly identical (LBA own)
gt = "Le commis de cuisine prépare les légumes, les viandes et les poissons, réalise des préparations simples sous la responsabilité du chef et entretient son poste."
a = lba("Commis de cuisine", gt, "2026-04-01", "rennes", ["G1602"], name="LE BISTROT DE LA VISITATION", legal="LE BISTROT DE LA VISITATION", address="2 RUE DE LA VISITATION 35000 RENNES", size="3-5")
b = lba("Commis de cuisine", gt, "2026-04-08", "rennes", ["G1602"], name="SARL LES HALLES CENTRALES", legal="SARL LES HALLES CENTRALES", brand="CHEZ MARCEL", address="14 PLACE HONORE COMMEUREC 35000 RENNES", size="6-9")
trap("different_employers_generic_text", [L(a), L(b)], "Deux restaurants différents de Rennes (SIRET, adresses différents) avec la même définition générique du métier.")

# T11 two bakeries Nantes, generic short text (FT, one without name)
g = "Boulangerie artisanale recherche apprenti(e) boulanger(e) en CAP. Fabrication du pain et des viennoiseries, horaires de nuit après 18 ans."
a = ft("Apprenti boulanger H/F", g, "2026-03-30", "nantes", "D1102", nom=None, comps=False, qual=False)
b = ft("Apprenti boulanger H/F", g + " Quartier Doulon, près du tram.", "2026-04-14", "nantes3", "D1102", nom="AUX DELICES DE DOULON", comps=False, qual=False)
trap("different_employers_generic_text", [F(a), F(b)], "Deux boulangeries différentes de Nantes, texte générique identique, l'une sans nom : rien ne permet de les fusionner.")

# T12 two garages Brest generic
g1 = "Garage indépendant recherche un apprenti mécanicien automobile (CAP maintenance des véhicules). Entretien courant, vidanges, freinage, pneumatiques."
g2 = "Garage multimarque recherche un apprenti mécanicien automobile (CAP maintenance des véhicules). Entretien courant, vidanges, freinage, pneumatiques."
a = ft("Apprenti mécanicien automobile (H/F)", g1, "2026-04-02", "brest", "I1604", nom="GARAGE DU PORT", appel="Mécanicien / Mécanicienne automobile")
b = lba("Apprenti mécanicien automobile (H/F)", g2, "2026-04-06", "brest", ["I1604"], name="GARAGE DU PORT AUTO 29", legal="GARAGE DU PORT AUTO 29", address="8 RUE DE L'ELORN 29200 BREST", size="3-5")
trap("similar_names_different_businesses", [F(a), L(b)], "« Garage du Port » (quai Est, FT) et « Garage du Port Auto 29 » (rue de l'Elorn, LBA) : deux garages distincts de Brest aux noms et textes presque identiques.")

# T13 similar names Rennes bakeries: Le Fournil Saint-Hélier (D1) vs Au Fournil Rennais
t = ("Au Fournil Rennais recherche un(e) apprenti(e) boulanger(e) (CAP).\nFabrication des pains, viennoiseries et sandwichs du midi. 5 jours par semaine.")
b = lba("Apprenti boulanger (H/F)", t, "2026-03-18", "rennes", ["D1102"], name="AU FOURNIL RENNAIS", legal="AU FOURNIL RENNAIS", address="56 RUE DE SAINT-MALO 35000 RENNES", size="3-5")
trap("similar_names_different_businesses", [F(D_FOURNIL), L(b)], "« Le Fournil Saint-Hélier » et « Au Fournil Rennais » : deux boulangeries distinctes de Rennes, textes très proches.")

# T14 Le Comptoir Breton vs Comptoir Breton Traiteur (Rennes)
a = ft("Commis de cuisine en apprentissage", "Le Comptoir Breton, restaurant de la place Sainte-Anne, cherche un apprenti commis de cuisine. CAP cuisine. Service du soir.",
       "2026-04-16", "rennes", "G1602", nom="LE COMPTOIR BRETON", appel="Commis de cuisine")
b = lba("Commis de cuisine en apprentissage", "Comptoir Breton Traiteur cherche un apprenti commis pour son laboratoire de Cleunay : buffets, cocktails, plateaux repas. CAP cuisine. Travail en journée.",
        "2026-04-18", "rennes2", ["G1602"], name="COMPTOIR BRETON TRAITEUR", legal="COMPTOIR BRETON TRAITEUR", address="27 RUE PAUL BERT 35200 RENNES", size="10-19")
trap("similar_names_different_businesses", [F(a), L(b)], "Deux entreprises distinctes aux noms quasi identiques à Rennes (restaurant vs traiteur), même intitulé.")

# T15 re-hire > 6 months: Ty Bara (C8) posts again in November with same text
f = ft("Apprenti(e) boulanger(e) - pain bio", next(o for o in FT if o["id"] == C_TYBARA[0])["description"], "2026-11-05", "quimper", "D1102", nom="TY BARA",
       appel="Apprenti boulanger / Apprentie boulangère")
trap("rehire_after_6_months", [F(C_TYBARA[0]), F(f)], "Même employeur, même texte, mais 7 mois plus tard (avril -> novembre) : nouvelle embauche, pas une republication.")
T_TYBARA_NOV = f

# T16 re-hire: Remparts (C5) in October on LBA
t = ("Hôtel-restaurant intra-muros recherche un commis de cuisine en apprentissage pour la saison prochaine.\n"
     "Missions : réception des marchandises, mise en place, préparations de base, service.\nFormation : CAP cuisine ou BP arts de la cuisine.")
l = lba("Commis de cuisine en apprentissage", t, "2026-10-19", "stmalo", ["G1602"], name="HOTEL RESTAURANT DES REMPARTS", legal="HOTEL RESTAURANT DES REMPARTS",
        brand="LES REMPARTS", address="3 RUE DE DINAN 35400 ST MALO", size="10-19")
trap("rehire_after_6_months", [L(C_REMPARTS[1]), L(l)], "Même hôtel-restaurant, même poste, publié à nouveau 7 mois plus tard pour la saison suivante.")

# T17 re-hire: Fiduciaire du Maine (R4) in November on FT
t = next(o for o in FT if o["id"] == R_FIDU)["description"].replace("BTS Support à l'action managériale", "BTS SAM")
f = ft("Secrétaire administratif(ve) en alternance", t, "2026-11-12", "angers", "M1607", nom="FIDUCIAIRE DU MAINE", nature="Contrat de professionnalisation",
       appel="Secrétaire administratif / administrative")
trap("rehire_after_6_months", [F(R_FIDU), F(f)], "Même cabinet, texte presque identique, 8 mois plus tard : nouveau recrutement.")

# T18 CFA-delegated offers: same workplace (CFA), same title, two companies
cfa = dict(name="CFA BRETAGNE METIERS DE BOUCHE", legal="CFA BRETAGNE METIERS DE BOUCHE", brand=None, sir="13002211400021",
           address="10 RUE DES SAPEURS 35200 RENNES", delegated=True, size="50-99")
a = lba("Apprenti(e) commis de cuisine", "Pour le compte d'un restaurant traditionnel du centre de Rennes (12 salariés), le CFA recherche un(e) apprenti(e) commis de cuisine. Préparation du CAP cuisine en 2 ans.",
        "2026-04-21", "rennes2", ["G1602"], **cfa)
b = lba("Apprenti(e) commis de cuisine", "Pour le compte d'une brasserie de Cesson-Sévigné (zone des Champs Blancs), le CFA recherche un(e) apprenti(e) commis de cuisine. Préparation du CAP cuisine en 2 ans.",
        "2026-04-21", "rennes2", ["G1602"], **cfa)
trap("delegated_cfa_two_companies", [L(a), L(b)], "Deux offres déléguées au même CFA (même SIRET et adresse, celle du CFA), même intitulé, même jour, pour deux entreprises différentes.")

# T19 same restaurant: apprentice vs CDI cook (different jobs)
t = ("Le Comptoir Nantais recrute un cuisinier confirmé (H/F) en CDI, 39h. Vous seconderez le chef et encadrerez notre apprenti.\n"
     "Expérience de 3 ans minimum en restauration traditionnelle.")
f = ft("Cuisinier H/F - CDI", t, "2026-03-12", "nantes", "G1602", nom="Le Comptoir Nantais", typ="CDI", nature="Contrat travail", alternance=False,
       appel="Cuisinier / Cuisinière")
FT[-1]["experienceExige"] = "E"; FT[-1]["experienceLibelle"] = "3 An(s)"
trap("same_employer_two_jobs", [F(C_COMPTOIR[0]), F(f)], "Même bistrot, deux jours d'écart : apprenti commis (alternance) et cuisinier confirmé en CDI.")

# T20 Loire Hydraulique Systèmes: second monteur at another site? -> same employer, second job (secretary) via FT
t = ("LOIRE HYDRAULIQUE SYSTEMES recherche un(e) assistant(e) ADV en alternance : saisie des commandes, édition des bons de livraison, accueil téléphonique.")
f = ft("Assistant(e) administration des ventes - alternance", t, "2026-04-08", "stherblain", "M1607", nom="LOIRE HYDRAULIQUE SYSTEMES", appel="Assistant administratif / Assistante administrative")
trap("same_employer_two_jobs", [F(C_LHS[0]), F(f)], "Même entreprise, même site, à un jour d'écart : monteur (H2909) et assistant(e) ADV (M1607).")

# T21 Hamon (C2) second apprentice in same bakery? -> same employer same trade 2 different diplomas
t = ("BOULANGERIE HAMON recherche également un(e) apprenti(e) en Brevet Professionnel Boulanger (après CAP). "
     "Vous prendrez en charge la production des pains spéciaux et encadrerez la préparation des commandes professionnelles.")
f = ft("Apprenti(e) boulanger(e) - BP", t, "2026-03-11", "rennes2", "D1102", nom="BOULANGERIE HAMON", appel="Boulanger / Boulangère")
trap("same_employer_two_jobs", [F(C_HAMON[0]), F(f)], "Même boulangerie, même jour, même ROME : un apprenti CAP et un apprenti BP, deux postes.")

# T22 Nantes generic cook text, different employer than relayed R11
a = lba("Apprenti commis de cuisine (H/F)", "Restaurant traditionnel de la place du Bouffay recherche un apprenti commis de cuisine pour préparer le CAP cuisine. Travail en équipe, service du soir uniquement.",
        "2026-04-09", "nantes", ["G1602"], name="L'ATELIER DU BOUFFAY", legal="L'ATELIER DU BOUFFAY", address="3 PLACE DU BOUFFAY 44000 NANTES", size="6-9")
trap("different_employers_generic_text", [F(R_NANTES_GEN), L(a)], "Texte presque identique, même ville, trois jours d'écart, mais service du soir uniquement (vs midi et soir) : l'offre FT sans nom (relayée séparément) vient d'un autre restaurant ; celle-ci est postée par L'Atelier du Bouffay avec SIRET.")

# ================================================================ fillers: crowded cities, distinct offers
def filler_ft(rome, place, date, nom):
    return ft(R.choice(TITLES[rome]), gen(rome), date, place, rome, nom=nom, comps=R.random() < 0.5, qual=R.random() < 0.4)

def filler_lba(rome, place, date, nm, partner="offres_emploi_lba"):
    return lba(R.choice(TITLES[rome]), gen(rome), date, place, [rome], name=nm, legal=nm, size=R.choice(["3-5", "6-9", "10-19"]), partner=partner,
               dip="4" if rome in ("H2909",) else ("5" if rome == "M1607" else "3"))

def dates(n, a="2026-03-02", b="2026-05-22"):
    A = dt.date.fromisoformat(a); B = dt.date.fromisoformat(b)
    return [(A + dt.timedelta(days=R.randint(0, (B - A).days))).isoformat() for _ in range(n)]

FT_FILL = [
 ("G1602", "rennes", "LE P'TIT BOUCHON"), ("G1602", "rennes", None), ("G1602", "rennes", "RESTAURANT L'ALCHIMIE"), ("G1602", "rennes", None),
 ("G1602", "rennes2", "LA TABLE DE CLEUNAY"), ("G1602", "cesson", "BRASSERIE DES CHAMPS BLANCS"), ("G1602", "bruz", None),
 ("D1102", "nantes", "BOULANGERIE DE LA MADELEINE"), ("D1102", "nantes", None), ("D1102", "nantes3", "LE PAIN DE L'ERDRE"), ("D1102", "reze", "FOURNIL DE TRENTEMOULT"),
 ("I1604", "brest", "BREST AUTO REPARATION"), ("I1604", "brest", None), ("I1604", "brest", "GARAGE DE LAMBEZELLEC"),
 ("M1607", "rennes", "AGENCE BRETILIENNE DE SERVICES"), ("M1607", "nantes", None), ("M1607", "vitre", "VITRE EMBALLAGES"),
 ("H2909", "nantes3", "ERDRE MECANIQUE"), ("H2909", "stnazaire", None), ("H2909", "stherblain", "OUEST VERINS"),
 ("D1102", "lorient", "BOULANGERIE DU MOUSTOIR"), ("G1602", "stbrieuc", None), ("I1604", "lorient", "KERVENANEC AUTOS"),
 ("G1602", "brest", "LE FOURNEAU BRESTOIS"), ("D1102", "vitre", None),
]
LBA_FILL = [
 ("G1602", "rennes", "L'ENCRIER", "offres_emploi_lba"), ("G1602", "rennes", "BISTROT SAINTE-ANNE", "offres_emploi_lba"), ("G1602", "rennes", "LA CAMBUSE RENNAISE", "Hellowork"),
 ("G1602", "rennes2", "LE JARDIN DES PLANTES", "offres_emploi_lba"), ("G1602", "cesson", "LES SAVEURS DU LOGIS", "offres_emploi_lba"),
 ("D1102", "nantes", "LA HUCHE NANTAISE", "offres_emploi_lba"), ("D1102", "nantes", "PAINS ET COMPAGNIE NANTES", "offres_emploi_lba"), ("D1102", "nantes3", "BOULANGERIE DU PETIT PORT", "offres_emploi_lba"),
 ("I1604", "brest", "SAINT-MARC PNEUS ET SERVICES", "offres_emploi_lba"), ("I1604", "brest", "GARAGE DU BOUGUEN", "Meteojob"), ("I1604", "brest", "KERINOU AUTOMOBILES", "offres_emploi_lba"),
 ("M1607", "rennes", "CABINET GUERIN EXPERTISE", "offres_emploi_lba"), ("M1607", "nantes", "NANTES SYNDIC GESTION", "Hellowork"), ("M1607", "brest", "IROISE TRANSPORTS", "offres_emploi_lba"),
 ("H2909", "nantes3", "CHANTIERS MECANIQUES DE L'ERDRE", "offres_emploi_lba"), ("H2909", "cholet", "MAUGES TRANSMISSION", "offres_emploi_lba"), ("H2909", "angers", "ANJOU CONVOYAGE", "Meteojob"),
 ("G1602", "vannes", "LA GALETTE DU PORT", "offres_emploi_lba"), ("I1604", "quimper", "ODET AUTOMOBILES", "offres_emploi_lba"),
]
fd = dates(len(FT_FILL)); ld = dates(len(LBA_FILL))
for (r_, p_, n_), d_ in zip(FT_FILL, fd):
    filler_ft(r_, p_, d_, n_)
for (r_, p_, n_, pt), d_ in zip(LBA_FILL, ld):
    filler_lba(r_, p_, d_, n_, pt)

# a few longer hand-written singletons
t = ("🍳 ALTERNANCE CUISINE 🍳\n\nTu as entre 16 et 29 ans, tu aimes cuisiner pour les autres et tu veux un vrai métier entre les mains ?\n"
     "Notre restaurant de la gare de Rennes (cuisine du monde, 150 couverts/jour) t'ouvre ses portes.\n\n"
     "Ce que tu feras :\n✔ mise en place et préparations froides\n✔ cuisson des garnitures\n✔ participation au service du midi\n✔ plonge et nettoyage (eh oui, ça fait partie du job)\n\n"
     "Ce qu'on attend : ponctualité, bonne humeur, envie d'apprendre.\nCe qu'on offre : repas sur place, planning fixe, 2 jours off consécutifs.\n\n"
     "CAP cuisine, 2 ans. Démarrage fin août.")
ft("Apprenti(e) cuisinier(e) - cuisine du monde", t, "2026-04-27", "rennes2", "G1602", nom="LE QUAI DES SAVEURS", appel="Apprenti cuisinier / Apprentie cuisinière")
t = ("Entreprise: SARL MECA PRECIS VITREENNE\nPoste : APPRENTI MONTEUR-AJUSTEUR\n\nDESCRIPTIF : montage de broches et de têtes d'usinage, ajustage a la main, "
     "controle au comparateur. formation BAC PRO TRPM en alternance avec le lycee.\nhoraires : 7h30 - 15h30 du lundi au vendredi\n\nMERCI D'ENVOYER CV + LETTRE")
lba("APPRENTI MONTEUR-AJUSTEUR", t, "2026-05-05", "vitre", ["H2909"], name="SARL MECA PRECIS VITREENNE", legal="SARL MECA PRECIS VITREENNE", size="20-49", dip="4")
t = "Secrétariat polyvalent : accueil, courrier, tableaux Excel, devis. Alternance BTS SAM."
lba("Secrétaire polyvalent(e)", t, "2026-05-11", "quimper", ["M1607"], name="QUIMPER CORNOUAILLE PLOMBERIE", legal="QUIMPER CORNOUAILLE PLOMBERIE", size="6-9", dip="5")
t = ("Véhicules légers uniquement (pas de poids lourds).\nGarage familial à Bruz recherche apprenti mécanicien VL. CAP.\nContact via la plateforme.")
ft("apprenti mecanicien vl", t, "2026-05-12", "bruz", "I1604", nom=None, appel="Mécanicien / Mécanicienne automobile")

# top up to 70 / 70 with further crowded-city offers (generic, different employers)
extra_ft = [("G1602", "rennes", "LA MARMITE DU THABOR"), ("D1102", "nantes", "BOULANGERIE CHANZY"), ("I1604", "brest", None),
            ("G1602", "nantes", "RESTAURANT LE CHAMP DE MARS"), ("H2909", "angers", "ANJOU MOTO-REDUCTEURS"), ("M1607", "angers", None),
            ("D1102", "stmalo", "BOULANGERIE DE PARAME"), ("G1602", "quimper", "CREPERIE DU STEIR"), ("I1604", "vannes", None), ("M1607", "stbrieuc", "BRIOCHE ASSURANCES CONSEIL")]
extra_lba = [("G1602", "rennes", "LE GALOPIN RENNAIS"), ("D1102", "nantes", "LE GRENIER A PAIN DE ZOLA"), ("I1604", "brest", "RECOUVRANCE AUTO"),
             ("G1602", "nantes", "LA CANTINE DE L'ILE"), ("M1607", "rennes", "ILLE ET VILAINE NETTOYAGE"), ("H2909", "stnazaire", "PENHOET MECANIQUE"),
             ("D1102", "angers", "BOULANGERIE SAINT-SERGE"), ("I1604", "nantes3", "GARAGE DU PONT DU CENS"), ("G1602", "lorient", "LE BISTROT DU SCORFF"),
             ("D1102", "brest", "FOURNIL DE SAINT-PIERRE"), ("M1607", "cholet", "CHOLET TEXTILE SERVICES"), ("G1602", "brest", "LA MAREE BRESTOISE"),
             ("I1604", "rennes", "VILLEJEAN AUTO SERVICES"), ("D1102", "rennes", "BOULANGERIE DU COLOMBIER"), ("H2909", "nantes", "NANTES ASSEMBLAGE INDUSTRIE")]
i = 0
while len(FT) < 70:
    r_, p_, n_ = extra_ft[i % len(extra_ft)]; i += 1
    filler_ft(r_, p_, dates(1)[0], n_)
i = 0
while len(LBA) < 70:
    r_, p_, n_ = extra_lba[i % len(extra_lba)]; i += 1
    filler_lba(r_, p_, dates(1)[0], n_)

# ================================================================ write
def wjson(path, obj):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, ensure_ascii=False, indent=2)
        fh.write("\n")

for d in ("ft", "lba"):
    dd = os.path.join(HERE, d)
    if os.path.isdir(dd):
        for fn in os.listdir(dd):
            if fn.endswith(".json"): os.remove(os.path.join(dd, fn))

# FT: one search answer per ROME for the spring pull, one for the autumn pull
for rome in ROME:
    res = sorted([o for o in FT if o["romeCode"] == rome and o["dateCreation"] < "2026-07"], key=lambda o: o["dateCreation"], reverse=True)
    wjson(os.path.join(HERE, "ft", "search_%s_2026-05.json" % rome), {"resultats": res, "filtresPossibles": []})
late = [o for o in FT if o["dateCreation"] >= "2026-07"]
wjson(os.path.join(HERE, "ft", "search_all_2026-11.json"), {"resultats": late, "filtresPossibles": []})
# LBA: per first ROME, own offers first then France Travail then partners
order = {"offres_emploi_lba": 0, "France Travail": 1}
for rome in ROME:
    js = [j for j in LBA if j["offer"]["rome_codes"][0] == rome and j["offer"]["publication"]["creation"] < "2026-07"]
    js.sort(key=lambda j: j["offer"]["publication"]["creation"], reverse=True)
    js.sort(key=lambda j: order.get(j["identifier"]["partner_label"], 2))
    wjson(os.path.join(HERE, "lba", "search_%s_2026-05.json" % rome), {"jobs": js, "recruiters": [], "warnings": []})
late = [j for j in LBA if j["offer"]["publication"]["creation"] >= "2026-07"]
wjson(os.path.join(HERE, "lba", "search_all_2026-11.json"), {"jobs": late, "recruiters": [], "warnings": []})

wjson(os.path.join(HERE, "truth.json"), {"groups": GROUPS, "traps": TRAPS})

from collections import Counter
kc = Counter(g["kind"] for g in GROUPS)
print("FT offers:", len(FT), " LBA jobs:", len(LBA))
print("groups:", dict(kc), " traps:", len(TRAPS))
print("LBA partners:", dict(Counter(j["identifier"]["partner_label"] for j in LBA)))
