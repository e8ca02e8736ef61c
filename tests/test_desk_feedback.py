"""What the desk tells each person after they act, and what it shows them.

Found walking the admin as a journalist and an editor: a submitted story
showed its body as raw HTML, the editor never saw the journalist's note,
a refused send-back lost its button, every button answered the same
"changed successfully", drafts had a "view on site" link to a 404, and
names read given name first.
"""

from __future__ import annotations

from datetime import timedelta

import lxml.html
from django.utils import timezone

from articles.models import Article, EventAction
from articles.querysets import Status
from tests.desk import (
    ADD_URL,
    change_url,
    client_for,
    errors_of,
    fill,
    form_values,
    messages_of,
    press,
    publishable,
)

CHANGELIST = "/admin/articles/article/"


def workflow_buttons(response) -> list[str]:
    doc = lxml.html.fromstring(response.content.decode())
    return [" ".join(b.text_content().split()) for b in doc.xpath("//button[@name='_workflow']")]


def test_a_submitted_story_reads_as_text_and_photos_for_its_journalist(people, make_article):
    story = make_article(
        status=Status.REVIEW,
        created_by=people["journalist"],
        body="<p>Đoạn <strong>một</strong>.</p><p>Đoạn hai.</p>",
    )
    html = client_for(people["journalist"]).get(change_url(story)).content.decode()
    assert "Đoạn <strong>một</strong>." in html
    assert "&lt;p&gt;" not in html and "&lt;strong&gt;" not in html


def test_the_editor_sees_what_the_journalist_wrote_when_submitting(people, sections):
    reporter, desk = client_for(people["journalist"]), client_for(people["editor"])
    data = fill(
        form_values(reporter.get(ADD_URL)),
        {
            "title": "Công nhân được tăng ca",
            "section": sections["kinh_te"].pk,
            "workflow_note": "Nhờ anh xem giúp số liệu ở đoạn 3.",
        },
    )
    data["_workflow"] = ["submit"]
    assert reporter.post(ADD_URL, data).status_code == 302
    story = Article.objects.get(title="Công nhân được tăng ca")

    form = desk.get(change_url(story)).content.decode()
    assert "Ghi chú khi gửi duyệt" in form and "Nhờ anh xem giúp số liệu ở đoạn 3." in form
    assert "Thùy Linh" in form
    queue = desk.get(CHANGELIST, {"hang-doi": "cho-duyet"}).content.decode()
    assert "Phóng viên ghi: Nhờ anh xem giúp số liệu ở đoạn 3." in queue


def test_a_refused_send_back_keeps_the_send_back_button(people, make_article):
    story = publishable(make_article(status=Status.REVIEW, created_by=people["journalist"]))
    desk = client_for(people["editor"])
    before = workflow_buttons(desk.get(change_url(story)))
    assert "Trả lại phóng viên" in before

    response = press(desk, change_url(story), "send_back")  # no note: refused
    assert "Hãy ghi chú lý do khi trả bài cho phóng viên." in errors_of(response)
    assert workflow_buttons(response) == before
    assert Article.objects.get(pk=story.pk).status == Status.REVIEW


def test_each_button_says_what_it_did(people, make_article):
    desk = client_for(people["editor"])
    story = publishable(make_article(status=Status.REVIEW, title="Giá điện tăng"))

    later = timezone.localtime(timezone.now() + timedelta(days=3)).replace(second=0, microsecond=0)
    response = press(
        desk,
        change_url(story),
        "publish",
        published_at_0=f"{later:%d/%m/%Y}",
        published_at_1=f"{later:%H:%M}",
    )
    assert response.status_code == 302, errors_of(response)
    notes = messages_of(desk.get(response.url))
    assert f"Đã hẹn giờ đăng bài “Giá điện tăng” lúc {later:%H:%M %d/%m/%Y}." in notes

    response = press(desk, change_url(story), "unpublish")
    assert response.status_code == 302, errors_of(response)
    assert "Đã gỡ bài “Giá điện tăng”: bạn đọc không còn xem được." in messages_of(
        desk.get(response.url)
    )

    # A plain save keeps Django's own sentence: nothing was decided.
    response = press(desk, change_url(story), "save", lead="Sapo mới.")
    assert not any(
        n.startswith("Đã hẹn") or n.startswith("Đã gỡ") for n in messages_of(desk.get(response.url))
    )


