"""Non-page endpoints of the organisations app (pages route themselves)."""

urlpatterns = []
