"""Endpoints of the records app (progress, certificates, passport, matching). Inside i18n_patterns."""

from django.urls import path

from . import views

urlpatterns = [
    path("mijn-leerdossier/", views.dossier, name="records_dossier"),
    path(
        "mijn-leerdossier/ervaring/<int:step_id>/",
        views.request_experience,
        name="records_request_experience",
    ),
    path(
        "mijn-leerdossier/certificaat/<str:code>.pdf",
        views.certificate_download,
        name="records_certificate_pdf",
    ),
    path("mijn-leerdossier/paspoort/", views.passport, name="records_passport"),
    path("mijn-leerdossier/paspoort.pdf", views.passport_pdf, name="records_passport_pdf"),
    path("mijn-leerdossier/paspoort/delen/", views.share_create, name="records_share_create"),
    path(
        "mijn-leerdossier/paspoort/delen/<int:share_id>/intrekken/",
        views.share_revoke,
        name="records_share_revoke",
    ),
    path("paspoort/<str:token>/", views.passport_shared, name="records_passport_shared"),
    path("paspoort/<str:token>/pdf/", views.passport_shared_pdf, name="records_passport_shared_pdf"),
    path("certificaat/", views.verify, name="records_verify_form"),
    path("certificaat/<str:code>/", views.verify, name="records_verify"),
    path("welke-organisatie-past/", views.match, name="records_match"),
    path(
        "welke-organisatie-past/kennismaking/<int:organisation_id>/",
        views.introduction,
        name="records_introduction",
    ),
]
