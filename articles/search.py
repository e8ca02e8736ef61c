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

from __future__ import annotations

import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cached_property, lru_cache
from html import escape

from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import BooleanField, FloatField, QuerySet
from django.db.models.expressions import RawSQL
from django.http import QueryDict
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from .models import Article, Section
from .querysets import ArticleQuerySet
from .sanitize import plain_text
from .sections import SectionTree
from .text import clean_line, fold, nfc

MAX_QUERY_LENGTH = 200
# Ranking reads every candidate's document, so a query matching most of a
# 100,000-story archive ("có năm") would take seconds. Only the most recent
# MAX_RESULTS matches are ranked and counted: 25 pages of results, more than
# any reader turns, and what the recency boost would favour anyway. This cap
# is what a search costs at worst, whatever the size of the archive: at 1,000
# it took 15 ms of ranking on PostgreSQL for a query matching most stories.
MAX_RESULTS = 500
MAX_TERMS = 24
# Relative weights of a match in the title, the lead and the body: ts_rank's
# A, B and D weights on PostgreSQL, whose formula keeps these tiers apart.
TITLE_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT = 10.0, 4.0, 1.0
# FTS5's bm25() saturates term frequency and divides by the length of the whole
# story, so weights inside one bm25() call barely separate the fields (a title
# match in a long story loses to a lead match in a short one). On SQLite each
# field gets its own bm25() and the three are added with wider gaps.
FTS5_FIELD_WEIGHTS = (100.0, 10.0, 1.0)
# Relevance x (1 + RECENCY_BOOST / (1 + age_in_days / RECENCY_DAYS)).
RECENCY_BOOST = 0.3
RECENCY_DAYS = 30.0
# A body longer than this is indexed by its beginning (PostgreSQL caps a
# tsvector at 1 MB; no real story comes near).
MAX_BODY_CHARS = 200_000
SNIPPET_CHARS = 240

_TERM_RE = re.compile(r"[^\W_]+")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")
EARLIEST_YEAR, LATEST_YEAR = 1900, 2999


def terms(text: str) -> list[str]:
    """The folded word tokens of ``text``: "Công-đoàn Hà Nội!" -> ["cong", "doan", "ha", "noi"]."""
    return _TERM_RE.findall(fold(text))


# -- the query -----------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """What the reader typed (NFC, at most 200 characters) and its search terms."""

    text: str = ""
    terms: tuple[str, ...] = ()
    truncated: bool = False

    @classmethod
    def parse(cls, raw: str | None) -> Query:
        text = _clean_param(raw or "", 4 * MAX_QUERY_LENGTH)
        truncated = len(text) > MAX_QUERY_LENGTH
        if truncated:
            cut = text[: MAX_QUERY_LENGTH + 1]
            # Cut between words, so the last word is not half a word.
            text = (cut.rsplit(" ", 1)[0] if " " in cut else cut)[:MAX_QUERY_LENGTH].rstrip()
        unique = dict.fromkeys(terms(text))  # ordered, without repeats
        return cls(text=text, terms=tuple(unique)[:MAX_TERMS], truncated=truncated)

    def __bool__(self) -> bool:
        return bool(self.terms)


# -- the request: query and filters, as the reader gave them ------------------------


def _clean_param(value: str, limit: int) -> str:
    """A query-string value as one NFC line without control characters."""
    return clean_line(_CONTROL_RE.sub(" ", value[:limit]))


def _parse_date(value: str) -> date | None:
    for fmt in DATE_FORMATS:
        try:
            parsed = datetime.strptime(value, fmt).date()
        except ValueError:
            continue
        return parsed if EARLIEST_YEAR <= parsed.year <= LATEST_YEAR else None
    return None


def _start_of(day: date) -> datetime:
    """Midnight at the start of ``day``, Hanoi time."""
    return timezone.make_aware(datetime.combine(day, time.min))


