"""Queries compiled once per shape (articles/compiled.py) answer exactly as the ORM does."""

from datetime import timedelta

import psycopg
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from articles.compiled import CompiledQuery, forget_plans
from articles.models import Article
from articles.querysets import Status
from articles.story import live_story

builds = []


@CompiledQuery
def newest(sections: list[int], exclude: list[int], now, *, size: int):
    builds.append(size)
    return (
        Article.objects.live(now).cards().in_sections(sections).excluding(exclude).latest()[:size]
    )


def orm_newest(sections, exclude, now, size):
    return [
        tuple(row)
        for row in Article.objects.live(now)
        .cards()
        .in_sections(sections)
        .excluding(exclude)
        .latest()[:size]
    ]


@pytest.fixture
def stories(make_article, sections):
    now = timezone.now()
    made = [make_article(published_at=now - timedelta(hours=i)) for i in range(6)]
    made.append(make_article(section=sections["cong_doan"], published_at=now - timedelta(hours=9)))
    return made


@pytest.mark.django_db
def test_rows_are_the_orms_rows_whatever_the_values(stories, sections):
    section_ids = [sections["hoat_dong"].pk, sections["cong_doan"].pk]
    now = timezone.now()
    cases = [
        (section_ids, [], now, 10),
        (section_ids, [stories[0].pk], now, 10),
        (section_ids, [stories[1].pk], now, 10),  # same shape, another value
        (section_ids, [stories[1].pk, stories[3].pk], now, 3),
        ([sections["cong_doan"].pk], [], now, 10),
        (section_ids, [], now - timedelta(hours=4, minutes=30), 10),
    ]
    for section_list, exclude, at, size in cases:
        got = newest.rows(sections=section_list, exclude=exclude, now=at, size=size)
        assert got == orm_newest(section_list, exclude, at, size)
        assert got, "each case finds stories: an empty match would prove nothing"
    # Dates come back as the ORM gives them: aware, in UTC.
    assert got[0][4] == stories[5].published_at


@pytest.mark.django_db
def test_the_orm_builds_each_shape_once_and_values_change_the_answer(stories, sections):
    forget_plans()
    builds.clear()
    section_ids = [sections["hoat_dong"].pk]
    first = newest.rows(sections=section_ids, exclude=[stories[0].pk], now=timezone.now(), size=2)
    second = newest.rows(sections=section_ids, exclude=[stories[1].pk], now=timezone.now(), size=2)
    assert builds == [2]
    assert [row[0] for row in first] == [stories[1].pk, stories[2].pk]
    assert [row[0] for row in second] == [stories[0].pk, stories[2].pk]
    # Another list length, another LIMIT: new shapes, compiled once each.
    newest.rows(
        sections=section_ids, exclude=[stories[0].pk, stories[1].pk], now=timezone.now(), size=2
    )
    newest.rows(sections=section_ids, exclude=[stories[0].pk], now=timezone.now(), size=5)
    assert builds == [2, 2, 5]


@pytest.mark.django_db
def test_a_reused_plan_still_decides_visibility_at_each_call(make_article, sections):
    """The time is a parameter, not part of the SQL: a scheduled story shows up
    on the first call after its time, through the same compiled statement."""
    now = timezone.now()
    make_article(published_at=now - timedelta(hours=1))
    scheduled = make_article(published_at=now + timedelta(minutes=5))
    section_ids = [sections["hoat_dong"].pk]
    before = newest.rows(sections=section_ids, exclude=[], now=now, size=10)
    after = newest.rows(sections=section_ids, exclude=[], now=now + timedelta(minutes=6), size=10)
    assert scheduled.pk not in [row[0] for row in before]
    assert [row[0] for row in after][0] == scheduled.pk

    Article.objects.filter(pk=scheduled.pk).update(status=Status.UNPUBLISHED)
    later = newest.rows(sections=section_ids, exclude=[], now=now + timedelta(minutes=7), size=10)
    assert scheduled.pk not in [row[0] for row in later]


@pytest.mark.django_db
def test_duplicates_and_empty_lists(stories, sections):
    section_id = sections["hoat_dong"].pk
    now = timezone.now()
    twice = newest.rows(sections=[section_id, section_id], exclude=[], now=now, size=10)
    assert twice == orm_newest([section_id], [], now, 10)
    with CaptureQueriesContext(connection) as queries:
        assert newest.rows(sections=[], exclude=[], now=now, size=10) == []
    assert len(queries) == 0  # the ORM knows IN () matches nothing


@pytest.mark.django_db
def test_a_value_the_sql_does_not_carry_is_refused(stories):
    @CompiledQuery
    def ignores_its_value(section: int):
        return Article.objects.values_list("id")

    with pytest.raises(ValueError, match="not bound as parameters"):
        ignores_its_value.rows(section=1)


@pytest.mark.django_db
def test_a_stand_in_outside_a_small_columns_range_still_gets_real_answers(make_article):
    """The ORM answers "no rows" for a value a column cannot hold, stand-ins
    included: such a shape is asked through the ORM with the real values."""

    @CompiledQuery
    def at_version(version: int):
        return Article.objects.filter(version=version).order_by("id").values_list("id")

    first, second = make_article(), make_article()
    Article.objects.filter(pk=second.pk).update(version=7)
    assert at_version.rows(version=1) == [(first.pk,)]
    assert at_version.rows(version=7) == [(second.pk,)]


@pytest.mark.django_db
def test_a_settings_change_recompiles(stories, sections):
    forget_plans()
    builds.clear()
    args = dict(sections=[sections["hoat_dong"].pk], exclude=[], now=timezone.now(), size=4)
    newest.rows(**args)
    with override_settings(TIME_ZONE="UTC"):
        assert newest.rows(**args) == orm_newest(
            args["sections"], args["exclude"], args["now"], args["size"]
        )
    assert builds == [4, 4]


@pytest.mark.django_db
def test_a_story_pages_queries_are_planned_once_per_connection(client, no_page_cache, stories):
    """On PostgreSQL the block queries become prepared statements
    (DJANGO_DB_PREPARE) with one generic plan: the server stops re-planning
    them. Left to choose, it re-planned the related and editor-link queries
    on every request (0.6-0.8 ms each)."""
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements are PostgreSQL's")
    url = stories[2].get_absolute_url()
    for _ in range(8):
        assert client.get(url).status_code == 200
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements")
        prepared = {row[0]: row[1:] for row in cursor.fetchall()}
    for table in ('"articles_relatedresult"', '"articles_blockitem"', '"articles_articlelink"'):
        plans = [counts for sql, counts in prepared.items() if f"FROM {table}" in sql]
        assert plans, f"{table} is prepared"
        assert all(generic >= 1 and custom == 0 for generic, custom in plans), (table, plans)


@pytest.mark.django_db
def test_other_queries_carry_their_values_in_the_sql(stories):
    """Everything but a compiled query is bound on the client, so PostgreSQL
    plans it for its values even though the session plans prepared
    statements generically (search's plan depends on its words)."""
    if connection.vendor != "postgresql":
        pytest.skip("binding is psycopg's")
    with connection.cursor() as cursor:
        assert isinstance(cursor.cursor, psycopg.ClientCursor)
        cursor.execute("SHOW plan_cache_mode")
        assert cursor.fetchone() == ("force_generic_plan",)
    live_story(stories[2].pk)  # a compiled query leaves the connection as it found it
    with connection.cursor() as cursor:
        assert isinstance(cursor.cursor, psycopg.ClientCursor)
