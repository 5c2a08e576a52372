"""The public privacy page (/privacy/) is generated from the models, the export registry and the
settings: a new personal-data model without a declaration fails here, a changed retention setting
changes the page."""

import re

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import translation

from academy.privacy import NOT_VOLUNTEER_DATA, PERSONAL_DATA
from audit.privacy import KINDS, NOT_ON_THE_PAGE, declared_labels, page_sections

pytestmark = pytest.mark.django_db


def _models_holding_personal_data():
    """Models with an e-mail or IP address field, or a relation to the user model."""
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found = set()
    for model in apps.get_models():
        for f in model._meta.get_fields():
            if f.auto_created or f.model is not model:
                continue
            if isinstance(f, (models.EmailField, models.GenericIPAddressField)) or (
                f.is_relation and f.related_model is user_model
            ):
                found.add(model._meta.label)
    return found


def test_every_model_in_the_export_registry_is_on_the_page():
    missing = set(PERSONAL_DATA) - declared_labels()
    assert missing == set(), (
        f"{sorted(missing)} hold volunteer data (academy.privacy.PERSONAL_DATA) but the privacy page "
        "does not describe them: add them to a Kind in audit/privacy.py (why, who sees it, how long)."
    )


def test_every_other_personal_data_model_is_declared_or_explained():
    explained = declared_labels() | set(NOT_ON_THE_PAGE) | set(NOT_VOLUNTEER_DATA)
    missing = _models_holding_personal_data() - explained
    assert missing == set(), (
        f"{sorted(missing)} hold an e-mail or IP address or point at a user. Describe them on the privacy "
        "page (audit/privacy.py KINDS) or say why not (NOT_ON_THE_PAGE / academy.privacy.NOT_VOLUNTEER_DATA)."
    )


def test_the_declarations_name_real_models_and_every_kind_has_fields():
    assert set(NOT_ON_THE_PAGE).isdisjoint(declared_labels())
    for section in page_sections():
        for table in section["tables"]:
            apps.get_model(table["label"])  # raises for a label that does not exist
            assert table["fields"], f"{table['label']} lists no fields"
        assert section["purpose"] and section["audience"] and section["retention"]


def test_the_page_lists_every_kind_and_model_with_its_field_names(client, home_page):
    response = client.get("/privacy/")
    assert response.status_code == 200
    page = response.content.decode()
    for kind in KINDS:
        assert f'id="privacy-{kind.key}"' in page
        for label in kind.models:
            assert f'data-model="{label}"' in page
    # Field names come from the models' own verbose names.
    assert "Agenda-sleutel" in page  # academy.VolunteerProfile.feed_token
    assert "Controlecode" in page  # records.Certificate.code
    assert "Laatste fout" in page  # outbox.OutgoingMail.last_error
    assert "IP-adres" in page  # axes
    for cookie in (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME):
        assert f"<code>{cookie}</code>" in page
    assert reverse("academy_my_data") in page


def test_a_new_field_shows_up_by_itself(client, home_page):
    from academy.models import VolunteerProfile

    field = models.CharField("lievelingskleur", max_length=20, blank=True)
    field.contribute_to_class(VolunteerProfile, "favourite_colour")
    try:
        assert "Lievelingskleur" in client.get("/privacy/").content.decode()
    finally:
        VolunteerProfile._meta.local_fields.remove(field)
        VolunteerProfile._meta._expire_cache()
    assert "Lievelingskleur" not in client.get("/privacy/").content.decode()


def _text(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_retention_figures_come_from_the_settings(client, home_page, settings):
    settings.ACCOUNT_RETENTION_DAYS = 1095
    settings.ACCOUNT_RETENTION_WARNING_DAYS = 30
    settings.OUTBOX_RETENTION_DAYS = 30
    settings.SESSION_COOKIE_AGE = 14 * 24 * 3600
    page = _text(client.get("/privacy/").content.decode())
    assert "1095 dagen" in page and "30 dagen" in page and "14 dagen" in page
    assert "15 minuten" in page  # AXES_COOLOFF_TIME

    import datetime

    settings.ACCOUNT_RETENTION_DAYS = 400
    settings.ACCOUNT_RETENTION_WARNING_DAYS = 21
    settings.OUTBOX_RETENTION_DAYS = 9
    settings.SESSION_COOKIE_AGE = 2 * 24 * 3600
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=45)
    settings.AUDIT_LOG_RETENTION_DAYS = 123
    settings.LOGIN_LOG_RETENTION_DAYS = 77
    page = _text(client.get("/privacy/").content.decode())
    assert "1095 dagen" not in page
    for figure in ("400 dagen", "21 dagen", "9 dagen", "2 dagen", "45 minuten", "123 dagen", "77 dagen"):
        assert figure in page, figure


def test_english_version(client, home_page):
    response = client.get("/en/privacy/")
    assert response.status_code == 200
    page = response.content.decode()
    assert '<html lang="en"' in page
    assert "Privacy: what data do we keep?" in page
    assert f"{settings.ACCOUNT_RETENTION_DAYS} days" in page
    with translation.override("en"):
        assert reverse("academy_my_data") in page


def test_the_footer_links_to_the_privacy_page(client, home_page):
    assert 'href="/privacy/"' in client.get("/").content.decode()
    assert 'href="/en/privacy/"' in client.get("/en/").content.decode()


def test_the_page_is_accessible_in_structure(client, home_page):
    page = client.get("/privacy/").content.decode()
    assert page.count("<h1") == 1
    assert "<caption>" in page and 'scope="col"' in page and 'scope="row"' in page
    # Every section is labelled by its own heading.
    for kind in KINDS:
        assert f'aria-labelledby="privacy-{kind.key}"' in page
