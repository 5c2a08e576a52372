"""Audit events for enrolments (status, attendance, completion) and accounts, via model signals.

Connected in AuditConfig.ready() by model label, so this module imports no other app.
"""

from django.apps import apps
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

ENROLMENT_FIELDS = ["status", "attended", "completed", "session_id", "volunteer_id"]
USER_FIELDS = [
    "username",
    "email",
    "first_name",
    "last_name",
    "preferred_language",
    "is_active",
    "is_staff",
    "is_superuser",
    "password",
]


def record(action, instance, summary, object_type=None, deleted_user_pk=None):
    from .middleware import current_user
    from .models import AuditEvent

    actor = current_user()
    if actor is not None and deleted_user_pk is not None and actor.pk == deleted_user_pk:
        actor = None  # a volunteer deleting their own account: the actor row is gone with it
    AuditEvent.objects.create(
        actor=actor,
        actor_label=actor.get_username() if actor else "",
        action=action,
        object_type=object_type or instance._meta.label,
        object_id=str(instance.pk),
        summary=summary,
    )


def _remember(fields):
    def handler(sender, instance, raw=False, **kwargs):
        if raw or instance.pk is None:
            instance._audit_before = None
            return
        old = sender._default_manager.filter(pk=instance.pk).values(*fields).first()
        instance._audit_before = old

    return handler


def _describe(instance, before, fields, hidden=()):
    changes = []
    for field in fields:
        new = getattr(instance, field)
        if before is None or before.get(field) == new:
            continue
        if field in hidden:
            changes.append(field)
        else:
            changes.append(f"{field}: {before.get(field)!r} → {new!r}")
    return changes


def enrolment_saved(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    if created:
        record(
            "created",
            instance,
            f"session_id={instance.session_id} volunteer_id={instance.volunteer_id} status={instance.status}",
        )
        return
    changes = _describe(instance, getattr(instance, "_audit_before", None), ENROLMENT_FIELDS)
    if changes:
        record("changed", instance, "; ".join(changes))


def enrolment_deleted(sender, instance, **kwargs):
    record("deleted", instance, f"session_id={instance.session_id} volunteer_id={instance.volunteer_id}")


# Personal values (names, addresses, the password hash) are never written to the log: field names only.
USER_HIDDEN = {"username", "email", "first_name", "last_name", "password"}


def user_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    if update_fields is not None and set(update_fields) <= {"last_login"}:
        return  # a log-in, not a change
    if created:
        record("created", instance, f"staff={instance.is_staff} superuser={instance.is_superuser}")
        return
    changes = _describe(instance, getattr(instance, "_audit_before", None), USER_FIELDS, USER_HIDDEN)
    if changes:
        record("changed", instance, "; ".join(changes))


def user_deleted(sender, instance, **kwargs):
    from .models import AuditEvent

    # The actor's name goes with the account; the events stay with their (now empty) actor.
    AuditEvent.objects.filter(actor_label=instance.get_username()).update(actor_label="")
    record("deleted", instance, "", deleted_user_pk=instance.pk)


def user_groups_changed(sender, instance, action, pk_set, reverse=False, **kwargs):
    if reverse or action not in {"post_add", "post_remove", "post_clear"}:
        return
    from django.contrib.auth.models import Group

    names = sorted(Group.objects.filter(pk__in=pk_set or []).values_list("name", flat=True))
    verb = {"post_add": "groups added", "post_remove": "groups removed", "post_clear": "groups cleared"}
    record("changed", instance, f"{verb[action]}: {', '.join(names)}".rstrip(": "))


def connect():
    enrolment = apps.get_model("academy", "Enrolment")
    user = apps.get_model("accounts", "User")
    pre_save.connect(
        _remember(ENROLMENT_FIELDS), sender=enrolment, weak=False, dispatch_uid="audit_enrol_pre"
    )
    post_save.connect(enrolment_saved, sender=enrolment, dispatch_uid="audit_enrol_save")
    post_delete.connect(enrolment_deleted, sender=enrolment, dispatch_uid="audit_enrol_delete")
    pre_save.connect(_remember(USER_FIELDS), sender=user, weak=False, dispatch_uid="audit_user_pre")
    post_save.connect(user_saved, sender=user, dispatch_uid="audit_user_save")
    post_delete.connect(user_deleted, sender=user, dispatch_uid="audit_user_delete")
    m2m_changed.connect(user_groups_changed, sender=user.groups.through, dispatch_uid="audit_user_groups")
