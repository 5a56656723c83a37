"""The policy and settings TOML, turned into frozen dataclasses.

One file holds every weight, threshold and action plus the settings ([auth], [limits], [dns],
[text_model]).
The shipped ``policy/default.toml`` is always loaded first; a user's ``--policy FILE`` is merged
over it key by key, so a user file may change one weight and leave the rest alone.
"""

from __future__ import annotations

import ipaddress
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from mailwarden.errors import ConfigError
from mailwarden.result import Action, Verdict


@dataclass(frozen=True)
class Limits:
    max_message_bytes: int = 25 * 1024 * 1024
    max_header_bytes: int = 1024 * 1024
    max_depth: int = 20
    max_parts: int = 500
    max_part_bytes: int = 10 * 1024 * 1024
    max_decoded_bytes: int = 50 * 1024 * 1024
    max_text_chars: int = 2_000_000
    max_links: int = 500
    max_attachment_scan_bytes: int = 5 * 1024 * 1024
    max_image_pixels: int = 20_000_000
    deadline_seconds: float = 2.0


@dataclass(frozen=True)
class AuthSettings:
    # How many of the top Received hops were written by our own servers; the hop below them
    # is the first one from outside. ``boundary_hosts`` (glob patterns) takes precedence, and
    # ``boundary_networks`` (our servers' address ranges, CIDR) over both.
    boundary_hops: int = 1
    boundary_hosts: tuple[str, ...] = ()
    boundary_networks: tuple[str, ...] = ()
    trusted_authserv_ids: tuple[str, ...] = ()
    # Microsoft 365 writes Authentication-Results with no authserv-id; trust that form only
    # when the mailbox is in Microsoft 365 and the header sits inside the boundary.
    trust_microsoft_365: bool = False


@dataclass(frozen=True)
class DnsSettings:
    timeout: float = 3.0
    lifetime: float = 5.0
    nameservers: tuple[str, ...] = ()
    offline: bool = False


@dataclass(frozen=True)
class TextModelSettings:
    # The weights file written by tools/train_text_model.py; "" is the one `make model` builds
    # inside the package (data/text_model.json). When that is missing the model is off.
    path: str = ""
    # CONTENT_TEXT_MODEL fires at or above this probability.
    min_probability: float = 0.95


@dataclass(frozen=True)
class Policy:
    weights: Mapping[str, float]
    suspicious_threshold: float
    phishing_threshold: float
    actions: Mapping[Verdict, Action]
    limits: Limits = field(default_factory=Limits)
    auth: AuthSettings = field(default_factory=AuthSettings)
    dns: DnsSettings = field(default_factory=DnsSettings)
    text_model: TextModelSettings = field(default_factory=TextModelSettings)


def _deep_merge(base: dict[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"cannot read policy file {path}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"policy file {path} is not valid TOML: {exc}") from exc


def default_policy_data() -> dict[str, Any]:
    text = resources.files("mailwarden.policy").joinpath("default.toml").read_text("utf-8")
    return tomllib.loads(text)


def _section(data: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, Mapping):
        raise ConfigError(f"[{name}] must be a table")
    return value


def _build_dataclass(cls: type[Any], data: Mapping[str, Any], section: str) -> Any:
    known = set(cls.__dataclass_fields__)
    unknown = set(data) - known
    if unknown:
        raise ConfigError(f"unknown setting(s) in [{section}]: {', '.join(sorted(unknown))}")
    values: dict[str, Any] = {}
    for key, value in data.items():
        default = getattr(cls(), key)
        if isinstance(default, tuple):
            if not isinstance(value, list):
                raise ConfigError(f"[{section}] {key} must be a list")
            value = tuple(str(v) for v in value)
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                raise ConfigError(f"[{section}] {key} must be true or false")
        elif isinstance(default, (int, float)):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ConfigError(f"[{section}] {key} must be a number")
            value = type(default)(value)
        values[key] = value
    return cls(**values)


def _checked_auth(auth: AuthSettings) -> AuthSettings:
    for network in auth.boundary_networks:
        try:
            ipaddress.ip_network(network, strict=False)
        except ValueError as exc:
            raise ConfigError(f"[auth] boundary_networks: {network!r} is not a network") from exc
    return auth


def _checked_text_model(settings: TextModelSettings) -> TextModelSettings:
    if not 0.0 < settings.min_probability < 1.0:
        raise ConfigError("[text_model] min_probability must lie between 0 and 1")
    return settings


def policy_from_data(data: Mapping[str, Any]) -> Policy:
    weights_raw = _section(data, "weights")
    weights: dict[str, float] = {}
    for key, value in weights_raw.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ConfigError(f"[weights] {key} must be a number")
        weights[key] = float(value)
    thresholds = _section(data, "thresholds")
    try:
        suspicious = float(thresholds["suspicious"])
        phishing = float(thresholds["phishing"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError("[thresholds] needs numeric 'suspicious' and 'phishing'") from exc
    if phishing < suspicious:
        raise ConfigError("[thresholds] phishing must not be below suspicious")
    actions: dict[Verdict, Action] = {}
    for verdict in Verdict:
        word = _section(data, "actions").get(verdict.value)
        try:
            actions[verdict] = Action(str(word))
        except ValueError as exc:
            choices = "|".join(a.value for a in Action)
            raise ConfigError(f"[actions] {verdict.value} must be one of {choices}") from exc
    return Policy(
        weights=weights,
        suspicious_threshold=suspicious,
        phishing_threshold=phishing,
        actions=actions,
        limits=_build_dataclass(Limits, _section(data, "limits"), "limits"),
        auth=_checked_auth(_build_dataclass(AuthSettings, _section(data, "auth"), "auth")),
        dns=_build_dataclass(DnsSettings, _section(data, "dns"), "dns"),
        text_model=_checked_text_model(
            _build_dataclass(TextModelSettings, _section(data, "text_model"), "text_model")
        ),
    )


def load_policy(override: Path | None = None, extra: Mapping[str, Any] | None = None) -> Policy:
    """The shipped default, with ``override`` (a TOML file) and then ``extra`` merged over it."""
    data = default_policy_data()
    if override is not None:
        data = _deep_merge(data, _read_toml(override))
    if extra:
        data = _deep_merge(data, extra)
    return policy_from_data(data)
