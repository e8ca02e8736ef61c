"""The "Gợi ý tự động" panel on the text_story form, through the admin as a browser uses it.

Editors who curate see the engine's suggestions with score and reasons, and
pin or exclude one with a click; everyone else sees no panel and is refused
by the server whatever they post. A bad id is answered with a Vietnamese
message, never a server error.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone

from articles.models import ArticleLink, ExcludedRelated, PinnedRelated, RelatedResult
from articles.querysets import Status
from tests.desk import EDITOR, JOURNALIST, change_url, form_values, member, messages_of, page
from tests.stories import FOOTBALL as FOOTBALL_STORIES
from tests.stories import WAGES

pytestmark = pytest.mark.django_db

FOOTBALL = FOOTBALL_STORIES[0]
TAGS = ("Công đoàn", "Tiền lương")


def curate_url(article) -> str:
    return f"/admin/articles/article/{article.pk}/goi-y/"


@pytest.fixture
def wages(text_story):
    stories = [text_story(text, tags=TAGS) for text in WAGES]
    text_story(FOOTBALL, tags=("Bóng đá",))
    return stories


@pytest.fixture
def editor_client() -> Client:
    client = Client()
    client.force_login(member(EDITOR, "bientap-lienquan"))
    return client


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    """POST and run what the request left for after its commit (the related update)."""

    def send(client: Client, url: str, data: dict):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data)

    return send


def panel_rows(response) -> dict[str, dict]:
    """The panel's suggestions by title: score, reasons, state and enabled buttons."""
    doc = page(response)
    rows = {}
    for tr in doc.xpath("//*[@id='related-suggestions']//tr[@data-target]"):
        cells = tr.xpath("./td")
        rows[tr.xpath(".//a")[0].text_content().strip()] = {
            "pk": int(tr.get("data-target")),
            "score": cells[1].text_content().strip(),
            "reasons": cells[2].text_content().strip(),
            "state": " ".join(tr.xpath(".//*[@class='related-state']")[0].text_content().split()),
            "buttons": [b.text_content().strip() for b in tr.xpath(".//button[not(@disabled)]")],
        }
    return rows


def test_editor_sees_suggestions_with_score_and_reasons(editor_client, wages):
    source, *others = wages
    response = editor_client.get(change_url(source))
    doc = page(response)
    assert doc.xpath("//*[@id='related-suggestions']//h2")[0].text_content() == "Gợi ý tự động"
    rows = panel_rows(response)
    assert set(rows) == {a.title for a in others}  # never itself, never the football text_story
    for row in rows.values():
        assert "2 thẻ chung: " in row["reasons"] and "cùng chuyên mục" in row["reasons"]
        assert "từ chung" in row["reasons"]
        assert row["score"].replace(",", "").isdigit()  # "0,42": Vietnamese decimals
        assert row["buttons"] == ["Ghim", "Loại"]
    # The best suggestion comes first.
    scores = [float(r["score"].replace(",", ".")) for r in rows.values()]
    assert scores == sorted(scores, reverse=True)


def test_panel_buttons_post_their_own_form_not_the_story_form(editor_client, wages):
    """A click must not submit (or half save) the text_story and what is typed in it."""
    source = wages[0]
    response = editor_client.get(change_url(source))
    doc = page(response)
    curation_form = doc.get_element_by_id("related-curation-form")
    assert curation_form.get("action") == curate_url(source)
    assert curation_form.get("method") == "post"
    assert curation_form.xpath("./input[@name='csrfmiddlewaretoken']")
    assert not curation_form.xpath("ancestor::form")
    buttons = doc.xpath("//*[@id='related-suggestions']//button")
    assert buttons and {b.get("form") for b in buttons} == {"related-curation-form"}
    # What the text_story form submits when saved carries no pin or exclude.
    assert not {"pin", "exclude"} & set(form_values(response))
    # The script that turns clicks into inline rows is loaded from a file (CSP).
    assert doc.xpath("//script[contains(@src, 'js/related-curation.js')]")
    assert not [s for s in doc.xpath("//script[not(@src)]") if "related" in (s.text or "")]