@dataclass
class SearchRequest:
    """The search form, read leniently: a bad filter is explained and ignored."""

    query: Query = field(default_factory=Query)
    section: Section | None = None
    section_ids: list[int] = field(default_factory=list)
    date_from: date | None = None
    date_to: date | None = None
    # Exactly what the reader typed, to fill the form again.
    section_slug: str = ""
    from_text: str = ""
    to_text: str = ""
    errors: list[str] = field(default_factory=list)

    @classmethod
    def from_params(cls, params: QueryDict, tree: SectionTree) -> SearchRequest:
        request = cls(query=Query.parse(params.get("q")))
        request.section_slug = _clean_param(params.get("chuyen-muc", ""), 140)
        if request.section_slug:
            section = tree.by_slug.get(request.section_slug)
            if section is None:
                request.errors.append(
                    f"Không có chuyên mục “{request.section_slug}”; kết quả lấy từ mọi chuyên mục."
                )
            else:
                request.section = section
                request.section_ids = tree.descendant_ids(section.pk)
        request.from_text = _clean_param(params.get("tu", ""), 20)
        request.to_text = _clean_param(params.get("den", ""), 20)
        request.date_from = request._date(request.from_text, "Từ ngày")
        request.date_to = request._date(request.to_text, "Đến ngày")
        if request.date_from and request.date_to and request.date_from > request.date_to:
            request.date_from, request.date_to = request.date_to, request.date_from
            request.from_text, request.to_text = request.to_text, request.from_text
            request.errors.append("Ngày bắt đầu sau ngày kết thúc nên đã được đổi chỗ cho nhau.")
        return request

    def _date(self, value: str, label: str) -> date | None:
        if not value:
            return None
        parsed = _parse_date(value)
        if parsed is None:
            self.errors.append(
                f"{label} “{value}” không hợp lệ: hãy nhập theo dạng ngày/tháng/năm, "
                "ví dụ 02/06/2025. Bộ lọc này tạm bỏ qua."
            )
        return parsed

    @property
    def notices(self) -> list[str]:
        notices = list(self.errors)
        if self.query.truncated:
            notices.append(
                f"Từ khóa dài quá {MAX_QUERY_LENGTH} ký tự nên chỉ "
                f"{MAX_QUERY_LENGTH} ký tự đầu được dùng để tìm."
            )
        if self.query.text and not self.query:
            notices.append("Từ khóa cần có ít nhất một chữ hoặc một số.")
        return notices

    def filter(self, queryset: ArticleQuerySet) -> ArticleQuerySet:
        if self.section_ids:
            queryset = queryset.in_sections(self.section_ids)
        if self.date_from:
            queryset = queryset.filter(published_at__gte=_start_of(self.date_from))
        if self.date_to:
            queryset = queryset.filter(published_at__lt=_start_of(self.date_to + timedelta(1)))
        return queryset


def section_choices(tree: SectionTree) -> list[tuple[str, str]]:
    """(slug, label) for the section filter: each top section, then its children."""
    choices = []
    for section in tree.top:
        choices.append((section.slug, section.name))
        choices.extend((c.slug, f"— {c.name}") for c in tree.children.get(section.pk, []))
    return choices


# -- the service -----------------------------------------------------------------------


class Results:
    """The ids of the stories matching a query, best first, as a Paginator
    wants them: ``count()`` counts the matches, a slice ranks one page."""

    ordered = True  # for Paginator's check

    def __init__(self, backend: SearchBackend, queryset: QuerySet, query: Query, now: datetime):
        self.backend, self.queryset, self.query, self.now = backend, queryset, query, now

    @cached_property
    def _candidates(self) -> list[int]:
        """The most recent matches, one more than are ranked: their number is
        the count (the extra one says "more"), and they are what gets ranked.
        One query serves both; counting separately scanned the index twice."""
        recent = self.backend.matching(self.queryset, self.query).order_by("-published_at", "-id")
        return list(recent.values_list("pk", flat=True)[: MAX_RESULTS + 1])

    @property
    def _count(self) -> int:
        return min(len(self._candidates), MAX_RESULTS)

    @property
    def capped(self) -> bool:
        """More stories match than are ranked: the page says "hơn"."""
        return len(self._candidates) > MAX_RESULTS

    def count(self) -> int:
        return self._count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index: slice) -> list[int]:
        start, stop, step = index.indices(self._count)
        if step != 1 or stop <= start:
            return []
        # The candidates' ids are fetched first: the backends' match expressions
        # name the article table, so they cannot sit in an aliased subquery.
        candidates = self.queryset.filter(pk__in=self._candidates[:MAX_RESULTS])
        return self.backend.ranked_ids(candidates, self.query, self.now, start, stop)


