"""`make lighthouse`: Lighthouse (mobile) performance and accessibility of the home page, a story and a course.

Starts gunicorn on 127.0.0.1 (DEBUG off, static files collected, WhiteNoise) against the configured
database, unless --base-url points at a site that already runs; asks every page once (a running site
is warm), then runs the `lighthouse` npm package (installed by `make lighthouse` in .tools/) with
Debian's Chromium, --runs times per page, and keeps the median run (Lighthouse's own advice: one run
varies with the machine's load). Prints scores and LCP/CLS/TBT per page, writes the JSON reports to
bench-results/lighthouse/, and fails when a median performance score is below --min-performance.
"""

import json
import os
import shutil
import subprocess
import urllib.request
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from .bench import Command as BenchCommand

CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage"
METRICS = {
    "first-contentful-paint": ("FCP", "ms"),
    "largest-contentful-paint": ("LCP", "ms"),
    "total-blocking-time": ("TBT", "ms"),
    "cumulative-layout-shift": ("CLS", ""),
    "speed-index": ("SI", "ms"),
}


def first_url(label, **filters):
    """The URL of the first live public Dutch page (tree order) of a model (by label) matching
    `filters`, or None."""
    from django.apps import apps

    try:
        model = apps.get_model(label)
    except LookupError:
        return None
    page = (
        model.objects.live().public().filter(locale__language_code="nl", **filters).order_by("path").first()
    )
    return page.get_url() if page else None


class Command(BaseCommand):
    help = "Lighthouse mobile performance and accessibility of home, a story and a course (see README)."

    def add_arguments(self, parser):
        parser.add_argument("--base-url", help="A running site to measure; without it gunicorn is started.")
        parser.add_argument("--port", type=int, default=8797)
        parser.add_argument("--min-performance", type=float, default=0.95)
        parser.add_argument("--runs", type=int, default=3, help="Runs per page; the median run counts.")
        parser.add_argument("--output", default="bench-results/lighthouse")
        parser.add_argument(
            "--lighthouse",
            default=os.environ.get("LIGHTHOUSE_BIN")
            or str(Path(settings.BASE_DIR) / ".tools" / "node_modules" / ".bin" / "lighthouse"),
        )
        parser.add_argument(
            "--chrome", default=os.environ.get("CHROME_PATH") or shutil.which("chromium") or ""
        )

    def handle(self, *args, base_url, port, min_performance, runs, output, lighthouse, chrome, **options):
        self.runs = max(1, runs)
        if not Path(lighthouse).exists():
            raise CommandError(
                f"Lighthouse not found at {lighthouse}: `make lighthouse` installs it in .tools/."
            )
        if not chrome or not Path(chrome).exists():
            raise CommandError("Chromium not found: apt-get install chromium (or set CHROME_PATH).")
        pages = self.pages()
        out = Path(output)
        out.mkdir(parents=True, exist_ok=True)
        results = {}
        if base_url:
            results = self.measure(base_url.rstrip("/"), pages, lighthouse, chrome, out)
        else:
            with BenchCommand(stdout=self.stdout, stderr=self.stderr).server(port, 2, "600"):
                results = self.measure(f"http://127.0.0.1:{port}", pages, lighthouse, chrome, out)
        self.print_table(results)
        (out / "summary.json").write_text(json.dumps(results, indent=2))
        below = [name for name, r in results.items() if r["performance"] < min_performance]
        if below:
            raise CommandError(f"Performance below {min_performance} on: {', '.join(below)}")

    def pages(self):
        pages = {
            "home": "/",
            "story": first_url("stories.StoryPage", hero_image__isnull=False),
            "course": first_url("academy.CoursePage"),
        }
        missing = [name for name, url in pages.items() if not url]
        if missing:
            raise CommandError(
                f"No live page for {', '.join(missing)}: run `manage.py load_demo_content` first."
            )
        return pages

    def measure(self, base, pages, lighthouse, chrome, out):
        results = {}
        for name, path in pages.items():
            url = base + path
            urllib.request.urlopen(url, timeout=30).read()  # a running site is warm
            report = out / f"{name}.json"
            reports = []
            for _attempt in range(self.runs * 2):  # a run under load sometimes fails (NO_NAVSTART): retry
                if len(reports) == self.runs:
                    break
                done = subprocess.run(
                    [
                        lighthouse,
                        url,
                        "--only-categories=performance,accessibility",
                        "--form-factor=mobile",
                        f"--chrome-flags={CHROME_FLAGS}",
                        "--output=json",
                        f"--output-path={report}",
                        "--quiet",
                    ],
                    env={**os.environ, "CHROME_PATH": chrome},
                    timeout=300,
                )
                if done.returncode == 0:
                    reports.append(json.loads(report.read_text()))
            if not reports:
                raise CommandError(f"Lighthouse failed on {url}")
            reports.sort(key=lambda r: r["categories"]["performance"]["score"])
            median = reports[len(reports) // 2]
            report.write_text(json.dumps(median))
            results[name] = self.summarise(path, median)
            results[name]["runs"] = [r["categories"]["performance"]["score"] for r in reports]
            self.stdout.write(
                f"{name:8} performance {results[name]['runs']} (median {results[name]['performance']:.2f})  {url}"
            )
        return results

    @staticmethod
    def summarise(path, report):
        audits = report["audits"]
        summary = {
            "url": path,
            "performance": report["categories"]["performance"]["score"],
            "accessibility": report["categories"]["accessibility"]["score"],
            "total_kb": round(audits["total-byte-weight"]["numericValue"] / 1000, 1),
        }
        for audit, (label, _unit) in METRICS.items():
            summary[label] = round(audits[audit]["numericValue"], 3 if label == "CLS" else 0)
        summary["failed_accessibility"] = [
            audit_id
            for audit_id in (ref["id"] for ref in report["categories"]["accessibility"]["auditRefs"])
            if audits[audit_id].get("score") == 0
        ]
        return summary

    def print_table(self, results):
        self.stdout.write("")
        self.stdout.write(
            f"{'page':8} {'perf':>5} {'a11y':>5} {'FCP ms':>7} {'LCP ms':>7} {'TBT ms':>7} {'CLS':>6} {'SI ms':>7} {'kB':>7}"
        )
        for name, r in results.items():
            self.stdout.write(
                f"{name:8} {r['performance']:5.2f} {r['accessibility']:5.2f} {r['FCP']:7.0f} {r['LCP']:7.0f} "
                f"{r['TBT']:7.0f} {r['CLS']:6.3f} {r['SI']:7.0f} {r['total_kb']:7.1f}"
            )
            if r["failed_accessibility"]:
                self.stdout.write(
                    f"         accessibility audits failed: {', '.join(r['failed_accessibility'])}"
                )
        self.stdout.write(
            f"(Lighthouse mobile: Moto G Power emulation, slow 4G throttling; median of {self.runs} runs per page)"
        )
