"""Ad click trackers unwrapped without counting as open redirects; path-qualified shorteners."""

from __future__ import annotations

from mailwarden.detectors.content_callback_only import phone_and_amount
from mailwarden.message.urls import make_link, path_entry_matches


def test_doubleclick_trackclk_target_after_question_mark_is_unwrapped() -> None:
    link = make_link(
        "https://ad.doubleclick.net/ddm/trackclk/N1.2/B3;dc_trk_aid=1;dc_lat=;tfua=?"
        "https://landing.example.top/claim",
        "Claim",
        "html",
    )
    assert link is not None
    assert link.registrable == "example.top"
    # An advertiser's tracker, not a disguise: unwrapped but not an open redirect.
    assert link.via and not link.via_open_redirect


def test_doubleclick_pcs_click_adurl_is_unwrapped() -> None:
    link = make_link(
        "https://googleads.g.doubleclick.net/pcs/click?xai=AK&sig=Cg&adurl=https://shop.example.com/x",
        "",
        "html",
    )
    assert link is not None and link.host == "shop.example.com"


def test_doubleclick_without_target_stays_itself() -> None:
    link = make_link("https://ad.doubleclick.net/ddm/trackclk/N1/B2;dc_trk_aid=1", "", "html")
    assert link is not None and link.registrable == "doubleclick.net" and not link.via


def test_google_url_is_still_an_open_redirect() -> None:
    link = make_link("https://www.google.com/url?q=https://evil.example.top/", "", "html")
    assert link is not None and link.via_open_redirect


def test_path_entry_matches_host_and_path_prefix_only() -> None:
    entries = frozenset({"linkedin.com/slink", "bit.ly"})
    assert path_entry_matches("www.linkedin.com", "/slink", entries) == "linkedin.com/slink"
    assert path_entry_matches("www.linkedin.com", "/in/someone", entries) == ""
    assert path_entry_matches("linkedin.com.evil.top", "/slink", entries) == ""
    assert path_entry_matches("bit.ly", "/slink", entries) == ""


def test_phone_and_amount_reads_currency_code_before_amount() -> None:
    found = phone_and_amount("Amount: USD 489.99. To cancel call +1 (888) 555-0149")
    assert found == ("+1 (888) 555-0149", "USD 489.99")
    assert phone_and_amount("Amount: USD 489.99, no phone") is None
    assert phone_and_amount("") is None


def test_amazon_ses_click_tracking_shows_its_destination() -> None:
    # /CL0/ or /L0/, the percent-encoded target, then /<version>/<id>/<signature>.
    for url in (
        "https://links-1.govdelivery.com/CL0/https%3A%2F%2Fwww.irs.gov%2Faccount/1/0100019-ab/sig=430",
        "https://abc.r.us-east-1.awstrack.me/L0/https:%2F%2Fwww.irs.gov%2Faccount/1/0100019-ab/sig=7",
    ):
        link = make_link(url, "irs.gov", "html")
        assert link is not None
        assert link.host == "www.irs.gov"
        assert link.url == "https://www.irs.gov/account"
        assert not link.via_open_redirect


def test_an_ad_click_whose_ampersand_was_escaped_twice() -> None:
    # A hijacked Disney+ newsletter's DoubleClick link: "&amp;amp;adurl=" in the markup leaves
    # "&amp;adurl=" in the URL, and the ad server reads "adurl" all the same.
    url = "https://adclick.g.doubleclick.net/pcs/click?xyz&amp;&amp;adurl=//disneyclaim.example"
    link = make_link(url, "Start Earning", "html")
    assert link is not None and link.host == "disneyclaim.example"
    assert not link.via_open_redirect  # an ad network's tracker, not a disguise
    plain = make_link(
        "https://adclick.g.doubleclick.net/pcs/click?x=1&adurl=https://a.example/", "", "html"
    )
    assert plain is not None and plain.host == "a.example"
