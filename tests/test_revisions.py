"""A story's versions through the desk: history, diff, restore, and the audit trail.

Everything goes through HTTP as the people of the newsroom would use it: the
story form posted by an editor or a journalist, the history page, the compare
page and the restore button. The database is only read back to check what the
pages did.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime

import pytest
import time_machine
from django.test import Client
from django.utils import timezone
from reversion.models import Version

from articles import revisions
from articles.models import (
    Article,
    ArticleAuthor,
    Author,
    EventAction,
    ExcludedRelated,
    PinnedRelated,
    TopHeadline,
)
from articles.querysets import Status
from tests.desk import (
    ADD_URL,
    change_url,
    client_for,
    errors_of,
    fill,
    form_values,
    messages_of,
    page,
)

CURATION = {"top": TopHeadline, "pin": PinnedRelated, "exclude": ExcludedRelated}


def history_url(article: Article) -> str:
    return f"/admin/articles/article/{article.pk}/history/"


def compare_url(article: Article) -> str:
    return f"/admin/articles/article/{article.pk}/history/compare/"


def restore_url(article: Article, version_id: int | str) -> str:
    return f"/admin/articles/article/{article.pk}/history/{version_id}/restore/"


def text(element) -> str:
    return " ".join(element.text_content().split())


def curation_prefixes(response) -> dict[str, str]:
    """The formset prefix of each curation list on the story form, found by the
    list's own name (its "Thêm một …" button), not by its place on the page."""
    prefixes = {}
    for group in page(response).xpath("//div[@data-inline-formset]"):
        options = json.loads(group.get("data-inline-formset"))["options"]
        label = options.get("addText", "").casefold()
        for kind, model in CURATION.items():
            if str(model._meta.verbose_name).casefold() in label:
                prefixes[kind] = options["prefix"]
    assert sorted(prefixes) == sorted(CURATION), prefixes
    return prefixes


def replace_rows(
    values: dict[str, list[str]], prefix: str, field: str, objects, *, ordered: bool = True
) -> dict:
    """The typing that empties an inline list and fills it with ``objects`` in order."""
    initial = int(values[f"{prefix}-INITIAL_FORMS"][0])
    changes: dict = {f"{prefix}-{i}-DELETE": "on" for i in range(initial)}
    for n, obj in enumerate(objects):
        changes[f"{prefix}-{initial + n}-{field}"] = obj.pk
        if ordered:
            changes[f"{prefix}-{initial + n}-position"] = n
    changes[f"{prefix}-TOTAL_FORMS"] = initial + len(objects)
    return changes


def story_changes(response, *, authors=None, top=None, pin=None, exclude=None, **fields):
    """``fields`` typed into the form; the byline and curation lists given are replaced."""
    values = form_values(response)
    changes = dict(fields)
    if authors is not None:
        changes |= replace_rows(values, "bylines", "author", authors)
    lists = {"top": top, "pin": pin, "exclude": exclude}
    if any(objects is not None for objects in lists.values()):
        prefixes = curation_prefixes(response)
        for kind, objects in lists.items():
            if objects is not None:
                ordered = kind != "exclude"
                changes |= replace_rows(values, prefixes[kind], "target", objects, ordered=ordered)
    return fill(values, changes)


def post_story(client: Client, url: str, **changes):
    response = client.post(url, story_changes(client.get(url), **changes))
    assert response.status_code == 302, errors_of(response)
    return response


def press(client: Client, url: str, button: str, **changes):
    """Submit the form as shown, after typing ``changes``, with one of the workflow buttons."""
    data = fill(form_values(client.get(url)), changes)
    data["_workflow"] = [button]
    response = client.post(url, data)
    assert response.status_code == 302, errors_of(response)
    return response


def versions(article: Article) -> list[Version]:
    """Newest first, as the history page lists them."""
    return revisions.versions_of(article)


def version_at(article: Article, number: int) -> Version:
    version = revisions.find_version(article, number)
    assert version is not None, number
    return version


def targets(article: Article, model) -> list[Article]:
    return [link.target for link in model.objects.filter(source=article).order_by("position", "id")]


