"""The HTML view without a browser: subgraph selection (filters, focus, node limit),
the page's data and safety, ``api.write_view`` and ``kg view``'s options."""
from __future__ import annotations

import json
import random
import re

import pytest

from kg import api
from kg.cli import main
from kg.graphdata import Edge, Evidence, GraphData, Node, load_graph_data
from kg.render import format_quantity, page_payload, render_html
from kg.subgraph import DEFAULT_MAX_NODES, ViewError, find_entities, select

NS = "https://w3id.org/newskg/id/"
META = NS + "company/meta"


def page_data(page: str) -> dict:
    """The JSON object the page is built from."""
    m = re.search(r"^const KG = (.*);$", page, re.M)
    assert m, "no data in the page"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def seed_data(seed_build):
    from kg.store import open_store

    with open_store(seed_build[0], read_only=True) as st:
        return load_graph_data(st)


def _neighbours(data: GraphData, iri: str) -> set[str]:
    return {e.target for e in data.edges if e.source == iri} | {e.source for e in data.edges if e.target == iri}


def synthetic(n: int, seed: int = 7) -> GraphData:
    """A preferential-attachment graph of ``n`` entities (hubs, like news graphs) plus some isolated ones."""
    rng = random.Random(seed)
    classes = ["Official", "Company", "Platform", "Report", "Statistic"]
    nodes = {f"{NS}x/{i}": Node(f"{NS}x/{i}", f"entity {i}", classes[i % len(classes)]) for i in range(n)}
    iris = list(nodes)
    pool = [iris[0]]
    edges: dict[tuple, Edge] = {}
    for i in range(1, n - n // 10):  # the last tenth stay unconnected
        for _ in range(rng.choice((1, 2))):
            t = rng.choice(pool)
            if t != iris[i] and (iris[i], t) not in edges:
                ev = Evidence("d.txt", f"sentence {i}", 0, 1, rng.choice((0.6, 0.8, 0.95)), "r")
                edges[(iris[i], t)] = Edge(iris[i], t, rng.choice(("sued", "owns", "cites")), [ev])
                pool += [t, iris[i]]
    return GraphData(nodes=nodes, edges=list(edges.values()))


# ---- kg.subgraph -------------------------------------------------------------

def test_no_options_keeps_the_whole_seed_graph(seed_data):
    view = select(seed_data)
    assert len(seed_data.nodes) < DEFAULT_MAX_NODES
    assert view.data.nodes == seed_data.nodes and view.data.edges == seed_data.edges
    assert not view.truncated and not view.notes and not view.filtered
    assert (view.total_nodes, view.total_edges) == (len(seed_data.nodes), len(seed_data.edges))


def test_focus_hops(seed_data):
    assert set(select(seed_data, focus="Meta", hops=0).data.nodes) == {META}
    one = select(seed_data, focus="meta", hops=1)  # case-insensitive
    assert set(one.data.nodes) == {META} | _neighbours(seed_data, META)
    assert one.focus == [META] and "within 1 hop of Meta" in one.notes
    two = select(seed_data, focus="Meta", hops=2)
    ring2 = set().union(*(_neighbours(seed_data, n) for n in one.data.nodes))
    assert set(two.data.nodes) == set(one.data.nodes) | ring2
    # every edge drawn joins two drawn entities, and none between them is missing
    assert two.data.edges == [e for e in seed_data.edges if e.source in two.data.nodes and e.target in two.data.nodes]


def test_focus_by_alias_iri_and_substring(seed_data):
    zuck = NS + "person/mark-zuckerberg"
    assert find_entities(seed_data.nodes, "Zuckerberg") == [zuck]  # an alias
    assert find_entities(seed_data.nodes, zuck) == [zuck]
    assert find_entities(seed_data.nodes, "zucker") == [zuck]  # substring, when nothing matches exactly
    assert find_entities(seed_data.nodes, "Instagram") == [NS + "platform/instagram"]  # exact beats substring
    with pytest.raises(ViewError, match="no entity named"):
        select(seed_data, focus="Nobody At All")


def test_class_and_relation_filters(seed_data):
    view = select(seed_data, classes=["official", "Company"])
    assert {n.cls for n in view.data.nodes.values()} == {"Official", "Company"}
    assert all(view.data.nodes[e.source] and view.data.nodes[e.target] for e in view.data.edges)
    sued = select(seed_data, relations=["sued"])
    assert sued.data.edges and {e.rel for e in sued.data.edges} == {"sued"}
    # entities left without a relation go too: the view shows the facts that pass
    assert set(sued.data.nodes) == {e.source for e in sued.data.edges} | {e.target for e in sued.data.edges}
    assert "relations: sued" in sued.notes and sued.filtered
    with pytest.raises(ViewError, match="unknown class 'Wizard'"):
        select(seed_data, classes=["Wizard"])
    with pytest.raises(ViewError, match="unknown relation"):
        select(seed_data, relations=["likes"])
    with pytest.raises(ViewError, match="left out by the class filter"):
        select(seed_data, focus="Meta", classes=["Official"])


def test_min_confidence(seed_data):
    confs = sorted({e.confidence for e in seed_data.edges})
    assert len(confs) > 1
    cut = confs[len(confs) // 2]
    view = select(seed_data, min_confidence=cut)
    assert view.data.edges == [e for e in seed_data.edges if e.confidence >= cut]
    assert all(n in {e.source for e in view.data.edges} | {e.target for e in view.data.edges} for n in view.data.nodes)
    assert select(seed_data, min_confidence=1.0).data.edges == [e for e in seed_data.edges if e.confidence >= 1.0]
    with pytest.raises(ViewError):
        select(seed_data, min_confidence=1.5)


def test_node_limit_keeps_the_most_connected_part():
    data = synthetic(1000)
    view = select(data, max_nodes=200)
    assert view.truncated and len(view.data.nodes) == 200
    assert any("node limit 200" in note and "of 1000" in note for note in view.notes)
    # the hubs are in, the unconnected entities are out, and what is kept hangs together
    hubs = sorted(view.degree, key=lambda i: -view.degree[i])[:20]
    assert set(hubs) <= set(view.data.nodes)
    assert all(view.degree.get(i, 0) > 0 for i in view.data.nodes)
    reached, todo = {hubs[0]}, [hubs[0]]
    adj: dict[str, set] = {}
    for e in view.data.edges:
        adj.setdefault(e.source, set()).add(e.target)
        adj.setdefault(e.target, set()).add(e.source)
    while todo:
        for n in adj.get(todo.pop(), ()):
            if n not in reached:
                reached.add(n)
                todo.append(n)
    assert reached == set(view.data.nodes)
    # no limit
    assert len(select(data, max_nodes=None).data.nodes) == 1000
    assert not select(data, max_nodes=1000).truncated


def test_node_limit_with_focus_keeps_the_closest():
    data = synthetic(1000)
    hub = max(select(data, max_nodes=None).degree.items(), key=lambda kv: kv[1])[0]
    full = select(data, focus=hub, hops=3, max_nodes=None)
    cut = select(data, focus=hub, hops=3, max_nodes=50)
    assert len(full.data.nodes) > 50 and len(cut.data.nodes) == 50 and cut.truncated
    assert hub in cut.data.nodes
    assert _neighbours(data, hub) & set(cut.data.nodes)  # the first ring before anything further
    first_ring = _neighbours(data, hub)
    if len(first_ring) < 49:
        assert first_ring <= set(cut.data.nodes)
    assert any("closest 50" in note for note in cut.notes)


def test_select_is_deterministic():
    data = synthetic(600)
    a, b = select(data, max_nodes=100), select(data, max_nodes=100)
    assert list(a.data.nodes) == list(b.data.nodes) and a.data.edges == b.data.edges


# ---- kg.render ----------------------------------------------------------------

def test_page_payload_matches_the_graph(seed_data):
    payload = page_payload(select(seed_data))
    assert len(payload["nodes"]) == len(seed_data.nodes) and len(payload["edges"]) == len(seed_data.edges)
    meta = next(n for n in payload["nodes"] if n["id"] == META)
    assert meta["label"] == "Meta" and meta["info"]["class"] == "Company"
    assert meta["degree"] == max(n["degree"] for n in payload["nodes"])  # the hub of the seeds
    assert meta["info"]["sameAs"] == ["http://www.wikidata.org/entity/Q380"]  # no duplicates
    assert {e["relation"] for e in payload["edges"]} == {e.rel for e in seed_data.edges}
    assert all(e["evidence"] and e["evidence"][0]["sentence"] and e["evidence"][0]["doc"] for e in payload["edges"])
    stats = [n for n in payload["nodes"] if n["info"]["class"] == "Statistic"]
    # a statistic's value is on the canvas: in its text, or on a line of its own
    assert stats and all(n["info"]["quantity"] and n["info"]["quantity"].lower() in n["label"].lower() for n in stats)
    spelled = [n for n in stats if n["info"]["name"].startswith("eight ")]  # "eight instances in which ..."
    assert all(n["label"].startswith("8\neight ") for n in spelled)
    assert sum(item["count"] for item in payload["legend"]) == len(seed_data.nodes)


@pytest.mark.parametrize("value,unit,text", [
    (53.0, "percent", "53%"), (146.0, "count", "146"), (32e6, "count", "32 million"),
    (1.5e9, "money", "1.5 billion (money)"), (1234.5, None, "1,234.5"), (None, "count", None),
])
def test_format_quantity(value, unit, text):
    assert format_quantity(value, unit) == text


def test_page_is_self_contained_and_inert():
    evil = "</script><script>window.pwned=1</script><img src=x onerror=alert(1)> /*VIS_JS*/ {{TITLE}} \u2028"
    a, b = NS + "company/a", NS + "company/b"
    data = GraphData(
        nodes={a: Node(a, "Acme " + evil, "Company", aliases=[evil], role=evil, same_as=["javascript:alert(1)"]),
               b: Node(b, "Beta", "Company")},
        edges=[Edge(a, b, "owns", [Evidence("<b>doc</b>.txt", evil, 0, 5, 0.9, "r", evil)])],
    )
    page = render_html(data, title="<i>t</i> /*KG_DATA*/null")
    # one script block for the library, one for the page; the data cannot close or open a tag
    assert page.count("</script>") == 2 and "<img" not in page
    line = re.search(r"^const KG = .*$", page, re.M).group(0)
    assert not set("<>&\u2028") & set(line)
    assert "<title>&lt;i&gt;t&lt;/i&gt; /*KG_DATA*/null</title>" in page
    assert page_data(page)["nodes"][0]["info"]["role"] == evil  # intact as data
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)\s*=", page, re.I)
    assert "default-src 'none'" in page
    assert "innerHTML" not in page.split("<script>")[-1]  # the page's own code never uses it


# ---- api.write_view and kg view ------------------------------------------------

def test_write_view_options(seed_build, tmp_path):
    from kg.store import open_store

    lines: list[str] = []
    with open_store(seed_build[0], read_only=True) as st:
        path = api.write_view(st, tmp_path / "v.html", title="Meta", progress=lines.append,
                              focus="Meta", hops=1, relations=["owns"], max_nodes=3)
    data = page_data(path.read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 3 and {e["relation"] for e in data["edges"]} == {"owns"}
    assert data["meta"]["truncated"] and data["meta"]["focus"] == [META] and data["title"] == "Meta"
    assert lines and lines[0].startswith("3 of ") and "node limit 3" in lines[0]


def test_build_writes_the_whole_seed_view(seed_build, seed_data):
    data = page_data((seed_build[1] / "graph.html").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == len(seed_data.nodes) and len(data["edges"]) == len(seed_data.edges)
    assert not data["meta"]["truncated"] and not data["meta"]["notes"]


def _view(runner, seed_build, out, *args):
    result = runner.invoke(main, ["view", "--store", str(seed_build[0]), "-o", str(out), *args])
    return result, (page_data(out.read_text(encoding="utf-8")) if result.exit_code == 0 else None)


def test_cli_view_focus_and_hops(runner, seed_build, seed_data, tmp_path):
    result, data = _view(runner, seed_build, tmp_path / "g.html", "--focus", "Meta", "--hops", "1")
    assert result.exit_code == 0, result.output
    assert {n["id"] for n in data["nodes"]} == {META} | _neighbours(seed_data, META)
    assert "within 1 hop of Meta" in result.output and "wrote" in result.output


def test_cli_view_filters(runner, seed_build, seed_data, tmp_path):
    result, data = _view(runner, seed_build, tmp_path / "c.html", "--class", "Official", "--class", "company")
    assert result.exit_code == 0, result.output
    assert {n["info"]["class"] for n in data["nodes"]} == {"Official", "Company"}
    result, data = _view(runner, seed_build, tmp_path / "r.html", "--relation", "sued", "--relation", "owns")
    assert result.exit_code == 0, result.output
    assert {e["relation"] for e in data["edges"]} == {"sued", "owns"}
    cut = max(e.confidence for e in seed_data.edges)
    result, data = _view(runner, seed_build, tmp_path / "m.html", "--min-confidence", str(cut))
    assert result.exit_code == 0, result.output
    assert data["edges"] and all(e["confidence"] >= cut for e in data["edges"])
    assert len(data["edges"]) == sum(e.confidence >= cut for e in seed_data.edges)


def test_cli_view_max_nodes(runner, seed_build, seed_data, tmp_path):
    result, data = _view(runner, seed_build, tmp_path / "n.html", "--max-nodes", "5")
    assert result.exit_code == 0, result.output
    assert len(data["nodes"]) == 5 and data["meta"]["truncated"]
    assert META in {n["id"] for n in data["nodes"]}  # the best connected entity first
    assert "node limit 5" in result.output
    result, data = _view(runner, seed_build, tmp_path / "all.html", "--max-nodes", "0")
    assert len(data["nodes"]) == len(seed_data.nodes) and not data["meta"]["truncated"]


def test_cli_view_errors(runner, seed_build, tmp_path):
    result, _ = _view(runner, seed_build, tmp_path / "e.html", "--class", "Wizard")
    assert result.exit_code == 1 and "unknown class 'Wizard'" in result.output and "Traceback" not in result.output
    result, _ = _view(runner, seed_build, tmp_path / "e.html", "--focus", "Nobody At All")
    assert result.exit_code == 1 and "no entity named" in result.output
    result, _ = _view(runner, seed_build, tmp_path / "e.html", "--min-confidence", "2")
    assert result.exit_code == 2
    assert not (tmp_path / "e.html").exists()


def test_cli_view_help_names_the_default_limit(runner):
    result = runner.invoke(main, ["view", "--help"])
    assert result.exit_code == 0 and f"[default: {DEFAULT_MAX_NODES}]" in result.output
    for opt in ("--focus", "--hops", "--min-confidence", "--class", "--relation", "--max-nodes"):
        assert opt in result.output
