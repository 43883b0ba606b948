"""Alembic environment of the hub's own database: always given a connection by
shelter_desk.hub.db.migrate (which knows the URL), never reading alembic.ini."""

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("hub migrations run only through shelter_desk.hub.db.migrate")

context.configure(connection=connection, version_table="hub_alembic_version")
with context.begin_transaction():
    context.run_migrations()
