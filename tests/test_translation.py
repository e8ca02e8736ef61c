"""Strings Django's own Vietnamese catalogue lacks come from locale/vi.

The admin pages are rendered as the desk sees them; each test checks the
Vietnamese text is there and the English Django would otherwise show is not.
"""

import json
import re
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.humanize.templatetags.humanize import naturaltime
from django.test import Client
from django.utils import timezone, translation

from articles.models import Article
from articles.querysets import Status
from tests.desk import ADD_URL, ADMINISTRATOR, EDITOR, client_for, member

LOCALE_DIR = Path(settings.BASE_DIR) / "locale" / "vi" / "LC_MESSAGES"


def editor_client() -> Client:
    return client_for(member(EDITOR, "bientap"))


def html_of(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_admin_form_errors_are_announced_in_vietnamese(db, sections):
    client = editor_client()
    response = client.post(ADD_URL, {"title": "", "lead": "", "body": ""})
    html = html_of(response)
    assert "Vui lòng sửa các lỗi bên dưới." in html
    assert "Please correct" not in html


def test_admin_chrome_and_change_list_are_vietnamese(db, make_article):
    make_article(title="Công đoàn chăm lo Tết cho công nhân")
    html = html_of(editor_client().get("/admin/articles/article/"))
    for vietnamese in [
        "Chuyển đến nội dung chính",
        "Ẩn/hiện thanh điều hướng",
        "Lọc các mục điều hướng",
        "Đổi giao diện sáng/tối (hiện tại: tự động)",
        "Thao tác:",
        ">Thực hiện<",
        "Chọn tất cả các mục trên trang này để thao tác",
        "Chọn mục này để thao tác - Công đoàn chăm lo Tết cho công nhân",
        "Đã chọn 0 trên 1",
        "- Chọn một mục -",
        "Phân trang danh sách bài viết",
    ]:
        assert vietnamese in html, vietnamese
    for english in [
        "Skip to main content",
        "Toggle navigation",
        "Filter navigation items",
        "Toggle theme",
        ">Run<",
        "Select all objects",
        "Select this object",
        "Select an option",
        "Pagination",
        "Model name",
        "Show counts",
    ]:
        assert english not in html, english


def test_add_button_and_history_link_say_what_they_do(db, make_article):
    """Django's own vi catalogue says "Thêm vào bài viết" (add *into* a story)
    and "Bản ghi nhớ" (a memo) for History."""
    article = make_article()
    client = editor_client()
    change_list = html_of(client.get("/admin/articles/article/"))
    assert "Thêm bài viết" in change_list
    assert "Thêm vào bài viết" not in change_list
    change_form = html_of(client.get(f"/admin/articles/article/{article.pk}/change/"))
    assert "Lịch sử" in change_form
    assert "Bản ghi nhớ" not in change_form


def test_delete_confirmation_is_vietnamese(db, make_article):
    article = make_article(
        title="Bài nháp về lương tối thiểu", status=Status.DRAFT, tags=("Tiền lương",)
    )
    html = html_of(editor_client().get(f"/admin/articles/article/{article.pk}/delete/"))
    assert (
        "Bạn có chắc muốn xóa bài viết “Bài nháp về lương tối thiểu”? "
        "Tất cả các mục liên quan sau đây cũng sẽ bị xóa:"
    ) in html
    # django-taggit's str() of the article-tag link
    assert "Bài nháp về lương tối thiểu được gắn thẻ Tiền lương" in html
    for english in ["Are you sure", "related items", "tagged with", "Skip to main content"]:
        assert english not in html, english


def administrator_client() -> Client:
    return client_for(member(ADMINISTRATOR, "quantri"))


def test_protected_delete_is_explained_in_vietnamese(db, make_article, sections):
    """A section that still has (draft) stories cannot go: the page says why."""
    make_article(section=sections["kinh_te"], status=Status.DRAFT)
    url = f"/admin/articles/section/{sections['kinh_te'].pk}/delete/"
    html = html_of(administrator_client().get(url))
    assert (
        "Muốn xóa chuyên mục “Kinh tế” thì phải xóa trước các đối tượng liên quan "
        "đang được bảo vệ sau:"
    ) in html
    assert "Không thể xóa chuyên mục" in html
    assert "would require deleting" not in html
    assert "Cannot delete" not in html


def test_delete_beyond_ones_rights_is_explained_in_vietnamese(db, make_article, sections):
    """A published story may not be deleted by anyone, so neither may its section."""
    make_article(section=sections["kinh_te"], status=Status.PUBLISHED)
    url = f"/admin/articles/section/{sections['kinh_te'].pk}/delete/"
    html = html_of(administrator_client().get(url))
    assert (
        "Xóa chuyên mục “Kinh tế” sẽ kéo theo xóa các đối tượng liên quan, nhưng tài "
        "khoản của bạn không có quyền xóa các loại đối tượng sau:"
    ) in html
    assert "would result in deleting" not in html
    assert "permission" not in html


def test_invalid_slug_error_is_vietnamese(db):
    client = editor_client()
    response = client.post(
        "/admin/articles/author/add/", {"name": "Nguyễn Văn An", "slug": "nguyễn văn an!"}
    )
    html = html_of(response)
    assert (
        "Nhập “đường dẫn” hợp lệ, chỉ gồm chữ cái không dấu, chữ số, dấu gạch dưới "
        "hoặc dấu gạch ngang."
    ) in html
    assert "Vui lòng sửa các lỗi bên dưới." in html
    assert "Enter a valid" not in html


def test_desk_home_says_how_long_ago_in_vietnamese(db, make_article):
    """The review queue's "(3 ngày trước)" comes from humanize's naturaltime."""
    article = make_article(status=Status.REVIEW, published_at=None)
    Article.objects.filter(pk=article.pk).update(updated_at=timezone.now() - timedelta(days=3))
    html = html_of(editor_client().get("/admin/"))
    assert "(3\xa0ngày trước)" in html  # humanize keeps number and unit together
    assert " ago" not in html
    assert "days" not in html


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        (timedelta(days=-3), "3 ngày trước"),
        (timedelta(days=-40), "1 tháng, 1 tuần trước"),
        (timedelta(days=-400), "1 năm, 1 tháng trước"),
        (timedelta(days=2, minutes=1), "2 ngày nữa"),
    ],
)
def test_naturaltime_is_vietnamese(delta, expected):
    now = timezone.now()
    with translation.override("vi"):
        assert naturaltime(now + delta).replace("\xa0", " ") == expected


