package com.example.chat;

import dev.closecodes.CloseFrames;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import java.util.function.Consumer;

/**
 * Reports how a WebSocket connection ended as a {@link ChatCloseEvent}, on a server or a client channel: from the
 * close frame that arrives, or, if the connection ends without one, as {@link ChatCloseEvent#abnormal()}. It
 * answers a close frame this end has not sent one before with the same code, and then closes the channel.
 *
 * <p>Put it after {@code WebSocketServerProtocolHandler} or {@code WebSocketClientProtocolHandler}, configured
 * with {@code handleCloseFrames(false)} so that close frames reach it. One instance per channel.
 */
public class ChatCloseHandler extends ChannelDuplexHandler {
    private final Consumer<ChatCloseEvent> onClose;
    private boolean closeSent;
    private boolean reported;

    /**
     * Creates a handler for one channel.
     *
     * @param onClose told once, when the connection has ended
     */
    public ChatCloseHandler(Consumer<ChatCloseEvent> onClose) {
        this.onClose = onClose;
    }

    /**
     * Returns a close frame to send, its reason cut after the last whole character that fits 123 bytes in UTF-8.
     * Netty sends a close frame of any length, and a peer fails the connection on one over 125 bytes.
     *
     * @param code the code, such as {@link ChatCloseCodes#TOKEN_EXPIRED}
     * @param reason the reason, or {@code null} for none
     * @return the frame
     */
    public static CloseWebSocketFrame closeFrame(int code, String reason) {
        return new CloseWebSocketFrame(code, CloseFrames.fitReason(reason));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof CloseWebSocketFrame frame)) {
            ctx.fireChannelRead(msg);
            return;
        }
        try {
            // statusCode() is -1 for an empty body, which a close event calls 1005.
            int code = frame.statusCode() == -1 ? 1005 : frame.statusCode();
            report(ChatCloseEvent.received(code, frame.reasonText()));
            if (closeSent) {
                ctx.close(); // the answer to our own close frame
            } else {
                CloseWebSocketFrame answer = code == 1005 ? new CloseWebSocketFrame() : new CloseWebSocketFrame(code, "");
                ctx.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
            }
        } finally {
            frame.release();
        }
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof CloseWebSocketFrame) {
            closeSent = true;
        }
        ctx.write(msg, promise);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        report(ChatCloseEvent.abnormal()); // no close frame came before the connection ended
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }

    private void report(ChatCloseEvent event) {
        if (!reported) {
            reported = true;
            onClose.accept(event);
        }
    }
}
