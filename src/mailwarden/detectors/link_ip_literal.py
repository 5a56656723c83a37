"""Links whose host is a bare IP address (``http://203.0.113.7/login``, ``http://3232235777/``).

Legitimate senders link to names; a public IP address in a link is a server nobody bothered
to name, a classic of phishing kits. Private, loopback and link-local addresses (a device's
admin page in a technical mailing list) are not counted: they cannot host a public lure.
RFC 3986 §3.2.2 (IP literals), RFC 1918 (private addresses).

A host named after its address under a hosting provider's domain
(``212.224.205.92.host.secureserver.net``, ``34.16.171.125.bc.googleusercontent.com``) is the
same unnamed server: the provider's generic name for a rented machine, never a site's.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator

from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.result import Finding


def public_ip(host: str) -> str:
    """The address a browser would contact for an IP-literal host, "" if not public."""
    host = host.strip("[]")
    try:
        addr = ipaddress.ip_address(host)
    except ValueError:
        try:
            # Browsers accept the legacy forms inet_aton does: 3232235777, 0xC0A80001, 10.1.
            addr = ipaddress.ip_address(socket.inet_aton(host))
        except (OSError, ValueError):
            return ""
    if not addr.is_global:
        return ""
    # "x.0.0.0" and "x.255.255.255" name networks, not servers ("http://4.0.0.0" is how a
    # version number looks after a careless "http://").
    if addr.version == 4 and addr.packed[-1] in (0, 255):
        return ""
    return str(addr)


def server_name_ip(host: str) -> str:
    """The address a hosting provider's generic server name spells in its first four labels
    ("212.224.205.92.host.secureserver.net"), "" when it spells none or a non-public one."""
    labels = host.split(".")
    if len(labels) < 6 or not all(x.isdigit() and len(x) <= 3 for x in labels[:4]):
        return ""
    return public_ip(".".join(labels[:4]))


@detector(emits={"LINK_IP_LITERAL"}, group="link")
def ip_literal_links(msg: Message, ctx: Context) -> Iterator[Finding]:
    found = []
    for link in msg.links:
        if link.origin == "image" or link.scheme not in ("http", "https"):
            continue
        address = public_ip(link.host) if link.is_ip else server_name_ip(link.host)
        if address:
            found.append((link, address))
    if not found:
        return
    yield Finding(
        "LINK_IP_LITERAL",
        summary=f"link to the bare IP address {found[0][1]}",
        evidence={
            "url": [lk.url for lk, _ in found[:5]],
            "ip": sorted({a for _, a in found}),
        },
    )
