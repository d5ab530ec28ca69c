"""Tools for assistants (demo.web.tools): the MCP endpoint lists the calculators and classifiers, not the
heavy jobs, each described by its docstring, and a tool called through it answers what the core computes."""

import ast
import asyncio
import concurrent.futures

from mcp import ClientSession
from mcp.client.streamable_http import streamable_http_client

from demo.base import config
from demo.classify import digits
from demo import layers as arch
from demo.app import build_app, launch_options
from demo.web import tools

HEAVY_ONES = {"train", "train_compare", "knn_scaling", "knn_accuracy", "shift_robustness", "occlusion",
              "adversarial_robustness", "adversarial_photo"}
SOME_TOOLS = {"architecture", "rf_table", "connectivity", "convolve", "rf_rule", "vgg_argument", "classify_digit",
              "classify_test_example", "classify_image", "lenet_trace", "unit_arithmetic", "perceptron_scores",
              "shift_probe", "knn_search", "adversarial"}


def _over_mcp(app_url: str, work):
    """Run `work(session)` in one MCP session over gradio's streamable HTTP endpoint."""
    async def session():
        async with streamable_http_client(app_url.rstrip("/") + "/gradio_api/mcp/") as (read, write, _):
            async with ClientSession(read, write) as mcp:
                await mcp.initialize()
                return await work(mcp)

    # In a thread of its own: Playwright's sync API (the browser tests, earlier in the same run) leaves an
    # event loop running in the main thread, where asyncio.run refuses to start another.
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, asyncio.wait_for(session(), 60)).result()


async def _list(mcp):
    return (await mcp.list_tools()).tools


def test_the_tools_are_every_public_endpoint_outside_the_heavy_lane(app_url, client):
    listed = {tool.name: tool for tool in _over_mcp(app_url, _list)}
    public = {name.lstrip("/") for name in client.view_api(print_info=False, return_format="dict")["named_endpoints"]}
    fns = build_app().fns.values()
    heavy = {fn.api_name for fn in fns if fn.concurrency_id == "heavy" and fn.api_name}
    own = {fn.api_name for fn in fns if getattr(fn.fn, "session_only", False) and fn.api_name}
    assert HEAVY_ONES <= heavy and {"classes_add_class", "classes_live", "classes_show"} <= own
    assert set(listed) == public - heavy - own
    assert SOME_TOOLS <= set(listed) and not HEAVY_ONES & set(listed)


def test_every_tool_and_parameter_is_described(app_url):
    """gradio takes the description from the callback's docstring, each parameter's from its "Args:" line."""
    undescribed = []
    for tool in _over_mcp(app_url, _list):
        if len(tool.description or "") < 20:
            undescribed.append(tool.name)
        undescribed += [f"{tool.name}({name})" for name, schema in tool.inputSchema["properties"].items()
                        if not schema.get("description")]
    assert undescribed == []


def test_architecture_through_mcp_answers_what_the_core_computes(app_url):
    async def work(mcp):
        return (await mcp.call_tool("architecture", {"preset": "alexnet"}),
                await mcp.call_tool("train", {"network": "lenet5"}))

    answer, heavy = _over_mcp(app_url, work)
    assert not answer.isError, answer.content
    table, summary = (item.text for item in answer.content[:2])  # one content per output: table, totals, ...
    report = arch.report_for("alexnet")  # torchvision's AlexNet at its own 3x224x224 input
    assert ast.literal_eval(table)["data"] == arch.table_rows(report)
    assert summary == arch.summary(report)
    assert f"**{report.params:,} parameters**" in summary and report.params > 60_000_000
    # A heavy endpoint is not a tool: not listed, and not callable by its name either.
    assert heavy.isError and "Unknown tool" in heavy.content[0].text


def test_a_classifier_through_mcp_answers_with_its_picture_and_the_true_label(app_url):
    """classify_test_example has a gr.State output (the digit kept for a later choice of network), which
    gradio's MCP server alone fails on (demo.web.tools.outputs_without_state)."""
    async def work(mcp):
        return await mcp.call_tool("classify_test_example", {"index": 3})

    answer = _over_mcp(app_url, work)
    assert not answer.isError, answer.content
    truth = int(digits.test_example(3)[1])
    assert answer.content[0].type == "image"  # what the networks see, as a picture
    assert any(f"True label: **{truth}**" in getattr(item, "text", "") for item in answer.content)


def test_mcp_is_served_unless_turned_off(monkeypatch):
    assert tools.available()  # requirements-test.txt installs gradio[mcp]
    assert launch_options([])["mcp_server"] is True
    assert launch_options(["--no-mcp"])["mcp_server"] is False
    monkeypatch.setattr(config, "MCP", False)  # DEMO_MCP=0
    assert launch_options([])["mcp_server"] is False
