"""Sample data: the demo's families, the throwaway demo profile, the synthetic generator and a
synthetic shared folder of learning bundles for the coordinator (`bundles`).

Not a service: it sits at the top with `cli` and `ui` (just below them, as the GUI's demo and
screenshots use it) and builds ordinary domain objects (and, for the demo, an ordinary
`Workspace`). No package below it imports it (import-linter contracts in pyproject.toml say so);
tests, benchmarks, screenshots and ``veldwerk --demo`` do.
"""
