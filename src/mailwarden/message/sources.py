"""Where messages come from: .eml files, directories (recursive), mbox files, Maildir folders
and standard input. An mbox is recognised by its content (a first line ``From ``), not by its
name. Every message is yielded with a label (``path`` or ``path:index`` inside an mbox);
what cannot be read is yielded as an error, never dropped.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterator

MBOX_FROM = b"From "


@dataclass(frozen=True)
class Item:
    label: str
    raw: bytes | None
    error: str | None = None


def _is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def _iter_mbox(stream: BinaryIO, label: str) -> Iterator[Item]:
    """Split an mbox (mboxo/mboxrd): a message starts at a ``From `` line after a blank line
    (or at the top); ``>From `` quoting is undone one level."""
    index = 0
    current: list[bytes] = []
    previous_blank = True
    started = False
    for line in stream:
        if line.startswith(MBOX_FROM) and previous_blank:
            if started:
                yield Item(f"{label}:{index}", _join_mbox(current))
                index += 1
            current = []
            started = True
            previous_blank = False
            continue
        previous_blank = line in (b"\n", b"\r\n")
        if line.startswith(b">") and line.lstrip(b">").startswith(MBOX_FROM):
            line = line[1:]
        current.append(line)
    if started:
        yield Item(f"{label}:{index}", _join_mbox(current))


def _join_mbox(lines: list[bytes]) -> bytes:
    # The blank line before the next From_ belongs to the mbox, not to the message.
    if lines and lines[-1] in (b"\n", b"\r\n"):
        lines = lines[:-1]
    return b"".join(lines)


def _iter_file(path: Path) -> Iterator[Item]:
    label = str(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(MBOX_FROM))
            fh.seek(0)
            if head == MBOX_FROM:
                yield from _iter_mbox(fh, label)
            else:
                yield Item(label, fh.read())
    except OSError as exc:
        yield Item(label, None, f"cannot read: {exc.strerror or exc}")


def _iter_dir(path: Path) -> Iterator[Item]:
    if _is_maildir(path):
        for sub in ("new", "cur"):
            for entry in sorted((path / sub).iterdir()):
                if entry.is_file() and not entry.name.startswith("."):
                    yield from _iter_file(entry)
        return
    for root, dirs, files in os.walk(path, onerror=None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield from _iter_file(Path(root) / name)


def iter_messages(paths: list[str]) -> Iterator[Item]:
    """Every message under the given paths, in order; ``-`` reads standard input."""
    for given in paths:
        if given == "-":
            data = sys.stdin.buffer.read()
            if data.startswith(MBOX_FROM):
                import io

                yield from _iter_mbox(io.BytesIO(data), "-")
            else:
                yield Item("-", data)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _iter_dir(path)
        elif path.exists():
            yield from _iter_file(path)
        else:
            yield Item(given, None, "no such file or directory")
