"""The whole demo newsroom as plain data, decided before the database is touched.

``build_plan(now)`` returns every story (text, section, status, time, tags,
bylines, photos) and the editors' curation. It is deterministic: the same
``now`` gives the same plan, and the text of a story depends only on its
seed and its number, so adding seeds at the end changes no existing story.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from ..querysets import Status
from . import content, photos, staff
from .compose import compose

SEED = "lao-dong-thu-do-demo-v1"
HANOI = ZoneInfo("Asia/Ho_Chi_Minh")
DAYS = 60  # live stories spread over the last two months

# Newsroom hours: busy mornings, a second wave after lunch, a few evening stories.
HOURS = (
    6,
    6,
    7,
    7,
    8,
    8,
    8,
    9,
    9,
    9,
    10,
    10,
    11,
    11,
    13,
    14,
    14,
    15,
    15,
    16,
    16,
    17,
    18,
    19,
    20,
    21,
)


@dataclass(frozen=True)
class SectionSpec:
    name: str
    slug: str
    parent: str | None
    position: int
    description: str


SECTIONS = (
    SectionSpec(
        "Công đoàn", "cong-doan", None, 1, "Tin tức, chính sách và hoạt động của tổ chức Công đoàn."
    ),
    SectionSpec(
        "Hoạt động",
        "hoat-dong",
        "cong-doan",
        1,
        "Hoạt động của Công đoàn cơ sở và phong trào công nhân viên chức lao động.",
    ),
    SectionSpec("Thời sự", "thoi-su", None, 2, "Tin thời sự Thủ đô và cả nước."),
    SectionSpec("Kinh tế", "kinh-te", None, 3, "Thị trường, doanh nghiệp, việc làm và giá cả."),
    SectionSpec("Xã hội", "xa-hoi", None, 4, "Đời sống, an sinh, y tế, giáo dục và môi trường."),
    SectionSpec("Pháp luật", "phap-luat", None, 5, "Án, điều tra, tư vấn pháp luật cho bạn đọc."),
    SectionSpec(
        "Văn hóa", "van-hoa", None, 6, "Văn hóa, nghệ thuật, di sản và đời sống tinh thần."
    ),
    SectionSpec("Thể thao", "the-thao", None, 7, "Thể thao phong trào và thể thao công nhân."),
)

# The stories that are not live, as (section, status): four drafts, two in
# review, three scheduled and one taken down. Each takes the last unused
# story of its section.
NOT_LIVE = (
    ("hoat-dong", Status.DRAFT),
    ("kinh-te", Status.DRAFT),
    ("xa-hoi", Status.DRAFT),
    ("van-hoa", Status.DRAFT),
    ("cong-doan", Status.REVIEW),
    ("phap-luat", Status.REVIEW),
    ("thoi-su", "scheduled"),
    ("hoat-dong", "scheduled"),
    ("the-thao", "scheduled"),
    ("xa-hoi", Status.UNPUBLISHED),
)

FRONT_PAGE_SECTIONS = ("hoat-dong", "thoi-su", "cong-doan", "kinh-te", "xa-hoi")
MUST_SEE_SECTIONS = (
    "van-hoa",
    "the-thao",
    "phap-luat",
    "xa-hoi",
    "hoat-dong",
    "kinh-te",
    "cong-doan",
)
TOP_LINK_SOURCES = 20
PIN_LINK_SOURCES = 15


@dataclass(frozen=True)
class ImageSpec:
    key: str  # Image.source_key
    section: str
    index: int
    alt: str
    caption: str
    credit: str


@dataclass
class StoryPlan:
    number: int
    section: str
    seed: str
    title: str
    lead: str
    paragraphs: list[str]
    cover_caption: str
    figure_captions: list[str]
    tags: list[str]
    status: str
    published_at: datetime | None
    authors: list[str] = field(default_factory=list)
    cover: str = ""  # ImageSpec.key
    figures: list[str] = field(default_factory=list)  # ImageSpec.key, one per figure caption

    @property
    def key(self) -> str:
        return f"demo:{self.number}"

    def is_live(self, now: datetime) -> bool:
        return (
            self.status == Status.PUBLISHED
            and self.published_at is not None
            and self.published_at <= now
        )


@dataclass
class Plan:
    now: datetime
    images: list[ImageSpec]
    stories: list[StoryPlan]
    front_page: list[int]  # story numbers, in order
    must_see: list[int]
    links: list[tuple[int, int, str, int]]  # (source, target, kind, position)

    def live(self) -> list[StoryPlan]:
        return [s for s in self.stories if s.is_live(self.now)]


def image_specs() -> list[ImageSpec]:
    specs = []
    for section, entries in photos.LIBRARY.items():
        for i, (alt, caption) in enumerate(entries):
            credit = staff.PHOTO_CREDITS[(i + len(section)) % len(staff.PHOTO_CREDITS)]
            specs.append(ImageSpec(f"demo:img:{section}-{i + 1}", section, i, alt, caption, credit))
    return specs


def _publication_times(rng: random.Random, now: datetime, count: int) -> list[datetime]:
    """``count`` past times over the last ``DAYS`` days, newest first-ish, at desk hours."""
    local_now = now.astimezone(HANOI)
    times = []
    for rank in range(count):
        day = local_now.date() - timedelta(days=rank * DAYS // count)
        moment = datetime.combine(day, time(rng.choice(HOURS), rng.randrange(0, 60)), HANOI)
        while moment > now - timedelta(minutes=20):
            moment -= timedelta(days=1)
        times.append(moment)
    return times


def _scheduled_time(rng: random.Random, now: datetime, days: int) -> datetime:
    moment = (now + timedelta(days=days)).astimezone(HANOI)
    return moment.replace(hour=rng.choice((6, 7, 8, 14, 15)), minute=0, second=0, microsecond=0)


def _assign_status(slots: list[tuple[str, object, int]]) -> dict[int, str]:
    """Which slot indexes are not live, and how."""
    chosen: dict[int, str] = {}
    for section, status in NOT_LIVE:
        for i in range(len(slots) - 1, -1, -1):
            if slots[i][0] == section and i not in chosen:
                chosen[i] = status
                break
    return chosen


def _bylines(rng: random.Random, section: str) -> list[str]:
    beat = [r.name for r in staff.REPORTERS if section in r.beats]
    roll = rng.random()
    if roll < 0.06:
        return [staff.TEAM]
    if roll < 0.2 and len(beat) > 1:
        return rng.sample(beat, 2)
    return [rng.choice(beat)]


def build_plan(now: datetime) -> Plan:
    """The demo newsroom for a run at ``now``."""
    rng = random.Random(SEED)
    slots = [
        (section, seed, variant)
        for section, seed in content.seeds()
        for variant in range(seed.count)
    ]
    special = _assign_status(slots)
    live_slots = [i for i in range(len(slots)) if i not in special]
    order = rng.sample(live_slots, len(live_slots))
    when: dict[int, datetime | None] = dict(
        zip(order, _publication_times(rng, now, len(order)), strict=True)
    )
    status: dict[int, str] = dict.fromkeys(live_slots, Status.PUBLISHED)
    days_ahead = iter((1, 2, 3))
    for i, kind in sorted(special.items()):
        if kind == "scheduled":
            status[i], when[i] = Status.PUBLISHED, _scheduled_time(rng, now, next(days_ahead))
        elif kind == Status.UNPUBLISHED:
            status[i], when[i] = kind, now - timedelta(days=9, hours=3)
        else:
            status[i], when[i] = kind, None

    endings = content.endings()
    stories: list[StoryPlan] = []
    titles: set[str] = set()
    for i, (section, seed, variant) in enumerate(slots):
        number = i + 1
        story_rng = random.Random(f"{SEED}:{number}")
        text_time = (when[i] or now).astimezone(HANOI)
        for _attempt in range(20):
            composed = compose(seed, variant, story_rng, text_time, endings.get(section, ()))
            if composed.title not in titles:
                break
        titles.add(composed.title)
        figures = story_rng.choices((0, 1, 2), weights=(45, 42, 13))[0]
        stories.append(
            StoryPlan(
                number=number,
                section=section,
                seed=seed.key,
                title=composed.title,
                lead=composed.lead,
                paragraphs=composed.paragraphs,
                cover_caption=composed.cover_caption,
                figure_captions=composed.figure_captions[:figures],
                tags=composed.tags,
                status=status[i],
                published_at=when[i],
                authors=_bylines(story_rng, section),
            )
        )
    images = image_specs()
    _assign_photos(stories, images)
    plan = Plan(now, images, stories, [], [], [])
    _curate(plan)
    return plan


def _assign_photos(stories: list[StoryPlan], images: list[ImageSpec]) -> None:
    """Covers in turn through the section's photos, newest story first, so
    neighbouring stories on a page do not share a picture."""
    pools: dict[str, list[str]] = {}
    for spec in images:
        pools.setdefault(spec.section, []).append(spec.key)
    oldest = datetime.min.replace(tzinfo=HANOI)
    by_time = sorted(stories, key=lambda s: s.published_at or oldest, reverse=True)
    turn: dict[str, int] = {}
    for story in by_time:
        pool = pools[story.section]
        k = turn.get(story.section, 0)
        turn[story.section] = k + 1
        story.cover = pool[k % len(pool)]
        story.figures = [pool[(k + 3 + j) % len(pool)] for j in range(len(story.figure_captions))]


def _curate(plan: Plan) -> None:
    live = sorted(plan.live(), key=lambda s: s.published_at, reverse=True)
    newest: dict[str, list[StoryPlan]] = {}
    for story in live:
        newest.setdefault(story.section, []).append(story)
    plan.front_page = [newest[s][0].number for s in FRONT_PAGE_SECTIONS if s in newest]
    plan.must_see = [newest[s][1].number for s in MUST_SEE_SECTIONS if len(newest.get(s, ())) > 1]

    def related(source: StoryPlan, pool: list[StoryPlan]) -> list[StoryPlan]:
        """Older live stories sharing tags with ``source``, most shared first."""
        scored = [
            (len(set(source.tags) & set(s.tags)) + (2 if s.seed == source.seed else 0), s)
            for s in pool
            if s.number != source.number and s.published_at < source.published_at
        ]
        scored = [(score, s) for score, s in scored if score > 0]
        scored.sort(key=lambda pair: (-pair[0], -pair[1].published_at.timestamp()))
        return [s for _score, s in scored]

    rng = random.Random(f"{SEED}:links")
    sources = live[: len(live) * 2 // 3]
    rng.shuffle(sources)
    top_sources, pin_sources = [], []
    for story in sources:
        same_section = related(story, newest[story.section])
        if len(top_sources) < TOP_LINK_SOURCES and len(same_section) >= 2:
            top_sources.append(story)
            for pos, target in enumerate(same_section[: rng.randint(2, 3)]):
                plan.links.append((story.number, target.number, "top", pos))
        elif len(pin_sources) < PIN_LINK_SOURCES:
            anywhere = [s for s in related(story, live) if s.section != story.section]
            if anywhere:
                pin_sources.append(story)
                for pos, target in enumerate(anywhere[: rng.randint(1, 2)]):
                    plan.links.append((story.number, target.number, "pin", pos))
