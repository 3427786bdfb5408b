"""Word clouds keep rare words, stop words and redaction tokens out, and draw a PNG."""

from __future__ import annotations

from feedback.reporting.wordcloud import alt_text, render_png, word_counts


def test_rare_words_tokens_and_stop_words_are_left_out():
    texts = ["[name] listened to me and the report was late"] * 5 + [
        "Zebedee was lovely",
        "the report was late again",
    ]
    counts = dict(word_counts(texts, threshold=5))
    assert counts == {"listened": 5, "report": 6, "late": 6}
    assert "zebedee" not in counts and "name" not in counts and "the" not in counts


def test_order_and_alt_text():
    texts = ["worker worker kind"] * 6 + ["kind"] * 3
    counts = word_counts(texts, threshold=5)
    assert counts == [("kind", 9), ("worker", 6)]
    assert alt_text(counts).endswith("most used first: kind, worker")


def test_png_is_drawn_the_same_way_each_time():
    counts = [("listened", 20), ("report", 12), ("late", 7)]
    first = render_png(counts)
    assert first.startswith(b"\x89PNG")
    assert render_png(counts) == first
