"""The trade of an offer: which ROME items a mention may link to, and which words are no evidence alone.

A mention in an offer of ROME fiche *R* links first to items of its own trade. Each item is, for *R*:

- ``own``: listed by *R* itself;
- ``close``: listed by a fiche that ROME gives as a mobility from *R* (``rome_mobility``, close trades);
- ``common``: transversal — a savoir-être, or an item listed by at least :data:`TRANSVERSAL_MIN_FICHES`
  fiches and :data:`TRANSVERSAL_MIN_SHARE` of the referential's fiches (languages, office tools, safety) —
  or listed by no fiche at all (nothing says whose trade it is);
- ``foreign``: any other item, of an unrelated trade.

An offer without a known fiche has no trade: every item is ``common`` for it.

A foreign item needs strong evidence (:func:`strong_evidence`): at least :data:`FOREIGN_MIN_STRONG` shared
stems that are neither polysemous nor common in the referential's labels. One shared polysemous word
(:data:`POLYSEMOUS`: "application" of a render or of software, "traçage" on a site or of care) never carries
a link to another trade, and carries none alone outside the offer's own fiche (two shared words together,
"préparer les commandes", do).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from ecarts.text import stem
from ecarts.nlp.coded import RomeItem

__all__ = [
    "TradeScope",
    "POLYSEMOUS",
    "GENERIC",
    "TRANSVERSAL_MIN_FICHES",
    "TRANSVERSAL_MIN_SHARE",
    "FOREIGN_MIN_STRONG",
    "SCOPES",
]

TRANSVERSAL_MIN_FICHES = 3
TRANSVERSAL_MIN_SHARE = 0.25
FOREIGN_MIN_STRONG = 2
SCOPES = ("own", "close", "common", "foreign")

# Words whose sense depends on the trade (as stems: verb and noun meet). Written from job-offer French:
# each is used in several trades with different meanings.
POLYSEMOUS = frozenset(
    stem(w)
    for w in """
application appliquer accompagnement accompagner installation installer intervention intervenir suivi suivre
tracage tracer habillage habiller pose poser preparation preparer reception receptionner montage monter
entretien entretenir service servir traitement traiter gestion gerer analyse analyser controle controler
reglage regler mise mettre plan dossier reseau support projet commande commander livraison livrer
nettoyage nettoyer finition coupe couper essai operation conduite conduire charge chargement transfert
change changer saisie saisir soin materiel outil machine produit piece demande client
document conception concevoir realisation realiser animation animer ouverture ouvrir fermeture
""".split()
)
# Verbs and nouns of skill phrasing that say nothing of the trade.
GENERIC = frozenset(
    stem(w)
    for w in """
realiser effectuer assurer mettre oeuvre utiliser appliquer savoir connaitre connaissance maitriser maitrise
gerer participer travailler faire exercer veiller respecter contribuer disposer capacite competence
pratique pratiquer ensemble different cadre type regle base notion activite travail
""".split()
)


@dataclass
class TradeScope:
    """Positions of ROME items (in the linker's order) by their relation to each fiche."""

    own: dict[str, frozenset[int]]
    close: dict[str, frozenset[int]]
    common: frozenset[int]
    n_items: int
    _masks: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    @classmethod
    def build(
        cls,
        items: Sequence[RomeItem],
        occupation_items: Mapping[str, Iterable[str]] | None,
        mobility: Mapping[str, Iterable[str]] | None = None,
    ) -> TradeScope:
        position = {item.code_ogr: i for i, item in enumerate(items)}
        own = {
            code: frozenset(position[c] for c in codes if c in position)
            for code, codes in (occupation_items or {}).items()
        }
        fiches_of: Counter[int] = Counter(i for positions in own.values() for i in positions)
        n_fiches = max(len(own), 1)
        common = {
            i
            for i, item in enumerate(items)
            if item.kind == "savoir_etre"
            or fiches_of[i] == 0
            or (fiches_of[i] >= TRANSVERSAL_MIN_FICHES and fiches_of[i] >= TRANSVERSAL_MIN_SHARE * n_fiches)
        }
        close = {
            code: frozenset().union(*(own.get(t, frozenset()) for t in targets if t != code))
            for code, targets in (mobility or {}).items()
        }
        return cls(own, close, frozenset(common), len(items))

    def knows(self, code: str | None) -> bool:
        return bool(code) and code in self.own

    def scope(self, code: str | None, index: int) -> str:
        """``own``, ``close``, ``common`` or ``foreign`` (every item is ``common`` for an unknown fiche)."""
        if code is None or not self.knows(code):
            return "common"
        if index in self.own[code]:
            return "own"
        if index in self.close.get(code, ()):
            return "close"
        return "common" if index in self.common else "foreign"

    def foreign_mask(self, code: str) -> np.ndarray:
        """Boolean mask of the items foreign to fiche ``code`` (a known fiche)."""
        mask = self._masks.get(code)
        if mask is None:
            mask = np.ones(self.n_items, dtype=bool)
            for positions in (self.own[code], self.close.get(code, frozenset()), self.common):
                mask[list(positions)] = False
            self._masks[code] = mask
        return mask


def strong_stems(shared: Iterable[str], common_stems: frozenset[str]) -> set[str]:
    """Shared stems that are evidence of a trade: not polysemous, not generic, not common in labels."""
    return {s for s in shared if s not in POLYSEMOUS and s not in GENERIC and s not in common_stems}


def strong_evidence(scope: str, shared: Iterable[str], common_stems: frozenset[str]) -> bool:
    """Whether the stems a mention shares with an item are enough for a link of that ``scope``."""
    shared = set(shared)
    strong = strong_stems(shared, common_stems)
    if scope == "foreign":
        return len(strong) >= FOREIGN_MIN_STRONG
    if scope == "own" or not shared:
        return True  # the offer's own fiche, or a link carried by meaning alone (the cosine)
    telling = shared - GENERIC
    # Two words together make a phrase ("préparer les commandes"); one polysemous word alone is no evidence.
    return len(telling) >= 2 or bool(telling - POLYSEMOUS)
