"""Write scraped pages to the database: one transaction per article, idempotent.

Decisions, and why:

* Identity. A page is keyed by ``Article.source_key = "page:<file stem>"`` and
  its photos by ``"<that key>:anh-<n>"``, so importing again finds the same
  rows and saves only what differs: a second run reports nothing changed.
* Publication time. Taken, in order, from a time line under the title, from
  another page of the same run whose "Tin khác" lists this title with a time
  (same section), from the existing article, else the import time with a
  warning. A file's mtime is when the scraper saved it, not when the story
  went out, so it is never used.
* Status. New articles are published; an existing article keeps the status
  the desk gave it (an unpublished story is not brought back by a re-run).
* Curation is add-only: top headlines become ArticleLink "top", "Có thể bạn
  quan tâm" ArticleLink "pin", "Nên xem" BlockItems of the "nen-xem" block,
  each matched by title against stories that exist or were imported in this
  run (links are made after every page is written). Links an editor added are
  never removed, pins an editor excluded are not re-added, and titles nobody
  wrote are reported, never invented.
* Atomicity. Each article (its section, photos, body) is written inside
  ``transaction.atomic()``; on any error it is rolled back, files written for
  it are deleted, and the next file is imported.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from django.core.files.storage import default_storage
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from tqdm import tqdm

from ..models import Article, Image
from ..querysets import Status
from ..sanitize import sanitize_html
from ..text import clean_line, nfc
from .curation import Curator
from .failures import explain, file_failure
from .pages import ListItem, Page, PageReadError, Paragraph, decode_page, parse_page
from .photos import (
    PhotoError,
    alt_from_caption,
    is_placeholder,
    is_url,
    placeholder_file,
    real_photo,
)
from .sections import SectionFinder, display
from .titles import folded_key

logger = logging.getLogger(__name__)

TITLE_MAX = Article._meta.get_field("title").max_length
KEY_MAX = Article._meta.get_field("source_key").max_length


@dataclass
class Message:
    file: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.text}" if self.line else f"{self.file}: {self.text}"


@dataclass
class ImportReport:
    files: int = 0
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    sections_created: list[str] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    errors: list[Message] = field(default_factory=list)

    def summary(self) -> list[str]:
        lines = [
            _(
                "Đã xử lý %(files)s tệp: %(created)s bài tạo mới, "
                "%(updated)s bài cập nhật, %(unchanged)s bài không đổi, "
                "%(skipped)s tệp bỏ qua, %(errors)s tệp lỗi."
            )
            % {
                "files": self.files,
                "created": len(self.created),
                "updated": len(self.updated),
                "unchanged": len(self.unchanged),
                "skipped": len(self.skipped),
                "errors": len(self.errors),
            }
        ]
        if self.sections_created:
            lines.append(
                _("Chuyên mục mới: %(sections)s.") % {"sections": "; ".join(self.sections_created)}
            )
        if self.warnings:
            count = len(self.warnings)
            lines.append(
                ngettext("Cảnh báo (%(count)s):", "Cảnh báo (%(count)s):", count) % {"count": count}
            )
            ordered = sorted(self.warnings, key=lambda m: (m.file, m.line))
            lines.extend(f"  {message}" for message in ordered)
        if self.errors:
            count = len(self.errors)
            lines.append(ngettext("Lỗi (%(count)s):", "Lỗi (%(count)s):", count) % {"count": count})
            ordered = sorted(self.errors, key=lambda m: (m.file, m.line))
            lines.extend(f"  {message}" for message in ordered)
        return lines


def source_key_for(path: Path) -> str:
    """``page:<stem>``, shortened with a hash when the stem is very long."""
    stem = nfc(path.stem)
    key = f"page:{stem}"
    if len(key) + len(":anh-9999") > KEY_MAX:
        key = f"page:{stem[:120]}~{hashlib.sha1(stem.encode()).hexdigest()[:12]}"
    return key


def page_body(page: Page, figures: dict[int, str]) -> str:
    """The body as the rich-text editor writes it: paragraphs and captioned figures."""
    parts = []
    for part in page.body:
        if isinstance(part, Paragraph):
            parts.append(f"<p>{escape(part.text, quote=False)}</p>")
        elif part.index in figures:
            parts.append(figures[part.index])
    return sanitize_html("".join(parts))


def figure_html(image: Image, caption: str) -> str:
    html = (
        f'<figure class="image"><img src="{escape(image.file.url)}" '
        f'alt="{escape(image.alt_text)}" width="{image.width}" height="{image.height}">'
    )
    if caption:
        html += f"<figcaption>{escape(caption, quote=False)}</figcaption>"
    return html + "</figure>"


def _same_file(image: Image, data: bytes) -> bool:
    try:
        with image.file.open("rb") as stored:
            return stored.read() == data
    except (OSError, ValueError):
        return False


class PageImporter:
    """Imports page files; ``run`` returns an ImportReport and raises on nothing."""

    def __init__(self, *, section: str = "", offline: bool = False, progress=None):
        self.section = clean_line(section)
        self.offline = offline
        self.progress = progress
        self.now = timezone.now()
        self.report = ImportReport()
        self._listings: dict[str, list[ListItem]] = {}
        self._outcome: dict[int, str] = {}

    # -- reporting ---------------------------------------------------------
    def warn(self, name: str, line: int, text: str) -> None:
        self.report.warnings.append(Message(name, line, text))

    def fail(self, name: str, line: int, text: str) -> None:
        self.report.errors.append(Message(name, line, text))

    # -- the run -------------------------------------------------------------
    def run(self, paths: Iterable[str | Path]) -> ImportReport:
        """Import every page under ``paths``; problems end up in the report."""
        files = self._collect(paths)
        self.report.files = len(files)
        # First pass: what pages say about each other ("Tin khác" times and
        # sections, list titles). Bodies are dropped, so memory stays small
        # however large the archive; the second pass parses each file again.
        readable, list_titles = [], []
        for path in files:
            page = self._load(path)
            if page is None:
                continue
            readable.append(path)
            for item in page.other_news or []:
                if item.published_at is not None:
                    self._listings.setdefault(folded_key(item.title), []).append(item)
            for item in (page.related or []) + (page.must_see or []) + (page.other_news or []):
                list_titles.append(item.title)
        written: list[tuple[Path, Page, int]] = []
        bar = tqdm(readable, desc=_("Nhập trang"), unit=_("tệp"), file=self.progress, disable=None)
        for path in bar:
            page = self._load(path)
            pk = self._import_one(path, page) if page is not None else None
            if pk is not None:
                page.body.clear()  # curation needs the lists only
                written.append((path, page, pk))
        bar.close()
        if written:
            for pk in Curator(self.warn).run(written, list_titles):
                if self._outcome[pk] == "unchanged":
                    self._outcome[pk] = "updated"
        for path, _page, pk in written:
            getattr(self.report, self._outcome[pk]).append(path.name)
        return self.report

    def _collect(self, paths: Iterable[str | Path]) -> list[Path]:
        files: list[Path] = []
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                files.extend(
                    sorted(p for p in path.glob("*.txt") if p.is_file() and p.name[0] != ".")
                )
            elif path.is_file():
                files.append(path)
            else:
                self.fail(str(path), 0, _("Không tìm thấy tệp hoặc thư mục này."))
        unique = list(dict.fromkeys(files))
        stems = Counter(source_key_for(p) for p in unique)
        for path in unique:
            if stems[source_key_for(path)] > 1:
                self.warn(str(path), 0, _("Nhiều tệp cùng tên trong một lần nhập: tệp sau ghi đè."))
        return unique

    def _load(self, path: Path) -> Page | None:
        """The parsed page, or None after reporting why not.

        Called twice per file (see ``run``); only a file that changed between
        the two passes can be reported twice.
        """
        try:
            text = decode_page(path.read_bytes(), path.name)
        except OSError as exc:
            self.fail(
                path.name, 0, _("Không đọc được tệp (%(error)s).") % {"error": file_failure(exc)}
            )
            return None
        except PageReadError as exc:
            self.fail(path.name, 0, str(exc).removeprefix(f"{path.name}: "))
            return None
        try:
            return parse_page(text, path.name)
        except Exception:  # the parser never raises by design; a bug must not stop the run
            logger.info("parse_page failed for %s", path, exc_info=True)
            self.fail(path.name, 0, _("Không phân tích được cấu trúc trang."))
            return None

    def _import_one(self, path: Path, page: Page) -> int | None:
        name = path.name
        for note in page.notes:
            self.warn(name, note.line, note.message)
        if not page.title:
            self.warn(name, 0, _("Không tìm thấy tiêu đề: bỏ qua tệp."))
            self.report.skipped.append(name)
            return None
        if not page.lead and not page.body:
            self.warn(name, page.title_line, _("Trang không có sapo và thân bài: bỏ qua tệp."))
            self.report.skipped.append(name)
            return None
        files: list[str] = []
        stale: list[str] = []
        sections = SectionFinder()
        try:
            with transaction.atomic():
                outcome, article = self._write(path, page, sections, files, stale)
                for old in stale:
                    transaction.on_commit(lambda old=old: default_storage.delete(old))
        except Exception as exc:
            reason = explain(logger, exc, "import", path)
            for written in files:
                with contextlib.suppress(OSError):
                    default_storage.delete(written)
            self.fail(
                name,
                0,
                _("Không lưu được bài (%(error)s); không có gì của bài này được ghi.")
                % {"error": reason},
            )
            return None
        self.report.sections_created.extend(sections.created)
        for text in sections.notes:
            self.warn(name, 0, text)
        self._outcome[article.pk] = outcome
        return article.pk

    # -- one article, inside its transaction ---------------------------------
    def _write(self, path, page, sections, files, stale) -> tuple[str, Article]:
        name, key = path.name, source_key_for(path)
        existing = Article.objects.select_related("section").filter(source_key=key).first()
        title = page.title
        if len(title) > TITLE_MAX:
            title = title[: TITLE_MAX - 1].rsplit(" ", 1)[0].rstrip(" ,;:-") + "…"
            self.warn(
                name,
                page.title_line,
                _(
                    "Tiêu đề dài %(length)s ký tự, vượt giới hạn %(limit)s: "
                    "đã cắt còn %(cut)s ký tự."
                )
                % {"length": len(page.title), "limit": TITLE_MAX, "cut": len(title)},
            )
        section = self._section(page, existing, sections, name)
        published_at = self._published_at(page, section, existing, name)
        figures, photos_changed = self._figures(path, page, key, title, files, stale)
        values = {
            "title": clean_line(title),
            "lead": clean_line(page.lead),
            "body": page_body(page, figures),
            "section_id": section.pk,
            "published_at": published_at,
        }
        if existing is None:
            article = Article(**values, status=Status.PUBLISHED, source_key=key)
            article.save()
            return "created", article
        changed = [f for f, value in values.items() if getattr(existing, f) != value]
        if changed:
            for f in changed:
                setattr(existing, f, values[f])
            existing.save()
        return ("updated" if changed or photos_changed else "unchanged"), existing

    def _section(self, page, existing, sections: SectionFinder, name: str):
        if self.section:
            return sections.path(self.section)
        votes: Counter[str] = Counter()
        names: dict[str, str] = {}
        for label, weight in [(page.section_label, 1000)] + [
            (item.section, 1) for item in page.other_news or []
        ]:
            if label:
                votes[folded_key(label)] += weight
                names.setdefault(folded_key(label), clean_line(label))
        if votes:
            return sections.named(names[votes.most_common(1)[0][0]], list(names.values()))
        listed = [i for i in self._listings.get(folded_key(page.title), []) if i.section]
        if listed:
            return sections.named(listed[0].section, ())
        if existing is not None:
            return existing.section
        section = sections.fallback()
        self.warn(
            name,
            page.title_line,
            _("Không xác định được chuyên mục: xếp vào “%(section)s” (dùng --section để chỉ định).")
            % {"section": display(section)},
        )
        return section

    def _published_at(self, page, section, existing, name: str):
        if page.published_at is not None:
            return page.published_at
        family = {folded_key(section.name)}
        if section.parent_id:
            family.add(folded_key(section.parent.name))
        times = [
            item.published_at
            for item in self._listings.get(folded_key(page.title), [])
            if not item.section or folded_key(item.section) in family
        ]
        if times:
            return min(times)
        if existing is not None and existing.published_at is not None:
            return existing.published_at
        local = timezone.localtime(self.now).strftime("%d/%m/%Y %H:%M")
        self.warn(
            name,
            page.title_line,
            _(
                "Không rõ thời điểm xuất bản: dùng thời điểm nhập (%(time)s); "
                "sửa lại trong trang quản trị nếu cần."
            )
            % {"time": local},
        )
        return self.now

    def _figures(self, path, page, key, title, files, stale) -> tuple[dict[int, str], bool]:
        """Library Images for the page's photos, and the figure HTML for each."""
        name, figures, changed, used = path.name, {}, False, []
        for photo in page.photos:
            image_key = f"{key}:anh-{photo.index}"
            image = Image.objects.filter(source_key=image_key).first()
            upload = None
            if image is None or is_placeholder(image.file.name) or not is_url(photo.src):
                try:
                    upload, _source = real_photo(path, photo, self.offline)
                except PhotoError as exc:
                    self.warn(
                        name, photo.line, _("%(error)s Dùng ảnh tạm thay thế.") % {"error": exc}
                    )
            if upload is None and not photo.caption and image is None:
                self.warn(name, photo.line, _("Ảnh không có tệp và không có chú thích: bỏ qua."))
                continue
            caption = clean_line(photo.caption)
            alt = (
                clean_line(photo.alt)
                or alt_from_caption(caption)
                or _("Ảnh: %(title)s") % {"title": title}
            )[:300]
            if image is None:
                image = Image(caption=caption, alt_text=alt, source_key=image_key)
                content = upload or placeholder_file(path.stem, photo.index)
                image.file.save(content.name, content, save=False)
                files.append(image.file.name)
                image.save()
                changed = True
            else:
                dirty = image.caption != caption or image.alt_text != alt
                image.caption, image.alt_text = caption, alt
                if upload is not None and not _same_file(image, upload.read()):
                    upload.seek(0)
                    stale.append(image.file.name)
                    image.file.save(upload.name, upload, save=False)
                    files.append(image.file.name)
                    dirty = True
                if dirty:
                    image.save()
                    changed = True
            used.append(image_key)
            figures[photo.index] = figure_html(image, caption)
        leftovers = Image.objects.filter(source_key__startswith=f"{key}:anh-").exclude(
            source_key__in=used
        )
        for image in leftovers:
            if is_placeholder(image.file.name) and not image.cover_of.exists():
                stale.append(image.file.name)
                image.delete()
                changed = True
        return figures, changed
