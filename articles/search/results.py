"""The search service: matches counted and ranked, one page presented."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.utils import timezone

from ..models import Article
from ..sanitize import plain_text
from .backends import Ranked, backend_for
from .form import SearchRequest
from .highlight import Highlighter
from .query import Query

# Ranking reads every candidate's document, so a query matching most of a
# 100,000-story archive ("có năm") would take seconds. Only the most recent
# MAX_RESULTS matches are ranked and counted: 10 pages of results, more than
# any reader turns, and what the recency boost would favour anyway; the date
# and section filters reach older stories. This cap is what a search costs at
# worst, whatever the size of the archive. Finding the newest matches walks
# the live stories until it has them: for a word in one story in six
# ("công đoàn") that is 1,200 stories with a cap of 200, about what a search
# reads in a 1,000-story newsroom; with 500 it was 3,200, and the search page
# at 100,000 stories took 1.5 to 1.8 times as long as at 1,000.
MAX_RESULTS = 200


def search(request: SearchRequest, now: datetime | None = None) -> Ranked | None:
    """The live stories matching ``request``, by id, best first (paginate them,
    then ``present`` a page); None when there is nothing to look for.

    All of them are ranked at once, in one query (two on SQLite): the count
    is the number ranked, and ranking needs them all anyway. Ids, not cards:
    ``present`` loads the cards of one page.
    """
    if not request.query:
        return None
    now = now or timezone.now()
    queryset = request.filter(Article.objects.live(now))
    return backend_for(queryset.db).ranked(queryset, request.query, now, MAX_RESULTS)


def present(ids: Iterable[int], query: Query) -> list[Article]:
    """The cards of these live stories, in this order, each with ``search_title``,
    ``search_snippet`` and ``search_passage``: escaped HTML with <mark>s.

    The snippet is the lead; when neither title nor lead holds a query word,
    a passage of the body around the first one follows it (one more query).
    """
    ids = list(ids)
    cards = {card.pk: card for card in Article.objects.live().filter(pk__in=ids).cards()}
    # Model instances built from the rows: the highlights are set on them,
    # and each keeps its card, for the memoised meta line (articles/fragments.py).
    articles = []
    for pk in ids:
        if pk in cards:
            article = cards[pk].story
            article.card = cards[pk]
            articles.append(article)
    marker = Highlighter(query.terms)
    body_needed = []
    for article in articles:
        title_spans = marker.spans(article.title)
        article.search_title = marker.mark(article.title, title_spans)
        article.search_snippet = marker.excerpt(article.lead)
        article.search_passage = ""
        if not title_spans and "<mark>" not in article.search_snippet:
            body_needed.append(article.pk)
    if body_needed:
        bodies = dict(Article.objects.filter(pk__in=body_needed).values_list("pk", "body"))
        for article in articles:
            if article.pk in bodies:
                text = plain_text(bodies[article.pk])
                if marker.spans(text):
                    article.search_passage = marker.excerpt(text)
    return articles
