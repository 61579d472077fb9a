package no.minside.objections;

import no.minside.common.Violations;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** The rules for the files an objection or a reply carries: at most five, 10 MB each, a PDF, PNG or JPEG by content. */
final class ObjectionFiles {

    static final int MAX_FILES = 5;
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private ObjectionFiles() {
    }

    /** Adds a violation for each file that breaks a rule, naming the file. */
    static void check(List<FileUpload> files, Violations found) {
        if (files.size() > MAX_FILES) {
            found.add("attachments", "too_many_files", MAX_FILES, files.size());
            return;
        }
        for (FileUpload file : files) {
            if (file.size() > MAX_BYTES) {
                found.add("attachments", "file_too_large", safe(file.fileName()));
                return;
            }
            if (FileTypes.detect(head(file)).isEmpty()) {
                found.add("attachments", "file_type", safe(file.fileName()));
                return;
            }
        }
    }

    static byte[] read(FileUpload file) {
        try {
            return Files.readAllBytes(file.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(FileUpload file) {
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            return in.readNBytes(16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String safe(String name) {
        String base = name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "");
        return base.length() > 60 ? base.substring(0, 60) + "…" : base;
    }
}
