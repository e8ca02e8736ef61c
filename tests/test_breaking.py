"""Breaking news: the "Tin nóng" banner on every reader page while it lasts, cache on."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import breaking
from articles.querysets import Status
from tests.desk import EDITOR, JOURNALIST, change_url, errors_of, fill, form_values, member, page

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
START = datetime(2031, 7, 1, 9, 0, tzinfo=HANOI)
TITLE = "Cháy lớn tại khu công nghiệp, lực lượng cứu hỏa đang có mặt"


def banner(client: Client, url: str) -> str | None:
    response = client.get(url)
    assert response.status_code == 200
    found = page(response).xpath("//aside[contains(@class, 'breaking-banner')]")
    return " ".join(found[0].text_content().split()) if found else None


def max_age(response) -> int:
    return int(response["Cache-Control"].split("max-age=")[1].split(",")[0])


@pytest.mark.django_db
def test_banner_shows_during_its_window_and_not_after(settings, make_article):
    settings.PAGE_CACHE_SECONDS = 300
    with time_machine.travel(START, tick=False) as clock:
        other = make_article(title="Một bài bình thường")
        story = make_article(
            title=TITLE,
            published_at=START - timedelta(minutes=5),
            breaking=True,
            breaking_until=START + timedelta(minutes=2),
        )
        reader = Client()
        pages = ["/", other.get_absolute_url(), story.get_absolute_url()]
        for url in pages:
            assert banner(reader, url) == f"Tin nóng {TITLE}"
        home = reader.get("/")
        assert 0 < max_age(home) <= 60
        link = page(home).xpath("//aside[contains(@class,'breaking-banner')]//a/@href")
        assert link == [story.get_absolute_url()]

        # A minute later the pages come from the cache, banner and all.
        clock.move_to(START + timedelta(minutes=1))
        with CaptureQueriesContext(connection) as queries:
            for url in pages:
                assert banner(reader, url) == f"Tin nóng {TITLE}"
        assert len(queries.captured_queries) == 0

        # At the end time no cached page still carries it.
        clock.move_to(START + timedelta(minutes=2))
        for url in pages:
            assert banner(reader, url) is None
        story.refresh_from_db()
        assert story.is_live()  # the story stays; only the banner goes


@pytest.mark.django_db
def test_scheduled_breaking_story_shows_at_its_publication_time(settings, make_article):
    settings.PAGE_CACHE_SECONDS = 300
    with time_machine.travel(START, tick=False) as clock:
        make_article(
            title=TITLE,
            published_at=START + timedelta(minutes=3),
            breaking=True,
            breaking_until=START + timedelta(hours=1),
        )
        reader = Client()
        assert banner(reader, "/") is None
        assert max_age(reader.get("/")) <= 180
        clock.move_to(START + timedelta(minutes=3))
        assert banner(reader, "/") == f"Tin nóng {TITLE}"


@pytest.mark.django_db
def test_clearing_the_flag_removes_the_banner_at_once(settings, make_article):
    settings.PAGE_CACHE_SECONDS = 300
    story = make_article(
        title=TITLE, breaking=True, breaking_until=timezone.now() + timedelta(hours=2)
    )
    reader = Client()
    assert banner(reader, "/") == f"Tin nóng {TITLE}"
    story.breaking = False
    story.save()
    assert banner(reader, "/") is None
    assert breaking.current() is None


@pytest.mark.django_db
def test_unpublished_or_draft_stories_never_make_a_banner(make_article):
    until = datetime(2099, 1, 1, tzinfo=HANOI)
    make_article(title="Nháp nóng", status=Status.DRAFT, breaking=True, breaking_until=until)
    make_article(title="Đã gỡ", status=Status.UNPUBLISHED, breaking=True, breaking_until=until)
    assert banner(Client(), "/") is None


@pytest.mark.django_db
def test_no_banner_costs_no_stylesheet(client, make_article):
    make_article()
    html = client.get("/").content.decode()
    assert "breaking.css" not in html and "breaking-banner" not in html


@pytest.mark.django_db
def test_editor_flags_a_story_in_the_form_journalist_cannot(make_article, make_image):
    editor = Client()
    editor.force_login(member(EDITOR, "bientap"))
    story = make_article(title=TITLE, cover=make_image(), tags=("cháy",))
    url = change_url(story)
    form = form_values(editor.get(url))
    assert "breaking" not in form  # an unticked checkbox posts nothing…
    assert 'name="breaking"' in editor.get(url).content.decode()  # …but it is there

    response = editor.post(url, fill(form, {"breaking": "on"}))
    assert response.status_code == 200
    assert "Tin nóng cần có thời điểm kết thúc." in errors_of(response)

    until = story.published_at.astimezone(HANOI) + timedelta(days=365 * 50)
    response = editor.post(
        url,
        fill(
            form,
            {
                "breaking": "on",
                "breaking_until_0": f"{until:%Y-%m-%d}",
                "breaking_until_1": f"{until:%H:%M}",
            },
        ),
    )
    assert response.status_code == 302, errors_of(response)
    story.refresh_from_db()
    assert story.breaking and story.breaking_until is not None
    assert banner(Client(), "/") == f"Tin nóng {TITLE}"

    journalist = member(JOURNALIST, "phongvien")
    own = make_article(title="Bài của phóng viên", status=Status.DRAFT, created_by=journalist)
    reporter = Client()
    reporter.force_login(journalist)
    html = reporter.get(change_url(own)).content.decode()
    assert 'name="breaking"' not in html and 'name="breaking_until_0"' not in html
