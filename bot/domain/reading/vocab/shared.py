"""Words every language shares: name particles, event names, team words, sibling words.

Plain data, used by the mention finder whatever the article's language.
"""

from bot.domain.names import JOINING_PARTICLES

# Lowercase words that stay inside a name or a team name between capitalised words (the one
# list, beside the name rules).
PARTICLES = JOINING_PARTICLES
JOINERS = frozenset({"|", "&", "/", "//"})

# A capitalised run starting with one of these names a race or an event, not a person or team.
EVENT_WORDS = frozenset(
    {"tour", "giro", "vuelta", "grand", "clasica", "classica", "criterium", "ronde", "omloop",
     "strade", "milano", "fleche", "amstel", "volta", "itzulia", "championships", "championship",
     "olympic", "olympics", "world", "worlds", "european", "paris", "liege", "gent", "gand",
     "tirreno", "dauphine", "romandie", "lombardia", "lombardy", "scheldeprijs", "cadel",
     "festival", "coppa", "veneto", "trofeo", "gp", "prix", "wollongong", "zurich", "tokyo",
     "rome", "brest", "tenerife", "messina", "switzerland", "suisse", "catalunya", "andalucia",
     "britain", "yorkshire", "flanders", "vlaanderen", "drenthe", "hageland", "almeria"}
)  # fmt: skip

# A season's results counted before "this year" ("won 23 races this year", "zes zeges dit
# jaar"): the year dates the results, not a move.
RESULT_WORDS = frozenset(
    {"races", "wins", "victories", "stages", "titles", "koersen", "overwinningen", "zeges",
     "ritten", "courses", "victoires", "etapes", "titres", "corse", "vittorie", "tappe",
     "titoli", "carreras", "victorias", "etapas", "titulos"}
)  # fmt: skip

# Words that name a kind of race anywhere in a run ("Sei Giorni di Gand", "Six Days of Ghent",
# "Zesdaagse van Gent"): an event, never a new team or person.
EVENT_NOUNS = frozenset(
    {"giorni", "jours", "days", "dias", "zesdaagse", "sixdays", "classic", "classique", "classica",
     "clasica", "klassieker", "kermesse", "criterium", "trophy", "trophee", "memorial", "gran",
     "premio", "grote", "prijs", "cup", "coupe", "copa",
     # titles and records: "Campionati del Mondo", "the former Hour Record holder"
     "record", "campionati", "campionato", "campeonato", "campeonatos", "championnat",
     "championnats", "kampioenschap", "kampioenschappen", "mondiali"}
)  # fmt: skip

# Words that make a capitalised run a team's name rather than a person's.
TEAM_WORDS = frozenset(
    {"team", "cycling", "racing", "pro", "procycling", "academy", "development", "continental",
     "women", "ladies", "squad", "club", "equipe", "equipo", "squadra", "ploeg", "devo", "u23",
     "rockets", "bikes", "bike", "rouleurs", "sport", "sports", "energie", "hotels", "cyclisme",
     "ciclismo", "wielerteam", "wielerploeg"}
)  # fmt: skip

# Words that describe a team between a cue and its name: "for Swiss ProTeam Q36.5", "bij de
# Belgische ploeg Soudal", "chez la formation bretonne Arkéa". Nationality words are added.
TEAM_EPITHETS = frozenset(
    {"proteam", "pro-team", "worldteam", "world-team", "worldtour", "continental", "team", "squad",
     "outfit", "formation", "formatie", "ploeg", "equipe", "squadra", "formazione", "equipo",
     "conjunto", "escuadra", "structure", "stable", "wielerploeg", "women's", "development",
     "devo", "new", "nieuwe", "nouvelle", "nuova", "nuevo", "top", "topploeg", "bretonne",
     "breton", "basque", "vasco", "navarro", "kazakh", "kazakhe", "emirati", "emiratie",
     # the division a team races in ("for the second-division X")
     "second-division", "second-tier", "third-division", "third-tier", "first-division",
     "top-tier", "top-flight", "lower-tier", "wildcard", "wild-card"}
)  # fmt: skip

