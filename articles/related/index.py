"""The stored index: term document frequencies, postings, indexed stories.

Everything the engine knows about the corpus lives in these tables, never in
a module-level cache, so any worker (or several) can update any story.

Document frequencies are exact after a full rebuild. Between rebuilds a story
adds its terms once, when it is first indexed, and takes them away when it
leaves the index (unpublished, deleted); an edit does not move them, which
shifts a few counts by one at most until the next rebuild.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
from django.db import connection
from django.db.models import F

from ..models import RelatedDoc, RelatedPosting, RelatedTerm
from .vectors import Vector, unpack

CHUNK = 900  # ids per IN (...) list, under every backend's parameter limit
# The row of RelatedTerm whose "document frequency" is the number of indexed
# stories (the N of idf): one atomic counter, updated with the terms.
DOC_COUNT_TERM = 0


def chunks(items: list, size: int = CHUNK):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def doc_count() -> int:
    """How many stories the document frequencies count (the N of idf)."""
    return fetch_df([]).get(DOC_COUNT_TERM, 0)


def fetch_df(term_ids: Iterable[int]) -> dict[int, int]:
    ids = [DOC_COUNT_TERM, *term_ids]
    df: dict[int, int] = {}
    for part in chunks(ids):
        df.update(RelatedTerm.objects.filter(id__in=part).values_list("id", "df"))
    return df


def count_terms(names: Mapping[int, str], delta: int) -> None:
    """Add (delta=1) or remove (delta=-1) one story's terms from the document
    frequencies, and the story itself from the story count."""
    names = {DOC_COUNT_TERM: "", **names}
    ids = list(names)
    if delta > 0:
        RelatedTerm.objects.bulk_create(
            [RelatedTerm(id=t, text=names[t][:120], df=0) for t in ids],
            batch_size=500,
            ignore_conflicts=True,
        )
        for part in chunks(ids):
            RelatedTerm.objects.filter(id__in=part).update(df=F("df") + 1)
    else:
        for part in chunks(ids):
            RelatedTerm.objects.filter(id__in=part, df__gt=0).update(df=F("df") - 1)


def write_postings(article_id: int, vector: Vector) -> None:
    RelatedPosting.objects.filter(article_id=article_id).delete()
    RelatedPosting.objects.bulk_create(
        [RelatedPosting(article_id=article_id, term=t, weight=w) for t, w in vector.items()],
        batch_size=500,
    )


def drop_postings(article_id: int) -> None:
    RelatedPosting.objects.filter(article_id=article_id).delete()


def load_rows(article_ids: Iterable[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The vectors of some indexed stories as (article, term, weight) arrays,
    read from the packed RelatedDoc.vector (one row per story)."""
    aids, terms, weights = [], [], []
    for part in chunks(list(article_ids)):
        for pk, blob in RelatedDoc.objects.filter(article_id__in=part).values_list(
            "article_id", "vector"
        ):
            t, w = unpack(bytes(blob))
            aids.append(np.full(len(t), pk, np.int64))
            terms.append(t)
            weights.append(w)
    if not aids:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0)
    return np.concatenate(aids), np.concatenate(terms), np.concatenate(weights)


def best_matches(query: dict[int, float], per_term: int, limit: int) -> list[int]:
    """Stories with the highest partial dot product with ``query`` over each
    term's ``per_term`` heaviest postings, best first (one query).

    A UNION ALL of one small index range scan per term on (term, -weight),
    summed and ranked by the database: SQLite and PostgreSQL both run it as
    such, and only ``limit`` ids travel back.
    """
    if not query:
        return []
    qn = connection.ops.quote_name
    table = qn(RelatedPosting._meta.db_table)
    article, term, weight = qn("article_id"), qn("term"), qn("weight")
    one = (
        f"SELECT * FROM (SELECT {article} AS a, {weight} * %s AS s FROM {table} "
        f"WHERE {term} = %s ORDER BY {weight} DESC LIMIT %s) AS p{{i}}"
    )
    union = " UNION ALL ".join(one.format(i=i) for i in range(len(query)))
    sql = f"SELECT a FROM ({union}) AS u GROUP BY a ORDER BY SUM(s) DESC, a LIMIT %s"
    params: list = []
    for t, w in query.items():
        params += [float(w), t, per_term]
    params.append(limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def bulk_insert(table: str, columns: list[str], rows: Iterable[tuple], batch: int = 5000) -> int:
    """Fast portable INSERT of many rows (the full rebuild writes millions).

    PostgreSQL gets COPY, an order of magnitude faster than batched INSERTs;
    other databases get executemany in batches."""
    qn = connection.ops.quote_name
    if connection.vendor == "postgresql":
        return _copy_rows(qn(table), [qn(c) for c in columns], rows)
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        qn(table), ", ".join(qn(c) for c in columns), ", ".join(["%s"] * len(columns))
    )
    total = 0
    buffer: list[tuple] = []
    with connection.cursor() as cursor:
        for row in rows:
            buffer.append(row)
            if len(buffer) >= batch:
                cursor.executemany(sql, buffer)
                total += len(buffer)
                buffer = []
        if buffer:
            cursor.executemany(sql, buffer)
            total += len(buffer)
    return total


def _copy_rows(table: str, columns: list[str], rows: Iterable[tuple]) -> int:
    total = 0
    with connection.cursor() as cursor:
        statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        with cursor.cursor.copy(statement) as copy:  # the psycopg cursor under Django's
            for row in rows:
                copy.write_row(row)
                total += 1
    return total


def truncate(*models) -> None:
    """Empty whole tables quickly (DELETE with no WHERE is optimised by SQLite)."""
    qn = connection.ops.quote_name
    with connection.cursor() as cursor:
        for model in models:
            cursor.execute(f"DELETE FROM {qn(model._meta.db_table)}")
