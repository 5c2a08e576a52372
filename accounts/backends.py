from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class EmailOrUsernameBackend(ModelBackend):
    """Sign in with the user name or the email address."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if not username or password is None:
            return None
        User = get_user_model()
        user = (
            User._default_manager.filter(username=username).first()
            or User._default_manager.filter(email__iexact=username.strip()).first()
        )
        if user is None:
            User().set_password(password)  # same work either way (timing)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
