"""Enumerations stored in the database. Roles are declared here, once."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    PRACTITIONER = "practitioner"
    SAFEGUARDING_LEAD = "safeguarding_lead"
    BOARD = "board"

    @property
    def label(self) -> str:
        return {
            Role.ADMIN: "Admin",
            Role.PRACTITIONER: "Practitioner or trainer",
            Role.SAFEGUARDING_LEAD: "Safeguarding lead",
            Role.BOARD: "Board member",
        }[self]


class Audience(StrEnum):
    CHILD = "child"
    PARENT = "parent"
    PROFESSIONAL = "professional"


class ConferenceType(StrEnum):
    INITIAL = "initial"
    REVIEW = "review"

    @property
    def label(self) -> str:
        return {ConferenceType.INITIAL: "Initial", ConferenceType.REVIEW: "Review"}[self]


class CourseType(StrEnum):
    FACE_TO_FACE = "face_to_face"
    E_LEARNING = "e_learning"

    @property
    def label(self) -> str:
        return {CourseType.FACE_TO_FACE: "Face-to-face", CourseType.E_LEARNING: "E-learning"}[self]


class CollectionStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"
