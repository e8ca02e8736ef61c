"""Reader views: thin on purpose. Querysets and services carry the logic."""

from __future__ import annotations

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .blocks import front_page
from .cache import reader_page
from .cards import as_cards
from .models import Article, Author, Tag
from .params import whole_number
from .ratelimit import ratelimit
from .search import SearchRequest, present, search, section_choices
from .sections import section_tree
from .story import live_story, story_context

PAGE_SIZE = 20


class ReachablePaginator(Paginator):
    """A paginator that counts only the stories a reader can page to.

    A COUNT(*) over a whole section grows with the archive (2.5 ms at 100,000
    stories against 0.05 ms at 1,000, on every uncached section page); counting
    at most NEWSROOM_MAX_PAGE pages' worth keeps it flat, and the "Trang 3/50"
    a reader sees then names only pages that open.
    """

    @cached_property
    def count(self) -> int:
        if isinstance(self.object_list, QuerySet):
            # Unordered: any N rows will do, and the section index finds them fastest.
            return self.object_list.order_by()[: settings.NEWSROOM_MAX_PAGE * self.per_page].count()
        return super().count


def _page(request: HttpRequest, queryset):
    """One page of a listing; a missing or nonsensical ?page= shows page 1 or the last.

    Page numbers are capped at settings.NEWSROOM_MAX_PAGE: a deep OFFSET costs
    the database more the deeper it goes, and older stories are reached
    through search and the sitemaps.
    """
    number = whole_number((request.GET.get("page") or "")[:6])  # "9" * 40: the last page
    number = min(number, settings.NEWSROOM_MAX_PAGE) if number is not None else 1
    return ReachablePaginator(queryset, PAGE_SIZE).get_page(number)


def _card_page(request: HttpRequest, stories: QuerySet):
    """One page of a story listing, counted on ids and read as Card rows.

    The count must not see the card's joined columns: as a subquery's output
    they made it 15 times slower on 100,000 stories.
    """
    page_obj = _page(request, stories)
    page_obj.object_list = as_cards(page_obj.object_list)
    return page_obj


@require_safe
@reader_page
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "articles/home.html", {"front": front_page(section_tree(request))})


@require_safe
@reader_page
def section_page(request: HttpRequest, slug: str, child: str | None = None) -> HttpResponse:
    tree = section_tree(request)
    section = tree.by_slug.get(child or slug)
    if section is None:
        raise Http404(_("Không có chuyên mục này."))
    parent = section.parent if section.parent_id else None
    if child and (parent is None or parent.slug != slug):
        raise Http404(_("Không có chuyên mục này."))
    if not child and parent is not None:
        return HttpResponsePermanentRedirect(section.get_absolute_url())
    articles = Article.objects.live().in_sections(tree.descendant_ids(section.pk))
    return render(
        request,
        "articles/section.html",
        {
            "section": section,
            "children": tree.children.get(section.pk, []),
            "page_obj": _card_page(request, articles.latest()),
        },
    )


@require_safe
@reader_page
def article_page(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    article = live_story(pk)
    if article is None:
        raise Http404(_("Không có bài viết này."))
    if slug != article.slug:
        return HttpResponsePermanentRedirect(article.get_absolute_url())
    return render(request, "articles/article.html", story_context(request, article))


@require_safe
@reader_page
def tag_page(request: HttpRequest, slug: str) -> HttpResponse:
    tag = get_object_or_404(Tag, slug=slug)
    page_obj = _card_page(request, Article.objects.live().filter(tags=tag).latest())
    if not page_obj.paginator.count:
        # Tags are made as stories are written: one on nothing but drafts
        # and scheduled stories would tell a reader what is coming.
        raise Http404(_("Không có thẻ này."))
    return render(request, "articles/tag.html", {"tag": tag, "page_obj": page_obj})


@require_safe
@reader_page
def author_page(request: HttpRequest, slug: str) -> HttpResponse:
    author = get_object_or_404(Author, slug=slug)
    articles = Article.objects.live().filter(bylines__author=author).latest()
    return render(
        request,
        "articles/author.html",
        {"author": author, "page_obj": _card_page(request, articles)},
    )


@require_safe
@reader_page
@ratelimit("search")  # a new query is new work for the database: NEWSROOM_RATE_LIMITS
def search_page(request: HttpRequest) -> HttpResponse:
    """``/tim-kiem/?q=…&chuyen-muc=…&tu=…&den=…``.

    Cached like every reader page: when a story breaks, thousands of readers
    type the same name, and the content generation refreshes their results
    the moment a story is published or taken down. Only a query nobody asked
    for recently reaches the database, and only those count against the
    reader's rate limit (a refusal is never cached).
    """
    tree = section_tree(request)
    form = SearchRequest.from_params(request.GET, tree)
    results = search(form)
    page_obj = _page(request, results) if results is not None else None
    if page_obj is not None:
        page_obj.object_list = present(page_obj.object_list, form.query)
    return render(
        request,
        "articles/search.html",
        {"form": form, "page_obj": page_obj, "section_choices": section_choices(tree)},
    )
