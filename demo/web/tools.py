"""Tools for assistants: the calculators and classifiers as MCP tools (gradio's MCP server, `gradio[mcp]`).

Gradio serves every public endpoint at /gradio_api/mcp/ as a tool named after its callback and described
by the callback's docstring: the first paragraph says what it does, the lines under "Args:" describe the
parameters (one line each). Changes here (`expose`): a tool is named as its endpoint (`architecture`,
`thatcher`, `feature_maps`), and nothing of the heavy lane (demo/web/serving.py: training, scaling runs,
accuracy for every k, the shift robustness sweep, occlusion, templates trained on the fly) is a tool.
Those take seconds to minutes, two at a time for a whole class; an assistant calling tools in a loop
would fill that lane. They stay in the HTTP API (README's API section) for a person who asks on purpose.
Nor is an endpoint that works on a browser session's own data (`session_only`: a student's classes), which an
assistant's calls, each in a session of their own, could neither see nor keep.
"""

import importlib.util

from gradio.components import State

from demo.web.serving import HEAVY


def available() -> bool:
    """Whether the `mcp` package (gradio's `mcp` extra) is installed, without importing it."""
    return importlib.util.find_spec("mcp") is not None


def session_only(fn):
    """Mark a callback that works on its browser session's own data: its endpoint is no tool."""
    fn.session_only = True
    return fn


def is_tool(block_fn) -> bool:
    """A public endpoint with a name, outside the heavy lane, not of a session's own data."""
    return (block_fn.fn is not None and bool(block_fn.api_name) and block_fn.api_visibility == "public"
            and block_fn.concurrency_id != HEAVY["concurrency_id"] and not getattr(block_fn.fn, "session_only", False))


def expose(server) -> None:
    """Keep only the tools `is_tool` accepts, each named as its endpoint (gradio's prefix kept: a Space's
    name). A heavy endpoint is then neither listed nor callable through MCP."""
    tools = {}
    for endpoint in server.tool_to_endpoint.values():
        block_fn = server.get_block_fn_from_endpoint_name(endpoint)
        if block_fn is not None and is_tool(block_fn):
            tools[server.tool_prefix + block_fn.api_name] = endpoint
    server.tool_to_endpoint = tools
    server.pop_returned_state = outputs_without_state


def outputs_without_state(components, data) -> list:
    """A tool call's outputs, one per non-State output component, for gradio to turn into MCP content.

    gradio 6.31 hands a queued call's outputs over wrapped in one more list (`[result]`), where its own
    `pop_returned_state` fails ("pop index out of range") as soon as a gr.State output is not the first,
    and a tool's outputs arrive as one text. Unwrapped, each output is its own content (a picture an image).
    """
    if len(components) > 1 and len(data) == 1 and isinstance(data[0], (list, tuple)) \
            and len(data[0]) == len(components):
        data = data[0]
    return [value for component, value in zip(components, data) if not isinstance(component, State)]
