"""``manage.py export_articles OUT.jsonl``: the whole newsroom as JSON Lines.

Format: docs/export-format.md. Photo files are copied to ``OUT.jsonl.files/``.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from articles.archive.jsonl import ArchiveError, describe_counts, export_jsonl, files_folder

from . import TranslatedCommand


class Command(TranslatedCommand):
    help = gettext_lazy(
        "Xuất toàn bộ bài viết, chuyên mục, tác giả, thẻ, ảnh và các danh sách biên tập ra "
        "một tệp JSON Lines; tệp ảnh được chép vào thư mục OUT.files bên cạnh."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("out", metavar="OUT.jsonl", help=_("Tệp xuất (ghi đè nếu đã có)."))

    def handle(self, *args, **options) -> None:
        out = Path(options["out"])
        try:
            stats = export_jsonl(out)
        except (ArchiveError, OSError) as exc:
            raise CommandError(_("Không xuất được: %(error)s") % {"error": exc}) from None
        counts = describe_counts(stats.counts)
        self.stdout.write(_("Đã xuất vào %(path)s: %(counts)s.") % {"path": out, "counts": counts})
        copied = ngettext(
            "Đã chép %(count)s tệp ảnh vào %(folder)s.",
            "Đã chép %(count)s tệp ảnh vào %(folder)s.",
            stats.files,
        )
        self.stdout.write(copied % {"count": stats.files, "folder": files_folder(out)})
        for warning in stats.warnings:
            self.stdout.write(_("Cảnh báo: %(warning)s") % {"warning": warning})
