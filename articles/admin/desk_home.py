"""The desk home: what the admin index shows a journalist and an editor.

- Everyone: "Bài của tôi", their own stories (created or bylined) by state,
  with when each was last edited.
- Editors (those who publish): the review queue, the next 24 hours of
  scheduled stories on a timeline, what went live today per section, the
  most-read stories of the last 24 hours and 7 days, and two charts (stories
  published per day per section over 30 days; reads per hour today).

Which stories a person may see and open is decided by articles/workflow.py,
as everywhere on the desk; this module only arranges them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .. import readership, workflow
from ..models import Article, ArticleAuthor, Block, EventAction, Section
from ..querysets import Status
from .article import _sent_back_note, queue
from .charts import Chart, Series, TimelineItem, timeline_svg

GROUP_SIZE = 12
CHART_DAYS = 30
TIMELINE_HOURS = 24
CHANGELIST = "admin:articles_article_changelist"


@dataclass
class Group:
    key: str
    label: str
    stories: list[Article]
    count: int
    more_url: str = ""


@dataclass
class SectionDay:
    section: Section
    stories: list[Article] = field(default_factory=list)


def _with_bylines(queryset: QuerySet) -> QuerySet:
    return queryset.select_related("section", "section__parent").prefetch_related(
        Prefetch("bylines", queryset=ArticleAuthor.objects.select_related("author"))
    )


def my_groups(request: HttpRequest, now: datetime) -> list[Group]:
    """The person's own stories by state, last edited first."""
    mine = queue(request, workflow.visible_articles(request.user, Article.objects.all()), "cua-toi")
    last_action, note = _sent_back_note()
    mine = mine.annotate(desk_last=last_action, desk_note=note)
    drafts = mine.filter(status=Status.DRAFT)
    sent_back = drafts.filter(desk_last=EventAction.SENT_BACK)
    groups = [
        ("bi-tra-lai", _("Bị trả lại"), sent_back, "status=draft"),
        ("ban-nhap", _("Bản nháp"), drafts.exclude(pk__in=sent_back.values("pk")), "status=draft"),
        ("cho-duyet", _("Chờ duyệt"), mine.filter(status=Status.REVIEW), "status=review"),
        ("da-len-lich", _("Đã lên lịch"), mine.scheduled(now), "hang-doi=da-len-lich"),
        ("da-dang", _("Đã đăng"), mine.live(now), "status=published"),
        ("da-go", _("Đã gỡ"), mine.filter(status=Status.UNPUBLISHED), "status=unpublished"),
    ]
    result = []
    for key, label, stories, params in groups:
        ordered = stories.select_related("section").order_by("-updated_at", "-id")
        count = ordered.count()
        if not count:
            continue
        more = f"{reverse(CHANGELIST)}?hang-doi=cua-toi&{params}" if count > GROUP_SIZE else ""
        result.append(Group(key, label, list(ordered[:GROUP_SIZE]), count, more))
    return result


def review_queue(now: datetime) -> list[Article]:
    """Stories waiting for an editor, the longest-waiting first."""
    return list(
        _with_bylines(Article.objects.filter(status=Status.REVIEW)).order_by("updated_at", "id")
    )


def scheduled_next(now: datetime, hours: int = TIMELINE_HOURS) -> list[Article]:
    return list(
        _with_bylines(Article.objects.scheduled(now))
        .filter(published_at__lte=now + timedelta(hours=hours))
        .order_by("published_at", "id")
    )


def _top_section(article: Article) -> Section:
    section = article.section
    return section.parent if section.parent_id else section


def published_today(now: datetime) -> list[SectionDay]:
    start = timezone.localtime(now).replace(hour=0, minute=0, second=0, microsecond=0)
    stories = (
        Article.objects.live(now)
        .filter(published_at__gte=start)
        .select_related("section", "section__parent")
        .order_by("-published_at", "-id")
    )
    by_section: dict[int, SectionDay] = {}
    for story in stories:
        top = _top_section(story)
        by_section.setdefault(top.pk, SectionDay(top)).stories.append(story)
    return sorted(by_section.values(), key=lambda d: (-len(d.stories), d.section.position))


