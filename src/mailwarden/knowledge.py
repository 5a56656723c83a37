"""Brand and lure knowledge, loaded once from ``mailwarden/data`` and shared read-only.

Detectors hold no lists of domains or phrases: they ask this object. Formats:

- ``brands.toml``: ``[[brand]]`` tables with ``name``, ``domains`` (registrable domains the brand
  really sends from and links to), ``keywords`` (words that claim the brand in a display name,
  subject or body, lower case) and optional ``lookalike`` (distinctive labels to look for in
  other domains; defaults to the first label of each domain) and optional ``surname = true``
  (the name is also a common surname, so "Edward Norton" is a person, not the brand) and
  optional ``context`` (words, lower case: a brand whose name is an ordinary word, "Lido",
  "Optimism", is claimed by that name only in a message that also uses one of them) and
  optional ``sent_by_customers = true`` (a platform whose customers send its notices from their
  own domain under its name: its name in a display name claims nothing) and optional
  ``parent_domains`` (the parent company's domains, from which it also mails and to which it
  links for the brand: WhatsApp's notices come from facebookmail.com; they are the brand's own
  in every ownership test but stay the parent brand's in the domain-to-brand map).
- ``brand_members.toml``: a table per federated brand (``[Sparkasse]``) whose ``domains`` are its
  member institutions' own domains, enumerated; they join the brand's ``domains``.
- ``lures/<lang>.toml``: ``language`` and a ``[lures]`` table mapping a category
  (``password_expiry``, ``mailbox_full``, ``unusual_signin``, ``shared_document``, ``invoice``,
  ``credential``, ``urgency``, ...) to phrases, lower case; ``(a|b)`` in an entry stands for
  each of its words ("(sign|log) in" is two phrases). A leading ``!`` marks a strong
  phrase (``"!died intestate"``): one that names the scam's mechanism so exactly that no
  legitimate sender writes it in its own voice. The ``!`` is not part of the phrase: it is
  matched without it, and ``LurePhrase.strong`` carries the mark.
- ``lists/<name>.txt``: one entry a line, ``#`` comments. ``redirectors.txt`` lines are
  ``host path-prefix param`` (the query parameter that carries the target).
  ``free_tenants.txt`` lists suffixes under which anyone can sign up and send mail.
  ``buckets.txt`` lists raw cloud object-storage hosts (a bucket's files served as they are);
  ``published_pages.txt`` lines are ``HOST PATH-PATTERN``: pages a file share or design service
  publishes as web pages (a Google Doc published to the web, a Canva design's view);
  ``imitation_suffixes.txt`` lists private registry suffixes that read like a country's
  domain (``sa.com``, ``it.com``, ``uk.net``).
  ``government_suffixes.txt`` lists suffixes under which only public bodies register
  (``gov.uk``, ``gouv.fr``, ``gov``); ``government_words.txt`` the words of those suffixes
  ("gov", "gouv") that other domains write into their names to pose as one.
  ``ordinary_words.txt`` lists ordinary words one typo away from a brand label ("applied",
  "advantage"), written by ``tools/ordinary_words.py``: such a word is no brand in disguise.
  ``words_around_brands.txt`` lists ordinary words with a brand label inside ("revolution"),
  written by the same tool: a domain holding the label only inside one is no look-alike.
  ``esp_trackers.txt`` lists click-tracking hosts of email service providers.
  ``app_stores.txt`` lists the app stores' hosts (apps.apple.com, play.google.com).
  ``social_networks.txt`` lists social networks whose profiles brands link to (x.com).
  ``identity_endpoints.txt`` lists hosts of identity providers' own sign-in and account
  pages (login.microsoftonline.com, accounts.google.com): exact hosts, no subdomains.
  ``tenant_sites.txt`` lists services on which each customer has its own site named after
  it (contoso.atlassian.net), to recognise the sender's own.
  ``device_login_pages.txt`` lists ``host/path`` of their device-authorisation pages
  (microsoft.com/devicelogin), where a code shown on a device is typed in.
  ``meeting_platforms.txt`` lists online-meeting services' join hosts (zoom.us).
  ``system_mailboxes.txt`` lists local parts of mail servers' own system mailboxes.
  ``sending_services.txt`` lines are ``DOMAIN [SITE...]``: services that send organisations'
  bulletins from the service's own domain (public.govdelivery.com), and the service's other
  sites its bulletins link to (its parent's help pages: subscriberhelp.granicus.com).
  ``tenant_templates.txt`` lines are ``SUFFIX MARKER``: free tenants whose platform sends
  only its own templates, and a marker each of those mails carries.
  ``tenant_notices.txt`` lines are ``SUFFIX BRAND NAME``: free tenants whose platform mails
  its own notifications from each tenant's address, and the brand that speaks there.
  ``relay_platforms.txt`` lines are ``ENTRY [NAME...]``: notification senders (an exact
  address, or a domain and its subdomains) of platforms that mail user-written content.
  ``seller_platforms.txt`` names those of them whose notices are a seller's invoice or money
  request; ``transfer_platforms.txt`` those whose files expire by design.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from mailwarden.errors import ConfigError


@dataclass(frozen=True)
class Brand:
    name: str
    domains: frozenset[str]
    keywords: tuple[str, ...]
    lookalike: tuple[str, ...]
    # The brand's name is also a common surname ("Edward Norton"): a display name that reads
    # as a person's name does not claim the brand.
    surname: bool = False
    # Words one of which the message must use before the brand's bare name (or a form built
    # on it: "Team Optimism", "Lido Support") claims the brand: "Lido" is also a cinema.
    context: tuple[str, ...] = ()
    # A platform whose customers send its notices from their own domain under its name
    # ("KnowBe4" <training@company.example>, "Workday" <noreply@company.example>): its name
    # in a display name claims nothing.
    sent_by_customers: bool = False
    # The parent company's domains, which mail and link for the brand (Meta's facebookmail.com
    # for WhatsApp and Instagram): owned by the brand, but listed under the parent brand.
    parent_domains: frozenset[str] = frozenset()

    def __hash__(self) -> int:
        # Brands are hashed in sets, dicts and cache keys on hot paths; the generated hash
        # walked every domain and keyword each time. The name alone is consistent with the
        # generated equality (equal brands have equal names) and is cached by the string.
        return hash(self.name)


@dataclass(frozen=True)
class LurePhrase:
    category: str
    language: str
    phrase: str
    # Marked "!" in the data: the phrase alone says scam, whatever else the message does.
    strong: bool = False


@dataclass(frozen=True)
class Negation:
    """How one language cancels a lure phrase said after a "never": its never-words, and the
    words that open a clause which a never-word before its comma still governs (Polish
    "nigdy nie poprosimy, abyś potwierdził konto": the comma before "abyś" is the grammar's,
    not the end of what is negated)."""

    never: tuple[str, ...]
    subordinators: tuple[str, ...] = ()
    # Words for "nothing" that, right before a phrase, are its subject: "niets wordt
    # verwijderd" (nothing will be deleted) says the threat will not happen.
    nothing: tuple[str, ...] = ()
    # Words that negate a phrase right after it, where the language puts "not" after the
    # verb: "Bitte antworten Sie nicht auf diese E-Mail", "Beantwoord deze e-mail niet".
    after: tuple[str, ...] = ()


@dataclass(frozen=True)
class Redirector:
    host: str  # registrable domain or full host, lower case
    path_prefix: str
    param: str


class DomainSet(frozenset[str]):
    """Domains, where an entry ``*.example.jp`` stands for example.jp and every host under it.

    Some providers give each subscriber's mailbox a host of its own under their domain
    (BIGLOBE: ``user@bma.biglobe.ne.jp``, OCN: ``user@xy.ocn.ne.jp``), which a list of exact
    domains cannot hold. ``in`` takes a domain and is true when it is listed or lies under a
    wildcard entry; the set itself holds the listed domains and the wildcards' own domains.
    """

    zones: frozenset[str]

    def __new__(cls, entries: Iterable[str]) -> DomainSet:
        entries = list(entries)
        zones = frozenset(e[2:] for e in entries if e.startswith("*."))
        plain = [e for e in entries if not e.startswith("*.")]
        domains = super().__new__(cls, plain + sorted(zones))
        domains.zones = zones
        return domains

    def __contains__(self, item: object) -> bool:
        if frozenset.__contains__(self, item):
            return True
        if not self.zones or not isinstance(item, str):
            return False
        return any(item.endswith("." + zone) for zone in self.zones)


# eq=False: compared and hashed by identity. Knowledge is loaded once and shared; it keys
# per-message memos (``Message.cached``), and a field-wise hash would walk every brand and
# every lure phrase on each lookup.
@dataclass(frozen=True, eq=False)
class Knowledge:
    brands: tuple[Brand, ...]
    lures: tuple[LurePhrase, ...]
    shorteners: frozenset[str]
    redirectors: tuple[Redirector, ...]
    freemail: frozenset[str]
    # Registrable domains of services that host arbitrary user content (file shares, form
    # builders, site builders, IPFS gateways): an official-looking link there proves nothing.
    hosting: frozenset[str]
    # URL rewriters (Safe Links, URLDefense): unwrapped like redirectors, but not suspicious.
    rewriters: frozenset[str]
    # Suffixes under which every label is a separate customer (x.onmicrosoft.com), where the
    # Public Suffix List does not say so.
    tenant_suffixes: tuple[str, ...]
    # Suffixes under which anyone can sign up and send mail as x.SUFFIX (x.onmicrosoft.com,
    # x.firebaseapp.com, x.zendesk.com): the address proves no organisation.
    free_tenants: tuple[str, ...] = ()
    # Raw object-storage hosts (s3, storage.googleapis.com, blob.core.windows.net): anyone's
    # uploaded file, served under the cloud's name.
    buckets: frozenset[str] = frozenset()
    # (host, path pattern) of pages a file share publishes as web pages (published_pages.txt).
    published_pages: tuple[tuple[str, str], ...] = ()
    # Private suffixes sold to look like a country's domain (x.sa.com, x.it.com, x.uk.net).
    imitation_suffixes: tuple[str, ...] = ()
    # Suffixes only public bodies register under (gov.uk, gouv.fr, gov).
    government_suffixes: frozenset[str] = frozenset()
    # Words naming a government in those suffixes (gov, gouv): posing when in another name.
    government_words: frozenset[str] = frozenset()
    # Ordinary words one typo from a brand label ("applied", "advantage"): no disguise.
    ordinary_words: frozenset[str] = frozenset()
    # Ordinary words holding a brand label inside ("revolution"): no brand-in-domain.
    words_around_brands: frozenset[str] = frozenset()
    # Notification senders of platforms that mail user-written content (document shares,
    # form answers, chat transcripts, invoices): (address or domain, platform name).
    relay_platforms: tuple[tuple[str, str], ...] = ()
    # Click-tracking hosts of email service providers (ct.sendgrid.net, list-manage.com):
    # the destination is kept server-side.
    esp_trackers: frozenset[str] = frozenset()
    # App stores' hosts (apps.apple.com): an app's listing there is its maker's.
    app_stores: frozenset[str] = frozenset()
    # Social networks' hosts (x.com, instagram.com): a brand's footer links to its profiles.
    social_networks: frozenset[str] = frozenset()
    # The file shares, document hosts and form builders among ``hosting`` (file_shares.txt):
    # where people really share a document, unlike a page on a site builder.
    file_shares: frozenset[str] = frozenset()
    # Identity providers' own sign-in and account pages (login.microsoftonline.com,
    # accounts.google.com, aka.ms): exact hosts on which no one but the provider publishes.
    identity_endpoints: frozenset[str] = frozenset()
    # Services on which each customer has its own site named after it (contoso.atlassian.net),
    # for recognising the sender's own (tenant_sites.txt).
    tenant_sites: tuple[str, ...] = ()
    # Device-authorisation pages, "host/path-prefix" (microsoft.com/devicelogin).
    device_login_pages: frozenset[str] = frozenset()
    # Online-meeting services' join hosts (teams.microsoft.com, zoom.us, meet.google.com).
    meeting_platforms: frozenset[str] = frozenset()
    # Local parts of mail servers' own system mailboxes (Exchange's quota warnings).
    system_mailboxes: frozenset[str] = frozenset()
    # Services that send organisations' bulletins from their own domain (govdelivery.com), each
    # with its own sites: its domain and the others its bulletins link to (granicus.com).
    sending_service_sites: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    # Relay platforms (by name) whose notices are a seller's invoice or money request, sent for
    # the seller from its own billing mailbox by design (seller_platforms.txt).
    seller_platforms: frozenset[str] = frozenset()
    # Path segments naming a sign-in or verification page ("/login", "/inloggen":
    # signin_path_words.txt).
    signin_path_words: frozenset[str] = frozenset()
    # Applicant-tracking systems that mail candidates in the employer's name from their own
    # domain ("Salesforce" <salesforce@myworkday.com>, hiring_platforms.txt).
    hiring_platforms: frozenset[str] = frozenset()
    # Relay platforms (by name) whose transfers expire: "your files will be deleted on ..." is
    # their own template (transfer_platforms.txt).
    transfer_platforms: frozenset[str] = frozenset()
    # Free-tenant suffixes whose platform mails only its own templates, each with a marker
    # every such mail carries (firebaseapp.com: the action code "oobcode" of its account mail).
    tenant_templates: tuple[tuple[str, str], ...] = ()
    # Free-tenant suffixes whose platform mails its own notices from each tenant's address,
    # with the brand name that speaks there (atlassian.net: Atlassian's Jira and Confluence).
    tenant_notices: Mapping[str, str] = dataclasses.field(default_factory=dict)
    # How each lure language cancels its phrases (its data file's ``negators``,
    # ``subordinators``, ``nothing`` and ``negators_after``): "will never ask you to ...".
    negation: Mapping[str, Negation] = dataclasses.field(default_factory=dict)

    def relay_platform_of(self, address: str) -> str | None:
        """The platform whose notification sender ``address`` is, if it is one."""
        address = address.strip().lower().rstrip(".")
        local, _, domain = address.rpartition("@")
        # A subaddress (RFC 5233) names the account a platform mails for:
        # receipts+acct_1Ab2@stripe.com is Stripe's receipts@stripe.com.
        unplussed = f"{local.partition('+')[0]}@{domain}"
        for entry, name in self.relay_platforms:
            if "@" in entry:
                if entry in (address, unplussed):
                    return name
            elif domain == entry or domain.endswith("." + entry):
                return name
        return None

    @functools.cached_property
    def customer_site_suffixes(self) -> frozenset[str]:
        """``tenant_suffixes`` and ``tenant_sites`` together: where a host's first label below
        the suffix names a customer (built once; checked for every link of many messages)."""
        return frozenset((*self.tenant_suffixes, *self.tenant_sites))

    @functools.cached_property
    def shared_tenant_suffixes(self) -> frozenset[str]:
        """``tenant_suffixes`` and ``free_tenants`` together: suffixes under which a domain
        (x.onmicrosoft.com) is one tenant of a shared service, no organisation's own."""
        return frozenset((*self.tenant_suffixes, *self.free_tenants))

    @functools.cached_property
    def brand_profile_hosts(self) -> frozenset[str]:
        """``app_stores`` and ``social_networks`` together: where a known brand's own notice
        links for its app and its profiles."""
        return self.app_stores | self.social_networks

    @functools.cached_property
    def sending_services(self) -> frozenset[str]:
        """The domains of the services that send organisations' bulletins (govdelivery.com)."""
        return frozenset(self.sending_service_sites)

    @functools.cached_property
    def brand_by_domain(self) -> dict[str, Brand]:
        # Sorted: a brand's domains are a set, whose order changes from process to process;
        # what is reported as imitated ("itau.com" or "itau.com.br") must not.
        return {d: b for b in self.brands for d in sorted(b.domains)}

    def brand_of_domain(self, registrable: str) -> Brand | None:
        return self.brand_by_domain.get(registrable.lower())


