"""A named URL for theme pages, so chips link with `{% url 'theme_detail' slug=... %}`."""

from django.urls import path

from .views import theme_detail

urlpatterns = [
    path("themas/<slug:slug>/", theme_detail, name="theme_detail"),
]
