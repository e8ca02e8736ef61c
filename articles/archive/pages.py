"""Read one scraped article page into a plain dataclass, with no database.

The scraper that fed us (see /work/shared/seeds) flattened a story page to
text: the title on the first line, the editor's top headlines run together on
one line ending in " |", the lead, the body, photos written as a row
``![]() |`` with the caption on the next line ending in ``|``, and then the
trailing blocks "Có thể bạn quan tâm", "Nên xem" and "Tin khác".

The parser is deliberately separate from the importer: it never touches the
database and never raises on odd input (only on bytes that are not UTF-8), so
it can be fuzzed cheaply and its result inspected in tests. Everything
dubious becomes a ``Note`` carrying its line number, for the import report.
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import dataclass, field
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..dates import plausible_year
from ..text import clean_line, fold, nfc

RELATED, MUST_SEE, OTHER_NEWS = "related", "must_see", "other_news"
BLOCK_MARKERS = {
    "co the ban quan tam": RELATED,
    "nen xem": MUST_SEE,
    "tin khac": OTHER_NEWS,
}
BLOCK_LABELS = {
    RELATED: gettext_lazy("Có thể bạn quan tâm"),
    MUST_SEE: gettext_lazy("Nên xem"),
    OTHER_NEWS: gettext_lazy("Tin khác"),
}

# Site chrome the scraper sometimes keeps: menus, share buttons, footers.
# Compared folded, so "CHIA SẺ" and "Chia sẻ" are both noise.
NOISE_LINES = {
    "trang chu",
    "chia se",
    "facebook",
    "zalo",
    "twitter",
    "email",
    "in bai",
    "in bai viet",
    "binh luan",
    "gui binh luan",
    "quang cao",
    "advertisement",
    "xem them",
    "doc them",
    "tin lien quan",
    "theo doi chung toi tren google news",
    "dang nhap",
    "dang ky",
    "copy link",
    "sao chep lien ket",
    "lien he",
    "len dau trang",
    "video",
    "anh",
}
_SHORT_LINE = 60
_NOISE_PREFIXES = ("tags:", "tag:", "tu khoa:", "ban quyen", "©", "copyright")
_SYMBOLS_ONLY_RE = re.compile(r"^[\W_]*$", re.UNICODE)

_PHOTO_RE = re.compile(
    r"^\|?\s*!\[(?P<alt>[^\]]*)\]\(\s*(?P<src>[^)\s]*)(?:\s+\"[^\"]*\")?\s*\)\s*\|?\s*$"
)
# A thumbnail line of a list item. The scraper wrote the tag with or without a
# namespace prefix, and a truncated page may lose the closing tag.
_IMAGE_LINE_RE = re.compile(
    r"^<(?:[\w.-]+:)?image\b[^>]*>(?P<inner>.*?)(?:</(?:[\w.-]+:)?image>)?$", re.IGNORECASE
)
_IMAGE_SRC_RE = re.compile(
    r"!\[[^\]]*\]\(\s*(?P<md>[^)\s]*)|(?P<url>[a-z][a-z0-9+.-]*://[^\s\"'<>)]+)"
)
# "Hoạt động 02/06/2025 06:02": a section name (maybe empty) then a local time.
_TIMED_RE = re.compile(
    r"^(?P<label>.*?)[\s,|-]*(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})"
    r"[\s,|-]+(?P<H>\d{1,2}):(?P<M>\d{2})(?:\s*\(?GMT\+7\)?)?$",
    re.IGNORECASE,
)
_WEEKDAY_RE = re.compile(r"^(thu\s+\w+|chu nhat)\W*$")
# Stray markup the scraper left inside text: dropped, the words kept.
_TAG_RE = re.compile(
    r"</?(?:p|br|b|i|u|s|em|strong|span|div|a|font|sup|sub|figure|figcaption|img|h[1-6])"
    r"(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_ENTITY_RE = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});", re.IGNORECASE)
_INVISIBLE_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200d\u2060\ufeff]")
_LINE_BREAK_RE = re.compile(r"\r\n|\r|\n")


class PageReadError(Exception):
    """The file cannot be read as text at all; ``str(exc)`` is for the user."""


@dataclass
class Note:
    line: int
    message: str


@dataclass
class Paragraph:
    line: int
    text: str


@dataclass
class Photo:
    line: int
    index: int  # 1-based among the photos of the page
    caption: str = ""
    src: str = ""
    alt: str = ""


@dataclass
class ListItem:
    line: int
    title: str
    image: str = ""
    section: str = ""
    published_at: datetime | None = None


@dataclass
class Page:
    """What one page says, in reading order; empty fields mean "not on the page"."""

    name: str
    title: str = ""
    title_line: int = 0
    headlines: list[tuple[int, str]] = field(default_factory=list)
    section_label: str = ""
    published_at: datetime | None = None
    lead: str = ""
    lead_line: int = 0
    body: list[Paragraph | Photo] = field(default_factory=list)
    # None: the block is not on the page at all (so nothing is known about it).
    related: list[ListItem] | None = None
    must_see: list[ListItem] | None = None
    other_news: list[ListItem] | None = None
    notes: list[Note] = field(default_factory=list)

    @property
    def photos(self) -> list[Photo]:
        return [part for part in self.body if isinstance(part, Photo)]

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [part for part in self.body if isinstance(part, Paragraph)]

    def note(self, line: int, message: str) -> None:
        self.notes.append(Note(line, message))


def decode_page(data: bytes, name: str) -> str:
    """The text of a page file; a clear Vietnamese error when it is not UTF-8."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise PageReadError(
            _(
                "%(name)s: tệp được lưu ở dạng UTF-16, không phải UTF-8. "
                "Hãy lưu lại tệp dưới dạng UTF-8 rồi nhập lại."
            )
            % {"name": name}
        )
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise PageReadError(
            _(
                "%(name)s: tệp không phải văn bản UTF-8 (byte lỗi ở dòng %(line)s, "
                "vị trí %(position)s). Hãy lưu lại tệp dưới dạng UTF-8 rồi nhập lại."
            )
            % {"name": name, "line": line, "position": exc.start}
        ) from None


