"""A story's life in a real browser: a journalist writes it with a captioned
photo and submits it for review, an editor publishes it, a reader sees it.

Everything goes through the pages people use: the admin login, the select2
section picker, the CKEditor 5 editable and its upload button, the caption
and alt-text tools of the image toolbar, the workflow buttons ("Gửi duyệt",
"Xuất bản"), the desk's review queue, the changelist's "Xem trên trang" link
and the public story page. The database is only used to create the two
accounts in their newsroom roles and, at the end, to check what was stored.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Group, User
from PIL import Image as PILImage

from articles.models import Article, EventAction, Image, Section, Tag
from articles.querysets import Status
from articles.roles import EDITOR, JOURNALIST, ensure_roles

from .conftest import PASSWORD, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Hồ Gươm đón du khách trong sáng đầu đông"
LEAD = "Sáng nay, nhiều du khách đã dạo quanh Hồ Gươm dưới tiết trời se lạnh."
BODY_TEXT = "Từ sáng sớm, quanh hồ đã đông người tập thể dục."
CAPTION = "Du khách dạo quanh Hồ Gươm sáng 23/11"
ALT = "Mặt hồ và tháp Rùa trong sương sớm"


def staff(username: str, role: str, first_name: str) -> User:
    """An account in one of the newsroom's role groups, as an administrator makes it."""
    user = User.objects.create_user(
        username, password=PASSWORD, is_staff=True, first_name=first_name
    )
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def newsroom(db):
    ensure_roles()  # the transactional flush of an earlier test empties the groups
    section = Section.objects.create(name="Du lịch")
    Tag.objects.create(name="Du lịch Hà Nội")
    Tag.objects.create(name="Kinh tế")
    Section.objects.create(name="Kinh tế")
    journalist = staff("phongvien", JOURNALIST, "Thu Hà")
    editor = staff("bientap", EDITOR, "Thanh Hải")
    return {"section": section, "journalist": journalist, "editor": editor}


@pytest.fixture
def photo(tmp_path):
    """A real JPEG, as a journalist's camera would leave it on disk."""
    path = tmp_path / "Hồ Gươm sáng sớm.jpg"
    image = PILImage.new("RGB", (640, 400), (40, 110, 160))
    for x in range(0, 640, 40):  # some detail, so it is a photo and not a blank
        image.paste((200, 180, 60), (x, 150, x + 20, 250))
    image.save(path, "JPEG", quality=85)
    return path


def wait_for_success(page) -> str:
    message = page.locator("ul.messagelist li.success").first
    message.wait_for()
    return message.inner_text()


