"""What a reader sees: the story page and its blocks, section, tag and author pages."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import html as lxml_html

from articles.models import Article, ArticleAuthor, ArticleLink, Author, Block, BlockItem, LinkKind
from articles.querysets import Status

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")


def dom(response):
    assert response.status_code == 200, response.status_code
    return lxml_html.fromstring(response.content.decode())


def texts(tree, xpath):
    return [" ".join(el.text_content().split()) for el in tree.xpath(xpath)]


@pytest.fixture
def story(make_article, make_image, sections, author):
    published = datetime(2025, 6, 2, 6, 2, tzinfo=HANOI)
    article = make_article(
        title="Đẩy mạnh công tác nữ công trong trường học",
        lead="Công đoàn ngành Giáo dục Hà Nội tổ chức hội nghị chuyên đề về công tác nữ công.",
        body=(
            "<p>Đoạn thứ nhất của bài.</p>"
            '<figure class="image"><img src="/media/photos/a.jpg" alt="Hội nghị">'
            "<figcaption>Quang cảnh hội nghị.</figcaption></figure><p>Đoạn thứ hai.</p>"
        ),
        cover=make_image(caption="Chủ tịch Công đoàn phát biểu tại hội nghị."),
        published_at=published,
        tags=("công đoàn", "nữ công"),
    )
    ArticleAuthor.objects.create(article=article, author=author, position=0)
    return article


def test_article_page_shows_every_element(client, story, make_article, sections, make_image):
    top = make_article(title="Cụm thi đua số 3: Hướng về cơ sở")
    pinned = make_article(title="Phát huy vai trò nữ CNVCLĐ", section=sections["kinh_te"])
    sibling = make_article(
        title="Điểm tựa tinh thần cho nữ công nhân",
        published_at=datetime(2025, 6, 1, 21, 45, tzinfo=HANOI),
    )
    must_see = make_article(
        title="Hấp dẫn triển lãm 3D", section=sections["kinh_te"], cover=make_image()
    )
    ArticleLink.objects.create(source=story, target=top, kind=LinkKind.TOP)
    ArticleLink.objects.create(source=story, target=pinned, kind=LinkKind.PIN)
    block = Block.objects.create(key=Block.MUST_SEE, name="Nên xem")
    BlockItem.objects.create(block=block, article=must_see)

    tree = dom(client.get(story.get_absolute_url()))
    assert tree.xpath("//html/@lang") == ["vi"]
    assert texts(tree, "//nav[@class='breadcrumb']//li") == ["Trang chủ", "Công đoàn", "Hoạt động"]
    assert texts(tree, "//h1") == [story.title]
    assert texts(tree, "//p[@class='story-lead']/strong") == [story.lead]
    byline = texts(tree, "//p[@class='byline']")[0]
    assert "Nguyễn Thu Hà" in byline and "02/06/2025 06:02" in byline
    assert texts(tree, "//figure[@class='story-cover']/figcaption") == [
        "Chủ tịch Công đoàn phát biểu tại hội nghị."
    ]
    assert texts(tree, "//div[@class='story-body']//figcaption") == ["Quang cảnh hội nghị."]
    assert texts(tree, "//ul[@class='tags']//a") == ["công đoàn", "nữ công"]
    assert texts(tree, "//nav[@class='top-headlines']//a") == [top.title]
    related = texts(tree, "//section[contains(@class,'block-related')]//li")
    assert related[0] == pinned.title
    other = tree.xpath("//section[contains(@class,'block-other')]//li")
    other_titles = [" ".join(li.xpath(".//h3")[0].text_content().split()) for li in other]
    assert sibling.title in other_titles + related
    if sibling.title in other_titles:
        item = other[other_titles.index(sibling.title)]
        assert " ".join(item.xpath(".//p[@class='meta']")[0].text_content().split()) == (
            "Hoạt động 01/06/2025 21:45"
        )
    assert texts(tree, "//section[contains(@class,'block-must-see')]//li") == [must_see.title]
    assert tree.xpath("//section[contains(@class,'block-must-see')]//img")


def test_no_story_appears_twice_on_a_page(client, story, make_article):
    others = [make_article(title=f"Tin công đoàn số {i}", tags=("công đoàn",)) for i in range(8)]
    for i, other in enumerate(others[:3]):
        ArticleLink.objects.create(source=story, target=other, kind=LinkKind.TOP, position=i)
        ArticleLink.objects.create(source=story, target=other, kind=LinkKind.PIN, position=i)
    block = Block.objects.create(key=Block.MUST_SEE, name="Nên xem")
    for i, other in enumerate(others):
        BlockItem.objects.create(block=block, article=other, position=i)
    tree = dom(client.get(story.get_absolute_url()))
    hrefs = [
        h
        for h in tree.xpath("//main//a/@href")
        if h.endswith(".html") and h != story.get_absolute_url()
    ]
    linked = [h for h in hrefs]
    # each story link appears once per block it is in; the card image link is aria-hidden
    visible = tree.xpath("//main//a[not(@aria-hidden)]/@href")
    story_links = [h for h in visible if h.endswith(".html")]
    assert len(story_links) == len(set(story_links)), story_links
    assert set(linked) <= {o.get_absolute_url() for o in others}


def test_excluded_story_never_shown(client, story, make_article):
    excluded = make_article(title="Bài bị loại trừ", tags=("công đoàn", "nữ công"))
    ArticleLink.objects.create(source=story, target=excluded, kind=LinkKind.EXCLUDE)
    body = client.get(story.get_absolute_url()).content.decode()
    assert "Bài bị loại trừ" not in body


def _count_queries(client, url):
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(url)
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_query_count_does_not_grow_with_story_size(
    client, make_article, make_image, sections, no_page_cache
):
    small = make_article(title="Bài ngắn")
    large = make_article(
        title="Bài dài",
        cover=make_image(),
        tags=tuple(f"thẻ {i}" for i in range(15)),
        body="".join(
            f'<figure class="image"><img src="/media/p{i}.jpg" alt="a"><figcaption>c{i}</figcaption></figure>'
            for i in range(10)
        ),
    )
    for i in range(4):
        ArticleAuthor.objects.create(
            article=large, author=Author.objects.create(name=f"Tác giả {i}"), position=i
        )
    block = Block.objects.create(key=Block.MUST_SEE, name="Nên xem")
    for i in range(12):
        other = make_article(
            title=f"Tin liên quan {i}", cover=make_image(), tags=("thẻ 1", "thẻ 2")
        )
        ArticleLink.objects.create(source=large, target=other, kind=LinkKind.TOP, position=i)
        ArticleLink.objects.create(source=large, target=other, kind=LinkKind.PIN, position=i)
        BlockItem.objects.create(block=block, article=other, position=i)
    # The first page a worker renders after a change also loads the section
    # tree (articles/sections.py); the count that matters is every page after.
    first = _count_queries(client, small.get_absolute_url())
    n_small = _count_queries(client, small.get_absolute_url())
    n_large = _count_queries(client, large.get_absolute_url())
    assert first == n_small + 1
    assert n_small == n_large
    assert n_large <= 12


def test_wrong_slug_redirects_permanently_to_canonical(client, story):
    response = client.get(f"/ten-cu-{story.pk}.html")
    assert response.status_code == 301
    assert response["Location"] == story.get_absolute_url()


@pytest.mark.parametrize(
    "url",
    ["/khong-co-bai-999999.html", "/khong-co-chuyen-muc/", "/tag/khong-co/", "/tac-gia/khong-co/"],
)
def test_unknown_urls_are_friendly_404s(client, db, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_section_page_lists_own_and_children_articles(client, make_article, sections):
    parent_story = make_article(title="Tin của Công đoàn", section=sections["cong_doan"])
    child_story = make_article(title="Tin của Hoạt động", section=sections["hoat_dong"])
    other = make_article(title="Tin kinh tế", section=sections["kinh_te"])
    page = client.get("/cong-doan/").content.decode()
    assert parent_story.title in page and child_story.title in page and other.title not in page
    child_page = client.get("/cong-doan/hoat-dong/").content.decode()
    assert child_story.title in child_page and parent_story.title not in child_page
    assert client.get("/hoat-dong/").status_code == 301
    assert client.get("/kinh-te/hoat-dong/").status_code == 404


def test_section_pagination_survives_bad_page_numbers(client, make_article, sections):
    for i in range(25):
        make_article(title=f"Bài số {i}", section=sections["kinh_te"])
    assert "Trang 2/2" in client.get("/kinh-te/?page=2").content.decode()
    for bad in ["abc", "-1", "999999999", "1' OR 1=1"]:
        assert client.get("/kinh-te/", {"page": bad}).status_code == 200


def test_tag_and_author_pages(client, story, author):
    tag_page = client.get("/tag/cong-doan/")
    assert tag_page.status_code == 200 and story.title in tag_page.content.decode()
    author_page = client.get(author.get_absolute_url())
    assert author_page.status_code == 200 and story.title in author_page.content.decode()


def test_a_tag_with_no_live_story_is_not_found(client, no_page_cache, make_article):
    """A tag on drafts and scheduled stories only must not show readers what is coming."""
    make_article(title="Bản nháp", status=Status.DRAFT, tags=("Bão số 5",))
    scheduled = make_article(
        title="Sắp đăng", published_at=timezone.now() + timedelta(hours=2), tags=("Bão số 5",)
    )
    response = client.get("/tag/bao-so-5/")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()
    assert "Bão số 5" not in response.content.decode()
    Article.objects.filter(pk=scheduled.pk).update(published_at=timezone.now())
    assert scheduled.title in client.get("/tag/bao-so-5/").content.decode()


def test_front_page_shows_lead_latest_and_section_blocks(client, make_article, sections):
    old = make_article(title="Tin cũ hơn", published_at=timezone.now() - timedelta(days=2))
    newest = make_article(title="Tin mới nhất", section=sections["kinh_te"])
    tree = dom(client.get("/"))
    body = tree.text_content()
    assert newest.title in body and old.title in body
    block_titles = texts(tree, "//section[@class='block']/h2")
    assert "Tin mới" in block_titles


def test_front_page_decides_visibility_at_every_request(
    client, no_page_cache, make_article, sections
):
    """The front page's lists reuse one compiled plan (articles/compiled.py):
    the plan must still let a scheduled story in when its time comes, and
    drop a story the moment it is taken down."""
    make_article(title="Tin đã đăng")
    scheduled = make_article(title="Tin hẹn giờ", published_at=timezone.now() + timedelta(hours=1))
    assert scheduled.title not in client.get("/").content.decode()
    Article.objects.filter(pk=scheduled.pk).update(published_at=timezone.now())
    assert scheduled.title in client.get("/").content.decode()
    Article.objects.filter(pk=scheduled.pk).update(status=Status.DRAFT)
    page = client.get("/").content.decode()
    assert scheduled.title not in page and "Tin đã đăng" in page


def test_front_page_section_blocks_reach_a_quiet_section(client, make_article, sections):
    """Busy sections fill the newest stories; a quiet section's block still shows
    its own newest stories, and child sections count for their parent."""
    quiet = make_article(
        title="Tin kinh tế từ tuần trước",
        section=sections["kinh_te"],
        published_at=timezone.now() - timedelta(days=7),
    )
    for n in range(40):
        make_article(title=f"Hoạt động công đoàn số {n}", section=sections["hoat_dong"])
    tree = dom(client.get("/"))

    def block(section) -> list[str]:
        return texts(tree, f"//section[@aria-labelledby='h-s{section.pk}']//h3/a")

    assert block(sections["kinh_te"]) == [quiet.title]
    # Past the 12 of "Tin mới", the next five of Công đoàn, from its child section.
    assert block(sections["cong_doan"]) == [f"Hoạt động công đoàn số {n}" for n in range(12, 17)]
