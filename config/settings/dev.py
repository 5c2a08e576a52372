"""Local development and `make run`. DEBUG follows DJANGO_DEBUG (on for `make dev`, off for `make run`)."""

from .base import *  # noqa: F403
from .base import env

SECRET_KEY = env("DJANGO_SECRET_KEY", default="dev-only-insecure-key-never-use-in-production")
DEBUG = env.bool("DJANGO_DEBUG", default=True)
