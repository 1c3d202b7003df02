// A typed consumer of the sample table's module: everything here must compile under tsc --strict.
import {
  CODES,
  ChatCloseCode,
  RANGES,
  classify,
  fromCode,
  fromName,
  isAllowedByCloseMethod,
  isSendable,
  reconnect,
  type ChatCloseCodeName,
  type ChatCloseCodeValue,
  type CloseCodeInfo,
  type CloseCodeRangeInfo,
  type Reconnect,
} from "./ChatCloseCodes.js";

const expired: ChatCloseCodeValue = ChatCloseCode.TOKEN_EXPIRED;
const normal: 1000 = ChatCloseCode.NORMAL_CLOSURE;
const name: ChatCloseCodeName = "ROOM_FULL";
const found: CloseCodeInfo | undefined = fromCode(expired);
const title: string | undefined = found?.title("pt-BR");
const description: string = CODES[0].description();
const range: CloseCodeRangeInfo = classify(4150);
const advice: Reconnect = reconnect({ code: 4001, wasClean: true });
const fromEvent: Reconnect = reconnect(new (class { code = 1006; wasClean = false; reason = ""; })());
const known: ChatCloseCodeValue | undefined = fromName("close_normal")?.code;
const names: readonly ChatCloseCodeName[] = CODES.map((code) => code.name);
const last: string = RANGES[RANGES.length - 1].name;
const flags: boolean[] = [isSendable(1006), isAllowedByCloseMethod(1001), range.contains(4150)];

function explain(code: ChatCloseCodeValue): string {
  switch (code) {
    case ChatCloseCode.TOKEN_EXPIRED:
      return "sign in again";
    default:
      return fromCode(code)?.reconnect ?? "NEVER";
  }
}

export { advice, description, explain, flags, fromEvent, known, last, name, names, normal, title };
