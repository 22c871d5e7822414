package org.chungtay.payments.statements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A line of the statement that could not be read as a transaction, told in the user's language: the
 * message is a translation key ({@code statements.line.…}) whose arguments are the values as written in
 * the file. The rest of the file is still read.
 *
 * @param lineNumber the 1-based line (CSV) or row (XLSX) where the line starts, as an editor or a
 *        spreadsheet shows it
 */
public record LineProblem(int lineNumber, String messageKey, List<Object> args) {

    public LineProblem {
        Objects.requireNonNull(messageKey, "messageKey");
        List<Object> copy = new ArrayList<>(args.size());
        for (Object arg : args) {
            copy.add(arg == null ? "" : arg);
        }
        args = List.copyOf(copy);
    }

    static LineProblem of(int lineNumber, String messageKey, Object... args) {
        return new LineProblem(lineNumber, messageKey, Arrays.asList(args));
    }

    /** The arguments as an array, as {@link java.text.MessageFormat} and the translation provider take them. */
    public Object[] arguments() {
        return args.toArray();
    }
}
