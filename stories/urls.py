"""Non-page endpoints of the stories app (pages route themselves)."""

urlpatterns = []
