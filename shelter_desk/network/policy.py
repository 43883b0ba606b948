"""The network's policy, as agreed between its organisations: one period type (so that
periods never overlap), the threshold k, the tables, the age bands and which
nationalities are shown on their own (the rest, and any that is rare in a period, are
merged into their region)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.network.dp_policy import DpPolicy, dp_from_json

PERIOD_TYPES = ("month", "quarter")
TABLES = ("people", "minors", "documents", "barriers", "case_types", "referrals")
ADULT_AGE = 18  # the minors table and the people table's bands must agree on it
OTHER_REGION = "other"
OPTIONAL_FIELDS = frozenset({"aggregators", "dp"})  # absent unless a policy sets them

# Regions of the Americas, where nearly everyone a Mexican shelter meets comes from;
# a network may send its own map.
DEFAULT_REGIONS: dict[str, str] = {
    **dict.fromkeys(("GT", "HN", "SV", "NI", "CR", "PA", "BZ"), "central_america"),
    **dict.fromkeys(("CU", "HT", "DO", "JM", "PR", "TT", "BS", "BB"), "caribbean"),
    **dict.fromkeys(("VE", "CO", "EC", "PE", "BO", "CL", "AR", "UY", "PY", "BR", "GY", "SR"),
                    "south_america"),
    **dict.fromkeys(("MX", "US", "CA"), "north_america"),
}
DEFAULT_SEPARATE = ("HN", "GT", "SV", "VE", "HT", "CU", "NI", "CO", "EC", "MX")
DEFAULT_BANDS: tuple[tuple[int, int | None], ...] = (
    (0, 4), (5, 11), (12, 17), (18, 29), (30, 44), (45, 59), (60, None))


@dataclass(frozen=True)
class NetworkPolicy:
    period_type: str = "quarter"
    k: int = 5
    tables: tuple[str, ...] = TABLES
    age_bands: tuple[tuple[int, int | None], ...] = DEFAULT_BANDS
    separate_nationalities: tuple[str, ...] = DEFAULT_SEPARATE
    regions: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_REGIONS))
    # The two servers that receive a member's secret shares (shares.py), by base URL:
    # the hub ("leader") and the second aggregator another organisation runs ("helper").
    # None: the network combines signed reports (the earlier route).
    aggregators: tuple[str, str] | None = None
    # Differential privacy instead of k-suppression for the network tables summed from
    # shares (dp_policy.py); None: those tables are k-suppressed. Read from the hub's
    # policy but left out of to_json: the noise is the hub's work, and the policy that
    # members sign into reports and shares holds no floats (canonical.py).
    dp: DpPolicy | None = None

    def __post_init__(self) -> None:
        _check(self)

    def band_labels(self) -> tuple[str, ...]:
        return tuple(band_label(low, high) for low, high in self.age_bands)

    def minor_bands(self) -> frozenset[str]:
        return frozenset(band_label(low, high) for low, high in self.age_bands
                         if high is not None and high < ADULT_AGE)

    def region_of(self, nationality: str) -> str:
        return self.regions.get(nationality, OTHER_REGION)

    def to_json(self) -> dict[str, Any]:
        return {"period_type": self.period_type, "k": self.k, "tables": list(self.tables),
                "age_bands": [[low, high] for low, high in self.age_bands],
                "separate_nationalities": list(self.separate_nationalities),
                "regions": dict(sorted(self.regions.items())),
                **({"aggregators": {"leader": self.aggregators[0],
                                    "helper": self.aggregators[1]}}
                   if self.aggregators else {})}

    @classmethod
    def from_json(cls, data: object) -> NetworkPolicy:
        try:
            if not isinstance(data, dict):
                raise TypeError("not an object")
            unknown = set(data) - set(cls().to_json()) - OPTIONAL_FIELDS
            if unknown:
                raise TypeError(f"unknown fields {sorted(unknown)}")
            defaults = cls().to_json()
            merged = {**defaults, **data}
            tables = tuple(str(t) for t in merged["tables"])
            return cls(period_type=str(merged["period_type"]), k=_int(merged["k"]),
                       tables=tables,
                       age_bands=tuple((_int(low), None if high is None else _int(high))
                                       for low, high in merged["age_bands"]),
                       separate_nationalities=tuple(str(n).upper() for n in
                                                    merged["separate_nationalities"]),
                       regions={str(c).upper(): str(r) for c, r in merged["regions"].items()},
                       aggregators=_aggregators(merged.get("aggregators")),
                       dp=dp_from_json(merged.get("dp"), tables))
        except (TypeError, ValueError, AttributeError) as error:
            raise _invalid(f"la política de la red no es válida ({error})",
                           f"the network policy is not valid ({error})") from error

    @classmethod
    def parse(cls, text: str) -> NetworkPolicy:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            raise _invalid(f"la política de la red no es JSON ({error.msg})",
                           f"the network policy is not JSON ({error.msg})") from error
        return cls.from_json(data)


def band_label(low: int, high: int | None) -> str:
    return f"{low}+" if high is None else f"{low}-{high}"


def _aggregators(value: object) -> tuple[str, str] | None:
    if value is None:
        return None
    if not isinstance(value, dict) or set(value) != {"leader", "helper"} or not all(
            isinstance(url, str) and url.startswith(("https://", "http://"))
            for url in value.values()) or value["leader"] == value["helper"]:
        raise TypeError("aggregators must name two different servers, leader and helper")
    return str(value["leader"]), str(value["helper"])


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{value!r} is not a whole number")
    return value


def _check(policy: NetworkPolicy) -> None:
    if policy.period_type not in PERIOD_TYPES:
        raise _invalid("el periodo debe ser «month» o «quarter»",
                       "the period type must be 'month' or 'quarter'")
    if not 2 <= policy.k <= 100:
        raise _invalid("el umbral k debe estar entre 2 y 100", "k must be between 2 and 100")
    if not policy.tables or set(policy.tables) - set(TABLES) \
            or len(set(policy.tables)) != len(policy.tables):
        raise _invalid(f"las tablas deben ser algunas de {', '.join(TABLES)}",
                       f"the tables must be some of {', '.join(TABLES)}")
    expected, bounds = 0, set()
    for low, high in policy.age_bands:
        if low != expected or (high is not None and high < low):
            raise _invalid("los grupos de edad deben empezar en 0 y seguirse sin huecos",
                           "age bands must start at 0 and follow each other without gaps")
        bounds.add(low)
        if high is None:
            expected = -1
            continue
        expected = high + 1
    if expected != -1 or ADULT_AGE not in bounds:
        raise _invalid("los grupos de edad deben terminar abiertos («60+») y separar a "
                       "menores de 18", "age bands must end open ('60+') and split at 18")


def _invalid(es: str, en: str) -> InvalidInput:
    return InvalidInput("policy", Bilingual(es=es[0].upper() + es[1:] + ".",
                                            en=en[0].upper() + en[1:] + "."))
