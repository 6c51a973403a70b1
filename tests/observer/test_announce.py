"""The board is announced by zeroconf as an ``_http._tcp`` service with a clear name, and withdrawn on stop.

A real node (in this process) with discovery on the loopback interface serves the board; a separate zeroconf
browser on 127.0.0.1 finds the service, resolves it to the board's address, and the page answers there.
"""

from __future__ import annotations

import threading
import urllib.request
from pathlib import Path

from zeroconf import IPVersion, ServiceBrowser, ServiceInfo, ServiceStateChange, Zeroconf

from tests.cli.helpers import create_election
from votingapp.node.facade import Node
from votingapp.node.observer.announce import SERVICE_TYPE, service_label
from votingapp.node.options import NodeOptions

TIMEOUT = 15.0


def test_service_label_is_clear_and_fits_dns():
    assert service_label("Desk 1", "Town vote") == "Observer board — Town vote (Desk 1)"
    long = service_label("Desk\n1", "a.b" * 40)
    assert len(long.encode()) <= 63 and "\n" not in long and "." not in long


def test_the_node_announces_its_board_and_withdraws_it(tmp_path: Path):
    data_dir = tmp_path / "desk"
    create_election(data_dir, "--name", "Desk 1")
    node = Node(data_dir, NodeOptions(listen_host="127.0.0.1", listen_port=0, discovery=True,
                                      discovery_interfaces=["127.0.0.1"], control=False, observer_port=0))
    added: dict[str, ServiceInfo] = {}
    removed: set[str] = set()
    found = threading.Event()
    gone = threading.Event()
    browser_zc = Zeroconf(interfaces=["127.0.0.1"], ip_version=IPVersion.V4Only)

    def changed(zeroconf: Zeroconf, service_type: str, name: str, state_change: ServiceStateChange) -> None:
        if not name.startswith("Observer board"):
            return
        if state_change is ServiceStateChange.Removed:
            removed.add(name)
            gone.set()
            return
        info = zeroconf.get_service_info(service_type, name, timeout=3000)
        if info is not None:
            added[name] = info
            found.set()

    browser = ServiceBrowser(browser_zc, SERVICE_TYPE, handlers=[changed])
    try:
        node.start()
        url = node.call(node.observer_url)
        assert url is not None and url.startswith("http://127.0.0.1:")
        assert found.wait(TIMEOUT), "no _http._tcp service announced"
        name, info = next(iter(added.items()))
        assert name == f"Observer board — Test vote (Desk 1).{SERVICE_TYPE}"
        assert info.properties[b"path"] == b"/" and info.parsed_addresses() == ["127.0.0.1"]
        assert url == f"http://127.0.0.1:{info.port}/"
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.status == 200 and b"Test vote" in response.read()
        node.stop()
        assert gone.wait(TIMEOUT) and name in removed, "the service was not withdrawn"
    finally:
        browser.cancel()
        browser_zc.close()
        node.stop()
