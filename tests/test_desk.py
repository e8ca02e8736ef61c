"""The desk home (the admin index), its charts, and the read counter behind them."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import lxml.etree
import pytest
import time_machine
from django.utils import timezone

from articles.models import ArticleAuthor, ArticleReads, Author
from articles.querysets import Status
from articles.readership import count_read, most_read
from tests.desk import client_for, earlier_today, page

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
SVG = "{http://www.w3.org/2000/svg}"


def text(node) -> str:
    return " ".join(node.text_content().split())


@pytest.fixture
def stories(people, make_article, sections):
    now = timezone.now()
    mine = people["journalist"]
    bylined = make_article(title="Bài có tên tôi trong byline", status=Status.REVIEW)
    author = Author.objects.create(name="Thùy Linh", user=mine)
    ArticleAuthor.objects.create(article=bylined, author=author)
    return {
        "draft": make_article(title="Nháp về nhà ở xã hội", status=Status.DRAFT, created_by=mine),
        "review": bylined,
        "scheduled": make_article(
            title="Giá điện điều chỉnh từ 6 giờ sáng mai",
            created_by=mine,
            section=sections["kinh_te"],
            published_at=now + timedelta(hours=5),
        ),
        "later": make_article(title="Bài hẹn giờ tuần sau", published_at=now + timedelta(days=3)),
        "live": make_article(
            title="Công đoàn thăm công nhân sáng nay",
            created_by=mine,
            published_at=earlier_today(now),
        ),
        "others": make_article(
            title="Nháp của người khác", status=Status.DRAFT, created_by=people["other"]
        ),
        "others_review": make_article(
            title="Bài chờ duyệt của người khác",
            status=Status.REVIEW,
            created_by=people["other"],
        ),
    }


def mine_groups(doc) -> dict[str, list[str]]:
    panel = doc.xpath("//section[contains(@class, 'desk-mine')]")[0]
    return {
        re.sub(r"\s*\(\d+\)$", "", text(h3)): [
            text(a) for a in h3.xpath("following-sibling::ul[1]/li/a")
        ]
        for h3 in panel.xpath("./h3")
    }


def test_journalist_desk_shows_only_their_stories_by_state(people, stories):
    doc = page(client_for(people["journalist"]).get("/admin/"))
    groups = mine_groups(doc)
    assert groups == {
        "Bản nháp": ["Nháp về nhà ở xã hội"],
        "Chờ duyệt": ["Bài có tên tôi trong byline"],
        "Đã lên lịch": ["Giá điện điều chỉnh từ 6 giờ sáng mai"],
        "Đã đăng": ["Công đoàn thăm công nhân sáng nay"],
    }
    body = text(doc)
    assert "Nháp của người khác" not in body and "Bài chờ duyệt của người khác" not in body
    # No editor panels for a journalist.
    assert not doc.xpath("//section[contains(@class, 'desk-review')]")
    assert not doc.xpath("//*[contains(@class, 'desk-chart')]")
    # Each story says when it was last edited.
    draft = stories["draft"]
    item = doc.xpath("//ul[contains(@class, 'desk-mine-ban-nhap')]/li")[0]
    stamp = item.xpath(".//time")[0]
    assert stamp.get("datetime") == timezone.localtime(draft.updated_at).isoformat()
    assert f"sửa lúc {timezone.localtime(draft.updated_at):%H:%M %d/%m/%Y}" in text(item)


def test_sent_back_story_shows_with_the_desks_note(people, make_article):
    from articles import workflow

    story = make_article(title="Bài cần sửa", status=Status.DRAFT, created_by=people["journalist"])
    story = workflow.submit(story, people["journalist"])
    workflow.send_back(story, people["editor"], "Thiếu nguồn ở đoạn hai.")
    doc = page(client_for(people["journalist"]).get("/admin/"))
    assert mine_groups(doc) == {"Bị trả lại": ["Bài cần sửa"]}
    assert "Ghi chú: Thiếu nguồn ở đoạn hai." in text(doc)


def test_editor_desk_shows_review_queue_timeline_and_today(people, stories):
    doc = page(client_for(people["editor"]).get("/admin/"))
    review = doc.xpath("//section[contains(@class, 'desk-review')]//tbody/tr/th")
    assert [text(th) for th in review] == [
        "Bài có tên tôi trong byline",
        "Bài chờ duyệt của người khác",
    ]
    timeline = [text(li) for li in doc.xpath("//ol[@class='desk-timeline']/li")]
    assert len(timeline) == 1 and "Giá điện điều chỉnh từ 6 giờ sáng mai" in timeline[0]
    when = timezone.localtime(stories["scheduled"].published_at)
    assert timeline[0].startswith(f"{when:%H:%M %d/%m}")
    marks = doc.xpath("//section[contains(@class,'desk-schedule')]//*[local-name()='circle']")
    assert len(marks) == 1
    assert "Giá điện điều chỉnh" in marks[0].xpath("./*[local-name()='title']")[0].text
    today = doc.xpath("//section[contains(@class, 'desk-today')]")[0]
    assert "Công đoàn thăm công nhân sáng nay" in text(today)
    assert "Bài hẹn giờ tuần sau" not in text(today)
    # Links open the story in the desk.
    link = doc.xpath("//section[contains(@class, 'desk-review')]//a")[0]
    assert re.fullmatch(r"/admin/articles/article/\d+/change/", link.get("href"))


def chart_svgs(html: str) -> list[lxml.etree._Element]:
    """Each chart's SVG, parsed as the standalone XML document it must be."""
    found = re.findall(
        r'<svg xmlns="http://www.w3.org/2000/svg" class="desk-chart".*?</svg>', html, re.S
    )
    return [lxml.etree.fromstring(svg.encode()) for svg in found]


