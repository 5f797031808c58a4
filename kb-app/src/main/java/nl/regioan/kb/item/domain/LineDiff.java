package nl.regioan.kb.item.domain;

import java.util.ArrayList;
import java.util.List;

/** A readable line diff (longest common subsequence): what stayed, what was removed, what was added. */
public final class LineDiff {

    /** One line of the diff. */
    public record Line(Change change, String text) {
    }

    /** How a line differs between the two versions. */
    public enum Change { SAME, REMOVED, ADDED }

    private LineDiff() {
    }

    public static List<Line> between(List<String> from, List<String> to) {
        int n = from.size();
        int m = to.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = from.get(i).equals(to.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (from.get(i).equals(to.get(j))) {
                lines.add(new Line(Change.SAME, from.get(i)));
                i++;
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                lines.add(new Line(Change.REMOVED, from.get(i++)));
            } else {
                lines.add(new Line(Change.ADDED, to.get(j++)));
            }
        }
        while (i < n) {
            lines.add(new Line(Change.REMOVED, from.get(i++)));
        }
        while (j < m) {
            lines.add(new Line(Change.ADDED, to.get(j++)));
        }
        return lines;
    }
}
