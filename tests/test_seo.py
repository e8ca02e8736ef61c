"""What search engines and link previews read: canonical, Open Graph, Twitter, JSON-LD."""

import json
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from lxml import html as lxml_html

from articles.models import ArticleAuthor, Author
from articles.seo import json_ld_script, shorten

HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
EVIL = "</script><script>alert(1)</script>"


def page(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, response.status_code
    text = response.content.decode()
    return text, lxml_html.fromstring(text)


def json_ld(tree) -> dict[str, dict]:
    """Every JSON-LD block of the page, by @type; each must parse."""
    blocks = [json.loads(s.text) for s in tree.xpath("//script[@type='application/ld+json']")]
    return {block["@type"]: block for block in blocks}


def meta(tree, key: str) -> list[str]:
    return tree.xpath(f"//head/meta[@property='{key}' or @name='{key}']/@content")


@pytest.fixture
def story(make_article, make_image, author):
    article = make_article(
        title="Đẩy mạnh công tác nữ công trong trường học",
        lead="Công đoàn ngành Giáo dục Hà Nội tổ chức hội nghị chuyên đề về công tác nữ công.",
        cover=make_image(alt="Chủ tịch Công đoàn phát biểu"),
        published_at=datetime(2025, 6, 2, 6, 2, tzinfo=HANOI),
        tags=("công đoàn", "nữ công"),
    )
    ArticleAuthor.objects.create(article=article, author=author, position=0)
    ArticleAuthor.objects.create(
        article=article, author=Author.objects.create(name="Nhóm phóng viên"), position=1
    )
    return article


def test_news_article_json_ld_carries_what_google_reads(client, story):
    _, tree = page(client, story.get_absolute_url())
    data = json_ld(tree)["NewsArticle"]
    canonical = f"http://testserver{story.get_absolute_url()}"
    assert data["@context"] == "https://schema.org"
    assert data["headline"] == story.title
    assert data["image"][0] == f"http://testserver{story.cover.file.url}"
    assert all(url.startswith("http://testserver/") for url in data["image"])
    assert data["datePublished"] == "2025-06-02T06:02:00+07:00"
    assert data["dateModified"].endswith("+07:00")
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Nguyễn Thu Hà",
            "url": "http://testserver/tac-gia/nguyen-thu-ha/",
        },
        {
            "@type": "Person",
            "name": "Nhóm phóng viên",
            "url": "http://testserver/tac-gia/nhom-phong-vien/",
        },
    ]
    publisher = data["publisher"]
    assert publisher["@type"] == "Organization" and publisher["name"] == "Lao Động Thủ Đô Mới"
    assert publisher["logo"] == {
        "@type": "ImageObject",
        "url": "http://testserver/static/img/logo.png",
        "width": 600,
        "height": 60,
    }
    assert data["articleSection"] == "Hoạt động"
    assert data["keywords"] == ["công đoàn", "nữ công"]
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": canonical}
    assert data["inLanguage"] == "vi"


def test_logo_file_is_600_by_60():
    from django.contrib.staticfiles import finders
    from PIL import Image

    with Image.open(finders.find("img/logo.png")) as logo:
        assert logo.size == (600, 60)


@pytest.mark.parametrize(
    "kind", ["bare", "cover", "body_photo", "parent_section", "top_section", "overrides"]
)
def test_every_article_page_has_complete_json_ld(client, make_article, make_image, sections, kind):
    options = {
        "bare": {},
        "cover": {"cover": make_image()},
        "body_photo": {
            "body": '<figure class="image"><img src="/media/photos/a.jpg" alt="a">'
            "<figcaption>Ảnh</figcaption></figure>"
        },
        "parent_section": {"section": sections["hoat_dong"], "tags": ("công đoàn",)},
        "top_section": {"section": sections["kinh_te"]},
        "overrides": {"seo_title": "Tiêu đề SEO", "seo_description": "Mô tả SEO"},
    }[kind]
    article = make_article(**options)
    _, tree = page(client, article.get_absolute_url())
    data = json_ld(tree)["NewsArticle"]
    for key in (
        "headline",
        "image",
        "datePublished",
        "dateModified",
        "author",
        "publisher",
        "articleSection",
        "keywords",
    ):
        assert key in data, key
    assert data["headline"] == article.title
    assert data["image"] and all(u.startswith("http://testserver/") for u in data["image"])
    assert data["publisher"]["logo"]["url"].endswith("/static/img/logo.png")
    assert data["author"]  # no byline: the newspaper itself
    assert data["articleSection"] == article.section.name
    if kind == "body_photo":
        assert data["image"] == ["http://testserver/media/photos/a.jpg"]
    if kind == "bare":
        assert data["image"] == ["http://testserver/static/img/logo.png"]
        assert data["author"] == [data["publisher"]]


