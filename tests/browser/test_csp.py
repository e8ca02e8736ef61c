"""The Content-Security-Policy in a real Chromium: nothing we ship is blocked.

A CSP that breaks the page is worse than none, and only a browser tells:
every ``securitypolicyviolation`` event and every console message is
collected while a reader walks the site and a journalist writes a story in
CKEditor 5 with a photo. Reader pages are held to the strict policy (no
inline anything); the admin to its override (inline styles for CKEditor).
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from PIL import Image as PILImage

from articles.models import Article, Section
from articles.querysets import Status

from .conftest import PASSWORD, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


WATCH_CSP = """
document.addEventListener('securitypolicyviolation', e => window.__newsroomCsp({
  directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample,
  source: e.sourceFile + ':' + e.lineNumber, page: location.pathname,
}));
"""


@pytest.fixture
def watched(new_page):
    """A page whose CSP violations and console messages are recorded across navigations."""

    def open_watched(name: str):
        page = new_page(name)
        record = {"violations": [], "console": [], "errors": []}
        page.expose_function("__newsroomCsp", lambda v: record["violations"].append(v))
        page.add_init_script(WATCH_CSP)
        page.on("console", lambda m: record["console"].append(f"{m.type}: {m.text}"))
        page.on("pageerror", lambda e: record["errors"].append(str(e)))
        return page, record

    return open_watched


def assert_clean(record: dict) -> None:
    assert record["violations"] == []
    csp_console = [
        line
        for line in record["console"]
        if "Content Security Policy" in line or "Refused to" in line
    ]
    assert csp_console == []
    assert record["errors"] == []  # no script failed (a blocked one often fails loudly)


@pytest.fixture
def story(make_image, sections):
    cover = make_image(caption="Ảnh bìa", alt="Cầu Long Biên lúc bình minh")
    inline = make_image(caption="Ảnh trong bài", alt="Người lao động tan ca")
    article = Article.objects.create(
        title="Người lao động Thủ đô đón Tết sớm",
        lead="Nhiều công đoàn cơ sở tổ chức chợ Tết cho công nhân.",
        body=(
            "<p>Đoạn mở đầu.</p>"
            f'<figure class="image"><img src="{inline.file.url}" alt="Người lao động tan ca">'
            "<figcaption>Ảnh trong bài</figcaption></figure><p>Đoạn kết.</p>"
        ),
        section=sections["hoat_dong"],
        cover=cover,
        status=Status.PUBLISHED,
        published_at=timezone.now() - timedelta(minutes=5),
    )
    article.tags.add("Tết", "công đoàn")
    return article


def test_reader_pages_work_under_the_strict_policy(live_server, watched, story):
    page, record = watched("doc-gia")
    response = page.goto(f"{live_server.url}/")
    policy = response.headers["content-security-policy"]
    assert "unsafe-inline" not in policy and "script-src 'self'" in policy
    assert page.locator("a", has_text=story.title).count() >= 1

    response = page.goto(f"{live_server.url}{story.get_absolute_url()}")
    assert response.status == 200
    assert page.locator("h1.story-title").inner_text() == story.title
    # Photos load, JSON-LD is present (as data, never run), the stylesheet applies.
    for image in page.locator(".story-body img, .story-cover img").element_handles():
        page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=image)
    assert page.locator('script[type="application/ld+json"]').count() >= 1
    background = page.evaluate(
        "getComputedStyle(document.querySelector('.site-nav')).backgroundColor"
    )
    assert background not in ("", "rgba(0, 0, 0, 0)")  # site.css was not blocked

    page.goto(f"{live_server.url}{story.section.get_absolute_url()}")
    assert page.locator("a", has_text=story.title).count() >= 1

    try:
        search_url = reverse("articles:search")
    except NoReverseMatch:
        search_url = None  # search is being written; the test covers it once it exists
    if search_url:
        response = page.goto(f"{live_server.url}{search_url}?q=tet")
        assert response.status == 200
        assert "unsafe-inline" not in response.headers["content-security-policy"]
    assert_clean(record)


def test_admin_editor_and_photo_upload_work_under_the_admin_policy(live_server, watched, tmp_path):
    Section.objects.create(name="Du lịch")
    User.objects.create_superuser("bientap", password=PASSWORD)
    photo = tmp_path / "anh-ho-guom.jpg"
    PILImage.new("RGB", (320, 200), (40, 110, 160)).save(photo, "JPEG", quality=85)

    page, record = watched("bien-tap")
    log_in(page, live_server.url, "bientap")

    response = page.goto(f"{live_server.url}/admin/articles/article/add/")
    policy = response.headers["content-security-policy"]
    assert "style-src 'self' 'unsafe-inline'" in policy
    assert re.search(r"script-src [^;]*unsafe-inline", policy) is None
    assert "no-store" in response.headers["cache-control"]
    page.wait_for_function("() => window.editors && window.editors.id_body")

    page.locator("#id_title").fill("Hồ Gươm sáng đầu đông")
    page.locator("#id_lead").fill("Du khách dạo quanh hồ trong tiết trời se lạnh.")
    page.locator("#id_section + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill("Du")
    page.locator(".select2-results__option", has_text="Du lịch").click()
    page.wait_for_function("() => document.querySelector('#id_section').value !== ''")

    editable = page.locator(".ck-editor__editable[contenteditable=true]")
    editable.click()
    page.keyboard.type("Từ sáng sớm, quanh hồ đã đông người.")
    page.keyboard.press("Enter")
    page.locator(".ck-toolbar .ck-file-dialog-button input[type=file]").set_input_files(photo)
    uploaded = editable.locator("figure.image img[src^='/media/']")
    uploaded.wait_for()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth === 320", arg=uploaded.element_handle()
    )
    # CKEditor's own injected styles applied: its toolbar is laid out, not a bare list.
    toolbar_display = page.evaluate(
        "getComputedStyle(document.querySelector('.ck-toolbar__items')).display"
    )
    assert toolbar_display == "flex"

    page.locator("input[name=_save]").click()
    page.locator("ul.messagelist li.success").first.wait_for()
    assert Article.objects.get().body.count("<img") == 1
    assert_clean(record)
