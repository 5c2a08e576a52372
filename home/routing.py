"""Serving a page in a fixed number of queries, whatever its depth in the tree.

Wagtail routes a URL one level at a time: for /organisaties/humanitas/een-verhaal/ it fetches each
child by slug and then its specific page, two queries per level. `route_from` finds every page
along the path in one query and builds only the specific object (with its locale) of the page that
is served (or of the first page on the way that routes its own sub-paths, such as a RoutablePage),
so a story costs the same as a top-level page. The result is what Wagtail's own `Page.route` returns.

`get_view_restrictions` (Wagtail's check on every served page) likewise reads the restrictions of
the page and its ancestors, aliases resolved to their source pages, in one query instead of one
for the ancestors plus one per alias; and in none for a page outside every restricted section (the
list of those sections is shared data, see home/cache.py).
"""

from functools import reduce
from operator import or_

from django.db.models import Q
from django.http import Http404
from wagtail.models import Page, PageViewRestriction

from .cache import shared


def _has_own_route(page):
    """True when the page's class routes sub-paths itself (Wagtail's default walks the children)."""
    cls = page.specific_class
    return cls is None or cls.route is not Page.route


def route_from(root, request, path_components):
    """Route `path_components` below `root` like `Page.route` does, in two queries at most."""
    wanted = [Q(depth=root.depth + level, slug=slug) for level, slug in enumerate(path_components, start=1)]
    # Rows, not pages: a slug may be used under many parents (hundreds of stories are called the
    # same), and only the pages on the way become objects.
    fields = [field.attname for field in Page._meta.concrete_fields]
    path_at, slug_at = fields.index("path"), fields.index("slug")
    found = {
        (row[path_at][: -Page.steplen], row[slug_at]): row
        for row in Page.objects.filter(reduce(or_, wanted), path__startswith=root.path).values_list(*fields)
    }
    node, remaining = root, list(path_components)
    while remaining:
        row = found.get((node.path, remaining[0]))
        if row is None:
            raise Http404
        child = Page.from_db(Page.objects.db, fields, row)
        child._cached_parent_obj = node
        node, remaining = child, remaining[1:]
        if remaining and _has_own_route(node):
            break
    return _specific_with_locale(node).route(request, remaining)


def _specific_with_locale(page):
    """`page.specific` (Wagtail's copy of the plain page's other attributes included), fetched with
    its locale: pages read it (translations, a course's default-language source) at no extra query.
    A page model's `serve_select_related` names more foreign keys its page always shows (a logo, a
    header image), fetched in the same query."""
    model = page.specific_class
    if model is None or isinstance(page, model):
        return page.specific
    related = ("locale", *getattr(model, "serve_select_related", ()))
    specific = model._default_manager.select_related(*related).get(id=page.id)
    for key, value in page.__dict__.items():
        specific.__dict__.setdefault(key, value)
    return specific


def _restricted_paths():
    """The tree paths below which a view restriction may apply: the restricted pages, and the
    aliases (and aliases of aliases) of restricted pages, whose subtrees follow their source's
    restrictions. A page outside all of them has no restriction; a page inside one is checked by the
    query below. Kept in the shared cache: every restriction saved or deleted (Wagtail copies a
    page's restrictions to a new alias of it), every page moved or published makes it stale
    (home/signals.py)."""
    restricted = PageViewRestriction.objects.values("page_id")
    return tuple(
        Page.objects.filter(
            Q(id__in=restricted) | Q(alias_of_id__in=restricted) | Q(alias_of__alias_of_id__in=restricted)
        )
        .order_by()
        .values_list("path", flat=True)
    )


class ViewRestrictionsInOneQuery:
    """Page mixin: the view restrictions on a page and its ancestors, in one query."""

    def get_view_restrictions(self):
        # Most pages lie in no restricted section: the shared list of sections says so without a query.
        if not self.path.startswith(shared("view-restricted-paths", _restricted_paths)):
            return PageViewRestriction.objects.none()
        steplen = Page.steplen
        on_path = Page.objects.filter(
            path__in=[self.path[:end] for end in range(steplen, len(self.path) + 1, steplen)]
        )
        return PageViewRestriction.objects.filter(
            Q(page__in=on_path.filter(alias_of__isnull=True).values("pk"))
            | Q(
                page__in=on_path.filter(alias_of__isnull=False, alias_of__alias_of__isnull=True).values(
                    "alias_of"
                )
            )
            | Q(page__in=on_path.filter(alias_of__alias_of__isnull=False).values("alias_of__alias_of"))
        )
