"""manage.py load_demo: the demo newsroom (see articles/demo)."""

from __future__ import annotations

import time

from django.core.management.base import CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.demo import load_demo

from . import TranslatedCommand


class Command(TranslatedCommand):
    help = gettext_lazy(
        "Nạp tòa soạn mẫu: chuyên mục, tác giả, tài khoản, ảnh minh họa và khoảng 170 bài. "
        "Chạy lại không tạo trùng."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--reset",
            action="store_true",
            help=_("Xóa bài và ảnh mẫu rồi dựng lại từ đầu."),
        )

    def handle(self, *args, reset: bool = False, **options) -> None:
        started = time.monotonic()
        for line in load_demo(reset=reset, progress=self.stdout.write):
            self.stdout.write(line)
        elapsed = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(_("Xong sau %(seconds).1f giây.") % {"seconds": elapsed})
        )
