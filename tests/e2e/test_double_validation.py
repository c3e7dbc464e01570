"""Discord's payload limits as enforced by the double (pure checks, no bot)."""

from __future__ import annotations

import pytest

from tests.discord_double import DiscordDouble
from tests.discord_double import validation as V


def codes(problems: list[V.Problem]) -> list[str]:
    return [str(p) for p in problems]


def test_message_limits() -> None:
    assert V.check_message({"content": "x" * 2000}) == []
    assert codes(V.check_message({"content": "x" * 2001}))[0].startswith(
        "content: BASE_TYPE_MAX_LENGTH"
    )
    assert V.check_message({}, require_body=True)
    many = [{"title": "t"}] * 11
    assert any(p.path == ("embeds",) for p in V.check_message({"embeds": many}))


@pytest.mark.parametrize(
    ("embed", "where"),
    [
        ({"title": "x" * 257}, "embeds.0.title"),
        ({"description": "x" * 4097}, "embeds.0.description"),
        ({"fields": [{"name": "n", "value": "v"}] * 26}, "embeds.0.fields"),
        ({"fields": [{"name": "n" * 257, "value": "v"}]}, "embeds.0.fields.0.name"),
        ({"fields": [{"name": "n", "value": "v" * 1025}]}, "embeds.0.fields.0.value"),
        ({"fields": [{"name": "n", "value": ""}]}, "embeds.0.fields.0.value"),
        ({"footer": {"text": "x" * 2049}}, "embeds.0.footer.text"),
        ({"author": {"name": "x" * 257}}, "embeds.0.author.name"),
    ],
)
def test_embed_limits(embed: dict, where: str) -> None:
    problems = V.check_message({"embeds": [embed]})
    assert any(str(p).startswith(where + ":") for p in problems), codes(problems)


def test_embed_total_6000() -> None:
    ok = [{"description": "x" * 3000}, {"description": "x" * 3000}]
    assert V.check_message({"embeds": ok}) == []
    over = [*ok, {"title": "y"}]
    assert any(p.code == "MAX_EMBED_SIZE_EXCEEDED" for p in V.check_message({"embeds": over}))


def _button(i: int) -> dict:
    return {"type": 2, "style": 1, "label": "b", "custom_id": f"b{i}"}


def test_component_limits() -> None:
    row = {"type": 1, "components": [_button(i) for i in range(5)]}
    assert V.check_message({"components": [row]}) == []
    six = {"type": 1, "components": [_button(i) for i in range(6)]}
    assert V.check_message({"components": [six]})
    rows = [{"type": 1, "components": [_button(10 * r + i) for i in range(2)]} for r in range(6)]
    assert any(p.path == ("components",) for p in V.check_message({"components": rows}))
    opts = [{"label": str(i), "value": str(i)} for i in range(26)]
    sel = {"type": 1, "components": [{"type": 3, "custom_id": "s", "options": opts}]}
    assert any("options" in str(p) for p in V.check_message({"components": [sel]}))
    dup = {"type": 1, "components": [_button(1), _button(1)]}
    assert any(
        p.code == "COMPONENT_CUSTOM_ID_DUPLICATED" for p in V.check_message({"components": [dup]})
    )


def test_autocomplete_limits() -> None:
    ok = {"choices": [{"name": "n", "value": "v"}] * 25}
    assert V.check_autocomplete(ok) == []
    assert V.check_autocomplete({"choices": [{"name": "n", "value": "v"}] * 26})
    assert V.check_autocomplete({"choices": [{"name": "", "value": "v"}]})
    assert V.check_autocomplete({"choices": [{"name": "x" * 101, "value": "v"}]})


def test_modal_limits() -> None:
    ti = {"type": 4, "custom_id": "f", "style": 1, "label": "Label"}
    ok = {"title": "T", "custom_id": "m", "components": [{"type": 1, "components": [ti]}]}
    assert V.check_modal(ok) == []
    assert V.check_modal({**ok, "title": "x" * 46})
    long_label = {"type": 1, "components": [{**ti, "label": "x" * 46}]}
    assert V.check_modal({**ok, "components": [long_label]})
    label = {"type": 18, "label": "x" * 46, "component": {"type": 4, "custom_id": "f", "style": 1}}
    assert V.check_modal({**ok, "components": [label]})


def test_command_registration_rules() -> None:
    assert V.valid_command_name("transfer")
    assert V.valid_command_name("équipe-2026")
    assert V.valid_command_name("チーム")
    assert not V.valid_command_name("Transfer")
    assert not V.valid_command_name("two words")
    assert not V.valid_command_name("x" * 33)
    assert not V.valid_command_name("")
    cmd = {"name": "ok", "description": "d", "type": 1}
    assert V.check_commands([cmd], global_scope=True) == []
    assert V.check_commands([{**cmd, "description": "x" * 101}], global_scope=True)
    opts = [{"name": f"o{i}", "description": "d", "type": 3} for i in range(26)]
    assert V.check_commands([{**cmd, "options": opts}], global_scope=True)
    choices = [{"name": str(i), "value": str(i)} for i in range(26)]
    with_choices = {
        **cmd,
        "options": [{"name": "o", "description": "d", "type": 3, "choices": choices}],
    }
    assert V.check_commands([with_choices], global_scope=True)
    many = [{**cmd, "name": f"c{i}"} for i in range(101)]
    assert any(p.path == () for p in V.check_commands(many, global_scope=True))
    assert V.check_commands([cmd, cmd], global_scope=True)


def test_error_body_shape() -> None:
    body = V.error_body(V.check_message({"embeds": [{"title": "x" * 300}]}))
    assert body["code"] == 50035 and body["message"] == "Invalid Form Body"
    err = body["errors"]["embeds"]["0"]["title"]["_errors"][0]
    assert err["code"] == "BASE_TYPE_MAX_LENGTH"


def test_end_test_fails_on_unexpected_violation_and_unmet_expectation() -> None:
    double = DiscordDouble()
    double._violate("invalid_form_body", "something")
    with pytest.raises(AssertionError, match="unexpected violation"):
        double.end_test()
    double.expect_violation("late_callback")
    with pytest.raises(AssertionError, match="was not recorded"):
        double.end_test()
    with double.allow_violations():
        double._violate("invalid_form_body", "allowed")
    double.end_test()  # clean
