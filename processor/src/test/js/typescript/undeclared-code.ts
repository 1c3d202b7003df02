// A consumer that must not compile: 4002 is no code of the sample table.
import type { ChatCloseCodeValue } from "./ChatCloseCodes.js";

export const code: ChatCloseCodeValue = 4002;
