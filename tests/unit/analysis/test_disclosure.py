"""Disclosures: each category, the hard negatives, evidence, and long text."""

from __future__ import annotations

import pytest

from feedback.analysis import analyse

POSITIVES = [
    ("mums bf hits me", "physical_abuse"),
    ("dad hits me with his belt", "physical_abuse"),
    ("i got a black eye from my step dad", "physical_abuse"),
    ("he touches me where he shouldnt", "sexual_abuse"),
    ("my uncle does things to me at night that i dont like", "sexual_abuse"),
    ("sum1 online asked for pics", "exploitation"),
    ("a man gives me weed to sell", "exploitation"),
    ("my coach messages me at night and said keep it secret", "exploitation"),
    ("my mum says she wishes i was never born", "emotional_abuse"),
    ("dad calls me fat and stupid every day", "emotional_abuse"),
    ("theres never food", "neglect"),
    ("mum leaves us on our own at night", "neglect"),
    ("he said he'd kill her", "domestic_abuse"),
    ("dad punched mum in the face", "domestic_abuse"),
    ("i want to die", "self_harm"),
    ("i wish i wasnt here", "self_harm"),
    ("i cut myself", "self_harm"),
    ("we sleep in the car", "missing_or_homeless"),
    ("i ran away", "missing_or_homeless"),
    ("a boy at school says he's going to stab me", "threat"),
    ("i dont want to go home", "other_risk"),
    ("I don't feel safe at home", "other_risk"),
]


@pytest.mark.parametrize(("text", "category"), POSITIVES)
def test_flags_each_category(text, category):
    result = analyse(text, "child", "cidva-child").disclosure
    assert result.flag is True
    assert result.category == category
    assert result.evidence


@pytest.mark.parametrize(
    ("text", "respondent", "form"),
    [
        ("the session on neglect was useful", "professional", "training-reaction"),
        ("good case studies on grooming and domestic abuse", "professional", "training-reaction"),
        ("I used to get hit but I feel safe now", "child", "cidva-child"),
        ("I don't get hit any more", "child", "cidva-child"),
        ("I feel safe now", "child", "cidva-child"),
        ("bored to death", "child", "young-people-event"),
        ("my brother kills me at FIFA", "child", "cidva-child"),
        ("this is killing me", "child", "cidva-child"),
        ("nearly died laughing", "child", "young-people-event"),
        ("mum will kill me if I'm late", "child", "cidva-child"),
        ("the worker helped me make a safety plan", "child", "cidva-child"),
        ("My worker was brilliant", "parent", "cidva-parent"),
    ],
)
def test_hard_negatives_are_not_flagged(text, respondent, form):
    result = analyse(text, respondent, form).disclosure
    assert result.flag is False
    assert result.category is None
    assert result.evidence == ()


def test_professional_reporting_a_real_concern_is_flagged():
    text = "A colleague at our nursery has been seen pinching children at nap time"
    assert analyse(text, "professional", "training-learning").disclosure.flag


def test_disclosure_anywhere_in_a_very_long_text():
    text = "The sessions were good. " * 5000 + "i want to die"
    result = analyse(text, "child", "cidva-child").disclosure
    assert result.flag and result.category == "self_harm"


def test_no_respondent_or_form_still_flags():
    assert analyse("he hits me").disclosure.flag
