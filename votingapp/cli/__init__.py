"""The command line (``python -m votingapp COMMAND``): parsing, the control client's use, one module per
command group.  Layer: above ``node`` and ``election``, beside ``gui`` (see ``docs/architecture.md``).
"""
