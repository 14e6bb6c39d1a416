"""``ecarts eval``: the reading of offers measured on the gold set (see :mod:`ecarts.steps_eval`)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ecarts import paths
from ecarts.cli_base import cli, db_option, progress, settings_from
from ecarts.exceptions import InputError

__all__: list[str] = []

DEFAULT_GOLD = paths.GOLD_DIR
TARGETS = {"f1": 0.80, "boilerplate_share": 0.05, "accuracy_at_5": 0.85}


def _pct(value: float) -> str:
    return f"{100 * value:5.1f} %".replace(".", ",")


def _table(report) -> list[str]:
    dev, test = report.dev, report.test
    rows = [
        ("offres", str(dev.offers), str(test.offers), ""),
        ("mentions annotées", str(dev.gold_mentions), str(test.gold_mentions), ""),
        ("mentions trouvées", str(dev.predicted), str(test.predicted), ""),
        ("extraction : précision", _pct(dev.precision), _pct(test.precision), ""),
        ("extraction : rappel", _pct(dev.recall), _pct(test.recall), ""),
        ("extraction : F1", _pct(dev.f1), _pct(test.f1), "≥ 80 %"),
        ("mentions prises au texte standard", _pct(dev.boilerplate_share), _pct(test.boilerplate_share), "≤ 5 %"),
        ("liaison ROME : exactitude@1", _pct(dev.accuracy_at_1), _pct(test.accuracy_at_1), ""),
        ("liaison ROME : exactitude@5", _pct(dev.accuracy_at_5), _pct(test.accuracy_at_5), "≥ 85 %"),
        ("décision au seuil (ROME juste ou nouveau)", _pct(dev.decision_accuracy), _pct(test.decision_accuracy), ""),
        ("mentions nouvelles laissées hors ROME", _pct(dev.new_left_unlinked), _pct(test.new_left_unlinked), ""),
        ("de bout en bout : compétence juste", _pct(dev.end_to_end_accuracy), _pct(test.end_to_end_accuracy), ""),
        ("regroupement des nouvelles : B³ F1", _pct(dev.concept_f1), _pct(test.concept_f1), ""),
    ]
    for kind in sorted(set(dev.recall_by_kind) | set(test.recall_by_kind)):
        rows.append(
            (f"rappel, {kind}", _pct(dev.recall_by_kind.get(kind, 0.0)), _pct(test.recall_by_kind.get(kind, 0.0)), "")
        )
    width = max(len(r[0]) for r in rows)
    lines = [f"{'':{width}}  {'dev':>8}  {'test':>8}  cible"]
    lines += [f"{label:{width}}  {a:>8}  {b:>8}  {target}".rstrip() for label, a, b, target in rows]
    return lines


@cli.command("eval")
@click.option(
    "--gold",
    "gold",
    default=DEFAULT_GOLD,
    show_default=True,
    type=click.Path(file_okay=False),
    help="Dossier du jeu d'évaluation (offres annotées, extrait ROME ; livré avec les sources du projet).",
)
@click.option("--json", "as_json", is_flag=True, help="Écrit les chiffres en JSON sur la sortie standard.")
@db_option
@click.pass_context
def eval_command(ctx: click.Context, gold: str, as_json: bool, db: str | None) -> None:
    """Mesure la lecture des offres sur le jeu d'évaluation annoté (data/gold).

    Charge l'extrait ROME et les offres du jeu dans un entrepôt à part (temporaire, ou --db : un fichier
    neuf, jamais l'entrepôt de production), extrait les compétences comme le traitement hebdomadaire, puis
    compare aux annotations, pour la moitié dev (où les seuils sont choisis) et la moitié test (les
    chiffres à retenir) : précision, rappel et F1 de l'extraction (appariement souple des mentions), part
    des mentions prises dans le texte standard (présentation, avantages, mentions légales), exactitude@1
    et @5 de la liaison au ROME, meilleur seuil de liaison sur dev, regroupement des compétences nouvelles.

    \b
    Exemple :
      ecarts eval
      ecarts eval --gold data/gold --db /tmp/evaluation.duckdb --json > evaluation.json
    """
    from ecarts.steps_eval import evaluate

    settings = settings_from(ctx, None)
    gold_dir = Path(gold).expanduser()
    if not gold_dir.is_absolute() and not gold_dir.exists():
        root = paths.checkout_root()
        if root is not None:
            gold_dir = root / gold_dir
        elif gold == DEFAULT_GOLD:
            raise InputError(
                f"{gold} : jeu d'évaluation introuvable — il est livré avec les sources du projet, pas "
                "avec le paquet installé ; donnez son dossier avec --gold (ex. ecarts eval --gold "
                "~/ecarts/data/gold)"
            )
    report = evaluate(gold_dir, settings, db=db, progress=progress)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(
        f"Évaluation sur {gold} — modèle {report.model}, {report.n_rome_items} items ROME, "
        f"seuil de liaison {report.threshold:.2f} ({report.seconds:.0f} s)"
    )
    for line in _table(report):
        click.echo(line)
    click.echo(
        f"meilleur seuil de liaison sur dev : {report.dev.best_threshold:.2f} "
        f"(décision juste pour {_pct(report.dev.best_decision_accuracy).strip()} des mentions dev)"
    )
