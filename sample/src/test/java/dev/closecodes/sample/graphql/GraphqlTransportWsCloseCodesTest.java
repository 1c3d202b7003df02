package dev.closecodes.sample.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.closecodes.Reconnect;
import dev.closecodes.sample.ChatCloseCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The graphql-transport-ws table against the rules of its reference client, graphql-ws (enisdenjo/graphql-ws, read at
 * commit af4f5c9df60d6b73667d7d90ad1b1c851d22b482).
 */
class GraphqlTransportWsCloseCodesTest {

    /**
     * Whether graphql-ws gives up after a close with this code, as {@code shouldRetryConnectOrThrow} in
     * {@code src/client.ts} (lines 810-848) decides before it counts retries:
     * <pre>
     * if (isLikeCloseEvent(errOrCloseEvent) &amp;&amp;
     *     (isFatalInternalCloseCode(errOrCloseEvent.code) ||
     *      [CloseCode.InternalServerError, CloseCode.InternalClientError, CloseCode.BadRequest,
     *       CloseCode.BadResponse, CloseCode.Unauthorized, CloseCode.SubprotocolNotAcceptable,
     *       CloseCode.SubscriberAlreadyExists, CloseCode.TooManyInitialisationRequests].includes(errOrCloseEvent.code)))
     *   throw errOrCloseEvent;
     * </pre>
     * where {@code isFatalInternalCloseCode} (lines 1075-1090) is false for 1000, 1001, 1006, 1005, 1012, 1013 and 1014
     * and true for every other code from 1000 to 1999; Forbidden (4403), the two timeouts (4408, 4504) and 4499
     * Terminated are left out of the list on purpose ("might grant access out after retry", "might not time out after
     * retry", "we want to retry"). Every other close is retried (the default {@code shouldRetry} is
     * {@code isLikeCloseEvent}), after {@code retryWait}'s randomised exponential backoff (lines 466-476), up to
     * {@code retryAttempts}; except 1000, which is retried, without that wait, only while subscriptions remain
     * ({@code return locks > 0}, lines 835-838).
     */
    private static boolean clientGivesUp(int code) {
        Set<Integer> notFatal = Set.of(1000, 1001, 1006, 1005, 1012, 1013, 1014);
        boolean fatalInternal = code >= 1000 && code <= 1999 && !notFatal.contains(code);
        // src/common.ts, enum CloseCode (lines 29-43): InternalServerError 4500, InternalClientError 4005,
        // BadRequest 4400, BadResponse 4004, Unauthorized 4401, SubprotocolNotAcceptable 4406,
        // SubscriberAlreadyExists 4409, TooManyInitialisationRequests 4429.
        Set<Integer> fatalProtocol = Set.of(4500, 4005, 4400, 4004, 4401, 4406, 4409, 4429);
        return fatalInternal || fatalProtocol.contains(code);
    }

    private static Reconnect advice(int code) {
        return GraphqlTransportWsCloseEvent.received(code, "").reconnect();
    }

    @Test
    void theAdviceIsNeverExactlyWhereTheClientGivesUp() {
        List<String> wrong = new ArrayList<>();
        for (int code = 1000; code <= 4999; code++) {
            if (clientGivesUp(code) != (advice(code) == Reconnect.NEVER)) {
                wrong.add(code + " " + advice(code));
            }
        }

        assertEquals(List.of(), wrong.subList(0, Math.min(wrong.size(), 20)),
                wrong.size() + " codes whose advice disagrees with graphql-ws, the first 20 shown");
    }

