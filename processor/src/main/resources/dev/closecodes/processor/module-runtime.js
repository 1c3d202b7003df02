
// The rest is the same in every module.

// Java's Character.isWhitespace, which fromName strips from either end of a name.
const SPACE = "[\\t-\\r\\x1C-\\x1F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]+";
const SURROUNDING_SPACE = new RegExp(`^${SPACE}|${SPACE}$`, "g");

// Old ISO 639 codes that Java's Locale replaces.
const OLD_LANGUAGES = new Map([["iw", "he"], ["ji", "yi"], ["in", "id"]]);

// A tag's lower-case subtags as Java's Locale.forLanguageTag reads them: up to the first ill-formed one, an
// extended language in place of the language, "" first for no language.
function subtags(tag) {
  const parts = tag.split("-");
  if (!/^[A-Za-z]{2,8}$/.test(parts[0])) {
    return [""];
  }
  let language = parts[0].toLowerCase();
  let i = 1;
  if (language.length <= 3) {
    for (let n = 0; n < 3 && i < parts.length && /^[A-Za-z]{3}$/.test(parts[i]); n++, i++) {
      if (n === 0) {
        language = parts[i].toLowerCase();
      }
    }
  }
  language = OLD_LANGUAGES.get(language) ?? language;
  const out = [language === "und" ? "" : language];
  if (i < parts.length && /^[A-Za-z]{4}$/.test(parts[i])) {
    out.push(parts[i++].toLowerCase());
  }
  if (i < parts.length && /^(?:[A-Za-z]{2}|[0-9]{3})$/.test(parts[i])) {
    out.push(parts[i++].toLowerCase());
  }
  while (i < parts.length && /^(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3})$/.test(parts[i])) {
    out.push(parts[i++].toLowerCase());
  }
  while (i < parts.length && /^[A-Za-z0-9]$/.test(parts[i])) {
    const privateUse = parts[i].toLowerCase() === "x";
    const subtag = privateUse ? /^[A-Za-z0-9]{1,8}$/ : /^[A-Za-z0-9]{2,8}$/;
    let end = i + 1;
    while (end < parts.length && subtag.test(parts[end])) {
      end++;
    }
    if (end === i + 1) {
      break;
    }
    for (; i < end; i++) {
      out.push(parts[i].toLowerCase());
    }
    if (privateUse) {
      break;
    }
  }
  return out;
}

// The text for `locale` as Java's LocalizedText.in(Locale) picks it: exact tag, shorter tags, same language
// (not for English), English. `texts[i + 1]` is in language `tags[i]`, or null.
function localized(tags, texts, locale) {
  if (locale === undefined) {
    return texts[0];
  }
  if (typeof locale !== "string") {
    throw new TypeError(`locale must be a BCP 47 language tag such as "pt-BR", or undefined, not ${typeof locale}`);
  }
  const wanted = subtags(locale);
  const language = wanted[0];
  // Java writes a tag without language as "und".
  const tried = language === "" ? ["und", ...wanted.slice(1)] : wanted;
  for (let end = tried.length; end > 0; end--) {
    const i = tags.indexOf(tried.slice(0, end).join("-"));
    if (i >= 0 && texts[i + 1] !== null) {
      return texts[i + 1];
    }
  }
  if (language !== "" && language !== "en") {
    for (let i = 0; i < tags.length; i++) {
      if (texts[i + 1] !== null && tags[i].split("-")[0] === language) {
        return texts[i + 1];
      }
    }
  }
  return texts[0];
}

// A TypeError naming `what` if `value` is not of `type`.
function check(what, type, value) {
  if (typeof value !== type) {
    throw new TypeError(`${what} takes a ${type}, not ${value === null ? "null" : typeof value}`);
  }
}

function rangeInfo([name, from, to, sendable, reconnect, tags, titles, descriptions], outside) {
  const range = {
    name,
    from,
    to,
    sendable,
    reconnect,
    title(locale) {
      return localized(tags, titles, locale);
    },
    description(locale) {
      return localized(tags, descriptions, locale);
    },
    contains(code) {
      check("contains", "number", code);
      return outside ? classify(code) === range : from <= code && code <= to && Number.isInteger(code);
    },
  };
  return Object.freeze(range);
}

