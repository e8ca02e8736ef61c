"""manage.py load_demo: the demo newsroom (see articles/demo)."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandParser

from articles.demo import load_demo


class Command(BaseCommand):
    help = (
        "Nạp tòa soạn mẫu: chuyên mục, tác giả, tài khoản, ảnh minh họa và khoảng 170 bài. "
        "Chạy lại không tạo trùng."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Xóa bài và ảnh mẫu rồi dựng lại từ đầu.",
        )

    def handle(self, *args, reset: bool = False, **options) -> None:
        started = time.monotonic()
        for line in load_demo(reset=reset, progress=self.stdout.write):
            self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(f"Xong sau {time.monotonic() - started:.1f} giây."))
