"""What search engines and social networks read about a reader page.

A story page tells machines the same things it tells readers: its canonical
address, its headline and lead, its cover photo, when it was published and
last changed (in the newsroom's own time, +07:00), who wrote it, its section
and tags. Open Graph and Twitter cards carry this to link previews;
schema.org ``NewsArticle`` and ``BreadcrumbList`` (JSON-LD) carry it to
search engines.

Everything here is computed from objects the view already loaded (the
article with its section, parent section, cover, tags and bylines), so
metadata never costs a query. Absolute URLs come from the request's scheme and
host: the site answers on whatever name the reader used, and
``django.contrib.sites`` is not installed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .images import figures_in
from .models import Article, Section

LOCALE = "vi_VN"
LANGUAGE = "vi"
LOGO_PATH = "img/logo.png"
LOGO_WIDTH, LOGO_HEIGHT = 600, 60
# Search engines show about this many characters of a description.
DESCRIPTION_CHARS = 160
# Google reads several images of different shapes; a few are plenty.
MAX_IMAGES = 4
HOME_NAME = gettext_lazy("Trang chủ")

# The escapes of django.utils.html.json_script: inside <script> the HTML
# parser knows nothing of JSON strings, so "</script>" in a headline would end
# the element. \u003C and friends read the same to a JSON parser.
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def local_time(value: datetime) -> datetime:
    """``value`` in the newsroom's time zone (Asia/Ho_Chi_Minh, +07:00),
    whatever zone happens to be active for the request."""
    return timezone.localtime(value, timezone.get_default_timezone())


def iso_time(value: datetime | None) -> str:
    """ISO 8601 with the +07:00 offset and whole seconds: 2025-06-02T06:02:00+07:00."""
    if value is None:
        return ""
    return local_time(value).replace(microsecond=0).isoformat()


def shorten(text: str, limit: int = DESCRIPTION_CHARS) -> str:
    """``text`` cut at a word boundary to at most ``limit`` characters."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:.") + "…"


def page_title(article: Article) -> str:
    """The headline for <title> and link previews: the SEO override wins."""
    return article.seo_title or article.title


def page_description(article: Article) -> str:
    """The summary for meta description and previews: the SEO override, else the lead."""
    return article.seo_description or shorten(article.lead) or article.title


def section_description(section: Section) -> str:
    return shorten(section.description) or (
        _("Tin tức chuyên mục %(section)s — %(site)s")
        % {"section": section.name, "site": settings.NEWSROOM_SITE_NAME}
    )


