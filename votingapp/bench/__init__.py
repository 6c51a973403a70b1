"""The benchmark suite behind ``python -m votingapp bench`` (docs/design.md section 8).

A suite is a list of sections (:data:`votingapp.bench.suite.SECTIONS`); each section is a function
``BenchOptions -> SectionResult`` that measures one part (the ledger here; node and network later) in
its own temporary directory and returns named figures with their targets.
"""
