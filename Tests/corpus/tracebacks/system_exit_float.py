raise SystemExit(3.5)
