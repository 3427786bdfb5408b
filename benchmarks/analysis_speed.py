"""Speed of the analysis engine: comments/second and p95 latency of analyse(), and the
throughput of the whole `flask analyse` pipe on 10,000 lines.

    .venv/bin/python benchmarks/analysis_speed.py

Targets: >= 1,000 comments/second on one core; <= 20 ms per submission at p95. If
`analyse` is not registered with the flask CLI yet, the pipe is measured through
`python -m feedback.analysis_cli` (the same code without the Flask app) instead.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from feedback.analysis import analyse  # noqa: E402

TARGET_RATE = 1000.0
TARGET_P95_MS = 20.0


def texts() -> list[tuple[str, str | None, str | None]]:
    data = ROOT / "tests" / "data"
    rows: list[tuple[str, str | None, str | None]] = []
    for name in ("corpus.jsonl", "disclosures.jsonl", "redaction.jsonl"):
        path = data / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                row = json.loads(line)
                rows.append((row["text"], row.get("respondent"), row.get("form")))
    if not rows:
        sentence = (
            "my worker listened to me but the report came too late and nobody told me what "
            "happens next the trainer was great sarah rang 07700 900123"
        )
        words = sentence.split(" ")
        rng = random.Random(1)
        rows = [
            (" ".join(rng.choices(words, k=rng.randint(3, 60))), None, None) for _ in range(500)
        ]
    return rows


def measure_function(rows: list[tuple[str, str | None, str | None]], total: int) -> None:
    rng = random.Random(7)
    # Distinct variants so the normalisation cache cannot flatter the figures.
    sample = [(f"{t} {i}", r, f) for i, (t, r, f) in enumerate(rng.choices(rows, k=total))]
    for text, respondent, form in sample[:200]:  # warm up: compile regexes, load lexicons
        analyse(text, respondent, form)
    latencies = []
    start = time.perf_counter()
    for text, respondent, form in sample:
        t0 = time.perf_counter()
        analyse(text, respondent, form)
        latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - start
    rate = total / elapsed
    p95 = statistics.quantiles(latencies, n=100)[94] * 1000
    longest = max(latencies) * 1000
    print(
        f"analyse(): {total} comments in {elapsed:.2f}s = {rate:,.0f} comments/s "
        f"[{'PASS' if rate >= TARGET_RATE else 'FAIL'} >= {TARGET_RATE:,.0f}]"
    )
    print(
        f"latency: p50 {statistics.median(latencies) * 1000:.2f} ms, p95 {p95:.2f} ms "
        f"[{'PASS' if p95 <= TARGET_P95_MS else 'FAIL'} <= {TARGET_P95_MS} ms], "
        f"max {longest:.1f} ms"
    )
    t0 = time.perf_counter()
    analyse("The sessions were good. " * 4000 + "i want to die")
    print(f"one 100,000-character answer: {(time.perf_counter() - t0) * 1000:.1f} ms")


def measure_pipe(rows: list[tuple[str, str | None, str | None]], lines: int) -> None:
    rng = random.Random(11)
    payload = (
        "\n".join(
            json.dumps(
                {"id": i, "text": f"{t} {i}", "respondent": r, "form": f}, ensure_ascii=False
            )
            for i, (t, r, f) in enumerate(rng.choices(rows, k=lines))
        )
        + "\n"
    )
    env = dict(
        os.environ,
        FLASK_APP="feedback:create_app",
        FEEDBACK_ENV="testing",
        SECRET_KEY="benchmark-secret-key-that-is-long-enough-for-the-check",
        DATABASE_URL="sqlite:////nonexistent/dir/x.sqlite",
        REDIS_URL="",
    )
    flask = Path(sys.executable).parent / "flask"
    help_text = subprocess.run(
        [str(flask), "--help"], capture_output=True, text=True, env=env, cwd=ROOT
    ).stdout
    registered = any(line.split()[:1] == ["analyse"] for line in help_text.splitlines())
    command = (
        [str(flask), "analyse"] if registered else [sys.executable, "-m", "feedback.analysis_cli"]
    )
    start = time.perf_counter()
    proc = subprocess.run(command, input=payload, capture_output=True, text=True, env=env, cwd=ROOT)
    elapsed = time.perf_counter() - start
    out = proc.stdout.splitlines()
    ok = proc.returncode == 0 and len(out) == lines
    rate = lines / elapsed
    label = "flask analyse" if registered else "python -m feedback.analysis_cli (not registered)"
    print(
        f"{label}: {lines} lines in {elapsed:.2f}s (start-up included) = {rate:,.0f} lines/s, "
        f"{'all lines answered' if ok else 'ERROR: ' + proc.stderr[-500:]} "
        f"[{'PASS' if ok and rate >= TARGET_RATE else 'FAIL'} >= {TARGET_RATE:,.0f}]"
    )


def main() -> None:
    rows = texts()
    print(f"{len(rows)} distinct texts; one process, one core")
    measure_function(rows, 5000)
    measure_pipe(rows, 10_000)


if __name__ == "__main__":
    main()
