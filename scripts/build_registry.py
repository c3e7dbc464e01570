#!/usr/bin/env python3
"""Build data/registry.json (format `mercato/1`) from the LeTourDataSet rider histories.

    python scripts/build_registry.py --source /work/shared/reference/letour-riders \
        --out data/registry.json

Input: TDF_Riders_History.csv (men) and TDFF_Riders_History.csv (women) from
thomascamminady/LeTourDataSet (MIT, Copyright (c) 2021 Thomas Camminady). Only Tour de France /
Tour de France Femmes GC *finishers* are listed there, one row per rider and edition, with the
team name as written by the race.

What is derived (seasons 2010 onwards):
- teams: one entry per lineage. A team name in season N and a new name in season N+1 (or N+2
  when the team missed a Tour) are the same lineage when most of the old name's finishers ride
  for the new name (mutual best match), or when the hand-written LINEAGE_FACTS below say so.
  Men's and women's teams are separate lineages.
- people: every finisher, names re-cased from the race's upper case (a hand table gives the
  common name of well-known riders, the legal name kept as alias), one membership per finish.

Standard library and anyascii only; the output is deterministic (same input, same bytes).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from anyascii import anyascii

FIRST_SEASON = 2010
FILES = (("men", "TDF_Riders_History.csv"), ("women", "TDFF_Riders_History.csv"))

SOURCE = (
    "Derived from LeTourDataSet by Thomas Camminady "
    "(https://github.com/thomascamminady/LeTourDataSet, MIT licence, Copyright (c) 2021 Thomas "
    "Camminady; data scraped from letour.fr): Tour de France (2010-) and Tour de France Femmes "
    "(2022-) GC finishers only, so a membership means 'finished the Tour for this team that "
    "season'. Names re-cased and team names grouped into lineages by Mercato "
    "(scripts/build_registry.py); see data/ATTRIBUTION.md."
)

# -------------------------------------------------------------------------------------------
# Team names
# -------------------------------------------------------------------------------------------

ACRONYMS = {
    "UAE", "EF", "AG2R", "BMC", "CCC", "NTT", "XDS", "DSM", "INEOS", "AT&T", "FDJ", "KTM",
    "B&B", "HTC", "ISD", "DCM", "RGA", "MTN", "NXTG", "WNT", "SVB", "SD", "ADQ", "XRG", "NSN",
    "CMA", "CGM", "IAM", "SRAM", "TIBCO", "NL", "AG", "BH", "CSC", "UCI", "USA",
}  # fmt: skip

TEAM_WORDS = {
    "INTERMARCHE": "Intermarché", "INTERMARCHÉ": "Intermarché", "MATERIAUX": "Matériaux",
    "CREDITS": "Crédits", "CRÉDITS": "Crédits", "CREDIT": "Crédit", "SECHE": "Séché",
    "CITROEN": "Citroën", "ARKEA": "Arkéa", "FUNDACION": "Fundación", "ENERGIE": "Énergie",
    "TOTALENERGIES": "TotalEnergies", "RADIOSHACK": "RadioShack", "BIKEEXCHANGE": "BikeExchange",
    "GREENEDGE": "GreenEDGE", "MCLAREN": "McLaren", "NETAPP": "NetApp", "POSTNL": "PostNL",
    "EASYPOST": "EasyPost", "SUNGARD": "SunGard", "NEXTHASH": "NextHash", "TEQFIND": "TeqFind",
    "ZONDACRYPTO": "zondacrypto", "VOLKERWESSELS": "VolkerWessels", "DEVOLUY": "Dévoluy",
    "PREFERENCE": "Préférence", "D'EPARGNE": "d'Epargne", "CERVELO": "Cervélo",
    "PROCYCLING": "ProCycling", "BIGMAT": "BigMat", "ALULA": "AlUla", "BBOX": "BBox",
    "FDJ.FR": "FDJ.fr", "SAXO": "Saxo", "Q36.5": "Q36.5", "AUBER93": "Auber93",
}  # fmt: skip

LOWER_TEAM_WORDS = {"a", "en", "p/b"}


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:].lower()


def _team_word(word: str, first: bool) -> str:
    if word in TEAM_WORDS:
        return TEAM_WORDS[word]
    if word in ACRONYMS:
        return word
    if not first and word.lower() in LOWER_TEAM_WORDS:
        return word.lower()
    if "-" in word:
        return "-".join(_team_word(p, first and i == 0) for i, p in enumerate(word.split("-")))
    return _cap(word)


# Race spellings to correct before tidying (upper case, whitespace collapsed).
TEAM_FIXES = {"ARKEA - B&B HOTELS WOMAN": "ARKEA - B&B HOTELS WOMEN"}


def tidy_team(raw: str) -> str:
    """'DECEUNINCK - QUICK - STEP' -> 'Deceuninck-Quick-Step'."""
    s = " ".join(raw.split()).upper()
    s = TEAM_FIXES.get(s, s)
    s = re.sub(r"\s*//\s*", "//", s)
    s = re.sub(r"\bP\s*/\s*B\b", "P/B", s)
    s = re.sub(r"\s+-\s+", "-", s)
    out = []
    for i, word in enumerate(s.split(" ")):
        if word == "|":
            out.append(word)
        elif "//" in word:
            out.append(
                "//".join(_team_word(p, i == 0 and j == 0) for j, p in enumerate(word.split("//")))
            )
        else:
            out.append(_team_word(word, i == 0))
    return " ".join(out)


def slug(text: str) -> str:
    s = anyascii(text).lower().replace("'", "").replace("’", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


# Known lineages (older -> newer tidy names, per gender). Applied before the data-driven links;
# they cover renames where few finishers carried over or a season is missing from the data.
LINEAGE_FACTS: dict[str, list[list[str]]] = {
    "men": [
        ["Quick Step", "Quick Step Cycling Team", "Omega Pharma-Quick Step", "Etixx-Quick Step",
         "Quick-Step Floors", "Deceuninck-Quick-Step", "Quick-Step Alpha Vinyl Team",
         "Soudal Quick-Step"],
        ["Astana", "Pro Team Astana", "Astana Pro Team", "Astana-Premier Tech",
         "Astana-Qazaqstan Team", "Astana Qazaqstan Team", "XDS Astana Team"],
        ["Sky Pro Cycling", "Sky ProCycling", "Team Sky", "Team INEOS", "INEOS Grenadiers",
         "Netcompany INEOS Cycling Team"],
        ["Rabobank", "Rabobank Cycling Team", "Belkin Pro Cycling", "Team Lotto NL-Jumbo",
         "Team Jumbo-Visma", "Jumbo-Visma", "Team Visma | Lease a Bike"],
        ["Lampre-Farnese", "Lampre-ISD", "Lampre-Merida", "UAE Team Emirates",
         "UAE Team Emirates XRG"],
        ["AG2R La Mondiale", "AG2R Citroën Team", "Decathlon AG2R La Mondiale Team",
         "Decathlon CMA CGM Team"],
        ["Garmin-Transitions", "Team Garmin-Cervélo", "Garmin-Sharp", "Team Cannondale-Garmin",
         "Cannondale Drapac Team", "Cannondale Drapac Professional Cycling Team",
         "Team EF Education First-Drapac p/b Cannondale", "EF Education First",
         "EF Pro Cycling", "EF Education-Nippo", "EF Education-EasyPost"],
        ["Team Leopard-Trek", "RadioShack-Nissan", "RadioShack Leopard", "Trek Factory Racing",
         "Trek-Segafredo", "Lidl-Trek"],
        ["Orica GreenEDGE", "Orica-BikeExchange", "Orica-Scott", "Mitchelton-Scott",
         "Team BikeExchange", "Team BikeExchange-Jayco", "Team Jayco AlUla"],
        ["Team Argos-Shimano", "Team Giant-Shimano", "Team Giant-Alpecin", "Team Sunweb",
         "Team DSM", "Team DSM-Firmenich", "Team DSM-Firmenich PostNL", "Team Picnic PostNL"],
        ["Team NetApp-Endura", "Bora-Argon 18", "Bora-Hansgrohe", "Red Bull-Bora-Hansgrohe"],
        ["Bahrain-Merida", "Bahrain-McLaren", "Bahrain Victorious"],
        ["Caisse d'Epargne", "Movistar Team"],
        ["BBox Bouygues Telecom", "Team Europcar", "Direct Énergie", "Total Direct Énergie",
         "TotalEnergies"],
        ["Bretagne-Séché Environnement", "Fortuneo-Vital Concept", "Team Fortuneo-Oscaro",
         "Team Fortuneo-Samsic", "Team Arkéa-Samsic", "Arkéa-B&B Hotels"],
        ["FDJ", "FDJ-BigMat", "FDJ.fr", "Groupama-FDJ", "Groupama-FDJ United"],
        ["Omega Pharma-Lotto", "Lotto-Belisol Team", "Lotto-Belisol", "Lotto Soudal",
         "Lotto Dstny", "Lotto"],
        ["Wanty-Groupe Gobert", "Wanty-Gobert Cycling Team", "Intermarché-Wanty-Gobert Matériaux",
         "Intermarché-Circus-Wanty", "Intermarché-Wanty"],
        ["Alpecin-Fenix", "Alpecin-Deceuninck", "Alpecin-Premier Tech"],
        ["Cofidis Le Crédit en Ligne", "Cofidis, Solutions Crédits", "Cofidis"],
        ["Israel Start-Up Nation", "Israel-Premier Tech", "NSN Cycling Team"],
        ["MTN-Qhubeka", "Team Dimension Data", "NTT Pro Cycling Team", "Team Qhubeka NextHash"],
        ["BMC Racing Team", "CCC Team"],
        ["Katusha Team", "Team Katusha", "Team Katusha Alpecin"],
        ["Team Saxo Bank", "Saxo Bank SunGard", "Team Saxo Bank-Tinkoff Bank",
         "Team Saxo-Tinkoff", "Tinkoff-Saxo", "Tinkoff"],
        ["Team HTC-Columbia", "HTC-Highroad"],
        ["Liquigas-Doimo", "Liquigas-Cannondale", "Cannondale"],
        ["Saur-Sojasun", "Sojasun"],
        ["Uno-X Pro Cycling Team", "Uno-X Mobility"],
        ["B&B Hotels-Vital Concept p/b KTM", "B&B Hotels p/b KTM", "B&B Hotels-KTM"],
    ],
    "women": [
        ["Movistar Team Women", "Movistar Team"],
        ["Team SD Worx", "Team SD Worx-Protime"],
        ["Canyon//SRAM Racing", "Canyon//SRAM zondacrypto"],
        ["Ceratizit-WNT Pro Cycling Team", "Ceratizit Pro Cycling Team"],
        ["EF Education-Tibco-SVB", "EF-Oatly-Cannondale", "EF Education-Oatly"],
        ["FDJ Suez Futuroscope", "FDJ-Suez"],
        ["Plantur-Pura", "Fenix-Deceuninck"],
        ["Roland Cogeas Edelweiss Squad", "Israel Premier Tech Roland", "Roland",
         "Roland Le Dévoluy"],
        ["Le Col-Wahoo", "Lifeplus Wahoo"],
        ["Trek-Segafredo", "Lidl-Trek"],
        ["Team DSM", "Team DSM-Firmenich", "Team DSM-Firmenich PostNL", "Team Picnic PostNL"],
        ["Team Jumbo Visma", "Team Jumbo-Visma", "Team Visma | Lease a Bike"],
        ["Uno-X Pro Cycling Team", "Uno-X Mobility"],
        ["Arkéa Pro Cycling Team", "Arkéa-B&B Hotels Women"],
        ["St-Michel Auber 93", "St Michel-Mavic-Auber93", "St Michel-Préférence Home-Auber93"],
        ["AG Insurance-NXTG Team", "AG Insurance-Soudal Quick-Step Team",
         "AG Insurance-Soudal Team"],
        ["Team BikeExchange-Jayco", "Team Jayco AlUla"],
        ["Liv Racing Xstra", "Liv Racing TeqFind", "Liv-AlUla-Jayco"],
    ],
}  # fmt: skip

# Keys fixed by the lead's seed files: (gender, a name of the lineage) -> key.
FIXED_TEAM_KEYS = {
    ("men", "Soudal Quick-Step"): "soudal-quick-step",
    ("men", "Astana Qazaqstan Team"): "astana-qazaqstan",
}

# Per team key: (country or None, [(alias, kind), ...]).
TEAM_FACTS: dict[str, tuple[str | None, list[tuple[str, str]]]] = {
    "soudal-quick-step": ("BEL", [
        ("quick step", "short"), ("quickstep", "short"), ("quick-step", "short"),
        ("soudal", "short"), ("deceuninck", "short"), ("qs", "short"),
        ("the wolfpack", "nickname"), ("wolfpack", "nickname"), ("etixx", "short"),
        ("omega pharma", "short")]),
    "astana-qazaqstan": ("KAZ", [
        ("astana", "short"), ("xds astana", "short"), ("the kazakh team", "nickname")]),
    "netcompany-ineos-cycling-team": ("GBR", [
        ("ineos", "short"), ("sky", "short"), ("team sky", "short"), ("ineos grenadiers", "short"),
        ("grenadiers", "short")]),
    "team-visma-lease-a-bike": ("NED", [
        ("visma", "short"), ("jumbo", "short"), ("jumbo-visma", "short"),
        ("visma-lease a bike", "spelling"), ("lottonl", "short"), ("rabobank", "short")]),
    "uae-team-emirates-xrg": ("UAE", [("uae", "short"), ("uae emirates", "short"),
                                      ("lampre", "short")]),
    "decathlon-cma-cgm-team": ("FRA", [("ag2r", "short"), ("decathlon", "short"),
                                       ("decathlon ag2r", "short")]),
    "ef-education-easypost": ("USA", [("ef", "short"), ("ef education", "short"),
                                      ("garmin", "short"), ("cannondale", "short")]),
    "lidl-trek": ("USA", [("trek", "short"), ("lidl", "short"), ("trek-segafredo", "short")]),
    "team-jayco-alula": ("AUS", [("jayco", "short"), ("greenedge", "short"),
                                 ("orica", "short"), ("mitchelton-scott", "short")]),
    "team-picnic-postnl": ("NED", [("picnic", "short"), ("dsm", "short"), ("sunweb", "short"),
                                   ("dsm-firmenich", "short")]),
    "red-bull-bora-hansgrohe": ("GER", [("bora", "short"), ("red bull", "short"),
                                        ("bora-hansgrohe", "short")]),
    "bahrain-victorious": ("BRN", [("bahrain", "short")]),
    "movistar-team": ("ESP", [("movistar", "short")]),
    "totalenergies": ("FRA", [("total", "short"), ("europcar", "short"),
                              ("direct energie", "short")]),
    "groupama-fdj-united": ("FRA", [("fdj", "short"), ("groupama", "short"),
                                    ("groupama-fdj", "short")]),
    "cofidis": ("FRA", []),
    "arkea-b-b-hotels": ("FRA", [("arkea", "short"), ("arkéa", "short"),
                                 ("arkea-samsic", "short")]),
    "alpecin-premier-tech": ("BEL", [("alpecin", "short"), ("alpecin-deceuninck", "short")]),
    "intermarche-wanty": ("BEL", [("intermarche", "short"), ("intermarché", "short"),
                                  ("wanty", "short")]),
    "uno-x-mobility": ("NOR", [("uno-x", "short"), ("uno x", "short")]),
    "tudor-pro-cycling-team": ("SUI", [("tudor", "short")]),
    "caja-rural-seguros-rga": ("ESP", [("caja rural", "short")]),
    "euskaltel-euskadi": ("ESP", [("euskaltel", "short")]),
    "nsn-cycling-team": (None, [("nsn", "short"), ("israel-premier tech", "short"),
                                ("ipt", "short"), ("israel", "short")]),
    "team-qhubeka-nexthash": (None, [("dimension data", "short"), ("qhubeka", "short"),
                                     ("ntt", "short")]),
    "ccc-team": (None, [("ccc", "short"), ("bmc", "short")]),
    "tinkoff": (None, [("saxo", "short"), ("tinkoff-saxo", "short"), ("saxo bank", "short")]),
    "team-katusha-alpecin": (None, [("katusha", "short")]),
    "lotto": ("BEL", [("lotto soudal", "short"), ("lotto dstny", "short")]),
    "lotto-intermarche": ("BEL", [("lotto", "short")]),
    "team-sd-worx-protime": ("NED", [("sd worx", "short"), ("sd worx-protime", "short")]),
    "canyon-sram-zondacrypto": ("GER", [("canyon//sram", "short"), ("canyon sram", "short"),
                                        ("canyon", "short")]),
    "fdj-suez": ("FRA", [("fdj suez", "short"), ("fdj-suez-futuroscope", "short")]),
    "fenix-deceuninck": ("BEL", [("fenix", "short")]),
    "movistar-team-women": ("ESP", [("movistar women", "short")]),
    "lidl-trek-women": ("USA", [("lidl-trek women", "short"), ("trek women", "short")]),
    "team-visma-lease-a-bike-women": ("NED", [("visma women", "short")]),
    "team-picnic-postnl-women": ("NED", [("picnic postnl women", "short")]),
    "uae-team-adq": ("UAE", [("uae adq", "short"), ("adq", "short")]),
}  # fmt: skip

# -------------------------------------------------------------------------------------------
# People
# -------------------------------------------------------------------------------------------

# Fixes for names the race wrote reversed or misspelt (raw upper case -> corrected raw).
NAME_FIXES = {
    "JOHN DARWIN ATAPUMA HURTADO": "JHON DARWIN ATAPUMA HURTADO",
    "JOSÉ JOAO PIMANTA COSTA MENDES": "JOSÉ JOÃO PIMENTA COSTA MENDES",
    "JOSÉ PIMENTA COSTA MENDES": "JOSÉ JOÃO PIMENTA COSTA MENDES",
    "FRØLICH MIKKEL HONORÉ": "MIKKEL FRØLICH HONORÉ",
    "GREGAARD JONAS WILSLY": "JONAS GREGAARD WILSLY",
    "JUUL CHRISTOPHER JENSEN": "CHRISTOPHER JUUL-JENSEN",
    "TOBIAS LUND LUND ANDRESEN": "TOBIAS LUND ANDRESEN",
    "PAULINE FERRAND PREVOT": "PAULINE FERRAND-PRÉVOT",
    "AUDREY CORDON RAGOT": "AUDREY CORDON-RAGOT",
    "AURÉLIEN PARET PEINTRE": "AURÉLIEN PARET-PEINTRE",
    "VALENTIN PARET PEINTRE": "VALENTIN PARET-PEINTRE",
    "JEAN MARC MARINO": "JEAN-MARC MARINO",
    "PIERRE LUC PERICHON": "PIERRE-LUC PÉRICHON",
    "BERT JAN LINDEMAN": "BERT-JAN LINDEMAN",
    "JOAQUIN RODRIGUEZ OLIVER": "JOAQUIM RODRIGUEZ",  # same rider, listed both ways
}

# Nicknames fans type, by display name (our own list of common usage).
NICKNAMES: dict[str, list[str]] = {
    "Mathieu van der Poel": ["vdp", "mvdp"],
    "Wout Van Aert": ["wva", "wout"],
    "Tadej Pogačar": ["pogi"],
    "Primož Roglič": ["rogla"],
    "Remco Evenepoel": ["remco"],
    "Julian Alaphilippe": ["loulou", "juju"],
    "Chris Froome": ["froomey"],
    "Bradley Wiggins": ["wiggo"],
    "Vincenzo Nibali": ["the shark", "lo squalo"],
    "Alejandro Valverde": ["el bala", "bala"],
    "Geraint Thomas": ["g thomas"],
    "Jonas Vingegaard": ["vingo"],
    "Peter Sagan": ["the tourminator"],
}

# Well-known riders: cased CSV name -> (common name or None, nationality or None, sort_name or
# None). The common name ("Ben O'Connor") becomes the display name and key; the race's full
# legal name stays as an alias ("spelling" when it only lacks accents).
KNOWN_PEOPLE: dict[str, tuple[str | None, str | None, str | None]] = {
    "Mark Cavendish": (None, "GBR", None),
    "Michael Mørkøv": (None, "DEN", None),
    "Davide Ballerini": (None, "ITA", None),
    "Max Kanter": (None, "GER", None),
    "Cees Bol": (None, "NED", None),
    "Ben Alexander O'Connor": ("Ben O'Connor", "AUS", "O'Connor"),
    "Guillaume Martin Guyonnet": ("Guillaume Martin", "FRA", "Martin"),
    "Jonas Vingegaard Hansen": ("Jonas Vingegaard", "DEN", "Vingegaard"),
    "Mikel Landa Meana": ("Mikel Landa", "ESP", "Landa"),
    "Enric Mas Nicolau": ("Enric Mas", "ESP", "Mas"),
    "Pello Bilbao Lopez de Armentia": ("Pello Bilbao", "ESP", "Bilbao"),
    "David de la Cruz Melgarejo": ("David de la Cruz", "ESP", "de la Cruz"),
    "Isaac del Toro Romero": ("Isaac del Toro", "MEX", "del Toro"),
    "Egan Bernal Gomez": ("Egan Bernal", "COL", "Bernal"),
    "Daniel Felipe Martinez Poveda": ("Daniel Martínez", "COL", "Martínez"),
    "Miguel Angel Lopez Moreno": ("Miguel Ángel López", "COL", "López"),
    "Jhoan Esteban Chaves Rubio": ("Esteban Chaves", "COL", "Chaves"),
    "Joaquim Rodriguez": ("Joaquim Rodríguez", "ESP", None),
    "Ion Izagirre Insausti": ("Ion Izagirre", "ESP", "Izagirre"),
    "Gorka Izagirre Insausti": ("Gorka Izagirre", "ESP", "Izagirre"),
    "Juan Ayuso Pesquera": ("Juan Ayuso", "ESP", "Ayuso"),
    "Mikel Nieve Iturralde": ("Mikel Nieve", "ESP", "Nieve"),
    "Omar Fraile Matarranz": ("Omar Fraile", "ESP", "Fraile"),
    "Simon Philip Yates": ("Simon Yates", "GBR", "Yates"),
    "Hugh John Carthy": ("Hugh Carthy", "GBR", "Carthy"),
    "Tao Geoghegan Hart": (None, "GBR", "Geoghegan Hart"),
    "Joshua Michael Tarling": ("Josh Tarling", "GBR", "Tarling"),
    "Thomas Jake Stewart": ("Jake Stewart", "GBR", "Stewart"),
    "Magnus Cort Nielsen": ("Magnus Cort", "DEN", "Cort"),
    "Soren Kragh Andersen": ("Søren Kragh Andersen", "DEN", "Kragh Andersen"),
    "Chris Anker Sorensen": ("Chris Anker Sørensen", "DEN", "Anker Sørensen"),
    "Mads Würtz Schmidt": (None, "DEN", "Würtz Schmidt"),
    "Jhonatan Manuel Narvaez Prado": ("Jhonatan Narváez", "ECU", "Narváez"),
    "Ruben Almeida Guerreiro": ("Ruben Guerreiro", "POR", "Guerreiro"),
    "Jesus Alberto Hernandez Blazquez": ("Jesús Hernández", "ESP", "Hernández"),
    "Luis Leon Sanchez": ("Luis León Sánchez", "ESP", "Sánchez"),
    "Jhon Darwin Atapuma Hurtado": ("Darwin Atapuma", "COL", "Atapuma"),
    "Sergio Andres Higuita Garcia": ("Sergio Higuita", "COL", "Higuita"),
    "Santiago Buitrago Sanchez": ("Santiago Buitrago", "COL", "Buitrago"),
    "Harold Tejada Canacue": ("Harold Tejada", "COL", "Tejada"),
    "Einer Augusto Rubio Reyes": ("Einer Rubio", "COL", "Rubio"),
    "Jarlinson Pantano Gomez": ("Jarlinson Pantano", "COL", "Pantano"),
    "Sergio Luis Henao Montoya": ("Sergio Henao", "COL", "Henao"),
    "Carlos Alberto Betancur Gomez": ("Carlos Betancur", "COL", "Betancur"),
    "Ivan Garcia Cortina": ("Iván García Cortina", "ESP", "García Cortina"),
    "Ivan Romeo Abad": ("Iván Romeo", "ESP", "Romeo"),
    "Juan Pedro Lopez Perez": ("Juan Pedro López", "ESP", "López"),
    "Carlos Verona Quintanilla": ("Carlos Verona", "ESP", "Verona"),
    "Alex Aranburu Deva": ("Alex Aranburu", "ESP", "Aranburu"),
    "Jonathan Castroviejo Nicolas": ("Jonathan Castroviejo", "ESP", "Castroviejo"),
    "Daniel Moreno Fernandez": ("Dani Moreno", "ESP", "Moreno"),
    "Daniel Navarro Garcia": ("Dani Navarro", "ESP", "Navarro"),
    "Juan Antonio Flecha Giannoni": ("Juan Antonio Flecha", "ESP", "Flecha"),
    "Igor Anton Hernandez": ("Igor Antón", "ESP", "Antón"),
    "Oier Lazkano Lopez": ("Oier Lazkano", "ESP", "Lazkano"),
    "Juan José Lobato del Valle": ("Juan José Lobato", "ESP", "Lobato"),
    "Luis Angel Mate Mardones": ("Luis Ángel Maté", "ESP", "Maté"),
    "Derek James Gee": ("Derek Gee", "CAN", "Gee"),
    "G Lawson Craddock": ("Lawson Craddock", "USA", "Craddock"),
    "Joseph Lloyd Dombrowski": ("Joe Dombrowski", "USA", "Dombrowski"),
    "Adam James Hansen": ("Adam Hansen", "AUS", "Hansen"),
    "Michael Russell Woods": ("Michael Woods", "CAN", "Woods"),
    "Alfred Brockwell Wright": ("Fred Wright", "GBR", "Wright"),
    "Edgar Oscar Onley": ("Oscar Onley", "GBR", "Onley"),
    "Maximilian Richard Walscheid": ("Max Walscheid", "GER", "Walscheid"),
    "Harrison William Sweeny": ("Harry Sweeny", "AUS", "Sweeny"),
    "Peter Joseph Blackmore": ("Joe Blackmore", "GBR", "Blackmore"),
    "Tsgabu Gebremaryam Grmay": ("Tsgabu Grmay", "ETH", "Grmay"),
    "Christopher Juul-Jensen": (None, "DEN", None),
    "Mikkel Frølich Honoré": ("Mikkel Honoré", "DEN", "Honoré"),
    "Jonas Gregaard Wilsly": ("Jonas Gregaard", "DEN", "Gregaard"),
    "Tobias Lund Andresen": (None, "DEN", "Lund Andresen"),
    "Tobias Svendsen Foss": ("Tobias Foss", "NOR", "Foss"),
    "Amund Grøndahl Jansen": (None, "NOR", "Grøndahl Jansen"),
    "Anders Halland Johannessen": (None, "NOR", "Halland Johannessen"),
    "Tobias Halland Johannessen": (None, "NOR", "Halland Johannessen"),
    "Vegard Stake Laengen": (None, "NOR", "Stake Laengen"),
    "Sven Erik Bystrom": ("Sven Erik Bystrøm", "NOR", "Bystrøm"),
    "Lars Bak Ytting": ("Lars Bak", "DEN", "Bak"),
    "José João Pimenta Costa Mendes": ("José Mendes", "POR", "Mendes"),
    "Sergio Miguel Moreira Paulinho": ("Sérgio Paulinho", "POR", "Paulinho"),
    "Julien El Fares": (None, "FRA", "El Fares"),
    "Elisa Longo Borghini": (None, "ITA", "Longo Borghini"),
    "Paolo Longo Borghini": (None, "ITA", "Longo Borghini"),
    "Ashleigh Moolman Pasio": (None, "RSA", "Moolman Pasio"),
    "Pauline Ferrand-Prévot": (None, "FRA", None),
    "Audrey Cordon-Ragot": (None, "FRA", None),
    "Arlenis Sierra Canadilla": ("Arlenis Sierra", "CUB", "Sierra"),
    "Mavi Garcia Cañellas": ("Mavi García", "ESP", "García"),
    "Paula Patiño Bedoya": ("Paula Patiño", "COL", "Patiño"),
    "Sheyla Gutierrez Ruiz": ("Sheyla Gutiérrez", "ESP", "Gutiérrez"),
    "Emma Norsgaard Bjerg": ("Emma Norsgaard", "DEN", "Norsgaard"),
    "Neve Summer Bradbury": ("Neve Bradbury", "AUS", "Bradbury"),
    "Kim Le Court Pienaar": ("Kim Le Court", "MRI", "Le Court"),
    "Katarzyna Niewiadoma-Phinney": ("Kasia Niewiadoma", "POL", None),
    "Ana Vitoria Gouvea Vieira Almeida Magalhaes": ("Ana Vitória Magalhães", "BRA", "Magalhães"),
    "Primoz Roglic": ("Primož Roglič", "SLO", None),
    "Tadej Pogacar": ("Tadej Pogačar", "SLO", None),
    "Michal Kwiatkowski": ("Michał Kwiatkowski", "POL", None),
    "Rigoberto Uran": ("Rigoberto Urán", "COL", None),
    "Petr Vakoc": ("Petr Vakoč", "CZE", None),
    "Arnaud Demare": ("Arnaud Démare", "FRA", None),
    "Joao Almeida": ("João Almeida", "POR", None),
    "Julian Alaphilippe": (None, "FRA", None),
    "Romain Bardet": (None, "FRA", None),
    "Thibaut Pinot": (None, "FRA", None),
    "Chris Froome": (None, "GBR", None),
    "Geraint Thomas": (None, "GBR", None),
    "Bradley Wiggins": (None, "GBR", None),
    "Adam Yates": (None, "GBR", None),
    "Tom Pidcock": (None, "GBR", None),
    "Alejandro Valverde": (None, "ESP", None),
    "Alberto Contador": (None, "ESP", None),
    "Nairo Quintana": (None, "COL", None),
    "Vincenzo Nibali": (None, "ITA", None),
    "Peter Sagan": (None, "SVK", None),
    "Wout Van Aert": (None, "BEL", None),
    "Mathieu van der Poel": (None, "NED", None),
    "Remco Evenepoel": (None, "BEL", None),
    "Jasper Philipsen": (None, "BEL", None),
    "Thomas De Gendt": (None, "BEL", None),
    "Greg Van Avermaet": (None, "BEL", None),
    "Andy Schleck": (None, "LUX", None),
    "Frank Schleck": (None, "LUX", None),
    "André Greipel": (None, "GER", None),
    "Marcel Kittel": (None, "GER", None),
    "Dylan Groenewegen": (None, "NED", None),
    "Caleb Ewan": (None, "AUS", None),
    "Jai Hindley": (None, "AUS", None),
    "Sepp Kuss": (None, "USA", None),
    "Biniam Girmay": (None, "ERI", None),
    "Julius van den Berg": (None, "NED", None),
    "Demi Vollering": (None, "NED", None),
    "Lotte Kopecky": (None, "BEL", None),
    "Annemiek van Vleuten": (None, "NED", None),
    "Marlen Reusser": (None, "SUI", None),
}

PARTICLES = {"van", "der", "den", "de", "di", "da", "du", "le", "la", "von", "ter", "ten",
             "del", "'t", "des", "dos"}  # fmt: skip

# Surnames whose leading particle is capitalised (Flemish, Italian, French, ...).
CAPITAL_PARTICLE_SURNAMES = (
    "DE GENDT", "DE LIE", "DE KEERSMAEKER", "DE CLERCQ", "VAN LERBERGHE", "VAN MOER",
    "DE GREEF", "VAN AVERMAET", "VAN KEIRSBULCK", "VAN WILDER", "DE BUYST", "VAN SUMMEREN",
    "DE WILDE", "VAN DE VELDE", "VAN DE WALLE", "VAN DEN BROECK", "DE WEERT", "VAN MELSEN",
    "DE PLUS", "VAN EETVELT", "VAN GILS", "VAN HOOYDONCK", "VAN ASBROECK", "VAN MECHELEN",
    "VAN AERT", "DE MARCHI", "DA DALTO", "DI GREGORIO", "LE MOUEL", "LE MEVEL", "LE NET",
    "LE GAC", "LE BERRE", "LE COURT", "DE FRANCESCO", "VAN DAM", "EL FARES",
)  # fmt: skip


def _case_part(p: str) -> str:
    if p == "'T":
        return "'t"
    if "'" in p:
        pre, post = p.split("'", 1)
        if len(pre) == 1:  # O'Connor, D'Amato
            return pre.upper() + "'" + _cap(post)
    if p.startswith("MC") and len(p) > 3:
        return "Mc" + _cap(p[2:])
    return _cap(p)


def case_name(raw: str) -> str:
    """'JULIUS VAN DEN BERG' -> 'Julius van den Berg'."""
    tokens = raw.upper().split()
    merged: list[str] = []
    for t in tokens:  # "MC LAY" -> "MCLAY"
        if merged and merged[-1] == "MC":
            merged[-1] = "MC" + t
        else:
            merged.append(t)
    words = ["-".join(_case_part(p) for p in t.split("-")) for t in merged]
    first_particle = next(
        (i for i in range(1, len(words) - 1) if words[i].lower() in PARTICLES), None
    )
    if first_particle is not None:
        surname = " ".join(merged[first_particle:])
        for i in range(first_particle, len(words) - 1):
            if words[i].lower() in PARTICLES:
                words[i] = words[i].lower()
        if surname.startswith(CAPITAL_PARTICLE_SURNAMES):
            words[first_particle] = _cap(words[first_particle])
    return " ".join(words)


def sort_name_of(name: str) -> str:
    words = name.split()
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in PARTICLES:
        i -= 1
    return " ".join(words[i:])


# -------------------------------------------------------------------------------------------
# Building
# -------------------------------------------------------------------------------------------


@dataclass
class Row:
    gender: str
    season: int
    rider: str  # raw, fixed
    team: str  # tidy


@dataclass
class Lineage:
    gender: str
    seasons: dict[int, str] = field(default_factory=dict)  # season -> team name slug


def read_rows(source: Path) -> list[Row]:
    rows = []
    for gender, fname in FILES:
        with (source / fname).open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                season = int(r["Year"])
                if season < FIRST_SEASON:
                    continue
                raw = " ".join(r["Rider"].split()).upper()
                raw = NAME_FIXES.get(raw, raw)
                rows.append(Row(gender, season, raw, tidy_team(r["Team"])))
    return rows


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.seasons: dict[str, set[int]] = {}

    def add(self, node: str, seasons: set[int]) -> None:
        self.parent[node] = node
        self.seasons[node] = set(seasons)

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if self.seasons[ra] & self.seasons[rb]:
            return False  # one lineage cannot carry two names in a season
        ra, rb = sorted((ra, rb))
        self.parent[rb] = ra
        self.seasons[ra] |= self.seasons.pop(rb)
        return True


def build_lineages(rows: list[Row], gender: str, log: list[str]) -> list[dict]:
    g_rows = [r for r in rows if r.gender == gender]
    latest = max(r.season for r in g_rows)
    display: dict[str, tuple[int, str]] = {}  # name slug -> (latest season, display)
    seasons: dict[str, set[int]] = defaultdict(set)
    riders: dict[tuple[str, int], set[str]] = defaultdict(set)
    for r in g_rows:
        s = slug(r.team)
        seasons[s].add(r.season)
        riders[(s, r.season)].add(slug(case_name(r.rider)))
        if s not in display or r.season >= display[s][0]:
            display[s] = (r.season, r.team)
    uf = UnionFind()
    for s in sorted(seasons):
        uf.add(s, seasons[s])

    for chain in LINEAGE_FACTS[gender]:
        present = [slug(n) for n in chain if slug(n) in seasons]
        missing = [n for n in chain if slug(n) not in seasons]
        if missing:
            log.append(f"{gender}: lineage fact names not in data: {missing}")
        for a, b in itertools.pairwise(present):
            if not uf.union(a, b):
                log.append(f"{gender}: lineage fact {a} -> {b} overlaps, skipped")

    # Data-driven links: a lineage ending in season N continues as one starting in N+1 (or
    # N+2) when at least half (and at least 2) of its finishers carry over, mutual best match.
    names_in: dict[tuple[str, int], str] = {}  # (component, season) -> name, for the log

    def comps(season: int) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for s in seasons:
            if season in seasons[s]:
                out[uf.find(s)] = riders[(s, season)]
                names_in[(uf.find(s), season)] = display[s][1]
        return out

    for gap in (1, 2):
        for n in range(FIRST_SEASON, latest):
            old, new = comps(n), comps(n + gap)
            ending = {c: rs for c, rs in old.items() if max(uf.seasons[c]) == n}
            starting = {c: rs for c, rs in new.items() if min(uf.seasons[c]) == n + gap}
            best_new: dict[str, tuple[float, str]] = {}
            best_old: dict[str, tuple[float, str]] = {}
            for a, ra in ending.items():
                for b, rb in starting.items():
                    common = len(ra & rb)
                    if common < 2:
                        continue
                    share = common / len(ra)
                    if share > best_new.get(a, (0.0, ""))[0]:
                        best_new[a] = (share, b)
                    if share > best_old.get(b, (0.0, ""))[0]:
                        best_old[b] = (share, a)
            for a, (share, b) in sorted(best_new.items()):
                if share >= 0.5 and best_old[b][1] == a and uf.union(a, b):
                    log.append(
                        f"{gender}: data link {names_in[(a, n)]} ({n}) -> "
                        f"{names_in[(b, n + gap)]} ({n + gap}), share {share:.2f}"
                    )

    groups: dict[str, list[str]] = defaultdict(list)
    for s in sorted(seasons):
        groups[uf.find(s)].append(s)
    lineages = []
    for members in groups.values():
        by_season = sorted((season, s) for s in members for season in seasons[s])
        runs: list[list] = []  # [name slug, from, last seen]
        for season, s in by_season:
            if runs and runs[-1][0] == s:
                runs[-1][2] = season
            else:
                runs.append([s, season, season])
        names = []
        for i, (s, start, last) in enumerate(runs):
            if i + 1 < len(runs):
                to: int | None = runs[i + 1][1] - 1
            else:
                to = None if last == latest else last
            names.append({"name": display[s][1], "from": start, "to": to})
        size = sum(len(riders[(s, season)]) for season, s in by_season)
        lineages.append({"gender": gender, "names": names, "size": size,
                         "slugs": {slug(n["name"]) for n in names}})  # fmt: skip
    return lineages


def assign_team_keys(lineages: list[dict]) -> None:
    taken: set[str] = set()
    fixed = {(g, slug(n)): k for (g, n), k in FIXED_TEAM_KEYS.items()}
    for lin in lineages:
        for s in lin["slugs"]:
            if (lin["gender"], s) in fixed:
                lin["key"] = fixed[(lin["gender"], s)]
                taken.add(lin["key"])
    # men first, then by first season, so keys do not depend on dict order
    for lin in sorted(lineages, key=lambda x: (x["gender"] != "men", x["names"][0]["from"],
                                               slug(x["names"][-1]["name"]))):  # fmt: skip
        if "key" in lin:
            continue
        base = slug(lin["names"][-1]["name"])[:110]
        key = base
        if key in taken:
            key = (
                f"{base}-women" if lin["gender"] == "women" else f"{base}-{lin['names'][0]['from']}"
            )
        n = 2
        while key in taken:
            key = f"{base}-{n}"
            n += 1
        lin["key"] = key
        taken.add(key)


def build(source: Path) -> tuple[dict, list[str]]:
    log: list[str] = []
    rows = read_rows(source)
    lineages = build_lineages(rows, "men", log) + build_lineages(rows, "women", log)
    assign_team_keys(lineages)
    team_of: dict[tuple[str, str], str] = {}
    for lin in lineages:
        for s in lin["slugs"]:
            team_of[(lin["gender"], s)] = lin["key"]

    teams = []
    for lin in lineages:
        country, aliases = TEAM_FACTS.get(lin["key"], (None, []))
        teams.append({
            "key": lin["key"], "country": country, "names": lin["names"],
            "aliases": [{"alias": a, "kind": k} for a, k in aliases],
        })  # fmt: skip
    teams.sort(key=lambda t: t["key"])

    # people: identity = (gender, slug of cased name)
    spellings: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    member: dict[tuple[str, str], set[tuple[str, int]]] = defaultdict(set)
    for r in rows:
        cased = case_name(r.rider)
        ident = (r.gender, slug(cased))
        spellings[ident][cased] = max(spellings[ident].get(cased, 0), r.season)
        member[ident].add((team_of[(r.gender, slug(r.team))], r.season))

    def nonascii(s: str) -> int:
        return sum(1 for ch in s if ord(ch) > 127)

    people = []
    taken: set[str] = set()
    order = sorted(spellings, key=lambda i: (i[0] != "men", min(s for _, s in member[i]), i[1]))
    for ident in order:
        variants = spellings[ident]
        name = max(variants, key=lambda v: (nonascii(v), variants[v], v))
        aliases = [{"alias": v, "kind": "spelling"} for v in sorted(variants) if v != name]
        common, nat, sort = KNOWN_PEOPLE.get(name, (None, None, None))
        if common and common != name:
            same = slug(common) == slug(name)
            aliases.insert(0, {"alias": name, "kind": "spelling" if same else "alias"})
            name = common
        aliases += [{"alias": n, "kind": "nickname"} for n in NICKNAMES.get(name, [])]
        key = slug(name)
        if key in taken:
            first = min(s for _, s in member[ident])
            key = f"{key}-{first}"
            log.append(f"person key collision: {ident} -> {key}")
        taken.add(key)
        seasons_seen: dict[int, int] = defaultdict(int)
        for _, s in member[ident]:
            seasons_seen[s] += 1
        if any(c > 1 for c in seasons_seen.values()):
            log.append(f"person {key} has two teams in one season: {sorted(member[ident])}")
        people.append({
            "key": key, "name": name, "sort_name": sort or sort_name_of(name), "role": "rider",
            "nationality": nat, "birth_date": None, "aliases": aliases,
            "memberships": [{"team": t, "season": s, "role": "rider"}
                            for t, s in sorted(member[ident], key=lambda m: (m[1], m[0]))],
        })  # fmt: skip
    people.sort(key=lambda p: p["key"])
    doc = {"format": "mercato/1", "source": SOURCE, "teams": teams, "people": people}
    sizes = {lin["key"]: lin["size"] for lin in lineages}
    log.append("biggest lineages: " + ", ".join(
        k for k, _ in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))[:30]))  # fmt: skip
    return doc, log


def dump(doc: dict) -> str:
    """One team / person per line: compact, stable and diff-friendly."""

    def one(x: object) -> str:
        return json.dumps(x, ensure_ascii=False, separators=(", ", ": "))

    parts = ["{", f' "format": {one(doc["format"])},', f' "source": {one(doc["source"])},']
    sections = [s for s in ("teams", "people", "reports", "claims") if s in doc]
    for i, section in enumerate(sections):
        items = doc[section]
        parts.append(f' "{section}": [')
        parts.extend(
            f"  {one(item)}{',' if j + 1 < len(items) else ''}" for j, item in enumerate(items)
        )
        parts.append(" ]" + ("," if i + 1 < len(sections) else ""))
    parts.append("}")
    return "\n".join(parts) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, required=True, help="folder with the two CSV files")
    ap.add_argument("--out", type=Path, default=Path("data/registry.json"))
    ap.add_argument("--verbose", "-v", action="store_true", help="print lineage decisions")
    args = ap.parse_args(argv)
    doc, log = build(args.source)
    text = dump(doc)
    json.loads(text)  # sanity: the hand-made layout is valid JSON
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    if args.verbose:
        print("\n".join(log), file=sys.stderr)
    n_members = sum(len(p["memberships"]) for p in doc["people"])
    print(
        f"{args.out}: {len(doc['teams'])} teams, {len(doc['people'])} people, "
        f"{n_members} memberships, {len(text.encode('utf-8'))} bytes",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
