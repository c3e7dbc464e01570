"""Nationality codes (IOC, as cycling uses them) to flag emoji."""

from __future__ import annotations

_IOC_TO_ISO = {
    "ARG": "AR", "AUS": "AU", "AUT": "AT", "BEL": "BE", "BLR": "BY", "BRA": "BR", "CAN": "CA",
    "CHI": "CL", "CHN": "CN", "COL": "CO", "CRC": "CR", "CRO": "HR", "CZE": "CZ", "DEN": "DK",
    "ECU": "EC", "ERI": "ER", "ESP": "ES", "EST": "EE", "ETH": "ET", "FIN": "FI", "FRA": "FR",
    "GBR": "GB", "GER": "DE", "GRE": "GR", "HUN": "HU", "IRL": "IE", "ISR": "IL", "ITA": "IT",
    "JPN": "JP", "KAZ": "KZ", "LAT": "LV", "LTU": "LT", "LUX": "LU", "MEX": "MX", "NED": "NL",
    "NOR": "NO", "NZL": "NZ", "POL": "PL", "POR": "PT", "RSA": "ZA", "RUS": "RU", "RWA": "RW",
    "SLO": "SI", "SRB": "RS", "SUI": "CH", "SVK": "SK", "SWE": "SE", "UAE": "AE", "UKR": "UA",
    "URU": "UY", "USA": "US", "UZB": "UZ", "VEN": "VE",
}  # fmt: skip


def flag(ioc: str | None) -> str:
    """Return the flag emoji for an IOC code, or an empty string when unknown."""
    iso = _IOC_TO_ISO.get((ioc or "").upper())
    if iso is None:
        return ""
    return "".join(chr(0x1F1E6 + ord(c) - ord("A")) for c in iso)
