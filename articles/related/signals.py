"""Enqueue a related update whenever a story, its tags or an exclusion change.

The task is enqueued on commit: the admin saves the story and then its tags
in one transaction, and the update must see both (and must not run at all if
the transaction rolls back).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial

from django.db import transaction
from django.db.models.signals import m2m_changed, post_save, pre_delete


def schedule(article_id: int) -> None:
    """Enqueue the update of one story once the current transaction commits."""
    from .tasks import update_related

    transaction.on_commit(partial(update_related.enqueue, article_id))


def _article_saved(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        schedule(instance.pk)


def _tags_changed(sender, instance, action, reverse=False, **kwargs) -> None:
    if action in ("post_add", "post_remove", "post_clear") and not reverse:
        schedule(instance.pk)


def _article_deleted(sender, instance, **kwargs) -> None:
    from .service import remove

    remove(instance.pk, instance.title, instance.lead, instance.body)


def connect_related() -> None:
    from ..models import Article, TaggedArticle

    post_save.connect(_article_saved, sender=Article, dispatch_uid="related-article-saved")
    m2m_changed.connect(_tags_changed, sender=TaggedArticle, dispatch_uid="related-article-tags")
    pre_delete.connect(_article_deleted, sender=Article, dispatch_uid="related-article-deleted")


def disconnect_related() -> None:
    from ..models import Article, TaggedArticle

    post_save.disconnect(sender=Article, dispatch_uid="related-article-saved")
    m2m_changed.disconnect(sender=TaggedArticle, dispatch_uid="related-article-tags")
    pre_delete.disconnect(sender=Article, dispatch_uid="related-article-deleted")


@contextmanager
def muted() -> Iterator[None]:
    """No related updates while loading stories in bulk (a rebuild follows)."""
    disconnect_related()
    try:
        yield
    finally:
        connect_related()
