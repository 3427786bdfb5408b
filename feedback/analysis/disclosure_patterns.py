# ruff: noqa: E501  (regular expressions read better unwrapped)
"""Regular expressions for disclosures of current harm, by category, and their guards.

They run on normalised text (lower case, "didn't" -> "did not", "sum1" -> "someone",
"mummy" -> "mum", apostrophes dropped). The cues are built from broad vocabularies
(who harms, the harm verb in all its forms and common misspellings, whom it is aimed
at) rather than from example sentences, so new wording still matches.

A pattern may carry a one-character prefix that says which guard may drop it:

- ``!`` strong: ranks first when choosing the category;
- ``~`` hyperbole-prone aggression ("i am going to strangle him", "dad will murder
  me"): dropped when the sentence is hedged ("lol", "haha", a laughing emoji);
- ``^`` hyperbole-prone death wish ("i wanted to die"): dropped only when the sentence
  names a trivial cause (homework, a quiz, embarrassment, the heat);
- ``?`` an injury without an agent ("a bruise on my leg"): dropped in an accident
  clause ("playing rugby", "fell off my bike").

``TOPIC`` holds abstract words ("neglect", "grooming") that count only outside a
content frame ("the session on neglect", "lived with domestic abuse").
"""

from __future__ import annotations


def gap(n: int) -> str:
    """Up to ``n`` words (never a negation) between two parts of a pattern."""
    return rf"(?:\W+(?!not\b|never\b|no\b)\w+){{0,{n}}}\W+"


