"""Isolation proof: every URL of the site x every role, against an explicit rule table.

The URL configuration is enumerated (get_resolver(), recursively, Wagtail admin and allauth
included). Every pattern must match a rule in RULES, or the test fails: a new URL needs a decision.
A rule says which roles may use the URL and how its parameters are filled:

* "obj": parameters are filled from the objects built below (MO A's page, MO A's session, ...):
  the full matrix is asserted (allowed roles get the page, the others are refused).
* "any-id": parameters are filled with an id that does not exist (generic Wagtail model views whose
  model differs per registration). Only the refusal side is asserted: a role outside the rule is
  refused (login, 403, 404, redirect to the admin home), nobody gets a 500.
* SKIP with a reason: not requested at all (listed in NOT_REQUESTED; keep it short).

"Allowed" means a 2xx answer, or a redirect that is not a refusal. "Refused" means a redirect to a
log-in page or to the admin dashboard (Wagtail's permission-denied), or 403/404/405.
"""

import re
from urllib.parse import urlparse

import pytest
from django.contrib.auth.models import Permission
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "vol_a", "vol_b", "mo_a", "mo_b", "smol_redactie", "smol_academie", "superuser"]
LOGGED_IN = set(ROLES) - {"anonymous"}
ADMIN = {"mo_a", "mo_b", "smol_redactie", "smol_academie", "superuser"}
SMOL = {"smol_redactie", "superuser"}
MO_A_PAGE = {"mo_a", "smol_redactie", "superuser"}  # MO A's own page: its editors and SMOL redactie
SUPER = {"superuser"}
EDITORS = {"mo_a", "mo_b", "smol_redactie", "superuser"}  # rights on pages and collections
EVERYONE = set(ROLES)

