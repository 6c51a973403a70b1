"""A copied data dir: two laptops with one station key. The second is refused, and both sides say so in their
status (and the main window's alert box, which shows the same field), instead of one silently replacing the
other."""

from __future__ import annotations

import shutil

from tests.integration.cluster import NodeProcess, make_election, wait_until


def test_a_second_laptop_with_the_same_station_key_is_refused_and_both_sides_say_so(tmp_path):
    nodes, manifest = make_election(tmp_path, ["Desk 1", "Desk 2"], difficulty=4)
    desk1, desk2 = nodes
    copy = NodeProcess(tmp_path / "desk2-copy", "Desk 2 copy")
    desk1.start()
    try:
        desk2.start(join=manifest)  # joins the election, then is copied to another "laptop"
        desk2.stop()
        shutil.copytree(desk2.data_dir, copy.data_dir, dirs_exist_ok=True)
        desk2.start(peers=[desk1])
        wait_until(lambda: len(desk1.status()["peers"]) == 1, 30, "desk 2 to connect")
        copy.start(peers=[desk1])
        wait_until(lambda: desk1.status().get("key_conflict"), 30, "desk 1 to notice the copy")
        assert "two laptops use the key of station" in desk1.status()["key_conflict"]
        wait_until(lambda: copy.status().get("key_conflict"), 30, "the copy to be told")
        assert "another laptop runs with this station's key" in copy.status()["key_conflict"]
        # The original keeps its connection: the copy did not replace it.
        assert len(desk1.status()["peers"]) == 1
        assert desk2.status()["peers"] and not copy.status()["peers"]
    finally:
        for node in (copy, desk2, desk1):
            node.stop()
