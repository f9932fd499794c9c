"""Where reader's files live, and the user's config file.

Paths come from platformdirs (``READER_CONFIG_DIR`` / ``READER_DATA_DIR`` override them, which the
tests use).  The config file is the user's: reader reads it with tomllib and, when it saves a
setting (the chosen theme), edits just that one line so that comments and layout survive.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import user_config_path, user_data_path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

APP_NAME = "reader"


class ConfigError(Exception):
    """A config file that cannot be used; the message names the file and the problem."""


def config_dir() -> Path:
    env = os.environ.get("READER_CONFIG_DIR")
    return Path(env) if env else user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    env = os.environ.get("READER_DATA_DIR")
    return Path(env) if env else user_data_path(APP_NAME, appauthor=False)


def config_path() -> Path:
    return config_dir() / "config.toml"


def user_themes_dir() -> Path:
    return config_dir() / "themes"


@dataclass(frozen=True)
class Config:
    model: str | None = None
    theme: str | None = None
    keymap: dict[str, str] = field(default_factory=dict)
    path: Path | None = None


def load_config(path: Path | None = None) -> Config:
    """Read the config file; a missing file is the default config."""
    path = path or config_path()
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        return Config(path=path)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror or exc})") from None
    keymap = data.get("keymap", {})
    if not isinstance(keymap, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in keymap.items()
    ):
        raise ConfigError(f'{path}: [keymap] maps binding ids to keys, e.g. next_quote = "n"')
    for key in ("model", "theme"):
        if key in data and not isinstance(data[key], str):
            raise ConfigError(f"{path}: {key} must be a string")
    return Config(model=data.get("model"), theme=data.get("theme"), keymap=keymap, path=path)


def save_setting(key: str, value: str, path: Path | None = None) -> None:
    """Set a top-level string ``key`` in the config file, keeping everything else as written."""
    path = path or config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    line = f"{key} = {_toml_string(value)}"
    pattern = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*=.*$", re.MULTILINE)
    first_table = re.search(r"^[ \t]*\[", text, re.MULTILINE)
    match = pattern.search(text)
    if match and (first_table is None or match.start() < first_table.start()):
        text = text[: match.start()] + line + text[match.end() :]
    else:
        text = line + "\n" + text
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def _toml_string(value: Any) -> str:
    # A JSON string literal is a valid TOML basic string for the characters we write.
    return json.dumps(str(value), ensure_ascii=False)
