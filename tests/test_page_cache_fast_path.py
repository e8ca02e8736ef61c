"""The fast paths of the page cache: the WSGI wrapper that answers hits before
Django builds a request, and the worker's short memory of hot pages."""

from __future__ import annotations

import io
import sys
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from articles.cache import GENERATION_KEY, CachedPagesApp
from articles.models import Article


def wsgi_get(app, path: str, **headers: str) -> tuple[str, dict[str, str], bytes]:
    environ = {
        "REQUEST_METHOD": headers.pop("method", "GET"),
        "PATH_INFO": path,
        "QUERY_STRING": headers.pop("query", ""),
        "SCRIPT_NAME": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "HTTP_HOST": "testserver",
        **{f"HTTP_{k.upper()}": v for k, v in headers.items()},
    }
    seen = {}

    def start_response(status, response_headers, exc_info=None):
        seen["status"] = status
        seen["headers"] = dict(response_headers)

    body = app(environ, start_response)
    content = b"".join(body)
    if hasattr(body, "close"):
        body.close()
    return seen["status"], seen["headers"], content


@pytest.fixture
def app(settings):
    from django.core.wsgi import get_wsgi_application

    settings.NEWSROOM_PAGE_CACHE_RECHECK_SECONDS = 0  # every hit asks the shared cache
    return CachedPagesApp(get_wsgi_application())


@pytest.mark.django_db(transaction=True)
def test_wsgi_fast_path_serves_the_stored_page_with_its_headers(app, make_article):
    article = make_article(title="Bài qua đường tắt")
    path = article.get_absolute_url()
    status, first_headers, first = wsgi_get(app, path)
    assert status.startswith("200")
    with CaptureQueriesContext(connection) as queries:
        status, headers, again = wsgi_get(app, path)
    assert status == "200 OK" and again == first and len(queries) == 0
    for name in ("Content-Security-Policy", "Permissions-Policy", "X-Frame-Options", "ETag"):
        assert headers[name] == first_headers[name]
    assert headers["Cache-Control"].startswith("public, max-age=")
    # HEAD: the same headers, no body.
    status, head_headers, body = wsgi_get(app, path, method="HEAD")
    assert status == "200 OK" and body == b"" and head_headers["ETag"] == headers["ETag"]
    # Conditional GET.
    status, _, body = wsgi_get(app, path, if_none_match=headers["ETag"])
    assert status == "304 Not Modified" and body == b""


@pytest.mark.django_db(transaction=True)
def test_wsgi_fast_path_leaves_signed_in_users_and_edits_to_django(app, make_article):
    article = make_article(title="Bản cũ")
    path = article.get_absolute_url()
    wsgi_get(app, path)
    with CaptureQueriesContext(connection) as queries:
        wsgi_get(app, path, cookie="sessionid=abc; csrftoken=x")
    assert len(queries) > 0  # a session cookie always reaches Django
    article.title = "Bản mới"
    article.save()
    status, _, body = wsgi_get(app, article.get_absolute_url())
    assert "Bản mới" in body.decode()


@pytest.mark.django_db
def test_hot_pages_skip_the_cache_round_trip_within_the_recheck_window(
    client, make_article, settings
):
    """Within the window a hot page costs no cache call at all; an edit made
    through another worker (a bump this process did not see) shows once it ends."""
    settings.NEWSROOM_PAGE_CACHE_RECHECK_SECONDS = 0.5
    article = make_article(title="Bài nóng")
    url = article.get_absolute_url()
    client.get(url)
    first = client.get(url)
    # Another worker saves an edit: only the shared cache learns of it.
    Article.objects.filter(pk=article.pk).update(title="Bài nóng đã sửa")
    cache.set(GENERATION_KEY, "the-other-worker's", timeout=None)
    assert client.get(url).content == first.content  # still this worker's copy
    time.sleep(0.6)
    assert "Bài nóng đã sửa" in client.get(url).content.decode()


@pytest.mark.django_db
def test_an_edit_through_this_worker_is_visible_at_once_even_within_the_window(
    client, make_article, settings
):
    settings.NEWSROOM_PAGE_CACHE_RECHECK_SECONDS = 60
    article = make_article(title="Tiêu đề một")
    client.get(article.get_absolute_url())
    article.title = "Tiêu đề hai"
    article.save()
    page = client.get(article.get_absolute_url(), follow=True).content.decode()
    assert "Tiêu đề hai" in page
