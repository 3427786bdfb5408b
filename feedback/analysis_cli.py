"""``flask analyse``: JSON lines in, one JSON line of analysis out per line.

Contract: each input line is {"id": ..., "text": ..., "respondent": ..., "form": ...}
(only id and text required). Each output line, in the same order, is {"id", "sentiment":
{"label", "score"}, "themes": [...], "disclosure": {"flag", "category", "evidence"},
"redacted"}; an invalid line gives {"id": <id or null>, "error": "..."} and processing
goes on. No database and no network are used.
"""

from __future__ import annotations

import json
import select
import sys
from collections.abc import Callable
from typing import IO, Any

import click

from feedback.analysis import analyse, to_json

RESPONDENTS = ("child", "parent", "professional")
_ENCODER = json.JSONEncoder(ensure_ascii=False)  # what json.dumps(..., ensure_ascii=False) makes
_BATCH = 256  # output lines held back at most


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


def _input_waiting(stream: IO[str]) -> Callable[[], bool]:
    """A test that is True when reading ``stream`` now will not wait: more input, or its
    end, has arrived. Always False for a stream that is not a file, pipe or terminal."""
    try:
        fd = stream.fileno()
        select.select([fd], [], [], 0)
    except (AttributeError, OSError, ValueError):
        return lambda: False
    return lambda: bool(select.select([fd], [], [], 0)[0])


def run(stdin: IO[str], stdout: IO[str]) -> int:
    """Stream ``stdin`` to ``stdout``; returns the number of lines with errors.

    Output is written in batches: whenever input stops arriving (so a program that
    writes a line and waits for the answer gets it at once), and every ``_BATCH``
    lines. One write per line cost a system call and, for a reader on the same core,
    a switch to it and back.
    """
    errors = 0
    pending: list[str] = []
    input_waiting = _input_waiting(stdin)
    for raw in stdin:
        line = raw.strip()
        if line:
            result = analyse_line(line)
            errors += "error" in result
            pending.append(_ENCODER.encode(result) + "\n")
        if pending and (len(pending) >= _BATCH or not input_waiting()):
            stdout.write("".join(pending))
            stdout.flush()
            pending.clear()
    if pending:
        stdout.write("".join(pending))
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
