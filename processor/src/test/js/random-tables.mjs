// Checks random tables' modules against their Java types, for as long as the processor's RandomTablesTest feeds
// it: one JSON line in ({module, codeObject, expected}, the module's path, its {P}CloseCode export's name and the
// Java types' answers), one line out ("ok", or the differences as JSON). One process serves a whole test run.
import { createInterface } from "node:readline";
import { pathToFileURL } from "node:url";
import { differences, exportsOf } from "./check-module.mjs";

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  let answer;
  try {
    const { module, codeObject, expected } = JSON.parse(line);
    const found = differences(exportsOf(await import(pathToFileURL(module).href), codeObject), expected);
    answer = found.length === 0 ? "ok" : JSON.stringify(found);
  } catch (e) {
    answer = JSON.stringify([`the module failed: ${e.stack ?? e}`]);
  }
  process.stdout.write(`${answer}\n`);
}
