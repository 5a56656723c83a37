"""SPF (RFC 7208) with pyspf, its DNS routed through our resolver.

The identity checked is the MAIL FROM domain; for the null sender ``<>`` it is the HELO name
(RFC 7208 §2.4, as ``postmaster@HELO``). Without a client IP, or with an unknown envelope
sender, there is nothing to check.

pyspf does its own DNS through the module-level function ``spf.DNSLookup(name, qtype,
strict, timeout)``; replacing it is the hook pyspf itself uses for its tests and its pydns
driver. We install one dispatcher, once, that sends the questions of the check running in the
current context (a ``contextvars`` variable, so threads and concurrent checks stay apart) to
that message's resolver; outside our checks it falls through to pyspf's own lookup.
"""

from __future__ import annotations

import contextvars
import ipaddress
import threading
from dataclasses import dataclass
from typing import Any

import spf as pyspf

from mailwarden.auth.dns import MessageDns

RESULTS = frozenset({"pass", "fail", "softfail", "neutral", "none", "temperror", "permerror"})

_current: contextvars.ContextVar[MessageDns | None] = contextvars.ContextVar(
    "mailwarden_spf_dns", default=None
)
_install_lock = threading.Lock()
_original_lookup: Any = None


def _dispatch(name: str, qtype: str, strict: Any = True, timeout: float = 20.0) -> Any:
    dns = _current.get()
    if dns is None:
        return _original_lookup(name, qtype, strict, timeout)
    return dns.spf_lookup(name, qtype, strict, timeout)


def _install() -> None:
    global _original_lookup
    with _install_lock:
        if pyspf.DNSLookup is not _dispatch:
            _original_lookup = pyspf.DNSLookup
            pyspf.DNSLookup = _dispatch


@dataclass(frozen=True)
class SpfOutcome:
    result: str  # RFC 8601 word
    identity: str  # mailfrom | helo
    domain: str
    detail: str


def check_spf(
    dns: MessageDns, client_ip: str | None, mail_from: str | None, helo: str | None
) -> SpfOutcome | None:
    """The SPF result, or None when there is nothing to check (no IP, unknown sender)."""
    if not client_ip:
        return None
    try:
        ipaddress.ip_address(client_ip)
    except ValueError:
        return None
    if mail_from is None:
        return None
    mail_from = mail_from.strip()
    if mail_from:
        identity = "mailfrom"
        domain = mail_from.rpartition("@")[2].strip().rstrip(".").lower()
        if not domain:
            return SpfOutcome("none", identity, "", "MAIL FROM has no domain")
        sender = mail_from if "@" in mail_from else f"postmaster@{domain}"
    else:
        if not helo:
            return None
        identity = "helo"
        domain = helo.strip().rstrip(".").lower()
        sender = ""
    if not _plausible_domain(domain):
        return SpfOutcome("none", identity, domain[:100], "not a domain name")
    _install()
    token = _current.set(dns)
    try:
        query = pyspf.query(i=client_ip, s=sender, h=helo or domain, timeout=20, querytime=0)
        result, _code, explanation = query.check()
    except pyspf.TempError as exc:
        return SpfOutcome("temperror", identity, domain, str(exc)[:200])
    except (pyspf.PermError, pyspf.AmbiguityWarning) as exc:
        return SpfOutcome("permerror", identity, domain, str(exc)[:200])
    except (ValueError, TypeError, IndexError, KeyError, UnicodeError, AttributeError) as exc:
        # pyspf on hostile records or addresses it does not expect
        return SpfOutcome("permerror", identity, domain, f"{type(exc).__name__}: {exc}"[:200])
    finally:
        _current.reset(token)
    result = str(result).lower()
    if result == "ambiguous":
        result = "permerror"
    if result not in RESULTS:
        result = "neutral"
    detail = str(explanation)[:200] if explanation else ""
    return SpfOutcome(result, identity, domain, detail)


def _plausible_domain(domain: str) -> bool:
    if not domain or len(domain) > 253 or "." not in domain:
        return False
    return all(0 < len(label) < 64 for label in domain.split("."))
