"""The encrypted vault: keys, SQLCipher databases, schema, migrations and the audit chain.

Nothing here shows a dialog or imports Qt; errors are raised as typed `VaultError`s.
"""
