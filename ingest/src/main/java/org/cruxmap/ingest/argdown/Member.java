package org.cruxmap.ingest.argdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One occurrence of a statement in the text, or an argument's description: title, text, tags, data, line. */
final class Member {
    final boolean describesArgument;
    Role role;
    String title;
    StringBuilder text;
    boolean isReference;
    List<String> tags;
    /** The tags as written ({@code #tag}, {@code #(a tag)}), so the text can be given without them. */
    List<String> tagImages;
    Map<String, Object> data;
    int line;
    Section section;
    Inference inference;

    Member(boolean describesArgument, Role role) {
        this.describesArgument = describesArgument;
        this.role = role;
    }

    /** The text so far, or "" when there is none. */
    String textOrEmpty() { return text == null ? "" : text.toString(); }

    StringBuilder text() {
        if (text == null) text = new StringBuilder();
        return text;
    }

    /** The text without its tags, spaces collapsed. */
    String textWithoutTags() {
        String t = textOrEmpty();
        if (tagImages != null) for (String image : tagImages) t = t.replace(image.strip(), " ");
        return t.replaceAll("[ \\t]+", " ").trim();
    }

    void addTag(String tag) {
        if (tags == null) tags = new ArrayList<>();
        if (!tags.contains(tag)) tags.add(tag);
    }
}
