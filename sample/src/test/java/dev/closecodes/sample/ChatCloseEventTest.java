package dev.closecodes.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.InvalidClosePayloadException;
import dev.closecodes.Reconnect;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated close event: builder, accessors, advice and the close-frame codec. */
class ChatCloseEventTest {

    @Test
    void builderDefaultsAreCloseEventInits() {
        ChatCloseEvent event = ChatCloseEvent.builder().build();
        assertEquals(0, event.code());
        assertEquals("", event.reason());
        assertFalse(event.wasClean());
    }

    @Test
    void builderSetsEveryField() {
        ChatCloseEvent event = ChatCloseEvent.builder()
                .code(ChatCloseCode.TOKEN_EXPIRED)
                .reason("token expired")
                .wasClean(true)
                .build();
        assertEquals(4001, event.code());
        assertEquals("token expired", event.reason());
        assertTrue(event.wasClean());
        assertEquals(Optional.of(ChatCloseCode.TOKEN_EXPIRED), event.knownCode());
        assertEquals(ChatCloseCodeRange.AUTH, event.range());
        assertEquals(Reconnect.NEVER, event.reconnect());
    }

    @Test
    void toBuilderStartsFromTheEventAndLeavesItUnchanged() {
        ChatCloseEvent original = ChatCloseEvent.builder().code(1000).reason("done").wasClean(true).build();
        ChatCloseEvent changed = original.toBuilder().code(1001).build();
        assertEquals(1001, changed.code());
        assertEquals("done", changed.reason());
        assertTrue(changed.wasClean());
        assertEquals(1000, original.code());
    }

