"""The story a reader's story page shows, read in three compiled queries.

Through the ORM (select_related for the section, its parent and the cover,
then prefetches for the tags and the bylines) reading one story cost 2.4 ms,
most of it building and compiling the three querysets (see
articles/compiled.py). Here the same rows come from ``CompiledQuery`` and
become model instances through ``Model.from_db``, as the ORM's own would,
so templates and ``{% picture %}`` see an ordinary ``Article``.

The tags and bylines land where ``Prefetch(to_attr=...)`` puts them:
``article.shown_tags`` and ``article.shown_bylines`` (each byline with its
author). The desk's preview fills the same two attributes with the ORM
(``SHOWN_PREFETCHES``), so one template serves both, and both hand it
``story_context``: the story with its reader blocks.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache

from django.db import DEFAULT_DB_ALIAS
from django.db.models import Model, Prefetch
from django.http import HttpRequest
from django.utils import timezone

from .blocks import story_blocks
from .compiled import CompiledQuery
from .models import Article, ArticleAuthor, Author, Image, Section, Tag
from .sections import section_tree

# The models each query reads, each through the path that reaches it.
_PARTS: list[tuple[type[Model], str]] = [
    (Article, ""),
    (Section, "section__"),
    (Section, "section__parent__"),
    (Image, "cover__"),
]
_TAG_PARTS: list[tuple[type[Model], str]] = [(Tag, "")]
_BYLINE_PARTS: list[tuple[type[Model], str]] = [(ArticleAuthor, ""), (Author, "author__")]

SHOWN_PREFETCHES = (
    Prefetch("tags", to_attr="shown_tags"),
    Prefetch(
        "bylines", queryset=ArticleAuthor.objects.select_related("author"), to_attr="shown_bylines"
    ),
)


@cache
def _names(model: type[Model]) -> tuple[str, ...]:
    return tuple(field.attname for field in model._meta.concrete_fields)


def _columns(parts: list[tuple[type[Model], str]]) -> list[str]:
    return [through + name for model, through in parts for name in _names(model)]


def _instances(row: tuple, parts: list[tuple[type[Model], str]]) -> list[Model | None]:
    """The row cut into one instance per part (None where a join found nothing)."""
    found, start = [], 0
    for model, _through in parts:
        names = _names(model)
        values = row[start : start + len(names)]
        start += len(names)
        found.append(None if values[0] is None else model.from_db(DEFAULT_DB_ALIAS, names, values))
    return found


@CompiledQuery
def _live_story(pk: int, now: datetime):
    return Article.objects.live(now).filter(pk=pk).values_list(*_columns(_PARTS))


@CompiledQuery
def _tags(pk: int):
    return (
        Tag.objects.filter(tagged_articles__content_object_id=pk)
        .order_by("tagged_articles__id")
        .values_list(*_columns(_TAG_PARTS))
    )


@CompiledQuery
def _bylines(pk: int):
    return (
        ArticleAuthor.objects.filter(article_id=pk)
        .order_by("position", "id")
        .values_list(*_columns(_BYLINE_PARTS))
    )


def live_story(pk: int | str, now: datetime | None = None) -> Article | None:
    """The live story ``pk`` with its section, parent section, cover, tags
    and bylines, or None if readers may not see it (or it does not exist)."""
    pk = int(pk)  # the URL's regex hands over digits as a str
    rows = _live_story.rows(pk=pk, now=now or timezone.now())
    if not rows:
        return None
    article, section, parent, cover = _instances(rows[0], _PARTS)
    section.parent = parent
    article.section = section
    article.cover = cover
    article.shown_tags = [_instances(row, _TAG_PARTS)[0] for row in _tags.rows(pk=pk)]
    article.shown_bylines = []
    for row in _bylines.rows(pk=pk):
        byline, author = _instances(row, _BYLINE_PARTS)
        byline.author = author
        byline.article = article
        article.shown_bylines.append(byline)
    return article


def story_context(request: HttpRequest, article: Article) -> dict:
    """What a story page's template gets: the story and its reader blocks
    (the reader's page and the desk's preview alike)."""
    family = section_tree(request).family_ids(article.section_id)
    return {"article": article, "blocks": story_blocks(article, family)}