def published_per_day_chart(now: datetime, days: int = CHART_DAYS) -> Chart:
    """Stories published per day per top-level section, the last ``days`` days."""
    today = timezone.localtime(now).date()
    first = today - timedelta(days=days - 1)
    start = timezone.make_aware(datetime.combine(first, datetime.min.time()))
    rows = (
        Article.objects.live(now)
        .filter(published_at__gte=start)
        .values_list("published_at", "section_id", "section__parent_id")
    )
    dates = [first + timedelta(days=i) for i in range(days)]
    index = {d: i for i, d in enumerate(dates)}
    counts: dict[int, list[int]] = defaultdict(lambda: [0] * days)
    for published_at, section_id, parent_id in rows:
        day = timezone.localtime(published_at).date()
        counts[parent_id or section_id][index[day]] += 1
    sections = Section.objects.in_bulk(list(counts))
    ordered = sorted(counts, key=lambda pk: (-sum(counts[pk]), sections[pk].position))
    series = [Series(sections[pk].name, counts[pk]) for pk in ordered]
    total = sum(sum(s.values) for s in series)
    parts = {"first": f"{first:%d/%m}", "last": f"{today:%d/%m}", "total": total}
    if series:
        description = ngettext(
            "Biểu đồ cột chồng từ %(first)s đến %(last)s: tổng cộng %(total)s bài, "
            "nhiều nhất là chuyên mục %(section)s.",
            "Biểu đồ cột chồng từ %(first)s đến %(last)s: tổng cộng %(total)s bài, "
            "nhiều nhất là chuyên mục %(section)s.",
            total,
        ) % {**parts, "section": series[0].name}
    else:
        description = (
            ngettext(
                "Biểu đồ cột chồng từ %(first)s đến %(last)s: tổng cộng %(total)s bài.",
                "Biểu đồ cột chồng từ %(first)s đến %(last)s: tổng cộng %(total)s bài.",
                total,
            )
            % parts
        )
    return Chart(
        key="chart-published",
        title=ngettext(
            "Số bài đăng mỗi ngày theo chuyên mục, %(days)s ngày qua",
            "Số bài đăng mỗi ngày theo chuyên mục, %(days)s ngày qua",
            days,
        )
        % {"days": days},
        description=description,
        labels=[f"{d:%d/%m}" for d in dates],
        series=series,
        label_header=_("Ngày"),
    )


def reads_today_chart(now: datetime) -> Chart:
    local = timezone.localtime(now)
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    hours = readership.reads_per_hour(start)
    values = [count for _hour, count in hours]
    busiest = max(range(24), key=lambda h: values[h]) if any(values) else None
    total = sum(values)
    if busiest is not None:
        description = ngettext(
            "Biểu đồ cột 24 giờ: tổng cộng %(total)s lượt đọc, nhiều nhất lúc %(hour)sh.",
            "Biểu đồ cột 24 giờ: tổng cộng %(total)s lượt đọc, nhiều nhất lúc %(hour)sh.",
            total,
        ) % {"total": total, "hour": busiest}
    else:
        description = ngettext(
            "Biểu đồ cột 24 giờ: tổng cộng %(total)s lượt đọc.",
            "Biểu đồ cột 24 giờ: tổng cộng %(total)s lượt đọc.",
            total,
        ) % {"total": total}
    return Chart(
        key="chart-reads",
        title=_("Lượt đọc theo giờ hôm nay (%(date)s)") % {"date": f"{local:%d/%m/%Y}"},
        description=description,
        labels=[f"{h}h" for h in range(24)],
        long_labels=[f"{h:02d}:00–{h:02d}:59" for h in range(24)],
        series=[Series(_("Lượt đọc"), values)],
        label_header=_("Giờ"),
    )


def build(request: HttpRequest, now: datetime | None = None) -> dict:
    """Everything the desk home shows this person."""
    now = now or timezone.now()
    user = request.user
    editor = workflow.can_publish(user)
    desk: dict = {
        "now": now,
        "editor": editor,
        "mine": my_groups(request, now),
        "can_write": workflow.can_create(user),
        "can_upload": user.has_perm("articles.add_image"),
        # The front page's and "Nên xem"'s lists, one click from the desk.
        "blocks": list(Block.objects.order_by("name")) if workflow.can_curate(user) else [],
    }
    if not editor:
        return desk
    scheduled = scheduled_next(now)
    desk.update(
        review=review_queue(now),
        scheduled=scheduled,
        timeline=timeline_svg(
            "chart-timeline",
            now,
            TIMELINE_HOURS,
            [TimelineItem(a.published_at, a.title) for a in scheduled],
            title=_("Bài hẹn giờ đăng trong 24 giờ tới"),
            description=ngettext(
                "%(count)s bài hẹn giờ từ %(time)s hôm nay; danh sách chi tiết ở ngay dưới.",
                "%(count)s bài hẹn giờ từ %(time)s hôm nay; danh sách chi tiết ở ngay dưới.",
                len(scheduled),
            )
            % {"count": len(scheduled), "time": f"{timezone.localtime(now):%H:%M}"},
        ),
        today=published_today(now),
        most_read_day=readership.most_read(now - timedelta(hours=24)),
        most_read_week=readership.most_read(now - timedelta(days=7)),
        charts=[published_per_day_chart(now), reads_today_chart(now)],
    )
    return desk
