"""The story and what it is made of: sections, bylines, photos, tags.

Every element of a story page that the story itself carries has a home
here: the title, the bold lead, the body with captioned photos, the section
(and its parent), the byline, the cover photo and its caption, the tags.
"""

from __future__ import annotations

import secrets
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TagBase, TaggedItemBase

from ..dates import validate_plausible_date
from ..images import ALT_TEXT_MAX_LENGTH, sync_library_from_body, validate_image_file
from ..querysets import ArticleManager, Status
from ..sanitize import sanitize_html
from ..text import clean_line, slugify_vi

# Top-level URL segments that belong to the site, so no section may take them.
RESERVED_SLUGS = {
    "admin",
    "static",
    "media",
    "tag",
    "tac-gia",
    "tim-kiem",
    "rss",
    "xem-truoc",
    "sitemap",
    "ckeditor5",
    "robots",
    "luot-doc",
}


def unique_slug(model: type[models.Model], text: str, instance_pk=None, max_length=200) -> str:
    """A slug for ``text`` that no other row of ``model`` has, adding -2, -3… if needed."""
    base = slugify_vi(text, max_length=max_length - 8) or "bai-viet"
    candidate, n = base, 1
    others = (
        model._default_manager.exclude(pk=instance_pk) if instance_pk else model._default_manager
    )
    while others.filter(slug=candidate).exists():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


