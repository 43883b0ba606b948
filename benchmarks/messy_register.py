"""A shelter's intake register as volunteers keep it in Excel, at benchmark size:
synthetic people only (benchmarks/synthetic.py's names)."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from benchmarks.synthetic import GIVEN_NAMES, SURNAMES

TOP = ["No.", "NOMBRE(S)", "AP. PATERNO", "AP. MATERNO", "F. NAC.", "NACIONALIDAD",
       "FECHA INGRESO", "Documentos", None, None, "TEL.", "No. de hijos", "OBSERVACIONES",
       "Trabajadora"]
SUB = [None] * 7 + ["Tipo", "Número", "Vigencia"] + [None] * 4
_DEMONYMS = ("GUATEMALTECA", "hondureña", "Salvadoreña", "HONDUREÑA", "guatemalteca",
             "venezolana", "Haitiana", "cubana", "Nicaragüense", "colombiana", "Honduras",
             "Guatamala", "El Salvador")
_DOCUMENTS = ("FMM", "tarjeta de residente", "constancia de COMAR", "acta", "CURP",
              "Pasaporte", "TVRH")
_MONTHS = ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic")
_EXCEL_EPOCH = date(1899, 12, 30)


def _written(day: date, style: int) -> object:
    """The same date the five ways a register mixes them."""
    if style == 0:
        return datetime(day.year, day.month, day.day)
    if style == 1:
        return day.strftime("%d/%m/%Y")
    if style == 2:
        return f"{day.day}-{day.month}-{day.year % 100:02d}"
    if style == 3:
        return f"{day.day}-{_MONTHS[day.month - 1]}-{day.year % 100:02d}"
    return (day - _EXCEL_EPOCH).days


def write(path: Path, *, seed: int, count: int) -> Path:
    from openpyxl import Workbook

    rng = random.Random(seed)  # synthetic data, not secrets
    today = date.today()
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["REGISTRO DE INGRESOS"])
    sheet.append(["Casa Refugio Sintética A.C."])
    sheet.append([])
    sheet.append(TOP)
    sheet.append(SUB)
    sheet.merge_cells("A1:N1")
    for column in "ABCDEFGKLMN":
        sheet.merge_cells(f"{column}4:{column}5")
    sheet.merge_cells("H4:J4")
    for number in range(1, count + 1):
        born = date(1970, 1, 1) + timedelta(days=rng.randint(0, 34 * 365))
        arrived = today - timedelta(days=rng.randint(1, 700))
        expires = today + timedelta(days=rng.randint(30, 1500))
        sheet.append([number, rng.choice(GIVEN_NAMES), rng.choice(SURNAMES),
                      rng.choice(SURNAMES), _written(born, rng.randrange(5)),
                      rng.choice(_DEMONYMS), _written(arrived, rng.randrange(5)),
                      rng.choice(_DOCUMENTS), f"D-{seed}-{number}",
                      _written(expires, rng.randrange(4)), f"55{rng.randint(0, 99999999):08d}",
                      rng.randint(0, 4), rng.choice(("", "", "llegó con sus hijas",
                                                     "solicita refugio")),
                      "Vol. Sintética"])
    sheet.append(["TOTAL", f"=COUNTA(B6:B{count + 5})"])
    sheet.append([])
    sheet.append(["Elaboró: Lic. Nombre Ficticio"])
    sheet.column_dimensions["N"].hidden = True
    workbook.save(path)
    return path
