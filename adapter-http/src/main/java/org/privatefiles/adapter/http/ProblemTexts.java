package org.privatefiles.adapter.http;

import static java.util.Map.entry;

import java.util.Map;
import org.privatefiles.application.port.in.Fields;
import org.privatefiles.domain.failure.Problem;
import org.privatefiles.domain.failure.Problem.BadRange;
import org.privatefiles.domain.failure.Problem.Expected;
import org.privatefiles.domain.failure.Problem.HashMismatch;
import org.privatefiles.domain.failure.Problem.OutOfRange;
import org.privatefiles.domain.failure.Problem.PartEtagMismatch;
import org.privatefiles.domain.failure.Problem.PartMissing;
import org.privatefiles.domain.failure.Problem.PartTooSmall;
import org.privatefiles.domain.failure.Problem.RangeFault;
import org.privatefiles.domain.failure.Problem.Required;
import org.privatefiles.domain.failure.Problem.TooLong;
import org.privatefiles.domain.failure.Problem.UnknownReference;
import org.privatefiles.domain.failure.Problem.WrongType;

/** The one table from a problem kind (and, where DRF's wording depends on it, the core field) to DRF's message text. */
final class ProblemTexts {
    /** The kinds without parameters. */
    private static final Map<Class<? extends Problem>, String> FIXED = Map.ofEntries(
            entry(Problem.NotNull.class, "This field may not be null."),
            entry(Problem.Blank.class, "This field may not be blank."),
            entry(Problem.NullCharacters.class, "Null characters are not allowed."),
            entry(Problem.NoSuchPage.class, "Invalid page."),
            entry(Problem.UnmatchedReference.class, "Invalid hyperlink - No URL match."),
            entry(Problem.InvalidChoice.class, "Select a valid choice. That choice is not one of the available choices."),
            entry(Problem.InvalidEmail.class, "Enter a valid email address."),
            entry(Problem.EmptyFile.class, "The submitted file is empty."),
            entry(Problem.UploadInProgress.class, "Complete or abort the chunked upload first."),
            entry(Problem.NoUploadInProgress.class, "This file has no chunked upload in progress."),
            entry(Problem.NoParts.class, "No parts were uploaded."),
            entry(Problem.PartChanged.class, "A part changed while the upload was being completed; complete it again."),
            entry(Problem.PartsOutOfOrder.class, "Parts must be listed in ascending order of part_number without repeats."),
            entry(Problem.BadCredentials.class, "Unable to log in with provided credentials."));
    private static final Map<RangeFault, String> RANGE = Map.of(
            RangeFault.SYNTAX, "Expected [first,last].",
            RangeFault.ORDER, "Expected 0 <= first <= last.",
            RangeFault.SIZE, "Range too large.");
    /** {@code %s} is the Python type name of the value received. */
    private static final Map<Expected, String> WRONG_TYPE = Map.ofEntries(
            entry(Expected.STRING, "Not a valid string."),
            entry(Expected.BOOLEAN, "Must be a valid boolean."),
            entry(Expected.INTEGER, "A valid integer is required."),
            entry(Expected.UUID, "Must be a valid UUID."),
            entry(Expected.LIST, "Expected a list of items but got type \"%s\"."),
            entry(Expected.OBJECT, "Invalid data. Expected a dictionary, but got %s."),
            entry(Expected.REFERENCE, "Incorrect type. Expected URL string, received %s."),
            entry(Expected.JSON, "Value must be valid JSON."),
            entry(Expected.FILE, "The submitted data was not a file. Check the encoding type on the form."),
            entry(Expected.MD5, "Invalid Content-MD5 header: expected the base64 (RFC 1864) or hex MD5 of the part."),
            entry(Expected.PART_REFERENCE, "Each part needs an integer part_number and a string etag."));

    private ProblemTexts() {
    }

    static String text(String field, Problem problem) {
        String fixed = FIXED.get(problem.getClass());
        if (fixed != null) {
            return fixed;
        }
        if (problem instanceof Required) {
            return Fields.CONTENT.equals(field) ? "No file was submitted." : "This field is required.";
        }
        if (problem instanceof WrongType w) {
            return String.format(WRONG_TYPE.get(w.expected()), w.received());
        }
        if (problem instanceof TooLong t) {
            return "Ensure this field has no more than " + t.max() + " characters.";
        }
        if (problem instanceof OutOfRange r) {
            return r.max() == Long.MAX_VALUE ? "Ensure this value is greater than or equal to " + r.min() + "."
                    : "Ensure this value is between " + r.min() + " and " + r.max() + ".";
        }
        if (problem instanceof BadRange r) {
            return RANGE.get(r.fault());
        }
        if (problem instanceof UnknownReference u) {
            return unknownReference(field, u.value());
        }
        if (problem instanceof HashMismatch h) {
            return Fields.PART_MD5.equals(field) ? "The part's MD5 " + h.actualMd5() + " does not match Content-MD5."
                    : "The file hash does not match the uploaded content (MD5 " + h.actualMd5() + ").";
        }
        return parts(problem);
    }

    private static String parts(Problem problem) {
        if (problem instanceof PartTooSmall p) {
            return "Part " + p.number() + " is smaller than the minimum of " + p.minBytes()
                    + " bytes; only the last part may be smaller.";
        }
        if (problem instanceof PartMissing p) {
            return "Part " + p.number() + " was not uploaded.";
        }
        if (problem instanceof PartEtagMismatch p) {
            return "Part " + p.number() + " has etag " + p.stored() + ", not " + p.given() + ".";
        }
        throw new IllegalArgumentException("No text for " + problem);
    }

    /** DRF words an unknown reference by the field's type: a primary key, a hyperlink, or (ours) a tag filter. */
    private static String unknownReference(String field, String value) {
        if (value != null && field.equals("document_template")) {
            return "Invalid pk \"" + value + "\" - object does not exist.";
        }
        if (field.equals(Fields.TAG_FILTER) || field.equals(Fields.EXCLUDED_TAG_FILTER)) {
            return "Unknown file tag: " + value;
        }
        return "Invalid hyperlink - Object does not exist.";
    }
}
