"""What the vault keeps of an approved report so that the next revision of its period
can be protected against it: every true count, what was withheld, the nationalities
shown on their own, and the policy. Stored inside the encrypted vault, never sent."""

from __future__ import annotations

from typing import Any

from shelter_desk.network.cells import STAR, NetworkTable, relations
from shelter_desk.network.knowledge import Publication
from shelter_desk.network.policy import NetworkPolicy
from shelter_desk.network.report import ProtectedReport, minors_link


def to_record(protected: ProtectedReport, policy: NetworkPolicy) -> dict[str, Any]:
    publication = protected.publication
    return {
        "policy": policy.to_json(),
        "dimensions": {table.key: list(table.dimensions) for table in protected.tables},
        "values": [[table, list(key), value]
                   for (table, key), value in sorted(publication.values.items())],
        "suppressed": sorted([table, list(key)] for table, key in publication.suppressed),
        "separate": list(protected.separate),
    }


def from_record(record: dict[str, Any]) -> tuple[Publication, tuple[str, ...]]:
    policy = NetworkPolicy.from_json(record["policy"])
    values = {(table, tuple(key)): int(value) for table, key, value in record["values"]}
    tables = [NetworkTable(key, tuple(dimensions),
                           {cell: value for (table, cell), value in values.items()
                            if table == key and STAR not in cell})
              for key, dimensions in record["dimensions"].items()]
    suppressed = frozenset((table, tuple(key)) for table, key in record["suppressed"])
    publication = Publication(values, suppressed, relations(tables, [minors_link(policy)]))
    return publication, tuple(record["separate"])
