"""Strings Django's own Vietnamese catalogue lacks come from locale/vi."""

from django.test import Client

from tests.desk import ADD_URL, EDITOR, member


def test_admin_form_errors_are_announced_in_vietnamese(db, sections):
    client = Client()
    client.force_login(member(EDITOR, "bientap"))
    response = client.post(ADD_URL, {"title": "", "lead": "", "body": ""})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Vui lòng sửa các lỗi bên dưới." in html
    assert "Please correct" not in html
