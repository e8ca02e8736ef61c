"""The search form (query, section, dates) read leniently from the query string."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from ..dates import parse_date
from ..models import Section
from ..querysets import ArticleQuerySet
from ..sections import SectionTree
from .query import MAX_QUERY_LENGTH, Query, clean_param


def _start_of(day: date) -> datetime:
    """Midnight at the start of ``day``, Hanoi time."""
    return timezone.make_aware(datetime.combine(day, time.min))


@dataclass
class SearchRequest:
    """The search form, read leniently: a bad filter is explained and ignored."""

    query: Query = field(default_factory=Query)
    section: Section | None = None
    section_ids: list[int] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    # Exactly what the reader typed, to fill the form again.
    section_slug: str = ""
    from_text: str = ""
    to_text: str = ""
    errors: list[str] = field(default_factory=list)

    @classmethod
    def from_params(cls, params: QueryDict, tree: SectionTree) -> SearchRequest:
        request = cls(query=Query.parse(params.get("q")))
        request.section_slug = clean_param(params.get("chuyen-muc", ""), 140)
        if request.section_slug:
            section = tree.by_slug.get(request.section_slug)
            if section is None:
                request.errors.append(
                    _("Không có chuyên mục “%(slug)s”; kết quả lấy từ mọi chuyên mục.")
                    % {"slug": request.section_slug}
                )
            else:
                request.section = section
                request.section_ids = tree.descendant_ids(section.pk)
        request.from_text = clean_param(params.get("tu", ""), 20)
        request.to_text = clean_param(params.get("den", ""), 20)
        request.date_from = request._date(request.from_text, _("Từ ngày"))
        request.date_to = request._date(request.to_text, _("Đến ngày"))
        if request.date_from and request.date_to and request.date_from > request.date_to:
            request.date_from, request.date_to = request.date_to, request.date_from
            request.from_text, request.to_text = request.to_text, request.from_text
            request.errors.append(_("Ngày bắt đầu sau ngày kết thúc nên đã được đổi chỗ cho nhau."))
        return request

    def _date(self, value: str, label: str) -> date | None:
        if not value:
            return None
        parsed = parse_date(value)
        if parsed is None:
            self.errors.append(
                _(
                    "%(label)s “%(value)s” không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, "
                    "ví dụ 02/06/2025. Bộ lọc này tạm bỏ qua."
                )
                % {"label": label, "value": value}
            )
        return parsed

    @property
    def notices(self) -> list[str]:
        notices = list(self.errors)
        if self.query.truncated:
            notices.append(
                _("Từ khóa dài quá %(limit)s ký tự nên chỉ %(limit)s ký tự đầu được dùng để tìm.")
                % {"limit": MAX_QUERY_LENGTH}
            )
        if self.query.text and not self.query:
            notices.append(_("Từ khóa cần có ít nhất một chữ hoặc một số."))
        return notices

    def filter(self, queryset: ArticleQuerySet) -> ArticleQuerySet:
        if self.section_ids:
            queryset = queryset.in_sections(self.section_ids)
        if self.date_from:
            queryset = queryset.filter(published_at__gte=_start_of(self.date_from))
        if self.date_to:
            queryset = queryset.filter(published_at__lt=_start_of(self.date_to + timedelta(1)))
        return queryset


def section_choices(tree: SectionTree) -> list[tuple[str, str]]:
    """(slug, label) for the section filter: each top section, then its children."""
    choices = []
    for section in tree.top:
        choices.append((section.slug, section.name))
        choices.extend((c.slug, f"— {c.name}") for c in tree.children.get(section.pk, []))
    return choices
