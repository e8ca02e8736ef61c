"""``manage.py rebuild_search [--database ALIAS] [--batch-size N]``: index
every story again for reader search (after bulk imports, which send no signals)."""

from __future__ import annotations

from django.db import DEFAULT_DB_ALIAS
from django.utils.translation import gettext_lazy, ngettext

from articles.search import rebuild_index

from . import TranslatedCommand


class Command(TranslatedCommand):
    help = gettext_lazy("Lập lại toàn bộ chỉ mục tìm kiếm bài viết.")

    def add_arguments(self, parser) -> None:
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args, database: str, batch_size: int, **options) -> None:
        count = rebuild_index(using=database, batch_size=max(1, batch_size))
        message = ngettext(
            "Đã lập chỉ mục tìm kiếm cho %(count)s bài viết.",
            "Đã lập chỉ mục tìm kiếm cho %(count)s bài viết.",
            count,
        )
        self.stdout.write(message % {"count": count})
