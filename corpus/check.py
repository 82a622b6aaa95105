#!/usr/bin/env python3
"""Checks a Cruxmap corpus folder (default: coherence-agency) until the Java Argdown reader lands.

Stdlib only. Reads the Argdown maps, sources.ttl, people.ttl, texts/*.txt and the README's
coverage table, and reports every problem as `file:line:col: message`. Exit 0 when clean,
1 when any error was found, 2 on bad usage.

What it verifies:
- every `quote:` is found verbatim in texts/{source}.txt and in the text as stored once
  (exact repeats of whole paragraphs dropped), and the statement has exactly one source;
- statement counts per type (claims >= 27, cruxes >= 7, evidence >= 10), people >= 11,
  sources >= 15, and at least 14 quoted claims of the seed comment;
- every title used in a relation or a YAML key is defined in exactly one file, and no two
  titles share a slug (they would share an IRI);
- every person id and source id used in YAML exists in people.ttl / sources.ttl;
- every statement has a type and a status; only known YAML keys are used;
- the seed author's non-crux assertion is present;
- sources have a title and a status and well-typed dates; people have a name and a label;
  unidentified people are unverified;
- the README's coverage table maps every research-notes id to something that exists.
"""
import collections
import glob
import os
import re
import sys

STATUS = {"verified", "secondary", "unverified"}
TYPES = {"claim", "crux", "evidence"}
TITLE_KEYS = {"evidenceFor", "evidenceAgainst", "respondsTo", "rephrases"}
SOURCE_DATA_KEYS = {"respondsToSource", "citedSource"}
KNOWN_KEYS = {"type", "status", "source", "quote", "holder", "rejectedBy", "cruxFor"} | TITLE_KEYS | SOURCE_DATA_KEYS
RELATION = re.compile(r"^(\s+)(\+>|->|_>|<\+|<-|<_|><)\s*\[([^\]]+)\]\s*$")
DEFINITION = re.compile(r"^\[([^\]]+)\]:\s*(.*)$")
REFERENCE = re.compile(r"^\[([^\]]+)\]\s*$")
NOTES_ID = re.compile(r"^(C\d\d|CR\d|EV\d+|PE\d+|SR\d+)$")

errors = []


def error(path, line, col, message):
    errors.append(f"{path}:{line}:{col}: {message}")


def slug(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# ---------------------------------------------------------------- a YAML flow-style subset

class YamlError(Exception):
    pass


def parse_flow_yaml(text):
    """Parses a YAML flow mapping `{k: v, ...}` with lists, maps, double-quoted and plain scalars."""
    pos = 0

    def skip():
        nonlocal pos
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1

    def value():
        nonlocal pos
        skip()
        if pos >= len(text):
            raise YamlError("unexpected end of data")
        c = text[pos]
        if c == "{":
            pos += 1
            result = {}
            skip()
            if text[pos] == "}":
                pos += 1
                return result
            while True:
                skip()
                key = scalar(":")
                skip()
                if pos >= len(text) or text[pos] != ":":
                    raise YamlError(f"expected ':' after key {key!r}")
                pos += 1
                if key in result:
                    raise YamlError(f"duplicate key {key!r}")
                result[key] = value()
                skip()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "}":
                    pos += 1
                    return result
                else:
                    raise YamlError(f"expected ',' or '}}' at {text[pos:pos + 20]!r}")
        if c == "[":
            pos += 1
            result = []
            skip()
            if text[pos] == "]":
                pos += 1
                return result
            while True:
                result.append(value())
                skip()
                if text[pos] == ",":
                    pos += 1
                elif text[pos] == "]":
                    pos += 1
                    return result
                else:
                    raise YamlError(f"expected ',' or ']' at {text[pos:pos + 20]!r}")
        return scalar(",]}")

    def scalar(stops):
        nonlocal pos
        skip()
        if text[pos] == '"':
            pos += 1
            out = []
            while True:
                if pos >= len(text):
                    raise YamlError("unterminated string")
                c = text[pos]
                if c == "\\":
                    nxt = text[pos + 1]
                    out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}.get(nxt, nxt))
                    pos += 2
                    continue
                if c == '"':
                    pos += 1
                    return "".join(out)
                out.append(c)
                pos += 1
        if text[pos] == "'":
            raise YamlError("single-quoted strings are not used in this corpus; use double quotes")
        start = pos
        while pos < len(text) and text[pos] not in stops and not (text[pos] == ":" and ":" in stops):
            pos += 1
        raw = text[start:pos].strip()
        if raw in ("true", "false"):
            return raw == "true"
        if ": " in raw or raw.endswith(":") and ":" not in stops:
            raise YamlError(f"plain scalar with a colon: {raw!r}")
        return raw

    result = value()
    skip()
    if pos != len(text):
        raise YamlError(f"trailing text after data: {text[pos:pos + 20]!r}")
    if not isinstance(result, dict):
        raise YamlError("data must be a mapping")
    return result


