"""The network report's tables, counted in SQL for one period: only people attended in
it (as the shelter's own statistics define it) who are not blocked and whose latest
statistics consent is a yes. Nationalities come out as they are; generalising them is
disclosure control's job (network/report.py), which needs no database.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from shelter_desk.network.cells import NetworkTable
from shelter_desk.network.policy import ADULT_AGE, NetworkPolicy, band_label
from shelter_desk.reports.engine import AGE_AT_END
from shelter_desk.reports.period import Period

_CREATE = """
    CREATE TEMP TABLE IF NOT EXISTS network_people (
        id INTEGER PRIMARY KEY, case_id INTEGER, principal INTEGER, nationality TEXT,
        sex TEXT, age INTEGER, age_band TEXT, opened_on TEXT, closed_on TEXT)
"""
# Her latest statistics consent is a yes (the highest id wins, as in
# services.followup.consent_in_force): one seek per person in ix_consent_person_purpose.
_CONSENTING = """
    (SELECT s.given FROM consent s WHERE s.person_id = p.id AND s.purpose = 'statistics'
     ORDER BY s.id DESC LIMIT 1)
"""
_ATTENDED = """
    FROM person p JOIN case_file c ON c.id = p.case_id
    WHERE c.opened_on <= :end AND (c.closed_on IS NULL OR c.closed_on >= :start)
      AND p.blocked_at IS NULL
"""


@dataclass(frozen=True)
class RawTables:
    tables: dict[str, NetworkTable]  # people keyed by raw nationality, before grouping
    left_out: int  # attended, not blocked, without a statistics consent in force


def count_tables(connection: Connection, period: Period, policy: NetworkPolicy) -> RawTables:
    params = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    connection.execute(text(_CREATE))
    connection.execute(text("DELETE FROM temp.network_people"))
    try:
        connection.execute(text(
            f"INSERT INTO temp.network_people SELECT id, case_id, principal, nationality, "
            f"sex, age, {_band_sql(policy)}, opened_on, closed_on FROM ("
            f"SELECT p.id, p.case_id, p.relationship IS NULL AS principal, p.nationality, "
            f"p.sex, c.opened_on, c.closed_on, CASE WHEN p.birth_date IS NULL THEN NULL "
            f"ELSE {AGE_AT_END} END AS age {_ATTENDED} AND {_CONSENTING})"), params)
        attended = connection.execute(text(f"SELECT count(*) {_ATTENDED}"), params).scalar_one()
        counted = connection.execute(text("SELECT count(*) FROM temp.network_people")
                                     ).scalar_one()
        tables = {key: _table(connection, params, key, dimensions, query)
                  for key, (dimensions, query) in _QUERIES.items() if key in policy.tables}
        return RawTables(tables, int(attended) - int(counted))
    finally:
        connection.execute(text("DELETE FROM temp.network_people"))


def _band_sql(policy: NetworkPolicy) -> str:
    cases = [f"WHEN age >= {low}" + (f" AND age <= {high}" if high is not None else "")
             + f" THEN '{band_label(low, high)}'" for low, high in policy.age_bands]
    return f"CASE WHEN age IS NULL THEN 'unknown' {' '.join(cases)} ELSE 'unknown' END"


_QUERIES: dict[str, tuple[tuple[str, ...], str]] = {
    "people": (("nationality", "age_band", "sex"),
               "SELECT nationality, age_band, sex, count(*) FROM temp.network_people "
               "GROUP BY 1, 2, 3"),
    # A child who is the principal of her own case came without her family.
    # Not split by sex: the people table has that, and a split here would tie the two
    # tables cell by cell, so a few unaccompanied girls would hide half the people table.
    "minors": (("group",),
               "SELECT CASE WHEN principal THEN 'unaccompanied' ELSE 'with_family' END, "
               f"count(*) FROM temp.network_people WHERE age < {ADULT_AGE} GROUP BY 1"),
    # Walks the (type, status, person) index in group order, one lookup per document in
    # the counted people: no sorter (as the shelter's own documents table does).
    "documents": (("type", "status"),
                  "SELECT d.type_key, d.status, count(*) "
                  "FROM identity_document d INDEXED BY ix_document_type_status "
                  "CROSS JOIN temp.network_people a ON a.id = d.person_id "
                  "GROUP BY d.type_key, d.status"),
    "barriers": (("right", "institution_type", "reason", "outcome"),
                 # One count per reason given, as the shelter's own table counts them.
                 "SELECT b.right_key, b.institution_type_key, coalesce(r.value, 'none'), "
                 "b.outcome, count(*) FROM temp.network_people a "
                 "JOIN procedure_attempt b ON b.person_id = a.id "
                 "LEFT JOIN json_each(b.reason_keys) r "
                 "WHERE b.attempted_on BETWEEN :start AND :end GROUP BY 1, 2, 3, 4"),
    # A case is counted by its principal's consent; opened and closed within the period
    # are two events, so one case can be counted in both columns.
    "case_types": (("case_type", "event"),
                   "SELECT l.type_key, 'opened', count(*) FROM temp.network_people a "
                   "JOIN case_type_link l ON l.case_id = a.case_id WHERE a.principal "
                   "AND a.opened_on BETWEEN :start AND :end GROUP BY 1 UNION ALL "
                   "SELECT l.type_key, 'closed', count(*) FROM temp.network_people a "
                   "JOIN case_type_link l ON l.case_id = a.case_id WHERE a.principal "
                   "AND a.closed_on BETWEEN :start AND :end GROUP BY 1"),
    # By status only: the receiving organisation's name would point at a service.
    "referrals": (("status",),
                  "SELECT r.status, count(*) FROM temp.network_people a "
                  "JOIN referral r ON r.person_id = a.id "
                  "WHERE r.referred_on BETWEEN :start AND :end GROUP BY 1"),
}


def _table(connection: Connection, params: dict[str, str], key: str,
           dimensions: tuple[str, ...], query: str) -> NetworkTable:
    rows = connection.execute(text(query), params).all()
    return NetworkTable(key, dimensions,
                        {tuple(str(v) for v in row[:-1]): int(row[-1]) for row in rows})
