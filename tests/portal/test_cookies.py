"""The portal reads its own two cookies straight from the Cookie header."""

from __future__ import annotations

import pytest
from aiohttp import web
from aiohttp.test_utils import make_mocked_request
from multidict import CIMultiDict

from app.portal.context import cookie


def request_with(*headers: str) -> web.Request:
    return make_mocked_request("GET", "/api/state",
                               headers=CIMultiDict([("Cookie", h) for h in headers]))


@pytest.mark.parametrize(("headers", "expected"), [
    ((), ""),
    (("rt_p=abc_DEF-123",), "abc_DEF-123"),
    (("other=1; rt_p=abc; rt_csrf=xyz",), "abc"),
    (("rt_px=wrong;rt_p=right",), "right"),  # a longer name is another cookie
    (("rt_p",), ""),  # a name without a value
    (("theme=dark", "rt_p=second-header"), "second-header"),
    (("  rt_p=spaced  ; x=1",), "spaced"),
    (("rt_p=a=b",), "a=b"),  # a value is everything after the first "="
])
def test_a_portal_cookie_is_found_by_its_exact_name(headers: tuple[str, ...],
                                                    expected: str) -> None:
    assert cookie(request_with(*headers), "rt_p") == expected
