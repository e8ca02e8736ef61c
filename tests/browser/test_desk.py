"""The newsroom desk in a real Chromium: the desk home for a journalist and an
editor, the pre-publish checklist, the story form's previews, the unsaved local
copy, and axe-core on the desk home and the story form (issue 8).

People sign in through the login form; the database only sets the stage
(accounts, sections, stories) and reads the result back.
"""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from playwright.sync_api import expect

from articles.models import Article, Image, Section
from articles.querysets import Status
from bench.audit import AXE_JS, axe_violations, describe_violations
from tests.conftest import jpeg_bytes
from tests.desk import EDITOR, JOURNALIST, earlier_today, member

from .conftest import PASSWORD, TIMEOUT_MS, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def person(role: str, username: str, full_name: str):
    user = member(role, username, full_name=full_name)
    user.set_password(PASSWORD)
    user.save()
    return user


def photo(alt: str = "", caption: str = "Công nhân nhận quà Tết") -> Image:
    image = Image(alt_text=alt, caption=caption)
    image.file.save("qua-tet.jpg", SimpleUploadedFile("qua-tet.jpg", jpeg_bytes(640, 400)))
    return image


@pytest.fixture
def newsroom(db):
    section = Section.objects.create(name="Công đoàn")
    journalist = person(JOURNALIST, "phongvien", "Thùy Linh")
    other = person(JOURNALIST, "phongvien2", "Quốc Anh")
    editor = person(EDITOR, "bientap", "Thanh Hải")
    now = timezone.now()

    def story(title: str, status: str = Status.DRAFT, **fields) -> Article:
        article = Article.objects.create(
            title=title,
            lead="Sáng nay, công đoàn thành phố trao quà cho công nhân.",
            body="<p>Nội dung bài.</p>",
            section=section,
            status=status,
            **fields,
        )
        article.tags.add("công đoàn")
        return article

    return {
        "section": section,
        "journalist": journalist,
        "editor": editor,
        "draft": story("Nháp: nhà ở xã hội cho công nhân", created_by=journalist),
        "review": story(
            "Chờ duyệt: quà Tết cho công nhân", Status.REVIEW, created_by=journalist, cover=photo()
        ),
        "scheduled": story(
            "Hẹn giờ: giá điện điều chỉnh",
            Status.PUBLISHED,
            created_by=journalist,
            published_at=now + timedelta(hours=4),
        ),
        "live": story(
            "Đã đăng: hội nghị người lao động",
            Status.PUBLISHED,
            created_by=journalist,
            published_at=earlier_today(now),
        ),
        "others": story("Nháp của người khác", created_by=other),
        "others_review": story("Bài chờ duyệt của người khác", Status.REVIEW, created_by=other),
    }


def change_url(base: str, article: Article) -> str:
    return f"{base}/admin/articles/article/{article.pk}/change/"


def groups_on(page) -> dict[str, list[str]]:
    found = {}
    for heading in page.locator(".desk-mine h3").all():
        label = re.sub(r"\s*\(\d+\)$", "", heading.inner_text().strip())
        items = heading.locator("xpath=following-sibling::ul[1]/li/a")
        found[label] = [a.strip() for a in items.all_inner_texts()]
    return found


def test_journalist_desk_shows_only_their_stories_by_state(live_server, new_page, newsroom):
    page = new_page("phong-vien")
    log_in(page, live_server.url, "phongvien")
    assert groups_on(page) == {
        "Bản nháp": ["Nháp: nhà ở xã hội cho công nhân"],
        "Chờ duyệt": ["Chờ duyệt: quà Tết cho công nhân"],
        "Đã lên lịch": ["Hẹn giờ: giá điện điều chỉnh"],
        "Đã đăng": ["Đã đăng: hội nghị người lao động"],
    }
    text = page.locator("#content").inner_text()
    assert "Nháp của người khác" not in text and "Bài chờ duyệt của người khác" not in text
    assert page.locator(".desk-review").count() == 0
    draft = newsroom["draft"]
    edited = f"sửa lúc {timezone.localtime(draft.updated_at):%H:%M %d/%m/%Y}"
    assert edited in page.locator(".desk-mine-ban-nhap li").first.inner_text()
    # A story opens in the desk from there.
    page.get_by_role("link", name="Nháp: nhà ở xã hội cho công nhân").click()
    page.wait_for_url(re.compile(rf"/admin/articles/article/{draft.pk}/change/$"))


