package org.concord.domain.document;

import java.util.Set;
import org.concord.domain.RuleViolation;

/**
 * R-C2: what the Center accepts as a document, by size and by the media type detected from the content. Both limits
 * are configuration; a refused upload says which limit it broke and names the field.
 */
public record DocumentPolicy(long maxBytes, Set<String> mediaTypes) {

    public void check(Upload upload, String field) {
        if (upload.content().length == 0) {
            throw new RuleViolation("R-C2", field, "rule.document.empty", upload.filename());
        }
        if (upload.content().length > maxBytes) {
            throw new RuleViolation("R-C2", field, "rule.document.tooLarge", upload.filename(), maxBytes / 1024);
        }
        if (!mediaTypes.contains(upload.mediaType())) {
            throw new RuleViolation(
                    "R-C2",
                    field,
                    "rule.document.type",
                    upload.filename(),
                    upload.mediaType(),
                    String.join(", ", mediaTypes.stream().sorted().toList()));
        }
    }
}
