"""Redaction of personal details: names, phone numbers, emails, postcodes, addresses.

Each detail becomes one placeholder: ``[name]``, ``[phone]``, ``[email]``,
``[postcode]`` or ``[address]``. The whole text is redacted, however long.

Names come from ``data/names.txt`` (common first names across UK communities) and
from titles ("Mrs Jenkins", "Dr Patel", "PC Morgan", "mr jones", "Mrs P"). A first
name followed by a capitalised word that is not itself a first name takes it as a
surname ("Rachel Evans" -> "[name]"). Names that are also English words ("Will",
"Grace", "Hope", "Mark", "Rose") are redacted when capitalised mid-sentence, at the
start of a sentence only when a verb-like word follows ("Grace came", not "Hope
this helps"), and in lower case only after a word such as "friend", "uncle" or
"called". Other names are redacted in lower case too ("jo was nice"). The English
word list is TextBlob's tagger lexicon, so nothing is downloaded.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from feedback.analysis import rxcache
from feedback.analysis.textblob_en import en_data

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+\s?44|0044|\(?0)[\d \t\-().]{7,18}\d(?!\d)")
_POSTCODE = re.compile(
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[a-z]{1,2}\d[a-z\d]?\s\d[a-z]{2}|[A-Za-z]{1,2}\d[A-Za-z\d]?\s\d[A-Za-z]{2})\b"
)
_SUFFIX = (
    r"Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Way|Crescent|Court|Place|Gardens|Grove|"
    r"Terrace|Walk|Square|Hill|Row|Mews|Park|Rise|View|Green|Parade|Broadway|Meadows?|Fields|"
    r"Croft|Vale|Gate|End|Way"
)
_STRONG_SUFFIX = r"street|road|lane|avenue|close|drive|crescent|grove|terrace|gardens|way|court"
_ADDRESS = re.compile(
    r"\b(?:(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?,?\s+"
    rf"(?:(?:St\.?\s+)?(?:[A-Z][\w']+\s+){{0,3}}(?:{_SUFFIX})\b|(?:[a-z']+\s+){{1,2}}(?:{_STRONG_SUFFIX})\b)",
)
_ADDRESS_LOWER = re.compile(
    rf"\b(?:(?:flat|apartment)\s+\d+[a-z]?,?\s+)?\d{{1,4}}[a-z]?,?\s+(?:[a-z']+\s+){{1,2}}(?:{_STRONG_SUFFIX})\b"
)
_TITLE = re.compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|PC|DC|DS|DI|Sgt|Sergeant|Cllr|Councillor|Rev|Revd)\.?\s+"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]+)?|[A-Z]\b\.?)"
)
_TITLE_LOWER = re.compile(r"\b(?:mr|mrs|ms|miss|dr)\.?\s+([a-z][a-z'’-]+)")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z]*(?:[-'’][A-Za-z]+)*")
_SENTENCE_END = re.compile(r"(?:^|[.!?:\n]|\[\w+\])\s*$")

NOT_NAMES = frozenset(
    {
        "mum",
        "dad",
        "nan",
        "nana",
        "nanny",
        "gran",
        "granny",
        "grandma",
        "grandad",
        "aunty",
        "auntie",
        "aunt",
        "uncle",
        "sis",
        "bro",
        "mam",
        "mom",
        "ma",
        "pa",
        "sir",
        "miss",
        "mister",
        "hereford",
        "leominster",
        "ledbury",
        "kington",
        "ross",
        "bromyard",
        "worcester",
        "mash",
        "childline",
        "kooth",
        "nspcc",
        "barnardo",
        "ofsted",
        "god",
        "allah",
        "jesus",
        "christmas",
        "easter",
        "eid",
        "diwali",
    }
)
# Names that are also month or season words: redacted only after a word like "friend".
CONTEXT_ONLY = frozenset({"april", "may", "june", "summer", "autumn", "august", "winter"})
_AFTER_NAME = frozenset(
    {
        "there",
        "you",
        "i",
        "we",
        "they",
        "he",
        "she",
        "it",
        "this",
        "that",
        "these",
        "those",
        "the",
        "a",
        "an",
        "my",
        "your",
        "our",
        "his",
        "her",
        "their",
        "all",
        "everyone",
        "someone",
        "anyone",
        "me",
        "us",
        "them",
        "him",
        "not",
        "be",
        "so",
        "to",
        "for",
        "in",
        "on",
        "at",
        "of",
        "with",
        "if",
        "is",
    }
)
_BEFORE_LOWER = frozenset(
    {
        "friend",
        "friends",
        "called",
        "named",
        "brother",
        "sister",
        "son",
        "daughter",
        "uncle",
        "aunty",
        "auntie",
        "aunt",
        "cousin",
        "worker",
        "mum",
        "dad",
        "nan",
        "carer",
        "carers",
        "teacher",
        "grandad",
        "grandma",
        "gran",
        "mate",
        "boyfriend",
        "girlfriend",
        "thanks",
        "and",
        "with",
        "thank",
        "to",
    }
)
_FUNCTION = frozenset(
    {"and", "or", "the", "a", "an", "of", "to", "in", "on", "at", "from", "with", "for", "i"}
)


def _data_text(name: str) -> str:
    return resources.files("feedback.analysis").joinpath("data", name).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    names: set[str] = set()
    for line in _data_text("names.txt").splitlines():
        if line.startswith("#"):
            continue
        names.update(word.lower() for word in line.split())
    return frozenset(names - NOT_NAMES)


def _read_english_words(path: Path) -> str:
    words: set[str] = set()
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                word, _, tag = line.rstrip("\n").partition(" ")
                if word.islower() and tag and not tag.startswith("NNP"):
                    words.add(word)
    except OSError:  # pragma: no cover - TextBlob always ships it
        pass
    return "\n".join(sorted(words))


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case words that TextBlob's tagger knows as something other than a proper noun."""
    path = en_data("en-lexicon.txt")
    # Kept between processes: reading the 94,000-line file takes 40 ms.
    joined = rxcache.memo(
        "english-words", str(path), lambda: _read_english_words(path), [__file__, path]
    )
    return frozenset(joined.split("\n")) if joined else frozenset()


