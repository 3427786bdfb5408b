"""How long /board/ takes to render with no filter, at 1,000 and at 100,000 responses.

For each size it builds a fresh database with `flask demo-data`, serves the app on
127.0.0.1, signs in through the sign-in page as a board user made with
`flask users create ... --role board --password-stdin`, and times GET /board/ over
several requests (the first, uncached one is reported separately).

    .venv/bin/python benchmarks/board_speed.py [--sizes 1000,100000] [--postgres URL]
        [--query 'from=2025-09-01&to=2025-11-30']

--query times /board/?QUERY instead (a filter); the targets are for the page with none.

Targets: median <= 1 s at 100,000 responses, and <= 3x the median at 1,000.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLASK = [sys.executable, "-m", "flask"]
PASSWORD = "board benchmark password"
REQUESTS = 9


def _env(instance: Path, database_url: str | None) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        FLASK_APP="feedback:create_app",
        FEEDBACK_ENV="development",
        FEEDBACK_INSTANCE_PATH=str(instance),
        SECRET_KEY="benchmark-secret-key-long-enough-for-the-check",
    )
    env.pop("REDIS_URL", None)
    if database_url:
        env["DATABASE_URL"] = database_url
    else:
        env.pop("DATABASE_URL", None)
    return env


def _prepare(size: int, database_url: str | None) -> tuple[Path, float]:
    instance = Path(tempfile.mkdtemp(prefix=f"board-{size}-"))
    env = _env(instance, database_url)
    subprocess.run([*FLASK, "db", "upgrade"], env=env, check=True, capture_output=True)
    subprocess.run([*FLASK, "catalogue", "load"], env=env, check=True, capture_output=True)
    start = time.perf_counter()
    subprocess.run(
        [*FLASK, "demo-data", "--responses", str(size)], env=env, check=True, capture_output=True
    )
    seconds = time.perf_counter() - start
    subprocess.run(
        [
            *FLASK,
            "users",
            "create",
            "board.bench@example.org",
            "--role",
            "board",
            "--password-stdin",
        ],
        env=env,
        input=PASSWORD + "\n",
        text=True,
        check=True,
        capture_output=True,
    )
    return instance, seconds


def _serve(instance: Path, database_url: str | None):  # type: ignore[no-untyped-def]
    os.environ.update(_env(instance, database_url))
    if not database_url:
        os.environ.pop("DATABASE_URL", None)
    sys.path.insert(0, str(ROOT))
    from werkzeug.serving import make_server

    from feedback import create_app

    app = create_app({"RATELIMIT_ENABLED": False})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def _time_board(port: int, query: str = "") -> tuple[float, list[float]]:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    base = f"http://127.0.0.1:{port}"
    page = opener.open(f"{base}/staff/sign-in").read().decode()
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode(
        {"csrf_token": token, "email": "board.bench@example.org", "password": PASSWORD}
    ).encode()
    opener.open(f"{base}/staff/sign-in", data=form).read()
    times = []
    for _ in range(REQUESTS + 1):
        start = time.perf_counter()
        response = opener.open(f"{base}/board/?{query}" if query else f"{base}/board/")
        body = response.read()
        times.append(time.perf_counter() - start)
        assert response.status == 200 and b"Voice of children and families" in body
    return times[0], times[1:]


def _postgres_schema(url: str) -> str:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = f"bench_{uuid.uuid4().hex[:8]}"
    with create_engine(url).begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    return (
        make_url(url)
        .update_query_dict({"options": f"-csearch_path={schema}"})
        .render_as_string(hide_password=False)
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,100000")
    parser.add_argument("--postgres", default="", help="run on PostgreSQL at this URL")
    parser.add_argument("--query", default="", help="time /board/?QUERY, e.g. period=2025-26-Q3")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    medians = {}
    engine = "PostgreSQL" if args.postgres else "SQLite"
    for size in sizes:
        database_url = _postgres_schema(args.postgres) if args.postgres else None
        instance, seconds = _prepare(size, database_url)
        # A fresh process per size, so no cache or import is shared between them.
        code = (
            f"import sys; sys.path.insert(0, {str(ROOT)!r}); "
            "from benchmarks.board_speed import _serve, _time_board; "
            f"from pathlib import Path; s = _serve(Path({str(instance)!r}), {database_url!r}); "
            f"first, rest = _time_board(s.server_port, {args.query!r}); print(first, *rest)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
        ).stdout.split()
        first, rest = float(out[0]), [float(x) for x in out[1:]]
        medians[size] = statistics.median(rest)
        print(
            f"{engine} {size:>7,} responses: demo data {seconds:6.1f} s; "
            f"/board/{'?' + args.query if args.query else ''} first "
            f"{first * 1000:7.1f} ms, median of {len(rest)} {medians[size] * 1000:7.1f} ms"
        )
    if len(sizes) >= 2:
        small, large = medians[sizes[0]], medians[sizes[-1]]
        ok_abs = large <= 1.0
        ok_ratio = large <= 3 * small
        print(
            f"median at {sizes[-1]:,} <= 1 s: {'PASS' if ok_abs else 'FAIL'}; "
            f"<= 3x the median at {sizes[0]:,} ({large / small:.2f}x): "
            f"{'PASS' if ok_ratio else 'FAIL'}"
        )


if __name__ == "__main__":
    main()
