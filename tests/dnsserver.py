"""A small authoritative DNS server for tests, on 127.0.0.1 (UDP and TCP on one free port).

    with ZoneServer({"example.com": {"TXT": ["v=spf1 -all"], "A": ["192.0.2.1"]}}) as server:
        ... load_policy(extra={"dns": {"nameservers": [server.address]}}) ...

A name missing from the zone answers NXDOMAIN, a type missing NODATA, both with an SOA in
the authority section (so resolvers can cache them). Names in ``servfail`` answer SERVFAIL;
names in ``silent`` get no answer at all (a timeout). ``queries`` records every question the
server received, for tests of caching. It serves only this machine and stops by itself when
the ``with`` block ends.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections.abc import Iterable, Mapping
from typing import Any

import dns.exception
import dns.flags
import dns.message
import dns.name
import dns.rcode
import dns.rdataclass
import dns.rdatatype
import dns.rrset

DEFAULT_TTL = 300


def _txt_rdata(value: str | bytes) -> str:
    data = value.encode() if isinstance(value, str) else value
    chunks = [data[i : i + 255] for i in range(0, len(data), 255)] or [b""]
    quoted = []
    for chunk in chunks:
        text = chunk.decode("latin-1").replace("\\", "\\\\").replace('"', '\\"')
        quoted.append(f'"{text}"')
    return " ".join(quoted)


class ZoneServer:
    def __init__(
        self,
        zone: Mapping[str, Mapping[str, Iterable[Any]]],
        ttl: int = DEFAULT_TTL,
        negative_ttl: int = DEFAULT_TTL,
        servfail: Iterable[str] = (),
        silent: Iterable[str] = (),
    ) -> None:
        self.zone = {
            name.lower().rstrip("."): {t.upper(): list(v) for t, v in types.items()}
            for name, types in zone.items()
        }
        self.ttl = ttl
        self.negative_ttl = negative_ttl
        self.servfail = {n.lower().rstrip(".") for n in servfail}
        self.silent = {n.lower().rstrip(".") for n in silent}
        self.queries: list[tuple[str, str]] = []
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self.port = 0
        self._udp: socket.socket | None = None
        self._tcp: socket.socket | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> ZoneServer:
        for _ in range(20):
            udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            udp.bind(("127.0.0.1", 0))
            port = udp.getsockname()[1]
            tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            tcp.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                tcp.bind(("127.0.0.1", port))
            except OSError:
                udp.close()
                tcp.close()
                continue
            tcp.listen(16)
            udp.settimeout(0.1)
            tcp.settimeout(0.1)
            self._udp, self._tcp, self.port = udp, tcp, port
            break
        else:
            raise RuntimeError("no free port for the test DNS server")
        for target in (self._serve_udp, self._serve_tcp):
            thread = threading.Thread(target=target, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def stop(self) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=2)
        for sock in (self._udp, self._tcp):
            if sock is not None:
                sock.close()

    def __enter__(self) -> ZoneServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- serving -----------------------------------------------------------------------------

    def _serve_udp(self) -> None:
        assert self._udp is not None
        while not self._stop.is_set():
            try:
                data, peer = self._udp.recvfrom(4096)
            except (TimeoutError, OSError):
                continue
            reply = self._answer(data, udp=True)
            if reply is not None:
                self._udp.sendto(reply, peer)

    def _serve_tcp(self) -> None:
        assert self._tcp is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._tcp.accept()
            except (TimeoutError, OSError):
                continue
            with conn:
                conn.settimeout(2)
                try:
                    head = self._read(conn, 2)
                    (length,) = struct.unpack("!H", head)
                    reply = self._answer(self._read(conn, length), udp=False)
                    if reply is not None:
                        conn.sendall(struct.pack("!H", len(reply)) + reply)
                except (OSError, struct.error):
                    continue

    @staticmethod
    def _read(conn: socket.socket, size: int) -> bytes:
        data = b""
        while len(data) < size:
            chunk = conn.recv(size - len(data))
            if not chunk:
                raise OSError("connection closed")
            data += chunk
        return data

    def _answer(self, data: bytes, udp: bool) -> bytes | None:
        try:
            query = dns.message.from_wire(data)
        except dns.exception.DNSException:
            return None
        if not query.question:
            return None
        question = query.question[0]
        qname = question.name
        name = qname.to_text(omit_final_dot=True).lower()
        rdtype = dns.rdatatype.to_text(question.rdtype)
        self.queries.append((name, rdtype))
        if name in self.silent:
            return None
        response = dns.message.make_response(query)
        response.flags |= dns.flags.AA
        if name in self.servfail:
            response.set_rcode(dns.rcode.SERVFAIL)
            return response.to_wire()
        for _ in range(8):  # follow CNAMEs inside the zone, as an authoritative server does
            types = self.zone.get(name)
            if types is None:
                response.set_rcode(dns.rcode.NXDOMAIN)
                response.authority.append(self._soa(name))
            elif rdtype in types:
                texts = [self._rdata_text(rdtype, v) for v in types[rdtype]]
                response.answer.append(
                    dns.rrset.from_text_list(qname, self.ttl, dns.rdataclass.IN, rdtype, texts)
                )
            elif "CNAME" in types and rdtype != "CNAME":
                target = str(types["CNAME"][0]).lower().rstrip(".")
                response.answer.append(
                    dns.rrset.from_text(qname, self.ttl, "IN", "CNAME", f"{target}.")
                )
                name, qname = target, dns.name.from_text(target)
                continue
            else:
                response.authority.append(self._soa(name))
            break
        max_size = 65535
        if udp:
            max_size = max(512, query.payload) if query.edns >= 0 else 512
        try:
            return response.to_wire(max_size=max_size)
        except dns.exception.TooBig:
            response.answer.clear()
            response.flags |= dns.flags.TC
            return response.to_wire()

    def _soa(self, name: str) -> dns.rrset.RRset:
        apex = dns.name.from_text(name.rsplit(".", 1)[-1] or "test")
        return dns.rrset.from_text(
            apex, self.negative_ttl, "IN", "SOA",
            f"ns.{apex} hostmaster.{apex} 1 3600 600 86400 {self.negative_ttl}",
        )

    @staticmethod
    def _rdata_text(rdtype: str, value: Any) -> str:
        if rdtype == "TXT":
            return _txt_rdata(value)
        if rdtype == "MX":
            pref, host = value
            return f"{int(pref)} {str(host).rstrip('.')}."
        if rdtype in ("PTR", "CNAME", "NS"):
            return f"{str(value).rstrip('.')}."
        return str(value)
