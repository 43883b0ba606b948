"""Alembic migrations of vault.db; run through `shelter_desk.store.migrate`."""
