"""Story cards rendered once per version of what they show, then reused.

A reader page is mostly cards: "Tin khác", "Nên xem", the front page's
lists. Each card is a pure function of a handful of columns (title, link,
section, time, lead, cover photo), yet the template engine spends a few
hundred microseconds on every one, on every page that shows it.

So each worker keeps the markup it rendered, keyed by *the very values the
card displays* (``Card.key``, articles/cards.py) plus the template and its
options. There is nothing to invalidate and nothing can go stale: a story
whose title, photo or section changes has a different key, and the old entry
simply ages out of the bounded LRU. Which stories a page shows is still
decided by its queries, at every request: this only skips re-typing the same
HTML.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.template.loader import get_template
from django.utils import timezone, translation
from django.utils.safestring import SafeString, mark_safe

from .cards import Card

MAX_ENTRIES = 5000  # a card is ~0.5-1.5 KB: a few MB per worker at most


class FragmentMemo:
    """A bounded, thread-safe LRU of rendered markup (one per process)."""

    def __init__(self, max_entries: int = MAX_ENTRIES) -> None:
        self.max_entries = max_entries
        self.lock = threading.Lock()
        self.entries: OrderedDict[Hashable, str] = OrderedDict()

    def get_or_render(self, key: Hashable, render: Callable[[], str]) -> str:
        with self.lock:
            html = self.entries.get(key)
            if html is not None:
                self.entries.move_to_end(key)
                return html
        html = render()  # outside the lock: two threads may render the same card once each
        with self.lock:
            self.entries[key] = html
            while len(self.entries) > self.max_entries:
                self.entries.popitem(last=False)
        return html

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()


memo = FragmentMemo()


@receiver(setting_changed)
def _settings_changed(**_ignored) -> None:
    # Media URLs, storages and templates come from settings; tests change them.
    memo.clear()


def render_card(template_name: str, card: Card, **options) -> SafeString:
    """``template_name`` rendered with ``a`` = the card's story and ``options`` only.

    Card templates see nothing else of the page's context, which is what
    makes their markup a function of the key. Dates are shown in the active
    time zone and language, so both are part of it too.
    """
    key = (
        template_name,
        card.key,
        tuple(sorted(options.items())),
        translation.get_language(),
        timezone.get_current_timezone_name(),
    )
    return mark_safe(
        memo.get_or_render(
            key, lambda: get_template(template_name).render({"a": card.story, **options})
        )
    )
