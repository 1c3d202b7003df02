package dev.closecodes.sample.graphql;

import dev.closecodes.CloseCode;
import dev.closecodes.CloseCodeTable;
import dev.closecodes.Reconnect;
import dev.closecodes.ReconnectOverride;
import dev.closecodes.StandardCloseCodes;

/**
 * The close codes of graphql-transport-ws, the GraphQL over WebSocket protocol (its {@code PROTOCOL.md} and the
 * reference client {@code graphql-ws}), with the advice that client acts on.
 *
 * <p>The client gives up on every standard code from 1000 to 1999 except 1000, 1001, 1005, 1006, 1012, 1013 and
 * 1014, and on eight of the protocol's own codes; it retries everything else, 2xxx and 3xxx codes included, each
 * time after a randomised exponential backoff. So this table overrides what it inherits where the client differs
 * from the registry's defaults: 1011 Internal Error is final, 1005 and 3003 are retried, every standard range's
 * undeclared codes are retried, and 1000 is a reconnection at once (the client reconnects without waiting while
 * subscriptions are still open). 4403 Forbidden, the protocol's way of refusing a connection's credentials, asks for
 * fresh ones: the client evaluates its {@code connectionParams} again for every connection it makes.
 *
 * <p>The codes that the client itself closes with (4004, 4005, 4499, 4504) are here too, as a browser's
 * {@code CloseEvent} reports them to the application.
 */
@CloseCodeTable
@ReconnectOverride(code = StandardCloseCodes.NORMAL_CLOSURE, reconnect = Reconnect.IMMEDIATELY)
@ReconnectOverride(code = StandardCloseCodes.NO_STATUS_RECEIVED, reconnect = Reconnect.BACKOFF)
@ReconnectOverride(code = StandardCloseCodes.INTERNAL_ERROR, reconnect = Reconnect.NEVER)
@ReconnectOverride(code = StandardCloseCodes.FORBIDDEN, reconnect = Reconnect.BACKOFF)
@ReconnectOverride(range = "NOT_USED", reconnect = Reconnect.BACKOFF)
@ReconnectOverride(range = "EXTENSIONS", reconnect = Reconnect.BACKOFF)
@ReconnectOverride(range = "LIBRARIES", reconnect = Reconnect.BACKOFF)
@ReconnectOverride(range = "APPLICATIONS", reconnect = Reconnect.BACKOFF)
public interface GraphqlTransportWsCloseCodes extends StandardCloseCodes {

    /** The client closed: connecting went wrong on its side, such as {@code connectionParams} failing. */
    @CloseCode(title = "Internal Client Error", reconnect = Reconnect.NEVER,
            description = "Something failed inside the client while it connected, such as evaluating its connection "
                    + "parameters; the client reports it and does not reconnect.")
    int INTERNAL_CLIENT_ERROR = 4005;

    /** The client closed: the server's first message was not a valid acknowledgement. */
    @CloseCode(title = "Bad Response", reconnect = Reconnect.NEVER,
            description = "The server sent a message the client could not read, or something other than "
                    + "ConnectionAck first; the client does not reconnect.")
    int BAD_RESPONSE = 4004;

    /** The server closed: a message of a type or format the protocol does not define. */
    @CloseCode(title = "Bad Request", reconnect = Reconnect.NEVER,
            description = "The server received a message of a type or format that the protocol does not define.")
    int BAD_REQUEST = 4400;

    /** The server closed: an operation arrived before the connection was acknowledged. */
    @CloseCode(title = "Unauthorized Operation", reconnect = Reconnect.NEVER,
            description = "The client sent an operation before the server acknowledged the connection "
                    + "(graphql-ws calls this code Unauthorized).")
    int UNAUTHORIZED_OPERATION = 4401;

    /** The server refused the connection, for example its credentials. */
    @CloseCode(title = "Connection Forbidden", reconnect = Reconnect.REAUTHENTICATE,
            description = "The server refused the connection, for example because of the credentials in "
                    + "ConnectionInit; connect again with fresh ones (graphql-ws calls this code Forbidden).")
    int CONNECTION_FORBIDDEN = 4403;

    /** The server closed: the client offered no subprotocol it speaks. */
    @CloseCode(title = "Subprotocol Not Acceptable", reconnect = Reconnect.NEVER,
            description = "The client did not offer the graphql-transport-ws subprotocol in its handshake.")
    int SUBPROTOCOL_NOT_ACCEPTABLE = 4406;

    /** The server closed: no ConnectionInit arrived in time. */
    @CloseCode(title = "Connection Initialisation Timeout", reconnect = Reconnect.BACKOFF,
            description = "The client did not send ConnectionInit within the time the server allows.")
    int CONNECTION_INITIALISATION_TIMEOUT = 4408;

    /** The server closed: a second subscription with an ID already in use. */
    @CloseCode(title = "Subscriber Already Exists", reconnect = Reconnect.NEVER,
            description = "The client started an operation with the ID of an operation that is still running.")
    int SUBSCRIBER_ALREADY_EXISTS = 4409;

    /** The server closed: more than one ConnectionInit. */
    @CloseCode(title = "Too Many Initialisation Requests", reconnect = Reconnect.NEVER,
            description = "The client sent ConnectionInit more than once on the same connection.")
    int TOO_MANY_INITIALISATION_REQUESTS = 4429;

    /** The client closed: the application terminated a connection that seemed frozen. */
    @CloseCode(title = "Terminated", reconnect = Reconnect.BACKOFF,
            description = "The application terminated the connection, for example because it stopped answering; "
                    + "the client connects again.")
    int TERMINATED = 4499;

    /** The server closed: something failed inside the server. */
    @CloseCode(title = "Internal Server Error", reconnect = Reconnect.NEVER,
            description = "Something failed inside the server while it handled the connection.")
    int INTERNAL_SERVER_ERROR = 4500;

    /** The client closed: no ConnectionAck arrived in time. */
    @CloseCode(title = "Connection Acknowledgement Timeout", reconnect = Reconnect.BACKOFF,
            description = "The server did not acknowledge the connection within the time the client waits.")
    int CONNECTION_ACKNOWLEDGEMENT_TIMEOUT = 4504;
}
