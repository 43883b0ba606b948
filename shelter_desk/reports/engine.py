"""The statistics engine: every table the dashboard, the exports and (later) the network
report show, computed in SQL for one period. Blocked people are never counted, nor is a
woman whose latest statistics consent is a withdrawal (ARCO opposition): from the moment
it is recorded she leaves every table, whatever the period.

"Attended in the period" means a person whose case file was open at some point in it:
opened on or before its last day, and not closed before its first.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, text

from shelter_desk.domain.messages import Bilingual
from shelter_desk.domain.people import AGE_BANDS
from shelter_desk.reports.period import Period, month_end
from shelter_desk.reports.tables import KeyFigures, Report, StatRow, StatTable

# Completed years between two ISO dates: (YYYYMMDD - YYYYMMDD) div 10000, string work
# only, about four times cheaper than strftime on 50,000 rows.
AGE_AT_END = ("(CAST(replace(:end, '-', '') AS INTEGER) "
        "- CAST(replace(p.birth_date, '-', '') AS INTEGER)) / 10000")


def _age_band_sql() -> str:
    cases = [f"WHEN age >= {low}" + (f" AND age <= {high}" if high is not None else "")
             + f" THEN '{label}'" for low, high, label in AGE_BANDS]
    return f"CASE WHEN age IS NULL THEN 'unknown' {' '.join(cases)} ELSE 'unknown' END"


# Whom the tables may count: not blocked, and no standing objection to statistics. The
# objectors (their latest statistics consent, the one with the highest id, is a "no")
# are listed once per report in an in-memory temporary table that every table reads.
_CREATE_OBJECTORS = "CREATE TEMP TABLE IF NOT EXISTS objector (id INTEGER PRIMARY KEY)"
_FILL_OBJECTORS = """
    INSERT INTO temp.objector
    SELECT person_id FROM consent WHERE purpose = 'statistics' GROUP BY person_id
    HAVING max(id) = max(CASE WHEN NOT given THEN id END)
"""
_COUNTED = "p.blocked_at IS NULL AND p.id NOT IN temp.objector"

# The people attended in the period, with their age at its end, worked out once per
# report into an in-memory temporary table (temp_store is MEMORY: never on disk) that
# every table below reads; the CTE it replaces cost 1 s on 50,000 people, this ~0.1 s.
_FILL_ATTENDED = f"""
    INSERT INTO temp.attended
    SELECT p.id, p.case_id, p.relationship, p.nationality, p.sex, p.gender_identity, age,
           {_age_band_sql()}, opened_on, closed_on
    FROM (SELECT p.id, p.case_id, p.relationship, p.nationality, p.sex, p.gender_identity,
                 c.opened_on, c.closed_on,
                 CASE WHEN p.birth_date IS NULL THEN NULL ELSE {AGE_AT_END} END AS age
          FROM person p JOIN case_file c ON c.id = p.case_id
          WHERE c.opened_on <= :end AND (c.closed_on IS NULL OR c.closed_on >= :start)
            AND {_COUNTED}) AS p
"""
_CREATE_ATTENDED = """
    CREATE TEMP TABLE IF NOT EXISTS attended (
        id INTEGER PRIMARY KEY, case_id INTEGER, relationship TEXT, nationality TEXT,
        sex TEXT, gender_identity TEXT, age INTEGER, age_band TEXT, opened_on TEXT,
        closed_on TEXT)
