"""Matching headlines to stories by title, the way an editor reads them.

Curated lists on scraped pages carry titles, not links, and the same title is
spelled in slightly different ways across a site: NFC or NFD, straight or
curly quotes, a double space, a dropped accent. Titles are therefore compared
by a key (NFC, case-folded, spaces collapsed, quotes and dashes unified) and,
when that finds nothing, by the accent-folded key (``articles.text.fold``).

The top headlines of a page arrive run together on one line, so this module
also splits such a line: first around titles we already know (stories in the
database and every title seen in this import), then, for what is left, where
a new sentence-case headline visibly starts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from ..text import fold, nfc

_TYPOGRAPHY = str.maketrans(
    {
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "‘": "'",
        "’": "'",
        "‚": "'",
        "–": "-",
        "—": "-",
        "‐": "-",
        "…": "...",
    }
)
_EDGE_PUNCTUATION = " .,;:!?|"


def title_key(text: str) -> str:
    """NFC, case-folded, one space between words, typographic marks unified."""
    return " ".join(nfc(text or "").translate(_TYPOGRAPHY).casefold().split()).strip(
        _EDGE_PUNCTUATION
    )


def folded_key(text: str) -> str:
    """``title_key`` without accents, "đ" read as "d": the fallback comparison."""
    return fold(title_key(text))


# -- splitting a run-together headline line ---------------------------------

# Capitalised words that Vietnamese news writes inside a sentence (bodies,
# ranks, events), so a capital before them is no sign of a new headline.
_INSIDE_SENTENCE = {
    "dai hoi",
    "hoi nghi",
    "cong doan",
    "dang bo",
    "uy ban",
    "quoc hoi",
    "chinh phu",
    "thu tuong",
    "nha nuoc",
    "co thi",
    "bang khen",
    "hoi dong",
    "mat tran",
    "lien doan",
    "thanh uy",
    "huyen uy",
    "tinh uy",
    "quan uy",
    "chu tich",
    "bi thu",
    "giam doc",
    "thang cong",
    "cong nhan",
    "cum thi",
    "thoa uoc",
    "nghi quyet",
    "nghi dinh",
    "quy che",
    "bo luat",
    "trung uong",
    "thu do",
    "nha may",
    "cong ty",
    "tap doan",
    "ngan hang",
    "benh vien",
    "quan doi",
    "cong an",
    "cuoc thi",
}
# Words a headline does not end on: a capital after them continues the sentence
# ("đoạt giải Nhất", "của Hà Nội").
_NEVER_LAST = {
    "cua",
    "va",
    "cho",
    "voi",
    "tai",
    "trong",
    "ve",
    "cac",
    "nhung",
    "giai",
    "nganh",
    "la",
    "o",
    "tu",
    "den",
    "tren",
    "duoi",
    "theo",
    "bang",
    "nhu",
    "khi",
    "de",
    "do",
    "vi",
    "nam",
    "thang",
    "ngay",
    "so",
    "mien",
    "tinh",
    "huyen",
    "quan",
    "xa",
    "phuong",
    "thanh",
    "pho",
}
_MIN_PIECE_TOKENS = 3
_MIN_KNOWN_TOKENS = 3


def _is_word(token: str) -> bool:
    return token.isalpha()


def _capitalised(token: str) -> bool:
    """A word starting with a capital that is not an acronym such as "LĐLĐ"."""
    return _is_word(token) and token[0].isupper() and not (len(token) > 1 and token.isupper())


def _opens_headline(token: str) -> bool:
    first = token[:1]
    return first.isupper() or first.isdigit() or first in "\"'“‘(["


def _guess_split(tokens: list[str]) -> list[list[str]]:
    """Cut before a capitalised word that follows a lower-case word and is itself
    followed by a lower-case word ("… người lao động | Vạch trần …"), unless the
    pair is a body or rank written with a capital inside sentences."""
    pieces, start = [], 0
    for j in range(1, len(tokens) - 1):
        before, word, after = tokens[j - 1], tokens[j], tokens[j + 1]
        if not _capitalised(word) or not after[:1].islower():
            continue
        if not (before[-1:].islower() or before[-1:].isdigit()) or before[:1].isupper():
            continue
        if fold(f"{word} {after}") in _INSIDE_SENTENCE or fold(before) in _NEVER_LAST:
            continue
        if j - start < _MIN_PIECE_TOKENS or len(tokens) - j < _MIN_PIECE_TOKENS:
            continue
        pieces.append(tokens[start:j])
        start = j
    pieces.append(tokens[start:])
    return [piece for piece in pieces if piece]


class KnownTitles:
    """Titles we know, indexed by their first folded word for fast scanning."""

    def __init__(self, titles: Iterable[str] = ()):
        self._by_first: dict[str, set[tuple[str, ...]]] = defaultdict(set)
        for title in titles:
            self.add(title)

    def add(self, title: str) -> None:
        words = tuple(folded_key(title).split())
        if len(words) >= _MIN_KNOWN_TOKENS:
            self._by_first[words[0]].add(words)

    def longest_at(self, keys: list[str], i: int) -> int:
        """Length in words of the longest known title starting at ``keys[i]`` (0: none)."""
        best = 0
        for words in self._by_first.get(keys[i], ()):
            n = len(words)
            if n > best and tuple(keys[i : i + n]) == words:
                best = n
        return best


def split_headlines(line: str, known: KnownTitles) -> list[tuple[str, bool]]:
    """The headlines of a run-together line, each with ``True`` when it was guessed
    (cut by capitalisation) rather than recognised as a known title."""
    tokens = line.split()
    keys = [folded_key(token) or token for token in tokens]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        n = known.longest_at(keys, i)
        end = i + n
        at_start = i == 0 or _opens_headline(tokens[i])
        at_end = end == len(tokens) or _opens_headline(tokens[end]) if n else False
        if n and at_start and at_end:
            spans.append((i, end))
            i = end
        else:
            i += 1
    result: list[tuple[str, bool]] = []
    previous = 0
    for start, end in [*spans, (len(tokens), len(tokens))]:
        if previous < start:
            guessed = _guess_split(tokens[previous:start])
            result.extend((" ".join(piece), len(guessed) > 1) for piece in guessed)
        if start < end:
            result.append((" ".join(tokens[start:end]), False))
        previous = end
    return [(text, guessed) for text, guessed in result if text.strip(_EDGE_PUNCTUATION)]


# -- finding the story a title names ------------------------------------------


@dataclass(frozen=True)
class Story:
    pk: int
    title: str
    section_id: int | None
    live: bool
    published_at: datetime | None


class TitleIndex:
    """Stories by title key and by folded key, to resolve curated titles."""

    def __init__(self, stories: Iterable[Story] = ()):
        self._exact: dict[str, list[Story]] = defaultdict(list)
        self._folded: dict[str, list[Story]] = defaultdict(list)
        for story in stories:
            self.add(story)

    def add(self, story: Story) -> None:
        self._exact[title_key(story.title)].append(story)
        self._folded[folded_key(story.title)].append(story)

    def titles(self) -> list[str]:
        return [stories[0].title for stories in self._exact.values() if stories]

    def find(
        self, title: str, *, exclude: int | None = None, section_id: int | None = None
    ) -> tuple[Story | None, int]:
        """The best story for ``title`` and how many stories share that title.

        Among namesakes (the same title in two sections), prefer the story in
        ``section_id``, then a live one, then the newest.
        """
        for table, key in ((self._exact, title_key(title)), (self._folded, folded_key(title))):
            found = [story for story in table.get(key, []) if story.pk != exclude]
            if found:
                found.sort(
                    key=lambda s: (
                        s.section_id == section_id,
                        s.live,
                        s.published_at.timestamp() if s.published_at else 0.0,
                        s.pk,
                    ),
                    reverse=True,
                )
                return found[0], len(found)
        return None, 0
