// Throughput of @argdown/core 2.0.1 (parser, data and model plugins, as in the conformance oracle).
// Usage: node argdown-bench.mjs FILE [RUNS]   Prints "node-model X MB/s ...".
import { readFileSync } from "node:fs";
import { ArgdownApplication, ParserPlugin, DataPlugin, ModelPlugin } from "@argdown/core";

const [file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const input = readFileSync(file, "utf8");
const mb = Buffer.byteLength(input, "utf8") / 1e6;
const app = new ArgdownApplication();
app.addPlugin(new ParserPlugin(), "parse-input");
app.addPlugin(new DataPlugin(), "build-model");
app.addPlugin(new ModelPlugin(), "build-model");
const run = () => app.run({ input, process: ["parse-input", "build-model"], logLevel: "error", logExceptions: false });
for (let i = 0; i < 2; i++) run();
const t0 = process.hrtime.bigint();
let statements = 0;
for (let i = 0; i < runs; i++) statements = Object.keys(run().statements || {}).length;
const seconds = Number(process.hrtime.bigint() - t0) / 1e9 / runs;
console.log(`node-model ${(mb / seconds).toFixed(2)} MB/s (${seconds.toFixed(3)} s per run, ${statements} statements)`);
