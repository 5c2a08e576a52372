"""Non-page endpoints of the academy app (pages route themselves). Mounted inside i18n_patterns.

Paths start with "mijn-" or "account/" so they never clash with the "academie" page route.
"""

from django.urls import include, path

from . import views

urlpatterns = [
    path("account/", include("allauth.urls")),
    path("mijn-academie/", views.mine, name="academy_mine"),
    path("mijn-academie/inschrijven/<int:session_id>/", views.enrol_view, name="academy_enrol"),
    path("mijn-academie/afmelden/<int:enrolment_id>/", views.cancel_view, name="academy_cancel"),
    path("mijn-academie/agenda/<str:token>.ics", views.feed, name="academy_feed"),
    path("mijn-academie/toestemming/", views.consent, name="academy_consent"),
    path("mijn-academie/privacy/", views.privacy_statement, name="academy_privacy"),
    path("mijn-gegevens/", views.my_data, name="academy_my_data"),
    path("mijn-gegevens/download/", views.export_data, name="academy_export"),
    path("mijn-gegevens/verwijderen/", views.delete_my_account, name="academy_delete_account"),
]
