import json

import pytest
from django.apps import apps
from django.conf import settings
from django.db import models
from django.urls import reverse

from academy.enrolment import enrol
from academy.factories import VolunteerFactory
from academy.models import Enrolment, PrivacyConsent, VolunteerProfile
from academy.privacy import NOT_VOLUNTEER_DATA, PERSONAL_DATA, export_user_data

pytestmark = pytest.mark.django_db


def _models_pointing_at_users():
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found = {user_model._meta.label}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if (
                isinstance(field, (models.ForeignKey, models.OneToOneField, models.ManyToManyField))
                and field.related_model is user_model
                and not field.auto_created
                and field.model is model  # page types inherit Page.owner: counted once, on Page
            ):
                found.add(model._meta.label)
    return found


def test_every_model_holding_user_data_is_exported_or_explained():
    uncovered = _models_pointing_at_users() - set(PERSONAL_DATA) - set(NOT_VOLUNTEER_DATA)
    assert uncovered == set(), (
        f"New model(s) refer to a user: {sorted(uncovered)}. Add them to academy/privacy.py: "
        "PERSONAL_DATA (exported, and deleted with the account) or NOT_VOLUNTEER_DATA (with the reason)."
    )


def test_every_field_of_the_personal_models_is_in_the_export(volunteer, session):
    """A new field on a personal-data model must show up in the export (or this test fails)."""
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=volunteer, email=volunteer.email, verified=True, primary=True)
    enrol(volunteer, session.pk)
    export = export_user_data(volunteer)
    skipped = {
        "id",
        "password",
        "user",
        "volunteer",
        "session",
        "is_staff",
        "is_superuser",
        "is_active",
        "groups",
        "user_permissions",
        "queue_number",
        "session_cancelled_notice_sent",
    }
    keys = {
        "account": "accounts.User",
        "profile": "academy.VolunteerProfile",
        "privacy_consents": "academy.PrivacyConsent",
        "enrolments": "academy.Enrolment",
        "email_addresses": "account.EmailAddress",
    }
    for key, label in keys.items():
        section = export[key]
        row = section[0] if isinstance(section, list) else section
        model = apps.get_model(label)
        names = {f.name for f in model._meta.get_fields() if f.concrete and not f.auto_created} | {
            f.name for f in model._meta.many_to_many
        }
        names = {"calendar_feed_token" if n == "feed_token" else n for n in names}
        missing = {n for n in names - skipped if n not in row}
        assert missing == set(), f"{label}: {missing} not in the export"


def test_my_data_download_is_json_with_my_details(volunteer_client, volunteer, session):
    enrol(volunteer, session.pk)
    response = volunteer_client.get(reverse("academy_export"))
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert data["account"]["email"] == volunteer.email
    assert data["enrolments"][0]["course"] == "Eerste hulp"
    assert data["privacy_consents"]


def test_deleting_account_removes_personal_data_and_keeps_counts(volunteer_client, volunteer, session):
    enrolment, _ = enrol(volunteer, session.pk)
    response = volunteer_client.post(reverse("academy_delete_account"), {"confirm": "verwijder"})
    assert response.status_code == 302
    assert not type(volunteer).objects.filter(email=volunteer.email).exists()
    assert not VolunteerProfile.objects.exists()
    assert not PrivacyConsent.objects.exists()
    enrolment.refresh_from_db()
    assert enrolment.volunteer_id is None
    assert Enrolment.objects.filter(session=session).count() == 1


def test_deleting_account_frees_the_seat_for_the_waiting_list(volunteer_client, volunteer, session):
    enrol(volunteer, session.pk)
    enrol(VolunteerFactory(), session.pk)
    waiting, _ = enrol(VolunteerFactory(), session.pk)
    volunteer_client.post(reverse("academy_delete_account"), {"confirm": "VERWIJDER"})
    waiting.refresh_from_db()
    assert waiting.status == "ingeschreven"


def test_new_privacy_version_asks_for_consent_again(volunteer_client, settings):
    assert volunteer_client.get(reverse("academy_mine")).status_code == 200
    settings.ACADEMY_PRIVACY_VERSION = "2099-1"
    response = volunteer_client.get(reverse("academy_mine"))
    assert response.status_code == 302
    assert reverse("academy_consent") in response["Location"]
    volunteer_client.post(
        reverse("academy_consent"), {"privacy_consent": "on", "next": reverse("academy_mine")}
    )
    assert volunteer_client.get(reverse("academy_mine")).status_code == 200


def test_profile_form_saves_name_municipality_themes_and_availability(volunteer_client, volunteer, academy):
    from home.models import Municipality, Theme

    municipality = Municipality.objects.get(slug="venlo")
    theme = Theme.objects.first()
    response = volunteer_client.post(
        reverse("academy_my_data"),
        {
            "first_name": "Sanne",
            "last_name": "Bos",
            "preferred_language": "en",
            "municipality": municipality.pk,
            "life_phase": "",
            "availability": "avond",
            "themes": [theme.pk],
        },
    )
    assert response.status_code == 302
    volunteer.refresh_from_db()
    assert (volunteer.last_name, volunteer.preferred_language) == ("Bos", "en")
    profile = volunteer.volunteer_profile
    assert profile.municipality == municipality and list(profile.themes.all()) == [theme]