def test_view_on_site_only_for_what_readers_can_open(people, make_article):
    desk = client_for(people["editor"])
    live, draft = make_article(), make_article(status=Status.DRAFT)
    assert live.get_absolute_url() in desk.get(change_url(live)).content.decode()
    assert "viewsitelink" not in desk.get(change_url(draft)).content.decode()


def test_people_are_named_family_name_first(people, make_article):
    people["editor"].first_name, people["editor"].last_name = "Hải", "Nguyễn Thanh"
    people["editor"].save()
    desk = client_for(people["editor"])
    assert "Chào Nguyễn Thanh Hải." in desk.get("/admin/").content.decode()
    story = publishable(make_article(status=Status.REVIEW))
    press(desk, change_url(story), "publish")
    history = desk.get(f"{change_url(story).removesuffix('change/')}history/").content.decode()
    assert "Nguyễn Thanh Hải" in history and "Hải Nguyễn Thanh" not in history


def test_an_untouched_body_is_not_called_edited(people, make_article):
    story = publishable(
        make_article(status=Status.DRAFT, created_by=people["journalist"], body="<p>Nội dung.</p>")
    )
    reporter = client_for(people["journalist"])
    # The editor sends the body back with attributes the sanitizer drops.
    response = press(
        reporter, change_url(story), "submit", body='<p data-x="1" style="color:red">Nội dung.</p>'
    )
    assert response.status_code == 302, errors_of(response)
    event = story.events.filter(action=EventAction.SUBMITTED).first()
    assert event is not None
    history = reporter.get(f"{change_url(story).removesuffix('change/')}history/").content.decode()
    assert "sửa nội dung" not in history


def test_a_block_names_each_story_once_and_keeps_its_key(people, make_article):
    from articles.models import Block

    block = Block.objects.create(key=Block.MUST_SEE, name="Nên xem", size=6)
    story = make_article()
    desk = client_for(people["editor"])
    url = f"/admin/articles/block/{block.pk}/change/"
    data = form_values(desk.get(url), form_id="block_form")
    prefix = "items"
    data.update(
        {
            f"{prefix}-TOTAL_FORMS": ["2"],
            f"{prefix}-0-article": [str(story.pk)],
            f"{prefix}-0-position": ["1"],
            f"{prefix}-1-article": [str(story.pk)],
            f"{prefix}-1-position": ["2"],
            "key": ["doi-ten"],
        }
    )
    response = desk.post(url, data)
    assert response.status_code == 200
    assert "Bài viết này đã có trong danh sách." in errors_of(response)
    assert block.items.count() == 0

    data[f"{prefix}-TOTAL_FORMS"] = ["1"]
    response = desk.post(url, data)
    assert response.status_code == 302, errors_of(response)
    block.refresh_from_db()
    assert block.key == Block.MUST_SEE  # the key is not the editors' to rename
    assert list(block.items.values_list("article", flat=True)) == [story.pk]
    # The pages rely on it: it cannot be deleted, and the desk links to it.
    assert desk.get(f"/admin/articles/block/{block.pk}/delete/").status_code == 403
    assert url in desk.get("/admin/").content.decode()


