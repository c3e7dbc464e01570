"""French: the words for moves, their status, time and source (data only)."""

from bot.domain.reading.records import TriggerClass as T
from bot.domain.reading.vocab import Vocabulary

# fmt: off
_ROLES = (
    r"directeurs? sportifs?", r"directrices? sportives?", r"entraineurs?", r"entraineuses?", r"manager", r"directeur general", r"directeur de la performance",
    r"directeur technique", r"conseiller technique", r"consultant technique", r"team manager", r"ds",
    r"responsable (?:de la |du )?(?:performance|sportif)", r"preparateur", r"patron de l'equipe",
    # "la direction (néerlandaise) avait prolongé X": the team's leaders, not a rider
    # ("direction X" and "prend la direction de X" head for a team)
    r"(?<=la )(?<!prend la )(?<!prendra la )(?<!pris la )direction(?! de (?:la|l')? ?course)",
)
# fmt: on

# When a move starts, said between its verb and its team ("courra dès 2025 chez X", "rejoindra
# l'an prochain X"): the verb's words run over it to the team.
_WHEN = (
    r"(?:a partir de (?:20\d\d|la saison prochaine|l'an prochain)|des (?:20\d\d|la saison prochaine)"
    r"|en 20\d\d|l'an prochain|l'annee prochaine|la saison prochaine)"
)

