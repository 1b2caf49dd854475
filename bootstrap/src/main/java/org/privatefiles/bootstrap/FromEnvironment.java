package org.privatefiles.bootstrap;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks a class of configuration options: each of its flags also reads its environment variable ({@link EnvironmentDefaults}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface FromEnvironment {
}
