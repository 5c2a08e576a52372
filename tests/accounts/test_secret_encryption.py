"""Two-step secrets are stored encrypted (accounts/secrets.py), older plain ones still work and are
encrypted by migration 0002, and a secret no key opens gives refused codes, not an error."""

import importlib
import logging

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, format_hotp_value, generate_totp_secret, hotp_value
from django.apps import apps
from django.core.cache import cache

from accounts.factories import UserFactory
from accounts.secrets import PREFIX

pytestmark = pytest.mark.django_db


def code_for(secret):
    import time

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_the_totp_key_and_recovery_seed_are_not_stored_in_the_clear():
    user = UserFactory()
    secret = generate_totp_secret()
    totp = TOTP.activate(user, secret)
    codes = RecoveryCodes.activate(user).generate_codes()

    stored = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"]
    assert stored.startswith(PREFIX) and secret not in stored
    seed = Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES).data["seed"]
    assert seed.startswith(PREFIX)

    assert TOTP(Authenticator.objects.get(pk=totp.instance.pk)).validate_code(code_for(secret))
    assert RecoveryCodes.activate(user).generate_codes() == codes


def test_a_rotated_key_still_opens_old_secrets(settings):
    user = UserFactory()
    secret = generate_totp_secret()
    settings.MFA_ENCRYPTION_KEYS = ["old-key"]
    totp = TOTP.activate(user, secret)
    settings.MFA_ENCRYPTION_KEYS = ["new-key", "old-key"]
    assert TOTP(Authenticator.objects.get(pk=totp.instance.pk)).validate_code(code_for(secret))


def test_a_secret_no_key_opens_refuses_the_code_and_logs(settings, caplog):
    user = UserFactory()
    secret = generate_totp_secret()
    settings.MFA_ENCRYPTION_KEYS = ["old-key"]
    totp = TOTP.activate(user, secret)
    settings.MFA_ENCRYPTION_KEYS = ["another-key"]
    with caplog.at_level(logging.ERROR, logger="accounts.secrets"):
        assert TOTP(Authenticator.objects.get(pk=totp.instance.pk)).validate_code(code_for(secret)) is False
    assert "could not be decrypted" in caplog.text


def test_the_migration_encrypts_plain_secrets_and_they_keep_working():
    user = UserFactory()
    secret = generate_totp_secret()
    plain = Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": secret})
    codes_row = Authenticator.objects.create(
        user=user,
        type=Authenticator.Type.RECOVERY_CODES,
        data={"seed": "ab" * 40, "used_mask": 0, "migrated_codes": ["12345678"]},
    )
    assert TOTP(plain).validate_code(code_for(secret))  # read as it was stored

    migration = importlib.import_module("accounts.migrations.0002_encrypt_two_step_secrets")
    migration.encrypt_secrets(apps, None)

    plain.refresh_from_db()
    codes_row.refresh_from_db()
    assert plain.data["secret"].startswith(PREFIX)
    assert codes_row.data["seed"].startswith(PREFIX) and codes_row.data["used_mask"] == 0
    assert codes_row.data["migrated_codes"][0].startswith(PREFIX)
    assert RecoveryCodes(codes_row).generate_codes() == ["12345678"]
    cache.clear()  # allauth refuses a code used before within its period
    assert TOTP(plain).validate_code(code_for(secret))

    migration.decrypt_secrets(apps, None)  # and back
    plain.refresh_from_db()
    assert plain.data["secret"] == secret
