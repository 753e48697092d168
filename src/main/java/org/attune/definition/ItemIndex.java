package org.attune.definition;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A questionnaire's items in the order they are asked, and by id: scoring looks items up for every answer. */
public record ItemIndex(List<Item> all, List<Item> questions, Map<String, Item> byId) {

    public ItemIndex {
        all = List.copyOf(all);
        questions = List.copyOf(questions);
        byId = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byId));
    }

    static ItemIndex of(List<Section> sections) {
        List<Item> all = sections.stream().flatMap(s -> s.items().stream()).toList();
        Map<String, Item> byId = new LinkedHashMap<>();
        all.forEach(item -> byId.putIfAbsent(item.id(), item));
        return new ItemIndex(all, all.stream().filter(Item::isQuestion).toList(), byId);
    }

    Optional<Item> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }
}
