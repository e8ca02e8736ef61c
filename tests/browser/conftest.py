"""Playwright fixtures: Debian's chromium, one fresh context per person, a
screenshot in test-artifacts/ when a test fails.

Playwright's sync API runs an asyncio loop in the test thread, and Django
refuses ORM calls from a thread with a running loop unless
DJANGO_ALLOW_ASYNC_UNSAFE is set. The tests only use the ORM to set up users
and read rows back, between browser steps, so allowing it is safe here; it is
set for as long as the browser runs and removed afterwards, because other tests
start ``manage.py check --deploy`` in a subprocess, which (rightly) fails when
the variable is inherited.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.audit import CHROMIUM_FLAGS

CHROMIUM = Path(os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
# The same headless flags as `make audit` (bench/audit.py): one list for both.
CHROMIUM_ARGS = CHROMIUM_FLAGS
# Generous for a loaded CI machine; an explicit wait returns as soon as the page is ready.
TIMEOUT_MS = 20_000
# Every browser test's staff sign in with this password.
PASSWORD = "mat-khau-dai-123"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    """Hashing with MD5 in tests: each sign-in would otherwise cost a second of PBKDF2."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def log_in(page, base_url: str, username: str) -> None:
    """Sign in through the admin's own form and wait for the desk home."""
    page.goto(f"{base_url}/admin/login/?next=/admin/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#login-form [type=submit]").click()
    page.locator("#user-tools").wait_for()  # the admin greets whoever is signed in


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Remember each phase's report on the item, so fixtures can tell a failure."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"no chromium at {CHROMIUM} (run `make browser`)")
    sync_api = pytest.importorskip("playwright.sync_api")
    # Module scope, so the variable is still set while function-scoped fixtures
    # (the database flush of transactional_db) are torn down.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
            )
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_page(browser, request) -> Iterator:
    """Open a page in a fresh browser context (its own cookies: one person each).

    Every page opened by the test is screenshotted if the test fails, and what
    the browser logged (console errors, failed requests) is printed with it.
    """
    opened = []

    def open_page(name: str):
        context = browser.new_context(locale="vi-VN", viewport={"width": 1280, "height": 1000})
        context.set_default_timeout(TIMEOUT_MS)
        page = context.new_page()
        log: list[str] = []
        page.on("console", lambda m: log.append(f"console.{m.type}: {m.text}"))
        page.on("pageerror", lambda e: log.append(f"pageerror: {e}"))
        page.on(
            "response",
            lambda r: (
                log.append(f"HTTP {r.status} {r.request.method} {r.url}")
                if r.status >= 400
                else None
            ),
        )
        opened.append((name, context, page, log))
        return page

    yield open_page

    failed = any(
        getattr(getattr(request.node, f"report_{when}", None), "failed", False)
        for when in ("setup", "call")
    )
    for name, context, page, log in opened:
        if failed:
            ARTIFACTS.mkdir(exist_ok=True)
            stem = re.sub(r"[^\w.-]+", "_", f"{request.node.name}-{name}")
            try:
                page.screenshot(path=str(ARTIFACTS / f"{stem}.png"), full_page=True)
                (ARTIFACTS / f"{stem}.log").write_text(
                    f"URL: {page.url}\n" + "\n".join(log) + "\n", encoding="utf-8"
                )
            except Exception as error:  # the page may be gone; the failure is what matters
                print(f"screenshot of {name} failed: {error}")
            print(f"--- browser log of {name} ({page.url})", *log, sep="\n")
        context.close()
