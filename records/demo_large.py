"""The large demo dataset, records' part: the course certificates that the completions earn.

academy/demo_large.py marks enrolments completed in bulk, without the signal that issues certificates
(records/signals.py). This issues them the way `sync_certificates` would for a course: one valid
certificate per volunteer and course (by translation key), dated at the first completion. Path
certificates are left to `sync_certificates`, which runs for a volunteer at their next change.
"""

from django.utils import timezone

from academy.models import Enrolment
from home.demo_large import chunks, timed

from .models import Certificate, CertificateKind
from .progress import NETWORK_NAME


def load(ctx):
    sessions = getattr(ctx, "large_sessions", None) or []
    with timed(ctx, "course certificates") as result:
        if not sessions:
            return 0
        completions = (
            Enrolment.objects.filter(session_id__in=[s.pk for s in sessions], completed=True)
            .order_by("completed_at", "pk")
            .values_list(
                "volunteer_id",
                "volunteer__first_name",
                "volunteer__last_name",
                "volunteer__username",
                "session__course_id",
                "session__course__translation_key",
                "session__course__title",
                "session__course__duration_hours",
                "session__course__path",
                "completed_at",
            )
        )
        rows = list(completions)
        from organisations.models import OrganisationPage

        org_titles = dict(OrganisationPage.objects.values_list("path", "title"))
        certificates, seen = [], set()
        for volunteer_id, first, last, username, course_id, key, title, hours, path, completed_at in rows:
            if (volunteer_id, key) in seen:
                continue
            seen.add((volunteer_id, key))
            organisation = org_titles.get(path[:-4], "")
            certificates.append(
                Certificate(
                    volunteer_id=volunteer_id,
                    kind=CertificateKind.COURSE,
                    course_id=course_id,
                    subject_key=key,
                    recipient_name=f"{first} {last}".strip() or username,
                    title=title,
                    issuers=", ".join(filter(None, [organisation, NETWORK_NAME])),
                    hours=hours or None,
                    completed_on=timezone.localdate(completed_at),
                    issued_at=completed_at,
                )
            )
        for batch in chunks(certificates, 5000):
            Certificate.objects.bulk_create(batch, batch_size=1000)
        result["created"] = len(certificates)
    return result["created"]
