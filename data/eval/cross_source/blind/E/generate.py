# -*- coding: utf-8 -*-
"""Part E - shared helpers: reference tables, record builders (France Travail / La bonne alternance).

Everything here is fictitious (companies, SIRETs, people, phones, addresses numbers, ids).
Real ROME codes/titles, real communes, INSEE codes and postal codes only.
"""
import random
import re
import unicodedata
from datetime import datetime, timedelta, timezone

RNG = random.Random(20260211)

ROME = {
    "G1602": "Personnel de cuisine",
    "G1803": "Service en restauration",
    "D1202": "Coiffure",
    "M1607": "Secrétariat",
    "D1106": "Vente en alimentation",
    # extra codes only used in La bonne alternance rome_codes lists
    "G1601": "Management du personnel de cuisine",
    "G1603": "Personnel polyvalent en restauration",
    "G1801": "Café, bar brasserie",
    "D1208": "Soins esthétiques et corporels",
    "M1602": "Opérations administratives",
    "M1606": "Saisie de données",
    "D1101": "Boucherie",
    "D1102": "Boulangerie - viennoiserie",
}

# key: (insee, postal code, FT libelle, LBA relay label, city for postal lines, lat, lon)
COMMUNES = {
    "P03": ("75103", "75003", "75 - PARIS 03", "75 - Paris 3e Arrondissement", "Paris", 48.8630, 2.3601),
    "P05": ("75105", "75005", "75 - PARIS 05", "75 - Paris 5e Arrondissement", "Paris", 48.8445, 2.3497),
    "P09": ("75109", "75009", "75 - PARIS 09", "75 - Paris 9e Arrondissement", "Paris", 48.8771, 2.3375),
    "P10": ("75110", "75010", "75 - PARIS 10", "75 - Paris 10e Arrondissement", "Paris", 48.8762, 2.3607),
    "P11": ("75111", "75011", "75 - PARIS 11", "75 - Paris 11e Arrondissement", "Paris", 48.8591, 2.3800),
    "P12": ("75112", "75012", "75 - PARIS 12", "75 - Paris 12e Arrondissement", "Paris", 48.8412, 2.3876),
    "P13": ("75113", "75013", "75 - PARIS 13", "75 - Paris 13e Arrondissement", "Paris", 48.8283, 2.3622),
    "P15": ("75115", "75015", "75 - PARIS 15", "75 - Paris 15e Arrondissement", "Paris", 48.8421, 2.2981),
    "P17": ("75117", "75017", "75 - PARIS 17", "75 - Paris 17e Arrondissement", "Paris", 48.8873, 2.3067),
    "P18": ("75118", "75018", "75 - PARIS 18", "75 - Paris 18e Arrondissement", "Paris", 48.8926, 2.3484),
    "P20": ("75120", "75020", "75 - PARIS 20", "75 - Paris 20e Arrondissement", "Paris", 48.8635, 2.3985),
    "NANTERRE": ("92050", "92000", "92 - NANTERRE", "92 - Nanterre", "Nanterre", 48.8924, 2.2069),
    "BOULOGNE": ("92012", "92100", "92 - BOULOGNE BILLANCOURT", "92 - Boulogne-Billancourt", "Boulogne-Billancourt", 48.8353, 2.2411),
    "ISSY": ("92040", "92130", "92 - ISSY LES MOULINEAUX", "92 - Issy-les-Moulineaux", "Issy-les-Moulineaux", 48.8240, 2.2700),
    "LEVALLOIS": ("92044", "92300", "92 - LEVALLOIS PERRET", "92 - Levallois-Perret", "Levallois-Perret", 48.8951, 2.2874),
    "SAINTDENIS": ("93066", "93200", "93 - ST DENIS", "93 - Saint-Denis", "Saint-Denis", 48.9362, 2.3574),
    "MONTREUIL": ("93048", "93100", "93 - MONTREUIL", "93 - Montreuil", "Montreuil", 48.8611, 2.4432),
    "AUBERVILLIERS": ("93001", "93300", "93 - AUBERVILLIERS", "93 - Aubervilliers", "Aubervilliers", 48.9146, 2.3821),
    "PANTIN": ("93055", "93500", "93 - PANTIN", "93 - Pantin", "Pantin", 48.8944, 2.4094),
    "CRETEIL": ("94028", "94000", "94 - CRETEIL", "94 - Créteil", "Créteil", 48.7904, 2.4556),
    "VITRY": ("94081", "94400", "94 - VITRY SUR SEINE", "94 - Vitry-sur-Seine", "Vitry-sur-Seine", 48.7875, 2.3929),
    "VINCENNES": ("94080", "94300", "94 - VINCENNES", "94 - Vincennes", "Vincennes", 48.8474, 2.4392),
    "IVRY": ("94041", "94200", "94 - IVRY SUR SEINE", "94 - Ivry-sur-Seine", "Ivry-sur-Seine", 48.8131, 2.3850),
}

OPCO_AKTO = "AKTO / Opco entreprises et salariés des services à forte intensité de main d'oeuvre"
OPCO_EP = "Opco entreprises de proximité"
OPCO_COM = "L'Opcommerce"
OPCO_ATLAS = "ATLAS"
OPCO_UNIF = "Uniformation, l'Opco de la Cohésion sociale"
OPCO_CONSTR = "Constructys"
OPCO_MOB = "Opco Mobilités"

NAF = {
    "5610A": "Restauration traditionnelle",
    "5610C": "Restauration de type rapide",
    "5629A": "Restauration collective sous contrat",
    "5510Z": "Hôtels et hébergement similaire",
    "9602A": "Coiffure",
    "1071C": "Boulangerie et boulangerie-pâtisserie",
    "4722Z": "Commerce de détail de viandes et de produits à base de viande en magasin spécialisé",
    "4729Z": "Autres commerces de détail alimentaires en magasin spécialisé",
    "4721Z": "Commerce de détail de fruits et légumes en magasin spécialisé",
    "1071D": "Pâtisserie",
    "6832A": "Administration d'immeubles et autres biens immobiliers",
    "6910Z": "Activités juridiques",
    "6920Z": "Activités comptables",
    "9499Z": "Autres organisations fonctionnant par adhésion volontaire",
    "4321A": "Travaux d'installation électrique dans tous locaux",
    "4941A": "Transports routiers de fret interurbains",
    "7111Z": "Activités d'architecture",
    "8532Z": "Enseignement secondaire technique ou professionnel",
    "4120A": "Construction de maisons individuelles",
    "8810A": "Aide à domicile",
    "5621Z": "Services des traiteurs",
    "8891A": "Accueil de jeunes enfants",
    "7820Z": "Activités des agences de travail temporaire",
    "6512Z": "Autres assurances",
    "4711D": "Supermarchés",
    "8121Z": "Nettoyage courant des bâtiments",
    "8531Z": "Enseignement secondaire général",
    "8690E": "Activités des professionnels de la rééducation, de l'appareillage et des pédicures-podologues",
    "4778C": "Autres commerces de détail spécialisés divers",
}

SECTEUR_FT = {  # NAF -> (secteurActivite, libelle)
    "5610A": ("56", "Restauration traditionnelle"),
    "5610C": ("56", "Restauration de type rapide"),
    "5629A": ("56", "Restauration collective sous contrat"),
    "5510Z": ("55", "Hôtels et hébergement similaire"),
    "9602A": ("96", "Coiffure"),
    "1071C": ("10", "Boulangerie et boulangerie-pâtisserie"),
    "1071D": ("10", "Pâtisserie"),
    "4722Z": ("47", "Commerce de détail de viandes et de produits à base de viande en magasin spécialisé"),
    "4729Z": ("47", "Autres commerces de détail alimentaires en magasin spécialisé"),
    "4721Z": ("47", "Commerce de détail de fruits et légumes en magasin spécialisé"),
    "6832A": ("68", "Administration d'immeubles et autres biens immobiliers"),
    "6910Z": ("69", "Activités juridiques"),
    "6920Z": ("69", "Activités comptables"),
    "9499Z": ("94", "Autres organisations fonctionnant par adhésion volontaire"),
    "4321A": ("43", "Travaux d'installation électrique dans tous locaux"),
    "4941A": ("49", "Transports routiers de fret interurbains"),
    "7111Z": ("71", "Activités d'architecture"),
    "4120A": ("41", "Construction de maisons individuelles"),
    "8810A": ("88", "Aide à domicile"),
    "5621Z": ("56", "Services des traiteurs"),
    "8891A": ("88", "Accueil de jeunes enfants"),
    "7820Z": ("78", "Activités des agences de travail temporaire"),
    "8531Z": ("85", "Enseignement secondaire général"),
    "8690E": ("86", "Activités des professionnels de la rééducation, de l'appareillage et des pédicures-podologues"),
    "4778C": ("47", "Autres commerces de détail spécialisés divers"),
}

DIPLOMA = {
    "3": {"european": "3", "label": "Cap, autres formations (Infrabac)"},
    "4": {"european": "4", "label": "BP, Bac, autres formations (Bac)"},
    "5": {"european": "5", "label": "BTS, DEUST, autres formations (Bac+2)"},
    "6": {"european": "6", "label": "Licence, Maîtrise, autres formations (Bac+3 à Bac+4)"},
}

FT_BASE = "https://candidat.francetravail.fr/offres/recherche/detail/"
LBA_BASE = "https://labonnealternance.apprentissage.beta.gouv.fr/emploi/offres_emploi_lba/"

FT = {}    # key -> record
LBA = {}   # key -> record
FT_FILE = {}   # key -> file name
LBA_FILE = {}
_used_ft = set()
_used_lba = set()
_used_pjid = set()

FIRST = [("Mme", "Sandrine"), ("M.", "Karim"), ("Mme", "Nadia"), ("M.", "Julien"), ("Mme", "Amélie"),
         ("M.", "Yacine"), ("Mme", "Claire"), ("M.", "Thomas"), ("Mme", "Fatou"), ("M.", "Marc"),
         ("Mme", "Inès"), ("M.", "Bruno"), ("Mme", "Leïla"), ("M.", "Olivier"), ("Mme", "Camille"),
         ("M.", "Mehdi"), ("Mme", "Sophie"), ("M.", "Arnaud"), ("Mme", "Aïcha"), ("M.", "Pierre"),
         ("Mme", "Hélène"), ("M.", "Samir"), ("Mme", "Valérie"), ("M.", "Loïc"), ("Mme", "Anaïs"),
         ("M.", "Rachid"), ("Mme", "Émilie"), ("M.", "Franck"), ("Mme", "Mélanie"), ("M.", "Hugo")]
LAST = ["Tallec", "Benhamou", "Quéré", "Vautrin", "Morvan", "Lacombe", "Diallo", "Fontanel", "Rigaud",
        "Perrault", "Haddad", "Lemoine", "Carvalho", "Nguyen", "Ferrandi", "Bouchard", "Keita", "Delorme",
        "Marchetti", "Texier", "Oudin", "Brunel", "Sadoun", "Gaillot", "Pichon", "Roussel", "Toure", "Vidal"]


def iso(s):
    """'2026-02-10 09:14' or '2026-02-10 09:14:22' -> '2026-02-10T09:14:22.000Z'"""
    if len(s) == 16:
        s += ":00"
    return s.replace(" ", "T") + ".000Z"


def parse(s):
    if len(s) == 16:
        s += ":00"
    return datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=timezone.utc)


def shift(s, days=0, hours=0, minutes=0):
    d = parse(s) + timedelta(days=days, hours=hours, minutes=minutes)
    return d.strftime("%Y-%m-%d %H:%M:%S")


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-zA-Z0-9]+", "-", s.lower()).strip("-")
    return s[:60]


def new_ft_id():
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    alnum = letters + "0123456789"
    while True:
        i = "%d%d%d" % (2, RNG.randint(0, 1), RNG.randint(0, 9))
        i += RNG.choice(letters) + RNG.choice(letters) + RNG.choice(alnum) + RNG.choice(letters)
        if i not in _used_ft:
            _used_ft.add(i)
            return i


def new_lba_id(created):
    ts = int(parse(created).timestamp()) + RNG.randint(30, 5000)
    while True:
        i = "%08x" % ts + "".join(RNG.choice("0123456789abcdef") for _ in range(16))
        if i not in _used_lba:
            _used_lba.add(i)
            return i


def new_pjid(prefix=""):
    while True:
        i = prefix + str(RNG.randint(70000000, 79999999))
        if i not in _used_pjid:
            _used_pjid.add(i)
            return i


def new_siret(siren=None):
    if siren is None:
        siren = str(RNG.randint(300000000, 999999999))
    nic = "%05d" % RNG.randint(11, 499)
    return siren + nic


def person():
    return RNG.choice(FIRST), RNG.choice(LAST)


def phone(prefix=None):
    p = prefix or RNG.choice(["01", "06", "07"])
    return p + "".join(str(RNG.randint(0, 9)) for _ in range(8))


def geo_near(place, jitter=0.006):
    c = COMMUNES[place]
    return [round(c[6] + RNG.uniform(-jitter, jitter), 5), round(c[5] + RNG.uniform(-jitter, jitter) * 0.7, 5)]


# --------------------------------------------------------------------------------------------------
# France Travail
# --------------------------------------------------------------------------------------------------

SALAIRES_APP = [
    {"libelle": "Mensuel de 486,49 Euros à 1801,80 Euros sur 12 mois", "commentaire": "Selon âge et année d'apprentissage"},
    {"commentaire": "Rémunération selon la grille légale de l'apprentissage"},
    {"libelle": "Mensuel de 1100,00 Euros sur 12 mois"},
    {"commentaire": "selon âge + avantages"},
    {"libelle": "Mensuel de 900,00 Euros à 1400,00 Euros sur 12 mois", "complement1": "Chèque repas"},
    {"commentaire": "Selon convention collective et âge du candidat", "complement1": "Mutuelle"},
]


def ft(key, *, title, desc, created, place, rome, appellation, file, updated=None, nom=None, ent_desc=None,
       nature="Contrat apprentissage", type_contrat="CDD", duree="24 Mois", alternance=True,
       competences=None, qualites=None, salaire=None, contact="auto", naf=None, experience="D",
       formations=None, nb_postes=1, origine="1", partner=None, duree_travail=None, url_ent=None,
       qualif=("6", "Employé qualifié"), tranche=None):
    assert key not in FT, key
    oid = new_ft_id()
    c = COMMUNES[place]
    rec = {
        "id": oid,
        "intitule": title,
        "description": desc,
        "dateCreation": iso(created),
        "dateActualisation": iso(updated or shift(created, hours=RNG.randint(0, 30))),
        "lieuTravail": {"libelle": c[2], "latitude": c[5], "longitude": c[6], "codePostal": c[1], "commune": c[0]},
        "romeCode": rome,
        "romeLibelle": ROME[rome],
        "appellationlibelle": appellation,
    }
    ent = {}
    if nom:
        ent["nom"] = nom
    if ent_desc:
        ent["description"] = ent_desc
    if url_ent:
        ent["url"] = url_ent
    ent["entrepriseAdaptee"] = False
    rec["entreprise"] = ent
    rec["typeContrat"] = type_contrat
    if type_contrat == "CDI":
        rec["typeContratLibelle"] = "Contrat à durée indéterminée"
    elif type_contrat == "MIS":
        rec["typeContratLibelle"] = "Mission intérimaire - " + duree
    else:
        rec["typeContratLibelle"] = "Contrat à durée déterminée - " + duree
    rec["natureContrat"] = nature
    rec["experienceExige"] = experience
    rec["experienceLibelle"] = {"D": "Débutant accepté", "S": "Expérience souhaitée", "E": "1 An(s)"}[experience]
    if formations:
        rec["formations"] = formations
    if competences:
        rec["competences"] = competences
    if qualites:
        rec["qualitesProfessionnelles"] = qualites
    rec["salaire"] = salaire if salaire is not None else dict(RNG.choice(SALAIRES_APP))
    rec["dureeTravailLibelle"] = duree_travail or RNG.choice(
        ["35H Travail en journée", "35H Horaires normaux", "35H Travail samedi et dimanche", "35H/semaine"])
    rec["dureeTravailLibelleConverti"] = "Temps plein"
    rec["alternance"] = alternance
    if contact == "auto":
        (civ, f), l = person()
        dom = slug(nom or "recrutement-idf").replace("-", "")[:18] or "recrutement"
        contact = {"nom": ("%s - %s %s %s" % (nom.upper(), civ, f, l)) if nom else "%s %s %s" % (civ, f, l.upper())}
        k = RNG.randint(0, 3)
        if k == 0:
            contact["courriel"] = "Pour postuler, utiliser le lien suivant : " + FT_BASE + oid
        elif k == 1:
            contact["courriel"] = "%s.%s@%s.fr" % (slug(f), slug(l), dom)
            contact["telephone"] = phone()
        elif k == 2:
            contact["coordonnees1"] = "https://recrutement.%s.fr/offres/%d" % (dom, RNG.randint(1000, 9999))
            contact["urlPostulation"] = contact["coordonnees1"]
        else:
            contact["telephone"] = phone()
            contact["courriel"] = "recrutement@%s.fr" % dom
    if contact:
        rec["contact"] = contact
    rec["agence"] = {"courriel": "Pour postuler, utiliser le lien suivant : " + FT_BASE + oid}
    rec["nombrePostes"] = nb_postes
    rec["accessibleTH"] = RNG.random() < 0.3
    rec["qualificationCode"], rec["qualificationLibelle"] = qualif
    if naf:
        rec["codeNAF"] = naf[:2] + "." + naf[2:]
        s = SECTEUR_FT.get(naf)
        if s:
            rec["secteurActivite"], rec["secteurActiviteLibelle"] = s
    if tranche:
        rec["trancheEffectifEtab"] = tranche
    oo = {"origine": origine, "urlOrigine": FT_BASE + oid}
    if partner:
        oo["partenaires"] = [{"nom": partner[0], "url": partner[1], "logo": None}]
    rec["origineOffre"] = oo
    rec["offresManqueCandidats"] = RNG.random() < 0.15
    FT[key] = rec
    FT_FILE[key] = file
    return rec


# --------------------------------------------------------------------------------------------------
# La bonne alternance
# --------------------------------------------------------------------------------------------------

def employer(siret, legal, brand=None, naf=None, opco=None, idcc=None, size=None, desc=None, website=None):
    return {"siret": siret, "legal_name": legal, "brand": brand, "naf": naf, "opco": opco, "idcc": idcc,
            "size": size, "description": desc, "website": website}


