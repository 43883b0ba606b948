"""Alembic environment: always runs on the vault's own encrypted connection.

There is no URL in alembic.ini to fall back on: a migration without the key would
create a plaintext database, so we refuse to run without a connection.
"""

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("migrations run only through shelter_desk.store.migrate")

context.configure(connection=connection, render_as_batch=True, transaction_per_migration=False)
with context.begin_transaction():
    context.run_migrations()
