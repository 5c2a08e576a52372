"""Per-organisation editing rights, built only from Wagtail's page and collection permissions.

Decisions (see also the README section "Rechten"):

* Each MO has a group "Redactie <name>" with **add** and **change** on its own organisation page in
  every locale tree. It gets **no publish** right: Wagtail page permissions apply to a whole subtree,
  so a publish right on the profile would also let the MO publish its stories. Profile edits and
  stories are therefore both submitted for moderation ("Ter controle aanbieden") and published by
  SMOL (the "SMOL redactie" and "SMOL moderatie" groups), through the workflow on the directory.
* Each MO has its own collection (add, change, choose images and documents) and may choose from the
  shared "Algemeen" collection. Images are never private: `choose` only filters the choosers.
* MO editors are never put in Wagtail's default "Editors"/"Moderators" groups (rights on the whole
  site). SMOL redactie may add, edit, publish, delete and lock every page, in every locale.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

SHARED_COLLECTION_NAME = "Algemeen"
ORGANISATIONS_COLLECTION_NAME = "Organisaties"
SMOL_EDITORS_GROUP = "SMOL redactie"
SMOL_MODERATORS_GROUP = "SMOL moderatie"
WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")
WORKFLOW_NAME = "Controle door SMOL"

MO_PAGE_PERMISSIONS = ("add_page", "change_page")
SMOL_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)
MO_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
SHARED_COLLECTION_PERMISSIONS = (("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document"))
SMOL_COLLECTION_PERMISSIONS = MO_COLLECTION_PERMISSIONS + (
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "delete_document"),
)


def group_name_for(organisation_name: str) -> str:
    return f"Redactie {organisation_name}"[:150]


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _page_permission(codename):
    return _permission("wagtailcore", codename)


def admin_access_permission():
    return _permission("wagtailadmin", "access_admin")


def get_or_create_collection(name, parent=None):
    parent = parent or Collection.get_first_root_node()
    existing = parent.get_children().filter(name=name).first()
    if existing is not None:
        return existing, False
    return parent.add_child(name=name), True


def shared_collection():
    return get_or_create_collection(SHARED_COLLECTION_NAME)[0]


def organisations_collection():
    """The parent collection of all MO collections (keeps the collection list tidy)."""
    return get_or_create_collection(ORGANISATIONS_COLLECTION_NAME)[0]


def translations_of(page):
    """The page itself and its translations/aliases in the other locales."""
    return list(Page.objects.filter(translation_key=page.translation_key).order_by("locale_id"))


def grant_organisation_rights(group, organisation_page, collection):
    """Give `group` its rights on the MO subtree (every locale) and collection. Idempotent."""
    group.permissions.add(admin_access_permission())
    for page in translations_of(organisation_page):
        for codename in MO_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_page_permission(codename)
            )
    for app_label, codename in MO_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )
    algemeen = shared_collection()
    for app_label, codename in SHARED_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=algemeen, permission=_permission(app_label, codename)
        )


@transaction.atomic
def ensure_smol_rights():
    """SMOL redactie: every page in every locale tree and every collection. Idempotent."""
    from home.demo import ensure_smol_groups

    groups = ensure_smol_groups()
    editors = groups[SMOL_EDITORS_GROUP]
    root_page = Page.get_first_root_node()
    for codename in SMOL_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=editors, page=root_page, permission=_page_permission(codename)
        )
    root_collection = Collection.get_first_root_node()
    for app_label, codename in SMOL_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=editors, collection=root_collection, permission=_permission(app_label, codename)
        )
    shared_collection()
    return groups


def ensure_moderation_workflow(index_page):
    """Profile edits (and everything else under the directory) are approved by SMOL.

    Assigns a workflow "Controle door SMOL" (one group-approval task for SMOL redactie and SMOL
    moderatie) to the directory in every locale, unless another workflow is already assigned there
    (e.g. by the Stories app): that one is kept.
    """
    from home.demo import ensure_smol_groups

    groups = ensure_smol_groups()
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
        task = GroupApprovalTask.objects.create(name=str(_("Goedkeuring door SMOL")))
        task.groups.set([groups[SMOL_EDITORS_GROUP], groups[SMOL_MODERATORS_GROUP]])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    # Approving publishes the page as the approver: the moderators need change + publish there.
    moderators = groups[SMOL_MODERATORS_GROUP]
    for page in translations_of(index_page):
        if not WorkflowPage.objects.filter(page=page).exists():
            WorkflowPage.objects.create(page=page, workflow=workflow)
        for codename in ("change_page", "publish_page"):
            GroupPagePermission.objects.get_or_create(
                group=moderators, page=page, permission=_page_permission(codename)
            )
    return workflow


def is_smol_staff(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name=SMOL_EDITORS_GROUP).exists())


def organisation_group_names():
    return Group.objects.filter(name__startswith="Redactie ").values_list("name", flat=True)
