"""`make bench`: pulsetrail's performance figures against a local server (`python -m benchmarks.bench`)."""
