"""Names as registers hold them: the full name in one column, or the paternal and the
maternal surname in two.

Splitting a full name is a guess, and the preview says so: with three words or more the
last two are taken as the two surnames, as Spanish names are usually written («Ana María
López Pérez»); the particles of a compound surname go with the word after them («María
de la Cruz López» is María | de la Cruz López). A register that writes the surnames
first cannot be told apart from the words alone: the person checks the examples shown.
"""

from __future__ import annotations

_PARTICLES = frozenset({"de", "del", "la", "las", "los", "y", "san", "van", "von", "da"})


def _units(words: list[str]) -> list[str]:
    """'de la Cruz' is one unit: particles join the word that follows them."""
    units: list[str] = []
    pending: list[str] = []
    for word in words:
        pending.append(word)
        if word.casefold() not in _PARTICLES:
            units.append(" ".join(pending))
            pending = []
    if pending:  # a name ending in a particle: keep it on the last unit
        if units:
            units[-1] = " ".join([units[-1], *pending])
        else:
            units.append(" ".join(pending))
    return units


def split_full_name(full: str) -> tuple[str, str]:
    """(given names, surnames)."""
    units = _units(full.split())
    if len(units) >= 3:
        return " ".join(units[:-2]), " ".join(units[-2:])
    if len(units) == 2:
        return units[0], units[1]
    return (units[0] if units else ""), ""


def join_surnames(paternal: str, maternal: str) -> str:
    """The Mexican way: paternal, then maternal."""
    return " ".join(part for part in (paternal.strip(), maternal.strip()) if part)