def table(response, table_id: str) -> list[list[str]]:
    doc = page(response)
    return [
        [text(cell) for cell in row.xpath("./th|./td")]
        for row in doc.xpath(f"//table[@id='{table_id}']/tbody/tr")
    ]


def local(moment: datetime) -> str:
    return f"{timezone.localtime(moment):%H:%M %d/%m/%Y}"


@pytest.fixture
def live(make_article):
    """Published stories the curation lists can point at."""
    return {
        name: make_article(title=f"Bài đã đăng {name}")
        for name in ("h1", "h2", "h3", "p1", "p2", "x1", "x2")
    }


V1 = {
    "title": "Lương tối thiểu vùng tăng từ ngày 1/7",
    "lead": "Người lao động ở vùng I được tăng 280.000 đồng mỗi tháng.",
    "body": "<p>Đoạn mở đầu không đổi.</p><p>Mức tăng bình quân là 6%.</p>"
    "<p>Đoạn kết không đổi.</p>",
    "tags": "Lương tối thiểu, Người lao động",
}
V2 = {
    "title": "Lương tối thiểu vùng tăng 7,2% từ ngày 1/7",
    "lead": "Người lao động ở vùng I được tăng 350.000 đồng mỗi tháng.",
    "body": "<p>Đoạn mở đầu không đổi.</p><p>Mức tăng bình quân là 7,2%.</p>"
    "<p>Đoạn kết không đổi.</p><p>Doanh nghiệp có sáu tháng để chuẩn bị.</p>",
    "tags": "Giá xăng",
}


@pytest.fixture
def story(people, sections, live):
    """An editor's story saved twice through the form: version 1, then version 2
    with other words, tags, byline and curation lists."""
    first, second = Author.objects.create(name="Hải Yến"), Author.objects.create(name="Minh Tú")
    desk = client_for(people["editor"])
    post_story(
        desk,
        ADD_URL,
        section=sections["kinh_te"].pk,
        status="draft",
        authors=[first],
        top=[live["h1"], live["h2"]],
        pin=[live["p1"]],
        exclude=[live["x1"]],
        **V1,
    )
    article = Article.objects.get(title=V1["title"])
    post_story(
        desk,
        change_url(article),
        authors=[second],
        top=[live["h3"]],
        pin=[],
        exclude=[live["x2"]],
        **V2,
    )
    article.refresh_from_db()
    assert article.title == V2["title"] and article.version == 2
    assert sorted(article.tags.names()) == ["Giá xăng"]
    assert targets(article, TopHeadline) == [live["h3"]]
    return {"article": article, "authors": (first, second)}


# --- restore ------------------------------------------------------------------------------