    @Test
    void theTableDeclaresEveryCodeOfTheProtocolsEnum() {
        // src/common.ts, enum CloseCode (lines 29-43), and 4499 Terminated (src/client.ts, TerminatedCloseEvent).
        Map<Integer, String> protocol = new TreeMap<>(Map.ofEntries(
                Map.entry(4500, "Internal Server Error"), Map.entry(4005, "Internal Client Error"),
                Map.entry(4400, "Bad Request"), Map.entry(4004, "Bad Response"),
                Map.entry(4401, "Unauthorized Operation"), Map.entry(4403, "Connection Forbidden"),
                Map.entry(4406, "Subprotocol Not Acceptable"), Map.entry(4408, "Connection Initialisation Timeout"),
                Map.entry(4504, "Connection Acknowledgement Timeout"), Map.entry(4409, "Subscriber Already Exists"),
                Map.entry(4429, "Too Many Initialisation Requests"), Map.entry(4499, "Terminated")));

        Map<Integer, String> declared = Arrays.stream(GraphqlTransportWsCloseCode.values())
                .filter(code -> code.code() >= 4000)
                .collect(Collectors.toMap(GraphqlTransportWsCloseCode::code, GraphqlTransportWsCloseCode::title,
                        (a, b) -> a, TreeMap::new));
        assertEquals(protocol, declared);
    }

    @ParameterizedTest
    @CsvSource({
        // 1000: retried while subscriptions remain, without retryWait ("return locks > 0" leaves retrying false).
        "1000, IMMEDIATELY",
        // Not fatal internal codes: retried with backoff.
        "1001, BACKOFF", "1005, BACKOFF", "1012, BACKOFF", "1013, BACKOFF", "1014, BACKOFF",
        // Fatal internal codes, 1011 against the registry's default.
        "1002, NEVER", "1011, NEVER", "1015, NEVER", "1999, NEVER",
        // 2xxx and 3xxx are retried: the standard ranges' undeclared codes and 3003 are overridden.
        "2000, BACKOFF", "3003, BACKOFF", "3008, BACKOFF", "3999, BACKOFF",
        // 3000 Unauthorized keeps the standard's advice: fresh credentials (connectionParams), then backoff.
        "3000, REAUTHENTICATE",
        // PROTOCOL.md: "If the server wishes to reject the connection, for example during authentication, it is
        // recommended to close the socket with 4403: Forbidden"; the client retries, calling connectionParams again.
        "4403, REAUTHENTICATE",
        "4408, BACKOFF", "4499, BACKOFF", "4504, BACKOFF", "4000, BACKOFF", "4999, BACKOFF",
        "4400, NEVER", "4401, NEVER", "4406, NEVER", "4409, NEVER", "4429, NEVER", "4500, NEVER", "4004, NEVER",
        "4005, NEVER",
    })
    void eachKindOfAdviceWhereTheClientActsSo(int code, Reconnect expected) {
        assertEquals(expected, advice(code));
    }

    @Test
    void overridesReachTheRangesAndCodesOfTheGeneratedTypes() {
        assertEquals(Reconnect.NEVER, GraphqlTransportWsCloseCode.INTERNAL_ERROR.reconnect());
        assertEquals(Reconnect.IMMEDIATELY, GraphqlTransportWsCloseCode.NORMAL_CLOSURE.reconnect());
        assertEquals(Reconnect.BACKOFF, GraphqlTransportWsCloseCodeRange.LIBRARIES.reconnect());
        assertEquals(Reconnect.BACKOFF, GraphqlTransportWsCloseCodeRange.APPLICATIONS.reconnect());
        assertEquals(Reconnect.NEVER, GraphqlTransportWsCloseCodeRange.STANDARD.reconnect());
        assertEquals(Reconnect.BACKOFF, GraphqlTransportWsCloseEvent.abnormal().reconnect());
    }

    @Test
    void theStandardTableAndOtherTablesKeepTheirOwnAdvice() {
        assertEquals(Reconnect.BACKOFF, ChatCloseCode.INTERNAL_ERROR.reconnect());
        assertEquals(Reconnect.NEVER, ChatCloseCode.NORMAL_CLOSURE.reconnect());
        assertEquals(Reconnect.NEVER, ChatCloseCode.FORBIDDEN.reconnect());
        assertNotEquals(GraphqlTransportWsCloseCodeRange.LIBRARIES.reconnect(),
                dev.closecodes.sample.ChatCloseCodeRange.LIBRARIES.reconnect());
    }
}
