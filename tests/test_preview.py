"""Signed preview links, end to end: made on the desk, opened by anyone who has one.

An editor or the story's author makes the link through the admin page; an
anonymous reader opens it and sees the story as the live page will show it,
with a banner, never indexed, never cached. After its time, or once the desk
revokes every link of the story, it answers 410 with a page that says why. A
forged or mangled link is a plain 404, never a server error.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import lxml.html
import pytest
import time_machine
from django.core import signing
from django.test import Client

from articles import preview, workflow
from articles.models import Article, ArticleAuthor, EventAction
from articles.querysets import Status
from tests.desk import (
    change_url,
    client_for,
    messages_of,
    page,
    publishable,
)

BODY = (
    "<p>Đoạn mở đầu của bản nháp.</p>"
    '<figure class="image"><img src="/media/photos/anh-nhap.jpg" alt="Công nhân tan ca">'
    "<figcaption>Công nhân tan ca chiều 20/11</figcaption></figure>"
    "<p>Đoạn kết của bản nháp.</p>"
)
START = datetime(2025, 11, 20, 2, 0, tzinfo=UTC)  # 09:00 in Hà Nội


def links_url(article: Article) -> str:
    return f"/admin/articles/article/{article.pk}/xem-truoc/"


def make_link(client: Client, article: Article, days: int | str | None = None) -> str:
    """Press "Tạo liên kết xem trước" on the desk; the path of the link it shows."""
    data = {"action": "create"}
    if days is not None:
        data["days"] = str(days)
    response = client.post(links_url(article), data)
    link = page(response).get_element_by_id("preview-link").get("value")
    assert link.startswith("http://testserver/xem-truoc/")
    return urlsplit(link).path


def doc(response) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(response.content.decode())


def text(element) -> str:
    return " ".join(element.text_content().split())


def assert_private_and_noindex(response) -> None:
    cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
    assert {"private", "no-store", "no-cache", "max-age=0"} <= cache_control
    assert "noindex" in response["X-Robots-Tag"]
    robots = doc(response).xpath("//meta[@name='robots']/@content")
    assert robots and all("noindex" in value for value in robots)


def assert_gone(response, title: str) -> None:
    """410, with a page that says what happened and where to go, never the story."""
    assert response.status_code == 410
    gone = doc(response).xpath("//div[contains(@class, 'preview-gone')]")[0]
    assert text(gone.xpath("./h1")[0]) == title
    assert len(text(gone.xpath("./p")[0])) > 20
    assert gone.xpath(".//a/text()") == ["Về trang chủ"]
    assert "story-body" not in response.content.decode()
    assert_private_and_noindex(response)


@pytest.fixture
def draft(make_article, people, author) -> Article:
    article = make_article(
        title="Khu công nghiệp mở thêm nhà trẻ cho con công nhân",
        lead="Ba nhà trẻ mới nhận trẻ từ sáu tháng tuổi.",
        body=BODY,
        status=Status.DRAFT,
        tags=("Nhà trẻ", "Công nhân"),
        created_by=people["journalist"],
    )
    ArticleAuthor.objects.create(article=article, author=author, position=0)
    return article


@pytest.mark.django_db
def test_editor_and_author_make_links_an_anonymous_reader_sees_the_live_page(draft, people):
    reader = Client()
    assert reader.get(draft.get_absolute_url()).status_code == 404  # a draft is not public

    for maker in ("editor", "journalist"):
        desk = client_for(people[maker])
        # The story form offers the page; the page makes the link.
        form = page(desk.get(change_url(draft)))
        assert form.xpath(f"//a[@href='{links_url(draft)}']")
        path = make_link(desk, draft)

        response = reader.get(path)
        assert response.status_code == 200
        assert "articles/article.html" in [t.name for t in response.templates]
        shown = doc(response)
        banner = text(shown.xpath("//div[@class='preview-banner']")[0])
        assert banner.startswith("Bản xem trước — bài chưa đăng")
        assert text(shown.xpath("//h1[@class='story-title']")[0]) == draft.title
        assert text(shown.xpath("//p[@class='story-lead']")[0]) == draft.lead
        body = shown.xpath("//div[@class='story-body']")[0]
        assert body.xpath(".//figcaption")[0].text == "Công nhân tan ca chiều 20/11"
        assert body.xpath(".//img/@alt") == ["Công nhân tan ca"]
        assert sorted(shown.xpath("//ul[@class='tags']//a/text()")) == ["Công nhân", "Nhà trẻ"]
        assert shown.xpath("//p[@class='byline']/a/text()") == ["Nguyễn Thu Hà"]
        assert_private_and_noindex(response)
        # No canonical link or structured data that would invite indexing.
        assert not shown.xpath("//link[@rel='canonical']")
        assert response.get("Referrer-Policy") == "no-referrer"

    made = draft.events.filter(action=EventAction.PREVIEW_CREATED)
    assert sorted(e.actor.username for e in made) == ["bientap", "phongvien"]

    # Published, the story's live page and its preview show the same story.
    live = workflow.publish(publishable(draft), people["editor"])
    live_page = reader.get(live.get_absolute_url())
    preview_page = reader.get(path)
    assert live_page.status_code == preview_page.status_code == 200

    def story(response) -> bytes:
        return lxml.html.tostring(doc(response).xpath("//article[contains(@class, 'story')]")[0])

    assert story(preview_page) == story(live_page)
    banner = text(doc(preview_page).xpath("//div[@class='preview-banner']")[0])
    assert banner.startswith("Bản xem trước — bài đã đăng")
    assert_private_and_noindex(preview_page)
    assert not doc(live_page).xpath("//div[@class='preview-banner']")


@pytest.mark.django_db
def test_a_link_works_until_its_time_then_answers_410(draft, people):
    reader = Client()
    with time_machine.travel(START, tick=False):
        desk = client_for(people["editor"])
        week = make_link(desk, draft)  # the default: seven days
        day = make_link(desk, draft, days=1)
        odd = make_link(desk, draft, days="²")  # not a choice: the default
        response = reader.get(week)
        assert "Liên kết dùng được đến 09:00 27/11/2025." in text(
            doc(response).xpath("//div[@class='preview-banner']")[0]
        )

    with time_machine.travel(START + timedelta(days=1, minutes=1), tick=False):
        assert_gone(reader.get(day), "Liên kết xem trước đã hết hạn")
        assert reader.get(week).status_code == 200

    with time_machine.travel(START + timedelta(days=7, minutes=-1), tick=False):
        assert reader.get(week).status_code == 200
        assert reader.get(odd).status_code == 200

    with time_machine.travel(START + timedelta(days=7, minutes=1), tick=False):
        response = reader.get(week)
        assert_gone(response, "Liên kết xem trước đã hết hạn")
        assert "Liên kết này chỉ dùng được trong một thời gian nhất định" in (
            response.content.decode()
        )
        assert_gone(reader.get(odd), "Liên kết xem trước đã hết hạn")


@pytest.mark.django_db
def test_revoking_on_the_desk_voids_every_link_made_before(draft, people):
    reader = Client()
    author = client_for(people["journalist"])
    before = [make_link(author, draft), make_link(client_for(people["editor"]), draft, days=30)]
    assert all(reader.get(path).status_code == 200 for path in before)

    response = author.post(links_url(draft), {"action": "revoke"}, follow=True)
    assert response.redirect_chain[-1][0] == links_url(draft)
    assert "Đã thu hồi mọi liên kết xem trước của bài này." in messages_of(response)
    for path in before:
        assert_gone(reader.get(path), "Liên kết xem trước đã bị thu hồi")

    # A link made after the revocation works; the story itself did not change.
    after = make_link(author, draft)
    assert reader.get(after).status_code == 200
    stored = Article.objects.get(pk=draft.pk)
    assert stored.version == draft.version and stored.title == draft.title
    revoked = stored.events.get(action=EventAction.PREVIEW_REVOKED)
    assert revoked.actor == people["journalist"]


@pytest.mark.django_db
def test_forged_or_mangled_links_are_a_clear_404_never_a_server_error(draft, people):
    reader = Client()
    path = make_link(client_for(people["editor"]), draft)
    token = path.removeprefix("/xem-truoc/").rstrip("/")
    swapped = "A" if token[-1] != "A" else "B"
    signer = signing.TimestampSigner(salt=preview.SALT)
    forged = [
        token[:-1] + swapped,  # one character of the signature changed
        token[:-10],  # cut short
        token.replace(":", "", 1),
        "khong-phai-lien-ket",
        "a" * 3000,
        signing.TimestampSigner(salt="another.salt").sign_object(
            {"a": draft.pk, "k": draft.preview_key, "d": 7}
        ),
        # Signed with the site's key but not a link the desk makes.
        signer.sign_object({"a": draft.pk}),
        signer.sign_object({"a": "một", "k": draft.preview_key, "d": 7}),
        signer.sign_object({"a": draft.pk, "k": draft.preview_key, "d": "bảy"}),
        signer.sign_object([draft.pk, draft.preview_key, 7]),
        signer.sign_object("chuỗi"),
    ]
    for bad in forged:
        response = reader.get(f"/xem-truoc/{bad}/")
        assert response.status_code == 404, bad
        shown = doc(response)
        assert text(shown.xpath("//h1")[0]) == "Không tìm thấy trang"
        assert "noindex" in shown.xpath("//meta[@name='robots']/@content")[0]
    assert reader.get(path).status_code == 200  # the real one still works

    # A real link to a story deleted since: gone, and it says so.
    Article.objects.filter(pk=draft.pk).delete()
    response = reader.get(path)
    assert_gone(response, "Bài viết không còn")


@pytest.mark.django_db
def test_a_journalist_who_is_not_the_author_cannot_make_or_revoke_links(draft, people):
    outsider = client_for(people["other"])
    key = draft.preview_key
    assert outsider.get(links_url(draft)).status_code == 404
    assert outsider.post(links_url(draft), {"action": "create"}).status_code == 404
    assert outsider.post(links_url(draft), {"action": "revoke"}).status_code == 404
    assert not draft.events.exists()
    assert Article.objects.get(pk=draft.pk).preview_key == key

    # Not signed in at all: the login page, no link.
    response = Client().post(links_url(draft), {"action": "create"})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert not draft.events.exists()


@pytest.mark.django_db
def test_the_preview_is_never_stored_in_the_page_cache(draft, people, settings):
    settings.PAGE_CACHE_SECONDS = 300
    reader = Client()
    path = make_link(client_for(people["editor"]), draft)
    first = reader.get(path)
    Article.objects.filter(pk=draft.pk).update(title="Tiêu đề đã sửa sau khi xem")
    second = reader.get(path)
    assert text(doc(second).xpath("//h1[@class='story-title']")[0]) == (
        "Tiêu đề đã sửa sau khi xem"
    )
    assert first["Cache-Control"] == second["Cache-Control"]
    assert_private_and_noindex(second)


def staff_preview_url(article: Article) -> str:
    return f"/admin/articles/article/{article.pk}/doc-thu/"


def test_the_desk_previews_a_story_in_one_click(draft, people):
    """ "Xem trước" on the story form opens the reader page at once; making a
    link first is only for people without an account."""
    for who in ("journalist", "editor"):
        desk = client_for(people[who])
        form = page(desk.get(change_url(draft)))
        (tool,) = form.xpath(f"//ul[@class='object-tools']//a[@href='{staff_preview_url(draft)}']")
        assert text(tool) == "Xem trước" and tool.get("target") == "_blank"
        sharing = form.xpath(f"//ul[@class='object-tools']//a[@href='{links_url(draft)}']")
        assert [text(a) for a in sharing] == ["Gửi liên kết xem trước"]

        response = desk.get(staff_preview_url(draft))
        assert response.status_code == 200
        shown = doc(response)
        banner = text(shown.xpath("//div[@class='preview-banner']")[0])
        assert banner == (
            "Bản xem trước — bài chưa đăng; chỉ người trong tòa soạn mở được trang này."
        )
        assert text(shown.xpath("//h1[@class='story-title']")[0]) == draft.title
        assert shown.xpath("//div[@class='story-body']//figcaption/text()") == [
            "Công nhân tan ca chiều 20/11"
        ]
        assert_private_and_noindex(response)
    assert not draft.events.exists()  # nothing to record: no link was made


def test_the_desk_preview_is_for_those_who_may_open_the_story(draft, people):
    assert client_for(people["other"]).get(staff_preview_url(draft)).status_code == 404
    response = Client().get(staff_preview_url(draft))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert client_for(people["journalist"]).post(staff_preview_url(draft)).status_code == 405
