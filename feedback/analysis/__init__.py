"""Text analysis in pure Python (no Flask): sentiment, themes, disclosures, redaction."""
