"""The network's differential-privacy choice, as its policy states it: how much privacy
loss (epsilon) one publication of a period may spend, the total the network accepts to
spend over all periods and revisions, and the noise mechanism (both draw OpenDP's
discrete Laplace on integer counts; "geometric" is OpenDP's constant-time variant).

The unit protected is one person's contribution to one table: a person is one count of
the people table and of the minors table; in documents, barriers, case types and
referrals she adds one count per document, barrier, case event or referral, so there
the unit is that item unless `contributions` says how many a person adds at most (the
noise grows with it). Pure: the hub draws the noise (hub/dp_release.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual

MECHANISMS = ("laplace", "geometric")
MAX_EPSILON = 10.0  # beyond this the noise protects no one; a policy asking for it is a typo
MAX_CONTRIBUTIONS = 100


@dataclass(frozen=True)
class DpPolicy:
    epsilon_per_period: float
    budget: float
    mechanism: str = "laplace"
    # table -> the most counts one person adds to it (the L1 sensitivity); absent: 1
    contributions: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 0 < self.epsilon_per_period <= MAX_EPSILON:
            raise dp_invalid(f"epsilon por periodo debe ser mayor que 0 y a lo más "
                             f"{MAX_EPSILON:g} (se pidió {self.epsilon_per_period:g})",
                             f"epsilon per period must be above 0 and at most "
                             f"{MAX_EPSILON:g} ({self.epsilon_per_period:g} was asked)")
        if self.budget < self.epsilon_per_period:
            raise dp_invalid(f"el presupuesto ({self.budget:g}) no alcanza ni para un "
                             f"periodo (epsilon {self.epsilon_per_period:g})",
                             f"the budget ({self.budget:g}) is smaller than one period's "
                             f"epsilon ({self.epsilon_per_period:g})")
        if self.mechanism not in MECHANISMS:
            raise dp_invalid(f"el mecanismo debe ser {' o '.join(MECHANISMS)}, no "
                             f"«{self.mechanism[:40]}»",
                             f"the mechanism must be {' or '.join(MECHANISMS)}, not "
                             f"'{self.mechanism[:40]}'")
        if any(not 1 <= count <= MAX_CONTRIBUTIONS for count in self.contributions.values()):
            raise dp_invalid(f"cada contribución por persona va de 1 a {MAX_CONTRIBUTIONS}",
                             f"each per-person contribution is 1 to {MAX_CONTRIBUTIONS}")

    def epsilon_per_table(self, tables: tuple[str, ...]) -> float:
        """An equal split: the tables' releases compose sequentially to the period's."""
        return self.epsilon_per_period / len(tables)

    def sensitivity(self, table: str) -> int:
        return self.contributions.get(table, 1)

    def to_json(self) -> dict[str, Any]:
        return {"epsilon_per_period": self.epsilon_per_period, "budget": self.budget,
                "mechanism": self.mechanism,
                **({"contributions": dict(sorted(self.contributions.items()))}
                   if self.contributions else {})}


def dp_from_json(value: object, tables: tuple[str, ...]) -> DpPolicy | None:
    """None when the network chose no differential privacy; InvalidInput when wrong."""
    if value is None:
        return None
    if not isinstance(value, dict) or not {"epsilon_per_period", "budget"} <= set(value) \
            or set(value) - {"epsilon_per_period", "budget", "mechanism", "contributions"}:
        raise dp_invalid("«dp» necesita epsilon_per_period y budget (y puede llevar "
                         "mechanism y contributions), nada más",
                         "'dp' needs epsilon_per_period and budget (and may have mechanism "
                         "and contributions), nothing else")
    contributions = value.get("contributions", {})
    if not isinstance(contributions, dict) or set(contributions) - set(tables) or not all(
            isinstance(n, int) and not isinstance(n, bool) for n in contributions.values()):
        raise dp_invalid("«contributions» nombra tablas de la política con números enteros",
                         "'contributions' names the policy's tables with whole numbers")
    mechanism = value.get("mechanism", "laplace")
    return DpPolicy(_number(value["epsilon_per_period"], "epsilon_per_period"),
                    _number(value["budget"], "budget"),
                    mechanism if isinstance(mechanism, str) else repr(mechanism),
                    {str(t): n for t, n in contributions.items()})


def _number(value: object, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) \
            or value != value or value in (float("inf"), float("-inf")):
        raise dp_invalid(f"«{name}» debe ser un número", f"'{name}' must be a number")
    return float(value)


def dp_invalid(es: str, en: str) -> InvalidInput:
    return InvalidInput("policy", Bilingual(
        es=f"Privacidad diferencial: {es}.", en=f"Differential privacy: {en}."))
