"""Encrypt the two-step secrets stored before accounts/secrets.py existed (TOTP keys, recovery-code
seeds and any codes allauth migrated from elsewhere). Reversible: the way back decrypts them."""

from django.db import migrations


def _convert(apps, convert):
    Authenticator = apps.get_model("mfa", "Authenticator")
    for authenticator in Authenticator.objects.filter(type__in=["totp", "recovery_codes"]).iterator():
        data = dict(authenticator.data or {})
        for key in ("secret", "seed"):
            if isinstance(data.get(key), str):
                data[key] = convert(data[key])
        if isinstance(data.get("migrated_codes"), list):
            data["migrated_codes"] = [convert(code) for code in data["migrated_codes"]]
        if data != authenticator.data:
            authenticator.data = data
            authenticator.save(update_fields=["data"])


def encrypt_secrets(apps, schema_editor):
    from accounts.secrets import encrypt

    _convert(apps, encrypt)


def decrypt_secrets(apps, schema_editor):
    from accounts.secrets import decrypt

    _convert(apps, decrypt)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("mfa", "0003_authenticator_type_uniq"),
    ]

    operations = [migrations.RunPython(encrypt_secrets, decrypt_secrets)]
