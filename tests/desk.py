"""Helpers for the workflow tests: people in their roles, and the story form as
a browser submits it (the form helpers of test_admin.py, reused)."""

from __future__ import annotations

from datetime import datetime

from django.contrib.auth.models import Group, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone

from articles.models import Article, Image
from articles.roles import ADMINISTRATOR, EDITOR, JOURNALIST, ensure_roles
from tests.test_admin import errors_of, fill, form_values, inline_prefixes, messages_of, page

__all__ = [
    "client_for",
    "press",
    "ADD_URL",
    "ADMINISTRATOR",
    "EDITOR",
    "JOURNALIST",
    "change_url",
    "earlier_today",
    "errors_of",
    "fill",
    "form_values",
    "inline_prefixes",
    "member",
    "messages_of",
    "page",
    "publishable",
    "story_form",
]

ADD_URL = "/admin/articles/article/add/"


def change_url(article: Article) -> str:
    return f"/admin/articles/article/{article.pk}/change/"


def earlier_today(now: datetime) -> datetime:
    """A moment already past and still today on the newsroom's clock, whatever
    the hour the suite runs at: "an hour ago" is yesterday at 00:30 in Hà Nội."""
    midnight = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight + (now - midnight) / 2


def member(role: str, username: str, *, full_name: str = "") -> User:
    """A staff account in one of the newsroom's role groups (and nothing else)."""
    ensure_roles()  # a transactional test's flush may have emptied the groups
    # Vietnamese order: "Nguyễn Thanh Hải" is Họ "Nguyễn Thanh", Tên "Hải".
    family, _, given = full_name.rpartition(" ")
    user = User.objects.create_user(username, is_staff=True, first_name=given, last_name=family)
    user.groups.add(Group.objects.get(name=role))
    return user


def story_form(client: Client, url: str, fallback: Client | None = None) -> dict[str, list[str]]:
    """The story form as ``client`` would submit it untouched.

    When that person cannot open an editable form (not theirs, or read-only),
    the form a superuser sees is used instead: the request a forged or stale
    page would send, which the server must refuse on its own.
    """
    response = client.get(url)
    if response.status_code == 200 and b'name="title"' in response.content:
        return form_values(response)
    assert fallback is not None, f"{url}: {response.status_code}"
    return form_values(fallback.get(url))


def publishable(article: Article) -> Article:
    """The story with what the pre-publish checklist asks for (articles/checklist.py):
    a cover photo with alt text and a caption, a tag and a lead."""
    from tests.conftest import jpeg_bytes

    cover = Image(caption="Ảnh minh họa", alt_text="Ảnh minh họa của bài")
    cover.file.save("bia.jpg", SimpleUploadedFile("bia.jpg", jpeg_bytes()), save=False)
    cover.save()
    article.cover = cover
    article.lead = article.lead or "Sapo của bài, một hai câu tóm ý."
    article.save()
    if not article.tags.exists():
        article.tags.add("công đoàn")
    return article


def client_for(user: User) -> Client:
    """A test client signed in as ``user``."""
    client = Client()
    client.force_login(user)
    return client


def press(client: Client, url: str, button: str, **changes):
    """Submit the story form as shown, after typing ``changes``, with one of the
    workflow buttons; the response is returned whatever it is."""
    data = fill(form_values(client.get(url)), changes)
    data["_workflow"] = [button]
    return client.post(url, data)
