"""The reader blocks around a story, and the front page's, each built with
a fixed number of queries.

A story page shows, besides the story itself: the editor-picked headlines
above the lead, "Có thể bạn quan tâm" (related), "Tin khác" (other news of
the section family) and "Nên xem" (site-wide must-see picks). A reader should
never meet the same story twice on one page, so the blocks are filled in
order of editorial weight, each skipping what an earlier one already took:
top headlines, then related, then "Tin khác", then "Nên xem".

Every block costs one query whatever its size, so a story with forty tags
and twelve pinned links renders with as many queries as a bare one. Blocks
hold plain ``Card`` rows (articles/cards.py), not model instances.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Q
from django.utils import timezone

from .cards import Card, as_cards, card_fields
from .compiled import CompiledQuery
from .models import Article, ArticleLink, Block, BlockItem, LinkKind, RelatedResult
from .querysets import live_q

RELATED_SIZE = 6
OTHER_NEWS_SIZE = 10
MUST_SEE_SIZE = 6
FRONT_FEATURED_SIZE = 5
FRONT_LATEST_SIZE = 12
FRONT_SECTION_SIZE = 5


@dataclass
class StoryBlocks:
    top_headlines: list[Card] = field(default_factory=list)
    related: list[Card] = field(default_factory=list)
    other_news: list[Card] = field(default_factory=list)
    must_see: list[Card] = field(default_factory=list)


@dataclass
class FrontPage:
    lead_story: Card | None = None
    featured: list[Card] = field(default_factory=list)
    latest: list[Card] = field(default_factory=list)
    section_blocks: list[tuple] = field(default_factory=list)
    must_see: list[Card] = field(default_factory=list)


class PageDeduper:
    """Remembers which stories a page already shows."""

    def __init__(self, *ids: int):
        self.seen: set[int] = set(ids)

    def take(self, articles, limit: int) -> list[Card]:
        kept = []
        for article in articles:
            if article.pk in self.seen:
                continue
            self.seen.add(article.pk)
            kept.append(article)
            if len(kept) == limit:
                break
        return kept


# The story page's block queries, compiled once per shape (articles/compiled.py):
# building them through the ORM on every request cost more than running them.


@CompiledQuery
def _links_query(source: int, now: datetime):
    return (
        ArticleLink.objects.filter(live_q("target__", now), source_id=source)
        .order_by("kind", "position", "id")
        .values_list("kind", *card_fields("target__"))
    )


@CompiledQuery
def _related_query(source: int, exclude: list[int], now: datetime, *, size: int):
    rows = (
        RelatedResult.objects.filter(live_q("target__", now), source_id=source)
        .exclude(target_id__in=exclude)
        .order_by("-score", "id")
    )
    return as_cards(rows, "target__")[:size]


@CompiledQuery
def _latest_query(exclude: list[int], now: datetime, *, size: int):
    return Article.objects.live(now).cards().excluding(exclude).latest()[:size]


@CompiledQuery
def _other_news_query(family: list[int], exclude: list[int], now: datetime, *, size: int):
    return Article.objects.live(now).cards().in_sections(family).excluding(exclude).latest()[:size]


@CompiledQuery
def _block_query(key: str, exclude: list[int], now: datetime, *, size: int):
    items = (
        BlockItem.objects.filter(live_q("article__", now), block__key=key)
        .filter(Q(starts_at__isnull=True) | Q(starts_at__lte=now))
        .filter(Q(ends_at__isnull=True) | Q(ends_at__gt=now))
        .exclude(article_id__in=exclude)
        .order_by("position", "id")
    )
    return as_cards(items, "article__")[:size]


def _cards(query: CompiledQuery, exclude: set[int], now, **arguments) -> list[Card]:
    """``query``'s rows as Cards, without ``exclude`` (0 and None are no story)."""
    ids = [pk for pk in exclude if pk]
    rows = query.rows(exclude=ids, now=now or timezone.now(), **arguments)
    return [Card._make(row) for row in rows]


def curated_links(article: Article, now=None) -> dict[str, list[Card]]:
    """The article's editor links by kind, only to live stories (one query)."""
    rows = _links_query.rows(source=article.pk, now=now or timezone.now())
    by_kind: dict[str, list[Card]] = {kind: [] for kind in LinkKind.values}
    for kind, *values in rows:
        by_kind[kind].append(Card._make(values))
    return by_kind


