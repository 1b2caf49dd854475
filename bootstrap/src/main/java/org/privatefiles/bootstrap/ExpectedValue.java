package org.privatefiles.bootstrap;

import picocli.CommandLine.TypeConversionException;

/** A flag value refused by one of our converters, saying what was expected ("a positive integer id"); the error line adds the flag and the value. */
final class ExpectedValue extends TypeConversionException {
    ExpectedValue(String expected) {
        super(expected);
    }
}
