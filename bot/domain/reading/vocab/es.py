"""Spanish: the words for moves, their status, time and source (data only)."""

from bot.domain.reading.records import TriggerClass as T
from bot.domain.reading.vocab import Vocabulary

# fmt: off
_ROLES = (
    r"director(?:es)? deportivos?", r"directoras? deportivas?", r"entrenador(?:es|as?)?", r"preparador(?:es|as?)?", r"manager", r"mánager",
    r"director general", r"director tecnico", r"asesor tecnico", r"ds", r"responsable de rendimiento", r"jefe del equipo",
    # "la dirección (neerlandesa) había renovado a X": the team's leaders, not a rider
    r"direccion", r"directiva",
)
# fmt: on

# fmt: off
VOCAB = Vocabulary(
    code="es",
    function_words=(
        "de", "a", "desde", "pero", "sin", "sobre", "entre", "donde",
        "el", "la", "los", "las", "del", "un", "una", "y", "que", "con", "por", "para", "en", "su",
        "sus", "se", "ha", "al", "es", "equipo", "temporada", "corredor", "segun", "no",
        "como", "tras", "este", "esta", "hasta", "desde",
    ),
    triggers={
        T.MOVE: (
            # "X al Y es oficial": un fichaje nombrado como un titular, luego dado por cerrado
            r"al(?= [^.;:,]{1,50}? (?:es oficial|esta hecho|es un hecho)\b)",
            # "said yes to X": the team chosen
            r"(?:ha dicho|dijo|dice) si (?:al|a la|a)",
            # "will be a rider of X": a future team
            r"sera (?:el )?(?:nuevo |nueva )?(?:corredor|corredora|ciclista) del?", r"llega(?:ra)? (?:al|a la)",
            # "denies any contact with X": the team of a denied move
            r"(?:cualquier|todo) contacto con",
            r"(?:pone|pondra|poner|pondria|ponen) rumbo (?:a|al|hacia)",
            r"(?:sera|es) (?:el )?(?:nuevo|nueva) (?:corredor|corredora|ciclista|fichaje) del?", r"(?:ha sido|han sido|fue|fueron|sera|es) (?:fichad|contratad|incorporad)[oa]s? por", r"cambia(?:ra)? (?:el |la )?[^.;:]{1,40}? por", r"(?:ha |han )?elegido", r"elige", r"(?:ha )?optado por", r"opta por", r"se (?:ha )?compromet(?:e|ido) con", r"correran (?:[^.;:]{1,30}? )?(?:en|con|para)", r"vestiran (?:el maillot|los colores)", r"fich(?:an|aran|aron) (?:[^.;:]{0,40}? )?por", r"firm(?:an|aran|aron) (?:[^.;:]{0,40}? )?(?:por|con)", r"han firmado", r"dejan", r"dejaran", r"se marchan (?:al|a la|a)", r"llegan (?:al|a la|a)", r"se unen (?:al|a)", r"se marcha(?:ra)? (?:al|a la|a)", r"se va (?:al|a la|a)", r"marcharse (?:al|a la|a)",
            r"negocia(?:ndo)? con", r"(?:en )?negociaciones (?:muy |bastante )?(?:avanzadas )?con", r"conversaciones (?:muy |bastante )?(?:avanzadas )?con",
            r"vestir (?:el maillot|los colores) del?",
            r"en la orbita del?", r"suena para el", r"interesa al?",
            r"fich(?:a|o|ar|ara|aria|ado) (?:[^.;:]{0,40}? )?por", r"fich(?:a|o) (?:con|en)",
            r"fichaje (?:por|con)", r"firm(?:a|o|ar|ara|ado) (?:[^.;:]{0,40}? )?(?:por|con)",
            r"ha firmado", r"he firmado", r"deja(?:ra|ria)?", r"dejar", r"abandona(?:ra)?",
            r"(?:fichas|firmas|correras|vas) (?:por|con|en|al|a la)", r"(?:fichare|firmare|correre|me marcho|me voy) (?:por|con|en|al|a la)",
            r"vuelve (?:al|a la|a)", r"regresa (?:al|a la|a)",
            # "correrá la Vuelta con el X": a race ridden with a team is no move, unless his last
            # ("por última vez": the farewell names the team he leaves)
            r"correra (?!(?:la |el |los |las )?(?:vuelta|tour|giro|clasicas?|mundial(?:es)?|juegos|itzulia)\b(?![^.;:]*(?:por|una) ultima vez))(?:[^.;:]{1,30}? )?(?:en|con|para)", r"vestira (?:el maillot|los colores)",
            r"cambia(?:ra)? de (?:aires|equipo)", r"recala(?:ra)? en",
            r"se une (?:al|a)", r"llega(?:ra)? (?:al|a la|a)",
            r"(?:me voy|voy|ire|se ira|iria) (?:al|a la)",
            r"procedente (?:del|de)", r"traspaso", r"salida (?:del|de)", r"(?<!fin de su )(?<!fin del )(?<!final de su )(?<!final del )acuerdo con",
            # "un acuerdo de dos años con X": a deal with its length between the noun and the team
            r"acuerdo (?:de|por) (?:un|dos|tres|cuatro|cinco|\d) (?:anos?|temporadas?) con",
            r"(?:su )?(?:salida|marcha|fichaje|paso|llegada) (?:al|a la)",
            r"(?:le|la|lo) (?:situan?|colocan?|ubican?|relacionan?|vinculan?|acercan?|llevan?) (?:en|con|al|a la)",
            r"(?:cierra|pone fin a) su etapa",
            # "X mira al Lidl-Trek", "X eyes Y": a team looked at, a move talked of
            r"mira (?:a|al|hacia el|hacia)",
            # riding "the next two seasons (until 2025)" for a team: a move, the span its length
            r"correra (?:las|sus) (?:\w+ )?proximas (?:\w+ )?(?:temporadas|anos)[^.;:]{0,25}? (?:en|con|para)",
        ),
        T.SIGNING: (
            # "el X se estaría moviendo por Y": a team after a rider, Y the one it wants
            r"se (?:esta|estan|estaria|estarian) moviendo por", r"se (?:mueve|mueven|moveria) por",
            # "the renewal of X": the person after a renewal's noun renews
            r"la renovacion (?:de contrato )?de",
            r"(?:quiere|quieren|queria|querian) fichar",
            r"(?:posible|probable|potencial) destino (?:para|de)",
            r"se (?:hace|ha hecho|hizo|hara) con(?: los servicios de)?", r"(?:el )?fichaje de", r"el (?:regreso|retorno) de", r"(?:la )?llegada de", r"incorpora(?:cion de)?", r"(?:ha |han )?incorporado (?:a|al|a la)", r"refuerzo",
            r"caras nuevas", r"nuevo fichaje",
            r"ficha a", r"nombra a", r"(?:ha |han )nombrado a", r"(?:fichar|fichara|fichaba|fichaste|fichado) a", r"anuncia(?:do)? [^.;:]{0,20}?(?:la llegada|el fichaje)",
            r"(?:ha hecho|hace) una oferta (?:por|a)", r"se interesa por", r"sondea a",
            r"(?:situan|situaban|colocan|colocaban|ubican|ubicaban|relacionan|relacionaban|vinculan|vinculaban) a", r"(?:esta|estan|estaria|estarian) interesad[oa]s? en", r"sigue(?:n)? la pista (?:a|de)",
            # "signs, accompanied by his compatriot Y": Y joins too
            r"acompanad[oa] (?:de|por) su (?:compatriota|companer[oa])",
        ),
        T.EXTEND: (
            # a team keeping its rider to a year ("blinda a X hasta 2027"), a tie lengthened
            r"ampli(?:a|o|ado|ara) su (?:vinculo|contrato|relacion)", r"blind(?:a|o|ado|ara)(?: a)?(?= [^.;:,]{1,40}? hasta)",
            # staying at a team until a year: a renewal
            r"(?:sigue|seguira|continua|continuara|permanecera) en el [^.;:,]{1,40}? hasta (?:el )?20\d\d",
            r"(?:sigue|seguira) (?:ligad[oa]|vinculad[oa]) (?:al|a la|a) [^.;:]{1,40}? hasta", r"(?:firmado|firma|firmo|rubricado) (?:un )?nuevo contrato", r"renuev(?:a|an)", r"renovo", r"renovacion", r"renovado",
            r"amplia(?:do)? (?:su )?contrato", r"prolonga(?:cion)?",
            r"renov(?:ar|ara|aran|ando)", r"ampli(?:ar|ara|o|ando) (?:su |el )?(?:contrato|vinculo)",
            r"prolong(?:ar|ara|o|ado)",
            r"(?:seguira|sigue|continua|continuara) (?:en|con) [^.;:,]{1,40}? hasta",
        ),
        T.RETIRE: (
            r"(?:pon(?:e|dra|dria|ia|en|dran)?|puso|pusieron|ha puesto) punto (?:y )?final a (?:su|sus) carreras?", r"correra hasta (?:el )?final de [^.;:]{0,20}?y (?:luego|despues)", r"se retira(?:ra)?", r"se retiran", r"se retiraran", r"retirarse", r"retirada", r"retiro", r"colgar(?:a|ra)? la bici(?:cleta)?",
            r"(?:cierra|cerro|ha cerrado) su (?:\w+ )?carrera",
            r"cuelga la bici(?:cleta)?", r"(?:su )?(?:ultima|ultimo) (?:temporada|ano|campana)",
            r"(?:su )?ultima carrera(?! con| en el| en la| para)", r"pon(?:e|dra|dria|ia|en|dran)? fin a (?:su|sus) carreras?",
            r"(?:dice|dira|dijo|decir) adios", r"(?:su )?ultimo ano(?: como profesional)?", r"se despide del ciclismo", r"deja el ciclismo", r"cuelgan la bici(?:cleta)?", r"dicen adios", r"se despiden del ciclismo",
            # "la temporada 2023 será su última": the season as the subject
            r"(?:la )?temporada(?: 20\d\d)? (?:sera|seria|es) (?:su|la) ultima",
        ),
        T.POSTPONE: (
            r"aplaz(?:a|ar|ado|o|ara) su retirada", r"retrasa(?:r)? su retirada",
            r"pospone su retirada", r"no se retira", r"un ano mas", r"una temporada mas",
            r"(?:alarga|prolonga|extiende)(?:r|ra)? su carrera", r"no se retirara",
            r"(?:aplaz|retras|pospon)(?:a|ar|ara|ado|o|e|er|dra|ido|io) su (?:retiro|adios|despedida|retirada)", r"pospuso su (?:retiro|adios|despedida|retirada)",
            r"seguira (?:compitiendo|corriendo) (?:un ano mas|otra temporada|una temporada mas)",
            # the bike not hung up yet
            r"(?:todavia|aun) no cuelga la bici(?:cleta)?", r"no cuelga (?:todavia|aun) la bici(?:cleta)?",
        ),
        T.COMEBACK: (
            r"(?:vuelve|volvera|volveria) a competir", r"volvera a correr como profesional", r"(?:vuelve|volvera|regresara) a la competicion", r"regresa a la competicion",
            r"vuelta a la competicion", r"sale de su retiro", r"regreso", r"reaparece",
            r"(?:regresa|regresara|vuelve|volvera) al peloton",  # "regresa al pelotón": racing again
            r"reaparicion", r"come-?back", r"(?:vuelve|volvera) a (?:colgarse|ponerse|prenderse) (?:el|un) dorsal",
            # "regresa tras pasar todo 2023 sin competir": back after a year out of racing
            r"tras (?:pasar )?(?:todo |un |una )?(?:20\d\d|ano|temporada)(?: entera| entero)? sin competir",
        ),
        T.STAFF: (
            r"se incorpora(?:ra)? al (?:cuerpo tecnico|staff|equipo tecnico)", r"(?:entra|entrara) en el (?:cuerpo tecnico|staff)", r"(?:sera|nuevo|nombrado|se convierte en|pasa a ser) (?:el |un |su |nuevo )*(?:"
            + "|".join(_ROLES)
            + ")",
            r"(?:sube|se sube) al coche",
            r"(?:seguira|sigue|continuara|continua|se quedara|permanecera) (?:[^.;:]{0,40}? )?como (?:"
            + "|".join(_ROLES)
            + ")",
        ),
        T.DENY: (
            # brushing a rumour aside: a denial
            r"(?:ha |habia )?(?:restado|quitado|resto|quito) importancia a (?:los |las |esos |esas )?(?:rumores|informaciones|especulaciones)",
            r"no piensa en (?:retirarse|la retirada|colgar la bici(?:cleta)?)", r"no tiene (?:ninguna )?intencion de (?:retirarse|colgar la bici(?:cleta)?)", r"desmient\w+", r"desmintio", r"niega", r"nego",
            r"descarta(?:do)?", r"no (?:fichara|se ira|dejara)", r"ningun contacto",
            r"desm[ie]nt\w*", r"neg(?:a|o|ado|aron|ando)", r"(?:es|son) (?:falso|falsa|falsos|mentira)",
            r"no (?:es|hay nada de) cierto", r"no hay nada", r"ni hablar",
        ),
        T.STAY: (
            r"sigue (?:en|siendo|con)", r"me quedo (?:en|con)", r"sigo (?:en|con)", r"seguira (?:en|con|siendo)",
            r"continua (?:en|con)", r"permanece(?:ra)?",
            r"se queda(?:ra)?",  # "en Movistar se queda X": the rider stays
            # "tiene contrato hasta 2026 y correrá con nosotros": the team that has him keeps him
            r"tiene (?:todavia |aun )?(?:un )?contrato (?:con nosotros )?hasta[^.;:]{0,50}?(?:correra|corre|estara) (?:para|con) nosotros",
        ),
        T.SAME: (
            r"la misma (?:decision|eleccion)", r"el mismo paso",r"el mismo camino", r"la misma ruta", r"le sigue",
            # "seguirá a Pogačar al UAE", "le seguirán al X" (not "sigue al frente del equipo",
            # "seguirá en el equipo", nor a race's "hasta la meta")
            r"(?:seguir(?:a|an|ia|ian)|sigu(?:e|en)) (?!al frente)al? (?:[\w'-]+ ){1,3}?(?:al|a la|en el equipo|en la formacion)\b(?! (?:meta|cima|final|llegada|linea)\b)",
            r"(?:le|la|les) seguir(?:a|an|ia|ian)(?: [\w'-]+){0,3}? (?:al|a la|en el equipo|en la formacion)\b(?! (?:meta|cima|final|llegada|linea)\b)"),
    },
    narrative=(
        r"ficho", r"habia fichado", r"se unio", r"firmo", r"se marcho", r"llegado (?:del|de la|de)",
        r"renovo", r"habia renovado",r"habia dejado", r"corrio", r"llego", r"paso", r"coincidian"),
    background=(r"(?:comienza|empieza|afronta|inicia|encara)(?: (?:su|la))?", r"tras", r"despues de", r"desde(?: que)?", r"antes de", r"ex", r"anteriormente", r"previamente", r"con anterioridad", r"casi(?! seguro| seguramente| con seguridad)", r"estuvo a punto de", r"(?:presionaba|presiona|abogaba|aboga) por(?: (?:una|un|la|el))?(?: [\w-]+)?"),
    negation=(r"no", r"nunca", r"jamas"),
    no_longer=(r"ya no", r"no mas", r"nunca mas"),
    inner_negation=(r"no", r"nunca", r"jamas"),
    not_yet=(r"todavia", r"aun", r"por ahora", r"finalmente"),
    confirm_verbs=(r"(?:ha )?confirm(?:a|o|ado)",),
    told_before=(r"el pasado (?:verano|invierno|mes)", r"el (?:verano|invierno|mes) pasado", r"la semana pasada", r"hace (?:unas|unos|varias|varios|dos|tres) (?:semanas|meses)", r"a principios de (?:verano|mes)"),
    past_when=(r"cuando",),
    renewed_before=(r"ya (?:habia|habian)",),
    arrives_from=(r"(?:llega|llegara) (?:desde|del|de)", r"procedente (?:del|de)"),
    his_team=(r"(?:a|en|para|con|por) su (?:equipo|conjunto|escuadra)",),
    chose_to=(r"(?:ha |han )?(?:elegido|eligio|elige) (?:apostar|invertir|centrarse|priorizar|mantener|renovar)",),
    new_member=(r"(?:el |la )?(?:nuevo|nueva|ultimo) (?:corredor|corredora|ciclista|fichaje|refuerzo) del?",),
    also_new=(r"(?:ella|el|que es) tambien (?:una |un )?(?:recien llegad[oa]|nuev[oa] fichaje|nueva incorporacion)",),
    that_of=(r"(?:y|asi como) (?:la|el) de",),
    meets=(r"(?:coincidira|encontrara|se encontrara|se reencontrara|compartira equipo)",),
    relative=(r"que", r"quien", r"cuyo", r"cuya", r"donde", r"el cual"),
    also=(r"tambien", r"asimismo"),
    hedge=(
        # "X parece abocado a dejar Y": a move that only seems to be coming
        r"parece(?:n)? (?:[^.;:]{0,20}? )?(?:abocad[oa]s?|destinad[oa]s?|dispuest[oa]s? a|a punto de|dejar|fichar|salir|marcharse)",
        # a team moving for a rider: the chase, not a deal
        r"se (?:esta|estan|estaria|estarian) moviendo", r"se (?:mueve|mueven|moveria) por",
        r"no (?:es|esta) (?:todavia |aun )?(?:seguro|claro) (?:si|que)", r"queda por saber si",
        r"podria(?:n)?", r"podra", r"posiblemente", r"(?:es|sera|seria) posible", r"posible (?:fichaje|llegada|salida|marcha|traspaso|destino)", r"negociaciones", r"conversaciones",
        r"negocia\w*", r"interes(?:ado|a)?", r"suena", r"pretende", r"tentado", r"en la orbita",
        r"quizas", r"tal vez",
        r"mira (?:a|al|hacia)",  # a team looked at: talk, not a deal
        # a conditional of leaving: the move is not done ("lascerebbe la X")
        r"dejaria(?:n)?", r"abandonaria(?:n)?",
    ),
    rumour_nouns=(r"rumor(?:es)?", r"especulaci\w+"),
    reported=(
        # "about to sign": not done yet
        r"(?:esta|estan) cerca de",
        r"segun(?! (?:ha|han|habia) (?:anunciado|confirmado|comunicado|informado))", r"informa", r"publica", r"adelanta", r"estaria", r"apunta",
        r"deberia", r"a punto de(?! cumplir| celebrar)", r"acuerdo cerrado",
        r"habria(?:n)? (?:ya )?(?:firmado|cerrado|alcanzado|llegado a un acuerdo|elegido)",
    ),
    confirmed=(
        r"confirmo a", r"confirmado a", r"(?:agente|representante|manager|director|presidente|portavoz|entrenador)[^.;]{0,40}? confirm\w*",
        r"(?:manager|director|presidente|patron) [^.;:]{0,40}?(?:ha dicho|ha declarado|ha asegurado|dijo|declaro|aseguro) (?:[\w-]+ ){0,2}?que",
    ),
    official=(
        r"segun (?:ha|han|habia) (?:anunciado|confirmado|comunicado|informado)",
        r"oficial(?:mente)?", r"anunci(?:a|ado|o|ada)", r"confirm(?:a|ado|o|ada)", r"ha firmado",
        r"firmo", r"ficha por", r"comunicado", r"presentado",
    ),
    not_official=(
        # "only the official announcement remains": agreed, not yet announced
        # "without an official announcement": a party said it, nothing announced yet
        r"sin (?:un )?(?:anuncio|comunicado|confirmacion) oficial",
        r"(?:solo|unicamente) falta (?:el anuncio oficial|la oficialidad|hacerlo oficial)",
        r"nada oficial", r"no (?:es )?oficial", r"(?:el )?anuncio oficial (?:se espera|llegara)", r"falta (?:el comunicado|el anuncio|la confirmacion oficial)",
        r"no ha (?:querido )?(?:confirmar|hacer comentarios)", r"sin confirmar",
    ),
    press_release=(
        r"nota de prensa", r"(?:se complace|esta orgulloso|esta encantado) (?:en|de) anunciar",
    ),
    from_cues=(
        r"(?:tras|despues de) (?:[\w-]+ ){1,3}(?:anos|temporadas) (?:en el|en la|con el|con la|en)",
        r"dejar", r"abandonar",
        r"de", r"del", r"cambia", r"cambiara", r"deja", r"dejara", r"dejan", r"dejaran", r"abandona", r"procedente (?:de|del)",
        r"salida del", r"etapa en",
        r"dejaria(?:n)?", r"abandonaria(?:n)?",
        # "leaves behind four seasons at X": the seasons are the past, X the team left
        r"deja(?:ra)? atras (?:[\w-]+ ){1,3}(?:anos|temporadas|campanas) (?:en el|en la|con el|con la|en)",
    ),
    to_cues=(
        r"sera (?:el )?(?:nuevo |nueva )?(?:corredor|corredora|ciclista) del?",
        r"(?:nuevo|nueva) (?:corredor|corredora|ciclista|fichaje) del?", r"(?:cuerpo tecnico|staff|equipo tecnico) del?", r"se marcha(?:ra)? al", r"se marcha(?:ra)? a", r"se va al",
        r"negocia con", r"(?:negociaciones|conversaciones) (?:muy |bastante )?(?:avanzadas )?con",
        r"maillot del", r"maillot de", r"colores de",
        r"orbita del", r"orbita de", r"suena para el",r"a", r"al", r"por", r"con", r"en", r"para", r"colores del"),
    current_cues=(
        r"futuro (?:en|con)",
        r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:temporadas|anos) (?:en el|en la|en|con)",r"contrato con", r"contrato (?:hasta|en)", r"companero en"),
    object_cues=(
        r"con", r"de", r"del", r"por", r"detras de", r"como", r"que", r"para", r"a", r"ante",
        r"y", r"junto a",
    ),
    announcer=(r"(?:ha|han) (?:\w+ )?(?:anunciado|confirmado|oficializado|presentado)", r"anuncia", r"confirma", r"presenta", r"oficializa", r"(?:hace|ha hecho) oficial"),
    season_next=(
        r"(?:a partir del|desde el) (?:1|primero) de enero",
        r"(?:la )?proxima temporada", r"el ano que viene",
        r"el proximo ano", r"la temporada que viene",
    ),
    season_this=(r"esta temporada", r"este ano"),
    season_now=(r"con efecto inmediato", r"a mitad de temporada", r"de inmediato", r"desde hoy"),
    season_end=(
        r"(?:a|al) final de(?:l)? ano", r"(?:a|al) final de este ano", r"a finales de (?:este )?ano",
        r"(?:a|al) final de (?:la|esta) temporada", r"(?:al )?termino de (?:la|esta) temporada", r"al termino (?:del|de este) ano",
        r"a final de ano", r"(?:tras|despues de) (?:esta temporada|este ano)",
    ),
    season_end_next=(
        r"(?:al )?final de la proxima temporada", r"(?:al )?termino de la proxima temporada",
        r"(?:a|al) final del (?:proximo ano|ano que viene)", r"(?:a|al) final de la temporada que viene",
    ),
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"),
    season_last=(r"(?P<w>el invierno pasado|el pasado invierno)", r"antes de esta temporada", r"el pasado (?:mes de )?{m}", r"en {m} pasado", r"d?el ano pasado", r"la temporada pasada", r"la pasada temporada", r"hace (?:un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|unos|unas|varios|varias|\d+) (?:anos?|temporadas?)"),
    year_season=(
        r"(?:en|para|desde|a partir de) (?:la temporada )?{y}", r"(?:la )?temporada {y}",
        r"{y} (?:sera|seria|deberia ser)",
        r"en {m} (?:de|del) {y}",  # "en junio de 2025": a month and its year
    ),
    year_until=(r"hasta (?:el )?(?:final de |finales de )?{y}", r"hasta {y}"),
    year_end=(r"(?:a|al) final de la temporada {y}", r"(?:a|al) (?:final|termino) de {y}", r"a finales de {y}", r"tras {y}", r"(?:tras|despues de) (?:el |la )[a-z][a-z' -]{1,40}? {y}"),
    contract_years=(
        r"(?:renovacion|ampliacion|prolongacion|extension|contrato) (?:de contrato )?por (?P<n>un|uno|una|dos|tres|\d) (?:anos?|temporadas?) mas",
        r"(?:renovado|renueva|renovo|ampliado|amplia|prolongado|prolonga) (?:su contrato )?por (?P<n>un|uno|una|dos|tres|cuatro|cinco|\d) (?:anos?|temporadas?)",
        r"(?:para |por )?las (?P<n>dos|tres|cuatro|cinco|\d) proximas temporadas",
        r"(?:para |por )?las proximas (?P<n>dos|tres|cuatro|cinco|\d) temporadas",
        r"contrato (?:de|por) (?P<n>un|uno|una|dos|tres|cuatro|cinco|\d) (?:anos|ano|temporadas|temporada)",
        r"(?P<n>un|uno|una|dos|tres|cuatro|cinco|\d) (?:anos?|temporadas?) de contrato",
        r"por (?P<n>dos|tres|cuatro|cinco|\d) (?:temporadas|anos)", r"(?P<n>dos|tres|cuatro|\d) (?:temporadas|anos) mas",
        # "firma por una temporada": a signing for one season
        r"(?:firma|firmo|firmado|firmara|ficha|fichado) por (?P<n>una|un|uno) (?:temporada|ano)",
    ),
    old_contract=(r"rescision de(?:l| su| un) contrato", r"salida anticipada de(?:l| su| un) contrato",
        r"(?:su|cuyo) (?:actual )?contrato",
        r"(?:tiene|tengo) (?:todavia |aun )?contrato",
        r"bajo contrato",
        r"tenia", r"actual", r"todavia", r"aun", r"pese a", r"a pesar de", r"termina contrato",
    ),
    not_length=(r"mas de", r"tras", r"despues de", r"al menos", r"desde", r"ultimas", r"tras sus", r"fin a sus", r"dentro de", r"en un plazo de"),
    numbers={"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5},
    staff_roles=_ROLES,
    staff_as=(r"como", r"en calidad de", r"en el cargo de"),
    staff_of=(r"del", r"de"),
    pronouns=(r"el", r"ella"),
    first_person=(r"yo", r"me", r"mi"),
    descriptors=(
        r"su nombre",
        # a tabloid's titles for a rider ("el rey del BTT", "el prodigio de Leeds")
        r"(?:el|la) (?:rey|reina|prodigio|fenomeno)(?: (?:del|de la|de los|de) [\w-]+)?",
        # nationality nouns the suffixes below miss ("el británico", "el suizo", "el alemán")
        r"(?:el|la) (?:britanic[oa]|belga|suiz[oa]|aleman|alemana|eslovac[oa]|rus[oa]|chec[oa]|eritre[oa]|kazaj[oa]|danes|danesa)\b",
        r"(?:el|la) [a-z]+(?:es|esa|ense|ano|ana|ino|ina|eno|ena|ego|ega|ol|ola)\b",
        r"(?:el|la) (?:[\w-]+ ){0,3}(?:corredor|corredora|ciclista|escalador|velocista|murciano|alaves|madrileno|vasco|\d+ anos|[a-z]+aner[oa])",
    ),
    nationalities={
        "belga": "BEL", "neerlandes": "NED", "holandes": "NED", "frances": "FRA",
        "francesa": "FRA", "italiano": "ITA", "italiana": "ITA", "espanol": "ESP",
        "espanola": "ESP", "britanico": "GBR", "danes": "DEN", "noruego": "NOR",
        "aleman": "GER", "alemana": "GER", "suizo": "SUI", "suiza": "SUI",
        "esloveno": "SLO", "colombiano": "COL", "colombiana": "COL", "australiano": "AUS",
        "estadounidense": "USA", "austriaco": "AUT", "irlandes": "IRL", "portugues": "POR",
        "ecuatoriano": "ECU", "mexicano": "MEX", "polaco": "POL",
    },
    credit=(
        r"segun el periodista {j},? (?:de |del )(?:el |la )?(?:{m} )?{o}",
        r"(?:tal y |tal )?como (?:ya )?(?:ha |han |habia )?(?:podido saber|sabido|conocido|desvelado|revelado|contado|explicado) (?:el |la )?(?:{m} )?{o}",
        r"segun (?:las |los )?(?:informaciones|datos|fuentes) (?:de |del |de la )(?:{m} )?{o}",
        r"(?:ha |han )?(?:podido saber|sabido|conocido) (?:el |la )?(?:{m} )?{o}",
        r"(?:el |la )?(?:{m} )?{o} (?:ha |han )?(?:podido saber|sabido|adelantado)",
        r"en (?:unas |sus )?declaraciones (?:a|al|a la) (?:{m} )?{o}",
        r"segun (?:ha |han )?(?:informa|publica|adelanta|revela|escribe|cuenta|informado|publicado|adelantado|revelado|escrito|contado) (?:el |la )?periodista {j},? en (?:el |la )?{o}",
        r"(?:el |la )?periodista {j} (?:asegura|informa|publica|revela|adelanta)",
        r"segun {j},? (?:de |del |periodista (?:de |del ))?(?:el |la )?{o}",
        r"segun (?:ha podido saber|ha sabido|informa|publica|adelanta|revela|ha publicado|ha informado|ha adelantado|ha revelado|publico|informo|adelanto) (?:el |la )?(?:{m} )?{o}",
        r"{j}, (?:el |la )?periodista (?:de |del )(?:el |la )?{o}",
        r"como (?:ha )?(?:adelantado|publicado|informado|avanzado) (?:el |la )?(?:{m} )?{o}", r"segun (?:el |la )?(?:{m} )?{o}",
        r"(?:informa|publica|adelanta|revela) (?:el |la )?(?:{m} )?{o}",
        r"(?:el |la )?(?:{m} )?{o} (?:informa|publica|adelanta|asegura|revela)",
        r"como (?:adelanto|publico|informo) (?:el |la )?{o}", r"segun {j}",
        r"confirmo en (?:su columna (?:semanal )?en )?(?:el |la )?(?:{m} )?{o}",  # a party confirms in a paper: the paper is the source
    ),
    broke=(r"en exclusiva", r"adelanto"),
    media_nouns=(r"(?:\w+ )?(?:diario|periodico|medio|web|portal|emisora|rotativo)",),
    cap_stop=(
        "mercado", "fichajes", "fichaje",
        "entrevista",
        "por", "donde", "cuando", "cual", "cuanto", "que",
        "periodista", "corresponsal",
        "el", "la", "los", "las", "un", "una", "del", "al", "en", "con", "por", "para",
        "tras", "segun", "pero", "y", "que", "como", "cuando", "este", "esta", "su", "sus", "lunes",
        "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "enero", "febrero",
        "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre", "ni", "altas", "bajas", "equipo",
    ),
    furniture=(
        r"lee tambien", r"te puede interesar", r"suscribete", r"boletin",
        r"noticias relacionadas",
    ),
    furniture_lead=(
        r"(?:lee tambien|te puede interesar|noticias relacionadas|relacionado)\s*:",
        r"foto:",
        # a cookie notice, whatever its sentences
        r"(?:utilizamos|usamos|este sitio (?:web )?utiliza) cookies", r"al continuar navegando",
    ),
    teaser_heads=(r"lo mas leido:?", r"(?:las )?mas leidas:?", r"lee tambien:?", r"te puede interesar:?", r"noticias relacionadas:?", r"sobre (?:el|la) autora?:?"),
    from_labels=(r"desde", r"procedente de", r"procedente del", r"procedencia", r"origen", r"equipo de origen", r"viene de", r"de", r"del", r"equipo anterior", r"deja", r"sale de", r"equipo actual"),
    career_long=(r"hasta (?:su|la) retirada", r"hasta el final de su carrera", r"hasta el fin de su carrera"),
    offer_declined=(r"pese a (?:la|una) oferta de renovacion", r"a pesar de (?:la|una) oferta de renovacion", r"(?:rechazo|rechazado) (?:la|una) oferta de renovacion"),
    intake=(r"fichajes", r"mercado", r"(?:nuevas )?incorporaciones", r"caras nuevas", r"refuerzos"),
    leave_words=(r"dej(?:a|ar|ara|an)", r"salida", r"marcha(?:r)?", r"se va"),
    setting=(r"en(?: el| la)?", r"dentro del?"),
    judges=(r"lo que (?:el |ella )?(?:ha |habia )?(?:llama(?:do)?|califica(?:do)? (?:como|de)|define como|definido como)(?: su)?", r"(?:califico|calificado|celebro|celebrado|definio|definido|elogio|describio|describe|califica|celebra|define) (?:la|el|esta|este)(?: nueva| nuevo)?",),
    farewell=(r"por ultima vez", r"una ultima vez"),
    away=(r"paron", r"sin equipo", r"pausa", r"ano sabatico", r"retir(?:o|ada|ado)", r"alejad[oa] de la competicion"),
    returns=(r"(?:vuelve|volvera|regresara|regresa) a la competicion", r"vuelta a la competicion"),
    returns_for=(r"con", r"para"),
    new_deal=(r"(?:el|su) nuevo (?:contrato|acuerdo)",),
    last_race_for=(r"(?:corrio|disputo|ha corrido|ha disputado) su ultima carrera (?:con|para|en)",
                   r"su (?:ultima|ultimo) (?:temporada|ano) (?:con el|en el)(?! equipo)"),
    rumour_over=(r"fin a (?:semanas de |meses de |los |las )?(?:rumores|especulaciones)",),
    race_on_with=(r"(?:seguira|sigue|continuara|continua) corriendo (?:con|en)",),
    # "..., a move already announced": the move recalls earlier news
    retire_announced_in=(r"como (?:ya )?(?:habia )?anuncio? en {m}", r"como (?:ya )?habia anunciado en {m}", r"(?:anuncio|habia anunciado) su retirada (?:ya )?en {m}"),
    announced_in=(r"ya (?:habia|ha) sido (?:anunciad|confirmad|oficializad)[oa]s?", r"(?:fue|habia sido|se anuncio|se confirmo) (?:anunciad[oa] |confirmad[oa] |oficializad[oa] )?(?:ya )?(?:en|el pasado mes de|el \d+ de) {m}", r"(?:fue|habia sido) (?:anunciad|confirmad|oficializad)[oa] el mes pasado", r"ya (?:ha|habia|han|habian) (?:anunciado|confirmado|oficializado|hecho oficial)", r"(?:ha|habia|han|habian) (?:anunciado|confirmado|oficializado) ya", r"(?:un|el) (?:fichaje|traspaso|cambio de equipo|movimiento) ya (?:anunciado|confirmado|oficializado|oficial)", r"como ya se (?:anuncio|confirmo)"),
    among=(r"entre los (?:corredores|nombres|objetivos|candidatos)(?: que| a los que)?",),
    hearsay=(r"se (?:dice|rumorea|comenta) que",),
    confirms=(r"\s*(?:ha |habia )?confirm(?:a|o|ado)",),
    announcement=(r"anunci\w*", r"comunicado", r"oficializ\w*"),
    man_of=(r"(?:lanzador|ultimo hombre|gregario|lugarteniente|escudero|hombre de confianza|companero de equipo) de",),
    brings_along=(r"se (?:lleva|llevara|llevan|llevaran|llevo)(?: consigo)? a",),
    colleague_of=(r"junto a", r"junto con", r"trabaj(?:a|ara|ando|ar) con", r"a las ordenes de", r"acompanado de"),
    one_more=(r"y (?:van|ya son|son) (?:dos|tres|cuatro|cinco|seis)", r"(?:y )?otro (?:mas|fichaje)(?: para [^.;:]{1,40}?)?", r"(?:el )?(?:segundo|tercer|cuarto|quinto) fichaje(?: (?:para|del) [^.;:]{1,40}?)?"),
    tipped=(r"(?:es|sigue siendo|parece) el (?:destino|equipo|proximo equipo) mas (?:probable|logico)",),
    names_rider=(r"(?:oficializa|anuncia|confirma|ha (?:oficializado|anunciado|confirmado))(?: a)?",),
    contract_words=(r"contratos?", r"renov\w*", r"acuerdos?"),
    team_headers=(r"equipo", r"equipo actual"),
    retire_heads=(r"retiradas", r"retirados", r"se retiran", r"despedidas", r"adioses"),
    stay_labels=(r"siguen", r"continuidad", r"se quedan", r"continuan", r"quien sigue", r"con contrato"),
    note_headers=(r"estado", r"situacion", r"movimiento"),
    joins_with=(r"con",),
    to_labels=(r"destino", r"equipo de destino", r"va a", r"a", r"al", r"nuevo equipo", r"ficha por", r"llega a"),
    in_labels=(
        r"incorporaciones", r"entradas", r"refuerzos",r"altas", r"llegadas", r"fichajes", r"(?:los|las) que llegan", r"llegan",
        # "Sus principales fichajes:" the label with a possessive and a qualifier
        r"(?:sus|los|las) (?:principales |nuevos |nuevas )?(?:fichajes|llegadas|incorporaciones)"),
    renew_labels=(r"renovaciones", r"renovados?", r"renuevan", r"ampliaciones",),
    out_labels=(
        r"marchas", r"se marchan", r"despedidas",r"bajas", r"salidas", r"(?:los|las) que se van", r"se van"),
    person_headers=(r"corredor", r"corredora", r"ciclista", r"nombre"),
    retire_labels=(
        r"fin de (?:su )?carrera", r"retirado", r"retirada", r"cuelga la bici",
        r"ultima temporada",r"retirada", r"se retira", r"retiro"),
    injury=(r"accidentes?",
        r"lesion(?:es)?", r"caidas?", r"enfermedad", r"operacion", r"fractura", r"conmocion", r"covid", r"rodilla",
    ),
    speech=(
        r"(?:ha |habia )?(?:dicho|anunciado|explicado|escrito|confirmado|declarado|asegurado|afirmado)",
        r"dijo", r"dice", r"anuncio", r"explico", r"escribio", r"confirmo", r"declaro", r"aseguro",
        r"asegura", r"afirma",
    ),
    that=(r"que",),
    conditional=(r"seria(?:n)?", r"habria(?:n)?", r"dejaria(?:n)?", r"abandonaria(?:n)?",),
    contract_headers=(r"contrato(?: hasta)?", r"hasta", r"fin de contrato", r"duracion"),
    second_person=(r"tu", r"usted", r"te", r"tus?"),
    journalists=(r"(?:periodista|corresponsal|cronista|comentarista|enviad[oa] especial)",),
    new_contract=(r"(?:ha )?(?:firmado|renovado|ampliado)", r"firma", r"renueva", r"nuevo contrato", r"ahora"),
    contrast=(r",? y que", r",? mientras(?: que)?", r", (?:aunque|si bien|pese a que|a pesar de que)",),
    team_of=(r"el equipo de", r"la (?:escuadra|formacion|estructura) de"),
    old_expiry=(
        r"tenia (?:ya )?(?:un )?contrato hasta (?:el final de |finales de )?{y}",
        r"(?:vinculo|contrato|acuerdo) (?:anterior|actual|previo) (?:expiraba|terminaba|acababa|vencia|finalizaba|expira|termina|vence|finaliza) (?:en|a final de|al final de|a finales de) {y}",
    ),
    same_team=(r"alli", r"en el (?:mismo )?equipo", r"dentro del equipo"),
    deal_state=(r"(?:ha|han|habia) (?:alcanzado|cerrado) un acuerdo", r"acuerdo cerrado"),
    racing_again=(r"(?:competira|correra|compite|corre|competir|correr) de nuevo(?! (?:con|en|para|por) )", r"volvera a (?:competir|correr)",),
    racing_again_for=(r"(?:competira|correra|compite|corre|competir|correr) de nuevo (?:con|en|para|por)",),
)
# fmt: on
