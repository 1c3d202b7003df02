package dev.closecodes.sample.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;

/**
 * Serves {@code META-INF/resources} of every jar and class folder on the class path, as Servlet containers and Spring
 * Boot do: the demo page and the ES module {@code /closecodes/dev/closecodes/sample/ChatCloseCodes.js} that the
 * processor wrote beside the generated classes.
 */
final class WebResources {
    /** Where web resources are on the class path. */
    static final String ROOT = "META-INF/resources";

    private WebResources() {}

    /**
     * Returns a handler for the class path's web resources, {@code index.html} the page of a folder.
     *
     * @param server the server, which mounts the jars and unmounts them when it stops
     * @return the handler, which handles only the paths that name a resource
     */
    static ResourceHandler handler(Server server) {
        ResourceFactory factory = ResourceFactory.of(server);
        List<Resource> roots = new ArrayList<>();
        try {
            for (URL url : Collections.list(WebResources.class.getClassLoader().getResources(ROOT))) {
                roots.add(factory.newResource(url.toURI()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the class path has a web resource folder that is no URI", e);
        }
        if (roots.isEmpty()) {
            throw new IllegalStateException(ROOT + " is missing from the class path");
        }
        ResourceHandler handler = new ResourceHandler();
        handler.setBaseResource(ResourceFactory.combine(roots));
        handler.setDirAllowed(false);
        handler.setWelcomeFiles("index.html");
        return handler;
    }
}
