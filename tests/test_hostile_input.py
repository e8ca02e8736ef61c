"""Input no form or link of ours produces, and the answer each one gets.

Each case here was once a 500, a silent loss, or a story published at the
wrong time. The answer is always a message in Vietnamese (or a plain 400 or
404 for a URL nobody could have clicked), and what was saved stays saved.
"""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

import lxml.etree
import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404
from django.test import Client, RequestFactory
from PIL import Image as PILImage

from articles import renditions
from articles.images import check_image
from articles.media import serve_media
from articles.models import Article, Image
from articles.querysets import Status
from tests.desk import (
    EDITOR,
    JOURNALIST,
    change_url,
    client_for,
    errors_of,
    form_values,
    member,
    messages_of,
    page,
    press,
    publishable,
)

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
pytestmark = pytest.mark.usefixtures("no_page_cache")


@pytest.fixture
def editor(db):
    return client_for(member(EDITOR, "bientap"))


# -- dates ---------------------------------------------------------------------------


def test_a_date_typed_day_first_schedules_that_day(editor, make_article):
    story = publishable(make_article(status=Status.REVIEW))
    response = press(
        editor, change_url(story), "publish", published_at_0="05/12/2099", published_at_1="08:00"
    )
    assert response.status_code == 302, errors_of(response)
    story.refresh_from_db()
    # 5 December, not 12 May: the story is scheduled, not live.
    assert story.published_at == datetime(2099, 12, 5, 8, 0, tzinfo=HANOI)
    assert Client().get(story.get_absolute_url()).status_code == 404
    # The form shows it back the same way, and the calendar writes that way.
    shown = form_values(editor.get(change_url(story)))
    assert shown["published_at_0"] == ["05/12/2099"]


def test_a_date_the_calendar_cannot_hold_is_a_message(editor, make_article):
    story = publishable(make_article(status=Status.REVIEW))
    before = (story.version, story.published_at, story.status)
    response = press(
        editor, change_url(story), "publish", published_at_0="01/01/0001", published_at_1="00:00"
    )
    assert response.status_code == 200
    assert "Năm phải từ 1900 đến 2999." in errors_of(response)
    story.refresh_from_db()
    assert (story.version, story.published_at, story.status) == before


def test_sitemap_of_year_one_is_not_found(db):
    assert Client().get("/sitemap-articles-0001-01.xml").status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/admin/articles/article/?published_at__gte=0001-01-01",
        "/admin/articles/article/?published_at__lt=9999-12-31+23:59:59",
        "/admin/articles/article/?published_at__gte=10000-01-01",
        "/admin/articles/article/?published_at__year=1",
        "/admin/articles/article/?published_at__year=0",
        "/admin/articles/article/?published_at__range=2026-01-01,0001-01-01",
    ],
)
def test_a_filter_date_no_calendar_holds_is_a_message(editor, make_article, url):
    """Hand-made filter links: the list starts again, unfiltered, saying why,
    instead of OverflowError (SQLite), "timestamp out of range" (PostgreSQL) or
    the ValueError of a date hierarchy's year 9999 + 1."""
    story = make_article(status=Status.PUBLISHED, title="Bài vẫn còn trong danh sách")
    response = editor.get(url, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain == [(url.split("?")[0] + "?e=1", 302)]
    assert messages_of(response) == [
        "Bộ lọc có một ngày không hợp lệ (năm phải từ 1900 đến 2999), "
        "nên danh sách được hiển thị lại không lọc."
    ]
    assert story.title in page(response).text_content()


@pytest.mark.parametrize(
    "url",
    [
        "/admin/articles/image/?uploaded_at__gte=0001-01-01",
        "/admin/articles/image/?uploaded_at__lt=01/01/0001",
        "/admin/auth/user/?last_login__gte=0001-01-01",
        "/admin/django_tasks_database/dbtaskresult/?enqueued_at__lt=0001-01-01",
        "/admin/axes/accessattempt/?attempt_time__year=9999",
    ],
)
def test_every_admin_list_refuses_an_impossible_date(db, url):
    """Lists of other apps accept lookups on their own date fields too."""
    admin = client_for(User.objects.create_superuser("quantri", "qt@example.vn", "x"))
    response = admin.get(url, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain == [(url.split("?")[0] + "?e=1", 302)]
    assert messages_of(response)[0].startswith("Bộ lọc có một ngày không hợp lệ")


@pytest.mark.parametrize("query", ["published_at__year=2026&published_at__month=13", "p=-1"])
def test_lookups_django_cannot_read_restart_the_list(editor, query):
    response = editor.get(f"/admin/articles/article/?{query}", follow=True)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/admin/articles/article/?published_at__gte=2026-12-03+00%3A00%3A00%2B07%3A00",
        "/admin/articles/article/?published_at__year=2026&published_at__month=12",
        "/admin/articles/article/?q=05/12/0001",
    ],
)
def test_filters_the_desk_itself_makes_still_filter(editor, url):
    assert editor.get(url).status_code == 200


