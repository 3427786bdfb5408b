"""Builds WTForms classes from form definitions: one handler per question type."""
