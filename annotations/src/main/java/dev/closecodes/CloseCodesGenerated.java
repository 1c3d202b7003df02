package dev.closecodes;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a type that the closecodes processor generated. It is kept in class files, so coverage tools such as
 * JaCoCo, which skip types annotated with an annotation named {@code *Generated*}, leave generated code out of
 * their reports.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CloseCodesGenerated {}
