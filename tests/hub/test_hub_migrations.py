"""The hub's own Alembic migrations build exactly the tables the code uses, and go down
again."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from shelter_desk.hub import db
from shelter_desk.hub.schema import metadata


def test_the_migrated_database_matches_the_schema(hub_db_url: str):
    engine = db.open_engine(hub_db_url)
    db.migrate(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "version_table": "hub_alembic_version"})
        differences = compare_metadata(context, metadata)
    assert differences == []
    db.downgrade(engine, "base")
    assert set(inspect(engine).get_table_names()) <= {"hub_alembic_version"}
    engine.dispose()
