package org.concord.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.concord.service.time.ClosureForm;
import org.concord.service.time.ClosureService;
import org.concord.service.time.ClosureView;

/** The console page of the Center's closures: staff see them, administrators add and remove them. */
@Named
@ViewScoped
@ShowsRefusals
public class ClosuresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClosureService closures;

    private ClosureForm form = new ClosureForm();
    private List<ClosureView> all;

    public List<ClosureView> getClosures() {
        if (all == null) {
            all = closures.allClosures();
        }
        return all;
    }

    public void add() {
        closures.addClosure(form);
        form = new ClosureForm();
        all = null;
        Messages.info("closures.addedInfo");
    }

    public void remove(UUID id) {
        closures.removeClosure(id);
        all = null;
        Messages.info("closures.removed");
    }

    public ClosureForm getForm() {
        return form;
    }
}
