"""The fixed domain of cells a member's shares cover, the same for every member: set by
the network's policy (tables, age bands, nationalities shown on their own, regions) and
the catalogue (document types, rights, institution types, reasons, case types), with
every category listed, zeros included. Its SHA-256 travels in every share so that two
servers with different policies, or a member with an old one, are refused rather than
added up into the wrong cells."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import product

from shelter_desk.catalog.loader import Catalog, default_catalog
from shelter_desk.domain.barriers import Outcome
from shelter_desk.domain.documents import DocumentStatus
from shelter_desk.domain.followup import ReferralStatus
from shelter_desk.domain.people import Sex
from shelter_desk.network.cells import Key, NetworkTable
from shelter_desk.network.policy import OTHER_REGION, NetworkPolicy

UNKNOWN = "unknown"
DIMENSIONS: dict[str, tuple[str, ...]] = {
    "people": ("nationality", "age_band", "sex"), "minors": ("group",),
    "documents": ("type", "status"),
    "barriers": ("right", "institution_type", "reason", "outcome"),
    "case_types": ("case_type", "event"), "referrals": ("status",)}


@dataclass(frozen=True)
class ShareDomain:
    cells: dict[str, tuple[Key, ...]]  # table -> its cells, in the order of the shares

    def length(self, table: str) -> int:
        return len(self.cells[table])

    def sha256(self) -> str:
        data = json.dumps({key: [list(cell) for cell in cells]
                           for key, cells in sorted(self.cells.items())},
                          separators=(",", ":"), ensure_ascii=True)
        return hashlib.sha256(data.encode("ascii")).hexdigest()

    def vectors(self, tables: Mapping[str, NetworkTable], policy: NetworkPolicy
                ) -> tuple[dict[str, list[int]], int]:
        """(table -> counts in domain order, how many counted items fall outside the
        domain: a category the network's catalogue does not know)."""
        vectors: dict[str, list[int]] = {}
        outside = 0
        for key, cells in self.cells.items():
            index = {cell: i for i, cell in enumerate(cells)}
            vector = [0] * len(cells)
            table = tables.get(key)
            for cell, count in (table.cells.items() if table else ()):
                place = index.get(_grouped(key, cell, policy))
                if place is None:
                    outside += count
                    continue
                vector[place] += count
            vectors[key] = vector
        return vectors, outside

    def tables(self, vectors: Mapping[str, Sequence[int]]) -> dict[str, NetworkTable]:
        """Counts in domain order back to tables (zero cells left out, as cells.py wants)."""
        return {key: NetworkTable(key, DIMENSIONS[key], {
            cell: count for cell, count in zip(self.cells[key], vectors[key], strict=True)
            if count}) for key in self.cells}


def share_domain(policy: NetworkPolicy, catalog: Catalog | None = None) -> ShareDomain:
    catalog = catalog or default_catalog()
    nationalities = (*sorted(policy.separate_nationalities),
                     *sorted(set(policy.regions.values()) - {OTHER_REGION}), OTHER_REGION)
    categories: dict[str, tuple[tuple[str, ...], ...]] = {
        "people": (nationalities, (*policy.band_labels(), UNKNOWN), tuple(Sex)),
        "minors": (("unaccompanied", "with_family"),),
        "documents": (tuple(sorted(catalog.document_types)), tuple(DocumentStatus)),
        "barriers": (tuple(sorted(catalog.rights)), tuple(sorted(catalog.institution_types)),
                     (*sorted(catalog.barrier_reasons), "none"), tuple(Outcome)),
        "case_types": (tuple(sorted(catalog.case_types)), ("opened", "closed")),
        "referrals": (tuple(ReferralStatus),),
    }
    return ShareDomain({key: tuple(tuple(str(v) for v in cell)
                                   for cell in product(*categories[key]))
                        for key in policy.tables})


def _grouped(table: str, cell: Key, policy: NetworkPolicy) -> Key:
    """A raw people cell's nationality in its network group (shown on its own, or its
    region): one grouping for the whole network, so that all members' cells line up."""
    if table != "people":
        return cell
    nationality, *rest = cell
    group = nationality if nationality in policy.separate_nationalities \
        else policy.region_of(nationality)
    return (group, *rest)
