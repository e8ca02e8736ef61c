"""The journalists' admin, driven through the Django test client as a browser would.

Forms are filled from what the admin renders (hidden management forms, inline
prefixes, default values), so a test breaks when the page a journalist sees
breaks, not when an implementation detail moves.
"""

from __future__ import annotations

import unicodedata
from datetime import timedelta

import lxml.html
import pytest
from django.contrib.auth.models import Permission, User
from django.urls import reverse
from django.utils import timezone

from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    ExcludedRelated,
    PinnedRelated,
    Tag,
    TopHeadline,
)
from articles.querysets import Status

ADD_URL = "/admin/articles/article/add/"
CHANGELIST_URL = "/admin/articles/article/"


# --- helpers --------------------------------------------------------------


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


BADGE = ".//span[contains(concat(' ', @class, ' '), ' status-badge ')]"


def has_class(name: str) -> str:
    """An XPath test for an element carrying the CSS class ``name``."""
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def page(response) -> lxml.html.HtmlElement:
    assert response.status_code == 200, response.status_code
    return lxml.html.fromstring(response.content.decode())


def form_values(response, form_id: str = "article_form") -> dict[str, list[str]]:
    """What a browser would submit for the form as rendered, before any typing."""
    form = page(response).get_element_by_id(form_id)
    values: dict[str, list[str]] = {}
    for name, value in form.form_values():
        values.setdefault(name, []).append(value)
    return values


def fill(values: dict[str, list[str]], fields: dict) -> dict[str, list[str]]:
    """The form as a journalist would submit it after typing ``fields`` into it."""
    data = dict(values)
    for key, value in fields.items():
        data[key] = value if isinstance(value, list) else [str(value)]
    return data


def inline_prefixes(response) -> list[str]:
    """The formset prefixes of the inlines, in page order, read from the management forms."""
    doc = page(response)
    return [
        name.removesuffix("-TOTAL_FORMS")
        for name in doc.xpath(
            "//input[substring(@name, string-length(@name) - 11)='-TOTAL_FORMS']/@name"
        )
    ]


def errors_of(response) -> str:
    doc = lxml.html.fromstring(response.content.decode())
    return " | ".join(
        " ".join(e.text_content().split())
        for e in doc.xpath(f"//*[{has_class('errorlist')} or {has_class('errornote')}]")
    )


def messages_of(response) -> list[str]:
    doc = lxml.html.fromstring(response.content.decode())
    return [
        " ".join(li.text_content().split())
        for li in doc.xpath(f"//ul[{has_class('messagelist')}]/li")
    ]


def journalist(username: str = "phongvien", *, perms=()) -> User:
    user = User.objects.create_user(username, password="mat-khau-dai-123", is_staff=True)
    for perm in perms:
        app_label, codename = perm.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


# --- changelist -------------------------------------------------------------


@pytest.fixture
def desk(make_article, sections, author):
    now = timezone.now()
    live = make_article(
        title="Công đoàn Hà Nội trao quà Tết cho công nhân",
        section=sections["hoat_dong"],
        published_at=now - timedelta(days=2),
    )
    ArticleAuthor.objects.create(article=live, author=author)
    scheduled = make_article(
        title="Giá xăng giảm từ chiều mai",
        section=sections["kinh_te"],
        published_at=now + timedelta(days=1),
    )
    draft = make_article(
        title="Bản nháp về nhà ở xã hội", section=sections["kinh_te"], status=Status.DRAFT
    )
    # A second byline, so the author filter has a choice to offer.
    ArticleAuthor.objects.create(article=draft, author=Author.objects.create(name="Trần Minh"))
    return {"live": live, "scheduled": scheduled, "draft": draft}


def filter_link(response, text: str) -> str:
    """The URL behind the changelist filter choice labelled ``text``."""
    hrefs = [
        a.get("href")
        for a in page(response).xpath("//*[@id='changelist-filter']//a")
        if " ".join(a.text_content().split()) == text
    ]
    assert len(hrefs) == 1, f"filter choice {text!r}: {hrefs}"
    return CHANGELIST_URL + hrefs[0]


def changelist_titles(response) -> list[str]:
    doc = page(response)
    return [
        " ".join(a.text_content().split())
        for a in doc.xpath("//table[@id='result_list']/tbody//th//a")
    ]


