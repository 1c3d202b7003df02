package dev.closecodes.sample.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves {@code conformance.html}: a page whose scripts open WebSockets to the {@link SampleServer} and report the
 * browser's {@code CloseEvent}s and what its {@code WebSocket.close()} accepts.
 */
final class ConformancePage extends Handler.Abstract.NonBlocking {
    /** Where the page is served. */
    static final String PATH = "/conformance.html";

    private final byte[] html;

    ConformancePage() {
        try (InputStream in = Objects.requireNonNull(ConformancePage.class.getResourceAsStream("conformance.html"),
                "conformance.html is missing from the class path")) {
            html = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!path.equals("/") && !path.equals(PATH)) {
            return false;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8");
        response.write(true, ByteBuffer.wrap(html), callback);
        return true;
    }
}
