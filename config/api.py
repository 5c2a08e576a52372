"""The public read-only API (Wagtail API v2). Apps register their endpoints here."""

from wagtail.api.v2.router import WagtailAPIRouter

api_router = WagtailAPIRouter("wagtailapi")

# --- stories ---
from stories.api import StoriesAPIViewSet  # noqa: E402

api_router.register_endpoint("stories", StoriesAPIViewSet)
