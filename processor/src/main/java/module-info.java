/**
 * The closecodes annotation processor. Put it on the processor path ({@code annotationProcessorPaths} in Maven,
 * {@code annotationProcessor} in Gradle) or on javac's {@code --processor-module-path}; it is never needed at run
 * time.
 */
@SuppressWarnings("requires-automatic") // JavaPoet and AutoService's annotations name their modules in manifests.
module dev.closecodes.processor {
    requires dev.closecodes;
    requires java.compiler;
    requires static jdk.compiler; // only to point at a value inside a repeated annotation, where javac runs
    requires com.palantir.javapoet;
    requires static com.google.auto.service;

    provides javax.annotation.processing.Processor with dev.closecodes.processor.CloseCodeProcessor;
}
