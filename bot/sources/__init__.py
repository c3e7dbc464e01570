"""Clients of outside services (feeds over HTTP, Wikidata): the only code that uses the network."""
