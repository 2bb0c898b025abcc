"""Keep the README's example outputs true: every block between

    <!-- run: tracker ARGS -->
    ```
    ...output...
    ```
    <!-- end -->

is the real output of that command, run from the repository root at 100 columns with
NO_COLOR. `python docs/readme.py` rewrites the blocks; `python docs/readme.py --check` exits 1
when one is stale (the test suite runs the check).
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from pathlib import Path

from click.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BLOCK = re.compile(r"(<!-- run: (?P<cmd>.+?) -->\n```[a-z]*\n)(?P<out>.*?)(```\n<!-- end -->)",
                   re.DOTALL)


def run(command: str) -> str:
    """The output of one `tracker ...` command line, as a user at 100 columns would see it piped."""
    from tracker.cli import cli

    args = shlex.split(command)
    if args[0] != "tracker":
        raise SystemExit(f"README blocks run tracker only, not {args[0]!r}")
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        result = CliRunner().invoke(cli, args[1:], env={"NO_COLOR": "1", "COLUMNS": "100"})
    finally:
        os.chdir(old)
    return result.stdout


def refresh(text: str) -> str:
    return BLOCK.sub(lambda m: m.group(1) + run(m.group("cmd")) + m.group(4), text)


def main() -> int:
    text = README.read_text(encoding="utf-8")
    if "--check" in sys.argv:
        stale = [m.group("cmd") for m in BLOCK.finditer(text) if run(m.group("cmd")) != m.group("out")]
        for command in stale:
            print(f"README.md: the output of `{command}` is stale: run python docs/readme.py",
                  file=sys.stderr)
        return 1 if stale else 0
    README.write_text(refresh(text), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
