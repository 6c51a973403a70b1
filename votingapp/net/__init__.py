"""Networking: TCP gossip and sync between stations, zeroconf discovery (no Qt)."""
