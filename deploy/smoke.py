"""Serve the demo newsroom through the real nginx config and check it.

CI runs this after `apt-get install nginx` (.ci/run); it installs nothing.
Everything is throwaway and on loopback: a SQLite database loaded with
`manage.py load_demo`, collected static files, gunicorn with production
settings on a free port, and nginx with a config rendered from deploy/nginx
(the same location/cache/proxy snippets production uses; only the TLS server
block is swapped for a plain loopback one). The TLS site file itself is
checked with `nginx -t` against a throwaway self-signed certificate.

Checks: the front page and an article answer 200 through nginx, the proxy
cache hits for anonymous readers and is bypassed with a session cookie,
responses are gzip-compressed, a hashed static file carries a far-future
Cache-Control, an uploaded photo is served, the admin is never cached.

    .venv/bin/python deploy/smoke.py [--keep]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere
from bench.ports import Gunicorn, free_port, stop_group, wait_for_port  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NGINX_DIR = ROOT / "deploy" / "nginx"
PYTHON = sys.executable
FAILURES: list[str] = []


class Response:
    def __init__(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.status, self.headers, self.body = status, headers, body

    @property
    def text(self) -> str:
        data = self.body
        if self.headers.get("content-encoding") == "gzip":
            data = gzip.decompress(data)
        return data.decode("utf-8", "replace")


def fetch(port: int, path: str, headers: dict[str, str] | None = None) -> Response:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"Host": "localhost", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            headers = {k.lower(): v for k, v in response.headers.items()}
            return Response(response.status, headers, response.read())
    except urllib.error.HTTPError as error:
        return Response(error.code, {k.lower(): v for k, v in error.headers.items()}, error.read())


def check(condition: bool, what: str) -> None:
    print(("  ok    " if condition else "  FAIL  ") + what, flush=True)
    if not condition:
        FAILURES.append(what)


def render(text: str, replacements: dict[str, str]) -> str:
    for old, new in replacements.items():
        text = text.replace(old, new)
    return text


def main_nginx_conf(work: Path, http_body: str) -> str:
    """A self-contained nginx.conf that needs no root and writes only under ``work``."""
    return f"""
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log warn;
{load_brotli_modules()}
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log {work}/nginx-access.log;
    client_body_temp_path {work}/tmp/body;
    proxy_temp_path {work}/tmp/proxy;
    fastcgi_temp_path {work}/tmp/fastcgi;
    uwsgi_temp_path {work}/tmp/uwsgi;
    scgi_temp_path {work}/tmp/scgi;
    sendfile on;
{http_body}
}}
"""


def load_brotli_modules() -> str:
    """Debian's brotli module packages drop their load_module lines here."""
    lines = []
    for conf in sorted(Path("/usr/share/nginx/modules-available").glob("mod-http-brotli-*.conf")):
        lines.append(conf.read_text().strip())
    return "\n".join(lines)