def test_pin_adds_a_pinned_story_at_the_end_of_the_pins(editor_client, wages, post):
    source, first, second, third = wages
    PinnedRelated.objects.create(source=source, target=third, position=4)
    response = post(editor_client, curate_url(source), {"pin": first.pk})
    assert response.status_code == 302
    assert response["Location"] == change_url(source)
    pins = list(
        PinnedRelated.objects.filter(source=source)
        .order_by("position")
        .values_list("target_id", "position")
    )
    assert pins == [(third.pk, 4), (first.pk, 5)]
    followed = editor_client.get(response["Location"])
    assert messages_of(followed) == [
        f"Đã ghim “{first.title}” vào cuối danh sách “Có thể bạn quan tâm”."
    ]
    rows = panel_rows(followed)
    assert rows[first.title]["state"] == "Đang được ghim"
    assert rows[first.title]["buttons"] == ["Loại"]
    # Pinning twice keeps one pin and says so.
    response = post(editor_client, curate_url(source), {"pin": first.pk})
    assert PinnedRelated.objects.filter(source=source, target=first).count() == 1
    assert messages_of(editor_client.get(response["Location"])) == [
        f"“{first.title}” đã được ghim từ trước."
    ]


def test_a_pin_after_the_highest_position_gets_a_message(editor_client, wages, post):
    """The last pin at the highest position the column holds (32767 on
    PostgreSQL): "the end of the pins" was one more, which the database refused,
    and the editor read "reload and try again", which could never help."""
    from django.db import connection

    highest = connection.ops.integer_field_range("PositiveSmallIntegerField")[1]
    source, first, _second, third = wages
    PinnedRelated.objects.create(source=source, target=third, position=highest)
    response = post(editor_client, curate_url(source), {"pin": first.pk})
    assert response.status_code == 302
    assert response["Location"] == change_url(source)
    assert messages_of(editor_client.get(response["Location"])) == [
        f"Không ghim được “{first.title}”: không còn vị trí nào sau {highest}. "
        "Hãy đánh lại số nhỏ hơn cho các bài đã ghim trong biểu mẫu."
    ]
    assert list(PinnedRelated.objects.filter(source=source).values_list("target", flat=True)) == [
        third.pk
    ]


def test_exclude_adds_an_exclusion_and_drops_the_suggestion(editor_client, wages, post):
    source, first, second, _third = wages
    assert RelatedResult.objects.filter(source=source, target=second).exists()
    response = post(editor_client, curate_url(source), {"exclude": second.pk})
    assert response.status_code == 302
    assert ExcludedRelated.objects.filter(source=source, target=second).exists()
    # The engine was asked again and leaves the excluded text_story out of its list.
    assert not RelatedResult.objects.filter(source=source, target=second).exists()
    followed = editor_client.get(response["Location"])
    assert messages_of(followed) == [
        f"Đã loại “{second.title}”: bài sẽ không được gợi ý cho bài viết này."
    ]
    assert second.title not in panel_rows(followed)
    assert first.title in panel_rows(followed)


def test_latest_decision_wins_between_pin_and_exclude(editor_client, wages, post):
    source, first, *_ = wages
    post(editor_client, curate_url(source), {"pin": first.pk})
    response = post(editor_client, curate_url(source), {"exclude": first.pk})
    assert list(ArticleLink.objects.filter(source=source).values_list("kind", flat=True)) == [
        "exclude"
    ]
    # The pin's message, not read yet, then the exclusion's.
    assert messages_of(editor_client.get(response["Location"]))[-1] == (
        f"Đã loại “{first.title}”: bài sẽ không được gợi ý cho bài viết này. "
        "Bài cũng đã được bỏ ghim."
    )
    post(editor_client, curate_url(source), {"pin": first.pk})
    assert list(ArticleLink.objects.filter(source=source).values_list("kind", flat=True)) == ["pin"]
    assert RelatedResult.objects.filter(source=source, target=first).exists()


