"""The editor's photo upload endpoint and the photo library's admin form.

Each test posts what a browser would post (the field ``upload``, as CKEditor's
SimpleUploadAdapter sends it) and then looks at what a journalist gets back
and at what is left on disk and in the database.
"""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import lxml.html
import pytest
from django.contrib.auth.models import Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage

from articles.models import Article, Image
from tests.conftest import jpeg_bytes


def png_bytes(width: int = 40, height: int = 30) -> bytes:
    buffer = io.BytesIO()
    PILImage.new("RGBA", (width, height), (10, 120, 200, 255)).save(buffer, "PNG")
    return buffer.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A few bytes of PNG (signature, header, a little pixel data) declaring a size."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\0" * 1000))
        + chunk(b"IEND", b"")
    )


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def stored_files(settings) -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


@pytest.fixture
def upload_url() -> str:
    return reverse("articles:editor_image_upload")


@pytest.fixture
def photographer(db) -> User:
    """A staff journalist allowed to add photos to the library."""
    user = User.objects.create_user("phong-vien-anh", password="mat-khau-dai-123", is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="articles", codename="add_image")
    )
    return user


def post_file(client, url: str, name: str, content: bytes, content_type: str = "image/jpeg"):
    return client.post(url, {"upload": SimpleUploadedFile(name, content, content_type)})


def assert_refused(response, status: int, *words: str) -> str:
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    message = response.json()["error"]["message"]
    for word in words:
        assert word in message
    return message


# --- refusals: nothing stored -------------------------------------------------


@pytest.mark.django_db
def test_anonymous_upload_is_refused_and_nothing_is_stored(client, upload_url, settings):
    response = post_file(client, upload_url, "anh.jpg", jpeg_bytes())
    assert_refused(response, 403, "đăng nhập")
    assert stored_files(settings) == []
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_anonymous_upload_without_csrf_token_gets_a_json_refusal(upload_url, settings):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = post_file(client, upload_url, "anh.jpg", jpeg_bytes())
    assert_refused(response, 403, "tải lại trang")
    assert stored_files(settings) == []


@pytest.mark.django_db
def test_staff_without_the_image_permission_is_refused(client, upload_url, settings):
    client.force_login(User.objects.create_user("bien-tap-vien", is_staff=True))
    response = post_file(client, upload_url, "anh.jpg", jpeg_bytes())
    assert_refused(response, 403, "không có quyền")
    assert stored_files(settings) == []
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_non_staff_user_with_the_permission_is_refused(client, upload_url, settings):
    user = User.objects.create_user("doc-gia")
    user.user_permissions.add(Permission.objects.get(codename="add_image"))
    client.force_login(user)
    assert_refused(post_file(client, upload_url, "anh.jpg", jpeg_bytes()), 403)
    assert stored_files(settings) == []


@pytest.mark.django_db
def test_get_is_not_an_upload(client, photographer, upload_url):
    client.force_login(photographer)
    assert client.get(upload_url).status_code == 405


@pytest.mark.django_db
def test_post_without_a_file_is_refused(client, photographer, upload_url, settings):
    client.force_login(photographer)
    assert_refused(client.post(upload_url, {}), 400, "Không nhận được tệp")
    assert stored_files(settings) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("bai-viet.jpg", "Đây là một tệp văn bản, không phải ảnh.\n".encode() * 20, "không phải"),
        ("trong.jpg", b"", "rỗng"),
        ("cat-cut.jpg", jpeg_bytes(400, 300)[:600], "hỏng"),
        ("hinh.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>', "không phải"),
    ],
    ids=["text-renamed-jpg", "empty", "truncated-jpeg", "svg"],
)
def test_files_that_are_not_whole_photos_are_refused(
    client, photographer, upload_url, settings, name, content, words
):
    client.force_login(photographer)
    response = post_file(client, upload_url, name, content)
    message = assert_refused(response, 400, words)
    assert message.endswith(".")
    assert stored_files(settings) == []
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_bmp_is_a_photo_but_not_a_web_format(client, photographer, upload_url, settings):
    buffer = io.BytesIO()
    PILImage.new("RGB", (8, 8)).save(buffer, "BMP")
    client.force_login(photographer)
    response = post_file(client, upload_url, "anh.bmp", buffer.getvalue(), "image/bmp")
    assert_refused(response, 400, "BMP", "không được hỗ trợ")
    assert stored_files(settings) == []


