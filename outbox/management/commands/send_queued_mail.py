"""Deliver every queued message that is due, then remove old sent and failed mail.

Run it from cron every few minutes when TASKS_BACKEND=immediate (no worker, so nothing else
retries a failed delivery). With TASKS_BACKEND=database the worker retries by itself; this
command still prunes, and catches messages whose task could not be enqueued.
"""

from django.core.management.base import BaseCommand

from outbox.delivery import deliver, due_ids, prune


class Command(BaseCommand):
    help = "Send queued mail that is due (retries included) and prune old sent/failed mail."

    def add_arguments(self, parser):
        parser.add_argument("--limit", type=int, default=500, help="At most this many messages per run.")
        parser.add_argument("--no-prune", action="store_true", help="Do not delete old sent/failed mail.")

    def handle(self, *args, limit=500, no_prune=False, **options):
        counts = {"sent": 0, "retry": 0, "failed": 0, "skipped": 0}
        for pk in due_ids(limit=limit):
            counts[deliver(pk)] += 1
        pruned = 0 if no_prune else prune()
        self.stdout.write(
            f"sent={counts['sent']} retry={counts['retry']} failed={counts['failed']} "
            f"skipped={counts['skipped']} pruned={pruned}"
        )
