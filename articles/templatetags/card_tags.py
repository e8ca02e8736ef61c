"""``{% load card_tags %}``: story cards through the fragment memo (articles/fragments.py)."""

from __future__ import annotations

from django import template
from django.utils.safestring import SafeString

from ..fragments import render_card

register = template.Library()


@register.simple_tag
def card(template_name: str, story, **options) -> SafeString:
    """``{% card "includes/card.html" a with_lead=True level=2 %}``.

    The template sees ``a`` and the options, nothing else of the page.
    """
    return render_card(template_name, story, **options)