@lru_cache(maxsize=1)
def ambiguous_names() -> frozenset[str]:
    return frozenset(first_names() & english_words()) | CONTEXT_ONLY


def _phone(match: re.Match[str]) -> str:
    text = match.group()
    # Trim trailing groups until the digit count fits a UK number.
    while text:
        digits = re.sub(r"\D", "", text)
        international = digits.startswith("44") or digits.startswith("0044")
        core = digits[4:] if digits.startswith("0044") else digits[2:] if international else digits
        fits = len(core) in (9, 10) if international else len(digits) in (10, 11)
        if fits:
            return "[phone]" + match.group()[len(text) :]
        cut = re.search(r"[\s\-().]+\d+$", text)
        if not cut:
            break
        text = text[: cut.start()]
    return match.group()


def _is_sentence_start(text: str, start: int) -> bool:
    return _SENTENCE_END.search(text[max(0, start - 12) : start]) is not None


def _redact_names(text: str) -> str:
    names = first_names()
    ambiguous = ambiguous_names()
    english = english_words()
    out: list[str] = []
    last = 0
    tokens = list(_TOKEN.finditer(text))
    skip_until = -1
    for index, token in enumerate(tokens):
        if token.start() < skip_until:
            continue
        word = token.group()
        possessive = ""
        if re.search(r"['’]s$", word):
            word, possessive = word[:-2], word[-2:]
        lower = word.lower()
        parts = re.split(r"[-'’]", lower)
        prev = tokens[index - 1].group().lower() if index else ""
        is_name = lower in names or (len(parts) > 1 and all(p in names for p in parts))
        if not is_name and prev in ("called", "named") and word[0].isupper():
            is_name = lower not in english
        if not is_name or (word.isupper() and len(word) > 1):
            continue
        nxt = tokens[index + 1].group().lower() if index + 1 < len(tokens) else ""
        if word[0].isupper():
            if lower in CONTEXT_ONLY and prev not in _BEFORE_LOWER:
                continue
            if lower in ambiguous and _is_sentence_start(text, token.start()):
                between = text[token.end() : tokens[index + 1].start()] if nxt else ""
                if not nxt or nxt in _AFTER_NAME or between.strip(" "):
                    continue
        else:
            if lower in ambiguous or lower in english:
                if prev not in _BEFORE_LOWER or (lower in CONTEXT_ONLY and prev in _FUNCTION):
                    continue
                if prev in ("and", "with", "to", "thank", "thanks") and lower in english:
                    continue
        end = token.start() + len(word)
        # A capitalised surname that is not itself a first name joins the name.
        if word[0].isupper() and not possessive and index + 1 < len(tokens):
            following = tokens[index + 1]
            gap_text = text[end : following.start()]
            surname = following.group()
            if (
                gap_text == " "
                and surname[0].isupper()
                and not surname.isupper()
                and re.sub(r"['’]s$", "", surname).lower() not in names
                and surname.lower() not in english
            ):
                if re.search(r"['’]s$", surname):
                    end, possessive = following.end() - 2, surname[-2:]
                else:
                    end = following.end()
                skip_until = following.end()
        out.append(text[last : token.start()])
        out.append("[name]")
        last = end
    out.append(text[last:])
    return "".join(out)


def _title_lower(match: re.Match[str]) -> str:
    surname = match.group(1).lower()
    if surname in english_words() and surname not in first_names():
        return match.group()
    return "[name]"


def redact(text: str) -> str:
    """Replace personal details in cleaned text with placeholders."""
    if not text:
        return text
    text = _EMAIL.sub("[email]", text)
    text = _PHONE.sub(_phone, text)
    text = _ADDRESS.sub("[address]", text)
    text = _ADDRESS_LOWER.sub("[address]", text)
    text = _POSTCODE.sub("[postcode]", text)
    text = _TITLE.sub("[name]", text)
    text = _TITLE_LOWER.sub(_title_lower, text)
    return _redact_names(text)
