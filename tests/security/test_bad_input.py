"""Property tests: hostile input on every public GET parameter and form never gives a 500, and is
never reflected unescaped. One test per target; the data is built once per test (fixture) and reused
by every generated example. Budget: BAD_INPUT_EXAMPLES examples per target (default 100)."""

import os

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("BAD_INPUT_EXAMPLES", "100"))
BUDGET = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea><b>x</b>",
]
HOSTILE = st.one_of(
    st.sampled_from(PAYLOADS),
    st.sampled_from(
        ["' OR 1=1 --", "%", "_", "\\", "'; DROP TABLE x; --", "0", "-1", "99999999999999999999"]
    ),
    st.text(max_size=40),
    st.text(alphabet="<>\"'&;%_\\/ \u202e\u0000\ud7ff", max_size=30),
    st.just("x" * 5000),
)
MARKED = st.tuples(st.text(max_size=10), st.sampled_from(PAYLOADS), st.text(max_size=10)).map("".join)
VALUE = st.one_of(HOSTILE, MARKED)
GET_NAMES = [
    "q",
    "page",
    "thema",
    "theme",
    "themes",
    "gemeente",
    "municipality",
    "organisatie",
    "organisation",
    "levensfase",
    "wanneer",
    "graag",
    "verleden",
    "sort",
    "type",
    "soort",
    "facet",
    "reasons",
    "code",
]
PARAMS = st.dictionaries(
    st.sampled_from(GET_NAMES), st.one_of(VALUE, st.lists(VALUE, max_size=3)), max_size=5
)


def _clean(value):
    return value.replace("\x00", "")  # the test client cannot send NUL in a URL or form


def check(response, values):
    assert response.status_code < 500, response.status_code
    if not response.get("Content-Type", "").startswith("text/html"):
        return  # JSON, feeds and files are not parsed as HTML (nosniff is set in production)
    body = response.content.decode("utf-8", "replace")
    for value in values:
        for payload in PAYLOADS:
            if payload in value:
                assert payload not in body, f"unescaped input reflected: {payload!r}"


def _flat(params):
    values = []
    for value in params.values():
        values.extend(value if isinstance(value, list) else [value])
    return [_clean(v) for v in values]


def _get(client, path, params):
    cleaned = {k: ([_clean(x) for x in v] if isinstance(v, list) else _clean(v)) for k, v in params.items()}
    return client.get(path, cleaned)


@pytest.fixture
def site(home_page):
    from academy.factories import AcademyIndexPageFactory, CoursePageFactory, SessionFactory, VolunteerFactory
    from academy.models import LifePhase
    from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
    from stories.factories import StoryIndexPageFactory

    LifePhase.ensure_defaults()
    directory = OrganisationIndexPageFactory(parent=home_page)
    org = OrganisationPageFactory(parent=directory, title="Humanitas", slug="humanitas")
    academy = AcademyIndexPageFactory(parent=home_page)
    course = CoursePageFactory(parent=org, title="Eerste hulp", slug="eerste-hulp")
    session = SessionFactory(course=course, capacity=3)
    stories = StoryIndexPageFactory(parent=home_page)
    volunteer = VolunteerFactory(email="vrijwilliger@example.org")
    return {
        "directory": directory.url,
        "academy": academy.url,
        "stories": stories.url,
        "course": course.url,
        "session": session,
        "volunteer": volunteer,
    }


@pytest.mark.parametrize(
    "target",
    [
        "directory",
        "academy",
        "stories",
        "course",
        "/zoeken/",
        "/zoeken/suggesties/",
        "/welke-organisatie-past/",
        "/certificaat/",
        "/",
    ],
)
def test_public_get_parameters_never_fail_or_reflect(site, target):
    path = site.get(target, target)
    client = Client(raise_request_exception=False)

    @BUDGET
    @given(params=PARAMS)
    def run(params):
        check(_get(client, path, params), _flat(params))

    run()


def test_enrolment_post_never_fails(site):
    client = Client(raise_request_exception=False)
    client.force_login(site["volunteer"], backend="accounts.backends.EmailOrUsernameBackend")
    path = f"/mijn-academie/inschrijven/{site['session'].pk}/"

    @BUDGET
    @given(
        data=st.dictionaries(st.sampled_from(["note", "csrfmiddlewaretoken", "session"]), VALUE, max_size=3)
    )
    def run(data):
        data = {k: _clean(v) for k, v in data.items()}
        check(client.post(path, data), data.values())

    run()


def test_signup_form_never_fails_or_reflects(site):
    client = Client(raise_request_exception=False)
    fields = ["email", "password1", "password2", "first_name", "last_name", "privacy_consent"]

    @BUDGET
    @given(data=st.dictionaries(st.sampled_from(fields), VALUE, max_size=6))
    def run(data):
        data = {k: _clean(v) for k, v in data.items()}
        check(client.post("/account/signup/", data), data.values())

    run()


def test_questionnaire_post_never_fails_or_reflects(site):
    client = Client(raise_request_exception=False)
    fields = ["themes", "gemeente", "levensfase", "wanneer", "graag", "message", "consent"]

    @BUDGET
    @given(data=st.dictionaries(st.sampled_from(fields), VALUE, max_size=6))
    def run(data):
        data = {k: _clean(v) for k, v in data.items()}
        check(client.get("/welke-organisatie-past/", data), data.values())
        check(client.post("/welke-organisatie-past/", data), data.values())

    run()


def test_enrolment_with_a_hostile_next_value_never_fails(site):
    client = Client(raise_request_exception=False)
    client.force_login(site["volunteer"], backend="accounts.backends.EmailOrUsernameBackend")
    response = client.post(f"/mijn-academie/inschrijven/{site['session'].pk}/", {"next": PAYLOADS[1]})
    check(response, [PAYLOADS[1]])
