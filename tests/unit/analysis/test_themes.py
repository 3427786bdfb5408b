"""Themes: explainable tags from trigger terms, the term syntax and custom taxonomies."""

from __future__ import annotations

from feedback.analysis import ThemeRule, analyse, default_taxonomy
from feedback.analysis.terms import compile_terms
from feedback.analysis.themes import compile_taxonomy

SLUGS = {
    "listened_to",
    "relationship_with_worker",
    "worker_changes",
    "communication_information",
    "feeling_safe",
    "emotional_wellbeing",
    "family_relationships",
    "school_education",
    "practical_support_access",
    "privacy_respect",
    "training_content",
    "training_delivery",
    "multi_agency_learning",
    "practice_impact",
}


def slugs(text: str, respondent: str | None = None, form: str | None = None) -> set[str]:
    return {m.slug for m in analyse(text, respondent, form).themes}


def test_default_taxonomy_has_the_14_contract_slugs():
    taxonomy = default_taxonomy()
    assert {rule.slug for rule in taxonomy} == SLUGS
    assert all(rule.terms and rule.label for rule in taxonomy)


def test_examples_per_theme():
    assert "listened_to" in slugs("they really listened to me", "child", "cidva-child")
    assert "worker_changes" in slugs(
        "we had to tell my story again to a new worker", "parent", "cp-conference-parent"
    )
    assert "communication_information" in slugs(
        "the report came too late to read", "parent", "cp-conference-parent"
    )
    assert "feeling_safe" in slugs("i feel safe at home now", "child", "cidva-child")
    assert "school_education" in slugs("i get on better with my teacher", "child", "cidva-child")
    assert "family_relationships" in slugs("me and mum get on better", "child", "cidva-child")
    assert "practical_support_access" in slugs(
        "the visits were cancelled twice", "parent", "cidva-parent"
    )
    assert "privacy_respect" in slugs("I felt judged", "parent", "cp-conference-parent")
    assert "training_delivery" in slugs(
        "The trainer was great but parking was awful", "professional", "training-reaction"
    )
    assert "training_content" in slugs(
        "the case studies were relevant", "professional", "training-reaction"
    )
    assert "multi_agency_learning" in slugs(
        "good to network with other agencies", "professional", "training-reaction"
    )
    assert "practice_impact" in slugs(
        "I have made two referrals since", "professional", "training-learning"
    )


def test_every_tag_has_evidence_found_in_the_text():
    texts = [
        "My worker listened to me and I feel happier at school",
        "The trainer rushed the slides and the room was cold",
        "nobody told me what happens next and the report was late",
    ]
    for text in texts:
        result = analyse(text)
        assert len(result.themes) <= 3
        for match in result.themes:
            assert match.evidence
            for phrase in match.evidence:
                assert phrase.split()[0] in text.lower().replace("'", "")


def test_training_context_keeps_family_themes_out():
    assert "practical_support_access" not in slugs(
        "the venue was hard to find", "professional", "training-reaction"
    )
    assert "training_delivery" not in slugs("the venue was hard to find", "parent", "cidva-parent")


def test_term_syntax_prefix_phrase_and_gap():
    pattern = compile_terms(("listen*", "talked about me", "report ... late"))
    assert pattern is not None
    assert pattern.search("they listened")
    assert pattern.search("they talked... about me")
    assert pattern.search("the report came really late")
    assert not pattern.search("unlistened")
    assert compile_terms(()) is None


def test_custom_taxonomy_and_cache():
    taxonomy = (ThemeRule("food", "Food", ("pizza", "snack*")),)
    result = analyse("the snacks were good", taxonomy=taxonomy)
    assert [(m.slug, m.evidence) for m in result.themes] == [("food", ("snacks",))]
    assert compile_taxonomy(taxonomy) is compile_taxonomy(taxonomy)
    assert analyse("nothing here", taxonomy=[]).themes == ()


