"""What the preview says about the whole file, line by line in both languages: where the
table was found, the rows left out and why, the columns kept as notes or left out, how
the dates were read, the names split (a guess to check), the values to answer once.
Pure, for the dialog and the command line alike."""

from __future__ import annotations

from shelter_desk.domain.messages import Bilingual
from shelter_desk.services.importing.fields import LABELS
from shelter_desk.services.importing.plan import ImportPlan, UnreadValue

_LISTED = 8  # columns named in one line; more are counted


def _rows(first: int, last: int) -> Bilingual:
    if first == last:
        return Bilingual(f"Fila {first}", f"Row {first}")
    return Bilingual(f"Filas {first}-{last}", f"Rows {first}-{last}")


def _names(columns: tuple[str, ...]) -> str:
    shown = ", ".join(f"«{column}»" for column in columns[:_LISTED])
    more = len(columns) - _LISTED
    return shown + (f" (+{more})" if more > 0 else "")


def unread_line(value: UnreadValue) -> Bilingual:
    count, label = len(value.rows), LABELS[value.field]
    rows_es = "la fila" if count == 1 else f"las {count} filas"
    rows_en = "the row" if count == 1 else f"the {count} rows"
    return Bilingual(f"{label.es}: «{value.written}» no se reconoce, en {rows_es}; elige "
                     "qué es, una vez para todo el archivo.",
                     f"{label.en}: '{value.written}' is not recognised, in {rows_en}; "
                     "choose what it is, once for the whole file.")


def describe(plan: ImportPlan) -> list[Bilingual]:
    lines: list[Bilingual] = []
    header = _rows(plan.header_rows[0], plan.header_rows[-1])
    lines.append(Bilingual(f"Encabezado: {header.es.lower()}.",
                           f"Header: {header.en.lower()}."))
    for skipped in plan.skipped:
        where = _rows(skipped.first, skipped.last)
        lines.append(Bilingual(f"{where.es} sin importar: {skipped.reason.es}.",
                               f"{where.en} not imported: {skipped.reason.en}."))
    if plan.note_columns:
        names = _names(plan.note_columns)
        lines.append(Bilingual(f"Se guardan como nota del expediente: {names}.",
                               f"Kept as a note on the case file: {names}."))
    if plan.hidden_columns:
        names = _names(plan.hidden_columns)
        lines.append(Bilingual(f"Columnas ocultas en la hoja, sin importar: {names} "
                               "(asígnalas a un campo si las quieres).",
                               f"Columns hidden in the sheet, not imported: {names} "
                               "(map them to a field to bring them in)."))
    if plan.unmapped_columns:
        names = _names(plan.unmapped_columns)
        lines.append(Bilingual(f"Columnas sin importar: {names}.",
                               f"Columns not imported: {names}."))
    for column, order in plan.date_orders:
        if order.order == "mdy":
            lines.append(Bilingual(
                f"«{column}» se lee mes/día/año: {order.month_first_evidence} de sus fechas "
                f"solo pueden leerse así (como 04/25/2025), {order.day_first_evidence} "
                f"día/mes/año; las {order.ambiguous} ambiguas se leen mes/día/año.",
                f"'{column}' is read month/day/year: {order.month_first_evidence} of its "
                f"dates can only be read so (like 04/25/2025), {order.day_first_evidence} "
                f"day/month/year; the {order.ambiguous} ambiguous ones are read month/day/"
                "year."))
        elif order.ambiguous == 1:
            lines.append(Bilingual(
                f"«{column}»: 1 fecha como 03/04/2025 se lee día/mes/año, como el resto de "
                "la columna.",
                f"'{column}': 1 date like 03/04/2025 is read day/month/year, like the rest "
                "of the column."))
        else:
            lines.append(Bilingual(
                f"«{column}»: {order.ambiguous} fechas como 03/04/2025 se leen día/mes/año, "
                "como el resto de la columna.",
                f"'{column}': {order.ambiguous} dates like 03/04/2025 are read day/month/"
                "year, like the rest of the column."))
    if plan.name_split is not None:
        split = plan.name_split
        examples = "; ".join(f"{whole} → {given} | {family}"
                             for whole, given, family in split.examples)
        lines.append(Bilingual(
            f"«{split.column}» se divide en nombre(s) y apellidos tomando las dos últimas "
            f"palabras como apellidos ({split.rows} filas). Es una suposición: revísala. "
            f"Ejemplos: {examples}.",
            f"'{split.column}' is split into given names and surnames taking the last two "
            f"words as the surnames ({split.rows} rows). It is a guess: check it. "
            f"Examples: {examples}."))
    lines.extend(unread_line(value) for value in plan.unread)
    return lines
