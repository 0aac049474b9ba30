"""SQLite storage for Roundtable: schema, migrations, audit chain, backups.

Nothing here knows the Policy Lab rules; it keeps rows safe and in order.
"""

from app.storage.database import Database, open_database
from app.storage.errors import StoreError

__all__ = ["Database", "StoreError", "open_database"]
