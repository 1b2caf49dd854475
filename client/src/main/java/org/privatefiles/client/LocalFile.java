package org.privatefiles.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** A local file to upload: its absolute path, size and modification time, read in ranges. */
record LocalFile(Path path, long size, String modified) {

    static LocalFile of(String name) {
        Path path = Path.of(name).toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw ClientFailure.badArguments("not a file: " + name);
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
            return new LocalFile(path, attributes.size(), attributes.lastModifiedTime().toInstant().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    String name() {
        return path.getFileName().toString();
    }

    /** The whole file's MD5 as hex. */
    String md5() throws IOException {
        return Md5.hex(Md5.update(Md5.digest(), path, 0, size).digest());
    }
}
