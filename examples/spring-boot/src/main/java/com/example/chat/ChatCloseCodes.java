package com.example.chat;

import dev.closecodes.CloseCode;
import dev.closecodes.CloseCodeTable;
import dev.closecodes.Reconnect;
import dev.closecodes.StandardCloseCodes;

/** The chat service's close codes: the standard ones, and its own. */
@CloseCodeTable
public interface ChatCloseCodes extends StandardCloseCodes {
    /** The session token expired. */
    @CloseCode(title = "Token Expired",
               description = "The session token expired; sign in again before reconnecting.",
               reconnect = Reconnect.NEVER)
    int TOKEN_EXPIRED = 4001;
}
