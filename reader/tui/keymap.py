"""The user's key remaps: which ones can be applied, and how a binding's key is shown.

A remap is refused (and said, once) when its key is already another binding's key where both
are active: in the main screen (its keys, the app's, the side panel's and the Tags list's), in
the find bar, the tag dialog or help.  Remaps that swap two keys are fine.
"""

from __future__ import annotations

from textual.binding import Binding
from textual.keys import _normalize_key_list

# Keys Textual or reader use on the main screen without a binding id of reader's.
RESERVED = {
    "ctrl+p": "the command palette", "ctrl+c": "copy", "ctrl+q": "quit",
    "tab": "next field", "shift+tab": "previous field", "enter": "jump to the list item",
}


def keys_of(binding: Binding, keymap: dict[str, str]) -> list[str]:
    keys = keymap.get(binding.id or "", binding.key)
    return [k for k in _normalize_key_list(keys).split(",") if k]


def split_keymap(keymap: dict[str, str], scopes: list[list[Binding]],
                 reserved_scope: int = 0) -> tuple[dict[str, str], list[str]]:
    """``(remaps to apply, one line per refused remap)``; scope ``reserved_scope`` also may not
    take the keys in RESERVED."""
    accepted = dict(keymap)
    refused: list[str] = []
    while True:
        clash = _first_clash(accepted, keymap, scopes, reserved_scope)
        if clash is None:
            return accepted, refused
        binding_id, _key, other = clash
        refused.append(f'{binding_id} = "{keymap[binding_id]}" (already the key of {other})')
        del accepted[binding_id]


def _first_clash(accepted, keymap, scopes, reserved_scope):
    for number, scope in enumerate(scopes):
        owners: dict[str, list[Binding]] = {}
        for binding in scope:
            for key in keys_of(binding, accepted):
                owners.setdefault(key, []).append(binding)
        for binding in scope:
            if binding.id not in accepted:
                continue
            for key in keys_of(binding, accepted):
                other = next((b for b in owners[key] if b.id != binding.id), None)
                if other is not None:
                    return binding.id, key, _name(other)
                if number == reserved_scope and key in RESERVED:
                    return binding.id, key, RESERVED[key]
    return None


def _name(binding: Binding) -> str:
    return f"{binding.id}: {binding.description or binding.tooltip}"


def key_display(app, binding: Binding, keymap: dict[str, str]) -> str:
    """How the binding's (first) key is shown, as remapped: ``n``, ``→``, ``?``."""
    return app.get_key_display(Binding(keys_of(binding, keymap)[0], ""))
