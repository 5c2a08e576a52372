"""The search view: /zoeken/ in Dutch, /en/zoeken/ in English (inside i18n_patterns)."""

from django.urls import path

from . import views

urlpatterns = [
    path("zoeken/", views.search_view, name="site_search"),
    path("zoeken/suggesties/", views.suggestions_view, name="site_search_suggestions"),
]
