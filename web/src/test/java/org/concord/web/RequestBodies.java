package org.concord.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Request bodies for the API: every item of Article 5(b), a copy of the Statement of Reasons attached. */
final class RequestBodies {

    private RequestBodies() {}

    static JsonObjectBuilder items(String matter, String platformName, String description) {
        return Json.createObjectBuilder()
                .add("capacity", "USER")
                .add("platformName", platformName)
                .add("platformReference", "ref-" + java.util.UUID.randomUUID())
                .add("platformCorrespondenceEmail", "me@example.org")
                .add("matter", matter)
                .add("restrictions", Json.createArrayBuilder().add("VISIBILITY"))
                .add("description", description)
                .add("remedy", "Reinstate the content")
                .add("domicile", "FR")
                .add("submitsToJurisdiction", true)
                .add("otherProceedings", "None")
                .add("noIchsDecision", true);
    }

    static String annex(String kind, String filename, byte[] content) {
        return Json.createObjectBuilder()
                .add("kind", kind)
                .add("filename", filename)
                .add("content", Base64.getEncoder().encodeToString(content))
                .build()
                .toString();
    }

    /** A complete Request with a plain-text copy of the Statement of Reasons (5(b)(v)). */
    static String complete(String matter, String platformName, String description) {
        return items(matter, platformName, description)
                .add(
                        "annexes",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("kind", "STATEMENT_OF_REASONS")
                                        .add("filename", "statement.txt")
                                        .add(
                                                "content",
                                                Base64.getEncoder()
                                                        .encodeToString("Statement of Reasons of the platform"
                                                                .getBytes(StandardCharsets.UTF_8)))))
                .build()
                .toString();
    }
}
