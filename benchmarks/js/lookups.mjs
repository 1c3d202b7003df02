// The sample table's generated ES module in Node: its size, raw and gzipped, and fromCode and classify against a
// hand-written array lookup (the limit), over the 1,024-code mix the JMH benchmarks use, with tinybench; then
// whether 10 million lookups allocate: the heap's growth and the garbage collections they cause.
//
//   mvn -q -DskipTests package -pl benchmarks -am && (cd benchmarks/js && npm ci && npm run bench)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { PerformanceObserver } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { Bench } from "tinybench";

const root = fileURLToPath(new URL("../../", import.meta.url));
const modulePath = `${root}sample/target/classes/META-INF/resources/closecodes/dev/closecodes/sample/ChatCloseCodes.js`;
const declarationsPath = modulePath.replace(/\.js$/, ".d.ts");
const codes = JSON.parse(execFileSync("java", ["-cp", `${root}benchmarks/target/benchmarks.jar`,
  "dev.closecodes.benchmarks.WorkloadCodes"], { encoding: "utf8" }));
const { CODES, RANGES, classify, fromCode } = await import(pathToFileURL(modulePath).href);

// ------------------------------------------------------------------------------------------------- size
for (const [name, path] of [["ChatCloseCodes.js", modulePath], ["ChatCloseCodes.d.ts", declarationsPath]]) {
  const bytes = readFileSync(path);
  console.log(`${name}: ${bytes.length} bytes, ${gzipSync(bytes, { level: 9 }).length} gzipped (level 9), `
    + `${gzipSync(bytes).length} gzipped (level 6)`);
}

// --------------------------------------------------------------------------------------------- the limit
// What a careful hand-written lookup does: one array over every code up to the last, read after a bounds check.
const OUT_OF_RANGE = RANGES[RANGES.length - 1];
const limit = Math.max(...RANGES.slice(0, -1).map((range) => range.to)) + 1;
const byCode = Array.from({ length: CODES[CODES.length - 1].code + 1 }, () => undefined);
for (const code of CODES) {
  byCode[code.code] = code;
}
const innermost = Array.from({ length: limit }, (_, code) => classify(code));
const handFromCode = (code) => (code >= 0 && code < byCode.length ? byCode[code] : undefined);
const handClassify = (code) => (code >= 0 && code < innermost.length ? innermost[code] : OUT_OF_RANGE);

const input = Int32Array.from(codes);
let sink = 0;
// One function literal per task, so that each call site sees one function only.
const tasks = {
  fromCode() {
    let found = 0;
    for (let i = 0; i < input.length; i++) {
      if (fromCode(input[i]) !== undefined) {
        found++;
      }
    }
    sink += found;
  },
  "limit: array lookup (code)"() {
    let found = 0;
    for (let i = 0; i < input.length; i++) {
      if (handFromCode(input[i]) !== undefined) {
        found++;
      }
    }
    sink += found;
  },
  classify() {
    let sum = 0;
    for (let i = 0; i < input.length; i++) {
      sum += classify(input[i]).from;
    }
    sink += sum;
  },
  "limit: array lookup (range)"() {
    let sum = 0;
    for (let i = 0; i < input.length; i++) {
      sum += handClassify(input[i]).from;
    }
    sink += sum;
  },
};

const bench = new Bench({ time: 2000, warmupTime: 500 });
for (const [name, task] of Object.entries(tasks)) {
  bench.add(name, task);
}
await bench.run();

const median = (name) => bench.getTask(name).result.latency.p50 * 1e6 / input.length;
console.log(`\nmedian ns per lookup, over ${input.length} codes a call (Node ${process.version}):`);
for (const [ours, theirs] of [["fromCode", "limit: array lookup (code)"], ["classify", "limit: array lookup (range)"]]) {
  console.log(`  ${ours.padEnd(10)} ${median(ours).toFixed(2)} ns   limit ${median(theirs).toFixed(2)} ns   `
    + `ratio ${(median(ours) / median(theirs)).toFixed(2)}`);
}

// ----------------------------------------------------------------------------------------- allocation
let collections = 0;
const observer = new PerformanceObserver((list) => {
  collections += list.getEntries().length;
});
for (const [name, run] of Object.entries(tasks)) {
  run();
  globalThis.gc?.();
  await new Promise((resolve) => setTimeout(resolve, 10));
  collections = 0;
  observer.observe({ entryTypes: ["gc"] });
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 10_000_000 / input.length; i++) {
    run();
  }
  const grown = process.memoryUsage().heapUsed - before;
  await new Promise((resolve) => setTimeout(resolve, 10));
  observer.disconnect();
  console.log(`${name.padEnd(27)}: 10 million lookups grew the heap by ${grown} bytes and caused ${collections} garbage `
    + "collections");
}
if (sink === 42) {
  console.log("");
}
