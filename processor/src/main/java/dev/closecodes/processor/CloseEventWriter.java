package dev.closecodes.processor;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.closecodes.CloseFrames;
import dev.closecodes.InvalidClosePayloadException;
import dev.closecodes.Reconnect;
import dev.closecodes.StandardCloseCodes;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Writes {@code {prefix}CloseEvent}, the immutable close event with its builder and close-frame codec. */
final class CloseEventWriter {
    private static final ClassName FRAMES = ClassName.get(CloseFrames.class);
    private static final ClassName STANDARD = ClassName.get(StandardCloseCodes.class);

    TypeSpec write(Table table) {
        ClassName self = table.names().event();
        ClassName builder = self.nestedClass("Builder");
        ClassName codes = table.names().code();
        ClassName ranges = table.names().range();

        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("How a WebSocket connection closed, as a browser's {@code CloseEvent} reports it: the "
                        + "{@code code}, the {@code reason} and whether the close was clean, for the codes of "
                        + "{@link $T}.\n\n", table.spec())
                .addJavadoc("<p>Instances are immutable. Make one with {@link #builder()}, from a received close "
                        + "frame with {@link #fromPayload(byte[])}, or for a dropped connection with "
                        + "{@link #abnormal()}; {@link #toPayload()} writes the close frame's body.\n\n")
                .addJavadoc(Snippets.origin(table));

        type.addField(FieldSpec.builder(self, "NO_STATUS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("A received close frame with an empty body.\n")
                .initializer("new $T($T.NO_STATUS_RECEIVED, $S, true)", self, STANDARD, "")
                .build());
        type.addField(FieldSpec.builder(self, "ABNORMAL", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("A connection that dropped without a close frame.\n")
                .initializer("new $T($T.ABNORMAL_CLOSURE, $S, false)", self, STANDARD, "")
                .build());
        type.addField(FieldSpec.builder(int.class, "code", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("The code, 0–65535.\n").build());
        type.addField(FieldSpec.builder(String.class, "reason", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("The reason, at most 123 bytes in UTF-8.\n").build());
        type.addField(FieldSpec.builder(boolean.class, "wasClean", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("Whether the closing handshake completed.\n").build());

        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(int.class, "code")
                .addParameter(String.class, "reason")
                .addParameter(boolean.class, "wasClean")
                .addStatement("this.code = code")
                .addStatement("this.reason = reason")
                .addStatement("this.wasClean = wasClean")
                .build());

        type.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addJavadoc("Returns a builder with {@code CloseEventInit}'s defaults: code 0, reason {@code \"\"}, "
                        + "not clean.\n\n@return a new builder\n")
                .addStatement("return new Builder()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addJavadoc("Returns a builder that starts from this event's values.\n\n@return a new builder\n")
                .addStatement("return new Builder().code(code).reason(reason).wasClean(wasClean)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("abnormal")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addJavadoc("Returns the event of a connection that dropped without a close frame: code 1006, reason "
                        + "{@code \"\"}, not clean.\n\n@return the event\n")
                .addStatement("return ABNORMAL")
                .build());
        type.addMethod(MethodSpec.methodBuilder("received")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(int.class, "code")
                .addParameter(String.class, "reason")
                .addJavadoc("Returns the event for a close that a WebSocket API reported in its close callback, "
                        + "lenient where those APIs are: a {@code null} reason is {@code \"\"}, a reason over 123 "
                        + "bytes in UTF-8 is cut after the last whole character that fits, code 1006 is "
                        + "{@link #abnormal()}, and any other code is a clean close. Unlike {@link #builder()}, "
                        + "which defaults to an unclean close, it gives the advice the table has for the code.\n\n"
                        + "<p>Pass what the callback reports: Spring's {@code CloseStatus.getCode()} and "
                        + "{@code getReason()}; Jakarta WebSocket's {@code CloseReason.getCloseCode().getCode()} and "
                        + "{@code getReasonPhrase()}; the code and reason of Jetty's, OkHttp's and the JDK's "
                        + "{@code onClose} (OkHttp's {@code onClosing}); Netty's "
                        + "{@code CloseWebSocketFrame.statusCode()}, with -1 (an empty body) as 1005, and "
                        + "{@code reasonText()}. A connection that failed without a close callback (OkHttp's "
                        + "{@code onFailure}, the JDK's {@code onError}) is {@link #abnormal()}.\n\n"
                        + "@param code the reported code, from 0 to 65535\n"
                        + "@param reason the reported reason, or {@code null}\n"
                        + "@return the event\n"
                        + "@throws IllegalArgumentException if the code is outside 0–65535, naming the code and "
                        + "the limit\n")
                .beginControlFlow("if ($T.checkCode(code) == $T.ABNORMAL_CLOSURE)", FRAMES, STANDARD)
                .addStatement("return ABNORMAL")
                .endControlFlow()
                .addStatement("return new $T(code, $T.fitReason(reason), true)", self, FRAMES)
                .build());

        type.addMethod(getter("code", int.class, "Returns the close code.", "the code, from 0 to 65535"));
        type.addMethod(getter("reason", String.class, "Returns the close reason.",
                "the reason, at most 123 bytes in UTF-8; {@code \"\"} if none was given"));
        type.addMethod(getter("wasClean", boolean.class,
                "Tells whether the connection closed cleanly, with a completed closing handshake.",
                "{@code true} for a clean close"));

        type.addMethod(MethodSpec.methodBuilder("knownCode")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), codes))
                .addJavadoc("Returns the table's constant for this event's code.\n\n"
                        + "@return the constant, or an empty {@code Optional} if the table does not declare the code\n")
                .addStatement("return $T.fromCode(code)", codes)
                .build());
        type.addMethod(MethodSpec.methodBuilder("range")
                .addModifiers(Modifier.PUBLIC)
                .returns(ranges)
                .addJavadoc("Returns the innermost range that holds this event's code.\n\n@return the range\n")
                .addStatement("return $T.classify(code)", ranges)
                .build());
        type.addMethod(MethodSpec.methodBuilder("reconnect")
                .addModifiers(Modifier.PUBLIC)
                .returns(Reconnect.class)
                .addJavadoc("Returns what a client should do now: after an unclean close, {@link $T#BACKOFF}; "
                        + "otherwise the advice of the code, or of its range if the table does not declare it. $L"
                        + "\n\n@return the reconnect advice\n", Reconnect.class, Snippets.adviceKinds())
                .beginControlFlow("if (!wasClean)")
                .addStatement("return $T.BACKOFF", Reconnect.class)
                .endControlFlow()
                .addStatement("$T known = $T.fromCode(code)",
                        ParameterizedTypeName.get(ClassName.get(Optional.class), codes), codes)
                .addStatement("return known.isPresent() ? known.get().reconnect() : range().reconnect()")
                .build());

        type.addMethod(MethodSpec.methodBuilder("toPayload")
                .addModifiers(Modifier.PUBLIC)
                .returns(byte[].class)
                .addJavadoc("Returns the body of the close frame for this event (RFC 6455 §5.5.1): the code as two "
                        + "big-endian bytes, then the reason in UTF-8. Code 1005 with an empty reason gives an empty "
                        + "body, which is how a close frame says it has no code.\n\n"
                        + "@return a new array of 0 to 125 bytes\n"
                        + "@throws IllegalStateException if the code may not be sent, such as 1006, 0 or 1005 with a "
                        + "reason\n")
                .beginControlFlow("if (code == $T.NO_STATUS_RECEIVED && reason.isEmpty())", STANDARD)
                .addStatement("return new byte[0]")
                .endControlFlow()
                .beginControlFlow("if (!$T.isSendable(code))", ranges)
                .addStatement("throw new $T($S + code + $S)", IllegalStateException.class, "code ",
                        " may not be sent in a close frame; send a code that isSendable() accepts, such as 1000")
                .endControlFlow()
                .addStatement("return $T.encode(code, reason)", FRAMES)
                .build());
        type.addMethod(MethodSpec.methodBuilder("fromPayload")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(byte[].class, "body")
                .addJavadoc("Reads the body of a received close frame (RFC 6455 §5.5.1). The event is clean: a "
                        + "close frame arrived.\n\n"
                        + "@param body the close frame's payload\n"
                        + "@return the event; code 1005 and reason {@code \"\"} for an empty body\n"
                        + "@throws $T with {@code closeCode()} 1002 for a body of 1 byte or more than 125 bytes, or a "
                        + "code that may not be sent; with {@code closeCode()} 1007 for a reason that is not valid "
                        + "UTF-8\n"
                        + "@throws NullPointerException if {@code body} is null\n", InvalidClosePayloadException.class)
                .beginControlFlow("if (body.length == 0)")
                .addStatement("return NO_STATUS")
                .endControlFlow()
                .addStatement("int code = $T.decodeCode(body)", FRAMES)
                .beginControlFlow("if (!$T.isSendable(code))", ranges)
                .addStatement("throw new $T($T.PROTOCOL_ERROR, $S + code + $S)", InvalidClosePayloadException.class,
                        FRAMES, "the close frame carries code ", ", which may not be sent")
                .endControlFlow()
                .addStatement("return new $T(code, $T.decodeReason(body), true)", self, FRAMES)
                .build());

        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other")
                .addJavadoc("Tells whether {@code other} is a {@code $T} with the same code, reason and "
                        + "cleanliness.\n\n@param other any object\n@return {@code true} if they are equal\n", self)
                .addStatement("return other instanceof $T that && code == that.code && wasClean == that.wasClean "
                        + "&& reason.equals(that.reason)", self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addJavadoc("Returns a hash code from the code, reason and cleanliness.\n\n@return the hash code\n")
                .addStatement("return $T.hash(code, reason, wasClean)", Objects.class)
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("Returns the event as {@code $L[code=1000, reason=done, wasClean=true]}.\n\n"
                        + "@return the text\n", self.simpleName())
                .addStatement("return $S + code + $S + reason + $S + wasClean + $S", self.simpleName() + "[code=",
                        ", reason=", ", wasClean=", "]")
                .build());

        type.addType(builder(self, builder, codes));
        return type.build();
    }

    private static TypeSpec builder(ClassName event, ClassName builder, ClassName codes) {
        return TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds a {@link $T}, checking on {@link #build()} that it fits a close frame.\n", event)
                .addField(FieldSpec.builder(int.class, "code", Modifier.PRIVATE)
                        .addJavadoc("The code; 0 by default.\n").build())
                .addField(FieldSpec.builder(String.class, "reason", Modifier.PRIVATE)
                        .addJavadoc("The reason; empty by default.\n").initializer("$S", "").build())
                .addField(FieldSpec.builder(boolean.class, "wasClean", Modifier.PRIVATE)
                        .addJavadoc("Whether the close was clean; not by default.\n").build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("code")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(int.class, "code")
                        .addJavadoc("Sets the code.\n\n@param code the code; {@link #build()} checks it lies in "
                                + "0–65535\n@return this builder\n")
                        .addStatement("this.code = code")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("code")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(codes, "code")
                        .addJavadoc("Sets the code to a constant's.\n\n@param code the constant\n@return this builder\n"
                                + "@throws NullPointerException if {@code code} is null\n")
                        .addStatement("this.code = code.code()")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("reason")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(String.class, "reason")
                        .addJavadoc("Sets the reason.\n\n@param reason the reason; {@link #build()} checks it is at "
                                + "most 123 bytes in UTF-8 with no unpaired surrogate\n@return this builder\n"
                                + "@throws NullPointerException if {@code reason} is null\n")
                        .addStatement("this.reason = $T.requireNonNull(reason, $S)", Objects.class, "reason")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("wasClean")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addParameter(boolean.class, "wasClean")
                        .addJavadoc("Sets whether the close was clean.\n\n@param wasClean {@code true} for a clean "
                                + "close\n@return this builder\n")
                        .addStatement("this.wasClean = wasClean")
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(event)
                        .addJavadoc("Returns the event.\n\n@return a new event\n"
                                + "@throws IllegalArgumentException if the code is outside 0–65535, or the reason is "
                                + "longer than 123 bytes in UTF-8 or has an unpaired surrogate; the message names "
                                + "the field and the limit\n")
                        .addStatement("return new $T($T.checkCode(code), $T.checkReason(reason), wasClean)", event,
                                FRAMES, FRAMES)
                        .build())
                .build();
    }

    private static MethodSpec getter(String name, Class<?> returns, String doc, String result) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns)
                .addJavadoc("$L\n\n@return $L\n", doc, result)
                .addStatement("return $L", name)
                .build();
    }
}
