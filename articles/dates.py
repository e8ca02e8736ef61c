"""The newsroom's calendar: which dates a story, a filter or a URL may name.

A date outside these years is a typo ("0202" for 2026) or an attack, never
news. Left unchecked it reaches the database as a time that cannot be
converted to UTC (year 1 in Hà Nội is year 0 in UTC), which SQLite refuses
with an OverflowError and PostgreSQL with "timestamp out of range": a 500
instead of a message.
"""

from __future__ import annotations

from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import get_format
from django.utils.translation import gettext_lazy as _

EARLIEST_YEAR, LATEST_YEAR = 1900, 2999


def plausible_year(year: int) -> bool:
    return EARLIEST_YEAR <= year <= LATEST_YEAR


def parse_date(value: str) -> date | None:
    """A date typed by a reader or a journalist, read as every form reads one
    (day first: newsroom/formats/vi), or None if it is not one or implausible."""
    for fmt in get_format("DATE_INPUT_FORMATS"):
        try:
            parsed = datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        return parsed if plausible_year(parsed.year) else None
    return None


def validate_plausible_date(value: date | datetime | None) -> None:
    """Model and form validator: refuse a date outside EARLIEST_YEAR..LATEST_YEAR."""
    if value is not None and not plausible_year(value.year):
        raise ValidationError(
            _("Năm phải từ %(earliest)s đến %(latest)s."),
            code="implausible_year",
            params={"earliest": EARLIEST_YEAR, "latest": LATEST_YEAR},
        )


def desk_time(value: datetime | None, empty: str = "—") -> str:
    """ "07:30 27/11/2026", Hà Nội time: how the desk's lists write a moment.
    Django's vi format ("07:30 Ngày 27 tháng 11 năm 2026") did not fit a column."""
    return timezone.localtime(value).strftime("%H:%M %d/%m/%Y") if value else empty
