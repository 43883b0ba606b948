"""Registers as shelters keep them, written into a test's tmp_path: synthetic people only.

- `intake_xlsx`: the register's title and the shelter's name above the table, a blank
  row, a header over two rows under merged cells («Documentos» over «Tipo», «Número»
  and «Vigencia»), paternal and maternal surnames apart, demonyms, dates as real date
  cells, dd/mm/yyyy, d-m-yy, «2-oct-25» and Excel serial numbers, a hidden column, a
  TOTAL row with a formula and the signature lines under it.
- `full_name_csv`: a CSV saved by an Excel set to US English: a title row, the full name
  in one column, dates month first, «Total general» and a line after it.
- `demonym_csv`: one misspelt nationality in many rows, to be answered once.
- `wide_xlsx`: a sheet of 300 columns.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

SHELTER = "Casa Refugio Las Golondrinas (sintética)"
TOP = ["No.", "NOMBRE(S)", "AP. PATERNO", "AP. MATERNO", "F. NAC.", "NACIONALIDAD",
       "FECHA INGRESO", "Documentos", None, None, "TEL.", "No. de hijos", "OBSERVACIONES",
       "Trabajadora"]
SUB = [None] * 7 + ["Tipo", "Número", "Vigencia"] + [None] * 4
# (given, paternal, maternal, birth, nationality, arrival, doc type, number, expiry,
#  phone, children, remarks)
INTAKE = [
    ("Zuleima", "Prueba", "Ficticia", datetime(1991, 5, 14), "GUATEMALTECA",
     "03/02/2025", "FMM", "FMM-0001", "2-oct-27", "5512345678", 2, "llegó con sus hijas"),
    ("Arely Noemí", "Inventada", "Modelo", "07/11/1988", "hondureña", datetime(2025, 2, 9),
     "tarjeta de residente", "TRT-0002", "15/08/2028", "", 0, ""),
    ("Yadira", "Ejemplo", "", "5-3-99", "Salvadoreña", 45700, "constancia de COMAR",
     "COMAR-0003", None, "", 1, "solicita refugio"),
    ("Maybelline", "Sintética", "Demo", 33000, "hondureños", "2-oct-25", "acta", "", None,
     "", None, ""),
    ("Lesbia", "Ficticia", "Prueba", "1993-12-01", "Nicaragüense", "20/10/2025", "CURP",
     "PRUE931201MNEXXX01", None, "", 3, ""),
    ("Fátima", "Modelo", "Inventada", "30/06/2001", "venezolana", "21/10/2025", None, None,
     None, "", None, "sin documentos"),
]
FIRST_DATA_ROW = 6


def intake_xlsx(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Ingresos 2025"
    sheet.append(["REGISTRO DE INGRESOS 2025"])
    sheet.append([SHELTER])
    sheet.append([])
    sheet.append(TOP)
    sheet.append(SUB)
    sheet.merge_cells("A1:N1")
    sheet.merge_cells("A2:N2")
    for column in "ABCDEFGKLMN":
        sheet.merge_cells(f"{column}4:{column}5")
    sheet.merge_cells("H4:J4")
    for number, row in enumerate(INTAKE, start=1):
        (given, paternal, maternal, born, nationality, arrived, kind, doc, expires, phone,
         children, remarks) = row
        sheet.append([number, given, paternal, maternal, born, nationality, arrived, kind,
                      doc, expires, phone, children, remarks, "Vol. Sintética"])
    total_row = FIRST_DATA_ROW + len(INTAKE)
    sheet.append(["TOTAL", f"=COUNTA(B{FIRST_DATA_ROW}:B{total_row - 1})"])
    sheet.append([])
    sheet.append(["Elaboró: Lic. Nombre Ficticio"])
    sheet.append(["Vo. Bo. Coordinación"])
    sheet.column_dimensions["N"].hidden = True  # who took the intake: kept out
    workbook.save(path)
    return path


FULL_NAME_HEADER = ["NOMBRE COMPLETO", "NACIONALIDAD", "FECHA DE INGRESO", "TIPO DOC",
                    "NUM. DOC.", "VIGENCIA", "Albergue anterior"]
FULL_NAMES = [
    ("Ana Lucía Prueba Ficticia", "GUATEMALTECO", "04/25/2025", "Pasaporte", "P-1", "12/31/2030",
     "Casa Ejemplo"),
    ("María de la Cruz Modelo", "Honduras", "3/4/2025", "", "", "", ""),
    ("Rocío Inventada", "Hondura", "12/1/2025", "FMM", "F-2", "1/15/2027", ""),
    ("Xiomara Belén Ejemplo Demo", "Guatamala", "10/13/2025", "", "", "", "Albergue Demo"),
]


def full_name_csv(path: Path) -> Path:
    lines = [f"Lista de personas atendidas;{SHELTER};;;;;", ";;;;;;",
             ";".join(FULL_NAME_HEADER), *(";".join(row) for row in FULL_NAMES),
             "Total general;4;;;;;", ";;;;;;", "Nota al pie;;;;;;"]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def demonym_csv(path: Path, rows: int = 37, spelling: str = "GUATEMALTECQ") -> Path:
    lines = ["Nombre,Apellidos,Fecha de nacimiento,Nacionalidad"]
    lines += [f"Persona{n},Prueba Ficticia,{date(1990, 1, 1 + n % 28):%d/%m/%Y},{spelling}"
              if n % 2 else f"Persona{n},Prueba Ficticia,,{spelling.lower()}"
              for n in range(rows)]
    lines.append("Otra,Prueba,,Honduras")
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def wide_xlsx(path: Path, columns: int = 300) -> Path:
    """A sheet of `columns` columns: the name, then one column of data after another."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Nombre", "Apellidos"] + [f"Dato {n}" for n in range(columns - 2)])
    sheet.append(["Ana", "Prueba"] + [f"v{n}" for n in range(columns - 2)])
    workbook.save(path)
    return path
