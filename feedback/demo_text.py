"""What the demo data says and where it happens: invented comments and a made-up year.

The free-text banks are keyed by "form-slug.question_id", or "key:variant" for a child's
age band ("young", "teen") or an event's kind, and hold sentences by tone: "pos", "neg"
and "flat" (nothing to report, too early to say). A comment is one to three sentences
drawn from a bank, so a large demo set reads naturally without repeating a few texts.
Placeholders: {topic} (the course's subject), {trainer}, {worker}, {venue}. Children's
comments may be misspelt, left unpunctuated or given an emoji afterwards. None of this
text is quoted from real feedback.

The rest is the partnership's year: staff, courses, standing collections and events.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from feedback.data.types import ConferenceType, Role

Bank = dict[str, tuple[str, ...]]

NEUTRAL_ADULT = (
    "ok",
    "n/a",
    "Nothing",
    "Nothing to add.",
    "No",
    "None",
    "N/A",
    "-",
    "Nothing else, thank you.",
    "No comment",
    "Not really",
)
NEUTRAL_CHILD = (
    "no",
    "nothing",
    "dunno",
    "idk",
    "its ok",
    "not really",
    "Nothing else",
    "no thanks",
    "ok",
    "?",
)

BANKS: dict[str, Bank] = {
    # ----- CIDVA: children -----------------------------------------------------------
    "cidva-child.helped_most:young": {
        "pos": (
            "Playing games and talking about my feelings.",
            "Making the worry monster and putting my worrys in it.",
            "Drawing pictures of my family.",
            "When {worker} came to school and we had our own room.",
            "The feelings thermometer because I can show how I feel without talking.",
            "Doing colouring while we talked.",
            "Having someone who was just for me.",
            "Making my safety plan so I know who to ring.",
            "The breathing with the balloon when I feel cross.",
            "{worker} always came when she said she would.",
            "Reading the story about the bear who was scared.",
        ),
        "neg": (
            "I didn't like missing playtime.",
            "I don't know, it was boring sometimes.",
            "I wanted to see {worker} more.",
            "Talking about home made me sad.",
        ),
    },
    "cidva-child.helped_most:teen": {
        "pos": (
            "Being able to talk about what happened at home without being judged.",
            "Having someone who actually listened and didn't just tell me what to do.",
            "Learning what a healthy relationship looks like.",
            "The anger stuff, I calm down a lot quicker now.",
            "Knowing I could message {worker} if I was worried about something.",
            "Understanding that what happened was not my fault.",
            "Sessions at school meant I didn't have to explain to my mates where I was.",
            "Working out who I can go to if things get bad again.",
            "Talking about my dad and how I feel about seeing him.",
            "Tips for when I can't sleep.",
            "Just having an hour a week where I could say anything.",
            "She helped me tell my head of year what was going on so they stopped giving me"
            " detentions.",
        ),
        "neg": (
            "Nothing really, I didn't want to go in the first place.",
            "The sessions were in lesson time and I got behind.",
            "I had to start again with a new worker halfway through.",
            "It felt like the same thing every week.",
            "Sessions got cancelled a lot.",
        ),
    },
    "cidva-child.anything_else:young": {
        "pos": (
            "I liked {worker} she is kind.",
            "I am happier now.",
            "I am not scared of the dark as much.",
            "Me and my mum are happy now.",
            "I miss {worker}.",
            "Thank you for helping me.",
            "I like my new house.",
        ),
        "neg": (
            "I still get sad sometimes.",
            "I wish it didn't stop.",
            "I don't like talking about it.",
            "My brother still shouts at me.",
        ),
    },
    "cidva-child.anything_else:teen": {
        "pos": (
            "I feel a lot better than I did before.",
            "I get on with my mum way better now.",
            "Thanks for everything, it really helped.",
            "I'm less worried all the time and I can concentrate in class.",
            "I didn't think it would help but it did.",
            "I would tell my friends to do it if they needed it.",
            "My worker is the best.",
        ),
        "neg": (
            "It ended too soon, I was just getting used to it.",
            "I still feel angry a lot of the time.",
            "I didn't like that school knew I was seeing someone.",
            "I had three different workers and had to say everything again each time.",
            "Sometimes I felt like she was on my mum's side.",
        ),
    },
    "cidva-child.sessions_feel_why": {
        "neg": (
            "I didn't want to talk about it.",
            "It made me think about bad stuff.",
            "I didn't know my worker very well.",
            "I missed my favourite lesson.",
            "People in my class asked where I was going.",
            "It was boring.",
            "I felt embarrassed.",
        ),
    },
    # ----- CIDVA: parents ------------------------------------------------------------
    "cidva-parent.other_comments": {
        "pos": (
            "{worker} was always on time and fitted visits around my shifts.",
            "The help with the housing forms made a real difference to us.",
            "My daughter looks forward to her sessions and is much calmer at home.",
            "I felt the worker really understood what we have been through.",
            "Seeing him at school worked well because he did not want sessions at home.",
            "She kept me updated without breaking my son's trust, which I appreciated.",
            "The children are sleeping better and the bedtime arguments have stopped.",
            "I was never made to feel judged.",
            "She helped me talk to the school about what had happened.",
            "My son now talks to me about his feelings instead of hitting out.",
            "Flexible and friendly, nothing was too much trouble.",
            "I didn't know this kind of support existed for children until we were referred.",
        ),
        "neg": (
            "We had three different workers in six months and my son stopped engaging.",
            "Sessions were cancelled a few times at short notice.",
            "We waited nearly four months for the support to start.",
            "I would have liked more updates on how my child was getting on.",
            "The sessions ended just as my daughter was starting to open up.",
            "Visits in the school holidays were hard because I had all three children at home.",
            "Nobody told me the worker had left, we just stopped hearing from anyone.",
            "It would help to have sessions after school rather than in lessons.",
            "I felt the worker only heard my ex-partner's side from the social worker.",
        ),
    },
    "cidva-parent.worker_relationship_why": {
        "neg": (
            "I only met her twice.",
            "She didn't return my calls.",
            "I felt judged for staying as long as I did.",
            "She cancelled more visits than she kept.",
            "We never really clicked and I didn't feel able to say so.",
        ),
    },
    "cidva-parent.difference_for_children_why": {
        "neg": (
            "My son still has nightmares and is angry at school.",
            "Not enough sessions to make a difference.",
            "My daughter refused to go after the first couple of weeks.",
            "Things at home have not really changed.",
            "It's too early to tell.",
        ),
    },
    # ----- CP conference: parents ----------------------------------------------------
    "cp-conference-parent.went_well": {
        "pos": (
            "The chair explained everything in plain English and checked I understood.",
            "I was given time to speak and nobody rushed me.",
            "My advocate came with me which helped a lot.",
            "The chair met me before the conference so I knew what to expect.",
            "Everyone was respectful even though some of it was hard to hear.",
            "The health visitor said positive things about how I have been doing.",
            "Hearing that things are improving and that the plan could end soon.",
            "I felt part of the plan rather than just being told what to do.",
            "The school said my son's attendance is much better, which was nice to hear.",
            "I was allowed a break when I got upset.",
            "The social worker went through the report with me a few days before.",
            "They listened when I said the contact arrangements were not working.",
        ),
        "flat": (
            "Not much to be honest.",
            "The chair was fine but nobody else seemed interested in what I said.",
            "Nothing went well for me.",
            "At least it finished on time.",
        ),
    },
    "cp-conference-parent.could_be_better": {
        "pos": (
            "Maybe a bit less jargon but it was fine.",
            "A quieter waiting area would be good.",
            "Parking was difficult but that's not your fault.",
            "A drink of water in the room would have helped.",
        ),
        "flat": (
            "Nothing, it was better than I expected.",
            "Nothing really, the chair was very good.",
            "I can't think of anything.",
        ),
        "neg": (
            "Getting the report earlier so I can actually read it.",
            "Less jargon, I didn't understand half the words that were used.",
            "Starting on time. We waited nearly an hour in reception.",
            "It felt like everyone had made up their minds before I walked in.",
            "Too many people in the room, it was really intimidating.",
            "Getting the minutes sooner. I am still waiting for the last ones.",
            "A private room to wait in instead of the main reception.",
            "Our social worker changed the week before and the new one didn't know us.",
            "Holding it at a time I can get to by bus without missing the school run.",
            "Explaining the plan in a way that makes sense to a normal person.",
            "Letting me say my side before all the agencies give their reports.",
            "Not bringing up things from years ago that have nothing to do with now.",
        ),
    },
    "cp-conference-parent.report_in_time_why": {
        "neg": (
            "I got the report the night before so had no time to read it properly.",
            "It came on the morning of the conference.",
            "I only got a copy when I asked for one in the meeting.",
            "It was posted to my old address.",
            "I got it on the Friday for a Monday conference.",
            "It arrived three days before but it was very long and hard to follow.",
            "The social worker emailed it but I don't have a laptop to open it on.",
            "My solicitor didn't see it in time either.",
            "I felt I went in unprepared.",
            "Some of the facts in it were wrong and there was no time to get them changed.",
        ),
    },
    "cp-conference-parent.listened_to_why": {
        "neg": (
            "Every time I tried to speak I was told we would come back to it.",
            "They talked about me, not to me.",
            "My views were written down but nothing changed in the plan.",
            "Nobody asked what I thought about the plan.",
            "I had things to say about the school report but there was no chance.",
        ),
    },
    "cp-conference-parent.treated_with_respect_why": {
        "neg": (
            "One of the professionals was on their phone the whole time.",
            "I was spoken to like a child.",
            "They discussed my mental health in front of people I had never met.",
            "I felt judged from the moment I walked in.",
            "Personal things were shared that I had not agreed to.",
        ),
    },
    "cp-conference-parent.overall_why": {
        "neg": (
            "I came out more confused than when I went in.",
            "It was the worst day I have had in a long time.",
            "It felt like a done deal.",
            "The room was cramped and I had to sit next to my ex.",
            "Nobody explained what happens if we don't stick to the plan.",
        ),
    },
    # ----- CP conference: children ---------------------------------------------------
    "cp-conference-child.make_better:young": {
        "pos": (
            "Having biscuits.",
            "If I could bring my teddy.",
            "If I could draw while they talk.",
        ),
        "flat": (
            "It was ok how it was.",
            "Nothing it was fine.",
        ),
        "neg": (
            "Not so many people.",
            "If it was at my school.",
            "If people didn't use big words.",
            "Shorter.",
            "If mum wasn't upset after.",
        ),
    },
    "cp-conference-child.make_better:teen": {
        "pos": (
            "Maybe having it after school so I don't miss lessons.",
            "Keep the same chair, she was good.",
        ),
        "flat": (
            "Nothing, it was fine.",
            "It was better than last time.",
        ),
        "neg": (
            "If people talked to me instead of about me.",
            "Fewer people I don't know in the room.",
            "Knowing who everyone was before it started.",
            "Being able to just go in for the bit about me.",
            "Having it somewhere that isn't the council offices.",
            "Using words I actually understand.",
            "Not reading out stuff I told my social worker in private.",
            "Being asked what I think before they decide everything.",
        ),
    },
    "cp-conference-child.anything_else:young": {
        "pos": (
            "I like my social worker.",
            "Things are better at home now.",
            "I was brave.",
        ),
        "neg": (
            "I didn't know why I was there.",
            "It was scary.",
            "I want to see my dad more.",
        ),
    },
    "cp-conference-child.anything_else:teen": {
        "pos": (
            "Things are a lot better than they were.",
            "My social worker helped me write down what I wanted to say.",
            "The chair asked me what I thought first which was good.",
            "I'm glad they are keeping my little brother safe.",
        ),
        "neg": (
            "I've had four social workers and I'm sick of saying everything again.",
            "Nobody told me the meeting had been moved.",
            "I don't see why I need a plan, everything is fine now.",
            "I wanted my nan to be there and she wasn't invited.",
            "Nobody asked me if it was ok to talk about my stuff in front of everyone.",
        ),
    },
    "cp-conference-child.meeting_feel_why": {
        "neg": (
            "There were loads of people.",
            "I didn't understand what they were saying.",
            "My mum was crying.",
            "I had to miss school and my friends asked where I was.",
            "It went on for ages.",
            "I was nervous.",
        ),
    },
    "cp-conference-child.listened_to_why": {
        "neg": (
            "They just did what they wanted anyway.",
            "I said I wanted to live with my nan and nobody said anything about it.",
            "No one asked me.",
            "They kept talking over me.",
        ),
    },
    # ----- Training: reaction --------------------------------------------------------
    "training-reaction.most_useful": {
        "pos": (
            "The session on {topic}.",
            "{Topic}. I finally understand how it works.",
            "Going through {topic} with a real case study.",
            "Hearing how other agencies handle {topic}.",
            "Probably {topic}, as it comes up in my job all the time.",
            "The case studies, especially the one about {topic}.",
            "Small group discussion about {topic}.",
            "Learning about {topic} and where to find the procedures.",
            "All of it, but {topic} most of all.",
            "Practical tips on {topic}.",
            "Having protected time to think about {topic} away from the office.",
            "The handout on {topic}, I'll keep it on my desk.",
            "Networking with colleagues from other agencies.",
            "The video clips of children talking about their experiences.",
            "Knowing who to contact in the MASH and when.",
        ),
        "neg": (
            "Not much was new to me.",
            "The first hour, after that it was repeating itself.",
            "Hard to say, a lot of it was aimed at social workers.",
        ),
    },
    "training-reaction.do_differently": {
        "pos": (
            "Use the Levels of Need guidance before I phone the MASH.",
            "Record my reasons more clearly when I decide not to refer.",
            "Talk to our DSL sooner about {topic}.",
            "Speak to the child on their own and write down their words, not mine.",
            "Challenge other agencies when I disagree, using the escalation policy.",
            "Share information earlier with health visitors and school nurses.",
            "Be more curious about who else lives in the household.",
            "Think about {topic} in every assessment I do.",
            "Keep a chronology for families where I am worried about neglect.",
            "Ask about domestic abuse routinely, not just when something seems wrong.",
            "Feed back to my team at our next meeting.",
            "Check my recording is factual and dated.",
            "Look at the child's lived experience rather than just the incident.",
            "Follow up my referrals if I don't hear back.",
            "Review our setting's policy on {topic}.",
        ),
        "flat": (
            "Not sure yet.",
            "Probably nothing, it was a refresher for me.",
            "Hard to say, my role doesn't really involve referrals.",
        ),
    },
    "training-reaction.other_comments": {
        "pos": (
            "{trainer} was brilliant and clearly knows the subject inside out.",
            "The trainer made everyone feel comfortable asking questions.",
            "Good venue, easy to find and plenty of parking.",
            "Really well paced day.",
            "It was good to meet people from police and health.",
            "Case studies felt real and relevant to my work.",
            "One of the best courses I have been on.",
            "Lunch was lovely, thank you.",
            "Easy to do the e-learning in bits around my caseload.",
            "Good mix of agencies in the room.",
            "Thank you, very informative.",
            "The resources pack is really useful.",
        ),
        "neg": (
            "The room at {venue} was too hot and cramped.",
            "Parking at {venue} was a nightmare.",
            "Too much content for one day.",
            "A bit rushed after lunch.",
            "Some slides were out of date and referred to old guidance.",
            "The trainer read from the slides a lot.",
            "The e-learning kept freezing on the quiz page.",
            "It would have been better with more agencies in the room, it was mostly schools.",
            "Too long. This could have been a half day.",
            "The sound on the videos was poor.",
            "Not enough time for questions.",
            "Started late because the room was double booked.",
        ),
    },
    "training-reaction.objectives_met_why": {
        "neg": (
            "We ran out of time and skipped the section on {topic}.",
            "The objectives said we would practise making a referral but we never did.",
            "It was pitched at a basic level for experienced staff.",
            "I expected more on {topic}.",
            "The online platform crashed and I missed part of it.",
        ),
    },
    # ----- Training: learning, 2 weeks later -----------------------------------------
    "training-learning.used_from_course": {
        "pos": (
            "I have used the Levels of Need guidance twice when deciding whether to refer.",
            "I now check whether there is a plan in place before I contact the MASH.",
            "What I learned about {topic} has changed how I ask questions.",
            "The chronology template from the course.",
            "I shared the slides on {topic} with my team.",
            "Recording the child's own words when they tell me something.",
            "The contact list for other agencies has saved me a lot of time.",
            "The escalation policy, I used it last week.",
            "Asking about who lives in the home at every visit.",
            "The neglect toolkit.",
        ),
        "flat": (
            "Nothing yet.",
            "Not much, I haven't had a relevant case.",
            "I can't remember a lot of it now to be honest.",
        ),
    },
    "training-learning.example": {
        "pos": (
            "A parent told me about arguments at home and I asked about domestic abuse"
            " directly, then spoke to my DSL the same day.",
            "I completed a referral with clear examples rather than general worries and it"
            " was accepted first time.",
            "I noticed a pattern of missed appointments and started a chronology.",
            "I challenged a decision to close a case and it was reviewed.",
            "A young person mentioned an older boyfriend and I recognised the signs of"
            " grooming from the course.",
            "I shared information with the school nurse that I would have held back before.",
            "In a core group I asked for the child's views to be recorded properly.",
            "I used the Levels of Need with a family to agree early help instead of a referral.",
        ),
        "flat": (
            "No example yet.",
            "None so far.",
        ),
    },
    "training-learning.barriers": {
        "flat": (
            "Nothing so far.",
            "Nothing really, my manager has been supportive.",
            "Not yet had the chance to use all of it.",
        ),
        "neg": (
            "Caseload. There is no time to sit and reflect.",
            "Our systems don't talk to each other so information sharing is still slow.",
            "Not everyone in the team has been on the course, so it's hard to change how we work.",
            "Waiting to hear back from the MASH takes ages.",
            "Staff shortages mean I am covering other work.",
            "GPs are still reluctant to share information.",
            "I haven't had a case where it applied.",
        ),
    },
    # ----- Training: impact, manager's view ------------------------------------------
    "training-impact.example": {
        "pos": (
            "She now completes a chronology for all neglect cases and brings it to supervision.",
            "He made a referral to the MASH with clear evidence and it was accepted first time.",
            "Much better at recording the child's voice in their own words.",
            "More confident challenging other agencies at core groups.",
            "Has started using the escalation policy instead of just accepting decisions.",
            "Led a team briefing on {topic} which has helped the whole team.",
            "Spotted early signs of exploitation in a young person and acted the same day.",
            "Her case notes are more analytical and less descriptive.",
            "He now attends strategy meetings with a clear view of the child's needs.",
            "Asked better questions at a home visit and uncovered domestic abuse that"
            " had been missed.",
        ),
        "flat": (
            "No clear example yet.",
            "Hard to say, there have been no relevant cases.",
        ),
    },
    "training-impact.difference_for_children": {
        "pos": (
            "A family got early help support weeks sooner than they would have done.",
            "Children's views are much clearer in our reports now.",
            "Referrals are better quality so families get the right service first time.",
            "A young person is now safer because the risk was recognised early.",
            "Parents say they understand what we are worried about and why.",
            "Fewer cases are bounced back from the MASH for more information.",
            "Better joint working with school has meant a child's attendance has improved.",
        ),
        "flat": (
            "Too early to say.",
            "Hard to measure.",
            "No noticeable difference yet.",
        ),
    },
    "training-impact.practice_changed_why": {
        "neg": (
            "He has not had a relevant case since the course.",
            "Staff shortages mean she has been covering other work.",
            "It was a refresher so I did not expect a big change.",
            "Long-term sickness since the course.",
            "The course content did not match what they needed for their role.",
        ),
    },
    # ----- Young people's events -----------------------------------------------------
    "young-people-event.learned:theatre": {
        "pos": (
            "That grooming can start with someone being really nice and buying you stuff.",
            "How to tell if a friend is being exploited.",
            "That you can ring Childline or talk to a teacher.",
            "Not to share my location with people I don't know.",
            "That gangs use young people to carry drugs to other towns.",
            "That it's never the young person's fault.",
            "That someone your age online might not be who they say they are.",
            "Going missing is a sign something might be wrong.",
        ),
        "flat": ("Not much, we did it in PSHE already.", "Nothing new."),
    },
    "young-people-event.learned:cicc": {
        "pos": (
            "That our views can actually change things at the council.",
            "About the pledge and what care leavers can get.",
            "That I can ask to see my records.",
            "Other people in care feel the same as me.",
            "How to complain if my placement isn't right.",
            "Who my Independent Reviewing Officer is and what they do.",
        ),
        "flat": ("We talked about the same stuff as last time.", "Not a lot."),
    },
    "young-people-event.learned:online": {
        "pos": (
            "How to block and report people.",
            "Think before you send pictures because you can't get them back.",
            "How to make my accounts private.",
            "That it's ok to tell an adult if something online upsets you.",
            "Screenshots can be used as evidence.",
        ),
        "flat": ("I knew most of it.", "Nothing much."),
    },
    "young-people-event.anything_else": {
        "pos": (
            "The actors were really good.",
            "More of this please.",
            "Can we have pizza next time.",
            "It was better than normal lessons.",
            "I liked that we could ask questions without putting our hand up.",
            "The activities were fun.",
            "Thank you for listening to us.",
        ),
        "neg": (
            "It was a bit long.",
            "The hall was too hot.",
            "Some people were messing about.",
            "It was a bit upsetting in places.",
            "Couldn't hear at the back.",
            "It should be for younger years too.",
        ),
    },
    "young-people-event.event_rating_why": {
        "neg": (
            "It was boring.",
            "Couldn't hear properly.",
            "People were messing around so I couldn't concentrate.",
            "It was upsetting.",
            "Too long.",
        ),
    },
}

# Gentle safeguarding-relevant comments, for the alert features to find. Non-graphic.
SAFEGUARDING: dict[str, tuple[str, ...]] = {
    "child": (
        "sometimes I get scared at home when they are shouting",
        "I don't like going home at weekends",
        "someone I met online keeps messaging me and wants to meet up",
        "sometimes I feel like I want to hurt myself",
        "mums boyfriend gets angry and I hide in my room",
        "an older boy gives me money to take things to people",
        "I dont always get tea at home and I'm hungry at school",
        "I stayed out all night last week and nobody noticed",
    ),
    "parent": (
        "I am worried my ex has found out where we live now.",
        "My son has been going missing at night and staying with older lads.",
    ),
}

# Course subjects for {topic}: the first is used when a bank is rendered for checks.
COURSE_TOPICS: dict[str, tuple[str, ...]] = {
    "working_together": (
        "the Levels of Need",
        "making a referral to the MASH",
        "information sharing",
        "the role of the LADO",
        "escalation and professional challenge",
    ),
    "working_together_refresher": (
        "the changes to Working Together",
        "the Levels of Need",
        "information sharing",
        "recording the child's voice",
    ),
    "neglect": (
        "recognising cumulative harm",
        "the neglect toolkit",
        "disguised compliance",
        "chronologies",
        "the impact of neglect on babies",
    ),
    "cse": (
        "the signs of grooming",
        "county lines",
        "return home interviews",
        "online exploitation",
        "the exploitation screening tool",
    ),
    "cp_conferences": (
        "preparing families for conference",
        "writing reports for conference",
        "the role of the chair",
        "core groups",
        "SMART plans",
    ),
    "domestic_abuse": (
        "coercive control",
        "the DASH risk checklist",
        "MARAC",
        "the impact of domestic abuse on children",
        "safety planning",
    ),
    "forum": (
        "lessons from local case reviews",
        "the new early help offer",
        "working with fathers",
        "the neglect strategy",
    ),
    "e_learning": (
        "the basics of safeguarding",
        "what to do if a child tells you something",
        "the Levels of Need",
    ),
}

# ----- The partnership's year: staff, courses, standing collections and events -----------

STAFF = (
    ("trainer@example.org", Role.PRACTITIONER, "Helen Price"),
    ("cidva.worker@example.org", Role.PRACTITIONER, "Kerry Mason"),
    ("conference.chair@example.org", Role.PRACTITIONER, "Andrew Lloyd"),
    ("participation.worker@example.org", Role.PRACTITIONER, "Jade Powell"),
    ("safeguarding.lead@example.org", Role.SAFEGUARDING_LEAD, "Ruth Green"),
    ("board.member@example.org", Role.BOARD, "Peter Hill"),
)
WORKERS = ("Jess", "Sophie", "Amy", "Dan", "Leanne")
VENUES = ("the Shire Hall", "Plough Lane", "the Kindle Centre", "Leominster Community Centre")


@dataclass(frozen=True)
class Course:
    title: str
    topics: str
    trainer: str
    size: int
    half_day: bool = False
    days: int = 1


# fmt: off
COURSES = {
    "wt": Course("Working Together to Safeguard Children (1 day)", "working_together",
                 "Helen Price", 22),
    "wt_refresher": Course("Working Together refresher (half day)",
                           "working_together_refresher", "Mark Davies", 16, half_day=True),
    "neglect": Course("Understanding Neglect", "neglect", "Aisha Khan", 18),
    "cse": Course("CSE and exploitation", "cse", "DS Rachel Hughes", 24),
    "cpc": Course("Child Protection Conferences", "cp_conferences", "Andrew Lloyd", 12),
    "da": Course("Domestic Abuse (3 days)", "domestic_abuse", "Claire Jones", 14, days=3),
    "forum": Course("Practitioner Forum", "forum", "Business Unit team", 35, half_day=True),
}
SCHEDULE = (
    ("wt", "neglect", "cpc", "wt_refresher", "forum"),
    ("wt", "cse", "da", "wt_refresher"),
    ("wt", "neglect", "cse", "forum", "wt_refresher", "cpc"),
    ("wt", "da", "neglect", "forum", "wt_refresher", "cse"),
)
# Standing collections, open all year.
STANDING = (
    # slug, title, owner, weight, hours, conference type, worker, mood
    ("cp-conference-parent", "Initial CP conferences, 2025/26", "conference.chair", 1.0,
     "parent", ConferenceType.INITIAL, None, -0.12),
    ("cp-conference-parent", "Review CP conferences, 2025/26", "conference.chair", 2.7,
     "parent", ConferenceType.REVIEW, None, 0.04),
    ("cp-conference-child", "Children's views: initial conferences, 2025/26",
     "conference.chair", 1.0, "after_school", ConferenceType.INITIAL, None, -0.08),
    ("cp-conference-child", "Children's views: review conferences, 2025/26",
     "conference.chair", 2.7, "after_school", ConferenceType.REVIEW, None, 0.03),
    ("cidva-child", "CIDVA sessions, Leominster schools", "cidva.worker", 1.0, "school",
     None, "Jess", 0.0),
    ("cidva-child", "CIDVA home visits, Hereford city", "cidva.worker", 1.3, "after_school",
     None, "Sophie", -0.03),
    ("cidva-child", "CIDVA sessions, Ross-on-Wye and Ledbury schools", "cidva.worker", 0.7,
     "school", None, "Dan", 0.0),
    ("cidva-parent", "CIDVA parents and carers, Hereford city", "cidva.worker", 1.4, "parent",
     None, "Sophie", 0.0),
    ("cidva-parent", "CIDVA parents and carers, market towns", "cidva.worker", 1.0, "parent",
     None, "Jess", -0.04),
)
# Young people's events: title, kind, typical audience, window for the date, one day or not.
EVENTS = (
    ("Children in Care Council, June session", "cicc", 14,
     date(2025, 6, 2), date(2025, 6, 27), True),
    ("Theatre piece on exploitation, Year 9, Leominster", "theatre", 60,
     date(2025, 4, 22), date(2025, 5, 23), True),
    ("Children in Care Council, summer activity day", "cicc", 20,
     date(2025, 8, 4), date(2025, 8, 29), True),
    ("Online safety workshop, Year 7", "online", 45, date(2025, 9, 8), date(2025, 9, 30), True),
    ("Theatre piece on exploitation, Year 9 tour of Hereford schools, autumn term", "theatre",
     90, date(2025, 10, 6), date(2025, 11, 14), False),
    ("Children in Care Council, November session", "cicc", 12,
     date(2025, 11, 3), date(2025, 11, 28), True),
    ("Safer Internet Day assembly, Year 8", "online", 70,
     date(2026, 2, 10), date(2026, 2, 10), True),
    ("Children in Care Council, March session", "cicc", 15,
     date(2026, 3, 2), date(2026, 3, 20), True),
)
# fmt: on

_SPELLING = (
    ("really", "realy"),
    ("don't", "dont"),
    ("didn't", "didnt"),
    ("listened", "listend"),
    ("because", "becuase"),
    ("I'm", "im"),
    ("it's", "its"),
    ("worried", "worryed"),
    ("school", "skool"),
    ("people", "ppl"),
    ("friends", "freinds"),
)
_EMOJI = (" 🙂", " 😊", " 👍", " 😐", " 🙁", " ❤️", " 😂")


def resolve(key: str, *variants: str | None) -> str | None:
    """The most specific bank for `key`: "key:variant" for the first variant that has one."""
    for variant in variants:
        if variant is not None and f"{key}:{variant}" in BANKS:
            return f"{key}:{variant}"
    return key if key in BANKS else None


def _fill(template: str, fill: Mapping[str, str]) -> str:
    topic = fill.get("topic", "safeguarding")
    return template.format(
        topic=topic,
        Topic=topic[:1].upper() + topic[1:],
        trainer=fill.get("trainer") or "The trainer",
        worker=fill.get("worker", "my worker"),
        venue=fill.get("venue", "the venue"),
    ).strip()


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _pool(found: Bank, tone: str) -> tuple[str, ...]:
    order = {"pos": ("pos", "flat"), "neg": ("neg", "flat", "pos"),
             "mixed": ("neg", "pos", "flat")}[tone]  # fmt: skip
    return next(found[t] for t in (*order, "neg", "pos", "flat") if found.get(t))


def compose(
    rng: random.Random,
    key: str | None,
    tone: str,
    fill: Mapping[str, str],
    *,
    child: bool,
    age: str | None = None,
) -> str:
    """One comment from the bank `key` in `tone`: pos, neg, mixed or neutral.

    "flat" sentences (nothing to report, too early to say) stand alone; "mixed" joins
    one good and one bad point; a course subject is named in one sentence at most.
    """
    found = BANKS.get(key) if key else None
    if found is None or (tone == "neutral" and (not found.get("flat") or rng.random() < 0.5)):
        return rng.choice(NEUTRAL_CHILD if child else NEUTRAL_ADULT)
    if tone == "neutral":
        parts = [rng.choice(found["flat"])]
    elif tone == "mixed" and found.get("pos") and found.get("neg"):
        parts = [rng.choice(found["pos"]), rng.choice(found["neg"])]
        if rng.random() < 0.3:
            parts.reverse()
    else:
        pool = _pool(found, tone)
        count = 1
        if pool is not found.get("flat"):
            count = rng.choices((1, 2, 3), (80, 17, 3) if child else (62, 29, 9))[0]
        parts = rng.sample(pool, min(count, len(pool)))
    if sum("opic}" in p for p in parts) > 1:
        parts = [p for p in parts if "opic}" not in p] + [next(p for p in parts if "opic}" in p)]
    text = " ".join(_capitalise(_fill(p, fill)) for p in parts)
    return childlike(rng, text, age) if child else text


def childlike(rng: random.Random, text: str, age: str | None) -> str:
    """Make a child's comment look typed by a child, some of the time."""
    if rng.random() < (0.45 if age == "young" else 0.3):
        for right, wrong in _SPELLING:
            if right in text and rng.random() < 0.6:
                text = re.sub(rf"\b{re.escape(right)}\b", wrong, text, count=1)
    if rng.random() < 0.35:
        text = text[:1].lower() + text[1:] if not text.startswith("I ") else text
        text = text.rstrip(".")
    if rng.random() < 0.07:
        text += rng.choice(_EMOJI)
    return text


def safeguarding_comment(rng: random.Random, audience: str) -> str:
    return rng.choice(SAFEGUARDING[audience])


def all_sentences() -> list[str]:
    """Every bank sentence, with placeholders filled, for checks and tests."""
    fill = {
        "topic": "information sharing",
        "trainer": "Sam",
        "worker": "Jess",
        "venue": "the venue",
    }
    out: list[str] = []
    for entries in BANKS.values():
        for pool in entries.values():
            out.extend(_fill(s, fill) for s in pool)
    for pool in SAFEGUARDING.values():
        out.extend(pool)
    return out
