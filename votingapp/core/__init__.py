"""The ledger: pure Python, no Qt, no sockets, no threads of its own (except the signature pool)."""
