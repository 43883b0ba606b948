"""A vault made at an older schema is copied, still encrypted, and then upgraded."""

from __future__ import annotations

import shutil

from sqlalchemy import inspect

from shelter_desk.store import migrate
from shelter_desk.store.vault import unlock
from tests.conftest import COORDINATOR, PASSPHRASE


def test_an_older_vault_is_backed_up_then_upgraded(created, vault_dir):
    # GIVEN a vault whose schema is at the baseline revision
    with created.vault.write() as connection:
        migrate.downgrade(connection, "0001")
    created.vault.lock()
    assert not (vault_dir / "backups").exists()

    # WHEN it is unlocked by the current code
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as opened:
        with opened.read() as connection:
            revision = migrate.current_revision(connection)
            tables = set(inspect(connection).get_table_names())
        organisation = opened.organisation_name()

    # THEN it is at head, with its data, and an encrypted copy of the old one was kept
    assert revision == migrate.head_revision() != "0001"
    assert "setting" in tables
    assert organisation
    backups = list((vault_dir / "backups").iterdir())
    assert len(backups) == 1 and "0001" in backups[0].name
    assert not backups[0].read_bytes().startswith(b"SQLite format 3")

    # AND the copy is the old vault: put back, it opens at the baseline and upgrades again
    restored = vault_dir.parent / "restored"
    shutil.copytree(vault_dir, restored, ignore=shutil.ignore_patterns("backups", "vault.db*"))
    shutil.copy(backups[0], restored / "vault.db")
    with unlock(restored, user=COORDINATOR, passphrase=PASSPHRASE) as opened:
        assert opened.organisation_name() == organisation
    assert len(list((restored / "backups").iterdir())) == 1


def test_a_current_vault_opens_without_a_backup(created, vault_dir):
    created.vault.lock()
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE):
        pass
    assert not (vault_dir / "backups").exists()


def test_referrals_made_before_steps_keep_their_proposal(created, vault_dir):
    from datetime import date, timedelta

    from sqlalchemy import select

    from shelter_desk.domain.consents import ConsentPurpose
    from shelter_desk.domain.followup import ReferralStatus
    from shelter_desk.domain.people import PersonDetails
    from shelter_desk.services import cases, followup, referrals
    from shelter_desk.store.schema import referral_step

    # GIVEN a referral proposed five days ago and sent today, in a vault at 0004
    case = cases.open_case(created.vault, PersonDetails(given_names="Iris",
                                                        family_names="Sintética")).value
    her = case.principal_person_id
    followup.record_consent(created.vault, her, ConsentPurpose.REFERRAL, True)
    proposed_on = date.today() - timedelta(days=5)
    sent = referrals.refer(created.vault, her, "Clínica", "Asesoría",
                           referred_on=proposed_on).value
    referrals.set_referral_status(created.vault, sent.id, ReferralStatus.SENT)
    with created.vault.write() as connection:
        migrate.downgrade(connection, "0004")
    created.vault.lock()

    # WHEN it is upgraded, THEN the proposal keeps its own date, before the current status
    with (unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as opened,
          opened.read() as connection):
        steps = connection.execute(select(referral_step.c.status, referral_step.c.on_date)
                                   .order_by(referral_step.c.id)).all()
    assert [tuple(step) for step in steps] == [("proposed", proposed_on), ("sent", proposed_on)]


def test_an_approved_network_report_survives_a_downgrade_and_upgrade_of_0007(created,
                                                                            vault_dir):
    from datetime import date, timedelta

    from shelter_desk.reports.period import quarter_of
    from shelter_desk.services import network_reports

    # GIVEN a vault at 0005, before the network report existed
    with created.vault.write() as connection:
        migrate.downgrade(connection, "0005")
        assert "network_report" not in inspect(connection).get_table_names()
    created.vault.lock()
    # WHEN it is upgraded, THEN a report can be approved and read back, signed
    quarter = quarter_of(date.today().replace(day=1) - timedelta(days=92)).label
    with unlock(vault_dir, user=COORDINATOR, passphrase=PASSPHRASE) as opened:
        with opened.read() as connection:
            assert {"network_policy", "organisation_key", "network_report"} <= set(
                inspect(connection).get_table_names())
        preview = network_reports.build_preview(opened, quarter)
        network_reports.approve(opened, preview)
        assert network_reports.latest_signed(opened, quarter).signed.canonical == \
            preview.canonical
