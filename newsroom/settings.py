"""Newsroom settings, every one of them read from the environment.

The defaults give a laptop a working newsroom with no configuration at all
(SQLite file, local-memory cache, debug on). Production sets DJANGO_DEBUG=0
and must then also give a secret key: we refuse to start without one rather
than run a public site with a guessable key.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    """Read a yes/no variable: 1/true/yes/on mean yes, anything else no."""
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is required when DJANGO_DEBUG=0. "
            "Generate one with: python -c 'import secrets; print(secrets.token_urlsafe(50))'"
        )
    # Development only: a fixed, obviously-insecure key so sessions survive restarts.
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "taggit",
    "django_ckeditor_5",
    "newsroom.apps.LoginGuardConfig",  # django-axes, named in Vietnamese
    "newsroom.apps.BackgroundTasksConfig",  # django-tasks-db, likewise
    "reversion",  # article history and restore (articles/revisions.py)
    "articles",
]

MIDDLEWARE = [
    # First: a cached anonymous page is answered before anything else runs.
    "articles.cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # Below the CSP middleware so the admin's CSP override is seen by it.
    "newsroom.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "newsroom.middleware.RequestLimitsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "newsroom.middleware.MethodNotAllowedPageMiddleware",
    "newsroom.middleware.DatabaseUnavailableMiddleware",
    # Below DatabaseUnavailableMiddleware: a bad filter is not an outage.
    "newsroom.middleware.AdminInputMiddleware",
    # django-axes wants to be last: it turns a locked-out login into its page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "articles.context_processors.site",
            ],
        },
    },
]

# --- Database: SQLite file by default, anything dj-database-url reads otherwise.
DATABASES = {
    "default": dj_database_url.config(
        env="DATABASE_URL",
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DJANGO_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers go on while a journalist saves; the timeout rides out short locks.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

# Prepare CompiledQuery's statements on PostgreSQL, planned once per connection
# (0.2-0.8 ms of planning against 0.05-0.15 ms of running, per story-page query).
# Off behind a transaction-mode pooler that cannot keep them (PgBouncer < 1.21).
NEWSROOM_PREPARE_COMPILED = env_bool("DJANGO_DB_PREPARE", True)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and NEWSROOM_PREPARE_COMPILED:
    # Only CompiledQuery binds on the server (articles/compiled.py), so only
    # its statements have parameters to plan around. Plan them generically:
    # left to choose, PostgreSQL re-planned two of the story page's block
    # queries on every request, because a LIMIT over an unknown row count
    # made the generic plan look dearer than the very same plan for the values.
    # Added to what DATABASE_URL asked for (?sslmode=require, ?options=...).
    _options = DATABASES["default"].setdefault("OPTIONS", {})
    _options["options"] = " ".join(
        filter(None, [_options.get("options"), "-c plan_cache_mode=force_generic_plan"])
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache: local memory by default, Redis when REDIS_URL is given.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # Tolerant: if Redis goes away, pages are rendered from the database
    # (a warning is logged) instead of failing; short timeouts keep it quick.
    CACHES = {
        "default": {
            "BACKEND": "newsroom.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("DJANGO_CACHE_PREFIX", "newsroom"),
            "TIMEOUT": 300,
            "OPTIONS": {
                "socket_connect_timeout": 0.25,
                "socket_timeout": 0.5,
                "health_check_interval": 30,
                "RETRY_SECONDS": 1.0,
                "LOG_EVERY_SECONDS": 30.0,
                # Invalidations lost during an outage: start a new generation.
                "RECOVERY_DELETE_KEYS": ["content-generation"],
            },
        }
    }
elif DEBUG:
    # One process (runserver): local memory is fastest and needs nothing.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "newsroom",
            "TIMEOUT": 300,
        }
    }
else:
    # Several gunicorn workers on one machine must share the content generation
    # that invalidates cached pages; local memory is per process, files are not.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": os.environ.get("DJANGO_CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            "TIMEOUT": 300,
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }
# Seconds an anonymous reader page may be served from the cache (0 turns it off).
PAGE_CACHE_SECONDS = int(os.environ.get("NEWSROOM_PAGE_CACHE_SECONDS", "300"))
# How long a worker trusts the content generation it last read before asking
# the cache again: hot pages are then served from the worker's memory. Edits
# saved through another worker reach its readers at most this much later
# (nginx and CDNs already keep pages up to 60 s). 0: ask on every request.
NEWSROOM_PAGE_CACHE_RECHECK_SECONDS = float(
    os.environ.get("NEWSROOM_PAGE_CACHE_RECHECK_SECONDS", "1")
)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Language and time: a Hanoi newsroom.
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", _("Tiếng Việt"))]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]
# Day/month/year in every form that reads a date (newsroom/formats/vi/formats.py).
FORMAT_MODULE_PATH = ["newsroom.formats"]

# --- Static files and uploads.
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# In production a web server (nginx) serves media; this lets `make serve` do it alone.
NEWSROOM_SERVE_MEDIA = env_bool("NEWSROOM_SERVE_MEDIA", False)
STORAGES = {
    # Uploads are written to a temporary name and renamed into place.
    "default": {"BACKEND": "newsroom.storage.AtomicFileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
# Several app servers: uploads go to S3-compatible storage (AWS, MinIO,
# DigitalOcean Spaces, ...) behind the CDN. Needs deploy/requirements-s3.txt.
if os.environ.get("DJANGO_S3_BUCKET"):
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ["DJANGO_S3_BUCKET"],
            "endpoint_url": os.environ.get("DJANGO_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("DJANGO_S3_REGION") or None,
            # e.g. media.example.vn: photo URLs point at the CDN, not the bucket.
            "custom_domain": os.environ.get("DJANGO_S3_CUSTOM_DOMAIN") or None,
            "file_overwrite": False,
            "querystring_auth": False,
            "object_parameters": {"CacheControl": "public, max-age=2592000"},
        },
    }
# Django refuses bodies over this size before a view sees them.
DATA_UPLOAD_MAX_MEMORY_SIZE = 15 * 1024 * 1024
# The article form with its inlines posts a few hundred fields; more is an attack.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
# How many photos the photo desk takes in one upload (its form says so when
# more are sent); Django's own cap stays above it, as a guard against abuse
# that answers a bare 400.
NEWSROOM_BULK_UPLOAD_MAX_FILES = 20
DATA_UPLOAD_MAX_NUMBER_FILES = 100
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_PERMISSIONS = 0o644

# Limits on uploaded photos, checked with Pillow before anything is stored.
NEWSROOM_IMAGE_MAX_BYTES = int(os.environ.get("NEWSROOM_IMAGE_MAX_BYTES", str(12 * 1024 * 1024)))
NEWSROOM_IMAGE_MAX_PIXELS = int(os.environ.get("NEWSROOM_IMAGE_MAX_PIXELS", str(40_000_000)))

# --- The site as readers see it.
# The paper's name, a deployment setting: a proper name, not a message.
NEWSROOM_SITE_NAME = os.environ.get(
    "NEWSROOM_SITE_NAME",
    "Lao Động Thủ Đô Mới",  # i18n: data
)
NEWSROOM_SITE_URL = os.environ.get("NEWSROOM_SITE_URL", "http://127.0.0.1:8000")

# --- Rich-text editor (CKEditor 5). The body is sanitized again on save
# (articles/sanitize.py), so the editor's output is never trusted as it is.
CK_EDITOR_5_UPLOAD_FILE_VIEW_NAME = "articles:editor_image_upload"
CKEDITOR_5_CONFIGS = {
    "default": {
        "language": "vi",
        "toolbar": [
            "heading",
            "|",
            "bold",
            "italic",
            "link",
            "|",
            "bulletedList",
            "numberedList",
            "blockQuote",
            "insertTable",
            "|",
            "imageUpload",
            "|",
            "undo",
            "redo",
        ],
        "heading": {
            "options": [
                {"model": "paragraph", "title": _("Đoạn văn"), "class": "ck-heading_paragraph"},
                {
                    "model": "heading2",
                    "view": "h2",
                    "title": _("Tiêu đề 2"),
                    "class": "ck-heading_heading2",
                },
                {
                    "model": "heading3",
                    "view": "h3",
                    "title": _("Tiêu đề 3"),
                    "class": "ck-heading_heading3",
                },
            ]
        },
        "image": {
            "toolbar": ["imageTextAlternative", "toggleImageCaption"],
            # What articles/images.py accepts; the file picker offers nothing else.
            "upload": {"types": ["jpeg", "png", "gif", "webp", "avif"]},
        },
        "table": {"contentToolbar": ["tableColumn", "tableRow", "mergeTableCells"]},
        "link": {"defaultProtocol": "https://"},
        # The django-ckeditor-5 build loads every plugin it ships. These produce
        # markup the body sanitizer removes (embeds, code, to-do lists, highlights,
        # resized images) and some are reachable without the toolbar (pasting a
        # video URL, typing ``` or [ ]), so a journalist would see in the editor
        # what readers never get. Markdown and FullPage swap the data processor.
        "removePlugins": [
            "MediaEmbed",
            "HtmlEmbed",
            "SourceEditing",
            "Markdown",
            "FullPage",
            "CodeBlock",
            "Code",
            "TodoList",
            "Highlight",
            "Mention",
            "Style",
            "ImageResize",
        ],
    }
}
CKEDITOR_5_FILE_UPLOAD_PERMISSION = "staff"

CSRF_FAILURE_VIEW = "articles.errors.csrf_failure"
LOGIN_URL = "admin:login"
SESSION_COOKIE_AGE = int(os.environ.get("DJANGO_SESSION_SECONDS", str(12 * 3600)))
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False  # CKEditor's upload adapter reads the CSRF cookie.

# --- Production hardening, on when debug is off.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
NEWSROOM_BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", False)

# Content-Security-Policy (django.middleware.csp). Reader pages carry no inline
# script or style at all, so the policy is strict and needs no nonce; a nonce
# would not survive the page cache anyway (a cached page would carry a stale
# one), so reader templates must never use {{ csp_nonce }}. JSON-LD blocks are
# data (<script type="application/ld+json">), which the browser never runs.
# Photos may come from the media CDN or an https page quoted in a story.
_CSP_EXTRA_IMG = env_list("DJANGO_CSP_IMG_SRC", "https:")
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, *_CSP_EXTRA_IMG],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "media-src": [CSP.SELF, *_CSP_EXTRA_IMG],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# The editors' side: CKEditor 5 injects <style> elements and sets style
# attributes, so only there style-src allows inline styles (scripts stay strict).
NEWSROOM_ADMIN_CSP = {
    **SECURE_CSP,
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:", *_CSP_EXTRA_IMG],
}
NEWSROOM_EDITOR_PATH_PREFIXES = ["/admin/", "/admin-upload/"]
# A news site needs none of these powerful features; embeds cannot ask for them.
NEWSROOM_PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=()"
)

# --- Abuse limits.
# Longest query string a reader URL may carry (search terms, ?page=): HTTP 400 past it.
NEWSROOM_MAX_QUERY_STRING = 1024
# Deepest listing page (20 stories each); older stories are reached through
# search and the sitemaps. Listings count no further than this, so a section
# page costs the same with 1,000 stories in the archive as with 100,000.
NEWSROOM_MAX_PAGE = 50
# Per client (IP, or /64 for IPv6), counted in the shared cache. See articles/ratelimit.py.
NEWSROOM_RATE_LIMITS = {
    "search": os.environ.get("NEWSROOM_RATE_LIMIT_SEARCH", "30/m"),
    "beacon": os.environ.get("NEWSROOM_RATE_LIMIT_BEACON", "120/m"),
}
# Seconds a 503 page (database restarting) asks clients to wait.
NEWSROOM_RETRY_AFTER_SECONDS = 10

# Admin login lockout (django-axes): 5 wrong passwords for one username from
# one address lock that pair out for 15 minutes; others are not affected.
AUTHENTICATION_BACKENDS = [
    "newsroom.auth.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
AXES_CLIENT_IP_CALLABLE = "articles.ratelimit.client_ip"
AXES_VERBOSE = False
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
    CSRF_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", True)
    SECURE_SSL_REDIRECT = env_bool("DJANGO_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    if env_bool("DJANGO_BEHIND_PROXY", False):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}

# --- Background work (django.tasks). Immediate by default: a task runs when it
# is enqueued (after the saving transaction commits). Production sets
# NEWSROOM_TASKS_BACKEND=django_tasks_db.DatabaseBackend and runs
# `manage.py db_worker` (deploy/newsroom-worker.service).
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "NEWSROOM_TASKS_BACKEND", "django.tasks.backends.immediate.ImmediateBackend"
        )
    }
}
