"""The per-MO permission matrix, through the admin's HTTP views (not only model methods)."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page, Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

pytestmark = pytest.mark.django_db

REFUSED = {302, 403}


def login(user):
    client = Client()
    client.force_login(user)
    return client


def snapshot():
    """Everything a refused action could have changed."""
    pages = tuple(
        Page.objects.order_by("pk").values_list(
            "pk", "title", "slug", "path", "live", "locked", "latest_revision_id", "has_unpublished_changes"
        )
    )
    return pages, Revision.objects.count(), GroupPagePermission.objects.count()


def profile_form_data(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "pitch": page.pitch,
        "about": streamfield([]),
        "facilities": inline_formset([]),
        "themes": "",
        "logo_alt": "",
        **changes,
    }
    return nested_form_data(data)


# --- What an MO editor may do on their own organisation ---------------------------------------


def test_editor_can_open_and_save_own_profile_as_draft(orgs):
    a, _b = orgs
    client = login(a.user)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[a.page.pk])).status_code == 200
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[a.page.pk]),
        profile_form_data(a.page, pitch="Wij helpen elkaar, elke dag weer."),
    )
    assert response.status_code == 302
    a.page.refresh_from_db()
    assert a.page.get_latest_revision_as_object().pitch == "Wij helpen elkaar, elke dag weer."
    assert a.page.live  # the published version stays until SMOL approves


def test_editor_cannot_publish_own_profile_directly(orgs):
    a, _b = orgs
    client = login(a.user)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[a.page.pk]),
        profile_form_data(a.page, pitch="Direct online?", **{"action-publish": "action-publish"}),
    )
    a.page.refresh_from_db()
    assert a.page.pitch != "Direct online?"
    assert not a.page.permissions_for_user(a.user).can_publish()


def test_editor_can_submit_own_profile_for_moderation(orgs):
    a, _b = orgs
    client = login(a.user)
    client.post(
        reverse("wagtailadmin_pages:edit", args=[a.page.pk]),
        profile_form_data(a.page, pitch="Graag nakijken.", **{"action-submit": "action-submit"}),
    )
    a.page.refresh_from_db()
    assert a.page.workflow_in_progress
    assert a.page.current_workflow_state.workflow.name == "Controle door SMOL"


def test_editor_can_open_the_create_form_under_own_organisation(orgs):
    from organisations.models import OrganisationPage

    a, _b = orgs
    client = login(a.user)
    model = OrganisationPage.allowed_subpage_models()[0]
    url = reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, a.page.pk])
    assert client.get(url).status_code == 200
    assert a.page.permissions_for_user(a.user).can_add_subpage()
    assert a.page_en.permissions_for_user(a.user).can_add_subpage()


def test_editor_explorer_shows_only_own_organisation(orgs, index_page):
    a, b = orgs
    response = login(a.user).get(reverse("wagtailadmin_explore", args=[index_page.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert a.page.title in content
    assert b.page.title not in content


def test_editor_page_search_finds_only_own_pages(orgs):
    a, b = orgs
    response = login(a.user).get(reverse("wagtailadmin_pages:search"), {"q": "Organisatie"})
    content = response.content.decode()
    assert a.page.title in content
    assert b.page.title not in content


def test_editor_image_chooser_lists_only_own_and_shared_collection(orgs):
    from home.images import get_or_create_image
    from organisations.permissions import shared_collection

    a, b = orgs
    shared, _ = get_or_create_image("Gedeelde foto", collection=shared_collection(), width=40, height=30)
    content = login(a.user).get(reverse("wagtailimages_chooser:choose")).content.decode()
    assert a.image.title in content
    assert shared.title in content
    assert b.image.title not in content


def test_editor_is_in_no_default_wagtail_group(orgs):
    a, _b = orgs
    assert set(a.user.groups.values_list("name", flat=True)) == {"Redactie Organisatie Alfa"}


def test_editor_cannot_delete_own_organisation_page_even_as_draft(orgs):
    a, _b = orgs
    a.page.unpublish()
    client = login(a.user)
    response = client.post(reverse("wagtailadmin_pages:delete", args=[a.page.pk]))
    assert response.status_code in REFUSED
    assert Page.objects.filter(pk=a.page.pk).exists()


# --- The matrix: MO A's editor against MO B's pages, in both locale trees ---------------------


def _actions(a, b, target, destination):
    """(name, method, url, data) for every admin action on `target` (a page of B)."""
    # Aliases have no revisions of their own: use the source page's (the view must refuse first).
    revision = target.latest_revision or target.alias_of.specific.latest_revision
    return [
        ("edit", "get", reverse("wagtailadmin_pages:edit", args=[target.pk]), None),
        (
            "save",
            "post",
            reverse("wagtailadmin_pages:edit", args=[target.pk]),
            {"title": "Gekaapt", "slug": target.slug},
        ),
        (
            "publish",
            "post",
            reverse("wagtailadmin_pages:edit", args=[target.pk]),
            {"title": "Gekaapt", "slug": target.slug, "action-publish": "action-publish"},
        ),
        ("delete", "get", reverse("wagtailadmin_pages:delete", args=[target.pk]), None),
        ("delete-confirm", "post", reverse("wagtailadmin_pages:delete", args=[target.pk]), {}),
        ("move", "get", reverse("wagtailadmin_pages:move", args=[target.pk]), None),
        (
            "move-confirm",
            "post",
            reverse("wagtailadmin_pages:move_confirm", args=[target.pk, destination.pk]),
            {},
        ),
        ("copy", "get", reverse("wagtailadmin_pages:copy", args=[target.pk]), None),
        (
            "copy-confirm",
            "post",
            reverse("wagtailadmin_pages:copy", args=[target.pk]),
            {
                "new_title": "Kopie",
                "new_slug": "kopie-van-b",
                "new_parent_page": destination.pk,
                "publish_copies": "on",
            },
        ),
        ("unpublish", "get", reverse("wagtailadmin_pages:unpublish", args=[target.pk]), None),
        ("unpublish-confirm", "post", reverse("wagtailadmin_pages:unpublish", args=[target.pk]), {}),
        ("lock", "post", reverse("wagtailadmin_pages:lock", args=[target.pk]), {}),
        (
            "revision-view",
            "get",
            reverse("wagtailadmin_pages:revisions_view", args=[target.pk, revision.pk]),
            None,
        ),
        (
            "revision-revert",
            "get",
            reverse("wagtailadmin_pages:revisions_revert", args=[target.pk, revision.pk]),
            None,
        ),
        (
            "revision-compare",
            "get",
            reverse("wagtailadmin_pages:revisions_compare", args=[target.pk, "earliest", "latest"]),
            None,
        ),
        ("history", "get", reverse("wagtailadmin_pages:history", args=[target.pk]), None),
        ("add-subpage", "get", reverse("wagtailadmin_pages:add_subpage", args=[target.pk]), None),
    ]


TARGETS = ["page", "child", "page_en", "child_en"]
ACTION_NAMES = [
    "edit",
    "save",
    "publish",
    "delete",
    "delete-confirm",
    "move",
    "move-confirm",
    "copy",
    "copy-confirm",
    "unpublish",
    "unpublish-confirm",
    "lock",
    "revision-view",
    "revision-revert",
    "revision-compare",
    "history",
    "add-subpage",
]


# English pages are aliases of the Dutch ones: they have no revisions of their own.
REFUSAL_CASES = [
    (target, action)
    for target in TARGETS
    for action in ACTION_NAMES
    if not (target.endswith("_en") and action.startswith("revision-"))
]


@pytest.mark.parametrize("target_name", TARGETS)
def test_editor_is_refused_every_action_on_other_organisations_pages(orgs, target_name):
    """One setup per target (fast), every action checked on it, the database compared after each."""
    a, b = orgs
    target = getattr(b, target_name)
    # A move or copy would go to a page A may add to: only the source permission is missing.
    destination = a.child_en if target_name.endswith("_en") else a.child
    actions = {name: (method, url, data) for name, method, url, data in _actions(a, b, target, destination)}
    client = login(a.user)
    checked = []
    for case_target, action in REFUSAL_CASES:
        if case_target != target_name:
            continue
        method, url, data = actions[action]
        before = snapshot()
        response = client.get(url) if method == "get" else client.post(url, data)
        assert response.status_code in REFUSED, (action, target_name, response.status_code)
        assert snapshot() == before, (action, target_name)
        checked.append(action)
    assert len(checked) >= 11


@pytest.mark.parametrize("locale", ["nl", "en"])
@pytest.mark.parametrize("where", ["organisation", "index"])
def test_editor_cannot_create_pages_under_other_organisation_or_index(orgs, index_page, locale, where):
    from organisations.models import OrganisationPage

    a, b = orgs
    if where == "organisation":
        parent = b.page if locale == "nl" else b.page_en
        model = OrganisationPage.allowed_subpage_models()[0]
    else:
        parent = index_page if locale == "nl" else index_page.get_translation(b.page_en.locale)
        model = OrganisationPage
    url = reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk])
    client = login(a.user)
    before = snapshot()
    assert client.get(url).status_code in REFUSED
    response = client.post(url, {"title": "Binnengeslopen", "slug": "binnengeslopen", "pitch": "x"})
    assert response.status_code in REFUSED
    assert snapshot() == before


def test_editor_cannot_edit_other_organisations_image(orgs):
    a, b = orgs
    client = login(a.user)
    url = reverse("wagtailimages:edit", args=[b.image.pk])
    assert client.get(url).status_code in REFUSED
    response = client.post(url, {"title": "Gekaapt"})
    assert response.status_code in REFUSED
    b.image.refresh_from_db()
    assert b.image.title == "Foto van Organisatie Bravo"


def test_editor_cannot_choose_other_organisations_image(orgs):
    a, b = orgs
    client = login(a.user)
    assert client.get(reverse("wagtailimages_chooser:chosen", args=[b.image.pk])).status_code in REFUSED
    assert client.get(reverse("wagtailimages_chooser:chosen", args=[a.image.pk])).status_code == 200


def test_editor_cannot_delete_other_organisations_image(orgs):
    a, b = orgs
    client = login(a.user)
    response = client.post(reverse("wagtailimages:delete", args=[b.image.pk]))
    assert response.status_code in REFUSED
    assert type(b.image).objects.filter(pk=b.image.pk).exists()


# --- SMOL redactie may do all of it --------------------------------------------------------------


def test_smol_editor_can_edit_and_publish_any_profile(orgs, smol_editor):
    _a, b = orgs
    client = login(smol_editor)
    url = reverse("wagtailadmin_pages:edit", args=[b.page.pk])
    assert client.get(url).status_code == 200
    response = client.post(
        url, profile_form_data(b.page, pitch="Door SMOL bijgewerkt.", **{"action-publish": "action-publish"})
    )
    assert response.status_code == 302
    b.page.refresh_from_db()
    assert b.page.pitch == "Door SMOL bijgewerkt."


SMOL_VIEWS = ["edit", "delete", "move", "copy", "unpublish", "revision-view", "revision-compare", "history"]


@pytest.mark.parametrize("target_name", TARGETS)
def test_smol_editor_can_open_every_admin_view(orgs, smol_editor, target_name):
    a, b = orgs
    target = getattr(b, target_name)
    destination = a.child_en if target_name.endswith("_en") else a.child
    actions = {name: (method, url, data) for name, method, url, data in _actions(a, b, target, destination)}
    client = login(smol_editor)
    for case_target, action in REFUSAL_CASES:
        if case_target == target_name and action in SMOL_VIEWS:
            _method, url, _data = actions[action]
            assert client.get(url).status_code == 200, (action, target_name)


def test_smol_editor_can_unpublish_other_organisations_page(orgs, smol_editor):
    _a, b = orgs
    response = login(smol_editor).post(reverse("wagtailadmin_pages:unpublish", args=[b.child.pk]), {})
    assert response.status_code == 302
    b.child.refresh_from_db()
    assert not b.child.live


def test_smol_editor_can_delete_other_organisations_page(orgs, smol_editor):
    _a, b = orgs
    response = login(smol_editor).post(reverse("wagtailadmin_pages:delete", args=[b.child.pk]), {})
    assert response.status_code == 302
    assert not Page.objects.filter(pk=b.child.pk).exists()


def test_smol_editor_can_move_other_organisations_child_page(orgs, smol_editor):
    a, b = orgs
    url = reverse("wagtailadmin_pages:move_confirm", args=[b.child.pk, a.child.pk])
    response = login(smol_editor).post(url, {})
    assert response.status_code == 302
    b.child.refresh_from_db()
    assert b.child.get_parent().pk == a.child.pk


def test_smol_editor_can_copy_other_organisations_profile(orgs, smol_editor, index_page):
    _a, b = orgs
    response = login(smol_editor).post(
        reverse("wagtailadmin_pages:copy", args=[b.page.pk]),
        {"new_title": "Kopie", "new_slug": "kopie-van-b", "new_parent_page": index_page.pk},
    )
    assert response.status_code == 302, response.context["form"].errors
    assert index_page.get_children().filter(slug="kopie-van-b").exists()


def test_smol_editor_can_edit_any_image(orgs, smol_editor):
    _a, b = orgs
    client = login(smol_editor)
    assert client.get(reverse("wagtailimages:edit", args=[b.image.pk])).status_code == 200
    assert client.get(reverse("wagtailimages_chooser:chosen", args=[b.image.pk])).status_code == 200


@pytest.mark.django_db
def test_smol_moderators_can_publish_what_they_approve_without_the_stories_demo(home_page):
    """The moderation workflow set up by onboarding alone lets SMOL moderatie approve (publish)."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupPagePermission

    from organisations.models import OrganisationIndexPage
    from organisations.permissions import ensure_moderation_workflow

    index = home_page.add_child(instance=OrganisationIndexPage(title="Organisaties", slug="organisaties"))
    ensure_moderation_workflow(index)
    moderators = Group.objects.get(name="SMOL moderatie")
    assert GroupPagePermission.objects.filter(
        group=moderators, page=index, permission__codename="publish_page"
    ).exists()
