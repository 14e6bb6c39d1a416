"""Offers saved as France Travail JSON: every accepted shape, and errors that say where."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ecarts.connectors.offer_files import SOURCE_FILE, iter_offer_file, iter_offer_files
from ecarts.exceptions import FormatError


def offer(offer_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": offer_id,
        "intitule": f"Offre {offer_id}",
        "description": "Texte",
        "dateCreation": "2026-01-05T08:00:00.000Z",
        "lieuTravail": {"libelle": "69 - LYON 03"},
        "competences": [{"code": "1", "libelle": "Souder", "exigence": "E"}],
        "contact": {"courriel": "rh@exemple.fr"},
        **extra,
    }


def ids(paths: list[Path]) -> list[str]:
    return [row["offer_id"] for row, _ in iter_offer_files(paths)]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# -- accepted shapes -----------------------------------------------------------------------------------


def test_search_answer(tmp_path):
    path = write(
        tmp_path,
        "recherche.json",
        json.dumps({"resultats": [offer("A1"), offer("A2")], "filtresPossibles": []}, indent=2, ensure_ascii=False),
    )
    rows = list(iter_offer_files([path]))
    assert [r["offer_id"] for r, _ in rows] == ["A1", "A2"]
    first, items = rows[0]
    assert first["source"] == SOURCE_FILE == "france_travail_file"
    assert first["departement"] == "69" and first["region"] == "84"
    assert items[0]["label"] == "Souder" and items[0]["required"] is True
    assert "rh@exemple.fr" not in repr(rows)


def test_list_of_offers(tmp_path):
    assert ids([write(tmp_path, "liste.json", json.dumps([offer("B1"), offer("B2"), offer("B3")]))]) == [
        "B1",
        "B2",
        "B3",
    ]


def test_single_offer_pretty_or_compact(tmp_path):
    pretty = write(tmp_path, "une.json", json.dumps(offer("C1"), indent=2))
    compact = write(tmp_path, "une-compacte.json", json.dumps(offer("C2")))
    assert ids([pretty, compact]) == ["C1", "C2"]


def test_json_lines_by_content_and_by_name(tmp_path):
    lines = "\n".join(json.dumps(offer(f"D{i}")) for i in range(3)) + "\n\n"
    assert ids([write(tmp_path, "offres.json", lines)]) == ["D0", "D1", "D2"]
    assert ids([write(tmp_path, "offres.ndjson", lines)]) == ["D0", "D1", "D2"]


def test_json_lines_of_search_answers(tmp_path):
    pages = [{"resultats": [offer("E1"), offer("E2")]}, {"resultats": [offer("E3")]}]
    path = write(tmp_path, "pages.jsonl", "\n".join(json.dumps(p) for p in pages))
    assert ids([path]) == ["E1", "E2", "E3"]


def test_utf8_bom_is_accepted(tmp_path):
    path = write(tmp_path, "bom.json", "\ufeff".encode() + json.dumps([offer("F1")]).encode())
    jsonl = write(tmp_path, "bom.jsonl", "\ufeff".encode() + json.dumps(offer("F2")).encode())
    assert ids([path, jsonl]) == ["F1", "F2"]


def test_folder_stands_for_its_json_files(tmp_path):
    write(tmp_path, "b.jsonl", json.dumps(offer("G2")))
    write(tmp_path, "a.json", json.dumps([offer("G1")]))
    write(tmp_path, "notes.txt", "pas une offre")
    assert ids([tmp_path]) == ["G1", "G2"]


def test_json_lines_are_read_lazily(tmp_path):
    path = write(tmp_path, "offres.jsonl", f"{json.dumps(offer('H1'))}\n{{pas du json\n")
    rows = iter_offer_file(path)
    assert next(rows)[0]["offer_id"] == "H1"
    with pytest.raises(FormatError):
        next(rows)


# -- errors -------------------------------------------------------------------------------------------------


def message(paths: list[Path]) -> str:
    with pytest.raises(FormatError) as info:
        list(iter_offer_files(paths))
    return str(info.value)


def test_missing_file(tmp_path):
    path = tmp_path / "absent.json"
    assert message([path]) == f"{path} : fichier introuvable ; vérifiez le chemin"


def test_not_utf8(tmp_path):
    path = write(tmp_path, "latin1.json", '[\n{"id": "A1",\n "intitule": "Opérateur"}\n]'.encode("latin-1"))
    assert message([path]) == (
        f"{path}, ligne 3 : encodage : attendu UTF-8 (octet 0xe9 illisible) ; réenregistrez le fichier en UTF-8"
    )


def test_not_utf8_in_json_lines(tmp_path):
    content = json.dumps(offer("A1")).encode() + b"\n" + '{"id": "A2", "intitule": "Opérateur"}'.encode("cp1252")
    path = write(tmp_path, "offres.jsonl", content)
    assert message([path]).startswith(f"{path}, ligne 2 : encodage : attendu UTF-8")


def test_bad_json_gives_line_and_column(tmp_path):
    path = write(tmp_path, "casse.json", '[\n  {"id": "A1"},\n  {"id": "A2",}\n]')
    assert message([path]) == (
        f"{path}, ligne 3, colonne 15 : JSON invalide (Expecting property name enclosed "
        "in double quotes) ; corrigez le fichier ou réexportez-le"
    )


def test_bad_json_line(tmp_path):
    path = write(tmp_path, "offres.jsonl", f'{json.dumps(offer("A1"))}\n\n{{"id": "A3"\n')
    assert message([path]).startswith(f"{path}, ligne 3, colonne 12 : JSON invalide")


def test_json_line_that_is_not_an_object(tmp_path):
    path = write(tmp_path, "offres.jsonl", f"{json.dumps(offer('A1'))}\n[1, 2]\n")
    assert message([path]) == f"{path}, ligne 2 : attendu un objet JSON (une offre par ligne), trouvé une liste"


def test_element_that_is_not_an_object(tmp_path):
    path = write(tmp_path, "liste.json", json.dumps([offer("A1"), "A2"]))
    assert message([path]) == f"{path}, élément n° 2 : attendu un objet JSON (une offre), trouvé un texte"


def test_offer_without_id_in_a_search_answer(tmp_path):
    bad = offer("A3")
    del bad["id"]
    answer = {"resultats": [offer("A1"), offer("A2"), bad]}
    path = write(tmp_path, "recherche.json", json.dumps(answer, indent=2))
    assert message([path]) == (
        f"{path}, élément n° 3 de « resultats » : champ « id » absent ou vide : chaque "
        "offre doit porter son identifiant France Travail"
    )
    compact = write(tmp_path, "compacte.json", json.dumps(answer))  # one line: read as JSON Lines
    assert message([compact]).startswith(f"{compact}, ligne 1, élément n° 3 de « resultats » : champ « id »")


def test_offer_without_id_in_json_lines(tmp_path):
    path = write(tmp_path, "offres.jsonl", f"{json.dumps(offer('A1'))}\n{json.dumps({'id': ''})}\n")
    assert message([path]).startswith(f"{path}, ligne 2 : champ « id » absent ou vide")


def test_bad_date_names_offer_and_field(tmp_path):
    path = write(tmp_path, "liste.json", json.dumps([offer("A1", dateCreation="15/01/2026")]))
    assert message([path]) == (
        f"{path}, élément n° 1 : offre A1 : champ « dateCreation » : date « 15/01/2026 » "
        "illisible (attendu ISO 8601, ex. 2023-09-11T15:10:07.000Z)"
    )


@pytest.mark.parametrize(
    "content, expected",
    [
        ("", "fichier vide, aucune offre"),
        ("  \n\n", "fichier vide, aucune offre"),
        ('{"nombre": 3}', "objet JSON sans « resultats », « jobs » ni « id »"),
        ('{"resultats": {"id": "A1"}}', "« resultats » n'est pas une liste (un objet)"),
        ("42", "trouvé un nombre"),
    ],
)
def test_wrong_shapes(tmp_path, content, expected):
    path = write(tmp_path, "x.json", content)
    assert message([path]).startswith(f"{path}") and expected in message([path])


def test_empty_folder(tmp_path):
    assert message([tmp_path]) == f"{tmp_path} : dossier sans fichier .json, .jsonl, .ndjson"
