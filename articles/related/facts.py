"""Loading what the score needs about stories besides their words: section,
parent section, publication time and rarity-weighted tags."""

from __future__ import annotations

from collections.abc import Iterable

from django.db.models import Count

from ..models import Article, TaggedArticle
from .index import chunks
from .scoring import StoryFacts, tag_weights


def load_facts(ids: Iterable[int], n_docs: int) -> tuple[dict[int, StoryFacts], dict, dict]:
    """Facts for ``ids``: (facts by id, status by id, tag name by tag id). Three queries
    per 900 stories: the stories, their tags, and how many stories carry each tag."""
    ids = list(ids)
    facts: dict[int, StoryFacts] = {}
    status: dict[int, str] = {}
    tags: dict[int, list[int]] = {}
    names: dict[int, str] = {}
    for part in chunks(ids):
        rows = Article.objects.filter(pk__in=part).values_list(
            "id", "section_id", "section__parent_id", "published_at", "status"
        )
        for pk, section_id, parent_id, published_at, st in rows:
            facts[pk] = StoryFacts(
                pk=pk,
                section_id=section_id,
                parent_id=parent_id,
                published=published_at.timestamp() if published_at else None,
            )
            status[pk] = st
        for pk, tag_id, name in TaggedArticle.objects.filter(
            content_object_id__in=part
        ).values_list("content_object_id", "tag_id", "tag__name"):
            tags.setdefault(pk, []).append(tag_id)
            names[tag_id] = name
    if names:
        tag_df: dict[int, int] = {}
        for part in chunks(list(names)):
            tag_df.update(
                TaggedArticle.objects.filter(tag_id__in=part)
                .values("tag_id")
                .annotate(n=Count("id"))
                .values_list("tag_id", "n")
            )
        for pk, tag_ids in tags.items():
            if pk in facts:
                facts[pk].tags = tag_weights(tag_ids, tag_df, max(n_docs, len(ids)))
    return facts, status, names


def shared_tag_names(a: StoryFacts, b: StoryFacts, names: dict[int, str]) -> list[str]:
    """Tags of both stories, rarest (heaviest) first."""
    common = a.tags.keys() & b.tags.keys()
    return [names[t] for t in sorted(common, key=lambda t: -a.tags[t]) if t in names]
