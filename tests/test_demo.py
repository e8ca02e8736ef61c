"""``manage.py load_demo``: the demo newsroom that ``make run`` serves."""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from django.utils.html import escape
from PIL import Image as PILImage

from articles.demo import art
from articles.demo.plan import SECTIONS, build_plan
from articles.models import (
    Article,
    ArticleAuthor,
    ArticleLink,
    Author,
    Block,
    BlockItem,
    Image,
    LinkKind,
    Section,
    TaggedArticle,
)
from articles.querysets import Status
from tests.conftest import jpeg_bytes

# What a composed text must never show: a field left unfilled, a Python
# None, doubled spaces, a space before punctuation.
ARTEFACT = re.compile(r"[{}]|None|\s{2}| [,.;:!?]")
# A sentence that starts with a small letter ("... nói. ông Hùng ...").
LOWER_AFTER_STOP = re.compile(r"[.!?] ([^\W\d_])")


def run_demo(*args: str) -> str:
    out = io.StringIO()
    call_command("load_demo", *args, stdout=out)
    return out.getvalue()


def snapshot() -> dict[str, int]:
    """Row counts of everything the demo writes, plus the highest version."""
    models = (
        Section,
        Author,
        Image,
        Article,
        ArticleAuthor,
        ArticleLink,
        Block,
        BlockItem,
        TaggedArticle,
        get_user_model(),
    )
    counts = {m.__name__: m.objects.count() for m in models}
    counts["max_version"] = max(Article.objects.values_list("version", flat=True))
    return counts


@pytest.fixture
def quick_pictures(monkeypatch):
    """Plain pictures of the real size: the database tests are about rows,
    and drawing 68 illustrations is ``test_illustrations`` 's business."""
    monkeypatch.setattr(art, "render", lambda *args: jpeg_bytes(art.WIDTH, art.HEIGHT))


def test_illustrations_are_small_jpegs_of_news_photo_size():
    for section in art.PALETTES:
        data = art.render(section, 1, "CÔNG ĐOÀN · ẢNH MINH HỌA")
        with PILImage.open(io.BytesIO(data)) as picture:
            assert picture.format == "JPEG" and picture.size == (art.WIDTH, art.HEIGHT)
        assert len(data) < 150_000
    assert art.render("the-thao", 2, "x") == art.render("the-thao", 2, "x")  # deterministic


def test_plan_text_is_clean_and_deterministic():
    now = timezone.now()
    plan = build_plan(now)
    again = build_plan(now)
    assert [(s.title, s.lead, s.paragraphs) for s in plan.stories] == [
        (s.title, s.lead, s.paragraphs) for s in again.stories
    ]
    titles = [s.title for s in plan.stories]
    assert len(titles) == len(set(titles)), "two stories share a title"
    for story in plan.stories:
        texts = [
            story.title,
            story.lead,
            story.cover_caption,
            *story.paragraphs,
            *story.figure_captions,
        ]
        for text in texts:
            assert text and not ARTEFACT.search(text), (story.number, text)
            assert text[0] == text[0].upper(), (story.number, text)
            for match in LOWER_AFTER_STOP.finditer(text):
                assert not match.group(1).islower(), (story.number, text)
        assert 4 <= len(story.paragraphs) <= 8, story.number
        assert len(set(story.paragraphs)) == len(story.paragraphs), story.number
        assert 2 <= len(story.tags) <= 5, story.number
        assert 1 <= len(story.authors) <= 2, story.number


