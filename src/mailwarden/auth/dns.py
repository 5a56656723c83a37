"""DNS for authentication: one cached resolver with timeouts, and a dict resolver for tests.

Every DNS question SPF, DKIM, ARC and DMARC ask goes through a :class:`Resolver`:

- :class:`CachingResolver` asks real servers with dnspython, within the ``[dns]`` settings
  (per-query ``timeout``, per-lookup ``lifetime``, ``nameservers`` as ``HOST``, ``HOST:PORT``,
  ``[V6]:PORT``). Answers are cached for their TTL; NXDOMAIN and NODATA are cached too, for
  the negative TTL of the zone's SOA (RFC 2308 §5). Failures (timeouts, SERVFAIL) are never
  cached: they raise :class:`DnsTempError`.
- :class:`OfflineResolver` performs no DNS at all: every question raises :class:`DnsOffline`.
- :class:`DictResolver` answers from a dict, for unit tests.

A message gets a :class:`MessageDns` view of the resolver, which bounds the work one message
can cause (number of questions and total time) and records what each question returned, so
the verifiers can tell a missing key from a DNS failure. It also offers the two adapters the
libraries need: ``dkim_txt`` (dkimpy's ``dnsfunc``) and ``spf_lookup`` (pyspf's
``DNSLookup`` shape).
"""

from __future__ import annotations

import collections
import functools
import ipaddress
import socket
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import dns.exception
import dns.message
import dns.name
import dns.nameserver
import dns.rdatatype
import dns.resolver

from mailwarden.config import DnsSettings
from mailwarden.errors import ConfigError

SUPPORTED_TYPES = frozenset({"A", "AAAA", "MX", "TXT", "PTR", "CNAME", "NS"})
MAX_CACHE_ENTRIES = 20_000
MAX_POSITIVE_TTL = 86_400.0
MAX_NEGATIVE_TTL = 3_600.0
# Per message: enough for SPF's 10 mechanism lookups (each can need a few questions), five
# DKIM keys, an ARC chain and DMARC's two records; hostile mail cannot make us ask more.
MAX_QUESTIONS_PER_MESSAGE = 60


class DnsTempError(Exception):
    """The question could not be answered now (timeout, SERVFAIL, no server, budget spent)."""


class DnsOffline(DnsTempError):
    """Offline mode: no DNS at all."""


@dataclass(frozen=True)
class Answer:
    """A definite answer. ``status`` is ``ok``, ``nxdomain`` or ``nodata``.

    Records by type: A/AAAA -> address str; MX -> (preference, host); PTR/CNAME/NS -> host
    (no trailing dot); TXT -> tuple of the record's character-strings as bytes.
    """

    name: str
    rdtype: str
    status: str
    records: tuple[Any, ...] = ()

    @property
    def exists(self) -> bool:
        return self.status == "ok"


def normalise_name(name: str | bytes) -> str:
    if isinstance(name, bytes):
        name = name.decode("ascii", "replace")
    return name.strip().rstrip(".").lower()


def _valid_name(name: str) -> bool:
    if not name or len(name) > 253:
        return False
    return all(0 < len(label) < 64 for label in name.split("."))


class Resolver:
    """The interface: ``lookup(name, rdtype)`` returns an :class:`Answer` or raises
    :class:`DnsTempError`."""

    offline = False

    def lookup(self, name: str, rdtype: str) -> Answer:
        raise NotImplementedError

    def __call__(self, name: str, rdtype: str) -> Answer:
        return self.lookup(name, rdtype)


class OfflineResolver(Resolver):
    offline = True

    def lookup(self, name: str, rdtype: str) -> Answer:
        raise DnsOffline("offline: no DNS")


