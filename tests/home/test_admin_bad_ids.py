"""Bad ids in admin URLs answer 404, never 500 (home/admin_errors.py).

Wagtail's choosers ("chosen" and "chosen-multiple" views of images, documents and snippets) and its
bulk actions passed a non-numeric id from the URL straight to the database (ValueError: 500); a
number beyond 64 bits did the same on SQLite (OverflowError), also in the stories trust view; the
page actions that need a parent (lock, unlock, set position, move confirm) failed on the root page.
"""

import re

import pytest
from django.http import Http404
from django.test import Client, RequestFactory
from django.urls import Resolver404, resolve

from home.admin_errors import AdminBadIdMiddleware
from tests.security.test_isolation_matrix import PARAM, _not_requested, site_urls

pytestmark = pytest.mark.django_db

HUGE = "99999999999999999999"

# Every one of these answered 500 before the fix.
BAD_ID_URLS = [
    "/admin/images/chooser/chosen/abc/",
    "/admin/images/chooser/chosen/1x/",
    "/admin/documents/chooser/chosen/abc/",
    "/admin/snippets/choose/home/theme/chosen/abc/",
    "/admin/snippets/choose/home/municipality/chosen/abc/",
    "/admin/snippets/choose/stories/framingword/chosen/abc/",
    "/admin/images/chooser/chosen-multiple/?id=abc",
    f"/admin/images/chooser/chosen-multiple/?id={HUGE}",
    "/admin/documents/chooser/chosen-multiple/?id=1&id=abc",
    "/admin/snippets/choose/home/theme/chosen-multiple/?id=abc",
    "/admin/bulk/wagtailimages/image/delete/?id=abc",
    "/admin/bulk/wagtaildocs/document/delete/?id=abc",
    "/admin/bulk/wagtailcore/page/delete/?id=abc",
    "/admin/bulk/home/theme/delete/?id=abc",
    f"/admin/verhalen/vertrouwd/{HUGE}/",
]


@pytest.fixture
def admin(superuser):
    client = Client(raise_request_exception=False)
    client.force_login(superuser, backend="accounts.backends.EmailOrUsernameBackend")
    return client


@pytest.mark.parametrize("url", BAD_ID_URLS)
def test_a_bad_id_in_an_admin_url_is_a_404(home_page, admin, url):
    resolve(url.split("?")[0])  # the URL exists: the 404 comes from the view, not from routing
    status = admin.get(url).status_code
    # PostgreSQL compares a huge number without an error: nothing matches, an empty choice (200).
    assert status == 404 or (status == 200 and HUGE in url and "chosen-multiple" in url), status
    if "/chooser/" not in url and "/choose/" not in url:  # the choosers answer GET only
        assert admin.post(url).status_code == 404


@pytest.mark.parametrize("url", ["/admin/images/chooser/abc/", "/admin/images/abc/", "/admin/pages/abc/"])
def test_ids_the_url_patterns_refuse_are_a_404_too(home_page, admin, url):
    assert admin.get(url).status_code == 404


def test_page_actions_that_need_a_parent_refuse_the_root_page(home_page, admin):
    root = home_page.get_parent()
    assert root.depth == 1
    assert admin.post(f"/admin/pages/{root.pk}/lock/").status_code == 404
    assert admin.post(f"/admin/pages/{root.pk}/unlock/").status_code == 404
    assert admin.get(f"/admin/pages/{root.pk}/set_position/").status_code == 404
    assert admin.post(f"/admin/pages/{root.pk}/move/{home_page.pk}/confirm/").status_code == 404
    # An ordinary page is locked and unlocked as before.
    assert admin.post(f"/admin/pages/{home_page.pk}/lock/").status_code == 302
    assert admin.post(f"/admin/pages/{home_page.pk}/unlock/").status_code == 302


def test_existing_objects_are_still_chosen(home_page, admin, settings, tmp_path):
    from home.images import get_or_create_image
    from home.models import Theme

    settings.MEDIA_ROOT = tmp_path
    image = get_or_create_image("Kiezer", width=40, height=30)[0]
    theme = Theme.objects.order_by("pk").first()
    assert admin.get(f"/admin/images/chooser/chosen/{image.pk}/").status_code == 200
    assert admin.get(f"/admin/images/chooser/chosen-multiple/?id={image.pk}").status_code == 200
    assert admin.get(f"/admin/snippets/choose/home/theme/chosen/{theme.pk}/").status_code == 200
    assert admin.get("/admin/images/chooser/chosen/999999/").status_code == 404


