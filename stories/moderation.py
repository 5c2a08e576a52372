"""Moderation of stories: the "Verhalen moderatie" workflow and trusted MOs.

Decisions (documented for the README):

* Stories (and everything else under the directory "Organisaties", so also profile edits) go
  through the workflow "Verhalen moderatie": one group-approval task for "SMOL moderatie".
  It is assigned to the directory page in every locale tree, so Dutch stories and English
  translations are both covered. "SMOL moderatie" gets change + publish on those directory pages
  (Wagtail publishes an approved page as the approving user, so a moderator needs that right). MO editor groups have add/change on their own organisation page,
  never publish: they can save and submit, a moderator approves (publishes) or requests changes
  with a comment; Wagtail e-mails the submitter and shows the state in the admin.
* A *trusted* MO is an MO whose editor group also has Wagtail's **publish** page permission on
  its own organisation page (every locale). Wagtail then offers "Publiceren" next to "Ter
  controle aanbieden": its stories go live without review. SMOL switches this in the admin
  report "Verhalen per organisatie" (or by hand in Instellingen > Groepen); nothing else changes.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import GroupApprovalTask, GroupPagePermission, Page, Workflow, WorkflowPage, WorkflowTask

WORKFLOW_NAME = "Verhalen moderatie"
TASK_NAME = "Goedkeuring door SMOL moderatie"
MODERATORS_GROUP = "SMOL moderatie"
# What "SMOL moderatie" holds on the directory (every locale): approving publishes as the moderator.
MODERATOR_PAGE_PERMISSIONS = ("change_page", "publish_page")
SMOL_GROUP_NAMES = ("SMOL redactie", "SMOL moderatie", "SMOL academie")


def get_workflow():
    """The workflow and its task (created if missing; the data migration creates them too)."""
    moderators, _ = Group.objects.get_or_create(name=MODERATORS_GROUP)
    workflow = Workflow.objects.filter(name=WORKFLOW_NAME).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=WORKFLOW_NAME, active=True)
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=TASK_NAME)
        task.groups.add(moderators)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


@transaction.atomic
def ensure_workflow():
    """Assign "Verhalen moderatie" to the directory page of every locale tree. Idempotent.

    Called by the demo content and by onboarding. Returns the workflow.
    """
    from organisations.models import OrganisationIndexPage

    workflow = get_workflow()
    moderators = Group.objects.get(name=MODERATORS_GROUP)
    # Approving publishes the page as the moderator, so Wagtail wants them to hold the publish right.
    permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=MODERATOR_PAGE_PERMISSIONS
    )
    for index_page in OrganisationIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page=index_page, defaults={"workflow": workflow})
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(
                group=moderators, page=index_page, permission=permission
            )
    return workflow


def _publish_permission():
    return Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")


def editor_groups(organisation):
    """The MO's own editor group(s): groups with a page permission on this organisation page."""
    group = getattr(organisation, "editor_group", None)
    if group is not None:
        return [group]
    group_ids = (
        GroupPagePermission.objects.filter(page__translation_key=organisation.translation_key)
        .exclude(group__name__in=SMOL_GROUP_NAMES)
        .values_list("group_id", flat=True)
    )
    return list(Group.objects.filter(pk__in=group_ids))


def is_trusted(organisation):
    return GroupPagePermission.objects.filter(
        page__translation_key=organisation.translation_key,
        permission__codename="publish_page",
        group__in=editor_groups(organisation),
    ).exists()


@transaction.atomic
def set_trusted(organisation, trusted=True):
    """Give (or take) the MO's editor group the publish right on its own pages, in every locale."""
    permission = _publish_permission()
    pages = Page.objects.filter(translation_key=organisation.translation_key)
    for group in editor_groups(organisation):
        for page in pages:
            if trusted:
                GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
            else:
                GroupPagePermission.objects.filter(group=group, page=page, permission=permission).delete()
