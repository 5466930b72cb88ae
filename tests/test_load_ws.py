"""The load test's Streamlit protocol helpers (benchmarks/load_ws.py): encoding only, no server, no timing."""

from __future__ import annotations

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from benchmarks.load_ws import Reply, Widget, check, read_forward_msg, rerun_msg, widget_state


def number_input_delta(widget_id: str, key: str, default: float | None, value: float | None = None) -> bytes:
    msg = ForwardMsg()
    el = msg.delta.new_element.number_input
    el.id, el.query_param_key, el.label = widget_id, key, key
    if default is not None:
        el.default = default
    if value is not None:
        el.value, el.set_value = value, True
    return msg.SerializeToString()


def markdown_delta(body: str) -> bytes:
    msg = ForwardMsg()
    msg.delta.new_element.markdown.body = body
    return msg.SerializeToString()


def test_rerun_msg_carries_query_string_and_every_widget_state() -> None:
    states = [widget_state("id-hours", "number_input", 24.0), widget_state("id-lang", "radio", "nl")]
    states += [widget_state("id-partner", "checkbox", False), widget_state("id-wage", "number_input", None)]
    msg = BackMsg()
    msg.ParseFromString(rerun_msg("rent=400&hours=24", states))
    assert msg.WhichOneof("type") == "rerun_script"
    assert msg.rerun_script.query_string == "rent=400&hours=24"
    by_id = {w.id: w for w in msg.rerun_script.widget_states.widgets}
    assert by_id["id-hours"].double_value == 24.0
    assert by_id["id-lang"].string_value == "nl"
    assert by_id["id-partner"].WhichOneof("value") == "bool_value"
    assert by_id["id-partner"].bool_value is False
    assert by_id["id-wage"].WhichOneof("value") is None  # an empty field: the id only, as the browser


def test_first_load_sends_no_widget_states() -> None:
    msg = BackMsg()
    msg.ParseFromString(rerun_msg(""))
    assert msg.rerun_script.query_string == ""
    assert len(msg.rerun_script.widget_states.widgets) == 0


def test_widgets_keep_the_users_value_unless_the_server_sets_it() -> None:
    widgets: dict[str, Widget] = {}
    reply = Reply()
    read_forward_msg(number_input_delta("id-rent", "rent", 0.0), widgets, reply, 1.0)
    assert widgets["id-rent"] == Widget("number_input", "rent", 0.0)
    widgets["id-rent"].value = 400.0  # the user typed 400
    read_forward_msg(number_input_delta("id-rent", "rent", 0.0), widgets, reply, 2.0)
    assert widgets["id-rent"].value == 400.0
    read_forward_msg(number_input_delta("id-rent", "rent", 0.0, value=10.0), widgets, reply, 3.0)
    assert widgets["id-rent"].value == 10.0


def test_reply_finds_the_headline_and_checks_it() -> None:
    widgets: dict[str, Widget] = {}
    reply = Reply()
    read_forward_msg(markdown_delta("## Elke maand € 1,00 meer op uw rekening"), widgets, reply, 1.5)
    done = ForwardMsg()
    done.script_finished = ForwardMsg.FINISHED_SUCCESSFULLY
    read_forward_msg(done.SerializeToString(), widgets, reply, 2.5)
    assert (reply.headline, reply.headline_at, reply.finished_at) == (
        "Elke maand € 1,00 meer op uw rekening",
        1.5,
        2.5,
    )
    assert check(reply, "Elke maand € 1,00 meer op uw rekening") is None
    assert check(reply, "Elke maand € 2,00 meer op uw rekening") is not None


def test_a_run_that_stopped_early_is_an_error() -> None:
    reply = Reply(headline="x", finished=ForwardMsg.FINISHED_EARLY_FOR_RERUN)
    assert check(reply, "x") is not None
