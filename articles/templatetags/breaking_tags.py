"""The breaking-news banner for reader pages: ``{% load breaking_tags %}``.

The banner's data comes from the cache (articles/breaking.py), so printing it
costs no query; the page cache makes sure a page never outlives the banner.
"""

from __future__ import annotations

from django import template

from .. import breaking

register = template.Library()


@register.simple_tag
def breaking_now() -> breaking.Breaking | None:
    """``{% breaking_now as story %}``: the story the banner shows now, or None."""
    return breaking.current()
