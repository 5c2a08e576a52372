"""Non-page endpoints of the academy app (pages route themselves)."""

urlpatterns = []
