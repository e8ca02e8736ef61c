"""The framework-free ceiling: a WSGI app that returns fixed page bytes.

Served by the same gunicorn settings as Django, so the ratio Django/ceiling
measures what the framework and our code cost, not the server or the machine.
"""

import os

BODY = open(os.environ["CEILING_FILE"], "rb").read()  # noqa: SIM115 - read once at import
HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]


def app(environ, start_response):
    start_response("200 OK", HEADERS)
    return [BODY]
