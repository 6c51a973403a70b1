"""Run control requests against the node of a data dir from inside a network namespace; print JSON.

Usage: python ns_client.py DATA_DIR '[["register", {"wait": true}], ["status", {}]]'
Each result is printed as one JSON line: {"ok": true, "result": ...} or {"ok": false, "error": "..."}.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from votingapp.node.control_client import ControlRefused, NoNodeRunning, request
from votingapp.store.datadir import DataDir


def main() -> None:
    data_dir = DataDir(sys.argv[1])
    for cmd, args in json.loads(sys.argv[2]):
        try:
            print(json.dumps({"ok": True, "result": request(data_dir, cmd, timeout=60, **args)}), flush=True)
        except (ControlRefused, NoNodeRunning) as exc:
            print(json.dumps({"ok": False, "error": str(exc)}), flush=True)


if __name__ == "__main__":
    main()