def lba(key, *, label, title, desc, created, romes, file, emp=None, address=None, place=None, geo=None,
        partner_job_id=None, start="2026-09-01", duration=24, ctype=("Apprentissage",), remote="onsite",
        desired=(), acquired=(), access=(), diploma=None, expiration=None, opening=1, delegated=False,
        apply_phone="auto", apply_url=None, name_override="__none__"):
    assert key not in LBA, key
    oid = new_lba_id(created)
    emp = emp or {}
    if label == "offres_emploi_lba":
        pj = oid
    elif label == "France Travail":
        pj = partner_job_id
    else:
        pj = partner_job_id or new_pjid()
    name = emp.get("legal_name") or emp.get("brand")
    if name_override != "__none__":
        name = name_override
    naf = emp.get("naf")
    domain = {"idcc": emp.get("idcc"), "opco": emp.get("opco"),
              "naf": {"code": naf, "label": NAF.get(naf)} if naf else None}
    if geo is None:
        geo = geo_near(place)
    if label == "offres_emploi_lba":
        url = apply_url or LBA_BASE + oid + "/" + slug(title)
        rid = "jobs_partners_" + oid
        ph = phone() if apply_phone == "auto" and RNG.random() < 0.45 else (None if apply_phone == "auto" else apply_phone)
    elif label == "France Travail":
        url = FT_BASE + pj
        rid = None
        ph = None
    elif label == "Hellowork":
        url = apply_url or "https://www.hellowork.com/fr-fr/emplois/%s.html" % pj
        rid = None
        ph = None
    elif label == "Meteojob":
        url = apply_url or "https://www.meteojob.com/candidat/offres/offre-d-emploi-%s-%s" % (slug(title), pj)
        rid = None
        ph = None
    else:
        url = apply_url or "https://emplois.example-partner.fr/offre/%s" % pj
        rid = None
        ph = None
    rec = {
        "identifier": {"id": oid, "partner_label": label, "partner_job_id": pj},
        "workplace": {
            "siret": emp.get("siret"),
            "brand": emp.get("brand"),
            "legal_name": emp.get("legal_name"),
            "website": emp.get("website"),
            "name": name,
            "description": emp.get("description"),
            "size": emp.get("size"),
            "location": {"address": address, "geopoint": {"type": "Point", "coordinates": geo}},
            "domain": domain,
        },
        "apply": {"url": url, "phone": ph, "recipient_id": rid},
        "contract": {
            "start": (start + "T00:00:00.000Z") if start else None,
            "duration": duration,
            "type": list(ctype),
            "remote": remote,
        },
        "offer": {
            "title": title,
            "rome_codes": list(romes),
            "description": desc,
            "target_diploma": DIPLOMA[diploma] if diploma else None,
            "desired_skills": list(desired),
            "to_be_acquired_skills": list(acquired),
            "access_conditions": list(access),
            "publication": {"creation": iso(created),
                            "expiration": iso(expiration or shift(created, days=61))},
            "opening_count": opening,
            "status": "Active",
        },
        "is_delegated": delegated,
    }
    LBA[key] = rec
    LBA_FILE[key] = file
    return rec


FT_ACCESS = {
    "G1602": "Cuisine - CAP, BEP et équivalents",
    "G1803": "Hôtellerie restauration - CAP, BEP et équivalents",
    "D1202": "Coiffure - CAP, BEP et équivalents",
    "M1607": "Secrétariat - Bac+2 ou équivalents",
    "D1106": "Commerce - CAP, BEP et équivalents",
}


def relay(key, ft_key, *, file, mode="same", title=None, extra_romes=(), name="keep", delay_hours=5,
          cut_at=None, ctype=None, access="auto", duration=None):
    """La bonne alternance copy of a France Travail offer (partner_label 'France Travail')."""
    f = FT[ft_key]
    d = f["description"]
    if mode == "cut":
        n = cut_at or 320
        d = d[:n].rsplit(" ", 1)[0].rstrip(" ,;:-") + "..."
    elif mode == "ws":
        d = re.sub(r"\s*\n\s*", " ", d)
        d = re.sub(r" {2,}", " ", d).strip()
    elif mode == "ws2":
        d = d.replace("\n", "\r\n\r\n").replace("  ", " ") + "\n"
    elif mode == "ws3":
        d = "  " + d.replace("\n- ", "\n  - ").replace(" :", ":").replace("\n\n", "\n") + " "
    created = f["dateCreation"][:19].replace("T", " ")
    created = shift(created, hours=delay_hours)
    ent = f.get("entreprise", {})
    if name == "keep":
        nm = ent.get("nom")
    else:
        nm = name
    emp = {"siret": None, "legal_name": None, "brand": None, "naf": None, "opco": None, "idcc": None,
           "size": None, "description": ent.get("description"), "website": None}
    naf = f.get("codeNAF")
    if naf:
        emp["naf"] = naf.replace(".", "")
    lt = f["lieuTravail"]
    place = [k for k, v in COMMUNES.items() if v[0] == lt["commune"]][0]
    if ctype is None:
        nat = f["natureContrat"]
        ctype = ["Apprentissage"] if "apprentissage" in nat else (["Professionnalisation"] if "profession" in nat else [])
    if access == "auto":
        access = [FT_ACCESS.get(f["romeCode"], "")] if RNG.random() < 0.7 else []
    m = re.search(r"(\d+) Mois", f.get("typeContratLibelle", ""))
    dur = duration if duration is not None else (int(m.group(1)) if m else None)
    rec = lba(key, label="France Travail", partner_job_id=f["id"], title=title or f["intitule"], desc=d,
              created=created, romes=[f["romeCode"]] + list(extra_romes), file=file, emp=emp,
              address=COMMUNES[place][3], geo=[lt["longitude"], lt["latitude"]], start=None, duration=dur,
              ctype=ctype, remote=None, access=access, name_override=nm)
    return rec
# --------------------------------------------------------------------------------------------------
# RELAYS: France Travail offers relayed by La bonne alternance (partner_label "France Travail")
# --------------------------------------------------------------------------------------------------

FOURNEES_TEMPLATE = """Les Fournées de Léa, c'est 9 boulangeries artisanales à Paris et en petite couronne. Pour notre boutique {shop}, nous recrutons un(e) apprenti(e) vendeur(se) en boulangerie-pâtisserie.

Vos missions :
- accueillir et conseiller la clientèle, encaisser (caisse tactile)
- mettre en place la vitrine : pains, viennoiseries, pâtisseries, snacking du midi
- réassortir les rayons tout au long de la journée
- respecter les règles d'hygiène et la traçabilité (étiquetage, relevés de températures)
- participer au nettoyage du magasin en fin de service

Profil : vous préparez un CAP Équipier polyvalent du commerce ou un Bac pro Métiers du commerce et de la vente. Souriant(e), ponctuel(le), à l'aise avec la caisse.

Horaires : 5 jours sur 7, week-end par roulement. Ouverture 6h45 ou fermeture 20h15.
Avantages : prime d'habillage, viennoiseries offertes, tickets restaurant après la période d'essai."""

ft("R1_ft", file="ft/offres_D1106_D1202.json", place="P11", rome="D1106",
   appellation="Vendeur / Vendeuse en boulangerie-pâtisserie",
   title="Vendeur / Vendeuse en boulangerie - apprentissage (H/F)",
   desc=FOURNEES_TEMPLATE.format(shop="de la rue de la Roquette (Paris 11e)"),
   created="2026-02-09 08:41:12", nom="LES FOURNEES DE LEA", naf="1071C",
   ent_desc="Réseau de 9 boulangeries artisanales, fabrication sur place.",
   qualites=[{"libelle": "Sens de la communication", "description": "Capacité à transmettre des informations avec clarté et à créer une relation de confiance avec le client."},
             {"libelle": "Travail en équipe", "description": "Capacité à travailler avec d'autres personnes et à partager les tâches."}],
   competences=[{"code": "118962", "libelle": "Accueillir et conseiller un client", "exigence": "S"},
                {"libelle": "Encaisser des paiements", "exigence": "S"}])
relay("R1_lba", "R1_ft", file="lba/search_D1106_D1202.json", mode="same", name="LES FOURNEES DE LEA")

ft("R2_ft", file="ft/offres_D1106_D1202.json", place="P20", rome="D1202",
   appellation="Coiffeur / Coiffeuse mixte",
   title="Apprenti(e) coiffeur(se) H/F",
   desc="""Salon de quartier à Ménilmontant (clientèle mixte, beaucoup d'habitués), on cherche un ou une apprenti(e) pour la rentrée.

Tu vas apprendre au quotidien avec Jessy et Maud : shampoings et soins, brushings, préparation des couleurs, coupes homme en fin de première année. Tu t'occupes aussi de l'accueil téléphonique, de la prise de rendez-vous sur le planning et de l'entretien du salon (linge, postes, matériel).

On veut quelqu'un de curieux, qui aime parler avec les gens et qui a envie de progresser. Inscription en CAP Métiers de la coiffure obligatoire (ou en cours).

Le salon est ouvert du mardi au samedi, fermé dimanche et lundi. Ambiance détendue, petite équipe de 3 personnes.
Métro Ménilmontant / Couronnes.""",
   created="2026-02-17 14:05:33", nom="MENIL HAIR", naf="9602A")
relay("R2_lba", "R2_ft", file="lba/search_D1106_D1202.json", mode="cut", cut_at=330, name="MENIL HAIR")

ft("R3_ft", file="ft/offres_M1607.json", place="PANTIN", rome="M1607",
   appellation="Secrétaire administratif / administrative",
   title="Secrétaire administratif(ve) en alternance - BTS SAM",
   desc="""TRANSPORTS BERTHIER ET FILS - transport routier de marchandises, 45 salariés, dépôt à Pantin.

Dans le cadre de votre BTS Support à l'Action Managériale (SAM), vous intégrez le service administratif (3 personnes) et vous êtes formé(e) aux tâches suivantes :
- accueil physique et téléphonique des chauffeurs et des clients
- saisie et suivi des bons de livraison, classement des CMR
- préparation des éléments de paie (pointages, notes de frais)
- rédaction de courriers et mise en forme de tableaux de bord sous Excel
- suivi des dossiers du parc (contrôles techniques, assurances)

Profil recherché : bon niveau d'orthographe, maîtrise du pack Office, discrétion. Une première expérience en stage est un plus.

Rythme : 2 jours en formation / 3 jours en entreprise. Horaires 8h30 - 16h30.""",
   created="2026-02-04 10:12:00", nom="TRANSPORTS BERTHIER ET FILS", naf="4941A", tranche="20 à 49 salariés",
   formations=[{"codeFormation": "35054", "domaineLibelle": "Secrétariat assistanat", "niveauLibelle": "Bac+2 ou équivalents", "exigence": "S"}],
   competences=[{"code": "124089", "libelle": "Saisir des documents numériques", "exigence": "S"},
                {"code": "121720", "libelle": "Classer des documents", "exigence": "S"},
                {"libelle": "Utiliser un tableur", "exigence": "E"}])
relay("R3_lba", "R3_ft", file="lba/search_M1607.json", mode="ws", name=None, extra_romes=["M1602"])

ft("R4_ft", file="ft/offres_G1602_G1803.json", place="P09", rome="G1803",
   appellation="Serveur / Serveuse de restaurant",
   title="SERVEUR / SERVEUSE EN APPRENTISSAGE (H/F)",
   desc="""Brasserie de 90 couverts près du square Montholon, service midi et soir.
Nous recherchons un apprenti serveur ou une apprentie serveuse préparant un CAP Commercialisation et services en HCR.
Missions : mise en place de la salle et de la terrasse, accueil des clients, prise de commande sur tablette, service des plats et des boissons, débarrassage, encaissement.
Vous serez encadré(e) par notre maître d'hôtel.
Repas pris sur place. Deux jours de repos consécutifs.""",
   created="2026-02-23 11:30:45", nom="LES ARDOISES DE MONTHOLON", naf="5610A",
   qualites=[{"libelle": "Réactivité", "description": "Capacité à réagir rapidement face à des événements et à y apporter des réponses adaptées."}])
relay("R4_lba", "R4_ft", file="lba/search_G1602_G1803.json", mode="same",
      title="Serveur / Serveuse en apprentissage (H/F)", extra_romes=["G1801"], name="Les Ardoises de Montholon")

ft("R5_ft", file="ft/offres_G1602_G1803.json", place="CRETEIL", rome="G1602",
   appellation="Commis / Commise de cuisine",
   title="Commis de cuisine en alternance (H/F)",
   desc="""Restaurant d'entreprise (450 repas / jour) situé dans un immeuble de bureaux à Créteil, recherche un(e) commis de cuisine en contrat d'apprentissage (CAP cuisine ou CAP production et service en restaurations).

Sous la responsabilité du chef gérant vous participerez :
* à la réception des marchandises et au rangement en chambre froide
* aux préparations froides (entrées, desserts) et chaudes
* au dressage et au réassort de la ligne de self
* à la plonge batterie et au nettoyage selon le plan HACCP

Horaires : 7h - 15h du lundi au vendredi, ni soir ni week-end !""",
   created="2026-03-04 09:02:10", nom=None, naf="5629A",
   competences=[{"code": "117568", "libelle": "Réaliser des préparations culinaires de base", "exigence": "S"}])
relay("R5_lba", "R5_ft", file="lba/search_G1602_G1803.json", mode="same", name=None, extra_romes=["G1603"])

ft("R6_ft", file="ft/offres_D1106_D1202.json", place="NANTERRE", rome="D1202",
   appellation="Coiffeur / Coiffeuse",
   title="Coiffeur / Coiffeuse en apprentissage - BP",
   desc="""L'Atelier de Sophie, salon de coiffure mixte à Nanterre (quartier Préfecture), recrute un(e) apprenti(e) en Brevet Professionnel coiffure.

Vous êtes titulaire du CAP coiffure et souhaitez vous perfectionner en coloration, balayage et coupes techniques. Au salon vous réaliserez :
- les services techniques (couleurs, mèches, permanentes) sous le contrôle de la responsable
- les coupes femme et homme, brushings, chignons pour les mariages le samedi
- le conseil et la vente des produits de soin
- l'encaissement et la gestion des rendez-vous (logiciel de caisse)

Nous travaillons avec une marque de coloration végétale et nous formons régulièrement toute l'équipe.
Salon ouvert du mardi au samedi de 9h30 à 19h. Contrat de 2 ans, démarrage en septembre.
Rémunération selon la grille de la convention collective de la coiffure + pourcentage sur la vente de produits.""",
   created="2026-03-12 16:48:00", nom="L ATELIER DE SOPHIE", naf="9602A",
   qualites=[{"libelle": "Sens de l'organisation", "description": "Capacité à planifier, à prioriser, à coordonner et à organiser ses activités."},
             {"libelle": "Capacité d'adaptation", "description": "Capacité à s'adapter à des situations variées."}])
relay("R6_lba", "R6_ft", file="lba/search_D1106_D1202.json", mode="cut", cut_at=520, name="L'Atelier de Sophie",
      extra_romes=["D1208"])

ft("R7_ft", file="ft/offres_M1607.json", place="P13", rome="M1607",
   appellation="Assistant administratif / Assistante administrative",
   title="Assistant(e) administratif(ve) en contrat de professionnalisation",
   desc="""L'association Tolbiac Entraide accompagne chaque année près de 600 familles du 13e arrondissement (aide alimentaire, accès aux droits, soutien scolaire).

Nous recherchons un(e) assistant(e) administratif(ve) en contrat de professionnalisation (titre professionnel Assistant administratif ou Secrétaire assistant).

Missions :
- accueil du public et orientation vers les bénévoles
- tenue des plannings des permanences
- saisie des dossiers des familles dans notre base
- gestion du courrier et de l'archivage
- préparation des réunions du bureau (convocations, comptes rendus)

Vous aimez le contact, vous êtes organisé(e) et discret(ète). Une sensibilité pour le milieu associatif sera appréciée.
Contrat de 12 mois, 35h par semaine, du lundi au vendredi.""",
   created="2026-03-18 13:20:31", nom="ASSOCIATION TOLBIAC ENTRAIDE", naf="9499Z",
   nature="Contrat de professionnalisation", duree="12 Mois",
   salaire={"libelle": "Mensuel de 1426,00 Euros sur 12 mois", "commentaire": "80% du SMIC selon âge"})
relay("R7_lba", "R7_ft", file="lba/search_M1607.json", mode="ws2")

ft("R8_ft", file="ft/offres_D1106_D1202.json", place="P12", rome="D1106",
   appellation="Vendeur / Vendeuse en fromagerie",
   title="Vendeur en fromagerie apprenti H/F",
   desc="""Fromagerie affineur près du marché d'Aligre cherche apprenti(e) vendeur(se) (CAP crémier-fromager ou Bac pro commerce).
Vous apprendrez la découpe et l'emballage des fromages, le conseil client (accords, saisonnalité), la tenue de l'étal et le suivi des caves d'affinage.
Travail du mardi au dimanche midi, repos le lundi + 1 jour dans la semaine.
Goût pour les produits du terroir indispensable !""",
   created="2026-02-11 07:55:02", nom=None, naf="4729Z")
relay("R8_lba", "R8_ft", file="lba/search_D1106_D1202.json", mode="same", name="FROMAGERIE DU MARCHE D'ALIGRE")

ft("R9_ft", file="ft/offres_G1602_G1803.json", place="P17", rome="G1602",
   appellation="Cuisinier / Cuisinière",
   title="Apprenti cuisinier / Apprentie cuisinière",
   desc="""Le Batignollais, bistrot de 45 places rue des Moines, cuisine maison et produits de saison, cherche son apprenti(e) cuisinier(ère) pour préparer un CAP Cuisine ou un BP Arts de la cuisine.

Ce que vous ferez en cuisine avec le chef et son second :
- épluchage, taillage des légumes, préparation des fonds et des sauces
- cuisson des garnitures, participation au poste chaud pendant le service
- préparation des desserts du jour
- réception des livraisons, rangement, étiquetage DLC
- nettoyage du poste et de la cuisine

Horaires en coupure (10h-15h / 18h-22h30), fermé le dimanche et le lundi.
Repas fournis. Tenue fournie et entretenue.""",
   created="2026-03-25 10:10:10", nom="LE BATIGNOLLAIS", naf="5610A",
   competences=[{"code": "117568", "libelle": "Réaliser des préparations culinaires de base", "exigence": "S"},
                {"code": "121480", "libelle": "Appliquer les règles d'hygiène et de sécurité alimentaire (HACCP)", "exigence": "S"}])
relay("R9_lba", "R9_ft", file="lba/search_G1602_G1803.json", mode="same",
      title="apprenti cuisinier / apprentie cuisinière", extra_romes=["G1601", "G1603"])

