"""How much the text analysis adds to sending a response, at p95.

Sends the same child form (three free-text answers) through the check-your-answers
POST many times on a SQLite file, once with analysis on and once with it switched off,
and reports p50/p95 of each and the difference.

    .venv/bin/python benchmarks/submission_latency.py [N]

Target: analysis adds <= 20 ms per submission at p95.
"""

from __future__ import annotations

import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("FEEDBACK_ENV", "testing")
os.environ.setdefault("SECRET_KEY", "benchmark-secret-key-long-enough-for-the-check")

from feedback import create_app  # noqa: E402
from feedback.catalogue.builtin import builtin_definitions  # noqa: E402
from feedback.data.interfaces import analysis, catalogue, collections, users  # noqa: E402
from feedback.data.types import Role  # noqa: E402
from feedback.extensions import db  # noqa: E402

TEXTS = {
    "helped_most": "my worker listend to me and we did drawing about my feelings, it realy helped",
    "anything_else": "sometimes i still feel worried at night but i know who to call now 😊",
}
TARGET_MS = 20.0


def _timed_submissions(app, code: str, n: int) -> list[float]:
    client = app.test_client()
    times = []
    for _ in range(n):
        client.post(f"/c/{code}")
        client.post(f"/c/{code}/q/3", data={"helped_most": TEXTS["helped_most"]})
        client.post(f"/c/{code}/q/4", data={"anything_else": TEXTS["anything_else"]})
        page = client.get(f"/c/{code}/check").get_data(as_text=True)
        sid = re.search(r'name="submission_id" type="hidden" value="([^"]+)"', page).group(1)
        start = time.perf_counter()
        response = client.post(f"/c/{code}/check", data={"submission_id": sid})
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 303, response.status_code
    return times


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    folder = tempfile.mkdtemp()
    app = create_app(
        {
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/bench.sqlite",
            "WTF_CSRF_ENABLED": False,
            "RATELIMIT_ENABLED": False,
            "FAST_PASSWORD_HASHING_FOR_TESTS": True,
            "OUTBOX_PATH": folder,
        }
    )
    with app.app_context():
        db.create_all()
        catalogue.load_definitions(builtin_definitions())
        analysis.ensure_default_themes()
        owner = users.create_user("bench@example.org", Role.PRACTITIONER, "benchmark password")
        form = catalogue.get_form_by_slug("cidva-child")
        code = collections.create_collection(
            form, owner, collections.CollectionDetails(title="Benchmark")
        ).code
        db.session.commit()

    _timed_submissions(app, code, 20)  # warm up caches and the taxonomy
    with_analysis = _timed_submissions(app, code, n)
    real = analysis.analyse_response
    analysis.analyse_response = lambda *args, **kwargs: []  # type: ignore[assignment]
    try:
        without = _timed_submissions(app, code, n)
    finally:
        analysis.analyse_response = real
    added = _p95(with_analysis) - _p95(without)
    print(f"submissions: {n} each way, SQLite, child form with two free-text answers")
    print(
        f"with analysis:    p50 {statistics.median(with_analysis):6.2f} ms   "
        f"p95 {_p95(with_analysis):6.2f} ms"
    )
    print(
        f"without analysis: p50 {statistics.median(without):6.2f} ms   p95 {_p95(without):6.2f} ms"
    )
    verdict = "PASS" if added <= TARGET_MS else "FAIL"
    print(f"analysis adds {added:.2f} ms at p95 (target <= {TARGET_MS:.0f} ms): {verdict}")


if __name__ == "__main__":
    main()
