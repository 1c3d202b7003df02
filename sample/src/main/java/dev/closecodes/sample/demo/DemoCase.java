package dev.closecodes.sample.demo;

import dev.closecodes.sample.ChatCloseEvent;
import dev.closecodes.sample.server.ServerClose;
import java.util.List;

/**
 * One way the demo's server ends a session, with a label for people.
 *
 * @param label what happens, such as {@code "the token expired"}
 * @param close what the server sends
 */
public record DemoCase(String label, ServerClose close) {

    /**
     * A reason of exactly 123 bytes in UTF-8, the most a close frame holds: text in four languages with characters
     * of two, three and four bytes.
     */
    public static final String LONGEST_REASON =
            "Sala fechada pelo dono · Salon fermé par le propriétaire · 聊天室已被所有者关闭 · Room closed by owner! 👋";

    /**
     * Returns the cases the demo runs, in order: a normal close, the chat service's own codes (with each kind of
     * reconnect advice) and one it does not declare, 3000 Unauthorized, the standard codes a server sends when it
     * goes away, fails or restarts, an empty close body, a reason as long as a close frame allows, and a dropped
     * connection.
     *
     * @return the cases
     */
    public static List<DemoCase> all() {
        return List.of(
                new DemoCase("normal close", new ServerClose.CodeFrame(1000, "bye")),
                new DemoCase("token expired", new ServerClose.CodeFrame(4001, "token expired")),
                new DemoCase("rate limited", new ServerClose.CodeFrame(4100, "slow down")),
                new DemoCase("room full", new ServerClose.CodeFrame(4201, "room full")),
                new DemoCase("room moved", new ServerClose.CodeFrame(4203, "room moved")),
                new DemoCase("unauthorized", new ServerClose.CodeFrame(3000, "token refused")),
                new DemoCase("undeclared 4xxx code", new ServerClose.CodeFrame(4500, "feature disabled")),
                new DemoCase("server going away", new ServerClose.CodeFrame(1001, "shutting down")),
                new DemoCase("internal error", new ServerClose.CodeFrame(1011, "unexpected condition")),
                new DemoCase("service restart", new ServerClose.CodeFrame(1012, "restarting")),
                new DemoCase("empty close body", new ServerClose.EmptyFrame()),
                new DemoCase("123-byte reason", new ServerClose.CodeFrame(4202, LONGEST_REASON)),
                new DemoCase("dropped connection", new ServerClose.DropConnection()));
    }

    /**
     * Returns the close event a client must report for this case: the generated decoder's reading of the frame the
     * server sends, or {@link ChatCloseEvent#abnormal()} when it sends none.
     *
     * @return the expected event
     */
    public ChatCloseEvent expectedEvent() {
        return close.frameBody().map(ChatCloseEvent::fromPayload).orElseGet(ChatCloseEvent::abnormal);
    }
}