ft("R10_ft", file="ft/offres_G1602_G1803.json", place="BOULOGNE", rome="G1803",
   appellation="Commis / Commise de salle",
   title="Commis de salle / Chef de rang apprenti (H/F)",
   desc="""Hôtel 4 étoiles de 82 chambres au bord de la Seine, notre restaurant (60 couverts) et notre bar recherchent un(e) apprenti(e) commis de salle en vue d'évoluer vers un poste de chef de rang.

VOS MISSIONS
Mise en place du petit-déjeuner et du restaurant, service à l'assiette et au guéridon, service du room-service, préparation des boissons chaudes et des cocktails simples, accueil de la clientèle internationale.

VOTRE PROFIL
Vous préparez un Bac pro CSR ou un BTS MHR. Anglais courant apprécié. Excellente présentation.

CE QUE NOUS OFFRONS
Repas sur place, mutuelle, prime de fin d'année, possibilité de logement les 2 premiers mois.""",
   created="2026-04-07 08:30:00", nom="SAS HOTEL DU PONT DE SEVRES", naf="5510Z", tranche="50 à 99 salariés")
relay("R10_lba", "R10_ft", file="lba/search_G1602_G1803.json", mode="cut", cut_at=390, name=None)

ft("R11_ft", file="ft/offres_D1106_D1202.json", place="VITRY", rome="D1202",
   appellation="Apprenti coiffeur / Apprentie coiffeuse",
   title="Apprentie coiffeuse CAP",
   desc="""Salon mixte centre-ville de Vitry recherche apprentie coiffeuse en CAP pour septembre. Shampoings, brushings, accueil. Débutante acceptée, motivée et souriante.""",
   created="2026-02-27 18:12:40", nom="ANISSA COIFFURE", naf="9602A")
relay("R11_lba", "R11_ft", file="lba/search_D1106_D1202.json", mode="same")

ft("R12_ft", file="ft/offres_M1607.json", place="P10", rome="M1607",
   appellation="Secrétaire",
   title="Secrétaire / assistant(e) d'agence en apprentissage",
   desc="""Atelier d'architecture de 12 personnes (logements sociaux, équipements publics), installé rue de Paradis.

Nous accueillons un(e) apprenti(e) en BTS SAM ou en titre pro Secrétaire assistant(e) pour épauler notre assistante de direction.

Au programme :
> standard, accueil des visiteurs, agenda des associés
> suivi administratif des concours et des marchés publics (pièces, dépôts sur les plateformes)
> mise en forme de notices, courriers, comptes rendus de chantier
> commandes de fournitures, relation avec les prestataires (reprographie, coursiers)

Vous êtes à l'aise avec Word/Excel, vous avez une bonne orthographe et le sens de l'organisation. Un intérêt pour l'architecture est bienvenu mais pas obligatoire.""",
   created="2026-04-16 15:44:19", nom="ATELIER PARADIS ARCHITECTURE", naf="7111Z")
relay("R12_lba", "R12_ft", file="lba/search_M1607.json", mode="ws3", name="Atelier Paradis Architecture")
# --------------------------------------------------------------------------------------------------
# CROSS POSTS: the employer posted the same job on France Travail and on La bonne alternance
# (on LBA itself or through Hellowork / Meteojob); texts rewritten.
# --------------------------------------------------------------------------------------------------

EMP_QUATRE_VENTS = employer("51874236900021", "SAS QUATRE VENTS RESTAURATION", "Brasserie des 4 Vents",
                            "5610A", OPCO_AKTO, 1979, "20-49",
                            "Brasserie parisienne ouverte 7j/7, cuisine de tradition faite maison.")

# CP1 -- light rewrite
ft("CP1_ft", file="ft/offres_G1602_G1803.json", place="P10", rome="G1602",
   appellation="Commis / Commise de cuisine",
   title="Commis de cuisine en apprentissage H/F",
   desc="""La Brasserie des Quatre Vents (Faubourg Saint-Denis, 180 couverts, ouverte 7j/7) recherche un(e) apprenti(e) commis de cuisine en CAP Cuisine.

Vos missions :
- préparations préliminaires (légumes, viandes, poissons)
- mise en place du poste froid et des entrées
- envoi des plats pendant le coup de feu avec les chefs de partie
- respect des normes d'hygiène HACCP, rangement des chambres froides

Horaires en continu ou en coupure selon planning, 2 jours de repos.
Repas et tenue fournis. Démarrage possible dès avril.""",
   created="2026-02-03 09:15:00", nom="BRASSERIE DES QUATRE VENTS", naf="5610A",
   competences=[{"libelle": "Éplucher et tailler des légumes", "exigence": "S"}])
lba("CP1_lba", label="offres_emploi_lba", file="lba/search_G1602_G1803.json",
    title="Commis de cuisine (apprentissage)",
    desc="""Brasserie parisienne de 180 couverts, ouverte tous les jours, nous cherchons un apprenti commis de cuisine (CAP Cuisine).
Tu t'occuperas des préparations préliminaires (légumes, viandes, poissons), de la mise en place du poste froid et des entrées, et tu participeras à l'envoi pendant le service avec les chefs de partie.
Respect strict de l'HACCP et rangement des chambres froides.
2 jours de repos par semaine, repas et tenue fournis. Début dès avril si possible. Possibilité d'évoluer vers un BP en fin de contrat.""",
    created="2026-02-05 17:02:00", romes=["G1602"], emp=EMP_QUATRE_VENTS,
    address="38 RUE DU FAUBOURG SAINT-DENIS 75010 PARIS", geo=[2.35372, 48.87169], start="2026-04-06",
    diploma="3", desired=["Travailler en équipe", "Faire preuve de réactivité"],
    acquired=["Préparation culinaire: Réaliser les préparations préliminaires", "Cuisson: Contrôler la cuisson des plats"],
    access=["Ce métier est accessible avec un CAP cuisine."])

EMP_PRADEL_P5 = employer("80411572300018", "SAS PRADEL ET ASSOCIES", "Maison Pradel – Monge",
                         "5610A", OPCO_AKTO, 1979, "10-19")
EMP_PRADEL_P15 = employer("80411572300026", "SAS PRADEL ET ASSOCIES", "Maison Pradel – Vaugirard",
                          "5610A", OPCO_AKTO, 1979, "10-19")

# CP2 -- heavy rewrite, LBA text much shorter
ft("CP2_ft", file="ft/offres_G1602_G1803.json", place="P05", rome="G1803",
   appellation="Serveur / Serveuse de restaurant",
   title="Serveur/Serveuse apprenti(e) - Paris 5e",
   desc="""Maison Pradel est une petite famille de deux brasseries à Paris. Notre adresse de la rue Monge, à deux pas de la Mouffetard, accueille une clientèle d'habitués, d'étudiants et de touristes sur 70 couverts + terrasse chauffée.

Pour la rentrée, nous cherchons un(e) apprenti(e) serveur(se) qui prépare un CAP CSHCR ou un Bac pro CSR.

Ce que vous apprendrez :
1. la mise en place de la salle (nappage, couverts, ardoises du jour)
2. l'accueil et l'installation des clients, la présentation de la carte
3. la prise de commande sur caisse tactile et la transmission en cuisine
4. le service des plats et des boissons, le service du vin au verre
5. l'encaissement et la clôture de caisse en fin de service
6. le nettoyage de la salle et du bar

Nous attendons de la ponctualité, une bonne présentation et le sourire. Débutant(e)s bienvenu(e)s, nous formons.

Horaires : 39h/semaine, en coupure, 2 jours de repos dont un le week-end sur deux.
Avantages : repas, pourboires partagés, mutuelle.""",
   created="2026-03-02 10:00:00", nom="MAISON PRADEL", naf="5610A",
   qualites=[{"libelle": "Sens de la communication", "description": "Capacité à transmettre des informations avec clarté."}])
lba("CP2_lba", label="offres_emploi_lba", file="lba/search_G1602_G1803.json",
    title="Serveur en salle - apprentissage",
    desc="""Brasserie rue Monge (70 couverts + terrasse). Apprenti(e) serveur(se) en CAP ou Bac pro : accueil, prise de commande, service, encaissement. Débutants acceptés.""",
    created="2026-03-09 12:45:00", romes=["G1803"], emp=EMP_PRADEL_P5,
    address="14 RUE MONGE 75005 PARIS", geo=[2.35134, 48.84801], start="2026-09-01",
    diploma="3", acquired=["Service: Servir les mets et les boissons", "Accueil: Accueillir et installer la clientèle"])

# Trap T8 member: same employer, same job, other arrondissement (Paris 15)
lba("T8_p15", label="offres_emploi_lba", file="lba/search_G1602_G1803.json",
    title="Serveur en salle - apprentissage",
    desc="""Brasserie rue de Vaugirard (85 couverts + grande terrasse). Apprenti(e) serveur(se) en CAP ou Bac pro : accueil, prise de commande, service, encaissement. Débutants acceptés.""",
    created="2026-03-09 12:51:00", romes=["G1803"], emp=EMP_PRADEL_P15,
    address="201 RUE DE VAUGIRARD 75015 PARIS", geo=[2.30418, 48.84123], start="2026-09-01",
    diploma="3", acquired=["Service: Servir les mets et les boissons", "Accueil: Accueillir et installer la clientèle"])

# CP3 + T7 -- chain template on France Travail (Saint-Denis, Nanterre, Vitry), Hellowork rewrite for Saint-Denis
BOLGRILL_TEMPLATE = """🔥 BOL&GRILL recrute à {ville} ! 🔥

Bol&Grill, ce sont 23 restaurants de bowls et grillades à emporter ou sur place en France. Nous ouvrons nos portes aux apprenti(e)s qui veulent apprendre un vrai métier en cuisine.

TON RÔLE : équipier(ère) cuisine en apprentissage
- préparer les bases (marinades, légumes, sauces) selon nos fiches techniques
- cuire les viandes sur le grill et assembler les bowls à la commande
- garder ton poste propre et rangé, appliquer les règles d'hygiène
- participer aux inventaires et à la réception des livraisons

TON PROFIL : tu prépares (ou veux préparer) un CAP Production et service en restaurations ou un CAP Cuisine. Pas besoin d'expérience, l'envie suffit.

CE QU'ON T'OFFRE : planning connu 3 semaines à l'avance, repas offert, prime de fin de contrat, possibilité de CDI à la fin de l'apprentissage.

Postule directement en ligne, réponse sous 48h."""

ft("CP3_ft", file="ft/offres_G1602_G1803.json", place="SAINTDENIS", rome="G1602",
   appellation="Commis / Commise de cuisine",
   title="Equipier cuisine en apprentissage H/F",
   desc=BOLGRILL_TEMPLATE.format(ville="Saint-Denis"),
   created="2026-02-24 08:00:00", nom="BOL&GRILL", naf="5610C", tranche="20 à 49 salariés")
ft("T7_nanterre", file="ft/offres_G1602_G1803.json", place="NANTERRE", rome="G1602",
   appellation="Commis / Commise de cuisine",
   title="Equipier cuisine en apprentissage H/F",
   desc=BOLGRILL_TEMPLATE.format(ville="Nanterre"),
   created="2026-02-24 08:00:00", nom="BOL&GRILL", naf="5610C", tranche="20 à 49 salariés")
ft("T7_vitry", file="ft/offres_G1602_G1803.json", place="VITRY", rome="G1602",
   appellation="Commis / Commise de cuisine",
   title="Equipier cuisine en apprentissage H/F",
   desc=BOLGRILL_TEMPLATE.format(ville="Vitry-sur-Seine"),
   created="2026-02-25 08:00:00", nom="BOL&GRILL", naf="5610C", tranche="10 à 19 salariés")

EMP_BOLGRILL_SD = employer("83215569400047", "SAS BOLGRILL FRANCE", "Bol&Grill Saint-Denis Basilique",
                           "5610C", OPCO_AKTO, 1501, "20-49",
                           "Enseigne de restauration rapide : bowls et grillades.", "https://www.bolgrill.fr")
lba("CP3_lba", label="Hellowork", file="lba/search_G1602_G1803.json",
    title="Équipier(ère) cuisine en alternance – Saint-Denis (93) H/F",
    desc="""Description du poste
Au sein de notre restaurant de Saint-Denis (face à la basilique), vous rejoignez la brigade en tant qu'équipier cuisine en alternance. Vous apprenez à préparer les marinades, légumes et sauces à partir de fiches recettes, à griller les viandes et à dresser nos bowls au fil des commandes. L'hygiène et le rangement du poste font partie du quotidien, tout comme les livraisons et les inventaires.

Profil recherché
Candidat(e) inscrit(e) ou souhaitant s'inscrire en CAP PSR ou CAP Cuisine, sans expérience exigée.

Avantages
Repas pris en charge · plannings anticipés · prime de fin de contrat · CDI possible à l'issue.""",
    created="2026-03-04 06:30:00", romes=["G1602", "G1603"], emp=EMP_BOLGRILL_SD,
    address="4 RUE DE LA LEGION D'HONNEUR 93200 SAINT-DENIS", geo=[2.35891, 48.93571], start="2026-04-01",
    duration=12, diploma="3")

# CP4 + T4 -- employer missing on France Travail; same employer hires a pastry commis (same ROME)
EMP_TILLEULS = employer("90233417500014", "SAS LES TILLEULS OBERKAMPF", "Les Tilleuls",
                        "5610A", OPCO_AKTO, 1979, "10-19",
                        "Restaurant bistronomique, 50 couverts, cuisine ouverte.")
ft("CP4_ft", file="ft/offres_G1602_G1803.json", place="P11", rome="G1602",
   appellation="Commis / Commise de cuisine",
   title="Commis de cuisine H/F - Apprentissage",
   desc="""Restaurant bistronomique rue Oberkampf (50 couverts, cuisine ouverte sur la salle) recherche un commis de cuisine en apprentissage.
Vous travaillerez avec le chef et un chef de partie : mise en place, cuisson des garnitures, dressage des entrées, gestion des stocks et nettoyage.
La carte change toutes les 3 semaines, produits frais uniquement.
CAP cuisine en 1 ou 2 ans. Horaires du mardi au samedi.""",
   created="2026-03-10 14:22:00", nom=None, naf="5610A")
lba("CP4_lba", label="offres_emploi_lba", file="lba/search_G1602_G1803.json",
    title="Commis de cuisine en apprentissage",
    desc="""Les Tilleuls, restaurant bistronomique de 50 couverts, cuisine ouverte sur la salle.
Aux côtés du chef et d'un chef de partie, tu fais la mise en place, les cuissons de garnitures et le dressage des entrées. Tu participes aussi à la gestion des stocks et au nettoyage.
Produits frais uniquement, carte renouvelée toutes les 3 semaines.
Pour un CAP cuisine (1 ou 2 ans). Du mardi au samedi.""",
    created="2026-03-12 09:40:00", romes=["G1602"], emp=EMP_TILLEULS,
    address="77 RUE OBERKAMPF 75011 PARIS", geo=[2.37652, 48.86530], diploma="3",
    desired=["Faire preuve de rigueur et de précision"],
    acquired=["Production culinaire: Réaliser les mises en place", "Production culinaire: Dresser les assiettes"])
lba("T4_patissier", label="offres_emploi_lba", file="lba/search_G1602_G1803.json",
    title="Commis pâtissier(ère) en apprentissage - restaurant",
    desc="""Les Tilleuls, restaurant bistronomique de 50 couverts, cuisine ouverte sur la salle.
Nous créons un poste d'apprenti(e) pâtissier(ère) de restaurant : tu réalises avec le chef les desserts à l'assiette, les pâtes de base (sucrée, feuilletée, choux), les crèmes et les glaces maison, et tu assures le dressage des desserts pendant le service.
Pour un CAP pâtissier ou une mention complémentaire desserts de restaurant. Du mardi au samedi.""",
    created="2026-03-12 09:47:00", romes=["G1602"], emp=EMP_TILLEULS,
    address="77 RUE OBERKAMPF 75011 PARIS", geo=[2.37652, 48.86530], diploma="3",
    acquired=["Pâtisserie: Réaliser des desserts à l'assiette", "Pâtisserie: Réaliser les pâtes de base"])

# CP5 + T3 -- Meteojob rewrite; same employer hires a second M1607 profile at the same address
EMP_ROCHAMBEAU = employer("49870356200033", "SAS ROCHAMBEAU GESTION IMMOBILIERE", "Rochambeau Immobilier",
                          "6832A", OPCO_EP, 1527, "20-49", None, "https://www.rochambeau-immo.fr")
ft("CP5_ft", file="ft/offres_M1607.json", place="P09", rome="M1607",
   appellation="Assistant administratif / Assistante administrative",
   title="Assistant(e) administratif(ve) gestion locative - alternance BTS",
   desc="""Administrateur de biens indépendant (2 800 lots gérés), situé rue de Châteaudun, nous recherchons pour notre service gérance un(e) alternant(e) en BTS SAM ou BTS Professions immobilières.

Rattaché(e) à une gestionnaire locative, vous l'assisterez dans :
- la préparation des baux, états des lieux et dossiers de candidature des locataires
- le suivi des encaissements et les relances de loyers impayés (1er niveau)
- la gestion des demandes d'intervention (plombier, serrurier...) et le suivi des devis
- l'accueil téléphonique des locataires et des propriétaires
- le classement et la numérisation des dossiers

Vous êtes rigoureux(se), à l'aise au téléphone et avec les outils bureautiques.
Rythme école / entreprise à définir selon l'école. Tickets restaurant, 13e mois au prorata.""",
   created="2026-02-16 09:30:00", nom="ROCHAMBEAU GESTION IMMOBILIERE", naf="6832A", tranche="20 à 49 salariés",
   competences=[{"libelle": "Rédiger un courrier", "exigence": "S"},
                {"code": "122145", "libelle": "Renseigner un interlocuteur", "exigence": "S"}])
lba("CP5_lba", label="Meteojob", file="lba/search_M1607.json",
    title="Alternance - Assistant gestion locative H/F",
    desc="""Entreprise : Rochambeau Immobilier, administrateur de biens à Paris 9e, environ 2 800 lots en gérance.

Poste : en alternance (BTS SAM ou BTS PI), vous épaulez une gestionnaire locative au quotidien. Vous montez les dossiers des candidats locataires, préparez baux et états des lieux, relancez les premiers impayés et suivez les encaissements. Vous traitez aussi les demandes de travaux des locataires (devis, suivi des artisans), répondez au téléphone et tenez à jour le classement numérique.

Profil : rigueur, aisance téléphonique, bonne maîtrise de la bureautique.

Tickets restaurant et 13e mois au prorata.""",
    created="2026-02-20 04:12:00", romes=["M1607", "C1501"], emp=EMP_ROCHAMBEAU,
    address="27, rue de Châteaudun - 75009 PARIS", geo=[2.33741, 48.87621], duration=24,
    ctype=("Apprentissage",), diploma="5")
