// node --test agreement.test.mjs, with CLOSECODES_CASES naming a JSON file that lists the cases, each a generated
// module, the name of its {P}CloseCode export, and what the Java types of the same table answered.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { differences, exportsOf } from "./check-module.mjs";

const cases = JSON.parse(readFileSync(process.env.CLOSECODES_CASES, "utf8"));

for (const { module, codeObject, expected } of cases) {
  test(`${module} says what the Java types say`, async () => {
    const exports = exportsOf(await import(pathToFileURL(module).href), codeObject);
    const answers = JSON.parse(readFileSync(expected, "utf8"));
    assert.deepEqual(differences(exports, answers), []);
  });
}
