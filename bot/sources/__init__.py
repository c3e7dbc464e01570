"""Clients of outside services (HTTP lives here and nowhere else)."""