ft("T3_accueil", file="ft/offres_M1607.json", place="P09", rome="M1607",
   appellation="Secrétaire standardiste",
   title="Secrétaire d'accueil en apprentissage (Bac pro AGOrA)",
   desc="""Administrateur de biens indépendant (2 800 lots gérés), situé rue de Châteaudun, nous recherchons pour notre accueil un(e) apprenti(e) en Bac pro AGOrA.

Vous serez le premier contact de l'agence :
- accueil physique des visiteurs, artisans et coursiers
- standard téléphonique (6 lignes) et prise de messages pour les gestionnaires
- tri et distribution du courrier, affranchissement, envois recommandés
- réservation des salles pour les assemblées générales de copropriété
- commande des fournitures

Bonne élocution, présentation soignée, sens du service.
Horaires 9h - 17h30 du lundi au vendredi. Tickets restaurant.""",
   created="2026-02-16 09:34:00", nom="ROCHAMBEAU GESTION IMMOBILIERE", naf="6832A", tranche="20 à 49 salariés",
   duree="36 Mois")

# CP6 -- heavy rewrite, LBA much shorter
EMP_CAPILLA = employer("79904433100022", "SARL CAPILLA PARIS", "Maison Capilla", "9602A", OPCO_EP, 2596, "6-9")
ft("CP6_ft", file="ft/offres_D1106_D1202.json", place="P17", rome="D1202",
   appellation="Coiffeur / Coiffeuse",
   title="Coiffeur H/F apprenti CAP / BP",
   desc="""CAPILLA - salon de coiffure et barbier, quartier des Batignolles.

Nous sommes une équipe de 6 coiffeurs passionnés, spécialisés dans la coupe aux ciseaux, les couleurs naturelles et le soin du cheveu bouclé. Le salon accueille une clientèle mixte, familles et actifs du quartier.

Nous recrutons un(e) apprenti(e) :
- en CAP Métiers de la coiffure (1re ou 2e année) ou en BP Coiffure
- motivé(e), curieux(se), avec un vrai goût pour le relationnel

Vos journées :
• accueil des clients, vestiaire, boisson
• shampoings et soins profonds, massage crânien
• aide aux coloristes (préparation, pose, rinçage)
• brushings, mises en plis, puis coupes sur modèles le lundi soir (training interne)
• entretien du salon et du matériel, gestion du linge
• vente conseil des produits

Nos engagements : un tuteur dédié, des formations techniques tout au long de l'année (boucles, balayage), un vrai suivi avec votre CFA, des horaires stables (pas de nocturne après 20h).

Salon ouvert du mardi au samedi. Démarrage : septembre 2026.""",
   created="2026-03-16 11:11:11", nom="CAPILLA", naf="9602A",
   qualites=[{"libelle": "Sens de la communication", "description": "Capacité à créer une relation de confiance avec le client."},
             {"libelle": "Curiosité", "description": "Capacité à s'intéresser à de nouvelles techniques."}])
lba("CP6_lba", label="offres_emploi_lba", file="lba/search_D1106_D1202.json",
    title="Apprenti coiffeur / Apprentie coiffeuse",
    desc="""Salon coiffure & barbier aux Batignolles, spécialiste boucles et couleurs naturelles. On forme un(e) apprenti(e) CAP ou BP, rentrée 2026.""",
    created="2026-03-18 08:05:00", romes=["D1202"], emp=EMP_CAPILLA,
    address="62 RUE DES DAMES 75017 PARIS", geo=[2.32104, 48.88335], diploma="3",
    access=["Ce métier est accessible avec un CAP Métiers de la coiffure."])

# CP7 -- France Travail has no employer name; order of paragraphs changed
EMP_STUDIOB = employer("88120761400019", "EURL STUDIO BILLANCOURT", "Studio B. Coiffure", "9602A", OPCO_EP, 2596, "3-5")
ft("CP7_ft", file="ft/offres_D1106_D1202.json", place="BOULOGNE", rome="D1202",
   appellation="Apprenti coiffeur / Apprentie coiffeuse",
   title="Apprenti coiffeur / Apprentie coiffeuse (BP Coiffure)",
   desc="""Profil : titulaire du CAP coiffure, vous entrez en BP. Vous avez déjà les bases (shampoing, brushing, coupe homme) et voulez progresser en couleur et en coupe femme.

Le salon : 4 personnes, boulevard Jean Jaurès à Boulogne, près du métro Marcel Sembat. Clientèle fidèle, ambiance familiale.

Missions : coupes, couleurs et balayages sous la supervision de la gérante, conseil et vente de produits, accueil et caisse.

Contrat d'apprentissage de 2 ans, du mardi au samedi, 35h.""",
   created="2026-04-01 10:20:00", nom=None, naf="9602A")
lba("CP7_lba", label="offres_emploi_lba", file="lba/search_D1106_D1202.json",
    title="Apprenti(e) coiffeur(se) - BP",
    desc="""Salon de 4 personnes boulevard Jean Jaurès à Boulogne (métro Marcel Sembat), clientèle fidèle et ambiance familiale.

Vous réaliserez coupes, couleurs et balayages sous la supervision de la gérante, vous conseillerez et vendrez les produits et vous tiendrez l'accueil et la caisse.

Vous avez votre CAP coiffure et entrez en BP : les bases (shampoing, brushing, coupe homme) sont acquises, vous voulez progresser en couleur et en coupe femme.

Apprentissage 2 ans, du mardi au samedi.""",
    created="2026-03-27 19:03:00", romes=["D1202"], emp=EMP_STUDIOB,
    address="114 BD JEAN JAURES 92100 BOULOGNE-BILLANCOURT", geo=[2.24392, 48.83378], diploma="4")

# CP8 -- long France Travail text, 3-line LBA text
EMP_HORIZONS = employer("44387219800036", "ASSOC HORIZONS SOLIDAIRES EST PARISIEN", None, "9499Z", OPCO_UNIF, None, "20-49",
                        "Association d'insertion et d'accompagnement social.")
ft("CP8_ft", file="ft/offres_M1607.json", place="MONTREUIL", rome="M1607",
   appellation="Secrétaire polyvalent / polyvalente",
   title="Secrétaire polyvalent(e) - contrat d'apprentissage",
   desc="""Présentation de la structure
Horizons Solidaires est une association loi 1901 créée en 1994 à Montreuil. Elle porte un chantier d'insertion (maraîchage et entretien d'espaces verts), un service d'accompagnement vers le logement et un point d'accès au droit. L'équipe compte 28 salariés permanents et une quarantaine de salariés en insertion.

Le poste
Rattaché(e) à la responsable administrative et financière, vous l'accompagnerez dans la gestion quotidienne du secrétariat de l'association.

Vos missions principales
- Accueil physique et téléphonique du public et des partenaires
- Gestion des agendas de la direction et des salles de réunion
- Rédaction et mise en forme des courriers, notes, comptes rendus
- Suivi administratif des salariés en insertion (contrats, PMSMP, attestations)
- Préparation des dossiers de demande de subvention (pièces, tableaux)
- Tenue des registres et des tableaux de bord d'activité
- Classement, archivage papier et numérique
- Commande et suivi des fournitures

Vos missions secondaires
- Participation à l'organisation de l'assemblée générale annuelle
- Aide ponctuelle à l'accueil de la permanence d'accès au droit

Profil recherché
Vous préparez un BTS SAM, un titre professionnel Secrétaire assistant(e) ou un Bac pro AGOrA. Vous maîtrisez Word et Excel, vous avez une bonne expression écrite et vous faites preuve de discrétion. Le sens du contact et l'intérêt pour l'économie sociale et solidaire sont indispensables.

Conditions
Contrat d'apprentissage de 12 à 24 mois selon la formation. 35h hebdomadaires, du lundi au vendredi. Locaux accessibles en transports (métro Croix de Chavaux). Prise en charge de 75% du pass Navigo.

Pour candidater, envoyez CV et quelques lignes de motivation via le formulaire France Travail.""",
   created="2026-02-12 15:00:00", nom="ASSOCIATION HORIZONS SOLIDAIRES", naf="9499Z", tranche="20 à 49 salariés")
lba("CP8_lba", label="offres_emploi_lba", file="lba/search_M1607.json",
    title="Secrétaire polyvalent(e)",
    desc="""Réalise les travaux courants de secrétariat (saisie, mise en forme de documents, classement, accueil, agenda) pour une association d'insertion de Montreuil. BTS SAM, titre pro ou Bac pro AGOrA.""",
    created="2026-02-26 10:31:00", romes=["M1607"], emp=EMP_HORIZONS,
    address="5 RUE KLEBER 93100 MONTREUIL", geo=[2.44125, 48.85910], duration=24, diploma="4",
    desired=["Faire preuve de discrétion", "Organiser son travail selon les priorités"])

# CP9 -- light rewrite (a sentence added), same day
EMP_LAMARCK = employer("52018834700015", "SARL LAMARCK VIANDES", "Boucherie Lamarck", "4722Z", OPCO_EP, 992, "6-9")
ft("CP9_ft", file="ft/offres_D1106_D1202.json", place="P18", rome="D1106",
   appellation="Vendeur / Vendeuse en boucherie",
   title="Vendeur / Vendeuse en boucherie (apprentissage)",
   desc="""Boucherie-charcuterie traditionnelle sur la butte Montmartre (rue Lamarck) recherche un(e) apprenti(e) vendeur(se).
Vous serez formé(e) à l'accueil et au conseil de la clientèle sur les morceaux et les modes de cuisson, à la présentation de la vitrine, à la pesée et à l'encaissement, ainsi qu'à la préparation des commandes traiteur du week-end.
CAP Employé de vente spécialisé ou Bac pro Commerce. Travail du mardi au dimanche midi.""",
   created="2026-03-23 07:45:00", nom="BOUCHERIE LAMARCK", naf="4722Z")
lba("CP9_lba", label="offres_emploi_lba", file="lba/search_D1106_D1202.json",
    title="Apprenti(e) vendeur(se) en boucherie",
    desc="""Boucherie-charcuterie traditionnelle sur la butte Montmartre, rue Lamarck, recherche un(e) apprenti(e) vendeur(se).
Vous serez formé(e) à l'accueil et au conseil de la clientèle sur les morceaux et les modes de cuisson, à la présentation de la vitrine, à la pesée et à l'encaissement, ainsi qu'à la préparation des commandes traiteur du week-end.
Nos viandes viennent directement de deux éleveurs de l'Aveyron et du Limousin : vous apprendrez à en parler !
CAP Employé de vente spécialisé ou Bac pro Métiers du commerce. Du mardi au dimanche midi.""",
    created="2026-03-23 18:20:00", romes=["D1106", "D1101"], emp=EMP_LAMARCK,
    address="88 RUE LAMARCK 75018 PARIS", geo=[2.33918, 48.89049], diploma="3")

# CP10 -- Hellowork, 15 days later, moderate rewrite
EMP_DONJON = employer("83377120400012", "SARL LE DONJON", "Le Donjon Brasserie", "5610A", OPCO_AKTO, 1979, "10-19")
ft("CP10_ft", file="ft/offres_G1602_G1803.json", place="VINCENNES", rome="G1803",
   appellation="Serveur / Serveuse en brasserie",
   title="Apprenti(e) serveur/serveuse brasserie",
   desc="""Brasserie Le Donjon, face au château de Vincennes, 120 couverts en salle et 60 en terrasse.
Nous accueillons un(e) apprenti(e) serveur(se) (CAP CSHCR / Bac pro CSR).

- Mise en place de la salle et de la terrasse
- Accueil et placement des clients
- Prise de commandes et service des plats et boissons
- Préparation des boissons au bar (cafés, softs, bières pression)
- Débarrassage et nettoyage

Horaires : 35h en continu (matin ou soir), week-end travaillé par roulement.
Repas pris sur place, mutuelle, primes sur chiffre d'affaires.""",
   created="2026-04-06 09:05:00", nom="BRASSERIE LE DONJON", naf="5610A")
lba("CP10_lba", label="Hellowork", file="lba/search_G1602_G1803.json",
    title="Serveur / Serveuse en apprentissage H/F",
    desc="""Vous souhaitez apprendre le service dans une grande brasserie ? Le Donjon (Vincennes, en face du château) vous forme pendant votre CAP ou Bac pro : installation de la salle et de la terrasse (180 places au total), accueil, commandes, service à table, boissons au bar, débarrassage.
35h en continu, un week-end sur deux. Repas offerts, mutuelle, intéressement au CA.""",
    created="2026-04-21 05:55:00", romes=["G1803"], emp=EMP_DONJON,
    address="3 AV. DE PARIS, 94300 VINCENNES", geo=[2.43718, 48.84462], diploma="3", duration=24)

# CP11 -- 20 days apart, heavy rewrite with similar length
EMP_SAVEURS = employer("81244950600027", "SAVEURS COLLECTIVES SAS", "Saveurs Collectives – Cuisine centrale",
                       "5629A", OPCO_AKTO, 1266, "50-99", "Cuisine centrale pour crèches, écoles et EHPAD.")
ft("CP11_ft", file="ft/offres_G1602_G1803.json", place="AUBERVILLIERS", rome="G1602",
   appellation="Cuisinier / Cuisinière de collectivité",
   title="Cuisinier de collectivité apprenti (H/F)",
   desc="""SAVEURS COLLECTIVES - cuisine centrale (3 500 repas/jour) livrant crèches, écoles et maisons de retraite du nord-est parisien.

Nous recherchons un apprenti cuisinier / une apprentie cuisinière pour notre site d'Aubervilliers, en CAP Production et service en restaurations ou CAP Cuisine.

Missions :
- production des entrées et desserts en grande quantité
- participation aux cuissons (sauteuses, fours mixtes) en liaison froide
- conditionnement en barquettes, étiquetage, refroidissement rapide
- application stricte du plan de maîtrise sanitaire
- nettoyage et désinfection des zones de production

Horaires : 6h - 13h30 du lundi au vendredi. Pas de week-end.""",
   created="2026-02-19 08:00:00", nom="SAVEURS COLLECTIVES", naf="5629A", tranche="50 à 99 salariés")
lba("CP11_lba", label="offres_emploi_lba", file="lba/search_G1602_G1803.json",
    title="Apprenti(e) cuisinier(ère) en restauration collective",
    desc="""Vous aimez cuisiner pour beaucoup de monde ? Notre unité de production d'Aubervilliers prépare chaque jour plusieurs milliers de repas pour les tout-petits, les écoliers et les personnes âgées.
En apprentissage (CAP PSR ou CAP Cuisine), vous apprendrez à produire en volume : préparations froides et pâtisseries, cuisson en sauteuse et four mixte, mise en barquettes puis cellule de refroidissement, traçabilité. Vous serez aussi formé(e) au nettoyage et à la désinfection des ateliers.
Journées de 6h à 13h30, week-ends libres.""",
    created="2026-03-11 13:14:00", romes=["G1602"], emp=EMP_SAVEURS,
    address="21 RUE DE LA HAIE-COQ 93300 AUBERVILLIERS", geo=[2.37452, 48.90585], diploma="3")

# CP12 -- France Travail has no employer name; LBA first
EMP_VERGERS = employer("91877302500011", "SARL VERGERS DU COMMERCE", "Les Vergers du Commerce", "4721Z", OPCO_COM, 1505, "3-5")
lba("CP12_lba", label="offres_emploi_lba", file="lba/search_D1106_D1202.json",
    title="Vendeur / Vendeuse en primeur - apprentissage",
    desc="""Primeur de quartier rue du Commerce (fruits, légumes, épicerie fine, jus pressés).
Nous recherchons un(e) apprenti(e) vendeur(se) pour :
- la mise en rayon et la présentation des étals chaque matin
- le conseil aux clients et la préparation des paniers
- la pesée, l'encaissement
- le contrôle de la fraîcheur et le tri des produits
CAP Équipier polyvalent du commerce ou Bac pro Commerce. Du mardi au dimanche matin.""",
    created="2026-03-02 08:20:00", romes=["D1106"], emp=EMP_VERGERS,
    address="45 RUE DU COMMERCE 75015 PARIS", geo=[2.29612, 48.84611], diploma="3")
ft("CP12_ft", file="ft/offres_D1106_D1202.json", place="P15", rome="D1106",
   appellation="Vendeur / Vendeuse en produits frais",
   title="Vendeur/Vendeuse en primeur - apprentissage",
   desc="""Primeur de quartier rue du Commerce (fruits, légumes, épicerie fine, jus pressés) recherche un(e) apprenti(e) vendeur(se).
Missions : mise en rayon et présentation des étals chaque matin, conseil aux clients, préparation des paniers, pesée et encaissement, contrôle de la fraîcheur et tri des produits.
Formation : CAP EPC ou Bac pro Commerce.
Horaires : du mardi au dimanche matin, début à 7h.""",
   created="2026-03-05 11:00:00", nom=None, naf="4721Z")

# CP13 -- three members: France Travail + relay + LBA-own rewrite
EMP_SEVE = employer("85236611900017", "SARL SEVE", "Atelier Sève Coiffure", "9602A", OPCO_EP, 2596, "3-5")
ft("CP13_ft", file="ft/offres_D1106_D1202.json", place="P11", rome="D1202",
   appellation="Coiffeur / Coiffeuse",
   title="Apprenti coiffeur H/F - salon écoresponsable",
   desc="""Atelier Sève, salon de coiffure écoresponsable (colorations végétales, produits bio, recyclage des cheveux), rue Saint-Maur, recherche un(e) apprenti(e) en CAP ou BP.

Vous apprendrez :
- le diagnostic du cuir chevelu et du cheveu
- les shampoings, soins et massages
- la préparation et l'application des colorations végétales (henné, indigo)
- les brushings naturels et les coupes
- le conseil produits

Nous cherchons quelqu'un de sensible à l'environnement, patient et soigneux.
Salon ouvert du mardi au samedi, nocturne le jeudi jusqu'à 21h.""",
   created="2026-03-19 12:00:00", nom="ATELIER SEVE", naf="9602A")
relay("CP13_relay", "CP13_ft", file="lba/search_D1106_D1202.json", mode="ws", name="ATELIER SEVE", delay_hours=9)
lba("CP13_lba", label="offres_emploi_lba", file="lba/search_D1106_D1202.json",
    title="Apprenti(e) coiffeur(se) CAP/BP",
    desc="""Salon écoresponsable du 11e (couleurs végétales, produits bio). Tu apprends diagnostic, soins, couleurs au henné et à l'indigo, brushing et coupe. Patience et soin demandés. Mardi-samedi, jeudi jusqu'à 21h.""",
    created="2026-03-24 10:00:00", romes=["D1202"], emp=EMP_SEVE,
    address="9 RUE SAINT MAUR 75011 PARIS", geo=[2.38212, 48.86003], diploma="3")