@pytest.mark.django_db
def test_a_file_over_the_byte_limit_is_refused(client, photographer, upload_url, settings):
    content = jpeg_bytes(200, 150)
    settings.NEWSROOM_IMAGE_MAX_BYTES = len(content) - 1
    client.force_login(photographer)
    message = assert_refused(post_file(client, upload_url, "to.jpg", content), 400, "quá lớn")
    # The limit is shown in a unit a journalist can act on, never "0 MB".
    assert "0 MB" not in message
    assert f"{round((len(content) - 1) / 1024)} KB" in message
    assert stored_files(settings) == []
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_a_photo_with_too_many_pixels_is_refused(client, photographer, upload_url, settings):
    settings.NEWSROOM_IMAGE_MAX_PIXELS = 100 * 100
    client.force_login(photographer)
    response = post_file(client, upload_url, "lon.jpg", jpeg_bytes(101, 100))
    assert_refused(response, 400, "quá nhiều điểm ảnh", "101×100")
    assert stored_files(settings) == []
    assert not Image.objects.exists()
    # Exactly at the limit is fine.
    assert post_file(client, upload_url, "vua.jpg", jpeg_bytes(100, 100)).status_code == 200


@pytest.mark.django_db
def test_a_decompression_bomb_is_refused(client, photographer, upload_url, settings):
    # A few bytes of PNG that claim 50 000 × 50 000 pixels: refused from the
    # header, before Pillow allocates anything.
    client.force_login(photographer)
    response = post_file(client, upload_url, "bom.png", png_header(50_000, 50_000), "image/png")
    assert_refused(response, 400, "quá nhiều điểm ảnh")
    assert stored_files(settings) == []


# --- accepted photos ------------------------------------------------------------


@pytest.mark.django_db
def test_a_valid_jpeg_becomes_a_library_photo(client, photographer, upload_url, settings):
    client.force_login(photographer)
    response = post_file(client, upload_url, "Ảnh Hồ Gươm.JPG", jpeg_bytes(64, 48))
    assert response.status_code == 200
    data = response.json()
    image = Image.objects.get()
    assert data["url"] == image.file.url
    assert data["url"].startswith(settings.MEDIA_URL + "photos/")
    assert data["url"].endswith(".jpg")
    assert "anh-ho-guom-" in data["url"]  # a clean ASCII name, folded from Vietnamese
    assert image.uploaded_by == photographer
    assert (image.width, image.height) == (64, 48)
    assert image.caption == "" and image.alt_text == ""
    stored = Path(settings.MEDIA_ROOT) / image.file.name
    assert stored_files(settings) == [stored]
    assert stored.read_bytes() == jpeg_bytes(64, 48)


@pytest.mark.django_db
def test_the_extension_follows_the_real_format(client, photographer, upload_url, settings):
    client.force_login(photographer)
    response = post_file(client, upload_url, "x.jpg", png_bytes(40, 30))
    assert response.status_code == 200
    image = Image.objects.get()
    assert response.json()["url"].endswith(".png")
    assert image.file.name.endswith(".png")
    assert (image.width, image.height) == (40, 30)
    with PILImage.open(Path(settings.MEDIA_ROOT) / image.file.name) as stored:
        assert stored.format == "PNG"


@pytest.mark.django_db
def test_two_uploads_with_one_name_do_not_overwrite(client, photographer, upload_url, settings):
    client.force_login(photographer)
    first = post_file(client, upload_url, "anh.jpg", jpeg_bytes(color=(1, 2, 3))).json()
    second = post_file(client, upload_url, "anh.jpg", jpeg_bytes(color=(200, 2, 3))).json()
    assert first["url"] != second["url"]
    assert len(stored_files(settings)) == 2


@pytest.mark.django_db
def test_superuser_may_upload(admin_client, upload_url):
    response = post_file(admin_client, upload_url, "anh.png", png_bytes(), "image/png")
    assert response.status_code == 200


# --- the library's admin form ---------------------------------------------------


def admin_errors(response) -> str:
    doc = lxml.html.fromstring(response.content.decode())
    return " ".join(" ".join(ul.text_content().split()) for ul in doc.xpath("//ul[@class]"))


@pytest.mark.django_db
def test_admin_refuses_a_non_image_with_a_vietnamese_message(admin_client, settings):
    response = admin_client.post(
        "/admin/articles/image/add/",
        {
            "file": SimpleUploadedFile("tai-lieu.jpg", b"khong phai anh " * 50, "image/jpeg"),
            "alt_text": "Ảnh giả",
        },
    )
    assert response.status_code == 200
    doc = lxml.html.fromstring(response.content.decode())
    errors = " ".join(
        " ".join(e.text_content().split()) for e in doc.xpath("//ul[contains(@class,'errorlist')]")
    )
    assert "hình ảnh hợp lệ" in errors or "không phải là ảnh" in errors
    assert doc.xpath("//p[contains(@class,'errornote')]")
    assert stored_files(settings) == []
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_admin_refuses_a_truncated_photo(admin_client, settings):
    response = admin_client.post(
        "/admin/articles/image/add/",
        {"file": SimpleUploadedFile("hong.jpg", jpeg_bytes(400, 300)[:700], "image/jpeg")},
    )
    assert response.status_code == 200
    assert "hợp lệ" in admin_errors(response) or "hỏng" in admin_errors(response)
    assert stored_files(settings) == []
    assert not Image.objects.exists()


