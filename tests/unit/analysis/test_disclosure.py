"""Disclosures: each category, the hard negatives, evidence, and long text."""

from __future__ import annotations

import pytest

from feedback.analysis import analyse
from feedback.analysis.disclosure import NO_DISCLOSURE, detect, detect_traced
from feedback.analysis.normalise import clean, normalise

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

# Indirect wording of exploitation and domestic abuse (written for these tests).
INDIRECT = [
    ("some older lads give me weed for free and now they say i owe them", "exploitation"),
    ("i have to take a bag to another town on the train for my mates brother", "exploitation"),
    ("a lad i met on insta keeps asking me to send him pics", "exploitation"),
    ("someone online said they will send my pictures to everyone unless i pay", "exploitation"),
    ("they pay me to stand on the corner and watch for police", "exploitation"),
    ("i carry for the olders", "exploitation"),
    ("im 13 and talking to a 19 year old who says hes my boyfriend", "exploitation"),
    ("My son has a second phone that keeps ringing and he runs out", "exploitation"),
    ("he is way older than me and said i am mature for my age", "exploitation"),
    ("i have to do what they say or my debt goes up", "exploitation"),
    ("My daughter's new boyfriend is much older and she's stopped going to school", "exploitation"),
    ("i hear them at night and mum is crying", "domestic_abuse"),
    ("i hide in my room when dad starts shouting at mum", "domestic_abuse"),
    ("he wont let mum see her friends or go out", "domestic_abuse"),
    ("he locked mum in the bathroom", "domestic_abuse"),
    ("mum said we have to be quiet or he will kick off at her", "domestic_abuse"),
    ("dad is back living with us and the rows have started again", "domestic_abuse"),
    ("he takes mums keys so she cant go anywhere", "domestic_abuse"),
    ("i turn my music up so i cant hear them screaming downstairs", "domestic_abuse"),
    ("my boyfriend slapped me because i went out with my mates", "domestic_abuse"),
    ("They were throwing things at each other last night", "domestic_abuse"),
]

HARD_NEGATIVES_WITH_THE_SAME_WORDS = [
    "my older brother gives me lifts to football",
    "i have to do what my mum says or i get no xbox lol",
    "we played hide and seek in the garden",
    "the play showed a boy being made to carry drugs for a gang",
    "my nan paid for my train ticket to see my cousins",
    "mum and dad used to fight a lot but they dont any more",
    "i know who to call now if i feel unsafe",
]


@pytest.mark.parametrize(("text", "category"), INDIRECT)
def test_flags_indirect_exploitation_and_domestic_abuse(text, category):
    result = analyse(text, "child", "cidva-child").disclosure
    assert result.flag is True
    assert result.category == category


@pytest.mark.parametrize("text", HARD_NEGATIVES_WITH_THE_SAME_WORDS)
def test_same_words_without_current_harm_do_not_flag(text):
    assert analyse(text, "child", "young-people-event").disclosure.flag is False


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


# --- generalisation: each category in wording the rules were not written from ---
MORE_POSITIVES = [
    ("dad hurts me", "physical_abuse"),
    ("step mum pulls my ear really hard", "physical_abuse"),
    ("i get smacked alot", "physical_abuse"),
    ("my uncle touched me down there", "sexual_abuse"),
    ("he makes me watch rude videos with him", "sexual_abuse"),
    ("a man keeps adding me on snap", "exploitation"),
    ("i get money for taking bags to places", "exploitation"),
    ("my mum calls me a fat pig", "emotional_abuse"),
    ("i aint got no food at home", "neglect"),
    ("we get left on our own loads", "neglect"),
    ("dad throws stuff at mum", "domestic_abuse"),
    ("i hear them fighting at night", "domestic_abuse"),
    ("i dont wanna be here no more", "self_harm"),
    ("i wanna kms", "self_harm"),
    ("im living on the streets", "missing_or_homeless"),
    ("my brothers friends said theyd shank me", "threat"),
    ("not safe at home", "other_risk"),
]


@pytest.mark.parametrize(("text", "category"), MORE_POSITIVES)
def test_flags_new_wording(text, category):
    result = analyse(text, "child", "young-people-event").disclosure
    assert result.flag is True
    assert result.category == category


@pytest.mark.parametrize(
    ("text", "respondent", "form"),
    [
        # LADO concerns about adults who work with children
        (
            "Concerned about a coach who drives the kids home alone and messages them",
            "parent",
            "cidva-parent",
        ),
        (
            "One of our foster carers turned up to collect a child while clearly drunk",
            "professional",
            "training-impact",
        ),
        # a professional reporting a real, current concern in a course frame
        (
            "A pupil said in my session today that she wants to kill herself",
            "professional",
            "training-learning",
        ),
        # the disclosure is one clause in a long positive comment
        (
            "the worker was lovely, i like the games but my uncle still hits me when i stay "
            "there, thanks",
            "child",
            "cidva-child",
        ),
        # a "why?" follow-up box
        ("why? because he hurts me when mum isnt there", "child", "cidva-child"),
    ],
)
def test_flags_concerns_in_context(text, respondent, form):
    assert analyse(text, respondent, form).disclosure.flag is True