@pytest.mark.django_db
def test_restoring_an_old_version_brings_everything_back_as_a_new_version(people, story, live):
    article = story["article"]
    desk = client_for(people["editor"])
    v1 = version_at(article, 1)
    assert len(versions(article)) == 2

    # The restore page shows what restoring would change, before anything changes.
    preview = page(desk.get(restore_url(article, v1.pk)))
    assert "Khôi phục phiên bản này" in preview.xpath("//input[@type='submit']/@value")
    title_diff = preview.xpath("//div[contains(@class, 'diff-field')]")[0]
    assert "7,2%" in " ".join(d.text_content() for d in title_diff.xpath(".//del"))
    assert Article.objects.get(pk=article.pk).title == V2["title"]

    response = desk.post(restore_url(article, v1.pk), follow=True)
    assert response.redirect_chain[-1][0] == change_url(article)
    when = local(v1.revision.date_created)
    assert messages_of(response) == [
        f"Đã khôi phục phiên bản 1 — {when}, Thanh Hải. Việc khôi phục được lưu thành một "
        "phiên bản mới, có thể hoàn tác trong lịch sử."
    ]

    # Words, tags, byline and the three curation lists are version 1's again.
    article.refresh_from_db()
    assert (article.title, article.lead, article.body) == (V1["title"], V1["lead"], V1["body"])
    assert sorted(article.tags.names()) == ["Lương tối thiểu", "Người lao động"]
    assert [b.author for b in ArticleAuthor.objects.filter(article=article)] == [
        story["authors"][0]
    ]
    assert targets(article, TopHeadline) == [live["h1"], live["h2"]]
    assert targets(article, PinnedRelated) == [live["p1"]]
    assert targets(article, ExcludedRelated) == [live["x1"]]
    # The workflow state is not part of a version: the story is still a draft.
    assert article.status == Status.DRAFT and article.published_at is None

    # The restore is itself a new version, the newest, saying what it was.
    history = versions(article)
    assert len(history) == 3
    newest = history[0]
    assert revisions.version_number(newest) == article.version == 3
    assert newest.revision.user == people["editor"]
    local_v1 = timezone.localtime(v1.revision.date_created)
    assert newest.revision.comment == f"Khôi phục phiên bản 1 lưu lúc {local_v1:%d/%m/%Y %H:%M}"
    # ...holding the restored tags and lists, so it can be restored in turn.
    kept = Counter(v.content_type.model for v in newest.revision.version_set.all())
    assert kept == {"article": 1, "taggedarticle": 2, "articleauthor": 1, "articlelink": 4}
    assert revisions.content_of(newest) == revisions.content_of(v1)

    event = article.events.first()
    assert event.action == EventAction.RESTORED and event.actor == people["editor"]

    # The history page lists the three versions with who and when.
    rows = table(desk.get(history_url(article)), "article-versions")
    assert [row[2] for row in rows] == ["3 (hiện tại)", "2", "1"]
    assert [row[4] for row in rows] == ["Thanh Hải"] * 3
    assert [row[3] for row in rows] == [local(v.revision.date_created) for v in history]
    assert rows[0][5].startswith("Khôi phục phiên bản 1")

    # Restoring version 2 undoes the restore: version 4 is version 2 again.
    desk.post(restore_url(article, version_at(article, 2).pk))
    article.refresh_from_db()
    assert article.version == 4 and article.title == V2["title"]
    assert sorted(article.tags.names()) == ["Giá xăng"]
    assert targets(article, TopHeadline) == [live["h3"]]
    assert targets(article, PinnedRelated) == []
    assert targets(article, ExcludedRelated) == [live["x2"]]


@pytest.mark.django_db
def test_the_diff_page_shows_what_changed_in_title_lead_and_body(people, story):
    article = story["article"]
    desk = client_for(people["editor"])
    v1, v2 = version_at(article, 1), version_at(article, 2)

    # The history page's compare form preselects the two newest versions.
    doc = page(desk.get(history_url(article)))
    assert doc.xpath("//input[@name='a'][@checked]/@value") == [str(v1.pk)]
    assert doc.xpath("//input[@name='b'][@checked]/@value") == ["hien-tai"]

    # Older first whichever way round the two are asked for.
    for query in ({"a": v1.pk, "b": v2.pk}, {"a": v2.pk, "b": v1.pk}):
        doc = page(desk.get(compare_url(article), query))
        legend = text(doc.xpath("//p[@class='diff-legend']")[0])
        assert legend.startswith(
            f"Từ Phiên bản 1 — {local(v1.revision.date_created)}, Thanh Hải "
            f"đến Phiên bản 2 — {local(v2.revision.date_created)}, Thanh Hải."
        )
        fields = doc.xpath("//div[contains(@class, 'diff-field')]")
        assert [text(f.xpath("./h3")[0]) for f in fields] == ["Tiêu đề", "Sapo", "Nội dung"]
        title, lead, body = fields
        assert [text(e) for e in title.xpath(".//ins")] == ["7,2%"]
        assert [text(e) for e in lead.xpath(".//del")] == ["280.000"]
        assert [text(e) for e in lead.xpath(".//ins")] == ["350.000"]
        # The body, paragraph by paragraph: unchanged ones plain, the changed one
        # word by word, the new one whole.
        paragraphs = [(p.get("class"), text(p)) for p in body.xpath("./p")]
        assert paragraphs == [
            ("diff-same", "Đoạn mở đầu không đổi."),
            ("diff-changed", "Mức tăng bình quân là 6%.7,2%."),
            ("diff-same", "Đoạn kết không đổi."),
            ("diff-added", "Doanh nghiệp có sáu tháng để chuẩn bị."),
        ]
        changed = body.xpath("./p[@class='diff-changed']")[0]
        assert [text(e) for e in changed.xpath("./del")] == ["6%."]
        assert [text(e) for e in changed.xpath("./ins")] == ["7,2%."]

    # Against the story as it is now; and a field nobody changed says so.
    desk.post(restore_url(article, v2.pk))  # version 3: the same words as 2
    doc = page(desk.get(compare_url(article), {"a": v2.pk, "b": "hien-tai"}))
    assert "đến Bản hiện tại" in text(doc.xpath("//p[@class='diff-legend']")[0])
    assert [text(p) for p in doc.xpath("//p[@class='diff-same']")] == ["Không thay đổi."] * 3


