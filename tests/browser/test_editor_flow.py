"""A story's life in a real browser: a journalist writes it with a captioned
photo, an editor publishes it, a reader sees it.

Everything goes through the pages people use: the admin login, the select2
section picker, the CKEditor 5 editable and its upload button, the caption
and alt-text tools of the image toolbar, the save buttons, the changelist's
"Xem trên trang" link and the public story page. The database is only used to
create the two accounts and, at the end, to check the library photo.
"""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import Permission, User
from PIL import Image as PILImage

from articles.models import Article, Image, Section, Tag
from articles.querysets import Status

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "mat-khau-dai-123"
TITLE = "Hồ Gươm đón du khách trong sáng đầu đông"
LEAD = "Sáng nay, nhiều du khách đã dạo quanh Hồ Gươm dưới tiết trời se lạnh."
BODY_TEXT = "Từ sáng sớm, quanh hồ đã đông người tập thể dục."
CAPTION = "Du khách dạo quanh Hồ Gươm sáng 23/11"
ALT = "Mặt hồ và tháp Rùa trong sương sớm"

JOURNALIST_PERMS = [
    "add_article",
    "change_article",
    "view_article",
    "add_image",
    "view_section",
    "view_author",
    "view_tag",
]


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def newsroom(db):
    section = Section.objects.create(name="Du lịch")
    Tag.objects.create(name="Du lịch Hà Nội")
    Tag.objects.create(name="Kinh tế")
    Section.objects.create(name="Kinh tế")
    journalist = User.objects.create_user(
        "phongvien", password=PASSWORD, is_staff=True, first_name="Thu Hà"
    )
    journalist.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="articles", codename__in=JOURNALIST_PERMS
        )
    )
    editor = User.objects.create_superuser("bientap", password=PASSWORD)
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


def log_in(page, base_url: str, username: str) -> None:
    page.goto(f"{base_url}/admin/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#login-form [type=submit]").click()
    page.locator("#user-tools").wait_for()  # the admin greets whoever is signed in


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

    assert page.locator("#id_status").input_value() == Status.DRAFT
    page.locator("input[name=_save]").click()
    assert TITLE in wait_for_success(page)
    draft_row = page.locator("#result_list tbody tr", has_text=TITLE)
    assert draft_row.locator(".status-badge").inner_text() == "Bản nháp"

    # --- the editor publishes it --------------------------------------------------
    page = new_page("bien-tap")
    log_in(page, base, "bientap")
    page.goto(f"{base}/admin/articles/article/")
    page.locator("#result_list tbody th a", has_text=TITLE).click()
    page.wait_for_url(re.compile(r"/admin/articles/article/\d+/change/$"))
    # The story as the journalist saved it is in the editor, caption and all.
    page.locator(".ck-editor__editable figure.image figcaption", has_text=CAPTION).wait_for()
    page.locator("#id_status").select_option(label="Đã xuất bản")
    page.locator("input[name=_save]").click()
    wait_for_success(page)
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
    image = figure.locator("img")
    assert image.get_attribute("src") == src
    assert image.get_attribute("alt") == ALT
    assert figure.locator("figcaption").inner_text() == CAPTION
    # The photo itself is served and decodes in the reader's browser.
    page.wait_for_function(
        "img => img.complete && img.naturalWidth === 640", arg=image.element_handle()
    )

    # The library photo has the journalist as uploader and the caption typed for it.
    article = Article.objects.get(title=TITLE)
    assert article.created_by == newsroom["journalist"]
    assert article.updated_by == newsroom["editor"]
    assert article.is_live()
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
