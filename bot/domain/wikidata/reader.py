"""Read Wikidata's entity JSON: one entity (a `wbgetentities` value, a dump line) to one record.

The format is the same in the Action API and the JSON dumps: `labels` and `aliases` by
language, `claims` by property, each statement with a `mainsnak`, `qualifiers` and a `rank`.
Two quirks of its PHP origin are handled: an empty map is written as `[]`, and an entity id may
come as `{"numeric-id": 5}` only. Deprecated statements are skipped; preferred ones come first.

Pure functions: no I/O. A dump is read line by line (`read_dump_lines`), so a file of any size
needs memory for one entity at a time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from bot.domain.wikidata.model import (
    ItemRecord,
    MissingRecord,
    PersonRecord,
    ReadProblems,
    Record,
    SeasonRecord,
    Tenure,
    WikiTime,
)

# Labels and aliases are read in this order; the first label found is the display name.
# "mul" holds the labels Wikidata now keeps once for all languages (names of people mostly).
LANGUAGES = ("en", "mul", "nl", "fr", "it", "es", "de")

HUMAN = "Q5"
TEAM_SEASON = "Q53534649"  # cycling team season
MAX_NAME = 100
MAX_NAMES = 24  # labels + aliases kept per entity: enough for every spelling fans use

# Roster properties of a team season, with the role they give.
_ROSTER = (("P527", None), ("P1037", "manager"), ("P286", "coach"))
_ROLE_QUALIFIERS = ("P2868", "P3831")  # subject has role, object has role
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d|2100)(?!\d)")
_SEASON_WORDS = re.compile(r"\b(season|saison|seizoen|temporada|stagione|sezon)\b", re.IGNORECASE)
_TIME = re.compile(r"^([+-])(\d{1,16})-(\d\d)-(\d\d)T")


class EntityFormatError(ValueError):
    """The JSON is not an entity at all (no id, wrong shape)."""


def _map(value: Any) -> Mapping[str, Any]:
    # PHP writes an empty map as an empty list. (JSON objects are dicts: checking for dict is
    # several times cheaper than for Mapping, and this runs millions of times in a dump.)
    return value if isinstance(value, dict) else {}


def _statements(claims: Mapping[str, Any], prop: str) -> list[dict[str, Any]]:
    """The statements of `prop` that count: preferred first, deprecated left out."""
    found = claims.get(prop)
    if not isinstance(found, list):
        return []
    preferred = [s for s in found if isinstance(s, dict) and s.get("rank") == "preferred"]
    normal = [s for s in found if isinstance(s, dict) and s.get("rank", "normal") == "normal"]
    return preferred + normal


def _value(snak: Any) -> Any:
    if not isinstance(snak, dict) or snak.get("snaktype", "value") != "value":
        return None
    datavalue = snak.get("datavalue")
    return datavalue.get("value") if isinstance(datavalue, dict) else None


def item_id(snak: Any) -> str | None:
    """The item a snak points at ('Q42'), or None for no value, unknown value, other types."""
    value = _value(snak)
    if not isinstance(value, dict) or value.get("entity-type", "item") != "item":
        return None
    qid = value.get("id")
    if isinstance(qid, str) and qid[:1] == "Q" and qid[1:].isdigit():
        return qid
    numeric = value.get("numeric-id")
    if isinstance(numeric, int) and not isinstance(numeric, bool) and numeric > 0:
        return f"Q{numeric}"
    return None


def wiki_time(snak: Any) -> WikiTime | None:
    """A time snak as a `WikiTime`, or None below year precision or before year 1."""
    value = _value(snak)
    if not isinstance(value, dict):
        return None
    text, precision = value.get("time"), value.get("precision")
    if not isinstance(text, str) or not isinstance(precision, int) or precision < 9:
        return None
    m = _TIME.match(text)
    if m is None or m.group(1) == "-":
        return None
    year, month, day = int(m.group(2)), int(m.group(3)), int(m.group(4))
    if not 1 <= year <= 9999:
        return None
    if precision == 9 or month == 0:
        return WikiTime(year)
    if not 1 <= month <= 12:
        return None
    if precision == 10 or day == 0:
        return WikiTime(year, month)
    return WikiTime(year, month, day) if 1 <= day <= 31 else WikiTime(year, month)


def _string(snak: Any) -> str | None:
    value = _value(snak)
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, dict) and isinstance(value.get("text"), str):  # monolingual text
        return value["text"].strip() or None
    return None


def _first(claims: Mapping[str, Any], prop: str, read: Callable[[Any], Any]) -> Any:
    for statement in _statements(claims, prop):
        found = read(statement.get("mainsnak"))
        if found is not None:
            return found
    return None


def _items(claims: Mapping[str, Any], prop: str) -> tuple[str, ...]:
    out = (item_id(s.get("mainsnak")) for s in _statements(claims, prop))
    return tuple(dict.fromkeys(q for q in out if q))


def _qualifier(statement: Mapping[str, Any], prop: str, read: Callable[[Any], Any]) -> Any:
    for snak in _map(statement.get("qualifiers")).get(prop) or ():
        found = read(snak)
        if found is not None:
            return found
    return None


def _qualifier_items(statement: Mapping[str, Any], props: Iterable[str]) -> tuple[str, ...]:
    qualifiers = _map(statement.get("qualifiers"))
    found = (item_id(snak) for p in props for snak in qualifiers.get(p) or ())
    return tuple(dict.fromkeys(q for q in found if q))


def _names(entity: Mapping[str, Any]) -> tuple[str | None, tuple[str, ...]]:
    """The display name (first label in `LANGUAGES`) and every other label and alias."""
    labels = _map(entity.get("labels"))
    aliases = _map(entity.get("aliases"))
    seen: dict[str, None] = {}
    for lang in LANGUAGES:
        label = _map(labels.get(lang)).get("value")
        if isinstance(label, str):
            seen.setdefault(" ".join(label.split()), None)
    for lang in LANGUAGES:
        for alias in aliases.get(lang) or ():
            value = _map(alias).get("value")
            if isinstance(value, str):
                seen.setdefault(" ".join(value.split()), None)
    names = [n for n in seen if 0 < len(n) <= MAX_NAME][:MAX_NAMES]
    return (names[0], tuple(names[1:])) if names else (None, ())


def _english(entity: Mapping[str, Any]) -> str | None:
    value = _map(_map(entity.get("labels")).get("en")).get("value")
    return value if isinstance(value, str) else None


def _tenure(statement: Mapping[str, Any], target: str, role: str | None = None) -> Tenure:
    return Tenure(
        target=target,
        start=_qualifier(statement, "P580", wiki_time),
        end=_qualifier(statement, "P582", wiki_time),
        role=role,
        role_items=_qualifier_items(statement, _ROLE_QUALIFIERS),
    )


def _year_of(claims: Mapping[str, Any], prop: str) -> int | None:
    when = _first(claims, prop, wiki_time)
    return when.year if when is not None else None


def season_name(label: str | None, year: int | None) -> str | None:
    """A team season's name from its label: 'UAE Team Emirates 2019' -> 'UAE Team Emirates'.

    Also reads the Wikipedia-style '2019 UAE Team Emirates season'. The year removed is the
    season's own; a year that is part of the name stays ('Team Sky 2012' for 2013 would not).
    """
    if not label:
        return None
    text = label
    if year is not None:
        text = re.sub(rf"(?<!\d){year}(?!\d)", " ", text, count=1)
    text = _SEASON_WORDS.sub(" ", text)
    text = re.sub(r"\(\s*\)", " ", text)
    text = " ".join(text.split()).strip(" -–—,:/")
    return text or None


def _person(qid: str, entity: Mapping[str, Any], claims: Mapping[str, Any]) -> PersonRecord | None:
    name, names = _names(entity)
    if name is None:
        return None
    birth = _first(claims, "P569", wiki_time)
    tenures = []
    for statement in _statements(claims, "P54"):
        target = item_id(statement.get("mainsnak"))
        if target is not None:
            tenures.append(_tenure(statement, target))
    return PersonRecord(
        qid=qid,
        name=name,
        names=names,
        birth_date=birth.iso() if birth is not None else None,
        countries=_items(claims, "P27"),
        occupations=_items(claims, "P106"),
        tenures=tuple(tenures),
        pcs_id=_first(claims, "P1663", _string),
    )


def _season(qid: str, entity: Mapping[str, Any], claims: Mapping[str, Any]) -> SeasonRecord:
    name, _ = _names(entity)
    year = _year_of(claims, "P580") or _year_of(claims, "P585")
    if year is None and name:
        years = _YEAR.findall(name)
        year = int(years[-1]) if len(years) == 1 else None
    label = season_name(name, year) or _first(claims, "P1448", _string)
    roster = []
    for prop, role in _ROSTER:
        for statement in _statements(claims, prop):
            person = item_id(statement.get("mainsnak"))
            if person is not None:
                roster.append(_tenure(statement, person, role))
    team = _first(claims, "P5138", item_id) or _first(claims, "P361", item_id)
    classes = _items(claims, "P2094") + tuple(q for q in _items(claims, "P31") if q != TEAM_SEASON)
    return SeasonRecord(
        qid=qid,
        team=team,
        season=year,
        name=label,
        categories=classes,
        country=_first(claims, "P17", item_id),
        roster=tuple(roster),
    )


def _item(qid: str, entity: Mapping[str, Any], claims: Mapping[str, Any]) -> ItemRecord:
    name, names = _names(entity)
    ioc = _first(claims, "P984", _string)
    return ItemRecord(
        qid=qid,
        name=name,
        names=names,
        english=_english(entity),
        classes=_items(claims, "P31"),
        country=_first(claims, "P17", item_id),
        ioc=ioc.upper() if ioc and re.fullmatch(r"[A-Za-z]{3}", ioc) else None,
        inception=_year_of(claims, "P571"),
        dissolved=_year_of(claims, "P576"),
    )


def read_entity(entity: Any) -> Record | None:
    """One entity as a record; None for what Mercato never uses (properties, lexemes)."""
    if not isinstance(entity, Mapping):
        raise EntityFormatError("an entity must be a JSON object")
    qid = entity.get("id")
    if not isinstance(qid, str) or not qid:
        raise EntityFormatError("an entity needs an id")
    if "missing" in entity:
        return MissingRecord(qid)
    if entity.get("type", "item") != "item" or not (qid[:1] == "Q" and qid[1:].isdigit()):
        return None
    claims = _map(entity.get("claims"))
    classes = _items(claims, "P31")
    record: Record | None
    if HUMAN in classes:
        record = _person(qid, entity, claims)
    elif TEAM_SEASON in classes:
        record = _season(qid, entity, claims)
    else:
        record = _item(qid, entity, claims)
    redirect = _map(entity.get("redirects"))
    origin = redirect.get("from")
    if record is not None and isinstance(origin, str) and origin != qid:
        record = _with_origin(record, origin)
    return record


def _with_origin(record: Record, origin: str) -> Record:
    from dataclasses import replace

    if isinstance(record, MissingRecord):
        return record
    return replace(record, redirected_from=origin)


def read_response(body: Any) -> list[Record]:
    """The records of a `wbgetentities` response (its `entities` map), in the order given."""
    if not isinstance(body, Mapping) or not isinstance(body.get("entities"), Mapping):
        raise EntityFormatError("not a wbgetentities response (no 'entities')")
    out = []
    for key, entity in body["entities"].items():
        if isinstance(entity, Mapping) and "id" not in entity:
            entity = {**entity, "id": key}
        record = read_entity(entity)
        if record is not None:
            out.append(record)
    return out


def read_dump_lines(
    lines: Iterable[bytes | str],
    loads: Callable[[bytes | str], Any],
    problems: ReadProblems,
) -> Iterator[Record]:
    """Records from a JSON dump: an array with one entity per line (or one per line, bare).

    A line that is not an entity (cut short, not JSON) is noted in `problems` and skipped: one
    bad line must not cost the other entities of a large file.
    """
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if isinstance(line, bytes):
            line = line.rstrip(b",")
            if line in (b"", b"[", b"]"):
                continue
        else:
            line = line.rstrip(",")
            if line in ("", "[", "]"):
                continue
        try:
            record = read_entity(loads(line))
        except EntityFormatError as exc:
            problems.add(f"line {number}", str(exc))
            continue
        except ValueError as exc:  # json.JSONDecodeError, orjson.JSONDecodeError
            problems.add(f"line {number}", f"not valid JSON ({exc.__class__.__name__})")
            continue
        if record is not None:
            yield record


# What `read_entity` reads, and so what a snapshot keeps of an entity. Images (P18) and the
# long lists (race participations, results) are left out.
USED_PROPERTIES = frozenset(
    {
        "P31", "P54", "P106", "P27", "P569", "P1663", "P5138", "P361", "P2094", "P17", "P580",
        "P582", "P585", "P1448", "P527", "P1037", "P286", "P571", "P576", "P984",
    }
)  # fmt: skip


def slim_entity(entity: Mapping[str, Any]) -> dict[str, Any]:
    """The entity with only what Mercato reads: its labels and aliases in `LANGUAGES` and the
    statements of `USED_PROPERTIES`, in the same JSON structure (a filtered dump line)."""
    claims = _map(entity.get("claims"))
    labels = _map(entity.get("labels"))
    aliases = _map(entity.get("aliases"))
    return {
        "type": entity.get("type", "item"),
        "id": entity["id"],
        "labels": {k: labels[k] for k in LANGUAGES if k in labels} or [],
        "aliases": {k: aliases[k] for k in LANGUAGES if k in aliases} or [],
        "claims": {p: claims[p] for p in sorted(claims) if p in USED_PROPERTIES} or [],
    }
