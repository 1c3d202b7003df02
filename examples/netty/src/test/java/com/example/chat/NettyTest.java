package com.example.chat;

import dev.closecodes.Reconnect;
import dev.closecodes.examples.loopback.CloseCase;
import dev.closecodes.examples.loopback.Relay;
import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolConfig;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import io.netty.util.ReferenceCountUtil;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Netty server and a Netty client on loopback, each with a {@link ChatCloseHandler}: for each way the server
 * ends a session, the event each end makes of the close frame it received (or of none), and the advice it gives.
 */
class NettyTest {
    private static final BlockingQueue<ChatCloseEvent> SERVER_EVENTS = new LinkedBlockingQueue<>();
    private static EventLoopGroup group;
    private static Channel server;
    private static Relay relay;

    @BeforeAll
    static void start() throws Exception {
        group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        server = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(
                                new HttpServerCodec(),
                                new HttpObjectAggregator(65536),
                                new WebSocketServerProtocolHandler(WebSocketServerProtocolConfig.newBuilder()
                                        .websocketPath("/chat")
                                        .checkStartsWith(true)
                                        .handleCloseFrames(false)
                                        .build()),
                                new CaseActor(),
                                new ChatCloseHandler(SERVER_EVENTS::add));
                    }
                })
                .bind("127.0.0.1", 0).sync().channel();
        relay = Relay.to(((InetSocketAddress) server.localAddress()).getPort());
    }

    @AfterAll
    static void stop() throws Exception {
        relay.close();
        server.close().sync();
        group.shutdownGracefully(0, 0, TimeUnit.SECONDS).sync();
    }

    @Test
    void tokenExpiredIsNeverOnBothEnds() throws Exception {
        Ends ends = run(CloseCase.TOKEN_EXPIRED);
        Ends.assertEvent(ends.client(), 4001, CloseCase.TOKEN_EXPIRED_REASON, true, Reconnect.NEVER);
        // ChatCloseHandler answers a close frame with its code and no reason.
        Ends.assertEvent(ends.server(), 4001, "", true, Reconnect.NEVER);
    }

    @Test
    void normalClosureWithoutReason() throws Exception {
        Ends ends = run(CloseCase.NORMAL_WITHOUT_REASON);
        Ends.assertEvent(ends.client(), 1000, "", true, Reconnect.NEVER);
        Ends.assertEvent(ends.server(), 1000, "", true, Reconnect.NEVER);
    }

    @Test
    void emptyCloseBodyIs1005() throws Exception {
        Ends ends = run(CloseCase.EMPTY_BODY);
        // Netty's statusCode() is -1 for the empty body; ChatCloseHandler makes it 1005 and answers in kind.
        Ends.assertEvent(ends.client(), 1005, "", true, Reconnect.NEVER);
        Ends.assertEvent(ends.server(), 1005, "", true, Reconnect.NEVER);
    }

    @Test
    void reasonOver123BytesIsCutBeforeSending() throws Exception {
        Ends ends = run(CloseCase.LONG_REASON);
        Ends.assertEvent(ends.client(), 4001, CloseCase.LONG_REASON_FITTED, true, Reconnect.NEVER);
        Ends.assertEvent(ends.server(), 4001, "", true, Reconnect.NEVER);
    }

    @Test
    void droppedConnectionIsAbnormalAndBacksOff() throws Exception {
        Ends ends = run(CloseCase.DROPPED);
        Ends.assertEvent(ends.client(), 1006, "", false, Reconnect.BACKOFF);
        Ends.assertEvent(ends.server(), 1006, "", false, Reconnect.BACKOFF);
    }

    private static Ends run(CloseCase closeCase) throws Exception {
        CompletableFuture<ChatCloseEvent> clientEvent = new CompletableFuture<>();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        URI uri = relay.uri("/chat", closeCase);
        new Bootstrap()
                .group(group)
                .channel(NioSocketChannel.class)
                .handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(
                                new HttpClientCodec(),
                                new HttpObjectAggregator(65536),
                                new WebSocketClientProtocolHandler(WebSocketClientProtocolConfig.newBuilder()
                                        .webSocketUri(uri)
                                        .handleCloseFrames(false)
                                        .build()),
                                new ChannelInboundHandlerAdapter() {
                                    @Override
                                    public void channelRead(ChannelHandlerContext ctx, Object msg) {
                                        if (msg instanceof TextWebSocketFrame) {
                                            ReferenceCountUtil.release(msg);
                                            ready.complete(null);
                                        } else {
                                            ctx.fireChannelRead(msg);
                                        }
                                    }
                                },
                                new ChatCloseHandler(clientEvent::complete));
                    }
                })
                .connect(uri.getHost(), uri.getPort()).sync();
        if (closeCase == CloseCase.DROPPED) {
            ready.get(10, TimeUnit.SECONDS);
            relay.cut();
        }
        ChatCloseEvent client = clientEvent.get(10, TimeUnit.SECONDS);
        ChatCloseEvent serverEnd = SERVER_EVENTS.poll(10, TimeUnit.SECONDS);
        return new Ends(client, serverEnd);
    }

    /** Ends each server session as the case in its request's query says, once the handshake is done. */
    private static final class CaseActor extends ChannelInboundHandlerAdapter {
        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete handshake) {
                CloseCase closeCase = CloseCase.fromQuery(URI.create(handshake.requestUri()).getRawQuery())
                        .orElseThrow();
                Channel channel = ctx.channel(); // written from the tail, so ChatCloseHandler sees our close
                switch (closeCase) {
                    case TOKEN_EXPIRED -> channel.writeAndFlush(
                            ChatCloseHandler.closeFrame(ChatCloseCodes.TOKEN_EXPIRED, CloseCase.TOKEN_EXPIRED_REASON));
                    case NORMAL_WITHOUT_REASON -> channel.writeAndFlush(
                            ChatCloseHandler.closeFrame(ChatCloseCodes.NORMAL_CLOSURE, null));
                    case EMPTY_BODY -> channel.writeAndFlush(new CloseWebSocketFrame());
                    case LONG_REASON -> channel.writeAndFlush(
                            ChatCloseHandler.closeFrame(ChatCloseCodes.TOKEN_EXPIRED, CloseCase.LONG_REASON_TEXT));
                    case DROPPED -> channel.writeAndFlush(new TextWebSocketFrame(CloseCase.READY));
                }
            }
            ctx.fireUserEventTriggered(event);
        }
    }
}
