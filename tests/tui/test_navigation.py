"""Moving through the article from the keyboard: quotes, lists, find, scrolling, palette, help."""

from __future__ import annotations

from textual.widgets import Input, TabbedContent

from reader import document
from reader.config import load_config
from reader.nlp.types import Analysis, Quote
from reader.tui.article import Paragraph
from reader.tui.find_bar import FindBar
from reader.tui.help_screen import HelpScreen, render_help
from reader.tui.main_screen import MainScreen

from .conftest import running


async def type_in(run, text):
    for key in text:
        await run.pilot.press(key if key != " " else "space")
    await run.pilot.pause(0.3)


def current_paragraphs(run):
    return [p.index for p in run.screen.query(Paragraph) if p.has_class("-current")]


async def test_n_goes_through_quotes_and_wraps_with_a_notice(make_app, canned):
    async with running(make_app()) as run:
        await run.press("n")
        assert run.status() == "Quote 1/6 · Charles Bolden · said"
        first = canned.quotes[0]
        assert current_paragraphs(run) == [run.screen.article.index.at(first.start)]
        quotes = run.screen.side.list("quotes")
        assert quotes.selected_key == first.id
        await run.press("n", "n")
        assert run.status() == "Quote 3/6 · John Cornyn · said"
        await run.press("N")
        assert run.status().startswith("Quote 2/6")
        await run.press("N", "N")
        assert run.status().startswith("Quote 6/6 · Chris Gregoire")
        assert any("Back to the last quote" in n for n in run.notes)
        await run.press("n")
        assert run.status().startswith("Quote 1/6")
        assert any("Back to the first quote" in n for n in run.notes)


async def test_n_scrolls_the_article_to_the_quote(make_app, canned):
    async with running(make_app(), size=(120, 24)) as run:
        article = run.screen.article
        assert article.scroll_y == 0
        await run.press("N")  # the last quote is far down
        assert article.scroll_y > 0
        paragraph = run.screen.query(Paragraph)[article.index.at(canned.quotes[-1].start)]
        assert article.scrollable_content_region.overlaps(paragraph.region)


async def test_number_keys_switch_lists_and_brackets_step_through_them(make_app, canned):
    async with running(make_app()) as run:
        tabs = run.screen.query_one(TabbedContent)
        await run.press("3")
        assert tabs.active == "numbers"
        await run.press("right_square_bracket")
        assert run.status() == "Number 1/24 · 30th · ordinal"  # the value reads as the text
        await run.press("right_square_bracket")
        assert run.status() == "Number 2/24 · first · ordinal · 1st"
        await run.press("left_square_bracket")
        assert run.status().startswith("Number 1/24")
        await run.press("4")
        assert tabs.active == "tags"
        await run.press("1")
        assert tabs.active == "quotes"
        await run.press("2")
        assert tabs.active == "entities"


async def test_brackets_in_entities_go_to_the_next_mention_of_the_selected_entity(make_app):
    async with running(make_app()) as run:
        await run.press("2", "f")
        for key in "Bolden":
            await run.pilot.press(key)
        await run.press("enter")  # back to the filtered list
        await run.press("enter")  # jump to the first mention
        assert run.status() == "Charles Bolden · PERSON · mention 1/3"
        await run.press("right_square_bracket")
        assert run.status() == "Charles Bolden · PERSON · mention 2/3"
        await run.press("right_square_bracket", "right_square_bracket")
        assert run.status() == "Charles Bolden · PERSON · mention 1/3"
        assert any("first mention of Charles Bolden" in n for n in run.notes)


async def test_enter_on_a_list_item_jumps_to_it(make_app, canned):
    async with running(make_app()) as run:
        await run.press("1", "down", "down", "enter")
        assert run.status() == "Quote 3/6 · John Cornyn · said"
        assert run.screen.current.start == canned.quotes[2].start


async def test_lists_filter_as_you_type(make_app):
    async with running(make_app()) as run:
        await run.press("f")
        assert isinstance(run.app.focused, Input)
        for key in "gregoire":
            await run.pilot.press(key)
        await run.pilot.pause()
        quotes = run.screen.side.list("quotes")
        assert [q.speaker for q in quotes.visible] == ["Chris Gregoire", "Chris Gregoire"]
        await run.press("escape")
        assert run.app.focused is quotes


