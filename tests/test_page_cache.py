"""The anonymous page cache: fast, never stale, never past a scheduled publication."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import ArticleLink, LinkKind
from articles.querysets import Status


def queries_for(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    return response, len(ctx.captured_queries)


@pytest.mark.django_db
def test_cached_article_page_costs_no_query(client, make_article):
    article = make_article(title="Bài được lưu đệm")
    first, n_first = queries_for(client, article.get_absolute_url())
    second, n_second = queries_for(client, article.get_absolute_url())
    assert first.status_code == second.status_code == 200
    assert n_first > 0 and n_second == 0
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "max-age" in second["Cache-Control"]


@pytest.mark.django_db
def test_edit_is_visible_on_the_next_request(client, make_article):
    article = make_article(title="Tiêu đề cũ")
    assert "Tiêu đề cũ" in client.get(article.get_absolute_url()).content.decode()
    article.title = "Tiêu đề mới"
    article.save()
    page = client.get(article.get_absolute_url(), follow=True).content.decode()
    assert "Tiêu đề mới" in page and "Tiêu đề cũ" not in page


@pytest.mark.django_db
def test_publishing_a_related_story_refreshes_the_neighbour(client, make_article):
    article = make_article(title="Bài gốc", tags=("công đoàn",))
    neighbour = make_article(title="Bài hàng xóm", status=Status.DRAFT, tags=("công đoàn",))
    ArticleLink.objects.create(source=article, target=neighbour, kind=LinkKind.PIN)
    assert "Bài hàng xóm" not in client.get(article.get_absolute_url()).content.decode()
    neighbour.status = Status.PUBLISHED
    neighbour.save()
    assert "Bài hàng xóm" in client.get(article.get_absolute_url()).content.decode()
    neighbour.status = Status.UNPUBLISHED
    neighbour.save()
    assert "Bài hàng xóm" not in client.get(article.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_page_never_outlives_the_next_scheduled_publication(client, make_article, settings):
    settings.PAGE_CACHE_SECONDS = 300
    make_article(title="Bài đang hiện")
    make_article(title="Bài hẹn giờ", published_at=timezone.now() + timedelta(seconds=30))
    response = client.get("/")
    max_age = int(response["Cache-Control"].split("max-age=")[1].split(",")[0])
    assert 0 < max_age <= 30


@pytest.mark.django_db
def test_signed_in_staff_bypass_the_cache(client, make_article, admin_user):
    article = make_article(title="Bài cho biên tập")
    client.force_login(admin_user)
    client.get(article.get_absolute_url())
    _, n = queries_for(client, article.get_absolute_url())
    assert n > 0


@pytest.mark.django_db
def test_conditional_get_answers_304(client, make_article):
    article = make_article()
    first = client.get(article.get_absolute_url())
    etag = first["ETag"]
    again = client.get(article.get_absolute_url(), HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
