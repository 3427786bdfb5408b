"""Typed SQLAlchemy 2 models. Views never import this module; they call feedback.data.interfaces."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from feedback.data.base import Base, StrEnumType, TimestampMixin, utcnow
from feedback.data.types import Audience, CollectionStatus, ConferenceType, CourseType, Role


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
