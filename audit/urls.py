from django.urls import path

from .privacy import privacy_page

urlpatterns = [
    path("privacy/", privacy_page, name="privacy"),
]