@pytest.mark.django_db
def test_a_journalist_restores_only_their_own_draft_and_never_the_desks_lists(
    people, sections, live
):
    reporter = client_for(people["journalist"])
    post_story(
        reporter,
        ADD_URL,
        title="Bản đầu của phóng viên",
        section=sections["kinh_te"].pk,
        status="draft",
    )
    article = Article.objects.get(title="Bản đầu của phóng viên")
    assert article.created_by == people["journalist"]
    reporter.post(
        change_url(article),
        fill(form_values(reporter.get(change_url(article))), {"title": "Bản hai"}),
    )
    # The editor adds a story above the lead (version 3).
    desk = client_for(people["editor"])
    post_story(desk, change_url(article), top=[live["h1"]])
    article.refresh_from_db()
    assert article.version == 3 and targets(article, TopHeadline) == [live["h1"]]
    v1 = version_at(article, 1)

    # Another journalist does not even see the story.
    outsider = client_for(people["other"])
    assert outsider.get(history_url(article)).status_code == 404
    assert outsider.get(restore_url(article, v1.pk)).status_code == 404
    assert outsider.post(restore_url(article, v1.pk)).status_code == 404
    assert Article.objects.get(pk=article.pk).title == "Bản hai"

    # The author restores their draft's words; the desk's list is not theirs to undo.
    response = reporter.get(restore_url(article, v1.pk))
    assert "Các danh sách tin liên quan do biên tập viên chọn được giữ nguyên." in (
        response.content.decode()
    )
    assert reporter.post(restore_url(article, v1.pk)).status_code == 302
    article.refresh_from_db()
    assert article.title == "Bản đầu của phóng viên" and article.version == 4
    assert targets(article, TopHeadline) == [live["h1"]]
    assert versions(article)[0].revision.user == people["journalist"]

    # Once submitted the story is the desk's: no restore, by link or by POST.
    press(reporter, change_url(article), "submit")
    article.refresh_from_db()
    assert article.status == Status.REVIEW
    rows = table(reporter.get(history_url(article)), "article-versions")
    assert len(rows) == 5 and not any("Khôi phục…" in row[-1] for row in rows)
    response = reporter.post(restore_url(article, version_at(article, 2).pk))
    assert response.status_code == 403
    assert "Bạn không có quyền khôi phục phiên bản của bài này." in response.content.decode()
    article.refresh_from_db()
    assert article.title == "Bản đầu của phóng viên" and article.status == Status.REVIEW
    assert len(versions(article)) == 5


@pytest.mark.django_db
def test_bad_version_ids_are_explained_never_a_server_error(people, story, make_article):
    article = story["article"]
    other = make_article(title="Một bài khác", status=Status.DRAFT)
    post_story(client_for(people["editor"]), change_url(other), title="Một bài khác, đã sửa")
    desk = client_for(people["editor"])
    foreign = versions(other)[0].pk
    missing = (
        "Không tìm thấy phiên bản này của bài; có thể đường dẫn đã bị sửa. "
        "Hãy chọn lại trong danh sách phiên bản."
    )

    for version_id in (999999, foreign, 99999999999999999999999):
        for method in (desk.get, desk.post):
            response = method(restore_url(article, version_id), follow=True)
            assert response.redirect_chain[-1][0] == history_url(article)
            assert messages_of(response) == [missing]
    article.refresh_from_db()
    assert article.title == V2["title"] and article.version == 2

    v1 = version_at(article, 1)
    for query in (
        {"a": "abc"},
        {"a": "²"},  # str.isdigit() says yes; int() says no
        {"a": "-1"},
        {"a": "99999999999999999999999"},
        {"a": v1.pk, "b": foreign},
        {"a": v1.pk, "b": " 1"},
    ):
        response = desk.get(compare_url(article), query, follow=True)
        assert response.redirect_chain[-1][0] == history_url(article), query
        assert messages_of(response) == [missing], query
    response = desk.get(compare_url(article), {"a": "hien-tai"}, follow=True)
    assert messages_of(response) == ["Hãy chọn hai phiên bản để so sánh."]

    # A version id that is not a number does not reach the restore view at all:
    # the admin answers that no such story exists, in Vietnamese.
    response = desk.get(restore_url(article, "abc"), follow=True)
    assert response.status_code == 200
    assert any("không tồn tại" in m for m in messages_of(response)), messages_of(response)


