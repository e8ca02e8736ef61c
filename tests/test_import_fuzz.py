"""``import_pages`` on real-world mess: NFD, entities, CRLF, missing parts, namesakes,
very long titles, non-UTF-8 files, failures mid-article, and 200 random variants."""

from __future__ import annotations

import errno
import io
import logging
import random
import re
import unicodedata
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import DataError
from django.utils import timezone

from articles.archive.pages import PageReadError, decode_page, parse_page
from articles.dates import EARLIEST_YEAR, LATEST_YEAR
from articles.models import Article, ArticleLink, Image, LinkKind, Section
from tests.test_import_pages import SEEDS, seeds_dir  # noqa: F401  (fixture)

SEED_000 = "000_47e753f4c5e706bd.txt"


def run_import(*paths, **options) -> str:
    out = io.StringIO()
    call_command("import_pages", *map(str, paths), stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def run_import_failing(*paths, **options) -> str:
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command("import_pages", *map(str, paths), stdout=out, stderr=io.StringIO(), **options)
    return out.getvalue()


def assert_consistent() -> None:
    """No partial rows: every article has its section, and its body's figures
    are exactly the photos imported for it, each with its file on disk."""
    for article in Article.objects.all():
        assert Section.objects.filter(pk=article.section_id).exists()
        assert article.title and len(article.title) <= 300
        sources = re.findall(r'<img src="([^"]+)"', article.body)
        assert article.body.count("<figure") == len(sources)
        keys = set()
        for src in sources:
            image = Image.objects.get(file=src.removeprefix(settings.MEDIA_URL))
            assert default_storage.exists(image.file.name)
            keys.add(image.source_key)
        if article.source_key:
            prefix = f"{article.source_key}:anh-"
            own = Image.objects.filter(source_key__startswith=prefix)
            assert set(own.values_list("source_key", flat=True)) == keys
    for key in Image.objects.filter(source_key__startswith="page:").values_list(
        "source_key", flat=True
    ):
        assert Article.objects.filter(source_key=key.rsplit(":anh-", 1)[0]).exists(), key


@pytest.mark.django_db
def test_nfd_entities_crlf_and_site_chrome_are_cleaned(seeds_dir, tmp_path):  # noqa: F811
    clean = (seeds_dir / SEED_000).read_text(encoding="utf-8")
    lines = clean.split("\n")
    lines[0] = lines[0].replace(" ", "&nbsp;", 2) + " &amp; &quot;Tổng kết&quot;"
    lines.insert(1, "Chia sẻ")
    lines.insert(2, "Facebook")
    messy = unicodedata.normalize("NFD", "\r\n".join(lines))
    (tmp_path / "messy.txt").write_bytes(messy.encode("utf-8"))
    run_import(tmp_path / "messy.txt")
    article = Article.objects.get()
    title = clean.split("\n")[0]
    assert article.title == f'{title} & "Tổng kết"'
    assert unicodedata.is_normalized("NFC", article.title + article.lead + article.body)
    assert "\r" not in article.body and "&amp;nbsp;" not in article.body
    reference = parse_page(clean, SEED_000)
    assert article.lead == reference.lead
    for paragraph in reference.paragraphs:
        assert f"<p>{paragraph.text}</p>" in article.body
    assert "Chia sẻ" not in article.body and "Facebook" not in article.body
    assert_consistent()


@pytest.mark.django_db
def test_missing_lead_and_missing_time_are_warnings_not_failures(tmp_path):
    page = tmp_path / "thieu.txt"
    page.write_text(
        "Bài không sapo\n![]() |\nẢnh mở đầu. |\nĐoạn văn.\nTin khác\nMột tin không giờ\n",
        encoding="utf-8",
    )
    output = run_import(page)
    article = Article.objects.get()
    assert article.lead == "" and "<figcaption>Ảnh mở đầu.</figcaption>" in article.body
    assert "thieu.txt:1: Trang không có sapo" in output
    assert "thieu.txt:6: Tin khác “Một tin không giờ” không có thời gian." in output
    assert "thieu.txt:1: Không rõ thời điểm xuất bản" in output
    assert article.is_live()


@pytest.mark.django_db
def test_namesakes_in_different_sections_stay_apart(tmp_path, sections):
    title = "Hội nghị tổng kết năm 2024"
    for stem, section in (("a", "Kinh tế"), ("b", "Hoạt động")):
        (tmp_path / f"{stem}.txt").write_text(
            f"{title}\nSapo {stem}.\nThân bài {stem}.\nTin khác\nTin khác nữa\n"
            f"{section} 01/02/2025 08:00\n",
            encoding="utf-8",
        )
    (tmp_path / "c.txt").write_text(
        "Bài thứ ba\nSapo.\nThân bài.\nCó thể bạn quan tâm\n"
        f"{title}\nTin khác\nTin bên kinh tế\nKinh tế 02/02/2025 09:00\n",
        encoding="utf-8",
    )
    output = run_import(tmp_path)
    a, b, c = (Article.objects.get(source_key=f"page:{s}") for s in "abc")
    assert a.title == b.title and a.slug != b.slug
    assert (a.section, b.section) == (sections["kinh_te"], sections["hoat_dong"])
    pin = ArticleLink.objects.get(source=c, kind=LinkKind.PIN)
    assert pin.target == a  # the namesake in c's own section
    assert f"c.txt:5: Có thể bạn quan tâm: 2 bài cùng tiêu đề “{title}”" in output


@pytest.mark.parametrize("year", ["0001", "1000", "9999"])
@pytest.mark.django_db
def test_a_time_no_newsroom_calendar_holds_is_a_warning(tmp_path, year):
    """Year 1 in Hà Nội is year 0 in UTC: the whole page was refused with Python's
    "date value out of range" (SQLite). Year 1000 made a live story a thousand
    years old that no desk form could save again. The page is imported; the
    time is ignored and said so, as for any other unreadable time."""
    page = tmp_path / "cu.txt"
    page.write_text(
        f"Bài có năm lạ\nHoạt động 01/01/{year} 06:02\nSapo.\nThân bài.\n"
        f"Tin khác\nMột tin khác\nHoạt động 02/01/{year} 07:00\n",
        encoding="utf-8",
    )
    output = run_import(page)
    article = Article.objects.get()
    assert EARLIEST_YEAR <= timezone.localtime(article.published_at).year <= LATEST_YEAR
    assert "cu.txt:2: Thời gian không hợp lệ, bỏ qua." in output
    assert "cu.txt:7: Thời gian không hợp lệ, bỏ qua." in output
    assert "cu.txt:1: Không rõ thời điểm xuất bản" in output


@pytest.mark.django_db
def test_very_long_title_is_cut_with_a_clear_warning(tmp_path):
    title = " ".join(["Tiêu đề rất dài về hoạt động công đoàn"] * 12)
    (tmp_path / "dai.txt").write_text(f"{title}\nSapo.\nThân bài.\n", encoding="utf-8")
    output = run_import(tmp_path / "dai.txt")
    article = Article.objects.get()
    assert len(title) > 300 and len(article.title) <= 300 and article.title.endswith("…")
    assert title.startswith(article.title.removesuffix("…"))
    assert f"dai.txt:1: Tiêu đề dài {len(title)} ký tự, vượt giới hạn 300" in output


@pytest.mark.django_db
def test_non_utf8_file_is_named_and_the_others_are_imported(tmp_path):
    (tmp_path / "a-tot.txt").write_text("Bài tốt\nSapo.\nThân bài.\n", encoding="utf-8")
    (tmp_path / "b-hong.txt").write_bytes("Bài hỏng\nSapo tiếng Việt.\n".encode("utf-16-le"))
    (tmp_path / "c-latin.txt").write_bytes("Bai Latin\nCafé à la mode.\n".encode("latin-1"))
    (tmp_path / "d-tot.txt").write_text("Bài tốt nữa\nSapo.\nThân bài.\n", encoding="utf-8")
    output = run_import_failing(tmp_path)
    assert "2 bài tạo mới" in output and "2 tệp lỗi" in output
    assert "b-hong.txt: tệp không phải văn bản UTF-8" in output
    assert "c-latin.txt: tệp không phải văn bản UTF-8 (byte lỗi ở dòng 2" in output
    assert set(Article.objects.values_list("title", flat=True)) == {"Bài tốt", "Bài tốt nữa"}
    with pytest.raises(PageReadError, match="UTF-16"):
        decode_page("x".encode("utf-16"), "x.txt")


@pytest.mark.django_db
def test_missing_path_fails_but_other_paths_are_imported(tmp_path):
    (tmp_path / "co.txt").write_text("Có\nSapo.\n", encoding="utf-8")
    output = run_import_failing(tmp_path / "khong-co.txt", tmp_path / "co.txt")
    assert "khong-co.txt: Không tìm thấy tệp hoặc thư mục này." in output
    assert Article.objects.filter(title="Có").exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("error", "reason", "level"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), "đĩa đầy", logging.INFO),
        (
            DataError("value too long for type character varying(300)"),
            "có trường dữ liệu quá dài hoặc sai kiểu",
            logging.INFO,
        ),
        (KeyError("section_id"), "lỗi ngoài dự kiến, chi tiết ở nhật ký máy chủ", logging.ERROR),
    ],
)
def test_an_article_that_fails_midway_leaves_nothing_behind(
    tmp_path, monkeypatch, settings, caplog, error, reason, level
):
    """The report says in Vietnamese what kind of failure it was, never the
    exception's English text; a bug is logged as an error with its traceback."""
    for stem in ("hong", "tot"):
        (tmp_path / f"{stem}.txt").write_text(
            f"Bài {stem}\nSapo.\n![]() |\nẢnh {stem}. |\nThân bài.\n", encoding="utf-8"
        )
    original = Article.save

    def failing_save(self, *args, **kwargs):
        if self.title == "Bài hong":
            raise error
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Article, "save", failing_save)
    with caplog.at_level(logging.INFO, logger="articles.archive"):
        output = run_import_failing(tmp_path)
    assert f"hong.txt: Không lưu được bài ({reason}); không có gì của bài này được ghi." in output
    assert str(error) not in output
    logged = [r for r in caplog.records if r.exc_info and r.exc_info[1] is error]
    assert [r.levelno for r in logged] == [level]
    assert list(Article.objects.values_list("title", flat=True)) == ["Bài tot"]
    assert not Image.objects.filter(source_key__startswith="page:hong").exists()
    left = [p.name for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()]
    assert left and not [name for name in left if "hong" in name]
    assert_consistent()


