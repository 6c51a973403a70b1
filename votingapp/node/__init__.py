"""The running node: the facade (:mod:`.facade`), its typed events and query results, the chain service on
the node's loop thread, the miner, the zeroconf glue and the local control endpoint.

Layer: above ``net`` and ``store``, below ``gui`` and ``cli`` (see ``docs/architecture.md``).
"""
