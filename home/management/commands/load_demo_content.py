import importlib
import random
import time
from types import SimpleNamespace

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.test.utils import override_settings
from django.utils.module_loading import module_has_submodule
from faker import Faker


class Command(BaseCommand):
    help = (
        "Load the demo network (idempotent). Each app contributes through its `demo.load(ctx)`; "
        "with --scale large, then through its `demo_large.load(ctx)` (home/demo_large.py)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2026, help="Random seed (default 2026).")
        parser.add_argument(
            "--force", action="store_true", help="Run even with production settings (never on a live site)."
        )
        parser.add_argument(
            "--scale",
            choices=["small", "large"],
            default="small",
            help="large: the small demo, then 200 MOs, 20 000 stories, 2 000 courses, 50 000 volunteers, ...",
        )
        parser.add_argument(
            "--large-factor",
            type=float,
            default=1.0,
            help="Multiply every number of the large dataset by this (e.g. 0.01). Default 1.",
        )
        parser.add_argument(
            "--large-only",
            action="store_true",
            help="With --scale large: skip the small demo (it must have been loaded, or is not needed).",
        )

    def handle(self, *args, seed, force, scale, large_factor, large_only, **options):
        if getattr(settings, "IS_PRODUCTION", False) and not force:
            raise CommandError(
                "Refusing to load demo content with production settings. Use --force if you really mean it."
            )
        if large_factor <= 0:
            raise CommandError("--large-factor must be more than 0.")
        random.seed(seed)
        Faker.seed(seed)
        ctx = SimpleNamespace(
            seed=seed,
            scale=scale,
            stdout=self.stdout,
            style=self.style,
            rng=random.Random(seed),
            large_factor=large_factor,
            large_timings=[],
        )
        total = 0
        started = time.perf_counter()
        # Notifications the demo triggers (workflow submissions, enrolments) are not sent anywhere.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            if not (scale == "large" and large_only):
                total = self.load_apps(ctx, "demo")
            small_seconds = time.perf_counter() - started
            if scale == "large":
                total += self.load_apps(ctx, "demo_large")
                self.refresh_statistics(ctx)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({total} objects created)."))
        if scale == "large":
            self.report_timings(ctx, small_seconds, time.perf_counter() - started)
        self.stdout.write("")
        self.stdout.write("Demo accounts (password: the DEMO_PASSWORD setting, see README):")
        for login, description in getattr(ctx, "accounts", []):
            self.stdout.write(f"  {login:<40} {description}")
        self.stdout.write("Admin: /admin/")

    def load_apps(self, ctx, module_name):
        total = 0
        for app_config in apps.get_app_configs():
            if not module_has_submodule(app_config.module, module_name):
                continue
            module = importlib.import_module(f"{app_config.name}.{module_name}")
            with transaction.atomic():
                created = module.load(ctx) or 0
            total += created
            suffix = " (large)" if module_name == "demo_large" else ""
            self.stdout.write(f"{app_config.label}{suffix}: {created} created")
        return total

    def refresh_statistics(self, ctx):
        """ANALYZE after a bulk load: without fresh statistics the planner picks plans made for empty
        tables (a 0.2 ms query took 50 ms on PostgreSQL) until autovacuum happens to get there."""
        started = time.perf_counter()
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        ctx.large_timings.append(("database statistics (ANALYZE)", 0, time.perf_counter() - started))

    def report_timings(self, ctx, small_seconds, total_seconds):
        self.stdout.write("")
        self.stdout.write(f"{'part':<60} {'created':>9} {'seconds':>8}")
        self.stdout.write(f"{'small demo':<60} {'':>9} {small_seconds:>8.1f}")
        for label, created, seconds in ctx.large_timings:
            self.stdout.write(f"{label:<60} {created:>9} {seconds:>8.1f}")
        self.stdout.write(f"{'total':<60} {'':>9} {total_seconds:>8.1f}")