@pytest.mark.django_db
def test_admin_stores_a_photo_named_after_its_real_format(admin_client, admin_user, settings):
    response = admin_client.post(
        "/admin/articles/image/add/",
        {
            "file": SimpleUploadedFile("Ảnh chụp.jpg", png_bytes(40, 30), "image/jpeg"),
            "alt_text": "Công nhân  tan ca",
            "caption": "Công nhân tan ca ở KCN Thăng Long",
        },
    )
    assert response.status_code == 302, admin_errors(response)
    image = Image.objects.get()
    assert image.file.name.endswith(".png") and "anh-chup-" in image.file.name
    assert image.alt_text == "Công nhân tan ca"
    assert image.uploaded_by == admin_user
    assert (image.width, image.height) == (40, 30)
    assert stored_files(settings) == [Path(settings.MEDIA_ROOT) / image.file.name]


# --- captions typed in the editor reach the library -----------------------------


@pytest.mark.django_db
def test_saving_a_story_fills_the_photo_caption_and_alt(client, photographer, upload_url, sections):
    client.force_login(photographer)
    url = post_file(client, upload_url, "anh.jpg", jpeg_bytes()).json()["url"]
    kept = Image.objects.create(caption="Chú thích của thư viện", alt_text="Alt thư viện")
    kept.file.save("giu.jpg", SimpleUploadedFile("giu.jpg", jpeg_bytes()), save=True)

    Article.objects.create(
        title="Bài có ảnh",
        section=sections["kinh_te"],
        body=(
            f'<figure class="image"><img src="{url}" alt="Công nhân tan ca">'
            "<figcaption>Công nhân <strong>tan ca</strong> lúc 17h</figcaption></figure>"
            f'<figure class="image"><img src="{kept.url}" alt="Khác">'
            "<figcaption>Chú thích khác</figcaption></figure>"
        ),
    )
    image = Image.objects.get(file__endswith=url.rsplit("/", 1)[1])
    assert image.caption == "Công nhân tan ca lúc 17h"
    assert image.alt_text == "Công nhân tan ca"
    # Text already in the library wins over what a later story says.
    kept.refresh_from_db()
    assert (kept.caption, kept.alt_text) == ("Chú thích của thư viện", "Alt thư viện")


@pytest.mark.django_db
def test_a_figure_without_caption_leaves_the_library_alone(
    client, photographer, upload_url, sections
):
    client.force_login(photographer)
    url = post_file(client, upload_url, "anh.jpg", jpeg_bytes()).json()["url"]
    Article.objects.create(
        title="Bài có ảnh không chú thích",
        section=sections["kinh_te"],
        body=f'<figure class="image"><img src="{url}"></figure>',
    )
    image = Image.objects.get()
    assert (image.caption, image.alt_text) == ("", "")


@pytest.mark.django_db
def test_caption_reaches_a_library_photo_with_a_non_ascii_name(sections):
    # Photos stored before uploads were renamed (or by an import) may have
    # Vietnamese file names; their URLs are percent-encoded.
    image = Image()
    image.file.save("ảnh chụp 1.jpg", SimpleUploadedFile("a.jpg", jpeg_bytes()), save=True)
    assert "%" in image.url
    Article.objects.create(
        title="Bài có ảnh tên tiếng Việt",
        section=sections["kinh_te"],
        body=f'<figure class="image"><img src="{image.url}" alt="Ảnh"><figcaption>Chú thích'
        "</figcaption></figure>",
    )
    image.refresh_from_db()
    assert (image.caption, image.alt_text) == ("Chú thích", "Ảnh")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "sent, stem", [("x" * 120 + ".jpg", "x" * 60), ("anh-tu-dien-thoai", "anh-tu-dien-thoai")]
)
def test_admin_takes_any_name_as_the_editor_upload_does(admin_client, settings, sent, stem):
    """A 120-character name, or none of an extension: renamed, not refused."""
    response = admin_client.post(
        "/admin/articles/image/add/",
        {"file": SimpleUploadedFile(sent, png_bytes(40, 30), "image/png"), "alt_text": "Ảnh"},
    )
    assert response.status_code == 302, admin_errors(response)
    name = Image.objects.get().file.name
    assert name.startswith("photos/") and f"/{stem}-" in name and name.endswith(".png")


@pytest.mark.django_db
def test_admin_still_refuses_a_bmp_whatever_its_name(admin_client, settings):
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30)).save(buffer, "BMP")
    response = admin_client.post(
        "/admin/articles/image/add/",
        {"file": SimpleUploadedFile("anh", buffer.getvalue(), "image/bmp"), "alt_text": "Ảnh"},
    )
    assert response.status_code == 200
    assert "BMP" in admin_errors(response)
    assert not Image.objects.exists()