def _data_dir() -> Traversable:
    return resources.files("mailwarden.data")


def _read_lines(name: str) -> list[str]:
    """A list file's entries as written: comments (``#``) and blank lines dropped."""
    path = _data_dir().joinpath("lists", name)
    if not path.is_file():
        return []
    entries = []
    for line in path.read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return entries


def _read_list(name: str) -> list[str]:
    """A list file of hosts, addresses or phrases: its entries in lower case."""
    return [line.lower() for line in _read_lines(name)]


def _load_brands() -> tuple[Brand, ...]:
    data = tomllib.loads(_data_dir().joinpath("brands.toml").read_text("utf-8"))
    brands = []
    for entry in data.get("brand", []):
        try:
            domains = frozenset(d.lower() for d in entry["domains"])
            name = str(entry["name"])
        except (KeyError, TypeError) as exc:
            raise ConfigError(f"brands.toml: brand entry without name/domains: {entry!r}") from exc
        keywords = tuple(k.lower() for k in entry.get("keywords", [name.lower()]))
        lookalike = tuple(
            x.lower() for x in entry.get("lookalike", sorted({d.split(".")[0] for d in domains}))
        )
        surname = bool(entry.get("surname", False))
        context = tuple(str(c).lower() for c in entry.get("context", []))
        sent_by_customers = bool(entry.get("sent_by_customers", False))
        parents = frozenset(d.lower() for d in entry.get("parent_domains", []))
        brands.append(
            Brand(name, domains, keywords, lookalike, surname, context, sent_by_customers, parents)
        )
    return _with_members(brands)


