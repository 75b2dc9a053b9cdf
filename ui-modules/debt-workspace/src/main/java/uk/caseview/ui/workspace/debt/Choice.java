package uk.caseview.ui.workspace.debt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One entry in a drop-down: a value (null for "any") and the words shown for it. */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }

    /** "Any …" first, then one choice per value. */
    public static <T> List<Choice<T>> anyThen(String anyLabel, List<T> values, Function<T, String> label) {
        List<Choice<T>> out = new ArrayList<>();
        out.add(new Choice<>(null, anyLabel));
        for (T v : values) {
            out.add(new Choice<>(v, label.apply(v)));
        }
        return out;
    }

    /** The choice in {@code choices} holding {@code value}, or the first ("any"). */
    public static <T> Choice<T> find(List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> Objects.equals(c.value(), value)).findFirst().orElse(choices.get(0));
    }
}
