"""``export_articles`` / ``import_articles``: export, import into an empty database,
export again, and both exports are byte-identical (docs/export-format.md)."""

from __future__ import annotations

import hashlib
import io
import json
import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.utils import timezone

from articles.models import (
    Article,
    ArticleAuthor,
    ArticleLink,
    Author,
    Block,
    BlockItem,
    Image,
    LinkKind,
    Section,
    Tag,
)
from articles.querysets import Status
from tests.test_import_pages import seeds_dir  # noqa: F401  (fixture)


def export(path: Path) -> str:
    out = io.StringIO()
    call_command("export_articles", str(path), stdout=out)
    return out.getvalue()


def restore(path: Path) -> str:
    out = io.StringIO()
    call_command("import_articles", str(path), stdout=out)
    return out.getvalue()


def tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def build_newsroom(make_article, make_image, sections, seeds: Path) -> None:
    """Vietnamese text, bylines with accounts, tags, photos and every curation list."""
    call_command("import_pages", str(seeds), stdout=io.StringIO(), stderr=io.StringIO())
    editor = get_user_model().objects.create_user(
        "bientap", first_name="Thu", last_name="Hà", email="ha@example.org"
    )
    ha = Author.objects.create(name="Nguyễn Thu Hà", user=editor, bio="Phóng viên ảnh")
    nhom = Author.objects.create(name="Nhóm phóng viên")
    cover = make_image(caption="Công nhân nhận quà Tết", credit="Lao Động Thủ Đô")
    cover.uploaded_by = editor
    cover.save()
    inline = make_image(caption="", alt="")
    body = (
        "<p>Đoạn một có “ngoặc kép” &amp; ký tự đặc biệt.</p>"
        f'<figure class="image"><img src="{inline.file.url}" alt="Hội nghị" '
        f'width="{inline.width}" height="{inline.height}">'
        "<figcaption>Quang cảnh hội nghị.</figcaption></figure>"
    )
    main = make_article(
        title=unicodedata.normalize("NFD", "Đoàn viên công đoàn đón Tết sum vầy"),
        body=body,
        cover=cover,
        cover_caption="Ảnh: Thu Hà",
        tags=("Công đoàn", "nữ công", "Đời sống"),
        seo_title="Tết sum vầy",
        seo_description="Chăm lo Tết cho đoàn viên",
        created_by=editor,
        updated_by=editor,
        section=sections["kinh_te"],
    )
    ArticleAuthor.objects.create(article=main, author=nhom, position=0)
    ArticleAuthor.objects.create(article=main, author=ha, position=1)
    draft = make_article(title="Bản nháp chưa đăng", status=Status.DRAFT, tags=("nữ công",))
    later = make_article(published_at=timezone.now() + timedelta(days=2), title="Hẹn giờ đăng")
    Tag.objects.create(name="Thẻ chưa dùng")
    seeds_000, seeds_001 = Article.objects.filter(source_key__startswith="page:").order_by(
        "source_key"
    )
    ArticleLink.objects.create(source=main, target=seeds_001, kind=LinkKind.TOP, position=0)
    ArticleLink.objects.create(source=main, target=seeds_000, kind=LinkKind.PIN, position=0)
    ArticleLink.objects.create(source=main, target=draft, kind=LinkKind.EXCLUDE, position=0)
    must_see = Block.objects.create(key=Block.MUST_SEE, name="Nên xem", size=6)
    front = Block.objects.create(key=Block.FRONT_PAGE, name="Trang chủ", size=5)
    BlockItem.objects.create(block=must_see, article=seeds_000, position=0)
    BlockItem.objects.create(block=must_see, article=main, position=1)
    BlockItem.objects.create(
        block=front,
        article=later,
        position=0,
        starts_at=timezone.now() + timedelta(days=2),
        ends_at=timezone.now() + timedelta(days=9),
    )


