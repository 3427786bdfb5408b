"""`flask analyse`: JSON lines in, JSON lines out, no database, no network."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from feedback import create_app
from feedback.analysis_cli import analyse_command

ROOT = Path(__file__).resolve().parents[2]
FLASK = Path(sys.executable).parent / "flask"
MISSING_DB = "sqlite:////nonexistent/dir/x.sqlite"


@pytest.fixture
def runner():
    app = create_app({"SQLALCHEMY_DATABASE_URI": MISSING_DB})
    if "analyse" not in app.cli.commands:
        app.cli.add_command(analyse_command)
    return app.test_cli_runner()


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_one_output_line_per_input_line_in_order(runner):
    stdin = "\n".join(
        json.dumps(item)
        for item in [
            {
                "id": "a",
                "text": "My worker Sarah listened to me 😊",
                "respondent": "child",
                "form": "cidva-child",
            },
            {"id": 2, "text": "The report came too late and nobody told me what happens next"},
            {"id": "c", "text": "mums bf hits me", "respondent": "child"},
        ]
    )
    result = runner.invoke(args=["analyse"], input=stdin + "\n")
    assert result.exit_code == 0, result.output
    out = _lines(result.output)
    assert [o["id"] for o in out] == ["a", 2, "c"]
    first = out[0]
    assert set(first) == {"id", "sentiment", "themes", "disclosure", "redacted"}
    assert first["sentiment"]["label"] == "positive"
    assert -1 <= first["sentiment"]["score"] <= 1
    assert "listened_to" in first["themes"]
    assert first["redacted"] == "My worker [name] listened to me 😊"  # ensure_ascii=False
    assert first["disclosure"] == {"flag": False, "category": None, "evidence": []}
    assert out[1]["sentiment"]["label"] == "negative"
    assert out[2]["disclosure"]["flag"] is True
    assert out[2]["disclosure"]["category"] == "physical_abuse"
    assert out[2]["disclosure"]["evidence"]
    assert "😊" in result.output


def test_invalid_lines_give_error_objects_and_processing_continues(runner):
    lines = [
        "{not json",
        json.dumps({"text": "no id"}),
        json.dumps({"id": "x"}),
        json.dumps({"id": "y", "text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "z", "text": "fine", "respondent": "alien"}),
        json.dumps({"id": "ok", "text": "It was great"}),
    ]
    result = runner.invoke(args=["analyse"], input="\n".join(lines) + "\n")
    assert result.exit_code == 0, result.output
    out = _lines(result.output)
    assert len(out) == len(lines)
    assert all("error" in o for o in out[:-1])
    assert [o["id"] for o in out[:-1]] == [None, None, "x", "y", None, "z"]
    assert out[-1]["id"] == "ok" and out[-1]["sentiment"]["label"] == "positive"


def test_bad_text_never_crashes(runner):
    texts = [
        "",
        "x" * 100_000,
        "<script>alert(1)</script>",
        "\x00\x07\x1b",
        "😢😢😢",
        "Je suis très content",
        "مرحبا بكم",
        "\ud800"[:0],
    ]
    stdin = "\n".join(json.dumps({"id": i, "text": t}) for i, t in enumerate(texts))
    result = runner.invoke(args=["analyse"], input=stdin + "\n")
    assert result.exit_code == 0, result.output
    out = _lines(result.output)
    assert len(out) == len(texts)
    assert all("error" not in o for o in out)


def _registered() -> bool:
    env = _env()
    help_text = subprocess.run(
        [str(FLASK), "--help"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60
    ).stdout
    return any(line.split()[:1] == ["analyse"] for line in help_text.splitlines())


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "TEST_DATABASE_URL"}
    env.update(
        FLASK_APP="feedback:create_app",
        FEEDBACK_ENV="testing",
        SECRET_KEY="test-secret-key-that-is-long-enough-for-the-check",
        DATABASE_URL=MISSING_DB,
        REDIS_URL="",
    )
    return env


def test_real_flask_analyse_process_with_missing_database():
    if not _registered():
        pytest.skip("`analyse` is not registered in feedback/cli.py register() yet")
    lines = [json.dumps({"id": i, "text": f"The worker was kind {i}"}) for i in range(50)]
    lines.insert(10, "garbage")
    proc = subprocess.run(
        [str(FLASK), "analyse"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        env=_env(),
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    out = _lines(proc.stdout)
    assert len(out) == 51
    assert out[10] == {"id": None, "error": out[10]["error"]}
    assert [o["id"] for o in out if "error" not in o] == list(range(50))
