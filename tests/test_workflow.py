"""The editorial workflow through the admin: submit, send back with a note,
publish, schedule, unpublish; the queues; the audit trail; and no lost edits."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from articles import presence, workflow
from articles.models import Article, EventAction
from articles.querysets import Status
from tests.desk import (
    ADD_URL,
    JOURNALIST,
    change_url,
    client_for,
    errors_of,
    fill,
    form_values,
    member,
    messages_of,
    page,
    press,
    publishable,
)

CHANGELIST = "/admin/articles/article/"


def actions(article: Article) -> list[str]:
    return list(article.events.order_by("at", "id").values_list("action", flat=True))


@pytest.mark.django_db
def test_submit_send_back_with_note_resubmit_publish(people, sections):
    reporter = client_for(people["journalist"])
    desk = client_for(people["editor"])

    # The journalist writes a story and submits it with the "Gửi duyệt" button.
    data = fill(
        form_values(reporter.get(ADD_URL)),
        {"title": "Công nhân khu công nghiệp được tăng ca", "section": sections["kinh_te"].pk},
    )
    data["_workflow"] = ["submit"]
    response = reporter.post(ADD_URL, data)
    assert response.status_code == 302, errors_of(response)
    article = Article.objects.get(title="Công nhân khu công nghiệp được tăng ca")
    assert article.status == Status.REVIEW
    assert actions(article) == [EventAction.CREATED, EventAction.SUBMITTED]

    # The editor's review queue has it.
    queue = desk.get(CHANGELIST, {"hang-doi": "cho-duyet"}).content.decode()
    assert article.title in queue

    # Sending back needs a note.
    response = press(desk, change_url(article), "send_back")
    assert "Hãy ghi chú lý do khi trả bài cho phóng viên." in errors_of(response)
    article.refresh_from_db()
    assert article.status == Status.REVIEW
    response = press(
        desk, change_url(article), "send_back", workflow_note="Thiếu nguồn số liệu ở đoạn 2."
    )
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Status.DRAFT

    # The journalist sees the note in the list, in the "Bị trả lại" queue and on the story.
    listing = reporter.get(CHANGELIST, {"hang-doi": "bi-tra-lai"}).content.decode()
    assert "Bị trả lại: Thiếu nguồn số liệu ở đoạn 2." in listing
    story = reporter.get(change_url(article)).content.decode()
    assert "Bài bị trả lại" in story and "Thiếu nguồn số liệu ở đoạn 2." in story

    # Fixed and submitted again; the editor publishes with the "Xuất bản" button.
    response = press(reporter, change_url(article), "submit", lead="Có số liệu của Sở.")
    assert response.status_code == 302, errors_of(response)
    publishable(article)  # a cover and a tag, for the pre-publish checklist
    response = press(desk, change_url(article), "publish")
    assert response.status_code == 302, errors_of(response)
    article.refresh_from_db()
    assert article.is_live() and article.updated_by == people["editor"]
    assert Client().get(article.get_absolute_url()).status_code == 200

    # Unpublished with the "Gỡ bài" button.
    response = press(desk, change_url(article), "unpublish")
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Status.UNPUBLISHED
    assert Client().get(article.get_absolute_url()).status_code == 404

    assert actions(article) == [
        EventAction.CREATED,
        EventAction.SUBMITTED,
        EventAction.SENT_BACK,
        EventAction.SUBMITTED,
        EventAction.PUBLISHED,
        EventAction.UNPUBLISHED,
    ]
    sent_back = article.events.get(action=EventAction.SENT_BACK)
    assert sent_back.actor == people["editor"]
    assert sent_back.note == "Thiếu nguồn số liệu ở đoạn 2."
    assert (sent_back.from_status, sent_back.to_status) == (Status.REVIEW, Status.DRAFT)

    # The history page shows who did what and when.
    doc = page(desk.get(f"/admin/articles/article/{article.pk}/history/"))
    rows = [
        [" ".join(cell.text_content().split()) for cell in row.xpath("./th|./td")]
        for row in doc.xpath("//table[@id='article-events']/tbody/tr")
    ]
    assert [row[2] for row in rows] == [
        "Gỡ bài",
        "Xuất bản",
        "Gửi duyệt",
        "Trả lại phóng viên",
        "Gửi duyệt",
        "Tạo bài",
    ]
    assert rows[3][1] == "Thanh Hải" and rows[3][3] == "Thiếu nguồn số liệu ở đoạn 2."
    assert rows[5][1] == "Thùy Linh"
    local = timezone.localtime(sent_back.at)
    assert rows[3][0] == f"{local:%H:%M %d/%m/%Y}"


@pytest.mark.django_db
def test_publishing_with_a_future_time_schedules(people, make_article):
    desk = client_for(people["editor"])
    article = publishable(make_article(title="Bài hẹn giờ", status=Status.REVIEW))
    when = timezone.localtime() + timedelta(days=1)
    response = press(
        desk,
        change_url(article),
        "publish",
        published_at_0=f"{when:%Y-%m-%d}",
        published_at_1="06:30",
    )
    assert response.status_code == 302, errors_of(response)
    article.refresh_from_db()
    assert article.is_scheduled()
    event = article.events.get()
    assert event.action == EventAction.SCHEDULED and event.published_at == article.published_at
    listing = page(desk.get(CHANGELIST, {"hang-doi": "da-len-lich"}))
    badge = listing.xpath("//span[contains(@class, 'status-badge')]")[0].text_content()
    assert badge == f"Đã lên lịch {timezone.localtime(article.published_at):%d/%m/%Y %H:%M}"


@pytest.mark.django_db
def test_list_actions_follow_the_rules(people, make_article):
    reporter_story = publishable(
        make_article(title="Bài chờ duyệt", status=Status.REVIEW, created_by=people["journalist"])
    )
    already_live = make_article(title="Bài đã đăng")
    desk = client_for(people["editor"])
    response = desk.post(
        CHANGELIST,
        {"action": "publish_selected", "_selected_action": [reporter_story.pk, already_live.pk]},
        follow=True,
    )
    notes = messages_of(response)
    assert "Đã xuất bản: 1 bài." in notes
    assert any("Bài đã đang hiển thị" in n for n in notes)
    reporter_story.refresh_from_db()
    assert reporter_story.is_live()
    assert actions(reporter_story) == [EventAction.PUBLISHED]

    # A journalist's list offers no publishing action, and posting one does nothing.
    draft = make_article(title="Nháp", status=Status.DRAFT, created_by=people["journalist"])
    reporter = client_for(people["journalist"])
    doc = page(reporter.get(CHANGELIST))
    offered = doc.xpath("//select[@name='action']/option/@value")
    assert "publish_selected" not in offered and "submit_selected" in offered
    reporter.post(CHANGELIST, {"action": "publish_selected", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT


@pytest.mark.django_db
def test_workflow_functions_refuse_what_the_role_may_not_do(people, make_article):
    draft = make_article(title="Nháp", status=Status.DRAFT, created_by=people["journalist"])
    with pytest.raises(workflow.WorkflowError):
        workflow.publish(draft, people["journalist"])
    workflow.submit(draft, people["journalist"])
    with pytest.raises(workflow.WorkflowError):  # theirs, but no longer editable
        workflow.submit(draft, people["journalist"])
    with pytest.raises(workflow.WorkflowError):  # a note is required
        workflow.send_back(Article.objects.get(pk=draft.pk), people["editor"], note=" ")
    workflow.send_back(Article.objects.get(pk=draft.pk), people["editor"], note="Viết lại sapo")
    assert Article.objects.get(pk=draft.pk).status == Status.DRAFT


# --- no lost edits ----------------------------------------------------------------------


@pytest.mark.django_db
def test_second_save_of_the_same_story_is_refused_and_keeps_what_was_typed(people, make_article):
    article = make_article(
        title="Hà Nội mở thêm tuyến buýt",
        lead="Sapo ban đầu.",
        body="<p>Đoạn một.</p><p>Đoạn hai.</p>",
        status=Status.DRAFT,
    )
    url = change_url(article)
    a, b = client_for(people["editor"]), client_for(people["editor2"])
    form_a, form_b = form_values(a.get(url)), form_values(b.get(url))
    assert form_a["opened_version"] == form_b["opened_version"] == [str(article.version)]

    response = a.post(
        url,
        fill(
            form_a,
            {
                "title": "Hà Nội mở thêm ba tuyến buýt điện",
                "body": "<p>Đoạn một.</p><p>Đoạn hai đã sửa bởi A.</p>",
            },
        ),
    )
    assert response.status_code == 302, errors_of(response)

    typed_by_b = "<p>Đoạn một.</p><p>Bản B viết lại <strong>toàn bộ</strong>.</p>"
    response = b.post(url, fill(form_b, {"lead": "Sapo của B.", "body": typed_by_b}))
    assert response.status_code == 200
    errors = errors_of(response)
    assert "Thanh Hải đã lưu bài này lúc" in errors and "sau khi bạn mở nó" in errors

    stored = Article.objects.get(pk=article.pk)
    assert stored.title == "Hà Nội mở thêm ba tuyến buýt điện"
    assert stored.lead == "Sapo ban đầu."
    assert stored.body == "<p>Đoạn một.</p><p>Đoạn hai đã sửa bởi A.</p>"

    # B's text is still in the form, and the panel shows what A changed.
    doc = page(response)
    assert doc.get_element_by_id("id_body").text_content().strip() == typed_by_b
    assert doc.get_element_by_id("id_lead").text_content().strip() == "Sapo của B."
    conflict = doc.xpath("//section[contains(@class, 'desk-conflict')]")[0]
    title_diff = conflict.xpath(".//div[contains(@class, 'diff-field')]")[0]
    assert title_diff.xpath("./h3")[0].text_content() == "Tiêu đề"
    added = " ".join(i.text_content() for i in title_diff.xpath(".//ins"))
    assert "ba" in added and "điện" in added
    assert "đã sửa bởi A." in " ".join(i.text_content() for i in conflict.xpath(".//ins"))
    assert "hai." in " ".join(d.text_content() for d in conflict.xpath(".//del"))
    # The lead was not changed by A: the panel says so rather than showing B's typing.
    lead_diff = conflict.xpath(".//div[contains(@class, 'diff-field')]")[1]
    assert "Không thay đổi." in lead_diff.text_content()

    # Saving again, having seen A's changes, is a deliberate replace.
    again = form_values(response)
    assert again["opened_version"] == [str(stored.version)]
    response = b.post(url, again)
    assert response.status_code == 302, errors_of(response)
    stored.refresh_from_db()
    assert stored.body == typed_by_b and stored.lead == "Sapo của B."
    # Three stored versions: the imported original, A's and B's.
    history = page(a.get(f"/admin/articles/article/{article.pk}/history/"))
    assert len(history.xpath("//table[@id='article-versions']/tbody/tr")) == 3


@pytest.mark.django_db
def test_a_save_without_the_opened_version_is_not_silently_accepted(people, make_article):
    article = make_article(title="Bài không có phiên bản", status=Status.DRAFT)
    client = client_for(people["editor"])
    data = form_values(client.get(change_url(article)))
    data.pop("opened_version")
    response = client.post(change_url(article), fill(data, {"title": "Ghi đè mù"}))
    assert "không cho biết bạn đã mở phiên bản nào" in errors_of(response)
    article.refresh_from_db()
    assert article.title == "Bài không có phiên bản"


# --- who else has the story open ------------------------------------------------------------


@pytest.mark.django_db
def test_editing_notice_names_the_other_person_and_expires(people, make_article):
    article = make_article(title="Bài đang mở", status=Status.DRAFT)
    url = change_url(article)
    a, b = client_for(people["editor"]), client_for(people["editor2"])
    first = page(a.get(url))
    notice = first.get_element_by_id("editing-presence")
    assert notice.get("hidden") is not None  # nobody else yet
    ping_url = notice.get("data-ping-url")
    assert notice.get("data-ping-seconds") == "60"

    second = page(b.get(url)).get_element_by_id("editing-presence")
    assert second.get("hidden") is None
    assert "đang được sửa bởi Thanh Hải" in " ".join(second.text_content().split())

    # A's page learns about B from its ping; the endpoint is staff-only and POST-only.
    assert a.post(ping_url).json() == {
        "others": [{"name": "Minh Châu", "since": f"{timezone.localtime():%H:%M}"}]
    }
    assert a.get(ping_url).status_code == 405
    assert Client().post(ping_url).status_code == 302  # to the login page
    outsider = client_for(member(JOURNALIST, "phongvien-ngoai"))
    assert outsider.post(ping_url).status_code == 404

    # Nobody pings for two minutes (tab closed): the note is gone by itself.
    with time_machine.travel(timezone.now() + timedelta(seconds=presence.TTL + 1)):
        assert a.post(ping_url).json() == {"others": []}


# --- login protection -------------------------------------------------------------------------


@pytest.mark.django_db
def test_admin_sessions_expire(settings, people):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    user = people["editor"]
    user.set_password("mat-khau-dai-123")
    user.save()
    client = Client()
    response = client.post(
        "/admin/login/?next=/admin/",
        {"username": "bientap", "password": "mat-khau-dai-123"},
        REMOTE_ADDR="203.0.113.9",
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
    later = timezone.now() + timedelta(seconds=settings.SESSION_COOKIE_AGE + 60)
    with time_machine.travel(later):
        response = client.get("/admin/")
        assert response.status_code == 302 and "/admin/login/" in response["Location"]


@pytest.mark.django_db
def test_publish_refuses_what_the_checklist_blocks_whoever_calls_it(people, make_article):
    """Not only the form: a script calling workflow.publish() gets the same refusal."""
    story = make_article(title="Bài chưa có ảnh", status=Status.REVIEW, published_at=None)
    with pytest.raises(workflow.WorkflowError, match="Chưa chọn ảnh đại diện"):
        workflow.publish(story, people["editor"])
    assert Article.objects.get(pk=story.pk).status == Status.REVIEW

    workflow.publish(publishable(story), people["editor"])
    assert Article.objects.live().filter(pk=story.pk).exists()


@pytest.mark.django_db
def test_who_may_only_read_a_story_is_not_named_as_editing_it(people, make_article):
    """The read-only form pings too: a journalist reading the story she submitted
    was shown to the reviewing editor as "đang được sửa bởi Thùy Linh"."""
    article = make_article(
        title="Bài đã gửi duyệt", status=Status.REVIEW, created_by=people["journalist"]
    )
    ping_url = f"/admin/articles/article/{article.pk}/editing/"
    editor, reporter = client_for(people["editor"]), client_for(people["journalist"])
    editor.get(change_url(article))
    reporter.get(change_url(article))  # read-only for her now
    assert reporter.post(ping_url).json() == {
        "others": [{"name": "Thanh Hải", "since": f"{timezone.localtime():%H:%M}"}]
    }
    assert editor.post(ping_url).json() == {"others": []}
    notice = page(editor.get(change_url(article))).get_element_by_id("editing-presence")
    assert notice.get("hidden") is not None
