"""A real headless Chromium (Debian's ``chromium`` and ``chromium-driver``) driven by Selenium, for the board."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"


@contextmanager
def chromium(profile: Path, downloads: Path | None = None, javascript: bool = True) -> Iterator[webdriver.Chrome]:
    """A headless Chromium with its own profile dir; ``downloads``: where downloads go (no prompt)."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                "--disable-background-networking", "--disable-extensions", "--disable-sync",
                f"--user-data-dir={profile}", "--window-size=1200,900", "--lang=en-US"):
        options.add_argument(arg)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    prefs: dict[str, Any] = {}
    if downloads is not None:
        prefs.update({"download.default_directory": str(downloads), "download.prompt_for_download": False,
                      "safebrowsing.enabled": False})
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    if prefs:
        options.add_experimental_option("prefs", prefs)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        driver.set_page_load_timeout(30)
        yield driver
    finally:
        driver.quit()


def screenshot(driver: webdriver.Chrome, path: Path, width: int, scale: float = 1.0, mobile: bool = False,
               min_height: int = 600) -> tuple[int, int]:
    """A screenshot of the whole page at a viewport ``width`` CSS px wide; its (width, height) in CSS px."""
    def metrics(height: int) -> None:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile})

    metrics(min_height)
    height = max(min_height, int(driver.execute_script("return document.documentElement.scrollHeight")))
    metrics(height)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(driver.get_screenshot_as_png())
    return width, height


def console_errors(driver: webdriver.Chrome) -> list[str]:
    """Messages the page logged as errors (a blocked script or style, a failed fetch, ...)."""
    return [entry["message"] for entry in driver.get_log("browser") if entry.get("level") == "SEVERE"]
