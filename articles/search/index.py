"""Keeping the index in step with the stories: on save, and rebuilt whole."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models import QuerySet

from ..cache import bump_generation
from ..models import Article
from .backends import Document, backend_for


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
        count = backend_for(using).rebuild(
            _batches(rows.iterator(chunk_size=batch_size), batch_size)
        )
    # Cached search pages were answered from the old index, and a bulk import
    # sends no save signal that would have refreshed them.
    bump_generation()
    return count
