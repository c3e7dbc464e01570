"""The security runs share the reliability world (our own double + bot, module-scoped)."""

from tests.reliability.botworld import world_dir
from tests.reliability.conftest import double, world

__all__ = ["double", "world", "world_dir"]
