"""Onboarding in one step: command, shared logic and admin view."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from accounts.models import User
from organisations.models import OrganisationPage

pytestmark = pytest.mark.django_db


def _counts():
    return (
        Page.objects.count(),
        Group.objects.count(),
        Collection.objects.count(),
        User.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
    )


def _onboard(name="Stichting Zonnebloem Zuid", email="Redactie@Zonnebloem.example.org"):
    out = io.StringIO()
    call_command("onboard_organisation", name, "--editor-email", email, stdout=out)
    return out.getvalue()


def test_command_creates_draft_page_in_every_locale(home_page):
    _onboard()
    pages = OrganisationPage.objects.filter(slug="stichting-zonnebloem-zuid")
    assert sorted(pages.values_list("locale__language_code", flat=True)) == ["en", "nl"]
    assert not any(page.live for page in pages)


def test_command_creates_collection_group_and_rights_in_both_trees(home_page):
    _onboard()
    group = Group.objects.get(name="Redactie Stichting Zonnebloem Zuid")
    collection = Collection.objects.get(name="Stichting Zonnebloem Zuid")
    pages = OrganisationPage.objects.filter(slug="stichting-zonnebloem-zuid")
    granted = set(
        GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission__codename")
    )
    assert granted == {(page.pk, codename) for page in pages for codename in ("add_page", "change_page")}
    codenames = set(
        GroupCollectionPermission.objects.filter(group=group, collection=collection).values_list(
            "permission__codename", flat=True
        )
    )
    assert codenames == {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    }
    assert GroupCollectionPermission.objects.filter(
        group=group, collection__name="Algemeen", permission__codename="choose_image"
    ).exists()
    assert group.permissions.filter(codename="access_admin").exists()


def test_command_creates_editor_account_and_prints_set_password_link(home_page):
    output = _onboard()
    user = User.objects.get(email="redactie@zonnebloem.example.org")
    assert not user.has_usable_password()
    assert list(user.groups.values_list("name", flat=True)) == ["Redactie Stichting Zonnebloem Zuid"]
    assert "/admin/password_reset/confirm/" in output or "password_reset" in output


def test_set_password_link_works_and_new_editor_can_edit_own_page(home_page):
    output = _onboard()
    link = next(line for line in output.splitlines() if "password_reset" in line).strip()
    path = link.split("://", 1)[-1].split("/", 1)[1]
    client = Client()
    response = client.get("/" + path, follow=True)
    assert response.status_code == 200
    form_url = response.redirect_chain[-1][0] if response.redirect_chain else "/" + path
    response = client.post(
        form_url, {"new_password1": "Zonnige-dag-2026", "new_password2": "Zonnige-dag-2026"}
    )
    assert response.status_code == 302
    assert client.login(username="redactie@zonnebloem.example.org", password="Zonnige-dag-2026")
    page = OrganisationPage.objects.get(slug="stichting-zonnebloem-zuid", locale__language_code="nl")
    assert client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


def test_second_run_refuses_with_clear_message_and_changes_nothing(home_page):
    _onboard()
    before = _counts()
    with pytest.raises(CommandError, match="bestaat al|al een organisatiepagina"):
        _onboard(email="iemand-anders@example.org")
    assert _counts() == before
    assert not User.objects.filter(email="iemand-anders@example.org").exists()


def test_onboarding_refuses_an_account_with_site_wide_rights(home_page):
    user = User.objects.create(username="hoofdredacteur", email="hoofd@example.org")
    user.groups.add(Group.objects.get_or_create(name="Editors")[0])
    before = _counts()
    with pytest.raises(CommandError, match="rechten op de hele site"):
        _onboard(email="hoofd@example.org")
    assert _counts() == before


def test_onboarding_refuses_an_invalid_email(home_page):
    before = _counts()
    with pytest.raises(CommandError, match="geen geldig e-mailadres"):
        _onboard(email="geen-adres")
    assert _counts() == before


def test_admin_onboarding_view_is_refused_to_mo_editors(home_page):
    _onboard()
    editor = User.objects.get(email="redactie@zonnebloem.example.org")
    client = Client()
    client.force_login(editor)
    response = client.get(reverse("organisations_onboard"))
    assert response.status_code in {302, 403}


def test_admin_onboarding_view_creates_organisation_and_emails_the_link(home_page):
    from accounts.factories import UserFactory
    from organisations.permissions import ensure_smol_rights

    staff = UserFactory(username="smol")
    staff.groups.add(ensure_smol_rights()["SMOL redactie"])
    client = Client()
    client.force_login(staff)
    assert client.get(reverse("organisations_onboard")).status_code == 200
    response = client.post(
        reverse("organisations_onboard"), {"name": "Buurtkracht Venlo", "editor_email": "buurt@example.org"}
    )
    assert response.status_code == 302
    assert OrganisationPage.objects.filter(slug="buurtkracht-venlo").count() == 2
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["buurt@example.org"]
    assert "password_reset" in mail.outbox[0].body


def test_admin_onboarding_view_shows_refusal_for_existing_organisation(home_page):
    from accounts.factories import UserFactory
    from organisations.permissions import ensure_smol_rights

    _onboard(name="Buurtkracht Venlo")
    staff = UserFactory(username="smol")
    staff.groups.add(ensure_smol_rights()["SMOL redactie"])
    client = Client()
    client.force_login(staff)
    before = _counts()
    response = client.post(
        reverse("organisations_onboard"), {"name": "Buurtkracht Venlo", "editor_email": "ander@example.org"}
    )
    assert response.status_code == 200
    assert (
        "bestaat al" in response.content.decode() or "al een organisatiepagina" in response.content.decode()
    )
    assert _counts() == before
    assert mail.outbox == []
