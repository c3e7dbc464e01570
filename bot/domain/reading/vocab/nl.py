"""Dutch: the words for moves, their status, time and source (data only)."""

from bot.domain.reading.records import TriggerClass as T
from bot.domain.reading.vocab import Vocabulary

# fmt: off
_ROLES = (
    r"ploegleid(?:er|ster)s?", r"sportie(?:f|ve) (?:directeur|manager)", r"sportdirecteur", r"trainer", r"trainster",
    r"coach", r"teammanager", r"manager", r"algemeen manager", r"hoofd (?:van )?(?:\w+ )?(?:prestaties|sport|ontwikkeling)",
    r"technisch (?:directeur|adviseur)", r"performance manager", r"staflid", r"ploegarts", r"teambaas", r"ploegbaas",
)
# fmt: on

# fmt: off
VOCAB = Vocabulary(
    code="nl",
    function_words=(
        "de", "het", "een", "en", "van", "bij", "naar", "voor", "met", "zijn", "haar", "hij",
        "zij", "ze", "wordt", "werd", "heeft", "dat", "die", "niet", "ook", "nog",
        "ploeg", "seizoen", "jaar", "renner", "renster", "volgens", "meldt", "tot", "eind", "na",
        "door", "om", "maar", "wel", "al",
    ),
    triggers={
        T.MOVE: (
            # "heeft een tweejarig akkoord met X": a deal agreed, its length before the noun
            # "dat hij een akkoord zou hebben met X": the deal reported, the verb between
            r"een (?:(?:een|twee|drie|vier|vijf)jarig )?akkoord (?:(?:zou|zouden) (?:hebben (?:bereikt )?|hebben gesloten )|bereikt |gesloten |heeft |hebben )?met",
            # "X is bevestigd bij Y": a live blog's word for an announced signing
            r"is (?:nu )?(?:officieel )?bevestigd bij(?= [^.;:,]{1,40}?(?:[.;]|$))",
            # "X naar Y is rond": een overstap als kop genoemd, dan beklonken
            r"naar(?= [^.;:,]{1,50}? is (?:rond|officieel|bevestigd|een feit)\b)",
            # "gaat volgend jaar aan de slag bij X": starts work at X
            r"(?:gaat|gaan) (?:[^.;:,]{0,30}? )?aan de slag bij",
            # "om bij X te tekenen": an infinitive with its team before it
            r"om (?:bij|voor) [^.;:,]{1,40}? te (?:tekenen|rijden|koersen)",
            # "said yes to X": the team chosen
            r"(?:zegt|zei) ja (?:tegen|aan)",
            # "will be a rider of X": a future team
            r"(?:wordt|zal) (?:een )?(?:nieuwe )?(?:renner|renster) (?:van|bij)(?: zijn| worden)?",
            # "denies any contact with X": the team of a denied move
            r"(?:ontkent|ontkende) (?:enig |elk |ieder )?contact met",
            # "is a new rider of X": the team the person now rides for
            r"(?:is|wordt) (?:een |de )?nieuwe (?:renner|renster|aanwinst) (?:van|bij)",
            r"in beeld (?:zijn |komen |is )?(?:bij|voor)", r"op de radar (?:staan |zijn |staat )?(?:van|bij)",
            r"(?:volgend jaar|volgend seizoen|komend seizoen|vanaf 20\d\d|in 20\d\d) (?:rijd|rijdt|koers|koerst) (?:ik|hij|zij|ze) (?:voor|bij)",
            r"(?:om )?over te stappen naar", r"overstappen naar",
            r"rijdt [^.;:]{1,40}? (?:volgend jaar|volgend seizoen|komend seizoen|vanaf [^.;:]{1,15}?|in 20\d\d) (?:voor|bij)", r"(?:bij|voor) (?!(?:haar|hem|mij|jou) (?:rijdt|rijden|koerst|koersen))[^.;:]{1,40}? (?:gaat |zal |zou )?(?:rijdt|rijden|koerst|koersen|uitkomt|uitkomen)(?=[ ,.]|$)",
            # the verb last in a subordinate clause: "terwijl X naar Ineos trekt"
            r"naar [^.;:,]{1,40}? (?:trekt|trekken|vertrekt|vertrekken|verhuist|verhuizen|overstapt|overstappen|overgaat)(?=[ ,.]|$)", r"(?:is|werd|wordt|zijn|werden) (?:vastgelegd|binnengehaald|gecontracteerd|aangetrokken|weggeplukt) door", r"(?:heeft |hebben )?gekozen voor", r"kiest (?:[^.;:]{0,20}? )?voor", r"koos (?:[^.;:]{0,20}? )?voor", r"tekenen (?:een contract )?(?:bij|voor)", r"rijden (?:vanaf|volgend|komend|in|de komende|ook) [^.;:]{0,30}?(?:voor|bij)", r"sluiten aan bij", r"wordt (?:\w+ )?genoemd bij", r"onderhandelt met", r"onderhandelingen met",
            r"heeft getekend", r"tekende", r"(?:zal|zou|gaat|gaan|wil|wilde) [^.;:]{0,40}?(?:voor|bij) [^.;:]{1,40}? (?:rijden|koersen|uitkomen|aan de slag gaan)",
            r"getekend (?:bij|voor)", r"(?:heeft|heb|hebben) (?:[\w-]+ ){0,3}getekend (?:bij|voor)",
            r"in de belangstelling (?:staan |staat )?van", r"staat op het verlanglijstje van", r"wordt gelinkt aan", r"(?:wordt|worden|werd) (?:\w+ )?in verband gebracht met",
            r"stap(?:t|pen|te) [^.;:]{0,40}?over", r"overstap(?:t|pen)?",
            r"de overstap", r"tekent bij",
            r"tekende bij", r"tek(?:en|ent|ende|enden) (?:een contract )?(?:bij|voor)",
            r"tekent",  # "Volgens X tekent Y bij Z": the subject follows the verb
            r"(?:rijd|teken|ga|kom) je (?:[^.;:]{0,30}? )?(?:voor|bij|naar)",
            r"rijdt (?:vanaf|volgend|komend|in|de komende|ook|per|met ingang van) [^.;:]{0,30}?(?:voor|bij)",
            r"(?:gaat|zal|zou|wil) [^.;:]{0,30}?(?:rijden|koersen|uitkomen|fietsen) (?:voor|bij)", r"(?:komt|kwam) over van", r"uitkomt voor", r"(?:zou|zal|gaat|zouden|zullen|gaan) [^.;:]{0,60}?voor(?= [^.;:]{1,40}? (?:rijden|koersen|uitkomen|fietsen)\b)", r"komt [^.;:]{0,30}?uit voor",
            r"vertrek(?:t|ken)?", r"verla(?:at|ten|tend)",
            r"verruil(?:t|en|de)", r"ruil(?:t|en|de) [^.;:]{1,40}? (?:in )?voor",
            r"trekt naar", r"zou overstappen", r"(?:gaat|ging|gaan) (?:[^.;:]{0,25}? )?naar",
            r"transfer naar", r"naar [^.;:]{1,30}? (?:trekken|gaan|vertrekken)",
            r"sluit aan bij", r"sluit (?:[^.;:]{0,30}? )?aan", r"versterkt", r"maakt (?:[^.;:]{0,30}? )?de overstap",
            r"zoekt (?:zijn|haar) geluk (?:bij|in)", r"wissel(?:t|en|de) van ploeg",
            r"rijdt (?:vanaf|volgend|komend)[^.;:]{0,25}? in (?:de kleuren|het shirt|het tenue) van",
            r"(?:vanaf|volgend|komend) [^.;:]{0,20}?rijdt (?:hij |ze |zij )?in (?:de kleuren|het shirt|het tenue) van", r"nieuwe ploeg",
            r"(?:in )?gesprek met", r"vertrek(?:t)? bij", r"afscheid van",
            r"op weg (?:is |zou zijn |zijn )?naar",  # "dat hij op weg is naar X": heading to X
            # "X mira al Lidl-Trek", "X eyes Y": a team looked at, a move talked of
            r"lonkt naar",
        ),
        T.SIGNING: (
            # "the renewal of X": the person after a renewal's noun renews
            r"de (?:contract)?verlenging van",
            r"(?:wil|wilde|willen|wilden) (?:[^.;:]{0,20}? )?(?:vastleggen|strikken|contracteren|binnenhalen)",
            r"(?:mogelijke|potentiele|waarschijnlijke) (?:bestemming|landingsplek) (?:voor|van)",
            r"(?:de|een|zijn|haar) (?:overstap|transfer) van", r"de terugkeer van",
            r"(?:heeft|hebben) [^.;:]{0,40}?(?:aangesteld|benoemd|vastgelegd)", r"(?:heeft|hebben) [^.;:]{0,90}?(?:aangetrokken|binnengehaald|gecontracteerd)", r"stelt [^.;:]{0,30}?aan als", r"benoemt", r"benoemde",
            r"(?:haalt|haalde|halen|haalden) [^.;:]{0,120}?binnen", r"(?:haalt|haalde|halen|haalden) [^.;:]{0,30}?weg (?:bij|uit)", r"(?:de )?komst van", r"contracteert", r"contracteerde",
            r"presenteert", r"stelt [^.;:]{0,20}?voor als", r"nieuwe aanwinst", r"nieuwkomers? (?:is|zijn)", r"aanwinsten?",
            r"(?:heeft|hebben) [^.;:]{0,20}?vastgelegd", r"strikt", r"strikte",
            r"(?:heeft|hebben|toont|tonen) interesse in",
            r"nieuw(?:e)? bij [^.;:]{1,40}? (?:zijn|is)", r"(?:komen|komt|kwamen|kwam) [^.;:]{1,60}? erbij", r"(?:doet|deed) een bod op", r"aast op",
            # "signs, accompanied by his compatriot Y": Y joins too
            r"(?:vergezeld|gevolgd) (?:van|door) (?:zijn|haar) (?:landgenoot|landgenote|ploegmaat)",
        ),
        T.EXTEND: (
            # a team keeping its rider to a year ("blinda a X hasta 2027"), a tie lengthened
            r"(?:houdt|hield)(?= [^.;:,]{1,40}? aan boord tot)", r"bindt(?= [^.;:,]{1,40}? (?:langer )?aan zich)",
            # "heeft zijn contract opengebroken en rijdt tot 2027": a deal renegotiated and
            # lengthened ("openbreken om over te stappen" breaks it to leave)
            r"(?:zijn|haar) contract (?:opengebroken|opgewaardeerd|openbreekt) en (?:[a-z]+ ){0,2}?(?:verlengd|verlengt|tekent|tekende|rijdt|blijft)",
            r"tek(?:ent|enen|ende) bij [^.;:]{1,40}? bij(?= tot| voor| t/m|[,.]|$)", r"blijft (?:[^.;:]{0,40}? )?tot (?:en met )?(?:(?:eind|het einde van) )?20\d\d", r"(?:tekende|tekent) (?:[^.;:]{0,20}? )?een nieuw contract", r"nieuw contract (?:getekend|ondertekend)", r"verleng(?:t|en|de|den|d)", r"contractverlenging", r"bijgetekend", r"tekent bij voor",
            r"bij(?:tekenen|getekend|tekende)", r"blijft (?:nog )?[^.;:]{0,40}? (?:tot|langer)",
            r"langer bij", r"nieuw contract (?:tot|voor)",
        ),
        T.RETIRE: (
            r"(?:hangt|hing|hangen) (?:zijn|haar|hun) fiets(?:en)? aan de (?:wilgen|haak)", r"fiets aan de (?:wilgen|haak)", r"rijdt (?:nog )?(?:door )?tot (?:het einde van |eind )[^.;:]{0,20}?en (?:wordt|gaat) (?:daarna|dan)", r"stopt(?! met [^.;:]{0,20}?(?:contract|samenwerking))", r"stoppen",
            r"gestopt", r"(?:zet|zette) [^.;:]{0,30}?punt achter (?:zijn|haar) (?:\w+ )?(?:carriere|loopbaan)",
            r"punt (?:zet|zette|zetten|gezet|zal zetten|wil zetten) achter (?:zijn|haar) (?:\w+ )?(?:carriere|loopbaan)",
            r"afscheid (?:als renn(?:er|ster)|van het peloton|van de koers)",
            r"(?:zijn|haar) (?:laatste|afscheids)(?:seizoen|koers|wedstrijd|jaar)",
            r"(?:zijn|haar) laatste (?:\w+ )?(?:seizoen|jaar)",
            r"(?:zijn|haar) laatste (?:\w+ )?(?:koers|wedstrijd)(?! (?:voor|bij|in het shirt|met) )",
            r"hangt de fiets aan de haak", r"met pensioen",
            r"(?:sluit|sloot|sloten) (?:zijn|haar|hun) (?:\w+ )?(?:carriere|loopbaan) af", r"(?:heeft|hebben) (?:zijn|haar|hun) (?:\w+ )?(?:carriere|loopbaan) afgesloten",
            r"afscheidsseizoen", r"beeindig(?:t|de|en) (?:zijn|haar) (?:\w+ )?carriere",
            r"neemt afscheid (?:van het peloton|van de koers|als renn(?:er|ster))", r"stopt ermee", r"(?:zijn|haar|hun) laatste (?:jaar |seizoen )?als (?:profs?|renners?|rensters?)", r"zetten een punt achter hun (?:\w+ )?(?:carrieres?|loopbanen?)",
            # "hangt haar fiets eind 2023 aan de haak": a time phrase inside the idiom
            r"(?:hangt|hing|hangen|zal) (?:zijn|haar|hun) fiets(?:en)? (?:(?:aan |op |na )?(?:het )?(?:eind|einde) van (?:het seizoen|dit jaar|volgend jaar|20\d\d)|eind 20\d\d|na (?:dit|volgend) seizoen|na 20\d\d) aan de (?:wilgen|haak)",
            # "het seizoen 2023 wordt haar laatste": the season as the subject
            r"(?:het )?seizoen(?: 20\d\d)? (?:wordt|zal|is|werd) (?:(?:ook )?(?:zijn|haar) laatste|het laatste van (?:zijn|haar) (?:carriere|loopbaan))",
            r"seizoen 20\d\d (?:zijn|haar) laatste (?:wordt|is|zal zijn)",
            # "de laatste koers van zijn carrière": the career's end told by its last race
            r"laatste (?:koers|wedstrijd) van (?:zijn|haar) (?:\w+ )?(?:carriere|loopbaan)",
        ),
        T.POSTPONE: (
            r"stel(?:t|de) (?:zijn|haar) afscheid (?:[^.;:]{0,20}? )?uit", r"afscheid uitgesteld",
            r"stopt (?:toch )?nog niet", r"stop(?:t|pen)? toch niet", r"nog een jaar door",
            r"doet er nog een jaar bij", r"plakt er nog een jaar aan",
            r"komt terug op (?:zijn|haar) (?:beslissing|besluit)",
            r"(?:stelt|stelde) (?:zijn|haar) (?:afscheid|pensioen) (?:nog )?uit", r"gaat (?:nog )?een (?:jaar|seizoen) door",
            r"rijdt (?:toch )?nog een (?:jaar|seizoen)", r"(?:verlengt|rekt) (?:zijn|haar) (?:wieler)?carriere",
            r"(?:zet|zette) (?:zijn|haar) carriere (?:nog )?voort",
            # "hangt zijn fiets nog niet aan de haak": the bike not hung up yet
            r"(?:hangt|hangen) (?:zijn|haar|hun|de) fiets(?:en)? nog niet aan de (?:wilgen|haak)",
        ),
        T.COMEBACK: (
            r"comeback",
            r"keert terug (?:in het peloton|als renn(?:er|ster)|in de koers|naar de koers)",
            r"rentree", r"speldt (?:weer|opnieuw) een rugnummer", r"(?:zijn|haar) terugkeer",
            r"stapt weer in", r"maakt (?:zijn|haar) terugkeer",
            # "keert terug naar een klassiekerploeg": a return to a kind of team names none
            r"keert terug(?! naar een )",
            r"ke(?:er|ert|erde|ren) (?:je|jij|u|ze|hij|zij) (?:\w+ )?terug", r"terugke(?:ert|ren|erde)",
            # the verb split by a time: "keert volgend seizoen terug als renster"
            r"keert (?:[\w-]+ ){1,4}terug (?:in het peloton|als (?:renner|renster)|in de koers)",
            # "wordt volgend seizoen opnieuw renster": a rider again
            r"wordt (?:[\w-]+ ){0,3}(?:opnieuw|weer) (?:renner|renster|beroepsrenner|beroepsrenster|prof)",
            r"na een (?:jaar|seizoen|heel jaar) zonder (?:koers|te koersen|wedstrijden)",  # a year out
        ),
        T.STAFF: (
            r"stapt (?:[^.;:]{0,25}? )?in de volgwagen", r"(?:wordt|worden) (?:[\w-]+ ){0,4}?(?:trainster|trainer|coach|ploegleidster|sportief directrice|sportief directeur)", r"(?:wordt|nieuwe|aangesteld als|benoemd tot|benoemd als) (?:[\w-]+ ){0,4}?(?:"
            + "|".join(_ROLES)
            + ")",
            r"ruilt de fiets voor de volgwagen", r"(?:stapt|zit) in de volgwagen",
            r"als (?:" + "|".join(_ROLES) + r") aan de slag",
            r"aan de slag als (?:nieuwe )?(?:" + "|".join(_ROLES) + r")",
            r"overstap naar de volgwagen",
            # "gaat bij de ploeg verder als ploegleider": stays on in a role
            r"(?:verder ?ga(?:at|an)|ga(?:at|an) (?:[^.;:]{0,40}? )?(?:verder|door)) als (?:nieuwe )?(?:"
            + "|".join(_ROLES)
            + ")",
        ),
        T.DENY: (
            # brushing a rumour aside: a denial
            r"(?:heeft |had )?(?:de |die |alle )?(?:geruchten|berichten|speculaties) (?:weggewuifd|van tafel geveegd)", r"wuif(?:t|de) (?:de |die |alle )?(?:geruchten|berichten|speculaties) weg",
            r"(?:spreekt|sprak|spreken|spraken) (?:[^.;:]{0,30}? )?tegen(?= dat|[,.])",
            r"(?:denkt|dacht) (?:er )?(?:nog )?niet aan (?:om )?(?:te )?stoppen", r"ontken(?:t|de|den|nen)?", r"veeg(?:t|de|den) [^.;:]{0,60}?van tafel",
            r"onzin", r"geen sprake van", r"sluit [^.;:]{0,30}?uit", r"niets van aan",
            r"wil niets weten van", r"(?:zal|gaat|komt) niet (?:naar|over|terug)", r"geen transfer",
            r"(?:klopt|klopte|kloppen|klopten) niet", r"(?:is )?(?:onwaar|fake news|pure fantasie)", r"(?:ga|gaat) nergens heen",
        ),
        T.STAY: (
            r"rijdt (?:[^.;:]{0,30}? )?(?:gewoon |nog )?(?:bij|voor) ons", r"blijft (?:gewoon )?bij ons",
            r"blijf(?:t|ft|en)? (?:bij|aan boord|trouw|in dienst)", r"blijven",
            r"blijft", r"ligt nog [^.;:]{0,30}?vast", r"vastligt", r"vast(?:ligt|liggen)",
            # "komt volgend jaar gewoon voor de ploeg uit": the rider a boss says stays
            r"gewoon (?:voor|bij) de ploeg (?:uitkomt|uitkomen|rijdt|rijden|koerst)",
        ),
        T.SAME: (
            r"dezelfde (?:keuze|beslissing)",r"dezelfde (?:overstap|weg|stap)", r"volgt (?:hem|haar) naar",
            # "Oss en Bodnar volgen Sagan naar TotalEnergies", "zullen hem volgen naar"
            r"volg(?:t|en|de|den)(?: [\w'-]+){0,3}? naar(?! de (?:top|meet|finish|streep|kop)\b)", r"maakt dezelfde"),
    },
    narrative=(
        r"overstapte", r"overkwam", r"kwam over", r"trok naar",
        r"verlengde", r"tekende bij",
        r"kwam", r"ging", r"reed (?:voor|bij)", r"stapte over", r"stapte [^.;:]{0,40}?over", r"tekende", r"verliet",
        r"verruilde", r"vertrok",
        r"terechtkwam\w*",
        # "X, die in februari bijtekende tot 2028, ...": a renewal told in the past tense
        r"bijtekende", r"bijtekenden",
    ),
    background=(r"(?:begint|begon|start|startte) (?:aan )?(?:zijn|haar)?", r"na (?:zijn|haar)", r"na (?:het|de)(?: [a-z]+e)?", r"sinds", r"voordien", r"vroeger", r"daarvoor", r"eerder(?: al)?", r"al eerder", r"bijna(?! zeker)", r"(?:drong|dringt|drongen) (?:al )?aan op(?: (?:een|de))?(?: [\w-]+)?"),
    negation=(r"niet", r"geen", r"nooit", r"niet meer"),
    no_longer=(r"niet meer", r"niet langer", r"nooit meer", r"geen [a-z]+ meer"),
    inner_negation=(r"niet", r"nooit", r"geen"),
    not_yet=(r"nog", r"toch", r"voorlopig"),
    confirm_verbs=(r"(?:heeft (?:[a-z]+ ){0,2})?bevestig(?:t|de|den|d)",),
    told_before=(r"eerder (?:deze|dit|in de) (?:zomer|lente|winter|herfst|maand|jaar|seizoen|week)", r"(?:vorige|afgelopen) (?:week|maand|zomer|lente|winter|herfst)", r"(?:weken|maanden) geleden"),
    past_when=(r"toen",),
    renewed_before=(r"(?:had|hadden) (?:al|reeds|eerder al)",),
    arrives_from=(r"komt (?:over )?van", r"overgekomen van", r"stapt over van"),
    his_team=(r"(?:naar|bij|voor|in) (?:zijn|haar|hun) (?:ploeg|team|formatie)",),
    chose_to=(r"(?:koos|kiest|kozen|kiezen|heeft gekozen|hebben gekozen) (?:ervoor )?om",),
    new_member=(r"(?:de |een )?nieuwe (?:renner|renster|aanwinst|versterking) (?:van|bij|voor)",),
    also_new=(r"(?:zij|hij|die) (?:is )?ook (?:een )?(?:nieuwkomer|nieuwe aanwinst|nieuwe naam)",),
    that_of=(r"en (?:die|dat) van",),
    meets=(r"(?:treft|treffen|vindt|ontmoet|komt [^.;:]{0,20}? tegen|rijdt samen met|herenigd met)",),
    relative=(r"die", r"dat", r"wiens", r"waar"),
    also=(r"ook", r"eveneens"),
    hedge=(
        # "X lijkt Y te gaan verlaten": a move that only seems to be coming
        r"lijk(?:t|en) [^.;:]{0,60}?te (?:gaan )?(?:verlaten|vertrekken|tekenen|ruilen|kiezen|overstappen|verkassen)",
        r"niet (?:zeker|duidelijk) of", r"onzeker of", r"de vraag is of",
        r"genoemd bij", r"zou(?:den)?", r"mogelijke?", r"misschien", r"wellicht", r"in de belangstelling", r"gelinkt", r"in verband gebracht",
        r"in gesprek", r"onderhandel\w*", r"interesse", r"op het verlanglijstje", r"kan", r"kunnen",
        r"in beeld", r"pols(?:t|en)",
        r"lonkt naar",  # a team looked at: talk, not a deal
    ),
    rumour_nouns=(r"gerucht(?:en)?", r"geruchtenmolen", r"roddels?", r"speculaties?"),
    reported=(
        # "about to sign": not done yet
        r"sta(?:at|an) op het punt",
        r"naar verluidt", r"volgens", r"meldt", r"schrijft", r"zou rond zijn", r"verwacht",
        r"akkoord", r"zou(?:den)? (?:al )?(?:hebben getekend|getekend hebben|getekend|hebben gekozen)", r"zou(?:den)? (?:[^.;:,]{1,40}? )?(?:hebben getekend|getekend hebben|hebben ondertekend|hebben gekozen|hebben bereikt)",
    ),
    confirmed=(
        r"bevestig(?:t|de) (?:aan|tegenover)",
        r"(?:manager|zaakwaarnemer|baas|ploegleider|directeur|coach|woordvoerder)[^.;]{0,40}? bevestig\w*",
        r"(?:manager|baas|directeur|teambaas|ploegbaas) [^.;:]{0,40}?(?:heeft (?:openlijk )?gezegd|zei|zegt|verklaarde) (?:[\w-]+ ){0,2}?dat",
    ),
    official=(
        r"officieel", r"officialiseert", r"maakt(?:e)? bekend", r"bekendgemaakt", r"bekendmaakt(?:e|en)?", r"aankondigde",
        r"bevestig(?:t|de|den|d)", r"kondigt aan", r"aangekondigd", r"tekent",
        r"tekende", r"heeft getekend", r"persbericht", r"meldt de ploeg",
        r"liet (?:\w+ )?weten", r"via sociale media",
    ),
    not_official=(
        # "only the official announcement remains": agreed, not yet announced
        # "without an official announcement": a party said it, nothing announced yet
        r"zonder (?:een )?officiele (?:aankondiging|bekendmaking|bevestiging)",
        r"(?:alleen|enkel) (?:nog )?de officiele (?:aankondiging|bekendmaking) (?:ontbreekt|moet nog)",
        r"nog niet officieel", r"niets officieel", r"(?:de )?officiele aankondiging (?:wordt|volgt)", r"moet (?:nog )?officieel (?:worden )?bekendgemaakt",
        r"(?:wilde|wil) [^.;]{0,30}?niet bevestigen", r"geen bevestiging",
    ),
    press_release=(r"persbericht", r"is (?:blij|trots|verheugd) (?:te|om)"),
    from_cues=(
        r"na (?:[\w-]+ ){1,3}(?:jaar|jaren|seizoenen) (?:bij|in)",
        r"verlaten",
        r"van", r"verlaat", r"weg bij", r"vertrek(?:t|ken)? bij", r"vertrok bij", r"afscheid van", r"verruilt",
        r"afkomstig van", r"uit",
        # "leaves behind four seasons at X": the seasons are the past, X the team left
        r"laat (?:[\w-]+ ){1,3}(?:jaar|jaren|seizoenen) (?:bij|in)",
        # "Astana bevestigde dat X vertrekt": the team announcing a bare departure is the one left
        r"vertrek(?:t|ken)", r"vertrek(?:t|ken)? (?:[\w-]+ ){1,4}bij",
    ),
    to_cues=(
        r"nieuwe (?:renner|renster|aanwinst) (?:van|bij)",
        r"volgwagen van", r"genoemd bij", r"onderhandelt met", r"onderhandelingen met", r"gesprek met",
        r"belangstelling van", r"verlanglijstje van", r"gelinkt aan", r"in verband gebracht met", r"geluk bij", r"in (?:de kleuren|het shirt|het tenue) van", r"naar", r"bij", r"voor", r"tekent bij", r"in dienst van", r"aan boord bij"),
    current_cues=(
        r"toekomst bij",
        r"(?<!komende )(?<!volgende )(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|enkele|vele) (?:jaar|jaren|seizoenen) (?:bij|voor)",
        r"contract bij", r"vast bij",
        r"ligt [^.;]{0,20}?vast bij", r"(?:reed|rijdt) (?:al )?(?:sinds|voor)",
    ),
    object_cues=(
        r"met", r"als", r"van", r"voor", r"door", r"achter", r"naast", r"zoals", r"dan", r"over",
        r"bij", r"na", r"aan", r"en", r"tegen",
    ),
    announcer=(r"(?:heeft|hebben|maakte|maakt) (?:\w+ )?(?:bekend|bevestigd|aangekondigd)", r"bevestig(?:t|de)", r"presenteert", r"contracteer(?:t|de)", r"haalt", r"maakte (?:\w+ )?bekend", r"maakt(?:e)? het (?:\w+ )?officieel"),
    season_next=(
        r"(?:vanaf|per) 1 januari",
        r"volgend (?:seizoen|jaar)", r"komend seizoen", r"het nieuwe seizoen", r"volgend voorjaar",
    ),
    season_this=(r"dit (?:seizoen|jaar)", r"huidige seizoen"),
    season_now=(
        r"met onmiddellijke ingang", r"per direct",
        r"halverwege het seizoen", r"vanaf (?:vandaag|nu)",
    ),
    season_end=(
        r"(?:op het )?einde van het jaar",
        r"(?:aan het )?(?:einde|eind) van (?:dit|het) seizoen", r"na dit (?:seizoen|jaar)",
        r"eind dit jaar", r"(?:aan het )?einde van dit jaar", r"na afloop van (?:het|dit) seizoen",
    ),
    season_end_next=(
        r"(?:einde|eind) (?:van )?volgend (?:seizoen|jaar)", r"na volgend seizoen",
        r"(?:einde|eind) (?:van )?komend seizoen",
    ),
    months=("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"),
    season_last=(r"(?P<w>vorige winter|afgelopen winter)", r"afgelopen {m}", r"(?:in )?{m} vorig jaar", r"vorig(?:e)? (?:jaar|seizoen)", r"(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|enkele|\d+) (?:jaar|seizoen|seizoenen) geleden"),
    year_season=(
        r"(?:vanaf|vanuit|in|voor|per|sinds) (?:het )?(?:seizoen )?{y}", r"(?:het )?seizoen {y}",
        r"{y} en 20\d\d", r"{y} (?:wordt|zal|zou|is) (?:\w+ )?(?:zijn|haar|het)",
        r"{y} (?:zijn|haar) (?:laatste|allerlaatste) (?:seizoen|jaar)",
        r"in {m} {y}",  # "in juni 2025": a month and its year
    ),
    year_until=(
        r"tot (?:en met )?(?:het )?(?:einde van |eind )?{y}", r"tot eind {y}", r"t/m (?:eind )?{y}",
        r"en {y}(?=[.,]| seizoen)",
    ),
    year_end=(r"(?:aan het |op het )?(?:einde|eind) van het seizoen {y}", r"(?:aan het )?(?:einde|eind) (?:van )?{y}", r"na {y}", r"na (?:de |het )[a-z][a-z' -]{1,40}? (?:van )?{y}"),
    contract_years=(
        r"voor nog (?P<n>een|twee|drie|\d) (?:jaar|jaren|seizoen|seizoenen)",
        r"met (?P<n>een|twee|drie|vier|vijf|\d) (?:jaar|seizoen|seizoenen) verlengd",
        r"(?:contract|verbintenis|deal) (?:voor|van) (?:de komende |nog )?(?P<n>een|twee|drie|vier|vijf|\d) (?:jaar|jaren|seizoenen)",
        r"(?P<n>een|twee|drie|vier|vijf)jarig contract",
        r"voor (?P<n>twee|drie|vier|vijf|\d) (?:seizoenen|jaar)(?! (?:lang|geleden|na|voor))",
        r"(?P<n>een|twee|drie|vier|vijf|\d) jaar (?:langer|bij)",
    ),
    old_contract=(r"ontbinding van (?:zijn|haar|een|het) contract", r"(?:vervroegd|voortijdig) vertrek uit (?:zijn|haar|een|het) contract",
        r"(?:zijn|haar|wiens) (?:huidige |lopende )?(?:contract|verbintenis)",
        r"(?:heeft|heb|hebben) (?:nog )?een contract",
        r"onder contract", r"vastligt",r"nog", r"huidige", r"lopende", r"oude", r"ondanks", r"had"),
    not_length=(r"meer dan", r"na", r"minstens", r"al", r"sinds", r"afgelopen", r"laatste", r"na (?:zijn|haar|hun)", r"einde aan (?:zijn|haar|hun)", r"binnen"),
    numbers={"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5},
    staff_roles=_ROLES,
    staff_as=(r"als", r"in de rol van"),
    staff_of=(r"bij", r"van"),
    pronouns=(r"hij", r"zij", r"ze"),
    first_person=(r"ik", r"mij", r"me", r"mijn"),
    descriptors=(
        r"de [a-z-]+(?:er|aar|ling|naar)\b", r"(?:zijn|haar) naam",
        # "de Deense", "de Limburgse": a woman described by where she is from, not "de Franse ploeg"
        r"de (?:[\w-]+ )?[a-z-]+(?:se|sche)(?=,| (?:rijdt|wordt|is|heeft|gaat|zal|komt|tekent|kiest|maakt|stopt|blijft|zegt|zei|won|was|had|keert|verruilt|verlaat)\b)",
        r"de (?:[\w-]+ ){0,3}(?:renner|renster|sprinter|klimmer|limburger|belg|nederlander|brabander|west-vlaming|\d+-jarige|[a-z]+jarige)",
        # a tabloid's titles for a rider ("de mountainbikekoning", "de Yorkshire-ster")
        r"de (?:[\w-]+ ){0,3}(?:koning|koningin|wonderboy|wonderkind|[a-z-]+koning|[a-z-]+koningin)\b",
        r"de (?:deen|fransman|italiaan|spanjaard|brit|duitser|noor|zwitser|sloveen|colombiaan|australier|amerikaan|oostenrijker|luxemburger|pool|portugees|eritreeer|ecuadoraan|kazach|belgische|nederlandse|deense|franse|italiaanse|spaanse|britse|duitse|noorse|zwitserse|sloveense)\b(?! (?:ploeg|formatie|equipe|wielerploeg|vrouwenploeg|team|bond|krant))",
    ),
    nationalities={
        "belg": "BEL", "belgische": "BEL", "belgisch": "BEL", "nederlandse": "NED",
        "nederlander": "NED", "nederlands": "NED", "fransman": "FRA", "franse": "FRA",
        "italiaan": "ITA", "italiaanse": "ITA", "spanjaard": "ESP", "spaanse": "ESP",
        "brit": "GBR", "britse": "GBR", "deen": "DEN", "deense": "DEN",
        "noor": "NOR", "noorse": "NOR", "duitser": "GER", "duitse": "GER",
        "zwitser": "SUI", "zwitserse": "SUI", "sloveen": "SLO", "sloveense": "SLO",
        "colombiaan": "COL", "colombiaanse": "COL", "australier": "AUS", "australische": "AUS",
        "amerikaan": "USA", "amerikaanse": "USA", "oostenrijker": "AUT", "ier": "IRL",
        "luxemburger": "LUX", "portugees": "POR", "pool": "POL", "poolse": "POL",
    },
    credit=(
        r"(?:schrijft|meldt|zegt) (?:journalist|verslaggever) {j} (?:in|van|bij) (?:het |de )?(?:{m} )?{o}",
        r"(?:berichtte|berichtten|schreef|meldde|onthulde|onthult|vernam|vernamen|heeft vernomen) (?:het |de )?(?:{m} )?{o}",
        r"(?:het |de )?(?:{m} )?{o} (?:berichtte|meldde|vernam|heeft vernomen)",
        r"volgens (?:een )?(?:bericht|berichten|informatie|ingewijden) (?:van|in|bij) (?:het |de )?(?:{m} )?{o}",
        r"(?:journalist|verslaggever) {j} (?:meldt|schrijft|zegt|weet)",
        r"volgens (?:(?:journalist|verslaggever) )?{j},? (?:van|bij) (?:het |de )?{o}",
        r"aldus (?:het |de )?(?:{m} )?{o}", r"{j}, (?:journalist|verslaggever) (?:van|bij) (?:het |de )?{o}", r"(?:weet|wist) (?:het |de )?{o}",
        r"volgens (?:het |de )?(?:{m} )?{o}", r"meldt (?:het |de )?(?:{m} )?{o}",
        r"(?:het |de )?(?:{m} )?{o} meldt", r"schrijft (?:het |de )?(?:{m} )?{o}",
        r"(?:het |de )?{o} schrijft", r"bericht (?:het |de )?{o}",
        r"(?:naar buiten gebracht|gemeld|onthuld|gebracht) door (?:het |de )?{o}",
        r"(?:het |de )?{o} (?:weet|wist) te melden",
        r"zegt [^.;]{0,30}? (?:tegen|aan) (?:het |de )?{o}", r"volgens {j}",
        r"(?:heeft |had )?in (?:het |de )?(?:{m} )?{o} (?:bevestigd|verklaard|gezegd)",  # a party confirms in a paper: the paper is the source
    ),
    broke=(r"als eerste", r"eerder al naar buiten", r"primeur", r"exclusief"),
    media_nouns=(r"(?:\w+ )?(?:krant|dagblad|site|website|zender|omroep|tijdschrift)",),
    cap_stop=(
        "transfers", "transfer", "transfernieuws",
        "interview", "vraaggesprek",
        "waarom", "wanneer", "welke", "hoeveel",
        "verslaggever", "journalist", "correspondent",
        "de", "het", "een", "hij", "zij", "ze", "zijn", "haar", "in", "op", "bij", "van",
        "voor", "met", "na", "naar", "volgens", "ook", "maar", "en", "dat", "die", "dit", "deze",
        "er", "daar", "wie", "wat", "hoe", "waar", "over", "nog", "al", "dan", "toen", "als",
        "om", "tot", "door", "uit", "maandag", "dinsdag", "woensdag", "donderdag",
        "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart", "mei", "juni",
        "juli", "augustus", "oktober", "ploeg", "kopman", "ploegleider", "teammanager", "renner",
        "renster",
    ),
    furniture=(
        r"lees (?:ook|meer)", r"schrijf je in", r"nieuwsbrief", r"abonn\w+",
    ),
    furniture_lead=(
        r"(?:lees ook|meer nieuws|gerelateerd|ook interessant)\s*:",
        r"(?:foto|beeld|bron):", r"over de auteur",
        # a cookie notice, whatever its sentences
        r"(?:wij|we) gebruiken cookies", r"deze (?:site|website) gebruikt cookies",
    ),
    teaser_heads=(r"(?:meest )?gelezen:?", r"populair:?", r"lees ook:?", r"meer nieuws:?", r"gerelateerd:?", r"over de (?:auteur|schrijver):?"),
    from_labels=(r"herkomst", r"van", r"oude ploeg", r"vorige ploeg", r"verlaat", r"huidige ploeg"),
    career_long=(r"tot het einde van (?:zijn|haar) (?:loopbaan|carriere)", r"tot (?:zijn|haar) pensioen"),
    offer_declined=(r"ondanks (?:het|een) (?:aanbod|voorstel) (?:tot|voor|om te) (?:verlenging|verlengen|contractverlenging)", r"(?:weigerde|wees) (?:het|een) (?:aanbod|voorstel) (?:tot|voor) (?:verlenging|contractverlenging)"),
    intake=(r"aanwinsten", r"nieuwkomers", r"transferpolitiek", r"inkopen"),
    leave_words=(r"verla(?:at|ten|tend)", r"vertrek(?:t|ken)?", r"afscheid"),
    setting=(r"bij", r"ook bij", r"binnen"),
    # "neemt X mee naar Y", "neemt X mee." (not "neemt X mee in zijn wiel", a race)
    judges=(r"(?:noemde|noemt|omschreef|omschrijft|prees|prijst|verwelkomde|verwelkomt|juichte|juicht) (?:de|het|deze|dit)(?: nieuwe)?",),
    farewell=(r"voor het laatst", r"een laatste keer"),
    away=(r"pauze", r"zonder ploeg", r"sabbatical", r"sabbatjaar", r"afscheid", r"gestopt", r"weg uit het peloton"),
    returns=(r"keert (?:[\w-]+ ){0,3}terug (?:in de koers|naar de koers)",),
    returns_for=(r"met", r"voor", r"bij"),
    new_deal=(r"(?:het|zijn|haar) nieuwe (?:contract|akkoord)", r"(?:de|zijn|haar) nieuwe (?:verbintenis|overeenkomst)"),
    last_race_for=(r"(?:reed|heeft) (?:zijn|haar) (?:aller)?laatste (?:koers|wedstrijd) (?:voor|bij|met|in het shirt van)(?: \w+ gereden)?",
                   r"(?:zijn|haar) laatste seizoen (?:bij|voor)(?! de ploeg)"),
    rumour_over=(r"einde (?:maakt |maakte |maken |maakten )?aan (?:de |alle )?(?:wekenlange |maandenlange )?(?:speculaties?|geruchten)",),
    race_on_with=(r"(?:rijdt|rijden|koerst) (?:[^.;:]{0,20}? )?door bij",),
    race_on=(r"(?:zet|zette) (?:zijn|haar) carriere (?:nog )?voort",),
    # "..., a move already announced": the move recalls earlier news
    retire_announced_in=(r"zoals (?:hij|zij|ze) (?:al )?in {m} (?:had )?aangekondigd", r"(?:kondigde|maakte) (?:al )?in {m} (?:zijn|haar) (?:afscheid|pensioen|karrierestop|carrierestop) (?:aan|bekend)"),
    announced_in=(r"(?:werd|was) al (?:eerder )?(?:bekendgemaakt|aangekondigd|bevestigd|officieel gemaakt)", r"(?:werd|was) (?:al )?(?:in|op \d+) {m} (?:bekendgemaakt|aangekondigd|bevestigd|officieel gemaakt)", r"(?:werd|was) (?:al )?vorige maand (?:bekendgemaakt|aangekondigd|bevestigd)", r"(?:heeft|had|hebben|hadden) [^.;:]{0,40}?al (?:eerder )?(?:aangekondigd|bekendgemaakt|bevestigd|officieel gemaakt)", r"(?:maakte|maakten|kondigde|kondigden) [^.;:]{0,40}?al (?:eerder )?(?:bekend|aan)", r"een (?:transfer|overstap) die al (?:eerder )?(?:was )?(?:aangekondigd|bekendgemaakt|bekend was|officieel was)", r"zoals al (?:eerder )?(?:aangekondigd|bekendgemaakt)"),
    among=(r"(?:een van de|behoort tot de|bij de) (?:renners|namen|doelwitten|kandidaten)(?: die| waar)?",),
    hearsay=(r"het gerucht gaat dat", r"gaat het gerucht dat", r"er wordt gefluisterd dat", r"naar (?:het schijnt|men zegt)"),
    confirms=(r"\s*(?:heeft |had )?bevestig(?:t|de|d)",),
    announcement=(r"aangekondigd", r"kondigt", r"persbericht", r"officieel gemaakt"),
    man_of=(r"(?:lead-?out|laatste man|knecht|luitenant|rechterhand|ploegmaat|wegkapitein)s? van",),
    brings_along=(r"(?:neemt|nemen|nam|namen)(?= [^.;:]{1,60}? mee(?: naar\b|[.,;]|$))",),
    colleague_of=(r"naast", r"samen met", r"werk(?:t|en)? samen met", r"onder leiding van", r"bijgestaan door"),
    one_more=(r"(?:de )?(?:tweede|derde|vierde|vijfde) (?:aanwinst|versterking|transfer)(?: (?:voor|van) [^.;:]{1,40}?)?", r"(?:aanwinst|versterking) nummer (?:twee|drie|vier|vijf)", r"(?:en )?(?:een|nummer) (?:tweede|derde|vierde|vijfde|twee|drie|vier|vijf)(?: aanwinst| versterking)?(?: voor [^.;:]{1,40}?)?", r"(?:en )?nog (?:een|eentje)(?: aanwinst| versterking)?(?: voor [^.;:]{1,40}?)?"),
    tipped=(r"(?:is|blijft|lijkt) (?:de )?(?:meest )?(?:waarschijnlijke|logische|voor de hand liggende) (?:bestemming|landingsplek|nieuwe ploeg)",),
    names_rider=(r"(?:bevestigt|officialiseert|verwelkomt|haalt)",),
    contract_words=(r"contract(?:en)?", r"verbintenis(?:sen)?", r"bijgetekend", r"contractverlenging(?:en)?"),
    team_headers=(r"ploeg", r"team", r"huidige ploeg"),
    retire_heads=(r"stoppers", r"afscheid", r"afscheidnemers", r"gestopt", r"stoppen", r"zij stoppen"),
    stay_labels=(r"blijvers", r"blijven", r"blijft", r"wie blijft", r"wie blijven", r"onder contract"),
    note_headers=(r"status", r"situatie", r"nieuws", r"wat nu"),
    joins_with=(r"bij",),
    to_labels=(r"bestemming", r"naar", r"nieuwe ploeg", r"gaat naar", r"komt bij"),
    in_labels=(
        r"aanwinsten", r"nieuwelingen", r"inkomende transfers", r"binnenkomers",r"aankomsten", r"nieuw", r"erbij", r"inkomend", r"wie komt er(?:bij)?", r"wie komen er(?:bij)?", r"nieuwkomers",
        # "De belangrijkste aanwinsten:" the label with an article and a qualifier
        r"(?:de|haar|hun) (?:belangrijkste |grootste |nieuwe )?(?:aanwinsten|nieuwkomers)"),
    renew_labels=(r"verlengd", r"verlengingen", r"contractverlengingen", r"bijgetekend",),
    out_labels=(
        r"vertrokken", r"uitgaande transfers", r"weg uit de ploeg",r"vertrekkers", r"vertrekken", r"vertrek", r"wie vertrekt", r"wie vertrekken", r"wie gaat er weg", r"weg", r"eraf", r"uitgaand"),
    person_headers=(r"renner", r"renster", r"naam"),
    retire_labels=(
        r"einde (?:carriere|loopbaan)", r"met pensioen", r"stopt ermee",
        r"laatste seizoen",r"stopt", r"stopte", r"gestopt", r"afscheid", r"pensioen"),
    injury=(r"ongeval(?:len)?", r"ongeluk(?:ken)?",
        r"blessures?", r"val(?:partij)?", r"ziekte", r"operatie", r"breuk", r"hersenschudding", r"covid", r"knie",
    ),
    speech=(
        r"(?:heeft )?(?:gezegd|verteld|verklaard|bevestigd|aangekondigd|bekendgemaakt)", r"zei", r"zegt",
        r"vertelde", r"verklaarde", r"schreef", r"liet (?:\w+ )?weten", r"maakte (?:\w+ )?bekend",
        r"kondigde (?:\w+ )?aan", r"bevestigde", r"gaf aan",
    ),
    that=(r"dat",),
    conditional=(r"zou(?:den)?",),
    contract_headers=(r"contract(?: tot| loopt tot)?", r"tot(?: en met)?", r"einde contract", r"looptijd"),
    second_person=(r"je", r"jij", r"u", r"jou", r"jouw"),
    journalists=(r"(?:wieler)?(?:journalist|verslaggever|correspondent|columnist|commentator)e?n?",),
    new_contract=(r"opengebroken", r"(?:heeft |hebben )?(?:getekend|verlengd|bijgetekend)", r"tekent", r"tekende", r"verlengt", r"nieuw(?:e)? (?:contract|verbintenis)", r"nu"),
    contrast=(r",? en dat", r",? terwijl", r", (?:ook al|hoewel|al heeft|al is)",),
    team_of=(r"de (?:ploeg|formatie|equipe) van",),
    old_expiry=(
        r"lag (?:nog |al )?vast tot (?:eind |het einde van )?{y}",
        r"(?:vorige|oude|huidige|lopende) (?:contract|verbintenis) (?:liep|loopt|zou) (?:nog )?(?:af in |tot (?:eind |het einde van )?|eind |aflopen in |aflopen eind )?{y}",
    ),
    same_team=(r"daar", r"bij de(?:zelfde)? ploeg", r"binnen de ploeg", r"er"),
    deal_state=(r"(?:is|zijn|waren|was) (?:het )?eens geworden", r"akkoord bereikt"),
    racing_again=(r"(?:gaat|zal|wil) (?:[^.;:]{0,30}? )?(?:weer|opnieuw) koersen", r"koerst (?:weer|opnieuw)(?! (?:voor|bij) )",),
    racing_again_for=(r"koerst (?:weer|opnieuw) (?:voor|bij)",),
)
# fmt: on
