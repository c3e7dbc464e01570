"""Which rows a query reads: a guild's scope (every global row and its own), a set of ids."""

from __future__ import annotations


def scope_clause(column: str = "guild_id", param: str = "?") -> str:
    """SQL that keeps global rows plus one guild's own (bind the guild id, or None, to `param`)."""
    return f"({column} IS NULL OR {column} = {param})"


def only_ids(column: str, ids: list[int] | None, joiner: str = "WHERE") -> str:
    """A filter on `column` for the ids bound as `?` parameters, or nothing for all rows."""
    if ids is None:
        return ""
    return f" {joiner} {column} IN ({','.join('?' * len(ids)) or 'NULL'})"