def as_list(v):
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


# ---------------------------------------------------------------- Argdown (the subset the corpus uses)

Statement = collections.namedtuple("Statement", "title text data file line")


def read_argdown(path):
    """Returns (definitions, references): statements defined here and (title, line, col, how) used here."""
    lines = open(path, encoding="utf-8").read().split("\n")
    defs, refs = [], []
    i, in_comment = 0, False
    while i < len(lines):
        line = lines[i]
        if in_comment:
            in_comment = "-->" not in line
            i += 1
            continue
        if line.lstrip().startswith("<!--"):
            in_comment = "-->" not in line
            i += 1
            continue
        m = DEFINITION.match(line)
        if m:
            start, title = i + 1, m.group(1)
            block = [m.group(2)]
            i += 1
            while i < len(lines) and lines[i].strip() and not RELATION.match(lines[i]):
                block.append(lines[i].strip())
                i += 1
            joined = " ".join(block)
            brace = joined.find("{")
            text, data = joined, {}
            if brace >= 0:
                text = joined[:brace].strip()
                try:
                    data = parse_flow_yaml(joined[brace:])
                except YamlError as e:
                    error(path, start, 1, f"[{title}]: bad YAML data: {e}")
            for bad in "[]<>@*_":
                if bad in text:
                    error(path, start, 1, f"[{title}]: text contains {bad!r}, which Argdown would read as markup")
            defs.append(Statement(title, text, data, path, start))
            while i < len(lines) and RELATION.match(lines[i]):
                r = RELATION.match(lines[i])
                refs.append((r.group(3), i + 1, len(r.group(1)) + 1, f"relation {r.group(2)} from [{title}]"))
                i += 1
            continue
        m = REFERENCE.match(line)
        if m:
            refs.append((m.group(1), i + 1, 1, "reference"))
        elif RELATION.match(line):
            error(path, i + 1, 1, "relation line without a statement above it")
        i += 1
    return defs, refs


# ---------------------------------------------------------------- Turtle (the subset the corpus uses)

TOKEN = re.compile(r'''\s*(?:
    (?P<comment>\#[^\n]*) |
    (?P<string>"(?:[^"\\]|\\.)*") (?:\^\^(?P<dtype>[A-Za-z][\w-]*:[\w-]*) | @(?P<lang>[a-zA-Z-]+))? |
    (?P<iri><[^>]*>) |
    (?P<pname>[A-Za-z][\w-]*:[\w.-]*[\w-]|[A-Za-z][\w-]*:) |
    (?P<punct>[;,.]) |
    (?P<a>a)(?=\s) |
    (?P<prefix>@prefix)
)''', re.X)


def read_turtle(path):
    """Returns {subject: {predicate: [(value, datatype)]}} for the corpus's simple Turtle files."""
    text = open(path, encoding="utf-8").read()
    tokens, pos = [], 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            line = text.count("\n", 0, pos) + 1
            error(path, line, 1, f"cannot read Turtle at {text[pos:pos + 30]!r}")
            return {}
        pos = m.end()
        if m.group("comment"):
            continue
        kind = next(k for k in ("string", "iri", "pname", "punct", "a", "prefix") if m.group(k))
        val = m.group(kind)
        if kind == "string":
            val = re.sub(r'\\(.)', lambda x: {"n": "\n", "t": "\t"}.get(x.group(1), x.group(1)), val[1:-1])
        tokens.append((kind, val, m.group("dtype"), text.count("\n", 0, m.start(kind)) + 1))
    graph, i = collections.defaultdict(lambda: collections.defaultdict(list)), 0
    while i < len(tokens):
        if tokens[i][0] == "prefix":
            i += 4
            continue
        subject = tokens[i][1]
        graph[subject]["line"].append((tokens[i][3], None))
        i += 1
        while i < len(tokens):
            pred = "rdf:type" if tokens[i][0] == "a" else tokens[i][1]
            i += 1
            while True:
                graph[subject][pred].append((tokens[i][1], tokens[i][2]))
                i += 1
                if tokens[i][1] != ",":
                    break
                i += 1
            sep = tokens[i][1]
            i += 1
            if sep == ".":
                break
            if sep != ";":
                error(path, tokens[i - 1][3], 1, f"unexpected token {sep!r} after {subject} {pred}")
                return graph
    return graph


