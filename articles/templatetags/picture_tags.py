"""Responsive photos in reader templates: ``{% load picture_tags %}``.

The markup is built by ``articles.picture`` from stored rows; these tags only
pass it what the template has.
"""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from .. import picture as pictures
from ..models import Article, Image

register = template.Library()


@register.simple_tag
def picture(image: Image | None, eager: bool = False, story: bool = False) -> SafeString:
    """``{% picture image eager=True story=True %}``: a cover or card photo.

    ``eager`` marks the lead photo (fetched first, never lazily); ``story``
    says it spans the story column rather than a card's thumbnail.
    """
    sizes = pictures.STORY_SIZES if story else pictures.CARD_SIZES
    return pictures.picture_html(image, sizes=sizes, eager=bool(eager))


@register.simple_tag
def story_body(article: Article) -> SafeString:
    """``{% story_body article %}``: the sanitized body, its photos responsive."""
    body = article.body or ""
    return pictures.responsive_body(body, pictures.body_photos(body))
