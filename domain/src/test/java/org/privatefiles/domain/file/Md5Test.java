package org.privatefiles.domain.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** MD5 as lowercase hex: RFC 1321 test vectors, UTF-8 text, and the hex check. */
class Md5Test {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "``|d41d8cd98f00b204e9800998ecf8427e",
            "a|0cc175b9c0f1b6a831c399e269772661",
            "abc|900150983cd24fb0d6963f7d28e17f72",
            "message digest|f96b697d7cb7938d525a2f31aaf161d0",
            "The quick brown fox jumps over the lazy dog|9e107d9d372bb6826bd81d3542a419d6"})
    void hex_of_known_texts_matches_the_reference_digests(String text, String md5) {
        assertThat(Md5.hexOf(text)).isEqualTo(md5);
    }

    @Test
    void text_is_hashed_as_utf8() {
        assertThat(Md5.hexOf("\u00E9")).isEqualTo("66ddcd97cfdeabb2f6fb8a999b4bc76f");
    }

    @Test
    void a_digest_fed_in_pieces_gives_the_same_hex_as_the_whole_text() {
        var digest = Md5.newDigest();
        digest.update("The quick brown ".getBytes(StandardCharsets.UTF_8));
        digest.update("fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8));

        assertThat(Md5.hex(digest)).isEqualTo("9e107d9d372bb6826bd81d3542a419d6");
    }

    @Test
    void thirty_two_lowercase_hex_characters_are_md5_hex() {
        assertThat(Md5.isHex("d41d8cd98f00b204e9800998ecf8427e")).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "D41D8CD98F00B204E9800998ECF8427E",
            "d41d8cd98f00b204e9800998ecf8427",
            "d41d8cd98f00b204e9800998ecf8427e0",
            "g41d8cd98f00b204e9800998ecf8427e",
            " d41d8cd98f00b204e9800998ecf8427e"})
    void anything_else_is_not_md5_hex(String value) {
        assertThat(Md5.isHex(value)).isFalse();
    }
}
