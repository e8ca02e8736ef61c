"""``<picture>`` markup for reader pages, from stored rows only.

Everything here reads ``Image.renditions`` (see ``articles/renditions.py``)
and the width and height columns: no file is opened, no Pillow call is made,
and a photo whose file has gone still gets its markup (the media server
answers the missing file with a placeholder: ``articles/media.py``). A photo
whose renditions are not made yet is served as its original, lazily.
"""

from __future__ import annotations

import re
from html import unescape
from typing import TYPE_CHECKING
from urllib.parse import unquote

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .compiled import CompiledQuery
from .renditions import MIME_TYPES, is_current, rendition_name

if TYPE_CHECKING:
    from .models import Image

# What the photo occupies, for the browser to pick a width before layout:
# the story column (site.css: 72rem page, 20rem side column from 60rem on),
# and a card's thumbnail.
STORY_SIZES = "(min-width: 60rem) 49rem, 100vw"
CARD_SIZES = "(min-width: 60rem) 20rem, 40vw"
# The fallback <img> src: sharp enough for a story column on a 1x screen.
_FALLBACK_WIDTH = 960

# nh3 writes every attribute as name="value" with the value escaped, so
# these are exact on a sanitized body (articles/sanitize.py relies on it too).
_IMG_RE = re.compile(r"<img\b[^>]*>")
_ATTR_RE = re.compile(r'([a-zA-Z][-a-zA-Z0-9]*)(?:="([^"]*)")?')


def _attrs(pairs: list[tuple[str, object]]) -> str:
    return "".join(f' {name}="{escape(value)}"' for name, value in pairs if value not in (None, ""))


def _loading(eager: bool) -> list[tuple[str, object]]:
    if eager:
        return [("fetchpriority", "high"), ("decoding", "async")]
    return [("loading", "lazy"), ("decoding", "async")]


def _plain(image: Image, alt: str, eager: bool) -> str:
    width, height = image.width or None, image.height or None
    pairs = [("src", image.file.url), ("alt", alt), ("width", width), ("height", height)]
    return f"<img{_attrs(pairs + _loading(eager))}>"


def picture_html(
    image, alt: str | None = None, sizes: str = CARD_SIZES, eager: bool = False
) -> str:
    """The markup of one library photo: a ``<picture>`` once its renditions
    exist, the plain original before; empty for a row without a file."""
    if image is None or not image.file:
        return SafeString("")
    alt = image.alt_text if alt is None else alt
    if not is_current(image):
        return mark_safe(_plain(image, alt, eager))
    manifest = image.renditions
    storage = image.file.storage
    base, widths = manifest["base"], manifest["sizes"]

    def srcset(fmt: str) -> str:
        return ", ".join(f"{storage.url(rendition_name(base, w, fmt))} {w}w" for w, _h in widths)

    sources = "".join(
        f"<source{_attrs([('type', MIME_TYPES[fmt]), ('srcset', srcset(fmt)), ('sizes', sizes)])}>"
        for fmt in manifest["formats"]
        if fmt != "jpeg" and fmt in MIME_TYPES
    )
    largest_w, largest_h = widths[-1]
    fallback = max((w for w, _h in widths if w <= _FALLBACK_WIDTH), default=widths[0][0])
    pairs = [
        ("src", storage.url(rendition_name(base, fallback, "jpeg"))),
        ("srcset", srcset("jpeg")),
        ("sizes", sizes),
        ("alt", alt),
        ("width", largest_w),
        ("height", largest_h),
    ]
    return mark_safe(f"<picture>{sources}<img{_attrs(pairs + _loading(eager))}></picture>")


def library_name(src: str) -> str | None:
    """The stored file name a body ``src`` points at, if it is in our media."""
    prefix = settings.MEDIA_URL
    # Storage URLs are percent-encoded; the database holds the plain name.
    return unquote(src[len(prefix) :]) if src.startswith(prefix) else None


def _body_names(html: str) -> list[str]:
    names = []
    for tag in _IMG_RE.findall(html or ""):
        attrs = dict(_ATTR_RE.findall(tag[4:-1]))
        name = library_name(unescape(attrs.get("src", "")))
        if name:
            names.append(name)
    return names


_PHOTO_FIELDS = ("id", "file", "alt_text", "width", "height", "renditions")


@CompiledQuery
def _photos_named(names: list[str]):
    from .models import Image as ImageModel

    return ImageModel.objects.filter(file__in=names).values_list(*_PHOTO_FIELDS)


def body_photos(html: str) -> dict[str, Image]:
    """The library photos a body shows, by file name, in one compiled query.

    The query runs even for a body without photos: a story page costs the
    same number of queries whatever it holds (tests/test_reader_pages.py),
    and an empty ``__in`` would skip the database.
    """
    from .models import Image as ImageModel

    names = _body_names(html) or [""]
    photos = (
        ImageModel.from_db(DEFAULT_DB_ALIAS, _PHOTO_FIELDS, row)
        for row in _photos_named.rows(names=names)
    )
    return {image.file.name: image for image in photos}


def responsive_body(html: str, photos: dict[str, Image]) -> SafeString:
    """A sanitized body with each library photo as a ``<picture>``.

    Photos from elsewhere, or not made into renditions yet, keep their
    ``<img>``, loaded lazily, with the library's width and height when known.
    """

    def replace(match: re.Match) -> str:
        attrs = {name: unescape(value) for name, value in _ATTR_RE.findall(match.group(0)[4:-1])}
        src = attrs.get("src", "")
        name = library_name(src)
        image = photos.get(name) if name else None
        if image is not None and is_current(image):
            return picture_html(image, alt=attrs.get("alt", ""), sizes=STORY_SIZES)
        if image is not None and not attrs.get("width"):
            attrs["width"], attrs["height"] = image.width or "", image.height or ""
        attrs.pop("loading", None)
        attrs.pop("decoding", None)
        return f"<img{_attrs(list(attrs.items()) + _loading(False))}>"

    return mark_safe(_IMG_RE.sub(replace, html or ""))
