"""Text clean-up shared by every part of the analysis.

``clean`` makes any input safe to work on: HTML tags and entities, control
characters and odd spaces go. ``normalise`` then prepares text for matching: lower
case, typographic quotes straightened, emoji turned into the words ``emojipos`` and
``emojineg``, contractions expanded ("didn't" becomes "did not"), apostrophes
dropped ("mum's" becomes "mums") and common misspellings and text-speak corrected
("listend" becomes "listened", "sum1" becomes "someone").
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

# Long answers: sentiment and themes read this many characters; disclosure and
# redaction always read everything.
ANALYSIS_CAP = 5000

_TAG = re.compile(r"<(?:script|style)\b.*?</(?:script|style)\s*>|<[^<>]{0,500}>", re.I | re.S)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

_FACES_AND_HEARTS = "😊😀😃😄😁🙂😍🥰❤💕💖💗💙💚💛💜🧡👍🙌👏🌟⭐✨🎉😎🤗☺😇💯✅😆😂🥳👌🌈🙏"
POSITIVE_EMOJI = _FACES_AND_HEARTS + "🔥💪🤩🥹😻🏆😋"
NEGATIVE_EMOJI = "🙄😴🥱🤦😢😭😡😠👎💔😞😔😟😩😫😤😰😨😱🤬☹🙁😒😕😖😣😓😥😪🤢🤮💩😬😐😑"
_EMOTICONS = {
    ":)": " emojipos ",
    ":-)": " emojipos ",
    ":d": " emojipos ",
    "<3": " emojipos ",
    ";)": " emojipos ",
    ":(": " emojineg ",
    ":-(": " emojineg ",
    ":'(": " emojineg ",
}
_EMOJI = re.compile(
    "[" + re.escape(POSITIVE_EMOJI + NEGATIVE_EMOJI) + "]|:-?\\)|:-?\\(|:'\\(|:d\\b|<3|;\\)"
)
_EMOJI_WORD = dict.fromkeys(POSITIVE_EMOJI, " emojipos ")
_EMOJI_WORD.update(dict.fromkeys(NEGATIVE_EMOJI, " emojineg "))
# "😐" and "😑" are flat faces: neither good nor bad.
_EMOJI_WORD["😐"] = " "
_EMOJI_WORD["😑"] = " "
_EMOJI_WORD.update(_EMOTICONS)

_SPECIAL_CONTRACTIONS = {
    "can't": "can not",
    "cant": "can not",
    "cannot": "can not",
    "won't": "will not",
    "ain't": "is not",
    "aint": "is not",
    "shan't": "shall not",
    "i'm": "i am",
    "im": "i am",
    "i've": "i have",
    "i'll": "i will",
    "i'd": "i would",
    "you're": "you are",
    "youre": "you are",
    "they're": "they are",
    "theyre": "they are",
    "we're": "we are",
    "it's": "it is",
    "that's": "that is",
    "thats": "that is",
    "there's": "there is",
    "theres": "there is",
    "he's": "he is",
    "she's": "she is",
    "he'd": "he would",
    "she'd": "she would",
    "they'd": "they would",
    "he'll": "he will",
    "she'll": "she will",
    "they'll": "they will",
    "let's": "let us",
    "hes": "he is",
    "shes": "she is",
    "theyll": "they will",
    "theyd": "they would",
    "youll": "you will",
    "itll": "it will",
    "theyve": "they have",
    "weve": "we have",
    "youve": "you have",
    "ive": "i have",
}
_NT = re.compile(r"\b([a-z]+)n'?t\b")
_NT_WORDS = {
    "dont": "do not",
    "didnt": "did not",
    "doesnt": "does not",
    "wasnt": "was not",
    "werent": "were not",
    "isnt": "is not",
    "arent": "are not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "wouldnt": "would not",
    "mustnt": "must not",
    "neednt": "need not",
    "wont": "will not",
}

# Misspellings and text-speak -> standard spelling. Keys are single lower-case words.
MISSPELLINGS: dict[str, str] = {
    # listening and hearing
    "listend": "listened",
    "listned": "listened",
    "lisend": "listened",
    "lisened": "listened",
    "listenned": "listened",
    "lissened": "listened",
    "listerned": "listened",
    "lisen": "listen",
    "lissen": "listen",
    "listern": "listen",
    "liston": "listen",
    "lisening": "listening",
    "listning": "listening",
    "listenin": "listening",
    "herd": "heard",
    # intensifiers and common words
    "realy": "really",
    "relly": "really",
    "rly": "really",
    "reely": "really",
    "reeli": "really",
    "realli": "really",
    "vry": "very",
    "vey": "very",
    "alot": "a lot",
    "alott": "a lot",
    "lotsa": "lots of",
    "definately": "definitely",
    "definatly": "definitely",
    "definetly": "definitely",
    "defiantly": "definitely",
    "defo": "definitely",
    "deffo": "definitely",
    "prob": "probably",
    "probs": "probably",
    "becuase": "because",
    "becasue": "because",
    "beacuse": "because",
    "becos": "because",
    "becoz": "because",
    "bcoz": "because",
    "bcos": "because",
    "bcuz": "because",
    "cuz": "because",
    "coz": "because",
    "cos": "because",
    "bc": "because",
    "becaus": "because",
    "becuz": "because",
    "freind": "friend",
    "frend": "friend",
    "freinds": "friends",
    "frends": "friends",
    "mates": "friends",
    "thier": "their",
    "ther": "their",
    "thay": "they",
    "tho": "though",
    "thru": "through",
    "thx": "thanks",
    "thanx": "thanks",
    "ty": "thank you",
    "pls": "please",
    "plz": "please",
    "u": "you",
    "ur": "your",
    "ya": "you",
    "yu": "you",
    "r": "are",
    "n": "and",
    "wiv": "with",
    "wid": "with",
    "w/": "with",
    "b4": "before",
    "2day": "today",
    "2moro": "tomorrow",
    "2morrow": "tomorrow",
    "tommorow": "tomorrow",
    "tomorow": "tomorrow",
    "gr8": "great",
    "grate": "great",
    "gud": "good",
    "gd": "good",
    "gooood": "good",
    "luv": "love",
    "luvd": "loved",
    "lov": "love",
    "wen": "when",
    "wot": "what",
    "wat": "what",
    "wht": "what",
    "dunno": "do not know",
    "idk": "i do not know",
    "dno": "do not know",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "kinda": "kind of",
    "sorta": "sort of",
    "ppl": "people",
    "peple": "people",
    "poeple": "people",
    "ppls": "people",
    "sum1": "someone",
    "some1": "someone",
    "sumone": "someone",
    "somone": "someone",
    "any1": "anyone",
    "every1": "everyone",
    "evry1": "everyone",
    "no1": "no one",
    "noone": "no one",
    "nobdy": "nobody",
    "nobady": "nobody",
    "summat": "something",
    "sumthin": "something",
    "sumthing": "something",
    "somthing": "something",
    "nuffin": "nothing",
    "nothin": "nothing",
    "nuthin": "nothing",
    "nuthing": "nothing",
    "nthing": "nothing",
    "evry": "every",
    "evryone": "everyone",
    "evrything": "everything",
    "everythin": "everything",
    "untill": "until",
    "wich": "which",
    "whent": "went",
    "wierd": "weird",
    "beleive": "believe",
    "belive": "believe",
    "recieve": "receive",
    "recieved": "received",
    "recived": "received",
    "sed": "said",
    "sayed": "said",
    "tol": "told",
    "tolds": "told",
    "toled": "told",
    "tellin": "telling",
    "knw": "know",
    "kno": "know",
    "nevr": "never",
    "neva": "never",
    "nevar": "never",
    "wiht": "with",
    "teh": "the",
    "hte": "the",
    "cud": "could",
    "cld": "could",
    "shud": "should",
    "wud": "would",
    "wuz": "was",
    "woz": "was",
    "iz": "is",
    "alwys": "always",
    "allways": "always",
    "awlays": "always",
    "sumtimes": "sometimes",
    "somtimes": "sometimes",
    "sometimez": "sometimes",
    "abit": "a bit",
    "yeh": "yes",
    "yeah": "yes",
    "ye": "yes",
    "yep": "yes",
    "yup": "yes",
    "nah": "no",
    "naa": "no",
    "nope": "no",
    "okay": "ok",
    "okey": "ok",
    "k": "ok",
    "kk": "ok",
    "okk": "ok",
    "oki": "ok",
    # feelings
    "hapy": "happy",
    "happey": "happy",
    "happyer": "happier",
    "happyier": "happier",
    "hapier": "happier",
    "happpy": "happy",
    "sadd": "sad",
    "scaired": "scared",
    "scard": "scared",
    "scaried": "scared",
    "scarred": "scared",
    "skared": "scared",
    "worryed": "worried",
    "worred": "worried",
    "wored": "worried",
    "anxous": "anxious",
    "anxius": "anxious",
    "angery": "angry",
    "angy": "angry",
    "anoyed": "annoyed",
    "anoying": "annoying",
    "annoyin": "annoying",
    "confidant": "confident",
    "confidance": "confidence",
    "embarassed": "embarrassed",
    "embarresed": "embarrassed",
    "embarassing": "embarrassing",
    "lonley": "lonely",
    "depresed": "depressed",
    "stresed": "stressed",
    "streesed": "stressed",
    "upsed": "upset",
    "calmer": "calmer",
    "beter": "better",
    "bettr": "better",
    "betta": "better",
    "gr8t": "great",
    "brill": "brilliant",
    "briliant": "brilliant",
    "brilliiant": "brilliant",
    "amazin": "amazing",
    "amzing": "amazing",
    "amazzing": "amazing",
    "awsome": "awesome",
    "awesum": "awesome",
    "helpfull": "helpful",
    "helpfl": "helpful",
    "helpul": "helpful",
    "usefull": "useful",
    "usful": "useful",
    "rubish": "rubbish",
    "rubbsih": "rubbish",
    "borin": "boring",
    "boaring": "boring",
    "horible": "horrible",
    "horrable": "horrible",
    "terible": "terrible",
    "terrable": "terrible",
    "nise": "nice",
    "nicee": "nice",
    "kindd": "kind",
    "frendly": "friendly",
    "freindly": "friendly",
    "suportive": "supportive",
    "supportve": "supportive",
    "undrstand": "understand",
    "understnad": "understand",
    "undersand": "understand",
    "understod": "understood",
    "understandin": "understanding",
    "safty": "safety",
    "saftey": "safety",
    "saif": "safe",
    "sfae": "safe",
    # people and places
    "skool": "school",
    "skl": "school",
    "scool": "school",
    "shool": "school",
    "collage": "college",
    "colege": "college",
    "teecher": "teacher",
    "techer": "teacher",
    "teachr": "teacher",
    "familey": "family",
    "famly": "family",
    "famiy": "family",
    "mam": "mum",
    "mom": "mum",
    "mummy": "mum",
    "mommy": "mum",
    "mammy": "mum",
    "ma": "mum",
    "dady": "dad",
    "daddy": "dad",
    "da": "dad",
    "bro": "brother",
    "sis": "sister",
    "bruv": "brother",
    "stepdad": "step dad",
    "stepmum": "step mum",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "wroker": "worker",
    "workr": "worker",
    "wokrer": "worker",
    "sosial": "social",
    "socail": "social",
    "socal": "social",
    "meating": "meeting",
    "meetin": "meeting",
    "confrence": "conference",
    "conferance": "conference",
    "conferense": "conference",
    "reprot": "report",
    "repot": "report",
    "explaned": "explained",
    "explaind": "explained",
    "explaned.": "explained",
    "expained": "explained",
    "explian": "explain",
    "explane": "explain",
    "vists": "visits",
    "visists": "visits",
    "vistis": "visits",
    "visiting": "visiting",
    "vist": "visit",
    "vistit": "visit",
    "sesion": "session",
    "sesions": "sessions",
    "sessons": "sessions",
    "seshions": "sessions",
    "sesh": "session",
    "seshes": "sessions",
    "apointment": "appointment",
    "appointmant": "appointment",
    "appoitment": "appointment",
    "wating": "waiting",
    "waitin": "waiting",
    "cancled": "cancelled",
    "canceled": "cancelled",
    "cancelld": "cancelled",
    "cancel": "cancel",
    "traning": "training",
    "trainning": "training",
    "corse": "course",
    "cource": "course",
    "presentaion": "presentation",
    "responsibilty": "responsibility",
    "privicy": "privacy",
    "privasy": "privacy",
    "respekt": "respect",
    "rspect": "respect",
    "judgemental": "judgemental",
    "judgmental": "judgemental",
    "judgment": "judgement",
    # disclosure vocabulary children misspell
    "hurted": "hurt",
    "hiting": "hitting",
    "hitts": "hits",
    "punchs": "punches",
    "kiks": "kicks",
    "slaps": "slaps",
    "tuches": "touches",
    "touchs": "touches",
    "tuched": "touched",
    "touchd": "touched",
    "tuch": "touch",
    "shouldnt": "should not",
    "privates": "privates",
    "pics": "pictures",
    "pix": "pictures",
    "piccs": "pictures",
    "nudez": "nudes",
    "pervy": "pervert",
    "secrit": "secret",
    "secert": "secret",
    "sucide": "suicide",
    "suiside": "suicide",
    "suicde": "suicide",
    "kil": "kill",
    "myslef": "myself",
    "mysef": "myself",
    "myselfe": "myself",
    "dye": "die",
    "knive": "knife",
    "knifes": "knives",
    "drugz": "drugs",
    "hungy": "hungry",
    "hungery": "hungry",
    "starvin": "starving",
    "homless": "homeless",
    "runaway": "ran away",
}
_WORD = re.compile(r"[a-z0-9/]+(?:'[a-z]+)?")
_APOSTROPHE = re.compile(r"[\u2018\u2019\u02bc\u0060\u00b4]")
_MULTI = re.compile(r"([a-z])\1{2,}")


def clean(text: object) -> str:
    """Any value -> safe text: a string with HTML and control characters removed."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = _CONTROL.sub(" ", text)
    return text


