"""Property tests: hostile input on every public GET parameter and form never gives a 500, and is
never reflected unescaped. One test per target; the data is built once per test (fixture) and reused
by every generated example. Budget: BAD_INPUT_EXAMPLES examples per target (default 200).

Targets: every public page with filters or pagination (directory, academy catalogue, story index,
course, search, suggestions, questionnaire, certificate check, home), the theme page, the feeds, the
stories API, the language switch, the log-in pages (their "next"), and the forms: sign-up, volunteer
and admin log-in, password reset, the two-factor code step, enrolment and the introduction request.
"""

import os

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

EXAMPLES = int(os.environ.get("BAD_INPUT_EXAMPLES", "200"))
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
    "vorm",
    "periode",
    "zoek",
    "next",
]
# Parameters of targets that read other names than the pages do.
TARGET_NAMES = {
    "/api/v2/stories/": [
        "organisation",
        "theme",
        "locale",
        "limit",
        "offset",
        "fields",
        "order",
        "search",
        "type",
    ],
    "/verhalen/feed/rss/": ["organisatie", "thema", "page"],
    "/verhalen/feed/atom/": ["organisatie", "thema", "page"],
    "/taal/en/": ["next"],
    "/taal/nl/": ["next"],
    "/account/login/": ["next", "login"],
    "/account/signup/": ["next", "email"],
    "/admin/login/": ["next", "username"],
}


def params_for(names):
    return st.dictionaries(st.sampled_from(names), st.one_of(VALUE, st.lists(VALUE, max_size=3)), max_size=5)


PARAMS = params_for(GET_NAMES)


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
    from home.models import Theme

    theme = Theme.objects.order_by("pk").first()
    return {
        "theme": f"/themas/{theme.slug}/",
        "org": org,
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
        "theme",
        "/verhalen/feed/rss/",
        "/verhalen/feed/atom/",
        "/api/v2/stories/",
        "/taal/en/",
        "/taal/nl/",
        "/account/login/",
        "/account/signup/",
        "/admin/login/",
    ],
)
def test_public_get_parameters_never_fail_or_reflect(site, target):
    path = site.get(target, target)
    client = Client(raise_request_exception=False)

    @BUDGET
    @given(params=params_for(TARGET_NAMES.get(target, GET_NAMES)))
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


@pytest.fixture
def no_rate_limits(settings):
    """allauth's own limits (20 sign-ups a minute, ...) would answer 429 after a few examples."""
    from django.core.cache import cache

    settings.ACCOUNT_RATE_LIMITS = False
    cache.clear()
    yield
    cache.clear()


def test_signup_form_never_fails_or_reflects(site, no_rate_limits):
    client = Client(raise_request_exception=False)
    fields = [
        "email",
        "password1",
        "password2",
        "first_name",
        "last_name",
        "privacy_consent",
        "hp_extra_info",
    ]

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


LOGIN_FORMS = {
    "/account/login/": ["login", "password", "remember", "next"],
    "/admin/login/": ["username", "password", "remember", "next"],
    "/account/password/reset/": ["email", "hp_extra_info"],
}


@pytest.mark.parametrize("path", list(LOGIN_FORMS))
def test_log_in_and_password_reset_forms_never_fail_or_reflect(site, no_rate_limits, path):
    client = Client(raise_request_exception=False)

    @BUDGET
    @given(data=st.dictionaries(st.sampled_from(LOGIN_FORMS[path]), VALUE, max_size=4))
    def run(data):
        data = {k: _clean(v) for k, v in data.items()}
        check(client.post(path, data), data.values())

    run()


def test_two_factor_code_step_never_fails_or_reflects(site, no_rate_limits):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    from accounts.factories import UserFactory

    staff = UserFactory(username="beheerder", password="Beheer-2026!")
    staff.is_staff = True
    staff.save()
    TOTP.activate(staff, generate_totp_secret())
    client = Client(raise_request_exception=False)
    assert (
        client.post("/admin/login/", {"username": "beheerder", "password": "Beheer-2026!"}).status_code == 302
    )

    @BUDGET
    @given(code=VALUE)
    def run(code):
        code = _clean(code)
        check(client.post("/account/2fa/authenticate/", {"code": code}), [code])

    run()
    assert "_auth_user_id" not in client.session


def test_introduction_request_never_fails_or_reflects(site):
    from records.models import IntroductionRequest

    client = Client(raise_request_exception=False)
    client.force_login(site["volunteer"], backend="accounts.backends.EmailOrUsernameBackend")
    path = f"/welke-organisatie-past/kennismaking/{site['org'].pk}/"

    @BUDGET
    @given(data=st.dictionaries(st.sampled_from(["message", "consent", "reasons"]), VALUE, max_size=3))
    def run(data):
        data = {k: _clean(v) for k, v in data.items()}
        check(client.get(path, {"reasons": data.get("reasons", "")}), data.values())
        check(client.post(path, data), data.values())
        IntroductionRequest.objects.all().delete()  # every example starts without an open request

    run()