def test_journalist_writes_editor_publishes_reader_sees_captioned_photo(
    live_server, new_page, newsroom, photo
):
    base = live_server.url

    # --- the journalist writes the story ----------------------------------------
    page = new_page("phong-vien")
    log_in(page, base, "phongvien")
    page.locator('a[href$="/admin/articles/article/add/"]').first.click()
    page.wait_for_url(re.compile(r"/admin/articles/article/add/$"))
    assert page.locator("label[for=id_title]").inner_text() == "Tiêu đề:"

    page.locator("#id_title").fill(TITLE)
    page.locator("#id_lead").fill(LEAD)

    # The section is a select2 autocomplete fed by the admin's autocomplete view.
    page.locator("#id_section + .select2 .select2-selection").click()
    page.locator(".select2-container--open .select2-search__field").fill("Du")
    page.locator(".select2-results__option", has_text="Du lịch").click()
    assert page.locator("#id_section").input_value() == str(newsroom["section"].pk)

    # Tags: an existing one picked from the suggestions, a new one typed in full.
    tags = page.locator("#id_tags")
    tags.press_sequentially("du l")
    page.locator("ul.tag-suggest li", has_text="Du lịch Hà Nội").wait_for()
    tags.press("ArrowDown")
    tags.press("Enter")  # picks the suggestion; does not submit the form
    assert tags.input_value() == "Du lịch Hà Nội, "
    tags.press_sequentially("mùa đông")

    # The body, typed into CKEditor 5.
    editable = page.locator(".ck-editor__editable[contenteditable=true]")
    editable.click()
    page.keyboard.type(BODY_TEXT)
    page.keyboard.press("Enter")

    # The photo, through the toolbar's upload button (its hidden file input).
    upload_button = page.locator(".ck-toolbar .ck-file-dialog-button")
    assert upload_button.get_attribute("data-cke-tooltip-text") == "Tải hình ảnh lên từ máy tính"
    upload_button.locator("input[type=file]").set_input_files(photo)
    # Finished uploads carry the server's URL; the placeholder is gone.
    uploaded = editable.locator("figure.image img[src^='/media/photos/']")
    uploaded.wait_for()
    page.locator(".ck-editor__editable .ck-upload-placeholder-loader").wait_for(state="detached")
    src = uploaded.get_attribute("src")
    assert src.endswith(".jpg") and "ho-guom-sang-som-" in src

    # Its caption: select the photo, switch the caption on, type into it.
    uploaded.click()
    page.get_by_role("button", name="Hiện chú thích").click()
    caption = editable.locator("figure.image figcaption")
    caption.wait_for()
    caption.click()
    page.keyboard.type(CAPTION)

    # Its alt text, through the image toolbar's text-alternative form.
    uploaded.click()
    page.get_by_role("button", name="Đổi chữ alt của ảnh").click()
    alt_input = page.locator(".ck-text-alternative-form input[type=text]")
    alt_input.fill(ALT)
    alt_input.press("Enter")
    page.locator(".ck-text-alternative-form").wait_for(state="hidden")

    # The textarea the form posts holds the editor's HTML.
    textarea = page.locator("#id_body")
    assert CAPTION in textarea.input_value() and f'alt="{ALT}"' in textarea.input_value()

    # The same photo is the story's cover, picked from the library (the desk will
    # not publish a story without one).
    page.locator("#id_cover + .select2 .select2-selection").click()
    page.locator(".select2-results__option", has_text="ho-guom-sang-som-").click()
    assert page.locator("#id_cover").input_value() == str(Image.objects.get().pk)

    # A journalist may only keep a draft or submit it: no publishing on their form.
    # The status is shown, and changed by the button alone.
    assert page.locator(".field-status_now .readonly").inner_text() == "Bản nháp"
    assert page.locator("select#id_status").count() == 0
    assert page.locator("button[name=_workflow][value=publish]").count() == 0
    page.get_by_role("button", name="Gửi duyệt").click()
    assert TITLE in wait_for_success(page)
    submitted_row = page.locator("#result_list tbody tr", has_text=TITLE)
    assert submitted_row.locator(".status-badge").inner_text() == "Chờ duyệt"

    # --- the editor publishes it from the review queue -------------------------------
    page = new_page("bien-tap")
    log_in(page, base, "bientap")
    page.goto(f"{base}/admin/articles/article/")
    page.locator("nav.desk-queues a", has_text="Đang chờ duyệt").click()
    page.wait_for_url(re.compile(r"hang-doi=cho-duyet"))
    waiting = page.locator("#result_list tbody tr", has_text=TITLE)
    assert waiting.locator(".status-badge").inner_text() == "Chờ duyệt"
    waiting.locator("th a").click()
    page.wait_for_url(re.compile(r"/admin/articles/article/\d+/change/(\?|$)"))
    # The story as the journalist submitted it is in the editor, caption and all.
    page.locator(".ck-editor__editable figure.image figcaption", has_text=CAPTION).wait_for()
    assert page.locator("#id_status").input_value() == Status.REVIEW
    page.get_by_role("button", name="Xuất bản", exact=True).click()
    wait_for_success(page)
    page.goto(f"{base}/admin/articles/article/")
    row = page.locator("#result_list tbody tr", has_text=TITLE)
    assert row.locator(".status-badge").inner_text() == "Đã xuất bản"
    public_link = row.get_by_role("link", name="Xem trên trang")
    public_url = public_link.get_attribute("href")
    assert public_url.endswith(".html")

    # --- a reader opens it ----------------------------------------------------------
    page = new_page("doc-gia")
    response = page.goto(f"{base}{public_url}")
    assert response.status == 200
    assert page.locator("h1.story-title").inner_text() == TITLE
    assert page.locator(".story-lead").inner_text() == LEAD
    body = page.locator(".story-body")
    assert BODY_TEXT in body.inner_text()
    figure = body.locator("figure.image")
    assert figure.count() == 1
    # The body photo is served as a <picture> of the renditions made at upload.
    stem = src.rsplit("/", 1)[1].removesuffix(".jpg")
    assert figure.locator("picture source[type='image/avif']").count() == 1
    assert figure.locator("picture source[type='image/webp']").count() == 1
    image = figure.locator("picture img")
    assert image.get_attribute("src").startswith("/media/renditions/")
    assert stem in image.get_attribute("src")
    assert image.get_attribute("alt") == ALT
    assert figure.locator("figcaption").inner_text() == CAPTION
    # The cover shows the library's caption and alt text, typed once in the editor.
    cover = page.locator("figure.story-cover")
    assert cover.locator("img").get_attribute("alt") == ALT
    assert cover.locator("figcaption").inner_text() == CAPTION
    # A rendition is served and decodes in the reader's browser (which width and
    # format depends on the screen; none is wider than the 640-pixel original).
    # Body photos load lazily: the reader scrolls down to it first.
    image.scroll_into_view_if_needed()
    page.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    chosen = image.evaluate("img => img.currentSrc")
    assert re.search(rf"/{stem}-(320|480|640)\.(avif|webp|jpg)$", chosen), chosen

    # The library photo has the journalist as uploader and the caption typed for it.
    article = Article.objects.get(title=TITLE)
    assert article.created_by == newsroom["journalist"]
    assert article.updated_by == newsroom["editor"]
    assert article.is_live()
    decisions = article.events.order_by("at", "id").values_list("action", "actor__username")
    assert list(decisions) == [
        (EventAction.CREATED, "phongvien"),
        (EventAction.SUBMITTED, "phongvien"),
        (EventAction.PUBLISHED, "bientap"),
    ]
    assert sorted(article.tags.names()) == ["Du lịch Hà Nội", "mùa đông"]
    library = Image.objects.get()
    assert library.url == src
    assert library.uploaded_by == newsroom["journalist"]
    assert (library.width, library.height) == (640, 400)
    assert (library.caption, library.alt_text) == (CAPTION, ALT)


