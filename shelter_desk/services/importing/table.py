"""Where the table is in a sheet as shelters keep it: title rows, the shelter's name and
blank rows above the header; a header over two rows under merged cells («Documentos»
over «Tipo» and «Vigencia»); a totals row and the signature lines under the table.

Pure: rows in, the header and the data rows out, with every row left out and why
(`Skipped`), for the preview. The two-row header is read from the cells themselves, not
from the merged ranges (an XLSX lists those at the end of the sheet, and a CSV has
none): a group name above a run of sub-headers applies to each of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from shelter_desk.domain.errors import InvalidInput
from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.text import fold
from shelter_desk.services.importing.cells import FORMULA
from shelter_desk.services.importing.fields import field_for, is_row_number

Rows = Iterator[tuple[int, list[Any]]]
_LOOK_AHEAD = 40  # rows read to find the header; registers put it in the first ten
_TOTAL = re.compile(r"(total|totales|total general|gran total|suma|sumas|subtotal)\b")
_SIGNATURE = re.compile(r"(elaboro|elaborado por|reviso|revisado por|autorizo|"
                        r"autorizado por|vo ?bo|visto bueno|firma|atentamente|responsable|"
                        r"nombre y firma)\b")

TITLE = Bilingual("Título u otro texto encima del encabezado",
                  "Title or other text above the header")
TOTALS = Bilingual("Fila de totales", "Totals row")
NUMBERS_ONLY = Bilingual("Solo números y ningún nombre (sumas, o un renglón numerado vacío)",
                         "Only numbers and no name (sums, or an empty numbered line)")
SIGNATURE = Bilingual("Firma o pie de la hoja («Elaboró: …», «Vo. Bo.»)",
                      "Signature or footer («Elaboró: …», «Vo. Bo.»)")
BELOW = Bilingual("Debajo de la fila de totales o de las firmas: fuera de la tabla",
                  "Below the totals row or the signatures: outside the table")


@dataclass(frozen=True)
class Skipped:
    first: int  # row numbers as the spreadsheet shows them
    last: int
    reason: Bilingual


@dataclass
class Table:
    headers: list[str]
    sub_headers: list[str]  # the lower half of a two-row header ("" elsewhere)
    header_rows: tuple[int, ...]
    rows: Rows  # data rows only; `skipped` is complete once they have been read
    skipped: list[Skipped] = field(default_factory=list)
    last_seen: int = 0  # the last row with anything in it, to join runs of skipped rows


def _text(value: Any) -> str:
    if value is None or value is FORMULA:
        return ""
    return " ".join(str(value).split())


def _words(value: Any) -> str:
    return " ".join(fold(_text(value)).replace(".", " ").replace(":", " ").split())


def _blank(cells: list[Any]) -> bool:
    return not any(c is FORMULA or _text(c) for c in cells)


def _score(headers: list[str]) -> int:
    return sum(1 for h in headers if h and (field_for(h) is not None or is_row_number(h)))


def _label_row(cells: list[Any]) -> bool:
    """Only short words: what a header row holds, and a data row seldom does."""
    texts = [c for c in cells if c is not None and _text(c)]
    return bool(texts) and all(isinstance(c, str) and len(c) <= 60
                               and not any(ch.isdigit() for ch in c) for c in texts)


def _combine(top: list[str], bottom: list[str]) -> list[str]:
    """«Documentos» over «Tipo», blank over «Vigencia» -> «Documentos Tipo»,
    «Documentos Vigencia»; a cell with nothing below keeps its own name."""
    width = max(len(top), len(bottom))
    top, bottom = top + [""] * (width - len(top)), bottom + [""] * (width - len(bottom))
    names, group = [], ""
    for upper, lower in zip(top, bottom, strict=True):
        if upper:
            group = upper if lower else ""
        elif not lower:
            group = ""
        names.append(" ".join(part for part in (upper or (group if lower else ""), lower)
                              if part))
    return names


def _spans(top: list[str], bottom: list[str], *, merged_down: bool = True) -> bool:
    """A group cell with sub-headers under it and under the blank cell to its right,
    and a cell whose name sits above a blank (merged down): a header over two rows."""
    width = min(len(top), len(bottom))
    under_blank = any(not top[i] and bottom[i] and bottom[i - 1] and top[i - 1]
                      for i in range(1, width))
    down = any(top[i] and (i >= len(bottom) or not bottom[i]) for i in range(len(top)))
    return under_blank and (down or not merged_down)


def find_table(rows: Rows) -> Table:
    buffered: list[tuple[int, list[Any]]] = []
    looked = 0  # rows read since the first that is not blank
    for number, cells in rows:
        if looked or not _blank(cells):
            looked += 1
        buffered.append((number, cells))
        if looked >= _LOOK_AHEAD:
            break
    filled = [(n, c) for n, c in buffered if not _blank(c)]
    if not filled:
        _close(rows)
        raise InvalidInput("file", Bilingual("La hoja no tiene filas con datos.",
                                             "The sheet has no rows with data."))
    texts = {n: [_text(c) for c in cells] for n, cells in filled}
    scores = {n: _score(texts[n]) for n, _c in filled}
    best = max(scores.values())
    header_at = next(n for n, _c in filled if scores[n] == best)
    header_rows: tuple[int, ...] = (header_at,)
    headers, sub_headers = texts[header_at], [""] * len(texts[header_at])
    position = [n for n, _c in buffered].index(header_at)
    raw = dict(buffered)
    below = buffered[position + 1][0] if position + 1 < len(buffered) else None
    above = buffered[position - 1][0] if position > 0 else None
    if below is not None and _label_row(raw[below]) and _spans(headers, texts[below]):
        combined = _combine(headers, texts[below])
        if _score(combined) + _score(texts[below]) >= best:
            headers, sub_headers = combined, texts[below]
            header_rows = (header_at, below)
    elif (above is not None and _label_row(raw[above])
          and sum(1 for t in texts[above] if t) >= 2
          and _spans(texts[above], headers, merged_down=False)):
        combined = _combine(texts[above], headers)
        # Joined only when the group tells what a sub-header alone does not («Tipo»
        # under «Documento»): a title above the header tells nothing.
        if any(field_for(whole) is not None and field_for(part) is None
               for whole, part in zip(combined, headers, strict=False)):
            sub_headers, headers = list(headers), combined
            header_rows = (above, header_at)
    table = Table(headers, sub_headers, header_rows, iter(()))
    for number, cells in buffered:
        if number < header_rows[0] and not _blank(cells):
            _skip(table, number, TITLE)
    table.last_seen = header_rows[-1]
    rest = (pair for pair in buffered if pair[0] > header_rows[-1])
    table.rows = _data(table, _chain(rest, rows), rows)
    return table


def _chain(first: Any, then: Rows) -> Rows:
    yield from first
    yield from then


def _skip(table: Table, number: int, reason: Bilingual) -> None:
    last = table.skipped[-1] if table.skipped else None
    if last is not None and last.reason is reason and last.last == table.last_seen:
        table.skipped[-1] = Skipped(last.first, number, reason)  # blank rows between too
    else:
        table.skipped.append(Skipped(number, number, reason))
    table.last_seen = number


def _numbers_only(cells: list[Any]) -> bool:
    for cell in cells:
        if cell is None or cell is FORMULA or isinstance(cell, (int, float)):
            continue
        if isinstance(cell, (str, date)) and not _text(cell):
            continue
        if isinstance(cell, str) and re.fullmatch(r"[\d.,$ -]+", cell.strip()):
            continue
        return False
    return True


def _data(table: Table, rows: Rows, source: Rows) -> Rows:
    ended = False
    try:
        for number, cells in rows:
            if _blank(cells):
                continue
            words = [w for w in (_words(c) for c in cells) if w] or [""]
            if words[0] and _SIGNATURE.match(words[0]):
                _skip(table, number, SIGNATURE)
                ended = True
            elif ended:
                _skip(table, number, BELOW)
            elif any(_TOTAL.match(w) for w in words[:3]):
                _skip(table, number, TOTALS)
                ended = True
            elif _numbers_only(cells):
                _skip(table, number, NUMBERS_ONLY)
            else:
                table.last_seen = number
                yield number, cells
    finally:
        _close(source)


def _close(rows: Rows) -> None:
    close = getattr(rows, "close", None)  # a generator: release the file
    if close is not None:
        close()
