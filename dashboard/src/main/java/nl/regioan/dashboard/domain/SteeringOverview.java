package nl.regioan.dashboard.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioan.indicator.domain.IndicatorLevel;

/**
 * The steering group's first page: per monitoring level (output, collaboration, impact) which
 * indicators are on track, which are not and for which it cannot be said (by indicator code; pages and PDF show the names). Whether one is on
 * track is {@link TileFigures}'s rule; this only sorts.
 *
 * @param levels the three levels in the order of section 6.2, each present even when it has no indicator
 */
public record SteeringOverview(List<Level> levels) {

    /** One indicator as the overview needs it: its code, its level and its on-track verdict (null: unknown). */
    public record Status(String indicator, IndicatorLevel level, Boolean onTrack) {
    }

    /** One level's indicators by verdict, each list in the order given. */
    public record Level(IndicatorLevel level, List<String> onTrack, List<String> offTrack, List<String> unknown) {

        public Level {
            onTrack = List.copyOf(onTrack);
            offTrack = List.copyOf(offTrack);
            unknown = List.copyOf(unknown);
        }

        public int count() {
            return onTrack.size() + offTrack.size() + unknown.size();
        }
    }

    public SteeringOverview {
        levels = List.copyOf(levels);
    }

    public static SteeringOverview of(List<Status> indicators) {
        Map<IndicatorLevel, List<List<String>>> sorted = new LinkedHashMap<>();
        for (IndicatorLevel level : IndicatorLevel.values()) {
            sorted.put(level, List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        for (Status s : indicators) {
            int verdict = s.onTrack() == null ? 2 : s.onTrack() ? 0 : 1;
            sorted.get(s.level()).get(verdict).add(s.indicator());
        }
        return new SteeringOverview(sorted.entrySet().stream()
                .map(e -> new Level(e.getKey(), e.getValue().get(0), e.getValue().get(1), e.getValue().get(2))).toList());
    }
}
