"""Command line: ``reader [PATH]`` opens the app; ``extract``, ``models``, ``tag``, ``tags``.

Every failure the user can cause is one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys

from reader import __version__, document
from reader.config import ConfigError, load_config

SUBCOMMANDS = ("extract", "models", "tag", "tags")
EXIT_USAGE = 2


class UserError(Exception):
    """A one-line error for the user (exit code 2)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        usage="reader [PATH] [--model NAME]\n       reader COMMAND ...",
        description="A terminal reader for news articles. `reader PATH` opens the app "
        "(`-` reads stdin; no PATH opens the bundled sample article).",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog="reader")

    extract = sub.add_parser("extract", help="print the entities, quotes and numbers of an article")
    extract.add_argument("path", help="article file, or - for stdin")
    extract.add_argument("--json", action="store_true", help="print the JSON contract (schema 1)")
    extract.add_argument("--model", help="spaCy pipeline to use")

    sub.add_parser("models", help="list installed pipelines and say which would be used")

    from reader import cli_tags

    cli_tags.register(sub)
    return parser


def _app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Open an article in the reader app. Commands: "
        + ", ".join(SUBCOMMANDS) + " (see `reader COMMAND --help`).",
    )
    parser.add_argument("--version", action="version", version=f"reader {__version__}")
    parser.add_argument("path", nargs="?", help="article file, - for stdin; default: the sample")
    parser.add_argument("--model", help="spaCy pipeline to use")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    try:
        if argv and argv[0] in SUBCOMMANDS or argv[:1] in (["-h"], ["--help"]):
            args = _parser().parse_args(argv)
            return _run_command(args)
        args = _app_parser().parse_args(argv)
        return _run_app(args)
    except (UserError, document.DocumentError, ConfigError) as exc:
        print(f"reader: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


def _run_command(args: argparse.Namespace) -> int:
    if args.command == "extract":
        return _extract(args)
    if args.command == "models":
        return _models()
    return args.handler(args)


def _load_pipeline(model: str | None):
    from reader.nlp import pipeline

    choice = pipeline.choose(model, load_config().model)
    try:
        nlp = pipeline.load(choice)
    except pipeline.ModelError as exc:
        raise UserError(str(exc)) from None
    if pipeline.is_fallback(nlp):
        print(f"reader: warning: {pipeline.FALLBACK_WARNING}", file=sys.stderr)
    return nlp


def _extract(args: argparse.Namespace) -> int:
    from reader.nlp.analyze import analyze

    doc = document.load(args.path)
    if doc.encoding != "utf-8":
        print(f"reader: note: {args.path} is not UTF-8; decoded as {doc.encoding}", file=sys.stderr)
    nlp = _load_pipeline(args.model)
    result = analyze(doc, nlp)
    if args.json:
        json.dump(result.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(summary(result))
    return 0


def summary(result) -> str:
    """A readable plain-text summary of an analysis."""
    lines = [f"{result.source} · {result.model}", ""]
    lines.append(f"Entities ({len(result.entities)})")
    for e in result.entities:
        lines.append(f"  {e.label:<12} {e.name}  ×{len(e.mentions)}")
    lines.append("")
    quotes = [q for q in result.quotes if q.kind == "direct"]
    lines.append(f"Quotes ({len(quotes)})")
    for q in quotes:
        who = q.speaker or "(unattributed)"
        cue = f" · {q.cue}" if q.cue else ""
        lines.append(f"  {who}{cue}: “{q.text}”")
    scare = [q for q in result.quotes if q.kind == "scare"]
    if scare:
        lines.append("  scare quotes: " + ", ".join(f"“{q.text}”" for q in scare))
    lines.append("")
    lines.append(f"Numbers ({len(result.numbers)})")
    for n in result.numbers:
        parts = [n.kind]
        if n.value is not None:
            parts.append(f"{n.value:g}" if isinstance(n.value, float) else str(n.value))
        for extra in (n.unit, n.qualifier and f"qualifier {n.qualifier}", n.per and f"per {n.per}"):
            if extra:
                parts.append(extra)
        lines.append(f"  {n.text:<28} {' · '.join(parts)}")
    for w in result.warnings:
        lines.append(f"\nwarning: {w}")
    return "\n".join(lines) + "\n"


def _models() -> int:
    from reader.nlp import pipeline

    names = pipeline.installed_models()
    print("Installed English pipelines: " + (", ".join(names) if names else "none"))
    try:
        configured = load_config().model
    except ConfigError as exc:
        raise UserError(str(exc)) from None
    choice = pipeline.choose(None, configured)
    note = ""
    if choice.name != pipeline.FALLBACK and not pipeline.installed(choice.name):
        note = "  (not installed: reader will refuse to start until it is)"
    print(f"Would use: {choice.name} (from {choice.reason}){note}")
    if choice.name == pipeline.FALLBACK:
        print(pipeline.FALLBACK_WARNING)
    return 0


def _run_app(args: argparse.Namespace) -> int:
    path = args.path if args.path is not None else str(document.sample_path())
    if path == "-" and sys.stdin is not None and sys.stdin.isatty():
        raise UserError("`reader -` reads the article from a pipe: cat article.txt | reader -")
    doc = document.load(path)
    config = load_config()
    from reader.tui.app import run

    return run(doc, model=args.model, config=config)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