async def test_same_speaker_and_only_speaker(make_app):
    async with running(make_app()) as run:
        await run.press("s")
        assert any("Go to a quote first" in n for n in run.notes)
        await run.press("n", "s")
        assert run.status() == "Quote 2/6 · Charles Bolden · said"
        await run.press("s")
        assert run.status() == "Quote 1/6 · Charles Bolden · said"
        await run.press("S")
        quotes = run.screen.side.list("quotes")
        assert {q.speaker for q in quotes.visible} == {"Charles Bolden"}
        await run.press("S")
        assert len(quotes.visible) == 6


async def test_scroll_keys(make_app):
    async with running(make_app(), size=(120, 24)) as run:
        article = run.screen.article
        await run.press("j", "j")
        assert article.scroll_y == 2
        await run.press("k")
        assert article.scroll_y == 1
        await run.press("G")
        assert article.scroll_y == article.max_scroll_y > 0
        await run.press("g")
        assert article.scroll_y == 0
        await run.press("space")
        paged = article.scroll_y
        assert paged > 5
        await run.press("b")
        assert article.scroll_y == 0
        await run.press("pagedown")
        assert article.scroll_y == paged
        await run.press("pageup")
        assert article.scroll_y == 0


async def test_find_has_its_own_next_and_previous_and_leaves_n_to_quotes(make_app, doc):
    async with running(make_app()) as run:
        await run.press("slash")
        for key in "orbiter":
            await run.pilot.press(key)
        await run.pilot.pause(0.3)  # find waits for a pause in typing
        count = doc.text.lower().count("orbiter")
        assert run.status() == f"Match 1/{count} · “orbiter”"
        await run.press("enter")
        assert run.status().startswith(f"Match 2/{count}")
        await run.press("up")
        assert run.status().startswith(f"Match 1/{count}")
        await run.press("escape")
        assert run.screen.article.has_focus
        await run.press("greater_than_sign")
        assert run.status().startswith(f"Match 2/{count}")
        await run.press("less_than_sign", "less_than_sign")
        assert run.status().startswith(f"Match {count}/{count}")
        await run.press("n")
        assert run.status().startswith("Quote ")


async def test_enter_typed_before_the_pause_in_typing_goes_to_the_first_match(make_app, doc):
    async with running(make_app()) as run:
        await run.press("slash")
        for key in "orbiter":
            await run.pilot.press(key)
        await run.pilot.press("enter")  # at once, before find's pause in typing has passed
        await run.pilot.pause(0.3)
        count = doc.text.lower().count("orbiter")
        assert run.status() == f"Match 1/{count} · “orbiter”"
        assert not any("Nothing to find" in n for n in run.notes)


async def test_enter_that_arrives_before_the_last_key_s_change_still_searches_what_is_typed(
        make_app, doc):
    # in a terminal, Enter's step can reach the screen before the change of the key typed just
    # before it
    async with running(make_app()) as run:
        await run.press("slash")
        screen = run.pilot.app.screen
        screen.query_one(FindBar).query_one(Input).value = "orbiter"  # its change not yet handled
        screen.on_find_bar_step(FindBar.Step(1))
        await run.pilot.pause(0.3)  # the change arrives, and its pause in typing passes
        count = doc.text.lower().count("orbiter")
        assert run.status() == f"Match 1/{count} · “orbiter”"
        assert not any("Nothing to find" in n for n in run.notes)


async def test_help_shows_keys_and_the_sample_attribution(make_app):
    async with running(make_app()) as run:
        await run.press("question_mark")
        assert isinstance(run.app.screen, HelpScreen)
        text = run.app.screen.markdown
        assert "Next quote by the speaker of the current quote" in text
        assert "CC BY 2.5" in text and "Wikinews" in text
        for binding in MainScreen.BINDINGS:
            assert binding.tooltip in text
        await run.press("escape")
        assert not isinstance(run.app.screen, HelpScreen)
        await run.press("f1")
        assert isinstance(run.app.screen, HelpScreen)


def test_help_shows_its_markdown_as_styled_text():
    help_text = render_help("## Keys\n\n- `n` — Next quote\n- `[` — Previous quote\n\n"
                            "Press **t** to\ntag the `[selection]`.")
    assert help_text.plain == ("Keys\n\n• n — Next quote\n• [ — Previous quote\n\n"
                               "Press t to tag the [selection].")
    styles = {help_text.plain[s.start:s.end]: str(s.style) for s in help_text.spans}
    assert styles == {"Keys": "bold underline $accent", "n": "bold $accent", "[": "bold $accent",
                      "t": "bold", "[selection]": "bold $accent"}


def test_a_web_address_in_the_help_is_one_link_however_it_folds():
    url = "https://example.org/wiki/A_very_long_title;_with_a_semicolon"
    help_text = render_help(f"Source, licensed CC BY 2.5: {url}. More at https://x.org/a")
    links = {help_text.plain[s.start:s.end]: s.style for s in help_text.spans}
    assert links == {url: f"underline link='{url}'",
                     "https://x.org/a": "underline link='https://x.org/a'"}


