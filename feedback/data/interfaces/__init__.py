"""Query functions: the only way views and commands reach the database."""
