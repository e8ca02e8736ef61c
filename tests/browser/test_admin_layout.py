"""The admin's layout in a real Chromium, at the sizes the newsroom works at.

A usability review found the story list squeezing titles to a word per line
with its last columns cut off on a 1280-pixel laptop, the story form scrolling
sideways on a phone, and ~300 px of grey under every photo in the body editor
(static/css/admin.css). These tests measure what the browser lays out.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from articles.models import Image
from articles.querysets import Status
from articles.roles import EDITOR
from tests.conftest import jpeg_bytes
from tests.desk import member
from tests.stories import MORE_WAGES, WAGES

from .conftest import PASSWORD, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LAPTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}
# document.documentElement is wider than the window: the page scrolls sideways.
PAGE_WIDTH = "() => [document.documentElement.scrollWidth, window.innerWidth]"


@pytest.fixture
def editor(db):
    user = member(EDITOR, "bientap", full_name="Thanh Hải")
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def stories(make_article, sections):
    """A page of the list as the desk sees it: long titles, the longest section
    name, a scheduled story (its badge carries the date) and one waiting for review."""
    texts = WAGES + MORE_WAGES
    made = [
        make_article(title=title, lead=lead, section=sections["hoat_dong"])
        for title, lead, _body in texts
    ]
    made.append(
        make_article(
            title="Hẹn giờ: giá điện điều chỉnh từ tháng sau, công nhân lo chi phí nhà trọ",
            published_at=timezone.now() + timedelta(hours=4),
        )
    )
    made.append(
        make_article(
            title="Chờ duyệt: quà Tết cho công nhân ở các khu công nghiệp phía bắc",
            status=Status.REVIEW,
        )
    )
    return made


def test_story_list_fits_a_laptop_with_room_for_titles(live_server, new_page, editor, stories):
    page = new_page("bien-tap")
    page.set_viewport_size(LAPTOP)
    log_in(page, live_server.url, "bientap")
    for query in ("", "?hang-doi=cho-duyet"):
        page.goto(f"{live_server.url}/admin/articles/article/{query}")
        titles = page.locator("#result_list tbody .field-title")
        titles.first.wait_for()
        scroll_width, window_width = page.evaluate(PAGE_WIDTH)
        assert scroll_width <= window_width, query
        # Nor does the table scroll inside its box: every column is on screen.
        results = page.locator("#changelist-form .results")
        inner, box = results.evaluate("e => [e.scrollWidth, e.clientWidth]")
        assert inner <= box, f"{query}: the list is {inner} px wide in a {box} px box"
        widths = [round(cell.bounding_box()["width"]) for cell in titles.all()]
        assert min(widths) >= 200, f"{query}: title cells {widths}"
        # The queue buttons are buttons, not bullet points.
        bullets = page.locator("nav.desk-queues li").evaluate_all(
            "items => items.map(li => getComputedStyle(li).listStyleType)"
        )
        assert set(bullets) == {"none"}, query


def test_new_story_form_fits_a_phone(live_server, new_page, editor, sections):
    page = new_page("bien-tap")
    page.set_viewport_size(PHONE)
    log_in(page, live_server.url, "bientap")
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.wait_for_function("() => window.editors && window.editors.id_body")
    page.locator(".story-previews .preview-google").wait_for()  # drawn by story-form-helps.js
    page.locator("#id_title").fill("Một tiêu đề rất dài về công đoàn cơ sở " * 3)
    scroll_width, window_width = page.evaluate(PAGE_WIDTH)
    assert scroll_width <= window_width


def test_body_photo_figure_hugs_the_photo_and_caption(live_server, new_page, editor, make_article):
    photo = Image(caption="Công nhân nhận quà Tết", alt_text="Công nhân cầm túi quà")
    photo.file.save("qua-tet.jpg", SimpleUploadedFile("qua-tet.jpg", jpeg_bytes(640, 400)))
    story = make_article(
        title="Công nhân nhận quà Tết sớm",
        body=(
            "<p>Đoạn mở đầu.</p>"
            f'<figure class="image"><img src="{photo.file.url}" alt="Công nhân cầm túi quà">'
            "<figcaption>Công nhân nhận quà Tết</figcaption></figure><p>Đoạn kết.</p>"
        ),
        status=Status.DRAFT,
    )
    page = new_page("bien-tap")
    page.set_viewport_size(LAPTOP)
    log_in(page, live_server.url, "bientap")
    page.goto(f"{live_server.url}/admin/articles/article/{story.pk}/change/")
    figure = page.locator(".ck-editor__editable figure.image")
    image = figure.locator("img")
    image.wait_for()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth === 640", arg=image.element_handle()
    )
    figure.locator("figcaption", has_text="Công nhân nhận quà Tết").wait_for()
    figure_height = figure.bounding_box()["height"]
    image_height = image.bounding_box()["height"]
    assert image_height > 100  # the photo is laid out, not a broken icon
    assert figure_height < image_height + 150, (figure_height, image_height)
    # One word count under the body, ours (with the reading time), not two that disagree.
    page.wait_for_function(
        "() => /đọc khoảng/.test(document.querySelector('#story-stats').textContent)"
    )
    editor_count = page.locator(".ck-editor-container .word-count")
    assert editor_count.count() == 0 or not editor_count.first.is_visible()
