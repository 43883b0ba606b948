"""The same numbers as a DHIS2 `dataValueSets` document, for networks that already run
DHIS2. The network provides the mapping from report cells to its data elements and
category option combos; withheld cells are left out, mapped cells absent from the report
(zeros) are sent as "0", and cells the mapping does not name are counted, not sent.

Mapping file (JSON): {"dataSet": "...", "orgUnit": "...", "cells": [{"table": "people",
"key": ["HN", "18-29", "female"], "dataElement": "...", "categoryOptionCombo": "...",
"attributeOptionCombo": "..." (optional)}]}
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual

_UID = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass(frozen=True)
class Dhis2Export:
    document: dict[str, Any]
    sent: int
    withheld: int  # mapped cells left out because the report withholds them
    unmapped: int  # published cells the mapping does not name


def period_code(period: str) -> str:
    """'2026-Q3' -> '2026Q3', '2026-09' -> '202609' (DHIS2's period ids)."""
    return period.replace("-", "")


def parse_mapping(data: bytes) -> dict[str, Any]:
    try:
        mapping = json.loads(data.decode("utf-8"))
        if not isinstance(mapping, dict):
            raise TypeError("not an object")
        for name in ("dataSet", "orgUnit"):
            _uid(mapping.get(name), name)
        cells = mapping.get("cells")
        if not isinstance(cells, list) or not cells:
            raise TypeError("no cells")
        for cell in cells:
            if not isinstance(cell, dict) or not isinstance(cell.get("table"), str) \
                    or not isinstance(cell.get("key"), list) \
                    or not all(isinstance(v, str) for v in cell["key"]):
                raise TypeError("a cell needs table and key")
            _uid(cell.get("dataElement"), "dataElement")
            _uid(cell.get("categoryOptionCombo"), "categoryOptionCombo")
            if "attributeOptionCombo" in cell:
                _uid(cell["attributeOptionCombo"], "attributeOptionCombo")
    except (UnicodeDecodeError, json.JSONDecodeError, TypeError, ValueError) as error:
        raise InvalidInput("mapping", Bilingual(
            es=f"El archivo de correspondencias DHIS2 no es válido ({error}).",
            en=f"The DHIS2 mapping file is not valid ({error}).")) from error
    return mapping


def _uid(value: object, name: str) -> None:
    if not isinstance(value, str) or not _UID.fullmatch(value):
        raise ValueError(f"{name} must be a DHIS2 id")


def data_value_set(report: dict[str, Any], mapping: dict[str, Any]) -> Dhis2Export:
    counts = {(table["key"], tuple(row["key"])): row["count"]
              for table in report["tables"] for row in table["counts"]}
    tables = {table["key"] for table in report["tables"]}
    values, withheld, mapped = [], 0, set()
    for cell in mapping["cells"]:
        where = (cell["table"], tuple(cell["key"]))
        if cell["table"] not in tables:
            continue
        mapped.add(where)
        count = counts.get(where, 0)
        if count is None:
            withheld += 1
            continue
        value = {"dataElement": cell["dataElement"],
                 "categoryOptionCombo": cell["categoryOptionCombo"], "value": str(count)}
        if "attributeOptionCombo" in cell:
            value["attributeOptionCombo"] = cell["attributeOptionCombo"]
        values.append(value)
    unmapped = sum(1 for where, count in counts.items()
                   if count is not None and where not in mapped)
    document = {"dataSet": mapping["dataSet"], "period": period_code(report["period"]),
                "orgUnit": mapping["orgUnit"], "completeDate": report["generated_at"][:10],
                "dataValues": values}
    return Dhis2Export(document, len(values), withheld, unmapped)
