"""The shell's own domain-style messages (shown next to a field, like the services' ones)."""

from __future__ import annotations

from veldwerk.domain import messages

messages.register(
    {
        "ui.required": ("Vul dit in.", "Please fill this in."),
    }
)