# fmt: off
VOCAB = Vocabulary(
    code="fr",
    function_words=(
        "de", "mais", "sans", "entre", "vers", "dont",
        "le", "la", "les", "des", "du", "un", "une", "et", "est", "pour", "avec", "dans",
        "sur", "qui", "que", "il", "elle", "son", "sa", "ses", "au", "aux", "chez", "saison",
        "equipe", "coureur", "selon", "pas", "ne", "a", "en", "ce", "cette", "depuis",
        "d'", "qu'", "n'", "l'", "contre",
    ),
    triggers={
        T.MOVE: (
            # "X est confirmé chez Y": a live blog's word for an announced signing
            r"est (?:desormais )?(?:officiellement )?confirme(?:e)? chez(?= [^.;:,]{1,40}?(?:[.;]|$))",
            # "X chez Y, c'est fait": un transfert nommé comme un titre, puis dit conclu
            r"chez(?= [^.;:]{1,50}? c'est (?:fait|officiel|signe|acte)\b)",
            # "said yes to X": the team chosen
            r"(?:a dit|dit) oui (?:a|au)",
            # "will be a rider of X": a future team
            r"sera (?:un |une )?(?:nouveau |nouvelle )?(?:coureur|coureuse) (?:de|d'|du|chez)",
            # "is a new rider of X": the team the person now rides for
            r"(?:est|devient) (?:un |une |le |la )?(?:nouveau coureur|nouvelle coureuse|nouvelle recrue) (?:de|d'|du|chez)",
            r"(?:prend|prendra|prendre|prendrait|prennent) la direction (?:de|du|d')",
            r"en pourparlers avec", r"(?:en )?(?:discussions?|negociations?) (?:avancees? )?avec", r"(?:en |tout |des |de )contacts? avec", r"(?:n')?ir(?:a|ait|ont) (?:pas )?(?:chez|a|au)", r"(?:a ete|ont ete|est|sont|sera|seront) (?:recrutee?s?|engagee?s?|enrolee?s?|attiree?s?|signee?s?) par", r"troque [^.;:]{1,40}? contre", r"(?:a |ont )?choisi", r"choisit", r"(?:a )?opte pour", r"rejoindront", r"ont rejoint", r"porteront (?:des |dès )?[^.;:]{0,40}?(?:le maillot|les couleurs)", r"courront (?:pour|chez|avec)", r"signent (?:chez|avec|pour|a)", r"s'engagent", r"ont signe", r"(?:est|serait|etait) (?:annoncee?|pressentie?|citee?|attendue?|envoyee?) (?:chez|a|au|du cote de)", r"en discussions? avec", r"negocie avec", r"en negociation avec",
            r"dans le viseur d'", r"dans le viseur de", r"courtise(?:e)? par", r"pist(?:e|es) menant (?:a|chez)",
            r"rejoin(?:t|dra|dre|drait|draient)", r"a rejoint", r"courrait (?:pour|chez|avec)", r"rejoign(?:e|ez|es|ons|ent)",
            r"(?:signez|signes|courrez|courras) (?:chez|avec|pour)", r"(?:je signe|je signerai|je courrai|je pars) (?:chez|avec|pour)(?! (?:elle|lui|moi|toi)\b)", r"je rejoins",
            r"s'engag(?:e|er|era|erait|eait)", r"s'est engage(?:e)?",
            r"sign(?:e|er|era|erait) (?:chez|avec|pour|a)", r"s'est engagee? (?:[^.;:]{0,30}? )?(?:avec|chez|pour)", r"a signe", r"aurai(?:t|ent) (?:deja )?signe", r"(?:a|aurait) paraphe", r"j'ai signe", r"quitt(?:e|era|ent|er)", r"a quitte",
            r"portera (?:des |dès )?[^.;:]{0,40}?(?:le maillot|les couleurs)",
            r"courra (?:de nouveau |a nouveau |encore )?(?:pour|chez|avec)(?! (?:elle|lui|moi|toi)\b)", r"(?:courra|passera|signera|filera) " + _WHEN + r" (?:pour|chez|avec|a|au)", r"rejoin(?:dra|drait|draient) " + _WHEN, r"file (?:chez|a)", r"passe (?:chez|a)", r"rallie",
            r"(?:part|partira|partent|partiront) (?:chez|pour|vers)", r"s'en va (?:chez|a)",
            r"(?:je vais|j'irai|ira|irait|va) (?:chez|rejoindre)",
            r"debarque (?:chez|a)", r"en provenance de",
            r"en provenance d'", r"transfert (?:vers|a|chez)",
            r"(?:son|un) depart (?:vers|pour|de)", r"change(?:ra)? d'equipe",
            r"vers", r"s'est mis d'accord", r"a trouve un accord", r"trouve un accord",
            r"libere(?:e)? de son contrat",
            # "X mira al Lidl-Trek", "X eyes Y": a team looked at, a move talked of
            r"lorgne (?:vers|du cote de|sur)",
            r"quitterai(?:t|ent)",
            # riding "the next two seasons (until 2025)" for a team: a move, the span its length
            r"courra (?:les|ses) (?:\w+ )?prochaines (?:\w+ )?(?:saisons|annees)[^.;:]{0,25}? (?:chez|pour|avec|sous les couleurs)",
        ),
        T.SIGNING: (
            # "the renewal of X": the person after a renewal's noun renews
            r"la prolongation (?:de contrat )?(?:de|d')",
            r"courtis(?:e|ent|ait|aient)",
            r"(?:point de chute|destination) (?:possible|potentiel(?:le)?|probable) (?:pour|de)", r"(?:possible|potentiel(?:le)?|probable) (?:point de chute|destination) (?:pour|de)",
            r"(?:a|ont) (?:nomme|designe|engage)", r"(?<!s')(?<!l')nomme",
            r"(?:l')?arrivee de", r"le retour de", r"le retour d'", r"(?:l')?arrivee d'", r"recrute(?:ment)?", r"enrole",
            r"enroler", r"accueille", r"s'offre", r"attire", r"nouvelle recrue", r"recrues?",
            r"officialise(?:r)? (?:l'arrivee|la venue|le recrutement)", r"la venue de",
            r"la venue d'", r"engage",
            r"(?:a fait|fait|ferait) une offre (?:pour|a)", r"s'interesse(?:rait)? (?:a|au)",
            # "signs, accompanied by his compatriot Y": Y joins too
            r"accompagne(?:e)? (?:de|par) (?:son|sa) (?:compatriote|coequipier|coequipiere)",
        ),
        T.EXTEND: (
            # a team keeping its rider to a year ("blinda a X hasta 2027"), a tie lengthened
            r"conserv(?:e|era)(?= [^.;:,]{1,40}? jusqu'en)",
            r"reste(?:ra)? fidele a [^.;:]{1,40}? jusqu", r"(?:signe|a signe|paraphe|a paraphe) (?:un )?nouveau contrat", r"prolong(?:e|era|ent|ation|e son contrat)", r"a prolonge",
            r"renouvel(?:le|lement|e)", r"resign(?:e|ent)",
            r"prolong(?:er|eront|erait)", r"renouvel(?:er|lera)",
            r"rempile", r"reste(?:ra)? (?:chez|a|avec) [^.;:,]{1,40}? jusqu(?!'a la fin de (?:la|cette) saison|'au terme de (?:la|cette) saison)",
            r"nouveau contrat jusqu",
        ),
        T.RETIRE: (
            r"courra jusqu'(?:a la fin de|en) [^.;:]{0,20}?(?:puis|avant de)", r"prend(?:ra)? sa retraite", r"prendront leur retraite", r"prendre sa retraite",
            r"retraite", r"raccroch(?:e|era|er|ent)",
            r"met(?:tre|tra|tent|tront)? (?:pas )?(?:un )?terme a (?:sa|leur|leurs) carrieres?", r"met(?:tre|tra|tent|tront)? (?:pas )?fin a (?:sa|leur|leurs) carrieres?", r"(?:a|ont) mis (?:un )?terme a (?:sa|leur|leurs) carrieres?",
            r"(?:sa )?(?:derniere|ultime) saison", r"sa derniere course(?! avec| chez| sous| pour)",
            r"tir(?:e|era|erait|ait) sa reverence", r"arret(?:e|era|erait|er|erai) (?:pas )?(?:sa carriere|ma carriere|le velo|la competition)", r"(?:je prends|je prendrai) (?:pas )?ma retraite",
            r"(?:fait|fera|ferait|a fait) ses adieux", r"dir(?:a|ait)? adieu (?:au peloton|au cyclisme|a la competition)",
            r"(?:clot|clos|a clos|boucle|a boucle|cloture|a cloture) sa carriere",
            r"fin de (?:sa )?carriere", r"range(?:ra)? (?:le|son) velo", r"(?:leur|sa) derniere (?:annee|saison) (?:chez les|en tant que|comme) (?:pros?|professionnel(?:le)?s?)",
            # "a annoncé qu'il mettrait un terme à sa carrière": the future told in the past
            r"mettrai(?:t|ent) (?:un )?(?:terme|fin) a (?:sa|leur|leurs) carrieres?",
            # "la saison 2023 sera sa dernière": the season as the subject
            r"(?:la )?saison(?: 20\d\d)? (?:sera|serait|est) (?:sa|la) derniere",
            # "la dernière course de sa carrière": the career's end told by its last race
            r"(?:derniere|ultime) course de (?:sa|leur) carriere",
        ),
        T.POSTPONE: (
            r"repousse(?:r)? sa retraite", r"report(?:e|er) sa retraite",
            r"retraite (?:repoussee|reportee)",
            r"ne (?:prendra|raccrochera) pas (?:encore )?sa retraite", r"une saison de plus",
            r"encore une saison(?! et demie)", r"revient sur sa decision d'arreter",
            r"prolonge(?:r|ra|ait)? sa carriere", r"retarde(?:r|ra)? (?:sa retraite|l'heure de la retraite)",
            r"repousse(?:r|ra)? (?:encore )?(?:sa retraite|l'heure de la retraite|ses adieux)",
            r"n'arretera pas (?:encore )?sa carriere", r"ne raccroche(?:ra)? pas (?:encore|tout de suite)",
            r"continue(?:ra)? (?:a courir|sa carriere) (?:en|jusqu|une saison)",
        ),
        T.COMEBACK: (
            r"come-?back", r"(?:epingle|epinglera|accroche|accrochera|remet|remettra) (?:a nouveau |de nouveau )?un dossard", r"retour a la competition", r"fait son retour", r"fera son retour",
            r"reprend(?:ra)? la competition", r"sort(?:ira)? de sa retraite",
            r"revient (?:dans le peloton|a la competition)", r"retour(?:ne)? dans le peloton",
            r"apres une (?:annee|saison) (?:entiere )?sans (?:courir|competition)",  # a year out
        ),
        T.STAFF: (
            r"(?:rejoin(?:t|dra)|integre(?:ra)?|entre(?:ra)? dans) (?:l'encadrement|le staff|l'equipe technique|le staff technique)", r"(?:devient|deviendra|nouveau|nomme|sera) (?:le |son |un |nouveau )*(?:"
            + "|".join(_ROLES)
            + ")",
            r"passe (?:dans|en) (?:la )?voiture", r"troque (?:le|son) velo",
            # "poursuivra avec l'équipe en tant que directeur sportif": stays on in a role
            r"(?:poursuivra|poursuit|continuera|continue) (?:[^.;:]{0,40}? )?(?:comme|en tant que) (?:le |un |une |la |nouveau |nouvelle )*(?:"
            + "|".join(_ROLES)
            + ")",
        ),
        T.DENY: (
            # brushing a rumour aside: a denial
            r"(?:a |avait )?balaye (?:d'un revers de (?:la )?main )?(?:les |ces |toutes les )?(?:rumeurs|informations|speculations|suggestions)",
            r"ne compte pas (?:arreter|prendre sa retraite|raccrocher)", r"(?:n'a|n'ont|n'avait) aucune intention de (?:prendre sa retraite|s'arreter|arreter|raccrocher)", r"dement(?:i|ir|it|ie|ies|ent)?",
            r"exclu(?:t|re)? (?:un|tout|une) (?:retour|depart|transfert)", r"ferme la porte",
            r"aucun (?:contact|accord)", r"pas de (?:retour|transfert|depart)",
            r"ne reviendra pas", r"n'ira pas", r"ne quittera pas", r"infirme",
            r"(?:c'est |totalement |completement )?(?:faux|fausse|une fausse information|n'importe quoi)",
            r"ne pense pas (?:encore )?a (?:la retraite|arreter|raccrocher|prendre sa retraite)",
        ),
        T.STAY: (
            r"reste(?:ra)? (?:chez|a|au|fidele|dans)", r"je reste (?:chez|a|au|dans|ici)", r"restera",
            r"demeure", r"prolonge l'aventure",
            # "il a un contrat jusqu'en 2026 et il courra pour nous": the team that has him keeps him
            r"a (?:encore )?un contrat (?:avec nous )?jusqu[^.;:]{0,50}?(?:courra|roulera|court|roule|sera) (?:pour|avec|chez) nous",
        ),
        T.SAME: (
            r"le meme choix", r"la meme decision",r"le meme chemin", r"la meme destination", r"suit (?:le|la) meme",
            # "suivront le Slovaque dans l'équipe française", "le suivra chez X" (a team's
            # words after it: "suivra Pogacar dans la descente" is a race)
            r"(?:(?:le|la|les|l') ?)?(?:suivr(?:a|ont|ait|aient)|suivent)(?: [\w'-]+){0,3}? (?:chez|dans (?:l'equipe|la formation|sa nouvelle equipe|son (?:nouveau )?club))"),
    },
    narrative=(
        r"arrive(?:e)? (?:de|du|d\')", r"avait rallie", r"etait arrive(?:e)?",
        r"avait prolonge", r"prolongea", r"avait rejoint",
        r"avait rejoint", r"rejoignit", r"etait passe", r"courut", r"avait quitte", r"avait signe",
    ),
    background=(
        r"(?:entame|entamait|commence|commencait|aborde|attaque)(?: (?:sa|la|son))?",
        # an imperfect or pluperfect passive ("était courtisé par X"): told before the news
        r"(?:etait|avait ete)(?: pourtant| deja| aussi| longtemps| egalement)?",
        r"apres(?: avoir)?", r"depuis", r"avant de", r"ancien", r"autrefois", r"auparavant", r"precedemment", r"(?:a|avait) failli", r"presque(?! certainement| surement)", r"(?:militait|milite|poussait|pousse|plaidait|plaide) pour(?: (?:une|un|la|le))?(?: [\w-]+)?"),
    negation=(r"ne", r"n'", r"pas", r"jamais", r"plus"),
    no_longer=(r"ne plus", r"ne [a-z]+ plus", r"n'[a-z]+ plus"),
    inner_negation=(r"ne", r"n'", r"pas", r"jamais"),
    not_yet=(r"encore", r"finalement", r"tout de suite", r"pour l'instant"),
    confirm_verbs=(r"(?:a )?confirm(?:e|ait)",),
    told_before=(r"plus tot (?:cette|cet|dans l') ?(?:annee|saison|ete|mois|hiver|printemps)", r"(?:le mois|l'ete|l'hiver|le printemps) dernier", r"la semaine derniere", r"il y a (?:quelques|plusieurs|deux|trois) (?:semaines|mois)"),
    past_when=(r"quand", r"lorsque?"),
    renewed_before=(r"(?:avait|avaient) deja",),
    arrives_from=(r"(?:arrive|arrivera|debarque|debarquera) (?:de|d'|du|des)", r"en provenance (?:de|d'|du|des)"),
    his_team=(r"(?:dans|chez|pour|a|rejoindre|rejoint|rejoindra) (?:son|sa|leur) (?:equipe|formation|structure)",),
    chose_to=(r"(?:a |ont )?(?:choisi|choisit|choisissent) (?:de|d')",),
    new_member=(r"(?:le |la )?(?:nouveau coureur|nouvelle coureuse|nouvelle recrue|recrue) (?:de|d'|du|chez)",),
    also_new=(r"(?:elle|lui|il|qui est) aussi (?:une |un )?(?:nouvelle venue|nouveau venu|nouvelle recrue|nouvel arrivant|nouvelle arrivante)",),
    that_of=(r"(?:ainsi que|et) (?:celle|celui) (?:de|d')",),
    meets=(r"(?:retrouvera|retrouve|retrouver|cotoiera|cotoie)",),
    relative=(r"qui", r"dont", r"lequel", r"laquelle", r"ou"),
    also=(r"aussi", r"egalement", r"de meme"),
    hedge=(
        # "X semble se diriger vers Y": a move that only seems to be coming
        r"sembl(?:e|ent) (?:[^.;:]{0,20}? )?(?:se diriger|partir|quitter|rejoindre|s'engager|filer|prendre la direction)",
        r"(?:pas|guere) (?:encore )?(?:sur|certain|clair) (?:que|qu'|si)", r"reste a savoir si",
        r"pourparlers", r"pressentie?", r"pourrai(?:t|ent)", r"pourra", r"aurai(?:t|ent)",
        # "serait sur le point de signer", per a paper: the deal reported near, no hedge
        r"serai(?:t|ent)(?! (?:[\w']+ ){0,3}?(?:sur le point de|en passe de))",
        r"possible(?:ment)?", r"pist(?:e|es)", r"interesse(?:e)?", r"en discussions?",
        r"negoci\w+", r"courtise", r"cible", r"envisage", r"peut-etre", r"probable(?:ment)?",
        r"dans le viseur", r"tente",
        r"lorgne",  # a team looked at: talk, not a deal
        # a conditional of leaving: the move is not done ("lascerebbe la X")
        r"quitterai(?:t|ent)",
    ),
    rumour_nouns=(r"rumeurs?", r"bruits? de couloir", r"speculations?"),
    reported=(
        # "about to sign": not done yet
        r"s'appret(?:e|ent) a",
        r"selon", r"d'apres", r"rapporte", r"indique", r"affirme", r"devrait",
        r"en passe de", r"sur le point de", r"accord trouve", r"il est (?:desormais |deja )?acquis que",
        r"aurai(?:t|ent) (?:deja )?(?:signe|trouve un accord|paraphe|conclu|donne son accord|choisi|opte)",
    ),
    confirmed=(
        r"confirme(?:e)? a", r"confirme(?:e)? aux journalistes", r"(?:agent|manager|patron|directeur|ds|entraineur|president|porte-parole)[^.;]{0,40}? confirm\w*", r"a confie",
        r"(?:manager|patron|directeur|president) [^.;:]{0,40}?(?:a declare|a dit|a assure|declare|assure) (?:[\w-]+ ){0,2}?que",
    ),
    official=(
        r"officiel(?:le)?(?:ment)?", r"officialise\w*",
        r"annonc(?:e|ee|ait|er|ent)", r"confirm(?:e|ee|ait|ent)", r"a signe", r"signe",
        r"s'est engage(?:e)?", r"communique", r"presente(?:e)?",
    ),
    not_official=(
        # "only the official announcement remains": agreed, not yet announced
        # "without an official announcement": a party said it, nothing announced yet
        r"sans (?:annonce|confirmation|officialisation) officielle", r"sans officialisation",
        r"il ne (?:reste|manque) (?:plus )?que l'annonce officielle", r"ne manque (?:plus )?que l'officialisation",
        r"rien d'officiel", r"pas encore officiel", r"l'officialisation (?:est )?attendue", r"l'annonce officielle (?:est )?attendue",
        r"n'a pas (?:encore )?confirme", r"aucune confirmation",
    ),
    press_release=(
        r"communique de presse", r"est (?:heureuse|heureux|fiere|fier|ravie|ravi) d'annoncer",
    ),
    from_cues=(
        r"apres (?:[\w-]+ ){1,3}(?:ans|annees|saisons) (?:chez|a|au|avec)",
        r"quitter",
        r"de", r"d'", r"du", r"troque", r"quitte", r"quittera", r"quittent", r"quitteront", r"en provenance de",
        r"en provenance d'", r"libere(?:e)? de", r"contrat avec",
        r"quitterai(?:t|ent)",
        # "leaves behind four seasons at X": the seasons are the past, X the team left
        r"laisse(?:ra)? derriere (?:lui|elle) (?:[\w-]+ ){1,3}(?:ans|annees|saisons) (?:chez|a|au|avec)",
    ),
    to_cues=(
        r"(?:nouveau coureur|nouvelle coureuse|nouvelle recrue) (?:de|d'|du|chez)",
        r"(?:l'encadrement|le staff|l'equipe technique|le staff technique) de", r"pourparlers avec", r"contacts? avec", r"(?:annoncee?|pressentie?|citee?|attendue?) (?:chez|au|du cote de)", r"discussions? avec", r"negocie avec", r"negociation avec",
        r"viseur d'", r"viseur de", r"courtise par", r"la direction (?:de|du|d')",
        r"a", r"au", r"chez", r"avec", r"pour", r"rejoin(?:t|dra|dre|drait|draient)", r"vers",
        r"rejoin(?:dra|drait|draient) " + _WHEN,
        r"maillot (?:de|d'|du)", r"couleurs (?:de|d'|du)", r"formation",
    ),
    current_cues=(
        r"avenir (?:chez|a|au sein de)",
        r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs) (?:saisons|ans|annees) (?:chez|a|avec|au sein de)",r"coureur de", r"leader de", r"sous contrat (?:avec|chez)"),
    object_cues=(
        r"avec", r"de", r"d'", r"du", r"par", r"derriere", r"comme", r"que", r"pour", r"devant",
        r"aux cotes de", r"a", r"et", r"notamment", r"sur",
    ),
    announcer=(r"(?:a|ont|avait) (?:\w+ )?(?:officialise|annonce|confirme|presente|recrute)", r"officialise", r"annonce", r"confirme", r"presente", r"est (?:heureuse|heureux|fiere|fier|ravie|ravi)"),
    season_next=(
        r"(?:des le|au|a partir du) (?:1er|premier) janvier",
        r"la saison prochaine", r"l'an prochain", r"l'annee prochaine", r"la prochaine saison",
        r"prochaine saison",
    ),
    season_this=(r"cette saison", r"cette annee", r"la saison en cours"),
    season_now=(
        r"avec effet immediat", r"en cours de saison", r"des aujourd'hui", r"immediatement",
    ),
    season_end=(
        r"(?:a )?la fin de l'annee", r"en fin d'annee", r"(?:a )?la fin de cette annee",
        r"(?:a )?la fin de (?:la|cette) saison", r"a l'issue de (?:la|cette) saison",
        r"en fin de saison", r"apres cette (?:saison|annee)", r"au terme de (?:la|cette) saison", r"au terme de (?:l'annee|cette annee)",
    ),
    season_end_next=(
        r"(?:a )?la fin de la saison prochaine", r"(?:au terme|a l'issue) de la saison prochaine",
        r"en fin de saison prochaine", r"(?:a )?la fin de l'annee prochaine",
        r"(?:a )?la fin de la prochaine saison",
    ),
    months=("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"),
    season_last=(r"(?P<w>l'hiver dernier|l'intersaison derniere)", r"avant cette saison", r"en {m} dernier", r"l'an dernier", r"l'annee derniere", r"la saison derniere", r"l'an passe", r"il y a (?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs|\d+) (?:ans?|saisons?|annees?)"),
    year_season=(
        r"(?:des|a partir de|en|pour|a compter de) (?:la saison )?{y}", r"(?:la )?saison {y}",
        r"{y} (?:sera|serait|devrait etre)",
        # "en juin 2025": a month and its year
        r"en {m} {y}",
    ),
    year_until=(
        r"jusqu'(?:en|a|au) (?:la )?(?:fin )?(?:de )?(?:la saison )?{y}", r"jusqu'a fin {y}",
        r"fin {y}",
    ),
    year_end=(r"(?:a )?la fin de(?: la saison)? {y}", r"au terme de(?: la saison)? {y}", r"a l'issue de la saison {y}", r"apres {y}", r"apres (?:le |la |l')[a-z][a-z' -]{1,40}? {y}",
              r"a l'issue d(?:u|e la|e l'|es) [a-z][a-z' -]{1,40}? {y}"),
    contract_years=(
        r"pour (?P<n>une|un|deux|trois|\d) (?:saisons?|ans?) (?:de plus|supplementaires?)",
        r"prolonge(?:r|ra)? (?:son contrat )?d'(?P<n>un|une) (?:an|saison)", r"prolonge(?:r|ra)? (?:son contrat )?de (?P<n>deux|trois|quatre|cinq|\d) (?:ans|saisons)",
        r"(?:pour )?les (?P<n>deux|trois|quatre|cinq|\d) prochaines (?:saisons|annees)",
        r"contrat de (?P<n>un|une|deux|trois|quatre|cinq|\d) (?:ans|an|saisons|saison)",
        r"pour (?P<n>un|une|deux|trois|quatre|cinq|\d) (?:ans|an|saisons|saison)",
        r"(?P<n>deux|trois|quatre|cinq|\d) (?:saisons|ans)(?= de contrat|,|\.)",
    ),
    old_contract=(r"rupture (?:de|d'un) (?:son )?contrat", r"sortie anticipee (?:de|d'un) (?:son )?contrat",
        r"(?:son|dont le) (?:actuel )?contrat",
        r"(?:a|ai|j'ai) (?:encore )?un contrat",
        r"sous contrat",
        r"actuel", r"encore", r"malgre", r"alors qu", r"en cours", r"avait", r"court jusqu",
    ),
    not_length=(r"plus d(?:e|')", r"apres", r"au moins", r"depuis", r"dernieres?", r"passe", r"apres (?:ses|leurs)", r"fin a (?:ses|leurs)", r"d'ici", r"dans les"),
    numbers={"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5},
    staff_roles=_ROLES,
    staff_as=(r"comme", r"en tant que", r"au poste de"),
    staff_of=(r"de", r"d'", r"du", r"chez"),
    pronouns=(r"il", r"elle", r"lui"),
    first_person=(r"je", r"j'", r"moi", r"mon", r"ma"),
    descriptors=(
        r"son nom",
        # a tabloid's titles for a rider ("le roi du VTT", "le prodige de Leeds")
        r"(?:le|la) (?:roi|reine|prodige|phenomene)(?: (?:du|de la|des|de l'|de) ?[\w-]+)?",
        # nationality nouns the suffixes above miss ("le Britannique", "le Slovaque")
        r"(?:le|la|l') ?(?:britannique|suisse|slovaque|tcheque|russe|basque|slovene|croate|kazakh|erythreen(?:ne)?|australienne?)\b",
        r"(?:le|la|l') ?[a-z]+(?:-[a-z]+)?(?:ois|oise|ais|aise|and|ande|ard|arde|ien|ienne|on|onne)\b",
        r"(?:le|la|l') (?:[\w-]+ ){0,3}(?:coureur|coureuse|grimpeur|sprinteur|francais|francaise|belge|breton|bretonne|brivadois|\d+ ans|(?:vingt|trente|quadra|quinqua)[a-z]*naire)",
    ),
    nationalities={
        "belge": "BEL", "neerlandais": "NED", "neerlandaise": "NED", "francais": "FRA",
        "francaise": "FRA", "italien": "ITA", "italienne": "ITA", "espagnol": "ESP",
        "espagnole": "ESP", "britannique": "GBR", "danois": "DEN", "danoise": "DEN",
        "norvegien": "NOR", "norvegienne": "NOR", "allemand": "GER", "allemande": "GER",
        "suisse": "SUI", "slovene": "SLO", "colombien": "COL", "colombienne": "COL",
        "australien": "AUS", "australienne": "AUS", "americain": "USA", "americaine": "USA",
        "autrichien": "AUT", "autrichienne": "AUT", "irlandais": "IRL", "luxembourgeois": "LUX",
        "portugais": "POR", "polonais": "POL", "polonaise": "POL", "canadien": "CAN",
        "canadienne": "CAN",
    },
    credit=(
        r"(?:selon|d'apres) (?:le |la )?journaliste {j},? (?:de |du |d'|des )(?:l')?(?:{m} )?{o}",
        # "Selon L'Équipe et son journaliste J": the paper and its writer
        r"(?:selon|d'apres) (?:le |la |l')?(?:{m} )?{o} et (?:son|sa|leur) (?:journaliste|reporter|specialiste) {j}",
        r"(?:les |des )?(?:informations|revelations|affirmations) (?:de |du |d')(?:l')?(?:{m} )?{o}",
        r"comme (?:l'a |l'|le |la )?(?:a )?(?:indique|revele|annonce|rapporte|ecrit|affirme|explique)e? (?:aussi |egalement |deja |hier |ce \w+ )?(?:le |la |l')?(?:{m} )?{o}",
        r"selon les informations (?:de |du |des |d')(?:l')?(?:{m} )?{o}",
        r"(?:le |la |l')?(?:{m} )?{o} (?:croit savoir|a appris)",
        r"(?:rapporte|ecrit|revele|affirme|indique|annonce)e?s? par (?:le |la |l')?(?:{m} )?{o}",
        r"(?:a confie|a declare|a explique|a raconte|a dit) (?:a |au |a la )(?:{m} )?{o}",
        r"(?:le |la )?journaliste {j} (?:affirme|ecrit|rapporte|indique|assure)",
        r"selon {j},? (?:de |du |d'|journaliste (?:a |au |de |du )|(?:qui )?travaille pour )(?:l')?{o}",
        r"{j}, (?:le |la )?journaliste (?:a |au |de |du |d'|pour )(?:l')?{o}",
        r"(?:selon|d'apres) nos confreres (?:de |du |des |d')(?:l')?{o}",
        r"(?:a appris|croit savoir|assure) (?:le |la |l')?{o}", r"selon (?:le |la |les |l')?(?:{m} )?{o}",
        r"d'apres (?:le |la |l')?{o}",
        r"(?:rapporte|revele|indique|affirme|ecrit) (?:le |la |l')?(?:{m} )?{o}",
        r"(?:le |la |l')?{o} (?:rapporte|revele|affirme|indique|ecrit|a revele|annonce)",
        r"(?:revele|rapporte|annonce) par (?:le |la |l')?{o}", r"a confie a (?:le |la |l')?{o}",
        r"selon {j}",
        r"(?:a )?confirme dans (?:l'|le |la |les )?(?:{m} )?{o}",  # a party confirms in a paper: the paper is the source
    ),
    broke=(r"en premier", r"en exclusivite", r"a revele", r"scoop"),
    media_nouns=(r"(?:\w+ )?(?:journal|quotidien|site|magazine|hebdomadaire|media)(?: \w+)?",),
    cap_stop=(
        "mercato", "transferts", "transfert",
        "entretien", "interview",
        "pourquoi", "ou", "quand", "comment", "quel", "quelle",
        "journaliste", "correspondant",
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "il", "elle", "ils", "elles",
        "son", "sa", "ses", "leur", "en", "au", "aux", "dans", "chez", "pour", "avec", "apres",
        "avant", "selon", "mais", "et", "ou", "ce", "cette", "c", "qui", "que", "quand", "comme",
        "sous", "sur", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
        "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet",
        "aout", "septembre", "octobre", "novembre", "decembre", "plus", "equipe", "chez", "pas",
    ),
    furniture=(
        r"a lire aussi", r"lire aussi", r"abonnez-vous", r"inscrivez-vous",
        r"a propos de l'auteur",
    ),
    furniture_lead=(
        r"(?:a lire aussi|lire aussi|sur le meme sujet|a voir aussi)\s*:",
        r"photo ?:", r"credit",
        # a cookie notice, whatever its sentences
        r"(?:nous utilisons|ce site utilise) (?:des )?(?:cookies|traceurs)",
        r"en poursuivant votre navigation",
    ),
    teaser_heads=(r"(?:les )?plus lus:?", r"les plus populaires:?", r"a lire aussi:?", r"lire aussi:?", r"sur le meme sujet:?", r"a propos de l'auteur(?:e)?:?", r"l'auteur(?:e)?:?"),
    from_labels=(r"provenance", r"origine", r"de", r"du", r"d'", r"ancienne equipe", r"equipe precedente", r"quitte", r"equipe actuelle"),
    career_long=(r"jusqu'a la fin de (?:sa|leur) carriere", r"jusqu'a sa retraite"),
    offer_declined=(r"malgre (?:l'|une |la |sa )?(?:offre|proposition) de (?:prolongation|renouvellement)", r"(?:a |avait )?(?:refuse|decline) (?:l'|une |la )?(?:offre|proposition) de (?:prolongation|renouvellement)"),
    intake=(r"recrutement", r"mercato", r"(?:nouvelles |les )?recrues", r"nouveaux venus", r"(?:nouvelles )?arrivees"),
    leave_words=(r"quitt\w*", r"depart", r"partir", r"part"),
    setting=(r"chez", r"du cote de", r"au sein de"),
    judges=(r"ce qu'(?:il|elle) (?:a |avait )?(?:appel(?:le|e)|qualifi(?:e|ait) de|decri(?:t|vait) comme)(?: sa| son)?", r"(?:qualifi(?:e|ait)|salu(?:e|ait)|decri(?:t|vait)|jug(?:e|eait)|accueilli(?:t)?|celebr(?:e|ait)) (?:la|le|cette|ce|l')(?: nouvelle| nouveau)?",),
    farewell=(r"pour la derniere fois", r"une derniere fois"),
    away=(r"pause", r"sans equipe", r"annee sabbatique", r"entre parentheses", r"retraite", r"(?:eloigne|loin) (?:des courses|du velo|de la competition|du peloton)"),
    returns=(r"retour a la competition", r"reprend(?:ra)? la competition", r"revient a la competition"),
    returns_for=(r"avec", r"chez", r"pour"),
    new_deal=(r"(?:le|son) nouveau contrat", r"(?:le|son) nouvel accord"),
    last_race_for=(r"a (?:couru|dispute) sa (?:toute )?derniere course (?:avec|chez|sous les couleurs de|pour)",
                   r"sa (?:derniere|ultime) saison (?:chez|avec|sous les couleurs de)(?! (?:les|l'equipe) )"),
    rumour_over=(r"(?:fin|un terme) (?:a|aux) (?:des semaines de |des mois de |des )?(?:rumeurs|speculations?)",),
    race_on_with=(r"continue(?:ra)? (?:a courir )?(?:chez|avec)",),
    race_on=(r"continue(?:ra)? (?:a courir|sa carriere) (?:en|jusqu)",),
    # "..., a move already announced": the move recalls earlier news
    retire_announced_in=(r"comme (?:il|elle) l'(?:a|avait) annonce (?:des |en |au mois d')?{m}", r"(?:a|avait) annonce (?:sa retraite|la fin de sa carriere|son depart a la retraite) (?:des |en |au mois d')?{m}"),
    announced_in=(r"(?:a|avait) deja ete (?:officialise|annonce|confirme)e?s?", r"(?:a|avait) ete (?:officialise|annonce|confirme)e? (?:des |en |au mois d\x27|le \d+ )?{m}", r"(?:a|avait) ete (?:officialise|annonce|confirme)e? le mois dernier", r"(?:a|avait|ont|avaient) deja (?:officiellement )?(?:annonce|officialise|confirme|devoile)", r"(?:un|le) (?:transfert|depart|changement d'equipe|recrutement) (?:deja|officiellement) (?:annonce|officialise|confirme)", r"comme (?:deja )?annonce (?:precedemment|auparavant)"),
    among=(r"(?:parmi|(?:fait|ferait|font|feraient) partie) (?:des|les) (?:coureurs|noms|cibles|pistes|candidats)(?: que| qui)?",),
    hearsay=(r"on (?:dit|murmure|raconte) que", r"il se (?:dit|murmure|raconte) que"),
    confirms=(r"\s*(?:a |avait )?confirme",),
    announcement=(r"annonc\w*", r"communique", r"officialis\w*"),
    man_of=(r"(?:poisson-pilote|lanceur|equipier|lieutenant|homme de confiance|coequipier|gregario)s? (?:de|du|d')",),
    brings_along=(r"(?:emmene|emmenera|emmenent|emmeneront|amene|amenera)(?= [^.;:]{1,60}? (?:avec (?:lui|elle) (?:chez|a|au|dans l'equipe)|dans (?:ses|leurs) valises)\b)",),
    colleague_of=(r"aux cotes de", r"en collaboration avec", r"travaill(?:e|era|ant|er) avec", r"epaule par", r"sous les ordres de"),
    one_more=(r"et de (?:deux|trois|quatre|cinq|six)", r"(?:et )?(?:encore )?une? (?:autre|de plus)(?: recrue| arrivee)?(?: pour [^.;:]{1,40}?)?", r"(?:et )?encore une?(?: recrue| arrivee)?(?: pour [^.;:]{1,40}?)?", r"(?:une? )?(?:deuxieme|troisieme|quatrieme|cinquieme) (?:recrue|arrivee)(?: pour [^.;:]{1,40}?)?"),
    tipped=(r"(?:est|reste|semble) (?:la|le) (?:destination|point de chute|future equipe) (?:la |le )?plus (?:probable|vraisemblable|logique)",),
    names_rider=(r"(?:confirme|officialise|annonce|accueille|a (?:confirme|officialise|annonce))",),
    contract_words=(r"contrats?", r"bail", r"prolongation de contrat"),
    team_headers=(r"equipe", r"equipe actuelle"),
    retire_heads=(r"retraites?", r"fins? de carriere", r"ils arretent", r"ils raccrochent", r"adieux"),
    stay_labels=(r"restent", r"(?:ceux|celles) qui restent", r"ils restent", r"qui reste", r"maintenus", r"sous contrat"),
    note_headers=(r"statut", r"situation", r"mouvement"),
    joins_with=(r"avec",),
    to_labels=(r"destination", r"a", r"au", r"chez", r"vers", r"nouvelle equipe", r"rejoint"),
    in_labels=(
        r"arrivants", r"nouvelles recrues", r"entrees",r"arrivees?", r"recrues", r"(?:ils|elles) arrivent", r"les arrivees", r"les recrues",
        # "Ses principales recrues :" the label with a possessive and a qualifier
        r"(?:ses|leurs|les) (?:principales |grandes |nouvelles )?(?:arrivees|recrues)"),
    renew_labels=(r"prolongations?", r"prolonges?", r"renouvellements?",),
    out_labels=(
        r"partants", r"sorties", r"(?:ils|elles) s\'en vont",r"departs?", r"(?:ils|elles) partent", r"les departs"),
    person_headers=(r"coureur", r"coureuse", r"nom"),
    retire_labels=(
        r"fin de carriere", r"met fin a sa carriere", r"arrete",
        r"derniere saison",r"retraite", r"arret", r"raccroche"),
    injury=(r"accidents?",
        r"blessures?", r"chutes?", r"maladie", r"operation", r"fracture", r"commotion", r"covid", r"genou",
    ),
    speech=(
        r"(?:a |avait )?(?:dit|annonce|explique|ecrit|confie|declare|confirme|precise|assure|affirme|indique)",
        r"annoncait", r"expliquait", r"assurait",
    ),
    that=(r"que", r"qu'",),
    conditional=(r"serai(?:t|ent)", r"aurai(?:t|ent)", r"quitterai(?:t|ent)",),
    contract_headers=(r"contrat(?: jusqu'(?:en|a|au))?", r"jusqu'(?:en|a|au)", r"fin de contrat", r"duree"),
    second_person=(r"tu", r"vous", r"te", r"t'", r"ton", r"ta", r"votre"),
    journalists=(r"(?:journaliste|correspondant|chroniqueur|consultant|envoye special|reporter)e?s?",),
    new_contract=(r"(?:a )?(?:signe|prolonge|paraphe)", r"nouveau contrat", r"desormais"),
    contrast=(r",? et qu(?:e|\')", r",? (?:tandis que|alors que)", r", (?:meme si|meme sans|bien que|quoique)",),
    team_of=(r"l'(?:equipe|escouade) de", r"la (?:formation|structure|troupe) de", r"l'equipe dirigee par"),
    old_expiry=(
        r"(?:etait|est) (?:encore |deja )?(?:engage|sous contrat|lie) jusqu'(?:en|a (?:la )?fin(?: de)?) {y}",
        r"(?:precedent|ancien|actuel) (?:contrat|bail) (?:expirait|courait|se terminait|prenait fin|expire|court|se termine|arrivait a echeance) (?:jusqu'en|en|fin|a la fin de|jusqu'a la fin de) {y}",
    ),
    same_team=(r"au sein de (?:l'equipe|la formation|la meme equipe)", r"dans (?:l'equipe|la meme equipe)", r"avec (?:l'equipe|la formation)"),
    deal_state=(r"(?:a|ont|avait) trouve un accord", r"accord trouve"),
    racing_again=(r"(?:courra|court|courir|recourra) (?:a nouveau|de nouveau)(?! (?:pour|chez|avec) )",),
    racing_again_for=(r"(?:courra|court|courir|recourra) (?:a nouveau|de nouveau) (?:pour|chez|avec)",),
)
# fmt: on