@pytest.mark.django_db
def test_changelist_shows_badges_and_reader_links(admin_client, desk):
    response = admin_client.get(CHANGELIST_URL)
    doc = page(response)
    rows = {
        " ".join(row.xpath(".//th//a")[0].text_content().split()): row
        for row in doc.xpath("//table[@id='result_list']/tbody/tr")
    }
    assert set(rows) == {a.title for a in desk.values()}

    live_row = rows[desk["live"].title]
    assert live_row.xpath(BADGE)[0].text_content() == "Đã xuất bản"
    link = live_row.xpath(".//a[@target='_blank']")[0]
    assert link.text_content() == "Xem trên trang"
    assert link.get("href") == desk["live"].get_absolute_url()
    assert admin_client.get(link.get("href")).status_code == 200

    scheduled_row = rows[desk["scheduled"].title]
    badge = scheduled_row.xpath(BADGE)[0]
    local = timezone.localtime(desk["scheduled"].published_at)
    assert badge.text_content() == f"Đã lên lịch {local:%d/%m/%Y %H:%M}"
    assert "status-scheduled" in badge.get("class")
    assert not scheduled_row.xpath(".//a[@target='_blank']")

    draft_row = rows[desk["draft"].title]
    assert draft_row.xpath(BADGE)[0].text_content() == "Bản nháp"
    assert not draft_row.xpath(".//a[@target='_blank']")

    # The column headers and the filter titles are in Vietnamese.
    headers = [
        " ".join(th.text_content().split()) for th in doc.xpath("//table[@id='result_list']//th")
    ]
    assert "Trạng thái" in " ".join(headers) and "Tiêu đề" in " ".join(headers)
    filters = " ".join(doc.get_element_by_id("changelist-filter").text_content().split())
    for title in ("Theo trạng thái", "Theo chuyên mục", "Theo tác giả", "Theo thời điểm xuất bản"):
        assert title in filters


@pytest.mark.django_db
def test_changelist_search_and_filters(admin_client, desk, sections, author):
    titles = changelist_titles(admin_client.get(CHANGELIST_URL, {"q": "quà Tết"}))
    assert titles == [desk["live"].title]
    # The lead is searched too.
    assert len(changelist_titles(admin_client.get(CHANGELIST_URL, {"q": "tóm ý"}))) == 3

    titles = changelist_titles(admin_client.get(CHANGELIST_URL, {"status": "published"}))
    assert set(titles) == {desk["live"].title, desk["scheduled"].title}

    titles = changelist_titles(admin_client.get(CHANGELIST_URL, {"status": "draft"}))
    assert titles == [desk["draft"].title]

    response = admin_client.get(CHANGELIST_URL, {"section__id__exact": sections["kinh_te"].pk})
    assert set(changelist_titles(response)) == {desk["scheduled"].title, desk["draft"].title}

    # The author filter offers the authors that have bylines, and filters by them.
    response = admin_client.get(filter_link(admin_client.get(CHANGELIST_URL), author.name))
    assert changelist_titles(response) == [desk["live"].title]

    # The date filter, followed as a journalist clicks it ("Past 7 days"; Django's
    # own "7 ngày trước" means "7 days ago"), and the date hierarchy above the list.
    response = admin_client.get(filter_link(admin_client.get(CHANGELIST_URL), "7 ngày qua"))
    assert changelist_titles(response) == [desk["live"].title]
    response = admin_client.get(filter_link(admin_client.get(CHANGELIST_URL), "Không có ngày"))
    assert changelist_titles(response) == [desk["draft"].title]
    scheduled_year = timezone.localtime(desk["scheduled"].published_at).year
    response = admin_client.get(CHANGELIST_URL, {"published_at__year": scheduled_year})
    assert desk["scheduled"].title in changelist_titles(response)
    assert desk["draft"].title not in changelist_titles(response)


# --- add / change forms -----------------------------------------------------


