"""Whole-page caching for anonymous readers, invalidated by a content generation.

Every change an editor makes (a story saved, published or unpublished, a
curation list reordered, a section renamed) bumps one *generation* token in
the cache. A cached page counts only under the token it was rendered with
(PageCacheMiddleware reads both in one round trip), so the next request after a
change misses and renders fresh: no list of URLs to purge, and a page can
never show a story that was just unpublished.

Scheduled stories need no job either: a page is cached for at most the time
left until the next scheduled publication, so it expires the moment a story
goes live by itself.

Requests that carry a session cookie (journalists and editors) bypass the
cache entirely: they may see drafts in previews and must see their edits.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import wraps
from http.client import responses

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.http.cookie import parse_cookie
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import parse_etags

from . import breaking

GENERATION_KEY = "content-generation"
NEXT_PUBLICATION_KEY = "next-publication:{generation}"
NO_SCHEDULED = "none"


def current_generation() -> str:
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        generation = str(time.time_ns())
        # add() so two workers starting together agree on one token.
        cache.add(GENERATION_KEY, generation, timeout=None)
        generation = cache.get(GENERATION_KEY, generation)
    _local.remember(generation)
    return generation


def generation_now() -> str:
    """The content generation, as this worker last read it if that was recent
    (settings.NEWSROOM_PAGE_CACHE_RECHECK_SECONDS), else from the cache."""
    return _local.trusted_generation() or current_generation()


def bump_generation(**_ignored) -> None:
    """Invalidate every cached reader page at once."""
    generation = str(time.time_ns())
    cache.set(GENERATION_KEY, generation, timeout=None)
    _local.remember(generation)


class _LocalPages:
    """What one worker process remembers between requests, to skip the cache's
    round trip on hot pages: the content generation it last read (trusted for
    settings.NEWSROOM_PAGE_CACHE_RECHECK_SECONDS) and the pages it last served.

    The price is bounded staleness: an edit saved through *another* worker
    reaches this one's readers at most RECHECK seconds later (the worker that
    saved sees it at once). nginx and CDNs already keep a page up to 60 s, so
    one second changes nothing a reader can notice; 0 turns it off. Nothing
    here has to agree with other processes, so it is safe with any number of
    workers and servers.
    """

    MAX_PAGES = 500
    MAX_BYTES = 24 * 1024 * 1024  # per worker process
    MAX_PAGE_BYTES = 512 * 1024

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.forget()

    def forget(self) -> None:
        with self.lock:
            self.generation: str | None = None
            self.checked_at = 0.0
            self.pages: OrderedDict[str, tuple] = OrderedDict()
            self.size = 0

    def remember(self, generation: str | None) -> None:
        if generation is not None:
            self.generation, self.checked_at = generation, time.monotonic()

    def trusted_generation(self) -> str | None:
        recheck = settings.NEWSROOM_PAGE_CACHE_RECHECK_SECONDS
        if recheck <= 0 or self.generation is None:
            return None
        if time.monotonic() - self.checked_at >= recheck:
            return None
        return self.generation

    def page(self, key: str) -> tuple | None:
        with self.lock:
            entry = self.pages.get(key)
            if entry is not None:
                self.pages.move_to_end(key)
            return entry

    def keep(self, key: str, entry: tuple) -> None:
        if settings.NEWSROOM_PAGE_CACHE_RECHECK_SECONDS <= 0:
            return
        if len(entry[4]) > self.MAX_PAGE_BYTES:
            return
        with self.lock:
            previous = self.pages.pop(key, None)
            if previous is not None:
                self.size -= len(previous[4])
            self.pages[key] = entry
            self.size += len(entry[4])
            while len(self.pages) > self.MAX_PAGES or self.size > self.MAX_BYTES:
                _, dropped = self.pages.popitem(last=False)
                self.size -= len(dropped[4])


_local = _LocalPages()


def forget_local_pages(**_ignored) -> None:
    """Drop this process's remembered generation and pages (tests, cache.clear())."""
    _local.forget()


@receiver(setting_changed)
def _settings_changed(setting: str, **_ignored) -> None:
    if setting in ("CACHES", "PAGE_CACHE_SECONDS", "NEWSROOM_PAGE_CACHE_RECHECK_SECONDS"):
        forget_local_pages()


