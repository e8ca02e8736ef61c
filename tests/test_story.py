"""The story page's own story (articles/story.py): read in compiled queries,
shown exactly as the desk's ORM-read preview shows it."""

from __future__ import annotations

import json
from datetime import timedelta

import lxml.html
import pytest
from django.utils import timezone

from articles.models import ArticleAuthor, Author
from articles.querysets import Status
from articles.story import live_story
from tests.desk import client_for


def story_parts(response) -> dict:
    page = lxml.html.fromstring(response.content.decode())
    return {
        "breadcrumb": page.xpath("//nav[@class='breadcrumb']//a/text()"),
        "title": page.xpath("//h1[@class='story-title']/text()"),
        "byline": [(a.text, a.get("href")) for a in page.xpath("//p[@class='byline']/a")],
        "time": page.xpath("//p[@class='byline']/time/text()"),
        "lead": page.xpath("//p[@class='story-lead']//text()"),
        "tags": [(a.text, a.get("href")) for a in page.xpath("//ul[@class='tags']//a")],
    }


def news_article(response) -> dict:
    page = lxml.html.fromstring(response.content.decode())
    (found,) = [
        json.loads(s.text)
        for s in page.xpath("//script[@type='application/ld+json']")
        if '"NewsArticle"' in s.text
    ]
    return found


@pytest.fixture
def story(make_article, sections):
    article = make_article(
        title="Công nhân khu công nghiệp Thăng Long nhận thưởng Tết",
        section=sections["hoat_dong"],
        tags=("thưởng tết", "khu công nghiệp", "công nhân"),
    )
    for position, name in enumerate(["Trần Minh", "Lê Hoa", "Nguyễn Văn An"]):
        ArticleAuthor.objects.create(
            article=article, author=Author.objects.create(name=name), position=2 - position
        )
    return article


@pytest.mark.django_db
def test_the_page_shows_every_byline_in_order_and_every_tag(client, no_page_cache, story):
    response = client.get(story.get_absolute_url())
    shown, ld = story_parts(response), news_article(response)
    assert shown["title"] == [story.title]
    assert shown["breadcrumb"] == ["Trang chủ", "Công đoàn", "Hoạt động"]
    assert [name for name, _href in shown["byline"]] == ["Nguyễn Văn An", "Lê Hoa", "Trần Minh"]
    assert shown["byline"][0][1] == Author.objects.get(name="Nguyễn Văn An").get_absolute_url()
    assert sorted(name for name, _href in shown["tags"]) == sorted(
        ["thưởng tết", "khu công nghiệp", "công nhân"]
    )
    assert [a["name"] for a in ld["author"]] == ["Nguyễn Văn An", "Lê Hoa", "Trần Minh"]
    assert sorted(ld["keywords"]) == sorted(name for name, _href in shown["tags"])
    assert ld["articleSection"] == "Hoạt động"


@pytest.mark.django_db
def test_the_live_page_and_the_desk_preview_show_the_same_story(
    client, no_page_cache, story, people
):
    live = story_parts(client.get(story.get_absolute_url()))
    desk = client_for(people["editor"])
    preview = desk.get(f"/admin/articles/article/{story.pk}/doc-thu/")
    assert preview.status_code == 200
    assert story_parts(preview) == live


@pytest.mark.django_db
def test_only_a_live_story_is_read(make_article, story):
    assert live_story(story.pk).title == story.title
    assert live_story(str(story.pk)).pk == story.pk  # the URL hands over digits
    scheduled = make_article(published_at=timezone.now() + timedelta(hours=1))
    draft = make_article(status=Status.DRAFT)
    for pk in (scheduled.pk, draft.pk, 10**9):
        assert live_story(pk) is None
    assert live_story(scheduled.pk, now=timezone.now() + timedelta(hours=2)).pk == scheduled.pk


@pytest.mark.django_db
def test_a_story_that_is_not_live_is_a_404(client, no_page_cache, make_article):
    draft = make_article(status=Status.DRAFT)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()
