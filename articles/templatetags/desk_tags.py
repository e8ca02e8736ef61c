"""The desk home for the admin index template: ``{% load desk_tags %}``.

The admin index view is Django's own; this tag hands the template what
articles/admin/desk_home.py arranged for the person signed in.
"""

from __future__ import annotations

from django import template

from ..admin import desk_home
from ..people import person_name

register = template.Library()


@register.filter
def person(user) -> str:
    """``{{ user|person }}``: "Nguyễn Thanh Hải" (articles/people.py)."""
    return person_name(user)


@register.simple_tag(takes_context=True)
def desk_home_data(context: template.Context) -> dict:
    """``{% desk_home_data as desk %}``"""
    return desk_home.build(context["request"])
