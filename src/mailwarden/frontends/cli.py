"""The ``mailwarden`` command line: ``scan`` and ``eval``.

Exit status of ``scan``: 0 every message clean, 1 any message not clean, 2 usage or I/O
errors (an unreadable path is reported and the rest are still scanned). Bad input never
produces a traceback: usage errors, policy errors and unexpected failures are one line on
stderr (``MAILWARDEN_DEBUG=1`` re-raises the last kind for a traceback).
"""

from __future__ import annotations

import collections
import ipaddress
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import click
import orjson
from rich import box
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from mailwarden.engine import Engine
from mailwarden.errors import MailwardenError
from mailwarden.evaluation import Evaluation, FolderStats, render_markdown, upstream_all_pass
from mailwarden.message.sources import Item, iter_messages
from mailwarden.result import ScanResult, Verdict
from mailwarden.runner import EngineOptions, scan_items
from mailwarden.textmodel import folder_key, held_out

VERDICT_STYLE = {"clean": "green", "suspicious": "yellow", "phishing": "bold red"}


def _nameserver(value: str) -> str:
    """IP[:PORT] or [IPv6]:PORT: the resolver takes addresses, not host names."""
    host, port = value, ""
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        if rest:
            if not rest.startswith(":"):
                raise click.BadParameter(f"{value!r} is not IP[:PORT]", param_hint="--nameserver")
            port = rest[1:]
    elif value.count(":") == 1:
        host, _, port = value.partition(":")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        raise click.BadParameter(
            f"{value!r} is not an IP address (IP[:PORT])", param_hint="--nameserver"
        ) from None
    if port and not (port.isdigit() and 0 < int(port) < 65536):
        raise click.BadParameter(f"{value!r}: bad port {port!r}", param_hint="--nameserver")
    return value


def _check_nameservers(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...]:
    return tuple(_nameserver(v) for v in values)


def _common_options(func: Any) -> Any:
    func = click.option(
        "--policy",
        "policy_file",
        type=click.Path(dir_okay=False),
        help="A TOML policy merged over the default (weights, thresholds, settings).",
    )(func)
    func = click.option("--offline", is_flag=True, help="No DNS at all (reproducible).")(func)
    func = click.option(
        "--nameserver",
        "nameservers",
        multiple=True,
        metavar="IP[:PORT]",
        callback=_check_nameservers,
        help="Use this DNS server (repeatable).",
    )(func)
    func = click.option(
        "--jobs",
        "-j",
        type=click.IntRange(1, 256),
        default=1,
        show_default=True,
        help="Worker processes.",
    )(func)
    return func


def _options(
    policy_file: str | None, offline: bool, nameservers: tuple[str, ...]
) -> tuple[EngineOptions, Engine]:
    """The options worker processes build their engines from, and this process's engine,
    built here to fail early on a bad policy."""
    options = EngineOptions(policy_file, offline, tuple(nameservers))
    try:
        engine = options.build()
    except MailwardenError as exc:
        raise click.UsageError(str(exc)) from exc
    if engine.text_model is None and engine.policy.weights.get("CONTENT_TEXT_MODEL", 0) > 0:
        click.echo(
            "note: no text model is built, so CONTENT_TEXT_MODEL is off "
            "(`make model` builds it; see the README)",
            err=True,
        )
    return options, engine


