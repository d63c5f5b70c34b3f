"""Sample data: the demo's families, the throwaway demo profile and the synthetic generator.

Not a service and not part of the product's layers: it sits beside `cli` and `ui` and builds
ordinary domain objects (and, for the demo, an ordinary `Workspace`). No product package imports
it (an import-linter contract in pyproject.toml says so); tests, benchmarks, screenshots and
``veldwerk --demo`` do.
"""
