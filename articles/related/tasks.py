"""Background work of the engine, through Django's tasks framework.

With the default ImmediateBackend a task runs when it is enqueued, which the
signals do after the saving transaction commits; a database-backed worker
runs the same functions in production. Arguments are ids only: a task must
be serialisable, and the worker reads the story as it is when it runs.
"""

from __future__ import annotations

from django.tasks import task

from . import service


@task
def update_related(article_id: int) -> None:
    """Recompute one story's list and its place in its neighbours' lists."""
    service.update(article_id)
