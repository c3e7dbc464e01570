"""English: the words for moves, their status, time and source (data only)."""

from bot.domain.reading.records import TriggerClass as T
from bot.domain.reading.vocab import Vocabulary

# fmt: off
_ROLES = (
    r"(?:sports?|sporting|performance|technical|general|team|race|racing) (?:director|manager)s?",
    r"directeurs? sportifs?", r"ds", r"(?:head )?coach(?:es)?", r"trainer", r"team principal",
    r"chief of (?:sport|sports|performance|racing)", r"head of (?:\w+ )?(?:performance|sport|racing|development)",
    r"director of (?:racing|performance|sport)", r"technical (?:consultant|adviser|advisor)",
    r"manager", r"ceo", r"nutritionist", r"physio(?:therapist)?", r"soigneur", r"mechanic",
    r"staff member", r"coaching staff",
    # "at odds with the management of X": a quarrel with the team's leaders, no role
    r"(?<!with the )(?<!against the )management", r"(?:team )?boss(?:es)?",
)
# fmt: on

# fmt: off
VOCAB = Vocabulary(
    code="en",
    function_words=(
        "the", "and", "of", "to", "with", "his", "her", "will", "has", "have", "from", "for",
        "who", "which", "is", "was", "that", "this", "he", "she", "it", "on", "at", "after",
        "team", "season", "year", "their", "been", "would", "could", "said", "says",
    ),
    triggers={
        T.MOVE: (
            # "X to Y is done": a move named like a headline, then said to be settled
            r"to(?= [^.;:,]{1,50}? (?:is|looks|now) (?:done|official|confirmed|complete|sealed|a done deal)\b)",
            # "said yes to X": the team chosen
            r"said yes to",
            # "is wanted by X", "has attracted interest from X": a team's interest (hedged)
            r"(?:is|are) (?:also |now |still )?wanted by",
            r"(?:attract|attracts|attracted|attracting|drawn|draws|drew) (?:strong |serious |firm |concrete )?interest from",
            # "is the latest addition to the X roster", "has inked a two-year deal with X"
            r"(?:latest|newest|new|first|second|third|final|last|big|biggest|marquee) (?:addition|arrival) (?:to|at)",
            r"(?:inked|inks|penned|pens) (?:a |an )?(?:[\w-]+ ){0,3}(?:deal|contract|agreement) with",
            # "X is confirmed at Y": a live blog's word for an announced signing
            r"(?:is|are|has been|have been) (?:now )?(?:officially )?confirmed (?:at|with)(?= [^.;:,]{1,40}?(?:[.;]|$))",
            # "will be a rider of X": a future team
            r"will be (?:a |the )?(?:new )?rider (?:of|for|at)",
            # "denies any contact with X": the team of a denied move
            r"any contacts? with",
            # "is a new rider of X": the team the person now rides for
            r"(?:is|becomes) (?:a |the )?new (?:rider|signing|recruit) (?:of|for|at)",
            r"(?:am|is|are) (?:not )?(?:going|heading|moving) to(?! (?:the|a|an|be|race|ride|stay|sign|join|retire|take|make|have|do|win|lead|start|compete|continue|get|see|try|lose|go|keep|give|put|say|tell|think|let|miss|change|stop|happen|need|want|work|focus|enjoy|look|help|come|fight|worry|use|talk|end|finish|attack|target|aim|win|beat|rest|train|prepare|pretend|admit|lie|hide|deny|complain|rush|answer|comment|discuss|reveal|speculate|predict|promise|slow|sit|walk|throw|give up)\b)", r"(?<=')(?:m|re) (?:not )?(?:going|heading|moving) to(?! (?:the|a|an|be|race|ride|stay|sign|join|retire|take|make|have|do|win|lead|start|compete|continue|get|see|try|lose|go|keep|give|put|say|tell|think|let|miss|change|stop|happen|need|want|work|focus|enjoy|look|help|come|fight|worry|use|talk|end|finish|attack|target|aim|win|beat|rest|train|prepare|pretend|admit|lie|hide|deny|complain|rush|answer|comment|discuss|reveal|speculate|predict|promise|slow|sit|walk|throw|give up)\b)", r"(?:has been|have been|was|were|is|are|been|will be) (?:snapped up|signed|recruited|hired|acquired|picked up|poached) by", r"(?:has |have )?(?:opted|opts|opt) for", r"(?<!been )(?<!was )(?<!were )(?<!is )(?<!are )(?:has |have )?(?:chosen|chose|chooses)", r"in (?:advanced |early |final |serious )?talks with", r"negotiating with", r"on (?:his|her|their) way (?:to|out of)",
            r"(?:on the radar|a (?:top |main )?target|on the (?:shopping|wish) list) (?:of|for)", r"interested in(?: signing)?",
            r"join(?:s|ed|ing)?", r"rejoin(?:s|ed|ing)?",
            r"sign(?:s|ed|ing)?(?: on)?(?: for| with)?", r"put pen to paper",
            # "the team has moved to strengthen its lead-out": "moved to" before a verb is acting, no move
            r"mov(?:e|es|ed|ing) (?:on |over )?(?:to(?! (?:strengthen|bolster|reinforce|shore|secure|sign|replace|add|fill|protect|keep|tie|lock|extend|address|deny|dismiss|quash|end|clarify|reassure|calm|limit|avoid|make|bring|build|plug|cover|counter|prevent|ensure|support)\b)|from|across)",
            r"(?:a|the|his|her|their) (?:move|switch|transfer) (?:to|from)",
            r"(?:make|makes|made|making) (?:the |a )?(?:move|switch|jump|step) (?:to|from)",
            r"switch(?:es|ed|ing)?(?: teams)?", r"swap(?:s|ped|ping)?",
            # "trades A for B": a swap (not "traded blows", "traded attacks")
            r"trad(?:es|ed|ing)(?= [^.;:]{1,40}? for )",
            # "has been confirmed as X's first signing"
            r"(?:confirmed|unveiled|announced|revealed|presented) as(?= [^.;:]{1,40}?'s? (?:first|second|third|fourth|latest|newest|new|final|last|big|biggest|marquee) (?:signing|recruit|arrival)\b)",
            r"chang(?:e|es|ed|ing) teams",
            # "I want to leave at the top": leaving the sport, not a team
            r"leav(?:e|es|ing)(?! (?:at the top|on a high|on my own terms|on (?:his|her|their) own terms|the sport|professional cycling|the peloton)\b)", r"left(?! out)", r"depart(?:s|ed|ing)?",
            r"quit(?:s|ting)?", r"part(?:s|ed|ing)? ways with",
            # "has walked out on X": a tabloid's leaving
            r"walk(?:s|ed|ing)? out on",
            r"head(?:s|ed|ing)? (?:to|for|from|towards|out of)", r"bound for", r"(?:is|are) off to",
            r"transfer(?:s|red|ring)? (?:to|from)", r"arriv(?:e|es|ed|ing) (?:at|from)",
            r"return(?:s|ed|ing)? to",
            # "his last race for X" is the noun, not the verb: no move to X
            r"(?<!last )(?<!final )(?:ride|race|compete) for(?! (?:him|her|me|you)\b)",
            # "X, riding for Y, is fifth": a participle between commas says where X rides now
            r"(?<!, )(?:racing|riding) for",
            r"be (?:wearing|in) [^.;:]{1,40}? colou?rs", r"wear(?:s|ing)? the colou?rs of",
            r"agree(?:d|s)? (?:terms|an? (?!new )(?:[\w-]+ ){0,2}(?:deal|contract)) with", r"reached an agreement(?: with)?",
            r"(?:close to|closing in on|near|nearing|on the verge of) (?:an |a )?(?:agreement|deal|contract) with",
            r"(?:is|are) poised to leave", r"land(?:s|ed)? at",
            r"come(?:s)? over from", r"cross(?:es|ed|ing)? over (?:to|from)", r"(?:his|her) new team", r"linked (?:with|to)",
            r"link(?:s|ing)? (?:him|her|them) (?:with|to)",
            # "sources link the Colombian with X": a rumour's description of the mover
            r"link(?:s|ing)? the (?:[\w-]+ )?[\w-]+ (?:with|to)",
            # "will also be a Cofidis rider next season": the team named before "rider"
            r"will (?:also )?be an?(?= [^.;:]{1,40}? (?:rider|racer)\b)",
            r"(?:is|are|was|were) on (?:his|her|their) way to",  # heading to a team
            # "X mira al Lidl-Trek", "X eyes Y": a team looked at, a move talked of
            r"eyes(?: a move to| a switch to)?",
            # riding "the next two seasons (until 2025)" for a team: a move, the span its length
            r"will (?:ride|race) (?:the|his|her) next (?:\w+ )?(?:seasons|years)[^.;:]{0,25}? (?:for|with|at)",
        ),
        T.SIGNING: (
            # "the renewal of X": the person after a renewal's noun renews
            r"the (?:contract )?(?:renewal|extension) of",
            r"(?:possible|potential|likely|logical) (?:landing spot|destination|new home) for",
            r"signing of", r"the return of", r"arrival of", r"recruitment of", r"capture of",
            r"appointment of", r"welcom(?:e|es|ed|ing)",
            # "have secured the services of X", "have added X to their 2025 roster"
            r"secur(?:e|es|ed|ing) the services of", r"in the running to sign",
            # "have named X as their new sports director": a role after "as" (a staff move)
            r"nam(?:e|es|ed|ing)(?= [^.;:]{1,40}? as (?:its |their |the |a |an )?(?:new )?(?:"
            + "|".join(_ROLES)
            + r")\b)",
            r"add(?:s|ed|ing)?(?= [^.;:]{1,40}? to (?:their|its|the) (?:[\w-]+ )?(?:roster|squad|ranks|line-up)\b)",
            r"unveil(?:s|ed|ing)?", r"snap(?:s|ped)? up", r"recruit(?:s|ed)?", r"hire[sd]?",
            r"appoint(?:s|ed)?", r"bring(?:s|ing)? in",
            r"(?:are|is|were|was|remain|remains) (?:very |also |still |strongly )?(?:interested|keen) in",
            r"(?:are|is|have been|has been) (?:chasing|courting|eyeing|targeting|pursuing)",
            r"(?:reports?|rumou?rs?|stories|speculation) (?:that )?(?:link(?:ed|ing|s)?|plac(?:ed|ing|es)|put(?:ting|s)?|send(?:ing|s)?|sent)",
            r"(?:want|wants|wanted) to sign", r"(?:to|will|could|would|might) (?:sign|land|recruit|snap up)(?= (?:him|her)\b)", r"(?:have|has|had) landed", r"lands",
            # "X announced Y's arrival", "... the 26-year-old's signing": Y moves
            r"(?:announc|confirm|unveil)(?:e|es|ed|s|ing)?(?= (?:the )?[^.;:]{1,40}?'s? (?:arrival|signing|move)\b)", r"(?:make|made|makes|have made|has made) an offer (?:for|to)",
            r"brought in", r"(?:new|latest) (?:signing|recruit|arrival)s?",
            r"newcomers? (?:is|are|include)", r"among the newcomers",
            r"new (?:at|to) [^.;:]{1,40}? (?:are|is)",
            r"present(?:s|ed)? [^.;:]{0,30}? as (?:its|their) new",
            r"(?:possible|likely|potential|next|new) destination for",
            r"(?:made|make|makes|making) (?:an? )?(?:enquir(?:y|ies)|approach(?:es)?|bid|offer|move) (?:about|for)",
            # "signs, accompanied by his compatriot Y": Y joins too
            r"(?:accompanied|joined) by (?:his|her) (?:compatriot|countryman|countrywoman|teammate|team-mate)",
        ),
        T.EXTEND: (
            r"(?:signed|signs|sign|agreed|agrees|committed|commits) (?:on )?for (?:another|(?:one|two|three|four|five|\d) (?:more|further)) (?:year|season)s?", r"(?:signed|signs|agreed|agrees|penned|pens|inked|inks) (?:a )?new (?:[\w-]+ )?(?:deal|contract)", r"(?:a |his |her )?new (?:[\w-]+ )?(?:contract|deal) with",
            r"extend(?:s|ed|ing)?", r"extensions?",
            r"renew(?:s|ed|al|ing)?", r"re-?sign(?:s|ed|ing)?",
            r"prolong(?:s|ed|ing)?", r"commit(?:s|ted)? (?:his|her|their) (?:long-term )?future",
            r"tie[sd]? [^.;:]{1,40}? to the team", r"new (?:contract|deal) (?:until|through|to)",
            # (no comma between: "stays at X, where she is under contract until 2026" is her
            # current deal)
            r"stay(?:s|ing)? (?:on )?(?:at|with) [^.;:,]{1,40}? (?:until|through|till)(?! the end of (?:the|this) season)",
        ),
        T.RETIRE: (
            r"call(?:s|ed|ing)? it a career", r"(?:his|her|their) last as (?:a )?(?:professionals?|pros?)", r"(?:race|ride|racing|riding|compete|competing) (?:on )?until (?:the end of )?(?:the |this )?(?:season|year|20\d\d)(?: season)?,? (?:and )?(?:then|before)", r"retir(?:e|es|ed|ement)",
            # "to replace the retiring X": an attribute, the person described by it
            r"(?<!the )(?<!a )retiring",
            r"hang(?:s|ing)? up (?:his|her|their) (?:wheels|bike|cleats|shoes)",
            r"hung up (?:his|her|their) (?:wheels|bike|cleats|shoes)", r"bow(?:s|ed|ing)? out",
            r"call(?:s|ed|ing)? (?:it )?time on (?:his|her|their) (?:\w+ )?career",
            r"call(?:s|ed|ing)? it a day", r"end(?:s|ed|ing)? (?:his|her|their) (?:\w+ )?career",
            # "closed a 19-season career": the career's length instead of a possessive
            r"(?:end|ends|ended|ending|close|closes|closed|closing) an? (?:\d+-|[a-z]+-)(?:season|year) (?:[\w-]+ )?career",
            r"finish(?:es|ed|ing)? (?:his|her|their) (?:[\w-]+ ){0,2}career",
            r"(?:close[sd]?|closing) (?:his|her|their) (?:[\w-]+ ){0,2}career",
            r"(?:has|have|had) (?:raced|ridden) for the (?:last|final) time",
            r"(?:ended|ending) (?:his|her) racing career",
            r"(?:his|her|their|my) (?:final|last) (?:\w+ )?(?:season|year)",
            r"(?:his|her|their) (?:final|last) race(?! (?:with|for|in) (?:the )?[a-z])",
            r"be (?:his|her|their|my) (?:last|final)",
            # (not "stepped away from racing for two months": a break)
            r"step(?:s|ped|ping)? away from (?:the sport|racing|professional cycling)(?! for (?:a|an|one|two|three|four|five|six|several|a few|\d+) (?:weeks?|months?|while)\b)",
            r"stop(?:s|ped|ping)? racing", r"farewell (?:season|year)",
            # "the 2024 season will be X's last": the season as the subject, the name after
            r"(?:season|year) (?:will|would|is going to) be(?= [^.;:]{1,40}?'s? (?:last|final)\b)",
            r"draw(?:s|ing)? a line under (?:his|her|their) career",
            r"(?:bring|brings|brought|bringing) (?:his|her|their) (?:[\w-]+ ){0,2}career to (?:a close|an end|a halt)",
            r"bring(?:s|ing)? (?:down )?the curtain (?:down )?on (?:his|her|their) career",
            r"quit(?:s|ting)? (?:the sport|professional cycling|racing)",
            # "rode the last race of his career": the career's end told by its last race
            r"(?:the|his|her) (?:very )?(?:last|final) race of (?:his|her) career",
        ),
        T.POSTPONE: (
            r"postpon(?:e|es|ed|ing) (?:his |her |their )?(?:planned )?retirement",
            r"retirement (?:on hold|on ice|postponed|delayed)",
            r"put(?:s|ting)? (?:his |her )?retirement on (?:hold|ice)",
            r"delay(?:s|ed|ing)? (?:his |her )?retirement", r"not (?:be )?(?:retiring|stopping)",
            r"revers(?:e|es|ed|ing) (?:his |her )?(?:decision to retire|retirement)",
            r"(?:will )?race on (?:through|into|in)",
            r"(?:will|would|does|is) not (?:be )?retir(?:e|ing) [^.;:]{0,30}?after all", r"(?:race|ride) on for (?:one|another) more (?:year|season)",
            r"(?:one|another) more (?:year|season) before retiring",
            r"(?:is|am|are|was|were|will be) carrying on", r"carr(?:y|ies) on racing",
            r"(?:do|race|ride) (?:one|another) more (?:year|season)",
            r"(?:extend|extends|extended|extending|prolong\w*) (?:his|her|their) (?:racing |professional |playing )?career",
            r"(?:is|are|was) not (?:ready|going) to (?:retire|stop)", r"retirement (?:can|will|must) wait",
            r"chang(?:e|es|ed|ing) (?:his|her|their) mind (?:about|on) (?:retiring|retirement|stopping)",
            r"u-turn on (?:his|her|their) (?:retirement|decision to retire)",
            r"(?:continue|continues|continued) (?:racing|to race) (?:in|into) (?:20\d\d|next season)",
            # the bike not hung up yet
            r"(?:is|are) not (?:yet )?hanging up (?:his|her|their) (?:wheels|bike)",
            r"(?:won't|will not) hang up (?:his|her|their) (?:wheels|bike) (?:just )?yet",
        ),
        T.COMEBACK: (
            r"comeback", r"come-back", r"out of retirement", r"un-?retir(?:e|es|ed|ing)",
            r"return(?:s|ed|ing)? to (?:racing|the peloton|competition|the sport|professional cycling)",
            r"back in the peloton", r"pin(?:s|ning)? a number on again",
            # "is coming back": a rider who had stopped races again (not "race again for X":
            # a return to a team)
            r"(?:is|are|am) coming back(?! (?:from|after|to (?:form|fitness))\b)",
            # "will pull on a race number again": a race number is a rider's
            r"(?:pull|pulls|pulled|pulling|pin|pins|pinned|pinning) on a (?:race |racing )?number again", r"(?:make|makes|making|made) (?:a|his|her) return",
            r"after (?:a|an entire|a whole|all of|two|three|several) (?:years?|seasons?|20\d\d) (?:without racing|out of (?:racing|the sport|the peloton|competition)|away from (?:racing|the sport|the peloton))",  # a year out
        ),
        T.STAFF: (
            r"(?:becom(?:e|es|ing)|named|appointed|new|will be|to be|take over as|takes over as|step(?:s)? up to) (?:the |its |their |a |an |new |team's )*"
            + "(?:"
            + "|".join(_ROLES)
            + ")",
            r"(?:move|moves|moving) into (?:management|a staff role|the team car)",
            # "move straight into a role as sports director with X"
            r"(?:move|moves|moving|step|steps|stepping) (?:straight |directly |immediately )?into an? (?:[\w-]+ ){0,2}(?:role|position|job)(?: as (?:an? |the )?[\w-]+(?: [\w-]+){0,2}?)? (?:with|at|in)",
            # "will stop racing and continue with the team as a sports director"
            r"(?:continu(?:e|es|ing)|stay(?:s|ing)? on|remain(?:s|ing)?) (?:with|at) [^.;:,]{1,40}? as (?:an? |the |its |their )?(?:[\w-]+ )?(?:"
            + "|".join(_ROLES)
            + ")",
            r"(?:new|newly appointed) (?:\w+ )?directors",
            r"(?:for|into|takes? up|take on|a new) (?:a |an )?(?:team|staff|management|backroom|coaching) (?:role|job|position)",
            # "will work as a coach at X"
            r"(?:will |to )?work(?:s|ing)? as (?:a |an |the |its |their )?(?:[\w-]+ )?(?:"
            + "|".join(_ROLES)
            + r")(?= (?:at|for|with)\b)",
            # "will lead X as team manager from 2025"
            r"(?:will |to )?lead(?:s)?(?= [^.;:]{1,40}? as (?:its |their |the |a |an )?(?:new )?(?:"
            + "|".join(_ROLES)
            + r")\b)",
            # "takes up a role as performance coach with X"
            r"(?:take|takes|taking|took|take on|takes on) (?:up )?an? (?:new )?(?:role|position|job) as (?:an? |the )?(?:[\w-]+ )?(?:"
            + "|".join(_ROLES)
            + ")",
        ),
        T.DENY: (
            r"(?:put|puts|putting) an end to (?:the |all )?(?:speculation|rumou?rs?|talk)", r"(?:quashed|quashes|dismissed|dismisses|ended|ends) (?:the |all )?(?:speculation|rumou?rs?)(?! [^.;:]{0,40}?\bby (?:signing|extending|renewing|agreeing|committing|penning|inking))",
            r"(?:has|have|had) no (?:intention|plans?) (?:of|to) (?:retir\w*|stop\w*|quit\w*|hang\w*)", r"(?:is|are|was) not thinking (?:about|of) (?:retir\w*|stopping|quitting)", r"den(?:y|ies|ied|ying)", r"rul(?:e|es|ed|ing) out", r"no truth", r"no transfers?",
            r"dismiss(?:es|ed|ing)? (?:the )?(?:rumou?rs?|reports?|speculation|talk|story|suggestions?|claims?)",
            # "has brushed off suggestions that he is about to retire"
            r"brush(?:es|ed|ing)? (?:off|aside) (?:the |all )?(?:rumou?rs?|reports?|speculation|talk|story|suggestions?|claims?)",
            r"reject(?:s|ed|ing)? (?:the )?(?:rumou?rs?|reports?|claims?|suggestions?|speculation|talk)", r"(?:pure )?nonsense",
            r"(?:will|would) not (?:be )?(?:join|leav|mov|sign|switch)\w*",
            r"won'?t (?:be )?(?:join|leav|mov|sign|switch)\w*",
            r"(?:is|are) not (?:joining|leaving|moving|going anywhere)",
            r"(?:completely |totally |simply )?(?:false|untrue|not true|fake news|pure fantasy|fantasy)",
            r"rubbish(?:es|ed|ing)?", r"laugh(?:s|ed|ing)? (?:off|it off|them off)",
            r"(?:shot|shoots|shoot|shooting) down (?:the |all )?(?:reports?|rumou?rs?|speculation|talk|suggestions?|claims?|stories)",
            r"(?:there is |there's )?nothing in (?:it|that|the (?:reports?|rumou?rs?|story|stories))",
            r"(?:play|plays|played|playing) down", r"shut(?:s|ting)? down",
            r"pour(?:s|ed|ing)? cold water on", r"no (?:basis|substance) (?:to|in)",
        ),
        T.STAY: (
            # "the team won't let him go": a team keeping its rider, no one's move
            r"(?:won't|will not|wouldn't|would not|not|never) (?:let|letting) (?:him|her) (?:go|leave)",
            # "X and Y will also ride for the team next year": riders of the team who stay
            r"(?:will )?(?:also|too) (?:ride|rides|race|races) for the (?:team|squad)",
            r"stay(?:s|ed|ing)? (?:put|at|with|on at|on with|where)",
            r"remain(?:s|ed|ing)? (?:at|with|the|a|part|in)", r"not (?:everyone is )?moving",
            r"(?:still|remains) under contract", r"(?:is|are) staying", r"will stay",
            # "will simply ride for the team next year": the rider a boss says stays
            r"(?:will )?(?:simply|still) (?:ride|rides|race|races) for the (?:team|squad)",
            # the team that has him under contract says "he will ride for us": he stays
            r"(?:has|have) a (?:valid )?contract (?:with us )?(?:(?:until|through|till|to) )?[^.;:]{0,40}?(?:will|is going to|is) (?:ride|race|riding|racing) (?:for|with) us",
        ),
        T.SAME: (
            r"the same (?:choice|decision|path)",
            r"(?:the )?same move", r"(?:make|makes|made|making) the same (?:switch|move|jump)",
            r"follow(?:s|ed|ing)? (?:him|her|them|suit)",
            # "A and B will follow the Slovak to the French team": the leader's destination
            # (not a race's "followed Pogacar to the line")
            r"(?:will|to|would|could|set to) follow (?:[\w'-]+ ){1,3}?(?:to|into)(?! the (?:line|finish|front|top|summit|podium)\b)",
            r"follow(?:s|ed)? (?:[\w'-]+ ){1,3}?(?:to|into)(?= (?:the |a )?[a-z])(?! the (?:line|finish|front|top|summit|podium)\b)",
            r"(?:join|joins|joined|joining) (?:him|her|them) (?:at|in)",
        ),
    },
    narrative=(
        r"extended", r"renewed", r"re-signed", r"resigned",
        r"joined", r"left", r"moved", r"switched", r"signed", r"rode for", r"raced for", r"went",
        r"came", r"arrived", r"parted ways", r"made the (?:jump|switch|move|step) to",
        r"swapped", r"traded",
    ),
    background=(
        r"(?:begins?|began|starts?|started|embarks? on|embarked on|is (?:beginning|starting|embarking on))(?: (?:his|her|their))?",
        # a pluperfect ("had been linked with"): told before the news
        r"had (?:also |previously |earlier |long )?been(?: heavily| strongly| widely| also| repeatedly)?",
        r"after(?: having)?", r"since", r"before", r"formerly", r"previously", r"once", r"earlier",
        # "nearly retired", "almost joined": a near miss, no move
        r"nearly", r"almost(?! certainly)",
        # a counterfactual ("Had X joined Y, ...", "Y would have liked to sign X"): no move
        r"^had", r"(?:would|could|should) (?:not |never )?have(?: (?:liked|loved|wanted|preferred|hoped) to)?",
        # "had been pushing for a year-long extension": what someone wanted, not the move
        r"(?:pushing|pushed|pressing|pressed|calling|called|hoping|hoped|angling) for(?: (?:a|an|the))?(?: [\w-]+)?"),
    negation=(r"not", r"no longer", r"never", r"n't"),
    no_longer=(r"no longer", r"not any ?more", r"never again"),
    inner_negation=(r"not", r"n't", r"never"),
    not_yet=(r"yet", r"after all", r"for now", r"(?:one|another) more"),
    confirm_verbs=(r"(?:has |had )?confirm(?:s|ed)",),
    told_before=(r"earlier (?:this|in the) (?:summer|spring|winter|autumn|year|month|season)", r"last (?:week|month|summer|spring|winter|autumn)", r"(?:weeks|months) ago"),
    past_when=(r"when",),
    renewed_before=(r"had already", r"had previously"),
    arrives_from=(r"(?:arrives?|arriving|comes? over|coming over|joins?|joining|moves? over|moving over) from",),
    his_team=(r"(?:to|for|with|at) (?:his|her|their) (?:team|squad|outfit)",),
    chose_to=(r"(?:chose|chooses|choose|has chosen|have chosen|opted|opts) to",),
    new_member=(r"(?:the |a )?new (?:rider|signing|recruit|arrival) (?:of|for|at)",),
    also_new=(r"(?:(?:she|he|who) (?:is )?)?(?:also|too) (?:a )?(?:new (?:arrival|signing|recruit|face)|newcomer)", r"(?:another|a fellow) (?:new (?:arrival|signing|recruit)|newcomer)"),
    that_of=(r"(?:and|as well as) that of",),
    meets=(r"will (?:meet|find|join up with|link up with|team up with|be reunited with|reunite with)", r"(?:joins|links|teams) up with", r"reunites with"),
    relative=(r"who", r"whose", r"which", r"where"),
    also=(r"also", r"too", r"as well", r"likewise"),
    hedge=(
        r"(?:not (?:yet )?|un)(?:clear|certain|sure) (?:whether|if)", r"remains to be seen whether",
        r"favou?rites? to", r"could", r"might",
        r"may (?:be|have|join|leave|move|sign|switch|ride|race|want|not|well)", r"possibl[ey]",
        r"potential(?:ly)?", r"linked (?:with|to)", r"talks", r"negotiat\w+",
        r"interest(?:ed)? in", r"(?<!his )(?<!his main )(?<!his big )(?<!his key )(?<!his major )(?<!his biggest )(?<!her )(?<!her main )(?<!her big )(?<!her key )(?<!her major )(?<!her biggest )(?<!their )(?<!their main )(?<!their big )(?<!their key )(?<!their major )(?<!their biggest )target(?:s|ed|ing)?", r"speculat\w+", r"mooted",
        r"tipped", r"consider(?:s|ing)", r"eye(?:s|ing)", r"courting", r"wanted by",
        r"interest from", r"in the running",
        r"approached", r"on the radar", r"whisper\w*", r"perhaps", r"enquir(?:y|ies|ed)",
        r"(?:an? )?(?:bid|offer) for",
        r"maybe", r"(?:most )?likely destination", r"if (?:he|she)",
        r"eyes (?:a )?(?:move|switch)",  # a team looked at: talk, not a deal
    ),
    rumour_nouns=(r"rumou?r(?:s|ed)?", r"gossip", r"speculation"),
    reported=(
        # "about to sign": not done yet
        r"(?:is|are) about to", r"on the verge of",
        r"reportedly", r"report(?:s|ed)? that", r"(?:is|are) understood", r"understands",
        r"set to", r"expected to", r"poised to", r"close to", r"on the verge of", r"in line to",
        r"(?:has|have) agreed", r"reached an agreement", r"sources?", r"is said to",
        # "X is heading to Y, reports say": the writer passes on what others report
        r"reports (?:say|said|suggest|suggested|claim|claimed|indicate)", r"according to (?:reports|media reports|the press)",
    ),
    confirmed=(
        r"confirm(?:s|ed)? to",
        r"(?:agent|manager|boss|director|spokesperson|coach|principal|owner|ceo|president|ds)[^.;]{0,40}? confirm(?:s|ed)",
        # "general manager X has now said openly that the sprinter will stay": a party says it
        r"(?:agent|manager|boss|director|principal|owner|ceo|president) [^.;:]{0,40}?(?:said|says|has said|has now said) (?:as much|(?:[\w-]+ ){0,2}?that)",
        r"confirm(?:s|ed)? (?:(?:it|this|the (?:move|news|deal|transfer|switch|signing)) )?in an interview", r"told (?:reporters|journalists)",
        # "he told Eritrean TV": the person himself said it to a broadcaster or a paper
        r"told (?:[\w-]+ ){0,2}(?:tv|television|radio|newspaper|podcast|website)",
    ),
    official=(
        r"official(?:ly)?", r"announc(?:e|es|ed|ing|ement)",
        r"confirm(?:s|ed|ing)?", r"press release", r"unveil(?:s|ed)?", r"(?:has|have) signed",
        r"signs", r"signed",
        r"welcom(?:e|es|ed)", r"(?:delighted|pleased|proud|happy|thrilled|excited) to",
        r"presented",
    ),
    not_official=(
        # "only the official announcement remains": agreed, not yet announced
        r"only the official announcement (?:remains|is missing|is still to come)", r"all that remains is the (?:official )?announcement",
        r"(?:nothing|no) (?:is )?official", r"not yet official", r"(?:an |the )?official announcement (?:is )?(?:expected|due|still to come)", r"(?:is |are )?yet to (?:announce|make it official)",
        r"no official (?:word|announcement|confirmation)", r"without an? official (?:announcement|confirmation)",
        r"(?:has|have) not (?:yet )?confirmed",
        r"neither [^.;]{0,20}? (?:has|have) confirmed", r"declined to (?:comment|confirm)",
        r"cannot be (?:made )?official", r"yet to (?:be )?confirm", r"no (?:formal |official )?announcement",
        r"(?:has|have) not (?:yet )?made (?:a |an |any )?(?:formal |official )?announcement",
        r"will (?:put out|make|publish|issue) (?:its|their|an?) (?:own )?(?:announcement|statement) (?:when|once|later|in due course)",
        # "the team will put something out when they're ready": announced later, not yet
        r"will (?:put|get) (?:something|it|that|a statement|an announcement|the news) out (?:when|once|later|in due course|soon)",
    ),
    press_release=(
        r"press release",
        r"(?:is|are) (?:delighted|pleased|proud|happy|thrilled|excited) to (?:announce|confirm|welcome)",
    ),
    from_cues=(
        # "if he does not renew with X": X is the team he would leave
        r"(?:does not|doesn't|did not|didn't|fails to|will not|won't) (?:renew|extend)(?: (?:his|her) (?:contract|deal))? with",
        r"after (?:[\w-]+ ){1,3}(?:years?|seasons?) (?:at|with|in)",
        r"from", r"leav(?:e|es|ing)", r"left", r"quit(?:s|ting)?",
        r"depart(?:s|ing|ed)?", r"ways with", r"away from", r"out of", r"walk(?:s|ed|ing)? out on",
        r"exit(?:s|ing)?", r"released by", r"swap(?:s|ped|ping)?", r"switch(?:es|ed|ing)?",
        r"trad(?:es|ed|ing)",
        # "leaves behind four seasons at X": the seasons are the past, X the team left
        r"leav(?:e|es|ing) behind (?:[\w-]+ ){1,3}(?:years|seasons) (?:at|with|in)",
    ),
    to_cues=(
        r"new (?:rider|signing|recruit) (?:of|for|at)",
        # "will be a Cofidis rider": the team before "rider"
        r"be an?(?= [^.;:]{1,40}? (?:rider|racer)\b)",
        r"talks with", r"negotiating with",
        r"sign(?:s|ed|ing)? (?:a |an |his |her )?(?:[\w-]+ ){0,3}(?:deal|contract|agreement) with",
        r"agree(?:s|d)? (?:a |an )?(?:[\w-]+ ){0,3}(?:deal|contract|terms) with",
        r"(?:close to|closing in on|near|nearing|on the verge of) (?:an |a )?(?:agreement|deal|contract) with",
        r"(?:on the radar|target|shopping list|wish list) (?:of|for)",
        # "confirmed as X's first signing": the team signing
        r"(?:confirmed|unveiled|announced|revealed|presented) as",
        # "has attracted interest from X": the team interested
        r"(?:attract|attracts|attracted|attracting|drawn|draws|drew) (?:strong |serious |firm |concrete )?interest from",
        # "join the staff of X", "a place in the backroom team of X": the team whose staff
        r"(?:join|joins|joined|joining|into) the (?:[\w-]+ )?(?:staff|backroom team|management) (?:of|at)",
        r"to", r"join(?:s|ed|ing)?", r"rejoin(?:s|ed|ing)?", r"for",
        r"sign(?:s|ed|ing)? with", r"signed with", r"with", r"at", r"into", r"wearing",
        r"in", r"colou?rs of", r"towards",
    ),
    current_cues=(
        r"future (?:at|with)",
        r"(?<!next )(?<!coming )(?<!following )(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:seasons|years) (?:at|with)(?! least)",
        r"(?:contract|deal|agreement) with", r"under contract (?:at|with)",
        r"(?:raced|rode|ridden) (?:for|at|with)", r"teammates? (?:at|of)",
        r"leader (?:at|of)", r"stays? (?:at|with)", r"remains? (?:at|with)",
    ),
    object_cues=(
        r"with", r"for", r"of", r"by", r"behind", r"including", r"like", r"alongside",
        r"beat", r"beating", r"around", r"than", r"about", r"over", r"ahead of", r"after",
        r"among", r"to", r"from", r"at", r"between", r"as", r"such as", r"and",
    ),
    announcer=(r"(?:(?:has|have|had|is|are|will) )?(?:officially )?(?:\w+ )?(?:confirm\w*|announc\w*|unveil\w*|present\w*|welcom\w*|signs?|signed|appoint\w*)", r"(?:is|are) (?:delighted|pleased|proud|happy|thrilled)", r"(?:make|makes|made|have made|has made) it official"),
    season_next=(
        r"(?:from|as of|on) (?:1 |the 1st of )?january",
        r"next (?:season|year)", r"the following (?:season|year)",
        r"(?:the )?coming season", r"new season",
    ),
    season_this=(r"this (?:season|year)(?!'s)", r"the current season", r"this (?:autumn|fall|summer|spring)"),
    season_now=(
        r"mid-season", r"middle of the season", r"with immediate effect", r"immediately",
        r"from today", r"(?:august|mid-season) transfer window",
    ),
    season_end=(
        r"(?:at )?the end of the year",
        r"(?:at )?the end of (?:the|this) (?:season|year)", r"after this (?:season|year)",
        r"when (?:this|the) season (?:is over|ends)", r"at the close of (?:this|the) season",
        r"(?:this|the) winter",
    ),
    season_end_next=(
        r"(?:at )?the end of next (?:season|year)", r"after next season",
        r"(?:at )?the end of the (?:next|following|coming) (?:season|year)",
    ),
    months=("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"),
    season_last=(r"(?P<w>last winter|this past winter|last off-?season)", r"before (?:this|the current) season", r"last {m}", r"in {m} last year", r"(?<!his )(?<!her )(?<!their )(?<!the )(?<!my )(?<!its )(?<!our )last (?:year|season)(?! as a)", r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+) (?:years?|seasons?) ago"),
    year_season=(
        r"(?:from|for|in|into|during|starting|start of|as of|ahead of|beginning of|beginning with|race) (?:the )?{y}",
        r"(?:the )?{y} season", r"{y} and 20\d\d", r"{y} (?:will|would|is to|is going to) (?:also )?be",
        # "in August 2023", "on 12 May 2023", "on May 12, 2023": a month and its year
        r"in {m} {y}", r"on (?:\d{1,2} )?{m} (?:\d{1,2}, )?{y}",
        # "his farewell season will be 2025"
        r"(?:last|final|farewell) (?:season|year) (?:will|would|is going to) be {y}",
    ),
    year_until=(
        r"(?:until|till|through|thru|to) (?:the end of )?(?:the )?{y}", r"to the end of {y}",
        r"{y} only", r"(?:the )?{y} season only", r"and {y}(?= season| seasons|\.|,)",
    ),
    year_end=(r"(?:at )?the end of {y}", r"(?:at )?the end of the {y} season", r"after {y}", r"after the [a-z][a-z' -]{1,40}? {y}"),
    contract_years=(
        r"for (?P<n>one|two|three|\d) more (?:year|season)s?",
        r"agreed an? (?P<n>one|two|three|four|five|\d)[- ](?:year|season) (?:deal|contract)",
        r"(?:for )?the (?:next|coming) (?P<n>two|three|four|five|\d) (?:years|seasons)",
        r"(?P<n>one|two|three|four|five|six|\d)[- ](?:year|season)s?(?:[- ](?:deal|contract|agreement|extension|stay|pact))?(?! (?:after|ago|later|before|since|earlier|on from)\b)",
        r"(?:deal|contract|agreement|extension)s? (?:of|for|covering|over) (?P<n>one|two|three|four|five|six|\d) (?:more )?(?:years|seasons)",
        r"(?:for|covering) (?P<n>two|three|four|five|six|\d) (?:more )?seasons",
        r"(?P<n>two|three|four|five|six|\d) (?:years|seasons)(?=[,.;]| through| until)",
        r"by (?P<n>one|two|three) years?",
    ),
    old_contract=(r"(?:early )?exit from (?:a|his|her|the) contract", r"release from (?:a|his|her|the) contract", r"buy-?out of (?:a|his|her|the) contract",
        r"whose (?:current |existing |present )?(?:contract|deal)",
        r"(?:has|have|had) (?:a|another) (?:valid )?contract", r"is contracted",
        r"(?<!now )under contract",
        r"current", r"existing", r"still", r"even though", r"despite", r"original", r"old", r"had",
        r"runs? out", r"a year early", r"before (?:his|her) contract",
    ),
    not_length=(
        r"after", r"at least", r"more than", r"ends?", r"spent", r"last", r"past", r"since", r"in", r"first",
        # "ending his four years at X": the years he rode there, not the new deal's
        r"(?:ending|after|closing) (?:his|her|their)",
        r"within",  # "to win a Grand Tour within three years": a goal's time, not a deal's
    ),
    numbers={"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6},
    staff_roles=_ROLES,
    staff_as=(r"as", r"in the role of", r"to work as"),
    staff_of=(r"of", r"at", r"for"),
    pronouns=(r"he", r"she", r"him", r"her"),
    first_person=(r"i", r"i'm", r"i'll", r"i've", r"me", r"my"),
    descriptors=(
        r"the [a-z]+(?:man|ian|ese|ish|er)\b", r"(?:his|her) name",
        r"the (?:[\w-]+ ){0,4}(?:rider|sprinter|climber|veteran|all-rounder|rouleur|puncheur|youngster|talent|champion|winner|leader|dane|briton|italian|belgian|dutchman|frenchman|spaniard|german|norwegian|australian|american|slovenian|colombian|swiss|luxembourger|\d+-year-old|[a-z]+-(?:[a-z]+-)?year-old)",
        # a tabloid's titles for a rider ("the Olympic mountain bike king", "the Yorkshire ace")
        r"the (?:[\w-]+ ){1,4}(?:king|queen|ace|prodigy|wonderkid|superstar)",
    ),
    nationalities={
        "belgian": "BEL", "dutch": "NED", "dutchman": "NED", "french": "FRA",
        "frenchman": "FRA", "italian": "ITA", "spanish": "ESP", "spaniard": "ESP",
        "british": "GBR", "briton": "GBR", "english": "GBR", "welsh": "GBR",
        "scottish": "GBR", "irish": "IRL", "american": "USA", "australian": "AUS",
        "danish": "DEN", "dane": "DEN", "norwegian": "NOR", "german": "GER",
        "swiss": "SUI", "slovenian": "SLO", "colombian": "COL", "austrian": "AUT",
        "canadian": "CAN", "portuguese": "POR", "polish": "POL", "luxembourger": "LUX",
        "eritrean": "ERI", "ecuadorian": "ECU", "mexican": "MEX", "kazakh": "KAZ",
        "czech": "CZE", "slovak": "SVK", "swedish": "SWE", "finnish": "FIN",
        "new zealander": "NZL", "south african": "RSA", "latvian": "LAT", "estonian": "EST",
        "russian": "RUS", "ukrainian": "UKR", "japanese": "JPN", "venezuelan": "VEN",
        "argentinian": "ARG", "hungarian": "HUN", "croatian": "CRO",
    },
    credit=(
        r"(?:writes|reports|wrote|reported) {j} (?:in|for|of) (?:his |her |their |the )?(?:{m} )?{o}",
        r"{j},? (?:reporting|writing) (?:in|for|on) (?:his |her |their |the )?{o}",
        r"(?:a |the )?report (?:by|from) {j},? (?:of|from|at|for) (?:the )?{o}",
        r"(?:a |the )?report (?:in|by|from) (?:the )?(?:{m} )?{o}",
        r"(?:sources? |insiders? )(?:[^,.;]{0,40} )?(?:told|have told|tell) (?:the )?(?:{m} )?{o}",
        r"(?:the )?(?:{m} )?{o} (?:can reveal|has been told|understands|is reporting)",
        r"(?:transfer |cycling )?(?:reporter|journalist|correspondent|columnist) {j},? (?:reports|reported|writes|wrote) (?:in|for|on) (?:the )?{o}",
        r"(?:transfer |cycling )?(?:reporter|journalist|correspondent|columnist) {j},? (?:says|said|reports|reported|writes|wrote|understands|claims)",
        r"according to (?:(?:transfer |cycling )?(?:reporter|journalist|correspondent) )?{j},? (?:of|from|at|for|writing (?:in|for)) (?:the )?{o}",
        r"{j}, (?:a |an |the )?(?:[\w-]+ )?(?:reporter|journalist|correspondent|writer|columnist|editor) (?:at|for|with|of) (?:the )?{o}",
        r"according to (?:the )?(?:{m} )?{o}",
        r"according to (?:(?:transfer |cycling )?(?:reporter|journalist|correspondent) )?{j}",
        r"{o}(?:'s)? (?:(?:reporter|journalist|correspondent) )?{j},? (?:has |who )?(?:first )?(?:reports?|reported|wrote|writes|revealed|claims)",
        r"{j},? (?:of|from|at) (?:the )?{o},? (?:has |had |who )?(?:first )?(?:reports?|reported|wrote|writes|revealed)",
        r"(?:the )?(?:{m} )?{o},? (?:[^,.;]{3,40}, )?(?:has |have |had )?(?:first |exclusively )?(?:reports?|reported|revealed|writes|wrote|says|claims|understands|learned|learnt)",
        r"{j} (?:has |had )?(?:first )?(?:reported|reports|wrote|writes|revealed)",
        r"(?:first )?(?:reported|revealed|broken|carried) by (?:the )?(?:{m} )?{o}",
        r"(?:told|speaking to|in an interview with) {o}",
        r"(?:(?<=[,(\-] )|(?<=^))per (?:the )?(?:{m} )?{o}", r"(?:as )?(?:reported|revealed|first reported) by (?:the )?(?:{m} )?{o}",
        r"(?:reports|writes|claims|understands) (?:the )?(?:{m} )?{o}", r"via (?:the )?(?:{m} )?{o}",
        r"(?:the )?(?:{m} )?{o} (?:has|have) learned",
        r"confirmed in (?:the )?(?:{m} )?{o}",  # a party confirms in a paper: the paper is the source
    ),
    broke=(
        r"first to report", r"(?:was|were) first", r"broke the (?:news|story)", r"exclusive(?:ly)?",
        r"scoop", r"first reported",
    ),
    media_nouns=(
        r"(?:\w+ )?(?:newspaper|paper|daily|outlet|website|site|magazine|broadcaster|publication|podcast|newsletter|sports daily)",
    ),
    cap_stop=(
        "transfer", "transfers",
        "whom", "whose", "which",
        "reporter", "journalist", "correspondent", "columnist", "editor", "writer",
        "the", "a", "an", "he", "she", "his", "her", "it", "its", "in", "on", "at", "for", "from",
        "to", "with", "by", "of", "and", "but", "or", "as", "after", "before", "according", "while",
        "when", "if", "yes", "no", "so", "this", "that", "these", "those", "there", "here", "what",
        "who", "why", "how", "where", "which", "was", "is", "are", "will", "would",
        "could", "should", "might", "also", "however", "meanwhile", "still", "both", "all", "not",
        "nothing", "neither", "under", "over", "about", "among", "despite", "since",
        "until", "then", "now", "last", "next", "new", "one", "two", "three", "mr", "mrs", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "press", "release", "live", "interview", "related", "notes", "staying",
        "big", "photo", "image", "read", "more", "sign", "get", "transfer", "transfers", "breaking",
        "update", "exclusive", "official", "good", "that's", "we", "you", "they", "our", "their",
        "i", "former", "olympic", "world", "other", "some", "several", "many", "most", "few",
        "european", "national", "road", "time", "trial", "performance", "manager",
        "director", "boss", "owner", "coach", "rider",
    ),
    furniture=(
        r"sign up", r"subscribe\w*", r"newsletter", r"cookies?", r"all rights reserved",
        r"\((?:image|photo) credit", r"getty images",
        r"is a (?:senior |staff )?(?:news )?(?:writer|editor|reporter|journalist)", r"log ?in",
        r"free trial",
    ),
    furniture_lead=(
        r"(?:related|read also|see also|also read)\s*:",
        r"advertisement", r"follow us", r"share (?:this|on|via)", r"(?:watch|listen):",
        r"(?:\[?(?:image|photo|picture|credit)s?\b)", r"about the author", r"read more", r"sign up\b",
        r"more on this", r"more from", r"recommended", r"you may also like", r"most popular",
        r"(?:► |▶ |>> )",
        # a cookie notice, whatever its sentences
        r"(?:we|this (?:site|website)) uses? cookies", r"accept (?:all )?cookies",
        r"(?:facebook|twitter|whatsapp|email|linkedin|reddit)(?:[ |,/]+\w+)*$",
    ),
    teaser_heads=(
        r"most (?:read|popular|viewed|shared):?", r"trending(?: now)?:?",
        r"related(?: (?:articles?|stories|news|content))?:?", r"more on this:?",
        r"read (?:more|next):?", r"see also:?", r"you may also like:?",
        r"about the (?:authors?|writer):?",
    ),
    from_labels=(r"origin", r"from", r"old team", r"previous team", r"leaves", r"former team", r"current team"),
    career_long=(r"(?:until|till) (?:he|she) retires", r"for the rest of (?:his|her) career", r"until the end of (?:his|her) career"),
    offer_declined=(r"(?:despite|in spite of) (?:the|an?|his|her) (?:offer|proposal) (?:of|for) (?:a )?(?:new contract|new deal|renewal|an extension|extension)", r"(?:turned|turning|turns) down (?:the|an?|his|her) (?:offer of (?:a )?)?(?:new contract|renewal|extension)", r"(?:declined|declines|rejected|rejects) (?:the|an?) (?:offer of (?:a )?)?(?:new contract|renewal|extension)"),
    intake=(r"recruitment", r"(?:new|latest) (?:arrivals?|signings?|recruits?)", r"intake", r"newcomers"),
    leave_words=(r"leav(?:e|es|ing)", r"left", r"quit(?:s|ting)?", r"depart(?:s|ed|ing|ure)?", r"exit"),
    setting=(r"at", r"over at", r"within"),
    # a transfer's idiom, not a race's ("brought X with him to the line")
    judges=(r"what (?:he|she|they) (?:has |have |had )?(?:call(?:s|ed)?|describ(?:es|ed) as|term(?:s|ed)?)(?: his| her| their)?", r"(?:call(?:s|ed)?|describ(?:es|ed)|hail(?:s|ed)|welcom(?:es|ed)|prais(?:es|ed)|celebrat(?:es|ed)|term(?:s|ed)|label(?:s|led|ed)?) (?:the|this|that)(?: new| latest| contract)?",),
    farewell=(r"colou?rs for the (?:last|final) time", r"one (?:last|final) time", r"(?:jersey|kit) for the (?:last|final) time", r"(?:jersey|kit|colou?rs) (?:for )?one (?:last|final) time", r"for the (?:last|final) time"),
    away=(r"break from (?:cycling|racing|the sport|the bike)", r"career break", r"(?:month|year|season)s?[ -](?:long )?break", r"without a team", r"(?:a|one|the) (?:year|season) out", r"step(?:s|ped|ping)? away", r"step(?:s|ped|ping)? off the bike", r"(?:time|months|a year|years) away from", r"hiatus", r"sabbatical", r"retire(?:d|ment)", r"(?:stopped|quit) racing"),
    returns=(r"return(?:s|ed|ing)? to (?:racing|competition)",),
    returns_for=(r"with", r"for"),
    new_deal=(r"(?:the|his|her) new (?:agreement|deal|contract)",),
    race_on=(r"(?:will )?race on (?:through|into|in)",),
    last_race_for=(r"(?:rode|raced|has ridden|has raced) (?:his|her|their) (?:very )?(?:last|final) race (?:for|with)(?![^.;:]{0,60}? (?:before|ahead of) (?:joining|moving|switching|signing|his move|her move))",
                   r"(?:his|her|their) (?:final|last) (?:season|year) (?:with|at|for)(?! (?:the|a) (?:team|squad|sport|pros?|professionals?)\b)"),
    rumour_over=(r"(?:ending|ended|ends|end to|an end to) (?:(?:weeks|months|days|years) of )?(?:the |all )?(?:speculation|rumou?rs?|gossip)",),
    race_on_with=(r"(?:race|ride)s? on (?:with|at)",),
    # "..., a move already announced": the move recalls earlier news
    announced_in=(r"as (?:he|she|they|the team) (?:had |has )?(?:already )?(?:announced|confirmed|revealed) (?:it )?(?:back )?in {m}", r"(?:has|had|have) already been (?:officially )?(?:announced|confirmed|made official|unveiled)", r"(?:was|were|had been) (?:officially )?(?:announced|confirmed|made official) (?:back )?(?:in|on \d+) {m}", r"(?:was|were|had been) (?:officially )?(?:announced|confirmed|made official) (?:back )?(?:on )?{m}", r"(?:was|were|had been) (?:officially )?(?:announced|confirmed|made official) last month", r"(?:has|had|have) already (?:officially )?(?:announced|confirmed|made official|unveiled)", r"(?:a|the) (?:move|transfer|switch|signing|deal) (?:already|previously|officially) (?:announced|confirmed|made official)", r"as (?:already|previously) (?:announced|confirmed)", r"announced (?:his|her|their) (?:retirement|decision to retire|plan to retire|intention to retire) (?:back )?(?:in|on \d+) {m}", r"as (?:he|she|they) (?:had )?announced (?:back )?in {m}",),
    among=(r"among (?:the )?(?:riders|names|targets|candidates|options|men|women)(?: that| whom| who)?",),
    hearsay=(r"(?:is|are|was|were) (?:said|thought|believed|rumou?red) to",),
    confirms=(r"\s*(?:has |have |had )?confirm(?:s|ed)",),
    announcement=(r"announc(?:e|es|ed|ing|ement)", r"press release", r"official statement"),
    man_of=(r"(?:lead-?out man|last man|lieutenant|domestique|right-hand man|road captain|team-?mate|super-domestique)s? (?:of|for)",),
    brings_along=(r"(?:bring|brings|brought|bringing)(?= [^.;:]{1,60}? with (?:him|her)\b(?! to the (?:line|finish|front|top|summit)))",),
    other_party=(r"with", r"against", r"under", r"towards", r"alongside", r"by"),
    retired_past=(r"retired", r"hung up (?:his|her) (?:bike|wheels)", r"(?:called|brought) (?:time|an end) (?:on|to) (?:his|her) career", r"ended (?:his|her) career", r"(?:has|had) (?:already )?stopped racing"),
    according_to=(r"according to", r"as confirmed by"),
    last_race_past=(r"(?:after|since) (?:his|her) (?:last|final) race", r"(?:his|her) (?:last|final) race was"),
    colleague_of=(r"work(?:s|ing|ed)? (?:alongside|with|under)", r"alongside", r"together with", r"assisted by", r"assisting"),
    one_more=(r"(?:[\w.-]+ ){0,2}[\w.-]+'s? (?:second|third|fourth|fifth|sixth) (?:signing|arrival|recruit|new face)(?: of the day)?", r"(?:signing|arrival|recruit) (?:number|no\.?) (?:two|three|four|five|six|\d)", r"(?:and )?(?:a|the) (?:second|third|fourth|fifth|sixth)(?: one| signing| arrival| recruit| new face)?(?: for [^.;:]{1,40}?)?", r"(?:and )?(?:yet )?another(?: one| signing| arrival| recruit| new face)? for [^.;:]{1,40}?", r"(?:and )?(?:yet )?another(?: one| signing| arrival| recruit| new face)?", r"(?:and )?one more(?: for [^.;:]{1,40}?)?"),
    tipped=(r"(?:is|are|remains?|looks?|seems?) (?:like )?(?:the )?(?:most |more |very )?(?:likely|probable|obvious|favourite|favorite) (?:landing spot|destination|next team|new home)",),
    names_rider=(r"(?:has |have )?(?:confirm(?:s|ed)?|announce[sd]?|unveil(?:s|ed)?|officiali[sz]e[sd]?)",),
    contract_words=(r"contracts?", r"deals?", r"renew\w*", r"re-?sign\w*"),
    team_headers=(r"team", r"current team", r"team 20\d\d"),
    retire_heads=(r"retirements?", r"farewells?", r"calling it a day", r"hanging up (?:their|the) wheels"),
    stay_labels=(r"staying(?: put| on)?", r"stays", r"stay", r"remaining", r"unchanged", r"still under contract", r"who stays", r"who stay"),
    note_headers=(r"status", r"move", r"news", r"situation", r"what next", r"note"),
    joins_with=(r"with",),
    to_labels=(r"destination", r"to", r"new team", r"joins", r"joining", r"destination"),
    in_labels=(
        r"new signings", r"arriving",r"in", r"arrivals?", r"incoming", r"signings", r"new riders", r"ins", r"who(?:'s| is) (?:in|coming)", r"coming in",
        # "Its main arrivals:" a bulleted round-up's label with a possessive and a qualifier
        r"(?:its|their|the) (?:main |key |big |major |new )?(?:arrivals|signings|newcomers)"),
    renew_labels=(r"extended", r"extensions?", r"renewals?", r"renewed", r"new contracts?",),
    out_labels=(
        r"departing", r"exits",r"out", r"departures?", r"outgoing", r"leaving", r"outs", r"who(?:'s| is) (?:out|leaving|going)", r"going out"),
    person_headers=(r"rider", r"name", r"riders", r"who", r"person"),
    retire_labels=(
        r"hangs up (?:his|her) wheels", r"calls it a day",
        r"last season", r"final season",r"retir(?:ing|es|ed|ement)", r"ends career", r"stops?", r"stopped"),
    injury=(r"accidents?",
        r"injur(?:y|ies|ed)", r"crash(?:es|ed)?", r"illness", r"burn-?out", r"recover(?:y|ing)?", r"surgery", r"operation", r"fracture[sd]?",
        r"broken", r"concussion", r"covid", r"knee", r"collarbone", r"setback", r"falls?",
    ),
    speech=(
        r"(?:has |had )?(?:said|told \w+|announced|explained|wrote|added|insisted|declared|revealed|confirmed|admitted|stated)",
        r"says", r"announces", r"explains", r"confirms", r"insists", r"writes", r"claims",
    ),
    that=(r"that",),
    conditional=(r"would",),
    contract_headers=(r"(?:signed|contract(?:ed)?|deal|runs?) (?:until|to|through|till)", r"until", r"through", r"contract(?: end| ends| length)?", r"deal", r"expires?"),
    second_person=(r"you", r"your", r"you're", r"you'll", r"you've"),
    journalists=(r"(?:transfer |cycling |senior |chief )?(?:reporter|journalist|correspondent|columnist|editor|writer|pundit|commentator|insider)s?",),
    new_contract=(r"(?:has |have |had )?(?:signed|agreed|extended|renewed|re-signed)", r"signs", r"agrees", r"extends", r"renews", r"extension", r"new (?:deal|contract)", r"now"),
    contrast=(r",? and that", r", (?:while|whereas|whilst)", r", (?:even though|although|even if|even without|though)",),
    team_of=(r"(?:the )?(?:team|squad|outfit|formation) of", r"(?:the )?(?:team|squad) run by", r"(?:the )?(?:team|squad) led by"),
    old_expiry=(
        r"(?:was|had been) (?:contracted|under contract|signed) (?:until|through|to the end of) {y}",
        r"(?:had|already had) (?:a )?(?:deal|contract) (?:until|through|to the end of) {y}",
        r"(?:previous|old|current|existing|present|original) (?:deal|contract) (?:was due to |had been due to |would have |was set to )?(?:run|ran|runs|expire[sd]?|expiring|end(?:ed|s)?|ran out|run out|runs out) (?:out )?(?:until |in |at the end of |through )?{y}",
        r"(?:deal|contract) (?:that|which) (?:was due to |would have |had been due to )?(?:expire[sd]?|ran out|run out|end(?:ed)?) (?:in |at the end of )?{y}",
    ),
    same_team=(r"there", r"at the (?:team|squad|club)", r"with the (?:team|squad)", r"in the same team", r"(?:its|their|the team's)(?= [a-z])"),
    deal_state=(r"(?:has|have|had) agreed", r"reached an agreement", r"agreed terms"),
    # "again for X" races again at a team (a former one), no return from retirement
    racing_again=(r"(?:race|races|racing|compete|competes|competing) again(?! (?:for|with) )",),
    racing_again_for=(r"(?:race|races|racing|compete|competes|competing) again (?:for|with)",),
)
# fmt: on
