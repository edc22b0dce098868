import PySyntax

/// The compiler layer: turns a parsed module (`Mod`) into register bytecode.
/// (Symbol tables and code generation arrive with the runtime-core work.)
public enum Compiler {}
