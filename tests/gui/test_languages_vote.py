"""A whole vote in Arabic: the voter picks it on the booth's first page, the booth is mirrored (the way forward
on the left), every page is in Arabic, codes stay left to right, and the booth returns to the station's language
after the voter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.gui.conftest import info_of
from tests.gui.test_languages_windows import english_in
from tests.gui.test_secret_ballot import WAIT, secret_station
from votingapp.gui.ballot_window import BallotWindow
from votingapp.gui.translations import current_language, use_language

RTL = Qt.LayoutDirection.RightToLeft
LTR = Qt.LayoutDirection.LeftToRight


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    use_language(qapp, "en")


def x_of(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).x()


def arabic(text: str) -> bool:
    return any("\u0600" <= char <= "\u06ff" for char in text)


def test_a_whole_secret_vote_in_arabic_with_the_booth_mirrored(qtbot, app, tmp_path, start_station):
    station, complete = secret_station(tmp_path, start_station)
    qtbot.waitUntil(complete, timeout=WAIT)
    voter_id, _ = station.node.call(station.node.register)
    info = info_of(station)
    booth = BallotWindow(station.bridge, info)
    qtbot.addWidget(booth)
    booth.resize(1000, 760)
    booth.show()
    flow = booth.flow
    keep = {info.title, info.station_name, *info.options}
    pages: list[str] = []
    flow.page_changed.connect(pages.append)

    def check_page(name: str) -> None:
        qtbot.waitUntil(lambda: flow.page_name() == name, timeout=WAIT)
        assert booth.layoutDirection() == RTL and flow.layoutDirection() == RTL, name
        found = english_in([booth], "ar", keep)
        assert not found, f"{name}: {found[:5]}"
        assert any(arabic(text) for text in flow.texts_for_page()), name

    assert flow.page_name() == "entry" and booth.layoutDirection() == LTR
    assert flow.choose_language("ar")
    assert current_language(app) == "ar" and app.layoutDirection() == RTL
    check_page("entry")
    assert flow.enter_voter_id(voter_id)
    check_page("choice")
    assert flow.select_option(1) and flow.review()
    check_page("review")
    review = flow.review_page
    # Mirrored: the way forward (encrypt) on the left, the way back (change my choice) on the right.
    assert x_of(review.cast_button) < x_of(review.change_button)
    assert flow.cast()
    check_page("cast_or_check")
    page = flow.cast_or_check_page
    assert x_of(page.cast_ballot_button) < x_of(page.check_button)
    assert page.tracking_label.layoutDirection() == LTR  # a code reads left to right in Arabic too
    assert flow.cast()
    check_page("receipt")
    receipt = "".join(flow.receipt_label.text().split())
    assert len(receipt) == 64 and flow.receipt_label.layoutDirection() == LTR
    qtbot.waitUntil(lambda: station.node.call(station.node.tally).voted == 1, timeout=WAIT)
    assert [name for name in pages if name != "waiting"] == ["choice", "review", "cast_or_check", "receipt"]
    # The next voter finds the booth in the station's language again.
    with qtbot.waitSignal(booth.flow_started, timeout=WAIT):
        assert flow.finish()
    assert current_language(app) == "en" and app.layoutDirection() == LTR
    assert booth.flow.page_name() == "entry"
    assert "Type your voter ID, or scan the code on your slip." in booth.flow.texts_for_page()
    assert booth.layoutDirection() == LTR


def test_the_booth_in_english_keeps_the_way_forward_on_the_right(qtbot, app, authority):
    voter_id, _ = authority.node.call(authority.node.register)
    booth = BallotWindow(authority.bridge, info_of(authority))
    qtbot.addWidget(booth)
    booth.show()
    flow = booth.flow
    assert flow.enter_voter_id(voter_id)
    qtbot.waitUntil(lambda: flow.page_name() == "choice", timeout=WAIT)
    assert flow.select_option(0) and flow.review()
    review = flow.review_page
    assert x_of(review.cast_button) > x_of(review.change_button)
