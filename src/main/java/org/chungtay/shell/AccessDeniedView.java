package org.chungtay.shell;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A signed-in person opened a view that their role does not allow. */
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show("error.not-allowed.title", getTranslation("error.not-allowed.message"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
