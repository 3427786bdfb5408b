"""Redaction of names, phones, emails, postcodes and addresses, and what must stay."""

from __future__ import annotations

import pytest

from feedback.analysis import analyse


def redacted(text: str) -> str:
    return analyse(text).redacted


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sarah was lovely", "[name] was lovely"),
        ("Mrs Jenkins explained it", "[name] explained it"),
        ("thanks to Dr Patel", "thanks to [name]"),
        ("jo was nice", "[name] was nice"),
        ("Rachel Evans was our worker", "[name] was our worker"),
        ("Kerry's sessions were great", "[name]'s sessions were great"),
        ("Grace came every week", "[name] came every week"),
        ("call me on 07700 900123", "call me on [phone]"),
        ("My number is +44 7700 900 123", "My number is [phone]"),
        ("ring (01432) 260 000 please", "ring [phone] please"),
        ("email sarah.jones@example.org", "email [email]"),
        (
            "we live at 12 Bath Street, Hereford HR4 0LE",
            "we live at [address], Hereford [postcode]",
        ),
        ("Flat 3, 45 Whitecross Road is ours", "[address] is ours"),
        ("i moved to HR40LE", "i moved to [postcode]"),
    ],
)
def test_redacts_each_kind(text, expected):
    assert redacted(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "i will tell my friends",
        "Will there be another meeting?",
        "we said grace before tea",
        "have faith in the process",
        "Hope this helps",
        "there is hope",
        "it was a joy",
        "I may come back",
        "Mum and Dad and Nan came",
        "The course in Hereford and Leominster",
        "MASH and Childline were mentioned",
        "I was given a leaflet in May",
        "a rose in the garden",
        "they will mark it",
        "I gave it 4 out of 5 in 2023",
    ],
)
def test_leaves_ordinary_words_places_and_services(text):
    assert redacted(text) == text


def test_redacts_the_whole_of_a_long_text():
    text = "Sarah was kind. " * 10 + "x" * 100_000 + " call 07700 900123"
    out = redacted(text)
    assert "Sarah" not in out and out.endswith("call [phone]")
