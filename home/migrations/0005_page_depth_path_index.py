"""An index on Wagtail's page tree by (depth, path).

Wagtail finds a page's children with `depth = n AND path LIKE 'parent%'`. The path index alone
covers every descendant, so near the root (the home page, the organisations index) PostgreSQL reads
the whole tree; with (depth, path) it reads only the children. Plain SQL on Wagtail's table, the
same on SQLite and PostgreSQL.
"""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_content_page"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS home_page_depth_path ON wagtailcore_page (depth, path)",
            reverse_sql="DROP INDEX IF EXISTS home_page_depth_path",
        )
    ]