def alt(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


G2, G3, G5 = gap(2), gap(3), gap(5)

# --- vocabularies ---------------------------------------------------------------
KIN = r"(?:(?:step ?|foster |grand|great )?(?:dad|father|mum|mother|parents?|brother|sister|son|daughter|carer|carers)|nan|nana|nanna|gran|granny|grandad|grandpa|grandma|uncle|aunt\w*|cousin|boyfriend|girlfriend|partner|husband|wife|ex|fiance\w*)"
PEOPLE = r"(?:man|men|lad|lads|guy|guys|boy|boys|girl|girls|someone|somebody|people|kids|teacher|teachers|coach|worker|staff|tutor|leader|babysitter|childminder|nanny|neighbour|lodger|friend|friends|mate|instructor|volunteer|colleague)"
# who may be harming: a relative or a household adult, or a pronoun
AGENT = (
    rf"(?:(?:my |our |her |his |their |mums |dads |the )?(?:\w+s )?(?:{KIN}|{PEOPLE})|he|she|they)"
)
# a child target: the writer or a child in the family
CHILD = r"(?:me|us|my (?:little |baby |younger |youngest |older |big |eldest |twin )?(?:brothers?|sisters?|sons?|daughters?|child|children|kids|baby|boy|girl|siblings|toddler)|the (?:kids|children|baby|boys|girls|little ones)|(?:her|his|their) (?:little |baby )?(?:brother|sister|son|daughter|child|children|kids|baby|toddler)|children|kids|pupils|babies|toddlers|a (?:child|baby|toddler|pupil|boy|girl)|(?:my|his|her) (?:\w+ )?(?:face|head|arms?|legs?|back|neck|throat|stomach|tummy|hair|ears?|wrists?|hands?|fingers?)|him|her|them)"
BODY = r"(?:face|head|arms?|legs?|back|neck|throat|stomach|tummy|belly|chest|side|ribs|hands?|fingers?|wrists?|ears?|hair|mouth|lip|nose|eyes?|bum|bottom|thighs?|knuckles|skin)"
# harm verbs in all forms, including common misspellings
HIT = r"(?:hit|hits|hitting|hited|hitted|hitt|punch|punches|punched|punchd|punching|kick|kicks|kicked|kicking|kickd|slap|slaps|slapped|slaped|slapping|smack|smacks|smacked|smackd|smacking|smak|smaks|smaked|smakd|beat|beats|beating|beaten|batter|batters|battered|battering|whack|whacks|whacked|whacking|thump|thumps|thumped|thumping|wallop\w*|leather\w*|belts|belted|belting|whip|whips|whipped|whipping|strangle|strangles|strangled|strangling|choke|chokes|choked|choking|throttl\w*|shake|shakes|shook|shaking|bite|bites|bit|biting|scratch|scratches|scratched|pinch|pinches|pinched|pinching|push|pushes|pushed|pushing|shove|shoves|shoved|shoving|grab|grabs|grabbed|grabbing|drag|drags|dragged|dragging|squeez\w*|twist\w*|stamp\w* on|slam\w*|throw|throws|threw|thrown|chuck\w*|bash\w*|knock\w*|attack\w*|head ?butt\w*|hurt|hurts|hurting|hurted|harm|harms|harming|harmed|burn|burns|burnt|burned|burning|abus(?:e|es|ed|ing)|assault\w*|tortur\w*|spit\w* (?:on|at)|lash\w* out at|pulls|pulled|pulling|yank\w*|drags|hold\w* (?:me|us|him|her) down|held (?:me|us|him|her) down)"
PASSIVE_HIT = r"(?:hit|beaten|beat|battered|smacked|smackd|slapped|kicked|punched|whacked|belted|thumped|hurt|leathered|walloped|whipped|pushed|shoved|strangled|choked|abused|assaulted|bitten|burnt|burned|a hiding|a beating|a smack|the belt|a slap|a good hiding|battered)(?! out| off| up (?:on|with))"
MUM = r"(?:(?:my |our |the kids |the childrens )?(?:mum|mother)|her)"
THREAT_VERB = r"(?:kill|stab|shoot|cut|hurt|batter|beat|jump|smash|burn|knife|get|drown|slash|attack|shank|rape|bottle|petrol bomb|set fire to|do|bash|punch|kick|glass|acid|break|snap) (?:me|us|my|you|the house|our house|him|her|them)\b"
NEG_TELL = r"(?:tell|told|telling|say|said|talk|talked|speak|spoke|snitch\w*|grass\w*|report\w*|police|leave|left|went|go to)"

# Safety-net vocabularies (also used by two specific cues below).
_MALE = r"(?:he|dad|my dad|step ?dad|stepdad|my step ?dad|my stepdad|(?:mums|her) (?:boyfriend|partner|husband|fella)|my (?:partner|husband|ex))"
_STRANGER = r"(?:man|men|guy|guys|bloke|lad|lads|stranger|strangers|someone|somebody|adult|adults|grown ups?|older (?:lads?|boys?|men|man|guys?|girls?|kids|people|ones|teenagers?|women|woman)|woman|person)"

PATTERNS: dict[str, tuple[str, ...]] = {
    "self_harm": (
        r"(?:drawings?|pictures?|sketches) of (?:herself|himself|themselves|themself|myself|me) (?:hanging|dead|dying|cutting|bleeding|in a coffin)|research\w* (?:the )?(?:best |highest |tallest )?(?:bridge|ways to die|how to die|how many)",
        r"\bchew and spit\b|(?:have not|not|barely|never) eaten (?:proper|properly|anything|a meal)? ?since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last \w+|the weekend)",
        r"(?:not|will not|wont) (?:going to )?be (?:around|here|alive) (?:for|by|at|on|much longer|any ?more|next)",
        r"(?:whole|full|entire) (?:packet|box|bottle|strip) of (?:paracetamol|pills|tablets|painkillers|meds)",
        r"^(?:want|wanna|wanted|plan\w*|wish|wishing|rather|like|going) to (?:die|be dead|end it|disappear)\b(?! and they)",
        r"\bwish (?:i|id|i had) (?:was|were|been|had been|could be)? ?(?:dead|not (?:here|alive|born)|never (?:here|alive|born)|gone)",
        r"\bkill\w* (?:myself|herself|himself|themselves|themself)",
        r"(?:hurt|harm|cut|cutting|burn|burning|starv\w*|punish\w*) (?:herself|himself|themselves)",
        r"\bkms\b|\bunalive\w*",
        r"end (?:it all|my life|her life|his life|their life|(?:my|her|his|their) own life)\b|end it\b(?! (?:there|here|with|on|by|at))",
        r"(?:a |the )?plan (?:to|for how to|of how to) (?:end|kill|take|die|hang|overdose)",
        r"ending (?:it all|my life|things|it)\b",
        r"\bsuicidal\b|\bi am suicid\w*|\bsuicide (?:note|attempt|plan)",
        r"(?:cut|cuts|cutting|burn|burns|burning|bang|banging|hit|hitting|scratch\w*|hurt\w*|harm\w*|starv\w*|punch\w*|bite|biting|pick\w*) (?:myself|my self|my (?:arms?|legs?|wrists?|head|skin|thighs?|stomach|self)\b)",
        r"\bi (?:self harm|sh)\b|self harm\w* (?:again|still|every|most|a lot)|(?:been|am|is|are|started|keeps?|still) self harm\w*",
        r"overdos\w*",
        r"(?:took|take|taking|swallowed|swallow|stockpil\w*|saving up)"
        + G3
        + r"(?:tablets|pills|paracetamol|painkillers|meds|medication)",
        r"better off (?:dead|without me|if i was (?:dead|gone))",
        r"(?:happier|better|easier) (?:if i (?:was|were) not (?:here|around|alive)|if i (?:was|were) (?:gone|dead)|without me)",
        r"(?:notice|care|miss me|miss) if i (?:was|were|am|died|disappeared|killed)",
        r"(?:no|what is the|whats the|what the) point (?:in |of )?(?:me )?(?:even )?(?:being (?:here|alive)|living|going on|carrying on|life|me\b|waking up|trying)",
        r"(?:do not|can not) see the point (?:in|of) (?:being here|living|anything|going on|life)",
        r"(?:do not|dont) want to (?:be here|live|be alive|wake up|exist|carry on|go on)\b",
        r"not (?:want to )?be (?:here|alive) any ?more",
        r"(?:go to sleep|sleep) and (?:not|never) wake",
        r"never wake up",
        r"(?:make|makes|making|made) myself (?:sick|throw up|vomit)|throw up (?:after|if|when) i eat|starv\w* myself|(?:stopped|stop|not) eating (?:so|because|to)",
        r"(?:have not|not|barely) eaten (?:properly |anything )?(?:in|for) (?:days|weeks)",
        r"ways to (?:kill|die|end|overdose)|how (?:many|much) (?:pills|tablets|paracetamol) (?:it takes|to)",
        r"jump (?:off|in front of) (?:a|the) (?:bridge|roof|building|train|car|cliff)",
        r"on purpose so",
        r"hate myself",
        r"(?:nobody|no one) would (?:miss|care|notice)",
        r"not worth living|life is not worth",
        r"(?:deserve|deserved) to die",
        r"if i (?:died|was dead|were dead|killed myself)",
        r"goodbye (?:letters?|notes?|messages?)",
        r"(?:cuts|scars|self harm) (?:on|up) (?:my|her|his|their) (?:arms?|legs?|thighs?|wrists?|stomach)",
        r"(?:cutting|cut) again",
        r"(?:till|til|until|so) (?:it|they|i|my \w+) bleeds?|punch\w* (?:the )?walls?",
        r"giv(?:en|ing|e) (?:all )?(?:my|her|his) (?:stuff|things|belongings|games|clothes|\w+) away|(?:written|wrote|writing) (?:letters?|notes?) (?:to|for) (?:everyone|everybody|my family|mum)",
        r"(?:do|did|does) it properly|(?:next time|this time) (?:i|she|he) (?:will|ll|is going to|am going to) (?:do it|make sure|not wake)",
        r"(?:wear|wearing|wears) (?:long )?sleeves? (?:all the time |every day |even in summer )?(?:so|to hide|because|cos)",
        r"thinking (?:about|of) (?:dying|death|ending|killing|suicide|not being here|taking)",
        r"want to disappear (?:forever|for ever|for good)",
        r"kill me\b(?= (?:now|already))",
        r"i feel (?:suicidal|worthless|like a burden)|i am a burden",
        r"think about suicide|thought about suicide|thoughts of suicide|suicidal thoughts",
        r"^(?:i will|i am going to|i could|i would|i might) (?:literally )?die\b",
    ),
    "sexual_abuse": (
        r"touch\w* (?:me|her|him|my|them|us|our|his|her)\b(?! (?:up|base|on (?:the|my) (?:shoulder|arm|back)))",
        r"touches? me where",
        r"where (?:he|she|they) (?:should not|shouldnt)",
        r"(?:hand|hands|fingers|thing|willy|penis) (?:in|down|up|inside|under|into) (?:my|her|his)",
        r"(?:hands|hand|fingers) (?:go|goes|went|going) (?:too )?(?:high|up|down|under|inside)",
        r"under my (?:clothes|pants|knickers|top|nightie|pyjamas|skirt|dress|shorts|trousers)",
        r"knickers",
        r"private (?:parts|part|area|bits|place)|\bprivates\b|down there",
        r"\brap(?:e|ed|es|ing|ist)\b|\braped\b",
        r"sex with|having sex|sex (?:things|stuff|games)|sexual (?:things|stuff)",
        r"sexual\w* (?:touch|assault|abus)\w*",
        r"(?:made|makes|make|making|forces|forced|forcing|force|gets|got) (?:me|her|him|us) (?:to )?(?:do (?:stuff|things|it|sex)|touch|watch|suck|kiss|lick|take (?:off|my|her|his|our)|get undressed|undress|strip|get naked|show)",
        r"(?:walk\w*|come\w*|came|coming) (?:in|into)(?: the)? (?:bathroom|shower|bath)|(?:when|while) i am in the (?:shower|bath|bathroom)",
        r"(?:looks|looking|watches|watching|stares|staring) at me (?:in|when|while|getting|changing)",
        r"(?:says|said|saying|comments on) (?:things|stuff) about my body",
        r"(?:get|gets|got|getting|comes?|came|climbs?) (?:into|in) (?:my|her|his|their|the) bed|(?:gets|got|getting|goes|is) (?:in|into) bed with (?:me|her|him|us)|(?:sleeps|slept|sleeping) in my bed",
        r"(?:comes?|came|coming) (?:in|into) my (?:room|bedroom) at night",
        r"(?:show\w*|makes? me watch|made me watch|watch) (?:me )?(?:porn|rude|dirty|sexy|naked)\w*|\bporn\w*",
        r"\bnaked\b|undress\w*|(?<!non )molest\w*|fiddl\w* with|\bperv\w*|\bpaedo\w*|\bpedo\w*",
        r"(?:tickling|special|secret|touching) game",
        r"said i wanted it",
        r"(?:happening|happened) to me",
        r"(?:kiss\w*|lick\w*|snog\w*) (?:me|her|him|us)\b",
        r"massag\w*",
        r"(?:does|did|doing|do) (?:things|stuff|it|sex things|bad things|rude things) (?:to|with) (?:me|her|him|us)",
        r"what (?:he|she|they|my \w+(?: \w+)?) (?:does|did|is doing|keeps doing) to me",
        r"(?:up|down) my (?:skirt|top|pants|shorts|trousers|knickers)",
        r"(?:pictures|photos|videos) of me (?:in the (?:bath|shower)|naked|with no|undress)",
        r"(?:my|his|her) (?:willy|penis|fanny|vagina|boobs|bum|bottom|chest|body|thing|privates)\b(?! (?:hurts? after (?:football|pe)))",
        r"(?:in|into) my (?:mouth|bed)",
        r"hurts? (?:when i (?:wee|pee|go to the toilet)|down there)",
        r"slept with me|changing rooms?|private lessons",
    ),
    "exploitation": (
        r"(?:being|getting|been|is|am|was) (?:\w+ )?used to (?:sell|carry|deal|move|hold|run|deliver|store|stash)|(?:too deep|in too deep)\W+(?:\w+\W+){0,3}(?:can not|cannot|cant) (?:get )?out",
        r"(?:ask\w*|want\w*|keeps? asking|pressur\w*|made me|make me|makes me|send|sent|sending|share\w*|post\w*|leak\w*|show\w*|get me to|told me to)"
        + G3
        + r"(?:pictures|photos|nudes|selfies|videos|pics|vids|snaps|a video|a pic|a photo)",
        r"\bnudes\b",
        r"(?:met|meet|meeting|talk\w*|chat\w*|messag\w*|speak\w*|friends with) (?:to |with )?(?:him|her|someone|a man|a guy|a boy|a girl|a lad|my boyfriend|people|them) (?:i met )?(?:online|on (?:snapchat|snap|insta|instagram|tiktok|discord|fortnite|roblox|xbox|playstation|a game|the game|game chat|whatsapp|facebook|an app))",
        r"(?:online|internet) (?:boyfriend|girlfriend|friend|man|guy|lad|mate)",
        r"(?:someone|a man|a guy|a lad|people|men|he|she) (?:i met |i know |i talk to )?(?:online|on (?:snapchat|insta|instagram|tiktok|discord|fortnite|roblox|xbox|the game|a game|game chat|whatsapp))",
        r"(?:he|she|they|boyfriend|girlfriend|guy|man|lad|who) (?:is|whos|who is|was) (?:1[89]|[2-6]\d)\b",
        r"age is (?:just )?a number|much older|older (?:men|man|guys|boyfriend|girlfriend)|adult men|in (?:his|her|their) (?:20s|30s|40s|twenties|thirties|forties)",
        r"(?:give|gives|gave|giving|buy|buys|bought|buying|pay|pays|paid|send|sends|sent|get|gets|got) (?:me|us|her|him|them|my \w+)"
        + G2
        + r"(?:money|vapes?|weed|drugs|drink|alcohol|phones?|clothes|presents|gifts|trainers|cigarettes|fags|cash|nails|stuff|£\d+|\d+ quid|\w+ quid)",
        r"(?:sell|selling|sold|carry|carrying|deliver\w*|hold|holding|keep|keeping|stash\w*|hide|hiding|move|moving|drop|dropping|run|running|bag\w* up|cut) (?:\w+ ){0,2}(?:stuff|drugs|weed|packages?|parcels?|things|bags?|gear|food|money|cash|phones?) (?:for|at|in|to|or)",
        r"(?:sell|carry|deliver|run|hold|stash) (?:drugs|weed|stuff|gear|for (?:them|him|some|older|a guy|a man|these))",
        r"\b(?:do|doing|did|go on|going on) (?:runs|drops|deliveries|a run|a drop)",
        r"\bpackage\b|\bparcels? for",
        r"(?:i will|ill|i would|i) owe|owe (?:them|him|her|money|a guy|a man|some)|(?:pay it|pay off|work it) off|debt (?:to|with)",
        r"county lines",
        r"(?<!one )(?<!nobody )(?<!to )pick\w* (?:me|us|her|him)"
        + G3
        + r"up|picked up by (?:men|a man|older|different)|(?:collected|picked up|taken) (?:\w+ ){0,4}by (?:\w+ ){0,2}(?:men|adults|older)",
        r"men in cars|in (?:his|their) car|get in (?:his|their|the) car",
        r"on the train for|for some (?:lads|men|guys)|men give us|flat in town|party with older|parties with (?:his|older|their)",
        r"can not tell (?:my )?(?:mum|dad|anyone|my parents) about (?:him|her|them|it)",
        r"(?:keep|keeps|kept)" + G2 + r"secret|our (?:little )?secret",
        r"(?:do not|not to|never) tell (?:anyone|your mum|your dad|my mum|my dad|your parents|my parents)",
        r"delete (?:the|our|all the|his|their) (?:chats|messages|texts|snaps)",
        r"messag\w* (?:me|my son|my daughter|them|the girls|the boys|her|him|us|pupils|children|kids)"
        + G2
        + r"(?:at night|late|all the time|about how)",
        r"\badds? (?:the )?(?:girls|boys|kids|children|pupils|young people) on",
        r"(?:adds?|adding|added|follows?|following|followed) (?:me|her|him|my \w+(?: \w+ \w+)?) on (?:snap|snapchat|insta|instagram|tiktok|facebook|discord|roblox|xbox|fortnite|whatsapp)",
        r"(?:grown|adult) (?:up )?(?:man|men|woman|guy|bloke)|(?:man|men|guy|adult|bloke|stranger|older \w+) (?:\w+ ){0,3}(?:keeps? |kept )?(?:messag\w*|texting|adding|snapchat\w*|asking (?:me|her|him|for))",
        r"asked (?:me |her |him )?where (?:i|she|he|we) (?:live|go to school)|(?:asked|asking|wants) (?:for )?my (?:address|location|school)",
        r"(?:no|without) (?:clothes|top|pants|knickers) on|video call\w* (?:with no|naked|without)",
        r"(?:money|paid|cash|£\d+) for (?:taking|carrying|holding|dropping|delivering|moving|keeping)|(?:taking|carrying|delivering|dropping) (?:bags|packages|parcels|stuff|things) (?:to|for|round)",
        r"late at night",
        r"their numbers",
        r"how they look",
        r"new (?:phones?|clothes|trainers|nails) (?:and|that|which|he|she)",
        r"(?:lots of|loads of|a lot of) (?:cash|money)|(?:can not|will not|wont|does not) (?:explain|say) (?:where|who)",
        r"who is buying",
        r"disappear\w* to|(?:going|goes|gone) missing (?:over ?night|and coming back)",
        r"blackmail\w*|sextort\w*|exploiting (?:me|her|him|them)|(?:being|been|is|are|getting) (?:groomed|exploited)|grooming (?:me|her|him|my|them)",
        r"webcam",
        r"(?:share|post|send|show|leak)\w*"
        + G3
        + r"(?:my|the|our) (?:pictures|photos|videos|pics|nudes)",
        r"(?:i am|im) 1[0-5] and (?:he|she) is|who is (?:1[89]|[2-6]\d)\b",
        r"(?:i|we) (?:have to|had to|got to|make me) (?:do runs|run|deal|sell|drop)|\bdeal\w* drugs",
        r"(?:free|gave me|gives me|give us) (?:weed|drugs|vapes|drink|alcohol)",
        r"lifts? from",
        r"(?:make|made|making|makes) (?:me|us) (?:sell|carry|deliver|deal|hold|hide|keep|stash|do runs)",
        r"drop (?:off )?(?:packages|parcels|stuff)",
        r"(?:meet|meeting) (?:me|up|him|her)"
        + G3
        + r"(?:online|snapchat|tiktok|instagram|met)|wants? (?:me )?to meet (?:me|up|him|her)",
        r"(?:men|man|guy|guys|lads) (?:i|we) (?:do not|dont) know",
        r"(?:he|she) is (?:1[89]|[2-6]\d) and",
        r"\bgangs?\b|\bdealers?\b|\btrap house",
        # older people who give, drive or use: "by some older boys", "the olders"
        r"(?:given|gave|give|gives|got|get|gets|lifts?|money|cash|bought|buy|buys|paid|pay|pays|work\w*|sell\w*|carry\w*|hold\w*|phones?|stuff|drugs|weed|vapes) (?:\w+ ){0,4}(?:by|off|from|for|with) (?:some |these |the |a few |two |three )?older (?:boys|lads|men|guys|kids|ones|girls|teenagers|people)\b|\b(?:the )?olders\b|older (?:lads|men|guys|boys) in (?:it|the car|a car|his car)",
        r"(?:way|lot|loads|years|so|ten|\d+ years) older than (?:me|her|him|us)|mature for (?:my|her|his|your) age|sugar (?:daddy|daddies|mummy|mommy)",
        r"(?:i am|im|she is|shes|he is|hes|my \w+ is|only) 1[0-5]\b(?:\W+\w+){0,8}\W+(?:1[89]|[2-6]\d) (?:year old|yr old|yo)\b",
        # running, holding and selling for others, and the debt that binds
        r"(?:have|had|got) to (?:answer|pick up) (?:it|the phone|the door|a phone|their phone)|answer the door to",
        r"\b(?:second|burner|work|extra) phones?\b(?! (?:for work|from work|from my job))|phone (?:that|which) keeps ringing",
        r"pay (?:them|him|her|it|that|this) back|\bmy debt\b|the debt (?:goes|went|keeps)|in debt to",
        r"(?:have to|had to|make me|made me|makes me|keep|keeps|kept|said i|i) work\w* for (?:them|him|the olders|these|some)\b|to work for (?:them|him)\b",
        r"drop\w* (?:things|stuff|bags|it|them|packages|parcels|stuff) off|go to (?:houses|flats|hotels) (?:and|to|for)",
        r"\b(?:dealing|selling|carrying|holding|running) for\b|\bcarry for\b|\bsell for (?:them|him|some|older)",
        r"(?:go|going|goes|went|gone|been|sent|send|sends|taken|takes|took) (?:out )?(?:to|into) (?:other|different) (?:towns|cities|places|areas)|(?:days|nights|weekends) and comes? back with",
        r"(?:flats|houses|places|hotels) (?:i|we|she|he) (?:do not|does not|did not) know|(?:taken|take|takes|took) (?:me |us |her |him )?to (?:hotels|flats)",
        r"(?:watch|look\w*|keep\w*) (?:out )?(?:for|look out for) (?:the )?(?:police|feds|old bill)|\bfeds\b|police (?:will not|wont|do not|dont|can not) (?:search|stop|check)",
        r"(?:pay|pays|paid) (?:me|us|him|her) (?:\w+ )?to (?:hold|carry|keep|stand|watch|take|drop|deliver|sell|look out|go|send|meet|run|hide)",
        r"(?:getting|gets|got|get) (?:me|us|him|her) to (?:carry|hold|sell|deliver|hide|keep|drop|move|take|stash|send)",
        r"(?:making|makes|made|make|send|sends|sent) (?:me|us|him|her) (?:\w+ ){0,2}(?:to )?(?:go|going) to (?:houses|flats|hotels|other towns|parties|peoples houses)|send (?:me|us|him|her) out to",
        r"(?:made|make|makes|making|forced|forcing|forces) (?:me |her |him |us )?to sleep with|sleep with (?:his|their|her) (?:friends|mates)",
        r"do (?:what|whatever) (?:they|he|she) (?:say|says|tell me|tells me|want|wants) or\b",
        r"(?:parties|party|flat|house) with (?:grown ups|adults|older)|grown ups (?:give|gave|buy|bought)|(?:free|gave me|gives me|give us|gave us) (?:vodka|booze|cider|cans|beer|spirits|coke|ket|pills|lean|nos|balloons)",
        r"(?:gave|give|gives|given) (?:me|us|him|her) (?:a |their |his )?(?:knife|gun|blade|machete|weapon)|(?:knife|gun|weapon|blade) to (?:keep|hide|hold|look after)",
        r"(?:car|cars|van)s? (?:\w+ ){0,3}(?:wait\w*|outside) (?:\w+ ){0,3}for (?:my|her|him|me)\b",
        r"(?:said|says) (?:he|she|they) (?:would|will|is going to|are going to) (?:come|turn up) (?:to|round|at) my (?:house|school|home)",
        r"(?:snapchat|snap|online|tiktok|facebook|insta\w*|discord|roblox|fortnite|xbox|game) (?:man|men|guy|lad|woman|boy|girl|person|friend)|(?:man|guy|lad|woman|someone) (?:off|from|on) (?:facebook|tiktok|snap\w*|insta\w*|discord|roblox|fortnite|a game|the game|online)",
        r"(?:we|i) (?:never|did not) (?:bought|buy|gave|give) (?:him|her|them) (?:\w+ )?(?:that|those|them|it|any)?|(?:expensive|designer) (?:\w+ )?(?:clothes|trainers|stuff|things|phones?|jewellery|bags?|gifts)\b(?=[^.!?]*\b(?:never|not|will not|can not)\b)",
        r"(?:is|s|am|are) (?:1[89]|[2-6]\d) and (?:he|she|lets|let|says|said|buys|bought|gives|gave|takes|took|wants|picks)\b|\bsext\w*",
        r"(?:tell|show|send|post) (?:everyone|people|my \w+|them|it to \w+) (?:about )?(?:the|my|our) (?:pictures|photos|pics|videos|nudes)|if i (?:stop|stopped) (?:seeing|talking to|messaging|replying to) (?:him|her|them)",
        r"picked up by (?:an adult|adults|an older|a grown|a male|an adult male|an unknown)|(?:earn|work|pay) (?:it|that|this|the money) (?:back|off)",
        r"(?:someone|somebody|a (?:guy|man|lad|woman|girl|stranger)|people|keeps?|been) (?:\w+ )?(?:sending|sends|sent|giving|gives) (?:me|my \w+|him|her|us) (?:money|cash|gifts|presents|vouchers|vbucks|robux)",
        # followed or waited for by strangers or older people
        _STRANGER
        + r" (?:\w+ ){0,3}(?:follow\w*|keeps? waiting for|waits? for|waiting for|watch\w*) (?:me|us|her|him|my \w+)\b",
        r"(?:a|some|this) car (?:\w+ ){0,3}(?:follow\w*|keeps? following) (?:me|us|her|him)",
        r"someone i (?:play|talk to|chat to|chat with|met|game with)\b(?:\W+\w+){0,4}\W+wants? (?:me )?to (?:come|meet|go|send|video)|(?:he|she|they|man|guy|someone) (?:will |would |said he would |said she would )?(?:pay|pays|paid) for my (?:train|taxi|uber|ticket|bus)",
    ),
    "domestic_abuse": (
        r"\b(?:dad|father|he|step ?dad|stepfather|boyfriend|partner|ex|him|husband|mums (?:boyfriend|partner|fella))"
        + G2
        + HIT
        + r" (?:my |our )?(?:mum|her|mother)\b(?! (?:toddler|baby|son|daughter|child|kids|children|little|youngest|brother|sister|face|at \w+))",
        HIT
        + r" (?:my |our )?mum\b|(?:threaten\w*|went for|goes for|go for|going for) (?:my )?(?:mum|her)\b",
        r"(?:hitting|hurting|beating|shouting at|screaming at|punching|kicking) (?:my )?mum",
        r"(?:he|dad|step dad|boyfriend|partner|ex) (?:\w+ )?(?:said|says|threaten\w*|keeps saying)(?: that)?(?: he)? (?:would|will|is going to|to) (?:kill|hurt|batter|stab) (?:her|mum|my mum)\b",
        r"kill (?:mum|my mum|her) if she|kill (?:me|us) if (?:i|we) (?:leave|left|go|went|call|ring)|take the (?:kids|children) (?:if|off)",
        r"(?:mum|she|my mum) (?:has|had|got|has got|is covered in) (?:bruises|a black eye|marks|a cut|hurt)",
        r"(?:they|them|mum and dad|dad and mum|my parents|parents|mum and (?!me\b|i\b)\w+|dad and (?!me\b|i\b)\w+) (?:\w+ ){0,2}(?:fight|fights|fighting|fought|argue|argues|arguing|scream\w*|shout\w*|row|rowing)\b",
        r"(?:nasty|horrible|violent|aggressive|cruel|vile|evil|rough|abusive) (?:to|with|towards) (?:her|mum|my mum|me)\b",
        r"harass\w*|keeps? (?:ringing|calling|texting|messaging|turning up) (?:me|her|mum)|hundreds of (?:calls|texts|messages)",
        r"(?:hospital|a and e|ambulance) because of (?:him|her|dad|them|what he)|(?:mum|she|i) (?:had to go|went|was taken|ended up) (?:to|in) (?:hospital|a and e)",
        r"(?:throws?|threw|chuck\w*) (?:\w+ ){0,2}at (?:my )?mum|(?:took|takes|taking|smashed|smashes|broke|breaks|hides) (?:mums|her|my) phone",
        r"shouting and banging",
        r"police (?:keep |keeps |always )?(?:came|come|coming|were called|was called|turned up|got called)\b(?! (?:to|into|in to) (?:school|our school|college|class|the (?:school|youth|club|group|event|centre)|talk|give|do a talk))|called the police",
        r"(?:found out where we live|sat outside (?:the|our|my) house|turn\w* up (?:at|outside)|(?:find|finds|found) (?:us|me)\b)",
        r"~follow\w* (?:me|us|her|mum)\b",
        r"breach\w*",
        r"(?:will not|wont|does not|never|not) let (?:her|mum) (?:have|see|go|leave|talk|out)|(?:will not|wont|does not|never|not) let me (?:have (?:any )?money|see my (?:family|friends)|leave|go out)",
        r"\bmy (?:boyfriend|girlfriend|bf|gf|partner|husband|ex) (?:\w+ )?(?:gets jealous|grabs|hits|controls|checks|pushes|threatens|makes me|slaps|punches|kicks|hurts|chokes|strangles|follows|tracks|hit|hurt|punched|kicked|pushed|choked|slapped|grabbed|threatened)",
        r"jealous (?:and|if|when)|gets jealous",
        r"controlling|control\w* (?:me|her|mum|my|everything|the money)",
        r"threatened (?:me|mum|her)",
        r"he is back|still comes round|(?:he|dad) (?:has )?(?:started|starting) drinking",
        r"(?:mum|her|my mum) (?:crying|screaming|screams)\b(?! (?:at me|in my face|at us))",
        r"smash\w* (?:the|up|things|stuff|mums|everything|our)|(?:breaks?|broke|breaking|kicked|kicks) (?:the |our )?(?:door|doors|things|stuff|windows?|plates)(?: down| in)?",
        r"(?:checks|reads|takes|goes through|check|read|take) (?:mums|her|my|our) (?:phone|bank|money|card|messages)",
        r"(?:does not|will not|wont|never) let (?:her|mum) (?:go|see|out|have|leave)",
        r"locks? (?:her|mum) (?:in|out)|stalk\w*|keeps? turning up|non molestation",
        r"(?:my )?location (?:all the time|on|every)|track\w* (?:my|her|mums) (?:phone|location)",
        r"(?:hand|hands|arm) (?:round|around) (?:my|her|mums) (?:neck|throat)",
        r"horrible names|calls (?:mum|her) (?:names|a \w+)",
        r"(?:another|an) incident",
        r"won t see it coming|will not see it coming|wont see it coming",
        r"walked into a door",
        r"\b(?:domestic|violent|abusive) (?:relationship|partner|boyfriend|ex|husband)",
        # hearing it, hiding from it, and the aftermath
        r"(?:can not|cant|do not have to|dont have to) hear (?:them|him|mum|dad|it|the (?:shouting|screaming|fighting|arguing|rows))\b",
        r"hear (?:them|him|mum|dad|my parents|mum and \w+|dad and \w+) (?:at night|every night|downstairs|through the (?:wall|floor)|arguing|fighting|screaming|shouting|rowing|banging|hitting)",
        r"(?:hide|hides|hiding|hid) (?!and seek)(?:\w+ ){0,2}(?:upstairs|in (?:my|our|the|their) (?:room|bedroom|wardrobe|cupboard|bathroom)|under (?:the|my|our) beds?)\b",
        r"bang\w* on (?:the|our|my) (?:door|doors|window|windows)|(?:kick|kicking|trying to kick|smashing|smash) (?:the |our )?(?:door|doors|window|windows)(?: in| down)?",
        r"(?:keeps?|kept|still) (?:coming|comes|turning up|showing up) (?:round|to the house|at the house|here)|not (?:meant|supposed) to (?:come|be) (?:here|round|near|at)",
        r"lock(?:s|ed|ing)? (?:her|mum|my mum) (?:in|out)\b",
        r"(?:calls?|called|calling) (?:my )?(?:mum|her) (?:horrible|nasty|names|awful|\w+ words|a \w+|an \w+|stupid|fat|useless|ugly)|(?:he|dad|makes?) (?:makes? )?(?:my )?mum cry|(?:he|dad) makes her cry",
        r"punch\w* (?:a )?holes? in|holes? in the (?:wall|door)s?",
        r"if (?:mum|she|you|i|we|my mum) (?:calls?|rings?|phones?|tells?) (?:the )?police|take (?:us|the kids|the children|me|my \w+) (?:away|off her|from her|from mum)",
        r"(?:hide|hides|hiding|hid) (?:money|her phone|the phone|things|stuff|food) from (?:him|dad|her partner|my dad)|(?:ask|asks|asking|beg|begs) (?:him|dad) for money|(?:show|shows) (?:him|dad) (?:the )?receipts",
        r"turns? up (?:\w+ ){0,2}(?:at|outside|wherever|whenever|drunk)",
        r"tracks? (?:where|me|her|mum|my|us)\b|(?:turns|turn|shows) up wherever",
        r"~follows? (?:me|her|mum|us) everywhere",
        r"(?:have to|got to|must|need to) (?:be|keep|stay) quiet (?:or|so|because|when) (?:he|dad|she|they)|kick\w* off at (?:her|mum|my mum|me|us)",
        HIT + r" (?:my |our )?mums (?:arm|arms|neck|wrist|hair|face|throat|head|phone)",
        r"the (?:fighting|rows|rowing|arguing|arguments|shouting|screaming) (?:happens|starts|start|begins|has started|have started|are back)|(?:rows|fights|fighting|arguing|arguments) (?:have|has) (?:started|begun)",
        r"walk\w* on eggshells|gets (?:\w+ )?(?:angry|nasty|mad|violent) (?:with|at) (?:her|mum|my mum)\b|(?:mum|she) cries (?:\w+ ){0,3}when (?:he|dad|my dad|my step ?dad)\b",
        r"when (?:he|dad|my dad|my step ?dad|stepdad) (?:gets|is|goes) (?:\w+ )?(?:angry|mad|drunk|nasty|violent)\b(?=[^.!?]*\b(?:mum|her|us|upstairs|hide|room)\b)",
        r"when (?:he|dad|my dad|my step ?dad|stepdad|mums (?:boyfriend|partner)) (?:drinks|gets drunk|is drunk|has been drinking)\b(?! (?:tea|coffee|water|juice|pop|milk))",
        r"(?:throw\w*|threw|chuck\w*) (?:\w+ ){0,2}at each other|(?:hit|hitting|hurt\w*|punch\w*|kick\w*|attack\w*|strangl\w*) each other",
        r"(?:dad|he|him|my step ?dad|mums (?:boyfriend|partner)) (?:is |has )?(?:back|moved back) (?:living )?(?:with us|in|home)",
        # mum's fear or distress caused by a man in the home
        r"(?:mum|mums|she|shes|my mum)\W+(?:\w+\W+){0,4}(?:cries|crying|cried|cry|upset|scared|frightened|afraid|terrified|petrified|on edge|shaking)\W+(?:\w+\W+){0,3}(?:because of|of|when|around) (?:him|"
        + _MALE
        + r")\b(?! (?:left|moved|died|went))",
        r"(?:mum|she|my mum) (?:looks|seems|is|gets|looked|seemed) (?:so |really |very )?(?:scared|frightened|terrified|petrified)",
        r"what "
        + _MALE
        + r" (?:does|did|is doing|says|will do|might do|would do|could do) to (?:mum|her|my mum)",
        r"(?:has|takes|took|hides|hid|keeps) (?:mums|her|my) (?:keys|car keys|purse|passport|bank card|card|money)|so (?:she|mum|i) (?:can not|cant|could not) (?:go|leave|get out|call|ring|phone)\b",
    ),
    "threat": (
        r"(?:going to|gonna|will|would) do to (?:me|us|him|her)\b(?:\W+\w+){0,3}\W+(?:when|if|once) (?:they|he|she|them) (?:catch|find|see|get)",
        r"(?:said|says|saying|say|told|tell|tells|threaten\w*|posted|messag\w*|texts?|shouted|shouts)"
        + G3
        + r"(?:going to|gonna|will|would|hell|shell|to|might|is coming to|are coming to|coming to|wants to|want to)(?:\W+\w+)?\W+"
        + THREAT_VERB,
        r"(?:going to|gonna|hell|shell|(?:he|she|they|someone|people|gang|boys|girls|lads) (?:will|would|are going to|is going to))(?: come and)?(?: \w+)? "
        + THREAT_VERB,
        r"jump me|jump him|jump her",
        r"waiting (?:outside|for me)",
        r"bring (?:a|his|her) (?:knife|gun|blade)|pulled (?:a|his|her) (?:knife|gun|blade)|showed me a (?:knife|gun)",
        r"(?:burn|set fire to|set on fire|petrol bomb)\w* (?:the|our|my|his) (?:house|flat|car)|(?:house|flat|car) on fire",
        r"group chat about me",
        r"(?:will|would|gonna|going to) come (?:for|after) (?:me|us)|out to get me|going to get me|coming (?:for|after) (?:me|us|him|her)|after me\b",
        r"threatening (?:me|him|her|us|texts|messages)|threats? (?:on|to|against|about|from)",
        r"smash my face|my face in",
        r"\bthreat\w*",
        r"knows? where (?:i|we|she|he|they|you|mum|the family|the kids|my \w+) (?:live|lives|are|is|stay|stays|go to school)",
        r"(?:i am|im) (?:next|dead if|dead when)",
        r"(?:stab|shoot|jump|beat up|shank)\w* (?:me|us)",
        r"(?:get|getting) me (?:after|at|outside)",
        r"(?:if i|if you) (?:tell|told|say|grass|snitch)",
        r"(?:get|getting|gets) (?:smashed|jumped|stabbed|shanked|battered|beaten up) (?:on|after|at|tomorrow|if|when)",
    ),
    "physical_abuse": (
        r"bent (?:it|my \w+|them) back|(?:concealer|make ?up|foundation) on me\b|(?:concealer|make ?up|foundation) (?:to cover|so (?:the|it|they)\b(?:\W+\w+){0,3}\W+(?:do not|dont|does not|will not|wont) show)",
        r"(?<!for )(?<!of )"
        + HIT
        + r" "
        + CHILD
        + r"\b(?! (?:out\b|up (?:on|with)|at (?:fifa|football|games|cards|chess|\w+ball|uno|mario|\w+ kart)|that|when they said))",
        r"(?:get|gets|got|getting|been|being|was|am) (?:\w+ )?"
        + PASSIVE_HIT
        + r"\b(?! (?:at (?:fifa|football|uno|\w+ball)|playing))",
        r"beats? (?:me|us|him|her) up|beat us up|beaten up",
        r"(?:marks|bruises|bruising|welts) on (?:her|his|my|their)",
        "?" + r"\bbruis\w*|black eye|cut lip|fat lip|split lip",
        "?"
        + r"(?:a |an )?(?:burn|burns|cut|cuts|marks?|scratches|bite marks|red marks|swelling) on (?:his|her|my|their) "
        + BODY,
        r"(?:could not|couldnt|can not) breathe",
        r"(?:round|by) the (?:neck|throat)|(?:by|round) (?:my|his|her) (?:neck|throat|hair|arm)",
        r"finger marks|hand marks|the marks",
        r"with (?:his|her|a|the|my) (?:belt|spoon|wooden spoon|stick|slipper|shoe|hairbrush|brush|cable|lead|charger|wire|fist|hand|iron|lighter|cigarette)",
        r"throws? (?:things|stuff|\w+)"
        + G2
        + r"at (?:me|us|him|her)|threw (?:things|stuff|\w+)"
        + G2
        + r"at (?:me|us|him|her)",
        r"\bbelt\b(?! (?:up|on))",
        r"hurting my",
        r"\bbleed\w*",
        r"(?:get|got|gets) (?:the belt|a beating|a hiding|battered|leathered|walloped|a smack)",
        r"(?:cigarette|lighter|iron|cooker|hob|kettle) (?:on|burn|against)|held (?:it|my hand|his hand|her hand) (?:on|under|against)",
        r"down the stairs|against the wall|into the wall|across the room",
        r"rough with (?:me|her|him|them|us|the)",
        r"\bclip (?:round|on|across) (?:the|my|his|her) (?:ear|head|face)|\bclout\w*",
    ),
    "emotional_abuse": (
        r"(?:wish|wishes|wished) (?:she|he|they|i) (?:had|would have|would of|d)? ?never had (?:me|you|him|her|them)\b",
        r"calls? (?:me|him|her|them) (?:a |an |the )?(?:freak|mistake|idiot|retard|loser|waste of space|pig|animal|burden|embarrassment|disappointment)\b|(?:posts?|posted|films?|filmed|filming) (?:videos? |clips? |pictures? )?(?:of )?(?:me|him|her|them)? ?(?:mocking|laughing at|to laugh at|crying)",
        r"(?:worthless|a mistake|\bthick\b|waste of space|never been born|never born|nobody wants|no one wants|will ever love|nobody loves|no one loves|hates me|everyone hates|ruined (?:her|his|their|my) life|did not want me|never wanted me|should have (?:got rid|aborted))",
        r"wish(?:es|ed)? (?:i|he|she) (?:was|were|had) (?:never born|dead|not born)",
        r"end up in (?:prison|care|a home)",
        r"(?:send|put|sending|putting) me (?:to|in|into) (?:a (?:childrens )?home|care)",
        r"(?:shouts|screams|yells|swears|shouting|screaming|yelling|swearing|shouted|screamed|swore) (?:at me|at us|in my face|in (?:his|her|our) face)",
        r"(?:does not|will not|wont|not) (?:talk|speak) to me for|ignores? me",
        r"lock\w* me (?:in|out)|(?:get|got|am|was|be) locked (?:in|out)",
        r"stand in the corner|facing the wall",
        r"my fault",
        r"pack\w* my bag",
        r"to scare me",
        r"not allowed to (?:eat|leave|see|go out|talk|have (?:food|dinner|friends))",
        r"(?:do not|will not|wont|does not|never) let (?:me|us|him|her) (?:eat|sit|see|talk|play|wash)",
        r"(?:have|has|had|makes?|made) (?:me |us )?(?:to )?(?:eat|sleep|stay|sit|stand) (?:in (?:my|the|a) (?:room|shed|garden|garage|car|hall)|outside|on my own|alone)",
        r"sleep (?:in|out in) the (?:garden|shed|garage|hallway|cold)",
        r"(?:calls|called|call|calling) (?:me|us|him|her) (?:names|stupid|fat|ugly|useless|thick|pathetic|worthless|disgusting|horrible|an? (?:little )?\w+)",
        r"(?:says|say|said|saying|tells|tell|told|telling) (?:me |us |him |her )?(?:that )?(?:i am|im|i was|he is|hes|she is|shes|they are|we are|i will|i should) (?:\w+ )?(?:stupid|useless|ugly|fat|nothing|worthless|a \w+|an? \w+ \w+|the worst|evil|pathetic|disgusting|thick|a burden|a mistake|a waste|to blame)",
        r"keeps? telling (?:the|me|them|us)",
        r"puts? (?:me|him|her|us) down|belittl\w*|humiliat\w*|mocks? (?:me|him|her)|laughs at (?:me|him|her) when|make\w* fun of (?:me|him|her)",
        r"sobbing",
        r"am going to die",
        r"hates? me\b",
        r"(?:fat|stupid|ugly|useless|thick|pathetic|worthless|disgusting) (?:and|every day|all the time)",
        r"the reason (?:everything|it|they|dad|mum)",
        r"only feeds",
        r"scared all the time at home|(?:screams|shouts) (?:at me )?all the time",
        r"(?:threaten\w*|says?|said) (?:to |that )?(?:she|he|they)? ?(?:will|would|is going to)? ?(?:put|send) me (?:in|into|to) (?:care|a home)",
        r"tells? (?:\w+ )?lies so i",
        r"breaks? my (?:things|stuff|toys|phone)",
        r"as a punishment",
        r"wish(?:es|ed)? (?:she|he|they|i) (?:had )?(?:never|not) (?:had|have|kept) (?:me|him|her|us)\b",
    ),
    "neglect": (
        r"(?:heating|electric|electricity|gas|power|water|lights) (?:and (?:the )?\w+ )?(?:has|have|had|is|are|was|were) (?:been )?(?:off|cut off|turned off)\b(?! (?:for a (?:day|bit)|for maintenance))|(?:use|using|light|only have) candles",
        r"(?:first|only) (?:\w+ ){0,2}(?:food|meal|thing|dinner|hot meal)\W+(?:\w+\W+){0,3}(?:had|eaten|ate)\W+(?:\w+\W+){0,2}(?:in|for|since) (?:a few |two |three |four |\d+ |)(?:days|day|yesterday|ages)|only thing (?:i|we|they|he|she) (?:have|has|had|ve) (?:had|eaten|ate)",
        r"(?:no|not any|not enough|never any|never enough|never|without|do not get|dont get|never get|do not have|dont have|did not have|no) (?:any )?(?:food|dinner|tea|breakfast|meals?|lunch|tea at home)\b",
        r"nothing (?:to eat|in the (?:fridge|cupboards?|house))",
        r"(?:always|often|still|constantly|usually|go|goes|going) hungry|hungry (?:all the time|every day|at home|most|again|always|a lot)",
        r"go to bed hungry",
        r"starving (?:at home|all the time|every day|most|because|cos)",
        r"make my own (?:tea|dinner|food|meals|breakfast|lunch)",
        r"(?:left|leaves?|leaving) (?:me|us|them|him|her|the (?:kids|children|baby)|my (?:\w+ )?(?:brother|sister|baby))(?: \w+){0,4} (?:on (?:my|our|their|his|her) own|alone|by (?:myself|ourselves|themselves)|home alone|in the car|for hours|all night|all day|all weekend|crying)",
        r"(?:left|leave|leaves) (?:me )?(?:on my own|alone|home alone|by myself)|(?:get|got|gets|getting|are|were|am|is|being|been) left (?:\w+ )?(?:on (?:my|our|their) own|alone|home alone|by (?:myself|ourselves)|at home)",
        r"on (?:my|our) own all",
        r"home alone",
        r"(?:have|had|has|got) to (?:look after|care for|feed|get|wash|dress) (?:my|mum|dad|the|her|him|them)",
        r"can not go to school|miss school (?:because|cos|to)",
        r"(?:no|not got|do not have|dont have|have no|got no|never have|no money for) (?:electric|electricity|heating|gas|water|hot water|bed|sheets|blankets|clean clothes|money for food|food|shoes|a coat|coat|nappies|milk)",
        r"same clothes|(?:dirty|smelly) (?:clothes|uniform)|smell\w*|nobody washes|no one washes",
        r"ran out (?:of|weeks|days|ages)",
        r"(?:nobody|no one) (?:has )?(?:got|bought|taken|picked|cooks|feeds|washes|looks after|cares for|picks|takes|wakes|gets|makes (?:tea|dinner|food|me (?:tea|dinner|food|breakfast|lunch|anything)))",
        r"(?:is|always|gets|was|are|be) (?:\w+ )?(?:drunk|out of it|passed out|off (?:her|his|their) face|stoned|wasted)|(?:is|always|are) (?:high|asleep|in bed)(?! (?:school|up))",
        r"using again|on drugs|takes? drugs|taking drugs|needles",
        r"sleeps all day",
        r"(?:dirty |wet |soaked )?nappy|nappies",
        r"struggling to feed|skipping meals|only get cereal|can not afford (?:food|to feed)|live on (?:crisps|sweets|biscuits|cereal)",
        r"(?:all|only thing) there is",
        r"asking for food|(?:share|shares|sharing) (?:their|his|her) (?:lunch|food) with me|never bring (?:any|lunch|food)",
        r"nobody (?:feeds|looks after|cares for) me",
        r"get myself (?:ready|up|to school)",
        r"(?:dog|cat) (?:poo|mess|wee)",
        r"(?:sleep|sleeps|sleeping) on (?:the floor|a mattress)|mattress on the floor",
        r"(?:forgets?|forgot|forgetting) to (?:feed|pick|get|collect)",
        r"(?:can not be bothered|never takes?|will not take|wont take) (?:\w+ ){0,3}(?:to the )?(?:dentist|doctor|gp|hospital)|toothache for",
        r"while (?:mum|dad|they) (?:goes|go|is|are) out",
        r"(?:mum|dad|they|she|he) (?:is|are) (?:always )?(?:drinking|drunk|stoned|high|wasted)",
        r"freezing (?:at home|in the house|house)|(?:fridge|cupboards?) (?:is|are) (?:always )?empty",
        r"bed bugs|\blice\b|\bnits\b|\bdamp\b|\bmould",
        r"out (?:on the streets?|late) (?:until|till|at) (?:midnight|\d)",
        r"lost (?:weight|a lot of weight)",
        r"(?:look|looking|looks) after (?:my|the) (?:little|baby|younger) (?:brother|sister|sisters|brothers)",
    ),
    "missing_or_homeless": (
        r"(?:nobody|no one|noone) (?:will|would|is going to) (?:ever )?find (?:me|us|her|him)\b|(?:going to|gonna|will) (?:just )?(?:go|leave|run|disappear)\b(?:\W+\w+){0,8}\W+(?:nobody|no one) (?:will|would) (?:find|know)",
        r"(?:put|threw|thrown|packed|chucked|left) (?:all )?my (?:stuff|things|clothes|bags?|stuff) (?:in|into|on|out|outside)\b(?! (?:the wash|my room|the car for))",
        r"not (?:her|his|their|my \w+s) problem (?:any ?more|now)",
        r"(?:sleep|sleeping|slept|live|living|lived|stay|staying) in (?:my |mums |dads |our |the |a )?(?:car|van|tent|stairwell|bus station|park|garage|shed)\b",
        r"\b(?:ran|run|running|runs|keep running|kept running) (?:away|off)\b",
        r"(?:go|went|gone|been|going|goes|keep going|is|reported|went) missing",
        r"(?:stay\w*|been) (?:out|away) (?:all night|for days|overnight)",
        r"nobody knows where i am|no one knows where i am",
        r"(?:kick\w*|throw\w*|threw|chuck\w*) (?:me|us|him|her) out|thrown out|kicked out",
        r"(?:sofa|couch) surf\w*",
        r"\bhomeless|\bevicted\b|\bhostel\b",
        r"(?:nowhere|no where|not anywhere|anywhere) (?:else )?to (?:live|sleep|stay|go)\b|(?:nowhere|no where) else\b(?! to (?:park|sit|eat|put))",
        r"(?:sleep|sleeping|slept|living|live|stay\w*) (?:rough|on the streets?|in (?:the|a|our|his|her) (?:car|tent|park|van|street|station|bus station|stairwell|doorway|garage))",
        r"(?:sleep|sleeping|slept|stay\w*) (?:at|in|on) (?:the |a |my |different )?(?:mates|friends|peoples|people s|someones|bus station|station|park)(?! (?:for a sleepover|party))",
        r"different (?:peoples|people s|friends) (?:houses|sofas)",
        r"(?:can not|not allowed to|do not|dont|did not|didnt|have not|never) (?:go|going|come|came) (?:back )?home\b(?! (?:yet|late|early|till|until))",
        r"one room at|have to be out by|(?:have|got) to leave (?:on|by|the)",
        r"not come back",
        r"(?:police|they) (?:had to )?(?:find|found|look for|looking for|have not found) (?:me|him|her)",
        r"changed the locks",
        r"(?:has not|have not|not|never) (?:come|been) (?:back )?home (?:since|for|in)",
        r"want to (?:run away|leave home)",
    ),
    "other_risk": (
        r"(?:do not|never) want to (?:go|stay) (?:back )?(?:to |round |at )?(?:my )?(?:dads|mums|step ?dads|step ?mums|nans|his|their|her)\b(?=[^.!?]*\b(?:scared|afraid|frightened|terrified|hurts?|hits?|shouts?)\b)",
        r"(?:do not|dont|never) want to go (?:back )?home\b(?! (?:yet|because the|cos the))",
        r"(?:do not|dont|not|never) (?:feel )?safe (?:at home|when|with|around|there|here|in my|in the house|going home)|^not safe|unsafe",
        r"(?:scared|afraid|frightened|terrified|petrified) (?:of|to go|to be|when|that|to) (?:home|my \w+|him|her|what|dad|mum|step dad|going home|them|go home|be at home|be home)",
        "!scared of what",
        "!please do not tell",
        r"(?:he|she|they) will find out",
        r"do not tell (?:anyone|my \w+) (?:what|that) i",
        r"(?:gun|knife|knives|machete|blade|weapon)s? (?:in|under|at) (?:his|her|my|our|the) (?:room|house|bed|bag|car|flat)|(?:carry|carries|carrying|keeps?|has|have|got) (?:a |his |her )?(?:knife|gun|blade|machete|weapon)",
        r"police are (?:looking|after)|wanted by the police|(?:on|out on) bail|in prison for (?:hurting|abusing|\w+ing (?:a )?(?:kids|children|child))|sex offender|schedule 1",
        r"extremis\w*|radicali\w*|terroris\w*|blow\w* (?:stuff|things|people|the school) up|bomb",
        r"something bad (?:is happening|happens|at home)|bad things happen|its bad (?:there|at home)|it is bad (?:there|at home)",
        r"(?:can not|cant) (?:talk|say|tell) (?:about it|what|anyone)|i need help\b(?! with)",
        r"\b(?:lado|allegation)\b(?!\w* (?:referral|process|training|procedures?))",
        r"(?:concern\w*|worried|worries|report) (?:about|regarding) (?:a|the|one of|our|my \w+s) (?:\w+ ){0,3}(?:teacher|coach|worker|leader|carer|staff|tutor|instructor|volunteer|assistant|colleague|childminder|nanny|driver|babysitter|member of staff|priest)",
        r"(?:teacher|coach|youth worker|worker|leader|carer|staff|tutor|instructor|volunteer|assistant|colleague|childminder|nanny|babysitter|driver)s?"
        + gap(8)
        + r"(?:snapchat|personal (?:number|phone|social media|account|instagram)|messag\w*|texts?|touch\w*|drunk|drinks?|drinking|swear\w*|grab\w*|hit|hits|smack\w*|shout\w*|pinch\w*|sexual|comments|inappropriat\w*|alone with|rough|without seatbelts|(?:pictures|photos) of (?:pupils|children|kids)|drives? (?:pupils|children|kids|her|him|them) home|follows them)",
        r"(?:can not|cant|not allowed to|scared to) tell (?:anyone|anybody|my|the)",
        r"nobody knows\b|not to tell\b",
        r"i (?:am|feel) (?:scared|frightened|terrified) (?:at|to go) home",
    ),
}

# Safety net: broader, indirect cues (fear of a person or of home, secrecy and
# pressure, favours from older people or strangers, being made to do things, being
# followed, feeling unsafe, plain requests for help). They go through every guard
# above, and rank after the specific cues and topic words, so a specific match still
# chooses the category; on their own they flag with the best-fitting category.
SAFETY_NET: dict[str, tuple[str, ...]] = {
    "exploitation": (
        # money, gifts, favours, lifts from strangers or older people
        _STRANGER
        + r" (?:\w+ ){0,4}(?:gives?|gave|giving|buys?|bought|buying|sends?|sent|sending|offer\w*|pays?|paid|paying) (?:me|us|her|him|my \w+) (?:\w+ ){0,3}(?:free|money|cash|stuff|things|presents|gifts?|gift cards|vouchers|lifts?|a lift|a ride|food|drinks?|sweets|robux|vbucks|quid|£\d+)",
        r"(?:free stuff|presents|gifts|money|cash|things|lifts) (?:off|from) (?:a|an|this|some|these) (?:man|guy|lad|bloke|stranger|older|adult|grown)",
        r"offer\w* (?:me|us|her|him) (?:a lift|lifts|a ride|money|cash|drugs|weed|vapes|drink|alcohol)",
        r"what (?:i am|im|she is|shes|he is|hes) wearing",
        # being made to do things for others
        r"(?:do|doing|did|does) (?:jobs|favours|things|stuff|work) for (?:a|an|this|some|these|the) (?:man|men|guy|lads?|older|adults?|grown|stranger|olders)",
        r"(?:being|been|get|gets|got|am|was|is) (?:made|forced|pressured) to (?:do|go|carry|hold|take|sell|steal|nick|keep|hide|deliver)",
        r"(?:make|makes|made|making|force\w*|get|gets|got) (?:me|us|her|him) (?:to )?(?:go (?:\w+ ){0,3}and )?(?:nick|steal|shoplift|rob)\w*",
        r"if (?:i|we) (?:get|got) caught|(?:say|said) nothing or\b",
        # asked to meet, or to come somewhere, by someone outside the family
        r"(?:asked|asks|wants|wanted|invited|told) (?:me|her|him|us) (?:to )?(?:come|go|get in) (?:to |round |back to |over to |into |in )?(?:his|their) (?:house|flat|place|car|room|hotel)",
        r"(?:from|off|on) (?:online|snap\w*|tiktok|insta\w*|discord|roblox|fortnite|a game|the game|an app)\b(?:\W+\w+){0,4}\W+(?:wants|asked|asks|said|says)\b(?:\W+\w+){0,3}\W+(?:meet|come|see me|call|video)",
        r"\bjust between us\b|between (?:me and (?:him|her|them)|you and me)\b",
    ),
    "domestic_abuse": (
        # throwing and breaking things
        _MALE
        + r"\b(?:\W+\w+){0,4}\W+(?:throws?|threw|throwing|chucks?|chucking|smash\w*|breaks?|broke|breaking) (?:things|stuff|plates|cups|chairs|furniture|everything|the \w+ at)\b",
        # control: asking permission, money, who she sees, where she goes
        r"(?:mum|she|i) (?:has|have|had) to (?:ask|say sorry|apologise|beg|do what)(?: to)? (?:him|dad|he)\b",
        r"(?:mum|she|i|we) (?:is|am|are|s|m) not allowed (?:out|to go out|to see|to leave|to have|to work|to spend|to talk)",
        r"unless (?:she|mum|i) (?:does|do) what (?:he|dad) (?:says|wants)",
        r"(?:will not|wont|does not|never) (?:give|let) (?:mum|her|me) (?:have )?(?:any |my |her )?(?:own )?(?:money|bank|card|phone|keys)",
        r"decides? (?:who|where|what) (?:i|she|mum|we) (?:can|am allowed|is allowed|are allowed)",
        r"(?:checks|tracks|watches|monitors) (?:where|who) (?:mum|she|i|we) (?:goes|go|is|am|talks|talk|sees|see|texts)",
        r"(?:gets?|goes) (?:angry|mad|nasty|jealous|violent|funny) (?:if|when) (?:she|mum|i) (?:is|am|goes|go|talks|talk|sees|see|wears|wear|comes?|am late|is late)",
        r"(?:or|before|so|in case) "
        + _MALE
        + r" (?:loses it|kicks off|goes mad|goes off|flips|snaps|gets angry|explodes)|loses it with (?:me|her|mum)",
        r"if (?:i|mum|she|we) (?:leave|leaves|left|go|split up|call|tell)\b(?:\W+\w+){0,3}\W+(?:he|hell|hed)\b(?:\W+\w+){0,2}\W+(?:make sure|take|kill|hurt|find|never see)",
        r"(?:neighbours?|someone|we|mum|i|nan) (?:\w+ )?(?:rang|called|phoned|had to ring|had to call|have to ring|have to call) (?:the )?(?:police|999|cops)",
    ),
    "threat": (
        r"(?:they|he|she|them|someone|people|older \w+)\W+(?:\w+\W+){0,3}(?:hurt|get|come for|go after|do something to) (?:my (?:family|mum|dad|nan|little \w+|brother|sister)|us all)",
    ),
    "other_risk": (
        # fear of a person or of home
        r"(?:hide|hiding|hid)\b(?! and seek)(?:\W+\w+){0,3}\W+when (?:he|she|they|dad|mum|my \w+|step ?dad|stepdad)\b",
        r"(?:scared|afraid|frightened|terrified|petrified|nervous|worried) (?:of |about |when |to be |to )?(?:going|go|getting|get|being|be) (?:back )?home",
        r"(?:he|she|they|dad|mum|step ?dad|stepdad|boyfriend|partner|uncle|man)\W+(?:\w+\W+){0,2}(?:scares|frightens|terrifies|scared|frightened|terrified) (?:me|us|mum|my \w+)\b",
        r"(?:things|it|life) (?:at home )?(?:is|are|s|get|gets) (?:really |so |very )?(?:bad|horrible|awful|scary|terrible) at home|(?:things|it|life) at home (?:is|are|s) (?:really |so |very )?(?:bad|horrible|awful|scary|terrible)",
        r"(?:what is|whats|what) (?:happening|going on|goes on|happens) at home",
        # unsafe
        r"\b(?:i|we|she|he) (?:do not|dont|never|still do not|does not) feel safe\s*$|(?:am|m|im|is|are|be|being|were) not safe\b",
        # secrecy and pressure
        r"not allowed to (?:tell|say|talk about)|(?:do not|dont) know who to (?:tell|talk to|ask)",
        r"(?:get|be|am|in) (?:in )?(?:big |so much |massive )?trouble if (?:i|we) (?:tell|say|told|said|speak|talk)",
        r"(?:and|or|must|should|to|me) not tell (?:anyone|anybody|my|your)\b",
        # plain requests for help
        r"(?:please|pls|plz|plse) help|help me (?:please|pls|plz)|^help(?: me)?\W*$|(?:can|could|will) (?:someone|anyone|somebody|you) (?:please )?help me\b(?! (?:with|to|understand|fill|sort|find|get))|(?:i|we) need (?:someone|somebody|help)\b(?! (?:with|to (?:help|fill|sort|understand)|filling|for (?:my|the)))",
    ),
}

# Abstract words that name a kind of harm; they count only outside a content frame.
TOPIC = (
    r"\babus\w*",
    r"\bneglect\w*",
    r"\bgroom\w*",
    r"exploit\w*",
    r"domestic (?:violence|abuse)",
    r"coercive(?: control)?",
    r"self harm\w*",
    r"suicid\w*",
    r"\bcse\b",
    r"\bcce\b",
    r"county lines",
    r"sextort\w*",
    r"\bfgm\b|genital mutilation",
    r"forced marriage",
    r"radicali\w*",
    r"trafficking",
    r"modern slavery",
    r"\bviolen\w*",
    r"\bbull(?:y|ied|ying)\b",
)
# Frames that make a topic word course content or history, just before it ...
TOPIC_BEFORE = r"(?:\b(?:about|on|of|around|regarding|re|through|understand\w*|what|how|survivors?|lived with|living with|experienced|experience|impact|effects?|awareness|signs|recognis\w*|spotting|spot|identify\w*|cases|case|referr\w*|concerns|allegations?|training|course|the word|teaching|topics?|covered|like|such as|and|or|with)\b(?:\W+\w+){0,2}\W*)$"
# ... or just after it.
TOPIC_AFTER = r"^\W*(?:\w+\W+)?(?:training|course|module|session|sessions|group|awareness|concerns?|worker|workers|service|services|team|policy|lead|work|unit|plan|coordinator|officer|champion|nurse|panel|meeting|strategy|hub|partnership|board|forum|conference|referrals?|policies|data|figures|statistics|cases|ideation|behaviou?r|patterns|questions?|tools?|toolkit|model|framework|wheel|checklist|screening|assessment|protocol|pathway|procedures?|and \w+ (?:questions|tools?)|and \w+ (?:training|module|session|course)|means|sections?|content|materials?|stats|bit|part|element|input|profile|resources|stuff)\b"

# Idioms and everyday exaggeration, removed before matching. Several are general
# constructions: "<verb> me at <game>", "<thing> is killing me", "<feeling> to death".
_GAME_STOP = r"(?!(?:home|school|night|my|his|her|the|their|our|dads|mums|nans|contact|weekends?|bedtime|times|all)\b)"
IDIOMS = (
    r"(?:bored|scared|worried|laughing|laughed|tickled|frozen|freezing|sick|tired|embarrassed|stressed|annoyed|boring|bore|talked|worked|done|loved|love|loves|frightened) (?:me |us |him |her |myself )?to death",
    r"(?:scared|frightened) the (?:life|hell|living daylights) out of",
    r"(?:nearly |almost |literally |practically )?(?:died|dying|dead|die) (?:laughing|of (?:laughter|embarrassment|boredom|shame|cringe|heat|thirst|hunger)|from (?:embarrassment|boredom|cringe)|with (?:laughter|embarrassment))",
    r"(?:i |we )?(?:could have|could|would have|nearly|almost) (?:died|died laughing|cried)\b(?! (?:because|when he|when she|when they|after he|after she))",
    r"(?:dying|died) (?:to|for)\b",
    r"(?:literally |actually |honestly )dying\b",
    r"to die for",
    r"death by \w+",
    r"(?:kills|killed|killing|destroys|destroyed|destroying|batters|battered|beats|beat|beating|thrash\w*|smash\w*|hammer\w*|whoops?|whooped|slaughter\w*|murder\w*|owns|owned|wrecks|wrecked|annihilat\w*) (?:me |us |him |her |them |everyone )?(?:at|on|in) "
    + _GAME_STOP
    + r"\w+",
    r"(?:got |get |gets |getting )?(?:absolutely |completely )?(?:battered|hammered|thrashed|destroyed|smashed|slaughtered|owned|murdered|beaten) (?:at|in|on) "
    + _GAME_STOP
    + r"\w+",
    r"(?:kills|killed|killing|kill) (?:me|us) with (?:her|his|their|your|those|the|these) (?!belt|knife|fists?|hands?|stick|weapon)\w+",
    r"(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\bdad)(?<!\bmum)(?<!\bhim)(?<!\bher) (?:is|are|was|were|be) (?:literally |actually |honestly |absolutely |seriously )?killing (?:me|us|my \w+)\b",
    r"(?:absolutely|literally|totally|nearly|honestly|properly|actually) killed (?:me|us|my \w+)\b",
    r"(?:kills|killed|killing) (?:me|us)\b(?= (?:lol|haha|emojipos|\w+ lol))",
    r"killed it|killing it|smashed it|smashing it|nailed it",
    r"(?:could|would|gonna|going to|will|ill|i will) (?:murder|kill|eat|destroy|demolish|smash) (?:for )?(?:a|an|some|the) (?:pizza|burger|drink|coffee|brew|kebab|mcdonalds|maccies|cuppa|tea|sandwich|chippy|\w+)",
    r"kill for (?:a|an|some|the) \w+",
    r"(?:will|would|going to|is going to|are going to|gonna|is gonna) (?:literally )?(?:kill|murder|strangle|ground|slaughter) (?:me|us|you)\b(?: \w+)? (?:if|when) (?![^.!?]*\b"
    + NEG_TELL
    + r"\b)[^.!?,]*",
    r"nearly died\b(?! because| when he| when she)",
    r"beat (?:me|us|him|her|them) at \w+",
    r"hit me up|it hit me|hit it off|hits different|hit (?:the|a) (?:ground|road|hay|target|jackpot|wall)|hit and miss|(?:big|massive|huge) hit|a hit with|hit home|hit the spot",
    r"threatens? to (?:take|confiscate|ban|turn off|cancel|ground)(?: away)? (?:my|me|our)(?: \w+)?",
    r"(?:shouts|shouting|shouted|yells|yelling|screams|screaming|swears|swearing) at the (?:telly|tv|football|referee|ref|game|radio|match|screen|dog|cat)",
    r"(?:want to|wanna|could|going to|gonna|i will|ill|about to|i swear i will|i swear i am going to) (?:punch|kill|strangle|murder|hit|throttle|smack|slap) (?:her|him|them|my \w+)\b(?=[^.!?]*\b(?:lol|haha|lmao|so annoying|jk|joking|emojipos)\b)",
    r"starving by the end",
    r"i was starving\b(?=[^.!?]*\blol\b)",
    r"(?:i am|im|was|were|we are|we were|am) (?:so |absolutely |literally )?starving\b(?! (?:at home|all the time|every|most|because|cos))",
    r"(?:kick off|kicked off|kicking off|kicks off)(?! at (?:her|mum|my mum|me|us))(?!(?: \w+){0,2} (?:at home|in the house|in our house|again|at night|when (?:he|she|they|dad|mum)))|kick about|kickabout|kick ?boxing|kicked out of (?:the )?(?:game|lesson|class|football team|team|match)",
    r"cracking up|crack up",
    r"dead (?:good|funny|nice|easy|boring|hard|tired|excited|happy|proud|bored|scared|jealous|cool|serious|quiet)",
    r"knackered|could have cried|cried laughing",
    r"(?:cold|hot) enough to kill",
    r"killer \w+",
    r"(?:kill|killing) time|(?:kill|killed) the (?:mood|vibe)",
    r"(?:the|a|that) (?:play|game|film|show|trip|day|party) was sick|sick\W+(?:trip|day|play|show|game|film)",
    r"(?:the|a) knockout|smashing time|a smash",
    r"(?:bruised|hurt|hurting) (?:my )?(?:ego|pride|feelings)",
    r"in stitches",
    # presents from family for an occasion, and happy secrets
    rf"{KIN} (?:\w+ )?(?:buys?|bought|gives?|gave|got|gets|sends?|sent) (?:me|us) (?:\w+ ){{0,3}}(?:for|on) (?:my|our) (?:birthday|bday|christmas|xmas|eid|diwali)",
    r"(?:surprise|present|presents|party|gift)(?: \w+){0,6} (?:was|is|it was|its|it is) (?:our|a) secret|our secret (?:handshake|word|code|den|club)",
    r"drives? me (?:mad|crazy|up the wall|insane|nuts)",
    r"(?:my )?(?:head|feet|legs|back|eyes|brain) (?:is |are |was |were )?(?:hurting|hurt|hurts|killing)(?= (?:after|from|by the end|so much|lol|from all))",
    r"pillow fight|play fight\w*|fight club|food fight|water fight|snowball fight",
    r"throw (?:my|the) (?:controller|phone|laptop|remote|ipad|tablet)",
)

# Hedges that turn aggression talk into a joke, and trivial causes of "I wanted to die".
HEDGE = r"\b(?:lol+|haha\w*|ha ha|lmao|lmfao|rofl|jk|joking|only joking|emojipos|xd)\b"
TRIVIAL = r"\b(?:homework|worksheets?|quiz|exams?|tests?|lessons?|maths|english|science|revision|assembly|so (?:hard|boring|long|hot|cringe|embarrassing|bad)|embarrass\w*|cringe|the heat|so hot|queue|traffic|one more|another \w+ (?:of|on)|powerpoint|slides|lol|haha|emojipos|the wait|waiting|wifi)\b"
# Accidents: an injury with no one to blame.
ACCIDENT = r"\b(?:playing|fell|fall|falling|tripped|trip|slipped|accident\w*|crashed|at (?:football|rugby|netball|hockey|pe|training|practice|the match)|in (?:pe|football|rugby|the playground|a match)|sports? day|my bike|off (?:my|the) (?:bike|scooter|trampoline|wall|swing)|trampoline|walked into|ran into|bumped|fell (?:down|over|off|out)|by a (?:\w+ )?ball|hockey|cricket|climbing|straighteners|oven|kettle|cooking|baking|my own fault|showing off|backflip|cartwheel|skateboard\w*|skating|swimming|dodgeball|rounders)\b"

# An explicit accident drops physical harm and self-harm in its clause.
MISHAP = r"\b(?:by accident|accidentally|accidental|an accident)\b"
# A match that itself starts with a negation ("no food", "nobody feeds me") is not
# negated again by an earlier "not" (dialect double negatives: "i aint got no food").
SELF_NEGATED = r"^(?:\w+ )?(?:no|not|never|nobody|no one|nothing|without)\b"

# Hypothetical or generic subjects: "if someone hurts you", "what to do when a child says".
HYPOTHETICAL = r"(?:\b(?:if|whether|in case|incase|what to do if|what to do when|when|what happens when|what happens if|how to (?:tell|spot|respond|help) (?:if|when))\W+(?:someone|anyone|anybody|somebody|a child|children|a young person|young people|you|your|a colleague|a parent|a pupil|a kid|kids|a friend|my friend|my mate|a mate|your friend|your mate|people|(?:i|we|they) ever|ever|(?:i|we) (?:ever )?(?:feel|need|want))\b[^,;]*)$"
# Negation that governs the harm verb: "nobody hurts me", "dad does not hit me",
# "i have never been hit", "im not being bullied or threatened".
NEGATION = r"(?:\b(?:not|never|nobody|no one|noone|no body|none|no|nothing|neither|nor|without)\b(?:\W+(?:has|have|had|does|do|did|is|are|am|was|were|will|would|could|should|ever|been|being|really|actually|even|once|one|at home|at school|in my (?:house|family|home)|here|like|get|gets|got|feel|felt|seen|any|anyone|anybody|more|him|her|me|them|to|that|want|wanted|evidence|sign|signs|of)\b)*(?:\W+\w+\W+(?:or|nor))?\W*)$"

# Explicit past-time anchors in the same clause ("used to", "when i was little").
PAST = (
    r"(?<!being )(?<!been )(?<!get )(?<!got )(?<!gets )(?<!getting )(?<!is )(?<!are )(?<!am )used to",
    r"when i was (?:little|younger|small|a kid|a baby|a child|\d+|in year \d+|at (?:primary|my old|nursery))",
    r"when (?:we|he|she|they) (?:lived|were living|was living) (?:with|at|in)",
    r"\b(?:years?|months) ago",
    r"last (?:year|christmas|summer|easter|term|spring|autumn|winter|time)",
    r"in the past|back then|at the time|as a (?:kid|child|baby|little one)",
    r"(?<!girl )(?<!boy )(?<!lad )(?<!girls )(?<!boys )(?<!lads )(?<!kid )(?<!kids )(?<!someone )(?<!pupil )(?<!pupils )(?<!people )(?<!student )(?<!students )\bin year \d+",
    r"at my (?:old|last|previous) (?:school|house|placement|home|foster)",
    r"before (?:we|i|he|she|they|the|my|all|social|care|this|foster)\b(?! (?:is|are|am|gets|comes|go|goes|can|could|does|do|has|will|says))",
    r"for a (?:while|bit|time|few (?:weeks|months|years))\b(?! now)",
    r"\bpreviously\b|\bhistoric\w*|\bformer\b",
    r"accus\w* (?:me|us|him|her) of|said i (?:had )?(?:neglect|abus|hurt|hit)\w*",
    r"(?:have not|has not|had not|not) (?:\w+ )?(?:self harmed|cut|hurt (?:myself|me|us)|been (?:hit|hurt)) (?:in|for|since)",
)
# Sentence-level markers that a concern is over or dealt with.
RESOLVED = (
    r"(?:fine|ok|okay|better|good|great|safe|calm|over|sorted|happy|happier|settled|lovely|amazing|brilliant|safer|well) now\b",
    r"\bnow (?:everything|things|it|we|i|life|home|mum|my \w+) (?:is |are |am |feel |feels |has |have |its )?(?:\w+ )?(?:fine|ok|okay|better|good|great|safe|calm|happy|happier|lovely|settled|over|lives|live|gone)",
    r"\bno longer\b(?! (?:cope|go on|take|live|want|bear))|\bno more \w+ing\b|^no more\b",
    r"(?:do not|does not|did not|not|never) (?:do |does )?(?:that|it|this) any ?more",
    r"\b(?:has|have|had|they|he|she|it|i|we|mum|dad) stopped\b(?! (?:going|eating|sleeping|talking|coming|answering|wanting|attending|seeing|telling|letting|taking|getting|me|her|him|us|mum))|\bstopped (?:it|now|that)\b",
    r"\b(?:since|after|because|now) (?:he|she|they|dad|mum|my \w+|we|the \w+|\w+) (?:left|moved|went (?:away|to prison|to live|into|back to)|was arrested|got arrested|got sent|has gone|went to prison|was sent|has left)",
    r"since the (?:court order|injunction|sessions|course|police|order|move)",
    r"in prison\b(?! for)|\bnot allowed (?:back|near|to come|to see us|contact)|can not come near|no contact|restraining order|non molestation order",
    r"(?:was|got|been|were|are|is) (?:\w+ )?(?:arrested|blocked|caught|moved|sacked|dismissed|investigated|suspended|charged|convicted|removed|sorted|stopped)\b(?! (?:going|eating|sleeping|talking|coming|answering|attending|seeing|me|her|him|us))",
    r"dealt with|\bsorted\b|\bresolved\b|\bhandled\b|looked into|investigated|\bclean for\b|\bfree for\b|out of it for|(?:police|school|social worker|council|food bank|worker|they|we) (?:\w+ )?(?:dealt|sorted|helped|made sure|stepped in|looked)",
    r"(?:his|her|their) own age|much better|get on now|gets? on (?:well|great|fine) now|doing (?:well|brilliantly|great|fine)|(?:all|its|it is) over\b|lives in another|moved (?:out|away|schools|house|on)|(?:we|i) moved\b|\bmy own (?:flat|house|place)",
    r"feel safe now|safe now|good at home now|things are (?:good|better|fine)|have improved|are improving",
    r"(?:was|were|wasnt) not (?:okay|ok)",
    r"\bnow (?:we|i|they) (?:all )?(?:get on|are close|are friends)\b|\bget on (?:really |so )?well\b",
    r"\bbeen gone\b(?! (?:since|for|all|overnight|\d))|\bgone now|\bis gone\b(?! (?:\w+ly |very |so |quite )?(?:withdrawn|quiet|silent|downhill|off|missing|funny|weird|pale|thin|mad|wild|into|to|out|all|since|for)\b)|does not live with us|not true|untrue|false allegation",
)
# Markers that something is still going on: they keep a match in a past frame.
CURRENT_STRONG = (
    r"\bstill\b",
    r"\bagain\b",
    r"(?<!fine )(?<!ok )(?<!okay )(?<!better )(?<!good )(?<!safe )(?<!over )(?<!sorted )(?<!calm )(?<!happy )(?<!great )(?<!settled )(?<!safer )\bnow\s*$",
    r"\bnow (?:he|she|they|my|mum|dad|i|we)\b(?! (?:is|are|am|have|has|feel|feels|get on|live|lives) (?:\w+ )?(?:fine|ok|okay|better|good|great|safe|calm|happy|gone|in prison|away|no))",
    r"\bkeeps?\b|\bkeep on\b",
    r"this (?:week|morning|weekend|month|term|evening|afternoon)",
    r"last (?:night|week|weekend)",
    r"yesterday|\btoday\b|tonight|right now|at the moment|currently|\bongoing\b",
    r"every (?:day|night|week|time|weekend)",
    r"nothing has been done|nobody has|no one has|has not been (?:dealt|sorted|done)",
    r"he is back|(?:has|have) started|started (?:again|drinking|hitting)",
)
CURRENT_WEAK = (
    r"\bsometimes\b|\balways\b|\ball the time\b|\bmost (?:days|nights|weekends)\b|\boften\b|\ba lot\b",
)

# Words that put a harm word into course or teaching content.
CONTENT = (
    r"\bcourse\b",
    r"\bsessions?\b",
    r"\btraining\b",
    r"\bmodules?\b",
    r"case stud\w*|\bthe case of|\ba case\b|\bcases\b",
    r"\bslides\b|powerpoint|handouts?",
    r"\btrainers?\b|presenters?|facilitators?|speakers?",
    r"\bexercises?\b|scenarios?|role ?plays?|vignettes?",
    r"\bdiscuss\w*",
    r"\blearn\w*",
    r"\btaught\b|\bteach\w*",
    r"\bplay\b|\bdrama\b|\bactors?\b|\bacting\b|\bvideos?\b|\bfilms?\b|\bclips?\b|\bstory\b|\bstories\b",
    r"talked about|told us about|spoke about|talk about|talk on|input on|covered",
    r"\bshowed\b|\bdescribed\b",
    r"signs of|indicators",
    r"how to (?:respond|spot|recognise|help|report|ask|talk|support|identify|refer)",
    r"practise|practice",
    r"what to do if|what to do when",
    r"what \w+ (?:abuse|neglect) is|what abuse",
    r"should be compulsory|would (?:have )?like(?:d)? more|more time on|\bmore on\b|not enough on|too much on",
    r"questions",
    r"body map",
    r"tutor group",
    r"recognis\w*",
    r"awareness",
    r"understand\w*",
    r"explain\w*",
    r"\bwhen (?:a child|children|a young person|young people|kids) (?:says?|tell|disclose)",
    r"\bif someone\b|\bif a (?:child|colleague|young person|parent)\b",
    r"the lado|lado referrals?|make a (?:lado )?referral|made a referral",
    r"\bworkshops?\b|\bassembly\b|\blessons?\b|presentation|\bwebinar|\btalk\b|worksheet|\bquiz\b|\bleaflets?\b",
    r"about (?:a|the) (?:girl|boy|child|teenager|young person|family|mum|dad)",
    r"were about|was about",
    r"\bhow (?:children|gangs|abusers|groomers|perpetrators|people|predators|offenders)\b",
    r"knowledgeable|\btopic\b",
    r"\bcontent\b|\bsections?\b|\bmaterials?\b|\bfigures\b|\bstats\b|\bstatistics\b|\b(?:bit|part) (?:about|on|where|with)\b|\bresources?\b|\bfollow up on\b",
)
# Content markers strong enough to cover concrete harm phrases on any form: teaching,
# hypotheticals and accusations.
TEACHING = (
    r"what to do if|what to do when",
    r"\bif someone\b",
    r"told us about|talked about|spoke about",
    r"\bwas about\b|\bwere about\b",
    r"\b(?:the|a|that|this|our|an|their) (?:\w+ )?(?:talk|drama|play|film|video|story|scenario|lesson|assembly|session|worksheet|module|course|quiz|case study|workshop|game|activity|leaflet|poster|song|book|bit|part|section) (?:about|on)\b",
    r"how (?:gangs|abusers|groomers|people|perpetrators|predators|offenders) ",
    r"explained",
    r"accus\w* (?:me|us) of",
    r"\bcase stud\w*|the case of",
    r"signs of",
    r"\blearn\w* (?:not to|to|how|about|that|what)",
    r"\bquiz\b",
    r"online safety|staying safe online|keeping safe online",
    r"\b(?:we|they) (?:did|covered|discussed|practised|watched) ",
    r"\b(?:the|a|that|this) (?:\w+ )?(?:play|film|video|drama|story|talk|lesson|session|assembly|clip|scenario) (?:showed|shows|explained|taught|had|was on|where)\b",
)
# Markers that a professional or child is reporting a real, current concern even in a
# course frame.
REAL = (
    r"(?:happening|happened) to me",
    r"one of (?:our|the|my) \w+",
    r"\ba (?:delegate|colleague|pupil|student|foster carer|volunteer|parent|young person|child|boy|girl|mum|dad|\w+ year old|\d+ ?(?:yo|yr old)|(?:year |y)\d+ (?:boy|girl|pupil|student|child)|teenager|toddler|baby)\b(?: \w+){0,8} (?:said|says|told|tells|mentioned|disclosed|has been|have been|keeps|is being|was seen|showed me|came in|came to me)",
    r"on (?:her|his|my|our) caseload",
    r"nothing has been done",
    r"nobody has|no one has",
    r"i am (?:worried|concerned)|\bworried about\b|\bconcerned about\b|\bi am not sure (?:the|if|whether)",
    r"concern(?:ed|s)? about (?:a|my|one|our)|(?:raised|raise|have|has|had|with) (?:a |some |real )?concerns? (?:that|about|re|regarding|for)\b",
    r"at lunch",
    r"on the course said",
    r"told me (?:this week|that|she|he|today|yesterday)",
    r"has been seen",
    r"\bto me\b(?! what)",
    r"\bthis (?:week|morning)\b|\btoday\b|\byesterday\b|\bongoing\b|\bflagging\b|not been able to",
    # A case of the writer's own, now: when it happened, and that nothing is done yet.
    r"\bthis (?:half )?term\b|\bthis month\b|\blast (?:week|night|month|weekend)\b|\bon (?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bat the weekend\b|\bcurrently\b|\bat the moment\b|\bright now\b|\brn\b|\bliterally (?:me|my|what|how)\b",
    r"\b(?:not|no|yet to|nobody|no one|never)\W+(?:\w+\W+){0,2}(?:passed (?:it )?on|referred|reported|followed (?:it )?up|responded|returning (?:my )?(?:calls|emails)|action plan|plan yet|referral (?:made|yet)|involvement|been done)\b|\bdrifting\b|sat badly|not convinced|who (?:do i|should i) (?:tell|speak to|go to)",
    r"\b(?:we|i) (?:currently |now |still )?(?:have|had|has|got) (?:a|an|one|two|three) (?:\w+ ){0,3}(?:child|family|boy|girl|pupil|student|baby|toddler|young person|teenager|year old|yo|lad)\b",
    r"\b(?:in|from) (?:my|our) (?:class|tutor group|setting|nursery|caseload)\b",
    r"\bevery (?:day|night|morning|evening|weekend)\b|\bat (?:pick ?up|drop ?off|the school gate)\b",
    # the passive voice of a professional's note, and that nothing is done yet
    r"\b(?:it was|it has been|it is being|concerns were|concerns have been|this was) (?:reported|noted|raised|observed|disclosed|flagged|mentioned|shared)\b|\b(?:not yet|as yet|yet to be)\b|\bno (?:formal )?(?:report|referral|contact|plan|action) (?:has been|have been|was|made|yet)\b",
    r"\b(?:i|we) (?:have |had |\w+ )?(?:noticed|spotted|realised|realized|seen) (?:a|an|one|that|what|how|some)\b|made me (?:think|worry|realise|realize) (?:about|of|that) (?:a|one|my|our|what)",
)
# Read only when a child or parent writes (professionals quote children in scenarios):
# the writer's own family doing something to them, "my step mum throws stuff at me".
REAL_OWN = (
    r"\b(?:my|our) (?:step ?mum|step ?dad|mum|dad|mother|father|nan|gran|grandad|uncle|aunt\w*|brother|sister|cousin|carer|foster carer|mums boyfriend|mums partner|dads girlfriend|dads partner)\b(?:\W+\w+){0,4}\W+(?:me|us)\b",
)
