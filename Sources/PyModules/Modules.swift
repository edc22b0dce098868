import PyRuntime

/// Native (Swift) modules of the standard library.
public enum Modules {}
