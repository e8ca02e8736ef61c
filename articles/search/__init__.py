"""Reader search (``/tim-kiem/``): one interface, two full-text backends.

Readers type Vietnamese with or without accents, in either Unicode spelling,
in any case. Everything that goes into the index and every query is therefore
*folded* first (``text.fold``: "Công Đoàn" -> "cong doan") and cut into plain
word tokens here, in Python. The databases only ever see those tokens: a
reader's raw text never reaches ``MATCH`` or ``to_tsquery``, so quotes,
``*``, ``OR``, ``NEAR(`` or ``'; DROP TABLE`` are just words or nothing.

Each story is indexed as three fields of folded tokens: the title, the lead
and the plain text of the body; a match ranks title above lead above body. The index is
written on every save of a story (``articles.signals``) and rebuilt whole by
``manage.py rebuild_search`` after bulk loads. Drafts and scheduled stories
are indexed too: what a reader may see is decided at query time by
``Article.objects.live()``, so publishing, unpublishing or a scheduled time
arriving needs no re-indexing.

Backends (chosen by the database vendor; tables made by migration 0002_search):

* SQLite: an external-content FTS5 table ``articles_search`` over the plain
  table ``articles_search_doc`` (id = article id; folded title, lead, body),
  kept in step by triggers, ranked with one ``bm25()`` per field.
* PostgreSQL: a ``tsvector`` column ``articles_article.search_document``
  (folded fields weighted A/B/D with the ``simple`` configuration, since the
  text is already folded) under a GIN index, ranked with ``ts_rank()``.

Both multiply the relevance by a gentle recency boost (at most +30 % for a
story published today, +15 % at 30 days, fading after) so a fresh story wins
a near tie but a title match still beats a body-only one.

Matching is on whole syllables: every query token must be in the story.
There is no prefix matching on purpose: Vietnamese syllables are prefixes of
other syllables ("doan" of "doanh", "ha" of "hai", "hang", "hanh"), so
"công đoàn" would also find every "công ty … doanh nghiệp" story.
"""

from .backends import BACKENDS, Document, Ranked, SearchBackend, backend_for
from .form import SearchRequest, section_choices
from .highlight import Highlighter
from .index import index_articles, rebuild_index, unindex_articles
from .query import MAX_QUERY_LENGTH, Query, terms
from .results import MAX_RESULTS, present, search

__all__ = [
    "BACKENDS",
    "MAX_QUERY_LENGTH",
    "MAX_RESULTS",
    "Document",
    "Highlighter",
    "Query",
    "Ranked",
    "SearchBackend",
    "SearchRequest",
    "backend_for",
    "index_articles",
    "present",
    "rebuild_index",
    "search",
    "section_choices",
    "terms",
    "unindex_articles",
]
