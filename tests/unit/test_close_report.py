"""After the close: the close report names the late returns, when the result changed, and which stations hold
the closed chain (core/close_report.py, shown by status, tally and the windows)."""

from __future__ import annotations

from tests.unit.chainmaker import ChainMaker, make_election
from votingapp.core.close_report import close_report, describe_close
from votingapp.core.keys import fingerprint
from votingapp.core.verify import verify_chain


def _closed_chain_with_late_returns() -> tuple[ChainMaker, list[int]]:
    election = make_election(stations=3)
    desk, _desk2, booth = election.stations
    maker = ChainMaker(election)
    voters = [election.voter(i) for i in range(4)]
    maker.add([election.register(v) for v in voters], miner=desk)
    maker.add([election.vote(voters[0], "Alice")], miner=desk)
    late = [election.vote(voters[1], "Bob"), election.vote(voters[2], "Carol")]  # cast at the booth, cut off
    close = election.close()
    maker.add([close], miner=desk)
    maker.add(late, miner=booth)  # the booth comes back: its ballots cast before the close count
    return maker, [close.time]


def test_the_late_returns_and_the_stations_holding_the_closed_chain_are_named() -> None:
    maker, (close_time,) = _closed_chain_with_late_returns()
    election = maker.election
    state = verify_chain(election.genesis, maker.encoded()).state
    by_height = {b.height: b for b in maker.blocks}
    report = close_report(by_height.get, len(maker.blocks))
    assert report is not None
    assert report.close_height == 3 and report.close_time == close_time
    assert [(r.height, r.casts, r.miner) for r in report.late_returns] == [(4, 2, election.stations[2].public)]
    assert report.changed_at == maker.blocks[-1].time and report.late_casts == 2
    assert report.reconciled == frozenset({election.stations[0].public, election.stations[2].public})

    info = describe_close(by_height.get, len(maker.blocks), state, None,
                          peers=((election.stations[1].public.hex(), 3),))
    assert info is not None
    assert info.waiting == ()  # Desk 2 is connected at the close's height: it holds the closed chain
    assert f"Desk 3 ({fingerprint(election.stations[2].public)})" in info.late_returns[0].station
    assert info.to_json()["late_returns"][0]["casts"] == 2

    alone = describe_close(by_height.get, len(maker.blocks), state, None)
    assert alone is not None and alone.waiting == (f"Desk 2 ({fingerprint(election.stations[1].public)})",)


def test_no_report_before_the_close_and_none_changed_right_after_it() -> None:
    election = make_election(stations=1)
    maker = ChainMaker(election)
    voter = election.voter(0)
    maker.add([election.register(voter)])
    by_height = {b.height: b for b in maker.blocks}
    assert close_report(by_height.get, 1) is None
    maker.add([election.vote(voter, "Alice"), election.close()])
    by_height = {b.height: b for b in maker.blocks}
    report = close_report(by_height.get, 2)
    assert report is not None and report.late_returns == () and report.changed_at is None
