from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Article
from articles.querysets import Status


@pytest.mark.django_db
def test_live_is_published_and_due(make_article):
    now = timezone.now()
    live = make_article(published_at=now - timedelta(minutes=1))
    scheduled = make_article(published_at=now + timedelta(minutes=1))
    draft = make_article(status=Status.DRAFT)
    review = make_article(status=Status.REVIEW)
    gone = make_article(status=Status.UNPUBLISHED, published_at=now - timedelta(days=1))
    ids = set(Article.objects.live().values_list("pk", flat=True))
    assert ids == {live.pk}
    assert scheduled.is_scheduled() and not scheduled.is_live()
    assert Article.objects.next_publication_time() == scheduled.published_at
    for article in (draft, review, gone, scheduled):
        assert not article.is_live()


@pytest.mark.django_db
def test_publishing_without_a_time_publishes_now(make_article):
    article = make_article(status=Status.DRAFT)
    assert article.published_at is None
    article.status = Status.PUBLISHED
    article.save()
    assert article.published_at is not None and article.is_live()


@pytest.mark.django_db
@pytest.mark.parametrize("status", [Status.DRAFT, Status.REVIEW, Status.UNPUBLISHED])
def test_non_live_article_is_404_to_readers(client, make_article, status):
    article = make_article(status=status, published_at=timezone.now() - timedelta(hours=1))
    response = client.get(article.get_absolute_url())
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


@pytest.mark.django_db
def test_scheduled_article_is_404_until_its_time(client, make_article):
    article = make_article(published_at=timezone.now() + timedelta(hours=1))
    assert client.get(article.get_absolute_url()).status_code == 404
    article.published_at = timezone.now() - timedelta(seconds=1)
    article.save()
    assert client.get(article.get_absolute_url()).status_code == 200
