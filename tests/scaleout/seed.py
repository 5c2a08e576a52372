"""Minimal content for the scale-out test, run inside the throw-away database:
`manage.py shell -c "from tests.scaleout.seed import main; main()"`. Prints the ids as JSON."""

import json
import os


def main():
    from django.contrib.auth import get_user_model

    from home.demo import ensure_home_page
    from home.models import ContentPage

    home, _ = ensure_home_page()
    page = home.add_child(
        instance=ContentPage(title="Samen sterker", slug="samen-sterker", intro="Eerste versie van de tekst.")
    )
    page.save_revision().publish()
    get_user_model().objects.create_superuser("beheer", "beheer@example.org", os.environ["SCALEOUT_PASSWORD"])
    print(json.dumps({"page_id": page.pk, "path": page.get_url()}))
