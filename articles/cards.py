"""Story cards as plain rows: what a listing shows, without model instances.

A card shows a handful of columns (``CARD_FIELDS`` below): title, link,
lead, time, section and cover photo. Read through the ORM, each card is four
model instances (the story, its section, the section's parent, the photo),
and building them costs more than the query that found them: ten cards took
about 4 ms with select_related, against about 1.5 ms for the same columns as
tuples, query included. A story page shows some thirty cards.

So listings read those columns as one tuple per story, a ``Card``. The tuple
is also the card's identity in the fragment memo (``articles/fragments.py``):
unchanged values, unchanged markup. Only when its markup must be typed does
a card become model instances again (``Card.story``), unsaved, built from the
same values, so templates and ``{% picture %}`` work as on any story.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Hashable, Iterator
from typing import TYPE_CHECKING

from django.db.models.query import ValuesListIterable

if TYPE_CHECKING:
    from django.db.models import QuerySet

    from .models import Article

# What a story card displays (title, link, section, time, lead, cover photo):
# every listing loads these columns and no others, so a card never costs a
# lazy query and a list never drags story bodies along.
CARD_FIELDS = (
    "id",
    "title",
    "slug",
    "lead",
    "published_at",
    "section__id",
    "section__name",
    "section__slug",
    "section__parent__id",
    "section__parent__slug",
    "section__parent__name",
    "cover__id",
    "cover__file",
    "cover__alt_text",
    "cover__width",
    "cover__height",
    "cover__renditions",
)


def card_fields(through: str = "") -> list[str]:
    """CARD_FIELDS seen from a row that points at the story (``through="target__"``)."""
    return [through + name for name in CARD_FIELDS]


# "section__parent__slug" -> "section_parent_slug"
_Row = namedtuple("_Row", [name.replace("__", "_") for name in CARD_FIELDS])


class Card(_Row):
    """One story card's values, in ``CARD_FIELDS`` order."""

    __slots__ = ()

    @property
    def pk(self) -> int:
        return self.id

    @property
    def key(self) -> Hashable:
        """The values, hashable: the photo's rendition manifest is a dict."""
        return (*self[:-1], repr(self.cover_renditions))

    @property
    def story(self) -> Article:
        """The card as unsaved model instances holding exactly its values."""
        from .models import Article, Image, Section

        section = Section(
            id=self.section_id,
            name=self.section_name,
            slug=self.section_slug,
            parent_id=self.section_parent_id,
        )
        if self.section_parent_id:
            section.parent = Section(
                id=self.section_parent_id,
                slug=self.section_parent_slug,
                name=self.section_parent_name,
            )
        story = Article(
            id=self.id,
            title=self.title,
            slug=self.slug,
            lead=self.lead,
            published_at=self.published_at,
            section=section,
        )
        if self.cover_id:
            story.cover = Image(
                id=self.cover_id,
                file=self.cover_file,
                alt_text=self.cover_alt_text,
                width=self.cover_width,
                height=self.cover_height,
                renditions=self.cover_renditions,
            )
        return story


class CardIterable(ValuesListIterable):
    """Yields a ``Card`` for each row of a ``values_list(*card_fields(...))``."""

    def __iter__(self) -> Iterator[Card]:
        for row in super().__iter__():
            yield Card._make(row)


def as_cards(queryset: QuerySet, through: str = "") -> QuerySet:
    """``queryset`` read as Cards of the story it reaches through ``through``
    (``""`` for stories themselves, ``"target__"`` for a row pointing at one).

    Still a queryset: it can be filtered, sliced, counted and paginated.
    """
    rows = queryset.values_list(*card_fields(through))
    rows._iterable_class = CardIterable  # how values_list(named=True) does it too
    return rows
