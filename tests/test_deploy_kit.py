"""The deployment kit stays in step with the code it deploys."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def readme_variables() -> set[str]:
    text = (ROOT / "README.md").read_text()
    table = text[text.index("## Configuration") : text.index("## Running a real newsroom")]
    return set(re.findall(r"^\| `([A-Z0-9_]+)`", table, re.M)) | set(
        re.findall(r"`([A-Z][A-Z0-9_]+)`", "".join(re.findall(r"^\|[^|]+\|", table, re.M)))
    )


def example_variables() -> set[str]:
    text = (ROOT / "deploy" / ".env.example").read_text()
    return set(re.findall(r"^#?([A-Z][A-Z0-9_]+)=", text, re.M))


def code_variables() -> set[str]:
    names: set[str] = set()
    for path in (ROOT / "newsroom" / "settings.py", ROOT / "gunicorn.conf.py"):
        text = path.read_text()
        names |= set(re.findall(r"""os\.environ(?:\.get)?[(\[]\s*["']([A-Z0-9_]+)["']""", text))
        names |= set(re.findall(r"""env_(?:bool|list)\(\s*["']([A-Z0-9_]+)["']""", text))
        names |= set(re.findall(r"""env=["']([A-Z0-9_]+)["']""", text))
    return names


def test_env_example_and_readme_list_the_same_variables():
    assert example_variables() == readme_variables()


def test_every_variable_the_code_reads_is_documented():
    missing = code_variables() - readme_variables()
    assert not missing, f"read by the code, missing from README and deploy/.env.example: {missing}"


def test_systemd_units_run_what_exists():
    web = (ROOT / "deploy" / "systemd" / "newsroom-web.service").read_text()
    worker = (ROOT / "deploy" / "systemd" / "newsroom-worker.service").read_text()
    assert "gunicorn -c gunicorn.conf.py newsroom.wsgi" in web
    assert "manage.py db_worker" in worker
    assert (
        "EnvironmentFile=/etc/newsroom/env" in web and "EnvironmentFile=/etc/newsroom/env" in worker
    )


def test_nginx_site_includes_every_snippet_it_ships():
    nginx = ROOT / "deploy" / "nginx"
    text = "".join(p.read_text() for p in nginx.glob("*.conf"))
    for snippet in nginx.glob("newsroom-*.conf"):
        if snippet.name != "newsroom-brotli.conf":
            assert f"/etc/nginx/snippets/{snippet.name}" in text, snippet.name
