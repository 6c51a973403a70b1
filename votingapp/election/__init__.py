"""Qt-free election setup and audit that work on a data dir or an exported record, without a running node.

Layer: above ``store`` and ``core``, below ``gui`` and ``cli`` (see ``docs/architecture.md``).
"""