# CP14 -- three members: France Travail + relay (cut, no name) + LBA-own rewrite
EMP_ELECIVRY = employer("48139905200024", "SARL ELEC'IVRY SERVICES", None, "4321A", OPCO_CONSTR, 1597, "10-19")
ft("CP14_ft", file="ft/offres_M1607.json", place="IVRY", rome="M1607",
   appellation="Assistant administratif / Assistante administrative",
   title="Assistant administratif H/F en alternance",
   desc="""PME d'électricité générale (15 salariés) basée à Ivry-sur-Seine, nous intervenons en rénovation de logements et en maintenance de bâtiments tertiaires.

Nous recherchons un(e) assistant(e) administratif(ve) en alternance (BTS SAM, BTS Gestion de la PME ou titre pro).

Vous prendrez en charge :
- la saisie des devis et des factures sur notre logiciel métier
- le suivi des chantiers : planning des équipes, bons d'intervention
- l'accueil téléphonique des clients et des régies
- le suivi des commandes fournisseurs
- la gestion des documents administratifs (assurances, attestations URSSAF, DPAE)

Vous êtes organisé(e), à l'aise au téléphone et avez une première connaissance d'Excel.""",
   created="2026-04-08 08:45:00", nom="ELEC IVRY SERVICES", naf="4321A", tranche="10 à 19 salariés")
relay("CP14_relay", "CP14_ft", file="lba/search_M1607.json", mode="cut", cut_at=400, name=None, delay_hours=20)
lba("CP14_lba", label="offres_emploi_lba", file="lba/search_M1607.json",
    title="Assistant(e) administratif(ve) - alternance",
    desc="""Entreprise d'électricité de 15 personnes à Ivry (rénovation de logements, maintenance tertiaire).
En alternance, vous gérez avec la dirigeante la partie administrative : devis et factures dans le logiciel, plannings des équipes et bons d'intervention, appels des clients et des régies, commandes chez les fournisseurs, documents obligatoires (assurances, URSSAF, DPAE).
BTS SAM, BTS GPME ou titre professionnel. Organisation et aisance au téléphone demandées.""",
    created="2026-04-13 14:30:00", romes=["M1607"], emp=EMP_ELECIVRY,
    address="30 RUE MARAT 94200 IVRY-SUR-SEINE", geo=[2.38771, 48.81352], diploma="5")
# --------------------------------------------------------------------------------------------------
# DOUBLE PULLS: the same board publishes the same job twice under two ids
# --------------------------------------------------------------------------------------------------

JADE_TEXT = """Le Jardin de Jade, restaurant vietnamien et thaï avenue de Choisy (120 couverts), recrute un(e) commis de cuisine en apprentissage.

Vous apprendrez la préparation des bouillons (phở), des nems et rouleaux de printemps, la découpe des légumes et des herbes, la cuisson au wok et à la vapeur, ainsi que le dressage.

Horaires : 11h-15h / 18h-22h30, 5 jours par semaine.
Débutant accepté, CAP cuisine en 2 ans.
Repas du personnel offert."""
ft("DP1_a", file="ft/offres_G1602_G1803.json", place="P13", rome="G1602",
   appellation="Commis / Commise de cuisine", title="Commis de cuisine apprenti(e) H/F",
   desc=JADE_TEXT, created="2026-02-10 10:30:00", nom="LE JARDIN DE JADE", naf="5610A",
   updated="2026-02-10 10:30:00")
ft("DP1_b", file="ft/offres_G1602_G1803.json", place="P13", rome="G1602",
   appellation="Commis / Commise de cuisine", title="Commis de cuisine apprenti(e) H/F",
   desc=JADE_TEXT, created="2026-03-03 09:58:00", nom="LE JARDIN DE JADE", naf="5610A",
   updated="2026-03-03 09:58:00")
relay("DP1_relay", "DP1_a", file="lba/search_G1602_G1803.json", mode="same", delay_hours=3)

BERRADA_A = """Maison Berrada, pâtisserie orientale et salon de thé à Ivry (rue Gabriel Péri), recherche un(e) apprenti(e) vendeur(se).

• Vente au comptoir des pâtisseries (cornes de gazelle, makrouts, baklavas...) et des pains
• Confection des plateaux et boîtes cadeaux, commandes pour les fêtes et mariages
• Service du thé en salle
• Tenue de la caisse, propreté de la boutique

CAP vendeur ou Bac pro commerce. Travail le week-end (repos lundi + mardi).
Salaire selon la grille apprentissage."""
BERRADA_B = BERRADA_A.replace("Salaire selon la grille apprentissage.",
                              "Salaire selon la grille apprentissage + prime pendant le Ramadan.\nPoste à pourvoir dès que possible.")
ft("DP2_a", file="ft/offres_D1106_D1202.json", place="IVRY", rome="D1106",
   appellation="Vendeur / Vendeuse en boulangerie-pâtisserie", title="Vendeur(se) en pâtisserie orientale - apprentissage",
   desc=BERRADA_A, created="2026-03-09 16:40:00", nom="MAISON BERRADA", naf="1071D")
ft("DP2_b", file="ft/offres_D1106_D1202.json", place="IVRY", rome="D1106",
   appellation="Vendeur / Vendeuse en boulangerie-pâtisserie", title="Vendeur(se) en pâtisserie orientale - apprentissage",
   desc=BERRADA_B, created="2026-03-18 09:12:00", nom="MAISON BERRADA", naf="1071D")

LECOURBE_TEXT = """Cabinet d'expertise comptable (18 collaborateurs), quartier Lecourbe.
Nous recherchons un(e) secrétaire en alternance pour renforcer le pôle administratif : accueil, standard, gestion des courriers entrants et sortants, scan et classement des pièces comptables des clients, préparation des lettres de mission, relances des documents manquants, suivi des agendas des experts-comptables.
Formation visée : BTS SAM ou titre professionnel Secrétaire comptable.
Vous êtes rigoureux(se), discret(ète) et à l'aise avec l'informatique."""
ft("DP3_a", file="ft/offres_M1607.json", place="P15", rome="M1607",
   appellation="Secrétaire", title="Secrétaire en alternance (H/F)", desc=LECOURBE_TEXT,
   created="2026-02-23 14:00:00", nom=None, naf="6920Z", updated="2026-02-25 08:00:00")
ft("DP3_b", file="ft/offres_M1607.json", place="P15", rome="M1607",
   appellation="Secrétaire", title="Secrétaire en alternance (H/F)", desc=LECOURBE_TEXT,
   created="2026-03-16 14:05:00", nom=None, naf="6920Z", updated="2026-03-16 14:05:00")

EMP_ANATOLE = employer("87654012300015", "SARL BISTROT ANATOLE", "Le Bistrot Anatole", "5610A", OPCO_AKTO, 1979, "6-9")
ANATOLE_TEXT = """Bistrot de quartier à Levallois (rue Anatole France), 55 couverts. On cherche un(e) apprenti(e) serveur(se) pour septembre : mise en place, service midi et soir, bar, encaissement. Ambiance familiale, équipe de 7. Fermé le dimanche."""
lba("DP4_a", label="offres_emploi_lba", file="lba/search_G1602_G1803.json", title="Serveur / Serveuse",
    desc=ANATOLE_TEXT, created="2026-03-03 11:00:00", romes=["G1803"], emp=EMP_ANATOLE,
    address="96 RUE ANATOLE FRANCE 92300 LEVALLOIS-PERRET", geo=[2.28512, 48.89230], diploma="3",
    apply_phone="0147581234")
lba("DP4_b", label="offres_emploi_lba", file="lba/search_G1602_G1803.json", title="Serveur / Serveuse",
    desc=ANATOLE_TEXT, created="2026-03-15 10:42:00", romes=["G1803"], emp=EMP_ANATOLE,
    address="96 RUE ANATOLE FRANCE 92300 LEVALLOIS-PERRET", geo=[2.28512, 48.89230], diploma="3",
    apply_phone="0147581234")

EMP_NONNA = employer("81302277400038", "SAS NONNA PIA RESTAURATION", "Trattoria Nonna Pia", "5610A", OPCO_AKTO, 1979, "20-49",
                     "Trattoria familiale, pâtes fraîches maison.")
NONNA_A = """Trattoria Nonna Pia – Paris 9e (rue des Martyrs)

Nous recherchons un commis de cuisine en alternance H/F.

Missions :
– fabrication des pâtes fraîches (tagliatelle, ravioli, gnocchi)
– préparation des sauces et des antipasti
– mise en place et envoi au passe
– nettoyage de la cuisine

Profil : CAP cuisine ou BP, passionné(e) par la cuisine italienne.
Horaires en coupure, 2 jours de repos consécutifs."""
NONNA_B = NONNA_A.replace("– préparation des sauces et des antipasti", "– préparation des sauces, des antipasti et des desserts (tiramisù, panna cotta)") \
                 .replace("Profil : CAP cuisine ou BP", "Profil : CAP cuisine, BP ou MC")
lba("DP5_a", label="Hellowork", file="lba/search_G1602_G1803.json",
    title="Commis de cuisine en alternance H/F", desc=NONNA_A, created="2026-04-02 06:10:00",
    romes=["G1602"], emp=EMP_NONNA, address="31 RUE DES MARTYRS 75009 PARIS", geo=[2.33944, 48.87861],
    diploma="3", duration=24)
lba("DP5_b", label="Hellowork", file="lba/search_G1602_G1803.json",
    title="Commis de cuisine en alternance H/F", desc=NONNA_B, created="2026-04-08 06:10:00",
    romes=["G1602"], emp=EMP_NONNA, address="31 RUE DES MARTYRS 75009 PARIS", geo=[2.33944, 48.87861],
    diploma="3", duration=24)

EMP_ANGE = employer("75120098100029", "SARL CHEVEUX D'ANGE", "Cheveux d'Ange", "9602A", OPCO_EP, 2596, "3-5")
ANGE_A = """Salon Cheveux d'Ange, Créteil Village. Nous formons un(e) apprenti(e) en CAP coiffure : shampoing, soins, brushing, aide technique couleur, accueil et entretien du salon. Démarrage le 1er avril 2026. Bonne humeur exigée :)"""
ANGE_B = ANGE_A.replace("Démarrage le 1er avril 2026.", "Démarrage début mai 2026.")
lba("DP6_a", label="offres_emploi_lba", file="lba/search_D1106_D1202.json", title="Apprenti(e) coiffeur(se)",
    desc=ANGE_A, created="2026-02-06 18:30:00", romes=["D1202"], emp=EMP_ANGE,
    address="7 RUE DU GENERAL LECLERC 94000 CRETEIL", geo=[2.46102, 48.77958], start="2026-04-01", diploma="3")
lba("DP6_b", label="offres_emploi_lba", file="lba/search_D1106_D1202.json", title="Apprenti(e) coiffeur(se)",
    desc=ANGE_B, created="2026-03-06 17:55:00", romes=["D1202"], emp=EMP_ANGE,
    address="7 RUE DU GENERAL LECLERC 94000 CRETEIL", geo=[2.46102, 48.77958], start="2026-05-04", diploma="3")


# --------------------------------------------------------------------------------------------------
# TRAP-ONLY offers (distinct offers that look alike other ones)
# --------------------------------------------------------------------------------------------------

# T1: same employer, same address as CP1, other trade (salle vs cuisine)
lba("T1_salle", label="offres_emploi_lba", file="lba/search_G1602_G1803.json",
    title="Commis de salle (apprentissage)",
    desc="""Brasserie parisienne de 180 couverts, ouverte tous les jours, nous cherchons un apprenti commis de salle (CAP CSHCR ou Bac pro CSR).
Tu t'occuperas de la mise en place de la salle et de la terrasse, du débarrassage, du service des boissons et tu accompagneras les chefs de rang pendant le service.
2 jours de repos par semaine, repas et tenue fournis. Début dès avril si possible.""",
    created="2026-02-05 17:09:00", romes=["G1803"], emp=EMP_QUATRE_VENTS,
    address="38 RUE DU FAUBOURG SAINT-DENIS 75010 PARIS", geo=[2.35372, 48.87169], start="2026-04-06",
    diploma="3", desired=["Travailler en équipe", "Faire preuve de réactivité"],
    acquired=["Service: Dresser les tables", "Service: Servir les boissons"])

# T2: same employer, same place, two different jobs (fromagerie sales vs traiteur kitchen)
EMP_VASSEUR = employer("42290876500021", "SARL VASSEUR AFFINAGE", "Fromagerie Vasseur", "4729Z", OPCO_COM, 1505, "6-9",
                       "Fromagerie, crèmerie et traiteur maison.")
lba("T2_vente", label="offres_emploi_lba", file="lba/search_D1106_D1202.json",
    title="Vendeur / Vendeuse en fromagerie",
    desc="""Fromagerie-crèmerie et traiteur, rue de Paris à Montreuil. Apprenti(e) vendeur(se) : conseil client, découpe et emballage des fromages, mise en valeur de l'étal, caisse. CAP crémier-fromager ou CAP EVS.""",
    created="2026-03-25 09:00:00", romes=["D1106"], emp=EMP_VASSEUR,
    address="18 RUE DE PARIS 93100 MONTREUIL", geo=[2.43489, 48.85688], diploma="3")
lba("T2_traiteur", label="offres_emploi_lba", file="lba/search_G1602_G1803.json",
    title="Commis de cuisine traiteur",
    desc="""Fromagerie-crèmerie et traiteur, rue de Paris à Montreuil. Apprenti(e) commis de cuisine au laboratoire : quiches, gratins, salades composées, plats du jour à emporter, respect de l'HACCP. CAP cuisine.""",
    created="2026-03-25 09:04:00", romes=["G1602"], emp=EMP_VASSEUR,
    address="18 RUE DE PARIS 93100 MONTREUIL", geo=[2.43489, 48.85688], diploma="3")

# T5: chain template, other arrondissement (rue de Lévis, Paris 17)
ft("T5_p17", file="ft/offres_D1106_D1202.json", place="P17", rome="D1106",
   appellation="Vendeur / Vendeuse en boulangerie-pâtisserie",
   title="Vendeur / Vendeuse en boulangerie - apprentissage (H/F)",
   desc=FOURNEES_TEMPLATE.format(shop="de la rue de Lévis (Paris 17e)"),
   created="2026-02-11 08:40:55", nom="LES FOURNEES DE LEA", naf="1071C",
   ent_desc="Réseau de 9 boulangeries artisanales, fabrication sur place.",
   qualites=[{"libelle": "Sens de la communication", "description": "Capacité à transmettre des informations avec clarté et à créer une relation de confiance avec le client."},
             {"libelle": "Travail en équipe", "description": "Capacité à travailler avec d'autres personnes et à partager les tâches."}])

# T6: hairdressing chain, same template, three salons
MECHE_TEMPLATE = """Atelier Mèche & Co recrute ses futurs talents ! ✂️

Notre réseau de salons forme chaque année plus de 40 apprenti(e)s. Rejoins l'équipe de notre salon de {ville} pour préparer ton CAP ou ton BP coiffure.

Au programme : accueil client, diagnostic, shampoings et soins, techniques de coloration, brushing, coupe femme/homme selon ton niveau. Tu suivras notre parcours de formation interne (Académie Mèche & Co, 1 lundi par mois).

On attend de toi : le sens du service, de la motivation et l'envie d'apprendre.
On t'offre : un tuteur, des produits professionnels à prix réduit, des challenges de vente récompensés."""
EMP_MECHE_P15 = employer("53309918700141", "SAS MECHE ET CO DEVELOPPEMENT", "Atelier Mèche & Co Paris Commerce", "9602A", OPCO_EP, 2596, "6-9")
EMP_MECHE_BOU = employer("53309918700158", "SAS MECHE ET CO DEVELOPPEMENT", "Atelier Mèche & Co Boulogne", "9602A", OPCO_EP, 2596, "6-9")
EMP_MECHE_CRE = employer("53309918700166", "SAS MECHE ET CO DEVELOPPEMENT", "Atelier Mèche & Co Créteil Soleil", "9602A", OPCO_EP, 2596, "10-19")
lba("T6_p15", label="offres_emploi_lba", file="lba/search_D1106_D1202.json", title="Apprenti coiffeur / Apprentie coiffeuse",
    desc=MECHE_TEMPLATE.format(ville="Paris 15e (rue du Commerce)"), created="2026-04-14 09:00:00",
    romes=["D1202"], emp=EMP_MECHE_P15, address="120 RUE DU COMMERCE 75015 PARIS", geo=[2.29321, 48.84298],
    diploma="3", acquired=["Coiffure: Réaliser un shampoing et un soin", "Coiffure: Réaliser une coloration"])
lba("T6_boulogne", label="offres_emploi_lba", file="lba/search_D1106_D1202.json", title="Apprenti coiffeur / Apprentie coiffeuse",
    desc=MECHE_TEMPLATE.format(ville="Boulogne-Billancourt"), created="2026-04-14 09:02:00",
    romes=["D1202"], emp=EMP_MECHE_BOU, address="58 ROUTE DE LA REINE 92100 BOULOGNE-BILLANCOURT", geo=[2.24150, 48.84120],
    diploma="3", acquired=["Coiffure: Réaliser un shampoing et un soin", "Coiffure: Réaliser une coloration"])
lba("T6_creteil", label="offres_emploi_lba", file="lba/search_D1106_D1202.json", title="Apprenti coiffeur / Apprentie coiffeuse",
    desc=MECHE_TEMPLATE.format(ville="Créteil Soleil"), created="2026-04-15 10:30:00",
    romes=["D1202"], emp=EMP_MECHE_CRE, address="CENTRE COMMERCIAL CRETEIL SOLEIL 101 AV DU GENERAL DE GAULLE 94000 CRETEIL",
    geo=[2.44758, 48.77945], diploma="3", acquired=["Coiffure: Réaliser un shampoing et un soin", "Coiffure: Réaliser une coloration"])

# T9: same employer, same title, two sites (Nanterre on France Travail, Boulogne on LBA)
ft("T9_nanterre", file="ft/offres_M1607.json", place="NANTERRE", rome="M1607",
   appellation="Secrétaire administratif / administrative",
   title="Secrétaire administrative en alternance H/F",
   desc="""Gestimmo Patrimoine, cabinet de syndic et de gestion (4 agences dans les Hauts-de-Seine), recrute pour son agence de Nanterre (avenue Joliot-Curie) un(e) secrétaire administratif(ve) en alternance.

Missions : accueil téléphonique, enregistrement des demandes des copropriétaires, préparation des convocations d'assemblées générales, mise sous pli, suivi des sinistres simples, classement.

Profil : BTS SAM ou titre pro Secrétaire assistant. Rigueur et aisance relationnelle.
Rythme 3 jours entreprise / 2 jours école.""",
   created="2026-03-30 10:00:00", nom="GESTIMMO PATRIMOINE", naf="6832A", tranche="50 à 99 salariés")
