"""The node's error for people."""

from __future__ import annotations


class NodeError(Exception):
    """A request the node cannot carry out, with a message for people."""
