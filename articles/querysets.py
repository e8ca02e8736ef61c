"""The read paths for articles, and the ONE place that decides visibility.

An article is *live* when its status is published and its publication time
has come. A story published with a future time is therefore scheduled with no
job to run: the query decides, at every request. Views, feeds, sitemaps,
search and the related-article engine all start from ``live()``; none of them
spells the rule again.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .cards import as_cards


class Status(models.TextChoices):
    DRAFT = "draft", _("Bản nháp")
    REVIEW = "review", _("Chờ duyệt")
    PUBLISHED = "published", _("Đã xuất bản")
    UNPUBLISHED = "unpublished", _("Đã gỡ")


def live_q(through: str = "", now: datetime | None = None) -> Q:
    """The live rule, for a query on a row that points at the story.

    ``Article.objects.live()`` is this with ``through=""``; curated lists and
    the related results ask it through their foreign key (``"target__"``),
    a plain join the planner handles better than an ``IN (subquery)``.
    """
    return Q(
        **{
            f"{through}status": Status.PUBLISHED,
            f"{through}published_at__lte": now or timezone.now(),
        }
    )


class ArticleQuerySet(models.QuerySet):
    def live(self, now: datetime | None = None) -> ArticleQuerySet:
        """Stories a reader may see right now."""
        return self.filter(live_q(now=now))

    def scheduled(self, now: datetime | None = None) -> ArticleQuerySet:
        """Published stories whose time has not come yet."""
        return self.filter(status=Status.PUBLISHED, published_at__gt=now or timezone.now())

    def next_publication_time(self, now: datetime | None = None) -> datetime | None:
        """When the next scheduled story goes live: no cached page may outlive it."""
        return (
            self.scheduled(now)
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )

    def cards(self) -> ArticleQuerySet:
        """What a list of story cards displays, as plain ``Card`` rows
        (articles/cards.py), in one query with no lazy loads."""
        return as_cards(self)

    def latest(self) -> ArticleQuerySet:
        return self.order_by("-published_at", "-id")

    def in_sections(self, section_ids: Iterable[int]) -> ArticleQuerySet:
        return self.filter(section_id__in=list(section_ids))

    def excluding(self, ids: Iterable[int]) -> ArticleQuerySet:
        ids = [i for i in ids if i]
        return self.exclude(pk__in=ids) if ids else self


ArticleManager = models.Manager.from_queryset(ArticleQuerySet)