EMP_GESTIMMO_BOU = employer("39977240100062", "SAS GESTIMMO PATRIMOINE", "Gestimmo", "6832A", OPCO_EP, 1527, "10-19")
lba("T9_boulogne", label="offres_emploi_lba", file="lba/search_M1607.json",
    title="Secrétaire administratif(ve) - alternance",
    desc="""Cabinet de syndic et de gestion (4 agences dans le 92). Pour notre agence de Boulogne, rue de Silly : secrétaire administratif(ve) en alternance. Accueil téléphonique, demandes des copropriétaires, convocations d'AG, mises sous pli, sinistres simples, classement. BTS SAM ou titre pro.""",
    created="2026-04-02 15:00:00", romes=["M1607"], emp=EMP_GESTIMMO_BOU,
    address="12 RUE DE SILLY 92100 BOULOGNE-BILLANCOURT", geo=[2.23962, 48.83281], diploma="5")

# T10: same employer, same title, two salons (Paris 18 and Saint-Denis), both on France Travail
GARANCE = """Studio Garance recrute un(e) apprenti(e) coiffeur(se) pour son salon {lieu}.
Vous préparez un CAP Métiers de la coiffure et souhaitez apprendre dans une équipe jeune et dynamique.
Vous réaliserez les shampoings, soins, brushings et assisterez les coiffeuses sur les couleurs et les lissages.
{extra}
Contrat de 2 ans, du mardi au samedi."""
ft("T10_p18", file="ft/offres_D1106_D1202.json", place="P18", rome="D1202",
   appellation="Apprenti coiffeur / Apprentie coiffeuse", title="Apprenti(e) coiffeur(se) - Studio Garance",
   desc=GARANCE.format(lieu="de la rue Ordener (Paris 18e)", extra="Clientèle majoritairement féminine, spécialité cheveux texturés et tresses."),
   created="2026-02-26 13:30:00", nom="STUDIO GARANCE", naf="9602A")
ft("T10_stdenis", file="ft/offres_D1106_D1202.json", place="SAINTDENIS", rome="D1202",
   appellation="Apprenti coiffeur / Apprentie coiffeuse", title="Apprenti(e) coiffeur(se) - Studio Garance",
   desc=GARANCE.format(lieu="de Saint-Denis (rue de la République)", extra="Salon mixte avec un espace barbier."),
   created="2026-03-02 09:15:00", nom="STUDIO GARANCE", naf="9602A")

# T11: two different restaurants, Paris 18, short generic texts
ft("T11_a", file="ft/offres_G1602_G1803.json", place="P18", rome="G1602",
   appellation="Commis / Commise de cuisine", title="Commis de cuisine en apprentissage (H/F)",
   desc="""Restaurant traditionnel Paris 18e recherche apprenti commis de cuisine. Préparations, mise en place, plonge. CAP cuisine. Motivé et ponctuel.""",
   created="2026-03-06 11:00:00", nom=None, naf="5610A")
ft("T11_b", file="ft/offres_G1602_G1803.json", place="P18", rome="G1602",
   appellation="Commis / Commise de cuisine", title="Commis de cuisine apprentissage H/F",
   desc="""Restaurant traditionnel (Caulaincourt) cherche apprenti(e) commis de cuisine en CAP. Mise en place, préparations froides, aide au service du soir. Sérieux et ponctuel.""",
   created="2026-03-13 15:20:00", nom="LE RELAIS CAULAINCOURT", naf="5610A")

# T12: two different salons in Paris 11, identical job-definition text on LBA
DEF_COIFF = "Réalise des soins capillaires (shampoing, coupe, coloration, mise en forme, ...) selon la demande du client et les règles d'hygiène et de sécurité. Peut effectuer la vente de produits capillaires."
EMP_NINA = employer("84155023700016", "SALON NINA B", None, "9602A", OPCO_EP, 2596, "1-2")
EMP_INSTANT = employer("90022478100013", "EURL L'INSTANT COIFFURE", "L'Instant Coiffure", "9602A", OPCO_EP, 2596, "3-5")
lba("T12_nina", label="offres_emploi_lba", file="lba/search_D1106_D1202.json", title="Coiffeur / Coiffeuse",
    desc=DEF_COIFF, created="2026-03-03 20:14:00", romes=["D1202"], emp=EMP_NINA,
    address="112 RUE DE CHARONNE 75011 PARIS", geo=[2.38632, 48.85471], diploma="3",
    desired=["Être à l'écoute du client"], acquired=["Coiffure: Réaliser un shampoing"])
lba("T12_instant", label="offres_emploi_lba", file="lba/search_D1106_D1202.json", title="Coiffeur / Coiffeuse",
    desc=DEF_COIFF, created="2026-03-20 07:33:00", romes=["D1202"], emp=EMP_INSTANT,
    address="41 AVENUE PARMENTIER 75011 PARIS", geo=[2.37388, 48.86118], diploma="3")

# T13: two different butchers in Vitry, short generic texts (employer missing on France Travail)
ft("T13_ft", file="ft/offres_D1106_D1202.json", place="VITRY", rome="D1106",
   appellation="Vendeur / Vendeuse en boucherie", title="Vendeur en boucherie H/F apprentissage",
   desc="""Boucherie halal quartier Port-à-l'Anglais recherche apprenti(e) vendeur(se) : accueil, conseil, pesée, caisse, rayon volaille et préparations marinées. CAP EVS.""",
   created="2026-02-13 09:40:00", nom=None, naf="4722Z")
EMP_PLATEAU = employer("51766308900014", "SARL BOUCHERIE DU PLATEAU", "Boucherie du Plateau", "4722Z", OPCO_EP, 992, "3-5")
lba("T13_lba", label="offres_emploi_lba", file="lba/search_D1106_D1202.json", title="Vendeur / Vendeuse en boucherie",
    desc="""Boucherie traditionnelle du Plateau recherche apprenti(e) vendeur(se) : accueil, conseil, pesée, caisse, vitrine et rayon charcuterie. CAP EVS.""",
    created="2026-02-18 12:00:00", romes=["D1106"], emp=EMP_PLATEAU,
    address="150 AVENUE ROUGET DE LISLE 94400 VITRY-SUR-SEINE", geo=[2.38711, 48.79692], diploma="3")

# T14: near-identical names, two distinct companies in Paris 3
ft("T14_ft", file="ft/offres_G1602_G1803.json", place="P03", rome="G1803",
   appellation="Serveur / Serveuse de restaurant", title="Apprenti serveur H/F",
   desc="""AU PETIT COMPTOIR, bar à vins et petites assiettes rue de Turbigo, cherche un(e) apprenti(e) serveur(se).
Service du soir uniquement (17h-minuit), du mercredi au dimanche.
Tu apprendras le service du vin, la présentation des planches et des assiettes à partager, l'encaissement.
Bac pro CSR ou CAP. 18 ans minimum (service d'alcool en soirée).""",
   created="2026-03-11 18:00:00", nom="AU PETIT COMPTOIR", naf="5610A")
EMP_LPC = employer("88801266500018", "SARL LPC", "Le Petit Comptoir", "5610A", OPCO_AKTO, 1979, "6-9")
lba("T14_lba", label="offres_emploi_lba", file="lba/search_G1602_G1803.json", title="Serveur / Serveuse en apprentissage",
    desc="""Le Petit Comptoir, café-restaurant du Haut Marais (rue Charlot), ouvert du lundi au vendredi de 8h à 18h (petits-déjeuners, déjeuners, goûters). Nous formons un(e) apprenti(e) serveur(se) en CAP : mise en place, service en salle, préparation des boissons chaudes, caisse.""",
    created="2026-03-13 08:30:00", romes=["G1803"], emp=EMP_LPC,
    address="9 RUE CHARLOT 75003 PARIS", geo=[2.36322, 48.86244], diploma="3")

# T15: near-identical names, two distinct salons (Montreuil on LBA, Vincennes on France Travail)
EMP_ELODIE = employer("82433901200017", "EURL ELODIE COIFFURE", "Élodie Coiffure", "9602A", OPCO_EP, 2596, "1-2")
lba("T15_lba", label="offres_emploi_lba", file="lba/search_D1106_D1202.json", title="Apprentie coiffeuse / Apprenti coiffeur",
    desc="""Petit salon de quartier à Montreuil (Croix de Chavaux). Je forme une apprentie ou un apprenti en CAP : shampoings, brushings, couleurs, entretien du salon. Ambiance calme, clientèle d'habitués.""",
    created="2026-04-09 21:10:00", romes=["D1202"], emp=EMP_ELODIE,
    address="61 BOULEVARD ROUGET DE LISLE 93100 MONTREUIL", geo=[2.44188, 48.85802], diploma="3")
ft("T15_ft", file="ft/offres_D1106_D1202.json", place="VINCENNES", rome="D1202",
   appellation="Apprenti coiffeur / Apprentie coiffeuse", title="Apprenti(e) coiffeur(se) CAP H/F",
   desc="""Salon Elodie Coiffure à Vincennes (rue de Fontenay) recrute un(e) apprenti(e) en CAP coiffure. Shampoings, soins, brushings, aide aux couleurs, accueil des clients. Salon de 5 coiffeuses, ouvert du mardi au samedi.""",
   created="2026-04-10 10:00:00", nom="SALON ELODIE COIFFURE", naf="9602A")

# T16: same employer re-hires for the same job more than six months later (France Travail)
LEMAIRE = """Cabinet d'avocats (droit de la famille et droit immobilier), 3 associés, situé près du Palais de justice de Créteil.
Nous recherchons pour la rentrée {annee} un(e) secrétaire juridique en alternance (BTS SAM option juridique, titre pro Assistant juridique ou Bac pro AGOrA).
Vous assurerez l'accueil des clients, la frappe des actes et des courriers, la gestion des agendas d'audience, la constitution et le suivi des dossiers, ainsi que le classement.
Excellente orthographe exigée, discrétion absolue."""
ft("T16_2025", file="ft/archive_2025-09.json", place="CRETEIL", rome="M1607",
   appellation="Secrétaire juridique", title="Secrétaire juridique en alternance (H/F)",
   desc=LEMAIRE.format(annee="2025"), created="2025-09-08 09:00:00", updated="2025-09-19 09:00:00",
   nom="CABINET LEMAIRE DUFOUR AVOCATS", naf="6910Z")
ft("T16_2026", file="ft/offres_M1607.json", place="CRETEIL", rome="M1607",
   appellation="Secrétaire juridique", title="Secrétaire juridique en alternance (H/F)",
   desc=LEMAIRE.format(annee="2026"), created="2026-03-16 09:20:00",
   nom="CABINET LEMAIRE DUFOUR AVOCATS", naf="6910Z")

# T17: same employer re-hires for the same job more than six months later (LBA)
EMP_JARDIN_ISSY = employer("79412056700010", "SARL JARDIN D'ISSY", "Le Jardin d'Issy", "5610A", OPCO_AKTO, 1979, "10-19")
ISSY_TEXT = """Restaurant Le Jardin d'Issy (cuisine française, terrasse arborée) recherche un(e) apprenti(e) commis de cuisine.
Tu apprendras les bases : taillages, fonds, sauces, cuissons, dressage, hygiène.
Du mardi au samedi, repas offert. CAP cuisine en 2 ans."""
lba("T17_2025", label="offres_emploi_lba", file="lba/archive_2025-08.json", title="Commis de cuisine",
    desc=ISSY_TEXT, created="2025-08-26 10:00:00", romes=["G1602"], emp=EMP_JARDIN_ISSY,
    address="12 RUE ERNEST RENAN 92130 ISSY-LES-MOULINEAUX", geo=[2.27411, 48.82702], start="2025-09-15", diploma="3")
lba("T17_2026", label="offres_emploi_lba", file="lba/search_G1602_G1803.json", title="Commis de cuisine",
    desc=ISSY_TEXT, created="2026-02-23 10:05:00", romes=["G1602"], emp=EMP_JARDIN_ISSY,
    address="12 RUE ERNEST RENAN 92130 ISSY-LES-MOULINEAUX", geo=[2.27411, 48.82702], start="2026-09-01", diploma="3")

# T18: same employer, same address, two different trades (épicerie fine sales vs admin assistant)
ft("T18_ft", file="ft/offres_D1106_D1202.json", place="P03", rome="D1106",
   appellation="Vendeur / Vendeuse en épicerie fine", title="Vendeur / Vendeuse en épicerie fine en alternance",
   desc="""Comptoir Marceline, épicerie fine et cave rue de Bretagne, recrute un(e) apprenti(e) vendeur(se).
Vous accueillez et conseillez nos clients (huiles, conserves de la mer, chocolats, vins nature), vous préparez les coffrets cadeaux, vous mettez en rayon et vous encaissez.
Bac pro Métiers du commerce ou BTS MCO. Samedi travaillé.""",
   created="2026-04-15 10:00:00", nom="COMPTOIR MARCELINE", naf="4729Z")
EMP_MARCELINE = employer("90544312800015", "SAS MARCELINE", "Comptoir Marceline", "4729Z", OPCO_COM, 1505, "6-9")
lba("T18_lba", label="offres_emploi_lba", file="lba/search_M1607.json",
    title="Assistant(e) administratif(ve) et commercial(e) en alternance",
    desc="""Comptoir Marceline, épicerie fine et cave rue de Bretagne, cherche un(e) alternant(e) en BTS SAM ou BTS GPME pour le back-office : saisie des commandes fournisseurs et des factures, suivi des commandes des entreprises (coffrets de fin d'année), mise à jour des fiches produits du site, classement, relations transporteurs.""",
    created="2026-04-16 09:00:00", romes=["M1607", "M1606"], emp=EMP_MARCELINE,
    address="31 RUE DE BRETAGNE 75003 PARIS", geo=[2.36245, 48.86325], diploma="5")

# T19: two different employers, Saint-Denis, short generic secretary offers
ft("T19_a", file="ft/offres_M1607.json", place="SAINTDENIS", rome="M1607",
   appellation="Secrétaire polyvalent / polyvalente", title="Secrétaire polyvalent(e) en alternance",
   desc="""Entreprise du BTP recherche secrétaire polyvalent(e) en alternance : accueil téléphonique, devis, factures, classement. BTS SAM. Poste basé à Saint-Denis (Pleyel).""",
   created="2026-03-24 08:00:00", nom=None, naf="4120A")
ft("T19_b", file="ft/offres_M1607.json", place="SAINTDENIS", rome="M1607",
   appellation="Secrétaire polyvalent / polyvalente", title="Secrétaire polyvalent(e) en alternance H/F",
   desc="""Dionys Services, aide à domicile, recherche secrétaire polyvalent(e) en alternance : accueil téléphonique des familles, plannings des intervenants, facturation, classement. BTS SAM ou titre pro. Centre-ville de Saint-Denis.""",
   created="2026-03-26 14:00:00", nom="DIONYS SERVICES", naf="8810A")

# T20: a training centre (CFA) posts, on behalf of two different partner restaurants, the same template
EMP_CFA = employer("77566211400038", "ASSOCIATION CFA DES METIERS DE LA TABLE", None, "8532Z", None, None, "50-99",
                   "Centre de formation d'apprentis : CAP et BP cuisine, CAP CSHCR, BTS MHR.")
CFA_TEXT = """Offre publiée par le CFA pour le compte d'une entreprise partenaire.
{entreprise} recherche un(e) apprenti(e) commis de cuisine dans le cadre d'un CAP Cuisine en 2 ans au CFA des Métiers de la Table.
Missions : préparations préliminaires, mise en place, participation au service, entretien du poste.
L'entreprise est située {lieu}. Candidature via le CFA, entretien de positionnement obligatoire."""
lba("T20_a", label="offres_emploi_lba", file="lba/search_G1602_G1803.json", title="Commis de cuisine (H/F) - CAP Cuisine",
    desc=CFA_TEXT.format(entreprise="Une brasserie de 120 couverts", lieu="à Paris 11e, près de la place de la République"),
    created="2026-03-17 11:00:00", romes=["G1602"], emp=EMP_CFA, delegated=True,
    address="14 RUE PAJOL 75018 PARIS", geo=[2.35974, 48.88602], diploma="3", apply_phone="0140361122")
lba("T20_b", label="offres_emploi_lba", file="lba/search_G1602_G1803.json", title="Commis de cuisine (H/F) - CAP Cuisine",
    desc=CFA_TEXT.format(entreprise="Un restaurant gastronomique de 35 couverts", lieu="à Boulogne-Billancourt, quartier du Trapèze"),
    created="2026-03-31 11:00:00", romes=["G1602"], emp=EMP_CFA, delegated=True,
    address="14 RUE PAJOL 75018 PARIS", geo=[2.35974, 48.88602], diploma="3", apply_phone="0140361122")
# --------------------------------------------------------------------------------------------------
# BACKGROUND: distinct offers of the same trades and places (no group, no trap)
# --------------------------------------------------------------------------------------------------

# ---- France Travail ----
ft("BF1", file="ft/offres_G1602_G1803.json", place="P20", rome="G1602",
   appellation="Cuisinier / Cuisinière", title="Cuisinier H/F en apprentissage BP",
   desc="""Restaurant libanais familial rue de Belleville (60 couverts + vente à emporter).
Nous recherchons un(e) apprenti(e) en BP Arts de la cuisine, titulaire du CAP.

Vous serez responsable, avec le chef, du poste des mezzés froids (houmous, moutabal, taboulé, fattouch), vous participerez aux grillades et à la préparation des plats mijotés. Vous apprendrez aussi la gestion des commandes et des stocks.

Service midi et soir, fermé le lundi.""",
   created="2026-02-18 10:45:00", nom="LES CEDRES DE BELLEVILLE", naf="5610A")

ft("BF2", file="ft/offres_G1602_G1803.json", place="PANTIN", rome="G1602",
   appellation="Commis / Commise de cuisine", title="Commis de cuisine - contrat de professionnalisation (H/F)",
   desc="""Traiteur événementiel installé à Pantin (mariages, séminaires, cocktails d'entreprise), 25 salariés en cuisine.
Dans le cadre d'un contrat de professionnalisation (CQP Commis de cuisine), vous intégrez notre laboratoire de production :
- fabrication des pièces cocktail salées et sucrées
- préparation des buffets et des plats chauds en liaison chaude
- conditionnement, étiquetage, chargement des camions
- participation ponctuelle aux événements (soirées, week-ends) avec récupération
Horaires variables selon l'activité. Permis B apprécié.""",
   created="2026-03-02 09:00:00", nom="ATELIER GOURMET EVENEMENTS", naf="5621Z",
   nature="Contrat de professionnalisation", duree="12 Mois")

