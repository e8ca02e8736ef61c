import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    # The browser tests allow async-unsafe calls in this process; a deployment never does.
    full_env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    full_env.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_is_clean():
    result = manage("check")
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "prepare, options",
    [
        ("1", "-c search_path=news -c plan_cache_mode=force_generic_plan"),
        ("0", "-c search_path=news"),
    ],
)
def test_database_url_options_are_kept(prepare, options):
    """What DATABASE_URL asks of PostgreSQL (TLS, a schema) survives our own options."""
    url = "postgresql://newsroom@db.example:5432/newsroom?sslmode=require&options=-c%20search_path%3Dnews"
    show = "from django.conf import settings; print(settings.DATABASES['default']['OPTIONS'])"
    result = manage("shell", "-c", show, DATABASE_URL=url, DJANGO_DB_PREPARE=prepare)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == repr(
        {"sslmode": "require", "options": options}
    )


def test_production_refuses_to_start_without_a_secret_key():
    env = {"DJANGO_DEBUG": "0", "DJANGO_SECRET_KEY": ""}
    result = manage("check", **env)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in result.stderr


def test_production_settings_pass_the_deploy_check():
    import secrets

    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues (0 silenced)" in result.stdout


@pytest.mark.django_db
def test_csrf_failure_is_explained_in_vietnamese():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/admin/login/", {"username": "x", "password": "y"})
    assert response.status_code == 403
    assert "Yêu cầu bị từ chối" in response.content.decode()
    upload = client.post("/admin-upload/anh/", {})
    assert upload.status_code == 403
    assert "hết hạn" in upload.json()["error"]["message"]


def test_favicon_is_found_from_any_page(db):
    response = Client().get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith("/static/img/favicon.svg")
    assert (ROOT / "static" / "img" / "favicon.svg").exists()


def test_a_wrong_method_gets_a_vietnamese_page_not_a_blank_one(db, make_article):
    from tests.desk import EDITOR, client_for, member

    story = make_article()
    reader = Client().post("/")
    assert reader.status_code == 405
    assert "Trang này không nhận yêu cầu kiểu đó" in reader.content.decode()
    assert "GET" in reader["Allow"]

    editor = client_for(member(EDITOR, "bientap"))
    desk = editor.get(f"/admin/articles/article/{story.pk}/editing/")
    assert desk.status_code == 405
    assert "Trang này không nhận yêu cầu kiểu đó" in desk.content.decode()
    assert desk["Allow"] == "POST"

    script = editor.get(
        f"/admin/articles/article/{story.pk}/editing/", headers={"x-requested-with": "fetch"}
    )
    assert script.status_code == 405
    assert script.json()["error"]["message"] == "Địa chỉ này không nhận yêu cầu kiểu đó."
