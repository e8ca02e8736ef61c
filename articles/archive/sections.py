"""Which section an imported page belongs to, creating it when the site lacks it.

A scraped page does not name its own section, but its "Tin khác" list does:
that block shows the latest stories of the page's section family, each with
its section name. The most frequent name is the page's section (in the seeds
"Hoạt động"; one item of 001 is filed under the parent, "Công đoàn").

A name alone does not say where a missing section hangs in the tree, so
``KNOWN_PARENTS`` records what the site's navigation shows (from the seeds'
README: "Hoạt động" sits under "Công đoàn"); failing that, another section
named in the same "Tin khác" list that already exists at the top level is
taken as the parent. ``--section`` overrides all of this.
"""

from __future__ import annotations

from django.db.models import Q
from django.utils.translation import gettext_lazy, ngettext

from ..models import RESERVED_SLUGS, Section, unique_slug
from ..text import clean_line, slugify_vi
from .titles import folded_key

# Child section -> parent, as the site's navigation shows it (folded keys).
KNOWN_PARENTS = {"hoat dong": "Công đoàn"}  # i18n: data
FALLBACK_SECTION = gettext_lazy("Chưa phân loại")
PATH_SEPARATORS = ("›", ">", "/")
NAME_MAX = Section._meta.get_field("name").max_length


def display(section: Section) -> str:
    return f"{section.parent.name} › {section.name}" if section.parent_id else section.name


class SectionFinder:
    """Finds or creates sections; remembers what it created for the report."""

    def __init__(self):
        self.created: list[str] = []
        self.notes: list[str] = []

    def _named(self, name: str, parent: Section | None | bool = False) -> list[Section]:
        """Sections called ``name`` (folded); ``parent`` False means anywhere."""
        query = Section.objects.select_related("parent")
        if parent is None:
            query = query.filter(parent__isnull=True)
        elif parent is not False:
            query = query.filter(parent=parent)
        key = folded_key(name)
        return [s for s in query.order_by("position", "pk") if folded_key(s.name) == key]

    def _create(self, name: str, parent: Section | None) -> Section:
        name = clean_line(name)[:NAME_MAX].strip()
        section = Section(name=name, parent=parent)
        if slugify_vi(name) in RESERVED_SLUGS:
            section.slug = unique_slug(Section, f"{name} chuyen muc", max_length=140)
        section.save()
        self.created.append(display(section))
        return section

    def top(self, name: str) -> Section:
        found = self._named(name, parent=None)
        return found[0] if found else self._create(name, None)

    def path(self, text: str) -> Section:
        """A section from ``--section``: a slug, a name, or "Cha › Con"."""
        text = clean_line(text)
        for separator in PATH_SEPARATORS:
            if separator in text:
                parent_name, _, child_name = (part.strip() for part in text.partition(separator))
                if parent_name and child_name:
                    parent = self.top(parent_name)
                    found = self._named(child_name, parent=parent)
                    return found[0] if found else self._create(child_name, parent)
        by_slug = Section.objects.select_related("parent").filter(Q(slug=text)).first()
        return by_slug or self.named(text, hints=())

    def named(self, name: str, hints: tuple[str, ...] | list[str]) -> Section:
        """The section called ``name``; ``hints`` are the other section names seen
        beside it (its family), used to pick among namesakes or a parent."""
        hint_keys = {folded_key(h) for h in hints if folded_key(h) != folded_key(name)}
        known_parent = KNOWN_PARENTS.get(folded_key(name), "")
        if known_parent:
            hint_keys.add(folded_key(known_parent))
        found = self._named(name)
        if len(found) == 1:
            return found[0]
        if found:
            preferred = [s for s in found if s.parent_id and folded_key(s.parent.name) in hint_keys]
            chosen = (preferred or sorted(found, key=lambda s: (s.parent_id is not None,)))[0]
            text = ngettext(
                "Có %(count)s chuyên mục tên “%(name)s”: chọn “%(chosen)s”.",
                "Có %(count)s chuyên mục tên “%(name)s”: chọn “%(chosen)s”.",
                len(found),
            )
            self.notes.append(
                text % {"count": len(found), "name": clean_line(name), "chosen": display(chosen)}
            )
            return chosen
        parent = None
        if known_parent:
            parent = self.top(known_parent)
        else:
            for hint in hints:
                tops = self._named(hint, parent=None) if folded_key(hint) in hint_keys else []
                if tops:
                    parent = tops[0]
                    break
        return self._create(name, parent)

    def fallback(self) -> Section:
        return self.top(str(FALLBACK_SECTION))
