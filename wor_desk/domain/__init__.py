"""The domain: tables (models) and the rules of the six steps (process)."""
