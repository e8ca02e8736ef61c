"""The full-text index of one database: FTS5 on SQLite, tsvector on PostgreSQL."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ImproperlyConfigured
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models import BooleanField, QuerySet, TextField
from django.db.models.expressions import RawSQL

from ..models import Article
from ..sanitize import plain_text
from .query import Query, terms

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


@dataclass(frozen=True)
class Ranked:
    """A search's stories by id, best first, as a Paginator takes them, and
    whether more stories matched than were ranked (the page says "hơn")."""

    ids: list[int]
    capped: bool

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index: slice) -> list[int]:
        return self.ids[index]


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
            " ".join(terms((title or "")[:MAX_BODY_CHARS])),
            " ".join(terms((lead or "")[:MAX_BODY_CHARS])),
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
        """``queryset`` narrowed to the stories matching ``query``."""

    @abstractmethod
    def ranked(self, queryset: QuerySet, query: Query, now: datetime, limit: int) -> Ranked:
        """The ``limit`` most recent of ``queryset``'s stories matching
        ``query``, best first, and whether more stories match."""

    def _newest(self, queryset: QuerySet, query: Query, limit: int) -> QuerySet:
        """The matches newest first, one more than ``limit``: that one says "more"."""
        matches = self.matching(queryset, query).order_by("-published_at", "-id")
        return matches[: limit + 1]

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

    def ranked(self, queryset: QuerySet, query: Query, now: datetime, limit: int) -> Ranked:
        # Two steps: the candidates' ids first, because the match expression
        # names the FTS table, which cannot sit in the ranking's subquery.
        newest = list(self._newest(queryset, query, limit).values_list("pk", flat=True))
        if not newest:
            return Ranked([], capped=False)
        candidates = queryset.filter(pk__in=newest[:limit])
        return Ranked(self._ranked_ids(candidates, query, now, limit), len(newest) > limit)

    def _ranked_ids(self, queryset: QuerySet, query: Query, now: datetime, limit: int) -> list[int]:
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
            " a.published_at DESC, a.id DESC LIMIT %s"
        )
        now_julian = now.timestamp() / 86400.0 + 2440587.5
        params = [self.match_expression(query), *ids_params, now_julian, limit]
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

    def ranked(self, queryset: QuerySet, query: Query, now: datetime, limit: int) -> Ranked:
        # One statement: the newest matches, each with its document, ranked
        # around them. Fetching their ids first and sending them back as an
        # IN list cost the web worker more than the database: psycopg parsed
        # a statement of hundreds of placeholders on every call (2.6 ms).
        document = f"{self.articles}.{self.quote(self.COLUMN)}"
        newest = self._newest(queryset, query, limit).annotate(
            document=RawSQL(document, [], output_field=TextField())
        )
        inner, inner_params = (
            newest.values_list("id", "published_at", "document")
            .query.get_compiler(using=queryset.db)
            .as_sql()
        )
        # ts_rank weights are {D, C, B, A}: body, (unused), lead, title.
        weights = [BODY_WEIGHT / TITLE_WEIGHT, 0.0, LEAD_WEIGHT / TITLE_WEIGHT, 1.0]
        sql = (
            f"SELECT c.id, c.published_at FROM ({inner}) AS c ORDER BY"
            " ts_rank(%s::float4[], c.document, to_tsquery('simple', %s))"
            f" * (1.0 + {RECENCY_BOOST} / (1.0 + GREATEST(%s - EXTRACT(EPOCH FROM c.published_at),"
            f" 0) / 86400.0 / {RECENCY_DAYS})) DESC, c.published_at DESC, c.id DESC"
        )
        params = [*inner_params, weights, self.tsquery(query), now.timestamp()]
        with self.connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        capped = len(rows) > limit
        if capped:  # the oldest one only said that there are more
            rows.remove(min(rows, key=lambda row: (row[1], row[0])))
        return Ranked([row[0] for row in rows], capped)


BACKENDS: dict[str, type[SearchBackend]] = {"sqlite": Fts5Backend, "postgresql": PostgresBackend}


def backend_for(using: str = DEFAULT_DB_ALIAS) -> SearchBackend:
    connection = connections[using]
    try:
        return BACKENDS[connection.vendor](connection)
    except KeyError:
        raise ImproperlyConfigured(
            f"Search supports SQLite and PostgreSQL, not {connection.vendor}."
        ) from None
