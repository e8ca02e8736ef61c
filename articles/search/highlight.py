"""Query words found in original Vietnamese text and marked, as typed."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from html import escape

from django.utils.safestring import SafeString, mark_safe

from ..text import fold, nfc
from .query import TERM_RE

SNIPPET_CHARS = 240


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return fold(char)


class Highlighter:
    """Finds query words in original text by folding it, and marks them.

    The text is folded one character at a time with a map back to the
    original positions, so "cong doan" marks "Công đoàn" as typed.
    """

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(words)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) in ``text`` (NFC) of each run of query words, runs joined across spaces."""
        text = nfc(text or "")
        if not text or not self.words:
            return []
        folded_chars: list[str] = []
        origin: list[int] = []
        for i, char in enumerate(text):
            folded = _fold_char(char)
            folded_chars.append(folded)
            origin.extend([i] * len(folded))
        folded_text = "".join(folded_chars)
        spans: list[tuple[int, int]] = []
        for match in TERM_RE.finditer(folded_text):
            if match.group() not in self.words:
                continue
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
