"""Two app servers behind one host name, sharing PostgreSQL and Redis, as behind a load balancer.

Each server is a separate gunicorn process (deploy/gunicorn.conf.py, production settings, DEBUG off,
page cache on). An editor publishes through the Wagtail admin of server A; server B, which had the
page in its cache, serves the new text on the very next request. The editor's session, made on A,
is valid on B, and logging out on B ends it on A. Runs on the SQLite and the PostgreSQL run of the
suite alike: it makes its own PostgreSQL database and drops it afterwards.
"""

import json
import os
import secrets
import time

import pytest
import redis
from wagtail.test.utils.form_data import querydict_from_html

from .cluster import AppServer, Browser, ThrowAwayDatabase, run_manage

HOST = "smol.test"
REDIS_URL = os.environ.get("SCALEOUT_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    started = time.monotonic()
    log_dir = tmp_path_factory.mktemp("scaleout")
    prefix = f"smol-scaleout-{secrets.token_hex(6)}"
    password = secrets.token_urlsafe(12)
    database = ThrowAwayDatabase().create()
    servers = []
    try:
        env = {key: value for key, value in os.environ.items() if not key.startswith("PYTEST")}
        env.update(
            {
                "DJANGO_SETTINGS_MODULE": "tests.scaleout.instance_settings",
                "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
                "DJANGO_ALLOWED_HOSTS": HOST,
                "DJANGO_CLIENT_IP_HEADER": "X-Real-IP",
                "WAGTAILADMIN_BASE_URL": f"https://{HOST}",
                "DATABASE_URL": database.url,
                "REDIS_URL": REDIS_URL,
                "CACHE_KEY_PREFIX": prefix,
                "PAGE_CACHE_SECONDS": "600",
                "SESSION_BACKEND": "db",
                "TASKS_BACKEND": "immediate",
                "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
                "AWS_STORAGE_BUCKET_NAME": "",
                "SEARCH_BACKEND_URL": "",
                "MEDIA_ROOT": str(log_dir / "media"),
                "SCALEOUT_PASSWORD": password,
            }
        )
        run_manage(
            {**env, "SCALEOUT_TABLES_FROM_MODELS": "1"}, "migrate", "--run-syncdb", "--noinput", "-v", "0"
        )
        migrated = time.monotonic()
        seeded = json.loads(
            run_manage(env, "shell", "-v", "0", "-c", "from tests.scaleout.seed import main; main()")
        )
        servers = [AppServer("a", env, log_dir).start(), AppServer("b", env, log_dir).start()]
        for server in servers:
            server.wait_until_ready(HOST)
        print(
            f"\nscale-out cluster: tables {migrated - started:.1f} s, "
            f"ready after {time.monotonic() - started:.1f} s"
        )
        yield {
            "a": servers[0],
            "b": servers[1],
            "password": password,
            "redis": redis.Redis.from_url(REDIS_URL),
            "prefix": prefix,
            **seeded,
        }
    finally:
        for server in servers:
            server.stop()
        database.drop()
        client = redis.Redis.from_url(REDIS_URL)
        keys = list(client.scan_iter(match=f"{prefix}:*"))
        if keys:
            client.delete(*keys)


def generation(cluster):
    value = cluster["redis"].get(f"{cluster['prefix']}:1:pagecache:generation")
    assert value is not None, "the page cache generation is not in the shared Redis"
    return int(value)


def log_in(browser, server, password):
    form = browser.get(server, "/admin/login/")
    assert form.status_code == 200
    token = browser.cookies["csrftoken"]
    response = browser.post(
        server,
        "/admin/login/",
        {"username": "redacteur", "password": password, "csrfmiddlewaretoken": token, "next": "/admin/"},
    )
    assert response.status_code == 302, response.text[:2000]
    assert response.headers["Location"] == "/admin/"
    assert "sessionid" in browser.cookies


def test_publish_on_one_server_is_served_by_the_other_at_once(cluster):
    a, b, path = cluster["a"], cluster["b"], cluster["path"]

    # Visitors fill both servers' caches (shared through Redis).
    visitor = Browser(HOST)
    for server in (a, b):
        first = visitor.get(server, path)
        assert first.status_code == 200, server.log()
        assert "Eerste versie van de tekst." in first.text
        again = visitor.get(server, path)
        assert again.headers.get("X-Page-Cache") == "hit"
    assert not visitor.cookies, "a public page must not set cookies (it would not be cached)"
    before = generation(cluster)

    # An editor logs in on A; the next request lands on B and is still signed in.
    editor = Browser(HOST)
    log_in(editor, a, cluster["password"])
    dashboard = editor.get(b, "/admin/")
    assert dashboard.status_code == 200, (dashboard.status_code, dashboard.headers.get("Location"))
    assert 'name="password"' not in dashboard.text

    # The editor publishes a new version through A's page editor.
    edit_url = f"/admin/pages/{cluster['page_id']}/edit/"
    form = editor.get(a, edit_url)
    assert form.status_code == 200
    data = querydict_from_html(form.text, form_id="page-edit-form", exclude_csrf=False)
    data["intro"] = "Tweede versie, gepubliceerd via server A."
    data["body-count"] = "0"
    data["action-publish"] = "1"
    published = editor.post(a, edit_url, [(key, value) for key, values in data.lists() for value in values])
    assert published.status_code == 302, published.text[:3000]
    assert generation(cluster) > before

    # B had the old page cached; it renders the new one at once (a miss: the publish on A made
    # every cached page stale). A then serves the page B just rendered, from the shared cache.
    for server, expected in ((b, "miss"), (a, "hit")):
        response = visitor.get(server, path)
        assert response.status_code == 200
        assert "Tweede versie, gepubliceerd via server A." in response.text, server.name
        assert "Eerste versie van de tekst." not in response.text
        assert response.headers.get("X-Page-Cache") == expected, server.name

    # Logging out on B ends the session on A too: sessions live in the shared database. The old
    # session cookie is sent again on purpose, as a copied or stolen cookie would be.
    old_session = editor.cookies["sessionid"]
    logged_out = editor.post(b, "/admin/logout/", {"csrfmiddlewaretoken": editor.cookies["csrftoken"]})
    assert logged_out.status_code == 302
    editor.cookies["sessionid"] = old_session
    back_on_a = editor.get(a, "/admin/")
    assert back_on_a.status_code == 302
    assert back_on_a.headers["Location"].startswith("/admin/login/")
