from django.conf import settings
from django.http import HttpRequest

from .sections import section_tree


def site(request: HttpRequest) -> dict:
    """The site name and the section navigation, for every reader page."""
    if request.path.startswith("/admin/"):
        return {"site_name": settings.NEWSROOM_SITE_NAME}
    return {
        "site_name": settings.NEWSROOM_SITE_NAME,
        "nav_sections": lambda: section_tree(request).top,
    }