def search(request: SearchRequest, now: datetime | None = None) -> Results | None:
    """The live stories matching ``request``, by id, best first (paginate them,
    then ``present`` a page); None when there is nothing to look for.

    Ids, not cards: ranking is a query of its own (on SQLite not even an ORM
    one), and ``present`` loads the cards of one page.
    """
    if not request.query:
        return None
    now = now or timezone.now()
    queryset = request.filter(Article.objects.live(now))
    return Results(backend_for(queryset.db), queryset, request.query, now)


def present(ids: Iterable[int], query: Query) -> list[Article]:
    """The cards of these live stories, in this order, each with ``search_title``,
    ``search_snippet`` and ``search_passage``: escaped HTML with <mark>s.

    The snippet is the lead; when neither title nor lead holds a query word,
    a passage of the body around the first one follows it (one more query).
    """
    ids = list(ids)
    cards = {card.pk: card for card in Article.objects.live().filter(pk__in=ids).cards()}
    # Model instances built from the rows: the highlights are set on them.
    articles = [cards[pk].story for pk in ids if pk in cards]
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


# -- highlighting ------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    return fold(char)


class Highlighter:
    """Finds query words in original text by folding it, and marks them.

    The text is folded one character at a time with a map back to the
    original positions, so "cong doan" marks "Công đoàn" as typed.
    """

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(words)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """(start, end) in ``text`` (NFC) of each run of query words, runs joined across spaces."""
        text = nfc(text or "")
        if not text or not self.words:
            return []
        folded_chars: list[str] = []
        origin: list[int] = []
        for i, char in enumerate(text):
            folded = _fold_char(char)
            folded_chars.append(folded)
            origin.extend([i] * len(folded))
        folded_text = "".join(folded_chars)
        spans: list[tuple[int, int]] = []
        for match in _TERM_RE.finditer(folded_text):
            if match.group() not in self.words:
                continue
            start, end = origin[match.start()], origin[match.end() - 1] + 1
            while end < len(text) and unicodedata.combining(text[end]):
                end += 1  # marks of an NFD spelling belong to their letter
            if spans and not text[spans[-1][1] : start].strip():
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
        return spans

    def mark(self, text: str, spans: Sequence[tuple[int, int]] | None = None) -> SafeString:
        """``text`` HTML-escaped, each query word in a <mark>."""
        text = nfc(text or "")
        spans = self.spans(text) if spans is None else spans
        out, position = [], 0
        for start, end in spans:
            out.append(escape(text[position:start]))
            out.append(f"<mark>{escape(text[start:end])}</mark>")
            position = end
        out.append(escape(text[position:]))
        return mark_safe("".join(out))

    def excerpt(self, text: str, size: int = SNIPPET_CHARS) -> SafeString:
        """At most ``size`` characters of ``text`` around its first query word, marked."""
        text = nfc(text or "")
        spans = self.spans(text)
        if len(text) <= size:
            return self.mark(text, spans)
        first = spans[0][0] if spans else 0
        start = 0
        if first > size // 3:  # start a little before the first match, at a word
            start = first - size // 3
            space = text.find(" ", start, first)
            start = space + 1 if space >= 0 else start
        end = min(len(text), start + size)
        if end < len(text):  # end at a word, after the first match
            space = text.rfind(" ", first + 1, end)
            end = space if space > 0 else end
        window = [
            (max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start
        ]
        marked = self.mark(text[start:end], window)
        return mark_safe(("… " if start else "") + marked + (" …" if end < len(text) else ""))


# -- the index -------------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """One story as the index holds it: space-separated folded tokens per field."""

    id: int
    title: str
    lead: str
    body: str

    @classmethod
    def build(cls, pk: int, title: str, lead: str, body_html: str) -> Document:
        return cls(
            pk,
            " ".join(terms(title or "")),
            " ".join(terms(lead or "")),
            " ".join(terms(plain_text(body_html or "")[:MAX_BODY_CHARS])),
        )


class SearchBackend(ABC):
    """The search index of one database connection."""

    def __init__(self, connection: BaseDatabaseWrapper):
        self.connection = connection
        self.quote = connection.ops.quote_name
        self.articles = self.quote(Article._meta.db_table)

    @abstractmethod
    def save(self, documents: Sequence[Document]) -> None:
        """Add or replace these stories in the index."""

    @abstractmethod
    def delete(self, ids: Sequence[int]) -> None:
        """Drop these stories from the index."""

    @abstractmethod
    def matching(self, queryset: QuerySet, query: Query) -> QuerySet:
        """``queryset`` narrowed to the stories matching ``query`` (to count them)."""

    @abstractmethod
    def ranked_ids(
        self, queryset: QuerySet, query: Query, now: datetime, start: int, stop: int
    ) -> list[int]:
        """Ids of ``queryset``'s stories, which all match ``query`` already
        (``Results`` passes the candidates of ``matching()``), ranked ``start``
        to ``stop``, best first."""

    @abstractmethod
    def rebuild(self, batches: Iterable[Sequence[Document]]) -> int:
        """Replace the whole index with these stories (all of them); returns how many."""

    def _save_all(self, batches: Iterable[Sequence[Document]]) -> int:
        count = 0
        for batch in batches:
            self.save(batch)
            count += len(batch)
        return count


class Fts5Backend(SearchBackend):
    """SQLite: external-content FTS5 over ``articles_search_doc``, ranked by bm25()."""

    DOCS = "articles_search_doc"
    INDEX = "articles_search"

    def save(self, documents: Sequence[Document]) -> None:
        # An upsert, not INSERT OR REPLACE: REPLACE deletes without firing the
        # delete trigger, which would leave the old words in the FTS index.
        with self.connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {self.DOCS} (id, title, lead, body) VALUES (%s, %s, %s, %s) "
                "ON CONFLICT (id) DO UPDATE SET "
                "title = excluded.title, lead = excluded.lead, body = excluded.body",
                [(d.id, d.title, d.lead, d.body) for d in documents],
            )

    def delete(self, ids: Sequence[int]) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {self.DOCS} WHERE id = %s", [(i,) for i in ids])

    def _command(self, command: str) -> None:
        with self.connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {self.INDEX} ({self.INDEX}) VALUES (%s)", [command])

    def rebuild(self, batches: Iterable[Sequence[Document]]) -> int:
        # First make the FTS index agree with its document table whatever
        # happened to it, so the delete trigger can trust it; merge the
        # segments at the end.
        self._command("rebuild")
        with self.connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {self.DOCS}")
        count = self._save_all(batches)
        self._command("optimize")
        return count

    @staticmethod
    def match_expression(query: Query) -> str:
        """Every token as a quoted FTS5 string, all required; with several
        tokens, the whole phrase too, so adjacent words ("công đoàn") rank higher."""
        every = " AND ".join(f'"{t}"' for t in query.terms)
        if len(query.terms) == 1:
            return every
        return f'"{" ".join(query.terms)}" OR ({every})'

    def matching(self, queryset: QuerySet, query: Query) -> QuerySet:
        # One MATCH, its rowids kept in a temporary index, then the article
        # filters; as a join the count would probe the FTS table per article.
        index = self.quote(self.INDEX)
        matches = RawSQL(
            f"SELECT rowid FROM {index} WHERE {index} MATCH %s", [self.match_expression(query)]
        )
        return queryset.filter(pk__in=matches)

    def ranked_ids(
        self, queryset: QuerySet, query: Query, now: datetime, start: int, stop: int
    ) -> list[int]:
        # Raw SQL because bm25() needs the FTS table in the FROM clause, and
        # that table must be the outer loop: SQLite's planner, left to itself,
        # sometimes walks the live articles and re-runs the MATCH for each one
        # (seconds instead of milliseconds). CROSS JOIN fixes the order; the
        # reader's filters come in as the ORM's own subquery of article ids.
        index = self.quote(self.INDEX)
        fields = " + ".join(
            f"{weight} * -bm25({index}, {', '.join('1.0' if i == n else '0.0' for i in range(3))})"
            for n, weight in enumerate(FTS5_FIELD_WEIGHTS)
        )
        ids = queryset.order_by().values("pk")
        ids_sql, ids_params = ids.query.get_compiler(using=ids.db).as_sql()
        sql = (
            f"SELECT a.id FROM {index} CROSS JOIN {self.articles} AS a"
            f" WHERE {index} MATCH %s AND a.id = {index}.rowid AND a.id IN ({ids_sql})"
            f" ORDER BY ({fields}) * (1.0 + {RECENCY_BOOST} / (1.0 + max(%s"
            f" - julianday(a.published_at), 0.0) / {RECENCY_DAYS})) DESC,"
            " a.published_at DESC, a.id DESC LIMIT %s OFFSET %s"
        )
        now_julian = now.timestamp() / 86400.0 + 2440587.5
        params = [self.match_expression(query), *ids_params, now_julian, stop - start, start]
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [row[0] for row in cursor.fetchall()]


