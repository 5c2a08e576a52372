from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Compile the project's .po catalogues to .mo without needing GNU gettext."

    def add_arguments(self, parser):
        parser.add_argument(
            "--fill-source",
            action="store_true",
            help="First copy every msgid into the source language's catalogue (Dutch: the text is the source).",
        )

    def handle(self, *args, fill_source=False, **options):
        base = Path(settings.BASE_DIR)
        count = 0
        for po_path in sorted(base.glob("**/locale/*/LC_MESSAGES/*.po")):
            if ".venv" in po_path.parts:
                continue
            catalogue = polib.pofile(str(po_path))
            if fill_source and po_path.parts[-3] == settings.LANGUAGE_CODE:
                for entry in catalogue:
                    if entry.msgid_plural:
                        entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
                    else:
                        entry.msgstr = entry.msgid
                    if "fuzzy" in entry.flags:
                        entry.flags.remove("fuzzy")
                catalogue.save()
            catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
            count += 1
        self.stdout.write(f"Compiled {count} catalogue(s).")