def test_breadcrumb_json_ld_on_article_and_section_pages(client, story, sections):
    _, tree = page(client, story.get_absolute_url())
    crumbs = json_ld(tree)["BreadcrumbList"]["itemListElement"]
    assert [(c["position"], c["name"], c["item"]) for c in crumbs] == [
        (1, "Trang chủ", "http://testserver/"),
        (2, "Công đoàn", "http://testserver/cong-doan/"),
        (3, "Hoạt động", "http://testserver/cong-doan/hoat-dong/"),
    ]

    _, tree = page(client, "/cong-doan/hoat-dong/")
    crumbs = json_ld(tree)["BreadcrumbList"]["itemListElement"]
    assert [c["name"] for c in crumbs] == ["Trang chủ", "Công đoàn", "Hoạt động"]

    _, tree = page(client, "/kinh-te/")
    crumbs = json_ld(tree)["BreadcrumbList"]["itemListElement"]
    assert [(c["name"], c["item"]) for c in crumbs] == [
        ("Trang chủ", "http://testserver/"),
        ("Kinh tế", "http://testserver/kinh-te/"),
    ]


def test_a_title_cannot_break_out_of_the_json_ld_script(client, make_article, sections):
    article = make_article(
        title=f"Tiêu đề {EVIL} & <b>đậm</b>",
        lead=f"Sapo {EVIL}",
        seo_description=f"Mô tả {EVIL}",
        tags=(f"thẻ {EVIL}",),
    )
    text, tree = page(client, article.get_absolute_url())
    assert EVIL not in text
    # The only inline scripts are JSON-LD data; the rest are our static files
    # (the read counter, static/js/read-beacon.js), which carry no page content.
    scripts = tree.xpath("//script[not(@src)]")
    assert scripts and all(s.get("type") == "application/ld+json" for s in scripts)
    assert all(s.get("src").startswith("/static/js/") for s in tree.xpath("//script[@src]"))
    assert not any("alert(1)" in s.text and not s.text.lstrip().startswith("{") for s in scripts)
    data = json_ld(tree)["NewsArticle"]
    assert data["headline"] == article.title
    assert data["keywords"] == [f"thẻ {EVIL}"]
    assert meta(tree, "og:title") == [article.title]
    assert tree.xpath("//title")[0].text.startswith(article.title)


def test_json_ld_script_escapes_html_significant_characters():
    script = json_ld_script({"headline": "a</script>&<!--"})
    assert "</script>" not in script.removesuffix("</script>")
    assert "<!--" not in script
    assert "\\u003C/script\\u003E\\u0026\\u003C!--" in script
    inner = script.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert json.loads(inner) == {"headline": "a</script>&<!--"}


def test_open_graph_and_twitter_tags(client, story):
    _, tree = page(client, story.get_absolute_url())
    canonical = f"http://testserver{story.get_absolute_url()}"
    image = f"http://testserver{story.cover.file.url}"
    assert meta(tree, "og:type") == ["article"]
    assert meta(tree, "og:title") == [story.title]
    assert meta(tree, "og:description") == [story.lead]
    assert meta(tree, "og:url") == [canonical]
    assert meta(tree, "og:image") == [image]
    assert meta(tree, "og:image:width") == [str(story.cover.width)]
    assert meta(tree, "og:image:height") == [str(story.cover.height)]
    assert meta(tree, "og:image:alt") == ["Chủ tịch Công đoàn phát biểu"]
    assert meta(tree, "og:locale") == ["vi_VN"]
    assert meta(tree, "og:site_name") == ["Lao Động Thủ Đô Mới"]
    assert meta(tree, "article:published_time") == ["2025-06-02T06:02:00+07:00"]
    assert meta(tree, "article:modified_time")[0].endswith("+07:00")
    assert meta(tree, "article:section") == ["Hoạt động"]
    assert meta(tree, "article:tag") == ["công đoàn", "nữ công"]
    assert meta(tree, "twitter:card") == ["summary_large_image"]
    assert meta(tree, "twitter:title") == [story.title]
    assert meta(tree, "twitter:description") == [story.lead]
    assert meta(tree, "twitter:image") == [image]


