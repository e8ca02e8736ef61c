"""`make audit`: accessibility, validity, Lighthouse scores and weight of reader pages.

A throwaway demo newsroom (``manage.py load_demo`` on a SQLite file in a
temporary folder) is served in production mode (DEBUG off, collected and
compressed static files, gunicorn); then, on the front page, a section page,
an article page and search results:

- axe-core (the pinned npm package in node_modules/) in Debian's Chromium
  through Playwright, at a phone's and a desktop's width: violations per page;
- the Nu Html Checker (vnu.jar from the pinned npm package ``vnu-jar``, run
  with Java): errors per page;
- Lighthouse (pinned npm package, mobile preset, CHROME_PATH=Debian's
  Chromium) on the article page: Performance, Accessibility, Best Practices
  and SEO, the median of AUDIT_LIGHTHOUSE_RUNS runs (5: one run swings by
  several points on a busy machine);
- the article page's transfer without photos: the HTML and the CSS and JS it
  references, each gzip-compressed at the level nginx uses (deploy/nginx).

Prints the figures and exits non-zero when one misses its target (0
violations, 0 errors, every score >= 95, under 40 KB). The axe, validator and
byte-budget checks also run in the test suite (tests/browser/test_accessibility.py),
which imports the helpers below.

    make audit            # npm ci, then .venv/bin/python bench/audit.py
    .venv/bin/python bench/audit.py --keep    # keep the work folder
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as a script from anywhere
from bench.ports import Gunicorn, free_port  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
NODE_MODULES = ROOT / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LIGHTHOUSE_CLI = NODE_MODULES / "lighthouse" / "cli" / "index.js"
CHROMIUM = Path(os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium"))
PYTHON = sys.executable

# The targets of issue 5.
TRANSFER_BUDGET_BYTES = 40 * 1024
LIGHTHOUSE_TARGET = 95
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# deploy/nginx/newsroom-http.conf: gzip_comp_level 5 (whitenoise's own .gz
# files are smaller still, so this errs on the heavy side for CSS and JS).
GZIP_LEVEL = 5
# A reader searching without accents, as most do on a phone.
SEARCH_QUERY = "cong doan"
# Widths the axe checks run at: a small phone and a desktop.
VIEWPORTS = {"điện thoại": (375, 812), "máy tính": (1280, 1000)}
# Flags for a headless Chromium in a container (tests/browser/conftest.py uses them too).
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

ARTICLE_HREF = re.compile(r"^/[a-z0-9-]*-[0-9]+\.html$")


def say(message: str) -> None:
    print(f"[audit {time.strftime('%H:%M:%S')}] {message}", flush=True)


# --- Which pages: found the way a reader finds them, from the front page.


def reader_paths(front_page_html: str) -> dict[str, str]:
    """The audited pages' paths: the front page, the first section in the
    navigation, the front page's lead story, and search results."""
    import lxml.html

    doc = lxml.html.fromstring(front_page_html)
    sections = [
        href for href in doc.xpath("//nav[contains(@class,'site-nav')]//a/@href") if href != "/"
    ]
    lead = doc.xpath("//*[contains(@class,'front-lead')]//a/@href")
    stories = [href for href in [*lead, *doc.xpath("//main//a/@href")] if ARTICLE_HREF.match(href)]
    if not sections or not stories:
        raise ValueError("the front page links to no section or no story")
    query = urllib.parse.urlencode({"q": SEARCH_QUERY})
    return {
        "trang chủ": "/",
        "chuyên mục": sections[0],
        "bài viết": stories[0],
        "tìm kiếm": f"/tim-kiem/?{query}",
    }


# --- axe-core.


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """Run axe-core's default rules (WCAG 2.x A/AA and best practices) on a
    loaded Playwright page; its violations, each with the offending nodes.

    The page's context must be opened with ``bypass_csp=True``: axe is
    injected as an inline script, which the reader pages' policy forbids.
    """
    if not AXE_JS.exists():
        raise FileNotFoundError(f"{AXE_JS} is missing: run `npm ci` (make test does)")
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "nodes": [
                {"target": node["target"], "html": node["html"][:300]}
                for node in violation["nodes"]
            ],
        }
        for violation in result["violations"]
    ]


