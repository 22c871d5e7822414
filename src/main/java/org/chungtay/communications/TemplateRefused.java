package org.chungtay.communications;

import java.util.List;

import org.chungtay.shared.UserFacingException;

/**
 * A template the service would not save, with every problem found, each on its part: its own message is
 * the first problem's, for callers that show one message.
 */
public class TemplateRefused extends UserFacingException {

    private final transient List<Problem> problems;

    public TemplateRefused(List<Problem> problems) {
        super(problems.getFirst().messageKey(), problems.getFirst().arguments());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One problem, as a translation key with its arguments, in one part of the template. */
    public record Problem(TemplatePart part, String messageKey, Object... arguments) {

        public Problem {
            arguments = arguments.clone();
        }

        @Override
        public Object[] arguments() {
            return arguments.clone();
        }
    }
}
