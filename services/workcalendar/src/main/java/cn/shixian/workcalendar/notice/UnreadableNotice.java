package cn.shixian.workcalendar.notice;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A notice text with lines that cannot be read (通知文本无法识别): every such line, by number,
 * and why. Nothing of such a text is loaded.
 */
public final class UnreadableNotice extends RuntimeException {

    /** One unreadable line: its number (from 1), its text as written, and what is wrong with it. */
    public record Problem(int line, String text, String problem) {

        @Override
        public String toString() {
            return "line " + line + " (" + text.strip() + "): " + problem;
        }
    }

    private final transient List<Problem> problems;

    UnreadableNotice(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
