"""``manage.py rebuild_renditions [--force]``: make the resized copies of every
library photo that lacks them (photos stored before renditions existed, or
whose task failed). Idempotent: photos already done are skipped."""

from __future__ import annotations

from django.core.management.base import CommandParser
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from articles.models import Image
from articles.renditions import generate

from . import TranslatedCommand


class Command(TranslatedCommand):
    help = gettext_lazy("Tạo các cỡ ảnh (AVIF, WebP, JPEG) cho ảnh trong thư viện còn thiếu.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force", action="store_true", help=_("Tạo lại cả những ảnh đã có đủ các cỡ.")
        )

    def handle(self, *args, force: bool = False, **options) -> None:
        made = unchanged = failed = 0
        for image in Image.objects.exclude(file="").order_by("pk").iterator(chunk_size=200):
            try:
                done = generate(image, force=force)
            except Exception as error:  # one bad photo must not stop the others
                failed += 1
                self.stderr.write(
                    _("Ảnh #%(pk)s (%(name)s): %(error)s")
                    % {"pk": image.pk, "name": image.file.name, "error": error}
                )
                continue
            if done:
                made += 1
            else:
                unchanged += 1
        self.stdout.write(
            _(
                "Đã tạo các cỡ cho %(made)s ảnh; %(unchanged)s ảnh đã đủ hoặc không đọc được "
                "tệp gốc; %(failed)s ảnh lỗi."
            )
            % {"made": made, "unchanged": unchanged, "failed": failed}
        )