# "His brother Ion": a given name that borrows the surname of the person just named.
SIBLINGS = frozenset(
    {"brother", "sister", "twin", "broer", "zus", "tweelingbroer", "frere", "soeur", "jumeau",
     "fratello", "sorella", "gemello", "hermano", "hermana", "gemelo"}
)  # fmt: skip

# Short forms of given names: "Zak" for "Zakkari", "Lizzie" for "Elizabeth".
DIMINUTIVES = {
    "lizzie": ("elizabeth",), "liz": ("elizabeth",), "beth": ("elizabeth",), "zak": ("zakkari", "zachary"),
    "tom": ("thomas",), "ben": ("benjamin",), "dan": ("daniel",), "mike": ("michael",),
    "alex": ("alexander", "alexandre", "alejandro", "alexis", "alessandro", "alexey"),
    "chris": ("christopher", "christian", "christophe"), "matt": ("matthew", "matthias"),
    "sam": ("samuel",), "nick": ("nicholas", "nicolas"), "rob": ("robert",), "jim": ("james",),
    "joe": ("joseph",), "kasia": ("katarzyna",), "mavi": ("maria victoria",), "nico": ("nicolas", "nicola"),
    "jan": ("johannes",), "wout": ("wouter",), "kate": ("katherine", "kathryn"),
    # English
    "steve": ("stephen", "steven", "stefan"), "stevie": ("stephen", "steven"),
    "steph": ("stephen", "stephanie"), "andy": ("andrew", "andreas", "andre"),
    "tony": ("anthony", "antonio", "anton"), "greg": ("gregory", "gregor", "gregorio"),
    "fred": ("frederik", "frederick", "frederic"), "freddy": ("frederik", "frederick"),
    "rick": ("richard", "ricardo"), "bob": ("robert",), "bobby": ("robert",),
    "ed": ("edward", "eduardo", "edoardo"), "eddie": ("edward",), "ted": ("edward",),
    "pat": ("patrick",), "charlie": ("charles", "charlotte"),
    # Italian
    "pippo": ("filippo",), "beppe": ("giuseppe",), "peppe": ("giuseppe",), "gigi": ("luigi",),
    "sandro": ("alessandro",),
    # Spanish
    "pepe": ("jose",), "paco": ("francisco",), "fran": ("francisco",), "nacho": ("ignacio",),
    "chema": ("jose maria",), "quique": ("enrique",), "javi": ("javier",), "dani": ("daniel",),
    "lucho": ("luis",),
    # French
    "manu": ("emmanuel",), "seb": ("sebastien",), "fredo": ("frederic",),
    # Dutch
    "bram": ("abraham",), "dries": ("andries", "adriaan"), "koen": ("koenraad",),
    "joop": ("johannes",), "hans": ("johannes",), "kees": ("cornelis",), "wim": ("willem",),
    "bas": ("sebastiaan", "bastiaan"), "ruud": ("rudolf",), "jos": ("josef", "jozef"),
}  # fmt: skip

# A capitalised run holding one of these is an outlet's name, not a journalist's ("Radio Pedal").
MEDIA_WORDS = frozenset(
    {"radio", "tv", "televisie", "television", "tele", "sport", "sports", "sportwereld", "news",
     "nieuws", "daily", "post", "times", "journal", "gazette", "gazzetta", "tribune", "herald",
     "magazine", "cycling", "velo", "wieler", "ciclismo", "cyclisme", "radsport", "krant",
     "dagblad", "mundo", "diario", "corriere", "equipe", "weekly", "today", "live", "press",
     "courant", "nieuwsblad", "telegraaf", "podcast", "media", "digest", "review", "bulletin"}
)  # fmt: skip
