"""Pure renderers (tracker.render): Entry values built here, printed on a recorded console."""

from __future__ import annotations

import pytest
from rich.console import Console
from rich.text import Text

from tracker.render.style import clean, safe_text


def plain(renderable: object, width: int = 100) -> str:
    console = Console(record=True, width=width, color_system=None, markup=False,
                      highlight=False, emoji=False, file=open("/dev/null", "w"))
    console.print(renderable)
    return console.export_text()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("Daredevil", "Daredevil", id="plain-unchanged"),
        pytest.param("\x1b[31mRed\x1b[0m Show", "Red Show", id="sgr-colour"),
        pytest.param("Title\x1b]0;owned\x07 X", "Title X", id="osc-window-title"),
        pytest.param("a\x1b]8;;http://x.test\x1b\\link\x1b]8;;\x1b\\b", "alinkb", id="osc-hyperlink"),
        pytest.param("clear\x1b[2J\x1b[H!", "clear!", id="clear-screen"),
        pytest.param("reset\x1bc", "reset", id="two-byte-escape"),
        pytest.param("\x9b31mC1", "C1", id="eight-bit-csi"),
        pytest.param("bell\x07\x00z\x7f", "bellz", id="c0-controls"),
        pytest.param("tab\there\r\nnext", "tab here next", id="breaks-become-spaces"),
        pytest.param("rtl\u202eevil\u200b", "rtlevil", id="bidi-and-zero-width"),
        pytest.param("[bold]x[/bold] :tv:", "[bold]x[/bold] :tv:", id="markup-kept-literally"),
        pytest.param("family \U0001f468\u200d\U0001f469\u200d\U0001f467 \U0001f3ac",
                     "family \U0001f468\u200d\U0001f469\u200d\U0001f467 \U0001f3ac",
                     id="emoji-kept-with-zwj"),
        pytest.param(None, "", id="none-is-empty"),
    ],
)
def test_clean(raw: str | None, expected: str) -> None:
    assert clean(raw) == expected


def test_safe_text_is_never_markup() -> None:
    text = safe_text("[bold red]Loud[/] \x1b[1mShow", style="cyan")
    assert isinstance(text, Text)
    assert text.plain == "[bold red]Loud[/] Show"
    assert text.spans == [] and str(text.style) == "cyan"
    assert plain(text).strip() == "[bold red]Loud[/] Show"
