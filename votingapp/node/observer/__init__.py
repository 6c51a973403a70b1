"""The observer board: a read-only web page of the election that any station can serve on the LAN.

``server`` is the bounded HTTP server (standard library, the node's loop), ``board`` the public snapshot it
shows, ``page`` and ``static/`` its HTML, CSS, JS and icon, ``i18n`` its words, ``sources`` where the
snapshot comes from (a running node or a data dir), ``announce`` its zeroconf ``_http._tcp`` advert.
"""
