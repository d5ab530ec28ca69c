"""The gradio kit every tab uses: the error door, uploads, per-session memory, serving lanes, links."""