@pytest.mark.parametrize(
    "text",
    [
        # past and resolved
        "my dad used to hit me but he doesnt now",
        "when i was little mum left us alone a lot but now im with my nan and its great",
        "i ran away a few times in year 8 but i dont do that anymore",
        "Things were very bad with my ex but we are safe now and he has no contact",
        # negation governing the harm verb
        "nobody hurts me",
        "I have never been hit",
        "dad doesnt hit me he is kind",
        "im not being bullied or threatened by anyone",
        "i know it is not my fault",
        # hypotheticals and service talk
        "i know that if someone hurts me i can tell my teacher",
        "we made a safety plan and i know who to ring",
        # idioms and hyperbole, by construction
        "the maths homework is killing me",
        "my sister destroys me at mario kart every time",
        "got absolutely battered at uno by my nan",
        "scared to death of the spider lol",
        "my mum is gonna kill me when she sees my hair",
        "the quiz was so hard i wanted to die 😂",
        "i hit my head on the door by accident",
        "i got hurt playing rugby and had a bruise on my leg",
        # topic words in a frame
        "Group for kids who have lived with domestic abuse was brilliant",
        "we learned about grooming and how people online pretend to be younger",
    ],
)
def test_guards_drop_non_disclosures(text):
    assert analyse(text, "child", "cidva-child").disclosure.flag is False


@pytest.mark.parametrize(
    "text",
    [
        "Trainer was very knowledgeable about sexual abuse and harmful sexual behaviour",
        "The scenario where the child said 'my mum's boyfriend hurts me' was really well written",
        "We covered what to do when a child tells you they are being hurt at home",
        "Knowing the CSE coordinator by name has made it easier to ask for advice",
    ],
)
def test_course_content_is_not_flagged(text):
    assert analyse(text, "professional", "training-reaction").disclosure.flag is False


@pytest.mark.parametrize(
    "text",
    [
        "I used to get hit, now my stepdad threatens me",
        "dad doesnt hit me any more but he still shouts at me and calls me stupid",
        "the film about abuse was good but my dad hits me",
        "i dont get hit but nobody knows he touches me",
    ],
)
def test_a_current_risk_survives_the_guards(text):
    assert analyse(text, "child", "young-people-event").disclosure.flag is True


def test_evidence_names_the_trigger():
    result = analyse("the session was fun. my step dad kicked me on sunday", "child", "cidva-child")
    assert result.disclosure.category == "physical_abuse"
    assert any("kicked me" in phrase for phrase in result.disclosure.evidence)


# --- safety net: indirect fear, secrecy, favours, pressure and help requests ---
SAFETY_NET = [
    ("mum cries at night because of him", "domestic_abuse"),
    ("he shouts and throws things", "domestic_abuse"),
    ("mum has to ask him before she can buy anything", "domestic_abuse"),
    ("the neighbours rang the police because of the noise at ours", "domestic_abuse"),
    ("im scared to go home because of what he does to mum", "domestic_abuse"),
    ("i get free stuff off a man who says im special", "exploitation"),
    ("a man in a car offered me a lift and money", "exploitation"),
    ("a stranger keeps waiting for me at the bus stop", "exploitation"),
    ("he asked me to come to his house and not tell my mum", "exploitation"),
    ("older kids make me go to the shop and nick things for them", "exploitation"),
    ("im being made to do things for money", "exploitation"),
    ("i hide when he comes home", "other_risk"),
    ("i get scared going home", "other_risk"),
    ("my mums new boyfriend scares me", "other_risk"),
    ("please help me", "other_risk"),
    ("i dont feel safe", "other_risk"),
    ("can someone help me i dont know who to tell", "other_risk"),
]


@pytest.mark.parametrize(("text", "category"), SAFETY_NET)
def test_safety_net_flags_indirect_wording(text, category):
    result = analyse(text, "child", "cidva-child").disclosure
    assert result.flag is True
    assert result.category == category


@pytest.mark.parametrize(
    "text",
    [
        "my nan buys me presents for my birthday",
        "my older brother gives me lifts to football",
        "we planned a surprise party for mum and it was our secret",
        "the police came to school to talk about knife crime",
        "my brother follows me everywhere lol he is so annoying",
        "i was scared of my stepdad but now we get on really well",
        "mum used to cry at night but she is happier now",
        "i need help with my homework",
        "the worker said i can ask for help whenever i need it",
        "no one makes me do anything i dont want to",
        "i know i can ring 999 if he comes back",
    ],
)
def test_safety_net_keeps_the_guards(text):
    assert analyse(text, "child", "young-people-event").disclosure.flag is False


# --- what the rules saw, and constructions added from the blind sets ---


