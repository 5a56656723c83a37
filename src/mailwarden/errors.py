"""Mailwarden's exceptions.

    MailwardenError
    ├── ConfigError        the policy/settings TOML is unreadable or inconsistent
    │   └── RegistryMismatch   a detector emits an id the policy does not weigh, or vice versa
    ├── SourceError        a path given to ``scan`` cannot be read as mail (I/O, unknown format)
    └── UsageError         command-line input that makes no sense (exit status 2)

Parsing never raises: broken mail becomes findings. Detector failures are caught by the engine
and become ENGINE_DETECTOR_ERROR findings.
"""


class MailwardenError(Exception):
    """Base of every error Mailwarden raises on purpose."""


class ConfigError(MailwardenError):
    pass


class RegistryMismatch(ConfigError):
    pass


class SourceError(MailwardenError):
    pass


class UsageError(MailwardenError):
    pass
