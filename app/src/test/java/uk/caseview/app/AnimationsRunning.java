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

    /** An animation's pulse receiver is an inner class: name the animation, how long it runs, and what created it. */
    private static String animationBehind(Object receiver) {
        for (Field f : receiver.getClass().getDeclaredFields()) {
            if (f.getName().startsWith("this$")) {
                try {
                    f.setAccessible(true);
                    Object outer = f.get(receiver);
                    if (outer instanceof javafx.animation.Animation a) {
                        StringBuilder d = new StringBuilder(a.getClass().getName()).append(" cycle ")
                                .append(a.getCycleDuration()).append(" x").append(a.getCycleCount());
                        if (a.getOnFinished() != null) {
                            d.append(" onFinished ").append(a.getOnFinished().getClass().getName());
                        }
                        if (a instanceof javafx.animation.Timeline t) {
                            for (javafx.animation.KeyFrame k : t.getKeyFrames()) {
                                if (k.getOnFinished() != null) {
                                    d.append(" keyframe ").append(k.getOnFinished().getClass().getName());
                                }
                            }
                        }
                        return d.toString();
                    }
                    return outer == null ? receiver.getClass().getName() : outer.getClass().getName();
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return receiver.getClass().getName();
                }
            }
        }
        return receiver.getClass().getName();
    }

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
                                found.add(animationBehind(o));
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
