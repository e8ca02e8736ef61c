"""Photo files for imported pages: found beside the page, fetched by URL, or made.

A scraped page rarely keeps its photos, but its captions are worth keeping:
they name the people and the event. So every captioned photo becomes a
library Image. When the real file is at hand (next to the page, or at a URL
written in the photo row) that file is used, checked by the same Pillow
validation as an editor's upload; otherwise a small neutral placeholder is
generated, so the figure and its caption are in place and an editor can
swap in the real photo later from the library.
"""

from __future__ import annotations

import io
import urllib.request
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import ImageDraw

from ..images import CheckedImage, check_image, safe_upload_name
from ..text import slugify_vi
from .failures import download_failure, file_failure
from .pages import Photo

PLACEHOLDER_PREFIX = "anh-tam-"
PHOTO_EXTENSIONS = ("jpg", "jpeg", "png", "webp", "gif", "avif")
ALT_MAX = 200
FETCH_TIMEOUT = 15


class PhotoError(Exception):
    """A photo file could not be used; ``str(exc)`` is for the user."""


@cache
def placeholder_png(width: int = 640, height: int = 360) -> bytes:
    """A light grey 16:9 frame with a darker picture mark: plainly "photo to come"."""
    image = PILImage.new("RGB", (width, height), (229, 231, 235))
    draw = ImageDraw.Draw(image)
    grey = (156, 163, 175)
    cx, cy, unit = width // 2, height // 2, min(width, height) // 8
    draw.rectangle((cx - 2 * unit, cy - unit - unit // 2, cx + 2 * unit, cy + unit), outline=grey)
    draw.polygon(
        [(cx - 2 * unit + 8, cy + unit - 8), (cx - unit // 2, cy), (cx + unit, cy + unit - 8)],
        fill=grey,
    )
    draw.ellipse((cx + unit, cy - unit, cx + unit + unit // 2, cy - unit // 2), fill=grey)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def placeholder_file(page_stem: str, index: int) -> ContentFile:
    name = f"{PLACEHOLDER_PREFIX}{slugify_vi(page_stem, max_length=40) or 'trang'}-{index}.png"
    return ContentFile(placeholder_png(), name=name)


def is_placeholder(file_name: str) -> bool:
    return Path(file_name or "").name.startswith(PLACEHOLDER_PREFIX)


def alt_from_caption(caption: str) -> str:
    """A short alt text from the caption: its words without the final stop, cut at a word."""
    text = caption.strip().rstrip(".").strip()
    if len(text) > ALT_MAX:
        text = text[:ALT_MAX].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return text


def is_url(src: str) -> bool:
    return src.lower().startswith(("http://", "https://"))


def photo_beside(page_path: Path, photo: Photo) -> Path | None:
    """The photo file that goes with ``photo``, if the scraper saved one.

    A relative path written in the row wins; otherwise ``<stem>-<n>.<ext>``,
    ``<stem>_<n>.<ext>`` or ``<stem>/<n>.<ext>`` next to the page, where ``n``
    is the photo's place on the page (1 for the first photo).
    """
    folder = page_path.parent.resolve()
    src = photo.src.strip()
    if src and not is_url(src) and "://" not in src and not src.startswith("data:"):
        candidate = (folder / src).resolve()
        if candidate.is_relative_to(folder) and candidate.is_file():
            return candidate
        return None
    stem, n = page_path.stem, photo.index
    for ext in PHOTO_EXTENSIONS:
        for candidate in (
            folder / f"{stem}-{n}.{ext}",
            folder / f"{stem}_{n}.{ext}",
            folder / stem / f"{n}.{ext}",
        ):
            if candidate.is_file():
                return candidate
    return None


def fetch_url(url: str, max_bytes: int) -> bytes:
    """The bytes at ``url``, refusing anything larger than ``max_bytes``.

    Module-level so tests (and offline runs) can replace it.
    """
    request = urllib.request.Request(url, headers={"User-Agent": "Newsroom-import/1.0"})
    with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
        data = response.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise PhotoError(_("Ảnh tại %(url)s lớn hơn giới hạn cho phép.") % {"url": url})
    return data


def checked_file(data: bytes, original_name: str) -> tuple[ContentFile, CheckedImage]:
    """``data`` as an upload-ready file, validated like an editor's upload."""
    upload = ContentFile(data, name=original_name)
    try:
        checked = check_image(upload)
    except ValidationError as exc:
        raise PhotoError(" ".join(exc.messages)) from None
    upload.name = safe_upload_name(original_name, checked)
    return upload, checked


def real_photo(page_path: Path, photo: Photo, offline: bool) -> tuple[ContentFile | None, str]:
    """The real file for ``photo`` (or None) and where it came from, for messages."""
    local = photo_beside(page_path, photo)
    if local is not None:
        try:
            data = local.read_bytes()
        except OSError as exc:
            raise PhotoError(
                _("Không đọc được tệp ảnh %(name)s: %(error)s.")
                % {"name": local.name, "error": file_failure(exc)}
            ) from None
        return checked_file(data, local.name)[0], local.name
    src = photo.src.strip()
    if is_url(src) and not offline:
        try:
            data = fetch_url(src, settings.NEWSROOM_IMAGE_MAX_BYTES)
        except PhotoError:
            raise
        except Exception as exc:  # network errors come in many classes
            raise PhotoError(
                _("Không tải được ảnh %(url)s: %(error)s.")
                % {"url": src, "error": download_failure(exc)}
            ) from None
        return checked_file(data, Path(src.split("?", 1)[0]).name or "anh.jpg")[0], src
    return None, ""