class Section(models.Model):
    name = models.CharField(_("tên chuyên mục"), max_length=120)
    slug = models.SlugField(_("đường dẫn"), max_length=140, unique=True, blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("chuyên mục cha"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    description = models.TextField(_("mô tả"), blank=True)

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("chuyên mục")
        verbose_name_plural = _("chuyên mục")

    def __str__(self) -> str:
        return f"{self.parent.name} › {self.name}" if self.parent_id else self.name

    def clean(self) -> None:
        if self.parent_id and self.parent.parent_id:
            raise ValidationError({"parent": _("Chỉ hỗ trợ hai cấp chuyên mục.")})
        if self.pk and self.parent_id == self.pk:
            raise ValidationError({"parent": _("Chuyên mục không thể là cha của chính nó.")})
        if (self.slug or slugify_vi(self.name)) in RESERVED_SLUGS:
            raise ValidationError({"slug": _("Đường dẫn này đã được hệ thống dùng.")})

    def save(self, *args, **kwargs):
        self.name = clean_line(self.name)
        if not self.slug:
            self.slug = unique_slug(Section, self.name, self.pk, max_length=140)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        if self.parent_id:
            return reverse("articles:subsection", args=[self.parent.slug, self.slug])
        return reverse("articles:section", args=[self.slug])


class Author(models.Model):
    """A byline. Pen names and "Nhóm phóng viên" are authors too."""

    name = models.CharField(_("tên"), max_length=120)
    slug = models.SlugField(_("đường dẫn"), max_length=140, unique=True, blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("tài khoản"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="author",
    )
    bio = models.TextField(_("giới thiệu"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tác giả")
        verbose_name_plural = _("tác giả")

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        self.name = clean_line(self.name)
        if not self.slug:
            self.slug = unique_slug(Author, self.name, self.pk, max_length=140)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("articles:author", args=[self.slug])


class Image(models.Model):
    """A photo of the library. Covers and body photos are all Images, so a
    caption or a credit lives in one place and a photo can be reused."""

    file = models.ImageField(
        _("tệp ảnh"),
        upload_to="photos/%Y/%m/",
        width_field="width",
        height_field="height",
        validators=[validate_image_file],
    )
    alt_text = models.CharField(
        _("mô tả ảnh (alt)"),
        max_length=ALT_TEXT_MAX_LENGTH,
        blank=True,
        help_text=_("Mô tả ngắn nội dung ảnh cho người khiếm thị và máy tìm kiếm."),
    )
    caption = models.TextField(_("chú thích"), blank=True)
    credit = models.CharField(_("nguồn ảnh"), max_length=200, blank=True)
    width = models.PositiveIntegerField(_("chiều rộng"), default=0, editable=False)
    height = models.PositiveIntegerField(_("chiều cao"), default=0, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tải lên"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("thời điểm tải lên"), default=timezone.now)
    source_key = models.CharField(
        max_length=200, unique=True, null=True, blank=True, editable=False
    )
    # The resized copies made after upload (articles/renditions.py): which
    # widths and formats exist, so a page builds its <picture> from this row
    # alone, without opening a file.
    renditions = models.JSONField(_("các cỡ ảnh"), default=dict, blank=True, editable=False)

    class Meta:
        ordering = ["-uploaded_at", "-id"]
        verbose_name = _("ảnh")
        verbose_name_plural = _("thư viện ảnh")

    def __str__(self) -> str:
        # Its words, else its file's name: never the storage path ("photos/2026/11/…").
        return self.caption[:80] or self.alt_text[:80] or PurePosixPath(self.file.name).name

    def save(self, *args, **kwargs):
        self.alt_text = clean_line(self.alt_text)
        self.caption = clean_line(self.caption)
        self.credit = clean_line(self.credit)
        super().save(*args, **kwargs)

    @property
    def url(self) -> str:
        return self.file.url if self.file else ""


class Tag(TagBase):
    """A tag. Its slug folds Vietnamese like every other slug: "nữ công" -> "nu-cong"."""

    class Meta:
        ordering = ["name"]
        verbose_name = _("thẻ")
        verbose_name_plural = _("thẻ")

    def save(self, *args, **kwargs):
        self.name = clean_line(self.name)
        super().save(*args, **kwargs)

    def slugify(self, tag: str, i: int | None = None) -> str:
        slug = slugify_vi(tag, max_length=90) or "the"
        return f"{slug}-{i}" if i is not None else slug

    def get_absolute_url(self) -> str:
        return reverse("articles:tag", args=[self.slug])


class TaggedArticle(TaggedItemBase):
    """The article-tag link, with a real foreign key (no generic relation)
    so tag queries join two small integer columns."""

    content_object = models.ForeignKey(
        "Article", on_delete=models.CASCADE, related_name="tagged_items"
    )
    tag = models.ForeignKey(Tag, on_delete=models.CASCADE, related_name="tagged_articles")

    class Meta:
        unique_together = [("content_object", "tag")]
        verbose_name = _("thẻ của bài")
        verbose_name_plural = _("thẻ của bài")


def new_preview_key() -> str:
    """A fresh per-article preview key: changing it voids every preview link
    made before (articles/preview.py signs it into each link)."""
    return secrets.token_urlsafe(9)


class Article(models.Model):
    title = models.CharField(_("tiêu đề"), max_length=300)
    slug = models.SlugField(_("đường dẫn"), max_length=220, unique=True, blank=True)
    # A sapo is a sentence or two; the cap keeps a pasted chapter out of it
    # (and out of the search index, which PostgreSQL limits to 1 MB a story).
    lead = models.TextField(
        _("sapo"), blank=True, max_length=1000, help_text=_("Một hai câu tóm ý, in đậm.")
    )
    body = models.TextField(_("nội dung"), blank=True)
    section = models.ForeignKey(
        Section, verbose_name=_("chuyên mục"), on_delete=models.PROTECT, related_name="articles"
    )
    tags = TaggableManager(
        _("thẻ"),
        through=TaggedArticle,
        blank=True,
        help_text=_("Các thẻ cách nhau bằng dấu phẩy."),
    )
    authors = models.ManyToManyField(
        Author,
        verbose_name=_("tác giả"),
        through="ArticleAuthor",
        related_name="articles",
        blank=True,
    )
    cover = models.ForeignKey(
        Image,
        verbose_name=_("ảnh đại diện"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cover_of",
    )
    cover_caption = models.CharField(
        _("chú thích ảnh đại diện"),
        max_length=500,
        blank=True,
        help_text=_("Để trống để dùng chú thích của ảnh trong thư viện."),
    )
    status = models.CharField(
        _("trạng thái"), max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        _("thời điểm xuất bản"),
        null=True,
        blank=True,
        help_text=_("Thời điểm trong tương lai nghĩa là hẹn giờ đăng."),
        validators=[validate_plausible_date],
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("sửa lúc"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tạo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người sửa cuối"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    version = models.PositiveIntegerField(_("phiên bản"), default=1, editable=False)
    seo_title = models.CharField(_("tiêu đề SEO"), max_length=300, blank=True)
    seo_description = models.CharField(_("mô tả SEO"), max_length=500, blank=True)
    source_key = models.CharField(
        _("mã nguồn nhập"), max_length=200, unique=True, null=True, blank=True, editable=False
    )
    preview_key = models.CharField(
        _("khóa xem trước"), max_length=16, default=new_preview_key, editable=False
    )
    # Breaking news (articles/breaking.py): a banner on every reader page
    # while the story is live and the end time has not come.
    breaking = models.BooleanField(
        _("tin nóng"),
        default=False,
        help_text=_("Hiện dải “Tin nóng” trên mọi trang của báo đến thời điểm kết thúc."),
    )
    breaking_until = models.DateTimeField(
        _("tin nóng đến"), null=True, blank=True, validators=[validate_plausible_date]
    )

    objects = ArticleManager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")
        # The editorial roles (articles/workflow.py); Django's add/change/delete
        # cover writing, these the desk's decisions.
        permissions = [
            ("edit_any_article", _("Sửa mọi bài viết")),
            ("publish_article", _("Xuất bản, hẹn giờ, gỡ bài")),
            ("curate_article", _("Chọn tin liên quan, “Nên xem” và tin trang chủ")),
        ]
        indexes = [
            models.Index(fields=["status", "published_at"], name="article_live_idx"),
            models.Index(fields=["section", "status", "published_at"], name="article_section_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs):
        self.title = clean_line(self.title)
        self.lead = clean_line(self.lead)
        self.body = sanitize_html(self.body)
        self.cover_caption = clean_line(self.cover_caption)
        self.seo_title = clean_line(self.seo_title)
        self.seo_description = clean_line(self.seo_description)
        if not self.slug:
            self.slug = unique_slug(Article, self.title, self.pk, max_length=220)
        if self.status == Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        if self.pk:
            self.version = (self.version or 0) + 1
        super().save(*args, **kwargs)
        sync_library_from_body(self.body)

    def get_absolute_url(self) -> str:
        return reverse("articles:article", kwargs={"slug": self.slug, "pk": self.pk})

    # -- state, as the desk and the reader pages ask for it ----------------
    def is_live(self, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.status == Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= now
        )

    def is_scheduled(self, now=None) -> bool:
        now = now or timezone.now()
        return (
            self.status == Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > now
        )

    @property
    def display_cover_caption(self) -> str:
        if self.cover_caption:
            return self.cover_caption
        return self.cover.caption if self.cover_id else ""


class ArticleAuthor(models.Model):
    """An ordered byline: the first author is named first."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey(
        Author, verbose_name=_("tác giả"), on_delete=models.PROTECT, related_name="bylines"
    )
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        ordering = ["position", "id"]
        unique_together = [("article", "author")]
        verbose_name = _("tác giả")
        verbose_name_plural = _("tác giả")

    def __str__(self) -> str:
        return self.author.name
