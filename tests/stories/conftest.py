"""Two MOs with an editor each, a moderator, the Verhalen index and the moderation workflow."""

from dataclasses import dataclass

import pytest


@dataclass
class Mo:
    page: object
    group: object
    editor: object


def make_mo(index, name):
    from django.contrib.auth.models import Group, Permission
    from django.utils.text import slugify
    from wagtail.models import GroupPagePermission, Page

    from accounts.factories import UserFactory
    from home.pages import get_or_add_child
    from organisations.models import OrganisationPage

    page, _ = get_or_add_child(
        index, OrganisationPage, slug=slugify(name), title=name, pitch=f"{name} verbindt mensen."
    )
    group = Group.objects.create(name=f"Redactie {name}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for translated in Page.objects.filter(translation_key=page.translation_key):
        for codename in ("add_page", "change_page"):
            GroupPagePermission.objects.create(
                group=group, page=translated, permission=Permission.objects.get(codename=codename)
            )
    editor = UserFactory(username=f"redactie-{slugify(name)}", email=f"redactie@{slugify(name)}.example.org")
    editor.groups.add(group)
    return Mo(page=page, group=group, editor=editor)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def org_index(home_page):
    from home.pages import get_or_add_child
    from organisations.models import OrganisationIndexPage

    index, _ = get_or_add_child(home_page, OrganisationIndexPage, slug="organisaties", title="Organisaties")
    return index


@pytest.fixture
def story_index(home_page):
    from home.pages import get_or_add_child
    from stories.models import StoryIndexPage

    index, _ = get_or_add_child(home_page, StoryIndexPage, slug="verhalen", title="Verhalen")
    return index


@pytest.fixture
def workflow(org_index):
    from stories.moderation import ensure_workflow

    return ensure_workflow()


@pytest.fixture
def mo_a(org_index):
    return make_mo(org_index, "Organisatie Alfa")


@pytest.fixture
def mo_b(org_index):
    return make_mo(org_index, "Organisatie Bravo")


@pytest.fixture
def moderator(db):
    from accounts.factories import UserFactory
    from home.demo import ensure_smol_groups

    groups = ensure_smol_groups()
    user = UserFactory(username="moderator", email="moderator@example.org")
    user.groups.add(groups["SMOL moderatie"])
    return user


@pytest.fixture
def make_story(media):
    from stories.factories import StoryPageFactory

    def make(parent, **kwargs):
        return StoryPageFactory(parent=parent, **kwargs)

    return make
