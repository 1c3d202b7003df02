package com.example.shop;

import dev.closecodes.InvalidClosePayloadException;
import java.util.HexFormat;
import java.util.Locale;

/** Uses every generated type once and prints what it answers; the release rehearsal compares the output. */
public final class Main {
    private Main() {
    }

    /**
     * Prints the answers, one per line.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        ShopCloseCode code = ShopCloseCode.fromCode(4001).orElseThrow();
        System.out.println(code + " " + code.code() + " \"" + code.title() + "\" " + code.range() + " "
                + code.reconnect());
        System.out.println(code.description(Locale.FRENCH));
        System.out.println(ShopCloseCode.fromName("close_normal").orElseThrow());
        System.out.println(ShopCloseCodeRange.classify(4050) + " " + ShopCloseCodeRange.classify(4500) + " "
                + ShopCloseCodeRange.classify(70000));
        System.out.println("sendable 1006: " + ShopCloseCodeRange.isSendable(1006));

        ShopCloseEvent event = ShopCloseEvent.builder().code(ShopCloseCode.CART_EXPIRED).reason("cart expired")
                .wasClean(true).build();
        byte[] payload = event.toPayload();
        System.out.println(HexFormat.of().formatHex(payload) + " " + ShopCloseEvent.fromPayload(payload).equals(event));
        try {
            ShopCloseEvent.fromPayload(new byte[] {3});
            System.out.println("a 1-byte close body was accepted");
        } catch (InvalidClosePayloadException e) {
            System.out.println("1-byte body: close with " + e.closeCode());
        }
        System.out.println("java " + Runtime.version().feature());
    }
}
