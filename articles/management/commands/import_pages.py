"""``manage.py import_pages PATH…``: import scraped article pages.

See articles/archive/importer.py for the decisions (identity, publication
time, curation) and articles/archive/pages.py for the page format.
"""

from __future__ import annotations

import sys

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from articles.archive.importer import PageImporter

from . import TranslatedCommand


class Command(TranslatedCommand):
    help = gettext_lazy(
        "Nhập các trang bài viết đã thu thập (một tệp, hoặc một thư mục chứa các tệp .txt). "
        "Chạy lại nhiều lần không tạo trùng: bài được nhận diện theo tên tệp (page:<tên>). "
        "Thời điểm xuất bản lấy từ dòng giờ dưới tiêu đề, hoặc từ khối “Tin khác” của trang "
        "khác cùng lần nhập; nếu không có thì giữ giờ cũ của bài, bài mới thì lấy giờ nhập "
        "(kèm cảnh báo). Ảnh: tệp <tên>-1.jpg… cạnh trang, URL trong dòng ảnh, hoặc ảnh tạm."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("paths", nargs="+", metavar="PATH", help=_("Tệp hoặc thư mục trang."))
        parser.add_argument(
            "--section",
            default="",
            help=_(
                "Chuyên mục cho mọi bài nhập lần này: đường dẫn (slug), tên, hoặc "
                "“Cha › Con” (tạo mới nếu chưa có). Mặc định: suy ra từ khối “Tin khác”."
            ),
        )
        parser.add_argument(
            "--offline",
            action="store_true",
            help=_("Không tải ảnh qua mạng; ảnh chỉ có địa chỉ URL sẽ dùng ảnh tạm."),
        )

    def handle(self, *args, **options) -> None:
        # tqdm needs the raw stream: Django's wrapper adds a newline to every write.
        stream = getattr(self.stderr, "_out", sys.stderr)
        importer = PageImporter(
            section=options["section"], offline=options["offline"], progress=stream
        )
        report = importer.run(options["paths"])
        for line in report.summary():
            self.stdout.write(line)
        if report.errors:
            names = ", ".join(dict.fromkeys(message.file for message in report.errors))
            count = len(report.errors)
            message = ngettext(
                "Có %(count)s tệp không nhập được (%(names)s); "
                "các tệp khác đã được nhập. Xem danh sách lỗi ở trên.",
                "Có %(count)s tệp không nhập được (%(names)s); "
                "các tệp khác đã được nhập. Xem danh sách lỗi ở trên.",
                count,
            )
            raise CommandError(message % {"count": count, "names": names})
