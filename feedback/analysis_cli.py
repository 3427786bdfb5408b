"""``flask analyse``: JSON lines in, one JSON line of analysis out per line.

Contract: each input line is {"id": ..., "text": ..., "respondent": ..., "form": ...}
(only id and text required). Each output line, in the same order, is {"id", "sentiment":
{"label", "score"}, "themes": [...], "disclosure": {"flag", "category", "evidence"},
"redacted"}; an invalid line gives {"id": <id or null>, "error": "..."} and processing
goes on. No database and no network are used.
"""

from __future__ import annotations

import json
import sys
from typing import IO, Any

import click

from feedback.analysis import analyse, to_json

RESPONDENTS = ("child", "parent", "professional")


def _error(item_id: Any, message: str) -> dict[str, Any]:
    return {"id": item_id, "error": message}


def analyse_line(line: str) -> dict[str, Any]:
    """The output object for one input line (never raises)."""
    try:
        item = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return _error(None, f"invalid JSON: {exc}")
    if not isinstance(item, dict):
        return _error(None, "each line must be a JSON object")
    item_id = item.get("id")
    if isinstance(item_id, (dict, list)):
        return _error(None, "id must be a string or a number")
    if "id" not in item or item_id is None or isinstance(item_id, bool):
        return _error(None, "missing id")
    text = item.get("text")
    if not isinstance(text, str):
        return _error(item_id, "text must be a string" if "text" in item else "missing text")
    respondent = item.get("respondent")
    if respondent is not None and respondent not in RESPONDENTS:
        return _error(item_id, f"respondent must be one of {', '.join(RESPONDENTS)}")
    form = item.get("form")
    if form is not None and not isinstance(form, str):
        return _error(item_id, "form must be a string")
    try:
        return {"id": item_id, **to_json(analyse(text, respondent, form))}
    except Exception as exc:  # pragma: no cover - analyse is built not to raise
        return _error(item_id, f"analysis failed: {type(exc).__name__}")


def run(stdin: IO[str], stdout: IO[str]) -> int:
    """Stream ``stdin`` to ``stdout``; returns the number of lines with errors."""
    errors = 0
    write = stdout.write
    for raw in stdin:
        line = raw.strip()
        if not line:
            continue
        result = analyse_line(line)
        errors += "error" in result
        write(json.dumps(result, ensure_ascii=False) + "\n")
        stdout.flush()
    return errors


@click.command("analyse")
def analyse_command() -> None:
    """Analyse JSON lines from standard input: sentiment, themes, disclosure, redaction."""
    for stream in (sys.stdin, sys.stdout):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    run(sys.stdin, sys.stdout)


__all__ = ["analyse_command", "analyse_line", "run"]


if __name__ == "__main__":  # `python -m feedback.analysis_cli`: the same pipe without Flask's app
    analyse_command()