@pytest.mark.django_db
def test_add_form_renders_editor_and_vietnamese_labels(admin_client, sections):
    response = admin_client.get(ADD_URL)
    doc = page(response)
    body = doc.get_element_by_id("id_body")
    assert "django_ckeditor_5" in body.get("class")
    config = doc.get_element_by_id("id_body_script")
    assert '"language": "vi"' in config.text_content()
    upload = doc.get_element_by_id("id_body_script-ck-editor-5-upload-url")
    assert upload.get("data-upload-url") == reverse("articles:editor_image_upload")

    labels = {" ".join(lb.text_content().split()) for lb in doc.xpath("//label")}
    for label in ("Tiêu đề:", "Sapo:", "Nội dung:", "Chuyên mục:", "Thẻ:", "Trạng thái:"):
        assert label in labels
    headings = " ".join(h.text_content() for h in doc.xpath("//h2"))
    for heading in ("Phân loại", "Xuất bản", "Tác giả (theo thứ tự ghi tên)"):
        assert heading in headings
    status_options = [o.text_content() for o in doc.xpath("//select[@id='id_status']/option")]
    assert status_options == ["Bản nháp", "Chờ duyệt", "Đã xuất bản", "Đã gỡ"]
    assert doc.xpath("//input[@name='_save']")[0].get("value") == "Lưu lại"
    assert inline_prefixes(response) == ["bylines", "links", "links-2", "links-3"]
    # The tag box asks the admin's own suggest URL.
    tags = doc.get_element_by_id("id_tags")
    assert tags.get("data-suggest-url") == reverse("admin:articles_article_tag_suggest")


@pytest.mark.django_db
def test_posting_the_add_form_creates_the_story_with_tags_byline_and_links(
    admin_client, admin_user, sections, author, make_article
):
    headline = make_article(title="Tin đầu bài đã đăng")
    pinned = make_article(title="Bài ghim đã đăng")
    excluded = make_article(title="Bài không muốn gợi ý")
    response = admin_client.get(ADD_URL)
    data = fill(
        form_values(response),
        {
            "title": "Người lao động  được  tăng lương từ 1/7",
            "lead": "Mức lương tối thiểu vùng tăng 6%.",
            "body": "<p>Từ ngày 1/7, <strong>mức lương</strong> tăng.</p>",
            "section": sections["kinh_te"].pk,
            "tags": "lương tối thiểu, Người lao động",
            "status": "draft",
            "bylines-0-author": author.pk,
            "bylines-0-position": 0,
            "links-TOTAL_FORMS": 1,
            "links-0-target": headline.pk,
            "links-0-position": 0,
            "links-2-TOTAL_FORMS": 1,
            "links-2-0-target": pinned.pk,
            "links-2-0-position": 1,
            "links-3-TOTAL_FORMS": 1,
            "links-3-0-target": excluded.pk,
        },
    )
    response = admin_client.post(ADD_URL, data, follow=True)
    assert response.status_code == 200
    assert not errors_of(response), errors_of(response)
    article = Article.objects.get(title="Người lao động được tăng lương từ 1/7")
    assert any("được thêm vào thành công" in m for m in messages_of(response))

    assert article.slug == "nguoi-lao-dong-duoc-tang-luong-tu-17"
    assert article.section == sections["kinh_te"]
    assert article.status == Status.DRAFT and article.published_at is None
    assert article.body == "<p>Từ ngày 1/7, <strong>mức lương</strong> tăng.</p>"
    assert sorted(article.tags.names()) == ["Người lao động", "lương tối thiểu"]
    assert [b.author for b in article.bylines.all()] == [author]
    assert [link.target for link in TopHeadline.objects.filter(source=article)] == [headline]
    assert [link.target for link in PinnedRelated.objects.filter(source=article)] == [pinned]
    assert [link.target for link in ExcludedRelated.objects.filter(source=article)] == [excluded]
    assert article.created_by == admin_user and article.updated_by == admin_user


