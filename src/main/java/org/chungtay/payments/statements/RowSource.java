package org.chungtay.payments.statements;

/** The rows of one CSV file or one worksheet, in order. */
interface RowSource extends AutoCloseable {

    /** The next row, or null after the last. */
    SourceRow next();

    /** Whether number cells that are dates count from 1904, as in workbooks made on old Macs. */
    default boolean date1904() {
        return false;
    }

    @Override
    void close();
}
