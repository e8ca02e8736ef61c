"""``manage.py rebuild_renditions [--force]``: make the resized copies of every
library photo that lacks them (photos stored before renditions existed, or
whose task failed). Idempotent: photos already done are skipped."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandParser

from articles.models import Image
from articles.renditions import generate


class Command(BaseCommand):
    help = "Tạo các cỡ ảnh (AVIF, WebP, JPEG) cho ảnh trong thư viện còn thiếu."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--force", action="store_true", help="Tạo lại cả những ảnh đã có đủ các cỡ."
        )

    def handle(self, *args, force: bool = False, **options) -> None:
        made = unchanged = failed = 0
        for image in Image.objects.exclude(file="").order_by("pk").iterator(chunk_size=200):
            try:
                done = generate(image, force=force)
            except Exception as error:  # one bad photo must not stop the others
                failed += 1
                self.stderr.write(f"Ảnh #{image.pk} ({image.file.name}): {error}")
                continue
            if done:
                made += 1
            else:
                unchanged += 1
        self.stdout.write(
            f"Đã tạo các cỡ cho {made} ảnh; {unchanged} ảnh đã đủ hoặc không đọc được tệp gốc"
            f"; {failed} ảnh lỗi."
        )
