"""The pre-publish checklist, enforced by the story form on the server."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from articles.checklist import body_photo_problems
from articles.models import ArticleLink, LinkKind
from articles.querysets import Status
from tests.desk import (
    EDITOR,
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
)

FIGURE = '<figure class="image"><img src="/media/a.jpg" alt="{alt}">{caption}</figure>'


def checklist_items(response) -> list[str]:
    doc = page(response)
    return [
        " ".join(li.text_content().split())
        for li in doc.xpath("//ul[contains(@class,'nonfield')]/li")
    ]


@pytest.fixture
def editor(db):
    return client_for(member(EDITOR, "bientap"))


@pytest.fixture
def ready_story(make_article, make_image):
    """A story with everything the checklist asks for, waiting for review."""

    def make(**changes):
        defaults = {
            "status": Status.REVIEW,
            "cover": make_image(caption="Công nhân nhận quà", alt="Công nhân cầm túi quà Tết"),
            "tags": ("công đoàn",),
            "body": "<p>Nội dung.</p>"
            + FIGURE.format(alt="Chợ hoa Tết", caption="<figcaption>Chợ hoa</figcaption>"),
        }
        return make_article(**{**defaults, **changes})

    return make


def test_an_incomplete_story_is_not_published_and_the_desk_is_told_why(editor, make_article):
    story = make_article(
        title="Bài thiếu đủ thứ",
        status=Status.REVIEW,
        lead="",
        body=FIGURE.format(alt="", caption="<figcaption> </figcaption>")
        + '<p><img src="/media/b.jpg" alt="Ảnh thứ hai"></p>',
    )
    response = press(editor, change_url(story), "publish")
    assert response.status_code == 200
    assert checklist_items(response) == [
        "Chưa thể xuất bản hoặc hẹn giờ bài này. Hãy hoàn thiện:",
        "Chưa chọn ảnh đại diện.",
        "Bài chưa có thẻ nào: cần ít nhất một thẻ.",
        "Chưa có sapo.",
        "2 ảnh trong bài chưa có chú thích.",
        "1 ảnh trong bài chưa có mô tả ảnh (alt).",
    ]
    story.refresh_from_db()
    assert story.status == Status.REVIEW


def test_cover_without_alt_blocks_until_the_library_photo_is_fixed(editor, ready_story):
    story = ready_story()
    story.cover.alt_text = ""
    story.cover.save()
    response = press(editor, change_url(story), "publish")
    assert any("Ảnh đại diện chưa có mô tả ảnh (alt)" in item for item in checklist_items(response))
    story.refresh_from_db()
    assert story.status == Status.REVIEW

    story.cover.alt_text = "Công nhân cầm túi quà Tết"
    story.cover.save()
    response = press(editor, change_url(story), "publish")
    assert response.status_code == 302, errors_of(response)
    story.refresh_from_db()
    assert story.is_live()


def test_cover_caption_may_come_from_the_story_or_the_library(editor, ready_story):
    story = ready_story()
    story.cover.caption = ""
    story.cover.save()
    response = press(editor, change_url(story), "publish")
    assert "Ảnh đại diện chưa có chú thích." in checklist_items(response)
    response = press(editor, change_url(story), "publish", cover_caption="Quà Tết cho công nhân")
    assert response.status_code == 302, errors_of(response)


def test_scheduling_is_checked_too(editor, ready_story):
    story = ready_story(tags=())
    when = timezone.localtime() + timedelta(days=1)
    response = press(
        editor,
        change_url(story),
        "publish",
        published_at_0=f"{when:%Y-%m-%d}",
        published_at_1="06:30",
    )
    assert "Bài chưa có thẻ nào: cần ít nhất một thẻ." in checklist_items(response)
    response = press(
        editor,
        change_url(story),
        "publish",
        tags="công đoàn",
        published_at_0=f"{when:%Y-%m-%d}",
        published_at_1="06:30",
    )
    assert response.status_code == 302, errors_of(response)
    story.refresh_from_db()
    assert story.is_scheduled()


def test_soft_issues_warn_after_publishing_without_blocking(editor, ready_story, make_article):
    story = ready_story(title="Tiêu đề rất dài " * 8)
    response = press(editor, change_url(story), "publish")
    assert response.status_code == 302, errors_of(response)
    notes = messages_of(editor.get(response["Location"]))
    assert any(n.startswith("Tiêu đề dài") and "nên dưới 100" in n for n in notes)
    assert "Bài chưa có tin liên quan nào được chọn." in notes

    with_related = ready_story(title="Bài có bài đọc thêm")
    ArticleLink.objects.create(source=with_related, target=make_article(), kind=LinkKind.PIN)
    response = press(editor, change_url(with_related), "publish")
    notes = messages_of(editor.get(response["Location"]))
    assert not any("Tiêu đề dài" in n or "tin liên quan" in n for n in notes)


def test_checklist_applies_only_when_a_story_goes_public(editor, make_article, db):
    # Saving a draft or submitting it is never blocked.
    journalist = member(JOURNALIST, "phongvien")
    reporter = client_for(journalist)
    own = make_article(title="Nháp chưa xong", status=Status.DRAFT, lead="", created_by=journalist)
    response = press(reporter, change_url(own), "submit")
    assert response.status_code == 302, errors_of(response)
    # Editing a story that is already live is not re-checked.
    live = make_article(title="Bài đã đăng từ trước")
    data = fill(form_values(editor.get(change_url(live))), {"title": "Sửa tiêu đề"})
    response = editor.post(change_url(live), data)
    assert response.status_code == 302, errors_of(response)


def test_body_photo_problems_counts_alt_and_captions():
    body = (
        FIGURE.format(alt="có alt", caption="<figcaption>Có chú thích</figcaption>")
        + FIGURE.format(alt="", caption="")
        + '<p><img src="/media/c.jpg"></p>'
    )
    assert body_photo_problems(body) == (2, 2)
    assert body_photo_problems("<p>Không ảnh</p>") == (0, 0)


def test_the_publish_list_action_runs_the_checklist_too(editor, ready_story, make_article):
    incomplete = make_article(title="Bài thiếu ảnh", status=Status.REVIEW, tags=("công đoàn",))
    ready = ready_story(title="Bài đủ điều kiện")
    response = editor.post(
        "/admin/articles/article/",
        {"action": "publish_selected", "_selected_action": [incomplete.pk, ready.pk]},
        follow=True,
    )
    notes = messages_of(response)
    assert "Đã xuất bản: 1 bài." in notes
    assert "“Bài thiếu ảnh”: chưa đủ điều kiện xuất bản: Chưa chọn ảnh đại diện." in notes
    incomplete.refresh_from_db()
    ready.refresh_from_db()
    assert incomplete.status == Status.REVIEW and ready.is_live()
