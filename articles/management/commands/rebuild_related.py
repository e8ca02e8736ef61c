"""``manage.py rebuild_related [--resume] [--batch-size N]``: rebuild the
related-article index and every story's list, with a progress bar.

Lists are written in checkpointed batches: after an interruption,
``--resume`` reloads the stored index and carries on from the last batch.
"""

from __future__ import annotations

import json

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.related.rebuild import rebuild

from . import TranslatedCommand


class Command(TranslatedCommand):
    help = gettext_lazy("Tính lại toàn bộ chỉ mục và danh sách bài liên quan.")

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--resume", action="store_true", help=_("Tiếp tục từ lô cuối cùng đã ghi.")
        )
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, resume: bool, batch_size: int, no_progress: bool, **options) -> None:
        stats = rebuild(batch_size=batch_size, resume=resume, progress=not no_progress)
        self.stdout.write(json.dumps(stats, ensure_ascii=False))
