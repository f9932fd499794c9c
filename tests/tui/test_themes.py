"""Themes from files (bundled, user, bad ones), the saved theme choice, and the keymap."""

from __future__ import annotations

from textual.color import Color

from reader.config import Config, config_path, load_config, user_themes_dir
from reader.tui.themes import APP_VARIABLES, load_theme, load_themes, theme_dirs

from .conftest import running

BUNDLED = {"reader-dark", "reader-light", "reader-high-contrast", "reader-sepia"}


def test_bundled_themes_load_with_every_app_colour():
    themes, problems = load_themes()
    assert problems == []
    assert BUNDLED <= set(themes)
    for name in BUNDLED:
        assert set(APP_VARIABLES) <= set(themes[name].variables)
        for value in themes[name].variables.values():
            Color.parse(value)


def test_user_themes_folder_is_looked_up_last():
    assert theme_dirs()[-1] == user_themes_dir()


def test_bad_theme_files_are_reported_by_name_and_reason(tmp_path):
    (tmp_path / "typo.toml").write_text('name = "typo"\nprimary = "#12345z"\n')
    (tmp_path / "broken.toml").write_text("name = \n")
    (tmp_path / "badvar.toml").write_text(
        'name = "badvar"\nprimary = "red"\n[variables]\nquote = "not-a-colour"\n')
    (tmp_path / "good.toml").write_text('name = "good"\nprimary = "#ff0000"\n')
    themes, problems = load_themes([tmp_path])
    assert set(themes) == {"good"}
    reasons = {p.path.name: p.reason for p in problems}
    assert reasons["typo.toml"] == "primary: '#12345z' is not a colour"
    assert reasons["broken.toml"].startswith("not valid TOML")
    assert reasons["badvar.toml"] == "variable 'quote': 'not-a-colour' is not a colour"


def test_a_theme_colour_with_alpha_is_accepted(tmp_path):
    path = tmp_path / "alpha.toml"
    path.write_text('primary = "#ff0000"\n[variables]\nfind-match = "#00ff00 40%"\n')
    assert load_theme(path).name == "alpha"


async def test_a_user_theme_loads_and_a_bad_one_is_said_once_without_a_crash(make_app):
    folder = user_themes_dir()
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text('name = "mine"\nprimary = "#884400"\ndark = true\n')
    (folder / "oops.toml").write_text('name = "oops"\nprimary = "blurple"\n')
    async with running(make_app()) as run:
        assert "mine" in run.app.available_themes
        assert "oops" not in run.app.available_themes
        warned = [n for n in run.notes if "oops.toml" in n]
        assert len(warned) == 1 and "'blurple' is not a colour" in warned[0]


async def test_the_chosen_theme_is_saved_and_used_next_time(make_app):
    async with running(make_app()) as run:
        assert run.app.theme == "reader-dark"
        run.app.theme = "reader-light"
        await run.pilot.pause()
    saved = load_config()
    assert saved.theme == "reader-light"
    async with running(make_app(config=saved)) as run:
        assert run.app.theme == "reader-light"


async def test_an_unknown_configured_theme_falls_back_with_a_notice(make_app):
    async with running(make_app(config=Config(theme="nope", path=config_path()))) as run:
        assert run.app.theme == "reader-dark"
        assert any("'nope'" in n for n in run.notes)


async def test_keymap_remaps_by_binding_id(make_app):
    config = Config(keymap={"next_quote": "right", "bogus": "x"}, path=config_path())
    async with running(make_app(config=config)) as run:
        await run.press("right")
        assert run.status().startswith("Quote 1/6")
        assert any("bogus" in n for n in run.notes)
        await run.press("question_mark")
        assert "- `→` — Go to the next quote" in run.app.screen.markdown


async def test_only_reader_and_user_themes_are_offered(make_app):
    folder = user_themes_dir()
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text('name = "mine"\nprimary = "#884400"\ndark = true\n')
    async with running(make_app()) as run:
        assert set(run.app.available_themes) == BUNDLED | {"mine"}
        await run.press("ctrl+p")
        for key in "theme":
            await run.pilot.press(key)
        await run.pilot.pause(0.3)
        await run.press("enter")
        await run.pilot.pause(0.3)
        from textual.command import CommandList
        options = run.app.screen.query_one(CommandList)
        offered = {str(options.get_option_at_index(i).prompt).split("\n")[0]
                   for i in range(options.option_count)}
        assert offered == BUNDLED | {"mine"}


async def test_a_textual_builtin_theme_in_the_config_falls_back_with_one_notice(make_app):
    config = Config(theme="textual-light", path=config_path())
    async with running(make_app(config=config)) as run:
        assert run.app.theme == "reader-dark"
        assert len([n for n in run.notes if "'textual-light'" in n]) == 1


async def test_a_remapped_key_shows_in_the_footer_and_the_hint(make_app):
    from textual.widgets._footer import FooterKey

    config = Config(keymap={"next_quote": "right", "find": "F"}, path=config_path())
    async with running(make_app(config=config)) as run:
        assert run.status() == "→: first quote · 1–4: lists · F: find · ?: help"
        keys = {k.description: k.key for k in run.screen.query(FooterKey)}
        assert keys["Quote"] == "right" and keys["Find"] == "F"
        assert not any("not applied" in n for n in run.notes)


async def test_a_remap_onto_another_bindings_key_is_refused_in_one_notice(make_app):
    config = Config(keymap={"next_quote": "t", "list_tags": "question_mark", "find": "F",
                            "nope": "z"}, path=config_path())
    async with running(make_app(config=config)) as run:
        [note] = [n for n in run.notes if "[keymap]" in n]
        assert "unknown binding id(s) nope" in note
        assert 'next_quote = "t" (already the key of tag: Tag)' in note
        assert 'list_tags = "question_mark" (already the key of help: Help)' in note
        assert run.status() == "n: first quote · 1–4: lists · F: find · ?: help"
        await run.press("t")
        assert any("Nothing to tag" in n for n in run.notes)
        await run.press("n")
        assert run.status().startswith("Quote 1/6")


async def test_swapping_two_keys_is_fine(make_app):
    config = Config(keymap={"next_quote": "t", "tag": "n"}, path=config_path())
    async with running(make_app(config=config)) as run:
        assert not any("not applied" in n for n in run.notes)
        await run.press("t")
        assert run.status().startswith("Quote 1/6")