# Each rule: (regex on "name" (namespace:name) or, for unnamed patterns, on the route), allowed
# roles, parameter mode. The first matching rule wins.
RULES = [
    # --- the Wagtail admin: pages. MO A's page is the object: MO B must be refused. ---
    (r"^wagtailadmin_explore_root$", ADMIN, "obj"),
    # The explorer shows a page's title to every admin user; its children are filtered by rights.
    (r"^wagtailadmin_explore(_results)?$", ADMIN, "obj"),
    (r"^wagtailadmin_pages:(search|search_results|confirm_workflow_cancellation)$", ADMIN, "obj"),
    # Structural actions are SMOL's: MO editors may add, change and publish, not delete/move/unpublish.
    (
        r"^wagtailadmin_pages:(delete|unpublish|move|set_page_position|set_privacy|revisions_unschedule)$",
        SMOL,
        "obj",
    ),
    # POST-only views, or parameters that need a page type / workflow task: refusal side only.
    (
        r"^wagtailadmin_pages:(add|preview_on_add|type_use|type_use_results|choose_parent|convert_alias|"
        r"workflow_action|collect_workflow_action_data|workflow_preview|lock|unlock|workflow_history_detail|"
        r"revisions_compare)$",
        MO_A_PAGE,
        "partial",
    ),
    # These redirect (to the history view, to the move form), which check the rights.
    (r"^wagtailadmin_pages:(revisions_index|move_confirm)$", ADMIN, "partial"),
    (r"^wagtailadmin_pages:.*$", MO_A_PAGE, "obj"),
    (r"^wagtailadmin_choose_page.*$", ADMIN, "obj"),
    (r"^wagtail_localize:.*$", ADMIN, "any-id"),
    # --- admin areas every admin user may open (their own content is filtered inside) ---
    (r"^wagtailadmin_(home|account|dismissibles)$", ADMIN, "obj"),
    (r"^wagtailadmin_(tag_autocomplete|tag_model_autocomplete|block_preview)$", ADMIN, "partial"),
    (r"^wagtailadmin_editing_sessions:.*$", ADMIN, "any-id"),
    (r"^wagtail_bulk_action$", ADMIN, "any-id"),
    (r"^wagtailadmin_api:pages:detail$", MO_A_PAGE, "obj"),
    (r"^wagtailadmin_api:.*:(listing)$", ADMIN, "obj"),
    (r"^wagtailadmin_api:.*$", ADMIN, "partial"),
    (r"^wagtail(images|docs)_chooser:(choose|choose_results|chosen|chosen_multiple)$", ADMIN, "any-id"),
    (r"^wagtailimages(_chooser)?:.*$", EDITORS, "any-id"),
    (r"^wagtaildocs(_chooser)?:.*$", EDITORS, "any-id"),
    (r"^wagtailembeds:.*$", ADMIN, "obj"),
    (r"^wagtailsnippetchoosers_.*:create$", ADMIN, "partial"),
    (r"^wagtailsnippetchoosers_.*$", ADMIN, "any-id"),
    (r"^wagtailadmin_workflows:task_chooser.*$", ADMIN, "obj"),
    (r"^wagtailsearchpromotions:chooser.*$", ADMIN, "obj"),
    (r"^wagtailadmin_reports:locked_pages(_results)?$", SMOL, "obj"),
    (
        r"^wagtailadmin_reports:(aging_pages|page_types_usage|workflow|workflow_tasks|site_history)"
        r"(_results)?$",
        ADMIN,
        "obj",
    ),
    (r"^academy_admin_sessions$", ADMIN, "obj"),
    (r"^academy_admin_session(_csv)?$", {"mo_a", "smol_academie", "superuser"}, "obj"),
    (r"^records_admin_(introductions|introduction|experiences)$", EDITORS, "any-id"),  # per MO inside
    (r"^records_admin_.*$", {"smol_academie", "superuser"}, "obj"),
    # --- SMOL staff only ---
    (r"^wagtailsnippets_stories_framingword:.*$", SMOL, "any-id"),
    (r"^wagtailsnippets_home_theme:.*$", SMOL, "any-id"),
    (r"^wagtailsettings:.*$", SMOL, "any-id"),
    # The outbox: read-only with "send again"; add/edit/delete are refused to everybody.
    (r"^outbox:(index|index_results)$", SMOL, "obj"),
    (r"^outbox:(add|edit|delete|copy)$", set(), "any-id"),
    (r"^outbox:.*$", SMOL, "any-id"),
    (r"^organisations_onboard$", SMOL, "obj"),
    (r"^stories_(report_.*|trust)$", SMOL, "obj"),
    # --- superuser only ---
    (r"^wagtailsnippets(_home_.*)?:.*$", SUPER, "any-id"),
    (r"^wagtailadmin_collections:.*$", SUPER, "any-id"),
    (r"^wagtailredirects:process_import$", SUPER, "partial"),
    (r"^wagtailredirects:.*$", SUPER, "any-id"),
    (r"^wagtailsearchpromotions:.*$", SUPER, "any-id"),
    (r"^site_search_missed_queries(_results)?$", SUPER, "obj"),
    (r"^wagtailforms:.*$", ADMIN, "any-id"),  # lists only form pages the user may edit
    (r"^wagtailadmin_workflows:.*$", SUPER, "any-id"),
    (r"^wagtailusers_(users|groups):.*$", SUPER, "any-id"),
    (r"^wagtailsites:.*$", SUPER, "any-id"),
    (r"^wagtaillocales:.*$", SUPER, "any-id"),
    (r"^audit_log(_results)?$", SUPER, "obj"),
    # --- volunteer area: any logged-in account; data shown is the user's own ---
    (r"^academy_(mine|consent|my_data|export|delete_account)$", LOGGED_IN, "obj"),
    (r"^academy_(enrol|cancel)$", LOGGED_IN, "any-id"),
    (r"^records_(dossier|passport|passport_pdf)$", LOGGED_IN, "obj"),
    (r"^records_(share_create|request_experience|share_revoke|certificate_pdf)$", LOGGED_IN, "partial"),
    (r"^account_(email|change_password|set_password)$", LOGGED_IN, "obj"),
    (r"^account_reauthenticate$", LOGGED_IN, "partial"),
    # Two-factor settings (allauth.mfa): any account may switch it on for itself.
    (r"^mfa_(index|activate_totp)$", LOGGED_IN, "obj"),
    # Need an authenticator first (404 or a redirect without one): refusal side only.
    (
        r"^mfa_(deactivate_totp|reauthenticate|view_recovery_codes|generate_recovery_codes|"
        r"download_recovery_codes)$",
        LOGGED_IN,
        "partial",
    ),
    # --- public ---
    (r"^(wagtailadmin_sprite|wagtailadmin_javascript_catalog)$", EVERYONE, "public"),
    (
        r"^account_(login|signup|reset_password|reset_password_done|reset_password_from_key_done|"
        r"inactive|email_verification_sent|logout|confirm_login_code)$",
        EVERYONE,
        "public",
    ),
    # The code step of a log-in (only after a correct password; otherwise back to the log-in).
    (
        r"^mfa_authenticate$",
        EVERYONE,
        "public",
    ),
    (r"^(wagtailadmin_login|wagtailadmin_password_reset.*|wagtailadmin_logout)$", EVERYONE, "public"),
    (
        r"^(sitemap|switch_language|stories_feed_rss|stories_feed_atom|academy_privacy|privacy|records_verify_form|"
        r"records_match|site_search|site_search_suggestions|theme_detail|wagtailcore_login|wagtail_serve)$",
        EVERYONE,
        "public",
    ),
    (
        r"^(academy_feed|records_passport_shared|records_passport_shared_pdf|records_verify|"
        r"records_introduction|account_confirm_email|account_reset_password_from_key|"
        r"wagtailcore_authenticate_with_password|wagtaildocs_serve|wagtaildocs_authenticate_with_password|"
        r"wagtailapi:.*)$",
        EVERYONE,
        "public",
    ),
]

