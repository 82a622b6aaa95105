package org.cruxmap.server.generate;

import java.util.ArrayList;
import java.util.List;

/** A statement being built inside one topic, before it is frozen into a {@link StatementRecord}. */
final class Draft {
    final String title;
    final String type;
    final int depth;
    String text;
    String status;
    String sourceId;
    final List<String> tags = new ArrayList<>();
    final List<String> holders = new ArrayList<>();
    final List<String> rejecters = new ArrayList<>();
    final List<Quote> quotes = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<CruxFor> cruxFor = new ArrayList<>();

    Draft(String title, String type, int depth) {
        this.title = title;
        this.type = type;
        this.depth = depth;
    }

    StatementRecord freeze(String section) {
        return new StatementRecord(title, type, text, status, List.copyOf(tags), section, List.copyOf(holders),
                List.copyOf(rejecters), sourceId, List.copyOf(quotes), List.copyOf(links), List.copyOf(cruxFor));
    }
}
