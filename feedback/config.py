"""Typed settings, read from the environment only, with defaults that are safe in production."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


class ConfigError(RuntimeError):
    """Raised at start-up when the environment cannot give a safe configuration."""


def _bool(value: str | None, default: bool) -> bool:
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"Expected a true/false value, got {value!r}")


def _int(value: str | None, default: int) -> int:
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ConfigError(f"Expected a whole number, got {value!r}") from exc


@dataclass(frozen=True)
class Settings:
    """Everything the app reads from the environment, parsed once."""

    env: str
    secret_key: str
    database_url: str
    redis_url: str | None
    secure_cookies: bool
    public_base_url: str | None
    partnership_name: str
    service_name: str
    draft_days: int
    smtp_host: str | None
    smtp_port: int
    smtp_user: str | None
    smtp_password: str | None
    smtp_starttls: bool
    mail_from: str
    alert_ack_working_days: int
    suppression_threshold: int
    extra: dict[str, object] = field(default_factory=dict)

    @classmethod
    def from_env(cls, instance_path: str, environ: dict[str, str] | None = None) -> Settings:
        env_vars = dict(os.environ if environ is None else environ)
        env = env_vars.get("FEEDBACK_ENV", "production").strip().lower()
        if env not in {"production", "development", "testing"}:
            raise ConfigError(
                f"FEEDBACK_ENV must be production, development or testing, not {env!r}"
            )
        secret_key = env_vars.get("SECRET_KEY", "")
        if not secret_key:
            secret_file = Path(instance_path) / "secret_key"
            if env != "production" and secret_file.exists():
                secret_key = secret_file.read_text().strip()
        if not secret_key:
            raise ConfigError(
                "SECRET_KEY is not set. Set it in the environment "
                "(`make run` writes one to instance/secret_key for development)."
            )
        if len(secret_key) < 32:
            raise ConfigError("SECRET_KEY must be at least 32 characters long")
        threshold = _int(env_vars.get("SUPPRESSION_THRESHOLD"), 5)
        if threshold < 3:
            raise ConfigError("SUPPRESSION_THRESHOLD must be 3 or more: 'fewer than 2' means 1")
        default_db = f"sqlite:///{Path(instance_path) / 'feedback.sqlite'}"
        return cls(
            env=env,
            secret_key=secret_key,
            database_url=env_vars.get("DATABASE_URL") or default_db,
            redis_url=env_vars.get("REDIS_URL") or None,
            secure_cookies=_bool(env_vars.get("SECURE_COOKIES"), default=env == "production"),
            public_base_url=(env_vars.get("PUBLIC_BASE_URL") or "").rstrip("/") or None,
            partnership_name=env_vars.get(
                "PARTNERSHIP_NAME", "Herefordshire Safeguarding Children Partnership"
            ),
            service_name=env_vars.get("SERVICE_NAME", "Have your say"),
            draft_days=_int(env_vars.get("DRAFT_DAYS"), 14),
            smtp_host=env_vars.get("SMTP_HOST") or None,
            smtp_port=_int(env_vars.get("SMTP_PORT"), 587),
            smtp_user=env_vars.get("SMTP_USER") or None,
            smtp_password=env_vars.get("SMTP_PASSWORD") or None,
            smtp_starttls=_bool(env_vars.get("SMTP_STARTTLS"), default=True),
            mail_from=env_vars.get("MAIL_FROM", "feedback-alerts@localhost"),
            alert_ack_working_days=_int(env_vars.get("ALERT_ACK_WORKING_DAYS"), 1),
            suppression_threshold=threshold,
        )

    def flask_config(self) -> dict[str, object]:
        return {
            # Only the test suite may trade hash strength for speed.
            "FAST_PASSWORD_HASHING_FOR_TESTS": False,
            "SECRET_KEY": self.secret_key,
            "SQLALCHEMY_DATABASE_URI": self.database_url,
            "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
            "SESSION_COOKIE_SECURE": self.secure_cookies,
            "SESSION_COOKIE_HTTPONLY": True,
            "SESSION_COOKIE_SAMESITE": "Lax",
            "SESSION_COOKIE_NAME": "feedback_session",
            "REMEMBER_COOKIE_SECURE": self.secure_cookies,
            "REMEMBER_COOKIE_HTTPONLY": True,
            # Children may take as long as they like: the CSRF token lives as
            # long as the browser session rather than expiring after an hour.
            "WTF_CSRF_TIME_LIMIT": None,
            "WTF_CSRF_SSL_STRICT": self.secure_cookies,
            "RATELIMIT_STORAGE_URI": self.redis_url or "memory://",
            "CACHE_TYPE": "RedisCache" if self.redis_url else "SimpleCache",
            "CACHE_REDIS_URL": self.redis_url,
            "CACHE_KEY_PREFIX": "feedback:",
            "CACHE_DEFAULT_TIMEOUT": 600,
            "RATELIMIT_HEADERS_ENABLED": False,
            "PUBLIC_BASE_URL": self.public_base_url,
            "PARTNERSHIP_NAME": self.partnership_name,
            "SERVICE_NAME": self.service_name,
            "DRAFT_DAYS": self.draft_days,
            "SMTP_HOST": self.smtp_host,
            "SMTP_PORT": self.smtp_port,
            "SMTP_USER": self.smtp_user,
            "SMTP_PASSWORD": self.smtp_password,
            "SMTP_STARTTLS": self.smtp_starttls,
            "MAIL_FROM": self.mail_from,
            "ALERT_ACK_WORKING_DAYS": self.alert_ack_working_days,
            "SUPPRESSION_THRESHOLD": self.suppression_threshold,
            "TESTING": self.env == "testing",
            "FEEDBACK_ENV": self.env,
            "MAX_CONTENT_LENGTH": 256 * 1024,
            "MAX_FORM_MEMORY_SIZE": 256 * 1024,
        }
