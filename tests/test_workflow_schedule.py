"""A scheduled story goes live by itself at its time, everywhere, with the page cache on.

The clock is frozen with time-machine, which moves ``time.time()`` as well as
``timezone.now()``: the page cache and the local-memory cache count lifetimes
in ``time.time()``, so only then does the test prove that no cached page
outlives the moment of publication (articles/cache.py bounds every lifetime
by the next scheduled time). No job runs: the query decides.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client

from articles.models import Article
from articles.querysets import Status
from tests.desk import EDITOR, change_url, errors_of, fill, form_values, member, publishable

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
TEN = datetime(2031, 3, 15, 10, 0, tzinfo=HANOI)
BEFORE = datetime(2031, 3, 15, 9, 59, tzinfo=HANOI)
SCHEDULED_TITLE = "Khánh thành cầu vượt nút giao Mai Dịch"


def reader_views(client: Client, article: Article) -> dict[str, str | int]:
    """What an anonymous reader gets from every place a live story appears."""
    found = {}
    found["article"] = client.get(article.get_absolute_url()).status_code
    for name, url in {
        "home": "/",
        "section": "/cong-doan/",
        "subsection": "/cong-doan/hoat-dong/",
        "rss": "/rss/",
    }.items():
        response = client.get(url)
        assert response.status_code == 200, url
        found[name] = response.content.decode()
    index = client.get("/sitemap.xml").content.decode()
    months = re.findall(r"<loc>[^<]*(/sitemap-articles-2031-03\.xml)</loc>", index)
    found["sitemap"] = client.get(months[0]).content.decode() if months else ""
    return found


@pytest.mark.django_db
def test_a_story_scheduled_for_ten_is_live_at_ten_everywhere(
    settings, sections, make_article, django_assert_num_queries
):
    settings.PAGE_CACHE_SECONDS = 300
    with time_machine.travel(datetime(2031, 3, 15, 8, 0, tzinfo=HANOI), tick=False) as clock:
        # A live story of the same section and month, so every page and the
        # month's sitemap already exist (and are cached) before ten.
        make_article(
            title="Công đoàn thăm hỏi công nhân",
            section=sections["hoat_dong"],
            published_at=datetime(2031, 3, 14, 8, 0, tzinfo=HANOI),
        )
        story = publishable(
            make_article(title=SCHEDULED_TITLE, section=sections["hoat_dong"], status=Status.REVIEW)
        )
        # The editor schedules it for 10:00 through the admin.
        desk = Client()
        desk.force_login(member(EDITOR, "bientap"))
        data = fill(
            form_values(desk.get(change_url(story))),
            {"published_at_0": "2031-03-15", "published_at_1": "10:00"},
        )
        data["_workflow"] = ["publish"]
        response = desk.post(change_url(story), data)
        assert response.status_code == 302, errors_of(response)
        story.refresh_from_db()
        assert story.status == Status.PUBLISHED and story.published_at == TEN

        reader = Client()
        clock.move_to(BEFORE)
        before = reader_views(reader, story)
        assert before["article"] == 404
        for name in ("home", "section", "subsection", "rss", "sitemap"):
            assert story.get_absolute_url() not in before[name], name
        assert "Công đoàn thăm hỏi công nhân" in before["home"]
        assert before["sitemap"], "the month's sitemap lists the other story"

        # The lists are served from the page cache, without the database. (The
        # story's own URL is a 404 raised by the view: answered fresh each time.)
        with django_assert_num_queries(0):
            for url in ("/", "/cong-doan/", "/cong-doan/hoat-dong/", "/rss/", "/sitemap.xml"):
                assert reader.get(url).status_code == 200

        clock.move_to(TEN)
        after = reader_views(reader, story)
        assert after["article"] == 200
        for name in ("home", "section", "subsection", "rss", "sitemap"):
            assert story.get_absolute_url() in after[name], name
        assert SCHEDULED_TITLE in after["home"]
