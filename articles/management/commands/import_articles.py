"""``manage.py import_articles IN.jsonl``: import a file written by export_articles.

All or nothing: one transaction for the whole file (see articles/archive/restore.py).
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from articles.archive.jsonl import ArchiveError, describe_counts
from articles.archive.restore import import_jsonl

from . import TranslatedCommand


class Command(TranslatedCommand):
    help = gettext_lazy(
        "Nhập một tệp JSON Lines do export_articles tạo ra (cùng thư mục ảnh IN.files). "
        "Nhập lại cùng một tệp không tạo bản trùng."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("source", metavar="IN.jsonl", help=_("Tệp đã xuất."))

    def handle(self, *args, **options) -> None:
        source = Path(options["source"])
        try:
            stats = import_jsonl(source)
        except ArchiveError as exc:
            raise CommandError(_("%(error)s Không có gì được nhập.") % {"error": exc}) from None
        counts = describe_counts(stats.counts)
        self.stdout.write(
            _("Đã nhập từ %(path)s: %(counts)s.") % {"path": source, "counts": counts}
        )
        copied = ngettext(
            "Đã chép %(count)s tệp ảnh vào kho.", "Đã chép %(count)s tệp ảnh vào kho.", stats.files
        )
        self.stdout.write(copied % {"count": stats.files})
        for warning in stats.warnings:
            self.stdout.write(_("Cảnh báo: %(warning)s") % {"warning": warning})
