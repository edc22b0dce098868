import PySyntax
import PyCompiler
import CSupport

/// The runtime layer: objects, the interpreter loop and the import system.
public enum Runtime {}
