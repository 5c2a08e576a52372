"""Non-page endpoints of the search app (pages route themselves)."""

urlpatterns = []