# -- fuzz ------------------------------------------------------------------------

NOISE = [
    "Chia sẻ",
    "Facebook",
    "| |",
    "<b>Đậm</b> chữ",
    "<image>![x](https://example.org/t.jpg)</image>",
    "Hoạt động 31/02/2025 25:61",
    "![](javascript:alert(1)) |",
    "<script>alert(1)</script>",
    "Nên xem",
    "Tin khác",
    "Có thể bạn quan tâm",
    "![]() |",
    "Chú thích lạc. |",
    "&nbsp;&amp;&quot;&#7897;",
    "\u200b\ufeff",
]


def _text_ops(rng: random.Random, text: str) -> str:
    lines = text.split("\n")
    op = rng.randrange(12)
    if op == 0:
        return text[: rng.randrange(len(text) + 1)]
    if op == 1:
        return "\n".join(lines[: rng.randrange(len(lines) + 1)])
    if op == 2:
        rng.shuffle(lines)
    elif op == 3:
        for _ in range(rng.randint(1, 10)):
            if lines:
                lines.pop(rng.randrange(len(lines)))
    elif op == 4:
        for _ in range(rng.randint(1, 5)):
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(lines or [""]))
    elif op == 5:
        return unicodedata.normalize("NFD", text)
    elif op == 6:
        return text.replace("\n", "\r\n")
    elif op == 7:
        return text.replace(" ", "&nbsp;", rng.randint(1, 50)).replace(",", "&#44;")
    elif op == 8:
        for _ in range(rng.randint(1, 8)):
            lines.insert(rng.randrange(len(lines) + 1), rng.choice(NOISE))
    elif op == 9 and lines:
        lines[0] = " ".join([lines[0]] * rng.randint(3, 12))
    elif op == 10:
        lines = [line.removesuffix(" |") for line in lines]
    else:
        return rng.choice(["", "\n\n", " ", "Chỉ có tiêu đề"])
    return "\n".join(lines)


