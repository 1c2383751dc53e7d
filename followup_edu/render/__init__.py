"""Rendering: turn reports (pure data) into HTML for lessons, widgets and the CLI."""
