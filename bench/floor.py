"""Django's own floor: what the framework costs before our pages do any work.

``make bench`` serves these with the production settings, middleware and
gunicorn configuration, beside the real pages, so the table shows where the
"uncached page" figures stand against the framework itself:

- ``/_floor/ok``: a view that returns two bytes (every middleware runs);
- ``/_floor/query``: the same with one ORM query (the newest live story),
  as a story page's first query is;
- ``/_floor/base``: ``base.html`` rendered empty (header, navigation, the
  live banner slot and footer every reader page carries);

and the uncached story page cut in two, to show which half costs what
(the bench's story, ``<pk>``):

- ``/_floor/story-queries/<pk>``: every query the story page runs (the
  story, its blocks, its body photos), returning two bytes;
- ``/_floor/story-render/<pk>``: the story page's templates, with the story
  and its blocks read once per worker (the body photos' one query still runs
  inside the template, as on the page).

If either half alone is slower than a target, no work on the other half
reaches it.

Used only by bench/run.py (DJANGO_SETTINGS_MODULE=bench.floor_settings);
never in the product.
"""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import include, path

from articles.picture import body_photos
from articles.story import live_story, story_context


def ok(request):
    return HttpResponse("ok")


def one_query(request):
    from articles.models import Article

    story = Article.objects.live().only("title").latest().first()
    return HttpResponse(story.title)


def base(request):
    return render(request, "base.html", {})


def story_queries(request, pk: int):
    article = live_story(pk)
    story_context(request, article)
    body_photos(article.body or "")  # what {% story_body %} asks for
    return HttpResponse("ok")


_read_once: dict[int, dict] = {}


def story_render(request, pk: int):
    if pk not in _read_once:
        _read_once[pk] = story_context(request, live_story(pk))
    return render(request, "articles/article.html", _read_once[pk])


urlpatterns = [
    path("_floor/ok", ok),
    path("_floor/query", one_query),
    path("_floor/base", base),
    path("_floor/story-queries/<int:pk>", story_queries),
    path("_floor/story-render/<int:pk>", story_render),
    path("", include("newsroom.urls")),
]
