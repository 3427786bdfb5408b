"""Word groups that let the learned disclosure reader generalise past the words it
was trained on.

A bag of words only knows the words it saw: if training said "starving" and a child
writes "the biscuits were the only thing i have eaten", nothing carries over. Each
group below gathers words and short phrases that play the same part in a text about
harm (food and hunger, being left alone, someone's body, secrecy, gifts, a time that
is now, a time that is over...), so a weight learned for one member applies to all.

The groups come from general knowledge of how children, parents and professionals
talk about these things, not from any list of examples. :func:`concepts` reads the
normalised words of a text (see :mod:`feedback.analysis.normalise`) and returns the
groups present; :mod:`feedback.analysis.disclosure_model` adds them, and the pairs
of them, to its features.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from functools import lru_cache

# One group a paragraph: "name: phrase, phrase, ..."; a phrase is whole words, up to
# MAX_PHRASE of them, in the normalised spelling ("do not", not "dont").
_GROUPS_TEXT = """
adult_man: dad, daddy, father, stepdad, step dad, stepfather, uncle, grandad, grandpa,
    mums boyfriend, mums partner, mums fella, her boyfriend, his dad, her dad, man, men,
    bloke, guy, fella, lodger, mums husband, new boyfriend, stepdads
adult_woman: mum, mummy, mother, stepmum, step mum, stepmother, nan, nana, gran, granny,
    grandma, aunty, auntie, aunt, dads girlfriend, dads partner, woman, mams, mam
older_peer: older boy, older boys, older lad, older lads, older girl, older guy, older
    man, older men, older friend, older friends, older mates, lads, boys from, someone
    older, a man, this man, a guy, this guy, new friend, new friends, new mates,
    boyfriend, older boyfriend, his mates, their mates
role_adult: teacher, teachers, sir, miss, coach, coaches, tutor, instructor, youth
    worker, leader, scout leader, staff, staff member, member of staff, colleague,
    foster carer, foster carers, carer, carers, childminder, babysitter, volunteer,
    caretaker, support worker, residential, keyworker, key worker, teaching assistant,
    ta, lunchtime, dinner lady, minibus, driver, taxi driver, escort, priest, imam,
    vicar, football coach, swimming teacher, dance teacher, music teacher, pe teacher,
    manager
violence: hit, hits, hitting, slap, slaps, slapped, punch, punched, punches, kick,
    kicked, kicks, beat, beats, beaten, batter, battered, smack, smacks, smacked, whack,
    whacked, thump, thumped, push, pushed, pushes, shove, shoved, grab, grabbed, grabs,
    strangle, strangled, choke, choked, chokes, throttle, hurt, hurts, hurting, harm,
    belt, belted, throw, threw, throws, chucked, pinned, held down, dragged, pulls my
    hair, pulled my hair, bit, bites, burnt, burned, scratched, rough, lashes out,
    lashed out, goes for, went for, attacks, attacked, violent, violence, abusive,
    abuse, abused
injury: bruise, bruises, bruised, bruising, marks, black eye, cut, cuts, swollen,
    bleeding, blood, broken, sore, limp, limping, burn, burns, scar, scars, red marks,
    fingermarks, finger marks, injury, injuries, fracture, stitches, lump, graze
hunger: hungry, starving, starved, food, eat, eaten, eating, ate, meal, meals, dinner,
    breakfast, lunch, snack, snacks, cereal, fridge, cupboards, food bank, foodbank,
    bins, crisps, biscuits, sandwich, sandwiches, toast, packed lunch, free school
    meals, nothing to eat, no food, steal food, stealing food, takes food, hoarding
alone: alone, on my own, by myself, by ourselves, on our own, leaves us, leaves me,
    nobody home, no one home, noone home, nobody there, no adults, all night, overnight,
    all weekend, locked out, look after, looking after, look after my, put to bed, get
    myself, get ourselves, walk myself
home_conditions: cold, freezing, no heating, heating, no electric, electric, no gas,
    meter, dirty, filthy, smells, smelly, mould, mouldy, damp, rubbish, mess, no bed,
    mattress, too small, no hot water, nits, lice, toothache, dentist, doctor, medicine,
    inhaler, poorly, ill
substances: drunk, drinking, drinks, drink, wasted, hungover, high, stoned, weed, drugs,
    drug, pills, tablets, needles, vodka, cans, beer, wine, alcohol, bottle, passed out,
    smoking, smokes, sniffing, coke, spice, ket, pub, off his head, off her head, out of
    it, using
fear: scared, scary, frightened, afraid, terrified, fear, petrified, nervous, panic,
    shaking, hide, hiding, hid, shaking, dread, dreading, unsafe, not safe, dangerous,
    danger, creepy, uncomfortable, funny feeling, on edge, walking on eggshells, tiptoe,
    jumpy, flinch, flinches, flinched
home_avoid: go home, going home, want to go home, back home, stay out, stay at, stay
    with, sleep at, staying at, not going back, never go back, weekends at, contact
    with, his house, dads house, her house, at his, wait for him, when he gets home,
    when he comes home, comes home