def _filled(route, bad, number):
    def value(match):
        return number if match.group("conv") == "int" else bad

    path = PARAM.sub(value, route.replace("((?:[\\w\\-]+/)*)", ""))
    path = re.sub(r"\([^)]*\)", "1", path)
    return "/" + path.replace("^", "").replace("$", "").replace("\\", "")


@pytest.mark.parametrize("bad", ["abc", HUGE])
def test_no_url_of_the_site_fails_on_a_bad_id(home_page, superuser, admin, bad):
    """Every URL pattern with a parameter: the non-integer ones get a bad value, the integer ones the
    home page's id (or a huge number), requested by a superuser. None may answer 500."""
    problems, requested = [], 0
    for key, route, _pattern in site_urls():
        if _not_requested(key) or not PARAM.search(route) or "logout" in key:
            continue
        path = _filled(route, bad, bad if bad == HUGE else str(home_page.pk))
        try:
            resolve(path)
        except Resolver404:
            continue
        requested += 1
        response = admin.get(path)
        if response.status_code >= 500:
            problems.append(f"{path} ({key}): {response.status_code}")
        if "_auth_user_id" not in admin.session:
            admin.force_login(superuser, backend="accounts.backends.EmailOrUsernameBackend")
    assert requested > 100
    assert not problems, "\n".join(problems)


# --- the middleware stays narrow: only a field refusing a value, only under /admin/ ---


def _field_error():
    from wagtail.images import get_image_model

    try:
        get_image_model().objects.get(pk="abc")
    except ValueError as error:
        return error
    raise AssertionError("expected a ValueError")


def _own_error():
    try:
        int("abc")  # a ValueError from the project's own code (or any library), not a field
    except ValueError as error:
        return error
    raise AssertionError("expected a ValueError")


def _middleware():
    return AdminBadIdMiddleware(lambda request: None)


def _request(path):
    request = RequestFactory().get(path)
    request.resolver_match = None
    return request


def test_a_field_refusing_an_admin_id_becomes_a_404():
    with pytest.raises(Http404):
        _middleware().process_exception(_request("/admin/images/chooser/chosen/abc/"), _field_error())


def test_other_errors_are_left_alone():
    middleware = _middleware()
    assert middleware.process_exception(_request("/admin/images/"), _own_error()) is None
    assert middleware.process_exception(_request("/admin/images/"), RuntimeError("bug")) is None
    assert middleware.process_exception(_request("/admin/images/"), AttributeError("bug")) is None
    # Outside the admin the same field error is not touched (public views check their own input).
    assert middleware.process_exception(_request("/verhalen/abc/"), _field_error()) is None


def test_an_admin_view_with_a_real_bug_still_answers_500(home_page, admin, monkeypatch):
    from wagtail.images.views import chooser

    def broken(self, pk):
        raise ValueError("a real bug")

    monkeypatch.setattr(chooser.ImageChosenView, "get_object", broken)
    assert admin.get("/admin/images/chooser/chosen/1/").status_code == 500


def test_an_incomplete_admin_form_is_a_400_and_saves_nothing(home_page, admin):
    """A POST without the fields the page form reads (a StreamField's count, say) answered 500."""
    from wagtail.models import Page

    from home.models import ContentPage

    page = home_page.add_child(instance=ContentPage(title="Over het netwerk", slug="over-het-netwerk"))
    revisions = page.revisions.count()
    for url in (
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/add/home/contentpage/{home_page.pk}/",
    ):
        response = admin.post(url, {"title": "Leeg"})
        assert response.status_code == 400, url
        assert "Dit verzoek klopt niet" in response.content.decode()
        assert "Er is niets opgeslagen" in response.content.decode()
    page.refresh_from_db()
    assert page.title == "Over het netwerk"
    assert page.revisions.count() == revisions
    assert not Page.objects.filter(title="Leeg").exists()


def test_a_missing_field_outside_the_admin_is_left_alone():
    from django.utils.datastructures import MultiValueDictKeyError

    request = RequestFactory().post("/contact/", {})
    middleware = AdminBadIdMiddleware(lambda r: None)
    assert middleware.process_exception(request, MultiValueDictKeyError("body-count")) is None