# -- text pasted with control characters ------------------------------------------------


def test_control_characters_are_cleaned_on_save(editor, make_article):
    story = make_article(status=Status.REVIEW)
    response = press(
        editor,
        change_url(story),
        "save",
        title="Công\x0bty may\x7f tăng lương",
        lead="Sapo\x1f mới",
    )
    assert response.status_code == 302, errors_of(response)
    story.refresh_from_db()
    # Word's manual line break (vertical tab) and the rest become spaces.
    assert (story.title, story.lead) == ("Công ty may tăng lương", "Sapo mới")


def test_a_nul_character_is_refused_in_vietnamese(editor, make_article):
    story = make_article(status=Status.REVIEW)
    response = press(editor, change_url(story), "save", title="Công\x00ty")
    assert response.status_code == 200
    assert "Không được phép có ký tự null." in errors_of(response)
    assert Article.objects.get(pk=story.pk).title == story.title


def test_feeds_and_news_sitemap_survive_control_characters_already_stored(make_article):
    story = make_article(tags=("công đoàn",))
    # As an old import could have stored it: past save() and its cleaning.
    Article.objects.filter(pk=story.pk).update(
        title="Công\x0bty tăng lương\x7f", lead="Sapo\x1b có ký tự lạ"
    )
    for url in ("/rss/", "/rss/cong-doan.rss", "/sitemap-news.xml"):
        response = Client().get(url)
        assert response.status_code == 200, url
        lxml.etree.fromstring(response.content)  # well-formed XML, or this raises
        assert "Côngty tăng lương".encode() in response.content, url


# -- numbers in URLs and forms ----------------------------------------------------------


@pytest.mark.parametrize("number", ["²", "①", "١", "99999999999999999999", "-1", "1e3"])
def test_listings_read_any_page_number_as_a_page(make_article, number):
    make_article(tags=("công đoàn",))
    for url in ("/cong-doan/", "/cong-doan/hoat-dong/", "/tag/cong-doan/", "/tim-kiem/?q=công"):
        joiner = "&" if "?" in url else "?"
        assert Client().get(f"{url}{joiner}page={number}").status_code == 200, url


def test_the_read_beacon_takes_an_id_as_text_or_form_and_nothing_else(make_article):
    story = make_article()
    reader = Client()
    assert reader.post("/luot-doc/", str(story.pk), content_type="text/plain").status_code == 204
    assert reader.post("/luot-doc/", {"id": str(story.pk)}).status_code == 204
    assert reader.post("/luot-doc/", "²", content_type="text/plain").status_code == 400
    assert reader.post("/luot-doc/", {"id": "²"}).status_code == 400
    assert (
        reader.post("/luot-doc/", " " * 20 + "&id=²", content_type="text/plain").status_code == 400
    )


