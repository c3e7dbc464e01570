"""Known cycling news outlets (and a few official team sites), by domain and by name.

Pure data and lookups: no I/O. `outlet_for_url` recognises an outlet from a link (subdomains
included); `outlet_by_name` from what a person or an article calls it ("gazzetta", "La Gazzetta
dello Sport", "cycling weekly", "L'Equipe"), ignoring case, accents and punctuation.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.domain.names import fold


@dataclass(frozen=True, slots=True)
class Outlet:
    name: str  # display name
    language: str  # default language (ISO 639-1)
    domains: tuple[str, ...]
    aliases: tuple[str, ...] = ()  # other names it goes by (matched folded)
    official: bool = False  # a team's or governing body's own site: its word is official


OUTLETS: tuple[Outlet, ...] = (
    Outlet("Cyclingnews", "en", ("cyclingnews.com",), ("cycling news",)),
    Outlet("Cycling Weekly", "en", ("cyclingweekly.com",), ("cyclingweekly",)),
    Outlet("La Gazzetta dello Sport", "it", ("gazzetta.it",),
           ("gazzetta", "la gazzetta", "gazzetta dello sport", "la gazzetta dello sport", "gazzetta.it")),
    Outlet("AD", "nl", ("ad.nl",), ("algemeen dagblad",)),
    Outlet("WielerFlits", "nl", ("wielerflits.nl", "wielerflits.be"), ("wieler flits",)),
    Outlet("Cyclismactu", "fr", ("cyclismactu.net",), ("cyclism actu",)),
    Outlet("Velo", "en", ("velo.outsideonline.com", "velonews.com"), ("velonews", "velo news")),
    Outlet("L'Équipe", "fr", ("lequipe.fr",), ("lequipe", "l equipe")),
    Outlet("Sporza", "nl", ("sporza.be",)),
    Outlet("HLN", "nl", ("hln.be",), ("het laatste nieuws",)),
    Outlet("Het Nieuwsblad", "nl", ("nieuwsblad.be",), ("nieuwsblad",)),
    Outlet("Marca", "es", ("marca.com",)),
    Outlet("AS", "es", ("as.com",), ("diario as",)),
    Outlet("Tuttobiciweb", "it", ("tuttobiciweb.it",), ("tuttobici",)),
    Outlet("DirectVelo", "fr", ("directvelo.com",), ("direct velo",)),
    Outlet("radsport-news.com", "de", ("radsport-news.com",), ("radsport news",)),
    Outlet("Escape Collective", "en", ("escapecollective.com",)),
    Outlet("Rouleur", "en", ("rouleur.cc",)),
    Outlet("Bicisport", "it", ("bicisport.it",)),
    Outlet("CyclingTips", "en", ("cyclingtips.com",), ("cycling tips",)),
    Outlet("Cyclist", "en", ("cyclist.co.uk",)),
    Outlet("Tuttosport", "it", ("tuttosport.com",)),
    Outlet("NOS", "nl", ("nos.nl",)),
    Outlet("Ouest-France", "fr", ("ouest-france.fr",)),
    Outlet("BBC Sport", "en", ("bbc.co.uk", "bbc.com"), ("bbc",)),
    Outlet("The Guardian", "en", ("theguardian.com",), ("guardian",)),
    # Official sites: what they publish is the team's (or the UCI's) own word.
    Outlet("Soudal Quick-Step", "en", ("soudal-quickstep.com",), official=True),
    Outlet("INEOS Grenadiers", "en", ("ineosgrenadiers.com",), official=True),
    Outlet("Movistar Team", "es", ("movistarteam.com",), official=True),
    Outlet("UCI", "en", ("uci.org",), ("union cycliste internationale",), official=True),
)  # fmt: skip


def _build_domain_index() -> dict[str, Outlet]:
    index: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for domain in outlet.domains:
            index[domain] = outlet
    return index


def _build_name_index() -> dict[str, Outlet]:
    index: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        keys = {outlet.name, *outlet.aliases, *outlet.domains}
        for key in keys:
            folded = fold(key)
            for variant in (folded, folded.replace(" ", "")):
                if variant:
                    index.setdefault(variant, outlet)
    return index


_BY_DOMAIN = _build_domain_index()
_BY_NAME = _build_name_index()


def _host_of(url: str) -> str | None:
    text = url.strip()
    if "://" not in text[:12]:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".").lower()
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    return host


def outlet_for_url(url: str | None) -> Outlet | None:
    """The known outlet a link belongs to (subdomains match: "amp.cyclingnews.com"), or None.

    Never raises: a link that cannot be read is simply not a known outlet.
    """
    if not isinstance(url, str) or not url or len(url) > 4000:
        return None
    host = _host_of(url)
    if host is None:
        return None
    labels = host.split(".")
    # Longest suffix first, so velo.outsideonline.com wins over a shorter entry.
    for i in range(len(labels) - 1):
        outlet = _BY_DOMAIN.get(".".join(labels[i:]))
        if outlet is not None:
            return outlet
    return None


def outlet_by_name(text: str | None) -> Outlet | None:
    """The known outlet called `text` (case, accents, punctuation and "the" ignored), or None."""
    if not isinstance(text, str) or not text or len(text) > 200:
        return None
    folded = fold(text)
    if folded.startswith("the ") and folded not in _BY_NAME:
        folded = folded[4:]
    return _BY_NAME.get(folded) or _BY_NAME.get(folded.replace(" ", ""))


def outlet_names() -> list[tuple[str, Outlet]]:
    """Every (name or alias, outlet) pair as written, longest first: for finding outlets in text."""
    pairs = [(n, o) for o in OUTLETS for n in (o.name, *o.aliases)]
    return sorted(pairs, key=lambda p: -len(p[0]))
