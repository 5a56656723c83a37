"""DMARC (RFC 7489): policy discovery, identifier alignment, result.

- The record is the TXT at ``_dmarc.<From domain>``; if there is none, the one at
  ``_dmarc.<organisational domain>`` (§6.6.3), the organisational domain being the From
  domain's registrable domain by the Public Suffix List (§3.2). Records not starting with
  ``v=DMARC1`` are discarded; more than one left means no DMARC. A record without a valid
  ``p`` (or with an invalid ``sp``) counts as ``p=none`` if it has a ``rua``, else as absent.
- Alignment (§3.1): DKIM by a passing signature's ``d=``, SPF by the MAIL FROM domain (the
  HELO domain for the null sender); relaxed (``r``, the default) compares organisational
  domains, strict (``s``) the exact domains.
- Result: ``pass`` if an aligned identifier passed, ``temperror`` if none passed and an
  aligned one failed temporarily (or the record could not be fetched), ``fail`` otherwise,
  ``none`` without a record. The policy reported is ``sp`` when the record was found at the
  organisational domain for a subdomain and has one, else ``p``.
- From (§6.6.1): no From domain gives ``none``; several From header fields, or one field
  with addresses in different domains, give ``permerror``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from mailwarden.auth.dns import DnsTempError, MessageDns
from mailwarden.message.urls import public_suffix_list

POLICIES = ("none", "quarantine", "reject")


def organisational_domain(domain: str) -> str:
    domain = domain.strip().rstrip(".").lower()
    if not domain:
        return ""
    try:
        return str(public_suffix_list().privatesuffix(domain) or domain)
    except (ValueError, TypeError, UnicodeError):
        return domain


def aligned(identifier: str, from_domain: str, mode: str) -> bool:
    identifier = identifier.strip().rstrip(".").lower()
    from_domain = from_domain.strip().rstrip(".").lower()
    if not identifier or not from_domain:
        return False
    if mode == "s":
        return identifier == from_domain
    return organisational_domain(identifier) == organisational_domain(from_domain)


@dataclass(frozen=True)
class DmarcRecord:
    p: str
    sp: str  # "" when absent
    adkim: str  # r | s
    aspf: str  # r | s
    pct: int
    domain: str  # where it was found
    text: str

    def policy_for(self, from_domain: str) -> str:
        if self.sp and self.domain != from_domain.lower().rstrip("."):
            return self.sp
        return self.p


def parse_record(text: bytes | str, domain: str = "") -> DmarcRecord | None:
    """A DMARC record, or None when it is not one (or is unusable, §6.6.3)."""
    if isinstance(text, bytes):
        text = text.decode("ascii", "replace")
    text = text.strip()
    if not re.match(r"(?i)v\s*=\s*DMARC1\s*(;|$)", text):
        return None
    tags: dict[str, str] = {}
    for part in text.split(";"):
        key, sep, value = part.partition("=")
        if sep:
            tags.setdefault(key.strip().lower(), value.strip())
    p = tags.get("p", "").lower()
    sp = tags.get("sp", "").lower()
    if p not in POLICIES or (sp and sp not in POLICIES):
        rua = tags.get("rua", "")
        if not re.search(r"(?i)\b(mailto|https?):\S", rua):
            return None
        p, sp = "none", ""
    adkim = tags.get("adkim", "r").lower()
    aspf = tags.get("aspf", "r").lower()
    try:
        pct = int(tags.get("pct", "100"))
    except ValueError:
        pct = 100
    pct = min(max(pct, 0), 100)
    return DmarcRecord(
        p=p,
        sp=sp,
        adkim="s" if adkim == "s" else "r",
        aspf="s" if aspf == "s" else "r",
        pct=pct,
        domain=domain,
        text=text[:300],
    )


@dataclass(frozen=True)
class Discovery:
    status: str  # found | none | temperror
    record: DmarcRecord | None
    detail: str


def _records_at(dns: MessageDns, domain: str) -> list[DmarcRecord]:
    """Parsed records at _dmarc.<domain>; raises DnsTempError."""
    texts = dns.txt(f"_dmarc.{domain}")
    found = []
    for text in texts:
        record = parse_record(text, domain)
        if record is not None:
            found.append(record)
    return found


def discover(dns: MessageDns, from_domain: str) -> Discovery:
    from_domain = from_domain.strip().rstrip(".").lower()
    org = organisational_domain(from_domain)
    for domain in dict.fromkeys([from_domain, org]):
        if not domain:
            continue
        try:
            records = _records_at(dns, domain)
        except DnsTempError as exc:
            return Discovery("temperror", None, f"_dmarc.{domain}: {exc}"[:200])
        if not records:
            continue
        if len(records) > 1:
            return Discovery("none", None, f"_dmarc.{domain}: more than one DMARC record")
        return Discovery("found", records[0], f"record at _dmarc.{domain}")
    return Discovery("none", None, f"no DMARC record for {from_domain}")


@dataclass(frozen=True)
class DmarcEvaluation:
    result: str  # pass | fail | temperror
    policy: str
    detail: str
    via: str  # spf | dkim | "" : what made it pass


def evaluate(
    record: DmarcRecord,
    from_domain: str,
    spf: tuple[str, str] | None,
    dkim: Iterable[tuple[str, str]],
) -> DmarcEvaluation:
    """``spf`` is (result, domain) for the SPF identity; ``dkim`` yields (result, d=)."""
    policy = record.policy_for(from_domain)
    tags = f"p={policy}" + (f" pct={record.pct}" if record.pct != 100 else "")
    tags += f" adkim={record.adkim} aspf={record.aspf}"
    temp = False
    for result, domain in dkim:
        if aligned(domain, from_domain, record.adkim):
            if result == "pass":
                return DmarcEvaluation("pass", policy, f"aligned DKIM d={domain}; {tags}", "dkim")
            temp = temp or result == "temperror"
    if spf is not None:
        result, domain = spf
        if aligned(domain, from_domain, record.aspf):
            if result == "pass":
                return DmarcEvaluation("pass", policy, f"aligned SPF {domain}; {tags}", "spf")
            temp = temp or result == "temperror"
    if temp:
        detail = f"an aligned check failed temporarily; {tags}"
        return DmarcEvaluation("temperror", policy, detail, "")
    return DmarcEvaluation("fail", policy, f"no aligned SPF or DKIM pass; {tags}", "")