@pytest.mark.parametrize("value", ["abc", "²", "99999999999999999999"])
@pytest.mark.parametrize("field", ["section", "cover"])
def test_a_nonsense_choice_in_a_picker_is_a_form_error(editor, make_article, field, value):
    story = publishable(make_article(status=Status.REVIEW))
    response = press(editor, change_url(story), "save", **{field: value})
    assert response.status_code == 200
    assert "Hãy chọn một lựa chọn hợp lệ" in errors_of(response)
    assert Article.objects.get(pk=story.pk).version == story.version


def test_nul_in_a_query_string_is_a_bad_request(db):
    journalist = client_for(member(JOURNALIST, "phongvien"))
    for client, url in (
        (Client(), "/tim-kiem/?q=a%00"),
        (Client(), "/tim-kiem/?q=công&page=%00"),
        (Client(), "/tim-kiem/?q=công&tu=1/1/%00"),
        (journalist, "/admin/articles/article/tag-suggest/?q=a%00"),
        (
            journalist,
            "/admin/autocomplete/?app_label=articles&model_name=article&field_name=cover&term=%00",
        ),
    ):
        response = client.get(url)
        assert response.status_code == 400, url
        assert "Yêu cầu không hợp lệ" in response.content.decode()


# -- lengths ----------------------------------------------------------------------------------


def test_a_pasted_chapter_is_not_a_lead(editor, make_article):
    story = make_article(status=Status.REVIEW)
    response = press(editor, change_url(story), "save", lead="chữ " * 400)
    assert response.status_code == 200
    assert "1000" in errors_of(response)
    assert Article.objects.get(pk=story.pk).lead == story.lead


def test_a_long_alt_text_typed_in_the_editor_fits_the_library(make_article, make_image):
    photo = make_image(alt="", caption="")
    journalist = member(JOURNALIST, "phongvien")
    story = make_article(status=Status.DRAFT, created_by=journalist)
    body = (
        f'<figure class="image"><img src="{photo.file.url}" alt="{"Công nhân " * 40}">'
        "<figcaption>Chú thích</figcaption></figure>"
    )
    response = press(client_for(journalist), change_url(story), "save", body=body)
    assert response.status_code == 302, errors_of(response)
    photo.refresh_from_db()
    assert 0 < len(photo.alt_text) <= 300 and photo.alt_text.startswith("Công nhân")


def test_a_username_longer_than_any_account_is_refused_before_lookup(db):
    response = Client().post("/admin/login/", {"username": "a" * 300, "password": "x"})
    assert response.status_code == 200
    assert AccessAttempt.objects.count() == 0
    assert page(response).xpath("//*[contains(@class, 'errornote') or @class='errorlist']")


def test_a_media_name_the_file_system_refuses_is_not_found():
    request = RequestFactory().get("/media/x")
    response = serve_media(request, "a" * 5000 + ".jpg")
    assert response.status_code == 200  # the neutral placeholder, as for any missing photo
    assert response["Content-Type"] == "image/svg+xml"
    with pytest.raises(Http404):
        serve_media(request, "a" * 5000 + ".txt")


# -- photos of odd shapes -------------------------------------------------------------------


def png(width: int, height: int) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    PILImage.new("RGB", (width, height), (40, 90, 120)).save(buffer, "PNG")
    return SimpleUploadedFile("dai.png", buffer.getvalue(), content_type="image/png")


@pytest.mark.parametrize("size, code", [((10, 300), "too_tall"), ((30000, 1), "too_wide")])
def test_a_strip_is_refused_with_a_reason(size, code):
    with pytest.raises(ValidationError) as refused:
        check_image(png(*size))
    assert refused.value.code == code
    assert "Hãy cắt ảnh thành nhiều phần" in " ".join(refused.value.messages)


def test_a_long_infographic_gets_every_copy_a_format_can_hold(db):
    photo = Image(caption="Đồ họa", alt_text="Đồ họa dài")
    upload = png(1000, 17000)
    check_image(upload)  # tall, yet within what is accepted
    photo.file.save("do-hoa.png", upload, save=False)
    photo.save()
    assert renditions.generate(photo, force=True)
    sizes = photo.renditions["sizes"]
    assert sizes and all(height <= renditions.MAX_SIDE for _width, height in sizes)
    assert [1000, 17000] not in sizes  # its own width would be too tall for WebP


