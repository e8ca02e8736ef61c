"""Shared fixtures: a small newsroom built through the real models."""

from __future__ import annotations

import io
import itertools
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image as PILImage

from articles.cache import forget_local_pages
from articles.models import Article, Author, Image, Section
from articles.querysets import Status

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Every test writes uploads to its own folder and starts with an empty cache."""
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    forget_local_pages()  # what this process remembers of the cache goes too
    yield
    cache.clear()
    forget_local_pages()


def jpeg_bytes(width: int = 64, height: int = 48, color=(180, 30, 40)) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), color).save(buffer, "JPEG", quality=80)
    return buffer.getvalue()


@pytest.fixture
def make_image(db):
    def make(caption: str = "Ảnh minh họa", alt: str = "Ảnh minh họa", **kwargs) -> Image:
        n = next(_counter)
        image = Image(caption=caption, alt_text=alt, **kwargs)
        image.file.save(
            f"anh-{n}.jpg", SimpleUploadedFile(f"anh-{n}.jpg", jpeg_bytes()), save=False
        )
        image.save()
        return image

    return make


@pytest.fixture
def no_page_cache(settings):
    """Every request runs its view: what a test sees is rendered, not a cached page."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def sections(db):
    cong_doan = Section.objects.create(name="Công đoàn", position=1)
    hoat_dong = Section.objects.create(name="Hoạt động", parent=cong_doan, position=1)
    kinh_te = Section.objects.create(name="Kinh tế", position=2)
    return {"cong_doan": cong_doan, "hoat_dong": hoat_dong, "kinh_te": kinh_te}


@pytest.fixture
def make_article(db, sections):
    def make(
        title: str | None = None,
        section: Section | None = None,
        status: str = Status.PUBLISHED,
        published_at=None,
        tags: tuple[str, ...] = (),
        **kwargs,
    ) -> Article:
        n = next(_counter)
        if published_at is None and status == Status.PUBLISHED:
            published_at = timezone.now() - timedelta(minutes=n)
        article = Article.objects.create(
            title=title or f"Công đoàn cơ sở chăm lo đời sống người lao động số {n}",
            lead=kwargs.pop("lead", "Sapo của bài viết, một hai câu tóm ý."),
            body=kwargs.pop("body", "<p>Nội dung bài viết.</p>"),
            section=section or sections["hoat_dong"],
            status=status,
            published_at=published_at,
            **kwargs,
        )
        if tags:
            article.tags.add(*tags)
        return article

    return make


@pytest.fixture
def people(db):
    """The desk's staff, each with the role's group: two journalists, two editors."""
    from tests.desk import EDITOR, JOURNALIST, member

    return {
        "journalist": member(JOURNALIST, "phongvien", full_name="Thùy Linh"),
        "other": member(JOURNALIST, "phongvien2", full_name="Quốc Bảo"),
        "editor": member(EDITOR, "bientap", full_name="Thanh Hải"),
        "editor2": member(EDITOR, "bientap2", full_name="Minh Châu"),
    }


@pytest.fixture
def author(db):
    return Author.objects.create(name="Nguyễn Thu Hà")


@pytest.fixture
def text_story(make_article, django_capture_on_commit_callbacks):
    """Make a live story from a (title, lead, body) tuple and run its related update
    (the on-commit task a real save would run)."""

    def make(text, **kwargs):
        title, lead, body = text
        with django_capture_on_commit_callbacks(execute=True):
            return make_article(title=title, lead=lead, body=f"<p>{body}</p>", **kwargs)

    return make
