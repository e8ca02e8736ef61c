"""Breaking news: the "Tin nóng" banner on every reader page while it lasts.

An editor ticks "Tin nóng" on a story and gives an end time. The banner shows
the most recently published story that is live and whose end time has not
come. Reader pages are cached whole (articles/cache.py), so two things keep
the banner exact without a job running at the end time:

- every save of a story bumps the content generation, so setting or clearing
  the flag shows at the next request;
- a cached page never outlives the next *change* of the banner: the end time
  of a breaking story, or the publication time of a scheduled one
  (``seconds_to_next_change``, read by ``articles.cache.page_lifetime``).

What the banner needs is kept in the cache under one key, rebuilt whenever a
story is saved or deleted, so rendering a page asks the database nothing;
the clock is applied when the page is rendered, not when the key is built.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

CANDIDATES_KEY = "breaking:candidates"
# Enough for any real newsroom: breaking stories are one or two at a time.
MAX_CANDIDATES = 20


@dataclass(frozen=True)
class Breaking:
    pk: int
    title: str
    url: str
    published_at: datetime
    until: datetime

    def is_on(self, now: datetime) -> bool:
        return self.published_at <= now < self.until


def _load() -> list[Breaking]:
    from .models import Article
    from .querysets import Status

    rows = (
        Article.objects.filter(
            status=Status.PUBLISHED,
            breaking=True,
            breaking_until__gt=timezone.now(),
            published_at__isnull=False,
        )
        .order_by("-published_at", "-id")
        .only("id", "title", "slug", "published_at", "breaking_until")[:MAX_CANDIDATES]
    )
    return [
        Breaking(a.pk, a.title, a.get_absolute_url(), a.published_at, a.breaking_until)
        for a in rows
    ]


def refresh(**_ignored) -> list[Breaking]:
    """Rebuild the cached candidates."""
    candidates = _load()
    cache.set(CANDIDATES_KEY, candidates, timeout=None)
    return candidates


def _story_changed(sender, using: str = "default", **_ignored) -> None:
    """After any story is saved or deleted: rebuild now (this connection sees the
    change) and again once it commits (a page rendered in between by another
    worker may have cached the list as it was before)."""
    refresh()
    transaction.on_commit(refresh, using=using)


def candidates() -> list[Breaking]:
    """Breaking stories that are or will be on, newest first (cached)."""
    found = cache.get(CANDIDATES_KEY)
    if found is None:
        found = refresh()
    return found


def current(now: datetime | None = None) -> Breaking | None:
    """The story the banner shows now, if any."""
    now = now or timezone.now()
    return next((b for b in candidates() if b.is_on(now)), None)


def seconds_to_next_change(now: datetime | None = None) -> int | None:
    """Seconds until the banner changes by itself (a story starts or ends), or None."""
    now = now or timezone.now()
    moments = [moment for b in candidates() for moment in (b.published_at, b.until) if moment > now]
    if not moments:
        return None
    return max(0, int((min(moments) - now).total_seconds()))


def connect() -> None:
    from .models import Article

    post_save.connect(_story_changed, sender=Article, dispatch_uid="breaking-saved")
    post_delete.connect(_story_changed, sender=Article, dispatch_uid="breaking-deleted")