def _with_members(brands: list[Brand]) -> tuple[Brand, ...]:
    """Each federated brand with its members' domains (``brand_members.toml``) among its own."""
    data = tomllib.loads(_data_dir().joinpath("brand_members.toml").read_text("utf-8"))
    by_name = {b.name: i for i, b in enumerate(brands)}
    for name, entry in data.items():
        if name not in by_name:
            raise ConfigError(f"brand_members.toml: no brand named {name!r} in brands.toml")
        members = entry.get("domains", []) if isinstance(entry, dict) else []
        brand = brands[by_name[name]]
        domains = brand.domains | {str(d).lower() for d in members}
        brands[by_name[name]] = dataclasses.replace(brand, domains=domains)
    return tuple(brands)


# Leading mark of a strong lure phrase in data/lures/*.toml.
STRONG_MARK = "!"


def lure_phrase(category: str, language: str, entry: object) -> LurePhrase:
    """One entry of a lure list: lower case, its leading ``!`` (strong) taken off."""
    phrase = str(entry).strip()
    strong = phrase.startswith(STRONG_MARK)
    phrase = phrase.removeprefix(STRONG_MARK).strip().lower()
    return LurePhrase(category, language, phrase, strong)


# "(sign|log) in with your (staff|student) email": each group is one of its words, so that
# one entry stands for every combination (four phrases here). No nesting.
_ALTERNATIVES = re.compile(r"\(([^()]*)\)")
MAX_EXPANSIONS = 512


