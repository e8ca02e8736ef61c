"""Story cards reused across pages (articles/fragments.py) never show stale data."""

from datetime import UTC, datetime

import pytest

from articles.fragments import memo
from articles.models import Article, Section


@pytest.mark.django_db
def test_a_change_that_bypasses_every_signal_still_shows(client, no_page_cache, make_article):
    """The cards are keyed on the values they display, not on an id and a hook:
    a bulk update() sends no signal, and the next page still shows it."""
    story = make_article(title="Tiêu đề trước khi sửa")
    section = story.section
    page = client.get(section.get_absolute_url()).content.decode()
    assert "Tiêu đề trước khi sửa" in page
    assert len(memo.entries) > 0

    Article.objects.filter(pk=story.pk).update(title="Tiêu đề sau khi sửa")
    Section.objects.filter(pk=section.pk).update(name="Hoạt động mới")
    page = client.get(section.get_absolute_url()).content.decode()
    assert "Tiêu đề sau khi sửa" in page and "Tiêu đề trước khi sửa" not in page
    # The card's own section label comes from the row too.
    assert 'class="meta-section" href="/cong-doan/hoat-dong/">Hoạt động mới</a>' in page


@pytest.mark.django_db
def test_reused_cards_are_byte_identical_to_fresh_ones(client, no_page_cache, make_article):
    for n in range(5):
        make_article(title=f"Tin số {n} của chuyên mục")
    memo.clear()
    fresh = client.get("/").content
    assert len(memo.entries) >= 5
    reused = client.get("/").content
    assert reused == fresh


@pytest.mark.django_db
def test_card_times_follow_the_active_time_zone(client, no_page_cache, make_article, settings):
    published = datetime(2026, 11, 23, 1, 30, tzinfo=UTC)
    story = make_article(title="Tin có giờ đăng", published_at=published)
    page = client.get(story.section.get_absolute_url()).content.decode()
    assert "23/11/2026 08:30" in page  # Asia/Ho_Chi_Minh
    settings.TIME_ZONE = "UTC"
    page = client.get(story.section.get_absolute_url()).content.decode()
    assert "23/11/2026 01:30" in page and "23/11/2026 08:30" not in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    "template_name", ["includes/card.html", "includes/news_item.html", "includes/thumb_item.html"]
)
def test_a_card_row_renders_exactly_as_the_saved_story(
    make_article, make_image, sections, template_name
):
    """A Card becomes model instances only to be rendered (``Card.story``):
    every value a card template reads must survive that trip, the sub-section's
    parent and the cover's renditions included."""
    from django.template.loader import get_template

    from articles import renditions
    from articles.fragments import render_card

    cover = make_image(alt="Đoàn viên nhận quà")
    renditions.generate(cover)
    story = make_article(title="Trao quà cho đoàn viên", section=sections["hoat_dong"], cover=cover)
    card = Article.objects.filter(pk=story.pk).cards().get()
    saved = Article.objects.select_related("section__parent", "cover").get(pk=story.pk)
    assert saved.cover.renditions  # a <picture>, not the plain fallback
    options = {"with_lead": True, "level": 2} if template_name.endswith("card.html") else {}
    memo.clear()
    from_row = render_card(template_name, card, **options)
    from_model = get_template(template_name).render({"a": saved, **options})
    assert from_row == from_model
    assert "/cong-doan/hoat-dong/" in from_row or template_name.endswith("thumb_item.html")
