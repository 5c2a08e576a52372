from django.conf import settings
from django.shortcuts import render


def lockout(request, original_response=None, credentials=None):
    """The page shown while log-in is blocked (django-axes), in plain Dutch, status 429."""
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "cooloff_minutes": minutes}
    return render(request, "audit/lockout.html", context, status=429)
