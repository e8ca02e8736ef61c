"""Explainable curation in a real browser: an editor opens a story, reads the
engine's suggestions and why they were made, pins one and excludes another,
saves, and readers get the pinned story first in "Có thể bạn quan tâm" and
the excluded one nowhere on the page.

The stories are written through the models, so the related engine's signals
compute the suggestions as they would after a journalist's save; everything
the editor does goes through the admin pages, with the panel's script on.
"""

from __future__ import annotations

import re

import pytest

from articles.models import Article, ExcludedRelated, PinnedRelated
from articles.roles import EDITOR
from tests.desk import member
from tests.stories import MORE_WAGES, WAGES

from .conftest import PASSWORD, log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TAGS = ("Công đoàn", "Tiền lương")
SOURCE = WAGES[0]
NEIGHBOURS = WAGES[1:] + MORE_WAGES
NEW_LEAD = "Sapo vừa sửa, chưa lưu khi biên tập viên bấm Ghim và Loại."


@pytest.fixture
def newsroom(make_article):
    """Live stories sharing tags and words; each save runs the engine (autocommit)."""

    def write(text):
        title, lead, body = text
        return make_article(title=title, lead=lead, body=f"<p>{body}</p>", tags=TAGS)

    neighbours = [write(text) for text in NEIGHBOURS]
    source = write(SOURCE)
    editor = member(EDITOR, "bientap", full_name="Lê Minh")
    editor.set_password(PASSWORD)
    editor.save()
    return {"source": source, "neighbours": neighbours}


def test_editor_pins_and_excludes_a_suggestion_and_readers_see_it(live_server, new_page, newsroom):
    base = live_server.url
    source = newsroom["source"]
    titles = {a.title for a in newsroom["neighbours"]}

    # --- the editor reads the suggestions and why they were made ----------------
    page = new_page("bien-tap")
    errors: list[str] = []  # script errors and CSP refusals ("Refused to …") show up here
    page.on(
        "console",
        lambda m: (
            errors.append(m.text)
            if m.type == "error" and not m.text.startswith("Failed to load resource")
            else None
        ),
    )
    page.on("pageerror", lambda e: errors.append(str(e)))
    log_in(page, base, "bientap")
    page.goto(f"{base}/admin/articles/article/{source.pk}/change/")
    panel = page.locator("#related-suggestions")
    assert panel.locator("h2").inner_text() == "Gợi ý tự động"
    rows = panel.locator("tr.related-suggestion")
    shown = [rows.nth(i).locator("a").inner_text() for i in range(rows.count())]
    assert set(shown) == titles
    for i in range(rows.count()):
        reasons = rows.nth(i).locator(".related-reasons").inner_text()
        assert reasons.startswith("2 thẻ chung: ") and "từ chung" in reasons, reasons
        assert re.fullmatch(r"\d+,\d\d", rows.nth(i).locator(".related-score").inner_text())
    # The script took over: the buttons fill the lists of the form, "Lưu" applies.
    assert panel.locator(".related-help-inline").is_visible()
    assert not panel.locator(".related-help-direct").is_visible()

    # Something typed and not saved yet, which the clicks must not lose.
    page.locator("#id_lead").fill(NEW_LEAD)

    # Pin the lowest-ranked suggestion, exclude the best one.
    pinned_title, excluded_title = shown[-1], shown[0]
    pin_row = rows.filter(has_text=pinned_title)
    pin_row.get_by_role("button", name="Ghim").click()
    assert pin_row.locator(".related-state").inner_text() == "Sẽ ghim khi bấm “Lưu”"
    exclude_row = rows.filter(has_text=excluded_title)
    exclude_row.get_by_role("button", name="Loại").click()
    assert exclude_row.locator(".related-state").inner_text() == "Sẽ loại khi bấm “Lưu”"

    # Nothing was posted: the same page, the typing intact, the rows in the lists.
    assert page.url.endswith(f"/admin/articles/article/{source.pk}/change/")
    assert page.locator("#id_lead").input_value() == NEW_LEAD
    pin_prefix = panel.get_attribute("data-pin-prefix")
    exclude_prefix = panel.get_attribute("data-exclude-prefix")
    pin_group = page.locator(f"#{pin_prefix}-group")
    assert (
        pin_group.locator(".select2-selection__rendered").last.inner_text().endswith(pinned_title)
    )
    exclude_group = page.locator(f"#{exclude_prefix}-group")
    assert (
        exclude_group.locator(".select2-selection__rendered")
        .last.inner_text()
        .endswith(excluded_title)
    )
    assert not PinnedRelated.objects.exists() and not ExcludedRelated.objects.exists()

    page.locator("input[name=_save]").click()
    page.locator("ul.messagelist li.success").first.wait_for()
    assert [p.target.title for p in PinnedRelated.objects.filter(source=source)] == [pinned_title]
    assert [e.target.title for e in ExcludedRelated.objects.filter(source=source)] == [
        excluded_title
    ]
    assert Article.objects.get(pk=source.pk).lead == NEW_LEAD

    # Back on the story: the excluded suggestion is gone, the pinned one marked.
    page.goto(f"{base}/admin/articles/article/{source.pk}/change/")
    assert rows.filter(has_text=excluded_title).count() == 0
    assert rows.filter(has_text=pinned_title).locator(".related-state").inner_text() == (
        "Đang được ghim"
    )

    assert errors == []

    # --- a reader opens the story ------------------------------------------------
    page = new_page("doc-gia")
    response = page.goto(f"{base}{source.get_absolute_url()}")
    assert response.status == 200
    assert page.locator(".story-lead").inner_text() == NEW_LEAD
    related = page.locator(".block-related li a")
    assert related.first.inner_text() == pinned_title
    assert related.count() == len(titles) - 1
    # Nowhere on the page: not in a block, not in a link, not in the markup.
    excluded = next(a for a in newsroom["neighbours"] if a.title == excluded_title)
    assert excluded_title not in page.locator("body").inner_text()
    assert excluded.get_absolute_url() not in page.content()
