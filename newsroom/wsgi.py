import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
django_application = get_wsgi_application()

# Cached reader pages are answered before Django builds a request (articles/cache.py).
from articles.cache import CachedPagesApp  # noqa: E402

application = CachedPagesApp(django_application)
