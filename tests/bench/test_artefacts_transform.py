"""The artefact rewrites of bench/artefacts.py, on messages made here: what each removes,
swaps or adds, that the rest of the message (and its MIME body) is left byte for byte, and that
hostile input never raises."""

from __future__ import annotations

import base64
import email
import email.policy
import email.utils
import importlib.util
import random
import re
import sys
from pathlib import Path
from types import ModuleType

from hypothesis import given, settings
from hypothesis import strategies as st

from mailwarden.message.parse import parse
from tests.helpers import make_message


def _load() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "bench" / "artefacts.py"
    spec = importlib.util.spec_from_file_location("bench_artefacts", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_artefacts"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


A = _load()

M365_TOP = (
    "Received: from BY5PR19MB4728.namprd19.prod.outlook.com (::1) by\n"
    " MN0PR19MB6312.namprd19.prod.outlook.com with HTTPS; Wed, 23 Nov 2022 03:32:53\n"
    " +0000\n"
    "Received: from VE1EUR01FT068.eop-EUR01.prod.protection.outlook.com\n"
    " (2603:10a6:209:82:cafe::f9) by AM6P192CA0053.outlook.office365.com\n"
    " (2603:10a6:209:82::30) with Microsoft SMTP Server id 15.20.5834.15 via Frontend\n"
    " Transport; Wed, 23 Nov 2022 03:32:50 +0000\n"
    "Authentication-Results: spf=pass (sender IP is 192.0.2.7)\n"
    " smtp.mailfrom=example.org; dkim=none (message not signed)\n"
    " header.d=none;dmarc=none action=none header.from=example.org;compauth=pass reason=100\n"
    "Received-SPF: Pass (protection.outlook.com: domain of example.org designates\n"
    " 192.0.2.7 as permitted sender)\n"
    "Received: from mail.example.org (192.0.2.7) by\n"
    " VE1EUR01FT068.mail.protection.outlook.com (10.152.3.70) with Microsoft SMTP\n"
    " Server id 15.20.5834.15 via Frontend Transport; Wed, 23 Nov 2022 03:32:50 +0000\n"
    "X-IncomingTopHeaderMarker:\n"
    " OriginalChecksum:15BC0DA5;UpperCasedChecksum:B22EFD2E;SizeAsReceived:1178;Count:10\n"
)
SENDER_HOPS = (
    "Received: from NAM12-DM6-obe.outbound.protection.outlook.com (203.0.113.9) by\n"
    " mail.example.org with ESMTPS; Wed, 23 Nov 2022 03:32:49 +0000\n"
    "Received: from laptop (198.51.100.4) by mail.example.org with ESMTPSA;\n"
    "\tWed, 23 Nov 2022 03:32:48 +0000\n"
)
M365_BOTTOM = (
    "X-MS-Exchange-Organization-SCL: 5\n"
    "X-Microsoft-Antispam: BCL:0;\n"
    "X-Forefront-Antispam-Report: CIP:192.0.2.7;CTRY:US;SCL:5;DIR:INB;\n"
    "X-EOPAttributedMessage: 0\n"
    "X-Sender-IP: 192.0.2.7\n"
    "X-SID-PRA: ALICE@EXAMPLE.ORG\n"
    "X-IncomingHeaderCount: 10\n"
    "X-Message-Delivery: Vj0xLjE7dXM9MDtsPTA7YT0wO0Q9MjtHRD0yO1NDTD02\n"
    "ARC-Seal: i=1; a=rsa-sha256; s=arcselector; d=microsoft.com; cv=none\n"
    "X-Custom-Filter: verdict SCL:7\n"
)


def honeypot(body_extra: str = "", to: str = "phishing@pot", eol: str = "\n") -> bytes:
    """A phish as the honeypot corpus has it: Microsoft 365 stamps on top and at the bottom,
    the anonymised recipient, a base64 attachment."""
    inner = make_message(
        from_="Account Team <alice@example.org>",
        to=to,
        subject="Your mailbox phishing@pot is full",
        text=f"Dear phishing@pot,\nverify at https://x.example/?u=phishing%40pot {body_extra}\n",
        attachments=[("note.pdf", "application/pdf", b"%PDF-1.4 phishing@pot" * 20)],
    ).decode()
    text = M365_TOP + SENDER_HOPS + inner.replace("\n\n", "\n" + M365_BOTTOM + "\n", 1)
    return text.replace("\n", eol).encode()


def names(raw: bytes) -> list[str]:
    return [A.field_name(f) for f in A.Mail.split(raw).fields]


def body(raw: bytes) -> bytes:
    return A.Mail.split(raw).rest


def header(raw: bytes, name: str) -> list[str]:
    return [A.field_value(f) for f in A.Mail.split(raw).fields if A.field_name(f) == name]


def payloads(raw: bytes) -> list[bytes]:
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    return [part.get_payload(decode=True) or b"" for part in msg.walk()
            if not part.is_multipart()]


# --- header blocks ---------------------------------------------------------------------------


def test_split_join_is_exact_for_lf_crlf_and_odd_input() -> None:
    for raw in (honeypot(), honeypot(eol="\r\n"), b"", b"no header\n", b"\n\nbody only",
                b"A: 1\n continued\nB: 2", b" leading continuation\nA: 1\n\nx", b"\r\n\r\n"):
        assert A.Mail.split(raw).join() == raw


def test_fields_keep_their_folded_continuations() -> None:
    mail = A.Mail.split(honeypot())
    received = [f for f in mail.fields if A.field_name(f) == "received"]
    assert len(received) == 5
    assert received[0].count(b"\n") == 3  # one field, three lines


# --- receiver stamps -------------------------------------------------------------------------


def test_strip_removes_stamps_and_the_receivers_hops_only() -> None:
    raw = honeypot()
    out = A.strip_receiver(raw)
    kept = names(out)
    for gone in ("authentication-results", "received-spf", "x-incomingtopheadermarker",
                 "x-ms-exchange-organization-scl", "x-microsoft-antispam",
                 "x-forefront-antispam-report", "x-eopattributedmessage", "x-sender-ip",
                 "x-sid-pra", "x-incomingheadercount", "x-message-delivery", "arc-seal",
                 "x-custom-filter"):
        assert gone not in kept, gone
    hops = header(out, "received")
    # The three Microsoft hops (entry hop included) are gone; the sender's two stay, the
    # sending tenant's *.outbound.protection.outlook.com among them.
    assert len(hops) == 2
    assert hops[0].startswith("from NAM12-DM6-obe.outbound.protection.outlook.com")
    assert {"from", "to", "subject", "date", "message-id", "mime-version"} <= set(kept)
    assert body(out) == body(raw)


def test_strip_keeps_a_message_without_stamps_byte_for_byte() -> None:
    raw = make_message(headers=[("Received", "from a.example.net by mx.example.com; "
                                             "Mon, 5 Jan 2026 09:30:00 +0000")])
    assert A.strip_receiver(raw) == raw


def test_strip_stops_at_the_first_hop_not_written_by_the_receiver() -> None:
    raw = (b"Received: from relay.example.net by mx.example.com; Mon, 5 Jan 2026 09:30:00 +0000\n"
           b"Received: from x.example.net by BY5PR19MB4728.namprd19.prod.outlook.com; "
           b"Mon, 5 Jan 2026 09:29:00 +0000\nSubject: s\n\nbody\n")
    assert A.strip_receiver(raw) == raw


def test_stamping_then_stripping_gives_back_the_message() -> None:
    raw = make_message(html="<p>hi</p>")
    stamped = A.add_m365_stamps(raw, random.Random(3))
    assert len(stamped) > len(raw)
    added = set(names(stamped)) - set(names(raw))
    for expected in ("received", "authentication-results", "received-spf",
                     "x-ms-exchange-organization-scl", "x-microsoft-antispam", "x-sender-ip",
                     "x-sid-pra", "x-eopattributedmessage", "x-incomingtopheadermarker",
                     "x-forefront-antispam-report", "x-message-info"):
        assert expected in added, expected
    assert body(stamped) == body(raw)
    assert A.strip_receiver(stamped) == raw
    assert parse(stamped).header("X-MS-Exchange-Organization-SCL") != ""


def test_stamped_values_look_like_microsofts() -> None:
    stamped = A.add_m365_stamps(make_message(from_="a@example.org"), random.Random(1))
    auth = header(stamped, "authentication-results")[0]
    assert re.search(r"spf=\w+ \(sender IP is [\d.]+\) smtp.mailfrom=example.org;", auth)
    assert "header.from=example.org;compauth=" in auth
    top = header(stamped, "received")[0]
    assert re.search(r"prod\.outlook\.com with HTTPS; \w{3}, \d", top)
    assert A.is_stamp_field(b"X-Microsoft-Antispam: BCL:0;\n")


# --- recipients ------------------------------------------------------------------------------


def test_swap_replaces_the_placeholder_everywhere_with_one_address() -> None:
    raw = honeypot()
    out = A.swap_recipients(raw, random.Random(7))
    assert b"phishing@pot" not in out.lower() and b"phishing%40pot" not in out.lower()
    (to,) = header(out, "to")
    assert re.fullmatch(r"[a-z0-9._]+@[a-z0-9.-]+\.[a-z]+", to)
    subject = header(out, "subject")[0]
    assert subject == f"Your mailbox {to} is full"
    text = parse(out).text_plain
    assert f"Dear {to}," in text
    assert "u=" + to.replace("@", "%40") in text
    # The attachment is base64: its bytes, and what they decode to, are untouched.
    assert payloads(out)[-1] == payloads(raw)[-1]


def test_swap_is_consistent_across_fields_and_keeps_the_sender() -> None:
    raw = (b"From: Bob <bob@attacker.example>\n"
           b"To: Bob <bob@attacker.example>, carol@victim.example\n"
           b"Cc: phishing@pot\n"
           b"Delivered-To: carol@victim.example\n"
           b"Return-Path: <bounces+12-phishing@pot=hotmail.com@em1.sender.example>\n"
           b"Subject: hi\n\n"
           b"Hello carol@victim.example, see mailto:carol%40victim.example\n")
    out = A.swap_recipients(raw, random.Random(11))
    (sender,) = header(out, "from")
    assert sender == "Bob <bob@attacker.example>"
    to = header(out, "to")[0]
    assert to.startswith("Bob <bob@attacker.example>, ")  # a self-addressed To stays
    new_carol = to.rpartition(", ")[2]
    assert new_carol != "carol@victim.example"
    assert header(out, "delivered-to") == [new_carol]
    primary = header(out, "cc")[0]
    assert primary != new_carol
    assert new_carol.partition("@")[2] == primary.partition("@")[2]  # a colleague
    assert body(out) == (f"\nHello {new_carol}, see mailto:"
                         f"{new_carol.replace('@', '%40')}\n").encode()
    # VERP: the anonymiser kept the recipient's domain; only the local part is swapped.
    local = primary.partition("@")[0]
    assert header(out, "return-path") == [f"<bounces+12-{local}=hotmail.com@em1.sender.example>"]


def test_swap_is_deterministic_per_seed() -> None:
    raw = honeypot()
    assert A.swap_recipients(raw, random.Random(5)) == A.swap_recipients(raw, random.Random(5))
    first = A.apply(raw, ("swap",), "a.eml", "s")
    assert first == A.apply(raw, ("swap",), "a.eml", "s")
    assert {A.apply(raw, ("swap",), f"{n}.eml", "s") for n in range(8)} != {first}


def test_placeholder_with_the_original_domain_left_behind() -> None:
    raw = (b'To: "phishing@pot" <phishing@pot@hotmail.com>\n'
           b"From: Support <phishing@pot@tenant.onmicrosoft.example>\nSubject: x\n\nbody\n")
    out = A.swap_recipients(raw, random.Random(2))
    (to,) = header(out, "to")
    primary = to.partition('"')[2].partition('"')[0]
    local = primary.partition("@")[0]
    assert to == f'"{primary}" <{local}@hotmail.com>'
    assert header(out, "from") == [f"Support <{local}@tenant.onmicrosoft.example>"]


def test_swap_reaches_encoded_words_and_base64_text_but_not_attachments() -> None:
    text = ("Hallo phishing@pot,\n" + "bitte best\u00e4tigen Sie Ihr Konto. " * 8).encode()
    encoded = base64.encodebytes(text)  # 76-character lines
    raw = (b"From: a@example.org\nTo: phishing@pot\n"
           b"Subject: =?utf-8?q?Konto_phishing=40pot_gesperrt_=E2=80=93_jetzt_pr=C3=BCfen?=\n"
           b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n'
           b"--b\nContent-Type: text/plain; charset=utf-8\n"
           b"Content-Transfer-Encoding: base64\n\n" + encoded +
           b"--b\nContent-Type: application/octet-stream\n"
           b"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(b"phishing@pot " * 30)
           + b"--b--\n")
    assert b"phishing@pot" not in body(raw)  # the text is base64: the test needs that
    out = A.swap_recipients(raw, random.Random(3))
    (to,) = header(out, "to")
    msg = parse(out)
    assert msg.subject == f"Konto {to} gesperrt \u2013 jetzt pr\u00fcfen"
    assert msg.text_plain.startswith(f"Hallo {to},\n")
    assert payloads(out)[-1] == b"phishing@pot " * 30


def test_anonymise_makes_ham_recipients_look_like_the_honeypots() -> None:
    raw = (b"From: Dana <dana@lists.example.org>\n"
           b"To: Team <team@example.com>, eve@example.net\n"
           b"Cc: team@example.com\n"
           b"X-Original-To: team@example.com\n"
           b"Subject: minutes\n\n"
           b"Posted to team@example.com; reply to dana@lists.example.org\n")
    out = A.anonymise_recipients(raw)
    assert header(out, "to") == ["Team <phishing@pot>, phishing@pot"]
    assert header(out, "cc") == ["phishing@pot"]
    assert header(out, "x-original-to") == ["phishing@pot"]
    assert header(out, "from") == ["Dana <dana@lists.example.org>"]
    assert body(out) == b"\nPosted to phishing@pot; reply to dana@lists.example.org\n"


def test_addresses_inside_longer_addresses_are_not_rewritten() -> None:
    raw = b"To: ann@example.com\nSubject: s\n\nwrite to joann@example.com or ann@example.com.uk\n"
    out = A.anonymise_recipients(raw)
    assert body(out) == b"\nwrite to joann@example.com or ann@example.com.uk\n"


# --- dates -----------------------------------------------------------------------------------


def _years(before: str, after: str) -> int:
    a, b = email.utils.parsedate_to_datetime(before), email.utils.parsedate_to_datetime(after)
    assert (a.month, a.day, a.hour, a.minute, a.second) == (b.month, b.day, b.hour, b.minute,
                                                            b.second)
    assert a.utcoffset() == b.utcoffset()
    return b.year - a.year


def test_shift_moves_every_date_by_the_same_years() -> None:
    raw = honeypot()
    out = A.shift_dates(raw, random.Random(4))
    shifts = {_years(header(raw, "date")[0], header(out, "date")[0])}
    for before, after in zip(header(raw, "received"), header(out, "received"), strict=True):
        shifts.add(_years(before.rpartition(";")[2], after.rpartition(";")[2]))
        assert after.rpartition(";")[0] == before.rpartition(";")[0]  # the clauses stay
    (years,) = shifts
    assert years != 0 and abs(years) <= 10
    new = email.utils.parsedate_to_datetime(header(out, "date")[0])
    assert header(out, "date")[0].startswith(new.strftime("%a, "))  # weekday recomputed
    assert body(out) == body(raw)


def test_shift_goes_both_ways_and_handles_29_february() -> None:
    raw = b"Date: Thu, 29 Feb 2024 10:00:00 +0100\nSubject: s\n\nx\n"
    seen = {_sign(A.shift_dates(raw, random.Random(n))) for n in range(30)}
    assert seen == {-1, 1}
    assert A.shift_year("not a date", 3) is None
    assert A.shift_dates(b"Date: garbage\n\nx", random.Random(1)) == b"Date: garbage\n\nx"


def _sign(raw: bytes) -> int:
    year = email.utils.parsedate_to_datetime(header(raw, "date")[0]).year
    assert email.utils.parsedate_to_datetime(header(raw, "date")[0]).month == 2
    return 1 if year > 2024 else -1


def test_drop_date_removes_only_date() -> None:
    raw = honeypot()
    out = A.drop_date(raw)
    assert "date" not in names(out)
    assert [n for n in names(raw) if n != "date"] == names(out)
    assert body(out) == body(raw)


# --- mailing lists ---------------------------------------------------------------------------


LIST_MAIL = (
    b"From: Ann <ann@example.org>\n"
    b"To: usrp-users@lists.example.com\n"
    b"Subject: Re: [USRP-users] Re: [USRP-users] B210 clock [solved]\n"
    b"Sender: \"USRP-users\" <usrp-users-bounces@lists.example.com>\n"
    b"Precedence: list\n"
    b"List-Id: USRP <usrp-users.lists.example.com>\n"
    b"List-Unsubscribe: <mailto:usrp-users-request@lists.example.com>,\n"
    b" <https://lists.example.com/unsub>\n"
    b"X-BeenThere: usrp-users@lists.example.com\n"
    b"X-Mailman-Version: 2.1.33\n"
    b"Mailing-List: contact x@example.com\n"
    b"Message-ID: <1@example.org>\n"
    b"\n"
    b"text\n"
)


def test_strip_list_removes_list_fields_and_subject_tags() -> None:
    out = A.strip_list(LIST_MAIL)
    assert names(out) == ["from", "to", "subject", "message-id"]
    assert header(out, "subject") == ["Re: Re: B210 clock [solved]"]
    assert body(out) == body(LIST_MAIL)


def test_subject_tags_only_at_the_start() -> None:
    assert A.strip_list_subject("[SAtalk] Habeas") == "Habeas"
    assert A.strip_list_subject("Price list [update]") == "Price list [update]"
    assert A.strip_list_subject("Re: hello") == "Re: hello"
    encoded = b"Subject: =?utf-8?q?=5BUSRP-users=5D_x?=\n\nx"
    assert A.strip_list(encoded) == encoded


# --- MIME and hostile input ------------------------------------------------------------------


def test_every_variant_keeps_the_mime_body_parsing() -> None:
    raw = honeypot(eol="\r\n")
    before = parse(raw)
    for variant in A.VARIANTS:
        for steps in (variant.phish, variant.ham):
            out = A.apply(raw, steps, "m.eml", "seed")
            msg = parse(out)
            assert [p.content_type for p in msg.parts] == [p.content_type for p in before.parts]
            assert not [d for d in msg.defects if d not in before.defects], variant.name
            assert payloads(out)[-1] == payloads(raw)[-1]
            assert b"\r\n" in out and b"\n" not in out.replace(b"\r\n", b""), variant.name


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_transforms_never_raise_on_garbage(raw: bytes) -> None:
    for name, transform in A.TRANSFORMS.items():
        out = transform(raw, random.Random(0))
        assert isinstance(out, bytes), name


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([
    b"Received: from a by b; Mon, 5 Jan 2026 09:30:00 +0000", b"To: phishing@pot", b" x",
    b"Date: Mon, 5 Jan 2026 09:30:00 +0000", b"List-Id: <l>", b"Subject: [t] s", b"",
    b"X-MS-Exchange-Organization-SCL: 1", b"From: a@b.example", b"\xff\xfe: \x00",
]), max_size=12), st.sampled_from([b"\n", b"\r\n"]))
def test_header_rewrites_leave_the_body_alone(lines: list[bytes], eol: bytes) -> None:
    raw = eol.join(lines) + eol + eol + b"BODY =?x?= From: y" + eol
    for name in ("strip", "shift", "nodate", "list", "stamp"):
        out = A.TRANSFORMS[name](raw, random.Random(1))
        assert body(out) == body(raw), name