def test_journalist_sees_no_panel_and_is_refused(client, wages, make_article, post):
    user = member(JOURNALIST, "phongvien-lienquan")
    # Even holding the link models' permissions: curate_article decides.
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="articles",
            codename__in=["add_pinnedrelated", "add_excludedrelated", "change_pinnedrelated"],
        )
    )
    own = make_article(title="Bản nháp về tiền lương công đoàn", status=Status.DRAFT)
    own.created_by = user
    own.save()
    client.force_login(user)
    response = client.get(change_url(own))
    assert response.status_code == 200
    assert b"related-suggestions" not in response.content
    assert b"related-curation-form" not in response.content
    for data in ({"pin": wages[1].pk}, {"exclude": wages[2].pk}):
        assert post(client, curate_url(own), data).status_code == 403
        assert post(client, curate_url(wages[0]), data).status_code == 403
    assert not ArticleLink.objects.exists()


def test_anonymous_post_goes_to_the_login_page(wages):
    response = Client().post(curate_url(wages[0]), {"pin": wages[1].pk})
    assert response.status_code == 302 and "/login/" in response["Location"]
    assert not ArticleLink.objects.exists()


def test_get_on_the_action_is_refused(editor_client, wages):
    response = editor_client.get(curate_url(wages[0]), {"pin": wages[1].pk})
    assert response.status_code == 405
    assert not ArticleLink.objects.exists()


def test_post_without_csrf_token_is_refused(wages):
    client = Client(enforce_csrf_checks=True)
    client.force_login(member(EDITOR, "bientap-csrf"))
    response = client.post(curate_url(wages[0]), {"pin": wages[1].pk})
    assert response.status_code == 403
    assert not ArticleLink.objects.exists()


@pytest.mark.parametrize(
    "data",
    [
        {"pin": "abc"},
        {"pin": ""},
        {"exclude": "-3"},
        {"pin": "999999"},
        {"exclude": "9" * 40},  # more than any database column holds
        {"pin": "²"},  # a digit to str.isdigit(), not to int()
        {"pin": "1", "exclude": "2"},
        {},
    ],
)
def test_bad_target_gets_a_vietnamese_message(editor_client, wages, post, data):
    source = wages[0]
    response = post(editor_client, curate_url(source), data)
    assert response.status_code == 302
    assert response["Location"] == change_url(source)
    [message] = messages_of(editor_client.get(response["Location"]))
    assert message.startswith(("Không tìm thấy bài được chọn", "Hãy bấm “Ghim” hoặc “Loại”"))
    assert not ArticleLink.objects.exists()


def test_only_stories_readers_can_open_may_be_linked(editor_client, wages, make_article, post):
    source = wages[0]
    draft = make_article(title="Bản nháp tiền lương", status=Status.DRAFT)
    scheduled = make_article(title="Bài hẹn giờ", published_at=timezone.now() + timedelta(days=1))
    for target in (draft, scheduled):
        response = post(editor_client, curate_url(source), {"pin": target.pk})
        [message] = messages_of(editor_client.get(response["Location"]))
        assert "chưa đăng nên không thể liên kết" in message
    response = post(editor_client, curate_url(source), {"exclude": source.pk})
    assert messages_of(editor_client.get(response["Location"])) == [
        "Không thể liên kết bài viết với chính nó."
    ]
    assert not ArticleLink.objects.exists()


@pytest.mark.parametrize("object_id", ["999999", "abc", "9" * 40])
def test_unknown_story_gets_a_vietnamese_message(editor_client, wages, post, object_id):
    response = post(
        editor_client, f"/admin/articles/article/{object_id}/goi-y/", {"pin": wages[1].pk}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/articles/article/"
    assert messages_of(editor_client.get(response["Location"])) == [
        "Không tìm thấy bài viết này; có thể bài đã bị xoá."
    ]
    assert not ArticleLink.objects.exists()


def test_story_without_suggestions_says_so(editor_client, make_article):
    lonely = make_article(title="Một bài không giống bài nào")
    doc = page(editor_client.get(change_url(lonely)))
    [empty] = doc.xpath("//*[@id='related-suggestions']//*[@class='related-empty']")
    assert empty.text_content().startswith("Chưa có gợi ý tự động cho bài này.")
