"""Message sources: .eml files, recursive directories, mbox by content, mboxrd unquoting,
Maildir, standard input, and unreadable paths reported as errors (never dropped).

Tests may run as root, where permission bits do not stop a read: unreadable paths are made
with a broken symbolic link, a directory where a file is expected, and a FIFO.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from mailwarden.message.sources import Item, iter_messages
from tests.helpers import make_message


def eml(subject: str) -> bytes:
    return make_message(subject=subject, text=f"body of {subject}")


def mbox(*messages: bytes, crlf: bool = False) -> bytes:
    out = []
    for i, raw in enumerate(messages):
        out.append(b"From sender%d@example.org Mon Jan  5 09:30:00 2026\n" % i)
        out.append(raw if raw.endswith(b"\n") else raw + b"\n")
        out.append(b"\r\n" if crlf else b"\n")
    return b"".join(out)


def labels(items: list[Item]) -> list[str]:
    return [item.label for item in items]


def test_single_eml(tmp_path: Path) -> None:
    path = tmp_path / "one.eml"
    path.write_bytes(eml("one"))
    items = list(iter_messages([str(path)]))
    assert labels(items) == [str(path)]
    assert items[0].raw == eml("one") and items[0].error is None


def test_directory_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    (tmp_path / ".hidden-dir").mkdir()
    (tmp_path / "a.eml").write_bytes(eml("a"))
    (tmp_path / "b" / "c.eml").write_bytes(eml("c"))
    (tmp_path / "b" / "deep" / "d.txt").write_bytes(eml("d"))
    (tmp_path / ".e.eml").write_bytes(eml("hidden file"))
    (tmp_path / ".hidden-dir" / "f.eml").write_bytes(eml("in hidden dir"))
    items = list(iter_messages([str(tmp_path)]))
    assert labels(items) == [
        str(tmp_path / "a.eml"),
        str(tmp_path / "b" / "c.eml"),
        str(tmp_path / "b" / "deep" / "d.txt"),
    ]
    assert all(item.error is None for item in items)


def test_documentation_beside_the_mail_is_skipped_unless_named(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# about these messages\n", "utf-8")
    (tmp_path / "README").write_text("about\n", "utf-8")
    (tmp_path / "case.toml").write_text("must = []\n", "utf-8")
    (tmp_path / "case.eml").write_bytes(eml("case"))
    assert labels(list(iter_messages([str(tmp_path)]))) == [str(tmp_path / "case.eml")]
    readme = str(tmp_path / "README.md")
    assert labels(list(iter_messages([readme]))) == [readme]


@pytest.mark.parametrize("name", ["archive.mbox", "inbox", "mail.eml", "x.txt"])
def test_mbox_recognised_by_content_whatever_the_name(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(mbox(eml("first"), eml("second"), eml("third")))
    items = list(iter_messages([str(path)]))
    assert labels(items) == [f"{path}:0", f"{path}:1", f"{path}:2"]
    subjects = [item.raw.split(b"Subject: ")[1].split(b"\n")[0] for item in items if item.raw]
    assert subjects == [b"first", b"second", b"third"]
    # The From_ separator is the mbox's, not the message's.
    assert all(item.raw and not item.raw.startswith(b"From ") for item in items)


def test_mbox_with_crlf_and_last_blank_line_removed(tmp_path: Path) -> None:
    first = b"Subject: one\r\n\r\nline\r\n"
    path = tmp_path / "crlf"
    path.write_bytes(mbox(first, b"Subject: two\r\n\r\nx\r\n", crlf=True))
    items = list(iter_messages([str(path)]))
    assert len(items) == 2
    assert items[0].raw == first


def test_mboxrd_from_unquoting(tmp_path: Path) -> None:
    body = (
        b"Subject: quoted\n\nText\n\n>From the start of a line\n>>From twice quoted\n"
        b"From inside a paragraph is not a separator\n"
    )
    path = tmp_path / "rd.mbox"
    path.write_bytes(mbox(body, eml("after")))
    items = list(iter_messages([str(path)]))
    assert len(items) == 2
    raw = items[0].raw or b""
    assert b"\nFrom the start of a line\n" in raw
    assert b"\n>From twice quoted\n" in raw
    assert b"\nFrom inside a paragraph is not a separator\n" in raw


def test_a_file_that_merely_mentions_from_is_not_an_mbox(tmp_path: Path) -> None:
    path = tmp_path / "note.eml"
    path.write_bytes(b"Subject: hi\n\nFrom me to you\n\nFrom here on\n")
    assert labels(list(iter_messages([str(path)]))) == [str(path)]


def test_maildir_cur_new_not_tmp(tmp_path: Path) -> None:
    box = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    (box / "new" / "1.host").write_bytes(eml("new one"))
    (box / "cur" / "2.host:2,S").write_bytes(eml("seen one"))
    (box / "tmp" / "3.host").write_bytes(eml("in delivery"))
    (box / ".Sent" / "cur").mkdir(parents=True)  # a Maildir++ subfolder: hidden
    (box / ".Sent" / "cur" / "4.host").write_bytes(eml("sent"))
    items = list(iter_messages([str(box)]))
    assert labels(items) == [str(box / "new" / "1.host"), str(box / "cur" / "2.host:2,S")]


def test_maildir_nested_in_a_directory(tmp_path: Path) -> None:
    box = tmp_path / "users" / "alice"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    (box / "tmp" / "partial").write_bytes(b"Subject: half")
    (box / "cur" / "1.host").write_bytes(eml("kept"))
    assert labels(list(iter_messages([str(tmp_path)]))) == [str(box / "cur" / "1.host")]


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    class FakeStdin:
        buffer = io.BufferedReader(io.BytesIO(data))  # type: ignore[arg-type]

    monkeypatch.setattr(sys, "stdin", FakeStdin())


def test_stdin_single_message(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, eml("piped"))
    items = list(iter_messages(["-"]))
    assert labels(items) == ["-"]
    assert items[0].raw == eml("piped")


def test_stdin_mbox(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, mbox(eml("p1"), eml("p2")))
    items = list(iter_messages(["-"]))
    assert labels(items) == ["-:0", "-:1"]
    assert b"Subject: p2" in (items[1].raw or b"")


def test_empty_file_is_an_empty_message(tmp_path: Path) -> None:
    path = tmp_path / "empty.eml"
    path.write_bytes(b"")
    assert list(iter_messages([str(path)])) == [Item(str(path), b"")]


def test_missing_path_is_reported(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.eml")
    assert list(iter_messages([missing])) == [Item(missing, None, "no such file or directory")]


def test_unreadable_entries_are_reported_not_dropped(tmp_path: Path) -> None:
    (tmp_path / "a.eml").write_bytes(eml("a"))
    (tmp_path / "broken.eml").symlink_to(tmp_path / "gone")
    os.mkfifo(tmp_path / "pipe.eml")  # opening it would block
    (tmp_path / "z.eml").write_bytes(eml("z"))
    items = list(iter_messages([str(tmp_path)]))
    names = ("a.eml", "broken.eml", "pipe.eml", "z.eml")
    assert labels(items) == [str(tmp_path / n) for n in names]
    errors = {item.label: item.error for item in items if item.error}
    assert set(errors) == {str(tmp_path / "broken.eml"), str(tmp_path / "pipe.eml")}
    assert all(e and e.startswith("cannot read") for e in errors.values())
    assert all(item.raw is None for item in items if item.error)


def test_broken_symlink_given_directly(tmp_path: Path) -> None:
    link = tmp_path / "link.eml"
    link.symlink_to(tmp_path / "gone")
    [item] = list(iter_messages([str(link)]))
    assert item.raw is None and item.error and item.error.startswith("cannot read")


def test_directory_where_a_message_file_is_expected(tmp_path: Path) -> None:
    box = tmp_path / "box"
    for sub in ("cur", "new", "tmp"):
        (box / sub).mkdir(parents=True)
    (box / "new" / "1.host").symlink_to(tmp_path / "gone")
    [item] = list(iter_messages([str(box)]))
    assert item.label == str(box / "new" / "1.host")
    assert item.error and item.error.startswith("cannot read")


def test_path_through_a_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "file.eml").write_bytes(eml("f"))
    odd = str(tmp_path / "file.eml" / "child")
    [item] = list(iter_messages([odd]))
    assert item.raw is None and item.error


def test_symlink_loop_in_tree_terminates(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "m.eml").write_bytes(eml("m"))
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    items = list(iter_messages([str(tmp_path)]))
    assert labels(items) == [str(tmp_path / "sub" / "m.eml")]


def test_several_paths_keep_order(tmp_path: Path) -> None:
    a, b = tmp_path / "a.eml", tmp_path / "b.eml"
    a.write_bytes(eml("a"))
    b.write_bytes(eml("b"))
    items = list(iter_messages([str(b), str(tmp_path / "missing"), str(a)]))
    assert labels(items) == [str(b), str(tmp_path / "missing"), str(a)]
    assert [item.error is None for item in items] == [True, False, True]
