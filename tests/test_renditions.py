"""Responsive photos: renditions made after upload, ``<picture>`` on the page.

A photo is resized once, by a task run when its upload commits, into a ladder
of widths in AVIF, WebP and JPEG. Reader pages build ``<picture>`` from the
stored manifest alone: no Pillow, no file access, no extra query per photo,
and a missing file never breaks the page.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission, User
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from lxml import html as lxml_html
from PIL import Image as PILImage

from articles import renditions
from articles.media import serve_media
from articles.models import Image

PIL_FORMATS = {"avif": "AVIF", "webp": "WEBP", "jpeg": "JPEG"}


def photo_bytes(width: int, height: int, fmt: str = "JPEG", mode: str = "RGB", **save) -> bytes:
    buffer = io.BytesIO()
    color = (30, 90, 160, 120) if mode == "RGBA" else (30, 90, 160)
    PILImage.new(mode, (width, height), color).save(buffer, fmt, **save)
    return buffer.getvalue()


@pytest.fixture
def photographer(db) -> User:
    user = User.objects.create_user("phong-vien-anh", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="add_image"))
    return user


@pytest.fixture
def photo(db, django_capture_on_commit_callbacks):
    """Save a library photo the way every upload path does, running its
    on-commit task (the immediate backend) as a real commit would."""

    def make(width: int = 1000, height: int = 600, name: str = "anh.jpg", **fields) -> Image:
        image = Image(alt_text=fields.pop("alt", "Ảnh thư viện"), caption="Chú thích", **fields)
        image.file.save(name, ContentFile(photo_bytes(width, height), name=name), save=False)
        with django_capture_on_commit_callbacks(execute=True):
            image.save()
        image.refresh_from_db()
        return image

    return make


def media_path(settings, name: str) -> Path:
    return Path(settings.MEDIA_ROOT) / name


def dom(response):
    assert response.status_code == 200, response.status_code
    return lxml_html.fromstring(response.content.decode())


# --- making them ----------------------------------------------------------------


@pytest.mark.parametrize(
    "width, expected",
    [
        (2400, [320, 480, 640, 960, 1280]),
        (1280, [320, 480, 640, 960, 1280]),
        (1200, [320, 480, 640, 960, 1200]),
        (1000, [320, 480, 640, 960]),
        (500, [320, 480]),
        (200, [200]),
    ],
)
def test_the_ladder_never_upscales(width, expected):
    assert renditions.ladder(width) == expected


@pytest.mark.django_db
def test_an_editor_upload_gets_every_format_at_widths_up_to_the_original(
    client, photographer, settings, django_capture_on_commit_callbacks
):
    client.force_login(photographer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("articles:editor_image_upload"),
            {"upload": SimpleUploadedFile("Hồ Gươm.jpg", photo_bytes(800, 400), "image/jpeg")},
        )
    assert response.status_code == 200
    image = Image.objects.get()
    manifest = image.renditions
    assert manifest["src"] == image.file.name
    assert manifest["sizes"] == [[320, 160], [480, 240], [640, 320], [800, 400]]
    assert manifest["formats"] == ["avif", "webp", "jpeg"]
    for width, height in manifest["sizes"]:
        for fmt in manifest["formats"]:
            name = renditions.rendition_name(manifest["base"], width, fmt)
            assert name.startswith(f"renditions/{image.pk}/ho-guom-")
            with PILImage.open(media_path(settings, name)) as made:
                assert made.format == PIL_FORMATS[fmt]
                assert made.size == (width, height)


def test_renditions_are_upright_and_jpeg_has_no_alpha(photo, settings):
    exif = PILImage.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to view"
    sideways = Image(alt_text="Ảnh dọc")
    sideways.file.save(
        "doc.jpg",
        ContentFile(photo_bytes(400, 200, exif=exif.tobytes()), name="doc.jpg"),
        save=False,
    )
    sideways.save()
    assert renditions.generate(sideways)
    assert sideways.renditions["sizes"] == [[200, 400]]

    clear = Image(alt_text="Logo")
    clear.file.save(
        "logo.png", ContentFile(photo_bytes(360, 120, "PNG", "RGBA"), name="logo.png"), save=False
    )
    clear.save()
    assert renditions.generate(clear)
    jpeg = renditions.rendition_name(clear.renditions["base"], 320, "jpeg")
    with PILImage.open(media_path(settings, jpeg)) as made:
        assert made.mode == "RGB"


def test_generating_twice_writes_nothing_the_second_time(photo, settings):
    image = photo(700, 400)
    names = renditions.manifest_names(image.renditions)
    assert len(names) == 3 * 3
    stamps = [media_path(settings, n).stat().st_mtime_ns for n in names]
    assert renditions.generate(image) is False
    assert [media_path(settings, n).stat().st_mtime_ns for n in names] == stamps
    media_path(settings, names[0]).unlink()  # a lost file is made again
    assert renditions.generate(image) is True
    assert media_path(settings, names[0]).exists()


def test_rebuild_command_fills_in_older_photos(make_image, settings):
    image = make_image()  # saved without running its on-commit task
    assert image.renditions == {}
    out = io.StringIO()
    call_command("rebuild_renditions", stdout=out)
    image.refresh_from_db()
    assert renditions.is_current(image)
    assert "1 ảnh" in out.getvalue()


def test_deleting_a_photo_deletes_its_renditions(
    photo, settings, django_capture_on_commit_callbacks
):
    image = photo(500, 300)
    names = renditions.manifest_names(image.renditions)
    with django_capture_on_commit_callbacks(execute=True):
        image.delete()
    assert not any(media_path(settings, n).exists() for n in names)


# --- serving them -----------------------------------------------------------------


@pytest.fixture
def illustrated(make_article, photo, no_page_cache):
    cover = photo(1200, 675, alt="Ảnh bìa")
    inline = photo(800, 500, name="trong-bai.jpg")
    body = (
        "<p>Đoạn đầu.</p>"
        f'<figure class="image"><img src="{inline.file.url}" alt="Công nhân tan ca">'
        "<figcaption>Công nhân tan ca.</figcaption></figure>"
        '<figure class="image"><img src="https://example.org/ngoai.jpg" alt="Ảnh ngoài">'
        "<figcaption>Ảnh từ nơi khác.</figcaption></figure>"
    )
    article = make_article(title="Bài có ảnh", cover=cover, body=body)
    return article, cover, inline


def sources(picture) -> dict[str, tuple[str, str]]:
    # lxml's HTML parser does not know <source> is empty and nests the second
    # one in the first: look for them anywhere in the picture.
    return {s.get("type"): (s.get("srcset"), s.get("sizes")) for s in picture.iter("source")}


def test_cover_and_body_photos_are_pictures(client, illustrated):
    article, cover, inline = illustrated
    tree = dom(client.get(article.get_absolute_url()))

    lead = tree.xpath("//figure[@class='story-cover']/picture")[0]
    found = sources(lead)
    assert set(found) == {"image/avif", "image/webp"}
    avif_srcset, sizes = found["image/avif"]
    assert avif_srcset.split(", ")[0].endswith("-320.avif 320w")
    assert avif_srcset.split(", ")[-1].endswith("-1200.avif 1200w")
    assert sizes
    img = lead.xpath(".//img")[0]
    assert (img.get("width"), img.get("height")) == ("1200", "675")
    assert img.get("fetchpriority") == "high" and img.get("loading") is None
    assert img.get("alt") == "Ảnh bìa"
    assert img.get("src").endswith("-960.jpg") and "-320.jpg 320w" in img.get("srcset")

    body_pictures = tree.xpath("//div[@class='story-body']//figure/picture")
    assert len(body_pictures) == 1
    assert set(sources(body_pictures[0])) == {"image/avif", "image/webp"}
    body_img = body_pictures[0].xpath(".//img")[0]
    assert body_img.get("alt") == "Công nhân tan ca"  # the words typed in the story
    assert (body_img.get("width"), body_img.get("height")) == ("800", "500")
    assert body_img.get("loading") == "lazy" and body_img.get("fetchpriority") is None

    foreign = tree.xpath("//div[@class='story-body']//img[contains(@src, 'example.org')]")[0]
    assert foreign.get("loading") == "lazy"
    assert len(tree.xpath("//*[@fetchpriority='high']")) == 1
    assert texts_of(tree, "//div[@class='story-body']//figcaption") == [
        "Công nhân tan ca.",
        "Ảnh từ nơi khác.",
    ]


def texts_of(tree, xpath):
    return [" ".join(el.text_content().split()) for el in tree.xpath(xpath)]


def test_a_photo_without_renditions_yet_is_its_original_lazily(client, make_article, make_image):
    pending = make_image()  # its task has not run
    article = make_article(
        body=f'<figure class="image"><img src="{pending.file.url}" alt="Chờ"></figure>'
    )
    tree = dom(client.get(article.get_absolute_url()))
    img = tree.xpath("//div[@class='story-body']//img")[0]
    assert not tree.xpath("//div[@class='story-body']//picture")
    assert img.get("src") == pending.file.url and img.get("loading") == "lazy"
    assert (img.get("width"), img.get("height")) == ("64", "48")


def test_pages_are_built_from_stored_rows_without_pillow(
    client, illustrated, settings, monkeypatch
):
    article, cover, inline = illustrated
    for image in (cover, inline):  # every file gone: originals and renditions
        for name in [image.file.name, *renditions.manifest_names(image.renditions)]:
            media_path(settings, name).unlink()

    def no_pillow(*args, **kwargs):
        raise AssertionError("Pillow was called during a reader request")

    monkeypatch.setattr(PILImage, "open", no_pillow)
    tree = dom(client.get(article.get_absolute_url()))
    assert sources(tree.xpath("//figure[@class='story-cover']/picture")[0])
    assert len(tree.xpath("//div[@class='story-body']//picture//source")) == 2

    # The browser then asks for a file that has gone: it gets a placeholder.
    srcset = tree.xpath("//figure[@class='story-cover']//source")[0].get("srcset")
    missing = srcset.split(" ")[0].removeprefix(settings.MEDIA_URL)
    response = serve_media(RequestFactory().get("/media/" + missing), missing)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert b"<svg" in b"".join(response.streaming_content)


def test_a_row_whose_file_field_is_empty_renders_no_photo(client, make_article, illustrated):
    article, cover, _inline = illustrated
    Image.objects.filter(pk=cover.pk).update(file="")
    tree = dom(client.get(article.get_absolute_url()))
    assert not tree.xpath("//figure[@class='story-cover']//img")


def test_story_query_count_is_the_same_with_or_without_photos(
    client, make_article, photo, illustrated
):
    article, _cover, _inline = illustrated
    bare = make_article(title="Bài không ảnh")

    def count(url):
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(url).status_code == 200
        return len(ctx.captured_queries)

    client.get(bare.get_absolute_url())  # the first page after a change loads the section tree
    assert count(bare.get_absolute_url()) == count(article.get_absolute_url()) <= 12
