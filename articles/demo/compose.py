"""From hand-written story seeds to finished, distinct stories.

A seed is one kind of story a labour daily runs again and again (a union
signs a collective agreement, a district hands over a "Mái ấm Công đoàn"…),
written once with fields for the parts that change: ``{cty.full}``,
``{a.Ong} {a.name}``, ``{Buoi}``, ``{dv}``. Composing a story picks a title
pattern, a lead, an opening, most of the middle paragraphs and an ending, and
fills the fields from the fictional world of ``vocab`` and from numbers drawn
in the seed's ranges. The same seed told in Đông Anh and in Chương Mỹ reads as
two stories, as it would in the paper.

Composition is pure: no database, no clock other than the ``when`` given.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from . import vocab

_DOUBLE_SPACE = re.compile(r"\s{2,}")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?…])")


@dataclass(frozen=True)
class Seed:
    """One story idea, with its variable parts as ``str.format`` fields."""

    key: str
    count: int
    tags: tuple[str, ...]
    titles: tuple[str, ...]
    leads: tuple[str, ...]
    openings: tuple[str, ...]
    paragraphs: tuple[str, ...]
    captions: tuple[str, ...]
    endings: tuple[str, ...] = ()
    # Numbers to draw: {"dv": "300-1500", "ty": "1.5-9.8", "qua": "300-800/50"}.
    nums: dict[str, str] = field(default_factory=dict)
    # Words to pick: {"xu": "tăng nhẹ|giảm nhẹ"}.
    picks: dict[str, str] = field(default_factory=dict)


@dataclass
class Composed:
    title: str
    lead: str
    paragraphs: list[str]
    cover_caption: str
    figure_captions: list[str]
    tags: list[str]


class TemplateError(ValueError):
    """A seed produced text with a field left over or a missing value."""


def format_number(value: float, decimals: int) -> str:
    """Vietnamese style: 14.215 and 9,8 (the zero decimal of 5,0 is dropped)."""
    if decimals:
        text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
        whole, _, frac = text.partition(".")
        return format_number(int(whole), 0) + ("," + frac if frac else "")
    return f"{int(value):,}".replace(",", ".")


def draw_number(rng: random.Random, spec: str) -> str:
    """Draw from ``"lo-hi"``, ``"lo-hi/step"`` or ``"1.5-9.8"`` (one decimal)."""
    span, _, step = spec.partition("/")
    low, high = span.split("-")
    if "." in low or "." in high:
        return format_number(round(rng.uniform(float(low), float(high)), 1), 1)
    step_n = int(step or 1)
    return format_number(rng.randrange(int(low), int(high) + 1, step_n), 0)


def day_month(day: date) -> str:
    return f"{day.day}/{day.month}"


def time_fields(rng: random.Random, when: datetime) -> dict[str, str]:
    """When the reported event took place, as a story's first words say it.

    A story out before 11:00 reports the previous afternoon; a later one
    reports the same morning (or afternoon, for an evening story).
    ``hom_nay`` is the day of publication itself (market reports).
    """
    if when.hour < 11:
        part, day = "Chiều", when.date() - timedelta(days=1)
    elif when.hour < 16:
        part, day = "Sáng", when.date()
    else:
        part, day = rng.choice(("Sáng", "Chiều")), when.date()
    return {
        "Buoi": f"{part} {day_month(day)}",
        "buoi": f"{part.lower()} {day_month(day)}",
        "ngay": day_month(day),
        "hom_nay": day_month(when.date()),
        "nam": str(day.year),
        "nam_sau": str(day.year + 1),
        "nam_truoc": str(day.year - 1),
    }


def _two(rng: random.Random, items: tuple) -> tuple:
    first, second = rng.sample(items, 2)
    return first, second


def story_context(
    rng: random.Random, when: datetime, seed: Seed, variant: int
) -> dict[str, object]:
    """Every field a seed may use, drawn afresh for one story.

    People: ``a``-``d`` (either sex), ``nam_gioi`` (a man), ``nu``/``nu2``
    (women), ``e`` (kept for section endings). Places: ``place``/``place2``
    (any area), ``ngoai`` (outer) with ``huong`` (its side of the city),
    ``pho`` (inner), ``cty``/``cty2`` (employers), ``truong``, ``bv``,
    ``duong``, ``cho``, ``lang``; ``que``/``que2`` (home provinces). Time:
    see ``time_fields``; then the seed's own ``nums`` and ``picks``.

    The variants of one seed take different places and employers, so that
    the same kind of story is never told twice about the same place.
    """

    def turn(pool: tuple | list, offset: int = 0):
        order = random.Random(f"{seed.key}:{len(pool)}:{offset}").sample(list(pool), len(pool))
        return order[(variant + offset) % len(order)]

    taken: set[str] = set()
    areas = list(vocab.AREAS)
    outer = [a for a, inner in vocab.AREAS.items() if not inner]
    place = turn(areas)
    place2 = rng.choice([a for a in areas if a != place])
    cty = turn(vocab.COMPANIES)
    cty2 = rng.choice([c for c in vocab.COMPANIES if c != cty])
    que, que2 = _two(rng, vocab.PROVINCES)
    ngoai = turn(outer, 1)
    context: dict[str, object] = {
        "a": vocab.make_person(rng, taken),
        "b": vocab.make_person(rng, taken),
        "c": vocab.make_person(rng, taken),
        "d": vocab.make_person(rng, taken),
        "nam_gioi": vocab.make_person(rng, taken, female=False),
        "nu": vocab.make_person(rng, taken, female=True),
        "nu2": vocab.make_person(rng, taken, female=True),
        # Section-wide endings speak through "e", so no seed gives it a role.
        "e": vocab.make_person(rng, taken),
        "place": place,
        "place2": place2,
        "ngoai": ngoai,
        "huong": vocab.SIDES[ngoai],
        "pho": turn([a for a, inner in vocab.AREAS.items() if inner], 2),
        "cty": cty,
        "cty2": cty2,
        "truong": turn(vocab.SCHOOLS),
        "bv": turn(vocab.HOSPITALS),
        "duong": turn(vocab.STREETS),
        "cho": turn(vocab.MARKETS),
        "lang": turn(vocab.VILLAGES),
        "que": que,
        "que2": que2,
    }
    context.update(time_fields(rng, when))
    for name, spec in seed.nums.items():
        context[name] = draw_number(rng, spec)
    for name, options in seed.picks.items():
        context[name] = rng.choice(options.split("|"))
    return context


def finish(text: str) -> str:
    """Tidy spacing and give the sentence a capital letter."""
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", _DOUBLE_SPACE.sub(" ", text)).strip()
    return text[:1].upper() + text[1:]


def fill(seed: Seed, template: str, context: dict[str, object]) -> str:
    try:
        text = finish(template.format_map(context))
    except (KeyError, AttributeError, IndexError, ValueError) as exc:
        raise TemplateError(f"seed {seed.key!r}: {exc!r} in {template[:60]!r}") from exc
    if "{" in text or "}" in text or "None" in text:
        raise TemplateError(f"seed {seed.key!r}: leftover field in {text[:80]!r}")
    return text


REQUIRED = "!"


def _pick_middle(rng: random.Random, pool: tuple[str, ...]) -> list[str]:
    """Most of the middle paragraphs, in their written order.

    A paragraph written with a leading "!" is always kept: later paragraphs
    refer back to the person it introduces.
    """
    if len(pool) <= 2:
        return [p.removeprefix(REQUIRED) for p in pool]
    required = {i for i, p in enumerate(pool) if p.startswith(REQUIRED)}
    optional = [i for i in range(len(pool)) if i not in required]
    k = rng.randint(max(2, len(pool) - 2), min(6, len(pool))) - len(required)
    keep = sorted(required | set(rng.sample(optional, max(0, min(k, len(optional))))))
    return [pool[i].removeprefix(REQUIRED) for i in keep]


def compose(
    seed: Seed,
    variant: int,
    rng: random.Random,
    when: datetime,
    section_endings: tuple[str, ...],
) -> Composed:
    """Variant ``variant`` of ``seed``, as published at ``when``."""
    context = story_context(rng, when, seed, variant)
    title = fill(seed, seed.titles[variant % len(seed.titles)], context)
    # Leads go with titles: the n-th lead suits the n-th title.
    lead = fill(seed, seed.leads[variant % len(seed.leads)], context)
    chosen = [rng.choice(seed.openings), *_pick_middle(rng, seed.paragraphs)]
    endings = seed.endings or section_endings
    if endings:
        chosen.append(rng.choice(endings))
    paragraphs = [fill(seed, p, context) for p in chosen]
    captions = [fill(seed, c, context) for c in seed.captions]
    core, extra = list(seed.tags[:2]), list(seed.tags[2:])
    tags = core + rng.sample(extra, min(len(extra), rng.randint(1, 3)))
    return Composed(
        title=title,
        lead=lead,
        paragraphs=paragraphs,
        cover_caption=captions[0] if captions else "",
        figure_captions=captions[1:],
        tags=tags[:5],
    )
