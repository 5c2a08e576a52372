"""`manage.py setup_site`: the empty structure a production installation starts from."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Page, Site, WorkflowPage

from academy.models import AcademyIndexPage, CoursePage
from home.models import HomePage, Theme
from organisations.models import OrganisationIndexPage, OrganisationPage
from stories.models import StoryIndexPage, StoryPage
from themes.models import NetworkPage, ThemeIndexPage

pytestmark = pytest.mark.django_db


def run():
    call_command("setup_site", stdout=io.StringIO())


@override_settings(IS_PRODUCTION=True)
def test_builds_the_structure_without_demo_content(client):
    run()
    home = HomePage.objects.get(locale__language_code="nl")
    assert Site.objects.get(is_default_site=True).root_page_id == home.pk
    for model in (OrganisationIndexPage, StoryIndexPage, AcademyIndexPage, ThemeIndexPage, NetworkPage):
        page = model.objects.get(locale__language_code="nl")
        assert page.live and page.get_parent().pk == home.pk
        # Every section has its English version.
        assert model.objects.filter(locale__language_code="en", translation_key=page.translation_key).exists()
    assert {"SMOL redactie", "SMOL moderatie", "SMOL academie"} <= set(
        Group.objects.values_list("name", flat=True)
    )
    directory = OrganisationIndexPage.objects.get(locale__language_code="nl")
    assert WorkflowPage.objects.filter(page=directory).exists()
    assert Theme.objects.exists()
    # No demo organisations, stories, courses or people.
    assert not OrganisationPage.objects.exists()
    assert not StoryPage.objects.exists()
    assert not CoursePage.objects.exists()
    assert client.get("/").status_code == 200
    assert client.get(directory.url).status_code == 200


def test_second_run_changes_nothing():
    run()
    pages = Page.objects.count()
    groups = Group.objects.count()
    run()
    assert Page.objects.count() == pages
    assert Group.objects.count() == groups
