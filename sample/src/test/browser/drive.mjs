// Runs one headless Firefox for the sample's browser conformance tests, through puppeteer-core over WebDriver BiDi,
// which Firefox speaks natively (no geckodriver).
//
//   node drive.mjs <firefox executable> <profile dir> <page url>
//
// Launches Firefox with the given profile, opens the page, and writes one JSON line to stdout:
// {"version": "..."}. Then it reads JSON lines from stdin, {"script": "...", "args": [...]}, and runs each script in
// the page as WebDriver's "execute async script" does: the arguments, then a callback that the script calls with
// its result. Each answer is one JSON line, {"value": ...} or {"error": "..."}. When stdin ends, it closes the
// browser and exits.

import { createInterface } from "node:readline";
import puppeteer from "puppeteer-core";

/** How long one script may take before the call fails: a guard against a hung page, never a timing. */
const SCRIPT_TIMEOUT_MS = 20_000;

const [executablePath, userDataDir, url] = process.argv.slice(2);
if (!executablePath || !userDataDir || !url) {
  process.stderr.write("usage: node drive.mjs <firefox executable> <profile dir> <page url>\n");
  process.exit(2);
}

function answer(message) {
  process.stdout.write(JSON.stringify(message) + "\n");
}

const browser = await puppeteer.launch({
  browser: "firefox",
  executablePath,
  userDataDir,
  headless: true,
  // The caller passes a HOME of its own: Firefox writes there even when given a profile.
  env: process.env,
});

let closing = false;
async function shutDown(code) {
  if (!closing) {
    closing = true;
    await browser.close().catch(() => {});
    process.exit(code);
  }
}

try {
  // A new browser's first tab may be a page where WebSockets are blocked (Firefox's about:home): navigate first.
  const [first] = await browser.pages();
  const page = first ?? (await browser.newPage());
  await page.goto(url);
  answer({ version: await browser.version() });

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === "") {
      continue;
    }
    const { script, args } = JSON.parse(line);
    try {
      const value = await page.evaluate(
        (body, values, timeout) =>
          new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no result within ${timeout} ms`)), timeout);
            const done = (result) => {
              clearTimeout(timer);
              resolve(result);
            };
            new Function(body).apply(null, [...values, done]);
          }),
        script,
        args ?? [],
        SCRIPT_TIMEOUT_MS,
      );
      answer({ value: value ?? null });
    } catch (error) {
      answer({ error: String(error?.message ?? error) });
    }
  }
  await shutDown(0);
} catch (error) {
  process.stderr.write(`drive.mjs: ${error?.stack ?? error}\n`);
  await shutDown(1);
}
