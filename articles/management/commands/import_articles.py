"""``manage.py import_articles IN.jsonl``: import a file written by export_articles.

All or nothing: one transaction for the whole file (see articles/archive/restore.py).
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.archive.jsonl import ArchiveError, describe_counts
from articles.archive.restore import import_jsonl


class Command(BaseCommand):
    help = (
        "Nhập một tệp JSON Lines do export_articles tạo ra (cùng thư mục ảnh IN.files). "
        "Nhập lại cùng một tệp không tạo bản trùng."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("source", metavar="IN.jsonl", help="Tệp đã xuất.")

    def handle(self, *args, **options) -> None:
        source = Path(options["source"])
        try:
            stats = import_jsonl(source)
        except ArchiveError as exc:
            raise CommandError(f"{exc} Không có gì được nhập.") from None
        counts = describe_counts(stats.counts)
        self.stdout.write(f"Đã nhập từ {source}: {counts}.")
        self.stdout.write(f"Đã chép {stats.files} tệp ảnh vào kho.")
        for warning in stats.warnings:
            self.stdout.write(f"Cảnh báo: {warning}")
