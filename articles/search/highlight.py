"""Query words found in original Vietnamese text and marked, as typed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from html import escape

from django.utils.safestring import SafeString, mark_safe

from ..text import fold, nfc

SNIPPET_CHARS = 240


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return fold(char)


_SEVERAL = "\uffff"  # a noncharacter: this character does not fold to exactly one


class _OneForOne(dict):
    """A ``str.translate`` table: each character to its fold when that is one
    character, else to ``_SEVERAL``. Filled as characters are met, bounded."""

    def __missing__(self, ordinal: int) -> str:
        folded = _fold_char(chr(ordinal))
        value = folded if len(folded) == 1 else _SEVERAL
        if len(self) < 8192:  # hostile text could bring every code point
            self[ordinal] = value
        return value


_ONE_FOR_ONE = _OneForOne()


def _folded(text: str) -> tuple[str, list[int] | None]:
    """``text`` folded, and where each folded character came from (None: from
    the same position, which is nearly always so for NFC Vietnamese)."""
    folded = text.translate(_ONE_FOR_ONE)
    if _SEVERAL not in folded:
        return folded, None
    folded_chars: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        one = _fold_char(char)
        folded_chars.append(one)
        origin.extend([i] * len(one))
    return "".join(folded_chars), origin


class Highlighter:
    """Finds query words in original text by folding it, and marks them.

    The text is folded with a map back to the original positions, so
    "cong doan" marks "Công đoàn" as typed. Folding character by character
    in Python, then testing every word, took a third of the search page: a
    translate table folds the common case (every character to exactly one)
    in C, and one regular expression finds only the query's words.
    """

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(words)
        # Only the query's own words, whole (a term is a run of letters and
        # digits, as query.TERM_RE reads it): spans() loops over matches only.
        alternatives = "|".join(re.escape(w) for w in sorted(self.words, key=len, reverse=True))
        self.pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) in ``text`` (NFC) of each run of query words, runs joined across spaces."""
        text = nfc(text or "")
        if not text or not self.words:
            return []
        folded_text, origin = _folded(text)
        spans: list[tuple[int, int]] = []
        for match in self.pattern.finditer(folded_text):
            if origin is None:
                start, end = match.span()
            else:
                start, end = origin[match.start()], origin[match.end() - 1] + 1
            while end < len(text) and unicodedata.combining(text[end]):
                end += 1  # marks of an NFD spelling belong to their letter
            if spans and not text[spans[-1][1] : start].strip():
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        return spans

    def mark(self, text: str, spans: Sequence[tuple[int, int]] | None = None) -> SafeString:
        """``text`` HTML-escaped, each query word in a <mark>."""
        text = nfc(text or "")
        spans = self.spans(text) if spans is None else spans
        out, position = [], 0
        for start, end in spans:
            out.append(escape(text[position:start]))
            out.append(f"<mark>{escape(text[start:end])}</mark>")
            position = end
        out.append(escape(text[position:]))
        return mark_safe("".join(out))

    def excerpt(self, text: str, size: int = SNIPPET_CHARS) -> SafeString:
        """At most ``size`` characters of ``text`` around its first query word, marked."""
        text = nfc(text or "")
        spans = self.spans(text)
        if len(text) <= size:
            return self.mark(text, spans)
        first = spans[0][0] if spans else 0
        start = 0
        if first > size // 3:  # start a little before the first match, at a word
            start = first - size // 3
            space = text.find(" ", start, first)
            start = space + 1 if space >= 0 else start
        end = min(len(text), start + size)
        if end < len(text):  # end at a word, after the first match
            space = text.rfind(" ", first + 1, end)
            end = space if space > 0 else end
        window = [
            (max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start
        ]
        marked = self.mark(text[start:end], window)
        return mark_safe(("… " if start else "") + marked + (" …" if end < len(text) else ""))
