"""Forms and their versions: installing the catalogue and reading a version's typed spec."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from feedback.catalogue.schema import FormSpec, digest, parse_definition
from feedback.data.models import Form, FormVersion
from feedback.extensions import db


@dataclass(frozen=True)
class LoadResult:
    slug: str
    version: int
    changed: bool


def load_definitions(definitions: Iterable[dict[str, Any]]) -> list[LoadResult]:
    """Install or update forms. A definition whose digest is new becomes a new version;
    an unchanged one is left alone, so running this twice changes nothing."""
    results = []
    for raw in definitions:
        spec = parse_definition(raw)
        fingerprint = digest(raw)
        form = db.session.scalar(select(Form).where(Form.slug == spec.slug))
        if form is None:
            form = Form(slug=spec.slug, title=spec.title, audience=spec.audience)
            db.session.add(form)
            db.session.flush()
        latest = latest_version(form.id)
        if latest is not None and latest.digest == fingerprint:
            results.append(LoadResult(spec.slug, latest.number, changed=False))
            continue
        number = (latest.number if latest else 0) + 1
        version = FormVersion(form_id=form.id, number=number, digest=fingerprint, definition=raw)
        db.session.add(version)
        form.title = spec.title
        form.audience = spec.audience
        db.session.flush()
        results.append(LoadResult(spec.slug, number, changed=True))
    return results


def list_forms() -> list[Form]:
    return list(db.session.scalars(select(Form).order_by(Form.id)))


def get_form_by_slug(slug: str) -> Form | None:
    return db.session.scalar(select(Form).where(Form.slug == slug))


def get_form(form_id: int) -> Form | None:
    return db.session.get(Form, form_id)


def latest_version(form_id: int) -> FormVersion | None:
    return db.session.scalar(
        select(FormVersion)
        .where(FormVersion.form_id == form_id)
        .order_by(FormVersion.number.desc())
        .limit(1)
    )


def latest_version_numbers() -> dict[int, int]:
    rows = db.session.execute(
        select(FormVersion.form_id, func.max(FormVersion.number)).group_by(FormVersion.form_id)
    )
    return {int(row[0]): int(row[1]) for row in rows}


def get_version(version_id: int) -> FormVersion | None:
    return db.session.get(FormVersion, version_id)


def spec_for(version: FormVersion) -> FormSpec:
    """The typed spec of a version. Versions never change, so the parse is cached."""
    cached = _SPEC_CACHE.get((version.id, version.digest))
    if cached is None:
        cached = parse_definition(version.definition)
        _SPEC_CACHE[(version.id, version.digest)] = cached
    return cached


_SPEC_CACHE: dict[tuple[int, str], FormSpec] = {}
