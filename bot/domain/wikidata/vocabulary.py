"""Wikidata items Mercato knows without asking: countries' IOC codes, occupations, team classes.

Country items in an entity file (their P984 'IOC country code') and occupation items (their
English label, through `occupation_role`) take precedence; these tables cover the common cases
when a file or a sync does not carry them.
"""

from __future__ import annotations

import re

# Country of citizenship (P27) -> IOC code, for the nations riders and staff come from.
COUNTRY_IOC: dict[str, str] = {
    "Q142": "FRA", "Q31": "BEL", "Q55": "NED", "Q29999": "NED", "Q38": "ITA", "Q29": "ESP",
    "Q183": "GER", "Q145": "GBR", "Q30": "USA", "Q408": "AUS", "Q35": "DEN", "Q215": "SLO",
    "Q739": "COL", "Q39": "SUI", "Q40": "AUT", "Q20": "NOR", "Q45": "POR", "Q36": "POL",
    "Q213": "CZE", "Q214": "SVK", "Q232": "KAZ", "Q159": "RUS", "Q212": "UKR", "Q16": "CAN",
    "Q664": "NZL", "Q258": "RSA", "Q27": "IRL", "Q32": "LUX", "Q33": "FIN", "Q34": "SWE",
    "Q801": "ISR", "Q28": "HUN", "Q191": "EST", "Q211": "LAT", "Q37": "LTU", "Q224": "CRO",
    "Q403": "SRB", "Q218": "ROU", "Q219": "BUL", "Q41": "GRE", "Q43": "TUR", "Q17": "JPN",
    "Q148": "CHN", "Q884": "KOR", "Q96": "MEX", "Q414": "ARG", "Q155": "BRA", "Q298": "CHI",
    "Q736": "ECU", "Q717": "VEN", "Q419": "PER", "Q800": "CRC", "Q115": "ETH", "Q986": "ERI",
    "Q114": "KEN", "Q1028": "MAR", "Q262": "ALG", "Q948": "TUN", "Q1037": "RWA", "Q184": "BLR",
    "Q265": "UZB", "Q398": "BRN", "Q878": "UAE", "Q794": "IRI", "Q1027": "MRI", "Q229": "CYP",
    "Q189": "ISL", "Q221": "MKD", "Q225": "BIH", "Q236": "MNE", "Q222": "ALB", "Q217": "MDA",
    "Q230": "GEO", "Q399": "ARM", "Q227": "AZE", "Q347": "LIE", "Q235": "MON", "Q228": "AND",
    "Q238": "SMR", "Q233": "MLT", "Q928": "PHI", "Q869": "THA", "Q833": "MAS", "Q334": "SGP",
    "Q252": "INA", "Q881": "VIE", "Q865": "TPE", "Q8646": "HKG", "Q668": "IND", "Q750": "BOL",
    "Q733": "PAR", "Q77": "URU", "Q241": "CUB", "Q774": "GUA", "Q792": "ESA", "Q804": "PAN",
    "Q786": "DOM", "Q766": "JAM", "Q754": "TTO", "Q1036": "UGA", "Q15180": "URS",
    "Q36704": "YUG", "Q16957": "GDR", "Q713750": "FRG", "Q33946": "TCH",
}  # fmt: skip

# Occupations (P106) whose role is certain; others are classified by their English label.
OCCUPATION_ROLE: dict[str, str] = {
    "Q2309784": "rider",  # sport cyclist
    "Q15117395": "rider",  # track cyclist
    "Q41583": "coach",  # coach
}

_ROLE_WORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "directeur_sportif",
        re.compile(r"directeur sportif|sport(s|ing)? director|ploegleider|team director"),
    ),
    ("manager", re.compile(r"\bmanager\b|sports executive|team owner|general director")),
    ("coach", re.compile(r"\bcoach\b|\btrainer\b|entra[iî]neur")),
    ("rider", re.compile(r"cyclist|cycle racer|bicycle racer|road racer|wielrenner|coureur")),
)


def occupation_role(label: str | None) -> str | None:
    """The Mercato role an occupation's English label names, if it names one."""
    if not label:
        return None
    text = label.lower()
    for role, pattern in _ROLE_WORDS:
        if pattern.search(text):
            return role
    return None


# Team classes (P31 of a team, P2094 of a team season) and the category Mercato records.
TEAM_CATEGORY: dict[str, str] = {
    "Q6154783": "worldteam",  # UCI WorldTeam
    "Q78464255": "proteam",  # UCI ProTeam
    "Q20638319": "proteam",  # UCI Professional Continental team (ProTeam before 2020)
    "Q382927": "worldteam",  # UCI ProTeam (the first tier before 2015)
    "Q80425135": "women_worldteam",  # UCI Women's WorldTeam
    "Q1756006": "continental",  # UCI Continental team
    "Q2466826": "women_continental",  # UCI Women's Continental Team
}

# What `python -m bot sync wikidata` enumerates: the first two tiers, men and women. The UCI's
# Women's ProTeam tier (from 2025) had no item of its own when this was written; its teams were
# Women's Continental Teams before, the women's second tier, which is enumerated instead.
SYNC_CLASSES = ("Q6154783", "Q78464255", "Q20638319", "Q382927", "Q80425135", "Q2466826")
