# The `concurrent` package: holds `concurrent.futures` (swiftpy's own implementation).
