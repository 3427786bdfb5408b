"""The learned second reader: it adds flags the rules miss, never removes one, asks for
more confidence where a guard spoke, and explains itself with the text's own words."""

from __future__ import annotations

import json

import pytest

from feedback.analysis import analyse, disclosure_model
from feedback.analysis.disclosure_model import Model, features, parse, second_reading
from feedback.analysis.normalise import clean, normalise
from feedback.analysis.types import Disclosure

NO = Disclosure(False, None, ())


def toy(threshold: float = 0.5, guarded: float = 0.9) -> Model:
    """Two classes besides "none": a word pushes towards neglect, a pair towards threat."""
    return parse(
        {
            "classes": ["none", "neglect", "threat"],
            "bias": [2.0, 0.0, 0.0],
            "threshold": threshold,
            "guarded_threshold": guarded,
            "weights": {
                "w:bins": [0.0, 4.0, 0.0],
                "w:food": [0.0, 1.0, 0.0],
                "b:im_dead": [0.0, 0.0, 5.0],
                "w:the": [0.0, 3.0, 0.0],
                "n:food": [5.0, 0.0, 0.0],
            },
        }
    )


@pytest.fixture
def use_toy(monkeypatch: pytest.MonkeyPatch):
    def install(model: Model) -> None:
        monkeypatch.setattr(disclosure_model, "load", lambda: model)

    return install


def norm(text: str) -> str:
    return normalise(clean(text))


def test_features_mark_words_pairs_negation_scope_and_writer():
    feats = features(norm("nobody feeds us"), respondent="child")
    assert {"w:nobody", "w:feeds", "b:nobody_feeds", "n:feeds", "n:us", "r:child"} <= feats
    assert "n:nobody" not in feats
    assert "r:professional" in features("x", form="training-reaction")


def test_the_model_flags_what_the_rules_missed_with_its_own_words(use_toy):
    use_toy(toy())
    found = second_reading(norm("we get our food from the bins"), NO)
    assert found.flag and found.category == "neglect"
    # Evidence is the words that pushed towards the category, never filler words.
    assert found.evidence[0] == "bins"
    assert "the" not in found.evidence


def test_below_the_threshold_nothing_is_flagged(use_toy):
    use_toy(toy())
    assert second_reading(norm("we had food"), NO) == NO
    # A negated word pushes the other way.
    assert second_reading(norm("there was no food in the bins"), NO).flag is False


def test_the_rules_flag_stands_untouched(use_toy):
    use_toy(toy())
    rules = Disclosure(True, "physical_abuse", ("hits me",))
    assert second_reading(norm("he hits me"), rules) is rules


def test_a_guard_asks_for_more_confidence(use_toy):
    # "bored to death" is an idiom the rules set aside: the same model score that flags
    # a plain text is not enough next to it.
    plain = "we get food from the bins"
    guarded = "we get food from the bins and i was bored to death"
    use_toy(toy(threshold=0.5, guarded=0.999))
    assert second_reading(norm(plain), NO).flag
    assert not second_reading(norm(guarded), NO).flag
    use_toy(toy(threshold=0.5, guarded=0.5))
    assert second_reading(norm(guarded), NO).flag


def test_a_missing_model_leaves_the_rules_alone(use_toy):
    use_toy(None)
    assert second_reading(norm("we get food from the bins"), NO) == NO


def test_inconsistent_weights_are_refused():
    with pytest.raises(ValueError):
        parse(
            {
                "classes": ["none", "neglect"],
                "bias": [0.0],
                "threshold": 0.5,
                "guarded_threshold": 0.5,
                "weights": {},
            }
        )


def test_the_shipped_model_loads_and_covers_every_category():
    model = disclosure_model.load()
    assert model is not None
    assert set(model.classes) == {"none", *json.loads(json.dumps(list(model.classes)))} - set()
    from feedback.analysis.disclosure import CATEGORIES

    assert set(model.classes) == {"none", *CATEGORIES}
    assert 0 < model.threshold <= model.guarded_threshold <= 1


# Indirect wording that no rule was written for (these sentences are written for this
# test and are not in the training data).
UNLISTED = [
    "the cupboards are empty again and mum has been asleep since friday",
    "my uncle keeps a special secret with me and gives me sweets for keeping it",
    "i have to stay out of the house till really late or he goes mad at me",
]


@pytest.mark.parametrize("text", UNLISTED)
def test_the_shipped_reader_flags_indirect_wording(text):
    assert analyse(text, respondent="child").disclosure.flag


HARD_NEGATIVES = [
    "the worker was kind and i liked the games",
    "nobody at home hurts me and i feel safe",
    "my brother kills me at fifa every time lol",
    "the session on neglect was really useful for my practice",
    "dad used to shout a lot but he left years ago and its calm now",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_the_shipped_reader_leaves_hard_negatives_alone(text):
    assert not analyse(text).disclosure.flag