def test_charts_are_valid_svg_with_a_title_and_a_table(people, make_article, sections):
    with time_machine.travel(datetime(2031, 5, 20, 15, 30, tzinfo=HANOI), tick=False):
        for days_ago, section in [
            (0, "hoat_dong"),
            (0, "kinh_te"),
            (1, "kinh_te"),
            (29, "cong_doan"),
        ]:
            make_article(
                section=sections[section],
                published_at=timezone.now() - timedelta(days=days_ago, minutes=5),
            )
        make_article(published_at=timezone.now() - timedelta(days=31))  # outside the 30 days
        live = make_article(title="Bài được đọc nhiều")
        for _ in range(3):
            count_read(live.pk, timezone.now() - timedelta(hours=2))
        count_read(live.pk)
        html = client_for(people["editor"]).get("/admin/").content.decode()
    svgs = chart_svgs(html)
    assert len(svgs) == 3  # the timeline, published per day, reads per hour
    for svg in svgs:
        assert svg.tag == f"{SVG}svg" and svg.get("role") == "img"
        title = svg[0]
        assert title.tag == f"{SVG}title" and title.text.strip()
        labelled = svg.get("aria-labelledby").split()
        assert labelled[0] == title.get("id") and svg.find(f"{SVG}desc").get("id") == labelled[1]
    published, reads = svgs[1], svgs[2]
    assert published[0].text == "Số bài đăng mỗi ngày theo chuyên mục, 30 ngày qua"
    # Today: Công đoàn (2) stacked on Kinh tế (1); yesterday and 29 days ago: one each.
    assert len(published.findall(f"{SVG}rect")) == 4
    doc = page_of(html)
    tables = {
        text(t.xpath("./caption")[0]): t
        for t in doc.xpath("//figure[contains(@class,'desk-figure')]//table")
    }
    table = tables["Số bài đăng mỗi ngày theo chuyên mục, 30 ngày qua"]
    header = [text(th) for th in table.xpath("./thead/tr/th")]
    assert header[0] == "Ngày" and header[-1] == "Tổng"
    assert set(header[1:-1]) == {"Công đoàn", "Kinh tế"}  # subsections count under their parent
    rows = {text(r[0]): [text(c) for c in r[1:]] for r in table.xpath("./tbody/tr")}
    assert len(rows) == 30 and list(rows)[0] == "21/04" and list(rows)[-1] == "20/05"
    col = header.index("Công đoàn") - 1
    assert rows["20/05"][col] == "2" and rows["20/05"][-1] == "3"  # hoạt động + the live story
    assert rows["21/04"][col] == "1"
    reads_table = tables["Lượt đọc theo giờ hôm nay (20/05/2031)"]
    by_hour = {text(r[0]): text(r[1]) for r in reads_table.xpath("./tbody/tr")}
    assert by_hour["13:00–13:59"] == "3" and by_hour["15:00–15:59"] == "1"
    assert reads[0].text == "Lượt đọc theo giờ hôm nay (20/05/2031)"
    assert "tổng cộng 4 lượt đọc, nhiều nhất lúc 13h" in reads.find(f"{SVG}desc").text


