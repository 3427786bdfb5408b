"""Word groups for the learned disclosure reader: phrases match whole words, groups
and their pairs become features, and the table itself is well formed."""

from __future__ import annotations

import pytest

from feedback.analysis.concepts import GROUPS, MAX_PHRASE, concept_features, concepts
from feedback.analysis.disclosure_model import features


def words(text: str) -> list[str]:
    return text.split()


def test_words_never_seen_in_training_share_a_group_with_ones_that_were():
    assert "hunger" in concepts(words("the biscuits were the only thing i have eaten"))
    assert "hunger" in concepts(words("i am starving"))
    assert "self_hurt" in concepts(words("i have got tablets saved up"))


def test_phrases_match_whole_words_only():
    assert "secret" in concepts(words("he said it is our secret"))
    # "ours" is not "our secret", and "secretary" is not "secret"
    assert "secret" not in concepts(words("the secretary said ours was late"))
    assert concepts(words("")) == set()


def test_pairs_of_groups_are_features_in_a_fixed_order():
    feats = concept_features(words("my stepdad hits me every night"))
    assert {"g:adult_man", "g:violence", "g:present_time"} <= feats
    assert "gg:adult_man+present_time" in feats
    assert "gg:present_time+adult_man" not in feats


def test_the_disclosure_reader_sees_groups_and_what_the_rules_set_aside():
    feats = features(
        "my dad used to hit me", "child", "cidva-child", trace=(("physical_abuse", "past"),)
    )
    assert {"g:violence", "g:over_time", "t:past", "t:physical_abuse:past"} <= feats
    # A cue the rules kept adds nothing: the reader only runs when the rules found none.
    kept = features("he hits me", trace=(("physical_abuse", "kept"),))
    assert not any(f.startswith("t:") for f in kept)


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_every_group_is_lowercase_normalised_words(group):
    phrases = GROUPS[group]
    assert phrases, group
    for phrase in phrases:
        assert phrase == phrase.lower().strip()
        assert 1 <= len(phrase.split()) <= MAX_PHRASE
        assert "'" not in phrase, "normalised text has no apostrophes"
