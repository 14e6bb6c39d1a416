"""La vérité plantée de l'échantillon (``truth.json``) : rôle de chaque compétence, couverture attendue par
certification, parts des offres (globales et hebdomadaires), et pour chaque offre ce qu'elle demande, ce qui
est codé, dit dans le texte, et ses autres signaux (anonyme, partenaire, reprise…). Rien n'y est tiré au
hasard : tout vient du plan (``_plan``) et de ce que le rendu a écrit (``_render``).
"""

from __future__ import annotations

from datetime import timedelta

from _common import CO, CR, CRO, N_WEEKS, REGION, SEED, certification_coverage, iso_week, kind_of, label, week_start
from _plan import Offer


def round4(x: float) -> float:
    return round(x, 4)


def build_truth(
    per_code: dict[str, list[Offer]],
    reposts: list[Offer],
    files: dict[str, list[str]],
    fiche_items: dict[str, list[str]],
) -> dict:
    stated = certification_coverage()
    truth: dict = {
        "description": (
            "Vérité plantée de l'échantillon data/sample (généré par generate.py). Les parts sont "
            "calculées sur les offres originales (reprises exclues) ; 'n_offres_brut' compte aussi "
            "les reprises."
        ),
        "graine": SEED,
        "region": REGION,
        "semaines": [
            {
                "index": w,
                "semaine_iso": iso_week(w),
                "debut": week_start(w).isoformat(),
                "fin": (week_start(w) + timedelta(days=6)).isoformat(),
            }
            for w in range(1, N_WEEKS + 1)
        ],
        "fichiers": {name: len(ids) for name, ids in files.items()},
        "totaux": {
            "offres": sum(len(v) for v in per_code.values()) + len(reposts),
            "offres_originales": sum(len(v) for v in per_code.values()),
            "reprises": len(reposts),
        },
        "certifications": [],
        "rome": {},
        "offres": {},
    }
    for cert in CR.CERTIFICATIONS:
        truth["certifications"].append(
            {
                "rncp_code": cert["numero"],
                "intitule": cert["intitule"],
                "abrege": cert["abrege"][0] if cert["abrege"] else None,
                "niveau": cert["niveau"],
                "actif": cert["actif"] == "Oui",
                "rome_codes": cert["romes"],
                "blocs": [f"{cert['numero']}BC{i:02d}" for i in range(1, len(cert["blocs"]) + 1)],
                "competences_enoncees": dict(stated[cert["numero"]]),
            }
        )
    for code in CRO.ROME_ORDER:
        plan = CRO.PLAN[code]
        originals = per_code[code]
        raw = originals + [r for r in reposts if r.rome == code]
        weeks = [[o for o in originals if o.week == w] for w in range(1, N_WEEKS + 1)]
        employers = sorted({o.employer["cle"] for o in originals})
        certs = [c for c in CR.CERTIFICATIONS if code in c["romes"]]
        roles: list[tuple[str, str]] = []
        roles += [(c, "covered") for c, _ in plan["covered"]]
        roles += [(c, "uncovered") for c, _ in plan["uncovered"]]
        roles.append((plan["rising"][0], "rising"))
        roles.append((plan["singulier"][0], "singulier"))
        roles.append((plan["elongation"][0], "elongation"))
        if plan["block_group"]:
            roles += [(c, "block_group") for c in plan["block_group"][0]]
        roles.append((plan["transversal"][0], "transversal"))
        roles += [(c, "boilerplate") for c in plan["boilerplate"]]
        roles += [(c, "background") for c, _ in plan["background"]]
        skills = []
        for c, role in roles:
            asking = [o for o in originals if c in o.asked]
            coverage = {}
            for cert in certs:
                if c in stated[cert["numero"]]:
                    cov = "couvert"
                elif role == "boilerplate":
                    cov = None
                elif role == "elongation":
                    cov = "elongation"
                elif role == "block_group":
                    cov = "nouveau_bloc"
                else:
                    cov = "nouveau"
                coverage[cert["numero"]] = cov
            trend = {
                "rising": "emergent",
                "covered": "stable",
                "uncovered": "stable",
                "elongation": "stable",
                "block_group": "stable",
                "transversal": "stable",
            }.get(role)
            breadth = {"transversal": "transversal", "singulier": "singulier"}.get(role)
            entry = {
                "code_ogr": c,
                "label": label(c),
                "kind": kind_of(c),
                "role": role,
                "coeur_metier": "Émergente" if c in plan["emergente"] else "Principale",
                "attendu": {"coverage": coverage, "breadth": breadth, "trend": trend},
                "n_offres": len(asking),
                "part_offres": round4(len(asking) / len(originals)),
                "n_offres_brut": len([o for o in raw if c in o.asked]),
                "n_employeurs": len({o.employer["cle"] for o in asking}),
                "employeurs": sorted({o.employer["cle"] for o in asking}),
                "parts_hebdo": [round4(len([o for o in wk if c in o.asked]) / len(wk)) for wk in weeks],
                "n_offres_texte": len([o for o in asking if c in o.text_skills]),
                "n_offres_codees": len([o for o in asking if c in o.coded]),
            }
            if role == "elongation":
                base = plan["elongation"][1]
                entry["competence_enoncee"] = {
                    "code_ogr": base,
                    "label": label(base),
                    "blocs": {cert["numero"]: stated[cert["numero"]].get(base) for cert in certs},
                }
            if role == "block_group":
                group = plan["block_group"][0]
                entry["groupe"] = group
                entry["n_offres_groupe_complet"] = len([o for o in originals if all(g in o.asked for g in group)])
            if role == "boilerplate":
                mentioning = [o for o in originals if c in o.boilerplate]
                entry["n_offres_mention_boilerplate"] = len(mentioning)
                entry["employeurs_mention"] = sorted({o.employer["cle"] for o in mentioning})
            if role == "singulier":
                entry["employeur"] = next(e["cle"] for e in CO.EMPLOYEURS[code] if e.get("singulier"))
            if role == "rising":
                entry["taux_vises"] = [plan["rising"][1], plan["rising"][2]]
                term = [o for o in originals if o.rising_term_in_boilerplate]
                entry["offres_citant_le_terme_en_presentation_sans_le_demander"] = sorted(o.id for o in term)
            skills.append(entry)
        truth["rome"][code] = {
            "libelle": CRO.FICHES[code]["libelle"],
            "offres": len(raw),
            "offres_originales": len(originals),
            "offres_par_semaine": [len(wk) for wk in weeks],
            "employeurs": employers,
            "employeurs_noms": {e["cle"]: e["nom"] for e in CO.EMPLOYEURS[code]},
            "certifications_actives": [c["numero"] for c in certs if c["actif"] == "Oui"],
            "certifications_inactives": [c["numero"] for c in certs if c["actif"] != "Oui"],
            "items_fiche": fiche_items[code],
            "competences": skills,
        }
    for o in sorted([o for v in per_code.values() for o in v] + reposts, key=lambda o: o.id):
        truth["offres"][o.id] = {
            "rome": o.rome,
            "semaine": o.week,
            "employeur": o.employer["cle"],
            "anonyme": o.anonymous,
            "demandees": list(o.asked),
            "ajoutees_pour_minimum": list(o.topped_up),
            "codees": list(o.coded),
            "codees_sans_code": list(o.coded_without_code),
            "dans_le_texte": list(o.text_skills),
            "qualites": list(o.qualities),
            "boilerplate": list(o.boilerplate),
            "terme_montant_en_presentation": o.rising_term_in_boilerplate,
            "coordonnees_dans_le_texte": o.json_flags["contact_in_text"],
            "partenaire": o.partner,
            "reprise_de": o.repost_of.id if o.repost_of else None,
            "type_reprise": o.repost_kind or None,
        }
    return truth
