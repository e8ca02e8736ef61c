"""``import_pages``: the two scraped seed pages become live stories, checked
against the source text, and a second import changes nothing."""

from __future__ import annotations

import http.client
import io
import unicodedata
import urllib.error
from datetime import datetime, timedelta
from pathlib import Path

import lxml.html
import pytest
from django.conf import settings
from django.core.management import call_command
from django.utils import timezone

from articles.archive import photos
from articles.archive.failures import download_failure
from articles.archive.pages import decode_page, parse_page
from articles.archive.titles import KnownTitles, Story, TitleIndex, split_headlines
from articles.models import (
    Article,
    ArticleLink,
    Block,
    BlockItem,
    Image,
    LinkKind,
    Section,
)
from articles.querysets import Status
from tests.conftest import jpeg_bytes

SEEDS = Path(settings.BASE_DIR).parent / "shared" / "seeds"
SEED_001_HEADLINES = [
    "Cụm thi đua số 3 LĐLĐ thành phố Hà Nội: Hướng về cơ sở, vì người lao động",
    "Vạch trần thủ đoạn của nhóm đối tượng đấu giá 30 tỷ đồng/m2 đất tại Sóc Sơn",
]


@pytest.fixture
def seeds_dir() -> Path:
    # Never skip: without the seeds the importer is untested, which is a failure.
    assert SEEDS.is_dir(), f"Thư mục trang mẫu không tồn tại: {SEEDS}"
    assert len(sorted(SEEDS.glob("*.txt"))) == 2, f"Cần đúng hai trang mẫu trong {SEEDS}"
    return SEEDS


def run_import(*paths, **options) -> str:
    out = io.StringIO()
    call_command(
        "import_pages", *[str(p) for p in paths], stdout=out, stderr=io.StringIO(), **options
    )
    return out.getvalue()


