"""The related-article engine: editors win, visibility, dedupe, incremental updates.

Stories are short texts written for these tests, on three topics that share
no vocabulary: union wages, football and hospitals.
"""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import related
from articles.blocks import automatic_related, story_blocks
from articles.models import Article, ArticleLink, LinkKind, RelatedResult, RelatedState, RelatedTerm
from articles.querysets import Status
from articles.related.terms import term_counts
from tests.stories import FOOTBALL, WAGES

HOSPITAL = [
    (
        "Bệnh viện quá tải vì dịch sốt xuất huyết",
        "Bác sĩ khuyến cáo người dân diệt muỗi, phòng bệnh sốt xuất huyết.",
        "Nhiều bệnh nhân sốt xuất huyết nhập viện, bệnh viện phải kê thêm giường. "
        "Bác sĩ điều trị cho trẻ em mắc bệnh.",
    ),
    (
        "Bác sĩ hướng dẫn phòng bệnh sốt xuất huyết mùa mưa",
        "Bệnh viện tiếp nhận nhiều bệnh nhân mắc sốt xuất huyết.",
        "Diệt muỗi và lăng quăng là cách phòng bệnh hiệu quả. Bệnh nhân cần đến "
        "bệnh viện khi sốt cao, bác sĩ theo dõi điều trị.",
    ),
]


@pytest.fixture
def newsroom(text_story):
    return {
        "wages": [text_story(t) for t in WAGES],
        "football": [text_story(t) for t in FOOTBALL],
        "hospital": [text_story(t) for t in HOSPITAL],
    }


def save(article, django_capture_on_commit_callbacks, **changes):
    for name, value in changes.items():
        setattr(article, name, value)
    with django_capture_on_commit_callbacks(execute=True):
        article.save()
    return article


def related_ids(article, now=None):
    return [a.pk for a in automatic_related(article, {article.pk}, 12, now)]


def test_bigrams_stay_inside_a_phrase_and_skip_stopwords():
    counts = term_counts("Công đoàn Hà Nội, người lao động.", stop=frozenset({"người"}))
    assert counts["công_đoàn"] == 1
    assert counts["lao_động"] == 1
    assert "nội_người" not in counts  # the comma cuts the phrase
    assert "người" not in counts  # a stopword alone is dropped
    assert counts["người_lao"] == 1  # but not inside a bigram with a content syllable


def test_same_topic_stories_come_first(newsroom):
    wages = newsroom["wages"]
    found = related_ids(wages[0])
    assert set(found[:3]) == {a.pk for a in wages[1:]}
    football = newsroom["football"]
    assert set(related_ids(football[0])[:2]) == {a.pk for a in football[1:]}


def test_pins_first_in_order_and_exclusions_never_shown(newsroom):
    source = newsroom["wages"][0]
    pin_a, pin_b = newsroom["hospital"][1], newsroom["football"][2]
    banned = newsroom["wages"][1]
    ArticleLink.objects.create(source=source, target=pin_a, kind=LinkKind.PIN, position=1)
    ArticleLink.objects.create(source=source, target=pin_b, kind=LinkKind.PIN, position=2)
    ArticleLink.objects.create(source=source, target=banned, kind=LinkKind.EXCLUDE)
    blocks = story_blocks(source, [source.section_id])
    assert [a.pk for a in blocks.related[:2]] == [pin_a.pk, pin_b.pk]
    shown = blocks.top_headlines + blocks.related + blocks.other_news + blocks.must_see
    assert banned.pk not in {a.pk for a in shown}
    assert {a.pk for a in blocks.related[2:4]} == {a.pk for a in newsroom["wages"][2:]}


def test_exclusion_is_respected_when_the_list_is_computed(
    newsroom, django_capture_on_commit_callbacks
):
    source, banned = newsroom["wages"][0], newsroom["wages"][1]
    ArticleLink.objects.create(source=source, target=banned, kind=LinkKind.EXCLUDE)
    save(source, django_capture_on_commit_callbacks)
    assert not RelatedResult.objects.filter(source=source, target=banned).exists()


