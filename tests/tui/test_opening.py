"""Opening an article: text at once, analysis in a worker, failures and warnings said plainly."""

from __future__ import annotations

import threading
from dataclasses import replace

from reader import document
from reader.nlp import pipeline
from reader.tui.article import Paragraph

from .conftest import running


async def test_article_is_on_screen_before_the_analysis_finishes(make_app, canned, doc):
    release = threading.Event()

    def slow(d, progress):
        progress(1, len(d.paragraphs))
        release.wait(5)
        return canned

    async with running(make_app(analysis=None, analyzer=slow)) as run:
        paragraphs = run.screen.query(Paragraph)
        assert len(paragraphs) == len(doc.paragraphs)
        assert str(paragraphs[0].visual) == doc.title
        info = str(run.screen.query_one("#status-info").render())
        assert info.startswith("Analysing… 1/")
        assert run.screen.side.loading
        assert run.screen.side.list("quotes").option_count == 0
        release.set()
        await run.app.workers.wait_for_complete()
        await run.pilot.pause()
        assert not run.screen.side.loading
        assert run.screen.side.list("quotes").option_count == 6
        assert "6 quotes · 54 entities · 24 numbers" in str(
            run.screen.query_one("#status-info").render())


async def test_a_pipeline_that_fails_to_load_is_said_and_the_article_stays(make_app):
    def broken(d, progress):
        raise pipeline.ModelError("model 'en_core_web_xx' (from --model) is not installed")

    async with running(make_app(analysis=None, analyzer=broken)) as run:
        await run.app.workers.wait_for_complete()
        await run.pilot.pause()
        banner = run.screen.query_one("#warning")
        assert banner.display
        assert "Analysis failed: model 'en_core_web_xx'" in str(banner.render())
        assert run.screen.query(Paragraph)
        await run.press("n")
        assert run.app.is_running


async def test_the_fallback_pipeline_is_said(make_app, canned):
    fallback = replace(canned, warnings=(pipeline.FALLBACK_WARNING,))
    async with running(make_app(analysis=None, analyzer=lambda d, progress: fallback)) as run:
        await run.app.workers.wait_for_complete()
        await run.pilot.pause()
        assert "rule-based fallback" in str(run.screen.query_one("#warning").render())
        assert any("rule-based fallback" in n for n in run.notes)


async def test_stdin_and_other_articles(make_app):
    doc = document.from_text("A headline\n\n\"We did it,\" said Ann Smith.\n", source="-")
    async with running(make_app(doc=doc, analysis=None, analyzer=None)) as run:
        assert run.app.title == "A headline"
        assert run.app.sub_title == "stdin"
        assert len(run.screen.query(Paragraph)) == 2


async def test_sample_names_its_source(make_app):
    async with running(make_app()) as run:
        assert "Wikinews" in run.app.sub_title
        assert "Wikinews" in str(run.screen.query_one("#credit").render())


async def test_narrow_terminal_puts_the_panel_below_and_p_toggles_it(make_app):
    async with running(make_app(), size=(80, 30)) as run:
        assert run.screen.has_class("-narrow")
        article, side = run.screen.article, run.screen.side
        assert side.region.y > article.region.y
        assert side.region.width == article.region.width
        await run.press("n")
        assert run.status().startswith("Quote 1/6")
        await run.press("p")
        assert not side.display
        await run.press("2")
        assert side.display


async def test_wide_terminal_puts_the_panel_beside_the_article(make_app):
    async with running(make_app(), size=(120, 36)) as run:
        article, side = run.screen.article, run.screen.side
        assert side.region.x > article.region.x and side.region.y == article.region.y
        assert article.region.width > side.region.width
