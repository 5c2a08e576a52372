"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live server.

Skipped, with the reason shown, only where no Chromium is installed; REQUIRE_BROWSER=1 (CI) turns
that skip into a failure. Playwright never downloads a browser here.
"""

import os
import shutil

import pytest

CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]

# Playwright's sync API runs an event loop in this thread; the ORM calls in tests are still sync.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        message = f"Chromium not found at {CHROMIUM}: install Debian's chromium to run browser tests"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message + " (REQUIRE_BROWSER=1)")
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def mobile_page(browser, live_server):
    context = browser.new_context(
        base_url=live_server.url, locale="nl-NL", viewport={"width": 320, "height": 640}
    )
    page = context.new_page()
    yield page
    context.close()


def axe_violations(page):
    """Run axe-core (bundled with axe-playwright-python) on the page; return the violations.

    Waits for the page to finish loading first: axe run during a navigation finds no document.
    """
    from axe_playwright_python.sync_playwright import Axe

    page.wait_for_load_state("load")
    page.wait_for_function("document.readyState === 'complete' && document.documentElement !== null")
    results = Axe().run(page)
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in results.response["violations"]
    ]


@pytest.fixture
def assert_accessible():
    def check(page):
        violations = axe_violations(page)
        assert violations == [], f"axe-core violations on {page.url}: {violations}"

    return check