class DictResolver(Resolver):
    """Answers from ``{name: {type: [records]}}``; a name missing is NXDOMAIN, a type missing
    is NODATA, a name in ``tempfail`` raises DnsTempError. TXT records may be given as ``str``
    or ``bytes`` (split into 255-byte character-strings, as DNS would) or as tuples of them.
    ``CNAME`` entries are followed. ``questions`` lists every (name, type) asked."""

    def __init__(
        self,
        zone: Mapping[str, Mapping[str, Iterable[Any]]],
        tempfail: Iterable[str] = (),
    ) -> None:
        self.zone = {
            normalise_name(name): {t.upper(): list(v) for t, v in types.items()}
            for name, types in zone.items()
        }
        self.tempfail = {normalise_name(n) for n in tempfail}
        self.questions: list[tuple[str, str]] = []

    def lookup(self, name: str, rdtype: str) -> Answer:
        name = normalise_name(name)
        rdtype = rdtype.upper()
        self.questions.append((name, rdtype))
        for _ in range(8):  # CNAME chain
            if name in self.tempfail:
                raise DnsTempError(f"SERVFAIL for {name}")
            if name not in self.zone:
                return Answer(name, rdtype, "nxdomain")
            types = self.zone[name]
            if rdtype in types:
                records = tuple(self._record(rdtype, r) for r in types[rdtype])
                return Answer(name, rdtype, "ok", records)
            if "CNAME" in types and rdtype != "CNAME":
                name = normalise_name(str(types["CNAME"][0]))
                continue
            return Answer(name, rdtype, "nodata")
        raise DnsTempError(f"CNAME chain too long at {name}")

    @staticmethod
    def _record(rdtype: str, value: Any) -> Any:
        if rdtype == "TXT":
            if isinstance(value, tuple):
                return tuple(v.encode() if isinstance(v, str) else bytes(v) for v in value)
            data = value.encode() if isinstance(value, str) else bytes(value)
            return tuple(data[i : i + 255] for i in range(0, len(data), 255)) or (b"",)
        if rdtype == "MX":
            pref, host = value
            return (int(pref), normalise_name(str(host)))
        if rdtype in ("PTR", "CNAME", "NS"):
            return normalise_name(str(value))
        return str(value)


def parse_nameserver(value: str) -> tuple[str, int]:
    """``HOST``, ``HOST:PORT``, ``V6``, ``[V6]`` or ``[V6]:PORT`` -> (IP address, port)."""
    text = value.strip()
    port = 53
    if text.startswith("["):
        host, sep, rest = text[1:].partition("]")
        if not sep or (rest and not rest.startswith(":")):
            raise ConfigError(f"nameserver {value!r} is not HOST[:PORT] or [IPv6]:PORT")
        if rest:
            port = _port(rest[1:], value)
    elif text.count(":") == 1:
        host, _, port_text = text.partition(":")
        port = _port(port_text, value)
    else:
        host = text  # a name, an IPv4 address or a bare IPv6 address
    if not host:
        raise ConfigError(f"nameserver {value!r} has no host")
    try:
        return str(ipaddress.ip_address(host)), port
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_DGRAM)
    except (OSError, UnicodeError) as exc:
        raise ConfigError(f"nameserver {value!r}: cannot resolve {host!r}: {exc}") from exc
    return str(infos[0][4][0]), port


def _port(text: str, value: str) -> int:
    if not text.isdigit() or not 0 < int(text) < 65536:
        raise ConfigError(f"nameserver {value!r} has a bad port")
    return int(text)