def ids_of(graph, cls, prefix):
    return {s[len(prefix):]: props for s, props in graph.items()
            if s.startswith(prefix) and any(v == cls for v, _ in props.get("rdf:type", []))}


DATE_FORMS = {"xsd:date": r"\d{4}-\d{2}-\d{2}", "xsd:gYearMonth": r"\d{4}-\d{2}", "xsd:gYear": r"\d{4}"}


# ---------------------------------------------------------------- the checks

def stored_once(text):
    """The text as the reader stores it: exact repeats of whole paragraphs (lines) dropped."""
    seen, kept = set(), []
    for para in text.split("\n"):
        if para.strip() and para in seen:
            continue
        seen.add(para)
        kept.append(para)
    return "\n".join(kept)


def main(folder):
    rel = lambda p: os.path.relpath(p, os.path.dirname(folder))
    people = ids_of(read_turtle(os.path.join(folder, "people.ttl")), "cm:Person", "person:")
    sources = ids_of(read_turtle(os.path.join(folder, "sources.ttl")), "cm:Source", "source:")
    texts = {os.path.splitext(os.path.basename(p))[0]: open(p, encoding="utf-8").read()
             for p in glob.glob(os.path.join(folder, "texts", "*.txt"))}

    # sources and people
    for sid, props in sorted(sources.items()):
        where = (rel(os.path.join(folder, "sources.ttl")), props["line"][0][0], 1)
        for need in ("cm:title", "rdfs:label", "cm:status", "cm:sourceKind"):
            if not props.get(need):
                error(*where, f"source {sid} has no {need}")
        if len(props.get("cm:status", [])) > 1:
            error(*where, f"source {sid} has more than one cm:status")
        for value, dtype in props.get("cm:date", []):
            if dtype not in DATE_FORMS or not re.fullmatch(DATE_FORMS[dtype], value):
                error(*where, f"source {sid}: cm:date {value!r}^^{dtype} is not a well-typed xsd:date/gYearMonth/gYear")
        if not props.get("cm:date") and "date" not in " ".join(v for v, _ in props.get("rdfs:comment", [])).lower():
            error(*where, f"source {sid} has no cm:date and its rdfs:comment does not say why")
        for author, _ in props.get("cm:author", []):
            if author[len("person:"):] not in people:
                error(*where, f"source {sid}: author {author} is not in people.ttl")
    for sid in texts:
        if sid not in sources:
            error(rel(os.path.join(folder, "texts", sid + ".txt")), 1, 1, f"text of unknown source {sid}")
    for pid, props in sorted(people.items()):
        where = (rel(os.path.join(folder, "people.ttl")), props["line"][0][0], 1)
        for need in ("cm:name", "rdfs:label"):
            if not props.get(need):
                error(*where, f"person {pid} has no {need}")
        names = " ".join(v for v, _ in props.get("cm:name", []) + props.get("rdfs:label", []))
        if "nidentified" in names and [v for v, _ in props.get("cm:status", [])] != ["cm:unverified"]:
            error(*where, f"person {pid} is unidentified but not cm:unverified")

    # statements
    defs, refs = [], []
    for path in sorted(glob.glob(os.path.join(folder, "*.argdown"))):
        d, r = read_argdown(path)
        defs += d
        refs += [(t, rel(path), line, col, how) for t, line, col, how in r]
    by_title = collections.defaultdict(list)
    for s in defs:
        by_title[s.title].append(s)
    for title, group in by_title.items():
        if len(group) > 1:
            for s in group:
                error(rel(s.file), s.line, 1, f"[{title}] is defined {len(group)} times; define it once, refer to it by title elsewhere")
    by_slug = collections.defaultdict(set)
    for title in by_title:
        by_slug[slug(title)].add(title)
    for sl, titles in by_slug.items():
        if len(titles) > 1:
            error("corpus", 0, 0, f"titles {sorted(titles)} share the slug {sl} and would share an IRI")

    counts = collections.Counter()
    quoted_seed_claims, non_crux = 0, []
    for s in defs:
        where = (rel(s.file), s.line, 1)
        for key in s.data:
            if key not in KNOWN_KEYS:
                error(*where, f"[{s.title}]: unknown YAML key {key!r}")
        kind = s.data.get("type")
        if kind not in TYPES:
            error(*where, f"[{s.title}]: type must be one of {sorted(TYPES)}, not {kind!r}")
        counts[kind] += 1
        if s.data.get("status") not in STATUS:
            error(*where, f"[{s.title}]: status must be one of {sorted(STATUS)}, not {s.data.get('status')!r}")
        if not s.text:
            error(*where, f"[{s.title}]: no text")
        srcs = as_list(s.data.get("source"))
        if not srcs:
            error(*where, f"[{s.title}]: no source")
        for key in ("source",) + tuple(sorted(SOURCE_DATA_KEYS)):
            for sid in as_list(s.data.get(key)):
                if sid not in sources:
                    error(*where, f"[{s.title}]: {key} {sid!r} is not in sources.ttl")
        for key in ("holder", "rejectedBy"):
            for pid in as_list(s.data.get(key)):
                if pid not in people:
                    error(*where, f"[{s.title}]: {key} {pid!r} is not in people.ttl")
        for key in TITLE_KEYS:
            for t in as_list(s.data.get(key)):
                refs.append((t, rel(s.file), s.line, 1, f"{key} of [{s.title}]"))
        for c in as_list(s.data.get("cruxFor")):
            c = c if isinstance(c, dict) else {"statement": c}
            for k in c:
                if k not in ("statement", "agent", "crux", "source"):
                    error(*where, f"[{s.title}]: unknown cruxFor key {k!r}")
            refs.append((c.get("statement"), rel(s.file), s.line, 1, f"cruxFor of [{s.title}]"))
            if "agent" in c and c["agent"] not in people:
                error(*where, f"[{s.title}]: cruxFor agent {c['agent']!r} is not in people.ttl")
            if "source" in c and c["source"] not in sources:
                error(*where, f"[{s.title}]: cruxFor source {c['source']!r} is not in sources.ttl")
            if "crux" in c and not isinstance(c["crux"], bool):
                error(*where, f"[{s.title}]: cruxFor crux must be true or false")
            if c.get("crux") is False:
                non_crux.append((s.title, c))
            if kind != "crux":
                error(*where, f"[{s.title}]: only a crux has cruxFor")
        quotes = as_list(s.data.get("quote"))
        if quotes:
            if len(srcs) != 1:
                error(*where, f"[{s.title}]: a quoted statement needs exactly one source, has {srcs}")
            elif srcs[0] not in texts:
                error(*where, f"[{s.title}]: quote from {srcs[0]}, which has no text under texts/")
            else:
                full, once = texts[srcs[0]], stored_once(texts[srcs[0]])
                for q in quotes:
                    if not isinstance(q, str) or not q:
                        error(*where, f"[{s.title}]: empty quote")
                    elif q not in full:
                        error(*where, f"[{s.title}]: quote not found verbatim in texts/{srcs[0]}.txt: {q!r}")
                    elif q not in once:
                        error(*where, f"[{s.title}]: quote not found in the text as stored once: {q!r}")
            if srcs == ["seed-comment"] and kind == "claim":
                quoted_seed_claims += 1
        elif os.path.basename(s.file) == "seed-comment.argdown" and kind == "claim":
            error(*where, f"[{s.title}]: a claim of the seed comment needs a quote")

    for title, path, line, col, how in refs:
        if not title:
            error(path, line, col, f"{how}: no statement title")
        elif title not in by_title:
            error(path, line, col, f"{how}: [{title}] is not defined in any file")

    if not any(c.get("agent") == "seed-author" and c.get("source") == "seed-comment" for _, c in non_crux):
        error("corpus", 0, 0, "the seed author's non-crux assertion (cruxFor ... crux: false, agent: seed-author, source: seed-comment) is missing")

    minimums = {"claim": 27, "crux": 7, "evidence": 10}
    for kind, least in minimums.items():
        if counts[kind] < least:
            error("corpus", 0, 0, f"{counts[kind]} statements of type {kind}, at least {least} expected")
    if len(people) < 11:
        error("corpus", 0, 0, f"{len(people)} people, at least 11 expected")
    if len(sources) < 15:
        error("corpus", 0, 0, f"{len(sources)} sources, at least 15 expected")
    if quoted_seed_claims < 14:
        error("corpus", 0, 0, f"{quoted_seed_claims} quoted claims of the seed comment, 14 expected")

    coverage = check_coverage(folder, by_title, people, sources)

    print(f"statements: {sum(counts.values())} (claims {counts['claim']}, cruxes {counts['crux']}, evidence {counts['evidence']})")
    print(f"quoted seed claims: {quoted_seed_claims}; non-crux assertions: {len(non_crux)}")
    print(f"people: {len(people)}; sources: {len(sources)}; texts: {len(texts)}")
    print(f"titles referenced: {len({r[0] for r in refs})}; relations and YAML references: {len(refs)}")
    print(f"coverage table: {coverage}")
    for e in errors:
        print(e, file=sys.stderr)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


