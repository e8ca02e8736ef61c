"""The pre-publish checklist: what a story must have before readers see it.

The rules, for any caller: the story form (articles/admin/checklist.py runs
them when a save would take a story live or schedule it) and
``workflow.publish()``, so no path puts an unfinished story on the site.
Blocking items stop the publication with one clear list; soft items are
shown as warnings after a save and never stop it.

Blocking: a cover photo, with alt text and a caption; a section; at least one
tag; a lead; no photo in the body without a caption or without alt text.
Soft: a title over 100 characters; no related story chosen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import Article, Image, LinkKind

TITLE_SOFT_LIMIT = 100


@dataclass
class Checklist:
    blocking: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return not self.blocking


class _BodyPhotos(HTMLParser):
    """Every ``<img>`` of a body, and every ``<figure>``'s caption."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.images: list[dict[str, str]] = []
        self.figures: list[dict] = []
        self._figure: dict | None = None
        self._in_caption = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            image = {k: v or "" for k, v in attrs}
            self.images.append(image)
            if self._figure is not None:
                self._figure["has_image"] = True
        elif tag == "figure":
            self._figure = {"caption": [], "has_caption": False, "has_image": False}
        elif tag == "figcaption" and self._figure is not None:
            self._in_caption = True
            self._figure["has_caption"] = True

    def handle_endtag(self, tag: str) -> None:
        if tag == "figcaption":
            self._in_caption = False
        elif tag == "figure" and self._figure is not None:
            if self._figure["has_image"]:
                self.figures.append(self._figure)
            self._figure = None

    def handle_data(self, data: str) -> None:
        if self._in_caption and self._figure is not None:
            self._figure["caption"].append(data)


def body_photo_problems(body: str) -> tuple[int, int]:
    """(photos without alt text, photos without a caption) in a story body."""
    parser = _BodyPhotos()
    parser.feed(body or "")
    parser.close()
    no_alt = sum(1 for image in parser.images if not image.get("alt", "").strip())
    no_caption = sum(1 for f in parser.figures if not "".join(f["caption"]).strip())
    # A photo outside any <figure> has no caption at all.
    loose = len(parser.images) - sum(1 for f in parser.figures if f["has_image"])
    return no_alt, no_caption + max(0, loose)


def check(
    *,
    title: str,
    lead: str,
    body: str,
    section_id: int | None,
    tags: list[str],
    cover: Image | None,
    cover_caption: str,
    article: Article | None = None,
) -> Checklist:
    result = Checklist()
    block = result.blocking.append
    if cover is None:
        block(_("Chưa chọn ảnh đại diện."))
    else:
        if not cover.alt_text.strip():
            block(
                _(
                    "Ảnh đại diện chưa có mô tả ảnh (alt): hãy thêm trong Thư viện ảnh "
                    "(biểu tượng bút chì cạnh ô ảnh đại diện)."
                )
            )
        if not (cover_caption or "").strip() and not cover.caption.strip():
            block(_("Ảnh đại diện chưa có chú thích."))
    if not section_id:
        block(_("Chưa chọn chuyên mục."))
    if not tags:
        block(_("Bài chưa có thẻ nào: cần ít nhất một thẻ."))
    if not (lead or "").strip():
        block(_("Chưa có sapo."))
    no_alt, no_caption = body_photo_problems(body)
    if no_caption:
        block(
            ngettext(
                "%(count)s ảnh trong bài chưa có chú thích.",
                "%(count)s ảnh trong bài chưa có chú thích.",
                no_caption,
            )
            % {"count": no_caption}
        )
    if no_alt:
        block(
            ngettext(
                "%(count)s ảnh trong bài chưa có mô tả ảnh (alt).",
                "%(count)s ảnh trong bài chưa có mô tả ảnh (alt).",
                no_alt,
            )
            % {"count": no_alt}
        )

    if len(title or "") > TITLE_SOFT_LIMIT:
        result.warnings.append(
            _(
                "Tiêu đề dài %(length)s ký tự (nên dưới %(limit)s): "
                "máy tìm kiếm và mạng xã hội sẽ cắt bớt."
            )
            % {"length": len(title), "limit": TITLE_SOFT_LIMIT}
        )
    has_related = (
        article is not None
        and article.pk is not None
        and article.links.filter(kind__in=[LinkKind.PIN, LinkKind.TOP]).exists()
    )
    if not has_related:
        result.warnings.append(_("Bài chưa có tin liên quan nào được chọn."))
    return result


def check_stored(article: Article) -> Checklist:
    """The checklist for a story as it is stored (list actions, scripts)."""
    return check(
        title=article.title,
        lead=article.lead,
        body=article.body,
        section_id=article.section_id,
        tags=list(article.tags.names()),
        cover=article.cover if article.cover_id else None,
        cover_caption=article.cover_caption,
        article=article,
    )