@pytest.mark.django_db
def test_load_demo_builds_a_newsroom(client, quick_pictures):
    output = run_demo()
    assert "mật khẩu: admin-newsroom" in output
    assert "tài khoản: bientap" in output and "tài khoản: phongvien" in output
    now = timezone.now()
    demo = Article.objects.filter(source_key__startswith="demo:")

    # Sections: the tree, in the wanted order, every one with live stories.
    sections = {s.slug: s for s in Section.objects.all()}
    assert sections["hoat-dong"].parent == sections["cong-doan"]
    top = [s.name for s in Section.objects.filter(parent=None).order_by("position")]
    assert top == [s.name for s in SECTIONS if s.parent is None]
    live = demo.live(now)
    assert live.count() >= 150
    per_section = Counter(live.values_list("section__slug", flat=True))
    assert all(per_section[spec.slug] >= 12 for spec in SECTIONS), per_section
    assert {per_section["hoat-dong"], per_section["cong-doan"]} == set(
        sorted(per_section.values())[-2:]
    )

    # The stories that are not live.
    assert demo.filter(status=Status.DRAFT).count() == 4
    assert demo.filter(status=Status.REVIEW).count() == 2
    assert demo.scheduled(now).count() == 3
    for story in demo.scheduled(now):
        assert timedelta(hours=6) < story.published_at - now < timedelta(days=4)
    assert demo.filter(status=Status.UNPUBLISHED).count() == 1
    oldest = live.order_by("published_at").first().published_at
    assert now - oldest < timedelta(days=62)

    # Covers, captions, photos in the body, tags and bylines.
    with_figures = 0
    for article in live.select_related("cover").prefetch_related("tags", "bylines"):
        assert article.cover and article.cover.alt_text, article.title
        assert article.display_cover_caption, article.title
        assert 2 <= len(article.tags.all()) <= 5, article.title
        assert 1 <= len(article.bylines.all()) <= 2, article.title
        for text in (article.title, article.lead, article.body):
            assert not ARTEFACT.search(text), text[:80]
        if "<figure" in article.body:
            assert "<figcaption>" in article.body and article.body.count("<p>") >= 4
            with_figures += 1
    assert with_figures >= live.count() / 3
    images = Image.objects.filter(source_key__startswith="demo:img:")
    assert images.count() < live.count()  # photos are reused
    assert {(i.width, i.height) for i in images} == {(art.WIDTH, art.HEIGHT)}
    assert all(i.caption and i.alt_text and i.credit.startswith("Ảnh: ") for i in images)

    # People.
    assert Author.objects.filter(name="Nhóm phóng viên").exists()
    assert Author.objects.count() >= 7
    assert Author.objects.filter(user__isnull=False).count() >= 2
    users = get_user_model().objects
    assert users.get(username="admin").is_superuser
    assert users.get(username="admin").check_password("admin-newsroom")
    for username in ("phongvien", "bientap"):
        user = users.get(username=username)
        assert user.is_staff and not user.is_superuser
        assert user.has_perm("articles.change_article") and user.has_perm("articles.add_image")

    # Curation.
    must_see = Block.objects.get(key=Block.MUST_SEE)
    assert must_see.name == "Nên xem" and 6 <= must_see.items.count() <= 8
    assert Block.objects.get(key=Block.FRONT_PAGE).items.count() == 5
    top_sources = Counter(
        ArticleLink.objects.filter(kind=LinkKind.TOP).values_list("source", flat=True)
    )
    assert len(top_sources) >= 15 and all(2 <= n <= 3 for n in top_sources.values())
    for link in ArticleLink.objects.filter(kind=LinkKind.TOP).select_related("source", "target"):
        assert link.source.section_id == link.target.section_id
    pinned = Counter(ArticleLink.objects.filter(kind=LinkKind.PIN).values_list("source", flat=True))
    assert len(pinned) >= 10 and all(1 <= n <= 2 for n in pinned.values())

    # A second run changes nothing.
    before = snapshot()
    assert "không thêm gì mới" in run_demo()
    assert snapshot() == before

    # The reader pages.
    home = client.get("/")
    assert home.status_code == 200
    lead_story = Block.objects.get(key=Block.FRONT_PAGE).items.first().article
    assert escape(lead_story.title) in home.content.decode()
    article = live.filter(body__contains="<figure").latest().first()
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert escape(article.title) in html and "<figcaption>" in html
    assert client.get(sections["hoat-dong"].get_absolute_url()).status_code == 200


@pytest.mark.django_db
def test_reset_rebuilds_without_duplicates(quick_pictures, settings):
    run_demo()
    before = snapshot()
    files = sorted(p.name for p in (settings.MEDIA_ROOT / "photos").rglob("*.jpg"))
    output = run_demo("--reset")
    assert "Đã xóa dữ liệu mẫu" in output
    after = snapshot()
    assert {k: v for k, v in after.items() if k != "max_version"} == {
        k: v for k, v in before.items() if k != "max_version"
    }
    assert sorted(p.name for p in (settings.MEDIA_ROOT / "photos").rglob("*.jpg")) == files