def _next_publication(generation: str) -> datetime | None:
    """When the next scheduled story goes live, remembered for this generation."""
    from .models import Article

    key = NEXT_PUBLICATION_KEY.format(generation=generation)
    stored = cache.get(key)
    now = timezone.now()
    if stored == NO_SCHEDULED:
        return None
    if isinstance(stored, datetime) and stored > now:
        return stored
    upcoming = Article.objects.next_publication_time(now)
    if upcoming is None:
        cache.set(key, NO_SCHEDULED, timeout=settings.PAGE_CACHE_SECONDS or None)
    else:
        cache.set(key, upcoming, timeout=max(1, int((upcoming - now).total_seconds())))
    return upcoming


def page_lifetime(generation: str) -> int:
    """Seconds a page rendered now may be served: never past the next publication."""
    lifetime = settings.PAGE_CACHE_SECONDS
    upcoming = _next_publication(generation)
    if upcoming is not None:
        lifetime = min(lifetime, int((upcoming - timezone.now()).total_seconds()))
    # Nor past the moment the breaking-news banner changes (articles/breaking.py).
    banner_change = breaking.seconds_to_next_change()
    if banner_change is not None:
        lifetime = min(lifetime, banner_change)
    return max(0, lifetime)


def _is_anonymous_read(request: HttpRequest) -> bool:
    return request.method in ("GET", "HEAD") and settings.SESSION_COOKIE_NAME not in request.COOKIES


def _is_anonymous_environ(environ: dict) -> bool:
    """The same test as _is_anonymous_read, on the raw WSGI environ."""
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return False
    cookies = environ.get("HTTP_COOKIE", "")
    name = settings.SESSION_COOKIE_NAME
    return name not in cookies or name not in parse_cookie(cookies)


def _scheme(environ: dict) -> str:
    """request.scheme, from the environ (honours SECURE_PROXY_SSL_HEADER)."""
    if settings.SECURE_PROXY_SSL_HEADER:
        header, secure_value = settings.SECURE_PROXY_SSL_HEADER
        value = environ.get(header)
        if value is not None:
            return "https" if value.split(",", 1)[0].strip() == secure_value else "http"
    return environ.get("wsgi.url_scheme", "http")


def page_key(environ: dict) -> str:
    """The cache key of a page, from the WSGI environ (request.META is the environ).

    One function for the middleware and the WSGI fast path, so both always
    agree. Absolute URLs in feeds, sitemaps and canonical links depend on the
    host, so it is part of the key; the raw Host header is enough, because a
    page is only ever stored after a full render, which validated the host
    against ALLOWED_HOSTS.
    """
    host = environ.get("HTTP_HOST") or environ.get("SERVER_NAME", "")
    path = environ.get("SCRIPT_NAME", "") + environ.get("PATH_INFO", "")
    url = f"{_scheme(environ)}://{host}{path}?{environ.get('QUERY_STRING', '')}"
    return "page:" + hashlib.sha256(url.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def _fresh_entry(key: str) -> tuple | None:
    """The stored page for ``key`` if it belongs to the current generation and is alive.

    At most one round trip: the generation and the page are read together,
    and none at all for a hot page while the worker trusts its generation.
    """
    now = time.time()
    generation = _local.trusted_generation()
    if generation is None:
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY)
        _local.remember(generation)
        entry = found.get(key)
    else:
        entry = _local.page(key)
        if entry is None or entry[0] != generation or entry[1] <= now:
            entry = cache.get(key)
    if entry is None or entry[0] != generation or entry[1] <= now:
        return None
    _local.keep(key, entry)
    return entry