async def test_command_palette_jumps_to_a_quote_by_speaker(make_app):
    async with running(make_app()) as run:
        await run.press("ctrl+p")
        await type_in(run, "Quote Cornyn")
        await run.press("enter")
        assert run.status().startswith("Quote 3/6 · John Cornyn")


async def test_highlights_toggle_per_kind(make_app, canned):
    async with running(make_app()) as run:
        number = canned.numbers[0]
        paragraph = run.screen.query(Paragraph)[run.screen.article.index.at(number.start)]

        def styles():
            return {str(s.style) for s in paragraph.visual._spans}

        assert any("$number" in s for s in styles())
        await run.press("U")
        assert not any("$number" in s for s in styles())
        assert "hidden: number" in str(run.screen.query_one("#status-info").render())
        await run.press("U")
        assert any("$number" in s for s in styles())


async def test_q_quits(make_app):
    async with running(make_app()) as run:
        await run.press("q")
        assert run.app.return_code == 0
        assert not run.app.is_running


async def test_command_palette_jumps_to_an_entity_and_toggles_highlights(make_app):
    async with running(make_app()) as run:
        await run.press("ctrl+p")
        await type_in(run, "Entity Cornyn")
        await run.press("enter")
        assert run.status() == "John Cornyn · PERSON · mention 1/2"
        await run.press("ctrl+p")
        await type_in(run, "Hide quote highlights")
        await run.press("enter")
        assert "quote" not in run.screen.shown


async def test_command_palette_switches_theme_and_it_is_saved(make_app):
    async with running(make_app()) as run:
        await run.press("ctrl+p")
        await type_in(run, "theme")
        await run.press("enter")
        await type_in(run, "sepia")
        await run.press("enter")
        assert run.app.theme == "reader-sepia"
    assert load_config().theme == "reader-sepia"


async def test_a_quote_deep_in_a_long_paragraph_is_scrolled_into_view(make_app):
    filler = " ".join(["Words fill this very long paragraph."] * 120)
    doc = document.from_text(f"Title\n\n{filler} \"The end is here,\" she said.\n")
    start = doc.text.index("The end is here")
    analysis = Analysis(text=doc.text, source="-", model="canned", text_sha256=doc.sha256,
                        paragraphs=doc.paragraphs,
                        quotes=(Quote("q1", start, start + 16, "The end is here,", None),))
    async with running(make_app(doc=doc, analysis=analysis), size=(100, 20)) as run:
        await run.press("n")
        article = run.screen.article
        paragraph = run.screen.query(Paragraph)[1]
        assert paragraph.outer_size.height > article.size.height
        last_line = paragraph.virtual_region.bottom - 2  # the paragraph's bottom padding
        assert article.scroll_y <= last_line < article.scroll_y + article.size.height


async def test_clicking_a_highlight_makes_it_current(make_app, doc):
    async with running(make_app()) as run:
        index = next(i for i, p in enumerate(doc.paragraphs)
                     if doc.text[p.start:p.end].startswith("At the ceremony, NASA Administrator"))
        paragraph = run.screen.query(Paragraph)[index]
        column = len("At the ceremony, NASA Administrator ") + 2  # border and padding
        await run.pilot.click(paragraph, offset=(column + 3, 0))
        await run.pilot.pause()
        assert run.status() == "Charles Bolden · PERSON · mention 1/3"
        await run.pilot.click(paragraph, offset=(column - 5, 0))  # plain text: nothing changes
        await run.pilot.pause()
        assert run.status() == "Charles Bolden · PERSON · mention 1/3"


async def test_help_says_how_to_close_it_and_scrolls_with_reader_keys(make_app):
    async with running(make_app(), size=(120, 24)) as run:
        await run.press("question_mark")
        help_screen = run.app.screen
        assert isinstance(help_screen, HelpScreen)
        keys = str(help_screen.query_one("#help-keys").render())
        assert keys.startswith("esc or q or ? or f1 closes help")
        scroll = help_screen.query_one("#help")
        assert scroll.max_scroll_y > 0
        await run.press("j", "j")
        assert scroll.scroll_y == 2
        await run.press("k")
        assert scroll.scroll_y == 1
        await run.press("G")
        assert scroll.scroll_y == scroll.max_scroll_y
        await run.press("g")
        assert scroll.scroll_y == 0
        await run.press("question_mark")
        assert not isinstance(run.app.screen, HelpScreen)


