"""Make the renditions of every image that a live page shows (after a change of home/renditions.py,
a bulk import with IMAGE_RENDITIONS_PREGENERATE=False, or an upgrade). Existing renditions are kept."""

from django.core.management.base import BaseCommand
from wagtail.models import Page

from home.pregenerate import generate_page_renditions


class Command(BaseCommand):
    help = "Make the renditions of every image shown by a live page (home/renditions.py)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Queue one job per page for the task worker instead of working here.",
        )

    def handle(self, *args, enqueue=False, **options):
        page_ids = list(Page.objects.live().filter(alias_of__isnull=True).values_list("pk", flat=True))
        specs = 0
        for page_id in page_ids:
            if enqueue:
                generate_page_renditions.enqueue(page_id)
            else:
                specs += generate_page_renditions.call(page_id)
        if enqueue:
            self.stdout.write(f"{len(page_ids)} pages queued.")
        else:
            self.stdout.write(f"{len(page_ids)} pages, {specs} renditions checked or made.")
