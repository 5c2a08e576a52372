"""The empty site a production installation starts from: no demo organisations, stories or people.

Creates what every installation needs and an editor cannot make in the admin alone: locales, the
shared themes and municipalities, the SMOL staff groups with their rights, the home page as the
site root, the section pages (organisations, stories, academy, themes, network) in the menu with
their English versions, and the moderation workflows. Idempotent: a second run changes nothing.
Runs with production settings (unlike ``load_demo_content``).
"""

from django.core.management.base import BaseCommand
from django.db import transaction


class Command(BaseCommand):
    help = "Create the site structure (home, section pages, groups, workflows) without demo content."

    def handle(self, *args, **options):
        from academy.demo import ensure_academy_page
        from home.demo import ensure_home_page, ensure_reference_data, ensure_smol_groups
        from organisations.onboarding import ensure_index_page as ensure_directory
        from organisations.permissions import ensure_moderation_workflow, ensure_smol_rights
        from stories.demo import ensure_index_page as ensure_story_index
        from stories.moderation import ensure_workflow as ensure_story_workflow
        from themes.demo import ensure_theme_pages

        created = 0
        with transaction.atomic():
            ensure_reference_data()
            ensure_smol_groups()
            home, was_created = ensure_home_page()
            created += was_created
            directory_existed = home.get_children().filter(slug="organisaties").exists()
            directory = ensure_directory(home)
            created += not directory_existed
            ensure_smol_rights()
            ensure_moderation_workflow(directory)
            _index, was_created = ensure_story_index(home)
            created += was_created
            ensure_story_workflow()
            _academy, was_created = ensure_academy_page(home)
            created += was_created
            created += ensure_theme_pages(home)
        self.stdout.write(self.style.SUCCESS(f"Site structure ready ({created} pages created)."))
        self.stdout.write("Next: `python manage.py createsuperuser`, then add organisations in /admin/.")
