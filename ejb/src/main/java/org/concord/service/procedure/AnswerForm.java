package org.concord.service.procedure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.concord.domain.procedure.AnswerItems;
import org.concord.domain.procedure.RequestContent;
import org.concord.domain.time.Domicile;
import org.concord.service.RuleId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The Responding Party's Answer, from the portal or the API: the items (i)–(iii) of Article 7(b) and the
 * documents of item (iv). Formats are checked here; which items are missing is the domain's rule.
 */
public class AnswerForm implements Serializable {

    /** How many documents item (iv) may attach. */
    public static final int ANNEXES_MAX = 20;

    @Schema(
            description =
                    "7(b)(i): whether the Responding Party acts through a representative (named in representative)")
    private boolean throughRepresentative;

    @Size(max = 500, message = "{request.representative.size}")
    private String representative;

    @RuleId("R-7")
    @Email(message = "{answer.contactEmail.email}")
    @Size(max = 254, message = "{answer.contactEmail.email}")
    private String contactEmail;

    @RuleId("R-7")
    @Pattern(regexp = "^$|^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$", message = "{request.domicile.format}")
    @Schema(
            description =
                    "7(b)(i): the Responding Party's country of domicile, ISO 3166-1 (a subdivision after a hyphen)",
            example = "IE")
    private String domicile;

    @RuleId("R-7")
    @Size(max = RequestContent.DESCRIPTION_MAX_CHARS, message = "{request.description.size}")
    private String reply;

    @Size(max = 10_000, message = "{request.remedy.size}")
    private String termsAndConditions;

    @Size(max = 10_000, message = "{request.otherProceedings.size}")
    private String otherProceedings;

    @Valid
    @Size(max = ANNEXES_MAX, message = "{request.annexes.size}")
    private List<AnnexForm> annexes = new ArrayList<>();

    public boolean isThroughRepresentative() {
        return throughRepresentative;
    }

    public void setThroughRepresentative(boolean throughRepresentative) {
        this.throughRepresentative = throughRepresentative;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getDomicile() {
        return domicile;
    }

    public void setDomicile(String domicile) {
        this.domicile = domicile;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getTermsAndConditions() {
        return termsAndConditions;
    }

    public void setTermsAndConditions(String termsAndConditions) {
        this.termsAndConditions = termsAndConditions;
    }

    public String getOtherProceedings() {
        return otherProceedings;
    }

    public void setOtherProceedings(String otherProceedings) {
        this.otherProceedings = otherProceedings;
    }

    public List<AnnexForm> getAnnexes() {
        return annexes;
    }

    public void setAnnexes(List<AnnexForm> annexes) {
        this.annexes = annexes == null ? new ArrayList<>() : annexes;
    }

    /** The items of Article 7(b) as the domain reads them; the annexes go beside them. */
    public AnswerItems items() {
        return new AnswerItems(
                throughRepresentative,
                representative,
                contactEmail,
                domicile == null || domicile.isBlank() ? null : Domicile.parse(domicile),
                reply,
                termsAndConditions,
                otherProceedings);
    }
}