@pytest.mark.django_db
def test_change_form_renders_the_saved_story(admin_client, make_article, author, sections):
    article = make_article(
        title="Đoàn viên công đoàn được hỗ trợ nhà ở",
        tags=("nhà ở xã hội", "đoàn viên"),
        body='<figure class="image"><img src="/media/photos/a.jpg" alt="Nhà"></figure>',
    )
    ArticleAuthor.objects.create(article=article, author=author)
    response = admin_client.get(f"/admin/articles/article/{article.pk}/change/")
    doc = page(response)
    assert doc.get_element_by_id("id_title").get("value") == article.title
    # Tags are shown as the comma-separated list a journalist edits, not a Python repr.
    assert sorted(t.strip() for t in doc.get_element_by_id("id_tags").get("value").split(",")) == [
        "nhà ở xã hội",
        "đoàn viên",
    ]
    assert "/media/photos/a.jpg" in doc.get_element_by_id("id_body").text_content()
    assert (
        doc.xpath("//select[@id='id_bylines-0-author']/option[@selected]")[0].text_content()
        == author.name
    )
    # Saving the untouched form changes nothing but the version.
    response = admin_client.post(
        f"/admin/articles/article/{article.pk}/change/", form_values(response), follow=True
    )
    assert not errors_of(response), errors_of(response)
    article.refresh_from_db()
    assert sorted(article.tags.names()) == ["nhà ở xã hội", "đoàn viên"]
    assert article.version == 2