def page_of(html: str):
    import lxml.html

    return lxml.html.fromstring(html)


def test_most_read_lists_the_last_day_and_week(people, make_article):
    hot = make_article(title="Tin đọc nhiều hôm nay")
    old = make_article(title="Tin đọc nhiều tuần này")
    draft = make_article(title="Bản nháp không tính", status=Status.DRAFT)
    now = timezone.now()
    for _ in range(5):
        count_read(hot.pk, now)
    for _ in range(9):
        count_read(old.pk, now - timedelta(days=3))
    ArticleReads.objects.create(article=draft, hour=now.replace(minute=0, second=0), count=50)
    assert [m.article.title for m in most_read(now - timedelta(hours=24))] == [hot.title]
    assert [(m.article.title, m.reads) for m in most_read(now - timedelta(days=7))] == [
        (old.title, 9),
        (hot.title, 5),
    ]
    doc = page(client_for(people["editor"]).get("/admin/"))
    panel = doc.xpath("//section[contains(@class, 'desk-most-read')]")[0]
    lists = [[text(li) for li in ol.xpath("./li")] for ol in panel.xpath(".//ol")]
    assert lists[0][0].startswith("Tin đọc nhiều hôm nay 5 lượt đọc")
    assert lists[1][0].startswith("Tin đọc nhiều tuần này 9 lượt đọc")


# --- the read beacon ------------------------------------------------------------------


def test_beacon_counts_reads_of_live_stories_only(client, make_article):
    story = make_article(title="Bài có người đọc")
    draft = make_article(status=Status.DRAFT)
    for _ in range(3):
        response = client.post("/luot-doc/", str(story.pk), content_type="text/plain")
        assert response.status_code == 204 and response["Cache-Control"] == "no-store"
    assert ArticleReads.objects.get(article=story).count == 3
    assert client.post("/luot-doc/", str(draft.pk), content_type="text/plain").status_code == 404
    assert client.post("/luot-doc/", "xoá bảng", content_type="text/plain").status_code == 400
    assert client.get("/luot-doc/").status_code == 405
    assert not ArticleReads.objects.filter(article=draft).exists()
    assert not response.cookies


def test_beacon_is_rate_limited(client, make_article, settings):
    settings.NEWSROOM_RATE_LIMITS = {**settings.NEWSROOM_RATE_LIMITS, "beacon": "2/m"}
    story = make_article()
    codes = [
        client.post("/luot-doc/", str(story.pk), content_type="text/plain").status_code
        for _ in range(3)
    ]
    assert codes == [204, 204, 429]
    assert ArticleReads.objects.get(article=story).count == 2


def test_story_pages_load_the_beacon_script_and_stay_cached(client, make_article):
    story = make_article()
    first = client.get(story.get_absolute_url())
    assert '<script src="/static/js/read-beacon.js" defer></script>' in first.content.decode()
    assert "public" in first["Cache-Control"]
