"""Demo content of the search app: the index over all demo pages and one pinned result.

Runs last (INSTALLED_APPS order), after every app has created its pages. Idempotent: the second
run finds every document and the promotion in place and creates nothing.
"""

from django.contrib.auth.models import Permission
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from home.demo import ensure_smol_groups

from .indexing import index_missing


def load(ctx):
    # Published pages were indexed by the signals already; this adds any page that was not. (A full
    # rebuild here would take minutes once the large demo dataset is loaded: rebuild_site_search.)
    created = index_missing()
    groups = ensure_smol_groups()
    report = Permission.objects.get(content_type__app_label="site_search", codename="view_missedquery")
    groups["SMOL redactie"].permissions.add(report)
    from organisations.models import OrganisationPage

    organisation = (
        OrganisationPage.objects.live()
        .filter(locale__language_code="nl", slug__icontains="humanitas")
        .first()
        or OrganisationPage.objects.live().filter(locale__language_code="nl").order_by("title").first()
    )
    if organisation is not None:
        query = Query.get("vrijwilliger worden")
        _promotion, was_created = SearchPromotion.objects.get_or_create(
            query=query,
            page=organisation,
            defaults={
                "description": "Wilt u vrijwilliger worden? Begin hier.",
                "sort_order": 0,
            },
        )
        created += was_created
    return created
