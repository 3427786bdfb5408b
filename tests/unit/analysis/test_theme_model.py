"""The learned theme reader: it weighs term matches with the rest of the comment, keeps
admins in control of their own themes and terms, and explains every tag."""

from __future__ import annotations

import pytest

from feedback.analysis import ThemeRule, default_taxonomy, theme_model
from feedback.analysis.normalise import clean, normalise
from feedback.analysis.themes import match_themes


def norm(text: str) -> str:
    return normalise(clean(text))


def tags(text: str, taxonomy=None, respondent="parent", form="cp-conference-parent"):
    return {m.slug: m.evidence for m in match_themes(norm(text), respondent, form, taxonomy)}


def test_the_shipped_model_covers_the_default_themes():
    model = theme_model.load()
    assert model is not None
    assert set(model.slugs) == {rule.slug for rule in default_taxonomy()}
    assert 0 < model.threshold < 1


def test_features_carry_the_term_matches_and_the_writer():
    feats = theme_model.features(
        "the report came late", "parent", "cp-conference-parent", {"x": 1, "y": 2}
    )
    assert {"w:report", "b:came_late", "t:x", "t:y", "t:y:2", "r:parent"} <= feats
    assert "t:x:2" not in feats


def test_an_admins_own_theme_is_matched_by_its_terms():
    taxonomy = (*default_taxonomy(), ThemeRule("transport", "Getting there", ("bus fare*",)))
    found = tags("the bus fares to the centre were too much for us", taxonomy)
    assert found["transport"] == ("bus fares",)


def test_a_new_term_on_a_default_theme_still_tags_it():
    rules = []
    for rule in default_taxonomy():
        if rule.slug == "practical_support_access":
            rule = ThemeRule(rule.slug, rule.label, (*rule.terms, "crèche", "creche"))
        rules.append(rule)
    found = tags("a creche on site would have made it possible to come", tuple(rules))
    assert "practical_support_access" in found
    assert "creche" in found["practical_support_access"]


def test_a_retired_theme_is_never_tagged():
    text = "the social worker kept changing and we had to start again every time"
    assert "worker_changes" in tags(text)
    active = tuple(r for r in default_taxonomy() if r.slug != "worker_changes")
    assert "worker_changes" not in tags(text, active)


def test_every_tag_has_evidence_from_the_text():
    text = "nobody explained what the plan meant or what would happen next"
    for slug, evidence in tags(text).items():
        assert evidence, slug
        assert all(word in norm(text) for phrase in evidence for word in phrase.split())


def test_without_weights_the_terms_decide(monkeypatch: pytest.MonkeyPatch):
    text = "the social worker kept changing and we had to start again every time"
    monkeypatch.setattr(theme_model, "load", lambda: None)
    found = tags(text)
    assert "worker_changes" in found


def test_inconsistent_weights_are_refused():
    with pytest.raises(ValueError):
        theme_model.parse({"slugs": ["a", "b"], "bias": [0.0], "threshold": 0.5, "weights": {}})
