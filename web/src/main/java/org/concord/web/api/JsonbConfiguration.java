package org.concord.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.json.bind.config.BinaryDataStrategy;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.concord.domain.document.DocumentKind;
import org.concord.domain.time.GenevaTime;
import org.concord.service.mediation.MediationView;
import org.concord.service.procedure.ProcedureView;
import org.concord.web.faces.When;

/**
 * The API's JSON binding: binary content (annexes) travels as base64 text, not as arrays of numbers. A document whose
 * content retention erased (R-OPS.3) is written with {@code erasedAt} and {@code erasure}, "erased on 6 Dec 2026 under
 * the retention rules (R-OPS.3)" in the caller's {@code Accept-Language} (the request's, {@link ApiLanguage}, asked
 * while the answer is written: the runtime may keep one binding for every request), so that every listing of
 * documents (a Procedure, its file, a mediation's agreements) says it the same way.
 */
@Provider
public class JsonbConfiguration implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withBinaryDataStrategy(BinaryDataStrategy.BASE_64)
            .withAdapters(new Documents(ApiLanguage::texts), new Agreements(ApiLanguage::texts)));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** R-OPS.3: "erased on {date} under the retention rules (R-OPS.3)", the Geneva date in the caller's language. */
    static String erasure(Instant erasedAt, MessageResolver texts) {
        return erasedAt == null
                ? null
                : texts.text("document.erased", When.format(GenevaTime.dateOf(erasedAt), texts.locale()));
    }

    /** A document as the API writes it: its view's properties, and, once erased, when and what that means. */
    public record DocumentJson(
            UUID id,
            DocumentKind kind,
            String filename,
            String mediaType,
            long size,
            String sha256,
            Instant uploadedAt,
            Instant erasedAt,
            String erasure) {}

    /** A version of a settlement agreement as the API writes it, with its erasure as {@link DocumentJson}. */
    public record AgreementJson(
            int version,
            String filename,
            long size,
            String sha256,
            String proposedBy,
            Instant proposedAt,
            String requestingAcceptedBy,
            String respondingAcceptedBy,
            boolean current,
            Instant erasedAt,
            String erasure) {}

    /** Writes {@link ProcedureView.DocumentView} (never read from a request). */
    static final class Documents implements JsonbAdapter<ProcedureView.DocumentView, DocumentJson> {

        private final Supplier<MessageResolver> texts;

        Documents(Supplier<MessageResolver> texts) {
            this.texts = texts;
        }

        @Override
        public DocumentJson adaptToJson(ProcedureView.DocumentView d) {
            return new DocumentJson(
                    d.id(),
                    d.kind(),
                    d.filename(),
                    d.mediaType(),
                    d.size(),
                    d.sha256(),
                    d.uploadedAt(),
                    d.erasedAt(),
                    erasure(d.erasedAt(), texts.get()));
        }

        @Override
        public ProcedureView.DocumentView adaptFromJson(DocumentJson d) {
            return new ProcedureView.DocumentView(
                    d.id(), d.kind(), d.filename(), d.mediaType(), d.size(), d.sha256(), d.uploadedAt(), d.erasedAt());
        }
    }

    /** Writes {@link MediationView.AgreementView} (never read from a request). */
    static final class Agreements implements JsonbAdapter<MediationView.AgreementView, AgreementJson> {

        private final Supplier<MessageResolver> texts;

        Agreements(Supplier<MessageResolver> texts) {
            this.texts = texts;
        }

        @Override
        public AgreementJson adaptToJson(MediationView.AgreementView a) {
            return new AgreementJson(
                    a.version(),
                    a.filename(),
                    a.size(),
                    a.sha256(),
                    a.proposedBy(),
                    a.proposedAt(),
                    a.requestingAcceptedBy(),
                    a.respondingAcceptedBy(),
                    a.current(),
                    a.erasedAt(),
                    erasure(a.erasedAt(), texts.get()));
        }

        @Override
        public MediationView.AgreementView adaptFromJson(AgreementJson a) {
            return new MediationView.AgreementView(
                    a.version(),
                    a.filename(),
                    a.size(),
                    a.sha256(),
                    a.proposedBy(),
                    a.proposedAt(),
                    a.requestingAcceptedBy(),
                    a.respondingAcceptedBy(),
                    a.current(),
                    a.erasedAt());
        }
    }
}
