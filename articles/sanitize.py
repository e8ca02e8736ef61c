"""The nh3 policy for rich-text bodies.

The allowlist matches what our CKEditor 5 toolbar produces (paragraphs,
headings, emphasis, links, lists, quotes, tables and captioned images) and
nothing more. Whatever a browser sends is cleaned again here on save, so a
request crafted by hand cannot store a script, an event handler, a
``javascript:``/``data:`` URL or a foreign iframe.
"""

from __future__ import annotations

import re
from html import unescape

import nh3

from .params import whole_number
from .text import nfc, without_controls

ALLOWED_TAGS = {
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "a",
    "ul",
    "ol",
    "li",
    "blockquote",
    "figure",
    "figcaption",
    "img",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "caption",
}

ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "data-image-id"},
    "figure": {"class"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}

# Classes the editor puts on figures; any other class is dropped.
ALLOWED_FIGURE_CLASSES = {"image", "table", "image-style-side", "image_resized"}

URL_SCHEMES = {"http", "https", "mailto", "tel"}

_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
# A photo whose address was refused: nothing is left to show, so the tag goes.
# nh3 quotes every attribute with " and escapes > inside values, so this is exact.
_IMG_WITHOUT_SRC_RE = re.compile(r'<img(?![^>]*\ssrc=")[^>]*>')

_BLOCK_END_RE = re.compile(r"</(p|h[1-6]|li|figcaption|blockquote|td|th|tr)>|<br\s*/?>", re.I)


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if tag == "figure" and attribute == "class":
        kept = [c for c in value.split() if c in ALLOWED_FIGURE_CLASSES]
        return " ".join(kept) or None
    if tag == "img" and attribute == "src":
        # Photos come from our own media library (relative) or over http(s).
        # "//host" and "/\\host" are other sites to a browser, so both are refused,
        # as is any backslash or control character a browser might reinterpret.
        lowered = value.strip().lower()
        if (
            lowered.startswith(("/", "https://", "http://"))
            and not lowered.startswith("//")
            and "\\" not in lowered
            and not _CONTROL_RE.search(lowered)
        ):
            return value.strip()
        return None
    if attribute in {"width", "height", "colspan", "rowspan", "start", "data-image-id"}:
        number = whole_number(value, max_digits=5)
        return str(number) if number is not None else None
    return value


def sanitize_html(html: str) -> str:
    """Clean an article body for storage. Idempotent: cleaning twice changes nothing."""
    if not html:
        return ""
    cleaned = nh3.clean(
        without_controls(nfc(html)),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        attribute_filter=_filter_attribute,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    return _IMG_WITHOUT_SRC_RE.sub("", cleaned).strip()


def plain_text(html: str) -> str:
    """The words of an HTML fragment, without any markup."""
    if not html:
        return ""
    # Block ends become spaces so "<p>a</p><p>b</p>" reads "a b", not "ab".
    spaced = _BLOCK_END_RE.sub(" ", html)
    text = unescape(nh3.clean(spaced, tags=set(), attributes={}))
    return " ".join(text.split())
