"""Sitemaps and robots.txt: how search engines find every live story.

``/sitemap.xml`` is an index of small sitemaps: the sections, one sitemap of
articles per month of publication (``articles-YYYY-MM``, so an old month's
file stays the same and crawlers can skip it), and the tags that have a live
story. ``/sitemap-news.xml`` follows Google News: the live stories of the last
48 hours with their publication, date and title. ``/robots.txt`` points at both.

Built on django.contrib.sitemaps. ``django.contrib.sites`` is not installed,
so the framework takes the scheme and host from the request (``RequestSite``).
Every article list starts from ``Article.objects.live()``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.core.paginator import Paginator
from django.db.models import Count, Max, QuerySet
from django.db.models.functions import TruncMonth
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .dates import plausible_year
from .models import Article, Section, Tag
from .sections import SectionTree
from .seo import LANGUAGE, iso_time
from .text import without_controls

# Google News reads stories of the last two days, at most 1,000 per sitemap.
NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000
MONTH_SECTION_RE = re.compile(r"^articles-(?P<year>\d{4})-(?P<month>\d{2})$")
# Paths no crawler should read: the desk and the signed draft previews.
ROBOTS_DISALLOW = ["/admin/", "/xem-truoc/"]


def _newest(dates: list[datetime | None]) -> datetime | None:
    return max((d for d in dates if d is not None), default=None)


class SectionSitemap(Sitemap):
    """Every section page. A section changes when one of its stories (or a
    child section's) is published or edited, so that is its lastmod."""

    changefreq = "hourly"

    def items(self) -> list[Section]:
        if not hasattr(self, "_items_cache"):
            tree = SectionTree.load()  # parents are shared objects, so folding works
            sections = list(tree.by_id.values())
            latest = dict(
                Article.objects.live()
                .order_by()
                .values("section_id")
                .annotate(latest=Max("updated_at"))
                .values_list("section_id", "latest")
            )
            for section in sections:
                section.sitemap_lastmod = latest.get(section.pk)
            for section in sections:  # a parent page lists its children's stories too
                parent = tree.by_id.get(section.parent_id)
                if parent is not None:
                    parent.sitemap_lastmod = _newest(
                        [parent.sitemap_lastmod, section.sitemap_lastmod]
                    )
            self._items_cache = sections
        return self._items_cache

    def lastmod(self, section: Section) -> datetime | None:
        return section.sitemap_lastmod

    def get_latest_lastmod(self) -> datetime | None:
        return _newest([s.sitemap_lastmod for s in self.items()])


class ArticleMonthSitemap(Sitemap):
    """The live stories published in one month, newsroom time.

    The index already knows each month's newest edit and story count from a
    single grouped query; it passes them in so listing ten years of months
    does not cost two queries a month.
    """

    def __init__(
        self, year: int, month: int, latest: datetime | None = None, count: int | None = None
    ):
        zone = timezone.get_default_timezone()
        self.start = datetime(year, month, 1, tzinfo=zone)
        self.end = datetime(year + month // 12, month % 12 + 1, 1, tzinfo=zone)
        self.latest = latest
        self.count = count

    @property
    def name(self) -> str:
        return f"articles-{self.start:%Y-%m}"

    def items(self) -> QuerySet[Article]:
        return (
            Article.objects.live()
            .filter(published_at__gte=self.start, published_at__lt=self.end)
            .only("id", "slug", "published_at", "updated_at")
            .order_by("published_at", "id")
        )

    def lastmod(self, article: Article) -> datetime:
        return article.updated_at

    def get_latest_lastmod(self) -> datetime | None:
        if self.latest is None:
            self.latest = self.items().aggregate(latest=Max("updated_at"))["latest"]
        return self.latest

    @property
    def paginator(self) -> Paginator:
        paginator = super().paginator
        if self.count is not None:
            paginator.count = self.count  # known from the index's grouped query
        return paginator

    @classmethod
    def all_months(cls) -> list[ArticleMonthSitemap]:
        """One sitemap per month that has a live story, newest month first."""
        months = (
            Article.objects.live()
            .annotate(month=TruncMonth("published_at", tzinfo=timezone.get_default_timezone()))
            .order_by()
            .values("month")
            .annotate(latest=Max("updated_at"), count=Count("id"))
            .order_by("-month")
        )
        return [
            cls(row["month"].year, row["month"].month, row["latest"], row["count"])
            for row in months
        ]


class TagSitemap(Sitemap):
    """Tag pages with at least one live story; lastmod is that story's last edit."""

    changefreq = "daily"

    def items(self) -> list[Tag]:
        if not hasattr(self, "_items_cache"):
            self._items_cache = list(
                Tag.objects.filter(tagged_articles__content_object__in=Article.objects.live())
                .annotate(sitemap_lastmod=Max("tagged_articles__content_object__updated_at"))
                .order_by("name")
            )
        return self._items_cache

    def lastmod(self, tag: Tag) -> datetime | None:
        return tag.sitemap_lastmod

    def get_latest_lastmod(self) -> datetime | None:
        return _newest([t.sitemap_lastmod for t in self.items()])


class NewsSitemap(Sitemap):
    """Google News: live stories of the last 48 hours, newest first."""

    limit = NEWS_LIMIT

    def items(self) -> QuerySet[Article]:
        now = timezone.now()
        return (
            Article.objects.live(now)
            .filter(published_at__gte=now - NEWS_WINDOW)
            .only("id", "slug", "title", "published_at")
            .latest()
        )

    def get_urls(
        self, page: int | str = 1, site: Any = None, protocol: str | None = None
    ) -> list[dict[str, Any]]:
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            article = url["item"]
            url["news"] = {
                "publication_name": settings.NEWSROOM_SITE_NAME,
                "language": LANGUAGE,
                "publication_date": iso_time(article.published_at),
                "title": without_controls(article.title),
            }
        return urls


def sitemap_for(name: str) -> Sitemap | None:
    """The sitemap the index calls ``name``, or None when there is no such one."""
    if name == "sections":
        return SectionSitemap()
    if name == "tags":
        return TagSitemap()
    match = MONTH_SECTION_RE.match(name)
    if match and 1 <= int(match["month"]) <= 12 and plausible_year(int(match["year"])):
        return ArticleMonthSitemap(int(match["year"]), int(match["month"]))
    return None


@require_safe
def sitemap_index(request: HttpRequest) -> HttpResponse:
    """``/sitemap.xml``: sections, then months (newest first), then tags."""
    sitemaps: dict[str, Sitemap] = {"sections": SectionSitemap()}
    sitemaps.update((m.name, m) for m in ArticleMonthSitemap.all_months())
    sitemaps["tags"] = TagSitemap()
    return sitemap_views.index(request, sitemaps, sitemap_url_name="articles:sitemap")


@require_safe
def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    """``/sitemap-<name>.xml``: one sitemap of the index."""
    sitemap = sitemap_for(section)
    if sitemap is None:
        raise Http404(_("Không có sitemap này."))
    if isinstance(sitemap, ArticleMonthSitemap) and not sitemap.items().exists():
        raise Http404(_("Tháng này không có bài viết."))
    return sitemap_views.sitemap(
        request, {section: sitemap}, section=section, template_name="sitemaps/sitemap.xml"
    )


@require_safe
def news_sitemap(request: HttpRequest) -> HttpResponse:
    """``/sitemap-news.xml`` in the Google News format."""
    return sitemap_views.sitemap(
        request, {"news": NewsSitemap()}, template_name="sitemaps/news.xml"
    )


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """``/robots.txt``: keep crawlers out of the desk and previews, show them the sitemaps."""
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in ROBOTS_DISALLOW), ""]
    for name in ("articles:sitemap_index", "articles:sitemap_news"):
        lines.append(f"Sitemap: {request.build_absolute_uri(reverse(name))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
