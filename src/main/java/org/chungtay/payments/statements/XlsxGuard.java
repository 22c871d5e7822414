package org.chungtay.payments.statements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.chungtay.shared.UserFacingException;

/**
 * Checks a workbook before fastexcel opens it, because fastexcel has no limits of its own: it inflates
 * whatever the archive holds, trusts every size and builds a row as wide as its widest cell reference.
 * A few hundred kilobytes of zip can inflate to gigabytes (a zip bomb), and a cell at column ZZZZZ
 * makes every row millions of entries long. So every part is inflated here first, counting the bytes
 * that actually come out (not the sizes the archive declares), and refused beyond {@link
 * StatementReader#MAX_INFLATED_BYTES} in all, {@link StatementReader#MAX_ZIP_ENTRIES} parts, {@link
 * #MAX_ROWS} rows or column {@code ZZ}. The archive is opened with the same library fastexcel uses
 * (Commons Compress, which it brings), so both see the same parts. This costs one more inflation of a
 * file that is at most 200 MiB inflated; statements are far smaller. On the way it reads whether the
 * workbook's dates count from 1904, which fastexcel misreads.
 */
final class XlsxGuard {

    /** Excel's own limit: a workbook with more rows was not made by Excel. */
    static final long MAX_ROWS = 1_048_576;

    /** Column ZZ (702 columns) is far beyond any statement, and bounds how wide fastexcel makes a row. */
    private static final int MAX_COLUMN_LETTERS = 2;

    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final int CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

    /** Excel writes {@code date1904="1"}; fastexcel only understands "true" (it calls Boolean.parseBoolean). */
    private static final Pattern DATE_1904 = Pattern.compile("date1904\\s*=\\s*[\"'](?:1|true)[\"']");

    /**
     * @param rows the number of rows in all worksheets
     * @param date1904 whether the workbook counts dates from 1904 (made on an old Mac)
     */
    record Scan(long rows, boolean date1904) {
    }

    private XlsxGuard() {
    }

