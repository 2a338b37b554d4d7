"""The store layer: SQLCipher engine, unlock/rekey/backup/restore, migrations. The only
place (with Desk and the importer's writer) that speaks SQL."""

from wor_desk.store.store import Store, check_new_passphrase, restore

__all__ = ["Store", "check_new_passphrase", "restore"]
