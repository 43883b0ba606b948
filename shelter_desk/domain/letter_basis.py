"""Which provisions a letter cites, in what order: only those that apply to this refusal
(no refugee article for a woman who is not one, no residence article without a residence
card, the children's provisions only for a child), most specific first, up to eight by
default; the rest are offered, not cited, until the caseworker ticks them.

The order is the catalogue's: first the articles each reason given contradicts (in the
order the refusal rules list them), then what the template and the procedure rest on,
then the children's provisions when a child is refused, then those every letter may cite.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from shelter_desk.domain.procedures import LegalBasis

DEFAULT_MOST = 8  # fewer only when fewer apply


@dataclass(frozen=True)
class Audience:
    """Whom the letter speaks for: what decides whether an article applies."""

    child: bool = False  # a child is refused
    statuses: tuple[str, ...] = ()  # migration statuses of her and the children in it
    holding: tuple[str, ...] = ()  # document types they hold (usable)
    federal: bool = False  # the institution is federal (LFPA 15 binds only those)


@dataclass(frozen=True)
class Provisions:
    cited: tuple[str, ...]  # in the letter, ranked
    optional: tuple[str, ...]  # offered in the letter dialog, ranked

    @property
    def all(self) -> tuple[str, ...]:
        return self.cited + self.optional


def applies(basis: LegalBasis, audience: Audience) -> bool:
    if not basis.citable or (basis.federal_only and not audience.federal):
        return False
    if basis.only_child and not audience.child:
        return False
    if basis.only_statuses or basis.only_holding:
        return bool(set(basis.only_statuses) & set(audience.statuses)
                    or set(basis.only_holding) & set(audience.holding))
    return True


def rank_provisions(*, contradicted: Iterable[str], specific: Iterable[str],
                    legal_basis: dict[str, LegalBasis], audience: Audience,
                    chosen: Iterable[str] = ()) -> Provisions:
    """The provisions of a letter: `contradicted` (what the reasons given contradict,
    per reason), `specific` (the template's and the procedure's), then the children's and
    the general ones; `chosen` are optional ones the caseworker ticked."""
    def usable(keys: Iterable[str]) -> list[str]:
        return [k for k in keys if k in legal_basis and applies(legal_basis[k], audience)]

    children = [k for k, b in legal_basis.items() if b.children] if audience.child else []
    ranked = list(dict.fromkeys(usable([*contradicted, *specific])))
    pinned = [k for k in usable(children) if k not in ranked]
    general = [k for k in usable(k for k, b in legal_basis.items() if b.every_letter)
               if k not in ranked and k not in pinned]
    room = DEFAULT_MOST - len(pinned)
    cited = ranked[:room] + pinned
    rest = ranked[room:]
    while len(cited) < DEFAULT_MOST and general:
        cited.append(general.pop(0))
    optional = [*rest, *general]
    extra = [k for k in optional if k in set(chosen)]
    return Provisions(tuple([*cited, *extra]), tuple(k for k in optional if k not in extra))