def test_unpublished_and_scheduled_stories_are_never_suggested(newsroom, text_story):
    source = newsroom["wages"][0]
    draft = text_story(WAGES[1], status=Status.DRAFT)
    review = text_story(WAGES[2], status=Status.REVIEW)
    later = timezone.now() + timedelta(hours=2)
    scheduled = text_story(WAGES[3], published_at=later)
    found = related_ids(source)
    assert draft.pk not in found and review.pk not in found
    assert scheduled.pk not in found
    # No job is needed when the time comes: the read query decides.
    assert scheduled.pk in related_ids(source, now=later + timedelta(minutes=1))


def test_no_story_is_repeated_across_the_blocks_of_a_page(newsroom):
    source = newsroom["wages"][0]
    top = newsroom["wages"][1]
    ArticleLink.objects.create(source=source, target=top, kind=LinkKind.TOP, position=1)
    blocks = story_blocks(source, [source.section_id])
    shown = [a.pk for a in blocks.top_headlines + blocks.related + blocks.other_news]
    assert top.pk in shown
    assert len(shown) == len(set(shown))
    assert source.pk not in shown


def test_publishing_adds_to_neighbours_and_unpublishing_removes_everywhere(
    newsroom, text_story, django_capture_on_commit_callbacks
):
    source = newsroom["football"][0]
    extra = (
        "Đội tuyển bóng đá tập luyện trước vòng loại",
        "Các cầu thủ trẻ và thủ môn tập trung cùng huấn luyện viên.",
        "Tiền đạo luyện dứt điểm ghi bàn thắng, đội tuyển sẵn sàng trên sân vận động.",
    )
    newcomer = text_story(extra, status=Status.DRAFT)
    assert newcomer.pk not in related_ids(source)
    save(newcomer, django_capture_on_commit_callbacks, status=Status.PUBLISHED)
    assert newcomer.pk in related_ids(source)
    assert RelatedResult.objects.filter(target=newcomer).count() >= 2
    save(newcomer, django_capture_on_commit_callbacks, status=Status.UNPUBLISHED)
    assert not RelatedResult.objects.filter(target=newcomer).exists()
    assert newcomer.pk not in related_ids(source)


def test_related_block_costs_exactly_one_query(newsroom):
    source = newsroom["hospital"][0]
    with CaptureQueriesContext(connection) as ctx:
        found = automatic_related(source, {source.pk}, 6)
    assert len(ctx.captured_queries) == 1
    assert found and found[0].section_name  # what a card shows is already loaded
    with CaptureQueriesContext(connection) as ctx:
        [(a.title, a.story.get_absolute_url(), a.story.section.get_absolute_url()) for a in found]
    assert len(ctx.captured_queries) == 0


def test_related_block_on_the_article_page(client, newsroom, no_page_cache):
    source, neighbour = newsroom["hospital"]
    response = client.get(source.get_absolute_url())
    assert response.status_code == 200
    assert neighbour.title in response.content.decode()


def test_near_duplicates_are_collapsed(newsroom, text_story):
    source = newsroom["hospital"][0]
    rerun = text_story(HOSPITAL[0])  # the same text_story published again
    copy_a = text_story(HOSPITAL[1])
    found = related_ids(source)
    assert rerun.pk not in found
    twins = {newsroom["hospital"][1].pk, copy_a.pk}
    assert len(twins & set(found)) == 1


def test_time_closeness_prefers_the_source_era(text_story, sections):
    old = timezone.now() - timedelta(days=365 * 6)
    source = text_story(HOSPITAL[0], published_at=old)
    then = text_story(HOSPITAL[1], published_at=old + timedelta(days=2))
    now_copy = text_story(
        (HOSPITAL[1][0] + " năm nay", HOSPITAL[1][1], HOSPITAL[1][2]),
        published_at=timezone.now() - timedelta(hours=1),
    )
    found = related_ids(source)
    assert found.index(then.pk) < found.index(now_copy.pk) if now_copy.pk in found else True
    assert found[0] == then.pk


