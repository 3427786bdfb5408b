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


class AlertStatus(StrEnum):
    OPEN = "open"
    ACKNOWLEDGED = "acknowledged"
    CLOSED = "closed"

    @property
    def label(self) -> str:
        return {
            AlertStatus.OPEN: "Not yet acknowledged",
            AlertStatus.ACKNOWLEDGED: "Acknowledged",
            AlertStatus.CLOSED: "Closed",
        }[self]


class AlertOutcome(StrEnum):
    MASH = "mash"
    LADO = "lado"
    DISCUSSED_WITH_WORKER = "discussed_with_worker"
    NO_FURTHER_ACTION = "no_further_action"

    @property
    def label(self) -> str:
        return {
            AlertOutcome.MASH: "Referred to MASH",
            AlertOutcome.LADO: "Referred to the LADO",
            AlertOutcome.DISCUSSED_WITH_WORKER: "Discussed with the child's worker",
            AlertOutcome.NO_FURTHER_ACTION: "No further action",
        }[self]