    @Test
    void valueSemantics() {
        ChatCloseEvent a = ChatCloseEvent.builder().code(1000).reason("x").wasClean(true).build();
        ChatCloseEvent b = ChatCloseEvent.builder().code(1000).reason("x").wasClean(true).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, a.toBuilder().wasClean(false).build());
        assertNotEquals(a, a.toBuilder().reason("y").build());
        assertNotEquals(a, a.toBuilder().code(1001).build());
        assertEquals("ChatCloseEvent[code=1000, reason=x, wasClean=true]", a.toString());
    }

    @Test
    void equalEventsHashAlikeHoweverTheyWereMade() {
        ChatCloseEvent built = ChatCloseEvent.builder().code(ChatCloseCode.ROOM_FULL).reason("full").wasClean(true)
                .build();
        List<ChatCloseEvent> same = List.of(
                ChatCloseEvent.builder().code(4201).reason("full").wasClean(true).build(),
                ChatCloseEvent.builder().wasClean(true).reason("ful" + "l").code(4201).build(),
                ChatCloseEvent.builder().code(1000).build().toBuilder().code(4201).reason("full").wasClean(true)
                        .build(),
                ChatCloseEvent.fromPayload(built.toPayload()));
        for (ChatCloseEvent event : same) {
            assertEquals(built, event);
            assertEquals(event, built);
            assertEquals(built.hashCode(), event.hashCode(), event.toString());
        }
        assertEquals(ChatCloseEvent.abnormal(), ChatCloseEvent.builder().code(1006).build());
        assertEquals(ChatCloseEvent.abnormal().hashCode(), ChatCloseEvent.builder().code(1006).build().hashCode());
        assertEquals(ChatCloseEvent.fromPayload(new byte[0]), ChatCloseEvent.builder().code(1005).wasClean(true).build());
    }

    @Test
    void eventsThatDifferInAFieldAreNotEqualAndHashApart() {
        ChatCloseEvent base = ChatCloseEvent.builder().code(1000).reason("bye").wasClean(true).build();
        List<ChatCloseEvent> others = List.of(
                base.toBuilder().code(1001).build(),
                base.toBuilder().code(4000).build(),
                base.toBuilder().reason("").build(),
                base.toBuilder().reason("Bye").build(),
                base.toBuilder().wasClean(false).build());
        Set<Integer> hashes = new HashSet<>();
        hashes.add(base.hashCode());
        for (ChatCloseEvent other : others) {
            assertNotEquals(base, other);
            assertNotEquals(other, base);
            // Events are kept in sets and counted in maps (closes per code and reason): a hash that ignored a
            // field would put all such events in one bucket.
            assertTrue(hashes.add(other.hashCode()), other + " hashes like another event");
        }
        assertNotEquals(base, null);
        assertNotEquals(base, "ChatCloseEvent[code=1000, reason=bye, wasClean=true]");
    }

    @Test
    void buildRejectsCodesOutsideTwoUnsignedBytesNamingFieldAndLimit() {
        assertEquals(65535, ChatCloseEvent.builder().code(65535).build().code());
        IllegalArgumentException high = assertThrows(IllegalArgumentException.class,
                () -> ChatCloseEvent.builder().code(65536).build());
        assertTrue(high.getMessage().contains("code 65536") && high.getMessage().contains("0–65535"),
                high.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ChatCloseEvent.builder().code(-1).build());
    }

    @Test
    void buildRejectsReasonsOver123Utf8BytesNamingFieldAndLimit() {
        String limit = "ü".repeat(61) + "!"; // 123 bytes, 62 chars
        assertEquals(limit, ChatCloseEvent.builder().reason(limit).build().reason());
        IllegalArgumentException over = assertThrows(IllegalArgumentException.class,
                () -> ChatCloseEvent.builder().reason("ü".repeat(62)).build());
        assertTrue(over.getMessage().startsWith("reason is 124 bytes in UTF-8")
                && over.getMessage().contains("123 bytes"), over.getMessage());
    }

    @Test
    void buildRejectsUnpairedSurrogatesAndNullReasons() {
        IllegalArgumentException lone = assertThrows(IllegalArgumentException.class,
                () -> ChatCloseEvent.builder().reason("bye \uD800").build());
        assertTrue(lone.getMessage().contains("unpaired surrogate") && lone.getMessage().contains("index 4"),
                lone.getMessage());
        assertThrows(NullPointerException.class, () -> ChatCloseEvent.builder().reason(null));
        assertEquals("😀", ChatCloseEvent.builder().reason("😀").build().reason(), "a pair is fine");
    }

    @Test
    void reconnectAdviceComesFromTheCodeTheRangeOrAnUncleanClose() {
        assertEquals(Reconnect.BACKOFF, event(1012, true).reconnect());
        assertEquals(Reconnect.NEVER, event(1000, true).reconnect());
        assertEquals(Reconnect.BACKOFF, event(4150, true).reconnect(), "undeclared, so the LIMITS range's");
        assertEquals(Reconnect.NEVER, event(4300, true).reconnect(), "undeclared, so the APPLICATIONS range's");
        assertEquals(Reconnect.BACKOFF, event(1000, false).reconnect(), "an unclean close is transient");
        assertEquals(Reconnect.BACKOFF, ChatCloseEvent.abnormal().reconnect());
        assertEquals(Reconnect.IMMEDIATELY, event(4203, true).reconnect(), "ROOM_MOVED's own advice");
        assertEquals(Reconnect.REAUTHENTICATE, event(3000, true).reconnect(), "3000 Unauthorized, from the standard");
        assertEquals(Reconnect.BACKOFF, event(4203, false).reconnect(), "an unclean close is transient, whatever the code");
        assertEquals(Reconnect.BACKOFF, event(3000, false).reconnect());
    }

    @Test
    void receivedIsACleanCloseWithTheTablesAdvice() {
        ChatCloseEvent expired = ChatCloseEvent.received(4001, "token expired");
        assertEquals(ChatCloseEvent.builder().code(4001).reason("token expired").wasClean(true).build(), expired);
        assertEquals(Optional.of(ChatCloseCode.TOKEN_EXPIRED), expired.knownCode());
        assertEquals(Reconnect.NEVER, expired.reconnect(), "the builder's default, unclean, would say BACKOFF");
        assertEquals(Reconnect.BACKOFF, ChatCloseEvent.builder().code(4001).build().reconnect());
    }

    @Test
    void receivedTakesANullReasonAsEmpty() {
        ChatCloseEvent event = ChatCloseEvent.received(1000, null);
        assertEquals("", event.reason());
        assertTrue(event.wasClean());
        assertEquals(Reconnect.NEVER, event.reconnect());
    }

    @Test
    void receivedKeepsA123ByteReasonAndCutsA124ByteOne() {
        String limit = "ü".repeat(61) + "!"; // 123 bytes
        assertEquals(limit, ChatCloseEvent.received(4202, limit).reason());
        assertEquals("ü".repeat(61), ChatCloseEvent.received(4202, "ü".repeat(62)).reason(), "124 bytes");
        String ascii130 = "x".repeat(130); // what a server-side API may keep of the reason it sent
        assertEquals("x".repeat(123), ChatCloseEvent.received(4001, ascii130).reason());
    }

    @Test
    void receivedNeverSplitsAFourByteCharacterAcrossTheLimit() {
        ChatCloseEvent event = ChatCloseEvent.received(4001, "a".repeat(121) + "👋" + "b");
        assertEquals("a".repeat(121), event.reason());
        assertEquals(121, event.reason().getBytes(StandardCharsets.UTF_8).length);
        assertEquals("a".repeat(119) + "👋", ChatCloseEvent.received(4001, "a".repeat(119) + "👋b").reason());
        assertEquals(event, ChatCloseEvent.fromPayload(event.toPayload()), "the cut reason fits a close frame");
    }

    @Test
    void received1005IsACleanCloseWithoutStatus() {
        ChatCloseEvent event = ChatCloseEvent.received(1005, "");
        assertEquals(ChatCloseEvent.fromPayload(new byte[0]), event);
        assertTrue(event.wasClean());
        assertEquals(Reconnect.NEVER, event.reconnect());
    }

    @Test
    void received1006IsAbnormalWhateverTheReason() {
        assertEquals(ChatCloseEvent.abnormal(), ChatCloseEvent.received(1006, null));
        assertEquals(ChatCloseEvent.abnormal(), ChatCloseEvent.received(1006, "Connection reset"));
        assertFalse(ChatCloseEvent.received(1006, "").wasClean());
        assertEquals(Reconnect.BACKOFF, ChatCloseEvent.received(1006, "").reconnect());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 999, 1015, 2000, 5000, 65535})
    void receivedTakesEveryTwoByteCodeAsACleanClose(int code) {
        ChatCloseEvent event = ChatCloseEvent.received(code, "r");
        assertEquals(code, event.code());
        assertEquals("r", event.reason());
        assertTrue(event.wasClean());
        assertEquals(Reconnect.NEVER, event.reconnect(), "an unknown code is no reason to retry");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void receivedRejectsCodesOutsideTwoUnsignedBytesNamingFieldAndLimit(int code) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ChatCloseEvent.received(code, "r"));
        assertEquals("code " + code + " is outside 0–65535, the codes a close frame can carry", e.getMessage());
    }

    @Test
    void abnormalIsADroppedConnection() {
        ChatCloseEvent abnormal = ChatCloseEvent.abnormal();
        assertEquals(1006, abnormal.code());
        assertEquals("", abnormal.reason());
        assertFalse(abnormal.wasClean());
        assertEquals(Optional.of(ChatCloseCode.ABNORMAL_CLOSURE), abnormal.knownCode());
    }

    @Test
    void toPayloadIsTheCodeBigEndianThenTheUtf8Reason() {
        byte[] body = ChatCloseEvent.builder().code(4001).reason("expiré").wasClean(true).build().toPayload();
        byte[] reason = "expiré".getBytes(StandardCharsets.UTF_8);
        assertEquals(2 + reason.length, body.length);
        assertEquals(0x0F, body[0]);
        assertEquals((byte) 0xA1, body[1]);
        assertEquals("expiré", new String(body, 2, body.length - 2, StandardCharsets.UTF_8));
    }

    @Test
    void toPayloadOf1005WithoutReasonIsAnEmptyBody() {
        assertArrayEquals(new byte[0], ChatCloseEvent.builder().code(1005).build().toPayload());
        assertThrows(IllegalStateException.class,
                () -> ChatCloseEvent.builder().code(1005).reason("why").build().toPayload());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 999, 1004, 1006, 1015, 1016, 2000, 5000, 65535})
    void toPayloadRefusesCodesThatMayNotBeSent(int code) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ChatCloseEvent.builder().code(code).build().toPayload());
        assertTrue(e.getMessage().contains("code " + code), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1000, 1001, 1011, 1012, 3000, 3500, 4001, 4250, 4999})
    void fromPayloadReadsWhatToPayloadWrote(int code) {
        ChatCloseEvent sent = ChatCloseEvent.builder().code(code).reason("bye, 再见 😀").wasClean(true).build();
        assertEquals(sent, ChatCloseEvent.fromPayload(sent.toPayload()));
    }

    @Test
    void fromPayloadOfAnEmptyBodyIs1005AndClean() {
        ChatCloseEvent event = ChatCloseEvent.fromPayload(new byte[0]);
        assertEquals(1005, event.code());
        assertEquals("", event.reason());
        assertTrue(event.wasClean());
    }

    @Test
    void fromPayloadNamesTheProblemAndTheCodeToAnswerWith() {
        InvalidClosePayloadException badCode = assertThrows(InvalidClosePayloadException.class,
                () -> ChatCloseEvent.fromPayload(new byte[] {0x03, (byte) 0xEE}));
        assertEquals(1002, badCode.closeCode());
        assertEquals("the close frame carries code 1006, which may not be sent", badCode.getMessage());
        assertTrue(badCode instanceof IllegalArgumentException);
        assertThrows(NullPointerException.class, () -> ChatCloseEvent.fromPayload(null));
    }

    private static ChatCloseEvent event(int code, boolean wasClean) {
        return ChatCloseEvent.builder().code(code).wasClean(wasClean).build();
    }
}
