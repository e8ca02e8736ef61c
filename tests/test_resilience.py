"""Faults from the outside world, produced for real: a Redis that is not
there, that stops answering and comes back; a PostgreSQL nobody listens on.
Readers must get pages (or a clear Vietnamese 503), never a 500."""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import OperationalError, connection
from django.test.utils import CaptureQueriesContext

from articles import errors
from bench.ports import PrivateRedis, free_port

ROOT = Path(__file__).resolve().parent.parent


def tolerant_cache(port: int, **options) -> dict:
    return {
        "default": {
            "BACKEND": "newsroom.cache.TolerantRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "KEY_PREFIX": f"test-{os.getpid()}",
            "OPTIONS": {
                "socket_connect_timeout": 0.25,
                "socket_timeout": 0.5,
                "RETRY_SECONDS": 0.2,
                "RECOVERY_DELETE_KEYS": ["content-generation"],
                **options,
            },
        }
    }


@pytest.fixture(autouse=True)
def _ask_the_cache_every_time(settings):
    """These tests are about the Redis path itself, not the worker's memory of it."""
    settings.NEWSROOM_PAGE_CACHE_RECHECK_SECONDS = 0


def get(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    return response, len(ctx.captured_queries)


# --- Redis ---------------------------------------------------------------------------


@pytest.mark.django_db
def test_reader_pages_are_served_without_redis_and_the_outage_is_logged(
    client, make_article, settings, caplog
):
    article = make_article(title="Bài đọc khi Redis vắng mặt")
    settings.CACHES = tolerant_cache(free_port(), RETRY_SECONDS=0)
    caplog.set_level(logging.WARNING, logger="newsroom.cache")
    for url in ("/", article.get_absolute_url(), article.section.get_absolute_url(), "/rss/"):
        response, queries = get(client, url)
        assert response.status_code == 200, url
        assert queries > 0  # rendered from the database every time
    assert "Bài đọc khi Redis vắng mặt" in client.get(article.get_absolute_url()).content.decode()
    warnings = [r for r in caplog.records if r.name == "newsroom.cache"]
    # Logged, but once per LOG_EVERY_SECONDS, not once per cache call.
    assert len(warnings) == 1
    assert "Redis cache unavailable" in warnings[0].getMessage()


def test_cache_calls_return_defaults_when_redis_is_away(settings):
    settings.CACHES = tolerant_cache(free_port())
    from django.core.cache import cache

    assert cache.get("x", "mặc định") == "mặc định"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.add("x", 1) is False
    assert cache.set("x", 1) is None
    assert cache.delete("x") is False
    assert cache.incr("counter") == 1  # rate limits count nothing and let readers through
    assert cache.has_key("x") is False


@pytest.fixture
def private_redis(tmp_path):
    if shutil.which("redis-server") is None:
        pytest.skip("redis-server is not installed")
    server = PrivateRedis(tmp_path)
    server.start()
    yield server
    if server.process is not None:
        server.process.send_signal(signal.SIGCONT)
    server.stop()


def wait_past_retry_window() -> None:
    time.sleep(0.3)


@pytest.mark.django_db
def test_the_cache_comes_back_by_itself_when_redis_restarts(
    client, make_article, settings, private_redis
):
    article = make_article(title="Bài qua lần Redis khởi động lại")
    url = article.get_absolute_url()
    settings.CACHES = tolerant_cache(private_redis.port)
    assert get(client, url)[1] > 0
    response, queries = get(client, url)
    assert response.status_code == 200 and queries == 0  # served by Redis

    private_redis.stop()
    for _ in range(3):
        response, queries = get(client, url)
        assert response.status_code == 200 and queries > 0

    private_redis.start()
    wait_past_retry_window()
    get(client, url)
    response, queries = get(client, url)
    assert response.status_code == 200 and queries == 0  # cached again, nothing restarted


@pytest.mark.django_db
def test_an_edit_made_while_redis_hangs_is_not_hidden_by_an_old_cached_page(
    client, make_article, settings, private_redis, recovery_keys
):
    """The edit's invalidation is lost during the outage; recovery must make up for it."""
    article = make_article(title="Tiêu đề trước sự cố")
    url = article.get_absolute_url()
    settings.CACHES = tolerant_cache(
        private_redis.port, RETRY_SECONDS=1.5, RECOVERY_DELETE_KEYS=recovery_keys
    )
    get(client, url)
    assert get(client, url)[1] == 0  # the old page is in Redis

    private_redis.process.send_signal(signal.SIGSTOP)  # hangs: the data stays
    try:
        client.get(url)  # times out once; Redis is skipped for the next 1.5 s
        article.title = "Tiêu đề sau sự cố"
        article.save()  # so its generation bump is never sent
        assert "Tiêu đề sau sự cố" in client.get(url).content.decode()
    finally:
        private_redis.process.send_signal(signal.SIGCONT)
    time.sleep(1.6)
    pages = [client.get(url).content.decode() for _ in range(3)]
    fresh = all("Tiêu đề sau sự cố" in page for page in pages)
    assert fresh is bool(recovery_keys)


@pytest.fixture(params=[["content-generation"], []], ids=["recovery-delete", "without-it"])
def recovery_keys(request) -> list[str]:
    """With the recovery delete the page is fresh; without it (control) it is stale."""
    return request.param


# --- PostgreSQL -------------------------------------------------------------------------

OUTAGE_SCRIPT = r"""
import json, logging, django
django.setup()
from django.test import Client
records = []
class Keep(logging.Handler):
    def emit(self, record):
        records.append(record.getMessage())
logging.getLogger("newsroom.availability").addHandler(Keep())
client = Client(raise_request_exception=False)
out = {}
for method, url in [("get", "/"), ("get", "/tin-bai-1.html"), ("get", "/kinh-te/"),
                    ("post", "/admin/login/")]:
    response = getattr(client, method)(url, {"username": "a", "password": "b"} if method == "post" else None)
    out[url] = {
        "status": response.status_code,
        "retry_after": response.get("Retry-After"),
        "body": response.content.decode(),
        "cache_control": response.get("Cache-Control", ""),
    }
out["log"] = records
print(json.dumps(out))
"""


def test_requests_get_a_vietnamese_503_while_postgresql_is_down(tmp_path):
    """A real closed port: the driver's own connection error, through the whole stack."""
    pytest.importorskip("psycopg")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
        "DATABASE_URL": f"postgresql://postgres@127.0.0.1:{free_port()}/newsroom",
        "REDIS_URL": "",
        "DJANGO_DEBUG": "1",
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
    }
    result = subprocess.run(
        [sys.executable, "-c", OUTAGE_SCRIPT],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    for url in ("/", "/tin-bai-1.html", "/kinh-te/", "/admin/login/"):
        page = out[url]
        assert page["status"] == 503, (url, page["status"], page["body"][:300])
        assert page["retry_after"] == "10"
        assert "Hệ thống đang tạm gián đoạn" in page["body"]
        assert "no-store" in page["cache_control"] or "no-cache" in page["cache_control"]
    assert any("Database unavailable" in line for line in out["log"])


def test_a_database_error_outside_a_view_still_gets_the_503_page():
    """The 500 handler recognises a lost database raised by a middleware."""
    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = errors.server_error(None)
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert "Hệ thống đang tạm gián đoạn" in response.content.decode()
    assert errors.server_error(None).status_code == 500  # anything else stays a 500
