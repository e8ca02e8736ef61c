"""RSS 2.0 feeds: the whole site at /rss/ and one per section at /rss/<slug>.rss.

Built on django.contrib.syndication. Each item carries the full headline, the
lead as description, the publication time in the newsroom's zone (+0700),
the bylines, the section and tags as categories and the cover photo as an
enclosure. Only live stories appear: the items start from
``Article.objects.live()`` like every other reader path.
"""

from __future__ import annotations

import mimetypes
from datetime import datetime
from typing import Any

from django.conf import settings
from django.contrib.syndication.views import Feed, add_domain
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Article, ArticleAuthor, Image, Section
from .sections import section_tree
from .seo import local_time
from .text import without_controls

FEED_SIZE = 30
SITE_DESCRIPTION = gettext_lazy("Tin tức công đoàn, lao động, thời sự Thủ đô")


class XmlSafeRssFeed(Rss201rev2Feed):
    """RSS 2.0 that drops characters XML cannot carry instead of failing.

    Saving cleans them out of every line of text (``text.clean_line``), but a
    story stored before that, or imported raw, must not take the feed down
    for every reader: Django's generator raises on the first one.
    """

    def add_item(self, **kwargs: Any) -> None:
        for name, value in kwargs.items():
            if isinstance(value, str):
                kwargs[name] = without_controls(value)
        kwargs["categories"] = [without_controls(str(c)) for c in kwargs.get("categories") or ()]
        super().add_item(**kwargs)


class ArticleFeed(Feed):
    """The latest live stories of the whole site.

    A feed object serves many requests at once, so nothing request-specific
    is kept on it: the request travels inside the ``obj`` that
    ``get_object()`` returns, which Django hands back to every channel hook.
    Item hooks only see the article, and the enclosure needs an absolute URL,
    so ``items()`` gives each article the request's origin as it lists them.
    """

    feed_type = XmlSafeRssFeed
    language = "vi"

    # -- the channel ------------------------------------------------------
    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> FeedScope:
        return FeedScope(request)

    def title(self, obj: FeedScope) -> str:
        return _("%(site)s — Tin mới nhất") % {"site": settings.NEWSROOM_SITE_NAME}

    def description(self, obj: FeedScope) -> str:
        return _("%(description)s: %(count)s bài mới nhất của %(site)s.") % {
            "description": SITE_DESCRIPTION,
            "count": FEED_SIZE,
            "site": settings.NEWSROOM_SITE_NAME,
        }

    def link(self, obj: FeedScope) -> str:
        return reverse("articles:home")

    def feed_copyright(self, obj: FeedScope) -> str:
        return f"© {settings.NEWSROOM_SITE_NAME}"

    def stories(self, obj: FeedScope) -> QuerySet[Article]:
        """Which stories the feed lists; subclasses narrow it."""
        return Article.objects.live()

    def items(self, obj: FeedScope) -> list[Article]:
        articles = list(
            self.stories(obj)
            .select_related("section", "cover")
            .prefetch_related(
                "tags", Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))
            )
            .latest()[:FEED_SIZE]
        )
        for article in articles:
            article.feed_scope = obj
        return articles

    # -- each story -------------------------------------------------------
    def item_title(self, item: Article) -> str:
        # The headline as written. The generator escapes it once for XML;
        # Django's default escapes it twice, which readers show as "&amp;".
        return item.title

    def item_description(self, item: Article) -> str:
        return item.lead

    def item_pubdate(self, item: Article) -> datetime:
        return local_time(item.published_at)

    def item_updateddate(self, item: Article) -> datetime:
        return local_time(item.updated_at or item.published_at)

    def item_author_name(self, item: Article) -> str | None:
        names = [byline.author.name for byline in item.bylines.all()]
        return ", ".join(names) or None

    def item_categories(self, item: Article) -> list[str]:
        return [item.section.name, *(tag.name for tag in item.tags.all())]

    def item_enclosures(self, item: Article) -> list[Enclosure]:
        cover: Image | None = item.cover if item.cover_id else None
        if cover is None or not cover.file:
            return []
        return [
            Enclosure(
                url=item.feed_scope.absolute(cover.file.url),
                length=str(file_size(cover)),
                mime_type=mimetypes.guess_type(cover.file.name)[0] or "application/octet-stream",
            )
        ]


class SectionFeed(ArticleFeed):
    """The latest live stories of one section, its children's included."""

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> FeedScope:
        tree = section_tree(request)
        section = tree.by_slug.get(kwargs["slug"])
        if section is None:
            raise Section.DoesNotExist(kwargs["slug"])  # the Feed view answers 404
        return FeedScope(request, section, tree.descendant_ids(section.pk))

    def title(self, obj: FeedScope) -> str:
        return f"{settings.NEWSROOM_SITE_NAME} — {obj.section.name}"

    def description(self, obj: FeedScope) -> str:
        return obj.section.description or (
            _("Tin mới nhất chuyên mục %(section)s của %(site)s.")
            % {"section": obj.section.name, "site": settings.NEWSROOM_SITE_NAME}
        )

    def link(self, obj: FeedScope) -> str:
        return obj.section.get_absolute_url()

    def stories(self, obj: FeedScope) -> QuerySet[Article]:
        return super().stories(obj).in_sections(obj.section_ids)


class FeedScope:
    """What one feed request is about: the request (for absolute URLs) and,
    for a section feed, the section and the ids of it and its children."""

    def __init__(
        self,
        request: HttpRequest,
        section: Section | None = None,
        section_ids: list[int] | None = None,
    ):
        self.request = request
        self.section = section
        self.section_ids = section_ids or []

    def absolute(self, url: str) -> str:
        return add_domain(self.request.get_host(), url, self.request.is_secure())


def file_size(image: Image) -> int:
    """The photo's size in bytes, or 0 when the file is gone from storage.

    RSS asks for the length; a lost file must not take the whole feed down.
    """
    try:
        return image.file.size
    except (OSError, ValueError):
        return 0
