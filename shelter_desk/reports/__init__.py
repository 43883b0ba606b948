"""The shelter's own statistics: one engine of tables (dimensions and counts) computed in
SQL over a period, and their exports. The network report reuses the same engine."""
