package org.concord.web.faces;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form posts back to its page's own address, view parameters included ({@code /organisation.xhtml?id=…}), as
 * OmniFaces' {@code o:form includeViewParams} does, for every form. A refused action ends with no outcome
 * ({@link RefusalInterceptor}), so Faces answers the POST with the same view and the person's input; the browser then
 * shows the address the form posted to, which without this lost {@code ?id=…}: a reload or a bookmark led nowhere.
 * Successful actions redirect (post/redirect/get, {@code Links.redirect}) as before. Links and redirects are not
 * concerned: only the action of the form being rendered.
 */
public class ViewParamsInFormActions extends ViewHandlerWrapper {

    public ViewParamsInFormActions(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        String url = super.getActionURL(context, viewId);
        UIViewRoot view = context.getViewRoot();
        if (view == null
                || !viewId.equals(view.getViewId())
                || !(UIComponent.getCurrentComponent(context) instanceof UIForm)) {
            return url;
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
            String value = parameter.getStringValue(context);
            if (value != null && !value.isEmpty()) {
                parameters.put(parameter.getName(), List.of(value));
            }
        }
        return parameters.isEmpty() ? url : context.getExternalContext().encodeBookmarkableURL(url, parameters);
    }
}
