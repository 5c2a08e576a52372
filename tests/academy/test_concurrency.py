"""Capacity is never exceeded under simultaneous enrolments; the waiting list keeps arrival order.

On PostgreSQL 40 threads enrol at once (row lock: SELECT ... FOR UPDATE). SQLite serialises writers
(BEGIN IMMEDIATE) and its in-memory test database cannot be shared between threads, so there the
same 40 enrolments run one after another. Both variants assert the same outcome.
"""

import threading

import pytest
from django.db import close_old_connections, connection

from academy.enrolment import cancel, enrol
from academy.factories import CoursePageFactory, SessionFactory, VolunteerFactory
from academy.models import Enrolment

pytestmark = pytest.mark.django_db(transaction=True)

SEATS, PEOPLE = 10, 40


@pytest.fixture
def crowded_session(org_a, academy):
    course = CoursePageFactory(parent=org_a, title="Populaire cursus")
    session = SessionFactory(course=course, capacity=SEATS)
    people = [VolunteerFactory(email=f"vrijwilliger{n}@example.org") for n in range(PEOPLE)]
    return session, people


def _enrol_all(session, people):
    if connection.vendor != "postgresql":
        for person in people:
            enrol(person, session.pk)
        return []
    barrier = threading.Barrier(len(people))
    errors = []

    def worker(person):
        try:
            barrier.wait(timeout=30)
            enrol(person, session.pk)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=worker, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return errors


def test_simultaneous_enrolments_never_exceed_capacity_and_queue_in_arrival_order(crowded_session):
    session, people = crowded_session
    errors = _enrol_all(session, people)
    assert errors == []
    rows = list(Enrolment.objects.filter(session=session).order_by("queue_number"))
    assert len(rows) == PEOPLE
    assert [row.queue_number for row in rows] == list(range(1, PEOPLE + 1))  # one arrival each
    assert [row.status for row in rows] == ["ingeschreven"] * SEATS + ["wachtlijst"] * (PEOPLE - SEATS)
    assert [row.position for row in rows[SEATS:]] == list(range(1, PEOPLE - SEATS + 1))


def test_cancellations_promote_the_waiting_list_in_order(crowded_session):
    session, people = crowded_session
    assert _enrol_all(session, people) == []
    rows = list(Enrolment.objects.filter(session=session).order_by("queue_number"))
    for enrolment in rows[:3]:
        cancel(enrolment)
    statuses = dict(Enrolment.objects.filter(session=session).values_list("queue_number", "status"))
    assert [statuses[n] for n in (11, 12, 13)] == ["ingeschreven"] * 3
    assert statuses[14] == "wachtlijst"
    assert Enrolment.objects.filter(session=session, status="ingeschreven").count() == SEATS
    assert Enrolment.objects.get(session=session, queue_number=14).position == 1
