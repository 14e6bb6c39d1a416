"""Le README de l'échantillon (``README.md``) : provenance, formats, fichiers, effectifs et signaux plantés,
écrits à partir de ``truth.json`` (rien n'y est tiré au hasard).
"""

from __future__ import annotations

from datetime import timedelta

from _common import CO, CRO, N_WEEKS, RNCP_FILE, SEED, iso_week, week_start
from _render import display_name


ROLE_FR = {
    "covered": "couverte",
    "uncovered": "non couverte",
    "rising": "montante (non couverte)",
    "singulier": "singulière (un seul employeur)",
    "elongation": "élongation",
    "block_group": "groupe « nouveau bloc »",
    "transversal": "transversale",
    "boilerplate": "présentation / avantages seulement",
    "background": "savoir-être de fond",
}


def readme(truth: dict, files: dict[str, list[str]], rome_files: list[str]) -> str:
    """The README's text; ``files``: offer file -> ids, ``rome_files``: the ROME CSV files written."""
    t = truth
    out = []
    a = out.append
    a("# Échantillon embarqué d'ecarts (`data/sample/`)")
    a("")
    a(
        "Données d'entrée par défaut de `ecarts demo` : un extrait du ROME 4.0, un extrait de l'export RNCP "
        "(XML v4.1) et seize semaines d'offres d'emploi de la région Nouvelle-Aquitaine (INSEE 75), écrits dans "
        "les formats réels que publient France Travail (API Offres d'emploi v2, open data ROME 4.0) et France "
        "compétences (export XML des fiches RNCP)."
    )
    a("")
    a("## Provenance et licence")
    a("")
    a(
        "- Écrit par les développeurs d'ecarts avec `generate.py` (bibliothèque standard Python, graine de base "
        f"{SEED}) ; relancer `.venv/bin/python data/sample/generate.py` redonne des fichiers identiques à l'octet "
        "(`tests/test_sample_regen.py` le vérifie). Le hasard n'est pas un flux unique : chaque offre, et chaque "
        "autre unité (répartition d'un code par semaine et par employeur, quota hebdomadaire d'une compétence, "
        "choix des reprises d'un code), a son propre générateur, tiré de la graine de base et d'une clé stable "
        "(`F1104-07` pour la septième offre originale de F1104) : modifier le contenu d'une offre ne rebat pas "
        "les autres. Le contenu rédactionnel est dans `_contenu_rome.py`, `_contenu_rncp.py` et "
        "`_contenu_offres.py`."
    )
    a(
        "- **Tout est fictif**, sauf ce qui suit : entreprises, personnes, adresses, courriels, téléphones, "
        "identifiants d'offres, numéros de fiches RNCP (RNCP9xxxx), contenus des blocs de compétences, "
        "certificateurs privés et identifiants techniques du ROME (`code_ogr` des compétences, savoirs, "
        "appellations, macro-compétences, `code_fiche_metier`, plages 9xxxxx) sont inventés. Les intitulés des "
        "certifications s'inspirent de certifications existantes, mais les fiches ne décrivent pas leurs "
        "référentiels officiels."
    )
    a(
        "- Sont réels : les codes des fiches ROME (F1104, F1703, J1501, M1805, N1103, H2913) et leurs intitulés "
        "(ROME 4.0, France Travail, Licence Ouverte / Etalab 2.0), les libellés ROME V3 repris dans les fiches RNCP, "
        "les codes NAF et NSF, et les communes (noms, codes postaux, codes INSEE, coordonnées approximatives)."
    )
    a("- L'échantillon lui-même est distribué sous la licence du projet (MIT).")
    a("")
    a("## Formats suivis")
    a("")
    a(
        "- **ROME 4.0** (`rome/`) : fichiers `unix_<ressource>_v460_utf8.csv`, UTF-8, virgule, tous les champs "
        "entre guillemets, ligne d'en-tête, fins de ligne `\\n`. Colonnes de REFERENCE.md §2 ; les fichiers "
        "`referentiel_appellation` et `referentiel_competence` portent aussi les colonnes réelles que REFERENCE.md "
        "résume par « … » (`transition_*`, `emploi_*`, `origine` ; `libelle_heterogeneite`, `libelle_origine`, "
        "vides). Les savoir-faire et savoir-être sont dans `referentiel_competence` (colonne `nature`), les savoirs "
        "dans `referentiel_savoir` ; `liens_rome_referentiels` relie chaque fiche à ses items (bloc 5, rubrique 1 "
        "savoir-faire, 2 savoir-être professionnels, 3 savoirs) ; `coherence_item` marque `Principale` ou "
        "`Émergente`."
    )
    a(
        "- `unix_arborescence_competences_v460_utf8.csv` (colonnes reprises des fichiers réels) : "
        "`code_domaine_competence, domaine_competence, code_enjeu, enjeu, code_objectif, objectif, "
        "code_macro_competence, code_ogr_macro_competence, libelle_macro_competence, code_ogr_competence, "
        "libelle_competence` — une ligne par compétence (savoir-faire et savoir-être ; les savoirs n'y figurent pas). "
        "Dans `referentiel_competence`, `code_macro_comp` renvoie à `code_macro_competence`, `cat_comp` vaut "
        "« Compétence technique » ou « Savoir-être professionnel » et `sous_cat_comp` reprend l'objectif."
    )
    a(
        f"- **RNCP** (`rncp/{RNCP_FILE}`) : racine `<FICHES>`, `<VERSION_FLUX>4.1</VERSION_FLUX>`, puis des "
        "`<FICHE>` (NUMERO_FICHE, INTITULE, ABREGE, ETAT_FICHE, NOMENCLATURE_EUROPE, ACTIVITES_VISEES, "
        "CAPACITES_ATTESTEES, CODES_ROME, BLOCS_COMPETENCES, ACTIF, DATE_FIN_ENREGISTREMENT, et quelques autres). "
        "Les textes mêlent à dessein quatre balisages : HTML échappé en listes (`&lt;ul&gt;&lt;li&gt;`, apostrophes "
        "`&amp;#39;`), HTML échappé avec entités nommées (`&amp;eacute;`, `&amp;nbsp;`), paragraphes et tirets "
        "(`&lt;p&gt;- …&lt;br/&gt;- …`, apostrophes typographiques) et texte brut à tirets (`&apos;`). "
        "Les libellés ROME des fiches sont ceux du ROME V3 (comme dans les exports réels) : joindre sur le code. "
        "`ANCIENNE_CERTIFICATION` / `NOUVELLE_CERTIFICATION` relient la fiche inactive à celle qui la remplace."
    )
    a(
        "- **Offres** (`offres/`) : API France Travail Offres d'emploi v2 (REFERENCE.md §1). Semaines 1 à 14 : "
        'un fichier par semaine ISO, réponse de recherche `{"resultats": [...], "filtresPossibles": [...]}` '
        "(agrégats calculés sur le fichier). Semaines 15 et 16 : un seul fichier JSON Lines, une offre par ligne. "
        "Les offres portent les vraies clés (dont `appellationlibelle` avec un « l » minuscule), un bloc `contact` "
        "et un bloc `agence` aux données personnelles inventées (elles doivent être écartées au chargement), et "
        f"`entreprise.nom` est absent dans {sum(1 for o in t['offres'].values() if o['anonyme'])} offres."
    )
    a("")
    a("## Fichiers")
    a("")
    a("| fichier | contenu |")
    a("|---|---|")
    a(
        "| `generate.py` | le générateur : `.venv/bin/python data/sample/generate.py [dossier]` (par défaut, "
        "ce dossier) |"
    )
    a("| `_plan.py` | le plan : offres, code ROME, semaine, employeur, compétences et signaux plantés |")
    a("| `_render.py` | le rendu : CSV ROME, XML RNCP, JSON des offres |")
    a("| `_truth.py`, `_readme.py` | `truth.json` et ce README |")
    a("| `_common.py` | constantes, graine et générateur de chaque unité (`rng_for`) |")
    a("| `_contenu_*.py` | le contenu rédactionnel (ROME, RNCP, offres) |")
    a("| `grilles/` | les grilles d'écarts de six centres de formation (et leur générateur, voir leur README) |")
    a(
        "| `check_sample.py` | vérifications de l'échantillon (lecture de chaque fichier, effectifs, parts hebdomadaires) |"
    )
    a("| `truth.json` | la vérité plantée, lisible par les tests |")
    for name in sorted(rome_files):
        a(f"| `rome/{name}` | extrait ROME 4.0 |")
    a(f"| `rncp/{RNCP_FILE}` | {len(t['certifications'])} fiches RNCP |")
    for name, ids in files.items():
        a(f"| `offres/{name}` | {len(ids)} offres |")
    a("")
    a("## Effectifs")
    a("")
    active = [c for c in t["certifications"] if c["actif"]]
    a(
        f"- {t['totaux']['offres']} offres, dont {t['totaux']['reprises']} reprises d'une offre antérieure "
        f"(même employeur, même texte, nouvel identifiant ; parfois via un partenaire, parfois avec un mot changé) ; "
        f"{N_WEEKS} semaines de création, du lundi {week_start(1).isoformat()} au dimanche "
        f"{(week_start(N_WEEKS) + timedelta(days=6)).isoformat()} (semaines ISO {iso_week(1)} à {iso_week(N_WEEKS)})."
    )
    a(
        f"- 6 codes ROME, {sum(len(CO.EMPLOYEURS[c]) for c in CRO.ROME_ORDER)} employeurs fictifs, "
        f"{len(CRO.ITEMS)} items ROME (compétences, savoir-être, savoirs)."
    )
    a(
        f"- {len(t['certifications'])} fiches RNCP : {len(active)} actives et "
        f"{len(t['certifications']) - len(active)} inactive."
    )
    a("")
    a("| code ROME | intitulé | offres (dont reprises) | employeurs | certifications actives |")
    a("|---|---|---|---|---|")
    for code in CRO.ROME_ORDER:
        r = t["rome"][code]
        a(
            f"| {code} | {r['libelle']} | {r['offres']} ({r['offres'] - r['offres_originales']}) | "
            f"{len(r['employeurs'])} | {', '.join(r['certifications_actives'])} |"
        )
    a("")
    a("| fiche RNCP | intitulé | niveau | codes ROME | actif |")
    a("|---|---|---|---|---|")
    for c in t["certifications"]:
        title = (f"{c['abrege']} " if c["abrege"] else "") + c["intitule"]
        a(
            f"| {c['rncp_code']} | {title} | {c['niveau']} | {', '.join(c['rome_codes'])} | "
            f"{'Oui' if c['actif'] else 'Non'} |"
        )
    a("")
    a("## Signaux plantés")
    a("")
    a(
        "Chaque compétence plantée est un item de l'extrait ROME (son `code_ogr`), dite dans le texte des offres de "
        "trois à six façons (missions, profil, énumérations du type « Maîtrise d'AutoCAD et de Revit »), parfois "
        "par son libellé ROME exact, et souvent listée dans `competences[]` (2 à 6 entrées par offre, 10 % sans "
        "`code`). Les parts ci-dessous sont calculées sur les offres originales (reprises exclues) ; `truth.json` "
        "donne tout, y compris la couverture attendue par certification et les parts hebdomadaires."
    )
    a("")
    a("Par code ROME :")
    a(
        "- 3 à 5 compétences **couvertes** : énoncées par toutes les certifications actives du code, demandées par "
        "30 à 60 % des offres ;"
    )
    a("- 2 compétences **non couvertes** stables (20 à 35 %) : aucune certification du code ne les énonce ;")
    a(
        "- 1 compétence **montante** non couverte : environ 3 % des offres en semaine 1, 50 % en semaine 16 "
        "(quotas hebdomadaires par diffusion d'erreur) ; marquée `Émergente` dans `coherence_item` pour F1104, "
        "M1805 et H2913 ;"
    )
    a("- 1 compétence **singulière** : demandée par un seul employeur, dans la plupart de ses offres ;")
    a(
        "- 1 **élongation** : un outil ou une norme plus récente de la même famille qu'une compétence énoncée "
        "(AutoCAD → Revit, JavaScript → TypeScript, CACES R489 cat. 3 → cat. 5, ISO 9606-1 → ASME IX, maçonnerie "
        "traditionnelle → joint mince, mobilisation avec aides techniques → PRAP 2S) ;"
    )
    a(
        "- pour F1104, J1501 et M1805, un **groupe de trois compétences non couvertes** souvent demandées ensemble "
        "(candidat « nouveau bloc ») ;"
    )
    a(
        "- « Travailler en équipe », **transversale** : demandée dans les six codes (énoncée seulement par les "
        "certifications d'aide-soignant) ;"
    )
    a(
        "- 1 compétence **boilerplate** : citée uniquement dans la présentation de l'entreprise (ou, pour N1103, "
        "dans les avantages) d'employeurs qui ne la demandent pas ; de plus, un employeur F1104 se dit « leader du "
        "BIM » et un employeur M1805 « pionnier de l'intelligence artificielle générative » sans jamais demander la "
        "compétence montante correspondante ;"
    )
    a("- 2 savoir-être **de fond** (qualités professionnelles), non énoncés par les certifications.")
    a("")
    a(
        "Chaque certification active a ainsi au moins deux compétences demandées non couvertes (les non couvertes, "
        "la montante, la singulière, le groupe)."
    )
    a("")
    for code in CRO.ROME_ORDER:
        r = t["rome"][code]
        a(f"### {code} — {r['libelle']}")
        a("")
        a("| code_ogr | compétence | rôle | part des offres | employeurs |")
        a("|---|---|---|---|---|")
        for s in r["competences"]:
            part = (
                f"{100 * s['part_offres']:.0f} %"
                if s["role"] != "boilerplate"
                else (f"0 % (citée dans {s['n_offres_mention_boilerplate']} offres)")
            )
            extra = ""
            if s["role"] == "elongation":
                extra = f" — énoncé : « {s['competence_enoncee']['label']} »"
            if s["role"] == "singulier":
                emp = next(e for e in CO.EMPLOYEURS[code] if e["cle"] == s["employeur"])
                extra = f" — {display_name(emp)}"
            a(f"| {s['code_ogr']} | {s['label']}{extra} | {ROLE_FR[s['role']]} | {part} | {s['n_employeurs']} |")
        a("")
    a("### Évolution des compétences montantes (part des offres originales du code, semaines 1 à 16)")
    a("")
    a("| code ROME | compétence | " + " | ".join(f"S{w}" for w in range(1, N_WEEKS + 1)) + " |")
    a("|---|---|" + "---|" * N_WEEKS)
    for code in CRO.ROME_ORDER:
        s = next(x for x in t["rome"][code]["competences"] if x["role"] == "rising")
        a(f"| {code} | {s['label']} | " + " | ".join(f"{100 * v:.0f}" for v in s["parts_hebdo"]) + " |")
    a("")
    a("## `truth.json`")
    a("")
    a(
        "- `rome.<code>.competences[]` : pour chaque compétence plantée, `code_ogr`, `label`, `kind`, `role` "
        "(covered, uncovered, rising, singulier, elongation, block_group, transversal, boilerplate, background), "
        "`attendu` (`coverage` par fiche RNCP liée au code — `couvert`, `elongation`, `nouveau`, `nouveau_bloc` ; "
        "`breadth` et `trend` attendus quand le rôle les fixe), `n_offres`, `part_offres`, `n_employeurs`, "
        "`employeurs`, `parts_hebdo` (16 valeurs), `n_offres_brut` (reprises comprises) ; selon le rôle : "
        "`competence_enoncee` (élongation), `groupe` (bloc), `employeur` (singulière), "
        "`n_offres_mention_boilerplate`, `offres_citant_le_terme_en_presentation_sans_le_demander` (montante)."
    )
    a(
        "- `certifications[]` : fiche, niveau, actif, codes ROME, blocs et `competences_enoncees` "
        "(`code_ogr` → bloc qui l'énonce)."
    )
    a(
        "- `offres.<id>` : code ROME, semaine, employeur, compétences demandées (`demandees`), codées, dites dans "
        "le texte, qualités, mentions boilerplate, reprise (`reprise_de`), partenaire, coordonnées dans le texte."
    )
    a("")
    a("## Autres pièges volontaires")
    a("")
    offers = t["offres"].values()
    a(
        f"- {sum(1 for o in offers if o['coordonnees_dans_le_texte'])} descriptions contiennent un courriel ou un "
        "numéro de téléphone (à masquer)."
    )
    a(f"- {t['totaux']['reprises']} offres sont des reprises (`truth.json`, champ `reprise_de`) : à compter une fois.")
    a(f'- {sum(1 for o in offers if o["partenaire"])} offres viennent d\'un partenaire (`origineOffre.origine` = "2").')
    a(
        "- Des libellés contiennent des virgules (CSV ROME) ; des énoncés RNCP portent des entités HTML doublement "
        "échappées."
    )
    a(
        "- Les offres anonymes (sans `entreprise.nom`) portent une présentation neutre (taille, secteur, "
        "département) au lieu de celle de l'employeur : un traitement qui identifie l'employeur par son nom les "
        "compte à part ; `truth.json` donne le véritable employeur de chaque offre."
    )
    a(
        "- Les codes ROME liés hors de l'échantillon (F1106, F1701, K1302, M1806, M1810, N1101, N1105, H2902) "
        "n'ont ni fiche dans l'extrait ROME ni offre."
    )
    a("")
    return "\n".join(out) + "\n"
