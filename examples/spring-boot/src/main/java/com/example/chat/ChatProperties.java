package com.example.chat;

import lombok.Getter;
import lombok.Setter;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The service's settings, under {@code chat.*}. */
@Getter
@Setter
@ConfigurationProperties("chat")
public class ChatProperties {
    /** The path of the WebSocket endpoint. */
    private String path = "/chat";
}
