"""A reproducible synthetic corpus: people, team lineages, reports and claims.

Everything comes from one seeded `random.Random`, so the same parameters give the same corpus on
every machine. Names look like the peloton's: accents (Pogačar, Mørkøv), particles (van der, de,
di, O', Mc), relatives sharing a surname, nicknames and alternative spellings; teams are lineages
that changed name with their sponsors. Claims carry one to four sources each, and some reports
cover several moves at once.

The bench database is written with plain `sqlite3` executemany over the real migrated schema (fast:
the import path is measured separately, on the same corpus written in the `mercato/1` format).
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import json
import logging
import multiprocessing
import random
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bot.domain.matching import NameEntry
from bot.domain.models import EntityKind, EntityRef, Status
from bot.domain.names import fold
from bot.domain.status import derive_status
from bot.gcpause import gc_paused

log = logging.getLogger(__name__)

CACHE = Path(__file__).resolve().parent / ".cache"
SEED = 20_240_601
# Synthetic entity ids start here so that they never collide with the bundled registry's.
ID_BASE = 10_000_000
CORPUS_VERSION = 3  # bump when the generator changes: cached files are keyed on it

# fmt: off
_FIRST = {
    "BEL": ["Wout", "Remco", "Jasper", "Tim", "Arnaud", "Lotte", "Greg", "Tiesj", "Yves", "Victor", "Jonas", "Thibau", "Sénne", "Maxim", "Florian", "Cédric", "Lennert"],
    "NED": ["Mathieu", "Dylan", "Tom", "Bauke", "Wilco", "Demi", "Marianne", "Lorena", "Fabio", "Thymen", "Pascal", "Lars", "Julius", "Annemiek", "Koen", "Sjoerd"],
    "FRA": ["Julian", "Romain", "Thibaut", "Arnaud", "David", "Warren", "Benoît", "Clément", "Valentin", "Lenny", "Pauline", "Évita", "Kévin", "Aurélien", "Rémi", "Léo", "Maëlle"],
    "ITA": ["Vincenzo", "Giulio", "Filippo", "Elia", "Alberto", "Davide", "Matteo", "Elisa", "Niccolò", "Fabio", "Gianni", "Antonio", "Lorenzo", "Marta", "Jonathan"],
    "ESP": ["Alejandro", "Mikel", "Enric", "Juan", "Carlos", "Marc", "Óscar", "Jesús", "Iván", "Pello", "Ion", "Mavi", "Gorka", "Raúl", "Sergio"],
    "COL": ["Nairo", "Rigoberto", "Egan", "Sergio", "Esteban", "Fernando", "Daniel", "Harold", "Santiago", "Iván", "Dayer", "Miguel Ángel", "Brandon"],
    "SLO": ["Tadej", "Primož", "Matej", "Jan", "Luka", "Domen", "Žiga", "Urška", "Gašper", "Aljaž", "Rok", "Nejc"],
    "DEN": ["Jonas", "Mads", "Magnus", "Søren", "Mikkel", "Kasper", "Michael", "Cecilie", "Mattias", "Rasmus", "Tobias", "Emma", "Anders", "Frederik"],
    "NOR": ["Alexander", "Tobias", "Søren", "Kristoffer", "Edvald", "Markus", "Andreas", "Sven Erik", "Ingvild", "Jonas", "Halvor"],
    "POL": ["Michał", "Rafał", "Łukasz", "Maciej", "Katarzyna", "Paweł", "Tomasz", "Przemysław", "Kamil", "Agnieszka", "Szymon"],
    "GBR": ["Mark", "Geraint", "Chris", "Adam", "Simon", "Tom", "Ethan", "Lizzie", "Pfeiffer", "Fred", "Owain", "Hugh", "Connor", "Harry"],
    "IRL": ["Sam", "Dan", "Eddie", "Nicolas", "Ben", "Rory", "Darragh", "Archie", "Seán", "Ciarán", "Niamh", "Orla"],
    "GER": ["Jan", "Tony", "André", "Nils", "Pascal", "Emanuel", "Lennard", "Liane", "Maximilian", "Jonas", "Phil", "Georg", "Jürgen"],
    "AUS": ["Ben", "Michael", "Caleb", "Jai", "Luke", "Richie", "Grace", "Jack", "Lucas", "Chris", "Kaden", "Callum"],
    "POR": ["João", "Rui", "Nélson", "Ivo", "Rúben", "André", "Tiago", "Iúri", "Daniela"],
}
_STEMS = {
    "BEL": ["Aert", "Evenepoel", "Philips", "Wellens", "Kopeck", "Stuyv", "Benoot", "Campen", "Vliegh", "Teuns", "Wout", "Naes", "Merl", "Vervae", "Lampaer", "Meeus"],
    "NED": ["Poel", "Groen", "Berg", "Dijk", "Boer", "Hoorn", "Vleut", "Kooij", "Jakobs", "Mollem", "Dam", "Molen", "Vos", "Hooren", "Riet", "Zand"],
    "FRA": ["Alaphil", "Bard", "Pinot", "Gaudu", "Démar", "Barguil", "Martin", "Pacher", "Madouas", "Cosnef", "Lafay", "Vuillerm", "Calmej", "Bernard", "Thomass"],
    "ITA": ["Nibal", "Ciccon", "Ganna", "Viviani", "Bettiol", "Formol", "Battistell", "Longo Borgh", "Caruso", "Trentin", "Moscon", "Piganz", "Sobrer", "Milan"],
    "ESP": ["Valverd", "Landa", "Mas", "Ayus", "Rodrígu", "Soler", "Herrad", "Fernánd", "Izagirr", "Bilbao", "Castrovi", "Pedrer", "Barcel"],
    "COL": ["Quintan", "Urán", "Bernal", "Henao", "Chaves", "Gaviri", "Martín", "Tejad", "Buitrag", "López", "Higuit", "Sosa"],
    "SLO": ["Pogač", "Rogl", "Mohor", "Tratn", "Mezg", "Polanc", "Bouw", "Novak", "Brajkov", "Mihel", "Zupan"],
    "DEN": ["Vingegaa", "Pedersen", "Cort", "Mørk", "Skjels", "Honoré", "Valgr", "Kragh", "Asgr", "Uttr", "Bjerg", "Fugl"],
    "NOR": ["Kristoff", "Boass", "Hage", "Tiller", "Wærenskj", "Hoelg", "Johann", "Laengen", "Halvorsen", "Eikel"],
    "POL": ["Kwiatkow", "Majk", "Wiśniow", "Bodnar", "Niewiad", "Poljańs", "Maciejuk", "Kaczmar", "Gołas", "Stosz"],
    "GBR": ["Cavend", "Thomas", "Froome", "Yates", "Pidcock", "Hayter", "Swift", "Doull", "Tulett", "Rowe", "Stannard", "Wright"],
    "IRL": ["Connor", "Bennett", "Dunbar", "Healy", "Roche", "Martin", "Carthy", "Brien", "Nally", "Grath", "Cormack"],
    "GER": ["Kittel", "Martin", "Greipel", "Politt", "Buchmann", "Ackerm", "Degenk", "Schachm", "Kämna", "Steimle", "Zimmerm"],
    "AUS": ["Ewan", "Matthews", "Haig", "Hindley", "Plapp", "Porte", "Durbridge", "Vine", "Dennis", "Hamilton", "Power"],
    "POR": ["Almeid", "Costa", "Oliveir", "Guerreir", "Morgad", "Ribeir", "Cardos", "Fonsec"],
}
_ENDINGS = {
    "BEL": ["", "s", "ens", "aert", "ckx", "ghe", "mans", "ers"], "NED": ["", "s", "ink", "huis", "er", "ma"],
    "FRA": ["e", "ot", "ier", "eau", "on", "et", "ault", "in"], "ITA": ["i", "o", "ini", "elli", "etti", "one", "a"],
    "ESP": ["ez", "o", "a", "ena", "ado", "és"], "COL": ["a", "ez", "o", "ía", "ado"],
    "SLO": ["ar", "ič", "ec", "ik", "šek", "nik"], "DEN": ["rd", "sen", "gaard", "øv", "strup", "holm"],
    "NOR": ["", "sen", "stad", "vik", "rud", "aas"], "POL": ["ski", "czyk", "wicz", "ak", "ński", "ik"],
    "GBR": ["", "ish", "s", "ley", "ford", "ton"], "IRL": ["", "an", "ey", "ell", "agh"],
    "GER": ["", "er", "mann", "ig", "ert", "ke"], "AUS": ["", "s", "ley", "ton", "ell"],
    "POR": ["a", "o", "es", "inho"],
}
_PARTICLE = {
    "BEL": (0.3, ["Van", "Van der", "Van den", "De", "Vanden"]), "NED": (0.5, ["van", "van der", "van den", "de", "ter", "van 't"]),
    "FRA": (0.12, ["Le", "de", "Du", "La"]), "ITA": (0.15, ["Di", "De", "Dal", "Della", "Lo"]),
    "ESP": (0.06, ["de la", "del"]), "COL": (0.05, ["de"]), "GER": (0.08, ["von", "vom"]),
    "IRL": (0.35, ["O'", "Mc", "Mac"]), "GBR": (0.1, ["Mc", "Mac"]), "AUS": (0.08, ["O'", "Mc"]),
    "POR": (0.1, ["da", "dos", "de"]),
}
_NAT_WEIGHTS = {"BEL": 12, "NED": 10, "FRA": 12, "ITA": 12, "ESP": 10, "COL": 6, "SLO": 3, "DEN": 6, "NOR": 4, "POL": 4, "GBR": 7, "IRL": 3, "GER": 6, "AUS": 5, "POR": 3}
_SYL = ["ka", "ro", "mi", "sen", "dal", "vo", "ter", "li", "an", "bo", "ge", "nu", "ta", "ric", "zo", "fel", "mar", "dü", "lö", "vé", "ña", "šo", "bre", "quin", "gaud", "hel", "jor", "kam", "ples", "tiv"]
_SPONSOR_A = ["Veltaro", "Kronberg", "Solvé", "Aquila", "Brennex", "Duvel-Steyn", "Equinor", "Falkø", "Gravia", "Helvetix", "Iberdal", "Jöttun", "Kraanvogel", "Lumière", "Montclair", "Nordvik", "Orbéa Sud", "Pavé", "Quadra", "Rondinella", "Schelde", "Tramonta", "Urbano", "Vlaanderen Bouw", "Wolfsberg", "Xérès", "Ypra", "Zefiro", "Alpenrose", "Baltica", "Castellana", "Dolomia", "Étoile", "Fjordlys", "Garonne", "Hoogland", "Isère", "Jurassienne", "Karst", "Lagune"]
_SPONSOR_B = ["Energie", "Vloeren", "Assurances", "Brouwerij", "Pharma Sud", "Immobilien", "Cuisines", "Télécom", "Keukens", "Logistics", "Capital", "Dairy", "Mobility", "Verzekeringen", "Hydro", "Aceros", "Bank", "Textiles", "Fietsen", "Solar", "Tiles", "Motors", "Glass", "Kaffee", "Ceramiche", "Nutrition", "Windows", "Helmets", "Tyres", "Bikes"]
_TEAM_SUFFIX = ["", "", " Team", " Pro Cycling", " Racing", " Cycling Team", " Development Team", " Continental"]
_OUTLETS = ["Cyclingnews", "Wielerflits", "Het Nieuwsblad", "L'Équipe", "La Gazzetta dello Sport", "Marca", "Velonews", "Sporza", "Tuttobiciweb", "Domestique", "Escape Collective", "Ciclismo Internacional", "Bici.PRO", "Feltet.dk", "Cycling Weekly", "Rouleur"]
# fmt: on
_OUTLET_HOST = {o: "www." + "".join(c for c in o.lower() if c.isalnum()) + ".com" for o in _OUTLETS}
_KINDS = ["transfer"] * 7 + ["contract_extension"] * 2 + ["retirement", "comeback", "staff_move"]
_SOURCE_STATUS = ["rumour", "rumour", "reported", "reported", "reported", "confirmed", "official"]
_STATUS_ROLE = {
    "rumour": "reported",
    "reported": "reported",
    "confirmed": "confirmed",
    "official": "official",
    "denied": "denial",
}


@dataclass
class Person:
    id: int
    key: str
    name: str
    sort_name: str | None
    nationality: str
    aliases: list[str]
    birth_date: str


@dataclass
class Team:
    id: int
    key: str
    country: str
    names: list[tuple[str, int, int | None]]  # (name, first season, last season or None)
    aliases: list[str]


@dataclass
class Names:
    """The people and teams of a corpus of about `target` names."""

    people: list[Person]
    teams: list[Team]
    # entity id -> prior, as Directory.build would compute it
    priors: dict[tuple[str, int], float] = field(default_factory=dict)

    def entries(self) -> list[NameEntry]:
        """NameEntry per entity, as the Directory feeds them to NameIndex.build."""
        out = []
        for t in self.teams:
            out.append(
                NameEntry(
                    ref=EntityRef(EntityKind.TEAM, t.id),
                    label=t.names[-1][0],
                    names=(*(n for n, _, _ in t.names), *t.aliases),
                    prior=self.priors.get(("team", t.id), 0.3),
                    detail="- team",
                )
            )
        for p in self.people:
            out.append(
                NameEntry(
                    ref=EntityRef(EntityKind.PERSON, p.id),
                    label=p.name,
                    names=(p.name, *p.aliases),
                    sort_name=p.sort_name,
                    prior=self.priors.get(("person", p.id), 0.0),
                    detail=f"({p.nationality}) - rider",
                )
            )
        return out


def _surname(rng: random.Random, nat: str) -> tuple[str, str]:
    """(full surname as written, sort name) for nationality `nat`."""
    if rng.random() < 0.55:
        core = rng.choice(_STEMS[nat]) + rng.choice(_ENDINGS[nat])
    else:
        core = "".join(rng.choice(_SYL) for _ in range(rng.choice((2, 2, 3)))) + rng.choice(
            _ENDINGS[nat]
        )
        core = core[:1].upper() + core[1:]
    if nat in ("ESP", "COL") and rng.random() < 0.3:
        core += " " + rng.choice(_STEMS[nat]) + rng.choice(_ENDINGS[nat])
    p, particles = _PARTICLE.get(nat, (0.0, []))
    if rng.random() < p:
        part = rng.choice(particles)
        full = part + core if part in ("O'", "Mc", "Mac") else f"{part} {core}"
        return full, full
    return core, core


def _nickname(rng: random.Random, first: str, surname: str) -> str:
    words = (first + " " + surname).replace("'", " ").split()
    r = rng.random()
    if r < 0.3 and len(words) >= 3:
        return "".join(w[0] for w in words).upper()
    if r < 0.6:
        return surname.replace(" ", "")[:4].capitalize() + rng.choice(("i", "y", "o", "ie"))
    if r < 0.8:
        # an alternative spelling: the Danish / German / Polish transliterations fans use
        return (
            f"{first} {surname}".replace("ø", "oe")
            .replace("ü", "ue")
            .replace("ä", "ae")
            .replace("ö", "oe")
            .replace("ł", "l")
            .replace("č", "ch")
        )
    return f"{first[0]}. {surname}"


def make_names(target: int, seed: int = SEED, reserved: frozenset[str] = frozenset()) -> Names:
    """People and team lineages totalling about `target` names (labels, aliases, team names).

    `reserved`: folded surnames never generated (the bundled riders', so that "cavendish" keeps
    meaning the one real Cavendish when the synthetic corpus is merged with the bundled data).
    """
    rng = random.Random(f"{seed}-names-{target}")
    nats = list(_NAT_WEIGHTS)
    cum = list(itertools.accumulate(_NAT_WEIGHTS[n] for n in nats))
    teams: list[Team] = []
    team_names = 0
    n_teams = max(20, target // 60)
    used_team_names: set[str] = set()
    for i in range(n_teams):
        start = rng.randint(1995, 2024)
        lineage: list[tuple[str, int, int | None]] = []
        season = start
        for _ in range(rng.choice((1, 2, 2, 3, 3, 4, 5))):
            for _attempt in range(20):
                a = rng.choice(_SPONSOR_A)
                b = rng.choice(_SPONSOR_B)
                name = rng.choice((f"{a} {b}", f"{a}-{b}", f"{a}")) + rng.choice(_TEAM_SUFFIX)
                if name not in used_team_names:
                    break
            else:
                name = f"{name} {i}"
            used_team_names.add(name)
            span = rng.randint(1, 6)
            last = season + span - 1
            if last >= 2026:
                lineage.append((name, season, None))
                break
            lineage.append((name, season, last))
            season = last + 1
        if lineage[-1][2] is not None and rng.random() < 0.5:
            n, f, _ = lineage[-1]
            lineage[-1] = (n, f, None)
        aliases = []
        if rng.random() < 0.3:
            aliases.append(lineage[-1][0].split()[0].lower() + " " + rng.choice(("boys", "crew")))
        team_id = ID_BASE + i
        teams.append(Team(team_id, f"t-{i}", rng.choice(nats), lineage, aliases))
        team_names += len(lineage) + len(aliases)
    people: list[Person] = []
    total = team_names
    surnames: list[tuple[str, str, str]] = []  # earlier (surname, sort, nat) for relatives
    seen_full: set[str] = set()
    i = 0
    while total < target:
        nat = rng.choices(nats, cum_weights=cum)[0]
        if surnames and rng.random() < 0.12:
            # a brother, sister or cousin
            surname, sort, nat = surnames[
                rng.randrange(max(0, len(surnames) - 5000), len(surnames))
            ]
        else:
            surname, sort = _surname(rng, nat)
            if reserved and fold(sort).split()[-1] in reserved:
                continue
            surnames.append((surname, sort, nat))
        first = rng.choice(_FIRST[nat])
        full = f"{first} {surname}"
        if full in seen_full and rng.random() < 0.9:
            # namesakes happen, but rarely: give most duplicates a second given name
            first = f"{first} {rng.choice(_FIRST[rng.choice(nats)])}"
            full = f"{first} {surname}"
        seen_full.add(full)
        aliases = []
        if rng.random() < 0.1:
            nick = _nickname(rng, first, surname)
            if nick != full:
                aliases.append(nick)
        born = date(1970, 1, 1) + timedelta(days=rng.randint(0, 12_000))
        people.append(Person(ID_BASE + i, f"p-{i}", full, sort, nat, aliases, born.isoformat()))
        total += 1 + len(aliases)
        i += 1
    priors: dict[tuple[str, int], float] = {}
    for t in teams:
        priors[("team", t.id)] = 0.8 if t.names[-1][2] is None else 0.3
    for p in people:
        priors[("person", p.id)] = round(rng.random() ** 3, 3)
    return Names(people, teams, priors)


# ---------------------------------------------------------------------------------- claims
@dataclass
class News:
    """Reports and claims over a `Names` corpus (ids are 1-based row ids)."""

    reports: list[tuple[int, str, str, str, str, str]]  # id, key, outlet, url, published, summary
    claims: list[tuple[Any, ...]]  # see CLAIM_COLS
    sources: list[tuple[int, int, str, str]]  # claim id, report id, role, status
    links: list[tuple[int, int]]
    memberships: list[tuple[int, int, int, str]]


CLAIM_COLS = (
    "id, key, person_id, kind, from_team_id, to_team_id, season, status, summary,"
    " retracted_reason, created_at, updated_at"
)


def make_news(names: Names, n_claims: int, seed: int = SEED) -> News:
    """About `n_claims` claims, skewed: a few people are in the news far more than others."""
    rng = random.Random(f"{seed}-news-{n_claims}")
    rand = rng.random

    # random.choice / randint cost several Python calls each; millions of them add up
    def pick(seq: Any) -> Any:
        return seq[int(rand() * len(seq))]

    def between(lo: int, hi: int) -> int:
        return lo + int(rand() * (hi - lo + 1))

    people = names.people
    team_ids = [t.id for t in names.teams]
    n_people = len(people)
    reports: list[tuple[int, str, str, str, str, str]] = []
    claims: list[tuple[Any, ...]] = []
    sources: list[tuple[int, int, str, str]] = []
    links: list[tuple[int, int]] = []
    memberships: list[tuple[int, int, int, str]] = []
    epoch = date(2019, 1, 1)
    identities: set[tuple[int, str, int, int]] = set()
    claim_id = 0
    for p in people:
        team = pick(team_ids)
        for season in range(between(2015, 2023), 2026):
            if rand() < 0.2:
                team = pick(team_ids)
            memberships.append((p.id, team, season, "rider"))
    while claim_id < n_claims:
        # skewed: ten superstars with ~500 claims each, 2,000 stars with ~50, the rest a handful
        r = rand()
        if r < 0.005:
            p = people[int(rand() * min(10, n_people))]
        elif r < 0.105:
            p = people[int(rand() * min(2000, n_people))]
        else:
            p = people[int(rand() * n_people)]
        kind = pick(_KINDS)
        season = between(2019, 2027)
        to_team = pick(team_ids) if kind in ("transfer", "staff_move", "comeback") else None
        ident = (p.id, kind, to_team or 0, season)
        if ident in identities:
            continue
        identities.add(ident)
        claim_id += 1
        from_team = pick(team_ids) if kind != "comeback" else None
        day = epoch + timedelta(days=between(0, 2400))
        found: list[tuple[Status, date]] = []
        used: set[int] = set()
        for k in range(pick((1, 1, 2, 2, 2, 3, 3, 4))):
            if reports and k > 0 and rand() < 0.6:
                # a round-up article covering several moves
                report_id = reports[-1 - int(rand() * min(len(reports), 40))][0]
                published = reports[report_id - 1][4]
            else:
                report_id = len(reports) + 1
                outlet = pick(_OUTLETS)
                published = (day + timedelta(days=between(0, 120))).isoformat()
                url = f"https://{_OUTLET_HOST[outlet]}/news/{p.key}-{kind}-{report_id}"
                reports.append(
                    (
                        report_id,
                        f"r-{report_id}",
                        outlet,
                        url,
                        published,
                        f"{p.name}: {kind.replace('_', ' ')} for {season}, says {outlet}.",
                    )
                )
            if report_id in used:
                continue
            used.add(report_id)
            status = pick(_SOURCE_STATUS) if rand() > 0.03 else "denied"
            sources.append((claim_id, report_id, _STATUS_ROLE[status], status))
            found.append((Status(status), date.fromisoformat(published)))
        retracted = "a misreading of a team statement" if rand() < 0.005 else None
        status = derive_status(found, retracted=retracted is not None).value
        stamp = f"{day.isoformat()}T{between(0, 23):02d}:{between(0, 59):02d}:00Z"
        claims.append(
            (
                claim_id,
                f"c-{claim_id}",
                p.id,
                kind,
                from_team,
                to_team,
                season,
                status,
                f"{p.name} {kind.replace('_', ' ')} {season}",
                retracted,
                stamp,
                stamp,
            )
        )
        if claim_id > 1 and rand() < 0.05:
            links.append((max(1, claim_id - between(1, 30)), claim_id))
    links = sorted({(a, b) for a, b in links if a < b})
    return News(reports, claims, sources, links, memberships)


# ---------------------------------------------------------------------------------- writers
def _digest(*parts: object) -> str:
    migrations = Path(__file__).resolve().parents[1] / "bot" / "storage" / "migrations"
    h = hashlib.sha256(repr((CORPUS_VERSION, SEED, parts)).encode())
    for f in sorted(migrations.glob("*.sql")):
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


async def _migrated(path: Path) -> None:
    from bot.storage.db import Database

    db = await Database.open(path)
    await db.close()


def write_db(path: Path, names: Names, news: News) -> None:
    """Create a migrated database at `path` holding the corpus (bulk inserts, one transaction)."""
    path.unlink(missing_ok=True)
    asyncio.run(_migrated(path))
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        # bulk load: no journal, indexes dropped and rebuilt afterwards (sorting once is far
        # cheaper than a million random B-tree inserts into each of them)
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -400000")
        indexes = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
        conn.execute("BEGIN")
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        conn.executemany(
            "INSERT INTO team (id, key, country) VALUES (?, ?, ?)",
            ((t.id, t.key, t.country) for t in names.teams),
        )
        conn.executemany(
            "INSERT INTO team_name (team_id, name, first_season, last_season) VALUES (?, ?, ?, ?)",
            ((t.id, n, f, last) for t in names.teams for n, f, last in t.names),
        )
        conn.executemany(
            "INSERT INTO alias (team_id, alias, kind) VALUES (?, ?, 'short')",
            ((t.id, a) for t in names.teams for a in t.aliases),
        )
        conn.executemany(
            "INSERT INTO person (id, key, name, sort_name, role, nationality, birth_date)"
            " VALUES (?, ?, ?, ?, 'rider', ?, ?)",
            ((p.id, p.key, p.name, p.sort_name, p.nationality, p.birth_date) for p in names.people),
        )
        conn.executemany(
            "INSERT OR IGNORE INTO alias (person_id, alias, kind) VALUES (?, ?, 'nickname')",
            ((p.id, a) for p in names.people for a in p.aliases),
        )
        conn.executemany(
            "INSERT INTO membership (person_id, team_id, season, role) VALUES (?, ?, ?, ?)",
            news.memberships,
        )
        conn.executemany(
            "INSERT INTO report (id, key, outlet, url, url_key, published, language, summary)"
            " VALUES (?, ?, ?, ?, ?, ?, 'en', ?)",
            ((i, k, o, u, u.split("://", 1)[1], pub, s) for i, k, o, u, pub, s in news.reports),
        )
        conn.executemany(
            f"INSERT INTO claim ({CLAIM_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            news.claims,
        )
        conn.executemany(
            "INSERT INTO claim_source (claim_id, report_id, role, status) VALUES (?, ?, ?, ?)",
            news.sources,
        )
        conn.executemany("INSERT INTO claim_link (claim_a, claim_b) VALUES (?, ?)", news.links)
        for _, sql in indexes:
            conn.execute(sql)
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


def document(names: Names, news: News) -> dict[str, Any]:
    """The corpus in the `mercato/1` import format."""
    team_key = {t.id: t.key for t in names.teams}
    person_key = {p.id: p.key for p in names.people}
    members: dict[int, list[dict[str, Any]]] = {}
    for pid, tid, season, role in news.memberships:
        members.setdefault(pid, []).append({"team": team_key[tid], "season": season, "role": role})
    srcs: dict[int, list[dict[str, str]]] = {}
    for cid, rid, role, status in news.sources:
        srcs.setdefault(cid, []).append({"report": f"r-{rid}", "role": role, "status": status})
    linked: dict[int, list[str]] = {}
    for a, b in news.links:
        linked.setdefault(a, []).append(f"c-{b}")
    return {
        "format": "mercato/1",
        "source": "Synthetic benchmark corpus (bench/corpus.py)",
        "teams": [
            {
                "key": t.key,
                "country": t.country,
                "names": [{"name": n, "from": f, "to": last} for n, f, last in t.names],
                "aliases": [{"alias": a, "kind": "short"} for a in t.aliases],
            }
            for t in names.teams
        ],
        "people": [
            {
                "key": p.key,
                "name": p.name,
                "sort_name": p.sort_name,
                "role": "rider",
                "nationality": p.nationality,
                "birth_date": p.birth_date,
                "aliases": [{"alias": a, "kind": "nickname"} for a in p.aliases],
                "memberships": members.get(p.id, []),
            }
            for p in names.people
        ],
        "reports": [
            {
                "key": k,
                "outlet": o,
                "journalist": None,
                "url": u,
                "published": pub,
                "language": "en",
                "summary": s,
                "credited_by": None,
            }
            for _, k, o, u, pub, s in news.reports
        ],
        "claims": [
            {
                "key": c[1],
                "person": person_key[c[2]],
                "kind": c[3],
                "from_team": team_key.get(c[4]),
                "to_team": team_key.get(c[5]),
                "season": c[6],
                "effective_date": None,
                "contract_end": None,
                "summary": c[8],
                "retracted_reason": c[9],
                "sources": srcs.get(c[0], []),
                "linked": linked.get(c[0], []),
            }
            for c in news.claims
        ],
    }


def _write_document(path: Path, names: Names, news: News) -> None:
    tmp = path.with_suffix(".tmp")
    with gc_paused():
        text = json.dumps(document(names, news), ensure_ascii=False, separators=(",", ":"))
    tmp.write_text(text, encoding="utf-8")
    tmp.rename(path)


@dataclass
class BenchData:
    names: Names
    db_path: Path
    import_path: Path
    n_claims: int


def _paths(n_names: int, n_claims: int) -> tuple[str, Path, Path]:
    tag = _digest(n_names, n_claims)
    return (
        tag,
        CACHE / f"bench-{n_names}-{n_claims}-{tag}.sqlite3",
        CACHE / f"import-{n_names}-{n_claims}-{tag}.json",
    )


def bench_data_ready(n_names: int, n_claims: int, *, with_import_file: bool = True) -> bool:
    """True when bench_data() would find everything in the cache."""
    _, db_path, import_path = _paths(n_names, n_claims)
    return db_path.exists() and (not with_import_file or import_path.exists())


def bench_data(n_names: int, n_claims: int, *, with_import_file: bool = True) -> BenchData:
    """The cached bench database (and import file) for `n_names` and `n_claims`; built once."""
    CACHE.mkdir(parents=True, exist_ok=True)
    tag, db_path, import_path = _paths(n_names, n_claims)
    for stale in [*CACHE.glob("bench-*.sqlite3*"), *CACHE.glob("import-*.json")]:
        if tag not in stale.name:
            stale.unlink(missing_ok=True)
    with gc_paused():
        names = make_names(n_names)
    need_db = not db_path.exists()
    need_doc = with_import_file and not import_path.exists()
    if need_db or need_doc:
        log.info("generating %d claims over %d names", n_claims, n_names)
        with gc_paused():
            news = make_news(names, n_claims)
        # two cores: the import file is written by a forked child while this process fills the DB
        writer = None
        if need_doc:
            ctx = multiprocessing.get_context("fork")
            writer = ctx.Process(target=_write_document, args=(import_path, names, news))
            writer.start()
        if need_db:
            tmp = db_path.with_suffix(".tmp")
            write_db(tmp, names, news)
            tmp.rename(db_path)
        if writer is not None:
            writer.join()
            if writer.exitcode != 0:
                raise RuntimeError(f"writing {import_path} failed (exit code {writer.exitcode})")
    return BenchData(names, db_path, import_path, n_claims)
