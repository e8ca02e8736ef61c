"""gunicorn settings for production, sized from the machine.

Reader pages are short CPU-bound renders or cache hits, so workers track the
core count (the classic 2 x cores + 1), with a few threads each to overlap the
odd slow database round-trip. Every value can be overridden from the
environment without editing this file.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS") or multiprocessing.cpu_count() * 2 + 1)
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread" if threads > 1 else "sync"
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then so a slow leak can never take a server down.
# Cached pages are served at a thousand or more a second per worker, so the
# count is high: a restarted worker spends a second or two importing Django.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS") or 200_000)
max_requests_jitter = max_requests // 10
# Refuse oversized request lines and headers before Django sees them.
limit_request_line = 8190
limit_request_fields = 100
# Empty turns the access log off (nginx keeps one in production).
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
proc_name = "newsroom"
