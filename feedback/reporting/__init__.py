"""Reporting: filters, small-number suppression and charts, shared by pages and exports."""