ft("BF3", file="ft/offres_G1602_G1803.json", place="LEVALLOIS", rome="G1602",
   appellation="Commis / Commise de cuisine", title="Commis de cuisine (H/F)",
   desc="""Restaurant d'affaires à Levallois recherche un commis de cuisine expérimenté (1 an minimum) en CDI, 39h, du lundi au vendredi midi uniquement. CAP cuisine exigé. Salaire 2 000 € brut + avantages.""",
   created="2026-03-20 12:00:00", nom="LE CERCLE ANATOLE", naf="5610A", type_contrat="CDI",
   nature="Contrat travail", alternance=False, experience="E", duree="",
   salaire={"libelle": "Mensuel de 2000,00 Euros sur 12 mois", "complement1": "Mutuelle", "complement2": "Repas"})

ft("BF4", file="ft/offres_G1602_G1803.json", place="P12", rome="G1602",
   appellation="Cuisinier / Cuisinière de collectivité", title="apprenti(e) cuisinier(ère) en crèche",
   desc="""Gestionnaire de crèches, nous cherchons pour notre établissement de 60 berceaux (quartier Bel-Air) un(e) apprenti(e) cuisinier(ère) en CAP.
Vous préparerez avec la cuisinière les repas des enfants (cuisine maison, 80% bio), adaptés à chaque âge (purées, morceaux), dans le respect des régimes et allergies.
Horaires de journée 7h30-15h, du lundi au vendredi.""",
   created="2026-04-13 08:20:00", nom=None, naf="8891A")

ft("BF5", file="ft/offres_G1602_G1803.json", place="SAINTDENIS", rome="G1602",
   appellation="Commis / Commise de cuisine", title="Commis de cuisine / Commise de cuisine CAP apprentissage",
   desc="""Vous souhaitez vous former au métier de cuisinier ? Notre restaurant de cuisine du monde, situé près du canal à Saint-Denis, vous propose un contrat d'apprentissage pour un CAP Cuisine.

VOS ACTIVITÉS
- Réception et contrôle des marchandises
- Préparations de base (légumes, marinades, sauces)
- Cuissons simples sous le contrôle du chef
- Dressage des assiettes
- Plonge et nettoyage des locaux

VOTRE PROFIL
Débutant(e) accepté(e). Vous êtes ponctuel(le), vous aimez le travail en équipe et vous avez envie d'apprendre.

CONDITIONS
35h, service du midi + 2 soirs par semaine. Fermé le dimanche.""",
   created="2026-04-20 13:30:00", nom="CANAL COMPTOIR", naf="5610A",
   qualites=[{"libelle": "Persévérance", "description": "Capacité à maintenir son effort jusqu'à l'achèvement complet d'une tâche."}])

ft("BF6", file="ft/offres_G1602_G1803.json", place="P11", rome="G1803",
   appellation="Serveur / Serveuse de restaurant", title="Serveur / Serveuse en apprentissage",
   desc="""Bar-restaurant rue Jean-Pierre Timbaud cherche apprenti(e) serveur(se). Service midi et soir, bar, caisse. Bonne humeur !""",
   created="2026-02-20 19:05:00", nom=None, naf="5610A")

ft("BF7", file="ft/offres_G1602_G1803.json", place="P18", rome="G1803",
   appellation="Commis / Commise de salle", title="Commis de salle apprenti(e) H/F",
   desc="""Restaurant de cuisine française au pied de Montmartre (rue des Abbesses), 50 couverts, clientèle internationale.
Nous accueillons un(e) apprenti(e) commis de salle (CAP CSHCR ou Bac pro CSR).
Vous assurerez la mise en place, le service des plats et des vins avec le chef de rang, l'accueil en anglais et le débarrassage.
Horaires du soir (17h30 - 23h30), du mardi au samedi.
Anglais de base indispensable.""",
   created="2026-03-27 16:00:00", nom="LA TABLE DES ABBESSES", naf="5610A")

ft("BF8", file="ft/offres_G1602_G1803.json", place="MONTREUIL", rome="G1803",
   appellation="Serveur / Serveuse de restaurant", title="Apprenti(e) serveur(se) - restaurant associatif",
   desc="""Restaurant associatif et solidaire du Bas-Montreuil (cuisine du marché, prix libres le mercredi).
On cherche un(e) apprenti(e) en CAP Commercialisation et services en HCR pour le service du midi et les événements du vendredi soir.
Tu seras formé(e) à l'accueil, au service, au bar et à la caisse, dans une équipe de 9 salariés dont 4 en insertion.
Rythme : 2 semaines en entreprise / 1 semaine au CFA.""",
   created="2026-02-12 11:15:00", nom="LA CANTINE DU BAS MONTREUIL", naf="5610A")

ft("BF9", file="ft/offres_G1602_G1803.json", place="ISSY", rome="G1803",
   appellation="Serveur / Serveuse de restaurant", title="Serveur / Serveuse H/F",
   desc="""Restaurant italien à Issy-les-Moulineaux (bords de Seine) recrute un serveur / une serveuse en CDD de 6 mois pour la saison, possibilité de CDI.
Expérience de 1 an minimum en restauration. Travail le week-end.
Salaire selon profil + pourboires.""",
   created="2026-04-03 10:00:00", nom="TRATTORIA DEL PORTO", naf="5610A", type_contrat="CDD", duree="6 Mois",
   nature="Contrat travail", alternance=False, experience="E",
   salaire={"libelle": "Mensuel de 1850,00 Euros à 2000,00 Euros sur 12 mois"})

ft("BF10", file="ft/offres_D1106_D1202.json", place="P10", rome="D1202",
   appellation="Coiffeur barbier / Coiffeuse barbière", title="Apprenti(e) barbier / coiffeur homme",
   desc="""Barbershop près de la gare de l'Est cherche apprenti(e) pour CAP coiffure + MC barbier.
Coupes homme tondeuse et ciseaux, dégradés, taille de barbe, rasage traditionnel au coupe-choux, soins visage.
Tu dois être à l'aise avec la clientèle et ponctuel. Ouvert 7j/7 de 10h à 20h (planning sur 5 jours).""",
   created="2026-03-09 12:00:00", nom="BARBER DU CANAL", naf="9602A")

ft("BF11", file="ft/offres_D1106_D1202.json", place="AUBERVILLIERS", rome="D1202",
   appellation="Coiffeur / Coiffeuse", title="Coiffeuse apprentie BP (H/F)",
   desc="""Salon afro et européen à Aubervilliers (Quatre-Chemins) recherche une apprentie en BP coiffure. Tissages, tresses, lissages brésiliens, couleurs, coupes. CAP obtenu exigé. Samedi obligatoire.""",
   created="2026-04-08 15:00:00", nom="BEAUTY LOCKS", naf="9602A")

ft("BF12", file="ft/offres_D1106_D1202.json", place="IVRY", rome="D1202",
   appellation="Apprenti coiffeur / Apprentie coiffeuse", title="APPRENTI COIFFEUR",
   desc="""recherche apprenti coiffeur mixte motivé pour septembre 2026, CAP""",
   created="2026-04-22 20:40:00", nom=None, naf="9602A")

ft("BF13", file="ft/offres_D1106_D1202.json", place="P13", rome="D1202",
   appellation="Coiffeur / Coiffeuse mixte", title="Coiffeur / Coiffeuse confirmé(e) H/F",
   desc="""Salon situé place d'Italie recrute un(e) coiffeur(se) mixte confirmé(e), BP exigé, 3 ans d'expérience minimum.
Maîtrise des techniques de coloration et de balayage indispensable.
CDI 35h, salaire fixe + pourcentage sur prestations et ventes.""",
   created="2026-02-24 09:30:00", nom="SALON ITALIE COIFFURE", naf="9602A", type_contrat="CDI",
   nature="Contrat travail", alternance=False, experience="E",
   salaire={"libelle": "Mensuel de 1900,00 Euros sur 12 mois", "commentaire": "+ commissions"})

ft("BF14", file="ft/offres_M1607.json", place="P17", rome="M1607",
   appellation="Assistant administratif / Assistante administrative", title="Assistant(e) d'agence en alternance - Agence d'emploi",
   desc="""Agence d'emploi spécialisée dans l'hôtellerie-restauration (Paris 17e), nous recherchons un(e) alternant(e) assistant(e) d'agence.

Vos missions :
* accueil des candidats et des intérimaires
* saisie des dossiers et vérification des pièces administratives
* établissement des contrats de mission et relevés d'heures
* participation à la préparation de la paie des intérimaires
* gestion du standard

Formation : BTS SAM, BTS NDRC ou titre pro.
Vous êtes organisé(e) et avez un bon relationnel.""",
   created="2026-03-03 10:00:00", nom="HOSPITALIS EMPLOI", naf="7820Z",
   duree="24 Mois")

ft("BF15", file="ft/offres_M1607.json", place="CRETEIL", rome="M1607",
   appellation="Secrétaire administratif / administrative", title="Secrétaire administratif(ve) apprenti(e) - Bac pro AGOrA",
   desc="""Établissement scolaire privé sous contrat (800 élèves) à Créteil recrute un(e) apprenti(e) secrétaire pour le secrétariat des élèves : inscriptions, absences, accueil des familles, édition des bulletins, convocations aux examens.
Bac pro AGOrA. Horaires de bureau, congés scolaires en partie.""",
   created="2026-04-21 11:00:00", nom="GROUPE SCOLAIRE SAINT-EXUPERY", naf="8531Z")

ft("BF16", file="ft/offres_M1607.json", place="VINCENNES", rome="M1607",
   appellation="Secrétaire polyvalent / polyvalente", title="Secrétaire polyvalent(e) - contrat de professionnalisation",
   desc="""Cabinet de kinésithérapie (6 praticiens) à Vincennes recherche un(e) secrétaire polyvalent(e) en contrat de professionnalisation : accueil des patients, prise de rendez-vous (Doctolib), télétransmission, tenue des dossiers, gestion des appels. Formation Secrétaire assistant. Du lundi au vendredi.""",
   created="2026-02-06 09:00:00", nom=None, naf="8690E",
   nature="Contrat de professionnalisation", duree="12 Mois")

ft("BF17", file="ft/offres_M1607.json", place="P03", rome="M1607",
   appellation="Secrétaire", title="Secrétaire (H/F)",
   desc="""Galerie d'art contemporain dans le Marais recherche secrétaire en CDI à temps plein. Gestion de l'agenda, accueil, suivi des envois d'œuvres, facturation simple. Anglais courant exigé. Expérience 2 ans.""",
   created="2026-03-31 17:00:00", nom="GALERIE VIEILLE DU TEMPLE", naf="4778C", type_contrat="CDI",
   nature="Contrat travail", alternance=False, experience="E",
   salaire={"libelle": "Annuel de 28000,00 Euros sur 12 mois"})

ft("BF18", file="ft/offres_D1106_D1202.json", place="P20", rome="D1106",
   appellation="Vendeur / Vendeuse en boulangerie-pâtisserie", title="Vendeur(se) en boulangerie apprenti",
   desc="""Boulangerie rue des Pyrénées cherche apprenti(e) vendeur(se). Vente, mise en place de la vitrine, caisse, nettoyage. Travail un week-end sur deux. CAP EPC.""",
   created="2026-03-17 07:00:00", nom="AU FOURNIL DES PYRENEES", naf="1071C")

ft("BF19", file="ft/offres_D1106_D1202.json", place="NANTERRE", rome="D1106",
   appellation="Vendeur / Vendeuse en boucherie", title="Vendeur en boucherie - contrat pro H/F",
   desc="""Rayon boucherie traditionnelle d'un supermarché de Nanterre (centre-ville) : nous recherchons un(e) vendeur(se) en contrat de professionnalisation (CQP Vendeur en boucherie).
Vous serez formé(e) à la découpe de présentation, au conseil et au service à la coupe, à la gestion de la vitrine réfrigérée et au respect de la chaîne du froid.
Travail du lundi au samedi selon planning, un dimanche matin par mois.""",
   created="2026-03-26 08:00:00", nom="SUPERMARCHE NANTERRE CENTRE", naf="4729Z",
   nature="Contrat de professionnalisation", duree="12 Mois", tranche="50 à 99 salariés")

ft("BF20", file="ft/offres_D1106_D1202.json", place="P05", rome="D1106",
   appellation="Vendeur / Vendeuse en fromagerie", title="Vendeur(se) en fromagerie - alternance",
   desc="""Fromager-affineur rue Mouffetard, nous formons chaque année un(e) apprenti(e).

Ce que tu apprendras :
- reconnaître et présenter plus de 200 fromages
- découper, emballer, conseiller
- préparer les plateaux pour les restaurants et les particuliers
- suivre l'affinage en cave

Qui tu es : curieux(se), gourmand(e), à l'aise avec la clientèle. CAP crémier-fromager.
Horaires : 8h-13h / 16h-19h30, du mardi au dimanche midi.""",
   created="2026-04-02 09:00:00", nom="FROMAGERIE MOUFFETARD", naf="4729Z")

ft("BF21", file="ft/offres_D1106_D1202.json", place="PANTIN", rome="D1106",
   appellation="Vendeur / Vendeuse en produits frais", title="Vendeur primeur apprenti H/F",
   desc="""Primeur-épicerie à Pantin (Église de Pantin) recherche un(e) apprenti(e) vendeur(se) : mise en place des étals dès 7h, conseil client, pesée, caisse, réassort. CAP EPC. Travail le dimanche matin.""",
   created="2026-02-09 11:30:00", nom="PRIMEURS DE L'OURCQ", naf="4721Z", origine="2",
   partner=("MONSTER", "https://www.monster.fr"))


# ---- La bonne alternance ----
DEF_CUISINE = "Réalise et dresse des préparations culinaires (entrées, plats, desserts, ...) selon les règles d'hygiène et de sécurité alimentaires. Peut élaborer des menus, des recettes et définir des besoins en approvisionnement."
DEF_SECRETARIAT = "Réalise le traitement administratif de dossiers (saisie de documents, organisation de déplacements, ...) et transmet les informations (courrier, e-mail, ...) et les documents (devis, factures, ...) aux interlocuteurs (clients, fournisseurs, ...) sur instructions d'un responsable. Peut assurer l'accueil de l'entreprise (physique et téléphonique)."
DEF_VENTE = "Vend des produits alimentaires (fruits, légumes, produits de la mer, ...) selon la réglementation commerciale et les règles d'hygiène et de sécurité alimentaires. Peut effectuer la mise en rayon et la préparation des produits."

lba("BL1", label="offres_emploi_lba", file="lba/search_G1602_G1803.json", title="Commis de cuisine",
    desc=DEF_CUISINE, created="2026-02-27 14:00:00", romes=["G1602"],
    emp=employer("83019947200013", "SARL SHALIMAR BRADY", "Shalimar", "5610A", OPCO_AKTO, 1979, "6-9"),
    address="46 PASSAGE BRADY 75010 PARIS", geo=[2.35596, 48.87193], diploma="3")

lba("BL2", label="offres_emploi_lba", file="lba/search_G1602_G1803.json", title="Apprenti(e) cuisinier(ère)",
    desc="""La Cantine Billancourt (déjeuners pour les salariés du Trapèze, 300 couverts) recrute un(e) apprenti(e) en CAP Cuisine. Production du jour, buffet froid, desserts maison, plonge. Du lundi au vendredi de 7h à 15h.""",
    created="2026-03-19 09:10:00", romes=["G1602", "G1603"],
    emp=employer("88213406900025", "SAS CANTINE BILLANCOURT", "La Cantine Billancourt", "5629A", OPCO_AKTO, 1266, "20-49"),
    address="25 RUE DU VIEUX PONT DE SEVRES 92100 BOULOGNE-BILLANCOURT", geo=[2.23842, 48.82935], diploma="3")

lba("BL3", label="Hellowork", file="lba/search_G1602_G1803.json", title="Commis de cuisine en alternance H/F",
    desc="""Rejoignez notre groupe de restaurants de cuisine méditerranéenne ! Pour notre établissement de Montreuil (métro Robespierre), nous recherchons un commis de cuisine en alternance (CAP ou BP).
Missions : mise en place, préparations froides et chaudes, participation au service, respect de l'HACCP.
Avantages : repas, mutuelle, évolution possible au sein du groupe.""",
    created="2026-04-17 07:00:00", romes=["G1602"],
    emp=employer("81944562300044", "SAS MEZZE GROUPE", "Mezzé – Montreuil", "5610A", OPCO_AKTO, 1979, "20-49"),
    address="112 RUE DE PARIS 93100 MONTREUIL", geo=[2.42605, 48.85554], diploma="3")

# relay of a France Travail offer that is not in this France Travail pull
lba("BL4", label="France Travail", partner_job_id="208KRWT", file="lba/search_G1602_G1803.json",
    title="Commis de cuisine (H/F)",
    desc="""Restaurant de quartier rue des Pyrénées recherche un commis de cuisine en apprentissage. Mise en place, préparations, plonge, rangement de la réserve. CAP cuisine en cours. Fermé le dimanche soir et le lundi.""",
    created="2026-03-11 15:00:00", romes=["G1602"], emp={"naf": "5610A"}, name_override=None,
    address="75 - Paris 20e Arrondissement", geo=[2.3985, 48.8635], start=None, duration=24, remote=None,
    access=["Cuisine - CAP, BEP et équivalents"])

lba("BL5", label="offres_emploi_lba", file="lba/search_G1602_G1803.json", title="Serveur / Serveuse",
    desc="""Brasserie face à la gare de Lyon, 200 couverts, forte activité. Nous formons un(e) apprenti(e) serveur(se) : mise en place, service rapide au déjeuner, gestion d'un rang en fin de formation. CAP CSHCR ou Bac pro CSR.""",
    created="2026-02-16 11:20:00", romes=["G1803", "G1801"],
    emp=employer("40211983300057", "SAS BRASSERIE DU TRAIN BLEU CIEL", "Le Quai 12", "5610A", OPCO_AKTO, 1979, "50-99"),
    address="12 BOULEVARD DIDEROT 75012 PARIS", geo=[2.37388, 48.84502], diploma="3")

lba("BL6", label="Meteojob", file="lba/search_G1602_G1803.json", title="Serveur H/F en alternance",
    desc="""Notre restaurant de la Plaine Saint-Denis (clientèle d'affaires le midi, événements le soir) recherche un serveur en alternance (H/F), Bac pro CSR ou BTS MHR.
Vous participez à l'accueil, au service à l'assiette, au service des vins et à l'organisation des séminaires.
Horaires majoritairement en journée, quelques soirées événementielles.""",
    created="2026-03-23 05:40:00", romes=["G1803"],
    emp=employer("79033412500019", "SAS PLEYEL RESTAURATION", "L'Atelier Pleyel", "5610A", OPCO_AKTO, 1979, "20-49"),
    address="8 RUE AMPERE 93200 SAINT-DENIS", geo=[2.34502, 48.91733], diploma="4")

