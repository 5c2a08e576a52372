"""The scale-out block of the settings: task backend, sessions, S3 media, production's CSP."""

import pytest
from django.core.exceptions import ImproperlyConfigured


def test_single_machine_defaults(load_settings):
    names = load_settings()
    assert names["TASKS"]["default"]["BACKEND"] == "django_tasks.backends.immediate.ImmediateBackend"
    assert names["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"
    assert names["STORAGES"]["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert names["MEDIA_ORIGINS"] == []


def test_database_task_queue(load_settings):
    names = load_settings(TASKS_BACKEND="database")
    assert names["TASKS"]["default"]["BACKEND"] == "django_tasks_db.DatabaseBackend"
    assert "django_tasks_db" in names["INSTALLED_APPS"]


def test_unknown_task_backend_is_refused_with_the_choices(load_settings):
    with pytest.raises(ImproperlyConfigured, match="immediate, database, dummy"):
        load_settings(TASKS_BACKEND="celery")


def test_sessions_in_redis_only_when_redis_is_configured(load_settings):
    with_redis = load_settings(SESSION_BACKEND="cache", REDIS_URL="redis://127.0.0.1:6379/3")
    assert with_redis["SESSION_ENGINE"] == "django.contrib.sessions.backends.cached_db"
    without_redis = load_settings(SESSION_BACKEND="cache")
    assert without_redis["SESSION_ENGINE"] == "django.contrib.sessions.backends.db"
    with pytest.raises(ImproperlyConfigured):
        load_settings(SESSION_BACKEND="files")


def test_s3_media(load_settings):
    names = load_settings(
        AWS_STORAGE_BUCKET_NAME="smol-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.org",
        AWS_S3_ADDRESSING_STYLE="path",
    )
    assert names["STORAGES"]["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert names["STORAGES"]["staticfiles"]["BACKEND"].startswith("whitenoise.")
    assert names["SERVE_MEDIA"] is False
    assert names["AWS_S3_FILE_OVERWRITE"] is False
    assert names["AWS_QUERYSTRING_AUTH"] is False
    assert names["AWS_S3_ADDRESSING_STYLE"] == "path"
    assert names["MEDIA_ORIGINS"] == ["https://s3.example.org", "https://smol-media.s3.example.org"]


def test_media_origin_of_a_cdn_and_of_aws(load_settings):
    cdn = load_settings(AWS_STORAGE_BUCKET_NAME="smol-media", AWS_S3_CUSTOM_DOMAIN="media.example.org")
    assert cdn["MEDIA_ORIGINS"] == ["https://media.example.org"]
    aws = load_settings(AWS_STORAGE_BUCKET_NAME="smol-media", AWS_S3_REGION_NAME="eu-central-1")
    assert "https://smol-media.s3.eu-central-1.amazonaws.com" in aws["MEDIA_ORIGINS"]
    # Empty variables (the example env file has several) leave boto3 its defaults.
    for name in (
        "AWS_S3_ENDPOINT_URL",
        "AWS_ACCESS_KEY_ID",
        "AWS_S3_CUSTOM_DOMAIN",
        "AWS_S3_ADDRESSING_STYLE",
    ):
        assert aws[name] is None, name


def test_s3_storage_works_with_the_example_env_files_empty_values(load_settings, settings):
    from storages.backends.s3 import S3Storage

    names = load_settings(AWS_STORAGE_BUCKET_NAME="smol-media", AWS_S3_REGION_NAME="eu-central-1")
    for name, value in names.items():
        if name.startswith("AWS_"):
            setattr(settings, name, value)
    url = S3Storage().url("images/foto.fill-120x80.jpg")
    assert url.startswith("https://smol-media.s3")
    assert url.split("/", 3)[2] in {origin.split("//")[1] for origin in names["MEDIA_ORIGINS"]}


def test_production_csp_lets_pages_show_images_from_the_bucket(load_settings):
    local = load_settings("config.settings.production")
    assert local["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"] == ["'self'", "data:"]
    s3 = load_settings(
        "config.settings.production",
        AWS_STORAGE_BUCKET_NAME="smol-media",
        AWS_S3_CUSTOM_DOMAIN="media.example.org",
    )
    assert "https://media.example.org" in s3["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]


def test_production_takes_the_visitors_address_from_the_proxy_header(load_settings):
    direct = load_settings("config.settings.production")
    assert "AXES_CLIENT_IP_CALLABLE" not in direct
    proxied = load_settings("config.settings.production", DJANGO_CLIENT_IP_HEADER="X-Real-IP")
    assert proxied["AXES_CLIENT_IP_CALLABLE"] == "config.proxy.client_ip"
    assert proxied["ALLAUTH_TRUSTED_CLIENT_IP_HEADER"] == "X-Real-IP"


def test_client_ip_reads_the_named_header_only(rf, settings):
    from config.proxy import client_ip

    request = rf.get("/", HTTP_X_REAL_IP="203.0.113.7", REMOTE_ADDR="127.0.0.1")
    settings.CLIENT_IP_HEADER = ""
    assert client_ip(request) == "127.0.0.1"
    settings.CLIENT_IP_HEADER = "X-Real-IP"
    assert client_ip(request) == "203.0.113.7"
    assert client_ip(rf.get("/", REMOTE_ADDR="127.0.0.1")) == "127.0.0.1"