class CachingResolver(Resolver):
    """dnspython with a TTL-respecting, size-bounded, thread-safe cache (positive and
    negative answers; never failures)."""

    def __init__(
        self,
        timeout: float = 3.0,
        lifetime: float = 5.0,
        nameservers: Iterable[str] = (),
        max_entries: int = MAX_CACHE_ENTRIES,
    ) -> None:
        self.timeout = timeout
        self.lifetime = lifetime
        self._servers = [parse_nameserver(ns) for ns in nameservers]
        self._max_entries = max_entries
        self._cache: collections.OrderedDict[tuple[str, str], tuple[float, Answer]] = (
            collections.OrderedDict()
        )
        self._lock = threading.Lock()
        self._resolver: dns.resolver.Resolver | None = None
        self._config_error: str | None = None
        self.network_questions = 0  # questions that went to a server (for tests, stats)

    def _dns(self) -> dns.resolver.Resolver:
        # Built on first use: reading resolv.conf is deferred until DNS is really needed.
        if self._resolver is None:
            if self._servers:
                res = dns.resolver.Resolver(configure=False)
                res.nameservers = [dns.nameserver.Do53Nameserver(h, p) for h, p in self._servers]
            else:
                try:
                    res = dns.resolver.Resolver(configure=True)
                except dns.resolver.NoResolverConfiguration as exc:
                    self._config_error = f"no DNS configuration: {exc}"
                    raise DnsTempError(self._config_error) from exc
            res.timeout = self.timeout
            res.lifetime = self.lifetime
            res.use_edns(0, 0, 1232)
            self._resolver = res
        return self._resolver

    def _cached(self, key: tuple[str, str]) -> Answer | None:
        with self._lock:
            entry = self._cache.get(key)
            if entry is None:
                return None
            expires, answer = entry
            if time.monotonic() >= expires:
                del self._cache[key]
                return None
            self._cache.move_to_end(key)
            return answer

    def _store(self, key: tuple[str, str], answer: Answer, ttl: float) -> None:
        if ttl <= 0:
            return
        with self._lock:
            self._cache[key] = (time.monotonic() + ttl, answer)
            self._cache.move_to_end(key)
            while len(self._cache) > self._max_entries:
                self._cache.popitem(last=False)

    def lookup(self, name: str, rdtype: str) -> Answer:
        name = normalise_name(name)
        rdtype = rdtype.upper()
        if rdtype not in SUPPORTED_TYPES:
            raise ValueError(f"unsupported DNS type {rdtype}")
        if not _valid_name(name):
            return Answer(name, rdtype, "nxdomain")
        key = (name, rdtype)
        cached = self._cached(key)
        if cached is not None:
            return cached
        answer, ttl = self._ask(name, rdtype)
        self._store(key, answer, ttl)
        return answer

    def _ask(self, name: str, rdtype: str) -> tuple[Answer, float]:
        res = self._dns()
        self.network_questions += 1
        try:
            result = res.resolve(
                name + ".",
                rdtype,
                raise_on_no_answer=False,
                search=False,
                lifetime=self.lifetime,
            )
        except dns.resolver.NXDOMAIN as exc:
            return Answer(name, rdtype, "nxdomain"), _negative_ttl(exc)
        except dns.resolver.YXDOMAIN:
            return Answer(name, rdtype, "nxdomain"), 0.0
        except (dns.name.NameTooLong, dns.name.LabelTooLong, dns.name.EmptyLabel):
            return Answer(name, rdtype, "nxdomain"), 0.0
        except dns.exception.Timeout as exc:
            raise DnsTempError(f"DNS timeout for {name} {rdtype}") from exc
        except dns.resolver.NoNameservers as exc:
            raise DnsTempError(f"no server answered for {name} {rdtype} (SERVFAIL)") from exc
        except dns.exception.DNSException as exc:
            raise DnsTempError(f"DNS error for {name} {rdtype}: {type(exc).__name__}") from exc
        ttl = max(0.0, result.expiration - time.time())
        if result.rrset is None:
            return Answer(name, rdtype, "nodata"), min(ttl, MAX_NEGATIVE_TTL)
        records = tuple(_record(rdtype, rd) for rd in result.rrset)
        return Answer(name, rdtype, "ok", records), min(ttl, MAX_POSITIVE_TTL)


def _negative_ttl(exc: dns.resolver.NXDOMAIN) -> float:
    try:
        responses = exc.kwargs.get("responses", {})
        ttl = min(float(r.resolve_chaining().minimum_ttl) for r in responses.values())
    except (KeyError, ValueError, TypeError, dns.exception.DNSException):
        return 0.0
    return min(max(ttl, 0.0), MAX_NEGATIVE_TTL)


def _record(rdtype: str, rd: Any) -> Any:
    if rdtype in ("A", "AAAA"):
        return str(rd.address)
    if rdtype == "MX":
        return (int(rd.preference), normalise_name(rd.exchange.to_text()))
    if rdtype in ("PTR", "CNAME", "NS"):
        return normalise_name(rd.target.to_text())
    if rdtype == "TXT":
        return tuple(bytes(s) for s in rd.strings)
    return rd.to_text()


