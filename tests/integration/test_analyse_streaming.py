"""`flask analyse` answers each line as soon as it has read it, even though it writes
its output in batches: a program may write a line and wait for the answer."""

from __future__ import annotations

import io
import json
import os
import select
import subprocess
import sys
from pathlib import Path

from feedback.analysis_cli import run

ROOT = Path(__file__).resolve().parents[2]
LINES = [
    json.dumps({"id": 0, "text": "The worker was kind"}),
    json.dumps({"id": 1, "text": ""}),
    json.dumps({"id": 2, "text": "nobody listened"}),
    "not json",
]


def _read_line(proc: subprocess.Popen[bytes], timeout: float = 30.0) -> bytes:
    assert proc.stdout is not None
    ready, _, _ = select.select([proc.stdout], [], [], timeout)
    assert ready, "no answer while the writer waits for it"
    return proc.stdout.readline()


def test_each_line_is_answered_while_the_writer_waits():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with subprocess.Popen(
        [sys.executable, "-m", "feedback.analysis_cli"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    ) as proc:
        assert proc.stdin is not None
        for i, line in enumerate(LINES):
            proc.stdin.write(line.encode() + b"\n")
            if i == 1:
                proc.stdin.write(b"\n")  # a blank line is skipped, and holds nothing back
            proc.stdin.flush()
            answer = json.loads(_read_line(proc))
            assert answer["id"] == (i if line != "not json" else None)
        proc.stdin.close()
        assert proc.wait(timeout=60) == 0


def test_batched_output_is_every_line_in_order():
    lines = [json.dumps({"id": i, "text": f"line {i} was good"}) for i in range(600)]
    lines[300] = "garbage"
    out = io.StringIO()
    errors = run(io.StringIO("\n".join(lines) + "\n\n"), out)
    answers = [json.loads(line) for line in out.getvalue().splitlines()]
    assert errors == 1
    assert [a["id"] for a in answers] == [i if i != 300 else None for i in range(600)]