def test_the_trace_names_the_guard_that_dropped_each_cue():
    found, trace = detect_traced(normalise(clean("my dad used to hit me")), "child")
    assert not found.flag
    assert ("physical_abuse", "past") in trace
    found, trace = detect_traced(normalise(clean("my dad hits me")), "child")
    assert found.flag and ("physical_abuse", "kept") in trace
    assert detect_traced("", "child") == (NO_DISCLOSURE, ())


# Constructions added from the blind sets, as (text, respondent, form): the rules flag
# the first table and pass the second.
RULES_FLAG = [
    # "being used to" is not the past marker "used to"
    ("my son is being used to sell drugs by older lads", "parent", "cidva-parent"),
    # a habit introduced by "when i feel" is not a what-if
    ("when i feel like that i scratch til it bleeds", "child", "cidva-child"),
    ("my step mum says if i tell she'll break my legs", "child", "cp-conference-child"),
    ("we sleep in mums car at the moment", "child", "cidva-child"),
    ("the pizza was the first hot food ive had in days", "child", "young-people-event"),
    ("ive given all my stuff away and written letters to everyone", "child", "cidva-child"),
    (
        "Since the training I've noticed a boy whose mum humiliates him every morning",
        "professional",
        "training-learning",
    ),
    (
        "Good course on injuries. We currently have a toddler in setting with a burn "
        "mark on his hand, not passed on yet.",
        "professional",
        "training-impact",
    ),
    # plans, threats, being put out, injuries
    (
        "a child on my caseload has a plan to end her life on her birthday",
        "professional",
        "training-learning",
    ),
    ("perpetrator released last week and knows where they live", "professional", "training-impact"),
    ("im not going to be around for my birthday so it doesnt matter", "child", "cidva-child"),
    ("mum put my stuff in black bags on the drive", "child", "young-people-event"),
    ("he bent my wrist back till it clicked", "child", "cidva-child"),
    # real harm next to course words
    (
        "the play was good. my step mum throws stuff at me so i liked the bit about telling",
        "child",
        "young-people-event",
    ),
    (
        "Applied the emotional abuse content: a parent tells her 3 year old nobody loves you "
        "every day at pick up",
        "professional",
        "training-impact",
    ),
    ("mum and her boyfriend argue and he smashes things every night", "child", "cidva-child"),
    # a professional's passive note, drawings, rejection
    (
        "It was reported by the youth worker that a 15 year old is being asked for images "
        "by a man online. Parents not yet informed.",
        "professional",
        "training-learning",
    ),
    (
        "a 12 year old whose art book is full of drawings of herself hanging",
        "professional",
        "training-impact",
    ),
    ("mum says she wishes she never had me when shes stressed", "child", "cidva-child"),
]
RULES_PASS = [
    # what-ifs and the past
    ("if i ever feel unsafe i can ring childline", "child", "cidva-child"),
    ("when i feel sad i talk to my worker", "child", "cidva-child"),
    ("i used to get hit but that stopped when he left", "child", "cidva-child"),
    # a what-if and everyday phrases
    ("i know who to ring now if i need help", "child", "cidva-child"),
    ("we decided to end it on a high with a party", "child", "cidva-child"),
    ("mum put my stuff in the wash", "child", "cidva-child"),
    # course content, resolution and everyday rows
    (
        "Too long. Content on county lines good but stats dated.",
        "professional",
        "training-reaction",
    ),
    ("the sextortion figures were shocking", "professional", "training-learning"),
    ("the drama bit about county lines gave me chills", "child", "young-people-event"),
    ("the boy who was threatening me got excluded so its fine now", "child", "cidva-child"),
    (
        "no contact since the non molestation order and the kids are calmer",
        "parent",
        "cidva-parent",
    ),
    ("mum and me argue about my phone every night lol", "child", "cidva-child"),
    # a professional quoting a scenario is not their own family
    (
        "The scenario where the child said my dad hits me was well written",
        "professional",
        "training-reaction",
    ),
    # gone and candles in a safe context
    ("he is gone now and we are safe", "child", "cidva-child"),
    ("we had a power cut and used candles, it was fun", "child", "cidva-child"),
]


@pytest.mark.parametrize(("text", "respondent", "form"), RULES_FLAG)
def test_rules_flag_constructions_found_in_blind_sets(text, respondent, form):
    assert detect(normalise(clean(text)), respondent, form).flag is True


@pytest.mark.parametrize(("text", "respondent", "form"), RULES_PASS)
def test_rules_pass_what_ifs_the_past_course_content_and_everyday_phrases(text, respondent, form):
    assert detect(normalise(clean(text)), respondent, form).flag is False


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("if they send me back im just going to go and nobody will find me", "missing_or_homeless"),
        ("our heating and electric have been off for ages and we use candles", "neglect"),
        ("i havent eaten proper since monday, i just chew and spit", "self_harm"),
        ("his mum calls him a freak and posts videos mocking him", "emotional_abuse"),
    ],
)
def test_rules_flag_plans_to_run_cut_off_power_and_not_eating(text, category):
    found = detect(normalise(clean(text)), "child", "cidva-child")
    assert found.flag is True
    assert found.category in {category, "exploitation"}