def expand_alternatives(entry: str) -> list[str]:
    """Every phrase an entry of a lure list stands for: ``(a|b)`` groups written out in each
    combination, in order ("(sign|log) in" is "sign in" and "log in")."""
    match = _ALTERNATIVES.search(entry)
    if match is None:
        return [entry]
    head, tail = entry[: match.start()], entry[match.end() :]
    expanded = [
        f"{head}{choice.strip()}{rest}"
        for choice in match.group(1).split("|")
        for rest in expand_alternatives(tail)
    ]
    if len(expanded) > MAX_EXPANSIONS:
        raise ConfigError(f"lure entry {entry!r} stands for more than {MAX_EXPANSIONS} phrases")
    return expanded


def _load_lures() -> tuple[tuple[LurePhrase, ...], dict[str, Negation]]:
    """Every language's lure phrases, and how it negates them where it says so."""
    phrases: list[LurePhrase] = []
    negation: dict[str, Negation] = {}
    lures_dir = _data_dir().joinpath("lures")
    for item in sorted(lures_dir.iterdir(), key=lambda t: t.name):
        if not item.name.endswith(".toml"):
            continue
        data = tomllib.loads(item.read_text("utf-8"))
        language = str(data.get("language", item.name.removesuffix(".toml")))
        for category, words in data.get("lures", {}).items():
            phrases.extend(
                lure_phrase(category, language, phrase)
                for word in words
                for phrase in expand_alternatives(str(word))
            )
        if "negators" in data:
            negation[language] = Negation(
                never=_words(data, "negators"),
                subordinators=_words(data, "subordinators"),
                nothing=_words(data, "nothing"),
                after=_words(data, "negators_after"),
            )
    return tuple(phrases), negation


