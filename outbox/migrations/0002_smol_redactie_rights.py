"""SMOL redactie may look at the outbox and send a message again; nobody else (superusers aside)."""

from django.db import migrations

RIGHTS = [
    ("view_outgoingmail", "Can view uitgaande e-mail"),
    ("retry_outgoingmail", "Kan e-mail opnieuw laten versturen"),
]


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type, _ = ContentType.objects.get_or_create(app_label="outbox", model="outgoingmail")
    permissions = [
        Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )[0]
        for codename, name in RIGHTS
    ]
    group, _ = Group.objects.get_or_create(name="SMOL redactie")
    group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("outbox", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
