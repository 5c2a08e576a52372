"""`make bench`: requests/s and latency per page type under gunicorn, cold and cached, plus query counts.

Starts gunicorn (2 workers) on 127.0.0.1 against the configured database, runs wrk for a fixed time per
page type at a fixed concurrency, and prints a table; writes bench-results/bench.json. Only loopback
traffic, bounded in time.
"""

import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

LUA = """
done = function(summary, latency, requests)
  io.write(string.format("JSON {\\"rps\\": %.2f, \\"p50\\": %.2f, \\"p95\\": %.2f, \\"p99\\": %.2f, "
    .. "\\"errors\\": %d, \\"non2xx\\": %d, \\"requests\\": %d}\\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, summary.errors.status, summary.requests))
end
"""


def first_url(label, **filters):
    """The URL of the first live Dutch page of a model given by its label (no imports of other apps)."""
    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    page = (
        model.objects.live().public().filter(locale__language_code="nl", **filters).order_by("path").first()
    )
    return page.get_url() if page else None


class Command(BaseCommand):
    help = "Benchmark every public page type with gunicorn + wrk (see README, Performance)."

    def add_arguments(self, parser):
        parser.add_argument("--duration", type=int, default=10, help="Seconds per page type and mode.")
        parser.add_argument("--connections", type=int, default=8)
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--port", type=int, default=8799)
        parser.add_argument("--output", default="bench-results/bench.json")
        parser.add_argument("--only", help="Comma-separated page types to run.")

    def handle(self, *args, duration, connections, workers, port, output, only, **options):
        if not shutil.which("wrk"):
            raise CommandError("wrk is not installed: apt-get install wrk (make bench does this as root).")
        targets = self.targets()
        if only:
            wanted = set(only.split(","))
            targets = {k: v for k, v in targets.items() if k in wanted}
        queries = self.query_counts(targets)
        results = {
            "machine": self.machine(),
            "database": connection.vendor,
            "duration": duration,
            "connections": connections,
            "workers": workers,
            "pages": {},
        }
        for mode, cache_seconds in (("cold", "0"), ("cached", "600")):
            with self.server(port, workers, cache_seconds):
                for name, (url, cookie) in targets.items():
                    stats = self.wrk(f"http://127.0.0.1:{port}{url}", duration, connections, cookie)
                    results["pages"].setdefault(name, {"url": url, "queries": queries.get(name)})[mode] = (
                        stats
                    )
                    self.stdout.write(
                        f"{mode:6} {name:18} {stats['rps']:8.1f} req/s  p95 {stats['p95']:7.1f} ms"
                    )
        self.print_table(results)
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(json.dumps(results, indent=2))
        self.stdout.write(f"Written to {output}")

    def targets(self):
        pages = {
            "home": "/",
            "directory": first_url("organisations.OrganisationIndexPage"),
            "profile": first_url("organisations.OrganisationPage"),
            "story index": first_url("stories.StoryIndexPage"),
            "story": first_url("stories.StoryPage"),
            "theme overview": first_url("themes.ThemeIndexPage"),
            "theme page": None,
            "network": first_url("themes.NetworkPage"),
            "academy": first_url("academy.AcademyIndexPage"),
            "course": first_url("academy.CoursePage"),
            "learning path": first_url("academy.LearningPathPage"),
            "search": "/zoeken/?q=vrijwilligers",
            "static file": staticfiles_storage.url("css/site.css"),
        }
        if pages["theme overview"]:
            pages["theme page"] = pages["theme overview"] + "eenzaamheid/"
        targets = {name: (url, None) for name, url in pages.items() if url}
        cookie = self.volunteer_cookie()
        if cookie:
            try:
                from django.urls import reverse

                targets["mijn academie"] = (reverse("academy_mine"), cookie)
            except Exception:  # noqa: BLE001 - the route may not exist in a partial install
                pass
        return targets

    def volunteer_cookie(self):
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.filter(email="vrijwilliger@example.org").first()
        if user is None:
            return None
        client = Client()
        client.force_login(user)
        return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"

    def query_counts(self, targets):
        counts = {}
        with override_settings(PAGE_CACHE_SECONDS=0, ALLOWED_HOSTS=["*"]):
            for name, (url, cookie) in targets.items():
                client = Client()
                if cookie:
                    key, value = cookie.split("=", 1)
                    client.cookies[key] = value
                client.get(url)  # warm-up (settings, site root paths)
                with CaptureQueriesContext(connection) as ctx:
                    response = client.get(url)
                counts[name] = len(ctx.captured_queries) if response.status_code == 200 else None
        return counts

    def server(self, port, workers, cache_seconds):
        command = self

        class Server:
            def __enter__(self):
                env = dict(
                    os.environ,
                    DJANGO_SETTINGS_MODULE="config.settings.dev",
                    DJANGO_DEBUG="False",
                    PAGE_CACHE_SECONDS=cache_seconds,
                )
                self.log = tempfile.TemporaryFile()
                self.process = subprocess.Popen(
                    [
                        str(Path(sys.executable).parent / "gunicorn"),
                        "config.wsgi:application",
                        "--bind",
                        f"127.0.0.1:{port}",
                        "--workers",
                        str(workers),
                        "--log-level",
                        "warning",
                    ],
                    env=env,
                    stdout=self.log,
                    stderr=self.log,
                    start_new_session=True,
                )
                deadline = time.time() + 60
                while time.time() < deadline:
                    try:
                        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5)
                        return self
                    except Exception:  # noqa: BLE001 - not up yet
                        time.sleep(0.5)
                self.__exit__()
                raise CommandError("gunicorn did not start")

            def __exit__(self, *exc):
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=30)
                command.stdout.write(f"gunicorn stopped (cache {cache_seconds}s)")

        return Server()

    def wrk(self, url, duration, connections, cookie):
        with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
            script.write(LUA)
        command = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--timeout", "10s", "-s", script.name]
        if cookie:
            command += ["-H", f"Cookie: {cookie}"]
        output = subprocess.run(command + [url], capture_output=True, text=True, timeout=duration + 60).stdout
        os.unlink(script.name)
        match = re.search(r"^JSON (.*)$", output, re.M)
        return json.loads(match.group(1)) if match else {"rps": 0, "p50": 0, "p95": 0, "p99": 0, "errors": -1}

    def machine(self):
        return {"cpus": os.cpu_count(), "platform": platform.platform(), "python": platform.python_version()}

    def print_table(self, results):
        self.stdout.write("")
        header = (
            f"{'page type':18} {'queries':>7} | {'cold req/s':>10} {'p50':>7} {'p95':>7} {'p99':>7} | "
            f"{'cached req/s':>12} {'p50':>7} {'p95':>7} {'p99':>7}"
        )
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        for name, row in results["pages"].items():
            cold, cached = row.get("cold", {}), row.get("cached", {})
            self.stdout.write(
                f"{name:18} {str(row.get('queries')):>7} | {cold.get('rps', 0):10.1f} {cold.get('p50', 0):7.1f} "
                f"{cold.get('p95', 0):7.1f} {cold.get('p99', 0):7.1f} | {cached.get('rps', 0):12.1f} "
                f"{cached.get('p50', 0):7.1f} {cached.get('p95', 0):7.1f} {cached.get('p99', 0):7.1f}"
            )
        self.stdout.write(
            f"(latency in ms; {results['connections']} connections, {results['workers']} gunicorn "
            f"workers, {results['duration']} s per row, database {results['database']})"
        )