def run(cmd: list[str], env: dict[str, str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        print(result.stdout[-3000:], result.stderr[-3000:], sep="\n")
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    if not Path(nginx).exists():
        print("nginx is not installed (apt-get install -y nginx)")
        return 2

    work = Path(tempfile.mkdtemp(prefix="newsroom-smoke-"))
    work.chmod(0o755)  # nginx workers may run as another user when started by root
    for sub in ("static", "media", "protected", "cache", "snippets", "var", "tmp"):
        (work / sub).mkdir()
    app_port, web_port = free_port(), free_port()
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_BEHIND_PROXY": "1",
        "DJANGO_ALLOWED_HOSTS": "localhost,127.0.0.1",
        "DATABASE_URL": f"sqlite:///{work}/smoke.sqlite3",
        "REDIS_URL": "",
        "DJANGO_CACHE_DIR": str(work / "var" / "cache"),
        "DJANGO_MEDIA_ROOT": str(work / "media"),
        "DJANGO_STATIC_ROOT": str(work / "static"),
        "NEWSROOM_SITE_URL": f"http://localhost:{web_port}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_ACCESS_LOG": str(work / "gunicorn-access.log"),
    }
    gunicorn = nginx_process = None
    started = time.monotonic()
    try:
        print(f"== throwaway newsroom in {work}", flush=True)
        run([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env)
        run([PYTHON, "manage.py", "load_demo"], env, timeout=900)
        run([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env)
        for path in (work / "media", work / "static"):
            for sub in [path, *path.rglob("*")]:
                sub.chmod(0o755 if sub.is_dir() else 0o644)

        print(f"== gunicorn on 127.0.0.1:{app_port}", flush=True)
        gunicorn = Gunicorn(env, work / "gunicorn.log", port=app_port)

        replacements = {
            "/etc/nginx/snippets/": f"{work}/snippets/",
            "/srv/newsroom/staticfiles/": f"{work}/static/",
            "/srv/newsroom/media/": f"{work}/media/",
            "/srv/newsroom/protected/": f"{work}/protected/",
            "/var/cache/nginx/newsroom": f"{work}/cache",
            "127.0.0.1:8000": f"127.0.0.1:{app_port}",
        }
        for snippet in NGINX_DIR.glob("newsroom-*.conf"):
            if snippet.name == "newsroom-brotli.conf" and not load_brotli_modules():
                continue  # the module is not installed: production leaves it out too
            (work / "snippets" / snippet.name).write_text(render(snippet.read_text(), replacements))

        # 1. The production site file, TLS and all, passes nginx -t.
        cert, key = work / "cert.pem", work / "key.pem"
        if shutil.which("openssl"):
            run(
                [
                    "openssl",
                    "req",
                    "-x509",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-days",
                    "1",
                    "-subj",
                    "/CN=example.vn",
                    "-keyout",
                    str(key),
                    "-out",
                    str(cert),
                ],
                env,
            )
            site = render((NGINX_DIR / "newsroom.conf").read_text(), replacements)
            site = site.replace("/etc/letsencrypt/live/example.vn/fullchain.pem", str(cert))
            site = site.replace("/etc/letsencrypt/live/example.vn/privkey.pem", str(key))
            (work / "site-tls.conf").write_text(site)
            (work / "nginx-tls.conf").write_text(
                main_nginx_conf(work, f"    include {work}/site-tls.conf;")
            )
            result = subprocess.run(
                [nginx, "-t", "-p", str(work), "-c", str(work / "nginx-tls.conf")],
                capture_output=True,
                text=True,
            )
            check(result.returncode == 0, "nginx -t accepts deploy/nginx/newsroom.conf (TLS site)")
            if result.returncode:
                print(result.stderr)
        else:
            print("  skip  TLS site check (no openssl)")

        # 2. The same snippets behind a plain loopback server, really served.
        (work / "nginx.conf").write_text(
            main_nginx_conf(
                work,
                f"""    include {work}/snippets/newsroom-http.conf;
    server {{
        listen 127.0.0.1:{web_port};
        server_name localhost;
        include {work}/snippets/newsroom-locations.conf;
    }}""",
            )
        )
        result = subprocess.run(
            [nginx, "-t", "-p", str(work), "-c", str(work / "nginx.conf")],
            capture_output=True,
            text=True,
        )
        check(result.returncode == 0, "nginx -t accepts the loopback test config")
        if result.returncode:
            print(result.stderr)
            return 1
        print(f"== nginx on 127.0.0.1:{web_port}", flush=True)
        nginx_process = subprocess.Popen(
            [nginx, "-p", str(work), "-c", str(work / "nginx.conf"), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=open(work / "nginx.stderr", "w"),  # noqa: SIM115
            start_new_session=True,
        )
        wait_for_port(web_port, nginx_process)

        print("== checks", flush=True)
        home = fetch(web_port, "/", {"Accept-Encoding": "gzip"})
        check(home.status == 200, f"front page 200 (got {home.status})")
        check(home.headers.get("content-encoding") == "gzip", "front page is gzip-compressed")
        check("content-security-policy" in home.headers, "front page carries the CSP")
        again = fetch(web_port, "/")
        status = again.headers.get("x-cache-status")
        check(
            status in ("HIT", "UPDATING", "STALE"),
            f"second anonymous request is a proxy-cache hit ({status})",
        )
        signed_in = fetch(web_port, "/", {"Cookie": "sessionid=abc"})
        status = signed_in.headers.get("x-cache-status")
        check(status == "BYPASS", f"a session cookie bypasses the proxy cache ({status})")

        links = re.findall(r'href="(/[a-z0-9-]+-\d+\.html)"', home.text)
        check(bool(links), "front page links to articles")
        article = fetch(web_port, links[0]) if links else None
        check(
            article is not None and article.status == 200,
            f"article {links[0] if links else '?'} 200",
        )

        pages = home.text + (article.text if article else "")
        stylesheet = re.search(r'href="(/static/[^"]+\.[0-9a-f]{12}\.css)"', pages)
        check(stylesheet is not None, "pages link a hashed stylesheet")
        if stylesheet:
            static = fetch(web_port, stylesheet.group(1))
            cache_control = static.headers.get("cache-control", "")
            max_age = re.search(r"max-age=(\d+)", cache_control)
            check(
                static.status == 200 and max_age is not None and int(max_age.group(1)) >= 31536000,
                f"static {stylesheet.group(1)} 200, far-future Cache-Control ({cache_control})",
            )
        photo = re.search(r'(?:src|srcset)="(/media/[^" ]+)', pages)
        if photo is None:  # no photo on these two pages: take any uploaded file
            files = [p for p in (work / "media").rglob("*") if p.is_file()]
            photo_path = "/media/" + str(files[0].relative_to(work / "media")) if files else None
        else:
            photo_path = photo.group(1)
        check(photo_path is not None, "the demo has uploaded photos")
        if photo_path:
            media = fetch(web_port, photo_path)
            check(
                media.status == 200 and media.headers.get("content-type", "").startswith("image/"),
                f"media {photo_path} 200 ({media.headers.get('content-type')})",
            )
            check("max-age=2592000" in media.headers.get("cache-control", ""), "media cached 30 d")

        admin = fetch(web_port, "/admin/login/")
        check(admin.status == 200, f"admin login 200 (got {admin.status})")
        check("no-store" in admin.headers.get("cache-control", ""), "admin is no-store")
        check(admin.headers.get("x-robots-tag", "").startswith("noindex"), "admin is noindex")
        check(
            fetch(web_port, "/admin/login/").headers.get("x-cache-status") is None,
            "admin is never in nginx's cache",
        )
        check(fetch(web_port, "/khong-co-trang-nay/").status == 404, "unknown page 404")
        print(json.dumps({"seconds": round(time.monotonic() - started, 1)}))
    finally:
        stop_group(nginx_process)
        if gunicorn is not None:
            gunicorn.stop()
        if FAILURES:
            for name in ("gunicorn.log", "nginx-error.log", "nginx.stderr"):
                path = work / name
                if path.exists():
                    print(f"--- {name}", path.read_text()[-4000:], sep="\n")
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    if FAILURES:
        print(f"nginx smoke test: {len(FAILURES)} failed")
        return 1
    print("nginx smoke test: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