def test_editor_offers_only_what_the_body_keeps(live_server, new_page, newsroom):
    """What a journalist sees in the editor is what readers get: no feature
    whose markup the sanitizer strips is reachable, by toolbar or by typing."""
    page = new_page("bien-tap")
    log_in(page, live_server.url, "bientap")
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.wait_for_function("() => window.editors && window.editors.id_body")
    loaded = page.evaluate(
        """() => ['MediaEmbed', 'HtmlEmbed', 'SourceEditing', 'Markdown', 'FullPage',
                  'CodeBlock', 'Code', 'TodoList', 'Highlight', 'Style', 'ImageResize']
                 .filter(name => window.editors.id_body.plugins.has(name))"""
    )
    assert loaded == []
    accept = page.locator(".ck-file-dialog-button input[type=file]").get_attribute("accept")
    assert accept.split(",") == ["image/jpeg", "image/png", "image/gif", "image/webp", "image/avif"]
    # The toolbar speaks Vietnamese.
    assert page.get_by_role("button", name="Đậm").count() == 1

    editable = page.locator(".ck-editor__editable[contenteditable=true]")
    editable.click()
    for line in ("## Tiêu đề phụ", "```", "[ ] việc cần làm", "==đánh dấu== và `mã`"):
        page.keyboard.type(line)
        page.keyboard.press("Enter")
    data = page.locator("#id_body").input_value()
    # Markdown-like typing gives a heading (which we keep) and plain text otherwise.
    assert data.startswith("<h2>")
    for tag in ("<pre", "<code", "<mark", "todo-list", "<input"):
        assert tag not in data