    static Scan check(byte[] bytes, String fileName, Progress progress) {
        long declaredEntries = centralDirectoryEntries(bytes);
        if (declaredEntries > StatementReader.MAX_ZIP_ENTRIES) {
            throw tooManyParts(fileName);
        }
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > StatementReader.MAX_ZIP_ENTRIES) {
                throw tooManyParts(fileName);
            }
            boolean contentTypes = false;
            boolean workbook = false;
            long inflated = 0;
            long rows = 0;
            boolean date1904 = false;
            byte[] buffer = new byte[64 * 1024];
            for (int i = 0; i < entries.size(); i++) {
                ZipArchiveEntry entry = entries.get(i);
                String name = entry.getName().toLowerCase(Locale.ROOT);
                contentTypes |= name.equals("[content_types].xml");
                workbook |= name.startsWith("xl/");
                if (entry.isDirectory()) {
                    continue;
                }
                if (!zip.canReadEntryData(entry)) {
                    throw damaged(fileName);
                }
                SheetScanner sheet = name.startsWith("xl/worksheets/") ? new SheetScanner(fileName) : null;
                ByteArrayOutputStream workbookXml = name.equals("xl/workbook.xml") ? new ByteArrayOutputStream() : null;
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        inflated += read;
                        if (inflated > StatementReader.MAX_INFLATED_BYTES) {
                            throw new UserFacingException("statements.error.xlsx-inflates-too-much", fileName,
                                    StatementReader.MAX_INFLATED_BYTES / (1024 * 1024));
                        }
                        if (sheet != null) {
                            sheet.feed(buffer, read);
                        }
                        if (workbookXml != null && workbookXml.size() < 1024 * 1024) {
                            workbookXml.write(buffer, 0, read);
                        }
                    }
                }
                if (workbookXml != null) {
                    date1904 = DATE_1904.matcher(workbookXml.toString(StandardCharsets.UTF_8)).find();
                }
                if (sheet != null) {
                    rows += sheet.rows;
                    if (rows > MAX_ROWS) {
                        throw new UserFacingException("statements.error.xlsx-too-many-rows", fileName, MAX_ROWS);
                    }
                }
                progress.at((i + 1.0) / entries.size());
            }
            if (!contentTypes || !workbook) {
                throw new UserFacingException("statements.error.unsupported-file", fileName);
            }
            return new Scan(rows, date1904);
        } catch (UserFacingException refused) {
            throw refused;
        } catch (IOException | RuntimeException unreadable) {
            throw damaged(fileName);
        }
    }

    static UserFacingException damaged(String fileName) {
        return new UserFacingException("statements.error.damaged-xlsx", fileName);
    }

    private static UserFacingException tooManyParts(String fileName) {
        return new UserFacingException("statements.error.xlsx-too-many-parts", fileName, StatementReader.MAX_ZIP_ENTRIES);
    }

    /**
     * How many entries the central directory holds, counted by walking it as a zip reader does, so that
     * an archive of a million empty parts is refused before a reader builds a million entry objects.
     * -1 where the walk cannot tell (ZIP64, or a damaged end record), and the parts are counted after
     * opening instead.
     */
    static long centralDirectoryEntries(byte[] bytes) {
        int end = -1;
        for (int i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xFFFF); i--) {
            if (int32(bytes, i) == END_OF_CENTRAL_DIRECTORY) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return -1;
        }
        long offset = int32(bytes, end + 16) & 0xFFFFFFFFL;
        if (offset >= end) {
            return -1;
        }
        long entries = 0;
        int position = (int) offset;
        while (position + 46 <= end && int32(bytes, position) == CENTRAL_DIRECTORY_ENTRY) {
            entries++;
            position += 46 + int16(bytes, position + 28) + int16(bytes, position + 30) + int16(bytes, position + 32);
        }
        return entries;
    }

    private static int int32(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | (bytes[at + 3] & 0xFF) << 24;
    }

    private static int int16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    /**
     * Reads a worksheet's XML as it inflates, just enough to count its rows ({@code <row>}, with or
     * without a namespace prefix) and to see how far right its cell references ({@code <c r="AB12">})
     * go. Not an XML parser; fastexcel parses the sheet afterwards.
     */
    static final class SheetScanner {

        private static final int TEXT = 0;
        private static final int NAME = 1;
        private static final int IN_TAG = 2;
        private static final int QUOTED = 3;
        private static final int AFTER_R = 4;
        private static final int AFTER_EQUALS = 5;
        private static final int REFERENCE = 6;

        private final String fileName;
        private final byte[] name = new byte[16];
        private int nameLength;
        private int state = TEXT;
        private boolean cellTag;
        private int quote;
        private int previous;
        private int letters;
        long rows;

        SheetScanner(String fileName) {
            this.fileName = fileName;
        }

        void feed(byte[] buffer, int length) {
            for (int i = 0; i < length; i++) {
                int c = buffer[i] & 0xFF;
                switch (state) {
                    case TEXT -> {
                        if (c == '<') {
                            state = NAME;
                            nameLength = 0;
                        }
                    }
                    case NAME -> {
                        if (isSpace(c) || c == '>' || c == '/') {
                            if (isName("row")) {
                                rows++;
                            }
                            cellTag = isName("c");
                            state = c == '>' ? TEXT : IN_TAG;
                            previous = ' ';
                        } else if (nameLength < name.length) {
                            name[nameLength++] = (byte) c;
                        } else {
                            nameLength = name.length + 1;
                        }
                    }
                    case IN_TAG -> inTag(c);
                    case QUOTED -> {
                        if (c == quote) {
                            state = IN_TAG;
                            previous = c;
                        }
                    }
                    case AFTER_R -> {
                        if (c == '=') {
                            state = AFTER_EQUALS;
                        } else if (!isSpace(c)) {
                            inTag(c);
                        }
                    }
                    case AFTER_EQUALS -> {
                        if (c == '"' || c == '\'') {
                            quote = c;
                            letters = 0;
                            state = REFERENCE;
                        } else if (!isSpace(c)) {
                            inTag(c);
                        }
                    }
                    case REFERENCE -> {
                        if (c == quote) {
                            state = IN_TAG;
                            previous = c;
                        } else if (((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) && ++letters > MAX_COLUMN_LETTERS) {
                            throw new UserFacingException("statements.error.xlsx-too-wide", fileName);
                        }
                    }
                    default -> throw new IllegalStateException("state " + state);
                }
            }
        }

        private void inTag(int c) {
            state = IN_TAG;
            if (c == '>') {
                state = TEXT;
            } else if (c == '"' || c == '\'') {
                quote = c;
                state = QUOTED;
            } else if (cellTag && c == 'r' && isSpace(previous)) {
                state = AFTER_R;
            }
            previous = c;
        }

        /** The tag's name is {@code local}, with or without a namespace prefix. */
        private boolean isName(String local) {
            int length = local.length();
            if (nameLength < length || nameLength > name.length) {
                return false;
            }
            if (nameLength > length && name[nameLength - length - 1] != ':') {
                return false;
            }
            for (int k = 0; k < length; k++) {
                if (name[nameLength - length + k] != local.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isSpace(int c) {
            return c == ' ' || c == '\t' || c == '\r' || c == '\n';
        }
    }
}
