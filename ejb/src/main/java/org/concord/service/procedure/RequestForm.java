package org.concord.service.procedure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.concord.domain.procedure.Matter;
import org.concord.domain.procedure.RequestContent;
import org.concord.domain.procedure.RequestItems;
import org.concord.domain.procedure.RequesterCapacity;
import org.concord.domain.procedure.Restriction;
import org.concord.domain.time.Domicile;
import org.concord.service.RuleId;

/**
 * What a Requesting Party submits to start a Procedure, from the portal form or the API: the items (i)–(viii) of
 * Article 5(b), the imported Statement of Reasons (by its id, R-SOR.1) and the annexes. The format of each value is
 * checked here; which items are missing is the domain's rule (R-5.1, {@code RequestItems.missing}), reported all at
 * once.
 *
 * <p>A new Request item goes here (a field with its accessors and its place in {@link #items()}); the idempotency
 * {@link Fingerprint} picks it up by itself.
 */
public class RequestForm implements Serializable {

    private RequesterCapacity capacity;

    @Size(max = 500, message = "{request.representative.size}")
    private String representative;

    @RuleId("R-5.1")
    @Size(max = 200, message = "{request.platformName.size}")
    private String platformName;

    @RuleId("R-5.1")
    @Size(max = 500, message = "{request.platformReference.size}")
    private String platformReference;

    @RuleId("R-5.1")
    @Email(message = "{request.platformCorrespondenceEmail.email}")
    @Size(max = 254, message = "{request.platformCorrespondenceEmail.email}")
    private String platformCorrespondenceEmail;

    private Matter matter;

    private Set<Restriction> restrictions = EnumSet.noneOf(Restriction.class);

    @RuleId("R-5.1")
    @Size(max = RequestContent.DESCRIPTION_MAX_CHARS, message = "{request.description.size}")
    private String description;

    @Size(max = 10_000, message = "{request.remedy.size}")
    private String remedy;

    @RuleId("R-5.1")
    @Pattern(regexp = "^$|^[A-Za-z]{2}(-[A-Za-z0-9]{1,3})?$", message = "{request.domicile.format}")
    private String domicile;

    private boolean submitsToJurisdiction;

    @Size(max = 10_000, message = "{request.otherProceedings.size}")
    private String otherProceedings;

    private boolean noIchsDecision;

    /** The id of a Statement of Reasons imported beforehand (R-SOR.1), or empty when a copy is attached. */
    @Pattern(regexp = "^$|^[0-9a-fA-F-]{36}$", message = "{request.statementOfReasons.id}")
    private String statementOfReasons;

    @Valid
    @Size(max = 20, message = "{request.annexes.size}")
    private List<AnnexForm> annexes = new ArrayList<>();

    public RequesterCapacity getCapacity() {
        return capacity;
    }

    public void setCapacity(RequesterCapacity capacity) {
        this.capacity = capacity;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public String getPlatformName() {
        return platformName;
    }

    public void setPlatformName(String platformName) {
        this.platformName = platformName;
    }

    public String getPlatformReference() {
        return platformReference;
    }

    public void setPlatformReference(String platformReference) {
        this.platformReference = platformReference;
    }

    public String getPlatformCorrespondenceEmail() {
        return platformCorrespondenceEmail;
    }

    public void setPlatformCorrespondenceEmail(String platformCorrespondenceEmail) {
        this.platformCorrespondenceEmail = platformCorrespondenceEmail;
    }

    public Matter getMatter() {
        return matter;
    }

    public void setMatter(Matter matter) {
        this.matter = matter;
    }

    public Set<Restriction> getRestrictions() {
        return restrictions;
    }

    public void setRestrictions(Set<Restriction> restrictions) {
        this.restrictions = restrictions == null ? EnumSet.noneOf(Restriction.class) : restrictions;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getRemedy() {
        return remedy;
    }

    public void setRemedy(String remedy) {
        this.remedy = remedy;
    }

    public String getDomicile() {
        return domicile;
    }

    public void setDomicile(String domicile) {
        this.domicile = domicile;
    }

    public boolean isSubmitsToJurisdiction() {
        return submitsToJurisdiction;
    }

    public void setSubmitsToJurisdiction(boolean submitsToJurisdiction) {
        this.submitsToJurisdiction = submitsToJurisdiction;
    }

    public String getOtherProceedings() {
        return otherProceedings;
    }

    public void setOtherProceedings(String otherProceedings) {
        this.otherProceedings = otherProceedings;
    }

    public boolean isNoIchsDecision() {
        return noIchsDecision;
    }

    public void setNoIchsDecision(boolean noIchsDecision) {
        this.noIchsDecision = noIchsDecision;
    }

    public String getStatementOfReasons() {
        return statementOfReasons;
    }

    public void setStatementOfReasons(String statementOfReasons) {
        this.statementOfReasons = statementOfReasons;
    }

    public List<AnnexForm> getAnnexes() {
        return annexes;
    }

    public void setAnnexes(List<AnnexForm> annexes) {
        this.annexes = annexes == null ? new ArrayList<>() : annexes;
    }

    /** The items of Article 5(b) as the domain reads them; the annexes and the statement go beside them. */
    public RequestItems items() {
        return new RequestItems(
                capacity,
                representative,
                platformName,
                platformReference,
                platformCorrespondenceEmail,
                matter,
                restrictions,
                description,
                remedy,
                domicile == null || domicile.isBlank() ? null : Domicile.parse(domicile),
                submitsToJurisdiction,
                otherProceedings,
                noIchsDecision);
    }
}
