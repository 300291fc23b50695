package org.concord.service.conduct;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.concord.domain.procedure.Communication;
import org.concord.service.procedure.AnnexForm;

/**
 * A communication in the conduct of a Procedure: its text and, by kind, to whom alone it is addressed, what
 * it answers, when the objecting Party knew, which Party it concerns and the translation's language and due
 * date, and attached documents. What each kind requires is the domain's rule.
 */
public class CommunicationForm implements Serializable {

    @Size(max = 20_000, message = "{communication.text.size}")
    private String text;

    private Communication.Author addressedTo;

    private UUID inReplyTo;

    private LocalDate knewOn;

    private Communication.Author party;

    @Size(max = 3, message = "{language.code}")
    private String language;

    private LocalDate dueOn;

    @Valid
    @Size(max = 20, message = "{request.annexes.size}")
    private List<AnnexForm> annexes = new ArrayList<>();

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Communication.Author getAddressedTo() {
        return addressedTo;
    }

    public void setAddressedTo(Communication.Author addressedTo) {
        this.addressedTo = addressedTo;
    }

    public UUID getInReplyTo() {
        return inReplyTo;
    }

    public void setInReplyTo(UUID inReplyTo) {
        this.inReplyTo = inReplyTo;
    }

    public LocalDate getKnewOn() {
        return knewOn;
    }

    public void setKnewOn(LocalDate knewOn) {
        this.knewOn = knewOn;
    }

    public Communication.Author getParty() {
        return party;
    }

    public void setParty(Communication.Author party) {
        this.party = party;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public List<AnnexForm> getAnnexes() {
        return annexes;
    }

    public void setAnnexes(List<AnnexForm> annexes) {
        this.annexes = annexes == null ? new ArrayList<>() : annexes;
    }
}
