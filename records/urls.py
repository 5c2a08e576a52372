"""Endpoints of the records app (progress, certificates, passport, matching)."""

urlpatterns = []
