"""Real node processes on 127.0.0.1 for integration tests (the launcher is shared with the benchmark)."""

from votingapp.bench.cluster import ROOT, NodeProcess, cli, free_port, make_election, wait_until

__all__ = ["ROOT", "NodeProcess", "cli", "free_port", "make_election", "wait_until"]