secret: secret, secrets, do not tell, not allowed to tell, not supposed to tell, promise
    not to, not to tell, our secret, between us, special friend, keep quiet, keep it
    quiet, nobody knows, no one knows, noone knows, cannot tell, can not tell, if i
    tell, if i told, get in trouble, will get taken, taken away, delete, deletes,
    deleted, hide it
body_private: touch, touches, touched, touching, private, privates, private parts, down
    there, bedroom, my room, in my bed, shower, bath, undress, undressed, naked, clothes
    off, kiss, kisses, kissed, cuddle, cuddles, lap, sit on his, tickle, tickles,
    massage, sex, sexual, rape, raped, willy, boobs, bum, at night, door shut, door
    locked
images_online: pics, pictures, photos, photo, picture, nudes, nude, video, videos,
    selfies, camera, webcam, facetime, video call, online, snapchat, snap, insta,
    instagram, tiktok, discord, whatsapp, roblox, fortnite, xbox, playstation, gaming,
    dm, dms, messaging, texts, texting, followers, added me, adds me, my number, his
    number, her number, sending, posted, leak, screenshot, screenshots
gifts_favours: gift, gifts, present, presents, money, cash, pays, paid, pay me, buys me,
    bought me, buys, bought, trainers, new phone, vape, vapes, lifts, lift, car, in his
    car, takes me, picks me up, picked me up, owe, owes, debt, favour, favours, treats,
    takeaway, mcdonalds, nandos, designer, jewellery, top up, credit
carrying: package, packages, parcel, parcels, trap, trap house, carry, carrying,
    deliver, delivering, deliveries, shotting, dealing, deal, plugged, on road, cuckoo,
    cuckooing, different town, other towns, stash, sell, selling, work for, working for,
    job for
self_hurt: cut myself, cutting, cuts, blade, blades, razor, sharpener, scratch myself,
    burn myself, hurt myself, hurting myself, harm myself, self harm, selfharm,
    overdose, od, took tablets, pills, tablets, saved up, stockpile, end it, end it all,
    kill myself, die, dead, death, dying, suicide, suicidal, not wake up, never wake up,
    sleep forever, disappear, not be here, not here anymore, better off without, no
    point, give up, gave up, bridge, jump, train tracks, rope, wrist, wrists, sleeves,
    long sleeves, plasters, goodbye, say goodbye, ending
eating_control: not eating, stopped eating, skip, skipping, skipped, skip meals, throw
    up, threw up, sick after, make myself sick, making myself sick, fat, calories,
    weigh, weight, starve myself, starving myself, diet, laxatives, binge, too thin,
    skinny, hate my body, ugly
missing: ran away, run away, running away, runaway, ran off, missing, go missing, went
    missing, did not come home, not come home, not been home, stayed out, sofa, sofas,
    sofa surfing, mates house, friends house, mates sofa, streets, on the street, slept
    in, sleeping in, tent, kicked out, chucked out, thrown out, nowhere to go, nowhere
    to stay, nowhere to live, homeless, hostel, sleeping rough, bus station, stairwell,
    garage, out all night, came back at, police brought
threat_peer: threaten, threatens, threatened, threatening, threats, jumped, jump me,
    stab, stabbed, shank, shanked, knife, knives, blade, machete, weapon, gun, beat me
    up, beat up, get me, gonna get, going to get, waiting for me, after me, follow me,
    followed, following, ops, gang, gangs, postcode, mandem, merk, merked, batter me,
    smash, done in, set on me, watch your back, dead man, rush, rushed, bullied, bully,
    bullies, bullying
verbal_cruel: shouts, shouting, shouted, screams, screaming, screamed, yells, yelling,
    swears, swearing, calls me, called me, names, stupid, thick, useless, worthless,
    waste, pathetic, ugly, fat, hates me, hate me, never been born,
    not wanted, does not want me, ignores me, ignore me, silent treatment,
    blames me, my fault, laughs at me, mocks, embarrasses, humiliates, punish, punishes,
    punished, punishment, locked in, locks me, locked me, shut in, not allowed, grounded
adult_conflict: fight, fights, fighting, argue, argues, arguing, arguments, screaming at
    each other, smashed, smashes, throwing, police came, police come, police were
    called, neighbours called, holes in, controls, controlling, checks her phone, checks
    my phone, takes her phone, takes her money, will not let her, does not let her, not
    let mum, mum cries, mum crying, mummy crying, makes mum, hurts mum, hits mum,
    bruises on mum, my ex, ex partner, ex husband, injunction, non molestation, bail,
    turned up, turns up, keeps turning up, outside the house, outside our house, at the
    door
radical_weapon: extremist, extreme, radical, radicalised, prevent, nazi, far right,
    terror, terrorist, bomb, bombs, gun, guns, knife, knives, weapon, weapons, machete,
    pellet gun, crossbow, axe, acid
