package cn.shixian.importer.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits seed 004 into cells and tells what each holds. */
final class ZhanggongCells {

    enum Kind { SERIAL, NAME, CONTENT, BASIS, TIME_LIMIT, BODY, CHANNELS, MARKS }

    record Cell(Kind kind, String text) {
    }

    private static final Pattern BLOCKS = Pattern.compile("\\n\\s*\\n");
    /** A line that starts with a space starts a new cell of the same line group. */
    private static final Pattern INDENTED = Pattern.compile("\\n(?= )");
    private static final Pattern MARKS = Pattern.compile("^√( √)*$");

    private ZhanggongCells() {
    }

    static List<Cell> read(String seed) {
        List<Cell> cells = new ArrayList<>();
        boolean started = false;
        for (String block : BLOCKS.split(seed)) {
            for (String part : INDENTED.split(block)) {
                String text = part.strip();
                started |= text.equals("1");
                if (started && !text.isEmpty()) {
                    add(cells, text);
                }
            }
        }
        return cells;
    }

    /** A marks line may run straight into the next row's first name. */
    private static void add(List<Cell> cells, String text) {
        int lineEnd = text.indexOf('\n');
        if (lineEnd > 0 && MARKS.matcher(text.substring(0, lineEnd).strip()).matches()) {
            cells.add(new Cell(Kind.MARKS, text.substring(0, lineEnd)));
            add(cells, text.substring(lineEnd + 1).strip());
            return;
        }
        cells.add(new Cell(kind(text), text));
    }

    private static Kind kind(String text) {
        String joined = SeedText.joined(text);
        if (SeedText.isNumber(joined)) {
            return Kind.SERIAL;
        }
        if (MARKS.matcher(text.strip()).matches()) {
            return Kind.MARKS;
        }
        if (joined.contains("之日起")) {
            return Kind.TIME_LIMIT;
        }
        if (joined.equals("区人社局")) {
            return Kind.BODY;
        }
        if (joined.contains("■") || joined.contains("□")) {
            return Kind.CHANNELS;
        }
        if (joined.startsWith("1.")) {
            return Kind.CONTENT;
        }
        return joined.startsWith("《") ? Kind.BASIS : Kind.NAME;
    }
}