/** Every range, frozen, in the Java enum's order: enclosing ranges first, `OUT_OF_RANGE` last. */
export const RANGES = Object.freeze(RANGE_ROWS.map((row, i) => rangeInfo(row, i === RANGE_ROWS.length - 1)));

const OUT_OF_RANGE = RANGES[RANGES.length - 1];

// Each code's innermost range, and 1 if it may be sent.
const INNERMOST = Array.from({ length: LIMIT }, () => OUT_OF_RANGE);
const SENDABLE = new Uint8Array(LIMIT);
// Enclosing ranges come first; inner ones overwrite them.
for (const range of RANGES) {
  if (range !== OUT_OF_RANGE) {
    INNERMOST.fill(range, range.from, range.to + 1);
    SENDABLE.fill(range.sendable ? 1 : 0, range.from, range.to + 1);
  }
}

function codeInfo([code, name, sendable, reconnect, aliases, tags, titles, descriptions]) {
  return Object.freeze({
    code,
    name,
    sendable,
    reconnect,
    aliases: Object.freeze(aliases),
    range: classify(code),
    title(locale) {
      return localized(tags, titles, locale);
    },
    description(locale) {
      return localized(tags, descriptions, locale);
    },
  });
}

/** Every code, frozen, in ascending order as the Java enum's `values()`. */
export const CODES = Object.freeze(CODE_ROWS.map(codeInfo));

// Each code at `code - FIRST_CODE`, and under its name, title and aliases in lower case.
const LAST_CODE = CODES.length > 0 ? CODES[CODES.length - 1].code : FIRST_CODE - 1;
const BY_CODE = Array.from({ length: LAST_CODE - FIRST_CODE + 1 }, () => undefined);
const BY_NAME = new Map();
for (const code of CODES) {
  // A declared code's own flag wins over its range's.
  SENDABLE[code.code] = code.sendable ? 1 : 0;
  BY_CODE[code.code - FIRST_CODE] = code;
  BY_NAME.set(code.name.toLowerCase(), code);
  BY_NAME.set(code.title().toLowerCase(), code);
  for (const alias of code.aliases) {
    BY_NAME.set(alias.toLowerCase(), code);
  }
}

/** Returns the code `code` without allocating, or `undefined`; a TypeError for what is not a number. */
export function fromCode(code) {
  check("fromCode", "number", code);
  const index = code - FIRST_CODE;
  return index >= 0 && index < BY_CODE.length ? BY_CODE[index] : undefined;
}

/** Returns the code with this name, title or alias in any case, as Java's `fromName`, or `undefined`. */
export function fromName(name) {
  check("fromName", "string", name);
  return BY_NAME.get(name.replace(SURROUNDING_SPACE, "").toLowerCase());
}

/** Returns the innermost range of `code` without allocating: `OUT_OF_RANGE` for no range, NaN or a fraction. */
export function classify(code) {
  check("classify", "number", code);
  return code >= 0 && code < LIMIT && Number.isInteger(code) ? INNERMOST[code] : OUT_OF_RANGE;
}

/** Tells whether `code` may be put in a close frame: a declared code's own `sendable`, else its range's. */
export function isSendable(code) {
  check("isSendable", "number", code);
  return code >= 0 && code < LIMIT && SENDABLE[code] === 1;
}

/** Tells whether a browser's `WebSocket.close(code)` accepts `code`: 1000 and 3000–4999. */
export function isAllowedByCloseMethod(code) {
  check("isAllowedByCloseMethod", "number", code);
  return code === 1000 || (code >= 3000 && code <= 4999 && Number.isInteger(code));
}

/** Returns the advice after a `CloseEvent`: "BACKOFF" if unclean, else its code's, else its range's. */
export function reconnect(event) {
  if (!event.wasClean) {
    return "BACKOFF";
  }
  const known = fromCode(event.code);
  return known !== undefined ? known.reconnect : classify(event.code).reconnect;
}
