"""Typed SQLAlchemy 2 models. Views never import this module; they call feedback.data.interfaces."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.data.base import Base, StrEnumType, TimestampMixin, utcnow
from feedback.data.types import (
    AlertOutcome,
    AlertStatus,
    Audience,
    CollectionStatus,
    ConferenceType,
    CourseType,
    Role,
)


class User(TimestampMixin, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    full_name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[Role] = mapped_column(StrEnumType(Role))
    is_active: Mapped[bool] = mapped_column(default=True)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(default=None)

    collections: Mapped[list[Collection]] = relationship(back_populates="owner")

    # Flask-Login protocol. get_id() returns the server-side session token, not
    # the user id, so signing out (revoking that row) kills a replayed cookie.
    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str | None:
        return self.current_session_id

    @property
    def current_session_id(self) -> str | None:
        """The server-side session this request is using, set by the session loader."""
        return self.__dict__.get("_session_token")

    def attach_session(self, token: str) -> None:
        self.__dict__["_session_token"] = token

    @property
    def display_name(self) -> str:
        return self.full_name or self.email


class StaffSession(Base):
    """A signed-in browser. Deleting or revoking the row signs that browser out for good."""

    __tablename__ = "staff_sessions"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)

    user: Mapped[User] = relationship()


class Form(TimestampMixin, Base):
    __tablename__ = "forms"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    audience: Mapped[Audience] = mapped_column(StrEnumType(Audience))

    versions: Mapped[list[FormVersion]] = relationship(
        back_populates="form", order_by="FormVersion.number"
    )


class FormVersion(TimestampMixin, Base):
    """One immutable wording of a form. Responses point at the version they answered."""

    __tablename__ = "form_versions"
    __table_args__ = (UniqueConstraint("form_id", "number", name="form_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("forms.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(64))
    definition: Mapped[dict[str, Any]] = mapped_column(JSON)

    form: Mapped[Form] = relationship(back_populates="versions")


class Collection(TimestampMixin, Base):
    """One run of one form: a course date, a set of conferences, a CIDVA caseload."""

    __tablename__ = "collections"

    id: Mapped[int] = mapped_column(primary_key=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("forms.id"), index=True)
    owner_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(12), unique=True)
    status: Mapped[CollectionStatus] = mapped_column(
        StrEnumType(CollectionStatus), default=CollectionStatus.OPEN
    )
    conference_type: Mapped[ConferenceType | None] = mapped_column(
        StrEnumType(ConferenceType), default=None
    )
    course_type: Mapped[CourseType | None] = mapped_column(StrEnumType(CourseType), default=None)
    trainer_name: Mapped[str | None] = mapped_column(String(200), default=None)
    opens_on: Mapped[date | None] = mapped_column(default=None)
    closes_on: Mapped[date | None] = mapped_column(default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)

    form: Mapped[Form] = relationship()
    owner: Mapped[User] = relationship(back_populates="collections")
    # The safeguarding leads named for this collection; when empty, alerts go to all leads.
    leads: Mapped[list[User]] = relationship(secondary="collection_leads")


class Draft(TimestampMixin, Base):
    """Answers given so far, kept on the server so long text never rides in a cookie."""

    __tablename__ = "drafts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    collection_id: Mapped[int] = mapped_column(
        ForeignKey("collections.id", ondelete="CASCADE"), index=True
    )
    form_version_id: Mapped[int] = mapped_column(ForeignKey("form_versions.id"))
    submission_id: Mapped[str] = mapped_column(String(36))
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class Response(Base):
    __tablename__ = "responses"

    id: Mapped[int] = mapped_column(primary_key=True)
    collection_id: Mapped[int] = mapped_column(ForeignKey("collections.id"), index=True)
    form_version_id: Mapped[int] = mapped_column(ForeignKey("form_versions.id"), index=True)
    submission_id: Mapped[str] = mapped_column(String(36), unique=True)
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    # The UK calendar date, financial quarter (e.g. 20253 for 2025/26 Q3) and month
    # (e.g. 202511 for November 2025), kept so reports filter and group by period with
    # plain indexed columns.
    submitted_on: Mapped[date] = mapped_column(index=True)
    fy_quarter: Mapped[int] = mapped_column(Integer, index=True)
    submitted_month: Mapped[int] = mapped_column(Integer, index=True)

    collection: Mapped[Collection] = relationship()
    form_version: Mapped[FormVersion] = relationship()
    answers: Mapped[list[Answer]] = relationship(
        back_populates="response", order_by="Answer.position", cascade="all, delete-orphan"
    )


class Answer(Base):
    """One value given to one question. A multiple-choice answer is one row per ticked option,
    so reports can count options with GROUP BY."""

    __tablename__ = "answers"
    __table_args__ = (Index("ix_answers_question_choice", "question_id", "choice"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("responses.id", ondelete="CASCADE"), index=True
    )
    question_id: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer)
    choice: Mapped[str | None] = mapped_column(String(64), default=None)
    number: Mapped[int | None] = mapped_column(Integer, default=None)
    text: Mapped[str | None] = mapped_column(Text, default=None)

    response: Mapped[Response] = relationship(back_populates="answers")


collection_leads = Table(
    "collection_leads",
    Base.metadata,
    Column("collection_id", ForeignKey("collections.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
)


class Theme(TimestampMixin, Base):
    """One theme of the taxonomy. Admins add, rename and retire themes and edit their terms."""

    __tablename__ = "themes"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(100))
    description: Mapped[str] = mapped_column(Text, default="")
    terms: Mapped[list[str]] = mapped_column(JSON, default=list)
    is_active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class TextAnalysis(Base):
    """What the analysis found in one free-text answer. `redacted` is the only form of the
    text shown anywhere outside the single-response view."""

    __tablename__ = "text_analyses"

    answer_id: Mapped[int] = mapped_column(
        ForeignKey("answers.id", ondelete="CASCADE"), primary_key=True
    )
    response_id: Mapped[int] = mapped_column(
        ForeignKey("responses.id", ondelete="CASCADE"), index=True
    )
    sentiment_label: Mapped[str] = mapped_column(String(16), index=True)
    sentiment_score: Mapped[float] = mapped_column(Float)
    redacted: Mapped[str] = mapped_column(Text)
    disclosure_flag: Mapped[bool] = mapped_column(default=False)
    disclosure_category: Mapped[str | None] = mapped_column(String(32), default=None)
    disclosure_evidence: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Which taxonomy and analyser produced this row: `flask reanalyse` redoes stale rows.
    fingerprint: Mapped[str] = mapped_column(String(32), index=True)
    analysed_at: Mapped[datetime] = mapped_column(default=utcnow)

    answer: Mapped[Answer] = relationship()
    themes: Mapped[list[AnswerTheme]] = relationship(
        cascade="all, delete-orphan", back_populates="analysis"
    )


class AnswerTheme(Base):
    __tablename__ = "answer_themes"

    answer_id: Mapped[int] = mapped_column(
        ForeignKey("text_analyses.answer_id", ondelete="CASCADE"), primary_key=True
    )
    theme_id: Mapped[int] = mapped_column(ForeignKey("themes.id"), primary_key=True, index=True)
    evidence: Mapped[list[str]] = mapped_column(JSON, default=list)

    analysis: Mapped[TextAnalysis] = relationship(back_populates="themes")
    theme: Mapped[Theme] = relationship()


class Alert(TimestampMixin, Base):
    """A response that may show a child at risk: a lead must act the same working day."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("responses.id"), unique=True)
    # What raised it: [{"kind": "text", "question_id", "category", "evidence"}, {"kind": "asked"}]
    reasons: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    category: Mapped[str | None] = mapped_column(String(32), default=None)
    status: Mapped[AlertStatus] = mapped_column(
        StrEnumType(AlertStatus), default=AlertStatus.OPEN, index=True
    )
    acknowledge_by: Mapped[datetime] = mapped_column()
    acknowledged_at: Mapped[datetime | None] = mapped_column(default=None)
    acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    outcome: Mapped[AlertOutcome | None] = mapped_column(StrEnumType(AlertOutcome), default=None)
    outcome_notes: Mapped[str | None] = mapped_column(Text, default=None)
    closed_at: Mapped[datetime | None] = mapped_column(default=None)
    closed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    escalated_at: Mapped[datetime | None] = mapped_column(default=None)

    response: Mapped[Response] = relationship()
    recipients: Mapped[list[User]] = relationship(secondary="alert_recipients")
    acknowledged_by: Mapped[User | None] = relationship(foreign_keys=[acknowledged_by_id])
    closed_by: Mapped[User | None] = relationship(foreign_keys=[closed_by_id])


alert_recipients = Table(
    "alert_recipients",
    Base.metadata,
    Column("alert_id", ForeignKey("alerts.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
)


class AuditEvent(Base):
    """Who did what, when, to which object. Never any response text."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    action: Mapped[str] = mapped_column(String(64))
    object_type: Mapped[str] = mapped_column(String(32))
    object_id: Mapped[int | None] = mapped_column(Integer, default=None)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    actor: Mapped[User | None] = relationship()
