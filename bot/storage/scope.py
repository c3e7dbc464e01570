"""Which rows a guild sees: every global row (guild_id NULL) and its own."""

from __future__ import annotations


def scope_clause(column: str = "guild_id", param: str = "?") -> str:
    """SQL that keeps global rows plus one guild's own (bind the guild id, or None, to `param`)."""
    return f"({column} IS NULL OR {column} = {param})"