# Patterns not requested, each with the reason. Keep this list short.
NOT_REQUESTED = {
    r"^route:admin/\^\.\*/\$$": "Wagtail's admin catch-all 404",
    r"^route:admin/test404/$": "Wagtail's admin 404 test page",
    r"^route:\^media/": "media files in development (SERVE_MEDIA), no access rules",
    r"^wagtailadmin_error_test$": "Wagtail's intentional 500 test page (raises for whoever may open it)",
}


def walk(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = namespace
            if pattern.namespace:
                ns = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), ns)
        elif isinstance(pattern, URLPattern):
            name = pattern.name and (f"{namespace}:{pattern.name}" if namespace else pattern.name)
            yield prefix + str(pattern.pattern), name, pattern


def site_urls():
    """(key, route, pattern) for every pattern, once per route (the English /en/ copies are the same)."""
    seen = set()
    for route, name, pattern in walk(get_resolver().url_patterns):
        route = route.removeprefix("en/")
        key = name or f"route:{route}"
        if (key, route) in seen:
            continue
        seen.add((key, route))
        yield key, route, pattern


def rule_for(key):
    for regex, allowed, mode in RULES:
        if re.match(regex, key):
            return allowed, mode
    return None


PARAM = re.compile(r"<(?:(?P<conv>\w+):)?(?P<name>\w+)>|\(\?P<(?P<rname>\w+)>[^)]*\)")


def fill(route, key, mode, objects):
    """The path for a route, its parameters filled from the objects (mode "obj") or with dummies."""

    def value(match):
        name = match.group("name") or match.group("rname")
        conv = match.group("conv") or "str"
        if name == "pk" or name.endswith("_id"):
            conv = "int"
        if mode in ("obj", "partial"):
            if key.startswith("academy_admin_session"):
                return str(objects["session"].pk)
            if name == "revision_id":
                return str(objects["mo_a_page"].latest_revision_id)
            if name == "slug":
                return objects["theme_slug"]
            if conv == "int":
                return str(objects["mo_a_page"].pk)
        if conv == "slug" or name == "slug":
            return objects["theme_slug"] if key == "theme_detail" else "x"
        return "999999" if conv == "int" else "x"

    path = route.replace("((?:[\\w\\-]+/)*)", "")  # Wagtail's page catch-all: the home page
    path = PARAM.sub(value, path)
    path = re.sub(r"\([^)]*\)", "1", path)  # unnamed regex groups (documents/<id>/<filename>)
    return "/" + path.replace("^", "").replace("$", "").replace("\\", "")


def outcome(response):
    if response.status_code >= 500:
        return "ERROR"
    if response.status_code in (403, 404, 405):
        return "refused"
    if response.status_code in (301, 302, 303, 307, 308):
        target = urlparse(response["Location"]).path
        if target in ("/admin/", "/en/admin/") or re.search(
            r"/(admin/login|account/login|_util/login)/", target
        ):
            return "refused"
    return "allowed"