def test_explain_gives_scores_and_vietnamese_reasons(text_story, sections):
    a = text_story(WAGES[0], tags=("công đoàn", "tiền lương"))
    b = text_story(WAGES[1], tags=("công đoàn", "tiền lương", "Hà Nội"))
    suggestions = related.explain(a)
    assert suggestions[0].article.pk == b.pk
    text = suggestions[0].reasons_text_vi
    assert "2 thẻ chung" in text and "công đoàn" in text
    assert "cùng chuyên mục" in text
    assert "từ chung" in text
    assert suggestions[0].score > 0


def test_shared_rare_tags_weigh_more(text_story, sections):
    source = text_story(WAGES[0], tags=("hội nghị người lao động",))
    tagged = text_story(WAGES[1], tags=("hội nghị người lao động",))
    untagged = text_story(WAGES[2])
    found = related_ids(source)
    assert found.index(tagged.pk) < found.index(untagged.pk)


def test_deleting_a_story_removes_it_and_its_counts(newsroom):
    source, gone = newsroom["hospital"]
    gone_pk = gone.pk
    assert RelatedResult.objects.filter(source=source, target_id=gone_pk).exists()
    df_before = RelatedTerm.objects.get(text="sốt_xuất").df
    gone.delete()
    assert not RelatedResult.objects.filter(target_id=gone_pk).exists()
    assert RelatedTerm.objects.get(text="sốt_xuất").df == df_before - 1


def test_rebuild_gives_the_lists_the_updates_gave(newsroom, sections):
    from django.core.management import call_command

    # Updates weighed early stories with the document frequencies of their
    # day, so the order of close scores may differ; the neighbours may not.
    before = {a.pk: set(related_ids(a)[:2]) for group in newsroom.values() for a in group}
    call_command("rebuild_related", "--no-progress", "--batch-size", "3", stdout=io.StringIO())
    after = {a: set(related_ids(Article.objects.get(pk=a))[:2]) for a in before}
    assert after == before
    # Interrupted after the first batch, a resumed rebuild finishes the rest.
    from articles.related.rebuild import state

    assert state()["phase"] == "done"
    RelatedState.objects.filter(key="rebuild").update(
        value={"phase": "lists", "done": 3, "n": len(before)}
    )
    RelatedResult.objects.filter(source_id__in=list(before)[3:]).delete()
    call_command("rebuild_related", "--resume", "--no-progress", stdout=io.StringIO())
    assert {a: set(related_ids(Article.objects.get(pk=a))[:2]) for a in before} == after


def test_a_rebuild_refreshes_cached_story_pages(client, newsroom, sections):
    """Bulk-written stories and lists send no save signal; readers of a cached
    story page must still get the rebuilt "Có thể bạn quan tâm" block."""
    from django.core.management import call_command

    story = newsroom["wages"][0]
    url = story.get_absolute_url()
    assert client.get(url).status_code == 200  # now in the page cache
    title = "Công nhân khu công nghiệp mong lương tối thiểu vùng mới"
    lead = "Công đoàn cơ sở kiến nghị tăng lương tối thiểu cho người lao động."
    body = (
        "Tiền lương tối thiểu vùng chưa đủ trả chi phí nhà trọ, công nhân khu công "
        "nghiệp mong doanh nghiệp sớm tăng lương."
    )
    Article.objects.bulk_create(
        [
            Article(
                title=title,
                slug="cong-nhan-mong-luong-moi",
                lead=lead,
                body=f"<p>{body}</p>",
                section=sections["kinh_te"],  # not in the story's "Tin khác"
                status=Status.PUBLISHED,
                published_at=timezone.now() - timedelta(minutes=1),
            )
        ]
    )
    assert title not in client.get(url).content.decode()
    call_command("rebuild_related", "--no-progress", stdout=io.StringIO())
    assert title in client.get(url).content.decode()


def test_generated_stories_get_related_lists(db):
    from django.core.management import call_command

    call_command("generate_articles", "60", stdout=io.StringIO(), stderr=io.StringIO())
    call_command("rebuild_related", "--no-progress", stdout=io.StringIO())
    text_story = Article.objects.live().first()
    with CaptureQueriesContext(connection) as ctx:
        found = automatic_related(text_story, {text_story.pk}, 6)
    assert len(ctx.captured_queries) == 1
    assert found
    live = set(Article.objects.live().values_list("pk", flat=True))
    assert all(a.pk in live for a in found)