def _fix_word(match: re.Match[str]) -> str:
    word = match.group()
    if "'" in word:
        special = _SPECIAL_CONTRACTIONS.get(word)
        if special is not None:
            return special
        if word.endswith("n't"):
            return _NT_WORDS.get(word.replace("'", ""), word[:-3] + " not")
        word = word.replace("'", "")
    special = _SPECIAL_CONTRACTIONS.get(word) or _NT_WORDS.get(word)
    if special is not None:
        return special
    fixed = MISSPELLINGS.get(word)
    if fixed is not None:
        return fixed
    return word


def _emoji(match: re.Match[str]) -> str:
    return _EMOJI_WORD.get(match.group(), " ")


@lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """Lower-cased, corrected text for matching (see the module docstring)."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = _APOSTROPHE.sub("'", text)
    text = _EMOJI.sub(_emoji, text)
    text = _MULTI.sub(r"\1\1", text)  # "soooo" -> "soo", "helllp" -> "hellp"
    text = _WORD.sub(_fix_word, text)
    text = text.replace("'", " ")
    return _SPACES.sub(" ", text).strip()


def prepare(text: object) -> tuple[str, str]:
    """(cleaned full text, normalised full text)."""
    cleaned = clean(text)
    return cleaned, normalise(cleaned)
