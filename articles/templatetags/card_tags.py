"""``{% load card_tags %}``: story cards through the fragment memo (articles/fragments.py)."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from ..cards import Card
from ..fragments import render_card

register = template.Library()


@register.simple_tag
def card(template_name: str, card: Card, **options) -> SafeString:
    """``{% card "includes/card.html" a with_lead=True level=2 %}``.

    ``card`` is a Card row (articles/cards.py); the template sees it as the
    story ``a``, with the options and nothing else of the page.
    """
    return render_card(template_name, card, **options)
