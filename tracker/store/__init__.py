"""The SQLite timeline: `Store.open(path)` → sources, shows, aliases, claims and entries."""

from tracker.store.core import AddResult, CheckReport, Counts, Store
from tracker.store.schema import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "AddResult", "CheckReport", "Counts", "Store"]
