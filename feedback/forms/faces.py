"""The five faces for children's scales, drawn here as inline SVG. Each face sits beside a
visible word, so the SVG itself is decorative and hidden from assistive technology."""

from __future__ import annotations

from markupsafe import Markup

# mouth path, fill colour, and eyebrow path (or "") for each face
_FACES: dict[str, tuple[str, str, str]] = {
    "great": ("M16 34 Q28 48 40 34", "#00703c", ""),
    "good": ("M18 35 Q28 42 38 35", "#4c8c2b", ""),
    "okay": ("M18 37 L38 37", "#b58840", ""),
    "not_good": ("M18 40 Q28 33 38 40", "#d4351c", ""),
    "awful": ("M17 42 Q28 30 39 42", "#942514", "M15 17 L23 20 M41 17 L33 20"),
}


def face_svg(value: str) -> Markup:
    mouth, colour, brows = _FACES[value]
    brow_path = (
        f'<path d="{brows}" stroke="#0b0c0c" stroke-width="3" fill="none"/>' if brows else ""
    )
    # Every interpolated value comes from the constant table above, never from input.
    return Markup(  # noqa: S704
        '<svg class="app-face__svg" viewBox="0 0 56 56" aria-hidden="true" focusable="false" '
        'xmlns="http://www.w3.org/2000/svg">'
        f'<circle cx="28" cy="28" r="26" fill="{colour}" stroke="#0b0c0c" stroke-width="2"/>'
        '<circle cx="20" cy="24" r="3.5" fill="#ffffff"/>'
        '<circle cx="36" cy="24" r="3.5" fill="#ffffff"/>'
        f"{brow_path}"
        f'<path d="{mouth}" stroke="#ffffff" stroke-width="4" fill="none" stroke-linecap="round"/>'
        "</svg>"
    )
