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

from feedback.analysis import analyse, analyse_many, to_json

RESPONDENTS = ("child", "parent", "professional")
_ENCODER = json.JSONEncoder(ensure_ascii=False)  # what json.dumps(..., ensure_ascii=False) makes
_BATCH = 256  # lines analysed together at most


def _error(item_id: Any, message: str) -> dict[str, Any]:
    return {"id": item_id, "error": message}


_Item = tuple[Any, str, str | None, str | None]  # id, text, respondent, form


def _parse(line: str) -> _Item | dict[str, Any]:
    """The id, text, respondent and form of one input line, or its error object."""
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
    return item_id, text, respondent, form


def _analysed(item: _Item) -> dict[str, Any]:
    item_id, text, respondent, form = item
    try:
        return {"id": item_id, **to_json(analyse(text, respondent, form))}
    except Exception as exc:  # pragma: no cover - analyse is built not to raise
        return _error(item_id, f"analysis failed: {type(exc).__name__}")


def analyse_lines(lines: list[str]) -> list[dict[str, Any]]:
    """The output objects for input lines, in order (never raises). The valid lines
    are analysed together (``analyse_many``), with the same results as one by one."""
    parsed = [_parse(line) for line in lines]
    items = [p for p in parsed if isinstance(p, tuple)]
    try:
        results = analyse_many([(text, respondent, form) for _, text, respondent, form in items])
    except Exception:  # pragma: no cover - analyse is built not to raise
        return [p if isinstance(p, dict) else _analysed(p) for p in parsed]  # each on its own
    analysed = iter(results)
    return [p if isinstance(p, dict) else {"id": p[0], **to_json(next(analysed))} for p in parsed]


def analyse_line(line: str) -> dict[str, Any]:
    """The output object for one input line (never raises)."""
    return analyse_lines([line])[0]


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

    Lines are analysed and written in batches: whatever input has arrived, up to
    ``_BATCH`` lines, as soon as input stops arriving, so a program that writes a line
    and waits for the answer gets it at once. One write per line cost a system call
    and, for a reader on the same core, a switch to it and back; and a batch runs each
    step of the analysis over all its lines in turn (see ``analyse_many``).
    """
    errors = 0
    batch: list[str] = []
    input_waiting = _input_waiting(stdin)
    for raw in stdin:
        line = raw.strip()
        if line:
            batch.append(line)
        if batch and (len(batch) >= _BATCH or not input_waiting()):
            errors += _write(stdout, analyse_lines(batch))
            batch.clear()
    if batch:
        errors += _write(stdout, analyse_lines(batch))
    stdout.flush()
    return errors


def _write(stdout: IO[str], results: list[dict[str, Any]]) -> int:
    """Write the results as JSON lines; returns how many are errors."""
    stdout.write("".join(_ENCODER.encode(result) + "\n" for result in results))
    stdout.flush()
    return sum("error" in result for result in results)


@click.command("analyse")
def analyse_command() -> None:
    """Analyse JSON lines from standard input: sentiment, themes, disclosure, redaction."""
    for stream in (sys.stdin, sys.stdout):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
    run(sys.stdin, sys.stdout)


__all__ = ["analyse_command", "analyse_line", "analyse_lines", "run"]


if __name__ == "__main__":  # `python -m feedback.analysis_cli`: the same pipe without Flask's app
    analyse_command()
