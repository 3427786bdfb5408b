"""The safeguarding alert journey: submit, alert, email with no text, acknowledge, close,
audit; named leads; escalation; access rules."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from feedback.data.base import utcnow
from feedback.data.models import Alert, AuditEvent, TextAnalysis
from feedback.data.types import AlertStatus, Role
from feedback.extensions import db
from tests.factories import make_collection, make_user, sign_in

DISCLOSURE = "my mums boyfriend hits me when she is at work and i am scared to go home"
HAPPY = "The games were fun and my worker listened to me"


def _outbox(app) -> list[str]:
    """Each message in the outbox as its headers and decoded body, oldest first."""
    from email import message_from_bytes
    from email.policy import default

    folder = Path(app.config["OUTBOX_PATH"])
    texts = []
    for path in sorted(folder.glob("*.eml")):
        message = message_from_bytes(path.read_bytes(), policy=default)
        headers = "\n".join(f"{k}: {v}" for k, v in message.items())
        texts.append(headers + "\n\n" + message.get_content())
    return texts


def _answer_child_form(client, code, *, helped_most="", wants_to_talk=None):
    client.post(f"/c/{code}")
    client.post(f"/c/{code}/q/3", data={"helped_most": helped_most} if helped_most else {})
    if wants_to_talk:
        client.post(f"/c/{code}/q/5", data={"wants_to_talk": wants_to_talk})
    check = client.get(f"/c/{code}/check").get_data(as_text=True)
    import re

    submission_id = re.search(r'name="submission_id" type="hidden" value="([^"]+)"', check)
    response = client.post(f"/c/{code}/check", data={"submission_id": submission_id.group(1)})
    assert response.status_code == 303
    return client.get(f"/c/{code}/thanks").get_data(as_text=True)


@pytest.fixture
def people(app):
    with app.app_context():
        lead = make_user(Role.SAFEGUARDING_LEAD)
        other_lead = make_user(Role.SAFEGUARDING_LEAD)
        admin = make_user(Role.ADMIN)
        worker = make_user(Role.PRACTITIONER)
        collection = make_collection(worker, "cidva-child")
        return {
            "lead": lead.email,
            "other_lead": other_lead.email,
            "admin": admin.email,
            "worker": worker.email,
            "code": collection.code,
            "collection_id": collection.id,
        }


def test_disclosure_journey_end_to_end(app, people):
    thanks = _answer_child_form(app.test_client(), people["code"], helped_most=DISCLOSURE)
    assert "Someone may get in touch" in thanks
    assert "0800 1111" in thanks and "999" in thanks
    with app.app_context():
        alert = db.session.scalars(select(Alert)).one()
        alert_id = alert.id
        assert alert.status == AlertStatus.OPEN
        assert {u.email for u in alert.recipients} == {people["lead"], people["other_lead"]}
        assert alert.reasons[0]["kind"] == "text"
        assert alert.acknowledge_by > utcnow()
    mails = _outbox(app)
    assert len(mails) == 1
    mail = mails[0]
    assert people["lead"] in mail and people["other_lead"] in mail
    assert f"/staff/alerts/{alert_id}" in mail
    for fragment in ["boyfriend", "hits", "scared", "games", "mums"]:
        assert fragment not in mail.lower()

    lead = app.test_client()
    sign_in(lead, people["lead"])
    page = lead.get(f"/staff/alerts/{alert_id}").get_data(as_text=True)
    assert DISCLOSURE in page
    assert "Leominster" in page or "Test cidva-child" in page
    assert lead.post(f"/staff/alerts/{alert_id}/acknowledge").status_code == 302
    refused = lead.post(f"/staff/alerts/{alert_id}", data={"outcome": "no_further_action"})
    assert refused.status_code == 400
    assert "Give the reason" in refused.get_data(as_text=True)
    closed = lead.post(
        f"/staff/alerts/{alert_id}", data={"outcome": "mash", "notes": "Referral made by phone"}
    )
    assert closed.status_code == 302
    with app.app_context():
        alert = db.session.get(Alert, alert_id)
        assert alert.status == AlertStatus.CLOSED and alert.outcome == "mash"
        events = db.session.scalars(
            select(AuditEvent).where(AuditEvent.object_type == "alert").order_by(AuditEvent.id)
        ).all()
        actions = [e.action for e in events]
        assert actions[0] == "alert.raised"
        assert "alert.viewed" in actions and "alert.acknowledged" in actions
        assert actions[-1] == "alert.closed"
        assert all(e.actor is not None for e in events[1:])
        for event in events:
            flat = str(event.details).lower()
            assert "hits" not in flat and "referral made" not in flat


def test_child_asking_to_talk_raises_an_alert_without_any_text(app, people):
    thanks = _answer_child_form(app.test_client(), people["code"], wants_to_talk="yes_talk")
    assert "Someone may get in touch" in thanks
    with app.app_context():
        alert = db.session.scalars(select(Alert)).one()
        assert alert.reasons == [{"kind": "asked", "question_id": "wants_to_talk"}]


def test_ordinary_response_raises_nothing(app, people):
    thanks = _answer_child_form(
        app.test_client(), people["code"], helped_most=HAPPY, wants_to_talk="no_thanks"
    )
    assert "Someone may get in touch" not in thanks
    with app.app_context():
        assert db.session.scalars(select(Alert)).first() is None
        analysed = db.session.scalars(select(TextAnalysis)).one()
        assert analysed.sentiment_label == "positive"
        assert not analysed.disclosure_flag
    assert _outbox(app) == []


def test_named_leads_get_the_alert(app, people):
    with app.app_context():
        from feedback.data.interfaces.users import get_user_by_email

        named = make_user(Role.SAFEGUARDING_LEAD)
        collection = make_collection(
            get_user_by_email(people["worker"]), "cp-conference-child", leads=(named,)
        )
        code, named_email = collection.code, named.email
    client = app.test_client()
    client.post(f"/c/{code}")
    from feedback.data.interfaces import catalogue

    with app.app_context():
        spec = catalogue.spec_for(catalogue.latest_version(collection.form_id))
    from tests.integration.respond_helpers import complete, send

    complete(client, code, spec)
    # "My answer to ..." texts are harmless; ask to talk on the last page instead.
    page = next(p for p in spec.pages if any(q.id == "wants_to_talk" for q in p.questions))
    client.post(f"/c/{code}/q/{page.number}", data={"wants_to_talk": "yes_talk"})
    send(client, code)
    with app.app_context():
        alert = db.session.scalars(select(Alert)).one()
        assert [u.email for u in alert.recipients] == [named_email]
    assert named_email in _outbox(app)[0]


def test_lead_not_sent_the_alert_cannot_open_it(app, people):
    with app.app_context():
        from feedback.data.interfaces.users import get_user_by_email

        named = make_user(Role.SAFEGUARDING_LEAD)
        collection = make_collection(
            get_user_by_email(people["worker"]), "cidva-child", leads=(named,)
        )
        code = collection.code
    _answer_child_form(app.test_client(), code, wants_to_talk="yes_talk")
    with app.app_context():
        alert_id = db.session.scalar(select(Alert.id))
    outsider = app.test_client()
    sign_in(outsider, people["lead"])
    assert outsider.get(f"/staff/alerts/{alert_id}").status_code == 404
    assert outsider.post(f"/staff/alerts/{alert_id}/acknowledge").status_code == 404
    listing = outsider.get("/staff/alerts").get_data(as_text=True)
    assert f"/staff/alerts/{alert_id}" not in listing
    admin = app.test_client()
    sign_in(admin, people["admin"])
    assert admin.get(f"/staff/alerts/{alert_id}").status_code == 200
    worker = app.test_client()
    sign_in(worker, people["worker"])
    assert worker.get(f"/staff/alerts/{alert_id}").status_code == 403
    assert worker.get("/staff/alerts").status_code == 403


def test_unacknowledged_alert_escalates_to_admins_once(app, people):
    _answer_child_form(app.test_client(), people["code"], helped_most=DISCLOSURE)
    runner = app.test_cli_runner()
    result = runner.invoke(args=["alerts", "escalate"])
    assert result.exit_code == 0 and "Escalated 0 alerts" in result.output
    with app.app_context():
        alert = db.session.scalars(select(Alert)).one()
        alert.acknowledge_by = utcnow() - timedelta(minutes=1)
        db.session.commit()
    result = runner.invoke(args=["alerts", "escalate"])
    assert "Escalated 1 alert" in result.output
    mails = _outbox(app)
    assert len(mails) == 2
    assert people["admin"] in mails[1] and "not been acknowledged" in mails[1]
    assert "boyfriend" not in mails[1]
    assert "Escalated 0 alerts" in runner.invoke(args=["alerts", "escalate"]).output
    with app.app_context():
        alert = db.session.scalars(select(Alert)).one()
        assert alert.escalated_at is not None
        assert people["admin"] in {u.email for u in alert.recipients}
        actions = [e.action for e in db.session.scalars(select(AuditEvent))]
        assert "alert.escalated" in actions


def test_acknowledged_alert_does_not_escalate(app, people):
    _answer_child_form(app.test_client(), people["code"], helped_most=DISCLOSURE)
    lead = app.test_client()
    sign_in(lead, people["lead"])
    with app.app_context():
        alert = db.session.scalars(select(Alert)).one()
        alert.acknowledge_by = utcnow() - timedelta(minutes=1)
        alert_id = alert.id
        db.session.commit()
    lead.post(f"/staff/alerts/{alert_id}/acknowledge")
    result = app.test_cli_runner().invoke(args=["alerts", "escalate"])
    assert "Escalated 0 alerts" in result.output


def test_analysis_failure_still_reaches_a_person(app, people, monkeypatch):
    from feedback.data.interfaces import analysis

    def broken(*args, **kwargs):
        raise RuntimeError("something went wrong inside")

    monkeypatch.setattr(analysis, "analyse", broken)
    _answer_child_form(app.test_client(), people["code"], helped_most=HAPPY)
    with app.app_context():
        alert = db.session.scalars(select(Alert)).one()
        assert alert.reasons == [{"kind": "analysis_failed"}]


def test_double_submit_raises_one_alert(app, people):
    client = app.test_client()
    code = people["code"]
    client.post(f"/c/{code}")
    client.post(f"/c/{code}/q/3", data={"helped_most": DISCLOSURE})
    import re

    check = client.get(f"/c/{code}/check").get_data(as_text=True)
    sid = re.search(r'name="submission_id" type="hidden" value="([^"]+)"', check).group(1)
    client.post(f"/c/{code}/check", data={"submission_id": sid})
    client.post(f"/c/{code}/check", data={"submission_id": sid})
    with app.app_context():
        assert len(db.session.scalars(select(Alert)).all()) == 1
    assert len(_outbox(app)) == 1