def test_broader_wording_per_theme():
    assert "worker_changes" in slugs(
        "ive had like 6 social workers", "child", "cp-conference-child"
    )
    assert "practical_support_access" in slugs(
        "Sessions kept being moved at short notice", "parent", "cidva-parent"
    )
    assert "feeling_safe" in slugs("i know i can ring 999 if he comes back", "child", "cidva-child")
    assert "privacy_respect" in slugs("I felt like I was on trial", "parent")
    assert "multi_agency_learning" in slugs(
        "Loved hearing the GP's perspective", "professional", "training-reaction"
    )
    assert "training_delivery" in slugs("Far too fast, we skipped whole sections", "professional")


def test_a_mere_mention_of_a_worker_is_not_the_relationship():
    assert "relationship_with_worker" not in slugs(
        "This is my third social worker since March", "parent", "cp-conference-parent"
    )
    assert "relationship_with_worker" in slugs("my social worker is always late", "child")
    assert "practice_impact" not in slugs(
        "The case studies were realistic", "professional", "training-reaction"
    )


def test_veto_terms_suppress_their_theme_in_the_same_clause_only():
    taxonomy = (ThemeRule("school", "School", ("school", "teacher*", "!school holidays")),)
    assert analyse("we met in the school holidays", taxonomy=taxonomy).themes == ()
    kept = analyse("in the school holidays, i missed my school", taxonomy=taxonomy).themes
    assert [(m.slug, m.evidence) for m in kept] == [("school", ("school",))]
    # Another trigger in the vetoed clause is dropped too; the veto never tags by itself.
    assert analyse("my teacher rang in the school holidays", taxonomy=taxonomy).themes == ()
    veto_only = (ThemeRule("v", "Veto only", ("!school holidays",)),)
    assert analyse("the school holidays", taxonomy=veto_only).themes == ()


def test_veto_syntax_gap_and_prefix_and_spacing():
    taxonomy = (ThemeRule("s", "School", ("school", "! sessions ... at school")),)
    assert analyse("the sessions were held at school", taxonomy=taxonomy).themes == ()
    assert analyse("i like school but the sessions were boring", taxonomy=taxonomy).themes
    assert compile_terms(("!school holidays",)) is None


def test_veto_only_affects_its_own_theme():
    taxonomy = (
        ThemeRule("a", "A", ("school", "!school run")),
        ThemeRule("b", "B", ("school run",)),
    )
    assert [m.slug for m in analyse("the school run was hard", taxonomy=taxonomy).themes] == ["b"]


def test_default_vetoes_keep_school_as_a_venue_out_of_school_education():
    assert "school_education" not in slugs(
        "she came to my school every week", "child", "cidva-child"
    )
    assert "school_education" not in slugs(
        "Sessions were on Thursday afternoons at school", "parent", "cidva-parent"
    )
    assert "school_education" not in slugs(
        "Appointments were always when I'm at work", "parent", "cidva-parent"
    )
    assert "school_education" in slugs("i am doing better at school", "child", "cidva-child")
    assert "school_education" in slugs("i hated missing PE for it", "child", "cidva-child")


def test_wider_wording_for_weaker_themes():
    assert "family_relationships" in slugs("me and my brother dont fight as much", "child")
    assert "privacy_respect" in slugs("they talked to us like we were stupid", "child")
    assert "feeling_safe" in slugs("i know where to get help if something happens", "child")
    assert "practical_support_access" in slugs("there was nowhere to park", "parent")


def test_general_wording_and_misspellings_are_tagged() -> None:
    from feedback.analysis.pipeline import analyse

    def slugs(text: str, respondent: str, form: str) -> set[str]:
        return {t.slug for t in analyse(text, respondent, form).themes}

    assert "listened_to" in slugs("she lisened to me", "child", "cidva-child")
    assert "worker_changes" in slugs("a revolving door of workers", "parent", "cidva-parent")
    assert "training_delivery" in slugs("zoom froze twice", "professional", "training-reaction")
    assert "practical_support_access" not in slugs(
        "she was gentle and never rushed him", "parent", "cidva-parent"
    )