def reader_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Let PageCacheMiddleware keep ``view``'s pages for anonymous readers.

    The view's response is marked with the generation it was rendered under
    and how long it may live; the middleware stores it whole (headers too).
    """

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if settings.PAGE_CACHE_SECONDS <= 0 or not _is_anonymous_read(request):
            response = view(request, *args, **kwargs)
            patch_cache_control(response, private=True, no_cache=True)
            return response
        # Read before rendering: an edit during the render makes this copy
        # belong to an old generation, so it is never served.
        generation = current_generation()
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and not response.is_rendered:
            response.render()
        if response.status_code in (200, 404) and not response.streaming:
            lifetime = page_lifetime(generation)
            if lifetime > 0:
                response._newsroom_page_cache = (generation, time.time() + lifetime)
            _public(response, lifetime)
        return response

    return wrapped


# Set in the environ by CachedPagesApp after a miss, so the middleware does
# not ask the cache a second time for the same request.
_CHECKED = "newsroom.page_cache_checked"


class PageCacheMiddleware:
    """Serve and store whole reader pages for anonymous readers.

    First in MIDDLEWARE: a hit skips every other middleware, the URL resolver
    and the view. On the way out it is the last to see a response marked by
    ``reader_page``, so it stores the final headers (CSP, Permissions-Policy,
    ETag…) with the body. Responses that set a cookie are never stored.
    In production CachedPagesApp (newsroom/wsgi.py) answers hits even earlier.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = None
        if settings.PAGE_CACHE_SECONDS > 0 and _is_anonymous_read(request):
            key = page_key(request.META)
            if request.META.get(_CHECKED) != key:
                entry = _fresh_entry(key)
                if entry is not None:
                    return self._replay(request, entry)
        response = self.get_response(request)
        marker = getattr(response, "_newsroom_page_cache", None)
        if marker is not None and key is not None and not response.cookies:
            generation, expires_at = marker
            lifetime = int(expires_at - time.time())
            if lifetime > 0:
                headers = [(k, v) for k, v in response.items() if k.lower() != "cache-control"]
                entry = (generation, expires_at, response.status_code, headers, response.content)
                cache.set(key, entry, timeout=lifetime)
                _local.keep(key, entry)
        return response

    @staticmethod
    def _replay(request: HttpRequest, entry: tuple) -> HttpResponse:
        _generation, expires_at, status, headers, content = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        _public(response, int(expires_at - time.time()))
        etag = response.get("ETag")
        if etag and request.headers.get("If-None-Match"):
            return get_conditional_response(request, etag=etag, response=response)
        return response


class CachedPagesApp:
    """WSGI fast path: a cached page is sent before Django builds a request.

    Wraps the Django application in newsroom/wsgi.py. A hit costs one cache
    round trip and no Django machinery at all (no request object, signals,
    middleware or URL resolving), which is most of the price of a cached page.
    Everything else, including every miss, goes to Django unchanged; pages
    are only ever stored by PageCacheMiddleware, after a full render.
    """

    _KEPT_ON_304 = {"etag", "vary", "content-location", "expires", "last-modified"}

    def __init__(self, application: Callable) -> None:
        self.application = application

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        if settings.PAGE_CACHE_SECONDS > 0 and _is_anonymous_environ(environ):
            key = page_key(environ)
            entry = _fresh_entry(key)
            if entry is not None:
                return self._send(environ, start_response, entry)
            environ[_CHECKED] = key
        return self.application(environ, start_response)

    def _send(self, environ: dict, start_response: Callable, entry: tuple) -> list[bytes]:
        _generation, expires_at, status, headers, content = entry
        max_age = max(0, min(60, int(expires_at - time.time())))
        headers = [*headers, ("Cache-Control", f"public, max-age={max_age}")]
        etag = next((v for k, v in headers if k.lower() == "etag"), None)
        if etag and self._not_modified(environ.get("HTTP_IF_NONE_MATCH", ""), etag):
            kept = [(k, v) for k, v in headers if k.lower() in self._KEPT_ON_304]
            start_response("304 Not Modified", [*kept, headers[-1]])
            return []
        start_response(f"{status} {responses.get(status, 'OK')}", headers)
        return [] if environ.get("REQUEST_METHOD") == "HEAD" else [content]

    @staticmethod
    def _not_modified(if_none_match: str, etag: str) -> bool:
        if not if_none_match:
            return False
        wanted = parse_etags(if_none_match)
        return "*" in wanted or etag.removeprefix("W/") in {e.removeprefix("W/") for e in wanted}


def _public(response: HttpResponse, lifetime: int) -> None:
    # Browsers and a CDN may keep the page briefly; the generation makes our
    # own copy exact, theirs is bounded by the shorter of a minute and the
    # time to the next scheduled publication.
    patch_cache_control(response, public=True, max_age=max(0, min(60, lifetime)))


def connect_invalidation() -> None:
    """Bump the generation whenever content a reader can see changes."""
    from . import models

    for model in (
        models.Article,
        models.ArticleAuthor,
        models.ArticleLink,
        models.TopHeadline,
        models.PinnedRelated,
        models.ExcludedRelated,
        models.Block,
        models.BlockItem,
        models.Section,
        models.Author,
        models.Image,
        models.Tag,
        models.TaggedArticle,
    ):
        post_save.connect(bump_generation, sender=model, dispatch_uid=f"gen-save-{model.__name__}")
        post_delete.connect(
            bump_generation, sender=model, dispatch_uid=f"gen-delete-{model.__name__}"
        )
    m2m_changed.connect(bump_generation, dispatch_uid="gen-m2m")
