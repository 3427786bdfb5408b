"""A test client that audits every HTML page it fetches (after notifications-admin):
exactly one <h1>, a <title> that starts with it, no duplicate ids, no parse errors."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import html5lib
from bs4 import BeautifulSoup
from flask.testing import FlaskClient


class PageAuditError(AssertionError):
    pass


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def audit_html(html: str, where: str = "") -> BeautifulSoup:
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        parser.parse(html)
    except html5lib.html5parser.ParseError as exc:
        line = getattr(exc, "args", [""])[0]
        raise PageAuditError(f"{where}: HTML parse error {line}: {parser.errors[:3]}") from exc
    soup = BeautifulSoup(html, "html.parser")
    h1s = soup.find_all("h1")
    if len(h1s) != 1:
        raise PageAuditError(f"{where}: expected one <h1>, found {len(h1s)}")
    title = _clean(soup.title.get_text()) if soup.title else ""
    h1 = _clean(h1s[0].get_text())
    bare_title = title.removeprefix("Error: ")
    if not bare_title.startswith(h1):
        raise PageAuditError(f"{where}: title {title!r} does not start with h1 {h1!r}")
    ids = Counter(tag["id"] for tag in soup.find_all(id=True))
    repeated = [i for i, n in ids.items() if n > 1]
    if repeated:
        raise PageAuditError(f"{where}: duplicate ids {repeated}")
    return soup


class AuditingClient(FlaskClient):
    def open(self, *args: Any, **kwargs: Any) -> Any:
        response = super().open(*args, **kwargs)
        if response.mimetype == "text/html" and response.status_code != 304 and response.data:
            where = f"{response.request.method} {response.request.path} -> {response.status_code}"
            audit_html(response.get_data(as_text=True), where)
        return response
