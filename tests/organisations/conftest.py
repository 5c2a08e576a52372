"""Two onboarded organisations (A and B), each with a child page, an image, in both locale trees."""

from dataclasses import dataclass

import pytest


@dataclass
class Org:
    page: object  # Dutch OrganisationPage
    page_en: object  # its English alias
    child: object  # a page under it (Dutch)
    child_en: object
    image: object
    user: object
    group: object
    collection: object


def _make_org(name, email, index):
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from home.images import get_or_create_image
    from home.pages import get_or_add_child
    from organisations.models import OrganisationPage
    from organisations.onboarding import onboard_organisation

    result = onboard_organisation(name, email, password="geheim-wachtwoord-123", index_page=index)
    page = OrganisationPage.objects.get(pk=result.page.pk)
    page.save_revision().publish()
    # A plain child page: permissions are per subtree, whatever the page type.
    child, _ = get_or_add_child(page, Page, slug=f"{page.slug}-nieuws", title=f"Nieuws van {name}")
    image, _ = get_or_create_image(f"Foto van {name}", collection=result.collection, width=40, height=30)
    Image = get_image_model()
    return Org(
        page=page,
        page_en=OrganisationPage.objects.get(
            translation_key=page.translation_key, locale__language_code="en"
        ),
        child=child,
        child_en=Page.objects.get(translation_key=child.translation_key, locale__language_code="en"),
        image=Image.objects.get(pk=image.pk),
        user=result.user,
        group=result.group,
        collection=result.collection,
    )


@pytest.fixture
def index_page(home_page):
    from organisations.onboarding import ensure_index_page

    return ensure_index_page(home_page)


@pytest.fixture
def orgs(index_page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    a = _make_org("Organisatie Alfa", "redactie@alfa.example.org", index_page)
    b = _make_org("Organisatie Bravo", "redactie@bravo.example.org", index_page)
    return a, b


@pytest.fixture
def smol_editor(db):
    from accounts.factories import UserFactory
    from organisations.permissions import ensure_smol_rights

    groups = ensure_smol_rights()
    user = UserFactory(username="smol-redacteur")
    user.groups.add(groups["SMOL redactie"])
    return user
