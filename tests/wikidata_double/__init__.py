"""A local double of Wikidata: entity JSON builders and the Query Service + Action API server."""
