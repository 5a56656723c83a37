"""link_user_content: brand mail linking to free hosting, forms or file shares."""

from __future__ import annotations

from tests.helpers import finding_ids, make_message, scan_offline


def test_brand_mail_to_free_hosting_fires() -> None:
    html = '<p>Your mailbox is almost full.</p><a href="https://ms-quota-9912.web.app/">Upgrade</a>'
    raw = make_message(from_="Microsoft 365 <admin@example.org>", text=None, html=html)
    result = scan_offline(raw)
    assert "LINK_USER_CONTENT_HOST" in finding_ids(result)


def test_storage_bucket_host_fires() -> None:
    html = '<a href="https://storage.googleapis.com/bucket-x/index.html">View document</a>'
    raw = make_message(from_="DocuSign <dse@example.org>", text=None, html=html)
    assert "LINK_USER_CONTENT_HOST" in finding_ids(scan_offline(raw))


def test_hosting_link_without_brand_claim_is_silent() -> None:
    html = '<a href="https://my-project.github.io/">my project page</a>'
    raw = make_message(from_="Alice <alice@example.org>", text=None, html=html)
    assert "LINK_USER_CONTENT_HOST" not in finding_ids(scan_offline(raw))


def test_brand_share_from_the_brand_is_silent() -> None:
    html = '<a href="https://www.dropbox.com/s/abc/file.pdf">file.pdf</a>'
    raw = make_message(from_="Dropbox <no-reply@dropbox.com>", text=None, html=html)
    assert "LINK_USER_CONTENT_HOST" not in finding_ids(scan_offline(raw))


def test_credential_lure_to_free_hosting_fires_without_brand() -> None:
    html = (
        "<p>Your mailbox is almost full. Your password will expire today.</p>"
        '<a href="https://quota-check-77.pages.dev/">Keep my password</a>'
    )
    raw = make_message(from_="IT Desk <it@example.org>", text=None, html=html)
    assert "LINK_USER_CONTENT_HOST" in finding_ids(scan_offline(raw))


def test_brand_hosting_in_brand_mail_with_a_summons_is_not_a_share() -> None:
    raw = make_message(
        from_="Google <no-reply@accounts.google.com>",
        html='<p>A subpoena has been issued for your Google account. Failure to respond will '
        'result in action.</p><a href="https://sites.google.com/view/case-4471">View case</a>',
    )
    assert "LINK_USER_CONTENT_HOST" in finding_ids(scan_offline(raw))


def test_brand_hosting_in_a_plain_brand_share_stays_silent() -> None:
    raw = make_message(
        from_="Google Drive <drive-shares-noreply@google.com>",
        html='<p>Anna shared a site with you.</p>'
        '<a href="https://sites.google.com/view/team-offsite">Open</a>',
    )
    assert "LINK_USER_CONTENT_HOST" not in finding_ids(scan_offline(raw))


def _portal_note(portal: str) -> bytes:
    text = (
        "The two time-sensitive items are the RMD and the fund transfer.\n"
        f"Please use the secure portal ({portal}) for any documents.\n"
    )
    return make_message(from_="Pat Dunne <pat@ferrisdunnecpa.com>", text=text)


def test_the_senders_own_portal_on_a_file_share_is_silent() -> None:
    # A firm's client portal is named after the firm (contoso.sharefile.com for contoso.com).
    raw = _portal_note("https://ferrisdunnecpa.sharefile.com")
    assert "LINK_USER_CONTENT_HOST" not in finding_ids(scan_offline(raw))


def test_someone_elses_portal_on_a_file_share_still_fires() -> None:
    raw = _portal_note("https://docs-review-2291.sharefile.com")
    assert "LINK_USER_CONTENT_HOST" in finding_ids(scan_offline(raw))
