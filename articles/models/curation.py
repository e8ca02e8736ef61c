"""Editors' choices around stories: links from one story to others (the
headlines above the lead, pinned and excluded related stories) and the
site-wide curated blocks ("Nên xem", the front page)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..dates import validate_plausible_date
from .content import Article


class LinkKind(models.TextChoices):
    TOP = "top", _("Tin liên quan đầu bài")
    PIN = "pin", _("Bài liên quan ghim")
    EXCLUDE = "exclude", _("Bài loại trừ")


class ArticleLink(models.Model):
    """An editor's choice about another story, for one article: a headline
    above the lead, a pinned related story, or a story never to suggest."""

    source = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="links")
    target = models.ForeignKey(
        Article, verbose_name=_("bài viết"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(max_length=8, choices=LinkKind.choices)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        ordering = ["kind", "position", "id"]
        unique_together = [("source", "target", "kind")]
        verbose_name = _("liên kết biên tập")
        verbose_name_plural = _("liên kết biên tập")

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.target}"

    def clean(self) -> None:
        if self.source_id and self.source_id == self.target_id:
            raise ValidationError({"target": _("Không thể liên kết bài viết với chính nó.")})


class _LinkKindManager(models.Manager):
    def __init__(self, kind: str):
        super().__init__()
        self.kind = kind

    def get_queryset(self):
        return super().get_queryset().filter(kind=self.kind)


class _FixedKind:
    """Mixin for the three admin-facing link kinds; each fixes ``kind`` on save."""

    KIND = ""

    def save(self, *args, **kwargs):
        self.kind = self.KIND
        super().save(*args, **kwargs)


class TopHeadline(_FixedKind, ArticleLink):
    KIND = LinkKind.TOP
    objects = _LinkKindManager(LinkKind.TOP)

    class Meta:
        proxy = True
        verbose_name = _("tin liên quan đầu bài")
        verbose_name_plural = _("tin liên quan đầu bài")


class PinnedRelated(_FixedKind, ArticleLink):
    KIND = LinkKind.PIN
    objects = _LinkKindManager(LinkKind.PIN)

    class Meta:
        proxy = True
        verbose_name = _("bài liên quan ghim")
        verbose_name_plural = _("“Có thể bạn quan tâm” — bài ghim")


class ExcludedRelated(_FixedKind, ArticleLink):
    KIND = LinkKind.EXCLUDE
    objects = _LinkKindManager(LinkKind.EXCLUDE)

    class Meta:
        proxy = True
        verbose_name = _("bài loại trừ")
        verbose_name_plural = _("“Có thể bạn quan tâm” — bài loại trừ")


class Block(models.Model):
    """A site-wide, editor-curated list of stories: "Nên xem", front-page slots."""

    MUST_SEE = "nen-xem"
    FRONT_PAGE = "trang-chu"

    key = models.SlugField(_("mã"), max_length=40, unique=True)
    name = models.CharField(_("tên"), max_length=120)
    size = models.PositiveSmallIntegerField(_("số bài hiển thị"), default=6)

    class Meta:
        ordering = ["name"]
        verbose_name = _("khối biên tập")
        verbose_name_plural = _("khối biên tập")

    def __str__(self) -> str:
        return self.name


class BlockItem(models.Model):
    block = models.ForeignKey(Block, on_delete=models.CASCADE, related_name="items")
    article = models.ForeignKey(
        Article, verbose_name=_("bài viết"), on_delete=models.CASCADE, related_name="+"
    )
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    starts_at = models.DateTimeField(
        _("hiển thị từ"), null=True, blank=True, validators=[validate_plausible_date]
    )
    ends_at = models.DateTimeField(
        _("hiển thị đến"), null=True, blank=True, validators=[validate_plausible_date]
    )

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("bài trong khối")
        verbose_name_plural = _("bài trong khối")

    def __str__(self) -> str:
        return str(self.article)

    def clean(self) -> None:
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("Thời điểm kết thúc phải sau thời điểm bắt đầu.")})
