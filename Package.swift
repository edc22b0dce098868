// swift-tools-version:5.9
// swiftpy: a Python 3.11 implementation in Swift.
//
// The targets follow the pipeline a Python file travels through:
//   PySyntax   source text -> tokens -> AST (CPython's `ast` node for node)
//   PyCompiler AST -> symbol tables -> register bytecode
//   PyRuntime  objects, the interpreter loop, the import system
//   PyModules  native (Swift) modules of the standard library
//   swiftpy    the command-line program, a thin client of the above
//   CSupport   C helpers: libffi, GMP and the other C libraries CPython wraps
import PackageDescription

/// Release builds of the runtime layers: whole-module optimisation, no exclusivity checks
/// (see docs/ARCHITECTURE.md, "Build flags").
let fast: [SwiftSetting] = [
  .unsafeFlags(["-Ounchecked", "-wmo", "-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
  name: "swiftpy",
  products: [
    .executable(name: "swiftpy", targets: ["swiftpy"]),
    .library(name: "PySyntax", targets: ["PySyntax"]),
  ],
  targets: [
    .target(
      name: "CSupport",
      path: "CSupport",
      linkerSettings: [.linkedLibrary("ffi"), .linkedLibrary("gmp")]
    ),
    .target(name: "PySyntax", swiftSettings: fast),
    .target(name: "PyCompiler", dependencies: ["PySyntax"], swiftSettings: fast),
    .target(name: "PyRuntime", dependencies: ["PySyntax", "PyCompiler", "CSupport"], swiftSettings: fast),
    .target(name: "PyModules", dependencies: ["PyRuntime", "CSupport"], swiftSettings: fast),
    .executableTarget(name: "swiftpy", dependencies: ["PySyntax", "PyCompiler", "PyRuntime", "PyModules"], swiftSettings: fast),
    .testTarget(name: "SyntaxTests", dependencies: ["PySyntax"], path: "Tests/SyntaxTests"),
    .testTarget(name: "CompilerTests", dependencies: ["PyCompiler", "PySyntax"], path: "Tests/CompilerTests",
                exclude: ["Fixtures"]),
    .testTarget(name: "DifferentialTests", dependencies: ["swiftpy"], path: "Tests/DifferentialTests"),
  ]
)
