package cn.shixian.standalone;

/**
 * What the launcher itself tells the person who started it, one line each. Plain standard
 * output: until Spring configures logging, loggers below WARN are silenced.
 */
final class LauncherConsole {

    private LauncherConsole() {
    }

    static void say(String line) {
        System.out.println("shixian: " + line);
    }
}
