"""`pulsetrail mcp`: both APIs as Model Context Protocol tools for AI agents (the `pulsetrail[mcp]` extra).

One tool per operation of the bundled spec (`_catalog`), its JSON arguments converted to the typed namespace
method's (`_arguments`), its answer as the model's JSON, paged and cut to size (`_results`); curated helpers
(`_helpers`); which tools a server offers (`_select`); the server over stdio or Streamable HTTP (`_server`); the
command (`_command`). `import pulsetrail` never imports this package, and `pulsetrail.cli` imports only `_command`,
which imports the `mcp` SDK when it runs.
"""
