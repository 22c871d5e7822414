/**
 * Bank statements as files: reads a CSV or XLSX export from a Vietnamese bank into the credits it lists,
 * line by line, with the lines it could not read and why. Pure Java, no Spring and no database: matching
 * the credits to pledges, the preview and the import are built on {@link
 * org.chungtay.payments.statements.StatementReader} and {@link org.chungtay.payments.statements.StatementFile}.
 *
 * <p>What a file may be: at most {@link org.chungtay.payments.statements.StatementReader#MAX_BYTES};
 * CSV in UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1258 or TCVN3 (ABC), separated by commas,
 * semicolons or tabs; or an XLSX workbook. Title rows may come before the header row, and summary rows
 * after the transactions.
 */
package org.chungtay.payments.statements;
