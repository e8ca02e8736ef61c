"""Resized copies of every library photo, made once, after upload.

A reader's phone should not download a 4000-pixel original, and the page must
not resize anything while a reader waits. So when a photo is saved, a task
(``articles/tasks.py``) writes it at each width of a ladder, in AVIF, WebP
and JPEG, and records what it wrote in ``Image.renditions``:

    {"v": 1, "src": "photos/2026/11/a.jpg", "base": "renditions/12/a",
     "formats": ["avif", "webp", "jpeg"], "sizes": [[320, 180], [480, 270], ...]}

The file names are deterministic (``<base>-<width>.<ext>``), so that small
manifest is all a page needs: it rides along with the Image row the page
loads anyway (``select_related("cover")``), and ``articles/picture.py`` builds
the ``<picture>`` from it with no query, no file access and no Pillow.

Why a manifest on the Image rather than a Rendition table: every card on
every page already loads its cover row, so the manifest costs no query at
all, where a table would cost one more per page (and a prefetch on every
listing). The price is that a rendition cannot be looked up on its own,
which nothing needs.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from django.core.files.base import ContentFile
from PIL import Image as PILImage
from PIL import ImageOps

from .text import slugify_vi

if TYPE_CHECKING:
    from django.core.files.storage import Storage

    from .models import Image

logger = logging.getLogger(__name__)

VERSION = 1
# Widths in CSS pixels of the copies: a phone (320–480), a tablet or a 2x
# phone (640–960), the story column on a 2x screen (1280).
LADDER = (320, 480, 640, 960, 1280)
# No copy may be taller than this: WebP's limit, the strictest of the three
# formats (a long infographic at its own width would fail to encode).
MAX_SIDE = 16383
# (format, file extension, MIME type, Pillow save options), best first: the
# browser takes the first <source> it can decode, JPEG is the <img> itself.
# AVIF speed 8: about a tenth of the encoding time of speed 7 for files a few
# percent larger, which keeps an upload's task (and load_demo) short.
FORMATS = (
    ("avif", "avif", "image/avif", {"quality": 55, "speed": 8}),
    ("webp", "webp", "image/webp", {"quality": 78, "method": 4}),
    ("jpeg", "jpg", "image/jpeg", {"quality": 82, "optimize": True, "progressive": True}),
)
EXTENSIONS = {name: ext for name, ext, _mime, _options in FORMATS}
MIME_TYPES = {name: mime for name, _ext, mime, _options in FORMATS}
_OPTIONS = {name: options for name, _ext, _mime, options in FORMATS}
_PIL_FORMAT = {"avif": "AVIF", "webp": "WEBP", "jpeg": "JPEG"}


def ladder(width: int, height: int = 0) -> list[int]:
    """The widths to make of a photo ``width`` × ``height``: never wider than it,
    never taller than MAX_SIDE.

    A photo between two steps also gets its own width, so its sharpest copy
    is the whole photo (a 1200-pixel photo gets 320…960 and 1200); a photo
    narrower than the first step gets just its own width.
    """
    if width <= 0:
        return []
    widths = [w for w in LADDER if w <= width]
    if not widths or (width < LADDER[-1] and width > widths[-1] * 1.1):
        widths.append(width)
    return [w for w in widths if scaled_height(width, height, w) <= MAX_SIDE]


def scaled_height(width: int, height: int, new_width: int) -> int:
    return max(1, round(height * new_width / width))


def rendition_base(image: Image) -> str:
    """``renditions/<pk>/<stem>``: the photo's own name, for people and search engines."""
    stem = slugify_vi(PurePosixPath(image.file.name).stem, max_length=60) or "anh"
    return f"renditions/{image.pk}/{stem}"


def rendition_name(base: str, width: int, fmt: str) -> str:
    return f"{base}-{width}.{EXTENSIONS[fmt]}"


def manifest_names(manifest: dict) -> list[str]:
    """Every file a manifest says exists."""
    base = manifest.get("base")
    if not base:
        return []
    return [
        rendition_name(base, width, fmt)
        for width, _height in manifest.get("sizes", ())
        for fmt in manifest.get("formats", ())
        if fmt in EXTENSIONS
    ]