class PostgresBackend(SearchBackend):
    """PostgreSQL: ``articles_article.search_document`` (tsvector, GIN), ranked by ts_rank()."""

    COLUMN = "search_document"

    def save(self, documents: Sequence[Document]) -> None:
        with self.connection.cursor() as cursor:
            cursor.executemany(
                f"UPDATE {self.articles} SET {self.COLUMN} = "
                "setweight(to_tsvector('simple', %s), 'A') || "
                "setweight(to_tsvector('simple', %s), 'B') || "
                "setweight(to_tsvector('simple', %s), 'D') WHERE id = %s",
                [(d.title, d.lead, d.body, d.id) for d in documents],
            )

    def delete(self, ids: Sequence[int]) -> None:
        """Nothing to do: the column goes with its row."""

    def rebuild(self, batches: Iterable[Sequence[Document]]) -> int:
        # Every row is written again, and a deleted story took its column along.
        return self._save_all(batches)

    @staticmethod
    def tsquery(query: Query) -> str:
        """Every token quoted as a lexeme, all required (ts_rank rewards proximity)."""
        return " & ".join(f"'{t}'" for t in query.terms)

    def matching(self, queryset: QuerySet, query: Query) -> QuerySet:
        document = f"{self.articles}.{self.quote(self.COLUMN)}"
        matches = RawSQL(
            f"{document} @@ to_tsquery('simple', %s)",
            [self.tsquery(query)],
            output_field=BooleanField(),
        )
        return queryset.filter(matches)

    def ranked_ids(
        self, queryset: QuerySet, query: Query, now: datetime, start: int, stop: int
    ) -> list[int]:
        document = f"{self.articles}.{self.quote(self.COLUMN)}"
        published = f"{self.articles}.{self.quote('published_at')}"
        tsquery = self.tsquery(query)
        # ts_rank weights are {D, C, B, A}: body, (unused), lead, title.
        weights = [BODY_WEIGHT / TITLE_WEIGHT, 0.0, LEAD_WEIGHT / TITLE_WEIGHT, 1.0]
        rank = RawSQL(
            f"ts_rank(%s::float4[], {document}, to_tsquery('simple', %s))"
            f" * (1.0 + {RECENCY_BOOST} / (1.0 + GREATEST(%s - EXTRACT(EPOCH FROM {published}),"
            f" 0) / 86400.0 / {RECENCY_DAYS}))",
            [weights, tsquery, now.timestamp()],
            output_field=FloatField(),
        )
        # The candidates all match already: ranking them needs no second @@.
        ranked = queryset.annotate(search_rank=rank)
        ordered = ranked.order_by("-search_rank", "-published_at", "-id")
        return list(ordered.values_list("pk", flat=True)[start:stop])


