"""Vietnamese text handling: normalisation, accent folding, slugs and tokens.

Vietnamese arrives in two Unicode spellings: precomposed (NFC, "ộ" is one
code point) and decomposed (NFD, "o" + two combining marks). Browsers on
different systems send either, so everything we store is NFC and everything
we compare is folded.

Folding removes tone and vowel marks and maps "đ" to "d". Unicode gives "đ"
no decomposition (it is a letter of its own, not "d" with a mark), which is
why Django's ``slugify`` silently drops it: "Đoàn" would become "oan".
"""

from __future__ import annotations

import re
import unicodedata

from django.utils.text import slugify

_D_MAP = str.maketrans({"đ": "d", "Đ": "D"})  # i18n: data
_WORD_RE = re.compile(r"\w+", re.UNICODE)
_SPACE_RE = re.compile(r"[ \t\n\r\x0b\x0c\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# What XML 1.0 forbids (C0 controls but tab and line breaks; lone surrogates;
# U+FFFE/U+FFFF) and what no writer means (DEL, C1 controls). Text pasted from
# Word or PDF brings such characters along; one of them in a headline made
# the RSS feeds fail for every reader.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def nfc(value: str) -> str:
    """Return ``value`` in NFC, the one form we store."""
    return unicodedata.normalize("NFC", value) if value else value


def without_controls(value: str) -> str:
    """``value`` without control characters: safe in XML, kept tabs and line breaks."""
    return _CONTROL_RE.sub("", value) if value else value


def clean_line(value: str) -> str:
    """NFC on one line: line breaks, control characters and runs of spaces
    (no-break spaces too) become one space."""
    if not value:
        return ""
    return _SPACE_RE.sub(" ", _CONTROL_RE.sub(" ", nfc(value))).strip()


def fold(value: str) -> str:
    """Lower-case ``value`` with every accent removed: "Công Đoàn" -> "cong doan"."""
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", value.translate(_D_MAP))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).lower()


def slugify_vi(value: str, max_length: int = 200) -> str:
    """A URL slug from Vietnamese text, keeping every letter including "đ".

    >>> slugify_vi("Công đoàn Hà Nội: Đẩy mạnh phát triển đoàn viên")
    'cong-doan-ha-noi-day-manh-phat-trien-doan-vien'
    """
    slug = slugify(fold(value))
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    return slug.strip("-")


def words(value: str) -> list[str]:
    """Lower-case syllables of ``value`` (Vietnamese writes one syllable per token)."""
    return _WORD_RE.findall(nfc(value).lower())


def count_words(value: str) -> int:
    return len(words(value))
