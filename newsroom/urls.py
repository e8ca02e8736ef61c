from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import RedirectView

from articles.admin.view_on_site import view_on_site
from articles.media import serve_media
from newsroom.auth import LoginForm

admin.site.site_header = _("Tòa soạn")
admin.site.site_title = _("Tòa soạn")
admin.site.index_title = _("Bàn biên tập")
admin.site.login_form = LoginForm

urlpatterns = [
    # Before the admin's own: Django's redirect named any draft's slug (its headline).
    path(
        "admin/r/<path:content_type_id>/<path:object_id>/",
        admin.site.admin_view(view_on_site),
    ),
    path("admin/", admin.site.urls),
    # Browsers ask for /favicon.ico on every page, the admin's too (nginx
    # answers it itself in production; this is for runserver and make serve).
    path("favicon.ico", RedirectView.as_view(url=f"{settings.STATIC_URL}img/favicon.svg")),
]

if settings.DEBUG or settings.NEWSROOM_SERVE_MEDIA:
    urlpatterns.append(path("media/<path:path>", serve_media))

urlpatterns.append(path("", include("articles.urls")))

handler404 = "articles.errors.not_found"
handler500 = "articles.errors.server_error"
