"""Networking: TCP gossip and sync between stations, zeroconf discovery (no Qt).

The pieces the node uses: :class:`~votingapp.net.network.Network` (server, peers, gossip, sync),
:func:`~votingapp.net.genesis_fetch.fetch_genesis`, and the
:class:`~votingapp.net.chain_access.ChainAccess` contract the node implements.
"""
