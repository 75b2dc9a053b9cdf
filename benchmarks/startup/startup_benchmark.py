#!/usr/bin/env python3
"""Caseview's start-up and memory benchmark (issue 13): whole processes, timed from outside.

    python3 benchmarks/startup/startup_benchmark.py [--runs 7] [--customers 1000]

Needs the app image (./mvnw -B -ntp verify, or -Pinstaller -DskipTests verify, builds it with its
AOT cache) and a display (DISPLAY, e.g. Xvfb :9). It compiles the baseline, a bare JavaFX window
with one text field, trains that window's own AOT cache with the same runtime and JVM options,
then alternates runs of:

  bare window, no cache / bare window, its AOT cache / Caseview, no cache / Caseview, its AOT cache

Each run is a new process; the wall time is taken from just before the process is started to the
moment its "ready" line arrives: the bare window's first frame with its field focused; Caseview's
sign-in screen ready for the click ("sign-in-ready") and, after the self-test's one click, the
search field focused ("search-ready"). Then one Caseview run opens --customers different customers
one after another and reports its resident set (VmRSS). Prints a Markdown table of medians.
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
IMAGE = os.path.join(ROOT, "packaging", "target", "dist", "Caseview")
APP = os.path.join(IMAGE, "lib", "app")
JAVA = os.path.join(IMAGE, "lib", "runtime", "bin", "java")
JDK = "/usr/lib/jvm/temurin-25-jdk-amd64/bin"
WORK = os.path.join(ROOT, "benchmarks", "target", "startup")
HEADLESS = ["-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true"]


def cfg_options():
    """The JVM options the launcher gives Caseview, minus its AOT cache: the bare window gets the same."""
    with open(os.path.join(APP, "Caseview.cfg")) as f:
        lines = [l.strip() for l in f]
    return [l[len("java-options="):] for l in lines if l.startswith("java-options=") and "AOTCache" not in l]


def bare_classpath():
    jars = sorted(j for j in os.listdir(APP) if j.startswith("javafx-") or j.startswith("openjfx-monocle"))
    return ":".join([os.path.join(WORK, "bare.jar")] + [os.path.join(APP, j) for j in jars])


def build_bare():
    os.makedirs(os.path.join(WORK, "classes"), exist_ok=True)
    here = os.path.dirname(os.path.abspath(__file__))
    fx = ":".join(os.path.join(APP, j) for j in os.listdir(APP) if j.startswith("javafx-"))
    subprocess.run([os.path.join(JDK, "javac"), "-d", os.path.join(WORK, "classes"), "-cp", fx,
                    os.path.join(here, "BareWindow.java"), os.path.join(here, "BareMain.java")], check=True)
    subprocess.run([os.path.join(JDK, "jar"), "--create", "--file", os.path.join(WORK, "bare.jar"),
                    "-C", os.path.join(WORK, "classes"), "."], check=True)
    conf, cache = os.path.join(WORK, "bare.aotconf"), os.path.join(WORK, "bare.aot")
    base = [JAVA] + cfg_options() + ["-cp", bare_classpath()]
    # Trained headless, as Caseview's own cache is.
    subprocess.run(base[:1] + cfg_options() + HEADLESS + ["-XX:AOTMode=record", "-XX:AOTConfiguration=" + conf,
                   "-cp", bare_classpath(), "BareMain"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(base[:1] + cfg_options() + ["-XX:AOTMode=create", "-XX:AOTConfiguration=" + conf,
                   "-XX:AOTCache=" + cache, "-cp", bare_classpath()], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    return cache


def timed(command, marks, env=None, timeout=600):
    """Starts the process; returns {mark: seconds from start until its line arrived} and every line seen."""
    start = time.monotonic()
    p = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    seen, lines = {}, []
    for line in p.stdout:
        now = time.monotonic() - start
        lines.append(line.rstrip())
        for name, pattern in marks.items():
            if name not in seen and re.search(pattern, line):
                seen[name] = now
    p.wait(timeout=timeout)
    missing = [m for m in marks if m not in seen]
    if p.returncode != 0 or missing:
        print("\n".join(lines[-30:]), file=sys.stderr)
        raise SystemExit(f"{command[0]} exited {p.returncode}, never said {missing}")
    return seen, lines


def app_env(aot):
    env = dict(os.environ)
    env["HOME"] = tempfile.mkdtemp(prefix="caseview-bench-home-")
    # -XX:AOTMode=on: a run that claims the cache must really use it (the JVM stops otherwise).
    # user.home too: the JVM takes its home from the user database, not $HOME, and each run starts
    # as a first start would, with no ~/.caseview settings from the run before.
    env["JAVA_TOOL_OPTIONS"] = ("-XX:AOTMode=on" if aot else "-XX:AOTMode=off") + " -Duser.home=" + env["HOME"]
    return env


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--customers", type=int, default=1000)
    args = ap.parse_args()
    if not os.path.exists(JAVA):
        raise SystemExit("No app image: run ./mvnw -B -ntp verify (or -Pinstaller -DskipTests verify) first.")
    if not os.environ.get("DISPLAY"):
        raise SystemExit("Needs a display: e.g. Xvfb :9 -screen 0 1440x900x24 & export DISPLAY=:9")
    bare_cache = build_bare()
    bare = [JAVA] + cfg_options() + ["-cp", bare_classpath(), "BareMain"]
    results = {k: [] for k in ["bare", "bare-aot", "signin", "signin-aot", "search", "search-aot"]}
    for run in range(args.runs):
        results["bare"].append(timed(bare, {"ready": r"^bare-window ready"})[0]["ready"])
        results["bare-aot"].append(timed(bare[:1] + ["-XX:AOTMode=on", "-XX:AOTCache=" + bare_cache] + bare[1:],
                                         {"ready": r"^bare-window ready"})[0]["ready"])
        for aot in (False, True):
            env = app_env(aot)
            seen, _ = timed([os.path.join(IMAGE, "bin", "Caseview"), "--self-test=0"],
                            {"signin": r"^caseview-self-test sign-in-ready", "search": r"^caseview-self-test search-ready"},
                            env=env)
            shutil.rmtree(env["HOME"], ignore_errors=True)
            suffix = "-aot" if aot else ""
            results["signin" + suffix].append(seen["signin"])
            results["search" + suffix].append(seen["search"])
        print(f"run {run + 1}/{args.runs}: " + ", ".join(f"{k} {v[-1]:.2f} s" for k, v in results.items()), flush=True)

    med = {k: statistics.median(v) for k, v in results.items()}
    print()
    print(f"Medians of {args.runs} runs each (wall seconds from process start to ready):")
    print()
    print("| what is ready | no cache | AOT cache | × bare window (AOT) |")
    print("|---|---|---|---|")
    print(f"| bare JavaFX window, one text field focused | {med['bare']:.2f} | {med['bare-aot']:.2f} | 1.00 |")
    print(f"| Caseview: sign-in screen, takes the click | {med['signin']:.2f} | {med['signin-aot']:.2f} | "
          f"{med['signin-aot'] / med['bare-aot']:.2f} |")
    print(f"| Caseview: search field, after the one click | {med['search']:.2f} | {med['search-aot']:.2f} | "
          f"{med['search-aot'] / med['bare-aot']:.2f} |")

    env = app_env(True)
    seen, lines = timed([os.path.join(IMAGE, "bin", "Caseview"), f"--self-test={args.customers}"],
                        {"done": r"^caseview-self-test customers"}, env=env, timeout=3600)
    shutil.rmtree(env["HOME"], ignore_errors=True)
    print()
    print([l for l in lines if l.startswith("caseview-self-test customers")][0])
    print(f"({args.customers} customers opened one after another in {seen['done']:.0f} s, each until all five sources answered)")


if __name__ == "__main__":
    main()
