from tests.academy.conftest import academy, course, org_a, org_index, session, volunteer  # noqa: F401
