"""Response headers and failure handling that every request needs.

Kept in one small module so the order they run in is visible in settings:

- ``SecurityHeadersMiddleware`` adds Permissions-Policy everywhere and, on the
  editors' side (/admin/ and the editor's upload endpoint), loosens the
  Content-Security-Policy just enough for CKEditor 5 and forbids caching and
  indexing. Reader pages keep the strict site-wide policy.
- ``RequestLimitsMiddleware`` refuses absurd query strings before any view or
  cache key is built from them.
- ``AdminDateLookupsMiddleware`` restarts an admin list whose filter names a
  date no calendar holds, with a message, instead of letting it reach the
  database as a time that cannot be converted to UTC.
- ``DatabaseUnavailableMiddleware`` turns a lost database connection into a
  Vietnamese 503 page with Retry-After instead of a 500: readers should come
  back in a few seconds, crawlers should not drop the page from their index.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template import loader
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _

from articles.dates import EARLIEST_YEAR, LATEST_YEAR, plausible_year

logger = logging.getLogger("newsroom.availability")

DATABASE_ERRORS = (OperationalError, InterfaceError)


def is_editor_path(path: str) -> bool:
    """True for the journalists' side of the site: never cached, never indexed."""
    return path.startswith(tuple(settings.NEWSROOM_EDITOR_PATH_PREFIXES))


class SecurityHeadersMiddleware:
    """Permissions-Policy for all; admin CSP override, no-store and noindex for editors.

    It must sit *below* ContentSecurityPolicyMiddleware in MIDDLEWARE so its
    response hook runs first and the CSP middleware sees the override.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        policy = settings.NEWSROOM_PERMISSIONS_POLICY
        if policy and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = policy
        if is_editor_path(request.path):
            if not hasattr(response, "_csp_config"):
                response._csp_config = settings.NEWSROOM_ADMIN_CSP
            # Drafts and personal data must not sit in a shared or browser cache.
            add_never_cache_headers(response)
            patch_cache_control(response, private=True, no_store=True)
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response


class RequestLimitsMiddleware:
    """Refuse (HTTP 400) query strings no link of ours makes: longer than any,
    or carrying a NUL character, which PostgreSQL cannot store or compare and
    which would otherwise fail deep inside a lookup as a 500."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        query = request.META.get("QUERY_STRING", "")
        if len(query) > settings.NEWSROOM_MAX_QUERY_STRING or "%00" in query:
            html = loader.render_to_string("400.html")
            return HttpResponse(html, status=400)
        return self.get_response(request)


# The year of a date written as a lookup value: ISO (2026-12-03, what the
# admin's own filter links carry) or day first (03/12/2026, what people type).
_YEARS_IN_DATES = re.compile(r"\b([0-9]+)-[0-9]{1,2}-[0-9]{1,2}|\b[0-9]{1,2}/[0-9]{1,2}/([0-9]+)")
# Lookups whose value is a year by itself (the date hierarchy's ?published_at__year=).
_YEAR_LOOKUPS = ("__year", "__iso_year")


def implausible_date_lookup(params) -> str | None:
    """The first filter parameter (``field__lookup=value``) naming a year outside
    articles.dates' calendar, or None."""
    for key, values in params.lists():
        if "__" not in key:
            continue
        for value in values:
            if key.endswith(_YEAR_LOOKUPS):
                years = [value.strip()]
            else:
                years = [iso or day_first for iso, day_first in _YEARS_IN_DATES.findall(value)]
            if any(y.isascii() and y.isdigit() and not plausible_year(int(y)) for y in years):
                return key
    return None


class AdminDateLookupsMiddleware:
    """A hand-made admin filter such as ``?published_at__gte=0001-01-01`` starts
    the list again, unfiltered, with a message saying why (HTTP 302 to ``?e=1``,
    as Django does for lookups it cannot read).

    Every change list accepts lookups on its model's own date fields, ours and
    other apps' alike (users, login attempts, tasks), and Django lets such a
    date through to the database, where year 1 in Hà Nội is year 0 in UTC:
    OverflowError on SQLite, "timestamp out of range" on PostgreSQL, a 500.
    It must sit below MessageMiddleware.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if (
            request.method == "GET"
            and is_editor_path(request.path)
            and implausible_date_lookup(request.GET)
        ):
            messages.error(
                request,
                _(
                    "Bộ lọc có một ngày không hợp lệ (năm phải từ %(earliest)s đến "
                    "%(latest)s), nên danh sách được hiển thị lại không lọc."
                )
                % {"earliest": EARLIEST_YEAR, "latest": LATEST_YEAR},
            )
            return HttpResponseRedirect(request.path + "?e=1")
        return self.get_response(request)


def database_unavailable_response() -> HttpResponse:
    """The 503 page; rendered without the database, the cache or a request context."""
    html = loader.render_to_string("503.html")
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(settings.NEWSROOM_RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


class DatabaseUnavailableMiddleware:
    """A view that lost its database answers 503 (and logs why), not 500.

    CONN_HEALTH_CHECKS drops the broken connection at the next request, so
    service resumes by itself once the server is back: nothing to restart.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not isinstance(exception, DATABASE_ERRORS):
            return None
        logger.error("Database unavailable for %s %s: %s", request.method, request.path, exception)
        return database_unavailable_response()
