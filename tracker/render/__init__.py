"""Pure renderers: values in, rich renderables (or plain text) out. Nothing here prints.

- `style`: shared styles and `safe_text`/`clean` for untrusted text (no rich at import);
- `words`: window labels, countdowns, kinds and change marks (no rich);
- `lines`: aligned plain columns, the fast path for pipes and long lists (no rich table);
- `upcoming`, `timeline`, `dashboard`: the three terminal views;
- `mentions` (`tracker when`) and `history` (`tracker show`).

Importing this package imports nothing else, so `tracker --help` stays fast.
"""