def clean_text(raw: str) -> str:
    """One line as we store text: NFC, entities decoded, stray tags and invisibles gone."""
    text = nfc(raw)
    for _attempt in range(2):  # "&amp;nbsp;" was escaped twice by some scrapers
        if "&" not in text or not _ENTITY_RE.search(text):
            break
        text = html.unescape(text)
    text = _INVISIBLE_RE.sub("", text)
    if not _IMAGE_LINE_RE.match(text.strip()):
        text = _TAG_RE.sub(" ", text)
    return clean_line(nfc(text))


def local_time(day: str, month: str, year: str, hour: str, minute: str) -> datetime | None:
    """An aware datetime for a "dd/mm/yyyy HH:MM" the site printed in Hanoi time;
    None for a date that is not one, or outside the newsroom's calendar."""
    try:
        naive = datetime(int(year), int(month), int(day), int(hour), int(minute))
    except ValueError:
        return None
    if not plausible_year(naive.year):
        return None
    return timezone.make_aware(naive, timezone.get_default_timezone())


def _is_noise(text: str) -> bool:
    if _PHOTO_RE.match(text):
        return False
    if _SYMBOLS_ONLY_RE.match(text):
        return True
    if len(text) > _SHORT_LINE:  # long lines: only footers ("Bản quyền …", "Tags: …")
        return fold(text[:12]).startswith(_NOISE_PREFIXES)
    folded = fold(text).rstrip(":").strip()
    return folded in NOISE_LINES or folded.startswith(_NOISE_PREFIXES)


def _marker(text: str) -> str | None:
    if len(text) > _SHORT_LINE:
        return None
    return BLOCK_MARKERS.get(fold(text).rstrip(":").strip())


def _strip_bars(text: str) -> str:
    return text.strip().strip("|").strip()


