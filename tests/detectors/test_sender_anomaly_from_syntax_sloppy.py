"""A sloppy display name before one good address is one mailbox; the pasted seam is not."""

from __future__ import annotations

from mailwarden.detectors.sender_anomaly_from_syntax import _problems


def test_stray_parenthesis_in_name_is_one_mailbox() -> None:
    value = (
        "Dr. Lukas Meier =?utf-8?q?=28=C3=BCber?= Google Drive) "
        "<drive-shares-dm-noreply@google.com>"
    )
    assert _problems(value) == []


def test_comma_seam_and_empty_local_part_still_count() -> None:
    assert _problems("Microsoft account team ,_<no-reply@access-accsecurity.com>")
    assert _problems("Nutswijzer <@r.medium-cartomancy.com>")
    assert _problems("Team (support <a@b.com>, x")
