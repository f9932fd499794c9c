"""Durable file writes and careful TOML reads.

A write goes to a temporary file in the same folder, is flushed and fsynced, renamed over the
target, and the folder is fsynced so that the rename itself survives a power cut.  Writers hold
the store lock, so one fixed temporary name per target is enough, and a temporary file left by a
killed writer is simply overwritten by the next one.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import Any

import tomli_w

from reader.store.model import CorruptStoreError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

TMP_SUFFIX = ".tmp"
_LINE = re.compile(r"\(at line (\d+), column \d+\)")


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + TMP_SUFFIX)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def write_toml(path: Path, data: dict[str, Any]) -> None:
    write_atomic(path, tomli_w.dumps(data).encode("utf-8"))


def remove_durably(path: Path) -> None:
    path.unlink()
    fsync_dir(path.parent)


def read_toml(path: Path) -> dict[str, Any]:
    """Parse ``path``; a file that cannot be parsed raises CorruptStoreError naming the line."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise CorruptStoreError(path, "not UTF-8 text", line) from None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        m = _LINE.search(message)
        line = int(m.group(1)) if m else None
        problem = _LINE.sub("", message).strip() or "not valid TOML"
        raise CorruptStoreError(path, f"not valid TOML ({problem})", line) from None
