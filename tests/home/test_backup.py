"""Backup and restore round trip, on whichever database the suite runs (SQLite or PostgreSQL)."""

import io
from pathlib import Path

import pytest
from django.apps import apps
from django.core import serializers
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db(transaction=True)

COMPARED = ["accounts.User", "wagtailcore.Page", "wagtailimages.Image", "home.ThemedPage"]


def snapshot(media_root: Path):
    models = {m._meta.label: m for m in apps.get_models()}
    labels = COMPARED + [label for label in models if label.endswith(".Enrolment")]
    data = {
        label: serializers.serialize("json", models[label]._default_manager.order_by("pk"))
        for label in labels
    }
    counts = {label: m._default_manager.count() for label, m in models.items() if not m._meta.proxy}
    files = {str(p.relative_to(media_root)): p.read_bytes() for p in media_root.rglob("*") if p.is_file()}
    return data, counts, files


@pytest.fixture
def content(settings, tmp_path, home_page):
    settings.MEDIA_ROOT = tmp_path / "media"
    from accounts.factories import UserFactory
    from home.images import get_or_create_image

    UserFactory(username="sanne", email="sanne@example.org")
    image, _ = get_or_create_image("Zomerkamp aan de Maas")
    home_page.hero_image = image
    home_page.save_revision().publish()
    return settings.MEDIA_ROOT


def test_backup_and_restore_bring_back_content_accounts_and_media(content, tmp_path):
    from wagtail.images import get_image_model

    from accounts.models import User

    before = snapshot(content)
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    assert archive.exists()

    # Lose things: an account, the image and its file.
    User.objects.filter(username="sanne").delete()
    for image in get_image_model().objects.all():
        image.file.delete(save=False)
        image.delete()
    assert snapshot(content) != before

    call_command("restore", str(archive), force=True, stdout=io.StringIO())
    assert snapshot(content) == before


def test_restore_refuses_an_installation_with_content(content, tmp_path):
    archive = tmp_path / "backup.tar.gz"
    call_command("backup", output=str(archive), stdout=io.StringIO())
    with pytest.raises(CommandError, match="already has content"):
        call_command("restore", str(archive), stdout=io.StringIO())


def test_restore_of_a_missing_file_says_so(home_page, tmp_path):
    with pytest.raises(CommandError, match="No such backup file"):
        call_command("restore", str(tmp_path / "nope.tar.gz"), force=True, stdout=io.StringIO())
