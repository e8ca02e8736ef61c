"""Head metadata for reader templates: ``{% load seo_tags %}``.

The tags only hand ``articles.seo`` the request and objects the view already
loaded; the rules live there, so templates print and never decide.
"""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString

from .. import seo
from ..models import Article, Section

register = template.Library()


@register.simple_tag(takes_context=True)
def article_meta(context: template.Context, article: Article) -> seo.PageMeta:
    """``{% article_meta article as meta %}``"""
    return seo.article_meta(context["request"], article)


@register.simple_tag(takes_context=True)
def section_meta(context: template.Context, section: Section, page_obj: Any = None) -> seo.PageMeta:
    """``{% section_meta section page_obj as meta %}``"""
    number = getattr(page_obj, "number", 1) or 1
    return seo.section_meta(context["request"], section, number)


@register.filter
def page_title(article: Article) -> str:
    return seo.page_title(article)


@register.filter
def page_description(article: Article) -> str:
    return seo.page_description(article)


@register.filter
def section_description(section: Section) -> str:
    return seo.section_description(section)


@register.filter
def json_ld(data: Any) -> SafeString:
    """``{{ data|json_ld }}``: a JSON-LD script element no value can break out of."""
    return seo.json_ld_script(data)
