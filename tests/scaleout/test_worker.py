"""Background work on the database queue: what the app enqueues waits until `make worker`
(`manage.py db_worker`) runs it. The task is Wagtail's reference-index update, which every page
save of this project enqueues (Wagtail 7.4 runs it through django-tasks)."""

import pytest
from django.core.management import call_command
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import ReferenceIndex

# The worker commits and closes its connection as a separate process would: real transactions.
pytestmark = pytest.mark.django_db(transaction=True)

TASK_PATH = "wagtail.tasks.update_reference_index_task"


def referrers(image):
    return {reference.object_id for reference in ReferenceIndex.get_references_to(image)}


def queued_for(page):
    return [
        result
        for result in DBTaskResult.objects.filter(task_path=TASK_PATH)
        if result.args_kwargs["args"] == ["home", "homepage", str(page.pk)]
    ]


def test_without_a_queue_the_work_is_done_in_the_request(home_page):
    image = Image.objects.create(title="Samen aan tafel", file=get_test_image_file())
    home_page.hero_image = image
    home_page.save()
    assert str(home_page.pk) in referrers(image)
    assert not queued_for(home_page)


def test_the_worker_runs_what_waits_in_the_database_queue(home_page, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    image = Image.objects.create(title="Samen aan tafel", file=get_test_image_file())
    home_page.hero_image = image
    home_page.save()

    waiting = queued_for(home_page)
    assert [result.status for result in waiting] == [TaskResultStatus.READY]
    assert str(home_page.pk) not in referrers(image)  # nothing ran inside the request

    call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    assert not DBTaskResult.objects.ready().exists()
    done = queued_for(home_page)
    assert [result.status for result in done] == [TaskResultStatus.SUCCESSFUL]
    assert done[0].finished_at is not None
    assert str(home_page.pk) in referrers(image)
