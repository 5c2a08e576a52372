"""The large demo dataset, search's part: index every large page in the site search, in bulk.

Runs last (INSTALLED_APPS order). The pages of the large dataset are inserted without signals, so they
have no SearchDocument yet; `index_missing` builds them with the same code as the signals do.
Wagtail's own search index (admin search) is left to `manage.py update_index`.
"""

from home.demo_large import timed

from .indexing import index_missing


def load(ctx):
    with timed(ctx, "site search documents") as result:
        result["created"] = index_missing()
    return result["created"]
