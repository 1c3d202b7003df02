// Compares what a generated module answers with what the Java types of the same table answered, as exported by
// the processor's tests (JavaAnswers): the same codes and ranges in the same order, the same texts in every
// locale, and the same fromCode, fromName, classify, isSendable, isAllowedByCloseMethod and reconnect for every
// probe. Returns the differences, each one line; none when the module says what Java says.

const MAX_DIFFERENCES = 20;

/** What `value` is, written so that every UTF-16 unit shows. */
function shown(value) {
  return typeof value === "string"
    ? `"${[...value].map((c) => (c >= " " && c <= "~" ? c : escape(c))).join("")}"`
    : JSON.stringify(value);
}

function escape(text) {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    out += `\\u${text.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0")}`;
  }
  return out;
}

export function differences(module, expected) {
  const found = [];
  const same = (what, actual, wanted) => {
    if (found.length < MAX_DIFFERENCES && actual !== wanted) {
      found.push(`${what}: the module says ${shown(actual)}, Java says ${shown(wanted)}`);
    }
  };
  const texts = (what, info, titles, descriptions) => {
    for (const [locale, text] of Object.entries(titles)) {
      same(`${what}.title(${locale})`, locale === "" ? info.title() : info.title(locale), text);
    }
    for (const [locale, text] of Object.entries(descriptions)) {
      same(`${what}.description(${locale})`, locale === "" ? info.description() : info.description(locale), text);
    }
  };

  same("CODES.length", module.CODES.length, expected.codes.length);
  expected.codes.forEach((wanted, i) => {
    const info = module.CODES[i] ?? {};
    const what = `CODES[${i}]`;
    same(`${what}.code`, info.code, wanted.code);
    same(`${what}.name`, info.name, wanted.name);
    same(`${what}.sendable`, info.sendable, wanted.sendable);
    same(`${what}.reconnect`, info.reconnect, wanted.reconnect);
    same(`${what}.range.name`, info.range?.name, wanted.range);
    same(`${what}.aliases`, JSON.stringify(info.aliases), JSON.stringify(wanted.aliases));
    same(`${what} is frozen`, Object.isFrozen(info) && Object.isFrozen(info.aliases), true);
    same(`${module.codeObjectName}.${wanted.name}`, module.codeObject[wanted.name], wanted.code);
    same(`own ${module.codeObjectName}.${wanted.name}`, Object.hasOwn(module.codeObject, wanted.name), true);
    if (info.title) {
      texts(what, info, wanted.titles, wanted.descriptions);
    }
  });
  same(`${module.codeObjectName} keys`, JSON.stringify(Object.keys(module.codeObject)),
    JSON.stringify(expected.codes.map((code) => code.name)));
  same(`${module.codeObjectName} is frozen`, Object.isFrozen(module.codeObject), true);

  same("RANGES.length", module.RANGES.length, expected.ranges.length);
  expected.ranges.forEach((wanted, i) => {
    const range = module.RANGES[i] ?? {};
    const what = `RANGES[${i}]`;
    for (const key of ["name", "from", "to", "sendable", "reconnect"]) {
      same(`${what}.${key}`, range[key], wanted[key]);
    }
    same(`${what} is frozen`, Object.isFrozen(range), true);
    if (range.title) {
      texts(what, range, wanted.titles, wanted.descriptions);
      for (const [code, holds] of wanted.contains) {
        same(`${what}.contains(${code})`, range.contains(code), holds);
      }
    }
  });

  const probes = expected.probes;
  for (let i = 0; i < probes.length && found.length < MAX_DIFFERENCES; i++) {
    const code = probes[i];
    same(`fromCode(${code})`, module.fromCode(code)?.name ?? null, expected.fromCode[i]);
    same(`classify(${code})`, module.classify(code).name, expected.classify[i]);
    same(`isSendable(${code})`, module.isSendable(code), expected.isSendable[i]);
    same(`isAllowedByCloseMethod(${code})`, module.isAllowedByCloseMethod(code), expected.isAllowedByCloseMethod[i]);
    if (expected.reconnectClean[i] !== null) {
      same(`reconnect({code: ${code}, wasClean: true})`, module.reconnect({ code, wasClean: true }),
        expected.reconnectClean[i]);
      same(`reconnect({code: ${code}, wasClean: false})`, module.reconnect({ code, wasClean: false }),
        expected.reconnectUnclean[i]);
    }
  }
  for (const [spelling, name] of expected.names) {
    same(`fromName(${shown(spelling)})`, module.fromName(spelling)?.name ?? null, name);
  }
  return found;
}

/** The generated module's exports, with its `{P}CloseCode` object under a fixed name. */
export function exportsOf(module, codeObjectName) {
  return { ...module, codeObject: module[codeObjectName], codeObjectName };
}
