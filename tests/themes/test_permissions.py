"""Themes are curated by SMOL: MO editors choose themes, they never create them."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from accounts.factories import UserFactory
from home.models import Theme
from themes.permissions import grant_theme_management

NEW_THEME = {
    "name": "Buurtmoestuinen",
    "name_en": "Community gardens",
    "slug": "buurtmoestuinen",
    "description": "Samen tuinieren in de wijk.",
    "description_en": "",
    "colour": "groen",
    "icon": "",
    "sort_order": "100",
}


def _admin_user(client, group):
    user = UserFactory()
    user.groups.add(group)
    client.force_login(user)
    return user


@pytest.fixture(params=["onboarded", "minimal"])
def mo_editor_client(request, client, make_org, home_page):
    """An MO editor: onboarded the way SMOL onboards MOs, or just admin access and page rights."""
    if request.param == "onboarded":
        from organisations.onboarding import onboard_organisation

        result = onboard_organisation("Humanitas", "redactie@humanitas.example", publish=True)
        client.force_login(result.user)
        return client
    org = make_org("Humanitas")
    group = Group.objects.create(name="Redactie Humanitas")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ["add_page", "change_page", "publish_page"]:
        GroupPagePermission.objects.create(
            group=group, page=org, permission=Permission.objects.get(codename=codename)
        )
    _admin_user(client, group)
    return client


@pytest.fixture
def smol_client(client, home_page):
    from home.demo import ensure_smol_groups

    group = ensure_smol_groups()["SMOL redactie"]
    grant_theme_management(group)
    _admin_user(client, group)
    return client


def test_mo_editor_cannot_create_a_theme_in_the_admin(mo_editor_client):
    url = reverse("wagtailsnippets_home_theme:add")
    before = Theme.objects.count()
    assert mo_editor_client.get(reverse("wagtailadmin_home")).status_code == 200  # a real admin user

    page = mo_editor_client.get(url)
    response = mo_editor_client.post(url, NEW_THEME)

    assert page.status_code in (302, 403)
    assert response.status_code in (302, 403)
    assert Theme.objects.count() == before
    assert not Theme.objects.filter(slug="buurtmoestuinen").exists()


def test_mo_editor_cannot_change_a_theme_in_the_admin(mo_editor_client, themes):
    theme = themes["eenzaamheid"]
    url = reverse("wagtailsnippets_home_theme:edit", args=[theme.pk])

    mo_editor_client.post(url, {**NEW_THEME, "slug": theme.slug, "name": "Iets anders"})

    theme.refresh_from_db()
    assert theme.name == "Eenzaamheid"


def test_smol_editor_can_create_a_theme_in_the_admin(smol_client):
    response = smol_client.post(reverse("wagtailsnippets_home_theme:add"), NEW_THEME)

    assert response.status_code == 302
    assert Theme.objects.filter(slug="buurtmoestuinen", name_en="Community gardens").exists()


def test_page_form_ignores_themes_that_do_not_exist(home_page, themes):
    """The tag field of a page form only accepts existing themes: typing a new one creates nothing."""
    from organisations.models import OrganisationPage

    form_class = OrganisationPage.get_edit_handler().get_form_class()
    field = form_class.base_fields["themes"]

    cleaned = field.clean('Eenzaamheid, "Nieuw thema"')

    assert field.free_tagging is False
    assert cleaned == ["Eenzaamheid"]
    assert not Theme.objects.filter(name="Nieuw thema").exists()


@pytest.mark.django_db
def test_smol_redactie_manages_themes_without_the_demo(home_page):
    """The SMOL groups as every installation sets them up (not only the demo) may manage themes."""
    from home.demo import ensure_smol_groups

    group = ensure_smol_groups()["SMOL redactie"]
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"add_theme", "change_theme", "delete_theme"} <= codenames
