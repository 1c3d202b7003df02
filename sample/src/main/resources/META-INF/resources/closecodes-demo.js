// The demo page's script: every text that comes from the table is put in the page with textContent.
import {
  classify,
  fromCode,
  isAllowedByCloseMethod,
  isSendable,
  reconnect,
} from "/closecodes/dev/closecodes/sample/ChatCloseCodes.js";

/** The closes the server can be asked for: the same cases as the command line's demo. */
const CASES = [
  { id: "normal-close", label: "normal close", code: 1000, reason: "bye" },
  { id: "token-expired", label: "token expired", code: 4001, reason: "token expired" },
  { id: "rate-limited", label: "rate limited", code: 4100, reason: "slow down" },
  { id: "room-full", label: "room full", code: 4201, reason: "room full" },
  { id: "room-moved", label: "room moved", code: 4203, reason: "room moved" },
  { id: "unauthorized", label: "unauthorized", code: 3000, reason: "token refused" },
  { id: "undeclared", label: "undeclared 4xxx code", code: 4500, reason: "feature disabled" },
  { id: "going-away", label: "server going away", code: 1001, reason: "shutting down" },
  { id: "internal-error", label: "internal error", code: 1011, reason: "unexpected condition" },
  { id: "service-restart", label: "service restart", code: 1012, reason: "restarting" },
  { id: "empty-body", label: "empty close body", path: "/close/empty" },
  { id: "longest-reason", label: "123-byte reason", code: 4202,
    reason: "Sala fechada pelo dono · Salon fermé par le propriétaire · 聊天室已被所有者关闭 · Room closed by owner! 👋" },
  { id: "dropped", label: "dropped connection", path: "/drop" },
];
const MAX_ATTEMPTS = 5;

/** The reader's language: ?lang=… if given, else the browser's. */
const language = new URLSearchParams(location.search).get("lang") ?? navigator.language;

function webSocketUrl(path) {
  return (location.protocol === "https:" ? "wss://" : "ws://") + location.host + path;
}

function text(id, value) {
  document.getElementById(id).textContent = value;
}

function yesNo(value) {
  return value ? "yes" : "no";
}

/** What the module says about a close, in the reader's language. */
function reading(event) {
  const known = fromCode(event.code);
  const range = classify(event.code);
  return {
    name: known ? `${known.code} ${known.name}` : `${event.code} (no code of the table)`,
    title: (known ?? range).title(language),
    description: (known ?? range).description(language),
    range: `${range.name}: ${range.title(language)}`,
    sendable: yesNo(isSendable(event.code)),
    allowed: yesNo(isAllowedByCloseMethod(event.code)),
    advice: reconnect(event),
  };
}

function closeEventOf(path) {
  return new Promise((resolve) => {
    const socket = new WebSocket(webSocketUrl(path));
    socket.onclose = resolve;
  });
}

async function runCase(demo, button) {
  const result = document.getElementById("result");
  result.dataset.state = "running";
  result.dataset.case = demo.id;
  for (const other of document.querySelectorAll(".cases button")) {
    other.setAttribute("aria-pressed", String(other === button));
  }
  const event = await closeEventOf(demo.path
    ?? `/close/${demo.code}?reason=${encodeURIComponent(demo.reason)}`);
  text("event-code", String(event.code));
  text("event-reason", JSON.stringify(event.reason));
  text("event-clean", String(event.wasClean));
  const said = reading(event);
  text("module-name", said.name);
  text("module-title", said.title);
  text("module-description", said.description);
  text("module-range", said.range);
  text("module-sendable", said.sendable);
  text("module-allowed", said.allowed);
  text("module-advice", said.advice);
  document.getElementById("module-advice").className = `advice-${said.advice}`;
  result.hidden = false;
  result.dataset.state = "done";
}

