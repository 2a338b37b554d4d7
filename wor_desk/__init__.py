"""WoR Desk core: store, domain, import, counts, letters, sync. Never imports Qt."""

__version__ = "0.1.0"
