"""The section tree, read once per content generation.

Sections are few (tens) and change a few times a year, so one query loads
them all, and the navigation, breadcrumbs and "Tin khác" family all read
this tree instead of asking the database again. Every worker keeps the tree
it loaded for as long as the content generation (articles/cache.py) stays
the same: saving a section bumps it, so a renamed section shows on the next
page this worker renders (other workers follow within the generation's
recheck interval, as for cached pages).
"""

from __future__ import annotations

import threading

from django.http import HttpRequest

from .models import Section


class SectionTree:
    def __init__(self, sections: list[Section]):
        self.by_id = {s.pk: s for s in sections}
        self.by_slug = {s.slug: s for s in sections}
        self.children: dict[int, list[Section]] = {s.pk: [] for s in sections}
        for s in sections:
            if s.parent_id in self.children:
                s.parent = self.by_id[s.parent_id]
                self.children[s.parent_id].append(s)
        self.top = [s for s in sections if s.parent_id is None]

    @classmethod
    def load(cls) -> SectionTree:
        return cls(list(Section.objects.order_by("position", "name")))

    def family_ids(self, section_id: int) -> list[int]:
        """A section with its parent and its children."""
        section = self.by_id.get(section_id)
        if section is None:
            return [section_id]
        ids = {section.pk, *(c.pk for c in self.children.get(section.pk, []))}
        if section.parent_id:
            ids.add(section.parent_id)
        return sorted(ids)

    def descendant_ids(self, section_id: int) -> list[int]:
        """A section and its children: what a section page lists."""
        return sorted({section_id, *(c.pk for c in self.children.get(section_id, []))})


class _SharedTree:
    """This worker's tree and the generation it was loaded under."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.generation: str | None = None
        self.tree: SectionTree | None = None

    def get(self) -> SectionTree:
        from .cache import generation_now

        generation = generation_now()
        with self.lock:
            if self.tree is not None and self.generation == generation:
                return self.tree
        tree = SectionTree.load()  # read-only once built: threads may share it
        with self.lock:
            self.generation, self.tree = generation, tree
        return tree


_shared = _SharedTree()


def section_tree(request: HttpRequest) -> SectionTree:
    """The tree for this request: this worker's, unless the content changed."""
    tree = getattr(request, "_section_tree", None)
    if tree is None:
        tree = request._section_tree = _shared.get()
    return tree