def json_ld_script(data: Any) -> SafeString:
    """A ``<script type="application/ld+json">`` element that no value can break out of."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_JSON_SCRIPT_ESCAPES)),
    )


@dataclass(frozen=True)
class PageImage:
    url: str
    width: int = 0
    height: int = 0
    alt: str = ""


@dataclass(frozen=True)
class Crumb:
    name: str
    url: str


@dataclass
class PageMeta:
    """What the head of a reader page says about it; templates only print it."""

    canonical: str
    title: str
    description: str
    og_type: str = "website"
    image: PageImage | None = None
    published: str = ""
    modified: str = ""
    section: str = ""
    tags: list[str] = field(default_factory=list)
    feed_url: str = ""
    feed_title: str = ""
    json_ld: list[dict[str, Any]] = field(default_factory=list)
    locale: str = LOCALE

    @property
    def twitter_card(self) -> str:
        # A large card with no picture is a grey box: the small card reads better.
        return "summary_large_image" if self.image else "summary"

    @property
    def scripts(self) -> SafeString:
        return mark_safe("".join(json_ld_script(data) for data in self.json_ld))


def logo(request: HttpRequest) -> dict[str, Any]:
    return {
        "@type": "ImageObject",
        "url": request.build_absolute_uri(static(LOGO_PATH)),
        "width": LOGO_WIDTH,
        "height": LOGO_HEIGHT,
    }


def publisher(request: HttpRequest) -> dict[str, Any]:
    """The newspaper as a schema.org Organization, with the logo Google asks for."""
    return {
        "@type": "Organization",
        "name": settings.NEWSROOM_SITE_NAME,
        "url": request.build_absolute_uri(reverse("articles:home")),
        "logo": logo(request),
    }


def section_trail(section: Section) -> list[Crumb]:
    """Trang chủ › parent › section: the trail the visible breadcrumb shows."""
    trail = [Crumb(str(HOME_NAME), reverse("articles:home"))]
    if section.parent_id:
        trail.append(Crumb(section.parent.name, section.parent.get_absolute_url()))
    trail.append(Crumb(section.name, section.get_absolute_url()))
    return trail


def breadcrumb_list(request: HttpRequest, trail: list[Crumb]) -> dict[str, Any]:
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": crumb.name,
                "item": request.build_absolute_uri(crumb.url),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def cover_image(request: HttpRequest, article: Article) -> PageImage | None:
    cover = article.cover if article.cover_id else None
    if cover is None or not cover.file:
        return None
    return PageImage(
        url=request.build_absolute_uri(cover.file.url),
        width=cover.width,
        height=cover.height,
        alt=cover.alt_text or article.display_cover_caption or article.title,
    )


def article_images(request: HttpRequest, article: Article, cover: PageImage | None) -> list[str]:
    """The cover, then the photos of the body, then (so there is always one) the logo."""
    urls = [cover.url] if cover else []
    for figure in figures_in(article.body):
        if len(urls) >= MAX_IMAGES:
            break
        url = request.build_absolute_uri(figure.src) if figure.src else ""
        if url.startswith(("http://", "https://")) and url not in urls:
            urls.append(url)
    return urls or [request.build_absolute_uri(static(LOGO_PATH))]


def news_article(
    request: HttpRequest, article: Article, canonical: str, cover: PageImage | None
) -> dict[str, Any]:
    """schema.org NewsArticle, with the properties Google's article results read."""
    authors = [
        {
            "@type": "Person",
            "name": byline.author.name,
            "url": request.build_absolute_uri(byline.author.get_absolute_url()),
        }
        for byline in article.shown_bylines
    ]
    return {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
        "url": canonical,
        "headline": article.title,
        "description": page_description(article),
        "image": article_images(request, article, cover),
        "datePublished": iso_time(article.published_at),
        "dateModified": iso_time(article.updated_at or article.published_at),
        # A story with no byline is the newspaper's own.
        "author": authors or [publisher(request)],
        "publisher": publisher(request),
        "articleSection": article.section.name,
        "keywords": [tag.name for tag in article.shown_tags],
        "inLanguage": LANGUAGE,
    }


def article_meta(request: HttpRequest, article: Article) -> PageMeta:
    """Metadata of a story page, from the article as the view prefetched it."""
    canonical = request.build_absolute_uri(article.get_absolute_url())
    cover = cover_image(request, article)
    return PageMeta(
        canonical=canonical,
        title=page_title(article),
        description=page_description(article),
        og_type="article",
        image=cover,
        published=iso_time(article.published_at),
        modified=iso_time(article.updated_at or article.published_at),
        section=article.section.name,
        tags=[tag.name for tag in article.shown_tags],
        feed_url=reverse("articles:section_feed", args=[article.section.slug]),
        feed_title=f"{settings.NEWSROOM_SITE_NAME} — {article.section.name}",
        json_ld=[
            news_article(request, article, canonical, cover),
            breadcrumb_list(request, section_trail(article.section)),
        ],
    )


def section_meta(request: HttpRequest, section: Section, page_number: int = 1) -> PageMeta:
    """Metadata of a section page. Page 2 and on are their own canonical
    pages (they list other stories), so ``?page=`` stays in the address."""
    path = section.get_absolute_url()
    if page_number > 1:
        path = f"{path}?page={page_number}"
    return PageMeta(
        canonical=request.build_absolute_uri(path),
        title=section.name,
        description=section_description(section),
        feed_url=reverse("articles:section_feed", args=[section.slug]),
        feed_title=f"{settings.NEWSROOM_SITE_NAME} — {section.name}",
        json_ld=[breadcrumb_list(request, section_trail(section))],
    )
