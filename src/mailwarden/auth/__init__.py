"""Authentication: who sent this message, as far as SPF, DKIM, ARC and DMARC can tell.

``authenticate(msg, policy, envelope=None, resolver=None) -> AuthSummary`` is what the engine
calls. It finds the trust boundary and the SMTP client (received.py; an ``Envelope`` from the
milter or API wins), the trusted upstream results (upstream.py), then checks SPF (RFC 7208),
every DKIM signature up to a limit (RFC 6376), the ARC chain (RFC 8617) and DMARC (RFC 7489)
through one resolver (dns.py), and combines computed and upstream results with their basis
(results.py). ``render_authentication_results`` writes our own RFC 8601 header.

Hostile headers never make it raise, and one message can cost only a bounded number of DNS
questions and seconds. Offline mode (``[dns] offline``) asks no DNS at all.
Authentication says who sent a message, never whether it is safe: nothing downstream exempts
a sender because it passed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mailwarden.auth.arc import ArcOutcome, verify_arc
from mailwarden.auth.dkim import MAX_SIGNATURES, signature_headers, verify_dkim
from mailwarden.auth.dmarc import Discovery, discover
from mailwarden.auth.dns import (
    DictResolver,
    MessageDns,
    OfflineResolver,
    Resolver,
    resolver_from_settings,
)
from mailwarden.auth.received import connection
from mailwarden.auth.results import (
    AuthReport,
    arc_result,
    dkim_result,
    dmarc_result,
    render_authentication_results,
    spf_result,
    upstream_dkim_passes,
)
from mailwarden.auth.spf import SpfOutcome, check_spf
from mailwarden.auth.upstream import trusted_upstream
from mailwarden.result import AuthSummary, Envelope, MechanismResult

if TYPE_CHECKING:
    from mailwarden.config import Policy
    from mailwarden.message.parse import Message

__all__ = [
    "AuthReport",
    "DictResolver",
    "OfflineResolver",
    "Resolver",
    "authenticate",
    "authenticate_report",
    "render_authentication_results",
    "resolver_from_settings",
]


def _from_domain(msg: Message) -> tuple[str, tuple[str, str] | None]:
    """The author domain, and (result, detail) when DMARC cannot apply (RFC 7489 §6.6.1)."""
    if len(msg.header_all("From")) > 1:
        return msg.from_domain, ("permerror", "more than one From header field")
    domains = list(dict.fromkeys(a.domain for a in msg.from_addresses if a.domain))
    if len(domains) > 1:
        return domains[0], ("permerror", "From has addresses in different domains")
    if not domains:
        return "", ("none", "no From domain")
    return domains[0], None


def authenticate_report(
    msg: Message,
    policy: Policy,
    envelope: Envelope | None = None,
    resolver: Resolver | None = None,
) -> AuthReport:
    if resolver is None:
        resolver = resolver_from_settings(policy.dns)
    dns = MessageDns(resolver)
    offline = dns.offline
    raw = msg.raw
    from_domain, from_problem = _from_domain(msg)

    conn = connection(msg, policy.auth, envelope)
    upstream = trusted_upstream(msg, policy.auth, conn.boundary)

    # SPF
    spf_outcome: SpfOutcome | None = None
    if offline:
        why_not = "offline: SPF not checked"
    elif not conn.client_ip:
        why_not = f"client IP unknown ({conn.boundary.detail})"
    elif conn.mail_from is None:
        why_not = "envelope sender unknown"
    else:
        why_not = "nothing to check"
        spf_outcome = check_spf(dns, conn.client_ip, conn.mail_from, conn.helo)
    spf = spf_result(spf_outcome, why_not, upstream)

    # DKIM
    total = len(signature_headers(raw))
    sigs = [] if offline or total == 0 else verify_dkim(raw, dns, MAX_SIGNATURES)
    dkim = dkim_result(sigs, total, from_domain, offline, upstream)

    # ARC
    arc_outcome: ArcOutcome | None = None
    if not offline:
        arc_outcome = verify_arc(raw, dns)
    elif b"arc-seal" not in raw[: _header_end(raw)].lower():
        arc_outcome = ArcOutcome("none", "no ARC sets")
    arc = arc_result(arc_outcome, offline, upstream)

    # DMARC: the DKIM inputs are every signature checked here, or upstream's when DKIM's
    # result came from there.
    if dkim.basis == "upstream":
        candidates = [("pass", d, "upstream") for d in upstream_dkim_passes(upstream)]
        if not candidates and dkim.domain:
            candidates = [(dkim.result, dkim.domain, "upstream")]
    else:
        candidates = [(s.result, s.domain, "verified") for s in sigs]
    discovery: Discovery | None = None
    if from_problem is None and not offline:
        discovery = discover(dns, from_domain)
    dmarc, dmarc_policy = dmarc_result(
        from_domain, from_problem, discovery, spf, dkim, candidates, upstream
    )

    authenticated: list[str] = []
    if dkim.basis == "verified":
        authenticated += [s.domain for s in sigs if s.result == "pass" and s.domain]
    elif dkim.basis == "upstream" and dkim.result == "pass":
        authenticated += upstream_dkim_passes(upstream)
    if spf.result == "pass" and spf.domain:
        authenticated.append(spf.domain)
    summary = AuthSummary(
        spf=spf,
        dkim=dkim,
        arc=arc,
        dmarc=dmarc,
        from_domain=from_domain,
        dmarc_policy=dmarc_policy,
        authenticated_domains=tuple(dict.fromkeys(authenticated)),
    )
    return AuthReport(summary, conn, tuple(sigs), upstream, offline)


def _header_end(raw: bytes) -> int:
    """Where the header block ends: the first empty line, LF or CRLF."""
    ends = [i for i in (raw.find(b"\n\n"), raw.find(b"\n\r\n")) if i >= 0]
    return min(ends) if ends else len(raw)


def authenticate(
    msg: Message,
    policy: Policy,
    envelope: Envelope | None = None,
    resolver: Resolver | None = None,
) -> AuthSummary:
    """SPF, DKIM, ARC and DMARC for one message, each with its basis; never raises."""
    try:
        return authenticate_report(msg, policy, envelope, resolver).summary
    except Exception as exc:  # noqa: BLE001 - hostile mail must not cost the verdict
        # The verifiers catch what they know to expect; this is the last guard, so that a
        # library tripping on a message we did not foresee leaves the scan going on.
        detail = f"authentication failed: {type(exc).__name__}"[:200]
        failed = MechanismResult("temperror", "none", detail)
        return AuthSummary(
            spf=failed, dkim=failed, arc=failed, dmarc=failed, from_domain=msg.from_domain
        )