def test_story_without_cover_has_no_og_image_and_a_small_card(client, make_article):
    article = make_article()
    _, tree = page(client, article.get_absolute_url())
    assert meta(tree, "og:image") == [] and meta(tree, "og:image:width") == []
    assert meta(tree, "twitter:card") == ["summary"]


def test_seo_overrides_win_for_title_and_description(client, make_article):
    article = make_article(
        title="Tiêu đề dài của bài báo in",
        seo_title="Tiêu đề ngắn cho Google",
        seo_description="Mô tả riêng cho máy tìm kiếm.",
    )
    _, tree = page(client, article.get_absolute_url())
    assert tree.xpath("//title")[0].text == "Tiêu đề ngắn cho Google — Lao Động Thủ Đô Mới"
    assert meta(tree, "description") == ["Mô tả riêng cho máy tìm kiếm."]
    assert meta(tree, "og:title") == meta(tree, "twitter:title") == ["Tiêu đề ngắn cho Google"]
    assert meta(tree, "og:description") == ["Mô tả riêng cho máy tìm kiếm."]
    assert json_ld(tree)["NewsArticle"]["headline"] == article.title


def test_long_lead_is_shortened_at_a_word_for_the_description(client, make_article):
    lead = "Người lao động Thủ đô " * 20
    article = make_article(lead=lead)
    _, tree = page(client, article.get_absolute_url())
    (description,) = meta(tree, "description")
    assert len(description) <= 160 and description.endswith("…")
    assert lead.startswith(description.removesuffix("…"))
    assert shorten("ngắn") == "ngắn"


def test_canonical_urls(client, settings, story, sections, make_article):
    _, tree = page(client, f"{story.get_absolute_url()}?utm_source=facebook")
    assert tree.xpath("//link[@rel='canonical']/@href") == [
        f"http://testserver{story.get_absolute_url()}"
    ]

    settings.ALLOWED_HOSTS = ["laodongthudo.example.vn"]
    _, tree = page(
        client, story.get_absolute_url(), HTTP_HOST="laodongthudo.example.vn", secure=True
    )
    canonical = f"https://laodongthudo.example.vn{story.get_absolute_url()}"
    assert tree.xpath("//link[@rel='canonical']/@href") == [canonical]
    assert meta(tree, "og:url") == [canonical]
    assert json_ld(tree)["NewsArticle"]["publisher"]["logo"]["url"].startswith(
        "https://laodongthudo.example.vn/"
    )


def test_section_canonical_keeps_the_page_number(client, make_article, sections):
    for i in range(25):
        make_article(title=f"Bài {i}", section=sections["kinh_te"])
    _, tree = page(client, "/kinh-te/")
    assert tree.xpath("//link[@rel='canonical']/@href") == ["http://testserver/kinh-te/"]
    _, tree = page(client, "/kinh-te/?page=2")
    assert tree.xpath("//link[@rel='canonical']/@href") == ["http://testserver/kinh-te/?page=2"]
    assert meta(tree, "og:type") == ["website"]
    assert tree.xpath("//link[@type='application/rss+xml']/@href") == [
        "/rss/",
        "/rss/kinh-te.rss",
    ]


def test_section_feed_link_on_article_page(client, story):
    _, tree = page(client, story.get_absolute_url())
    assert "/rss/hoat-dong.rss" in tree.xpath("//link[@type='application/rss+xml']/@href")