def describe_violations(violations: Iterable[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        for node in violation["nodes"][:5]:
            lines.append(f"    {node['target']}: {node['html']}")
    return "\n".join(lines)


# --- The Nu Html Checker.


def validate_html(documents: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """Check HTML documents with vnu.jar in one Java run.

    Returns, per document name, the messages of type "error" (and the
    checker's own failures to read a document); warnings are left out.
    """
    if not VNU_JAR.exists():
        raise FileNotFoundError(f"{VNU_JAR} is missing: run `npm ci` (make test does)")
    java = shutil.which("java")
    if java is None:
        raise FileNotFoundError("java is not installed (apt-get install default-jre-headless)")
    errors: dict[str, list[dict[str, Any]]] = {name: [] for name in documents}
    with tempfile.TemporaryDirectory(prefix="newsroom-vnu-") as folder:
        files = {}
        for number, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"page-{number}.html"
            path.write_text(html, encoding="utf-8")
            files[path.resolve().as_uri()] = name
        result = subprocess.run(
            [java, "-Xss1m", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always"]
            + [str(Path(folder) / f"page-{n}.html") for n in range(len(documents))],
            capture_output=True,
            text=True,
            timeout=300,
        )
        # The report goes to stderr, after anything the JVM itself says there.
        output = result.stderr + result.stdout
        try:
            report, _ = json.JSONDecoder().raw_decode(output[output.index("{") :])
        except ValueError as error:
            raise RuntimeError(f"vnu.jar failed: {result.stderr[-2000:]}") from error
    by_path = {urllib.parse.urlparse(uri).path: name for uri, name in files.items()}
    for message in report.get("messages", []):
        if message.get("type") not in ("error", "non-document-error"):
            continue
        path = urllib.parse.urlparse(message.get("url", "")).path
        name = by_path.get(path) or by_path.get(os.path.realpath(path))
        errors.setdefault(name or path, []).append(message)
    return errors


def describe_errors(messages: Iterable[dict[str, Any]]) -> str:
    return "\n".join(
        f"line {m.get('lastLine', '?')}: {m.get('message')} [{m.get('extract', '').strip()[:120]}]"
        for m in messages
    )


# --- Bytes on the wire.


def compressed_size(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


def page_assets(html: str) -> list[str]:
    """URLs of the CSS and JS a page loads (stylesheets, scripts with src,
    preloaded styles/scripts and module preloads); photos and feeds are not."""
    import lxml.html

    doc = lxml.html.fromstring(html)
    urls: list[str] = []
    for link in doc.xpath("//link[@href]"):
        rel = set((link.get("rel") or "").lower().split())
        kind = (link.get("as") or "").lower()
        if (
            "stylesheet" in rel
            or "modulepreload" in rel
            or ("preload" in rel and kind in ("style", "script"))
        ):
            urls.append(link.get("href"))
    urls += doc.xpath("//script[@src]/@src")
    return list(dict.fromkeys(urls))


def transfer_sizes(html: str, fetch: Callable[[str], bytes]) -> dict[str, int]:
    """Compressed bytes of a page without its photos: the HTML, then each CSS
    and JS file it references (``fetch`` returns a URL's uncompressed body)."""
    sizes = {"HTML": compressed_size(html.encode("utf-8"))}
    for url in page_assets(html):
        sizes[url] = compressed_size(fetch(url))
    return sizes


# --- Lighthouse.


def lighthouse_scores(url: str, report_path: Path) -> dict[str, int]:
    """One Lighthouse run (mobile, simulated throttling) with Debian's Chromium."""
    node = shutil.which("node")
    if node is None or not LIGHTHOUSE_CLI.exists():
        raise FileNotFoundError("node or node_modules/lighthouse is missing: run `npm ci`")
    env = {**os.environ, "CHROME_PATH": str(CHROMIUM)}
    command = [
        node,
        str(LIGHTHOUSE_CLI),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report_path}",
        f"--only-categories={','.join(LIGHTHOUSE_CATEGORIES)}",
        "--chrome-flags=--headless=new " + " ".join(CHROMIUM_FLAGS),
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    if result.returncode or not report_path.exists():
        raise RuntimeError(f"lighthouse failed: {result.stderr[-3000:]}")
    report = json.loads(report_path.read_text(encoding="utf-8"))
    if report.get("runtimeError"):
        raise RuntimeError(f"lighthouse: {report['runtimeError']}")
    return {
        key: round(100 * (report["categories"][key]["score"] or 0)) for key in LIGHTHOUSE_CATEGORIES
    }


def lighthouse_shortfalls(report_path: Path) -> list[str]:
    """What cost points in a Lighthouse report: failed audits with a weight."""
    report = json.loads(report_path.read_text(encoding="utf-8"))
    lines = []
    for key, category in report["categories"].items():
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit["score"] is not None and audit["score"] < 0.9:
                value = audit.get("displayValue", "")
                lines.append(f"{key}: {ref['id']} score {audit['score']} {value}".rstrip())
    return lines


# --- The throwaway production server.


def fetch_bytes(url: str) -> bytes:
    request = urllib.request.Request(url, headers={"Accept-Encoding": "identity"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.read()


def run_checked(command: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        print(result.stdout[-2000:], result.stderr[-3000:], sep="\n")
        raise SystemExit(f"failed: {' '.join(command)}")


def serve_demo(work: Path) -> tuple[Gunicorn, str]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_SSL_REDIRECT": "0",
        "DJANGO_SECURE_COOKIES": "0",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_LOG_LEVEL": "ERROR",
        "DATABASE_URL": f"sqlite:///{work}/demo.sqlite3",
        "REDIS_URL": "",
        "DJANGO_CACHE_DIR": str(work / "cache"),
        "DJANGO_CACHE_PREFIX": f"audit-{secrets.token_hex(3)}",
        "DJANGO_MEDIA_ROOT": str(work / "media"),
        "DJANGO_STATIC_ROOT": str(work / "static"),
        "NEWSROOM_SERVE_MEDIA": "1",
        "NEWSROOM_SITE_URL": base,
        "NEWSROOM_RATE_LIMIT_SEARCH": "0",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_ACCESS_LOG": "",
    }
    say(f"demo newsroom in {work}")
    run_checked([PYTHON, "manage.py", "migrate", "--noinput", "-v0"], env)
    run_checked([PYTHON, "manage.py", "load_demo"], env)
    run_checked([PYTHON, "manage.py", "collectstatic", "--noinput", "-v0"], env)
    say(f"gunicorn (production settings) on {base}")
    return Gunicorn(env, work / "gunicorn.log", port=port), base


# --- The audit.


def browser_checks(base: str, paths: dict[str, str]) -> tuple[dict, dict[str, str]]:
    """axe at each width, and each page's HTML as the browser received it."""
    from playwright.sync_api import sync_playwright

    violations: dict[str, dict[str, list]] = {name: {} for name in paths}
    html: dict[str, str] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_FLAGS
        )
        for width_name, (width, height) in VIEWPORTS.items():
            context = browser.new_context(
                locale="vi-VN", viewport={"width": width, "height": height}, bypass_csp=True
            )
            page = context.new_page()
            for name, path in paths.items():
                response = page.goto(base + path, wait_until="load")
                if response is None or response.status != 200:
                    raise SystemExit(f"{path}: HTTP {response and response.status}")
                html.setdefault(name, response.text())
                violations[name][width_name] = axe_violations(page)
            context.close()
        browser.close()
    return violations, html


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument(
        "--runs",
        type=int,
        default=int(os.environ.get("AUDIT_LIGHTHOUSE_RUNS", "5")),
        help="Lighthouse runs (the median is reported)",
    )
    args = parser.parse_args()
    if not CHROMIUM.exists():
        print(f"no chromium at {CHROMIUM} (make browser)")
        return 2

    work = Path(tempfile.mkdtemp(prefix="newsroom-audit-"))
    failures: list[str] = []
    server, base = serve_demo(work)
    try:
        paths = reader_paths(fetch_bytes(base + "/").decode("utf-8"))
        for name, path in paths.items():
            say(f"{name}: {path}")

        say("axe-core in Chromium")
        violations, html = browser_checks(base, paths)
        say("Nu Html Checker")
        vnu_errors = validate_html(html)

        article_html = fetch_bytes(base + paths["bài viết"]).decode("utf-8")
        sizes = transfer_sizes(
            article_html, lambda url: fetch_bytes(urllib.parse.urljoin(base, url))
        )

        scores: list[dict[str, int]] = []
        last_report = work / "lighthouse-1.json"
        for run in range(1, args.runs + 1):
            say(f"Lighthouse {run}/{args.runs} on the article page (mobile)")
            last_report = work / f"lighthouse-{run}.json"
            try:
                scores.append(lighthouse_scores(base + paths["bài viết"], last_report))
            except RuntimeError as error:
                # On a busy shared machine Chromium now and then fails to load
                # a page at all; one more try tells that from a real problem.
                say(f"  that run failed, trying once more: {str(error)[:200]}")
                last_report.unlink(missing_ok=True)
                scores.append(lighthouse_scores(base + paths["bài viết"], last_report))
        median = {
            key: int(statistics.median(s[key] for s in scores)) for key in LIGHTHOUSE_CATEGORIES
        }
    finally:
        server.stop()

    print("\n== Reader site audit (demo newsroom, production settings)")
    print(f"axe-core {axe_version()} violations (phone / desktop width):")
    for name, by_width in violations.items():
        counts = " / ".join(str(len(v)) for v in by_width.values())
        print(f"  {name:<12} {paths[name]:<70} {counts}")
        for width_name, found in by_width.items():
            if found:
                failures.append(f"axe: {len(found)} violations on {name} ({width_name})")
                print(describe_violations(found))
    print(f"Nu Html Checker {vnu_version()} errors:")
    for name, messages in vnu_errors.items():
        print(f"  {name:<12} {len(messages)}")
        if messages:
            failures.append(f"vnu: {len(messages)} errors on {name}")
            print(describe_errors(messages))
    print(
        f"Lighthouse {lighthouse_version()} on the article page (mobile), median of {len(scores)}:"
    )
    for key in LIGHTHOUSE_CATEGORIES:
        runs = ", ".join(str(s[key]) for s in scores)
        print(f"  {key:<15} {median[key]:>3}   (runs: {runs})")
        if median[key] < LIGHTHOUSE_TARGET:
            failures.append(f"lighthouse {key} {median[key]} < {LIGHTHOUSE_TARGET}")
    shortfalls = lighthouse_shortfalls(last_report)
    if shortfalls:
        print("  points lost in the last run:", *shortfalls, sep="\n    ")
    total = sum(sizes.values())
    print(f"Article page transfer without photos (gzip level {GZIP_LEVEL}):")
    for url, size in sizes.items():
        print(f"  {url:<40} {size / 1024:6.1f} KB")
    print(f"  {'total':<40} {total / 1024:6.1f} KB  (budget {TRANSFER_BUDGET_BYTES // 1024} KB)")
    if total >= TRANSFER_BUDGET_BYTES:
        failures.append(f"transfer {total} bytes >= {TRANSFER_BUDGET_BYTES}")

    if args.keep:
        print(f"work folder kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    if failures:
        print("\nMISSED:", *failures, sep="\n  ")
        return 1
    print("\nAll targets met.")
    return 0


def _package_version(name: str) -> str:
    try:
        return json.loads((NODE_MODULES / name / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError):
        return "?"


def axe_version() -> str:
    return _package_version("axe-core")


def vnu_version() -> str:
    return _package_version("vnu-jar")


def lighthouse_version() -> str:
    return _package_version("lighthouse")


if __name__ == "__main__":
    sys.exit(main())