def check_coverage(folder, by_title, people, sources):
    """Every research-notes id maps to an existing node, once; returns counts per prefix."""
    path = os.path.join(folder, "README.md")
    if not os.path.exists(path):
        error("README.md", 0, 0, "no README.md with a coverage table")
        return {}
    expected = ([f"C{i:02d}" for i in range(1, 28)] + [f"CR{i}" for i in range(1, 8)]
                + [f"EV{i}" for i in range(1, 11)] + [f"PE{i}" for i in range(1, 12)] + [f"SR{i}" for i in range(1, 16)])
    seen = collections.Counter()
    type_of = {"C": "claim", "CR": "crux", "EV": "evidence"}
    for n, line in enumerate(open(path, encoding="utf-8").read().split("\n"), 1):
        cells = [c.strip() for c in line.strip().strip("|").split("|")] if line.startswith("|") else []
        if len(cells) < 3 or not NOTES_ID.match(cells[0]):
            continue
        nid, target = cells[0], cells[2]
        seen[nid] += 1
        prefix = re.match(r"[A-Z]+", nid).group(0)
        where = (os.path.relpath(path, os.path.dirname(folder)), n, 1)
        if prefix in type_of:
            m = re.fullmatch(r"\[(.+)\]", cells[1])
            if not m or m.group(1) not in by_title:
                error(*where, f"{nid}: {cells[1]!r} is not a defined statement title")
                continue
            s = by_title[m.group(1)][0]
            if s.data.get("type") != type_of[prefix]:
                error(*where, f"{nid}: [{s.title}] has type {s.data.get('type')!r}, expected {type_of[prefix]!r}")
            if target != f"`statement/{slug(s.title)}`":
                error(*where, f"{nid}: IRI column should be `statement/{slug(s.title)}`")
        else:
            kind, table = ("person", people) if prefix == "PE" else ("source", sources)
            ids = re.findall(kind + r"/([a-z0-9-]+)", target)
            if not ids or any(i not in table for i in ids):
                error(*where, f"{nid}: {target!r} does not name an existing {kind}")
    for nid in expected:
        if seen[nid] != 1:
            error("README.md", 0, 0, f"coverage table lists {nid} {seen[nid]} times, expected once")
    totals = collections.Counter(re.match(r"[A-Z]+", k).group(0) for k in seen if k in expected)
    return dict(totals, total=sum(totals.values()))


if __name__ == "__main__":
    if len(sys.argv) > 2:
        print("usage: check.py [CORPUS_FOLDER]", file=sys.stderr)
        sys.exit(2)
    here = os.path.dirname(os.path.abspath(__file__))
    sys.exit(main(os.path.abspath(sys.argv[1]) if len(sys.argv) == 2 else os.path.join(here, "coherence-agency")))