def source(path: Path) -> dict:
    """What the page says, read straight from the file (independently of the parser)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    title, i, headlines = lines[0].strip(), 1, None
    if lines[1].rstrip().endswith(" |"):
        headlines, i = lines[1].rstrip().removesuffix(" |"), 2
    lead, end = lines[i].strip(), lines.index("Có thể bạn quan tâm")
    paragraphs, captions, j = [], [], i + 1
    while j < end:
        if lines[j].strip() == "![]() |":
            captions.append(lines[j + 1].strip().removesuffix(" |"))
            j += 2
            continue
        paragraphs.append(lines[j].strip().removesuffix(" |"))
        j += 1
    return {
        "title": title,
        "headlines": headlines,
        "lead": lead,
        "paragraphs": paragraphs,
        "captions": captions,
    }


def write_page(folder: Path, stem: str, title: str, *, tail: str = "", head: str = "") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}.txt"
    text = (
        f"{title}\n{head}Sapo của bài “{title}”.\n"
        "Đoạn thân bài thứ nhất.\n![]() |\nChú thích ảnh của bài. |\nĐoạn thân bài thứ hai.\n"
        f"{tail}"
    )
    path.write_text(text, encoding="utf-8")
    return path


def page_html(client, article: Article):
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    return lxml.html.fromstring(response.content.decode())


def texts(nodes) -> list[str]:
    return [" ".join(node.text_content().split()) for node in nodes]


@pytest.mark.django_db
def test_seed_pages_become_live_stories_matching_the_source(client, seeds_dir):
    output = run_import(seeds_dir)
    assert "2 bài tạo mới" in output and "0 tệp lỗi" in output
    assert Article.objects.count() == 2
    cong_doan = Section.objects.get(name="Công đoàn", parent=None)
    hoat_dong = Section.objects.get(name="Hoạt động")
    assert hoat_dong.parent == cong_doan
    for path in sorted(seeds_dir.glob("*.txt")):
        expected = source(path)
        assert expected["paragraphs"] and expected["captions"]
        article = Article.objects.get(source_key=f"page:{path.stem}")
        assert article.is_live() and article.status == Status.PUBLISHED
        assert article.section == hoat_dong
        doc = page_html(client, article)
        assert texts(doc.xpath("//h1")) == [expected["title"]]
        assert texts(doc.xpath('//p[contains(@class, "story-lead")]')) == [expected["lead"]]
        body = doc.xpath('//div[contains(@class, "story-body")]')[0]
        assert texts(body.xpath("./p")) == expected["paragraphs"]
        figures = body.xpath("./figure")
        # Captions exactly as written in the source, each inside <figure><figcaption>.
        assert [f.xpath("./figcaption")[0].text_content() for f in figures] == expected["captions"]
        for figure in figures:
            img = figure.xpath("./img")[0]
            image = Image.objects.get(file=img.get("src").removeprefix(settings.MEDIA_URL))
            assert image.source_key.startswith(f"page:{path.stem}:anh-")
            assert image.caption == figure.xpath("./figcaption")[0].text_content()
            assert img.get("alt") == image.alt_text and image.alt_text
            assert (img.get("width"), img.get("height")) == (str(image.width), str(image.height))
            assert Path(image.file.path).is_file()
        crumbs = texts(doc.xpath('//nav[contains(@class, "breadcrumb")]//li'))
        assert crumbs[-2:] == ["Công đoàn", "Hoạt động"]
    # The run-together second line of 001 holds two headlines, none of them on our site.
    assert source(seeds_dir / "001_57d7649d8d0d1b6e.txt")["headlines"] == " ".join(
        SEED_001_HEADLINES
    )
    for headline in SEED_001_HEADLINES:
        assert (
            f"001_57d7649d8d0d1b6e.txt:2: Tin liên quan đầu bài: không tìm thấy bài “{headline}”"
            in output
        )


@pytest.mark.django_db
def test_curated_blocks_link_to_stories_of_the_same_run_and_existing_ones(
    client, seeds_dir, tmp_path, sections
):
    existing = Article.objects.create(
        title=SEED_001_HEADLINES[0],
        lead="Bài đã có trên trang.",
        body="<p>Nội dung.</p>",
        section=sections["hoat_dong"],
        status=Status.PUBLISHED,
        published_at=timezone.now() - timedelta(days=30),
    )
    extra = tmp_path / "them"
    write_page(extra, "vach-tran", SEED_001_HEADLINES[1])
    write_page(extra, "bo-nhiem", "Hà Nội bổ nhiệm 10 lãnh đạo Sở, ngành sau sắp xếp")
    write_page(extra, "phat-huy", "Phát huy vai trò nữ CNVCLĐ trong các phong trào thi đua")
    write_page(
        extra,
        "nu-cong",
        "Đẩy mạnh công tác nữ công trong trường học",
        tail="Có thể bạn quan tâm\nKhẳng định vị thế của tổ chức Công đoàn huyện Sóc Sơn\n",
    )
    output = run_import(seeds_dir, extra)
    assert "6 bài tạo mới" in output
    seed_000 = Article.objects.get(source_key="page:000_47e753f4c5e706bd")
    seed_001 = Article.objects.get(source_key="page:001_57d7649d8d0d1b6e")
    by_key = {a.source_key: a for a in Article.objects.filter(source_key__startswith="page:")}
    vach_tran, bo_nhiem = by_key["page:vach-tran"], by_key["page:bo-nhiem"]
    nu_cong, phat_huy = by_key["page:nu-cong"], by_key["page:phat-huy"]

    # Top headlines: split, matched to an existing story and one imported in this run.
    tops = ArticleLink.objects.filter(source=seed_001, kind=LinkKind.TOP).order_by("position")
    assert [link.target for link in tops] == [existing, vach_tran]
    doc = page_html(client, seed_001)
    assert texts(doc.xpath('//nav[contains(@class, "top-headlines")]//a')) == SEED_001_HEADLINES
    # "Nên xem" of both pages feed the site-wide block, in page order.
    block = Block.objects.get(key=Block.MUST_SEE)
    assert [i.article for i in BlockItem.objects.filter(block=block).order_by("position")] == [
        phat_huy,
        bo_nhiem,
    ]
    assert "Hà Nội bổ nhiệm 10 lãnh đạo Sở, ngành sau sắp xếp" in texts(
        doc.xpath('//section[contains(@class, "block-must-see")]//a')
    )
    # "Có thể bạn quan tâm" pins the other imported seed.
    pins = ArticleLink.objects.filter(source=nu_cong, kind=LinkKind.PIN)
    assert [link.target for link in pins] == [seed_001]
    related = texts(
        page_html(client, nu_cong).xpath('//section[contains(@class, "block-related")]//a')
    )
    assert related[0] == seed_001.title
    # 000's "Tin khác" dates this story and files it under "Hoạt động".
    assert nu_cong.section == sections["hoat_dong"]
    assert timezone.localtime(nu_cong.published_at).replace(tzinfo=None) == datetime(
        2025, 6, 2, 6, 2
    )
    assert Section.objects.filter(name="Hoạt động").count() == 1
    # Titles nobody wrote are reported with file and line, never invented.
    assert (
        "001_57d7649d8d0d1b6e.txt:27: Nên xem: không tìm thấy bài "
        "“Phân công công tác của Thủ tướng và 7 Phó Thủ tướng”"
    ) in output
    assert Article.objects.count() == 7
    assert seed_000.is_live()


@pytest.mark.django_db
def test_importing_again_changes_nothing(seeds_dir, tmp_path, sections):
    write_page(tmp_path / "them", "vach-tran", SEED_001_HEADLINES[1])
    run_import(seeds_dir, tmp_path / "them")

    def snapshot():
        return (
            list(Article.objects.order_by("pk").values_list("pk", "version", "updated_at", "body")),
            list(Image.objects.order_by("pk").values_list("pk", "file", "caption", "alt_text")),
            list(ArticleLink.objects.order_by("pk").values_list("pk", "target", "position")),
            list(BlockItem.objects.order_by("pk").values_list("pk", "article", "position")),
            list(Section.objects.order_by("pk").values_list("pk", "name", "parent")),
        )

    before = snapshot()
    output = run_import(seeds_dir, tmp_path / "them")
    assert "0 bài tạo mới, 0 bài cập nhật, 3 bài không đổi" in output
    assert snapshot() == before


@pytest.mark.django_db
def test_a_changed_page_updates_its_article_in_place(tmp_path):
    page = write_page(
        tmp_path, "bai", "Tiêu đề ban đầu", tail="Tin khác\nTin A\nKinh tế 01/02/2025 08:00\n"
    )
    run_import(page)
    article = Article.objects.get(source_key="page:bai")
    page.write_text(page.read_text(encoding="utf-8").replace("thứ hai", "thứ ba"), encoding="utf-8")
    assert "1 bài cập nhật" in run_import(page)
    article.refresh_from_db()
    assert "Đoạn thân bài thứ ba." in article.body and article.version == 2
    assert Article.objects.count() == 1 and Image.objects.count() == 1


@pytest.mark.django_db
def test_section_option_overrides_the_inferred_section(seeds_dir, sections):
    run_import(seeds_dir / "000_47e753f4c5e706bd.txt", section="kinh-te")
    assert Article.objects.get().section == sections["kinh_te"]
    run_import(seeds_dir / "001_57d7649d8d0d1b6e.txt", section="Thời sự › Hà Nội")
    made = Article.objects.get(source_key="page:001_57d7649d8d0d1b6e").section
    assert (made.parent.name, made.name) == ("Thời sự", "Hà Nội")


@pytest.mark.django_db
def test_photos_use_a_file_beside_the_page_a_url_or_a_placeholder(tmp_path, monkeypatch):
    page = tmp_path / "anh.txt"
    page.write_text(
        "Ba ảnh\nSapo.\n![]() |\nẢnh có tệp bên cạnh. |\n"
        "![Ảnh qua mạng](https://example.org/a.jpg) |\nẢnh tải qua URL. |\n"
        "![]() |\nẢnh tạm. |\nĐoạn cuối.\n",
        encoding="utf-8",
    )
    (tmp_path / "anh-1.jpg").write_bytes(jpeg_bytes(64, 48))
    fetched = []

    def fake_fetch(url: str, max_bytes: int) -> bytes:
        fetched.append(url)
        return jpeg_bytes(80, 60)

    monkeypatch.setattr(photos, "fetch_url", fake_fetch)
    run_import(page)
    images = {i.source_key: i for i in Image.objects.all()}
    beside, remote, placeholder = (images[f"page:anh:anh-{n}"] for n in (1, 2, 3))
    assert (beside.width, beside.height, beside.caption) == (64, 48, "Ảnh có tệp bên cạnh.")
    assert (remote.width, remote.alt_text) == (80, "Ảnh qua mạng")
    assert fetched == ["https://example.org/a.jpg"]
    assert photos.is_placeholder(placeholder.file.name) and placeholder.width == 640
    assert placeholder.alt_text == "Ảnh tạm" and placeholder.caption == "Ảnh tạm."
    body = Article.objects.get().body
    for image in (beside, remote, placeholder):
        assert (
            f'<figure class="image"><img src="{image.file.url}" alt="{image.alt_text}" '
            f'width="{image.width}" height="{image.height}"><figcaption>{image.caption}'
            "</figcaption></figure>"
        ) in body
    # A re-run neither downloads again nor changes anything.
    assert "1 bài không đổi" in run_import(page)
    assert fetched == ["https://example.org/a.jpg"]


@pytest.mark.django_db
def test_offline_import_keeps_the_caption_with_a_placeholder(tmp_path, monkeypatch):
    page = tmp_path / "mang.txt"
    page.write_text(
        "Ảnh mạng\nSapo.\n![](https://example.org/b.jpg) |\nChú thích. |\n", encoding="utf-8"
    )
    monkeypatch.setattr(photos, "fetch_url", lambda *a: pytest.fail("không được tải khi offline"))
    run_import(page, offline=True)
    image = Image.objects.get()
    assert photos.is_placeholder(image.file.name) and image.caption == "Chú thích."


def test_parser_reads_every_element_of_the_seeds(seeds_dir):
    path = seeds_dir / "001_57d7649d8d0d1b6e.txt"
    page = parse_page(decode_page(path.read_bytes(), path.name), path.name)
    assert page.title == "Khẳng định vị thế của tổ chức Công đoàn huyện Sóc Sơn"
    assert page.headlines == [(2, " ".join(SEED_001_HEADLINES))]
    assert page.lead.startswith("Sáng 27/12, Liên đoàn Lao động (LĐLĐ) huyện Sóc Sơn")
    assert [p.caption for p in page.photos] == source(path)["captions"]
    assert page.related == []
    assert len(page.must_see) == 7 and page.must_see[0].line == 27
    assert page.must_see[0].title == "Phân công công tác của Thủ tướng và 7 Phó Thủ tướng"
    assert [i.section for i in page.other_news] == ["Hoạt động"] * 9 + ["Công đoàn"]
    assert timezone.localtime(page.other_news[0].published_at).strftime("%d/%m/%Y %H:%M") == (
        "25/02/2025 17:44"
    )


def test_run_together_headlines_are_split_where_a_new_one_starts():
    line = " ".join(SEED_001_HEADLINES)
    assert [t for t, _ in split_headlines(line, KnownTitles())] == SEED_001_HEADLINES
    # Known titles win over the capitalisation guess, and are marked as recognised.
    known = KnownTitles([SEED_001_HEADLINES[1]])
    assert split_headlines(line, known) == [(t, False) for t in SEED_001_HEADLINES]
    joined = "Đẩy mạnh công tác nữ công trong trường học Điểm tựa tinh thần cho nữ công nhân"
    assert [t for t, _ in split_headlines(joined, KnownTitles())] == [
        "Đẩy mạnh công tác nữ công trong trường học",
        "Điểm tựa tinh thần cho nữ công nhân",
    ]
    # Bodies written with a capital inside a sentence are not mistaken for a new headline.
    one = "Thị xã Sơn Tây tổ chức thành công Đại hội điểm Đảng bộ xã Xuân Sơn nhiệm kỳ 2025 - 2030"
    assert [t for t, _ in split_headlines(one, KnownTitles())] == [one]


def test_titles_match_across_nfd_case_quotes_spaces_and_accents():
    index = TitleIndex([Story(1, "“Gặp nhau cuối tuần” chính thức tái ngộ", 5, True, None)])
    for spelling in (
        '"Gặp nhau cuối tuần" chính thức tái ngộ',
        unicodedata.normalize("NFD", "“GẶP NHAU  cuối tuần” chính thức tái ngộ"),
        '"Gap nhau cuoi tuan" chinh thuc tai ngo',
    ):
        assert index.find(spelling)[0].pk == 1, spelling
    assert index.find("Gặp nhau cuối tuần", exclude=1) == (None, 0)


@pytest.fixture
def photo_server():
    """A real HTTP server on loopback that has no photos: every path is a 404."""
    import http.server
    import threading

    class Missing(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (the standard library's name)
            self.send_error(404)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Missing)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_a_photo_that_cannot_be_downloaded_is_explained_in_vietnamese(tmp_path, photo_server):
    import socket

    with socket.socket() as closed:  # a port nothing listens on once this closes
        closed.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{closed.getsockname()[1]}/c.jpg"
    page = tmp_path / "mang.txt"
    page.write_text(
        f"Ảnh hỏng\nSapo.\n![]({photo_server}/a.jpg) |\nẢnh một. |\n![]({dead}) |\nẢnh hai. |\n",
        encoding="utf-8",
    )
    output = run_import(page)
    assert f"Không tải được ảnh {photo_server}/a.jpg: máy chủ trả lời mã 404." in output
    assert f"Không tải được ảnh {dead}: không kết nối được tới máy chủ ảnh." in output
    assert "Errno" not in output and "HTTP Error" not in output
    assert Image.objects.count() == 2  # placeholders keep the captions


@pytest.mark.parametrize(
    "error, said",
    [
        (TimeoutError("timed out"), "quá thời gian chờ"),
        (urllib.error.URLError(TimeoutError("timed out")), "quá thời gian chờ"),
        (ConnectionResetError(104, "Connection reset by peer"), "không kết nối được"),
        (ValueError("unknown url type: 'htp'"), "địa chỉ ảnh không hợp lệ"),
        (http.client.IncompleteRead(b"\xff\xd8"), "không đúng chuẩn"),
    ],
)
def test_every_download_failure_is_named_in_vietnamese(error, said):
    assert said in download_failure(error)
