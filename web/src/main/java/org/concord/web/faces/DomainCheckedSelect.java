package org.concord.web.faces;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.html.HtmlSelectOneMenu;
import jakarta.faces.context.FacesContext;

/**
 * A drop-down whose chosen value the domain checks, not Faces: Faces would refuse a value that is none of the options
 * with its own generic message and skip the action, so that the form's other problems went unnamed. Used where the
 * domain names every problem of a submission at once, each with its rule (R-ACC.1: the registration's country and
 * language). Presence ({@code required}) is still checked as for any input; the field takes no validators.
 */
@FacesComponent(DomainCheckedSelect.COMPONENT_TYPE)
public class DomainCheckedSelect extends HtmlSelectOneMenu {

    public static final String COMPONENT_TYPE = "org.concord.web.faces.DomainCheckedSelect";

    @Override
    protected void validateValue(FacesContext context, Object value) {
        if (value == null || "".equals(value)) {
            super.validateValue(context, value);
        }
    }
}
