"""Italian: the words for moves, their status, time and source (data only)."""

from bot.domain.reading.records import TriggerClass as T
from bot.domain.reading.vocab import Vocabulary

# fmt: off
_ROLES = (
    r"direttor(?:e|i) sportiv(?:o|i)", r"direttric(?:e|i) sportiv(?:a|e)", r"diesse", r"ds", r"allenat(?:ore|ori|rice|rici)", r"preparat(?:ore|ori|rice|rici)",
    r"team manager", r"general manager", r"manager", r"consulente(?: tecnico)?", r"direttore tecnico",
    r"tecnico", r"responsabile (?:della )?(?:performance|tecnico)", r"patron della squadra",
    # "la dirigenza (olandese) aveva rinnovato X": the team's leaders, not a rider
    r"dirigenza",
)
# fmt: on

# When a move starts, said between its verb and its team ("correrà dal 2025 con la X", "vestirà
# dalla prossima stagione la maglia della X"): the verb's words run over it to the team.
_WHEN = (
    r"(?:dal (?:20\d\d|prossimo anno)|dalla prossima stagione|nel 20\d\d|la prossima stagione"
    r"|il prossimo anno|l'anno prossimo)"
)

# fmt: off
VOCAB = Vocabulary(
    code="it",
    function_words=(
        "a", "ma", "tra", "fra", "dove", "sua", "suo",
        "il", "lo", "la", "gli", "le", "un", "una", "di", "del", "della", "dei", "che",
        "con", "per", "alla", "al", "nel", "nella", "dal", "dalla", "sono", "ha", "e", "anche",
        "stagione", "squadra", "corridore", "secondo", "non", "si", "ai", "questo", "dopo",
        "dell'", "all'", "nell'", "dall'", "sull'", "un'", "l'", "fino",
    ),
    triggers={
        T.MOVE: (
            # "le voci che davano X in uscita verso la Y": a rider heading out, to a team
            r"in uscita verso",
            # "X alla Y è fatta": un trasferimento nominato come un titolo, poi detto concluso
            r"(?:alla|al)(?= [^.;:,]{1,50}? e (?:fatta|ufficiale|cosa fatta)\b)",
            # "said yes to X": the team chosen
            r"(?:ha )?detto si (?:alla|al|all')",
            # "will be a rider of X": a future team
            r"sar(?:a|anno) (?:un |una )?(?:nuov[oa] )?(?:corridore|corridrice|corridori) (?:della|del|dell')",
            # "denies any contact with X": the team of a denied move
            r"(?:qualsiasi|qualunque|alcun) contatt[oi] con",
            # "is a new rider of X": the team the person now rides for; "tornerà a vestire la maglia"
            r"(?:torna|tornera|ritorna|ritornera) a vestire (?:la )?maglia",
            r"(?:e|diventa) (?:un |una |il |la )?(?:nuovo corridore|nuova corridrice|nuovo acquisto|nuova atleta) (?:della|del|dell')",
            r"(?:prende|prendera|prendere|prenderebbe) la strada (?:della|del|dello|di|verso)",
            r"in arrivo (?:dalla|dal|dallo|dall'|da)",
            r"(?:e|sono|sara|saranno) (?:stat[oaie] )?(?:ingaggiat|pres|acquistat|scelt)[oaie] (?:dalla|dal|dall'|da)", r"(?:ha |hanno )?scelto", r"sceglie", r"(?:e|sono) passat[oaie] (?:alla|al|all'|nella)", r"pass(?:ano|eranno) (?:alla|al|all'|in|nella)", r"lasc(?:iano|eranno)", r"approdano (?:alla|al)", r"firm(?:ano|eranno) (?:[^.;:]{0,40}? )?(?:con|per)", r"hanno firmato", r"(?:e|viene|sarebbe) (?:dato|data|accostato|accostata|avvicinato|avvicinata) (?:alla|al|all')", r"tratta con", r"in trattativa (?:gia |molto )?(?:avanzata )?con", r"trattative (?:gia |molto )?(?:avanzate )?con",
            r"nel mirino (?:della|del|dell')", r"corteggiato (?:dalla|dal)",
            r"pass(?:a|are|era|erebbe) (?:alla|al|all'|in|nella)",
            r"passaggio (?:alla|al|all')", r"firm(?:a|are|ato|era|erebbe) (?:[^.;:]{0,40}? )?(?:con|per)",
            r"ha firmato", r"ho firmato", r"firm(?:a|era|ano|eranno) (?:con|per)", r"lasc(?:ia|era|erebbe|iare)",
            r"vestir(?:a|anno|ebbe|ebbero) (?:(?:entrambi|entrambe|anche|insieme) )?la maglia", r"vestir(?:a|anno) " + _WHEN + r" la maglia", r"(?:correr(?:a|anno)|passer(?:a|anno)|approder(?:a|anno)) " + _WHEN + r" (?:con|per|nella|nel|alla|al|all')", r"correr(?:a|ai|o|anno) (?:di nuovo |ancora |nuovamente )?(?:con|per|nella|nel|alla|al)(?! (?:lei|lui|me|te)\b)",
            r"(?:passi|firmi|vai) (?:alla|al|all'|con|per)",
            r"approda (?:alla|al)", r"approdera",
            r"trasferi(?:sce|mento|ra)", r"cambi(?:a|era) squadra",
            r"in arrivo da", r"proveniente da", r"raggiung(?:e|era)", r"si accasa",
            # "dopo la scadenza dell'accordo con X": a deal that ran out names the team left
            r"(?<!scadenza dell')(?<!fine dell')accordo con",
            # "un accordo biennale con X": a deal with its length between the noun and the team
            r"accordo (?:annuale|biennale|triennale|quadriennale|pluriennale|di (?:un|due|tre|quattro|cinque|\d) (?:anni|anno|stagioni)) con", r"ingaggiato",
            r"ritorna (?:alla|al|all')", r"torna (?:alla|al|all'|nella)",
            r"(?:vado|andro|andra|andrebbe|andrei|va) (?:alla|all'|nella)",
            # "sarebbe vicino alla Cofidis": close to a team, a move talked of ("vicino a" hedges)
            r"(?:e|sarebbe|sembra|appare) (?:molto |sempre piu )?vicino (?:alla|al|allo|all')",
            # "X mira al Lidl-Trek", "X eyes Y": a team looked at, a move talked of
            r"strizza l'occhio (?:alla|al|all')",
            # riding "the next two seasons (until 2025)" for a team: a move, the span its length
            r"correra (?:per )?(?:le|sue) (?:\w+ )?prossime (?:\w+ )?(?:stagioni|anni)[^.;:]{0,25}? (?:con|per|alla|al|all'|nella|nel)",
        ),
        T.SIGNING: (
            # "la X si starebbe muovendo per Y": a team after a rider, Y the one it wants
            r"si (?:sta|stanno|starebbe|starebbero) muovendo per", r"si (?:muove|muovono|muoverebbe) per",
            # "the renewal of X": the person after a renewal's noun renews
            r"il rinnovo (?:di contratto )?(?:di|d')",
            # "ha messo le mani su X": the team signs X
            r"(?:ha )?mess[oa] le mani su",
            r"(?:possibile|probabile|potenziale) (?:approdo|destinazione) (?:per|di)",
            r"(?:ha |hanno )?(?:ingaggiato|nominato|nomina|scelto come)",
            r"si (?:e )?assicura(?:ta|to)?(?: le prestazioni di)?", r"(?:mette|ha messo) a segno il colpo", r"(?:l')?ingaggio di", r"(?:l')?ingresso di", r"(?:l')?arrivo di", r"il ritorno di", r"ingaggia",
            r"annuncia(?:to)? [^.;:]{0,20}?(?:l'arrivo|l'ingaggio)", r"accoglie",
            r"nuovo acquisto", r"acquisti?", r"ufficializzato (?:l'ingresso|l'arrivo|l'ingaggio)",
            r"(?:ha )?messo gli occhi su", r"(?:ha fatto|fa) un'offerta (?:per|a)", r"sonda(?:to)?", r"(?:e|sono|sarebbe|sarebbero) interessat[aeio] a", r"(?:e|sono) sulle tracce di", r"corteggia(?:no)?",
            # "signs, accompanied by his compatriot Y": Y joins too
            r"accompagnat[oa] da(?:l|lla)? (?:suo |sua )?(?:connazionale|compagno|compagna)",
        ),
        T.EXTEND: (
            # a team keeping its rider to a year ("blinda a X hasta 2027"), a tie lengthened
            r"blind(?:a|ato|era)(?= [^.;:,]{1,40}? fino al)",
            # staying at a team until a year: a renewal
            r"rest(?:a|era|eranno|ano) (?:alla|al|all'|con la|con il|nella|nel) [^.;:,]{1,40}? fino al 20\d\d",
            r"(?:ha )?estes[oa] (?:il )?(?:suo )?(?:contratto|accordo)", r"rest(?:a|era) fedele (?:alla|al|all') [^.;:]{1,40}? fino", r"(?:firmato|firma|siglato|sigla) (?:un )?nuovo contratto", r"rinnov(?:a|ato|era|o|amento|ano|eranno)", r"prolung(?:a|ato|amento|ano|heranno)",
            r"rinnovare", r"prolungare(?: il contratto)?", r"prolunghera",
            r"estende", r"resta (?:alla|al|con) [^.;:,]{1,40}? fino(?! al termine (?:della|di questa) stagione| alla fine (?:della|di questa) stagione| a fine stagione)",
        ),
        T.RETIRE: (
            r"corr(?:era|e) fino (?:al termine|alla fine) (?:del|della) [^.;:]{0,20}?e poi", r"lascer(?:a|ebbe)? il ciclismo(?: professionistico)?", r"lasciare il ciclismo", r"smettere di correre", r"smetto", r"smettera",
            # "il ritiro invernale", "in ritiro a Calpe": a training camp, not the end of a career
            r"(?<!in )(?<!dal )ritir(?:o|a|era|erebbe|arsi|ato|atosi)(?: dalle corse| dall'attivita)?(?! (?:invernale|estivo|prestagionale|pre-stagionale|d'altura|collegiale|in altura|di (?:gennaio|dicembre|novembre|febbraio|squadra)|a (?:calpe|denia|altea|benidorm|alicante|tenerife|livigno|sierra nevada))\b)", r"annunciato il ritiro",
            r"si ritir\w*", r"(?:il (?:mio|suo) )?ultimo anno(?: da (?:corridore|professionista))?",
            r"dir(?:a|e|ebbe) addio (?:al ciclismo|alle corse|al gruppo)", r"dice addio",
            r"dice basta", r"appende(?:ra)? la bici al chiodo",
            r"appeso la bici al chiodo", r"addio alle corse",
            r"chiude(?:ra|re)? la (?:sua )?carriera", r"ha chiuso la (?:sua )?carriera", r"(?:la sua )?ultima stagione",
            r"(?:la sua )?ultima (?:corsa|gara)(?! con| per| nella| in maglia| della)",
            r"smette(?:ra)? di correre", r"lascia il ciclismo", r"appendono la bici al chiodo", r"(?:il loro|il suo) ultimo anno da professionist[ia]",
            # "la stagione 2023 sarà la sua ultima": the season as the subject
            r"(?:la )?stagione(?: 20\d\d)? (?:sara|sarebbe|e) (?:la sua )?(?:l')?ultima",
            # "l'ultima gara della sua carriera": the career's end told by its last race
            r"ultima (?:corsa|gara) della (?:sua )?carriera",
        ),
        T.POSTPONE: (
            r"rinviare il ritiro", r"posticipare il ritiro", r"un'altra stagione(?! e mezz)", r"un altro anno ancora",
            r"rinvi(?:a|ato|era) il ritiro", r"posticip(?:a|ato) il ritiro",
            r"non (?:si ritira|smette)", r"ci ripensa", r"un altro anno", r"ancora un anno",
            r"prolung(?:a|are|ato|hera) la (?:sua )?carriera", r"rimand(?:a|are|ato|era) il ritiro",
            r"rinunci(?:a|are|ato) al ritiro", r"non si ritirera", r"rinvia(?:re)? l'addio",
            r"non appende(?:ra)? ancora la bici al chiodo",  # the bike not hung up yet
        ),
        T.COMEBACK: (
            r"ritorno alle corse", r"(?:torn|rientr)(?:a|era|ato|ata) alle corse", r"(?:torna|tornera|ritorna|ritornera) a (?:correre|gareggiare)", r"tornera in gruppo", r"ritorna in gruppo", r"rientro in gruppo",
            r"come-?back", r"riattacca(?:re|ra)? il numero", r"riattacchera il numero", r"torna in gruppo",
            r"dopo (?:un|tutto il) (?:anno|20\d\d) (?:senza correre|lontano dalle corse)",  # a year out
        ),
        T.STAFF: (
            r"(?:diventa|sara|nuov(?:o|i)|nominato) (?:il |un |nuovo )*(?:"
            + "|".join(_ROLES)
            + ")",
            r"sal(?:e|gono) in ammiraglia", r"in ammiraglia",
            r"(?:entra|entrera|entrata|entrato) (?:a far parte )?(?:dello|nello) staff",
            # "proseguirà con la squadra come direttore sportivo": stays on in a role
            r"(?:proseguira|prosegue|continuera|continua) (?:[^.;:]{0,40}? )?(?:come|in qualita di|nel ruolo di) (?:il |un |una |la |nuovo |nuova )*(?:"
            + "|".join(_ROLES)
            + ")",
            # a bare role "of X" is a move, but not after an article: "il team manager della
            # squadra, X," describes who speaks
            r"(?<!il )(?<!lo )(?<!la )(?<!l')(?<!team )(?<!general )(?:" + "|".join(_ROLES) + ") (?:della|del|dell')",
        ),
        T.DENY: (
            # brushing a rumour aside: a denial
            r"(?:ha |aveva )?(?:liquidato|spazzato via|respinto) (?:le |queste |tutte le )?(?:voci|indiscrezioni|speculazioni)",
            r"non pensa (?:al ritiro|a ritirarsi|di smettere|a smettere)", r"non (?:ha|aveva) (?:alcuna )?intenzione di (?:ritirarsi|smettere|fermarsi|appendere)", r"smentisc\w+", r"smentit\w*", r"smentita", r"nessuna trattativa",
            r"esclude (?:un|il|ogni) \w+", r"non (?:andra|passera|lascera|vado)",
            r"(?:e |sono )?(?:falso|falsa|falsi|una bufala|fantamercato)", r"non (?:e|c'e) (?:niente di )?vero",
            r"non pensa ancora (?:al ritiro|a ritirarsi|di smettere|a smettere)",
        ),
        T.STAY: (
            r"rest(?:a|o) (?:alla|al|all'|con|in|nella|qui)", r"restera", r"rimane", r"rimarra",
            # "ha un contratto fino al 2026 e correrà per noi": the team that has him keeps him
            r"ha (?:ancora )?un contratto (?:con noi )?fino a[^.;:]{0,50}?(?:correra|corre|sara) (?:per|con) noi",
        ),
        T.SAME: (
            r"la stessa scelta", r"la stessa decisione", r"lo stesso passo",r"(?:lo )?stesso percorso", r"la stessa strada", r"lo segue",
            # "seguirà Pogačar alla UAE", "lo seguiranno alla X" (not "alla ruota", a race)
            r"(?:(?:lo|la|li) )?seguir(?:a|anno|ebbe|ebbero)(?: [\w'-]+){0,3}? (?:alla|al|all'|nella (?:squadra|formazione|nuova squadra)|nel (?:team|club|nuovo team))(?! (?:ruota|traguardo|arrivo|vertice|tv|televisione)\b)"),
    },
    narrative=(
        r"e passato", r"e arrivato", r"era arrivato", r"arrivato (?:dalla|dal|dall\')", r"approdo", r"firmo",
        r"rinnovo", r"aveva rinnovato", r"era passato", r"passo", r"aveva lasciato", r"aveva firmato", r"corse"),
    background=(
        r"(?:inizia|iniziava|comincia|affronta|avvia)(?: (?:la sua|la))?",
        r"in precedenza", r"precedentemente", r"(?:ha|aveva) quasi", r"stava per", r"e stato a un passo dal", r"(?:spingeva|spinge|premeva|preme) per(?: (?:un|una|il|la))?(?: [\w-]+)?",
        r"dopo(?: aver(?:e)?)?", r"da quando", r"prima di", r"ex",
        r"(?<!ha )(?<!hanno )(?<!avrebbe )(?<!avrebbero )(?<!e )(?<!sarebbe )gia",  # "ha già firmato" is news
    ),
    negation=(r"non", r"mai", r"piu"),
    no_longer=(r"non piu", r"non [a-z]+ piu"),
    inner_negation=(r"non", r"mai"),
    not_yet=(r"ancora", r"per ora", r"alla fine(?! (?:di|del|della|dello|dell'|dei|delle|dell)\b)"),
    confirm_verbs=(r"(?:ha )?conferma(?:to)?",),
    told_before=(r"(?:la scorsa|lo scorso) (?:estate|mese|settimana|inverno|primavera)", r"nelle scorse settimane", r"nei mesi scorsi", r"(?:settimane|mesi) fa", r"all'inizio dell'estate"),
    past_when=(r"quando",),
    renewed_before=(r"(?:aveva|avevano) gia",),
    arrives_from=(r"(?:arriva|arrivera|in arrivo) (?:dalla|dal|dallo|dall'|da)", r"proveniente (?:dalla|dal|dallo|dall'|da)"),
    his_team=(r"(?:nella|alla|per la|con la) (?:sua|loro) (?:squadra|formazione)",),
    chose_to=(r"(?:ha |hanno )?(?:scelto|sceglie|scelgono|deciso|optato) di",),
    new_member=(r"(?:il |la )?(?:nuovo corridore|nuova corridrice|nuovo acquisto|nuova atleta|ultimo acquisto) (?:della|del|dell')",),
    also_new=(r"anche (?:lei|lui) (?:un |una )?(?:nuov[oa] arrivat[oa]|nuovo acquisto|nuovo innesto)",),
    that_of=(r"(?:e|ed|oltre a) quell[oa] (?:di|d')",),
    meets=(r"(?:ritrovera|ritrova|trovera|affianchera)",),
    relative=(r"che", r"il quale", r"la quale", r"cui", r"dove"),
    also=(r"anche", r"pure"),
    hedge=(
        # "X sembra destinato a lasciare Y": a move that only seems to be coming
        r"sembr(?:a|ano) (?:[^.;:]{0,20}? )?(?:destinat[oaie]|pront[oaie] a|sul punto di|lasciare|approdare|passare)",
        # a team moving for a rider: the chase, not a deal
        r"si (?:sta|stanno|starebbe|starebbero) muovendo", r"si (?:muove|muovono|muoverebbe) per",
        r"non (?:e )?(?:ancora )?(?:certo|sicuro|chiaro) (?:se|che)", r"resta da capire se",
        r"accostat[oa]", r"potrebbe(?:ro)?", r"sarebbe(?:ro)?", r"avrebbe(?:ro)?", r"forse",
        r"possibile", r"trattativ\w+", r"interess\w+", r"pista", r"ipotesi", r"vicino a",
        r"sondaggio", r"corteggia", r"vicino (?:alla|al|allo|all')",
        r"strizza l'occhio",  # a team looked at: talk, not a deal
        # a conditional of leaving: the move is not done ("lascerebbe la X")
        r"lascerebbe(?:ro)?",
    ),
    rumour_nouns=(r"voci", r"indiscrezion\w+", r"rumors?", r"spifferi"),
    reported=(
        # "about to sign": not done yet
        r"(?:sta|stanno) per", r"in procinto di", r"a un passo da(?:lla|l)?",
        r"(?<!il )(?<!lo )(?<!al )(?<!del )(?<!un )(?<!nel )secondo", r"riporta",  # not "il secondo" r"scrive", r"dovrebbe", r"pronto a", r"accordo raggiunto",
        r"avrebbe(?:ro)? (?:gia )?(?:firmato|trovato l'accordo|raggiunto (?:l'|un )accordo|scelto|detto si)",
    ),
    confirmed=(r"conferma(?:to)? (?:a|ai|agli|alla)", r"a confermarlo (?:e|e stato|e stata)", r"(?:procuratore|manager|direttore|ds|diesse|presidente|portavoce|allenatore)[^.;]{0,40}? conferm\w*",
               r"(?:manager|direttore|presidente|patron) [^.;:]{0,40}?(?:ha detto|ha dichiarato|ha assicurato|dice|assicura) (?:[\w-]+ ){0,2}?che"),
    official=(
        r"ufficial\w*", r"annunci(?:a|ato|ata)", r"conferm(?:a|ato|ata)", r"ha firmato",
        r"firma", r"nota della squadra", r"comunicato",
    ),
    not_official=(
        # "only the official announcement remains": agreed, not yet announced
        # "without an official announcement": a party said it, nothing announced yet
        r"senza (?:un )?(?:annuncio|comunicato|conferma) ufficiale",
        r"manca (?:solo|soltanto|soltanto piu) (?:l'annuncio ufficiale|l'ufficialita)",
        r"nulla di ufficiale", r"non (?:ancora )?ufficiale", r"non ha (?:ancora )?confermato",
        r"manca (?:ancora )?(?:il comunicato|l'annuncio|l'ufficialita)", r"(?:l')?annuncio ufficiale [^.;:]{0,40}?(?:e )?atteso", r"in attesa (?:del comunicato|dell'annuncio|dell'ufficialita)",
    ),
    press_release=(r"comunicato stampa", r"e (?:lieta|felice|orgogliosa) di annunciare"),
    from_cues=(
        r"dopo (?:[\w-]+ ){1,3}(?:anni|stagioni) (?:alla|al|con la|con il|nella|nel|in)",
        r"lasciare",
        r"da", r"dalla", r"dal", r"dall'", r"lascia", r"lascera", r"lasciano", r"lasceranno",
        r"proveniente da", r"in arrivo da",
        r"lascerebber?o?",
        # "leaves behind four seasons at X": the seasons are the past, X the team left
        r"(?:si )?lascia(?:ra)? alle spalle (?:[\w-]+ ){1,3}(?:anni|stagioni) (?:alla|al|all'|con la|con il|nella|nel|in)",
    ),
    to_cues=(
        r"vestir(?:a|anno) " + _WHEN + r" la maglia (?:[a-z]+ )?(?:della|del|dell')",
        r"(?:nuovo corridore|nuova corridrice|nuovo acquisto|nuova atleta) (?:della|del|dell')",
        r"(?:ingaggiat|pres|acquistat|scelt)[oaie] (?:dalla|dal|dall'|da)", r"(?:dato|data|accostato|accostata|avvicinato|avvicinata) (?:alla|al|all')", r"tratta con", r"in uscita verso", r"trattativa (?:gia |molto )?(?:avanzata )?con", r"trattative (?:gia |molto )?(?:avanzate )?con",
        r"(?:vestira|vestiranno|vestire|indossera|indosseranno|indossare) (?:(?:entrambi|entrambe|anche|insieme|di nuovo) )?(?:la )?maglia (?:[a-z]+ )?(?:della|del|dell')", r"ripart(?:e|ira|ono) (?:dalla|dal|dall'|da)",
        r"staff (?:della|del|dell')",
        r"mirino della", r"mirino del", r"mirino dell'", r"corteggiato dalla", r"corteggiato dal",
        r"alla", r"al", r"all'", r"con", r"per", r"nella", r"nel", r"maglia della",
        r"maglia del", r"della", r"in",
    ),
    current_cues=(
        r"futuro (?:alla|al|con la|con il|nella|nel)",
        r"(?:\d+|due|tre|quattro|cinque|sei|sette|otto|nove|dieci) (?:stagioni|anni) (?:alla|al|con|nella|all')",r"contratto (?:con|valido)", r"compagno di squadra", r"maglia della"),
    object_cues=(
        r"con", r"di", r"da", r"per", r"dietro", r"come", r"a", r"su", r"tra", r"e",
        r"ed", r"insieme a", r"di",
    ),
    announcer=(r"(?:ha|hanno) (?:\w+ )?(?:ufficializzato|annunciato|confermato|presentato)", r"annuncia", r"ufficializza", r"conferma", r"presenta", r"(?:rende|ha reso) ufficiale"),
    season_next=(
        r"dal (?:1|primo|1°) gennaio",
        r"(?:la )?prossima stagione", r"l'anno prossimo", r"il prossimo anno", r"prossimo anno",
    ),
    season_this=(r"questa stagione", r"quest'anno"),
    season_now=(r"con effetto immediato", r"a stagione in corso", r"da subito", r"immediatamente", r"(?:passa|correra) subito (?:alla|al|all'|con|nella|nel)"),
    season_end=(
        r"(?:a|alla) fine (?:dell')?anno", r"a fine (?:di quest')?anno",
        r"(?:a )?fine stagione", r"(?:a|alla) fine di quest'anno", r"alla fine (?:della|di questa) stagione",
        r"al termine (?:della|di questa) stagione", r"al termine (?:dell'anno|di quest'anno)", r"dopo (?:questa stagione|quest'anno)",
    ),
    season_end_next=(
        r"(?:alla )?fine della prossima stagione", r"al termine della prossima stagione",
        r"(?:alla )?fine del prossimo anno", r"a fine (?:della )?prossima stagione",
    ),
    months=("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    season_last=(r"(?P<w>l'inverno scorso|lo scorso inverno)", r"prima di questa stagione", r"lo scorso {m}", r"(?:a|nel|in) {m} scorso", r"(?:del)?l'anno scorso", r"la scorsa stagione", r"lo scorso anno", r"(?:un|uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|qualche|alcuni|\d+) (?:anno|anni|stagione|stagioni) fa"),
    year_season=(
        r"(?:dal|nel|per il|a partire dal|dalla stagione) {y}", r"(?:la )?stagione {y}",
        r"anche nel {y}", r"(?:il )?{y} (?:sara|sarebbe|dovrebbe essere)",
        r"(?:a|ad|nel mese di) {m} (?:del )?{y}",  # "a giugno 2025": a month and its year
    ),
    year_until=(r"fino al(?:la fine del)? {y}", r"fino a tutto il {y}", r"fino al termine del {y}"),
    year_end=(r"(?:alla|a) fine (?:della )?stagione {y}", r"(?:alla )?fine del {y}", r"al termine (?:del|della stagione) {y}", r"a fine {y}", r"dopo il {y}", r"dopo (?:il |la |l')[a-z][a-z' -]{1,40}? {y}"),
    contract_years=(
        r"per (?P<n>un|uno|una|due|tre|\d) (?:altra|altre|altro|altri)? ?(?:stagioni|stagione|anni|anno) (?:ancora|in piu)",
        r"(?:prolungamento|rinnovo|contratto|rinnova|rinnovato|prolunga|prolungato) (?:[a-z]+ )?per (?P<n>un|una)'? ?(?:altra|altro) (?:stagione|anno|annata)",
        r"(?:rinnovato|rinnova|prolungato|prolunga) (?:il contratto )?(?:per|di) (?P<n>un|uno|due|tre|quattro|cinque|\d) (?:anni|anno|stagioni|stagione)", r"(?:rinnovato|prolungato) (?:il suo |il )?contratto con [^.;:,]{1,40}? (?:per|di) (?P<n>un|uno|due|tre|quattro|cinque|\d) (?:anni|anno|stagioni|stagione)",
        r"(?:un|il) (?P<n>annuale|biennale|triennale|quadriennale|quinquennale)",
        r"(?:per )?le prossime (?P<n>due|tre|quattro|cinque|\d) stagioni",
        r"(?:per )?le (?P<n>due|tre|quattro|cinque|\d) prossime stagioni",
        r"contratto (?P<n>annuale|biennale|triennale|quadriennale|quinquennale)",
        r"contratto di (?P<n>uno|un|due|tre|quattro|cinque|\d) (?:anni|anno|stagioni)",
        r"per (?P<n>due|tre|quattro|cinque|\d) (?:stagioni|anni)(?! fa)",
    ),
    old_contract=(r"rescissione del (?:suo )?contratto", r"uscita anticipata da(?:l| un) (?:suo )?contratto",
        r"(?:il suo|il cui) (?:attuale )?contratto",
        r"(?:ha|ho|hai|abbiamo|hanno) (?:ancora )?un contratto",
        r"sotto contratto",r"nonostante", r"valido", r"attuale", r"ancora", r"aveva"),
    not_length=(r"piu di", r"dopo", r"almeno", r"da", r"ultime", r"scorse", r"dopo (?:i suoi|le sue|i loro)", r"chiudendo (?:i suoi|le sue)", r"entro"),
    numbers={
        "un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "annuale": 1,
        "biennale": 2, "triennale": 3, "quadriennale": 4, "quinquennale": 5,
    },
    staff_roles=_ROLES,
    staff_as=(r"come", r"in qualita di", r"nel ruolo di"),
    staff_of=(r"della", r"del", r"dell'", r"di"),
    pronouns=(r"lui", r"lei", r"egli"),
    first_person=(r"io", r"mi", r"mio", r"mia"),
    descriptors=(
        r"il suo nome",
        # a tabloid's titles for a rider ("il re della mountain bike", "il fenomeno di Leeds")
        r"(?:il|la|lo) (?:re|regina|prodigio|fenomeno)(?: (?:del|della|dello|dell'|dei|delle|di) ?[\w-]+)?",
        # nationality nouns the suffixes below miss ("il britannico", "lo svizzero", "l'australiano")
        r"(?:il|la|lo|l') ?(?:britannic[oa]|belga|svizzer[oa]|tedesc[oa]|slovacc[oa]|sloven[oa]|russ[oa]|cec[oa]|eritre[oa]|kazak[oa]|australian[oa]|american[oa]|olandese|irlandese)\b",
        r"(?:il|la|lo) [a-z]+(?:ese|ano|ana|ino|ina|asco|asca|ense|olo|ola)\b",
        r"(?:il|la|lo) (?:[\w-]+ ){0,3}(?:corridore|velocista|scalatore|campione|friulano|bresciano|veronese|messinese|siciliano|\d+enne|[a-z]+enne)",
    ),
    nationalities={
        "belga": "BEL", "olandese": "NED", "francese": "FRA", "italiano": "ITA",
        "italiana": "ITA", "spagnolo": "ESP", "spagnola": "ESP", "britannico": "GBR",
        "danese": "DEN", "norvegese": "NOR", "tedesco": "GER", "tedesca": "GER",
        "svizzero": "SUI", "svizzera": "SUI", "sloveno": "SLO", "colombiano": "COL",
        "australiano": "AUS", "americano": "USA", "austriaco": "AUT", "irlandese": "IRL",
        "portoghese": "POR", "polacco": "POL", "lussemburghese": "LUX",
    },
    credit=(
        # "la notizia era stata anticipata da X": the paper that broke it before
        r"(?:anticipat|rivelat)[ao] (?:nelle settimane scorse |nei giorni scorsi |giorni fa |in anteprima |per prim[oa] )?(?:da|dalla|dal) (?:{m} )?{o}",
        # "come riportato da J sulla Gazzetta", "secondo quanto scrive J sul Corriere"
        r"(?:secondo quanto|come|stando a quanto) (?:riporta(?:to)?|scrive|scritto|rivela(?:to)?|riferisce|riferito|anticipa(?:to)?|racconta(?:to)?) (?:da )?{j} (?:sulla|sul|sulle|su|dalle colonne (?:della|del)) (?:{m} )?{o}",
        r"(?:lo |come )?(?:riporta|scrive|rivela|anticipa|riferisce|racconta) (?:oggi )?(?:la |il |l'|lo )?(?:{m} )?{o}",
        r"secondo quanto (?:appreso|risulta) (?:da |a |dalla |dal |alla |al )(?:{m} )?{o}",
        r"(?:la |il |l'|lo )?(?:{m} )?{o} (?:ha appreso|apprende|anticipa|ha anticipato)",
        r"a quanto (?:risulta|apprende) (?:a |al |alla |la |il )?(?:{m} )?{o}",
        r"(?:ha |aveva )?(?:detto|dichiarato|raccontato|spiegato) (?:a |al |alla |ai microfoni (?:di |del |della ))(?:{m} )?{o}",
        r"(?:il |la )?giornalista {j} (?:scrive|riporta|rivela|sostiene)",
        r"secondo {j},? (?:della |del |dello |de |di |giornalista (?:della |del |di ))?{o}",
        r"(?:secondo quanto|come|stando a quanto) (?:riporta(?:to)?|scrive|scritto|rivela(?:to)?|riferisce|riferito|anticipa(?:to)?) (?:da )?(?:la |il |l'|lo )?(?:{m} )?{o}",
        r"stando (?:a|al|alla|allo) (?:{m} )?{o}", r"{j}, (?:il |la )?giornalista (?:della |del |di |de )?{o}", r"riferisce (?:la |il |l')?{o}", r"secondo (?:la |il |l')?(?:{m} )?{o}",
        r"(?:riporta|scrive|rivela) (?:la |il |l')?{o}",
        r"(?:la |il |l')?{o} (?:scrive|riporta|rivela)",
        r"come (?:rivelato|riportato|anticipato) da (?:la |il |l')?{o}",
        r"ha detto a (?:la |il |l')?{o}", r"secondo {j}",
        r"(?:ha )?confermato (?:sulla|sul|sulle|nella|nel) (?:{m} )?{o}",  # a party confirms in a paper: the paper is the source
    ),
    broke=(r"per primo", r"per prima", r"in esclusiva", r"anticipat[oa]"),
    media_nouns=(r"(?:\w+ )?(?:quotidiano|giornale|sito|rivista|rosea)",),
    cap_stop=(
        "mercato", "trasferimenti", "ciclomercato",
        "intervista",
        "perche", "dove", "quando", "quale", "quanto",
        "giornalista", "inviato",
        "il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una", "del", "della", "dei", "nel",
        "nella", "al", "alla", "dal", "dalla", "con", "per", "dopo", "prima", "secondo", "ma", "e",
        "che", "chi", "come", "quando", "questo", "questa", "lunedi", "martedi",
        "mercoledi", "giovedi", "venerdi", "sabato", "domenica", "gennaio", "febbraio", "marzo",
        "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre",
        "dicembre", "ora", "nella", "alla", "resta", "ecco", "lo",
    ),
    furniture=(
        r"leggi anche", r"iscriviti", r"abbonati", r"newsletter",
    ),
    furniture_lead=(
        r"(?:leggi anche|potrebbe interessarti|articoli correlati)\s*:",
        r"foto:",
        # a cookie notice, whatever its sentences
        r"(?:utilizziamo|usiamo|questo sito (?:web )?utilizza) (?:i )?cookie", r"proseguendo la navigazione",
    ),
    teaser_heads=(r"(?:i )?piu letti:?", r"leggi anche:?", r"potrebbe interessarti:?", r"(?:l')?autore:?", r"chi e l'autore:?"),
    from_labels=(r"provenienza", r"origine", r"squadra di provenienza", r"da", r"dalla", r"dal", r"dallo", r"dall'", r"vecchia squadra", r"lascia", r"squadra attuale"),
    career_long=(r"fino al termine della (?:sua )?carriera", r"fino alla fine della (?:sua )?carriera", r"fino a fine carriera", r"fino al ritiro"),
    offer_declined=(r"nonostante (?:la |l'|una )?(?:proposta|offerta) di rinnovo", r"(?:ha |aveva )?(?:rifiutato|respinto) (?:la |l'|una )?(?:proposta|offerta) di rinnovo"),
    intake=(r"mercato", r"campagna acquisti", r"(?:nuovi )?arrivi", r"nuovi acquisti", r"volti nuovi"),
    leave_words=(r"lasc\w*", r"addio", r"partenza", r"uscita"),
    setting=(r"alla", r"al", r"all'", r"nella", r"nel", r"in casa", r"in casa (?:della|del|dell')"),
    judges=(r"quell[oa] che (?:lui |lei )?(?:ha |aveva )?(?:chiama(?:to)?|definit[oa]|defin(?:isce|iva))(?: la sua| il suo)?", r"(?:definit[oa]|definisce|salutat[oa]|saluta|commentat[oa]|commenta|accolt[oa]|accoglie|elogiat[oa]|celebrat[oa]) (?:il|lo|la|l'|questo|questa)(?: nuov[oa])?",),
    farewell=(r"per l'ultima volta", r"un'ultima volta"),
    away=(r"pausa", r"senza squadra", r"anno sabbatico", r"ritir(?:o|ato|ata)", r"lontan[oa] dalle corse", r"stop dalle corse"),
    returns=(r"ritorno alle corse", r"(?:torn|rientr)(?:a|era|ato|ata) alle corse"),
    returns_for=(r"con", r"per"),
    new_deal=(r"(?:il|suo) nuovo (?:contratto|accordo)",),
    last_race_for=(r"ha (?:corso|disputato) la sua ultima (?:corsa|gara) (?:con|per|in maglia)",
                   r"(?:la )?sua ultima stagione (?:con la|alla|in maglia)(?! squadra)"),
    rumour_over=(r"fine (?:a|alle) (?:settimane di |mesi di )?(?:voci|indiscrezioni|rumors)",),
    race_on_with=(r"continu(?:a|era) a correre (?:con|alla|al|nella)",),
    # "..., a move already announced": the move recalls earlier news
    retire_announced_in=(r"come (?:aveva )?annunciato (?:gia )?(?:a|in|nel mese di) {m}", r"(?:ha|aveva) annunciato (?:il suo |il )?ritiro (?:gia )?(?:a|in|nel mese di) {m}"),
    announced_in=(r"(?:e|era) gia stat[oaie] (?:ufficializzat|annunciat|confermat)[oaie]", r"(?:e|era) stat[oa] (?:ufficializzat|annunciat|confermat)[oa] (?:gia )?(?:a|ad|in|nel mese di|il \d+) {m}", r"(?:e|era) stat[oa] (?:ufficializzat|annunciat|confermat)[oa] (?:gia )?il mese scorso", r"(?:ha|aveva|hanno|avevano) gia (?:ufficialmente )?(?:annunciato|ufficializzato|confermato)", r"(?:un|il) (?:trasferimento|passaggio|ingaggio|cambio di squadra) gia (?:annunciato|ufficializzato|confermato|ufficiale)", r"come gia (?:annunciato|comunicato)"),
    among=(r"tra i (?:corridori|nomi|obiettivi|profili|candidati)(?: che)?",),
    hearsay=(r"si (?:dice|vocifera|mormora|sussurra) che",),
    confirms=(r"\s*(?:ha |aveva )?conferma(?:to)?",),
    announcement=(r"annunci\w*", r"comunicato", r"ufficializz\w*"),
    man_of=(r"(?:ultimo uomo|apripista|gregari[oa]|luogotenente|uomo di fiducia|compagn[oa] di squadra|pesce pilota) (?:di|del|dello|della)",),
    brings_along=(r"si port(?:a|era|ano|eranno) (?:dietro|con se)", r"port(?:a|era|ano|eranno) con se"),
    colleague_of=(r"accanto a", r"insieme a", r"lavor(?:a|era|ando|are) con", r"affiancato da", r"affianchera"),
    one_more=(r"e (?:sono|fanno) (?:due|tre|quattro|cinque|sei)", r"(?:e )?(?:ancora )?un altro(?: colpo| acquisto| arrivo)?(?: per [^.;:]{1,40}?)?", r"(?:il )?(?:secondo|terzo|quarto|quinto) (?:colpo|acquisto|arrivo)(?: (?:per|della|del|dell') ?[^.;:]{1,40}?)?"),
    tipped=(r"(?:e|resta|rimane|sembra) la (?:destinazione|squadra|prossima squadra) piu (?:probabile|logica|accreditata)",),
    names_rider=(r"(?:ufficializza|annuncia|conferma|accoglie|ha (?:ufficializzato|annunciato|confermato))",),
    contract_words=(r"contratt[oi]", r"rinnov\w*", r"accord[oi]"),
    team_headers=(r"squadra", r"team"),
    retire_heads=(r"ritiri", r"ritirati", r"si ritirano", r"addii", r"smettono"),
    stay_labels=(r"restano", r"chi resta", r"confermati", r"conferme", r"sotto contratto"),
    note_headers=(r"stato", r"situazione", r"movimento"),
    joins_with=(r"con",),
    to_labels=(r"destinazione", r"a", r"alla", r"al", r"allo", r"all'", r"nuova squadra", r"approda", r"raggiunge"),
    in_labels=(
        r"nuovi arrivi", r"in entrata", r"entrano",r"arrivi", r"acquisti", r"entrate", r"chi arriva", r"gli arrivi",
        # "I principali arrivi:" the label with an article and a qualifier
        r"(?:i|gli|i suoi) (?:principali |nuovi )?(?:arrivi|acquisti)"),
    renew_labels=(r"rinnovi", r"rinnovati", r"prolungamenti", r"rinnovano",),
    out_labels=(
        r"in uscita", r"escono", r"addii", r"lasciano",r"partenze", r"cessioni", r"uscite", r"chi parte", r"chi se ne va", r"le partenze"),
    person_headers=(r"corridore", r"corridrice", r"nome"),
    retire_labels=(
        r"fine carriera", r"ritirato", r"ritirata", r"appende la bici al chiodo",
        r"ultima stagione",r"ritiro", r"si ritira", r"smette", r"ha smesso"),
    injury=(r"incident(?:e|i)",
        r"infortuni?o?", r"cadut[ae]", r"malattia", r"operazione", r"frattura", r"commozione", r"covid", r"ginocchio",
    ),
    speech=(
        r"(?:ha |aveva )?(?:detto|annunciato|spiegato|scritto|confermato|dichiarato|rivelato|assicurato)",
        r"dice", r"annuncia", r"spiega", r"conferma", r"dichiara",
    ),
    that=(r"che",),
    conditional=(r"sarebbe(?:ro)?", r"avrebbe(?:ro)?", r"lascerebbe(?:ro)?",),
    contract_headers=(r"contratto(?: fino al?)?", r"fino al?", r"scadenza(?: contratto)?", r"durata"),
    second_person=(r"tu", r"lei", r"ti", r"tuo", r"tua", r"sei", r"hai"),
    verb_forms=frozenset({"è"}),
    journalists=(r"(?:giornalista|inviat[oa]|cronista|opinionista|(?:una|la|prima|grande) firma)",),
    new_contract=(r"(?:ha )?(?:firmato|rinnovato|prolungato)", r"firma", r"rinnova", r"nuovo contratto", r"ora"),
    contrast=(r",? e che", r",? (?:mentre|invece)", r", (?:anche se|sebbene|benche|nonostante)",),
    team_of=(r"la (?:squadra|formazione|compagine) di", r"il team di"),
    old_expiry=(
        r"(?:aveva|ha|avrebbe avuto) (?:gia |ancora )?un (?:accordo|contratto) (?:fino al|in scadenza nel|che scadeva nel) {y}",
        r"(?:precedente|vecchio|attuale) (?:contratto|accordo) (?:scadeva|sarebbe scaduto|scade|terminava|termina) (?:nel|a fine|alla fine del|al termine del) {y}",
    ),
    same_team=(r"nella (?:stessa )?squadra", r"con la squadra", r"all'interno della squadra", r"li"),
    deal_state=(r"accordo raggiunto", r"(?:ha|hanno|aveva) raggiunto (?:l'|un )?accordo"),
    racing_again=(r"(?:correra|corre|correre|gareggera) di nuovo(?! (?:con|per|nella|nel|alla|al) )", r"tornera a (?:correre|gareggiare)",),
    racing_again_for=(r"(?:correra|corre|correre|gareggera) di nuovo (?:con|per|nella|nel|alla|al)",),
)
# fmt: on