def test_editor_desk_shows_review_queue_and_scheduled_timeline(live_server, new_page, newsroom):
    page = new_page("bien-tap")
    log_in(page, live_server.url, "bientap")
    queue = page.locator(".desk-review tbody th")
    assert queue.all_inner_texts() == [
        "Chờ duyệt: quà Tết cho công nhân",
        "Bài chờ duyệt của người khác",
    ]
    when = timezone.localtime(newsroom["scheduled"].published_at)
    timeline = page.locator(".desk-timeline li")
    assert timeline.count() == 1
    assert timeline.first.inner_text().startswith(f"{when:%H:%M %d/%m} Hẹn giờ: giá điện")
    mark = page.locator(".desk-schedule svg circle")
    assert mark.count() == 1
    assert "Hẹn giờ: giá điện điều chỉnh" in mark.locator("title").text_content()
    assert "Đã đăng: hội nghị người lao động" in page.locator(".desk-today").inner_text()
    # The charts' tables open for whoever cannot read the picture.
    summary = page.locator(".desk-chart-data summary").first
    summary.click()
    expect(page.locator(".desk-chart-data table").first).to_be_visible()


def test_checklist_blocks_a_cover_without_alt_text_until_fixed(live_server, new_page, newsroom):
    base = live_server.url
    story = newsroom["review"]
    page = new_page("bien-tap")
    log_in(page, base, "bientap")
    page.goto(change_url(base, story))
    page.locator("button[name=_workflow][value=publish]").click()
    errors = page.locator("ul.errorlist.nonfield")
    errors.wait_for()
    assert errors.locator("li").first.inner_text() == (
        "Chưa thể xuất bản hoặc hẹn giờ bài này. Hãy hoàn thiện:"
    )
    assert "Ảnh đại diện chưa có mô tả ảnh (alt)" in errors.inner_text()
    story.refresh_from_db()
    assert story.status == Status.REVIEW

    # The editor fixes the photo in the library, then publishes.
    page.goto(f"{base}/admin/articles/image/{story.cover_id}/change/")
    assert "Chờ duyệt: quà Tết cho công nhân" in page.locator(".photo-used").inner_text()
    page.locator("#id_alt_text").fill("Công nhân cầm túi quà Tết")
    page.locator("input[name=_save]").click()
    page.locator("ul.messagelist li.success").wait_for()

    page.goto(change_url(base, story))
    page.locator("button[name=_workflow][value=publish]").click()
    page.locator("ul.messagelist li.success").first.wait_for()
    story.refresh_from_db()
    assert story.is_live()


def test_previews_update_as_the_title_changes_and_ctrl_s_saves(live_server, new_page, newsroom):
    base = live_server.url
    story = newsroom["draft"]
    page = new_page("phong-vien")
    log_in(page, base, "phongvien")
    page.goto(change_url(base, story))
    google = page.locator(".preview-google-title")
    social = page.locator(".preview-social-title")
    expect(google).to_have_text(story.title)
    title = page.locator("#id_title")
    title.fill("Hà Nội mở thêm 5.000 căn nhà ở xã hội cho công nhân")
    expect(google).to_have_text("Hà Nội mở thêm 5.000 căn nhà ở xã hội cho công nhân")
    expect(social).to_have_text("Hà Nội mở thêm 5.000 căn nhà ở xã hội cho công nhân")
    title.fill("Một tiêu đề rất dài " * 6)
    expect(google).to_have_text(re.compile(r"^Một tiêu đề rất dài.{0,50} …$"))
    expect(page.locator(".preview-google-text")).to_have_text(story.lead)
    expect(page.locator(".preview-google-url")).to_contain_text(story.slug)

    # The body's word count and the lead hint follow the typing too.
    expect(page.locator("#story-stats")).to_have_text("3 chữ · đọc khoảng 1 phút")
    page.locator("#id_lead").fill("Câu một. Câu hai. Câu ba. Câu bốn.")
    expect(page.locator("#story-lead-hint")).to_contain_text("4 câu")

    # Ctrl+S saves and keeps the story open.
    title.fill("Tiêu đề lưu bằng phím tắt")
    page.keyboard.press("Control+s")
    page.locator("ul.messagelist li.success").wait_for()
    assert page.url == change_url(base, story)
    story.refresh_from_db()
    assert story.title == "Tiêu đề lưu bằng phím tắt"