# -- hand-made admin input: filters typed into a list's URL, ids no form sends ------

TWENTY_DIGITS = "9" * 20


@pytest.mark.parametrize(
    "query",
    [
        "id__range=1",
        f"published_at__year=2026&published_at__month={TWENTY_DIGITS}",
        f"published_at__year=2026&published_at__month=12&published_at__day={TWENTY_DIGITS}",
        "title__regex=(",
        "title__iregex=[",
        "status__regex=(",
    ],
)
def test_a_filter_the_database_cannot_run_restarts_the_list(editor, make_article, query):
    """IndexError, OverflowError, a regex error that SQLite reports as an
    OperationalError (once shown as the 503 "maintenance" page): now the list
    starts again, unfiltered, naming the filter."""
    story = make_article(status=Status.PUBLISHED, title="Bài vẫn còn trong danh sách")
    url = f"/admin/articles/article/?{query}"
    response = editor.get(url, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain == [("/admin/articles/article/?e=1", 302)]
    [message] = messages_of(response)
    assert message.startswith("Bộ lọc “") and message.endswith("hiển thị lại không lọc.")
    assert story.title in page(response).text_content()


@pytest.mark.parametrize("query", [f"pk__in={TWENTY_DIGITS}", f"id__in=1,{TWENTY_DIGITS}"])
def test_an_id_beyond_any_integer_finds_nothing_or_restarts_the_list(editor, make_article, query):
    """SQLite cannot bind a 20-digit integer (OverflowError): the list starts
    again with the message. PostgreSQL compares it and finds no story."""
    make_article(status=Status.PUBLISHED, title="Bài vẫn còn trong danh sách")
    response = editor.get(f"/admin/articles/article/?{query}", follow=True)
    assert response.status_code == 200
    if response.redirect_chain:
        assert response.redirect_chain == [("/admin/articles/article/?e=1", 302)]
        assert messages_of(response)[0].startswith("Bộ lọc “")
    else:
        assert "Bài vẫn còn trong danh sách" not in page(response).text_content()


@pytest.fixture
def administrator(db):
    return client_for(User.objects.create_superuser("quantri", "qt@example.vn", "x"))


@pytest.mark.parametrize(
    "url",
    [
        "/admin/articles/section/?id__range=1",
        f"/admin/articles/image/?pk__in={TWENTY_DIGITS}",
        "/admin/auth/user/?username__regex=(",
        f"/admin/auth/group/?id__in={TWENTY_DIGITS}",
        "/admin/axes/accessattempt/?username__iregex=[",
        # SQLite has no JSON __contains (NotSupportedError); PostgreSQL runs it.
        "/admin/django_tasks_database/dbtaskresult/?args_kwargs__contains=x",
    ],
)
def test_every_admin_list_survives_a_typed_filter(administrator, url):
    response = administrator.get(url, follow=True)
    assert response.status_code == 200
    if response.redirect_chain:
        assert response.redirect_chain == [(url.split("?")[0] + "?e=1", 302)]
        assert messages_of(response)[0].startswith("Bộ lọc “")


def test_a_bad_filter_is_not_taken_for_a_database_outage(editor):
    response = editor.get("/admin/articles/article/?title__regex=(")
    assert response.status_code == 302
    assert "Retry-After" not in response


POSTED_BACK = "Dữ liệu gửi lên có giá trị không hợp lệ nên chưa được xử lý"


def test_a_list_action_on_ids_no_list_shows_is_refused(db, make_article):
    journalist = client_for(member(JOURNALIST, "phongvien"))
    story = make_article(status=Status.DRAFT)
    response = journalist.post(
        "/admin/articles/article/",
        {"action": "submit_selected", "_selected_action": [str(story.pk), "abc"]},
        follow=True,
    )
    assert response.status_code == 200
    assert response.redirect_chain == [("/admin/articles/article/", 302)]
    assert messages_of(response)[0].startswith(POSTED_BACK)
    story.refresh_from_db()
    assert story.status == Status.DRAFT  # the valid id in the same post was not acted on
    # A 20-digit id: refused the same way on SQLite (OverflowError); PostgreSQL
    # finds no story by it and acts on the valid one. Never a 500.
    response = journalist.post(
        "/admin/articles/article/",
        {"action": "submit_selected", "_selected_action": [str(story.pk), TWENTY_DIGITS]},
        follow=True,
    )
    assert response.status_code == 200


@pytest.mark.parametrize(
    "url, data",
    [
        ("/admin/articles/section/", {"action": "delete_selected", "_selected_action": "abc"}),
        (
            "/admin/articles/section/",
            {
                "form-TOTAL_FORMS": "1",
                "form-INITIAL_FORMS": "1",
                "form-0-id": TWENTY_DIGITS,
                "form-0-position": "1",
                "_save": "1",
            },
        ),
        ("/admin/auth/group/add/", {"name": "Nhóm mới", "permissions": TWENTY_DIGITS}),
    ],
)
def test_a_post_with_an_id_no_form_sends_changes_nothing(administrator, sections, url, data):
    from django.contrib.auth.models import Group

    before = (Group.objects.count(), sorted(sections_of()))
    response = administrator.post(url, data, follow=True)
    assert response.status_code == 200
    if response.redirect_chain == [(url, 302)]:
        assert messages_of(response)[0].startswith(POSTED_BACK)
    else:  # Django's own validation caught it first: the form shows its error
        assert not response.redirect_chain
    assert (Group.objects.count(), sorted(sections_of())) == before


@pytest.mark.parametrize(
    "referer, back",
    [
        (
            "http://testserver/admin/articles/section/?q=kinh",
            "http://testserver/admin/articles/section/?q=kinh",
        ),
        ("https://evil.example/admin/", "/admin/articles/section/"),
        ("", "/admin/articles/section/"),
    ],
)
def test_a_refused_post_goes_back_to_the_page_it_came_from(administrator, sections, referer, back):
    """The editor returns to the list as filtered; a foreign Referer is ignored."""
    response = administrator.post(
        "/admin/articles/section/",
        {"action": "delete_selected", "_selected_action": "abc"},
        HTTP_REFERER=referer,
    )
    assert (response.status_code, response["Location"]) == (302, back)


def sections_of():
    from articles.models import Section

    return Section.objects.values_list("pk", "position")


@pytest.mark.parametrize("view, then", [("change", 200), ("delete", 403)])
def test_an_empty_to_field_is_dropped_not_a_500(editor, make_article, view, then):
    """Django looks up a field named "" for ``?_to_field=``; the desk drops it
    (and the page then answers as it would have: editors delete nothing)."""
    story = make_article(title="Bài có trường rỗng")
    url = f"/admin/articles/article/{story.pk}/{view}/"
    response = editor.get(url, {"_to_field": "", "_popup": "1"})
    assert (response.status_code, response["Location"]) == (302, f"{url}?_popup=1")
    assert editor.get(url, {"_to_field": ""})["Location"] == url
    assert editor.get(response["Location"]).status_code == then


@pytest.mark.parametrize("in_query", [True, False])
def test_a_post_with_an_empty_to_field_changes_nothing(editor, make_article, in_query):
    story = make_article(title="Tiêu đề đã lưu")
    url = f"/admin/articles/article/{story.pk}/change/"
    data = {"title": "Tiêu đề mới"}
    if in_query:
        response = editor.post(f"{url}?_to_field=", data, HTTP_REFERER="")
        assert (response.status_code, response["Location"]) == (302, f"{url}?_to_field=")
    else:
        response = editor.post(url, {**data, "_to_field": ""}, HTTP_REFERER="")
        assert (response.status_code, response["Location"]) == (302, url)
    assert Article.objects.get(pk=story.pk).title == "Tiêu đề đã lưu"
    page = editor.get(url).content.decode()
    assert "không có gì bị thay đổi" in page