@pytest.mark.django_db(transaction=True)
def test_export_import_export_is_byte_identical(
    tmp_path,
    settings,
    client,
    make_article,
    make_image,
    sections,
    seeds_dir,  # noqa: F811
):
    build_newsroom(make_article, make_image, sections, seeds_dir)
    first = tmp_path / "mot" / "bao.jsonl"
    assert "Đã xuất" in export(first)
    before = {m: m.objects.count() for m in (Article, Image, Section, Author, Tag, ArticleLink)}

    call_command("flush", interactive=False)
    settings.MEDIA_ROOT = tmp_path / "media-moi"
    assert Article.objects.count() == 0 and Image.objects.count() == 0
    assert "Đã nhập" in restore(first)
    assert {m: m.objects.count() for m in before} == before

    second = tmp_path / "hai" / "bao.jsonl"
    export(second)
    assert second.read_bytes() == first.read_bytes()
    files = tree(first.with_name("bao.jsonl.files"))
    assert files and tree(second.with_name("bao.jsonl.files")) == files

    # The restored newsroom works: the story renders with its photo and byline.
    main = Article.objects.get(slug="doan-vien-cong-doan-don-tet-sum-vay")
    assert main.version == 1 and [a.name for a in main.authors.order_by("bylines__position")] == [
        "Nhóm phóng viên",
        "Nguyễn Thu Hà",
    ]
    page = client.get(main.get_absolute_url()).content.decode()
    assert "Quang cảnh hội nghị." in page and main.cover.file.url in page
    assert Path(main.cover.file.path).is_file()
    assert not get_user_model().objects.get(username="bientap").has_usable_password()


@pytest.mark.django_db
def test_the_file_is_sorted_nfc_keyed_by_natural_keys(
    tmp_path,
    make_article,
    make_image,
    sections,
    seeds_dir,  # noqa: F811
):
    build_newsroom(make_article, make_image, sections, seeds_dir)
    out = tmp_path / "bao.jsonl"
    export(out)
    raw = out.read_bytes().decode("utf-8")
    assert "Công đoàn" in raw  # ensure_ascii=False: Vietnamese stays readable
    lines = raw.split("\n")
    assert lines[-1] == ""
    records = [json.loads(line) for line in lines[:-1]]
    for line, record in zip(lines, records, strict=False):
        assert json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":")) == line
        assert "id" not in record and "pk" not in record
        assert unicodedata.is_normalized("NFC", line)
    meta = records[0]
    assert meta["type"] == "meta" and meta["format"] == "newsroom-articles"
    by_type: dict[str, list[dict]] = {}
    for record in records[1:]:
        by_type.setdefault(record["type"], []).append(record)
    assert {kind: len(items) for kind, items in by_type.items()} == {
        kind: n for kind, n in meta["counts"].items() if n
    }
    article = next(r for r in by_type["article"] if r["title"].startswith("Đoàn viên"))
    assert article["section"] == "kinh-te" and article["cover"].startswith("file:photos/")
    assert article["created_by"] == "bientap" and article["status"] == "published"
    every_field = {f.name for f in Article._meta.concrete_fields if not f.primary_key}
    assert every_field <= set(article)
    assert {r["kind"] for r in by_type["article_link"]} == {"top", "pin", "exclude"}
    assert {"block": "trang-chu", "article": "hen-gio-dang"}.items() <= next(
        r for r in by_type["block_item"] if r["block"] == "trang-chu"
    ).items()
    tags = {r["tag"] for r in by_type["article_tag"] if r["content_object"] == article["slug"]}
    assert tags == {"cong-doan", "nu-cong", "doi-song"}
    for image in by_type["image"]:
        stored = out.with_name("bao.jsonl.files") / image["file"]
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == image["sha256"]


@pytest.mark.django_db
def test_importing_the_same_file_twice_changes_nothing(
    tmp_path,
    make_article,
    make_image,
    sections,
    seeds_dir,  # noqa: F811
):
    build_newsroom(make_article, make_image, sections, seeds_dir)
    out = tmp_path / "bao.jsonl"
    export(out)
    restore(out)
    again = tmp_path / "lai.jsonl"
    export(again)
    assert again.read_bytes() == out.read_bytes()


