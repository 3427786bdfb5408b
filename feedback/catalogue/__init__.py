"""The built-in forms, defined as data (definitions/*.json), and their typed schema."""