def test_closed_tab_offers_to_restore_the_unsaved_body(live_server, new_page, newsroom):
    base = live_server.url
    story = newsroom["draft"]
    page = new_page("phong-vien")
    log_in(page, base, "phongvien")
    page.goto(change_url(base, story))
    page.wait_for_function("() => window.editors && window.editors.id_body")
    editable = page.locator(".ck-editor__editable[contenteditable=true]")
    editable.click()
    page.keyboard.press("Control+End")
    page.keyboard.type(" Đoạn viết thêm chưa kịp lưu.")
    key = f"newsroom:draft:/admin/articles/article/{story.pk}/change/"
    page.wait_for_function(
        "key => (localStorage.getItem(key) || '').includes('chưa kịp lưu')", arg=key
    )
    # Leaving now asks first.
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.type), d.dismiss()))
    page.close(run_before_unload=True)
    page.wait_for_timeout(300)
    assert dialogs == ["beforeunload"]
    page.close()

    again = page.context.new_page()
    again.goto(change_url(base, story))
    prompt = again.locator(".story-draft-restore")
    prompt.wait_for()
    assert "Có nội dung chưa lưu của bài này trên máy bạn" in prompt.inner_text()
    assert "chưa kịp lưu" not in again.locator("#id_body").input_value()
    again.get_by_role("button", name="Khôi phục nội dung chưa lưu").click()
    expect(again.locator(".ck-editor__editable")).to_contain_text("Đoạn viết thêm chưa kịp lưu.")
    assert "chưa kịp lưu" in again.locator("#id_body").input_value()
    # Saving drops the local copy: the next visit asks nothing.
    again.locator("input[name=_continue]").click()
    again.locator("ul.messagelist li.success").wait_for()
    assert again.evaluate("key => localStorage.getItem(key)", key) is None
    again.reload()
    again.wait_for_function("() => window.editors && window.editors.id_body")
    again.wait_for_timeout(300)
    assert again.locator(".story-draft-restore").count() == 0
    story.refresh_from_db()
    assert "Đoạn viết thêm chưa kịp lưu." in story.body


@pytest.mark.skipif(not AXE_JS.exists(), reason="axe-core is not installed: run `npm ci`")
def test_axe_finds_nothing_on_the_desk_home_and_the_story_form(browser, live_server, newsroom):
    base = live_server.url
    # axe is injected as an inline script, which the admin's policy forbids.
    context = browser.new_context(
        locale="vi-VN", viewport={"width": 1280, "height": 1000}, bypass_csp=True
    )
    context.set_default_timeout(TIMEOUT_MS)
    try:
        page = context.new_page()
        log_in(page, base, "bientap")
        found = {"trang bàn biên tập": axe_violations(page)}
        page.goto(change_url(base, newsroom["review"]))
        page.wait_for_function("() => window.editors && window.editors.id_body")
        page.locator(".story-previews").wait_for()
        found["biểu mẫu bài viết"] = axe_violations(page)
        page.goto(f"{base}/admin/articles/article/add/")
        page.wait_for_function("() => window.editors && window.editors.id_body")
        found["bài mới"] = axe_violations(page)
    finally:
        context.close()
    for name, violations in found.items():
        assert violations == [], f"{name}:\n" + describe_violations(violations)
