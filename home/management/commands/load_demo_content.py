import importlib
import random
from types import SimpleNamespace

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.test.utils import override_settings
from django.utils.module_loading import module_has_submodule
from faker import Faker


class Command(BaseCommand):
    help = "Load the demo network (idempotent). Each app contributes through its `demo.load(ctx)`."

    def add_arguments(self, parser):
        parser.add_argument("--seed", type=int, default=2026, help="Random seed (default 2026).")
        parser.add_argument(
            "--force", action="store_true", help="Run even with production settings (never on a live site)."
        )
        parser.add_argument("--scale", choices=["small", "large"], default="small")

    def handle(self, *args, seed, force, scale, **options):
        if getattr(settings, "IS_PRODUCTION", False) and not force:
            raise CommandError(
                "Refusing to load demo content with production settings. Use --force if you really mean it."
            )
        random.seed(seed)
        Faker.seed(seed)
        ctx = SimpleNamespace(
            seed=seed, scale=scale, stdout=self.stdout, style=self.style, rng=random.Random(seed)
        )
        total = 0
        # Notifications the demo triggers (workflow submissions, enrolments) are not sent anywhere.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"):
            total = self.load_apps(ctx)
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({total} objects created)."))
        self.stdout.write("")
        self.stdout.write("Demo accounts (password: the DEMO_PASSWORD setting, see README):")
        for login, description in getattr(ctx, "accounts", []):
            self.stdout.write(f"  {login:<40} {description}")
        self.stdout.write("Admin: /admin/")

    def load_apps(self, ctx):
        total = 0
        for app_config in apps.get_app_configs():
            if not module_has_submodule(app_config.module, "demo"):
                continue
            module = importlib.import_module(f"{app_config.name}.demo")
            with transaction.atomic():
                created = module.load(ctx) or 0
            total += created
            self.stdout.write(f"{app_config.label}: {created} created")
        return total
