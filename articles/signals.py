"""Keep the reader search index in step with the stories.

Indexing runs inside the saving transaction (it is a few folded strings and
one statement), so a rolled-back save leaves the index as it was. Status
changes need nothing more: visibility is decided at query time by
``Article.objects.live()``. Writes that send no signal (``bulk_create``,
``QuerySet.update`` of the text) are followed by ``manage.py rebuild_search``.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

INDEXED_FIELDS = frozenset({"title", "lead", "body"})


def _article_saved(sender, instance, using, update_fields=None, **kwargs) -> None:
    from .search import index_articles

    if update_fields is not None and not INDEXED_FIELDS & set(update_fields):
        return
    index_articles([instance], using=using)


def _article_deleted(sender, instance, using, **kwargs) -> None:
    from .search import unindex_articles

    unindex_articles([instance.pk], using=using)


def connect_search() -> None:
    from .models import Article

    post_save.connect(_article_saved, sender=Article, dispatch_uid="search-article-saved")
    post_delete.connect(_article_deleted, sender=Article, dispatch_uid="search-article-deleted")