@functools.lru_cache(maxsize=32)
def resolver_from_settings(settings: DnsSettings) -> Resolver:
    """The one resolver for these settings (shared, so its cache is shared)."""
    if settings.offline:
        return OfflineResolver()
    return CachingResolver(settings.timeout, settings.lifetime, settings.nameservers)


@dataclass
class Question:
    name: str
    rdtype: str
    outcome: str  # ok | nxdomain | nodata | temperror | offline
    detail: str = ""


class MessageDns:
    """One message's view of a resolver: bounded (questions and seconds) and recorded."""

    def __init__(
        self,
        resolver: Resolver,
        max_questions: int = MAX_QUESTIONS_PER_MESSAGE,
        max_seconds: float | None = None,
    ) -> None:
        self.resolver = resolver
        self.max_questions = max_questions
        lifetime = float(getattr(resolver, "lifetime", 5.0))
        self.ends = time.monotonic() + (max_seconds if max_seconds is not None else 4 * lifetime)
        self.asked: list[Question] = []

    @property
    def offline(self) -> bool:
        return bool(self.resolver.offline)

    def lookup(self, name: str | bytes, rdtype: str) -> Answer:
        qname = normalise_name(name)
        if len(self.asked) >= self.max_questions:
            self.asked.append(Question(qname, rdtype, "temperror", "DNS budget spent"))
            raise DnsTempError(f"more than {self.max_questions} DNS questions for one message")
        if time.monotonic() >= self.ends:
            self.asked.append(Question(qname, rdtype, "temperror", "DNS time budget spent"))
            raise DnsTempError("DNS time budget for this message spent")
        try:
            answer = self.resolver.lookup(qname, rdtype)
        except DnsOffline as exc:
            self.asked.append(Question(qname, rdtype, "offline", str(exc)))
            raise
        except DnsTempError as exc:
            self.asked.append(Question(qname, rdtype, "temperror", str(exc)))
            raise
        self.asked.append(Question(qname, rdtype, answer.status))
        return answer

    def outcome(self, name: str | bytes, rdtype: str = "TXT") -> str | None:
        """How the last question for ``name`` went (None if never asked)."""
        qname = normalise_name(name)
        for question in reversed(self.asked):
            if question.name == qname and question.rdtype == rdtype:
                return question.outcome
        return None

    def txt(self, name: str | bytes) -> list[bytes]:
        """The TXT records at ``name``, each one's strings joined (RFC 7208 §3.3)."""
        answer = self.lookup(name, "TXT")
        return [b"".join(r) for r in answer.records]

    # -- adapters for the libraries ----------------------------------------------------------

    def dkim_txt(self, name: bytes | str, timeout: float = 5.0) -> bytes | None:
        """dkimpy's ``dnsfunc``: the key record, or None. A DNS failure raises dkimpy's
        DnsTimeoutError (which dkimpy turns into a failed verification; the recorded
        question lets our caller report ``temperror`` instead)."""
        import dkim

        try:
            records = self.txt(name)
        except DnsTempError as exc:
            raise dkim.DnsTimeoutError(str(exc)) from exc
        return records[0] if records else None

    def spf_lookup(
        self, name: str, qtype: str, strict: Any = True, timeout: float = 20.0
    ) -> list[tuple[tuple[str, str], Any]]:
        """pyspf's ``DNSLookup(name, qtype, strict, timeout)``: [((name, type), value)],
        TXT values as lists of bytes strings; raises ``spf.TempError`` on failure."""
        import spf

        qtype = qtype.upper()
        if qtype == "SPF":  # type 99 is obsolete (RFC 7208 §3.1); answer as if absent
            return []
        try:
            answer = self.lookup(name, qtype)
        except DnsTempError as exc:
            raise spf.TempError(f"DNS {exc}") from exc
        except ValueError:
            return []
        key = (normalise_name(name), qtype)
        if qtype == "TXT":
            return [(key, list(r)) for r in answer.records]
        return [(key, r) for r in answer.records]
