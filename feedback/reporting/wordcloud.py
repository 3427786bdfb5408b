"""Word clouds for the Board: from redacted comments only, with common words, redaction
tokens and rare words left out. A word used in fewer comments than the suppression
threshold is dropped, since a rare word can point to a person."""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

_WORD = re.compile(r"[a-z][a-z']{2,}")
_TOKENS = {"name", "phone", "email", "postcode", "address"}
# Words that say nothing on their own in this service's feedback.
_DOMAIN_STOPWORDS = {
    "also",
    "really",
    "just",
    "got",
    "get",
    "getting",
    "lot",
    "lots",
    "bit",
    "things",
    "thing",
    "would",
    "could",
    "much",
    "well",
    "way",
    "still",
    "even",
    "one",
    "two",
    "felt",
    "feel",
    "feeling",
    "made",
    "make",
    "think",
    "know",
    "like",
    "dont",
    "didnt",
    "doesnt",
    "cant",
    "wasnt",
    "im",
    "ive",
    "its",
    "thats",
    "there's",
    "didn't",
    "don't",
    "i'm",
    "i've",
    "it's",
    "that's",
    "can't",
    "wasn't",
    "doesn't",
    "won't",
    "isn't",
    "we're",
    "they're",
    "you're",
}
# Filler that crowds out what people are talking about.
_FILLER = {
    "nothing",
    "yet",
    "say",
    "said",
    "first",
    "new",
    "back",
    "every",
    "rather",
    "probably",
    "real",
    "find",
    "day",
    "days",
    "hour",
    "now",
    "thank",
    "thanks",
    "time",
    "times",
    "need",
    "able",
    "sure",
    "many",
    "always",
    "never",
    "anything",
    "something",
}


@cache
def stop_words() -> frozenset[str]:
    """wordcloud's English stop words and ours. wordcloud (and numpy) load on first use."""
    from wordcloud import STOPWORDS

    return frozenset(w.lower() for w in STOPWORDS) | _DOMAIN_STOPWORDS | _FILLER | _TOKENS


def word_counts(texts: Iterable[str], threshold: int, top: int = 60) -> list[tuple[str, int]]:
    """The most used words, by the number of comments that use them, most first; only
    words found in at least `threshold` comments."""
    documents: Counter[str] = Counter()
    for text in texts:
        cleaned = re.sub(r"\[(name|phone|email|postcode|address)\]", " ", text.lower())
        words = {w.strip("'").removesuffix("'s") for w in _WORD.findall(cleaned)}
        stop = stop_words()
        documents.update(w for w in words if w and w not in stop)
    kept = [(word, n) for word, n in documents.items() if n >= threshold]
    return sorted(kept, key=lambda item: (-item[1], item[0]))[:top]


def _colour(*args: object, **kwargs: object) -> str:
    return "#00625e"


def render_png(counts: list[tuple[str, int]]) -> bytes:
    """A PNG of the words, sized by use. The same words always give the same picture."""
    from wordcloud import WordCloud

    cloud = WordCloud(
        width=800,
        height=400,
        background_color="white",
        random_state=7,
        prefer_horizontal=1.0,
        max_words=len(counts),
        color_func=_colour,
        margin=4,
    ).generate_from_frequencies(dict(counts))
    buffer = io.BytesIO()
    cloud.to_image().save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def alt_text(counts: list[tuple[str, int]], limit: int = 20) -> str:
    words = ", ".join(word for word, _ in counts[:limit])
    return f"Word cloud of the words used most in comments, most used first: {words}"
