"""Photo uploads: validated with Pillow before a byte reaches the media folder.

A file is accepted only when Pillow can decode it fully as one of the web
formats we serve, within the byte and pixel limits in settings. Anything else
(a text file renamed ``.jpg``, a truncated JPEG, a decompression bomb) gets a
clear Vietnamese message and nothing is written.
"""

from __future__ import annotations

import contextlib
import io
import uuid
import warnings
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePath
from urllib.parse import unquote

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.text import Truncator
from django.utils.translation import gettext as _
from PIL import Image as PILImage
from PIL import UnidentifiedImageError

from .text import slugify_vi

# Alt text is one sentence for a screen reader, not a paragraph.
ALT_TEXT_MAX_LENGTH = 300
# A long infographic or a panorama, yes; a 1-pixel strip 39 million pixels
# long, no: it cannot be resized for phones (a 30000×1 strip is 0 px tall at
# phone width), and decoding it holds a request for seconds. Either way round.
MAX_ASPECT_RATIO = 20
ALLOWED_FORMATS = {"JPEG": "jpg", "PNG": "png", "GIF": "gif", "WEBP": "webp", "AVIF": "avif"}


@dataclass(frozen=True)
class CheckedImage:
    format: str
    width: int
    height: int

    @property
    def extension(self) -> str:
        return ALLOWED_FORMATS[self.format]


def human_size(n: int) -> str:
    """A byte count as a journalist reads it: "12 MB", "1,5 MB", "800 KB"."""
    if n >= 1024 * 1024:
        text = f"{n / 1048576:.1f}".removesuffix(".0")
        return text.replace(".", ",") + " MB"
    if n >= 1024:
        return f"{max(1, round(n / 1024))} KB"
    return f"{n} byte"


def _too_many_pixels(width: int, height: int) -> ValidationError:
    return ValidationError(
        _("Ảnh có quá nhiều điểm ảnh (%(w)s×%(h)s). Hãy thu nhỏ ảnh trước khi tải lên."),
        code="too_many_pixels",
        params={"w": width, "h": height},
    )


def _unsupported_format(fmt: str | None) -> ValidationError:
    return ValidationError(
        _("Định dạng %(format)s không được hỗ trợ (chấp nhận JPEG, PNG, WebP, GIF, AVIF)."),
        code="format",
        params={"format": fmt or "?"},
    )


def _out_of_proportion(width: int, height: int) -> ValidationError | None:
    """A strip more than MAX_ASPECT_RATIO times longer one way than the other."""
    if height > width * MAX_ASPECT_RATIO:
        message = _(
            "Ảnh quá dài so với bề ngang (%(w)s×%(h)s): chiều cao tối đa gấp "
            "%(ratio)s lần chiều ngang. Hãy cắt ảnh thành nhiều phần."
        )
        code = "too_tall"
    elif width > height * MAX_ASPECT_RATIO:
        message = _(
            "Ảnh quá dẹt (%(w)s×%(h)s): chiều ngang tối đa gấp %(ratio)s lần "
            "chiều cao. Hãy cắt ảnh thành nhiều phần."
        )
        code = "too_wide"
    else:
        return None
    return ValidationError(
        message, code=code, params={"w": width, "h": height, "ratio": MAX_ASPECT_RATIO}
    )


def is_picture(data: bytes) -> bool:
    """Whether Pillow reads ``data`` whole as one of the formats we serve.

    For files arriving from an archive, whose upload rules (size, proportions)
    were the exporting newsroom's to apply: what matters here is only that a
    file stored as a photo is one, not a page or a script renamed .jpg.
    """
    try:
        check_image(io.BytesIO(data), upload_rules=False)
    except ValidationError:
        return False
    return True


