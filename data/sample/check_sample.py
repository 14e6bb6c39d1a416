"""Vérifie l'échantillon ``data/sample`` : lit chaque fichier, compte, recoupe avec truth.json.

    .venv/bin/python data/sample/check_sample.py [dossier]

``dossier`` : l'échantillon à vérifier (par défaut, le dossier de ce script ; un autre pour une sortie de
``generate.py dossier``).

Utilise lxml (dépendance du projet) pour l'XML ; le reste est en bibliothèque standard. Sort avec le code 1
et la liste des problèmes si quelque chose ne va pas.
"""

from __future__ import annotations

import csv
import html
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

from lxml import etree

HERE = Path(__file__).resolve().parent
problems: list[str] = []


def problem(msg: str) -> None:
    problems.append(msg)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def read_csv(path: Path) -> list[dict]:
    raw = path.read_bytes()
    if b"\r\n" in raw:
        problem(f"{path.name}: fins de ligne CRLF")
    for line in raw.decode("utf-8").splitlines():
        if not re.fullmatch(r'"[^"]*"(,"[^"]*")*', line):
            problem(f"{path.name}: ligne dont un champ n'est pas entre guillemets : {line[:80]}")
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def main(folder: Path = HERE) -> int:
    HERE = Path(folder)  # noqa: N806 (the folder checked)
    truth = json.loads((HERE / "truth.json").read_text(encoding="utf-8"))

    # ROME
    rome = {p.name: read_csv(p) for p in sorted((HERE / "rome").glob("*.csv"))}
    print("ROME :", ", ".join(f"{n} ({len(r)} lignes)" for n, r in rome.items()))
    items = {r["code_ogr"]: r["libelle_competence"] for r in rome["unix_referentiel_competence_v460_utf8.csv"]}
    items.update({r["code_ogr_savoir"]: r["libelle_savoir"] for r in rome["unix_referentiel_savoir_v460_utf8.csv"]})
    links = defaultdict(list)
    for r in rome["unix_liens_rome_referentiels_v460_utf8.csv"]:
        links[r["code_rome"]].append(r["code_ogr"])
        if r["code_ogr"] not in items:
            problem(f"liens : code_ogr {r['code_ogr']} absent des référentiels")
    appellations = Counter(r["code_rome"] for r in rome["unix_referentiel_appellation_v460_utf8.csv"])
    for code, n in links.items():
        print(f"  {code} : {n and len(n)} items liés, {appellations[code]} appellations")
        if not 15 <= len(n) <= 25:
            problem(f"{code}: {len(n)} items (attendu 15 à 25)")
        if appellations[code] < 3:
            problem(f"{code}: moins de 3 appellations")
    emergentes = [r for r in rome["unix_coherence_item_v460_utf8.csv"] if r["coeur_metier"] == "Émergente"]
    print(f"  coherence_item : {len(emergentes)} items Émergente")
    with_comma = sum(1 for label in items.values() if "," in label)
    print(f"  {with_comma} libellés contiennent une virgule")

    # RNCP
    tree = etree.parse(str(HERE / "rncp" / "export-fiches-rncp-v4-1-2026-11-16.xml"))
    root = tree.getroot()
    fiches = root.findall("FICHE")
    print(
        f"RNCP : version {root.findtext('VERSION_FLUX')}, {len(fiches)} fiches, "
        f"{sum(1 for f in fiches if f.findtext('ACTIF') == 'Oui')} actives"
    )
    statements_by_cert = {}
    for f in fiches:
        num = f.findtext("NUMERO_FICHE")
        blocks = f.findall("BLOCS_COMPETENCES/BLOC_COMPETENCES")
        texts = []
        for b in blocks:
            raw = html.unescape(b.findtext("LISTE_COMPETENCES") or "")
            plain = re.sub(r"<br\s*/?>|</li>|</p>", "\n", raw)
            plain = re.sub(r"<[^>]+>", "", plain)
            lines = [re.sub(r"^\s*-\s*", "", line).strip() for line in plain.split("\n")]
            lines = [line for line in lines if line and not line.endswith(":")]
            if len(lines) < 4:
                problem(f"{num} {b.findtext('CODE')}: {len(lines)} énoncés")
            texts.extend(lines)
        statements_by_cert[num] = texts
        romes = [r.findtext("CODE") for r in f.findall("CODES_ROME/ROME")]
        print(
            f"  {num} {f.findtext('ABREGE/CODE') or '-':7} {f.findtext('NOMENCLATURE_EUROPE/NIVEAU')} "
            f"{f.findtext('ACTIF'):3} {','.join(romes):12} {len(blocks)} blocs, {len(texts)} énoncés — "
            f"{f.findtext('INTITULE')}"
        )
        for t in texts:
            if "&" in t or "<" in t or ">" in t:
                problem(f"{num}: énoncé mal décodé : {t}")

    # Offers
    offers = []
    per_file = {}
    for path in sorted((HERE / "offres").glob("offres-*")):
        if path.suffix == ".json":
            body = json.loads(path.read_text(encoding="utf-8"))
            if set(body) != {"resultats", "filtresPossibles"}:
                problem(f"{path.name}: clés {sorted(body)}")
            got = body["resultats"]
            for flt in body["filtresPossibles"]:
                if sum(a["nbResultats"] for a in flt["agregation"]) != len(got):
                    problem(f"{path.name}: filtre {flt['filtre']} incohérent")
        else:
            got = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        per_file[path.name] = len(got)
        offers.extend(got)
    print(f"Offres : {len(offers)} dans {len(per_file)} fichiers")
    ids = Counter(o["id"] for o in offers)
    if any(n > 1 for n in ids.values()):
        problem("identifiants d'offres en double")
    if set(ids) != set(truth["offres"]):
        problem("les offres ne correspondent pas à truth.json")
    required = [
        "id",
        "intitule",
        "description",
        "dateCreation",
        "dateActualisation",
        "lieuTravail",
        "romeCode",
        "romeLibelle",
        "appellationlibelle",
        "entreprise",
        "typeContrat",
        "typeContratLibelle",
        "natureContrat",
        "experienceExige",
        "experienceLibelle",
        "competences",
        "salaire",
        "codeNAF",
        "secteurActivite",
        "secteurActiviteLibelle",
        "qualificationCode",
        "trancheEffectifEtab",
        "nombrePostes",
        "alternance",
        "accessibleTH",
        "origineOffre",
    ]
    deps = {"16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"}
    weeks = truth["semaines"]
    per_code_week = defaultdict(Counter)
    uncoded = coded_entries = emails = phones = anonymous = partners = 0
    for o in offers:
        for key in required:
            if key not in o:
                problem(f"{o['id']}: clé {key} absente")
        if not re.fullmatch(r"\d{3}[A-Z]{4}", o["id"]):
            problem(f"{o['id']}: identifiant mal formé")
        day = o["dateCreation"][:10]
        week = next((w["index"] for w in weeks if w["debut"] <= day <= w["fin"]), None)
        if week is None:
            problem(f"{o['id']}: date hors période {day}")
        if not re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.000Z", o["dateCreation"]):
            problem(f"{o['id']}: dateCreation mal formée")
        per_code_week[o["romeCode"]][week] += 1
        dep = o["lieuTravail"]["libelle"][:2]
        if dep not in deps or not o["lieuTravail"]["commune"].startswith(dep):
            problem(f"{o['id']}: lieu {o['lieuTravail']}")
        if not 2 <= len(o["competences"]) <= 6:
            problem(f"{o['id']}: {len(o['competences'])} compétences codées")
        for c in o["competences"]:
            if "code" in c:
                coded_entries += 1
                if c["code"] not in items:
                    problem(f"{o['id']}: code {c['code']} absent de l'extrait ROME")
                elif c["code"] not in links[o["romeCode"]]:
                    problem(f"{o['id']}: code {c['code']} non lié à {o['romeCode']}")
            else:
                uncoded += 1
        anonymous += "nom" not in o["entreprise"]
        partners += o["origineOffre"]["origine"] == "2"
        emails += bool(re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", o["description"]))
        phones += bool(re.search(r"(?<!\w)0[1-9](?:[\s.-]?\d{2}){4}(?!\w)", o["description"]))
    total = len(offers)
    print(
        f"  compétences codées : {coded_entries} avec code, {uncoded} sans ({100 * uncoded / (uncoded + coded_entries):.0f} %)"
    )
    print(
        f"  entreprise sans nom : {anonymous} ({100 * anonymous / total:.0f} %) ; partenaires : {partners} ; "
        f"descriptions avec courriel : {emails}, avec téléphone : {phones}"
    )
    print("  offres par code et par semaine :")
    print("        " + " ".join(f"{w:>3}" for w in range(1, 17)) + "  total")
    for code in sorted(per_code_week):
        row = per_code_week[code]
        print(f"  {code} " + " ".join(f"{row[w]:>3}" for w in range(1, 17)) + f"  {sum(row.values()):>5}")
    allw = Counter()
    for row in per_code_week.values():
        allw.update(row)
    print("  total " + " ".join(f"{allw[w]:>3}" for w in range(1, 17)) + f"  {sum(allw.values()):>5}")

    # Truth cross-checks: planted labels and boilerplate; non-planted item labels not in texts
    by_id = {o["id"]: o for o in offers}
    for code, r in truth["rome"].items():
        planted = {s["code_ogr"] for s in r["competences"]}
        for s in r["competences"]:
            if s["role"] == "boilerplate":
                if s["n_offres"] != 0:
                    problem(f"{code}: boilerplate {s['code_ogr']} demandée")
                if s["n_offres_mention_boilerplate"] < 3:
                    problem(f"{code}: boilerplate {s['code_ogr']} trop peu citée")
            for cert in r["certifications_actives"]:
                if cert not in statements_by_cert:
                    problem(f"{code}: fiche {cert} absente de l'XML")
            if s["role"] in ("uncovered", "rising", "singulier", "block_group") and s["n_offres"] < 3:
                problem(f"{code}: {s['code_ogr']} demandée par moins de 3 offres")
        # labels of ROME items that are never asked must not appear verbatim in any description
        for ogr in r["items_fiche"]:
            if ogr in planted:
                continue
            needle = norm(items[ogr])
            for oid, t in truth["offres"].items():
                if t["rome"] == code and needle in norm(by_id[oid]["description"]):
                    problem(f"{oid}: libellé d'un item non planté présent : {items[ogr]}")
    for cert in [c for c in truth["certifications"] if c["actif"]]:
        uncovered = {
            s["code_ogr"]
            for code in cert["rome_codes"]
            if code in truth["rome"]
            for s in truth["rome"][code]["competences"]
            if s["n_offres"] > 0
            and s["attendu"]["coverage"].get(cert["rncp_code"]) != "couvert"
            and s["role"] != "background"
        }
        if len(uncovered) < 2:
            problem(f"{cert['rncp_code']}: moins de deux compétences demandées non couvertes")
    for oid, t in truth["offres"].items():
        o = by_id[oid]
        coded = [c.get("code") for c in o["competences"] if c.get("code")]
        for c in coded:
            if c not in t["demandees"]:
                problem(f"{oid}: code {c} non demandé selon truth.json")

    # Rising skills, week by week
    print("Compétences montantes : part des offres originales du code, semaines 1 à 16 (en %)")
    for code, r in truth["rome"].items():
        s = next(x for x in r["competences"] if x["role"] == "rising")
        print(
            f"  {code} {s['code_ogr']} " + " ".join(f"{100 * v:>3.0f}" for v in s["parts_hebdo"]) + f"   — {s['label']}"
        )
    agg_num, agg_den = [0] * 16, [0] * 16
    for r in truth["rome"].values():
        s = next(x for x in r["competences"] if x["role"] == "rising")
        for w in range(16):
            n = r["offres_par_semaine"][w]
            agg_num[w] += round(s["parts_hebdo"][w] * n)
            agg_den[w] += n
    print("  tous  " + "       " + " ".join(f"{100 * a / b:>3.0f}" for a, b in zip(agg_num, agg_den)))
    print("Autres rôles (part des offres originales) :")
    for code, r in truth["rome"].items():
        cells = []
        for s in r["competences"]:
            cells.append(f"{s['role'][:5]}:{s['code_ogr']}={100 * s['part_offres']:.0f}%/{s['n_employeurs']}e")
        print(f"  {code} " + "  ".join(cells))

    if problems:
        print(f"\n{len(problems)} problème(s) :")
        for p in problems[:80]:
            print("  -", p)
        return 1
    print("\nAucun problème.")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 2:
        sys.exit("usage : check_sample.py [dossier]")
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE))
