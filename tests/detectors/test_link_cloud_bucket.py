"""link_cloud_bucket: a web page stored in raw cloud object storage."""

from __future__ import annotations

import pytest

from mailwarden.detectors.link_cloud_bucket import bucket_of
from mailwarden.knowledge import load_knowledge
from tests.helpers import finding_ids, make_message, scan_offline

ID = "LINK_CLOUD_BUCKET_PAGE"


def _html_mail(href: str, from_: str = "Rewards Desk <desk@example.org>") -> bytes:
    html = f'<p>Your reward is waiting.</p><a href="{href}">Claim now</a>'
    return make_message(from_=from_, text=None, html=html)


@pytest.mark.parametrize(
    "href",
    [
        "https://storage.googleapis.com/promo-x/offer.html#abc",
        "https://claim-77.s3.us-east-1.amazonaws.com/index.html",
        "https://s3.amazonaws.com/claim-77/",
        "https://okokoa.z13.web.core.windows.net/",
        "http://x1.blr1.cdn.digitaloceanspaces.com/page.html",
        "https://pub-1234.r2.dev/landing",
    ],
)
def test_bucket_page_fires(href: str) -> None:
    assert ID in finding_ids(scan_offline(_html_mail(href)))


@pytest.mark.parametrize(
    "href",
    [
        "https://storage.googleapis.com/reports/annual-report.pdf",  # a file, not a page
        "https://files-x.s3.amazonaws.com/release/tool-1.2.tar.gz",
        "https://d111111abcdef8.cloudfront.net/index.html",  # a CDN in front of a site
        "https://www.example.com/index.html",
    ],
)
def test_files_and_sites_are_silent(href: str) -> None:
    assert ID not in finding_ids(scan_offline(_html_mail(href)))


def test_image_source_in_bucket_is_silent() -> None:
    html = '<img src="https://storage.googleapis.com/cdn-x/banner.html"><p>Hello</p>'
    raw = make_message(text=None, html=html)
    assert ID not in finding_ids(scan_offline(raw))


def test_bucket_matching() -> None:
    entries = load_knowledge().buckets
    assert bucket_of("a.s3.eu-west-1.amazonaws.com", entries)
    assert bucket_of("s3.eu-west-1.amazonaws.com", entries)
    assert bucket_of("a.s3-eu-west-1.amazonaws.com", entries)
    assert not bucket_of("ec2-1-2-3-4.compute-1.amazonaws.com", entries)
    assert not bucket_of("", entries)
    assert not bucket_of("example.org", entries)


def test_a_bucket_page_carried_by_an_unknown_click_tracker() -> None:
    from mailwarden.message.urls import carried_urls

    url = (
        "https://track.clicks.example/track_click.php?e=x&u="
        "https%3A//storage.googleapis.com/buy-x/offer-vsl.htm"
    )
    assert carried_urls(url) == ["https://storage.googleapis.com/buy-x/offer-vsl.htm"]
    raw = make_message(html=f'<p>Men over 40: <a href="{url}">watch the video</a></p>', text=None)
    assert "LINK_CLOUD_BUCKET_PAGE" in finding_ids(scan_offline(raw))