def _words(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    """A lure file's top-level word list ``key``, lower case; empty when it has none."""
    return tuple(str(w).strip().lower() for w in data.get(key, ()))


def _read_named(name: str) -> list[tuple[str, str]]:
    """A list file whose lines are ``ENTRY [NAME...]``: the entry in lower case and the name
    ("" when the line has none)."""
    result = []
    for line in _read_lines(name):
        entry, *words = line.split()
        result.append((entry.lower(), " ".join(words)))
    return result


def _load_relay_platforms() -> tuple[tuple[str, str], ...]:
    return tuple((entry, name or entry) for entry, name in _read_named("relay_platforms.txt"))


def _load_tenant_notices() -> dict[str, str]:
    return {suffix: brand for suffix, brand in _read_named("tenant_notices.txt") if brand}


def _load_redirectors() -> tuple[Redirector, ...]:
    result = []
    for line in _read_list("redirectors.txt"):
        fields = line.split()
        if len(fields) != 3:
            raise ConfigError(f"redirectors.txt: expected 'host path-prefix param', got {line!r}")
        result.append(Redirector(*fields))
    return tuple(result)


def _load_sending_services() -> dict[str, frozenset[str]]:
    """Each sending service's domain and its own sites (the domain itself among them)."""
    return {
        domain: frozenset({domain, *sites.split()})
        for domain, sites in _read_named("sending_services.txt")
    }


@functools.cache
def load_knowledge() -> Knowledge:
    file_shares = _read_list("file_shares.txt")
    lures, negation = _load_lures()
    return Knowledge(
        brands=_load_brands(),
        lures=lures,
        negation=negation,
        shorteners=frozenset(_read_list("shorteners.txt")),
        redirectors=_load_redirectors(),
        freemail=DomainSet(_read_list("freemail.txt")),
        hosting=frozenset(_read_list("hosting.txt") + file_shares),
        rewriters=frozenset(_read_list("rewriters.txt")),
        tenant_suffixes=tuple(_read_list("tenant_suffixes.txt")),
        free_tenants=tuple(_read_list("free_tenants.txt")),
        buckets=frozenset(_read_list("buckets.txt")),
        published_pages=tuple(_read_named("published_pages.txt")),
        imitation_suffixes=tuple(_read_list("imitation_suffixes.txt")),
        ordinary_words=frozenset(_read_list("ordinary_words.txt")),
        words_around_brands=frozenset(_read_list("words_around_brands.txt")),
        government_suffixes=frozenset(_read_list("government_suffixes.txt")),
        government_words=frozenset(_read_list("government_words.txt")),
        relay_platforms=_load_relay_platforms(),
        esp_trackers=frozenset(_read_list("esp_trackers.txt")),
        app_stores=frozenset(_read_list("app_stores.txt")),
        social_networks=frozenset(_read_list("social_networks.txt")),
        identity_endpoints=frozenset(_read_list("identity_endpoints.txt")),
        tenant_sites=tuple(_read_list("tenant_sites.txt")),
        device_login_pages=frozenset(_read_list("device_login_pages.txt")),
        meeting_platforms=frozenset(_read_list("meeting_platforms.txt")),
        system_mailboxes=frozenset(_read_list("system_mailboxes.txt")),
        sending_service_sites=_load_sending_services(),
        hiring_platforms=frozenset(_read_list("hiring_platforms.txt")),
        signin_path_words=frozenset(_read_list("signin_path_words.txt")),
        tenant_templates=tuple(
            (f[0], f[1])
            for f in (x.split() for x in _read_list("tenant_templates.txt"))
            if len(f) == 2
        ),
        tenant_notices=_load_tenant_notices(),
        file_shares=frozenset(file_shares),
        seller_platforms=frozenset(_read_lines("seller_platforms.txt")),
        transfer_platforms=frozenset(_read_lines("transfer_platforms.txt")),
    )
