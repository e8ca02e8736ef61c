"""RSS feeds, sitemaps and robots.txt: only live stories, in the newsroom's time."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import feedparser
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import etree

from articles.models import ArticleAuthor, Author
from articles.querysets import Status

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def feed(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("application/rss+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed, etree.fromstring(response.content)


def xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)


def locs(tree):
    return [el.text for el in tree.iter(f"{SM}loc")]


@pytest.fixture
def visibility_mix(make_article):
    """One story of every state, named after what a reader should see."""
    now = timezone.now()
    return {
        "live": make_article(title="Tin đã đăng"),
        "just_published": make_article(
            title="Tin vừa đăng một phút", published_at=now - timedelta(minutes=1)
        ),
        "scheduled": make_article(
            title="Tin hẹn giờ một phút nữa", published_at=now + timedelta(minutes=1)
        ),
        "draft": make_article(title="Tin bản nháp", status=Status.DRAFT),
        "review": make_article(title="Tin chờ duyệt", status=Status.REVIEW),
        "unpublished": make_article(
            title="Tin đã gỡ", status=Status.UNPUBLISHED, published_at=now - timedelta(hours=1)
        ),
    }


VISIBLE = {"live", "just_published"}
HIDDEN = {"scheduled", "draft", "review", "unpublished"}


# --- RSS ------------------------------------------------------------------


def test_site_feed_lists_only_live_stories(client, visibility_mix):
    parsed, _ = feed(client, "/rss/")
    titles = {entry.title for entry in parsed.entries}
    assert titles == {visibility_mix[k].title for k in VISIBLE}
    assert parsed.feed.title == "Lao Động Thủ Đô Mới — Tin mới nhất"
    assert "Tin tức công đoàn" in parsed.feed.description
    assert parsed.feed.language == "vi"
    assert parsed.feed.link == "http://testserver/"


def test_feed_item_carries_every_field(client, make_article, make_image, author):
    published = datetime(2025, 6, 2, 6, 2, tzinfo=HANOI)
    story = make_article(
        title="Lương & thưởng Tết: <không> cắt xén",
        lead="Công đoàn kiến nghị doanh nghiệp trả thưởng Tết đúng hạn.",
        cover=make_image(),
        published_at=published,
        tags=("công đoàn", "thưởng Tết"),
    )
    second = Author.objects.create(name="Trần Minh Quân")
    ArticleAuthor.objects.create(article=story, author=author, position=0)
    ArticleAuthor.objects.create(article=story, author=second, position=1)

    parsed, tree = feed(client, "/rss/")
    entry = parsed.entries[0]
    assert entry.title == story.title  # the full headline, escaped once only
    assert entry.link == f"http://testserver{story.get_absolute_url()}"
    assert entry.summary == story.lead
    assert entry.author == "Nguyễn Thu Hà, Trần Minh Quân"
    assert [t.term for t in entry.tags] == ["Hoạt động", "công đoàn", "thưởng Tết"]

    item = tree.find("channel/item")
    assert item.findtext("pubDate") == "Mon, 02 Jun 2025 06:02:00 +0700"
    enclosure = item.find("enclosure")
    assert enclosure.get("url") == f"http://testserver{story.cover.file.url}"
    assert enclosure.get("type") == "image/jpeg"
    assert int(enclosure.get("length")) == story.cover.file.size > 0


def test_pubdates_are_in_hanoi_time_even_for_utc_input(client, make_article):
    make_article(published_at=datetime(2025, 1, 1, 20, 30, tzinfo=ZoneInfo("UTC")))
    _, tree = feed(client, "/rss/")
    assert tree.findtext("channel/item/pubDate") == "Thu, 02 Jan 2025 03:30:00 +0700"
    assert tree.findtext("channel/lastBuildDate").endswith("+0700")


def test_enclosure_length_is_zero_when_the_file_is_gone(client, make_article, make_image):
    story = make_article(cover=make_image())
    story.cover.file.storage.delete(story.cover.file.name)
    _, tree = feed(client, "/rss/")
    enclosure = tree.find("channel/item/enclosure")
    assert enclosure.get("length") == "0"
    assert enclosure.get("url").endswith(story.cover.file.name)


def test_story_without_cover_has_no_enclosure(client, make_article):
    make_article()
    _, tree = feed(client, "/rss/")
    assert tree.find("channel/item/enclosure") is None


def test_feed_keeps_the_30_latest(client, make_article):
    stories = [make_article(title=f"Bài số {i}") for i in range(33)]  # each older than the last
    parsed, _ = feed(client, "/rss/")
    assert [e.title for e in parsed.entries] == [s.title for s in stories[:30]]


def test_section_feed_includes_children_and_nothing_else(client, make_article, sections):
    parent = make_article(title="Tin Công đoàn", section=sections["cong_doan"])
    child = make_article(title="Tin Hoạt động", section=sections["hoat_dong"])
    other = make_article(title="Tin Kinh tế", section=sections["kinh_te"])
    hidden = make_article(title="Nháp Công đoàn", section=sections["cong_doan"], status="draft")

    parsed, _ = feed(client, "/rss/cong-doan.rss")
    assert {e.title for e in parsed.entries} == {parent.title, child.title}
    assert parsed.feed.title == "Lao Động Thủ Đô Mới — Công đoàn"
    assert parsed.feed.link == "http://testserver/cong-doan/"

    parsed, _ = feed(client, "/rss/hoat-dong.rss")
    assert {e.title for e in parsed.entries} == {child.title}
    assert parsed.feed.link == "http://testserver/cong-doan/hoat-dong/"

    parsed, _ = feed(client, "/rss/kinh-te.rss")
    titles = {e.title for e in parsed.entries}
    assert titles == {other.title} and hidden.title not in titles


def test_section_feed_hides_unpublished_and_scheduled(client, visibility_mix):
    parsed, _ = feed(client, "/rss/cong-doan.rss")
    assert {e.title for e in parsed.entries} == {visibility_mix[k].title for k in VISIBLE}


def test_unknown_section_feed_is_404(client, sections):
    assert client.get("/rss/khong-co.rss").status_code == 404


def test_feed_link_is_in_every_page_head(client, sections):
    page = client.get("/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in page and 'href="/rss/"' in page


# --- sitemaps -------------------------------------------------------------


def test_sitemap_index_lists_sections_months_of_live_stories_and_tags(client, make_article):
    make_article(published_at=datetime(2025, 6, 2, 6, 2, tzinfo=HANOI), tags=("công đoàn",))
    make_article(published_at=datetime(2025, 4, 10, 9, 0, tzinfo=HANOI))
    make_article(status=Status.DRAFT, published_at=datetime(2025, 3, 1, tzinfo=HANOI))
    make_article(published_at=timezone.now() + timedelta(days=62))  # scheduled: no month yet

    tree = xml(client, "/sitemap.xml")
    assert tree.tag == f"{SM}sitemapindex"
    assert locs(tree) == [
        "http://testserver/sitemap-sections.xml",
        "http://testserver/sitemap-articles-2025-06.xml",
        "http://testserver/sitemap-articles-2025-04.xml",
        "http://testserver/sitemap-tags.xml",
    ]
    for url in locs(tree):
        assert client.get(url).status_code == 200


def test_sitemap_index_costs_the_same_for_many_months(client, make_article):
    def count():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get("/sitemap.xml").status_code == 200
        return len(ctx.captured_queries)

    make_article(published_at=datetime(2025, 1, 5, tzinfo=HANOI))
    few = count()
    for month in range(2, 13):
        make_article(published_at=datetime(2024, month, 5, tzinfo=HANOI))
    assert count() == few


def test_month_sitemap_lists_live_stories_of_that_hanoi_month(client, make_article):
    june_last = make_article(published_at=datetime(2025, 6, 30, 23, 30, tzinfo=HANOI))
    # 00:30 on 1 July in Hanoi is still 30 June in UTC: it belongs to July.
    july_first = make_article(published_at=datetime(2025, 7, 1, 0, 30, tzinfo=HANOI))
    draft = make_article(status=Status.DRAFT, published_at=datetime(2025, 6, 10, tzinfo=HANOI))
    gone = make_article(status=Status.UNPUBLISHED, published_at=datetime(2025, 6, 11, tzinfo=HANOI))

    june = xml(client, "/sitemap-articles-2025-06.xml")
    assert locs(june) == [f"http://testserver{june_last.get_absolute_url()}"]
    lastmod = june.findtext(f"{SM}url/{SM}lastmod")
    assert lastmod.endswith("+07:00")
    assert datetime.fromisoformat(lastmod) == june_last.updated_at
    july = xml(client, "/sitemap-articles-2025-07.xml")
    assert locs(july) == [f"http://testserver{july_first.get_absolute_url()}"]
    all_locs = " ".join(locs(june) + locs(july))
    assert draft.get_absolute_url() not in all_locs and gone.get_absolute_url() not in all_locs


def test_month_sitemap_hides_scheduled_and_just_shows_just_published(client, visibility_mix):
    now = timezone.localtime(timezone.now(), HANOI)
    months = {f"{now:%Y-%m}", f"{now - timedelta(days=1):%Y-%m}"}
    found = set()
    for month in months:
        response = client.get(f"/sitemap-articles-{month}.xml")
        if response.status_code == 200:
            found.update(locs(etree.fromstring(response.content)))
    assert found == {f"http://testserver{visibility_mix[k].get_absolute_url()}" for k in VISIBLE}


@pytest.mark.parametrize(
    "url",
    [
        "/sitemap-khong-co.xml",
        "/sitemap-articles-2025-13.xml",
        "/sitemap-articles-2025-00.xml",
        "/sitemap-articles-1999-01.xml",
        "/sitemap-articles-2025-06.xml?p=abc",
    ],
)
def test_unknown_sitemaps_are_404(client, make_article, url):
    make_article(published_at=datetime(2025, 6, 2, tzinfo=HANOI))
    assert client.get(url).status_code == 404


def test_section_sitemap_lists_every_section(client, sections, make_article):
    story = make_article(section=sections["hoat_dong"])
    tree = xml(client, "/sitemap-sections.xml")
    assert locs(tree) == [
        "http://testserver/cong-doan/",
        "http://testserver/cong-doan/hoat-dong/",
        "http://testserver/kinh-te/",
    ]
    lastmods = [url.findtext(f"{SM}lastmod") for url in tree.iter(f"{SM}url")]
    # the parent page lists its child's story, so it changed when the story did
    assert lastmods[0] == lastmods[1]
    assert datetime.fromisoformat(lastmods[0]) == story.updated_at
    assert lastmods[2] is None


def test_tag_sitemap_lists_only_tags_with_a_live_story(client, make_article):
    make_article(tags=("công đoàn", "nữ công"))
    make_article(status=Status.DRAFT, tags=("chỉ có nháp",))
    make_article(published_at=timezone.now() + timedelta(hours=1), tags=("hẹn giờ",))
    tree = xml(client, "/sitemap-tags.xml")
    assert locs(tree) == ["http://testserver/tag/cong-doan/", "http://testserver/tag/nu-cong/"]


def test_news_sitemap_has_last_48_hours_in_google_news_format(client, make_article):
    now = timezone.now()
    fresh = make_article(title="Tin nóng & mới", published_at=now - timedelta(hours=47))
    old = make_article(title="Tin cũ", published_at=now - timedelta(hours=49))
    just = make_article(title="Tin vừa đăng", published_at=now - timedelta(minutes=1))
    scheduled = make_article(title="Tin hẹn giờ", published_at=now + timedelta(minutes=1))
    draft = make_article(title="Tin nháp", status=Status.DRAFT)

    tree = xml(client, "/sitemap-news.xml")
    assert tree.nsmap["news"] == NEWS.strip("{}")
    urls = {u.findtext(f"{SM}loc"): u for u in tree.iter(f"{SM}url")}
    assert set(urls) == {f"http://testserver{a.get_absolute_url()}" for a in (fresh, just)}
    for article in (old, scheduled, draft):
        assert f"http://testserver{article.get_absolute_url()}" not in urls

    news = urls[f"http://testserver{fresh.get_absolute_url()}"].find(f"{NEWS}news")
    assert news.findtext(f"{NEWS}publication/{NEWS}name") == "Lao Động Thủ Đô Mới"
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "vi"
    assert news.findtext(f"{NEWS}title") == "Tin nóng & mới"
    published = news.findtext(f"{NEWS}publication_date")
    assert published.endswith("+07:00")
    assert datetime.fromisoformat(published) == fresh.published_at.replace(microsecond=0)


def test_sitemaps_use_the_requests_scheme_and_host(client, settings, make_article):
    settings.ALLOWED_HOSTS = ["laodongthudo.example.vn"]
    story = make_article()
    tree = etree.fromstring(
        client.get("/sitemap-news.xml", HTTP_HOST="laodongthudo.example.vn", secure=True).content
    )
    assert locs(tree) == [f"https://laodongthudo.example.vn{story.get_absolute_url()}"]


def test_robots_txt(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines and "Disallow: /xem-truoc/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Sitemap: http://testserver/sitemap-news.xml" in lines
