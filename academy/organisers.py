"""Who organises which sessions: editors of the owning MO, co-hosts' editors, and SMOL academie.

An organiser is anyone with "change" page permission (via a group) on a page at or above the course
or at or above one of its co-hosting organisations. Superusers and holders of
``academy.view_all_participants`` (group "SMOL academie") see all sessions.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import GroupPagePermission

from organisations.models import OrganisationPage

from .models import CoursePage, Session


def sees_all(user):
    return user.is_active and (user.is_superuser or user.has_perm("academy.view_all_participants"))


def _editable_paths(user):
    """Paths of the organisation (or course) pages the user edits. Rights on the whole site (SMOL
    redactie) do not count: participants are personal data, SMOL sees them through SMOL academie."""
    page_types = ContentType.objects.get_for_models(OrganisationPage, CoursePage).values()
    return list(
        GroupPagePermission.objects.filter(
            group__user=user,
            permission__codename__in=["change_page", "publish_page"],
            page__content_type__in=list(page_types),
        ).values_list("page__path", flat=True)
    )


def organised_sessions(user):
    """Sessions (of default-language courses) whose participants `user` may see."""
    sessions = Session.objects.filter(course__locale__language_code=settings.LANGUAGE_CODE)
    if not user.is_authenticated or not user.is_active:
        return sessions.none()
    if sees_all(user):
        return sessions
    paths = _editable_paths(user)
    if not paths:
        return sessions.none()
    under = Q()
    for path in paths:
        under |= Q(path__startswith=path)
    # Translation keys cover a permission given on either language's tree.
    course_keys = CoursePage.objects.filter(under).values("translation_key")
    org_keys = OrganisationPage.objects.filter(under).values("translation_key")
    return sessions.filter(
        Q(course__translation_key__in=course_keys) | Q(course__co_hosts__translation_key__in=org_keys)
    ).distinct()


def can_organise(user, session):
    return organised_sessions(user).filter(pk=session.pk).exists()
