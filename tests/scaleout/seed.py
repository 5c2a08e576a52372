"""Minimal content for the scale-out test, run inside the throw-away database:
`manage.py shell -c "from tests.scaleout.seed import main; main()"`. Prints the ids as JSON.

The editor is an ordinary admin user whose group may edit and publish under the home page (like a
trusted MO editor), not a superuser: production settings require SMOL staff and superusers to set
up two-factor authentication before they may use the admin.
"""

import json
import os


def main():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    from home.demo import ensure_home_page
    from home.models import ContentPage

    home, _ = ensure_home_page()
    page = home.add_child(
        instance=ContentPage(title="Samen sterker", slug="samen-sterker", intro="Eerste versie van de tekst.")
    )
    page.save_revision().publish()

    group = Group.objects.create(name="Redactie scale-out")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=home,
            permission=Permission.objects.get(content_type__app_label="wagtailcore", codename=codename),
        )
    editor = get_user_model().objects.create_user(
        "redacteur", "redacteur@example.org", os.environ["SCALEOUT_PASSWORD"]
    )
    editor.groups.add(group)
    print(json.dumps({"page_id": page.pk, "path": page.get_url()}))
