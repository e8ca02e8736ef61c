"""What changed between two versions of a story, as escaped HTML to read.

Title and lead are compared word by word; the body paragraph by paragraph
(photos by their alt text), with long unchanged stretches folded, so an
editor sees the three words a journalist changed, not two walls of HTML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from html import unescape
from html.parser import HTMLParser

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

# The fields a diff shows, with the label an editor reads.
DIFF_FIELDS = (
    ("title", gettext_lazy("Tiêu đề")),
    ("lead", gettext_lazy("Sapo")),
    ("body", gettext_lazy("Nội dung")),
)


@dataclass
class FieldDiff:
    label: str
    changed: bool
    html: SafeString


@dataclass
class Diff:
    fields: list[FieldDiff] = field(default_factory=list)

    @property
    def changed(self) -> list[FieldDiff]:
        return [f for f in self.fields if f.changed]


_BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "figure",
    "figcaption",
    "tr",
    "table",
    "ul",
    "ol",
}


class _Paragraphs(HTMLParser):
    """The readable lines of a body: one per block, photos shown by their alt text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []

    def _flush(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.lines.append(text)
        self.current = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCKS or tag == "br":
            self._flush()
        if tag == "img":
            alt = dict(attrs).get("alt") or ""
            self._flush()
            self.lines.append(_("[Ảnh: %(alt)s]") % {"alt": alt} if alt else _("[Ảnh]"))

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        self.current.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def body_lines(html: str) -> list[str]:
    parser = _Paragraphs()
    parser.feed(html or "")
    parser.close()
    return parser.lines


_WORDS = re.compile(r"\s+|[^\s]+")


def inline_diff(old: str, new: str) -> str:
    """Word-level diff of two lines as escaped HTML with <del> and <ins>."""
    a, b = _WORDS.findall(old), _WORDS.findall(new)
    out = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(escape("".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(f"<del>{escape(''.join(a[i1:i2]))}</del>")
        if j2 > j1:
            out.append(f"<ins>{escape(''.join(b[j1:j2]))}</ins>")
    return "".join(out)


def _lines_diff(old: list[str], new: list[str], context: int = 1) -> str:
    """Paragraph-level diff: unchanged paragraphs far from a change are folded."""
    rows: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            same = old[i1:i2]
            if len(same) > 2 * context + 1:
                rows += [("same", escape(line)) for line in same[:context]]
                folded = len(same) - 2 * context
                rows.append(
                    (
                        "fold",
                        ngettext(
                            "… %(count)s đoạn không đổi …", "… %(count)s đoạn không đổi …", folded
                        )
                        % {"count": folded},
                    )
                )
                rows += [("same", escape(line)) for line in same[-context:]]
            else:
                rows += [("same", escape(line)) for line in same]
            continue
        pairs = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for k in range(pairs):
            rows.append(("changed", inline_diff(old[i1 + k], new[j1 + k])))
        rows += [("removed", f"<del>{escape(line)}</del>") for line in old[i1 + pairs : i2]]
        rows += [("added", f"<ins>{escape(line)}</ins>") for line in new[j1 + pairs : j2]]
    return "".join(f'<p class="diff-{kind}">{html}</p>' for kind, html in rows)


def diff(old: dict[str, str], new: dict[str, str]) -> Diff:
    """What changed from ``old`` to ``new`` in title, lead and body, as safe HTML.

    Every piece of text is escaped before it is wrapped in <del>/<ins>, so a
    story's own markup (or an attempt at markup in a title) is shown, never run.
    """
    result = Diff()
    for name, label in DIFF_FIELDS:
        a, b = old.get(name) or "", new.get(name) or ""
        if name == "body":
            la, lb = body_lines(a), body_lines(b)
            changed = la != lb
            html = _lines_diff(la, lb) if changed else ""
        else:
            a, b = unescape(a), unescape(b)
            changed = a != b
            html = f'<p class="diff-changed">{inline_diff(a, b)}</p>' if changed else ""
        result.fields.append(FieldDiff(label, changed, mark_safe(html)))
    return result
