package org.chungtay.shell;

import jakarta.servlet.http.HttpServletResponse;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.chungtay.shared.UserFacingException;

/** Anything else that went wrong while opening a view: a message and an incident code, no trace. */
@AnonymousAllowed
public class ServerErrorView extends ErrorPage implements HasErrorParameter<Exception> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Exception problem = parameter.getException();
        if (problem instanceof UserFacingException userFacing) {
            show("error.bad-request.title", getTranslation(userFacing.messageKey(), userFacing.arguments()));
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        show("error.unexpected.title", getTranslation("error.unexpected.message", Incidents.log(problem)));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