def test_admin_javascript_catalogue_is_vietnamese(db):
    """The admin's calendar, clock and action bar read their words from /admin/jsi18n/,
    which merges locale/vi/LC_MESSAGES/djangojs.mo over Django's."""
    source = editor_client().get("/admin/jsi18n/").content.decode()
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});", source, re.S).group(1))
    assert catalog["Today (%(date)s)"] == "Hôm nay (%(date)s)"
    assert catalog["abbrev. day Monday\x04Mon"] == "T2"
    assert catalog["one letter Monday\x04M"] == "T2"  # was "2", read like a date
    assert catalog["%(sel)s of %(cnt)s selected"] == ["Đã chọn %(sel)s trên %(cnt)s"]
    assert catalog["%s selected option not visible"] == ["%s mục đã chọn đang bị ẩn"]
    assert (
        "Thực hiện"
        in catalog[
            "You have selected an action, and you haven’t made any changes on individual "
            "fields. You’re probably looking for the Run button rather than the Save button."
        ]
    )
    # Django's catalogue still supplies what the project does not override.
    assert catalog["Now"] == "Bây giờ"


@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="needs gettext's msgfmt")
@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_committed_mo_matches_its_po(domain, tmp_path):
    """The .mo is committed: it must be the compiled .po (and the .po must pass
    msgfmt's placeholder checks)."""
    compiled = tmp_path / f"{domain}.mo"
    subprocess.run(
        ["msgfmt", "--check", "-o", compiled, LOCALE_DIR / f"{domain}.po"],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (LOCALE_DIR / f"{domain}.mo").read_bytes(), (
        f"locale/vi/LC_MESSAGES/{domain}.mo is stale: run msgfmt -o {domain}.mo {domain}.po"
    )


def test_default_permissions_have_vietnamese_names(db):
    """The test database was migrated, so the post_migrate hook has run."""
    from django.contrib.auth.models import Group, Permission

    names = dict(Permission.objects.values_list("codename", "name"))
    assert names["add_article"] == "Thêm bài viết"
    assert names["change_article"] == "Sửa bài viết"
    assert names["delete_article"] == "Xóa bài viết"
    assert names["view_article"] == "Xem bài viết"
    assert names["change_user"] == "Sửa người dùng"
    english = Permission.objects.filter(name__startswith="Can ")
    assert not english.exists(), list(english.values_list("name", flat=True)[:5])

    group = Group.objects.get(name=EDITOR)
    html = html_of(administrator_client().get(f"/admin/auth/group/{group.pk}/change/"))
    assert "Sửa bài viết" in html
    assert "Can add" not in html and "Can change" not in html


def test_permission_renamed_by_hand_is_kept(db):
    from django.apps import apps
    from django.contrib.auth.models import Permission

    from articles.permission_names import rename_default_permissions

    Permission.objects.filter(codename="view_article").update(name="Đọc bài (tự đặt)")
    Permission.objects.filter(codename="add_article").update(name="Can add article")
    assert rename_default_permissions(apps.get_app_config("articles")) == 1
    names = dict(Permission.objects.values_list("codename", "name"))
    assert names["view_article"] == "Đọc bài (tự đặt)"
    assert names["add_article"] == "Thêm bài viết"
    assert rename_default_permissions(apps.get_app_config("articles")) == 0


def test_change_list_search_box_speaks_vietnamese(db, make_article):
    make_article(title="Công đoàn chăm lo Tết cho công nhân")
    make_article(title="Giá xăng giảm")
    html = html_of(editor_client().get("/admin/articles/article/?q=Tết"))
    assert 'alt="Tìm bài viết"' in html
    assert 'alt="Search"' not in html
    assert "1 kết quả" in html and "tổng 2" in html
    assert "Công đoàn chăm lo Tết cho công nhân" in html
    assert "Giá xăng giảm" not in html


def test_account_pages_say_in_vietnamese_what_django_hard_codes(db):
    from django.contrib.auth.models import User

    client = administrator_client()
    someone = User.objects.create_user("nguoidung", password="mat-khau-cu-1")
    html = html_of(client.get(f"/admin/auth/user/{someone.pk}/password/"))
    assert "Nếu tắt, mật khẩu hiện tại của người dùng này sẽ bị xóa." in html
    assert "will be lost" not in html
    html = html_of(client.get("/admin/auth/user/"))
    assert 'alt="Có"' in html and 'alt="Không"' in html  # quantri is staff, nguoidung is not
    assert 'alt="True"' not in html and 'alt="False"' not in html
    assert "Tình trạng nhân viên" in html


def test_add_ons_have_vietnamese_headings(db):
    """The sidebar of every admin page lists the apps by their headings."""
    from django.contrib.auth.models import User

    root = User.objects.create_superuser("goc", "goc@example.vn", "x")
    html = html_of(client_for(root).get("/admin/auth/user/"))
    assert "Chống dò mật khẩu" in html and "Việc chạy nền" in html
    assert "Tasks Database Backend" not in html and ">Axes<" not in html


def test_failed_login_list_says_locked_in_vietnamese(db):
    from axes.models import AccessFailureLog

    AccessFailureLog.objects.create(username="ai-do", ip_address="10.0.0.1", locked_out=True)
    AccessFailureLog.objects.create(username="ai-khac", ip_address="10.0.0.2", locked_out=False)
    html = html_of(administrator_client().get("/admin/axes/accessfailurelog/"))
    assert 'alt="Có"' in html and 'alt="Không"' in html
    assert 'alt="True"' not in html and 'alt="False"' not in html
    assert "Bị khóa" in html
