"""Every page a reader can reach, fed the query strings scrapers and attackers send.

The targeted tests in test_hostile_input.py pin known cases. This one walks
the site the way a crawler does, from the front page along every same-site
link, so a page added later is covered without anyone listing it here: each
must answer every query string below with a page or a Vietnamese error
page, never a 500.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from articles.models import ArticleAuthor, Author, Block, BlockItem

# Links in HTML, and the addresses sitemaps and feeds list.
LINK = re.compile(r'href="([^"#]*)"|<(?:loc|link)>([^<]+)</(?:loc|link)>')
# Paths a reader's crawl does not walk: the desk, and files nginx serves.
NOT_READER = ("/admin", "/static/", "/media/")
HOSTILE_QUERIES = [
    "page=-1",
    "page=0",
    "page=99999999999999999999",
    "page=abc",
    "page=%C2%B2",  # "²", a digit to str.isdigit, not to int()
    "page=2&page=3",
    "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "q=" + "đoàn " * 400,
    "q=%FF%FE",  # not UTF-8
    "q=%E2%80%8B",  # a zero-width space, alone
    "q=%25",
    "utm_source=" + "x" * 3000,
    "p=-1&tu=..%2F..%2Fetc",
]
LIMIT = 250  # pages; the newsroom below has far fewer


@pytest.fixture
def newsroom(make_article, make_image, sections, author):
    """A story of every kind a reader meets: illustrated, tagged, with a
    byline, in a child section, and picked for "Nên xem"."""
    cover = make_image()
    stories = [
        make_article(
            title=f"Công đoàn Thủ đô chăm lo Tết cho người lao động {n}",
            section=section,
            cover=cover,
            body=f'<p>Đoạn một.</p><figure class="image"><img src="{cover.file.url}" '
            f'alt="Ảnh"><figcaption>Chú thích ảnh</figcaption></figure>',
            tags=("Tết sum vầy", "Đoàn viên"),
        )
        for n, section in enumerate([*sections.values()] * 2)
    ]
    ArticleAuthor.objects.create(article=stories[0], author=author, position=0)
    ArticleAuthor.objects.create(article=stories[0], author=Author.objects.create(name="Lê Vân"))
    must_see, _ = Block.objects.get_or_create(key=Block.MUST_SEE, defaults={"name": "Nên xem"})
    BlockItem.objects.create(block=must_see, article=stories[1], position=0)
    return stories


def crawl(client) -> dict[str, int]:
    """Status of every same-site page reachable from the front page and the
    sitemaps, through their links and the feeds they point to."""
    seen: dict[str, int] = {}
    queue = ["/", "/sitemap.xml", "/robots.txt"]  # what a search engine starts from
    while queue and len(seen) < LIMIT:
        url = queue.pop(0)
        if url in seen:
            continue
        response = client.get(url)
        seen[url] = response.status_code
        kind = response.get("Content-Type", "")
        if response.status_code == 200 and ("html" in kind or "xml" in kind):
            for found in LINK.findall(response.content.decode()):
                parts = urlsplit("".join(found).replace("&amp;", "&"))
                if parts.netloc not in ("", "testserver") or not parts.path.startswith("/"):
                    continue
                if parts.path.startswith(NOT_READER):
                    continue
                link = parts.path + (f"?{parts.query}" if parts.query else "")
                if link not in seen:
                    queue.append(link)
    return seen


def test_every_reader_page_survives_hostile_query_strings(client, newsroom, no_page_cache):
    pages = crawl(client)

    # The walk reached every kind of reader page, so the rest means something.
    story = newsroom[0]
    assert pages[story.get_absolute_url()] == 200
    assert any(url.startswith("/sitemap-") for url in pages) and "/rss/" in pages
    for kind in ("/cong-doan/", "/cong-doan/hoat-dong/", "/kinh-te/", "/tag/", "/tac-gia/"):
        assert any(url.startswith(kind) and status == 200 for url, status in pages.items()), kind
    assert all(status < 400 for status in pages.values()), pages

    failures = []
    for url in pages:
        path = urlsplit(url).path
        for query in HOSTILE_QUERIES:
            response = client.get(f"{path}?{query}")
            body = response.content.decode(errors="replace")
            html = "html" in response.get("Content-Type", "")
            if response.status_code >= 500 or (
                response.status_code >= 400 and html and 'lang="vi"' not in body
            ):
                failures.append((path, query[:40], response.status_code))
    assert not failures, failures
