"""A LAN of network namespaces for tests; the LAN itself is :mod:`votingapp.bench.netns` (shared with the soak).

This module adds the pytest marks: ``pytestmark = requires_netns()`` marks a module and skips it with the
reason where namespaces cannot be built (not root, no iproute2)::

    with NamespaceLan(3) as lan:
        proc = lan.popen(0, [sys.executable, "script.py", lan.addresses[0]])
        lan.cut(2)   # station 2 loses its link
        lan.heal(2)
    # every process started by lan.popen is killed and every namespace is gone here
"""

from __future__ import annotations

import os

import pytest

from votingapp.bench.netns import (
    NAME_PREFIX,
    NamespaceLan,
    NetnsError,
    existing_namespaces,
    netns_available,
    netns_unavailable_reason,
)

__all__ = [
    "NAME_PREFIX",
    "NamespaceLan",
    "NetnsError",
    "existing_namespaces",
    "netns_available",
    "netns_unavailable_reason",
    "requires_netns",
]


def requires_netns() -> list[pytest.MarkDecorator]:
    """Marks for a test (or ``pytestmark``) that builds namespace LANs: ``netns``, and a skip with the reason
    where that cannot work. With ``VOTINGAPP_REQUIRE_NETNS=1`` (for CI) there is no skip: the test fails."""
    reason = netns_unavailable_reason()
    required = os.environ.get("VOTINGAPP_REQUIRE_NETNS", "") not in ("", "0")
    return [pytest.mark.netns, pytest.mark.skipif(reason is not None and not required, reason=str(reason))]
