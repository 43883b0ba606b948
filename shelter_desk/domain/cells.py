"""A spreadsheet cell that can never run as a formula: shared by the app's exports and the
hub's CSV (both put text others typed into files a coordinator opens in a spreadsheet).

A spreadsheet opens a cell that starts with '=', '+', '-' or '@' as a formula; such cells
(and those starting with a tab or a carriage return, per OWASP) get a leading apostrophe,
which spreadsheets show as text.
"""

from __future__ import annotations

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
