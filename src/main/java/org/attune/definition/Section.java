package org.attune.definition;

import java.util.List;

public record Section(String id, String title, String intro, List<Item> items) {

    public Section {
        items = List.copyOf(items);
    }
}