def test_a_journalist_changes_status_with_the_buttons_only(people, sections, make_article):
    """One way to send a story: the "Gửi duyệt" button. The status is shown, not
    offered as a second menu beside it, and the server still checks what comes."""
    reporter = client_for(people["journalist"])
    form = lxml.html.fromstring(reporter.get(ADD_URL).content.decode())
    assert not form.xpath("//select[@name='status']")
    assert form.xpath("//input[@name='status']/@type") == ["hidden"]
    shown = form.xpath("//div[contains(@class, 'field-status_now')]//div[@class='readonly']")
    assert [" ".join(d.text_content().split()) for d in shown] == ["Bản nháp"]
    assert workflow_buttons(reporter.get(ADD_URL)) == ["Gửi duyệt"]

    story = make_article(status=Status.DRAFT, created_by=people["journalist"])
    assert press(reporter, change_url(story), "submit").status_code == 302
    story.refresh_from_db()
    assert story.status == Status.REVIEW
    # A forged status is refused: the field still offers a journalist's two only.
    draft = make_article(status=Status.DRAFT, created_by=people["journalist"])
    data = fill(form_values(reporter.get(change_url(draft))), {"status": Status.PUBLISHED})
    response = reporter.post(change_url(draft), data)
    assert response.status_code == 200
    assert "Hãy chọn một lựa chọn hợp lệ." in errors_of(response)
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


def test_an_editor_keeps_the_status_menu(people, make_article):
    story = make_article(status=Status.REVIEW)
    form = lxml.html.fromstring(
        client_for(people["editor"]).get(change_url(story)).content.decode()
    )
    options = form.xpath("//select[@name='status']/option/text()")
    assert options == ["Bản nháp", "Chờ duyệt", "Đã xuất bản", "Đã gỡ"]


def test_a_story_added_to_a_block_goes_last_unless_placed(people, make_article):
    """A new row's position starts blank: left so, the story goes after those
    already in the block (it used to be 0, ahead of every story placed 1, 2…)."""
    from articles.models import Block, BlockItem

    block = Block.objects.create(key=Block.MUST_SEE, name="Nên xem", size=6)
    first, second, newcomer, placed = (make_article(title=f"Bài {n}") for n in range(4))
    BlockItem.objects.create(block=block, article=first, position=1)
    BlockItem.objects.create(block=block, article=second, position=2)
    desk = client_for(people["editor"])
    url = f"/admin/articles/block/{block.pk}/change/"
    response = desk.get(url)
    (empty,) = lxml.html.fromstring(response.content).xpath("//input[@name='items-2-position']")
    assert empty.get("value") is None  # the new row: no position yet
    shown = form_values(response, form_id="block_form")

    data = fill(shown, {"items-2-article": str(newcomer.pk)})
    assert desk.post(url, data).status_code == 302
    order = list(block.items.values_list("article", flat=True))
    assert order == [first.pk, second.pk, newcomer.pk]

    data = fill(
        form_values(desk.get(url), form_id="block_form"),
        {"items-3-article": str(placed.pk), "items-3-position": "0"},
    )
    assert desk.post(url, data).status_code == 302
    order = list(block.items.values_list("article", flat=True))
    assert order == [placed.pk, first.pk, second.pk, newcomer.pk]


def test_a_story_added_after_the_last_position_a_column_holds_is_a_form_error(people, make_article):
    """A story placed at the highest position the column holds (32767 on
    PostgreSQL) and another added after it: "after the others" is a number the
    database refuses. The save used to fail there (DataError, OverflowError on
    SQLite) and come back as an empty form, losing what was typed; now the row
    says why and everything typed stays."""
    from django.db import connection

    from articles.models import Block, BlockItem

    highest = connection.ops.integer_field_range("PositiveSmallIntegerField")[1]
    block = Block.objects.create(key=Block.MUST_SEE, name="Nên xem", size=6)
    last, newcomer = make_article(title="Bài cuối"), make_article(title="Bài mới")
    BlockItem.objects.create(block=block, article=last, position=highest)
    desk = client_for(people["editor"])
    url = f"/admin/articles/block/{block.pk}/change/"
    shown = form_values(desk.get(url), form_id="block_form")
    data = fill(shown, {"name": "Nên xem hôm nay", "items-1-article": str(newcomer.pk)})
    response = desk.post(url, data)
    assert response.status_code == 200
    assert f"Không còn vị trí nào sau {highest}" in errors_of(response)
    assert form_values(response, form_id="block_form")["name"] == ["Nên xem hôm nay"]
    block.refresh_from_db()
    assert block.name == "Nên xem" and list(block.items.values_list("article", flat=True)) == [
        last.pk
    ]
