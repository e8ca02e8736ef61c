"""The photo desk: bulk upload, the missing-alt filter, search and "where is this photo used"."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from articles.models import Image
from articles.querysets import Status
from tests.conftest import jpeg_bytes
from tests.desk import EDITOR, JOURNALIST, client_for, member, messages_of, page

BULK_URL = "/admin/articles/image/tai-nhieu/"
LIBRARY_URL = "/admin/articles/image/"


@pytest.fixture
def journalist(db):
    return member(JOURNALIST, "phongvien", full_name="Thùy Linh")


def photos(n: int, corrupt: dict[int, bytes]) -> list[SimpleUploadedFile]:
    files = []
    for i in range(n):
        name = f"Ảnh hội nghị {i + 1:02d}.jpg"
        content = corrupt.get(i) or jpeg_bytes(80, 60, (i * 10 % 255, 90, 120))
        files.append(SimpleUploadedFile(name, content, content_type="image/jpeg"))
    return files


def test_bulk_upload_of_twenty_stores_eighteen_and_names_the_two_corrupt(journalist):
    truncated = jpeg_bytes(400, 300)[:300]
    files = photos(20, {4: b"day khong phai anh", 13: truncated})
    response = client_for(journalist).post(
        BULK_URL, {"files": files, "credit": "Ảnh: Hồng Nhung"}, follow=True
    )
    doc = page(response)
    assert Image.objects.count() == 18
    assert set(Image.objects.values_list("uploaded_by", flat=True)) == {journalist.pk}
    assert set(Image.objects.values_list("credit", flat=True)) == {"Ảnh: Hồng Nhung"}
    refused = {
        " ".join(li.xpath(".//strong")[0].text_content().split()): " ".join(
            li.text_content().split()
        )
        for li in doc.xpath("//section[contains(@class,'photo-refused')]//li")
    }
    assert set(refused) == {"Ảnh hội nghị 05.jpg", "Ảnh hội nghị 14.jpg"}
    assert "không phải là ảnh hợp lệ" in refused["Ảnh hội nghị 05.jpg"]
    assert "bị hỏng hoặc không đầy đủ" in refused["Ảnh hội nghị 14.jpg"]
    notes = messages_of(response)
    assert "Đã lưu 18 ảnh." in notes
    assert "2 ảnh bị từ chối: Ảnh hội nghị 05.jpg, Ảnh hội nghị 14.jpg" in notes
    assert len(doc.xpath("//ul[@class='photo-grid']/li")) == 18
    # Every stored file is a photo Pillow reads, named after the upload.
    for image in Image.objects.all():
        assert image.file.name.startswith("photos/") and "anh-hoi-nghi-" in image.file.name
        assert (image.width, image.height) == (80, 60)


def test_more_files_than_allowed_is_a_clear_message(journalist):
    # As a browser sends it: through the CSRF check, which reads the whole
    # body first (with Django's cap at the form's limit, it answered a bare 400).
    client = Client(enforce_csrf_checks=True)
    client.force_login(journalist)
    token = page(client.get(BULK_URL)).xpath("//input[@name='csrfmiddlewaretoken']/@value")[0]
    response = client.post(BULK_URL, {"files": photos(21, {}), "csrfmiddlewaretoken": token})
    assert response.status_code == 200
    assert "Mỗi lần chỉ tải lên được tối đa 20 ảnh; bạn đã chọn 21 ảnh." in (
        response.content.decode()
    )
    assert Image.objects.count() == 0


def test_far_more_files_than_django_reads_is_still_a_message(journalist, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 3
    response = client_for(journalist).post(BULK_URL, {"files": photos(4, {})})
    assert response.status_code == 200
    assert "Mỗi lần chỉ tải lên được tối đa 20 ảnh." in response.content.decode()
    assert Image.objects.count() == 0


def test_bulk_upload_needs_the_right_to_add_photos(db):
    from django.contrib.auth.models import User

    outsider = User.objects.create_user("khach", is_staff=True)
    assert client_for(outsider).get(BULK_URL).status_code == 403
    empty = client_for(member(JOURNALIST, "pv2")).post(BULK_URL, {})
    assert "Hãy chọn ít nhất một ảnh." in empty.content.decode()


def test_library_filters_missing_alt_and_searches_credit(journalist, make_image):
    make_image(caption="Hội nghị công đoàn", alt="", credit="Ảnh: Minh Đức")
    make_image(caption="Chợ hoa", alt="Chợ hoa ngày Tết", credit="Ảnh: Lan Anh")
    client = client_for(journalist)

    def captions(params) -> list[str]:
        doc = page(client.get(LIBRARY_URL, params))
        return [
            " ".join(td.text_content().split()) for td in doc.xpath("//td[@class='field-caption']")
        ]

    assert captions({"alt": "thieu"}) == ["Hội nghị công đoàn"]
    assert captions({"alt": "co"}) == ["Chợ hoa"]
    assert captions({"q": "Lan Anh"}) == ["Chợ hoa"]
    listing = client.get(LIBRARY_URL).content.decode()
    assert 'href="/admin/articles/image/tai-nhieu/"' in listing
    assert "Ảnh thiếu mô tả (alt)" in listing


def test_photo_page_says_where_it_is_used(make_article, make_image, db):
    photo = make_image(caption="Hồ Gươm")
    as_cover = make_article(title="Bài dùng làm ảnh đại diện", cover=photo)
    in_body = make_article(
        title="Bài có ảnh trong nội dung",
        status=Status.DRAFT,
        body=f'<figure class="image"><img src="{photo.url}" alt="Hồ"></figure>',
    )
    make_article(title="Bài không dùng ảnh")
    editor = client_for(member(EDITOR, "bientap"))
    doc = page(editor.get(f"/admin/articles/image/{photo.pk}/change/"))
    used = [
        " ".join(li.text_content().split()) for li in doc.xpath("//ul[@class='photo-used-in']/li")
    ]
    assert sorted(used) == sorted(
        [
            f"{as_cover.title} — ảnh đại diện (Đã xuất bản)",
            f"{in_body.title} — trong nội dung bài (Bản nháp)",
        ]
    )
    # A journalist is not told about other people's drafts.
    reporter = client_for(member(JOURNALIST, "pv3"))
    html = reporter.get(f"/admin/articles/image/{photo.pk}/change/").content.decode()
    assert in_body.title not in html
    unused = make_image()
    assert (
        "Chưa bài nào dùng ảnh này."
        in editor.get(f"/admin/articles/image/{unused.pk}/change/").content.decode()
    )


def test_image_info_feeds_the_social_card_preview(journalist, make_image):
    photo = make_image(caption="Hồ Gươm", alt="Tháp Rùa")
    data = client_for(journalist).get(f"/admin/articles/image/{photo.pk}/thong-tin/").json()
    assert data == {"url": photo.url, "alt": "Tháp Rùa", "caption": "Hồ Gươm"}


def test_a_journalist_changes_her_own_photos_and_only_sees_a_colleagues(journalist, make_image):
    colleague = member(JOURNALIST, "phongvien2", full_name="Minh Đức")
    editor = member(EDITOR, "bientap", full_name="Hồng Nhung")
    hers = make_image(caption="Hội nghị công đoàn", uploaded_by=journalist)
    theirs = make_image(caption="Chợ hoa", uploaded_by=colleague)
    client = client_for(journalist)

    def change(photo: Image, caption: str):
        return client.post(
            f"{LIBRARY_URL}{photo.pk}/change/",
            {"alt_text": photo.alt_text, "caption": caption, "credit": ""},
        )

    assert change(hers, "Hội nghị công đoàn quận").status_code == 302
    shown = page(client.get(f"{LIBRARY_URL}{theirs.pk}/change/"))
    assert "Chợ hoa" in shown.text_content()  # she may look at it
    assert not shown.xpath("//input[@name='_save']")  # but has nothing to save
    assert change(theirs, "Ảnh đã bị thay").status_code == 403
    theirs.refresh_from_db()
    assert theirs.caption == "Chợ hoa"
    hers.refresh_from_db()
    assert hers.caption == "Hội nghị công đoàn quận"
    response = client_for(editor).post(
        f"{LIBRARY_URL}{theirs.pk}/change/",
        {"alt_text": theirs.alt_text, "caption": "Chợ hoa ngày Tết", "credit": ""},
    )
    assert response.status_code == 302
    theirs.refresh_from_db()
    assert theirs.caption == "Chợ hoa ngày Tết"
