"""The demo newsroom that ``make run`` serves: ``manage.py load_demo``.

A few hundred lines of hand-written seeds (``content``) are composed into
some 170 distinct stories (``compose``, ``plan``), illustrated with pictures
drawn on the spot (``art``), and written to the database once (``builder``).
Every person, company and figure is fictional.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from ..models import Article
from ..querysets import Status
from . import builder, staff
from .plan import build_plan

__all__ = ["load_demo"]


def load_demo(
    reset: bool = False,
    progress: Callable[[str], None] = print,
    now: datetime | None = None,
) -> list[str]:
    """Build the demo newsroom (adding only what is missing); return the summary lines."""
    now = now or timezone.now()
    lines = []
    if reset:
        removed = builder.reset()
        lines.append(f"Đã xóa dữ liệu mẫu: {removed['article']} bài, {removed['image']} ảnh.")
    report = builder.Report()
    builder.build(build_plan(now), report, progress)
    return lines + _summary(report, now)


def _summary(report: builder.Report, now: datetime) -> list[str]:
    created = report.created
    if any(created.get(k) for k in ("article", "image", "section", "author", "block")):
        lines = [
            f"Đã thêm: {created.get('section', 0)} chuyên mục, {created.get('author', 0)} tác giả, "
            f"{created.get('image', 0)} ảnh, {created.get('article', 0)} bài, "
            f"{created.get('link', 0)} liên kết biên tập."
        ]
    else:
        lines = ["Dữ liệu mẫu đã có sẵn, không thêm gì mới."]
    demo = Article.objects.filter(source_key__startswith=builder.ARTICLE_PREFIX)
    lines.append(
        f"Bài mẫu: {demo.live(now).count()} đang hiển thị, "
        f"{demo.filter(status=Status.DRAFT).count()} nháp, "
        f"{demo.filter(status=Status.REVIEW).count()} chờ duyệt, "
        f"{demo.scheduled(now).count()} hẹn giờ, "
        f"{demo.filter(status=Status.UNPUBLISHED).count()} đã gỡ."
    )
    admin_url = settings.NEWSROOM_SITE_URL.rstrip("/") + reverse("admin:index")
    for account in staff.ACCOUNTS:
        note = "" if created.get("user") else " (nếu chưa đổi)"
        lines.append(
            f"{account.role}: {admin_url}  tài khoản: {account.username}  "
            f"mật khẩu: {account.password}{note}"
        )
    return lines
