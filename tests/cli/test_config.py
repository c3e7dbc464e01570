from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings

TOKEN = "MTAxMjM0NTY3ODkwMTIzNDU2Nzg5.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789AB"


def test_defaults_without_any_setting(tmp_path: Path) -> None:
    s = load_settings({}, env_file=None)
    assert s.discord_token is None
    assert s.database_path == Path("var/mercato.sqlite3")
    assert s.log_level == "INFO"
    assert s.owner_ids == frozenset()


def test_env_file_is_read_and_environment_wins(tmp_path: Path) -> None:
    env = tmp_path / ".env"
    env.write_text("LOG_LEVEL=DEBUG\nOWNER_IDS=123456789012345678, 223456789012345678\n")
    s = load_settings({"LOG_LEVEL": "warning"}, env_file=env)
    assert s.log_level == "WARNING"
    assert s.owner_ids == {123456789012345678, 223456789012345678}


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({"DEV_GUILD_ID": "abc"}, "DEV_GUILD_ID"),
        ({"OWNER_IDS": "12,x"}, "OWNER_IDS"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        ({"DEFAULT_TIMEZONE": "Mars/Olympus"}, "DEFAULT_TIMEZONE"),
        ({"SHARD_COUNT": "0"}, "SHARD_COUNT"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "0,2"}, "SHARD_IDS"),
        ({"SHARD_IDS": "0"}, "SHARD_IDS"),
        ({"DISCORD_TOKEN": "short"}, "DISCORD_TOKEN"),
    ],
)
def test_invalid_setting_names_itself(env: dict[str, str], name: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(env, env_file=None)
    assert info.value.name == name
    assert str(info.value).startswith(f"{name}:")


def test_bad_token_is_never_echoed() -> None:
    bad = "x" * 60 + " y"
    with pytest.raises(ConfigError) as info:
        load_settings({"DISCORD_TOKEN": bad}, env_file=None)
    assert bad not in str(info.value)


def test_run_requires_a_token() -> None:
    with pytest.raises(ConfigError, match="DISCORD_TOKEN"):
        load_settings({}, env_file=None).require_token()


def test_token_accepted_and_hidden_from_repr() -> None:
    s = load_settings({"DISCORD_TOKEN": TOKEN}, env_file=None)
    assert s.require_token() == TOKEN
    assert TOKEN not in repr(s)


def test_feed_settings_are_read() -> None:
    s = load_settings({"FEED_POLL_SECONDS": "30", "FEED_ALLOW_HOSTS": " 127.0.0.1, Feeds.Local ,"},
                      env_file=None)  # fmt: skip
    assert s.feed_poll_seconds == 30
    assert s.feed_allow_hosts == frozenset({"127.0.0.1", "feeds.local"})
    assert load_settings({}, env_file=None).feed_poll_seconds is None


@pytest.mark.parametrize(
    ("name", "value"),
    [("FEED_POLL_SECONDS", "0"), ("FEED_POLL_SECONDS", "15m"), ("FEED_ALLOW_HOSTS", "http://x/")],
)
def test_bad_feed_settings_name_themselves(name: str, value: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings({name: value}, env_file=None)
    assert caught.value.name == name


def test_wikidata_settings_default_to_the_real_endpoints_and_no_refresh() -> None:
    s = load_settings({}, env_file=None)
    assert s.wikidata_sparql_url == "https://query.wikidata.org/sparql"
    assert s.wikidata_api_url == "https://www.wikidata.org/w/api.php"
    assert (s.wikidata_sync, s.wikidata_contact, s.wikidata_since) == ("off", None, 2010)
    with pytest.raises(ConfigError, match="WIKIDATA_CONTACT"):
        s.require_wikidata_contact()


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({"WIKIDATA_SPARQL_URL": "ftp://x"}, "WIKIDATA_SPARQL_URL"),
        ({"WIKIDATA_API_URL": "http://x y"}, "WIKIDATA_API_URL"),
        ({"WIKIDATA_SYNC": "daily"}, "WIKIDATA_SYNC"),
        ({"WIKIDATA_SYNC": "weekly"}, "WIKIDATA_CONTACT"),
        ({"WIKIDATA_CONTACT": "a\x07b"}, "WIKIDATA_CONTACT"),
        ({"WIKIDATA_SINCE": "10"}, "WIKIDATA_SINCE"),
    ],
)
def test_invalid_wikidata_setting_names_itself(env: dict[str, str], name: str) -> None:
    with pytest.raises(ConfigError) as info:
        load_settings(env, env_file=None)
    assert info.value.name == name


def test_weekly_wikidata_refresh_with_a_contact() -> None:
    s = load_settings(
        {
            "WIKIDATA_SYNC": "Weekly",
            "WIKIDATA_CONTACT": "ops@example.org",
            "WIKIDATA_SINCE": "2015",
        },
        env_file=None,
    )
    assert (s.wikidata_sync, s.require_wikidata_contact(), s.wikidata_since) == (
        "weekly",
        "ops@example.org",
        2015,
    )
