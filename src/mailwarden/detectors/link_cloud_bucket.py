"""A link that opens a web page stored in a raw cloud bucket.

``https://storage.googleapis.com/x/page.html``, ``https://x.s3.us-east-1.amazonaws.com/
index.html``, ``https://x.z13.web.core.windows.net/``: object storage serves any uploaded file
under the cloud's own trusted name, with no site, owner or review in front of it. Phishing
kits park their landing pages there because URL filters trust the host. Companies serve their
own sites from their own names (or through a CDN on their name); a *page* in a bucket as the
place a message sends the reader is what an analyst flags. Files (a PDF, an image, an
archive) are not counted: buckets are also how legitimate mail shares downloads.

The hosts are listed in ``data/lists/buckets.txt``. The sender's own bucket host (the From
or an authenticated domain is the bucket's registrable name) does not count. A click tracker
nobody lists that carries the page's address whole in its query
(``track_click.php?u=https%3A//storage.googleapis.com/x/offer.htm``) sends the reader there
as surely as a direct link.
"""

from __future__ import annotations

import fnmatch
import functools
from collections.abc import Iterator

from mailwarden.claims import sender_organisations
from mailwarden.detectors import Context, detector
from mailwarden.message.parse import Message
from mailwarden.message.urls import (
    Link,
    carried_links,
    host_suffixes,
    is_action_link,
    safe_split,
)
from mailwarden.result import Finding

# A path that a browser renders as a page: a directory, a site's root, an HTML or script page.
_PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml", ".php", ".asp", ".aspx", ".svg")


@functools.lru_cache(maxsize=16)
def _split_entries(entries: frozenset[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    plain = frozenset(e for e in entries if "*" not in e)
    patterns = tuple(sorted(e for e in entries if "*" in e))
    return plain, patterns


def bucket_of(host: str, entries: frozenset[str]) -> str:
    """The bucket service entry ``host`` belongs to, "" when none."""
    host = (host or "").lower()[:253]
    if not host:
        return ""
    plain, patterns = _split_entries(entries)
    for suffix in host_suffixes(host):
        if suffix in plain:
            return suffix
    for pattern in patterns:
        # A leading "*." also matches the bare pattern ("s3.x.amazonaws.com" for "*.s3.*...").
        if fnmatch.fnmatchcase(host, pattern) or (
            pattern.startswith("*.") and fnmatch.fnmatchcase(host, pattern[2:])
        ):
            return pattern
    return ""


def is_page(link: Link) -> bool:
    parts = safe_split(link.url)
    if parts is None:
        return False
    path = parts.path.lower()
    last = path.rsplit("/", 1)[-1]
    return not last or "." not in last or last.endswith(_PAGE_SUFFIXES)


@detector(emits={"LINK_CLOUD_BUCKET_PAGE"}, group="link")
def cloud_bucket_page(msg: Message, ctx: Context) -> Iterator[Finding]:
    entries = ctx.knowledge.buckets
    if not entries:
        return
    orgs = sender_organisations(msg, ctx.auth.authenticated_domains)
    found: list[tuple[Link, str]] = []
    for link in msg.links:
        if not is_action_link(link):
            continue
        for target in [link, *carried_links(link)]:
            if target.registrable in orgs:
                continue
            service = bucket_of(target.host, entries)
            if service and is_page(target):
                found.append((target, service))
    if not found:
        return
    first = found[0][0]
    yield Finding(
        "LINK_CLOUD_BUCKET_PAGE",
        summary=f"link opens a page stored in a cloud bucket on {first.host}",
        evidence={
            "url": [lk.url for lk, _ in found[:5]],
            "host": sorted({lk.host for lk, _ in found})[:5],
            "service": sorted({s for _, s in found}),
        },
    )