lba("BL7", label="offres_emploi_lba", file="lba/search_G1602_G1803.json", title="Commis de salle",
    desc="""Chez Gaspard, bistrot du Marais (rue de Saintonge). Apprenti commis de salle H/F pour septembre, CAP. Service midi et soir du mardi au samedi. Débutant bienvenu.""",
    created="2026-04-20 16:00:00", romes=["G1803"],
    emp=employer("92011653400012", "SARL CHEZ GASPARD", "Chez Gaspard", "5610A", OPCO_AKTO, 1979, "6-9"),
    address="40 RUE DE SAINTONGE 75003 PARIS", geo=[2.36361, 48.86312], diploma="3")

lba("BL8", label="offres_emploi_lba", file="lba/search_D1106_D1202.json", title="Coiffeur / Coiffeuse",
    desc=DEF_COIFF, created="2026-04-07 13:00:00", romes=["D1202"],
    emp=employer("89322104700011", "EURL HAIR DE GAMBETTA", None, "9602A", OPCO_EP, 2596, "1-2"),
    address="3 AVENUE GAMBETTA 75020 PARIS", geo=[2.39552, 48.86436], diploma="3")

lba("BL9", label="offres_emploi_lba", file="lba/search_D1106_D1202.json", title="Apprenti coiffeur H/F",
    desc="""Salon de coiffure à Vincennes, près du marché, recherche un apprenti coiffeur en CAP (H/F).

Missions
- accueil des clients et prise de rendez-vous
- shampoings, soins, brushings
- préparation des couleurs
- entretien du salon

Équipe de 3 coiffeurs, ambiance bienveillante.""",
    created="2026-02-25 10:00:00", romes=["D1202"],
    emp=employer("80177344600018", "SARL COIFFURE DU MARCHE", "Le Salon du Marché", "9602A", OPCO_EP, 2596, "3-5"),
    address="21 RUE DE MONTREUIL 94300 VINCENNES", geo=[2.43621, 48.85039], diploma="3")

lba("BL10", label="Hellowork", file="lba/search_D1106_D1202.json", title="Coiffeur(se) en alternance - BP H/F",
    desc="""Enseigne nationale de coiffure, nous recrutons pour notre salon de Levallois-Perret un(e) coiffeur(se) en alternance dans le cadre d'un BP Coiffure.
Vous réaliserez les prestations techniques (couleur, mèches, coupe) sous la responsabilité du manager et participerez aux objectifs de vente du salon.
Formation interne, tenue fournie, primes sur objectifs.""",
    created="2026-03-30 06:00:00", romes=["D1202"],
    emp=employer("34455012900233", "SAS COIFFURE ET STYLE FRANCE", "Style & Ciseaux Levallois", "9602A", OPCO_EP, 2596, "6-9"),
    address="44 RUE DU PRESIDENT WILSON 92300 LEVALLOIS-PERRET", geo=[2.28652, 48.89398], diploma="4")

lba("BL11", label="offres_emploi_lba", file="lba/search_M1607.json", title="Secrétaire",
    desc=DEF_SECRETARIAT, created="2026-02-10 15:30:00", romes=["M1607"],
    emp=employer("50122387600026", "SCP NOTAIRES DAUMESNIL", None, "6910Z", OPCO_EP, 2205, "10-19"),
    address="64 AVENUE DAUMESNIL 75012 PARIS", geo=[2.38191, 48.84451], diploma="5")

lba("BL12", label="Meteojob", file="lba/search_M1607.json", title="Assistant administratif H/F - Alternance",
    desc="""Au sein de la direction des services généraux de notre siège de Nanterre (La Défense), vous assistez l'équipe dans la gestion administrative : suivi des contrats de maintenance, commandes, gestion des badges et des salles, classement et reporting.
Profil : préparation d'un BTS SAM ou d'une licence pro. Maîtrise d'Excel indispensable.
Contrat en alternance de 12 à 24 mois, rythme selon école.""",
    created="2026-04-06 04:30:00", romes=["M1607", "M1602"],
    emp=employer("55213460100311", "SA DELTA ASSURANCES MUTUELLES", "Delta Assurances", "6512Z", OPCO_ATLAS, 1672, "1000-1999"),
    address="1 PLACE DE LA DEFENSE 92000 NANTERRE", geo=[2.21371, 48.89142], diploma="5", duration=12)

# relay of a France Travail offer that is not in this France Travail pull
lba("BL13", label="France Travail", partner_job_id="207ZDLQ", file="lba/search_M1607.json",
    title="Secrétaire administratif / administrative en alternance",
    desc="""Entreprise de nettoyage industriel basée à Aubervilliers recherche secrétaire administratif(ve) en alternance : accueil, plannings des agents, saisie des heures, facturation, classement. BTS SAM.""",
    created="2026-02-19 10:00:00", romes=["M1607"], emp={"naf": "8121Z"}, name_override=None,
    address="93 - Aubervilliers", geo=[2.3821, 48.9146], start=None, duration=24, remote=None, ctype=())

lba("BL14", label="offres_emploi_lba", file="lba/search_D1106_D1202.json", title="Vendeur / Vendeuse en boucherie",
    desc="""Boucherie-volailler bd Voltaire. Apprenti(e) vendeur(se) H/F : service à la coupe, conseil, caisse, préparation des rôtis et brochettes pour la vitrine. CAP. Un week-end sur deux.""",
    created="2026-03-05 07:30:00", romes=["D1106", "D1101"],
    emp=employer("43201177800019", "SARL BOUCHERIE VOLTAIRE", "Boucherie Voltaire", "4722Z", OPCO_EP, 992, "3-5"),
    address="176 BOULEVARD VOLTAIRE 75011 PARIS", geo=[2.38652, 48.85394], diploma="3")

lba("BL15", label="offres_emploi_lba", file="lba/search_D1106_D1202.json", title="Vendeur / Vendeuse en boulangerie-pâtisserie",
    desc=DEF_VENTE, created="2026-04-01 06:30:00", romes=["D1106", "D1102"],
    emp=employer("81550233100010", "SAS LE PETRIN DE CRETEIL", "Le Pétrin de Créteil", "1071C", OPCO_EP, 843, "6-9"),
    address="2 PLACE SALVADOR ALLENDE 94000 CRETEIL", geo=[2.44821, 48.78862], diploma="3")

lba("BL16", label="offres_emploi_lba", file="lba/search_D1106_D1202.json", title="Vendeur rayon produits frais (H/F)",
    desc="""Supermarché asiatique avenue d'Ivry. Nous recherchons un(e) apprenti(e) pour le rayon produits frais (fruits, légumes, poissonnerie libre-service) : réception, mise en rayon, contrôle des dates, étiquetage des prix, conseil client. Bac pro Métiers du commerce. Chinois ou vietnamien apprécié.""",
    created="2026-03-13 10:00:00", romes=["D1106"],
    emp=employer("38811920400035", "SAS GRANDS MARCHES D'ASIE", "Marché d'Asie Ivry", "4711D", OPCO_COM, 2216, "50-99"),
    address="58 AVENUE D'IVRY 75013 PARIS", geo=[2.36231, 48.82495], diploma="4", duration=24)
# --------------------------------------------------------------------------------------------------
# TRUTH
# --------------------------------------------------------------------------------------------------

def m(key):
    if key in FT:
        return {"source": "france_travail", "id": FT[key]["id"]}
    return {"source": "lba", "id": LBA[key]["identifier"]["id"]}


GROUPS = [
    ("relay", ["R1_ft", "R1_lba"], "Relay, identical text; chain bakery, shop rue de la Roquette (Paris 11). Not the Paris 17 shop of the same chain."),
    ("relay", ["R2_ft", "R2_lba"], "Relay, text cut short by La bonne alternance."),
    ("relay", ["R3_ft", "R3_lba"], "Relay, line breaks collapsed, employer name missing on La bonne alternance, extra ROME code M1602."),
    ("relay", ["R4_ft", "R4_lba"], "Relay, title re-cased (upper case on France Travail), extra ROME code G1801."),
    ("relay", ["R5_ft", "R5_lba"], "Relay, employer missing on both sides, extra ROME code G1603."),
    ("relay", ["R6_ft", "R6_lba"], "Relay, text cut short, employer name written differently, extra ROME code D1208."),
    ("relay", ["R7_ft", "R7_lba"], "Relay, line breaks doubled (CRLF), contrat de professionnalisation."),
    ("relay", ["R8_ft", "R8_lba"], "Relay, employer missing on France Travail but named on La bonne alternance."),
    ("relay", ["R9_ft", "R9_lba"], "Relay, title lower-cased, two extra ROME codes."),
    ("relay", ["R10_ft", "R10_lba"], "Relay, text cut short, employer missing on La bonne alternance."),
    ("relay", ["R11_ft", "R11_lba"], "Relay of a very short text."),
    ("relay", ["R12_ft", "R12_lba"], "Relay, whitespace and list indentation changed, employer name re-cased."),

    ("cross_post", ["CP1_ft", "CP1_lba"], "Same kitchen apprentice job, brasserie Faubourg Saint-Denis; light rewrite, 2 days apart; FT name vs LBA legal name/brand (4 Vents)."),
    ("cross_post", ["CP2_ft", "CP2_lba"], "Same waiter apprentice, Maison Pradel rue Monge (Paris 5); heavy rewrite, LBA text much shorter, 7 days apart."),
    ("cross_post", ["CP3_ft", "CP3_lba"], "Bol&Grill Saint-Denis: FT chain template vs Hellowork rewrite, 8 days apart. Only the Saint-Denis FT offer, not Nanterre/Vitry."),
    ("cross_post", ["CP4_ft", "CP4_lba"], "Commis de cuisine, Les Tilleuls rue Oberkampf; employer missing on France Travail; light rewrite."),
    ("cross_post", ["CP5_ft", "CP5_lba"], "Assistant(e) gestion locative, Rochambeau (Paris 9); Meteojob rewrite, 4 days apart."),
    ("cross_post", ["CP6_ft", "CP6_lba"], "Hair apprentice, Capilla (Batignolles, Paris 17); long FT text vs 2-line LBA text."),
    ("cross_post", ["CP7_ft", "CP7_lba"], "Hair apprentice BP, Studio B. (Boulogne); employer missing on FT; paragraphs reordered; LBA posted 5 days earlier."),
    ("cross_post", ["CP8_ft", "CP8_lba"], "Secretary, association Horizons Solidaires (Montreuil); 40-line FT text vs 2-line LBA text, 14 days apart."),
    ("cross_post", ["CP9_ft", "CP9_lba"], "Butcher shop sales apprentice, Boucherie Lamarck (Paris 18); one sentence added; same day."),
    ("cross_post", ["CP10_ft", "CP10_lba"], "Waiter apprentice, brasserie Le Donjon (Vincennes); Hellowork rewrite 15 days later."),
    ("cross_post", ["CP11_ft", "CP11_lba"], "Cook apprentice, cuisine centrale Aubervilliers; heavy rewrite (other words), 20 days apart."),
    ("cross_post", ["CP12_ft", "CP12_lba"], "Primeur sales apprentice rue du Commerce (Paris 15); employer missing on FT; LBA posted first."),
    ("cross_post", ["CP13_ft", "CP13_relay", "CP13_lba"], "Three members: FT offer, its relay on LBA, and the salon's own shorter LBA post (Atelier Sève, Paris 11)."),
    ("cross_post", ["CP14_ft", "CP14_relay", "CP14_lba"], "Three members: FT offer, its relay (cut, no name), and the employer's own LBA rewrite (Ivry)."),

    ("double_pull", ["DP1_a", "DP1_b", "DP1_relay"], "FT republication 3 weeks later, identical text; the first FT id is also relayed on LBA."),
    ("double_pull", ["DP2_a", "DP2_b"], "FT republication 9 days later, salary line edited and a sentence added."),
    ("double_pull", ["DP3_a", "DP3_b"], "FT republication 3 weeks later, identical text, no employer name."),
    ("double_pull", ["DP4_a", "DP4_b"], "LBA own offer posted twice, 12 days apart, identical."),
    ("double_pull", ["DP5_a", "DP5_b"], "Hellowork offer pulled twice by LBA with two partner ids, 6 days apart, lightly edited."),
    ("double_pull", ["DP6_a", "DP6_b"], "LBA own offer reposted a month later, only the start date changed."),
]

TRAPS = [
    ("same_employer_same_place_other_job", ["CP1_lba", "T1_salle"],
     "Same brasserie, same SIRET and address, same day, near-identical wording: kitchen commis (G1602) vs dining-room commis (G1803)."),
    ("same_employer_same_place_other_job", ["T2_vente", "T2_traiteur"],
     "Same fromagerie-traiteur in Montreuil: cheese sales apprentice (D1106) vs traiteur kitchen apprentice (G1602)."),
    ("same_employer_same_rome_same_place_other_job", ["CP5_ft", "T3_accueil"],
     "Same property manager, same address, same ROME M1607, posted 4 minutes apart: rental management assistant (BTS) vs front-desk secretary (Bac pro)."),
    ("same_employer_same_rome_same_place_other_job", ["CP4_lba", "T4_patissier"],
     "Same restaurant, same SIRET and address, same ROME G1602: kitchen commis vs pastry commis, two positions."),
    ("chain_template_two_arrondissements", ["R1_ft", "T5_p17"],
     "Same bakery chain, same template, shops in Paris 11 and Paris 17: two workplaces, two jobs."),
    ("chain_template_several_cities", ["T6_p15", "T6_boulogne", "T6_creteil"],
     "Hair-salon chain, same template, three salons (Paris 15, Boulogne, Créteil), distinct SIRETs."),
    ("chain_template_several_cities", ["CP3_ft", "T7_nanterre", "T7_vitry"],
     "Fast-casual chain, identical template on France Travail for Saint-Denis, Nanterre and Vitry-sur-Seine."),
    ("same_employer_same_job_two_arrondissements", ["CP2_lba", "T8_p15"],
     "Same company, same title and almost same short text, posted minutes apart: brasserie rue Monge (Paris 5) vs rue de Vaugirard (Paris 15)."),
    ("same_employer_same_title_other_site", ["T9_nanterre", "T9_boulogne"],
     "Same syndic company, same secretary job: Nanterre agency (FT) vs Boulogne agency (LBA)."),
    ("same_employer_same_title_other_site", ["T10_p18", "T10_stdenis"],
     "Same salon brand, same title and template: Paris 18 salon vs Saint-Denis salon."),
    ("different_employers_generic_text", ["T11_a", "T11_b"],
     "Two different restaurants in Paris 18 with short generic commis de cuisine texts."),
    ("different_employers_generic_text", ["T12_nina", "T12_instant"],
     "Two different salons in Paris 11, identical ROME definition text and title on LBA; different SIRETs and addresses."),
    ("different_employers_generic_text", ["T13_ft", "T13_lba"],
     "Two different butcher shops in Vitry-sur-Seine with similar short texts; employer missing on France Travail (halal butcher, volaille) vs Boucherie du Plateau (charcuterie)."),
    ("near_identical_employer_names", ["T14_ft", "T14_lba"],
     "AU PETIT COMPTOIR (wine bar rue de Turbigo, evenings) vs Le Petit Comptoir (café rue Charlot, daytime), both Paris 3, both waiter apprentices."),
    ("near_identical_employer_names", ["T15_lba", "T15_ft"],
     "Élodie Coiffure (Montreuil) vs Salon Elodie Coiffure (Vincennes): two distinct salons."),
    ("rehire_after_six_months", ["T16_2025", "T16_2026"],
     "Same law firm, same template, September 2025 vs March 2026: a new hire for the next school year."),
    ("rehire_after_six_months", ["T17_2025", "T17_2026"],
     "Same restaurant, identical text, August 2025 vs February 2026 (different contract start): a new hire."),
    ("same_employer_same_place_other_job", ["T18_ft", "T18_lba"],
     "Same épicerie fine, same address: sales apprentice (D1106) on FT vs admin/commercial assistant (M1607) on LBA."),
    ("different_employers_generic_text", ["T19_a", "T19_b"],
     "Two different employers in Saint-Denis (construction firm, home-care service), short generic secretary texts."),
    ("delegated_cfa_same_template", ["T20_a", "T20_b"],
     "A CFA posts for two different partner restaurants (Paris 11 brasserie, Boulogne restaurant); same workplace = CFA, same template."),
]


def build_truth():
    groups = [{"kind": k, "members": [m(x) for x in mem], "note": n} for k, mem, n in GROUPS]
    traps = [{"kind": k, "members": [m(x) for x in mem], "note": n} for k, mem, n in TRAPS]
    return {"groups": groups, "traps": traps}


def write_all(base):
    import json
    import os
    from collections import OrderedDict
    order = {"offres_emploi_lba": 0, "France Travail": 1}
    ft_files = OrderedDict()
    for k, rec in FT.items():
        ft_files.setdefault(FT_FILE[k], []).append(rec)
    lba_files = OrderedDict()
    for k, rec in LBA.items():
        lba_files.setdefault(LBA_FILE[k], []).append(rec)
    for fn, recs in ft_files.items():
        recs = sorted(recs, key=lambda r: r["dateCreation"], reverse=True)
        agg = {}
        for r in recs:
            agg[r["typeContrat"]] = agg.get(r["typeContrat"], 0) + 1
        out = {"resultats": recs,
               "filtresPossibles": [{"filtre": "typeContrat", "agregation": [
                   {"valeurPossible": t, "nbResultats": n} for t, n in sorted(agg.items())]}]}
        p = os.path.join(base, fn)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
    for fn, recs in lba_files.items():
        recs = sorted(recs, key=lambda r: (order.get(r["identifier"]["partner_label"], 2),
                                           [-ord(c) for c in r["offer"]["publication"]["creation"]]))
        out = {"jobs": recs, "recruiters": [], "warnings": []}
        p = os.path.join(base, fn)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=2)
    truth = build_truth()
    with open(os.path.join(base, "truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=2)
    return len(FT), len(LBA), truth


if __name__ == "__main__":
    import os
    base = os.path.dirname(os.path.abspath(__file__))
    n_ft, n_lba, truth = write_all(base)
    from collections import Counter
    print("France Travail offers:", n_ft)
    print("La bonne alternance jobs:", n_lba)
    print("groups:", dict(Counter(g["kind"] for g in truth["groups"])))
    print("traps:", len(truth["traps"]), dict(Counter(t["kind"] for t in truth["traps"])))
