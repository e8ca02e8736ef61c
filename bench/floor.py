"""Django's own floor: what the framework costs before our pages do any work.

``make bench`` serves these with the production settings, middleware and
gunicorn configuration, beside the real pages, so the table shows where the
"uncached page" figures stand against the framework itself:

- ``/_floor/ok``: a view that returns two bytes (every middleware runs);
- ``/_floor/query``: the same with one ORM query (the newest live story),
  as a story page's first query is;
- ``/_floor/base``: ``base.html`` rendered empty (header, navigation, the
  live banner slot and footer every reader page carries).

Used only by bench/run.py (DJANGO_SETTINGS_MODULE=bench.floor_settings);
never in the product.
"""

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import include, path


def ok(request):
    return HttpResponse("ok")


def one_query(request):
    from articles.models import Article

    story = Article.objects.live().only("title").latest().first()
    return HttpResponse(story.title)


def base(request):
    return render(request, "base.html", {})


urlpatterns = [
    path("_floor/ok", ok),
    path("_floor/query", one_query),
    path("_floor/base", base),
    path("", include("newsroom.urls")),
]
