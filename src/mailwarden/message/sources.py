"""Where messages come from: .eml files, directories (recursive), mbox files, Maildir folders
and standard input. An mbox is recognised by its content (a first line ``From ``), not by its
name. Every message is yielded with a label (``path`` or ``path:index`` inside an mbox);
what cannot be read is yielded as an error, never dropped.

mbox: messages start at a ``From `` line at the top or after an empty line; ``>From `` lines
are unquoted one level (mboxrd; RFC 4155 describes the family). Maildir: ``new`` and ``cur``
hold delivered messages, ``tmp`` holds deliveries in progress and is skipped. Hidden files and
directories (a leading dot: editor backups, Maildir++ subfolders, ``.git``) are skipped, and
so are a folder's documentation and settings files (``README*``, ``*.md``, ``*.toml``, ...)
that sit beside the mail; a file named on the command line is always read.
Only regular files are opened: a FIFO or a device would block or never end.
"""

from __future__ import annotations

import itertools
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

MBOX_FROM = b"From "
# More than this of one message is not read: the parser analyses far less (its own size
# limit, 25 MiB by default) and still reports the message as over its limit.
MAX_ITEM_BYTES = 64 * 1024 * 1024
# Not mail, when found in a folder walk (a corpus README, a test case's expectations).
_NOT_MAIL_SUFFIXES = frozenset({".md", ".rst", ".toml", ".json", ".yaml", ".yml", ".py"})


def _skipped_in_walk(name: str) -> bool:
    return (
        name.startswith(".")
        or name.upper().startswith("README")
        or os.path.splitext(name)[1].lower() in _NOT_MAIL_SUFFIXES
    )


@dataclass(frozen=True)
class Item:
    label: str
    raw: bytes | None
    error: str | None = None


def _is_maildir(path: Path) -> bool:
    return all((path / sub).is_dir() for sub in ("cur", "new", "tmp"))


def _iter_mbox(lines: Iterable[bytes], label: str) -> Iterator[Item]:
    """Split an mbox (mboxo/mboxrd): a message starts at a ``From `` line after a blank line
    (or at the top); ``>From `` quoting is undone one level."""
    index = 0
    current: list[bytes] = []
    size = 0
    previous_blank = True
    started = False
    for line in lines:
        if line.startswith(MBOX_FROM) and previous_blank:
            if started:
                yield Item(f"{label}:{index}", _join_mbox(current))
                index += 1
            current = []
            size = 0
            started = True
            previous_blank = False
            continue
        previous_blank = line in (b"\n", b"\r\n")
        if line.startswith(b">") and line.lstrip(b">").startswith(MBOX_FROM):
            line = line[1:]
        if size <= MAX_ITEM_BYTES:  # keep counting From_ lines, stop keeping the text
            current.append(line)
            size += len(line)
    if started:
        yield Item(f"{label}:{index}", _join_mbox(current))


def _join_mbox(lines: list[bytes]) -> bytes:
    # The blank line before the next From_ belongs to the mbox, not to the message.
    if lines and lines[-1] in (b"\n", b"\r\n"):
        lines = lines[:-1]
    return b"".join(lines)


def _error(label: str, exc: OSError) -> Item:
    return Item(label, None, f"cannot read: {exc.strerror or exc}")


def _iter_file(path: Path) -> Iterator[Item]:
    label = str(path)
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            kind = "a directory" if stat.S_ISDIR(mode) else "not a regular file"
            yield Item(label, None, f"cannot read: {kind}")
            return
        with path.open("rb") as fh:
            head = fh.read(len(MBOX_FROM))
            if head == MBOX_FROM:
                first = head + fh.readline()
                yield from _iter_mbox(itertools.chain([first], fh), label)
            else:
                yield Item(label, head + fh.read(MAX_ITEM_BYTES))
    except OSError as exc:
        yield _error(label, exc)


def _iter_maildir(path: Path) -> Iterator[Item]:
    for sub in ("new", "cur"):
        try:
            entries = sorted((path / sub).iterdir())
        except OSError as exc:
            yield _error(str(path / sub), exc)
            continue
        for entry in entries:
            if not entry.name.startswith(".") and not entry.is_dir():
                yield from _iter_file(entry)


def _iter_dir(path: Path) -> Iterator[Item]:
    errors: list[OSError] = []
    seen: set[tuple[int, int]] = set()
    # Symbolic links to directories are followed (they hold mail too), each directory once:
    # a link back up the tree must not loop.
    for root, dirs, files in os.walk(path, onerror=errors.append, followlinks=True):
        while errors:  # a subdirectory that could not be listed
            failed = errors.pop(0)
            yield _error(str(failed.filename or root), failed)
        try:
            info = os.stat(root)
        except OSError as exc:
            yield _error(root, exc)
            dirs[:] = []
            continue
        if (info.st_dev, info.st_ino) in seen:
            dirs[:] = []
            continue
        seen.add((info.st_dev, info.st_ino))
        if _is_maildir(Path(root)):
            dirs[:] = []
            yield from _iter_maildir(Path(root))
            continue
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not _skipped_in_walk(name):
                yield from _iter_file(Path(root) / name)
    for failed in errors:
        yield _error(str(failed.filename or path), failed)


def _iter_stdin() -> Iterator[Item]:
    stream = sys.stdin.buffer
    head = stream.read(len(MBOX_FROM))
    if head == MBOX_FROM:
        # Streamed line by line: an mbox on a pipe may be larger than memory.
        yield from _iter_mbox(itertools.chain([head + stream.readline()], stream), "-")
    else:
        yield Item("-", head + stream.read(MAX_ITEM_BYTES))


def iter_messages(paths: list[str]) -> Iterator[Item]:
    """Every message under the given paths, in order; ``-`` reads standard input."""
    for given in paths:
        if given == "-":
            try:
                yield from _iter_stdin()
            except OSError as exc:
                yield _error("-", exc)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _iter_dir(path)
        elif path.exists():
            yield from _iter_file(path)
        elif path.is_symlink():
            yield Item(given, None, "cannot read: broken symbolic link")
        else:
            yield Item(given, None, "no such file or directory")