def _with_progress(results: Iterable[ScanResult], total: int | None) -> Iterator[ScanResult]:
    if not sys.stderr.isatty():
        yield from results
        return
    columns = [TextColumn("scanning"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("scan", total=total)
        for result in results:
            progress.advance(task)
            yield result


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="mailwarden")
def main() -> None:
    """Mailwarden: judge mail on what it says and does, even when SPF, DKIM and DMARC pass."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one object per message.")
@click.option("--explain", is_flag=True, help="Every finding with its evidence.")
@_common_options
def scan(
    paths: tuple[str, ...],
    as_json: bool,
    explain: bool,
    policy_file: str | None,
    offline: bool,
    nameservers: tuple[str, ...],
    jobs: int,
) -> None:
    """Scan .eml files, directories, mbox files, Maildir folders or - (stdin)."""
    options, _ = _options(policy_file, offline, nameservers)
    out = Console(highlight=False, soft_wrap=explain)
    io_errors = 0
    not_clean = 0
    rows: list[ScanResult] = []
    results = _with_progress(scan_items(iter_messages(list(paths)), options, jobs), None)
    for result in results:
        if result.error is not None and result.error.startswith(("cannot read", "no such")):
            io_errors += 1
            click.echo(f"mailwarden: {result.source}: {result.error}", err=True)
        if result.verdict is not Verdict.CLEAN:
            not_clean += 1
        if as_json:
            sys.stdout.buffer.write(orjson.dumps(result.to_dict()) + b"\n")
            sys.stdout.buffer.flush()
        elif explain:
            _print_explain(out, result)
        else:
            rows.append(result)
    if rows:
        _print_table(out, rows)
    if io_errors:
        sys.exit(2)
    sys.exit(1 if not_clean else 0)


def display_source(label: str) -> str:
    """A readable source name for the table: relative to the working directory when the
    message lies below it, else its folder and name."""
    if label == "-" or label.startswith("-:"):
        return label
    try:
        relative = os.path.relpath(label)
    except ValueError:
        relative = label
    if not relative.startswith(".."):
        return relative
    parts = Path(label).parts
    return label if len(parts) <= 3 else os.path.join("\u2026", *parts[-2:])


def _print_table(out: Console, results: list[ScanResult]) -> None:
    tops = [[f.id for f in r.findings if f.weight > 0][:3] for r in results]
    sources = [display_source(r.source) for r in results]
    # Widths are set here: rich's own shrinking squeezes short columns to nothing at 80
    # columns. Finding ids are never split; subject and sender appear only when there is
    # room for them beside a readable source name.
    top_width = min(30, max([12, *(len(i) for top in tops for i in top)]))
    with_subject, with_sender = out.width >= 100, out.width >= 130
    columns = 4 + with_subject + with_sender
    free = max(20, out.width - top_width - 10 - 5 - 3 * (columns - 1))
    longest_source = max([6, *(len(x) for x in sources)])
    if with_subject:
        source_width = min(longest_source, max(16, free * 3 // 5))
    else:
        source_width = free
    sender_width = min(max([6, *(len(r.sender) for r in results)]), free // 4)
    if not with_sender:
        sender_width = 0
    subject_width = max(8, free - source_width - sender_width)
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("source", overflow="fold", width=source_width)
    table.add_column("verdict", no_wrap=True, width=10)
    table.add_column("score", no_wrap=True, justify="right", width=5)
    if with_sender:
        table.add_column("sender", overflow="ellipsis", no_wrap=True, width=sender_width)
    if with_subject:
        table.add_column("subject", overflow="ellipsis", no_wrap=True, width=subject_width)
    table.add_column("top findings", overflow="fold", width=top_width)
    for r, source, top in zip(results, sources, tops, strict=True):
        style = VERDICT_STYLE[r.verdict.value]
        # Text cells, not markup: sender and subject are the attacker's ("[/]" would raise).
        cells = [Text(source), Text(r.verdict.value, style=style), Text(f"{r.score:.1f}")]
        if with_sender:
            cells.append(Text(r.sender))
        if with_subject:
            cells.append(Text(r.subject[:200]))
        cells.append(Text(f"error: {r.error}" if r.error else "\n".join(top)))
        table.add_row(*cells)
    out.print(table)


def _print_explain(out: Console, r: ScanResult) -> None:
    style = VERDICT_STYLE[r.verdict.value]
    out.print(
        f"[bold]{escape(r.source)}[/]: [{style}]{r.verdict.value}[/] score {r.score:.1f}, "
        f"action {r.action.value}"
    )
    out.print(Text(f"  from {r.sender or '-'}  subject {r.subject!r}"))
    if r.error:
        out.print(Text("  error: ", style="red") + Text(r.error))
    for name, m in r.auth.explain().items():
        detail = f" ({m['detail']})" if m["detail"] else ""
        domain = f" {m['domain']}" if m["domain"] else ""
        out.print(Text(f"  auth {name}={m['result']}{domain} [basis: {m['basis']}]{detail}"))
    if not r.findings:
        out.print(Text("  no findings"))
    for f in r.findings:
        out.print(Text(f"  [{f.weight:+.1f}] {f.id}: {f.summary}"))
        for key, value in f.evidence.items():
            out.print(Text(f"         {key}: {value}"))
    out.print()


class _MultiValueCommand(click.Command):
    """Lets ``--phish A B --ham C D`` mean ``--phish A --phish B --ham C --ham D``, so that a
    shell glob (``--ham ../corpora/ham/*``) works as users type it."""

    multi_value = ("--phish", "--ham")

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        rewritten: list[str] = []
        current: str | None = None
        for arg in args:
            if arg in self.multi_value:
                current = arg
                continue
            if arg.startswith("-") and arg != "-":
                current = None
            elif current is not None:
                rewritten.append(current)
            rewritten.append(arg)
        if current is not None and (not rewritten or rewritten[-1] == current):
            rewritten.append(current)  # a flag with no value: let click report it
        return super().parse_args(ctx, rewritten)


@main.command(name="eval", cls=_MultiValueCommand)
@click.option(
    "--phish",
    "phish_dirs",
    multiple=True,
    required=True,
    type=click.Path(exists=True),
    help="Folders of phishing: --phish DIR [DIR...].",
)
@click.option(
    "--ham",
    "ham_dirs",
    multiple=True,
    required=True,
    type=click.Path(exists=True),
    help="Folders of legitimate mail: --ham DIR [DIR...].",
)
@click.option(
    "--report",
    "report_file",
    type=click.Path(dir_okay=False),
    help="Write the report to FILE.md or FILE.json.",
)
@click.option(
    "--results",
    "results_file",
    type=click.Path(dir_okay=False),
    help="Write every message's result to FILE as JSON Lines, with its side and folder "
    "(input for tools/fit_weights.py).",
)
@_common_options
def evaluate(
    phish_dirs: tuple[str, ...],
    ham_dirs: tuple[str, ...],
    report_file: str | None,
    results_file: str | None,
    policy_file: str | None,
    offline: bool,
    nameservers: tuple[str, ...],
    jobs: int,
) -> None:
    """Detection and false-positive rates per folder and overall."""
    if report_file and not report_file.endswith((".md", ".json")):
        raise click.UsageError("--report must name a .md or .json file")
    options, engine = _options(policy_file, offline, nameservers)
    try:
        results_out = open(results_file, "wb") if results_file else None  # noqa: SIM115
    except OSError as exc:
        click.echo(f"mailwarden: cannot write {results_file}: {exc.strerror}", err=True)
        sys.exit(2)
    evaluation = Evaluation()
    model = engine.text_model
    if model is not None:
        evaluation.text_model = model.description
        for d in (*phish_dirs, *ham_dirs):
            part = model.learned_from(d)
            if part:
                evaluation.model_learned[d] = part
    # Results come back in input order, so the folder (and the slice flag) of each message
    # waits in a queue: keyed by label, a file given twice would collide.
    pending: collections.deque[tuple[FolderStats, bool, bool]] = collections.deque()

    def labelled() -> Iterator[Item]:
        for side, dirs in (("phish", phish_dirs), ("ham", ham_dirs)):
            for d in dirs:
                folder = FolderStats(d, side)
                evaluation.folders.append(folder)
                halved = evaluation.model_learned.get(d) == "half"
                for item in iter_messages([d]):
                    in_slice = side == "phish" and upstream_all_pass(item.raw)
                    heldout = halved and held_out(folder_key(d, item.label))
                    pending.append((folder, in_slice, heldout))
                    yield item

    for result in _with_progress(scan_items(labelled(), options, jobs), None):
        folder, in_slice, heldout = pending.popleft()
        evaluation.add(folder, result, in_slice, heldout)
        if results_out is not None:
            line = result.to_dict() | {
                "side": folder.side,
                "folder": folder.name,
                "upstream_all_pass": in_slice,
            }
            results_out.write(orjson.dumps(line) + b"\n")
    if results_out is not None:
        results_out.close()
    evaluation.finish()
    report = evaluation.to_dict()
    markdown = render_markdown(report)
    click.echo(markdown)
    if report_file:
        path = Path(report_file)
        try:
            if report_file.endswith(".json"):
                path.write_bytes(orjson.dumps(report, option=orjson.OPT_INDENT_2))
            else:
                path.write_text(markdown, "utf-8")
        except OSError as exc:
            click.echo(f"mailwarden: cannot write {report_file}: {exc.strerror}", err=True)
            sys.exit(2)


@main.command()
@click.option(
    "--policy",
    "policy_file",
    type=click.Path(dir_okay=False),
    help="A TOML policy merged over the default.",
)
def findings(policy_file: str | None) -> None:
    """Every finding id the detectors can emit, with its group, detector and weight."""
    from mailwarden.detectors import load_all

    _, engine = _options(policy_file, True, ())
    weights = engine.policy.weights
    rows = sorted(
        (finding_id, spec.group, spec.name)
        for spec in load_all().values()
        for finding_id in spec.emits
    )
    width = max(len(r[0]) for r in rows)
    for finding_id, group, name in rows:
        click.echo(f"{finding_id:<{width}}  {weights[finding_id]:>5g}  {group:<9} {name}")


def run() -> None:
    """Console entry point: errors we raise on purpose are one line and exit 2."""
    try:
        main(standalone_mode=True)
    except MailwardenError as exc:
        click.echo(f"mailwarden: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - a bug still gets one line, not a traceback
        if os.environ.get("MAILWARDEN_DEBUG"):
            raise
        click.echo(f"mailwarden: internal error: {type(exc).__name__}: {exc}", err=True)
        click.echo("mailwarden: set MAILWARDEN_DEBUG=1 for the traceback", err=True)
        sys.exit(2)
