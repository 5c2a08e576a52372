"""Bad ids in admin URLs answer 404, not 500.

Several Wagtail admin views pass an id from the URL or the query string straight to the database
without checking that it is a number: the image, document and snippet choosers' "chosen" views
(`/admin/images/chooser/chosen/abc/`), their "chosen-multiple" views and the bulk actions
(`?id=abc`). Django then raises ValueError ("Field 'id' expected a number but got 'abc'") while it
prepares the query, and the view answers 500. On SQLite a number beyond the database's integers
(`?id=99999999999999999999`) raises OverflowError in the driver in the same way.

This middleware turns exactly those exceptions into a 404, and only under the admin's URL prefix:

* ValueError or ValidationError raised by a model field converting a lookup value
  (the innermost frame is in django/db/models/fields/), or
* OverflowError raised while the database driver binds a query parameter (a frame in
  django/db/backends/).

Any other exception, and these exceptions anywhere else (a bug in our own code, a public page),
still surfaces as a 500 and is logged as one.

It also answers 404 where Wagtail's page actions that need a parent page (lock, unlock, set
position, move confirm) fail with AttributeError because the id names the tree's root (depth 1,
`get_parent()` is None). The admin never links there; a crafted URL got a 500. The view's own
permission checks run first, as before.

And a POST to the admin that lacks fields its form reads (a StreamField's `body-count`, a formset's
management form) answers 400 with site/templates/400.html: Wagtail's widgets read them with
`request.POST[...]`, which raised MultiValueDictKeyError and answered 500. Nothing is saved. A
browser never sends such a form; a script or a truncated request does.
"""

import logging
import os
import traceback

from django.core.exceptions import BadRequest, ValidationError
from django.http import Http404
from django.urls import reverse
from django.utils.datastructures import MultiValueDictKeyError

logger = logging.getLogger(__name__)

_FIELDS_DIR = os.path.join("django", "db", "models", "fields", "")
_BACKENDS_DIR = os.path.join("django", "db", "backends", "")

# Admin page views that use the page's parent, with the URL parameter that holds the page id.
ROOT_PAGE_REFUSED = {
    "wagtailadmin_pages:lock": "page_id",
    "wagtailadmin_pages:unlock": "page_id",
    "wagtailadmin_pages:set_page_position": "page_to_move_id",
    "wagtailadmin_pages:move_confirm": "page_to_move_id",
}


def _admin_prefix():
    return reverse("wagtailadmin_home")


def is_bad_lookup_value(exception):
    """True for the errors a query raises when it is given a value its column cannot hold."""
    frames = traceback.extract_tb(exception.__traceback__)
    if not frames:
        return False
    if isinstance(exception, (ValueError, ValidationError)):
        # Raised by the field itself (IntegerField.get_prep_value, UUIDField.to_python, ...).
        return _FIELDS_DIR in frames[-1].filename
    if isinstance(exception, OverflowError):
        # sqlite3 refuses an int beyond 64 bits when it binds the parameter (C code, no own frame).
        return _BACKENDS_DIR in frames[-1].filename
    return False


class AdminBadIdMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not request.path.startswith(_admin_prefix()):
            return None
        if is_bad_lookup_value(exception) or _is_root_page_action(request, exception):
            logger.info("Bad id in an admin request answered with 404: %s %s", request.path, exception)
            # Handled like a view's own Http404: the site's 404 handler answers.
            raise Http404("No such object.") from exception
        if request.method == "POST" and isinstance(exception, MultiValueDictKeyError):
            logger.info("Incomplete admin form answered with 400: %s %s", request.path, exception)
            raise BadRequest("A field of the form is missing.") from exception
        return None


def _is_root_page_action(request, exception):
    """An AttributeError from a page action that needs a parent, asked for the tree's root page."""
    match = request.resolver_match
    kwarg = match and ROOT_PAGE_REFUSED.get(match.view_name)
    if not kwarg or not isinstance(exception, AttributeError) or kwarg not in match.kwargs:
        return False
    from wagtail.models import Page

    return Page.objects.filter(pk=match.kwargs[kwarg], depth=1).exists()