def is_current(image: Image) -> bool:
    """Whether the stored manifest describes the photo's present file."""
    manifest = image.renditions or {}
    return bool(
        image.file
        and manifest.get("v") == VERSION
        and manifest.get("src") == image.file.name
        and manifest.get("sizes")
    )


def _prepared(picture: PILImage.Image) -> PILImage.Image:
    """Upright (EXIF orientation applied), first frame, RGB or RGBA."""
    picture.seek(0)
    upright = ImageOps.exif_transpose(picture)
    if upright.mode in ("RGB", "RGBA"):
        return upright
    has_alpha = upright.mode in ("LA", "PA") or "transparency" in upright.info
    return upright.convert("RGBA" if has_alpha else "RGB")


def _encode(picture: PILImage.Image, fmt: str) -> bytes:
    if fmt == "jpeg" and picture.mode != "RGB":
        flat = PILImage.new("RGB", picture.size, (255, 255, 255))
        flat.paste(picture, mask=picture.getchannel("A"))
        picture = flat
    buffer = io.BytesIO()
    picture.save(buffer, _PIL_FORMAT[fmt], **_OPTIONS[fmt])
    return buffer.getvalue()


def _write(storage: Storage, name: str, data: bytes) -> None:
    if storage.exists(name):
        storage.delete(name)
    saved = storage.save(name, ContentFile(data))
    if saved != name:  # another writer took the name between the two calls
        storage.delete(saved)
        raise RuntimeError(f"rendition {name} could not be written")


def delete_files(storage: Storage, names: Iterable[str]) -> None:
    for name in names:
        try:
            storage.delete(name)
        except OSError:
            logger.warning("could not delete rendition %s", name)


def generate(image: Image, force: bool = False) -> bool:
    """Make the photo's renditions and record them. Idempotent.

    Returns True when files were written. Does nothing when the manifest is
    already current and its files are there (unless ``force``). A missing or
    unreadable original is logged and leaves the row as it was: the page
    keeps serving what it had, or the original.
    """
    from .models import Image as ImageModel

    if not image.pk or not image.file:
        return False
    storage = image.file.storage
    old = image.renditions or {}
    if (
        not force
        and is_current(image)
        and all(storage.exists(name) for name in manifest_names(old))
    ):
        return False
    try:
        with image.file.open("rb") as source, PILImage.open(source) as opened:
            picture = _prepared(opened)
            picture.load()
    except (OSError, ValueError, SyntaxError, PILImage.DecompressionBombError):
        logger.warning("renditions: cannot read photo %s (%s)", image.pk, image.file.name)
        return False
    width, height = picture.size
    base = rendition_base(image)
    sizes = []
    written = []
    for new_width in ladder(width, height):
        new_height = scaled_height(width, height, new_width)
        if (new_width, new_height) == picture.size:
            copy = picture
        else:
            # reducing_gap: a fast integer reduction first, then Lanczos; the
            # same result to the eye, many times faster from a camera original.
            copy = picture.resize(
                (new_width, new_height), PILImage.Resampling.LANCZOS, reducing_gap=3.0
            )
        for fmt in EXTENSIONS:
            name = rendition_name(base, new_width, fmt)
            _write(storage, name, _encode(copy, fmt))
            written.append(name)
        sizes.append([new_width, new_height])
    manifest = {
        "v": VERSION,
        "src": image.file.name,
        "base": base,
        "formats": list(EXTENSIONS),
        "sizes": sizes,
    }
    # update(), not save(): no signal, so no second task for the same photo.
    ImageModel.objects.filter(pk=image.pk).update(renditions=manifest)
    image.renditions = manifest
    delete_files(storage, set(manifest_names(old)) - set(written))
    _pages_changed()
    return True


def _pages_changed() -> None:
    """Cached reader pages still show the plain photo: let them be rebuilt."""
    from .cache import bump_generation

    bump_generation()
