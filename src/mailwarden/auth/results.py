"""From what was computed and what trusted servers upstream said, to one result per mechanism;
and the ``Authentication-Results`` header (RFC 8601) we write for our own authserv-id.

Each mechanism's result carries its basis:

- ``verified``: computed here, now, with a definite answer (including "there is no
  signature" or "there is no DMARC record");
- ``upstream``: we could not verify (offline, DNS failure, DKIM key gone, no client IP) and a
  trusted upstream header (upstream.py) gave a result, which we report;
- ``none``: neither; the result word says what we know (``none``, or ``temperror``).

A DMARC result computed from SPF or DKIM results that themselves came from upstream has the
basis ``upstream``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mailwarden.auth.arc import ArcOutcome
from mailwarden.auth.dkim import SignatureResult
from mailwarden.auth.dmarc import Discovery, aligned, evaluate
from mailwarden.auth.received import Connection
from mailwarden.auth.spf import SpfOutcome
from mailwarden.auth.upstream import Upstream, clean_domain
from mailwarden.result import AuthSummary, MechanismResult

VERIFIED, UPSTREAM, NONE = "verified", "upstream", "none"


@dataclass(frozen=True)
class AuthReport:
    """Everything authentication found; ``summary`` is what crosses into the detectors."""

    summary: AuthSummary
    connection: Connection | None
    signatures: tuple[SignatureResult, ...] = ()
    upstream: Upstream = Upstream()
    offline: bool = False


def _upstream_result(upstream: Upstream, method: str, detail: str) -> MechanismResult | None:
    found = upstream.first(method)
    if found is None:
        return None
    info, header = found
    if method == "spf":
        domain = clean_domain(info.prop("smtp.mailfrom", "smtp.helo"))
    elif method == "dmarc":
        domain = clean_domain(info.prop("header.from"))
    else:
        domain = clean_domain(info.prop("header.d", "header.i", "smtp.remote-ip"))
    who = header.authserv_id or "Microsoft 365"
    return MechanismResult(info.result, UPSTREAM, f"{detail}; reported by {who}"[:200], domain)


def spf_result(outcome: SpfOutcome | None, why_not: str, upstream: Upstream) -> MechanismResult:
    if outcome is not None and outcome.result != "temperror":
        return MechanismResult(
            outcome.result, VERIFIED, f"{outcome.identity}: {outcome.detail}"[:200], outcome.domain
        )
    reason = f"{outcome.identity}: {outcome.detail}" if outcome is not None else why_not
    found = _upstream_result(upstream, "spf", f"not verified here ({reason})")
    if found is not None:
        return found
    if outcome is not None:
        return MechanismResult("temperror", NONE, reason[:200], outcome.domain)
    return MechanismResult("none", NONE, why_not)


def _impossible(sig: SignatureResult) -> bool:
    return sig.result in ("temperror", "neutral") or (
        sig.result == "permerror" and sig.detail.startswith("no key")
    )


def _prefer_aligned(sigs: list[SignatureResult], from_domain: str) -> SignatureResult:
    for sig in sigs:
        if aligned(sig.domain, from_domain, "r"):
            return sig
    return sigs[0]


def dkim_result(
    sigs: list[SignatureResult], total: int, from_domain: str, offline: bool, upstream: Upstream
) -> MechanismResult:
    if total == 0:
        return MechanismResult("none", VERIFIED, "no DKIM signature")
    summary = "; ".join(
        f"d={s.domain} s={s.selector}: {s.result}"
        + (f" ({s.detail})" if s.result != "pass" and s.detail else "")
        for s in sigs
    )
    if total > len(sigs):
        summary += f"; {total - len(sigs)} more not verified"
    if offline:
        why = f"offline: {total} signature(s) not verified"
        found = _upstream_dkim(upstream, from_domain, f"not verified here ({why})")
        return found or MechanismResult("none", NONE, why)
    passes = [s for s in sigs if s.result == "pass"]
    if passes:
        return MechanismResult(
            "pass", VERIFIED, summary[:200], _prefer_aligned(passes, from_domain).domain
        )
    fails = [s for s in sigs if s.result == "fail"]
    impossible = [s for s in sigs if _impossible(s)]
    # The author's own signature could not be checked, and no signature of the author's
    # failed: a trusted upstream result says more than a third party's failure.
    own_unknown = any(aligned(s.domain, from_domain, "r") for s in impossible)
    own_failed = any(aligned(s.domain, from_domain, "r") for s in fails)
    if impossible and ((own_unknown and not own_failed) or not fails):
        upstream_dkim = _upstream_dkim(upstream, from_domain, f"not verified here ({summary})")
        if upstream_dkim is not None:
            return upstream_dkim
    if fails:
        return MechanismResult(
            "fail", VERIFIED, summary[:200], _prefer_aligned(fails, from_domain).domain
        )
    for word in ("temperror", "permerror", "neutral"):
        matching = [s for s in sigs if s.result == word]
        if matching:
            sig = _prefer_aligned(matching, from_domain)
            basis = NONE if _impossible(sig) else VERIFIED
            return MechanismResult(word, basis, summary[:200], sig.domain)
    return MechanismResult("none", NONE, summary[:200])


def _upstream_dkim(
    upstream: Upstream, from_domain: str, detail: str = "not verified here"
) -> MechanismResult | None:
    found = upstream.all("dkim")
    if not found:
        return None
    passing = [(i, h) for i, h in found if i.result == "pass"]
    pool = passing or found
    chosen = pool[0]
    for info, header in pool:
        if aligned(clean_domain(info.prop("header.d", "header.i")), from_domain, "r"):
            chosen = (info, header)
            break
    info, header = chosen
    who = header.authserv_id or "Microsoft 365"
    return MechanismResult(
        info.result,
        UPSTREAM,
        f"{detail}; reported by {who}"[:200],
        clean_domain(info.prop("header.d", "header.i")),
    )


def upstream_dkim_passes(upstream: Upstream) -> list[str]:
    return [
        d
        for d in (
            clean_domain(i.prop("header.d", "header.i"))
            for i, _ in upstream.all("dkim")
            if i.result == "pass"
        )
        if d
    ]


def arc_result(outcome: ArcOutcome | None, offline: bool, upstream: Upstream) -> MechanismResult:
    if outcome is not None and outcome.result in ("pass", "fail", "none"):
        return MechanismResult(outcome.result, VERIFIED, outcome.detail, outcome.domain)
    reason = "offline" if offline else (outcome.detail if outcome else "not checked")
    found = _upstream_result(upstream, "arc", f"not verified here ({reason})")
    if found is not None:
        return found
    if outcome is not None:
        return MechanismResult(outcome.result, NONE, outcome.detail, outcome.domain)
    return MechanismResult("none", NONE, reason)


def dmarc_result(
    from_domain: str,
    from_problem: tuple[str, str] | None,
    discovery: Discovery | None,
    spf: MechanismResult,
    dkim: MechanismResult,
    dkim_candidates: list[tuple[str, str, str]],  # (result, d=, basis)
    upstream: Upstream,
) -> tuple[MechanismResult, str]:
    """The DMARC result and the policy (p= or sp=) that applies to the From domain."""
    if from_problem is not None:
        word, detail = from_problem
        return MechanismResult(word, VERIFIED, detail, from_domain), ""
    if discovery is None or discovery.status == "temperror":
        reason = "offline" if discovery is None else discovery.detail
        found = _upstream_result(upstream, "dmarc", f"not verified here ({reason})")
        if found is not None:
            return found, _upstream_policy(upstream)
        word = "none" if discovery is None else "temperror"
        return MechanismResult(word, NONE, reason[:200], from_domain), ""
    if discovery.status == "none" or discovery.record is None:
        return MechanismResult("none", VERIFIED, discovery.detail[:200], from_domain), ""
    record = discovery.record
    spf_input = (spf.result, spf.domain) if spf.domain else None
    evaluation = evaluate(record, from_domain, spf_input, [(r, d) for r, d, _ in dkim_candidates])
    policy = evaluation.policy
    if evaluation.result == "pass":
        if evaluation.via == "spf":
            basis = spf.basis
        else:
            bases = {
                b
                for r, d, b in dkim_candidates
                if r == "pass" and aligned(d, from_domain, record.adkim)
            }
            basis = VERIFIED if VERIFIED in bases else UPSTREAM
        return MechanismResult("pass", basis, evaluation.detail[:200], from_domain), policy
    # Not a pass: is that certain? Only if both inputs were really checked.
    inputs_known = spf.basis != NONE and dkim.basis != NONE
    if evaluation.result == "temperror" or not inputs_known:
        found = _upstream_result(upstream, "dmarc", f"not verified here ({evaluation.detail})")
        if found is not None:
            return found, _upstream_policy(upstream) or policy
        unsure = MechanismResult(evaluation.result, NONE, evaluation.detail[:200], from_domain)
        return unsure, policy
    basis = VERIFIED if spf.basis == VERIFIED and dkim.basis == VERIFIED else UPSTREAM
    return MechanismResult(evaluation.result, basis, evaluation.detail[:200], from_domain), policy


def _upstream_policy(upstream: Upstream) -> str:
    """The policy a trusted upstream DMARC result names: RFC 8601's
    ``policy.published-domain-policy``, or Microsoft 365's ``action`` (``oreject`` is
    "policy reject, overridden by the receiver")."""
    found = upstream.first("dmarc")
    if found is None:
        return ""
    info, _ = found
    text = info.prop("policy.published-domain-policy", "policy.applied-disposition", "action")
    text = text.lower()
    for word in ("reject", "quarantine", "none"):
        if word in text:
            return word
    return ""


# -- Authentication-Results out ---------------------------------------------------------------

_TOKEN = re.compile(r"^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.@]+$")


def _value(text: str) -> str:
    """A property value: a token as is, anything else as a quoted string."""
    text = "".join(ch for ch in text if ch.isprintable())[:200]
    if text and _TOKEN.match(text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _comment(text: str) -> str:
    text = "".join(ch for ch in text if ch.isprintable())[:120]
    text = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f" ({text})" if text else ""


def render_authentication_results(result: AuthSummary | AuthReport, authserv_id: str) -> str:
    """The value of an ``Authentication-Results`` header for ``authserv_id`` (RFC 8601 §2.2).

    One ``dkim`` result per verified signature when the full report is given. Results taken
    from upstream say so in a comment; mechanisms with nothing to report are left out.
    """
    report = result if isinstance(result, AuthReport) else None
    summary = result.summary if isinstance(result, AuthReport) else result
    parts: list[str] = []

    def note(m: MechanismResult) -> str:
        return " (from upstream)" if m.basis == UPSTREAM else ""

    spf = summary.spf
    if spf.result != "none" or spf.basis != NONE:
        ptype = "smtp.mailfrom"
        conn = report.connection if report is not None else None
        if conn is not None and conn.mail_from == "":
            ptype = "smtp.helo"
        prop = f" {ptype}={_value(spf.domain)}" if spf.domain else ""
        parts.append(f"spf={spf.result}{note(spf)}{prop}")
    if report is not None and report.signatures and summary.dkim.basis == VERIFIED:
        for sig in report.signatures:
            parts.append(
                f"dkim={sig.result}{_comment(sig.detail)} header.d={_value(sig.domain)}"
                f" header.s={_value(sig.selector)}"
            )
    elif summary.dkim.result != "none" or summary.dkim.basis != NONE:
        dkim = summary.dkim
        prop = f" header.d={_value(dkim.domain)}" if dkim.domain else ""
        parts.append(f"dkim={dkim.result}{note(dkim)}{prop}")
    arc = summary.arc
    if arc.result != "none" or arc.basis != NONE:
        parts.append(f"arc={arc.result}{note(arc)}")
    dmarc = summary.dmarc
    if dmarc.result != "none" or dmarc.basis != NONE:
        policy = f" (p={summary.dmarc_policy})" if summary.dmarc_policy else ""
        if dmarc.basis == UPSTREAM:
            policy = " (from upstream)"
        prop = f" header.from={_value(dmarc.domain)}" if dmarc.domain else ""
        parts.append(f"dmarc={dmarc.result}{policy}{prop}")
    ident = _value(authserv_id.strip() or "localhost")
    if not parts:
        return f"{ident}; none"
    # One line: whoever writes the header folds it (milter, MTA).
    return f"{ident}; " + "; ".join(parts)
