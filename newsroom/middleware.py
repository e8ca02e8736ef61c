"""Response headers and failure handling that every request needs.

Kept in one small module so the order they run in is visible in settings:

- ``SecurityHeadersMiddleware`` adds Permissions-Policy everywhere and, on the
  editors' side (/admin/ and the editor's upload endpoint), loosens the
  Content-Security-Policy just enough for CKEditor 5 and forbids caching and
  indexing. Reader pages keep the strict site-wide policy.
- ``RequestLimitsMiddleware`` refuses absurd query strings before any view or
  cache key is built from them.
- ``AdminInputMiddleware`` answers hand-made admin input (a filter typed
  into a list's URL, an id no form would send) with a message instead of
  letting it fail in the database as a 500.
- ``MethodNotAllowedPageMiddleware`` gives Django's empty 405 a page.
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
from django.contrib.admin.options import TO_FIELD_VAR
from django.core.exceptions import FieldDoesNotExist
from django.db.utils import DataError, InterfaceError, NotSupportedError, OperationalError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template import loader
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _

from articles.dates import EARLIEST_YEAR, LATEST_YEAR, plausible_year

logger = logging.getLogger("newsroom.availability")
input_logger = logging.getLogger("newsroom.admin_input")

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


_REGEX_LOOKUPS = ("__regex", "__iregex")


def unreadable_regex_lookup(params) -> str | None:
    """The first ``__regex`` filter whose pattern does not compile, or None.

    SQLite runs the pattern with Python's ``re`` and fails inside the query
    ("user-defined function raised exception", an OperationalError that would
    pass for a database outage); PostgreSQL's syntax is close enough that a
    pattern Python refuses is refused there too.
    """
    for key, values in params.lists():
        if key.endswith(_REGEX_LOOKUPS):
            for value in values:
                try:
                    re.compile(value)
                except re.error:
                    return key
    return None


# What hand-made admin input (a typed filter, an id no form would send: "abc",
# 20 digits) raises deep inside Django's admin or the database driver.
MALFORMED_INPUT_ERRORS = (ValueError, OverflowError, IndexError, DataError)
# A list filter may also name a lookup this database lacks (SQLite has no
# JSON ``__contains``).
MALFORMED_FILTER_ERRORS = (*MALFORMED_INPUT_ERRORS, NotSupportedError)
_LIST_ERROR_FLAG = "e"  # django.contrib.admin.views.main.ERROR_FLAG


class AdminInputMiddleware:
    """Hand-made input on the editors' side gets a message, never a 500.

    Every admin list, ours and other apps' alike (users, login attempts,
    tasks), accepts lookups typed into its URL on its model's own fields, and
    every admin form and list action looks up the ids posted to it. Django
    lets much of that through to the database: a date in year 1 (year 0 in
    UTC), ``?id__range=1``, ``?pk__in=`` twenty digits, a month of 10**20, a
    bad regex, a selected id "abc".

    - A GET with such a filter starts the list again, unfiltered, with a
      message saying why (302 to ``?e=1``, as Django does for lookups it
      cannot read). Impossible dates and patterns are caught before the view
      runs; the rest when the query fails.
    - A POST is sent back to the page it came from with a message. Django
      wraps admin saves in a transaction, so nothing half-done is kept.

    The failure is logged with its traceback: a bug of ours that raised one
    of these errors stays visible in the logs. It must sit below
    MessageMiddleware and below DatabaseUnavailableMiddleware, whose
    exception hook would otherwise take a bad filter for a database outage.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if is_editor_path(request.path) and request.GET.get(TO_FIELD_VAR, None) == "":
            # Django looks up a field named "" and fails with a 500 (a name
            # it does not allow is its own 400). Empty means none: drop it.
            # (The body is not read here: a view answers an oversized upload.)
            if request.method == "GET":
                query = request.GET.copy()
                del query[TO_FIELD_VAR]
                return HttpResponseRedirect(
                    f"{request.path}?{query.urlencode()}" if query else request.path
                )
            messages.error(request, self.refused_post_message())
            return HttpResponseRedirect(self.page_posted_from(request))
        if request.method == "GET" and is_editor_path(request.path):
            if implausible_date_lookup(request.GET):
                return self.restart_list(
                    request,
                    _(
                        "Bộ lọc có một ngày không hợp lệ (năm phải từ %(earliest)s đến "
                        "%(latest)s), nên danh sách được hiển thị lại không lọc."
                    )
                    % {"earliest": EARLIEST_YEAR, "latest": LATEST_YEAR},
                )
            key = unreadable_regex_lookup(request.GET)
            if key:
                return self.restart_list(request, self.filter_message(key))
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not is_editor_path(request.path):
            return None
        if request.method == "GET" and isinstance(exception, MALFORMED_FILTER_ERRORS):
            typed = [key for key in request.GET if key != _LIST_ERROR_FLAG]
            if not typed:  # nothing typed to blame: a real fault, a real 500
                return None
            input_logger.warning(
                "Unreadable admin filter on %s", request.get_full_path(), exc_info=exception
            )
            return self.restart_list(request, self.filter_message(typed[0]))
        if request.method == "POST" and (
            isinstance(exception, MALFORMED_INPUT_ERRORS)
            or (isinstance(exception, FieldDoesNotExist) and request.POST.get(TO_FIELD_VAR) == "")
        ):
            input_logger.warning("Unreadable admin post to %s", request.path, exc_info=exception)
            messages.error(request, self.refused_post_message())
            return HttpResponseRedirect(self.page_posted_from(request))
        return None

    @staticmethod
    def refused_post_message() -> str:
        return _(
            "Dữ liệu gửi lên có giá trị không hợp lệ nên chưa được xử lý, "
            "không có gì bị thay đổi. Hãy tải lại trang rồi làm lại."
        )

    @staticmethod
    def page_posted_from(request: HttpRequest) -> str:
        """The page whose form was posted: the Referer when it is this site's
        (a list keeps its filters; a POST-only URL would answer a GET with 405),
        else the URL posted to."""
        referer = request.headers.get("Referer", "")
        if referer and url_has_allowed_host_and_scheme(
            referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return referer
        return request.get_full_path()

    @staticmethod
    def filter_message(key: str) -> str:
        return _(
            "Bộ lọc “%(name)s” có giá trị không đọc được, "
            "nên danh sách được hiển thị lại không lọc."
        ) % {"name": key[:80]}

    @staticmethod
    def restart_list(request: HttpRequest, message: str) -> HttpResponse:
        messages.error(request, message)
        return HttpResponseRedirect(f"{request.path}?{_LIST_ERROR_FLAG}=1")


class MethodNotAllowedPageMiddleware:
    """Gives the empty body of Django's 405 (a view's ``require_GET``, a
    class-based view asked with the wrong method) the Vietnamese page."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            response.status_code == 405
            and not getattr(response, "streaming", False)
            and not response.content
        ):
            from articles.errors import method_not_allowed

            return method_not_allowed(request, response.get("Allow", ""))
        return response


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
