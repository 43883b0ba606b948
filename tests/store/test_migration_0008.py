"""Migration 0008 adds the hub's tables and marks the directory's hub entries, keeping
the organisations a shelter typed in by hand."""

from __future__ import annotations

from sqlalchemy import inspect, select

from shelter_desk.services import referrals
from shelter_desk.store import migrate
from shelter_desk.store.schema import organisation_directory


def test_0008_goes_up_and_down_keeping_the_directory(created):
    # GIVEN a hand-typed directory entry
    referrals.save_organisation(created.vault, name="Clínica Sintética",
                                services=("salud",), contact="tel. 000")
    # WHEN the vault goes back before 0008 and up again
    with created.vault.write() as connection:
        migrate.downgrade(connection, "0007")
        assert "network_hub" not in inspect(connection).get_table_names()
        migrate.upgrade(connection)
        tables = set(inspect(connection).get_table_names())
        names = list(connection.execute(select(organisation_directory.c.name,
                                               organisation_directory.c.network_id)))
    # THEN the hub's tables are there and the entry is kept, as not from the hub
    assert {"network_hub", "network_receipt", "library_copy"} <= tables
    assert names == [("Clínica Sintética", None)]
