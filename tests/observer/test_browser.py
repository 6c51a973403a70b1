"""The observer board in a real headless Chromium, served by one of three real node processes (a secret ballot).

The page shows "sealed" before the close, turnout that changes after a vote without a reload (with JavaScript;
without it the page refreshes itself), the decrypted result after the close, the record and the manifest to
download (the record verifies), and says so when the station is lost.  It takes the README's screenshots at
phone width (360 px) and at 1920 px: set ``VOTINGAPP_OBSERVER_SCREENSHOTS=DIR`` to keep them.
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from tests.integration.cluster import NodeProcess, cli, free_port, make_election, wait_until
from tests.observer.browser import chromium, console_errors, screenshot

pytestmark = pytest.mark.slow


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[tuple[list[NodeProcess], Path, int]]:
    nodes, manifest = make_election(tmp_path, ["Desk 1", "Desk 2", "Desk 3"], ballot="secret")
    port = free_port()
    try:
        yield nodes, manifest, port
    finally:
        for node in nodes:
            node.kill9()


def _text(driver, element_id: str) -> str:
    return str(driver.find_element(By.ID, element_id).text)


def _wait_text(driver, element_id: str, predicate, timeout: float, what: str) -> str:
    def ready(d):
        try:
            text = _text(d, element_id)
        except Exception:  # the live part is being swapped in
            return False
        return text if predicate(text) else False

    return str(WebDriverWait(driver, timeout, poll_frequency=0.2).until(ready, what))


def _vote(node: NodeProcess, choice: str) -> None:
    voter_id = node.request("register", wait=True)["voter_id"]
    node.request("vote", voter_id=voter_id, choice=choice, wait=True)


def _keep(path: Path) -> None:
    target = os.environ.get("VOTINGAPP_OBSERVER_SCREENSHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(target) / path.name)


def test_the_board_of_a_three_station_secret_election_in_chromium(desks, tmp_path):
    (a, b, c), manifest, port = desks
    a.start(extra=["--observer-port", str(port)])
    b.start(peers=[a], join=manifest)
    c.start(peers=[a, b], join=manifest)
    url = f"http://127.0.0.1:{port}/"
    wait_until(lambda: a.status()["ceremony"] == "complete", 90, "the key ceremony")
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    with chromium(tmp_path / "profile", downloads) as browser, \
            chromium(tmp_path / "profile-nojs", javascript=False) as plain:
        browser.get(url)
        plain.get(url)
        assert _text(browser, "title") == "Test election"
        assert _text(browser, "results-status").startswith("Sealed — 0 of"), _text(browser, "results-status")
        assert "Every block checked by this station" in _text(browser, "checked")
        assert _text(browser, "voted") == "0" and _text(plain, "voted") == "0"
        stations = browser.find_element(By.CSS_SELECTOR, ".stations").text
        assert "Desk 1" in stations and "Desk 2" in stations and "Desk 3" in stations and "this station" in stations
        browser.execute_script("window.observerMarker = 'the same page';")

        _vote(b, "Alice")  # at another station: it reaches the board's station over the network
        _wait_text(browser, "voted", lambda t: t == "1", 30, "turnout 1 on the page")
        assert browser.execute_script("return window.observerMarker") == "the same page", "the page was reloaded"
        assert _text(browser, "turnout-line") == "Ballots: 1 · registered voters: 1"
        assert _text(browser, "conn").startswith("Updated ")
        # without JavaScript: the same page, which reloads itself (meta refresh)
        _wait_text(plain, "voted", lambda t: t == "1", 30, "turnout 1 on the page without JavaScript")
        assert _text(plain, "results-status").startswith("Sealed")

        for node, choice in ((c, "Bob"), (a, "Alice"), (b, "Carol"), (c, "Alice")):
            _vote(node, choice)
        _wait_text(browser, "voted", lambda t: t == "5", 30, "turnout 5 on the page")
        assert _text(browser, "results-status").startswith("Sealed — 0 of")
        shot = tmp_path / "observer-phone-sealed.png"
        assert screenshot(browser, shot, 360, scale=2, mobile=True)[0] == 360
        _keep(shot)

        a.request("close", wait=True)
        wait_until(lambda: a.request("tally").get("sealed") is False, 90, "the decryption")
        status = _wait_text(browser, "results-status", lambda t: t.startswith("Decrypted"), 30, "the decrypted result")
        assert status.startswith("Decrypted by 2 of 3 trustees") or status.startswith("Decrypted by 3 of 3"), status
        chart = browser.find_element(By.ID, "chart").text
        assert "Alice" in chart and "3 votes" in chart and "Bob" in chart and "1 vote" in chart, chart
        assert "Closed" in _text(browser, "phase")
        assert browser.execute_script("return window.observerMarker") == "the same page"

        # readable on a phone: nothing wider than the screen
        shot = tmp_path / "observer-phone.png"
        screenshot(browser, shot, 360, scale=2, mobile=True)
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
        _keep(shot)
        shot = tmp_path / "observer-desktop.png"
        assert screenshot(browser, shot, 1920, min_height=1080)[0] == 1920
        _keep(shot)
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})

        # the record and the manifest, downloaded by the browser; the record verifies
        browser.find_element(By.ID, "record-link").click()
        browser.find_element(By.ID, "manifest-link").click()
        record = wait_until(lambda: next(iter(downloads.glob("*.record")), None), 30, "the record download")
        got_manifest = wait_until(lambda: next(iter(downloads.glob("*.json")), None), 30, "the manifest download")
        wait_until(lambda: not list(downloads.glob("*.crdownload")), 30, "the downloads to finish")
        assert got_manifest.read_bytes() == manifest.read_bytes()
        out = cli("verify", str(record))
        assert out.returncode == 0, out.stderr
        assert "Alice 3, Bob 1, Carol 1" in out.stdout, out.stdout

        # the station's language and English
        browser.get(url + "?lang=fr")
        assert _text(browser, "results-status").startswith("Déchiffré par")
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr"
        browser.get(url + "?lang=ar")
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl"
        browser.get(url)
        assert not console_errors(browser), console_errors(browser)  # no script or style blocked by the CSP

        # the station goes away: the page says so, without a reload
        browser.execute_script("window.observerMarker = 'before the loss';")
        started = time.monotonic()
        a.stop()
        lost = _wait_text(browser, "conn", lambda t: t.startswith("Lost the station"), 20, "the lost station")
        assert "Retrying" in lost and time.monotonic() - started < 20
        assert browser.execute_script("return window.observerMarker") == "before the loss"
        assert _text(browser, "voted") == "5"  # the last figures stay on the page
