"""Theme taxonomy pages for admins: add, rename, retire themes and edit trigger terms."""

from __future__ import annotations

from typing import Any

from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from feedback.auth import MANAGE_THEMES, requires
from feedback.data.interfaces import analysis, audit
from feedback.forms import messages
from feedback.staff import bp
from feedback.staff.forms import ActionForm, NewThemeForm, ThemeForm


@bp.route("/themes")
@requires(MANAGE_THEMES)
def theme_list() -> Any:
    stale = analysis.count_stale(analysis.fingerprint(analysis.current_taxonomy()))
    return render_template("staff/themes.html", themes=analysis.list_themes(), stale=stale)


@bp.route("/themes/new", methods=["GET", "POST"])
@requires(MANAGE_THEMES)
def new_theme() -> Any:
    form = NewThemeForm()
    if form.validate_on_submit():
        if analysis.get_theme_by_slug(form.slug.data or "") is not None:
            form.slug.errors = [messages.THEME_SLUG_TAKEN]
        else:
            theme = analysis.create_theme(
                form.slug.data or "",
                form.label.data or "",
                form.description.data or "",
                (form.terms.data or "").splitlines(),
            )
            audit.record("theme.created", "theme", theme.id, actor=current_user)
            flash(
                f"Theme ‘{theme.label}’ added. Run flask reanalyse to tag stored answers.",
                "success",
            )
            return redirect(url_for("staff.theme_list"))
    status = 400 if request.method == "POST" else 200
    return render_template("staff/theme_form.html", form=form, theme=None), status


@bp.route("/themes/<int:theme_id>", methods=["GET", "POST"])
@requires(MANAGE_THEMES)
def edit_theme(theme_id: int) -> Any:
    theme = analysis.get_theme(theme_id)
    if theme is None:
        abort(404)
    form = ThemeForm()
    if request.method == "GET":
        form.label.data = theme.label
        form.description.data = theme.description
        form.terms.data = "\n".join(theme.terms)
    elif form.validate_on_submit():
        analysis.update_theme(
            theme,
            label=form.label.data or "",
            description=form.description.data or "",
            terms=(form.terms.data or "").splitlines(),
            is_active=theme.is_active,
        )
        audit.record("theme.edited", "theme", theme.id, actor=current_user)
        flash(f"Theme ‘{theme.label}’ saved.", "success")
        return redirect(url_for("staff.theme_list"))
    status = 400 if request.method == "POST" else 200
    return render_template(
        "staff/theme_form.html", form=form, theme=theme, action_form=ActionForm()
    ), status


@bp.route("/themes/<int:theme_id>/active", methods=["POST"])
@requires(MANAGE_THEMES)
def toggle_theme(theme_id: int) -> Any:
    theme = analysis.get_theme(theme_id)
    if theme is None:
        abort(404)
    if not ActionForm().validate_on_submit():
        abort(400)
    analysis.update_theme(
        theme,
        label=theme.label,
        description=theme.description,
        terms=theme.terms,
        is_active=not theme.is_active,
    )
    audit.record(
        "theme.retired" if not theme.is_active else "theme.restored",
        "theme",
        theme.id,
        actor=current_user,
    )
    flash(f"Theme ‘{theme.label}’ {'brought back' if theme.is_active else 'retired'}.", "success")
    return redirect(url_for("staff.theme_list"))
