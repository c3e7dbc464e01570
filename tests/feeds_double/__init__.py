"""A local feed server for the tests and the bench: RSS 2.0, Atom 1.0, RSS 1.0 and JSON Feed
on 127.0.0.1, with 304s, gzip, redirects and the faults outlets' servers show."""

from tests.feeds_double.documents import Entry
from tests.feeds_double.faults import install_faults
from tests.feeds_double.server import FeedServer

__all__ = ["Entry", "FeedServer", "install_faults"]
