"""Counting reads, for the desk's "most read" lists and its reads-per-hour chart.

Story pages are served whole from the page cache, so the view cannot count
them. Instead a small static script (static/js/read-beacon.js) posts the
story's id to ``/luot-doc/`` once per page view with ``navigator.sendBeacon``.
The beacon adds one to the story's row for the current hour (ArticleReads):
one UPDATE in the common case, one INSERT the first time in an hour.

It is cache-safe (the cached page carries only the script) and cheap to
abuse-proof: the endpoint is rate-limited per client (NEWSROOM_RATE_LIMITS
"beacon"), counts only live stories, sets no cookie and stores nothing about
the reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import IntegrityError, transaction
from django.db.models import F, Sum
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Article, ArticleReads
from .params import whole_number
from .ratelimit import ratelimit


def hour_of(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def count_read(article_id: int, now: datetime | None = None) -> None:
    """One more read of the story in the current hour."""
    hour = hour_of(now or timezone.now())
    rows = ArticleReads.objects.filter(article_id=article_id, hour=hour)
    if rows.update(count=F("count") + 1):
        return
    try:
        with transaction.atomic():
            ArticleReads.objects.create(article_id=article_id, hour=hour, count=1)
    except IntegrityError:  # another worker created the hour's row first
        rows.update(count=F("count") + 1)


def _no_store(status: int) -> HttpResponse:
    response = HttpResponse(status=status)
    response["Cache-Control"] = "no-store"
    return response


def _posted_id(request: HttpRequest) -> int | None:
    """The story id a beacon sends: the bare number as text/plain (our script),
    or ``id=`` in a form body (a browser without sendBeacon, a hand test)."""
    if request.content_type in ("application/x-www-form-urlencoded", "multipart/form-data"):
        return whole_number(request.POST.get("id", "").strip())
    return whole_number(request.body[:40].decode("ascii", "replace").strip())


@csrf_exempt  # a counter readers' browsers post to; it changes nothing of theirs
@require_POST
@ratelimit("beacon")
def read_beacon(request: HttpRequest) -> HttpResponse:
    article_id = _posted_id(request)
    if article_id is None:
        return _no_store(400)
    if not Article.objects.live().filter(pk=article_id).exists():
        return _no_store(404)
    count_read(article_id)
    return _no_store(204)


@dataclass(frozen=True)
class MostRead:
    article: Article
    reads: int


def most_read(since: datetime, limit: int = 10) -> list[MostRead]:
    """The live stories read most since ``since``, most read first."""
    totals = (
        ArticleReads.objects.filter(hour__gte=hour_of(since))
        .values("article_id")
        .annotate(total=Sum("count"))
        .order_by("-total", "article_id")[: limit * 2]
    )
    by_id = {row["article_id"]: row["total"] for row in totals}
    live = Article.objects.live().select_related("section").in_bulk(list(by_id))
    ranked = [MostRead(live[pk], total) for pk, total in by_id.items() if pk in live]
    return ranked[:limit]


def reads_per_hour(day_start: datetime, hours: int = 24) -> list[tuple[datetime, int]]:
    """Reads of all stories in each hour from ``day_start`` (local midnight)."""
    end = day_start + timedelta(hours=hours)
    rows = (
        ArticleReads.objects.filter(hour__gte=day_start, hour__lt=end)
        .values("hour")
        .annotate(total=Sum("count"))
    )
    totals = {row["hour"]: row["total"] for row in rows}
    moments = [day_start + timedelta(hours=h) for h in range(hours)]
    return [(moment, totals.get(moment, 0)) for moment in moments]
