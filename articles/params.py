"""Whole numbers read from what a client sends: URLs, query strings, forms.

``str.isdigit()`` is not the test: it is true for "²", "①" and digits of
other scripts, which ``int()`` then refuses or reads, and a page number of
"²" made every listing answer 500. Only ASCII digits, and only as many as a
database column can hold, are numbers here; anything else is None, and the
caller decides what "no number" means (page 1, a 400, a form error).
"""

from __future__ import annotations

# A signed 64-bit column holds 18 digits whatever they are.
MAX_DIGITS = 18


def whole_number(raw: str | None, max_digits: int = MAX_DIGITS) -> int | None:
    """``raw``, digits and nothing else (not even spaces), as an int; else None."""
    if raw and len(raw) <= max_digits and raw.isascii() and raw.isdigit():
        return int(raw)
    return None
