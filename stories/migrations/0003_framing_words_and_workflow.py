"""Seed the network's list of words to avoid, give SMOL the rights to manage it, create the workflow."""

from django.db import migrations

FRAMING_WORDS = [
    # (word, inflections, alternatives, explanation)
    (
        "kwetsbaren",
        "kwetsbare, kwetsbaar, kwetsbaarheid",
        "mensen die iets extra's kunnen gebruiken, deelnemers, buurtbewoners, mensen met talent",
        "Noem mensen naar wat ze doen of kunnen, niet naar wat ze missen.",
    ),
    (
        "armoede",
        "arm, arme, armen, armoedig",
        "krap bij kas, met een kleine portemonnee, rondkomen met weinig geld, bestaanszekerheid",
        "Beschrijf de situatie en wat mensen samen doen, geen etiket.",
    ),
    (
        "ondersteuning",
        "ondersteunen, ondersteunt, ondersteund, ondersteunde",
        "samenwerking, een steuntje in de rug, samen optrekken, meedenken, helpen",
        "Laat zien dat mensen samen iets doen, niet dat de één de ander draagt.",
    ),
    (
        "sociaal domein",
        "sociale domein",
        "welzijn, zorg en welzijn in de buurt, samenleven, ons netwerk",
        "Ambtelijke taal: zeg wat het is.",
    ),
    (
        "burger",
        "burgers",
        "inwoners, Limburgers, buurtbewoners, mensen",
        "Spreek mensen aan als inwoner of als Limburger.",
    ),
    (
        "eenzamen",
        "eenzame, vereenzaamd, vereenzaamde",
        "mensen die graag meer contact willen, nieuwe buren, deelnemers",
        "",
    ),
    (
        "hulpbehoevenden",
        "hulpbehoevende, hulpbehoevend",
        "mensen die iets extra's kunnen gebruiken, deelnemers",
        "",
    ),
    (
        "probleemwijk",
        "probleemwijken",
        "wijk in ontwikkeling, levendige wijk, onze buurt",
        "",
    ),
]


def seed(apps, schema_editor):
    FramingWord = apps.get_model("stories", "FramingWord")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    for word, inflections, alternatives, explanation in FRAMING_WORDS:
        FramingWord.objects.get_or_create(
            word=word,
            defaults={"inflections": inflections, "alternatives": alternatives, "explanation": explanation},
        )

    # Only SMOL manages the list: model permissions for the SMOL groups, nobody else.
    content_type, _ = ContentType.objects.get_or_create(app_label="stories", model="framingword")
    permissions = []
    for action in ("add", "change", "delete", "view"):
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type,
            codename=f"{action}_framingword",
            defaults={"name": f"Can {action} woord om te vermijden"},
        )
        permissions.append(permission)
    for name in ("SMOL redactie", "SMOL moderatie"):
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*permissions)

    # The moderation workflow (assigned to the directory pages by stories.moderation.ensure_workflow).
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    moderators, _ = Group.objects.get_or_create(name="SMOL moderatie")
    workflow, _ = Workflow.objects.get_or_create(name="Verhalen moderatie", defaults={"active": True})
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(
            name="Goedkeuring door SMOL moderatie", active=True, content_type=task_type
        )
        task.groups.add(moderators)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)


class Migration(migrations.Migration):
    dependencies = [
        ("stories", "0002_story_fields"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
