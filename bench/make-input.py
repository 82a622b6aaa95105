"""Builds the ~10 MB benchmark input from the error-free conformance files: front matter removed,
and every statement and argument title suffixed per copy so that copies do not merge (a repeated
argument with a premise-conclusion structure would otherwise stop both models).
Usage: python3 make-input.py CONFORMANCE_ARGDOWN_DIR OUT_FILE [BYTES]"""
import json, re, sys, pathlib

src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
target = int(sys.argv[3]) if len(sys.argv) > 3 else 10_000_000
texts = []
for f in sorted(src.glob("*.argdown")):
    expected = json.loads((src / "expected" / (f.stem + ".json")).read_text(encoding="utf-8"))
    if expected["errors"] or f.name == "lexer-argument.argdown":
        continue
    t = f.read_text(encoding="utf-8")
    t = re.sub(r"\A\s*===.*?===[ \t]*\n", "", t, flags=re.S)
    texts.append(t)
parts, size, k = [], 0, 0
while size < target:
    k += 1
    for i, t in enumerate(texts):
        c = re.sub(r"(?<!\\)\[([^\]\n]+)\](?!\()", lambda m: "[" + m.group(1) + " c%df%d]" % (k, i), t)
        c = re.sub(r"(?<![\\!])<([^<>!+_\-\n][^<>\n]*)>", lambda m: "<" + m.group(1) + " c%df%d>" % (k, i), c)
        parts.append(c.rstrip("\n") + "\n\n")
        size += len(parts[-1].encode("utf-8"))
out.write_text("".join(parts), encoding="utf-8")
