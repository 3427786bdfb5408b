"""Placeholder replaced by the demo generator."""


def generate(n_responses: int, seed: int = 2025) -> str:
    return "no demo data yet"
