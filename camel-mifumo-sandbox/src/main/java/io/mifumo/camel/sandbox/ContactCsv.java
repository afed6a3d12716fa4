package io.mifumo.camel.sandbox;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A contacts file as spreadsheets export it: UTF-8 with or without a byte order mark (Windows-1252 when it is not
 * UTF-8), comma, semicolon or tab separated (whichever the header line uses most), quoted fields with doubled quotes
 * and line breaks. Each record remembers the line of the file it starts on, the header being line 1, so that errors
 * name rows as a spreadsheet user counts them.
 */
final class ContactCsv {

    /** Header names read as the phone column, compared in lower case with spaces and dashes as underscores. */
    static final List<String> PHONE_COLUMNS = List.of("phone", "phone_number", "phone_e164", "mobile", "msisdn",
            "number", "telephone", "simu");

    private static final Set<String> NAME_COLUMNS = Set.of("name", "full_name");

    /** One data record: the file line it starts on and its fields by normalised header name. */
    record Record(int line, Map<String, String> fields) {
    }

    private final List<String> header;
    private final List<Record> records;

    private ContactCsv(List<String> header, List<Record> records) {
        this.header = header;
        this.records = records;
    }

    List<String> header() {
        return header;
    }

    List<Record> records() {
        return records;
    }

    /** The phone column's name, or {@code null} if the header has none. */
    String phoneColumn() {
        return PHONE_COLUMNS.stream().filter(header::contains).findFirst().orElse(null);
    }

    /** The contact name of a record: a name column, or first and last name joined. */
    static String name(Map<String, String> fields) {
        for (String column : NAME_COLUMNS) {
            String value = fields.get(column);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        String joined = (fields.getOrDefault("first_name", "").strip() + " "
                + fields.getOrDefault("last_name", "").strip()).strip();
        return joined.isEmpty() ? null : joined;
    }

    /** Columns that are not phone, name, email or tags become the contact's attributes. */
    static boolean isAttribute(String column) {
        return !PHONE_COLUMNS.contains(column) && !NAME_COLUMNS.contains(column) && !column.equals("first_name")
                && !column.equals("last_name") && !column.equals("email") && !column.equals("tags");
    }

    /**
     * Reads the file; throws {@link IllegalArgumentException} when it has no header line.
     */
    static ContactCsv parse(byte[] bytes) {
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = delimiter(text);
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        split(text, delimiter, rows, lines);

        int first = 0;
        while (first < rows.size() && blank(rows.get(first))) {
            first++;
        }
        if (first == rows.size()) {
            throw new IllegalArgumentException("The submitted file is empty.");
        }
        List<String> header = new ArrayList<>();
        for (String name : rows.get(first)) {
            header.add(name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
        }
        List<Record> records = new ArrayList<>();
        for (int i = first + 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (blank(row)) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (int column = 0; column < header.size(); column++) {
                if (!header.get(column).isEmpty()) {
                    fields.put(header.get(column), column < row.size() ? row.get(column) : "");
                }
            }
            records.add(new Record(lines.get(i), fields));
        }
        return new ContactCsv(header, records);
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Excel's plain "CSV" export writes the Windows code page, not UTF-8
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /** The separator the header line uses most, outside quotes; a comma when it uses none. */
    private static char delimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (commas + semicolons + tabs > 0) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == '\t') {
                tabs++;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** RFC 4180 records; {@code lines} gets the 1-based line each record starts on. */
    private static void split(String text, char delimiter, List<List<String>> rows, List<Integer> lines) {
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                row.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                rows.add(row);
                lines.add(rowLine);
                row = new ArrayList<>();
                field.setLength(0);
                fieldStarted = false;
                line++;
                rowLine = line;
            } else {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (fieldStarted || !row.isEmpty() || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
            lines.add(rowLine);
        }
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }
}
