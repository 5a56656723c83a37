"""The ``mailwarden`` command line: ``scan`` and ``eval``.

Exit status of ``scan``: 0 every message clean, 1 any message not clean, 2 usage or I/O
errors (an unreadable path is reported and the rest are still scanned). Bad input never
produces a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterable, Iterator

import click
import orjson
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from mailwarden.errors import MailwardenError
from mailwarden.evaluation import Evaluation, FolderStats, render_markdown, upstream_all_pass
from mailwarden.message.sources import Item, iter_messages
from mailwarden.result import ScanResult, Verdict
from mailwarden.runner import EngineOptions, scan_items

VERDICT_STYLE = {"clean": "green", "suspicious": "yellow", "phishing": "bold red"}


def _nameserver(value: str) -> str:
    host, _, port = value.rpartition(":") if value.count(":") == 1 else (value, "", "")
    if port and not port.isdigit():
        raise click.BadParameter(f"{value!r} is not HOST[:PORT]")
    return value


def _common_options(func: Any) -> Any:
    func = click.option(
        "--policy", "policy_file", type=click.Path(dir_okay=False),
        help="A TOML policy merged over the default (weights, thresholds, settings).",
    )(func)
    func = click.option("--offline", is_flag=True, help="No DNS at all (reproducible).")(func)
    func = click.option(
        "--nameserver", "nameservers", multiple=True, metavar="HOST[:PORT]",
        help="Use this DNS server (repeatable).",
    )(func)
    func = click.option(
        "--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
        help="Worker processes.",
    )(func)
    return func


def _options(policy_file: str | None, offline: bool, nameservers: tuple[str, ...]) -> EngineOptions:
    for ns in nameservers:
        _nameserver(ns)
    options = EngineOptions(policy_file, offline, tuple(nameservers))
    try:
        options.build()  # fail early, in this process, on a bad policy
    except MailwardenError as exc:
        raise click.UsageError(str(exc)) from exc
    return options


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
    paths: tuple[str, ...], as_json: bool, explain: bool, policy_file: str | None,
    offline: bool, nameservers: tuple[str, ...], jobs: int,
) -> None:
    """Scan .eml files, directories, mbox files, Maildir folders or - (stdin)."""
    options = _options(policy_file, offline, nameservers)
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


def _print_table(out: Console, results: list[ScanResult]) -> None:
    table = Table(show_lines=False)
    for column in ("source", "verdict", "score", "sender", "subject", "top findings"):
        table.add_column(column, overflow="fold")
    for r in results:
        top = ", ".join([f.id for f in r.findings if f.weight > 0][:3])
        if r.error:
            top = f"error: {r.error}"
        style = VERDICT_STYLE[r.verdict.value]
        table.add_row(
            r.source, f"[{style}]{r.verdict.value}[/]", f"{r.score:.1f}", r.sender,
            r.subject[:60], top,
        )
    out.print(table)


def _print_explain(out: Console, r: ScanResult) -> None:
    style = VERDICT_STYLE[r.verdict.value]
    out.print(f"[bold]{r.source}[/]: [{style}]{r.verdict.value}[/] score {r.score:.1f}, "
              f"action {r.action.value}")
    out.print(f"  from {r.sender or '-'}  subject {r.subject!r}")
    if r.error:
        out.print(f"  [red]error:[/] {r.error}")
    for name, m in r.auth.explain().items():
        detail = f" ({m['detail']})" if m["detail"] else ""
        domain = f" {m['domain']}" if m["domain"] else ""
        out.print(f"  auth {name}={m['result']}{domain} [basis: {m['basis']}]{detail}")
    for f in r.findings:
        out.print(f"  [{f.weight:+.1f}] {f.id}: {f.summary}")
        for key, value in f.evidence.items():
            out.print(f"         {key}: {value}")
    out.print()


@main.command(name="eval")
@click.option("--phish", "phish_dirs", multiple=True, required=True, type=click.Path(exists=True),
              help="Folder of phishing (repeatable).")
@click.option("--ham", "ham_dirs", multiple=True, required=True, type=click.Path(exists=True),
              help="Folder of legitimate mail (repeatable).")
@click.option("--report", "report_file", type=click.Path(dir_okay=False),
              help="Write the report to FILE.md or FILE.json.")
@_common_options
def evaluate(
    phish_dirs: tuple[str, ...], ham_dirs: tuple[str, ...], report_file: str | None,
    policy_file: str | None, offline: bool, nameservers: tuple[str, ...], jobs: int,
) -> None:
    """Detection and false-positive rates per folder and overall."""
    if report_file and not report_file.endswith((".md", ".json")):
        raise click.UsageError("--report must name a .md or .json file")
    options = _options(policy_file, offline, nameservers)
    evaluation = Evaluation()
    in_slice: dict[str, bool] = {}

    def items() -> Iterator[tuple[FolderStats, Item]]:
        for side, dirs in (("phish", phish_dirs), ("ham", ham_dirs)):
            for d in dirs:
                folder = FolderStats(d, side)
                evaluation.folders.append(folder)
                for item in iter_messages([d]):
                    if side == "phish":
                        in_slice[item.label] = upstream_all_pass(item.raw)
                    yield folder, item

    folder_of: dict[str, FolderStats] = {}

    def labelled() -> Iterator[Item]:
        for folder, item in items():
            folder_of[item.label] = folder
            yield item

    for result in _with_progress(scan_items(labelled(), options, jobs), None):
        folder = folder_of.pop(result.source)
        evaluation.add(folder, result, in_slice.pop(result.source, False))
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


def run() -> None:
    """Console entry point: errors we raise on purpose are one line and exit 2."""
    try:
        main(standalone_mode=True)
    except MailwardenError as exc:
        click.echo(f"mailwarden: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
