"""Email to staff. Over SMTP when SMTP_HOST is set; otherwise written as .eml files to
instance/outbox/, where they can be read and tested. Messages never carry response text."""

from __future__ import annotations

import smtplib
import uuid
from email.message import EmailMessage
from pathlib import Path

from flask import current_app

from feedback.data.base import utcnow


def outbox_dir() -> Path:
    return Path(current_app.config.get("OUTBOX_PATH") or Path(current_app.instance_path) / "outbox")


def send(to: list[str], subject: str, body: str) -> None:
    if not to:
        return
    message = EmailMessage()
    message["From"] = current_app.config["MAIL_FROM"]
    message["To"] = ", ".join(to)
    message["Subject"] = subject
    message["Message-ID"] = f"<{uuid.uuid4()}@feedback>"
    message.set_content(body)
    host = current_app.config.get("SMTP_HOST")
    if host:
        with smtplib.SMTP(host, int(current_app.config["SMTP_PORT"]), timeout=10) as smtp:
            if current_app.config.get("SMTP_STARTTLS"):
                smtp.starttls()
            if current_app.config.get("SMTP_USER"):
                smtp.login(current_app.config["SMTP_USER"], current_app.config["SMTP_PASSWORD"])
            smtp.send_message(message)
        return
    folder = outbox_dir()
    folder.mkdir(parents=True, exist_ok=True)
    stamp = utcnow().strftime("%Y%m%dT%H%M%S%f")
    (folder / f"{stamp}-{uuid.uuid4().hex[:8]}.eml").write_bytes(bytes(message))