@pytest.mark.django_db
def test_a_cut_or_tampered_file_is_refused_whole(tmp_path, make_article, make_image, sections):
    make_article(body="<p>Một</p>", cover=make_image())
    out = tmp_path / "bao.jsonl"
    export(out)
    lines = out.read_text(encoding="utf-8").split("\n")
    Article.objects.all().delete()
    Image.objects.all().delete()

    cut = tmp_path / "cut.jsonl"
    cut.write_text("\n".join(lines[:-3]) + "\n", encoding="utf-8")
    with pytest.raises(CommandError, match="tệp bị cắt cụt"):
        restore(cut)

    broken = tmp_path / "broken.jsonl"
    broken.write_text("\n".join([*lines[:2], "{không phải json", *lines[2:]]), encoding="utf-8")
    with pytest.raises(CommandError, match="broken.jsonl, dòng 3: JSON không hợp lệ"):
        restore(broken)

    image_line = next(i for i, line in enumerate(lines) if '"type":"image"' in line)
    record = json.loads(lines[image_line])
    (tmp_path / "bad.jsonl.files").mkdir()
    target = tmp_path / "bad.jsonl.files" / record["file"]
    target.parent.mkdir(parents=True)
    target.write_bytes(b"not the photo")
    (tmp_path / "bad.jsonl").write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(CommandError, match="không khớp mã kiểm tra sha256"):
        restore(tmp_path / "bad.jsonl")
    assert Article.objects.count() == 0 and Image.objects.count() == 0

    # A page renamed .jpg, with a checksum that matches it: not a photo.
    page_bytes = b"<html><script>alert(1)</script></html>"
    target.write_bytes(page_bytes)
    record["sha256"] = hashlib.sha256(page_bytes).hexdigest()
    lines[image_line] = json.dumps(record, ensure_ascii=False)
    (tmp_path / "bad.jsonl").write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(CommandError, match="không phải ảnh"):
        restore(tmp_path / "bad.jsonl")
    assert Article.objects.count() == 0 and Image.objects.count() == 0


# Values a hand-edited or foreign file can hold that no column stores. Each was a
# traceback (TypeError, OverflowError, DataError, IntegrityError…) or, for a
# title too long or a NUL, a file SQLite took and PostgreSQL did not.
HOSTILE_VALUES = [
    ("article", {"title": ["Tiêu đề", "hai"]}, "trường “title” phải là một chuỗi văn bản"),
    ("article", {"title": 2026}, "trường “title” phải là một chuỗi văn bản"),
    ("article", {"title": None}, "trường “title” không được để trống"),
    ("article", {"title": "Công\x00ty"}, "trường “title” có ký tự null"),
    ("article", {"title": "chữ " * 200}, "“title”: Giá trị này chỉ có tối đa 300 kí tự"),
    ("article", {"status": "xuat-ban"}, "“status”: Giá trị 'xuat-ban' không phải"),
    ("article", {"version": "abc"}, "“version”: Giá trị “abc” phải là số nguyên"),
    ("article", {"version": 2**70}, "“version”: Giá trị này phải nhỏ hơn hoặc bằng"),
    ("article", {"version": 1e400}, "giá trị không hợp lệ cho trường “version”"),
    ("article", {"published_at": "0001-01-01T00:00:00+07:00"}, "Năm phải từ 1900 đến 2999"),
    ("article", {"published_at": "9999-12-31T23:59:59-07:00"}, "Năm phải từ 1900 đến 2999"),
    ("article", {"breaking": "có"}, "“breaking”: Giá trị “có” phải là True hoặc False"),
    ("article", {"section": ["kinh-te"]}, "không tìm thấy chuyên mục “['kinh-te']”"),
    ("article", {"section": None}, "trường “section” không được để trống"),
    ("article", {"cover": 5}, "không tìm thấy ảnh “5”"),
    ("article", {"created_by": {"username": "bientap"}}, "không tìm thấy người dùng"),
    ("article", {"slug": "bai\x00viet"}, "khoá “slug” có ký tự null"),
    ("author", {"bio": "Phóng viên\x00"}, "trường “bio” có ký tự null"),
    ("image", {"renditions": "sizes"}, "trường “renditions” phải là một đối tượng JSON"),
    ("image", {"width": "rộng"}, "“width”: Giá trị “rộng” phải là số nguyên"),
    ("image", {"file": ["photos/anh.jpg"]}, "giá trị không hợp lệ cho trường “file”"),
    ("section", {"position": -1}, "“position”: Giá trị này phải lớn hơn hoặc bằng 0"),
    ("tag", {"name": "a" * 101}, "“name”: Giá trị này chỉ có tối đa 100 kí tự"),
    ("tag", {"name": "Công đoàn"}, "trùng giá trị duy nhất với một bản ghi khác"),
    ("user", {"first_name": "Thu\x00"}, "trường “first_name” có ký tự null"),
    ("user", {"username": "u" * 151}, "“username”: Giá trị này chỉ có tối đa 150 kí tự"),
]


