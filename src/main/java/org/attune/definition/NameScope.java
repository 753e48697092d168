package org.attune.definition;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attune.condition.Name;
import org.attune.condition.Root;
import org.attune.condition.ValueType;
import org.attune.condition.Vocabulary;
import org.attune.text.Suggestions;

/**
 * The names a condition may read, by root, with what each holds. {@code laterItems} are the condition's
 * own item and the items after it, in order, which a showIf may not read.
 */
record NameScope(String usedIn, Map<Root, Map<String, ValueType>> readable, Set<String> laterItems) implements Vocabulary {

    NameScope within(String owner) {
        return new NameScope(owner, readable, laterItems);
    }

    @Override
    public Lookup lookup(Name name) {
        Map<String, ValueType> ids = readable.get(name.root());
        if (ids == null) {
            List<String> roots = readable.keySet().stream().map(Root::word).sorted().toList();
            return new Refused(name.root().word() + " cannot be read here", "it may read " + String.join(", ", roots));
        }
        if (name.root() == Root.ANSWERS && laterItems.stream().findFirst().filter(name.id()::equals).isPresent()) {
            // the first of the later items is the condition's own item
            return new Refused(name + " is the answer to this very item", "a showIf may read only items asked before it");
        }
        if (name.root() == Root.ANSWERS && laterItems.contains(name.id())) {
            return new Refused(name + " is asked later",
                    "a showIf may read only items asked before it; move '" + name.id() + "' earlier or change the condition");
        }
        ValueType type = ids.get(name.id());
        if (type == null) {
            return new Refused(name + " does not exist", Suggestions.fixFor(name.id(), ids.keySet(), name.root().word() + " ids"));
        }
        return new Found(type);
    }
}