def check_image(upload, *, upload_rules: bool = True) -> CheckedImage:
    """Decode ``upload`` with Pillow and return what it is, or raise ValidationError.

    ``upload_rules=False`` skips what is our policy rather than the file's
    soundness (its weight, pixel count and proportions); Pillow's own
    decompression-bomb limit still applies.
    """
    max_bytes = settings.NEWSROOM_IMAGE_MAX_BYTES
    max_pixels = settings.NEWSROOM_IMAGE_MAX_PIXELS
    size = getattr(upload, "size", None)
    if upload_rules and size is not None and size > max_bytes:
        raise ValidationError(
            _("Ảnh quá lớn (%(size)s). Dung lượng tối đa là %(max)s."),
            code="too_large",
            params={"size": human_size(size), "max": human_size(max_bytes)},
        )
    if size == 0:
        raise ValidationError(_("Tệp rỗng, không phải ảnh."), code="empty")
    try:
        upload.seek(0)
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(upload) as probe:
                fmt = probe.format
                width, height = probe.size
                if fmt not in ALLOWED_FORMATS:  # before decoding a single pixel of it
                    raise _unsupported_format(fmt)
                if upload_rules and width * height > max_pixels:
                    raise _too_many_pixels(width, height)
                if upload_rules and (refusal := _out_of_proportion(width, height)) is not None:
                    raise refusal
                probe.verify()
            upload.seek(0)
            with PILImage.open(upload) as full:
                full.load()  # decode every pixel: catches truncated files verify() lets by
    except ValidationError:
        raise
    except (PILImage.DecompressionBombError, PILImage.DecompressionBombWarning):
        # Pillow refuses to open it at all: far more pixels than a photo has.
        raise ValidationError(
            _("Ảnh có quá nhiều điểm ảnh. Hãy thu nhỏ ảnh trước khi tải lên."),
            code="too_many_pixels",
        ) from None
    except UnidentifiedImageError:
        raise ValidationError(
            _("Tệp này không phải là ảnh hợp lệ (chấp nhận JPEG, PNG, WebP, GIF, AVIF)."),
            code="not_an_image",
        ) from None
    except (OSError, SyntaxError, ValueError, EOFError):
        raise ValidationError(
            _("Không đọc được ảnh: tệp bị hỏng hoặc không đầy đủ."), code="corrupt"
        ) from None
    finally:
        with contextlib.suppress(OSError, ValueError):
            upload.seek(0)
    return CheckedImage(fmt, width, height)


def validate_image_file(value) -> None:
    """Model-field validator: checks new uploads, leaves stored files alone."""
    if getattr(value, "_committed", True) and not isinstance(value, UploadedFile):
        return
    check_image(getattr(value, "file", value))


def safe_upload_name(original: str, checked: CheckedImage) -> str:
    """A clean, unique file name whose extension is the one Pillow found."""
    stem = slugify_vi(PurePath(original or "anh").stem, max_length=60) or "anh"
    return f"{stem}-{uuid.uuid4().hex[:8]}.{checked.extension}"


@dataclass(frozen=True)
class BodyFigure:
    src: str
    alt: str
    caption: str


class _FigureParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.figures: list[BodyFigure] = []
        self._in_figure = False
        self._in_caption = False
        self._img: dict[str, str] | None = None
        self._caption: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "figure":
            self._in_figure, self._img, self._caption = True, None, []
        elif tag == "img" and self._in_figure and self._img is None:
            self._img = {k: v or "" for k, v in attrs}
        elif tag == "figcaption" and self._in_figure:
            self._in_caption = True

    def handle_endtag(self, tag):
        if tag == "figcaption":
            self._in_caption = False
        elif tag == "figure" and self._in_figure:
            if self._img is not None:
                caption = " ".join("".join(self._caption).split())
                self.figures.append(
                    BodyFigure(self._img.get("src", ""), self._img.get("alt", ""), caption)
                )
            self._in_figure = False

    def handle_data(self, data):
        if self._in_caption:
            self._caption.append(data)


def figures_in(html: str) -> list[BodyFigure]:
    """The captioned photos of a body, in order."""
    parser = _FigureParser()
    parser.feed(html or "")
    parser.close()
    return parser.figures


def sync_library_from_body(html: str) -> None:
    """Give library photos the caption and alt text typed for them in the editor.

    A journalist uploads a photo from the editor and types its caption under
    it; the library copy should carry that caption too, so the next story that
    reuses the photo starts with it. Text already set in the library wins.
    """
    from .models import Image  # models imports this module

    prefix = settings.MEDIA_URL
    # Storage URLs are percent-encoded ("ảnh 1.jpg" is "%E1%BA%A3nh%201.jpg");
    # the database holds the plain file name.
    wanted = {
        unquote(f.src[len(prefix) :]): f for f in figures_in(html) if f.src.startswith(prefix)
    }
    if not wanted:
        return
    for image in Image.objects.filter(file__in=list(wanted)):
        figure = wanted[image.file.name]
        changed = []
        if figure.caption and not image.caption:
            image.caption = figure.caption
            changed.append("caption")
        if figure.alt and not image.alt_text:
            # The editor's alt box has no limit; the library's column has.
            image.alt_text = Truncator(figure.alt).chars(ALT_TEXT_MAX_LENGTH)
            changed.append("alt_text")
        if changed:
            image.save(update_fields=changed)
