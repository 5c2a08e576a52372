"""The public read-only API (Wagtail API v2). Apps register their endpoints here."""

from wagtail.api.v2.router import WagtailAPIRouter

api_router = WagtailAPIRouter("wagtailapi")
