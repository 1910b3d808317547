package io.labforge.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

final class Lists {

    private Lists() {
    }

    static <T> List<T> replaceOrAppend(List<T> list, T item, Predicate<T> same) {
        List<T> out = new ArrayList<>(list.size() + 1);
        boolean replaced = false;
        for (T t : list) {
            if (!replaced && same.test(t)) {
                out.add(item);
                replaced = true;
            } else {
                out.add(t);
            }
        }
        if (!replaced) {
            out.add(item);
        }
        return out;
    }
}
