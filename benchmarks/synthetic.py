"""Deterministic, synthetic rows shaped like the future person/case table.

Names are drawn independently from lists of common Spanish given names and surnames, so
every combination is made up: no row describes a real person. Frequencies are skewed
(Zipf-like) because real name and word frequencies are, and FTS cost depends on how long
the posting lists of common terms are.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import accumulate

GIVEN_NAMES = (
    "María", "Ana", "Rosa", "Carmen", "Daniela", "Gabriela", "Yesenia", "Karla", "Wendy",
    "Fernanda", "Lucía", "Sofía", "Valentina", "Andrea", "Paola", "Marisol", "Marta",
    "Glenda", "Keila", "Yolanda", "Esther", "Jennifer", "Nayeli", "Brenda", "Patricia",
    "Guadalupe", "Isabel", "Elena", "Alejandra", "Claudia", "Mirna", "Lesly", "Dayana",
    "Génesis", "Belén", "Inés", "Mónica", "Josefina", "Dolores", "Concepción", "Reina",
    "Sandra", "Xiomara", "Yadira", "Ingrid", "Lorena", "Silvia", "Verónica", "Angélica",
    "Jimena", "Ximena", "Abigail", "Noemí", "Raquel", "Damaris", "Evelyn", "Milagros",
    "Fátima", "Ruth", "Nelly", "Zulema", "Odalys", "Yuliana", "Katherine", "Maribel",
)

SURNAMES = (
    "García", "Hernández", "López", "Martínez", "González", "Pérez", "Rodríguez",
    "Sánchez", "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vásquez", "Reyes",
    "Jiménez", "Torres", "Díaz", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz",
    "Castillo", "Chávez", "Romero", "Rivera", "Ramos", "Herrera", "Medina", "Castro",
    "Vargas", "Domínguez", "Guzmán", "Velásquez", "Mejía", "Orellana", "Alvarado",
    "Escobar", "Portillo", "Zelaya", "Pineda", "Cárdenas", "Núñez", "Fuentes", "Ávila",
    "Salazar", "Ibáñez", "Peña", "Quiñónez", "Argueta", "Funes", "Lemus", "Cabrera",
    "Sosa", "Maldonado", "Rosales", "Figueroa", "Bonilla", "Osorio", "Cerna", "Avendaño",
    "Paz", "Murillo", "Valle", "Pacheco", "Estrada", "Solís", "Barrios", "Montenegro",
)

SUMMARY_WORDS = (
    "llegó", "al", "albergue", "con", "sus", "dos", "hijos", "solicita", "asesoría",
    "migratoria", "atención", "psicológica", "médica", "situación", "de", "riesgo",
    "protección", "refugio", "ante", "la", "comisión", "trámite", "documentación",
    "niños", "niña", "pequeña", "frontera", "tránsito", "violencia", "familiar",
    "denuncia", "seguimiento", "canalizada", "visa", "humanitaria", "empleo", "vivienda",
    "salud", "embarazo", "semanas", "consulta", "acompañamiento", "legal", "audiencia",
    "entrevista", "traslado", "Tapachula", "Tijuana", "Monterrey", "Puebla", "Ciudad",
    "México", "madre", "hermana", "pareja", "amenazas", "pandilla", "extorsión", "huyó",
    "país", "origen", "sin", "recursos", "espera", "resolución", "cita", "oficina",
    "regularización", "apoyo", "económico", "alimentación", "ropa", "escuela",
    "inscripción", "vacunas", "clínica", "hospital", "abogada", "trabajadora", "social",
    "taller", "costura", "cocina", "contacto", "teléfono", "perdido", "robo", "papeles",
    "acta", "nacimiento", "pasaporte", "constancia", "estancia", "temporal", "permanente",
    "solicitud", "admitida", "rechazada", "revisión", "recurso", "plazo", "días", "mes",
    "semana", "pendiente", "urgente", "estable", "mejoría", "ansiedad", "insomnio",
    "duelo", "red", "comunitaria", "iglesia", "organización", "aliada", "refiere",
    "reporta", "manifiesta", "desea", "continuar", "viaje", "norte", "quedarse",
    "trabajo", "limpieza", "restaurante", "mercado", "y", "en", "por", "para", "el", "su",
)

# Skewed as the shelters' intake is: most women come from the northern triangle.
NATIONALITIES = ("HN", "GT", "SV", "VE", "HT", "CU", "CO", "EC", "MX")
NATIONALITY_WEIGHTS = (34, 21, 15, 10, 7, 5, 4, 2, 2)
STATUSES = ("open", "waiting", "referred", "closed", "archived")
STATUS_WEIGHTS = (30, 15, 10, 35, 10)
RISK_LEVELS = ("low", "medium", "high", "urgent")
RISK_WEIGHTS = (40, 35, 20, 5)
WORKERS = 40
FIRST_YEAR = 2019
LAST_YEAR = 2026


@dataclass(frozen=True)
class Rows:
    """The synthetic table plus the terms the read benchmarks draw their queries from."""

    rows: list[dict[str, object]]
    given_names: Sequence[str]
    surnames: Sequence[str]
    summary_words: Sequence[str]


def _zipf(count: int, exponent: float = 0.9) -> list[float]:
    """Cumulative weights: `choices` would otherwise re-add them on every call."""
    return list(accumulate(1.0 / (rank + 1) ** exponent for rank in range(count)))


def _cumulative(weights: Sequence[int]) -> list[int]:
    return list(accumulate(weights))


def generate(people: int, seed: int = 2026) -> Rows:
    """`people` rows, the same ones for the same seed on every machine."""
    rng = random.Random(seed)
    given_weights = _zipf(len(GIVEN_NAMES))
    surname_weights = _zipf(len(SURNAMES))
    word_weights = _zipf(len(SUMMARY_WORDS), 0.7)
    nationality_weights = _cumulative(NATIONALITY_WEIGHTS)
    status_weights = _cumulative(STATUS_WEIGHTS)
    risk_weights = _cumulative(RISK_WEIGHTS)
    years = LAST_YEAR - FIRST_YEAR + 1
    per_year = -(-people // years)
    rows: list[dict[str, object]] = []
    for index in range(people):
        year = FIRST_YEAR + index // per_year
        given = rng.choices(GIVEN_NAMES, cum_weights=given_weights, k=1 + (rng.random() < 0.3))
        family = rng.choices(SURNAMES, cum_weights=surname_weights, k=2)
        rows.append({
            "id": index + 1,
            "case_code": f"{year}-{index % per_year + 1:05d}",
            "given_name": " ".join(dict.fromkeys(given)),
            "family_name": " ".join(family),
            "nationality": rng.choices(NATIONALITIES, cum_weights=nationality_weights)[0],
            "birth_date": f"{rng.randint(1962, 2008)}-{rng.randint(1, 12):02d}-"
                          f"{rng.randint(1, 28):02d}",
            "status": rng.choices(STATUSES, cum_weights=status_weights)[0],
            "assigned_worker_id": rng.randint(1, WORKERS),
            "risk_level": rng.choices(RISK_LEVELS, cum_weights=risk_weights)[0],
            "opened_at": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
                         f"{rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:00Z",
            "summary": _summary(rng, word_weights),
        })
    return Rows(rows, GIVEN_NAMES, SURNAMES, SUMMARY_WORDS)


def _summary(rng: random.Random, cum_weights: list[float]) -> str:
    target = rng.randint(100, 200)
    words: list[str] = []
    length = -1
    while length < target:
        # The mean word is ~7 characters: one draw of 16 nearly always ends the loop.
        for word in rng.choices(SUMMARY_WORDS, cum_weights=cum_weights, k=16):
            words.append(word)
            length += len(word) + 1
            if length >= target:
                break
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."
