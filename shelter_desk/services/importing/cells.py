"""The one marker a sheet's cells may hold besides values (apart from source.py so that
the table finder can see it without importing the readers)."""

from __future__ import annotations


class _Formula:
    """A formula cell without a saved value: never computed here."""

    def __repr__(self) -> str:
        return "FORMULA"


FORMULA = _Formula()
