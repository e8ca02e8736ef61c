"""What happened to a story after it was written: readers' visits, counted
per hour (articles/readership.py), and editors' decisions (articles/workflow.py)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .content import Article


class ArticleReads(models.Model):
    """Reads of one story in one hour, counted by the reader page's beacon
    (articles/readership.py): the desk's "most read" lists and charts."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="+")
    hour = models.DateTimeField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("lượt đọc theo giờ")
        verbose_name_plural = _("lượt đọc theo giờ")
        constraints = [
            models.UniqueConstraint(fields=["article", "hour"], name="article_reads_uniq")
        ]
        indexes = [models.Index(fields=["hour"], name="article_reads_hour_idx")]

    def __str__(self) -> str:
        return f"{self.article_id}@{self.hour:%Y-%m-%d %H}: {self.count}"


class EventAction(models.TextChoices):
    CREATED = "created", _("Tạo bài")
    SUBMITTED = "submitted", _("Gửi duyệt")
    SENT_BACK = "sent_back", _("Trả lại phóng viên")
    PUBLISHED = "published", _("Xuất bản")
    SCHEDULED = "scheduled", _("Hẹn giờ đăng")
    UNPUBLISHED = "unpublished", _("Gỡ bài")
    RESTORED = "restored", _("Khôi phục phiên bản")
    PREVIEW_CREATED = "preview", _("Tạo liên kết xem trước")
    PREVIEW_REVOKED = "preview_off", _("Thu hồi liên kết xem trước")


class ArticleEvent(models.Model):
    """Who took an editorial decision on a story, when, and why.

    Revisions (django-reversion) keep *what* the story said; events keep the
    decisions (submitted, sent back with a note, published, unpublished,
    restored), which a diff of two versions cannot tell apart from an edit.
    """

    article = models.ForeignKey(
        Article, verbose_name=_("bài viết"), on_delete=models.CASCADE, related_name="events"
    )
    action = models.CharField(_("việc"), max_length=12, choices=EventAction.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("lúc"), default=timezone.now)
    from_status = models.CharField(_("từ trạng thái"), max_length=12, blank=True)
    to_status = models.CharField(_("sang trạng thái"), max_length=12, blank=True)
    published_at = models.DateTimeField(_("thời điểm xuất bản"), null=True, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = _("sự kiện biên tập")
        verbose_name_plural = _("nhật ký biên tập")
        indexes = [models.Index(fields=["article", "-at"], name="article_event_idx")]

    def __str__(self) -> str:
        return f"{self.get_action_display()}: {self.article_id}"
