"""Response headers and failure handling that every request needs.

Kept in one small module so the order they run in is visible in settings:

- ``SecurityHeadersMiddleware`` adds Permissions-Policy everywhere and, on the
  editors' side (/admin/ and the editor's upload endpoint), loosens the
  Content-Security-Policy just enough for CKEditor 5 and forbids caching and
  indexing. Reader pages keep the strict site-wide policy.
- ``RequestLimitsMiddleware`` refuses absurd query strings before any view or
  cache key is built from them.
- ``DatabaseUnavailableMiddleware`` turns a lost database connection into a
  Vietnamese 503 page with Retry-After instead of a 500: readers should come
  back in a few seconds, crawlers should not drop the page from their index.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.conf import settings
from django.db.utils import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers, patch_cache_control

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
