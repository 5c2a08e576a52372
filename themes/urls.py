"""Theme pages are served by the ThemeIndexPage (routable); this name keeps links stable meanwhile."""

from django.urls import path
from django.views.generic import RedirectView

urlpatterns = [
    path("themas/<slug:slug>/", RedirectView.as_view(url="/", permanent=False), name="theme_detail"),
]
