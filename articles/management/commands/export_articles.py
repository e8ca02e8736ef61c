"""``manage.py export_articles OUT.jsonl``: the whole newsroom as JSON Lines.

Format: docs/export-format.md. Photo files are copied to ``OUT.jsonl.files/``.
"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from articles.archive.jsonl import ArchiveError, describe_counts, export_jsonl, files_folder


class Command(BaseCommand):
    help = (
        "Xuất toàn bộ bài viết, chuyên mục, tác giả, thẻ, ảnh và các danh sách biên tập ra "
        "một tệp JSON Lines; tệp ảnh được chép vào thư mục OUT.files bên cạnh."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("out", metavar="OUT.jsonl", help="Tệp xuất (ghi đè nếu đã có).")

    def handle(self, *args, **options) -> None:
        out = Path(options["out"])
        try:
            stats = export_jsonl(out)
        except (ArchiveError, OSError) as exc:
            raise CommandError(f"Không xuất được: {exc}") from None
        counts = describe_counts(stats.counts)
        self.stdout.write(f"Đã xuất vào {out}: {counts}.")
        self.stdout.write(f"Đã chép {stats.files} tệp ảnh vào {files_folder(out)}.")
        for warning in stats.warnings:
            self.stdout.write(f"Cảnh báo: {warning}")
