"""The network report on real encrypted vaults: only consenting, unblocked people are
counted, nothing small leaves, approval signs exactly what was previewed, and only a
coordinator may approve."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from shelter_desk.domain.consents import ConsentPurpose
from shelter_desk.domain.errors import InvalidInput, NotAllowed, NotFound
from shelter_desk.domain.people import PersonDetails
from shelter_desk.domain.staff import Role
from shelter_desk.network import auditor, envelope
from shelter_desk.network.cells import all_counts, relations
from shelter_desk.network.knowledge import Knowledge, Publication
from shelter_desk.network.policy import TABLES, NetworkPolicy
from shelter_desk.network.protection_record import from_record
from shelter_desk.network.report import generalise, minors_link
from shelter_desk.reports.network_tables import count_tables
from shelter_desk.reports.period import parse_period, quarter_of
from shelter_desk.services import cases, followup, network_reports, people, staff
from shelter_desk.services.demo import create_demo_vault
from shelter_desk.store import audit
from shelter_desk.store.vault import unlock
from tests.conftest import FAST_KDF

LAST_QUARTER = quarter_of(date.today().replace(day=1) - timedelta(days=92)).label


def _assert_safe(preview: network_reports.Preview, previous=None) -> None:
    k = preview.policy.k
    for table in preview.document["tables"]:
        for row in table["counts"]:
            assert row["count"] is None or row["count"] == 0 or row["count"] >= k, row
    publication, _separate = from_record(preview.protection)
    assert not auditor.too_narrow(Knowledge(publication, previous), k)
    # What leaves is what the vault recorded: published counts equal the true ones
    shown = {(table["key"], tuple(row["key"])): row["count"]
             for table in preview.document["tables"] for row in table["counts"]}
    for var, value in publication.values.items():
        assert shown[var] == (None if var in publication.suppressed else value)


_POLICIES = st.builds(
    NetworkPolicy, k=st.integers(3, 10),
    tables=st.lists(st.sampled_from(TABLES), min_size=1, unique=True).map(tuple),
    age_bands=st.sampled_from([((0, 17), (18, None)),
                               ((0, 4), (5, 11), (12, 17), (18, 29), (30, 44), (45, 59),
                                (60, None))]),
    separate_nationalities=st.lists(st.sampled_from(["HN", "GT", "SV", "VE", "HT"]),
                                    unique=True).map(tuple))


@pytest.mark.slow
@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(people_count=st.integers(20, 160), seed=st.integers(0, 10_000), policy=_POLICIES)
def test_random_vaults_and_policies_publish_nothing_small(tmp_path_factory, people_count,
                                                          seed, policy):
    # GIVEN a random synthetic vault and a random network policy
    directory = tmp_path_factory.mktemp("vault") / "vault"
    with create_demo_vault(directory, people=people_count, seed=seed,
                           params=FAST_KDF).vault as vault:
        network_reports.set_network_policy(vault, policy, "casa-1")
        # WHEN the last quarter's report is built, approved, changed and built again
        first = network_reports.build_preview(vault, LAST_QUARTER)
        _assert_safe(first)
        network_reports.approve(vault, first)
        with vault.read() as connection:
            first_two = connection.exec_driver_sql(
                "SELECT id FROM person ORDER BY id LIMIT 2").scalars().all()
        for person_id in first_two:
            people.block_person(vault, person_id)
        previous, separate = from_record(first.protection)
        try:
            second = network_reports.build_preview(vault, LAST_QUARTER)
        except InvalidInput:
            # THEN a second revision is refused only when nothing could hide its small
            # counts from the first (withholding everything still gives one away)
            _assert_hopeless(vault, policy, previous, separate)
            return
    # THEN neither publishes a small count, and the second gives nothing of the first away
    assert second.revision == 2
    _assert_safe(second, previous)


def _assert_hopeless(vault, policy, previous, separate) -> None:
    with vault.read() as connection:
        raw = count_tables(connection, parse_period(LAST_QUARTER), policy)
    tables = dict(raw.tables)
    if "people" in tables:
        tables["people"], _ = generalise(tables["people"], policy, separate)
    ordered = [tables[key] for key in policy.tables if key in tables]
    counts = all_counts(ordered)
    everything = Publication(counts, frozenset(v for v, n in counts.items() if n),
                             relations(ordered, [minors_link(policy)]))
    assert auditor.too_narrow(Knowledge(everything, previous), policy.k)


@pytest.fixture
def shelter(created):
    """Twelve women in the last quarter, all consenting, from two countries."""
    vault = created.vault
    opened = date.fromisoformat(_start(LAST_QUARTER))
    for number in range(12):
        case = cases.open_case(vault, PersonDetails(
            given_names=f"Mujer{number}", family_names="Sintética",
            nationality="HN" if number % 2 else "GT", birth_date=date(1990, 1, 1)),
            opened_on=opened).value
        followup.record_consent(vault, case.principal_person_id, ConsentPurpose.STATISTICS,
                                True, recorded_on=opened)
    return vault


def _start(label: str) -> str:
    year, quarter = label.split("-Q")
    return f"{year}-{3 * int(quarter) - 2:02d}-01"


def _tables(vault) -> list:
    return network_reports.build_preview(vault, LAST_QUARTER).document["tables"]


def test_withdrawn_consent_and_blocked_people_change_no_published_number(shelter):
    # GIVEN the report as it stands
    before = network_reports.build_preview(shelter, LAST_QUARTER)
    opened = date.fromisoformat(_start(LAST_QUARTER))
    # WHEN a woman who withdrew her statistics consent and a blocked woman are added
    withdrawn = cases.open_case(shelter, PersonDetails(given_names="Retira", nationality="HN",
                                                       birth_date=date(1990, 1, 1)),
                                opened_on=opened).value.principal_person_id
    followup.record_consent(shelter, withdrawn, ConsentPurpose.STATISTICS, True)
    followup.record_consent(shelter, withdrawn, ConsentPurpose.STATISTICS, False)
    blocked = cases.open_case(shelter, PersonDetails(given_names="Bloqueada",
                                                     nationality="GT",
                                                     birth_date=date(1990, 1, 1)),
                              opened_on=opened).value.principal_person_id
    followup.record_consent(shelter, blocked, ConsentPurpose.STATISTICS, True)
    people.block_person(shelter, blocked)
    after = network_reports.build_preview(shelter, LAST_QUARTER)
    # THEN every table is the same; she who withdrew is counted among those left out
    assert after.document["tables"] == before.document["tables"]
    assert after.left_out == before.left_out + 1


def test_approval_signs_exactly_the_previewed_bytes(shelter):
    # GIVEN a coordinator's preview
    preview = network_reports.build_preview(shelter, LAST_QUARTER)
    assert preview.document["format"] == "shelter-desk-report/1"
    # WHEN she approves it
    approved = network_reports.approve(shelter, preview)
    key = network_reports.organisation_key(shelter)
    # THEN the signed bytes are the previewed ones, and the signature holds for her key
    assert approved.signed.canonical == preview.canonical
    assert envelope.verify(approved.signed, key.public_key)
    assert network_reports.latest_signed(shelter, LAST_QUARTER).signed == approved.signed
    # AND one changed byte breaks it
    tampered = bytearray(approved.signed.canonical)
    tampered[10] ^= 1
    assert not envelope.verify(envelope.SignedReport(bytes(tampered), approved.signed.signature,
                                                     approved.signed.public_key))
    with shelter.read() as connection:
        assert "network.report_approved" in [event.action for event in audit.events(connection)]


def test_a_caseworker_may_look_but_not_approve(shelter, vault_dir):
    # GIVEN a caseworker
    staff.add_staff(shelter, "Trabajadora", Role.CASEWORKER, "otra frase larga y segura")
    with unlock(vault_dir, user="Trabajadora", passphrase="otra frase larga y segura") as worker:
        preview = network_reports.build_preview(worker, LAST_QUARTER)
        # WHEN she tries to approve, THEN she is refused and nothing is in the outbox
        with pytest.raises(NotAllowed):
            network_reports.approve(worker, preview)
    with pytest.raises(NotFound):
        network_reports.latest_signed(shelter, LAST_QUARTER)


def test_reapproval_makes_a_new_revision_and_a_stale_preview_is_refused(shelter):
    first = network_reports.build_preview(shelter, LAST_QUARTER)
    stale = network_reports.build_preview(shelter, LAST_QUARTER)
    network_reports.approve(shelter, first)
    with pytest.raises(InvalidInput):
        network_reports.approve(shelter, stale)
    second = network_reports.approve(shelter,
                                     network_reports.build_preview(shelter, LAST_QUARTER))
    assert second.revision == 2


def test_sdreport_and_dhis2_exports(shelter, tmp_path):
    # GIVEN an approved report whose small cells were withheld
    preview = network_reports.build_preview(shelter, LAST_QUARTER)
    network_reports.approve(shelter, preview)
    document = preview.document
    rows = [(table["key"], row) for table in document["tables"] for row in table["counts"]]
    withheld = [(key, row["key"]) for key, row in rows if row["count"] is None]
    shown = [(key, row["key"]) for key, row in rows if row["count"] is not None]
    # WHEN it is exported as a file and as DHIS2 values for every cell
    out = tmp_path / "informe.sdreport"
    network_reports.export_file(shelter, LAST_QUARTER, out)
    mapping = {"dataSet": "ds1", "orgUnit": "ou1", "cells": [
        {"table": table, "key": key, "dataElement": f"de{n}", "categoryOptionCombo": "coc1"}
        for n, (table, key) in enumerate(withheld + shown)]}
    mapping_path = tmp_path / "map.json"
    mapping_path.write_text(json.dumps(mapping), encoding="utf-8")
    dhis = tmp_path / "dhis2.json"
    exported = network_reports.export_dhis2(shelter, LAST_QUARTER, mapping_path, dhis)
    # THEN the file verifies and holds the previewed bytes
    signed = envelope.read_file(out.read_bytes())
    assert signed.canonical == preview.canonical and envelope.verify(signed)
    # AND the DHIS2 document has the dataValueSets shape, without any withheld cell
    values = json.loads(dhis.read_text(encoding="utf-8"))
    assert set(values) >= {"dataSet", "period", "orgUnit", "dataValues"}
    assert values["period"] == LAST_QUARTER.replace("-", "")
    assert all(set(v) == {"dataElement", "categoryOptionCombo", "value"}
               for v in values["dataValues"])
    sent = {v["dataElement"] for v in values["dataValues"]}
    assert not sent & {f"de{n}" for n in range(len(withheld))}
    assert exported.sent == len(shown) and exported.withheld == len(withheld)
    # AND both exports are in the audit log
    with shelter.read() as connection:
        summaries = [event.summary for event in audit.events(connection)
                     if event.action == "network.report_exported"]
    assert summaries == ["sdreport, revision 1", "dhis2, revision 1"]


@pytest.mark.parametrize("content", [b"not json", b"[]", b'{"dataSet": "a b", "orgUnit": "x"}',
                                     b'{"dataSet": "a", "orgUnit": "b", "cells": [{}]}'])
def test_a_bad_dhis2_mapping_is_refused_and_nothing_is_written(shelter, tmp_path, content):
    network_reports.approve(shelter, network_reports.build_preview(shelter, LAST_QUARTER))
    mapping = tmp_path / "map.json"
    mapping.write_bytes(content)
    with pytest.raises(InvalidInput) as raised:
        network_reports.export_dhis2(shelter, LAST_QUARTER, mapping, tmp_path / "out.json")
    assert "DHIS2" in raised.value.message.es and "DHIS2" in raised.value.message.en
    assert not (tmp_path / "out.json").exists()


def test_the_period_must_be_the_networks_kind(shelter):
    with pytest.raises(InvalidInput, match="trimestre"):
        network_reports.build_preview(shelter, "2026-09")
    network_reports.set_network_policy(shelter, NetworkPolicy(period_type="month"))
    with pytest.raises(InvalidInput, match="mes"):
        network_reports.build_preview(shelter, LAST_QUARTER)
    future = date.today().year + 1
    with pytest.raises(InvalidInput):
        network_reports.build_preview(shelter, f"{future}-01")


@pytest.mark.parametrize("text", ["nope", "[]", '{"k": 1}', '{"k": "5"}',
                                  '{"period_type": "year"}', '{"tables": ["names"]}',
                                  '{"age_bands": [[0, 20], [21, null]]}',
                                  '{"age_bands": [[0, 17], [18, 60]]}', '{"colour": 1}'])
def test_a_bad_policy_is_refused_in_both_languages(text):
    with pytest.raises(InvalidInput) as raised:
        NetworkPolicy.parse(text)
    assert raised.value.message.es and raised.value.message.en
