"""What a reader typed, as search terms: folded Vietnamese word tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import clean_line, fold

MAX_QUERY_LENGTH = 200
MAX_TERMS = 24

TERM_RE = re.compile(r"[^\W_]+")


def terms(text: str) -> list[str]:
    """The folded word tokens of ``text``: "Công-đoàn Hà Nội!" -> ["cong", "doan", "ha", "noi"]."""
    return TERM_RE.findall(fold(text))


@dataclass(frozen=True)
class Query:
    """What the reader typed (NFC, at most 200 characters) and its search terms."""

    text: str = ""
    terms: tuple[str, ...] = ()
    truncated: bool = False

    @classmethod
    def parse(cls, raw: str | None) -> Query:
        text = clean_param(raw or "", 4 * MAX_QUERY_LENGTH)
        truncated = len(text) > MAX_QUERY_LENGTH
        if truncated:
            cut = text[: MAX_QUERY_LENGTH + 1]
            # Cut between words, so the last word is not half a word.
            text = (cut.rsplit(" ", 1)[0] if " " in cut else cut)[:MAX_QUERY_LENGTH].rstrip()
        unique = dict.fromkeys(terms(text))  # ordered, without repeats
        return cls(text=text, terms=tuple(unique)[:MAX_TERMS], truncated=truncated)

    def __bool__(self) -> bool:
        return bool(self.terms)


# -- the request: query and filters, as the reader gave them ------------------------


def clean_param(value: str, limit: int) -> str:
    """A query-string value as one NFC line without control characters."""
    return clean_line(value[:limit])
