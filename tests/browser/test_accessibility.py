"""Reader pages of the demo newsroom pass axe-core and the Nu Html Checker, and
the article page stays under its byte budget (issue 5).

The demo newsroom (``manage.py load_demo``, with plain pictures instead of the
drawn illustrations, as in tests/test_demo.py) is built once for the module
and the four pages are read once: the front page, the first section in the
navigation, the front page's lead story, and search results for an
accentless query. axe-core runs in Chromium at a phone's and a desktop's
width; vnu.jar checks the HTML the server sent; the article's HTML, CSS and
JS are gzip-compressed and added up. Both tools come from the pinned npm
packages in package-lock.json (``make test`` runs ``npm ci`` first). The
helpers are shared with ``make audit`` (bench/audit.py), which adds
Lighthouse on a production server.

The demo rows are written outside any test transaction, so the live server
sees them; the first test's transactional flush removes them, and the
module's teardown flushes again (and empties the search index, which flush
does not know about) in case no test ran.
"""

from __future__ import annotations

import io
import urllib.parse
from collections.abc import Iterator
from typing import Any

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from django.test import override_settings

from articles.cache import forget_local_pages
from articles.demo import art
from articles.search import rebuild_index
from bench.audit import (
    AXE_JS,
    TRANSFER_BUDGET_BYTES,
    VIEWPORTS,
    VNU_JAR,
    axe_violations,
    describe_errors,
    describe_violations,
    fetch_bytes,
    reader_paths,
    transfer_sizes,
    validate_html,
)
from tests.conftest import jpeg_bytes

from .conftest import TIMEOUT_MS

pytestmark = [pytest.mark.browser]

PAGES = ["trang chủ", "chuyên mục", "bài viết", "tìm kiếm"]


@pytest.fixture(scope="module")
def audited(
    django_db_setup, django_db_blocker, live_server, browser, tmp_path_factory
) -> Iterator[dict[str, Any]]:
    """Build the demo, then read the four pages: their HTML and axe's findings."""
    for tool in (AXE_JS, VNU_JAR):
        assert tool.exists(), f"{tool} is missing: run `npm ci` (a prerequisite of `make test`)"
    media = tmp_path_factory.mktemp("demo-media")
    base = live_server.url
    results: dict[str, Any] = {"html": {}, "axe": {name: {} for name in PAGES}}
    try:
        with (
            django_db_blocker.unblock(),
            override_settings(MEDIA_ROOT=media),
            pytest.MonkeyPatch.context() as patch,
        ):
            # Plain pictures of the real size: drawing 68 illustrations is test_demo's business.
            patch.setattr(art, "render", lambda *args: jpeg_bytes(art.WIDTH, art.HEIGHT))
            cache.clear()
            forget_local_pages()
            call_command("load_demo", stdout=io.StringIO())
            results["paths"] = reader_paths(fetch_bytes(f"{base}/").decode("utf-8"))
            for width_name, (width, height) in VIEWPORTS.items():
                # axe is injected as an inline script, which the reader CSP forbids.
                context = browser.new_context(
                    locale="vi-VN", viewport={"width": width, "height": height}, bypass_csp=True
                )
                context.set_default_timeout(TIMEOUT_MS)
                page = context.new_page()
                for name in PAGES:
                    response = page.goto(base + results["paths"][name])
                    assert response is not None and response.status == 200, name
                    results["html"].setdefault(name, response.text())
                    results["axe"][name][width_name] = axe_violations(page)
                context.close()
            results["transfer"] = transfer_sizes(
                results["html"]["bài viết"],
                lambda url: fetch_bytes(urllib.parse.urljoin(base, url)),
            )
        yield results
    finally:
        with django_db_blocker.unblock():
            cache.clear()
            forget_local_pages()
            call_command("flush", interactive=False, verbosity=0)
            rebuild_index()  # SQLite's search table is no model: flush leaves it
            # Playwright's event loop gives this code its own connection (Django keeps
            # them per context); left open, PostgreSQL refuses to drop the test database.
            connections.close_all()


@pytest.fixture(scope="module")
def validator_errors(audited) -> dict[str, list[dict[str, Any]]]:
    """The Nu Html Checker's errors per page, from one Java run."""
    return validate_html(audited["html"])


@pytest.mark.parametrize("name", PAGES)
def test_axe_reports_no_violations(audited, name):
    for width_name, violations in audited["axe"][name].items():
        assert violations == [], (
            f"{name} ({audited['paths'][name]}) at {width_name} width:\n"
            + describe_violations(violations)
        )


@pytest.mark.parametrize("name", PAGES)
def test_validator_reports_no_errors(audited, validator_errors, name):
    errors = validator_errors[name]
    assert errors == [], f"{name} ({audited['paths'][name]}):\n" + describe_errors(errors)


def test_article_page_transfer_without_photos_is_under_40_kb(audited):
    sizes = audited["transfer"]
    assert "HTML" in sizes and any(url.endswith(".css") for url in sizes), sizes
    assert sum(sizes.values()) < TRANSFER_BUDGET_BYTES, sizes


def test_pages_audited_are_the_real_thing(audited):
    """The audit looked at pages with content, not at empty shells."""
    html = audited["html"]
    assert html["bài viết"].count("<img") >= 2  # cover and body photos
    # ... as <picture>s: the demo's photos got their renditions when saved.
    assert html["bài viết"].count('<source type="image/avif"') >= 2
    assert 'type="application/ld+json"' in html["bài viết"]
    assert "search-result" in html["tìm kiếm"]  # the accentless query found stories
    assert html["chuyên mục"].count('class="card') >= 10