BACKENDS: dict[str, type[SearchBackend]] = {"sqlite": Fts5Backend, "postgresql": PostgresBackend}


def backend_for(using: str = DEFAULT_DB_ALIAS) -> SearchBackend:
    connection = connections[using]
    try:
        return BACKENDS[connection.vendor](connection)
    except KeyError:
        raise ImproperlyConfigured(
            f"Search supports SQLite and PostgreSQL, not {connection.vendor}."
        ) from None


def index_articles(articles: Iterable[Article], using: str = DEFAULT_DB_ALIAS) -> None:
    """(Re)index these stories, e.g. after a save."""
    documents = [Document.build(a.pk, a.title, a.lead, a.body) for a in articles]
    if documents:
        backend_for(using).save(documents)


def unindex_articles(ids: Iterable[int], using: str = DEFAULT_DB_ALIAS) -> None:
    ids = [i for i in ids if i is not None]
    if ids:
        backend_for(using).delete(ids)


def _batches(rows: Iterable[tuple], size: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    for row in rows:
        batch.append(Document.build(*row))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def rebuild_index(
    using: str = DEFAULT_DB_ALIAS, batch_size: int = 500, articles: QuerySet | None = None
) -> int:
    """Empty the index and index every story again; returns how many.

    ``articles`` lets a migration pass its historical model's queryset.
    """
    articles = Article.objects.all() if articles is None else articles
    rows = articles.using(using).order_by().values_list("id", "title", "lead", "body")
    with transaction.atomic(using=using):
        return backend_for(using).rebuild(
            _batches(rows.iterator(chunk_size=batch_size), batch_size)
        )
