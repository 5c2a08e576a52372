from django.core.management.base import BaseCommand, CommandError

from home.backup import BackupError, restore_backup
from home.models import HomePage


class Command(BaseCommand):
    help = "Restore a backup made by `manage.py backup` into an empty installation (after `migrate`)."

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz archive written by `manage.py backup`.")
        parser.add_argument(
            "--force", action="store_true", help="Overwrite an installation that already has content."
        )

    def handle(self, *args, archive, force=False, **options):
        if HomePage.objects.exists() and not force:
            raise CommandError(
                "This installation already has content. Restore into an empty installation, or use --force "
                "to replace everything in it."
            )
        try:
            manifest = restore_backup(archive)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(self.style.SUCCESS(f"Restored the backup of {manifest['created']}."))
