"""Which pages the public may see, as part of the listing's own query.

Wagtail's `PageQuerySet.public()` first reads every view restriction (one query each time it is
called) and then excludes their subtrees. `public_q()` says the same thing as a subquery, so a
listing costs one query whether or not the site has private sections.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def public_q(path_field="path"):
    """Condition: the page (its tree path in `path_field`) lies in no restricted section."""
    restricted_above = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef(path_field), 1, Length("page__path"))
    )
    return ~Exists(restricted_above)
