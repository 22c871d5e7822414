package org.chungtay.payments.statements;

/** The kind of file a statement came in, told by its content, not its name. */
public enum StatementFormat {
    CSV, XLSX
}
