package org.privatefiles.domain.failure;

/**
 * What is wrong with one input field: a kind of problem with its parameters, described in plain
 * English by {@link #description()}; adapters translate kinds into their own wording.
 */
public sealed interface Problem {

    /** A plain English description, for embedders and logs. */
    String description();

    /** The field must be given. */
    record Required() implements Problem {
        public String description() { return "Is required."; }
    }

    /** The field was given as null. */
    record NotNull() implements Problem {
        public String description() { return "May not be null."; }
    }

    /** The text is empty or only whitespace. */
    record Blank() implements Problem {
        public String description() { return "May not be blank."; }
    }

    /** The text has more than {@code max} characters. */
    record TooLong(int max) implements Problem {
        public String description() { return "Has more than " + max + " characters."; }
    }

    /** The text holds a NUL character. */
    record NullCharacters() implements Problem {
        public String description() { return "May not hold NUL characters."; }
    }

    /** The value is not of the expected type; {@code received} names the type given, when known. */
    record WrongType(Expected expected, String received) implements Problem {
        public WrongType(Expected expected) { this(expected, null); }
        public String description() {
            return "Is not " + expected.description + (received == null ? "." : " (got " + received + ").");
        }
    }

    /** The types a field may expect. */
    enum Expected {
        STRING("a string"), BOOLEAN("a boolean"), INTEGER("an integer"), UUID("a UUID"), LIST("a list"),
        OBJECT("an object"), REFERENCE("a reference (an id, a URL or a path)"), JSON("JSON text"), FILE("a file"),
        MD5("an MD5 digest"), PART_REFERENCE("a part number with an etag");

        private final String description;

        Expected(String description) {
            this.description = description;
        }
    }

    /** The number is outside {@code min..max} ({@code max} is {@link Long#MAX_VALUE} when unbounded). */
    record OutOfRange(long min, long max) implements Problem {
        public String description() {
            return max == Long.MAX_VALUE ? "Is less than " + min + "." : "Is not between " + min + " and " + max + ".";
        }
    }

    /** The page asked for does not exist. */
    record NoSuchPage() implements Problem {
        public String description() { return "Names no page."; }
    }

    /** A range is not of the form {@code [first,last]} with {@code 0 <= first <= last} and at most 2^31-1 items. */
    record BadRange(RangeFault fault) implements Problem {
        public String description() { return "Is not a valid range (" + fault.name().toLowerCase(java.util.Locale.ROOT) + ")."; }
    }

    /** What is wrong with a range. */
    enum RangeFault { SYNTAX, ORDER, SIZE }

    /** The value names nothing that exists (or that the actor may use). */
    record UnknownReference(String value) implements Problem {
        public String description() { return "Names nothing known" + (value == null ? "." : ": " + value + "."); }
    }

    /** The value is a link, but not to a resource of the expected kind. */
    record UnmatchedReference() implements Problem {
        public String description() { return "Links to no resource of this kind."; }
    }

    /** The value is not one of the choices available. */
    record InvalidChoice() implements Problem {
        public String description() { return "Is not one of the available choices."; }
    }

    /** The text is not an email address. */
    record InvalidEmail() implements Problem {
        public String description() { return "Enter a valid email address."; }
    }

    /** The submitted content has no bytes. */
    record EmptyFile() implements Problem {
        public String description() { return "Is an empty file."; }
    }

    /** The content's MD5 is {@code actualMd5}, not the one the request expected. */
    record HashMismatch(String actualMd5) implements Problem {
        public String description() { return "Does not match the content's MD5 " + actualMd5 + "."; }
    }

    /** The file's chunked upload must be completed or aborted first. */
    record UploadInProgress() implements Problem {
        public String description() { return "Cannot change while a chunked upload is in progress."; }
    }

    /** The file has no chunked upload in progress. */
    record NoUploadInProgress() implements Problem {
        public String description() { return "The file has no chunked upload in progress."; }
    }

    /** A chunked upload was completed without any part. */
    record NoParts() implements Problem {
        public String description() { return "No parts were uploaded."; }
    }

    /** A part other than the last is smaller than {@code minBytes}. */
    record PartTooSmall(int number, long minBytes) implements Problem {
        public String description() { return "Part " + number + " is smaller than " + minBytes + " bytes."; }
    }

    /** A part was replaced while the upload was being completed. */
    record PartChanged() implements Problem {
        public String description() { return "A part changed during completion."; }
    }

    /** The listed parts are not in strictly ascending order of their numbers. */
    record PartsOutOfOrder() implements Problem {
        public String description() { return "Parts are not listed in ascending order without repeats."; }
    }

    /** A listed part was never uploaded. */
    record PartMissing(int number) implements Problem {
        public String description() { return "Part " + number + " was not uploaded."; }
    }

    /** A listed part's etag is {@code given}, but the stored part's is {@code stored}. */
    record PartEtagMismatch(int number, String stored, String given) implements Problem {
        public String description() { return "Part " + number + " has etag " + stored + ", not " + given + "."; }
    }

    /** The username and password do not match an account. */
    record BadCredentials() implements Problem {
        public String description() { return "Unable to log in with the credentials given."; }
    }
}
