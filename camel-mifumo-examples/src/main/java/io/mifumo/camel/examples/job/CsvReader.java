package io.mifumo.camel.examples.job;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time: RFC 4180 quoting (quoted separators, doubled quotes, line breaks inside quotes),
 * a leading UTF-8 byte order mark, and comma or semicolon separators detected from the header line, as spreadsheet
 * programs in many locales write semicolons.
 */
public final class CsvReader implements Closeable {

    private final Reader reader;
    private char separator;
    private int line = 1;
    private int pushedBack = -2;

    public CsvReader(Reader reader) {
        this.reader = reader;
    }

    /**
     * Reads the header record and decides the separator from it.
     *
     * @return the header cells, or null for an empty file
     */
    public List<String> readHeader() throws IOException {
        StringBuilder first = new StringBuilder();
        int c = read();
        if (c == '\uFEFF') {
            c = read();
        }
        boolean quoted = false;
        while (c != -1 && (quoted || (c != '\n' && c != '\r'))) {
            if (c == '"') {
                quoted = !quoted;
            }
            first.append((char) c);
            c = read();
        }
        if (c == '\r') {
            int next = read();
            if (next != '\n') {
                unread(next);
            }
        }
        if (first.toString().isBlank() && c == -1) {
            return null;
        }
        separator = countOutsideQuotes(first, ';') > countOutsideQuotes(first, ',') ? ';' : ',';
        line = 2;
        CsvReader headerReader = new CsvReader(new java.io.StringReader(first.toString()));
        headerReader.separator = separator;
        return headerReader.readRecord().cells();
    }

    /**
     * The next record with the line it starts on, or null at the end. Blank lines are skipped.
     */
    public Record readRecord() throws IOException {
        while (true) {
            int startLine = line;
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            int c = read();
            if (c == -1) {
                return null;
            }
            while (true) {
                if (quoted) {
                    if (c == -1) {
                        throw new IOException("line " + startLine + ": a quoted field is not closed");
                    }
                    if (c == '"') {
                        int next = read();
                        if (next == '"') {
                            cell.append('"');
                        } else {
                            quoted = false;
                            c = next;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append((char) c);
                    }
                } else if (c == '"' && cell.toString().isBlank() && !wasQuoted) {
                    cell.setLength(0);
                    quoted = true;
                    wasQuoted = true;
                } else if (c == separator) {
                    cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n' || c == '\r' || c == -1) {
                    if (c == '\r') {
                        int next = read();
                        if (next != '\n') {
                            unread(next);
                        }
                    }
                    if (c != -1) {
                        line++;
                    }
                    cells.add(wasQuoted ? cell.toString() : cell.toString().strip());
                    break;
                } else {
                    cell.append((char) c);
                }
                c = read();
            }
            if (cells.stream().allMatch(String::isEmpty)) {
                // a blank line, or one of separators only (spreadsheets export trailing ",,")
                continue;
            }
            return new Record(startLine, cells);
        }
    }

    /** The separator detected from the header line. */
    public char getSeparator() {
        return separator;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return reader.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    private static int countOutsideQuotes(CharSequence text, char wanted) {
        int count = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == wanted && !quoted) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /**
     * One record: the line it starts on (the header is line 1) and its cells.
     */
    public record Record(int line, List<String> cells) {

        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    /**
     * Writes one CSV line, quoting cells that need it.
     */
    public static String line(char separator, Object... cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(separator);
            }
            String text = cells[i] == null ? "" : cells[i].toString();
            if (text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                    || text.indexOf('\r') >= 0) {
                out.append('"').append(text.replace("\"", "\"\"")).append('"');
            } else {
                out.append(text);
            }
        }
        return out.append('\n').toString();
    }
}
