"""Errors the core raises; the CLI turns each into a one-line message and exit 1."""


class TrackerError(Exception):
    """Base class: anything a user can cause and should read about in one line."""


class BadDate(TrackerError):
    """A date or date phrase could not be read."""


class LoadError(TrackerError):
    """An article could not be read (missing file, bad URL, offline, too large)."""


class StoreError(TrackerError):
    """The database cannot be opened or written safely."""


class UnknownShow(TrackerError):
    """No show of that name is tracked."""
