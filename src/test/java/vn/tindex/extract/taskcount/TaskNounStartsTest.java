package vn.tindex.extract.taskcount;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tindex.extract.Rules;

/** The count rules run only on windows holding a task noun's first two words: the list must cover {@code $TASK}. */
class TaskNounStartsTest {
    @Test
    void everyTaskNounOfTheRulesStartsWithAListedPair() {
        String task = taskDefinition();
        List<String> starts = alternativeStarts(task);
        assertFalse(starts.size() < 10, "expected the task nouns of $TASK, got " + starts + " from " + task);
        for (String pair : starts) {
            assertTrue(TaskCountAnnotator.TASK_NOUN_STARTS.contains(pair),
                    "$TASK in taskcount.rules has a noun starting '" + pair + "' that TASK_NOUN_STARTS lacks");
        }
    }

    private static String taskDefinition() {
        for (String line : Rules.text("vn/tindex/extract/taskcount/taskcount.rules").split("\n")) {
            if (line.startsWith("$TASK")) {
                return line.substring(line.indexOf('(')).trim();
            }
        }
        throw new AssertionError("no $TASK line in taskcount.rules");
    }

    /** The first two literal words of each top-level alternative of "( /a/ /b/ ... | /c/ /d/ ... )". */
    private static List<String> alternativeStarts(String definition) {
        List<String> starts = new ArrayList<>();
        String[] parts = definition.split("\\s+");
        int depth = 0;
        boolean atStart = false;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (p.equals("(")) {
                depth++;
                atStart = depth == 1;
            } else if (p.startsWith(")")) {
                depth--;
            } else if (p.equals("|") && depth == 1) {
                atStart = true;
            } else if (atStart) {
                starts.add(p.replace("/", "") + " " + parts[i + 1].replace("/", ""));
                atStart = false;
            }
        }
        return starts;
    }
}
