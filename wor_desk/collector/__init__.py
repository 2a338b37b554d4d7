"""The collector: receives the desks' anonymised monthly counts and totals them per scope.

`wor-desk collector serve` runs `wor_desk.collector.app` on uvicorn over the store of
`wor_desk.collector.db` (SQLite by default, PostgreSQL by URL). See docs/sync.md."""