@pytest.fixture
def world(home_page):
    from academy.demo import _academy_rights
    from academy.factories import AcademyIndexPageFactory, CoursePageFactory, SessionFactory, VolunteerFactory
    from academy.models import LifePhase
    from accounts.factories import UserFactory
    from home.demo import ensure_smol_groups
    from home.models import Theme
    from organisations.onboarding import onboard_organisation
    from organisations.permissions import ensure_smol_rights

    ensure_smol_rights()
    groups = ensure_smol_groups()
    LifePhase.ensure_defaults()
    academy = AcademyIndexPageFactory(parent=home_page)
    _academy_rights(academy)
    mo_a = onboard_organisation("Humanitas Maastricht", "redactie@humanitas.example.org", publish=True)
    mo_b = onboard_organisation("Scouting Venlo", "redactie@scouting.example.org", publish=True)
    course = CoursePageFactory(parent=mo_a.page, title="Eerste hulp", slug="eerste-hulp")
    users = {
        "vol_a": VolunteerFactory(email="vol.a@example.org"),
        "vol_b": VolunteerFactory(email="vol.b@example.org"),
        "mo_a": mo_a.user,
        "mo_b": mo_b.user,
        "smol_redactie": UserFactory(username="redactie"),
        "smol_academie": UserFactory(username="academie"),
        "superuser": UserFactory(username="root", is_superuser=True, is_staff=True),
    }
    users["smol_redactie"].groups.add(groups["SMOL redactie"])
    users["smol_academie"].groups.add(groups["SMOL academie"])
    assert Permission.objects.filter(group__user=users["mo_a"], codename="access_admin").exists()
    objects = {
        "mo_a_page": mo_a.page,
        "session": SessionFactory(course=course),
        "theme_slug": Theme.objects.first().slug,
    }
    return users, objects


def _client_for(role, users):
    client = Client(raise_request_exception=False)
    if role != "anonymous":
        client.force_login(users[role], backend="accounts.backends.EmailOrUsernameBackend")
    return client


def test_every_url_has_a_rule():
    missing = [key for key, _route, _p in site_urls() if rule_for(key) is None and not _not_requested(key)]
    assert not missing, f"URLs without an access rule (add one to RULES): {missing}"


def _not_requested(key):
    return any(re.match(regex, key) for regex in NOT_REQUESTED)


def test_role_by_url_matrix(world):
    users, objects = world
    targets = []
    for key, route, _pattern in site_urls():
        if _not_requested(key):
            continue
        rule = rule_for(key)
        assert rule is not None, f"no access rule for {key} ({route}): add one to RULES"
        allowed, mode = rule
        has_params = bool(PARAM.search(route))
        full = mode == "obj" or (mode == "any-id" and not has_params)  # "partial": refusal side only
        targets.append((key, fill(route, key, mode, objects), allowed, mode, full))
    problems = []
    for role in ROLES:
        client = _client_for(role, users)
        for key, path, allowed, mode, full in targets:
            if role in allowed and not full and mode != "public":
                continue  # a dummy id: nothing to assert for an allowed role but "no 500", see below
            response = client.get(path)
            result = outcome(response)
            if result == "ERROR":
                problems.append(f"{role:14} {path} ({key}): status {response.status_code}")
            elif mode == "public":
                pass
            elif role in allowed:
                if full and result != "allowed":
                    problems.append(
                        f"{role:14} {path} ({key}): should be allowed, got {response.status_code}"
                    )
            elif result != "refused":
                problems.append(f"{role:14} {path} ({key}): should be refused, got {response.status_code}")
            if role != "anonymous" and "_auth_user_id" not in client.session:
                client = _client_for(role, users)  # a log-out link was followed: log in again
    assert not problems, "\n".join(problems)


def test_smol_staff_without_an_authenticator_app_reach_no_admin_url(settings, home_page):
    """With MFA required, every admin URL (except logging in and out) sends SMOL staff without an
    authenticator app to the page that sets one up; none answers with its own content."""
    from accounts.factories import UserFactory
    from accounts.mfa import EXEMPT_ADMIN_URL_NAMES
    from home.demo import ensure_smol_groups

    settings.MFA_REQUIRED = True
    staff = UserFactory(username="redactie")
    staff.groups.add(ensure_smol_groups()["SMOL redactie"])
    client = Client(raise_request_exception=False)
    client.force_login(staff, backend="accounts.backends.EmailOrUsernameBackend")
    problems = []
    checked = 0
    for key, route, _pattern in site_urls():
        if not route.startswith("admin/") or _not_requested(key) or key in EXEMPT_ADMIN_URL_NAMES:
            continue
        path = fill(route, key, "any-id", {"theme_slug": "x"})
        response = client.get(path)
        checked += 1
        if response.status_code != 302 or response["Location"] != "/account/2fa/totp/activate/":
            problems.append(f"{path} ({key}): {response.status_code}")
    assert client.post("/admin/pages/add/home/homepage/1/")["Location"] == "/account/2fa/totp/activate/"
    assert checked > 200
    assert not problems, "\n".join(problems)
