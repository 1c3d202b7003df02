package com.example.chat;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.closecodes.Reconnect;

/** The events both ends of one connection made of its end. */
record Ends(ChatCloseEvent client, ChatCloseEvent server) {

    static void assertEvent(ChatCloseEvent event, int code, String reason, boolean wasClean, Reconnect advice) {
        assertAll(event.toString(),
                () -> assertEquals(code, event.code(), "code"),
                () -> assertEquals(reason, event.reason(), "reason"),
                () -> assertEquals(wasClean, event.wasClean(), "wasClean"),
                () -> assertEquals(advice, event.reconnect(), "reconnect"));
    }
}
