"""The permission matrix, proven through HTTP POSTs to the admin.

For every role × action the request a browser (or a forged page) would send is
posted to the admin, and the database says whether it took effect. A refused
action must leave the story as it was and answer with a refusal, never a
server error: the rules live on the server, not in which buttons are shown.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from articles.models import Article, ArticleEvent, Block, EventAction, TopHeadline
from articles.querysets import Status
from tests.desk import (
    ADD_URL,
    ADMINISTRATOR,
    EDITOR,
    JOURNALIST,
    change_url,
    errors_of,
    fill,
    inline_prefixes,
    member,
    publishable,
    story_form,
)

ACTIONS = [
    "create",
    "edit_own",
    "edit_other",
    "submit",
    "publish",
    "schedule",
    "unpublish",
    "curate",
    "delete",
]
ALLOWED = {
    JOURNALIST: {"create", "edit_own", "submit"},
    EDITOR: set(ACTIONS),
    ADMINISTRATOR: set(ACTIONS),
}


@pytest.fixture
def superuser_client(db) -> Client:
    client = Client()
    client.force_login(User.objects.create_superuser("toa-soan"))
    return client


@pytest.fixture
def newsroom(db, make_article):
    other = member(JOURNALIST, "phongvien-khac")
    live = make_article(title="Bài đã đăng để liên kết")
    return {"other": other, "live": live}


def _post_change(client, superuser_client, article: Article, changes: dict):
    url = change_url(article)
    data = fill(story_form(client, url, superuser_client), changes)
    return client.post(url, data)


def _refused(response) -> bool:
    """A refusal the person can read: 403, a redirect away, or the form with an error."""
    assert response.status_code != 500
    if response.status_code in (302, 403):
        return True
    return response.status_code == 200 and bool(errors_of(response))


def do_create(client, superuser_client, user, sections, make_article, newsroom) -> bool:
    data = fill(
        story_form(client, ADD_URL, superuser_client),
        {"title": "Bài mới của ma trận quyền", "section": sections["kinh_te"].pk},
    )
    data["status"] = ["draft"]
    response = client.post(ADD_URL, data)
    created = Article.objects.filter(title="Bài mới của ma trận quyền").first()
    if created is None:
        assert _refused(response)
        return False
    assert created.created_by == user and created.status == Status.DRAFT
    return True


def _own_draft(make_article, user, **kwargs) -> Article:
    article = make_article(
        title="Bài nháp của mình", status=Status.DRAFT, created_by=user, **kwargs
    )
    return publishable(article)  # complete, so only the role decides whether it goes out


def do_edit_own(client, superuser_client, user, sections, make_article, newsroom) -> bool:
    article = _own_draft(make_article, user)
    response = _post_change(client, superuser_client, article, {"title": "Đã sửa tiêu đề"})
    article.refresh_from_db()
    if article.title != "Đã sửa tiêu đề":
        assert _refused(response)
        return False
    return True


def do_edit_other(client, superuser_client, user, sections, make_article, newsroom) -> bool:
    article = make_article(
        title="Bài của người khác", status=Status.DRAFT, created_by=newsroom["other"]
    )
    response = _post_change(client, superuser_client, article, {"title": "Sửa bài người khác"})
    article.refresh_from_db()
    if article.title != "Sửa bài người khác":
        assert _refused(response)
        return False
    return True


def do_submit(client, superuser_client, user, sections, make_article, newsroom) -> bool:
    article = _own_draft(make_article, user)
    response = _post_change(client, superuser_client, article, {"status": "review"})
    article.refresh_from_db()
    if article.status != Status.REVIEW:
        assert _refused(response)
        return False
    assert ArticleEvent.objects.filter(article=article, action=EventAction.SUBMITTED).exists()
    return True


def do_publish(client, superuser_client, user, sections, make_article, newsroom) -> bool:
    article = _own_draft(make_article, user)
    response = _post_change(client, superuser_client, article, {"status": "published"})
    article.refresh_from_db()
    if article.status != Status.PUBLISHED:
        assert _refused(response)
        return False
    assert article.is_live()
    return True


def do_schedule(client, superuser_client, user, sections, make_article, newsroom) -> bool:
    article = _own_draft(make_article, user)
    when = timezone.localtime() + timedelta(days=2)
    response = _post_change(
        client,
        superuser_client,
        article,
        {
            "status": "published",
            "published_at_0": f"{when:%Y-%m-%d}",
            "published_at_1": "10:00",
        },
    )
    article.refresh_from_db()
    if article.status != Status.PUBLISHED:
        assert _refused(response)
        assert article.published_at is None
        return False
    assert article.is_scheduled()
    return True


def do_unpublish(client, superuser_client, user, sections, make_article, newsroom) -> bool:
    article = make_article(title="Bài đang hiển thị của mình", created_by=user)
    response = _post_change(client, superuser_client, article, {"status": "unpublished"})
    article.refresh_from_db()
    # The list action is refused too.
    action = client.post(
        "/admin/articles/article/",
        {"action": "unpublish_selected", "_selected_action": [article.pk]},
    )
    assert action.status_code in (200, 302)
    article.refresh_from_db()
    if article.status != Status.UNPUBLISHED:
        assert _refused(response)
        assert article.is_live()
        return False
    return True


def do_curate(client, superuser_client, user, sections, make_article, newsroom) -> bool:
    article = _own_draft(make_article, user)
    target = newsroom["live"]
    # The management form of the top-headline inline, as an editor's page carries it.
    response = _post_change(
        client,
        superuser_client,
        article,
        {
            "links-TOTAL_FORMS": 1,
            "links-INITIAL_FORMS": 0,
            "links-0-target": target.pk,
            "links-0-position": 0,
        },
    )
    assert response.status_code in (200, 302), response.status_code
    block = Block.objects.create(key="nen-xem", name="Nên xem")
    block_response = client.post(
        f"/admin/articles/block/{block.pk}/change/",
        {
            "key": "nen-xem",
            "name": "Nên xem",
            "size": 6,
            "items-TOTAL_FORMS": 1,
            "items-INITIAL_FORMS": 0,
            "items-MIN_NUM_FORMS": 0,
            "items-MAX_NUM_FORMS": 1000,
            "items-0-article": target.pk,
            "items-0-position": 0,
        },
    )
    linked = TopHeadline.objects.filter(source=article, target=target).exists()
    in_block = block.items.filter(article=target).exists()
    assert linked == in_block, (linked, in_block)
    if not linked:
        assert block_response.status_code == 403
    return linked


def do_delete(client, superuser_client, user, sections, make_article, newsroom) -> bool:
    article = _own_draft(make_article, user)
    response = client.post(f"/admin/articles/article/{article.pk}/delete/", {"post": "yes"})
    if Article.objects.filter(pk=article.pk).exists():
        assert response.status_code in (302, 403)
        return False
    return True


@pytest.mark.django_db
@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", [JOURNALIST, EDITOR, ADMINISTRATOR])
def test_permission_matrix(
    client, superuser_client, role, action, sections, make_article, newsroom
):
    user = member(role, "nguoi-thu")
    client.force_login(user)
    done = globals()[f"do_{action}"](
        client, superuser_client, user, sections, make_article, newsroom
    )
    assert done == (action in ALLOWED[role]), f"{role} / {action}"


# --- what each role is shown matches what it may do ---------------------------------


@pytest.mark.django_db
def test_journalist_form_offers_only_draft_and_review_and_no_curation(client, make_article):
    user = member(JOURNALIST, "phongvien")
    client.force_login(user)
    response = client.get(ADD_URL)
    assert inline_prefixes(response) == ["bylines"]
    content = response.content.decode()
    assert 'value="published"' not in content and 'value="unpublished"' not in content
    assert 'name="published_at_0"' not in content
    assert 'value="submit"' in content  # the "Gửi duyệt" button


@pytest.mark.django_db
def test_journalist_sees_only_own_stories_and_cannot_touch_a_submitted_one(client, make_article):
    user = member(JOURNALIST, "phongvien")
    other = member(JOURNALIST, "phongvien-2")
    mine = make_article(title="Bài của tôi đã gửi", status=Status.REVIEW, created_by=user)
    make_article(title="Bài của người khác", status=Status.DRAFT, created_by=other)
    client.force_login(user)
    listing = client.get("/admin/articles/article/").content.decode()
    assert "Bài của tôi đã gửi" in listing and "Bài của người khác" not in listing
    # The submitted story opens read-only, with the reason, and refuses a POST.
    response = client.get(change_url(mine))
    assert response.status_code == 200
    assert "Bài đã gửi duyệt nên bạn không sửa được nữa" in response.content.decode()
    assert 'name="title"' not in response.content.decode()
    assert client.post(change_url(mine), {"title": "Sửa lén"}).status_code == 403
    mine.refresh_from_db()
    assert mine.title == "Bài của tôi đã gửi"


@pytest.mark.django_db
def test_editor_cannot_delete_a_published_story(client, make_article):
    editor = member(EDITOR, "bientap")
    live = make_article(title="Bài đang hiển thị")
    client.force_login(editor)
    response = client.post(f"/admin/articles/article/{live.pk}/delete/", {"post": "yes"})
    assert response.status_code == 403
    assert Article.objects.filter(pk=live.pk).exists()


@pytest.mark.django_db
def test_only_administrators_manage_sections_and_accounts(client, sections):
    for role, allowed in ((JOURNALIST, False), (EDITOR, False), (ADMINISTRATOR, True)):
        user = member(role, f"nguoi-{len(role)}")
        client.force_login(user)
        response = client.post(
            "/admin/articles/section/add/", {"name": f"Chuyên mục {role}", "position": 9}
        )
        assert (response.status_code == 302) == allowed, role
        assert (client.get("/admin/auth/user/").status_code == 200) == allowed, role


@pytest.mark.django_db
def test_demo_accounts_are_in_the_roles(db):
    from articles.demo import builder
    from articles.demo.builder import Report

    users = builder.ensure_accounts(Report())
    assert users["phongvien"].groups.get().name == JOURNALIST
    assert users["bientap"].groups.get().name == EDITOR
    assert not users["phongvien"].has_perm("articles.publish_article")
    assert users["bientap"].has_perm("articles.publish_article")
    assert users["bientap"].has_perm("articles.curate_article")


@pytest.mark.django_db
def test_curation_needs_the_curate_permission_not_only_the_link_models(
    client, superuser_client, make_article, newsroom
):
    """Model permissions on the link lists are not enough: curate_article decides."""
    from django.contrib.auth.models import Permission

    user = member(JOURNALIST, "phongvien-ghim")
    user.user_permissions.add(
        *Permission.objects.filter(
            content_type__app_label="articles",
            codename__in=["add_topheadline", "change_topheadline", "view_topheadline"],
        )
    )
    client.force_login(user)
    article = _own_draft(make_article, user)
    assert inline_prefixes(client.get(change_url(article))) == ["bylines"]
    _post_change(
        client,
        superuser_client,
        article,
        {"links-TOTAL_FORMS": 1, "links-0-target": newsroom["live"].pk, "links-0-position": 0},
    )
    assert not TopHeadline.objects.filter(source=article).exists()


@pytest.mark.django_db
def test_the_view_on_site_redirect_names_no_story_one_may_not_open(client, make_article):
    """``/admin/r/<type>/<id>/`` redirected any staff account to any story's
    address, whose slug is its headline: counting ids read every draft's title."""
    from django.contrib.contenttypes.models import ContentType

    author = member(JOURNALIST, "phongvien-chu")
    draft = make_article(title="Tiêu đề bản nháp bí mật", status=Status.DRAFT, created_by=author)
    live = make_article(title="Bài đã đăng cho bạn đọc", created_by=author)
    kind = ContentType.objects.get_for_model(Article).pk

    def redirect(user: User, article: Article):
        client.force_login(user)
        return client.get(f"/admin/r/{kind}/{article.pk}/")

    for user in (
        User.objects.create_user("nhan-vien", is_staff=True),
        member(JOURNALIST, "phongvien-khac-2"),
        author,
        member(EDITOR, "bientap-2"),
    ):
        response = redirect(user, draft)
        assert response.status_code == 404, user
        assert "tieu-de" not in response.get("Location", "")
    response = redirect(member(EDITOR, "bientap-3"), live)
    assert response.status_code == 302
    assert response["Location"].endswith(live.get_absolute_url())
    assert redirect(User.objects.create_user("nhan-vien-2", is_staff=True), live).status_code == 404
