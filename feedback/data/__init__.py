"""The data layer: typed models, and the query functions that views are allowed to call."""
