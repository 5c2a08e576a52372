from tests.academy.conftest import (  # noqa: F401
    academy,
    course,
    org_a,
    org_index,
    session,
    volunteer,
    volunteer_client,
)
