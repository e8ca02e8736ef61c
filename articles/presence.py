"""Who has a story open in the desk right now: a warning, never a lock.

Opening the change form notes the person in the shared cache for TTL
seconds; a tiny script on the page (static/js/editing-presence.js) renews it
every PING seconds, so the note disappears by itself a couple of minutes
after the tab is closed or the laptop sleeps, with no job to clean up. Others
who open the story meanwhile see "đang được sửa bởi …". Saving is never
blocked by this: the optimistic lock (Article.version) is what prevents lost
edits; this only tells people early that they are about to collide.

One cache entry per story holds everyone's note. Two people opening the same
story in the same instant may overwrite each other's note until the next
ping: acceptable for a warning, and it needs no lock.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from django.utils import timezone

from .people import person_name

TTL = 120
PING = 60
KEY = "article-editing:{pk}"


@dataclass(frozen=True)
class Editor:
    user_id: int
    name: str
    since: datetime

    def as_json(self) -> dict:
        return {"name": self.name, "since": f"{timezone.localtime(self.since):%H:%M}"}


def _entries(article_pk: int) -> dict[int, tuple[str, float, float]]:
    now = time.time()
    raw = cache.get(KEY.format(pk=article_pk)) or {}
    return {uid: entry for uid, entry in raw.items() if entry[2] > now}


def display_name(user: AbstractBaseUser) -> str:
    return person_name(user)


def _editors(entries: dict, exclude: int | None) -> list[Editor]:
    return sorted(
        (
            Editor(uid, name, datetime.fromtimestamp(since, tz=UTC))
            for uid, (name, since, _until) in entries.items()
            if uid != exclude
        ),
        key=lambda e: e.since,
    )


def touch(article_pk: int, user: AbstractBaseUser) -> list[Editor]:
    """Note that ``user`` has the story open; return the others who have it open."""
    now = time.time()
    entries = _entries(article_pk)
    since = entries.get(user.pk, (None, now, None))[1]
    entries[user.pk] = (display_name(user), since, now + TTL)
    cache.set(KEY.format(pk=article_pk), entries, TTL)
    return _editors(entries, user.pk)


def release(article_pk: int, user: AbstractBaseUser) -> None:
    """``user`` is done with the story (saved it and left the form)."""
    entries = _entries(article_pk)
    if entries.pop(user.pk, None) is not None:
        cache.set(KEY.format(pk=article_pk), entries, TTL)


def others(article_pk: int, user: AbstractBaseUser) -> list[Editor]:
    return _editors(_entries(article_pk), user.pk)
