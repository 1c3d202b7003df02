package dev.closecodes;

/**
 * The standard WebSocket close codes and ranges: every code of the IANA "WebSocket Close Code Number Registry"
 * (RFC 6455 §7.4) with its registry name, and the five ranges RFC 6455 §7.4.2 divides the codes into.
 *
 * <p>A close-code table extends this interface and adds its own codes and ranges in 3000–4999:
 *
 * <pre>{@code
 * @CloseCodeTable
 * public interface ChatCloseCodes extends StandardCloseCodes {
 *     @CloseCode(title = "Token Expired", description = "The session token expired; sign in again.")
 *     int TOKEN_EXPIRED = 4001;
 * }
 * }</pre>
 *
 * <p>The constants are plain {@code int}s, so they also serve code that has no generated types at hand:
 * {@code session.close(StandardCloseCodes.GOING_AWAY, "restarting")}.
 */
@CloseCodeRange(name = "NOT_USED", from = 0, to = 999, title = "Not Used",
        description = "Codes below 1000 are not used; a close frame must never carry one.",
        sendable = false, reconnect = Reconnect.NEVER)
@CloseCodeRange(name = "STANDARD", from = 1000, to = 1999, title = "Protocol",
        description = "Codes that RFC 6455 and its updates define; only the registered, sendable ones may be sent.",
        sendable = false, reconnect = Reconnect.NEVER)
@CloseCodeRange(name = "EXTENSIONS", from = 2000, to = 2999, title = "Extensions",
        description = "Codes reserved for WebSocket extensions that a specification defines.",
        sendable = false, reconnect = Reconnect.NEVER)
@CloseCodeRange(name = "LIBRARIES", from = 3000, to = 3999, title = "Libraries and Frameworks",
        description = "Codes for libraries, frameworks and applications, registered with IANA first come, first served.",
        sendable = true, reconnect = Reconnect.NEVER)
@CloseCodeRange(name = "APPLICATIONS", from = 4000, to = 4999, title = "Applications",
        description = "Codes for an application's private use, agreed between its client and server.",
        sendable = true, reconnect = Reconnect.NEVER)
public interface StandardCloseCodes {

    /** 1000: the connection did what it was opened for. */
    @CloseCode(title = "Normal Closure", aliases = "CLOSE_NORMAL", reconnect = Reconnect.NEVER,
            description = "The connection did what it was opened for and is closing normally.")
    int NORMAL_CLOSURE = 1000;

    /** 1001: an endpoint is leaving, such as a server shutting down or a page being left. */
    @CloseCode(title = "Going Away", aliases = "CLOSE_GOING_AWAY", reconnect = Reconnect.BACKOFF,
            description = "An endpoint is going away, such as a server shutting down or a browser leaving the page.")
    int GOING_AWAY = 1001;

    /** 1002: an endpoint received a frame that breaks the protocol. */
    @CloseCode(title = "Protocol error", aliases = "CLOSE_PROTOCOL_ERROR", reconnect = Reconnect.NEVER,
            description = "An endpoint received a frame that breaks the WebSocket protocol.")
    int PROTOCOL_ERROR = 1002;

    /** 1003: an endpoint received a kind of data it does not accept. */
    @CloseCode(title = "Unsupported Data", aliases = "CLOSE_UNSUPPORTED", reconnect = Reconnect.NEVER,
            description = "An endpoint received a kind of data it does not accept, such as binary where it takes only text.")
    int UNSUPPORTED_DATA = 1003;

    /** 1004: reserved; its meaning may be defined later. Never sent. */
    @CloseCode(title = "Reserved", sendable = false, reconnect = Reconnect.NEVER,
            description = "Reserved; a meaning may be given to it later. It must not be sent.")
    int RESERVED = 1004;

    /** 1005: the close frame carried no code. Never sent. */
    @CloseCode(title = "No Status Rcvd", aliases = "CLOSE_NO_STATUS", sendable = false, reconnect = Reconnect.NEVER,
            description = "The close frame carried no status code. Only reported locally; it must not be sent.")
    int NO_STATUS_RECEIVED = 1005;

    /** 1006: the connection dropped without a close frame. Never sent. */
    @CloseCode(title = "Abnormal Closure", aliases = "CLOSE_ABNORMAL", sendable = false, reconnect = Reconnect.BACKOFF,
            description = "The connection dropped without a close frame. Only reported locally; it must not be sent.")
    int ABNORMAL_CLOSURE = 1006;

    /** 1007: a message's data did not match its type, such as a text message that is not UTF-8. */
    @CloseCode(title = "Invalid frame payload data", reconnect = Reconnect.NEVER,
            description = "A message's data did not match its type, such as a text message that is not valid UTF-8.")
    int INVALID_PAYLOAD = 1007;

    /** 1008: a message broke the endpoint's policy. */
    @CloseCode(title = "Policy Violation", reconnect = Reconnect.NEVER,
            description = "A message broke the endpoint's policy; the generic code where no other one fits.")
    int POLICY_VIOLATION = 1008;

    /** 1009: a message was too big to process. */
    @CloseCode(title = "Message Too Big", aliases = "CLOSE_TOO_LARGE", reconnect = Reconnect.NEVER,
            description = "A message was too big for the endpoint to process.")
    int MESSAGE_TOO_BIG = 1009;

    /** 1010: the server did not agree to an extension the client requires. */
    @CloseCode(title = "Mandatory Ext.", reconnect = Reconnect.NEVER,
            description = "The client requires an extension that the server did not agree to in the handshake.")
    int MANDATORY_EXTENSION = 1010;

    /** 1011: the server met an unexpected condition. */
    @CloseCode(title = "Internal Error", reconnect = Reconnect.BACKOFF,
            description = "The server met an unexpected condition that kept it from finishing the request.")
    int INTERNAL_ERROR = 1011;

    /** 1012: the service is restarting. */
    @CloseCode(title = "Service Restart", reconnect = Reconnect.BACKOFF,
            description = "The service is restarting; reconnect after a short, randomized wait.")
    int SERVICE_RESTART = 1012;

    /** 1013: the server is overloaded for now. */
    @CloseCode(title = "Try Again Later", reconnect = Reconnect.BACKOFF,
            description = "The server is overloaded for now; reconnect later, waiting longer each time.")
    int TRY_AGAIN_LATER = 1013;

    /** 1014: a gateway or proxy got an invalid answer from upstream. */
    @CloseCode(title = "Bad Gateway", reconnect = Reconnect.BACKOFF,
            description = "A gateway or proxy got an invalid response from the server behind it.")
    int BAD_GATEWAY = 1014;

    /** 1015: the TLS handshake failed. Never sent. */
    @CloseCode(title = "TLS handshake", sendable = false, reconnect = Reconnect.NEVER,
            description = "The TLS handshake failed, for example because the certificate could not be verified. "
                    + "Only reported locally; it must not be sent.")
    int TLS_HANDSHAKE = 1015;

    /** 3000: the request lacks valid credentials. */
    @CloseCode(title = "Unauthorized", reconnect = Reconnect.NEVER,
            description = "The endpoint requires authentication and the client gave no valid credentials.")
    int UNAUTHORIZED = 3000;

    /** 3003: the client is not allowed what it asked for. */
    @CloseCode(title = "Forbidden", reconnect = Reconnect.NEVER,
            description = "The client is authenticated but not allowed to do what it asked.")
    int FORBIDDEN = 3003;

    /** 3008: the peer took too long. */
    @CloseCode(title = "Timeout", reconnect = Reconnect.BACKOFF,
            description = "The peer took too long to answer or to finish an operation.")
    int TIMEOUT = 3008;
}
