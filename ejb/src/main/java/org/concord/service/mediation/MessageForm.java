package org.concord.service.mediation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.concord.domain.mediation.Mediation;
import org.concord.domain.mediation.MediationMessage;
import org.concord.domain.mediation.Side;
import org.concord.service.RuleId;

/** A message: joint, or in a side's caucus (R-M2); the mediator says which side, a Party writes in its own. */
public class MessageForm implements Serializable {

    @RuleId("R-M2")
    @NotNull(message = "{mediation.channel.required}")
    private MediationMessage.Channel channel = MediationMessage.Channel.JOINT;

    private Side side;

    @RuleId("R-M2")
    @NotBlank(message = "{mediation.message.required}")
    @Size(max = Mediation.MESSAGE_MAX_CHARS, message = "{mediation.message.required}")
    private String text;

    public MediationMessage.Channel getChannel() {
        return channel;
    }

    public void setChannel(MediationMessage.Channel channel) {
        this.channel = channel;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
