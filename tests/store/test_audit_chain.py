"""The audit chain notices an edited, deleted or reordered row."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import delete, update

from shelter_desk.store import audit
from shelter_desk.store.schema import audit_event, vault_meta


@pytest.fixture
def chained(created):
    with created.vault.write() as connection:
        for number in range(10):
            audit.record(connection, actor_id=1, action="test.step", entity_type="step",
                         entity_id=number, summary=f"paso {number}")
    return created.vault


def _verify(vault):
    with vault.read() as connection:
        return audit.verify_chain(connection)


def test_an_untouched_chain_verifies(chained):
    report = _verify(chained)
    assert report.intact and report.rows == 11  # vault.created + 10


def test_an_edited_summary_is_found(chained):
    with chained.write() as connection:
        connection.execute(update(audit_event).where(audit_event.c.id == 5)
                           .values(summary="paso cambiado"))
    report = _verify(chained)
    assert not report.intact and "5" in report.problem.en


def test_a_deleted_row_is_found(chained):
    with chained.write() as connection:
        connection.execute(delete(audit_event).where(audit_event.c.id == 4))
    assert not _verify(chained).intact


def test_swapped_rows_are_found(chained):
    with chained.write() as connection:
        rows = {row.id: row for row in connection.execute(audit_event.select())}
        for target, source in ((3, 7), (7, 3)):
            values = {k: v for k, v in rows[source]._mapping.items() if k != "id"}
            connection.execute(update(audit_event).where(audit_event.c.id == target)
                               .values(**values))
    assert not _verify(chained).intact


def test_a_row_cut_from_the_end_is_found(chained):
    with chained.write() as connection:
        connection.execute(delete(audit_event).where(audit_event.c.id == 11))
    report = _verify(chained)
    assert not report.intact and "end" in report.problem.en


def test_a_rewritten_head_anchor_is_found(chained):
    with chained.write() as connection:
        connection.execute(update(vault_meta).where(vault_meta.c.key == "audit_head")
                           .values(value="11:" + "0" * 64))
    assert not _verify(chained).intact


def test_concurrent_writers_keep_one_unbroken_chain(chained):
    # Four threads write at once; the write lock taken at BEGIN keeps the chain linear.
    def writer(worker: int) -> None:
        for number in range(25):
            with chained.write() as connection:
                audit.record(connection, actor_id=1, action="test.concurrent",
                             entity_type="step", entity_id=f"{worker}-{number}")

    threads = [threading.Thread(target=writer, args=(worker,)) for worker in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    report = _verify(chained)
    assert report.intact and report.rows == 111