# --- the audit trail ------------------------------------------------------------------------

# 20:30 UTC on 10 March is 03:30 on 11 March in Hà Nội: the history page must
# show the newsroom's own date and time, not the server's.
CREATED = datetime(2025, 3, 10, 20, 30, tzinfo=UTC)
SUBMITTED = datetime(2025, 3, 10, 21, 5, tzinfo=UTC)
PUBLISHED = datetime(2025, 3, 10, 23, 40, tzinfo=UTC)
UNPUBLISHED = datetime(2025, 3, 11, 17, 10, tzinfo=UTC)
RESTORED = datetime(2025, 3, 11, 17, 30, tzinfo=UTC)


@pytest.mark.django_db
def test_history_page_shows_who_created_submitted_published_unpublished_restored_and_when(
    people, sections, make_image
):
    journalist, editor = people["journalist"], people["editor"]
    cover = make_image(caption="Công nhân tan ca", alt="Công nhân ra về sau ca làm")

    with time_machine.travel(CREATED, tick=False):
        post_story(
            client_for(journalist),
            ADD_URL,
            title="Bài theo dõi nhật ký",
            lead="Sapo ban đầu.",
            section=sections["kinh_te"].pk,
            tags="Công đoàn",
            cover=cover.pk,  # everything the pre-publish checklist asks for
            status="draft",
        )
    article = Article.objects.get(title="Bài theo dõi nhật ký")
    url = change_url(article)
    with time_machine.travel(SUBMITTED, tick=False):
        press(client_for(journalist), url, "submit", lead="Sapo đã có số liệu.")
    with time_machine.travel(PUBLISHED, tick=False):
        press(client_for(editor), url, "publish")
    with time_machine.travel(UNPUBLISHED, tick=False):
        press(client_for(editor), url, "unpublish", workflow_note="Chờ xác minh lại số liệu.")
    with time_machine.travel(RESTORED, tick=False):
        desk = client_for(editor)
        response = desk.post(restore_url(article, version_at(article, 1).pk))
        assert response.status_code == 302
        history = desk.get(history_url(article))

    article.refresh_from_db()
    assert article.status == Status.UNPUBLISHED and article.lead == "Sapo ban đầu."
    events = table(history, "article-events")
    assert events == [
        [
            "00:30 12/03/2025",
            "Thanh Hải",
            "Khôi phục phiên bản",
            "Phiên bản 1 lưu lúc 11/03/2025 03:30",
        ],
        ["00:10 12/03/2025", "Thanh Hải", "Gỡ bài", "Chờ xác minh lại số liệu."],
        ["06:40 11/03/2025", "Thanh Hải", "Xuất bản", ""],
        ["04:05 11/03/2025", "Thùy Linh", "Gửi duyệt", ""],
        ["03:30 11/03/2025", "Thùy Linh", "Tạo bài", ""],
    ]
    # The versions tell the same story, each with who saved it and when.
    saved = [(row[3], row[4], row[5]) for row in table(history, "article-versions")]
    assert saved == [
        ("00:30 12/03/2025", "Thanh Hải", "Khôi phục phiên bản 1 lưu lúc 11/03/2025 03:30"),
        ("00:10 12/03/2025", "Thanh Hải", "Gỡ bài"),
        ("06:40 11/03/2025", "Thanh Hải", "Xuất bản"),
        ("04:05 11/03/2025", "Thùy Linh", "Gửi duyệt; sửa sapo"),
        ("03:30 11/03/2025", "Thùy Linh", "Tạo bài"),
    ]
