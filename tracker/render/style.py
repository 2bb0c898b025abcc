"""Shared look of the terminal views: styles by precision, status and change, and `safe_text`.

Importing this module does not import rich (the plain fast path uses the style tables only).
Untrusted strings (show names, titles, phrases, evidence) go through `safe_text`, which builds a
`rich.text.Text` (never parsed as markup) after `clean` has removed terminal escape sequences
and control characters. Styles are plain rich style strings, so NO_COLOR and pipes drop them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from tracker.model import Change, Precision, Status

if TYPE_CHECKING:
    from rich.text import Text

__all__ = [
    "CHANGE_STYLES",
    "DIM",
    "PRECISION_STYLES",
    "STATUS_STYLES",
    "TITLE",
    "TODAY_STYLE",
    "change_text",
    "clean",
    "countdown_style",
    "precision_style",
    "safe_text",
]

# ESC-based sequences first (CSI with parameters, OSC up to BEL/ST, two-byte escapes), then
# the C1 CSI introducer; tabs and line breaks become spaces (one value stays on one line and
# columns stay aligned); then every remaining C0/C1 control character and the invisible
# bidi/zero-width marks that could disguise a name are dropped (ZWJ stays: emoji need it).
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL or ST (titles, hyperlinks)
    r"|\x1b[P^_X][^\x1b]*(?:\x1b\\)?"  # DCS/PM/APC/SOS strings
    r"|\x1b[ -/]*[0-~]?"  # other escapes (ESC c, ESC ( B, a lone ESC)
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
)
_CONTROLS = re.compile(
    r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_BREAKS = re.compile(r"[\t\n\r\v\f\u2028\u2029]+")

PRECISION_STYLES: dict[Precision, str] = {
    Precision.DAY: "bold green",
    Precision.WEEK: "green",
    Precision.MONTH: "cyan",
    Precision.SEASON: "yellow",
    Precision.QUARTER: "yellow",
    Precision.HALF: "dark_orange",
    Precision.YEAR: "dark_orange",
    Precision.RANGE: "yellow",
    Precision.TBA: "dim",
}

STATUS_STYLES: dict[Status, str] = {
    Status.DATED: "bold green",
    Status.WINDOW: "yellow",
    Status.TBA: "dim",
    Status.AIRED: "dim",
    Status.CANCELLED: "dim strike",
}

CHANGE_STYLES: dict[Change, str] = {
    Change.NEW: "bold cyan",
    Change.NARROWED: "green",
    Change.DELAYED: "bold red",
    Change.MOVED_UP: "bold magenta",
    Change.UNCHANGED: "dim",
}

TODAY_STYLE = "bold reverse red"
DIM = "dim"
TITLE = "bold"


def clean(value: object) -> str:
    """``value`` as one line of printable text: escape codes and control characters removed."""
    text = "" if value is None else str(value)
    if text.isprintable():
        return text
    text = _ESCAPES.sub("", text)
    text = _BREAKS.sub(" ", text)
    return _CONTROLS.sub("", text)


def safe_text(value: object, style: str = "") -> Text:
    """Untrusted text shown literally: cleaned, never parsed as markup or emoji codes."""
    from rich.text import Text

    return Text(clean(value), style=style, no_wrap=False)


def precision_style(precision: Precision) -> str:
    return PRECISION_STYLES.get(precision, "")


def countdown_style(words: str) -> str:
    """Style for a countdown: today and tomorrow stand out, open windows warn, the past is dim."""
    if words in ("today", "tomorrow"):
        return "bold green"
    if words == "open now":
        return "bold yellow"
    if words == "overdue":
        return "red"
    if words.endswith("ago") or words in ("yesterday", "—"):
        return DIM
    return ""


def change_text(change: Change) -> Text:
    """The change mark ("new", "narrowed", "delayed", "moved up"); empty when unchanged."""
    from rich.text import Text

    if change is Change.UNCHANGED:
        return Text("")
    return Text(change.value, style=CHANGE_STYLES.get(change, ""))
