from django.core.management.base import BaseCommand

from search.indexing import rebuild


class Command(BaseCommand):
    help = "Rebuild the site search index (live, public pages of the searchable types)."

    def handle(self, *args, **options):
        created, total = rebuild()
        self.stdout.write(self.style.SUCCESS(f"Site search index: {total} documents ({created} new)."))
