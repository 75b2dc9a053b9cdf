package uk.caseview.app;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;

/**
 * For a failing at-rest test: what is keeping JavaFX pulsing. Reads the toolkit's primary timer
 * (its registered animations) by reflection, which the class path allows; test code only.
 */
final class AnimationsRunning {

    private AnimationsRunning() {}

    static String describe(Scene scene) {
        List<String> found = new ArrayList<>();
        try {
            Object timer = com.sun.javafx.tk.Toolkit.getToolkit().getPrimaryTimer();
            for (Class<?> c = timer.getClass(); c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getType().isArray() && !f.getType().getComponentType().isPrimitive()) {
                        f.setAccessible(true);
                        for (Object o : (Object[]) f.get(timer)) {
                            if (o != null) {
                                found.add(o.getClass().getName());
                            }
                        }
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            found.add("(timer unreadable: " + e.getClass().getSimpleName() + ")");
        }
        Object focus = scene.getFocusOwner();
        return "animations " + found + ", focus on " + (focus == null ? "nothing" : focus.getClass().getSimpleName()
                + " " + ((javafx.scene.Node) focus).getId()) + ", windows " + javafx.stage.Window.getWindows().size();
    }
}