/** Adds a line to the timeline: `kind` is closed, wait, open or end. */
function note(kind, startedAt, words, waitMs) {
  const item = document.createElement("li");
  item.className = kind;
  const at = document.createElement("span");
  at.className = "at";
  at.textContent = `${Math.round(performance.now() - startedAt)} ms`;
  item.append(at, words);
  if (waitMs !== undefined) {
    const bar = document.createElement("span");
    bar.className = "bar";
    bar.style.width = `${Math.max(2, waitMs / 10)}px`;
    item.append(bar);
  }
  document.getElementById("timeline").append(item);
}

function backoff(attempt) {
  const ceiling = Math.min(2000, 100 * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/** One connection: resolves with the close event, after saying hello back if the service greets the user. */
function connect(path, startedAt, attempt) {
  return new Promise((resolve) => {
    const socket = new WebSocket(webSocketUrl(path));
    socket.onmessage = (message) => {
      note("open", startedAt, `attempt ${attempt}: greeted ${JSON.stringify(message.data)}; the client closes`);
      socket.close(1000, "bye");
    };
    socket.onclose = resolve;
  });
}

async function runClient(client) {
  const timeline = document.getElementById("timeline");
  timeline.replaceChildren();
  timeline.dataset.state = "running";
  timeline.dataset.client = client.id;
  const startedAt = performance.now();
  const id = crypto.randomUUID().slice(0, 8);
  let path = client.path(id);
  let immediately = false;
  for (let attempt = 1; ; attempt++) {
    const event = await connect(path, startedAt, attempt);
    const known = fromCode(event.code);
    const advice = reconnect(event);
    const what = `attempt ${attempt}: closed ${event.code} ${known ? known.name : classify(event.code).name}`
      + ` ${JSON.stringify(event.reason)}, wasClean ${event.wasClean}, advice ${advice}`;
    const plural = attempt === 1 ? "" : "s";
    if (event.code === 1000 && event.wasClean) {
      note("end", startedAt, `${what}: done, connected after ${attempt} attempt${plural}`);
      break;
    }
    if (advice === "NEVER" || attempt === MAX_ATTEMPTS) {
      const why = (known ?? classify(event.code)).description(language);
      note("end", startedAt, `${what}: giving up after ${attempt} attempt${plural}. ${why}`);
      break;
    }
    // IMMEDIATELY reconnects at once, but only once in a row; then it backs off like the others.
    const wait = advice === "IMMEDIATELY" && !immediately ? 0 : backoff(attempt);
    immediately = advice === "IMMEDIATELY" && wait === 0;
    if (advice === "REAUTHENTICATE") {
      path = client.path(id, `fresh-${id}`);
      note("wait", startedAt, `${what}: getting a fresh token, then reconnecting in ${wait} ms`, wait);
    } else {
      note("wait", startedAt, `${what}: reconnecting ${wait === 0 ? "at once" : `in ${wait} ms`}`, wait);
    }
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  timeline.dataset.state = "done";
}

/** The chat service's users: each meets one kind of advice. */
const CLIENTS = [
  { id: "ana", label: "ana, while the service restarts twice (BACKOFF)",
    path: (id) => `/chat?user=ana-${id}&restarts=2` },
  { id: "bob", label: "bob, whose token expired (NEVER)", path: (id) => `/chat?user=bob-${id}&token=expired` },
  { id: "carol", label: "carol, whose room moves twice (IMMEDIATELY)",
    path: (id) => `/chat?user=carol-${id}&moves=2` },
  { id: "dave", label: "dave, whose token went stale (REAUTHENTICATE)",
    path: (id, token = "stale") => `/chat?user=dave-${id}&token=${encodeURIComponent(token)}` },
];

text("language", language);
for (const demo of CASES) {
  const button = document.createElement("button");
  button.type = "button";
  button.id = `case-${demo.id}`;
  button.textContent = demo.label;
  button.addEventListener("click", () => runCase(demo, button));
  document.getElementById("cases").append(button);
}
for (const client of CLIENTS) {
  const button = document.createElement("button");
  button.type = "button";
  button.id = `client-${client.id}`;
  button.textContent = client.label;
  button.addEventListener("click", () => runClient(client));
  document.getElementById("clients").append(button);
}
document.body.dataset.ready = "true";