# --- sampling and scanning -------------------------------------------------------------------


def test_sample_is_fixed_and_in_corpus_order(tmp_path: Path) -> None:
    for n in range(6):
        (tmp_path / f"m{n}.eml").write_bytes(make_message(subject=f"s{n}"))
    first = A.sample(tmp_path, 3, "seed")
    assert first == A.sample(tmp_path, 3, "seed")
    labels = [label for label, _ in first]
    assert len(labels) == 3 and labels == sorted(labels)
    assert len(A.sample(tmp_path, None, "seed")) == 6


def test_measure_scans_identical_bytes_once() -> None:
    phish = A.Corpus("pot", "phish", [("p1", honeypot())])
    ham = A.Corpus("lists", "ham", [("h1", LIST_MAIL), ("h2", None)])
    variants = [A.VARIANTS[0], next(v for v in A.VARIANTS if v.name == "strip-list")]
    measured = A.measure_all([phish, ham], variants, "seed", 1)
    tallies = measured.tallies
    # original: 3 messages; strip-list changes only h1 (phish untouched, h2 unreadable).
    assert measured.scanned == 4
    assert measured.outcomes["strip-list"]["p1"] is measured.outcomes["original"]["p1"]
    assert measured.outcomes["original"]["h2"].error
    assert tallies["strip-list"]["ham"].total == 2
    assert tallies["strip-list"]["ham"].changed == 1
    assert tallies["strip-list"]["phish"].changed == 0
    assert tallies["original"]["pot"].total == 1


def test_split_cc_gives_the_cc_placeholder_a_second_person() -> None:
    raw = b"To: phishing@pot\nCc: <phishing@pot>\nSubject: for phishing@pot\n\nhi phishing@pot\n"
    same = A.swap_recipients(raw, random.Random(9))
    assert header(same, "cc") == [f"<{header(same, 'to')[0]}>"]
    split = A.swap_recipients_split(raw, random.Random(9))
    (to,), (cc,) = header(split, "to"), header(split, "cc")
    assert cc.strip("<>") != to and cc.strip("<>").partition("@")[2] == to.partition("@")[2]
    assert header(split, "subject") == [f"for {to}"] and body(split) == f"\nhi {to}\n".encode()
