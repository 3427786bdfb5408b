"""Stored analysis of free text: the theme taxonomy, each answer's sentiment, themes,
disclosure flag and redacted text, and re-analysis after the taxonomy changes."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence

from sqlalchemy import func, or_, select
from sqlalchemy.orm import selectinload

from feedback.analysis import Analysis, ThemeRule, analyse, default_taxonomy
from feedback.data.base import utcnow
from feedback.data.models import Answer, AnswerTheme, Response, TextAnalysis, Theme
from feedback.extensions import db

# Bump when the analysis rules change, so `flask reanalyse` redoes every stored answer.
ANALYSER_VERSION = "1"


# --- the taxonomy ---------------------------------------------------------------------


def ensure_default_themes() -> int:
    """Add any default theme that is missing. Edits and retirements are left alone."""
    existing = set(db.session.scalars(select(Theme.slug)))
    added = 0
    for rule in default_taxonomy():
        if rule.slug not in existing:
            db.session.add(Theme(slug=rule.slug, label=rule.label, terms=list(rule.terms)))
            added += 1
    if added:
        db.session.flush()
    return added


def list_themes() -> list[Theme]:
    return list(db.session.scalars(select(Theme).order_by(Theme.is_active.desc(), Theme.label)))


def get_theme(theme_id: int) -> Theme | None:
    return db.session.get(Theme, theme_id)


def get_theme_by_slug(slug: str) -> Theme | None:
    return db.session.scalar(select(Theme).where(Theme.slug == slug))


def clean_terms(lines: Iterable[str]) -> list[str]:
    """One term or phrase a line: trimmed, lower-cased, without blanks or repeats."""
    seen: list[str] = []
    for line in lines:
        term = " ".join(line.strip().lower().split())
        if term and term not in seen:
            seen.append(term)
    return seen


def create_theme(slug: str, label: str, description: str, terms: Sequence[str]) -> Theme:
    theme = Theme(
        slug=slug, label=label.strip(), description=description.strip(), terms=clean_terms(terms)
    )
    db.session.add(theme)
    db.session.flush()
    return theme


def update_theme(
    theme: Theme, *, label: str, description: str, terms: Sequence[str], is_active: bool
) -> None:
    theme.label = label.strip()
    theme.description = description.strip()
    theme.terms = clean_terms(terms)
    theme.is_active = is_active
    theme.updated_at = utcnow()


def current_taxonomy() -> tuple[ThemeRule, ...]:
    """The active themes as analysis rules. Installs the defaults into an empty table."""
    themes = list(db.session.scalars(select(Theme).where(Theme.is_active).order_by(Theme.id)))
    if not themes and db.session.scalar(select(func.count(Theme.id))) == 0:
        ensure_default_themes()
        return current_taxonomy()
    return tuple(ThemeRule(slug=t.slug, label=t.label, terms=tuple(t.terms)) for t in themes)


def fingerprint(taxonomy: Sequence[ThemeRule]) -> str:
    canonical = json.dumps(
        [ANALYSER_VERSION, sorted((rule.slug, sorted(rule.terms)) for rule in taxonomy)]
    )
    return hashlib.sha256(canonical.encode()).hexdigest()[:32]


# --- storing results --------------------------------------------------------------------


def _store(answer: Answer, result: Analysis, theme_ids: dict[str, int], stamp: str) -> TextAnalysis:
    row = TextAnalysis(
        answer_id=answer.id,
        response_id=answer.response_id,
        sentiment_label=result.sentiment.label,
        sentiment_score=float(result.sentiment.score),
        redacted=result.redacted,
        disclosure_flag=result.disclosure.flag,
        disclosure_category=result.disclosure.category,
        disclosure_evidence=list(result.disclosure.evidence),
        fingerprint=stamp,
        analysed_at=utcnow(),
    )
    row.themes = [
        AnswerTheme(theme_id=theme_ids[match.slug], evidence=list(match.evidence))
        for match in result.themes
        if match.slug in theme_ids
    ]
    db.session.add(row)
    return row


def theme_ids() -> dict[str, int]:
    return {slug: theme_id for theme_id, slug in db.session.execute(select(Theme.id, Theme.slug))}


def analyse_response(
    response: Response, respondent: str, form_slug: str, taxonomy: Sequence[ThemeRule] | None = None
) -> list[TextAnalysis]:
    """Analyse every free-text answer of a freshly stored response."""
    taxonomy = taxonomy if taxonomy is not None else current_taxonomy()
    stamp = fingerprint(taxonomy)
    ids_by_slug = theme_ids()
    rows = []
    for answer in response.answers:
        if answer.text:
            result = analyse(answer.text, respondent=respondent, form=form_slug, taxonomy=taxonomy)
            rows.append(_store(answer, result, ids_by_slug, stamp))
    db.session.flush()
    return rows


def analyses_for_response(response_id: int) -> dict[int, TextAnalysis]:
    rows = db.session.scalars(
        select(TextAnalysis)
        .where(TextAnalysis.response_id == response_id)
        .options(selectinload(TextAnalysis.themes).joinedload(AnswerTheme.theme))
    )
    return {row.answer_id: row for row in rows}


# --- re-analysis --------------------------------------------------------------------------


def count_stale(stamp: str) -> int:
    return db.session.scalar(_stale_query(stamp, select(func.count(Answer.id)))) or 0


def _stale_query(stamp: str, query):  # type: ignore[no-untyped-def]
    return (
        query.select_from(Answer)
        .outerjoin(TextAnalysis, TextAnalysis.answer_id == Answer.id)
        .where(Answer.text.is_not(None))
        .where(or_(TextAnalysis.answer_id.is_(None), TextAnalysis.fingerprint != stamp))
    )


def reanalyse_batch(taxonomy: Sequence[ThemeRule], limit: int) -> int:
    """Re-analyse up to `limit` stale answers, oldest first. Returns how many were done.

    Each batch is committed by the caller, so an interrupted run resumes where it stopped:
    done rows carry the new fingerprint and are not picked again."""
    stamp = fingerprint(taxonomy)
    answers = list(
        db.session.scalars(
            _stale_query(stamp, select(Answer))
            .options(
                selectinload(Answer.response).joinedload(Response.collection),
            )
            .order_by(Answer.id)
            .limit(limit)
        )
    )
    if not answers:
        return 0
    ids = [a.id for a in answers]
    for old in db.session.scalars(select(TextAnalysis).where(TextAnalysis.answer_id.in_(ids))):
        db.session.delete(old)
    db.session.flush()
    ids_by_slug = theme_ids()
    audiences = _audiences_for(answers)
    for answer in answers:
        respondent, form_slug = audiences[answer.response_id]
        result = analyse(
            answer.text or "", respondent=respondent, form=form_slug, taxonomy=taxonomy
        )
        _store(answer, result, ids_by_slug, stamp)
    db.session.flush()
    return len(answers)


def _audiences_for(answers: Sequence[Answer]) -> dict[int, tuple[str, str]]:
    from feedback.data.models import Collection, Form

    response_ids = {a.response_id for a in answers}
    rows = db.session.execute(
        select(Response.id, Form.audience, Form.slug)
        .join(Collection, Collection.id == Response.collection_id)
        .join(Form, Form.id == Collection.form_id)
        .where(Response.id.in_(response_ids))
    )
    return {rid: (str(audience), slug) for rid, audience, slug in rows}
