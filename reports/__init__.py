"""The report templates shipped with the checker (installed as checker.templates)."""
