"""``link_off_brand``: a brand's short-link path (linkedin.com/slink) counts as off-brand; another
brand's social footer does not."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def test_brand_mail_through_a_short_link_path_is_off_brand() -> None:
    raw = make_message(
        from_="Microsoft OneDrive <share@fjord-trading.example.com>",
        subject="Documents shared with you",
        text="Your OneDrive account has 3 new documents. Sign in to view them:\n"
        "https://www.linkedin.com/slink?code=AbCdEf12\n",
    )
    ids = finding_ids(scan_offline(raw))
    assert "LINK_OFF_BRAND" in ids, ids


def test_social_footer_of_another_brand_is_not_off_brand() -> None:
    raw = make_message(
        from_="Microsoft OneDrive <share@fjord-trading.example.com>",
        subject="Documents shared with you",
        text="Your OneDrive account has 3 new documents. Sign in to view them:\n"
        "https://www.linkedin.com/company/fjord-trading\n",
    )
    assert "LINK_OFF_BRAND" not in finding_ids(scan_offline(raw))