conduct: messages me, messaged me, messaging me, texts me, added me, adds me, follows
    me, alone with, on his own with, on her own with, favourite, favourites, closes the
    door, shuts the door, door closed, drives me, drove me, lift home, own number,
    personal number, personal phone, inappropriate, inappropriately, comments about,
    comments on, my body, sits close, too close, stares, staring, hugging, cuddles,
    strokes, rubs, restrain, restrained, restraint, manhandled, rough with, grabbed,
    dragged, swore at, swears at, humiliated, out of hours, after school, after hours,
    private lessons, sleepover, weekend away, home address, his house, her house
present_time: now, today, still, again, every night, every day, every weekend, every time,
    always, keeps, tonight, this morning, this week, yesterday, last night, at the
    moment, currently, started, starting, since, recently, lately, these days, most
    nights, most days, whenever, each time, when he, when she, when they, going to,
    tomorrow, this weekend, next week, right now, ongoing, continues, continuing,
    nothing has changed, not stopped
over_time: used to, anymore, any more, no longer, not anymore, before, last year, years
    ago, when i was little, when i was younger, in the past, sorted, dealt with,
    stopped, moved, moved out, he left, safe now, fine now, better now, ok now, okay
    now, over now, happened, went to court, in prison, locked up, not allowed near, no
    contact, closed, case closed, finished
course: course, courses, session, sessions, training, trainer, trainers, module,
    modules, case study, case studies, scenario, scenarios, slides, learn, learnt,
    learned, learning, understand, understanding, signs, indicators, awareness, content,
    presentation, presenter, film, workshop, the day, e learning, elearning, quiz,
    resources, handouts, discussion, delegates, group work, role play, refresher, level,
    levels, threshold, framework, policy, procedure, procedures
prof_case: pupil, pupils, student, students, a child, one child, one of my, one of our,
    on my caseload, caseload, family i work with, a family, a boy, a girl, a young
    person, young person, year 7, year 8, year 9, year 10, year 11, y7, y8, y9, y10,
    y11, y6, y5, reception, nursery, my class, our school, in school, tutor group, child
    i, child we, a mum, a dad, the mum, the dad, this child, this family, cla, cp plan,
    cin, ehcp, looked after, disclosed, disclosure, told me, said to me, came to me
concern: worried, worrying, concerned, concern, concerns, concerning, uneasy, not right,
    something is not right, something not right, gut, gut feeling, alarm bells, red
    flag, red flags, suspicious, suspect, unsure, who to tell, what to do,
    should i, wondering, wonder,
    niggle, niggling
told_someone: told the dsl, told dsl, dsl, referred, referral, mash, reported, logged,
    cpoms, myconcern, passed on, passed it on, raised it, strategy meeting, section 47,
    s47, lado, social services, social care, early help
help_request: help me, please help, need help, someone to talk to, talk to someone, want
    to talk, need to talk, can someone, make it stop, want it to stop, stop him, stop
    her, save me, get me out, take me away, i want to leave, move out, live somewhere
    else, live with
sad_low: sad, upset, cry, cries, crying, cried, lonely, depressed, depression,
    miserable, hopeless, empty, numb, tired, exhausted, cannot sleep, can not sleep,
    nightmares, bad dreams, wet the bed, wetting, anxious, anxiety, panic attacks
"""


def _parse(text: str) -> dict[str, tuple[str, ...]]:
    groups: dict[str, tuple[str, ...]] = {}
    for block in re.split(r"\n(?=\S)", text.strip()):
        name, _, body = block.partition(":")
        groups[name.strip()] = tuple(" ".join(p.split()) for p in body.split(",") if p.strip())
    return groups


GROUPS = _parse(_GROUPS_TEXT)

MAX_PHRASE = 4
# Groups whose pairs are features too: the ones whose meaning changes most with what
# they are next to ("hunger" with "now" is not "hunger" with "used to").
_PAIRED = frozenset(GROUPS) - {"sad_low"}


@lru_cache(maxsize=1)
def _index() -> dict[tuple[str, ...], tuple[str, ...]]:
    index: dict[tuple[str, ...], list[str]] = {}
    for group, phrases in GROUPS.items():
        for phrase in phrases:
            key = tuple(phrase.split())
            if len(key) > MAX_PHRASE:
                raise ValueError(f"phrase too long: {phrase!r}")
            groups = index.setdefault(key, [])
            if group not in groups:
                groups.append(group)
    return {k: tuple(v) for k, v in index.items()}


def concepts(words: Sequence[str]) -> set[str]:
    """The groups whose words or phrases occur in ``words``."""
    index = _index()
    found: set[str] = set()
    n = len(words)
    for i in range(n):
        for size in range(1, MAX_PHRASE + 1):
            if i + size > n:
                break
            groups = index.get(tuple(words[i : i + size]))
            if groups:
                found.update(groups)
    return found


def concept_features(words: Sequence[str]) -> set[str]:
    """``g:<group>`` for each group present and ``gg:<a>+<b>`` for each pair of them."""
    found = concepts(words)
    feats = {f"g:{g}" for g in found}
    paired = sorted(found & _PAIRED)
    feats.update(f"gg:{a}+{b}" for a, b in itertools.combinations(paired, 2))
    return feats
