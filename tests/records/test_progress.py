import pytest

from academy.models import Enrolment, LearningPathStep
from records.models import Certificate, ExperienceConfirmation
from records.progress import build_record, path_progress, sync_certificates

pytestmark = pytest.mark.django_db


def test_path_is_complete_when_all_required_steps_are_done_and_optional_ones_are_not(
    org_a, org_b, volunteer, course_factory, path_factory, complete
):
    first, second, extra = (
        course_factory(org_a, "Eenzaamheid herkennen"),
        course_factory(org_b, "Buddy worden"),
        course_factory(org_b, "Zingeving"),
    )
    path = path_factory([(first, None, True), (second, None, True), (extra, None, False)])
    complete(volunteer, first)
    complete(volunteer, second)

    progress = path_progress(volunteer, path)

    assert progress.is_complete
    assert [s.state for s in progress.steps] == ["done", "done", "todo"]


def test_path_is_not_complete_while_a_required_step_is_missing(
    org_a, volunteer, course_factory, path_factory, complete
):
    first, second, extra = course_factory(org_a, "A"), course_factory(org_a, "B"), course_factory(org_a, "C")
    path = path_factory([(first, None, True), (second, None, True), (extra, None, False)])
    complete(volunteer, first)
    complete(volunteer, extra)

    progress = path_progress(volunteer, path)

    assert not progress.is_complete
    assert (progress.required_done, progress.required_total) == (1, 2)


def test_course_completed_in_a_session_run_by_another_organisation_counts(
    org_a, org_b, volunteer, course_factory, path_factory, complete
):
    from academy.factories import SessionFactory

    course = course_factory(org_a, "Positieve gezondheid")
    course.co_hosts.add(org_b)
    course.save()
    SessionFactory(course=course)  # Humanitas' own session, not followed
    path = path_factory([(course, None, True)])
    complete(volunteer, course)  # the co-host's session

    assert path_progress(volunteer, path).is_complete


def test_course_step_counts_whatever_page_language_the_path_points_to(
    home_page, org_a, volunteer, course_factory, path_factory, complete
):
    from wagtail.models import Locale

    from academy.models import CoursePage

    course = course_factory(org_a, "Eerste hulp")
    english = course.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True)
    path = path_factory([(CoursePage.objects.get(pk=english.pk), None, True)])
    complete(volunteer, course)

    assert path_progress(volunteer, path).is_complete


def test_revoking_a_completion_reopens_the_path_and_revokes_its_certificate(
    org_a, volunteer, course_factory, path_factory, complete, django_capture_on_commit_callbacks
):
    course = course_factory(org_a, "Eenzaamheid herkennen")
    path = path_factory([(course, None, True)])
    enrolment = complete(volunteer, course)
    sync_certificates(volunteer)
    assert path_progress(volunteer, path).is_complete
    assert Certificate.objects.filter(volunteer=volunteer, revoked_at__isnull=True).count() == 2

    with django_capture_on_commit_callbacks(execute=True):
        enrolment.mark_completed(False)
        enrolment.save()

    assert not path_progress(volunteer, path).is_complete
    assert not Certificate.objects.filter(volunteer=volunteer, revoked_at__isnull=True).exists()
    assert Certificate.objects.filter(volunteer=volunteer, revoked_at__isnull=False).count() == 2


def test_experience_step_is_done_only_once_the_organisation_confirms_it(org_b, volunteer, path_factory):
    path = path_factory([(None, org_b, True, "Drie maanden buddy")])
    step = LearningPathStep.objects.get(path=path)
    confirmation = ExperienceConfirmation.objects.create(
        volunteer=volunteer, step=step, organisation=org_b, title=step.title
    )
    assert path_progress(volunteer, path).steps[0].state == "planned"

    confirmation.confirm()
    confirmation.save()

    assert path_progress(volunteer, path).is_complete


def test_planned_course_shows_as_planned(org_a, volunteer, course_factory, path_factory):
    from academy.factories import EnrolmentFactory, SessionFactory

    course = course_factory(org_a, "Buddy worden")
    path = path_factory([(course, None, True)])
    EnrolmentFactory(volunteer=volunteer, session=SessionFactory(course=course))

    assert path_progress(volunteer, path).steps[0].state == "planned"


def test_a_volunteer_follows_several_paths(org_a, volunteer, course_factory, path_factory, complete):
    one, two = course_factory(org_a, "A"), course_factory(org_a, "B")
    path_factory([(one, None, True)], title="Leerlijn een")
    path_factory([(two, None, True), (one, None, False)], title="Leerlijn twee")
    path_factory([(course_factory(org_a, "C"), None, True)], title="Niet gevolgd")
    complete(volunteer, one)

    titles = [p.path.title for p in build_record(volunteer).paths]

    assert titles == ["Leerlijn een", "Leerlijn twee"]


def test_milestones_reflect_hours_paths_and_organisations(
    org_index, org_a, volunteer, course_factory, path_factory, complete
):
    from organisations.factories import OrganisationPageFactory

    big = course_factory(org_a, "Lange cursus", hours=26)
    path_factory([(big, None, True)])
    complete(volunteer, big)
    for index in range(3):
        org = OrganisationPageFactory(parent=org_index, title=f"MO {index}")
        ExperienceConfirmation.objects.create(
            volunteer=volunteer, organisation=org, title="Meegedraaid", status="bevestigd"
        )

    reached = {m["slug"] for m in build_record(volunteer).milestones if m["reached"]}

    assert reached == {"first-course", "first-path", "hours-10", "hours-25", "three-organisations"}


def test_record_queries_do_not_grow_with_data(
    org_a, volunteer, course_factory, path_factory, complete, django_assert_max_num_queries
):
    def grow(count):
        for _index in range(count):
            number = Enrolment.objects.count()
            course = course_factory(org_a, f"Cursus {number}")
            complete(volunteer, course)
            path_factory([(course, None, True), (None, org_a, False)], title=f"Leerlijn {number}")

    grow(2)
    with django_assert_max_num_queries(12) as small:
        build_record(volunteer)
    grow(8)
    with django_assert_max_num_queries(12) as large:
        build_record(volunteer)
    assert len(small.captured_queries) == len(large.captured_queries)
    assert Enrolment.objects.filter(volunteer=volunteer).count() == 10
