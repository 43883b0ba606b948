"""From counted tables to the report that will leave: nationalities generalised, the
minors table tied to the people table, disclosure control applied, and the document
(format shelter-desk-report/1) built with withheld counts as null."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from shelter_desk.network.cells import STAR, Key, Link, NetworkTable, Var, all_counts, relations
from shelter_desk.network.knowledge import Publication
from shelter_desk.network.policy import NetworkPolicy
from shelter_desk.network.suppression import protect

FORMAT = "shelter-desk-report/1"


@dataclass(frozen=True)
class ProtectedReport:
    """A report ready for preview: what leaves, and what the vault keeps to protect the
    next revision of the same period."""

    tables: tuple[NetworkTable, ...]
    publication: Publication
    separate: tuple[str, ...]  # nationalities shown on their own in this period
    left_out: int | None  # people left out for lack of consent, None when withheld


def minors_link(policy: NetworkPolicy) -> Link:
    minors = policy.minor_bands()
    return Link("people", "minors",
                lambda key: "children" if key[1] in minors else None, lambda _key: "children")


def generalise(people: NetworkTable, policy: NetworkPolicy,
               previously_separate: tuple[str, ...] | None = None) -> tuple[NetworkTable,
                                                                           tuple[str, ...]]:
    """Nationalities the policy shows on their own stay so when at least k people of
    them are counted; every other one is merged into its region. A later revision of the
    period keeps the first one's choice, whatever the counts now: regrouping would tie
    its counts to the earlier ones in ways the auditor does not model."""
    if previously_separate is not None:
        separate = tuple(sorted(set(previously_separate) & set(policy.separate_nationalities)))
    else:
        by_nationality: dict[str, int] = defaultdict(int)
        for (nationality, _band, _sex), count in people.cells.items():
            by_nationality[nationality] += count
        separate = tuple(sorted(nationality for nationality in policy.separate_nationalities
                                if by_nationality.get(nationality, 0) >= policy.k))
    cells: dict[Key, int] = defaultdict(int)
    for (nationality, band, sex), count in people.cells.items():
        group = nationality if nationality in separate else policy.region_of(nationality)
        cells[(group, band, sex)] += count
    return NetworkTable(people.key, people.dimensions, dict(cells)), separate


def protect_tables(raw: Mapping[str, NetworkTable], left_out: int, policy: NetworkPolicy,
                   previous: Publication | None = None,
                   previously_separate: tuple[str, ...] | None = None) -> ProtectedReport:
    tables = dict(raw)
    separate: tuple[str, ...] = ()
    if "people" in tables:
        tables["people"], separate = generalise(tables["people"], policy, previously_separate)
    ordered = tuple(tables[key] for key in policy.tables if key in tables)
    protected = protect(all_counts(ordered), relations(ordered, [minors_link(policy)]),
                        policy.k, previous)
    # The left-out count is a count of people too: withheld when small. It is tied to
    # nothing published (the attended total before consent is never sent).
    shown_left_out = left_out if left_out == 0 or left_out >= policy.k else None
    return ProtectedReport(ordered, protected.publication, separate, shown_left_out)


def table_document(table: NetworkTable, publication: Publication) -> dict[str, Any]:
    counts = {var: value for var, value in publication.values.items() if var[0] == table.key}
    rows = [{"key": list(var[1]),
             "count": None if var in publication.suppressed else value}
            for var, value in sorted(counts.items(), key=lambda item: _order(item[0]))]
    return {"key": table.key, "dimensions": list(table.dimensions), "counts": rows}


def _order(var: Var) -> tuple[int, Key]:
    """Cells first, then one-dimensional margins, the total last."""
    return (sum(value == STAR for value in var[1]), var[1])


def report_document(protected: ProtectedReport, *, organisation_id: str, period: str,
                    revision: int, generated_at: str, policy: NetworkPolicy) -> dict[str, Any]:
    return {
        "format": FORMAT, "organisation_id": organisation_id, "period": period,
        "revision": revision, "generated_at": generated_at, "policy": policy.to_json(),
        "left_out_without_consent": protected.left_out,
        "tables": [table_document(table, protected.publication)
                   for table in protected.tables],
    }