def _byte_ops(rng: random.Random, data: bytes) -> bytes:
    op = rng.randrange(5)
    if op == 0:
        at = rng.randrange(len(data) + 1)
        return data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 6))) + data[at:]
    if op == 1:
        return data[: rng.randrange(len(data) + 1)]  # may cut a character in half
    if op == 2:
        return b"\xef\xbb\xbf" + data
    if op == 3:
        return data.decode("utf-8", "replace").encode("utf-16")
    return data.decode("utf-8", "replace").encode("cp1258", "replace")


def variant(rng: random.Random, seeds: list[str]) -> bytes:
    text = rng.choice(seeds)
    for _ in range(rng.randint(1, 3)):
        text = _text_ops(rng, text)
    data = text.encode("utf-8")
    if rng.random() < 0.15:
        data = _byte_ops(rng, data)
    return data


def unreadable(data: bytes) -> bool:
    try:
        decode_page(data, "x")
    except PageReadError:
        return True
    return False


@pytest.mark.django_db
def test_two_hundred_broken_variants_never_crash_or_leave_partial_rows(seeds_dir, tmp_path):  # noqa: F811
    seeds = [p.read_text(encoding="utf-8") for p in sorted(seeds_dir.glob("*.txt"))]
    rng = random.Random(20250602)
    total, total_bad, updated = 0, 0, 0
    for batch in range(10):
        folder = tmp_path / f"dot-{batch}"
        folder.mkdir()
        bad = set()
        for i in range(20):
            # Names repeat across batches, so later variants update earlier articles.
            name = f"bien-the-{(batch * 20 + i) % 70:03d}.txt"
            data = variant(rng, seeds)
            (folder / name).write_bytes(data)
            if unreadable(data):
                bad.add(name)
            total += 1
        out = io.StringIO()
        try:
            call_command("import_pages", str(folder), "--offline", stdout=out, stderr=io.StringIO())
            raised = False
        except CommandError:
            raised = True
        output = out.getvalue()
        assert raised == bool(bad), output
        assert f"{len(bad)} tệp lỗi" in output, output
        errors = output.split(f"Lỗi ({len(bad)}):")[-1] if bad else ""
        for name in bad:
            assert f"{name}: tệp " in errors
        assert "Không lưu được" not in output, output
        total_bad += len(bad)
        updated += int(re.search(r"(\d+) bài cập nhật", output).group(1))
        assert_consistent()
    assert total == 200
    # The variants did exercise every path: unreadable files, updates, many articles.
    assert 0 < total_bad < 60 and updated > 10 and Article.objects.count() > 30
