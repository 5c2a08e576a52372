from datetime import datetime
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, create_backup


class Command(BaseCommand):
    help = "Write a consistent backup (database + media) to a .tar.gz archive."

    def add_arguments(self, parser):
        parser.add_argument("--output", help="Archive path (default: backups/smol-<timestamp>.tar.gz).")
        parser.add_argument("--no-media", action="store_true", help="Leave the media files out.")

    def handle(self, *args, output=None, no_media=False, **options):
        target = Path(
            output or Path(settings.BASE_DIR) / "backups" / f"smol-{datetime.now():%Y%m%d-%H%M%S}.tar.gz"
        )
        try:
            path = create_backup(target, include_media=not no_media)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"Backup written to {path} ({path.stat().st_size} bytes)."))