async def test_palette_has_no_keys_panel_and_names_entity_kinds_as_the_list_does(make_app):
    from textual.command import CommandList

    async with running(make_app()) as run:
        await run.press("ctrl+p")
        await type_in(run, "keys")
        commands = run.app.screen.query_one(CommandList)
        titles = [str(commands.get_option_at_index(i).prompt)
                  for i in range(commands.option_count)]
        assert not any(t.startswith("Keys") for t in titles)
        await run.press("escape")
        await run.press("ctrl+p")
        await type_in(run, "Entity Cornyn")
        commands = run.app.screen.query_one(CommandList)
        prompt = str(commands.get_option_at_index(0).prompt)
        assert "People · 2 mentions" in prompt and "PERSON" not in prompt


def test_number_values_read_as_people_write_them():
    from reader.nlp.types import Number
    from reader.tui.lists import format_value

    def shown(text, kind, value, unit=None):
        return format_value(Number("n1", 0, len(text), text, kind, value, unit))

    assert shown("2025", "year", 2025) == ""  # not 2,025, and not said twice
    assert shown("the year 2025", "year", 2025) == "2025"
    assert shown("April 12, 1981", "date", None) == ""
    assert shown("first", "ordinal", 1) == "1st"
    assert shown("twenty-second", "ordinal", 22) == "22nd"
    assert shown("eleventh", "ordinal", 11) == "11th"
    assert shown("39th", "ordinal", 39) == ""
    assert shown("a third", "percent", 33.33, "%") == "33.33%"
    assert shown("$3.20", "money", 3.2, "CAD") == "3.20 CAD"
    assert shown("$10 billion", "money", 10_000_000_000, "USD") == "10,000,000,000 USD"
    assert shown("three", "count", 3) == "3"
    assert shown("73 seconds", "duration", 73, "second") == ""
    assert shown("two minutes", "duration", 2, "minute") == "2 minutes"
    assert shown("a year", "duration", 1, "year") == "1 year"


async def test_the_numbers_list_shows_a_year_without_a_separator(make_app, canned, doc):
    from dataclasses import replace

    from reader.nlp.types import Number

    start = doc.text.index("1981")
    year = Number("n99", start, start + 4, "1981", "year", 1981)
    async with running(make_app(analysis=replace(canned, numbers=(year,)))) as run:
        numbers = run.screen.side.list("numbers")
        assert str(numbers.get_option_at_index(0).prompt) == "1981  year"


async def test_escape_in_the_filter_clears_it_and_tabs_count_what_is_shown(make_app):
    async with running(make_app()) as run:
        tabs = run.screen.query_one(TabbedContent)
        assert str(tabs.get_tab("quotes").label) == "Quotes 6"
        await run.press("f")
        await type_in(run, "gregoire")
        assert str(tabs.get_tab("quotes").label) == "Quotes 2/6"
        await run.press("enter")  # enter keeps the filter
        quotes = run.screen.side.list("quotes")
        assert len(quotes.visible) == 2
        await run.press("f", "escape")  # escape clears it
        assert run.app.focused is quotes
        assert run.screen.query_one("#filter", Input).value == ""
        assert len(quotes.visible) == 6
        assert str(tabs.get_tab("quotes").label) == "Quotes 6"
        await run.press("n", "S")  # only one speaker's quotes: a filter too
        assert str(tabs.get_tab("quotes").label) == "Quotes 2/6"


async def test_wrapped_quote_lines_keep_their_indent(make_app, canned):
    async with running(make_app(), size=(100, 36)) as run:
        quotes = run.screen.side.list("quotes")
        width = quotes.scrollable_content_region.width
        prompts = [str(quotes.get_option_at_index(i).prompt).split("\n")
                   for i in range(quotes.option_count)]
        assert any(len(lines) > 2 for lines in prompts)  # some quotes wrap at this width
        for lines in prompts:
            for line in lines[1:]:
                assert line.startswith("  ") and not line.startswith("   ")
                assert len(line) < width


async def test_an_empty_article_says_so(make_app):
    doc = document.from_text("", source="-")
    async with running(make_app(doc=doc, analysis=None, analyzer=None)) as run:
        assert "This article is empty" in str(run.screen.query_one("#empty").render())


def test_no_ellipsis_after_an_ellipsis():
    from reader.tui.lists import first_words

    assert first_words("one two three four", 2) == "one two…"
    assert first_words("one two... three four", 2) == "one two..."
    assert first_words("one two… three four", 2) == "one two…"
    assert first_words("one two", 2) == "one two"
