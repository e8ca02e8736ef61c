"""Story cards reused across pages (articles/fragments.py) never show stale data."""

from datetime import UTC, datetime

import pytest

from articles.fragments import memo
from articles.models import Article, Section


@pytest.fixture
def no_page_cache(settings):
    # Every request renders: what a reader sees comes from the cards alone.
    settings.PAGE_CACHE_SECONDS = 0


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
