"""Flask extension singletons, bound to the app in create_app()."""

from __future__ import annotations

from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect

from feedback.data.base import Base, render_migration_item
from feedback.ratelimit import limiter

__all__ = ["csrf", "db", "limiter", "login_manager", "migrate"]

db = SQLAlchemy(model_class=Base)
migrate = Migrate(render_as_batch=True, compare_type=True, render_item=render_migration_item)
login_manager = LoginManager()
csrf = CSRFProtect()
