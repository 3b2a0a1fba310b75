package org.cajaga.practices.export;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Keeps spreadsheets from running exported text as formulas (OWASP "CSV injection"): a cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '}, which
 * spreadsheets take as "this is text" and do not show. Only CSV exports use it; stored records and the
 * NDJSON export keep the original text, and CSV imports store what they are given.
 */
final class FormulaSafeCells {

    private FormulaSafeCells() {
    }

    static Map<String, String> of(Map<String, String> row) {
        Map<String, String> safe = new LinkedHashMap<>();
        row.forEach((column, cell) -> safe.put(column, cell(cell)));
        return safe;
    }

    static String cell(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return switch (cell.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
            default -> cell;
        };
    }
}
