package org.cruxmap.server.generate;

import java.util.ArrayList;
import java.util.List;

/** The ids of the generated people, by number. */
final class PeopleIds {
    private final List<String> ids = new ArrayList<>();

    void add(String id) { ids.add(id); }

    String get(int i) { return ids.get(i); }

    int size() { return ids.size(); }
}