def saved_state() -> list:
    return [
        list(Article.objects.order_by("pk").values_list("title", "version", "section", "status")),
        list(Tag.objects.order_by("pk").values_list("name", "slug")),
        list(Author.objects.values_list("bio", flat=True)),
        list(get_user_model().objects.values_list("username", "first_name")),
        Image.objects.count(),
        Section.objects.count(),
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "kind, change, message",
    HOSTILE_VALUES,
    ids=[f"{k}.{next(iter(c))}" for k, c, _ in HOSTILE_VALUES],
)
def test_a_value_no_column_holds_is_refused_by_line(
    tmp_path, make_article, make_image, sections, kind, change, message
):
    """On SQLite and PostgreSQL alike: a message naming the line and the field,
    nothing of the file imported, and what the site held left as it was."""
    editor = get_user_model().objects.create_user("bientap", first_name="Thu")
    Author.objects.create(name="Nguyễn Thu Hà", bio="Phóng viên ảnh")
    make_article(cover=make_image(), tags=("Công đoàn", "nữ công"), created_by=editor)
    out = tmp_path / "bao.jsonl"
    export(out)
    lines = out.read_text(encoding="utf-8").split("\n")
    number = max(i for i, line in enumerate(lines) if line and json.loads(line)["type"] == kind)
    lines[number] = json.dumps({**json.loads(lines[number]), **change}, ensure_ascii=False)
    out.write_text("\n".join(lines), encoding="utf-8")
    before = saved_state()

    with pytest.raises(CommandError) as refused:
        restore(out)
    assert str(refused.value).startswith(f"bao.jsonl, dòng {number + 1}: ")
    assert message in str(refused.value)
    assert saved_state() == before


@pytest.mark.django_db
def test_odd_framing_of_a_file_gets_a_message(tmp_path, make_article):
    make_article()
    out = tmp_path / "bao.jsonl"
    export(out)
    text = out.read_text(encoding="utf-8")
    meta, rest = text.split("\n", 1)

    # A Windows editor's byte order mark is not an error.
    (tmp_path / "bom.jsonl").write_text("\ufeff" + text, encoding="utf-8")
    assert "Đã nhập" in restore(tmp_path / "bom.jsonl")

    odd = json.dumps({**json.loads(meta), "counts": ["article"]})
    (tmp_path / "counts.jsonl").write_text(f"{odd}\n{rest}", encoding="utf-8")
    with pytest.raises(CommandError, match="“counts” của dòng “meta” phải là một đối tượng"):
        restore(tmp_path / "counts.jsonl")

    (tmp_path / "deep.jsonl").write_text(f"{meta}\n{'[' * 100_000}\n", encoding="utf-8")
    with pytest.raises(CommandError, match="deep.jsonl, dòng 2: JSON lồng nhau quá sâu"):
        restore(tmp_path / "deep.jsonl")

    (tmp_path / "cut.jsonl").write_text(f'{meta}\n{{"type": "article", "title": "Tiêu', "utf-8")
    with pytest.raises(CommandError, match=r"cut.jsonl, dòng 2: JSON không hợp lệ \(cột \d+\)"):
        restore(tmp_path / "cut.jsonl")
