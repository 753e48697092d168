package org.attune.session;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a saved session records besides its answers, in the {@code session} block of its file: when it
 * started and was last saved, where the person was, which questionnaire text it was answered against,
 * and how far it got.
 */
public record SessionMetadata(String startedAt, String updatedAt, Optional<Position> position, String sha256, String source, int answered, int shown) {

    /** The block as it is written; numbers and the position each have their own key. */
    Map<String, String> toFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("startedAt", startedAt);
        fields.put("updatedAt", updatedAt);
        position.ifPresent(p -> {
            if (p instanceof Position.AtItem at) {
                fields.put("item", at.itemId());
            } else {
                fields.put("review", "yes");
            }
        });
        fields.put("sha256", sha256);
        fields.put("source", source);
        fields.put("answered", Integer.toString(answered));
        fields.put("shown", Integer.toString(shown));
        return fields;
    }

    /** Reads the block back; anything missing or unreadable becomes a neutral value (a missing position starts at the first open question). */
    static SessionMetadata fromFields(Map<String, String> fields) {
        Optional<Position> position = "yes".equals(fields.get("review")) ? Optional.of(Position.REVIEW)
                : Optional.ofNullable(fields.get("item")).map(Position.AtItem::new);
        return new SessionMetadata(fields.getOrDefault("startedAt", ""), fields.getOrDefault("updatedAt", ""),
                position, fields.getOrDefault("sha256", ""), fields.getOrDefault("source", ""),
                count(fields.get("answered")), count(fields.get("shown")));
    }

    private static int count(String text) {
        return text != null && text.matches("\\d{1,6}") ? Integer.parseInt(text) : 0;
    }
}
