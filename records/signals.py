"""Certificates follow completions: when an organiser (un)marks a completion or an MO (un)confirms an
experience, the volunteer's certificates are issued or revoked after the transaction commits."""

import logging

from django.db import transaction
from django.db.models.signals import post_delete, post_save

logger = logging.getLogger(__name__)


def _sync_later(user_id):
    def run():
        from accounts.models import User

        from .progress import sync_certificates

        try:
            user = User.objects.filter(pk=user_id).first()
            if user is not None:
                sync_certificates(user)
        except Exception:  # never break the organiser's or volunteer's request over a certificate
            logger.exception("Could not update the certificates of user %s", user_id)

    transaction.on_commit(run)


def _changed(sender, instance, **kwargs):
    if getattr(instance, "volunteer_id", None):
        _sync_later(instance.volunteer_id)


def connect():
    from academy.models import Enrolment

    from .models import ExperienceConfirmation

    for model in (Enrolment, ExperienceConfirmation):
        post_save.connect(_changed, sender=model, dispatch_uid=f"records_sync_{model.__name__}")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"records_sync_del_{model.__name__}")