def automatic_related(article: Article, exclude: set[int], limit: int, now=None) -> list[Card]:
    """The engine's precomputed suggestions for ``article`` that a reader may
    see now, best first (ONE query on the (source, -score) index, joined to
    what the cards display).

    Visibility is decided here, at read time, so a scheduled story appears
    when its time comes and an unpublished one is never shown even before
    its removal task has run.
    """
    # Always one query, even when pins filled the block: a page costs the same
    # number of queries whatever its curation.
    cards = _cards(_related_query, exclude, now, source=article.pk, size=max(limit, 1))
    return cards[: max(limit, 0)]


def latest_cards(exclude: set[int], limit: int, now=None) -> list[Card]:
    """The newest live stories site-wide, none of ``exclude`` (one query)."""
    return _cards(_latest_query, exclude, now, size=limit)


def other_news(family: list[int], exclude: set[int], limit: int, now=None) -> list[Card]:
    """ "Tin khác": the latest live stories of the section family (one query)."""
    return _cards(_other_news_query, exclude, now, family=list(family), size=limit)


def block_articles(key: str, limit: int, exclude: set[int] = frozenset(), now=None) -> list[Card]:
    """The live stories of a site-wide curated block, in the editors' order (one query)."""
    return _cards(_block_query, exclude, now, key=key, size=limit)


def latest_by_section(tree, exclude: set[int], size: int, now=None) -> list[tuple]:
    """The front page's section blocks: each top section's ``size`` newest
    stories (its child sections' included), none of ``exclude``.

    One query reads the newest stories site-wide; on a paper that publishes
    every day that fills every block, and only a section still short (a
    quiet one, or one the window did not reach) asks the database itself.
    Sections are disjoint, so the blocks never share a story.
    """
    top_of = {s.pk: s.parent_id or s.pk for s in tree.by_id.values()}
    window = size * max(len(tree.top), 1) * 2
    recent = latest_cards(exclude, window, now)
    seen_everything = len(recent) < window
    found: dict[int, list[Card]] = {}
    for story in recent:
        items = found.setdefault(top_of.get(story.section_id), [])
        if len(items) < size:
            items.append(story)
    blocks = []
    for section in tree.top:
        items = found.get(section.pk, [])
        if len(items) < size and not seen_everything:
            items = other_news(tree.descendant_ids(section.pk), exclude, size, now)
        if items:
            blocks.append((section, items))
    return blocks


def story_blocks(article: Article, family: list[int], now=None) -> StoryBlocks:
    """Everything around a story, deduplicated across blocks.

    ``family`` is the story's section with its parent and children, whose
    stories make up "Tin khác" (see ``SectionTree.family_ids``).
    """
    links = curated_links(article, now)
    excluded = {a.pk for a in links[LinkKind.EXCLUDE]}
    # An excluded story is kept off the whole page, not only off "related".
    page = PageDeduper(article.pk, *excluded)
    blocks = StoryBlocks()
    blocks.top_headlines = page.take(links[LinkKind.TOP], 5)
    pinned = page.take(links[LinkKind.PIN], RELATED_SIZE)
    auto = automatic_related(article, page.seen, RELATED_SIZE - len(pinned), now)
    blocks.related = pinned + page.take(auto, RELATED_SIZE - len(pinned))
    blocks.other_news = page.take(
        other_news(family, page.seen, OTHER_NEWS_SIZE, now), OTHER_NEWS_SIZE
    )
    blocks.must_see = page.take(
        block_articles(Block.MUST_SEE, MUST_SEE_SIZE, page.seen, now), MUST_SEE_SIZE
    )
    return blocks


def front_page(tree, now=None) -> FrontPage:
    """The front page, deduplicated like a story page: the editors' front-page
    picks (the first leads), "Tin mới", each top section's block, "Nên xem".

    With no picks, the newest story leads, so the page is never headless.
    """
    featured = block_articles(Block.FRONT_PAGE, FRONT_FEATURED_SIZE, now=now)
    shown = {a.pk for a in featured}
    latest = latest_cards(shown, FRONT_LATEST_SIZE, now)
    if not featured and latest:
        featured, latest = latest[:1], latest[1:]
    shown |= {a.pk for a in featured} | {a.pk for a in latest}
    section_blocks = latest_by_section(tree, shown, FRONT_SECTION_SIZE, now)
    shown |= {a.pk for _section, items in section_blocks for a in items}
    return FrontPage(
        lead_story=featured[0] if featured else None,
        featured=featured[1:],
        latest=latest,
        section_blocks=section_blocks,
        must_see=block_articles(Block.MUST_SEE, MUST_SEE_SIZE, shown, now),
    )
