package dev.closecodes.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.closecodes.InvalidClosePayloadException;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wire cases without a browser: what RFC 6455 says of each, as written beside it, is what the generated
 * {@code fromPayload} makes of its close frame.
 */
class WireCaseTest {

    static Iterable<WireCase> cases() {
        return WireCase.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fromPayloadFailsTheConnectionExactlyWhereRfc6455Does(WireCase wireCase) {
        assertEquals(wireCase.rfc().startsWith("fail"), wireCase.fails(),
                () -> "RFC 6455: " + wireCase.rfc() + "; fromPayload: " + wireCase.closecodesVerdict());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aReasonThatIsNotUtf8Is1007AndEveryOtherBrokenBody1002(WireCase wireCase) {
        wireCase.closeBody().filter(body -> wireCase.fails()).ifPresent(body -> {
            InvalidClosePayloadException e = assertThrows(InvalidClosePayloadException.class,
                    () -> ChatCloseEvent.fromPayload(body));
            assertEquals(wireCase.id().startsWith("utf8-") ? 1007 : 1002, e.closeCode(), e.getMessage());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aConformingBrowserFailsWith1006AfterAnErrorEventOrReadsTheFrame(WireCase wireCase) {
        WireReport conforming = wireCase.conforming();
        if (wireCase.fails()) {
            assertEquals(1006, conforming.code());
            assertEquals("", conforming.reason());
            assertTrue(conforming.errorFirst());
        } else {
            ChatCloseEvent event = ChatCloseEvent.fromPayload(wireCase.closeBody().orElseThrow());
            assertEquals(event.code(), conforming.code());
            assertEquals(event.reason(), conforming.reason());
            assertTrue(conforming.wasClean());
        }
    }

    @Test
    void everyCaseTheTaskNamesIsThereOnceWithAPathOfItsOwn() {
        Set<String> ids = new HashSet<>();
        WireCase.all().forEach(wireCase -> assertTrue(ids.add(wireCase.id()), wireCase.id()));
        for (int code : new int[] {0, 999, 1004, 1005, 1006, 1015, 1016, 1100, 2000, 2999, 5000, 65535}) {
            assertTrue(ids.contains("code-" + code), "code " + code);
        }
        for (String id : new String[] {"body-1-byte", "body-125", "body-126", "fragmented", "rsv1", "rsv2-rsv3",
                "utf8-truncated-end", "utf8-overlong-2", "utf8-surrogate-high", "utf8-past-10ffff"}) {
            assertTrue(ids.contains(id), id);
        }
        assertTrue(ids.stream().allMatch(id -> id.matches("[a-z0-9-]+")), "ids are URL paths");
    }

    @Test
    void theBodiesAreAsLongAsTheirNamesSay() {
        assertEquals(1, WireCase.byId("body-1-byte").closeBody().orElseThrow().length);
        assertEquals(125, WireCase.byId("body-125").closeBody().orElseThrow().length);
        byte[] wire = WireCase.byId("body-126").wire();
        assertEquals(126, wire[1], "the 7-bit length says: a 16-bit length follows");
        assertEquals(126, ((wire[2] & 0xFF) << 8) | (wire[3] & 0xFF));
        assertEquals(4 + 126, wire.length);
    }
}
