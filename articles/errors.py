"""Friendly Vietnamese error pages that never fail themselves."""

import sys

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template import loader
from django.utils.translation import gettext as _

from newsroom.middleware import DATABASE_ERRORS, database_unavailable_response


def _answers_in_json(request: HttpRequest) -> bool:
    """The editor's uploads and script requests read a JSON error, not a page."""
    return request.path.startswith("/admin-upload/") or bool(
        request.headers.get("X-Requested-With")
    )


def not_found(request: HttpRequest, exception=None) -> HttpResponse:
    html = loader.render_to_string("404.html", {"site_name_only": True}, request=None)
    return HttpResponse(html, status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # A lost database raised outside a view (in a middleware) lands here rather
    # than in DatabaseUnavailableMiddleware: it still deserves the 503 page.
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return database_unavailable_response()
    html = loader.render_to_string("500.html", request=None)
    return HttpResponse(html, status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A refused form or upload, explained in Vietnamese (JSON for the editor's uploads)."""
    message = _(
        "Yêu cầu bị từ chối vì phiên làm việc đã hết hạn hoặc không hợp lệ. "
        "Hãy tải lại trang rồi thử lại."
    )
    if _answers_in_json(request):
        return JsonResponse({"error": {"message": message}}, status=403)
    html = loader.render_to_string("403_csrf.html", {"message": message})
    return HttpResponse(html, status=403)


def method_not_allowed(request: HttpRequest, allowed: str) -> HttpResponse:
    """The 405 page: Django's HttpResponseNotAllowed has an empty body, which a
    reader or an editor sees as a blank page."""
    message = _("Địa chỉ này không nhận yêu cầu kiểu đó.")
    if _answers_in_json(request):
        response: HttpResponse = JsonResponse({"error": {"message": message}}, status=405)
    else:
        response = HttpResponse(loader.render_to_string("405.html"), status=405)
    response["Allow"] = allowed
    return response