"""

TITLES = {
    "people_by_month": Bilingual(es="Personas atendidas y nuevos ingresos por mes",
                                 en="People attended and new arrivals by month"),
    "nationality": Bilingual(es="Personas atendidas por nacionalidad",
                             en="People attended by nationality"),
    "sex_gender": Bilingual(es="Por sexo e identidad de género", en="By sex and gender identity"),
    "age_band": Bilingual(es="Por grupo de edad", en="By age band"),
    "minors": Bilingual(es="Niñas, niños y adolescentes", en="Children and adolescents"),
    "documents": Bilingual(es="Documentos por tipo y situación", en="Documents by type and status"),
    "barriers": Bilingual(es="Barreras por derecho, institución, motivo y resultado",
                          en="Barriers by right, institution, reason and outcome"),
    "case_types": Bilingual(es="Tipos de caso, abiertos y cerrados",
                            en="Case types, open and closed"),
    "referrals": Bilingual(es="Canalizaciones por organización y estado",
                           en="Referrals by organisation and status"),
    "expiring": Bilingual(es="Documentos que vencen en el periodo",
                          en="Documents expiring in the period"),
}


def compute_report(connection: Connection, period: Period) -> Report:
    params = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    connection.execute(text(_CREATE_OBJECTORS))
    connection.execute(text(_CREATE_ATTENDED))
    connection.execute(text("DELETE FROM temp.objector"))
    connection.execute(text("DELETE FROM temp.attended"))
    connection.execute(text(_FILL_OBJECTORS))
    connection.execute(text(_FILL_ATTENDED), params)
    try:
        return _report(connection, period, params)
    finally:
        connection.execute(text("DELETE FROM temp.attended"))
        connection.execute(text("DELETE FROM temp.objector"))


def _report(connection: Connection, period: Period, params: dict[str, str]) -> Report:
    tables = {
        "people_by_month": _people_by_month(connection, period),
        "nationality": _grouped(connection, params, "nationality", ("nationality",),
                                "SELECT nationality, count(*) FROM temp.attended "
                                "GROUP BY nationality ORDER BY count(*) DESC, nationality"),
        "sex_gender": _grouped(connection, params, "sex_gender", ("sex", "gender_identity"),
                               "SELECT sex, gender_identity, count(*) FROM temp.attended "
                               "GROUP BY sex, gender_identity ORDER BY 3 DESC, 1, 2"),
        "age_band": _grouped(connection, params, "age_band", ("age_band",),
                             "SELECT age_band, count(*) FROM temp.attended GROUP BY age_band"),
        "minors": _grouped(connection, params, "minors", ("group",),
                           "SELECT CASE WHEN relationship IS NULL THEN 'unaccompanied' "
                           "ELSE 'with_family' END AS grp, count(*) FROM temp.attended "
                           "WHERE age < 18 GROUP BY grp ORDER BY grp"),
        "documents": _grouped(connection, params, "documents", ("type", "status"),
                              # Walks the (type, status, person) index in group order:
                              # no sorter, no table rows, one lookup per document.
                              "SELECT d.type_key, d.status, count(*) "
                              "FROM identity_document d INDEXED BY ix_document_type_status "
                              "CROSS JOIN temp.attended a ON a.id = d.person_id "
                              "GROUP BY d.type_key, d.status ORDER BY 1, 2"),
        "barriers": _grouped(
            connection, params, "barriers", ("right", "institution_type", "reason", "outcome"),
            # One count per reason given: a refusal for three reasons at once is in the
            # rows of all three (the reasons, not the refusals, are what this table counts).
            "SELECT b.right_key, b.institution_type_key, coalesce(r.value, ''), "
            "b.outcome, count(*) FROM procedure_attempt b "
            f"JOIN person p ON p.id = b.person_id AND {_COUNTED} "
            "LEFT JOIN json_each(b.reason_keys) r "
            "WHERE b.attempted_on BETWEEN :start AND :end "
            "GROUP BY 1, 2, 3, 4 ORDER BY 5 DESC, 1, 2, 3, 4"),
        "case_types": _grouped(
            connection, params, "case_types", ("case_type", "state"),
            "SELECT l.type_key, CASE WHEN a.closed_on IS NOT NULL AND a.closed_on <= :end "
            "THEN 'closed' ELSE 'open' END AS state, count(*) "
            "FROM temp.attended a JOIN case_type_link l ON l.case_id = a.case_id "
            "WHERE a.relationship IS NULL GROUP BY 1, 2 ORDER BY 1, 2"),
        "referrals": _grouped(
            connection, params, "referrals", ("organisation", "status"),
            "SELECT r.organisation, r.status, count(*) FROM referral r "
            f"JOIN person p ON p.id = r.person_id AND {_COUNTED} "
            "WHERE r.referred_on BETWEEN :start AND :end GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2",
            ),
        "expiring": _grouped(
            connection, params, "expiring", ("type",),
            "SELECT d.type_key, count(*) FROM temp.attended a "
            "CROSS JOIN identity_document d ON d.person_id = a.id WHERE d.status = 'original' "
            "AND d.effective_expiry BETWEEN :start AND :end GROUP BY 1 ORDER BY 2 DESC, 1"),
    }
    return Report(period, _figures(connection, params), tables)


def _grouped(connection: Connection, params: dict[str, str], key: str,
             dimensions: tuple[str, ...], query: str) -> StatTable:
    rows = connection.execute(text(query), params).all()
    return StatTable(key, TITLES[key], dimensions,
                     tuple(StatRow(tuple(str(v) for v in row[:-1]), int(row[-1]))
                           for row in rows))


def _people_by_month(connection: Connection, period: Period) -> StatTable:
    rows: list[StatRow] = []
    for first in period.months():
        params = {"start": first.isoformat(),
                  "end": min(period.end, month_end(first)).isoformat()}
        attended, arrived = connection.execute(text(
            "SELECT count(*), sum(opened_on BETWEEN :start AND :end) FROM temp.attended "
            "WHERE opened_on <= :end AND (closed_on IS NULL OR closed_on >= :start)"),
            params).one()
        month = first.strftime("%Y-%m")
        rows += [StatRow((month, "attended"), int(attended)),
                 StatRow((month, "new_arrivals"), int(arrived or 0))]
    return StatTable("people_by_month", TITLES["people_by_month"], ("month", "measure"),
                     tuple(rows))


def _figures(connection: Connection, params: dict[str, str]) -> KeyFigures:
    people = connection.execute(text(
        "SELECT count(*), sum(opened_on BETWEEN :start AND :end), "
        "sum(age < 18), sum(age < 18 AND relationship IS NULL) FROM temp.attended"),
        params).one()
    barriers = connection.execute(text(
        "SELECT count(*), sum(b.is_open) FROM procedure_attempt b "
        f"JOIN person p ON p.id = b.person_id AND {_COUNTED} "
        "WHERE b.attempted_on BETWEEN :start AND :end AND b.outcome IN ('refused', 'partial')"),
        params).one()
    closed: Any = connection.execute(text(
        "SELECT count(*), avg(julianday(c.closed_on) - julianday(c.opened_on)) "
        "FROM case_file c JOIN person p ON p.id = c.principal_person_id "
        f"AND {_COUNTED} WHERE c.closed_on BETWEEN :start AND :end"), params).one()
    return KeyFigures(
        people_attended=int(people[0]), new_arrivals=int(people[1] or 0),
        children=int(people[2] or 0), unaccompanied_minors=int(people[3] or 0),
        barriers_recorded=int(barriers[0]), barriers_open=int(barriers[1] or 0),
        cases_closed=int(closed[0]),
        average_days_to_close=round(closed[1], 1) if closed[1] is not None else None)
