"""votingapp: a polling station on a LAN, recorded on a small blockchain."""

__version__ = "0.1.0"