@pytest.mark.django_db
def test_the_same_story_twice_in_one_link_list_is_a_form_error(admin_client, make_article):
    source = make_article(title="Bài gốc")
    target = make_article(title="Bài được liên kết")
    url = f"/admin/articles/article/{source.pk}/change/"
    data = fill(
        form_values(admin_client.get(url)),
        {
            "links-TOTAL_FORMS": 2,
            "links-0-target": target.pk,
            "links-0-position": 0,
            "links-1-target": target.pk,
            "links-1-position": 1,
        },
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Bài viết này đã có trong danh sách." in errors_of(response)
    assert not TopHeadline.objects.filter(source=source).exists()


@pytest.mark.django_db
def test_a_story_cannot_link_to_itself(admin_client, make_article):
    source = make_article(title="Bài tự liên kết")
    url = f"/admin/articles/article/{source.pk}/change/"
    data = fill(
        form_values(admin_client.get(url)),
        {
            "links-2-TOTAL_FORMS": 1,
            "links-2-0-target": source.pk,
            "links-2-0-position": 0,
        },
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "Không thể liên kết bài viết với chính nó." in errors_of(response)
    assert not PinnedRelated.objects.filter(source=source).exists()


# --- tag suggestions ----------------------------------------------------------


@pytest.mark.django_db
def test_tag_suggest_returns_matching_tags(admin_client, make_article):
    make_article(tags=("Công đoàn", "công nhân", "Kinh tế", "lương"))
    url = reverse("admin:articles_article_tag_suggest")
    response = admin_client.get(url, {"q": "cô"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"tags": ["Công đoàn", "công nhân"]}
    # A decomposed (NFD) term from a Mac keyboard finds the same tags.
    nfd = unicodedata.normalize("NFD", "công n")
    assert nfd != "công n"
    assert admin_client.get(url, {"q": nfd}).json() == {"tags": ["công nhân"]}
    assert admin_client.get(url, {"q": ""}).json() == {"tags": []}
    assert admin_client.get(url, {"q": "zzz"}).json() == {"tags": []}


@pytest.mark.django_db
def test_tag_suggest_shows_a_journalist_only_tags_of_stories_they_may_see(
    client, make_article, people
):
    """Another desk's draft or embargoed story keeps its tags to itself; a tag
    on no story yet (the desk's vocabulary) is suggested to everyone."""
    Tag.objects.create(name="Bầu cử chưa dùng")
    make_article(tags=("Bầu cử đã đăng",))
    make_article(status=Status.DRAFT, tags=("Bầu cử nháp của người khác",))
    make_article(published_at=timezone.now() + timedelta(hours=3), tags=("Bầu cử cấm vận",))
    own = make_article(status=Status.DRAFT, tags=("Bầu cử nháp của tôi",))
    own.created_by = people["journalist"]
    own.save()
    url = reverse("admin:articles_article_tag_suggest")
    client.force_login(people["journalist"])
    assert sorted(client.get(url, {"q": "bầu"}).json()["tags"]) == [
        "Bầu cử chưa dùng",
        "Bầu cử nháp của tôi",
        "Bầu cử đã đăng",
    ]
    client.force_login(people["editor"])
    assert len(client.get(url, {"q": "bầu"}).json()["tags"]) == 5


@pytest.mark.django_db
def test_tag_suggest_refuses_anonymous_and_unprivileged_users(client, make_article):
    make_article(tags=("Công đoàn",))
    url = reverse("admin:articles_article_tag_suggest")
    response = client.get(url, {"q": "Cô"})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    assert "Công đoàn" not in response.content.decode()

    client.force_login(journalist("khong-quyen"))
    response = client.get(url, {"q": "Cô"})
    assert response.status_code == 403
    assert response.json() == {"tags": []}
    assert Tag.objects.filter(name="Công đoàn").exists()


# --- autocomplete of link targets ----------------------------------------------


def autocomplete(client, model_name: str, field_name: str, term: str = "") -> list[str]:
    response = client.get(
        "/admin/autocomplete/",
        {"app_label": "articles", "model_name": model_name, "field_name": field_name, "term": term},
    )
    assert response.status_code == 200, response.content
    return [item["text"] for item in response.json()["results"]]


@pytest.mark.django_db
def test_link_target_autocomplete_only_offers_live_stories(admin_client, desk):
    # What the rendered widget asks for: read the model name from the page itself.
    doc = page(admin_client.get(ADD_URL))
    widget_models = {
        s.get("data-model-name") for s in doc.xpath("//select[@data-field-name='target']")
    }
    for model_name in widget_models | {"topheadline", "pinnedrelated", "excludedrelated"}:
        offered = autocomplete(admin_client, model_name, "target")
        assert offered == [desk["live"].title], model_name
        assert autocomplete(admin_client, model_name, "target", "xăng") == []
        assert autocomplete(admin_client, model_name, "target", "quà") == [desk["live"].title]
    # The "Nên xem" block items are stories readers can open, too.
    assert autocomplete(admin_client, "blockitem", "article") == [desk["live"].title]
    # Choosing a section is not restricted to live stories, of course.
    assert "Kinh tế" in autocomplete(admin_client, "article", "section")


@pytest.mark.django_db
def test_journalist_without_article_rights_gets_nothing(client, desk):
    client.force_login(journalist("tap-su"))
    response = client.get(CHANGELIST_URL)
    assert response.status_code == 403
    response = client.get(
        "/admin/autocomplete/",
        {"app_label": "articles", "model_name": "topheadline", "field_name": "target"},
    )
    assert response.status_code == 403


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("nhà ở xã hội", ["nhà ở xã hội"]),
        ("nhà ở xã hội, Công đoàn ,", ["Công đoàn", "nhà ở xã hội"]),
        ("Công đoàn, công đoàn, Công  đoàn", ["Công đoàn"]),
        ('"lương", thưởng Tết', ["lương", "thưởng Tết"]),
    ],
)
def test_tags_are_split_on_commas_only(admin_client, sections, typed, stored):
    data = fill(
        form_values(admin_client.get(ADD_URL)),
        {"title": "Bài có thẻ", "section": sections["kinh_te"].pk, "tags": typed},
    )
    response = admin_client.post(ADD_URL, data, follow=True)
    assert not errors_of(response), errors_of(response)
    assert sorted(Article.objects.get(title="Bài có thẻ").tags.names()) == stored


@pytest.mark.django_db
def test_journalist_writes_a_draft_with_the_perms_the_desk_gives(client, sections):
    user = journalist(
        perms=[
            "articles.add_article",
            "articles.change_article",
            "articles.view_article",
            "articles.add_image",
            "articles.view_section",
            "articles.view_author",
            "articles.view_tag",
        ]
    )
    client.force_login(user)
    response = client.get(ADD_URL)
    # Links to other stories are the editors' job: no inline for them here.
    assert inline_prefixes(response) == []
    assert "Kinh tế" in autocomplete(client, "article", "section", "Kinh")
    data = fill(
        form_values(response),
        {
            "title": "Phóng viên gửi bài",
            "body": "<p>Nội dung <em>nháp</em>.</p>",
            "section": sections["kinh_te"].pk,
        },
    )
    response = client.post(ADD_URL, data, follow=True)
    assert not errors_of(response), errors_of(response)
    article = Article.objects.get(title="Phóng viên gửi bài")
    assert article.status == Status.DRAFT and article.created_by == user
    assert article.body == "<p>Nội dung <em>nháp</em>.</p>"