class _Parser:
    def __init__(self, text: str, name: str):
        self.page = Page(name=name)
        self.lines: list[tuple[int, str]] = []
        for number, raw in enumerate(_LINE_BREAK_RE.split(text), 1):
            cleaned = clean_text(raw)
            if cleaned and not _is_noise(cleaned):
                self.lines.append((number, cleaned))
        self.pos = 0
        self.photo_count = 0

    def peek(self) -> tuple[int, str] | None:
        return self.lines[self.pos] if self.pos < len(self.lines) else None

    def parse(self) -> Page:
        self._title()
        block = self._header_and_body()
        if block:
            self._blocks(block)
        self._check()
        return self.page

    def _title(self) -> None:
        while (current := self.peek()) is not None:
            number, text = current
            if _marker(text):
                return
            self.pos += 1
            if _PHOTO_RE.match(text) or _IMAGE_LINE_RE.match(text) or _TIMED_RE.match(text):
                self.page.note(number, _("Bỏ qua dòng đứng trước tiêu đề."))
                continue
            self.page.title, self.page.title_line = _strip_bars(text), number
            return

    def _header_and_body(self) -> str | None:
        """Headlines and time (before the lead), then lead and body; returns the first block."""
        page, in_header = self.page, True
        while (current := self.peek()) is not None:
            number, text = current
            self.pos += 1
            if block := _marker(text):
                return block
            if _IMAGE_LINE_RE.match(text):
                continue  # a thumbnail of some other story: site chrome
            if match := _PHOTO_RE.match(text):
                in_header = False
                self._photo(number, match)
                continue
            timed = _TIMED_RE.match(text)
            if in_header and timed and len(text) < 80:
                self._header_time(number, timed)
                continue
            if in_header and text.endswith("|"):
                headlines = _strip_bars(text)
                if headlines:
                    page.headlines.append((number, headlines))
                continue
            if text.endswith("|"):
                # A table-cell bar the scraper left; short lines may be orphaned captions.
                if len(text) < 200:
                    page.note(
                        number, _("Dòng kết thúc bằng “|” mà không đi sau ảnh: coi là đoạn văn.")
                    )
                text = _strip_bars(text)
            if in_header:
                page.lead, page.lead_line, in_header = text, number, False
            else:
                page.body.append(Paragraph(number, text))
        return None

    def _header_time(self, number: int, timed: re.Match) -> None:
        when = local_time(*timed.group("d", "m", "y", "H", "M"))
        if when is None:
            self.page.note(number, _("Thời gian không hợp lệ, bỏ qua."))
            return
        self.page.published_at = when
        label = timed.group("label").strip(" ,-|")
        if label and not _WEEKDAY_RE.match(fold(label)):
            self.page.section_label = label

    def _photo(self, number: int, match: re.Match) -> None:
        self.photo_count += 1
        photo = Photo(number, self.photo_count, src=match.group("src"), alt=match.group("alt"))
        following = self.peek()
        if following is not None:
            text = following[1]
            if text.endswith("|") and not _PHOTO_RE.match(text) and not _marker(text):
                photo.caption = _strip_bars(text)
                self.pos += 1
        if not photo.caption:
            self.page.note(number, _("Ảnh không có chú thích."))
        self.page.body.append(photo)

    def _blocks(self, block: str) -> None:
        lists: dict[str, list[ListItem]] = {block: []}
        image = ""
        while (current := self.peek()) is not None:
            number, text = current
            self.pos += 1
            if found := _marker(text):
                block, image = found, ""
                lists.setdefault(block, [])
                continue
            if inner := _IMAGE_LINE_RE.match(text):
                src = _IMAGE_SRC_RE.search(inner.group("inner"))
                image = (src.group("md") or src.group("url") or "") if src else ""
                continue
            if _PHOTO_RE.match(text):
                continue
            timed = _TIMED_RE.match(text)
            if timed and len(text) < 160:
                items = lists[block]
                if block == OTHER_NEWS and items and items[-1].published_at is None:
                    items[-1].section = timed.group("label").strip(" ,-|")
                    items[-1].published_at = local_time(*timed.group("d", "m", "y", "H", "M"))
                    if items[-1].published_at is None:
                        self.page.note(number, _("Thời gian không hợp lệ, bỏ qua."))
                else:
                    self.page.note(number, _("Dòng thời gian không thuộc tin nào, bỏ qua."))
                continue
            lists[block].append(ListItem(number, _strip_bars(text), image=image))
            image = ""
        self.page.related = lists.get(RELATED)
        self.page.must_see = lists.get(MUST_SEE)
        self.page.other_news = lists.get(OTHER_NEWS)

    def _check(self) -> None:
        page = self.page
        for item in page.other_news or []:
            if item.published_at is None:
                page.note(
                    item.line,
                    _("Tin khác “%(title)s” không có thời gian.") % {"title": item.title},
                )
        if page.title and not page.lead:
            page.note(page.title_line, _("Trang không có sapo (đoạn mở đầu)."))


def parse_page(text: str, name: str = "") -> Page:
    """Parse the text of one scraped page. Never raises on content."""
    return _Parser(text, name).parse()
