"""Theme files: TOML files mapped onto Textual themes, every colour checked before use.

Looked up in order: the package resource ``reader/themes`` (a wheel install), the repository's
top-level ``themes/`` (an editable install), then the user's ``themes`` folder in the config
directory.  A later file with the same theme name replaces an earlier one, so a user can override
a bundled theme.  A bad file is reported (by name and reason), never raised.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from textual.color import Color, ColorParseError
from textual.theme import Theme

from reader.config import user_themes_dir

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DEFAULT_THEME = "reader-dark"

# The app's own colour variables, with the values used when a theme does not set them.
APP_VARIABLES: dict[str, str] = {
    "entity-person": "#aa9cfc",
    "entity-org": "#7aecec",
    "entity-gpe": "#feca74",
    "entity-loc": "#ff9561",
    "entity-norp": "#c887fb",
    "entity-other": "#bfe1d9",
    "quote": "#9fd89f",
    "current": "#ffd75f",
    "number": "#e4e7d2",
    "tag": "#ff87af",
    "find-match": "#5fafff",
}

_COLOUR_FIELDS = (
    "primary", "secondary", "warning", "error", "success", "accent", "foreground", "background",
    "surface", "panel", "boost",
)
_OTHER_FIELDS = {"name": str, "dark": bool, "luminosity_spread": float, "text_alpha": float,
                 "ansi": bool}
_ALPHA = re.compile(r"^\d{1,3}%$")


@dataclass(frozen=True)
class ThemeProblem:
    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path.name}: {self.reason}"


def theme_dirs() -> list[Path]:
    """Folders that may hold theme files, in load order (later wins)."""
    dirs: list[Path] = []
    try:
        packaged = resources.files("reader") / "themes"
        if packaged.is_dir():
            dirs.append(Path(str(packaged)))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - odd loaders
        pass
    repo_themes = Path(__file__).resolve().parents[2] / "themes"
    if repo_themes.is_dir() and all(repo_themes.resolve() != d.resolve() for d in dirs):
        dirs.append(repo_themes)
    dirs.append(user_themes_dir())
    return dirs


def load_themes(dirs: list[Path] | None = None) -> tuple[dict[str, Theme], list[ThemeProblem]]:
    """Every valid theme in ``dirs`` by name, and one problem per bad file."""
    themes: dict[str, Theme] = {}
    problems: list[ThemeProblem] = []
    for folder in theme_dirs() if dirs is None else dirs:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                theme = load_theme(path)
            except ThemeFileError as exc:
                problems.append(ThemeProblem(path, str(exc)))
            else:
                themes[theme.name] = theme
    return themes, problems


class ThemeFileError(Exception):
    """A theme file that cannot be used; the message is the reason."""


def load_theme(path: Path) -> Theme:
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except tomllib.TOMLDecodeError as exc:
        raise ThemeFileError(f"not valid TOML ({exc})") from None
    except OSError as exc:
        raise ThemeFileError(f"cannot read ({exc.strerror or exc})") from None
    data.setdefault("name", path.stem)
    variables = data.pop("variables", {})
    if not isinstance(variables, dict):
        raise ThemeFileError("[variables] must be a table of name = value")
    for key, value in data.items():
        if key in _COLOUR_FIELDS:
            _check_colour(key, value)
        elif key in _OTHER_FIELDS:
            expected = _OTHER_FIELDS[key]
            number = isinstance(value, (int, float)) and not isinstance(value, bool)
            if not (number if expected is float else isinstance(value, expected)):
                raise ThemeFileError(f"{key} must be a {expected.__name__}")
        else:
            raise ThemeFileError(f"unknown key {key!r}")
    if "primary" not in data:
        raise ThemeFileError("primary colour is missing")
    for key, value in variables.items():
        if not isinstance(value, str):
            raise ThemeFileError(f"variable {key!r} must be a string")
        if not key.endswith("text-style"):
            _check_colour(f"variable {key!r}", value)
    return Theme(**data, variables=variables)


def _check_colour(what: str, value: object) -> None:
    if not isinstance(value, str):
        raise ThemeFileError(f"{what} must be a colour string")
    parts = value.split()
    try:
        if not parts or len(parts) > 2 or (len(parts) == 2 and not _ALPHA.match(parts[1])):
            raise ColorParseError(value)
        Color.parse(parts[0])
    except ColorParseError:
        raise ThemeFileError(f"{what}: {value!r} is not a colour") from None
