"""The section tree, read once per request.

Sections are few (tens) and change rarely, so one query loads them all; the
navigation, breadcrumbs and "Tin khác" family all read this tree instead of
asking the database again.
"""

from __future__ import annotations

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


def section_tree(request: HttpRequest) -> SectionTree:
    """The tree for this request, loaded on first use."""
    tree = getattr(request, "_section_tree", None)
    if tree is None:
        tree = request._section_tree = SectionTree.load()
    return tree
